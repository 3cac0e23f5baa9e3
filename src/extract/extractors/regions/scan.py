"""Finding mentions: one leftmost-longest scan of the text over every gazetteer key."""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from functools import cache

from extract.extractors.namelex import COMMON_WORD, word_frequency
from extract.extractors.regions.gazetteer import _GLUED, _TITLE_AFTER_SUFFIX, _Index, _Token, region_index
from extract.rules import read_lines, read_tsv

# --------------------------------------------------------------------------- scanning

# the characters that after a key's suffix glue it into a word or start a title (域, 场, 长, 委…)
_AFTER_SUFFIX = frozenset("".join(_GLUED.values()) + "".join(_TITLE_AFTER_SUFFIX.values()))


# other levels in brackets after a level's character, then a title's head (市（区、县）长): one title, 市长 and the rest
_BRACKETED_LEVELS = re.compile(r"[（(][区县市州盟旗、，,]{1,8}[)）]长")

# levels written in pairs after a common word (县市, 区县): the word and the pair
_LEVEL_PAIRS = {"县": "市", "区": "县"}  # (not 市区: 北京市区 is 北京市's town; nor 区市: 省区市)
# after 县市: what makes 市 open a word of the county's own (南部县|市场监管局, 县|市民): the county stands
_COUNTY_CITY_ON = frozenset("场民区")  # (彰化县|市区: the county's town)


def _token_at(text: str, i: int, idx: _Index, lengths: tuple[int, ...] | None = None) -> _Token | None:
    """The longest key at ``i`` whose context holds (a zone alias whose context fails yields).
    ``lengths``: of the keys that begin as the text at ``i`` does (longest first); without
    them, those of every key with the character at ``i``."""
    glued = 0  # the length of a full name glued into a word here (完成都市圈: 成都市|圈): its stem is none either
    for length in idx.lengths.get(text[i], ()) if lengths is None else lengths:
        key = text[i : i + length]
        entries = idx.keys.get(key)
        if entries is None or len(key) < length:
            continue
        nxt = text[i + length : i + length + 1]
        if nxt in ("（", "(") and _BRACKETED_LEVELS.match(text, i + length):
            nxt = "长"  # (区域合作市（区、县）长联席会议: the levels in brackets, then the head of a title — 市长)
        special = nxt in _AFTER_SUFFIX  # (most keys are followed by none of these: two tests skipped)
        if special and nxt in _GLUED.get(key[-1], ""):
            glued = glued or length
            continue
        if glued and length == glued - 1 and nxt == "市" and text[i + glued : i + glued + 1] == "圈":
            continue
        if (
            nxt
            and nxt in _LEVEL_PAIRS.get(key[-1], "")
            and text[i + length + 1 : i + length + 2] not in _COUNTY_CITY_ON
            and word_frequency(key[:-1]) >= COMMON_WORD
        ):
            # 南部县市应打破行政界线, 结成友好区县: a common word (南部, 友好) and 县市 or 区县 (counties and
            # cities, districts and counties), no 南部县 or 友好区 (台中县市合并, 宜兰县市交流: the county's name
            # is no word, the county stands)
            return None
        if nxt and nxt in _TOWNSHIP and _township(text, i + length):
            if all(e.kind == "unit" and not e.full for e in entries):
                continue  # 吉安乡, 南安镇: a township of that name, not the division the short form names
        if special and nxt in _TITLE_AFTER_SUFFIX.get(key[-1], "") and _is_stop(key[:-1], idx):
            entries = tuple(replace(e, full=False, weak=True) if e.kind == "unit" else e for e in entries)
        if key in idx.context_keys:  # (the other keys' entries hold anywhere: the index's own tuple)
            entries = tuple(
                e
                for e in entries
                if e.ctx is None
                or e.ctx.match(text, i + length)
                or (e.lctx is not None and e.lctx.search(text, max(0, i - 6), i))
            )
        if entries:
            return _Token(i, i + length, key, entries)
    return None


_TOWNSHIP = "乡镇"
_TOWNSHIP_WORDS = frozenset("村镇土亲情愁贤里音")  # 乡村, 乡镇, 乡土…: words, no township's suffix


