"""Page furniture: the lines of a scraped page that are not the article (navigation, share
bars, links to other stories, contact and copyright lines), from ``rules/furniture.tsv``.

Furniture is not cut from the text: ``normalize`` blanks its lines to spaces in the body, so
offsets stay the same in both.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache

from extract.rules import read_groups, read_lines, read_tsv
from extract.text.prefilter import Requirement, first_chars, may_match, required_chars

# ---------------------------------------------------------------- furniture


@cache
def _credit_rule() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in read_lines("credit_lines.txt")))


HEAD_WINDOW = 15  # a header marker further down than this many lines is not a page header
NAV_ITEM_MAX = 12  # characters of a navigation item between separator lines


def line_offsets(text: str) -> list[tuple[int, str]]:
    """The lines of ``text`` with their start offsets (a new list; the article's frame reads
    the same body's lines several times: they are split once)."""
    return list(_line_offsets(text))


@lru_cache(maxsize=8)
def _line_offsets(text: str) -> tuple[tuple[int, str], ...]:
    lines = text.split("\n")
    starts = itertools.accumulate((len(line) + 1 for line in lines), initial=0)
    return tuple(zip(starts, lines, strict=False))


def is_never_headline(line: str) -> bool:
    """A line that stays in the article but is never its headline (furniture.tsv ``nohead``)."""
    return _line_matches("nohead", plain(line))


_SPACED_OUT = re.compile(r"^[^ ]( [^ ])+$")


def plain(line: str) -> str:
    """The line as the furniture rules read it: stripped, and a short line whose every character
    stands one space apart (``相 关 新 闻``, ``个 人 中 心``: too short for normalization to call it
    letter-spaced, ``text.layout``) read closed up."""
    s = line.strip()
    return s.replace(" ", "") if " " in s and _SPACED_OUT.match(s) else s


def is_furniture_line(line: str) -> bool:
    """The line by itself is page furniture or a page header's marker (furniture.tsv ``line``, ``head``, ``skip``)."""
    s = plain(line)
    return _line_matches("line", s) or _line_matches("head", s) or _line_matches("skip", s)


def is_skip_link(line: str) -> bool:
    """The line is a page's skip link for screen readers (furniture.tsv ``skip``: :::　跳到主要内容区块)."""
    return _line_matches("skip", plain(line))


def opens_footer(line: str) -> bool:
    """The line starts a page's footer (furniture.tsv ``tail``: 相关新闻：【2015-06-18】…, 上一篇：…, 版权所有)."""
    return _line_matches("tail", plain(line))


def opens_with_credit(line: str) -> bool:
    """The line starts with a credit or a dateline (``本报讯（记者 …）``, ``来源：``): a line of its own,
    or a paragraph's first."""
    return _credit_rule().match(line) is not None


def is_credit_line(line: str) -> bool:
    """A credit or dateline stands anywhere in the line: one of the credit patterns matches in it
    (their alternation's ``search``), each tried only where the line holds what its every match needs."""
    return any(may_match(needs, line) and rule.search(line) is not None for rule, needs in _credit_rules())


@cache
def _credit_rules() -> tuple[tuple[re.Pattern[str], Requirement], ...]:
    """The credit patterns one by one, each with the characters its every match needs
    (``text.prefilter``).  Their alternation, searched, was tried at every character of a line, and
    ``[^\\s]{2,12}讯`` alone ran twelve characters ahead and back at each: 26 µs a line, 8 µs so."""
    rules = [re.compile(p) for p in read_lines("credit_lines.txt")]
    return tuple((rule, required_chars(rule)) for rule in rules)


def _top_level_branches(pattern: str) -> list[str]:
    """``pattern`` split at its top-level ``|`` (not inside a group, a class or an escape)."""
    out, depth, in_class, start, i = [], 0, False, 0, 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 1
        elif in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            if pattern.startswith("^", i + 1):
                i += 1
            if pattern.startswith("]", i + 1):
                i += 1  # a ] first in a class is one of its characters
        elif c in "()":
            depth += 1 if c == "(" else -1
        elif c == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    return [*out, pattern[start:]]


@dataclass(frozen=True)
class _LineRules:
    """The patterns of a kind split for speed: those whose every alternative starts with ``^``, as
    alternations tried at each line's start (``keyed``: those whose matches can begin only with
    one of ``firsts``, tried on the lines that begin so; ``unkeyed``: the others that need nothing
    ``text.prefilter`` can tell; ``needing``: the others one by one, each with what its every match
    needs, tried only on the lines — and pages — that hold it), and each other pattern on its own (a
    pattern of literal alternatives alone lets ``re`` skip to their first characters, an alternation
    of all the patterns tries every one at every character)."""

    keyed: re.Pattern[str]
    firsts: frozenset[str]
    unkeyed: re.Pattern[str] | None
    needing: tuple[tuple[re.Pattern[str], Requirement], ...]
    anywhere: tuple[re.Pattern[str], ...]

    def at_start(self, line: str) -> bool:
        """A line-start pattern matches ``line``."""
        return (
            (line[:1] in self.firsts and self.keyed.match(line) is not None)
            or (self.unkeyed is not None and self.unkeyed.match(line) is not None)
            or any(may_match(needs, line) and rule.match(line) is not None for rule, needs in self.needing)
        )


def _alternation(patterns: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns) or "(?!)", re.M)


