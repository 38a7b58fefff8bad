#!/usr/bin/env python3
"""Measure HTML article extraction: body F1 on the ScrapingHub article-extraction set, and pages per second.

Usage: .venv/bin/python bench/extract_html.py [--data ../shared/bench/article-extraction] [--limit N]

Metric (the benchmark's own): lowercase, tokens by the regex \\w+, multisets of word 4-gram shingles of gold
and extracted bodies; per page precision = |common| / |extracted| and recall = |common| / |gold| (both empty
scores 1/1; one side empty scores 0/0); precision and recall are averaged over pages and F1 is their harmonic
mean. Three systems run on the same pages: Sphere's body extraction (`sphere.read.html.extract_html`), the
full cleaned document (`sphere.read.clean.clean`, headline included, as `sphere read` prints it) and the
full-text baseline (all visible text). Prints one line per system and the ratio of Sphere to the baseline.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from sphere.read.clean.html import extract_html, visible_text
from sphere.read.clean.text import clean
from sphere.read.errors import ReadError

_TOKEN_RX = re.compile(r"\w+")


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    """Return the multiset of word n-grams of `text` (lower-cased, tokens by \\w+)."""
    tokens = _TOKEN_RX.findall(text.lower())
    return Counter(tuple(tokens[i : i + n]) for i in range(max(0, len(tokens) - n + 1)))


def precision_recall(gold: str, extracted: str) -> tuple[float, float]:
    """Return the shingle precision and recall of one page."""
    g, e = shingles(gold), shingles(extracted)
    if not g and not e:
        return 1.0, 1.0
    if not g or not e:
        return 0.0, 0.0
    common = sum((g & e).values())
    return common / sum(e.values()), common / sum(g.values())


def sphere_body(html: str) -> str:
    try:
        return extract_html(html, source="bench").body
    except ReadError:
        return ""


def sphere_document(html: str) -> str:
    try:
        return clean(html, "bench", content_type="text/html").text
    except ReadError:
        return ""


def evaluate(pages: list[tuple[str, str]], system: Callable[[str], str]) -> tuple[float, float, float, float]:
    """Return (precision, recall, F1, pages per second) of `system` over (html, gold body) pages."""
    ps, rs = [], []
    start = time.perf_counter()
    outputs = [system(html) for html, _ in pages]
    elapsed = time.perf_counter() - start
    for (_, gold), out in zip(pages, outputs, strict=True):
        p, r = precision_recall(gold, out)
        ps.append(p)
        rs.append(r)
    p, r = sum(ps) / len(ps), sum(rs) / len(rs)
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f1, len(pages) / elapsed


def main() -> int:
    """Run the benchmark and print the scores."""
    here = Path(__file__).resolve().parent
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument(
        "--data", type=Path, default=here.parent.parent / "shared" / "bench" / "article-extraction"
    )
    ap.add_argument("--limit", type=int, default=0, help="use only the first N pages")
    args = ap.parse_args()
    truth = json.loads((args.data / "ground-truth.json").read_text(encoding="utf-8"))
    ids = sorted(truth)[: args.limit or None]
    pages = []
    for page_id in ids:
        raw = gzip.decompress((args.data / "html" / f"{page_id}.html.gz").read_bytes())
        pages.append((raw.decode("utf-8", "replace"), truth[page_id]["articleBody"]))
    systems: dict[str, Callable[[str], str]] = {
        "sphere body": sphere_body,
        "sphere document": sphere_document,
        "full-text baseline": visible_text,
    }
    results = {}
    for name, system in systems.items():
        p, r, f1, speed = evaluate(pages, system)
        results[name] = f1
        print(f"{name:20} precision={p:.3f} recall={r:.3f} F1={f1:.3f} pages/s={speed:.1f}")
    ratio = results["sphere body"] / results["full-text baseline"] if results["full-text baseline"] else 0.0
    print(f"pages={len(pages)} F1 sphere body / baseline = {ratio:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
