"""HTML pages → the article's text, headline, date and source, through trafilatura and htmldate.

A saved page (``.html``/``.htm``, HTML saved as ``.txt``, HTML in a collection's text field)
is reduced to **the article text** that the record's offsets then index (``text_from: html``):

1. the page's headline on a line of its own (``_headline``, in this order: a ``title`` meta tag of
   ``rules/html_meta.tsv``; the heading element — ``<h1>``–``<h3>``, a ``class="title"`` cell —
   that the ``<title>`` holds, whatever the order of the site's and section's names around it; the
   ``<title>`` without those names; when the ``<title>`` names only the site, the heading just
   above the main text), after the metadata lines just above it on the page (an e-paper's
   ``重庆日报 2022年08月25日 第003版``);
2. the metadata lines that stand between that headline and the main text on the page
   (``发布时间：… 来源：…``, ``作者：…``, a subtitle, an e-paper's page stamp): trafilatura drops them as
   boilerplate, but the article frame reads its publish date, source and bylines there;
3. the main text as trafilatura extracts it (boilerplate — navigation, share bars, related
   links, comments, scripts, footers — removed; one paragraph a line; layout tables are not
   read as tables, so an e-paper laid out in a ``<table>`` keeps its paragraphs);
4. the credit lines that follow the main text's last paragraph of prose within a few lines
   (``责任编辑：…``, ``（记者 …）``, ``来源：…``, Traditional ``資料來源：`` too:
   ``rules/credit_lines.txt``), which trafilatura drops too, put back after that paragraph (also
   where trafilatura kept a footer after the text).

When trafilatura finds too little (under ``MAIN_MIN`` Chinese characters even when asked for
recall), the page's tags are stripped instead (``text_from: html-strip``): scripts, styles and
comments dropped, one block a line; page furniture is then blanked by ``normalize`` as for any
scraped text.  The page's own metadata: its publication date from htmldate (meta tags, JSON-LD,
``<time>``; never a date guessed from the text, never one after the crawl time) and its source
from ``rules/html_meta.tsv`` ``source`` meta names (``<meta name="ContentSource">``), its own
address from ``<link rel="canonical">`` or ``og:url`` (a URL whose date is evidence, README "Inputs").

trafilatura and htmldate are imported on first use (they are slow to import).
"""

from __future__ import annotations

import html as html_lib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from extract.rules import read_groups
from extract.text.layout import TABLE_CELL_SEP

MAIN_MIN = 40  # Chinese characters below which trafilatura's main text is too little
HEADER_MAX = 8  # lines between the headline and the main text kept (metadata, subtitle)
HEADER_LINE_MAX = 120  # characters of such a line (longer: prose, not a metadata line)
FOOTER_WINDOW = 6  # lines after the main text searched for credit lines
ABOVE_WINDOW = 3  # lines above the headline searched for metadata lines (an e-paper's date stamp)
HEADLINE_LINE_MAX = 40  # characters of a line above the text that may be its headline or deck
HEADLINE_CJK_MIN = 4
ANCHOR = 12  # characters of a paragraph used to find it in the stripped page
ANCHOR_LONG = 30  # … tried first, where a line before it opens with the same words


@dataclass(frozen=True)
class Page:
    """What a page gave: the article text (``text``), its headline (``title``, its line starting
    at ``title_at`` of the text), the page's date (htmldate) and source (meta tags), and how the
    text was made (``html``: trafilatura; ``html-strip``: tags stripped)."""

    text: str
    title: str | None
    title_at: int | None  # where the headline's line starts in ``text``
    date: date | None
    source: str | None
    how: str
    url: str | None = None  # the page's own address (<link rel="canonical">, og:url): its date is evidence
    site: str | None = None  # the site's name its <title> gives around the headline (``site_name``)


_HTML_HINT = re.compile(
    r"^\s*(?:<\?xml[^>]{0,200}>\s*)?(?:<!--.{0,2000}?-->\s*)*"
    r"(?:<!DOCTYPE html|<html|<head|<body|<meta|<div|<p[ >]|<table|<article|<section|<span)",
    re.I | re.S,
)


def looks_like_html(text: str) -> bool:
    """A page of HTML (its first tag is one of a page's), not a text that mentions a tag."""
    return _HTML_HINT.match(text) is not None


# ---------------------------------------------------------------- the simple tag strip (fallback)

_HTML_DROP_OPEN = re.compile(r"<(script|style|noscript)\b|<!--", re.I)
_HTML_BLOCK = re.compile(r"<(br|/p|/div|/h\d|/li|/tr|/td|/th|/title|p|div|li|h\d|tr)\b[^>]*>", re.I)
_HTML_TAG = re.compile(r"<[^>]{0,2000}>")
_ADJACENT_SPANS = re.compile(r"</span>(?=<span\b)", re.I)
_HTML_ENTITY = re.compile(r"&(#\d{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,10});")
_SPACES = re.compile(r"[ \t\u3000\xa0]+")


