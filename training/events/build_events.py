"""Rebuild the event classifier shipped in src/sphere/read/events/model.json.gz from the labelled sentences here.

Usage: .venv/bin/python training/events/build_events.py [--cv] [--no-write]
(needs the `training` extra: pip install -e ".[training]")

Data (see README.md in this folder):
  news/*.txt         sentences of public news pages, labelled by hand (PLOVER type or none, mode, salience,
                     actors, recipients), grouped under the page URL they come from;
  plover_gsr.jsonl   the PLOVER gold-standard sentences (CC BY-SA 4.0), converted by import_plover.py.
Every page is checked before use: a page the blind-set checker (../shared/eval/blocked.py) blocks, or one that is
(or overlaps) a dev or validation article of ../shared/corpus, is dropped and listed. The checked sentences are
written to dataset.jsonl. Training is deterministic (fixed solver, no shuffling): the same data give the same
model. --cv prints grouped 5-fold cross-validation scores (folds by page), the basis for choosing settings.
"""

from __future__ import annotations

import argparse
import base64
import gzip
import json
import re
import sys
import zlib
from collections import Counter
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SHARED = ROOT.parent / "shared" if (ROOT.parent / "shared" / "eval").exists() else Path("/work/shared")
sys.path.insert(0, str(SHARED / "eval"))
sys.path.insert(0, str(ROOT / "src"))

import blocked  # noqa: E402

from sphere.read.entities.extract import find_entities  # noqa: E402
from sphere.read.events.model import MODEL_PATH, features, mask_mentions  # noqa: E402

LABELS = [
    "NONE", "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
    "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
]  # fmt: skip
KIND_MASK = {"country": "country", "organization": "organization", "company": "company", "person": "person",
             "place": "place", "project": "project", "other": "other"}  # fmt: skip
_LINE = re.compile(
    r"^(?P<type>[A-Z]+|-)\|(?P<mode>[^|]*)\|(?P<sal>[01])\|(?P<act>[^|]*)\|(?P<rec>[^|]*?)\s*::\s*(?P<text>.+)$"
)


def parse_news(path: Path) -> list[dict[str, object]]:
    """Parse one labelled batch file into sentence records."""
    rows: list[dict[str, object]] = []
    url, lang, pos = "", "en", 0
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("@ "):
            url, _, lang = (x.strip() for x in line[2:].rpartition("|"))
            pos = 0
            continue
        m = _LINE.match(line)
        if not m:
            raise SystemExit(f"{path.name}:{n}: cannot parse: {line[:80]}")
        typ = None if m["type"] == "-" else m["type"]
        if typ is not None and typ not in LABELS:
            raise SystemExit(f"{path.name}:{n}: unknown type {typ}")
        split = (
            [x.strip() for x in m["act"].split(";") if x.strip()],
            [x.strip() for x in m["rec"].split(";") if x.strip()],
        )
        rows.append({
            "text": m["text"].strip(), "lang": lang, "type": typ, "mode": None if m["mode"] in ("-", "") else m["mode"],
            "salient": m["sal"] == "1" and typ is not None, "actors": split[0], "recipients": split[1],
            "url": url, "position": pos, "source": f"news/{path.name}",
            "licence": "quoted from the public page at url for research (copyright of its publisher)",
        })  # fmt: skip
        pos += 1
    return rows


def shingles(text: str, k: int = 8) -> set[str]:
    words = re.findall(r"\w+", text.lower())
    return {" ".join(words[i : i + k]) for i in range(max(0, len(words) - k + 1))}


