"""Pictures of the cooperation network: plotly figures for a notebook and a page that works offline.

    >>> import extract
    >>> extract.plot_network("data/out")                 # a plotly Figure; Jupyter draws it
    >>> extract.plot_timeline("data/out", by="place", level="zone")
    >>> from extract.viz.network import write_page
    >>> write_page(extract.network("data/out"), "network.html")

**The network figure.** Each place that is a party is a dot, sized by the articles it is a party in
(square root of its share of the busiest place's articles), coloured by its province
(``color_by="province"``; zones and places of no known province have their own colours) or by its
level (``color_by="level"``), labelled with its name.  Each pair is a line whose width grows with
the articles it shares (1, 2, 3–4, 5 or more).  Hovering a dot lists the place's events and
documents; hovering the middle of a line lists the pair's.  A slider under the figure shows one
year at a time (the article's year: event start, else publish date) or all years; the places keep
their positions, so a year's network reads against the whole.  Connected groups are laid out one by
one (networkx's spring layout, fixed seed, so the same records always give the same picture; a
dense group, such as the members of one multilateral meeting, on a circle in the order the springs
found, so that every label shows) and packed in rows, largest first, smaller groups stacked in
columns beside a large one, so that bilateral pairs do not drift over the big clusters.

**The page** (``extract network DIR --html OUT.html``) is that figure with its JavaScript library
(plotly.js, from the ``plotly`` package) inlined, a summary, the strongest ties and the busiest
places as tables, and the data as JSON in ``<script type="application/json"
id="extract-network-data">``.  Nothing is fetched when it is viewed: it works without internet.
Text uses a CJK font stack (Noto Sans CJK SC, Source Han Sans SC, PingFang SC, Microsoft YaHei…).
"""

from __future__ import annotations

import datetime
import html
import json
import math
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from extract.analysis.cooperation import Network, network, year_span
from extract.viz.html import CJK_FONTS

if TYPE_CHECKING:
    import pandas as pd
    import plotly.graph_objects as go

__all__ = ["FONT", "figure_dict", "layout", "page_html", "plot_network", "plot_timeline", "write_page"]

FONT = CJK_FONTS
ColorBy = Literal["province", "level"]
Since = int | str | datetime.date | None

_WIDTHS = ((1, 1, 1.0), (2, 2, 2.2), (3, 4, 3.6), (5, 10**9, 5.5))  # (min weight, max weight, line width)
_LEVEL_COLORS = {"province": "#d62728", "prefecture": "#1f77b4", "county": "#2ca02c", "zone": "#9467bd"}
_LEVEL_NAMES = {
    "province": "省级 province", "prefecture": "地级 prefecture", "county": "县级 county", "zone": "区域 zone",
}  # fmt: skip
_ZONE_GROUP, _OTHER_GROUP = "区域 zone", "其他 other"
_MAX_LINES = 6
_DENSE = 0.3  # groups at least this dense (share of possible pairs) are drawn on a circle
_SPREAD = 0.5  # how far the crowded core of a sparse group is opened up (1: as the springs left it)


def _require() -> None:
    from extract.analysis.frames import require

    require("pandas", "plotly", "networkx")


def _as_network(data: Network | Iterable[Any] | str | Path, since: Since, until: Since) -> Network:
    if isinstance(data, Network):
        if since is None and until is None:
            return data
        raise ValueError("since/until apply to records; for a Network, build it with extract.network(..., since=)")
    return network(data, since=since, until=until)


# ---------------------------------------------------------------- layout