def _dropped_spans(text: str) -> list[tuple[int, int]]:
    """The ``<script>…</script>``, ``<style>``, ``<noscript>`` elements and ``<!--…-->`` comments
    of a page, each opener taken to its closer; an opener without a closer is left as it is.

    One pass: an opener's closer is searched for from the opener on, and a kind found without
    a closer after some point is not searched for again after it (unclosed ``<!--`` or
    ``<script`` repeated through a page would otherwise cost a scan to the end each)."""
    spans: list[tuple[int, int]] = []
    none_after: dict[str, int] = {}  # kind → a position after which it has no closer
    at = 0
    while (m := _HTML_DROP_OPEN.search(text, at)) is not None:
        kind = (m.group(1) or "!--").lower()
        close = None
        if m.end() < none_after.get(kind, len(text) + 1):
            close = re.compile(r"-->" if kind == "!--" else rf"</{kind}\s*>", re.I).search(text, m.end())
        if close is None:
            none_after[kind] = m.end()
            at = m.start() + 1  # no closer after it: the opener stays text
            continue
        spans.append((m.start(), close.end()))
        at = close.end()
    return spans


def strip_tags(page: str) -> str:
    """A page's visible text, one block a line: scripts, styles and comments dropped, tags removed,
    entities decoded; time linear in the page's length (unclosed ``<!--``, ``<script``, ``<div``)."""
    parts, last = [], 0
    for s, e in _dropped_spans(page):
        parts.append(page[last:s])
        last = e
    parts.append(page[last:])
    text = "".join(parts)
    end = text.rfind(">") + 1  # a tag runs to the next ">": none is searched for after the last one
    text = _HTML_BLOCK.sub("\n", text[:end]) + text[end:]
    # fields of an info bar in spans side by side (<span>来源：四川日报</span><span>作者：X</span>) stay apart
    text = _ADJACENT_SPANS.sub("</span> ", text)
    end = text.rfind(">") + 1
    text = _HTML_TAG.sub("", text[:end]) + text[end:]
    return _HTML_ENTITY.sub(lambda x: html_lib.unescape(x.group(0)), text)


# ---------------------------------------------------------------- the page's metadata


@cache
def _meta_names() -> dict[str, tuple[str, ...]]:
    """field → the ``<meta name=…>`` names that give it (rules/html_meta.tsv), in order."""
    return {field: tuple(n.lower() for n in names) for field, names in read_groups("html_meta.tsv").items()}


def _metas(tree: Any) -> dict[str, str]:
    """The page's ``<meta name|property=… content=…>`` tags, names in lower case (the first of each)."""
    metas: dict[str, str] = {}
    for el in tree.iter("meta"):
        key = (el.get("name") or el.get("property") or "").strip().lower()
        content = (el.get("content") or "").strip()
        if key and content and key not in metas:
            metas[key] = content
    return metas


def _meta_value(metas: dict[str, str], field: str) -> str | None:
    for name in _meta_names().get(field, ()):
        if metas.get(name):
            return _SPACES.sub(" ", metas[name]).strip()
    return None


def _cjk(text: str) -> int:
    return sum(1 for c in text if "\u4e00" <= c <= "\u9fff")


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _lines(text: str) -> list[str]:
    """The non-empty lines, their spacing inside kept (an ideographic space in a headline is the page's)."""
    return [s for line in text.split("\n") if (s := line.strip())]


def _find(lines: list[str], para: str, start: int = 0, reverse: bool = False) -> int | None:
    """The index of the stripped line holding the start of ``para`` (whitespace ignored): the one holding its
    first ``ANCHOR_LONG`` characters, else its first ``ANCHOR`` (a headline may open with the lead's words:
    澳門—汕尾經貿合作座談會舉行 over 澳門—汕尾經貿合作座談會今（12）日…)."""
    squashed = _squash(para)
    if not squashed:
        return None
    order = range(len(lines) - 1, start - 1, -1) if reverse else range(start, len(lines))
    for key in dict.fromkeys((squashed[:ANCHOR_LONG], squashed[:ANCHOR])):
        found = next((i for i in order if key in _squash(lines[i])), None)
        if found is not None:
            return found
    return None


def _meta_line(line: str) -> bool:
    """A short line of credits or metadata (来源：…, 责任编辑：…, a date stamp: rules/credit_lines.txt)."""
    from extract.text.furniture import is_credit_line
    from extract.text.normalize import to_simplified

    # the rules are written in Simplified; a Traditional page says 資料來源：…
    return len(line) <= HEADER_LINE_MAX and is_credit_line(to_simplified(line))


