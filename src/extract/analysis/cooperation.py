"""Who cooperates with whom: the cooperation network of an archive of records.

    >>> import extract
    >>> net = extract.network("data/out")               # a folder of records, or Record objects / dicts
    >>> net.nodes                                       # one row per place that is a party
    >>> net.pairs().sort_values("weight", ascending=False)
    >>> extract.network("data/out", since=2020, until="2022-06").edges

Every record says who the sides are: ``event.parties`` and each agreement's ``parties``
(../shared/spec/RECORD.md).  A *party group* is one such list.  Every pair of distinct places of
one group is an edge of its article: a bilateral event gives one pair, a multilateral event (or a
document signed by six cities) every pair of its members.  A zone party (``淮海经济区``) is a node
of its own, level ``zone``.  The tables (pandas, the ``analysis`` extra):

===========  ===============================================================================
``nodes``    one row per place: ``id`` (the key used by the other tables: the canonical name,
             followed by its nearest parent in full-width brackets where two different places
             of one name are parties), ``name``, ``level``, ``adcode``, ``province``,
             ``first_year``/``last_year`` it was a party, ``n_events`` (articles whose event
             lists it), ``n_agreements`` (documents it is a party of), ``n_articles`` (articles
             it is any party in) and ``n_partners`` (places it shares an edge with)
``edges``    one row per (pair, article): ``a``, ``b`` (node ids, ``a < b``), ``doc_id``,
             ``date``/``year`` (the article's date: the event's start, else the publish date),
             ``year_certain``, ``event_name``, ``event_start``, ``event_end``,
             ``event_location``, ``in_event`` (both are parties of the event),
             ``agreements``/``agreement_kinds``/``agreement_actions`` (the documents both
             are parties of), ``n_agreements``, the article's ``title`` and ``source``
``parties``  one row per (place, article): ``id``, ``name``, ``level``, ``doc_id``, ``date``,
             ``year``, ``year_certain``, ``in_event``, ``n_agreements``, ``event_name``
===========  ===============================================================================

``pairs()`` sums the edges per pair: ``weight`` (articles), ``n_events``, ``n_agreements``,
``first_year``, ``last_year``, ``doc_ids``.  ``graph()`` is that as a ``networkx.Graph``;
``write(out, fmt)`` writes the tables as CSV or Parquet, or the graph as GraphML.

**Time.** An article is dated by its event's start, else its publish date.  ``since`` and
``until`` take a year (``2020``), a month (``"2021-06"``), a day or a ``datetime.date``, and keep
the articles dated within them, both ends included (``until="2021"`` keeps all of 2021); undated
articles are left out when either is given.  ``year_certain`` is the event's own flag where the
record has it, else that of the date expression giving the event's start; a year the text does
not pin down still places the article in that year.

Adcode and province come from the record's ``regions`` item of the same name, else from the
gazetteer when the name and level name exactly one unit.
"""

from __future__ import annotations

import datetime
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from itertools import combinations
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from extract.models import Record

if TYPE_CHECKING:
    import networkx as nx
    import pandas as pd

__all__ = ["FORMATS", "Network", "format_person_events", "network", "person_events", "record_dicts", "year_span"]

FORMATS = ("csv", "parquet", "graphml")

NODE_COLUMNS = [
    "id", "name", "level", "adcode", "province", "first_year", "last_year",
    "n_events", "n_agreements", "n_articles", "n_partners",
]
EDGE_COLUMNS = [
    "a", "b", "doc_id", "date", "year", "year_certain", "event_name", "event_start", "event_end",
    "event_location", "in_event", "agreements", "agreement_kinds", "agreement_actions", "n_agreements",
    "title", "source",
]
PARTY_COLUMNS = [
    "id", "name", "level", "doc_id", "date", "year", "year_certain", "in_event", "n_agreements", "event_name",
]
PAIR_COLUMNS = ["a", "b", "weight", "n_events", "n_agreements", "first_year", "last_year", "doc_ids"]
_LIST_COLUMNS = ("agreements", "agreement_kinds", "agreement_actions", "doc_ids")
_BOUND = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")


# ---------------------------------------------------------------- reading records


