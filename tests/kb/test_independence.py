"""The knowledge base never rests on the evaluation articles: no KB source is a dev-corpus page.

The dev corpus measures the reader; if the KB cited those pages, `sphere check` and the ledger would be
grading the articles against themselves.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from sphere.kb.catalog import data_dir


def _norm(url: str) -> str:
    return re.sub(r"^https?://(www\.)?", "", url.strip().rstrip("/")).lower()


def test_no_kb_source_is_an_evaluation_article(shared: Path) -> None:
    lines = (shared / "corpus" / "dev" / "sources.jsonl").read_text(encoding="utf-8").splitlines()
    corpus = {_norm(u) for line in lines if line.strip() and (u := json.loads(line).get("url"))}
    assert corpus
    found = []
    for path in sorted(data_dir().glob("*.jsonl")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            found += [
                f"{path.name}:{n} {u}" for u in re.findall(r'"url": "([^"]+)"', line) if _norm(u) in corpus
            ]
    assert found == []