def _recovered(stripped: list[str], main: list[str], title: str | None) -> tuple[list[str], list[str], list[str]]:
    """What trafilatura drops as boilerplate and the frame needs, as the stripped page has it: the
    metadata lines just above the headline (an e-paper's ``重庆日报 2022年08月25日 第003版``), the
    lines between the headline and the main text (``发布时间：… 来源：…``, a subtitle) and the credit
    and caption lines right after the main text's last paragraph of prose (``责任编辑：…``, ``图为…``), which
    go back in after that paragraph."""
    first = _find(stripped, main[0]) if main else None
    if first is None:
        return [], [], []
    above: list[str] = []
    head: list[str] = []
    at = None
    key = _squash(title) if title else ""
    if title:
        at = next((i for i in range(first - 1, -1, -1) if _squash(stripped[i]) == key), None)
        # (a table of fields between, each label in a cell of its own before its value: one line a field)
        if at is not None and len(_fields(stripped[at + 1 : first])) > HEADER_MAX:
            at = None
    if at is not None:
        head = [s for s in _fields(stripped[at + 1 : first]) if len(s) <= HEADER_LINE_MAX]
        above = [s for s in stripped[max(0, at - ABOVE_WINDOW) : at] if _meta_line(s)]
        if all(_FIELD_LABEL.match(s) for s in above):
            # a portal's table of fields above the headline, each label in a cell of its own before its
            # value (信息来源： | 亳州日报, 发文日期： | 2011-09-09): the fields, label and value joined (also
            # where the lines just above hold a label alone, its value cut off by the window)
            above = [s for s in _fields(stripped[max(0, at - FIELD_WINDOW) : at]) if _meta_line(s)]
        if not above and _EPAPER.search("\n".join(stripped[:at])):
            # an e-paper's issue date stands in its masthead, above the page list and the
            # headlines of the page (版面导航, 第03版): the last line above the headline that is a date
            # (with the paper's name before it, the page's number after it)
            above = [s for s in stripped[:at] if _ISSUE_DATE.match(s)][-1:]
    else:  # no headline the markup names: the metadata lines just above the text, and the short lines
        # of a headline's kind there (an e-paper's headline and deck in cells whose class says nothing:
        # td.bt 南阳市党政代表团来襄樊考察 / td.fbt 两市签署…); the frame reads which is the headline
        # (but where the headline stands below the main text's first line, inside its block — the kicker and the
        # font-size links trafilatura kept above it — the short lines above are another column's: an e-paper's
        # list of the page's other stories, 夏县春播备耕工作有序开展)
        prose_at = _find(stripped, main[_first_prose(main)], first) if title else None
        below = prose_at is not None and any(_squash(stripped[i]) == key for i in range(first, prose_at))
        head = [
            s
            for s in stripped[max(0, first - ABOVE_WINDOW) : first]
            if _meta_line(s) or (_headline_shaped(s) and not below)
        ]
        if _EPAPER.search("\n".join(stripped[:first])):  # the issue's date in the masthead above
            above = [s for s in stripped[:first] if _ISSUE_DATE.match(s)][-1:]
    if not above:
        # a paper's date bar at the page's top (2024年3月15日　星期五　香港文匯網 | 電子版 | 登入), above the
        # headline whether the markup names it or not: the day with its weekday, the site's links after it
        above = [s for s in stripped[: first if at is None else at] if _ISSUE_DATE.match(s) and _WEEKDAY.search(s)][-1:]
    prose = _last_prose(main)
    last = _find(stripped, main[prose], first, reverse=True)
    tail: list[str] = []
    if last is not None:
        kept = {_squash(p) for p in main}
        tail = [
            s for s in stripped[last + 1 : last + 1 + FOOTER_WINDOW]
            if (_meta_line(s) or _caption(s)) and _squash(s) not in kept
        ]  # fmt: skip
        # (a photo's caption among the paragraphs, its <figure> dropped with it: …交换合作备忘录。记者陈宗贤／摄影 —
        # after the prose with the others)
        inner = [s for s in stripped[first + 1 : last] if _caption(s) and _squash(s) not in kept]
        tail = [*inner, *tail]
    return above, head, tail


# a photo's caption (图为…, 上图：…; or one ending with its credit, …见证签约。（记者 陈嘉欣 摄）) that trafilatura
# drops with its <figure>: the people it names and its photographer are the article's
_CAPTION = re.compile(
    r"^\s*(?:图为|圖為|上图|下图|上圖|下圖|图片说明|圖片說明)|[^\s（）()]{2,4}\s*(?:摄|攝)(?:影)?\s*[)）]?\s*$"
)


def _caption(line: str) -> bool:
    return len(line) <= HEADER_LINE_MAX and _CAPTION.search(line) is not None


FIELD_WINDOW = 16  # lines above the headline read for a table of fields (labels and values in cells)
_FIELD_LABEL = re.compile(r"^[^\s：:，。]{1,4}(?:\s?[^\s：:，。]){0,4}\s*[：:]$")  # 信息来源：, 索 引 号：


def _headline_shaped(line: str) -> bool:
    """A short line with Chinese in it and no sentence's end: a headline's or a deck's kind."""
    return len(line) <= HEADLINE_LINE_MAX and _cjk(line) >= HEADLINE_CJK_MIN and not _SENTENCE_END.search(line)


def _fields(lines: list[str]) -> list[str]:
    """Lines with each label alone on its line joined to the value on the next (发文日期： / 2011-09-09)."""
    out: list[str] = []
    k = 0
    while k < len(lines):
        if _FIELD_LABEL.match(lines[k]) and k + 1 < len(lines) and not _FIELD_LABEL.match(lines[k + 1]):
            out.append(lines[k] + lines[k + 1])
            k += 2
        else:
            out.append(lines[k])
            k += 1
    return out


