"""Server-side SVG: the map of Central Asia, line and bar charts and the index heat map.

Everything is drawn in Python so that pages need no JavaScript, print well and cost one request. Colours are
SVG presentation attributes (not `style`), so the strict Content-Security-Policy holds. All labels are
escaped.
"""

from __future__ import annotations

import itertools
import json
import math
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from importlib import resources
from typing import Any

from markupsafe import Markup, escape

from sphere.analysis import format as fmt

POWER_COLOURS = {
    "country:CHN": "#c8102e",
    "country:RUS": "#1f4e9c",
    "org:eu": "#b8860b",
    "country:USA": "#6a3d9a",
    "country:TUR": "#0f7f80",
    "country:JPN": "#d6338a",
    "country:KOR": "#4d7c0f",
    "country:IND": "#d9480f",
    "country:IRN": "#2f7d32",
    "country:ARE": "#8c564b",
    "country:GBR": "#15aabf",
    "country:ITA": "#7a5c00",
    "country:SAU": "#00875a",
    "country:FRA": "#3b5bdb",
    "country:DEU": "#495057",
    "country:QAT": "#7b1e3a",
    "country:PAK": "#5c940d",
    "country:AZE": "#1098ad",
}
# colours for powers not in the table, handed out in order so that no two powers on one page share one
SPARE_COLOURS = ("#e8590c", "#5f3dc4", "#087f5b", "#a61e4d", "#364fc7", "#74b816", "#c2255c", "#1864ab")
OTHER = "#6b7280"
C5_ISO = {"KAZ", "KGZ", "TJK", "TKM", "UZB"}
VIEW = (46.0, 35.0, 88.0, 56.0)  # lon/lat window of the map: west, south, east, north
MAP_W = 900


def colour(power: str | None) -> str:
    """Return the colour that stands for a power on maps and charts."""
    return POWER_COLOURS.get(power or "", OTHER)


def palette(powers: Iterable[str | None]) -> dict[str, str]:
    """Return a distinct colour for each power: its own where it has one, a spare one otherwise; "" (no
    power recorded) is grey."""
    out: dict[str, str] = {}
    spare = iter(SPARE_COLOURS)
    for p in sorted({p or "" for p in powers}, key=lambda k: (k not in POWER_COLOURS, k)):
        out[p] = POWER_COLOURS.get(p) or (next(spare, OTHER) if p else OTHER)
    return out


@lru_cache(maxsize=1)
def outlines() -> dict[str, Any]:
    """Return the vendored country outlines (GeoJSON, Natural Earth via world-atlas)."""
    text = (resources.files("sphere.web") / "static" / "central-asia.geojson").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


class Projection:
    """Equirectangular projection of the map window, scaled by the cosine of its middle latitude."""

    def __init__(self, width: int = MAP_W, view: tuple[float, float, float, float] = VIEW) -> None:
        """Fit `view` into `width` pixels."""
        self.w, self.s, self.e, self.n = view
        self.k = math.cos(math.radians((self.s + self.n) / 2))
        self.scale = width / ((self.e - self.w) * self.k)
        self.width = width
        self.height = round((self.n - self.s) * self.scale)

    def __call__(self, lon: float, lat: float) -> tuple[float, float]:
        """Return the pixel position of a point."""
        return round((lon - self.w) * self.k * self.scale, 1), round((self.n - lat) * self.scale, 1)


def _path(rings: Iterable[Sequence[Sequence[float]]], proj: Projection) -> str:
    parts = []
    for ring in rings:
        pts = [proj(x, y) for x, y in ring]
        parts.append("M" + "L".join(f"{x},{y}" for x, y in pts) + "Z")
    return "".join(parts)


def _centroid(rings: list[list[list[float]]]) -> tuple[float, float]:
    """Return the area centroid of the largest ring (a label position)."""
    best, best_a, cx, cy = None, 0.0, 0.0, 0.0
    for ring in rings:
        a = x = y = 0.0
        for (x0, y0), (x1, y1) in itertools.pairwise(ring):
            f = x0 * y1 - x1 * y0
            a += f
            x += (x0 + x1) * f
            y += (y0 + y1) * f
        if abs(a) > best_a and a:
            best, best_a, cx, cy = ring, abs(a), x / (3 * a), y / (3 * a)
    return (cx, cy) if best else (0.0, 0.0)


