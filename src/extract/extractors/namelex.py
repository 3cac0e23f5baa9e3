"""Lexicons and name readings shared by the officials and staff extractors.

Everything here is data from ``rules/`` compiled once per process:

- ``person_surnames.txt`` / ``person_surnames_weak.txt``: where a name may start (``person_surnames_clan.txt``: the
  compound ones that are a minority's clan names; ``person_surnames_japanese.txt``: Japanese family names, read after
  a title in an article that names Japan);
- ``name_stops.tsv``: what may follow a name (decides 王健|主持 against 王健主|持);
- ``non_names.txt``: surname-initial ordinary words (高质量, 江苏);
- ``title_heads.txt``, ``group_title_heads.txt``, ``title_modifiers.txt``,
  ``org_suffixes.txt``, ``title_prefix_stops.txt``, ``post_name_titles.txt``: the title
  grammar used by :mod:`extract.extractors.people`;
- ``fixed_terms.txt``: expressions containing a name that are not mentions;
- the gazetteer of :mod:`extract.extractors.regions`: a candidate that is a place name plus its level
  character (楚雄州, 常德市) is no name.
- ``transliteration_chars.txt`` (foreign names) and ``minority_name_chars.txt`` (Tibetan,
  Mongolian, Uyghur given names, used only after a title with its organization).

Regex helpers the other extractors use too: :func:`alternation` (a word list as a trie),
:func:`not_after` and :func:`matches_after` (a leading lookbehind tested in code) and
:func:`first_matches` (an alternation's matches from its patterns searched one by one), the last
three so that ``re`` can skip ahead to where a match may start; :func:`matches_at` (an
alternation's matches tried only at the places :func:`places` finds its opening words at).

A *reading* of a name at a position is one way to cut a name there: surname plus one or
two given-name characters (two or three after a compound surname).  Readings are scored by
what follows them, see :func:`after_score`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any, NamedTuple

from extract.rules import read_groups, read_lines, read_tsv

# Characters that end a name unconditionally: punctuation, brackets, quotes, spaces, digits.
BOUNDARY_CHARS = frozenset(
    " \t\r\n\u3000，。、；：！？,.;:!?（）()《》〈〉【】[]{}“”\"'‘’—…-/|0123456789０１２３４５６７８９．﹑～％"
)

FOREIGN_JOINERS = frozenset("·•‧・")

SCORE_FINAL = 4  # a character that never ends a given name (说, 等): strongest
SCORE_STRONG = 3  # punctuation, end of text, a verb (出席, 主持)
SCORE_WEAK = 2  # a character that may also end a name (和, 为)
SCORE_TITLE = 2  # the start of a title head (张三教授, 李四院士)


def is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


_HAN_RUN = re.compile("[\u4e00-\u9fff\u3400-\u4dbf]*")  # characters that are all is_han


COMMON_WORD = 200  # a word jieba's dictionary counts this often is an ordinary word (亲切, 东北, 黄河)


def word_frequency(word: str) -> int:
    """How often jieba's dictionary counts ``word`` (0 when it is no word there); the dictionary is
    loaded on the first call."""
    dt = _jieba_tokenizer()
    dt.check_initialized()
    return int(dt.FREQ.get(word) or 0)


@cache
def single_character_verbs() -> frozenset[str]:
    """The one-character words jieba's dictionary tags as verbs (``v``: 盼, 谈, 说; not 奇, an adjective's
    morpheme, nor 王, a surname): read from its dictionary file on the first call (0.14 s), for the NER path only."""
    return frozenset(word for word, tag in _dictionary_entries() if len(word) == 1 and tag == "v")


def _dictionary_entries() -> Iterator[tuple[str, str]]:
    """jieba's dictionary file as (word, tag) pairs (the tag empty where a line has none), read anew each call."""
    import jieba

    with jieba.get_dict_file() as f:
        for raw in f:
            line = raw.decode("utf-8") if isinstance(raw, bytes) else raw
            word, _, rest = line.partition(" ")
            fields = rest.split()
            yield word, fields[-1] if len(fields) > 1 else ""


NAME_TAGS = frozenset(("j", "nt", "ns", "nz"))  # jieba's tags of an abbreviation, an organization, a place, a name


