"""A people index across articles: each person, every title held, and when each was reported.

    >>> import extract
    >>> for person in extract.people_index(extract.extract_many("data/raw")):
    ...     print(person.key, [(t.title, t.dates) for t in person.titles])

Every official of every record is one *report*: the name, the titles written next to it, the
article (``doc_id``) and its date — the event's start, else the publish date, else unknown.
Reports of one name are grouped into people; a person's titles are listed in the order they
were first reported, each with the dates (and articles) that reported it.

**Same name, different people.**  Reports of one name belong to one person unless their titles
and regions cannot belong to one career.  Each title is placed and ranked:

* its *place*: the regions named in the title (``江西省长`` → 江西省; ``盐城市大丰区委书记`` →
  江苏省 › 盐城市 › 大丰区, read with the region gazetteer); a title without a region
  (``市委书记``, ``常务副省长``, ``区长``) is placed where the article's event took place (its
  ``event.location`` and that city's province), or, when the article names exactly one province
  (one prefecture), there; otherwise its place is unknown;
* its *rank*: national (``国家…``, ``中央…``, ``国务院…``, ``全国…``, ``总书记``, ``总理``),
  provincial (a province in the title, or an organization starting with 省, ``副省长``…), prefectural
  (a prefecture or ``市…``; ``市…`` in a province-level city is provincial), county (a county or
  ``区…``/``县…``), or unknown (universities, enterprises, associations without a region); the
  words are in ``rules/title_ranks.tsv``.

Two reports of one name from different articles cannot be one career — and so are two people —
when any of these holds:

1. **two places at once**: they are less than 90 days apart and their places share no province
   (no prefecture, when both are below provincial rank), neither being national;
2. **local careers stay in their province**: both are of prefectural or county rank and their
   places share no province (cadres of that rank seldom move across provinces; a real move is
   then split in two, which we prefer to merging two strangers);
3. **no fall by two ranks**: the later one ranks two or more levels below the earlier one
   (provincial, then county).

Unknown places, ranks or dates never conflict, so a name reported with bare titles in
undated articles stays one person.  Reports are taken in date order (undated last) and each
joins the first person of that name it conflicts with none of the reports of (complete
linkage), preferring the one sharing most titles, then provinces; else it starts a new person.
A name held by several people gets keys ``name#1``, ``name#2`` in order of first report.  So
``易炼红`` reported as 江西省长 in 2021 and as 浙江省委书记 in 2023 is one person (provincial rank
both, two years apart), while a ``张伟`` who is 盐城市副市长 and a ``张伟`` who is 广州市副市长
in the same year are two.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from extract.models import Record, Region
from extract.rules import read_tsv

__all__ = ["Person", "Report", "TitleHistory", "format_index", "people_index", "place_title"]

SAME_TIME_DAYS = 90

# ranks
COUNTY, PREFECTURE, PROVINCE, NATIONAL = 1, 2, 3, 4
RANK_NAMES = {COUNTY: "county", PREFECTURE: "prefecture", PROVINCE: "province", NATIONAL: "national"}
_LEVEL_OF_REGION = {"province": PROVINCE, "prefecture": PREFECTURE, "county": COUNTY}


@dataclass(frozen=True)
class Place:
    """Where a title is held: province, prefecture, county (names, ``None`` where not known)."""

    province: str | None
    prefecture: str | None = None
    county: str | None = None

    def label(self) -> str:
        return " › ".join(p for p in (self.province, self.prefecture, self.county) if p)


@dataclass
class Report:
    """One official of one record."""

    name: str
    doc_id: str
    date: str | None
    date_source: str | None  # "event", "publish_date" or None
    titles: list[str]
    places: list[Place] = field(default_factory=list)
    rank: int | None = None

    def day(self) -> datetime.date | None:
        return datetime.date.fromisoformat(self.date) if self.date else None

    def to_dict(self) -> dict[str, Any]:
        return {
            "doc_id": self.doc_id,
            "date": self.date,
            "date_source": self.date_source,
            "titles": self.titles,
            "places": [p.label() for p in self.places],
            "rank": RANK_NAMES.get(self.rank) if self.rank else None,
        }


@dataclass
class TitleHistory:
    title: str
    dates: list[str | None]
    doc_ids: list[str]

    def to_dict(self) -> dict[str, Any]:
        return {"title": self.title, "dates": self.dates, "doc_ids": self.doc_ids}


@dataclass
class Person:
    name: str
    key: str
    reports: list[Report]

    @property
    def titles(self) -> list[TitleHistory]:
        """Every title, in the order first reported, with each report's date and article."""
        out: dict[str, TitleHistory] = {}
        for r in self.reports:
            for t in r.titles:
                h = out.setdefault(t, TitleHistory(t, [], []))
                h.dates.append(r.date)
                h.doc_ids.append(r.doc_id)
        return list(out.values())

    @property
    def places(self) -> list[str]:
        return list(dict.fromkeys(p.label() for r in self.reports for p in r.places if p.label()))

    def to_dict(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "name": self.name,
            "places": self.places,
            "titles": [t.to_dict() for t in self.titles],
            "reports": [r.to_dict() for r in self.reports],
        }


