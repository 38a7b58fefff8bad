"""The records the influence index is computed from, read from the store once into memory.

Indicators (datasets of record and the knowledge base's curated figures, told apart by `of_record`), the
knowledge base's events and memberships; never the claims read from documents. Each record keeps the id of the row it came from and its source, so that every component of the index can
be explained by listing the records behind it. Stored documents are not read one by one: `attention()`
counts in SQL the documents that mention each state and power per year, and reads only the newest few
events read from documents that involve both a state and a power (and the count of all of them).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

import sqlalchemy as sa

from sphere.analysis.index_fx import RATES, in_usd, rates_by_currency
from sphere.store import schema as t
from sphere.store.store import Row, Store

Weights = dict[str, Any]


def default_weights() -> Weights:
    """Return the bundled default weights (`kb/data/index_weights.json`)."""
    text = (resources.files("sphere.kb") / "data" / "index_weights.json").read_text(encoding="utf-8")
    data: Weights = json.loads(text)
    return data


def merge_weights(base: Weights, override: Weights) -> Weights:
    """Return `base` with the keys of `override` replaced (nested dicts merged one level deep)."""
    out = dict(base)
    for key, value in override.items():
        out[key] = (
            {**out[key], **value} if isinstance(value, dict) and isinstance(out.get(key), dict) else value
        )
    return out


@dataclass
class Attention:
    """What stored documents say about states and powers, per year (the attention dimension's inputs)."""

    docs: dict[tuple[str, int], int] = field(default_factory=dict)  # (state, year) -> documents
    both: dict[tuple[str, str, int], int] = field(default_factory=dict)  # (state, power, year) -> documents
    # (state, power, year) -> the newest events read from documents with the state and the power among their
    # actors and recipients (at most `EVENTS_PER_CELL`, oldest first), and how many there are in all
    events: dict[tuple[str, str, int], list[Row]] = field(default_factory=dict)
    n_events: dict[tuple[str, str, int], int] = field(default_factory=dict)


WORLD = ("world:total", "world")
BREAKDOWNS = ("diplomatic_posts",)
# the indicators the index reads (the rest of the table, e.g. the other WDI series, stays in the store)
USED = (
    "exports",
    "imports",
    "trade_total",
    "api_trade",
    "dev_finance_total",
    "dev_finance",
    "cgit_investment",
    "cgit_construction",
    "remittances_from",
    "migrants_in",
    "arms_tiv",
    "military_bases",
    "alliance",
    "diplomatic_posts",
    "shared_igos",
    "unga_agreement",
    *(
        f"wdi:{code}"
        for code in (
            "TX.VAL.MRCH.CD.WT",
            "TM.VAL.MRCH.CD.WT",
            "BX.KLT.DINV.CD.WD",
            "DT.ODA.ODAT.CD",
            "BX.TRF.PWKR.CD.DT",
            "NY.GDP.MKTP.CD",
        )
    ),
)


@dataclass
class IndexInputs:
    """Everything the index reads, indexed for fast lookup.

    `indicators` are the rows of the `indicators` table with their source attached (`src`) and `of_record`:
    True when the source is a dataset (a table a statistics office, the World Bank, SIPRI … published), False
    for a figure curated into the knowledge base from a cited page. Document-extracted claims are never read.
    """

    indicators: list[Row] = field(default_factory=list)
    events: list[Row] = field(default_factory=list)  # knowledge-base events, with actors and recipients
    memberships: list[Row] = field(default_factory=list)
    names: dict[str, str] = field(default_factory=dict)
    eu_members: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)  # id -> (start, end)
    sources: dict[str, Row] = field(default_factory=dict)  # the sources the records cite
    store: Store | None = None  # where `attention()` reads documents from (None: no documents)
    by_key: dict[tuple[str, str], list[Row]] = field(default_factory=dict)  # (indicator, reporter) -> rows
    by_year: dict[tuple[str, str, int], list[Row]] = field(default_factory=dict)
    seen: dict[tuple[str, int], set[str]] = field(default_factory=dict)  # (indicator, year) -> partners
    # indicator -> (first, last year) of its data of record
    years_of: dict[str, tuple[int, int]] = field(default_factory=dict)
    _attention: dict[tuple[tuple[str, ...], tuple[str, ...]], Attention] = field(default_factory=dict)
    _partners: dict[str, set[str]] = field(default_factory=dict)
    cache: dict[Any, Any] = field(default_factory=dict)  # per-year lookups the dimensions build once
    fx: dict[tuple[str, int], Row] = field(
        default_factory=dict
    )  # (currency, year) -> USD per unit (index_fx)

    def active_memberships(self, year: int) -> dict[tuple[str, str], list[Row]]:
        """Return the memberships in force in a year, by (member, organisation)."""
        key = ("memberships", year)
        if key not in self.cache:
            out: dict[tuple[str, str], list[Row]] = {}
            for m in self.memberships:
                if _active(m["start"], m["end"], year):
                    out.setdefault((m["member_id"], m["org_id"]), []).append(m)
            self.cache[key] = out
        found: dict[tuple[str, str], list[Row]] = self.cache[key]
        return found

    def trade_partners(self, reporter: str, flows: tuple[str, ...]) -> set[str]:
        """Return every partner with a trade figure of the state (any year, any statistics)."""
        key = ("trade_partners", reporter, flows)
        if key not in self.cache:
            self.cache[key] = {r["partner_id"] for f in flows for r in self.rows(f, reporter)}
        found: set[str] = self.cache[key]
        return found

    def index_indicators(self) -> None:
        """Build the lookups over `indicators` (called once after loading)."""
        self.by_key, self.by_year, self.seen, self.years_of = {}, {}, {}, {}
        for r in self.indicators:
            self.by_key.setdefault((r["indicator"], r["reporter_id"]), []).append(r)
            self.by_year.setdefault((r["indicator"], r["reporter_id"], r["year"]), []).append(r)
            if not r.get("of_record"):
                continue
            self.seen.setdefault((r["indicator"], r["year"]), set()).add(r["partner_id"])
            first, last = self.years_of.get(r["indicator"], (r["year"], r["year"]))
            self.years_of[r["indicator"]] = (min(first, r["year"]), max(last, r["year"]))

    def rows(self, indicator: str, reporter: str) -> list[Row]:
        """Return every row of one indicator for one reporting state."""
        return self.by_key.get((indicator, reporter), [])

    def partners_of(self, indicator: str) -> set[str]:
        """Return every partner an indicator's data of record name (in any state and year)."""
        if indicator not in self._partners:
            self._partners[indicator] = {
                p for (ind, _), ps in self.seen.items() if ind == indicator for p in ps
            }
        return self._partners[indicator]

    def years_with(self, indicator: str, reporter: str) -> list[int]:
        """Return the years (newest first) in which an indicator has rows for a state."""
        key = ("years", indicator, reporter)
        if key not in self.cache:
            self.cache[key] = sorted({r["year"] for r in self.rows(indicator, reporter)}, reverse=True)
        found: list[int] = self.cache[key]
        return found

    def in_usd(self, row: Row) -> Row | None:
        """Return an indicator row in US dollars (converted at its year's stored rate), or None if it cannot be."""
        return in_usd(row, self.fx, self.cache)

    def rows_in(self, indicator: str, reporter: str, year: int) -> list[Row]:
        """Return the rows of one indicator for one reporting state and year."""
        return self.by_year.get((indicator, reporter, year), [])

    def value(self, indicator: str, reporter: str, partner: str | tuple[str, ...], year: int) -> Row | None:
        """Return the row of an indicator for a reporter, partner (or any of several ids) and year, if any
        (data of record before curated figures)."""
        partners = (partner,) if isinstance(partner, str) else partner
        found = [r for r in self.rows_in(indicator, reporter, year) if r["partner_id"] in partners]
        found.sort(key=lambda r: (not r["of_record"], r["id"]))
        return found[0] if found else None

    def wdi(self, code: str, reporter: str, year: int) -> Row | None:
        """Return the World Bank WDI row of a series for a state and year (partner: the world)."""
        return self.value(f"wdi:{code}", reporter, WORLD, year)

    def attention(self, states: list[str], powers: list[str]) -> Attention:
        """Return the document counts and read events for these states and powers (read once, then kept)."""
        key = (tuple(sorted(states)), tuple(sorted(powers)))
        if key not in self._attention:
            att = Attention() if self.store is None else load_attention(self.store, states, powers)
            for ev in (ev for evs in att.events.values() for ev in evs if ev["source_id"]):
                self.sources.setdefault(
                    ev["source_id"],
                    {
                        "id": ev["source_id"],
                        "url": ev["source_url"],
                        "dataset": ev["source_dataset"],
                        "title": ev["source_title"],
                    },
                )
            self._attention[key] = att
        return self._attention[key]

    def load_sources(self, ids: Iterable[str | None]) -> None:
        """Read the sources (URL, dataset, title, publisher, licence) of the given ids not known yet."""
        wanted = sorted({i for i in ids if i and i not in self.sources})
        if self.store is None:
            return
        s = t.sources
        cols = (s.c.id, s.c.kind, s.c.url, s.c.dataset, s.c.title, s.c.publisher, s.c.license)
        for i in range(0, len(wanted), 500):
            chunk = wanted[i : i + 500]
            for r in self.store.query(sa.select(*cols).where(s.c.id.in_(chunk))):
                self.sources[r["id"]] = r


