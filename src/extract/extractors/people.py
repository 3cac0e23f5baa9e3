"""Officials and media staff of an article.

Officials are found by the grammar of official prose, with lexicons from ``rules/``:

1. *title before name* – a title head (书记, 省长, 司长, 董事长…, with a modifier such as
   副/常务副/代) directly followed by a name; the organization prefix in front of the head
   reaches left to the last clause boundary or prefix stop and must end with an
   organization word (省委, 发改委, 司, 大学党委, 领导小组办公室…).  Title phrases chained
   with 、 in front of it are collected too (省委副书记、大连市委书记胡玉亭).  A 及/与
   after an organization word and a short noun is inside the organization's name
   (香港特别行政区政府创新及科技局局长), and so is one between a short noun starting the clause or
   following a stop and a bureau (会见了|政制及内地事务局局长).  The prefix never reaches back over
   a name already read or a name joined by 和 (崔世安|和广东省省长马兴瑞, 唐一军和|辽宁省委常委), nor
   over a title and a name-shaped word joined by 和 to it (副主席洛桑江村和|拉萨市市长; that name
   is read too), stops at punctuation of any width (讲话﹔|湖南省委副书记) and at a verb that
   is no part of a word (出席的有|省政府副秘书长, 图为|…; title_prefix_verbs.txt) and drops a
   clause opener (据|河南省发改委主任).  A place written without its level, which
   the head carries, is part of the title (广东省长, 南投县长), and so is a bureau whose unit the
   head carries after an organization (县府旅游局长, 深圳市公安局长) and a place written short
   before any head (沙田民政事务专员);
   so is an organization's short name in brackets (管理局（前海管理局）局长), and a short phrase
   filling a slot of a 、 chain (党组成员、纪检组长);
2. *group list* – names following the first one with 、/和/及/与 get the same titles
   (市领导黄远征、任栋、韦怀余等; 江西省领导殷美根、吴浩); a name with a title of its own
   is no member of a 和/与/及 list (副省长史可鉴与闻立代表双方签署);
3. *title after name* – 习近平总书记, 李强总理; local posts (丁晓东市长代表…) need a clause
   around a new name (post_name_titles.txt);
4. *mentions* – every later occurrence of a known name adds a span (龚正说, names run
   together in a headline: 刘奇许达哲应勇讲话), 同志 included; no new person;
5. *surname, title, given name* – Hong Kong, Macau and Taiwan prose (新竹市邱代理市长臣远 is
   邱臣远, 代理市长), read before the rest; a surname and a title alone (许县长说) refers back
   to the one person of that surname holding that post and adds a span, never a person.

Group titles introduce lists on the next line too (出席活动的省领导：\n陈刚、吴晓军), and a
list after a group title or a domestic organization reads names written with · (自治区领导
李鹏新、沙尔合提·阿汗).

A name is a surname (person_surnames.txt) plus one or two characters (two or three after a
compound surname; 东方明 though 东方 is also a word, then read as a weak surname; 黄海涛 though
黄海 is a word, after a title that anchors it and before a strong boundary); after a
title chain in which a title has its organization, a name of 3-5 minority-name characters
without a Han surname is read too (内蒙古自治区副主席乌兰图雅出席, 青海省委常委、副省长才让东智), and
after a domestic organization (自治区, 党委, 人大…) a name written with · (新疆维吾尔自治区副主席
艾尔肯江·赛买提) or one abroad (泰国清迈府副府尹颂萨·乍仑猜); · names are rejected everywhere
else.  Group heads take places as their organization (两地党政领导, 双方负责同志).  Between the
readings the following text decides (name_stops.tsv): 王健|主持, 韦怀余|等, 王浩|说;
another mention of the same reading in the article confirms it.  Fixed terms
(习近平新时代中国特色社会主义思想) and credit lines are blanked out before the search, and a
name credited as staff is never an official.
"""

from __future__ import annotations

import bisect
import itertools
import re
import unicodedata
from collections.abc import Iterator
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import cache, lru_cache

from extract.extractors.dates import date_words
from extract.extractors.dates import title_spans as document_spans
from extract.extractors.namelex import (
    BOUNDARY_CHARS,
    COMMON_WORD,
    FOREIGN_JOINERS,
    SCORE_FINAL,
    SCORE_STRONG,
    SCORE_WEAK,
    after_score,
    alternation,
    candidate_lengths,
    first_matches,
    fixed_term_spans,
    head_start_re,
    is_han,
    is_place_name,
    is_weak,
    lexicon,
    looks_foreign,
    mask_spans,
    minority_name_chars,
    plausible_name,
    short_university_name,
    title_words,
    transliteration_chars,
    word_frequency,
)
from extract.extractors.staff import extract_staff
from extract.models import Official, StaffMember, TitleParse
from extract.rules import read_groups, read_lines
from extract.text.prefilter import scanning

__all__ = ["extract_officials", "extract_people", "parse_title"]

_QUOTES_OPEN = "“‘\"「『"
_QUOTES_CLOSE = "”’\"」』"
# a clause boundary in front of an organization prefix (quotes may be inside one)
_PHRASE_JOINERS = "兼暨"  # 副市长兼秘书长, 市委副书记暨市长: two offices written as one title
# (兼 ends an organization's prefix; 暨 may join two nouns inside one: 传播暨国际事务处长)
_HARD = (BOUNDARY_CHARS - set(_QUOTES_OPEN) - set(_QUOTES_CLOSE)) | {"\n", "兼"}
_SOFT_PUNCT = frozenset(_QUOTES_OPEN + _QUOTES_CLOSE + "·•‧・")  # inside an organization's name
_CHAIN_JOINERS = "、" + _PHRASE_JOINERS  # 省委副书记、市长 / 董事长兼总经理
_CONJ_STOPS = ("及", "与")  # prefix stops that may also join two nouns inside one organization name
_MINORITY_MAX = 6  # longest name without a Han surname (乌兰图雅, 洛桑次仁, 额尔敦毕力格)
MINORITY_LONG = 5  # a name without a Han surname this long may end at a weak stop (额尔敦巴特尔|率)
MINORITY_WHOLE_RUN = 4  # … or this long where it is the whole run of the names' characters (次仁平措|将)
_MAX_PREFIX = 30
_LEVEL_CHARS = frozenset("省市区县州盟旗镇乡村")
_LIST_JOINERS = ("、", "和", "及", "与")
# the names of a group's list set apart by spaces (市领导周斌　张小平　陆建华随团考察): one or two spaces, a name after
_SPACE_JOINED = re.compile(r"[ \u3000]{1,2}(?=[\u4e00-\u9fff])")


def _spaced_item_end(t: str, end: int) -> bool:
    """A name of a list set by spaces ends at a space, a list's or a clause's mark, or a strong stop (参加, 出席)."""
    return end >= len(t) or t[end] in " \u3000、，,。；;：:" or after_score(t, end) >= SCORE_STRONG
# an ethnic note after a name (尕玛扎西（藏族）、李海鹰; 线光华（阿昌族）): the list goes on after it


def _after_note(t: str, end: int) -> int:
    """Where a list goes on after the name ending at ``end``: past a note of an ethnic group or of
    rules/name_notes.txt (（回族）, （女）, （民进党）, （女，苗族）)."""
    m = _NAME_NOTE.match(t, end)
    if m is None or not all(_name_note(p) for p in _NOTE_PARTS.split(m.group(1))):
        return end
    return m.end()


# a name's note in brackets, of one part or several (（女，苗族）)
_NAME_NOTE = re.compile(r"[（(]([\u4e00-\u9fff，,、]{1,12})[）)]")
_NOTE_PARTS = re.compile("[，,、]")


def _name_note(part: str) -> bool:
    return part in _name_notes() or (2 <= len(part) <= 9 and part.endswith("族"))  # (an ethnic group: 蒙古族)


@cache
def _name_notes() -> frozenset[str]:
    """rules/name_notes.txt: notes after a name in a list that do not end it (女, 民进党)."""
    return frozenset(read_lines("name_notes.txt"))
# numerals, measure words and determiners: 各位|市长, 两位|县长, 该|市长 name no place
_DETERMINERS = frozenset("一二三四五六七八九十百千两几多各每诸该本这那其此位名个些全")
# what a broken scrape leaves of an organization's name before a group title (??h领导)
_GARBLED = re.compile(r"(?:[?？]+[A-Za-z]{1,3}|\ufffd+[A-Za-z]{0,3})$")
_PLACE_LEVEL_HEADS = frozenset("省市县区州镇乡村里")  # 省长, 市长…, 村长, 里长: the head carries the place's level
# 主席台, 主席团, 总理府: a post-name title followed by one of these is part of a word
_POST_WORD_TAILS = "台团令府位职"
# an organization of China, where a name written with · is a minority official's, not a
# foreigner's (新疆维吾尔自治区, 伊犁哈萨克自治州, 自治区党委, 兵团, 州人大常委会)
# (and a prefecture, 地区领导 of Xinjiang's prefectures; 州领导; a city's or a county's post)
_DOMESTIC = scanning(re.compile(
    r"自治[区州县旗]|新疆|西藏|内蒙古|宁夏|广西|兵团|中共|党委|党组|[省市州县区地]委|地区|行署|人大|政协"
    r"|^[州盟县旗乡镇]|[市县州盟旗]$"  # 州领导, 县长 (levels only China has), a city's own post (阿拉尔市市长)
    r"|原住民"  # Taiwan's indigenous offices (原住民族委员会主任委员尤哈尼．瓦旦)
))
_DOT_MARKS = re.compile("[·•‧・．]")
_BRACKETED_DAY = re.compile(r"[（(]\s*[0-9０-９一二三四五六七八九十]{1,3}\s*[)）]\s*日")  # 今（22）日
# (the dot as pages write it: ·, •, ‧, ・, and Taiwan's full-width ． in indigenous names)
# (or one character, a Mongolian clan's initial, before a part of two or more: 包·巴特尔, 那·达木林)
_DOTTED = re.compile(
    r"(?:[\u4e00-\u9fff]{2,6}|[\u4e00-\u9fff](?=[·•‧・．][\u4e00-\u9fff]{2}))"
    r"(?:[·•‧・．][\u4e00-\u9fff]{2,6})*[·•‧・．](?P<last>[\u4e00-\u9fff]{1,8})"
)


@dataclass(frozen=True)
class _Grammar:
    slots: tuple[re.Pattern[str], re.Pattern[str]]  # (modifier)(head) followed by a surname; (head) so
    head_end: re.Pattern[str]  # a title head at the end of a window
    post: re.Pattern[str]  # a title written after a name
    local_posts: frozenset[str]  # post-name titles that need a clause around a new name
    org_end: re.Pattern[str]  # an organization word at the end of a prefix
    prefix_stop: re.Pattern[str]
    prefix_stop_end: re.Pattern[str]  # a prefix stop ending right before a head
    group_heads: frozenset[str]
    mods: re.Pattern[str]
    opener: re.Pattern[str]  # a word opening a clause in front of a title (据, 受)
    split: re.Pattern[str]  # surname, title, given name (新竹市邱代理市长臣远)
    back: re.Pattern[str]  # surname and title alone (许县长说)


@cache
def _grammar() -> _Grammar:
    words = title_words()
    heads, groups, posts, mod_words = list(words.heads), list(words.groups), words.posts, words.mods
    mods = alternation(mod_words)
    all_heads = alternation(heads + groups)
    sur = lexicon().surname_start
    tr = "".join(sorted(minority_name_chars()))
    # a surname, then a modifier or a title head: the lookahead of their first characters lets re
    # leave a surname (a seventh of the characters) after one test instead of trying both word lists
    title_first = re.escape("".join(sorted({w[0] for w in [*heads, *mod_words] if w})))
    singles = "".join(sorted(lexicon().single_surnames))
    sur_title = f"(?P<sur>[{singles}])(?=[{title_first}])(?P<mod>{mods})?(?P<head>{alternation(heads)})"
    # (a note in brackets after the head belongs to the title: 副州长（挂职）宋维新, rules/title_notes.txt;
    # an aside does not, though the name follows it: 市长（正厅级）单成林, rules/title_asides.txt)
    note = rf"(?P<note>[（(](?:{alternation(read_lines('title_notes.txt'))})[)）])?"
    note += rf"(?P<aside>[（(](?:{alternation(read_lines('title_asides.txt'))})[)）])?"
    slot = (
        rf"(?P<head>{all_heads}){note}(?P<gap>[:：]?[ \u3000\n]{{0,3}})"
        # (or a Japanese family name, read in an article that names Japan: 知事|川胜平太, 町长|铃木直道)
        rf"(?={sur}|[{tr}]|{alternation(sorted(lexicon().japanese_surnames))}|[\u4e00-\u9fff]{{2,6}}[·•‧・])"
    )
    return _Grammar(
        # (?P<mod>{mods})?{slot} as two patterns, read by first_matches: each opens with words
        # (two modifiers may stand together: 台东县代理副县长)
        slots=(re.compile(f"(?P<mod>(?:{mods}){{1,2}}){slot}"), re.compile(slot)),
        head_end=words.end,
        # (no lookahead of the first characters in front: opening with the words' alternation lets re
        # skip to their first characters, 2.5 times as fast)
        post=re.compile(f"(?:{alternation([r[0] for r in posts])})(?![{_POST_WORD_TAILS}])"),
        local_posts=frozenset(r[0] for r in posts if len(r) > 1 and r[1] == "local"),
        # (a foreign country is the organization of its national posts: 新加坡|副总理, 泰国|总理)
        org_end=scanning(
            re.compile(f"(?:{alternation(read_lines('org_suffixes.txt') + read_lines('foreign_countries.txt'))})$")
        ),
        prefix_stop=re.compile(alternation(read_lines("title_prefix_stops.txt"))),
        prefix_stop_end=scanning(re.compile(f"(?:{alternation(read_lines('title_prefix_stops.txt'))})$")),
        group_heads=frozenset(groups),
        mods=re.compile(f"(?:{mods})"),
        opener=re.compile(alternation(read_lines("title_clause_openers.txt"))),
        split=re.compile(f"{sur_title}(?P<given>[\u4e00-\u9fff]{{2}})"),
        back=re.compile(sur_title),
    )


def _slot_matches(t: str) -> Iterator[re.Match[str]]:
    """The title slots of ``t`` as ``first_matches(_grammar().slots, t)`` finds them (the matches
    of ``(?P<mod>mods)?slot``), with one scan of the text instead of two: a slot with a modifier
    starting at ``p`` holds a slot at ``p`` plus the modifier's length, so it starts at most the
    longest modifier's length before the leftmost slot, and is tried at those places only
    (where a modifier may start).  (Measured: 69 -> 57 us an article for the slots.)"""
    with_mod, bare = _grammar().slots
    reach, mod_first = _mod_reach()
    pos = 0
    while (q := bare.search(t, pos)) is not None:
        m = q  # (where no slot with a modifier starts before it or at it)
        for p in range(max(pos, q.start() - reach), q.start() + 1):
            if t[p] in mod_first and (moded := with_mod.match(t, p)) is not None:
                m = moded
                break
        yield m
        pos = m.end()


