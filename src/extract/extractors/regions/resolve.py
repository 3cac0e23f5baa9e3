"""Mentions → regions: which unit (or zone) each mention names, given the article's support."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache
from itertools import pairwise

from extract.extractors.namelex import (
    COMMON_WORD,
    alternation,
    lexicon,
    not_after,
    transliteration_chars,
    word_frequency,
)
from extract.extractors.regions.gazetteer import (
    _CITY_COUNT,
    _CITY_ZONE_SUFFIXES,
    _CJK,
    _COUNT,
    _LIST_GAPS,
    _NAME_AFTER,
    _STREET,
    _STREET_FIRSTS,
    _TITLE_END,
    TOWNSHIP_LEVELS,
    Unit,
    _city_of,
    _Entry,
    _in_year,
    _Index,
    _Token,
    _unit_by_ref,
    direction_zone_names,
    formers_by_name,
    formers_of,
    guarded_word,
    key_units,
    localities,
    region_index,
    townships,
    unit_ref,
)
from extract.extractors.regions.named_zones import named_zones, province_letters
from extract.extractors.regions.scan import _COUNTY_CITY_ON, _function_chars, _scan, _token_at, scan_in_discourse
from extract.models import CurrentUnit, OffsetSpan, Region
from extract.rules import read_groups, read_lines, read_tsv

_LIST_GAP_LONGEST = max(map(len, _LIST_GAPS))
LONG_SHORT_FORM = 4  # a short form this long is as sure as a full name, beside its province (二连浩特口岸)
SIBLING_WINDOW = 40  # characters around a province's short form where its namesake prefecture's siblings stand
GOVERNING_REACH = 4  # characters of a word of governing between a city and the list of its units
_GOVERNING = re.compile(r"(?:所辖|下辖|辖区内的|辖区|管辖的|辖)$")
DISTRICTS_CITY_REACH = 20  # characters before a counted list of districts where their city may be named
_CLAUSE_BREAK = re.compile(r"[，,。；;！？!?\n]")  # a clause's end
SIBLINGS_MIN = 2  # other prefectures of that province there that make it the prefecture (玉树, 黄南 … 海南)
# the organs of a prefecture-level 地区 or 盟 (地委, 行署, 专员, 盟委, 盟长): the kinds a city replaced
_FORMER_ORGANS = re.compile(r"地委|行署|行政公署|专员|盟委|盟长")
FORMER_KINDS = ("地区", "盟")  # the prefectures of a former kind (the parties count them too: 两地区)

# belts named together (东西部协作, 东中西部): a sub-provincial term's last character may begin them
_BELTS = re.compile(r"东西部|东中西部|中西部|东中部")


def _looks_like_person(text: str, tok: _Token, idx: _Index) -> bool:
    """``省长李长春说``: a short place name right after a surname that follows a title or punctuation."""
    s, e = tok.start, tok.end
    if s < 1 or text[s - 1] not in idx.surnames or e >= len(text) or text[e] not in _NAME_AFTER:
        return False
    before = text[s - 2] if s >= 2 else "\n"
    # (after punctuation, not a surname that is mostly a word's first character, a preposition: 。经敦煌、兰州运往…)
    return before in _TITLE_END or (not _CJK.match(before) and text[s - 1] not in lexicon().weak_surnames)


@cache
def _letters_then() -> re.Pattern[str]:
    """What after a run of provinces' letters says they are provinces: a count of provinces (蒙宁两地,
    川渝两省市: rules/count_units.tsv's province and any units) or a border area's word (宁甘毗邻地区:
    rules/border_zones.tsv's areas)."""
    groups = read_groups("border_zones.tsv")
    areas = [*groups.get("area", ()), *groups.get("border", ())]  # (宁甘毗邻地区; 地处宁蒙交界: the border alone)
    # (or 等 and the provinces' word, closing a list of them: 陕豫甘青宁新等省区)
    return re.compile(rf"(?:(?:[两二三四五六七八九]个?|等)(?:{_province_count_units()})|{alternation(areas)})")


@cache
def _province_count_units() -> str:
    """rules/count_units.tsv's words counting provinces (and any units: 两地) as an alternation."""
    return alternation([u for u, level in read_tsv("count_units.tsv") if level in ("province", "any")])


_DIRECTION_WORDS = frozenset({"东部", "西部", "南部", "北部", "中部"})  # a part of a place, after its name
_SHORT_SUFFIX = re.compile(r"(?:市|县|区|地区|盟|州)$")  # a unit's level word, left out of its short name


@cache
def _letters_paired() -> re.Pattern[str]:
    """A word of pairing after a run of provinces' letters (粤澳合作, 川藏交流: rules/parties.tsv ``pairword``), the
    belts named together before it too (鲁甘东西部协作)."""
    return re.compile(rf"(?:{_BELTS.pattern})?(?:{alternation(list(read_groups('parties.tsv').get('pairword', ())))})")


_COUNTY_COUNT = re.compile(r"[两二三四五六七八九十]{1,2}个?县(?![城委长区市])")  # (四县, not 四县市 or 两县县委)
# a list closed by 等 and the word for counties, no count (互助、循化等县, 等县区, 等县（市）)
_ETC_COUNTIES = re.compile(r"等县(?:区|市|[（(][区市][）)])?(?![城委长])")
# a partial list's count of counties after 等 (…、同心等12个县（区）): the names listed are some of them
_PARTIAL_COUNTY_COUNT = re.compile(r"等(?P<n>[0-9]{1,3}|[两二三四五六七八九十]{1,3})个?县")
_DISTRICT_COUNT = re.compile(r"[两二三四五六七八九十]{1,2}个?区(?![域委长])")  # (五区, not 两区域 or 两区区委)


@cache
def _place_count() -> re.Pattern[str]:
    """A count of places of any level (两地, 两市, 三县: rules/count_units.tsv; and 两州, 两区, which the
    parties' counts leave out: there they would read a district's or a prefecture's leaders as sides); a measure
    word between (两个城市, 两大城市, 两座城市: 成渝两大城市 counts 成都 and 重庆)."""
    units = [u for u, _ in read_tsv("count_units.tsv")] + ["州", "区"]
    return re.compile(rf"[两二三四五六七八九十]{{1,2}}(?:个|大|座)?(?:{alternation(units)})")


_TAIWAN = "台湾省"
_TAIWAN_PARTS = frozenset({"东部", "西部", "中部", "南部", "北部"})  # Taiwan's own parts, on its pages
_WATER = frozenset("湖江河")  # after a place's short form: a lake's or a river's name
_MOUNTAIN = frozenset("山岭峰")  # … a mountain's
_TRAVEL_TO = re.compile(r"(?:前往|游览|登上|登临|畅游|游)$")  # a visitor's going to a sight (前往庐山, 游览黄山)
_WATER_ENDS = frozenset("河江水溪川湖")  # the last character of a name that may be a river's or a lake's
_JOINING_CHARS = frozenset("与和及同")  # a conjunction between two parties (…妇联与会宁县…)
# the last character of a place's name or an office's: a party before a conjunction (河东区|与, 人社局|与, 妇联|与)
_NAME_OR_OFFICE_ENDS = frozenset("省市县区州盟旗局委办厅处署府联")


# a mountain's name listed right after or before another name (黄山、九华山与三清山): 1–4 characters and 山
# (or joined by a dash: 龙虎山—武夷山双世遗)
_LISTED_MOUNTAIN_AFTER = re.compile(r"[、和与及—－-]([\u4e00-\u9fff]{1,4}?[山湖])(?![\u4e00-\u9fff]?[市县区州])")
_LISTED_MOUNTAIN_BEFORE = re.compile(r"([\u4e00-\u9fff]{1,4}[山湖])[、和与及—－-]$")
# a tour's route: names joined by dashes, then a route's word (“黄山—景德镇—庐山”旅游热线, 庐山—井冈山旅游线路)
_TOUR_ROUTE = re.compile(
    r"((?:[\u4e00-\u9fff]{2,5}[—－-]){1,6}[\u4e00-\u9fff]{2,5})[”\"」]?(?:旅游)?(?:热线|线路|环线|黄金线|专线|精品线)"
)
TOUR_ROUTE_REACH = 40  # characters around a name in which its route is looked for


def _on_tour_route(text: str, start: int, end: int) -> bool:
    """The name from ``start`` to ``end`` is one of the stops a tour's route joins by dashes."""
    if not any(c in text[max(0, start - 1) : end + 1] for c in "—－-"):
        return False
    lo = max(0, start - TOUR_ROUTE_REACH)
    return any(
        m.start(1) <= start and end <= m.end(1) for m in _TOUR_ROUTE.finditer(text, lo, end + TOUR_ROUTE_REACH)
    )


# the next name of a list of rivers (黑河、石羊河|流域): 1–4 characters and a water character
_LISTED_WATER_AFTER = re.compile(r"[、和与及]([\u4e00-\u9fff]{0,4}?[河江水溪川湖])")
# the rest of a list of features after a name, closed by a count of great ones or 等 (、腾格里两大|沙漠)
_LISTED_FEATURES_AFTER = re.compile(r"(?:[、和与及](?:(?!等)[\u4e00-\u9fff]){2,5}?){1,3}(?:[两二三四五六]大|等)")
# after the river's name: the list goes on or ends, or its noun follows (黑河、大通河|的重要水源; 如皋沿江|港口: none)
_RIVER_LIST_GOES_ON = re.compile(r"[、，,。；;和与及等的]")
_VISIT_BEFORE = re.compile(r"(?:赴|前往|转往|转赴|飞往|抵达|来到)$")  # a verb of travelling to the place after it
RIVER_MIN = 3  # characters of a river's name listed after a place's that makes the place a river too (乌苏里江)


_SIGHTS_ETC = "等"  # before a list's closing word for sights (rules/feature_words.tsv ``sights``)
# (a word praising them between: 清明上河园、龙亭等知名景区)
_SIGHTS_MODIFIER = re.compile(r"(?:国家级|世界级|知名|著名|重点|特色|热门|精品|核心|优质|旅游|文化)+")
_LIST_MARKS = "、和与及"
_CLAUSE_ENDS = "，,。；;：:！？\n"

# a list's closing word that says its members are places (等毗邻市县, 等周边城市, 等地; not 等县市长)
_PLACES_AFTER = re.compile(r"等[\u4e00-\u9fff]{0,4}?(?:市县|县市|县区|区县|城市|地区|市|县|地)(?![长委])")


SAR_NAMES = frozenset(("香港特别行政区", "澳门特别行政区"))  # the special administrative regions


def _home_at(u: Unit, level: str) -> str | None:
    """The place a unit of ``level`` lies in one level up: a county's prefecture, a prefecture's province."""
    return u.prefecture if level == "county" else u.province


@cache
def _feature_pattern(kind: str) -> re.Pattern[str]:
    """rules/feature_words.tsv: the words of one kind, as a pattern (one that matches nothing for a kind with none)."""
    return re.compile(alternation(list(read_groups("feature_words.tsv").get(kind, ()))) or "(?!)")


@cache
def _sight_ends() -> tuple[str, ...]:
    """rules/feature_words.tsv ``sight``: the ends of sights' own names (楼, 寺, 大佛)."""
    return tuple(read_groups("feature_words.tsv").get("sight", ()))


@cache
def _feature_words() -> tuple[re.Pattern[str], ...]:
    """rules/feature_words.tsv: the words of a river's course, of a desert, of a mountain's scenery, of
    a mountain's sides (all of them, and those only after a place's short form), as patterns."""
    kinds = ("water", "land", "mountain", "slope", "stretch", "keep", "sights", "former")
    return tuple(_feature_pattern(k) for k in kinds)


# the rest of a list after a name, closed by a count of counties (、扶风两县, 、扶风、麟游三县)
_COUNTED_COUNTIES_AFTER = re.compile(r"(?:[、和与及][\u4e00-\u9fff]{2,4}?){1,5}[两二三四五六七八九十]个?县")


@cache
def _listed_sight() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A sight's name (one to five characters and an end of feature_words.tsv ``sight``: 乐山大佛, 鼓浪屿; no 等 in it,
    玉环等海岛) listed right after a name, and right before one."""
    ends = alternation(sorted(read_groups("feature_words.tsv").get("sight", ()), key=len, reverse=True)) or "(?!)"
    return (
        re.compile(rf"[、和与及—－-]((?:(?!等)[\u4e00-\u9fff]){{1,5}}?(?:{ends}))"),
        re.compile(rf"((?:(?!等)[\u4e00-\u9fff]){{1,5}}(?:{ends}))[、和与及—－-]$"),
    )


def _climbed(text: str, at: int) -> bool:
    """A verb of climbing (feature_words.tsv ``climb``: 登, 攀登) ends right before ``at`` (not 刊登)."""
    return _climb_end().search(text, max(0, at - CLIMB_CHARS), at) is not None


@cache
def _climb_end() -> re.Pattern[str]:
    """feature_words.tsv ``climb`` at the end of the searched stretch, not after 刊."""
    words = alternation(sorted(read_groups("feature_words.tsv").get("climb", ()), key=len, reverse=True))
    return re.compile(rf"(?<!刊)(?:{words or '(?!)'})$")


CLIMB_CHARS = 3  # characters of the longest verb of climbing


@cache
def _venue_openers() -> frozenset[str]:
    """The characters that may stand before a place's short form opening a venue's name (feature_words.tsv
    ``venue``): function_chars.txt's and the one-character verbs of going of events.tsv ``visit``."""
    before = set(read_lines("function_chars.txt"))
    return frozenset(before | {w for w in read_groups("events.tsv").get("visit", ()) if len(w) == 1})


def _count_value(words: str) -> int | None:
    """六市 → 6, 两个城市 → 2 (None for 等市)."""
    from extract.extractors.dates import cn_number

    digits = re.match(r"[两二三四五六七八九十]{1,2}", words)
    return cn_number(digits.group().replace("两", "二")) if digits else None


def _is_street(text: str, tok: _Token) -> bool:
    # (most names are followed by no character a street's match begins with: no regex for them)
    if text[tok.end : tok.end + 1] not in _STREET_FIRSTS:
        return False
    if _STREET.match(text, tok.end) is not None:
        return True
    # (a page of Hong Kong's: a place's name and 道 is a road wherever it stands, 上海街、庙街、广东道, 广东道商户 —
    # not 道县, 道路, 道教)
    return _HK_ROAD.match(text, tok.end) is not None and "香港" in text


_HK_ROAD = re.compile(r"道(?![县路教家德理观])")


@cache
def _support_words_re() -> re.Pattern[str]:
    """Any support word (region_support_words.tsv): one pass finds whether the article has one
    (most have none) before each word is looked for."""
    return re.compile(alternation(word for word, _, _ in region_index().support_words))


@cache
def _support_word_res() -> tuple[tuple[re.Pattern[str], str], ...]:
    """Each support word with the province it supports, not after the characters that make it another word
    (北江两岸: a river's banks)."""
    return tuple(
        (re.compile(guarded_word(word, before)), prov) for word, prov, before in region_index().support_words
    )


# a full name's level character written again before the unit's own organs (寿县|县委书记, 萧县|县长,
# 城区|区委): the name is the unit's, not a surname or a word
_OWN_ORGAN = re.compile(r"(?P<level>[县区市旗])(?P=level)(?:委|长|政府|人民政府|人大|政协|领导|纪委)")


@cache
def _strong_pairs() -> frozenset[str]:
    return frozenset(read_lines("strong_two_character_units.txt"))


@dataclass(frozen=True)
class _Reading:
    """What a token's entries say in a year, wherever its key is written."""

    cands: tuple[tuple[_Entry, Unit], ...]  # the units it may name (``_in_year``)
    entries: tuple[_Entry, ...]  # its entries less the unit entries none of those came from
    units: tuple[_Entry, ...]  # the unit entries among them
    full: bool  # they are all full names
    zones: tuple[str, ...]  # the zones they name
    stop: bool  # one is a stop word
    certain: Unit | None  # the unit it names without support (_certain)
    # a full name of a unit of the national standard and of one of Taiwan or Hong Kong (连江县: 福州市's
    # county, Taiwan's Matsu): never certain; its parent, the support, then the page decide (_shared_names)
    shared: bool = False