def record_dicts(data: Iterable[Any] | str | Path) -> list[tuple[str, dict[str, Any]]]:
    """``(where, record dict)`` of a folder or file of records (as ``extract run`` writes them, or gold
    files), or of an iterable of ``Record``s and dicts (``InputErrorInfo`` items are left out).

    The network reads only the fields it needs, so gold records (no ``encoding``, an event without a
    name) are read as they are.  A ``doc_id`` found twice is kept once, the last read.
    """
    from extract.io.records import is_error_row, iter_record_dicts

    if isinstance(data, str | Path):
        pairs = list(iter_record_dicts(data))
    else:
        pairs = []
        for n, r in enumerate(data):
            if isinstance(r, Record):
                pairs.append((r.doc_id, r.model_dump(exclude={"officials", "staff"})))
            elif isinstance(r, dict):
                if not is_error_row(r):
                    pairs.append((str(r.get("doc_id", f"item {n}")), r))
            elif not (hasattr(r, "reason") and hasattr(r, "file")):  # InputErrorInfo from extract_many
                raise TypeError(f"not a record: {type(r).__name__}")
    return list({str(obj.get("doc_id")): (where, obj) for where, obj in pairs}.values())


# ---------------------------------------------------------------- one article's parties


@dataclass(frozen=True)
class _Place:
    name: str
    level: str
    adcode: str | None
    parents: tuple[str, ...]

    @property
    def province(self) -> str | None:
        if self.level == "province":
            return self.name
        return self.parents[-1] if self.parents else None


@dataclass
class _Article:
    """What the network needs of one record."""

    doc_id: str
    date: str | None
    year_certain: bool | None
    event_name: str | None
    event_start: str | None
    event_end: str | None
    event_location: str | None
    title: str | None
    source: str | None
    event_parties: list[_Place]
    agreements: list[tuple[str, str, str, list[_Place]]]  # title, kind, action, parties

    @property
    def year(self) -> int | None:
        return int(self.date[:4]) if self.date else None

    def places(self) -> list[_Place]:
        seen = {p.name: p for p in self.event_parties}
        for *_, parties in self.agreements:
            for p in parties:
                seen.setdefault(p.name, p)
        return list(seen.values())


@cache
def _gazetteer_place(name: str, level: str) -> tuple[str | None, tuple[str, ...]]:
    """(adcode, parents) of the one gazetteer unit of this name and level, else (None, ())."""
    if level == "zone":
        return None, ()
    try:
        from extract.extractors.regions import region_index

        units = [u for u in region_index().units.get(name, []) if u.level == level]
    except Exception:  # the gazetteer is an aid; the node then has no adcode
        return None, ()
    if len(units) != 1:
        return None, ()
    return units[0].adcode, units[0].parents


def _year_certain(rec: dict[str, Any], ev: dict[str, Any], date: str | None) -> bool | None:
    start = ev.get("start")
    if not start:
        return True if date else None  # dated by the publish date, which the page states
    if ev.get("year_certain") is not None:
        return bool(ev["year_certain"])
    flags = [bool(d.get("year_certain", True)) for d in rec.get("dates") or [] if d["start"] <= start <= d["end"]]
    if flags:
        return all(flags)
    publish = rec.get("publish_date")
    return True if publish and publish[:4] == start[:4] else None


def _article(where: str, rec: dict[str, Any]) -> _Article:
    """The network's view of one record dict; a ``ValueError`` names the record that lacks what it needs."""
    try:
        return _read_article(rec)
    except (KeyError, TypeError, AttributeError, ValueError) as e:
        raise ValueError(f"{where}: not a record with parties ({type(e).__name__}: {e})") from e


def _read_article(rec: dict[str, Any]) -> _Article:
    regions = {r["name"]: r for r in rec.get("regions") or []}

    def place(name: str, level: str) -> _Place:
        r = regions.get(name)
        if r is not None and r.get("level") == level and (r.get("adcode") or r.get("parents")):
            return _Place(name, level, r.get("adcode"), tuple(r.get("parents") or ()))
        adcode, parents = _gazetteer_place(name, level)
        return _Place(name, level, adcode, parents)

    def places(parties: list[dict[str, Any]] | None) -> list[_Place]:
        return list({p["name"]: place(p["name"], p["level"]) for p in parties or []}.values())

    ev = rec.get("event") or {}
    docs = rec.get("agreements") or []
    date = ev.get("start") or rec.get("publish_date")
    if date is not None and not _BOUND.match(date[:10]):
        raise ValueError(f"not an ISO date: {date!r}")
    return _Article(
        doc_id=str(rec["doc_id"]),
        date=date,
        year_certain=_year_certain(rec, ev, date),
        event_name=ev.get("name") or None,
        event_start=ev.get("start"),
        event_end=ev.get("end"),
        event_location=ev.get("location"),
        title=rec.get("title"),
        source=rec.get("source"),
        event_parties=places(ev.get("parties")),
        agreements=[(d["title"], d["kind"], d["action"], places(d.get("parties"))) for d in docs],
    )