@cache
def _mod_reach() -> tuple[int, frozenset[str]]:
    """How far before a slot a modifier may start (two of them), and the modifiers' first characters."""
    mods = title_words().mods
    return 2 * max(map(len, mods)), frozenset(w[0] for w in mods)


def parse_title(title: str, post_start: int | None = None) -> TitleParse:
    """Split a title phrase into organization and post.

    ``大连市委副书记`` → (大连市委, 副书记); ``市长`` → (None, 市长);
    ``国家发改委区域协调发展司副司长`` → (国家发改委区域协调发展司, 副司长).
    """
    if post_start is None:
        post_start = 0
        g = _grammar()
        for i in range(len(title)):
            if g.head_end.fullmatch(title, i):
                post_start = i
                break
    org, post = title[:post_start], title[post_start:]
    if len(org) == 1 and org in _LEVEL_CHARS:  # 市领导, 省领导: the level belongs to the post
        org, post = "", title
    return TitleParse(title=title, org=org or None, post=post)


def _listed_before(t: str, b: int, seg: str) -> int:
    """After a list comma, a name and 和 before a place's title (宝音图、其木格|和|北京市领导马振国):
    the prefix starts after the 和 (the name is the list's last member); so too after a clause's start, where the
    name before the 和 is one the text wrote before (座谈会上，纳世昌|和|西宁市市长祁正邦: 银川市市长纳世昌 above)."""
    if b == 0:
        return 0
    k = seg.find("和")
    if t[b - 1] != "、":
        named_before = (
            t[b - 1] in "，,：:；;"
            and 2 <= k <= 3
            and seg[0] in lexicon().single_surnames
            and t.find(seg[:k], 0, b - 1) >= 0
        )
        if not named_before:
            return 0
    if not 2 <= k <= 5 or _grammar().org_end.search(seg, 0, k):
        return 0
    after = seg[k + 1 :]
    if any(_place_key(after[:n]) for n in (4, 3, 2) if len(after) >= n):
        return k + 1
    return 0


@cache
def _delegations() -> tuple[str, ...]:
    """Words for a delegation (rules/parties.tsv ``delegation``: 代表团, 考察团) and 团队, 一行."""
    return (*read_groups("parties.tsv").get("delegation", ()), "团队", "一行")


CONJ_NOUN = 4  # characters of the plain noun between an organization and a 及 inside its office's name
CONJ_NOUN_OFFICE = 8  # … where the words after the 及 end with an office's unit (林务局阿里山林业铁路|及文化资产管理处)


# people named by what they are, joined to the title after them (盐池县负责同志和|地区领导金学文, 负责人和|市领导)
_PEOPLE_JOINED = re.compile(r"(?:负责同志|负责人|同志|干部|群众|嘉宾|代表)(?:和|及|与|以及)")


def _strip_joiners(seg: str) -> str:
    """``seg`` without the joiners that open it (和|贵州省领导, 、|市长), but a joiner that opens a place's full name
    (同安区区长: 同安区, no 同)."""
    joiners = "".join(_LIST_JOINERS) + "同暨 "
    while seg[:1] and seg[0] in joiners and not (seg[0] != " " and _opens_unit(seg)):
        seg = seg[1:]
    return seg


def _holds_title(s: str) -> bool:
    """A title's head stands in ``s`` that is no part of an organization's word (副省长王五 holds one; 人大常委会环境
    does not: its 常委 opens 常委会)."""
    g = _grammar()
    return any(
        not any(g.org_end.search(s, 0, e) for e in range(m.end() + 1, min(len(s), m.end() + ORG_WORD_TAIL) + 1))
        for m in head_start_re().finditer(s)
    )


ORG_WORD_TAIL = 2  # characters after a head's start that may make it an organization's word (常委|会)


def _conj_inside(before: str, office: bool = False) -> bool:
    """The text before a 及/与 ends with an organization word and a short plain noun
    (``政府创新``|及科技局, ``委员会文化``|与旅游局; a longer one where the words after the 及 name an office,
    ``office``: 林务局阿里山林业铁路|及文化资产管理处): the conjunction is inside the name.
    Not after a person, a title or an organization (张三|及, 副省长王五|及, 省委|及省政府)."""
    g = _grammar()
    n = len(before)
    if n < 3 or g.org_end.search(before) or _holds_title(before):
        return False
    if before.endswith(_delegations()):
        return False  # 台北市代表团|与上海市副市长: a delegation, one side of the 与
    reach = CONJ_NOUN_OFFICE if office else CONJ_NOUN
    if not all(is_han(c) for c in before[-reach:]):
        return False
    return any(g.org_end.search(before, 0, k) for k in range(max(1, n - reach), n))


_BUREAU_END = re.compile(r"[局署处司厅]$")
# (or a school or institute named after two fields: 资源与环境学院, 信息与电气工程学院, 生态与环境研究中心)
_CONJ_UNIT_END = re.compile(r"(?:[局署处司厅]|学院|研究院|研究所|研究中心)$")
_DEPARTMENT_END = "部"  # (a Macau bureau's department after 及: 环境卫生及牌照部; not 今早与|商务部, a 与's side)


def _conj_bureau(before: str, after: str, conj: str = "及") -> bool:
    """政制及内地事务局|局长: a bureau named after two portfolios joined by 及/与, the first a
    short plain noun starting the clause (政制, 商务), the second ending with 局/署/处/司/厅 (or a school's or an
    institute's: 资源与环境学院|院长)."""
    g = _grammar()
    if not (2 <= len(before) <= 4 and all(is_han(c) for c in before)) or len(after) < 3:
        return False
    if g.org_end.search(before) or head_start_re().search(before) or lexicon().stop_re.search(before):
        return False
    if len(before) == 3 and before[0] in lexicon().single_surnames and not word_frequency(before):
        return False  # (龚建平|与贸促局主席郑家辉: a person's name, one side of the 与)
    if _place_key(before) and any(_place_key(after[:k]) for k in (2, 3) if len(after) > k):
        return False  # (在石家庄|与香港贸易发展局总裁: two places, the 与's sides; 康乐及文化事务署 is one bureau)
    return _CONJ_UNIT_END.search(after) is not None or (conj == "及" and after.endswith(_DEPARTMENT_END))


@cache
def _code_digit(t: str, i: int) -> bool:
    """``t[i]`` is a digit of a code written with Latin letters, inside a name (G60, 5G, C919)."""
    if not ("0" <= t[i] <= "9"):
        return False
    lo, hi = i, i + 1
    while lo > 0 and t[lo - 1].isascii() and t[lo - 1].isalnum():
        lo -= 1
    while hi < len(t) and t[hi].isascii() and t[hi].isalnum():
        hi += 1
    return any(c.isalpha() for c in t[lo:hi])


def _hard(ch: str) -> bool:
    """A clause boundary: punctuation of any width (，﹔；) or a symbol (▲, ■), a line break, 兼.  (Cached by
    character: the organization prefix of each title is walked back character by character.)"""
    if ch in _HARD:
        return True
    # (a caption's or a list's mark, a symbol: ▲县委书记, ■市长)
    return unicodedata.category(ch)[0] in "PS" and ch not in _SOFT_PUNCT


_PLACE_ETC_TAIL = 4  # characters of an office's name at least after a place's 等 (东北等|老工业基地振兴)
_OFFICE_UNITS = frozenset("办处室科")  # after a stop of two characters or more, its office (接待|办主任)


def _ends_with_place(text: str) -> bool:
    """``text`` ends with a place's name (东北, 赣南, 苏北: a gazetteer key or a zone's)."""
    from extract.extractors.regions import region_index

    keys = region_index().keys
    return any(text[-k:] in keys for k in (4, 3, 2) if len(text) >= k)


# how often jieba must have seen the word a one-character stop ends with the character before it for the stop to be
# inside that word (自由, 涉及: thousands; 管及, a stray entry of jieba's dictionary: 3)
STOP_WORD_MIN = 10


def _opens_unit(text: str) -> bool:
    """``text`` opens with a division's full name of the gazetteer (让胡路区): its first character is no stop."""
    from extract.extractors.regions import region_index

    keys = region_index().keys
    return any(len(text) >= k and text[k - 1] in _LEVEL_CHARS and text[:k] in keys for k in (5, 4, 3))


def _stop_before_unit(seg: str, s: int, e: int) -> int:
    """The end of the prefix stop ``seg[s:e]``: before a division's full name its last characters open, where what
    stands before that name is a stop itself (由于|都县 → 由|于都县)."""
    for k in range(s + 1, e):
        if _opens_unit(seg[k:]) and _grammar().prefix_stop.fullmatch(seg, s, k):
            return k
    return e


# a time written before a title's organization (去年11月, 2019年3月, 5日): the organization starts after it
_TIME_UNIT = r"(?:年|月|日|号)(?:[上中下]旬|初|底|末)?"
_DAY_IN_PREFIX = re.compile(rf"[〇零一二三四五六七八九十]{{1,4}}{_TIME_UNIT}")
_TIME_UNIT_AFTER_DIGITS = re.compile(_TIME_UNIT)


# a country's (or a body's) post stationed in a place, before the post: 越南驻南宁|总领事, 新加坡驻华|大使
# (or in two places, one mission: 葡萄牙驻澳门及香港|总领事)
_STATIONED_IN = re.compile(r"^[\u4e00-\u9fff]{2,6}驻[\u4e00-\u9fff]{1,4}(?:[及和、][\u4e00-\u9fff]{1,4})?$")
STATIONED_MAX = 16  # characters of such a prefix


# a minority's name with its parts set apart by a dot, and a joiner after it (阿不都热依木·吐尔洪和): no part of a title
_DOTTED_JOINED = re.compile(r"[\u4e00-\u9fff]{1,10}[·・][\u4e00-\u9fff]{1,10}[和与同及、]")


# a company's form in brackets inside its name, after a Chinese character (包钢（集团）公司, 中国石化（香港）有限公司)
_ORG_NOTE = re.compile(r"(?<=[\u4e00-\u9fff])[（(](?:集团|控股|股份|中国|香港|澳门|筹)[）)]$")
ORG_NOTE_CHARS = 6  # characters such a note takes at most


def _prefix_start(t: str, h: int, level: str = "", floor: int = 0, unit: str = "") -> int:
    """Start of the organization prefix of a title whose head starts at ``h``.

    The prefix reaches left to a clause boundary, a prefix stop, ``floor`` (the end of a
    name already read: 崔世安|和广东省省长) or a title+name pair joined by 和 (副主席洛桑江村和|
    拉萨市市长) or a verb such as 有 (出席的有|省政府…), a clause opener at its start is dropped
    (据|河南省发改委主任), and it must end with an organization word; else it may be
    * an organization's short name in brackets after the organization
      (…管理局（前海管理局）局长);
    * a place written without its level character, which the head carries (广东|省长,
      台北|市长): a division in the gazetteer, or a two- or three-character segment that is
      all the clause has before the head (…，南投|县长);
    * an organization and a short noun that the ``unit`` the head starts with completes
      (县府旅游|局长 is 县府旅游局's head, 省教育|厅长);
    * a short plain phrase that fills a whole slot of a 、 chain (党组成员、纪检|组长).
    """
    g = _grammar()
    b = h
    limit = max(0, floor, h - 2 * _MAX_PREFIX)
    if h - 1 > limit and t[h - 1] in "）)":
        paren = _bracketed_prefix(t, h, level, floor)
        if paren is not None:
            return paren
    while b > limit:
        if not _hard(t[b - 1]) or _code_digit(t, b - 1):
            b -= 1  # (a code's digits inside a name are no boundary: 长三角G60科创走廊|联席会议办公室)
        elif (note := _ORG_NOTE.search(t, max(limit, b - ORG_NOTE_CHARS), b)) and note.start() > limit:
            b = note.start()  # (包钢（集团）公司|副总经理: a company's form in brackets inside its name)
        else:
            break
    seg = t[b:h]
    # (a one-character stop that opens a place's name is none: 即墨市委副书记, not 即|墨市委副书记; nor
    # one that ends a word with the character before it: 省自由贸易港工作委员会; nor 等 after a place
    # inside an office's name: 省赣南等原中央苏区振兴发展工作办公室, 东北等老工业基地振兴司)
    stops = [
        (s, e) for s, e in (m.span() for m in g.prefix_stop.finditer(seg))
        if not (e - s == 1 and seg[e + 1 : e + 2] in _LEVEL_CHARS and word_frequency(seg[s : e + 1]))
        and not (e - s == 1 and _opens_unit(seg[s:]))  # (让|胡路区委书记: 让胡路区)
        and not (e - s == 1 and s > 0 and word_frequency(seg[s - 1 : e]) >= STOP_WORD_MIN)
        and not (seg[s:e] == "等" and _ends_with_place(seg[:s]) and h - (b + e) >= _PLACE_ETC_TAIL)
        and not (e - s > 1 and seg[e : e + 1] in _OFFICE_UNITS)
    ]  # fmt: skip
    # (a stop whose end opens a place's name ends before it, where what stands before is a stop too: 会议由|于都县卫生局
    # 局长, not 由于|都县…)
    stops = [(s, _stop_before_unit(seg, s, e)) for s, e in stops]
    last = stops[-1][1] if stops else 0
    if stops and seg[stops[-1][0] : last] in _CONJ_STOPS:
        prev = stops[-2][1] if len(stops) > 1 else 0
        # (the portfolio before the 及 opens the clause or follows a stop: 会见了|政制及内地事务局; or the
        # name read before and its joiner: 局长麦振华和|商务及经济发展局)
        before = seg[prev : stops[-1][0]]
        if prev == 0 and b == floor:
            before = before.lstrip("".join(_LIST_JOINERS) + "同暨")
        # (not before a place's own organization: 县府一级主管及|嘉义县议会议长, two bodies joined)
        office = _BUREAU_END.search(seg) is not None
        conj = seg[stops[-1][0] : last]
        if (_conj_inside(before, office) or _conj_bureau(before, seg[last:], conj)) and not _opens_unit(seg[last:]):
            last = prev  # 香港特别行政区政府创新及科技局局长, 会见了政制及内地事务局局长: 及 inside the name
    last = max(last, _verb_stop(t, b, h), _listed_before(t, b, seg))
    seg = seg[last:]
    dated = [m.end() for m in _DAY_IN_PREFIX.finditer(seg)]
    if dated:
        seg = seg[dated[-1] :]  # 去年十一月|经济财政司司长: a day or a month before the title ends the clause's opening
    elif b > 0 and t[b - 1].isdigit() and (unit_of_time := _TIME_UNIT_AFTER_DIGITS.match(seg)):
        seg = seg[unit_of_time.end() :]  # 去年11|月|经济财政司司长: the digits stopped the walk, their 月 goes too
    if b == floor and (not stops or last == 0):
        seg = _strip_joiners(seg)  # 蓝天立|和|贵州省领导
    elif b > 0 and t[b - 1] in "）)" and seg[:1] in ("和", "与", "及", "同") and not _opens_unit(seg):
        seg = seg[1:]  # 普绍华（彝族）|和|昆明市人民政府副市长: the joiner after a name's note
    seg = seg[_name_joined(seg) :]
    seg = seg[_pair_joined(seg) :]
    if dotted := list(_DOTTED_JOINED.finditer(seg)):
        seg = seg[dotted[-1].end() :]  # 阿不都热依木·吐尔洪和|第十四师四十七团政委
    if (people_before := list(_PEOPLE_JOINED.finditer(seg))) and people_before[-1].end() < len(seg):
        seg = seg[people_before[-1].end() :]  # 盐池县负责同志和|地区领导: people joined before the title
    # (“据|漳州市台港澳办主任: a quotation opening with the clause opener, its quote a boundary)
    quoted = seg[:1] in _QUOTES_OPEN and _grammar().opener.match(seg, 1) is not None
    seg = seg[1:] if quoted else seg
    opener = _grammar().opener.match(seg)
    if opener and (quoted or last > 0 or b == 0 or _hard(t[b - 1]) or b == floor):
        seg = seg[opener.end() :]  # 据|河南省发改委主任, 受|省委书记
    elif seg[:1] == "以" and _LED_BY.search(t, h, h + LED_BY_WINDOW):
        seg = seg[1:]  # 以|上海市委副书记、市长X为团长的…代表团: the 以 of 以…为团长
    if len(seg) >= 2 and seg[0] in "我本" and seg[1] in _HOME_LEVELS:
        seg = seg[2:]  # 我县|县委书记X, 本市|市长X: the page's home said, no part of the title

    # an opening quote without its closing one belongs to the sentence, not the name
    while seg and seg[0] in _QUOTES_OPEN and not any(c in seg for c in _QUOTES_CLOSE):
        seg = seg[1:]
    while seg and seg[0] in _QUOTES_CLOSE:
        seg = seg[1:]
    if seg and len(seg) <= _MAX_PREFIX and g.org_end.search(seg):
        return h - len(seg)
    if seg and _STATIONED_IN.search(seg) and len(seg) <= STATIONED_MAX:
        return h - len(seg)  # 越南驻南宁|总领事, 日本驻沪|总领事: a country's post stationed in a place
    if level and seg:
        place = _place_stem(seg, level)
        if place:
            # (the division it lies in, written before it: 桃园县|新屋|乡长, 花莲县|秀林|乡长)
            return h - len(seg) if _place_key(seg[:-place]) else h - place
        # (a Japanese city after its country's prefecture: 日本群马县|高崎|市长, 日本北海道|旭川|市长)
        prefecture = _JAPANESE_PREFECTURE.match(seg)
        if prefecture and _place_stem(seg[prefecture.end() :], level) == len(seg) - prefecture.end():
            return h - len(seg)
    if unit and _unit_noun(seg, unit):
        return h - len(seg)
    if unit == "校" and short_university_name(seg):
        return h - len(seg)  # 港大|副校长, 成大|校长: a university's short name before its head
    if _portfolio_head(t, h) and (_org_then_noun(seg) or (not stops and _plain_portfolio(t, b, seg))):
        # 香港特区政府旅游事务|专员: the post's portfolio between its organization and it; 　　旅游事务|专员郑敏仪
        # opening its clause: the portfolio alone
        return h - len(seg)
    if unit and not stops and _slot_opens(t, b) and _listed_portfolio(seg, unit):
        return h - len(seg)  # 、观光旅游|局长, 、工商旅游|处长: a portfolio of the organization the list names
    if 2 <= len(seg) <= 4 and _place_key(seg):
        return h - len(seg)  # 沙田|民政事务专员: a place written short, all the clause has
    if 4 <= len(seg) <= 8 and any(_place_key(seg[:k]) and _place_key(seg[k:]) for k in range(2, len(seg) - 1)):
        return h - len(seg)  # 香港黄大仙|民政事务专员: a place and the place inside it it serves, written short
    if len(seg) <= _MAX_PREFIX and any(  # 民政事务总署|荃湾|民政事务专员: an organization, the place its post serves
        len(seg) - k >= 2 and _place_key(seg[-k:]) and g.org_end.search(seg[:-k]) for k in (2, 3, 4)
    ):
        return h - len(seg)
    start = h - len(seg)
    if seg and len(seg) <= 4 and all(is_han(c) for c in seg) and start > 0 and t[start - 1] in _CHAIN_JOINERS:
        prev = start - 1
        while prev > 0 and t[prev - 1] in ",，":
            prev -= 1
        if (
            g.head_end.search(t, max(0, prev - 8), prev)
            and not lexicon().stop_re.search(seg)
            and not head_start_re().search(seg)
        ):
            return start  # 党组成员、纪检|组长, 区委常委、宣传|部长: a slot of a chain of titles
    return h