def _reading(entries: tuple[_Entry, ...], idx: _Index, year: int | None) -> _Reading:
    cands = tuple(_in_year([(e, u) for e in entries if e.kind == "unit" for u in idx.entry_units(e)], year))
    if (
        year is not None
        and cands
        and any(e.kind == "zone" for e in entries)
        and all(not e.full and not u.valid_in(year) for e, u in cands)
    ):
        # (a former unit's short form that names a zone too, in a year the unit was gone: the zone — 鄂西 in 2001
        # is the area, 鄂西土家族苗族自治州 having been 恩施 since 1993)
        cands = ()
    if cands:
        kept = {id(e) for e, _ in cands}
        entries = tuple(e for e in entries if e.kind != "unit" or id(e) in kept)
    units = tuple(e for e in entries if e.kind == "unit")
    shared = len({u.ref in idx.context_units for _, u in cands}) == 2 and all(e.full and not e.weak for e, _ in cands)
    return _Reading(
        cands,
        entries,
        units,
        all(e.full for e in units),
        tuple(e.target for e in entries if e.kind == "zone"),
        any(e.kind == "stop" for e in entries),
        None if shared else _certain(cands),
        shared,
    )


def _certain(cands: tuple[tuple[_Entry, Unit], ...]) -> Unit | None:
    """The unit a name means wherever it is written: a province; the one prefecture of a name
    that is no ordinary word; the one unit of an unshared full name that is none."""
    provinces = [u for _, u in cands if u.level == "province"]
    if provinces:
        return provinces[0]
    prefs = [(u, e) for e, u in cands if u.level == "prefecture"]
    if prefs:
        if len({u.ref for u, _ in prefs}) == 1 and not prefs[0][1].weak:
            return prefs[0][0]
        return None
    if len(cands) == 1 and cands[0][0].full and not cands[0][0].weak:
        return cands[0][1]
    return None


@lru_cache(maxsize=1 << 16)
def _key_reading(key: str, year: int | None) -> _Reading:
    """``_reading`` of a key's own entries (``region_index()``), once per key and year: computed
    again for every mention, it was a tenth of the regions' time.  (Bounded: a batch over many
    years would otherwise keep a reading for every key and year it met.)"""
    idx = region_index()
    return _reading(idx.keys[key], idx, year)


@cache
def feature_suffixes() -> frozenset[str]:
    """The last characters of natural features' names (rules/place_feature_suffixes.txt: 山, 江, 湖…);
    the NER link reads the same (ner/link.py)."""
    return frozenset("".join(read_lines("place_feature_suffixes.txt")).split())


_NUMBER_CHARS = frozenset("0123456789零〇一二两三四五六七八九十百千万亿")
_NUMBER_FIRSTS = frozenset("十百千万亿")  # a place name's first character that goes on a number (万县, 千阳, 百色)


def _in_number(text: str, tok: _Token) -> bool:
    """The token's first character goes on the number written before it (七百万|县市民, 三千|阳光)."""
    s = tok.start
    return s > 0 and text[s] in _NUMBER_FIRSTS and text[s - 1] in _NUMBER_CHARS


@cache
def foreign_country_re() -> re.Pattern[str]:
    """A foreign country's name (rules/foreign_countries.txt: 韩国, 德国), not a people's (延边朝鲜族自治州, 俄罗斯族);
    the parties read it too (a partner abroad)."""
    return re.compile(rf"(?:{alternation(read_lines('foreign_countries.txt'))})(?!族)")


def country_initials(text: str) -> set[str]:
    """The first characters of the foreign countries' names ``text`` writes (新 of 新加坡, 蒙 of 蒙古国): the letters
    that may stand for a country there rather than for a province."""
    return {m.group()[0] for m in foreign_country_re().finditer(text)}


@cache
def _abroad_before() -> re.Pattern[str]:
    """What stands right before a place abroad: a foreign country's name, alone or with its state, province or
    prefecture after it (韩国|丽水市, 德国下萨克森州|沃尔夫斯堡市, 日本鸟取县|米子市), and the transliterated
    characters that open the place's own name (吉尔吉斯斯坦伊塞克|湖州: 伊塞克湖州, no 湖州市;
    rules/transliteration_chars.txt)."""
    tr = "".join(sorted(transliteration_chars()))
    state = r"(?:[^\W\d_与和及同]{1,8}?[州省道县郡])?"
    return re.compile(rf"{foreign_country_re().pattern}{state}(?P<inside>[{tr}]{{0,4}})$")


_ABROAD_LOOKBACK = 16  # characters before a token searched for its country


def _abroad(text: str, tok: _Token, named: bool = False) -> bool:
    """The token names a place of a foreign country written before it (韩国丽水市, 日本松江市), or lies inside the
    name of one (伊塞克|湖州): no Chinese unit.  ``named``: the token is the place's own name (not inside one).
    Not a Chinese hometown an association abroad is named after (印度尼西亚梅州会馆: feature_words.tsv ``hometown``)."""
    s = tok.start
    m = _abroad_before().search(text, max(0, s - _ABROAD_LOOKBACK), s) if s > 1 else None
    if m is None or (named and m.group("inside")):
        return False
    return _hometown_heads().match(text, tok.end) is None


@cache
def _hometown_heads() -> re.Pattern[str]:
    return _feature_pattern("hometown")


# a county's organs the mainland's alone has (县委书记, 党政代表团, 人民政府)
_MAINLAND_ORGANS = re.compile(r"委(?:书记|副书记|常委)|党政|人民政府|人大|政协")
_SAR_LETTERS = frozenset("港澳")  # the SARs' letters beside a mainland city's first character (晋澳, 宁港)
_PAIR_MARKS = ("", "—", "－", "-", "·", "・", "、")  # between two places glued or paired in a name
_UNIT_SUFFIXES = "县市区旗盟州"  # a unit's full name: its short form and one of these


_AREA_COUNT = re.compile(r"(?P<n>[两二三四五六七八九十]{1,2})个?(?P<kind>地区|盟)(?![市州县])")  # 宜昌、万县两地区


_BRACKET_NOTE = re.compile(r"[（(]([\u4e00-\u9fff]{2,6})[）)]")  # a name's note in brackets: 连江县（马祖）