def layout(net: Network, *, seed: int = 7) -> dict[str, tuple[float, float]]:
    """Positions of the nodes: each connected group spring-laid, the groups packed in rows, largest first."""
    import networkx as nx

    g = net.graph()
    parts = sorted(nx.connected_components(g), key=lambda c: (-len(c), min(c)))
    placed: list[tuple[dict[str, tuple[float, float]], float]] = []
    for part in parts:
        sub = g.subgraph(part)
        size = 1.0 + max(math.sqrt(len(part)) * 1.2, len(part) * 0.22)  # a group's box grows with its members
        dense = len(part) > 2 and nx.density(sub) >= _DENSE
        if dense:  # on a circle: its length grows with the members
            size = max(size, 1.0 + len(part) * 0.33)
        if len(part) == 1:
            pos = {next(iter(part)): (0.0, 0.0)}
        elif len(part) == 2:
            a, b = sorted(part)
            pos = {a: (-0.5, 0.35), b: (0.5, -0.35)}  # aslant, so that the two labels do not meet
        else:
            raw = nx.spring_layout(sub, weight="weight", seed=seed, iterations=300, k=2.5 / math.sqrt(len(part)))
            pos = {n: (float(x), float(y)) for n, (x, y) in raw.items()}
            if dense:  # a clique-like group: on a circle, in the order the springs found
                around = sorted(pos, key=lambda n: (math.atan2(pos[n][1], pos[n][0]), n))
                step = 2 * math.pi / len(around)
                pos = {n: (math.cos(i * step), math.sin(i * step)) for i, n in enumerate(around)}
            else:
                pos = _even_out(pos)
        xs, ys = [p[0] for p in pos.values()], [p[1] for p in pos.values()]
        span = max(max(xs) - min(xs), max(ys) - min(ys), 1e-9)
        cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
        scale = (size - 1.0) / span if len(part) > 1 else 0.0
        placed.append(({n: ((x - cx) * scale, (y - cy) * scale) for n, (x, y) in pos.items()}, size))
    # rows about twice as wide as the stack is high: the shape of a page
    row_width = max(math.sqrt(sum(s * s for _, s in placed) * 2.2), max((s for _, s in placed), default=1.0))
    # each row is as high as its first (largest) group; smaller groups stack in columns beside it
    out: dict[str, tuple[float, float]] = {}
    top = x = col_y = col_w = 0.0
    row_h: float | None = None
    for pos, size in placed:
        if row_h is None:
            row_h = size
        if col_y > 0 and col_y + size > row_h + 1e-9:  # the column is full: the next one
            x, col_y, col_w = x + col_w, 0.0, 0.0
        if x > 0 and x + size > row_width:  # the row is full: the next one
            top, row_h, x, col_y, col_w = top - row_h, size, 0.0, 0.0, 0.0
        for n, (px, py) in pos.items():
            out[n] = (round(x + size / 2 + px, 4), round(top - col_y - size / 2 + py, 4))
        col_y += size
        col_w = max(col_w, size)
    return out


def _even_out(pos: dict[str, tuple[float, float]]) -> dict[str, tuple[float, float]]:
    """Spring positions with distances from the centre raised to ``_SPREAD`` (< 1): leaves that the springs threw far
    out come in, and the crowded core opens up."""
    cx = sum(p[0] for p in pos.values()) / len(pos)
    cy = sum(p[1] for p in pos.values()) / len(pos)
    far = max(math.hypot(x - cx, y - cy) for x, y in pos.values()) or 1.0
    out = {}
    for n, (x, y) in pos.items():
        r = math.hypot(x - cx, y - cy) / far
        k = r**_SPREAD / r if r > 0 else 0.0
        out[n] = ((x - cx) * k, (y - cy) * k)
    return out


# ---------------------------------------------------------------- hover texts


def _short(text: str, n: int = 28) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def _lines(items: list[str]) -> list[str]:
    more = len(items) - _MAX_LINES
    return items[:_MAX_LINES] + ([f"… and {more} more"] if more > 0 else [])


Row = dict[str, Any]  # one row of the edges or parties table


def _events(rows: list[Row]) -> list[str]:
    """One line per article of the rows: its day (``?`` where the year is not pinned down) and event."""
    firsts = {r["doc_id"]: r for r in rows}
    out = []
    for r in sorted(firsts.values(), key=lambda r: (r["date"] is None, str(r["date"]), r["doc_id"])):
        day = r["date"].strftime("%Y-%m-%d") if r["date"] is not None else "undated"
        day += "?" if r["year_certain"] is False else ""
        name = r["event_name"] if isinstance(r["event_name"], str) else "(no event name)"
        out.append(f"{day} {html.escape(_short(name))}")
    return out


