"""States and territories from ISO 3166-1 (pycountry), with sovereignty and the short names people write.

`build_countries()` turns every ISO 3166-1 entry into a `country:ISO3` record: the canonical English `name`
is the short common name ("Russia", "Turkey", "Czech Republic"), the ISO names stay as aliases, Russian and
Chinese names come from the iso-codes translations, and each record says whether it is `sovereign`
(UN members, the observer states Palestine and the Holy See, and Taiwan with `"recognition": "partial"`) or a
dependent territory with `part_of`. Supplements (demonyms, capitals, more names, Kosovo, the Soviet Union)
live in `data/countries.jsonl` and are merged by `sphere.kb.catalog`. Output depends only on the installed
pycountry, never on the clock.
"""

from __future__ import annotations

import gettext
from typing import Any

import pycountry

RETRIEVED = "2026-11-23"

UN_MEMBERS: frozenset[str] = frozenset(
    """
    AFG AGO ALB AND ARE ARG ARM ATG AUS AUT AZE BDI BEL BEN BFA BGD BGR BHR BHS BIH BLR BLZ BOL BRA BRB BRN BTN
    BWA CAF CAN CHE CHL CHN CIV CMR COD COG COL COM CPV CRI CUB CYP CZE DEU DJI DMA DNK DOM DZA ECU EGY ERI ESP
    EST ETH FIN FJI FRA FSM GAB GBR GEO GHA GIN GMB GNB GNQ GRC GRD GTM GUY HND HRV HTI HUN IDN IND IRL IRN IRQ
    ISL ISR ITA JAM JOR JPN KAZ KEN KGZ KHM KIR KNA KOR KWT LAO LBN LBR LBY LCA LIE LKA LSO LTU LUX LVA MAR MCO
    MDA MDG MDV MEX MHL MKD MLI MLT MMR MNE MNG MOZ MRT MUS MWI MYS NAM NER NGA NIC NLD NOR NPL NRU NZL OMN PAK
    PAN PER PHL PLW PNG POL PRK PRT PRY QAT ROU RUS RWA SAU SDN SEN SGP SLB SLE SLV SMR SOM SRB SSD STP SUR SVK
    SVN SWE SWZ SYC SYR TCD TGO THA TJK TKM TLS TON TTO TUN TUR TUV TZA UGA UKR URY USA UZB VCT VEN VNM VUT WSM
    YEM ZAF ZMB ZWE
    """.split()  # noqa: SIM905
)
"""The 193 member states of the United Nations (ISO 3166-1 alpha-3)."""

UN_OBSERVER_STATES: frozenset[str] = frozenset({"PSE", "VAT"})
"""Non-member observer states of the UN General Assembly: the State of Palestine and the Holy See."""

PARTIALLY_RECOGNISED: frozenset[str] = frozenset({"TWN"})
"""Sovereign in fact but recognised by few states; Kosovo (XKX) is not in ISO 3166-1 and is a supplement."""

DEPENDENCIES: dict[str, str | None] = {
    "ABW": "NLD", "AIA": "GBR", "ALA": "FIN", "ASM": "USA", "ATA": None, "ATF": "FRA", "BES": "NLD",
    "BLM": "FRA", "BMU": "GBR", "BVT": "NOR", "CCK": "AUS", "COK": "NZL", "CUW": "NLD", "CXR": "AUS",
    "CYM": "GBR", "ESH": None, "FLK": "GBR", "FRO": "DNK", "GGY": "GBR", "GIB": "GBR", "GLP": "FRA",
    "GRL": "DNK", "GUF": "FRA", "GUM": "USA", "HKG": "CHN", "HMD": "AUS", "IMN": "GBR", "IOT": "GBR",
    "JEY": "GBR", "MAC": "CHN", "MAF": "FRA", "MNP": "USA", "MSR": "GBR", "MTQ": "FRA", "MYT": "FRA",
    "NCL": "FRA", "NFK": "AUS", "NIU": "NZL", "PCN": "GBR", "PRI": "USA", "PYF": "FRA", "REU": "FRA",
    "SGS": "GBR", "SHN": "GBR", "SJM": "NOR", "SPM": "FRA", "SXM": "NLD", "TCA": "GBR", "TKL": "NZL",
    "UMI": "USA", "VGB": "GBR", "VIR": "USA", "WLF": "FRA",
}  # fmt: skip
"""Territories that are not sovereign states, mapped to the state they belong to (None: Antarctica, Western Sahara)."""

