"""The main meeting or ceremony an article reports: name, days, place phrase.

Chinese meeting reports name their event in one of two shapes, in the
headline and again in the lead: `<name>在<place>举行/召开` or
`<place?>召开/举行<name>`.  The event's days are the date written in the same
sentence; the place phrase (`我市`, `合肥`, `汉`) is resolved to a city by the
regions stage.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from extract.rules import read_tsv

NAME_CHARS = r"[^\s，,。；;：:！？!?、()（）【】\[\]《》|]"
LEAD_SENTENCES = 4


@dataclass(frozen=True)
class EventRules:
    after_name: re.Pattern[str]
    before_name: re.Pattern[str]
    prefixes: tuple[str, ...]


@cache
def event_rules() -> EventRules:
    nouns: list[str] = []
    verbs: list[str] = []
    prefixes: list[str] = []
    for kind, word in read_tsv("events.tsv"):
        {"noun": nouns, "verb": verbs, "prefix": prefixes}[kind].append(word)
    noun = "|".join(re.escape(w) for w in sorted(nouns, key=len, reverse=True))
    verb = "|".join(re.escape(w) for w in sorted(verbs, key=len, reverse=True))
    after_name = re.compile(
        rf"(?P<name>{NAME_CHARS}{{2,40}}?(?:{noun}))"
        rf"(?P<when>(?:于|在)?[0-9０-９一二三四五六七八九十〇零年月日至到—\-上下午晚昨今前明天（）()]{{2,24}})?"
        rf"(?:(?:在|于)(?P<place>{NAME_CHARS}{{1,12}}?))?(?:{verb})"
    )
    before_name = re.compile(
        rf"(?:在(?P<place>{NAME_CHARS}{{1,10}}?))?(?:{verb})了?(?P<name>{NAME_CHARS}{{2,40}}?(?:{noun}))(?!{NAME_CHARS})"
    )
    return EventRules(after_name, before_name, tuple(sorted(prefixes, key=len, reverse=True)))


@dataclass
class EventMention:
    name: str
    span: tuple[int, int]
    place: str | None  # the place phrase as written (我市, 合肥, 汉), or a prefix like 全市


def _clean_name(name: str) -> tuple[str, str | None, int]:
    """Strip leading words that are not the name; returns name, the prefix, chars removed."""
    for p in event_rules().prefixes:
        if name.startswith(p) and len(name) - len(p) >= 4:
            return name[len(p) :], p, len(p)
    return name, None, 0


def _first_event(text: str, offset: int) -> EventMention | None:
    rules = event_rules()
    best: tuple[int, EventMention] | None = None
    for pattern in (rules.after_name, rules.before_name):
        m = pattern.search(text)
        if not m:
            continue
        name, prefix, cut = _clean_name(m.group("name"))
        place = m.group("place") or prefix
        start = offset + m.start("name") + cut
        mention = EventMention(name, (start, start + len(name)), place)
        if best is None or m.start() < best[0]:
            best = (m.start(), mention)
    return best[1] if best else None


_SENTENCE = re.compile(r"[^。！？!?\n]+[。！？!?]?")


def find_event(body: str, title: tuple[str, tuple[int, int]] | None) -> EventMention | None:
    """The event named in the headline, else in the lead sentences of the body."""
    found = None
    if title:
        found = _first_event(title[0], title[1][0])
    lead: list[EventMention] = []
    for i, m in enumerate(_SENTENCE.finditer(body)):
        if i >= LEAD_SENTENCES * 3:
            break
        if title and m.start() < title[1][1]:
            continue
        ev = _first_event(m.group(0), m.start())
        if ev:
            lead.append(ev)
        if len(lead) >= 1:
            break
    if found is None:
        return lead[0] if lead else None
    # the lead usually repeats the headline's event, with its full name and place (在汉 → 在武汉)
    # and with its date: the lead's mention is the one kept, the headline's only when it is alone
    for ev in lead:
        if same_event(found.name, ev.name):
            name = ev.name if len(ev.name) >= len(found.name) else found.name
            return EventMention(name, ev.span, ev.place or found.place)
    return found


SAME_EVENT_SHARE = 0.7


def same_event(headline_name: str, lead_name: str) -> bool:
    """The lead names the headline's event, often in full (河南省十四届人大二次会议 →
    河南省第十四届人民代表大会第二次会议): one name holds the other, or nearly all the
    headline name's characters recur in the lead's."""
    if headline_name in lead_name or lead_name in headline_name:
        return True
    shared = sum(1 for c in headline_name if c in lead_name)
    return shared >= SAME_EVENT_SHARE * len(headline_name)


def sentence_bounds(text: str, at: int) -> tuple[int, int]:
    """Start and end of the sentence holding position ``at``."""
    start = max(text.rfind(c, 0, at) for c in "。！？!?\n") + 1
    ends = [e for c in "。！？!?\n" if (e := text.find(c, at)) >= 0]
    return start, (min(ends) if ends else len(text))
