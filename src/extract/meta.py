"""Article metadata: headline, outlet (source) and publish date."""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from extract.dates import find_raw_dates, parse_iso_date, valid_date
from extract.normalize import is_credit_line, line_offsets
from extract.rules import read_lines

TITLE_MIN, TITLE_MAX = 4, 64
HEADER_LINES = 10  # a page states its publish date within its first lines
_FULL_DATE = r"(?:19|20)\d{2}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}\s*日?"
_PUBLISH_LABEL = re.compile(
    rf"(?:发布时间|发布日期|发表时间|发表日期|发稿时间|更新时间|时间|日期)\s*[:：]\s*(?P<d>{_FULL_DATE})"
)
_PUBLISH_LABEL_ANY = re.compile(r"(?:发布时间|发布日期|发表时间|发表日期|发稿时间|更新时间|时间|日期)\s*[:：]\s*")
_WEEKDAY = r"(?:\s*(?:星期|周|礼拜)[一二三四五六日天])"
_TIME = r"(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)"
# a header line that starts with the date (2024-04-18 17:35:21 来源：新华网; 2020年12月31日 星期四)
_DATELINE = re.compile(
    rf"^\s*(?P<d>{_FULL_DATE}){_WEEKDAY}?{_TIME}?{_WEEKDAY}?\s*(?:$|来源|作者|编辑|[|｜]|第\s*[0-9０-９]+\s*版)"
)
# a header line with a date and a time of day, or an e-paper page number, anywhere
# (原创 保定发布 2023-12-05 18:42 发表于河北; 吉林日报 2016年08月27日 第01版)
_STAMP = re.compile(rf"(?P<d>{_FULL_DATE})(?:{_TIME}|{_WEEKDAY}?\s*第\s*[0-9０-９]+\s*版)")
# a news-agency dateline with its full date: 新华社北京2023年3月5日电
_AGENCY_DATELINE = re.compile(rf"(?:^|\n)\s*[^\s，。,]{{2,16}}?(?P<d>{_FULL_DATE})\s*电")
_DATE_LINE = re.compile(r"^[\s\d〇零一二三四五六七八九十年月日号.\-/:：上下午晚]*$")
_BYLINE_START = re.compile(r"^\s*[(（【\[]?\s*(记者|通讯员|本报|本网|摘要|编者按|导读|作者)")


@cache
def _source_patterns() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, re.M) for p in read_lines("sources.txt"))


@cache
def _source_stopwords() -> frozenset[str]:
    return frozenset(read_lines("source_stopwords.txt"))


def find_source(text: str) -> tuple[str, tuple[int, int]] | None:
    """The outlet named by 来源/本条微信由…/XX日报讯/新华社…电, and its span."""
    for pattern in _source_patterns():
        for m in pattern.finditer(text):
            s = m.group("s").strip()
            if s and s not in _source_stopwords():
                return s, (m.start("s"), m.end("s"))
    return None


def find_publish_date(text: str) -> tuple[date, tuple[int, int]] | None:
    """The publication date, only where the page states it (label or dateline)."""
    for m in _PUBLISH_LABEL.finditer(text):
        d = parse_iso_date(m.group("d"))
        if d:
            return d, (m.start("d"), m.end("d"))
    for m in _PUBLISH_LABEL_ANY.finditer(text):  # 发布时间：二〇一九年七月二十四日
        written = find_raw_dates(text[m.end() : m.end() + 24])
        if written and written[0].start_pos == 0:
            r = written[0]
            if r.year is not None and r.day is not None and valid_date(r.year, r.month, r.day):
                return date(r.year, r.month, r.day), (m.end(), m.end() + r.end_pos)
    agency = _AGENCY_DATELINE.search(text)
    if agency and (d := parse_iso_date(agency.group("d"))):
        return d, (agency.start("d"), agency.end("d"))
    for at, line in line_offsets(text)[:HEADER_LINES]:
        line_match = _DATELINE.match(line) or _STAMP.search(line)
        if line_match and (d := parse_iso_date(line_match.group("d"))):
            return d, (at + line_match.start("d"), at + line_match.end("d"))
    return None


def find_title(body: str) -> tuple[str, tuple[int, int]] | None:
    """The headline: the article's first line, when it reads as one.

    Metadata lines before it (发布时间…来源…) are passed over.  Not a headline:
    a first line that is a date alone (a WeChat post's day), a byline or credit,
    or a sentence (ends with 。 or runs long).
    """
    for at, line in line_offsets(body):
        s = line.strip()
        if not s:
            continue
        if _PUBLISH_LABEL.search(s) or _DATELINE.match(s) or _STAMP.search(s) or is_credit_line(s):
            if not _BYLINE_START.match(s):
                continue
        if (
            _DATE_LINE.match(s)
            or _BYLINE_START.match(s)
            or not TITLE_MIN <= len(s) <= TITLE_MAX
            or s[-1] in "。！？!?；;，,：:"
        ):
            return None
        start = at + line.index(s)
        return s, (start, start + len(s))
    return None