# ---------------------------------------------------------------- placing a title


def _regions_in(text: str) -> list[Region]:
    """Regions named in a title, read with the gazetteer of ``extract.extractors.regions``."""
    return list(_regions_in_cached(text))


@cache
def _regions_in_cached(text: str) -> tuple[Region, ...]:
    try:
        from extract.extractors.regions import find_regions

        return tuple(r for r in find_regions(text) if r.level != "zone")
    except Exception:  # the gazetteer is an aid; a title is then placed from its article only
        return ()


def _place_of(region: Region) -> Place:
    p = region.parents
    if region.level == "province":
        return Place(region.name)
    if region.level == "prefecture":
        return Place(p[-1] if p else None, region.name)
    return Place(p[-1] if p else None, p[0] if len(p) >= 2 else None, region.name)


def _home(record: Record) -> tuple[Place | None, bool]:
    """Where the article happens: (place, whether that city is province-level)."""
    loc = record.event.location if record.event else None
    known = {r.name: r for r in record.regions}
    if loc:
        reg = known.get(loc)
        if reg is None or (reg.level != "province" and not reg.parents):
            found = [r for r in _regions_in(loc) if r.name == loc]
            reg = found[0] if found else reg
        if reg is not None and reg.level == "province":
            return Place(reg.name, reg.name), True
        if reg is not None and reg.level == "prefecture":
            return _place_of(reg), False
    provinces = [r for r in record.regions if r.level == "province"]
    prefectures = [r for r in record.regions if r.level == "prefecture"]
    if len(provinces) == 1:
        province = provinces[0].name
        in_it = len(prefectures) == 1 and prefectures[0].parents[-1:] == [province]
        return Place(province, prefectures[0].name if in_it else None), False
    return None, False


@cache
def _rank_words() -> dict[str, dict[str, tuple[str, ...]]]:
    """rank → how (prefix, contains, exact) → words, from ``rules/title_ranks.tsv``."""
    out: dict[str, dict[str, tuple[str, ...]]] = {}
    for rank, how, word in read_tsv("title_ranks.tsv"):
        words = out.setdefault(rank, {})
        words[how] = (*words.get(how, ()), word)
    return out


def _ranked(title: str, rank: str) -> bool:
    """The title has a word of ``rank`` (``rules/title_ranks.tsv``) where the rule says."""
    words = _rank_words().get(rank, {})
    return (
        title.startswith(words.get("prefix", ()))
        or any(w in title for w in words.get("contains", ()))
        or title in words.get("exact", ())
    )


def place_title(title: str, record: Record) -> tuple[Place | None, int | None]:
    """The place and rank of one title phrase of an official of ``record`` (see the module doc)."""
    if _ranked(title, "national"):
        return None, NATIONAL
    named = _regions_in(title)
    if named:
        most_specific = max(named, key=lambda r: _LEVEL_OF_REGION[r.level])
        return _place_of(most_specific), _LEVEL_OF_REGION[most_specific.level]
    home, municipality = _home(record)
    if _ranked(title, "province"):
        return (Place(home.province) if home else None), PROVINCE
    if _ranked(title, "prefecture"):
        if municipality:
            return home, PROVINCE
        return (Place(home.province, home.prefecture) if home else None), PREFECTURE
    if _ranked(title, "county"):
        if municipality and home:
            return Place(home.province, home.prefecture), COUNTY
        return (Place(home.province, home.prefecture) if home and home.prefecture else None), COUNTY
    return None, None


