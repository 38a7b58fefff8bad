"""Convert the PLOVER gold-standard records (openeventdata/PLOVER, CC BY-SA 4.0) into labelled sentences.

Usage: python training/events/import_plover.py PLOVER_GSR_CAMEO.txt > training/events/plover_gsr.jsonl
The source file is gold_standard_records/PLOVER_GSR_CAMEO.txt of https://github.com/openeventdata/PLOVER
(commit 5e0c24f). Event names of the 0.5 draft map to this project's PLOVER types: DEMAND -> REQUEST,
DISAPPROVE -> ACCUSE, FIGHT -> ASSAULT; INVESTIGATE (not in the project's type list) is kept as "none" for the
classifier. Every record is an event the coders chose to record, so salience is 1 (0 for INVESTIGATE).
"""

from __future__ import annotations

import json
import sys

MAP = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "FIGHT": "ASSAULT", "INVESTIGATE": None}
URL = "https://github.com/openeventdata/PLOVER/blob/5e0c24f/gold_standard_records/PLOVER_GSR_CAMEO.txt"


def names(field: object) -> list[str]:
    if not isinstance(field, list):
        return []
    return [
        str(a.get("actorText") or "").strip() for a in field if isinstance(a, dict) and a.get("actorText")
    ]


def main() -> None:
    with open(sys.argv[1], encoding="utf-8") as fh:
        records = json.load(fh)
    for r in records:
        if r.get("event") == "DOCUMENT" or not r.get("text"):
            continue
        ev = r["event"]
        typ = MAP.get(ev, ev)
        row = {
            "id": r["id"],
            "text": " ".join(r["text"].split()),
            "lang": r.get("language") or "en",
            "type": typ,
            "mode": None,
            "salient": typ is not None,
            "actors": names(r.get("source")),
            "recipients": names(r.get("target")),
            "url": f"{URL}#{r['id']}",
            "licence": "CC BY-SA 4.0, Open Event Data Alliance (PLOVER gold standard records)",
        }
        print(json.dumps(row, ensure_ascii=False))


if __name__ == "__main__":
    main()
