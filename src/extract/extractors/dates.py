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
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache
from typing import TypedDict

from extract.extractors.namelex import alternation, not_after, word_frequency
from extract.rules import read_groups, read_tsv


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
    tens: dict[str, int]  # a whole ten before a day's units (廿 20: 廿一日)
    relyears: dict[str, int]
    dayparts: tuple[str, ...]
    rangeseps: tuple[str, ...]
    reldays: dict[str, int]
    relchars: dict[str, int]
    relbare: dict[str, int]
    relmonths: dict[str, int]
    relweeks: dict[str, int]
    weekdays: dict[str, int]
    monthparts: tuple[str, ...]
    verbstarts: str
    artifacts: frozenset[str]
    vague: frozenset[str]
    notday: frozenset[str]
    anadays: dict[str, int]
    relmonths_alone: dict[str, int]
    month_names: dict[str, int]  # a month written by a name (元月: January)
    sameyears: tuple[str, ...]  # relative-year words that name the year of the date before (同年)
    planyears: dict[str, int]  # a year of a five-year plan (收官 → 4: its last) after 今年是
    sections: tuple[str, ...]  # a report's section heading after its year (工作回顾, 工作打算)
    lunar: tuple[str, ...]  # words before a lunar calendar's date (农历三月初三): no solar date there
    flashbacks: tuple[str, ...]  # words opening a clause that steps back before the day told (会前, 此前)
    riwords: tuple[str, ...]  # words opening with 日 that no day is, after a month (去年12月日照港…: 日照)
    tours: tuple[str, ...]  # a route's or a tour's word after a count of days in Chinese numerals (三日…研学线路)
    trips: tuple[str, ...]  # a visit's word after a count of days a verb of undertaking opens (展开三日访问)
    undertakings: frozenset[str]  # verbs opening a trip of a count of days (展开, 进行)
    notmonths: tuple[str, ...]  # words after a month alone that make it every year's (1月平均气温): no date
    this_year_is: tuple[str, ...]  # words after 今年 that say this year is an anniversary's (是, 恰逢, 正值)


TOUR_GAP = 6  # characters between a count of days and its tour's word (三日|红色|研学线路)


def _a_tours_days(text: str, m: re.Match[str]) -> bool:
    """A lone day in Chinese numerals, no range, that a route's or a tour's word follows closely (三日红色研学线路,
    rules/date_words.tsv ``tour``): a count of days."""
    if m.group("ld2") or not all(c in date_words().numerals for c in m.group("ld")):  # (十 is one of them)
        return False
    # (or a visit's word after a count a verb of undertaking opens: 抵港展开三日访问, 进行两日考察)
    words = date_words()
    undertaken = any(text.startswith(v, m.start() - len(v)) for v in words.undertakings if m.start() >= len(v))
    trip = undertaken and any(text.startswith(w, m.end()) for w in words.trips)
    return trip or _tour_after().match(text, m.end()) is not None


@cache
def _tour_after() -> re.Pattern[str]:
    tours = date_words().tours
    return re.compile(rf"[^，,。；;、\s]{{0,{TOUR_GAP}}}?(?:{alternation(tours) or '(?!)'})")


@cache
def date_words() -> DateWords:
    values: dict[str, dict[str, int]] = {}
    for row in read_tsv("date_words.tsv"):
        kind, word = row[0], row[1]
        values.setdefault(kind, {})[word] = int(row[2]) if len(row) > 2 and row[2] else 0
    by_len = lambda ws: tuple(sorted(ws, key=len, reverse=True))  # noqa: E731
    get = lambda kind: values.get(kind, {})  # noqa: E731
    return DateWords(
        get("numeral"),
        get("tens"),
        get("relyear"),
        by_len(get("daypart")),
        by_len(get("rangesep")),
        get("relday"),
        get("relchar"),
        get("relbare"),
        get("relmonth"),
        get("relweek"),
        get("weekday"),
        by_len(get("monthpart")),
        "".join(get("verbstart")),
        frozenset(get("artifact")),
        frozenset(get("vague")),
        frozenset(get("notday")),
        get("anaday"),
        get("relmonthalone"),
        get("monthname"),
        tuple(get("sameyear")),
        get("planyear"),
        by_len(get("section")),
        by_len(get("lunar")),
        by_len(get("flashback")),
        by_len(get("riword")),
        by_len(get("tour")),
        by_len(get("trip")),
        frozenset(get("undertake")),
        by_len(get("notmonth")),
        by_len(get("thisyear")),
    )


def cn_number(s: str) -> int | None:
    """Value of an Arabic or Chinese numeral as dates write them (二〇二一, 二十七, 十, 27, ２７)."""
    s = s.translate(_FULLWIDTH)
    if s.isdigit():
        return int(s)
    if "0" in s:
        s = s.replace("0", "〇")  # 二0二0: an Arabic zero among numerals
    if s in date_words().month_names:  # (only the month's place of the patterns holds one: 元月)
        return date_words().month_names[s]
    nums = date_words().numerals
    if s and s[0] in (whole := date_words().tens):  # 廿一: twenty and one
        units = cn_number(s[1:]) if s[1:] else 0
        return None if units is None or units > 9 else whole[s[0]] + units
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


# a year of the sixty-year cycle (壬辰年), which only the lunar calendar's dates open with (a masthead's 壬辰年九月初四)
SEXAGENARY_YEAR = r"[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年"
_CYCLE_YEAR = re.compile(rf"{SEXAGENARY_YEAR}\s*闰?$")
_FULLWIDTH = str.maketrans("０１２３４５６７８９", "0123456789")


def _day(w: DateWords, digit: str) -> str:
    """A day's number as dates write it: 27, ２７, 二十七, 十, 七, 廿一 (rules/date_words.tsv numeral, tens)."""
    cn = "".join(k for k in w.numerals if k != "十")
    tens = rf"|[{''.join(w.tens)}][{cn}]?" if w.tens else ""
    return rf"(?:[{digit}]{{1,2}}|[一二三]?十[{cn}]?{tens}|[{cn}])"


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Written dates; a lone day, to be matched at the start of a run of numerals (``_lone_days``);
    the runs it may start."""
    w = date_words()
    cn = "".join(k for k in w.numerals if k != "十")
    digit = "0-9０-９"
    # (a year in numerals with an Arabic zero among them, as typed where 〇 is hard to find: 二0二0年)
    year = rf"(?:[{digit}]{{4}}|[{cn}]{{4}}|(?=[{cn}0０]{{0,3}}[0０])[{cn}0０]{{4}})"
    names = "".join(f"|{re.escape(n)}" for n in w.month_names)
    month = rf"(?:[{digit}]{{1,2}}|十[一二]?|[{cn}]{names})"
    day = _day(w, digit)
    sep = "|".join(re.escape(s) for s in w.rangeseps)
    rel = "|".join(re.escape(s) for s in w.relyears)
    # (a range's end in a month named from the page's: 去年12月30日至本月2日)
    relm = "|".join(re.escape(s) for s in sorted(w.relmonths, key=len, reverse=True)) or "(?!)"
    part = "|".join(re.escape(s) for s in w.dayparts)
    # Y? M D (sep Y? M? D)?  |  Y? M (sep Y? M)?   — the day part decides granularity
    written = (
        rf"(?:(?P<rel>{rel})|(?P<y>{year})年)?(?:(?P<m0>{month})\s*(?:{sep})\s*)?(?P<m>{month})月"
        rf"(?:(?P<d>{day})(?:[日号]|(?=\s*(?:{sep})\s*{day}[日号]))"
        rf"(?:\s*(?:{sep})\s*(?:(?:(?P<y2>{year})年|(?P<rel2>{rel}))?(?:(?P<m2>{month})月)?|(?P<relm2>{relm}))"
        rf"(?P<d2>{day})[日号])?"
        # (or a range of months whose end has its own relative year: 今年10月至明年4月)
        rf"|(?:\s*(?:{sep})\s*(?:(?P<ym2>{year})年|(?P<relmm2>{rel}))?(?P<mm2>{month})月)?(?P<monthonly>)(?![{digit}号])"
        # (nor a month of every year: 1月平均气温, 7月份平均降水量 — rules/date_words.tsv ``notmonth``)
        rf"(?!份?(?:{alternation(w.notmonths) or '(?!)'}))"
        rf"(?!日(?!{alternation([r[1:] for r in w.riwords]) or '(?!)'}))(?!{day}[日号]))"
        rf"(?P<part>{part})?"
    )
    iso = (
        rf"(?<![{digit}.\-/])(?P<iy>[{digit}]{{4}})(?P<isep>[-./])"
        rf"(?P<im>[{digit}]{{1,2}})(?P=isep)(?P<id>[{digit}]{{1,2}})(?![{digit}])"
    )
    # a day alone (27日) takes its month from the dates around it
    lone = (
        rf"(?!两)(?P<ld>{day})[日号]?"  # (两日 is two days: 为期两日, no day 2)
        # 15日至16日: a range of days; 12号 only before the part of the day (12号上午: not 12号文件, 3号楼)
        rf"(?:\s*(?:{sep})\s*(?P<ld2>{day}))?(?:日|号(?={part}))"
        rf"(?!{alternation(w.notday)})(?P<lpart>{part})?"  # not a count of days (30日内, 一日游)
    )
    # a date starts with a numeral or a relative-year word: the lookahead fails fast elsewhere
    # (or a month's name: 元月5日)
    first = re.escape(
        "".join(sorted({*cn, "十", *w.tens, *(word[0] for word in w.relyears), *(n[0] for n in w.month_names)}))
    )
    start = rf"(?=[{digit}{first}])"
    # a lone day's day is a whole run of numerals, which 日, a space or a range's separator follows
    after_day = re.escape("".join(sorted({"日", "号", *(s[0] for s in w.rangeseps)})))
    numeral = rf"[{digit}{cn}十{''.join(w.tens)}]"
    numerals = rf"{numeral}{numeral}*(?=[\s{after_day}])"  # (not [x]+: opening with a class, re skips to it)
    return re.compile(rf"{start}(?:(?<![{digit}第]){written}|{iso})"), re.compile(lone), re.compile(numerals)


def _lone_days(text: str) -> Iterator[re.Match[str]]:
    """The lone days of ``text`` (16日, 15日至16日) that follow no numeral and none of 月年.-/ , as
    ``(?<![numerals月年.\\-/])`` in front of the pattern would find them: such a day is a whole run
    of numerals, and only the runs that 日, a space or a range's separator follows are tried (the
    lookbehind made ``re`` try the pattern at every character)."""
    _, lone, numerals = _patterns()
    end = 0
    for run in numerals.finditer(text):
        p = run.start()
        if p < end or (p and text[p - 1] in "月年.-/"):
            continue
        m = lone.match(text, p)
        if m:
            yield m
            end = m.end()


@cache
def vague_day() -> re.Pattern[str]:
    """Words that say a day without naming it (近日, 日前: rules/date_words.tsv ``vague``)."""
    words = sorted(date_words().vague, key=len, reverse=True)
    return re.compile("|".join(re.escape(w) for w in words) or "(?!)")


@cache
def duration_pattern() -> re.Pattern[str]:
    """How long an event lasts: a duration word and a count of days (为期三天, 会期两天)."""
    words = _duration_words()
    return re.compile(f"(?:{'|'.join(map(re.escape, words)) or '(?!)'})(?P<n>[0-9一二两三四五六七八九十]{{1,3}})[天日]")


def _after_duration(text: str, at: int) -> bool:
    """A duration word (rules/date_words.tsv ``duration``: 为期, 历时) ends right before ``at``."""
    return any(text.endswith(w, 0, at) for w in _duration_words())


@cache
def _duration_words() -> tuple[str, ...]:
    return tuple(row[1] for row in read_tsv("date_words.tsv") if row[0] == "duration")


def duration_days(text: str, lo: int, hi: int) -> int | None:
    """How many days an event lasts by the words of ``text[lo:hi]`` (为期三天, 会期两天), if said; not
    a trip's (展开为期三天的访问: a purpose of a visit after it, rules/events.tsv ``purpose``, or 行程)."""
    for m in duration_pattern().finditer(text, lo, hi):
        if _trip_after().match(text, m.end()):
            continue
        n = cn_number(m.group("n").replace("两", "二"))
        return n if n and 2 <= n <= 31 else None
    return None


@cache
def _trip_after() -> re.Pattern[str]:
    purposes = [*read_groups("events.tsv").get("purpose", ()), "行程"]
    return re.compile(rf"的?(?:{alternation(purposes)})")


