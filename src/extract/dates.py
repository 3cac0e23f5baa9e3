"""Day and month expressions, normalized to ISO, with the year resolved from the text.

Order of evidence for a date written without its year (RECORD.md): the
publish date, else a full date written earlier in the article, else the year
the article's content pins down (an annual plan 《2024年…工作要点》 discussed at
the meeting, an anniversary `今年是…五周年`), else a guess from the latest
year the article mentions (``year_certain`` false).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date
from functools import cache
from typing import TypedDict

from extract.rules import read_tsv


class FoundDate(TypedDict):
    """A resolved date, offsets into the text it was found in."""

    text: str
    start: str
    end: str
    granularity: str
    year_certain: bool
    year_source: str
    span: tuple[int, int]


@dataclass(frozen=True)
class DateWords:
    numerals: dict[str, int]
    relyears: dict[str, int]
    dayparts: tuple[str, ...]
    rangeseps: tuple[str, ...]


@cache
def date_words() -> DateWords:
    numerals: dict[str, int] = {}
    relyears: dict[str, int] = {}
    dayparts: list[str] = []
    seps: list[str] = []
    for row in read_tsv("date_words.tsv"):
        kind, word = row[0], row[1]
        if kind == "numeral":
            numerals[word] = int(row[2])
        elif kind == "relyear":
            relyears[word] = int(row[2])
        elif kind == "daypart":
            dayparts.append(word)
        elif kind == "rangesep":
            seps.append(word)
    by_len = lambda ws: tuple(sorted(ws, key=len, reverse=True))  # noqa: E731
    return DateWords(numerals, relyears, by_len(dayparts), by_len(seps))


def cn_number(s: str) -> int | None:
    """Value of an Arabic or Chinese numeral as dates write them (二〇二一, 二十七, 十, 27, ２７)."""
    s = s.translate(_FULLWIDTH)
    if s.isdigit():
        return int(s)
    nums = date_words().numerals
    if any(c not in nums for c in s):
        return None
    if "十" in s:
        head, _, tail = s.partition("十")
        tens = nums[head] if head else 1
        ones = nums[tail] if tail else 0
        return tens * 10 + ones
    value = 0
    for c in s:
        value = value * 10 + nums[c]
    return value


_FULLWIDTH = str.maketrans("０１２３４５６７８９", "0123456789")


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    w = date_words()
    cn = "".join(k for k in w.numerals if k != "十")
    digit = "0-9０-９"
    year = rf"(?:[{digit}]{{4}}|[{cn}]{{4}})"
    month = rf"(?:[{digit}]{{1,2}}|十[一二]?|[{cn}])"
    day = rf"(?:[{digit}]{{1,2}}|[一二三]?十[{cn}]?|[{cn}])"
    sep = "|".join(re.escape(s) for s in w.rangeseps)
    rel = "|".join(re.escape(s) for s in w.relyears)
    part = "|".join(re.escape(s) for s in w.dayparts)
    # Y? M D (sep Y? M? D)?  |  Y? M (sep Y? M)?   — the day part decides granularity
    written = (
        rf"(?:(?P<rel>{rel})|(?P<y>{year})年)?(?:(?P<m0>{month})\s*(?:{sep})\s*)?(?P<m>{month})月"
        rf"(?:(?P<d>{day})(?:[日号]|(?=\s*(?:{sep})\s*{day}[日号]))"
        rf"(?:\s*(?:{sep})\s*(?:(?P<y2>{year})年)?(?:(?P<m2>{month})月)?(?P<d2>{day})[日号])?"
        rf"|(?:\s*(?:{sep})\s*(?:(?P<ym2>{year})年)?(?P<mm2>{month})月)?(?P<monthonly>)(?![{digit}日号])(?!{day}[日号]))"
        rf"(?P<part>{part})?"
    )
    iso = (
        rf"(?<![{digit}.\-/])(?P<iy>[{digit}]{{4}})(?P<isep>[-./])"
        rf"(?P<im>[{digit}]{{1,2}})(?P=isep)(?P<id>[{digit}]{{1,2}})(?![{digit}])"
    )
    # a day alone (27日) takes its month from the dates around it
    lone = (
        rf"(?<![{digit}{cn}十月年.\-/])(?P<ld>{day})日?"
        rf"(?:\s*(?:{sep})\s*(?P<ld2>{day}))?日"  # 15日至16日: a range of days
        rf"(?!内|以内|之内|以上|以下)(?P<lpart>{part})?"  # not a count of days (30日内)
    )
    # a date starts with a numeral or a relative-year word: the lookahead fails fast elsewhere
    first = re.escape("".join(sorted({*cn, "十", *(word[0] for word in w.relyears)})))
    start = rf"(?=[{digit}{first}])"
    return re.compile(rf"{start}(?:(?<![{digit}第]){written}|{iso})"), re.compile(lone)


@dataclass
class RawDate:
    """A date expression as written, before year resolution."""

    text: str
    start_pos: int
    end_pos: int
    year: int | None
    month: int
    day: int | None
    year2: int | None = None
    month2: int | None = None
    day2: int | None = None
    rel: int | None = None  # relative-year offset (去年 → -1)
    anchor: RawDate | None = None  # a lone day (16日) reads its month and year off this date


def valid_date(y: int, m: int, d: int | None) -> bool:
    """A real month, and a real day of it when ``d`` is given."""
    if not 1 <= m <= 12:
        return False
    if d is None:
        return True
    return 1 <= d <= calendar.monthrange(y if y else 2000, m)[1]


def _title_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"《[^《》]{1,200}》", text)]


def _nearest_month(publish: date, day: int) -> int | None:
    """The month (this, last or next around the publish date) that puts ``day`` nearest to it."""
    best: tuple[int, int] | None = None
    for shift in (-1, 0, 1):
        y, m = divmod(publish.year * 12 + publish.month - 1 + shift, 12)
        if valid_date(y, m + 1, day):
            gap = abs((date(y, m + 1, day) - publish).days)
            if best is None or gap < best[0]:
                best = (gap, m + 1)
    return best[1] if best else None


def find_raw_dates(text: str, publish: date | None = None) -> list[RawDate]:
    """Every day/month expression in ``text``, outside 《》 titles, in text order."""
    written, lone = _patterns()
    titles = _title_spans(text)
    inside = lambda a: any(s <= a < e for s, e in titles)  # noqa: E731
    out: list[RawDate] = []
    taken: list[tuple[int, int]] = []
    for m in written.finditer(text):
        if inside(m.start()):
            continue
        g = m.groupdict()
        if g["iy"]:
            iy, im, idd = int(g["iy"].translate(_FULLWIDTH)), cn_number(g["im"]), cn_number(g["id"])
            if im is None or idd is None or not valid_date(iy, im, idd):
                continue
            out.append(RawDate(m.group(0), m.start(), m.end(), iy, im, idd))
            taken.append((m.start(), m.end()))
            continue
        mo = cn_number(g["m"])
        y = cn_number(g["y"]) if g["y"] else None
        if g["m0"]:  # 1-3月: a range of months
            if g["d"] or (first := cn_number(g["m0"])) is None or mo is None or not first < mo:
                continue
            g["mm2"], mo = g["m"], first
        d = cn_number(g["d"]) if g["d"] else None
        if mo is None or (g["d"] and d is None):
            continue
        if g["monthonly"] is not None and not g["d"] and _cn_month_alone(g, text, m.end()):
            continue
        rd = RawDate(m.group(0), m.start(), m.end(), y, mo, d)
        if g["rel"]:
            rd.rel = date_words().relyears[g["rel"]]
        if g["d2"]:
            rd.day2 = cn_number(g["d2"])
            rd.month2 = cn_number(g["m2"]) if g["m2"] else mo
            rd.year2 = cn_number(g["y2"]) if g["y2"] else None
        elif g["mm2"]:
            rd.month2 = cn_number(g["mm2"])
            rd.year2 = cn_number(g["ym2"]) if g["ym2"] else None
        if not valid_date(y or 2000, mo, d) or (
            rd.month2 is not None and not valid_date(rd.year2 or y or 2000, rd.month2, rd.day2)
        ):
            continue
        out.append(rd)
        taken.append((m.start(), m.end()))
    # lone days (16日上午): the month of the nearest day written before them in the article's own
    # time (not a date of another year), else the month that puts them nearest the publish date
    for m in lone.finditer(text):
        if inside(m.start()) or any(s <= m.start() < e for s, e in taken):
            continue
        d = cn_number(m.group("ld"))
        d2 = cn_number(m.group("ld2")) if m.group("ld2") else None
        if d is None or (m.group("ld2") and (d2 is None or d2 <= d)):
            continue
        before = [
            r
            for r in out
            if r.end_pos <= m.start() and r.day is not None and (publish is None or r.year in (None, publish.year))
        ]
        if before:
            ref = before[-1]
            month = ref.month2 or ref.month
            if valid_date(ref.year or 2000, month, d) and (d2 is None or valid_date(ref.year or 2000, month, d2)):
                out.append(
                    RawDate(m.group(0), m.start(), m.end(), ref.year2 or ref.year, month, d, day2=d2, anchor=ref)
                )
        elif publish is not None and (near := _nearest_month(publish, d)) is not None:
            out.append(RawDate(m.group(0), m.start(), m.end(), None, near, d, day2=d2))
    out.sort(key=lambda r: r.start_pos)
    return out


def _cn_month_alone(g: dict[str, str | None], text: str, end: int) -> bool:
    """True to drop a month written alone in Chinese numerals without a year (五月天, 一月一次)."""
    if g["y"] or (g["m"] or "").isdigit():
        return False
    follow = text[end : end + 2]
    return not re.match(r"(份|初|中旬|上旬|下旬|底|末|以来|起|[，,。、；])", follow)


# ---------------------------------------------------------------- year resolution


@dataclass(frozen=True)
class YearEvidence:
    year: int | None
    certain: bool
    source: str


@cache
def _anchors() -> tuple[tuple[int, re.Pattern[str]], ...]:
    return tuple((int(y), re.compile(p)) for y, p in read_tsv("year_anchors.tsv"))


_ORDINAL = r"[一二三四五六七八九十]{1,3}|\d{1,3}"
_ANNUAL_DOC = re.compile(r"《[^《》]{0,40}?(?P<y>(?:19|20)\d{2})年[^《》]{0,60}》")
_YEAR = re.compile(r"(?<![\d-])((?:19|20)\d{2})年")


def content_year(text: str) -> YearEvidence | None:
    """The year the article's own content pins down, if any."""
    # an annual document discussed or adopted: 《2024年…工作要点》
    years = [int(m.group("y")) for m in _ANNUAL_DOC.finditer(text)]
    if years:
        return YearEvidence(max(years), True, "content:annual-document")
    # an anniversary: 今年是X五周年 / 在X三周年之际
    for base, pattern in _anchors():
        for m in pattern.finditer(text):
            tail = text[m.end() : m.end() + 12]
            n = re.match(rf".{{0,6}}?({_ORDINAL})周年", tail)
            if n:
                count = cn_number(n.group(1))
                if count:
                    return YearEvidence(base + count, True, "content:anniversary")
    return None


