"""A scrape's layout that is not the article's text: hard line wraps and letter-spaced lines.

An e-paper or PDF scrape breaks every line at the column's width (``…在连云港`` / ``市举行…``),
so a name, a date or a document's title may run over a line end that no sentence has; some
scrapers put a space between every two characters of a line (``淮 海 经 济 区``).  Both are found
from the page's own shape — many lines of one length, lines whose characters are mostly spaced —
and undone by ``normalize.clean``: these functions say which characters to drop (the line ends of
wrapped lines, the spaces of a letter-spaced line); the offsets map keeps every other character's
place.
"""

from __future__ import annotations

import re
from collections import Counter
from unicodedata import east_asian_width

# ---------------------------------------------------------------- hard wraps

WRAP_MIN_WIDTH = 12  # a column narrower than this is no body text (a list of names, a menu)
WRAP_MIN_LINES = 4  # lines of the column's width a page needs before its width counts as a wrap
WRAP_SHARE = 0.5  # of the lines at least that long, this share is of the column's width (give or take one)
WRAP_OVER = 0.15  # at most this share of the prose lines is wider than the column (paragraphs one a line are)
_INDENT = re.compile(r"^[ \t\u3000]")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_SENTENCE = re.compile("[。，,；]")
_NO_LINE_START = frozenset("，。、；：！？）》”’」』")
_PARAGRAPH_END = frozenset("。！？…”’）」』")
_PHOTO_CREDIT = re.compile(r"\s\S{1,8}\s*摄(影)?$")


def wrap_width(lines: list[str]) -> int | None:
    """The column width at which the page's lines were hard-wrapped, or None: the commonest
    length (in characters, trailing white space aside) of the lines that carry Chinese, when
    enough lines have it, most of the long lines are that long and few lines of prose (with a
    sentence mark: not a headline, a date line) are wider than it (a page of paragraphs, one a
    line, has no common length; a list of headlines of one length under such paragraphs is no
    column).  Wider is measured in display columns (a Chinese
    character two, a digit one), as a page wraps: a line of a column with digits in it holds
    more characters."""
    long = [s for line in lines if len(s := line.rstrip()) >= WRAP_MIN_WIDTH and _CJK.search(s)]
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


def display_width(s: str) -> int:
    """Columns ``s`` takes on a page: two for a wide (Chinese, full-width) character, one for others."""
    return sum(2 if east_asian_width(c) in "WF" else 1 for c in s)


def wrap_breaks(text: str) -> list[int]:
    """The positions of the line ends of ``text`` that are hard wraps, with the trailing white space
    before each.  A line end is a wrap when the line fills the column (or is one short of it and
    the next line starts with a mark a page does not begin a line with), and the next line goes on
    the paragraph: it is not blank, not indented (an indent opens a paragraph), and it fills the
    column too or ends the way a paragraph ends (。！？…: a short line that does not — a subtitle,
    a byline, a date — stands alone).  The page's head (the lines above the paragraph of the first
    line that holds a sentence mark: site name, headline, date and source lines) and a line that
    ends with a photo credit (a caption: ``…合影。 王五 摄``) are never joined to the next line."""
    lines = text.split("\n")
    width = wrap_width(lines)
    if width is None:
        return []
    bodies = [line.rstrip() for line in lines]
    head = next((i for i, s in enumerate(bodies) if _SENTENCE.search(s)), len(bodies))
    while head > 0 and len(bodies[head - 1]) >= width:  # the paragraph's first lines, before its first mark
        head -= 1
    out: list[int] = []
    at = 0
    for i, (line, body) in enumerate(zip(lines, bodies, strict=True)):
        end = at + len(line)
        nxt = bodies[i + 1] if i + 1 < len(bodies) else ""
        full = len(body) >= width or (len(body) == width - 1 and nxt[:1] in _NO_LINE_START)
        goes_on = bool(nxt.strip()) and not _INDENT.match(nxt) and (len(nxt) >= width - 1 or nxt[-1] in _PARAGRAPH_END)
        if i >= head and full and goes_on and not _PHOTO_CREDIT.search(body):
            out.extend(range(at + len(body), end + 1))
        at = end + 1
    return out


# ---------------------------------------------------------------- letter-spaced lines

_HAN = "\u4e00-\u9fff"
_MARKS = "，。、；：？！“”‘’《》（）【】「」『』…—·"
_SPACED = re.compile(rf"(?<=[{_HAN}{_MARKS}]) (?=[{_HAN}{_MARKS}])")
_SPACED_HAN = re.compile(rf"(?<=[{_HAN}]) (?=[{_HAN}])")
_TIGHT_HAN = re.compile(rf"[{_HAN}](?=[{_HAN}])")
SPACED_MIN = 6  # spaced pairs a line needs (shorter lines are lists of padded names: 王 五 李 四)


def letter_spaces(text: str) -> list[int]:
    """The positions of the spaces of letter-spaced lines (``淮 海 经 济 区 协 同 发 展``): single
    spaces between Chinese characters and marks of a line where most neighbouring characters are
    spaced apart.  A line's wider gaps (two spaces, a full-width space) are the writer's and stay."""
    out: list[int] = []
    at = 0
    for line in text.split("\n"):
        if " " in line:
            spaced = len(_SPACED_HAN.findall(line))
            if spaced >= SPACED_MIN and spaced > 2 * len(_TIGHT_HAN.findall(line)):
                out.extend(at + m.start() for m in _SPACED.finditer(line))
        at += len(line) + 1
    return out
