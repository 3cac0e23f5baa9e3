"""The main meeting or ceremony an article reports: name, where it is written, place phrase.

Chinese meeting reports name their event in a few shapes, in the headline and
again in the lead: `<name>(于<day>)(在<place>)举行/召开`, `(在<place>)召开/举行了<name>`,
`出席/参加(…举行的)“<name>”`, and a signing told without a ceremony's name
(`…在渭南共同签署《…》`: an event whose name is null).  Every such mention in the
headline and the lead is a candidate; each is scored on evidence (the shape that
found it, where it stands, what its name holds: an ordinal 第三届, a place, words
of cooperation; a clause word at its start or a vague head noun count against) and
the best is the event.  The lead usually repeats the headline's event with its
full name: that mention is the one kept.  The place phrase (`我市`, `合肥`, `汉`)
and the host of a delegation (`赴贵州`, `到广州出席`, `来沪`) are resolved to a city
by the regions stage; the event's days are read from its own sentence (see
``pipeline.event_dates``).  Vocabulary: ``rules/events.tsv``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from functools import cache

from extract.extractors.dates import DAY_NUMERAL, MONTH_NUMERAL, cn_number
from extract.extractors.namelex import alternation
from extract.rules import read_groups, read_tsv

# characters of an event name: no sentence punctuation, no brackets, no quotes (a quoted
# phrase inside a name, “一带一路”, is taken whole)
# (no bar: a headline's kicker stands before one, 亳商携手｜首届亳商区域协同发展论坛举行)
_NAME_CHAR = r"[^\s，,。；;：:！？!?、()（）【】〔〕\[\]《》|｜丨“”「」\"‘’『』]"
_QUOTED = r"(?:[“「『\"][^“”「」『』\"\n]{1,16}[”」』\"])"
# the place a fair is held in, in brackets inside its name: 淮安（香港）经贸洽谈会; the places of a
# border's or a river's stretch: 浙闽边界（苍南—福鼎）, 汀江—韩江流域（永定—大埔段）
_BRACKETED_PLACE = r"(?:(?<=[\u4e00-\u9fff])[（(][\u4e00-\u9fff·•—–－]{2,11}[）)](?=[\u4e00-\u9fff]))"  # (中卫·白银)
# a word in brackets inside a name, the other title of a member (第八次市长（盟长）联席会议, 市（州）长
# 联席会议); no day's number in brackets (首长会议（十二）日在…)
_BRACKETED_WORD = (
    r"(?:(?<=[\u4e00-\u9fff])[（(](?![〇零一二三四五六七八九十百]+[）)])[\u4e00-\u9fff、]{1,5}[）)](?=[\u4e00-\u9fff])"
    # (or a formula of its members in brackets: 深莞惠经济圈（3+2）党政主要领导第九次联席会议)
    r"|(?<=[\u4e00-\u9fff])[（(][0-9０-９]{1,2}[+＋][0-9０-９]{1,2}[）)](?=[\u4e00-\u9fff]))"
)
_SHORT_WORD = re.compile(r"[\u4e00-\u9fff、]{1,3}")  # (盟长), (州), (市、区): no byline's (记者王五)
_FORMULA = re.compile(r"[0-9０-９]{1,2}[+＋][0-9０-９]{1,2}")  # (3+2): a zone's members, three and two joined
# a province-level name's level (河南省 → 河南, 广西壮族自治区 → 广西)
_PROVINCE_SUFFIX = re.compile(r"(?:省|市|特别行政区|(?:壮族|回族|维吾尔)?自治区)$")


@cache
def name_unit() -> str:
    """What a character of an event's name may be, as a pattern: a name's character, a quoted part, a place
    or a word in brackets, or a list comma between places (万州区、开县、云阳县一体化…签约仪式; 丽江地区、怒江
    傈僳族自治州…; short names a count closes: 苏州、无锡、常州三市…; each after its province's short name, from
    rules/province_abbreviations.tsv: 河南淅川、湖北郧县、陕西商南三县…联席会议; bodies of the sides:
    宜宾市人民政府、乐山市人民政府与…签约仪式, 甘孜州公安局、迪庆州公安局…, 西安海关、兰州海关…; portfolios before
    their departments: 交通、商务部门合作签约仪式)."""
    provinces = {_PROVINCE_SUFFIX.sub("", row[1]) for row in read_tsv("province_abbreviations.tsv")}
    shorts = "|".join(sorted(provinces, key=len, reverse=True))
    listed = rf"(?:(?:{shorts})?[\u4e00-\u9fff]{{2,3}})"  # a place's short name, its province's before it
    place_comma = (
        # (a university or an academy among them: 中国矿业大学、徐州市人民政府、鄂尔多斯市人民政府三方…签约仪式)
        r"(?:(?:(?<=政府)|(?<=[厅局委办会司团行])|(?<=海关)|(?<=大学)|(?<=[学科]院))、"
        r"(?=[\u4e00-\u9fff]{2,12}?(?:政府|[厅局委办]|委员会|公司|集团|银行|海关|大学|[学科]院))"
        r"|(?<=[区县市州省旗盟])、(?=[\u4e00-\u9fff]{1,12}?[区县市州省旗盟])"
        rf"|(?<=[\u4e00-\u9fff])、(?=(?:{listed}、){{0,6}}{listed}[两二三四五六七八九十]+[省市县区地州盟]))"
        # (posts listed before the meeting of their holders: 第三次专员、市长联席会议, 书记、市长座谈会)
        r"|(?<=[长员记任席])、(?=[\u4e00-\u9fff]{1,4}?[长员记任席](?:联席会议|联席会|会议|座谈会|论坛|峰会))"
        # (portfolios listed before the departments they name: 交通、商务部门合作签约仪式)
        r"|(?<=[\u4e00-\u9fff]{2})、(?=(?:[\u4e00-\u9fff]{2}、){0,4}[\u4e00-\u9fff]{2}部门)"
    )
    # (an apostrophe before a year of two digits: ’96吉抚边界经贸洽谈会)
    return rf"(?:{_NAME_CHAR}|{_QUOTED}|{_BRACKETED_PLACE}|{_BRACKETED_WORD}|{place_comma}|[’'‘](?=[0-9]{{2}}))"
_PLACE = r"[^\s，,。；;：:！？!?、()（）【】〔〕\[\]《》|“”「」\"]"
# a venue named at length, a quoted name inside it (在霍尔果斯口岸中哈霍尔果斯国际边境合作中心召开, 在停靠芜湖港
# 朱家桥港区的“江城号”游轮上举行)
# (a list of the organs whose seat it is, 在伊克昭盟盟委、盟公署所在地东胜市召开: a list comma between words)
# (or a place in brackets inside the name of the event held at: 在「闽西龙岩（澳门）经贸合作交流会」上举行)
_VENUE = (
    rf"(?:[^\s，,。；;：:！？!?、()（）【】〔〕\[\]《》|]|(?<=[\u4e00-\u9fff])、(?=[\u4e00-\u9fff])|{_BRACKETED_PLACE})"
)
# the venue a Hong Kong or Macau page says an event was held at with 假/假座 (borrowing it) where others write 在:
# 昨（8）日假澳門旅遊塔會展娛樂中心舉辦「…推介會」 (not a holiday's 假: 暑假, 假期)
_BORROWED = r"(?<![暑寒休放请度年节病事])假座?(?![期日])"
VENUE_MAX = 30  # characters of a venue phrase between 在 and the meeting's verb
PRESIDER_MAX = 40  # characters of who presides between 由 and the word of presiding (由…处长宋敏雄主持)
# (起 and 连 too: 27日起一连三天, the first of a run of days; and a comma before a weekday, inside a day's note:
# 昨日（21日，星期五）在杭州举行)
_WHEN_CHARS = (
    r"(?:[0-9０-９一二三四五六七八九十〇零年月日号至到—\-~～上下午晚昨今前明天本当同个旬初底中（）()周星期礼拜起连]"
    r"|[，,](?=星期|礼拜|周[一二三四五六日天]))"
)
_OPEN_Q = r"[“「『\"]?"
_CLOSE_Q = r"[”」』\"]?"
SIGNING_SCORE = 2.5  # a signing told in the lead, without a ceremony's name: below a named meeting
LEAD_SENTENCES = 12  # body sentences (after the headline) read for candidates
SURE_AFTER, SURE_SCORE = 4, 5.0  # a candidate this good in the first sentences ends the search
LEAD_CHARS = 2500


@dataclass(frozen=True)
class EventRules:
    name_first: re.Pattern[str]
    verb_first: re.Pattern[str]
    signing: re.Pattern[str]
    visit: re.Pattern[str]
    prefixes: tuple[str, ...]
    badstarts: tuple[str, ...]
    namestarts: tuple[str, ...]  # words a name may open with though a badstart opens them (经济)
    weak: frozenset[str]
    cooperation: re.Pattern[str]
    nouns: tuple[str, ...]
    any_noun: re.Pattern[str]
    any_verb: re.Pattern[str]  # name_first needs one of the verbs (or a word of presiding: any_presiding)
    any_verb_or_attend: re.Pattern[str]  # verb_first one of the verbs or the attending verbs
    # a headline's first part that is the event's name alone, before the space that parts it from the
    # rest (云嘉嘉南区域合作首长会议　四县市签观光合作备忘录)
    headline_part: re.Pattern[str]
    manner: str  # adverbs between an event's name and its verb (随即, 隆重), as an alternation ("(?!)": none)
    signing_verb: re.Pattern[str]  # the verbs of a signing (签署, 签订, 签约)
    # the event as the occasion of a clause (12日上午，在南平宁德区域合作第一次联席会议上，市委书记…说)
    occasion: re.Pattern[str]
    # the full name the text gives a meeting (这次座谈会名为X座谈会, 被称为“X联席会议”的座谈)
    naming: re.Pattern[str]
    # … or a dash after the head noun it was told by (…首次党政联席会议——X第一次党政联席会议)
    renaming: re.Pattern[str]
    any_presiding: re.Pattern[str]  # the words of presiding (events.tsv presided): name_first's other verbs
    internal: re.Pattern[str]  # a body's own routine meeting (常务会议, 常委会扩大会议): no side's meeting with another


@cache
def event_rules() -> EventRules:
    kinds: tuple[str, ...] = ("noun", "verb", "prefix", "attend", "visit", "purpose", "sign", "badstart", "weak")
    kinds += ("cooperation", "manner", "naming", "namestart", "presided", "internal", "record")
    groups = read_groups("events.tsv")
    words = {k: list(groups.get(k, ())) for k in kinds}
    alt = alternation
    noun, verb, attend = alt(words["noun"]), alt(words["verb"]), alt(words["attend"])
    name = rf"(?P<name>{name_unit()}{{2,56}}?(?:{noun}))"
    # (a headline's day may be one character: 赣澳合作交流会昨举行, 联席会议今召开)
    when = rf"(?P<when>(?:将|即将|正式|已)?(?:于|在)?(?:{_WHEN_CHARS}{{2,24}}|[昨今明]))"
    # (a comma may stand between the name and its day: 首长会报，昨（25）日在新竹县政府举行)
    # (the manner may stand before the verb: 以视频连线方式举行, 以线上线下相结合的形式召开)
    # (通过视频连线方式举行, 采取线上线下结合的形式召开)
    manner = r"(?:(?:以|通过|采取|采用)[^，,。；;\s]{1,14}?(?:方式|形式))"
    # (an adverb may stand before the place or the verb: 交流会随即举行, 座谈会隆重召开)
    manners = alt(words["manner"]) or "(?!)"
    adverb = rf"(?:{manners})?"
    # (or who presides over it, after 由: 签约仪式由台湾省政府环境保护处处长宋敏雄主持)
    presided = rf"由[^，,。；;！？\s]{{2,{PRESIDER_MAX}}}?(?:{alt(words['presided']) or '(?!)'})"
    name_first = re.compile(
        rf"{_OPEN_Q}{name}{_CLOSE_Q}(?:[，,](?={_WHEN_CHARS}))?{when}?(?:将|即将)?{adverb}"
        # (not a verb that opens a noun: “…精品展”|开幕式暨…签约仪式 — the ceremony's name goes on)
        rf"(?:(?:在|于|{_BORROWED})(?P<place>{_VENUE}{{1,{VENUE_MAX}}}?))?{manner}?{adverb}(?:(?:{verb})(?!式)|{presided})"
    )
    verb_first = re.compile(
        rf"(?:(?:在|{_BORROWED})(?P<place>{_PLACE}{{1,12}}?))?(?P<verb>{verb}|{attend})(?:了|的)?"
        # (出席在澳门旅游塔会展中心举行的百色—澳门经贸合作交流会: where it is held, as the name's attribute)
        rf"(?:在(?P<held_at>{_PLACE}{{1,12}}?)(?:{verb})的)?"
        # (…举行X座谈会并签署合作协议: the name ends before 并 and the next verb)
        # (举行首次「云彰…会报」: an ordinal before a quoted name stays outside it)
        rf"(?:(?P<when>{_WHEN_CHARS}{{1,16}})?(?:{verb})的)?(?:(?:首次|首届|第[0-9一二三四五六七八九十百]+[次届])(?=[「“『]))?"
        # (出席由香港特区政府与沈阳市人民政府合办的「港沈经贸合作交流会」: who holds it, before the quoted name)
        rf"(?:由{_PLACE}{{2,40}}?(?:联合|共同)?(?:主办|合办|承办|举办)的(?=[「“『]))?"
        # (…举行港深创科合作联合记者会|的答问内容: the record of it a press release gives, events.tsv record)
        rf"{_OPEN_Q}{name}{_CLOSE_Q}(?:(?!{_NAME_CHAR})|(?=上)|(?=并)|(?=的(?:{alt(words['record']) or '(?!)'})))"
    )
    signing = re.compile(
        rf"(?:(?P<when>{_WHEN_CHARS}{{2,16}}))?(?:在(?P<place>{_PLACE}{{1,12}}?))?(?:共同|正式)?(?:{alt(words['sign'])})了?《"
    )
    # (when and place: groups that never take part, as the other patterns have them)
    headline_part = re.compile(rf"^\s*{_OPEN_Q}{name}{_CLOSE_Q}(?=[ \t\u3000]+\S)(?P<when>(?!))?(?P<place>(?!))?")
    # (not a word the visit's character opens: 接待来访的台中县长…, 来宾, 来自: no 来 + a host)
    # (not a return home: 昨（21）日返抵台中, 回到厦门)
    visit = re.compile(
        rf"(?<![返回])(?:{alt(words['visit'])})(?![访宾自])(?P<host>{_PLACE}{{1,10}}?)(?=(?:{alt(words['purpose'])})|[，,。]|$)"
    )
    return EventRules(
        name_first,
        verb_first,
        signing,
        visit,
        tuple(sorted(words["prefix"], key=len, reverse=True)),
        tuple(sorted(words["badstart"], key=len, reverse=True)),
        tuple(words["namestart"]),
        frozenset(words["weak"]),
        re.compile(alt(words["cooperation"])),
        tuple(sorted(words["noun"], key=len, reverse=True)),
        re.compile(noun),
        re.compile(verb),
        re.compile(alt(words["verb"] + words["attend"])),
        headline_part,
        manners,
        re.compile(alt(words["sign"])),
        # (or its doers before it and their verb after it, no comma: 林振益、张文雄在高雄县、嘉义县观光策略联盟
        # 签约仪式上一同为联盟揭牌)
        re.compile(
            rf"(?P<lead>(?:^|(?<=[，,。；;\s])))?在{_OPEN_Q}{name}{_CLOSE_Q}(?(lead)(?:上|期间)[，,]|上"
            rf"(?=(?:一同|共同|一起)?(?:为|向)?[^，,。；;]{{0,6}}?(?:揭牌|揭幕|签署|签订|签约|致辞|讲话)))"
            r"(?P<when>(?!))?(?P<place>(?!))?"
        ),
        re.compile(rf"(?:{alt(words['naming']) or '(?!)'}){_OPEN_Q}{name}(?P<when>(?!))?(?P<place>(?!))?"),
        # (a dash after the meeting's head noun: …召开的第一次座谈会——X座谈会)
        re.compile(rf"(?:(?:{alt(words['naming']) or '(?!)'})|(?:{noun})——){_OPEN_Q}{name}"),
        re.compile(alt(words["presided"]) or "(?!)"),
        re.compile(alt(words["internal"]) or "(?!)"),
    )


@cache
def end_verbs() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The verbs of an event's closing and of its opening (rules/events.tsv ``closing``, ``opening``)."""
    groups = read_groups("events.tsv")
    return tuple(re.compile(alternation(list(groups.get(k, ()))) or "(?!)") for k in ("closing", "opening"))  # type: ignore[return-value]