@cache
def _year_hints() -> dict[str, dict[str, int]]:
    hints: dict[str, dict[str, int]] = {"term": {}, "plenum": {}, "congress": {}}
    for kind, key, year in read_tsv("year_hints.tsv"):
        hints[kind][key] = int(year)
    return hints


_SESSION = re.compile(
    r"第?(?P<term>十[一二三四五]?)届[^\s，。、；]{0,8}?(?:人大|人民代表大会|政协|人民政治协商会议)(?:常委会)?"
    r"第?(?P<n>[一二三四五六七])次(?:全体)?会议"
)
_PLENUM = re.compile(r"(?P<key>(?:十[六七八九]|二十)届[一二三四五六七八九]中)全会")
_CONGRESS = re.compile(r"党的(?P<key>(?:十[六七八九]|二十)大)")


def meeting_years(text: str) -> list[int]:
    """Years fixed by the congresses, sessions and plenums the text names (rules/year_hints.tsv)."""
    hints = _year_hints()
    years = []
    for m in _SESSION.finditer(text):
        start, n = hints["term"].get(m.group("term")), cn_number(m.group("n"))
        if start and n:
            years.append(start + n - 1)
    years += [y for m in _PLENUM.finditer(text) if (y := hints["plenum"].get(m.group("key")))]
    years += [y for m in _CONGRESS.finditer(text) if (y := hints["congress"].get(m.group("key")))]
    return years