class _Resolver:
    """Turns tokens into accepted units and zones for one text."""

    def __init__(
        self, text: str, source: str | None, idx: _Index, year: int | None = None, script: str | None = None
    ) -> None:
        self.text = text
        self.traditional = script == "traditional"
        self.idx = idx
        self.tokens = scan_in_discourse(text, idx)
        if year is None:  # (no date gives the year: the former units the text names in full may)
            year = _era_year(self.tokens, idx)
        elif _before_change(text, self.tokens, idx, year):
            # (a text of the year a unit was renamed that still names it in full, and names none of that
            # year's new units, was written before the change: 淮阴市 in 2000, its 淮安市 the county-level
            # city; 吴江市 in 2011, its 吴江 the city, not the district of the year's table)
            year -= 1
        self.year = year
        self.readings: list[_Reading] = []  # the tokens' (by position)
        # (in the year a 地区 or 盟 became a city, a text that names such organs, 行署专员 or 盟委, was
        # written before the change: 榆林 in October 1999 is 榆林地区, not 榆林市 of that year's table)
        organs = year is not None and _FORMER_ORGANS.search(text) is not None
        self.told_present: set[int] = set()  # where the tokens told as today's names start (（今黄山市）)
        self._token_starts: dict[int, _Token] | None = None  # the tokens by where they start (on first use)
        present = _present_words() if year is not None else None
        for tok in self.tokens:
            # (entries not narrowed by their context: the same reading in every text)
            plain = tok.entries is idx.keys[tok.key]
            # (a name told as today's, 徽州地区（今黄山市）, is the unit it names now, whatever the article's year)
            now = present is not None and present.search(text, max(0, tok.start - PRESENT_WORD_MAX), tok.start)
            then = None if now else year
            if now:
                self.told_present.add(tok.start)
            r = _key_reading(tok.key, then) if plain else _reading(tok.entries, idx, then)
            if organs and year is not None:
                before = _key_reading(tok.key, year - 1) if plain else _reading(tok.entries, idx, year - 1)
                if any(u.valid_to == year and u.name.endswith(FORMER_KINDS) for _, u in before.cands):
                    r = before
            tok.cands, tok.entries = r.cands, r.entries
            self.readings.append(r)
        # words that tell the article is about a province without naming it (台胞 → 台湾省)
        self.context_provinces = (
            {prov for pat, prov in _support_word_res() if pat.search(text)}
            if _support_words_re().search(text)
            else set()
        )
        self.hits: list[tuple[int, int, str, str]] = []  # start, end, kind (unit|zone), unit code/zone name
        self.accepted: dict[int, Unit] = {}  # token position -> unit
        self.source_units = _source_units(source, idx) if source else []
        self.unsupported: list[int] = []  # token positions of unit names left without support
        self.letter_runs = False  # two or more province abbreviations in a row somewhere (_province_runs)
        self.belt_letters: list[int] = []  # letters of a sub-provincial key read as letter + belts (川|东西部)
        self._zone_keys: set[str] | None = None  # the keys of the zones the page names (read once, if asked)

    # support: prefecture-level and province-level units explicitly mentioned (or named in the source)
    def _support(self) -> tuple[set[str], set[str]]:
        prefs: set[str] = set()
        provs: set[str] = set()
        for u in [*self.accepted.values(), *self.source_units]:
            if u.ref in self.idx.context_units and u.province:  # 嘉义市 makes 台中, 彰化 Taiwan's
                provs.add(u.province)
            if u.level == "province":
                provs.add(u.name)
                if u.prefecture:
                    prefs.add(u.name)
                if u.current and u.current[0]:  # (香港 of 1996 supports 湾仔, a district of the SAR, its successor)
                    provs.add(u.current[0])
                    prefs.add(u.current[0])
            elif u.level == "prefecture":
                prefs.add(u.name)
                if u.current and u.current[0]:  # (鄂西州 of 1992 supports 巴东, a county of 恩施州, its successor)
                    prefs.add(u.current[0])
        return prefs, provs | self.context_provinces

    def _zone_by_context_beside_unit(self, tok: _Token, reading: _Reading) -> bool:
        """Every zone ``tok`` names is read by its context (rules/zone_context_aliases.tsv) and another token of the
        text names the unit the key is a weak short form of by a strong key (海西州 beside 海西发展; not 海西市场
        alone)."""
        if not all(e.ctx is not None or e.lctx is not None for e in reading.entries if e.kind == "zone"):
            return False
        targets = {e.target for e in reading.units}
        return any(
            other is not tok and any(e.kind == "unit" and not e.weak and e.target in targets for e in other.entries)
            for other in self.tokens
        )

    def _adjacent_parent(self, pos: int, cand: Unit) -> bool:
        """Is an ancestor of ``cand`` written right before token ``pos`` (江苏昆山, 盐城市滨海县)?  Not for a
        short form that is a direction's word (四川南部 is the province's south, no 南部县)."""
        tok = self.tokens[pos]
        if tok.key in _DIRECTION_WORDS:
            return False
        for j in range(pos - 1, max(pos - 3, -1), -1):
            prev = self.accepted.get(j)
            gap = self.text[self.tokens[j].end : tok.start]
            if prev is not None and gap in ("", "省", "市") and prev.name in cand.parents:
                return True
            if prev is None or gap:
                break
        return False

    def run(self) -> None:
        pending: list[int] = []
        for pos, (tok, reading) in enumerate(zip(self.tokens, self.readings, strict=True)):
            if reading.stop:
                continue
            unit_entries = reading.units
            if unit_entries and (cz := self._city_zone(tok, unit_entries)):
                # 洛阳都市圈, 襄阳都市圈: a metropolitan area named after its city (not in zones.tsv);
                # like the listed ones it does not add the city
                self.hits.append((tok.start, tok.end + cz[1], "zone", cz[0]))
                continue
            if unit_entries:
                if self._rejected(tok, reading.full):
                    continue
                unit = reading.certain
                if unit is not None:
                    self.accepted[pos] = unit
                    self.hits.append((tok.start, tok.end, "unit", unit.ref))
                    continue
                if not reading.zones or self._zone_by_context_beside_unit(tok, reading):
                    # (a zone read by its context only, 海西 before 发展, where the page names the unit the key is the
                    # short form of with its level, 海西州: the unit, decided as a short form)
                    pending.append(pos)
                    continue
            zones = reading.zones
            if zones and any(e.kind == "compound" for e in tok.entries) and _place_count().match(self.text, tok.end):
                zones = ()  # (成渝两市: the two cities counted, not the zone their letters name alone)
            if zones and all(_zone_kinds().get(z) == "local" for z in zones):
                continue  # 长春新区, 前海合作区: an area inside one city, no zone; its name adds nothing
            if zones and all(_zone_kinds().get(z) == "subprov" for z in zones) and self._mountain_after(tok):
                continue  # 粤湘南岭风情: 南岭, the mountains, after the letters 粤湘 — no 湘南
            if zones and _BELTS.match(self.text, tok.end - 1) and all(_zone_kinds().get(z) == "subprov" for z in zones):
                self.belt_letters.append(tok.start)  # (its letter may close a run of letters: 苏陕|东西部)
                continue  # 浙川东西部协作: the letter 川 and the belts 东西部, not the zone 川东
            if zones:  # one key may name two zones
                self.hits += [(tok.start, tok.end, "zone", z) for z in zones]
                # 中台湾: a sub-provincial term that contains its province's name mentions it too
                for ref in (r for z in zones for r in _subprov_provinces().get(z, ())):
                    self.hits.append((tok.start, tok.end, "unit", ref))
                    self.context_provinces.add(_unit_by_ref(ref, self.idx).name)
                continue
            if tok.start and any(e.kind == "compound" for e in tok.entries) and word_frequency(
                self.text[tok.start - 1 : tok.start + 1]
            ) >= COMMON_WORD:
                continue  # 省长|吉图办主任: the first letter ends a word begun before it (省长), no 长吉图
            if (
                any(e.kind == "compound" for e in tok.entries)
                and self._opens_named_zone(tok.key)
                and not _place_count().match(self.text, tok.end)
            ):
                # 长吉图战略 on a page that names 长吉图开发开放先导区: the zone told short, not its members (but
                # 粤港澳三地 beside 粤港澳大湾区: the three counted)
                continue
            if any(e.kind == "compound" for e in tok.entries) and self._letters_of_others(tok):
                continue  # 宁马交流 on a page of 宁德 and 马祖, neither 南京 nor 马鞍山 named: those places' letters
            for e in tok.entries:
                if e.kind == "compound":
                    step = 1 if len(e.members) == len(tok.key) else 0
                    for k, ref in enumerate(e.members):
                        s = tok.start + k if step else tok.start
                        then = _member_then(ref, self.year, self.idx)
                        self.hits.append((s, s + 1 if step else tok.end, "unit", then))
                    break
        for _ in range(2):  # a prefecture accepted in round one can support a county in round two
            prefs, provs = self._support()
            still: list[int] = []
            for pos in pending:
                unit = self._supported(pos, prefs, provs)
                if unit is None:
                    still.append(pos)
                else:
                    tok = self.tokens[pos]
                    self.accepted[pos] = unit
                    self.hits.append((tok.start, tok.end, "unit", unit.ref))
            pending = still
        pending = self._shared_names(pending)
        self._short_forms_of_named()
        pending = self._named_again(pending)
        self._lists(pending)
        self._short_forms_of_named(same_name=True)  # (the lists' short forms, before a pair's mark joins a weak one)
        self._glued_named(pending)
        self._two_character_counties(pending)
        # (a two-character county read before its own organs names it again elsewhere: 莘县县委常委 … 魏县、南乐县、
        # 莘县三县)
        pending = self._named_again([pos for pos in pending if pos not in self.accepted])
        # (and the short forms those steps read: 南岗与南山两区 beside 深圳市南山区 is Shenzhen's, not 鹤岗's 南山区 of
        # the province the page's other side lies in)
        self._short_forms_of_named(same_name=True)
        self.unsupported = [pos for pos in pending if pos not in self.accepted]
        self._province_among_prefectures()
        self._nicknames()
        self._province_runs()
        self._listed_province_letters()
        self._city_abbreviations()
        self._named_city_letters()
        self._elided_levels()
        self._former_told()
        self._other_citys_new_area()

    def _other_citys_new_area(self) -> None:
        """A new area's district (滨海新区, 浦东新区) written right after another city it does not lie in (锦州滨海新区,
        锦州's own new area): that city's area, no district of its name."""
        by_end = {self.tokens[pos].end: u for pos, u in self.accepted.items()}
        for pos, u in list(self.accepted.items()):
            tok = self.tokens[pos]
            if u.level != "county" or not u.name.endswith("新区") or tok.key != u.name:
                continue
            before = by_end.get(tok.start)
            if before is None or before.name in u.parents or before.ref == u.ref or before.level == "county":
                continue
            del self.accepted[pos]
            self.hits = [h for h in self.hits if h[:2] != (tok.start, tok.end)]

    def _former_told(self) -> None:
        """A unit the page tells as a former name (rules/former_name_words.tsv: 原洞头县撤县设区以来, 撤销崇明县，设立…,
        过去灌县时期) that had ended by the article's year, or ends in it, is the unit that followed it then (RECORD.md:
        as it was at the article's time): its successor valid in the year, of the same code's line."""
        if self.year is None:
            return
        before, after = _former_words()
        for pos, u in list(self.accepted.items()):
            if u.valid_to is None or u.valid_to > self.year or u.current is None:
                continue
            tok = self.tokens[pos]
            told = before.search(self.text, max(0, tok.start - FORMER_WORD_MAX), tok.start) is not None
            told = told or after.match(self.text, tok.end) is not None
            then = _successor_in(self.idx, u, self.year)
            # (or its level word opens 县域 or 市域, a common noun after a short name: 德清·广德县域…交流会 in 2024 —
            # 广德 with 县域, 广德市 by then)
            told = told or (self.text[tok.end - 1 : tok.end + 1] in ("县域", "市域"))
            if then is not None and told:
                self._replace(pos, then)

    def _elided_levels(self) -> None:
        """嘉义县、市 (新竹县、市): a county's name, then its level word of a city elided — the city of that name in the
        same province too."""
        for _, end, kind, ref in list(self.hits):
            if kind != "unit" or not self.text.startswith("、市", end) or not self.text.startswith("县", end - 1):
                continue
            u = _unit_by_ref(ref, self.idx)
            if u.level not in ("county", "prefecture") or not u.name.endswith("县"):
                continue
            city = next(
                (c for e in self.idx.keys.get(u.name[:-1] + "市", ()) if e.kind == "unit"
                 for c in self.idx.entry_units(e) if c.province == u.province),
                None,
            )  # fmt: skip
            if city is not None:
                self.hits.append((end + 1, end + 2, "unit", city.ref))

    def _shared_names(self, pending: list[int]) -> list[int]:
        """A full name two units share across the national standard and greater_china_units.tsv
        (连江县), left open by a parent written before it and by the support (both supported, or
        neither), is the page's: Taiwan's or Hong Kong's unit on a page that dates in the Republic's
        years (98年7月, 民国九十八年: Taiwan writes them) or is written in Traditional characters, the
        standard's unit elsewhere."""
        still: list[int] = []
        for pos in pending:
            if not self.readings[pos].shared:
                still.append(pos)
                continue
            cands = self.tokens[pos].cands
            # (the name's own note in brackets after it says which: 连江县（马祖）, the islands' name of Taiwan's)
            noted = self._noted_refs(self.tokens[pos].end)
            pick = {u.ref: u for _, u in cands if u.ref in noted}
            if len(pick) != 1:
                roc = self.traditional or self._roc_page
                pick = {u.ref: u for _, u in cands if (u.ref in self.idx.context_units) == roc}
            if len(pick) != 1:
                still.append(pos)
                continue
            unit = next(iter(pick.values()))
            tok = self.tokens[pos]
            self.accepted[pos] = unit
            self.hits.append((tok.start, tok.end, "unit", unit.ref))
        return still

    def _noted_refs(self, end: int) -> set[str]:
        """The units the note in brackets after ``end`` names by its proper name (（马祖）: Taiwan's 连江县)."""
        note = _BRACKET_NOTE.match(self.text, end)
        if note is None:
            return set()
        return {r for e in self.idx.keys.get(note.group(1), ()) if e.kind == "nick" for r in e.members}

    def _short_forms_of_named(self, same_name: bool = False) -> None:
        """A short form read as one unit (连江 in 〔记者…／连江报导〕, supported by 福建) where the text
        names in full another unit of the same name (連江縣: Matsu's on a Taiwan page, whose short
        form is no key of its own), or (not with ``same_name``: after the lists, whose counts say the level)
        another unit the short form names too (甘南县 for 甘南, read as 甘南藏族自治州): the one named in full."""
        full: dict[str, set[str]] = {}
        for pos, u in self.accepted.items():
            # (or its stem and level, a full form of its own: 河南县 for 河南蒙古族自治县)
            tok = self.tokens[pos]
            if tok.key == u.name or any(e.full and e.target == u.name for e in tok.entries if e.kind == "unit"):
                full.setdefault(u.name, set()).add(u.ref)
        in_full = {ref for refs in full.values() for ref in refs}
        for pos, u in list(self.accepted.items()):
            tok = self.tokens[pos]
            if tok.key == u.name or u.ref in in_full or any(e.full for e in tok.entries if e.kind == "unit"):
                continue
            named = full.get(u.name, set())
            if len(named) != 1 and same_name:
                continue
            if len(named) != 1:
                # (or another unit the short form may name, which the text names in full, where no place of the
                # reading's province is named: 甘南 after 甘南县 of 黑龙江省 is the county, not 甘肃's 甘南藏族自治州;
                # the count of the province's places made only for such a token)
                named = {c.ref for _, c in tok.cands if c.ref in in_full and c.ref != u.ref}
                # (the reading itself, written short more than once, is no other place of its province: 河南 three
                # times beside 河南县, Qinghai's 河南蒙古族自治县)
                others = {v.ref for v in self.accepted.values() if v.province == u.province and v.ref != u.ref}
                # (or the 地区 or 盟 of the short form's own name that the text names in full, inside the reading's
                # province: 伊犁 beside 伊犁地区 in 1993 is that prefecture, not 伊犁哈萨克自治州 above it)
                former = {
                    v.ref
                    for v in self.accepted.values()
                    if v.ref in in_full and v.name in (tok.key + "地区", tok.key + "盟") and v.province == u.province
                }
                if len(former) == 1:
                    named, others = former, set()
                if len(named) != 1 or others:
                    continue
            ref = next(iter(named))  # (the same name written short and in full is one place)
            self.accepted[pos] = _unit_by_ref(ref, self.idx)
            old = (tok.start, tok.end, "unit", u.ref)
            self.hits = [(h[0], h[1], h[2], ref) if h == old else h for h in self.hits]

    def _named_again(self, pending: list[int]) -> list[int]:
        """A short form that is no ordinary word (泰顺, not 东方) of a unit the text names in full
        (泰顺县与寿宁县… 会议在泰顺召开): that unit, without its city or province written; not where a
        natural feature's suffix follows it (祁连县… 祁连山: the mountain)."""
        named = {u.ref: u for u in self.accepted.values()}
        still: list[int] = []
        for pos in pending:
            tok = self.tokens[pos]
            # (a two-character county's full name, weak as a key, named again: 魏县 once with 河北 before it,
            # then 魏县与莘县…; not where the character before makes a word with its first: 振兴县域)
            again_full = all(e.full for e in tok.entries) and not (
                tok.start and word_frequency(self.text[tok.start - 1 : tok.start + 1])
            )
            units = {u.ref: u for e, u in tok.cands if u.ref in named and (not e.weak or again_full)}
            feature = self.text[tok.end : tok.end + 1] in feature_suffixes()  # 祁连山, 泰山: a mountain's
            if len(units) != 1 or feature or (any(e.weak for e in tok.entries) and not again_full):
                still.append(pos)
                continue
            unit = next(iter(units.values()))
            self.accepted[pos] = unit
            self.hits.append((tok.start, tok.end, "unit", unit.ref))
        return still

    @cached_property
    def _abroad_units(self) -> frozenset[str]:
        """The units whose names the page writes after a foreign country's (韩国丽水市): a place of that country's."""
        if not self._names_country:
            return frozenset()
        return frozenset(u.name for tok in self.tokens if _abroad(self.text, tok, named=True) for _, u in tok.cands)

    @cached_property
    def _names_country(self) -> bool:
        """The page names a foreign country (one search: most pages name none, and their tokens are not looked at)."""
        return foreign_country_re().search(self.text) is not None

    def _told_abroad(self, tok: _Token) -> bool:
        """The token names a place abroad: written after its country (韩国|丽水市), or a name the page writes so
        elsewhere (丽水 beside 韩国全罗南道丽水市 — the Korean city throughout, not 浙江's 丽水市; not a name inside
        one: 湖州 inside 伊塞克湖州 leaves 湖州市 elsewhere 浙江's)."""
        if not self._names_country:
            return False
        return _abroad(self.text, tok) or any(u.name in self._abroad_units for _, u in tok.cands)

    @cached_property
    def _roc_page(self) -> bool:
        """Does the page date anything in the Republic of China's years (as Taiwan writes)?"""
        from extract.extractors.dates import roc_dates

        return bool(roc_dates(self.text))

    def _glued_named(self, pending: list[int]) -> None:
        """A weak short form (金山, 大同: ordinary words too) glued to another place, or joined to it
        by a pair's mark (深水埗—南海), or to a count of places (嘉兴金山两地, 大同乌兰察布两市) is
        the unit of its name that the article names elsewhere (金山区, 大同市, 南海区)."""
        named = {u.ref: u for u in self.accepted.values()}
        for pos in pending:
            if pos in self.accepted:
                continue
            tok = self.tokens[pos]
            units = {u.ref: u for _, u in tok.cands if u.ref in named}
            if len(units) != 1:
                continue
            prev = self.tokens[pos - 1] if pos else None
            nxt = self.tokens[pos + 1] if pos + 1 < len(self.tokens) else None

            def placed(k: int) -> bool:
                """Token ``k`` is a place: accepted, or a weak short form of one unit the article names in full too."""
                return k in self.accepted or len({u.ref for _, u in self.tokens[k].cands if u.ref in named}) == 1

            # (or joined to it by a pair's mark: 深水埗—南海交流合作座谈会 on a page that names 南海区; 沙田·南海 on a
            # page that names 沙田区 and 南海区 both)
            glued = (prev is not None and self.text[prev.end : tok.start] in _PAIR_MARKS and placed(pos - 1)) or (
                nxt is not None and self.text[tok.end : nxt.start] in _PAIR_MARKS and placed(pos + 1)
            )
            if glued or _place_count().match(self.text, tok.end):
                unit = next(iter(units.values()))
                self.accepted[pos] = unit
                self.hits.append((tok.start, tok.end, "unit", unit.ref))

    def _two_character_counties(self, pending: list[int]) -> None:
        """A two-character county name that stands alone (泸县, 沛县: rules/strong_two_character_units.txt)
        or before its own organs (寿县县委, 单县县长: the level written twice) is the county, unless the
        character before it makes a word with its first (振兴县域, 管理县级: jieba's dictionary)."""
        strong = _strong_pairs()
        for pos in pending:
            tok = self.tokens[pos]
            # (or any such name before its own organs, its level written again: 寿县县委书记, 萧县县长)
            if pos in self.accepted or not (tok.key in strong or _OWN_ORGAN.match(self.text, tok.end - 1)):
                continue
            if tok.start and word_frequency(self.text[tok.start - 1 : tok.start + 1]):
                continue
            units = {u.ref: u for e, u in tok.cands if e.full}
            if len(units) == 1:
                unit = next(iter(units.values()))
                self.accepted[pos] = unit
                self.hits.append((tok.start, tok.end, "unit", unit.ref))

    def _counted_districts(self, run: list[int], waiting: set[int]) -> None:
        """枣庄辖市中、薛城、峄城、台儿庄、山亭五区: as many districts as names, the others districts of one city — a
        weak name (市中, an ordinary word too) is that city's district of the name."""
        last = self.tokens[run[-1]]
        counted = _DISTRICT_COUNT.match(self.text, last.end)
        if not counted or _count_value(counted.group()) != len(run):
            return
        cities = {v.prefecture for q in run if (v := self.accepted.get(q)) is not None and v.level == "county"}
        if not cities:
            # (青岛市妇联依托市南、市北两区: no member read yet — the city named right before the list, in its clause)
            cities = {v.prefecture for v in self._cities_before(run[0], DISTRICTS_CITY_REACH)}
        if len(cities) != 1:
            return
        for pos in run:
            if pos in self.accepted:
                continue
            own = {c.ref: c for _, c in self.tokens[pos].cands if c.level == "county" and c.prefecture in cities}
            if len(own) == 1:
                self._replace(pos, next(iter(own.values())))
                waiting.discard(pos)

    def _cities_before(self, pos: int, reach: int) -> list[Unit]:
        """The cities (prefecture-level or province-level) read in the tokens right before token ``pos``, in its clause,
        starting at most ``reach`` characters before it."""
        first = self.tokens[pos].start
        out = []
        for q in range(pos - 1, -1, -1):
            tok = self.tokens[q]
            if tok.start < first - reach or _CLAUSE_BREAK.search(self.text, tok.start, first):
                break
            if (v := self.accepted.get(q)) is not None and v.prefecture == v.name:
                out.append(v)
        return out

    def _governed_by(self, run: list[int], waiting: set[int]) -> None:
        """齐齐哈尔所辖讷河、依安、克山、甘南等县（市）: a list right after a city and a word of governing (所辖, 下辖,
        辖) names that city's units — each member the city's county or district of its name, a weak one or one a
        prefecture elsewhere is named by too (甘南, Gansu's 甘南州) all the same, and a stopped short form whose name
        with 县 is the city's county (富裕)."""
        first = self.tokens[run[0]]
        governs = _GOVERNING.search(self.text, max(0, first.start - GOVERNING_REACH), first.start)
        if governs is None or governs.end() != first.start:
            return
        # (the city: the token right before the word of governing)
        q = next((q for q in range(run[0] - 1, -1, -1) if self.tokens[q].end <= governs.start()), None)
        v = self.accepted.get(q) if q is not None and self.tokens[q].end == governs.start() else None
        if v is None or v.prefecture != v.name:
            return
        city = v.prefecture
        for pos in run:
            tok = self.tokens[pos]
            # (富裕, a word the gazetteer stops: the city's 富裕县 all the same, the list of its units says it)
            counties = {c.ref: c for _, c in tok.cands if c.level == "county"} or self._stopped_counties(tok)
            own = {r: c for r, c in counties.items() if c.prefecture == city}
            if len(own) == 1 and (pos not in self.accepted or self.accepted[pos].prefecture != city):
                self._replace(pos, next(iter(own.values())))
                waiting.discard(pos)

    def _stopped_counties(self, tok: _Token) -> dict[str, Unit]:
        """The counties a short form the gazetteer stops names, read in the article's year (互助 → 互助土族自治县,
        资源 → 资源县): none for a token that is no stop word."""
        if tok.key not in self.idx.stopped:
            return {}
        return {
            c.ref: c
            for name in self.idx.stopped[tok.key]
            if name in self.idx.keys
            for _, c in _key_reading(name, self.year).cands
            if c.level == "county"
        }

    def _etc_counties(self, run: list[int], waiting: set[int]) -> None:
        """互助、循化等县 (a list closed by 等 and the word for counties, no count): a member the gazetteer stops names
        the one county of its name in the province of the members read as counties."""
        if _ETC_COUNTIES.match(self.text, self.tokens[run[-1]].end) is None:
            return
        provs = {v.province for q in run if (v := self.accepted.get(q)) is not None and v.level == "county"}
        if not provs:  # (none read yet, no city named: the province of a member that names one county only, 循化)
            provs = {
                next(iter(counties)).province
                for q in run
                if len(counties := [c for _, c in self.tokens[q].cands if c.level == "county"]) == 1
            }
        for pos in run:
            near = [c for c in self._stopped_counties(self.tokens[pos]).values() if c.province in provs]
            if pos not in self.accepted and len(near) == 1:
                self._replace(pos, near[0])
                waiting.discard(pos)
            elif (read := self.accepted.get(pos)) is not None and read.level == "prefecture":
                # (or one read as the prefecture of its name: 堆龙德庆、达孜和林芝等县 — 林芝县, not 林芝地区)
                in_prov = {c.ref: c for _, c in self.tokens[pos].cands if c.level == "county" and c.province in provs}
                if len(in_prov) == 1:
                    self._replace(pos, next(iter(in_prov.values())))

    def _counted_counties(self, run: list[int], waiting: set[int]) -> None:
        """全州、兴安、灌阳、资源四县 (宜兰台中两县: names written together): as many counties as names, each name a
        county (a weak one too), the one in the other members' province where the name has several."""
        last = self.tokens[run[-1]]
        counties = _COUNTY_COUNT.match(self.text, last.end)
        partial = _PARTIAL_COUNTY_COUNT.match(self.text, last.end)
        if partial and not counties:
            self._listed_of_more_counties(run, waiting, partial)
            return
        if not counties or _count_value(counties.group()) != len(run):
            return
        provs = {v.province for q in run if (v := self.accepted.get(q)) is not None and v.level == "county"}
        for pos in run:
            tok = self.tokens[pos]
            as_county = {c.ref: c for _, c in tok.cands if c.level == "county"}
            read = self.accepted.get(pos)
            city_read = read is not None and read.name == tok.key + "市"
            if not as_county and (pos not in self.accepted or city_read) and tok.key + "县" in self.idx.keys:
                # (资源, a word the gazetteer stops: its 资源县 all the same, the count says it; 宜兰台中两县 in 2009:
                # the county of 台中, not the city its short form names)
                as_county = {c.ref: c for _, c in _key_reading(tok.key + "县", self.year).cands}
                waiting.add(pos)
            near = {r: c for r, c in as_county.items() if c.province in provs}
            pick = near if len(near) == 1 else as_county
            # (or one read as a unit above a county, which the count says it is not: 东安、祁阳、新宁、邵阳、武冈五县 —
            # 邵阳县, not 邵阳地区)
            above = read is not None and read.level != "county" and bool(near)
            if (pos in waiting or above) and len(pick) == 1:
                self._replace(pos, next(iter(pick.values())))
                waiting.discard(pos)

    def _listed_of_more_counties(self, run: list[int], waiting: set[int], count: re.Match[str]) -> None:
        """志丹、吴起、子长、华池、环县、盐池、同心等12个县（区）: a list closed by 等 and a count of counties at least
        as long, one member read as a county already — each name still waiting that names one county (of the provinces
        the page supports, else of the country) is that county (a weak one too: 同心)."""
        from extract.extractors.dates import cn_number

        n = cn_number(count.group("n"))  # (12, 十二)
        if n is None or n < len(run):
            return
        # (one member read as a county already, 华池县 under the page's 庆阳: the list is of counties)
        if not any(self.accepted[q].level == "county" for q in run if q in self.accepted):
            return
        provs = self._support()[1]
        for pos in run:
            if pos not in waiting:
                continue
            counties = {c.ref: c for _, c in self.tokens[pos].cands if c.level == "county"}
            near = {r: c for r, c in counties.items() if c.province in provs}
            # (the one county of its name in its supported province, else in the country)
            near = near or counties
            if len(near) == 1:
                self._replace(pos, next(iter(near.values())))
                waiting.discard(pos)

    def _glued_runs(self) -> list[list[int]]:
        """Token positions of names written together with no mark between (宜兰台中, 通县大厂): two or more keys."""
        return self._token_runs(lambda end, start: start == end)

    def _runs(self) -> list[list[int]]:
        """Token positions of 、-lists (海口、儋州、东方和澄迈): two or more keys joined by list marks."""
        # (a gap longer than every list mark is none: no slice of it)
        return self._token_runs(
            lambda end, start: start - end <= _LIST_GAP_LONGEST and self.text[end:start] in _LIST_GAPS
        )

    def _token_runs(self, joined: Callable[[int, int], bool]) -> list[list[int]]:
        """Token positions of two or more keys in a row, each ``joined`` to the one before (its end, their start)."""
        runs: list[list[int]] = []
        cur: list[int] = []
        for pos, tok in enumerate(self.tokens):
            if cur and joined(self.tokens[cur[-1]].end, tok.start):
                cur.append(pos)
                continue
            if len(cur) >= 2:
                runs.append(cur)
            cur = [pos]
        if len(cur) >= 2:
            runs.append(cur)
        return runs

    def _province_among_prefectures(self) -> None:
        """A province's short form that is also a prefecture's of another province (海南: 海南省, or 青海's
        海南藏族自治州), read as the province, in a stretch that names two or more other prefectures of that
        province (北京支援玉树、天津支援黄南、…江苏支援海南、浙江支援海西): the prefecture, as a list of
        them would read it."""
        for pos, unit in list(self.accepted.items()):
            if unit.level != "province":
                continue
            tok = self.tokens[pos]
            prefs = {u.ref: u for _, u in tok.cands if u.level == "prefecture" and u.province != unit.name}
            if len(prefs) != 1:
                continue
            pref = next(iter(prefs.values()))
            near = {
                u.ref
                for p, u in self.accepted.items()
                if p != pos
                and u.level == "prefecture"
                and u.province == pref.province
                and abs(self.tokens[p].start - tok.start) <= SIBLING_WINDOW
            }
            if len(near) >= SIBLINGS_MIN:
                self._replace(pos, pref)

    def _replace(self, pos: int, unit: Unit) -> None:
        tok = self.tokens[pos]
        old = self.accepted.get(pos)
        if old is not None:
            ref = old.ref
            self.hits = [h for h in self.hits if h != (tok.start, tok.end, "unit", ref)]
        self.accepted[pos] = unit
        self.hits.append((tok.start, tok.end, "unit", unit.ref))

    def _lists(self, pending: list[int]) -> None:
        """A list of places of one province supports its other members.

        - A list followed by a count of cities (长春、吉林两市, 等市县) names cities: a province
          name that is also a city of the province another member lies in is that city (吉林市).
        - A list followed by a count of counties as long as it (全州、兴安、灌阳、资源四县) names counties:
          each name a county's, a weak or a stopped short form too (资源).
        - A short or weak name (东方, 绥芬河, 三明) in a list whose accepted members lie in its
          province (海口、儋州、东方; 绥芬河、黑河; 龙岩、三明、漳州、梅州) is that province's unit
          of the name, when only one unit of the name lies in the members' provinces.
        """
        waiting = set(pending)
        for run in self._runs():
            self._context_list(run, waiting)
            if any(q in self.accepted for q in run):
                # (麻城市、新县: a unit's full name of one unit listed beside an accepted member — not a phrase,
                # 设立新县, whatever provinces the members lie in)
                # (joined by a list's mark or word: not 南县嘉县, Taiwan's short forms written side by side)
                for k, pos in enumerate(run):
                    only = {u.ref: u for _, u in self.tokens[pos].cands}
                    if pos not in waiting or not self.readings[pos].full or len(only) != 1:
                        continue
                    tok = self.tokens[pos]
                    gaps = [
                        self.text[self.tokens[run[j]].end : self.tokens[run[j + 1]].start]
                        for j in (k - 1, k)
                        if 0 <= j < len(run) - 1
                    ]
                    marked = any(len(gap) == 1 and gap in _LIST_MARKS for gap in gaps)
                    # (nor a name an accepted unit's ends with: 南县与嘉县 on 台南县's page, its short form)
                    shortened = any(u.name != tok.key and u.name.endswith(tok.key) for u in self.accepted.values())
                    # (nor a name that ends a word begun before it: 东川市因民|矿区和会泽县 — a mine, no 阳泉's 矿区)
                    s0 = tok.start
                    before = self.text[s0 - 1] if s0 else ""
                    glued = "\u4e00" <= before <= "\u9fff" and before not in _function_chars()
                    glued = glued and not self._covered[s0 - 1]
                    if marked and not shortened and not glued:
                        self._replace(pos, next(iter(only.values())))
                        waiting.discard(pos)
            last = self.tokens[run[-1]]
            count = _CITY_COUNT.match(self.text, last.end)
            # (a count of cities, or 等 and the words for prefectures: 白银、定西、临夏、海东等市州 — each name the one
            # prefecture of its name, a weak one too; not 等市 alone: 邯郸、长治、聊城等市 leaves the weak 长治)
            if count and (_count_value(count.group()) == len(run) or count.group() in ("等市州", "等州市", "等地市")):
                # 邯郸、长治、聊城…六市: as many cities as names, each name is a city (a weak one too)
                for pos in run:
                    prefectures = {c.ref: c for _, c in self.tokens[pos].cands if c.level == "prefecture"}
                    if not prefectures and count.group().endswith("市"):
                        # (or a county-level city where no prefecture has the name: 下游仁怀、赤水两市)
                        prefectures = {
                            c.ref: c for _, c in self.tokens[pos].cands if c.level == "county" and c.name.endswith("市")
                        }
                    if pos in waiting and len(prefectures) == 1:
                        self._replace(pos, next(iter(prefectures.values())))
                        waiting.discard(pos)
            if count is None:
                self._counted_counties(run, waiting)
                self._etc_counties(run, waiting)
                self._counted_districts(run, waiting)
                self._counted_areas(run)
            self._governed_by(run, waiting)
            if count:
                for pos in run:
                    u = self.accepted.get(pos)
                    if u is None or u.level != "province" or u.prefecture:
                        continue
                    others = {v.province for q in run if q != pos and (v := self.accepted.get(q)) is not None}
                    cities = [c for _, c in self.tokens[pos].cands if c.level == "prefecture" and c.province in others]
                    if len(cities) == 1:
                        self._replace(pos, cities[0])
            closing = _PLACES_AFTER.match(self.text, last.end) if count is None else None
            if closing:
                # 景德镇与祁门、婺源与休宁等毗邻市县: a list its closing word says is of places; a member
                # with one city or county of its name in the country is that unit, wherever it lies
                # (not a weak one, an ordinary word too: 广州、重庆、东方等地 — save where the closing word
                # says counties: 联合龙泉、政和等周边县（市）, each the one county of its name)
                counties_said = closing.group().endswith("县") and "市" not in closing.group()  # (not 等市县)
                levels = ("county",) if counties_said else ("prefecture", "county")
                for pos in run:
                    tok = self.tokens[pos]
                    unique = {c.ref: c for _, c in tok.cands if c.level in levels}
                    if counties_said and len(unique) > 1:  # (平江 of 武宁、平江等周边县: 平江县, not 苏州's 平江区)
                        unique = {r: c for r, c in unique.items() if not c.name.endswith("区")} or unique
                    if pos in waiting and len(unique) == 1 and (counties_said or not any(e.weak for e in tok.entries)):
                        self._replace(pos, next(iter(unique.values())))
                        waiting.discard(pos)
            self._province_as_city(run)
            for _ in range(2):
                for pos in run:
                    if pos not in waiting:
                        continue
                    acc = [v for q in run if q != pos and (v := self.accepted.get(q)) is not None]
                    provs = {v.province for v in acc}
                    if not acc or 2 * len(acc) < len(run) - 1:
                        continue
                    # (and the unit the article names in full whose short form the token is: 连江 in
                    # 澎湖、金门、连江 is Taiwan's 连江县 on a page that names 连江县长, though the short
                    # form's own entry is only Fujian's county)
                    units = [c for _, c in self.tokens[pos].cands] + self._named_in_full(self.tokens[pos].key)
                    cands = {c.ref: c for c in units if c.province in provs and c.level != "province"}
                    if self._generic(pos):  # (澳门的历史城区和肇庆: 城区 needs its own city, 汕尾城区)
                        homes = {v.name for v in acc} | {v.prefecture for v in acc if v.prefecture}
                        cands = {r: c for r, c in cands.items() if c.prefecture in homes}
                    # (白银: 白银市 and its 白银区 — the city a list of cities names)
                    names = {c.name for c in cands.values()}
                    cands = {r: c for r, c in cands.items() if not names.intersection(c.parents)}
                    if not cands and len(provs) >= 2 and not any(e.weak for e in self.tokens[pos].entries):
                        # (a list across provinces, a route: 瑞金—遵义—会宁—吴起 — a short form no word shares that
                        # names one unit in the country is that unit)
                        cands = {c.ref: c for _, c in self.tokens[pos].cands if c.level != "province"}
                    if len(cands) == 1:
                        self._replace(pos, next(iter(cands.values())))
                        waiting.discard(pos)
            self._peers_of_province(run, waiting)
        for run in self._glued_runs():  # (宜兰台中两县: names written together, then their count)
            self._counted_counties(run, waiting)

    def _counted_areas(self, run: list[int]) -> None:
        """A list closed by a count of 地区 or 盟 as long as it (宜昌、万县两地区, 1990): each name the 地区 (盟) of its
        name in the article's year, where its city of the same name was read (宜昌市 and 宜昌地区 coexisted)."""
        count = _AREA_COUNT.match(self.text, self.tokens[run[-1]].end)
        if count is None or _count_value(count.group("n")) != len(run):
            return
        kind = count.group("kind")
        for pos in run:
            key = self.tokens[pos].key
            # (its own cands, or the unit of the name and the kind: a 地区 its namesake city kept the short form of)
            entries = self.idx.keys.get(key + kind, ())
            named = _reading(tuple(entries), self.idx, self.year).cands if entries else ()
            areas = {c.ref: c for _, c in (*self.tokens[pos].cands, *named) if c.name == key + kind}
            if len(areas) == 1 and pos in self.accepted and not self.accepted[pos].name.endswith(FORMER_KINDS):
                self._replace(pos, next(iter(areas.values())))

    def _peers_of_province(self, run: list[int], waiting: set[int]) -> None:
        """A list of names none of which the page has read yet, each no ordinary word and the one unit of its name in
        a province the page names, all of that one province (凭祥、东兴 on a page naming 广西): those units — peers
        that support each other."""
        if len(run) < 2 or any(pos not in waiting for pos in run):
            return
        _, provs = self._support()
        picks: dict[int, Unit] = {}
        for pos in run:
            tok = self.tokens[pos]
            if any(e.weak for e in tok.entries) or self._generic(pos):
                return
            cands = {c.ref: c for _, c in tok.cands if c.level != "province" and c.province in provs}
            if len(cands) != 1:
                return
            picks[pos] = next(iter(cands.values()))
        if len({u.province for u in picks.values()}) != 1:
            return
        for pos, u in picks.items():
            self._replace(pos, u)
            waiting.discard(pos)

    def _generic(self, pos: int) -> bool:
        """The token is a district's two-character name that is an ordinary word too (城区, 郊区, 矿区:
        rules/weak_short_forms.txt): a unit only beside its own city."""
        tok = self.tokens[pos]
        generic = len(tok.key) == 2 and tok.key[-1] == "区"
        return generic and bool(tok.cands) and all(e.weak and e.full for e, _ in tok.cands)

    def _named_in_full(self, key: str) -> list[Unit]:
        """The units accepted elsewhere in the text whose full name is ``key`` and a level's suffix."""
        return [
            u for u in self.accepted.values() if len(u.name) == len(key) + 1 and u.name.startswith(key)
            and u.name[-1] in _UNIT_SUFFIXES
        ]  # fmt: skip

    def _context_list(self, run: list[int], waiting: set[int]) -> None:
        """台北、高雄两市: a list whose every member names a unit of one province whose short forms need
        its context (Taiwan, Hong Kong: ``context_units``) is that context itself."""
        provs: set[str] | None = None
        for pos in run:
            here = {u.province for _, u in self.tokens[pos].cands if u.ref in self.idx.context_units and u.province}
            provs = here if provs is None else provs & here
        if not provs or len(provs) != 1:
            return
        if any(len(self.tokens[pos].key) <= 2 and all(e.full for e, _ in self.tokens[pos].cands) for pos in run):
            return  # 北区、南区: generic two-character names are no context
        for pos in run:
            cands = {u.ref: u for _, u in self.tokens[pos].cands if u.province in provs and u.level != "province"}
            if pos in waiting and len(cands) == 1:
                self._replace(pos, next(iter(cands.values())))
                waiting.discard(pos)

    def _province_as_city(self, run: list[int]) -> None:
        """长春、吉林、延边: a province name in a list whose other members are all prefecture- or
        county-level units, two or more of that province, is its namesake city (吉林市; also in a
        city cluster's list across provinces: 哈尔滨、大庆…长春、吉林、四平)."""
        for pos in run:
            u = self.accepted.get(pos)
            if u is None or u.level != "province" or u.prefecture:
                continue
            others = [self.accepted.get(q) for q in run if q != pos]
            if any(v is None or v.level == "province" for v in others):
                continue
            if sum(1 for v in others if v is not None and v.province == u.name) < 2:
                continue
            cities = [c for _, c in self.tokens[pos].cands if c.level == "prefecture" and c.province == u.name]
            if len(cities) == 1:
                self._replace(pos, cities[0])
        for pos in run:
            # (同仁、尖扎、河南等县市: a province name listed with two or more counties of one prefecture, the
            # county of its name there — 黄南州's 河南蒙古族自治县, no 河南省; 海北、海南、黄南等州: with prefectures
            # of one province, the prefecture of its name there — 青海's 海南州, no 海南省)
            # (or a prefecture's name listed with two or more of its own counties, the county-level city of its name
            # there: 流经恩施州的恩施、宣恩、建始、巴东 — 恩施市)
            u = self.accepted.get(pos)
            if u is not None and u.level == "prefecture":
                own = [
                    q for q in run if q != pos and (v := self.accepted.get(q)) is not None and v.prefecture == u.name
                ]
                seats = [c for _, c in self.tokens[pos].cands if c.level == "county" and c.prefecture == u.name]
                toks = [self.tokens[q] for q in run]
                tight = all(self.text[a.end : b.start] in ("、", "和", "及") for a, b in pairwise(toks))
                # (the prefecture written right before the list, whose counties it lists: 恩施州的|恩施、宣恩…)
                head = toks[0].start
                tight = tight and any(
                    v.ref == u.ref and 0 <= head - self.tokens[q].end <= 1
                    for q, v in self.accepted.items()
                    if q not in run
                )
                # (a member still waiting may be one of its counties: 南华 beside 牟定县)
                counties = sum(1 for q in own if self.accepted[q].level == "county") + sum(
                    1
                    for q in run
                    if q != pos
                    and q not in self.accepted
                    and any(c.level == "county" and c.prefecture == u.name for _, c in self.tokens[q].cands)
                )
                if tight and counties >= 2 and len(seats) == 1 and self.tokens[pos].key != u.name:
                    self._replace(pos, seats[0])
                continue
            if u is None or u.level != "province":
                continue
            members = [q for q in run if q != pos]
            said = [v for q in members if (v := self.accepted.get(q)) is not None]
            levels = {v.level for v in said}
            if len(members) < 2 or len(levels) != 1 or not levels <= {"county", "prefecture"}:
                continue
            level = next(iter(levels))
            homes = {_home_at(v, level) for v in said}
            # (a member still waiting may be of that place: 同仁 beside 尖扎县)
            if len(homes) != 1 or not all(
                q in self.accepted
                or any(c.level == level and _home_at(c, level) in homes for _, c in self.tokens[q].cands)
                for q in members
            ):
                continue
            namesakes = [c for _, c in self.tokens[pos].cands if c.level == level and _home_at(c, level) in homes]
            if len(namesakes) == 1:
                self._replace(pos, namesakes[0])

    def _city_zone(self, tok: _Token, entries: tuple[_Entry, ...]) -> tuple[str, int] | None:
        """``洛阳都市圈``: the zone a prefecture-level (or province-level) city name followed by
        都市圈/城市圈/经济圈/大都市区 names, by its common name (the city's short name and the suffix)."""
        if not self.text.startswith(_CITY_ZONE_SUFFIXES, tok.end):  # (one test for most tokens)
            return None
        suffix = next(w for w in _CITY_ZONE_SUFFIXES if self.text.startswith(w, tok.end))
        cities = [u for _, u in tok.cands if u.level == "prefecture" or u.prefecture]
        if suffix == "经济圈":  # (合肥经济圈, 太原经济圈: a prefecture's, by a name no ordinary word — not 双城经济圈)
            cities = [u for e, u in tok.cands if u.level == "prefecture" and not e.weak]
        if not cities:
            return None
        base = tok.key[:-1] if tok.key.endswith("市") and len(tok.key) > 2 else tok.key
        return base + suffix, len(suffix)

    def _rejected(self, tok: _Token, full: bool) -> bool:
        """Street names (南京路, 北京东路), given names (省长李长春说), a short form that names a
        lake, a river or a mountain (微山湖, 洪泽湖, 嘉陵江, 祁连山), a name whose first character is a
        number's going on from the one before it (七百万县市民: 万县市) and a place abroad (韩国丽水市:
        ``_told_abroad``) are no place mentions (``full``:
        the token's unit entries are all full names)."""
        if _in_number(self.text, tok) or self._told_abroad(tok):
            return True
        if full:
            return (
                (len(tok.key) <= 3 and _is_street(self.text, tok))
                or self._taiwan_township_named(tok)
                or self._glued_to_a_word(tok)
            )
        return (
            _is_street(self.text, tok)
            or _looks_like_person(self.text, tok, self.idx)
            or self._feature(tok)
            or self._mountain(tok)
            or self._mountain_district(tok)
            or self._taiwan_township(tok)
            or self._inside_words(tok)
            or self._after_letters(tok)
            or self._locality(tok)
            or _heading_to(self.text, tok)
            or self._epithet(tok)
        )

    def _epithet(self, tok: _Token) -> bool:
        """A short form ending in 城 written right before the name of another city, a prefecture's or a province's
        (鹿城包头与甬城宁波…, 鹤城齐齐哈尔, 钢城攀枝花): that city's epithet (别称), no unit of its own (温州市's
        鹿城区) — not before its own parent's name, nor a prefecture's short form (聊城菏泽区域合作, 晋城焦作两市), nor
        a county's whose full name or city the page writes (通城岳阳两县 beside 通城县)."""
        if len(tok.key) != 2 or tok.key[-1] != "城" or any(u.level != "county" for _, u in tok.cands):
            return False
        if any(u.name in self.text or (u.parents and u.parents[0] in self.text) for _, u in tok.cands):
            return False
        if self._token_starts is None:
            self._token_starts = {t.start: t for t in self.tokens}
        after = self._token_starts.get(tok.end)
        if after is None:
            return False
        cities = {u.name for _, u in after.cands if u.level in ("prefecture", "province")}
        return bool(cities) and not any(cities.intersection(u.parents) for _, u in tok.cands)

    def _opens_named_zone(self, key: str) -> bool:
        """``key`` opens the name of a zone the page writes in full (长吉图 of 长吉图开发开放先导区)."""
        if self._zone_keys is None:
            self._zone_keys = {t.key for t in self.tokens if any(e.kind == "zone" for e in t.entries)}
        return any(len(z) > len(key) and z.startswith(key) for z in self._zone_keys)

    def _after_letters(self, tok: _Token) -> bool:
        """A short form that opens with the second of two provinces' letters and ends in the first
        character of a word going on after it (闽|琼海|洋: 闽琼 and 海洋, no 琼海市)."""
        s, e = tok.start, tok.end
        letters = province_letters()
        return (
            s > 0
            and e < len(self.text)
            and self.text[s - 1] in letters
            and self.text[s] in letters
            and not self._covered[s - 1]
            and bool(word_frequency(self.text[e - 1 : e + 1]))
        )

    def _locality(self, tok: _Token) -> bool:
        """A place of Hong Kong or Macau below its district whose name begins with the token (天水|围,
        马鞍山, 太和, 屏山: rules/hk_macau_localities.tsv) on a page that names its region or district:
        the locality, no mainland unit — unless the page writes that unit's full name (马鞍山市 … 马鞍山在港
        举办推介会)."""
        table, lengths = localities()
        for n in lengths:
            hit = table.get(self.text[tok.start : tok.start + n]) if n >= len(tok.key) else None
            if hit and any(w and w in self.text for w in hit):
                return not any(u.name in self.text for _, u in tok.cands)
        return False

    def _inside_words(self, tok: _Token) -> bool:
        """A short form whose first character ends a word begun before it and whose last one begins
        a word going on after it (保护抚河|源头: 抚河 and 源头 in jieba's dictionary, no 河源): two
        words of general text meeting, no place.  A place written right beside it is no word of
        general text (台北|上海城市论坛: 北上 and 海城 are words, 台北 is a place)."""
        s, e = tok.start, tok.end
        if s and not self._covered[s - 1] and self.text[s] in _WATER_ENDS and word_frequency(self.text[s - 1 : s + 1]):
            return True  # (渭河|源扶贫车间, 珠江|口: a river's name runs into it, the source or the mouth of the river)
        if self.text[e - 1] in _WATER_ENDS and any(
            s >= k and not any(self._covered[s - k : s]) and word_frequency(self.text[s - k : e]) for k in (1, 2)
        ):
            return True  # (青|弋江, 左|右江: the end of a river's name jieba knows, no 弋江区, 右江区)
        if s and not self._covered[s - 1] and e - s == 2 and word_frequency(self.text[s - 1 : s + 1]):
            # (市民和旅行社: 市民 a word, 和 a joiner after it — no 民和回族土族自治县; 复|合肥厂: the character before
            # and the name make a word of three that jieba knows, 复合肥 — the name is its end, no place)
            word = self.text[s - 1 : e]
            if self.text[e - 1] in "和与及同" or (word_frequency(word) and not self.idx.keys.get(word)):
                return True
        if not s or e >= len(self.text) or self._covered[s - 1] or self._covered[e]:
            return False
        return bool(word_frequency(self.text[s - 1 : s + 1]) and word_frequency(self.text[e - 1 : e + 1]))

    def _taiwan_township(self, tok: _Token) -> bool:
        """A Taiwan township's name written without its 乡/镇/市/区 on a page that names its county (苗栗的
        南庄、泰安一带: 苗栗县's 泰安乡, not 泰安市): no unit of the record (rules/taiwan_townships.tsv) — unless
        the sentence names the mainland unit's own parent before it (三明市境内的泰宁、永安等地: 三明's 永安市, on a
        page that names 高雄 too)."""
        if not self._township_beside_county(tok.key):
            return False
        start = max(self.text.rfind(c, 0, tok.start) for c in "。！？\n") + 1
        return not any(u.parents and u.parents[0][:2] in self.text[start : tok.start] for _, u in tok.cands)

    def _glued_to_a_word(self, tok: _Token) -> bool:
        """A county's full name whose first character ends a word begun before it, on a page that names
        none of its parents (东江|源区: the Dongjiang's source area, no 白山市's 江源区; 广东江门市 names its
        province)."""
        s = tok.start
        # (or the last character of a river's name begun before it: 嘉陵|江城区段 — 嘉陵江's urban stretch, no 阳江's
        # 江城区)
        river = self.text[s] in _WATER_ENDS and s >= 2 and word_frequency(self.text[s - 2 : s + 1])
        if s == 0 or not (word_frequency(self.text[s - 1 : s + 1]) or river):
            return False
        if s >= 2 and self.text[s - 1] in _JOINING_CHARS and self.text[s - 2] in _NAME_OR_OFFICE_ENDS:
            return False  # (河东区妇联与|会宁县妇联: a conjunction after a party's name, no 与会)
        units = [u for _, u in tok.cands]
        return bool(units) and all(u.level == "county" and not self._parents_named(u) for u in units)

    def _taiwan_township_named(self, tok: _Token) -> bool:
        """A Taiwan township written in full that a mainland unit's name is too (桃园市复兴区 beside
        邯郸's 复兴区, 台东县延平乡), on a page that names the township's county and none of the mainland
        unit's parents: the township (no unit of the record), not the mainland unit."""
        # (or the township and 县府, the county's seat there: 在凤山县府签署 — 高雄县's, no 凤山县 of Guangxi)
        seat = tok.key[-1] == "县" and self.text.startswith("府", tok.end)
        if (tok.key[-1] not in TOWNSHIP_LEVELS and not seat) or not self._township_beside_county(tok.key[:-1]):
            return False
        return not any(self._parents_named(u) for _, u in tok.cands)

    def _parents_named(self, u: Unit) -> bool:
        """The page names one of ``u``'s parents (by its first two characters: 邯郸, 白山)."""
        return any(p[:2] in self.text for p in u.parents)

    def _township_beside_county(self, stem: str) -> bool:
        """``stem`` is a Taiwan township's name less its level character and the page names the
        township's county — not by that same stem (苗栗 is 苗栗县, though 苗栗市 is one of its townships)."""
        if stem not in _township_stems():  # (most stems name no township: one set lookup)
            return False
        towns = townships()
        return any(
            county[:2] in self.text and not county.startswith(stem)
            for suffix in TOWNSHIP_LEVELS
            for county, _, _ in towns.get(stem + suffix, ())
        )

    def _place_before(self, at: int) -> bool:
        """A unit's key ends right before ``at`` (祁连|山东段)."""
        return any(t.end == at for t in self.tokens if any(e.kind == "unit" for e in t.entries))

    def _mountain(self, tok: _Token) -> bool:
        """The short form before 山/岭/峰 that starts no place name of its own: a mountain's name (祁连山,
        长白山), not the county's; but the county's hill country (平谷山区) and its landscape (桂林山水) are
        the place's."""
        e = tok.end
        keep = _feature_pattern("keep")  # (平谷山区, 桂林山水, 柯城山海协作)
        if self.text[e : e + 1] not in _MOUNTAIN or (
            keep.match(self.text, e) is not None and not self.text.startswith("山区域", e)
        ):
            return False  # (but 长白山区域: the mountain's region, 山 and 区域)
        return _token_at(self.text, e, self.idx) is None

    def _mountain_after(self, tok: _Token) -> bool:
        """The key's last character and the one after it make a mountain's name jieba knows (湘南|岭: 南岭; not
        湘南山区, the hill country of the area)."""
        e = tok.end
        nxt = self.text[e : e + 1]
        if not nxt or nxt not in _MOUNTAIN or self.text[e + 1 : e + 2] in ("区", "水"):
            return False
        return bool(word_frequency(self.text[e - 1 : e + 1]))

    def _mountain_district(self, tok: _Token) -> bool:
        """A district named after its mountain, written without 区 as where visitors go (庐山 of 九江's 庐山区 in
        1986: 游客可经景德镇前往庐山) on a page that names none of its parents: the mountain (a district written
        short is its city's own talk, which names the city: 深圳南山, 上海宝山; 金山平湖…联席会议)."""
        units = [u for _, u in tok.cands]
        return (
            tok.key[-1] == "山"
            and _TRAVEL_TO.search(self.text, max(0, tok.start - 3), tok.start) is not None
            and bool(units)
            and all(u.level == "county" and u.name == tok.key + "区" and not self._parents_named(u) for u in units)
        )

    def _among_mountains(self, tok: _Token) -> bool:
        """A name ending in 山 (or 湖) listed right beside a mountain's or a lake's that is no place's (黄山、九华山,
        三清山与黄山, 庐山、鄱阳湖): the mountain (or the lake) too — not in a list its count says is of counties
        (殷墟博物馆和岐山、扶风两县)."""
        if _COUNTED_COUNTIES_AFTER.match(self.text, tok.end):
            return False
        after = _LISTED_MOUNTAIN_AFTER.match(self.text, tok.end)
        if after and self._no_place(after.start(1), after.end(1)):
            return True
        before = _LISTED_MOUNTAIN_BEFORE.search(self.text, max(0, tok.start - 6), tok.start)
        if before is not None and self._no_place(before.start(1), before.end(1)):
            return True
        if tok.key[-1] != "山":
            return False
        # (峨眉山、乐山大佛享誉海内外: a mountain's name listed beside a sight's that is no place's — the mountain)
        after_sight, before_sight = _listed_sight()
        after = after_sight.match(self.text, tok.end)
        if after and self._no_place(after.start(1), after.end(1)):
            return True
        before = before_sight.search(self.text, max(0, tok.start - 8), tok.start)
        return before is not None and self._no_place(before.start(1), before.end(1))

    def _no_place(self, start: int, end: int) -> bool:
        """The mountain's or lake's name from ``start`` to ``end`` is no place's: no key begins it, or
        the key that does ends before its 山 or 湖 (鄱阳|湖: the lake named like 鄱阳县)."""
        other = _token_at(self.text, start, self.idx)
        return other is None or other.end < end

    def _gone(self, tok: _Token) -> bool:
        """Every unit ``tok`` may name was gone by the article's year (read by its former name only)."""
        year = self.year
        return year is not None and bool(tok.cands) and all(
            u.valid_to is not None and u.valid_to <= year for _, u in tok.cands
        )

    def _listed(self, tok: _Token) -> bool:
        """``tok`` ends a list (、, 和, 与, 及 before it) of which some member is no place's name (老牛湾、
        万家寨、壶口瀑布、沙坡头: the sights of a list of sights)."""
        s = tok.start
        if s == 0 or self.text[s - 1] not in _LIST_MARKS:
            return False
        b = s - 1
        while b > 0 and self.text[b - 1] not in _CLAUSE_ENDS:
            b -= 1
        items = [m for m in re.finditer(f"[^{_LIST_MARKS}]+", self.text[b : s - 1])]
        # (an item that is no place's name whole: 开封有清明上河园 opens with 开封 and goes on — the garden's)
        return any(
            (t := _token_at(self.text, b + m.start(), self.idx)) is None or t.end < b + m.end() for m in items
        )

    def _beside_river(self, tok: _Token) -> bool:
        """The name is listed right before a river's or a lake's name of three characters or more that is no place's
        (黑龙江、乌苏里江): two rivers, not a province and a river."""
        nxt = _LISTED_WATER_AFTER.match(self.text, tok.end)
        if nxt is None or len(nxt.group(1)) < RIVER_MIN or not _RIVER_LIST_GOES_ON.match(self.text, nxt.end()):
            return False
        place = _token_at(self.text, nxt.start(1), self.idx)  # (乌苏|里江: a place's name inside the river's is none)
        return place is None or place.end < nxt.end(1)

    def _feature(self, tok: _Token) -> bool:
        """The short form before 湖/江/河 that starts no place name of its own (武汉江汉区 is two places);
        a river's name before a word of its course (黑河下游, 黑河流域), any short form before a
        desert's word (巴丹吉林沙漠), a name ending in 山 before its scenery's (武夷山景区):
        rules/feature_words.tsv."""
        e = tok.end
        water, land, mountain, slope, stretch, keep, sights, former = _feature_words()
        if former.match(self.text, e) and self._gone(tok):
            return True  # (大港油田 in 2017: the oil field kept the name of 大港区, gone in 2009)
        after_etc = e + len(_SIGHTS_ETC)
        after_etc += len(m.group()) if (m := _SIGHTS_MODIFIER.match(self.text, after_etc)) else 0
        if self.text.startswith(_SIGHTS_ETC, e) and sights.match(self.text, after_etc) and self._listed(tok):
            return True  # (老牛湾、壶口瀑布、沙坡头等景区: the last of a list of sights)
        if keep.match(self.text, e) is None and (
            (tok.key[-1] in _WATER_ENDS and water.match(self.text, e)) or land.match(self.text, e)
        ):
            return True
        if not any(en.full for en in tok.entries) and _feature_pattern("product").match(self.text, e):
            return True  # (金华火腿, 兰州拉面: a product named after the place's short form, no mention of it)
        if (listed := _LISTED_FEATURES_AFTER.match(self.text, e)) and land.match(self.text, listed.end()):
            # (巴丹吉林、腾格里两大沙漠: the short form ends a longer name of no place, 巴丹 no common word, and the
            # list's land word is its too — no 吉林省)
            before = self.text[max(0, tok.start - 2) : tok.start]
            glued = len(before) == 2 and all(_CJK.match(ch) for ch in before)
            if glued and not any(self._covered[tok.start - 2 : tok.start]) and word_frequency(before) < COMMON_WORD:
                return True
        # (not before a list's closing word of places: 龙南、和平、龙川等沿线县市)
        etc = self.text.startswith(_SIGHTS_ETC, e) and not _PLACES_AFTER.match(self.text, e)
        if tok.key[-1] in _WATER_ENDS and etc and water.match(self.text, e + 1):
            return True  # (涝河、黑河等水系: the last of a list of rivers closed by 等 and a water word)
        if tok.key[-1] in _WATER_ENDS and (nxt := _LISTED_WATER_AFTER.match(self.text, e)):
            etc = self.text.startswith(_SIGHTS_ETC, nxt.end()) and not _PLACES_AFTER.match(self.text, nxt.end())
            after = nxt.end() + (1 if etc else 0)
            if water.match(self.text, after):
                return True  # (统筹黑河、石羊河流域, 黑河、涝河等水系: the course words after a list of rivers)
        s0 = tok.start
        if (
            _feature_pattern("venue").match(self.text, e)
            and s0 > 0
            and "\u4e00" <= self.text[s0 - 1] <= "\u9fff"
            and not self._covered[s0 - 1]
            and self.text[s0 - 1] not in _venue_openers()
        ):
            return True  # (在富乐山宾馆举行: a hotel named for the mountain 富乐山, no 乐山市)
        if tok.key[-1] in _WATER_ENDS and self._beside_river(tok):
            return True  # (沿黑龙江、乌苏里江与俄罗斯隔江相望: listed with a river that names no place, a river too)
        side = self.text[e + 1 : e + 2]
        if (
            self.text.startswith("山", e)
            and side
            and side in _DIRECTIONS
            and (slope.match(self.text, e + 2) or stretch.match(self.text, e + 2))
        ):
            # (贺兰山东麓, 长白山西北线: the short form names the mountain whose side or stretch it is, no 贺兰县)
            return True
        s = tok.start
        if tok.key[0] == "山" and s > 0 and "\u4e00" <= self.text[s - 1] <= "\u9fff":
            # (太行山东麓: the mountain's side; 祁连山东段, after 祁连's short form: the mountain's stretch)
            if slope.match(self.text, e) or (stretch.match(self.text, e) and self._place_before(s)):
                return True
        if tok.key[-1] in "山湖岭" and mountain.match(self.text, e):
            return True  # (武夷山生态旅游, 梁子湖生态旅游区, 大兴安岭南麓: the mountain, lake or range named)
        if sights.match(self.text, e) and tok.key.endswith(_sight_ends()):
            return True  # (岳阳楼景区: a sight named like the district, 岳阳楼 the tower, no 岳阳楼区)
        if tok.key[-1] == "山" and _climbed(self.text, s):
            return True  # (代表团明日将登崂山参观: the mountain climbed, no 崂山区)
        if tok.key[-1] == "山" and _on_tour_route(self.text, s, e):
            return True  # (“黄山—景德镇—庐山”旅游热线: the mountains a tour's route joins, no 黄山市 nor 庐山区)
        if tok.key[-1] in "山湖" and self._among_mountains(tok):
            return True  # (把黄山、九华山与三清山…串联, 庐山、鄱阳湖: the mountain among mountains and lakes)
        if tok.key[-1] == "山" and s > 0 and word_frequency(self.text[s - 1 : e]) and not self._covered[s - 1]:
            return True  # (大洪山横亘其间: 洪山 ends a mountain's word of jieba's dictionary, no 洪山区)
        if e >= len(self.text) or self.text[e] not in _WATER:
            return False
        # (嘉陵江城区段: the river's name is a word jieba knows, whatever name the next characters make)
        return _token_at(self.text, e, self.idx) is None or bool(word_frequency(self.text[s : e + 1]))

    def _supported(self, pos: int, prefs: set[str], provs: set[str]) -> Unit | None:
        tok = self.tokens[pos]
        scored: list[tuple[int, Unit]] = []
        # (a party's or the people's organs right after the name are the mainland's: 连江县委书记, 连江县党政考察团 —
        # Fujian's county, not Taiwan's of the same name that the page's 台湾 supports)
        mainland = _MAINLAND_ORGANS.match(self.text, tok.end) is not None
        for e, u in tok.cands:
            if mainland and u.ref in self.idx.context_units:
                continue
            if self._adjacent_parent(pos, u):
                score = 3
            elif e.weak:  # an ordinary word too: a prefecture needs its province, a county full name
                # its prefecture, a county short name its parent written right before it
                if u.level == "prefecture":
                    score = 2 if u.province in provs else 0
                elif u.province in SAR_NAMES:
                    # (a SAR's district, 沙田 or 西贡, on a page naming 香港: its parent — not a common word, 中西文化,
                    # nor on a page naming Taiwan's places, whose 离岛 are Taiwan's outlying islands)
                    own = u.province in provs and "台湾省" not in provs
                    score = 2 if own and word_frequency(tok.key) < COMMON_WORD else 0
                else:
                    score = 2 if e.full and u.prefecture in prefs else 0
            elif u.level == "prefecture":
                score = 2 if u.province in provs else 0
            elif u.prefecture in prefs or (u.prefecture is None and u.province in provs):
                score = 2  # a county-level unit directly under a province (济源, 仙桃) counts it as parent
            elif u.prefecture is None and u.level == "county" and self._direct_sibling(u):
                score = 2  # (天门 named in full, 仙桃、潜江 short: the province's units under it directly, peers)
            elif (e.full or len(tok.key) >= LONG_SHORT_FORM) and u.province in provs:
                score = 1  # (a short form of four characters or more names its unit as a full name does: 二连浩特)
            elif u.province in provs and _VISIT_BEFORE.search(self.text, max(0, tok.start - 2), tok.start):
                score = 1  # (where a delegation travels on to, in its province: 18日赴昆山继续考察 on a Jiangsu page)
            elif u.level == "county" and (u.province in provs or len(tok.cands) == 1) and self._named_by(tok):
                score = 1  # (汶川地震, 舟曲特大泥石流: an event named after the county, feature_words.tsv ``named``)
            else:
                score = 0
            if score:
                scored.append((score, u))
        if not scored:
            return None
        best = max(s for s, _ in scored)
        top = {u.ref: u for s, u in scored if s == best}
        if len(top) > 1 and len({(u.name, u.level) for u in top.values()}) == 1:
            # one place under two codes in the year it changed hands (公主岭市 in 1988: under 四平市, then under the
            # province directly): the one whose prefecture is named, else the first
            under = [u for u in top.values() if u.prefecture in prefs]
            return (under or list(top.values()))[0]
        return next(iter(top.values())) if len(top) == 1 else None

    def _named_by(self, tok: _Token) -> bool:
        """An event named after the place follows its short form (rules/feature_words.tsv ``named``: 汶川|地震)."""
        return _feature_pattern("named").match(self.text, tok.end) is not None

    def _direct_sibling(self, u: Unit) -> bool:
        """Another county-level unit directly under ``u``'s province is accepted (天门市 for 仙桃, 潜江)."""
        return any(
            v.ref != u.ref and v.level == "county" and v.prefecture is None and v.province == u.province
            for v in self.accepted.values()
        )

    def _letters_of_others(self, tok: _Token) -> bool:
        """A fixed compound of letters (宁马 = 南京, 马鞍山) whose members the page names nowhere else, each letter
        opening the name of another place the page names (宁德, 马祖): the compound is those places' letters."""
        compound = next(e for e in tok.entries if e.kind == "compound")
        if len(compound.members) != len(tok.key):
            return False
        text = self.text[: tok.start] + "\0" * (tok.end - tok.start) + self.text[tok.end :]
        for ref in compound.members:
            u = _unit_by_ref(ref, self.idx)
            if _SHORT_SUFFIX.sub("", u.name)[:2] in text:
                return False
        others = [t for t in self.tokens if t is not tok and not any(e.kind == "compound" for e in t.entries)]
        return all(
            any(t.key.startswith(letter) and any(e.kind in ("unit", "nick") for e in t.entries) for t in others)
            for letter in tok.key
        )

    def _mentioned_codes(self) -> set[str]:
        codes = {ref for _, _, kind, ref in self.hits if kind == "unit"}
        for u in self.source_units:
            codes.add(u.ref)
            for p in u.parents:
                for pu in self.idx.units.get(p, []):
                    codes.add(pu.ref)
        return codes

    def _nicknames(self) -> None:
        mentioned: set[str] | None = None  # (only an article with a nickname needs them)
        for tok in self.tokens:
            for e in tok.entries:
                if e.kind == "nick":
                    if self._inside_words(tok):
                        break  # (沿江|城市: two words meeting, no 江城)
                    if mentioned is None:
                        mentioned = self._mentioned_codes()
                    hits = [m for m in e.members if m in mentioned]
                    # (a nickname of one city read alone where it stands as a place: after a mark or a function word,
                    # 在鹭岛开幕 — not a word's tail, 世界釉下五彩瓷都)
                    before = self.text[tok.start - 1] if tok.start else ""
                    alone = e.target == "name" or not _CJK.match(before) or before in _function_chars()
                    if not hits and len(e.members) == 1 and alone:
                        # (the proper name of one unit, on a page that supports its province apart from the name:
                        # 经金门、马祖往返大陆 on a page naming 台湾 — Taiwan's 连江县; not where the page reads
                        # another unit of that unit's name, 福建's 连江县; or a nickname of one city only, 在鹭岛开幕
                        # on a page naming 漳州 — 厦门市)
                        u = _unit_by_ref(e.members[0], self.idx)
                        if u is not None and self._supported_apart(u.province, tok) and not any(
                            v.name == u.name for v in self.accepted.values()
                        ):
                            hits = list(e.members)
                    if len(hits) == 1:
                        self.hits.append((tok.start, tok.end, "unit", hits[0]))

    def _supported_apart(self, province: str | None, tok: _Token) -> bool:
        """``province`` is supported by the page (its units accepted, or a support word) other than at ``tok``."""
        if province is None:
            return False
        units = [*self.accepted.values(), *self.source_units]
        if any(v.province == province or (v.level == "province" and v.name == province) for v in units):
            return True
        text = self.text[: tok.start] + "\0" * (tok.end - tok.start) + self.text[tok.end :]
        return any(prov == province and pat.search(text) for pat, prov in _support_word_res())

    @cached_property
    def _covered(self) -> bytearray:
        """Which characters a token covers (the tokens are fixed once scanned)."""
        cov = bytearray(len(self.text))
        for tok in self.tokens:
            cov[tok.start : tok.end] = b"\x01" * (tok.end - tok.start)
        for at in self.belt_letters:  # (a province's letter before the belts 东西部: no zone's)
            cov[at] = 0
        return cov

    def _cities_counted(self, run: str, end: int) -> bool:
        """Letters counted as cities (or 地区) right after them, each opening the name of a city or county the
        article names (吉赣两市 beside 吉安市 and 赣州市; 宁台两地区 beside 宁德地区 and 台州地区): the cities' letters,
        no provinces'."""
        # (the count of cities a list may close with, 两市; or of prefectures of the old kind: 宁台两地区)
        count = _CITY_COUNT.match(self.text, end) or _AREA_COUNT.match(self.text, end)
        if count is None or count.group().startswith("等"):
            return False
        named = {u.name[0] for u in self.accepted.values() if u.level in ("prefecture", "county")}
        return all(ch in named for ch in run)

    def _listed_province_letters(self) -> None:
        """Provinces' letters listed one by one before their count (京、津、冀、辽、鲁、晋、蒙七省区市, 闽、赣、
        湘…九省区) or 等 and the provinces' word (冀、京、晋、陕、甘等省区市): each letter its province."""
        if "、" not in self.text:
            return
        abbr = self.idx.prov_abbr
        for m in _listed_letters_re().finditer(self.text):
            for k in range(m.start(), m.end(), 2):
                if self._covered[k]:
                    continue
                for u in self.idx.units.get(abbr[self.text[k]][0], []):
                    if u.level == "province":
                        self.hits.append((k, k + 1, "unit", u.ref))
                        self.letter_runs = True

    @cached_property
    def _letters_abroad(self) -> frozenset[str]:
        """Province letters that stand for a foreign country on this page: the first character of a country's name
        the page writes (新 of 新加坡, 澳 of 澳大利亚, 蒙 of 蒙古国; rules/foreign_countries.txt) whose province the
        page's accepted places neither name nor lie in (新疆, 澳门; 呼伦贝尔市 keeps 黑蒙's 蒙 内蒙古's)."""
        if not self._names_country:
            return frozenset()
        firsts = country_initials(self.text) & set(self.idx.prov_abbr)
        named = {u.province for u in self.accepted.values()}
        return frozenset(ch for ch in firsts if self.idx.prov_abbr[ch][0] not in named)

    def _opens_word(self, at: int) -> bool:
        """The letter at ``at`` opens one of its words (rules/letter_word_heads.tsv: 港区, 港航) and none of the
        longer words that keep it a letter (港区域, 港口岸)."""
        heads = self.idx.abbr_heads.get(self.text[at])
        if heads is None:
            return False
        words, kept = heads
        return self.text.startswith(words, at) and not self.text.startswith(kept, at)

    def _province_runs(self) -> None:
        """Runs of two or more province abbreviations (沪苏浙皖) that no key covers: the regex finds
        the stretches of abbreviations, the loop reads only those (a loop over every character of
        the text cost a quarter of the regions' time)."""
        abbr, text = self.idx.prov_abbr, self.text
        compounds: dict[int, int] | None = None  # where a fixed pair of letters begins → ends (read once, if asked)
        for m in _province_abbr_re().finditer(text):
            self.letter_runs = True
            cov = self._covered  # (computed on the first run: a third of the articles have none)
            i, stop = m.span()
            while i < stop:
                if cov[i]:
                    i += 1
                    continue
                j = i
                while j < stop and not cov[j]:
                    j += 1
                end = j
                # 粤澳新通道: a prefix-like weak char at the end, before a Chinese character, starts that word
                # (not before a count: 晋蒙新六省区)
                nxt = text[end : end + 1]
                if end - i > 1 and text[end - 1] in self.idx.abbr_prefix and _CJK.match(nxt) and nxt not in _COUNT:
                    end -= 1
                elif end - i > 1 and self._opens_word(end - 1):
                    end -= 1  # 琼桂港区: 港 opens 港区, a port area (rules/letter_word_heads.tsv), no 香港
                run = text[i:end]
                if self._township_beside_county(text[i : i + 2]):
                    i = j
                    continue  # 头城、苏澳的观光资源, 苏澳港: a Taiwan township beside its county, no 苏 and 澳
                if _feature_pattern("route").match(text, end):
                    i = j
                    continue  # 沪渝高速公路, 京沪高铁: a road or a railway named by its ends, no provinces
                # (a letter that opens a foreign country's name the page writes, its province's name unwritten, is
                # that country's: 新粤合作 beside 新加坡 — Singapore and 广东, no 新疆)
                abroad = self._letters_abroad & set(run)
                strong = sum(1 for ch in set(run) - abroad if abbr[ch][1])
                # (weak letters too before a count or a border word: 蒙宁两地, 宁甘毗邻地区)
                counted = _letters_then().match(text, end) is not None
                # (a strong letter and a weak one before a word of pairing: 在粤澳合作的基础上)
                paired = strong >= 1 and _letters_paired().match(text, end) is not None
                # (one letter beside a fixed pair of provinces' letters: 川|甘青三省交界 — one run of three)
                # (before it only, the three counted or bordering: 港澳|新闻 is no 新, 台|港澳司 a ministry's office)
                if len(run) == 1 and compounds is None:  # (甘青 in 川|甘青三省交界)
                    compounds = {t.start: t.end for t in self.tokens if any(e.kind == "compound" for e in t.entries)}
                compound = compounds.get(end) if len(run) == 1 and compounds is not None else None
                beside = compound is not None and _letters_then().match(text, compound) is not None
                # (or right after the pair, the three counted or bordering: 甘青|川三省交界)
                beside = beside or (
                    len(run) == 1
                    and compounds is not None
                    and i in compounds.values()
                    and _letters_then().match(text, end) is not None
                )
                if beside and run not in abroad:
                    for u in self.idx.units.get(abbr[run][0], []):
                        if u.level == "province":
                            self.hits.append((i, i + 1, "unit", u.ref))
                elif (
                    len(set(run) - abroad) >= 2
                    and (strong >= 2 or (len(run) - len(abroad) >= 3 and strong >= 1) or counted or paired)
                    and not self._cities_counted(run, end)
                ):
                    for k, ch in enumerate(run):
                        # (晋澳两地 beside 晋江市, 山西 named nowhere: 晋江's letter with Macau's, no province)
                        beside_sar = len(run) == 2 and set(run) - {ch} <= _SAR_LETTERS
                        if beside_sar and self._letter_of_named_city(ch, abbr[ch][0]):
                            continue
                        for u in self.idx.units.get(abbr[ch][0], []) if ch not in abroad else ():
                            if u.level == "province":  # (not 重庆市, 四川省's prefecture until 1997)
                                self.hits.append((i + k, i + k + 1, "unit", u.ref))
                i = j

    def _letter_of_named_city(self, letter: str, province: str) -> bool:
        """A province's letter that opens the full name of a prefecture or county the page names (晋 of 晋江市, 宁 of
        宁波市), where the page names that province nowhere (neither 山西 nor 山西省): the city's letter."""
        named = False
        for t in self.tokens:
            if t.key.startswith(province[:2]):
                return False
            if t.key[0] == letter and any(
                e.kind == "unit" and e.full and u.level in ("prefecture", "county") and u.province != province
                for e, u in t.cands
            ):
                named = True
        return named

    def _city_abbreviations(self) -> None:
        """One-character city abbreviations between a word before (在, 驻) and one after (举行, 商会):
        the regex finds the abbreviations right after a last character of the words before (one
        place an article; every abbreviation, 23 an article, cost a twentieth of the regions' time)."""
        idx, text = self.idx, self.text
        mentioned: set[str] | None = None
        last, longest = _abbr_before_ends()
        places = set(range(1, min(longest, len(text))))  # (too near the start for the quick test)
        if last:
            places.update(m.end() for m in _abbr_after_last_re().finditer(text))
        for i in sorted(places):
            ch = text[i]
            cands = idx.city_abbr.get(ch)
            if not cands or self._covered[i]:
                continue
            if i >= longest and text[i - 1] not in last:  # no word before it can end here
                continue
            if not any(text.startswith(b, i - len(b)) for b in idx.abbr_before):
                continue
            if not any(text.startswith(a, i + 1) for a in idx.abbr_after_own.get(ch, idx.abbr_after)):
                continue
            if mentioned is None:
                mentioned = self._mentioned_codes()
            # (the city as the article names it then: 在榆召开 beside 榆林地区 in 1999, the unit 榆林市 replaced)
            formers = formers_of(self.accepted.values())
            chosen = [formers[c].ref if c in formers else c for c in cands if c in mentioned or c in formers]
            if not chosen and self._province_named(ch):
                continue  # 来宁投资 in an article about 宁夏: the province's letter, not 南京
            if not chosen:
                # (在哈期间 in an article about 哈密 that names no 哈尔滨: the one city or county named whose
                # name the letter opens; a city's before its county's: 哈密地区 beside 哈密市 — for a province's
                # letter of visits only a city outside that province: 来晋考察 beside 晋江市 is 晋江's, 来湘考察
                # beside 湘潭市 is 湖南's)
                units = [idx.by_code[c] for c in cands if c in idx.by_code]
                one = self._named_opening(ch, {u.name for u in units if u.level == "province"})
                chosen = [one] if one is not None else []
            if not chosen and text[i + 1 : i + 2] in _WEAK_AFTER:
                continue  # 逐步回温，: with only a mark after it, the city must be named in the article too
            if not chosen and any(ch in u.name[1:-1] for u in self.accepted.values()):
                continue  # (来盐考察 on 海盐县's page that names no 盐城: the county's own letter, no city)
            self.hits.append((i, i + 1, "unit", (chosen or list(cands))[0]))

    def _named_city_letters(self) -> None:
        """A city's first letter, listed as no abbreviation, between a word of coming and one of the visit's
        (黔东南州党政代表团来邵考察 in an article that names 邵阳市; rules/city_letter_context.tsv): the one
        prefecture-level city (else county) the article names whose name it opens — not a province's letter
        (来湘考察 is 湖南's)."""
        pattern = _letter_context_re()
        if pattern is None:
            return
        idx = self.idx
        for m in pattern.finditer(self.text):
            i = m.start("ch")
            ch = self.text[i]
            if self._covered[i] or ch in idx.city_abbr or ch in idx.prov_abbr:
                continue
            if (one := self._named_opening(ch)) is not None:
                self.hits.append((i, i + 1, "unit", one))

    def _named_opening(self, ch: str, outside: set[str] | frozenset[str] = frozenset()) -> str | None:
        """The ref of the one prefecture-level city the article names whose name ``ch`` opens, else of the one county
        (a city's before its county's: 哈密地区 beside 哈密市); none where the first level that has any has several.
        ``outside``: provinces the unit must not lie in."""
        for level in ("prefecture", "county"):
            own = {
                u.ref
                for u in self.accepted.values()
                if u.level == level and u.name[0] == ch and not outside & set(u.parents)
            }
            if own:
                return own.pop() if len(own) == 1 else None
        return None

    def _province_named(self, ch: str) -> bool:
        """The province ``ch`` abbreviates (宁 → 宁夏回族自治区) is one the article names."""
        entry = self.idx.prov_abbr.get(ch)
        return entry is not None and any(u.name == entry[0] for u in self.accepted.values())