def _documents(edges: list[Row]) -> list[str]:
    return [f"《{html.escape(_short(t))}》" for t in dict.fromkeys(t for e in edges for t in e["agreements"])]


def _node_hover(node: Row, mine: list[Row], edges: list[Row]) -> str:
    partners = sorted(({e["a"] for e in edges} | {e["b"] for e in edges}) - {node["id"]})
    where = ", ".join(x for x in (node["level"], node["province"]) if isinstance(x, str) and x != node["name"])
    head = [
        f"<b>{html.escape(node['id'])}</b>" + (f" ({html.escape(where)})" if where else ""),
        f"articles {len({r['doc_id'] for r in mine})} · events {sum(r['in_event'] for r in mine)}"
        f" · documents {sum(r['n_agreements'] for r in mine)}",
    ]
    if partners:
        head.append("partners: " + html.escape("、".join(_lines(partners))))
    return "<br>".join(head + _lines(_events(mine)) + _lines(_documents(edges)))


def _pair_hover(a: str, b: str, rows: list[Row]) -> str:
    docs = _documents(rows)
    head = [
        f"<b>{html.escape(a)} — {html.escape(b)}</b>",
        f"articles {len({r['doc_id'] for r in rows})} · events {sum(r['in_event'] for r in rows)}"
        f" · documents {len(docs)}",
    ]
    return "<br>".join(head + _lines(_events(rows)) + _lines(docs))


def _plain_rows(df: pd.DataFrame) -> list[Row]:
    """Rows as dicts with ``None`` for missing values (pandas' NA/NaT/NaN)."""
    import pandas as pd

    return [{k: (None if not isinstance(v, list) and pd.isna(v) else v) for k, v in r.items()} for r in
            df.to_dict("records")]  # fmt: skip


# ---------------------------------------------------------------- the figure


def _groups(net: Network, color_by: ColorBy) -> dict[str, str]:
    """node id → colour group label."""
    out = {}
    for n in net.nodes.to_dict("records"):
        if color_by == "level":
            out[n["id"]] = _LEVEL_NAMES.get(n["level"], n["level"])
        elif n["level"] == "zone":
            out[n["id"]] = _ZONE_GROUP
        else:
            out[n["id"]] = n["province"] if isinstance(n["province"], str) else _OTHER_GROUP
    return out


def _palette(labels: list[str], color_by: ColorBy) -> dict[str, str]:
    import plotly.colors as pc

    if color_by == "level":
        by_name = {v: _LEVEL_COLORS[k] for k, v in _LEVEL_NAMES.items()}
        return {g: by_name.get(g, "#7f7f7f") for g in labels}
    colors = [c for c in pc.qualitative.Dark24 + pc.qualitative.Alphabet if c.upper() not in ("#222A2A", "#E2E2E2")]
    out, i = {}, 0
    for g in labels:
        if g == _ZONE_GROUP:
            out[g] = _LEVEL_COLORS["zone"]
        elif g == _OTHER_GROUP:
            out[g] = "#8c8c8c"
        else:
            out[g] = colors[i % len(colors)]
            i += 1
    return out