@cache
def _line_rules(kind: str) -> _LineRules:
    groups = read_groups("furniture.tsv").get(kind, ())
    at_start = [p for p in groups if all(b.startswith("^") for b in _top_level_branches(p))]
    anywhere = tuple(re.compile(p, re.M) for p in groups if p not in at_start)
    firsts = {p: first_chars(re.compile(p, re.M)) for p in at_start}
    keyed = [p for p in at_start if firsts[p] is not None]
    needs = {p: required_chars(re.compile(p, re.M)) for p in at_start if firsts[p] is None}
    unkeyed = [p for p, req in needs.items() if not req]
    return _LineRules(
        _alternation(keyed),
        frozenset().union(*(firsts[p] or () for p in keyed)),
        _alternation(unkeyed) if unkeyed else None,
        tuple((re.compile(p, re.M), req) for p, req in needs.items() if req),
        anywhere,
    )


def _line_matches(kind: str, line: str) -> bool:
    """A pattern of ``kind`` matches the (stripped) ``line``."""
    rules = _line_rules(kind)
    return rules.at_start(line) or any(rule.search(line) for rule in rules.anywhere)


def _lines_matching(kind: str, stripped: list[str]) -> set[int]:
    """Indices of the lines a furniture pattern matches: the line-start patterns by one ``match``
    a line (of the lines a pattern can begin; a pattern that needs some words, of the lines that
    hold them, on a page that holds them); each other pattern by one regex pass over all the
    lines joined (the patterns are per line: ``^``/``$`` are line anchors), each hit confirmed on
    its own line."""
    rules = _line_rules(kind)
    keyed, firsts, unkeyed, anywhere = rules.keyed, rules.firsts, rules.unkeyed, rules.anywhere
    # (rules.at_start written out: a method call a line cost a third of what the test saves)
    hits = {
        i
        for i, s in enumerate(stripped)
        if (s[:1] in firsts and keyed.match(s)) or (unkeyed is not None and unkeyed.match(s))
    }
    if not anywhere and not rules.needing:
        return hits
    joined = "\n".join(stripped)
    for rule, needs in rules.needing:
        if may_match(needs, joined):  # (most pages hold none of what such a pattern needs: no line is tried)
            hits.update(i for i, s in enumerate(stripped) if may_match(needs, s) and rule.match(s))
    starts: list[int] = []  # where each line starts in ``joined``: counted at the first match (most pages: none)
    for rule in anywhere:
        for m in rule.finditer(joined):  # a match may run over a line end (\s): take its lines
            starts = starts or list(itertools.accumulate((len(s) + 1 for s in stripped), initial=0))
            first = bisect.bisect_right(starts, m.start()) - 1
            last = bisect.bisect_right(starts, max(m.start(), m.end() - 1)) - 1
            hits.update(i for i in range(first, last + 1) if 0 <= i < len(stripped) and rule.search(stripped[i]))
    return hits


