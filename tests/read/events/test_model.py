"""Tests for the learned sentence classifier of the event stage (sphere.read.events.model)."""

from __future__ import annotations

import gzip
import json

from sphere.read.events.model import MODEL_PATH, anchor, classify, features, load_model, mask_mentions, stem


def test_shipped_model_is_small_and_complete() -> None:
    assert MODEL_PATH.stat().st_size < 2_000_000
    with gzip.open(MODEL_PATH, "rt", encoding="utf-8") as fh:
        raw = json.load(fh)
    assert raw["labels"][0] == "NONE" and {"AGREE", "CONSULT", "SANCTION"} <= set(raw["labels"])
    model = load_model()
    assert len(model.type_w) == len(model.index) * len(model.labels)
    assert len(model.sal_w) == len(model.index) and len(model.type_b) == len(model.labels)


def test_masking_and_features_generalise_over_names() -> None:
    masked = mask_mentions(
        "Kazakhstan and China signed 24 agreements.", [(0, 10, "country"), (15, 20, "country")]
    )
    assert masked.split()[:3] == ["<country>", "and", "<country>"]
    feats = features(masked, 0)
    assert "w:sign" in feats and "w:<country>" in feats and "f:parties2" in feats and "f:pos0" in feats
    assert stem("agreements") == "agreement" and stem("подписали") == "подпи"


def test_classifier_reads_clear_wordings_and_statistics() -> None:
    signed = classify("<country> and <country> signed an agreement on gas supplies.", 0)
    assert signed.type == "AGREE" and signed.p_event > 0.5
    stats = classify("Trade turnover between <country> and <country> grew by 12 percent to $4 billion.", 3)
    assert stats.p_event < signed.p_event
    assert abs(sum(signed.scores.values()) - 1.0) < 1e-6


def test_anchor_points_at_the_trigger_word() -> None:
    sent = "Police detained dozens of protesters in Almaty."
    span = anchor(sent, "COERCE")
    assert span is not None and sent[span[0] : span[1]] == "detained"


def test_model_loads_once() -> None:
    assert load_model() is load_model()


def test_cameo_verb_features_name_the_event_class_of_unseen_verbs() -> None:
    from sphere.read.events.model import cameo_features, load_cameo

    cameo = load_cameo()
    assert cameo.verbs and cameo.patterns and cameo.plover
    stems = [stem(w) for w in ("<country>", "imposed", "new", "sanctions", "on", "<country>")]
    feats = cameo_features(stems)
    assert "cp:163" in feats and any(f.startswith("cv:") for f in feats)
    assert any(f.startswith("cpp:") for f in feats)
    assert not [f for f in cameo_features(["the", "railway", "is", "long"]) if f.startswith("cp:")]


def test_concept_features_are_shared_across_languages() -> None:
    from sphere.read.events.model import concept_features

    signed = {
        "en": "<country> and <country> signed an agreement on gas supplies.",
        "de": "<country> und <country> unterzeichneten ein Abkommen über Gaslieferungen.",
        "tr": "<country> ile <country> arasında doğal gaz anlaşması imzalandı.",
        "pl": "<country> i <country> podpisały umowę o dostawach gazu.",
        "uz": "<country> va <country> gaz yetkazib berish bo‘yicha kelishuvni imzoladi.",
        "kk": "<country> мен <country> газ жеткізу туралы келісімге қол қойды.",
        "zh": "<country>和<country>签署了天然气供应协议。",
    }
    for lang, sent in signed.items():
        feats = concept_features(sent)
        assert {"c:sign", "c:document"} <= set(feats), lang
    assert "c:sign" not in concept_features("A significant signal came from the bank.")  # word starts only
    assert {"c:arrest", "c:protest"} <= set(concept_features("Polis göstericileri gözaltına aldı."))
    assert "c:sign" in concept_features("İmzalar atıldı.")  # Turkish dotted capital I folds to i


def test_chinese_is_read_as_character_bigrams_with_spans() -> None:
    from sphere.read.events.model import tokens

    toks = tokens("<country>签署协议")
    assert toks[0] == ("<country>", 0, 9)
    assert [t for t, _, _ in toks[1:]] == ["签署", "署协", "协议"]
    assert toks[-1][1:] == (11, 13)
    assert stem("imzalandı", "tr") == "imzal" and stem("signed", "en") == "sign"


def test_classifier_reads_languages_it_has_few_sentences_of() -> None:
    for sent, lang in (
        ("<country> ve <country> arasında 12 anlaşma imzalandı.", "tr"),
        ("<country> i <country> podpisały wspólne oświadczenie.", "pl"),
        ("<country>和<country>签署了联合声明。", "zh"),
    ):
        pred = classify(sent, 1, lang)
        assert pred.type == "AGREE", (lang, pred.scores)
    sanction = classify("<organization> verhängte Sanktionen gegen zwei Banken aus <country>.", 1, "de")
    assert sanction.type == "SANCTION"