@dataclass
class EventMention:
    name: str | None
    span: tuple[int, int]  # the name's span (the trigger's for a nameless signing)
    place: str | None  # the place phrase as written (我市, 合肥, 汉), or a prefix like 全市
    when: tuple[int, int] | None = None  # a day written inside the mention (于7月28日, (十二)日)
    score: float = 0.0
    hosts: tuple[str, ...] = ()  # where a delegation went (赴贵州, 到广州出席), nearest first
    in_headline: bool = False
    mentions: tuple[tuple[int, int], ...] = ()  # every mention of the same event, body first, in text order
    whens: tuple[tuple[int, int] | None, ...] = ()  # the day written inside each of those mentions
    visit: bool = False  # a delegation's visit named by the headline (its sides: the delegation and its host)
    announced: bool = False  # its place is told for later (并将在上海举办第二届论坛)
    edition: frozenset[str] = frozenset()  # the numbers of its clause up to its name (2026年, 第三届)
    # the places its other told mentions write, in order (在京 in the headline where the lead's 在新疆大厦 names no
    # city): read where ``place`` names none
    other_places: tuple[str, ...] = ()


_ORDINAL = re.compile(r"第[0-9０-９一二三四五六七八九十百]+[届次期]|首届|[0-9]{4}年?|[一二三四五六七八九十〇零]{3,4}年")
_EDITION = re.compile(r"第[0-9０-９一二三四五六七八九十百]+[届次期]|首届|首次")  # an edition written (no year)
_ORDINAL_NUMBER = re.compile(r"第[0-9０-９一二三四五六七八九十百]+[届次期]|首届|(?:19|20)[0-9]{2}")
# (会议上/会议中: at the meeting, right after its name; not 3日上午 or 上周五, its day)
_SINCE = re.compile(r"^(?:.{0,8}(?:以来|之后|以后|期间|时)|[上中](?![午周星礼个月旬]))")


def _clean_name(name: str) -> tuple[str, str | None, int]:
    """Strip leading words that are not the name; returns name, the prefix, chars removed."""
    cut = 0
    # a clause before the name: 以“X”为主题的Y峰会 → Y峰会
    k = name.rfind("的")
    if 0 <= k and len(name) - k - 1 >= 4:
        cut = k + 1
        name = name[cut:]
    # a clause of taking part before it: 在宁波出席|第七届甬港经济合作论坛(开幕式), read with 开幕 as its verb
    for m in reversed(list(_ATTENDING.finditer(name))):
        if len(name) - m.end() >= 4:
            cut += m.end()
            name = name[m.end() :]
            break
    # a clause holding the meeting before it: (出席…会议的)贵州代表团与山东代表团在北京贵州大厦举行|黔鲁扶贫协作座谈会
    for m in reversed(list(_HOLDING.finditer(name))):
        if len(name) - m.end() >= 4:
            cut += m.end()
            name = name[m.end() :]
            break
    for p in event_rules().prefixes:
        if name.startswith(p) and len(name) - len(p) >= 4:
            return name[len(p) :], p, cut + len(p)
    return name, None, cut


_ATTENDING = re.compile(r"出席|参加|列席")  # (rules/events.tsv ``attend`` that never stand inside a name)
_HOLDING = re.compile(r"举行了?|召开了?|举办了?")  # (a verb of holding: a name's clause ends there, never inside it)
_IN_BRACKETS = re.compile(r"[（(]([^（）()]+)[）)]")
_LEADING_DASHES = "—–-－~～·•"  # a deck's or a list's mark before a name is none of it


def _unit_key(word: str) -> bool:
    """``word`` is a gazetteer key of a division (和田, 于都县)."""
    from extract.extractors.regions import region_index

    return any(e.kind == "unit" for e in region_index().keys.get(word, ()))


PAIR_BONUS = 0.5  # a cooperation meeting whose name opens with two places joined (来宾·韶关…, 香港·青浦…)
# the words and marks that join a name's two places (香港·青浦…, 浏阳市—纳库鲁郡…, 从化区与龙岗区…; the abroad
# step of parties too)
PAIR_JOINERS = "·・—－与和同"


def _joins_places(name: str) -> bool:
    """``name`` opens with two divisions' names joined by a mark or a word (香港·青浦…, 从化区与龙岗区…)."""
    for k in range(2, min(7, len(name) - 2) + 1):
        if name[k] in PAIR_JOINERS and _unit_key(name[:k]) and _opens_with_place(name[k + 1 :]):
            return True
    return False


def _opens_with_place(name: str) -> bool:
    """``name`` opens with the name of a division of the gazetteer (和田地区, 于都县, 同心县; 和田 alone too)."""
    return any(_unit_key(name[:k]) for k in range(2, min(7, len(name)) + 1))


_PLACE_JOINERS = re.compile(r"[·•—–\-－~～、/]")


def _is_place(text: str) -> bool:
    """The words in brackets inside a name are a place, or places joined by ·, a dash or 、, or a
    river's stretch between places (淮安（香港）经贸洽谈会, 宁甘毗邻地区（中卫·白银）合作发展联席会议,
    浙闽边界（苍南—福鼎）…联席会议, 汀江—韩江流域（永定—大埔段）…联席会议)."""
    from extract.extractors.regions import region_index

    keys = region_index().keys  # (the names themselves: 白银 alone needs no support to be a name)
    parts = _PLACE_JOINERS.split(text.removesuffix("段"))
    return all(any(e.kind in ("unit", "zone") for e in keys.get(p, ())) for p in parts if p)


_PLACE_KEY_CHARS = (2, 3)  # the lengths of the short names two places a name lists with 、 may have


def _places_joined(text: str) -> str:
    """``text`` with the 、 between two places' short names (gazetteer keys: 苗栗、赣州客家文化交流座谈会), a pair
    not in a longer list, read as a name's joiner (·), so a name pattern takes the pair; the same length, so its
    positions index ``text``."""
    def pair(i: int) -> bool:  # (two places, not a list of more: 商丘、周口、驻马店、信阳黄淮四市… keeps its 、)
        left = [k for k in _PLACE_KEY_CHARS if i >= k and _unit_key(text[i - k : i])]
        right = [k for k in _PLACE_KEY_CHARS if _unit_key(text[i + 1 : i + 1 + k])]
        return (
            any(text[i - k - 1 : i - k] != "、" for k in left)
            and any(text[i + 1 + k : i + 2 + k] != "、" for k in right)
        )

    chars: list[str] | None = None
    i = text.find("、")
    while i >= 0:
        if pair(i):
            chars = chars or list(text)
            chars[i] = "·"
        i = text.find("、", i + 1)
    return text if chars is None else "".join(chars)


def _candidates(text: str, offset: int, index: int, headline: bool, body: str | None = None) -> list[EventMention]:
    """The event mentions of one sentence ``text`` at ``offset`` of the ``body`` (where given: a speaker who opens
    the paragraph is read there)."""
    rules = event_rules()
    out: list[EventMention] = []
    # the name patterns need a head noun, and a verb (name_first) or a verb or an attending verb
    # (verb_first): a sentence without them is not scanned (a name is tried at every character, up
    # to 40 units long: a third of the event stage's time was such scans that found nothing)
    named = rules.any_noun.search(text) is not None
    patterns = [
        (kind, pattern)
        for kind, pattern, needs in (
            ("name_first", rules.name_first, (rules.any_verb, rules.any_presiding)),
            ("verb_first", rules.verb_first, (rules.any_verb_or_attend,)),
        )
        if named and any(n.search(text) is not None for n in needs)
    ]
    if headline and named:
        patterns.append(("headline_part", rules.headline_part))
    if named and "在" in text:
        patterns.append(("occasion", rules.occasion))
    if named and not headline:
        patterns.append(("naming", rules.naming))  # (这次座谈会名为X座谈会: the name the text gives it)
    joined = _places_joined(text) if named and "、" in text else text
    for kind, pattern in patterns:
        for m in pattern.finditer(joined if kind in ("name_first", "verb_first") else text):
            raw = text[m.start("name") : m.end("name")]
            if kind == "headline_part" and rules.any_verb_or_attend.search(raw):
                continue  # (柳桂两市举行…对接会　签约…: a clause with its verb, read by the patterns above)
            if kind == "verb_first" and text.startswith("并", m.end("name")) and (raw in rules.weak or len(raw) <= 4):
                continue  # (举行签约仪式并签署…: a bare ceremony, no name of its own)
            name, prefix, cut = _clean_name(raw)
            # (a deck's dash before it: ——临沂连云港两市第一次区域合作联席会议在港城召开)
            bare = name.lstrip(_LEADING_DASHES)
            cut += len(name) - len(bare)
            # (「中苗区域合作平台」首长会议: a quoted part of the name closed inside it — the marks stay with it; a
            # name quoted whole, 「高东观光策略联盟签约仪式」, loses them)
            name = bare.strip("“”「」\"")
            for left, right in ("「」", "“”", "『』"):
                if right in name and left not in name and bare.startswith(left):
                    name = left + name
                    # (but a theme quoted before a name of its own that opens with a place: 「秀山丽水·诗画田园」
                    # 丽水旅游推介会 — the name is what follows it)
                    rest = name[name.index(right) + 1 :]
                    if len(rest) >= 6 and _opens_with_place(rest) and rules.any_noun.search(rest):
                        cut += len(name) - len(rest)
                        name = rest
            start = offset + m.start("name") + cut
            before, dash, after = name.rpartition("——")
            # (not a dash inside a quoted title the name opens with: “吉金耀中华——宝鸡青铜器精品展”开幕式暨…签约仪式)
            quoted = any(before.count(pair[0]) > before.count(pair[1]) for pair in _QUOTE_PAIRS)
            # (nor an exhibition's theme before its subject: 港厦百年街区——中西区与思明区历史档案图片展 is one title)
            themed = after.endswith("展") and not (
                rules.any_noun.search(before) or rules.any_verb_or_attend.search(before)
            )
            if dash and not quoted and not themed and rules.any_noun.search(after) and (
                rules.any_noun.search(before[-6:]) or (len(after) >= 6 and _opens_with_place(after))
            ):
                # (…召开的第一次座谈会——连南江华两县合作发展座谈会: the name the dash gives it; or a lead's words
                # before it, 鄂豫两省跨省横向联合又结新果——湖北省荆门市与…座谈会: the name is what follows)
                start += len(before) + len(dash)
                name = after
            for b in reversed(list(_IN_BRACKETS.finditer(name))):
                inner = b.group(1)
                if not _is_place(inner) and not _SHORT_WORD.fullmatch(inner) and not _FORMULA.fullmatch(inner):
                    # （记者X）新闻稿…会议: the name begins after it
                    start += b.end()
                    name = name[b.end() :]
                    break
            score = 3.0
            if kind == "verb_first" and m.group("verb") in ("主持", "参与", "列席"):
                score -= 0.5
            if _ORDINAL.search(name):
                score += 1
            if rules.cooperation.search(name):
                score += 1
                if _joins_places(name):
                    score += PAIR_BONUS  # (香港·青浦投资推广合作交流会: the sides' own meeting, by the places it joins)
            elif kind == "verb_first" and _ATTENDING.fullmatch(m.group("verb")):
                # (an occasion of others the side attends, 出席第25届中国哈尔滨国际冰雪节开幕活动, before the
                # sides' own meeting the lead tells next: 与哈尔滨市政府举行「北县与哈尔滨观光交流座谈会」)
                score -= ATTENDED_PENALTY
            if rules.internal.search(name) and not rules.cooperation.search(name):
                # (市政府第46次常务会议, 县委常委会扩大会议: a body's own routine meeting, the first item of a digest
                # page whose cooperation item is told below it — no meeting of the sides)
                score -= INTERNAL_PENALTY
            if name in rules.weak or len(name) <= 3:
                score -= 3
            elif any(name.endswith(w) for w in rules.weak) and len(name) <= 6:
                score -= 1
            # (not a word of names, 经济协作座谈会, nor a place's name the badstart's character opens: 和田地区…座谈会)
            bad_start = name.startswith(rules.badstarts) and not name.startswith(rules.namestarts)
            if bad_start and not _opens_with_place(name):
                score -= 3
            if kind != "occasion" and _SINCE.match(text[m.end("name") :]):  # 自…首届会商会以来: a past one
                score -= 3
            if headline:
                score += 1
            elif in_speech(body, offset + m.start("name")) if body is not None else in_speech(text, m.start("name")):
                score -= SPEECH_PENALTY  # (吴昌林说，今年6月，首届…论坛在香港、澳门和广州举行: a speaker's example)
            if kind in ("headline_part", "occasion"):
                score -= HEADLINE_PART_PENALTY  # (a name without its verb: the told mention of it is kept)
            score -= 0.2 * index
            # (明年1月召开第一次工作小组会议: a meeting the article announces for later is not the one
            # it reports, whatever its ordinal)
            later = _announced_edition(text, m)
            if later:
                score -= ANNOUNCED_PENALTY
            when = (offset + m.start("when"), offset + m.end("when")) if m.group("when") else None
            place = (text[m.start("place") : m.end("place")] if m.group("place") else None) or (
                m.groupdict().get("held_at") or prefix
            )
            out.append(
                EventMention(name, (start, start + len(name)), place, when, score, in_headline=headline,
                             announced=bool(place) and later, edition=_edition(text, m))
            )
    if "《" in text and not any(c.score > 0 for c in out):
        for m in rules.signing.finditer(text):
            when = (offset + m.start("when"), offset + m.end("when")) if m.group("when") else None
            out.append(
                EventMention(None, (offset + m.start(), offset + m.end()), m.group("place"), when,
                             SIGNING_SCORE - 0.2 * index, in_headline=headline)
            )
            break
    elif not headline and "《" not in text and not any(c.score > 0 for c in out):
        # a signing of a document named by its kind alone (川渝两省市在京签署合作协议): the event, named by none,
        # below one whose document is named
        for m in _bare_signing().finditer(text):
            lo = _clause_start(text, m.start())
            verb = m.start("verb")
            if told_to_come(text, lo, verb):
                continue  # (双方将签署合作协议: to come)
            when = (offset + m.start("when"), offset + m.end("when")) if m.group("when") else None
            out.append(
                EventMention(None, (offset + m.start(), offset + m.end()), m.group("place"), when,
                             BARE_SIGNING_SCORE - 0.2 * index, in_headline=headline)
            )
            break
    return out


