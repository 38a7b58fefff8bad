"""The datasets of record Sphere reads, where their files are, and the attribution each asks for.

`CONNECTORS` lists one connector per dataset (its `Dataset` description and its `read(folder)`); `attribution()`
gives the text to show wherever a dataset's figures are shown. Files are looked for in a folder the user names
(`sphere data load DIR`, laid out like `../shared/data/open`: one sub-folder per dataset, AidData beside it), in
`SPHERE_OPEN_DATA_DIR`, and otherwise in the slices shipped inside the package (`connectors/data/`), which hold
the C5 rows of every dataset whose licence allows it, gzipped, each with its `PROVENANCE.md`.
"""

from __future__ import annotations

import gzip
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from sphere.connectors import (
    aiddata_projects,
    bases,
    cgit,
    cow_atop,
    knomad,
    lowy,
    national_trade,
    sipri,
    unga,
    wdi,
)
from sphere.connectors.records import Dataset, IndicatorRecord, Rows, digest_files, find_file


@dataclass(frozen=True)
class Connector:
    """A dataset and the function that reads its folder into indicator records."""

    dataset: Dataset
    read: Callable[[Path], Rows[IndicatorRecord]]


CONNECTORS: dict[str, Connector] = {
    c.dataset.key: c
    for c in (
        Connector(wdi.DATASET, wdi.read),
        Connector(national_trade.DATASET, national_trade.read),
        Connector(knomad.DATASET, knomad.read),
        Connector(sipri.DATASET, sipri.read),
        Connector(unga.DATASET, unga.read),
        Connector(lowy.DATASET, lowy.read),
        Connector(cow_atop.DATASET, cow_atop.read),
        Connector(bases.DATASET, bases.read),
        Connector(aiddata_projects.DATASET, aiddata_projects.read),
        Connector(cgit.DATASET, cgit.read),
    )
}
ENV = "SPHERE_OPEN_DATA_DIR"


def dataset(key: str) -> Dataset:
    """Return the description of a dataset by key; raise KeyError naming the known keys."""
    try:
        return CONNECTORS[key].dataset
    except KeyError:
        raise KeyError(f"unknown dataset {key!r}; known: {', '.join(CONNECTORS)}") from None


def attribution(key: str) -> str:
    """Return the attribution text to show beside any figure from dataset `key`."""
    return dataset(key).attribution


def packaged_dir() -> Path:
    """Return the folder of the slices shipped inside the package."""
    return Path(str(resources.files("sphere.connectors") / "data"))


def find_open_dir() -> Path | None:
    """Locate the open-data folder: `SPHERE_OPEN_DATA_DIR`, else `../shared/data/open` beside the repo or cwd."""
    env = os.environ.get(ENV)
    if env:
        candidate = Path(env).expanduser()
        return candidate.resolve() if candidate.is_dir() else None
    repo = Path(__file__).resolve().parents[3]
    for base in (Path.cwd(), repo):
        candidate = (base / ".." / "shared" / "data" / "open").resolve()
        if candidate.is_dir():
            return candidate
    return None


def folder_for(key: str, base: Path) -> Path | None:
    """Return the folder under `base` that holds dataset `key`'s files (AidData may sit beside `base`)."""
    ds = dataset(key)
    candidates = [base / ds.folder, base.parent / ds.folder]
    if key == cgit.DATASET.key:
        candidates.append(base)
    for folder in candidates:
        if folder.is_dir() and (
            (key == cgit.DATASET.key and any(folder.glob("*.xlsx"))) or _has_inputs(ds, folder)
        ):
            return folder
    return None


def _has_inputs(ds: Dataset, folder: Path) -> bool:
    own = [f for f in ds.inputs if not f.startswith("..")]
    return bool(own) and any(find_file(folder, f) for f in own)


def digest(key: str, folder: Path) -> str:
    """Return a hash of the files dataset `key`'s connector would read in `folder`."""
    ds = dataset(key)
    names = list(ds.inputs)
    if key == cgit.DATASET.key:
        names = sorted(p.name for p in folder.glob("*.xlsx"))
    return digest_files(folder, names)


def read(key: str, folder: Path) -> Rows[IndicatorRecord]:
    """Read dataset `key` from `folder` into indicator records (with the problems met)."""
    return CONNECTORS[key].read(folder)


def pack(base: Path, dest: Path | None = None) -> list[Path]:
    """Copy the redistributable datasets' input files from `base` into `dest` (the package's data folder),
    gzipped reproducibly, with each dataset's PROVENANCE.md or README.md; return the files written."""
    dest = dest or packaged_dir()
    written: list[Path] = []
    for key, conn in CONNECTORS.items():
        ds = conn.dataset
        folder = folder_for(key, base)
        if not ds.redistributable or folder is None:
            continue
        out = dest / ds.folder
        out.mkdir(parents=True, exist_ok=True)
        for name in ds.inputs:
            src = find_file(folder, name)
            if src is None or name.startswith(".."):
                continue
            raw = src.read_bytes() if src.suffix != ".gz" else gzip.decompress(src.read_bytes())
            target = out / (name + ".gz")
            with target.open("wb") as fh, gzip.GzipFile(filename="", mode="wb", fileobj=fh, mtime=0) as gz:
                gz.write(raw)
            written.append(target)
        for doc in ("PROVENANCE.md", "README.md"):
            if (folder / doc).is_file():
                shutil.copyfile(folder / doc, out / doc)
                written.append(out / doc)
    return written
