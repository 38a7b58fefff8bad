"""UN General Assembly voting agreement between each Central Asian state and the powers, per calendar year.

Reads the yearly agreement table derived from the roll-call votes (Voeten, Bailey and Strezhnev's data to
2019-11, the UN's machine-readable resolutions after): for each state, partner and year, `n_votes` roll calls in
which both voted, `identical_share` (→ `unga_agreement`, the share of those votes that were identical) and
`agreement_score` (→ `unga_agreement_score`, 1 − mean |v₁ − v₂| with Yes = 1, Abstain = 0.5, No = 0).
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

FILE = "unga_agreement_c5_powers_by_year.csv"
DATASET = Dataset(
    key="unga",
    folder="unga_votes",
    title="UN General Assembly roll-call votes (Voeten et al.; UN DGACM resolutions)",
    publisher="Erik Voeten, Anton Strezhnev, Michael Bailey (Harvard Dataverse); United Nations",
    licence="Voeten data CC0; UN data: attribute the United Nations",
    attribution="UN General Assembly voting data: Voeten, Strezhnev and Bailey, 'United Nations General "
    "Assembly Voting Data' (Harvard Dataverse, CC0) to 2019; United Nations (DGACM) from session 74",
    release="dgrtwo/unvotes@7eb7034314ff (Voeten data, unvotes 0.3.0); "
    "UNxml/GAresolutions@42a69b67bb92 (sessions 74–80)",
    files={
        FILE: Upstream("UNxml/GAresolutions", "42a69b67bb92d23969fc45bba151320b82eb8e52", "data_extract/")
    },
)
COLUMNS = (("unga_agreement", "identical_share"), ("unga_agreement_score", "agreement_score"))


def read(folder: Path) -> Rows[IndicatorRecord]:
    """Read the yearly agreement table in `folder` into `unga_agreement` and `unga_agreement_score` records."""
    out: Rows[IndicatorRecord] = Rows()
    for line, row in read_csv(folder, FILE, out.problems):
        state, partner = row.get("c5", ""), row.get("power", "")
        if state not in C5 or len(partner) != 3:
            continue
        try:
            year, n_votes = year_of(row["year"]), number(row.get("n_votes"))
            values = [(name, col, number(row.get(col))) for name, col in COLUMNS]
        except (KeyError, ValueError) as exc:
            out.problems.append(Problem(FILE, line, str(exc)))
            continue
        if not n_votes:
            continue
        for name, col, value in values:
            if value is None or not 0.0 <= value <= 1.0:
                continue
            out.append(
                IndicatorRecord(
                    dataset=DATASET.key,
                    indicator=name,
                    reporter=entity(state),
                    partner=entity(partner),
                    year=year,
                    value=value,
                    unit="share" if col == "identical_share" else "score",
                    file=FILE,
                    row=f"line {line}: {state}–{partner} {year}",
                    field=col,
                    statistics_of="org:un",
                    statistics=f"UNGA roll calls, {int(n_votes)} votes both cast",
                )
            )
    return out
