"""Add the country names of CLDR (via Babel) in the languages Sphere reads beyond English and Russian.

Writes aliases {"name", "lang", "type": "name"} into src/sphere/kb/data/countries.jsonl for every record there,
in German, Turkish, Polish, Kazakh, Uzbek (Latin and Cyrillic), Kyrgyz, Tajik and Chinese, with the dataset
as the source. Deterministic: rerunning it gives the same file. Usage: python tools/build_country_names.py
"""

from __future__ import annotations

import json
from pathlib import Path

import babel
from babel import Locale
from babel.core import get_global

LOCALES = ("de", "tr", "pl", "kk", "uz", "uz_Cyrl", "ky", "tg", "zh")
DATA = Path(__file__).resolve().parents[1] / "src" / "sphere" / "kb" / "data" / "countries.jsonl"
RETRIEVED = "2026-12-06"


def main() -> None:
    import pycountry

    territories = {loc: Locale.parse(loc).territories for loc in LOCALES}
    version = str(get_global("cldr").get("version", ""))
    source = {
        "dataset": f"Unicode CLDR{(' ' + version) if version else ''} territory display names via Babel "
        f"{babel.__version__}",
        "field": "Locale(l).territories[ISO 3166-1 alpha-2] for l in " + ", ".join(LOCALES),
        "retrieved": RETRIEVED,
    }
    from sphere.kb.names import normalise_name

    # a name another entity uses (Tunis the city, Конго for both Congos) would be ambiguous: left out
    taken: dict[str, set[str]] = {}
    for path in DATA.parent.glob("*.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            for n in [rec.get("name"), *[a.get("name") for a in rec.get("aliases") or [] if isinstance(a, dict)]]:
                if n and rec.get("id"):
                    taken.setdefault(normalise_name(n), set()).add(rec["id"])
    from sphere.kb.countries import build_countries

    for rid, rec in build_countries().items():
        for n in [rec.get("name"), *[a.get("name") for a in rec.get("aliases") or []]]:
            if n:
                taken.setdefault(normalise_name(n), set()).add(rid)
    proposed: dict[str, set[str]] = {}
    for c in pycountry.countries:
        for loc in LOCALES:
            name = territories[loc].get(c.alpha_2)
            if name:
                proposed.setdefault(normalise_name(name), set()).add(f"country:{c.alpha_3}")
    out = []
    for line in DATA.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        iso3 = rec["id"].split(":", 1)[1]
        country = pycountry.countries.get(alpha_3=iso3)
        if country is not None:
            aliases = list(rec.get("aliases", []))
            have = {a["name"] for a in aliases}
            for loc in LOCALES:
                name = territories[loc].get(country.alpha_2)
                key = normalise_name(name or "")
                owners = taken.get(key, set()) | proposed.get(key, set())
                if name and len(name) >= 3 and name not in have and owners <= {rec["id"]}:
                    have.add(name)
                    aliases.append({"name": name, "lang": loc[:2], "type": "name"})
            rec["aliases"] = aliases
            sources = [s for s in rec.get("sources", []) if "territory display names via Babel" not in
                       str(s.get("dataset", ""))]
            rec["sources"] = [*sources, source]
        out.append(json.dumps(rec, ensure_ascii=False))
    DATA.write_text("\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
