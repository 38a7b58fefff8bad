"""The explorer: a FastAPI app over one store, every page an HTML view and a JSON twin of one handler.

`create_app(db_url)` builds the app; `serve(db_url)` runs it with uvicorn on 127.0.0.1 by default. Each page
handler returns a dict; `GET /x` renders it with a Jinja2 template and `GET /api/x` returns it as JSON, so
the two cannot drift, and only the `/api` routes appear in the OpenAPI description (`/api/openapi.json`).
The explorer is read-only unless started with a token (`SPHERE_TOKEN` or `--token`); write endpoints
(reading or storing an article) require it.
"""

from __future__ import annotations

import inspect
import logging
import threading
import typing
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import quote

import sqlalchemy as sa
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.trustedhost import TrustedHostMiddleware

from sphere import settings
from sphere.analysis import format as fmt
from sphere.store import Store
from sphere.store import schema as t
from sphere.web import pages_changes, pages_docs, pages_find, pages_index, pages_kb, svg
from sphere.web.cache import Cache
from sphere.web.context import JSON, Ctx, Page
from sphere.web.highlight import highlight
from sphere.web.security import BodyLimit, SecurityHeaders

log = logging.getLogger("sphere.web")
WEB = Path(str(resources.files("sphere.web")))
MAX_BODY = 2 * 1024 * 1024
BACKGROUND_FROM = 5000  # documents above which whole-store results are recomputed in a background thread
PAGES: list[Page] = [
    *pages_kb.PAGES,
    *pages_find.PAGES,
    *pages_docs.PAGES,
    *pages_index.PAGES,
    *pages_changes.PAGES,
]
LOOPBACK_HOSTS = ["127.0.0.1", "localhost", "::1", "[::1]", "testserver"]


def templates() -> Jinja2Templates:
    """Return the Jinja2 environment with the SVG helpers and filters the templates use."""
    tpl = Jinja2Templates(directory=str(WEB / "templates"))
    env = tpl.env
    env.autoescape = True
    env.globals.update(
        map_svg=svg.map_svg,
        map_legend=svg.map_legend,
        line_chart=svg.line_chart,
        bar_chart=svg.bar_chart,
        heat_map=svg.heat_map,
        heat_legend=svg.heat_legend,
        colour=svg.colour,
        money=fmt.money,
        figure=fmt.figure,
        number=fmt.number,
        date_range=fmt.date_range,
        plural=fmt.plural,
        score=fmt.score,
        event_title=_event_title,
        nav=[p for p in PAGES if p.nav],
        PAGE_SIZE=pages_docs.PAGE_SIZE,
        highlight=highlight,
        pct=_pct,
        explain_link=_explain_link,
        name_of=fmt.fallback_name,  # replaced by a store lookup in create_app
    )
    env.filters["money"] = fmt.money
    env.filters["date"] = fmt.date
    env.filters["number"] = fmt.number
    env.filters["score"] = fmt.score
    env.filters["named"] = lambda text: fmt.with_names(str(text), {})
    env.filters["q"] = lambda v: quote(str(v), safe=":")
    env.filters["pct"] = _pct
    env.filters["label"] = lambda v: str(v or "").replace("_", " ")
    return tpl


def _event_title(e: dict[str, Any]) -> str:
    return fmt.event_title(e)


def bind_names(tpl: Jinja2Templates, ctx: Ctx) -> None:
    """Give the templates `name_of(id)` and the `named` filter over the store's entity names, looked up on
    first use and kept until the data change."""

    def book() -> dict[str, str]:
        found: dict[str, str] = ctx.cache.get("entity_names", dict)
        return found

    def lookup(ids: set[str]) -> dict[str, str]:
        known = book()
        missing = {i for i in ids if i and i not in known}
        if missing:
            got = fmt.entity_names(ctx.store, missing)
            known.update({i: got.get(i) or fmt.fallback_name(i) for i in missing})
        return known

    def name_of(entity_id: str | None) -> str:
        return lookup({entity_id}).get(entity_id, "") if entity_id else ""

    tpl.env.globals["name_of"] = name_of
    tpl.env.filters["named"] = lambda text: fmt.with_names(str(text), lookup(fmt.ids_in(str(text))))