BARE_SIGNING_SCORE = 2.0  # a signing of a document named by its kind alone: below one whose document is named


@cache
def _bare_signing() -> re.Pattern[str]:
    """A signing of a document named by its kind alone, closing its clause (在京签署合作协议，, 签订了战略合作框架
    协议。): rules/events.tsv ``sign`` verbs (not 签约, which wants no object) and the agreements' kinds of
    rules/document_kinds.tsv."""
    from extract.extractors.agreements import document_rules

    agreements = (k for k, v in document_rules().kinds.items() if v == "agreement")
    kinds = alternation(sorted(agreements, key=len, reverse=True))
    verbs = alternation([v for v in read_groups("events.tsv").get("sign", ()) if v != "签约"])
    return re.compile(
        rf"(?:(?P<when>{_WHEN_CHARS}{{2,16}}))?(?:在(?P<place>{_PLACE}{{1,12}}?))?(?:共同|正式)?(?P<verb>{verbs})了?"
        rf"[\u4e00-\u9fff]{{0,12}}?(?:{kinds})(?=[，,。；;、])"
    )


# (or a meeting held in turns every year, 每年轮流举办…研讨会: the arrangement, no meeting the article reports)
_NEXT_TIME = re.compile(r"明年|后年|下届|下一届|下次|下一次|每年轮流|轮流举办|轮流召开")
_AGREED_ON = re.compile(r"(?:商定|约定|议定|确定|决定)[，,：:][^。！？]*$")  # the sentence tells what was agreed
_AGREE_TO = re.compile(r"同意|商定|约定|议定")  # in the clause before it: 并同意今年十月在澳门举行第二次…会议
_CLAUSE_MARK = re.compile(r"[，,；;：:]")
_GOES_ON = re.compile(r"\s*(?:并|还|同时|另|亦)")  # a clause that goes on from the one before it


def _clause_start(text: str, at: int) -> int:
    """Where the clause holding ``at`` starts: after the last comma, semicolon or colon before it."""
    marks = [c.end() for c in _CLAUSE_MARK.finditer(text, 0, at)]
    return marks[-1] if marks else 0


def _edition(text: str, m: re.Match[str]) -> frozenset[str]:
    """The numbers of an edition (2026年, 第三届) in the mention's clause up to the end of its name."""
    return frozenset(_ORDINAL_NUMBER.findall(text, _clause_start(text, m.start()), m.end("name")))


def told_to_come(text: str, lo: int, hi: int) -> bool:
    """``text[lo:hi]`` holds a word of what is to come: a future word (document_actions.tsv ``future``: 将, 拟, 计划,
    届时) or a time to come (明年, 下届)."""
    from extract.extractors.agreements import document_rules

    return document_rules().future.search(text, lo, hi) is not None or _NEXT_TIME.search(text, lo, hi) is not None


def _announced_edition(text: str, m: re.Match[str]) -> bool:
    """The mention's clause announces it for later (…并将在上海举办「X论坛」第二届论坛; X论坛将于明年在
    杭州举行): a future word (document_actions.tsv ``future``: 将, 拟, 计划) or a time to come (明年,
    下届) in its clause outside the name."""
    lo = _clause_start(text, m.start())
    rest = text[lo : m.start("name")] + "|" + text[m.end("name") : m.end()]
    if told_to_come(rest, 0, len(rest)) or _AGREE_TO.search(text, lo, m.start("name")):
        return True
    # (a clause going on with 并 from one that says what is to come: 双方将互设联络窗口，并于今年九月在西宁合办…推介会)
    if _GOES_ON.match(text, lo) and lo > 0 and told_to_come(text, _clause_start(text, lo - 1), lo):
        return True
    # (两市商定，…，今年下半年在南阳召开第一次会议: what the sides agreed on, still to come)
    return _AGREED_ON.search(text, 0, lo) is not None


def visit_headline(line: str) -> bool:
    """The line is a delegation's visit told as a headline (州党政代表团赴秀山考察, 海东地区党政代表团赴兰州学习
    考察)."""
    line = line.strip()
    return _visit_patterns()[0].fullmatch(line) is not None or _call_headline().fullmatch(line) is not None


@cache
def _call_headline() -> re.Pattern[str]:
    """A delegation's visit told by its verb of calling and the host alone (顺德党政代表团访澳, 台中县农业参访团访问
    漳州): the delegation words of rules/parties.tsv, then events.tsv ``call`` and a short host."""
    from extract.rules import read_groups

    call = alternation(list(read_groups("events.tsv").get("call", ()))) or "(?!)"
    return re.compile(rf"[^，,。；;！？\s]{{2,24}}?{_delegation()}(?:{call})[^，,。；;！？\s]{{1,6}}")


@cache
def _delegation() -> str:
    """The delegation words of rules/parties.tsv (代表团, 考察团…) and an optional 一行, as a regex."""
    from extract.rules import read_groups

    return rf"(?:{alternation(list(read_groups('parties.tsv').get('delegation', ())))})(?:一行)?"


@cache
def _visit_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A headline that is a delegation's visit (海东地区党政代表团赴兰州学习考察, 邯郸市党政代表团来我市考察
    调研), and the lead's retelling of it: the delegation words of rules/parties.tsv, the verbs of
    going (events.tsv ``visit``) and a purpose of the visit (``purpose``: 考察, 调研, 学习)."""
    from extract.rules import read_groups

    groups = read_groups("events.tsv")
    delegation = _delegation()
    going = alternation(list(groups.get("visit", ())))
    purpose = alternation(list(groups.get("purpose", ())))
    headline = re.compile(
        rf"[^，,。；;！？\s]{{2,24}}?{delegation}(?:{going})(?P<host>[^，,。；;！？\s]{{1,10}}?)(?:{purpose})[^，,。；;！？\s]{{0,10}}"
    )
    # (where the delegation is on its visit names its host too: 烟台市党政代表团在营口市考察)
    at = re.compile(rf"{delegation}(?:[0-9一二三四五六七八九十]+人)?在(?P<host>{_PLACE}{{1,10}}?)(?=(?:{purpose}))")
    return headline, re.compile(f"{delegation}(?:{going})"), at


VISIT_LEAD_CHARS = 400  # where the lead retells the headline's visit (its days before it)


def _visit_in_headline(
    body: str, title: tuple[str, tuple[int, int]] | None, cands: list[EventMention]
) -> EventMention | None:
    """The event of an article whose headline is a delegation's visit and names no meeting (海东地区
    党政代表团赴兰州学习考察): the visit, named as the headline writes it, held where it went, its
    days those the lead gives where it retells the visit (5月15日至17日，…率海东地区党政代表团赴兰州…)."""
    if title is None or any(c.in_headline and c.name and c.score > 0 for c in cands):
        return None
    text, (lo, hi) = title
    visit_headline, visit_retold, _ = _visit_patterns()
    m = visit_headline.fullmatch(text.strip())
    # (the first character of where it went counts as a letter in a meeting's name: 闽林…座谈会 on a visit
    # to 林芝地区)
    host = (m.group("host") or "")[:1] if m else ""
    initials = cache(lambda: _initials_named(body))  # (read once, where a name asks)
    # (however its mention scored: 在随后召开的南通·嘉兴两市合作交流座谈会上 tells the meeting as an occasion)
    if m is None or any(
        c.name
        and not c.announced
        and (
            _specific(c.name, host)
            or (c.score > 0 and (_held_with(body, c) or c.name.startswith(_BOTH_SIDES)))
            or _named_by_initials(c.name, initials)
        )
        for c in cands
    ):
        # (a meeting of its own the lead names: 闽宁对口扶贫协作第二十次联席会议 is the event; so is one
        # the delegation holds with its hosts: 与德宏州举行经济社会发展合作座谈会)
        return None
    lead = visit_retold.search(body, hi, hi + VISIT_LEAD_CHARS)
    span = (lead.start(), lead.end()) if lead else (lo, hi)
    return EventMention(text.strip(), span, m.group("host"), None, SURE_SCORE, in_headline=lead is None,
                        mentions=(span,), whens=(None,), visit=True)  # fmt: skip


def _named_by_initials(name: str, initials: Callable[[], set[str]]) -> bool:
    """A meeting named by the first characters of two places the article names (``initials``), then their count or
    a word of cooperation (哈齐两市经济合作座谈会 beside 哈尔滨市 and 齐齐哈尔市, 遂潼一体化发展座谈会): a meeting
    of its own."""
    if len(name) < 4 or name[0] == name[1] or not (
        name.startswith(_BOTH_SIDES, 2) or event_rules().cooperation.search(name, 2)
    ):
        return False
    return name[0] in initials() and name[1] in initials()


def _initials_named(body: str) -> set[str]:
    """The first characters of the places ``body`` names as written, and their cities' letters (津 of 天津市)."""
    from extract.extractors.regions import find_regions, region_index

    regions = find_regions(body)
    codes = {r.adcode for r in regions if r.adcode}
    letters = {letter for letter, refs in region_index().city_abbr.items() if codes.intersection(refs)}
    return {body[s] for r in regions for s, _ in r.spans} | letters


# a meeting named for both sides (两地经济技术合作座谈会在青岛举行): held by the visitors and their hosts
_BOTH_SIDES = ("两地", "两市", "两县", "两区", "两省", "两州", "两盟", "双方")
# (with its hosts, 与德宏州举行…, 与克州、阿克陶县举行…; or by both sides, 两地在昌都县昌都宾馆召开…, 双方举行…)
_HELD_WITH = re.compile(
    # (the sides' offices between: 两地质监部门在昌吉市召开…座谈会)
    r"(?:与[^，,。；;\s]{1,16}?|(?:双方|两[地市州县省区盟旗方]|两地区|两市州)"
    r"(?:[\u4e00-\u9fff]{0,6}?(?:部门|政府|单位|机关))?(?:在[^，,。；;、\s]{1,16}?)?)"
    r"(?:共同)?(?:举行|召开|举办)了?$"
)
HELD_WITH_CHARS = 20  # how far before a meeting's name the lead may say with whom it was held


def _held_with(body: str, c: EventMention) -> bool:
    """The lead says the meeting was held with someone, or by both sides, right before its name
    (与德宏州举行…座谈会, 两地在昌都宾馆召开…座谈会)."""
    lo = max(0, c.span[0] - HELD_WITH_CHARS)
    return not c.in_headline and _HELD_WITH.search(body, lo, c.span[0]) is not None