LABEL_AT = {"RUS": (62.0, 54.5), "CHN": (84.0, 38.5), "IRN": (55.0, 36.0), "AFG": (66.0, 35.8)}


def map_svg(projects: list[dict[str, Any]], *, title: str = "Projects in Central Asia") -> Markup:
    """Return the map: country outlines, projects as points and lines coloured by their leading power (see
    `project_queries.lead_power`), country names drawn last with a halo so that no marker hides them."""
    proj = Projection()
    colours = palette(p.get("lead_power") for p in projects)
    out = [
        f'<svg class="map" viewBox="0 0 {proj.width} {proj.height}" role="img" aria-labelledby="map-title" '
        f'xmlns="http://www.w3.org/2000/svg"><title id="map-title">{escape(title)}</title>',
        f'<rect width="{proj.width}" height="{proj.height}" fill="#eaf2f8"/>',
    ]
    labels = []
    for f in outlines()["features"]:
        iso = f["properties"]["iso3"]
        rings = [ring for poly in f["geometry"]["coordinates"] for ring in poly]
        c5 = iso in C5_ISO
        out.append(
            f'<path d="{_path(rings, proj)}" fill="{"#fbf7ee" if c5 else "#e5e7eb"}" stroke="#9ca3af" '
            f'stroke-width="{1.2 if c5 else 0.6}"><title>{escape(f["properties"]["name"])}</title></path>'
        )
        outer = [poly[0] for poly in f["geometry"]["coordinates"]]
        lon, lat = LABEL_AT.get(iso) or _centroid(outer)
        if VIEW[0] < lon < VIEW[2] and VIEW[1] < lat < VIEW[3]:
            x, y = proj(lon, lat)
            cls = "lbl c5" if c5 else "lbl"
            labels.append(
                f'<text x="{x}" y="{y}" class="{cls}" text-anchor="middle" stroke="#fbf7ee" stroke-width="4" '
                f'paint-order="stroke" stroke-linejoin="round">{escape(f["properties"]["name"])}</text>'
            )
    lines, points = [], []
    for p in projects:
        geom = p.get("geometry") or {}
        kind = geom.get("type")
        col = colours.get(p.get("lead_power") or "", OTHER)
        name = escape(p["name"])
        tip = escape(
            f"{p['name']} ({(p.get('project_type') or '').replace('_', ' ')}, {p.get('status') or 'status unknown'})"
        )
        href = f"/entity/{escape(p['id'])}"
        if kind in ("LineString", "MultiLineString"):
            parts = geom["coordinates"] if kind == "MultiLineString" else [geom["coordinates"]]
            d = "".join("M" + "L".join("{},{}".format(*proj(x, y)) for x, y, *_ in part) for part in parts)
            dash = ' stroke-dasharray="7 5"' if p.get("project_type") == "corridor" else ""
            width = 4 if p.get("project_type") == "corridor" else 3
            lines.append(
                f'<a href="{href}" class="proj" aria-label="{name}"><title>{tip}</title>'
                f'<path d="{d}" fill="none" stroke="#fff" stroke-width="{width + 3}" stroke-linecap="round" opacity="0.8"/>'
                f'<path d="{d}" fill="none" stroke="{col}" stroke-width="{width}" stroke-linecap="round"{dash}/>'
                f'<path d="{d}" fill="none" stroke="#000" stroke-opacity="0" stroke-width="16" pointer-events="stroke"/></a>'
            )
        elif kind == "Point":
            x, y = proj(*geom["coordinates"][:2])
            points.append(
                f'<a href="{href}" class="proj" aria-label="{name}"><title>{tip}</title>'
                f'<circle cx="{x}" cy="{y}" r="6.5" fill="{col}" stroke="#fff" stroke-width="2"/></a>'
            )
    out.extend(lines + points)
    out.extend(labels)  # on top: markers never hide a country's name
    out.append(
        f'<text x="{proj.width - 6}" y="{proj.height - 6}" class="attr" text-anchor="end">'
        "Outlines: Natural Earth (public domain) via world-atlas</text></svg>"
    )
    return Markup("".join(out))


