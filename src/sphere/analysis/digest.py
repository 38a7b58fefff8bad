"""What changed since a moment: new documents per outlet, new events by type and state, new conflicts in the
claims ledger, figures that moved, and machine-coded (GDELT) events — as data, Markdown or HTML.

`digest(store, since="1d")` returns plain data (the JSON form; `/changes` and `sphere digest` show it):

- `documents`: documents retrieved since then, per outlet of the source registry (matched by URL host), with
  the outlet's ownership, so a reader sees how much came from state media;
- `events`: events read from those documents, counted by PLOVER type and by Central Asian state (a
  participant that is the state, or a place in it);
- `conflicts`: ledger questions whose figures disagree now but did not before these documents (a question
  first asked by two disagreeing new documents counts too), each figure with its source;
- `moved`: questions where a new document reports a figure that agrees with none stated before;
- `coded_events`: GDELT events loaded since then, by PLOVER type and state, marked machine-coded and never
  mixed into the counts above.

`post_digest` sends the JSON to a webhook under the fetch rules (no private address unless allowed).
"""

from __future__ import annotations

import html
import json
import re
from collections import Counter, defaultdict
from datetime import UTC, datetime, timedelta
from typing import Any

import sqlalchemy as sa

from sphere.analysis.ledger import (
    DEFAULT_TOLERANCE,
    LedgerEntry,
    agree,
    claim_rows,
    entry_from_row,
    group_entries,
)
from sphere.kb.outlets import host_of, outlet_for_url, outlet_label
from sphere.store import schema as t
from sphere.store.store import Store

C5 = {
    "country:KAZ": "KAZ",
    "country:KGZ": "KGZ",
    "country:TJK": "TJK",
    "country:TKM": "TKM",
    "country:UZB": "UZB",
}
MACHINE_MARK = "machine-coded (GDELT), not read by Sphere"
_SPAN = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([mhdw])\s*$", re.IGNORECASE)
_UNITS = {"m": "minutes", "h": "hours", "d": "days", "w": "weeks"}


class DigestError(ValueError):
    """A digest cannot be made as asked (e.g. a `since` that is neither a span nor a date)."""


def parse_since(text: str, now: datetime | None = None) -> str:
    """Return the ISO moment `text` names: a span back from now ('1d', '12h', '30m', '2w') or an ISO date/time."""
    now = now or datetime.now(UTC)
    match = _SPAN.match(text)
    if match:
        try:
            moment = now - timedelta(**{_UNITS[match.group(2).lower()]: float(match.group(1))})
        except (OverflowError, ValueError):
            raise DigestError(f"--since {text!r} reaches too far back") from None
    else:
        try:
            moment = datetime.fromisoformat(text.strip())
        except ValueError:
            raise DigestError(
                f"--since {text!r} is neither a span (1d, 12h, 30m, 2w) nor an ISO date (2026-12-01)"
            ) from None
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).replace(microsecond=0).isoformat()


def _new_documents(store: Store, since: str) -> list[dict[str, Any]]:
    d = t.documents
    return store.query(
        sa.select(d.c.id, d.c.url, d.c.source, d.c.title, d.c.site, d.c.retrieved)
        .where(d.c.retrieved >= since)
        .order_by(d.c.retrieved.desc(), d.c.id)
    )


def documents_by_outlet(docs: list[dict[str, Any]], *, sample: int = 5) -> list[dict[str, Any]]:
    """Group new documents by registry outlet (or by host, or 'files' without a URL), most documents first."""
    groups: dict[str, dict[str, Any]] = {}
    for doc in docs:
        outlet = outlet_for_url(doc["url"])
        key = outlet["id"] if outlet else (host_of(doc["url"]) or "files")
        group = groups.setdefault(
            key,
            {
                "key": key,
                "outlet": outlet_label(outlet),
                "host": host_of(doc["url"]),
                "count": 0,
                "documents": [],
            },
        )
        group["count"] += 1
        if len(group["documents"]) < sample:
            group["documents"].append({"id": doc["id"], "title": doc["title"], "url": doc["url"]})
    return sorted(groups.values(), key=lambda g: (-g["count"], g["key"]))


def _events(store: Store, doc_ids: list[str]) -> dict[str, Any]:
    """Count the events read from `doc_ids` by PLOVER type and by C5 state (participant or place)."""
    e, p, ent = t.events, t.event_participants, t.entities
    by_type: Counter[str] = Counter()
    by_state: dict[str, Counter[str]] = defaultdict(Counter)
    total = 0
    for i in range(0, len(doc_ids), 500):
        chunk = doc_ids[i : i + 500]
        rows = store.query(
            sa.select(e.c.id, e.c.type, ent.c.country_id.label("place_country"))
            .select_from(e.outerjoin(ent, e.c.place_id == ent.c.id))
            .where(e.c.document_id.in_(chunk))
        )
        ids = [r["id"] for r in rows]
        parts: dict[str, set[str]] = defaultdict(set)
        for j in range(0, len(ids), 500):
            for r in store.query(
                sa.select(p.c.event_id, p.c.entity_id).where(
                    p.c.event_id.in_(ids[j : j + 500]), p.c.entity_id.in_(list(C5))
                )
            ):
                parts[r["event_id"]].add(C5[r["entity_id"]])
        for r in rows:
            total += 1
            by_type[r["type"]] += 1
            states = set(parts.get(r["id"], set()))
            if r["place_country"] in C5:
                states.add(C5[r["place_country"]])
            for state in states:
                by_state[state][r["type"]] += 1
    return {
        "total": total,
        "by_type": dict(by_type.most_common()),
        "by_state": {s: dict(c.most_common()) for s, c in sorted(by_state.items())},
    }


