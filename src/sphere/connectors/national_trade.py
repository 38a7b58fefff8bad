"""Goods trade by partner from the statistics offices of Kazakhstan, Kyrgyzstan and Uzbekistan, and Eurostat.

Every record is seen from the Central Asian state: `exports` and `imports` with the state as reporter and the
partner country (`country:CHN`…), the EU (`org:eu`) or the world (`world:total`) as partner. `statistics_of`
says whose statistics the figure is: the state's own office (`country:KAZ`…) or the partner's (Eurostat's EU27
exports to a state are that state's imports from `org:eu`, by EU statistics — a mirror figure). Values are
converted from thousand US$ to US$; Eurostat values stay in EUR (no exchange rate is taken from elsewhere).

- Kazakhstan (stat.gov.kz, 2018–2023): exports and imports per partner; where two releases give the same
  year, the later release wins.
- Kyrgyzstan (stat.kg, 1994–2023) and Uzbekistan (stat.uz, 2010–2023): one row per flow, year and partner.
  Uzbekistan's table has no total row: its world total is the sum of all its partner rows, and says so.
- Eurostat EU27 annual exports to the five states (2010–2023) and each member's monthly exports to KAZ, KGZ
  and UZB and imports from KGZ (2019-01 → 2024-08), summed to calendar years only where all twelve months
  lie inside the file's range (a member month absent from Comext counts as no recorded trade).
"""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

from sphere.connectors.records import (
    C5,
    EU,
    EU27,
    WORLD,
    Dataset,
    IndicatorRecord,
    Problem,
    Rows,
    Upstream,
    entity,
    number,
    read_csv,
    year_of,
)

KAZ_FILE = "kaz_stat_trade_by_partner_2018_2023.csv"
KGZ_FILE = "kgz_stat_trade_by_partner_1994_2023.csv"
UZB_FILE = "uzb_stat_trade_by_partner_2010_2023.csv"
EU_ANNUAL_FILE = "eurostat_eu27_exports_to_partners_2010_2023.csv"
EU_MONTHLY_FILE = "eurostat_member_monthly_c5_2019_2024.csv"
_REPO, _COMMIT = "mary-lev/eu-export-sanctions", "4b6a5dfc864ab3352104974a4516458fd7347b38"
DATASET = Dataset(
    key="national_trade",
    folder="national_trade_c5",
    title="C5 goods trade by partner (national statistics offices; Eurostat Comext)",
    publisher="Bureau of National Statistics of Kazakhstan; National Statistical Committee of the Kyrgyz "
    "Republic; Statistics Agency of Uzbekistan; Eurostat",
    licence="public statistical releases, reuse with attribution; Eurostat: reuse with attribution",
    attribution="Bureau of National Statistics of Kazakhstan (stat.gov.kz); National Statistical Committee "
    "of the Kyrgyz Republic (stat.kg); Statistics Agency under the President of Uzbekistan (stat.uz); "
    "© European Union, Eurostat Comext",
    files={
        KAZ_FILE: Upstream(_REPO, _COMMIT, "data/kazakhstan_data/"),
        KGZ_FILE: Upstream(_REPO, _COMMIT, "data/kyrgyzstan_data/"),
        UZB_FILE: Upstream(_REPO, _COMMIT, "data/uzbekistan_data/"),
        EU_ANNUAL_FILE: Upstream(_REPO, _COMMIT, "data/eu_year_export/"),
        EU_MONTHLY_FILE: Upstream(_REPO, _COMMIT, "data/kazakhstan_export_eurostat/"),
    },
)
OFFICES = {
    "KAZ": "Bureau of National Statistics of Kazakhstan",
    "KGZ": "National Statistical Committee of the Kyrgyz Republic",
    "UZB": "Statistics Agency of Uzbekistan",
}
EUROSTAT = "Eurostat Comext"
THOUSAND = 1000.0
_MONTHLY_LAST = (2024, 8)  # the member file runs to 2024-08