_SENTENCE_END = re.compile(r"[。！？!?]")
# an e-paper page (its page list, page numbers, the paper's name): its masthead holds the issue's date
_EPAPER = re.compile(r"版面导航|本版标题|第\s*[A-Za-z]?\s*[0-9０-９]{1,3}\s*版|数字报|电子报|數字報|電子報|版面導航")
# a bilingual page's day in its other language, in brackets after the Chinese one (2001年9月26日　星期三　(Quarta-feira,
# 26 de Setembro de 2001); (Wednesday, 26 September 2001))
LATIN_DATE = r"(?:\s*[（(][A-Za-zÀ-ÿ][A-Za-zÀ-ÿ0-9 ,.\-]{6,60}[)）]\s*)"
# (the paper's name may stand before it on the line, the page's number after it: 烟台日报　2009年6月12日　星期五;
# the page's links after that: 澳門日報　2018年6月13日　星期三　A02版：澳聞　上一期　下一期　返回目錄)
_ISSUE_DATE = re.compile(
    r"^\s*(?:[^\d\s:：，。]{2,12}[\s\u3000]+){0,4}"  # (澳門日報 MACAO DAILY NEWS　2015年3月13日)
    r"(?:(?:19|20)\d{2}\s*[年./-]|(?:(?:中[華华])?民[國国]\s*)?(?:[89]\d|1[0-4]\d)\s*年)"  # (a Republic's year: 101年)
    r"\s*\d{1,2}\s*[月./-]\s*\d{1,2}\s*日?\s*"
    r"(?:[（(]?(?:星期|周|週)[一二三四五六日天][)）]?)?\s*"
    r"(?:(?:第\s*[A-Za-z]?\s*|[A-Za-z]{1,2}\s*)[0-9０-９]{1,3}\s*版[^。，,！？!?；;]{0,40}|[^\d。，,！？!?；;]{0,24})?"
    rf"{LATIN_DATE}?$"
)  # (or the page's links alone after the weekday: 2019年10月19日　星期六　往期回顾)
_SENTENCE_MARK = re.compile(r"[。！？!?，,；;]")
_WEEKDAY = re.compile(r"(?:星期|周|週|禮拜|礼拜)[一二三四五六日天]")


def _first_prose(main: list[str]) -> int:
    """The index of the main text's first paragraph of prose among its first lines (0 if none)."""
    prose = (i for i, line in enumerate(main[:HEADER_MAX]) if len(line) >= ANCHOR and _SENTENCE_END.search(line))
    return next(prose, 0)


def _heading_in(headings: dict[str, int], lines: list[str]) -> bool:
    keys = {_squash(x) for x in lines}
    return any(_squash(h) in keys for h in headings)


def _last_prose(main: list[str]) -> int:
    """The index of the main text's last paragraph of prose (a sentence of some length): credits
    stand after it on the page, also where trafilatura kept a footer (主办：…, 版权所有) as text."""
    return next(
        (i for i in range(len(main) - 1, -1, -1) if len(_squash(main[i])) >= ANCHOR and _SENTENCE_END.search(main[i])),
        len(main) - 1,
    )


@cache
def _libraries() -> tuple[Any, Any]:
    """htmldate and trafilatura, imported on first use (slow to import), their log messages on a
    page they cannot parse kept out of the run's output (the fallback reads such a page)."""
    import logging

    import htmldate
    import trafilatura

    for name in ("trafilatura", "htmldate", "courlan", "justext"):
        logging.getLogger(name).setLevel(logging.CRITICAL)
    return htmldate, trafilatura


# where a page's <title> joins the headline to the names of the site and its section:
# 标题_九江市人民政府, 休宁新闻网--标题, 花莲县政府全球资讯网-新闻稿-标题, 标题 - 新闻 | 某网
# (a hyphen between digits is no separator: 2010-2020年)
_SEPARATOR = re.compile(r"\s*(?:[_|｜]|--|——|\s[-—–]\s|(?<![0-9])-(?![0-9]))\s*")
TITLE_SEPARATOR = _SEPARATOR  # what divides a <title>'s headline from the site's name (meta reads it too)
TITLE_MIN_CJK = 4  # a headline has at least this many Chinese characters
HEADING_MAX = 100  # characters of a heading element read as a headline (longer: a list, prose)


def _site_like(part: str) -> bool:
    """A part of a ``<title>`` that names the site, a section or a date, not the story: too few
    Chinese characters (新闻稿, 2月25日), or a site's name (rules/furniture.tsv ``nohead``)."""
    from extract.text.furniture import is_never_headline
    from extract.text.normalize import to_simplified

    return (
        _cjk(part) < TITLE_MIN_CJK
        or is_never_headline(to_simplified(part.strip()))
        or _site_named(to_simplified(part.strip()))
    )


def _site_named(name: str) -> bool:
    """``name`` (Simplified) is a site's, a section's or a portal's (人民网, 东宁要闻, 澳门特别行政区政府入口网站)."""
    return (len(name) <= SITE_PART_MAX and _SITE_WORD.search(name) is not None) or (
        len(name) <= PORTAL_PART_MAX and _PORTAL_WORD.search(name) is not None
    )


SITE_PART_MAX = 12  # characters of a site's or a channel's name at an end of a title (湖州频道, 浙江在线, 香港文汇报)
# what a site's or a channel's name ends with (浙江在线, 湖州频道, 香港文汇报, 人民网, 南平市人民政府门户网站),
# a section's too (东宁要闻, 部门动态, 政务资讯, 本地快讯, 时政播报, 最新消息), and a government's portal titled by its
# name alone (阿克苏地区行政公署, 盐城市人民政府; a Taiwan township's or county's office and council: 台东县池上乡公所,
# 屏东县议会)
_SITE_WORD = re.compile(
    r"(?:网|在线|频道|报|新闻|消息|客户端|网站|电视台|要闻|动态|资讯|快讯|时政|头条|播报|政府|公署|公所|议会|县府|市府"
    r"|数字档案|电子版|数字版)$"
)
PORTAL_PART_MAX = 20  # characters of a portal's or an archive's name (澳门特别行政区政府入口网站, 沈阳日报数字档案)
# what only a site's name ends with, however long (no headline's part ends so): 网站, 门户网, 客户端, 数字档案
_PORTAL_WORD = re.compile(r"(?:网站|门户网|客户端|数字档案|电子版|数字版)$")


