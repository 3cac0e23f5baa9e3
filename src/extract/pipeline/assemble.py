"""A processed ``Doc`` → a ``Record``: the event's days from its mentions, offsets mapped back
to the original text, pydantic models made once, here."""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache
from typing import TypeVar, cast

from spacy.tokens import Doc

from extract.extractors import dates as dates_mod
from extract.extractors import event as event_mod
from extract.extractors import meta as meta_mod
from extract.extractors.parties import party_words
from extract.models import (
    Action,
    Agreement,
    DateFrom,
    DateItem,
    Event,
    Granularity,
    Kind,
    MetaFrom,
    Official,
    Party,
    Record,
    Region,
    StaffMember,
)
from extract.pipeline.state import article_of, state_of
from extract.pipeline.version import pipeline_version
from extract.text.normalize import FULL_WIDTH, Article

_DATELINE_AFTER = re.compile(r"\s*(?:电|讯|消息|报道)")


def overlaps(span: tuple[int, int], other: tuple[int, int] | None) -> bool:
    return other is not None and span[0] < other[1] and other[0] < span[1]


def _dateline_item(body: str, item: dates_mod.FoundDate) -> bool:
    """A dateline's day (新华社北京6月10日电, 大众网日照9月28日讯): the report's, not the event's."""
    return bool(_DATELINE_AFTER.match(body, item["span"][1]))


# a sentence that goes on from the one before (其后，…交流会在澳门举行): in the day told before
# (or after what went before: 会见后，…座谈会; 考察结束后，… — not after a count of days, 两天后, nor 今后)
_THEN = re.compile(
    r"\s*(?:其后|随后|之后|此后|会后|接着|紧接着|这次|此次|本次|这是|[^\s，,。0-9０-９一二三四五六七八九十两几数天日年月周今]{2,4}?(?:结束)?后[，,])[，,]?"
)
# a verb of saying right after a day: the day the words were said (今天表示, 昨天说)
_SAID_AFTER = re.compile(r"(?:上午|下午|晚上)?(?:表示|说|指出|透露|称)")
# the part of a day, written without the day (下午在…出席): the day told before goes on
_DAY_PART = re.compile(r"(?<![0-9０-９日号天])(?:上午|下午|中午|晚上|晚间|傍晚|当晚)")