@cache
def _tagged_names_ending(last: str) -> frozenset[str]:
    """The two- and three-character words of jieba's dictionary ending with ``last`` that it tags as a name
    (``NAME_TAGS``: 北大 j, 中大 nt, 台大 ns; not 重大 a, 广大 a, 盛大 b): read from its dictionary file on the first
    call for that character (0.14 s), only when a candidate asks."""
    return frozenset(
        word for word, tag in _dictionary_entries() if 2 <= len(word) <= 3 and word.endswith(last) and tag in NAME_TAGS
    )


_NUMERALS = frozenset("一二三四五六七八九十百")  # 十大, 四大: a count (十大校长) or a party congress, no university


def short_university_name(seg: str) -> bool:
    """``seg`` reads as a university's short name (港大, 成大, 北大, 北师大: a letter or two and 大), not an
    ordinary word ending so: a word jieba knows as common (``COMMON_WORD``) only where it tags it a name, and
    no count (十大)."""
    if not 2 <= len(seg) <= 3 or seg[-1] != "大" or not all(is_han(c) for c in seg) or seg[0] in _NUMERALS:
        return False
    return word_frequency(seg) < COMMON_WORD or seg in _tagged_names_ending("大")


@cache
def _jieba_tokenizer() -> Any:
    """jieba's default tokenizer, imported on the first call (only a candidate that needs the check
    asks; an ``import`` statement in ``word_frequency``, called a few dozen times an article, cost
    more than the lookup)."""
    import jieba

    return jieba.dt


def alternation(words: Iterable[str]) -> str:
    """A regex of literal words that tries the longest one first (so the longest one wins), as
    ``a|b|…`` sorted longest first would, written as a trie (``市(?:长|委书记)?``): the words a
    text can match at one position are prefixes of each other, and the trie tries them longest
    first too, so every match (and every backtrack into a shorter word) is the same, while the
    regex engine follows one branch per character instead of trying each word in turn (a pass
    of the 160 title heads over an article: 40 % faster)."""
    trie: _Trie = {}
    for w in set(words):
        node = trie
        for c in w:
            node = node.setdefault(c, {})
        node[""] = {}  # a word ends here
    return _trie_regex(trie)


def not_after(pattern: re.Pattern[str], text: str, chars: str, digits: bool = False) -> Iterator[re.Match[str]]:
    """The matches of ``pattern`` (which matches no empty string) in ``text`` that do not follow
    one of ``chars`` (or a digit: ``digits``), as ``(?<![chars\\d])`` in front of the pattern would
    find them.  Tested here: a pattern that opens with a lookbehind is tried at every character,
    one that opens with characters or words lets ``re`` skip to them (four times as fast)."""
    return matches_after(pattern, text, lambda c: not (c and (c in chars or (digits and c.isdecimal()))))


def matches_after(pattern: re.Pattern[str], text: str, ok: Callable[[str], bool]) -> Iterator[re.Match[str]]:
    """The matches of ``pattern`` (which matches no empty string) whose preceding character (""
    at the start of ``text``) passes ``ok``, as a lookbehind in front of the pattern would let
    them through (see ``not_after``)."""
    pos = 0
    while (m := pattern.search(text, pos)) is not None:
        if ok(text[m.start() - 1] if m.start() else ""):
            yield m
            pos = m.end()
        else:
            pos = m.start() + 1


def first_matches(patterns: Sequence[re.Pattern[str]], text: str) -> Iterator[re.Match[str]]:
    """The matches of the alternation ``p1|p2|…`` of ``patterns`` (none matching the empty string)
    in ``text``, as its ``finditer`` gives them: leftmost first, at one place the earliest pattern,
    none overlapping the one before.  Each pattern is searched alone: one that opens with words or
    a character class lets ``re`` skip ahead to them, where their alternation is tried at every
    character."""
    pending: list[re.Match[str] | None] = [p.search(text) for p in patterns]
    pos = 0
    while True:
        best = None
        for k, m in enumerate(pending):
            if m is not None and m.start() < pos:  # overlaps the match taken: the next one after it
                m = pending[k] = patterns[k].search(text, pos)
            if m is not None and (best is None or m.start() < best.start()):
                best = m
        if best is None:
            return
        yield best
        pos = best.end()