def _single_lines(stripped: list[str]) -> set[int]:
    """Indices of the lines that are furniture by themselves (furniture.tsv ``line`` and ``skip``)."""
    return _lines_matching("line", stripped) | _lines_matching("skip", stripped)


PROSE_MIN = 20  # characters of a line that reads as article prose (with a sentence mark)
MAX_PROSE_REMOVED = 0.5  # furniture never takes more than this share of a page's prose


def _prose_chars(stripped: list[str], indices: Iterable[int]) -> int:
    return sum(len(s) for i in indices if len(s := stripped[i]) >= PROSE_MIN and _SENTENCE_MARK.search(s))


_SENTENCE_MARK = re.compile(r"[。，,；;！？!?]")
_CLAUSE_MARK = re.compile("。")  # a sentence's end: prose of the article, not a headline or a greeting
SENTENCE_END = re.compile(r"[。！？!?]")  # a sentence's end mark (also the headline readers')


def page_furniture(lines: list[str]) -> tuple[set[int], bool, set[int]]:
    """Indices of the furniture lines, whether the detection was uncertain, and those of the lines
    of the page's other stories (a page of several: ``_other_stories``), which are among the first.

    The guard: when the header, navigation or footer rules would take most of the page's prose
    (an e-paper page whose edition and page-turn lines stand above a short article, a footer
    marker before the story), they are not applied — only single furniture lines are blanked —
    and the page is marked uncertain.  Furniture detection never silently blanks the article."""
    stripped = [plain(ln) for ln in lines]
    out = _furniture_of(stripped)
    # (a choice among whole stories: no guard's business; nor the ends of stories carried over from another page)
    others = _other_stories(stripped) | _carried_over(stripped)
    if not out:
        return others, False, others
    total = _prose_chars(stripped, range(len(stripped)))
    if total and _prose_chars(stripped, out) > MAX_PROSE_REMOVED * total:
        single = _single_lines(stripped)
        return {i for i in single if not _prose_chars(stripped, [i])} | others, True, others
    return out | others, False, others


@cache
def _cooperation_words() -> re.Pattern[str]:
    """What a story of the genre says (rules/events.tsv ``cooperation`` and ``sign``: 合作, 联席, 签署)
    and a document's title mark."""
    groups = read_groups("events.tsv")
    words = [*groups.get("cooperation", ()), *groups.get("sign", ()), "《"]
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))


def _other_stories(stripped: list[str]) -> set[int]:
    """The lines of the stories that are not the article on a page of several: the heads are
    furniture.tsv ``story`` lines over a dateline (■ X / 本报讯（记者…）), short headlines over a
    ``dateline`` (丰南区启动… / 本报讯（记者…）; with a deck line between), and the lines that repeat
    an item of the page's own list of its stories (``contents``: 今日导读 ▶A ▶B, then ▍B), the list's
    first story, under the page's headline, being the lines from the list's end to the first head.
    The article is the story with the most distinct words of cooperation (the first of equals); the others'
    lines, their credits and source lines too, and the list are furniture.  A page's foot after the
    last story (本版编辑, 版权所有) is left to the other rules."""
    heads = set()
    for i in sorted(_lines_matching("story", stripped)):
        j = next((k for k in range(i + 1, len(stripped)) if stripped[k]), None)
        if j is not None and opens_with_credit(stripped[j]):
            heads.add(i)
    heads |= _headlines_over_datelines(stripped)
    contents, items = _contents(stripped)
    if items:
        last = max(contents)
        heads |= {i for i in range(last + 1, len(stripped)) if _unbulleted(stripped[i]) in items}
    heads_list = sorted(heads)
    # (a list's first story under the page's own headline, no head repeated over it: its lines from the
    # end of the list, or from the top, to the first head)
    lead = (max(contents) + 1) if contents else 0
    if heads_list and items and _prose_chars(stripped, range(lead, heads_list[0])):
        heads_list.insert(0, lead)
    if len(heads_list) < 2:
        return set()
    return _stories_but_best(stripped, heads_list) | contents