@cache
def _relative_pattern() -> re.Pattern[str]:
    """Days written relative to the page's date: 昨(4)日, (十二)日, 昨天上午, 昨率团, 本月13日至14日,
    本月中旬, 月初 (rules/date_words.tsv: relday, relchar, relmonth, monthpart, verbstart)."""
    w = date_words()
    cn = "".join(k for k in w.numerals if k != "十")
    day = _day(w, "0-9０-９")
    alt = alternation
    part = alt(w.dayparts)
    sep = alt(w.rangeseps)
    firsts = (x[0] for x in [*w.relchars, *w.relmonths, *w.reldays, *w.relbare, *w.relweeks, *w.relmonths_alone])
    starts = re.escape("".join(sorted({*"(（月周星礼", *firsts})))
    weekday = "".join(w.weekdays)
    week = "(?:周|星期|礼拜)"
    return re.compile(
        # (not the weather's 天: 本周天气)
        rf"(?=[{starts}])(?:(?P<rk>{alt(w.relweeks)})(?P<wd>[{weekday}])(?<!天(?=气))"
        rf"(?:\s*(?:{sep})\s*{week}(?P<wd2>[{weekday}]))?(?P<kpart>{part})?"  # 本周一至周二: a run of days
        rf"(?:\s*[(（]\s*(?:[0-9０-９]{{1,2}}月)?(?P<kd>{day})日\s*[)）])?"  # 上周五（5日）: one date
        # (a weekday alone after a clause's start, its part of the day or a comma after it: 周二下午，…; the week
        # of the relative week written before it)
        rf"|(?<![上本下这每个期一二三四五六日天\w])(?<=[\s，,。；;：:])(?P<bw>{week}(?P<bwd>[{weekday}]))(?<!天(?=气))"
        rf"(?=(?P<bwpart>{part})|[，,])(?P=bwpart)?"
        rf"|(?P<rc>{alt(w.relchars)})?\s*[(（]\s*(?P<bd>{day})\s*[)）]\s*日(?P<bpart>{part})?"
        # 上（4）月28日: a relative month with its number in brackets (Taiwan's press)
        # (or a part of it: 下（6）月底)
        rf"|(?P<rbm>[上本下])\s*[(（]\s*(?P<bm>1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])\s*[)）]\s*月"
        rf"(?:(?P<bmd>{day})[日号]|(?P<bmp>{alt(w.monthparts)}))"
        rf"|(?P<rm>{alt(w.relmonths)})(?:(?P<md>{day})[日号]?(?:\s*(?:{sep})\s*(?P<rm2>{alt(w.relmonths)})?(?P<md2>{day}))?[日号]"
        rf"|(?P<mp>{alt(w.monthparts)}))"  # (本月2日至下月3日: the end's own relative month)
        # 月初，两市…: a part of the month with no number before it (nor 本, 每, 正…) is the page's month's
        rf"|(?<![^\s，,。；;：:！？、（(“\"于在至到将从])(?P<om>月)(?P<omp>{alt(w.monthparts)})"
        # (not a count of days: 当日门票, 当天往返)
        rf"|(?P<rw>{alt(w.reldays)})(?!的|{alt(w.notday)})(?P<wpart>{part})?"
        # 下个月在台东举办: a relative month alone (no day, no part of it after it)
        # (两 after it a count, not a day: 上月两县刚刚商定…; not a forecast's month, 预计下个月两地将…)
        rf"|(?<!预计|估计)(?P<rma>{alt(w.relmonths_alone)})"
        rf"(?![0-9０-９{cn.replace('两', '')}十初中下上底末旬号日]|两[日号])"
        rf"|(?P<rc1>{alt(w.relbare)})(?=[{re.escape(w.verbstarts)}]))"
    )


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
    rel2: int | None = None  # the range's end's own offset (…至今年1月2日 → 0)
    anchor: RawDate | None = None  # a lone day (16日) reads its month and year off this date
    turn: int = 0  # the years a relative day lands from its reference's (明天 on 12-31: 1; 上月 under 1月4日: -1)

    @property
    def ahead(self) -> bool:
        """A relative day in the year after its reference's (明天 on 12-31, 下个月 in December)."""
        return self.turn > 0


def valid_date(y: int, m: int, d: int | None) -> bool:
    """A real month, and a real day of it when ``d`` is given."""
    if not 1 <= m <= 12:
        return False
    if d is None:
        return True
    return 1 <= d <= calendar.monthrange(y if y else 2000, m)[1]


def title_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the 《》 titles of ``text``: what is inside names a document, no date or place."""
    return [(m.start(), m.end()) for m in re.finditer(r"《[^《》]{1,200}》", text)]


# (searched in the text after an added line break: a line start is written \n, which re skips to)
# a page's stamp of month, day and time at a line's start in its header (09月16日 10:20, 09-16 10:20)
_YEARLESS_DAY_STAMP = re.compile(
    # (after a label of the stamp's: 时间：10月28日 09:12)
    # (or in a field's brackets: [ 日期：07-14 ]　[ 来源：… ])
    r"^[ \t\u3000]*(?:(?P<br>[\[【])[ \t\u3000]*)?(?:(?P<label>(?:发布|更新|发表)?(?:时间|日期))[：:][ \t\u3000]*"
    r"|[\u4e00-\u9fff]{1,6}[：:][ \t\u3000]*)?"
    r"(?:(?P<m>0?[1-9]|1[0-2])月(?P<d>0?[1-9]|[12][0-9]|3[01])日|(?P<m2>0[1-9]|1[0-2])-(?P<d2>0[1-9]|[12][0-9]|3[01]))"
    # (its time of day after it; or, after a label of time, a wide gap and the next field: 发布时间：1月4日　　来源：…)
    # (a full-width space alone is a gap too: 发布时间：12月30日　来源：…)
    r"(?:[ \t\u3000]*[0-2]?[0-9]:[0-5][0-9](?![0-9])"
    # (or its weekday after it, at the line's end or before the next field: 时间：3月19日　星期二　来源：)
    r"|(?<=日)(?=[ \t\u3000]*(?:星期|周)(?P<wk>[一二三四五六日天])(?:[ \t\u3000]*$|[ \t\u3000]{2,}|\u3000))"
    r"|(?<=[日0-9])(?(label)(?=(?:[ \t\u3000]{2,}|\u3000)\S|[ \t\u3000]*$)|(?!))"
    r"|(?<=[日0-9])(?(br)(?(label)(?=[ \t\u3000]*[\]】])|(?!))|(?!)))",
    re.M,
)
STAMP_HEADER_CHARS = 600  # the page's header, where its stamp stands
_LEAP_YEAR = 2000  # a year for a month and day whose year is unknown (02-29 too)


# a WeChat post's header: 原创, the account's name (and its author's), the day and time, where it was posted from
# (原创 桐柏发布 桐柏发布 12月30日 18:06 发表于河南)
_WECHAT_STAMP = re.compile(
    r"^[ \t\u3000]*(?:(?P<orig>原创)[ \t\u3000]+)?(?:[^\s]{1,16}[ \t\u3000]+){1,3}"
    r"(?P<m>0?[1-9]|1[0-2])月(?P<d>0?[1-9]|[12][0-9]|3[01])日"
    # (its time, or, after 原创, none at the line's end: 原创 图木舒克发布 图木舒克发布 3月2日)
    r"(?:[ \t\u3000]+[0-2]?[0-9]:[0-5][0-9](?![0-9])(?(orig)|(?=[ \t\u3000]*(?:发表于|IP属地)))"
    r"|(?(orig)(?=[ \t\u3000]*$)|(?!)))",
    re.M,
)


# a date's digits run together, as a database's field gives it (日期：19990817): read after a date's label only
COMPACT_DATE = re.compile(r"(?P<y>(?:19|20)\d{2})(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])(?![0-9])")
_COMPACT_FIELD = re.compile(
    r"(?:日[ \t\u3000]*期|时[ \t\u3000]*间)[ \t\u3000]*[:：][ \t\u3000]*(?=(?:19|20)[0-9]{6}(?![0-9]))"
)


def compact_date(text: str, at: int) -> tuple[date, tuple[int, int]] | None:
    """The date whose digits run together right at ``at`` (19990817), a valid one, and its span."""
    c = COMPACT_DATE.match(text, at)
    if c is None or not valid_date(int(c["y"]), int(c["m"]), int(c["d"])):
        return None
    return date(int(c["y"]), int(c["m"]), int(c["d"])), c.span()


def _yearless_stamp_day(text: str) -> tuple[date, int | None] | None:
    """The month and day of the page's header stamp that gives no year, as a date of ``_LEAP_YEAR``, and the weekday
    it writes beside them (0 for Monday), if any."""
    m = _YEARLESS_DAY_STAMP.search(text, 0, STAMP_HEADER_CHARS) or _WECHAT_STAMP.search(text, 0, STAMP_HEADER_CHARS)
    if m is None:
        return None
    month, day = int(m["m"] or m["m2"]), int(m["d"] or m["d2"])
    weekday = date_words().weekdays[m["wk"]] if m.re is _YEARLESS_DAY_STAMP and m["wk"] else None
    return (date(_LEAP_YEAR, month, day), weekday) if valid_date(_LEAP_YEAR, month, day) else None


def _weekday_year(month: int, day: int, weekday: int) -> int | None:
    """The latest year up to this one whose ``month``/``day`` falls on ``weekday``: a stand-in year with the
    stamp's calendar, for counting the weeks a text names (上周五) — the year itself is left open."""
    this_year = date.today().year
    return next(
        (y for y in range(this_year, this_year - 30, -1)
         if valid_date(y, month, day) and date(y, month, day).weekday() == weekday),
        None,
    )  # fmt: skip


_YEARLESS_STAMP = re.compile(  # (or after its label: 发布时间：05-22 09:13)
    # (or the label in a field's brackets, the date alone in them: [ 日期：07-14 ]　[ 来源：… ])
    r"\n[ \t\u3000]*(?:(?P<br>[\[【])[ \t\u3000]*)?"
    r"(?:(?P<label>(?:发布|更新|发表)?(?:时间|日期))[ \t\u3000]*[:：][ \t\u3000]*)?"
    r"(?P<md>(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12][0-9]|3[01]))"
    r"(?:[ \t\u3000]+[0-2]?[0-9]:[0-5][0-9](?![0-9])|(?(br)(?(label)[ \t\u3000]*[\]】]|(?!))|(?!)))"
)


_EVERY = re.compile(r"(?:每年|每月|每逢|每届|逢)的?$")
# a recurring month and a list's mark after it (每年7月和|10月, 每年三月、|九月)
_EVERY_LISTED = re.compile(
    r"(?:每年|每逢)的?(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})月(?:(?:和|、|及|或)(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})月)*"
    r"(?:和|、|及|或)$"
)


def written_dates(text: str) -> Iterator[re.Match[str]]:
    """The matches of the written-date pattern (``_patterns()[0]``) in ``text``, as its ``finditer``
    gives them, the pattern tried only where a match can begin: in the run of numerals, 年,
    relative-year words, range separators and white space right before a 月 (every written date
    holds one after its month, and nothing before it holds one), or four characters before the
    separator of an ISO date (2024-03-05).  Its lookahead lets ``re`` skip only to characters as
    common as 一, 上 and 本: tried at every one, it cost twice as much."""
    written = _patterns()[0]
    lead = _month_lead()
    if lead is None:  # (a rules word holding 月: every place is tried)
        yield from written.finditer(text)
        return
    starts: set[int] = set()
    q = text.find("月")
    while q >= 0:
        i = q
        while i > 0 and ((c := text[i - 1]) in lead or c.isspace()):
            i -= 1
        starts.update(range(i, q))
        q = text.find("月", q + 1)
    for sep in "-./":
        k = text.find(sep, ISO_YEAR_DIGITS)
        while k >= 0:
            starts.add(k - ISO_YEAR_DIGITS)
            k = text.find(sep, k + 1)
    pos = 0
    for at in sorted(starts):
        if at >= pos and (m := written.match(text, at)) is not None:
            yield m
            pos = m.end()


ISO_YEAR_DIGITS = 4  # an ISO date's year: its separator comes this many characters after the start


@cache
def _month_lead() -> frozenset[str] | None:
    """The characters other than white space that a written date holds before its first 月 (the
    numerals, 十, 年, the relative-year words, the range separators and the months' names (元) of
    date_words.tsv), or None
    where one of those words holds 月 itself."""
    w = date_words()
    words = [*w.numerals, "十", "年", *w.relyears, *w.rangeseps, *w.month_names]
    if any("月" in word for word in words):
        return None
    return frozenset("0123456789０１２３４５６７８９" + "".join(words))