def event_dates(
    body: str,
    ev: event_mod.EventMention,
    items: list[dates_mod.FoundDate],
    publish_span: tuple[int, int] | None = None,
    headline: tuple[int, int] | None = None,
) -> tuple[str | None, str | None, bool | None]:
    """Days of the event and whether their year is certain, in this order of evidence: a day
    written inside its kept mention (`于7月28日召开`, `(十二)日在…举行`); then, mention by mention
    (body first), a day written inside that mention, else the day nearest before its name in its
    sentence, else the nearest after it (a day beats a month: `本月中旬`; a range that is a delegation's
    visit gives way to the day a later mention gives within it: ``_day_of_visit``); none where the event's
    sentence says 近日/日前 (but the one day the ``headline`` gives: 6月18日，两市在迎宾馆签下这份合作协议 over 日前，
    …座谈会在江门迎宾馆举行); else the first day from the event's sentence on.  A single day is the
    start of as many days as the event's sentence says it lasts (为期三天).  A dateline's day
    (`X月X日电`) is the report's and the page's date the page's, not the event's — but where no other
    day is left, a dateline's day is the event's when its lead tells the event (``_dateline_day``)."""
    datelines = [it for it in items if _dateline_item(body, it)]
    items = [it for it in items if not _dateline_item(body, it) and not overlaps(it["span"], publish_span)]
    if not items:
        return _dateline_day(body, ev, datelines)
    chosen = None
    if ev.when:
        inside = [it for it in items if ev.when[0] <= it["span"][0] < ev.when[1]]
        chosen = inside[0] if inside else None
    month_only = None  # a month (本月中旬) counts only when no mention's sentence tells the day
    within_visit = False  # the day was read within a visit's days (its lasting is the visit's, not the event's)
    for span, when in zip(ev.mentions or (ev.span,), ev.whens or (ev.when,), strict=False):
        if chosen is not None:
            break
        if when:  # 第五届…大会将于本月九至十一日在遵义举行: the day written in this mention
            chosen = next((it for it in items if when[0] <= it["span"][0] < when[1]), None)
            if chosen is not None:
                break
        lo, hi = event_mod.sentence_bounds(body, span[0])
        # (何振荣今天表示，此行与…举行「…座谈会」: the day the speaker said it, not the meeting's — the day a
        # later sentence holding the meeting gives is, 座谈会17日上午在成都举行)
        in_sentence = [it for it in items if lo <= it["span"][0] < hi]
        said = [it for it in in_sentence if _SAID_AFTER.match(body, it["span"][1])]
        in_sentence = [it for it in in_sentence if it not in said]
        before = [it for it in in_sentence if it["span"][0] < span[0]]
        after = [it for it in in_sentence if it["span"][0] >= span[0]]
        nearest = [*reversed(before), *after]
        chosen = next((it for it in nearest if it["granularity"] == "day"), None)
        if chosen is None and said:
            held = [(event_mod.sentence_bounds(body, a)[0], b) for a, b, _ in event_mod.held_later(body, ev)]
            days_held = (it for a, b in held for it in items if it["granularity"] == "day" and a <= it["span"][0] < b)
            chosen = next(days_held, None)
        month_only = month_only or (nearest[0] if nearest else None)
        if chosen is not None and chosen["start"] != chosen["end"] and chosen["span"][1] <= span[0]:
            chosen = _day_of_visit(body, ev, items, chosen, span) or chosen
        elif chosen is not None and _DURING.search(body, max(lo, span[0] - DURING_CHARS), span[0]):
            # (…明日（十一月二十二日）起率团访问广西，为期三天，其间将出席…联席会议: the day opens the visit's days,
            # the day a later mention gives within them is the meeting's — 联席会议将于十一月二十三日上午举行)
            lasts = dates_mod.duration_days(body, lo, hi)
            if lasts and chosen["start"] == chosen["end"]:
                visit = chosen.copy()
                visit["end"] = (date.fromisoformat(chosen["start"]) + timedelta(days=lasts - 1)).isoformat()
                inner = _day_of_visit(body, ev, items, visit, span)
                if inner is not None:
                    chosen, within_visit = inner, True
    chosen = chosen or month_only
    if chosen is None:
        lo, hi = event_mod.sentence_bounds(body, ev.span[0])
        if dates_mod.vague_day().search(body, lo, ev.span[0]):
            # 近日/日前…召开: the text does not say the day — unless a later sentence holds the meeting by its head
            # noun on a day (日前，…座谈会在南阳宾馆召开。… 在19日的座谈会上，两市政府签署了…)
            held = [(event_mod.sentence_bounds(body, a)[0], b) for a, b, _ in event_mod.held_later(body, ev)]
            told = (it for a, b in held for it in items if it["granularity"] == "day" and a <= it["span"][0] < b)
            chosen = next(told, None)
            if chosen is None and headline is not None:
                lo_h, hi_h = headline
                heads = [it for it in items if it["granularity"] == "day" and lo_h <= it["span"][0] < hi_h]
                chosen = heads[0] if len(heads) == 1 else None
            if chosen is None:
                return None, None, None
        else:
            # the first day of the article after the start of the event's sentence, else of all
            # (a WeChat post's date line above its headline); but a sentence that names only the part of
            # the day (…今日抵达天津。…下午在天津市人民政府出席…座谈会) goes on in the day told before it
            days = [it for it in items if it["granularity"] == "day"]
            later = [it for it in days if it["span"][0] >= lo]
            earlier = [it for it in days if it["span"][0] < lo]
            # (a signing's ceremony named in a sentence of no day, 备忘录由…代表双方签署，…出席签署仪式: the day of the
            # signing an earlier sentence tells, 今日（三月十五日）在香港签署《…》 — not a later paragraph's 昨日)
            ceremony = bool(ev.name and _SIGNING.search(ev.name))
            signed = [
                it
                for it in (earlier if ceremony else [])
                if _SIGNING.search(body, *event_mod.sentence_bounds(body, it["span"][0]))
            ]
            # (nor does a paragraph whose day is told only before the event's sentence: 今（12）日上午抵达…。
            # 双方在县府大礼堂举行「…座谈会」 — a day in a later paragraph, 明（13）日将前往…, is another's)
            par_lo = body.rfind("\n", 0, lo) + 1
            par_end = body.find("\n", lo)
            par_hi = par_end if par_end >= 0 else len(body)
            in_par = bool(earlier) and earlier[-1]["span"][0] >= par_lo
            in_par = in_par and not any(it["span"][0] < par_hi for it in later)
            if signed:
                # (the day the signing follows in its sentence: 昨日（13日）与…签署协议，…为去年5月12日汶川大地震中致残
                # 的伤员… — not a day told after the verb, of something else)
                before_verb = [
                    it
                    for it in signed
                    if _SIGNING.search(body, it["span"][1], event_mod.sentence_bounds(body, it["span"][0])[1])
                ]
                chosen = (before_verb or signed)[-1]
            elif earlier and (_DAY_PART.search(body, lo, ev.span[0]) or _THEN.match(body, lo) or in_par):
                chosen = earlier[-1]
            else:
                chosen = (later or days)[0] if days else None
    if chosen is None:
        return _dateline_day(body, ev, datelines)
    start, end = str(chosen["start"]), str(chosen["end"])
    if start == end and chosen["granularity"] == "day":
        # 为期三天的…论坛昨日（五月三十一日）…揭幕: the days the event's sentence says it lasts, from
        # the day written, or up to it when the verb says the event closed (…论坛昨天闭幕)
        lo, hi = event_mod.sentence_bounds(body, ev.span[0])
        # (the sentence of the mention whose day was read: a deck names the meeting, the lead's sentence tells
        # its days, 联席会议14日在宜春市开幕，今天闭幕)
        for span in ev.mentions:
            m_lo, m_hi = event_mod.sentence_bounds(body, span[0])
            if m_lo <= chosen["span"][0] < m_hi:
                lo, hi = m_lo, m_hi
                break
        lasts = None if within_visit else dates_mod.duration_days(body, lo, hi) or _said_lasting(body, ev, hi)
        # (the days a visit lasts, then 当天 before the meeting's name: 上周五…展开为期两天的城市交流，当天下午…举行「…
        # 座谈会」 — the meeting is the one day)
        named_at = next((sp[0] for sp in (ev.mentions or (ev.span,)) if lo <= sp[0] < hi), ev.span[0])
        if lasts and _THAT_DAY.search(body, chosen["span"][0], named_at):
            lasts = None
        closing, opening = event_mod.end_verbs()
        # the verb of the day written: in its clause after it (前日（七日）…开幕，昨日闭幕: two days, two verbs)
        # (12月10日，…论坛在海口开幕: a day set apart by a comma heads the clause after it)
        head_at = chosen["span"][1] + (1 if body[chosen["span"][1] : chosen["span"][1] + 1] in ("，", ",") else 0)
        clause = _CLAUSE_END.search(body, head_at, hi)
        verb_hi = clause.start() if clause else hi
        if lasts and closing.search(body, chosen["span"][1], verb_hi):
            start = (date.fromisoformat(end) - timedelta(days=lasts - 1)).isoformat()
        elif not lasts and closing.search(body, chosen["span"][1], verb_hi):
            # (…联席会议前天下午在康保县闭幕。… 本月6日上午，会议在康保县招待所礼堂开幕: the day a later sentence
            # opens the event on, by its head noun or the general one, is its first)
            start = _opened_later(body, ev, items, hi, start) or start
        elif lasts:
            end = (date.fromisoformat(start) + timedelta(days=lasts - 1)).isoformat()
        elif opening.search(body, chosen["span"][1], verb_hi):
            # 博览会16日上午开幕。…16日至19日在会展中心举行: the run the next sentences give from that day
            run = next(
                (it for it in items if hi <= it["span"][0] < hi + RUN_WINDOW and it["start"] == start < it["end"]),
                None,
            ) or _run_said(body, ev, items, hi, start)
            closes = _later_session(body, ev, items, start) or _closes_on(
                body, items, chosen["span"][1], hi, start, event_mod.head_noun(ev.name)
            )
            end = str(run["end"]) if run else (closes or end)
    return start, end, bool(chosen["year_certain"])