_WEAK_AFTER = frozenset("，,。、")  # marks after an abbreviation: no word of the visit or the meeting


@cache
def _township_stems() -> frozenset[str]:
    """The names of Taiwan's townships less their level character (泰安 of 泰安乡): the keys
    ``_Resolver._taiwan_township`` may hold a township for."""
    return frozenset(town[:-1] for town in townships() if town[-1:] in TOWNSHIP_LEVELS)


@cache
def _letter_context_re() -> re.Pattern[str] | None:
    """A word of coming, one Han character, a word of the visit (来邵考察): the character as ``ch``."""
    idx = region_index()
    if not idx.letter_before or not idx.letter_after:
        return None
    before = "|".join(map(re.escape, idx.letter_before))
    after = "|".join(map(re.escape, idx.letter_after))
    return re.compile(rf"(?:{before})(?P<ch>[\u4e00-\u9fff])(?={after})")


@cache
def _abbr_before_ends() -> tuple[frozenset[str], int]:
    """The last characters of the words before a city abbreviation (在汉: 在), and the longest's
    length (a quick test before the words are tried one by one); every character when one is empty."""
    words = region_index().abbr_before
    if any(not w for w in words):
        return frozenset(), 1 << 30
    return frozenset(w[-1] for w in words), max(map(len, words), default=0)