@cache
def _prefix_verbs() -> frozenset[str]:
    return frozenset(read_lines("title_prefix_verbs.txt"))


@cache
def _org_name_words() -> frozenset[str]:
    return frozenset(read_lines("org_name_words.txt"))


def _word_at(t: str, i: int) -> bool:
    """Whether the prefix verb at ``t[i]`` opens a word with what follows it: jieba's (对外, 有限) or
    one of org_name_words.txt's (对台: 市对台工作领导小组)."""
    if word_frequency(t[i : i + 2]) or word_frequency(t[i : i + 3]):  # (以色列)
        return True
    return any(t.startswith(w, i) for w in _org_name_words())


def _verb_stop(t: str, b: int, h: int) -> int:
    """出席会议的有|省政府副秘书长, 嘉宾有|…, 图为|靖西县妇联主席: where the last prefix verb of
    ``t[b:h]`` that makes no word with the character before or after it (有限公司, 有线电视台,
    国有资产, 华为) ends the clause material, relative to ``b`` (0 when there is none)."""
    verbs = _prefix_verbs()
    for i in range(h - 1, b - 1, -1):
        if (
            t[i] in verbs
            and not _word_at(t, i)
            and (i == 0 or not word_frequency(t[i - 1 : i + 1]))
        ):
            return i + 1 - b
    return 0


def _name_joined(seg: str) -> int:
    """唐一军和|辽宁省委: a segment opening with a name and 和/同 (or 代表) goes on with the next title;
    where that title starts (0 when the segment does not open so).  Only a name with a
    strong surname that does not start with an ordinary word is taken (文化和旅游厅: 文 is
    a weak surname; 林业和草原局, 卫生和计划生育委员会: 林业, 卫生 are words)."""
    for length in (4, 3, 2):
        # (or 代表, the name speaking for the next title's holder: 邓家麟代表|香港特区政府政务司司长林振邦)
        joiner = 1 if seg[length : length + 1] in ("和", "同") else 2 if seg[length : length + 2] == "代表" else 0
        if joiner and len(seg) > length + joiner:
            for sur_len, n in candidate_lengths(seg, 0):
                if n == length and plausible_name(seg, 0, sur_len, n) and not is_weak(seg[:n]):
                    if not _common_word(seg[:2]):
                        return length + joiner
    return 0


_PAIR_JOINERS = "和同"
_NEXT_PAIR_JOINERS = "与和同及"  # what joins two title+name pairs (局长关若琳与厅长胡志远)


NEXT_PAIR_REACH = 20  # characters after the joiner in which the next pair's title head may start (its organization)


def _before_next_pair(t: str, at: int) -> bool:
    """A joiner at ``at`` and, before the next clause boundary (``_hard``), a title+name slot after it
    (with the title's organization between: 与|江西省商务厅|厅长胡志远)."""
    return t[at : at + 1] in _NEXT_PAIR_JOINERS and _pair_ahead(t, at + 1)


def _before_named_again(t: str, pos: int, at: int) -> bool:
    """A reading ``t[pos:at]`` whose given name is no ordinary word, then a joiner and three characters the
    article writes again (基隆市长江秉伦与陶文彬共同签署, 陶文彬 named with his title before: a person's name)."""
    other = t[at + 1 : at + 4]
    return (
        t[at : at + 1] in _NEXT_PAIR_JOINERS
        and len(other) == 3
        and all(map(is_han, other))
        and not _common_word(t[pos + 1 : at])
        # (a second place of it: found as the mentions are, through the pair index in a long text)
        and next(itertools.islice(_Mentions.of(t)._places(other), 1, None), None) is not None
    )


def _pair_ahead(t: str, start: int, also_stop: str = "") -> bool:
    """A title+name slot from ``start`` up to the next clause boundary (``_hard``, or one of
    ``also_stop``), within ``NEXT_PAIR_REACH`` characters."""
    limit = min(len(t), start + NEXT_PAIR_REACH)
    # (a chain of the next holder's titles goes on over 、: 与|麻栗坡县委副书记、县长陶永福)
    end = next((k for k in range(start, limit) if (_hard(t[k]) and t[k] != "、") or t[k] in also_stop), limit)
    return any(p.search(t, start, end) for p in _grammar().slots)


def _pair_joined(seg: str) -> int:
    """副主席洛桑江村和|拉萨市市长, 李强总理和|上海市市长: a title and a name (or a name opening the
    segment and its title) and 和/同 inside the segment end one title+name pair; the next title
    starts after the 和 (0 when the segment holds no such pair).
    The name is read by its shape alone (a surname and one or two characters, or three to five
    minority-name characters), since it need not be a reading that stands on its own
    (黄海燕: 黄海 is a word)."""
    g = _grammar()
    cut = 0
    for i in range(3, len(seg) - 1):
        if seg[i] not in _PAIR_JOINERS:
            continue
        for n in range(2, _MINORITY_MAX + 1):
            p = i - n
            if p < 1:
                break
            if _name_shaped(seg, p, n) and g.head_end.search(seg, 0, p):
                cut = i + 1
                break
        head = g.head_end.search(seg, 0, i)
        if head is not None and any(_name_shaped(seg, 0, n) for n in range(2, 5) if n == head.start()):
            cut = i + 1  # 李强总理和|上海市市长: a name and the title written after it open the segment
    return cut


def _name_shaped(t: str, p: int, n: int) -> bool:
    """``t[p:p+n]`` has the shape of a name: a surname and one or two characters (two or three
    after a compound one), or three to five minority-name characters; no title head or verb
    inside, and a Han reading is no organization or place (张家村; 洛桑江村 is a name)."""
    name = t[p : p + n]
    if not all(is_han(c) for c in name):
        return False
    if any(ln == n for _, ln in candidate_lengths(t, p)):
        if _grammar().org_end.search(name):
            return False  # 张家村: a place
    elif not (3 <= n <= _MINORITY_MAX and all(c in minority_name_chars() for c in name)):
        return False
    if head_start_re().search(name):
        return False
    return not any(_verb_inside(t, i, p + n) for i in range(p, p + n))


def _pair_next(t: str, pos: int) -> str | None:
    """The name at ``pos`` when it is joined by 和/同/与/及 to a title with its organization and a
    name (副主席洛桑江村|和|拉萨市市长王建国): a minority name, or a Han name whose surname and
    first given character make a word (黄海燕: 黄海)."""
    lex = lexicon()
    for n in (3, 2, 4, 5):
        end = pos + n
        if end >= len(t) or t[end] not in "和同与及" or not _name_shaped(t, pos, n):
            continue
        name = t[pos:end]
        if any(ln == n for _, ln in candidate_lengths(t, pos)):
            if is_weak(name) or name in lex.non_names or name[1:] in lex.non_names or is_place_name(name):
                continue
            if lex.stop_class.get(name[-1]) == SCORE_FINAL or (n == 3 and _common_word(name[1:])):
                continue
        if _titled_pair_after(t, end):
            return name
    return None


def _titled_pair_after(t: str, end: int, bare: bool = False) -> bool:
    """和/同/与/及 at ``end`` joins a title with its organization right after it (…|和|拉萨市市长王建国); with
    ``bare``, a title without one too (次仁顿珠|与|副省长孟丽娜)."""
    if end >= len(t) or t[end] not in "和同与及":
        return False
    nxt = t[end + 1 : end + 1 + 2 * _MAX_PREFIX]
    for m in first_matches(_grammar().slots, nxt):
        title = _title_at(nxt, m.start(), m.end("head"))
        if title is not None and title[0] > 0:
            # (a stacked title's last one: 和|白银市委副书记、市长刘立新 — the titles before it joined by 、)
            pre = nxt[: title[0]]
            return pre.endswith("、") and len(pre) <= STACKED_TITLES_MAX and not _CLAUSE_MARKS.search(pre)
        return title is not None and title[0] == 0 and (bare or 0 < title[2])
    return False


STACKED_TITLES_MAX = 14  # characters of the titles written before the last one of a stacked title
_CLAUSE_MARKS = re.compile(r"[，,。；;：:！？]")


def _bracketed_prefix(t: str, h: int, level: str, floor: int) -> int | None:
    """管理局（前海管理局）|局长: a short name in brackets between the organization and the head."""
    g = _grammar()
    o = max(t.rfind("（", 0, h - 1), t.rfind("(", 0, h - 1))
    if o < 0 or h - 1 - o > 16 or o <= floor:
        return None
    inner = t[o + 1 : h - 1]
    if not inner or not all(is_han(c) for c in inner):
        return None
    start = _prefix_start(t, o, level, floor)
    return start if start < o and g.org_end.search(t, start, o) else None


UNIT_NOUN_MAX = 6  # characters of the plain noun an office's name has before its unit (国际文化观光|局)
IN_WORDS_CACHE = 8192  # nouns whose segmentation is kept (bounded: an archive's nouns are many)


@lru_cache(maxsize=IN_WORDS_CACHE)
def _in_words(noun: str) -> bool:
    """``noun`` is a word of the dictionary (or of rules/org_name_words.txt: 原住民族) or a run of such
    words of two to four characters each."""
    if word_frequency(noun) or noun in _org_name_words():
        return True
    return any(
        (word_frequency(noun[:k]) or noun[:k] in _org_name_words()) and _in_words(noun[k:])
        for k in (2, 3, 4)
        if len(noun) - k >= 2
    )


_LIST_SLOT_OPENERS = frozenset("、。\n")  # (not a comma: ，当时|局长; a sentence's start: 。观光旅游|局长)
_INDENT_CHARS = " \t\u3000"


def _slot_opens(t: str, b: int) -> bool:
    """A list's slot or a sentence opens at ``b``: the text's start, after a list's mark, a sentence's end or a line
    end, or after a paragraph's indent (　　观光新闻|处长)."""
    if b == 0 or t[b - 1] in _LIST_SLOT_OPENERS:
        return True
    if t[b - 1] not in _INDENT_CHARS:
        return False
    before = t[:b].rstrip(_INDENT_CHARS)
    return not before or before[-1] in _LIST_SLOT_OPENERS


def _listed_portfolio(seg: str, unit: str) -> bool:
    """``seg``, a whole slot of a list, is a plain noun (words of the dictionary, 2-6 characters) that
    ``unit`` makes into an office (观光旅游+局, 工商旅游+处): the list's organization holds it."""
    if not 2 <= len(seg) <= UNIT_NOUN_MAX:
        return False
    whole = _grammar().org_end.search(seg + unit)
    return whole is not None and whole.group() == unit and _portfolio_noun(seg)


@cache
def _portfolio_heads() -> tuple[str, ...]:
    return tuple(sorted(read_lines("portfolio_heads.txt"), key=len, reverse=True))