def map_legend(projects: list[dict[str, Any]]) -> Markup:
    """Return the map's legend as an HTML list: one distinct colour per leading power present (with how many
    projects it leads), then the shapes."""
    counts: dict[str, int] = {}
    for p in projects:
        counts[p.get("lead_power") or ""] = counts.get(p.get("lead_power") or "", 0) + 1
    colours = palette(counts)
    names = {pw["power_id"]: pw["power_name"] for p in projects for pw in p["parties"] if pw.get("power_id")}
    items = [
        f'<li><svg width="14" height="14" aria-hidden="true"><rect width="14" height="14" rx="2" fill="{colours[k]}"/>'
        f"</svg>{escape(names.get(k) or fmt.fallback_name(k) if k else 'no power recorded')} ({counts[k]})</li>"
        for k in colours
    ]
    items.append(
        '<li><svg width="26" height="10" aria-hidden="true"><path d="M1,5H25" stroke="#374151" stroke-width="3" '
        'stroke-dasharray="7 5"/></svg>corridor</li>'
    )
    items.append(
        '<li><svg width="26" height="10" aria-hidden="true"><path d="M1,5H25" stroke="#374151" stroke-width="3"/>'
        "</svg>railway, road, pipeline, line</li>"
    )
    items.append(
        '<li><svg width="14" height="14" aria-hidden="true"><circle cx="7" cy="7" r="5.5" fill="#374151"/></svg>'
        "site: plant, port, mine, zone</li>"
    )
    return Markup(
        f'<ul class="maplegend" aria-label="Legend: colour of the leading power">{"".join(items)}</ul>'
    )


def money(v: float | None) -> str:
    """Format a US-dollar amount compactly ($1.2bn, $340m); see `sphere.analysis.format.money`."""
    return fmt.money(v)


def figure(value: float | None, unit: str | None = None) -> str:
    """Format a reported figure with its unit; see `sphere.analysis.format.figure`."""
    return fmt.figure(value, unit)


def tick_money(v: float) -> str:
    """Format an axis tick in US dollars without a needless decimal ($0, $5bn, $12.5bn)."""
    return fmt.money(v).replace(".0bn", "bn").replace(".0m", "m").replace(".0tn", "tn")


def nice_ticks(high: float, n: int = 5) -> list[float]:
    """Return round axis ticks from 0 to at least `high`: steps of 1, 2, 2.5 or 5 times a power of ten."""
    if high <= 0 or not math.isfinite(high):
        return [0.0, 1.0]
    raw = high / (n - 1)
    exp = 10 ** math.floor(math.log10(raw))
    step = next(m * exp for m in (1, 2, 2.5, 5, 10) if m * exp >= raw)
    count = math.ceil(high / step - 1e-9)
    return [round(i * step, 10) for i in range(count + 1)]


def _nice_max(v: float) -> float:
    return nice_ticks(v)[-1]


def _legend_html(series: list[dict[str, Any]], fmt_: Callable[[float], str]) -> str:
    items = []
    for s in series:
        col = s.get("colour") or OTHER
        dash = ' stroke-dasharray="5 4"' if s.get("dashed") else ""
        last = max(s["points"]) if s["points"] else None
        value = f' <span class="muted">{escape(fmt_(last[1]))} in {last[0]}</span>' if last else ""
        items.append(
            f'<li><svg width="26" height="10" aria-hidden="true"><path d="M1,5H25" stroke="{col}" '
            f'stroke-width="3"{dash}/></svg>{escape(s["label"])}{value}</li>'
        )
    return f'<ul class="chartlegend">{"".join(items)}</ul>'