def find_raw_dates(
    text: str, publish: date | None = None, reference: date | None = None, context: str | None = None
) -> list[RawDate]:
    """Every day/month expression in ``text``, outside 《》 titles, in text order.

    Relative days (昨天, 昨(4)日, 本月13日) are dates only where a reference fixes them: the
    publish date, else a dateline's day (X月X日电), else the ``reference`` the user gave.  A page's
    stamp without a year at a line's start (``06-30 10:25``) is a day too."""
    titles = title_spans(text)
    inside = lambda a: any(s <= a < e for s, e in titles)  # noqa: E731
    out: list[RawDate] = [rd for rd in roc_dates(text, context) if not inside(rd.start_pos)]
    taken: list[tuple[int, int]] = [(rd.start_pos, rd.end_pos) for rd in out]
    ref = _report_day(text, publish) or reference
    for f in _COMPACT_FIELD.finditer(text) if "期" in text or "间" in text else ():
        if (c := compact_date(text, f.end())) is not None and not inside(c[1][0]):
            day, (a, b) = c
            out.append(RawDate(text[a:b], a, b, day.year, day.month, day.day))
            taken.append((a, b))
    for m in written_dates(text):
        if inside(m.start()) or any(s <= m.start() < e for s, e in taken):
            continue
        g = m.groupdict()
        if g["iy"]:
            iy, im, idd = int(g["iy"].translate(_FULLWIDTH)), cn_number(g["im"]), cn_number(g["id"])
            if im is None or idd is None or not valid_date(iy, im, idd):
                continue
            if f"{iy:04d}-{im:02d}-{idd:02d}" in date_words().artifacts:  # 1970-01-01 08:00:20
                continue
            out.append(RawDate(m.group(0), m.start(), m.end(), iy, im, idd))
            taken.append((m.start(), m.end()))
            continue
        mo = cn_number(g["m"])
        y = cn_number(g["y"]) if g["y"] else None
        if y is None and _EVERY.search(text, max(0, m.start() - 3), m.start()):
            continue  # 每年9月, 每月15日: a recurring day, no specific one
        if y is None and _EVERY_LISTED.search(text, max(0, m.start() - 16), m.start()):
            continue  # 每年7月和10月: the list's later months recur too
        if y is None and (
            text.endswith(date_words().lunar, max(0, m.start() - 2), m.start())
            or _CYCLE_YEAR.search(text, max(0, m.start() - 4), m.start())
        ):
            continue  # 农历三月初三, 壬辰年九月初四 (a masthead's): a day of the lunar calendar, no solar month or day
        if y is None and text.endswith("次年", 0, m.start()) and "每年" in text[max(0, m.start() - 16) : m.start()]:
            continue  # 每年11月至次年3月: the recurring stretch's end
        if g["m0"]:  # 1-3月: a range of months
            if g["d"] or (first := cn_number(g["m0"])) is None or mo is None or not first < mo:
                continue
            g["mm2"], mo = g["m"], first
        d = cn_number(g["d"]) if g["d"] else None
        if mo is None or (g["d"] and d is None):
            continue
        if g["monthonly"] is not None and not g["d"] and _cn_month_alone(g, text, m.start(), m.end()):
            continue
        rd = RawDate(m.group(0), m.start(), m.end(), y, mo, d)
        if g["rel"]:
            rd.rel = date_words().relyears[g["rel"]]
        if g["d2"] and g["relm2"]:
            # the end's month counts from the page's (去年12月30日至本月2日 on 2011-01-03: 2011-01-02); none without it
            if ref is not None:
                yy, mm = divmod(ref.year * 12 + ref.month - 1 + date_words().relmonths[g["relm2"]], 12)
                rd.day2, rd.month2, rd.year2 = cn_number(g["d2"]), mm + 1, yy
        elif g["d2"]:
            rd.day2 = cn_number(g["d2"])
            rd.month2 = cn_number(g["m2"]) if g["m2"] else mo
            rd.year2 = cn_number(g["y2"]) if g["y2"] else None
            # (去年12月28日至今年1月2日: the end's own relative year)
            rd.rel2 = date_words().relyears[g["rel2"]] if g["rel2"] and g["m2"] else None
        elif g["mm2"]:
            rd.month2 = cn_number(g["mm2"])
            rd.year2 = cn_number(g["ym2"]) if g["ym2"] else None
            rd.rel2 = date_words().relyears[g["relmm2"]] if g["relmm2"] else None
        if not valid_date(y or 2000, mo, d) or (
            rd.month2 is not None and not valid_date(rd.year2 or y or 2000, rd.month2, rd.day2)
        ):
            continue
        out.append(rd)
        taken.append((m.start(), m.end()))
    if ref is not None:  # days that only a reference fixes
        for read in (_relative_dates, _lost_month_days):
            for rd in list(read(text, ref)):
                if not inside(rd.start_pos) and not any(s <= rd.start_pos < e for s, e in taken):
                    # (the day in brackets it holds, 明日（一月一日）, read before on its own: one date, the whole)
                    out = [r for r in out if not rd.start_pos < r.start_pos < rd.end_pos]
                    taken = [(s, e) for s, e in taken if not rd.start_pos < s < rd.end_pos]
                    out.append(rd)
                    taken.append((rd.start_pos, rd.end_pos))
    elif (stamped := _yearless_stamp_day(text)) is not None:
        stamp, weekday = stamped
        # no page date with its year, but the page's stamp gives its month and day (09月16日 10:20　来源：…):
        # the relative days count from it (昨天上午 → 09-15), their year left to the resolution below as the
        # stamp's own is; the weekdays (上周五) too where the content pins the year down (今年是两市缔结友好城市
        # 十周年 after 2007年11月: 2017, whose calendar says which day a Friday was), none without it
        content = content_year(text)
        if content is not None and content.certain and content.year is not None:
            pinned = _planned_year(content, stamp.month).year or content.year
            if valid_date(pinned, stamp.month, stamp.day):
                stamp = date(pinned, stamp.month, stamp.day)
        # (or the stamp writes its weekday, 3月19日　星期二: the weeks count on a calendar where that day is a Tuesday,
        # their year left open as the stamp's is)
        open_year = stamp.year == _LEAP_YEAR and weekday is not None
        if open_year and weekday is not None and (stand_in := _weekday_year(stamp.month, stamp.day, weekday)):
            stamp = date(stand_in, stamp.month, stamp.day)
        for rd in _relative_dates(text, stamp, weekdays=stamp.year != _LEAP_YEAR):
            if open_year and stamp.year != _LEAP_YEAR:
                rd.year = rd.year2 = None  # (the stand-in's year is none of the text's: a turn of the year is rd.turn)
            if not inside(rd.start_pos) and not any(s <= rd.start_pos < e for s, e in taken):
                # (the stamp's year is no real one: a relative day across the year's turn from it is of the year before
                # or after the other days, 上月下旬 under 1月4日 — a relative year)
                rd.rel = rd.turn or None
                out.append(rd)
                taken.append((rd.start_pos, rd.end_pos))
    # a page's stamp without its year at a line's start (06-30 10:25　　湘江时报网): month and day
    if ":" in text or "期：" in text:
        for m in _YEARLESS_STAMP.finditer("\n" + text):
            a, b = m.start("md") - 1, m.end("md") - 1
            if not inside(a) and not any(s <= a < e for s, e in taken):
                out.append(RawDate(text[a:b], a, b, None, int(m.group("m")), int(m.group("d"))))
                taken.append((a, b))
    # lone days (16日上午): the month of the nearest day written before them in the article's own
    # time (not a date of another year), else the month that puts them nearest the publish date
    for m in _lone_days(text):
        if inside(m.start()) or any(s <= m.start() < e for s, e in taken):
            continue
        if _after_duration(text, m.start()) or _a_tours_days(text, m):
            continue  # 为期三日的考察, 历时两日: how long, no day of the month; 三日红色研学线路: a tour's
        d = cn_number(m.group("ld"))
        d2 = cn_number(m.group("ld2")) if m.group("ld2") else None
        if d is None or (m.group("ld2") and (d2 is None or d2 <= d)):
            continue
        dated = [r for r in out if r.end_pos <= m.start() and r.day is not None]
        last = dated[-1] if dated else None
        if (
            last is not None
            and publish is not None
            and last.year not in (None, publish.year)
            and _holds(last, d, d2)
        ):
            # (a day inside the run of days told last, of another year than the page's: an archive page of 2011 —
            # 一九八五年四月二十二日至二十六日…。二十五日下午，五方签订了…: the run's 25th)
            out.append(RawDate(m.group(0), m.start(), m.end(), last.year, last.month, d, day2=d2, anchor=last))
            continue
        before = [r for r in dated if publish is None or r.year in (None, publish.year)]
        if (
            before
            and publish is not None
            and _is_day(before[-1], publish)
            and d > publish.day
            and not _FUTURE_BEFORE.search(text, max(0, m.start() - FUTURE_CHARS), m.start())
        ):
            # (the page's own date the last before it, 2015年6月2日 … 会议28日在珠海举行: a day after the page's
            # is no day of its month but the one nearest it, 5月28日; not one told as to come, 将于28日举行)
            before = []
        if before:
            prior = before[-1]
            month, year = prior.month2 or prior.month, prior.year2 or prior.year
            # (10月30日至11月1日…31日上午…1日: a day inside the last run across a month's end is in the
            # run's month that holds it)
            k = next((i for i in range(len(before) - 1, -1, -1) if _crosses_month(before[i])), -1)
            run = before[k] if k >= 0 else None
            if run is not None and run.day is not None and run.day2 is not None and all(
                (run.month, run.day) <= _in_run(run, r.month, r.day or 0) <= _in_run(run, run.month2 or 0, run.day2)
                for r in before[k + 1 :]
            ):  # (no day told since outside the run)
                if d >= run.day:
                    prior, month, year = run, run.month, run.year
                elif (d2 if d2 is not None else d) <= run.day2:
                    prior, month, year = run, run.month2 or run.month, run.year2 or run.year
            elif (opened := _stretch_holding(before, d)) is not None:
                # (6月29日在焦作市开幕，7月1日下午闭幕 … 30日上午，与会人员…考察: a day between an opening day and a
                # closing day of the next month, after the closing day's number, is of the opening's month)
                prior, month, year = opened, opened.month, opened.year
            elif (held := _run_holding(before, d, d2)) is not None:
                # (11月18日至20日…举办…。这是今年7月1日香港回归后…。19日上午…: a day inside the last run of days, told
                # after a look back to a day before the run, is the run's)
                prior, month, year = held, held.month, held.year
            elif (
                publish is not None
                and valid_date(year or publish.year, month, d)
                # (before the report's own day, its dateline's where it has one: 本报防城港11月8日电…将于9日离开 on a
                # page of 11月10日 — the 9th of that month, the day after the report was filed)
                and date(year or publish.year, month, d) < (ref if ref is not None and ref <= publish else publish)
                and _FUTURE_BEFORE.search(text, max(0, m.start() - FUTURE_CHARS), m.start())
            ):
                # (a page of 11月3日: 10月30日抵达…。代表团定于4日结束访问 — a day to come is no day before the
                # page's: the next month's, in the next year past a December; 预定21日出发 after 22日 on a page of
                # the 15th is the 21st)
                month, year = month % 12 + 1, (year + 1 if year and month == 12 else year)
            if _past_page(publish, year, month, d) and not _FUTURE_BEFORE.search(
                text, max(0, m.start() - FUTURE_CHARS), m.start()
            ):
                # (a day past the page's read off a schedule's run told last, 6月16日至17日…召开。…7月1日至10月31日
                # 实行昼夜值班…。17日下午，与会人员察看了… on a page of 6月18日: the latest run before it that holds
                # it on or before the page's day — the meeting's)
                held = next(
                    (
                        r
                        for r in reversed(before)
                        if r is not prior and _holds(r, d, d2) and not _past_page(publish, r.year, r.month, d2 or d)
                    ),
                    None,
                )
                if held is not None:
                    prior, month, year = held, held.month, held.year
                elif (
                    publish is not None
                    and _coming_soon(publish, prior)
                    and "。" in text[prior.end_pos : m.start()]  # (not in its list: 于12月5日在新加坡、8日在吉隆坡)
                ):
                    # (nor the month of a day still to come told last, 6月24日…签约…自7月1日起…。17日下午，两地…
                    # 召开专题对接会 on a page of 6月25日: a day told done, on no schedule — the page's month)
                    if valid_date(publish.year, publish.month, d) and date(publish.year, publish.month, d) <= publish:
                        month = publish.month
            if valid_date(year or 2000, month, d) and (d2 is None or valid_date(year or 2000, month, d2)):
                out.append(RawDate(m.group(0), m.start(), m.end(), year, month, d, day2=d2, anchor=prior))
        elif publish is not None and (near := _near_day(publish, d)) is not None:
            out.append(RawDate(m.group(0), m.start(), m.end(), None, near.month, d, day2=d2))
    out.sort(key=lambda r: r.start_pos)
    anaphoric = list(_anaphoric_days(text, out, lambda a: inside(a) or any(s <= a < e for s, e in taken)))
    if anaphoric:
        out = sorted(out + anaphoric, key=lambda r: r.start_pos)
    return out


STRETCH_DAYS = 10  # days an opening day and a closing day of the next month may lie apart (a meeting's stretch)


