"""The source registry: the outlets that cover Central Asia and the powers, with ownership and feeds.

`outlets.jsonl` holds one record per outlet (`docs/watch.md` documents the format): name, home page, the
hosts its pages live on, country, ownership (`OWNERSHIP`), whether it is a news agency (`wire`), languages,
feed URLs where one was confirmed (each with the page it was taken from), and sources whose `facts` say which
fields each page supports. Unknown stays null: a feed nobody confirmed is left out, never guessed, and `gaps`
says, field by field, what no cited page states (a home page, the languages, the ownership, a feed).

`outlet_for_url` matches a document's URL to its outlet by host, so that pages can say that a figure comes
from state media.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from sphere.kb.catalog import Record, data_dir, read_jsonl

OWNERSHIP = ("state", "state-aligned", "independent", "private", "foreign public broadcaster", "wire")
OUTLET_ID = re.compile(r"^outlet:[a-z0-9][a-z0-9-]*$")
HOST = re.compile(r"^[a-z0-9.-]+\.[a-z]{2,}$")
FACTS = {"name", "ownership", "languages", "home", "feed", "country", "publisher"}
GAP_FIELDS = ("home", "languages", "ownership", "feeds")


def load_outlets(folder: Path | None = None) -> list[Record]:
    """Return the registry's records (bundled data unless `folder` is given)."""
    return read_jsonl((folder or data_dir()) / "outlets.jsonl")


@lru_cache(maxsize=1)
def _by_host() -> dict[str, Record]:
    out: dict[str, Record] = {}
    for rec in load_outlets():
        for host in rec.get("hosts") or []:
            out[host] = rec
    return out


def host_of(url: str | None) -> str | None:
    """Return the lower-case host of a URL without a leading 'www.', or None."""
    if not url:
        return None
    try:
        host = (urlsplit(url).hostname or "").lower()
    except ValueError:
        return None
    return host.removeprefix("www.") or None


def outlet_for_url(url: str | None) -> Record | None:
    """Return the registry's outlet whose host (or a parent domain of it) serves `url`, or None."""
    host = host_of(url)
    table = _by_host()
    while host:
        if host in table:
            return table[host]
        _, _, host = host.partition(".")
        if "." not in host:
            return None
    return None


def outlet_label(rec: Record | None) -> dict[str, Any] | None:
    """Return what a page shows about an outlet: id, name, country, ownership and the ownership's source."""
    if rec is None:
        return None
    src = next((s for s in rec.get("sources") or [] if "ownership" in (s.get("facts") or [])), None)
    return {
        "id": rec["id"],
        "name": rec["name"],
        "country": rec.get("country"),
        "ownership": rec.get("ownership"),
        "wire": bool(rec.get("wire")),
        "source": {"url": src.get("url"), "publisher": src.get("publisher"), "quote": src.get("quote")}
        if src
        else None,
    }


def feed_urls(records: list[Record] | None = None) -> list[tuple[str, str]]:
    """Return (feed URL, outlet id) for every confirmed feed in the registry."""
    out: list[tuple[str, str]] = []
    for rec in records if records is not None else load_outlets():
        for feed in rec.get("feeds") or []:
            if feed.get("url"):
                out.append((feed["url"], rec["id"]))
    return out