_SIGNING = re.compile(r"签署|签订|签约|签字")  # a signing's verb (and a ceremony's name that holds one)
_THAT_DAY = re.compile(r"当天|当日|同日|是日")  # the one day of a visit's days its clause goes on in


# the event named as what a visit includes (其间将出席…联席会议, 访问期间出席): the sentence's days are the visit's
_DURING = re.compile(r"(?:其间|期间)[^，。；,;]{0,12}$")
DURING_CHARS = 16  # characters before the event's name in which 其间/期间 is read


RUN_WINDOW = 200  # characters after an opening's sentence in which the event's run of days is read
_CLOSE_AFTER = re.compile(r"\s*(?:上午|下午|中午|晚上|晚间)?(?:闭幕|结束|落幕)")


def _run_said(
    body: str, ev: event_mod.EventMention, items: list[dates_mod.FoundDate], hi: int, start: str
) -> dates_mod.FoundDate | None:
    """A run of days from the opening's day in a later sentence whose subject is the event's head noun (…洽谈会昨天
    上午在郑州开幕。… 本届洽谈会会期为9月10日至14日): the event's days, however far on."""
    head = event_mod.head_noun(ev.name)
    if head is None:
        return None
    for it in items:
        if it["span"][0] < hi or not it["start"] == start < it["end"]:
            continue
        lo, _ = event_mod.sentence_bounds(body, it["span"][0])
        opening = _SUBJECT.match(body, lo)
        if opening and body.startswith(head, opening.end()):
            return it
    return None