def site_word(name: str) -> bool:
    """``name`` ends as a site's, an outlet's or a section's name does (人民网, 文汇报, 湖州频道, 东宁要闻)."""
    return _SITE_WORD.search(name) is not None


def _without_site(title: str | None) -> str | None:
    """A ``<title>`` without the names of the site and its section around it: its longest part
    that is not one (none when only such parts are left: ``2月25日--日报数字报``, a site's name)."""
    if not title:
        return None
    parts = [s for s in _SEPARATOR.split(title) if s.strip()]
    kept = [s.strip() for s in parts if not _site_like(s)]
    if len(parts) <= 1:
        return kept[0] if kept else None
    return max(kept, key=_cjk, default=None)


def site_name(title: str | None) -> str | None:
    """The name of the site a ``<title>`` gives at either end of the headline (标题_娄底市人民政府门户网站,
    廊坊日报数字报-标题): the longer of its end parts that names a site, not the story, and has Chinese
    in it; none for a title of one part."""
    if not title:
        return None
    parts = [p.strip() for p in _SEPARATOR.split(title) if p.strip()]
    ends = parts[:1] + parts[-1:] if len(parts) > 1 else []
    ends = [p for p in ends if _site_like(p) and _cjk(p) >= SITE_MIN_CJK]
    return max(ends, key=_cjk, default=None)


SITE_MIN_CJK = 2  # Chinese characters a site's name has at least (a section's 新闻 has two as well: the longer wins)


def title_without_site_ends(title: str) -> str:
    """A given title without the names of the site and its section at either end (标题_百色市人民政府门户网站,
    休宁新闻网--标题); what stands between them stays whole, its separators too (a headline and its
    subtitle: 携手共建川黔合作新平台——在…联席会议上的讲话)."""
    from extract.text.normalize import to_simplified

    # (a full-width dash before an outlet's name: 兩地簽署經貿合作協議－市民日報 — elsewhere it joins a route's places,
    # 梨山－合歡山－太魯閣, and stays)
    dashed = _WIDE_DASH_SITE.search(title)
    if dashed and _site_named(to_simplified(dashed.group("site"))):
        title = title[: dashed.start()]
    pieces = re.split(f"({_SEPARATOR.pattern})", title)  # part, separator, part, …
    while len(pieces) > 2 and (not pieces[-1].strip() or _site_like(pieces[-1])):
        del pieces[-2:]
    while len(pieces) > 2 and (not pieces[0].strip() or (_site_like(pieces[0]) and not _column_tag(pieces[0]))):
        del pieces[:2]
    return _outlet_off("".join(pieces).strip())


def _column_tag(part: str) -> bool:
    """A post's column tag opening its title (援疆｜…, 聚焦｜…): a short word of Chinese alone, no site's or section's
    name (新闻｜…, 要闻｜…), the headline's own."""
    from extract.text.furniture import is_never_headline
    from extract.text.normalize import to_simplified

    word = to_simplified(part.strip())
    return _COLUMN_TAG.fullmatch(word) is not None and not is_never_headline(word) and not _SITE_WORD.search(word)


_COLUMN_TAG = re.compile(r"[\u4e00-\u9fff]{2,4}")
_WIDE_DASH_SITE = re.compile(r"\s*－\s*(?P<site>[^－\s]{2,20})\s*$")


def _outlet_off(title: str) -> str:
    """``title`` without an outlet's name before a space (香港文匯報　葵青區議會訪南海　兩地簽交流備忘錄) —
    not a headline's own parts, which a space also divides (北基合作會報　共推…)."""
    from extract.text.normalize import to_simplified

    lead = _OUTLET_LEAD.match(title)
    if lead and _OUTLET_WORD.search(to_simplified(lead.group(1))) and _cjk(title[lead.end() :]) >= TITLE_MIN_CJK:
        return title[lead.end() :]
    return title


_OUTLET_LEAD = re.compile(rf"([^\s]{{2,{SITE_PART_MAX}}}?)[ \u3000]+")  # (a <title>'s spaces read as one)
# what an outlet's name ends with, before a headline (not a meeting's 会报: 北基合作会报　共推…)
_OUTLET_WORD = re.compile(r"(?:[日晚时商晨快导周]报|文汇报|大公报|明报|网|在线|频道|电视台)$")


# a heading's class or id that says it is the line above or below the headline, not the headline:
# an e-paper's 引题 (kicker) and 副题 (deck), a subtitle
_SIDE_HEADING = re.compile(r"yinti|futi|fubiao|fu_title|fubt|\b(?:yt|ft)\b|subtitle|sub-title|sub_title|kicker|deck")