def guess_year(text: str, today: date | None = None) -> YearEvidence:
    """Outside knowledge stand-in: the latest year the article mentions or its meetings fix
    (十四届全国人大二次会议 → 2024), not in the future; else the current year."""
    now = (today or date.today()).year
    years = [int(y) for y in _YEAR.findall(text)] + meeting_years(text)
    years = [y for y in years if y <= now]
    return YearEvidence(max(years) if years else now, False, "guess")


def resolve(raw: list[RawDate], text: str, publish: date | None) -> list[FoundDate]:
    """RawDates → record items (text, start, end, granularity, year_certain, year_source, span)."""
    content: YearEvidence | None = None
    content_done = False
    items: list[FoundDate] = []
    last_explicit: int | None = None
    resolved: dict[int, tuple[int, YearEvidence]] = {}  # id(RawDate) → (year of its end, evidence)
    for raw_item in raw:
        r = raw_item
        if r.anchor is not None and id(r.anchor) in resolved:
            anchor_year, ev = resolved[id(r.anchor)]
            r = replace(r, year=anchor_year)
            ev = YearEvidence(anchor_year, ev.certain, ev.source)
        elif r.year is not None:
            ev = YearEvidence(r.year, True, "explicit")
            if r.day is not None:  # a full date sets the year of the yearless days after it
                last_explicit = r.year
        elif publish is not None:
            ev = YearEvidence(_closest_year(publish, r.month, r.day), True, "publish_date")
        elif last_explicit is not None:
            ev = YearEvidence(last_explicit, True, "explicit:context")
        else:
            if not content_done:
                content, content_done = content_year(text), True
            ev = content or guess_year(text)
        year = ev.year or 2000
        if r.rel is not None and r.year is None:
            # 去年/今年 count from the publish date's year, not from the month's nearest year
            year = (publish.year if publish else year) + r.rel
        start = date(year, r.month, r.day or 1)
        y2 = r.year2 or year
        m2 = r.month2 or r.month
        if r.day is None:
            d2 = calendar.monthrange(y2, m2)[1]
        else:
            d2 = r.day2 or r.day
        if not valid_date(y2, m2, d2):
            continue
        end = date(y2, m2, d2)
        if end < start and r.year2 is None:
            end = date(y2 + 1, m2, d2)  # 12月30日至1月2日
        resolved[id(raw_item)] = (end.year, ev)
        items.append(
            FoundDate(
                text=r.text,
                start=start.isoformat(),
                end=end.isoformat(),
                granularity="day" if r.day is not None else "month",
                year_certain=ev.certain,
                year_source=ev.source,
                span=(r.start_pos, r.end_pos),
            )
        )
    return items