def _slice_traces(
    net: Network, year: int | None, pos: dict[str, tuple[float, float]], groups: dict[str, str], order: list[str]
) -> list[dict[str, Any]]:
    """The data of every trace (edge width classes, pair hover points, one node trace per group) for one slice.

    Dot sizes are relative to the busiest place of the whole network, so that years compare."""
    most = int(net.nodes.n_articles.max()) if not net.nodes.empty else 1
    edges, parties = net.edges, net.parties
    if year is not None:
        edges, parties = edges[edges.year == year], parties[parties.year == year]
    by_pair: dict[tuple[str, str], list[Row]] = {}
    by_node: dict[str, list[Row]] = {}
    for e in _plain_rows(edges):
        by_pair.setdefault((e["a"], e["b"]), []).append(e)
        by_node.setdefault(e["a"], []).append(e)
        by_node.setdefault(e["b"], []).append(e)
    of_node: dict[str, list[Row]] = {}
    for r in _plain_rows(parties):
        of_node.setdefault(r["id"], []).append(r)
    traces: list[dict[str, Any]] = []
    weights = {pair: len({r["doc_id"] for r in rows}) for pair, rows in by_pair.items()}
    for lo, hi, _ in _WIDTHS:
        xs: list[float | None] = []
        ys: list[float | None] = []
        for (a, b), w in weights.items():
            if lo <= w <= hi:
                xs += [pos[a][0], pos[b][0], None]
                ys += [pos[a][1], pos[b][1], None]
        traces.append({"x": xs, "y": ys})
    mids = [((pos[a][0] + pos[b][0]) / 2, (pos[a][1] + pos[b][1]) / 2, _pair_hover(a, b, rows))
            for (a, b), rows in by_pair.items()]  # fmt: skip
    traces.append({"x": [m[0] for m in mids], "y": [m[1] for m in mids], "hovertext": [m[2] for m in mids]})
    nodes = [n for n in _plain_rows(net.nodes) if n["id"] in of_node]
    for g in order:
        mine = [n for n in nodes if groups[n["id"]] == g]
        counts = [len({r["doc_id"] for r in of_node[n["id"]]}) for n in mine]
        traces.append(
            {
                "x": [pos[n["id"]][0] for n in mine],
                "y": [pos[n["id"]][1] for n in mine],
                "text": [n["id"] for n in mine],
                "hovertext": [_node_hover(n, of_node[n["id"]], by_node.get(n["id"], [])) for n in mine],
                "marker": {"size": [10 + 26 * math.sqrt(c / max(most, 8)) for c in counts]},
            }
        )
    return traces


def plot_network(
    data: Network | Iterable[Any] | str | Path,
    *,
    color_by: ColorBy = "province",
    slider: bool = True,
    since: Since = None,
    until: Since = None,
    title: str | None = None,
    height: int = 620,
) -> go.Figure:
    """The network as a plotly Figure (see the module doc; Jupyter draws it); ``data`` is a ``Network``,
    records or a folder of records."""
    _require()
    import plotly.graph_objects as go

    net = _as_network(data, since, until)
    return go.Figure(figure_dict(net, color_by=color_by, slider=slider, title=title, height=height))