def _headings(tree: Any) -> dict[str, int]:
    """The texts of the page's heading elements, in page order, with their rank (1 the highest):
    ``<h1>``–``<h3>`` (1–3) and elements whose class or id says title or headline (``td.title1``,
    ``div.article-title``, ``span#PRHeadlineSpan``: 2), short enough to be one; a kicker or a deck (``h2.yinti``,
    ``h3.futi``, ``div.subtitle``) ranks below every headline (9)."""
    out: dict[str, int] = {}
    for el in tree.iter():
        tag = el.tag if isinstance(el.tag, str) else ""
        marks = f"{el.get('class') or ''} {el.get('id') or ''}".lower()
        titled = "title" in marks or "headline" in marks  # (span#PRHeadlineSpan: a press release's)
        if tag in ("h1", "h2", "h3") or (titled and tag not in ("title", "head", "meta", "ul", "ol")):
            text = _SPACES.sub(" ", "".join(el.itertext())).strip()
            if _cjk(text) >= TITLE_MIN_CJK and len(text) <= HEADING_MAX and text not in out:
                out[text] = 9 if _SIDE_HEADING.search(marks) else int(tag[1]) if tag in ("h1", "h2", "h3") else 2
    return out


def _headline(metas: dict[str, str], headings: dict[str, int], page_title: str | None) -> tuple[str | None, bool]:
    """The page's headline, in this order: a ``title`` meta tag (rules/html_meta.tsv); the longest
    heading element that the ``<title>`` holds (the site's names around it, whatever their
    order); the ``<title>`` without the site's names.  None: the caller then takes the heading
    written just above the main text (``_heading_above``).  The flag says whether the page marks
    the headline as such (a meta tag, a heading element), not only in its ``<title>``."""
    given = _meta_value(metas, "title")
    inside = [h for h in headings if _squash(h) in _squash(page_title) and not _site_like(h)] if page_title else []
    agreed = max(inside, key=lambda h: len(_squash(h))) if inside else None
    if given and not _site_like(given):
        # (an og:title with the site's name after the headline: 标题 | 联合新闻网)
        # (but not a share card's own wording that neither the <title> nor a heading writes, where they agree on
        # another: og:title 津甘携手决战脱贫攻坚… beside <title> and <h1> 天津甘孜…联席会议在康定召开)
        own = title_without_site_ends(given)
        written = page_title is not None and _squash(own) in _squash(page_title)
        if agreed is None or written or any(_squash(own) == _squash(h) for h in headings):
            return own, True
    if agreed is not None:
        return agreed, True
    bare = _without_site(page_title)
    return (_outlet_off(bare) if bare else None), False


def _heading_above(headings: dict[str, int], stripped: list[str], main: list[str]) -> str | None:
    """A heading element written in the few lines above the main text (a portal whose ``<title>``
    names only the site: the headline stands in a ``td.title1`` above the text): the highest
    ranked, the nearest of those (an e-paper's ``h1.biaoti`` between its ``h2.yinti`` kicker and
    its ``h3.futi`` deck)."""
    first = _find(stripped, main[0]) if main else None
    if first is None:
        return None
    # the main text's first line may be a heading itself (the deck trafilatura kept)
    first = first + 1 if main[0] in headings else first
    # (or a menu's items trafilatura kept above the article, 行政長官 / 行政法務 … in a left column: the
    # heading stands above the first paragraph of prose)
    prose = _first_prose(main)
    at = _find(stripped, main[prose], first) if prose else None
    if at is not None and not _heading_in(headings, stripped[max(0, first - HEADER_MAX) : first]):
        first = at
    near = {_squash(s): i for i, s in enumerate(stripped[max(0, first - HEADER_MAX) : first])}
    found = [(-rank, near[_squash(h)], h) for h, rank in headings.items() if _squash(h) in near and not _site_like(h)]
    found = [f for f in found if not _meta_line(f[2])]
    return max(found)[2] if found else None


def _without_link_lists(tree: Any) -> Any:
    """A copy of the page's tree without the list items that link elsewhere (相关阅读, 上一篇, a menu): the dates of
    other stories beside their links (<li><a …>…</a><time>2025-10-22</time></li>) are no date of this page's; a list
    item of no link (<li>发布时间：2013-05-23</li>) stays."""
    from copy import deepcopy

    if not tree.xpath("//li[.//a]"):
        return tree
    pruned = deepcopy(tree)
    for li in pruned.xpath("//li[.//a]"):
        parent = li.getparent()
        if parent is not None:
            parent.remove(li)
    return pruned