def _portfolio_head(t: str, h: int) -> bool:
    """A post that names its portfolio before it starts at ``h`` (rules/portfolio_heads.txt: 专员, 首席代表)."""
    return any(t.startswith(p, h) for p in _portfolio_heads())


def _portfolio_noun(noun: str) -> bool:
    """A plain noun of dictionary words (旅游事务, 外事|侨务, 国际|文化|观光): Han characters, no determiner first, no
    stop and no title head inside (not 社|科院原: 原 is no noun)."""
    return (
        all(is_han(c) for c in noun)
        and noun[:1] not in _DETERMINERS
        and _in_words(noun)
        and not lexicon().stop_re.search(noun)
        and not head_start_re().search(noun)
    )


def _plain_portfolio(t: str, b: int, seg: str) -> bool:
    """``seg`` opens its clause (after a hard boundary or the text's start) and is a short plain noun of dictionary
    words (旅游事务, 民政事务): a post's portfolio written without its organization."""
    return 2 <= len(seg) <= PORTFOLIO_MAX and (b == 0 or _hard(t[b - 1])) and _portfolio_noun(seg)


PORTFOLIO_MAX = 6  # characters of a portfolio written alone before its post (食物安全, 旅游事务)


def _org_then_noun(seg: str) -> bool:
    """``seg`` is an organization and a short plain noun after it (香港特区政府|旅游事务, 立法会|工商界): words of the
    dictionary, no stop, no title head."""
    g = _grammar()
    return any(
        len(seg) > k and g.org_end.search(seg[:-k]) and _portfolio_noun(seg[-k:]) for k in range(2, UNIT_NOUN_MAX + 1)
    )


def _unit_noun(seg: str, unit: str) -> bool:
    """``seg`` is an organization and a short plain noun (2-4 characters) that ``unit``, the
    first character of the head, makes into an organization: 县府+旅游+局(长), 市+公安+局(长),
    台中市政府+文化+局(长); or a noun that makes an organization's name of the dictionary
    with it: 立法+院(长), 外交+部(长)."""
    g = _grammar()
    whole = g.org_end.search(seg + unit)
    if whole is None or whole.group() != unit:
        return False  # 办事处|长丰村: the unit ends a word of its own, whose 长 is no head's
    if 2 <= len(seg) <= 4 and seg[0] not in _DETERMINERS and word_frequency(seg) and word_frequency(seg + unit):
        return True  # 立法|院长, 外交|部长: the organization's name is a word of its own (not 当时|局长)
    # a word of the dictionary, or words (外事|侨务, 国际|文化|观光, 原住民|行政): not 社|科院原 (社科院原院长: 原 is
    # no noun)
    if _org_then_noun(seg):
        return True
    # two portfolios joined (屏东县政府+传播暨国际事务+处(长), 文化暨观光+处): each a plain noun
    for j, c in enumerate(seg):
        if c not in "暨及与" or not 2 <= len(seg) - j - 1 <= 4:
            continue
        first, second = seg[:j], seg[j + 1 :]
        for k in (2, 3, 4):
            noun, rest = first[-k:], first[:-k]
            if len(noun) == k and rest and g.org_end.search(rest) and _plain_noun(noun) and _plain_noun(second):
                return True
    return False


def _plain_noun(w: str) -> bool:
    """A word of the dictionary, or two (国际|事务), that is no verb of the name stops nor a title head."""
    if not all(is_han(c) for c in w) or w[0] in _DETERMINERS:
        return False
    known = word_frequency(w) or (len(w) == 4 and word_frequency(w[:2]) and word_frequency(w[2:]))
    return bool(known) and not lexicon().stop_re.search(w) and not head_start_re().search(w)


_ACROSS_MAX = 8  # the longest place's name a look across a head's end tries


def _place_across(t: str, head_end: int, name_end: int) -> bool:
    """A place's name of the gazetteer (a zone's or a division's full name, three characters or more)
    opens with the head's last character and holds all of the name read after it (同处长|江中游: 长江中游),
    the name is that place's tail: no title, no name."""
    from extract.extractors.regions import region_index  # lazily: the gazetteer is built once per process
    from extract.extractors.regions.gazetteer import localities

    keys = region_index().keys
    places, _ = localities()  # (or a Hong Kong or Macau locality: 深水埗区|长沙湾 — no 区长 沙湾)
    start = head_end - 1
    for n in range(_ACROSS_MAX, max(2, name_end - start) - 1, -1):
        entries = keys.get(t[start : start + n], ())
        if any(e.kind == "zone" or (e.kind == "unit" and e.full) for e in entries) or t[start : start + n] in places:
            return True
    return False


def _place_key(word: str) -> bool:
    """``word`` names a division in the gazetteer (沙田, 林芝, 广东)."""
    from extract.extractors.regions import region_index  # lazily: the gazetteer is built once per process

    return any(e.kind == "unit" for e in region_index().keys.get(word, ()))


def _domestic(org: str) -> bool:
    """``org`` is an organization of China, whose people written with · are minority officials, not
    foreigners: a word of _DOMESTIC (自治区, 党委, 行署…), or a name opening with a division of the
    gazetteer — its full name (四川省|人民政府) or its short form before a level (伊犁|州卫生健康委)."""
    if _DOMESTIC.search(org):
        return True
    from extract.extractors.regions import region_index  # lazily: the gazetteer is built once per process

    keys = region_index().keys
    for k in (6, 5, 4, 3, 2):
        entries = keys.get(org[:k], ())
        units = [e for e in entries if e.kind == "unit"]
        if units and (any(e.full for e in units) or org[k : k + 1] in _LEVEL_CHARS):
            return True
    return False


def _abroad(org: str) -> bool:
    """``org`` opens with a foreign country's name (rules/foreign_countries.txt: 泰国清迈府, 俄罗斯阿穆尔州政府,
    墨西哥驻华大使馆), or with a unit the article names after its country (哈桑区 after 俄罗斯哈桑区): its people
    are written with · (颂萨·乍仑猜, 伊戈尔·萨韦利耶夫)."""
    from extract.extractors.regions.resolve import foreign_country_re  # lazily: the rules are read once

    if foreign_country_re().match(org) is not None or _foreign_unit(org):
        return True
    return any(org.startswith(unit) for unit in _UNITS_ABROAD.get())


# the units abroad an article names after their country (俄罗斯|哈桑区, 加拿大|卑诗省, 日本|山形县): later written
# alone (哈桑区区长谢尔盖·沃罗宁), they are still abroad; set by extract_officials for the text it reads
_UNITS_ABROAD: ContextVar[frozenset[str]] = ContextVar("units_abroad", default=frozenset())
_UNIT_ABROAD = re.compile(r"[^\W\d_与和及同驻、]{2,8}?(?:大区|州|省|县|市|区|府|郡|道|邦)")


def units_abroad(text: str) -> frozenset[str]:
    """The units ``text`` writes right after a foreign country's name that the gazetteer does not know (哈桑区 of
    俄罗斯哈桑区, 卑诗省 of 加拿大卑诗省; not 苏州 of 新加坡苏州工业园区)."""
    from extract.extractors.regions.resolve import foreign_country_re

    out = set()
    for country in foreign_country_re().finditer(text):
        unit = _UNIT_ABROAD.match(text, country.end())
        if unit and not (_place_key(unit.group()) or _place_key(unit.group()[:-1]) or _place_key(unit.group()[:2])):
            out.add(unit.group())
    return frozenset(out)


# a unit abroad as Chinese news writes it: a transliterated name and the unit's word (米纳斯吉拉斯州, 瓦尔帕莱索大区)
_FOREIGN_UNIT = re.compile(r"(?P<stem>[\u4e00-\u9fff]{3,10}?)(?:大区|州|省|郡|府|邦)")


def _foreign_unit(org: str) -> bool:
    """``org`` opens with a unit abroad named without its country (科尔多瓦省, 米纳斯吉拉斯州政府): a name of three
    characters or more, three in four of them the transliterations' (rules/transliteration_chars.txt), and a unit's
    word, which the gazetteer does not know with or without that word (not 乌鲁木齐, 克孜勒苏柯尔克孜自治州)."""
    m = _FOREIGN_UNIT.match(org)
    if m is None:
        return False
    stem, chars = m.group("stem"), transliteration_chars()
    if sum(c in chars for c in stem) < 0.75 * len(stem):
        return False
    return not (_place_key(stem) or _place_key(m.group(0)) or _place_key(stem[:2]))


def _own_township(chain: list[tuple[int, str, int]]) -> bool:
    """A title of the chain is a Taiwan township's own head (乌来|区长, 大同|乡长): its people are Taiwan's
    (an indigenous name written with ·: 乌来区长比黛·诺干), no foreigners."""
    return any(0 < post and title[post:post + 1] in "乡镇市区" and _township(title[:post] + title[post])
               for _, title, post in chain)


def _township(word: str) -> bool:
    """``word`` is a Taiwan township (rules/taiwan_townships.tsv: 新屋乡, 仁爱乡, 贡寮区)."""
    from extract.extractors.regions.gazetteer import townships

    return word in townships()


def _known_place_stem(seg: str, level: str) -> int:
    """Length of the place of the gazetteer or of Taiwan's townships at the end of ``seg`` that ``level`` completes
    (太原+市, 丰原+市), or 0."""
    for k in (4, 3, 2):
        stem = seg[-k:]
        if len(stem) == k and all(is_han(c) for c in stem) and (_place_key(stem + level) or _township(stem + level)):
            return k
    return 0


def _place_stem(seg: str, level: str) -> int:
    """Length of the place at the end of ``seg`` that the level character ``level`` of the
    head completes (广东+省长, 嘉义+市长, a Taiwan township: 新屋+乡长), or 0."""
    if k := _known_place_stem(seg, level):
        return k
    if 2 <= len(seg) <= 3 and all(is_han(c) and c not in _DETERMINERS for c in seg):
        lex = lexicon()
        if seg not in lex.non_names and not lex.stop_re.search(seg) and not head_start_re().search(seg):
            if not _common_word(seg, _PLAIN_WORD_FREQ):
                return len(seg)  # a place the gazetteer does not know (南投|县长, 苗栗|县长; not 当时|市长)
    return 0


@dataclass
class _Person:
    name: str
    titles: list[tuple[str, int]] = field(default_factory=list)  # title, post start in title
    spans: set[tuple[int, int]] = field(default_factory=set)
    why: str = ""

    def add_title(self, title: str, post_start: int) -> None:
        if all(t != title for t, _ in self.titles):
            self.titles.append((title, post_start))


def _merge_dotted_parts(people: dict[str, _Person]) -> None:
    """Each person whose name is one part (two characters or more) of the dotted name of exactly one other
    (德贝莱 of 特费拉·吉尔玛·德贝莱, 普列托 of 埃斯特万·普列托·索萨), or the end of a foreign name run together
    (帕索斯 of 若泽阿尔梅达帕索斯: ``ABROAD_NAME``'s longest and more, of transliterations' characters only), is that
    person, named short: their mentions go to the whole name, with each title none of the whole name's titles
    ends with."""
    parts: dict[str, list[_Person]] = {}
    chars = transliteration_chars()
    for pp in people.values():
        if _DOT_MARKS.search(pp.name):
            for part in set(_DOT_MARKS.split(pp.name)):
                if len(part) >= 2:
                    parts.setdefault(part, []).append(pp)
        elif len(pp.name) > ABROAD_NAME[1] and all(c in chars for c in pp.name):
            for k in range(2, len(pp.name) - 1):
                parts.setdefault(pp.name[-k:], []).append(pp)
    for name in [n for n in people if n in parts and not _DOT_MARKS.search(n)]:
        if len(parts[name]) != 1 or parts[name][0].name == name:
            continue
        short, whole = people.pop(name), parts[name][0]
        whole.spans |= short.spans
        for title, post in short.titles:
            if not any(t.endswith(title) for t, _ in whole.titles):
                whole.add_title(title, post)


def _confirmed(t: str, name: str, pos: int) -> bool:
    """``name`` occurs elsewhere in ``t`` followed by a strong boundary."""
    return any(i != pos for i in _Mentions.of(t).strong(name))


INDEX_FROM = 200_000  # characters from which the mentions of names are found through a pair index (measured:
# str.find per name is faster below, 1.9 against 2.1 µs a character for the whole pipeline at 36 k and 142 k)


class _Mentions:
    """Where the names asked about occur in one text followed by a strong boundary (the first
    two such places: enough to tell whether one is elsewhere than a given position).  Found
    through an index of the text's character pairs, built once a text, so that the cost is
    the number of mentions, not the length of the text for each name asked about."""

    _last: _Mentions | None = None

    def __init__(self, t: str) -> None:
        self.t = t
        self.pairs: dict[str, list[int]] | None = None
        self.found: dict[str, list[int]] = {}

    @classmethod
    def of(cls, t: str) -> _Mentions:
        last = cls._last
        if last is None or last.t is not t:
            last = cls._last = cls(t)
        return last

    def strong(self, name: str) -> list[int]:
        got = self.found.get(name)
        if got is None:
            got = []
            for i in self._places(name):
                if after_score(self.t, i + len(name)) >= SCORE_STRONG:
                    got.append(i)
                    if len(got) == 2:
                        break
            self.found[name] = got
        return got

    def _places(self, name: str) -> Iterator[int]:
        """Where ``name`` occurs: by ``str.find`` in an article-sized text (fast), through the
        pair index in a long one (linear however many names are asked about)."""
        if len(self.t) <= INDEX_FROM:
            i = self.t.find(name)
            while i >= 0:
                yield i
                i = self.t.find(name, i + 1)
            return
        if self.pairs is None:
            self.pairs = {}
            for i in range(len(self.t) - 1):
                self.pairs.setdefault(self.t[i : i + 2], []).append(i)
        yield from (i for i in self.pairs.get(name[:2], []) if self.t.startswith(name, i))


def _glued_ok(t: str, end: int, length: int, score: int) -> bool:
    """A name after an unanchored title: 3 characters and a strong boundary, or a verb after it."""
    if score < SCORE_STRONG:
        return False
    return length >= 3 or (end < len(t) and is_han(t[end]))