def figure_dict(
    net: Network, *, color_by: ColorBy = "province", slider: bool = True, title: str | None = None, height: int = 620
) -> dict[str, Any]:
    """The figure of ``plot_network`` as a plain plotly dict (``data``, ``layout``, ``frames``): the page
    writes it without plotly's validation, which is slow for many years of frames."""
    if color_by not in ("province", "level"):
        raise ValueError(f"color_by must be province or level, not {color_by!r}")
    pos = layout(net)
    groups = _groups(net, color_by)
    weight = net.nodes.set_index("id").n_articles.to_dict() if not net.nodes.empty else {}
    order = sorted(set(groups.values()), key=lambda g: (-sum(weight[n] for n in groups if groups[n] == g), g))
    colors = _palette(order, color_by)
    base = _slice_traces(net, None, pos, groups, order)
    data: list[dict[str, Any]] = []
    for (lo, hi, width), d in zip(_WIDTHS, base, strict=False):
        label = f"{lo}" if lo == hi else (f"{lo}+" if hi > 10**6 else f"{lo}–{hi}")
        data.append(
            {"type": "scatter", **d, "mode": "lines", "line": {"width": width, "color": "rgba(110,110,110,0.45)"},
             "hoverinfo": "skip", "showlegend": False, "name": f"ties in {label} article(s)"}
        )  # fmt: skip
    data.append(
        {"type": "scatter", **base[len(_WIDTHS)], "mode": "markers", "hoverinfo": "text", "showlegend": False,
         "name": "pairs", "marker": {"size": 14, "color": "rgba(0,0,0,0)", "line": {"width": 0}}}
    )  # fmt: skip
    for g, d in zip(order, base[len(_WIDTHS) + 1 :], strict=True):
        data.append(
            {"type": "scatter", **d, "mode": "markers+text", "name": g, "hoverinfo": "text",
             "textposition": "top center", "textfont": {"size": 12, "color": "#222"},
             "marker": {**d["marker"], "color": colors[g], "line": {"width": 1, "color": "white"}, "opacity": 0.92}}
        )  # fmt: skip
    years = sorted({int(y) for y in net.parties.year.dropna()})
    summary = f"{len(net.nodes)} places · {len(net.pairs())} pairs · {net.parties.doc_id.nunique()} articles"
    if years:
        summary += f" · {years[0]}–{years[-1]}" if len(years) > 1 else f" · {years[0]}"
    fig: dict[str, Any] = {
        "data": data,
        "layout": {
            "title": {"text": (title or "Cooperation network") + f"<br><sup>{summary}</sup>", "x": 0.01},
            "font": {"family": FONT, "size": 13},
            "hoverlabel": {"font": {"family": FONT, "size": 12}, "align": "left"},
            "showlegend": True,
            "legend": {"title": {"text": color_by}, "itemsizing": "constant"},
            "xaxis": {"visible": False},
            "yaxis": {"visible": False, "scaleanchor": "x"},
            "plot_bgcolor": "white",
            "paper_bgcolor": "white",
            "height": height,
            "margin": {"l": 10, "r": 10, "t": 70, "b": 10},
            "hovermode": "closest",
        },
    }
    if slider and years:
        slices: list[int | None] = [None, *years]
        names = ["all" if y is None else str(y) for y in slices]
        fig["frames"] = [
            {"name": name, "traces": list(range(len(data))),
             "data": [{"type": "scatter", **d} for d in _slice_traces(net, y, pos, groups, order)]}
            for name, y in zip(names, slices, strict=True)
        ]  # fmt: skip
        step = {"mode": "immediate", "frame": {"duration": 0, "redraw": True}, "transition": {"duration": 0}}
        fig["layout"]["sliders"] = [
            {
                "active": 0,
                "currentvalue": {"prefix": "year: ", "font": {"size": 14}},
                "pad": {"t": 10, "b": 10},
                "steps": [{"label": name, "method": "animate", "args": [[name], step]} for name in names],
            }
        ]
    return fig


def plot_timeline(
    data: Network | Iterable[Any] | str | Path,
    *,
    by: Literal["pair", "place"] = "pair",
    level: str | None = None,
    top: int = 8,
    since: Since = None,
    until: Since = None,
) -> go.Figure:
    """Articles per year of the ``top`` busiest pairs (``by="pair"``) or places (``by="place"``,
    optionally of one ``level``, e.g. ``"zone"``), as stacked bars."""
    _require()
    import pandas as pd
    import plotly.graph_objects as go

    net = _as_network(data, since, until)
    if by == "pair":
        rows = net.edges.assign(series=net.edges.a + "—" + net.edges.b)
    elif by == "place":
        rows = net.parties if level is None else net.parties[net.parties.level == level]
        rows = rows.assign(series=rows.id)
    else:
        raise ValueError(f"by must be pair or place, not {by!r}")
    rows = rows.dropna(subset=["year"])
    busiest = rows.groupby("series").doc_id.nunique().sort_values(ascending=False, kind="stable").head(top)
    counts = (
        rows[rows.series.isin(busiest.index)].groupby(["series", "year"]).doc_id.nunique().rename("articles")
        if not rows.empty
        else pd.Series(dtype="int64", name="articles")
    )
    fig = go.Figure()
    for s in busiest.index:
        c = counts.loc[s]
        fig.add_trace(go.Bar(x=[int(y) for y in c.index], y=[int(v) for v in c.values], name=s))
    what = "pair" if by == "pair" else (f"{level} " if level else "") + "place"
    fig.update_layout(
        barmode="stack",
        title=f"Articles per year, by {what} (top {len(busiest)})",
        font={"family": FONT, "size": 13},
        xaxis={"title": "year", "dtick": 1},
        yaxis={"title": "articles", "dtick": 1},
        plot_bgcolor="white",
        height=420,
    )
    return fig


# ---------------------------------------------------------------- the page