def page_text(page: str, *, crawl: date | None = None) -> Page:
    """The article of an HTML page: its text (headline, metadata lines, main text, credits), the
    page's headline, date and source (module docstring)."""
    htmldate, trafilatura = _libraries()
    from trafilatura.metadata import extract_title
    from trafilatura.utils import load_html

    tree = load_html(page)
    if tree is None:
        return _stripped_page(page)
    metas, headings = _metas(tree), _headings(tree)
    url = _page_url(tree, metas) or _saved_from(page)
    page_title = _page_title(tree)
    site = site_name(page_title)
    title, marked = _headline(metas, headings, page_title or extract_title(tree))
    title = _SPACES.sub(" ", title).strip() if title else None
    source = _meta_value(metas, "source")
    try:
        found = htmldate.find_date(
            _without_link_lists(tree),
            extensive_search=False,
            original_date=True,
            max_date=crawl.isoformat() if crawl else None,
        )
    except Exception:  # htmldate on a broken page: no date from the markup
        found = None
    day = date.fromisoformat(found) if found else None
    main_text = _main_text(trafilatura, page)
    main = _lines(main_text or "")
    if _cjk("".join(main)) < MAIN_MIN:  # too little: the page's text, its headline on a first line
        text = _stripped_page(page).text
        if title and not text.startswith(title + "\n"):
            text = f"{title}\n{text}"
        return Page(text, title, 0 if title else None, day, source, "html-strip", url, site)
    stripped = _lines(strip_tags(page))  # the page's lines as it writes them (read once, used below)
    at = next((i for i, s in enumerate(main[:HEADER_MAX]) if title and _squash(s) == _squash(title)), None)
    if at is not None:
        # the headline, put first below with what stands around it; what trafilatura kept above it
        # on a short page is the page's menu (首页 | 新闻 | 政务), not the article
        main = main[at + 1 :] or main
    elif (
        title
        and not marked
        and (
            _squash(main[0]).startswith(_squash(title))
            or (_squash(title) in _squash(main[0]) and _SENTENCE_MARK.search(main[0]))
        )
        and not _printed_above(stripped, title, main)  # (a line of its own above the text: a headline)
    ):
        # the start of the first line cut short, or words of the lead sentence, that only the
        # <title> gives (some sites cut it from them; or a piece of one between separators) are
        # no headline (the text's own line is read instead); a heading the lead repeats is one
        title = None
    if title is None:
        title = _heading_above(headings, stripped, main)
        if title and main and _squash(main[0]) == _squash(title):
            main = main[1:] or main  # (the headline as the main text's first line: put first below)
        elif title and main:
            # a heading found under the main text's first lines (a left column's menu trafilatura kept):
            # those lines are the menu's, the article starts under the heading
            heading_at = next((i for i, line in enumerate(stripped) if _squash(line) == _squash(title)), None)
            start = _find(stripped, main[0])
            if heading_at is not None and start is not None and heading_at > start:
                after = (i for i, line in enumerate(main) if (_find(stripped, line, start) or -1) > heading_at)
                main = main[next(after, 0) :] or main
    # trafilatura collapses white space: each line as the page writes it (全角 spaces kept)
    written: dict[str, str] = {}
    for line in stripped:
        written.setdefault(_squash(line), line)
    main = [written.get(_squash(line), line) for line in main]
    # a metadata line above the prose that trafilatura kept cut short (a span of the info bar dropped:
    # 2014-09-17 08:20来源：贵州日报, where the page has …来源：贵州日报 作者：记者 X): the page's whole line
    for i in range(min(_last_prose(main), HEADER_MAX)):
        if _meta_line(main[i]) and _squash(main[i]) not in written:
            key = _squash(main[i])
            whole = [w for k, w in written.items() if k.startswith(key) and _meta_line(w)]
            if len(whole) == 1:
                main[i] = whole[0]
    title = written.get(_squash(title), title) if title else None
    # a menu's items that trafilatura joined into one line above the text (•市政新聞 •公告事項 •藝文活動, each
    # on a line of its own in the page): a line the page never writes, short and with no sentence in it,
    # before the first line it does write — the article starts there
    found = next((k for k, line in enumerate(main[:HEADER_MAX]) if _find(stripped, line) is not None), 0)
    if 0 < found < len(main) and all(
        len(line) <= HEADER_LINE_MAX and not _SENTENCE_MARK.search(line) for line in main[:found]
    ):
        main = main[found:]
    main = _with_header_credits(stripped, main)
    main = _with_data_tables(tree, stripped, main)
    above, head, tail = _recovered(stripped, main, title)
    before = [*above, title] if title else above
    prose = _last_prose(main) + 1  # the credits go back where the page has them: after the prose
    lines = [*before, *head, *main[:prose], *tail, *main[prose:]]
    title_at = sum(len(s) + 1 for s in above) if title else None
    return Page("\n".join(lines) + "\n", title, title_at, day, source, "html", url, site)


TABLE_CELL_MAX = 80  # characters of a data table's cell (a layout table's cell holds the article)


def _data_tables(tree: Any) -> Iterator[list[list[str]]]:
    """The tables of the page that hold data, not layout: no table inside, two rows or more of two cells or more,
    no long cell, and a header cell or a document's title in 《》 (a list of the agreements signed: 协议名称 |
    签约单位 | 签约人) — each as its rows' cell texts (a cell's lines joined by a space), a row of header cells
    only (the column names) left out."""
    for table in tree.iter("table"):
        if any(el is not table for el in table.iter("table")):
            continue
        rows, headed = [], False
        for tr in table.iter("tr"):
            cells = [cell for cell in tr if isinstance(cell.tag, str) and cell.tag in ("td", "th")]
            headed = headed or any(cell.tag == "th" for cell in cells)
            texts = [_SPACES.sub(" ", " ".join(t.strip() for t in c.itertext() if t.strip())).strip() for c in cells]
            if any(texts) and not all(cell.tag == "th" for cell in cells):
                rows.append(texts)
        if len(rows) < 2 or sum(1 for r in rows if len(r) >= 2) < 2:
            continue
        if any(len(c) > TABLE_CELL_MAX for r in rows for c in r):
            continue
        if headed or any("《" in c for r in rows for c in r):
            yield rows