BARE_HELD_OVER = 1.0  # a best mention scored below this gives way to a meeting the lead holds by its head noun alone
BARE_HELD_CHARS = 400  # characters from the body's top in which the lead holds it
# both sides hold a meeting named by its head noun alone, closing the clause (雙方舉行會談，, 两市召开了座谈会。)
_BARE_HELD = re.compile(
    # (the sides' people between: 澧县、公安县两县党政负责人和…的同志在澧县县城召开会议，)
    rf"(?:{alternation([*_BOTH_SIDES, '两地区'])})(?:[^，,。；;\s]{{0,30}}?(?:负责人|负责同志|领导|同志|代表)"
    r"[^，,。；;\s]{0,16}?)?(?:在(?P<place>[^，,。；;\s]{1,12}?))?(?:举行|召开)了?"
    r"(?P<noun>[\u4e00-\u9fff]{2,3})"
    r"(?=[，,。；;])"
)


def _bare_held(body: str, title: tuple[str, tuple[int, int]] | None) -> EventMention | None:
    """The meeting the lead says both sides held, named by a head noun of rules/events.tsv alone (会谈, 座谈会;
    not a weak one, 活动): its noun as its name."""
    lo = title[1][1] if title else 0
    m = _BARE_HELD.search(body, lo, lo + BARE_HELD_CHARS)
    rules = event_rules()
    # (a weak noun of a meeting, 会议, is one the sides held; not 活动, 仪式)
    noun = m.group("noun") if m is not None else ""
    if m is None or noun not in rules.nouns or (noun in rules.weak and noun[-1] not in "会议"):
        return None
    span = m.span("noun")
    return EventMention(m.group("noun"), span, m.group("place"), None, 1.0, mentions=(span,), whens=(None,))


def _specific(name: str, host_letter: str = "") -> bool:
    """A meeting's name of its own: it has a number (第二十次, 2024年) or names places (闽宁…座谈会,
    惠州市与香港葵青区交流座谈会), unlike 合作交流座谈会, 有关考察活动."""
    if _ORDINAL.search(name):
        return True
    from extract.extractors.regions import region_index

    idx = region_index()
    keys = idx.keys
    letters = set(_province_keys()) | set(host_letter)
    if len(name) >= 2 and name[0] in letters and name[1] in letters:
        return True  # 闽宁, 湘渝: the provinces' letters; 闽林 on a visit to 林芝
    pair = {name[:1], name[1:2]}
    if len(name) >= 2 and pair <= letters | set(idx.city_abbr) and pair & letters:
        return True  # 深港跨境合作座谈会: a city's letter beside a province-level one's
    subs = (name[i : i + k] for k in (4, 3, 2) for i in range(len(name) - k + 1))
    return any(e.kind in ("unit", "zone") for sub in subs for e in keys.get(sub, ()))


# (主会场设在南京; 在鄂尔多斯设主会场; 以南宁为主会场)
_MAIN_VENUE = re.compile(
    r"主会场(?:设在|设于|位于|在)(?P<place>[^，,。；;、\s]{2,12}?)(?=[，,。；;、]|$)"
    r"|(?:在|以)(?P<place2>[^，,。；;、\s在以]{2,12}?)(?:设立|设置|设|为)主会场"
)
MAIN_VENUE_AFTER = 60  # characters after the event's sentence in which its main venue may be said


SENTENCE = re.compile(r"[^。！？!?\n]+[。！？!?]?")  # a sentence or a line


def _visit_hosts(text: str, offset: int) -> list[tuple[int, str]]:
    """Where the clauses of ``text`` say someone went (赴贵州, 到广州出席): the host phrases at their offsets; not a
    visit a clause invites to (欢迎澳门企业家到乌海实地考察, 邀请…到…参观: to come, no host of this one)."""
    found = [
        *event_rules().visit.finditer(text),
        *_visit_patterns()[2].finditer(text),
        *_VISIT_MADE_TO.finditer(text),
        *_CALLED_ON.finditer(text),
    ]
    return sorted(
        (offset + m.start(), m.group("host"))
        for m in found
        if not _invited(text, m.start()) and not _ORGAN_FIRST.match(m.group("host"))
    )


# a host phrase opening with a level's organ is no place gone to: the verb's character ended a place's name
# (怀来|县委书记田秀峰: no 来 + 县委…)
_ORGAN_FIRST = re.compile(r"[省市县区州盟旗](?:委|长|政府|人大|政协|领导)")


# a visit told by what it was made to (对番禺市进行为期两天的访问, 对我市进行友好访问): the place visited
_VISIT_MADE_TO = re.compile(
    rf"对(?P<host>{_PLACE}{{2,10}}?)进行(?:了)?(?:为期[^，,。；;]{{1,6}}的)?(?:友好|工作|正式)?(?:访问|考察|参观)"
)


# a call paid on a place's government or council (今（18）日上午拜会新竹市政府，并出席…座谈会; 拜会金门县议会): the
# place visited
_CALLED_ON = re.compile(
    rf"(?:拜会|拜访)(?:了)?(?P<host>{_PLACE}{{2,10}}?)(?:人民政府|政府|市府|县府|区公所|议会|人大常委会|政协)"
)


_INVITING = re.compile(r"欢迎|邀请|诚邀|希望|期待|盼")
_AT_INVITATION = re.compile(r"[应受][^，,。；;！？!?\n]{1,20}邀请")  # 应清远市人民政府邀请访问清远: the visit made


def _invited(text: str, at: int) -> bool:
    """The clause before ``at`` (of one sentence or a headline) invites or hopes (欢迎…, 邀请…, 希望…): what it says
    someone goes to do is to come."""
    lo = _clause_start(text, at)
    return _INVITING.search(text, lo, at) is not None and _AT_INVITATION.search(text, lo, at) is None


# a database record's or a page's field line above the lead: a bracketed label and a value without a sentence's
# mark (【作者】洪建新　邹德林, 【版次】第2版, 【栏目】要闻, 【正文】)
_FIELD_LINE = re.compile(r"\s*[【\[][^】\]\n]{1,6}[】\]][^。，,；！？\n]*\s*$")


_QUOTE_PAIRS = ("「」", "“”", "『』", "《》")
_DECK_DASHES = ("——", "—", "－－", "--")  # what a deck's line opens with (——两县文旅协作联席会议在江华召开)
_PROSE_MARK = re.compile(r"[。，,；！？]")  # a sentence's marks: the lead's prose holds one, a page's field line none


def _on_deck(body: str, at: int) -> bool:
    """``at`` is on a line of no sentence's mark (a headline's deck, not the lead's prose)."""
    lo = body.rfind("\n", 0, at) + 1
    hi = body.find("\n", at)
    return _PROSE_MARK.search(body, lo, hi if hi >= 0 else len(body)) is None


def _list_item(body: str, at: int) -> bool:
    """``at`` stands in an item of a digest's or a page's list (① 灌阳道县携手！…, ·…): a line opening with a list's
    mark (furniture.opens_with_mark), without a 。."""
    from extract.text.furniture import opens_with_mark

    lo = body.rfind("\n", 0, at) + 1
    hi = body.find("\n", at)
    line = body[lo : hi if hi >= 0 else len(body)]
    return opens_with_mark(line) and "。" not in line


def _told(cands: list[EventMention]) -> bool:
    """A clear event among the candidates, told in the body: one scored SURE_SCORE or more, which,
    when the headline's, the body names too (the lead's mention gives the full name and the day:
    威海·巫溪…联席会议 in the headline, 上周四上午，威海市·巫溪县…联席会议 five sentences down)."""
    best = max(cands, key=lambda c: c.score, default=None)
    if best is None or best.score < SURE_SCORE:
        return False
    return not best.in_headline or any(
        not c.in_headline and c.name and best.name and same_event(best.name, c.name) for c in cands
    )


# the event a ceremony was held at, as the place of its holding (签署仪式在「澳门·唐山经贸合作交流会」上举行)
_OCCASION = re.compile(r"^[「“『]?(?P<n>[^「」“”『』，。]{4,40}?)[」”』]?上$")


def _occasions(body: str, cands: list[EventMention]) -> list[EventMention]:
    """A ceremony or signing held at another, named, event (签署仪式在「…交流会」上举行): that event, a
    candidate as strong as the ceremony's mention, where its name ends in a head noun."""
    out = []
    nouns = event_rules().nouns
    for c in cands:
        if c.in_headline or not c.place or not c.name:
            continue
        m = _OCCASION.match(c.place)
        if m is None or not m.group("n").endswith(nouns):
            continue
        name = m.group("n")
        at = body.find(name, c.span[0])
        if at < 0:
            continue
        out.append(EventMention(name, (at, at + len(name)), None, c.when, c.score + OCCASION_BONUS))
    return out


# the frame a later meeting is held in, written before it in its sentence (博览会期间，…举行…座谈会; 其间，…; or a
# day of it: 首届中国—东盟博览会开幕第二天，…举行…洽谈会, …博览会开幕当天)
_DURING = re.compile(
    r"(?:(?P<x>[\u4e00-\u9fff]{1,12}?)(?:期间|之际|(?:开幕|召开|举办|举行)(?:当天|当日|首日|次日|第[二三四五六七八九十]天))|其间)[，,]?"
)
FRAME_PENALTY = 2.0  # an event told as the frame of the sides' own meeting held during it
FRAME_NAME_MIN = 4  # characters of a frame's name that find it told after the meeting (东盟博览会)


def _frames(body: str, cands: list[EventMention]) -> None:
    """A fair, a forum or a session during which the sides hold a meeting of their own, told in a later sentence that
    opens with it (首届中国—东盟博览会在南宁举行。博览会期间，钦州市与阳江市…举行钦州·阳江区域经济合作座谈会): the frame
    is no event of the report's — the meeting held during it is."""
    framed: set[int] = set()  # (each frame once, however many meetings are told during it)
    for c in cands:
        if c.in_headline or not c.name:
            continue
        lo, hi = sentence_bounds(body, c.span[0])
        m = _DURING.search(body, lo, c.span[0])
        if m is None:
            continue
        x = m.group("x") or ""
        for o in cands:
            if o is c or not o.name or o.in_headline or o.score <= c.score - FRAME_PENALTY:
                continue
            # (told before — in the frame's own words too: 首届中国—东盟博览会开幕第二天，… —, or after by the name
            # the frame has here: …举行…洽谈会。首届中国—东盟博览会于11月3日至6日在南宁…举行)
            inside = o.span[1] <= m.end()
            after = o.span[0] >= hi and len(x) >= FRAME_NAME_MIN and o.name.endswith(x)
            if o.span[0] >= lo and not inside and not after:
                continue
            # (its head noun's last character before 期间: 博览会 for …国际文化博览会's 文博会, 会议 for a session)
            if id(o) not in framed and (not x or (o.name[-1] == x[-1] and x[-1] in "会坛节周展赛")):
                o.score -= FRAME_PENALTY
                framed.add(id(o))
    # (an event whose platform or occasion the sides used for their own meeting, 这是两地借第四届海峡论坛平台举行的首次
    # 农业专题会商: a frame wherever it is told, the headline too — no event, where a meeting of another name is told)
    for m in _PLATFORM.finditer(body, 0, LEAD_CHARS):
        x = m.group("x")
        if not x.endswith(event_rules().nouns):
            continue
        frames = [c for c in cands if c.name and id(c) not in framed and (c.name.startswith(x) or c.name in x)]
        if frames and any(c.name and c.score > 0 and c not in frames and not c.announced for c in cands):
            for c in frames:  # (out of the pool: the sides' own meeting is the event, told however weakly)
                c.score = min(c.score - FRAME_PENALTY, 0.0)
                framed.add(id(c))


# the platform or occasion a meeting was held by (借第四届海峡论坛平台, 利用…之机, 依托…契机)
_PLATFORM = re.compile(
    r"(?:借助?|依托|利用|趁|乘)(?:着|这一|此次|本届)?(?P<x>[^，,。；;！？\n“”]{2,30}?)(?:平台|契机|之机|东风)"
)


OCCASION_BONUS = 0.5  # the occasion before the ceremony held at it
ATTENDED_PENALTY = 0.5  # an attended event with no word of cooperation in its name
INTERNAL_PENALTY = 1.5  # a body's own routine meeting (events.tsv internal) with no word of cooperation in its name
HELD_WITH_PENALTY = 1.5  # an attended occasion its sentence goes on from to the meeting held with the other side
_ATTENDED_BEFORE = re.compile(r"(?:出席|参加|列席)$")  # (出席|第十九届…博览会开幕活动: an occasion attended)
# a meeting held with the other side, right before its name (，并于29日上午与东兴市人民政府举行|澳门—东兴…座谈会)
_HELD_WITH_BEFORE = re.compile(
    r"[，,]\s*(?:并|随后|其间|还)?(?:于[^，,。；;与同]{1,10}?)?(?:与|同)[^。！？；;\n，,]{2,30}?(?:举行|召开)了?[「“『]?$"
)
HELD_WITH_REACH = 48  # characters before a meeting's name in which its held-with clause stands
HELD_NAME_MIN = 6  # characters of a name of its own (not 工作会谈, which leaves the attended occasion the event)


def _attended_before_held(body: str, cands: list[EventMention]) -> None:
    """An occasion the side attended, its sentence going on to a named meeting the side held with the other
    (出席第十九届中越（东兴）边境商贸旅游博览会开幕活动，并于29日上午与东兴市人民政府举行澳门—东兴经贸合作交流座谈会):
    the occasion is that meeting's frame — scored down, each once."""
    framed: set[int] = set()
    for h in cands:
        if h.in_headline or not h.name or len(h.name) < HELD_NAME_MIN:
            continue
        if _HELD_WITH_BEFORE.search(body, max(0, h.span[0] - HELD_WITH_REACH), h.span[0]) is None:
            continue
        lo, _ = sentence_bounds(body, h.span[0])
        for o in cands:
            if o is h or o.in_headline or not o.name or id(o) in framed or not lo <= o.span[0] < h.span[0]:
                continue
            if _ATTENDED_BEFORE.search(body, max(0, o.span[0] - 2), o.span[0]):
                o.score -= HELD_WITH_PENALTY
                framed.add(id(o))


_QUOTE_MARKS = re.compile(r"[“”「」『』\"]")
_YEAR_ONLY = re.compile(r"(?:19|20)[0-9]{2}年(?:度)?")  # a year before a name (2016年|天祝门源两县…联席会议)
_QUOTED_THEME = re.compile(r"[“「『\"][^“”「」『』\"]{2,20}[”」』\"]")  # a theme in quotes before a name (“桐心松情”)