def _year(value: Any) -> int | None:
    text = str(value or "")[:4]
    return int(text) if text.isdigit() else None


def _active(start: Any, end: Any, year: int) -> bool:
    s, e = _year(start), _year(end)
    return (s is None or s <= year) and (e is None or e >= year)


_EVENT_COLUMNS = (
    "id",
    "type",
    "mode",
    "date",
    "title",
    "status",
    "origin",
    "document_id",
    "source_id",
    "quote",
)


def _events(store: Store, where: sa.ColumnElement[bool], who: set[str] | None = None) -> list[Row]:
    """Return the events matching `where` (by date) with their year, actors and recipients (only those in
    `who` when given) and their source's URL, dataset and title, in one query."""
    e, p, s = t.events, t.event_participants, t.sources
    on = p.c.event_id == e.c.id
    if who is not None:
        on = sa.and_(on, p.c.entity_id.in_(sorted(who)))
    rows: dict[str, Row] = {}
    for r in store.query(
        sa.select(
            *(e.c[c] for c in _EVENT_COLUMNS),
            p.c.entity_id.label("who"),
            p.c.role.label("as"),
            s.c.url.label("source_url"),
            s.c.dataset.label("source_dataset"),
            s.c.title.label("source_title"),
        )
        .select_from(e.outerjoin(p, on).outerjoin(s, s.c.id == e.c.source_id))
        .where(where)
        .order_by(e.c.id, p.c.role, p.c.entity_id)
    ):
        ev = rows.get(r["id"])
        if ev is None:
            ev = rows[r["id"]] = {c: r[c] for c in _EVENT_COLUMNS}
            ev.update(actors=[], recipients=[], year=_year(r["date"]))
            ev.update(
                source_url=r["source_url"], source_dataset=r["source_dataset"], source_title=r["source_title"]
            )
        if r["as"] in ("actor", "recipient"):
            ev[r["as"] + "s"].append(r["who"])
    return sorted(rows.values(), key=lambda r: (r["date"] is None, r["date"] or "", r["id"]))


