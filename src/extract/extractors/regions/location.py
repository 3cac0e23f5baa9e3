"""The city where an article's event took place (``resolve_location``)."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from extract.extractors.event import sentence_bounds
from extract.extractors.regions.gazetteer import (
    _LEVEL_RANK,
    TOWNSHIP_LEVELS,
    Unit,
    _city_of,
    _in_year,
    _Index,
    _region_unit,
    _unit_by_ref,
    formers_by_name,
    formers_of,
    home_phrases,
    region_index,
    townships,
)
from extract.extractors.regions.resolve import _source_units, find_regions
from extract.extractors.regions.scan import _scan, place_areas
from extract.models import Region
from extract.rules import read_groups, read_tsv

# a place's government as a sentence's subject, then when or where it acts (新竹市|政府今（16）日上午在市府…举办)
_GOVERNMENT_ACTING = re.compile(r"(?:人民政府|政府)(?=今|昨|前|本|于|在|[0-9０-９一二三四五六七八九十]{1,2}月)")


def _seat_owner(text: str, phrase: str, regions: list[Region], idx: _Index) -> str | None:
    """The city of the government that opens the sentence holding 在 + ``phrase`` as its subject (a seat of its own:
    新竹市政府今（16）日上午在市府第一会议室举办…) — not a delegation's (金门县政府访问团) nor an official's title's."""
    at = text.find("在" + phrase)
    if at < 0:
        return None
    lo = sentence_bounds(text, at)[0]
    while lo < at and text[lo] in " \t\u3000":
        lo += 1
    owners = {
        c
        for r in regions
        for s, e in r.spans
        if s == lo and _GOVERNMENT_ACTING.match(text, e) and (c := _city_of_region(r, idx))
    }
    return owners.pop() if len(owners) == 1 else None


def _home_city(text: str, source: str | None, regions: list[Region], idx: _Index, kind: str = "") -> str | None:
    """The city an article calls 我市: the one its source names, else the most-mentioned one; of those
    whose name ends as the phrase says (``kind``: 县 for 本县/县府, a Taiwan county among cities: 臺南縣
    receiving 泉州市's delegation in its 縣府大禮堂) where the article names one."""
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for r in regions:
        city = _city_of_region(r, idx)
        if city:
            counts[city] += len(r.spans)
            first.setdefault(city, min(s for s, _ in r.spans) if r.spans else 0)
    if source:
        # a city the article names (as it was then: 巢湖市, a prefecture in 2009) whose name opens
        # the outlet's (巢湖日报), before the units of today the outlet's name reads as (巢湖市, a
        # county-level city of 合肥市 since 2011)
        named = [c for c in counts if len(c) >= 3 and source.startswith(c[:-1] if c[-1] in _CITY_SUFFIXES else c)]
        if len(named) == 1:
            return named[0]
        # (the unit as the article names it, in its year: 枞阳县委宣传部 in 2010 names 安庆市's 枞阳县, not
        # 铜陵市's of today)
        named_as = {r.name: r for r in regions}
        for u in _source_units(source, idx):
            city = _city_as_named(u, named_as, idx)
            if city and city in counts:
                return city
        # an outlet named by its city's nickname (江城日报: 武汉, 吉林 or 芜湖 — the one the article names)
        nicknamed = {
            c
            for tok in _scan(source, idx)
            for e in tok.entries
            if e.kind == "nick"
            for r in e.members
            if (u := _unit_by_ref(r, idx)) is not None and (c := _city_of(u)) in counts
        }
        if len(nicknamed) == 1:
            return nicknamed.pop()
        # a city's own outlet (抚顺日报) names its home even where the article names it only in
        # compounds (沈抚同城化): a unit the source names strictly wins over the counts
        strict = {c for u in _source_units(source, idx, strict=True) if (c := _city_as_named(u, named_as, idx))}
        if len(strict) == 1:
            city = strict.pop()
            # (吕梁日报 in a 2002 article that names 吕梁地区: the city as the article names it)
            former = [c for c in counts if (f := _former(c, idx)) is not None and f.current and f.current[0] == city]
            return former[0] if former else city
    if not counts:
        return None
    # (韶关市党政代表团…出席 at a meeting 在我市召开: a visiting delegation's place is no home, where
    # another is named)
    after = _delegation_after()
    visiting = {c for r in regions for _, e in r.spans if after.match(text, e) and (c := _city_of_region(r, idx))}
    if visiting and set(counts) - visiting:
        counts = Counter({c: n for c, n in counts.items() if c not in visiting})
    # (市领导A、B，商丘市领导C参加: the leaders the page names without a place are its home's; those
    # named with their place are the guests')
    if _BARE_LEADERS.search(text):
        guests = {
            c for r in regions for _, e in r.spans if _GUEST_LEADERS.match(text, e) and (c := _city_of_region(r, idx))
        }
        if guests and set(counts) - guests:
            counts = Counter({c: n for c, n in counts.items() if c not in guests})
    # (the cities of the units of the phrase's kind: 来我县 in a 砀山县 page names 宿州市, not 永城市's 商丘市)
    # (a city that is itself of the kind first: Taiwan's 臺南縣 receiving 泉州市's delegation in its 縣府)
    # (a district's city: 万州区 → 重庆市; no 地区 prefecture, no autonomous region)
    of_kind = [r for r in regions if kind and r.name.endswith(kind) and (kind != "区" or r.level == "county")]
    kind_cities = {c for r in of_kind if (c := _city_of_region(r, idx))}
    kinded = [c for c in counts if kind == "县" and c.endswith(kind)] or [c for c in counts if c in kind_cities]
    return max(kinded or counts, key=lambda c: (counts[c], -first[c]))