def line_chart(
    series: list[dict[str, Any]],
    *,
    title: str,
    fmt: Callable[[float], str] = tick_money,
    width: int = 640,
    height: int = 260,
    y_max: float | None = None,
    x_range: tuple[int, int] | None = None,
    unit: str = "",
) -> Markup:
    """Return a line chart of series [{label, colour, dashed, points: [(year, value)]}]: round ticks, the unit
    above the axis, and an HTML legend naming every series with its latest value. `x_range` and `y_max` let
    charts shown side by side share their axes."""
    pts = [p for s in series for p in s["points"]]
    if not pts:
        return Markup(f'<p class="empty">No figures for “{escape(title)}”.</p>')
    x0, x1 = x_range or (min(p[0] for p in pts), max(p[0] for p in pts))
    if x0 == x1:
        x0, x1 = x0 - 1, x1 + 1
    ticks = [y_max * i / 4 for i in range(5)] if y_max is not None else nice_ticks(max(p[1] for p in pts))
    top = ticks[-1] or 1.0
    left, right, upper, lower = 68, 28, (36 if unit else 16), 28
    ph, pw = height - upper - lower, width - left - right

    def sx(x: float) -> float:
        return float(round(left + (x - x0) / (x1 - x0) * pw, 1))

    def sy(y: float) -> float:
        return round(upper + ph - y / top * ph, 1)

    out = [
        f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" xmlns="http://www.w3.org/2000/svg">'
        f"<title>{escape(title)}</title>"
    ]
    if unit:
        out.append(f'<text x="4" y="14" class="unit">{escape(unit)}</text>')
    for v in ticks:
        out.append(
            f'<line x1="{left}" x2="{width - right}" y1="{sy(v)}" y2="{sy(v)}" stroke="#e5e7eb"/>'
            f'<text x="{left - 6}" y="{sy(v) + 4}" text-anchor="end" class="tick">{escape(fmt(v))}</text>'
        )
    step = max(1, math.ceil((x1 - x0) / 7))
    for x in range(int(x0), int(x1) + 1, step):
        out.append(f'<text x="{sx(x)}" y="{height - 8}" text-anchor="middle" class="tick">{x}</text>')
    out.append(f'<line x1="{left}" x2="{left}" y1="{upper}" y2="{upper + ph}" stroke="#9ca3af"/>')
    for s in series:
        p = sorted(s["points"])
        col = s.get("colour") or OTHER
        dash = ' stroke-dasharray="5 4"' if s.get("dashed") else ""
        if len(p) > 1:  # a gap of more than a year breaks the line: no figure is drawn where none is known
            d = "".join(
                ("L" if i and x - p[i - 1][0] <= 1 else "M") + f"{sx(x)},{sy(y)}"
                for i, (x, y) in enumerate(p)
            )
            out.append(f'<path d="{d}" fill="none" stroke="{col}" stroke-width="2.2"{dash}/>')
        for x, y in p:
            out.append(
                f'<circle cx="{sx(x)}" cy="{sy(y)}" r="3.5" fill="{col}"><title>{escape(s["label"])}, {x}: '
                f"{escape(fmt(y))}</title></circle>"
            )
    out.append("</svg>")
    return Markup(
        f'<figure class="chartbox"><div class="scrollx">{"".join(out)}</div>'
        f"{_legend_html(series, fmt)}</figure>"
    )


def bar_chart(
    points: list[tuple[int, float]],
    *,
    title: str,
    colour_: str = "#c8102e",
    width: int = 640,
    height: int = 220,
    unit: str = "",
) -> Markup:
    """Return a bar chart of (year, value) pairs with round ticks and the unit above the axis."""
    if not points:
        return Markup(f'<p class="empty">No figures for “{escape(title)}”.</p>')
    pts = sorted(points)
    years = list(range(pts[0][0], pts[-1][0] + 1))
    values = dict(pts)
    ticks = nice_ticks(max(v for _, v in pts))
    top = ticks[-1] or 1.0
    left, right, upper, lower = 68, 12, (36 if unit else 12), 28
    ph, pw = height - upper - lower, width - left - right
    bw = pw / len(years)
    out = [
        f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" xmlns="http://www.w3.org/2000/svg">'
        f"<title>{escape(title)}</title>"
    ]
    if unit:
        out.append(f'<text x="4" y="14" class="unit">{escape(unit)}</text>')
    for v in ticks:
        y = round(upper + ph - v / top * ph, 1)
        out.append(
            f'<line x1="{left}" x2="{width - right}" y1="{y}" y2="{y}" stroke="#e5e7eb"/>'
            f'<text x="{left - 6}" y="{y + 4}" text-anchor="end" class="tick">{tick_money(v)}</text>'
        )
    step = max(1, math.ceil(len(years) / 8))
    for i, yr in enumerate(years):
        x = left + i * bw
        val = values.get(yr)
        if val:
            h = val / top * ph
            out.append(
                f'<rect x="{x + bw * 0.12:.1f}" y="{upper + ph - h:.1f}" width="{bw * 0.76:.1f}" height="{h:.1f}" '
                f'fill="{colour_}"><title>{yr}: {money(val)}</title></rect>'
            )
        if i % step == 0:
            out.append(
                f'<text x="{x + bw / 2:.1f}" y="{height - 8}" text-anchor="middle" class="tick">{yr}</text>'
            )
    out.append("</svg>")
    return Markup(f'<figure class="chartbox"><div class="scrollx">{"".join(out)}</div></figure>')