def _named_after(body: str, c: EventMention) -> EventMention:
    """``c`` with the full name its sentence or the next one gives it after a word of naming or a dash, where ``c``
    names the meeting by its head noun alone (…召开座谈会。这次座谈会名为涡阳鹿邑…座谈会; …召开联席会议。这是…首次党政
    联席会议——肇庆佛山…第一次党政联席会议): the full name, scored as a name of its own."""
    rules = event_rules()
    if c.name is None or c.in_headline or not (c.name in rules.weak or len(c.name) <= BARE_NAME_MAX):
        return c
    lo, hi = sentence_bounds(body, c.span[0])
    if hi < len(body):
        hi = sentence_bounds(body, hi + 1)[1]
    for m in rules.renaming.finditer(body, lo, hi):
        full = m.group("name")
        if full.endswith(c.name) and len(full) > len(c.name):
            score = max(c.score, 3.0) + bool(rules.cooperation.search(full)) + bool(_ORDINAL.search(full))
            return replace(c, name=full, score=score)
    return c


BARE_NAME_MAX = 4  # characters of a meeting's name that is its head noun alone (联席会议, 座谈会)


def find_event(
    body: str, title: tuple[str, tuple[int, int]] | None, publish: date | None = None
) -> EventMention | None:
    """The event named in the headline or the lead: the best-scored candidate mention (a printed
    speech's or a notice's headline names its meeting first: ``_headline_event``); one whose clause dates it to a
    month after the page's ``publish`` date is announced, not reported."""
    speech = _headline_event(body, title) if title else None
    cands: list[EventMention] = []
    hosts: list[tuple[int, str]] = []  # (position, host phrase)
    if title:
        cands += _candidates(title[0], title[1][0], 0, True)
        hosts += _visit_hosts(title[0], title[1][0])
    index = told_prose = 0
    # (from the headline's end: a record that lost its line breaks has its lead on the headline's line)
    for m in SENTENCE.finditer(body, title[1][1] if title else 0, LEAD_CHARS):
        sentence = m.group(0)
        if len(sentence.strip()) < 8:
            continue
        cands += _candidates(sentence, m.start(), index, False, body)
        prose = _PROSE_MARK.search(sentence) is not None
        if index < 3 or (prose and told_prose < 3):  # (the lead's first sentences, under a page's field lines)
            hosts += _visit_hosts(sentence, m.start())
        told_prose += prose
        # (a record's field line, 【作者】洪建新　邹德林, or a digest's item, ② …, is no sentence of the lead)
        listed = _list_item(body, m.start())
        if _FIELD_LINE.match(sentence) is None and not listed:
            index += 1
        if index >= LEAD_SENTENCES or (index >= SURE_AFTER and _told(cands)):
            break  # the lead has told a clear event: later sentences (position-penalized) cannot beat it
    if speech is not None:  # (where the speaker's delegation went: 我们吕梁市代表团来到晋中)
        salute = _SALUTATION.search(body, title[1][1] if title else 0, LEAD_CHARS)
        if salute is not None:  # (the speech's first paragraph, under 同志们：: 我们相聚在美丽的银川)
            end = body.find("\n", salute.end())
            hosts += _visit_hosts(body[salute.end() : end if end > 0 else len(body)], salute.end())
        speech.hosts = tuple(h for _, h in sorted(set(hosts)))
        # (the meeting's full name, where the body writes it longer than the headline: 在闽宁协作联席会议上的致辞 over
        # 闽宁协作晋江市·永宁县2022年联席会议在永宁县召开 — the body's, as a lead's fuller name wins elsewhere)
        fuller = max(
            (
                c for c in cands
                if c.name and c.score > 0 and not c.announced and len(c.name) > len(speech.name or "")
                and speech.name and same_event(speech.name, c.name)
            ),
            key=lambda c: len(c.name or ""),
            default=None,
        )  # fmt: skip
        if fuller is not None:  # (its mention the body's first, with the day written in it)
            speech.name, speech.span = fuller.name, fuller.span
            speech.mentions, speech.whens = (fuller.span, *speech.mentions), (fuller.when, *speech.whens)
        if speech.place is None:  # where the body says it was held (编者按：…推进会在浏阳市举行; 今天，我们在浏阳召开…)
            speech.place = next(
                (c.place for c in cands if c.place and not c.announced and same_event(speech.name or "", c.name or "")),
                None,
            )
        return speech
    cands += _occasions(body, cands)
    cands = [_named_after(body, c) for c in cands]
    _frames(body, cands)
    _attended_before_held(body, cands)
    if publish is not None:
        for c in cands:
            if c.score > 0 and _dated_ahead(body, c.span[0], publish):
                c.score -= ANNOUNCED_PENALTY  # (縣府團隊訪惠安　10月合辦首屆石雕藝術節 on a page of May: to come)
                c.announced = True
    named = [c for c in cands if c.name]
    visit = _visit_in_headline(body, title, cands)
    if visit is not None:
        # (东营市党政考察团来我市考察 over a lead where 两市在市行政中心召开座谈会: the meeting the sides held during
        # the visit, told by its head noun alone, is the event — where no named meeting is told)
        if not any(c.name and c.score > 0 and not c.announced for c in cands) and (
            held := _bare_held(body, title)
        ) is not None:
            held.hosts = tuple(h for _, h in hosts)
            return held
        visit.hosts = tuple(h for _, h in hosts)
        return visit
    # (else a meeting of its own a low-scored mention names, over a nameless signing: …座谈会上 as an occasion)
    own = [c for c in named if not c.announced and c.name and _specific(c.name)]
    # (not a meeting announced for later months over a reported signing scored above it: 今（9）日在香港签署《…》
    # beside 双方将于今年11月在赣州举办…对接活动 — the signing told is the event)
    reported = max((c.score for c in cands if not c.announced), default=None)
    pool = [c for c in named if c.score > 0 and not (c.announced and reported is not None and reported > c.score)]
    pool = pool or own or cands
    if not pool:
        return None
    if title and not any(c.in_headline and c.name and c.score > 0 for c in cands):
        _headline_signing(title[0], pool, body)
    best = max(pool, key=lambda c: c.score)
    # (the one whose name the headline writes but for its head noun, over a later meeting's: 会理县驻顺德劳务工作站
    # 揭牌成立 over the lead's 揭牌仪式 and its 揭牌仪式后，两地召开劳务协作座谈会 — the ceremony is the headline's)
    # (one told before it, in the body, where the headline does not echo the best's own name)
    if title and best.name and not _echoes(best.name, title[0]) and not best.in_headline:
        echo = [
            c
            for c in pool
            if c.score > 0 and not c.announced and not c.in_headline and c.span[0] < best.span[0]
            and _echoes(c.name, title[0])
        ]
        if echo:
            best = max(echo, key=lambda c: c.score)
    # (or over a nameless signing the lead's meeting held it at: …在澧县县城召开会议 … 两县还在会上签订了《…》)
    if (best.score < BARE_HELD_OVER or best.name is None) and (held := _bare_held(body, title)) is not None:
        # (雙方舉行會談 in the lead over a fair a speech invites the guests to, 邀请…参加今年10月举行的…展览会: the
        # meeting held, told by its head noun alone)
        return held
    if best.score < 0 and best not in own:
        return None
    if best.name:
        # the lead usually repeats the headline's event, with its full name and place (在汉 → 在武汉)
        # and with its date: the body's mention is the one kept, its name the fuller one
        alike = [c for c in named if c is not best and c.score > 0]
        group = [best, *(c for c in alike if same_event(best.name, c.name or "") or _held_alike(best, c, named, body))]
        group.sort(key=lambda c: (c.in_headline, c.span[0]))
        keep = group[0]
        promoted = False  # the kept mention is a later one that names the meeting (its day read first)
        if keep.name and not _specific(keep.name):
            # (…在香港举办投资说明会和项目洽谈活动。19日上午，…“’97连云港（香港）投资说明会”在港岛一家酒店举行 under
            # 赴港举办投资说明会: the lead describes, a later mention names the meeting of its own — that one is kept)
            named_later = (c for c in group if not c.in_headline and c.name and not c.announced and _specific(c.name))
            keep = next(named_later, keep)
            promoted = keep is not group[0]
        # (the body's own where it names the event: a headline writes it its own way, 辽源通辽两市…洽谈会 for the lead's
        # 辽源·通辽…洽谈会, or with its year, 2016年…联席会议 — but where the body writes only its last words, 首长会议,
        # 移交仪式, the headline's whole name)
        # (not a mention of another kind of meeting announced for later where the kept one is told: 并于明年三月在
        # 香港举行港蓉合作第二次联席会议 is the next meeting, not a fuller name of the 港蓉合作座谈会 told)
        naming = [
            c for c in group if best.announced or not c.announced or head_noun(c.name) == head_noun(best.name)
        ]
        lead_name = max((c.name for c in naming if c.name and not c.in_headline), key=len, default=None)
        longest = max((c.name for c in naming if c.name), key=len)
        # (nor a theme in quotes the headline sets before it: “桐心松情·携手同行”第二届…交流会, the lead's 以“…”为主题的
        # 第二届…交流会 — the lead's)
        extra = longest[: -len(lead_name)] if lead_name and longest.endswith(lead_name) else None
        if lead_name and (extra is None or _YEAR_ONLY.fullmatch(extra) or _QUOTED_THEME.fullmatch(extra)):
            longest = lead_name
        # (the headline's name without the marks the lead quotes a part of it with: 中苗区域合作平台首长会议 over
        # 「中苗区域合作平台」首长会议 — the headline's)
        unmarked = _QUOTE_MARKS.sub("", longest)
        if unmarked != longest and any(c.in_headline and c.name == unmarked for c in group):
            longest = unmarked
        # (one activity of a larger event, the larger one named before it: 第十一届海峡论坛·两岸县市融合发展论坛 in the
        # headline, 作为第十一届海峡论坛的重要活动之一，两岸县市融合发展论坛在厦门举行 in the lead: the activity)
        larger, dot, sub = longest.rpartition("·")
        if dot and head_noun(larger) and head_noun(sub) and any(c.name == sub for c in group):
            longest = sub
        # the place a mention writes out (在钦召开 in the headline) before one that says only "home"
        # (在我市召开 in the lead): the outlet's home is a guess where the page names no outlet
        from extract.extractors.regions.gazetteer import home_phrases

        # (not a next edition's, 明年并将在上海举办…第二届论坛, where another mention tells of this one:
        # an event all of whose mentions are announced is itself to come, and told with its place)
        # (nor another edition's: 2025年…大会 … 大会确定，2026年大会在遵义举办)
        other = [c for c in group if c.edition and keep.edition and not c.edition & keep.edition]
        told = [c for c in group if not c.announced and c not in other] or [c for c in group if c not in other]
        places = [c.place for c in told if c.place]
        place = next((p for p in places if p not in home_phrases()), places[0] if places else None)
        # a meeting held by video link is held where its main venue is (主会场设在南京，香港分会场设在…)
        _, hi = sentence_bounds(body, keep.span[0])
        main_venue = _MAIN_VENUE.search(body, keep.span[1], min(len(body), hi + MAIN_VENUE_AFTER))
        place = (main_venue.group("place") or main_venue.group("place2")) if main_venue else place
        # (在呼和浩特与内蒙古自治区主席秦立华共同主持蒙港合作会议: the place before a co-host's clause, at the
        # name's first mention in the body)
        at = body.find(keep.name or "\0", title[1][1] if title else 0)
        while place is None and 0 < at < LEAD_CHARS:
            lo = max(body.rfind(c, 0, at) for c in "。！？!?\n") + 1
            cohost = _COHOST_PLACE.search(body, lo, at)
            place = cohost.group(cohost.lastgroup) if cohost and cohost.lastgroup else None  # (its one place group)
            at = body.find(keep.name or "\0", at + 1)
        # a day written inside a mention: the kept one's, else the headline's (not a later mention,
        # which may be the next session's: 第二十一次会议将于2021年在徐州召开)
        when = keep.when or next((c.when for c in group if c.in_headline and c.when), None)
        name = longest if (keep.name and same_event(keep.name, longest)) else keep.name
        if place is None and name != keep.name:
            # the name kept is another mention's (筹备工作协调会 … 联席会议第五次会议将于11月8日在河南省信阳市
            # 召开): where no told mention says a place, that mention's place, announced or not
            place = next((c.place for c in group if c.name == name and c.place and c not in other), None)
        whens = {c.span: c.when for c in group}
        for sp in _repeats(body, name or ""):
            if not any(a <= sp[0] < b for a, b in whens):
                whens[sp] = None
        for sp, said in _head_repeats(body, name or ""):  # (座谈会于10月9日上午举行: the day said in its clause)
            if not any(a <= sp[0] < b for a, b in whens):
                whens[sp] = said
        # (a deck's mention, on a line of no sentence's mark, goes with the headline's: 8月30日至9月1日在福州
        # 厦门泉州等地考察　豫闽两省举行经济社会发展座谈会 after the lead's 31日上午，豫闽两省…座谈会在福州举行)
        order = sorted(
            whens,
            key=lambda sp: (
                (title is not None and sp[0] < title[1][1]) or _on_deck(body, sp[0]),
                promoted and sp != keep.span,
                sp[0],
            ),
        )
        # (a meeting without a name of its own held during a delegation's visit the headline tells, 玉树州党政代表团
        # 来昌都考察交流 … 两地在昌都宾馆召开对口交流合作座谈会: its sides are the delegation's and its host's)
        visit_told = _visit_patterns()[0].fullmatch(title[0].strip()) if title else None
        during_visit = visit_told is not None and not _specific(name or "", (visit_told.group("host") or "")[:1])
        if name and "·" not in name and (pair := _sides_written_before(body, name)):
            # (the name its sides written with a dot before it, elsewhere — 图为5月16日上午，百色·曲靖经济社会发展交流
            # 座谈会现场 under the headline's 百色曲靖两市举行经济社会发展交流座谈会: that fuller name)
            name = pair + name
        best = EventMention(
            name, keep.span, place, when, best.score, in_headline=keep.in_headline,
            mentions=tuple(order), whens=tuple(whens[sp] for sp in order), visit=during_visit,
            other_places=tuple(dict.fromkeys(p for p in places if p != place)),
        )
    if best.name is None and (quoted := _quoted_name_beside(body, best.span[0])) is not None:
        best.name = quoted  # (…共同簽署《…備忘錄》…，為「彰化馬祖觀光交流合作簽約儀式」畫下完美句點)
    if best.name is None and (occasion := _signing_occasion(body)) is not None:
        best.name = occasion  # (…签署《…备忘录》。… 昨日上午举行的港渭经贸合作交流会上，…代表双方签署备忘录)
    # the host nearest before the event's mention first (前往三亚市,出席…会议), then the others
    at = best.span[0]
    hosts.sort(key=lambda h: (h[0] > at, abs(at - h[0])))
    best.hosts = tuple(h for _, h in hosts)
    return best