def _pct(v: float | None) -> str:
    return "–" if v is None else f"{v:.0%}"


def _explain_link(year: int) -> Callable[[str, str], str]:
    return lambda state, power: f"/index/explain?power={quote(power)}&state={quote(state)}&year={year}"


def _signature(handler: Callable[..., Any], *, with_request: bool) -> inspect.Signature:
    """Return the handler's signature with its annotations resolved (and a `request` first for HTML)."""
    hints = typing.get_type_hints(handler, include_extras=True)
    params = [
        p.replace(annotation=hints.get(p.name, p.annotation), kind=inspect.Parameter.KEYWORD_ONLY)
        for p in inspect.signature(handler).parameters.values()
    ]
    if with_request:
        params.insert(0, inspect.Parameter("request", inspect.Parameter.KEYWORD_ONLY, annotation=Request))
    return inspect.Signature(params)


def _register(app: FastAPI, page: Page, tpl: Jinja2Templates) -> None:
    """Serve `page` as HTML at its path and as JSON under /api; bodies are cached until the data change."""
    handler = page.handler

    def key(request: Request, kind: str) -> str:
        return f"{kind} {request.url.path}?{request.url.query}"

    def as_json(request: Request, **kw: Any) -> Response:
        ctx: Ctx = request.app.state.ctx

        def render() -> tuple[bytes, bool]:
            return bytes(JSON(handler(**kw)).body), True

        body = ctx.cache.page(key(request, "json"), render)
        return Response(body, media_type="application/json")

    as_json.__signature__ = _signature(handler, with_request=True)  # type: ignore[attr-defined]
    as_json.__name__ = handler.__name__
    app.add_api_route(
        "/api" + page.path,
        as_json,
        methods=[page.method],
        response_class=JSON,
        summary=page.summary,
        description=(handler.__doc__ or "").strip(),
        tags=[page.tag],
        operation_id=f"{page.method.lower()}_{handler.__name__}",
        responses={404: {"description": "Not found"}} if "{" in page.path else None,
    )

    if page.csv is not None:
        to_rows = page.csv

        def as_csv(request: Request, **kw: Any) -> Response:
            ctx: Ctx = request.app.state.ctx

            def render() -> tuple[bytes, bool]:
                return csv_bytes(to_rows(handler(**kw))), True

            body = ctx.cache.page(key(request, "csv"), render)
            name = page.path.strip("/").replace("/", "-") or "page"
            return Response(
                body,
                media_type="text/csv; charset=utf-8",
                headers={"Content-Disposition": f'attachment; filename="{name}.csv"'},
            )

        as_csv.__signature__ = _signature(handler, with_request=True)  # type: ignore[attr-defined]
        as_csv.__name__ = handler.__name__ + "_csv"
        app.add_api_route(
            "/csv" + page.path,
            as_csv,
            methods=[page.method],
            response_class=Response,
            include_in_schema=False,
        )

    def as_html(request: Request, **kw: Any) -> Response:
        ctx: Ctx = request.app.state.ctx

        def render() -> tuple[bytes, bool]:
            data = handler(**kw)
            context = {"data": data, "page": page, "query": request.query_params, "request": request}
            return tpl.env.get_template(page.template).render(context).encode("utf-8"), True

        return HTMLResponse(ctx.cache.page(key(request, "html"), render))

    as_html.__signature__ = _signature(handler, with_request=True)  # type: ignore[attr-defined]
    as_html.__name__ = handler.__name__ + "_html"
    app.add_api_route(
        page.path, as_html, methods=[page.method], response_class=HTMLResponse, include_in_schema=False
    )