def heat_colour(v: float | None) -> str:
    """Return a sequential blue for a share 0–1 (light grey for no data)."""
    if v is None:
        return "#f3f4f6"
    v = max(0.0, min(1.0, v))
    lo, hi = (239, 246, 255), (30, 64, 175)
    r, g, b = (round(a + (b_ - a) * math.sqrt(v)) for a, b_ in zip(lo, hi, strict=True))
    return f"#{r:02x}{g:02x}{b:02x}"


def heat_legend(*, low: str = "0", high: str = "1", label: str = "composite share") -> Markup:
    """Return the heat map's colour key as HTML: the scale from light (low) to dark (high) and "no data"."""
    stops = "".join(
        f'<rect x="{i * 20}" y="0" width="20" height="14" fill="{heat_colour(i / 9)}"/>' for i in range(10)
    )
    return Markup(
        f'<p class="heatlegend"><span>{escape(label)}:</span> {escape(low)} '
        f'<svg width="200" height="14" aria-hidden="true">{stops}</svg> {escape(high)} '
        f'<svg width="14" height="14" aria-hidden="true"><rect width="14" height="14" fill="{heat_colour(None)}" '
        f'stroke="#9ca3af"/></svg> no data</p>'
    )


def heat_map(
    rows: list[str],
    cols: list[str],
    values: dict[str, float | None],
    labels: dict[str, str],
    *,
    title: str,
    link: Callable[[str, str], str],
) -> Markup:
    """Return a state × power heat map of values keyed "row|col"; each cell links to its explanation."""
    cw, ch, left, upper = 78, 40, 120, 56
    width, height = left + cw * len(cols) + 8, upper + ch * len(rows) + 8
    out = [
        f'<svg class="heat" viewBox="0 0 {width} {height}" role="img" xmlns="http://www.w3.org/2000/svg">'
        f"<title>{escape(title)}</title>"
    ]
    for j, c in enumerate(cols):
        out.append(
            f'<text x="{left + cw * j + cw / 2}" y="{upper - 10}" text-anchor="middle" class="tick">'
            f"{escape(labels.get(c, c))}</text>"
        )
    for i, r in enumerate(rows):
        y = upper + ch * i
        out.append(
            f'<text x="{left - 8}" y="{y + ch / 2 + 4}" text-anchor="end" class="leg">{escape(labels.get(r, r))}</text>'
        )
        for j, c in enumerate(cols):
            v = values.get(f"{r}|{c}")
            x = left + cw * j
            fill = heat_colour(v)
            ink = "#fff" if v is not None and v > 0.3 else "#111827"
            text = "–" if v is None else f"{v:.2f}"
            out.append(
                f'<a href="{escape(link(r, c))}"><rect x="{x + 1}" y="{y + 1}" width="{cw - 2}" height="{ch - 2}" '
                f'fill="{fill}"><title>{escape(labels.get(c, c))} in {escape(labels.get(r, r))}: {text}</title></rect>'
                f'<text x="{x + cw / 2}" y="{y + ch / 2 + 5}" text-anchor="middle" fill="{ink}" class="cell">{text}</text></a>'
            )
    out.append("</svg>")
    return Markup(f'<div class="scrollx">{"".join(out)}</div>') + heat_legend()
