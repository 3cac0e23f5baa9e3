"""A scrape's layout that is not the article's text: hard line wraps, letter-spaced lines and
padded names.

An e-paper or PDF scrape breaks every line at the column's width (``…在连云港`` / ``市举行…``),
so a name, a date or a document's title may run over a line end that no sentence has; some
scrapers put a space between every two characters of a line (``淮 海 经 济 区``).  Both are found
from the page's own shape — many lines of one length, lines whose characters are mostly spaced —
and undone by ``normalize.clean``: these functions say which characters to drop (the line ends of
wrapped lines, the spaces of a letter-spaced line, the pad of a two-character name set as wide as a
three-character one: ``王　健``); the offsets map keeps every other character's place.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from unicodedata import east_asian_width

# ---------------------------------------------------------------- hard wraps

WRAP_MIN_WIDTH = 12  # a column narrower than this is no body text (a list of names, a menu)
WRAP_MIN_LINES = 4  # lines of the column's width a page needs before its width counts as a wrap
WRAP_SHARE = 0.5  # of the lines at least that long, this share is of the column's width (give or take one)
WRAP_OVER = 0.15  # at most this share of the prose lines is wider than the column (paragraphs one a line are)
_INDENT = re.compile(r"^(?:[\t\u3000]|  )")  # one space is no indent: a writer's space the wrap fell on
_CJK = re.compile(r"[\u4e00-\u9fff]")
_SENTENCE = re.compile("[。，,；]")
LIST_PROSE_MIN = 16  # a line this long with a list's mark (、) and no sentence mark is prose too (not 责编：甲、乙)


def _prose(line: str) -> bool:
    """A line of a sentence: a sentence's mark inside, or a list's in a line as long as a column's (…常务副主席孙 /
    宝田和山西省委常委、常务副省长冯晓平分别介绍了两 / 省区…: not a credit's 责编：甲、乙, a heading's 一、…)."""
    return _SENTENCE.search(line) is not None or (len(line) >= LIST_PROSE_MIN and "、" in line)
_MARK = re.compile("[。，,、；：！？“”《》（）]")  # a line of prose holds one: furniture, a headline seldom
_NO_LINE_START = frozenset("，。、；：！？）》”’」』")
_MARK_FIRST = frozenset("，。、；：！？")  # a line opening with one of these goes on the line before it
_PARAGRAPH_END = frozenset("。！？…”’）」』")
# a page's stamp line: a year's date and a field's colon or a gap (发布时间：2021年4月13日　来源：…,
# 2016-11-25 09:02　来源：…); a paragraph's first line before its first mark seldom has both
_STAMP_DATE = re.compile(r"(?:19|20)\d{2}\s*[年\-/.]\s*\d{1,2}|[〇零○一二][〇零○一二三四五六七八九]{3}年")
_STAMP_FIELD = re.compile(r"[:：\u3000]|\s{2}")
# a caption's credit ending its line: 　张三 摄, 记者羅雅筠／攝影 (the name and a slash before the word)
_PHOTO_CREDIT = re.compile(r"(?:\s\S{1,8}\s*|[\u4e00-\u9fff·]{2,8}\s*[／/]\s*)[摄攝](影)?$")


def wrap_width(lines: list[str]) -> int | None:
    """The column width at which the page's lines were hard-wrapped, or None: the commonest
    length (in characters, trailing white space aside) of the lines that carry Chinese and a mark
    (prose: a related story's headline, a menu, a date line are not counted), when
    enough lines have it, most of the long lines are that long and few lines of prose (with a
    sentence mark: not a headline, a date line) are wider than it (a page of paragraphs, one a
    line, has no common length; a list of headlines of one length under such paragraphs is no
    column).  Wider is measured in display columns (a Chinese
    character two, a digit one), as a page wraps: a line of a column with digits in it holds
    more characters."""
    long = [s for line in lines if len(s := line.rstrip()) >= WRAP_MIN_WIDTH and _CJK.search(s) and _MARK.search(s)]
    if len(long) < WRAP_MIN_LINES:
        return None
    counts = Counter(map(len, long))
    width, _ = max(counts.items(), key=lambda kv: (kv[1], kv[0]))
    near = counts[width - 1] + counts[width] + counts[width + 1]
    if counts[width] < WRAP_MIN_LINES or near < WRAP_SHARE * len(long):
        return None
    prose = [s for s in long if _SENTENCE.search(s)]
    over = sum(1 for s in prose if len(s) > width + 1 and display_width(s) > 2 * (width + 1))
    return None if over > WRAP_OVER * len(prose) else width


def _is_stamp(line: str) -> bool:
    line = line.strip()  # (a paragraph's indent is no gap)
    return _STAMP_DATE.search(line) is not None and _STAMP_FIELD.search(line) is not None


def display_width(s: str) -> int:
    """Columns ``s`` takes on a page: two for a wide (Chinese, full-width) character, one for others."""
    return sum(2 if east_asian_width(c) in "WF" else 1 for c in s)


def wrap_breaks(
    text: str,
    stands_alone: Callable[[str], bool] = lambda _: False,
    opens: Callable[[str], bool] = lambda _: False,
) -> list[int]:
    """The positions of the line ends of ``text`` that are hard wraps, with the trailing white space
    before each.  A line end is a wrap when the line fills the column and is no wider (a longer
    line — a date and source line, a share bar — is no line of the column), or is one short of it and
    the next line starts with a mark a page does not begin a line with), and the next line goes on
    the paragraph: it is not blank, not indented (an indent opens a paragraph), and it fills the
    column too or ends the way a paragraph ends (。！？…: a short line that does not — a subtitle,
    a byline, a date — stands alone).  The page's head (the lines above the paragraph of the first
    line that holds a sentence mark: site name, headline, date and source lines), a line that
    ends with a photo credit (a caption: ``…合影。 王五 摄``) and one that ``stands_alone`` says is
    a line of its own (page furniture: a share bar) are never joined to the next line, nor any line
    to one that ``opens`` a paragraph (a dateline: ``本报讯（记者…）``).  A single space that ends a
    joined line, or starts the next, is the writer's (``甲市人民政府 乙市人民政府…协议``) and stays.
    A page with no column width has only its line ends inside sentences joined (``stray_breaks``)."""
    lines = text.split("\n")
    width = wrap_width(lines)
    if width is None:
        return stray_breaks(lines, stands_alone, opens)
    bodies = [line.rstrip() for line in lines]

    def fills(s: str) -> bool:  # the line fills the column and is no wider (a wider line is no column line)
        return len(s) >= width and (len(s) <= width + 1 or display_width(s) <= 2 * (width + 1))

    def unindented(i: int) -> bool:
        """A paragraph's first line two short of the column, with a mark: the scrape stripped its
        indent of two full-width spaces (本报讯（记者…）8 / 月15日…)."""
        s = bodies[i]
        return len(s) == width - 2 and not _INDENT.match(lines[i]) and _MARK.search(s) is not None

    head = next((i for i, s in enumerate(bodies) if _SENTENCE.search(s)), len(bodies))
    # the paragraph's first lines, before its first mark (a stamp line above it, or a line that
    # stands alone, is the head's however long); its first line may have lost its indent
    while head > 0 and not _is_stamp(bodies[head - 1]) and not stands_alone(bodies[head - 1]):
        if fills(bodies[head - 1]):
            head -= 1
        else:
            head -= unindented(head - 1)
            break
    starts = {head} | {i + 1 for i, s in enumerate(bodies) if not s.strip() or s[-1] in _PARAGRAPH_END}
    out: list[int] = []
    at = 0
    for i, (line, body) in enumerate(zip(lines, bodies, strict=True)):
        end = at + len(line)
        nxt = bodies[i + 1] if i + 1 < len(bodies) else ""
        full = (
            fills(body)
            or fills(body + line[len(body) :][:1])  # the writer's space as the column's last character
            or (len(body) == width - 1 and nxt[:1] in _NO_LINE_START)
            or (i in starts and unindented(i))
        )
        # (the next line may be one short: a hand-wrapped column is not exact)
        goes_on = (
            bool(nxt.strip())
            and not _INDENT.match(nxt)
            and (
                fills(nxt)
                or nxt[-1] in _PARAGRAPH_END
                or (len(nxt) == width - 1 and not stands_alone(nxt))
                # (a line of prose wider than the column: one the scrape kept whole, a title in 《》 inside it —
                # 馆举行，双方签订了《运城地区行政公署、焦作市人民政府经济技术协作协议》)
                or (len(nxt) > width + 1 and _SENTENCE.search(nxt) is not None and "《" in nxt)
            )
        )
        credit = body[-1:] in ("摄", "影", "攝") and _PHOTO_CREDIT.search(body) is not None
        # (nor a stamp line as wide as the column: 发布时间：2022-07-15 10:30　来源：六安日报　浏览次数：1,203, whose
        # thousands' comma read as a sentence mark made it the paragraph's first line)
        if i >= head and full and goes_on and not credit and not stands_alone(body) and not _is_stamp(body):
            if not opens(nxt.lstrip()):
                kept = 1 if line[len(body) :] == " " else 0  # the writer's space at the break
                out.extend(range(at + len(body) + kept, end + 1))
        at = end + 1
    # (and, below the head, the line ends inside sentences of lines short of the column: a page wrapped by
    # hand beside its column, …宁海县委副书记、县长王 / 晓峰出席座谈会。)
    below = sum(len(line) + 1 for line in lines[:head])
    done = set(out)  # (a line end the column joined keeps what it kept: the writer's space before it)
    out.extend(p for p in stray_breaks(lines, stands_alone, opens) if p >= below and text.find("\n", p) not in done)
    return sorted(out)


_GOES_ON_END = frozenset("，,、")  # a line that ends with one of these ends no paragraph
_NO_JOIN_END = frozenset("：:；;")  # a list or a label ends its line on purpose


def stray_breaks(
    lines: list[str], stands_alone: Callable[[str], bool], opens: Callable[[str], bool]
) -> list[int]:
    """The line ends of a page with no column width that break a sentence (…洽谈会在我市 / 召开。…;
    …市领导吴振华、 / 白音，…): a line of prose (a sentence mark inside) that ends with a Chinese
    character or a comma, not a paragraph's end, before a line that goes on the paragraph (not blank,
    not indented, prose too: a mark inside or a paragraph's end) — neither a line that stands alone
    (furniture, a caption's credit) nor one that opens a paragraph (a dateline).  The trailing white
    space goes with the line end."""
    out: list[int] = []
    at = 0
    carried = False  # the line before was joined to this one: this line goes on its sentence
    for i, line in enumerate(lines):
        end = at + len(line)
        body = line.rstrip()
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        nbody = nxt.rstrip()
        joined = False
        if body and nbody and nxt[0] in _MARK_FIRST and not stands_alone(body):
            joined = True  # (…《…协议》 / ，两地区市正式…: no line opens with a comma)
        elif (
            body
            and nbody
            and (_prose(body[:-1]) or carried)
            and (body[-1] in _GOES_ON_END or (_CJK.match(body[-1]) is not None and body[-1] not in _NO_JOIN_END))
            and not _INDENT.match(nxt)
            # (or a title's mark after a verb: …两县签订 / 《…协议》，共同…)
            and (nxt[0] in _NO_LINE_START or _CJK.match(nxt[0]) is not None or nxt[0] in _OPENING_MARKS)
            # (or a word the break split, a clause of one character left on the line: …昨日，河 / 曲县与…召开)
            and (_prose(nbody) or nbody[-1] in _PARAGRAPH_END or _split_word(body))
            and not (body[-1] in "摄影攝" and _PHOTO_CREDIT.search(body) is not None)
            and not opens(nxt.lstrip())
            and not stands_alone(body)
            and not stands_alone(nbody)
            # (nor a data table's row, as the HTML reader writes it: 《A》　两市交通运输局　…)
            and not TABLE_ROW.match(body)
            and not TABLE_ROW.match(nbody)
        ):
            joined = True
        if joined:
            out.extend(range(at + len(body), end + 1))
        carried = joined
        at = end + 1
    return out


_OPENING_MARKS = frozenset("《“「")
# a data table's row as the HTML reader writes it (text/html.py): its cells on one line, set apart by this
TABLE_CELL_SEP = "\u3000"
TABLE_ROW = re.compile(rf"[ \t]*《[^》\n]+》{TABLE_CELL_SEP}")  # … a row opening with a document's title
_CLAUSE_MARKS = _GOES_ON_END | _NO_JOIN_END  # (any clause mark)


def _split_word(body: str) -> bool:
    """The line ends with a clause of one Chinese character after a mark (…昨日，河): a word the line's end split."""
    return len(body) >= 2 and body[-2] in _CLAUSE_MARKS and _CJK.match(body[-1]) is not None


# ---------------------------------------------------------------- run-on pages

RUNON_MIN = 200  # characters of a text that may be a page whose line breaks a scrape lost
RUNON_LINE_CHARS = 600  # … when it has fewer line ends than one for this many characters
_SPACES = re.compile(r"[ \u3000]+")
_SENTENCE_ENDS = "。！？!?”」）)】"
_CRUMB_END = re.compile(r"[>＞»›][ \u3000]*[^\s>＞»›]{1,12}$")  # a breadcrumb's last item right before a space


def runon_breaks(text: str, markers: re.Pattern[str]) -> list[int]:
    """The positions of the spaces that were line ends on a page whose lines a scrape joined with spaces (首页 政务公开
    … 您当前的位置：首页 > 新闻中心 > 广元要闻 广元十堰两市签署… 发布时间：… 本报讯…): a space before a field, a label
    or a link of ``markers`` (rules/runon_markers.txt), after a breadcrumb's last item, or after a sentence's end
    before a Chinese character, a digit or an opening bracket (a paragraph's end).  None where the text has its line
    ends: one or more for every ``RUNON_LINE_CHARS`` characters, or a text shorter than ``RUNON_MIN``."""
    if len(text) < RUNON_MIN or text.count("\n") * RUNON_LINE_CHARS > len(text):
        return []
    out: list[int] = []
    for m in _SPACES.finditer(text):
        p, q = m.start(), m.end()
        if p == 0 or q >= len(text) or text[p - 1] == "\n":
            continue
        nxt = text[q]
        if (
            markers.match(text, q)
            or (text[p - 1] in _SENTENCE_ENDS and (_is_han(nxt) or nxt in "（(【[“「" or nxt.isdigit()))
            or (nxt not in ">＞»›" and _CRUMB_END.search(text, max(0, p - 16), p))
        ):
            out.append(p)
    return out


# ---------------------------------------------------------------- letter-spaced lines

_HAN = "\u4e00-\u9fff"
_SPACED_HAN = re.compile(rf"(?<=[{_HAN}]) (?=[{_HAN}])")
_TIGHT_HAN = re.compile(rf"[{_HAN}](?=[{_HAN}])")
_GAP = re.compile(r"(?<=[^ ]) +(?=[^ ])")
_SINGLE = re.compile(r"(?<=[^ ]) (?=[^ ])")
_TIGHT = re.compile(r"[^ ](?=[^ ])")
SPACED_MIN = 6  # spaced pairs of Chinese characters a line with some pairs unspaced needs
SPACED_ALL_MIN = 4  # single spaces a line with no two characters side by side needs (来 源 ： 日 报)


def letter_spaces(text: str) -> list[int]:
    """The positions of the spaces a scraper put into letter-spaced lines (``淮 海 经 济 区 协 同 发 展``):
    in a line where most neighbouring Chinese characters stand one space apart (or no two characters
    stand side by side: ``2 0 1 9 - 0 4 - 1 8``, ``来 源 ： 日 报``), every lone space between two
    characters — the scraper's —, and all but one of a wider gap (``甲 省 政 府   乙 省``): the
    writer's own space, which the scraper spaced around."""
    out: list[int] = []
    at = 0
    for line in text.split("\n"):
        if " " in line:
            spaced = len(_SPACED_HAN.findall(line))
            every = _TIGHT.search(line) is None and len(_SINGLE.findall(line)) >= SPACED_ALL_MIN
            if every or (spaced >= SPACED_MIN and spaced > 2 * len(_TIGHT_HAN.findall(line))):
                for m in _GAP.finditer(line):  # a lone space goes; a wider gap leaves one, the writer's
                    out.extend(range(at + m.start(), at + (m.end() if m.end() - m.start() == 1 else m.end() - 1)))
        at += len(line) + 1
    return out


# ---------------------------------------------------------------- padded labels

# a field's label in brackets padded to the width of the longest (a newspaper database's record: 【标　　题】,
# 【作　　者】, 【关 键 词】 beside 【文献来源】)
_PADDED_LABEL = re.compile(rf"[【\[](?:[{_HAN}][ \u3000]+){{1,4}}[{_HAN}][】\]]")
_LABEL_PAD = re.compile(r"[ \u3000]+")


def label_pads(text: str) -> list[int]:
    """The positions of the spaces that pad a bracketed field label (【标　　题】 reads 【标题】)."""
    return [
        m.start() + p.start() + k
        for m in _PADDED_LABEL.finditer(text)
        for p in _LABEL_PAD.finditer(m.group())
        for k in range(p.end() - p.start())
    ]


# ---------------------------------------------------------------- padded names

_PAD = re.compile(rf"(?<=[{_HAN}])(?:\u3000| {{1,2}})(?=[{_HAN}])")
LIST_MARKS = "、，,"  # what stands between the names of a list
TITLE_WINDOW = 6  # characters before a padded name in which a title head may end (常务副省长)


def name_pads(
    text: str,
    is_surname: Callable[[str], bool],
    title_ends: Callable[[str], bool],
    is_label: Callable[[str], bool] = lambda _: False,
    title_after: Callable[[str], bool] = lambda _: False,
) -> list[int]:
    """The positions of the pads inside two-character names that a page set as wide as
    three-character ones (``王　健``, ``李 强``): a full-width space or one or two spaces between a
    surname and one character, where the two stand as an item (after a list's mark: ``市领导王明、李　强参加``;
    or nothing Chinese on either side: ``王　健、李　强``, a byline ``记者　王　健``) or right after a title or a
    credit's label (``副省长王　健主持``, ``记者陈　晨``: ``title_ends`` says whether the text before ends
    with one), or open on its left before a title written after names (``　　贺　明书记代表…``: ``title_after``
    says whether the text after opens with one).  The characters of a
    list of single-character labels (``文 图``: ``is_label``) are no name; a character already taken
    as a name's second is no surname for the next pad (``王　华、李　强``); a pair with a lone character one
    space beside it is part of a letter-spaced run (``相 关 新 闻``; a list of padded names set apart by
    spaces only, ``王　健　李　强``, reads as one too)."""
    out: list[int] = []
    taken = -1  # the position of the last padded name's second character
    for m in _PAD.finditer(text):
        s, e = m.start(), m.end()
        x = s - 1
        if x == taken or not is_surname(text[x]):
            continue
        if is_label(text[x]) and is_label(text[e]):
            continue
        pad = m.group()
        if _single_beside(text, x - 1, -1, is_label, pad) or _single_beside(text, e + 1, 1, is_label, pad):
            continue  # a letter-spaced run (相 关 新 闻) too short for ``letter_spaces``
        before = text[x - 1] if x else ""
        after = text[e + 1] if e + 1 < len(text) else ""
        # an item: after a list's mark (市领导刘明、高　峰参加), or with nothing Chinese on either side
        item = before in LIST_MARKS or (not _is_han(before) and not _is_han(after))
        # (or after a name a space sets apart, a list of names set by spaces: 市领导李斌 赵晓东 王　慧参加)
        # (not a credit's label: 记者 张永强 文 赵振宇 图 — 文 labels the name before)
        item = item or (before in " \u3000" and x >= 2 and _is_han(text[x - 2]) and not is_label(text[x]))
        # (or opening its clause before a title written after names: 　　贺　明书记代表…, 郑　维书记说)
        titled = not _is_han(before) and title_after(text[e + 1 : e + 1 + TITLE_WINDOW])
        # (a title's note in brackets between: 副局长（主持工作）孙　浩, 副县长（挂职）王　健)
        note = _NOTE_BEFORE.search(text, max(0, x - NOTE_MAX), x)
        head_end = note.start() if note else x
        if item or titled or title_ends(text[max(0, head_end - TITLE_WINDOW) : head_end]):
            out.extend(range(s, e))
            taken = e
    return out


NOTE_MAX = 10  # characters of a title's note in brackets before a padded name
_NOTE_BEFORE = re.compile(r"[（(][^（）()]{1,8}[）)]$")


def _single_beside(text: str, at: int, step: int, is_label: Callable[[str], bool], pad: str = "") -> bool:
    """Whether a lone Chinese character (no label) stands one space away from ``at`` in the
    direction ``step``: ``at`` is a space, the next one a character that is not glued to another.  Not a
    character padded as the name is, a space of another width away (钱　平 周　洁: names padded with full-width
    spaces, set apart by a half-width one)."""
    c, far = at + step, at + 2 * step
    if not (0 <= at < len(text) and text[at] in " \u3000" and 0 <= c < len(text)):
        return False
    if pad and text[at] != pad[0]:
        # (the character beside and another joined by a pad like ours: 周　洁 after 钱　平 , 钱　平 before 周　洁)
        lo = c + 1 if step > 0 else c - len(pad)
        other = lo + len(pad) if step > 0 else lo - 1
        if text[lo : lo + len(pad)] == pad and 0 <= other < len(text) and _is_han(text[other]):
            return False
    return _is_han(text[c]) and not is_label(text[c]) and not (0 <= far < len(text) and _is_han(text[far]))


_STROKES = frozenset("丨丶丿")  # strokes of the Han block set as separators (编辑丨丁　一): no characters of words


def _is_han(ch: str) -> bool:
    return bool(ch) and "\u4e00" <= ch <= "\u9fff" and ch not in _STROKES