def _best_reading(
    t: str, pos: int, min_score: int = SCORE_WEAK, anchored: bool = True, weak_ok: bool = True
) -> str | None:
    """The best name reading starting at ``pos``, or None.

    A reading is scored by what follows it (:func:`after_score`) plus a bonus when the
    same string is confirmed by another mention; a reading followed by nothing known is
    kept only when confirmed.  When the title in front of it is not ``anchored`` (has no
    organization and does not start a clause: 江泽民主席相识, 办事处长丰村) a reading needs
    a confirmation, or three characters and a strong boundary; a reading with a weak
    surname needs an anchored title and a strong boundary, or a confirmation (when ``weak_ok``
    is false, only a confirmation or three characters before punctuation, whose given name is no
    word: 基隆市长江宗翰、, not 南京市长江大桥，).
    """
    # (a reading's confirmation, a walk over the article, is looked for only where it decides:
    # whether the reading stands, or which of several standing readings is best)
    standing: list[tuple[int, int, str, bool | None]] = []  # score, length, name, confirmed
    married = _married_shape(t, pos)
    readings = [*candidate_lengths(t, pos), *([(2, 4)] if married else [])]
    if _japanese_shape(t, pos):
        readings += [r for r in ((2, 3), (2, 4)) if r not in readings]
    for sur_len, length in readings:
        if not plausible_name(t, pos, sur_len, length) and not (
            anchored and _word_started(t, pos, sur_len, length)
        ):
            continue
        name = t[pos : pos + length]
        if length > 2 and name[-1] in _PAIR_JOINERS and any(p.match(t, pos + length) for p in _grammar().slots):
            continue  # 市委书记张军|和|市长李伟: the 和 joins two title+name pairs
        score = after_score(t, pos + length)
        end = pos + length
        if score < SCORE_STRONG and _before_next_pair(t, end):
            score = SCORE_STRONG  # 局主席关若琳|与|江西省商务厅厅长胡志远: a joiner before the next title+name pair
        elif score < SCORE_STRONG and length == 3 and _before_named_again(t, pos, end):
            score = SCORE_STRONG  # 基隆市长江秉伦|与|陶文彬共同签署: a joiner before a name the article writes again
        if score < min_score and anchored and length == 3 and _word_opens(t, end):
            score = min_score  # 副市长王志宏|结合郑州实际发言, 市委副书记徐建国|前天专程…: a word begins after it
        if score < min_score and not (length >= 3 and (anchored or not is_weak(name))):
            continue  # (a confirmation would not save it: the mentions are not looked for)
        if length == 2 and _visit_to_letter(name):
            continue  # 负责人来桂，: 来 (a surname's too) and a place's letter, the visit — no name, however often
        weak = is_weak(name)
        conf = _confirmed(t, name, pos) if score < min_score or weak or not anchored else None
        if score < min_score and not conf:
            continue  # 江泽民圆满结束: unknown continuation, accepted only when confirmed
        if weak and not conf:
            if score < SCORE_STRONG or not anchored:
                continue
            if name[0] in lexicon().confirmed_surnames:
                if not _confirmed_surname_once(t, pos, length):
                    continue  # 市领导和专家: 和 only where the name recurs (和光明…和光明表示), or as one item
            elif not (weak_ok or _punct_bound(t, pos, length)):
                continue
        if not anchored and not conf and not _glued_ok(t, pos + length, length, score):
            continue  # 办事处长丰村, 江泽民主席相识: a head glued to a word needs more evidence
        standing.append((score, length, name, conf))
    if married and any(length < 4 for _, length, _, _ in standing):
        standing = [r for r in standing if r[1] < 4 or r[2][:2] in lexicon().compound_set]  # (the usual reading wins)
    if len(standing) < 2:
        return standing[0][2] if standing else None
    best: tuple[int, int, int, str] | None = None
    for score, length, name, conf in standing:
        if conf is None:
            conf = _confirmed(t, name, pos)
        # (李强作报告: 李强 before the verb 作报告 beats 李强作 before 报告 — a reading whose last
        # character opens a verb of the stops that runs past it swallows the verb's start; unconfirmed,
        # it loses to the reading before the verb even where what follows it is a stronger stop:
        # 谢文作了 — 了 ends no given name, 作了 is the verb)
        # (王强等在会上发言: 王强|等 beats 王强等|在 — a last character that never ends a given name, 等, is
        # swallowed as a verb's start is)
        # (but 张顺发表示: 发表 opens at its last character, yet 表示 follows the three whole — the verb is 表示)
        # (not a clan name's given name of a minority's name characters: 沙马拉则 — 则 ends many Yi names)
        clan = length == 4 and name[:2] in lexicon().clan_surnames and set(name[2:]) <= minority_name_chars()
        swallows = length > 2 and (
            (_opens_verb(t, pos + length - 1) and not _verb_past(t, pos + length - 1, pos + length))
            or (lexicon().stop_class.get(name[-1]) == SCORE_FINAL and not clan)
        )
        penalty = SWALLOW_PENALTY if swallows and not conf else 0
        # (a clan name read whole before a strong stop is worth the stop a shorter reading has: 沙马拉则|到会 over
        # 沙马拉|则 — the same score, and the longer wins)
        bonus = 1 if clan and score >= SCORE_STRONG else 0
        key = (score + (2 if conf else 0) - penalty + bonus, not swallows, length, name)
        if best is None or key[:3] > best[:3]:
            best = key
    return best[3] if best else None


SWALLOW_PENALTY = 2  # what a reading that swallows a verb's first character loses (a stop class's step)


def _married_shape(t: str, pos: int) -> bool:
    """Two surnames, neither weak, open four characters of a name (林郑月娥, 范徐丽泰, 叶刘淑仪: a married woman of Hong
    Kong writes her husband's surname before her own): read as a four-character name where no usual reading stands.
    Not two characters that make a word or a place (殷殷, 苗栗)."""
    lex = lexicon()
    pair = t[pos : pos + 2]
    return (
        len(pair) == 2
        and pair not in lex.compound_set
        and all(c in lex.single_surnames and c not in lex.weak_surnames for c in pair)
        and pair[0] != pair[1]  # (殷殷嘱托: a doubled character, a word's)
        and not word_frequency(pair)
        and not _place_key(pair)  # (苗栗聚首: a place)
    )


_JAPANESE_PREFECTURE = re.compile(r"日本[\u4e00-\u9fff]{1,3}?[都道府县]")  # 日本群马县, 日本北海道, 日本大阪府
JAPAN_WORDS = ("日本", "日方")  # an article that names Japan: a two-character Japanese family name may open a name


def _japanese_shape(t: str, pos: int) -> bool:
    """A Japanese family name of two characters (rules/person_surnames_japanese.txt) opens the name, in an article
    that names Japan: a Japanese official after a title (日本群马县高崎市长山本健一, 知事川胜平太), read as the family
    name and a given name of one or two characters, as a compound surname is."""
    return t[pos : pos + 2] in lexicon().japanese_surnames and any(w in t for w in JAPAN_WORDS)


def _verb_past(t: str, swallowed: int, after: int) -> bool:
    """A verb of the stops starts at ``after`` and runs past the end of the one at ``swallowed`` (张顺发表示:
    表示 runs past 发表 — the name is 张顺发; not 李强作报告, whose 报告 ends with 作报告)."""
    first = lexicon().stop_re.match(t, swallowed)
    second = lexicon().stop_re.match(t, after)
    return first is not None and second is not None and len(second.group()) >= 2 and second.end() > first.end()


def _opens_verb(t: str, at: int) -> bool:
    """A verb of the name stops of two characters or more starts at ``at``."""
    m = lexicon().stop_re.match(t, at)
    return m is not None and len(m.group()) >= 2 and lexicon().stop_class[m.group()] >= SCORE_STRONG


def _word_opens(t: str, end: int) -> bool:
    """An ordinary word of jieba's dictionary begins at ``end`` (结合, 前天, 亲临) and none runs across it
    (宏结 is no word): the three characters before it end where a word begins, as a name does."""
    return (
        _common_word(t[end : end + 2])
        and not word_frequency(t[end : end + 3])  # (林街道|办事处: a longer word, an office's name, goes on)
        and not word_frequency(t[end - 1 : end + 1])
        and not lexicon().stop_class.get(t[end - 1])  # (符明作|旅游产品推介: 作 is the verb, 吕刚和|省直)
        and head_start_re().match(t, end) is None  # (…暨县府|发言人: an office's name before its title)
    )


def _visit_to_letter(name: str) -> bool:
    """A verb of coming (rules/city_letter_context.tsv ``before``: 来, 赴) then a province's or a city's one-letter
    abbreviation: 来桂, a visit, no name."""
    from extract.extractors.regions import region_index  # lazily: the gazetteer is built once per process

    idx = region_index()
    return name[0] in idx.letter_before and (name[1] in idx.prov_abbr or name[1] in idx.city_abbr)


def _punct_bound(t: str, pos: int, length: int) -> bool:
    """A three-character reading followed by punctuation whose given name is no ordinary word."""
    end = pos + length
    return length == 3 and end < len(t) and t[end] in BOUNDARY_CHARS and not _common_word(t[pos + 1 : end])


_ATTEND_AFTER_ETC = re.compile(r"(?:参加|出席|陪同|参观|考察|列席)")  # after 等: the officials' act


def _confirmed_surname_once(t: str, pos: int, length: int) -> bool:
    """A name of a surname that is mostly a word (和), named once after its title: three characters
    whose given name is no word a title is joined with (``_conjoined_word``: 市长和嘉宾, 书记和市长),
    before what ends a name (副州长和建华出席, 州委副书记和建华，) — before a list's mark only with the
    next title+name pair as the next item (市委书记和建昌、市长杨永福; not 市长和发改、交通、旅游等部门负责人)."""
    end = pos + length
    if (
        length == 3
        and t[end : end + 1] == "等"
        and _ATTEND_AFTER_ETC.match(t, end + 1)
        and not _common_word(t[pos + 1 : end])
    ):
        return True  # 副州长和建林等参加座谈会: the last of a list of officials, closed by 等 and what they did
    if length != 3 or _conjoined_word(t[pos + 1 : end]) or t[end : end + 2] in _conjoined_people_words():
        return False  # (副市长和特邀|代表: the people named next are joined, 特邀 only their kind)
    if t[end] == "、":
        return _pair_ahead(t, end + 1, also_stop="、")  # (the next item only; 市长和发改、交通…部门)
    return True  # 副州长和建华出席, 州委副书记和建华，: what ends it ends a name (the caller's test)


CONJOINED_FREQ = 10_000  # a jieba word this frequent after 和 is a word joined to the title (专家, 领导)


def _conjoined_word(given: str) -> bool:
    """The two characters after 和 are a word a title is joined with (市长和嘉宾, 书记和市长, 州长和专家):
    rules/conjoined_people_words.txt, a title head or group head, or a word as frequent as
    ``CONJOINED_FREQ``."""
    return (
        given in _conjoined_people_words()
        or head_start_re().match(given) is not None
        or word_frequency(given) >= CONJOINED_FREQ
    )


@cache
def _conjoined_people_words() -> frozenset[str]:
    return frozenset(read_lines("conjoined_people_words.txt"))


_WORD_STARTED_JOINERS = frozenset("及和与")


def _word_started(t: str, pos: int, sur_len: int, length: int) -> bool:
    """副市长黄海川，: a three-character name whose surname and first given character make an
    ordinary word (黄海), after an anchored title and before a strong boundary, its given name
    no ordinary word (not 高效率)."""
    if length != 3 or sur_len != 1:
        return False
    if after_score(t, pos + 3) < SCORE_STRONG and not (t[pos + 3 : pos + 4] in _WORD_STARTED_JOINERS
                                                        and after_score(t, pos + 3) >= SCORE_WEAK):
        return False  # (市领导韩国栋|及两市相关部门负责同志: a joiner of the list ends it as well)
    if is_weak(t[pos : pos + 3]) or _common_word(t[pos + 1 : pos + 3]) or lexicon().stop_class.get(t[pos + 2]):
        return False  # (刘某说: 说 ends no name)
    if pos >= 2 and _common_word(t[pos - 2 : pos + 2]):
        return False  # 领导班子|关于: the word goes on from the title's head
    return plausible_name(t, pos, sur_len, length, word_start=True)


def _left_open(t: str, p: int) -> bool:
    """Nothing name-like glued in front of ``p``: a boundary, or a clause word (会见了, 与)."""
    if p == 0 or t[p - 1] in _HARD or not is_han(t[p - 1]):
        return True
    if p >= 2 and t[p - 1] in "和与同及" and t[p - 2] in _PRONOUN_ENDS:
        return True  # (我和|周耀文局长也随团前往: a pronoun's 和 joins, no surname 和)
    return bool(_grammar().prefix_stop_end.search(t, max(0, p - 4), p))


_PRONOUN_ENDS = frozenset("我你您他她们")
@cache
def _one_holder_posts() -> frozenset[str]:
    return frozenset(read_lines("one_holder_posts.txt"))


def _one_holder(post: str) -> bool:
    """A post one person holds (rules/one_holder_posts.txt): a list after it shares it with no one known otherwise."""
    return post in _one_holder_posts()  # the last character of a personal pronoun (我, 我们, 他们)


_LIST_OR_NOTE = ("、", "（", "(")
_COMMAS = ("，", ",")
_TWO_CHARACTER_ENDS = _LIST_OR_NOTE + _COMMAS  # what may follow a two-character minority name (格桑、, 宝音，)


def _minority_reading(t: str, pos: int, domestic: bool = False, shortest: int = 2) -> str | None:
    """A name of 2-5 characters (``shortest`` at least) without a Han surname after a title with its
    organization (乌兰图雅, 巴特尔, 洛桑江村, 才让东智, 格桑、…): every character a minority-name character
    and a strong stop right after it.  After a ``domestic`` organization (an autonomous region, a
    party committee) a name written with · is read too (艾尔肯江·赛买提): Han characters on
    both sides of the dot, the last part ending at a strong stop."""
    if domestic:
        dotted = _dotted_reading(t, pos)
        if dotted:
            return dotted
    mc = minority_name_chars()
    n = 0
    while n < _MINORITY_MAX and pos + n < len(t) and t[pos + n] in mc:
        n += 1
    for length in range(n, shortest - 1, -1):
        name = t[pos : pos + length]
        # (a long one may end at a weak stop too: 额尔敦巴特尔|率锡林郭勒盟党政代表团 — six characters of
        # the names' own set make no word to run on into)
        # (or four, the whole run of them, that no name character goes on: 次仁平措|将分别介绍)
        whole_run = length == n and length >= MINORITY_WHOLE_RUN
        needed = SCORE_WEAK if length >= MINORITY_LONG or whole_run else SCORE_STRONG
        # (or 和/与 and the next titled name: 行署专员次仁顿珠|与副省长孟丽娜签署)
        joined = _names_pair_acting(t, pos + length) or (length >= 3 and _titled_pair_after(t, pos + length, True))
        if (after_score(t, pos + length) < needed and not joined) or name in lexicon().non_names:
            continue
        if length == 2 and t[pos + 2 : pos + 3] not in _LIST_OR_NOTE and _common_word(name):
            continue  # (格桑、李卫东, 图门参加: two characters where a list, a note or a verb follows, no word)
        if any(_verb_like(t, i) for i in range(pos, pos + length)):
            continue  # 强调, 出席 inside: no name
        return name
    return None


ABROAD_NAME = (2, 5)  # characters of a name without a surname or a dot after an organization abroad (吴觉梭温, 纽森)
ABROAD_RUN = 10  # … and of one of transliterations' characters only, its parts run together (若泽阿尔梅达帕索斯)


_ABROAD_NAME_MARKS = "、，,。；;：:！？"