# Eurostat reporter labels (text before any parenthesis) -> ISO-3
_EU_NAMES = {
    "Austria": "AUT", "Belgium": "BEL", "Bulgaria": "BGR", "Croatia": "HRV", "Cyprus": "CYP",
    "Czechia": "CZE", "Denmark": "DNK", "Estonia": "EST", "Finland": "FIN", "France": "FRA",
    "Germany": "DEU", "Greece": "GRC", "Hungary": "HUN", "Ireland": "IRL", "Italy": "ITA", "Latvia": "LVA",
    "Lithuania": "LTU", "Luxembourg": "LUX", "Malta": "MLT", "Netherlands": "NLD", "Poland": "POL",
    "Portugal": "PRT", "Romania": "ROU", "Slovakia": "SVK", "Slovenia": "SVN", "Spain": "ESP",
    "Sweden": "SWE", "United Kingdom": "GBR", "European Union - 27 countries": "EU27",
}  # fmt: skip


def _release_year(source_file: str) -> int:
    """Return the publication year in a stat.gov.kz file name (`…_2021.xls` → 2021), 0 when absent."""
    found = re.findall(r"(20\d\d)", source_file)
    return int(found[-1]) if found else 0


def _record(
    reporter: str, flow: str, partner: str, year: int, value: float, file: str, row: str, **kw: str | None
) -> IndicatorRecord:
    return IndicatorRecord(
        dataset=DATASET.key,
        indicator="exports" if flow == "export" else "imports",
        reporter=entity(reporter),
        partner=entity(partner),
        year=year,
        value=value,
        unit=kw.pop("unit", None) or "USD",
        file=file,
        row=row,
        field=kw.pop("field", None) or "value",
        statistics_of=kw.pop("statistics_of", None) or entity(reporter),
        statistics=kw.pop("statistics", None) or OFFICES.get(reporter),
        note=kw.pop("note", None),
    )


def read_kaz(folder: Path, out: Rows[IndicatorRecord]) -> None:
    """Kazakhstan's own exports and imports per mapped partner, later releases replacing earlier ones."""
    best: dict[tuple[int, str], tuple[int, int, dict[str, str]]] = {}
    for line, row in read_csv(folder, KAZ_FILE, out.problems):
        if not row.get("partner_iso3"):
            continue
        try:
            year = year_of(row["year"])
        except ValueError as exc:
            out.problems.append(Problem(KAZ_FILE, line, str(exc)))
            continue
        key, release = (year, row["partner_iso3"]), _release_year(row.get("source_file", ""))
        if key not in best or release > best[key][0]:
            best[key] = (release, line, row)
    for (year, partner), (_, line, row) in sorted(best.items()):
        for flow, col in (("export", "exports"), ("import", "imports")):
            try:
                value = number(row.get(col))
            except ValueError as exc:
                out.problems.append(Problem(KAZ_FILE, line, str(exc)))
                continue
            if value is not None:
                where = f"line {line}: {year} {row['partner_name_ru']} ({row.get('source_file')}, sheet {row.get('sheet')})"
                out.append(_record("KAZ", flow, partner, year, value * THOUSAND, KAZ_FILE, where, field=col))


def read_flow_table(folder: Path, file: str, reporter: str, out: Rows[IndicatorRecord]) -> None:
    """Kyrgyzstan's or Uzbekistan's table (flow, year, partner, value in thousand US$).

    A table without a world row (Uzbekistan's) gets one: the sum of all its partner rows per flow and year.
    """
    sums: dict[tuple[str, int], list[float]] = defaultdict(list)
    has_world = False
    for line, row in read_csv(folder, file, out.problems):
        try:
            year, value = year_of(row["year"]), number(row.get("value"))
        except (KeyError, ValueError) as exc:
            out.problems.append(Problem(file, line, str(exc)))
            continue
        flow, partner = row.get("flow", ""), row.get("partner_iso3", "")
        if value is None or flow not in {"export", "import"}:
            continue
        has_world = has_world or partner == "WLD"
        if partner != "WLD":
            sums[(flow, year)].append(value)
        if partner:
            name = row.get("partner_name_en") or row.get("partner_name_ru")
            where = f"line {line}: {flow} {year} {name} ({row.get('source_file')})"
            out.append(_record(reporter, flow, partner, year, value * THOUSAND, file, where))
    if has_world:
        return
    for (flow, year), values in sorted(sums.items()):
        note = f"sum of the {len(values)} partner rows of the table (it has no total row)"
        out.append(
            _record(
                reporter,
                flow,
                "WLD",
                year,
                sum(values) * THOUSAND,
                file,
                f"{flow} {year}: all rows",
                note=note,
            )
        )


