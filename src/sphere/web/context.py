"""What every page handler shares: the store and cache (`Ctx`), the page record and the JSON response."""

from __future__ import annotations

import hmac
import json
import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import Depends, HTTPException, Request
from fastapi.responses import JSONResponse

from sphere.store import Store
from sphere.web.cache import Cache


@dataclass
class Ctx:
    """The store the explorer serves, its cache of whole-store results and the write token (None: read-only)."""

    store: Store
    cache: Cache
    token: str | None = None
    background: bool = False  # after a change, recompute whole-store results in a thread, serving the last

    def can_write(self, given: str | None) -> bool:
        """Return True when a token is configured and `given` matches it (compared in constant time)."""
        return bool(self.token and given and hmac.compare_digest(self.token.encode(), given.encode()))


@dataclass(frozen=True)
class Page:
    """One page: its path, template, handler (returning a dict), OpenAPI summary and navigation label."""

    path: str
    template: str
    handler: Callable[..., dict[str, Any]]
    summary: str
    tag: str
    nav: str | None = None
    method: str = "GET"
    # for list pages: the rows of the CSV twin at /csv{path}, taken from the handler's dict
    csv: Callable[[dict[str, Any]], list[dict[str, Any]]] | None = None


def get_ctx(request: Request) -> Ctx:
    """Return the app's context (a FastAPI dependency)."""
    ctx: Ctx = request.app.state.ctx
    return ctx


CtxDep = Annotated[Ctx, Depends(get_ctx)]


def entity_param(ctx: Ctx, text: str | None) -> str | None:
    """Return the entity id a filter names: an id as given, or a name or alias in any language ("Kyrgyzstan",
    "Кыргызстан", "KGZ"); states and powers win over places of the same name. None when nothing matches."""
    if not text:
        return None
    hits = ctx.store.resolve(text.strip())
    if not hits:
        return None
    order = ("country:", "org:", "project:", "company:", "person:", "place:")
    return min(hits, key=lambda i: next((n for n, p in enumerate(order) if i.startswith(p)), len(order)))


def not_found(what: str) -> HTTPException:
    """Return the 404 error for a missing record."""
    return HTTPException(status_code=404, detail=f"{what} is not in the database")


def _clean(value: Any) -> Any:
    """Replace non-finite floats (not valid JSON) by None, recursively."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {str(k): _clean(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set):
        return [_clean(v) for v in value]
    return value


class JSON(JSONResponse):
    """JSON response that writes UTF-8, stringifies dates and other objects, and never emits NaN."""

    def render(self, content: Any) -> bytes:
        """Serialise `content`."""
        try:
            return json.dumps(content, ensure_ascii=False, default=str, allow_nan=False).encode("utf-8")
        except ValueError:
            return json.dumps(_clean(content), ensure_ascii=False, default=str).encode("utf-8")