_QUOTED_EVENT = re.compile(r"[「“『](?P<n>[^「」“”『』\n，,。；;]{4,40}?)[」”』]")


def _quoted_name_beside(body: str, at: int) -> str | None:
    """A name in quote marks ending with an event's head noun in the sentence of a signing that names none
    (…共同簽署《…》，…為「彰化馬祖觀光交流合作簽約儀式」畫下完美句點): the signing's own occasion, named — not one
    announced in it for later (将举办「…」)."""
    lo, hi = sentence_bounds(body, at)
    rules = event_rules()
    from extract.extractors.agreements import document_rules

    for m in _QUOTED_EVENT.finditer(body, lo, hi):
        name = m.group("n")
        if not name.endswith(rules.nouns) or name in rules.nouns:
            continue
        if document_rules().future.search(body, max(lo, m.start() - FUTURE_CHARS), m.start()):
            continue
        return name
    return None


FUTURE_CHARS = 8  # characters before a quoted name in which a word of the future announces it


@cache
def _occasion_of_signing() -> re.Pattern[str]:
    """A meeting held, named as the occasion of a clause that signs (举行的港渭经贸合作交流会上，…签署备忘录)."""
    nouns = event_rules().any_noun.pattern  # (the head nouns' alternation, events.tsv ``noun``)
    return re.compile(
        rf"(?:举行|召开|举办)的(?P<n>[^，,。、；;\s“”「」《》]{{2,30}}?(?:{nouns}))上[，,]"
        r"[^。！？\n]*?(?:签署|签订|签约)"
        # (or the signing told as its fruit in the next sentence: …签署…备忘录。这是徐汇—香港…推介会的重要成果)
        rf"|(?:签署|签订|签约)[^。！？\n]*[。；;]\s*(?:这|此)(?:是|为)(?P<m>[^，,。、；;\s“”「」《》]{{2,30}}?(?:{nouns}))的"
        r"(?:重要|主要|一项)?(?:成果|内容)"
    )


def _signing_occasion(body: str) -> str | None:
    """The name of the meeting a later sentence tells a signing at, where the signing the lead tells names none
    (…今日签署《…》。 … 昨日上午举行的港渭经贸合作交流会上，…代表双方签署备忘录): that meeting."""
    m = _occasion_of_signing().search(body)
    said = (m.group("n") or m.group("m")) if m is not None else None
    if said is None or said in event_rules().nouns:
        return None
    name, _, _ = _clean_name(said)
    return name if len(name) >= 4 else None