@cache
def _delegation_after() -> re.Pattern[str]:
    """A delegation's word right after a place (韶关市党政代表团, 唐山市经贸代表团): rules/parties.tsv
    ``delegation``, with a field word before it."""
    words = sorted(read_groups("parties.tsv").get("delegation", ()), key=len, reverse=True)
    return re.compile(rf"(?:经贸|考察)?(?:{'|'.join(map(re.escape, words))})")


_BARE_LEADERS = re.compile(r"(?:^|[\s，,。；;：:])(?:市|县|区|州|盟|旗)领导")
_GUEST_LEADERS = re.compile(r"(?:市|县|区|州|盟|旗)?领导")


def _city_as_named(u: Unit, named_as: dict[str, Region], idx: _Index) -> str | None:
    """The city of unit ``u`` as the article's region of its name places it (its year's parent), else today's."""
    return _city_of_region(named_as[u.name], idx) if u.name in named_as else _city_of(u)


# 在…率领下, 在…陪同下: a 在 of whom one goes with, not of where (the phrase after 在 holds it)
_UNDER_SOMEONE = re.compile(r"(?:率领|带领|陪同|带队|邀请|主持|见证|指导|组织|关心|支持|协调|推动)下")


def _named_then(city: str, year: int | None, idx: _Index) -> str:
    """The prefecture ``city`` as named in ``year``: the one of its code then, where the name came later (a county
    of 1990 that the tables list under 滨州地区, 惠民地区 until 1992, lies in 惠民地区)."""
    units = [u for u in idx.units.get(city, ()) if u.level == "prefecture"]
    if year is None or not units or any(u.valid_in(year) for u in units) or units[0].adcode is None:
        return city
    then = {u.name for u in _prefectures_by_code().get(units[0].adcode, ()) if u.valid_in(year)}
    return then.pop() if len(then) == 1 else city


@cache
def _prefectures_by_code() -> dict[str, tuple[Unit, ...]]:
    """Prefecture-level units by code: a prefecture renamed keeps its code (惠民地区, 滨州地区: 372300)."""
    out: dict[str, list[Unit]] = {}
    for units in region_index().units.values():
        for u in units:
            if u.level == "prefecture" and u.adcode:
                out.setdefault(u.adcode, []).append(u)
    return {code: tuple(us) for code, us in out.items()}


def _city_of_region(r: Region, idx: _Index) -> str | None:
    u = _region_unit(r, idx)
    return _city_of(u) if u is not None else None


_CITY_SUFFIXES = "市州盟"  # what a city's name ends with that its outlets leave out (巢湖市 → 巢湖日报)