# dyadic datasets that list many partners besides the powers: only the powers' rows are read
POWERS_ONLY = ("unga_agreement", "alliance", "shared_igos")


def load_inputs(
    store: Store, *, states: Iterable[str] | None = None, powers: Iterable[str] | None = None
) -> IndexInputs:
    """Read indicators (with their sources), knowledge-base events and memberships from the store.

    Indicators are read for the given states (default: the weights file's, plus any given) and, for dyadic
    datasets with many partners, only for the given powers; the index can then be computed for any of them.
    """
    w = default_weights()
    state_ids = sorted({*w["states"], *(states or [])})
    power_ids = sorted({*w["powers"], *(powers or [])})
    inp = IndexInputs(store=store)
    inp.names = {r["id"]: r["name"] for r in store.query(sa.select(t.entities.c.id, t.entities.c.name))}
    i = t.indicators
    rows = store.query(
        sa.select(
            i.c.id,
            i.c.indicator,
            i.c.reporter_id,
            i.c.partner_id,
            i.c.year,
            i.c.value,
            i.c.unit,
            i.c.statistics_of,
            i.c.statistics,
            i.c.source_id,
            i.c.flow_class,
            i.c.field,
            i.c.quote,
            *([i.c["dataset"]] if "dataset" in i.c else []),
        )
        .where(
            i.c.indicator.in_(USED),
            i.c.reporter_id.in_(state_ids),
            sa.or_(i.c.indicator.not_in(POWERS_ONLY), i.c.partner_id.in_(power_ids)),
        )
        .order_by(i.c.id)
    )
    # a dataset's breakdowns (posts by type, finance by flow class) are left out: their totals are stored
    rows = [r for r in rows if r["indicator"] not in BREAKDOWNS or r["flow_class"] in (None, "all", "")]
    inp.indicators = rows
    fx_rows = store.query(
        sa.select(i.c.id, i.c.indicator, i.c.year, i.c.value, i.c.unit, i.c.statistics, i.c.source_id).where(
            i.c.indicator.in_(sorted(RATES))
        )
    )
    inp.events = _events(store, t.events.c.origin == "kb")
    inp.memberships = store.query(sa.select(t.memberships))
    for m in inp.memberships:
        full = m.get("role") in (None, "member", "founding_member")  # not candidates or partners
        if m["org_id"] == "org:eu" and m["member_id"].startswith("country:") and full:
            inp.eu_members[m["member_id"]] = (m["start"], m["end"])
    inp.load_sources(
        r.get("source_id") for group in (rows, inp.events, inp.memberships, fx_rows) for r in group
    )
    for r in fx_rows:
        r["src"] = inp.sources.get(r["source_id"] or "") or {}
    inp.fx = rates_by_currency(fx_rows)
    for r in rows:
        src = inp.sources.get(r["source_id"] or "") or {}
        r["src"] = src
        r["of_record"] = bool(r.get("dataset") or src.get("kind") == "dataset")
    inp.index_indicators()
    return inp


