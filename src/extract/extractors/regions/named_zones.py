"""Zones that no table lists, read from how such zones are named: a zone word (经济区, 城市群,
都市圈 …) after the one-letter abbreviations of the members (呼包银榆经济区, 乌昌石城市群, 晋陕蒙经济区)
or after a word for a stretch of land (沿黄河经济带, 沿赤水河经济带, 首都经济圈) or a mountain's slope
(天山北坡经济带); ``rules/zone_words.tsv``.

The letters are the province abbreviations, the city abbreviations and the first characters of
the prefecture- and province-level names.  A run of them is read as members' letters when it has
two to six letters, at least two different, no letter right before it, and is no common word of
jieba's dictionary (东北, 南北 and 大中 are words, 呼包银榆 is not); a leading letter that is a
frequent word alone (和, 大, 中), or that jieba joins to the word before the run (整合, 入驻), is not
one of the run (和宁镇扬都市圈, 整合呼包银榆经济区).  Such a zone is named as written;
``find_regions`` drops it where a listed zone (zones.tsv) or a border area covers the same text.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from extract.extractors.namelex import COMMON_WORD, alternation, first_matches, word_frequency
from extract.rules import read_groups, read_tsv

FUNCTION_CHAR = 50_000  # a letter counted this often alone is read as a word of its own (和, 大, 中, 上)
MAX_LETTERS = 6


@cache
def _letters() -> frozenset[str]:
    from extract.extractors.regions.gazetteer import region_index

    out = {row[0] for row in read_tsv("province_abbreviations.tsv")}
    out |= {row[0] for row in read_tsv("city_abbreviations.tsv")}
    for units in region_index().units.values():
        out |= {u.name[0] for u in units if u.level in ("prefecture", "province")}
        # (and of county-level units directly under a province, which stand as its cities do: Hainan's 文昌,
        # 澄迈, 定安 in 海澄文定综合经济圈; Hubei's 仙桃, 潜江, 天门)
        out |= {u.name[0] for u in units if u.level == "county" and u.prefecture is None and u.valid_to is None}
    return frozenset(out)


@cache
def _zone_word_res() -> tuple[re.Pattern[str], ...]:
    """A zone word with the land word before it, and a zone word: (land)?(zone) as patterns
    that first_matches reads as their alternation (each opens with words re can skip to, where an
    optional group first made it try every character); the letters are read backwards in code.
    The land words and a river after 沿 are two patterns too, (words|river)(zone) as
    (words)(zone)|(river)(zone): an alternation whose first branch is a group is tried at every
    character (measured on the throughput corpus: 37 µs an article, the zone word's pattern 12 µs).
    The last pattern is the zone word alone, which every match holds (``named_zones`` tests it first)."""
    words = read_groups("zone_words.tsv")
    zone = alternation(words.get("zone", ()))
    lands = [alternation(words["land"])] if words.get("land") else []
    water = "".join(words.get("water", ()))
    if water:  # 沿赤水河经济带: 沿 and a river's name
        lands.append(f"沿[\u4e00-\u9fff]{{1,3}}?[{re.escape(water)}]")
    with_land = tuple(re.compile(f"(?P<land>{land})(?P<zone>{zone})") for land in lands)
    slope = alternation(words.get("slope", ()))
    # 天山北坡经济带: a mountain's slope (the mountain's name, the word before it, read in code)
    with_slope = (re.compile(f"(?P<slope>{slope})(?P<zone>{zone})"),) if slope else ()
    return (*with_land, *with_slope, re.compile(f"(?P<zone>{zone})"))


@cache
def _integration_words() -> tuple[str, ...]:
    return tuple(sorted(read_groups("zone_words.tsv").get("integration", ()), key=len, reverse=True))


def _integration_before(text: str, at: int) -> str:
    """The integration word that ends at ``at`` (海澄文|一体化|综合经济圈), or ''."""
    return next((w for w in _integration_words() if text.startswith(w, at - len(w))), "")


def _place(word: str, level: str | None = None) -> bool:
    """``word`` is a unit's name or short form (宝鸡, 天水), of ``level`` where given (宁夏, 江苏省: ``province``)."""
    from extract.extractors.regions.gazetteer import region_index

    idx = region_index()
    return len(word) >= 2 and any(
        e.kind == "unit" and (level is None or any(u.level == level for u in idx.units.get(e.target, ())))
        for e in idx.keys.get(word, ())
    )


def _places_only(run: str) -> bool:
    """``run`` is two or more units' names or short forms of two characters or more, one after the other (西安商洛)."""
    if len(run) < 4:
        return False
    return any(_place(run[:k]) and (_place(run[k:]) or _places_only(run[k:])) for k in (2, 3, 4) if k <= len(run) - 2)


@lru_cache(maxsize=4096)
def _words(snippet: str) -> tuple[str, ...]:
    """jieba's words (without HMM) of a few characters before a zone word: an article names its
    zone again and again (推动淮海经济区), and cutting them was a fifth of ``named_zones``.  (The
    project never changes jieba's dictionary, so a snippet's words stay the same.)"""
    import jieba

    return tuple(jieba.cut(snippet, HMM=False))


def _word_before(text: str, at: int) -> int:
    """Where the last of jieba's words before ``at`` begins (the mountain in 推进天山北坡)."""
    lo = max(0, at - 6)
    starts = [lo]
    for word in _words(text[lo:at]):
        starts.append(starts[-1] + len(word))
    return starts[-2] if len(starts) >= 2 else at


def _word_start(text: str, start: int, end: int) -> int:
    """The first word boundary at or after ``start`` in jieba's reading of the text before
    ``end``: a letter that jieba joins to the characters before the run (整合, 入驻) is none of it."""
    lo = max(0, start - 4)
    at = lo
    for word in _words(text[lo:end]):
        if at >= start:
            return at
        at += len(word)
    return end


_MEMBER_SEPARATORS = " \u3000·•・、—－-"  # what may stand between members' names before a zone word


@cache
def _metro_words() -> frozenset[str]:
    return frozenset(read_groups("zone_words.tsv").get("metro", ()))


def _core_city(text: str, at: int, word: str) -> int | None:
    """Where the name of the one city a metropolitan zone is named after begins, right before its
    zone word (合肥|经济圈, 兰州市|都市圈: a prefecture- or province-level city, full or short), or None:
    not a metro word (zone_words.tsv ``metro``), no such city, or another place written right before
    it (天水宝鸡经济协作区 lists members)."""
    if word not in _metro_words():
        return None
    from extract.extractors.regions.gazetteer import region_index

    idx = region_index()
    for k in (4, 3, 2):
        name = text[max(0, at - k) : at]
        if len(name) < k:
            continue
        cities = [
            u
            for e in idx.keys.get(name, ())
            if e.kind == "unit"
            for u in idx.entry_units(e)
            if u.level in ("prefecture", "province") and (u.prefecture or u.level == "prefecture")
        ]
        before = at - k
        while before > 0 and text[before - 1] in _MEMBER_SEPARATORS:
            before -= 1  # (晋中 吕梁经济协作区, 哲里木盟、白城市经济协作区: members set apart)
        if cities and not any(_place(text[max(0, before - j) : before]) for j in (2, 3, 4)):
            return at - k
    return None


@cache
def _topic_words() -> tuple[str, ...]:
    return tuple(sorted(read_groups("zone_words.tsv").get("topic", ()), key=len, reverse=True))


GREATER = "大"  # 大三亚, 大西安: the city with the country around it, written before a metropolitan zone's city


def _metro_start(text: str, at: int, word: str) -> int | None:
    """Where a metropolitan zone's name begins before its zone word (:func:`_core_city`), also over a
    topic word between the city and the zone word (三亚|旅游|经济圈: zone_words.tsv ``topic``) and
    with 大 before the city (大三亚旅游经济圈, 大西安都市圈)."""
    core = _core_city(text, at, word)
    if core is None:
        topic = next((t for t in _topic_words() if text.startswith(t, at - len(t))), None)
        core = _core_city(text, at - len(topic), word) if topic else None
    if core is not None and core > 0 and text[core - 1] == GREATER:
        core -= 1
    return core


# the count of a zone's members right before its zone word (辽东六市经济协作区, 闽西南五市协作区)
_MEMBER_COUNT = re.compile(
    r"[两二三四五六七八九十]{1,3}个?(?:地级市|地市盟|盟市|地市|城市|市州|市县|县市|县区|省区|省市|市|县|地|省)$"
)
COUNTED_ZONE_BEFORE = 6  # characters a zone's name before its members' count may have
MEMBER_COUNT_CHARS = 6  # characters the count may have (十一地市盟)


def _counted_zone_start(text: str, at: int) -> int | None:
    """Where a zone's name opens that its members' count and the zone word at ``at`` follow (辽东 of
    辽东六市经济协作区: a zone of the region index, listed or a province's letter and a direction)."""
    from extract.extractors.regions.gazetteer import region_index

    count = _MEMBER_COUNT.search(text, max(0, at - MEMBER_COUNT_CHARS), at)
    if count is None:
        return None
    keys = region_index().keys
    for k in range(COUNTED_ZONE_BEFORE, 1, -1):
        start = count.start() - k
        if start >= 0 and any(e.kind == "zone" for e in keys.get(text[start : count.start()], ())):
            return start
    # (or the provinces' letters the members lie in: 闽粤赣十三市经济协作区, 苏鲁豫皖十八地市经济协作区)
    provinces = province_letters()
    start = count.start()
    while start > 0 and text[start - 1] in provinces and count.start() - start < MAX_LETTERS:
        start -= 1
    return start if count.start() - start >= 2 and len(set(text[start : count.start()])) >= 2 else None


@cache
def province_letters() -> str:
    """The provinces' one-letter abbreviations (rules/province_abbreviations.tsv), as one string."""
    return "".join(row[0] for row in read_tsv("province_abbreviations.tsv"))


# a verb of making something into what follows, at the end of a run of letters (把鲁北建成生态经济协作区)
_BUILT_INTO = re.compile(r"(?:建成|形成|打造成|建设成|发展成|培育成|变成)$")


def named_zones(text: str) -> list[tuple[int, int, str, str, bool]]:
    """The zones ``text`` names by their members' letters or a land word, as hits
    ``(start, end, "zone", name as written, covers)``: ``covers`` when a place name inside is no
    mention of the place (天山 in 天山北坡经济带 is the mountain), unlike members' letters."""
    out: list[tuple[int, int, str, str, bool]] = []
    patterns = _zone_word_res()
    if patterns[-1].search(text) is None:  # every pattern ends in a zone word: one pass (4 in 5 have none)
        return out
    letters = _letters()
    for m in first_matches(patterns, text):
        if m.groupdict().get("land"):
            # (a province's name glued before: the province's own zone, named with it — 宁夏沿黄城市带, as the
            # listed 宁夏沿黄城市群 and 辽宁沿海经济带 are; the province is named there too)
            at = m.start()
            start = next((at - k for k in (2, 3) if _place(text[max(0, at - k) : at], "province")), None)
            if start is not None:
                out.append((start, m.end(), "zone", text[start : m.end()], False))
            else:
                out.append((m.start(), m.end(), "zone", m.group(), True))
            continue
        if m.groupdict().get("slope"):
            start = _word_before(text, m.start())
            if m.start() - start >= 2 and all("\u4e00" <= c <= "\u9fff" for c in text[start : m.start()]):
                out.append((start, m.end(), "zone", text[start : m.end()], True))
            continue
        counted = _counted_zone_start(text, m.start("zone"))
        if counted is not None:  # 辽东六市经济协作区: a zone's name, its members' count, a zone word
            out.append((counted, m.end(), "zone", text[counted : m.end()], False))
            continue
        core = _metro_start(text, m.start("zone"), m.group("zone"))
        if core is not None:  # 合肥经济圈, 兰州经济圈: a metropolitan zone named after its one city
            out.append((core, m.end(), "zone", text[core : m.end()], False))
            continue
        end = start = m.start("zone")
        # a topic word between the letters and the zone word (宁杭|生态|经济带, 湘赣|旅游|经济圈; 海澄文定|综合|
        # 经济圈, whose 合 is a letter too: a topic word with a letter or 一体化 before it), and the members'
        # integration before them (海澄文|一体化|综合|经济圈: zone_words.tsv ``integration``)
        topic = next((t for t in _topic_words() if text.startswith(t, end - len(t))), None)
        if topic:
            at = end - len(topic)
            if text[end - 1] not in letters or text[at - 1 : at] in letters or _integration_before(text, at):
                end = start = at
        if integration := _integration_before(text, end):
            end = start = end - len(integration)
        while start > 0 and text[start - 1] in letters and end - start <= MAX_LETTERS:
            start -= 1
        if end - start < 2:
            continue  # fewer than two letters: no members (jieba is not asked; it only ever takes letters off)
        start = _word_start(text, start, end)  # 整合呼包银榆经济区: 合 ends the word 整合
        first = _words(text[start:end])[0] if start < end else ""
        if len(first) >= 2 and not _place(first) and word_frequency(first) >= COMMON_WORD:
            start += len(first)  # 来自宁杭…: 来自 is a common word of letters, no members'
        while start < end and word_frequency(text[start]) >= FUNCTION_CHAR:
            start += 1  # 和宁镇扬都市圈: 和 is the conjunction
        run = text[start:end]
        if _BUILT_INTO.search(text, start, end):
            continue  # 把鲁北|建成|生态经济协作区: a verb of making into ends the letters, no members' run
        if _place(run) and any(_place(text[max(0, start - k) : start]) for k in (2, 3, 4)):
            continue  # 天水宝鸡经济协作区: places written in full before the word, no members' letters
        if _places_only(run):
            continue  # 西安商洛旅游协作区: two places' names written whole, no members' letters
        if 2 <= len(run) <= MAX_LETTERS and len(set(run)) >= 2 and word_frequency(run) < COMMON_WORD:
            out.append((start, m.end(), "zone", text[start : m.end()], False))
    return out
