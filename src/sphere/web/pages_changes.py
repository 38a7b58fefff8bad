"""The "what changed" page (`/changes`, JSON at `/api/changes`): the digest of `sphere digest`, plus the latest
machine-coded (GDELT) events, each marked as such."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import HTTPException, Query

from sphere.analysis.digest import MACHINE_MARK, DigestError, digest
from sphere.ingest.coded import coded_events
from sphere.web.context import CtxDep, Page

SINCE = r"^(\d+(\.\d+)?[mhdwMHDW]|\d{4}-\d{2}-\d{2}(T[0-9:+.Z-]{2,25})?)$"


def changes(
    ctx: CtxDep,
    since: Annotated[
        str,
        Query(pattern=SINCE, max_length=40, description="A span back from now (1d, 12h, 2w) or an ISO date"),
    ] = "1d",
    state: Annotated[
        str | None,
        Query(pattern=r"^[A-Z]{3}$", description="Machine-coded events involving this state (ISO3)"),
    ] = None,
) -> dict[str, Any]:
    """What changed since `since`: new documents per outlet (with ownership), new events by type and state,
    new conflicts in the claims ledger, figures that moved, and machine-coded GDELT events (marked)."""
    try:
        data = digest(ctx.store, since)
    except DigestError as exc:
        raise HTTPException(status_code=422, detail=str(exc)) from None
    latest = coded_events(ctx.store, since=data["since"], state=state, limit=50)
    data["coded_events"]["latest"] = [{**r, "machine_coded": True, "mark": MACHINE_MARK} for r in latest]
    data["query"] = {"since": since, "state": state}
    return data


PAGES = [Page("/changes", "changes.html", changes, "What changed since a moment", "pages", "Changes")]