# the events read from documents listed as records behind one attention component (the newest; the count of
# all of them is kept): a state's attention at a million documents rests on thousands of them
EVENTS_PER_CELL = 25
# PostgreSQL's memory for the attention counts' hash of one entry per document (about 360 MB at a million)
ATTENTION_WORK_MEM = "512MB"
_LISTED = ("actor", "recipient")


def _year_of(column: sa.ColumnElement[Any]) -> sa.ColumnElement[Any]:
    return sa.func.substr(column, 1, 4)


def load_attention(
    store: Store, states: list[str], powers: list[str], *, per_cell: int = EVENTS_PER_CELL
) -> Attention:
    """Count per year the documents that mention each state, and each state with each power, and read the
    newest `per_cell` events read from documents with a state and a power among their actors and recipients
    (per state, power and year; `Attention.n_events` counts them all).

    Everything is aggregated in the database: the work done in Python depends on the number of states,
    powers and years, never on the number of documents."""
    att = Attention()
    state_set, power_set = set(states), set(powers)
    if not state_set:
        return att
    m, d = t.mentions, t.documents
    ents = sorted(state_set | power_set)
    # one row per document: which of the states and powers it names (a flag each), then the documents counted
    # per year and combination of flags; a few thousand rows come back, whatever the number of documents
    per_doc = (
        sa.select(
            m.c.document_id,
            *(
                sa.func.max(sa.case((m.c.entity_id == e, 1), else_=0)).label(f"f{i}")
                for i, e in enumerate(ents)
            ),
        )
        .where(m.c.entity_id.in_(ents))
        .group_by(m.c.document_id)
        .subquery("per_doc")
    )
    year = _year_of(d.c.published).label("year")
    flags = [per_doc.c[f"f{i}"] for i in range(len(ents))]
    stmt = (
        sa.select(year, *flags, sa.func.count().label("n"))
        .select_from(per_doc.join(d, d.c.id == per_doc.c.document_id))
        .group_by(year, *flags)
    )
    with store.engine.begin() as conn:
        if conn.dialect.name == "postgresql":  # a hash entry per document, a sort of the events: in memory
            conn.exec_driver_sql(f"SET LOCAL work_mem = '{ATTENTION_WORK_MEM}'")
        for y, *named, n in conn.execute(stmt):
            if (yr := _year(y)) is None:
                continue
            names = {e for e, flag in zip(ents, named, strict=True) if flag}
            for state in names & state_set:
                att.docs[(state, yr)] = att.docs.get((state, yr), 0) + int(n)
                for power in names & power_set:
                    att.both[(state, power, yr)] = att.both.get((state, power, yr), 0) + int(n)
        _load_read_events(conn, att, state_set, power_set, per_cell)
    return att