def matches_at(patterns: Sequence[re.Pattern[str]], text: str, starts: Iterable[int]) -> Iterator[re.Match[str]]:
    """The matches of the alternation ``p1|p2|…`` of ``patterns`` (none matching the empty string)
    in ``text``, as its ``finditer`` gives them, where ``starts`` holds every place a match can
    start (the places of the words or brackets each match opens with, found by ``str.find``):
    tried there only, leftmost first, at one place the earliest pattern, none overlapping the
    one before.  A pattern opening with a character class is tried by ``re``'s search at every
    character of that class, at a few nanoseconds a character even where the text holds none."""
    pos = 0
    for start in sorted(set(starts)):
        if start < pos:
            continue
        for pattern in patterns:
            if (m := pattern.match(text, start)) is not None:
                yield m
                pos = m.end()
                break


def places(text: str, words: Iterable[str]) -> Iterator[int]:
    """Every place in ``text`` where one of ``words`` starts (overlapping ones too)."""
    for word in words:
        i = text.find(word)
        while i >= 0:
            yield i
            i = text.find(word, i + 1)


_Trie = dict[str, "_Trie"]  # character -> the rest; "" marks the end of a word


def _trie_regex(node: _Trie) -> str:
    ends = [c for c, child in node.items() if c and list(child) == [""]]  # one more character ends a word
    alts = [re.escape(c) + _trie_regex(child) for c, child in sorted(node.items()) if c and c not in ends]
    if len(ends) == 1:
        alts.append(re.escape(ends[0]))
    elif ends:
        alts.append("[" + "".join(re.escape(c) for c in sorted(ends)) + "]")
    if not alts:
        return ""
    if len(alts) > 1:
        body = "(?:" + "|".join(alts) + ")"
    elif len(ends) == 1 or len(alts[0]) == 1 or ends:  # one (escaped) character, or a character class
        body = alts[0]
    else:
        body = "(?:" + alts[0] + ")" if "" in node else alts[0]
    return body + "?" if "" in node else body


@dataclass(frozen=True)
class Lexicon:
    single_surnames: frozenset[str]
    compound_surnames: tuple[str, ...]
    compound_set: frozenset[str]
    weak_surnames: frozenset[str]
    confirmed_surnames: frozenset[str]  # read only where the name recurs (和)
    clan_surnames: frozenset[str]  # compound surnames that are clan names (沙马, 吉克: 则 may end the name)
    japanese_surnames: frozenset[str]  # Japanese family names (山本健一): after a title, where Japan is named
    non_names: frozenset[str]
    stop_class: dict[str, int]
    stop_re: re.Pattern[str]
    listed_stops: frozenset[str]  # name stops that end a name closing a list only (李明、王强均出席; 蒋德均率团)
    title_verb_re: re.Pattern[str] | None  # words that end a name when a title follows (任|组长)
    surname_start: str  # regex fragment: a surname at this position


@cache
def lexicon() -> Lexicon:
    names = [w for line in read_lines("person_surnames.txt") for w in line.split()]
    single = frozenset(n for n in names if len(n) == 1)
    compound = tuple(sorted({n for n in names if len(n) == 2}, key=lambda w: (-len(w), w)))
    weak = frozenset(w for line in read_lines("person_surnames_weak.txt") for w in line.split()) & single
    scores = {"verb": SCORE_STRONG, "final": SCORE_FINAL, "weak": SCORE_WEAK}
    stop_class: dict[str, int] = {}
    title_verbs: list[str] = []
    listed: set[str] = set()
    for row in read_tsv("name_stops.tsv"):
        if len(row) >= 2 and row[1] in scores:
            stop_class[row[0]] = scores[row[1]]
        elif len(row) >= 2 and row[1] == "listed":
            stop_class[row[0]] = SCORE_WEAK
            listed.add(row[0])
        elif len(row) >= 2 and row[1] == "before_title":
            title_verbs.append(row[0])
    stop_re = re.compile(alternation(list(stop_class)))
    surname_start = "(?:" + alternation(compound) + "|[" + "".join(sorted(single)) + "])"
    return Lexicon(
        single_surnames=single,
        compound_surnames=compound,
        compound_set=frozenset(compound),
        weak_surnames=weak,
        confirmed_surnames=frozenset(w for line in read_lines("person_surnames_confirmed.txt") for w in line.split())
        & weak,
        clan_surnames=frozenset(w for line in read_lines("person_surnames_clan.txt") for w in line.split())
        & frozenset(compound),
        japanese_surnames=frozenset(w for line in read_lines("person_surnames_japanese.txt") for w in line.split()),
        non_names=frozenset(read_lines("non_names.txt")),
        stop_class=stop_class,
        stop_re=stop_re,
        listed_stops=frozenset(listed),
        title_verb_re=re.compile(alternation(title_verbs)) if title_verbs else None,
        surname_start=surname_start,
    )


