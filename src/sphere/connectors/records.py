"""What every open-data connector shares: the dataset description, the indicator record and its provenance.

A connector module describes its dataset once (`Dataset`: title, publisher, release or commit, licence,
attribution, the upstream file behind each local file) and turns its files into `IndicatorRecord`s. Each record
names the file and the row it came from (`row`: line number and the row's natural key) and the column read
(`field`), so that every stored figure can be traced back to one cell of a published table. Files are read as
`.csv` or `.csv.gz`, so the same code reads `../shared/data/open/<folder>` and the slices shipped in the package.
"""

from __future__ import annotations

import csv
import gzip
import io
import math
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

_T = TypeVar("_T")

C5 = ("KAZ", "KGZ", "TJK", "TKM", "UZB")
EU27 = [
    "AUT",
    "BEL",
    "BGR",
    "HRV",
    "CYP",
    "CZE",
    "DNK",
    "EST",
    "FIN",
    "FRA",
    "DEU",
    "GRC",
    "HUN",
    "IRL",
    "ITA",
    "LVA",
    "LTU",
    "LUX",
    "MLT",
    "NLD",
    "POL",
    "PRT",
    "ROU",
    "SVK",
    "SVN",
    "ESP",
    "SWE",
]
WORLD = "world:total"
EU = "org:eu"


def entity(iso3: str) -> str:
    """Return the knowledge-base id of a country code: `country:KAZ`; `EU27`/`EUU` → `org:eu`; `WLD` → world."""
    code = iso3.strip().upper()
    if code in {"EU27", "EUU", "EU"}:
        return EU
    if code in {"WLD", "WORLD"}:
        return WORLD
    return f"country:{code}"


class Rows(list[_T]):
    """A list of read records that also carries the problems met while reading."""

    def __init__(self, items: Iterable[_T] = (), problems: Iterable[Problem] = ()) -> None:
        """Build the list from `items`, keeping `problems` beside it."""
        super().__init__(items)
        self.problems: list[Problem] = list(problems)


@dataclass(frozen=True)
class Problem:
    """A row that was skipped, with its place and the reason."""

    source: str
    row: int
    reason: str


@dataclass(frozen=True)
class Upstream:
    """The published file a local file was cut from: repository, commit and path inside it."""

    repo: str
    commit: str
    path: str

    @property
    def url(self) -> str:
        """Return the address of the file at that commit."""
        return f"https://github.com/{self.repo}/blob/{self.commit}/{self.path}"


@dataclass(frozen=True)
class Dataset:
    """One dataset of record: who publishes it, which release, under what terms, and where each file is from."""

    key: str  # short name used by `sphere data` and in the `indicators.dataset` column
    folder: str  # folder name under `../shared/data/open` (and in the package)
    title: str
    publisher: str
    licence: str
    attribution: str
    files: dict[str, Upstream] = field(default_factory=dict)  # local file name -> upstream file
    redistributable: bool = True  # may the rows ship inside the package?
    retrieved: str = "2026-12-06"
    release: str = ""  # the release in words, where the files do not say it all
    local_files: tuple[
        str, ...
    ] = ()  # files read that have no upstream listed (paths relative to the folder)

    @property
    def inputs(self) -> tuple[str, ...]:
        """Return every file the connector reads, relative to the dataset's folder."""
        return (*self.files, *self.local_files)

    @property
    def version(self) -> str:
        """Return the release: the upstream repositories at their commits (or `release` when given)."""
        if self.release:
            return self.release
        seen = dict.fromkeys(f"{u.repo}@{u.commit[:12]}" for u in self.files.values())
        return "; ".join(seen) or "user-supplied file"


@dataclass(frozen=True)
class IndicatorRecord:
    """One figure: `indicator` of `reporter` with `partner` in `year`, with the file, row and column it came from."""

    dataset: str
    indicator: str
    reporter: str
    partner: str
    year: int
    value: float
    unit: str
    file: str
    row: str
    field: str
    statistics_of: str | None = None
    statistics: str | None = None
    flow_class: str | None = None
    note: str | None = None

    def to_dict(self, ds: Dataset) -> dict[str, Any]:
        """Return the record in the `indicators.jsonl` shape, with a full dataset source."""
        upstream = ds.files.get(self.file)
        source: dict[str, Any] = {
            "dataset": ds.title,
            "publisher": ds.publisher,
            "release": ds.version,
            "file": self.file,
            "row": self.row,
            "field": self.field,
            "license": ds.licence,
            "attribution": ds.attribution,
            "retrieved": ds.retrieved,
        }
        if upstream is not None:
            source["url"] = upstream.url
            source["upstream_path"] = upstream.path
        out: dict[str, Any] = {
            "dataset": ds.key,
            "indicator": self.indicator,
            "reporter": self.reporter,
            "partner": self.partner,
            "year": self.year,
            "value": self.value,
            "unit": self.unit,
            "statistics_of": self.statistics_of,
            "statistics": self.statistics,
            "flow_class": self.flow_class,
            "sources": [source],
        }
        if self.note:
            out["note"] = self.note
        return out