def _coded(store: Store, since: str) -> dict[str, Any]:
    c = t.coded_events
    rows = store.query(sa.select(c.c.plover_type, c.c.states).where(c.c.loaded >= since))
    by_type: Counter[str] = Counter()
    by_state: dict[str, Counter[str]] = defaultdict(Counter)
    for r in rows:
        ptype = r["plover_type"] or "(no PLOVER type)"
        by_type[ptype] += 1
        for state in filter(None, str(r["states"]).split(",")):
            by_state[state][ptype] += 1
    return {
        "mark": MACHINE_MARK,
        "total": len(rows),
        "by_type": dict(by_type.most_common()),
        "by_state": {s: dict(cnt.most_common()) for s, cnt in sorted(by_state.items())},
    }


def _figure(e: LedgerEntry) -> dict[str, Any]:
    return {
        "value": e.value,
        "unit": e.unit,
        "qualifier": e.qualifier,
        "as_of": e.as_of,
        "origin": e.origin,
        "source": e.source,
        "document_id": e.document_id,
        "quote": e.quote,
        "outlet": outlet_label(outlet_for_url(e.source)),
    }


def ledger_changes(
    store: Store, new_docs: set[str], tolerance: float = DEFAULT_TOLERANCE
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Return (new conflicts, moved figures) caused by the claims of `new_docs`."""
    if not new_docs:
        return [], []
    c = t.claims
    ids = sorted(new_docs)
    attrs: set[str] = set()
    for i in range(0, len(ids), 500):
        attrs |= {
            r["attribute"]
            for r in store.query(
                sa.select(c.c.attribute).where(c.c.document_id.in_(ids[i : i + 500])).distinct()
            )
        }
    if not attrs:
        return [], []
    entries = [
        entry_from_row(r) for r in claim_rows(store, None, None, where=c.c.attribute.in_(sorted(attrs)))
    ]
    now_groups = group_entries(entries, tolerance)
    before = {
        g.key: g for g in group_entries([e for e in entries if e.document_id not in new_docs], tolerance)
    }
    names = _names(store, {g.subject_id for g in now_groups} | {g.object_id for g in now_groups})
    conflicts: list[dict[str, Any]] = []
    moved: list[dict[str, Any]] = []
    for g in now_groups:
        fresh = [e for e in g.entries if e.document_id in new_docs]
        if not fresh:
            continue
        old = before.get(g.key)
        head = {
            "subject": g.subject_id,
            "subject_name": names.get(g.subject_id or ""),
            "attribute": g.attribute,
            "object": g.object_id,
            "object_name": names.get(g.object_id or ""),
            "period": g.period,
            "unit": g.unit,
        }
        if g.conflict and (old is None or not old.conflict):
            conflicts.append(
                {
                    **head,
                    "reason": g.reason,
                    "new": [_figure(e) for e in fresh],
                    "before": [_figure(e) for e in old.entries] if old else [],
                }
            )
        if old is not None:
            shifted = [e for e in fresh if not any(agree(e, o, tolerance) for o in old.entries)]
            if shifted:
                moved.append(
                    {**head, "from": [_figure(e) for e in old.entries], "to": [_figure(e) for e in shifted]}
                )
    return conflicts, moved


def _names(store: Store, ids: set[str | None]) -> dict[str, str]:
    wanted = sorted(i for i in ids if i)
    if not wanted:
        return {}
    rows = store.query(sa.select(t.entities.c.id, t.entities.c.name).where(t.entities.c.id.in_(wanted)))
    return {r["id"]: r["name"] for r in rows}


def digest(store: Store, since: str = "1d", *, now: datetime | None = None) -> dict[str, Any]:
    """Return what changed in the store since `since` (a span such as '1d' or an ISO moment); see the module doc."""
    moment = parse_since(since, now)
    docs = _new_documents(store, moment)
    doc_ids = [d["id"] for d in docs]
    conflicts, moved = ledger_changes(store, set(doc_ids))
    outlets = documents_by_outlet(docs)
    state_media = sum(g["count"] for g in outlets if (g["outlet"] or {}).get("ownership") == "state")
    return {
        "since": moment,
        "until": (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0).isoformat(),
        "documents": {"total": len(docs), "from_state_media": state_media, "by_outlet": outlets},
        "events": _events(store, doc_ids),
        "conflicts": conflicts,
        "moved": moved,
        "coded_events": _coded(store, moment),
    }


def _fig_md(f: dict[str, Any]) -> str:
    owner = (
        f" ({f['outlet']['name']}, {f['outlet']['ownership']} media)"
        if f.get("outlet") and f["outlet"].get("ownership")
        else ""
    )
    q = f" {f['qualifier']}" if f.get("qualifier") else ""
    return f"{q.strip()} {f['value']:,.6g} {f['unit']} — {f.get('source') or f.get('document_id') or 'knowledge base'}{owner}".strip()


def _question(c: dict[str, Any]) -> str:
    subject = c.get("subject_name") or c.get("subject") or "?"
    obj = f" → {c.get('object_name') or c['object']}" if c.get("object") else ""
    period = f" ({c['period']})" if c.get("period") else ""
    return f"{subject}{obj}: {c['attribute'].replace('_', ' ')}{period}"


def to_markdown(d: dict[str, Any]) -> str:
    """Render a digest as Markdown."""
    out = [f"# What changed since {d['since']}", ""]
    docs = d["documents"]
    out += [f"## New documents: {docs['total']} ({docs['from_state_media']} from state media)", ""]
    for g in docs["by_outlet"]:
        o = g["outlet"]
        label = f"{o['name']} ({o['ownership'] or 'ownership unknown'})" if o else g["key"]
        out.append(f"- {label}: {g['count']}")
    ev = d["events"]
    out += ["", f"## New events: {ev['total']}", ""]
    out += [f"- {k}: {v}" for k, v in ev["by_type"].items()]
    for state, types in ev["by_state"].items():
        out.append(f"- {state}: " + ", ".join(f"{k} {v}" for k, v in types.items()))
    out += ["", f"## New conflicts in the ledger: {len(d['conflicts'])}", ""]
    for c in d["conflicts"]:
        out.append(f"- **{_question(c)}** — {c['reason']}")
        out += [f"  - new: {_fig_md(f)}" for f in c["new"]]
        out += [f"  - before: {_fig_md(f)}" for f in c["before"]]
    out += ["", f"## Figures that moved: {len(d['moved'])}", ""]
    for m in d["moved"]:
        out.append(f"- **{_question(m)}**")
        out += [f"  - from: {_fig_md(f)}" for f in m["from"]]
        out += [f"  - to: {_fig_md(f)}" for f in m["to"]]
    ce = d["coded_events"]
    out += ["", f"## Machine-coded events: {ce['total']} — {ce['mark']}", ""]
    out += [f"- {k}: {v}" for k, v in ce["by_type"].items()]
    for state, types in ce["by_state"].items():
        out.append(f"- {state}: " + ", ".join(f"{k} {v}" for k, v in types.items()))
    return "\n".join(out) + "\n"


def to_html(d: dict[str, Any]) -> str:
    """Render a digest as a standalone HTML page (every value escaped)."""
    lines = to_markdown(d).splitlines()
    body: list[str] = []
    in_list = 0
    for line in lines:
        depth = 2 if line.startswith("  - ") else 1 if line.startswith("- ") else 0
        while in_list > depth:
            body.append("</ul>")
            in_list -= 1
        while in_list < depth:
            body.append("<ul>")
            in_list += 1
        text = html.escape(line.lstrip(" -#"))
        text = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", text)
        if line.startswith("# "):
            body.append(f"<h1>{text}</h1>")
        elif line.startswith("## "):
            body.append(f"<h2>{text}</h2>")
        elif depth:
            body.append(f"<li>{text}</li>")
    body.extend("</ul>" for _ in range(in_list))
    title = html.escape(f"Sphere: what changed since {d['since']}")
    return f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{title}</title></head><body>{"".join(body)}</body></html>\n'


def post_digest(
    d: dict[str, Any], url: str | None = None, *, allow_private: bool = False, timeout: float = 20.0
) -> int:
    """POST the digest as JSON to `url` (default: the `webhook_url` setting) under the fetch rules; return the status."""
    import httpx

    from sphere import settings
    from sphere.ingest.fetch import FetchError, _pinned_request

    target = url or settings.get("webhook_url")
    if not target:
        raise FetchError("no webhook URL: set SPHERE_WEBHOOK_URL or pass one", code="bad_url")
    pinned, headers, extensions = _pinned_request(target, allow_private=allow_private, allowed=frozenset())
    body = json.dumps(d, ensure_ascii=False, default=str).encode("utf-8")
    try:
        with httpx.Client(timeout=httpx.Timeout(timeout), follow_redirects=False) as client:
            response = client.post(
                pinned,
                content=body,
                headers={**headers, "Content-Type": "application/json", "User-Agent": "Sphere digest"},
                extensions=extensions,
            )
    except httpx.HTTPError as exc:
        raise FetchError(
            f"cannot POST the digest to {target}: {exc}", source=target, code="http_error"
        ) from None
    if response.status_code >= 400:
        raise FetchError(f"{target} answered HTTP {response.status_code}", source=target, code="http_status")
    return response.status_code