@dataclass(frozen=True)
class TitleWords:
    """The title vocabulary, read and compiled in one place (people, names and the NER link use it).

    ``heads`` (title_heads.txt), ``groups`` (group_title_heads.txt: 市领导), ``mods``
    (title_modifiers.txt: 副, 常务), ``posts`` (post_name_titles.txt rows: titles written after
    a name)."""

    heads: tuple[str, ...]
    groups: tuple[str, ...]
    mods: tuple[str, ...]
    posts: tuple[tuple[str, ...], ...]
    start: re.Pattern[str]  # a head, group head or post (with a modifier) at a position: a name stops before it
    end: re.Pattern[str]  # a phrase ending with a head or group head (with a modifier): a title phrase
    head_end: re.Pattern[str]  # a phrase ending with a head proper (no group head, no modifier)


@cache
def title_words() -> TitleWords:
    heads = read_lines("title_heads.txt")
    groups = read_lines("group_title_heads.txt")
    mods = read_lines("title_modifiers.txt")
    posts = read_tsv("post_name_titles.txt")
    return TitleWords(
        heads=heads,
        groups=groups,
        mods=mods,
        posts=posts,
        start=re.compile(f"(?:{alternation(mods)})?(?:{alternation([*heads, *groups, *(r[0] for r in posts)])})"),
        end=re.compile(f"(?:{alternation(mods)})?(?:{alternation([*heads, *groups])})$"),
        head_end=re.compile(f"(?:{alternation(heads)})$"),
    )


def head_start_re() -> re.Pattern[str]:
    """A title head (with optional modifier) at a position: a name stops in front of it."""
    return title_words().start


def stop_at(text: str, pos: int) -> int:
    """Class score of the name-stop word starting at ``pos`` (0 when there is none; a ``listed`` word's: final where
    the clause before it lists people, else weak)."""
    m = lexicon().stop_re.match(text, pos)
    if m is None:
        return 0
    if m.group() in lexicon().listed_stops:
        return SCORE_FINAL if _closes_names_list(text, pos) else SCORE_WEAK
    return lexicon().stop_class[m.group()]


_LIST_MARKS = "、和与及"


def _closes_names_list(text: str, pos: int) -> bool:
    """The clause before ``pos`` lists people: its last list mark follows no title head (李明、王强均;
    李明、市长王强均 — not the titles' list of 市委副书记、市长蒋德均)."""
    lo = max(text.rfind(c, 0, pos) for c in "，,。；;：:！？\n") + 1
    k = max(text.rfind(c, lo, pos) for c in _LIST_MARKS)
    return k > lo and title_words().head_end.search(text, max(lo, k - TITLE_REACH), k) is None


TITLE_REACH = 8  # characters before a list mark in which a title head ends


def after_score(text: str, pos: int) -> int:
    """How strongly the text at ``pos`` ends a name written just before it."""
    if pos >= len(text):
        return SCORE_STRONG
    if text[pos] in FOREIGN_JOINERS:
        return 0  # 霍尔格·伯尔纳: a transliterated foreign name goes on
    if text[pos] in BOUNDARY_CHARS or not is_han(text[pos]):
        return SCORE_STRONG
    if text[pos] == "率" and _LEADS_GROUP.match(text, pos):
        return SCORE_STRONG  # 市委书记黄海鹰|率靖西市党政代表团赴…: 率 before the group one leads
    if text[pos] in _RELATIVE_DAY_FIRSTS and _RELATIVE_DAY.match(text, pos):
        return SCORE_STRONG  # 桃园市长范姜志明|今（18）日与…: a day in brackets, as Taiwan's press writes it
    s = stop_at(text, pos)
    if s:
        return s
    if head_start_re().match(text, pos):
        return SCORE_TITLE
    verb = lexicon().title_verb_re
    if verb and (m := verb.match(text, pos)) and _post_follows(text, m.end()):
        return SCORE_STRONG  # 市长黎明宏|任组长: a verb that gives the person a post
    return 0