def _closes_on(
    body: str, items: list[dates_mod.FoundDate], lo: int, hi: int, start: str, head: str | None = None
) -> str | None:
    """The day a later sentence says the opened event closes on (…开幕。洽谈会由…主办，至11日闭幕): a day after
    至, then 闭幕/结束, soon after the opening's sentence and after its day, or in a sentence whose subject is the event
    by its head noun (…会议在阿图什市开幕。会议总结了…，13日闭幕时签订了…); or a day of the opening's own sentence
    after the opening's day, then 闭幕 (…昨日在九华山开幕，今（19）日上午闭幕)."""
    for it in items:
        # (or the event by its head noun lasting to a day, anywhere after: 据介绍，文化周将持续到18日)
        # (or whatever its subject, soon after the opening: …在香港文化中心开幕。…戏曲演出和文物展览，将持续至9月13日)
        s = it["span"][0]
        if lo <= s and it["start"] > start and _LASTS_TO.search(body, max(0, s - LASTS_TO_CHARS), s):
            if s < hi + RUN_WINDOW or (head and head in body[max(0, s - LASTS_TO_CHARS - len(head) - 4) : s]):
                return str(it["end"])
    for it in items:
        s, e = it["span"]
        if not lo <= s < hi + RUN_WINDOW or it["start"] <= start or _CLOSE_AFTER.match(body, e) is None:
            continue
        if s < hi or body[s - 1 : s] == "至":
            return str(it["end"])
        sentence = event_mod.sentence_bounds(body, s)[0]
        subject = _SUBJECT.match(body, sentence)
        if head and subject and body.startswith(head, subject.end()):
            return str(it["end"])
        if head and head.endswith("会") and _MEETING_REF.match(body, sentence):
            return str(it["end"])  # (…协作会在会东县开幕。为期两天的会议于昨天下午闭幕: the meeting by its kind's word)
    return None


_LASTS_TO = re.compile(r"(?:持续|延续|一直)(?:到|至)$")  # 文化周将持续到|18日: the day it lasts to
LASTS_TO_CHARS = 6
# a sentence whose subject is a meeting by the word for any (会议), its length before it: 为期两天的会议于昨天下午闭幕
_MEETING_REF = re.compile(r"\s*(?:为期[^，,。；;]{1,6}?的)?(?:本届|此次|这次|本次|该)?(?:会议|大会)")
DATELINE_LEAD = 60  # characters from a dateline's day to the start of the sentence that is its lead