def _stretch_holding(before: list[RawDate], d: int) -> RawDate | None:
    """The first of the last two days written before a lone day (``before``, in text order), where the two are single
    days of consecutive months a short stretch apart and the lone day falls between them only in the first's month
    (6月29日…7月1日…30日): that first day."""
    if len(before) < 2:
        return None
    a, b = before[-2], before[-1]
    if a.day is None or b.day is None or a.day2 is not None or b.day2 is not None or a.month2 or b.month2:
        return None
    if b.month != a.month % 12 + 1 or not b.day < d or not a.day < d:
        return None
    last = calendar.monthrange(a.year or 2000, a.month)[1]
    if d > last or (last - a.day) + b.day > STRETCH_DAYS:
        return None
    return a


def _past_page(publish: date | None, year: int | None, month: int, d: int) -> bool:
    """month/d of ``year`` (the page's where unknown) is a valid day after the page's date."""
    if publish is None or year not in (None, publish.year) or not valid_date(publish.year, month, d):
        return False
    return date(publish.year, month, d) > publish


SOON_DAYS = 92  # a day told after the page's and no further is still to come (自7月1日起 on a page of 6月25日)


def _coming_soon(publish: date, r: RawDate) -> bool:
    """``r``, in the page's year where it has none, is a day shortly after the page's (not one of the year before
    read in the page's: 10月30日 on a page of 2010-01-04)."""
    if r.day is None or r.year not in (None, publish.year) or not valid_date(publish.year, r.month, r.day):
        return False
    return 0 < (date(publish.year, r.month, r.day) - publish).days <= SOON_DAYS


def _holds(run: RawDate, d: int, d2: int | None) -> bool:
    """``run`` is a run of days in one month (15日至18日) that holds the lone day ``d`` (or ``d``-``d2``)."""
    return (
        run.day is not None
        and run.day2 is not None
        and (run.month2 or run.month) == run.month
        and run.day <= d <= (d2 if d2 is not None else d) <= run.day2
    )


def _run_holding(before: list[RawDate], d: int, d2: int | None) -> RawDate | None:
    """The last run of days in one month before a lone day (``before``: the days written before it, in text order)
    that holds it, where every day written since is inside the run or before its first day (a look back:
    11月18日至20日 … 今年7月1日 … 19日): none where a day after the run was told since (the story went on)."""
    k = next((i for i in range(len(before) - 1, -1, -1) if before[i].day2 is not None), -1)
    if k < 0:
        return None
    run = before[k]
    if not _holds(run, d, d2) or run.day is None or run.day2 is None:
        return None
    first = (run.year or 0, run.month, run.day)
    for r in before[k + 1 :]:
        at = (r.year or run.year or 0, r.month, r.day or 0)
        if not (at < first or (r.month == run.month and run.day <= (r.day or 0) <= run.day2)):
            return None
    return run if k < len(before) - 1 else None


def _is_day(r: RawDate, day: date) -> bool:
    """``r`` is that one day (its year written or not)."""
    return (r.year in (None, day.year)) and (r.month, r.day) == (day.month, day.day) and r.day2 is None


def _crosses_month(r: RawDate) -> bool:
    return bool(r.month2 and r.month2 != r.month and r.day and r.day2)


def _in_run(run: RawDate, month: int, day: int) -> tuple[int, int]:
    """A month and day as ordered inside ``run``: a month before the run's first in a run across a year's end
    (12月30日至1月2日) counts after December."""
    return (month + 12 if month < run.month else month, day)


def _year_near(year: int, anchor: RawDate, month: int, day: int | None) -> int:
    """The year that puts month/day nearest to ``anchor``'s last day, whose year is ``year`` (次日 after 12月31日 is
    in the next year; 31日 inside 12月30日至1月2日 in the year before the run's end)."""
    end_month, end_day = anchor.month2 or anchor.month, anchor.day2 or anchor.day or 1
    if not valid_date(year, end_month, end_day):
        return year
    end = date(year, end_month, end_day)
    near = [y for y in (year - 1, year, year + 1) if valid_date(y, month, day or 1)]
    return min(near, key=lambda y: abs((date(y, month, day or 1) - end).days), default=year)


FLASHBACK_REACH = 6  # characters before a day in which its clause's opening word of a flashback stands


def _in_flashback(text: str, at: int, words: tuple[str, ...]) -> bool:
    """The day at ``at`` stands in a clause opened by a word stepping back before the day told (会前，5月7日下午，…)."""
    if not words:
        return False
    lo = max(0, at - FLASHBACK_REACH)
    start = max(text.rfind(c, lo, at) for c in "。！？；\n") + 1
    head = text[max(lo, start) : at].lstrip(" \u3000")
    return head.startswith(words)


_ARRIVAL = re.compile(r"(?:抵达|到达|抵)$")  # 抵达当天: the arrival's day
_OPENING_BEFORE = re.compile(r"(?:开幕|揭幕|开班|开园)$")  # 开幕当天: the opening's day
_OPENED_AFTER = re.compile(r"[^。；;！？\n]{0,40}?(?:开幕|揭幕|开班|开园)")  # a day whose clause tells the opening
# a day that bounds a stretch of time (本月20日起实施, 6月底前) is no day something happened on (a verb of going that
# opens with 前 is none: 上周五前往台东县 … 次日 — the Saturday)
_BOUND_AFTER = re.compile(r"(?:起|前(?![往来去赴])|后|以前|以后|以来|开始|为止)")


@cache
def _anaphoric_pattern() -> re.Pattern[str]:
    w = date_words()
    # (not a count of days: 当日门票, 当天往返 — rules/date_words.tsv ``notday``)
    return re.compile(rf"(?P<w>{alternation(w.anadays)})(?!{alternation(w.notday)})(?:{alternation(w.dayparts)})?")


def _place_key(word: str) -> bool:
    """``word`` is a gazetteer key of a unit or a zone."""
    from extract.extractors.regions import region_index

    return any(e.kind in ("unit", "zone") for e in region_index().keys.get(word, ()))


def _runs_into_place(text: str, at: int) -> bool:
    """A place's name begins at ``at`` and runs past it (天津 at the 天 of 同天津市): a gazetteer key of
    two to four characters."""
    return any(_place_key(text[at : at + k]) for k in (2, 3, 4))


def _ends_place(text: str, at: int) -> bool:
    """A place's name of two or three characters ends at the character at ``at`` (the 同 of 大同日报)."""
    return any(_place_key(text[at + 1 - k : at + 1]) for k in (2, 3) if at + 1 >= k)


def _anaphoric_days(text: str, dates: list[RawDate], taken: Callable[[int], bool]) -> Iterator[RawDate]:
    """Days named by their distance from the day the text wrote last (``6月9日至11日…10日下午…
    次日上午`` → 11日; ``当天下午`` the day before it; rules/date_words.tsv ``anaday``): from the
    first day of the nearest date with a day before them (a range's first: the day the visit
    began; not one that bounds a stretch of time, 本月20日起), in its year (the next one past a
    December 31st); none where no such date precedes."""
    offsets = date_words().anadays
    # (one pass: the dates are in text order, the last one before each match is kept as it goes)
    back = date_words().flashbacks
    days = [
        r
        for r in dates
        if r.day is not None
        and not _BOUND_AFTER.match(text, r.end_pos)
        and not _in_flashback(text, r.start_pos, back)
        # (nor a day to come: …展开为期三天的参访行程，预定21日…返回。当天下午… — the 19th's, not the 21st's)
        and not _to_come(text, r)
    ]
    days.sort(key=lambda r: r.end_pos)
    i = 0
    last: RawDate | None = None  # the nearest day before the match (a written one or one found here)
    written: RawDate | None = None  # the nearest written day before it
    last_run: RawDate | None = None  # the nearest run of days before it (6月9日至11日)
    # (the same outside what speakers said: the report's own time, 11月5日…他说，今年7月1日香港回归… / 次日，考察团将…)
    told: RawDate | None = None
    told_written: RawDate | None = None
    from extract.extractors.event import in_speech

    for m in _anaphoric_pattern().finditer(text):
        if taken(m.start()) or _runs_into_place(text, m.end("w") - 1) or _ends_place(text, m.start()):
            continue  # (等县同天津市武清县接壤: 同|天津, no 同天; 大同日报: 大同|日, no 同日)
        if _GLOSSED_AFTER.match(text, m.end()):
            continue  # (论坛开幕前一天，即6月17日: the date written after it is the one, read as written)
        while i < len(days) and days[i].end_pos <= m.start():
            r = days[i]
            if _holds_day(r, written):
                # (a run of days around the day told, 今（30）日…召开。…代表团本月28日至下月2日在桐柏考察…次日: the
                # visit's stretch, the story still on the meeting's day — the 31st)
                last_run = r
                i += 1
                continue
            if last is None or r.end_pos >= last.end_pos:
                last = r
            if written is None or r.end_pos >= written.end_pos:
                written = r
            if not in_speech(text, r.start_pos):
                if told is None or r.end_pos >= told.end_pos:
                    told = r
                if told_written is None or r.end_pos >= told_written.end_pos:
                    told_written = r
            if r.day2 is not None or r.month2 is not None:
                last_run = r
            i += 1
        narrated = not in_speech(text, m.start())
        if narrated and told is not None:
            last, written = told, told_written
        # (an ordinal day, 第二天, counts from the written day, not from another day found here: 3月31日开幕，
        # 第二天闭幕…第二天上午，与会人员考察 — both the meeting's second day; 次日…次日 go on day by day)
        prior = written if m.group("w").startswith("第") and written is not None else last
        if last_run is not None and _ARRIVAL.search(text, max(0, m.start() - 3), m.start()):
            prior = last_run  # 抵达当天: the day the visit began, the first of the nearest run of days before
        elif _OPENING_BEFORE.search(text, max(0, m.start() - 3), m.start()):
            # 开幕当天: the day the text says the event opened on (昨天上午…博览会…开幕 … 至21日闭幕 … 开幕当天)
            # (a day whose clause tells the opening — not the opening of this very phrase: 本报昆明6月13日电
            # 第二届…博览会开幕第二天 is no day the fair opened on)
            opened = [
                r for r in days[:i] if (o := _OPENED_AFTER.match(text, r.end_pos)) is not None and o.end() != m.start()
            ]
            if not opened and m.group("w").startswith("第"):
                # (开幕第二天 where no day of the opening is told before: the first day of the run a later
                # sentence gives the event that opened, by its head noun — …博览会开幕第二天，… 。…博览会于11月3日
                # 至6日在南宁…举行 —, else none: a count from a day not known)
                run = _opened_run(text, m.start() - 2, days[i:])
                if run is None:
                    continue
                opened = [run]
            prior = opened[-1] if opened else prior
        if prior is None:
            continue
        base = date(prior.year or 2000, prior.month, prior.day or 1)
        when = base + timedelta(days=offsets[m.group("w")])
        year = prior.year + (when.year - base.year) if prior.year else None
        found = RawDate(m.group(), m.start(), m.end(), year, when.month, when.day, anchor=prior)
        gloss = _DAY_GLOSS.match(text, m.end())
        if gloss and (day := cn_number(gloss.group("d"))) and (near := _near_day(when, day)) is not None:
            # (隔天（28日）: the day in brackets is the one, in the month that puts it nearest the counted day)
            g_year = year + (near.year - when.year) if year is not None else None
            span = text[m.start() : gloss.end()]
            found = RawDate(span, m.start(), gloss.end(), g_year, near.month, day, anchor=prior)
        yield found
        if offsets[m.group("w")] < 0:
            # (a step back, 开幕前一天晚上…抵达, is an aside: the story goes on from the day it stepped back from,
            # 上周五…开幕。开幕前一天晚上…抵达…次日上午 → the Saturday)
            continue
        last = found
        if narrated:
            told = last


OPENED_NOUN = 3  # characters of the head noun before 开幕 that find the opened event told later (博览会)


def _opened_run(text: str, opening: int, later: list[RawDate]) -> RawDate | None:
    """The first run of days (a range) after ``opening`` (where 开幕 is written) whose sentence names the event that
    opened by the head noun written before 开幕 (博览会开幕第二天 … 博览会于11月3日至6日…举行)."""
    from extract.extractors.event import sentence_bounds  # (lazily: event imports this module)

    noun = text[max(0, opening - OPENED_NOUN) : opening]
    if len(noun) < OPENED_NOUN or not all("\u4e00" <= c <= "\u9fff" for c in noun):
        return None
    for r in later:
        if r.start_pos <= opening or r.day is None or r.day2 is None:
            continue
        if noun in text[sentence_bounds(text, r.start_pos)[0] : r.start_pos]:
            return r
    return None