def read_eurostat_annual(folder: Path, out: Rows[IndicatorRecord]) -> None:
    """EU27 exports to each Central Asian state: the state's imports from the EU by EU statistics (EUR)."""
    for line, row in read_csv(folder, EU_ANNUAL_FILE, out.problems):
        partner = row.get("partner_iso3", "")
        if partner not in C5 or row.get("flow") != "export":
            continue
        try:
            year, value = year_of(row["year"]), number(row.get("VALUE_IN_EUR"))
        except (KeyError, ValueError) as exc:
            out.problems.append(Problem(EU_ANNUAL_FILE, line, str(exc)))
            continue
        if value is not None:
            where = f"line {line}: EU27 export to {partner} {year} ({row.get('source_file')})"
            out.append(_mirror(partner, "import", "EU27", year, value, EU_ANNUAL_FILE, where, "VALUE_IN_EUR"))


def _mirror(
    state: str, flow: str, eu_reporter: str, year: int, value: float, file: str, where: str, col: str
) -> IndicatorRecord:
    return _record(
        state,
        flow,
        eu_reporter,
        year,
        value,
        file,
        where,
        unit="EUR",
        field=col,
        statistics_of=entity(eu_reporter),
        statistics=EUROSTAT,
    )


def read_eurostat_monthly(folder: Path, out: Rows[IndicatorRecord]) -> None:
    """Each EU member's (and the EU27's) trade with KAZ, KGZ and UZB, summed to complete calendar years.

    A year the annual EU27 file already gives is not summed again from the EU27's months.
    """
    annual = {(r.reporter, r.indicator, r.year) for r in out if r.file == EU_ANNUAL_FILE}
    sums: dict[tuple[str, str, str, int], dict[int, float]] = defaultdict(dict)
    lines: dict[tuple[str, str, str, int], list[int]] = defaultdict(list)
    for line, row in read_csv(folder, EU_MONTHLY_FILE, out.problems):
        label = row.get("REPORTER", "").split("(")[0].strip()
        iso = _EU_NAMES.get(label)
        partner, flow, month = row.get("partner_iso3", ""), row.get("flow", ""), row.get("month", "")
        if iso is None or partner not in C5 or flow not in {"export", "import"}:
            continue
        try:
            year, mon, value = int(month[:4]), int(month[5:7]), number(row.get("VALUE_IN_EUR"))
        except ValueError as exc:
            out.problems.append(Problem(EU_MONTHLY_FILE, line, str(exc)))
            continue
        if value is not None:
            key = (iso, partner, flow, year)
            sums[key][mon] = sums[key].get(mon, 0.0) + value
            lines[key].append(line)
    for (iso, partner, flow, year), months in sorted(sums.items()):
        if (year, 12) > _MONTHLY_LAST:
            continue  # an incomplete year is not a yearly figure
        state_flow = (
            "import" if flow == "export" else "export"
        )  # the member's exports are the state's imports
        if iso == "EU27" and (entity(partner), state_flow + "s", year) in annual:
            continue
        span = f"lines {min(lines[(iso, partner, flow, year)])}-{max(lines[(iso, partner, flow, year)])}"
        where = f"{span}: {iso} {flow} {partner} {year}, {len(months)} months"
        note = (
            None if len(months) == 12 else f"{12 - len(months)} months without a Comext row counted as zero"
        )
        rec = _mirror(
            partner, state_flow, iso, year, sum(months.values()), EU_MONTHLY_FILE, where, "VALUE_IN_EUR"
        )
        out.append(IndicatorRecord(**{**rec.__dict__, "note": note}))


def read(folder: Path) -> Rows[IndicatorRecord]:
    """Read every trade table in `folder` into `exports`/`imports` records seen from the Central Asian state."""
    out: Rows[IndicatorRecord] = Rows()
    read_kaz(folder, out)
    read_flow_table(folder, KGZ_FILE, "KGZ", out)
    read_flow_table(folder, UZB_FILE, "UZB", out)
    read_eurostat_annual(folder, out)
    read_eurostat_monthly(folder, out)
    return out


__all__ = ["DATASET", "EU", "EU27", "WORLD", "read"]