def _dateline_day(
    body: str, ev: event_mod.EventMention, datelines: list[dates_mod.FoundDate]
) -> tuple[str | None, str | None, bool | None]:
    """Where the article writes no day but its dateline's (本报北京7月5日电（记者…）京蒙…联席会议在北京召开。),
    the day of the report is the event's when the event is told in the lead right after it (not
    近日/日前, not a meeting to come): the report was filed the day it was held."""
    at = ev.span[0]
    _, hi = event_mod.sentence_bounds(body, at)
    for it in datelines:
        end = it["span"][1]
        if it["granularity"] == "day" and end <= at <= end + DATELINE_LEAD and not _SENTENCE_END.search(body, end, at):
            if dates_mod.vague_day().search(body, end, hi) or _FUTURE.search(body, end, at):
                break
            return str(it["start"]), str(it["end"]), bool(it["year_certain"])
    return None, None, None


_FUTURE = re.compile(r"将|拟|定于|计划|即将")
_SENTENCE_END = re.compile(r"[。！？；]")


@cache
def _held_after() -> re.Pattern[str]:
    """A verb of holding (rules/events.tsv ``verb``), 进行 or 进入 within a few characters: 论坛|举行合作项目…,
    会议|进入议事阶段"""
    return re.compile(rf"[^，,。；;]{{0,4}}(?:{event_mod.event_rules().any_verb.pattern}|进行|进入)")
LASTING_SENTENCES = 2  # sentences after the event's that may say how long it lasts


def _said_lasting(body: str, ev: event_mod.EventMention, at: int) -> int | None:
    """How many days a sentence soon after the event's says it lasts, about the event (…论坛今天上午在成都
    开幕。…出席。本届论坛为期三天，将于二十七日闭幕): its head noun, then 为期N天."""
    head = event_mod.head_noun(ev.name)
    if head is None or dates_mod.duration_pattern().search(body, at) is None:
        return None  # (no 为期N天 after the event's sentence: no sentence to read)
    for k in range(LASTING_SENTENCES_FAR):
        at += 1  # past the mark that ends the sentence before
        if at >= len(body):
            return None
        lo, hi = event_mod.sentence_bounds(body, at)
        named = body.find(head, lo, hi)
        if k >= LASTING_SENTENCES:
            # further on, only a sentence whose subject is the event (…。洽谈会为期三天，将于20日闭幕。)
            opening = _SUBJECT.match(body, lo)
            named = named if opening and opening.end() == named else -1
        if named >= 0 and (days := dates_mod.duration_days(body, named, hi)):
            return days
        at = max(hi, at)
    return None


LASTING_SENTENCES_FAR = 30  # … and further ones (the article), when the event's head noun is their subject
# (after a reporter's 据了解，/据悉，: 据了解，本届洽谈会由市政府主办，为期三天)
_SUBJECT = re.compile(r"\s*(?:(?:据了解|据悉|据介绍|另悉|记者了解到)[，,]\s*)?(?:本届|此次|这次|本次|该|今年的?|今届)?")
LATER_SESSION_DAYS = 3  # an opened event's later session within this many days is still the event's


OPENED_BEFORE_DAYS = 7  # a closed event's opening told later lies at most this many days before its closing


def _opened_later(
    body: str, ev: event_mod.EventMention, items: list[dates_mod.FoundDate], hi: int, closed: str
) -> str | None:
    """The day a later sentence says the closed event opened on: a single day before the closing's, written before
    the event's head noun (or the general one its head ends with) and 开幕 in its clause (本月6日上午，会议在…开幕)."""
    heads = event_mod.head_nouns(ev.name)
    if not heads:
        return None
    _, opening = event_mod.end_verbs()
    last = date.fromisoformat(closed)
    for it in items:
        if it["span"][0] < hi or it["granularity"] != "day" or it["start"] != it["end"]:
            continue
        day = date.fromisoformat(str(it["start"]))
        if not last - timedelta(days=OPENED_BEFORE_DAYS) <= day < last:
            continue
        clause = body[it["span"][1] : event_mod.sentence_bounds(body, it["span"][0])[1]]
        told = _head_opening(clause, heads)
        if told is not None and opening.search(clause, told[0]):
            return day.isoformat()
    return None


HEAD_AFTER_DAY = 4  # characters after a day within which a later sentence's subject, the event's head noun, stands