@cache
def _province_abbr_re() -> re.Pattern[str]:
    """Two or more province abbreviations in a row (a single one makes no run); written [x][x]+,
    not [x]{2,}: a pattern that opens with a character class lets re skip ahead to it."""
    abbr = "[" + re.escape("".join(sorted(region_index().prov_abbr))) + "]"
    return re.compile(abbr + abbr + "+")


@cache
def _abbr_after_last_re() -> re.Pattern[str]:
    """A last character of the words before a city abbreviation, followed by an abbreviation
    (its match ends at the abbreviation); only when no word before is empty."""
    last = "".join(sorted(_abbr_before_ends()[0]))
    return re.compile(f"[{re.escape(last)}](?=[{re.escape(''.join(region_index().city_abbr))}])")


@cache
def _source_units_cached(source: str) -> tuple[tuple[Unit, bool], ...]:
    idx = region_index()
    out: list[tuple[Unit, bool]] = []
    for tok in _scan(source, idx):
        entries = [e for e in tok.entries if e.kind == "unit"]
        cands = {u.ref: u for e, u in _in_year([(e, u) for e in entries for u in idx.entry_units(e)], None)}
        cities = {u.ref: u for u in cands.values() if u.level != "county"}
        if len(cands) > 1 and len(cities) == 1 and len({_city_of(u) for u in cands.values()}) == 1:
            cands = cities  # 抚顺: the city 抚顺市 and its county 抚顺县 — the outlet is the city's
        if len(cands) == 1:
            u = next(iter(cands.values()))
            strict = u.level != "county" or all(e.full for e in entries)
            out.append((u, strict))
    # (an outlet whose name names no place, or another than its home: 湄洲日报 → 莆田市, 大河报 → 河南省)
    out.extend((u, True) for u in _outlet_homes(source, idx) if all(u.ref != v.ref for v, _ in out))
    return tuple(out)