def _abroad_reading(t: str, pos: int) -> str | None:
    """A name after a title of an organization abroad, written neither with a Han surname nor with a dot (Myanmar's
    names, an honorific and the name: 吴觉梭温, 杜钦妙埃; a short transliteration: 纽森): Chinese characters running to
    a strong stop, the longest of ``ABROAD_NAME`` that holds no verb and is no word — or longer, up to
    ``ABROAD_RUN``, where every character is a transliteration's (a Western name run together: 若泽阿尔梅达帕索斯)."""
    chars = transliteration_chars()
    for length in range(ABROAD_RUN, ABROAD_NAME[0] - 1, -1):
        name = t[pos : pos + length]
        if len(name) < length or not all(is_han(c) for c in name) or name in lexicon().non_names:
            continue
        if length > ABROAD_NAME[1] and not all(c in chars for c in name):
            continue
        # (a mark ends it too: 中村哲也|、越南驻昆明总领事…, where no title of ours follows)
        marked = t[pos + length : pos + length + 1] in _ABROAD_NAME_MARKS
        if lexicon().stop_class.get(name[-1]) == SCORE_FINAL and not marked:
            continue  # (范氏秋恒|等参加: a character that never ends a name, save before a mark: 中村哲也、)
        if after_score(t, pos + length) < SCORE_STRONG and not marked and not _titled_pair_after(t, pos + length, True):
            continue
        if any(_verb_like(t, i) for i in range(pos, pos + length)) or head_start_re().search(name):
            continue
        if length == 2 and _common_word(name):
            continue  # (…州长|一行, 市长|表示: a word, no name)
        return name
    return None


# 和 and a second name of the names' own characters, then the two acting apart or together (次仁欧珠|和索朗达瓦分别代表
# 两地区在协议上签字): the first name ends at 和
_PAIR_ACTING = re.compile(r"(?:分别|共同|一起|代表|作为)")


def _names_pair_acting(t: str, at: int) -> bool:
    """At ``at``: 和/同/与, a second name — of the minority names' characters, or a surname and one or two
    characters — and a verb of the two acting (_PAIR_ACTING): 次仁欧珠|和索朗达瓦分别代表, 额尔敦|同杜新民分别代表."""
    if t[at : at + 1] not in ("和", "同", "与"):
        return False
    mc = minority_name_chars()
    k = at + 1
    while k < len(t) and t[k] in mc and k - at <= _MINORITY_MAX:
        k += 1
    if k - at - 1 >= 2 and _PAIR_ACTING.match(t, k) is not None:
        return True
    # (a Han name: its surname, one or two characters, then the verb of the two acting)
    return t[at + 1 : at + 2] in lexicon().single_surnames and any(
        _PAIR_ACTING.match(t, at + 1 + n) is not None for n in (2, 3)
    )


def _domestic_list(titles: list[tuple[str, int]]) -> bool:
    """A list after these titles names Chinese officials: a group title (省领导, 自治区领导) or
    a domestic organization (自治区党委)."""
    g = _grammar()
    return any(_domestic(ti[:post]) or ti[post:] in g.group_heads for ti, post in titles)


SURNAME_MINORITY_MIN = 3  # minority-name characters after a surname's for the whole to be one name (贺|其勒图)
SURNAME_MINORITY_MAX = 4  # … and at most (a longer run is no sure name: 艾尔肯吐尼亚孜)


def _surname_then_minority(t: str, pos: int) -> str | None:
    """A surname's character, then three or four minority-name characters up to a strong stop (贺其勒图，, 金巴特尔。):
    one name, whose Han reading (a surname and two) stops short of the stop."""
    if t[pos : pos + 1] not in lexicon().single_surnames:
        return None
    mc = minority_name_chars()
    k = pos + 1
    while k < len(t) and t[k] in mc:
        k += 1
    if not SURNAME_MINORITY_MIN <= k - pos - 1 <= SURNAME_MINORITY_MAX or after_score(t, k) < SCORE_STRONG:
        return None
    return t[pos:k] if not any(_verb_like(t, i) for i in range(pos, k)) else None


MINORITY_TITLE_REACH = 14  # characters before a two-character minority name in which its title's body is named


def _names_place(text: str) -> bool:
    """``text`` holds a division's name or short form of two or three characters (林芝市副市长)."""
    return any(_place_key(text[i : i + k]) for k in (2, 3) for i in range(len(text) - k + 1))


def _minority_start(t: str, pos: int) -> bool:
    """Three minority-name characters, or two before a list's mark, a comma, an ethnic note or a strong stop (格桑、,
    宝音，, 扎西出席), or a · name may start at ``pos``."""
    mc = minority_name_chars()
    head = t[pos : pos + 3]
    # (the third a name's character that opens no verb: 再来|参观 is no name of three, 参 being 坚参's)
    if len(head) == 3 and all(c in mc for c in head[:2]) and (
        (head[2] in mc and not _verb_like(t, pos + 2)) or head[2] in _TWO_CHARACTER_ENDS
    ):
        return True
    # (or two before a strong stop after a title of a domestic body, as a Tibetan's single name: 自治区政府副秘书长扎西
    # 出席, 林芝市副市长次仁出席; not 欢迎区议员再来参观)
    if len(head) >= 2 and all(c in mc for c in head[:2]) and after_score(t, pos + 2) >= SCORE_STRONG:
        lo = max(0, pos - MINORITY_TITLE_REACH)
        before = t[max(lo, *(t.rfind(c, lo, pos) + 1 for c in "，,。；;：:！？、\n")) : pos]  # (the title's clause)
        return not _common_word(head[:2]) and (_DOMESTIC.search(before) is not None or _names_place(before))
    return _DOTTED.match(t, pos) is not None


DOTTED_FIRST_MAX = 6  # Han characters of a · name's first part (艾尔肯江·…)


def _bare_dotted_reading(t: str, pos: int) -> str | None:
    """A · name right after a title with no organization (副州长努尔艾力·阿不都克热木): every character a minority
    name's or a transliteration's, the first no joiner (和努尔兰·…, 与阿依努尔·…) — not places joined by ·
    (出席长沙·香港经贸合作, 在香港·安康)."""
    name = _dotted_reading(t, pos)
    if name is None or name[0] in _NAME_JOINERS + "与同及":
        return None
    chars = minority_name_chars() | transliteration_chars()
    return name if all(c in chars or _DOT_MARKS.match(c) for c in name) else None


def _dotted_reading(t: str, pos: int) -> str | None:
    """艾尔肯江·赛买提 at ``pos``: 2-6 Han characters, then one or more ·-joined parts; none whose first part
    holds a title's head (州人大常委|会主任努尔兰·…: the name starts after 主任)."""
    m = _DOTTED.match(t, pos)
    if m is None:
        return None
    first_end = _DOT_MARKS.search(t, pos, m.end())
    if first_end is not None and head_start_re().search(t[pos : first_end.start()]):
        return None
    last = m.end() - len(m.group("last"))
    relchars = date_words().relchars
    for end in range(m.end(), last, -1):  # (the last part may be one character: 仁青·加)
        # (瓦旦|今（22）日: a relative day in brackets after the name ends it, and is none of it; 依明（维吾尔族）
        # ends with 明)
        if t[end - 1] in relchars and _BRACKETED_DAY.match(t, end):
            continue
        relative_day = t[end : end + 1] in relchars and _BRACKETED_DAY.match(t, end + 1) is not None
        # (买买提|和巴州州长巴特尔·达瓦: 和 joining the next title and name ends it, as a strong stop would)
        # (or a joiner after a transliterated last part: 努尔兰·阿赫梅托夫|和青海省海西州…的客商)
        joined = t[end : end + 1] in _NAME_JOINERS and _transliterated_part(t, last, end)
        if t[end - 1] in lexicon().stop_class and t[end - 1] not in minority_name_chars():
            if _transliterated_part(t, last, end - 1):
                continue  # (切罗诺|率代表团来访: a one-character stop no such name holds, 率 — weak after 于保和)
        if after_score(t, end) < SCORE_STRONG and not relative_day and not joined and not _titled_pair_after(t, end):
            continue
        if any(_verb_inside(t, i, end) for i in range(last, end)):
            continue  # 赛买提|出席: the verb is not part of the name
        if (
            lexicon().stop_class.get(t[end - 1]) == SCORE_FINAL
            and end < len(t)
            and t[end] not in BOUNDARY_CHARS
            and not _transliterated_part(t, last, end)
        ):
            continue  # 沙比尔|等: a character that never ends a name — but 努尔兰·阿不都，ends at its mark
        return t[pos:_dotted_last_end(t, last, end)]
    return None


_NAME_JOINERS = "和与及"  # a conjunction joining a name to what follows (not 同, also a verb: 同…会谈)


def _transliterated_part(t: str, last: int, end: int) -> bool:
    """The last part ``t[last:end]`` is a transliterated name's part of three characters or more, each one minority and
    foreign names hold (阿不都 before 等参加: its 都 ends the name, no adverb)."""
    mc = minority_name_chars()
    part = t[last:end]
    return len(part) >= TRANSLITERATED_PART_MIN and part[-1] != part[-2] and all(c in mc for c in part)


TRANSLITERATED_PART_MIN = 3
_DOTTED_LAST_LONG = 4  # a last part longer than this may hold the words after the name


def _dotted_last_end(t: str, last: int, end: int) -> int:
    """Where the last part of a · name starting at ``last`` ends, read up to ``end``: a part longer
    than four characters ends at its first character that no minority or foreign name holds
    (卡德尔|作主旨演讲: the verb and its object follow the name) when two or more name characters
    come before it after its first."""
    if end - last <= _DOTTED_LAST_LONG:
        return end
    mc = minority_name_chars()
    k = last if t[last] in mc else last + 1  # (its first character may be any: 惠|特菲尔德|在成都主会场出席)
    while k < end and t[k] in mc:
        k += 1
    return k if k - last >= 2 else end


def _verb_inside(t: str, i: int, end: int) -> bool:
    """A name-stop word of two or more characters starts at ``i`` and ends by ``end``
    (阿合买提|出席 has 出席 inside 阿合买提出席, not 提出)."""
    m = lexicon().stop_re.match(t, i)
    return m is not None and len(m.group()) >= 2 and m.end() <= end


def _verb_like(t: str, i: int) -> bool:
    m = lexicon().stop_re.match(t, i)
    return (m is not None and len(m.group()) >= 2) or head_start_re().match(t, i) is not None


@cache
def _post_modifiers() -> tuple[str, ...]:
    """The title modifiers (title_modifiers.txt) a name cannot end with: those of two characters or
    more, and 副 (代 and the like end given names too: 李代)."""
    return tuple(m for m in title_words().mods if len(m) >= 2 or m == "副")


LONG_NAME_MAX = 8  # the longest name found before that a post written after it is read for (额尔敦巴雅尔)


def _post_reading(t: str, q: int, known: dict[str, _Person], end: int, strict: bool) -> str | None:
    """The name written just before the post-name title ``t[q:end]``."""
    g = _grammar()
    # (a name found before, however long, right before the post: 额尔敦巴雅尔副主席 after 副主席额尔敦巴雅尔)
    for length in range(LONG_NAME_MAX, 4, -1):
        if t[max(0, q - length) : q] in known:
            return t[q - length : q]
    options: list[str] = []
    for length in (4, 3, 2):
        p = q - length
        if p < 0:
            continue
        if not any(n == length for sl, n in candidate_lengths(t, p) if plausible_name(t, p, sl, n)):
            continue
        name = t[p:q]
        if name in known:
            return name
        if g.org_end.search(name) or g.head_end.search(name) or name.endswith("会"):
            continue
        if len(name) == 3 and name[1:] in lexicon().non_names:
            continue  # 出任法国总理: no 任法国
        if name.endswith(_post_modifiers()):
            continue  # 担任轮值主席: a title modifier (轮值, 常务, 副) is the post's, no 任轮值
        if t[q] in _PLACE_LEVEL_HEADS and is_place_name(name + t[q]):
            continue  # 金门|县长率团: the place whose level the head carries, no person
        if is_weak(name) and not _confirmed(t, name, p) and not (length == 3 and word_frequency(name)):
            continue  # (a name jieba's dictionary holds, 江泽民 before 总书记, is a name of note)
        if looks_foreign(t, p, length, length - 2 if length == 4 else 1):
            continue
        if strict and (not _left_open(t, p) or after_score(t, end) < SCORE_STRONG):
            continue  # 南京市长江大桥, 张三常务副市长: a new name needs a clause around it
        options.append(name)
    # most names have three characters; a four-character reading needs a compound surname, and wins where
    # it opens with one (欧阳志明主席: no 阳志明)
    compound = lexicon().compound_set
    for name in options:
        if len(name) == 4 and name[:2] in compound:
            return name
    for name in options:
        if len(name) == 3:
            return name
    if options:
        return options[0]
    # (a local post only: 克雷蒂安总理, a foreign head of government, is no minority name)
    return _post_minority_reading(t, q, end) if strict else None


def _post_minority_reading(t: str, q: int, end: int) -> str | None:
    """A name of three to five minority-name characters without a Han surname before a local post
    written after it (尊敬的扎西才让州长, 。多杰旺秀副州长主持): the clause opens right before it and goes
    on after the title."""
    mc = minority_name_chars()
    if after_score(t, end) < SCORE_STRONG:
        return None
    for length in range(min(_MINORITY_MAX - 1, q), 2, -1):
        p = q - length
        name = t[p:q]
        if not all(c in mc for c in name) or name in lexicon().non_names or _common_word(name[:2]):
            continue
        if p and t[p - 1] in FOREIGN_JOINERS:
            return None  # 艾尔肯·吐尼亚孜州长: the last part of a · name, read with its first
        if p == 0 or t[p - 1] in BOUNDARY_CHARS or t[p - 1] == "的" or _left_open(t, p):
            return name
    return None


def _title_at(t: str, head_start: int, head_end: int, floor: int = 0) -> tuple[int, str, int] | None:
    """(start, title text, post start in title) of the title whose head is at the span."""
    g = _grammar()
    head = t[head_start:head_end]
    mm = g.mods.match(head)
    bare = head[mm.end() :] if mm else head
    level = bare[0] if bare[:1] in _PLACE_LEVEL_HEADS and len(bare) == 2 else ""  # 省长, 市长, 县长
    if mm and level and _known_place_stem(t[max(floor, head_start - 3) : head_start + mm.end()], level) > mm.end():
        # (太原|市长, 台中县丰原|市长: the modifier's character ends the place the level completes — no 原市长)
        head_start, head, mm = head_start + mm.end(), bare, None
    unit = bare[0] if len(bare) == 2 and bare[1] == "长" and not level else ""  # 局长, 厅长, 处长
    start = _prefix_start(t, head_start, level, floor, unit)
    if start == head_start and head_start and t[head_start - 1] == "为" and not t.endswith("图为", 0, head_start):
        return None  # 以X为团长、Y为副团长: a post the clause gives, no title written before a name (图为: a caption's)
    if mm and head[mm.end() :] in g.group_heads:
        head = head[mm.end() :]
    if head in g.group_heads and start == head_start:
        garbled = _GARBLED.search(t, max(0, head_start - 8), head_start)
        if garbled is None:
            return None  # 领导 alone names nobody
        start = garbled.start()  # ??h领导: an organization a broken scrape left unreadable
    return start, t[start:head_end], head_start - start


