"""Lowy Institute: Global Diplomacy Index posts in the five states, and Asia Power Index network dyads.

- `diplomatic_posts`: the number of diplomatic posts each indexed country (and the EU's EEAS) keeps in a state,
  per GDI edition (2016, 2017, 2019, 2021, 2023); `flow_class` `all` (every post) or the post type (`embassy`,
  `consulate`, `other`). Senders are the 66 indexed countries: G20, OECD and Asia, not Iran or the UAE.
- `api_trade` and `api_investment`: the Asia Power Index 2023 edition's economic-relationship network where a
  state is the partner of an indexed Asian power: bilateral trade in current dollars (2020, stored as 2020) and
  ten-year cumulative foreign capital investment (2012–21, stored as 2021).
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from sphere.connectors.records import (
    C5,
    Dataset,
    IndicatorRecord,
    Problem,
    Rows,
    Upstream,
    entity,
    iso3_of,
    number,
    read_csv,
    year_of,
)

POSTS_FILE = "lowy_gdi_post_counts_in_c5.csv"
NETWORK_FILE = "lowy_asia_power_index_network_c5.csv"
_REPO, _COMMIT = "ClaireLouiseR/COMP8880", "7ba3f78c909ab730fc4a27714273d375b68c08a3"
DATASET = Dataset(
    key="lowy",
    folder="lowy_gdi",
    title="Lowy Institute Global Diplomacy Index and Asia Power Index",
    publisher="Lowy Institute",
    licence="Lowy Institute terms: reuse with attribution",
    attribution="Lowy Institute Global Diplomacy Index (globaldiplomacyindex.lowyinstitute.org) and Lowy "
    "Institute Asia Power Index 2023",
    files={
        POSTS_FILE: Upstream(_REPO, _COMMIT, "DataDownload.xlsx"),
        NETWORK_FILE: Upstream(_REPO, _COMMIT, "network-power.json"),
    },
)
POST_TYPES = {"embassy": "embassy", "consulate": "consulate", "other": "other"}
# the Asia Power Index's own two-letter codes (not ISO) for the powers it indexes
API_CODES = {
    "AU": "AUS", "BA": "BGD", "BR": "BRN", "CB": "KHM", "CN": "CHN", "ID": "IDN", "IN": "IND", "JP": "JPN",
    "LA": "LAO", "MA": "MYS", "MO": "MNG", "MY": "MMR", "NK": "PRK", "NP": "NPL", "NZ": "NZL", "PH": "PHL",
    "PK": "PAK", "RU": "RUS", "SG": "SGP", "SK": "KOR", "SL": "LKA", "TH": "THA", "TW": "TWN", "US": "USA",
    "VN": "VNM",
}  # fmt: skip
API_MEASURES = {"Trade": ("api_trade", 2020), "Investment": ("api_investment", 2021)}


def _post_type(label: str) -> str:
    low = label.lower()
    return next((v for k, v in POST_TYPES.items() if k in low), "other")


def read_posts(folder: Path, out: Rows[IndicatorRecord]) -> None:
    """Posts per sender, state and edition: in all and by type."""
    cells: dict[tuple[str, str, int, str], list[tuple[int, float]]] = defaultdict(list)
    for line, row in read_csv(folder, POSTS_FILE, out.problems):
        host = row.get("host_iso3", "")
        if host not in C5:
            continue
        try:
            year, n = year_of(row["year"]), number(row.get("n_posts"))
        except (KeyError, ValueError) as exc:
            out.problems.append(Problem(POSTS_FILE, line, str(exc)))
            continue
        code = row.get("sender_iso3") or iso3_of(row.get("COUNTRY", ""))
        if n is None or not code:
            continue
        sender = entity("EU27" if code == "EU" else code)
        for kind in ("all", _post_type(row.get("TYPE OF POST", ""))):
            cells[(host, sender, year, kind)].append((line, n))
    for (host, sender, year, kind), found in sorted(cells.items()):
        out.append(
            IndicatorRecord(
                dataset=DATASET.key,
                indicator="diplomatic_posts",
                reporter=entity(host),
                partner=sender,
                year=year,
                value=sum(n for _, n in found),
                unit="count",
                file=POSTS_FILE,
                row="line " + ", ".join(str(n) for n, _ in found) + f": {sender} in {host} {year}",
                field="n_posts",
                statistics_of="org:lowy-institute",
                statistics=f"Lowy Global Diplomacy Index {year}",
                flow_class=kind,
            )
        )


def read_network(folder: Path, out: Rows[IndicatorRecord]) -> None:
    """Asia Power Index network dyads (an indexed power and a state): trade 2020, investment 2012–21."""
    for line, row in read_csv(folder, NETWORK_FILE, out.problems):
        state, measure = row.get("c5_iso3", ""), API_MEASURES.get(row.get("indicator", ""))
        power = API_CODES.get(row.get("countryA", ""))
        if state not in C5 or measure is None or power is None:
            continue
        try:
            value = number(row.get("rawValue"))
        except ValueError as exc:
            out.problems.append(Problem(NETWORK_FILE, line, str(exc)))
            continue
        if value is None:
            continue
        indicator, year = measure
        out.append(
            IndicatorRecord(
                dataset=DATASET.key,
                indicator=indicator,
                reporter=entity(state),
                partner=entity(power),
                year=year,
                value=value,
                unit="USD",
                file=NETWORK_FILE,
                row=f"line {line}: {row.get('countryA')}–{row.get('countryB')} {row.get('indicator')}",
                field="rawValue",
                statistics_of="org:lowy-institute",
                statistics=f"Lowy Asia Power Index 2023: {row.get('technical')}",
            )
        )


def read(folder: Path) -> Rows[IndicatorRecord]:
    """Read the post counts and the network dyads in `folder`."""
    out: Rows[IndicatorRecord] = Rows()
    read_posts(folder, out)
    read_network(folder, out)
    return out