def _closest_year(publish: date, month: int, day: int | None) -> int:
    """The year, around the publish date, that puts month/day nearest to it."""
    best = publish.year
    best_gap: int | None = None
    for y in (publish.year - 1, publish.year, publish.year + 1):
        d = day or 1
        if not valid_date(y, month, d):
            continue
        gap = abs((date(y, month, d) - publish).days)
        if best_gap is None or gap < best_gap:
            best, best_gap = y, gap
    return best


def parse_iso_date(s: str) -> date | None:
    m = re.match(r"\s*(\d{4})[-./年](\d{1,2})[-./月](\d{1,2})", s)
    if not m:
        return None
    y, mo, d = (int(x) for x in m.groups())
    return date(y, mo, d) if valid_date(y, mo, d) else None


def date_mentions(text: str, publish: date | None = None) -> list[FoundDate]:
    """Every date expression in ``text``, resolved, in text order (repeats included)."""
    return resolve(find_raw_dates(text, publish), text, publish)


def distinct(items: list[FoundDate]) -> list[FoundDate]:
    """One item per distinct value (start, end), the first mention kept."""
    seen: set[tuple[str, str]] = set()
    out = []
    for item in items:
        key = (item["start"], item["end"])
        if key not in seen:
            seen.add(key)
            out.append(item)
    return out


def extract_dates(text: str, publish: date | None = None) -> list[FoundDate]:
    """Record items for every date in ``text``, one per distinct value, in text order."""
    return distinct(date_mentions(text, publish))