SHORT_NAMES: dict[str, str] = {
    "BES": "Caribbean Netherlands", "BOL": "Bolivia", "BRN": "Brunei", "COD": "Democratic Republic of the Congo",
    "COG": "Republic of the Congo", "CZE": "Czech Republic", "FLK": "Falkland Islands", "FSM": "Micronesia",
    "GBR": "United Kingdom", "IRN": "Iran", "KOR": "South Korea", "LAO": "Laos", "MAF": "Saint Martin",
    "MDA": "Moldova", "PCN": "Pitcairn Islands", "PRK": "North Korea", "PSE": "Palestine", "RUS": "Russia",
    "SHN": "Saint Helena", "SXM": "Sint Maarten", "SYR": "Syria", "TUR": "Turkey", "TWN": "Taiwan",
    "TZA": "Tanzania", "USA": "United States", "VAT": "Vatican City", "VEN": "Venezuela",
    "VGB": "British Virgin Islands", "VIR": "United States Virgin Islands", "VNM": "Vietnam",
}  # fmt: skip
"""Canonical English names where the ISO 3166-1 short name is not the one news writes."""

_CLDR = {
    "dataset": "Unicode CLDR via babel 2.18.0",
    "field": "territories (locale en)",
    "retrieved": RETRIEVED,
}
_NAME_SOURCES: dict[str, list[dict[str, str]]] = {
    "TUR": [
        {
            "url": "https://zeenews.india.com/world/un-approves-turkeys-request-to-change-its-official-name-to-turkiye-2469870.html",
            "title": "UN approves Turkey's request to change its official name to 'Turkiye'",
            "publisher": "Zee News",
            "quote": "The United Nations has granted Turkey's request to change its name to Turkiye",
            "retrieved": RETRIEVED,
        }
    ],
    "CZE": [
        {
            "url": "http://www.english4today.com/englishgrammar/grammar/nouns6.php",
            "title": "Nationalities",
            "publisher": "English4Today",
            "quote": "the Czech Republic ... Czech ... a Czech",
            "retrieved": RETRIEVED,
        }
    ],
}
_UN_SOURCES = [
    {"dataset": "country_converter 1.3.2 (country_data.tsv)", "field": "UNmember", "retrieved": RETRIEVED},
    {
        "url": "https://worddisk.com/wiki/Member_states_of_the_United_Nations/",
        "title": "Member states of the United Nations",
        "publisher": "WordDisk (Wikipedia mirror)",
        "quote": "The member states of the United Nations comprise 193 sovereign states.",
        "retrieved": RETRIEVED,
    },
]
_OBSERVER_SOURCE = {
    "url": "https://research.un.org/en/unmembers/observers",
    "title": "UN Membership: Non-member observer states",
    "publisher": "United Nations Dag Hammarskjöld Library",
    "quote": "The Holy See is currently a non-member observer state ... The State of Palestine is currently a non-member observer state",
    "retrieved": RETRIEVED,
}
_TAIWAN_SOURCE = {
    "url": "http://en.wikipedia.org./wiki/Foreign_relations_of_Taiwan",
    "title": "Foreign relations of Taiwan",
    "publisher": "Wikipedia",
    "quote": "currently has formal diplomatic relations with 11 of the 193 United Nations member states and with the Holy See",
    "retrieved": RETRIEVED,
}
_DEPENDENCY_SOURCE = {
    "url": "https://iiab.me/kiwix/content/wikipedia_en_all_maxi_2023-10/A/Dependent_territory",
    "title": "Dependent territory",
    "publisher": "Wikipedia (Kiwix mirror)",
    "quote": "13 overseas territories ... three Crown dependencies ... in the listing for the United Kingdom",
    "retrieved": RETRIEVED,
}
_AUTONOMY_SOURCE = {
    "url": "https://web.archive.org./web/20191117205623/https://en.wikipedia.org/wiki/Dependent_territory",
    "title": "Dependent territory",
    "publisher": "Wikipedia (Internet Archive copy)",
    "quote": "Examples are Åland (Finland) and Hong Kong (China).",
    "retrieved": RETRIEVED,
}