def _load_read_events(
    conn: sa.Connection, att: Attention, state_set: set[str], power_set: set[str], per_cell: int
) -> None:
    """Fill `att.events` with the newest read events of each state, power and year, and `att.n_events`."""
    e, p, s = t.events, t.event_participants, t.sources

    def who(ids: set[str], alias: str) -> sa.Subquery:  # one row per event and state or power listed in it
        return (
            sa.select(p.c.event_id, p.c.entity_id)
            .where(p.c.entity_id.in_(sorted(ids or {""})), p.c.role.in_(_LISTED))
            .distinct()
            .subquery(alias)
        )

    st, pw = who(state_set, "st"), who(power_set, "pw")
    year = _year_of(e.c.date)
    cell = (st.c.entity_id, pw.c.entity_id, year)
    ranked = (
        sa.select(
            st.c.entity_id.label("state"),
            pw.c.entity_id.label("power"),
            e.c.id,
            sa.func.row_number()
            .over(partition_by=cell, order_by=(e.c.date.desc(), e.c.id.desc()))
            .label("newest"),
            sa.func.count().over(partition_by=cell).label("n"),
        )
        .select_from(st.join(pw, pw.c.event_id == st.c.event_id).join(e, e.c.id == st.c.event_id))
        .where(
            e.c.origin != "kb",
            e.c.date.is_not(None),
        )
        .subquery("ranked")
    )
    stmt = (
        sa.select(
            ranked.c.state,
            ranked.c.power,
            ranked.c.n,
            *(e.c[c] for c in _EVENT_COLUMNS),
            s.c.url.label("source_url"),
            s.c.dataset.label("source_dataset"),
            s.c.title.label("source_title"),
        )
        .select_from(ranked.join(e, e.c.id == ranked.c.id).outerjoin(s, s.c.id == e.c.source_id))
        .where(ranked.c.newest <= per_cell)
        .order_by(e.c.date, e.c.id)
    )
    for r in (dict(row) for row in conn.execute(stmt).mappings()):
        if (yr := _year(r["date"])) is None:
            continue
        state, power, n = r.pop("state"), r.pop("power"), int(r.pop("n"))
        att.n_events[(state, power, yr)] = n
        att.events.setdefault((state, power, yr), []).append({**r, "year": yr})


def source_of(inp: IndexInputs, source_id: str | None) -> str | None:
    """Return the URL or dataset name of a source id."""
    src = inp.sources.get(source_id or "")
    return (src.get("url") or src.get("dataset")) if src else None