# a relative day with its date in brackets right after a name (今（18）日, 昨(11)日)
_RELATIVE_DAY = re.compile(r"[今昨明前][（(]\s*[0-9０-９一二三四五六七八九十]{1,3}\s*[)）]\s*日")
_RELATIVE_DAY_FIRSTS = frozenset("今昨明前")

# 率 before the group it leads (率靖西市党政代表团, 率团, 率考察组一行): a verb, not a name's last character
_LEADS_GROUP = re.compile(r"率(?:领)?[^，。；、\s]{0,16}?(?:代表团|考察团|访问团|参访团|工作组|考察组|团|一行)")


POST_SPAN = 8  # characters a post given by 任/兼 may take (办公室主任, 常务副组长)


def _post_follows(text: str, pos: int) -> bool:
    """A post starts at ``pos``: a title head there (组长, 副组长), or a short organization
    word ending in one before the clause goes on (办公室主任，)."""
    heads = head_start_re()
    if heads.match(text, pos):
        return True
    stop = min(len(text), pos + POST_SPAN)
    for i in range(pos + 1, stop):
        if text[i] in BOUNDARY_CHARS or not is_han(text[i]):
            return False
        if (m := heads.match(text, i)) and (
            m.end() >= len(text) or text[m.end()] in BOUNDARY_CHARS or stop_at(text, m.end())
        ):
            return True
    return False


def candidate_lengths(text: str, pos: int) -> list[tuple[int, int]]:
    """(surname length, name length) pairs for the name readings starting at ``pos``."""
    lex = lexicon()
    out: list[tuple[int, int]] = []
    if text[pos : pos + 2] in lex.compound_set:  # (all compound surnames have two characters)
        out += [(2, 3), (2, 4)]
    if pos < len(text) and text[pos] in lex.single_surnames:
        out += [(1, 2), (1, 3)]
    return out


_UNIT_ORGANS = frozenset(("省委", "市委", "县委", "区委", "州委", "盟委", "旗委", "地委"))  # a unit's party committee


def plausible_name(text: str, pos: int, sur_len: int, length: int, word_start: bool = False) -> bool:
    """The characters ``text[pos:pos+length]`` can be a person's name; with ``word_start`` a
    three-character one may start with an ordinary word (黄海|涛), which the caller vouches for."""
    end = pos + length
    if end > len(text):
        return False
    cand = text[pos:end]
    if not _HAN_RUN.fullmatch(cand):  # (all(is_han(c) for c in cand), in one call)
        return False
    non = lexicon().non_names
    # 高质量, 干部亲(自): an ordinary word as the name or as its start; a compound surname that
    # is also a word (东方) may still start a longer name (东方明), read as a weak surname
    if cand in non or (
        cand[:2] in non
        and not (sur_len == 2 and length > 2)
        and not (word_start and length == 3)
        and not (length == 3 and sur_len == 1 and _given_after_word(text, pos, end))
    ):
        return False
    if is_place_name(cand):
        return False  # 楚雄州, 常德市: a place, never a person
    if cand[sur_len:] in _event_nouns():
        return False  # 六都市长|高峰会: a meeting's head noun (rules/events.tsv) as the given name, no person
    if length == sur_len + 1 and cand[-1] in _settlement_ends():
        # 蕉岭县长|寿村等地: a village's name (长寿村) after a title's head, no person (a given name of one
        # character that is a village's word; longer given names end so, 简铭村, 黄启村)
        return False
    if cand[-2:] in _UNIT_ORGANS:
        return False  # 湖南省长|沙市委常委: a place's party committee ending the candidate (长沙市委), no given name
    if sur_len == 1 and _conjunction_before_place(text, pos, end):
        return False  # 陈德贵和|黔江地区: the weak surname joins a place written on past the name
    # the given name must not start with a verb / function word or a title head
    g = pos + sur_len
    if _verb_at(text, g):
        return False
    head = head_start_re().match(text, g)
    if head and head.end() <= end:
        return False
    # the candidate itself must not start with a verb (强调, 表示)
    return not _verb_at(text, pos)