def _holds_day(run: RawDate, day: RawDate | None) -> bool:
    """``run`` is a run of days (a range with its days) that holds ``day``, a single day written before it, in the
    same year where both have one."""
    if day is None or day.day is None or day.day2 is not None or day.month2 is not None:
        return False
    if run.day is None or run.day2 is None or (run.year and day.year and run.year != day.year):
        return False
    first, last = (run.month, run.day), _in_run(run, run.month2 or run.month, run.day2)
    return first <= _in_run(run, day.month, day.day) <= last


def _to_come(text: str, r: RawDate) -> bool:
    """A day a future word stands right before (将于6月18日, 预定21日): one to come."""
    return _FUTURE_BEFORE.search(text, max(0, r.start_pos - FUTURE_CHARS), r.start_pos) is not None


# a month's and a day's number as news writes them, in digits or in Chinese numerals (五月, 十一月; 八日, 二十三日)
MONTH_NUMERAL = r"(?:[0-9０-９]{1,2}|十[一二]?|[一二三四五六七八九])"
DAY_NUMERAL = r"(?:[0-9０-９]{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])"
_DAY_GLOSS = re.compile(rf"[（(]\s*(?P<d>{DAY_NUMERAL})\s*日\s*[）)]")
# the day an anaphoric day stands for, written right after it (论坛开幕前一天，即6月17日): that date is the one told
_GLOSSED_AFTER = re.compile(
    r"[，,]?\s*即\s*(?:[0-9]{4}年)?[0-9一二三四五六七八九十]{1,2}月[0-9一二三四五六七八九十]{1,3}[日号]"
)


_FILED_WORD = r"(?:电(?![子视话台脑])|讯)"  # a dateline's word after its day (1月4日电, 本报…讯), no 电子报
# (in Chinese numerals too, as old papers write it: 本报岳阳五月八日电)
_DATELINE_DAY = re.compile(
    rf"(?P<m>{MONTH_NUMERAL})月"
    # (on its line, no word opening with 电: 农历辛卯年四月十七日 / 电子报 is a masthead lunar day over a link)
    rf"(?P<d>{DAY_NUMERAL})日"
    rf"[ \t\u3000]*{_FILED_WORD}"
)
DATELINE_WINDOW = 300  # characters from the top in which a report's dateline stands
# a dateline with its day alone after its place (（成都9日讯）, 本报成都9日讯, 新华社北京9日电): the month is the page's
_DATELINE_DAY_ONLY = re.compile(
    rf"(?<![月0-9０-９])(?<=[\u4e00-\u9fff])(?P<d>[0-9０-９]{{1,2}})日[ \t\u3000]*{_FILED_WORD}"
)


ROC_OFFSET = 1911  # 民国 (ROC) year N is year N + 1911: 113 → 2024


def _range_seps() -> str:
    """The range separators of date_words.tsv (至, 到, -) as an alternation."""
    return "|".join(re.escape(s) for s in date_words().rangeseps)


def _range_tail() -> str:
    """The other end of a run of days after a day (113年11月5日至6日, 03年11月12日至13日): a range
    separator of date_words.tsv, the end's month if written, its day."""
    sep = _range_seps()
    return rf"(?:\s*(?:{sep})\s*(?:(?P<ym2>[0-9]{{1,2}})月)?(?P<yd2>[0-9]{{1,2}})日)?"


def _month_tail() -> str:
    """The other end of a run of months after a month (民国103年1月至9月, 114年1月至10月): a range
    separator of date_words.tsv and the end's month, no day after it."""
    sep = _range_seps()
    return rf"(?:\s*(?:{sep})\s*(?P<mm2>[0-9]{{1,2}})月(?![0-9０-９]|份?[0-9０-９]))"


@cache
def _roc_re() -> re.Pattern[str]:
    """A date with a Republic of China year (113-11-05, 114年3月, 113年11月5日至6日, 102年元月; a year below 100
    padded to three digits as Taiwan's government sites print it, 099-04-21); not after a digit or
    . - / (not_after)."""
    return re.compile(
        r"(?P<ry>0?8[0-9]|0?9[0-9]|1[0-4][0-9])(?:(?P<s>[-./])(?P<m>[0-9]{1,2})(?P=s)(?P<d>[0-9]{1,2})(?![0-9.\-/])"
        # (or January by its name: 102年元月, as notices write it; the year of the common era in brackets after the
        # Republic's: 民国90年（2001年）1月2日)
        r"|年(?:[（(](?:19|20)[0-9]{2}年?[)）])?(?P<ym>[0-9]{1,2}|元)月(?:(?P<yd>[0-9]{1,2})日" + _range_tail() + "|"
        + _month_tail() + ")?)"
    )


# a year word with its year in brackets, as Taiwan's press writes it (明（94）年3月, 今（2005）年5月20日)
_YEAR_IN_BRACKETS = re.compile(
    r"[今明去]\s*[（(]\s*(?P<ry>[0-9０-９]{2,4})\s*[)）]\s*年(?P<m>[0-9０-９]{1,2})月(?:(?P<d>[0-9０-９]{1,2})日)?"
)

# a 民国 year written in numerals (中华民国九十七年十一月五日, 民国一○五年三月八日): the date from the year on
_ROC_WRITTEN = re.compile(
    r"民国(?P<ry>[一二三四五六七八九十○〇零]{1,4})年(?P<m>[一二三四五六七八九十]{1,3}|元)月(?:(?P<d>[一二三四五六七八九十]{1,3})日)?"
)


# (the same without 民国, on Taiwan's page: 八十一年元月; the year's numerals not after other numerals)
_ROC_WRITTEN_BARE = re.compile(
    r"(?:民国)?(?<![一二三四五六七八九十○〇零百])(?P<ry>[一二三四五六七八九十○〇零百]{2,5})年"
    r"(?P<m>[一二三四五六七八九十]{1,3}|元)月(?:(?P<d>[一二三四五六七八九十]{1,3})日)?"
)
ROC_BARE_MIN = 35  # the least year of the Republic read without 民国 (1946: older ones are history's, written with it)


# a year of two digits before a month, as old mainland pages write it ([ 99年10月22日 ], 03年5月)
@cache
def _short_year_re() -> re.Pattern[str]:
    """A year of two digits before a month (99年10月22日, 03年11月12日至13日).  (Its two digits written
    as two classes, not a repeat: a pattern that opens with a class lets ``re`` skip to it, a repeat
    is tried at every character, two and a half times as slow.)"""
    return re.compile(
        r"(?P<ry>[0-9][0-9])年(?P<ym>1[0-2]|0?[1-9])月(?:(?P<yd>3[01]|[12][0-9]|0?[1-9])日" + _range_tail()
        + "|" + _month_tail() + ")?"
    )


SHORT_YEAR_PIVOT = 50  # 99年 is 1999, 03年 2003 (a two-digit year below this is of the 2000s)
ROC_FIRST_SHORT = 80  # the first two-digit year a Taiwan page writes as the Republic's (80年 = 1991)
SHORT_YEAR_MAX = 30  # 03年 … 30年; higher years below the pivot are no years of this archive (45年 is an age)


TOWNSHIP_WORD_MAX = 50  # a township's name jieba counts this often is a word of mainland prose too (仁爱: 58)


@cache
def _taiwan_context() -> re.Pattern[str]:
    """Words that place a page in Taiwan, whose two- and three-digit years are the Republic's (民国):
    民国, 台湾, the gazetteer's keys of Taiwan's cities and counties (full or short) and the words
    that support 台湾省 (rules/region_support_words.tsv: 台胞, 两岸, 马祖)."""
    from extract.extractors.regions import region_index  # (lazily: the regions package reads this one)
    from extract.extractors.regions.gazetteer import guarded_word, townships

    idx = region_index()
    names = {"民国", "台湾"}
    # (a support word not after the characters that make it another word: 北江两岸, a river's banks)
    guarded = [guarded_word(word, before) for word, province, before in idx.support_words if province == "台湾省"]
    # (and Taiwan's townships written without their level where no division of the gazetteer bears the name
    # and it is no word of any frequency: 马公, 竹东, 埔里 — not 中山, 大同, which the mainland has too, nor 仁爱,
    # 信义, 中正)
    names |= {
        t[:-1]
        for t in townships()
        if len(t) >= 3 and t[:-1] not in idx.keys and t not in idx.keys and word_frequency(t[:-1]) < TOWNSHIP_WORD_MAX
    }
    for key, entries in idx.keys.items():
        # (not a contraction, 中县 for 台中县, which stands inside other names too: 巴中县)
        units = [(e.full, u) for e in entries if e.kind == "unit" and not e.contraction for u in idx.entry_units(e)]
        # (not a full name a mainland unit has too: 连江县 is 福州市's county as well as Matsu)
        if any("台湾省" in u.parents for _, u in units) and all("台湾省" in u.parents for full, u in units if full):
            names.add(key)
    return re.compile("|".join([*guarded, alternation(sorted(names))]))


def roc_dates(text: str, context: str | None = None) -> list[RawDate]:
    """Dates written with a Republic of China year, as Taiwan writes them (113-11-05, 114年3月,
    113年11月5日): a two- or three-digit year from 80 to 149 before a month.  On a page with no word
    of Taiwan (民国, 台湾, its cities and counties), a two-digit year before 年 is the century's, as old
    mainland pages write it: 99年10月22日 is 1999-10-22, 03年5月 2003-05 (and on Taiwan's page a year below
    the Republic's range: 09年5月 is 2009-05).  ``context``: the page whose
    words decide, where ``text`` is a piece of it (a label's value)."""
    out = []
    # (whether the page is the mainland's: the search for Taiwan's words made only when a date asks it)
    mainland_page = cache(lambda: _taiwan_context().search(context or text) is None)
    mainland = cache(lambda: "年" in text and mainland_page())
    for m in not_after(_roc_re(), text, "0123456789０１２３４５６７８９.-/"):
        if len(m.group("ry")) == 2 and m.group("ym") and mainland():
            continue  # read below as the century's
        year = int(m.group("ry")) + ROC_OFFSET
        if len(m.group("ry")) == 2 and m.group("s") and mainland_page():
            year = 1900 + int(m.group("ry"))  # [陕西日报]　92.5.23: an old mainland stamp, the century's year
        month = 1 if m.group("ym") == "元" else int(m.group("m") or m.group("ym"))
        day_text = m.group("d") or m.group("yd")
        day = int(day_text) if day_text else None
        if valid_date(year, month, day):
            out.append(_with_range_end(RawDate(m.group(0), m.start(), m.end(), year, month, day), m))
    for m in _YEAR_IN_BRACKETS.finditer(text):  # 明（94）年3月: the year the word means, in brackets
        written = int(m.group("ry").translate(_FULLWIDTH))
        year = written if written >= 1000 else written + ROC_OFFSET
        month = int(m.group("m").translate(_FULLWIDTH))
        bday = int(m.group("d").translate(_FULLWIDTH)) if m.group("d") else None
        if (80 <= written < 150 or 1980 <= written <= 2100) and valid_date(year, month, bday):
            out.append(RawDate(m.group(0), m.start(), m.end(), year, month, bday))
    # (on Taiwan's page the Republic's year in numerals stands without 民国 too: 八十一年元月, 八十七年十二月 — the page
    # asked whether it is Taiwan's only where such a year is written: most texts hold none)
    bare = "年" in text and "民国" not in text and _ROC_WRITTEN_BARE.search(text) is not None
    if "民国" in text or (bare and not mainland_page()):
        found = _ROC_WRITTEN.finditer(text) if "民国" in text and mainland_page() else _ROC_WRITTEN_BARE.finditer(text)
        for m in found:
            ry, written_month = cn_number(m.group("ry")), cn_number(m.group("m"))
            written_day = cn_number(m.group("d")) if m.group("d") else None
            if not text.startswith("民国", m.start("ry") - 2) and not (ROC_BARE_MIN <= (ry or 0) < 150):
                continue  # (without 民国: a year of the Republic's range only, 三年五月 is no date)
            if ry and written_month and valid_date(ry + ROC_OFFSET, written_month, written_day):
                out.append(
                    RawDate(text[m.start("ry") : m.end()], m.start("ry"), m.end(), ry + ROC_OFFSET, written_month,
                            written_day)
                )  # fmt: skip
        out.sort(key=lambda r: r.start_pos)
    shorts = list(not_after(_short_year_re(), text, "0123456789０１２３４５６７８９.-/")) if "年" in text else []
    if shorts:
        for m in shorts:
            yy = int(m.group("ry"))
            if SHORT_YEAR_MAX < yy < SHORT_YEAR_PIVOT:
                continue
            if yy >= ROC_FIRST_SHORT and not mainland():
                continue  # (Taiwan's page: 99年 is the Republic's, read above; 09年 no year of it, the century's)
            year = 1900 + yy if yy >= SHORT_YEAR_PIVOT else 2000 + yy
            month, day = int(m.group("ym")), int(m.group("yd")) if m.group("yd") else None
            if valid_date(year, month, day):
                out.append(_with_range_end(RawDate(m.group(0), m.start(), m.end(), year, month, day), m))
        out.sort(key=lambda r: r.start_pos)
    return out