# a list of portfolios closed by the offices they name (公安、水利、土地、林业等部门, 工商、税务单位): no names
_PORTFOLIO_LIST = re.compile(r"(?:[\u4e00-\u9fff]{2,4}、){1,10}[\u4e00-\u9fff]{2,4}等?(?:部门|单位|系统|机关|行业)")
# people named by what they stand for, closing their clause (宫庙代表，, 企业负责人。): after 及/和, no name's stop
_GROUP_NOUN_AFTER = re.compile(r"(?:代表|负责人)(?=[，,。；;、）)]|$)")
# a count of people before a title (多名临时区议员, 两位副市长, 部分县区负责人): those are several others
_GROUP_COUNT = re.compile(r"(?:多|数|几|若干|[一二两三四五六七八九十0-9]{1,3})(?:名|位|个)|部分")
GROUP_COUNT_REACH = 2  # characters around a title's start in which such a count stands (多名|临时区议员)


def _former_before(t: str, at: int, floor: int) -> bool:
    """前 right before a title that opens a clause or a list's item (，前县长江明德, 、前市长): the post held
    before, as Taiwan's and Hong Kong's prose writes it (not 日前, 会前: words ending in 前)."""
    if at - 1 < floor or t[at - 1] != "前":
        return False
    return at - 1 == 0 or _hard(t[at - 2]) or t[at - 2] in _LIST_JOINERS


def _mods_before(t: str, head: int, floor: int) -> int:
    """Where the modifiers written right before a title's head start (州政协|原|副主席: 原 and 副 are
    the title's, so the organization before them is too)."""
    g = _grammar()
    pos = head
    while pos > floor:
        for k in (3, 2, 1):
            if pos - k >= floor and g.mods.fullmatch(t, pos - k, pos):
                pos -= k
                break
        else:
            break
    return pos


def _chain(t: str, first: tuple[int, str, int], floor: int = 0) -> list[tuple[int, str, int]]:
    """The titles chained with 、/兼/暨 in front of ``first`` and ``first`` itself, in text order
    (省委副书记、大连市委书记|胡玉亭; a stray comma before the 、 of a scraped page is skipped:
    党组成员,、秘书长)."""
    g = _grammar()
    chain = [first]
    pos = first[0]
    while pos > floor and t[pos - 1] in _CHAIN_JOINERS:
        joiner = t[pos - 1]
        end = pos - 1
        while end > floor and t[end - 1] in ",，":
            end -= 1
        # (a note after the title before the joiner: 州委常委、副州长（挂职）、…组长X — kept, 挂职, it
        # belongs to the title; an aside, 正厅级, stays out)
        note = _NOTE_BEFORE.search(t, max(floor, end - 8), end)
        noted = note is not None and note.group("n") in _title_notes()
        title_end = note.start() if note is not None and noted else end
        w0 = max(floor, title_end - 2 * _MAX_PREFIX)
        hm = g.head_end.search(t, w0, title_end)
        if hm is None:
            break
        prev = _title_at(t, _mods_before(t, hm.start(), w0), hm.end(), floor)
        if prev is None or (noted and prev[0] + len(prev[1]) != title_end):
            break
        if _GROUP_COUNT.search(t, max(floor, prev[0] - GROUP_COUNT_REACH), prev[0] + GROUP_COUNT_REACH):
            break  # 成员包括多名临时区议员、西贡民政事务专员陈美宝: the counted ones are others
        if note is not None and noted and note.group("n") in _kept_notes():
            prev = (prev[0], t[prev[0] : end], prev[2])
        if (
            joiner == "、"
            and prev[2] == 0  # (a post with no organization in front: 盟长, 市长)
            and _post_reading(t, prev[0], {}, prev[0] + len(prev[1]), True) is not None
        ):
            break  # 斯琴毕力格盟长、鄂托克旗旗长阿拉坦仓: the post written after the name before, no title of the chain
        if joiner in _PHRASE_JOINERS:  # 副市长兼市政府秘书长: one phrase as written (RECORD.md splits on 、 only)
            nxt = chain[0]
            chain[0] = (prev[0], t[prev[0] : nxt[0] + len(nxt[1])], nxt[2] + nxt[0] - prev[0])
        else:
            chain.insert(0, prev)
        pos = prev[0]
    if pos > floor + 1 and t[pos - 1] == "，":
        chain[:0] = _comma_chain(t, pos - 1, floor, chain[0][1])
    return chain


_HOME_LEVELS = "省市县区州旗盟"  # 我县, 本市: the home the page speaks of
_LED_BY = re.compile(r"为(?:总)?(?:团长|组长|领队|首)")  # 以X为团长的代表团
LED_BY_WINDOW = 30  # characters after a title's head in which 为团长 closes the 以 before it
_NOTE_BEFORE = re.compile(r"[（(](?P<n>[^（）()]{1,6})[)）]$")


@cache
def _kept_notes() -> frozenset[str]:
    """Notes in brackets after a title that belong to it (title_notes.txt: 挂职, 代)."""
    return frozenset(read_lines("title_notes.txt"))


@cache
def _title_notes() -> frozenset[str]:
    """Notes that may stand in brackets after a title before the next one: those that belong to it
    and the asides that do not (title_asides.txt: 兼, 正厅级)."""
    return _kept_notes() | frozenset(read_lines("title_asides.txt"))


_SECONDED = re.compile(r"[（(]挂职[)）]")  # the note of a seconded cadre's post
SECONDED_REACH = 24  # characters after the comma in which the titles' note of a seconded cadre stands
_CLAUSE_OPEN = "。；;：:，,！？\n \u3000\t"  # what a group of titles that belongs to no name of its own opens after


def _comma_chain(t: str, comma: int, floor: int, after: str) -> list[tuple[int, str, int]]:
    """The titles of a group that ends at a full-width comma right before a person's titles
    (``after``, the first) and opens a clause: 常州市委常委、副市长，市对口支援协作办主任周晓东 —
    the officials' lists write one person's offices in two groups so.  Only a group of two titles
    or more (、) whose last title ends at the comma (with its note: 副县长（挂职），), whose first
    opens the clause (no name of its own in front), and where one of the two opens with no place of
    its own (市委办公厅主任; 县委常委、副县长（挂职），安徽省援疆…指挥长; 代表团团长) or both with the same
    (大庆市委常委、副市长，大庆高新区…).  A group of another place's offices
    (香港特区政府…局长、…局长，海南省副省长X) is a list whose holders the page left out."""
    # (a note after the group's last head belongs to it: 县委常委、副县长（挂职），…指挥长X)
    note = _NOTE_BEFORE.search(t, max(floor, comma - 8), comma)
    end = note.start() if note and note.group("n") in _title_notes() else comma
    hm = _grammar().head_end.search(t, max(floor, end - 2 * _MAX_PREFIX), end)
    prev = _title_at(t, hm.start(), hm.end(), floor) if hm is not None else None
    if prev is None or prev[0] + len(prev[1]) != end:
        return []
    if end != comma and note is not None and note.group("n") in _kept_notes():
        prev = (prev[0], t[prev[0] : comma], prev[2])  # (an aside, 正厅级, stays out of the title)
    group = _chain(t, prev, floor)
    first = group[0][1]
    if len(group) < 2 or not (
        after[0] in _LEVEL_CHARS
        or first[0] in _LEVEL_CHARS
        or after[:2] == first[:2]
        or not any(_place_key(after[:k]) for k in (2, 3, 4))  # (代表团团长: a post of no place of its own)
        # (or a cadre seconded from one place to the other, his titles after the comma noted so: 北仑区委常委、副区长，
        # 普安县委常委、副县长（挂职）孙立波)
        or _SECONDED.search(t, comma, comma + SECONDED_REACH) is not None
    ):
        return []
    start = group[0][0]
    opens = start in (0, floor) or t[start - 1] in _CLAUSE_OPEN
    opens = opens or bool(_grammar().prefix_stop_end.search(t, max(0, start - 4), start))  # 还有|, 包括|
    return group if opens else []


_WORD_FREQ = COMMON_WORD  # a jieba word this frequent is an ordinary word, no given name (亲切, 一起)
_PLAIN_WORD_FREQ = 1000  # … and this frequent no place either (当时, 目前; 台北 and 桃园 are rarer)


def _split_names(t: str) -> list[tuple[str, str, tuple[int, int]]]:
    """新竹市邱代理市长臣远, 、许副市长志坚出席: a surname, a title and a two-character given name
    → (邱臣远, 代理市长, span of the whole).  The surname follows a clause
    boundary, a list joiner or an organization (新竹市); the given name is followed by a strong
    boundary and is no verb, title or ordinary word."""
    g = _grammar()
    out = []
    i = 0
    while (m := g.split.search(t, i)) is not None:
        i = m.start() + 1
        p, gs, end = m.start(), m.start("given"), m.end()
        if p > 0 and not (_hard(t[p - 1]) or t[p - 1] in "、及和与" or g.org_end.search(t, max(0, p - 12), p)):
            continue
        if g.mods.match(t, p):
            continue  # 、代区长戴勇: 代 is the modifier of the title, no surname
        if p > 0 and _common_word(t[p - 1 : p + 1]):
            continue  # 有关部门负责人来潼: 门 ends the word 部门, no surname
        if any(_place_key(t[p - k : p + 1]) for k in (1, 2) if p >= k):
            continue  # 台东县长郑永和: 东 ends the place 台东 (县长 its head's), no surname
        given = m.group("given")
        after = after_score(t, end)
        if after < SCORE_WEAK or (after < SCORE_STRONG and t[end] not in "及和与"):
            continue  # 王副县长惠美|及苗栗县长: a list goes on
        if _verb_like(t, gs) or lexicon().stop_class.get(given[0]) or lexicon().stop_class.get(given[1]):
            continue
        if g.prefix_stop.match(t, gs) or given in lexicon().non_names or _common_word(given):
            continue
        out.append((m.group("sur") + given, t[m.start("mod") if m.group("mod") else m.start("head") : gs], (p, end)))
        i = end
    return out


def _joiner_reading(t: str, pos: int, name: str) -> bool:
    """``name`` at ``pos`` opens with a weak surname that is a joiner too (和, 与) and goes on with a frequent word
    that the character after it continues (副市长|和协调|会办公室负责同志: 和 joins the titles to 协调会's people)."""
    if len(name) != 3 or name[0] not in _WEAK_JOINERS or not _common_word(name[1:]):
        return False
    return word_frequency(name[1:] + t[pos + 3 : pos + 4]) > 0


_WEAK_JOINERS = frozenset(_NAME_JOINERS + "同")  # (surnames that join as well: the joiners, and 同)


def _common_word(w: str, freq: int = _WORD_FREQ) -> bool:
    """``w`` is a word of jieba's dictionary at least ``freq`` times frequent."""
    return word_frequency(w) >= freq


def _occurrences(t: str, names: list[str]) -> list[tuple[int, int, str]]:
    """Where ``names`` occur in ``t``, leftmost first, the longest name where several start at
    one place, none overlapping the one before (the matches of one regex alternation of them,
    found by ``str.find``: compiling that regex for each article cost more than the search)."""
    found = []
    for name in names:
        i = t.find(name)
        while i >= 0:
            found.append((i, -len(name), name))
            i = t.find(name, i + 1)
    out: list[tuple[int, int, str]] = []
    for i, neg, name in sorted(found):
        if not out or i >= out[-1][1]:
            out.append((i, i - neg, name))
    return out


def extract_officials(text: str, staff: list[StaffMember] | None = None,
                      blank: list[tuple[int, int]] | None = None) -> list[Official]:
    """Officials named in ``text``; ``blank`` spans (credit lines) are ignored."""
    token = _UNITS_ABROAD.set(units_abroad(text))
    try:
        return _extract_officials(text, staff, blank)
    finally:
        _UNITS_ABROAD.reset(token)


# short names of places in a list closed by their count and level (文登、荣成、乳山三市, 永顺和保靖两县): no names
_COUNTED_PLACES = re.compile(
    r"(?:[\u4e00-\u9fff]{2,3}[、和及])+[\u4e00-\u9fff]{2,3}[两三四五六七八九十]个?(?:县市|市县|县区|区县|市|县|区|旗|州|地)"
)