def _head_opening(clause: str, heads: tuple[str, ...]) -> tuple[int, str] | None:
    """Where the event's head noun (or a more general one it ends with) opens a later sentence's clause after its
    day (次日上午，会议…: at most ``HEAD_AFTER_DAY`` characters in), and which; the longest noun first."""
    for head in heads:
        at = clause.find(head)
        if 0 <= at <= HEAD_AFTER_DAY:
            return at, head
    return None


def _later_session(body: str, ev: event_mod.EventMention, items: list[dates_mod.FoundDate], start: str) -> str | None:
    """The last day of an opened event that a later sentence gives it (12月10日…论坛在海口开幕 … 次日上午，
    论坛举行合作项目集中签约活动): a single day soon after the opening, in a sentence whose subject is
    the event's head noun before a verb of holding; a day announced for later (下届论坛明年…) is none."""
    heads = event_mod.head_nouns(ev.name)  # (…联席会议 … 次日上午，会议举行全体会议: its general noun too)
    if not heads:
        return None
    first = date.fromisoformat(start)
    last = None
    for it in items:
        if it["granularity"] != "day" or it["start"] != it["end"] or it["span"][0] <= ev.span[1]:
            continue
        day = date.fromisoformat(str(it["start"]))
        if not first < day <= first + timedelta(days=LATER_SESSION_DAYS):
            continue
        _, hi = event_mod.sentence_bounds(body, it["span"][0])
        clause = body[it["span"][1] : hi]
        told = _head_opening(clause, heads)
        if told is not None and _held_after().match(clause, told[0] + len(told[1])):
            last = max(last or day, day)
    return last.isoformat() if last else None
_CLAUSE_END = re.compile("[，,；;。！？]")


def _day_of_visit(
    body: str, ev: event_mod.EventMention, items: list[dates_mod.FoundDate], days: dates_mod.FoundDate,
    span: tuple[int, int],
) -> dates_mod.FoundDate | None:
    """When the days before the event's name are a delegation's visit (11月16日至17日，南京市党政代表团
    来我市考察，并出席…联席会议), the day a later mention of the event gives within them is the
    meeting's (17日上午，联席会议在宿迁召开); so too the days of a delegation's stay (十一月三日至五日，沙市市
    党政代表团在重庆市考察，并同重庆市举行…洽谈会 … 十一月四日上午，两市在重庆举行…洽谈会)."""
    lo, hi = days["span"][1], span[0]
    # (a delegation's word: rules/parties.tsv ``delegation``, 代表团, 考察团…)
    if not event_mod.event_rules().visit.search(body, lo, hi) and not party_words().delegation.search(body, lo, hi):
        return None
    # later mentions: the name's, and its head noun's, the subject of a verb of holding (9日上午，座谈会召开,
    # 座谈会于五月二十一日在拉萨举行: the day before the noun in its sentence, or the one after it)
    # (each later mention up to the end of the day written in it, if any)
    whens = ev.whens or (None,) * len(ev.mentions)
    later_ones = [(a, w[1] if w else a) for (a, _), w in zip(ev.mentions, whens, strict=False)]
    later_ones += [(a, b) for a, b, _ in event_mod.held_later(body, ev)]
    for later in sorted(later_ones):
        if later[0] <= span[0]:
            continue
        lo, _ = event_mod.sentence_bounds(body, later[0])
        own = [
            it
            for it in items
            if lo <= it["span"][0] < max(later)
            and it["granularity"] == "day"
            and days["start"] <= it["start"] <= it["end"] <= days["end"]
            # (a day or days within it: 论坛11日至12日在青岛举行)
            and (it["start"], it["end"]) != (days["start"], days["end"])
        ]
        if own:
            return own[-1]
    return None


SpannedItem = TypeVar("SpannedItem", Official, StaffMember, Region)


def _to_original(art: Article, item: SpannedItem) -> SpannedItem:
    """The item with its spans moved from the normalized text to the original (a shallow copy, no
    validation; its spans mapped in one call: a region, an official, a dozen or two an article)."""
    return item.model_copy(update={"spans": art.spans_to_original(item.spans)})