def _with_range_end(raw: RawDate, m: re.Match[str]) -> RawDate:
    """``raw`` with the other end of its run of days where the match wrote one (至13日, 至12月2日) and it
    is a real day after the first, or of its run of months (103年1月至9月); else ``raw`` without the
    tail."""
    if (mm2 := m.groupdict().get("mm2")) is not None and raw.day is None and raw.year is not None:
        if int(mm2) > raw.month and valid_date(raw.year, int(mm2), None):  # 103年1月至9月: a run of months
            return RawDate(raw.text, raw.start_pos, raw.end_pos, raw.year, raw.month, None, raw.year, int(mm2))
        cut = raw.text.index("月") + 1  # (the first month alone, up to its 月)
        return RawDate(raw.text[:cut], raw.start_pos, raw.start_pos + cut, raw.year, raw.month, None)
    if m.group("yd2") is None or raw.year is None or raw.day is None:
        return raw
    month2, day2 = int(m.group("ym2") or raw.month), int(m.group("yd2"))
    if not valid_date(raw.year, month2, day2) or (month2, day2) <= (raw.month, raw.day):
        end = m.end("yd") + 1  # (past the first day's 日)
        return RawDate(raw.text[: end - m.start()], raw.start_pos, end, raw.year, raw.month, raw.day)
    return RawDate(raw.text, raw.start_pos, raw.end_pos, raw.year, raw.month, raw.day, raw.year, month2, day2)


def _dateline_day(text: str) -> date | None:
    """The day of a report's dateline (新华社北京8月5日电), its year unknown (2000 stands in)."""
    m = _DATELINE_DAY.search(text, 0, DATELINE_WINDOW)
    if not m:
        return None
    month, day = cn_number(m.group("m")), cn_number(m.group("d"))
    return date(2000, month, day) if month and day and valid_date(2000, month, day) else None


# a speech printed whole: its date alone in brackets, a salutation under it (（2005年7月13日） / 同志们：)
_SPEECH_DATE = re.compile(
    r"\n[ \t\u3000]*[（(]\s*(?P<y>(?:19|20)\d{2})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日\s*[）)][ \t\u3000]*\n"
    # (the speaker's line and a page's stamp may stand between: 吕梁市委副书记、市长　郭振华)
    r"(?:[ \t\u3000]*[^。\n]{2,60}\n){0,2}"
    r"[ \t\u3000]*\S[^。\n]{0,40}[:：][ \t\u3000]*\n"
)


def speech_date(text: str) -> tuple[date, tuple[int, int]] | None:
    """A printed speech's own date and the span of its line: alone in brackets under the speaker,
    a salutation under it (（2005年7月13日） / 尊敬的…，同志们：)."""
    m = _SPEECH_DATE.search("\n" + text) if "日）" in text or "日)" in text else None
    if m is None or not valid_date(int(m["y"]), int(m["m"]), int(m["d"])):
        return None
    return date(int(m["y"]), int(m["m"]), int(m["d"])), (m.start(), m.end("d") - 1)  # (in text: one less)


def _report_day(text: str, publish: date | None) -> date | None:
    """The day relative days count from: a printed speech's own date (its 今天 is the day it was
    given), the report's dateline day (新华网大连9月7日电 … 今天), in the page date's year where
    there is one, else the page's date."""
    speech = speech_date(text)
    if speech:
        return speech[0]
    dateline = _dateline_day(text)
    if dateline is None:
        return _day_only_dateline(text, publish) or publish
    if publish is None:
        return dateline
    year = _closest_year(publish, dateline.month, dateline.day)
    return date(year, dateline.month, dateline.day) if valid_date(year, dateline.month, dateline.day) else publish


def _day_only_dateline(text: str, publish: date | None) -> date | None:
    """The day of a dateline that gives its day alone (（成都9日讯） on a page of 2023-06-10: 2023-06-09): the last such
    day on or before the page's date (the month before where the day is past the page's)."""
    m = _DATELINE_DAY_ONLY.search(text, 0, DATELINE_WINDOW) if publish is not None else None
    if m is None or publish is None:
        return None
    day = cn_number(m.group("d"))
    if not day:
        return None
    for shift in (0, -1):
        y, mo = divmod(publish.year * 12 + publish.month - 1 + shift, 12)
        if valid_date(y, mo + 1, day) and date(y, mo + 1, day) <= publish:
            return date(y, mo + 1, day)
    return None


def _near_day(ref: date, day: int) -> date | None:
    """The date with this day of the month nearest to ``ref`` (its month, the one before or after)."""
    best: date | None = None
    for shift in (-1, 0, 1):
        y, m = divmod(ref.year * 12 + ref.month - 1 + shift, 12)
        if valid_date(y, m + 1, day):
            cand = date(y, m + 1, day)
            if best is None or abs((cand - ref).days) < abs((best - ref).days):
                best = cand
    return best


# a relative day's own date in brackets after it (明日（十一月五日）, 今日（5月18日）)
_NUM = "0-9０-９一二三四五六七八九十〇零○"
_GLOSSED = re.compile(rf"\s*[（(][{_NUM}]{{1,4}}月[{_NUM}]{{1,3}}日[)）]")
_PAPER_NAME = re.compile(r"日报(?!道|导)")  # 三明日报, 今日报: a 日 that opens a paper's name (not 昨日报道)


def _relative_dates(text: str, ref: date, weekdays: bool = True) -> Iterator[RawDate]:
    """Relative days resolved against ``ref`` (month and day; the year is resolved later; without
    ``weekdays``, ``ref``'s year is no real one: a weekday's words are passed over)."""
    from extract.extractors.event import sentence_bounds  # (lazily: event imports this module)

    w = date_words()
    week_start: date | None = None  # the Monday of the last relative week written (本周一至周二 … 周二下午)
    for m in _relative_pattern().finditer(text):
        g = m.groupdict()
        if (g["rk"] or g["bw"]) and not weekdays:
            continue
        month: int | None = None
        day: int | None = None
        day2: int | None = None
        month2: int | None = None
        year_of = ref.year  # the year the expression lands in, counted from ``ref``
        if g["bw"]:  # 周二下午: that weekday of the week the text named last
            if week_start is None:
                # (none named: the reference's own week, 周二晚，…抵达 on a Friday's page the Tuesday before; a day
                # after the reference only where its sentence tells what is to come, 代表团今日将拜访…，周日返闽 —
                # a past day after it would be the week before's, which nothing says)
                when = ref + timedelta(days=w.weekdays[g["bwd"]] - ref.weekday())
                if when > ref and not _SENTENCE_TO_COME.search(text, *sentence_bounds(text, m.start())):
                    continue
                yield RawDate(m.group(0), m.start(), m.end(), None, when.month, when.day, turn=when.year - ref.year)
                continue
            when = week_start + timedelta(days=w.weekdays[g["bwd"]])
            yield RawDate(m.group(0), m.start(), m.end(), None, when.month, when.day)
            continue
        if g["rk"]:  # 上周五: that weekday of the week before the reference date's
            week_start = ref + timedelta(days=7 * w.relweeks[g["rk"]] - ref.weekday())
            when = week_start + timedelta(days=w.weekdays[g["wd"]])
            if g["kd"] and cn_number(g["kd"]) != when.day:
                continue  # (the day written beside it disagrees: the page's date is not the report's)
            month, day, year_of = when.month, when.day, when.year
            if g["wd2"] and w.weekdays[g["wd2"]] > w.weekdays[g["wd"]]:
                last = week_start + timedelta(days=w.weekdays[g["wd2"]])
                day2, month2 = last.day, (last.month if last.month != when.month else None)
        elif g["rbm"]:  # 上（4）月28日: the month in brackets, when it is the one the word says
            y, mo = divmod(ref.year * 12 + ref.month - 1 + {"上": -1, "本": 0, "下": 1}[g["rbm"]], 12)
            month, day, year_of = cn_number(g["bm"]), cn_number(g["bmd"]) if g["bmd"] else None, y
            if month != mo + 1 or (g["bmd"] and (day is None or not valid_date(y, month, day))):
                continue
        elif g["bd"]:  # 昨(4)日 / (十二)日: the number wins
            n = cn_number(g["bd"])
            near = _near_day(ref + timedelta(days=w.relchars.get(g["rc"] or "", 0)), n) if n else None
            if near is None:
                continue
            month, day, year_of = near.month, near.day, near.year
        elif g["rm"] or g["om"]:  # 本月13日至14日 / 本月中旬 / 月初
            y, mo = divmod(ref.year * 12 + ref.month - 1 + (w.relmonths[g["rm"]] if g["rm"] else 0), 12)
            month, year_of = mo + 1, y
            if g["md"]:
                day = cn_number(g["md"])
                day2 = cn_number(g["md2"]) if g["md2"] else None
                y2, mo2 = divmod(ref.year * 12 + ref.month - 1 + w.relmonths[g["rm2"]], 12) if g["rm2"] else (y, mo)
                month2 = mo2 + 1 if g["rm2"] else None
                if day is None or not valid_date(y, month, day) or (day2 and not valid_date(y2, mo2 + 1, day2)):
                    continue
        elif g["rma"]:  # 下个月: the month, its day open
            y, mo = divmod(ref.year * 12 + ref.month - 1 + w.relmonths_alone[g["rma"]], 12)
            yield RawDate(m.group(0), m.start(), m.end(), None, mo + 1, None, turn=y - ref.year)
            continue
        else:  # 昨天上午 / 梁振英昨率团
            if _PAPER_NAME.match(text, m.end() - 1):
                continue  # 三明日报: a paper's name
            offset = w.reldays[g["rw"]] if g["rw"] else w.relbare[g["rc1"]]
            when = ref + timedelta(days=offset)
            month, day, year_of = when.month, when.day, when.year
            if (gloss := _GLOSSED.match(text, m.end())) is not None:
                # 明日（一月一日）: one date with the day in brackets, which is the one (a reference a day off does not
                # move it); its year the one nearest the relative day's (2018-12-31's 明日 is 2019's)
                glossed = find_raw_dates(gloss.group().strip().strip("（()）"))
                if glossed and glossed[0].day is not None:
                    g_month, g_day = glossed[0].month, glossed[0].day
                    year = min((when.year - 1, when.year, when.year + 1), key=lambda y: abs(
                        (date(y, g_month, g_day) - when).days) if valid_date(y, g_month, g_day) else 10**6)
                    yield RawDate(text[m.start() : gloss.end()], m.start(), gloss.end(), year, g_month, g_day)
                continue
        yield RawDate(
            m.group(0), m.start(), m.end(), None, month, day, month2=month2, day2=day2, turn=year_of - ref.year
        )


# a word of what is to come anywhere in a sentence (周四，代表团将前往…; 代表团今日将拜访…，周日返闽)
_SENTENCE_TO_COME = re.compile(r"将|拟|(?<!原)计划|(?<!原)预计|(?<!原)预定|准备|届时")


_LOST_MONTH = re.compile(r"(?<![0-9０-９.\-/年月第])(?P<m>1[0-2]|[1-9])(?P<d>[0-3][0-9])日")


def _lost_month_days(text: str, ref: date) -> Iterator[RawDate]:
    """A day whose 月 the scrape lost (927日 beside a 9月28日讯 dateline): read as month and day only
    when the month is the reference's or the one before it."""
    months = {ref.month, (ref.month - 2) % 12 + 1}
    for m in _LOST_MONTH.finditer(text):
        month, day = int(m.group("m")), int(m.group("d"))
        if month in months and valid_date(2000, month, day):
            yield RawDate(m.group(0), m.start(), m.end(), None, month, day)


_TIME_PREPOSITION = re.compile(r"(?:于|在|至|到|自|从)$")


def _cn_month_alone(g: dict[str, str | None], text: str, start: int, end: int) -> bool:
    """True to drop a month written alone in Chinese numerals without a year (五月天, 一月一次);
    a relative year before it (今年十月, 明年一月) or a preposition of time (将于十二月召开) makes
    it a month."""
    if g["y"] or g.get("rel") or (g["m"] or "").isdigit():
        return False
    if _TIME_PREPOSITION.search(text, max(0, start - 1), start):
        return False
    follow = text[end : end + 2]
    # (下次会议十月在花莲县举行: a place where it is held after the month; 参加十月举行的…展览会: the verb of holding)
    return not re.match(r"(份|初|中旬|上旬|下旬|底|末|以来|起|在|举行|举办|召开|开幕|[，,。、；])", follow)


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
# 《2024年…工作要点》, not a span of years (《…规划(2012-2020年)》)
_RANGE_SEP = r"\-—–~～至到"
_ANNUAL_DOC = re.compile(
    rf"《[^《》]{{0,40}}?(?<![\d{_RANGE_SEP}])(?P<y>(?:19|20)\d{{2}})年(?!\s*[{_RANGE_SEP}])[^《》]{{0,60}}》"
)
# a plan's last year named as this year: 今年是《…(2012-2020年)》收官之年
_FINAL_YEAR = re.compile(
    rf"今年是[^。；]{{0,40}}?(?:19|20)\d{{2}}\s*[{_RANGE_SEP}]\s*(?P<y>(?:19|20)\d{{2}})年?"
    r"[^。；]{0,24}?(?:收官|最后一年|收尾|终期)"
)
_YEAR = re.compile(r"((?:19|20)\d{2})年")  # not after a digit or a span's dash (not_after)
_SPAN_DASHES = "-—–~～"
_DASHED_SPAN = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})\s*[-—–~～]\s*(?:19|20)\d{2}\s*年")