def _with_data_tables(tree: Any, stripped: list[str], main: list[str]) -> list[str]:
    """``main`` with the rows of the page's data tables that trafilatura left out (tables are not read, as
    layout tables would come with them) put back under the line the page writes before the table, each row a
    line of its cells set apart by a full-width space (《…框架协议》　青岛市、烟台市人民政府　四市副市长); a
    header row of header cells only is left out."""
    kept = {_squash(line) for line in main}
    out = list(main)
    for rows in _data_tables(tree):
        lines = [TABLE_CELL_SEP.join(c for c in r if c) for r in rows]
        if any(_squash(line) in kept for line in lines):
            continue  # (trafilatura kept it)
        first = _squash(next((c for r in rows for c in r if c), ""))
        at = next((i for i, line in enumerate(stripped) if first and first in _squash(line)), None)
        if at is None:
            continue
        # the main line the page writes last before the table
        place = None
        for k, line in enumerate(out):
            found = _find(stripped, line)
            if found is not None and found < at:
                place = k
        if place is None:
            continue
        out[place + 1 : place + 1] = lines
        kept |= {_squash(line) for line in lines}
    return out


def _with_header_credits(stripped: list[str], main: list[str]) -> list[str]:
    """``main`` with the credit lines trafilatura dropped from among the metadata lines it kept above the
    text put back where the page has them (2018-05-22 / 来源：梧州日报 / [作者：记者 韦秋萍 通讯员 黎耀华] /
    编辑：莫思远: an element marked as the author's is boilerplate to it)."""
    prose, last = _first_prose(main), _last_prose(main)
    kept = {_squash(line) for line in main}
    out: list[str] = []
    prev: int | None = None
    for k, line in enumerate(main[: last + 1]):  # (after the last prose, the credits are _recovered's tail)
        if k <= prose or prev is None:
            at = _find(stripped, line, prev or 0) if k <= prose else None
        else:  # (below the first prose, only as far as a credit may stand: each line read once at most)
            near = _find(stripped[prev + 1 : prev + 2 + HEADER_MAX], line)
            at = None if near is None else prev + 1 + near
        if at is not None and prev is not None and at - prev - 1 <= HEADER_MAX:
            # (and further down, a staff credit between two lines of prose it kept: 【责任编辑：X】 in a cell of its
            # own under the text, where trafilatura kept the readers' comments below it — not a stamp or a source
            # line, which there are a related story's or a comment's)
            out += [
                s
                for s in stripped[prev + 1 : at]
                if _meta_line(s) and _squash(s) not in kept and (k <= prose or not _STAMP_OR_SOURCE.search(s))
            ]
        out.append(line)
        prev = at if at is not None else prev
    return out + main[last + 1 :]


_STAMP_OR_SOURCE = re.compile(r"\d|来源|來源|稿源|日期|时间|時間")


def _printed_above(stripped: list[str], title: str, main: list[str]) -> bool:
    """The page prints ``title`` as a line of its own above its main text (a headline cell whose
    class says nothing, 京蒙…召开 in ``td.biaoti``, the lead repeating it word for word)."""
    first = _find(stripped, main[0]) if main else None
    return first is not None and any(_squash(s) == _squash(title) for s in stripped[max(0, first - HEADER_MAX) : first])


def _page_url(tree: Any, metas: dict[str, str]) -> str | None:
    """The page's own address as its markup gives it: ``<link rel="canonical">``, else ``og:url``."""
    for el in tree.iter("link"):
        if (el.get("rel") or "").strip().lower() == "canonical" and (href := (el.get("href") or "").strip()):
            return str(href)
    return metas.get("og:url")


# the address a browser notes above a page it saved (Internet Explorer's mark: <!-- saved from url=(0052)http://… -->)
_SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)(?P<url>[^\s>]+?)\s*-->", re.IGNORECASE)
SAVED_FROM_HEAD = 2000  # characters from the top in which the mark stands


def _saved_from(page: str) -> str | None:
    """The page's address as the browser that saved it noted it above the markup (its date is evidence)."""
    m = _SAVED_FROM.search(page, 0, SAVED_FROM_HEAD)
    return m.group("url") if m else None


def _page_title(tree: Any) -> str | None:
    """The text of the page's ``<title>``."""
    el = next(iter(tree.iter("title")), None)
    text = _SPACES.sub(" ", "".join(el.itertext())).strip() if el is not None else ""
    return text or None


def _main_text(trafilatura: object, page: str) -> str | None:
    """trafilatura's main text: for precision first (layout tables not read as tables), then
    asked for recall when that is too little."""
    best: str | None = None
    for recall in (False, True):
        text = trafilatura.extract(  # type: ignore[attr-defined]
            page,
            include_comments=False,
            include_tables=False,
            favor_recall=recall,
            output_format="txt",
            with_metadata=False,
        )
        if text and (best is None or _cjk(text) > _cjk(best)):
            best = text
        if best and _cjk(best) >= MAIN_MIN * 2:
            break
    return best


def _stripped_page(page: str) -> Page:
    """The fallback: the page's tags stripped, blank lines closed up (its ``<title>`` is a line of it)."""
    lines = _lines(strip_tags(page))
    return Page("\n".join(lines) + "\n", None, None, None, None, "html-strip")