@cache
def _outlet_home_table() -> tuple[re.Pattern[str], dict[str, str]] | None:
    """rules/outlet_homes.tsv: one pattern of its outlets (not right after a Chinese character; longest
    first) and each outlet's home unit's ref."""
    homes = {row[0]: unit_ref(row[1]) for row in read_tsv("outlet_homes.tsv")}
    if not homes:
        return None
    names = "|".join(map(re.escape, sorted(homes, key=len, reverse=True)))
    return re.compile(rf"(?<![\u4e00-\u9fff])(?:{names})"), homes


def _outlet_homes(source: str, idx: _Index) -> list[Unit]:
    """The home units of the outlets of rules/outlet_homes.tsv the source names (湄洲日报 → 莆田市)."""
    table = _outlet_home_table()
    if table is None:
        return []
    pattern, homes = table
    return [_unit_by_ref(homes[m.group()], idx) for m in pattern.finditer(source)]


_DIRECTIONS = "东西南北"
_HEADING_VERBS = "通连接临靠至达"  # a direction and one of these: where a place's routes or borders lead
_HEADING_BEFORE = re.compile(r"[向往朝]$")
# another direction and its verb shortly before (东连珠三角、南通北部湾; 北接山西，南通广东)
_HEADING_PARALLEL = re.compile(rf"[{_DIRECTIONS}][{_HEADING_VERBS}]")
HEADING_REACH = 12  # characters before a short form in which a parallel direction and verb stands