def _translator(lang: str) -> gettext.NullTranslations:
    try:
        return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang])
    except OSError:
        return gettext.NullTranslations()


def _status(iso3: str) -> tuple[dict[str, Any], list[dict[str, str]]]:
    """Return the sovereignty fields of one ISO 3166-1 entry and the sources that state them."""
    if iso3 in UN_MEMBERS:
        return {"sovereign": True, "un_member": True}, list(_UN_SOURCES)
    if iso3 in UN_OBSERVER_STATES:
        return {"sovereign": True, "un_member": False, "un_observer": True}, [_OBSERVER_SOURCE]
    if iso3 in PARTIALLY_RECOGNISED:
        return {"sovereign": True, "un_member": False, "recognition": "partial"}, [_TAIWAN_SOURCE]
    owner = DEPENDENCIES.get(iso3)
    source = _AUTONOMY_SOURCE if iso3 in {"ALA", "HKG", "MAC"} else _DEPENDENCY_SOURCE
    fields: dict[str, Any] = {"sovereign": False, "un_member": False}
    fields["part_of"] = f"country:{owner}" if owner else None
    return fields, [source] if owner else []


def canonical_name(iso3: str, iso_name: str, common_name: str | None = None) -> str:
    """Return the short English name news writes for an ISO 3166-1 entry (e.g. "Russia", "Turkey")."""
    return SHORT_NAMES.get(iso3) or common_name or iso_name


def build_countries() -> dict[str, dict[str, Any]]:
    """Return one record per ISO 3166-1 entry, keyed `country:ISO3`, with names, aliases and sovereignty."""
    version = getattr(pycountry, "__version__", None) or "26.2.16"
    translations = {lang: _translator(lang) for lang in ("ru", "zh_CN")}
    out: dict[str, dict[str, Any]] = {}
    for c in pycountry.countries:
        common = getattr(c, "common_name", None)
        name = canonical_name(c.alpha_3, c.name, common)
        aliases: list[dict[str, str]] = []
        seen = {name}
        for value in (c.name, getattr(c, "official_name", None), common):
            if value and value not in seen:
                seen.add(value)
                aliases.append({"name": value, "lang": "en", "type": "name"})
        for lang, tr in translations.items():
            for raw in sorted({tr.gettext(c.name), tr.gettext(getattr(c, "official_name", c.name))}):
                value = raw.replace("\u0301", "")  # iso-codes marks stress on some Russian names
                if value and value not in seen:
                    seen.add(value)
                    aliases.append({"name": value, "lang": lang[:2], "type": "name"})
        sources: list[dict[str, str]] = [
            {
                "dataset": f"pycountry {version} (ISO 3166-1, iso-codes translations)",
                "field": "alpha_3, alpha_2, numeric, name, official_name, common_name; locales ru, zh_CN",
                "retrieved": RETRIEVED,
            }
        ]
        if c.alpha_3 in SHORT_NAMES:
            sources.extend(_NAME_SOURCES.get(c.alpha_3, [_CLDR]))
        status, status_sources = _status(c.alpha_3)
        sources.extend(status_sources)
        out[f"country:{c.alpha_3}"] = {
            "id": f"country:{c.alpha_3}",
            "kind": "country",
            "name": name,
            "iso3": c.alpha_3,
            "iso2": c.alpha_2,
            "numeric": c.numeric,
            "aliases": aliases,
            **status,
            "sources": sources,
            "_file": "pycountry",
        }
    return out


def sovereign_ids(records: dict[str, dict[str, Any]]) -> list[str]:
    """Return the ids of the sovereign states among `records`, sorted."""
    return sorted(
        rid for rid, rec in records.items() if rec.get("sovereign") is True and not rec.get("former")
    )