def _carried_over(stripped: list[str]) -> set[int]:
    """The lines of a story's end carried over from another page (furniture.tsv ``continued``: （上接第二版）…): the
    marked line and the lines after it to its paragraph's end (a line that ends a sentence, or a blank line)."""
    out: set[int] = set()
    for i in sorted(_lines_matching("continued", stripped)):
        for k in range(i, len(stripped)):
            if not stripped[k]:
                break
            out.add(k)
            if stripped[k][-1] in _PARAGRAPH_ENDS:
                break
    return out


_PARAGRAPH_ENDS = frozenset("。！？!?”」")


# a photo's caption: 图：/圖：/▲ before it, or its photographer's credit in brackets at its end (…（记者 X 摄）)
_PHOTO_CAPTION = re.compile(r"^(?:图|圖|图片|圖片)[:：]|^▲|[（(][^（()）]{0,16}(?:摄|攝)(?:影)?[)）]\s*$")
STORY_HEAD_MAX = 40  # characters of a headline that heads a story of a page of several


def _is_short_head(s: str) -> bool:
    return 4 <= len(s) <= STORY_HEAD_MAX and not _SENTENCE_MARK.search(s) and not is_credit_line(s)


def _bulleted_label(s: str) -> bool:
    """A section's label after a story's bullet (■简讯, ●短讯): the head of the briefs under it."""
    rest = s.lstrip(STORY_BULLETS).strip()
    return s[:1] in STORY_BULLETS and 2 <= len(rest) < 4 and not _SENTENCE_MARK.search(rest)


def _headlines_over_datelines(stripped: list[str]) -> set[int]:
    """Short lines that stand over a story's dateline (furniture.tsv ``dateline``: 本报讯（记者…）),
    right over it or over a deck line over it: the headlines of a page's stories."""
    datelines = sorted(_lines_matching("dateline", stripped))
    out = set()
    for d in datelines:
        above = [k for k in range(d - 1, -1, -1) if stripped[k]][:2]
        if above and (_is_short_head(stripped[above[0]]) or _bulleted_label(stripped[above[0]])):
            # (a headline and its deck: the upper one heads the story)
            deck = len(above) == 2 and above[1] == above[0] - 1  # (the two lines adjacent)
            two = deck and _is_short_head(stripped[above[1]]) and above[1] not in out
            out.add(above[1] if two and not any(above[1] < x < d for x in datelines) else above[0])
    return out


STORY_BULLETS = "■□●◆◇★☆▍▌▎▶►"  # the marks a story's headline opens with on a page of several
# (an item of a page's list of its stories: a number, or bullets and dashes)
LIST_MARKS = STORY_BULLETS + "▷▸·•・‧○▪*|-—．"  # the marks an item of a list of stories or links opens with
_BULLET = re.compile(rf"^(?:[①-⑳⑴-⒇❶-❿]|[0-9]{{1,2}}(?:[.、．]|[ \u3000]+)|[{re.escape(LIST_MARKS)}]+)\s*")


def opens_with_mark(line: str) -> bool:
    """The line opens with a list's mark (·, ■, ▶, a circled number…): an item of a list of stories or links."""
    return _BULLET.match(line.lstrip()) is not None


def _unbulleted(s: str) -> str:
    s = _BULLET.sub("", s).strip()
    return s[1:-1].strip() if s[:1] in "【[" and s[-1:] in "】]" else s  # 【兰州海东两市签署…】