def _township(text: str, at: int) -> bool:
    """The 乡 or 镇 at ``at`` ends a township's name (not 乡村振兴, 乡镇企业)."""
    after = text[at + 1 : at + 2]
    return not after or after not in _TOWNSHIP_WORDS


def _is_stop(key: str, idx: _Index) -> bool:
    return any(e.kind == "stop" for e in idx.keys.get(key, ()))


@cache
def _scan_tables() -> tuple[re.Pattern[str], dict[str, tuple[int, ...]]]:
    """Where a key may begin (a character that begins some key before one that is second in
    some key: two character classes; group 1 is the two characters), and for each first two
    characters of a key the lengths of the keys that begin so, longest first (all keys have two
    characters or more)."""
    keys = region_index().keys
    firsts = "".join(sorted({re.escape(k[0]) for k in keys}))
    seconds = "".join(sorted({re.escape(k[1]) for k in keys}))
    lengths: dict[str, set[int]] = {}
    for k in keys:
        lengths.setdefault(k[:2], set()).add(len(k))
    # [firsts] first, so that re skips ahead to it; the lookbehind steps back onto that character
    # and the lookahead in it captures the pair (the same places as [firsts](?=[seconds]))
    begins = re.compile(f"[{firsts}](?<=(?=(.[{seconds}])).)")
    return begins, {p: tuple(sorted(ls, reverse=True)) for p, ls in lengths.items()}


def scan_in_discourse(text: str, idx: _Index) -> list[_Token]:
    """The scan (``_scan``), then the short forms of the units the text names in full read where another key
    overlapping them took their place (将乐安吉林业 beside 将乐县 and 安吉县: 将乐 and 安吉, no 乐安 and 吉林 —
    one sense a text for a name it has spelled out).  A short form inside a longer key that holds it whole
    stays that key's (安吉县); the scan runs again only where such a place is found."""
    tokens = _scan(text, idx)
    named = {
        e.target
        for t in tokens
        if t.entries and all(e.kind == "unit" and e.full for e in t.entries)
        for e in t.entries
    }
    if not named:
        return tokens
    short = _short_keys_of()
    starts = [t.start for t in tokens]  # (tokens run left to right, none overlapping: found by bisection)
    prefer: dict[int, _Token] = {}
    for name in sorted(named):  # (sorted: the same tokens whatever the hash seed)
        for key in short.get(name, ()):
            at = text.find(key)
            while at != -1:
                end = at + len(key)
                over = []
                k = max(0, bisect.bisect_right(starts, at) - 1)
                while k < len(tokens) and tokens[k].start < end:
                    if tokens[k].end > at:
                        over.append(tokens[k])
                    k += 1
                if over and not any(t.start <= at and t.end >= end for t in over):
                    tok = _token_at(text, at, idx, (len(key),))
                    # (the units spelled out, not a namesake: 南通县; both where the page names both, 新竹县 and 新竹市)
                    own = tuple(e for e in tok.entries if e.target in named) if tok is not None else ()
                    if tok is not None and tok.key == key and own:
                        prefer[at] = replace(tok, entries=own)
                at = text.find(key, at + 1)
    return _scan(text, idx, prefer) if prefer else tokens


@cache
def _short_keys_of() -> dict[str, tuple[str, ...]]:
    """A unit's name → the keys that are its short forms only (将乐县 → 将乐): what a text that names it in full
    reads it by."""
    out: dict[str, list[str]] = {}
    for key, entries in region_index().keys.items():
        if all(e.kind == "unit" and not e.full for e in entries):
            for target in {e.target for e in entries}:
                out.setdefault(target, []).append(key)
    return {k: tuple(v) for k, v in out.items()}


