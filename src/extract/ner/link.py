"""Entities of the trained NER model feeding the rule extractors.

The rules give precise, structured answers where official prose follows its
conventions; the model finds names the lexicons miss (rare surnames, minority
names written without a Han surname, names the name grammar cut wrongly) and
places the rules left unsupported.  Rules keep the last word:

* **officials** — a person entity (CLUENER ``name`` or MSRA ``PER``) that the
  rules did not report becomes an official when a position entity ends right
  before it, and that position ends with a title head of ``rules/title_heads.txt``
  (so the title is one the rules would accept), and a boundary follows the name
  (punctuation or a predicate such as 出席/说: ``总书记殷殷嘱托`` gives nobody).  The title phrase is the
  position with the government/organization entity written right before it
  (``商务部`` + ``部长助理``); a chain ``A、B<name>`` gives both phrases.
* **regions** — a place entity (CLUENER ``address``, MSRA ``LOC``) that starts
  with the gazetteer name of one single unit (``义乌国际商贸城`` → 义乌) adds that
  unit when the rules left the name out for want of support, the article
  mentions the unit's prefecture or province (浙江), the entity overlaps no
  region the rules found (兰西 in 兰西城市群), and the name is not that of a
  river or street (嘉陵江).

The model reads about thirty times slower than the rules, so it reads only
``windows``: the stretches around title heads and around the place names the
rules left out, the only places where its entities can add anything.  A title
head that the rules have settled (a name they found follows it, or precedes it:
习近平总书记) or that no name can follow (punctuation, a digit, a word that ends
names: 重要讲话, 表示) gets no window: a person the model found there would
overlap a name already reported, or not be a name after a title.
Nor does a place name left out that could add no unit (``addable_places``).

Every item added here has ``why`` (officials) starting with ``ner``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache
from typing import Any

from extract.extractors.namelex import (
    COMMON_WORD,
    SCORE_STRONG,
    after_score,
    alternation,
    head_start_re,
    is_han,
    lexicon,
    single_character_verbs,
    stop_at,
    title_words,
    word_frequency,
)
from extract.extractors.people import parse_title
from extract.models import CurrentUnit, Official, Region, StaffMember
from extract.rules import read_lines
from extract.text.prefilter import scanning

Entity = tuple[int, int, str]  # start, end, label (offsets into the body)

PERSON = frozenset({"name", "PER"})
POSITION = frozenset({"position"})
ORGANIZATION = frozenset({"government", "organization", "company", "ORG"})
PLACE = frozenset({"address", "LOC"})
NAME_CHARS = re.compile(r"^[\u4e00-\u9fff·]{2,12}$")


_CLAUSE_END = re.compile(r"[。！？!?；;\n]")
BEFORE_HEAD = 30  # characters read before a title head: its organization (国家发展改革委地区振兴司)
AFTER_HEAD = 10  # and after it: the name, and the word that ends it
AROUND_PLACE = 12  # characters read on each side of a place name the rules left out
SETTLED_GAP = 3  # a name found at most this many Han characters after a head settles it (市长助理张三)
MAX_WINDOW = 600  # characters of one window at most: overlapping stretches are merged up to this length
BATCH_CHARS = 2000  # characters the model reads at once (with the last window: its memory is bounded)


@cache
def _head_scan() -> re.Pattern[str]:
    """The title heads as one scan of an article finds them (``text.prefilter.scanning``)."""
    return scanning(head_start_re())


def windows(
    text: str, places: Sequence[tuple[int, int]] = (), taken: Iterable[tuple[int, int]] = ()
) -> list[tuple[int, str]]:
    """The stretches worth the model's time, with their offsets, each within its sentence,
    overlapping ones merged: around each open title head (the organization before it, the
    name after it), and around each place name the rules left out for want of support.  The
    model reads about thirty times slower than the rules, and these are the only places
    where its entities can add anything (people next to titles, places to confirm).  A head
    is open unless the rules settled it or no name can follow it (``_open_head``; ``taken``:
    the spans of the people the rules found).  A merged
    window stops at ``MAX_WINDOW`` characters and the next one overlaps it, so that a text
    dense with titles costs memory per window, not per text."""
    taken = list(taken)
    starts, ends = {s for s, _ in taken}, {e for _, e in taken}
    wanted = [
        (m.start() - BEFORE_HEAD, m.start(), m.end(), m.end() + AFTER_HEAD)
        for m in _head_scan().finditer(text)
        if _open_head(text, m.start(), m.end(), starts, ends)
    ]
    wanted += [(s - AROUND_PLACE, s, e, e + AROUND_PLACE) for s, e in places]
    spans: list[list[int]] = []
    for lo, start, end, hi in sorted(wanted):
        lo, hi = max(0, lo), min(len(text), hi)
        cut = [m.end() for m in _CLAUSE_END.finditer(text, lo, start)]
        lo = cut[-1] if cut else lo
        stop = _CLAUSE_END.search(text, end, hi)
        hi = stop.start() if stop else hi
        if spans and lo <= spans[-1][1] and max(spans[-1][1], hi) - spans[-1][0] <= MAX_WINDOW:
            spans[-1][1] = max(spans[-1][1], hi)
        else:
            spans.append([lo, hi])
    return [(lo, text[lo:hi]) for lo, hi in spans if text[lo:hi].strip()]


def _open_head(text: str, start: int, end: int, name_starts: set[int], name_ends: set[int]) -> bool:
    """Whether a name the rules did not find may follow the title head at ``start:end``.  Not when
    the head follows a name they found (习近平总书记: the title is that name's), nor when a word that
    ends names follows it (总书记重要讲话, 负责人表示: a name never starts with a verb or a final
    word of ``name_stops.tsv``), nor when the head begins an organization's name of
    ``org_suffixes.txt`` (委员会, 董事会), nor when a name they found starts at most
    ``SETTLED_GAP`` Han characters after it, nor when no Han character follows it."""
    if start in name_ends or stop_at(text, end) >= SCORE_STRONG:
        return False
    org = _org_words().match(text, start)
    if org is not None and org.end() > end:
        return False  # 委员会, 人大常委会, 董事会, 领导小组: the head is part of an organization's name
    for at in range(end, min(end + SETTLED_GAP + 1, len(text))):
        if at in name_starts:
            return False
        if not is_han(text[at]):
            return at > end  # 市长， ends the title with no name; 市长助理， may hide one
    return end < len(text)


MSRA_PIPE = "ner_msra"


def window_entities(
    text: str, places: Sequence[tuple[int, int]] = (), taken: Iterable[tuple[int, int]] = ()
) -> list[Entity]:
    """Entities of the CLUENER head over ``windows`` of ``text`` (offsets into ``text``).

    The windows are read in batches of about ``BATCH_CHARS`` characters; the head's tags are
    decoded straight into offsets (one token is one character), with no spans made on the docs."""
    from extract.ner import one_blas_thread

    parts = windows(text, places, taken)
    if not parts:
        return []
    nlp, head = _model()
    out: set[Entity] = set()
    with one_blas_thread():
        for batch in _batches(parts):
            docs = [nlp.make_doc(piece) for _, piece in batch]
            for (offset, _), spans in zip(batch, head.spans_of(docs), strict=True):
                out.update((offset + s, offset + e, label) for s, e, label in spans)
    return sorted(out)


@cache
def _model() -> tuple[Any, Any]:
    """The packaged pipeline without its MSRA head (not read here: not even loaded), and its CLUENER head."""
    from extract.ner import load_ner

    nlp = load_ner(exclude=(MSRA_PIPE,))
    return nlp, nlp.get_pipe("ner")


def _batches(parts: list[tuple[int, str]]) -> Iterable[list[tuple[int, str]]]:
    batch: list[tuple[int, str]] = []
    size = 0
    for part in parts:
        batch.append(part)
        size += len(part[1])
        if size >= BATCH_CHARS:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


@cache
def _org_words() -> re.Pattern[str]:
    return re.compile(alternation(read_lines("org_suffixes.txt")))


@cache  # (the NER path asks per candidate: no import each time)
def _feature_suffixes() -> frozenset[str]:
    from extract.extractors.regions.resolve import feature_suffixes

    return feature_suffixes()


def _longest(entities: Iterable[Entity], labels: frozenset[str]) -> list[Entity]:
    """Entities with these labels, overlapping ones reduced to the longest."""
    spans = sorted((e for e in entities if e[2] in labels), key=lambda e: (e[0], -(e[1] - e[0])))
    out: list[Entity] = []
    for e in spans:
        if out and e[0] < out[-1][1]:
            if e[1] - e[0] > out[-1][1] - out[-1][0]:
                out[-1] = e
            continue
        out.append(e)
    return out


def _title_before(text: str, at: int, by_end: dict[int, list[Entity]]) -> tuple[str, int] | None:
    """The title phrase that ends at ``at``: a position, with the organization right before it."""
    positions = [e for e in by_end.get(at, []) if e[2] in POSITION]
    if not positions:
        return None
    start, end, _ = min(positions, key=lambda e: e[0])
    orgs = [e for e in by_end.get(start, []) if e[2] in ORGANIZATION]
    if orgs:
        start = min(e[0] for e in orgs)
    phrase = text[start:end]
    if not title_words().head_end.search(phrase):
        return None
    return phrase, start


def _verb_and_object(name: str) -> bool:
    """A three-character candidate that no surname opens (rules/person_surnames*.txt), whose first character is a
    verb of jieba's dictionary and whose last two are an ordinary word there: a verb and its object after a
    headline's title (市长|盼观光|与产业…), no name (奇金山: 奇 is no verb — a Mongol surname the list lacks)."""
    lex = lexicon()
    return (
        len(name) == 3
        and name[0] in single_character_verbs()
        and name[0] not in lex.single_surnames
        and name[:2] not in lex.compound_set
        and name[:2] not in lex.japanese_surnames
        and word_frequency(name[1:]) >= COMMON_WORD
    )


def _ordinary_word(name: str) -> bool:
    """A candidate that no surname opens and that is an ordinary word of jieba's dictionary (…服务站站长|培训班: a
    training course after a title, no name)."""
    lex = lexicon()
    return (
        name[0] not in lex.single_surnames
        and name[:2] not in lex.compound_set
        and name[:2] not in lex.japanese_surnames
        and word_frequency(name) >= COMMON_WORD
    )


def ner_officials(
    text: str, entities: list[Entity], officials: list[Official], staff: list[StaffMember]
) -> list[Official]:
    """Officials the model finds that the rules did not; ``officials`` itself is not changed."""
    known = {o.name for o in officials} | {s.name for s in staff}
    taken = [sp for o in officials for sp in o.spans] + [sp for s in staff for sp in s.spans]
    by_end: dict[int, list[Entity]] = {}
    for e in entities:
        by_end.setdefault(e[1], []).append(e)
    added: dict[str, Official] = {}
    for start, end, _ in _longest(entities, PERSON):
        name = text[start:end]
        if name in known or not NAME_CHARS.match(name) or any(s < end and start < e for s, e in taken):
            continue
        non = lexicon().non_names
        if name in non or name[:2] in non or after_score(text, end) <= 0:
            # 总书记殷殷嘱托: a name is followed by a boundary (punctuation, 出席, 说 …); 负责人齐聚茶都:
            # no name opens with an ordinary word of non_names.txt
            continue
        titles: list[str] = []
        at = start
        while (found := _title_before(text, at, by_end)) is not None:
            phrase, at = found
            titles.insert(0, phrase)
            if at > 0 and text[at - 1] == "、":
                at -= 1
            else:
                break
        if not titles or _verb_and_object(name) or _ordinary_word(name):
            continue
        person = added.get(name)
        if person is None:
            parses = [parse_title(t) for t in titles]
            added[name] = Official(name=name, titles=titles, title_parses=parses, spans=[(start, end)], why="ner")
        else:
            person.spans.append((start, end))
            person.titles += [t for t in titles if t not in person.titles]
    return list(added.values())


def unique_unit(name: str, year: int | None = None) -> Region | None:
    """The one administrative unit a gazetteer name denotes in ``year`` (without one, today's), or None
    (unknown, shared, a stop word, none then: 云冈 in a 1999 article, before 云冈区 of 2018)."""
    from extract.extractors.regions import key_units, region_index

    entries = region_index().keys.get(name, ())
    # (a unit whose full name is a common noun, 新区 or 郊区 of some city, is never one by itself)
    if not entries or any(e.kind != "unit" or (e.full and e.weak and len(name) <= 2) for e in entries):
        return None
    units = {u.ref: u for u in key_units(name, year)}  # the year's units (宁乡 in 2016: 宁乡县; today 宁乡市)
    if len(units) != 1:
        return None
    (u,) = units.values()
    cur = CurrentUnit(name=u.current[0], adcode=u.current[1]) if u.current else None
    return Region(name=u.name, level=u.level, adcode=u.adcode, parents=list(u.parents), current=cur)


def addable_places(
    text: str, candidates: Iterable[tuple[int, int]], regions: list[Region], year: int | None = None
) -> list[tuple[int, int]]:
    """The place names the rules left out that a place entity could still add (``ner_regions``'s
    own conditions, read before the model runs): the text there starts with the name of one
    single unit that is not reported yet and whose prefecture or province is.  Only these get
    a window: the model's entity around any other one would add nothing."""
    have = {r.name for r in regions}
    out = []
    for start, end in candidates:
        for length in range(2, min(8, len(text) - start) + 1):
            unit = unique_unit(text[start : start + length], year)
            if unit is not None and unit.name not in have and have.intersection(unit.parents):
                out.append((start, end))
                break
    return out


# a Han character after a name that still ends it: a joiner or a level (井冈山|精神 runs on; 井冈山市 ends)
_NAME_ENDS_BEFORE = frozenset("和与及市县区州盟旗")


def ner_regions(entities: list[Entity], text: str, regions: list[Region], year: int | None = None) -> list[Region]:
    """Regions the model's place entities name that the rules did not report.

    A place entity (``address``/``LOC``) that starts with a gazetteer name of one single
    unit (义乌国际商贸城 → 义乌) adds that unit when it does not overlap a region the rules
    found (兰西 in 兰西城市群) and the unit's prefecture or province is mentioned in the
    article (义乌 beside 浙江), as the rules themselves ask of a short county name."""
    from extract.extractors.regions.gazetteer import weak_short_forms  # (lazily, as the other region imports here)

    have = {r.name for r in regions}
    covered = [sp for r in regions for sp in r.spans]
    added: dict[str, Region] = {}
    for start, end, label in entities:
        if label not in PLACE:
            continue
        found = _leading_unit(text[start:end], year)
        if found is None:
            continue
        region, length = found
        if region.name in have or not have.intersection(region.parents):
            continue
        written = text[start : start + length]
        if written != region.name and written in weak_short_forms() and region.level == "county":
            continue  # (中原古都旅游推介会: 中原, the Central Plains, is 中原区's weak short form: the name asked)
        if start + length < len(text) and text[start + length] in _feature_suffixes():
            continue  # 嘉陵江 is a river
        if text[start + length - 1] in "江河湖" and text[start : start + length] != region.name:
            continue  # 沅江 (the river) is no 沅江市 where only the short form is written
        after = text[start + length : start + length + 1]
        if after in _LEVEL_WORDS and written + after != region.name and not region.name.startswith(written + after):
            continue  # (越南谅山省、广宁省: a province of another level than 广宁县's — a foreign one)
        runs_on = bool(after) and is_han(after) and after not in _NAME_ENDS_BEFORE
        if text[start + length - 1] == "山" and text[start : start + length] != region.name and runs_on:
            continue  # 井冈山|精神: a short form ending as a mountain's name and running on into a word, no 井冈山市
        if any(s < start + length and start < e for s, e in covered):
            continue
        if region.name in added:
            added[region.name].spans.append((start, start + length))
        else:
            added[region.name] = region.model_copy(update={"spans": [(start, start + length)]})
    return list(added.values())


_LEVEL_WORDS = frozenset("省市县州区盟旗")  # a level word right after a short form names the unit of that level


def _leading_unit(place: str, year: int | None = None) -> tuple[Region, int] | None:
    """The unique unit whose name the place text starts with (longest name first)."""
    for length in range(min(len(place), 8), 1, -1):
        region = unique_unit(place[:length], year)
        if region is not None:
            return region, length
    return None