@cache
def _settlement_ends() -> frozenset[str]:
    """The last characters of villages' names (rules/settlement_suffixes.txt: 村, 寨, 屯)."""
    return frozenset("".join(read_lines("settlement_suffixes.txt")).split())


@cache
def _event_nouns() -> frozenset[str]:
    """The head nouns of events (rules/events.tsv ``noun``): 峰会, 年会, 座谈会."""
    return frozenset(read_groups("events.tsv").get("noun", ()))


def _given_after_word(text: str, pos: int, end: int) -> bool:
    """杨树|林 after a title's head or a group's (rules/title_heads.txt, group_title_heads.txt: 市长, 市领导), before
    punctuation or a verb that ends a name (杨树林分别介绍, 江海明、胡丽萍参加): the ordinary word (杨树, a poplar;
    rules/non_names.txt) opens a name whose three characters make no common word (杨树林 is rare as a word, 高质量
    is not)."""
    return (
        end < len(text)
        and (text[end] in BOUNDARY_CHARS or _verb_at(text, end))
        and word_frequency(text[pos:end]) < RARE_WORD
        and title_words().end.search(text, max(0, pos - TITLE_HEAD_MAX), pos) is not None
    )


RARE_WORD = 20  # a three-character word jieba counts less often than this may be a name (杨树林: 5)
TITLE_HEAD_MAX = 8  # characters before a name read for a title's head (rules/title_heads.txt)


_PLACE_LEVELS = frozenset("州市县区盟旗")


def _conjunction_before_place(text: str, pos: int, end: int) -> bool:
    """A weak surname (和, 于, 向…) before a division's short form whose level goes on right after it
    (和黔江地区, 和黔江地委书记): the conjunction and the place, no name."""
    lex = lexicon()
    if text[pos] not in lex.weak_surnames or end >= len(text) or text[end] not in _PLACE_LEVEL_CHARS:
        return False
    from extract.extractors.regions import region_index  # lazily: the gazetteer is built once per process

    return any(e.kind == "unit" for e in region_index().keys.get(text[pos + 1 : end], ()))


_PLACE_LEVEL_CHARS = _PLACE_LEVELS | frozenset("地省")  # (and 地区's, 省's first character)


def is_place_name(cand: str) -> bool:
    """``cand`` is a division's name or short form followed by its level character (楚雄州,
    红河州, 常德市, 林州): the gazetteer of :mod:`extract.extractors.regions` decides."""
    if len(cand) < 2 or cand[-1] not in _PLACE_LEVELS:
        return False
    from extract.extractors.regions import region_index  # lazily: the gazetteer is built once per process

    keys = region_index().keys
    return any(e.kind == "unit" for k in (cand, cand[:-1]) if len(k) >= 2 for e in keys.get(k, ()))


def _verb_at(text: str, pos: int) -> bool:
    """A name-stop word of two or more characters starts at ``pos``."""
    m = lexicon().stop_re.match(text, pos)
    return m is not None and len(m.group()) >= 2


def is_weak(name: str) -> bool:
    """The name starts with a weak surname: a single one of ``person_surnames_weak.txt``, or
    a compound surname that is also an ordinary word (东方明: 东方 is in ``non_names.txt``)."""
    lex = lexicon()
    if len(name) > 2 and name[:2] in lex.compound_set:
        return name[:2] in lex.non_names
    return name[0] in lex.weak_surnames


@cache
def transliteration_chars() -> frozenset[str]:
    return frozenset(c for line in read_lines("transliteration_chars.txt") for c in line.split())


@cache
def minority_name_chars() -> frozenset[str]:
    """Characters of minority (Tibetan, Mongolian, Uyghur) given names: the transliteration
    characters plus ``minority_name_chars.txt``."""
    extra = frozenset(c for line in read_lines("minority_name_chars.txt") for c in line.split())
    return transliteration_chars() | extra


