"""A verdict on one claim or event of an article, and the one sentence that says why, naming its sources."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sphere.analysis.format import date as fmt_date
from sphere.analysis.format import figure, name, with_names
from sphere.read.types import Event


@dataclass
class Verdict:
    """The evidence for and against one claim of an article."""

    claim: dict[str, Any]
    verdict: str  # supported | consistent | contradicted | disputed | no_evidence
    supporting: list[dict[str, Any]] = field(default_factory=list)
    contradicting: list[dict[str, Any]] = field(default_factory=list)
    note: str | None = None
    consistent: list[dict[str, Any]] = field(default_factory=list)  # agrees only loosely or undated
    why: str = ""  # one sentence: the verdict's reason, with its sources


VERDICT_WORDS = {
    "supported": "supported",
    "consistent": "consistent with the record",
    "contradicted": "contradicted",
    "disputed": "disputed",
    "no_evidence": "unverified",
}


def event_why(v: Verdict, ev: Event, names: dict[str, str]) -> str:
    found = v.supporting or v.consistent
    if not found:
        when = f" on {fmt_date(ev.date)}" if ev.date else ""
        return f"Unverified: the knowledge base records no act of this kind between these parties{when}."
    best = found[0]
    what = best["title"] or best["type"]
    where = f" in {name(best['place'], names)}" if best.get("place") else ""
    src = f" ({best['source']})" if best.get("source") else ""
    recorded = f"“{what}”, {fmt_date(best['date']) or 'undated'}{where}{src}"
    if v.verdict == "supported":
        return f"Supported: the knowledge base records {recorded} on the same day."
    if ev.date:
        return f"Consistent with {recorded}, in the article's period; the article gives no day to match."
    return f"Consistent with {recorded}: the article gives no date, so it cannot be matched to one event."


def source_label(e: dict[str, Any]) -> str:
    """Return who gives a figure, for a sentence: the statistics, the document's title or the source."""
    if e.get("origin") in ("indicator", "indicators") and e.get("statistics"):
        stats = str(e["statistics"])
        return (
            "figures of " + stats.removeprefix("mixed: ").replace("; ", " and ")
            if stats.startswith("mixed: ")
            else stats
        )
    title = e.get("source_title")
    src = e.get("source")
    if title and src and str(src).startswith("http"):
        return f"{title} ({src})"
    return str(title or src or ("the knowledge base" if e.get("origin") == "kb" else "a stored document"))


def _said(e: dict[str, Any]) -> str:
    if "rank" in e and "ranking" in e:
        return f"rank {e['rank']} in {e['year']}"
    when = f" for {e['as_of']}" if e.get("as_of") else ""
    return f"{figure(e.get('value'), e.get('unit'), e.get('qualifier'))}{when}"


def claim_why(v: Verdict, names: dict[str, str] | None = None, n_supporting: int | None = None) -> str:
    """Return one sentence saying why a claim got its verdict, naming the figures and their sources
    (`n_supporting`: how many agree, when `v.supporting` holds only the first few)."""
    first = {
        "supporting": v.supporting[:2],
        "consistent": v.consistent[:1],
        "contradicting": v.contradicting[:2],
    }

    def said(items: list[dict[str, Any]]) -> str:
        return "; ".join(f"{source_label(e)} gives {_said(e)}" for e in items)

    if v.verdict == "supported":
        n = len(v.supporting) if n_supporting is None else n_supporting
        text = f"Supported by {n} source{'s' if n > 1 else ''} for the same question: {said(first['supporting'])}."
    elif v.verdict == "consistent":
        text = (
            f"Consistent with the record but not confirmed: {said(first['consistent'])}, "
            "which agrees only within its stated approximation or without a matching date."
        )
    elif v.verdict == "contradicted":
        text = f"Contradicted: {said(first['contradicting'])}."
    elif v.verdict == "disputed":
        agreeing = first["supporting"] or first["consistent"]
        text = f"Disputed: {said(agreeing[:1])}, but {said(first['contradicting'][:1])}."
    else:
        text = "Unverified: no figure for the same subject, scope and period is recorded."
    if v.note and v.verdict != "consistent":
        text = text[:-1] + f" ({v.note})."
    return with_names(text, names or {})