def _contents(stripped: list[str]) -> tuple[set[int], set[str]]:
    """A page's list of its stories under its label (furniture.tsv ``contents``): the lines of the
    label and its items, and the items' texts without their bullets (four characters at least)."""
    for i in sorted(_lines_matching("contents", stripped)):
        lines = {i}
        items: set[str] = set()
        bullets = False  # the items so far open with bullets
        for k in range(i + 1, len(stripped)):
            if not stripped[k]:
                if items:
                    break
                continue
            text = _unbulleted(stripped[k])
            if not _is_short_head(text) or len(lines) > 12:
                break
            bulleted = text != stripped[k].strip()
            if text in items or (items and bullets and not bulleted):
                break  # (·保衡两市签署… then 保衡两市签署… unbulleted: the list is over, the first story's head)
            bullets = bullets or bulleted
            lines.add(k)
            items.add(text)
        if len(items) >= 2:
            return lines, items
    return set(), set()


_SOURCE_LINE = re.compile(r"^(?:来源|来自|稿源|出处)\s*[:：]\S{2,20}$")


def _stories_but_best(stripped: list[str], heads: list[int]) -> set[int]:
    """The lines of every story but the one with the most distinct words of cooperation (the first of equals),
    each story from its head to the next."""
    spans = []
    for n, i in enumerate(heads):
        end = heads[n + 1] if n + 1 < len(heads) else len(stripped)
        # (the last story ends at its last line of prose: the page's foot is no story's)
        while n + 1 == len(heads) and end > i + 1 and not _SENTENCE_MARK.search(stripped[end - 1]):
            end -= 1
        # (but its photo's caption right under its text is: 图：小朋友试穿消防装备（记者　梁伟文　摄）)
        while n + 1 == len(heads) and end < len(stripped) and _PHOTO_CAPTION.search(stripped[end]):
            end += 1
        if n + 1 == len(heads):
            # (but its own source line under it is: 来源：天镇县融媒体中心)
            nxt = next((k for k in range(end, len(stripped)) if stripped[k]), None)
            if nxt is not None and _SOURCE_LINE.match(stripped[nxt]):
                end = nxt + 1
        spans.append((i, end))
    words = _cooperation_words()
    # (each word once: a brief whose headline repeats its one agreement's words is no longer for it)
    scores = [len({w for k in range(a, b) for w in words.findall(stripped[k])}) for a, b in spans]
    best = max(range(len(spans)), key=lambda n: (scores[n], -n))
    return {k for n, (a, b) in enumerate(spans) if n != best for k in range(a, b)}


def furniture_lines(lines: list[str]) -> set[int]:
    """Indices of the lines that are page furniture."""
    return _furniture_of([plain(ln) for ln in lines])


# a page counter of a story split over pages (第1页　第2页　下一页　共2页; 上一页): a scrape of every page may follow
_PAGE_COUNTER = re.compile(r"第\s*[0-9０-９]{1,3}\s*页|共\s*[0-9０-９]{1,3}\s*页|上一页|下一页")
# the page's number a later page's headline carries: 榕泉两市签署…(2), …（二）, …[2], …（第2页）, …_2
_PAGE_SUFFIX = re.compile(
    r"\s*(?:[(（\[【]\s*(?:第\s*)?[0-9０-９一二三四五六七八九十]{1,2}\s*页?\s*[)）\]】]|_[0-9]{1,2})$"
)
PAGE_HEADLINE_MIN = 8  # characters of a headline a later page of a story split over pages repeats


def _later_pages(stripped: list[str], first_prose: int) -> list[int]:
    """Where the later pages of a story split over pages start, when a scrape kept them all on one page: the lines
    after the article's first prose that repeat a headline line above it (with the page's number after it or not:
    榕泉两市签署…(2)), on a page with a page counter (第1页　第2页　下一页)."""
    if not any(_PAGE_COUNTER.search(s) for s in stripped[first_prose:]):
        return []
    top = stripped[: min(first_prose, HEAD_WINDOW)]
    heads = {s for s in top if len(s) >= PAGE_HEADLINE_MIN and not SENTENCE_END.search(s)}
    after = range(first_prose + 1, len(stripped))
    return [i for i in after if stripped[i] and _PAGE_SUFFIX.sub("", stripped[i]) in heads]