def csv_bytes(rows: list[dict[str, Any]]) -> bytes:
    """Return rows as CSV (UTF-8 with a byte-order mark, so spreadsheets read the names right)."""
    import csv
    import io

    out = io.StringIO()
    fields = list(dict.fromkeys(k for r in rows for k in r)) or ["empty"]
    writer = csv.DictWriter(out, fieldnames=fields, extrasaction="ignore")
    writer.writeheader()
    for r in rows:
        writer.writerow({k: "" if v is None else v for k, v in r.items()})
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def create_app(
    db_url: str,
    *,
    token: str | None = None,
    allowed_hosts: list[str] | None = None,
    warm: bool = False,
    page_cache: bool = True,
) -> FastAPI:
    """Build the explorer over the store at `db_url`; `token` unlocks the write endpoints; `warm` computes
    the whole-store results at start; `page_cache=False` renders every page afresh (for measuring)."""
    store = Store(db_url)
    app = FastAPI(
        title="Sphere explorer API",
        version="0.1.0",
        description="Every page of the explorer as JSON. Read-only unless the server was started with a token; "
        "write endpoints take it as `Authorization: Bearer <token>`.",
        docs_url=None,
        redoc_url=None,
        openapi_url="/api/openapi.json",
    )
    big = (
        int(store.query(sa.select(sa.func.count().label("n")).select_from(t.documents))[0]["n"])
        > BACKGROUND_FROM
    )
    app.state.ctx = Ctx(
        store=store, cache=Cache(store, pages=page_cache), token=token or None, background=big
    )
    tpl = templates()
    bind_names(tpl, app.state.ctx)
    app.state.templates = tpl
    for page in PAGES:
        _register(app, page, tpl)
    pages_docs.register_read(app, tpl)
    app.mount("/static", StaticFiles(directory=str(WEB / "static")), name="static")

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> Response:
        return Response(status_code=204)

    def wants_json(request: Request) -> bool:
        return request.url.path.startswith("/api")

    def error_page(request: Request, status: int, message: str) -> Response:
        if wants_json(request):
            return JSON({"detail": message}, status_code=status)
        return tpl.TemplateResponse(
            request,
            "error.html",
            {"status": status, "message": message, "data": {}, "query": request.query_params},
            status_code=status,
        )

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        message = exc.detail if isinstance(exc.detail, str) else "request refused"
        resp = error_page(request, exc.status_code, message)
        if exc.headers:
            resp.headers.update(exc.headers)
        return resp

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        errors = [{"loc": list(e.get("loc", ())), "msg": str(e.get("msg", ""))} for e in exc.errors()]
        if wants_json(request):
            return JSON({"detail": errors}, status_code=422)
        text = "; ".join(f"{'.'.join(map(str, e['loc'][1:]))}: {e['msg']}" for e in errors)
        return error_page(request, 422, f"Invalid request: {text}")

    @app.exception_handler(Exception)
    async def crashed(request: Request, exc: Exception) -> Response:
        log.exception("error while serving %s", request.url.path)
        return error_page(request, 500, "Internal error: the explorer could not answer this request.")

    if warm:
        threading.Thread(target=pages_index.warm, args=(app.state.ctx,), daemon=True).start()
    if allowed_hosts:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts)
    app.add_middleware(BodyLimit, max_bytes=MAX_BODY)
    app.add_middleware(SecurityHeaders)
    return app


def serve(db_url: str, *, host: str | None = None, port: int | None = None, token: str | None = None) -> None:
    """Serve the explorer over `db_url` with uvicorn (127.0.0.1 and settings' port unless told otherwise)."""
    import uvicorn

    host = host or settings.get("host") or "127.0.0.1"
    port = port or int(settings.get("port") or 8765)
    token = token if token is not None else settings.get("token")
    loopback = host in ("127.0.0.1", "localhost", "::1")
    app = create_app(db_url, token=token, allowed_hosts=LOOPBACK_HOSTS if loopback else None, warm=True)
    mode = "with write access (token set)" if token else "read-only"
    print(f"Sphere explorer on http://{host}:{port}/ ({mode}); Ctrl+C stops it.", flush=True)
    uvicorn.run(app, host=host, port=port, log_level="warning", server_header=False, proxy_headers=False)