def _report(record: Record, name: str, titles: list[str]) -> Report:
    if record.event and record.event.start:
        day, source = record.event.start, "event"
    elif record.publish_date:
        day, source = record.publish_date, "publish_date"
    else:
        day, source = None, None
    places: list[Place] = []
    ranks: list[int] = []
    for t in titles:
        place, rank = place_title(t, record)
        if place is not None and place not in places:
            places.append(place)
        if rank is not None:
            ranks.append(rank)
    return Report(name, record.doc_id, day, source, list(titles), places, max(ranks) if ranks else None)


# ---------------------------------------------------------------- one career or two


def _provinces(r: Report) -> set[str]:
    return {p.province for p in r.places if p.province}


def _prefectures(r: Report) -> set[str]:
    return {p.prefecture for p in r.places if p.prefecture}


def conflict(a: Report, b: Report) -> str | None:
    """Why two reports of one name cannot be one career, or None when they can."""
    if a.doc_id == b.doc_id:
        return None
    pa, pb = _provinces(a), _provinces(b)
    apart_provinces = bool(pa and pb and not pa & pb)
    local = a.rank is not None and b.rank is not None and max(a.rank, b.rank) <= PREFECTURE
    fa, fb = _prefectures(a), _prefectures(b)
    apart = apart_provinces or (local and bool(fa and fb and not fa & fb))
    da, db = a.day(), b.day()
    national = NATIONAL in (a.rank, b.rank)
    if da and db and abs((da - db).days) < SAME_TIME_DAYS and apart and not national:
        return "two places at once"
    if local and apart_provinces:
        return "local posts in two provinces"
    if da and db and a.rank is not None and b.rank is not None and da != db:
        early, late = (a, b) if da < db else (b, a)
        assert early.rank is not None and late.rank is not None
        if early.rank - late.rank >= 2:
            return "fall by two ranks"
    return None


def _affinity(r: Report, members: list[Report]) -> tuple[int, int, str]:
    titles = {t for m in members for t in m.titles}
    provinces = set().union(*(_provinces(m) for m in members))
    last = max((m.date for m in members if m.date), default="")
    return (len(titles & set(r.titles)), len(provinces & _provinces(r)), last)


def people_index(records: Iterable[Any]) -> list[Person]:
    """The people of some records (``Record``s, dicts, or a folder path), by name (see the module doc)."""
    from extract.analysis.frames import as_records

    by_name: dict[str, list[Report]] = {}
    for rec in as_records(records):
        for o in rec.officials:
            by_name.setdefault(o.name, []).append(_report(rec, o.name, list(o.titles)))
    people: list[Person] = []
    for name in sorted(by_name):
        reports = sorted(by_name[name], key=lambda r: (r.date is None, r.date or "", r.doc_id))
        groups: list[list[Report]] = []
        for r in reports:
            fits = [g for g in groups if all(conflict(r, m) is None for m in g)]
            if fits:
                max(fits, key=lambda g: _affinity(r, g)).append(r)
            else:
                groups.append([r])
        for i, g in enumerate(groups, 1):
            people.append(Person(name, name if len(groups) == 1 else f"{name}#{i}", g))
    return people


def format_index(people: list[Person]) -> str:
    """Plain-text listing: one block per person, one line per title with its dates and articles."""
    lines = []
    for p in people:
        places = "、".join(p.places)
        lines.append(f"{p.key}" + (f"  ({places})" if places else "") + f"  — {len(p.reports)} report(s)")
        width = max((len(t.title) for t in p.titles), default=0)
        for t in p.titles:
            when = " · ".join(f"{d or '????-??-??'} {doc}" for d, doc in zip(t.dates, t.doc_ids, strict=True))
            lines.append(f"  {t.title}{'　' * (width - len(t.title))}  {when}")
        if not p.titles:
            lines.append("  (no title)  " + " · ".join(f"{r.date or '????-??-??'} {r.doc_id}" for r in p.reports))
    return "\n".join(lines)