# ---------------------------------------------------------------- time slices


def _bound(value: int | str | datetime.date | None, what: str) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime.date):  # datetime and pandas Timestamp too
        return value.isoformat()[:10]
    text = f"{value:04d}" if isinstance(value, int) else str(value).strip()
    if not _BOUND.match(text):
        raise ValueError(f"{what} must be a year, YYYY-MM, YYYY-MM-DD or a date, not {value!r}")
    return text


def _within(date: str | None, since: str | None, until: str | None) -> bool:
    if since is None and until is None:
        return True
    if date is None:
        return False
    return (since is None or date[: len(since)] >= since) and (until is None or date[: len(until)] <= until)


# ---------------------------------------------------------------- rows (plain Python; pandas only at the end)


@dataclass
class _Rows:
    nodes: list[dict[str, Any]] = field(default_factory=list)
    edges: list[dict[str, Any]] = field(default_factory=list)
    parties: list[dict[str, Any]] = field(default_factory=list)


def _node_ids(articles: list[_Article]) -> dict[tuple[str, str | None], str]:
    """(name, adcode) → node id: the name, or ``name（nearest parent）`` where one name is two places."""
    codes: dict[str, set[str]] = {}
    parents: dict[tuple[str, str | None], tuple[str, ...]] = {}
    for art in articles:
        for p in art.places():
            if p.adcode:
                codes.setdefault(p.name, set()).add(p.adcode)
            parents.setdefault((p.name, p.adcode), p.parents)
    ids = {}
    for (name, code), par in parents.items():
        shared = len(codes.get(name, ())) > 1 and code is not None
        ids[(name, code)] = f"{name}（{par[0]}）" if shared and par else name
    return ids


def _rows(articles: list[_Article]) -> _Rows:
    ids = _node_ids(articles)

    def key(p: _Place) -> str:
        return ids[(p.name, p.adcode)]

    rows = _Rows()
    info: dict[str, _Place] = {}
    levels: dict[str, Counter[str]] = {}
    for art in articles:
        common = {"doc_id": art.doc_id, "date": art.date, "year": art.year, "year_certain": art.year_certain}
        in_event = {key(p) for p in art.event_parties}
        n_docs: Counter[str] = Counter()
        for *_, parties in art.agreements:
            n_docs.update({key(p) for p in parties})
        for p in art.places():
            info.setdefault(key(p), p)
            levels.setdefault(key(p), Counter())[p.level] += 1
            rows.parties.append(
                {"id": key(p), "name": p.name, "level": p.level, **common, "in_event": key(p) in in_event,
                 "n_agreements": n_docs[key(p)], "event_name": art.event_name}
            )  # fmt: skip
        pairs: dict[tuple[str, str], list[tuple[str, str, str]]] = {
            pair: [] for pair in combinations(sorted(in_event), 2)
        }
        for title, kind, action, parties in art.agreements:
            for pair in combinations(sorted({key(p) for p in parties}), 2):
                pairs.setdefault(pair, []).append((title, kind, action))
        for (a, b), docs in sorted(pairs.items()):
            rows.edges.append(
                {
                    "a": a, "b": b, **common,
                    "event_name": art.event_name, "event_start": art.event_start, "event_end": art.event_end,
                    "event_location": art.event_location, "in_event": a in in_event and b in in_event,
                    "agreements": [d[0] for d in docs], "agreement_kinds": [d[1] for d in docs],
                    "agreement_actions": [d[2] for d in docs], "n_agreements": len(docs),
                    "title": art.title, "source": art.source,
                }
            )  # fmt: skip
    partners: dict[str, set[str]] = {}
    for e in rows.edges:
        partners.setdefault(e["a"], set()).add(e["b"])
        partners.setdefault(e["b"], set()).add(e["a"])
    by_node: dict[str, list[dict[str, Any]]] = {}
    for r in rows.parties:
        by_node.setdefault(r["id"], []).append(r)
    for node_id, prs in by_node.items():
        p = info[node_id]
        years = [r["year"] for r in prs if r["year"] is not None]
        rows.nodes.append(
            {
                "id": node_id, "name": p.name, "level": levels[node_id].most_common(1)[0][0],
                "adcode": p.adcode, "province": p.province,
                "first_year": min(years, default=None), "last_year": max(years, default=None),
                "n_events": sum(r["in_event"] for r in prs), "n_agreements": sum(r["n_agreements"] for r in prs),
                "n_articles": len({r["doc_id"] for r in prs}), "n_partners": len(partners.get(node_id, ())),
            }
        )  # fmt: skip
    rows.nodes.sort(key=lambda n: (-n["n_articles"], n["id"]))
    return rows