def _furniture_of(stripped: list[str]) -> set[int]:
    """Indices of the furniture lines, the lines given as ``plain`` reads them; on a scrape of a story split over
    pages (:func:`_later_pages`), of each page read as a page of its own, the later pages' repeated headlines too."""
    first_prose = _first_prose(stripped)
    later = _later_pages(stripped, first_prose)
    if not later:
        return _page_furniture_of(stripped, first_prose)
    out: set[int] = set()
    for lo, hi in itertools.pairwise([0, *later, len(stripped)]):
        out.update(lo + i for i in _page_furniture_of(stripped[lo:hi]))
    return out | set(later)


def _first_prose(stripped: list[str]) -> int:
    """The first line of prose (one long enough with a sentence's end), else the page's length."""
    return next((i for i, s in enumerate(stripped) if len(s) >= PROSE_MIN and _CLAUSE_MARK.search(s)), len(stripped))


def _page_furniture_of(stripped: list[str], first_prose: int | None = None) -> set[int]:
    """Indices of the furniture lines of one page, the lines given as ``plain`` reads them (``first_prose``: its first
    line of prose, where the caller has it)."""
    nonempty = [i for i, s in enumerate(stripped) if s]
    out: set[int] = set()
    line_hits = _single_lines(stripped)

    # page header: everything down to the last header marker near the top and above the first line of
    # prose (a navigation bar under a short press release is its footer), but credit lines
    head_end = -1
    first_prose = _first_prose(stripped) if first_prose is None else first_prose
    for i in nonempty[:HEAD_WINDOW]:
        if i < first_prose and _line_matches("head", stripped[i]):
            head_end = i
    out.update(i for i in range(head_end + 1) if not is_credit_line(stripped[i]))
    # navigation items: short lines between separator lines
    sep = {i for i in line_hits if len(stripped[i]) <= 2}
    if sep:
        for k, i in enumerate(nonempty):
            prev_i = nonempty[k - 1] if k else None
            next_i = nonempty[k + 1] if k + 1 < len(nonempty) else None
            if (
                len(stripped[i]) <= NAV_ITEM_MAX
                and (prev_i in sep or next_i in sep)
                and not is_credit_line(stripped[i])
            ):
                out.add(i)
    # footer: from the first footer marker on, but credit lines stay; a marker above the first line of
    # prose is no footer's (本版其他新闻：X｜Y under an e-paper's masthead): that line alone is furniture
    tails = [i for i in _lines_matching("tail", stripped) if i > head_end]
    prose_after = first_prose < len(stripped)  # (a page with no line of prose: every marker starts the footer)
    out.update(i for i in tails if prose_after and i < first_prose)
    tail_start = min((i for i in tails if not prose_after or i >= first_prose), default=None)
    label_open = False  # the line before is a credit whose last label's value the wrap put on this line
    for i in nonempty:
        s = stripped[i]
        in_line = i in line_hits
        in_tail = tail_start is not None and i >= tail_start
        if in_tail or in_line:
            # (a related story's line in the footer is no credit though it names its source: ·内江市与自贡市签订
            # 旅游合作协议（2007-08-10　来源：内江日报）; furniture.tsv ``item``)
            # (nor is the name a wrap put under a credit's label: 本版编辑：郭丽娜　校对：| 赵文博)
            wrapped = label_open and len(s) <= WRAPPED_NAME_MAX and not _SENTENCE_MARK.search(s) and ":" not in s
            if not wrapped and (
                not is_credit_line(s) or (in_line and not _has_credit_value(s)) or (in_tail and _link_item(s))
            ):
                out.add(i)
        label_open = i not in out and s.endswith(("：", ":")) and is_credit_line(s)
    out.update(_trailing_links(stripped, nonempty, out))
    out.update(_leading_links(stripped, nonempty, head_end))
    return out


WRAPPED_NAME_MAX = 16  # characters of a line of names a wrap put under a credit's last label