def _scan(text: str, idx: _Index, prefer: dict[int, _Token] | None = None) -> list[_Token]:
    """Leftmost-longest dictionary scan over the gazetteer ``idx`` (``region_index()``): from left
    to right the longest key at a position whose context holds is taken and the scan goes on after
    it.  The regex engine finds the places where a key may begin (a sixth of an article's
    characters), the first two characters pick the key lengths to try: twice as fast as a loop
    over every character.  Only one place in eight begins a key's first two characters; the
    match hands them over (``m[1]``), which is faster than slicing them.  Measured slower: one
    regex alternation of the ~7,400 keys (even as a trie, its first character has 1,500
    branches); an alternation of the pairs (``中(?=[国山…])|…``: its branches are tried one by
    one, 20 times as slow); an Aho–Corasick automaton (pyahocorasick's ``iter_long`` alone takes
    0.6 ms on a 2,200-character article, this whole scan 0.2 ms; its ``iter`` over the pairs
    alone 0.65 ms).  ``prefer``: tokens taken where they begin, before any that would run over them
    (``scan_in_discourse``)."""
    tokens: list[_Token] = []
    begins, by_pair = _scan_tables()
    i = 0
    for m in begins.finditer(text):
        if prefer and (s := m.start()) >= i and s in prefer:
            tokens.append(prefer[s])
            i = prefer[s].end
            continue
        if (lengths := by_pair.get(m[1])) and (s := m.start()) >= i and (tok := _token_at(text, s, idx, lengths)):
            if prefer and any(p in prefer for p in range(s + 1, tok.end)):
                continue  # (将乐安吉: 乐安 would run over 安吉, a short form the text spells out)
            if text[s] in "上下" and text[s - 1 : s] == "以" and _COUNT_BEFORE.search(text, max(0, s - 4), s - 1):
                continue  # 3条以上|海铁联运: the 上 of 以上 after a count (not 以上海为龙头)
            # (a place's name right before it: its last character begins no word across the two, 湖南|岳阳城陵矶 — no
            # 南岳 then 阳城县; 山西|晋城 — no 西晋 then 城阳区)
            after_place = bool(tokens) and tokens[-1].end == s and any(e.kind == "unit" for e in tokens[-1].entries)
            tok = _longer_inside(text, tok, idx, by_pair, after_place=after_place) or tok
            if _letter_glued(text, tok, idx):
                continue  # 组成|渝黔湘三省市: the 成 of 组成, then a run of letters (no 成渝)
            if (tok.key in idx.context_keys and _part_of_place_before(text, tok, tokens)) or (
                tok.key[0] in _BELT_FIRSTS and _part_of_area_before(text, tok, tokens)
            ):
                i = tok.end
                continue
            tokens.append(tok)
            i = tok.end
    return tokens


def _letter_glued(text: str, tok: _Token, idx: _Index) -> bool:
    """A pair of letters (a zone's or a compound's abbreviation, 成渝) whose first character ends a word begun
    before it, more common than the pair (组成), and whose second begins a run of provinces' letters
    (组成|渝黔湘三省市交界地区): the word, then the run; the pair is not there."""
    s, abbr = tok.start, idx.prov_abbr
    # (the cheap tests first: most tokens are no pair of letters before a letter)
    if len(tok.key) != 2 or s == 0 or tok.key[1] not in abbr or text[tok.end : tok.end + 1] not in abbr:
        return False
    if not all(e.kind in ("zone", "compound") for e in tok.entries):
        return False
    word = word_frequency(text[s - 1 : s + 1])
    return word >= COMMON_WORD and word > word_frequency(tok.key)


# a count before 以上/以下 (3条以上, 50%以上, 万人以上): its 上 or 下 is no place's first character
_COUNT_BEFORE = re.compile(
    r"[0-9０-９一二两三四五六七八九十百千万亿几余多%％][个条项家次件名位所座台辆人户元倍种批期类亩吨]?$"
)


# the last character of a place's name that a bare direction word after it divides (浙江东部, 市东部,
# 太湖西部): a division's suffix, a river's, a lake's, an island's
_PLACE_FINAL = frozenset("省市县区州盟旗江河湖岛")


def _part_of_place_before(text: str, tok: _Token, before: list[_Token]) -> bool:
    """A bare direction word taken as a national belt by its context (东部 before 城市,
    rules/zone_context_aliases.tsv) that stands right after a place's name: the place's own east
    or west (浙江东部城市, 龙江东部城市经济协作会, 在市东部城市新区), no belt.  The place is the
    token just before, a unit's, or a name that ends as places' names do (_PLACE_FINAL)."""
    if not all(e.kind == "zone" and e.ctx is not None for e in tok.entries) or tok.start == 0:
        return False
    if text[tok.start - 1] in _PLACE_FINAL:
        return True
    last = before[-1] if before else None
    return last is not None and last.end == tok.start and any(e.kind == "unit" for e in last.entries)


