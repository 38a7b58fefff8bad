"""Write src/sphere/read/entities/data/zh_traditional.tsv: traditional Chinese characters and their simplified form.

Usage: python training/entities/build_zh_variants.py PATH/TO/TSCharacters.txt
The input is OpenCC's character table (opencc-python-reimplemented 0.1.7, opencc/dictionary/TSCharacters.txt,
Apache License 2.0): one traditional character, a tab, then its simplified forms (the first is the usual one).
Only one-character-for-one rows are kept, so the reader can fold a text to simplified characters without
moving any offset; rows whose character is already simplified are skipped.
"""

from __future__ import annotations

import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[2] / "src/sphere/read/entities/data/zh_traditional.tsv"
HEADER = """# Traditional Chinese character -> its usual simplified form, one for one (the reader folds names and texts
# to simplified characters before matching: "烏茲別克斯坦" = "乌兹别克斯坦").
# Source: OpenCC TSCharacters.txt as shipped in opencc-python-reimplemented 0.1.7 (Apache License 2.0),
# first simplified form of each row; built by training/entities/build_zh_variants.py.
"""


def main() -> None:
    rows: dict[str, str] = {}
    for line in Path(sys.argv[1]).read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) != 2 or len(parts[0]) != 1:
            continue
        simple = parts[1].split()[0]
        if len(simple) == 1 and simple != parts[0]:
            rows.setdefault(parts[0], simple)
    body = "".join(f"{t}\t{s}\n" for t, s in sorted(rows.items()))
    OUT.write_text(HEADER + body, encoding="utf-8")
    print(f"{len(rows)} characters -> {OUT}")


if __name__ == "__main__":
    main()