def _page_data(net: Network) -> dict[str, Any]:
    """What the page shows, as plain JSON (also a test's view of the page)."""

    def plain(v: Any) -> Any:
        if isinstance(v, list):
            return v
        if v is None or str(v) in ("<NA>", "NaT", "nan"):
            return None
        return v.item() if hasattr(v, "item") else v

    nodes = [{k: plain(v) for k, v in n.items()} for n in net.nodes.to_dict("records")]
    pairs = [{k: plain(v) for k, v in p.items()} for p in net.pairs().to_dict("records")]
    years = sorted({int(y) for y in net.parties.year.dropna()})
    return {
        "nodes": nodes,
        "pairs": pairs,
        "years": years,
        "articles": int(net.parties.doc_id.nunique()),
        "since": net.since,
        "until": net.until,
    }


def _table(head: list[str], rows: list[list[Any]]) -> str:
    th = "".join(f"<th>{html.escape(h)}</th>" for h in head)
    trs = "".join("<tr>" + "".join(f"<td>{html.escape(str(c))}</td>" for c in r) + "</tr>" for r in rows)
    return f"<table><thead><tr>{th}</tr></thead><tbody>{trs}</tbody></table>"


def page_html(net: Network, *, color_by: ColorBy = "province", title: str | None = None) -> str:
    """The whole page as one HTML string (plotly.js inlined; see the module doc)."""
    _require()
    import plotly.io as pio

    fig = figure_dict(net, color_by=color_by, title=title, height=720)
    graph = pio.to_html(
        fig, validate=False, include_plotlyjs=True, full_html=False, auto_play=False, div_id="extract-network-graph",
        config={"displaylogo": False, "responsive": True, "scrollZoom": True},
    )  # fmt: skip
    data = _page_data(net)

    ties = _table(
        ["pair", "articles", "events", "documents", "years"],
        [[f"{p['a']} — {p['b']}", p["weight"], p["n_events"], p["n_agreements"],
          year_span(p["first_year"], p["last_year"])] for p in data["pairs"][:25]],
    )  # fmt: skip
    places = _table(
        ["place", "level", "province", "articles", "events", "documents", "partners", "years"],
        [[n["id"], n["level"], n["province"] or "", n["n_articles"], n["n_events"], n["n_agreements"],
          n["n_partners"], year_span(n["first_year"], n["last_year"])] for n in data["nodes"][:40]],
    )  # fmt: skip
    span = f" · {net.since or '…'} to {net.until or '…'}" if net.since or net.until else ""
    blob = json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
    heading = html.escape(title or "Cooperation network")
    return f"""<!DOCTYPE html>
<html lang="zh-Hans">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{heading}</title>
<style>
body {{ font-family: {FONT}; margin: 1.2em 2em; color: #222; }}
h1 {{ font-size: 1.5em; margin-bottom: 0.2em; }}
p.note {{ color: #555; max-width: 60em; }}
table {{ border-collapse: collapse; margin: 0.5em 0 1.5em; font-size: 0.92em; }}
th, td {{ border-bottom: 1px solid #ddd; padding: 0.25em 0.8em; text-align: left; }}
th {{ background: #f4f4f4; }}
.cols {{ display: flex; gap: 3em; flex-wrap: wrap; align-items: flex-start; }}
</style>
</head>
<body>
<h1>{heading}</h1>
<p class="note">{len(data["nodes"])} places, {len(data["pairs"])} pairs, {data["articles"]} articles{span}.
Dots are places that are parties of an event or a document (size: articles), lines join the parties of one
event or document (width: articles). Hover a dot or the middle of a line for its events and documents; the
slider shows one year at a time; drag to pan, scroll to zoom.</p>
{graph}
<div class="cols">
<div><h2>Strongest ties</h2>{ties}</div>
<div><h2>Places</h2>{places}</div>
</div>
<script type="application/json" id="extract-network-data">{blob}</script>
</body>
</html>
"""


def write_page(net: Network, out: str | Path, *, color_by: ColorBy = "province", title: str | None = None) -> Path:
    """Write ``page_html`` to ``out`` (atomically) and return the path."""
    from extract.io.batch import write_atomic

    path = Path(out)
    write_atomic(path, page_html(net, color_by=color_by, title=title))
    return path