_ROC_THIS_YEAR = re.compile(r"今\s*[（(]\s*(?P<n>[0-9]{2,3})\s*[)）]\s*年")  # 今（105）年: 2016 (ROC_OFFSET)
_FOUNDING = "成立|建立|签订|签署|设立|组建|启动|开通|创办|结对|缔结|结好|结为|结成"  # (结为友好城市, 两地结好五周年)


@cache
def _anniversaries() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """This year is, or falls on, an anniversary (今年是…, 今年恰逢两县结好十周年: rules/date_words.tsv
    ``thisyear``): of a founding the text dates (``own``), or of anything (``plain``, its subject in group s)."""
    this_year = rf"今年(?:{alternation(date_words().this_year_is) or '(?!)'})"
    own = re.compile(rf"{this_year}[^。；]{{0,30}}?(?:{_FOUNDING})[^。；]{{0,16}}?(?P<n>{_ORDINAL})周年")
    plain = re.compile(rf"{this_year}(?P<s>[^。；，！？\n]{{4,30}}?)(?P<n>{_ORDINAL})周年")
    return own, plain


ANNIVERSARY_REACH = 160  # characters before 今年是…周年 in which the year of what it is of is written
SHARED_WORDS = 4  # characters the anniversary's subject shares with the year's sentence (扶贫协作)
_SENTENCE_OPENS = re.compile(r"[。；！]\s*")  # the end of a sentence and the space before the next one
_YEAR_THEN = re.compile(rf"(?<!\d)(?P<y>(?:19|20)\d{{2}})年[^。；]{{0,40}}?(?:{_FOUNDING})")
ANNUAL_DOCUMENT = "content:annual-document"
PLANNED_FROM_MONTH = 9  # an annual plan discussed from September on is next year's


@cache
def _named_meeting_year() -> re.Pattern[str]:
    from extract.extractors.event import event_rules, name_unit

    nouns = "|".join(re.escape(n) for n in event_rules().nouns)
    # not after a digit or 《-—–~～至到 (not_after)
    return re.compile(rf"(?P<y>(?:19|20)\d{{2}})年?(?=(?!\d){name_unit()}{{2,30}}?(?:{nouns}))")


def _planned_year(content: YearEvidence, month: int) -> YearEvidence:
    """The year ``content`` gives a date of ``month``: next year's plan is drawn up from autumn on (11月 with
    《2021年工作要点》 is 2020)."""
    if content.source == ANNUAL_DOCUMENT and content.year and month >= PLANNED_FROM_MONTH:
        return YearEvidence(content.year - 1, True, ANNUAL_DOCUMENT)
    return content


def content_year(text: str) -> YearEvidence | None:
    """The year the article's own content pins down, if any."""
    # an annual document discussed or adopted: 《2024年…工作要点》
    years = [int(m.group("y")) for m in _ANNUAL_DOC.finditer(text)]
    if years:
        return YearEvidence(max(years), True, ANNUAL_DOCUMENT)
    # a meeting named with its year (2020呼包银榆经济区第八届联席会议, 2019年粤澳合作联席会议)
    named = next(not_after(_named_meeting_year(), text, "《-—–~～至到", digits=True), None)
    if named:
        return YearEvidence(int(named.group("y")), True, "content:named-meeting")
    final = _FINAL_YEAR.search(text)
    if final:
        return YearEvidence(int(final.group("y")), True, "content:plan-final-year")
    if "五" in text and (plan := _five_year_plan_year(text)):
        return YearEvidence(plan, True, "content:five-year-plan")
    # this year written with its number of the Republic's years in brackets, as Taiwan writes it (今（105）年)
    roc = _ROC_THIS_YEAR.search(text) if "今" in text else None
    if roc:
        return YearEvidence(ROC_OFFSET + int(roc.group("n")), True, "content:roc-this-year")
    # an anniversary: 今年是X五周年 / 在X三周年之际 (each needs a 周年 after it: none, no search)
    if "周年" not in text:
        return None
    # an anniversary of what the article itself dates (2006年3月，两地…建立“红色旅游联盟”。今年是联盟成立十周年)
    own_anniversary, plain_anniversary = _anniversaries()
    own = own_anniversary.search(text)
    if own:
        count = cn_number(own.group("n"))
        # (建立 … 成立十周年: the same founding; or inside the phrase: 今年是两市1992年建立友好城市关系二十周年)
        founded = list(_YEAR_THEN.finditer(text, 0, own.end()))
        # (or the sentence right after it tells when: 今年是两市签订…协议十周年。2014年3月，两市签订《…》)
        nxt = _SENTENCE_OPENS.match(text, own.end())
        then = founded[-1] if founded else _YEAR_THEN.match(text, nxt.end()) if nxt else None
        if count and then:
            return YearEvidence(int(then.group("y")) + count, True, "content:anniversary")
    # (1996年，党中央…确定福建省对口帮扶宁夏。今年是闽宁对口扶贫协作二十周年: no founding verb, the year's sentence
    # right before names what the anniversary is of)
    plain = plain_anniversary.search(text)
    if plain and (count := cn_number(plain.group("n"))):
        lo = max(0, plain.start() - ANNIVERSARY_REACH)
        year = next(reversed([m for m in _YEAR.finditer(text, lo, plain.start())]), None)
        subject = plain.group("s")

        def shares(clause: str) -> bool:
            return any(subject[k : k + SHARED_WORDS] in clause for k in range(len(subject) - SHARED_WORDS + 1))

        if year is not None and shares(text[year.start() : plain.start()]):
            return YearEvidence(int(year.group(1)) + count, True, "content:anniversary")
        # (or a sentence after it opens with the year and tells the same: 今年是中央红军长征出发90周年。1934年10月，中央
        # 红军从于都…出发开始长征 — a page of no date, 2024)
        for later in _YEAR.finditer(text, plain.end(), plain.end() + 2 * ANNIVERSARY_REACH):
            k = later.start()
            while k > 0 and text[k - 1] in " \t\u3000":
                k -= 1
            end = _SENTENCE_END.search(text, later.end())
            sentence = text[later.start() : end.start() if end else len(text)]
            if (k == 0 or text[k - 1] in "。！？；\n") and shares(sentence):
                return YearEvidence(int(later.group(1)) + count, True, "content:anniversary")
    for base, pattern in _anchors():
        for m in pattern.finditer(text):
            tail = text[m.end() : m.end() + 12]
            n = re.match(rf".{{0,6}}?({_ORDINAL})周年", tail)
            if n:
                count = cn_number(n.group(1))
                if count:
                    return YearEvidence(base + count, True, "content:anniversary")
    return None


FIRST_NUMBERED_PLAN = 3, 1966  # the third five-year plan began in 1966 (1963–65 came between the second and it)


@cache
def _plan_year_pattern() -> re.Pattern[str]:
    """今年是“十一五”规划的收官之年, 今年是“十四五”开局之年: the plan's number (十一) and the year's
    word (rules/date_words.tsv ``planyear``)."""
    words = alternation(date_words().planyears) or "(?!)"
    return re.compile(
        rf"今年是[^。；！？\n]{{0,30}}?[“\"「]?(?P<n>十[一二三四五六七八九]?|[三四五六七八九])五[”\"」]?"
        rf"(?:规划|计划)?(?:纲要)?(?:实施)?(?:的|之)?(?P<w>{words})"
    )


def _five_year_plan_year(text: str) -> int | None:
    """The year a five-year plan's named year is (今年是“十一五”规划的收官之年 → 2010), or None."""
    m = _plan_year_pattern().search(text)
    n = cn_number(m.group("n")) if m else None
    if m is None or n is None or n < FIRST_NUMBERED_PLAN[0]:
        return None
    return FIRST_NUMBERED_PLAN[1] + 5 * (n - FIRST_NUMBERED_PLAN[0]) + date_words().planyears[m.group("w")]


@cache
def _year_hints() -> dict[str, dict[str, int]]:
    hints: dict[str, dict[str, int]] = {"term": {}, "plenum": {}, "congress": {}}
    for kind, key, year in read_tsv("year_hints.tsv"):
        hints[kind][key] = int(year)
    return hints


