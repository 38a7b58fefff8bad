"""Render a stored document's cleaned text with its entities, events and claims marked and linked.

The text is split at every span boundary; each piece is escaped, wrapped in the marks of the spans that
cover it, and entity mentions become links. Numbered markers after each event or claim span point to the
list under the text. Nothing from the article is ever emitted unescaped.
"""

from __future__ import annotations

import itertools
from typing import Any

from markupsafe import Markup, escape


def highlight(doc: dict[str, Any]) -> Markup:
    """Return the document text as HTML with mentions linked and event and claim evidence marked."""
    text: str = doc.get("text") or ""
    n = len(text)
    spans: list[tuple[int, int, str, int]] = []  # start, end, kind (ev|cl), number
    for i, e in enumerate(doc.get("events") or [], 1):
        if e.get("ev_start") is not None and e.get("ev_end") is not None:
            spans.append((max(0, e["ev_start"]), min(n, e["ev_end"]), "ev", i))
    for i, c in enumerate(doc.get("claims") or [], 1):
        if c.get("ev_start") is not None and c.get("ev_end") is not None:
            spans.append((max(0, c["ev_start"]), min(n, c["ev_end"]), "cl", i))
    mentions = [m for m in doc.get("mentions") or [] if 0 <= m["start"] < m["end"] <= n]
    cuts = sorted(
        {0, n}
        | {s for s, _, _, _ in spans}
        | {e for _, e, _, _ in spans}
        | {m["start"] for m in mentions}
        | {m["end"] for m in mentions}
    )
    out: list[str] = []
    for a, b in itertools.pairwise(cuts):
        if a >= b:
            continue
        piece = str(escape(text[a:b]))
        mention = next((m for m in mentions if m["start"] <= a and m["end"] >= b), None)
        if mention is not None:
            piece = (
                f'<a class="mention" href="/entity/{escape(mention["entity_id"])}" '
                f'title="{escape(mention.get("name") or mention["entity_id"])}">{piece}</a>'
            )
        kinds = sorted({k for s, e, k, _ in spans if s <= a and e >= b})
        if kinds:
            piece = f'<span class="{" ".join(kinds)}">{piece}</span>'
        out.append(piece)
        for s, e, k, num in spans:
            if e == b and s < e:
                label = ("E" if k == "ev" else "C") + str(num)
                out.append(f'<sup class="marker {k}"><a href="#{k}-{num}">{label}</a></sup>')
    return Markup("".join(out))
