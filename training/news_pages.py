"""Store the hand-labelled lines of real news pages (from the `pages` corpus of stored public web pages) masked.

Input: a Python file defining PAGES = [(url, "label|line\\n...")] with label "x" (boilerplate) or "." (body),
transcribed from stored copies of the pages (the raw file is not kept in the repository). Each page is checked
with ../shared/eval/blocked.py (URL and text) and dropped when blocked. Lines are stored MASKED: function words
(the stop-words of `sphere.read.clean.language`), page-furniture words (`sphere.read.clean.lines`), language names (`sphere.read.clean.menus`), digits,
punctuation and spaces are kept; every other letter becomes x/X (Latin) or ж/Ж (other scripts), so a line keeps
its length, capitalisation, punctuation and stop-word density (everything the line model reads) but none of
the article's wording. Output: training/boilerplate/news_lines.jsonl.gz, one row per line.

Usage: python training/news_pages.py RAW.py [OUT]  (OUT: a file name under training/boilerplate/, by default
news_lines.jsonl.gz; each batch of pages is stored in its own file)
"""

from __future__ import annotations

import gzip
import json
import re
import runpy
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT.parent / "shared" / "eval"))

from sphere.read.clean.language import stopword_union  # noqa: E402
from sphere.read.clean.lines import _FURNITURE  # noqa: E402
from sphere.read.clean.menus import language_names  # noqa: E402

_WORD = re.compile(r"[^\W\d_]+")


def mask(line: str) -> str:
    """Return `line` with every word but function and furniture words replaced by its letter shape."""
    keep = stopword_union() | _FURNITURE | language_names()[0]  # language names: read raw by the menu rule

    def shape(m: re.Match[str]) -> str:
        w = m.group(0)
        if w.lower() in keep:
            return w
        return "".join(
            ("X" if c.isupper() else "x") if c.isascii() else ("Ж" if c.isupper() else "ж") for c in w
        )

    return _WORD.sub(shape, line)


def main() -> int:
    import blocked  # the shared blind-set check

    pages = runpy.run_path(sys.argv[1])["PAGES"]
    rows = []
    dropped = 0
    for url, raw in pages:
        lines = [ln.split("|", 1) for ln in raw.strip().split("\n")]
        text = "\n".join(t for _, t in lines)
        if blocked.is_blocked(text=text, url=url):
            dropped += 1
            continue
        for i, (lab, t) in enumerate(lines):
            rows.append(
                {
                    "source": "news-pages",
                    "url": url,
                    "page": url,
                    "line": i,
                    "label": "boilerplate" if lab == "x" else "body",
                    "text": mask(t.strip()),
                }
            )
    out = HERE / "boilerplate" / (sys.argv[2] if len(sys.argv) > 2 else "news_lines.jsonl.gz")
    with gzip.GzipFile(out, "wb", mtime=0) as fh:
        fh.write("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode("utf-8"))
    print(f"{len(pages) - dropped} pages ({dropped} blocked), {len(rows)} lines -> {out.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