# ---------------------------------------------------------------- the network


@dataclass
class Network:
    """The cooperation network of some records: ``nodes``, ``edges`` and ``parties`` tables (see the module doc)."""

    nodes: pd.DataFrame
    edges: pd.DataFrame
    parties: pd.DataFrame
    since: str | None = None
    until: str | None = None

    def __repr__(self) -> str:
        span = f", {self.since or '…'}–{self.until or '…'}" if self.since or self.until else ""
        return (
            f"Network({len(self.nodes)} places, {len(self.pairs())} pairs, {len(self.edges)} edges "
            f"in {self.parties.doc_id.nunique()} articles{span})"
        )

    def pairs(self) -> pd.DataFrame:
        """One row per pair: weight (articles), n_events, n_agreements, first/last year, doc_ids; heaviest first."""
        import pandas as pd

        if self.edges.empty:
            return pd.DataFrame(columns=PAIR_COLUMNS)
        g = self.edges.groupby(["a", "b"], sort=False)
        out = pd.DataFrame(
            {
                "weight": g.doc_id.nunique(),
                "n_events": g.in_event.sum(),
                "n_agreements": g.n_agreements.sum(),
                "first_year": g.year.min(),
                "last_year": g.year.max(),
                "doc_ids": g.doc_id.agg(lambda s: sorted(set(s))),
            }
        ).reset_index()
        out = out.sort_values(["weight", "n_agreements", "a", "b"], ascending=[False, False, True, True])
        return out.reset_index(drop=True)[PAIR_COLUMNS]

    def graph(self) -> nx.Graph:
        """The network as a ``networkx.Graph``: node attributes from ``nodes``, edge attributes from ``pairs()``."""
        import networkx as nx

        g = nx.Graph(since=self.since or "", until=self.until or "")
        for row in self.nodes.to_dict("records"):
            g.add_node(row["id"], **_attrs({k: v for k, v in row.items() if k != "id"}))
        by_pair = dict(tuple(self.edges.groupby(["a", "b"]))) if not self.edges.empty else {}
        for row in self.pairs().to_dict("records"):
            edges = by_pair[(row["a"], row["b"])]
            events = [e for e in dict.fromkeys(edges.event_name) if isinstance(e, str)]
            docs = list(dict.fromkeys(t for ts in edges.agreements for t in ts))
            g.add_edge(
                row["a"], row["b"],
                **_attrs({k: v for k, v in row.items() if k not in ("a", "b")}),
                events="；".join(events), agreements="；".join(docs),
            )  # fmt: skip
        return g

    def write(self, out: str | Path, fmt: Literal["csv", "parquet", "graphml"] = "csv") -> list[Path]:
        """``out/{nodes,edges,parties,pairs}.csv`` (UTF-8 with BOM, lists as JSON arrays) or ``.parquet``,
        or ``out/network.graphml``."""
        if fmt not in FORMATS:
            raise ValueError(f"unknown format {fmt!r}: one of {', '.join(FORMATS)}")
        out = Path(out)
        out.mkdir(parents=True, exist_ok=True)
        if fmt == "graphml":
            import networkx as nx

            path = out / "network.graphml"
            tmp = path.with_name(f".{path.name}.tmp")
            nx.write_graphml(self.graph(), tmp, encoding="utf-8")
            tmp.replace(path)
            return [path]
        from extract.analysis.frames import write_tables

        tables = list(self.tables())
        return write_tables(tables, out, fmt, lambda name: [c for c in _LIST_COLUMNS if c in dict(tables)[name]])

    def tables(self) -> Iterator[tuple[str, pd.DataFrame]]:
        yield from (("nodes", self.nodes), ("edges", self.edges), ("parties", self.parties), ("pairs", self.pairs()))