def looks_foreign(text: str, pos: int, length: int, sur_len: int) -> bool:
    """克雷蒂安总理: the reading 雷蒂安 sits inside a transliterated foreign name."""
    if pos == 0:
        return False
    left = text[pos - 1]
    if left in FOREIGN_JOINERS:
        return True
    tr = transliteration_chars()
    return left in tr and all(c in tr for c in text[pos + sur_len : pos + length])


@cache
def fixed_terms_re() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in read_lines("fixed_terms.txt")))


def fixed_term_spans(text: str) -> list[tuple[int, int]]:
    r"""The spans of the fixed terms (``fixed_terms.txt``) in ``text``, as ``fixed_terms_re``
    finds them.  Most articles hold none: each pattern is tried only when the words every
    match of it contains (毛泽东思想, 同志, 的党中央) are in the text, so that an article without
    any is not scanned at every character for ``\S{2,4}同志…``; and where those words are, the
    patterns are tried only at the places a match holding them there can start (a few characters
    before each 同志), not searched at every character (measured on the throughput corpus: 0.22
    -> 0.03 ms an article holding 同志, 0.04 -> 0.02 ms an article on average)."""
    lines = read_lines("fixed_terms.txt")
    needs = _required_words(lines)
    active = tuple(i for i, need in enumerate(needs) if need is None or need.word in text)
    if not active:
        return []
    pattern = fixed_terms_re() if len(active) == len(lines) else _alternation_of(lines, active)
    starts: set[int] = set()
    for i in active:
        need = needs[i]
        if need is None or need.before is None:
            return [m.span() for m in pattern.finditer(text)]  # (a match may start anywhere)
        least, most = need.before
        k = text.find(need.word)
        while k >= 0:
            starts.update(range(max(0, k - most), k - least + 1))
            k = text.find(need.word, k + 1)
    # every match of the alternation starts at one of those places: trying it there, leftmost
    # first and past the end of the match taken, finds what finditer finds (no match is empty)
    spans: list[tuple[int, int]] = []
    for start in sorted(starts):
        if start >= (spans[-1][1] if spans else 0) and (m := pattern.match(text, start)) is not None:
            spans.append(m.span())
    return spans


@cache
def _alternation_of(lines: tuple[str, ...], active: tuple[int, ...]) -> re.Pattern[str]:
    # the patterns left out cannot match this text: the matches of the rest, in the same order, are the same
    return re.compile("|".join(f"(?:{lines[i]})" for i in active))


class _Need(NamedTuple):
    word: str  # the longest run of literal characters at a pattern's top level: every match contains it
    before: tuple[int, int] | None  # how far after the start of a match it begins (least, most); None: no bound


_BOUNDED = 1000  # a pattern whose words may begin further into a match than this is searched as it is


@cache
def _required_words(patterns: tuple[str, ...]) -> tuple[_Need | None, ...]:
    """For each regex, the longest run of literal characters at its top level (every match
    contains it) and how far into a match it begins, or None (a pattern with no such run, or
    one the parser does not take)."""
    from re import _parser  # type: ignore[attr-defined,unused-ignore]

    out: list[_Need | None] = []
    for pattern in patterns:
        try:
            parsed = _parser.parse(pattern)
        except re.error:
            out.append(None)
            continue
        items = list(parsed)
        runs, run, first = [], "", 0  # (run, index of its first item)
        for j, (op, arg) in enumerate(items):
            if op == _parser.LITERAL:
                first = j if not run else first
                run += chr(arg)
            else:
                runs.append((run, first))
                run = ""
        runs.append((run, first))
        word, first = max(runs, key=lambda r: len(r[0]))
        if not word:
            out.append(None)
            continue
        least, most = _parser.SubPattern(parsed.state, items[:first]).getwidth()
        out.append(_Need(word, (least, most) if most <= _BOUNDED else None))
    return tuple(out)


def mask_spans(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with the given spans replaced by spaces (same length)."""
    if not spans:
        return text
    out, at = [], 0
    for s, e in sorted(spans):
        s = max(s, at)  # an overlapping span: blanked up to ``at`` already
        if e > s:
            out += [text[at:s], _NOT_NEWLINE.sub(" ", text[s:e])]
            at = e
    out.append(text[at:])
    return "".join(out)


_NOT_NEWLINE = re.compile(r"[^\n]")
