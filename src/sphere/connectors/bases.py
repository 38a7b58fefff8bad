"""Foreign military bases in the five states: a country-level list (Wikipedia, c. 2019), thin and undated.

Each row (owner, host) becomes `military_bases` = the number of listed bases of the owner in the host. The list
carries no dates: records are stored as of 2019, the year of the snapshot, and say so; it misses closed bases
(Manas in Kyrgyzstan 2001–2014, K2 in Uzbekistan 2001–2005), so it is a seed list, not a history.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from sphere.connectors.records import C5, Dataset, IndicatorRecord, Rows, Upstream, entity, read_csv

FILE = "foreign_bases_in_c5.csv"
SNAPSHOT_YEAR = 2019
DATASET = Dataset(
    key="bases",
    folder="military_bases",
    title="Foreign military bases in Central Asia (Wikipedia list, 2019 snapshot)",
    publisher="Wikipedia contributors, 'List of countries with overseas military bases'",
    licence="CC BY-SA (Wikipedia text)",
    attribution="Wikipedia, 'List of countries with overseas military bases' (CC BY-SA), as scraped in 2019",
    files={
        FILE: Upstream(
            "kathleengraham/visualizing-global-data-with-leaflet-js",
            "10ba35f09d3be9eacc51fdd37f7ee5ea316d3139",
            "data/military_bases.csv",
        )
    },
)


def read(folder: Path) -> Rows[IndicatorRecord]:
    """Count the listed bases of each owner in each of the five states."""
    out: Rows[IndicatorRecord] = Rows()
    lines: dict[tuple[str, str], list[int]] = defaultdict(list)
    for line, row in read_csv(folder, FILE, out.problems):
        owner, host = row.get("owner_iso3", ""), row.get("host_iso3", "")
        if host in C5 and len(owner) == 3:
            lines[(host, owner)].append(line)
    for (host, owner), found in sorted(lines.items()):
        out.append(
            IndicatorRecord(
                dataset=DATASET.key,
                indicator="military_bases",
                reporter=entity(host),
                partner=entity(owner),
                year=SNAPSHOT_YEAR,
                value=float(len(found)),
                unit="count",
                file=FILE,
                row="line " + ", ".join(str(n) for n in found) + f": {owner} in {host}",
                field="base_owner, host",
                statistics="country-level list of bases, undated",
                note="undated list, stored as of its 2019 snapshot",
            )
        )
    return out
