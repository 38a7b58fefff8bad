"""Imported once by the fork server of `sphere.read.budget`: loads the reader and its gazetteer, so that
every worker forked from it starts ready to read."""

from __future__ import annotations

from sphere.read import reader as _reader
from sphere.read.entities.gazetteer import load_gazetteer

_ = _reader
load_gazetteer()