# the seat of the article's own government (在县府第一会议室举行, 在市政府会议中心召开)
@cache
def _home_seats() -> tuple[str, ...]:
    """What a place phrase opens with when it is the home or the home's own seat (rules/home_places.tsv)."""
    return tuple(row[0] for row in read_tsv("home_places.tsv") if row[1] != "facility")


@cache
def _home_facilities() -> tuple[str, ...]:
    """What a place phrase of the home's own facility ends with (rules/home_places.tsv ``facility``: 县文化艺术中心)."""
    return tuple(row[0] for row in read_tsv("home_places.tsv") if row[1] == "facility")


_FACILITY_LEVELS = "县市区州旗盟"  # the one level character a home facility's phrase opens with (县文化艺术中心)


def _home_facility(phrase: str) -> bool:
    """县文化艺术中心, 市体育中心二楼会议室: a level character, then words ending with a facility's word — the home's
    own venue (not 区域…)."""
    return (
        phrase[:1] in _FACILITY_LEVELS
        and not phrase.startswith("区域")
        and len(phrase) > 2
        and phrase.endswith(_home_facilities())
    )


def _home_kind(phrase: str) -> str:
    """县 where a home phrase or seat names a county (本县, 县府大礼堂), 区 a district (我区, 区政府: a
    city's district where the article names one — else an autonomous region's page), else "": a
    county that is a city's peer is one of Taiwan's (a mainland county's home is its prefecture)."""
    bare = phrase.lstrip("我本全该")
    return "县" if bare.startswith("县") else "区" if bare.startswith("区") and not bare.startswith("区域") else ""




# a council named by its level alone at a place phrase's start (区议会会议室, 县议会大礼堂): the one the article names
_BARE_COUNCIL = re.compile(r"[区县市]议会")


@cache
def _letter_cities() -> dict[str, str]:
    """The letters of the province-level cities and the SARs (rules/province_abbreviations.tsv: 澳 → 澳门特别行政区),
    which a place phrase may be alone: the place itself."""
    cities = ("市", "特别行政区")
    return {row[0]: row[1] for row in read_tsv("province_abbreviations.tsv") if row[1].endswith(cities)}


@cache
def _venues() -> dict[str, str]:
    """rules/venues.tsv: a venue known by its name alone (人民大会堂) → the city it stands in, longest first."""
    return dict(sorted(((row[0], row[1]) for row in read_tsv("venues.tsv")), key=lambda r: -len(r[0])))


def _areas_in(phrase: str) -> list[str]:
    """The city of the first (longest) area of rules/place_areas.tsv the phrase holds."""
    areas = place_areas()
    for i in range(len(phrase)):
        for n in range(min(6, len(phrase) - i), 1, -1):
            if (city := areas.get(phrase[i : i + n])) is not None:
                return [city]
    return []


def _township_counties(phrase: str, year: int | None) -> list[str]:
    """The counties of the first (longest) Taiwan township the phrase holds, as named in ``year``."""
    towns = townships()

    def then(rows: tuple[tuple[str, int | None, int | None], ...]) -> list[str]:
        return [c for c, first, last in rows if year is None or ((first or 0) <= year <= (last or 9999))]

    for i in range(len(phrase)):
        for n in range(min(6, len(phrase) - i), 1, -1):
            rows = towns.get(phrase[i : i + n])
            if rows:
                return then(rows)
    # (or one written without its level, opening the phrase: 在竹北县府召开 — 竹北市, 新竹县's seat)
    for n in (3, 2):
        rows = next((r for level in TOWNSHIP_LEVELS if (r := towns.get(phrase[:n] + level))), ())
        if rows:
            return then(rows)
    return []


def _former(name: str, idx: _Index) -> Unit | None:
    """The historical unit of that name (a successor's former name), if there is one."""
    units = [u for e in idx.keys.get(name, ()) if e.kind == "unit" for u in idx.entry_units(e) if u.valid_to]
    return units[0] if units else None


def resolve_location(
    phrase: str,
    text: str,
    *,
    source: str | None = None,
    regions: list[Region] | None = None,
    year: int | None = None,
) -> str | None:
    """Canonical prefecture-level (or province-level) city for an event place phrase, as named in ``year`` (the home's
    city 襄阳市 in 2008: 襄樊市, its code's name then) — see :func:`_resolve_location`."""
    found = _resolve_location(phrase, text, source=source, regions=regions, year=year)
    return _named_then(found, year, region_index()) if found else None