def _extract_officials(
    text: str, staff: list[StaffMember] | None, blank: list[tuple[int, int]] | None
) -> list[Official]:
    g = _grammar()
    spans = list(blank or [])
    spans += fixed_term_spans(text)
    # (what a document's title holds names no person: 《监利县华容县长江岸线…协议》 has no 县长 江岸线)
    spans += [(a + 1, b - 1) for a, b in document_spans(text)]
    t = mask_spans(text, spans)
    people: dict[str, _Person] = {}
    title_spans: list[tuple[int, int]] = []
    slots: list[tuple[int, str, list[tuple[str, int]]]] = []  # name end, name, titles

    def person(name: str, why: str) -> _Person:
        if name not in people:
            people[name] = _Person(name, why=why)
        return people[name]

    # 1. surname, title, given name, as Hong Kong, Macau and Taiwan prose writes them
    # (新竹市邱代理市长臣远): read first, so that the given name is not read as a name after the title
    split_spans = []
    for split_name, split_title, span in _split_names(t):
        pp = person(split_name, "surname+title+given")
        pp.add_title(split_title, 0)
        pp.spans.add(span)
        split_spans.append(span)
    title_spans.extend(split_spans)

    # 2. title (chain) before a name
    for m in _slot_matches(t):
        name_pos = m.end()
        if any(s <= m.start() < e for s, e in split_spans):
            continue
        if m.group("gap") not in ("", " ", "\u3000") and m.group("head") not in g.group_heads:
            continue  # only a group title introduces a list after a colon or a line break
        # a title never reaches back over a name already read (崔世安|和广东省省长马兴瑞)
        floor = slots[-1][0] if slots and slots[-1][0] <= m.start() else 0
        first = _title_at(t, m.start(), m.end("note") if m.group("note") else m.end("head"), floor)
        if first is None:
            continue
        if (
            m.start("head") - first[0] == 1
            and m.group("head")[:1] in _PLACE_LEVEL_HEADS
            and _common_word(t[first[0] : m.start("head") + 1])
        ):
            continue  # 社区长者服务: one character before the head makes a word with its first (社区), no organization
        if first[0] == m.start() and _former_before(t, m.start(), floor):
            first = (m.start() - 1, "前" + first[1], first[2])  # ，前县长江明德: a post held before
        # (市委副书记暨|市长方志强: after a title and its joiner)
        anchored = first[0] < m.start() or m.start() == 0 or t[m.start() - 1] in _HARD
        anchored = anchored or t[m.start() - 1] in _PHRASE_JOINERS
        anchored = anchored or bool(g.prefix_stop_end.search(t, max(0, m.start() - 4), m.start()))
        # 市委书记张军和|市长李伟: a title joined to the name read just before it
        anchored = anchored or (floor > 0 and m.start() - floor == 1 and t[floor] in _LIST_JOINERS)
        if not anchored and m.start() > 0 and _verb_inside(t, m.start() - 1, m.start() + 1):
            continue  # 带领队伍: the head's first character ends a verb (带领), no title
        # a place without its level in front of the head (南京|市长江大桥) anchors no weak surname
        # unless the head and the name do not run into a word (南京市长|江: 长江; 上海市长|应勇); a unit's
        # head names its unit itself (农业处长|江明德)
        bare_place = first[0] < m.start() and not g.org_end.search(t, first[0], m.start())
        bare_place = bare_place and m.group("head")[:1] in _PLACE_LEVEL_HEADS and t[first[0] : m.start()] != "前"
        glued = bare_place and _common_word(t[m.end("head") - 1 : m.end("head") + 1])
        if t[name_pos : name_pos + 1] in _NAME_JOINERS and _PORTFOLIO_LIST.match(t, name_pos + 1):
            continue  # 县政府领导|和公安、水利、土地、林业等部门负责人: the conjunction, then the offices' list
        name = _best_reading(t, name_pos, anchored=anchored, weak_ok=not glued)
        if name is None and glued and (loose := _best_reading(t, name_pos, anchored=anchored, weak_ok=True)):
            # (新竹县长|江振南出席: the name runs to a strong stop, and the head's last character and the name make
            # no word — unlike 南京市长|江大桥)
            end = name_pos + len(loose)
            # (…江明德|与基隆市长林右昌; or 江秉伦|与陶文彬共同签署, a name the article writes again)
            strong = (
                after_score(t, end) >= SCORE_STRONG
                or _titled_pair_after(t, end)
                or _before_named_again(t, name_pos, end)
            )
            if strong and not word_frequency(t[m.end("head") - 1 : end]):
                name = loose
        elif name is not None and glued and after_score(t, name_pos + len(name)) < SCORE_WEAK:
            # (洪湖市长江防汛联防…座谈会: where the head's last character and the name's first make a word, 长江, the
            # name runs to a stop or it is that word's — no 江防汛)
            if not _titled_pair_after(t, name_pos + len(name)):
                name = None
        if name is not None and _place_across(t, m.end("head"), name_pos + len(name)):
            continue  # 五市同处|长江中游: the head's last character opens a place's name that holds the "name"
        if name is not None and name[-1] in _OFFICE_UNITS and head_start_re().match(t, name_pos + len(name)):
            continue  # 省长|吉图办|主任: an office (the governor's 吉图办) before its own head, no name
        if name is None and (minority := _surname_then_minority(t, name_pos)) is not None:
            name = minority  # 乌兰察布市委书记贺其勒图，: a Mongolian name whose first character is a Han surname's too
        if name is None and _DOT_MARKS.search(t, name_pos, name_pos + DOTTED_FIRST_MAX + 1):
            name = _bare_dotted_reading(t, name_pos)  # 副州长努尔艾力·阿不都克热木出席: a · name after a bare title
        if name is None and not _minority_start(t, name_pos) and not _pair_next(t, name_pos) and not _abroad(first[1]):
            continue
        chain = _chain(t, first, floor)
        orgs = [title[:post] for _, title, post in chain if post > 0]
        if name is not None and _DOT_MARKS.search(t, name_pos, name_pos + 12):
            dotted = _dotted_reading(t, name_pos)  # 阿不都克力木·吐尔地: the · name, not the Han reading 阿不
            if dotted and len(dotted) > len(name):
                name = dotted
        # (or a post of a place with no organization written, where the list's pair before it names one: 州委书记桑杰、
        # 州长巴图孟和出席)
        posted = orgs or any(_DOMESTIC.search(title) for _, title, _ in chain)
        if name is not None and posted and (
            after_score(t, name_pos + len(name)) < SCORE_STRONG
            or (name[0] in lexicon().weak_surnames and _minority_start(t, name_pos))
        ):
            # 鄂尔多斯市委书记巴图孟和，: the Han reading 巴图孟 stops at a weak 和, and 阿苏拉则，'s 阿苏拉
            # starts with the weak surname 阿 — a minority name running on to a strong stop is the
            # longer, better reading
            longer = _minority_reading(t, name_pos)
            if longer and len(longer) > len(name):
                name = longer
        if name is not None and orgs and any(_abroad(o) for o in orgs):
            # (after an organization abroad, a name of its own kind running on to a mark: 日本驻广州总领事中村哲也、,
            # not 中村哲 before an adverb 也)
            longer = _abroad_reading(t, name_pos)
            ends = name_pos + len(longer or "")
            if longer and len(longer) > len(name) and t[ends : ends + 1] in BOUNDARY_CHARS:
                name = longer
        if name is None and orgs:
            # 内蒙古自治区副主席乌兰图雅出席, 青海省委常委、副省长才让东智: a title with its
            # organization in the chain; 新疆维吾尔自治区副主席艾尔肯江·赛买提: a · name after
            # a domestic organization
            # (or after an organization abroad: 泰国清迈府副府尹颂萨·乍仑猜, 老挝琅南塔省省长布坎·宋玛尼)
            abroad = any(_abroad(o) for o in orgs)
            dot_names = abroad or any(_domestic(o) for o in orgs) or _own_township(chain)
            name = _minority_reading(t, name_pos, dot_names)
            if name is None and abroad:
                name = _abroad_reading(t, name_pos)  # 缅甸掸邦木姐市市长吴觉梭温: a name of no surname, no dot
        if name is None and not orgs and _minority_start(t, name_pos):
            # 乃东县委书记王志刚、县长扎西顿珠出席: a post whose organization the list's pair before it
            # names — three characters at least, running to a strong stop (a · name after a post of an
            # autonomous prefecture or league: 州长叶尔兰·哈力别克)
            domestic = any(_DOMESTIC.search(title) for _, title, _ in chain)
            name = _minority_reading(t, name_pos, domestic, shortest=3)
        if name is None and orgs:
            # 自治区副主席洛桑江村和拉萨市市长王建国, 副主席黄海燕和…: a name joined by 和 to the
            # next title+name pair, though it stands on no strong stop (or starts with a word)
            name = _pair_next(t, name_pos)
        if name is None or _joiner_reading(t, name_pos, name):
            continue
        pos = chain[0][0]
        p = person(name, "title-chain+name" if len(chain) > 1 else "title+name")
        titles = [(title, post) for _, title, post in chain]
        for title, post in titles:
            p.add_title(title, post)
        p.spans.add((name_pos, name_pos + len(name)))
        # a title written after the name as well: 中国工程院院士张大伟教授表示
        after = head_start_re().match(t, name_pos + len(name))
        if after and after_score(t, after.end()) >= SCORE_STRONG:
            p.add_title(after.group(), 0)
        title_spans.append((pos, m.end()))
        slots.append((name_pos + len(name), name, titles))

    # a "name" that a later title reaches back over is none (湖南省长|沙市副|市长谭绍衡: 湖南省长沙市副市长 is 谭绍衡's
    # title; the later head began inside the first reading's name, so no floor kept its title from it)
    title_spans.sort()
    span_starts = [s for s, _ in title_spans]
    reach = list(itertools.accumulate((e for _, e in title_spans), max))  # furthest end of the spans so far

    def inside_title(a: int, b: int) -> bool:  # (a span one title span holds: one starting at a or before reaches b)
        k = bisect.bisect_right(span_starts, a) - 1
        return k >= 0 and reach[k] >= b

    covered = {n for _, n, _ in slots if people[n].spans and all(inside_title(a, b) for a, b in people[n].spans)}
    for n in covered:
        del people[n]
    slots = [slot for slot in slots if slot[1] not in covered]

    def in_title(i: int) -> bool:
        k = bisect.bisect_right(span_starts, i) - 1
        return k >= 0 and reach[k] > i

    # 3. lists governed by the title: 市领导黄远征、任栋、韦怀余等
    for end, _, titles in slots:
        e = _after_note(t, end)
        while e < len(t) and (t[e] in _LIST_JOINERS or _SPACE_JOINED.match(t, e)):
            spaced = _SPACE_JOINED.match(t, e)
            p0 = spaced.end() if spaced else e + 1
            if in_title(p0) or head_start_re().match(t, p0):
                break
            name = _best_reading(t, p0)
            if spaced and (name is None or not _spaced_item_end(t, p0 + len(name))):
                break  # (市领导李斌 赵晓东 王慧参加: names set apart by spaces, each ends at a space, a mark, a verb)
            dotted = _dotted_reading(t, p0) if name is not None and t[e] == "、" else None
            if dotted and len(dotted) > len(name or "") and set(dotted.split("·")[0]) <= minority_name_chars():
                # (州领导刘建新、阿不都热依木·沙吾提，: the · name, not the Han reading 阿不; not 陈光和热依拉·阿不都, a
                # Han name joined to it)
                name = dotted
            elif name is not None and t[e] == "、" and (longer := _minority_reading(t, p0)) and len(longer) > len(name):
                # (市领导张瑞国、那仁满都拉，: the Han reading 那仁满 stops at 都, which ends names, where the
                # item's minority name runs on to the list's mark)
                if t[p0 + len(longer) : p0 + len(longer) + 1] in _LIST_OR_NOTE + _COMMAS:
                    name = longer
            if name is None and t[e] == "、" and any(post > 0 for _, post in titles):
                # 鄂尔多斯市领导高建华、其其格、白音仓: a minority name in a list after a title
                # with its organization; 自治区领导李鹏新、沙尔合提·阿汗, 省领导王林虎、乌拉孜别克·
                # 热苏力汗: a · name in a list of a domestic organization or of a group title
                name = _minority_reading(t, p0, _domestic_list(titles))
            if name is None and t[e] == "、" and (k := _listed_before(t, p0, t[p0 : p0 + 12])):
                name = t[p0 : p0 + k - 1]  # 宝音图、其木格|和|北京市领导…: the list's last member
            if name is None or (t[e] != "、" and not spaced and after_score(t, p0 + len(name)) < SCORE_STRONG):
                break
            if any(sp.match(t, p0 + len(name)) for sp in g.slots):
                break  # 江志宏、罗东|镇长林清山: the place of the next title and name, no member
            if _COUNTED_PLACES.match(t, p0):
                break  # 郭淑华和文登、荣成、乳山三市关工委负责同志: places closed by their count, no members
            if t[e] != "、" and _GROUP_NOUN_AFTER.match(t, p0 + len(name)):
                break  # 县府文化局长陈文辉及宫庙代表，: the temples' representatives, a noun phrase, no name
            if t[e] != "、" and name in people and people[name].titles:
                break  # 副省长史可鉴与闻立代表双方签署: 闻立 has a title of his own, 与 joins two parties
            if name in people and people[name].titles and all(_one_holder(ti[post:]) for ti, post in titles):
                break  # 重庆市市长孟世康、邱德昌分别介绍: one holds a city's 市长; 邱德昌 is the 省长 read before
            pp = person(name, "group-list")
            for title, post in titles:
                pp.add_title(title, post)
            pp.spans.add((p0, p0 + len(name)))
            e = _after_note(t, p0 + len(name))

    # 4. title after a name: 习近平总书记
    for m in g.post.finditer(t):
        q = m.start()
        if in_title(q) or (q > 0 and not is_han(t[q - 1])):
            continue
        name = _post_reading(t, q, people, m.end(), m.group() in g.local_posts)
        if name is None:
            continue
        pp = person(name, "name+title")
        pp.add_title(m.group(), 0)
        pp.spans.add((q - len(name), q))

    # 4b. a roster: lines of a name, a wide gap and the titles (东营市党政代表团成员： / 刘庆国　市委秘书长 /
    # 孙丽华　副市长), two lines at least; each line read as its titles before its name would be
    for row in _roster_rows(t):
        name, titles_text = row.group("name"), row.group("title")
        probe = [o for o in extract_officials(f"{titles_text}{name}。") if o.name == name]
        if not probe or not probe[0].titles or in_title(row.start("name")):
            continue
        pp = person(name, "roster")
        for parse in probe[0].title_parses:
            pp.add_title(parse.title, len(parse.org or ""))
        pp.spans.add(row.span("name"))

    # 4c. a part of a name written with dots, alone (州长特费拉·吉尔玛·德贝莱 … 德贝莱州长表示): the person
    # of the whole name, once — a title of its own only where none of theirs ends with it
    _merge_dotted_parts(people)

    # staff are never officials
    staff_names = {s.name for s in staff or []}
    for n in list(people):
        if n in staff_names:
            del people[n]

    # 5. later mentions by name alone (including names run together in a headline)
    if people:
        hits = _occurrences(t, list(people))
        starts = {s for s, _, _ in hits}
        for s, e, n in hits:
            if e in starts or after_score(t, e) >= SCORE_WEAK or (s, e) in people[n].spans:
                people[n].spans.add((s, e))

    # 6. a surname and a title alone (许县长说, 郝市长表示) refer back to the one person of that
    # surname who holds that post: a span on that person, never a new one
    if people:
        by_post: dict[tuple[str, str], list[_Person]] = {}
        for pp in people.values():
            for ti, ps in pp.titles:
                by_post.setdefault((pp.name[0], ti[ps:]), []).append(pp)
        # a match names a holder only where its text is a holder's surname and post: where the
        # text holds none of those, the search (which stops at every surname) is left out
        if any(sur + post in t for sur, post in by_post):
            for m in g.back.finditer(t):
                holders = by_post.get((m.group("sur"), m.group()[1:]), [])
                if len(holders) == 1 and not in_title(m.start()) and after_score(t, m.end()) >= SCORE_WEAK:
                    holders[0].spans.add(m.span())

    out = []
    compound_surnames = lexicon().compound_set
    for p in people.values():
        if p.name in compound_surnames:
            continue  # 张简县长, 欧阳市长: a compound surname and a title, no name (the person named before)
        out.append(
            Official(
                name=p.name,
                titles=[ti for ti, _ in p.titles],
                title_parses=[parse_title(ti, ps) for ti, ps in p.titles],
                spans=sorted(p.spans),
                why=p.why,
            )
        )
    out.sort(key=lambda o: o.spans[0] if o.spans else (len(text), 0))
    return out


# a roster's line: a name, a wide gap (two spaces, a tab or a full-width space) and a title phrase (刘庆国　市委秘书长)
_ROSTER_LINE = re.compile(
    r"^[ \t\u3000]*(?P<name>[\u4e00-\u9fff·]{2,12}?)(?:[ \t]{2,}|\t|\u3000+)"
    r"(?P<title>[^\s，。；;：:,]{2,30}?)[ \t\u3000]*$",
    re.M,
)
ROSTER_MIN = 2  # lines of the roster's shape in a row that make a roster


def _roster_rows(t: str) -> list[re.Match[str]]:
    """The lines of ``t`` that are a roster's (``_ROSTER_LINE``), in runs of ``ROSTER_MIN`` lines in a row."""
    if "\u3000" not in t and "  " not in t and "\t" not in t:
        return []
    rows = list(_ROSTER_LINE.finditer(t))
    out: list[re.Match[str]] = []
    run: list[re.Match[str]] = []
    for row in rows:
        if run and t.count("\n", run[-1].end(), row.start()) != 1:
            out += run if len(run) >= ROSTER_MIN else []
            run = []
        run.append(row)
    return out + (run if len(run) >= ROSTER_MIN else [])


def extract_people(text: str) -> tuple[list[Official], list[StaffMember]]:
    """Officials and media staff of a normalized (Simplified) article text.

    Spans are ``[start, end)`` offsets into ``text``; officials come in order of first
    mention, staff in order of first credit.
    """
    staff, credits = extract_staff(text)
    officials = extract_officials(text, staff, credits)
    return officials, staff