# two places joined by a dot or a list's mark, right before a name (百色·曲靖|经济社会发展交流座谈会, 六安、孝感|两市…)
_SIDES_PAIR_END = re.compile(r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{2,6}(?P<j>[·、])[\u4e00-\u9fff]{2,6}$")
SIDES_PAIR_CHARS = 13  # characters of two places joined by a dot or a list's mark


def _sides_written_before(body: str, name: str) -> str | None:
    """The first two places joined by a dot that the body writes right before ``name`` (百色·曲靖), if any; or by a
    list's mark before a name that opens with their count (六安、孝感|两市合作座谈会, in a photo's caption)."""
    counted = _SIDES_COUNT.match(name) is not None
    if "·" not in body and not counted:
        return None
    at = body.find(name)
    while at >= 0:
        pair = _SIDES_PAIR_END.search(body, max(0, at - SIDES_PAIR_CHARS), at)
        if pair and (pair.group("j") == "·" or counted):
            return pair.group()
        at = body.find(name, at + 1)
    return None


_SIDES_COUNT = re.compile(r"[两二三四五六七八九十][市县区地州盟省方]")  # a name opening with its sides' count (两市…)


# a printed speech's headline: 在娄底·宜春区域合作第二次联席会议上的讲话, (市长X)在…开幕式上的致辞; a Hong Kong
# release's without 上的 (商务及经济发展局副局长在香港·安康经贸合作推介会致辞（只有中文）)
_SPEECHES = "讲话|致辞|发言|主旨演讲|主题演讲|总结讲话|工作报告"  # what a speaker gave 在X上 (headline, subtitle)
_SPEECH_TITLE = re.compile(
    rf"^[^，。\s]{{0,16}}?在(?P<name>[^，。\s]{{4,40}}?)(?:开幕式|闭幕式)?(?:上的|上)?(?:{_SPEECHES})"
)


# a printed speech's salutation on its own line (尊敬的各位领导，同志们：)
_SALUTATION = re.compile(
    r"(?:^|\n)[ \t\u3000]*[^。！？\n]{0,40}(?:同志们|朋友们|各位来宾|各位代表|女士们、先生们)[：:][ \t\u3000]*\n"
)

# where two sides preside over or hold a meeting together, the place before the co-host (在呼和浩特与
# 内蒙古自治区主席秦立华共同主持…会议): right before the event's name
_COHOST_PLACE = re.compile(
    rf"在(?P<place>{_PLACE}{{1,10}}?)(?:与|同|和|会同)[^，,。；;！？]{{1,40}}?(?:共同|一起|联合)?"
    rf"(?:主持|出席|举行|召开|举办)(?:了)?{_OPEN_Q}$"
    # (…今日在杭州与浙江省生态环境厅厅长方建华签署《…》，并出席浙港环保合作交流会: a clause of the same
    # subject before it, told with its place and its partner)
    rf"|在(?P<place2>{_PLACE}{{1,10}}?)(?:与|同|和)[^。；;！？]{{1,120}}?[，,]\s*并(?:共同|一起)?(?:出席|参加|主持)了?{_OPEN_Q}$"
    # (…今日在成都率领香港特别行政区政府代表团，与四川省省长黄正邦共同主持港川合作会议第六次会议)
    rf"|在(?P<place3>{_PLACE}{{1,10}}?)(?:率领|带领|率)[^。；;！？]{{1,60}}?[，,]\s*(?:与|同|和)[^。；;！？]{{1,60}}?"
    rf"(?:共同|一起)?(?:主持|出席|举行|召开)了?{_OPEN_Q}$"
    # (…参访团前天在大理白族自治州首府大理市，与大理州政府举行“…座谈会”: the place, a comma, the partner)
    rf"|在(?P<place4>{_PLACE}{{1,16}}?)[，,]\s*(?:与|同|和|会同)[^，,。；;！？]{{1,40}}?(?:共同|一起|联合)?"
    rf"(?:主持|举行|召开|举办)了?{_OPEN_Q}$"
)

# a speech's or report's subtitle, the line under its headline (政府工作报告 / ——2006年2月20日在湘西自治州
# 第十届人民代表大会第五次会议上; 携手推进锦阜合作 / ——在锦阜合作对接会上的讲话): its meeting, and its day
_SPEECH_SUBTITLE = re.compile(
    r"[ \t\u3000]*(?:——|—|--|－－)[ \t\u3000]*(?P<when>(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)?[ \t\u3000]*"
    rf"在(?P<name>[^，。\s]{{4,40}}?)(?:开幕式|闭幕式)?上(?:的(?:{_SPEECHES}|报告))?"
    r"[ \t\u3000]*$",
    re.M,
)
SUBTITLE_LINES = 2  # the lines under a headline that may hold its subtitle

# a notice's headline: (X市人民政府办公室)关于召开蚌埠·滁州合作共建第二次联席会议的通知, or of a meeting
# held by the other side, 关于组织参加清远韶关两市区域合作第二次联席会议的通知
_NOTICE_TITLE = re.compile(
    r"关于(?:召开|举办|举行|(?:组织)?参加|出席)(?P<name>[^，。\s]{4,40}?)的(?:通知|预通知|补充通知)$"
)
# the day and place a notice sets for it: …联席会议定于3月12日在凤阳县召开
_SET_FOR = re.compile(r"定于(?P<when>[^，。；在]{2,24}?)(?:在(?P<place>[^，。；]{2,14}?))?(?:召开|举行|举办)")


VENUE_STEM = 4  # the characters of a venue's name the text repeats short (会展中心 of 会展中心会议室)
VENUE_PLACE = 6  # characters before the venue's first mention that may name its place
_VENUE_PLACE_BEFORE = re.compile(rf"在(?P<p>[\u4e00-\u9fff]{{2,{VENUE_PLACE}}})$")


def venue_named_before(body: str, phrase: str, before: int) -> str | None:
    """The place written before the venue an event's place phrase names where the text named that venue
    earlier with its place (博览会在南宁国际会展中心开幕 … 在会展中心会议室举行: 南宁), else None: the
    phrase's first characters, found before ``before`` after 在 and a place's characters."""
    stem = phrase.removeprefix("在")[:VENUE_STEM]
    if len(stem) < VENUE_STEM:
        return None
    at = body.rfind(stem, 0, before)
    if at <= 0:
        return None
    lead = body[max(0, at - VENUE_PLACE - 2) : at]
    m = _VENUE_PLACE_BEFORE.search(lead)
    return m.group("p") if m else None


# a place in brackets inside an event's name, where a show of one place is held in another
# (2012威海（澳门）经贸旅遊推介会, 第二届中国（昆明）南亚博览会, 广西（深圳）招商推介会)
_PLACE_IN_BRACKETS = re.compile(r"[（(](?P<p>[\u4e00-\u9fff]{2,8})[)）](?=[\u4e00-\u9fff])")


def place_in_name(name: str | None) -> tuple[str, str] | None:
    """The words in brackets inside an event's name (not ending it: 座谈会（第二次）) that may be where it
    was held, and the name before them: 2012威海（澳门）经贸旅游推介会 → (2012威海, 澳门); whether they name a
    place, and whether that place only narrows the one before (湘澳（怀化）: 怀化 of 湘), is the caller's to say."""
    m = _PLACE_IN_BRACKETS.search(name) if name else None
    return (m.string[: m.start()], m.group("p")) if m else None


# the place of a signing told before a signing ceremony's mention in its paragraph (昨（15）日在凤山县府签署
# 「…备忘录」，… 在…签约仪式上一同为联盟揭牌)
_SIGNED_AT = re.compile(rf"在(?P<place>{_PLACE}{{2,12}}?)(?:共同|正式)?(?:签署|签订|签约|缔结)")


@cache
def _signing_nouns() -> tuple[str, ...]:
    """The head nouns of rules/events.tsv that name a ceremony of signing (签约仪式, 签字仪式, 缔约仪式, 结盟仪式,
    签约会, 签约典礼, 签约活动)."""
    return tuple(n for n in event_rules().nouns if n[0] in "签缔结")


def is_signing(name: str | None) -> bool:
    """The event is a signing: a ceremony of signing by its head noun (…协议签署仪式), or a signing told with no
    name of its own (None)."""
    return name is None or name.endswith(_signing_nouns())


def signed_at_before(body: str, ev: EventMention) -> str | None:
    """Where a signing ceremony with no place of its own was held: the place of the signing its paragraph
    tells before its first mention (在凤山县府签署「…」 … 签约仪式上), else None."""
    if ev.name is None:
        return None
    if not is_signing(ev.name):
        # (or the meeting the signing was held at: 签署仪式在当日举行的「港蚌经贸合作交流会」上进行, after
        # 在蚌埠签署《…》)
        s_lo = max(body.rfind(c, 0, ev.span[0]) for c in "。！？\n") + 1
        held_at = body.startswith("上", ev.span[1] + _close_len(body, ev))
        if not held_at or not _CEREMONY_AT.search(body, s_lo, ev.span[0]):
            return None
    lo = body.rfind("\n", 0, ev.span[0]) + 1
    found = list(_SIGNED_AT.finditer(body, lo, ev.span[0]))
    if not found and is_signing(ev.name):
        # (or the lead's, a ceremony named in a later paragraph: 新竹市与南投县昨（12）日在新竹市政府签署…备忘录 …
        # 出席竹投城市交流合作备忘录签约仪式)
        lead = next((m for m in _SIGNED_AT.finditer(body, 0, lo)), None)
        return lead.group("place") if lead else None
    return found[-1].group("place") if found else None


DATELINE_CHARS = 400  # a report's dateline stands in its first characters


def dateline_place(body: str) -> str | None:
    """The place a report was filed from, its dateline's (本报拉萨7月12日电, （记者 邝雅婷 佛山报道）),
    in the body's first characters, else None."""
    m = _DATELINE_PLACE.search(body, 0, DATELINE_CHARS)
    return (m.group("at") or m.group("from")) if m else None


# a dateline's place: a paper's own reporter's, before the day (本报拉萨7月12日电), or before 报道 closing the
# reporters' bracket (（记者 邝雅婷 佛山报道）) — not a news agency's, which files from its bureau's city (新华社济南…电
# on a meeting in 滨州)
_DATELINE_PLACE = re.compile(
    r"本报(?P<at>[\u4e00-\u9fff]{2,4}?)[0-9０-９]{1,2}月[0-9０-９]{1,2}日电"
    r"|[（(]记者[^）)\n]{1,24}?[ \u3000](?P<from>[\u4e00-\u9fff]{2,4})报道[）)]"
)


def sentence_place(body: str, ev: EventMention) -> str | None:
    """Where the event's sentence says its subject was before it tells the event with no place of its own (聂永强今日
    在贵阳继续访问行程，出席…配套活动，并与黔南州人民政府代表团举行香港—黔南经贸合作交流会): that place — the last
    ``在…`` before the mention that a verb of being somewhere or meeting follows, none after it."""
    if ev.in_headline or ev.place:
        return None
    lo, _ = sentence_bounds(body, ev.span[0])
    found = list(_BEING_THERE.finditer(body, lo, ev.span[0]))
    if not found or "在" in body[found[-1].end() : ev.span[0]]:
        return None
    return found[-1].group("place")


# the place a sentence's subject is at, before what it does there (在贵阳继续访问行程, 在昆明会见…)
_BEING_THERE = re.compile(
    rf"在(?P<place>{_PLACE}{{1,16}}?)(?:继续|出席|参加|参观|考察|访问|调研|会见|会晤|拜会|拜访|同|与)"
)


# a signing ceremony said to be held at the meeting named next (签署仪式在当日举行的「…交流会」上进行)
_CEREMONY_AT = re.compile(r"(?:签署|签约|签字)(?:仪式|活动)在")


# a word of time opening a clause that names the occasion going on then (时值…洽谈会在鹭岛开幕, 正在西安举行的…西洽会)
_AT_THE_TIME = re.compile(r"时值|正值|适逢|恰逢|值此|正在")


def occasion_place(body: str, ev: EventMention) -> str | None:
    """Where the fair or forum the event was held during stands, told in a clause of time in the event's sentence or
    the next (…签约仪式在国际会议展览中心举行。时值第十三届中国国际投资贸易洽谈会在鹭岛开幕; 正在西安举行的第九届西洽会
    为…搭起了平台): its place, where the event's own is a venue that names none."""
    lo, hi = sentence_bounds(body, ev.span[0])
    # (or in a clause before it that says where the side was, attending the occasion: 今日在昆明出席「'99昆明世界园艺
    # 博览会」…活动期间，与…在翠湖宾馆举行「香港—大理经贸合作座谈会」)
    during = _ATTENDING_THERE.search(body, lo, ev.span[0])
    if during is not None:
        return during.group("place")
    if lo > 0 and body[lo - 1] != "\n":
        # (or the sentence before it in its paragraph that tells the occasion held somewhere: 第五届中国国际高新技术成果
        # 交易会10月12日至17日在深圳举行。昨日下午，…洽谈会在高交会展馆举行 — the fair's place)
        p_lo, p_hi = sentence_bounds(body, lo - 1)
        before = body[p_lo:p_hi]
        held = _HELD_IN.search(before)
        if held and event_rules().any_noun.search(before, 0, held.start()) and not _ANNOUNCED_WORD.search(before):
            return held.group("place")
    if hi < len(body):
        hi = sentence_bounds(body, hi + 1)[1]
    for m in _AT_THE_TIME.finditer(body, ev.span[1], hi):
        s_hi = min(hi, sentence_bounds(body, m.start())[1])
        end = _CLAUSE_MARK.search(body, m.end(), s_hi)
        clause = body[m.start() : end.start() if end else s_hi]
        held = _HELD_IN.search(clause)
        if held and event_rules().any_noun.search(clause) and not _ANNOUNCED_WORD.search(clause):
            return held.group("place")
    return None


_HELD_IN = re.compile(rf"在(?P<place>{_PLACE}{{1,12}}?)(?:隆重|盛大)?(?:举行|举办|召开|开幕)")
_ATTENDING_THERE = re.compile(rf"在(?P<place>{_PLACE}{{1,8}}?)(?:出席|参加|参观|考察)[^。！？；]{{2,60}}?(?:期间|之际)")
_ANNOUNCED_WORD = re.compile(r"将|即将|拟")


def _close_len(body: str, ev: EventMention) -> int:
    """The closing quote mark right after the event's name, if any (「…交流会」上): its length."""
    return 1 if body[ev.span[1] : ev.span[1] + 1] in "」”』\"" else 0


HEADLINE_ECHO_MIN = 6  # characters of an event's name before its head noun that a headline writing them echoes


def _echoes(name: str | None, headline: str) -> bool:
    """The headline writes the event's name but for its head noun and the places qualifying it (会理县驻顺德劳务工作站
    揭牌成立 for 四川省凉山彝族自治州会理县驻顺德劳务工作站揭牌仪式): at least ``HEADLINE_ECHO_MIN`` characters right
    before the longest head noun."""
    nouns = head_nouns(name)
    if not name or not nouns or nouns[0] in event_rules().weak or event_rules().internal.search(name):
        return False  # (no vague head, 海岛观光交流活动, nor a body's own meeting, 山东省人大常委会)
    stem = name[: -len(nouns[0])]
    return len(stem) >= HEADLINE_ECHO_MIN and stem[-HEADLINE_ECHO_MIN:] in headline and _specific(name)


def head_noun(name: str | None) -> str | None:
    """The head noun an event's name ends with (会议, 论坛: rules/events.tsv ``noun``), if any."""
    return next((n for n in event_rules().nouns if name and name.endswith(n)), None)


def head_nouns(name: str | None) -> tuple[str, ...]:
    """Every head noun of rules/events.tsv an event's name ends with, longest first: the head and the more
    general nouns it ends with, by which a report goes on about the event (…联席会议: 联席会议, 会议)."""
    return tuple(n for n in event_rules().nouns if name and name.endswith(n))


# a later sentence told of the event by its head noun, its subject: 座谈会于五月二十一日在拉萨举行,
# 9日上午，座谈会在大武口区召开 (the day, the place and the verb of holding after the noun)
_HELD_AFTER = re.compile(
    rf"(?:[，,]?(?:于|在)?(?P<when>{_WHEN_CHARS}{{2,16}}?))?(?:[，,]?在(?P<place>{_PLACE}{{1,12}}?))?(?:召开|举行|开幕)"
)
_HELD_SUBJECT = re.compile(r"(?:本次|此次|这次|该|本届|今天的|当天的)?$")
# the sides as the subject of a verb of holding right before the head noun (双方召开座谈会, 两市举行了联席会议)
_HELD_BY_SIDES = re.compile(r"(?:双方|两地|两市|两县|两区|两省|各方|与会各方)(?:共同)?(?:召开|举行)了?")
# the day of the meeting at which things were said, before its head noun and 上 (22日上午的座谈会上)
_HELD_ON_DAY = re.compile(rf"(?:在)?{_WHEN_CHARS}{{2,12}}的")


def held_later(body: str, ev: EventMention) -> list[tuple[int, int, str | None]]:
    """Later sentences that tell where and when the event was held by its head noun alone, the
    subject of its clause (…期间与西藏自治区政府举行藏港交流合作座谈会。座谈会于五月二十一日在拉萨举行):
    (start, end, the place phrase or None) of each, in text order; the day, if any, is written
    between start and end."""
    head = head_noun(ev.name)
    if not head:
        return []
    out: list[tuple[int, int, str | None]] = []
    at = body.find(head, ev.span[1])
    while at >= 0:
        clause_start = max(body.rfind(c, 0, at) for c in "。！？!?，,；;\n") + 1
        m = _HELD_AFTER.match(body, at + len(head))
        if m and _HELD_SUBJECT.match(body[clause_start:at].strip()):
            out.append((at, m.end(), m.group("place")))
        elif _HELD_BY_SIDES.fullmatch(body[clause_start:at].strip()):
            out.append((at, at + len(head), None))  # (14日上午，双方召开座谈会: the sides hold it)
        elif body.startswith("上", at + len(head)) and _HELD_ON_DAY.fullmatch(body[clause_start:at].strip()):
            out.append((at, at + len(head), None))  # (22日上午的座谈会上，: what was said there, on its day)
        at = body.find(head, at + len(head))
    return out


def is_notice(title: str | None) -> bool:
    """A notice of a meeting still to come (关于召开X的通知): what it lists to sign or review is planned."""
    return bool(title) and _NOTICE_TITLE.search(title or "") is not None


def _subtitle(body: str, after: int) -> re.Match[str] | None:
    """The speech's subtitle among the first lines under the headline (which ends at ``after``)."""
    at = after
    for _ in range(SUBTITLE_LINES):
        nl = body.find("\n", at)
        if nl < 0:
            return None
        end = body.find("\n", nl + 1)
        end = len(body) if end < 0 else end
        m = _SPEECH_SUBTITLE.match(body, nl + 1, end)
        if m is not None:
            return m
        at = nl + 1
    return None


def _headline_event(body: str, title: tuple[str, tuple[int, int]]) -> EventMention | None:
    """A speech printed in full under 在X会议上的讲话: X is the event, held on the speech's own date
    (its line under the headline, （2007年9月14日）), whatever meetings the speech recalls — or under
    a slogan headline whose subtitle says it (——2006年2月20日在…人民代表大会第五次会议上); a notice
    under 关于召开X的通知: X, on the day and at the place the notice sets (定于3月12日在凤阳县召开)."""
    from extract.extractors.dates import speech_date

    nouns = event_rules().nouns
    m = _SPEECH_TITLE.match(title[0])
    notice = None if m else _NOTICE_TITLE.search(title[0])
    sub = None if m or notice else _subtitle(body, title[1][1])
    if sub is not None and any(sub["name"].endswith(n) for n in nouns):
        span = sub.span("name")
        said_on = sub.span("when") if sub["when"] else None
        if said_on is None and (said := speech_date(body)) is not None:
            said_on = (said[1][0], said[1][1] + 1)
        return EventMention(
            sub["name"], span, None, said_on, score=1.0, in_headline=True, mentions=(span,), whens=(said_on,)
        )
    found = m or notice
    if found is None or not any(found["name"].endswith(n) for n in nouns):
        return None
    span = (title[1][0] + found.start("name"), title[1][0] + found.end("name"))
    when: tuple[int, int] | None = None
    place = None
    if m:
        said = speech_date(body)
        when = (said[1][0], said[1][1] + 1) if said else None
    elif (set_for := _SET_FOR.search(body, title[1][1])) is not None:
        when, place = (set_for.start("when"), set_for.end("when")), set_for["place"]
    return EventMention(found["name"], span, place, when, score=1.0, in_headline=True, mentions=(span,), whens=(when,))


SAME_EVENT_SHARE = 0.7
_ALSO_HELD = re.compile(r"[，,]\s*(?:并|同时|随后)(?:举行|召开|举办)了?$")  # …座谈会，并举行|X签约仪式
SIGNING_HEADLINE_BONUS = 1.0  # a named signing ceremony under a headline that tells a signing and names no meeting
_CEREMONY = re.compile(r"签(?:约|字|署)(?:仪式|活动|会)$")


def _headline_signing(headline: str, pool: list[EventMention], body: str) -> None:
    """A headline that names no meeting but tells a signing (长治晋城签署协同发展合作协议) names the
    signing's ceremony (长治·晋城协同发展合作签约仪式), over a meeting the body tells beside it
    (签约前一天，两市召开了…第一次联席会议): its named ceremony gains ``SIGNING_HEADLINE_BONUS`` — not one the
    meeting's own sentence holds after it (召开桂滇两省区商务合作座谈会，并举行合作框架协议签约仪式: the meeting's
    part)."""
    if event_rules().signing_verb.search(headline) is None:
        return
    for c in pool:
        if c.name and len(c.name) > 6 and _CEREMONY.search(c.name):
            lo = sentence_bounds(body, c.span[0])[0]
            if any(o is not c and o.name and lo <= o.span[0] < c.span[0] for o in pool) and _ALSO_HELD.search(
                body, lo, c.span[0]
            ):
                continue
            c.score += SIGNING_HEADLINE_BONUS


# a headline's name without a verb (云嘉嘉南区域合作首长会议　四县市签…) names the event where nothing else
# does, or gives a mention of it the lead writes short (召开首长会议) its full name; it beats no mention
# the lead tells with its verb
HEADLINE_PART_PENALTY = 3.0
SPEECH_PENALTY = 1.5  # a mention inside what a speaker said (他说，…论坛在香港举行): an example, another occasion
# a month (and day) without a year, in the clause before a mention's name
# (a month of this year written so, 今年9月在曲靖召开第一次联席会议, too — not another year's, 2012年9月)
_CLAUSE_MONTH = re.compile(
    rf"(?:(?<=今年)|(?<=本年)|(?<![年0-9]))(?P<m>{MONTH_NUMERAL})月(?:(?P<d>{DAY_NUMERAL})[日号])?(?![0-9])"
)
_CLAUSE_BREAKS = "，,；;。！？!?\n\u3000"


def _dated_ahead(body: str, at: int, publish: date) -> bool:
    """The clause before ``at`` dates the mention by a month (and day) of the page's year after its date."""
    lo = max(body.rfind(c, 0, at) for c in _CLAUSE_BREAKS) + 1
    for m in _CLAUSE_MONTH.finditer(body, lo, at):
        month = cn_number(m.group("m"))
        day = cn_number(m.group("d")) if m.group("d") else 0
        if month is not None and day is not None and (month, day) > (publish.month, publish.day):
            return True
    return False


ANNOUNCED_PENALTY = 2.0  # a mention announced for later (将于, 明年, 双方商定，…) against one reported


def _repeats(body: str, name: str) -> list[tuple[int, int]]:
    """Where the body names the event again, as written or with its year written otherwise
    (2010泛北部湾…论坛 / 2010年泛北部湾…论坛): the day may be told there."""
    if len(name) < 4:
        return []
    year = _NAME_YEAR.match(name)
    rest = name[year.end() :] if year else name
    if not rest:
        return []
    # (str.find, no regex of the name: a pattern made for each article pushed the module's own out of
    # re's cache, to be compiled again)
    out: list[tuple[int, int]] = []
    at = body.find(rest)
    while at >= 0:
        start = at
        if year:
            digits = year.group(0)[:4]
            start = at - 5 if body[max(0, at - 5) : at] == f"{digits}年" else at - 4
            if body[max(0, start) : start + 4] != digits:
                at = body.find(rest, at + 1)
                continue
        out.append((start, at + len(rest)))
        at = body.find(rest, at + len(rest))
    return out


_NAME_YEAR = re.compile(r"(?:19|20)\d{2}年?")


def _head_repeats(body: str, name: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """Where the body names the event again by its head noun alone, as the subject of a clause that
    says it was held (日前，…召开…推进会。…3月12日下午，推进会在山东大厦举行): the day may be told
    there.  Only a head noun of three characters or more (推进会, 座谈会, 联席会议; not 会议 or
    论坛, which other meetings share), opening its clause, with a verb of holding after it (座谈会正式
    举行, 推进会在…举行) or after its day as that verb's attribute (19日上午举行的座谈会上); each with the
    stretch where a day may be written."""
    head = head_noun(name) or ""
    if len(head) < 3 or len(name) <= len(head):
        return []
    out = [((m.start("h"), m.end("h")), (m.end("h"), m.end())) for m in _head_subject(head).finditer(body)]
    # (or after its day as the verb's attribute, opening its clause: 19日上午举行的座谈会上，…)
    out += [((m.start("h"), m.end("h")), (m.start("pre"), m.end("pre"))) for m in _head_attributed(head).finditer(body)]
    return sorted(out)


@cache
def _head_attributed(head: str) -> re.Pattern[str]:
    return re.compile(
        rf"(?:^|(?<=[，,。；;\n]))[ \t\u3000]*(?:在)?(?P<pre>[^，,。；;\n]{{1,12}}?)"
        rf"(?:举行|召开|举办)的(?P<h>{re.escape(head)})",
        re.M,
    )


@cache
def _head_subject(head: str) -> re.Pattern[str]:
    rules = event_rules()  # (events.tsv verb, and manner: 正式, 隆重, 随即…)
    return re.compile(
        rf"(?:^|(?<=[，,。；;\n]))(?P<h>{re.escape(head)})(?:{rules.manner})?"
        rf"(?:(?:在|于)[^，,。；;\n]{{0,24}}?)?(?:{rules.any_verb.pattern})",
        re.M,
    )


def _held_alike(best: EventMention, other: EventMention, named: list[EventMention], body: str) -> bool:
    """The headline's (or its deck's) meeting and the lead's first one, told as held at the same place with the same
    head noun, are one meeting named two ways (新甘毗邻地区合作座谈会在酒泉召开 over 9月21日至22日，哈密地区与酒泉市
    首次合作座谈会在酒泉市召开; a deck's ——两县文旅协作联席会议在江华召开 over …江永县瑶族文化旅游协作联席会议在江华县城
    召开): the lead's is kept, with its day."""

    def headlined(c: EventMention) -> bool:
        line = body.rfind("\n", 0, c.span[0]) + 1
        dashed = body[line : c.span[0]].lstrip(" \t\u3000").startswith(_DECK_DASHES)
        return c.in_headline or (dashed and _on_deck(body, c.span[0]))  # (a deck: a dash, no sentence's mark)

    head, lead = (best, other) if headlined(best) else (other, best)
    if not headlined(head) or headlined(lead) or head.announced or lead.announced:
        return False
    if lead is not next((c for c in named if not headlined(c)), None):
        return False  # (the lead's first meeting only: a later one may be a part of it, 分论坛)
    noun = head_noun(head.name)
    if noun is None or head_noun(lead.name) is None or not lead.place:
        return False
    # (两市举行晋冀合作联席会 over 昨日，阳泉·石家庄区域合作发展推进会在石家庄市召开: the lead tells where)
    if not head.place and not head.when and head_noun(lead.name) not in event_rules().weak:
        return True
    if noun != head_noun(lead.name) or not head.place:
        return False
    return head.place.startswith(lead.place) or lead.place.startswith(head.place)


def same_event(headline_name: str, lead_name: str) -> bool:
    """The lead names the headline's event, often in full (河南省十四届人大二次会议 →
    河南省第十四届人民代表大会第二次会议): one name holds the other, or nearly all the
    headline name's characters recur in the lead's."""
    if not headline_name or not lead_name:
        return False
    if headline_name in lead_name or lead_name in headline_name:
        return True
    # (the sides' bodies opening a name, 上海市卫生健康委员会、普洱市人民政府…签约仪式: the rest is compared)
    # (and a manner word opening a headline's short name, 视频座谈会 for the lead's 深港跨境合作座谈会: its head
    # noun alone is the lead's event's where the lead's name ends in it)
    unmannered = _MANNER_FIRST.sub("", headline_name)
    if unmannered != headline_name and len(unmannered) >= 3 and lead_name.endswith(unmannered):
        return True
    bare = [_BODIES_FIRST.sub("", n) for n in (headline_name, lead_name)]
    if bare != [headline_name, lead_name] and min(map(len, bare)) >= 4 and same_event(*bare):
        return True
    for joined, other in ((headline_name, lead_name), (lead_name, headline_name)):
        # (两会一体: 杭州市·恩施州…劳务对接会暨“春风行动”专场招聘会 is the headline's 杭州恩施劳务协作对接会 too)
        if "暨" in joined and any(part and same_event(other, part) for part in joined.split("暨")):
            return True
    ordinals = [set(_ORDINAL_NUMBER.findall(n)) for n in (headline_name, lead_name)]
    if all(ordinals) and not ordinals[0] & ordinals[1]:
        return False  # 第十届 is not 首届
    # (the same edition of the same kind of meeting, each named by its own places: the headline's 温台两地县市首次联席
    # 会议 by the prefectures' letters, the lead's 黄岩市乐清县经济协作首次联席会议 by the county-level sides)
    editions = [set(_EDITION.findall(n)) for n in (headline_name, lead_name)]
    noun = head_noun(headline_name)
    if all(editions) and editions[0] == editions[1] and noun and len(noun) >= 3 and noun == head_noun(lead_name):
        return True
    # (…协作第五次联席会议 holds …协作联席会议; a headline's 首次联合协调会议 the lead's …筹备联合协调会议)
    plain = [_ORDINAL.sub("", n).removeprefix("首次") for n in (headline_name, lead_name)]
    if min(map(len, plain)) >= 4 and (plain[0] in plain[1] or plain[1] in plain[0]):
        return True
    short, long_ = sorted((headline_name, lead_name), key=len)
    shared = sum(1 for c in short if c in long_)
    if shared >= SAME_EVENT_SHARE * len(short) and shared >= 0.4 * len(long_):
        return True
    if _short_form_of(short, long_):
        return True
    return _letters_of(short, long_) or _letters_then_words(short, long_) or _session_of(short, long_, shared)


def _short_form_of(short: str, long_: str) -> bool:
    """A headline's short name that keeps the full one's opening place and its head noun, its other words left out in
    order (衡水推介周 for 衡水（香港）投资贸易推介周)."""
    noun = head_noun(short)
    if not noun or head_noun(long_) != noun or len(short) < len(noun) + 2:
        return False
    # (or its words of at least four characters before the noun with the places left out: 对口支援座谈会 for the lead's
    # 福建省对口支援重庆市云阳县工作座谈会)
    if short[:2] != long_[:2] and len(short) < len(noun) + SHORT_FORM_WORDS_MIN:
        return False
    rest = iter(long_)
    return all(c in rest for c in short)  # (each character found after the one before: a subsequence)


SHORT_FORM_WORDS_MIN = 4  # characters before the head noun of a short name that opens otherwise than the full one


_MANNER_FIRST = re.compile(r"^(?:视频|线上|网络|云端|云上|远程)")
_BODIES_FIRST = re.compile(
    r"^(?:[^、与和及]{2,20}?(?:人民政府|政府|委员会|[厅局委办]|公司|集团|银行)[、与和及])+"
    r"[^、与和及]{2,20}?(?:人民政府|政府|委员会|[厅局委办]|公司|集团|银行)"
)
_SESSION = re.compile(r"第[0-9０-９一二三四五六七八九十百]+[届次期]")


def _session_of(short: str, long_: str, shared: int) -> bool:
    """The headline names the body that meets (海西二十城市协作会在宁德召开), the lead its session
    (海峡西岸经济区二十城市协作会第五次市长联席会议): the short name's ending, four characters or
    more, stands in the long one right before a session's number, and nearly all the short name's
    characters recur in it."""
    if shared < SAME_EVENT_SHARE * len(short):
        return False
    for k in range(len(short), 3, -1):
        at = long_.find(short[-k:])
        if at >= 0:
            return _SESSION.match(long_, at + k) is not None
    return False


def _letters_of(short: str, long_: str) -> bool:
    """滇澳合作交流会 names 云南省与澳门特别行政区合作交流会: the same words after two or three
    letters, each a character of the other's places or the abbreviation of a province it names
    (rules/province_abbreviations.tsv)."""
    k = 0
    while k < min(len(short), len(long_)) and short[-1 - k] == long_[-1 - k]:
        k += 1
    head, long_head = short[: len(short) - k], long_[: len(long_) - k]
    if k < 4 or not 2 <= len(head) <= 3 or len(long_head) <= len(head):
        return False
    provinces = _province_keys()
    return all(c in long_head or any(key in long_head for key in provinces.get(c, ())) for c in head)


def _letters_then_words(short: str, long_: str) -> bool:
    """冀黔对口支援协作会谈 names 河北省、贵州省对口支援和经济技术协作第八次会谈: two or three provinces' letters, each
    a province the other names, then words all of which the other writes in their order (it may write more
    between them) and the same last two (the head noun)."""
    provinces = _province_keys()
    for n in (3, 2):
        head, tail = short[:n], short[n:]
        if len(tail) < 4 or not long_.endswith(tail[-2:]):
            continue
        if all(any(key in long_ for key in provinces.get(c, ())) for c in head):
            rest = iter(long_)
            return all(ch in rest for ch in tail)
    return False


@cache
def _province_keys() -> dict[str, tuple[str, ...]]:
    """A province's one-letter abbreviation (rules/province_abbreviations.tsv) → the gazetteer's keys
    for the province, its full name and short forms (滇 → 云南省, 云南)."""
    from extract.extractors.regions import region_index

    keys: dict[str, list[str]] = {}
    for key, entries in region_index().keys.items():
        for e in entries:
            if e.kind == "unit":
                keys.setdefault(e.target, []).append(key)
    return {row[0]: tuple(keys.get(row[1], ())) for row in read_tsv("province_abbreviations.tsv")}


_WRAPPED = "、，,；;"  # a line that ends with one of these goes on below: its break ends no sentence


# a government or party body right after a place (连江县政府, 市委): the one who calls a meeting
_CONVENER = re.compile(r"(?:人民政府|政府|县府|市府|党委|[省市县区州旗盟]委|人大常委会|政协)")


def conveners(body: str, ev: EventMention, regions: list[tuple[str, list[tuple[int, int]]]]) -> list[str]:
    """The places whose government is the subject calling the event, before its name in its sentence
    (连江县政府昨（12）日召开「两马交流成果记者会」): the canonical names, each once."""
    if not ev.name:
        return []
    lo = sentence_bounds(body, ev.span[0])[0]
    return list(
        dict.fromkeys(
            name
            for name, spans in regions
            for s, e in spans
            if lo <= s and e <= ev.span[0] and (gov := _CONVENER.match(body, e)) is not None
            # (alone: not one of two sides, 我区与肇庆市人民政府签订)
            and not _JOINERS.search(body, lo, s) and not _JOINERS.search(body, gov.end(), ev.span[0])
            # (not the government's delegation, a visitor: 莆田市人民政府代表团…出席…论坛)
            and not re.match(_delegation(), body[gov.end() : gov.end() + 8])
        )
    )


_JOINERS = re.compile(r"[与和同及、]")


_SPEECH = re.compile(r"(?:说|表示|指出|强调|认为|介绍|提出)[，,：:]")


def in_speech(body: str, at: int) -> bool:
    """``at`` stands in what a speaker said: a verb of saying and its comma before it in its sentence, or in a
    paragraph that opens with its speaker (韦国栋指出，…。…积极推动广西与广东、海南共同建设北部湾城市群)."""
    lo, _ = sentence_bounds(body, at)
    if _SPEECH.search(body, lo, at) is not None:
        return True
    line = body.rfind("\n", 0, at) + 1
    return _SPEAKER_OPENS.match(body, line, at) is not None


# a paragraph that opens with its speaker and the verb of saying (韦国栋指出，…; 莫立新在发言中表示，…); not 介绍 or
# 提出, which _SPEECH reads in a sentence: 据介绍， opens a paragraph of the report's own
_SPEAKER_OPENS = re.compile(r"[ \t\u3000]*[^，,。；;！？\n]{2,20}?(?:说|表示|指出|强调|认为)[，,：:]")


def sentence_bounds(text: str, at: int) -> tuple[int, int]:
    """Start and end of the sentence holding position ``at`` (a line break after a comma, a scrape's
    wrap inside a list, 襄樊、十堰、南阳、/商洛…, ends none)."""
    start = max(text.rfind(c, 0, at) for c in "。！？!?") + 1
    nl = text.rfind("\n", 0, at)
    while nl >= start and _goes_on(text, nl):
        nl = text.rfind("\n", 0, nl)
    start = max(start, nl + 1)
    end = min((e for c in "。！？!?" if (e := text.find(c, at)) >= 0), default=len(text))
    nl = text.find("\n", at)
    while 0 <= nl < end and _goes_on(text, nl):
        nl = text.find("\n", nl + 1)
    return start, (min(end, nl) if nl >= 0 else end)


def _goes_on(text: str, nl: int) -> bool:
    """The line ending at ``nl`` ends with a comma (white space after it left aside: a CRLF page)."""
    i = nl - 1
    while i >= 0 and text[i] in " \t\r\u3000":
        i -= 1
    return i >= 0 and text[i] in _WRAPPED