def _heading_to(text: str, tok: _Token) -> bool:
    """A short form written as a direction and a verb of leading (南通, 东至) where the sentence says where a
    place's routes lead (向南通往洛阳, 东连珠三角、南通北部湾出海口): no place."""
    key, s = tok.key, tok.start
    if len(key) != 2 or key[0] not in _DIRECTIONS or key[1] not in _HEADING_VERBS:
        return False
    if _HEADING_BEFORE.search(text, max(0, s - 1), s) or text[tok.end : tok.end + 1] in "往向":
        return True
    return any(m.start() != s for m in _HEADING_PARALLEL.finditer(text, max(0, s - HEADING_REACH), s))


def _member_then(ref: str, year: int | None, idx: _Index) -> str:
    """A compound's member (today's unit) as it was named in ``year``: the unit it succeeded where it
    did not exist yet (北北基 in 2005: 台北县, not 新北市 of 2010)."""
    unit = _unit_by_ref(ref, idx)
    if year is None or unit.valid_from is None or unit.valid_from <= year:
        return ref
    then = [u for u in _formers_by_successor().get(unit.name, ()) if u.valid_in(year)]
    return then[0].ref if len(then) == 1 else ref


@cache
def _formers_by_successor() -> dict[str, list[Unit]]:
    """The former units of the region index by their successor's name (台北县 under 新北市)."""
    return formers_by_name(u for units in region_index().units.values() for u in units)


def _before_change(text: str, tokens: list[_Token], idx: _Index, year: int) -> bool:
    """The text names in full a unit whose name ended in ``year`` (no current unit bears it; not
    after 原 or 撤销: 原淮阴市, 撤销巢湖市) and no unit whose name began in ``year`` and no other."""
    old = new = False
    for tok in tokens:
        if len(tok.key) < 3 or any(e.weak for e in tok.entries):
            continue
        units = [u for e in tok.entries if e.kind == "unit" and e.full for u in idx.entry_units(e)]
        if not units:
            continue
        if all(u.valid_from == year for u in units):
            new = True
        elif any(u.valid_to == year for u in units) and all(u.valid_to is not None for u in units):
            before = text[max(0, tok.start - 2) : tok.start]
            marked = before in _FORMER_MARKS or before[-1:] in ("原", "前")
            old = old or not marked
    return old and not new


_FORMER_MARKS = ("撤销", "撤消", "改为", "更名")


