"""Document pages: search, one document, the claims ledger, story clusters, and Read (analyse an article).

Read is the one write endpoint: it needs the server's token (form field `token`, or `Authorization: Bearer`
on the API) and can also store what it read.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Depends, FastAPI, Form, HTTPException, Path, Query, Request
from fastapi.responses import Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from fastapi.templating import Jinja2Templates
from pydantic import BaseModel, Field

from sphere.analysis.check import check, check_events
from sphere.analysis.format import event_title
from sphere.analysis.standing import check_document
from sphere.kb.outlets import outlet_for_url, outlet_label
from sphere.read.errors import ReadError
from sphere.store.documents import document_facets, search_documents, store_reading
from sphere.web import queries as q
from sphere.web.context import JSON, Ctx, CtxDep, Page, entity_param, get_ctx, not_found
from sphere.web.pages_kb import group_json, ledger, ledger_groups

PAGE_SIZE = 50
DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"
MAX_TEXT = 1_000_000


def documents(
    ctx: CtxDep,
    q_: Annotated[str | None, Query(alias="q", max_length=200, description="Full-text query")] = None,
    language: Annotated[str | None, Query(max_length=8)] = None,
    site: Annotated[str | None, Query(max_length=200, description="Outlet")] = None,
    entity: Annotated[
        str | None, Query(max_length=200, description="Only documents mentioning this entity: name or id")
    ] = None,
    since: Annotated[
        str | None, Query(pattern=DATE, description="Published on or after (YYYY[-MM[-DD]])")
    ] = None,
    until: Annotated[
        str | None, Query(pattern=DATE, description="Published on or before (YYYY[-MM[-DD]])")
    ] = None,
    page: Annotated[int, Query(ge=1, le=1000)] = 1,
) -> dict[str, Any]:
    """Search stored documents by full text and filter by date, outlet, language and entity."""
    until_end = until + "-99" if until and len(until) < 10 else until  # a month or year includes all its days
    eid = entity_param(ctx, entity) if entity else None
    filters = {
        "language": language or None,
        "site": site or None,
        "entity": eid or (entity or None),
        "since": since or None,
        "until": until_end or None,
    }
    rows = search_documents(
        ctx.store, q_ or None, **filters, limit=PAGE_SIZE + 1, offset=(page - 1) * PAGE_SIZE
    )
    ent = q.names(ctx.store, [eid]) if eid else {}
    unfiltered = not any(filters.values()) and not q_
    return {
        "query": {
            "q": q_,
            "language": language,
            "site": site,
            "entity": eid or entity,
            "entity_name": ent.get(eid or ""),
            "since": since,
            "until": until,
            "page": page,
        },
        "results": rows[:PAGE_SIZE],
        "more": len(rows) > PAGE_SIZE,
        "facets": ctx.cache.get("facets", lambda: q.facets(ctx.store))
        if unfiltered
        else document_facets(ctx.store, q_ or None, **filters),
    }


def document(ctx: CtxDep, doc_id: Annotated[str, Path(min_length=1, max_length=64)]) -> dict[str, Any]:
    """One document: its cleaned text with the entities, events and claims read from it (offsets into the text)."""
    doc = q.document(ctx.store, doc_id)
    if doc is None:
        raise not_found(f"document {doc_id!r}")
    standing = check_document(ctx.store, doc["id"])
    kb_ids = sorted({m["id"] for ms in standing["events"].values() for m in ms})
    kb_events = {r["id"]: r for r in q.events_by_id(ctx.store, kb_ids)} if kb_ids else {}
    for e in doc["events"]:
        e["title"] = event_title({**e, "place_name": e.get("place_name")})
        e["reports"] = [
            {"id": m["id"], "title": event_title(kb_events.get(m["id"]) or m)}
            for m in standing["events"].get(e["id"], [])
        ]
    for c in doc["claims"]:
        c["standing"] = standing["claims"].get(c["id"])
    return {
        "document": doc,
        "outlet": outlet_label(outlet_for_url(doc.get("url"))),
        "contradicted": sum(
            1
            for c in doc["claims"]
            if c["standing"] and c["standing"]["verdict"] in ("contradicted", "disputed")
        ),
    }


def claims(
    ctx: CtxDep,
    subject: Annotated[
        str | None, Query(max_length=200, description="Only claims about this entity: name, alias or id")
    ] = None,
    attribute: Annotated[str | None, Query(max_length=32)] = None,
    conflicts: Annotated[bool, Query(description="Only groups whose figures cannot all be right")] = False,
    page: Annotated[int, Query(ge=1, le=1000)] = 1,
) -> dict[str, Any]:
    """The claims ledger: every figure reported for the same question side by side, conflicts first."""
    sid = entity_param(ctx, subject) if subject else None
    groups = ledger_groups(ctx, sid or subject or None)
    if attribute:
        groups = [g for g in groups if g.attribute == attribute]
    if conflicts:
        groups = [g for g in groups if g.conflict]
    start = (page - 1) * PAGE_SIZE
    shown = group_json(ctx, groups[start : start + PAGE_SIZE])
    ids = {x for g in shown for x in (g["subject"], g["object"])} | {
        e["subject_id"] for g in shown for e in g["entries"]
    }
    return {
        "query": {
            "subject": subject,
            "subject_id": sid,
            "attribute": attribute,
            "conflicts": conflicts,
            "page": page,
        },
        "total": len(groups),
        "conflicts": sum(1 for g in groups if g.conflict),
        "groups": shown,
        "more": len(groups) > start + PAGE_SIZE,
        "names": q.names(ctx.store, {i for i in ids if i} | {sid or ""}),
        "attributes": ledger(ctx)["attributes"],
    }


def clusters(ctx: CtxDep) -> dict[str, Any]:
    """Story clusters: documents that tell the same story, largest first (empty until clustering has run)."""
    return {"clusters": ctx.cache.get("clusters", lambda: q.clusters(ctx.store))}


def read_form(ctx: CtxDep) -> dict[str, Any]:
    """The Read form: whether this server accepts articles (it needs a token)."""
    return {"writable": ctx.token is not None, "result": None, "error": None}


class ReadRequest(BaseModel):
    """An article to analyse: pasted text or a URL to fetch (exactly one), and whether to store it."""

    text: str | None = Field(default=None, max_length=MAX_TEXT)
    url: str | None = Field(default=None, max_length=2000, pattern=r"^https?://")
    store: bool = False


def analyse(ctx: Ctx, text: str | None, url: str | None, store_it: bool) -> dict[str, Any]:
    """Read an article (text or URL), check its claims against the store and optionally store it."""
    from sphere.read.reader import read_bytes, read_text

    if bool(text and text.strip()) == bool(url):
        raise HTTPException(422, "give either the text of an article or a URL, not both")
    try:
        if url:
            from sphere.ingest.fetch import fetch

            fetched = fetch(url)
            reading = read_bytes(fetched.body, url, url=fetched.url, content_type=fetched.content_type)
        else:
            reading = read_text(text or "", "pasted text")
    except ReadError as exc:
        raise HTTPException(422, f"could not read this article: {exc}") from None
    verdicts = check(ctx.store, reading)
    event_verdicts = check_events(ctx.store, reading)
    data = reading.to_json()
    ids = (
        {e["id"] for e in data["entities"]}
        | {c["subject"] or "" for c in data["claims"]}
        | {c["object"] or "" for c in data["claims"]}
    )
    known = q.names(ctx.store, ids)
    stored = False
    if store_it:
        with ctx.store.transaction() as conn:
            stored = store_reading(conn, reading)
        ctx.cache.clear()
    return {
        "reading": data,
        "known": known,
        "verdicts": [v.__dict__ for v in verdicts],
        "event_verdicts": [v.__dict__ for v in event_verdicts],
        "contradicted": sum(v.verdict in ("contradicted", "disputed") for v in verdicts),
        "stored": stored,
        "document_id": reading.document.id,
    }


bearer = HTTPBearer(auto_error=False, description="The token the server was started with")


def register_read(app: FastAPI, tpl: Jinja2Templates) -> None:
    """Add the write routes of Read: the form post (HTML) and `POST /api/read` (JSON)."""

    @app.post(
        "/api/read",
        tags=["write"],
        summary="Read an article and check its claims (needs the token)",
        response_class=JSON,
        operation_id="post_read",
        responses={
            401: {"description": "No or wrong token"},
            403: {"description": "Server is read-only"},
            413: {"description": "Body too large"},
            422: {"description": "Unreadable input"},
        },
    )
    def api_read(
        body: ReadRequest,
        ctx: CtxDep,
        auth: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)] = None,
    ) -> JSON:
        """Analyse pasted text or a fetched URL: entities linked to the knowledge base, events, claims and the
        verdict of the ledger on each claim."""
        _authorise(ctx, auth.credentials if auth else None)
        return JSON(analyse(ctx, body.text, body.url, body.store))

    @app.post("/read", include_in_schema=False)
    def form_read(
        request: Request,
        text: Annotated[str, Form(max_length=MAX_TEXT)] = "",
        url: Annotated[str, Form(max_length=2000)] = "",
        token: Annotated[str, Form(max_length=500)] = "",
        store: Annotated[str, Form(max_length=10)] = "",
        ctx: Ctx = Depends(get_ctx),  # noqa: B008
    ) -> Response:
        data: dict[str, Any] = {
            "writable": ctx.token is not None,
            "result": None,
            "error": None,
            "text": text,
            "url": url,
        }
        status = 200
        try:
            _authorise(ctx, token)
            if url and not url.startswith(("http://", "https://")):
                raise HTTPException(422, "the URL must start with http:// or https://")
            data["result"] = analyse(ctx, text or None, url or None, store == "1")
        except HTTPException as exc:
            data["error"], status = exc.detail, exc.status_code
        page = next(p for p in PAGES if p.path == "/read")
        return tpl.TemplateResponse(
            request,
            "read.html",
            {"data": data, "page": page, "query": request.query_params},
            status_code=status,
        )


def _authorise(ctx: Ctx, given: str | None) -> None:
    if ctx.token is None:
        raise HTTPException(
            403, "this explorer is read-only: start it with a token (SPHERE_TOKEN or --token)"
        )
    if not ctx.can_write(given):
        raise HTTPException(
            401, "a valid token is needed to read articles", headers={"WWW-Authenticate": "Bearer"}
        )


def _document_rows(data: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        {k: d.get(k) for k in ("id", "title", "url", "site", "published", "language")}
        for d in data["results"]
    ]


def _claim_rows(data: dict[str, Any]) -> list[dict[str, Any]]:
    names: dict[str, str] = data["names"]
    return [
        {
            "subject": names.get(g["subject"] or "", g["subject"] or ""),
            "attribute": g["attribute"],
            "object": names.get(g["object"] or "", g["object"] or ""),
            "period": g["period"] or "",
            "conflict": g["conflict"],
            "reported_by": names.get(e["subject_id"] or "", "") if g["attribute"] == "trade_rank" else "",
            "value": e["value"],
            "unit": e["unit"],
            "qualifier": e["qualifier"] or "",
            "as_of": e["as_of"] or "",
            "origin": e["origin"],
            "source": e["source"] or "",
            "document_id": e["document_id"] or "",
            "quote": e["quote"] or "",
        }
        for g in data["groups"]
        for e in g["entries"]
    ]


def _cluster_rows(data: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        {
            "cluster": n + 1,
            "documents_in_cluster": c["n"],
            "document_id": d["id"],
            "title": d["title"] or "",
            "site": d["site"] or "",
            "published": d["published"] or "",
        }
        for n, c in enumerate(data["clusters"])
        for d in c["documents"]
    ]


PAGES = [
    Page(
        "/documents",
        "documents.html",
        documents,
        "Search stored documents",
        "pages",
        "Documents",
        csv=_document_rows,
    ),
    Page(
        "/document/{doc_id}",
        "document.html",
        document,
        "One stored document with what was read from it",
        "pages",
    ),
    Page(
        "/claims",
        "claims.html",
        claims,
        "The claims ledger with conflicts",
        "pages",
        "Claims",
        csv=_claim_rows,
    ),
    Page("/clusters", "clusters.html", clusters, "Story clusters", "pages", "Clusters", csv=_cluster_rows),
    Page("/read", "read.html", read_form, "Whether this server accepts articles to read", "pages", "Read"),
]