def find_file(folder: Path, name: str) -> Path | None:
    """Return `folder/name` or `folder/name.gz`, whichever exists."""
    for candidate in (folder / name, folder / (name + ".gz")):
        if candidate.is_file():
            return candidate
    return None


def read_csv(folder: Path, name: str, problems: list[Problem]) -> Iterator[tuple[int, dict[str, str]]]:
    """Yield (line number, row) of a CSV (plain or gzipped) in `folder`; a missing file is a problem."""
    path = find_file(folder, name)
    if path is None:
        problems.append(Problem(name, 0, f"file not found in {folder}"))
        return
    raw = path.read_bytes()
    if path.suffix == ".gz":
        raw = gzip.decompress(raw)
    reader = csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline=""))
    for row in reader:
        yield reader.line_num, {str(k): (v or "").strip() for k, v in row.items() if k is not None}


def number(text: str | None) -> float | None:
    """Parse a number cell; empty, `..` or NA is None; anything else unparseable raises ValueError."""
    value = (text or "").strip().replace(",", "")
    if value in {"", "..", "NA", "N/A", "nan", "NaN", "-"}:
        return None
    out = float(value)
    if math.isnan(out) or math.isinf(out):
        return None
    return out


def year_of(text: str | None) -> int:
    """Parse a year written `2019` or `2019.0`; raise ValueError otherwise."""
    try:
        value = float((text or "").strip())
    except ValueError:
        raise ValueError(f"bad year {text!r}") from None
    if not value.is_integer() or not 1900 <= value <= 2100:
        raise ValueError(f"bad year {text!r}")
    return int(value)


def digest_files(folder: Path, names: Iterable[str]) -> str:
    """Return a hash of the named files' contents (plain or gzipped copies hash the same)."""
    import hashlib

    h = hashlib.sha256()
    for name in sorted(names):
        path = find_file(folder, name)
        if path is None:
            h.update(f"{name}:missing".encode())
            continue
        raw = path.read_bytes()
        h.update(name.encode())
        h.update(gzip.decompress(raw) if path.suffix == ".gz" else raw)
    return h.hexdigest()


# country names as the datasets spell them, where pycountry's names differ
_NAME_OVERRIDES = {
    "russia": "RUS", "soviet union": "RUS", "ussr": "RUS", "turkey": "TUR", "turkiye": "TUR", "türkiye": "TUR",
    "south korea": "KOR", "korea south": "KOR", "korea, rep.": "KOR", "korea republic of (south korea)": "KOR",
    "north korea": "PRK", "iran": "IRN", "vietnam": "VNM", "viet nam": "VNM", "czech republic": "CZE",
    "slovak republic": "SVK", "united states": "USA", "usa": "USA", "uk": "GBR", "uae": "ARE",
    "kyrgyz republic": "KGZ", "moldova": "MDA", "syria": "SYR", "venezuela": "VEN", "bolivia": "BOL",
    "tanzania": "TZA", "laos": "LAO", "taiwan": "TWN", "west germany (frg)": "DEU", "germany (frg)": "DEU",
    "brunei": "BRN", "ivory coast": "CIV", "cote d'ivoire": "CIV", "macedonia": "MKD", "kosovo": "XKX",
    "bosnia-herzegovina": "BIH", "czechoslovakia": "CSK", "yugoslavia": "YUG", "palestine": "PSE",
    "european external action service": "EU27", "european union": "EU27",
}  # fmt: skip


def iso3_of(name: str) -> str | None:
    """Return the ISO-3 code of a country name as datasets spell it, or None when it names no country."""
    key = name.strip().lower()
    if key in _NAME_OVERRIDES:
        return _NAME_OVERRIDES[key]
    import pycountry

    try:
        country = pycountry.countries.lookup(name.strip())
    except LookupError:
        return None
    code: str = country.alpha_3
    return code