def _era_year(tokens: list[_Token], idx: _Index) -> int | None:
    """The latest year in which every former unit the text names in full existed under that name
    (晋中地区, 吕梁地区, 榆次市 without a date: 1999), so that its short forms are read as then
    (晋中 → 晋中地区, 离石 → 离石市); None where it names none, or none that existed together."""
    lo, hi = 0, 9999
    for tok in tokens:
        if len(tok.key) < 3 or any(e.weak for e in tok.entries):
            continue  # (新区, a district's name until 2002, is a word: it dates nothing)
        units = [u for e in tok.entries if e.kind == "unit" and e.full for u in idx.entry_units(e)]
        if not units or any(u.valid_to is None for e in tok.entries if e.kind == "unit" for u in idx.entry_units(e)):
            # (a name some current unit bears, 巢湖市, dates nothing; nor does one a current unit is
            # written by: 玉屏县, before 1984 a county's full name, is how pages write 玉屏侗族自治县)
            continue
        lo = max(lo, min(u.valid_from or 0 for u in units))
        hi = min(hi, max(u.valid_to or 0 for u in units))
    if not lo <= hi < 9999:
        return None
    # (the year before the first of the changes, where they existed then: in the year of a change
    # the new unit is read, 晋中 in 2000 → 晋中市)
    return hi - 1 if lo <= hi - 1 else hi


def outlet_province(source: str) -> str | None:
    """The province-level unit an outlet's name names or lies in (安徽日报 → 安徽省, 萧县人民政府网 →
    安徽省), where its names give one."""
    provinces = {u.province for u, _ in _source_units_cached(source) if u.province}
    return next(iter(provinces)) if len(provinces) == 1 else None


def outlet_county(source: str) -> str | None:
    """The county-level unit an outlet's name names strictly (盖州市人民政府网, 盖州市政府办 → 盖州市), the one
    such unit; None for a city's or a province's outlet."""
    units = {u.name for u in _source_units(source, region_index(), strict=True)}
    found = [u for u, _ in _source_units_cached(source) if u.name in units]
    # (the county written after its city or province: 北京市怀柔区人民政府 → 怀柔区)
    found = [u for u in found if not any(u.name in v.parents for v in found)]
    return found[0].name if len(found) == 1 and found[0].level == "county" else None


def names_a_unit(source: str) -> bool:
    """The outlet's or office's name names a unit (萧县人民政府网, 连云港发布; not 县政府办)."""
    return bool(_source_units_cached(source))


def _source_units(source: str, idx: _Index, *, strict: bool = False) -> list[Unit]:
    """Units the source names (``连云港发布`` → 连云港市, ``大丰日报`` → 大丰区); unique names only.

    ``strict`` drops short county names, which outlet names often merely resemble (``大观新闻``).
    """
    return [u for u, s in _source_units_cached(source) if s or not strict]


@cache
def _zone_kinds() -> dict[str, str]:
    listed = {row[0]: row[1] for row in read_tsv("zones.tsv") if len(row) > 1}
    return {**dict.fromkeys(direction_zone_names(), "subprov"), **listed}


@cache
def _subprov_provinces() -> dict[str, tuple[str, ...]]:
    """Sub-provincial terms whose name contains a province-level short name (中台湾 → 台湾省;
    not 苏北, whose 苏 is an abbreviation)."""
    idx = region_index()
    shorts = {
        key: u.ref
        for key, entries in idx.keys.items()
        for e in entries
        if e.kind == "unit" and not e.full
        for u in idx.entry_units(e)
        if u.level == "province"
    }
    out: dict[str, tuple[str, ...]] = {}
    for zone, kind in _zone_kinds().items():
        if kind == "subprov":
            refs = tuple(ref for short, ref in shorts.items() if short in zone)
            if refs:
                out[zone] = refs
    return out


def _fold_subprov(spans: dict[tuple[str, str], list[OffsetSpan]]) -> None:
    """A sub-provincial term (胶东, 鲁南, 闽东) in an article that names a zone called after it
    (胶东经济圈, 鲁南经济圈, 闽东北协同发展区) is that zone's short form: its mentions go to it."""
    kinds = _zone_kinds()
    zones = [ref for kind, ref in spans if kind == "zone"]
    if len(zones) < 2:
        return
    for short in zones:
        if kinds.get(short) != "subprov":
            continue
        # (a listed zone, or one named as written after the term: 闽东北经济协作区, no border area)
        longer = [z for z in zones if z != short and z.startswith(short) and kinds.get(z) != "subprov"]
        if longer:
            target = min(longer, key=len)
            spans[("zone", target)] = sorted(spans[("zone", target)] + spans.pop(("zone", short)))


# --------------------------------------------------------------------------- public API


@cache
def _listed_letters_re() -> re.Pattern[str]:
    """Three or more provinces' letters set apart by 、 right before a count of provinces (七省区市) or 等 and the
    provinces' word (途经冀、京、晋、陕、甘等省区市)."""
    letters = re.escape(province_letters())
    return re.compile(rf"[{letters}](?:、[{letters}]){{2,}}(?=(?:[两二三四五六七八九十]{{1,2}}个?|等)省)")


@cache
def _border_zone_re() -> re.Pattern[str]:
    words = {k: list(read_groups("border_zones.tsv").get(k, ())) for k in ("area", "zone", "edge", "then")}
    letters = re.escape(province_letters())
    zone = rf"(?P<zone>{alternation(words['zone'])})?" if words["zone"] else "(?P<zone>(?!))?"
    return re.compile(  # not after another abbreviation (border_zones); [x][x]{1,5}: re skips to its first
        rf"(?P<z>(?P<letters>[{letters}][{letters}]{{1,5}})(?:(?:{alternation(words['area'])}){zone}"
        rf"|(?:{alternation(words['edge'])})(?=(?:{alternation(words['then'])}))))"
    )


def border_zones(text: str) -> list[tuple[int, int, str, str]]:
    """Zones named by the abbreviations of the provinces they straddle (宁蒙陕甘毗邻地区, 湘赣边, and with a
    zone word closing them: 晋陕蒙接壤区经济协作区), as hits ``(start, end, "zone", name as written)``;
    rules/border_zones.tsv."""
    return [
        (m.start("z"), m.end("z"), "zone", m.group("z"))
        for m in not_after(_border_zone_re(), text, province_letters())
        if len(set(m.group("letters"))) >= 2
    ]


# how far after a border area's name the head noun of the meeting or the fair it names may stand
# (宁甘毗邻地区（中卫·白银）合作发展联席会议)
_NAMED_REACH = 24
_NAME_BREAK = re.compile(r"[，,。；;：:、！？!?\s“”「」]")


def _named_border_zones(text: str) -> list[tuple[int, int, str, str]]:
    """The border areas (border_zones) that name a cooperation area: one of their mentions opens the
    name of a meeting or a fair (晋陕蒙接壤地区第十次联席会议, 首届川甘毗邻地区农产品博览会).  An area
    written only to say where (把皖豫交界地区建设成为…, 川渝毗邻地区合作，关键在于…) is the provinces' border,
    no zone; so is one a document's title holds (《冀蒙毗邻地区生态共保倡议》: its scope; measured on the
    written sets, 0 drops and 128 ups, the annotators list none of those)."""
    from extract.extractors.dates import title_spans
    from extract.extractors.event import event_rules

    found = border_zones(text)
    if not found:
        return found
    nouns = event_rules().any_noun
    titles = title_spans(text)
    named: set[str] = set()
    for start, end, _, name in found:
        # (in a document's title it says the document's scope: 《晋陕蒙接壤地区经济协作区发展规划》)
        if any(s <= start < e for s, e in titles):
            continue
        stop = _NAME_BREAK.search(text, end, end + _NAMED_REACH)
        if nouns.search(text, end, stop.start() if stop else min(len(text), end + _NAMED_REACH)):
            named.add(name)
    return [h for h in found if h[3] in named]


def _namesake_county_told(text: str, hit: tuple[int, int, str, str], idx: _Index) -> bool:
    """``hit`` is a Taiwan city's bare name (台南) on a page that writes the county of that name in full (台南县), a
    county merged into that city, and never the city's full name."""
    if hit[2] != "unit":
        return False
    written = text[hit[0] : hit[1]]
    if len(written) < 2 or written[-1] in "市县":
        return False
    unit = _unit_by_ref(hit[3], idx)
    if unit.province != _TAIWAN or unit.name != written + "市" or unit.name in text or written + "县" not in text:
        return False
    # (only a county merged into the city of its name, 台南县 into 台南市 in 2010 — not 台北县, which became 新北市:
    # its short form always meant 台北市, rules/greater_china_units.tsv)
    return any(c.current is not None and c.current[0] == unit.name for c in idx.units.get(written + "县", ()))


def find_regions(
    text: str,
    *,
    source: str | None = None,
    unsupported: list[tuple[int, int]] | None = None,
    year: int | None = None,
    script: str | None = None,
) -> list[Region]:
    """Every distinct region the text mentions, in order of first mention.

    ``text`` is normalized Simplified Chinese (headline + body, furniture blanked); spans are offsets
    into it.  ``source`` (the outlet, e.g. ``连云港发布``) only supports short names, it adds no region.
    ``year`` (the article's) picks the unit a name meant then (那曲 in 2014 → 那曲地区, with
    ``current`` 那曲市); without it, today's units (a name only a former unit had still gives it).
    ``script`` (the page's as written: ``traditional`` on Taiwan's and Hong Kong's pages) picks
    their unit where a name two units share is left open (连江县: Matsu's, not 福州市's).
    """
    idx = region_index()
    res = _Resolver(text, source, idx, year, script)
    res.run()
    if unsupported is not None:  # short names left out for want of support: where more evidence could help
        unsupported += [(res.tokens[p].start, res.tokens[p].end) for p in res.unsupported]
    # (a border zone opens with two province abbreviations: without such a run, no regex pass for one)
    # (not one inside a listed zone's name: 湘赣边区域合作示范区 is that zone, no 湘赣边 beside it)
    listed_zones = [h for h in res.hits if h[2] == "zone"]
    borders = _named_border_zones(text) if res.letter_runs else []
    hits = [*res.hits, *(b for b in borders if not any(z[0] <= b[0] and b[1] <= z[1] for z in listed_zones))]
    # (a Taiwan city's bare name on a page that writes its namesake county in full and never the city: 从同安渡海
    # 到台南 beside 台南县 in 1995 — the county's area, listed already; no 台南市)
    hits = [h for h in hits if not _namesake_county_told(text, h, idx)]
    if script == "traditional" and any(u.province == _TAIWAN for u in res.accepted.values()):
        # a Taiwan page's bare direction word is Taiwan's own part (花莲一个在东部: eastern Taiwan), no national
        # belt — not 东北, which there names the mainland's north-east (桃园县…访沈阳, 东北老工业基地)
        hits = [h for h in hits if not (h[2] == "zone" and text[h[0] : h[1]] in _TAIWAN_PARTS)]
    kinds = _zone_kinds()
    for z_start, z_end, z_kind, z_name, covers in named_zones(text):
        h = (z_start, z_end, z_kind, z_name)
        over = [z for z in hits if z[2] == "zone" and z[0] < h[1] and h[0] < z[1]]
        # (a zone's name the article also writes with its qualifier in front, named there, is that zone:
        # 沿黄城市群 after 宁夏沿黄城市群)
        fuller = [z[3] for z in hits if z[2] == "zone" and len(z[3]) > len(z_name) and z[3].endswith(z_name)]
        if not over and fuller:
            hits.append((z_start, z_end, "zone", fuller[0]))
            continue
        if not over:
            hits.append(h)
        elif all(h[0] <= z[0] and z[1] < h[1] and kinds.get(z[3]) == "subprov" for z in over):
            # 黔中经济区, 皖中城市群: a sub-provincial term and a zone word name a zone of their own (川南渝西
            # 融合发展试验区: two of them)
            hits = [z for z in hits if z not in over] + [h]
        else:
            continue
        if covers:  # 天山北坡经济带: the mountain, no 天山区
            hits = [z for z in hits if z[2] != "unit" or not (h[0] <= z[0] and z[1] <= h[1])]
    hits += _city_of_county_pair(text, hits, res.year)
    spans: dict[tuple[str, str], list[OffsetSpan]] = {}
    for start, end, kind, ref in sorted(hits):
        # (a unit read by a letter, an abbreviation or a nickname is named as it was in the article's year, as
        # a compound's members are: 闽港 in 1996 is 香港, not the SAR of 1997)
        # (not a name told as today's: 邳县（今邳州市）; nor a district's new name written whole before the code tables
        # list it, 天水市麦积区 in 2006: gazetteer._lag)
        if kind == "unit" and start not in res.told_present and text[start:end] != _unit_by_ref(ref, idx).name:
            ref = _member_then(ref, res.year, idx)
        spans.setdefault((kind, ref), []).append((start, end))
    _fold_subprov(spans)
    return [_region(kind, ref, sp) for (kind, ref), sp in spans.items()]


_Hit = tuple[int, int, str, str]  # start, end, kind (unit|zone), unit ref or zone name


def _city_of_county_pair(text: str, hits: list[_Hit], year: int | None) -> list[_Hit]:
    """A county and the city of its name written together (臺中縣市、臺南縣市及高雄縣市合併, 嘉义县市首长): the
    city too, where a unit of that name stood in the county's province in the article's year (Taiwan's
    provincial cities beside their counties before 2010) — not 市 opening a word of the county's own (县|市民,
    南部县|市场)."""
    out: list[_Hit] = []
    for _, end, kind, ref in hits:
        if kind != "unit" or text[end : end + 1] != "市" or text[end + 1 : end + 2] in _COUNTY_CITY_ON:
            continue
        county = _unit_by_ref(ref, region_index())
        if not county.name.endswith("县"):
            continue
        out += [
            (end, end + 1, "unit", city.ref)
            for city in key_units(county.name[:-1] + "市", year)
            if city.province == county.province and city.level == county.level and city.name.endswith("市")
        ]
    return out


def _region(kind: str, ref: str, spans: list[OffsetSpan]) -> Region:
    """The record's region of a zone's name or a unit's ref, mentioned at ``spans``: a shallow copy of
    the validated one without spans (``_region_model``) with its own spans, list of parents and
    ``current``.  Validating a new model for each region of each article cost twice as much."""
    model = _region_model(kind, ref)
    update: dict[str, object] = {"spans": list(spans)}
    if kind != "zone":
        update["parents"] = list(model.parents)
        if model.current is not None:
            update["current"] = model.current.model_copy()
    return model.model_copy(update=update)


@cache
def _region_model(kind: str, ref: str) -> Region:
    """The validated region of a zone's name or a unit's ref, with no spans."""
    if kind == "zone":
        return Region(name=ref, level="zone", spans=[])
    u = _unit_by_ref(ref, region_index())
    cur = CurrentUnit(name=u.current[0], adcode=u.current[1]) if u.current else None
    return Region(name=u.name, level=u.level, adcode=u.adcode, parents=list(u.parents), spans=[], current=cur)


FORMER_WORD_MAX = 4  # characters before a name a word that tells it as former may take (原, 撤销, 撤销县级)


@cache
def _former_words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """rules/former_name_words.tsv: the words right before a name (ending where it starts) and right after it (its
    level in brackets may stand between: 撤县（市）设区)."""
    groups = read_groups("former_name_words.tsv")
    before = re.compile(f"(?:{alternation(list(groups.get('before', ())))})$")
    after = re.compile(f"[，,]?(?:{alternation(list(groups.get('after', ())))})")
    return before, after


PRESENT_WORD_MAX = 4  # characters of a present-name word and its bracket before a name (（即今|黄山市）)


@cache
def _present_words() -> re.Pattern[str]:
    """rules/present_name_words.txt after an opening bracket or a comma, ending where a name starts (（今黄山市）,
    原巢县，今巢湖市)."""
    return re.compile(f"[（(，,、][ \t\u3000]*(?:{alternation(list(read_lines('present_name_words.txt')))})$")


def _successor_in(idx: _Index, unit: Unit, year: int) -> Unit | None:
    """The unit that followed ``unit`` and was valid in ``year``: of its successor's line (the units whose successor
    is the same, and the successor itself), the one valid then that began when ``unit`` ended or later (not a unit
    merged into the same successor beside it: 茂港区 beside 电白县, both 电白区 since 2014)."""
    if unit.current is None or unit.valid_to is None:
        return None
    name, code = unit.current
    line = [u for u in idx.units.get(name, []) if u.adcode == code]
    line += [u for units in idx.units.values() for u in units if u.current == unit.current and u is not unit]
    end = unit.valid_to
    valid = [
        u for u in line
        if u.valid_in(year)
        and (u.valid_from >= end if u.valid_from is not None else (u.name, u.adcode) == unit.current)
    ]  # fmt: skip
    return valid[0] if len(valid) == 1 else None