def _resolve_location(
    phrase: str,
    text: str,
    *,
    source: str | None = None,
    regions: list[Region] | None = None,
    year: int | None = None,
) -> str | None:
    """Canonical prefecture-level (or province-level) city for an event place phrase.

    ``我市``/``本市``/``全市`` → the city of the source (``连云港发布`` → 连云港市, ``大丰日报`` →
    盐城市) when the article mentions it, else the most-mentioned city; ``合肥``/``大连市`` → that city;
    a county → its prefecture (``大丰`` → 盐城市); ``汉`` → 武汉市; ``港城`` → the candidate city the
    article mentions.  A province (``湖北``) or an unknown phrase gives None.  ``year`` as in
    :func:`find_regions` (在襄樊召开 in 2009 → 襄樊市).
    """
    idx = region_index()
    phrase = (phrase or "").strip()
    for prefix in ("在", "于", "赴", "来", "到"):
        # (not the first character of a place's name the phrase opens with: 来安县行政中心, 于都县)
        if (
            len(phrase) > 1
            and phrase.startswith(prefix)
            and phrase[1:] not in idx.keys
            and not any(phrase[:k] in idx.keys for k in range(2, 7))
        ):
            phrase = phrase[1:]
    if not phrase or _UNDER_SOMEONE.search(phrase):
        return None  # (在江津市委书记杜永明率领下来我县考察: led by someone, no place)
    if regions is None:
        regions = find_regions(text, source=source, year=year)
    if phrase in home_phrases():
        return _home_city(text, source, regions, idx, _home_kind(phrase))
    region_units = [u for r in regions if (u := _region_unit(r, idx)) is not None]
    mentioned = {u.ref for u in region_units}
    mentioned_cities = {c for u in region_units if (c := _city_of(u))}
    src_cities = {c for u in (_source_units(source, idx) if source else []) if (c := _city_of(u))}

    # (the article's former units whose successors it does not name: 鄂西州 in 1990, not 台中县 beside 台中市)
    region_names = {u.name for u in region_units}
    then = formers_by_name(u for u in region_units if year is not None and u.valid_in(year))
    formers = {name: units[-1] for name, units in then.items() if name not in region_names}

    def pick(units: list[Unit]) -> str | None:
        cities = {c for u in units if (c := _city_of(u))}
        if len(cities) > 1:
            cities = {c for c in cities if c in mentioned_cities or c in src_cities} or {
                c for u in units if u.ref in mentioned and (c := _city_of(u))
            }
        if len(cities) != 1:
            return None
        city = next(iter(cities))
        # (the city as the article names it then: 利川市 in 1990 lies in 鄂西土家族苗族自治州, the article's, which
        # became 恩施土家族苗族自治州 in 1993)
        former = formers.get(city)
        return former.name if former is not None and former.level in ("prefecture", "province") else city

    # a full name the article's regions already read as one unit (连江县 on a Taiwan page: Matsu's)
    same = {u.ref: u for u in region_units if u.name == phrase}
    if len(same) == 1:
        return pick(list(same.values()))
    if len(phrase) == 1 and phrase in idx.city_abbr:
        # (as the article names it then: 在榆召开 beside 榆林地区 in 1999 → 榆林地区, not 榆林市)
        formers = formers_of(region_units)
        return pick([formers.get(u.adcode or "", u) for r in idx.city_abbr[phrase] if (u := _unit_by_ref(r, idx))])
    council = _BARE_COUNCIL.match(phrase)
    if council is not None:
        # (在区议会会议室举行 beside 湾仔区议会: the council the article names with its place — that place)
        level = council.group()[0]
        councils = [r.name for r in regions if r.name.endswith(level) and r.name + "议会" in text]
        if len(councils) == 1:
            return resolve_location(councils[0], text, source=source, regions=regions, year=year)
    if len(phrase) == 1 and (sar := _letter_cities().get(phrase)) and any(r.name == sar for r in regions):
        return sar  # (在澳举行 on a page that names 澳门: the SAR's letter; 赴澳 alone may be Australia's)
    entries = idx.keys.get(phrase, ())
    named = [(e, u) for e in entries if e.kind == "unit" for u in idx.entry_units(e)]
    # (the unit the article's regions read the name as, in a year of change: 在榆林召开 beside 行署专员 in 1999)
    units = [u for _, u in named if u.ref in mentioned] or [u for _, u in _in_year(named, year)]
    if units and not any(u.ref in mentioned for u in units) and not any(e.full for e, _ in named):
        # (a short form of a unit in no province the article names, 在鹿城召开 in a 包头 paper — 温州's 鹿城区, or
        # a nickname: the units of the article's provinces only; none left, the home or the hosts say it)
        named_provinces = {u.province for u in region_units} | {u.name for u in region_units if u.level == "province"}
        units = [u for u in units if u.province in named_provinces]
    for e in entries:
        if e.kind == "nick":
            units += [_unit_by_ref(r, idx) for r in e.members]
    def township_units() -> list[Unit]:
        """The county of the Taiwan township the phrase holds, where the article names that county."""
        return [u for county in _township_counties(phrase, year) for e in idx.keys.get(county, ())
                if e.kind == "unit" for u in idx.entry_units(e) if u.ref in mentioned]  # fmt: skip

    if not units and ("县府" in phrase or "县政府" in phrase):
        # (a Taiwan township and 县府, the county's seat there: 在凤山县府 on a page of 高雄县 — not Guangxi's 凤山县,
        # which the phrase's own regions would read; its hall or room after it too, 凤山县府大礼堂)
        units = township_units()
    if not units and (venue := next((v for v in _venues() if phrase.startswith(v)), None)):
        # (在人民大会堂举行, 在钓鱼台国宾馆签约: a landmark venue named alone — the city it stands in, rules/venues.tsv)
        return resolve_location(_venues()[venue], text, source=source, regions=regions, year=year)
    if not units:
        # a longer phrase (大连市中山区, 武汉东湖) — use the regions found in it
        inner = find_regions(phrase, source=source, year=year)
        units = [u for r in inner if (u := _region_unit(r, idx)) is not None]
        # (a full name two units share, read alone as the national standard's: the one the article's regions read —
        # 在连江县政府大礼堂 on a Matsu page is Taiwan's 连江县, not 福州市's)
        units = [
            next((m for m in region_units if m.name == u.name and m.ref != u.ref and u.ref not in mentioned), u)
            for u in units
        ]
        if not units:  # a short form that needs the article's context (在台中 where 台湾 is mentioned)
            units = [
                u
                for tok in _scan(phrase, idx)
                for e in tok.entries
                if e.kind == "unit"
                for u in idx.entry_units(e)
                if u.ref in mentioned
            ]
        units = [u for u in units if u.level != "province" or u.prefecture]
        if not units:  # an area that is no division (在氹仔一酒店, 在横琴召开): the city it lies in
            areas = [(e, u) for city in _areas_in(phrase) for e in idx.keys.get(city, ()) if e.kind == "unit"
                     for u in idx.entry_units(e)]  # fmt: skip
            units = [u for _, u in _in_year(areas, year)]  # (雄县 as named in the year: not 保定地区's of 1993)
        if not units:  # a Taiwan township (在竹东镇举行): its county, where the article names that county
            units = township_units()
        if not units and (phrase.startswith(_home_seats()) or _home_facility(phrase)):
            # 在县府第一会议室: the home's own seat; 主会场设在县文化艺术中心: its own venue — the seat of the
            # government the sentence opens with where it names one (新竹市政府今日上午在市府第一会议室举办…)
            return _seat_owner(text, phrase, regions, idx) or _home_city(text, source, regions, idx, _home_kind(phrase))
        if not units:
            return None
        deepest = max(_LEVEL_RANK[u.level] for u in units)
        units = [u for u in units if _LEVEL_RANK[u.level] == deepest]
    provinces = [u for u in units if u.level == "province"]
    if provinces and any(not p.prefecture for p in provinces):
        # 吉林 / 海南: the province name wins unless the article is about the same-named city
        lower = [u for u in units if u.level != "province" and _city_of(u) in mentioned_cities]
        return pick(lower) if lower else None
    return pick(units)