def check_outlets(records: list[Record], known_ids: set[str]) -> list[tuple[str, str, str]]:
    """Return (level, where, message) for every problem of the registry's records."""
    out: list[tuple[str, str, str]] = []
    seen_ids: set[str] = set()
    seen_hosts: dict[str, str] = {}
    for rec in records:
        where = f"{rec.get('_file', 'outlets.jsonl')}:{rec.get('_line', '?')} {rec.get('id') or ''}".strip()
        rid = str(rec.get("id") or "")
        if not OUTLET_ID.match(rid):
            out.append(("error", where, "malformed outlet id (outlet:slug)"))
        if rid in seen_ids:
            out.append(("error", where, "outlet id defined twice"))
        seen_ids.add(rid)
        if not rec.get("name"):
            out.append(("error", where, "no name"))
        if rec.get("ownership") not in (None, *OWNERSHIP):
            out.append(
                (
                    "error",
                    where,
                    f"unknown ownership {rec.get('ownership')!r} (one of {', '.join(OWNERSHIP)})",
                )
            )
        out.extend(_check_gaps(rec, where))
        country = rec.get("country")
        if country is not None and country not in known_ids:
            out.append(("error", where, f"unknown country {country!r}"))
        home = rec.get("home")
        if home is not None and not str(home).startswith(("http://", "https://")):
            out.append(("error", where, f"home page is not http(s): {home}"))
        if home is None and rec.get("hosts"):
            out.append(
                ("error", where, "hosts without a home page: a host is only known from a sourced home page")
            )
        for host in rec.get("hosts") or []:
            if not HOST.match(host):
                out.append(("error", where, f"malformed host {host!r} (lower case, no scheme, no www.)"))
            elif host in seen_hosts:
                out.append(("error", where, f"host {host} also belongs to {seen_hosts[host]}"))
            seen_hosts[host] = rid
        sources = rec.get("sources") or []
        if not sources:
            out.append(("error", where, "no source"))
        covered: set[str] = set()
        for src in sources:
            out.extend(_check_source(src, where))
            covered |= set(src.get("facts") or [])
        if rec.get("ownership") is not None and "ownership" not in covered:
            out.append(("error", where, "no source states the ownership"))
        if rec.get("languages") and "languages" not in covered:
            out.append(("error", where, "no source states the languages"))
        if home is not None and "home" not in covered:
            out.append(("error", where, "no source states the home page"))
        for feed in rec.get("feeds") or []:
            if not str(feed.get("url") or "").startswith(("http://", "https://")):
                out.append(("error", where, f"feed without an http(s) url: {feed}"))
            if not feed.get("sources"):
                out.append(
                    ("error", where, f"feed {feed.get('url')} has no source: never list an unconfirmed feed")
                )
            for src in feed.get("sources") or []:
                out.extend(_check_source(src, where))
                if "feed" not in (src.get("facts") or []):
                    out.append(
                        ("error", where, f"a source of feed {feed.get('url')} does not state the feed")
                    )
    return out


def _check_gaps(rec: Record, where: str) -> list[tuple[str, str, str]]:
    """A null home, language list or ownership, or an empty feed list, needs a `gaps` entry saying so."""
    out: list[tuple[str, str, str]] = []
    gaps = rec.get("gaps") or {}
    if not isinstance(gaps, dict):
        return [("error", where, "gaps must map a field to the sentence saying why it is unknown")]
    for name in sorted(set(gaps) - set(GAP_FIELDS)):
        out.append(("error", where, f"gap for unknown field {name!r} (one of {', '.join(GAP_FIELDS)})"))
    for name in GAP_FIELDS:
        unknown = not rec.get(name)
        said = isinstance(gaps.get(name), str) and bool(gaps[name].strip())
        if unknown and not said:
            out.append(("error", where, f"{name} unknown without a gap saying so"))
        elif not unknown and name in gaps:
            out.append(("error", where, f"gap noted for {name}, which is set"))
    return out


def _check_source(src: Record, where: str) -> list[tuple[str, str, str]]:
    out: list[tuple[str, str, str]] = []
    if not str(src.get("url") or "").startswith(("http://", "https://")):
        out.append(("error", where, f"source without an http(s) url: {src}"))
    if not src.get("quote"):
        out.append(("error", where, f"source without a quote: {src.get('url')}"))
    elif len(str(src["quote"]).split()) > 30:
        out.append(("warning", where, f"quote over 30 words: {src.get('url')}"))
    unknown = set(src.get("facts") or []) - FACTS
    if not src.get("facts") or unknown:
        out.append(("error", where, f"source facts must be some of {sorted(FACTS)}: {src.get('facts')}"))
    if not src.get("retrieved"):
        out.append(("error", where, f"source without a retrieval date: {src.get('url')}"))
    return out