def eval_pages() -> tuple[set[str], set[str]]:
    """Return the URLs and 8-word shingles of the dev and validation articles (never training data)."""
    urls: set[str] = set()
    shing: set[str] = set()
    for name in ("dev", "validation"):
        corpus = SHARED / "corpus" / name
        for line in (corpus / "sources.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip() and (u := json.loads(line).get("url")):
                urls.add(blocked.norm_url(u))
        for f in corpus.glob("*.txt"):
            shing |= shingles(f.read_text(encoding="utf-8", errors="replace"))
    return urls, shing


def load_rows() -> list[dict[str, object]]:
    """Load every labelled sentence, dropping pages that are blocked or belong to the evaluation sets."""
    rows: list[dict[str, object]] = []
    for f in sorted((HERE / "news").glob("*.txt")):
        rows += parse_news(f)
    for line in (HERE / "plover_gsr.jsonl").read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        r.update(source="plover_gsr.jsonl", position=1)
        rows.append(r)
    pages: dict[str, list[dict[str, object]]] = {}
    for r in rows:
        pages.setdefault(str(r["url"]).split("#")[0], []).append(r)
    ev_urls, ev_shingles = eval_pages()
    keep: list[dict[str, object]] = []
    for url, rs in pages.items():
        text = " ".join(str(r["text"]) for r in rs)
        sh = shingles(text)
        overlap = len(sh & ev_shingles) / len(sh) if sh else 0.0
        if "github.com/openeventdata" not in url and blocked.is_blocked(text=text, url=url):
            print(f"dropped (blind set): {url}", file=sys.stderr)
        elif blocked.norm_url(url) in ev_urls or overlap >= 0.05:
            print(f"dropped (dev/validation page, overlap {overlap:.2f}): {url}", file=sys.stderr)
        else:
            keep += rs
    seen: set[str] = set()
    out = []
    for r in keep:  # the same sentence on two pages counts once
        key = " ".join(str(r["text"]).lower().split())
        if key not in seen:
            seen.add(key)
            out.append(r)
    return out


def featurize(rows: list[dict[str, object]]) -> list[list[str]]:
    """Mask the entity mentions of each sentence by kind and return its features."""
    out = []
    for r in rows:
        text = str(r["text"])
        ents, mentions = find_entities(text, [(0, len(text))])
        spans = [(m.start, m.end, KIND_MASK[ents[m.entity_id].kind]) for m in mentions]
        lang = str(r.get("lang") or "en")
        out.append(features(mask_mentions(text, spans), int(r.get("position") or 0), lang))  # type: ignore[call-overload]
    return out


def train(feats: list[list[str]], y_type: list[str], y_sal: list[int], c_type: float, c_sal: float):  # type: ignore[no-untyped-def]
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    x = vec.fit_transform([dict.fromkeys(f, 1.0) for f in feats])
    typ = LogisticRegression(C=c_type, max_iter=3000, solver="lbfgs", class_weight="balanced")
    typ.fit(x, y_type)
    sal = LogisticRegression(C=c_sal, max_iter=3000, solver="lbfgs", class_weight="balanced")
    sal.fit(x, y_sal)
    return vec, typ, sal


def cross_validate(
    rows: list[dict[str, object]],
    feats: list[list[str]],
    c_type: float,
    c_sal: float,
    baseline_sources: frozenset[str] = frozenset(),
) -> None:
    """Print grouped 5-fold scores: type accuracy on event sentences, event/none F1, salient-event F1."""
    groups = [str(r["url"]) for r in rows]  # a PLOVER record is its own group
    # a page's fold is a stable hash of its URL, so that adding pages leaves the folds of the others alone
    fold_of = {g: zlib.crc32(g.encode("utf-8")) % 5 for g in set(groups)}
    y_type = [str(r["type"] or "NONE") for r in rows]
    y_sal = [int(bool(r["salient"])) for r in rows]
    pred_t: list[str] = [""] * len(rows)
    pred_s: list[float] = [0.0] * len(rows)
    for k in range(5):
        tr = [i for i, g in enumerate(groups) if fold_of[g] != k]
        te = [i for i, g in enumerate(groups) if fold_of[g] == k]
        vec, typ, sal = train(
            [feats[i] for i in tr], [y_type[i] for i in tr], [y_sal[i] for i in tr], c_type, c_sal
        )
        x = vec.transform([dict.fromkeys(feats[i], 1.0) for i in te])
        for i, t, s in zip(te, typ.predict(x), sal.predict_proba(x)[:, 1], strict=True):
            pred_t[i], pred_s[i] = str(t), float(s)
    news = [i for i, r in enumerate(rows) if str(r["source"]).startswith("news/")]
    subsets = [("all", list(range(len(rows)))), ("news", news)]
    if baseline_sources:  # the sentences of the batches the previous model was scored on, for before/after
        subsets.append(
            (
                "news<=" + max(baseline_sources)[5:-4],
                [i for i in news if rows[i]["source"] in baseline_sources],
            )
        )
    for lang in sorted({str(rows[i]["lang"]) for i in news}):
        subsets.append((f"news:{lang}", [i for i in news if rows[i]["lang"] == lang]))
    subsets.append(("news:non-en", [i for i in news if rows[i]["lang"] != "en"]))
    if baseline_sources:  # the same per language on the older sentences only: before/after on a fixed set
        name, old = subsets[2]
        for lang in sorted({str(rows[i]["lang"]) for i in old}):
            subsets.append((f"{name}:{lang}", [i for i in old if rows[i]["lang"] == lang]))
        subsets.append((f"{name}:non-en", [i for i in old if rows[i]["lang"] != "en"]))
    for name, idx in subsets:
        ev = [i for i in idx if y_type[i] != "NONE"]
        acc = sum(pred_t[i] == y_type[i] for i in ev) / max(1, len(ev))
        tp = sum(1 for i in idx if pred_t[i] == y_type[i] != "NONE")
        p_n = sum(1 for i in idx if pred_t[i] != "NONE")
        g_n = len(ev)
        f1 = 2 * tp / max(1, p_n + g_n)
        st = sum(1 for i in idx if y_sal[i] and pred_s[i] >= 0.5 and pred_t[i] == y_type[i])
        sp = sum(1 for i in idx if pred_s[i] >= 0.5 and pred_t[i] != "NONE")
        sg = sum(y_sal[i] for i in idx)
        print(f"CV[{name}] n={len(idx)} type-acc(events)={acc:.3f} typed-event F1={f1:.3f} "
              f"salient typed-event F1={2 * st / max(1, sp + sg):.3f}")  # fmt: skip


def _quantise(w: np.ndarray) -> tuple[str, float]:
    """Return int8 weights (base64) and their scale: w ~= q * scale."""
    scale = float(np.abs(w).max()) / 127.0 or 1.0
    q = np.clip(np.round(w / scale), -127, 127).astype(np.int8)
    return base64.b64encode(q.tobytes()).decode("ascii"), scale


def export(vec, typ, sal, labels: list[str], min_weight: float = 0.02) -> dict[str, object]:  # type: ignore[no-untyped-def]
    """Return the shipped model: features whose weights matter, int8 rows for the type head and salience."""
    names = vec.get_feature_names_out()
    order = [list(typ.classes_).index(lbl) for lbl in labels]
    w_type = typ.coef_[order].T  # features x labels
    w_sal = sal.coef_[0]
    keep = [j for j in range(len(names)) if max(np.abs(w_type[j]).max(), abs(w_sal[j])) >= min_weight]
    type_q, type_scale = _quantise(w_type[keep].astype(np.float64))
    sal_q, sal_scale = _quantise(w_sal[keep].astype(np.float64))
    return {"labels": labels, "features": "\n".join(str(names[j]) for j in keep),
            "type_q": type_q, "type_scale": type_scale, "type_b": [round(float(b), 4) for b in typ.intercept_[order]],
            "sal_q": sal_q, "sal_scale": sal_scale, "sal_b": round(float(sal.intercept_[0]), 4)}  # fmt: skip


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cv", action="store_true")
    ap.add_argument("--no-write", action="store_true")
    ap.add_argument("--c-type", type=float, default=0.5)
    ap.add_argument("--c-sal", type=float, default=0.1)
    ap.add_argument(
        "--baseline", default="batch14", help="also score the batches up to this one (before/after)"
    )
    ap.add_argument("--upto", help="train on the batches up to this one only (ablations)")
    ap.add_argument(
        "--set", nargs="*", default=[], help="NAME=VALUE switches of the model module (ablations)"
    )
    args = ap.parse_args()
    import sphere.read.events.model as model_module

    for item in args.set:
        key, value = item.split("=", 1)
        setattr(model_module, key, type(getattr(model_module, key))(float(value)))
    rows = load_rows()
    if args.upto:
        rows = [
            r
            for r in rows
            if not str(r["source"]).startswith("news/") or str(r["source"]) <= f"news/{args.upto}.txt"
        ]
    counts = Counter(str(r["type"] or "NONE") for r in rows)
    n_news = sum(1 for r in rows if str(r["source"]).startswith("news/"))
    pages = len({str(r["url"]).split("#")[0] for r in rows if str(r["source"]).startswith("news/")})
    print(
        f"{len(rows)} sentences ({n_news} from {pages} news pages, {len(rows) - n_news} PLOVER gold): {dict(counts)}"
    )
    if not args.no_write:  # an ablation (--no-write, --upto) leaves the shipped training set alone
        with open(HERE / "dataset.jsonl", "w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    feats = featurize(rows)
    if args.cv:
        base = frozenset(str(r["source"]) for r in rows if str(r["source"]) <= f"news/{args.baseline}.txt")
        cross_validate(rows, feats, args.c_type, args.c_sal, base)
    if args.no_write:
        return
    labels = [lbl for lbl in LABELS if lbl in counts]
    vec, typ, sal = train(feats, [str(r["type"] or "NONE") for r in rows], [int(bool(r["salient"])) for r in rows],
                          args.c_type, args.c_sal)  # fmt: skip
    model = export(vec, typ, sal, labels)
    data = json.dumps(model, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode("utf-8")
    with gzip.GzipFile(MODEL_PATH, "wb", mtime=0) as fh:  # mtime 0: the same data give the same bytes
        fh.write(data)
    print(f"wrote {MODEL_PATH.relative_to(ROOT)} ({MODEL_PATH.stat().st_size / 1024:.0f} KiB, "
          f"{str(model['features']).count(chr(10)) + 1} features)")  # type: ignore[arg-type]  # fmt: skip


if __name__ == "__main__":
    main()