def _attrs(row: dict[str, Any]) -> dict[str, Any]:
    """GraphML-safe attributes: no missing values, plain ints, lists joined with ；."""
    out: dict[str, Any] = {}
    for k, v in row.items():
        if isinstance(v, list | tuple):
            out[k] = "；".join(str(x) for x in v)
        elif v is None or (isinstance(v, float) and v != v) or str(v) in ("<NA>", "NaT", "nan"):
            continue
        elif hasattr(v, "item"):  # numpy scalars
            out[k] = v.item()
        else:
            out[k] = v
    return out


def network(
    records: Iterable[Any] | str | Path,
    *,
    since: int | str | datetime.date | None = None,
    until: int | str | datetime.date | None = None,
) -> Network:
    """The cooperation network of ``records`` (``Record``s, dicts, or a folder/file of records; see the module doc)."""
    from extract.analysis.frames import require

    require("pandas")
    import pandas as pd

    lo, hi = _bound(since, "since"), _bound(until, "until")
    articles = [a for a in (_article(w, r) for w, r in record_dicts(records)) if _within(a.date, lo, hi)]
    rows = _rows(articles)
    tables = {
        "nodes": pd.DataFrame(rows.nodes, columns=NODE_COLUMNS),
        "edges": pd.DataFrame(rows.edges, columns=EDGE_COLUMNS),
        "parties": pd.DataFrame(rows.parties, columns=PARTY_COLUMNS),
    }
    for name, df in tables.items():
        for col in ("first_year", "last_year", "year"):
            if col in df.columns:
                df[col] = df[col].astype("Int64")
        for col in ("date", "event_start", "event_end"):
            if col in df.columns:
                df[col] = pd.to_datetime(df[col], format="%Y-%m-%d", errors="coerce")
        if "year_certain" in df.columns:
            df["year_certain"] = df["year_certain"].astype("boolean")
        for col in ("in_event",):
            if col in df.columns:
                df[col] = df[col].astype(bool)
        tables[name] = df
    return Network(**tables, since=lo, until=hi)


# ---------------------------------------------------------------- people meet places


def person_events(person: Any, records: Iterable[Any] | str | Path) -> list[dict[str, Any]]:
    """The events a person of ``people_index`` took part in: one dict per article of their reports,
    with the date, the event's name and location, and its parties (the places on its sides)."""
    by_id = {str(r.get("doc_id")): (w, r) for w, r in record_dicts(records)}
    out = []
    for doc_id in dict.fromkeys(r.doc_id for r in person.reports):
        if doc_id not in by_id:
            continue
        art = _article(*by_id[doc_id])
        out.append(
            {
                "doc_id": doc_id,
                "date": art.date,
                "year_certain": art.year_certain,
                "event": art.event_name,
                "location": art.event_location,
                "parties": [p.name for p in art.event_parties],
            }
        )
    return out


def year_span(first: Any, last: Any) -> str:
    """``2019–2020``, ``2024``, or ``undated`` (missing years are ``None``, ``NA`` or ``NaN``)."""

    def year(v: Any) -> int | None:
        return None if v is None or str(v) in ("<NA>", "nan", "NaT", "None") else int(v)

    a, b = year(first), year(last)
    if a is None or b is None:
        return "undated"
    return str(a) if a == b else f"{a}–{b}"


def format_person_events(events: list[dict[str, Any]]) -> str:
    """Plain-text lines for ``person_events``: date (``?`` after it where the year is not certain), event,
    where it was held, its parties."""
    if not events:
        return "  events: none in these records"
    lines = ["  events:"]
    for e in events:
        where = f" @ {e['location']}" if e["location"] else ""
        parties = f"  [parties: {'、'.join(e['parties'])}]" if e["parties"] else ""
        day = (e["date"] or "????-??-??") + ("?" if e["year_certain"] is False else "")
        lines.append(f"    {day} {e['event'] or '(no event)'}{where}{parties}  {e['doc_id']}")
    return "\n".join(lines)