def assemble(doc: Doc) -> Record:
    """The record of a processed ``Doc``: offsets mapped to the original text, pydantic models made."""
    art, st = article_of(doc), state_of(doc)
    orig = art.to_original
    dates = [
        DateItem(
            text=it["text"],
            start=it["start"],
            end=it["end"],
            granularity=cast(Granularity, it["granularity"]),
            year_certain=it["year_certain"],
            year_source=it["year_source"],
            spans=[orig(*it["span"])],
        )
        for it in st.dates
    ]
    sides = st.agreement_parties or [[] for _ in st.agreements]
    agreements = [
        Agreement(
            title=_as_written(art, a.title, a.spans[0][0] if a.spans else None),
            kind=cast(Kind, a.kind),
            action=cast(Action, a.action),
            parties=[Party(name=r.name, level=r.level) for r in p],
            spans=[orig(s, e) for s, e in a.spans],
        )
        for a, p in zip(st.agreements, sides, strict=True)
    ]
    ev = st.event
    event = None
    if ev is not None:
        start, end, certain = event_dates(
            art.body, ev, st.date_mentions, st.publish_date[1] if st.publish_date else None,
            st.title[1] if st.title else None,
        )  # fmt: skip
        event = Event(
            name=_as_written(art, ev.name, ev.span[0]) if ev.name else None,
            start=start,
            end=end,
            location=st.event_location,
            parties=[Party(name=r.name, level=r.level) for r in st.event_parties],
            year_certain=certain,
            parties_evidence=st.parties_evidence,
            spans=[orig(*ev.span)],
        )
    return Record(
        doc_id=art.doc_id,
        script=art.script,  # type: ignore[arg-type]
        title=_as_written(art, st.title[0], st.title[1][0]) if st.title else None,
        publish_date=st.publish_date[0].isoformat() if st.publish_date else None,
        # (the outlet the text names, or the page's markup: a source given with the article is evidence for the
        # places an outlet supports, not the text's source — RECORD.md — and is kept as source_given)
        source=st.source_name if st.source_from != "input" else None,
        title_from=cast(MetaFrom, st.title_from) if st.title else None,
        source_from=cast(MetaFrom, st.source_from) if st.source and st.source_from != "input" else None,
        source_given=_given_source(art),
        publish_date_from=cast(DateFrom, st.publish_date_from) if st.publish_date else None,
        url=art.origin.given.url,
        text_from=art.origin.text_from,
        event=event,
        dates=dates,
        officials=[_to_original(art, o) for o in st.officials],
        staff=[_to_original(art, p) for p in st.staff],
        regions=[_to_original(art, r) for r in st.regions],
        agreements=agreements,
        encoding=art.encoding,
        furniture_uncertain=art.furniture_uncertain,
        decode_errors=art.decode_errors,
        input_notes=list(art.origin.given.notes),
        pipeline_version=pipeline_version(),
    )


def _as_written(art: Article, value: str, near: int | None) -> str:
    """``value`` (a title, a name: read from the normalized text) with the full-width digits and letters
    the page wrote in it (《宁滁同城化发展２０１５年工作要点》, 邀３月赴漳浦看花博): normalization folds them
    to ASCII for the rules; the record gives what the page shows.  ``near``: where in ``art.text`` to look
    for ``value`` (its first place from there, or from a few characters before)."""
    if near is None or not any(ch.isascii() and ch.isalnum() for ch in value):
        return value
    at = art.text.find(value, max(0, near - AS_WRITTEN_REACH))
    if at < 0 or at >= len(art.pos):
        return value
    chars = list(value)
    for k, ch in enumerate(value):
        i = at + k
        if i >= len(art.pos) or not ch.isascii():
            continue
        raw = art.raw[art.pos[i]] if art.pos[i] < len(art.raw) else ""
        if raw and FULL_WIDTH.get(ord(raw)) == ord(ch):
            chars[k] = raw
    return "".join(chars)


AS_WRITTEN_REACH = 4  # characters before an item's span its text may start (the span of 《…》 holds the marks)


def _given_source(art: Article) -> str | None:
    """The source given with the article, written as the record writes every string (Simplified, one space)."""
    given = art.origin.given.source
    return meta_mod.as_recorded(given) if given and given.strip() else None
