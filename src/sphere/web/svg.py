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
}
OTHER = "#6b7280"
C5_ISO = {"KAZ", "KGZ", "TJK", "TKM", "UZB"}
VIEW = (46.0, 35.0, 88.0, 56.0)  # lon/lat window of the map: west, south, east, north
MAP_W = 900


def colour(power: str | None) -> str:
    """Return the colour that stands for a power on maps and charts."""
    return POWER_COLOURS.get(power or "", OTHER)


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
    """Return the map: country outlines, projects as points and lines coloured by power, and a legend."""
    proj = Projection()
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
                f'<text x="{x}" y="{y}" class="{cls}" text-anchor="middle">{escape(f["properties"]["name"])}</text>'
            )
    out.extend(labels)
    lines, points = [], []
    for p in projects:
        geom = p.get("geometry") or {}
        kind = geom.get("type")
        col = colour(p["powers"][0] if p.get("powers") else None)
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
    out.append(
        f'<text x="{proj.width - 6}" y="{proj.height - 6}" class="attr" text-anchor="end">'
        "Outlines: Natural Earth (public domain) via world-atlas</text></svg>"
    )
    return Markup("".join(out))


def map_legend(projects: list[dict[str, Any]]) -> Markup:
    """Return the map's legend as an HTML list: one colour per power present, and the two shapes."""
    used = sorted(
        {(p["powers"] or [None])[0] or "" for p in projects}, key=lambda k: (k not in POWER_COLOURS, k)
    )
    names = {pw["power_id"]: pw["power_name"] for p in projects for pw in p["parties"] if pw.get("power_id")}
    items = [
        f'<li><svg width="14" height="14" aria-hidden="true"><rect width="14" height="14" rx="2" fill="{colour(k or None)}"/>'
        f"</svg>{escape(names.get(k, k) if k else 'no power recorded')}</li>"
        for k in used
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
    return Markup(f'<ul class="maplegend" aria-label="Legend">{"".join(items)}</ul>')


def money(v: float | None) -> str:
    """Format an amount compactly ($1.2bn, $340m)."""
    if v is None:
        return "–"
    a = abs(v)
    if a >= 1e9:
        return f"{v / 1e9:,.1f}".removesuffix(".0") + "bn"
    if a >= 1e6:
        return f"{v / 1e6:,.0f}m"
    if a >= 1e3:
        return f"{v / 1e3:,.0f}k"
    return f"{v:,.0f}"


def figure(value: float | None, unit: str | None = None) -> str:
    """Format a reported figure with its unit: money compactly ($41bn), other values without exponents."""
    if value is None:
        return "–"
    unit = unit or ""
    if unit.isupper() and len(unit) == 3:  # an ISO currency code
        return ("$" if unit == "USD" else unit + " ") + money(value)
    text = f"{value:,.0f}" if float(value).is_integer() and abs(value) < 1e15 else f"{value:,.4g}"
    return f"{text} {unit}".strip()


def _nice_max(v: float) -> float:
    if v <= 0:
        return 1.0
    exp = float(10 ** math.floor(math.log10(v)))
    for m in (1, 2, 2.5, 5, 10):
        if v <= m * exp:
            return m * exp
    return 10 * exp


def line_chart(
    series: list[dict[str, Any]],
    *,
    title: str,
    fmt: Callable[[float], str] = money,
    width: int = 640,
    height: int = 260,
    y_max: float | None = None,
) -> Markup:
    """Return a line chart of series [{label, colour, dashed, points: [(year, value)]}] with axes and a legend."""
    pts = [p for s in series for p in s["points"]]
    if not pts:
        return Markup(f'<p class="empty">No figures for “{escape(title)}”.</p>')
    x0, x1 = min(p[0] for p in pts), max(p[0] for p in pts)
    if x0 == x1:
        x0, x1 = x0 - 1, x1 + 1
    top = y_max if y_max is not None else _nice_max(max(p[1] for p in pts))
    left, right, upper, lower = 64, 16, 16, 28
    legend_h = 18 * ((len(series) + 1) // 2)
    ph, pw = height - upper - lower, width - left - right

    def sx(x: float) -> float:
        return float(round(left + (x - x0) / (x1 - x0) * pw, 1))

    def sy(y: float) -> float:
        return round(upper + ph - y / top * ph, 1)

    out = [
        f'<svg class="chart" viewBox="0 0 {width} {height + legend_h}" role="img" xmlns="http://www.w3.org/2000/svg">'
        f"<title>{escape(title)}</title>"
    ]
    for i in range(5):
        v = top * i / 4
        out.append(
            f'<line x1="{left}" x2="{width - right}" y1="{sy(v)}" y2="{sy(v)}" stroke="#e5e7eb"/>'
            f'<text x="{left - 6}" y="{sy(v) + 4}" text-anchor="end" class="tick">{escape(fmt(v))}</text>'
        )
    step = max(1, math.ceil((x1 - x0) / 8))
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
                f'<circle cx="{sx(x)}" cy="{sy(y)}" r="3" fill="{col}"><title>{escape(s["label"])} {x}: '
                f"{escape(fmt(y))}</title></circle>"
            )
    for i, s in enumerate(series):
        lx, ly = left + (i % 2) * (pw // 2), height + 14 + 18 * (i // 2)
        dash = ' stroke-dasharray="5 4"' if s.get("dashed") else ""
        out.append(
            f'<path d="M{lx},{ly - 4}h22" stroke="{s.get("colour") or OTHER}" stroke-width="2.5"{dash}/>'
            f'<text x="{lx + 28}" y="{ly}" class="leg">{escape(s["label"])}</text>'
        )
    out.append("</svg>")
    return Markup("".join(out))


def bar_chart(
    points: list[tuple[int, float]],
    *,
    title: str,
    colour_: str = "#c8102e",
    width: int = 640,
    height: int = 220,
) -> Markup:
    """Return a bar chart of (year, value) pairs with axes."""
    if not points:
        return Markup(f'<p class="empty">No figures for “{escape(title)}”.</p>')
    pts = sorted(points)
    years = list(range(pts[0][0], pts[-1][0] + 1))
    values = dict(pts)
    top = _nice_max(max(v for _, v in pts))
    left, right, upper, lower = 64, 12, 12, 28
    ph, pw = height - upper - lower, width - left - right
    bw = pw / len(years)
    out = [
        f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" xmlns="http://www.w3.org/2000/svg">'
        f"<title>{escape(title)}</title>"
    ]
    for i in range(5):
        v = top * i / 4
        y = round(upper + ph - v / top * ph, 1)
        out.append(
            f'<line x1="{left}" x2="{width - right}" y1="{y}" y2="{y}" stroke="#e5e7eb"/>'
            f'<text x="{left - 6}" y="{y + 4}" text-anchor="end" class="tick">{money(v)}</text>'
        )
    step = max(1, math.ceil(len(years) / 11))
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
    return Markup("".join(out))


def heat_colour(v: float | None) -> str:
    """Return a sequential blue for a share 0–1 (light grey for no data)."""
    if v is None:
        return "#f3f4f6"
    v = max(0.0, min(1.0, v))
    lo, hi = (239, 246, 255), (30, 64, 175)
    r, g, b = (round(a + (b_ - a) * math.sqrt(v)) for a, b_ in zip(lo, hi, strict=True))
    return f"#{r:02x}{g:02x}{b:02x}"


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
    return Markup("".join(out))
