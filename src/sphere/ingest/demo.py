"""`demo`: a store to explore on a fresh machine: the knowledge base and a small bundled corpus of documents.

The corpus (`demo_corpus/`) holds openly licensed texts about the region: statements and reports that are works
of the United States Government (public domain, 17 U.S.C. 105) and one written evidence of the UK Parliament (Open
Parliament Licence), each the opening paragraphs as published, with its URL, date and licence in
`demo_corpus/sources.jsonl` (`demo_corpus/LICENCES.md` says which page the validation set also drew on). The
documents are read by the reader and stored by the ingest pipeline, exactly as `sphere ingest` would.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from sphere.ingest.pipeline import IngestReport, ingest
from sphere.store.kbload import LoadReport, load_kb
from sphere.store.store import Store


@dataclass
class DemoReport:
    """What building the demo store did: the knowledge-base load and the ingest of the bundled corpus."""

    kb: LoadReport
    documents: IngestReport


def corpus_dir() -> Path:
    """Return the folder of the bundled demo corpus."""
    return Path(str(resources.files("sphere.ingest") / "demo_corpus"))


def corpus_sources() -> list[dict[str, Any]]:
    """Return the bundled documents' provenance: file, URL, title, date, site, licence."""
    text = (corpus_dir() / "sources.jsonl").read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def demo(store: Store, *, workers: int | None = None) -> DemoReport:
    """Load the knowledge base and ingest the bundled demo corpus into `store` (safe to repeat)."""
    kb = load_kb(store)
    files = [str(corpus_dir() / s["file"]) for s in corpus_sources()]
    return DemoReport(kb=kb, documents=ingest(store, files, workers=workers or 1))