@cache
def place_areas() -> dict[str, str]:
    """rules/place_areas.tsv: an area inside one place (新界, 浦东新区…) → that place's canonical name."""
    return {row[0]: row[1] for row in read_tsv("place_areas.tsv")}


@cache
def _area_lengths() -> tuple[int, ...]:
    """The lengths of rules/place_areas.tsv's areas, longest first: what a look back tries."""
    return tuple(sorted({len(a) for a in place_areas()}, reverse=True))


_DIRECTIONS = frozenset("东西南北")
_BELT_FIRSTS = _DIRECTIONS | {"中"}  # a macro region named by its direction (西北地区, 中部地区, 中西部)


def _part_of_area_before(text: str, tok: _Token, before: list[_Token]) -> bool:
    """A macro region named by its direction (西北地区, 东南地区, 中部地区, 中西部) right after an area of
    one place (rules/place_areas.tsv: 新界西北地区, 浦东新区东南地区) or a division's token (香港西北地区,
    浙江中西部, 江西中部地区): that place's own part, no zone."""
    if tok.start == 0 or not all(
        e.kind == "zone" and e.target[:1] in _BELT_FIRSTS and e.target.endswith("地区") and len(e.target) <= 5
        for e in tok.entries
    ):
        return False
    last = before[-1] if before else None
    if last is not None and last.end == tok.start and any(e.kind == "unit" for e in last.entries):
        return True
    areas = place_areas()
    return any(text[tok.start - n : tok.start] in areas for n in _area_lengths() if n <= tok.start)


def _longer_inside(
    text: str, tok: _Token, idx: _Index, by_pair: dict[str, tuple[int, ...]], *, after_place: bool = False
) -> _Token | None:
    """A longer name that begins inside a short form and runs past it: a zone's (成|武陵山区:
    建设成武陵山区 is no 成武县), or any after a weak short form, or a full name after a short form whose first
    character ends a word (完成|安次区: no 成安县) — not one ending a place's name right before it
    (``after_place``: 湖南|岳阳城 is no 南岳, so no 阳城县); the short form only shadowed it.
    Full names keep their place (河北|京津冀)."""
    if tok.entries is idx.keys[tok.key]:  # the key's own entries: one set lookup, no pass over them
        if tok.key not in _short_form_keys():
            return None
    elif any(e.full or e.kind != "unit" for e in tok.entries):
        return None
    # (a short form opening with a function word, 和安 in 景德镇和安徽: any name running past it wins, 安徽)
    loose = text[tok.start] in _function_chars()
    glued: bool | None = None  # (asked only where a longer name runs past the short form)
    for s in range(tok.start + 1, tok.end):
        lengths = by_pair.get(text[s : s + 2])
        other = _token_at(text, s, idx, lengths) if lengths else None
        if other is None or other.end <= tok.end:
            continue
        longer = other.end - other.start > tok.end - tok.start or loose
        # a zone's name, or any name after a weak short form (上海|城市, 香港|北区: a strong short
        # form holds its place against a unit)
        if longer and (all(e.weak for e in tok.entries) or all(e.kind == "zone" for e in other.entries)):
            return other
        # after a short form whose first character ends a word begun before it, a word more common than the
        # short form: a full name (完成|安次区: no 成安; not 台北|上海城市: 北上 is rarer than 上海, no 海城市),
        # or one no longer that is a strong short form (打造成|武汉、郑州: no 成武县)
        if glued is None:
            glued = not after_place and _glued_before(text, tok)
        if glued and all(e.kind == "unit" and (e.full if longer else not e.weak) for e in other.entries):
            return other
    return None


def _glued_before(text: str, tok: _Token) -> bool:
    """``tok``'s first character ends a word begun before it that is more common than the short form (造成|武)."""
    word = word_frequency(text[tok.start - 1 : tok.start + 1]) if tok.start > 0 else 0
    return word >= COMMON_WORD and word > word_frequency(tok.key)


@cache
def _function_chars() -> frozenset[str]:
    return frozenset(read_lines("function_chars.txt"))


@cache
def _short_form_keys() -> frozenset[str]:
    """The keys whose entries are all units' short forms (no full name, zone, stop word…): the
    only ones a longer name inside may replace."""
    return frozenset(
        k for k, entries in region_index().keys.items() if not any(e.full or e.kind != "unit" for e in entries)
    )