def _leading_links(stripped: list[str], nonempty: list[int], head_end: int) -> list[int]:
    """A run of short bulleted lines near the top of the page, before any prose: an e-paper
    page's list of its stories (本版标题导航 ·临沧市启动边境贸易区规划 ·大理州…), not the article."""
    runs: list[list[int]] = [[]]
    listed: set[str] = set()  # the items under a list's label (本版标题导航), bullets or none
    under_label = bulleted = False
    prev = -1
    for i in nonempty[: HEAD_WINDOW + max(0, head_end)]:
        s = stripped[i]
        gap, prev = i > prev + 1, i
        if _LIST_LABEL.fullmatch(s):
            under_label, bulleted = True, False
            continue
        if under_label and not bulleted and gap and listed:
            # (a blank line ends a list without bullets: 版面导航 / 第01版：要闻 … / PDF版下载, then the headline and
            # its kicker, 共推辽苏对口合作走深走实 / 南通市党政代表团来营考察…)
            under_label = False
        bullet = _LINK_ITEM.match(s) is not None
        # a list without bullets under its label goes on while its lines are short; one with
        # bullets ends at the first line without
        plain_item = under_label and not bulleted and len(s) <= LIST_ITEM_MAX and not _SENTENCE_MARK.search(s)
        if bullet or plain_item:
            if _unbulleted(s) in listed:  # the page's headline repeats one item of its list: the list has ended
                break
            bulleted = bulleted or (bullet and not listed)
            listed.add(_unbulleted(s))
            runs[-1].append(i)
            continue
        under_label = False
        if SENTENCE_END.search(s) or (len(s) >= PROSE_MIN and _SENTENCE_MARK.search(s)):
            break  # the article has begun: a list after this is the article's own
        if runs[-1]:
            runs.append([])
    return [i for run in runs if len(run) >= LINK_RUN_MIN for i in run]


_LINK_ITEM = re.compile(r"^[·•▪■◆●○◇►▶．‧・]\s*[^。！？!?；;]{2,40}$")  # (．包头代表团访澳推介投资: a Macau e-paper's)
# a label alone on its line over a list of the page's stories (not 上一期 下一期 本版目录, a nav bar)
_LIST_LABEL = re.compile(r"(?:本版|本期|版面)?(?:标题导航|目录|导航|要目)\s*[:：]?")
LIST_ITEM_MAX = 30  # characters of an item of such a list
LINK_RUN_MIN = 2  # bulleted headlines at the very end of a page: links to other stories


def _trailing_links(stripped: list[str], nonempty: list[int], out: set[int]) -> list[int]:
    """A run of short bulleted lines that ends the page (·宜昌市长率团来我市考察): related
    stories without a header, not the article."""
    run: list[int] = []
    for i in reversed(nonempty):
        if _link_item(stripped[i]):
            run.append(i)
            continue
        if i in out or (not run and is_credit_line(stripped[i])):
            # furniture after the run or inside it (a copyright line, 相关新闻：), a credit after it (责任编辑：…)
            continue
        break
    return run if len(run) >= LINK_RUN_MIN else []


def _link_item(line: str) -> bool:
    """A related story's line: bulleted (·宜昌市长率团来我市考察), or its headline, date and outlet (furniture.tsv
    ``item``: …工作　2012-09-10　来源：昌都报)."""
    return _LINK_ITEM.match(line) is not None or _line_matches("item", line)


def _has_credit_value(line: str) -> bool:
    """A contact/copyright line or a bar of page controls can still carry a 来源 or a staff credit
    with its name (【打印】【关闭】　责任编辑：王晓静); keep it then."""
    return _credit_value().search(line) is not None


@cache
def _credit_value() -> re.Pattern[str]:
    """来源 and its outlet, or a staff label of rules/staff_labels.tsv, a colon and a name."""
    labels = sorted((row[0] for row in read_tsv("staff_labels.tsv") if len(row[0]) > 1), key=len, reverse=True)
    return re.compile(rf"来源\s*[:：]?\s*\S|(?:{'|'.join(map(re.escape, labels))})\s*[:：]\s*[\u4e00-\u9fff]")