@cache
def _meeting_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Sessions, plenums and congresses, their numbers taken from rules/year_hints.tsv (a term,
    plenum or congress added there is recognized)."""
    hints = _year_hints()
    alt = lambda ks: alternation(ks) or "(?!)"  # noqa: E731
    numeral = "一二三四五六七八九十"
    session = re.compile(
        rf"第?(?<![{numeral}])(?P<term>{alt(hints['term'])})届[^\s，。、；]{{0,8}}?"
        r"(?:人大|人民代表大会|政协|人民政治协商会议)(?:常委会)?第?(?P<n>[一二三四五六七])次(?:全体)?会议"
    )
    plenum = re.compile(rf"(?<![{numeral}])(?P<key>{alt(hints['plenum'])})全会")
    congress = re.compile(rf"党的(?P<key>{alt(hints['congress'])})")
    return session, plenum, congress


def meeting_years(text: str) -> list[int]:
    """Years fixed by the congresses, sessions and plenums the text names (rules/year_hints.tsv)."""
    hints = _year_hints()
    session, plenum, congress = _meeting_patterns()
    years = []
    # the sessions and plenums only where their words are (届, 全会): an `in` is much faster than
    # these patterns, which open with a lookbehind and so are tried at every character
    if "届" in text:
        for m in session.finditer(text):
            start, n = hints["term"].get(m.group("term")), cn_number(m.group("n"))
            if start and n:
                years.append(start + n - 1)
    if "全会" in text:
        years += [y for m in plenum.finditer(text) if (y := hints["plenum"].get(m.group("key")))]
    years += [y for m in congress.finditer(text) if (y := hints["congress"].get(m.group("key")))]
    return years


def guess_year(text: str, today: date | None = None) -> YearEvidence:
    """Outside knowledge stand-in: the latest year the article mentions or its meetings fix
    (十四届全国人大二次会议 → 2024), not in the future; else the current year."""
    now = (today or date.today()).year
    # (a plan's span written with a dash, 《…三年行动计划（2018—2020年）》: its first year, the one it is
    # adopted or discussed in, not its last)
    years = [int(m.group(1)) for m in not_after(_YEAR, text, _SPAN_DASHES, digits=True)] + meeting_years(text)
    years += [int(m.group("y")) for m in _DASHED_SPAN.finditer(text)]
    years = [y for y in years if y <= now]
    return YearEvidence(max(years) if years else now, False, "guess")


def resolve(
    raw: list[RawDate], text: str, publish: date | None, reference: date | None = None, latest: date | None = None
) -> list[FoundDate]:
    """RawDates → record items (text, start, end, granularity, year_certain, year_source, span).

    Order of evidence for the year (README "Years"): the expression's own year; the publish
    date (the year that puts the day nearest it); a full date written earlier; the year the
    content pins down; the ``reference`` date the user gave (year_certain false: outside
    knowledge); else the latest year the text mentions (year_certain false).  Never a year
    after the reference date, the publish date, ``latest`` (a crawl time) or today."""
    crawl, latest = latest, min(d for d in (reference, publish, latest, date.today()) if d is not None)
    content: YearEvidence | None = None
    content_done = False
    first_month = 0  # the month of the first date the content's year dates
    guessed: YearEvidence | None = None
    items: list[FoundDate] = []
    last_explicit: int | None = None
    resolved: dict[int, tuple[int, YearEvidence]] = {}  # id(RawDate) → (year of its end, evidence)
    prev: tuple[int, int, int, int] | None = None  # the date read before: its end's year, month, where it ends, day
    prev_ahead = False  # that date was of a year to come (明年3月)
    same_year = date_words().sameyears
    sections = [
        # (a paragraph opened by its year counts to its end only: 2015年，两地签订了… is a notice's background)
        (m.start(), int(m.group("y") or m.group("y2")), len(text) if m.group("y") else _paragraph_end(text, m.end()))
        for m in (_year_section().finditer(text) if "年" in text else ())
        if not (m.group("y") and _acts_before(text[m.start() : m.start("y")]))
    ]
    for raw_item in raw:
        r = raw_item
        if r.anchor is not None and id(r.anchor) in resolved:
            anchor_year, ev = resolved[id(r.anchor)]
            anchor_year = _year_near(anchor_year, r.anchor, r.month, r.day)
            r = replace(r, year=anchor_year)
            ev = YearEvidence(anchor_year, ev.certain, ev.source)
        elif r.year is not None:
            ev = YearEvidence(r.year, True, "explicit")
            if r.day is not None:  # a full date sets the year of the yearless days after it
                last_explicit = r.year
        elif publish is not None and (section := _section_year(sections, r.start_pos, publish)) is not None:
            ev = YearEvidence(section, True, "content:section")  # 一、2009年工作回顾 … 3月18日: 2009's
        elif publish is not None:
            written = r.text[:1].isdigit() or r.text[:1] in _NUMERAL_CHARS  # (not 本月九日: relative)
            deadline = written and _DEADLINE_AFTER.match(text, r.end_pos) is not None
            if (
                written
                and prev is not None
                and prev[2] <= r.start_pos
                # (not a day before it in its month: 去年四月二十日…，至四月十九日返港 — this year's)
                and (r.month, r.day or 31) >= (prev[1], prev[3])
                and not _SENTENCE_END.search(text, prev[2], r.start_pos)
                # (not a report dateline, 本报赤峰1月4日电…：12月29日至31日: the day it was filed, no day of its story)
                and not _FILED.match(text, prev[2])
                # (去年8月…召开首次联席会议以来，…截至10月底: a stretch from the date up to now, the month now's)
                and "以来" not in text[prev[2] : r.start_pos]
                # (明年3月召开第二次会议，12月底前完成…: a deadline counts from the page's day, not from next year)
                and not (deadline and prev_ahead)
            ):
                # 今年7月…，10月在北区举办: a month after a date of its sentence is of that date's year
                ev = YearEvidence(prev[0], True, "publish_date")
            elif (
                written
                and prev is not None
                and prev[2] <= r.start_pos
                and prev[1] == DECEMBER
                and r.month <= YEAR_TURN_MONTHS
                and not _SENTENCE_END.search(text, prev[2], r.start_pos)
                and "以来" not in text[prev[2] : r.start_pos]
            ):
                # (明（31）日将前往…，并于1月2日返回: a January day after a December day of its sentence: the next year)
                ev = YearEvidence(prev[0] + 1, True, "publish_date")
            elif written and (
                (
                    _FUTURE_BEFORE.search(text, max(0, r.start_pos - FUTURE_CHARS), r.start_pos)
                    # (not a day told done right after it: 将在9月12日至13日已互派专班的基础上 — the base laid)
                    and not _DONE_AFTER.match(text, r.end_pos)
                )
                or _FUTURE_CLAUSE.match(text, r.end_pos)
                or (
                    _DEADLINE_AFTER.match(text, r.end_pos)
                    and not _MET_BEFORE.search(text, max(0, r.start_pos - FUTURE_CHARS), r.start_pos)
                )
            ):
                # 将于十二月召开; a run of days to come by its end (将于7月9日至8月3日 on a page of 7-10: under way)
                # (not one into the next year, 12月30日至1月2日: read by its start)
                end_month = r.month2 or r.month
                end_day = r.day2 if r.month2 or r.day2 else r.day
                if (end_month, end_day or 0) < (r.month, r.day or 0):
                    end_month, end_day = r.month, r.day
                ev = YearEvidence(_next_year(publish, end_month, end_day), True, "publish_date")
            elif r.ahead:
                # 明天 on a page of 12-31, 下个月 in December: the relative day lands in the next year (a month at most)
                ev = YearEvidence(_nearest_year(publish, r.month, r.day or 1), True, "publish_date")
            elif written and r.day is not None and _FROM_ON.match(text, r.end_pos):
                # 自1月1日起 on a page of 12-31: a day from which on something holds, the nearest either way
                ev = YearEvidence(_nearest_year(publish, r.month, r.day), True, "publish_date")
            else:
                ev = YearEvidence(_closest_year(publish, r.month, r.day), True, "publish_date")
        elif last_explicit is not None and (crawl is None or last_explicit <= crawl.year):
            ev = YearEvidence(last_explicit, True, "explicit:context")
        else:
            if not content_done:
                content, content_done = content_year(text), True
            if content is not None:
                ev = content
                first_month = first_month or r.month
                # (not a month after a first date before autumn: 6月18日…审议《2019年…要点》…10月底前开通 is 2019's)
                ev = _planned_year(content, min(r.month, first_month))
            elif reference is not None:
                ev = YearEvidence(_closest_year(reference, r.month, r.day), False, "reference_date")
            else:
                guessed = guessed or guess_year(text, latest)  # the same for every such date: read once
                ev = guessed
        year = ev.year or 2000
        if r.rel is not None and r.year is None and prev is not None and r.text.startswith(same_year):
            year = prev[0]  # 同年十月: the year of the date written before it
        elif r.rel is not None and r.year is None:
            # 去年/今年 count from the publish date's year, not from the month's nearest year; on a page of no date,
            # from the year the content pins down as its own (今年是…到达陕北60周年 … 1935年10月19日…。今年1至9月:
            # 1995), not from a year of history written last
            if publish is None and ev.source == "explicit:context":
                if not content_done:
                    content, content_done = content_year(text), True
                if content is not None and content.year is not None:
                    year, ev = content.year, content
            year = (publish.year if publish else year) + r.rel
        start = date(year, r.month, r.day or 1)
        y2 = r.year2 or year
        if r.rel2 is not None and r.year2 is None:
            y2 = (publish.year if publish else ev.year or 2000) + r.rel2
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
        prev = (end.year, end.month, r.end_pos, end.day if r.day is not None else 1)
        prev_ahead = r.rel is not None and r.rel > 0 and r.year is None  # (明年3月: a year to come)
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


_SENTENCE_END = re.compile(r"[。！？!?\n；;]")  # (a clause of its own after ；)
DECEMBER = 12
YEAR_TURN_MONTHS = 2  # the first months of a year a day told after a December day of its sentence may lie in
FUTURE_CHARS = 4  # a word of the future this close before a yearless date: the date is to come
# (原定于2月…举行: what was planned and did not happen lies in the past)
_DONE_AFTER = re.compile(r"[^，,。；;！？]{0,4}?(?:已经|已)")  # the act of the day done, right after it
_FUTURE_BEFORE = re.compile(
    r"(?:将|拟|(?<!原)计划|(?<!原)预计|(?<!原)预定|(?<![原预])定于|将于|拟于|商定|约定)(?:在|于)?$"
)
# the date's own clause telling what is to come there (1月3日，两市将在长沙举行…; 下午，代表团拟赴…): 将/拟 with a
# preposition of place or time or a verb of going — not 将 as 把 (3月5日，两市将协议报送…), nor a later clause's
# 将 (…签署协议，今后将在…合作)
_FUTURE_CLAUSE = re.compile(r"(?:[上下]午|晚上?)?[，,]?[^，,。！？!?；;\n]{0,16}?(?:将|拟)(?:于|在|赴|到|来)")
# a deadline: the date, then 前 and what is to be done by it (于12月底前将全年落实情况报州, 10月前完成)
# (its subject may stand between: 11月底前，两市人民政府要将…报)
# a report's section under a year (一、2009年工作回顾, 三、2022年工作打算) or a paragraph opened by its year
# (2021年，区发展改革委…): the year of the yearless days after it, up to the next such line
@cache
def _year_section() -> re.Pattern[str]:
    """A report's section heading under a year (or a document's headline: X局2019年工作总结), or a
    paragraph opened by its year (rules/date_words.tsv ``section``)."""
    heads = alternation(list(date_words().sections)) or "(?!)"
    return re.compile(
        r"(?m)^[ \t\u3000]*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])?[ \t\u3000]*"
        # (a document's headline naming its issuer first: 克拉玛依市发展和改革委员会2019年工作总结)
        rf"(?:[^\n，。；：:\d]{{0,24}}?(?P<y>(?:19|20)\d{{2}})年(?:度)?[^\n，。；]{{0,10}}?(?:{heads})"
        r"[ \t\u3000]*$|(?P<y2>(?:19|20)\d{2})年[，,])"
    )


@cache
def _act_verbs() -> re.Pattern[str]:
    from extract.extractors.agreements import document_rules  # (lazily: the agreements module reads dates' words)

    # (the verbs of a done act — signed, adopted, discussed, released —, not those of a mere mention: 推动, 实施)
    acts = [verb for verb, action in document_rules().verb_action.items() if action != "mentioned"]
    return re.compile(alternation(sorted(acts)))


def _acts_before(prefix: str) -> bool:
    """A headline's deck that tells what was done with the year's document (审议通过2014年合作工作要点), no section
    heading under the year: a verb of documents (rules/document_actions.tsv) before the year — not a notice's
    own headline, which issues the document it dates (关于印发《…2025年工作要点》的通知)."""
    return bool(prefix.strip()) and "关于" not in prefix and _act_verbs().search(prefix) is not None


SECTION_YEARS = 1  # a section's year counts within this many years of the page's


def _section_year(sections: list[tuple[int, int, int]], at: int, publish: date) -> int | None:
    """The year of the report's section or paragraph the day at ``at`` stands in (the last such line
    before it whose reach holds ``at``)."""
    year = None
    for start, y, end in sections:
        if start >= at:
            break
        if at < end:
            year = y
    return year if year is not None and abs(year - publish.year) <= SECTION_YEARS else None


def _paragraph_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end < 0 else end


_DEADLINE_AFTER = re.compile(
    # (a month's end or part before 前 is a deadline whatever follows — 12月底前联合开展年度评估, 11月底前向联席会议
    # 报告 — unless it is told as done: 12月底前已完成, 6月中旬前完成了)
    r"(?:底|[上中下]旬)前(?![^，,。；;]{0,8}?(?:已|了))"
    r"|[底初]?(?:[上中下]旬)?前(?:[，,][^，,。；;]{0,12}?)?(?:将|要|须|必须|务必|应|完成|报送|报|建成|全面|基本)"
)


_MET_BEFORE = re.compile(r"已(?:经)?(?:于|在)?$")  # 项目已于5月底前复课: a deadline told as met, in the past
_NUMERAL_CHARS = "〇零○一二三四五六七八九十"


_FILED = re.compile(rf"[ \t\u3000]*{_FILED_WORD}")  # a dateline's word after its day (1月4日电)


def _next_year(publish: date, month: int, day: int | None) -> int:
    """The year that puts month/day on or after the publish date (将于十二月召开, 拟于3月举行)."""
    d = day or 28
    ahead = (month, d) >= (publish.month, publish.day) or not valid_date(publish.year + 1, month, d)
    return publish.year if ahead else publish.year + 1


FROM_ON_AHEAD = 31  # days after the page's a day from which on something holds may lie (自1月1日起 on 12-31)
_FROM_ON = re.compile(r"(?:零时|0时)?起")


def _nearest_year(publish: date, month: int, day: int) -> int:
    """The year that puts month/day nearest the publish date: the days before it, or up to ``FROM_ON_AHEAD`` after."""
    for year in (publish.year, publish.year + 1):
        if valid_date(year, month, day) and 0 < (date(year, month, day) - publish).days <= FROM_ON_AHEAD:
            return year
    return _closest_year(publish, month, day)


def _closest_year(publish: date, month: int, day: int | None) -> int:
    """The year, around the publish date and not after it, that puts month/day nearest to it."""
    best = publish.year
    best_gap: int | None = None
    for y in (publish.year - 1, publish.year):
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


def page_date_item(text: str, day: date, span: tuple[int, int]) -> FoundDate:
    """The page's own date as a date item (its text as the page writes it, without the white space its stamp's
    pattern took around it: ``2023-04-12`` of ``2023-04-12 18:30``)."""
    iso = day.isoformat()
    raw = text[span[0] : span[1]]
    lead = len(raw) - len(raw.lstrip())
    span = (span[0] + lead, span[0] + lead + len(raw.strip())) if raw.strip() else span
    return FoundDate(
        text=text[span[0] : span[1]],
        start=iso,
        end=iso,
        granularity="day",
        year_certain=True,
        year_source="explicit",
        span=span,
    )


def date_mentions(
    text: str, publish: date | None = None, reference: date | None = None, latest: date | None = None
) -> list[FoundDate]:
    """Every date expression in ``text``, resolved, in text order (repeats included); ``latest``
    (a crawl time) bounds the years as the reference date does."""
    return resolve(find_raw_dates(text, publish, reference), text, publish, reference, latest)


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


def extract_dates(text: str, publish: date | None = None, reference: date | None = None) -> list[FoundDate]:
    """Record items for every date in ``text``, one per distinct value, in text order."""
    return distinct(date_mentions(text, publish, reference))
