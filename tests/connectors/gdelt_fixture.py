"""Build GDELT 2.0 export and mentions files in the documented layout (61 and 16 tab-separated columns).

Rows are generated, never downloaded: a seeded mix of events between C5 states, the powers and others, some
placed in Central Asia only by their geography (FIPS codes), and a few broken lines. `build` returns the files
and what a correct reader must keep. Run it as a script to write a fixture folder: `python gdelt_fixture.py DIR`.
"""

from __future__ import annotations

import random
import sys
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from sphere.connectors.gdelt import EVENT_COLUMNS, MENTION_COLUMNS

C5 = ["KAZ", "KGZ", "TJK", "TKM", "UZB"]
NAMES = {
    "KAZ": "KAZAKHSTAN",
    "KGZ": "KYRGYZSTAN",
    "TJK": "TAJIKISTAN",
    "TKM": "TURKMENISTAN",
    "UZB": "UZBEKISTAN",
    "RUS": "RUSSIA",
    "CHN": "CHINA",
    "USA": "UNITED STATES",
    "FRA": "FRANCE",
    "BRA": "BRAZIL",
    "IND": "INDIA",
}
FIPS = {
    "KAZ": "KZ",
    "KGZ": "KG",
    "TJK": "TI",
    "TKM": "TX",
    "UZB": "UZ",
    "RUS": "RS",
    "CHN": "CH",
    "USA": "US",
    "FRA": "FR",
    "BRA": "BR",
    "IND": "IN",
}
OTHERS = ["RUS", "CHN", "USA", "FRA", "BRA", "IND"]
CODES = [
    "036",
    "042",
    "043",
    "057",
    "0311",
    "061",
    "071",
    "010",
    "020",
    "112",
    "1712",
    "163",
    "0874",
    "190",
    "141",
]


@dataclass
class Fixture:
    events: Path
    zipped: Path
    mentions: Path
    rows: int = 0
    expected: dict[str, tuple[str, ...]] = field(default_factory=dict)  # GLOBALEVENTID -> C5 states
    codes: dict[str, str] = field(default_factory=dict)  # GLOBALEVENTID -> CAMEO code
    broken: int = 0


def _event(
    gid: int,
    day: str,
    a1: str | None,
    a2: str | None,
    geo: str,
    code: str,
    url: str,
    name1: str | None = None,
) -> list[str]:
    cols = [""] * len(EVENT_COLUMNS)
    put = dict(zip(EVENT_COLUMNS, range(len(EVENT_COLUMNS)), strict=True))
    cols[put["GLOBALEVENTID"]] = str(gid)
    cols[put["SQLDATE"]] = day
    cols[put["MonthYear"]] = day[:6]
    cols[put["Year"]] = day[:4]
    cols[put["FractionDate"]] = f"{int(day[:4]) + 0.5:.4f}"
    for n, actor in ((1, a1), (2, a2)):
        if actor:
            cols[put[f"Actor{n}Code"]] = actor + "GOV"
            cols[put[f"Actor{n}Name"]] = name1 if n == 1 and name1 else NAMES[actor]
            cols[put[f"Actor{n}CountryCode"]] = actor
            cols[put[f"Actor{n}Type1Code"]] = "GOV"
            cols[put[f"Actor{n}Geo_Type"]] = "1"
            cols[put[f"Actor{n}Geo_FullName"]] = NAMES[actor].title()
            cols[put[f"Actor{n}Geo_CountryCode"]] = FIPS[actor]
    cols[put["IsRootEvent"]] = "1"
    cols[put["EventCode"]] = code
    cols[put["EventBaseCode"]] = code[:3]
    cols[put["EventRootCode"]] = code[:2]
    cols[put["QuadClass"]] = "1"
    cols[put["GoldsteinScale"]] = "3.4"
    cols[put["NumMentions"]] = "4"
    cols[put["NumSources"]] = "2"
    cols[put["NumArticles"]] = "4"
    cols[put["AvgTone"]] = "-1.25"
    cols[put["ActionGeo_Type"]] = "4"
    cols[put["ActionGeo_FullName"]] = f"Somewhere, {geo}"
    cols[put["ActionGeo_CountryCode"]] = FIPS[geo]
    cols[put["ActionGeo_Lat"]] = "43.25"
    cols[put["ActionGeo_Long"]] = "76.95"
    cols[put["DATEADDED"]] = day + "101500"
    cols[put["SOURCEURL"]] = url
    return cols


def build(folder: Path, n: int = 240, seed: int = 11, region_every: int = 1) -> Fixture:
    """Write `n` event rows (plus a few broken lines), the same zipped, and a mentions file, into `folder`.

    With `region_every` = k, only every k-th row may involve Central Asia (as in a real file, where few do).
    """
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    fx = Fixture(
        folder / "20260101101500.export.CSV",
        folder / "20260101101500.export.CSV.zip",
        folder / "20260101101500.mentions.CSV",
    )
    lines: list[str] = []
    mentions: list[str] = []
    for i in range(n):
        gid = 1_100_000_000 + i
        day = f"202601{1 + i % 28:02d}"
        kind = i % 6 if i % region_every == 0 else 5
        code = CODES[i % len(CODES)]
        name1 = None
        if kind == 0:  # C5 with a power
            a1, a2, geo = rng.choice(C5), rng.choice(OTHERS), rng.choice(C5)
        elif kind == 1:  # a power with a C5 state
            a1, a2, geo = rng.choice(OTHERS), rng.choice(C5), rng.choice(OTHERS)
        elif kind == 2:  # two powers meeting in Central Asia: kept by geography only
            a1, a2, geo = rng.choice(OTHERS), rng.choice(OTHERS), rng.choice(C5)
        elif kind == 3:  # a named person of a power, with a C5 state
            a1, a2, geo, name1 = "RUS", rng.choice(C5), "RUS", "VLADIMIR PUTIN"
        else:  # nothing to do with the region
            a1, a2, geo = rng.choice(OTHERS), rng.choice(OTHERS), rng.choice(OTHERS)
        cols = _event(gid, day, a1, a2, geo, code, f"https://news.example.org/{gid}", name1)
        lines.append("\t".join(cols))
        fx.rows += 1
        involved = {a for a in (a1, a2) if a in C5} | ({geo} if geo in C5 else set())
        if involved:
            fx.expected[str(gid)] = tuple(sorted(involved))
            fx.codes[str(gid)] = code
        for k in range(2):
            conf = 20 + (i * 7 + k * 30) % 80
            m = [""] * len(MENTION_COLUMNS)
            m[0], m[1], m[2], m[3] = str(gid), day + "101500", day + "103000", "1"
            m[4], m[5], m[6] = "news.example.org", f"https://news.example.org/{gid}/m{k}", str(k + 1)
            m[7], m[8], m[9], m[10], m[11] = "10", "40", "25", "1", str(conf)
            m[12], m[13] = "2400", "-1.2"
            mentions.append("\t".join(m))
        if i % 80 == 79:  # a broken line: columns lost
            lines.append("\t".join(cols[:40]))
            fx.broken += 1
    fx.events.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with zipfile.ZipFile(fx.zipped, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.write(fx.events, fx.events.name)
    fx.mentions.write_text("\n".join(mentions) + "\n", encoding="utf-8")
    return fx


if __name__ == "__main__":
    made = build(Path(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 240)
    print(
        f"{made.rows} rows, {len(made.expected)} involve a C5 state, {made.broken} broken lines: {made.events}"
    )
