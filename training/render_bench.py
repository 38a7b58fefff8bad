"""Render the 181 benchmark pages to text as a person copies them from a browser, and label each line.

Each page of ../shared/bench/article-extraction (ScrapingHub benchmark, MIT) is loaded in Chromium with
JavaScript and the network off; `document.body.innerText` is the text a reader selects and copies. Each
non-empty line is labelled from the ground-truth `articleBody`: "body" when its words run inside the gold body
(contiguously, or with 3-word shingles mostly in it, and for short lines only between the first and last long
body line), "boilerplate" when they do not, and left out when unclear (part overlap) or when it is the page's
<h1> headline (the gold bodies leave the headline out; the reader keeps it). Pages the blind-set check
(../shared/eval/blocked.py) reports are dropped.

Output: training/boilerplate/bench_lines.jsonl, one row per line {source, url, page, line, label, text}.
Usage: python training/render_bench.py [--bench DIR] [--chromium PATH]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
_TOKENS = re.compile(r"\w+")


def tokens(text: str) -> list[str]:
    return _TOKENS.findall(text.lower())


def label_lines(lines: list[str], gold: str, headline: str | None) -> list[str | None]:
    """Return "body", "boilerplate" or None (unclear, or the headline) for each line."""
    gtok = tokens(gold)
    gjoined = " " + " ".join(gtok) + " "
    g3 = {tuple(gtok[i : i + 3]) for i in range(len(gtok) - 2)}
    head = " ".join(tokens(headline or ""))
    raw: list[str | None] = []
    for line in lines:
        t = tokens(line)
        if not t:
            raw.append(None)
            continue
        if head and " ".join(t) == head:
            raw.append(None)
            continue
        contiguous = (" " + " ".join(t) + " ") in gjoined
        if len(t) >= 3:
            sh = [tuple(t[i : i + 3]) for i in range(len(t) - 2)]
            cover = sum(s in g3 for s in sh) / len(sh)
        else:
            cover = 1.0 if contiguous else 0.0
        if (contiguous and len(t) >= 6) or cover >= 0.8:
            raw.append("body" if len(t) >= 4 else "short-body")
        elif cover <= 0.2 and not contiguous:
            raw.append("boilerplate")
        else:
            raw.append(None)
    longs = [i for i, r in enumerate(raw) if r == "body" and len(tokens(lines[i])) >= 8]
    first, last = (longs[0], longs[-1]) if longs else (-1, -1)
    out: list[str | None] = []
    for i, r in enumerate(raw):
        if r == "short-body":
            r = "body" if first <= i <= last else "boilerplate"
        elif r == "body" and not first <= i <= last and len(tokens(lines[i])) < 8:
            r = None  # a short line matching body words outside the body: unclear
        out.append(r)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bench", type=Path, default=ROOT.parent / "shared" / "bench" / "article-extraction")
    ap.add_argument("--chromium", default="/usr/bin/chromium")
    ap.add_argument("--out", type=Path, default=HERE / "boilerplate" / "bench_lines.jsonl.gz")
    args = ap.parse_args()
    sys.path.insert(0, str(args.bench.parent.parent / "eval"))
    import blocked  # the shared blind-set check
    from playwright.sync_api import sync_playwright

    truth = json.loads((args.bench / "ground-truth.json").read_text(encoding="utf-8"))
    rows: list[dict[str, object]] = []
    dropped = 0
    with sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path=args.chromium, args=["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"]
        )
        page = browser.new_page(java_script_enabled=False, viewport={"width": 1280, "height": 900})
        page.route("**/*", lambda route: route.abort())
        for pid in sorted(truth):
            gold = truth[pid]
            html = gzip.decompress((args.bench / "html" / f"{pid}.html.gz").read_bytes()).decode(
                "utf-8", "replace"
            )
            page.set_content(html, wait_until="domcontentloaded", timeout=20000)
            text = page.evaluate("document.body ? document.body.innerText : ''")
            h1 = page.evaluate(
                "(() => { const h = document.querySelector('h1'); return h ? h.innerText : null })()"
            )
            if blocked.is_blocked(text=text, url=gold["url"]):
                dropped += 1
                continue
            lines = [ln.strip() for ln in text.split("\n")]
            lines = [ln for ln in lines if ln]
            for i, (line, lab) in enumerate(
                zip(lines, label_lines(lines, gold["articleBody"], h1), strict=True)
            ):
                rows.append(
                    {
                        "source": "scrapinghub-article-extraction-benchmark",
                        "url": gold["url"],
                        "page": pid,
                        "line": i,
                        "label": lab,
                        "text": line,
                    }
                )
        page.unroute_all(behavior="ignoreErrors")
        browser.close()
    with gzip.GzipFile(args.out, "wb", mtime=0) as fh:  # the same bytes on every run
        fh.write("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode("utf-8"))
    pages = len({r["page"] for r in rows})
    labelled = [r for r in rows if r["label"]]
    print(
        f"{pages} pages ({dropped} blocked), {len(rows)} lines, {len(labelled)} labelled, "
        f"{sum(r['label'] == 'body' for r in labelled)} body"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
