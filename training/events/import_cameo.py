"""Convert the CAMEO verb dictionary of PETRARCH2 into the verb features of the event classifier.

Usage: .venv/bin/python training/events/import_cameo.py CAMEO.2.0.txt
(the file `petrarch2/data/dictionaries/CAMEO.2.0.txt` of github.com/openeventdata/petrarch2, MIT licence)

Writes `src/sphere/read/events/cameo_verbs.json.gz`: for each verb form (stemmed the way the classifier stems
words) the CAMEO root code its block mostly codes to, and for each verb + object noun pattern ("impose *
SANCTIONS [163]") the pattern's code. `sphere.read.events.model.features` turns them into features
("cv:16", "cp:163" and the PLOVER type of the code from the CAMEO->PLOVER table), so that a verb the
labelled sentences never showed still points to its event type.
"""

from __future__ import annotations

import gzip
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))

from sphere.read.events.model import CAMEO_PATH, stem  # noqa: E402

SOURCE = {
    "url": "https://github.com/openeventdata/petrarch2/blob/676801c/petrarch2/data/dictionaries/CAMEO.2.0.txt",
    "title": "CAMEO verb pattern dictionary (PETRARCH2), last update 30 April 2015",
    "licence": "MIT, Copyright (c) 2015 Open Event Data Alliance",
    "mapping": "src/sphere/connectors/data/cameo_plover.tsv (openeventdata/PLOVER CAMEO2PLOVER-2021.txt, CC BY-SA 4.0)",
}
_STOP = set(
    [
        "TO",
        "THE",
        "OF",
        "IN",
        "ON",
        "WITH",
        "FOR",
        "A",
        "AN",
        "AGAINST",
        "AT",
        "BY",
        "FROM",
        "OVER",
        "INTO",
        "AS",
        "ABOUT",
        "UP",
        "OUT",
        "OFF",
        "BACK",
        "DOWN",
    ]
)
_HEADER = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]\s+---")
_CODE = re.compile(r"\[([^\]]*)\]")


def forms(base: str) -> set[str]:
    """Return the regular inflections of an English verb."""
    b = base.lower()
    out = {b, b + "s", b + "ed", b + "ing"}
    if b.endswith("e"):
        out |= {b + "d", b[:-1] + "ing"}
    if b.endswith(("s", "sh", "ch", "x", "z")):
        out.add(b + "es")
    if b.endswith("y") and len(b) > 2 and b[-2] not in "aeiou":
        out |= {b[:-1] + "ies", b[:-1] + "ied"}
    if len(b) >= 3 and b[-1] not in "aeiouwxy" and b[-2] in "aeiou" and b[-3] not in "aeiou":
        out |= {b + b[-1] + "ed", b + b[-1] + "ing"}
    return out


def first_code(text: str) -> str | None:
    """Return the source code of a pattern's "[a:b]" (the first part that is a code)."""
    for part in text.split(":"):
        part = part.strip()
        if part and part != "---" and part[:2].isdigit():
            return part
    return None


def main() -> None:
    lines = Path(sys.argv[1]).read_text(encoding="utf-8", errors="replace").splitlines()
    synsets: dict[str, list[str]] = {}
    cur: str | None = None
    start = next(i for i, x in enumerate(lines) if x.startswith("####### VERB PATTERNS"))
    for line in lines[:start]:
        line = line.split("#")[0].strip()
        if line.startswith("&"):
            cur = line
            synsets[cur] = []
        elif line.startswith("+") and cur:
            synsets[cur].append(line[1:].strip("_"))
    verbs: dict[str, Counter[str]] = {}  # verb stem -> root codes of its blocks
    homes: dict[str, list[int]] = {}  # verb stem -> its blocks
    patterns: list[dict[str, Counter[str]]] = []  # block -> object noun stem -> pattern codes
    block: list[tuple[str, str | None]] = []  # (verb stem, its own code)
    codes: Counter[str] = Counter()

    def close() -> None:
        if not block:
            return
        root = codes.most_common(1)[0][0] if codes else None
        for v, own in block:
            if own or root:
                verbs.setdefault(v, Counter())[own or str(root)] += 1
            homes.setdefault(v, []).append(len(patterns) - 1)

    for raw in lines[start:]:
        line = raw.split("#")[0].rstrip()
        if m := _HEADER.match(line):
            close()
            block, codes = [], Counter()
            patterns.append({})
            if code := first_code(m.group(2)):
                codes[code[:2]] += 3
            continue
        if not line.strip() or line.startswith("+"):
            continue
        if line.startswith("-"):
            cm = _CODE.search(line)
            code = first_code(cm.group(1)) if cm else None
            if code is None or "*" not in line:
                continue
            codes[code[:2]] += 1
            tail = line[line.index("*") + 1 : cm.start() if cm else None]
            words = [w for w in re.split(r"[\s(){}$^%]+", tail) if w and w.upper() not in _STOP]
            if not words:
                continue
            head = words[0]
            for noun in synsets.get(head, []) if head.startswith("&") else [head]:
                word = noun.split("_")[-1].lower()
                if word.isalpha():
                    for n in {word, word + "s"}:
                        patterns[-1].setdefault(stem(n), Counter())[code[:3]] += 1
            continue
        cm = _CODE.search(line)
        own = first_code(cm.group(1)) if cm else None
        word, _, irregular = line.split("[")[0].strip().partition("{")
        word = word.strip()
        if not word.isalpha():
            continue
        variants = forms(word) | {w.lower() for w in irregular.strip("} ").split() if w.isalpha()}
        for f in sorted(variants):
            if all(stem(f) != v for v, _ in block):
                block.append((stem(f), own[:2] if own else None))
    close()
    used = sorted({b for bs in homes.values() for b in bs if patterns[b]})
    renum = {b: i for i, b in enumerate(used)}
    plover: dict[str, str] = {}
    tsv = ROOT / "src" / "sphere" / "connectors" / "data" / "cameo_plover.tsv"
    for row in tsv.read_text(encoding="utf-8").splitlines():
        cells = row.split("\t")
        if row.startswith("#") or len(cells) < 2 or not cells[0].isdigit() or not cells[1]:
            continue
        plover.setdefault(cells[0][:3], cells[1])
    data = {
        "about": "CAMEO codes of English verbs and verb-object patterns, features of the event classifier",
        "source": SOURCE,
        "verbs": {v: c.most_common(1)[0][0] for v, c in sorted(verbs.items()) if len(v) >= 3},
        "blocks": {v: [renum[b] for b in bs if b in renum] for v, bs in sorted(homes.items()) if len(v) >= 3},
        "plover": dict(sorted(plover.items())),
        "patterns": [{n: c.most_common(1)[0][0] for n, c in sorted(patterns[b].items())} for b in used],
    }
    raw_json = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode("utf-8")
    with gzip.GzipFile(CAMEO_PATH, "wb", mtime=0) as fh:
        fh.write(raw_json)
    print(f"wrote {CAMEO_PATH.name}: {len(data['verbs'])} verb stems, {sum(map(len, data['patterns']))} patterns, "
          f"{CAMEO_PATH.stat().st_size / 1024:.0f} KiB")  # fmt: skip


if __name__ == "__main__":
    main()
