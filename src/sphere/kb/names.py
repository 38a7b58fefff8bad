"""Name normalisation shared by the knowledge base, the store and the reader."""

from __future__ import annotations

import re
import unicodedata

_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"), "-")
_QUOTES = dict.fromkeys(map(ord, "\u2018\u2019\u02bc\u02bb`´"), "'")
_DROP = re.compile(r"[\"“”«»()]")
_SPACE = re.compile(r"\s+")


def normalise_name(name: str) -> str:
    """Return the form two names must share to be the same name: case, dashes, quotes, a leading "the" ignored."""
    s = unicodedata.normalize("NFKC", name).translate(_DASHES).translate(_QUOTES).casefold()
    s = _DROP.sub(" ", s)
    s = _SPACE.sub(" ", s).strip(" .,;:")
    if s.startswith("the "):
        s = s[4:]
    return s.replace("ё", "е")


def slugify(name: str) -> str:
    """Return an ASCII slug for ids: lower case, words joined by '-'."""
    s = unicodedata.normalize("NFKD", name.translate(_DASHES)).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")
