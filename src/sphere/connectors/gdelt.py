"""Read GDELT 2.0 event and mention files into typed records, keeping the events that involve a C5 state.

The layouts are those of the GDELT 2.0 Event Database codebook
(http://data.gdeltproject.org/documentation/GDELT-Event_Codebook-V2.0.pdf): an *export* file holds one event
per line in 61 tab-separated columns (`EVENT_COLUMNS`), a *mentions* file one mention per line in 16 columns
(`MENTION_COLUMNS`); both come as `*.CSV` or zipped as `*.CSV.zip`. An event is kept when an actor's country
code (CAMEO, ISO 3166 alpha-3) or a place's country code (FIPS 10-4) names one of the five Central Asian states.
Its CAMEO code is mapped to a PLOVER type with the public conversion table of the PLOVER project
(`data/cameo_plover.tsv`, with its source and licence in the file's header).

Bad lines never stop a read: each is skipped and reported as a `Problem` with its file and line number.
Nothing here touches the database; `sphere.ingest.coded` stores what this module reads.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

DATASET = "GDELT 2.0 Event Database"
ATTRIBUTION = "The GDELT Project (https://www.gdeltproject.org/), GDELT 2.0 Event Database"
C5_ISO3 = frozenset({"KAZ", "KGZ", "TJK", "TKM", "UZB"})
C5_FIPS = {"KZ": "KAZ", "KG": "KGZ", "TI": "TJK", "TX": "TKM", "UZ": "UZB"}  # FIPS 10-4, as GDELT geo fields

EVENT_COLUMNS = [
    "GLOBALEVENTID",
    "SQLDATE",
    "MonthYear",
    "Year",
    "FractionDate",
    "Actor1Code",
    "Actor1Name",
    "Actor1CountryCode",
    "Actor1KnownGroupCode",
    "Actor1EthnicCode",
    "Actor1Religion1Code",
    "Actor1Religion2Code",
    "Actor1Type1Code",
    "Actor1Type2Code",
    "Actor1Type3Code",
    "Actor2Code",
    "Actor2Name",
    "Actor2CountryCode",
    "Actor2KnownGroupCode",
    "Actor2EthnicCode",
    "Actor2Religion1Code",
    "Actor2Religion2Code",
    "Actor2Type1Code",
    "Actor2Type2Code",
    "Actor2Type3Code",
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
    "Actor1Geo_Type",
    "Actor1Geo_FullName",
    "Actor1Geo_CountryCode",
    "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat",
    "Actor1Geo_Long",
    "Actor1Geo_FeatureID",
    "Actor2Geo_Type",
    "Actor2Geo_FullName",
    "Actor2Geo_CountryCode",
    "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat",
    "Actor2Geo_Long",
    "Actor2Geo_FeatureID",
    "ActionGeo_Type",
    "ActionGeo_FullName",
    "ActionGeo_CountryCode",
    "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code",
    "ActionGeo_Lat",
    "ActionGeo_Long",
    "ActionGeo_FeatureID",
    "DATEADDED",
    "SOURCEURL",
]
MENTION_COLUMNS = [
    "GLOBALEVENTID",
    "EventTimeDate",
    "MentionTimeDate",
    "MentionType",
    "MentionSourceName",
    "MentionIdentifier",
    "SentenceID",
    "Actor1CharOffset",
    "Actor2CharOffset",
    "ActionCharOffset",
    "InRawText",
    "Confidence",
    "MentionDocLen",
    "MentionDocTone",
    "MentionDocTranslationInfo",
    "Extras",
]
_E = {name: i for i, name in enumerate(EVENT_COLUMNS)}
_M = {name: i for i, name in enumerate(MENTION_COLUMNS)}
assert len(EVENT_COLUMNS) == 61 and len(MENTION_COLUMNS) == 16
# a line that names no C5 code anywhere cannot be kept: skip it before splitting (most lines of a real file)
_C5_HINT = re.compile("\t(?:" + "|".join(sorted(C5_ISO3)) + ")|\t(?:" + "|".join(sorted(C5_FIPS)) + ")\t")


@dataclass(frozen=True)
class Problem:
    """A line that was skipped, with its place and the reason."""

    file: str
    line: int
    reason: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.reason}"


@dataclass(frozen=True)
class Plover:
    """One line of the CAMEO→PLOVER table."""

    cameo: str
    type: str
    mode: str | None
    context: str | None
    description: str


@dataclass(frozen=True)
class Actor:
    """One side of an event as GDELT coded it."""

    code: str | None
    name: str | None
    country: str | None  # CAMEO country code (ISO 3166 alpha-3 for states)


@dataclass(frozen=True)
class GdeltEvent:
    """One event of an export file that involves a C5 state."""

    global_id: str
    date: str | None  # YYYY-MM-DD
    added: str | None  # ISO timestamp of DATEADDED
    cameo: str
    plover: Plover | None  # None: a CAMEO code PLOVER dropped (01, 02) or does not list
    quad_class: int | None
    goldstein: float | None
    num_mentions: int | None
    num_sources: int | None
    num_articles: int | None
    avg_tone: float | None
    actor1: Actor
    actor2: Actor
    place: str | None
    place_country: str | None  # FIPS 10-4
    lat: float | None
    lon: float | None
    states: tuple[str, ...]  # the C5 states involved, ISO3
    source_url: str | None
    file: str
    row: int


@dataclass(frozen=True)
class GdeltMention:
    """One article mentioning an event (mentions file)."""

    global_id: str
    mention_time: str | None
    source_name: str | None
    url: str | None
    sentence: int | None
    confidence: int | None
    file: str
    row: int


@dataclass
class Read:
    """What a read produced: kept records, how many lines were read, and the skipped lines."""

    events: list[GdeltEvent] = field(default_factory=list)
    mentions: list[GdeltMention] = field(default_factory=list)
    lines: int = 0
    problems: list[Problem] = field(default_factory=list)


@lru_cache(maxsize=1)
def cameo_to_plover() -> dict[str, Plover]:
    """Return the CAMEO→PLOVER table (`data/cameo_plover.tsv`), keyed by CAMEO code."""
    text = (resources.files("sphere.connectors") / "data" / "cameo_plover.tsv").read_text(encoding="utf-8")
    table: dict[str, Plover] = {}
    for line in text.splitlines():
        if not line or line.startswith("#") or line.startswith("cameo\t"):
            continue
        cameo, ptype, mode, context, desc = (line.split("\t") + [""] * 5)[:5]
        table[cameo] = Plover(cameo, ptype, mode or None, context or None, desc)
    return table


def plover_for(cameo: str) -> Plover | None:
    """Return the PLOVER mapping of a CAMEO code, falling back to its 3-digit base code; None when dropped."""
    table = cameo_to_plover()
    return table.get(cameo) or table.get(cameo[:3])


def _lines(path: Path) -> Iterator[tuple[str, str]]:
    """Yield (name, text line) from a GDELT file, plain or zipped (every member of a zip in turn)."""
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as zf:
            for member in zf.namelist():
                with zf.open(member) as raw:
                    for line in io.TextIOWrapper(raw, encoding="utf-8", errors="replace", newline="\n"):
                        yield f"{path.name}/{member}", line
        return
    with path.open(encoding="utf-8", errors="replace", newline="\n") as fh:
        for line in fh:
            yield path.name, line


def _int(text: str) -> int | None:
    try:
        return int(text)
    except ValueError:
        return None


def _float(text: str) -> float | None:
    try:
        return float(text)
    except ValueError:
        return None


def _day(text: str) -> str | None:
    return f"{text[:4]}-{text[4:6]}-{text[6:8]}" if len(text) >= 8 and text[:8].isdigit() else None


def _stamp(text: str) -> str | None:
    if len(text) != 14 or not text.isdigit():
        return _day(text)
    return f"{text[:4]}-{text[4:6]}-{text[6:8]}T{text[8:10]}:{text[10:12]}:{text[12:14]}Z"


def _states(cols: list[str]) -> tuple[str, ...]:
    found = {c for c in (cols[_E["Actor1CountryCode"]], cols[_E["Actor2CountryCode"]]) if c in C5_ISO3}
    for geo in ("Actor1Geo_CountryCode", "Actor2Geo_CountryCode", "ActionGeo_CountryCode"):
        iso = C5_FIPS.get(cols[_E[geo]])
        if iso:
            found.add(iso)
    return tuple(sorted(found))


def _actor(cols: list[str], n: int) -> Actor:
    return Actor(
        cols[_E[f"Actor{n}Code"]] or None,
        cols[_E[f"Actor{n}Name"]] or None,
        cols[_E[f"Actor{n}CountryCode"]] or None,
    )


def parse_event(cols: list[str], file: str, row: int) -> GdeltEvent | None:
    """Return the event of one split export line when it involves a C5 state, else None."""
    states = _states(cols)
    if not states:
        return None
    cameo = cols[_E["EventCode"]]
    return GdeltEvent(
        global_id=cols[_E["GLOBALEVENTID"]],
        date=_day(cols[_E["SQLDATE"]]),
        added=_stamp(cols[_E["DATEADDED"]]),
        cameo=cameo,
        plover=plover_for(cameo),
        quad_class=_int(cols[_E["QuadClass"]]),
        goldstein=_float(cols[_E["GoldsteinScale"]]),
        num_mentions=_int(cols[_E["NumMentions"]]),
        num_sources=_int(cols[_E["NumSources"]]),
        num_articles=_int(cols[_E["NumArticles"]]),
        avg_tone=_float(cols[_E["AvgTone"]]),
        actor1=_actor(cols, 1),
        actor2=_actor(cols, 2),
        place=cols[_E["ActionGeo_FullName"]] or None,
        place_country=cols[_E["ActionGeo_CountryCode"]] or None,
        lat=_float(cols[_E["ActionGeo_Lat"]]),
        lon=_float(cols[_E["ActionGeo_Long"]]),
        states=states,
        source_url=cols[_E["SOURCEURL"]].strip() or None,
        file=file,
        row=row,
    )


def read_events(paths: Iterable[Path], *, read: Read | None = None) -> Read:
    """Read export files; keep the C5 events, report bad lines (wrong column count, no id or code)."""
    out = read or Read()
    for path in paths:
        n = 0
        for name, line in _lines(Path(path)):
            n += 1
            out.lines += 1
            text = line.rstrip("\r\n")
            if not text:
                continue
            tabs = text.count("\t")
            if tabs != len(EVENT_COLUMNS) - 1:
                out.problems.append(Problem(name, n, f"{tabs + 1} columns, not {len(EVENT_COLUMNS)}"))
                continue
            if not _C5_HINT.search(text):
                continue
            cols = text.split("\t")
            if not cols[0].isdigit() or not cols[_E["EventCode"]].isdigit():
                out.problems.append(Problem(name, n, "no numeric GLOBALEVENTID or EventCode"))
                continue
            event = parse_event(cols, name, n)
            if event is not None:
                out.events.append(event)
    return out


def read_mentions(paths: Iterable[Path], keep: set[str] | None = None, *, read: Read | None = None) -> Read:
    """Read mentions files; keep the mentions of events in `keep` (all when None), report bad lines."""
    out = read or Read()
    for path in paths:
        n = 0
        for name, line in _lines(Path(path)):
            n += 1
            out.lines += 1
            text = line.rstrip("\r\n")
            if not text:
                continue
            cols = text.split("\t")
            if len(cols) < 12:  # the last columns may be cut off; Confidence (12th) must be there
                out.problems.append(Problem(name, n, f"{len(cols)} columns, not {len(MENTION_COLUMNS)}"))
                continue
            gid = cols[_M["GLOBALEVENTID"]]
            if not gid.isdigit():
                out.problems.append(Problem(name, n, "no numeric GLOBALEVENTID"))
                continue
            if keep is not None and gid not in keep:
                continue
            out.mentions.append(
                GdeltMention(
                    global_id=gid,
                    mention_time=_stamp(cols[_M["MentionTimeDate"]]),
                    source_name=cols[_M["MentionSourceName"]] or None,
                    url=cols[_M["MentionIdentifier"]] or None,
                    sentence=_int(cols[_M["SentenceID"]]),
                    confidence=_int(cols[_M["Confidence"]]),
                    file=name,
                    row=n,
                )
            )
    return out
