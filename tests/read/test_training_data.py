"""The validation articles stay out of every training and check set: no page of training/ is a validation page.

The validation set (`../shared/corpus/validation`) measures what carries over to articles the reader was not
tuned on. A page of the same story in a training or check set (the same URL, or text sharing more than two runs
of eight words with a validation article) would tune the reader on it. Boilerplate lines are stored masked, so
only their URLs are compared.
"""

from __future__ import annotations

import gzip
import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
RUN = 8  # words in a shared run
MOST = 2  # shared runs a page may have with a validation article (a quoted official phrase)


def _runs(text: str) -> set[str]:
    words = re.findall(r"\w+", text.lower())
    return {" ".join(words[i : i + RUN]) for i in range(len(words) - RUN + 1)}


def _overlaps(text: str, texts: dict[str, set[str]]) -> dict[str, int]:
    """Return the validation articles `text` shares more than `MOST` runs with, and how many."""
    mine = _runs(text)
    return {name: n for name, runs in texts.items() if (n := len(runs & mine)) > MOST}


def _key(url: str) -> str:
    return re.sub(r"^https?://(?:www\.)?", "", url or "").rstrip("/").lower()


def _pages() -> dict[str, str]:
    """Return url -> text of every page in the claims, entities and events training and check sets."""
    pages: dict[str, str] = {}
    rows = [
        *(ROOT / "training/claims/pages.jsonl").read_text(encoding="utf-8").splitlines(),
        *(ROOT / "training/entities/checkset.jsonl").read_text(encoding="utf-8").splitlines(),
        *(ROOT / "training/events/dataset.jsonl").read_text(encoding="utf-8").splitlines(),
    ]
    for row in filter(None, rows):
        page = json.loads(row)
        url = page.get("url") or ""
        pages[url] = pages.get(url, "") + " " + (page.get("text") or "")
    return pages


def _boilerplate_urls() -> set[str]:
    urls: set[str] = set()
    for path in sorted((ROOT / "training/boilerplate").glob("*.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            urls |= {json.loads(line).get("url") or "" for line in fh}
    return urls


@pytest.fixture(scope="module")
def validation(shared: Path) -> tuple[set[str], dict[str, set[str]]]:
    corpus = shared / "corpus" / "validation"
    sources = (corpus / "sources.jsonl").read_text(encoding="utf-8").splitlines()
    urls = {_key(json.loads(row)["url"]) for row in sources if row.strip()}
    texts = {f.name: _runs(f.read_text(encoding="utf-8")) for f in sorted(corpus.glob("*.txt"))}
    return urls, texts


def test_no_training_page_is_a_validation_page(validation: tuple[set[str], dict[str, set[str]]]) -> None:
    urls, texts = validation
    pages = _pages()
    assert pages, "no training pages found"
    same_url = sorted(u for u in [*pages, *_boilerplate_urls()] if _key(u) in urls)
    assert not same_url, f"validation pages in training data: {same_url}"
    overlapping = {url: found for url, text in pages.items() if (found := _overlaps(text, texts))}
    assert not overlapping, f"training pages share text with validation articles: {sorted(overlapping)}"


def test_the_check_catches_a_quoted_paragraph(
    shared: Path, validation: tuple[set[str], dict[str, set[str]]]
) -> None:
    _urls, texts = validation
    article = sorted((shared / "corpus" / "validation").glob("*.txt"))[0]
    words = article.read_text(encoding="utf-8").split()
    quoted = "Another outlet wrote: " + " ".join(words[40:60]) + " and more."  # twenty words copied
    assert article.name in _overlaps(quoted, texts)
    assert not _overlaps(
        " ".join(words[40:49]), texts
    )  # one run of nine words is a shared phrase, not a copy
