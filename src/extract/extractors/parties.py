"""Who cooperates with whom: the places that are the sides of the event and of each document.

RECORD.md ("parties"): the places whose governments, party committees, congresses
or delegations are the sides — every party is also a region item.  The evidence
is read in this order, the first that gives sides wins (``event.parties_evidence``
names the step):

0. ``nongov``: a meeting of chambers, associations or enterprises (`…商协会…峰会`): none;
1. ``local``: a local meeting (`全市…动员大会`): the home city alone; one body's own meeting held by a
   government or party committee named by its level (`省政府昨天在合肥召开常务会议`: rules/parties.tsv
   ``organ``): the home province (the outlet's) or city alone, not the places its agenda names;
   ``delegation``: a delegation's visit as the event, the delegation and its host; a meeting a
   delegation holds with hosts named right before its name (`代表团与克州、阿克陶县举行…座谈会`): the
   delegation's place (`我省党政代表团`: the outlet's province) and the hosts;
   ``towns``: a name opening with two units below the county joined (`华士镇—丁嘴镇南北挂钩合作座谈会`:
   rules/subcounty_units.tsv): the county-level units they lie in, as the text names them (`宿豫区丁嘴镇`,
   `我市华士镇`, `江阴市委常委、华士镇党委书记`, `丁嘴镇位于宿豫区`);
   ``welcome``: a meeting welcoming or seeing off the people of the one place its name holds (`昭苏县召开南通市
   …援疆干部人才欢迎会`: rules/parties.tsv ``welcome``): that place and the one holding it;
   ``abroad``: a name or headline joining a place to a place abroad (`株洲市与德国沃尔夫斯堡市…备忘录`,
   `营口市与平泽市建立友好城市关系…`: rules/foreign_countries.txt, parties.tsv ``twinning``): that place alone;
2. ``joined``: two places the name pairs by a verb of support (`辽宁省对口支援那曲地区工作座谈会`), the
   supported side two places joined (`…对口支援新疆阿克苏地区和兵团第一师阿拉尔市…`), or the one place a
   name pairs with the mainland (`内地与香港…`);
   ``abbreviation``: provinces' letters in the name followed by the letter of one named unit inside
   each (`沪浙金平交界地区…座谈会` beside 金山区 and 平湖市): those units;
   ``listed``: the members the text lists for the event (and the aided place the name holds before a
   word of aid, 日喀则市对口援藏工作座谈会, or its programme's word names, 援青: rules/aid_programmes.tsv):
   a run of three or more places
   joined by list words (`昆明市、六盘水市……攀枝花市10个市州以及云南省曲靖市`) in a sentence
   of the event (its own, the next one, or one naming the event or its series), the
   longest and nearest; a province written before its own city (`云南省曲靖市`, `沧州市的吴桥县`,
   `廊坊市所辖三河市`) only qualifies it; a list of some members as speakers (`…等城市代表作了交流发言`)
   and the places of what a speaker said are none; provinces before a count of cities
   (`苏鲁豫皖四省十市`) are no members; ``listed-within``: where every listed member lies in one of
   two or more places written out and joined in the event's own sentence, and each of those holds
   a member (`湖北省孝感地区与河南省信阳地区…会议` … `大悟县、广水市和罗山县、新县等边界县的县长参加`),
   those places; a list of one city's own districts beside it (its delegation's) is none, and the
   host welcoming the listed guests is one more where a count says so (`向出席会议的青岛、烟台、威海、
   日照各位领导表示欢迎` … `五市`);
3. ``counted``: a count of members (`沿海六市`, `三省一市`, `13个成员城市`, `川渝两地`; `港珠两地`:
   letters, each a province's or a city's the article names) in the
   name, the headline and its deck, the event's sentence or where members act (`沿海六市共同签署`), and as
   many places of its level named around the event, else in the event's name (`北区区议会与罗湖区
   人大常委会交流座谈会` with `两地`), else listed in the article; where the name holds no place but
   letters that give as many sides (step 4's ``abbreviation``: `穗港合作专责小组会议` under `两地签…`),
   those; ``organizers``: the governments the event's sentences (or one referring to it: 本届推进会…)
   say hold it together
   (`由城步苗族自治县人民政府、广西龙胜各族自治县人民政府联合主办`), over the letters of a border it is
   named for (`湘桂边界…文化节`);
4. ``joined``: places written together in the name, the headline or the event's sentence
   (`天水市政府与济南市政府`, `湖南·新疆`); ``abbreviation``: one-letter abbreviations (or a fixed
   compound of them, `宜花东`, `苏锡常`: rules/compound_abbreviations.tsv) before a
   cooperation word in the name (`粤港合作联席会议`, `甘青两省`, `闽港区议会交流`), or two or three
   letters opening it that are each a province's or one named city's (`澳江合作`, `深喀经济合作`);
   ``delegation``: a visiting delegation and its host (`广西党政代表团赴贵州`, `阿拉尔市党政代表团来我市`,
   `台中县农业参访团` in the sentence after the event's; a province's delegation visits a province);
5. ``zone-members`` / ``zone-listed`` / ``zone-leaders`` / ``zone``: a zone the name or the headline
   names: its members when its name is theirs (`京津冀`, `粤港澳大湾区`), the lead lists them, or three
   or more cities' and counties' leaders take part (`海口经济圈…联席会议` with 海口、文昌、定安…'s), else
   the zone alone (`淮海经济区协同发展座谈会`);
6. ``leaders``: the places of the leaders named in the event's sentences (`北京市委书记X…与
   河北省委书记Y出席`);
7. ``name``: the places the event's name holds; ``location``: the host of its own forum
   named in the headline.

A report's dateline and the places inside 《》 titles are never read as sides.  A
document's parties: `[]` for one only mentioned or discussed (RECORD.md); else the governments
its title names as issuers (`九江市、黄石市…人民政府关于…`, `甘肃省人民政府 青海省人民政府…协议`)
or the places opening it; the places (or two places' offices) written as the signing verb's subject
(`保定市与北京市大兴区签署了`, `X区人社局与Y县人社局签订了`), the letters opening its title, the
event's parties; `[]` for one signed only by enterprises, associations or universities, or
issued by a central organ (`国务院出台`).
The vocabulary is ``rules/parties.tsv`` and ``rules/count_units.tsv``.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from extract.extractors.agreements import document_rules
from extract.extractors.dates import title_spans
from extract.extractors.event import (
    PAIR_JOINERS,
    SENTENCE,
    EventMention,
    event_rules,
    head_noun,
    in_speech,
    sentence_bounds,
    told_to_come,
)
from extract.extractors.meta import publisher_stamp
from extract.extractors.namelex import COMMON_WORD, alternation, head_start_re, transliteration_chars, word_frequency
from extract.extractors.regions.gazetteer import _stem, home_phrases, key_units
from extract.extractors.regions.resolve import FORMER_KINDS, SAR_NAMES, country_initials, foreign_country_re
from extract.models import Region
from extract.rules import read_groups, read_tsv
from extract.text.furniture import line_offsets

SIDE_LEVELS = ("province", "prefecture", "county", "zone")
_OFFICE_WORD = "(?:局|署|厅|委员会|办公室)"  # the end of a department's name (环境保护署, 住房和城乡建设厅)
MAX_GAP = 10  # characters between two places of one list
TITLE_TAIL = 8  # characters of a county post after its place (江阴市|委常委、), before a town's post
_NUMERAL_COUNT = r"[0-9一二三四五六七八九十两]{1,3}"  # the number of a count of places (两市, 13个成员城市)
_SIGN_ADVERBS = "还|也|亦|另行"  # before a signing verb (川黔两省文化和旅游厅还签署了)


@dataclass(frozen=True)
class PartyWords:
    gap: re.Pattern[str]  # what may stand between two places of one list of sides
    pair_run: re.Pattern[str]  # a run of one-letter abbreviations before a cooperation word
    letter_run: re.Pattern[str]  # two or three letters opening a name before a cooperation word
    pairverb: re.Pattern[str]  # between two places of a name: 对口支援 (with a government word before)
    member_zone: re.Pattern[str]  # a zone named by its members' abbreviations (京津冀, 粤港澳大湾区)
    abbreviation_tail: re.Pattern[str]  # a run of abbreviations ending a text (…川渝 before 两地)
    abbreviations: dict[str, str]
    pairwords: tuple[str, ...]  # cooperation words after a run of abbreviations (parties.tsv pairword)
    delegation: re.Pattern[str]
    nongov: re.Pattern[str]
    not_sides: re.Pattern[str]  # signers or issuers that are no places: enterprises, central organs
    national: re.Pattern[str]  # central organs alone (国务院, 国家旅游局): not before 门
    issuer: re.Pattern[str]
    leader: re.Pattern[str]
    count_after: re.Pattern[str]  # a count of places (三省一市, 41个成员城市, 六市)
    acting_count: re.Pattern[str]  # a count of places that act (沿海六市共同签署, 代表三省一市讲话)
    count_item: re.Pattern[str]
    units: dict[str, str]
    speaker: re.Pattern[str]  # after a list: its places are speakers' cities (…的代表分别发言)
    speaking: re.Pattern[str]  # the list's clause goes on to its speaking (…三个省会城市科技局负责人在会上作交流发言)
    guest: re.Pattern[str]  # in a leader's clause: a guest's (也应邀列席, 到会指导), no side
    growth: re.Pattern[str]  # right before a count: members to come (扩大为四市), no sides
    admitted: re.Pattern[str]  # in the clause after a count: members taken in (6市被吸纳为新成员), no sides
    taking_in: re.Pattern[str]  # right before a list: its members are being taken in (吸纳芜湖、滁州…)
    aid: re.Pattern[str]  # after the place an event's name holds (and its actor): its aid (日喀则市对口援藏…座谈会)
    headquarters: re.Pattern[str]  # after a verb of pairing: the aided place and the supporter's headquarters there
    policy: re.Pattern[str]  # after a place opening a title, to its end: the place's own policy (促进…若干措施)
    own_law: re.Pattern[str]  # after a place opening a title, to its end: the place's own law (…保护条例)
    twinning: re.Pattern[str]  # a name of twinning with a place abroad (友好城市): its partner is abroad
    twinned: re.Pattern[str]  # what the places' offices twin (姊妹学校, 姊妹校): a name of it is no nongov meeting
    govowned: re.Pattern[str]  # enterprises a government owns (国有企业): a meeting named for them is no nongov one
    joined_body: re.Pattern[str]  # a department of a place (or its office word: 妇联) before the act it joins in
    joining_body: re.Pattern[str]  # … before a joiner (新沂市卫生局|与临沂市卫生局签订)
    sar_office: re.Pattern[str]  # after a SAR's name or opening a SAR page's title: its department (香港海关, 民安队)
    sar_heads: str  # the alternation of those departments' ends (parties.tsv saroffice)


@cache
def party_words() -> PartyWords:
    words = {kind: list(ws) for kind, ws in read_groups("parties.tsv").items()}
    alt = alternation
    count = rf"[0-9一二三四五六七八九十两]+个?(?:{alt(words['count'])})"
    # (the home written before its own place: 秀山土家族苗族自治县与我市松桃苗族自治县)
    home = r"(?:我|本)(?:省|市|县|区|州|盟|旗)"
    # (a government office after its place: 苏州市商务局与宿迁市商务局 — its portfolio, then the office)
    # (joined on: not 甘孜州公安局川滇藏结合部…会议, a topic after it)
    joined_on = rf"(?=\s|[，,]|{alt(words['joiner'])})"
    office = rf"(?!{_NUMERAL_COUNT})[\u4e00-\u9fff]{{0,8}}?(?:{alt(words['office'])}){joined_on}"
    # (right after the place it is of, no count: not 三省生态环境部门和…)
    listed = rf"\s|[，,]|{alt(words['joiner'])}|{alt(words['actor'])}|{count}|{home}"
    gap = re.compile(rf"(?:{office})?(?:{listed})*")
    abbreviations = {row[0]: row[1] for row in read_tsv("province_abbreviations.tsv")}
    chars = re.escape("".join(abbreviations))
    # (an organ of both sides may stand between: 闽港区议会交流座谈会, 川渝人大协同立法)
    # (a place in brackets may say which place of a letter's province takes part: 2016闽澳（宁德）经贸合作推介会)
    pair_run = re.compile(
        rf"(?P<run>[{chars}]{{2,6}})(?:[（(](?P<sub>[\u4e00-\u9fff]{{2,4}})[）)])?"
        rf"(?=(?:{alt(words['actor'])})?(?:{alt(words['pairword'])}))"
    )
    member_zone = re.compile(rf"(?P<run>[{chars}]{{2,6}})(?:{alt(words['memberzone'])})?")
    before_pairword = rf"(?=(?:{alt(words['actor'])})?(?:{alt(words['pairword'])}))"
    # (a field word may stand between, or two: 深喀经济合作洽谈会, 琼澳文化旅游合作推介会; the letters must then
    # all be cities', or provinces the article names)
    # (or two fields joined: 粤港|持续发展与环保|合作小组会议)
    # (two words, or three: 沪丰|异地就医结算|合作签约仪式)
    field = r"[\u4e00-\u9fff]{2}|[\u4e00-\u9fff]{4}|[\u4e00-\u9fff]{6}|[\u4e00-\u9fff]{2,4}[与和及][\u4e00-\u9fff]{2,4}"
    # (the place in brackets after them saying which place of a letter's takes part: 港深（光明）创科合作联合记者会)
    letter_run = re.compile(
        rf"(?P<run>[\u4e00-\u9fff]{{2,3}}?)(?:[（(](?P<sub>[\u4e00-\u9fff]{{2,4}})[）)])?(?P<field>{field})??"
        rf"{before_pairword}"
    )
    abbreviation_tail = re.compile(rf"(?<![{chars}])(?P<run>[{chars}]{{2,6}})$")
    # (a field word may stand between: 台中县农业参访团, 宁夏经贸代表团; read with .match at a
    # position, so no ^: that never matches there)
    # (a SAR government's body between: 香港|特区政府水务署代表团; or the SAR's legislature: 香港|特区立法会代表团)
    sar_body = "(?:特区政府|特别行政区政府|特区|特别行政区)?"
    # (or a longer department name its office word closes: 香港|特区政府环境保护署代表团, 省住房和城乡建设厅代表团)
    office = rf"[\u4e00-\u9fff]{{1,10}}?{_OFFICE_WORD}"
    delegation = re.compile(rf"{sar_body}(?:{office}|[\u4e00-\u9fff]{{0,4}}?)(?:{alt(words['delegation'])})")
    nongov_words = _nongov_pattern(words["nongov"], [*words.get("govbody", []), *words.get("twinned", [])])
    nongov = re.compile(nongov_words)
    # (a ministry's name before 门 is a government's departments: 两省商务部门, 交通运输部门)
    not_sides = re.compile(rf"{nongov_words}|(?:{alt(words['national'])})(?!门)")
    issuer = re.compile(alt(words["issuer"]))
    leader = re.compile(alt(words["leader"]))
    units = {row[0]: row[1] for row in read_tsv("count_units.tsv")}
    numeral = _NUMERAL_COUNT
    count_item = re.compile(rf"(?P<n>{numeral})个?(?:成员)?(?P<unit>{alt(units)})")
    count_after = re.compile(rf"(?:{numeral}个?(?:成员)?(?:{alt(units)}))+")
    count = rf"(?:{numeral}个?(?:成员)?(?:{alt(units)}))+"
    act = alt(words["act"])
    acting_count = re.compile(rf"(?:{act}){count}|{count}\s*(?:{act})")
    # a department of a place's government, or one of the offices parties.tsv names (妇联, 团市委)
    body = rf"[\u4e00-\u9fff]{{0,8}}?(?:局|厅|委员会|委|办公室|办|{alt(words['office'])})"
    return PartyWords(
        gap=gap,
        pair_run=pair_run,
        letter_run=letter_run,
        # (or one of its departments: 辽宁省|教委支援|海西州, 市|卫健委帮扶|…县)
        pairverb=re.compile(
            rf"(?:{alt(words['actor'])}|[\u4e00-\u9fff]{{1,6}}?(?:委员会|厅|局|委))?(?:{alt(words['pairverb'])})"
        ),
        member_zone=member_zone,
        abbreviation_tail=abbreviation_tail,
        abbreviations=abbreviations,
        pairwords=tuple(words["pairword"]),
        delegation=delegation,
        nongov=nongov,
        not_sides=not_sides,
        national=re.compile(rf"(?:{alt(words['national'])})(?!门)"),
        issuer=issuer,
        leader=leader,
        count_after=count_after,
        acting_count=acting_count,
        count_item=count_item,
        units=units,
        speaker=re.compile(alt(words["speaker"])),
        speaking=re.compile(rf"[^，,。；;！？\n]{{0,{SPEAKING_REACH}}}?(?:{alt(words['speaking'])})"),
        guest=re.compile(alt(words["guest"])),
        growth=re.compile(rf"(?:{alt(words['growth'])})$"),
        admitted=re.compile(rf"[^，,。；;！？\n]{{0,{ADMITTED_REACH}}}?(?:{alt(words['admitted'])})"),
        taking_in=re.compile(rf"(?:{alt(words['takingin'])})$"),
        aid=re.compile(rf"(?:{alt(words['actor'])})?(?:{alt(words['aid'])})"),
        headquarters=re.compile(rf"[^\s，,。；;、与和同《》]{{2,20}}?(?:{alt(words['headquarters'])})"),
        policy=re.compile(rf"(?:{alt(words['policyverb'])})[^《》\n]*(?:{alt(words['policygenre'])})》"),
        own_law=re.compile(rf"[^《》\n]*(?:{alt(words['ownlaw'])})(?:[（(][^（）()《》\n]*[）)])?》"),
        twinning=re.compile(alt(words["twinning"])),
        twinned=re.compile(alt(words["twinned"])),
        govowned=re.compile(alt(words["govowned"])),
        joined_body=re.compile(rf"{body}(?=举行|召开|签署|签订|共同|在|于|[，,])"),
        joining_body=re.compile(rf"{body}(?=[与同和])"),
        sar_office=re.compile(rf"[\u4e00-\u9fff]{{0,10}}?(?:{alt(words['saroffice'])})(?=与|和|同|、|\s|关于)"),
        sar_heads=alt(words["saroffice"]),
    )


def _nongov_pattern(nongov: Sequence[str], govbody: Sequence[str]) -> str:
    """The words of signers that are no governments (parties.tsv ``nongov``), each not where it ends the name of
    a governments' body (``govbody``: 经济联合会 is no 联合会 of enterprises)."""
    guarded = {w: [g[: -len(w)] for g in govbody if g.endswith(w) and len(g) > len(w)] for w in nongov}
    plain = [w for w, before in guarded.items() if not before]
    kept = [
        "".join(f"(?<!{re.escape(b)})" for b in sorted(before)) + re.escape(w)
        for w, before in guarded.items()
        if before
    ]
    return "|".join([f"(?:{alternation(plain)})", *kept])


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    region: Region


def mentions_of(regions: Sequence[Region]) -> list[Mention]:
    """Every mention of a place that can be a side, in text order; a longer mention wins an overlap."""
    out: list[Mention] = []
    for r in regions:
        if r.level in SIDE_LEVELS:
            out += [Mention(s, e, r) for s, e in r.spans]
    # (a zone's name that also says its province, written once — 中臺灣 for 中台湾 and 台湾省 — is the zone's mention:
    # the province is where it lies, no side of its own)
    out.sort(key=lambda m: (m.start, -(m.end - m.start), m.region.level != "zone"))
    kept: list[Mention] = []
    for m in out:
        # (the members of one compound share its span, 嘉义县市: each is a mention)
        same = (m.start, m.end) == (kept[-1].start, kept[-1].end) if kept else False
        if kept and m.start < kept[-1].end and not (same and "zone" not in (m.region.level, kept[-1].region.level)):
            continue
        kept.append(m)
    return kept


def narrowed_by_notes(body: str, mentions: list[Mention]) -> list[Mention]:
    """A place whose bracketed note right after it names a unit inside it (顺德清远（英德）经济合作区: 清远's 英德市)
    stands for that unit: the outer mention goes, the note's stays."""
    out: list[Mention] = []
    for k, m in enumerate(mentions):
        nxt = mentions[k + 1] if k + 1 < len(mentions) else None
        if (
            nxt is not None
            and body[m.end : m.end + 1] in ("（", "(")
            and nxt.start == m.end + 1
            and body[nxt.end : nxt.end + 1] in ("）", ")")
            and m.region.name in nxt.region.parents
        ):
            continue
        out.append(m)
    return out


def _runs(text: str, mentions: list[Mention], lo: int, hi: int) -> list[list[Mention]]:
    """Places of [lo, hi) joined only by list words: each run in text order.  An aid headquarters named by its
    place, a verb of pairing and the place it aids (天津市对口支援青海省黄南藏族自治州前方指挥部与河南县…) is its
    first place's, which the run goes on from at the headquarters' end; the aided places inside it are none."""
    words = party_words()
    runs: list[list[Mention]] = []
    first = bisect.bisect_left(mentions, lo, key=lambda m: m.start)  # mentions are in text order
    end = -1  # where the last place of the last run ends: its headquarters' end for one
    for m in itertools.takewhile(lambda m: m.start < hi, mentions[first:]):
        if m.start < end:
            continue  # (a place inside the headquarters' name)
        if runs and m.start - end <= MAX_GAP:
            if words.gap.fullmatch(text, end, m.start) or _qualifies(text, runs[-1][-1], m):
                runs[-1].append(m)
                end = _headquarters_end(text, m, words)
                continue
        runs.append([m])
        end = _headquarters_end(text, m, words)
    return [_unqualified(text, run) for run in runs if not _counts_lower(text, run)]


@cache
def _welcome_end() -> re.Pattern[str]:
    """rules/parties.tsv ``welcome``: the ends of a welcome's or a farewell's name (欢迎会, 欢送欢迎会)."""
    return re.compile(rf"(?:{alternation(read_groups('parties.tsv').get('welcome', ()))})$")


# the place holding the event, the subject of its sentence: its organs (地委、行署), where, then the verb
_HOLDS = re.compile(
    r"(?:人民政府|政府|党委|[省市县区州旗盟地]委|行署|行政公署)?(?:[、和](?:人民政府|政府|行署|行政公署|[省市县区州旗盟地]委))*"
    r"(?:[昨今][天日]?|[0-9一二三四五六七八九十]{1,3}日)?(?:上午|下午|晚上)?"
    r"(?:在[^，,。；;]{1,16}?)?(?:隆重|正式)?(?:召开|举行|举办)了?$"
)
# the home's organs by their level alone opening the sentence (县委在行政中心二楼会议室召开…)
_HOME_HOLDS = re.compile(
    r"(?:[市县区州旗盟]委|[市县区州旗盟](?:人民)?政府)(?:[、和][市县区州旗盟](?:委|人民政府|政府))?"
)


def _welcome_sides(
    body: str,
    ev: EventMention,
    spans: list[tuple[int, int]],
    mentions: list[Mention],
    home: Callable[[], str | None],
    home_county: Callable[[], str | None] | None,
) -> list[Region]:
    """The one place a welcome's (or a farewell's) name holds and the place holding it: the subject of the event's
    sentence with its verb (昭苏县召开…, 遵义地委、行署在地委礼堂召开…, 民丰县在县委党校召开…), or the home where its
    organs open the sentence by their level alone (县委在…召开); none where the name holds no one place, or the
    holder is that place or lies in it."""
    if ev.name is None or not _welcome_end().search(ev.name):
        return []
    lo, hi = spans[0]
    named = _without_parents(_regions_of([m for m in mentions if lo <= m.start < hi and m.region.level != "zone"]))
    if len(named) != 1:
        return []
    s_lo = _sentence_start(body, lo)
    holder: Region | None = None
    for m in mentions:
        if s_lo <= m.start and m.end <= lo and m.region.level != "zone" and _HOLDS.match(body[m.end : lo]):
            if body[m.start - 1 : m.start] not in ("在", "于"):  # (not where it was held: 州委、州政府在玉树市召开)
                holder = m.region
            break
    c_lo = max(s_lo, _clause_start(body, lo))  # (3月17日上午，|县委在…召开: after a time)
    if holder is None and _HOME_HOLDS.match(body, c_lo) and _HOLDS.search(body[c_lo:lo]):
        # (a county's organs name the county the page is of; a city's or a prefecture's, the home city)
        county = body[c_lo] in "县区旗" and home_county is not None
        own = (home_county() if county and home_county is not None else None) or home()
        holder = next((m.region for m in mentions if m.region.name == own), None)
    if holder is None or holder == named[0] or holder.name in named[0].parents or named[0].name in holder.parents:
        return []
    return [named[0], holder]


@cache
def _town_pair() -> re.Pattern[str]:
    """Two units below the county (rules/subcounty_units.tsv) opening a name, joined by a list word or glued
    (华士镇—丁嘴镇…, 渭塘乡沟墩乡…, 杨镇—乌兰哈达苏木…); a year may stand before them."""
    unit = rf"[\u4e00-\u9fff]{{1,6}}?(?:{alternation([row[0] for row in read_tsv('subcounty_units.tsv')])})"
    joiner = alternation(read_groups("parties.tsv")["joiner"])
    return re.compile(rf"(?:\d{{4}}年?)?(?P<a>{unit})(?:{joiner})?(?P<b>{unit})(?![\u4e00-\u9fff]?(?:长|委))")


_TOWN_SEAT = re.compile(r"(?:位于|地处|隶属于?|属)")  # 丁嘴镇位于宿豫区西北部
_TOWN_LEVELS = ("county", "prefecture")  # a town lies in a county, or in a city without counties (东莞市长安镇)


def _town_counties(
    body: str,
    name: str,
    mentions: list[Mention],
    home: Callable[[], str | None],
    home_county: Callable[[], str | None] | None,
) -> list[Region]:
    """The county-level units of the two towns a name opens with, one for each and not the same (else none)."""
    pair = _town_pair().match(name)
    if pair is None:
        return []
    counties = [_town_county(body, pair[k], mentions, home, home_county) for k in ("a", "b")]
    if any(c is None for c in counties) or counties[0] == counties[1]:
        return []
    return [c for c in counties if c is not None]


def _town_county(
    body: str,
    town: str,
    mentions: list[Mention],
    home: Callable[[], str | None],
    home_county: Callable[[], str | None] | None,
) -> Region | None:
    """The county-level unit one town lies in, by the first evidence in this order over all its mentions: a
    county's (or a city's) place written right before it or inside the name (宿豫区丁嘴镇, 东莞市长安镇), a
    county's title before the town's in one list (江阴市委常委、华士镇党委书记), the home before it (我市华士镇: a
    county's outlet may be read as its city's), a verb of lying in (丁嘴镇位于宿豫区)."""
    at = [k.start() for k in re.finditer(re.escape(town), body)]
    if not at:
        return None
    starts = {m.start: m for m in mentions if m.region.level in _TOWN_LEVELS}
    ends = {m.end: m for m in mentions if m.region.level in _TOWN_LEVELS}
    for i in at:
        before = next(
            (ends[i - len(q)] for q in QUALIFYING if i - len(q) in ends and body.startswith(q, i - len(q))), None
        )
        inside = next((m for m in mentions if i <= m.start and m.end <= i + len(town) - 2), None)
        if before is not None:
            return before.region
        if inside is not None and inside.region.level in _TOWN_LEVELS:
            return inside.region
    for i in at:
        if body[i - 1 : i] != "、":
            continue
        lead = max(body.rfind(c, 0, i - 1) for c in "，。；：\n 　与和") + 1
        if lead in starts and i - 1 - starts[lead].end <= TITLE_TAIL:
            return starts[lead].region
    for i in at:
        if body[max(0, i - 2) : i] in home_phrases():
            own = (home_county() if home_county is not None else None) or home()
            found = next((m.region for m in mentions if m.region.name == own), None)
            if found is not None:
                return found
    for i in at:
        seat = _TOWN_SEAT.match(body, i + len(town))
        if seat is not None and seat.end() in starts:
            return starts[seat.end()].region
    return None


def _headquarters_end(text: str, m: Mention, words: PartyWords) -> int:
    """The end of the aid headquarters ``m``'s place names with a verb of pairing (rules/parties.tsv
    ``headquarters``), else of ``m``."""
    verb = words.pairverb.match(text, m.end)
    if verb is None:
        return m.end
    hq = words.headquarters.match(text, verb.end())
    return hq.end() if hq else m.end


# between a place and its own child: 云南省曲靖市, 沧州市的吴桥县, 廊坊市所辖三河市
QUALIFYING = ("", "的", "所辖", "下辖", "所属")


def _qualifies(text: str, m: Mention, nxt: Mention) -> bool:
    """``m`` is written right before its own child ``nxt``, or with one of ``QUALIFYING`` between (的,
    所辖), only to qualify it — ``m`` as named then too (思茅市景东彝族自治县 in 2005: today 普洱市's county)."""
    if text[m.end : nxt.start] not in QUALIFYING:
        return False
    cur = m.region.current
    if nxt.region.level == "zone":
        # (河北雄安新区: a new area inside a city of the province before it, rules/place_areas.tsv)
        return m.region.level == "province" and _zone_in(nxt.region.name, m.region.name)
    return m.region.name in nxt.region.parents or (cur is not None and cur.name in nxt.region.parents)


def _zone_in(zone: str, province: str) -> bool:
    """``zone`` is an area inside one city (rules/place_areas.tsv) of ``province``."""
    from extract.extractors.regions import region_index
    from extract.extractors.regions.scan import place_areas

    city = place_areas().get(zone)
    return city is not None and any(province in u.parents for u in region_index().units.get(city, ()))


# a list that gives examples only: 等 without the count after it (…青岛市等城市; not 等四市, which closes
# a full list)
# (but 等 closing a list of those who attend: 苏州、无锡、常州等市政府负责同志参加会议)
_ATTENDING = r"(?:[市县区省州盟旗]|城市|地)?(?:人民政府|政府|党委|党政)?(?:主要)?(?:负责同志|负责人|领导|代表)"
_EXAMPLES = re.compile(rf"等(?![0-9０-９一二两三四五六七八九十几多个])(?!{_ATTENDING})")
_ATTENDING_AFTER = re.compile(rf"等?{_ATTENDING}")  # the list's places are those whose people attend


_VENUES = re.compile("主会场|分会场")
_HOME = re.compile("我市|我区|我县|我州|我盟|我省")
# the home named as the other side (…与我州召开…)
_HOME_SIDE = re.compile("(?:与|同|和)(?:我市|我区|我县|我州|我盟)")


# a delegation and the hosts it holds the meeting with, right before the meeting's name
_WITH_HOSTS = re.compile(
    r"(?:代表团|考察团|访问团|参访团)(?:一行)?(?:[^，,。；;\s]{0,6}?)与(?P<hosts>[^，,。；;\s在]{2,16}?)(?:在[^，,。；;\s]{1,12}?)?(?:共同)?(?:举行|召开|举办)了?$"
)
WITH_HOSTS_CHARS = 32  # characters before the meeting's name in which the delegation and its hosts are said
# (the hosts' side first, the delegation after 与: …与代表团举行工作会谈, 与来访的考察团一行召开座谈会)
_WITH_DELEGATION = re.compile(
    r"与(?:来访的)?(?:代表团|考察团|访问团|参访团)(?:一行)?(?:[^，,。；;\s]{0,6}?)(?:举行|召开|举办|进行)了?$"
)


def _delegation_place(
    body: str,
    title: tuple[str, tuple[int, int]] | None,
    at: int,
    mentions: list[Mention],
    by_name: dict[str, Region],
    home: Callable[[], str | None],
    home_province: Callable[[], str | None] | None,
) -> Region | None:
    """The place of the delegation the headline or the text before ``at`` names: a place right before the
    delegation's word (江西省党政代表团), or the home written so (我省党政代表团: the outlet's province; 我市…),
    where the article names it."""
    words = party_words()
    lo = title[1][0] if title else 0
    for m in reversed([m for m in mentions if lo <= m.start < at]):
        if words.delegation.match(body, m.end):
            return m.region
    for h in _HOME.finditer(body, lo, at):
        if words.delegation.match(body, h.end()):
            name = (home_province() if home_province else None) if h.group() == "我省" else home()
            return by_name.get(name or "")
    return None


def _home_delegation(name: str) -> bool:
    """The name is the home's delegation's (我市党政代表团赴石家庄…): 我市 and a delegation word (parties.tsv)."""
    return any(party_words().delegation.match(name, m.end()) for m in _HOME.finditer(name))


def _speakers(body: str, end: int) -> bool:
    """The places of a list that ends at ``end`` are speakers' cities (…的代表分别发言), or some of the
    members as speakers (…青岛市等城市代表作了交流发言: 等 without a count, then a speaker's word)."""
    speaker = party_words().speaker
    if speaker.match(body, end) or party_words().speaking.match(body, end):
        return True  # (…、南昌三个省会城市科技局负责人在会上作交流发言: the clause the list opens is its speaking)
    return bool(_EXAMPLES.match(body, end) and speaker.search(body, end, end + 8))


SPEAKING_REACH = 20  # characters of the list's clause before its verb of speaking (三个省会城市科技局负责人在会上)
TAKING_IN_MAX = 2  # characters of a verb of taking members in (parties.tsv takingin) right before their list
ADMITTED_REACH = 12  # characters after a count of members before a word of taking them in (parties.tsv admitted)


def _unqualified(text: str, run: list[Mention]) -> list[Mention]:
    """Drop a place written before its own child only to qualify it (云南省曲靖市, 山东省德州市的陵县、
    宁津县 and 河北省沧州市的吴桥县: the counties are the run's members)."""
    out: list[Mention] = []
    for i, m in enumerate(run):
        nxt = run[i + 1] if i + 1 < len(run) else None
        if nxt and _qualifies(text, m, nxt):
            continue
        out.append(m)
    return out


def _qualified_as_one(text: str, run: list[Mention]) -> list[Mention]:
    """A place written before its own child to qualify it and the child read as one mention of the
    child (南充市·重庆市合川区: 重庆市合川区 is 合川区 from 重庆市's first character on)."""
    out: list[Mention] = []
    for m in run:
        if out and _qualifies(text, out[-1], m):
            m = Mention(out.pop().start, m.end, m.region)
        out.append(m)
    return out


def _regions_of(run: Sequence[Mention]) -> list[Region]:
    seen: dict[str, Region] = {}
    for m in run:
        seen.setdefault(m.region.name, m.region)
    return list(seen.values())


@cache
def _compound_pairs() -> tuple[re.Pattern[str] | None, dict[str, list[str]]]:
    """A fixed compound of abbreviations (rules/compound_abbreviations.tsv: 苏锡常, 宜花东) before a
    cooperation word, and each compound's members."""
    members = {row[0]: [m.split("@")[0] for m in row[1].split("|")] for row in read_tsv("compound_abbreviations.tsv")}
    if not members:
        return None, {}
    pairwords = alternation(list(party_words().pairwords))
    return re.compile(rf"(?P<c>{alternation(list(members))})(?=(?:区域)?(?:{pairwords}))"), members


def _abbreviation_sides(name: str, all_regions: dict[str, Region]) -> list[Region]:
    """粤港合作 / 甘青两省 in an event's name: the provinces of the run; 宜花东区域合作 / 苏锡常一体化:
    the members of a fixed compound."""
    words = party_words()
    out: list[Region] = []
    pattern, members = _compound_pairs()
    for m in pattern.finditer(name) if pattern else ():
        if m.start() > 0 and any(r.name.startswith(name[m.start() - 1]) for r in all_regions.values()):
            continue  # 桃竹竹苗: a longer run than the listed 竹竹苗, whose members it does not give alone
        for full in members[m.group("c")]:
            region = _as_named(full, all_regions)
            if region is not None and region not in out:
                out.append(region)
    if out:
        return out
    units = [r.name for r in all_regions.values() if r.level != "zone"]
    for m in words.pair_run.finditer(name):
        run = m.group("run")
        if len(set(run)) != len(run):
            continue
        if any(u.startswith(run) and len(u) <= len(run) + 1 for u in units):
            continue  # 黑龙江辽宁两省: 辽宁 is the province's name written short, no letters 辽 and 宁 (宁夏)
        for c in run:
            full = words.abbreviations[c]
            # (a city's letter, where the article names that city and not the province: 宁港经贸合作交流会 in
            # 南京 beside no 宁夏 is 南京市's; rules/city_abbreviations.tsv)
            city = None if _as_named(full, all_regions) else all_regions.get(_city_letters().get(c, ""))
            region = (
                _one_unit_of(c, full, all_regions)
                or _as_named(full, all_regions)
                or city
                or _city_not_province(c, full, all_regions)
                or Region(name=full, level="province")
            )
            if region not in out:
                out.append(region)
        out = _narrowed(out, m.group("sub"), all_regions)
    if out:
        return out
    # (the letters after an edition's ordinal or year: 首次港中合作交流会议, 第一次港珠交通及物流合作会议)
    rest = _YEAR_PREFIX.sub("", name)
    sides = _letter_sides(name, all_regions) or (_letter_sides(rest, all_regions) if rest != name else [])
    if not sides:
        # the letters after an edition's year and a zone the event is about (2017汉江生态经济带襄随合作
        # 发展论坛: 襄阳市, 随州市)
        zone = max((r.name for r in all_regions.values() if r.level == "zone" and rest.startswith(r.name)),
                   key=len, default="")  # fmt: skip
        if zone:
            sides = _letter_sides(rest[len(zone) :], all_regions)
    return sides or _provinces_opening(rest, all_regions)


def _provinces_opening(name: str, all_regions: dict[str, Region]) -> list[Region]:
    """Two or three provinces' letters opening a name with no word of cooperation after them (浙藏建设工作座谈会):
    those provinces, where the article writes each one's name in full (浙江省建设厅与西藏自治区建设厅签订…) — a run
    of letters of provinces named so is no one place's name."""
    abbreviations = party_words().abbreviations
    run = ""
    for c in name[:4]:
        if c not in abbreviations or c in run:
            break
        run += c
    if not 2 <= len(run) <= 3 or len(name) - len(run) < 3 or _ADJOINING_AREA.match(name, len(run)):
        return []  # (吉蒙毗邻地区…: where the sides lie, not who)
    rest = name[len(run) :]
    if any(r.level != "zone" and _stem(r.name) in rest for r in all_regions.values()):
        return []  # (粤港东江水质保护河源座谈会: a place of the name's own, read with it elsewhere)
    out = [_as_named(abbreviations[c], all_regions) for c in run]
    sides = [r for r in out if r is not None and r.level == "province" and any(e - s > 1 for s, e in r.spans)]
    return sides if len(sides) == len(run) else []


# (or a year of two digits after an apostrophe: ’96吉抚边界经贸洽谈会)
_YEAR_PREFIX = re.compile(
    r"^(?:第[一二三四五六七八九十0-9]+[届次]|首[届次]|(?:19|20)[0-9]{2}(?:年度?)?|[’'‘][0-9]{2})+"
)


def _narrowed(sides: list[Region], sub: str | None, all_regions: dict[str, Region]) -> list[Region]:
    """The sides of letters with the one place ``sub`` (written in brackets after them) names in place of the side it
    lies in (闽澳（宁德）: 宁德市 for 福建省; 港深（光明）: 光明区 for 深圳市)."""
    if not sub:
        return sides
    inner = [r for r in all_regions.values() if r.level != "zone" and r.name.startswith(sub)]
    if len(inner) != 1:
        return sides
    return [inner[0] if inner[0].parents and r.name in inner[0].parents else r for r in sides]


def _letter_sides(name: str, all_regions: dict[str, Region]) -> list[Region]:
    """A name opening with two or three letters before a cooperation word, each a province's
    abbreviation, a city's the article names when it names no such province (宁马合作座谈会 beside
    南京市: rules/city_abbreviations.tsv), or the first letter of one single city the article names
    (澳江合作推进会议 with 江门市 named, 淮港经贸洽谈会, 金泉…协调会): those places."""
    words = party_words()
    m = words.letter_run.match(name)
    if m is None:
        return []
    if any(r.level != "zone" and r.name.startswith(m.group("run")) for r in all_regions.values()):
        return []  # (one place's name the article names, no letters: 黔东|南州旅游经贸推介会 — 黔东南州's)
    field = m.group("field") or ""
    # (a field opening with an ordinary word no place is named by goes on no run: 桃宁|青年创业交流 — 青年, no 青海)
    plain_word = word_frequency(field[:2]) >= COMMON_WORD and not key_units(field[:2])
    if len(field) > 2 and ((field[0] in words.abbreviations and not plain_word) or field.startswith("地区")):
        return []  # (not 京津|冀产业链…; 攀西地区开发协作: one area's name, no letters)
    if _ADJOINING_AREA.match(name, m.end("run")):
        return []  # (吉蒙毗邻地区协同发展座谈会 of a county and a banner: the letters say where they lie, not who)
    sides = _sides_of_letters(m.group("run"), all_regions, field=bool(m.group("field")))
    if len(field) > 2 and not all(all_regions.get(r.name) == r for r in sides):
        return []  # (two field words only after letters of places the article names: 屏琼热带农业交流座谈会)
    return _narrowed(sides, m.group("sub"), all_regions)


# after provinces' letters, the area along their border (吉蒙毗邻地区, 宁蒙陕甘毗邻地区): its lower units meet
_ADJOINING_AREA = re.compile(r"(?:毗邻|交界|接壤|相邻)(?:地区|区域|地带)")


@cache
def _zone_letters() -> re.Pattern[str]:
    """Two to six letters before a zone word (rules/zone_words.tsv ``zone``: 城市群, 经济区) that end a
    zone's name."""
    words = sorted(read_groups("zone_words.tsv").get("zone", ()), key=len, reverse=True)
    return re.compile(rf"(?P<run>[\u4e00-\u9fff]{{2,6}}?)(?:{alternation(words)})$")


def _zone_letter_members(zone: str, all_regions: dict[str, Region]) -> list[Region]:
    """The members of a zone whose name is its members' letters before a zone word, each letter a
    province's or a place's the article names (``_sides_of_letters``), else none."""
    m = _zone_letters().fullmatch(zone)
    if m is None or len(set(m.group("run"))) != len(m.group("run")):
        return []
    if any(r.level != "zone" and r.name.startswith(m.group("run")[:2]) for r in all_regions.values()):
        return []  # one place's name, no letters: 南京都市圈, 银川都市圈
    sides = _sides_of_letters(m.group("run"), all_regions)
    return sides if len(sides) == len(m.group("run")) else []


@cache
def _unit_letters() -> frozenset[str]:
    """Provinces' letters that stand for the one unit of theirs an article names (rules/province_abbreviations.tsv
    ``unit``: 台)."""
    return frozenset(row[0] for row in read_tsv("province_abbreviations.tsv") if row[3:4] == ("unit",))


def _one_unit_of(letter: str, province: str, all_regions: dict[str, Region]) -> Region | None:
    """The one prefecture or county of ``province`` the article names, where ``letter`` stands for it
    (``_unit_letters``: 渝台 beside 台湾云林县 only is 云林县), else None."""
    if letter not in _unit_letters():
        return None
    units = [r for r in all_regions.values() if r.level in ("prefecture", "county") and province in r.parents]
    units = [r for r in units if not any(o.name in r.parents for o in units)]
    return units[0] if len(units) == 1 else None


def _city_not_province(letter: str, province: str, all_regions: dict[str, Region]) -> Region | None:
    """The one city the article names whose name starts with a province's ``letter``, when the article
    does not name the province and the city lies in another (港青 beside 青岛市, no 青海省: 青岛市; 沪苏
    beside 苏州市 stays 江苏省)."""
    if province in all_regions:
        return None
    firsts = _cities_opened_by(letter, all_regions)
    return firsts[0] if len(firsts) == 1 and province not in firsts[0].parents else None


def _cities_opened_by(letter: str, all_regions: dict[str, Region], shortest: int = 3) -> list[Region]:
    """The prefectures and counties the article names whose names start with ``letter`` (``shortest``
    characters at least: 青县 has two), the higher of a unit and its own (喀什地区 and its 喀什市 both
    named: 喀什地区)."""
    firsts = [r for r in all_regions.values() if r.level in ("prefecture", "county") and r.name[0] == letter
              and len(r.name) >= shortest]  # fmt: skip
    return [r for r in firsts if not any(o.name in r.parents for o in firsts)]


def _cities_holding(letter: str, all_regions: dict[str, Region]) -> list[Region]:
    """The prefectures and counties of three characters or more the article names with ``letter``
    after their first character (新竹县 for 竹), the higher of a unit and its own."""
    held = [r for r in all_regions.values() if r.level in ("prefecture", "county") and letter in r.name[1:]
            and len(r.name) >= 3]  # fmt: skip
    return [r for r in held if not any(o.name in r.parents for o in held)]


def _as_named(full: str, all_regions: dict[str, Region]) -> Region | None:
    """The article's region of a province-level place a letter stands for, as the article names it then (港 in 1992:
    香港, whose successor is 香港特别行政区)."""
    return all_regions.get(full) or next(
        (r for r in all_regions.values() if r.current is not None and r.current.name == full), None
    )


def _sides_of_letters(run: str, all_regions: dict[str, Region], *, field: bool = False) -> list[Region]:
    """The places two or three letters stand for (see ``_letter_sides``; ``field``: a field word
    follows them), or none when one letter is no place's or two are one's."""
    words = party_words()
    out: list[Region] = []
    cities: list[list[Region]] = []  # each letter's cities of the article (the first letter theirs)
    inner: list[Region] = []  # the sides read from a letter inside a name (the weakest reading)
    for c in run:
        firsts = _cities_opened_by(c, all_regions)
        full = words.abbreviations.get(c)
        province = (_as_named(full, all_regions) or Region(name=full, level="province")) if full else None
        province = (_one_unit_of(c, full, all_regions) or province) if full else None
        cities.append(firsts)
        city = all_regions.get(_city_letters().get(c, ""))
        if city is not None and (full is None or _as_named(full, all_regions) is None):
            cands = [city]  # 宁马合作 beside 南京市 (city_abbreviations.tsv), no 宁夏 named: the city
        elif full and (other := _city_not_province(c, full, all_regions)):
            cands = [other]
        else:
            # (with a field word between, a province's letter only where the article names the province:
            # 浙港环保合作交流会 beside 浙江省生态环境厅 and 香港特别行政区政府)
            named = full is not None and _as_named(full, all_regions) is not None
            cands = [province] if province is not None and (not field or named) else _dominant(firsts)
        if not cands and province is None:
            # a letter inside the one name of the article that holds it, as a place's letter is often
            # not its first (湘竹农业交流座谈会 beside 新竹县: 竹; a unit's generic ending is no letter)
            cands = inner = [r for r in _cities_holding(c, all_regions) if c not in _SUFFIX_CHARS]
        if len(cands) != 1 or cands[0] in out:
            return []
        out.append(cands[0])
    # a province's letter beside cities' letters names that province's city the article names, the
    # peers' level (长吉一体化 beside 长春市 and 吉林市: 吉林市, not 吉林省; 苏锡常: 苏州市; 赣深: 赣州市) — not
    # beside a side read from a letter inside its name, only a city the article names more often than
    # the province (湘竹 beside 新竹县 and 湘潭市 named once stays 湖南省; 竹苏 in 苏州市: 苏州市)
    peers = {r.level for r in out if r.level != "province"}
    weak = any(r in inner for r in out)
    if len(peers) == 1 and len(peers) < len(out):
        level = next(iter(peers))
        for i, r in enumerate(out):
            alt = [x for x in cities[i] if r.level == "province" and x.level == level and r.name in x.parents
                   and (not weak or len(x.spans) > len(r.spans))]  # fmt: skip
            alt = _dominant(alt)
            if len(alt) == 1 and alt[0] not in out:
                out[i] = alt[0]
    return out


DOMINANT_TIMES = 4  # a city named this many times as often as any other the letter opens is the one it stands for


def _dominant(cities: list[Region]) -> list[Region]:
    """Of several cities a letter may stand for, the one the article names ``DOMINANT_TIMES`` as often as any
    other (台金 beside 台东县, named throughout, and 台北市, once in passing: 台东县); else all of them."""
    if len(cities) < 2:
        return cities
    ranked = sorted(cities, key=lambda x: len(x.spans), reverse=True)
    return ranked[:1] if len(ranked[0].spans) >= DOMINANT_TIMES * len(ranked[1].spans) else cities


def event_parties(
    body: str,
    title: tuple[str, tuple[int, int]] | None,
    ev: EventMention,
    regions: Sequence[Region],
    location: str | None,
    home: Callable[[], str | None],
    mentions: list[Mention] | None = None,
    home_province: Callable[[], str | None] | None = None,
    home_county: Callable[[], str | None] | None = None,
    people: Sequence[tuple[str, str]] = (),
) -> tuple[list[Region], str | None]:
    """The places that are the sides of the event and the evidence that gave them: the name of
    the step of the module's docstring that found them (``None`` when none did).  ``home`` gives the
    article's home city (我市), ``home_province`` its province (the outlet's: 安徽日报 → 安徽省),
    ``home_county`` the county-level unit a county's outlet names (盖州市人民政府网 → 盖州市); ``people``
    the officials and the place each one's title names (蔡明崇, 花莲县 for 花莲县副县长蔡明崇), read where the
    event's sentences name them without it (由蔡明崇与舟山市副市长邵国平共同签署).
    Members found listed or counted get the places the article joins after their count
    (三市和肇东市: the three and 肇东市)."""
    sides, evidence = _event_parties(
        body, title, ev, regions, location, home, mentions, home_province, people, home_county
    )
    by_name = {r.name: r for r in regions}
    if len(sides) == 1 and ev.name and (owner := _OWNED_BY.match(ev.name)):
        # (省属国有企业对口支援瑞金工作座谈会: the enterprises the province owns, the one side named — and the
        # province it lies in, where the page names it)
        level = "province" if owner["level"] == "省" else "prefecture"
        above = [by_name[p] for p in sides[0].parents if p in by_name and by_name[p].level == level]
        sides = [*above[:1], *sides]
    if evidence == "delegation" and home_county is not None:
        sides = _county_host(sides, by_name, home_county)
    if evidence in ("listed", "counted", "zone-listed") and len(sides) >= 2:
        every = mentions_of(regions) if mentions is None else mentions
        sides = sides + [r for r in _joined_after_count(body, every, sides) if r not in sides]
    return without_letters_abroad(body, regions, _former_kind_namesakes(body, sides, by_name)), evidence


def without_letters_abroad(body: str, regions: Sequence[Region], sides: list[Region]) -> list[Region]:
    """Without the provinces read from a letter that here opens a foreign country's name the page writes, where the
    page names no such province nor a place in it (新粤合作理事会 beside 新加坡: Singapore's 新, no 新疆; 澳 of
    澳大利亚, 蒙 of 蒙古国)."""
    named = {r.name for r in regions} | {p for r in regions for p in r.parents}  # (and where they lie)
    if all(r.name in named for r in sides):
        return sides
    abbr = party_words().abbreviations
    abroad = {abbr[c] for c in country_initials(body) if c in abbr}
    return [r for r in sides if r.name in named or r.name not in abroad]


def _former_kind_namesakes(body: str, sides: list[Region], by_name: dict[str, Region]) -> list[Region]:
    """A city among the sides whose namesake 地区 or 盟 the page names in full, where the page counts its
    sides in 地区 (南宁、百色两地区 beside 南宁地区 and 南宁市, which coexisted until 2002): the 地区."""
    if not any(k in body for k in FORMER_KINDS):
        return sides  # (no count of 地区 or 盟 can be written: one test for most articles)
    # (the count's pattern reads 两地 of 两地区: the character after it is taken too)
    counted = [body[m.start() : m.end() + 1] for m in party_words().count_after.finditer(body)]
    counted = [c if c.endswith(FORMER_KINDS) else c[:-1] for c in counted]
    kinds = [k for k in FORMER_KINDS if any(c.endswith(k) for c in counted)]
    if not kinds:
        return sides
    out = []
    for r in sides:
        stem = r.name[:-1] if r.name.endswith("市") else ""
        alt = next((by_name[stem + k] for k in kinds if stem and stem + k in by_name), None)
        out.append(alt if alt is not None and alt not in sides else r)
    return out


# a meeting named for the enterprises a province or a city owns (省属国有企业…, 市属国企…: parties.tsv govowned)
_OWNED_BY = re.compile(r"(?P<level>[省市])属")
_AND_AFTER = re.compile(r"(?:和|及|以及)")
_COUNTED_HEADS = re.compile(r"(?:[市县区州盟旗省]长|(?:主要)?领导|负责同志|负责人|代表)")
_ATTEND = re.compile(r"出席|参加|与会")  # a sentence of who attends
# newcomers joined after the members' count (和新入会的, 及新加入的, 和新成员)
# a count's offices before their partner (两市旅游局与…, 两县人社部门和…)
# (or the count alone joined to the partner: 两市|与香港江苏社团总会签署)
_OFFICES_WITH = re.compile(r"(?:[^\s，。、与和及的《》]{0,10}?(?:厅|局|委员会|委|办公室|办|部门|政府))?(?:与|和|同)")
_NEWCOMERS = re.compile(r"新(?:入会|加入|入盟|成员|吸纳)的?")


_NUMERALS = "两二三四五六七八九十0123456789"  # (四省二十个设区市: a second count right after the first)


def _pair_counted(body: str, mentions: list[Mention], m: re.Match[str]) -> bool:
    """A count of two right after the two places it counts, set apart by a list mark (黄山、池州两市政府…负责人
    参加会议): the pair that attends, written out."""
    levels = _count_levels(m.group(0))
    if not (len(levels) == 1 and levels[0][0] == 2):
        return False
    last = next((k for k, x in enumerate(mentions) if x.end == m.start()), None)
    return last is not None and last > 0 and body[mentions[last - 1].end : mentions[last].start] in ("、", "和", "与")


def _one_level_count(phrase: str) -> bool:
    """A count of three or more members of one level (九省区; not 四省二十个设区市, whose members are the
    cities it does not list: the zone alone, RECORD.md)."""
    levels = _count_levels(phrase)
    return len(levels) == 1 and levels[0][0] >= 3


def _county_host(
    sides: list[Region], by_name: dict[str, Region], home_county: Callable[[], str | None]
) -> list[Region]:
    """County-level visitors hosted by a city whose county-level unit's outlet reports the visit (普兰店市
    党政代表团来我市 on 盖州市人民政府网: 盖州市, not 营口市): that unit hosts, at the visitors' level."""
    hosts = [r for r in sides if r.level == "prefecture"]
    visitors = [r for r in sides if r.level == "county"]
    if len(hosts) != 1 or not visitors or len(hosts) + len(visitors) != len(sides):
        return sides
    own = by_name.get(home_county() or "")
    if own is None or own.level != "county" or hosts[0].name not in own.parents or own in sides:
        return sides
    return [own if r is hosts[0] else r for r in sides]


def _joined_after_count(body: str, mentions: list[Mention], sides: list[Region]) -> list[Region]:
    """The places of a city's or a county's level joined right after a count of as many members as
    ``sides`` where the article writes one (三市和肇东市签署了…), the first such; else none.  Not after
    与 (两县与凉山州的美姑县山水相连: "with" as often as "and"), nor a place before 的 (a parent)."""
    for m in party_words().count_after.finditer(body):
        levels = _count_levels(m.group(0))
        if not levels or sum(n for n, _ in levels) != len(sides):
            continue
        said = {lv for _, lv in levels}
        # (a city's count holds the municipalities among them: 上海、南京…16个成员城市)
        if not all(_counted_as(r, said) or (r.level == "province" and "prefecture" in said) for r in sides):
            continue  # (两县在苏鲁两省和徐州、济宁两市的支持下: a count of others)
        written = _written_before(body, mentions, m.start())
        if written and not all(r in sides for r in written):
            continue  # (长春、吉林两市和延边朝鲜族自治州, a speaker's other cities: a count of others)
        # (the members' heads after their count: 四市市长和新加入的衢州、黄山两市市长)
        heads = _COUNTED_HEADS.match(body, m.end())
        joined = _AND_AFTER.match(body, heads.end() if heads else m.end())
        if not joined:
            continue
        at = joined.end()
        if qualified := _NEWCOMERS.match(body, at):
            # 16个成员城市和新入会的合肥、盐城…6个城市: the list of newcomers after its qualifier, whole
            run = next((r for r in _runs(body, mentions, qualified.end(), qualified.end() + 120)), [])
            if run and run[0].start == qualified.end():
                extra = _regions_of(run)
                if all(r.level in ("prefecture", "county") for r in extra):
                    return extra
            continue
        after = [x for x in mentions if at <= x.start < at + 4]
        extra = _regions_of(after)
        if (
            extra
            and after[0].start == at  # (right after the joiner: not 往来两地以及前往广州、珠海, a trip's places)
            and all(r.level in ("prefecture", "county") for r in extra)
            and body[after[-1].end : after[-1].end + 1] != "的"
        ):
            return extra
    return []


_SIDE_JOINERS = frozenset("与和同")


# ---------------------------------------------------------------- a partner abroad

_PLACE_ABROAD = re.compile(r"[^\W\d_与和及同、]{2,12}?[市州县省郡道]")  # a unit's name (平泽市, 沃尔夫斯堡市)
# a side's organ before the joiner: a word (与和同) or a name's mark between its two places (日照·群山经贸合作交流会,
# 浏阳市—纳库鲁郡经贸合作座谈会, 新加坡—江苏合作理事会: event.PAIR_JOINERS)
_ORGAN_AFTER = re.compile(rf"(?:人民政府|政府|人民委员会|市政府|市长)?(?=[{PAIR_JOINERS}])")


@cache
def _abroad_re() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A foreign country's name opening a partner (与韩国丽水市, 与德国沃尔夫斯堡: regions' ``foreign_country_re``),
    and a partner abroad joined before a place (越南海防市人民委员会与|北海市)."""
    country = foreign_country_re()
    before = rf"{country.pattern}[^\W\d_与和及同、]{{0,14}}?(?:人民政府|政府|人民委员会)?[{PAIR_JOINERS}]$"
    return country, re.compile(before)


def _transliterated(name: str) -> bool:
    """A name of three characters or more most of which render a foreign name's sounds (沃尔夫斯堡, 布拉戈维申斯克)."""
    chars = transliteration_chars()
    return len(name) >= 3 and sum(c in chars for c in name) >= 0.75 * len(name)


@lru_cache(maxsize=8)
def _named_abroad(body: str) -> frozenset[str]:
    """The units the page names after a foreign country (越南海防市, 韩国全罗南道丽水市): 海防市, 丽水市 are abroad
    wherever the page writes them (北海市与海防市友好合作座谈会).  (Read once a page: each name and title asks.)"""
    country, _ = _abroad_re()
    out: set[str] = set()
    for c in country.finditer(body):
        at = c.end()
        for _ in range(2):  # (a state or province, then its city)
            unit = _PLACE_ABROAD.match(body, at)
            if not unit:
                break
            out.add(unit.group(0))
            at = unit.end()
    return frozenset(out)


def _abroad_partner(body: str, lo: int, hi: int, mentions: list[Mention]) -> list[Region]:
    """The places of a name (an event's, a document's title, a headline) that joins them to a place abroad
    (株洲市与德国沃尔夫斯堡市…备忘录, 黑河市与布拉戈维申斯克市…计划, 越南海防市人民委员会与北海市…,
    营口市与平泽市建立友好城市关系意向书): the Chinese side alone — the partner abroad is no region and no
    second side.  A partner is abroad when its country opens it, when its name renders a foreign name's
    sounds or the page writes it after its country elsewhere (越南海防市), or, in a name of twinning
    (parties.tsv ``twinning``: 友好城市), when it is a unit's name no Chinese place of the page holds."""
    inside = [m for m in mentions if lo <= m.start < hi and m.region.level != "zone"]
    if not inside:
        return []
    country, before = _abroad_re()
    twinning = party_words().twinning.search(body, lo, hi) is not None
    for m in inside:
        organ = _ORGAN_AFTER.match(body, m.end, hi)
        at = organ.end() + 1 if organ else -1
        # (the joiner no place's first character: not 和|林格尔县 of 左云县和林格尔县…协议)
        if 0 < at < hi and not any(o.start < at + 3 and o.end >= at for o in mentions if o is not m):
            if country.match(body, at, hi):
                return _without_parents(_regions_of([o for o in inside if o.start <= m.start]))
            unit = _PLACE_ABROAD.match(body, at, hi)
            if unit and not any(o.start < unit.end() and o.end >= at for o in mentions if o is not m) and (
                twinning or _transliterated(unit.group(0)[:-1]) or unit.group(0) in _named_abroad(body)
            ):
                return _without_parents(_regions_of([o for o in inside if o.start <= m.start]))
        if before.search(body, max(lo, m.start - 20), m.start) and not any(lo <= o.start < m.start for o in inside):
            return _without_parents(_regions_of([m]))
    return []


def _event_parties(
    body: str,
    title: tuple[str, tuple[int, int]] | None,
    ev: EventMention,
    regions: Sequence[Region],
    location: str | None,
    home: Callable[[], str | None],
    mentions: list[Mention] | None = None,
    home_province: Callable[[], str | None] | None = None,
    people: Sequence[tuple[str, str]] = (),
    home_county: Callable[[], str | None] | None = None,
) -> tuple[list[Region], str | None]:
    """The event's sides and their evidence, before the places joined after a count (event_parties)."""
    by_name = {r.name: r for r in regions}
    aside = [*title_spans(body), *_datelines(body)]  # a document's title, a report's dateline: no sides
    every = mentions_of(regions) if mentions is None else mentions
    mentions = [m for m in every if not any(s <= m.start < e for s, e in aside)]
    spans = list(ev.mentions or (ev.span,))
    at = spans[0][0]
    # 0. a meeting of chambers, associations, enterprises (川渝九地商协会发展合作峰会): no places; of a
    # government with one (东莞市人民政府与东莞台商投资企业协会联席会议): the government's place
    # (not a twinning of the places' schools, 云林·湘潭中小学缔结姊妹校签约仪式: the places' offices twin them)
    masked = _without_head_noun(_places_masked(body, ev.name, spans[0], mentions)) if ev.name else ""
    if (
        ev.name
        and party_words().nongov.search(masked)
        and not party_words().twinned.search(ev.name)
        and not party_words().govowned.search(ev.name)
    ):
        lo, hi = spans[0]
        # (or a place joined to the other side as a side itself, no organization's: 南康市与深圳市赣州商会…座谈会)
        governments = [
            m
            for m in mentions
            if lo <= m.start < hi
            and (
                _names_issuer(body, m)
                or (body[m.end : m.end + 1] in _SIDE_JOINERS and not _in_organization_name(body, m, hi))
                # (or joined after the other side's name: 中国科学技术大学与铜陵市科技合作协议签字仪式)
                or (
                    body[m.start - 1 : m.start] in _SIDE_JOINERS
                    and not _in_organization_name(body, m, hi)
                    # (…与宁波港务局…: the port's, no government's)
                    and party_words().nongov.search(body, m.end, m.end + NONGOV_NAME_REACH) is None
                )
            )
        ]
        # (a province's own government beside its city's is a side of its own: 中国科学院、浙江省人民政府、
        # 宁波市人民政府共建…签约仪式 — not a qualifier)
        issuing = {m.region.name for m in governments if _names_issuer(body, m)}
        lowest = _without_parents(_regions_of(governments))
        sides = [r for r in _regions_of(governments) if r in lowest or r.name in issuing]
        # (a government named by its level alone opening the name, or joined after the other side: 自治区人民政府与
        # 国家电网有限公司…座谈会, 国家电力公司与省人民政府…签字仪式 — the article's own province, or its own city)
        organ_first = (_OPENING_ORGAN.match(ev.name) or _JOINED_ORGAN.search(ev.name)) if not sides else None
        if organ_first:
            level = organ_first["level"]
            itself = (home_province() if home_province else None) if level in ("省", "自治区") else home()
            if itself is None and level in ("省", "自治区") and location in by_name:
                # (an outlet of no known home: the province the event was held in, 省政府与中国华能集团公司…签约仪式
                # 在长春举行 → 吉林省)
                held = by_name[location]
                itself = held.name if held.level == "province" else (held.parents[-1] if held.parents else None)
            sides = [by_name[itself]] if itself and itself in by_name else []
        if not sides:
            sides = _hosts_of_chamber(body, mentions, every, spans, people, home_county)
        return sides, "nongov"
    # 1. a local meeting: 全市…大会; one body's own meeting (省政府…召开常务会议): the home place alone
    if ev.place and _WHOLE_PLACE.fullmatch(ev.place) and (city := home()) and city in by_name:
        return [by_name[city]], "local"
    own_meeting = ev.name is not None and _organ_meeting().search(ev.name) is not None
    organ = _BARE_ORGAN.search(body, max(0, at - ORGAN_CHARS), at) if own_meeting else None
    if organ:
        own_place = (home_province() if home_province else None) if organ["level"] == "省" else home()
        if own_place and own_place in by_name:
            return [by_name[own_place]], "local"
    # towns paired by the name (华士镇—丁嘴镇南北挂钩合作座谈会): the counties they lie in
    if ev.name and (towns := _town_counties(body, ev.name, every, home, home_county)):
        return towns, "towns"
    # a meeting welcoming or seeing off the people of the one place its name holds (昭苏县召开南通市…援疆干部人才
    # 欢迎会): that place and the one holding it
    if ev.name and (welcomed := _welcome_sides(body, ev, spans, mentions, home, home_county)):
        return welcomed, "welcome"
    # a delegation's visit as the event (海东地区党政代表团赴兰州学习考察): the delegation and its host
    if ev.visit:
        near = [*spans, *([title[1]] if title else [])]
        visiting = _delegation_sides(body, mentions, near, location, home, by_name)
        host = by_name.get(location or "")
        if not visiting and host and _home_delegation(ev.name or "") and (city := home()) in by_name:
            visiting = [by_name[city], host] if city != host.name else []  # 我市党政代表团赴石家庄: the home city's
        if len(visiting) >= 2:
            return visiting, "delegation"
    # a meeting a delegation holds with its hosts (代表团与克州、阿克陶县举行对口援疆工作座谈会): the
    # delegation's place, the headline's or the lead's (我省党政代表团赴新疆…: the home province), and the hosts
    with_hosts = _WITH_HOSTS.search(body, max(0, at - WITH_HOSTS_CHARS), at)
    if with_hosts:
        # (a district its city qualifies, written right before it, is one host: 访问团与佛山市高明区在高明举行…; not one
        # listed beside its county, 与克州、阿克陶县举行)
        inside = [m for m in mentions if with_hosts.start("hosts") <= m.start < with_hosts.end("hosts")]
        hosts = _regions_of(_unqualified(body, inside))
        visitor = _delegation_place(body, title, at, mentions, by_name, home, home_province)
        if hosts and visitor and visitor not in hosts:
            return [visitor, *hosts], "delegation"
    # a meeting the hosts hold with a delegation the lead introduced (经济局局长…在经济局大楼与代表团举行工作会谈, the
    # 衢州市人民政府代表团 named before): the delegation's place and where the meeting was held
    if _WITH_DELEGATION.search(body, max(0, at - WITH_HOSTS_CHARS), at):
        visitor = _delegation_place(body, title, at, mentions, by_name, home, home_province)
        host = by_name.get(location or "")
        if visitor and host and visitor != host and not (host.name in visitor.parents or visitor.name in host.parents):
            return [visitor, host], "delegation"
    # the event's sentences: its own and the next one, and those naming it
    # (not a later session's, told as to come: 明年4月两省将在西宁召开第二次合作座谈会)
    own = [sentence_bounds(body, s) for k, (s, _) in enumerate(spans) if k == 0 or not _to_come(body, s)]
    sentences = list(own)
    for _, hi in own:
        if hi < len(body):
            sentences.append(sentence_bounds(body, hi + 1))
    # sentences naming the event or its series (第十届 and 首届 X会商会 are one series)
    series = _ORDINALS.sub("", ev.name or "")
    if len(series) >= 4:
        tail = series[-4:]  # the head noun's end: a cheap test before the ordinals are taken out
        for m in SENTENCE.finditer(body, 0, SERIES_CHARS):
            if tail in m.group(0) and series in _ORDINALS.sub("", m.group(0)):
                sentences.append((m.start(), m.end()))
    sentences = sorted(set(sentences))
    # (and, for who holds it, the sentences that name it by its head noun after a word of reference:
    # 本届推进会…由张家口市人民政府、乌兰察布市人民政府共同主办)
    noun = head_noun(ev.name)
    referred = re.finditer(rf"{_REFERENCE}{re.escape(noun)}", body[:SERIES_CHARS]) if noun else iter(())
    referring = [sentence_bounds(body, m.start()) for m in referred]
    window = _window(body, at)
    heads = [*spans, *([title[1]] if title else [])]
    # ``abroad``: a name or headline joining a place to a place abroad (株洲与德国沃尔夫斯堡签署…): that place alone
    for lo, hi in heads:
        abroad = _abroad_partner(body, lo, hi, mentions)
        if abroad:
            return abroad, "abroad"
    # 2. a bilateral name: two places its name joins by a verb of pairing (辽宁省对口支援那曲地区…)
    paired = _paired_in_name(body, mentions, spans)
    if paired:
        # (a side's delegation led by its province too: 辽宁省暨大连市党政代表团 at 上海·大连对口合作…联席会议)
        return _with_joint_delegations(body, paired, mentions, spans[0][0]), "joined"
    # provinces' letters with the letters of one unit inside each (沪浙金平, 津静冀青): those units
    inner = _inner_letter_sides(body, spans[0], mentions, by_name)
    if inner:
        return inner, "abbreviation"
    # the members listed
    lists = [
        run
        for lo, hi in sentences
        for run in _runs(body, mentions, lo, hi)
        if len(_regions_of([m for m in run if m.end - m.start > 1 and m.region.level != "zone"])) >= 3
        # three places written in full at least: not 宁蒙陕甘, not 赣闽粤原中央苏区
        and not _speakers(body, run[-1].end)  # 塘沽区、大连市…等城市代表作了交流发言: speakers' cities
        and not in_speech(body, run[0].start)  # 吉日格勒图在座谈会上说，…山丹县、高台县与阿拉善右旗毗邻
        # (上海、江苏、浙江三省市环保部门共同签署了《…备忘录》 beside 沪苏浙皖三省一市…出席: one paper's signers)
        and not _DOCUMENT_SIGNERS.match(body, run[-1].end)
        and not _TOURED.match(body, run[-1].end)  # (在福州厦门泉州等地考察: the places a delegation toured)
        and not _ALSO_CAME.match(body, run[-1].end)  # (苍梧、岑溪、蒙山三县市代表亦出席: guests beside the sides)
        and not _admitted(body, run)  # (合肥、盐城…6市被吸纳为新成员: members a body took in, no sides)
        # (来自广州、深圳、佛山…等地的六十余家企业负责人: where companies come from)
        # (or a list closed by 等地 before the businesses it qualifies, with no 来自: 与上海、江苏、浙江等地的12家进口商
        # 集中签约)
        and not (
            (guests := _GUESTS_OF.match(body, run[-1].end)) is not None
            and (guests.group("etc") is not None or _COME_FROM.search(body, max(0, run[0].start - 2), run[0].start))
        )
        # (a visit's talks with the host's own districts: 与石家庄市及所辖鹿泉市、藁城市、栾城县分别座谈)
        and not (ev.visit and location and all(location in m.region.parents for m in run if m.region.name != location))
        # (a side's own districts in its delegation: 佛山市市长率领由禅城、南海、顺德、高明、三水五区负责人组成的代表团)
        and not _units_of_named(run, mentions, own)
    ]
    if lists:
        # (the zone the members make up, named with them, is no member: 锦州市和蒙东五盟市——赤峰市、…)
        best = min(lists, key=lambda run: (-len(run), abs(run[0].start - at)))
        # (nor a place opening the name of a party that is no government: 宝鸡市人民政府、汉中市人民政府、
        # 陕西理工大学、…商会五方签署)
        # (nor a province's letter that says where the listed members lie: 来自川陕两省广元、巴中…5市)
        members = _regions_of(
            [
                m
                for m in best
                if m.region.level != "zone"
                and not _opens_nongov_name(body, m)
                and not (m.end - m.start == 1 and any(m.region.name in o.region.parents for o in best))
                # (nor the province that qualifies the members' count: 广州、深圳…肇庆等广东九市)
                and not (
                    any(m.region.name in o.region.parents for o in best)
                    and party_words().count_after.match(body, m.end) is not None
                )
            ]
        )
        # (the other side listed before it, its count and a joiner between: 香港、澳门两个特区与广州、深圳…等广东九市)
        lo, hi = sentence_bounds(body, best[0].start)
        before = [run for run in _runs(body, mentions, lo, best[0].start) if run[-1].end <= best[0].start]
        if before:
            gap = body[before[-1][-1].end : best[0].start]
            count = party_words().count_after.match(gap)
            if count and _JOINED_LIST.search(gap[count.end() :]) and len(gap) - count.end() <= 2:
                front = _regions_of([m for m in before[-1] if m.region.level != "zone"])
                if len(front) == sum(n for n, _ in _count_levels(count.group(0))):
                    members = [*front, *(r for r in members if r not in front)]
        # (the other side listed after 与 in the same sentence: 台湾新竹县、南投县、嘉义市、澎湖县的…代表，与福州、
        # 莆田、泉州、漳州四市的负责同志…出席)
        for run in _runs(body, mentions, best[-1].end, hi):
            if len(run) >= 2 and _JOINED_LIST.search(body, max(best[-1].end, run[0].start - 2), run[0].start):
                members += [r for r in _regions_of([m for m in run if m.region.level != "zone"]) if r not in members]
                break
        # (湖北省孝感地区与河南省信阳地区…经济协作第五次会议 … 大悟县、广水市和罗山县、新县等边界县的县长参加: the
        # border counties attend for the places written joined in the event's own sentence, whose units they are)
        # (not where the event's own sentence lists them as the ones that hold it: 锡林郭勒盟太仆寺旗、正镶白旗和河北省
        # 张家口地区康保县、沽源县在太仆寺旗宝昌镇召开…联席会议 — the four, whatever the headline's 锡盟张家口地区 says)
        holders = any(lo <= best[0].start < hi for lo, hi in own)
        for lo, hi in [] if holders else own:
            for run in _runs(body, mentions, lo, hi):
                # (places written out: not 川湘 of 川湘边界, which say where the sides lie)
                written = [m for m in run if m.region.level != "zone" and m.end - m.start > 1]
                joined = _without_parents(_regions_of(written))
                if len(joined) >= 2 and _units_of_each(members, joined):
                    return joined, "listed-within"
        # (日喀则市对口援藏工作座谈会 … 上海市、山东省、黑龙江省、吉林省四省市…参加: the aided place the name holds)
        aided = [r for r in _aided_in_name(body, mentions, spans) if r not in members]
        # (金门县与厦漳泉三市合作交流座谈会 … 与厦门市、漳州市、泉州市代表…: the place the name joins to the members)
        name_lo, name_hi = spans[0]
        aided += [
            m.region
            for m in mentions
            if name_lo <= m.start < name_hi
            and m.region.level != "zone"
            and body[m.end : m.end + 1] in _NAME_JOINERS
            and m.region not in members
            and m.region not in aided
        ][:1]
        return [*aided, *_with_host(body, members, location, by_name, window)], "listed"
    # 3. the members counted (沿海六市, 长江中游三省, 三省一市) and named around the event
    # counts in the name, the headline, the event's sentence, and where members act in the window
    # (沿海六市共同签署, 分别代表三省一市讲话)
    acting = [(m.start(), m.end()) for m in party_words().acting_count.finditer(body, *window)]
    in_name = [m for s, e in spans for m in mentions if s <= m.start < e and m.region.level != "zone"]
    # (闽粤毗邻县…联席会议: the provinces' letters only say where the counties that meet lie)
    lower = [m for m in in_name if _letters_of_lower(body, m, mentions)]
    in_name = [m for m in in_name if m not in lower]
    named = _without_parents(_regions_of(in_name))
    # (the headline's deck counts the members too: 闽赣湘粤桂琼川黔滇九省区和港澳共商合作大计; a zone
    # it names is the topic, not the sides: 聚焦成渝地区双城经济圈建设)
    # (the sentence after the event's own, before the acting ones: …出席…联席会议第六次会议。闽、赣…九省区和港澳的
    # 行政首长出席会议 — the count of those who attend, not a later 两地签署)
    after_own = [
        b
        for b in sentences
        if b not in own
        and any(b[0] in (hi, hi + 1) for _, hi in own)
        and _ATTEND.search(body, *b)
        and any(
            (_one_level_count(m.group(0)) or _pair_counted(body, mentions, m))
            and body[m.end() : m.end() + 1] not in _NUMERALS
            for m in party_words().count_after.finditer(body, *b)
        )
    ]
    if ev.name and named and _MAINLAND_SIDE.search(ev.name):
        return named, "joined"  # (内地与香港CEPA补充协议十签署仪式 under 两地: the mainland no place, the other side)
    counted = _counted_members(
        body, mentions, [*heads, *_deck(body, title), *own, *after_own, *acting], window, named, own, by_name
    )
    if (
        counted
        and acting
        and len(named) >= 2
        and any(_joined_in_name(body, m, in_name) for m in in_name)
        and not {r.name for r in counted} <= {r.name for r in named}
        and not _counted_members(
            body, mentions, [*heads, *_deck(body, title), *own, *after_own], window, named, own, by_name
        )
    ):
        # (从化区与深圳市龙岗区…座谈会 beside a count that acts elsewhere in the lead, 全运会首次由粤港澳三地联合
        # 承办: the name's sides, joined in it, over the members of another event the window counts)
        return named, "joined"
    if (
        counted
        and all(r.level == "province" for r in counted)
        and any(_BORDER_OF.search(body, lo, sentence_bounds(body, min(len(body) - 1, hi + 1))[1]) for lo, hi in own)
    ):
        # (苏鲁豫皖四省接壤地区十八个地市的专员、市长, in the event's sentence or the next: the provinces counted say
        # where the members lie, whose own count follows — not the sides)
        counted = []
    if counted and max((_members_counted(body, lo, hi) for lo, hi in own), default=0) > len(counted) + 1:
        # (与泛珠三角区域其他十个成员方的行政首长… in the event's own sentence, and a later 粤港澳三地代表另行签署: the
        # members are more than the ones counted acting — not them; one may be missed: 13个成员城市 read as 12)
        counted = []
    counted_by = _COUNTIES_COUNTED.search(ev.name) if counted and ev.name is not None else None
    if counted_by is not None:
        # (黑河、满洲里两市…座谈会 in 1988: 黑河 read as 黑河地区 beside a city counted — the city of its name in it,
        # 黑河市, then county-level; 镇雄毕节两县 likewise 毕节县)
        seat_of = {
            r.name: seat
            for r in counted
            if r.level == "prefecture"
            for seat in by_name.values()
            if seat.level == "county" and seat.name.endswith(counted_by.group(1)) and _namesake_seat(seat, r)
        }
        if seat_of and all(r.level == "county" or r.name in seat_of for r in counted):
            counted = [seat_of.get(r.name, r) for r in counted]
    if counted:
        # as many places written in the event's name, each inside one counted, are the members:
        # 江阴—靖江…座谈会 with 两市 is 江阴 and 靖江, not the prefectures of their leaders' titles
        # (无锡市委常委、江阴市委书记); 闽浙 in 闽浙边界县域协作 are no 两县
        if len(named) == len(counted) and all(any(c.name in n.parents for n in named) for c in counted):
            return named, "counted"  # the count read one level too high: the name's own places
        seats = [c for c in counted if any(_namesake_seat(c, n) for n in named)]
        # (but a name that counts its sides by the seats' own level means the seats: 镇雄毕节两县…座谈会 of 1988 —
        # 毕节县, not 毕节地区; 黑河、满洲里两市…座谈会 — 黑河市, then a county-level city, not 黑河地区: the
        # count read above)
        counties_named = counted_by is not None and all(c.name.endswith(counted_by.group(1)) for c in seats)
        if (
            seats
            and len(named) == len(counted)
            and all(c in named or c in seats for c in counted)
            and not counties_named
        ):
            return named, "counted"  # (one level too low: 滁扬两地 read 滁州市, the seat of 滁县地区 the name writes)
        name_written = _without_parents(_regions_of([m for m in in_name if m.end - m.start > 1]))
        if len(name_written) == len(named) >= 2 and len(named) < len(counted) and _units_of_each(counted, named):
            # (吕梁地区与忻州市…座谈会 under 晋西北四县联手…: the counties counted attend for the places the
            # event's name writes out and joins, whose units they are; not a name's letters: 陕甘川…)
            return named, "listed-within"
        # (or the name's letters: 淮滁经济协作…联席会议 under 苏皖八县（市）携手开发洪泽湖周边 — the counties counted
        # are the units of 淮阴 and 滁州, whose meeting it is)
        # (not provinces' letters: 闽浙赣四市 say where the four cities lie)
        lettered = _abbreviation_sides(ev.name, by_name) if ev.name and not named else []
        if (
            2 <= len(lettered) < len(counted)
            and all(r.level != "province" for r in lettered)
            and _units_of_each(counted, lettered)
        ):
            return lettered, "listed-within"
        if len(named) == len(counted) >= 2 and not {r.name for r in named} & {r.name for r in counted}:
            # (顺德市与中山市跨界道路建设协调会 with 两地 read as 广州、珠海 of a passing 前往广州、珠海: the
            # places the event's name joins, as many as counted, are its sides)
            name_joined = [m for m in in_name if _joined_in_name(body, m, in_name)]
            if len(_regions_of(name_joined)) == len(named):
                return named, "joined"
        # (沪皖市场监管…推进会 under 沪皖两地…, held in 合肥 with 芜湖 named later: the name's letters give as many
        # sides as the count, and the places counted are not one inside each — the letters are the members)
        if (
            len(named) == len(counted) >= 2
            and all(m.end - m.start == 1 for m in in_name)
            and not {r.name for r in named} & {r.name for r in counted}
            and not _one_in_each(counted, named)
        ):
            return named, "abbreviation"
        # (闽浙两地 over 宁德市生态环境局与温州市生态环境局…召开: the letters say where; the event's own
        # sentence names the sides, one inside each province)
        within = _one_inside_each(counted, [m for m in mentions if any(lo <= m.start < hi for lo, hi in own)])
        home_unit = cache(lambda: by_name.get(home_county() or "") if home_county is not None else None)

        def inside_each(span: tuple[int, int], home: bool = False) -> list[Region]:
            """``_one_inside_each`` over the places ``span`` names, the page's own county among them where ``home``."""
            found = [m for m in mentions if span[0] <= m.start < span[1]]
            if home and (county := home_unit()) is not None:
                found.append(Mention(span[0], span[0], county))
            return _one_inside_each(counted, found)

        if not within and own and (lead := sentence_bounds(body, max(0, own[0][0] - 2))) != own[0]:
            # (or the sentence the event's refers back to: …率黔东南州党政代表团来邵考察。下午，两地…召开湘黔两地
            # 旅游合作座谈会 — the sides that came and received, one inside each province the name's letters say)
            # (区委书记…率区党政代表团赴…正镶白旗… under 京蒙…两地: the home county's delegation, written by its level
            # alone, is the side inside its province; or the home named as the host the visitors came to:
            # 安徽省歙县党政代表团来我县考察交流 under 赣皖两地… — the page's own county names it)
            within = inside_each(lead) or inside_each(
                lead, home=bool(_HOME_DELEGATION.search(body, *lead) or _HOME.search(body, *lead))
            )
        if not within and title is not None and own and title[1][0] <= own[0][0] < title[1][1]:
            # (or, the event read from the headline, the body's first sentence that tells it: 闽赣两地红色档案联展 over
            # 由上杭县档案局与江西省井冈山市档案局联合主办的…联展 — one side inside each province)
            end = body.find("。", title[1][1])
            if end > 0:
                within = inside_each(sentence_bounds(body, end - 1))
        if not within and title is not None and ev.name and _PROVINCES_BORDER.search(ev.name):
            # (or, the name counting provinces for the border area it is of — 浙闽两省毗邻地区长途客运协作会议 — the two
            # places the headline pairs, one inside each province: 温州市与宁德地区商定新辟八条省际客运班线)
            within = inside_each(title[1])
        # (or the sentence right after the event's, that lists who came: 湘鄂黔三地…协调会在我县召开。湖南省永顺县、
        # 贵州省遵义市和我县的相关负责人齐聚… — one inside each province, the page's own county by 我县)
        for _, hi in own if not within else ():
            nxt = sentence_bounds(body, min(len(body) - 1, hi + 1))
            # (its people come: 负责人, 代表; not a sentence that counts the sides itself, 两省海洋行政主管部门和
            # 葫芦岛、秦皇岛两市…参加, nor one of venues, 原定…在武汉举行…改在贵阳举行)
            if nxt in own or not _WHO_CAME.search(body, *nxt) or _SIDES_COUNTED.search(body, *nxt):
                continue
            if any(nxt[0] <= m.start < nxt[1] and body[m.start - 1 : m.start] in ("在", "于") for m in mentions):
                continue
            within = inside_each(nxt, home=_HOME.search(body, *nxt) is not None)
            if within:
                break
        if within:
            return within, "counted"
        # (a place the name writes inside one its letters stand for is where, not who: 穗港南沙合作会议, 南沙区 in 广州)
        letters = _abbreviation_sides(ev.name, by_name) if ev.name and not lower else []
        if ev.name and not lower and all(any(r.name in n.parents for r in letters) for n in named):
            # the name's letters give as many sides as the count: they are its members (穗港合作专责小组
            # 会议 under 两地签备忘录, with 南沙及黄埔区 named in passing: 广州 and 香港)
            if not letters:  # (粤港澳大湾区…联席会议 under 三地代表共同签署: the zone the name opens with, its members)
                opening = [m for m in mentions if m.start == spans[0][0] and m.region.level == "zone"]
                letters = _named_members(body[opening[0].start : opening[0].end], by_name) if opening else []
            # (渝黔边…联席会议 with 两县 秀山, 松桃: each letter is the province one counted county lies in,
            # which says where, not who)
            where = all(any(r.name in c.parents for c in counted) for r in letters) and all(
                any(r.name in c.parents for r in letters) for c in counted
            )
            other = set(r.name for r in letters) != set(r.name for r in counted)
            if len(letters) == len(counted) and other and not where:
                # (渝台文化交流周 under 两地, held by 重庆市文化和旅游发展委员会与台北市政府文化局: the one unit of a
                # letter's province that acts for it, as below)
                acting_for = _acting_units(body, sentences, mentions, letters)
                return [acting_for.get(r.name, r) for r in letters], "abbreviation"
        return counted, "counted"
    # the governments the report says hold it together (本届文化节由城步苗族自治县人民政府、广西龙胜各族自治县
    # 人民政府联合主办): its sides, over the letters of the border it is named for (湘桂边界…文化节)
    held_by = _organizers(body, mentions, sorted({*sentences, *referring}))
    if len(held_by) >= 2:
        return held_by, "organizers"
    # 4. sides written together in the name, the headline, the event's sentence; the name's letters
    near = [*spans, *own, *([title[1]] if title else [])]
    letters = _abbreviation_sides(ev.name, by_name) if ev.name and not lower else []
    # (a place written with its own district is one place: 湾仔香港会议展览中心 names no two sides)
    for lo, hi in near:
        if title and (lo, hi) == title[1]:
            # the name's own places before a headline's pair: 2023年广佛…联席会议 under 广佛签署…
            # 荔湾南海共建… (the districts of a second clause)
            own_places = _without_parents(_regions_of(in_name))
            # (not provinces' letters over a headline's pair one inside each: 渝湘旅游合作座谈会 under 武隆区与张家界市
            # 签订…协议 — the letters say where the sides are, read below)
            headline_pair = [
                _without_parents(_regions_of(run)) for run in _runs(body, mentions, lo, hi) if len(run) >= 2
            ]
            one_level_down = any(
                len(pair) == len(own_places) and _one_in_each(pair, own_places) for pair in headline_pair
            ) and all(r.level == "province" for r in own_places)
            if len(own_places) >= 2 and not _letters_area(in_name) and not one_level_down:
                sar_side = _sar_side_lower(body, at, mentions, by_name, own_places)
                return (sar_side, "joined") if sar_side else (own_places, "name")
        pairs = [
            run
            for run in _runs(body, mentions, lo, hi)
            if len(_without_parents(_regions_of(run))) >= 2
            and any(m.end - m.start > 1 for m in run)
            # (an area its sides' letters name, 横琴粤澳深度合作区…推介会: the topic, not who meets)
            and not _letters_area(run)
            # (主会场设在南京，香港分会场设在…: a video meeting's venues, not its sides)
            and _VENUES.search(body, max(0, run[0].start - 6), run[-1].end + 4) is None
            and not _units_of_named(run, mentions, [(lo, hi)])  # (a side's own districts beside it)
            # (places in a clause after the event's, its purpose: …签署仪式，…串连…，吸引双北与桃园游客)
            and not ((lo, hi) in own and run[0].start > _clause_end(body, at, hi))
            # (or in a clause of purpose before it: 为加强澳门与长三角地区的消费维权合作，消委会今日…举行…签署仪式)
            and not _in_purpose_clause(body, run[0].start, at)
        ]
        if not pairs:
            continue
        best_run = max(pairs, key=len)
        if sum(1 for m in best_run if m.region.level != "zone") >= 2:
            # (天津市和平区与北京市西城区京津冀协同发展…座谈会: a zone glued to a district's name is the meeting's
            # topic; not one its province qualifies, 四川天府新区)
            best_run = [m for k, m in enumerate(best_run) if not _glued_zone(best_run, k)]
        sides = _without_parents(_regions_of(best_run))
        # letters in the name say the sides (藏港交流合作座谈会 after a visit to 拉萨和日喀则: where one
        # side went); places outside the name count over them only when they name the sides one level
        # lower, one inside each letter's province (闽宁…座谈会: 福建省党政代表团与固原市委…)
        if len(letters) >= 2 and (lo, hi) not in spans and not _one_in_each(sides, letters):
            continue
        return sides, "joined"
    # (湘赣边区域合作示范区…联席会议 … 来自湘赣两省24个县（市、区）的党政负责同志: the provinces' letters say where the
    # zone's members lie; the members, counted below them, are the zone's — step 5)
    zone_named = any(m.region.level == "zone" for m in mentions for lo, hi in spans if lo <= m.start < hi)
    if len(letters) >= 2:
        # (来宾市与特区政府投资推广署在湾仔举行桂港投资推广合作座谈会: the city and the SAR, one inside each letter's
        # province — the letters say where the sides are)
        with_sar = _place_with_sar_body(body, at, mentions, by_name.values())
        if with_sar and _one_in_each(with_sar, letters):
            return with_sar, "joined"
        # (or the SAR's body opening the sentence, joined to a place the name's letter stands for, or to a unit of
        # that place's: 特区政府食物及卫生局与惠州市惠阳区人民政府…举行港惠…座谈会 — 惠阳区, the side written out)
        subject = _bare_body_subject(body, at, mentions, by_name.values())
        if len(subject) == 2 and subject[0] in letters and subject[1] not in letters:
            narrower = [r for r in letters if r.name in subject[1].parents]
            if len(narrower) == 1:
                return [subject[1] if r == narrower[0] else r for r in letters], "joined"
    if len(letters) >= 2 and not (zone_named and _lower_members_counted(body, sentences, letters)):
        # (港桂…交流会 with 广西桂平市代表团 visiting and 桂平市人民政府 signing: the one unit of a letter's province
        # that acts for it around the event is its side — the letter says where it lies)
        acting_for = _acting_units(body, sentences, mentions, letters)
        if acting_for:
            return [acting_for.get(r.name, r) for r in letters], "abbreviation"
        # (or a SAR's district whose delegation visits the other side, told around the event: 观塘区青年创业交流团…访问
        # 武汉市 under 港汉…座谈会 — the district for the SAR's letter; a province's letter stays, its capital visited)
        if any(r.name in _SARS for r in letters):
            visiting = _visiting_sides(body, at, own, near, sentences, mentions, location, home, by_name)
            if _one_in_each(visiting, letters):
                district = {r.name: v for v in visiting for r in letters if r.name in _SARS and r.name in v.parents}
                if district:
                    return [district.get(r.name, r) for r in letters], "delegation"
        return letters, "abbreviation"
    visiting = _visiting_sides(body, at, own, near, sentences, mentions, location, home, by_name)
    if len(visiting) >= 2:
        return visiting, "delegation"
    # 5. a zone in the name or the headline: its members when the zone's name is theirs (京津冀,
    # 粤港澳大湾区) or when the lead lists them (福建、江西…等九省区和香港、澳门), else the zone alone
    zones = [m for lo, hi in heads for m in mentions if lo <= m.start < hi and m.region.level == "zone"]
    if zones:
        named = _named_members(body[zones[0].start : zones[0].end], by_name)
        if named:
            return named, "zone-members"
        # (a zone named by its cities' letters, each a place the article names: 襄十随神城市群 → 襄阳市,
        # 十堰市, 随州市, 神农架林区)
        lettered = _zone_letter_members(body[zones[0].start : zones[0].end], by_name)
        if lettered:
            return lettered, "zone-members"
        listed = [
            run
            for run in _runs(body, mentions, *window)
            if len(_regions_of(run)) >= 3
            and all(m.end - m.start > 1 and m.region.level != "zone" for m in run)
            and len({m.region.level == "province" for m in run}) == 1  # provinces, or cities and counties
            and not _speakers(body, run[-1].end)  # speakers' own cities
            and not in_speech(body, run[0].start)  # a speech's examples (他说，…加快乐亭县、唐海县…的开发)
            and not _EXAMPLES.match(body, run[-1].end)  # examples of them (沿线的溧阳、宜兴、长兴等地)
            and not _DOCUMENT_SIGNERS.match(body, run[-1].end)  # one paper's signers (三省市环保部门共同签署了《)
            and not _admitted(body, run)  # the members it took in (吸纳芜湖、滁州…8市为协调会新成员)
        ]
        # (a count of the members in the event's sentences beyond what is listed or led: 淮海经济区四省20个成员市的
        # 市长…齐聚枣庄 … 枣庄、徐州、临沂、宿州四市交通运输局还签署了…: four of twenty, signing one paper — the zone)
        said = max((_members_counted(body, lo, hi) for lo, hi in sentences), default=0)
        if listed:
            run = max(listed, key=len)
            members = _regions_of(run)
            if _ATTENDING_AFTER.match(body, run[-1].end):
                # (上海市副市长X，南通市委书记Y出席会议…。苏州、无锡…等市政府负责同志参加会议: the others who
                # attend — the places of the leaders named before them in the event's sentences are members too)
                leaders = _leader_places(body, sentences, mentions, every, spans)
                members = [*(r for r in leaders if r not in members and _peer(r, members)), *members]
            if said <= len(members) + 1:  # (one may be missed, as a count's list elsewhere)
                return _with_host(body, members, location, by_name, window), "zone-listed"
            return _regions_of(zones[:1]), "zone"
        # (the members' leaders in the event's sentences, three or more below the zone's level: 海口经济圈…
        # 联席会议 where 海口市委副书记、市长…，文昌市委…，定安县委…，澄迈县委…，屯昌县委… take part)
        leaders = _leader_places(body, sentences, mentions, every, spans)
        if said > len(leaders) + 1:
            return _regions_of(zones[:1]), "zone"
        if len(leaders) >= ZONE_LEADERS_MIN and all(r.level in ("prefecture", "county") for r in leaders):
            return leaders, "zone-leaders"
        # (or the heads of the members' own offices, each province's, that hold a zone's meeting of one portfolio:
        # 长三角机关事务…联席会议 with 安徽省…机关事务管理局局长 presiding, 上海市…、江苏省…、浙江省…局长 speaking)
        heads_of = _office_head_places(body, [window], mentions, every)
        if len(heads_of) >= ZONE_LEADERS_MIN and all(r.level == "province" for r in heads_of) and said <= len(heads_of):
            return heads_of, "zone-leaders"
        return _regions_of(zones[:1]), "zone"
    # 6. the leaders' places in the event's sentences (北京市委书记X…与河北省委书记Y出席), also of those named
    # there without their titles, which the article gave them before (由蔡明崇与舟山市副市长邵国平共同签署)
    # (only where the titled ones give fewer than two)
    leaders = _leader_places(body, sentences, mentions, every, spans)
    if len(leaders) < 2 and people:
        named = [by_name[place] for name, place in people if place in by_name
                 and any(_named_bare(body, name, lo, hi) for lo, hi in sentences)]  # fmt: skip
        leaders = _without_children([*leaders, *(r for r in named if r not in leaders)])
    if len(leaders) == 1 and (sar := _bare_sar_official(body, sentences, mentions, by_name.values())) is not None:
        # (劳工及福利局副局长梁志恒与绵竹市委副书记、市长蒋文华代表双方签署 on a Hong Kong paper: the SAR's
        # bureau, named by its portfolio alone, is the other side)
        if sar not in leaders and leaders[0].name not in _SARS:
            leaders = [sar, *leaders]
    if len(leaders) >= 2:
        return leaders, "leaders"
    # 7. the places of the name, else the place where it was held
    in_name = [m for s, e in spans for m in mentions if s <= m.start < e]
    if in_name:
        sides = _regions_of(_unqualified(body, in_name))  # (河南省许昌市经贸旅游推介会: 许昌市)
        if len(sides) >= 2 and all(m.end - m.start == 1 for m in in_name):
            # (provinces' letters inside the name, 奎河流域苏皖…会商会, where one unit of each signs there: 铜山区与我市
            # 埇桥区签订《…》 — the letters say where the sides lie, as in step 4)
            acting_for = _acting_units(body, sentences, mentions, sides)
            sides = [acting_for.get(r.name, r) for r in sides]
        # (a body of a SAR's government named without its place, joined to the other side: 环境局与日照市…座谈会 on a
        # Hong Kong page — that SAR is the side, the one the page names)
        name = ev.name or ""
        sar = _bare_body_sar(name, (0, len(name)), [m.start - spans[0][0] for m in in_name], by_name.values())
        if sar is not None and len(sides) == 1 and sar not in sides:
            sides = [sar, *sides]
        sar_side = _sar_side_lower(body, at, mentions, by_name, sides)
        if sar_side:
            return sar_side, "joined"
        # (one place in the name, the visitors', whose delegation holds the event where it went: 访问团13日在烟台举行
        # 「桃园县…座谈会」 — the place it was held in hosts it)
        # (the visitors' own delegation: its place written right before it somewhere, 桃园县荣民返乡访问团; a place of
        # the name inside the host's is the host, 澳门—象山…座谈会 held in 宁波: 象山县)
        host = by_name.get(location or "")
        if (
            len(sides) == 1
            and host is not None
            and _held_by_delegation(body, at)
            and _apart(sides[0], host)
            and _delegation_of(body, sides[0], mentions)
        ):
            within = [m.region for m in in_name if m.region != sides[0] and host.name in m.region.parents]
            return [*sides, within[0] if within else host], "name"
        return sides, "name"
    # (a place joined to the page's own place by its level as the subject of the event's clause: 山西省五台县与我县在
    # 平山召开…联席会议 on 平山县's portal — 五台县 and 平山县)
    with_home = _joined_to_home(body, at, mentions, by_name, home, home_county)
    if with_home:
        return with_home, "joined"
    # (a SAR's body named without its place as the subject of the event's sentence, with a partner after 与:
    # 渔农自然护理署（渔护署）今日在云南省景洪市与西双版纳傣族自治州林业和草原局举行…签署仪式 — that SAR and the
    # partner's place)
    subject = _bare_body_subject(body, at, mentions, by_name.values()) or _bare_body_signing(
        body, at, mentions, by_name.values()
    )
    if subject:
        return subject, "joined"
    if location and location in by_name:
        # (a place holding it elsewhere, the subject of the headline's or the event's sentence: 潮南区在港举办侨商投资
        # 推介会, 汕头市潮南区昨日…在湾仔…举办… — the holder, not the venue)
        scopes = [*([title[1]] if title else []), sentence_bounds(body, at)]
        holder = _holder_away(body, scopes, mentions, by_name[location])
        if holder is not None:
            return [holder], "holder"
    if (
        location
        and location in by_name
        and title
        and _mentions_in(mentions, location, title[1])
        # (not one held with an association, 访问团18日与成都市律师协会举行…座谈会: no government's forum)
        and not party_words().nongov.search(body, _event_clause(body, at), at)
    ):
        return [by_name[location]], "location"  # a host's own forum (…论坛将在北海举行)
    partner = _ministry_partner(body, at, mentions)
    if partner:
        return partner, "joined"
    return [], None


NONGOV_NAME_REACH = 6  # characters after a place where a word of no government makes it that body's name

# a place (and its office) owning what follows it: 福建省|国资委所属的海峡航运集团, 本溪市|国资委下属的…集团
_OWNER_OF = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:所属|下属|旗下)的?")

# the page's own place by its level joined after a place (五台县与我县, 五台县政府和本县; before it: _HOME_JOINED)
_HOME_AFTER_PLACE = re.compile(r"(?:人民政府|政府)?[与同和](?:我|本)(?P<level>[市县区州盟旗])(?![民长])")


def _joined_to_home(
    body: str,
    at: int,
    mentions: list[Mention],
    by_name: dict[str, Region],
    home: Callable[[], str | None],
    home_county: Callable[[], str | None] | None,
) -> list[Region]:
    """A place and the page's own place written by its level (我县, 本市) joined as the subject of the event's clause
    (山西省五台县与我县在平山召开…): the place and the home of that level — the page's county for 我县/我区/我旗, its
    city for the others — where the article names it and neither lies in the other."""
    lo = _event_clause(body, at)
    clause = [m for m in mentions if lo <= m.start < at and m.region.level != "zone"]
    # (a place that only qualifies the next, 我区与广东省|肇庆市…: the next)
    clause = [m for m, n in itertools.zip_longest(clause, clause[1:]) if not (n and _qualifies_next(m, n))]
    for m in clause:
        found = _HOME_AFTER_PLACE.match(body, m.end) or _HOME_JOINED.search(body, max(lo, m.start - 8), m.start)
        if found is None:
            continue
        county = home_county() if found["level"] in "县区旗" and home_county is not None else None
        own = by_name.get(county or home() or "")
        if own is not None and own != m.region and not (own.name in m.region.parents or m.region.name in own.parents):
            return [m.region, own]
    return []


def _qualifies_next(m: Mention, n: Mention) -> bool:
    return n.start == m.end and m.region.name in n.region.parents


def _visiting_sides(
    body: str,
    at: int,
    own: Sequence[tuple[int, int]],
    near: Sequence[tuple[int, int]],
    sentences: Sequence[tuple[int, int]],
    mentions: list[Mention],
    location: str | None,
    home: Callable[[], str | None],
    by_name: dict[str, Region],
) -> list[Region]:
    """A visiting delegation and the place it visits, told near the event (``_delegation_sides``)."""
    # (the delegation may be introduced in the sentence after the event's: 以X为团长的台中县农业参访团…)
    # (or in the one before it, where the event's clause opens with both sides: …代表团…访问广东省河源市东源县…。21日
    # 上午，双方在东源县举行…座谈会 — the delegation and the place it visits)
    own_start = own[0][0] if own else 0
    both = own_start > 0 and _BOTH_SIDES.match(body, max(own_start, _clause_start(body, at))) is not None
    before_own = [sentence_bounds(body, own_start - 1)] if both else []
    return _delegation_sides(body, mentions, [*near, *sentences, *before_own], location, home, by_name)


def _ministry_partner(body: str, at: int, mentions: list[Mention]) -> list[Region]:
    """One place's government joined to a central ministry as the subject of the event's clause (水利部与吉林省
    人民政府在长春举行省部合作会商会议, 吉林省人民政府与交通运输部…): that place alone — RECORD.md counts the
    national ministries that take part as no side (parties.tsv ``national``); a place the meeting is held in
    (在长春) is none."""
    lo = _event_clause(body, at)
    clause = [
        m
        for m in mentions
        if lo <= m.start < at and m.region.level != "zone" and not (m.start > 0 and body[m.start - 1] in "在于赴")
    ]
    governments = [m for m in clause if _names_issuer(body, m)]
    if len(governments) != 1:
        return []
    own = governments[0]
    if any(m.region != own.region and m.region.name not in own.region.parents for m in clause):
        return []
    words = party_words()
    issuer = words.issuer.match(body, own.end)
    after = issuer.end() if issuer else own.end
    if body[after : after + 1] in _SIDE_JOINERS and words.national.match(body, after + 1):
        return [own.region]
    if own.start > lo and body[own.start - 1] in _SIDE_JOINERS:
        if any(n.end() == own.start - 1 for n in words.national.finditer(body, lo, own.start - 1)):
            return [own.region]
    return []


_COUNTIES_COUNTED = re.compile(r"[两二三四五六七八九十]([县市])")  # a name counting its sides (两县边界…会, 两市…会)
_JOINED_LIST = re.compile(r"[与和同]\s?$")  # a joiner right before a list (…，与福州、莆田)
_BEFORE_BARE_NAME = frozenset("由与和及同、，,：:；; \u3000\n")  # what stands before a name written without a title


def _named_bare(body: str, name: str, lo: int, hi: int) -> bool:
    """``name`` stands in ``body[lo:hi]`` without a title before it (由蔡明崇与…: after a joiner or a mark)."""
    at = body.find(name, lo, hi)
    while at >= 0:
        if at == lo or body[at - 1] in _BEFORE_BARE_NAME:
            return True
        at = body.find(name, at + 1, hi)
    return False


def _units_of_named(run: list[Mention], mentions: list[Mention], sentences: list[tuple[int, int]]) -> bool:
    """Every place of the list lies in one city that the sentences name apart from it: that city's
    own districts and counties, written beside it (its delegation's), not sides of their own (a
    province's cities listed beside it are: 黑龙江东部…佳木斯、鹤岗…六市)."""
    names = {m.region.name for m in run}
    outside = {
        m.region.name
        for lo, hi in sentences
        for m in mentions
        if lo <= m.start < hi
        and m.region.level == "prefecture"
        and m.region.name not in names
        and not run[0].start <= m.start < run[-1].end
    }
    return any(all(p in m.region.parents for m in run) for p in outside)


def _guest(body: str, at: int, hi: int) -> bool:
    """The leader whose title starts at ``at`` attends as a guest (parties.tsv ``guest``: 应邀列席,
    到会指导), told in the clause of the title up to the sentence's end ``hi``."""
    end = min((k for c in "，,；;" if (k := body.find(c, at, hi)) >= 0), default=hi)
    return party_words().guest.search(body, at, end) is not None


# what follows provinces' letters when the sides are their lower units (闽粤毗邻县, 湘鄂边界县市, 川渝交界区县)
# (a count of them may stand between: 滇黔两州区域合作…联席会议 — the letters say where the two prefectures lie)
_LOWER_UNITS = re.compile(
    r"(?:毗邻|边界|交界|接壤|边境|沿边|相邻|周边|边区)?(?:[两二三四五六七八九十]|[0-9]{1,2})?个?"
    r"(?:县区|区县|县市|市县|地市|市州|县|市|区|州|盟|旗)"
    r"(?![场民域])"  # (not a word the unit's character opens: 沪皖|市场监管, 闽粤|区域合作)
)


def _units_of_each(members: Sequence[Region], sides: Sequence[Region]) -> bool:
    """Every member lies in one of ``sides`` and every side holds a member (no member is a side); a side renamed
    since holds the members the tables place under its present name (淮阴市 of 1995: 盱眙县 under 淮安市)."""

    def own(s: Region) -> set[str]:
        return {s.name, *([s.current.name] if s.current is not None else [])}

    names = set().union(*(own(s) for s in sides)) if sides else set()
    return all(names.intersection(m.parents) for m in members) and all(
        any(own(s).intersection(m.parents) for m in members) for s in sides
    )


_CLAUSE_MARK = re.compile(r"[，,；;。]")


def _clause_end(body: str, at: int, hi: int) -> int:
    """Where the clause that holds ``at`` ends (its comma), ``hi`` at the latest."""
    m = _CLAUSE_MARK.search(body, at, hi)
    return m.start() if m else hi


_PREFECTURES_COUNTED = re.compile(r"([0-9一二三四五六七八九十两]{1,3})个?(?:州|地州|市州)")


@cache
def _organ_meeting() -> re.Pattern[str]:
    """rules/parties.tsv ``organ``: the heads of one body's own meetings, ending an event's name."""
    return re.compile(f"(?:{alternation(list(read_groups('parties.tsv').get('organ', ())) or ['(?!)'])})$")


# the whole of the home place (全市, 全省范围): a local meeting's place (not 全州县, 全椒县: places of their own)
_WHOLE_PLACE = re.compile(r"全[省市县区州盟旗](?:范围|各地|上下)?(?:内)?")

# a government or a party committee named by its level alone (省政府, 市委, 县人民政府) before its meeting
_BARE_ORGAN = re.compile(r"(?<![\u4e00-\u9fff])(?:我|本)?(?P<level>[省市县区州盟旗])(?:人民)?(?:政府|委)")
ORGAN_CHARS = 30  # characters before the event's name in which the body that holds it is named
# a body named by its portfolio alone opening an event's name, joined to the other side (环境局与日照市…, 民政总署与…)
# an official of a body named by its portfolio alone, a bureau's or a department's head (劳工及福利局副局长,
# 社会福利署署长)
_BARE_BODY_HEAD = re.compile(r"(?<![\u4e00-\u9fff])(?P<body>[\u4e00-\u9fff]{2,10}?(?:局|署))(?:副|助理)?(?:局长|署长)")


def _bare_sar_official(
    body: str, sentences: Sequence[tuple[int, int]], mentions: list[Mention], regions: Iterable[Region]
) -> Region | None:
    """The one SAR the page names, where these sentences name an official of a body named by its portfolio alone
    (劳工及福利局副局长梁志恒: no place written in it, nor a level's character opening it — 市商务局 is a city's)."""
    sars = [r for r in regions if r.name in _SARS]
    if len(sars) != 1:
        return None
    for lo, hi in sentences:
        for m in _BARE_BODY_HEAD.finditer(body, lo, hi):
            if m.group("body")[0] in _LEVEL_OPENERS or any(m.start() <= x.start < m.end("body") for x in mentions):
                continue
            return sars[0]
    return None


_LEVEL_OPENERS = frozenset("省市县区州盟旗镇乡")  # a body opening with its level's character is that level's (市商务局)
_SARS = SAR_NAMES


@cache
def _bare_bodies() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A body named by its portfolio alone, opening a title before a joiner (环境局与日照市…) and opening a sentence,
    its short name in brackets after it (渔农自然护理署（渔护署）): a government's office word, or one of a SAR
    department's other ends (parties.tsv ``saroffice``: 民安队, 海关)."""
    sar = party_words().sar_heads
    first = re.compile(
        rf"(?:[\u4e00-\u9fff]{{2,10}}?(?:局|署|委员会|办公室)|[\u4e00-\u9fff]{{1,10}}?(?:{sar}))(?=与|和|同)"
    )
    opening = re.compile(
        rf"[ \t\u3000]*(?:[\u4e00-\u9fff]{{2,12}}?(?:局|署|处|委员会|办公室)|[\u4e00-\u9fff]{{1,12}}?(?:{sar}))"
        r"(?:[（(][\u4e00-\u9fff]{1,8}[）)])?"
    )
    return first, opening


def _bare_body_sar(
    text: str, span: tuple[int, int], placed: Sequence[int], regions: Iterable[Region]
) -> Region | None:
    """The one SAR the page names, where a body named by its portfolio alone opens ``text``'s ``span`` (环境局与
    日照市…) and no place is written (``placed``: the positions of the places' mentions) before that body's end."""
    organ = _bare_bodies()[0].match(text, *span)
    sars = [r for r in regions if r.name in _SARS]
    if organ is None or len(sars) != 1 or any(p < organ.end() for p in placed):
        return None
    return sars[0]


def _sar_naming(body: str, organ: str, sars: list[Region]) -> list[Region]:
    """Of both SARs a page names, the one written right before the body's name elsewhere on it (药物监督管理局 opening
    the lead, 澳门特别行政区药物监督管理局 in the memorandum's title, 香港 named as a place the medicines come from);
    both where none or both are."""
    core = _SAR_GOVERNMENT.sub("", _SHORT_AFTER.sub("", organ.strip(" \t\u3000")))
    if len(core) < 2:
        return sars
    found = [r for r in sars if re.search(rf"{r.name[:2]}(?:特别行政区|特区)?(?:政府)?{re.escape(core)}", body)]
    return found if len(found) == 1 else sars


_SAR_GOVERNMENT = re.compile(r"^(?:特别行政区政府|特区政府|特别行政区|特区)")
_SHORT_AFTER = re.compile(r"[（(][^（）()]*[）)]$")  # (its short name after it: 渔农自然护理署（渔护署）)


def _bare_body_subject(body: str, at: int, mentions: list[Mention], regions: Iterable[Region]) -> list[Region]:
    """The one SAR the page names and the place of the partner after 与, where the sentence of the event at
    ``at`` opens with a body named by its portfolio alone (渔农自然护理署（渔护署）今日…与西双版纳傣族自治州林业和
    草原局举行…)."""
    lo, hi = sentence_bounds(body, at)
    if lead := _LEAD_DATELINE.match(body, lo, at):
        lo = lead.end()  # (the report's dateline opening the lead: 香港商报讯（记者 邓颖诗）特区政府食物及卫生局与…)
    opening = _bare_bodies()[1].match(body, lo, at)
    if opening is None and (clause := _clause_start(body, at)) > lo:
        # (or its clause after the day: 昨日（22日）上午，渔农自然护理署与寿光市人民政府在寿光举行…)
        lo = clause
        opening = _bare_bodies()[1].match(body, lo, at)
    sars = [r for r in regions if r.name in _SARS]
    if opening is not None and len(sars) == 2:
        sars = _sar_naming(body, opening.group(0), sars)
    if opening is None or len(sars) != 1 or any(lo <= m.start < opening.end() for m in mentions):
        return []
    joiner = next((k for k in range(opening.end(), at) if body[k] in "与同和"), None)
    if joiner is None:
        # (or in the clause right after the event's: 環境及生態局局長…出席…座談會，與四會市委副書記、市長…交換意見)
        after = _PARTNER_CLAUSE.search(body, at, hi)
        joiner = after.end() - 1 if after else None
    partner = next((m for m in mentions if joiner is not None and m.start == joiner + 1), None)
    if partner is None or partner.region.level == "zone" or partner.region in sars:
        return []
    # (a city written before its own district qualifies it: 与惠州市|惠阳区人民政府 — the district is the partner; and
    # a province before its city and county, 与广东省|湛江市|徐闻县人民政府 — the county)
    while True:
        unit = next((m for m in mentions if m.start == partner.end and partner.region.name in m.region.parents), None)
        if unit is None:
            break
        partner = unit
    return [sars[0], partner.region]


# a report's dateline before its lead's first words: the paper's or agency's 讯 or its day's 电, the reporters in
# brackets or a space after it (本报讯（记者 X）, 新华社北京3月5日电　, not 国家电网 nor 通讯员)
_LEAD_DATELINE = re.compile(
    r"[ \t\u3000]*(?:[^\s，。,；;（(]{1,16}?讯|[^\s，。,；;（(]{0,16}?[0-9０-９]{1,2}日电)"
    r"(?:[ \t\u3000]*[（(][^（）()\n]{1,30}[）)]|[ \t\u3000]+)"
)


# a clause after the event's opening with a body named by its portfolio or short name alone, joined to a partner who
# signs with it (，渔护署与|佛坪县人民政府签署了…)
_BODY_SIGNING = re.compile(r"[，,；;](?:并|随后|会上)?[\u4e00-\u9fff]{2,10}?(?:局|署|委员会|办公室)(?:与|和|同)")
_SIGNS = re.compile(r"(?:人民政府|政府)?[\u4e00-\u9fff]{0,12}?(?:签署|签订|签约)")


_BOTH_SIDES = re.compile(r"[ \t\u3000]*(?:双方|两地|宾主双方)")  # a clause opening with both sides


def _all_sars(regions: Sequence[Region]) -> bool:
    return all(r.name in _SARS for r in regions)


def _held_by_delegation(body: str, at: int) -> bool:
    """The clause of the event at ``at`` opens with a delegation (parties.tsv ``delegation``: 访问团13日在烟台举行…)."""
    lo = _event_clause(body, at)
    while lo < at and body[lo] in " \t\u3000":
        lo += 1
    return party_words().delegation.match(body, lo, at) is not None


def _delegation_of(body: str, place: Region, mentions: list[Mention]) -> bool:
    """A delegation of ``place`` somewhere on the page: the place's mention, then a delegation word within a few
    characters (桃园县|荣民返乡访问团, parties.tsv ``delegation``)."""
    words = party_words()
    return any(m.region == place and words.delegation.match(body, m.end) for m in mentions)


@cache
def _holds_at() -> re.Pattern[str]:
    """A government or delegation, then where it holds something: 在…, a verb of holding (rules/events.tsv ``verb``)."""
    return re.compile(
        r"(?:人民政府|政府|党政代表团|经贸代表团|代表团)?[^，,。；;\n在]{0,10}?在[^，,。；;\n]{1,24}?"
        rf"(?:{event_rules().any_verb.pattern})"
    )


def _holder_away(
    body: str, scopes: Sequence[tuple[int, int]], mentions: list[Mention], venue: Region
) -> Region | None:
    """The one place that opens a clause holding the event at the venue, apart from it (潮南区|在港举办…推介会): the
    event's holder."""
    for lo, hi in scopes:
        found = {
            m.region.name: m.region
            for m in mentions
            if lo <= m.start < hi
            and (m.start == lo or body[m.start - 1] in "，,：:　 】")
            and _holds_at().match(body, m.end, hi) is not None
            and _apart(m.region, venue)
        }
        holders = _without_parents(list(found.values()))
        if len(holders) == 1:
            return holders[0]
    return None


def _apart(a: Region, b: Region) -> bool:
    """Neither place lies in the other, nor are they one."""
    return a.name != b.name and a.name not in b.parents and b.name not in a.parents


def _bare_body_signing(body: str, at: int, mentions: list[Mention], regions: Iterable[Region]) -> list[Region]:
    """The one SAR the page names and the partner's place, where a clause of the event's sentence after it opens with a
    body named without its place joined to the partner, and the two sign (…座谈会在汉中市佛坪县举行，渔护署与佛坪县
    人民政府签署了《…》)."""
    sars = [r for r in regions if r.name in _SARS]
    if len(sars) != 1:
        return []
    hi = sentence_bounds(body, at)[1]
    for clause in _BODY_SIGNING.finditer(body, at, hi):
        if any(clause.start() <= m.start < clause.end() for m in mentions):
            continue  # (a body its place names: 佛坪县林业局与…)
        partner = next((m for m in mentions if m.start == clause.end()), None)
        if partner is None or partner.region.level == "zone" or partner.region in sars:
            continue
        if _SIGNS.match(body, partner.end):
            return [sars[0], partner.region]
    return []


# a SAR's government or one of its bodies named without the SAR, joined to the other side (…|与特区政府投资推广署|举行)
_SAR_BODY_JOINED = re.compile(
    r"(?:与|同|和)(?:特区政府|特别行政区政府|港府|澳府)[\u4e00-\u9fff]{0,10}?(?:局|署|处|委员会|办公室)?"
    r"(?=在|于|举行|召开|共同|[，,])"
)
# … right after a place (来宾市|与特区政府投资推广署), its government or delegation between
_SAR_BODY_AFTER = re.compile(rf"(?:人民政府|政府|代表团)?{_SAR_BODY_JOINED.pattern}")


def _place_with_sar_body(body: str, at: int, mentions: list[Mention], regions: Iterable[Region]) -> list[Region]:
    """The place and the one SAR the page names, where the subject of the event's clause joins that place to the SAR's
    government or a body of it named without the SAR (来宾市与特区政府投资推广署在湾仔举行…)."""
    sars = [r for r in regions if r.name in _SARS]
    if len(sars) != 1:
        return []
    lo = _event_clause(body, at)
    for m in mentions:
        if not (lo <= m.start < at) or m.region.level == "zone" or m.region in sars:
            continue
        if _SAR_BODY_AFTER.match(body, m.end):
            return [m.region, sars[0]]
    # (or the place whose delegation opens the sentence, joined further on: 深圳市福田区委书记黎志恒率领的代表团…抵港，…
    # 并于当日下午与特区政府创新科技及工业局举行…座谈会 — 福田区, the place its own district's qualifier names)
    s_lo = sentence_bounds(body, at)[0]
    for joined in _SAR_BODY_JOINED.finditer(body, s_lo, at):
        team = body.rfind("代表团", s_lo, joined.start())
        if team < 0:
            continue
        led = [m for m in mentions if s_lo <= m.start < team and m.region.level != "zone" and m.region not in sars]
        places = _without_parents(_regions_of(led))
        if len(places) == 1:
            return [places[0], sars[0]]
    return []


def _sar_side_lower(
    body: str, at: int, mentions: list[Mention], by_name: dict[str, Region], sides: list[Region]
) -> list[Region]:
    """The name's two places, one of them a SAR, written out lower where the event's sentence has a place (or its
    delegation) meet the SAR's body (深港…座谈会 held by 福田区's delegation with 特区政府创新科技及工业局): that place
    and the SAR, one inside each of the name's; else none."""
    if len(sides) != 2 or not any(r.name in _SARS for r in sides):
        return []
    with_sar = _place_with_sar_body(body, at, mentions, by_name.values())
    return with_sar if with_sar and with_sar != sides and _one_in_each(with_sar, sides) else []



_PARTNER_CLAUSE = re.compile(r"[，,](?:并|还)?[与同和]")  # a clause opening with the partner (，與四會市委…)


# a government named by its level alone at the start of an event's name (自治区人民政府与…, 市政府与…)
_OPENING_ORGAN = re.compile(r"(?:我|本)?(?P<level>自治区|[省市县区州盟旗])(?:人民)?政府(?=与|和|同)")
# … or joined after the other side (国家电力公司与省人民政府合作协议签字仪式)
_JOINED_ORGAN = re.compile(r"(?<=[与和同])(?:我|本)?(?P<level>自治区|[省市县区州盟旗])(?:人民)?政府")

# who holds the event: 由 + the governments, then 联合主办/共同举办, or 主办 after two or more of them
# (由漯河市人民政府、亳州市人民政府主办; not 承办 or 协办: a venue's host, a helper)
_ORGANIZERS = re.compile(r"由(?P<o>[^，,。；;：:]{4,80}?)(?:联合|共同)?(?:主办|举办|发起|合办)")  # (合办: co-hosted)


# a leader of the page's own county, titled by the level alone (县委书记张伟明)
_BARE_LEADER = re.compile(r"(?:^|(?<=[，,、。；;\s]))(?:[县区旗]委(?:副)?书记|[县区旗]长)")


def _hosts_of_chamber(
    body: str,
    mentions: list[Mention],
    every: list[Mention],
    spans: Sequence[tuple[int, int]],
    people: Sequence[tuple[str, str]],
    home_county: Callable[[], str | None] | None = None,
) -> list[Region]:
    """The two places an association's name joins when the leaders or officials of both are named in the event's
    paragraph (沈阳义乌商会成立大会…义乌市委副书记、市长X率团…沈阳市副市长Y出席: a chamber of one place's people
    in another, founded with both places' governments present) — not a meeting of associations alone, nor one
    government's with a chamber (its name holds that government: step 0 above)."""
    lo, hi = spans[0]
    named = _without_parents(_regions_of([m for m in mentions if lo <= m.start < hi]))
    if len(named) != 2:
        return []
    start = sentence_bounds(body, lo)[0]
    end = body.find("\n", hi)
    paragraph = (start, len(body) if end < 0 else end)
    leading = {r.name for r in _leader_places(body, [paragraph], mentions, every, spans)}
    # (or whose officials the paragraph names, their titles naming the place: 深圳市民间组织管理局副局长韩建平)
    leading |= {place for name, place in people if name in body[paragraph[0] : paragraph[1]]}
    # (or the page's own county, its leader titled by the level alone: 县委书记李卫东率县党政代表团出席)
    if home_county is not None and _BARE_LEADER.search(body, *paragraph) and (county := home_county()):
        leading.add(county)
    return named if all(r.name in leading for r in named) else []


def _organizers(body: str, mentions: list[Mention], sentences: Sequence[tuple[int, int]]) -> list[Region]:
    """The places whose governments the event's sentences say hold it together (由A人民政府、B人民政府联合主办,
    由A人民政府、B人民政府主办), each named as a government (rules/parties.tsv ``issuer``: 人民政府, 政府, 党委…)."""
    for lo, hi in sentences:
        for m in _ORGANIZERS.finditer(body, lo, hi):
            # (a government's department too: 由北京市文化和旅游局、张家口市人民政府共同主办)
            inside = [
                x
                for x in mentions
                if m.start("o") <= x.start < m.end("o")
                and (_names_issuer(body, x) or _names_office(body, x, m.end("o"), to_end=True))
            ]
            sides = _without_parents(_regions_of(inside))
            if len(sides) >= 2:
                return sides
    return []


ZONE_LEADERS_MIN = 3  # places whose leaders take part in a zone's meeting that are its members named


def _leader_places(
    body: str,
    sentences: Sequence[tuple[int, int]],
    mentions: list[Mention],
    every: list[Mention],
    spans: Sequence[tuple[int, int]],
) -> list[Region]:
    """The places whose leaders these sentences name with their titles (北京市委书记X…与河北省委书记Y出席),
    not a guest's (连江县副县长曹明辉也应邀列席); a place written right after is no title (福建省长乐市 names
    no governor); a unit the event's name names is a side over its parent whose official only attends
    (马祖长乐…座谈会 with 长乐市委书记 and 福州市人民政府副秘书长 is 长乐市's)."""
    leaders = _regions_of(_titled(body, sentences, mentions, every, party_words().leader))
    in_name_names = {m.region.name for s, e in spans for m in mentions if s <= m.start < e}
    leaders = [r for r in leaders if not any(r.name in c.parents for c in leaders if c.name in in_name_names)]
    return _without_children(leaders)


def _titled(
    body: str, scope: Sequence[tuple[int, int]], mentions: list[Mention], every: list[Mention], title: re.Pattern[str]
) -> list[Mention]:
    """The mentions in ``scope`` that ``title`` follows right after (江西省|委书记, 上海市|机关事务管理局局长), not a
    guest's, nor a place followed by another (福建省|长乐市 names no governor)."""
    starts = {m.start for m in every}
    return [
        m
        for lo, hi in scope
        for m in mentions
        if lo <= m.start < hi and m.end not in starts and title.match(body, m.end) and not _guest(body, m.end, hi)
    ]


def _office_head_places(
    body: str, scope: Sequence[tuple[int, int]], mentions: list[Mention], every: list[Mention]
) -> list[Region]:
    """The places whose own offices' heads ``scope`` names (上海市机关事务管理局局长X, 安徽省人民政府副秘书长Y),
    not a guest's."""
    return _without_children(_regions_of(_titled(body, scope, mentions, every, _OFFICE_HEAD)))


# a place's office and its head's title right after the place (机关事务管理局局长, 人民政府副秘书长, 发展改革委主任)
_OFFICE_HEAD = re.compile(
    r"(?:人民政府|政府)?(?:[\u4e00-\u9fff]{0,10}?(?:局|厅|委员会|委|办公室|办))?"
    r"(?:常务)?副?(?:局长|厅长|主任|秘书长|巡视员)"
)


def _lower_count_sides(text: str, end: int, event_sides: Sequence[Region]) -> list[Region]:
    """The event's sides, where the places a document's title opens with are counted at two levels and
    the lower count is theirs (川甘青三省五州…协议: the provinces' letters and 三省 say where, 五州 who:
    the event's five prefectures); else none."""
    count = party_words().count_after.match(text, end)
    levels = _count_levels(count.group(0)) if count else []
    # (州 counts prefectures here, after a count of provinces: the parties' counts leave it out elsewhere,
    # where 两州 may be a prefecture's leaders)
    if count and (prefectures := _PREFECTURES_COUNTED.match(text, count.end())):
        from extract.extractors.dates import cn_number

        if n := cn_number(prefectures.group(1).replace("两", "二")):
            levels.append((n, "prefecture"))
    if len(levels) < 2 or levels[-1][1] == "province" or not event_sides:
        return []
    n, level = levels[-1]
    return list(event_sides) if n == len(event_sides) and all(_counted_as(r, {level}) for r in event_sides) else []


def _inner_letter_sides(
    body: str, span: tuple[int, int], mentions: list[Mention], by_name: dict[str, Region]
) -> list[Region]:
    """A run of letters in the event's name where provinces' letters are followed by the first letters
    of units the article names inside them, one in each (沪浙金平交界地区…座谈会 beside 金山区 and 平湖市;
    津静冀青…联席会议 beside 静海县 and 青县): the units are the sides, the provinces' letters say where
    they lie.  None unless every province of the run holds exactly one of them."""
    lo, hi = span
    letters = {m.start: m.region for m in mentions if lo <= m.start < hi and m.end - m.start == 1}
    abbreviations = party_words().abbreviations
    i = lo
    while i < hi:
        provinces: list[Region] = []
        units: list[Region] = []
        j = i
        while j < hi:
            # (a province's letter the scan read, or one of a province the article names: 津, 冀 in 津静冀青)
            region = letters.get(j) or by_name.get(abbreviations.get(body[j], ""))
            if region is not None and region.level == "province" and region not in provinces:
                provinces.append(region)
            elif provinces and len(inside := _opened_inside(body[j], provinces, by_name)) == 1:
                units.append(inside[0])
            else:
                break
            j += 1
        if (
            len(provinces) >= 2
            and len(units) == len(provinces)
            and all(sum(p.name in u.parents for u in units) == 1 for p in provinces)
        ):
            return units
        i = max(j, i + 1)
    return []


def _opened_inside(letter: str, provinces: list[Region], by_name: dict[str, Region]) -> list[Region]:
    """The prefectures and counties the article names that open with ``letter`` and lie in one of
    ``provinces``, the higher of a unit and its own (a unit and its own lie in one province)."""
    opened = _cities_opened_by(letter, by_name, shortest=2)
    return [r for r in opened if any(p.name in r.parents for p in provinces)]


# a place's body after its name, joined to the other side (与坪山区|卫生计生局举行): a department of its government

# a place's acting body right after its name (桂平市|代表团, 晋城市|人民政府): who acts for it
_ACTING_BODY = re.compile(r"(?:党政|政府|经贸|友好|考察|参访|访问)?代表团|人民政府|市政府|县政府|区政府|政府")


def _office_delegation(body: str, at: int) -> bool:
    """A delegation of an office of the place just before ``at`` (机关事务管理局参访团, 住房和城乡建设厅代表团)."""
    m = party_words().delegation.match(body, at)
    return m is not None and _OFFICE_BEFORE_TEAM.search(m.group(0)) is not None


_OFFICE_BEFORE_TEAM = re.compile(rf"{_OFFICE_WORD}[\u4e00-\u9fff]{{0,4}}$")


def _acting_units(
    body: str, scope: Sequence[tuple[int, int]], mentions: list[Mention], letters: Sequence[Region]
) -> dict[str, Region]:
    """Province → the one prefecture or county inside it whose delegation or government ``scope`` names
    (广西桂平市代表团…访港, 特区政府…与晋城市人民政府签署: 桂平市 for 广西, 晋城市 for 山西), for the provinces
    among ``letters`` that have exactly one."""
    provinces = {r.name for r in letters if r.level in ("province", "prefecture")}  # (a SAR too, by its district)
    found: dict[str, dict[str, Region]] = {}
    words = party_words()

    def acting(unit: Region) -> None:
        for p in provinces & set(unit.parents):
            found.setdefault(p, {})[unit.name] = unit

    titles = [t_lo for t_lo, _ in title_spans(body)]
    for lo, hi in scope:
        for m in mentions:
            if not (lo <= m.start < hi and m.region.level in ("prefecture", "county")):
                continue
            if any(p in _SARS for p in m.region.parents):
                # (a SAR's district by its delegation alone: 观塘区青年创业交流团 under 港汉…座谈会)
                acts = words.delegation.match(body, m.end) is not None
            else:
                # (or a body of its joined to the visitors: 与坪山区卫生计生局举行港深…座谈会)
                # (or joining them: 新沂市卫生局|与临沂市卫生局签订)
                joined = (
                    body[m.start - 1 : m.start] in _SIDE_JOINERS and words.joined_body.match(body, m.end) is not None
                ) or words.joining_body.match(body, m.end) is not None
                # (or its office's delegation: 福建省三明市机关事务管理局参访团 under 闽台…座谈会)
                acts = _ACTING_BODY.match(body, m.end) is not None or joined or _office_delegation(body, m.end)
            if acts:
                acting(m.region)
        # (or the signers of a document signed there: 江苏省徐州市铜山区与我市埇桥区签订《…》 under 苏皖…会商会)
        for t_lo in (t for t in titles if lo <= t < hi):
            signers = _signers(body, mentions, t_lo)
            if any(r.name in o.parents for r in signers for o in signers):
                continue  # (在杭州与浙江省生态环境厅签署: a venue inside the other signer, no unit acting)
            for r in signers:
                if r.level in ("prefecture", "county"):
                    acting(r)
    out: dict[str, Region] = {}
    for p, named in found.items():
        units = list(named.values())
        top = [u for u in units if not any(o.name in u.parents for o in units)]
        if len(top) == 1:
            out[p] = top[0]
    return out


def _letters_of_lower(body: str, m: Mention, mentions: list[Mention]) -> bool:
    """A province's letter in a run of letters followed by a lower unit (闽粤毗邻县: counties)."""
    if m.region.level != "province" or m.end - m.start != 1:
        return False
    end = m.end
    for x in mentions:
        if x.start == end and x.end - x.start == 1 and x.region.level == "province":
            end = x.end
    return _LOWER_UNITS.match(body, end) is not None


def _paired_in_name(body: str, mentions: list[Mention], spans: list[tuple[int, int]]) -> list[Region]:
    """The two places an event's name joins by a verb of pairing (rules/parties.tsv ``pairverb``:
    辽宁省对口支援那曲地区工作座谈会), a government word allowed after the first (X市政府帮扶Y县); else
    the places joined by dots that open it (甘孜州·昌都地区…, 张掖·武威·金昌三市…)."""
    words = party_words()
    for lo, hi in spans:
        inside = _unqualified(body, [m for m in mentions if lo <= m.start < hi and m.region.level != "zone"])
        two = len(_regions_of(inside)) == len(inside) == 2
        if two and words.pairverb.fullmatch(body, inside[0].end, inside[1].start):
            return _regions_of(inside)
        # (the supported side two places joined: 浙江省对口支援新疆阿克苏地区和兵团第一师阿拉尔市…联席会议; the
        # verb before the province that qualifies the first)
        raw = [m for m in mentions if lo <= m.start < hi and m.region.level != "zone"]
        if len(inside) > 2 and raw[0] is inside[0] and words.pairverb.fullmatch(body, raw[0].end, raw[1].start):
            joined = inside[:2]
            for m in inside[2:]:
                if not _SUPPORTED_JOINED.fullmatch(body, joined[-1].end, m.start):
                    break
                joined.append(m)
            if len(joined) == len(inside) == len(_regions_of(joined)):
                return _regions_of(joined)
        # two provinces' letters before the verb and a place of the second after it (沪滇对口帮扶文山州…
        # 座谈会): the first letter's province helps that place, which stands for its province's side
        if (
            len(inside) == 3
            and all(m.end - m.start == 1 and m.region.level == "province" for m in inside[:2])
            and inside[1].end == inside[0].end + 1
            and inside[1].region.name in inside[2].region.parents
            and words.pairverb.fullmatch(body, inside[1].end, inside[2].start)
        ):
            return _regions_of([inside[0], inside[2]])
        # two places written in full joined by a dot that open the name (甘孜州·昌都地区第七次川藏交界地区…
        # 联席会议: its sides, before the border counties listed as attending; the letters 川藏 say where)
        # (the places after the pair are the meeting's topic: 张掖市·海北藏族自治州祁连山生态…联席会议)
        # (and every place the dots go on joining: 张掖·武威·金昌三市文旅融合发展论坛)
        full = _qualified_as_one(
            body, [m for m in mentions if lo <= m.start < hi and m.region.level != "zone" and m.end - m.start > 1]
        )
        chain = full[:1]
        for m in full[1:]:
            if body[chain[-1].end : m.start] not in _NAME_PAIR_DOTS:
                break
            chain.append(m)
        names = {m.region.name for m in chain}
        if (
            len(chain) == len(_regions_of(chain)) >= 2
            and chain[0].start - lo <= NAME_PAIR_LEAD
            and not any(set(m.region.parents) & names for m in chain)
        ):
            return _regions_of(chain)
    return []


_MAINLAND_SIDE = re.compile(r"(?:内地|大陆)[与和]|[与和](?:内地|大陆)")  # the mainland as one side of a name
_REFERENCE = "(?:本届|本次|此次|这次|该)"  # a word that refers back to the event before its head noun
_SUPPORTED_JOINED = re.compile(r"(?:和|与|及|、)[^，,。、和与及]{0,6}")  # 和兵团第一师 before 阿拉尔市
_NAME_PAIR_DOTS = ("·", "・", "•", "‧", "—", "－", "-")
NAME_PAIR_LEAD = 5  # characters before a name's opening pair (2023年)


DECK_CHARS = 40  # a headline's deck (副题) is a short line


def _deck(body: str, title: tuple[str, tuple[int, int]] | None) -> list[tuple[int, int]]:
    """The line right under the headline when it is its deck (副题: 闽赣湘粤桂琼川黔滇九省区和港澳共商
    合作大计): short and no sentence of the report (no full stop)."""
    if title is None:
        return []
    lo = body.find("\n", title[1][1])
    while lo >= 0 and lo + 1 < len(body) and body[lo + 1] in "\n \t\u3000":  # blank lines, an indent
        lo += 1
    if lo < 0:
        return []
    hi = body.find("\n", lo + 1)
    hi = len(body) if hi < 0 else hi
    line = body[lo + 1 : hi]
    if not line.strip() or len(line.strip()) > DECK_CHARS or "。" in line:
        return []
    return [(lo + 1, hi)]


def _mentions_in(mentions: list[Mention], name: str, span: tuple[int, int]) -> bool:
    return any(m.region.name == name and span[0] <= m.start < span[1] for m in mentions)


def ends_with_letters(text: str) -> bool:
    """``text`` ends with a run of two or more provinces' one-letter abbreviations (…湘澳, 川渝), or of a province's
    and a city's (港深: rules/city_abbreviations.tsv; not 威海, a city's name)."""
    if party_words().abbreviation_tail.search(text) is not None:
        return True
    tail, provinces, cities = text[-2:], party_words().abbreviations, _city_letters()
    return (
        len(tail) == 2
        and all(c in provinces or c in cities for c in tail)
        and any(c in provinces for c in tail)
    )


def _named_members(zone_text: str, by_name: dict[str, Region], *, suffix: bool = False) -> list[Region]:
    """京津冀 → 北京市, 天津市, 河北省; 粤港澳大湾区 → 广东省, 香港, 澳门: a zone written as its
    members' one-letter abbreviations (+ a general word, parties.tsv ``memberzone``); with
    ``suffix``, the run of abbreviations that ends the text (川渝 in …川渝 before 两地)."""
    words = party_words()
    m = words.abbreviation_tail.search(zone_text) if suffix else words.member_zone.fullmatch(zone_text)
    if not m or len(set(m.group("run"))) != len(m.group("run")):
        return []
    return [
        by_name.get(full) or Region(name=full, level="province")
        for full in (words.abbreviations[c] for c in m.group("run"))
    ]


_ORDINALS = re.compile(r"(?:19|20)[0-9]{2}年?|第[0-9一二三四五六七八九十百]+[届次]|首届|本届|上届")
SERIES_CHARS = 4000


def _one_in_each(places: Sequence[Region], letters: Sequence[Region]) -> bool:
    """Each place is a different letter's province or lies in it (福建省, 固原市 for 闽宁's)."""
    homes = [[r.name for r in letters if r.name == p.name or r.name in p.parents] for p in places]
    return (
        len(places) == len(letters) and all(len(h) == 1 for h in homes) and len({h[0] for h in homes}) == len(letters)
    )


def _places_masked(body: str, name: str, span: tuple[int, int], mentions: list[Mention]) -> str:
    """The event's name with the places its mention in ``body`` names blanked (大厂回族自治县's 厂 is no works: a word
    of no government inside a place's name says nothing of the sides)."""
    lo, hi = span
    if body[lo:hi] != name:
        return name
    chars = list(name)
    for m in mentions:
        if lo <= m.start and m.end <= hi:
            chars[m.start - lo : m.end - lo] = "\u3000" * (m.end - m.start)
    return "".join(chars)


def _without_head_noun(name: str) -> str:
    """The name without its head noun (长江中游…第十届会商会 → …第十届): 商会 in 会商会 is no chamber."""
    for noun in event_rules().nouns:
        if name.endswith(noun):
            return name[: -len(noun)]
    return name


WINDOW = 800  # characters from the event's paragraph in which its counted members are named


def _paragraph(body: str, lo: int, hi: int) -> tuple[int, int]:
    """The paragraph (line) holding ``lo``…``hi``."""
    end = body.find("\n", hi)
    return body.rfind("\n", 0, lo) + 1, len(body) if end < 0 else end


def _window(body: str, at: int) -> tuple[int, int]:
    lo = body.rfind("\n", 0, at) + 1
    return lo, min(len(body), max(at, lo) + WINDOW)


_DATELINE = re.compile(r"(?:^|\n)[^\n，。,]{0,16}?[0-9０-９]{1,2}月[0-9０-９]{1,2}日\s*(?:电|讯)")


# … or its reporters' credit with the place they filed from (（记者 马晓燕 银川报道）, 记者黄家明龙川报道：)
_FILED_FROM = re.compile(r"记者[^（）()\n，。：:]{1,24}?[\u4e00-\u9fff]{2,4}报道(?=[）)】：:\s])")


def _datelines(body: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for p in (_DATELINE, _FILED_FROM) for m in p.finditer(body)]


def _without_children(sides: list[Region]) -> list[Region]:
    """A county beside its own city, a city beside its province: the higher side stands for both."""
    names = {r.name for r in sides}
    return [r for r in sides if not names & set(r.parents)]


def _without_parents(sides: list[Region]) -> list[Region]:
    """Places named only to qualify another (新疆第一师阿拉尔市, 浙江台州): the lower one stands."""
    parents = {p for r in sides for p in r.parents}
    return [r for r in sides if r.name not in parents]


def _paragraph_lists(body: str, runs: list[list[Mention]]) -> list[list[Region]]:
    """Each run of three or more, and the runs of each paragraph together."""
    out = [_regions_of(run) for run in runs if len(_regions_of(run)) >= 3]
    by_paragraph: dict[int, list[Mention]] = {}
    for run in runs:
        by_paragraph.setdefault(body.rfind("\n", 0, run[0].start), []).extend(run)
    out += [_regions_of(ms) for ms in by_paragraph.values()]
    return out


def _counted_otherwise(body: str, run: list[Mention], said: set[str]) -> bool:
    """A run of letters only (浙闽) right before a count of levels other than ``said`` (两省 where 两地 is read)."""
    if any(m.end - m.start > 1 for m in run):
        return False
    follow = party_words().count_after.match(body, run[-1].end)
    return follow is not None and {level for _, level in _count_levels(follow.group(0))} != said


def _counts_lower(body: str, run: list[Mention]) -> bool:
    """A list of provinces followed by a count of cities (苏鲁豫皖四省十市, 沪苏浙皖41个成员城市):
    the members are cities the text does not list, not these provinces."""
    if any(m.region.level != "province" for m in run):
        return False
    follow = party_words().count_after.match(body, run[-1].end)
    if not follow:
        return False
    levels = _count_levels(follow.group(0))
    cities = sum(n for n, level in levels if level == "prefecture")
    capitals = sum(1 for r in _regions_of(run) if r.adcode and r.adcode[2:4] == "00" and r.name.endswith("市"))
    return cities > capitals


def _aided_in_name(body: str, mentions: list[Mention], spans: Sequence[tuple[int, int]]) -> list[Region]:
    """The place an event's name holds right before a word of aid received (rules/parties.tsv ``aid``:
    日喀则市|对口援藏工作座谈会), the one place of the name; in a name holding none, the place its programme's
    word aids where the article names it (对口援青工作座谈会: 青海省)."""
    lo, hi = spans[0]
    inside = [m for m in mentions if lo <= m.start < hi and m.region.level != "zone"]
    if not inside:  # 对口援青工作座谈会: the programme's word names the place it aids (rules/aid_programmes.tsv)
        aided = {name for word, name in _aid_programmes() if word in body[lo:hi]}
        return [r for m in mentions if (r := m.region).name in aided and r.level == "province"][:1]
    if len(_regions_of(inside)) != 1:
        return []
    return _regions_of(inside[-1:]) if party_words().aid.match(body, inside[-1].end, hi) else []


@cache
def _aid_programmes() -> tuple[tuple[str, str], ...]:
    return tuple((row[0], row[1]) for row in read_tsv("aid_programmes.tsv"))


# a delegation of a province and its city together (辽宁省暨大连市党政代表团, 吉林省暨长春市代表团)
_JOINT_DELEGATION = re.compile(r"暨(?=[^，,。；;、\s]{2,12}?(?:党政)?代表团)")
JOINT_DELEGATION_CHARS = 300  # characters around the event's first mention read for such a delegation


def _with_joint_delegations(body: str, sides: list[Region], mentions: list[Mention], at: int) -> list[Region]:
    """``sides``, and the province that leads a side's delegation with it (辽宁省暨大连市党政代表团: 辽宁省
    beside 大连市), written within JOINT_DELEGATION_CHARS of ``at``."""
    out = list(sides)
    lo, hi = max(0, at - JOINT_DELEGATION_CHARS), min(len(body), at + JOINT_DELEGATION_CHARS)
    for m in _JOINT_DELEGATION.finditer(body, lo, hi):
        before = next((x for x in mentions if x.end == m.start()), None)
        after = next((x for x in mentions if x.start == m.end()), None)
        if before and after and after.region in sides and before.region not in out:
            if before.region.name in after.region.parents:
                out.append(before.region)
    return out


def _peer(r: Region, members: Sequence[Region]) -> bool:
    """``r`` is of the members' level (a province-level city beside cities counts as a city: 上海市 among 苏州市…)."""
    levels = {m.level for m in members}
    return r.level in levels or (r.level == "province" and r.name.endswith("市") and "prefecture" in levels)


def _with_host(
    body: str, members: list[Region], location: str | None, by_name: dict[str, Region], window: tuple[int, int]
) -> list[Region]:
    """The members listed, and the host where they are its guests: the place the event was held, of
    their level and not listed, when a count near the event says one more (向出席会议的青岛、烟台、威海、
    日照各位领导表示欢迎 … 五市: 潍坊 too)."""
    host = by_name.get(location or "")
    if host is None or host in members or not members or any(host.level != m.level for m in members):
        return members
    for m in party_words().count_after.finditer(body, *window):
        if sum(n for n, _ in _count_levels(m.group(0))) == len(members) + 1:
            return [host, *members]
    return members


@cache
def _members_count_re() -> re.Pattern[str]:
    """A count of a grouping's members, exact or at least (20个成员市, 40余个成员城市, 十个成员)."""
    units = alternation(list(party_words().units))
    return re.compile(
        rf"(?P<n>{_NUMERAL_COUNT})(?:余|多)?个?(?:成员)(?:{units})?|(?P<m>{_NUMERAL_COUNT})(?:余|多)个(?:{units})"
    )


def _lower_members_counted(body: str, own: Sequence[tuple[int, int]], letters: Sequence[Region]) -> bool:
    """The event's own sentences count more members below the letters' level than there are letters (湘赣两省
    24个县（市、区）: 24 counties under two provinces)."""
    rank = {"province": 0, "prefecture": 1, "county": 2}
    top = max(rank.get(r.level, 0) for r in letters)
    for lo, hi in own:
        for m in party_words().count_after.finditer(body, lo, hi):
            for n, level in _count_levels(m.group(0)):
                if rank.get(level, -1) > top and n > len(letters):
                    return True
    return False


def _members_counted(body: str, lo: int, hi: int) -> int:
    """The largest count of members written between ``lo`` and ``hi`` (四省20个成员市: 20; 湘赣两省24个县: 24), or 0."""
    from extract.extractors.dates import cn_number

    best = 0
    for m in _members_count_re().finditer(body, lo, hi):
        n = cn_number((m.group("n") or m.group("m")).replace("两", "二"))
        best = max(best, n or 0)
    # (and a count of cities or counties after their provinces: 湘赣两省24个县（市、区）, 四省十市)
    for m in party_words().count_after.finditer(body, lo, hi):
        levels = _count_levels(m.group(0))
        if len(levels) >= 2 and levels[0][1] == "province":
            best = max([best, *(n for n, level in levels[1:] if level in ("prefecture", "county"))])
    return best


def _count_levels(phrase: str) -> list[tuple[int, str]]:
    """三省一市 → [(3, province), (1, prefecture)]; 41个成员城市 → [(41, prefecture)]."""
    from extract.extractors.dates import cn_number

    words = party_words()
    out = []
    for m in words.count_item.finditer(phrase):
        n = cn_number(m.group("n").replace("两", "二"))
        if n:
            out.append((n, words.units[m.group("unit")]))
    return out


_JOINED_AFTER = re.compile(r"(?:和|与|及|以及)")
# after a list of places: their count and offices signing a paper (三省市环保部门共同签署了《): that paper's signers
# (their offices, not the places: 湘西州与酉阳县、秀山县共同签署了《…》 at its signing ceremony are its sides)
_DOCUMENT_SIGNERS = re.compile(
    r"[^\s，,。；;、《》]{0,12}?(?:部门|厅|局|委员会|办公室)"
    rf"(?:{_SIGN_ADVERBS})?(?:共同|分别)?(?:签署|签订)了?《"
)


GROWTH_REACH = 3  # characters of a growth word (parties.tsv ``growth``) before a count


def _glued_zone(run: list[Mention], k: int) -> bool:
    """The run's ``k``-th mention is a zone written right after a city's or a county's name (西城区|京津冀)."""
    m = run[k]
    return (
        m.region.level == "zone" and k > 0 and run[k - 1].end == m.start
        and run[k - 1].region.level in ("prefecture", "county")
    )  # fmt: skip


def _counted_members(
    body: str,
    mentions: list[Mention],
    scope: list[tuple[int, int]],
    window: tuple[int, int],
    named: Sequence[Region] = (),
    own: Sequence[tuple[int, int]] = (),
    by_name: dict[str, Region] | None = None,
) -> list[Region]:
    """A count of members (沿海六市, 三省一市, 13个成员城市) and as many places of its level named
    around the event, else as many as the event's name holds (``named``: 北区区议会与罗湖区人大常委会
    交流座谈会 with 两地), else as many in the event's own sentences (``own``: 黄山市公安局与上饶市公安局
    …召开… under 赣皖两市…, where the paragraphs after name 杭州、衢州 in passing), else listed
    anywhere in the article."""
    words = party_words()
    para_lo, para_hi = window
    all_runs: list[list[Mention]] | None = None  # every list of the article, read only when needed
    for lo, hi in scope:
        for m in words.count_after.finditer(body, lo, hi):
            if (
                m.start() > 0
                and word_frequency(body[m.start() - 1 : m.start() + 1])
                and not any(x.end == m.start() for x in mentions)
            ):
                continue  # the numeral ends a name's word (斗六市 is no 六市; but 辽西|四市 counts after a place)
            levels = _count_levels(m.group(0))
            if not levels or words.growth.search(body, max(0, m.start() - GROWTH_REACH), m.start()):
                continue  # (争取扩大为四市共同推动: members to come)
            if words.admitted.match(body, m.end()):
                continue  # (合肥、盐城…6市被吸纳为新成员: members taken in, not the meeting's sides)
            if _ALSO_CAME.match(body, m.end()):
                continue  # (江西寻乌、定南、安远三县代表亦出席了座谈会: guests beside the sides, who are told before)
            if len(levels) == 2 and levels[0][1] == "province" != levels[1][1] and levels[1][0] >= levels[0][0]:
                # (苏鲁豫皖四省七县（区）: the seven counties, the provinces where they lie; 三省一市 stays)
                levels = levels[1:]
            total = sum(n for n, _ in levels)
            # 闽赣湘粤桂琼川黔滇九省区和港澳: the places joined after the count are members too
            joined = _JOINED_AFTER.match(body, m.end())
            if joined:
                extra = _regions_of([x for x in mentions if joined.end() <= x.start < joined.end() + 4])
                if extra and all(r.level == "province" for r in extra):
                    total += len(extra)
            written = _written_before(body, mentions, m.start())
            said = {lv for _, lv in levels}
            before = _named_members(body[max(0, m.start() - 6) : m.start()], {}, suffix=True)
            # (not where places are written in full right before the count: 黑龙江辽宁两省 is no letters 辽, 宁)
            places_before = len(written) == total >= 2 and all(_counted_as(r, said) for r in written)
            provinces_said = all(level in ("province", "any") for _, level in levels)
            if len(before) == total >= 2 and provinces_said and not places_before:
                return before  # 川渝两地, 甘青两省: the provinces are written right there (not 湘桂两县)
            if places_before:
                return written  # 嘉兴金山两地, 大同乌兰察布两市: the places written right before the count
            # as many letters right before it, each a province's or a city's the article names (港珠两地 beside
            # 香港特别行政区 and 珠海市, 宁马两市)
            if by_name and 2 <= total <= 3 and m.start() >= total:
                letters = _sides_of_letters(body[m.start() - total : m.start()], by_name)
                if len(letters) == total and all(_counted_as(r, said) for r in letters):
                    return letters
            wanted = {level for _, level in levels}
            if len(wanted) > 1:  # 三省一市: the province-level members
                wanted = {"province"}
            # (the venue's district is no member: 渝港…会议昨日在重庆渝中区召开 with 两地)
            mentions = [x for x in mentions if not _venue_mention(body, x, mentions)]
            in_own = [
                x
                for x in mentions
                if any(lo <= x.start < hi for lo, hi in own)
                and x.region.level != "zone"
                and ("any" in wanted or x.region.level in wanted)
            ]
            near = [
                x
                for x in mentions
                if para_lo <= x.start < para_hi
                and x.region.level != "zone"
                and ("any" in wanted or x.region.level in wanted)
            ]
            # (南海、顺德两市同属佛山市: 两市 are the county-level cities the event's name holds, not the cities
            # around them of the prefecture level; or cities of both levels, 延安市与井冈山市缔结友好城市签字仪式
            # with 两市, not 遵义 of a passing list)
            if len(named) == total >= 2 and "prefecture" in wanted and all(r.name[-1] == "市" for r in named):
                return list(named)
            # (…率江都市党政代表团赴姜堰市考察，两市在姜堰召开…座谈会: the county-level cities of the event's own
            # sentence, where it names no city of the prefecture level but theirs — not 扬泰两市 of the next paragraph)
            in_sentence = [x for x in mentions if any(a <= x.start < b for a, b in own) and x.region.level != "zone"]
            own_cities = _without_parents(_regions_of(in_sentence))
            if (
                "prefecture" in wanted
                and len(own_cities) == total >= 2
                and all(r.level == "county" and r.name[-1] == "市" for r in own_cities)
            ):
                return own_cities
            sides = _without_parents(_regions_of(near))
            if len(sides) == total >= 2:
                return sides
            if len(named) == total >= 2 and all("any" in wanted or r.level in wanted for r in named):
                return list(named)
            if len(sides := _without_parents(_regions_of(in_own))) == total >= 2:
                return sides
            # as many in the event's own paragraph (the leaders of 武汉、长沙、合肥、南昌 in the lead, where the
            # window reaches a later 昌九一体化 too)
            paragraphs = [_paragraph(body, lo, hi) for lo, hi in own]
            in_para = [
                x
                for x in mentions
                if any(lo <= x.start < hi for lo, hi in paragraphs)
                and x.region.level != "zone"
                and ("any" in wanted or x.region.level in wanted)
            ]
            if "any" not in wanted and len(sides := _without_parents(_regions_of(in_para))) == total >= 2:
                return sides  # (a count of a level: 三地 leaves 北京、天津、河北 and 保定 to the steps after)
            # a list of the members elsewhere, maybe in parts in one paragraph (one may be missed)
            if all_runs is None:
                # (not letters the article counts by another word: 两地 beside 两地同处浙闽两省, where the provinces
                # say where the sides lie; 京张两地 and 闽赣…九省区 under the same count stay)
                all_runs = [
                    run
                    for run in _runs(body, mentions, 0, len(body))
                    if len(_regions_of(run)) >= 2 and not _counted_otherwise(body, run, said)
                ]
            if m.group(0).endswith("方"):
                # (a count of sides, 三方签署, counts signers of every kind — bodies, companies: no list of places
                # elsewhere, 他介绍，万里茶道…经江西、湖南、湖北一路北上, is theirs)
                continue
            for listed in _paragraph_lists(body, all_runs):
                whole = [r for r in listed if r.level != "zone"]
                odd = [r for r in whole if not ("any" in wanted or r.level in wanted)]
                if len(whole) == total >= COUNTED_WHOLE_MIN and len(odd) == 1 and odd[0].level == "county":
                    # (松江、嘉兴、…、合肥九城市: the list the count matches whole, the one district it takes in too)
                    return whole
                listed = [r for r in listed if r.level != "zone" and ("any" in wanted or r.level in wanted)]
                if len(listed) == total or (total >= 6 and total - 1 <= len(listed) <= total):
                    return listed
    return []


COUNTED_WHOLE_MIN = 3  # members of a list a count matches whole, whatever their levels (not a pair: 两市)


# (or attended at: 在湾仔香港会议展览中心出席)
_HELD_AFTER = re.compile(r"[^，,。；;]{0,12}?(?:召开|举行|举办|开幕|闭幕|揭幕|出席|参加)")


# a signing's verb right after where it was done (海协会与海基会在台北|签署了《…》): that place signs nothing
_SIGNED_AT = re.compile(r"[市县区]?(?:签署|签订|签约|草签|续签)")


def _to_come(body: str, at: int) -> bool:
    """The event's name at ``at`` is told as to come in its clause (明年4月两省将在西宁召开第二次合作座谈会)."""
    return told_to_come(body, _clause_start(body, at), at)


def _venue_mention(body: str, m: Mention, mentions: list[Mention]) -> bool:
    """A county's name in the place an event is held at (在重庆渝中区召开, 在渝中区…举行): the venue's district,
    no side (RECORD.md).  Places written right before it (its city) go with it."""
    if m.region.level != "county":
        return False
    at = m.start
    for x in reversed(mentions):
        if x.end == at:
            at = x.start
    return body[at - 1 : at] in ("在", "于") and _HELD_AFTER.match(body, m.end) is not None


# a count of provinces before a border's word: the area the provinces share (浙闽两省毗邻地区, 三省交界)
_PROVINCES_BORDER = re.compile(r"[两三四五六七八九十]省(?:区|市)?(?:接壤|交界|毗邻|边界|边际|结合部)")
# a count of provinces that says where a border area lies, the members' own count after it (四省接壤地区十八个地市)
_BORDER_OF = re.compile(
    _PROVINCES_BORDER.pattern + r"(?:地区|地带|区域|部)?的?"
    r"[0-9一二三四五六七八九十两]{1,4}个?(?:地市|城市|市|县|县市|地区|市县)"
)


# a delegation of the page's own county written by its level alone (率区党政代表团, 率县代表团赴…)
_HOME_DELEGATION = re.compile(r"率(?:领)?(?:区|县|市|旗)(?:委|政府)?(?:党政)?(?:代表团|考察团)")


_WHO_CAME = re.compile(r"负责人|负责同志|领导|代表")  # the people a sentence says came, for their places
_SIDES_COUNTED = re.compile(r"[两二三四五六七八九十]{1,2}[省地市县区州]")  # (两省, 三地: a count of sides)


def _one_inside_each(provinces: list[Region], mentions: list[Mention]) -> list[Region]:
    """The units below provinces these mentions name, where each of the provinces holds exactly one
    of them (its highest: 宁德市, not 宁德市's 福鼎市 too — but not one written as the address of the next, 锡林郭勒盟
    二连浩特市); else none."""
    if not provinces or any(p.level != "province" for p in provinces):
        return []
    names = {p.name for p in provinces}
    lower = [m for m in mentions if m.region.level in ("prefecture", "county") and names & set(m.region.parents)]
    # (a unit written right before its own unit is that one's address, no side: 锡林郭勒盟|二连浩特市)
    lower = [m for m in lower if not any(x.start == m.end and m.region.name in x.region.parents for x in lower)]
    below = _without_children(_regions_of(lower))
    inside = [[r for r in below if p.name in r.parents] for p in provinces]
    return below if len(below) == len(provinces) and all(len(rs) == 1 for rs in inside) else []


def _namesake_seat(city: Region, area: Region) -> bool:
    """``city`` is the county-level city of its name inside ``area``, a 地区 or 盟 (滁州市 in 滁县地区, 1991)."""
    return area.name.endswith(FORMER_KINDS) and area.name in city.parents and city.name[:1] == area.name[:1]


def _counted_as(r: Region, levels: set[str]) -> bool:
    """``r`` is one of a count of these levels (两市 counts a county-level city too; ``any`` every level but zones,
    rules/count_units.tsv: 潮汕与闽南两地 in a speech counts no sides)."""
    if "any" in levels:
        return r.level != "zone"
    return r.level in levels or (r.level == "county" and "prefecture" in levels)


def _written_before(body: str, mentions: list[Mention], end: int) -> list[Region]:
    """The places written one after another right before ``end`` (joined by nothing, a list's
    mark or 与/和): 嘉兴金山 before 两地."""
    gap = party_words().gap
    out: list[Mention] = []
    at = end
    for m in reversed([x for x in mentions if x.end <= end]):
        if m.end != at and not (m.end < at and gap.fullmatch(body[m.end : at])):
            break
        out.insert(0, m)
        at = m.start
    return _without_parents(_regions_of(out))


# after a place: its official's title and name and the verb of leading a group (南投县|副县长陈志明率领)
_LEADER_LEADS = re.compile(r"[^\s，,。；;：:与和]{2,24}?(?:率领|率团|率队|率)(?!先)")
# the verbs of going somewhere (赴, 前往, 来宜; 访 before a place's name: 率团访淳安)
_GOING = r"(?:赴|到访|到|前往|抵达|访问|拜访|拜会|走访|来(?![自源])|访(?=[\u4e00-\u9fff]{2}))"
_GOING_NOW = re.compile(_GOING)  # … right after the verb of leading (率团访淳安, 率队赴)


def _leads_a_visit(body: str, m: Mention) -> bool:
    """The place ``m`` opens an official's title and name who leads a group going elsewhere in the same sentence
    (南投县副县长陈志明率领县府建设处…一行12人，于10月15日至17日赴浙江省杭州市淳安县参访; a headline's 南投县副县长
    率团访淳安): the group is that place's."""
    lead = _LEADER_LEADS.match(body, m.end)
    if lead is None:
        return False
    hi = sentence_bounds(body, m.start)[1]
    going = _GOING_NOW.match(body, lead.end()) or _delegation_going().search(body, lead.end(), hi)
    return going is not None


def _delegation_sides(
    body: str,
    mentions: list[Mention],
    scope: list[tuple[int, int]],
    location: str | None,
    home: Callable[[], str | None],
    by_name: dict[str, Region],
) -> list[Region]:
    """A delegation (广西党政代表团, 阿拉尔市党政代表团) and the place it visits."""
    words = party_words()
    out: list[Region] = []
    for lo, hi in scope:
        for k, m in enumerate(mentions):
            nxt = mentions[k + 1] if k + 1 < len(mentions) else None
            if nxt is not None and nxt.start == m.end and m.region.name in nxt.region.parents:
                continue  # 天津|塘沽区党政代表团: the province only qualifies its district
            if lo <= m.start < hi and words.delegation.match(body, m.end) and m.region not in out:
                out.append(m.region)
            elif lo <= m.start < hi and m.region not in out and _leads_a_visit(body, m):
                out.append(m.region)  # (南投县副县长陈志明率领…一行12人…赴浙江省杭州市淳安县参访)
    if out:
        host = by_name.get(location or "") or by_name.get(home() or "")
        # (the place the delegation goes to, written after 赴/到 below the event's place: 赴重庆市潼南区 in
        # 重庆市 — the district, the side the visitors met)
        went = _destination(body, mentions, scope)
        # (the host's own government named in the event's sentence, 到访江西省赣州市寻乌县…出席由环境局与赣州市人民政府
        # 合办的…座谈会: that government meets the visitors, not the county visited nor a province above it)
        lo, hi = sentence_bounds(body, scope[0][0]) if scope else (0, 0)
        host_government = host is not None and any(
            lo <= m.start < hi and m.region.name == host.name and _names_issuer(body, m) for m in mentions
        )
        if host and went and host.name in went.parents and not host_government:
            host = went
        # (the two sides meeting at the county-level city visited, 琼山市 visitors then 两市在东兴召开 — under
        # 防城港市's paper: that city, a peer of the visitors, not its prefecture)
        met_at = _pair_met_at(body, mentions, scope)
        if (
            host
            and met_at is not None
            and host.name in met_at.parents
            and all(r.level == met_at.level == "county" for r in out)
        ):
            host = met_at
        # (the place whose department the visitors meet in the event's sentence, 在福州与福建省水利厅举行…座谈会: the
        # host, not the city it was held in)
        met_body = [
            m.region
            for m in mentions
            if lo <= m.start < hi
            and body[m.start - 1 : m.start] in _SIDE_JOINERS
            and party_words().joined_body.match(body, m.end)
            and m.region not in out
        ]
        if host and len({r.name for r in met_body}) == 1 and not host_government:
            host = met_body[0]
        # (天津市党政代表团…与我州召开…: the home the text names as the other side stays the host)
        named_home = any(_HOME_SIDE.search(body, lo, hi) for lo, hi in scope)
        if (
            host
            and not named_home
            and not host_government
            and all(r.level == "province" for r in out)
            and host.level != "province"
            and host.parents
            # (not a municipality's delegation where the article counts two cities: 重庆市…来蓉考察 and 两市政府签署
            # — 成都 is the host, a 市 beside 重庆市)
            and not (all(r.name.endswith("市") for r in out) and _TWO_CITIES.search(body))
            # (nor a SAR's delegation gone to a county, 香港特区政府水务署代表团…访问广东省河源市东源县: that county)
            and not (went is not None and went == host and went.level in ("county", "prefecture") and _all_sars(out))
        ):
            # a province's delegation visits a province (广东省党政代表团 in 南宁: 广西), where the
            # article names it
            host = by_name.get(host.parents[-1], host)
        if host and host not in out and not any(host.name in r.parents or r.name in host.parents for r in out):
            out.append(host)
    return out


# the two sides meeting at a place (两市在东兴召开, 两县在…举行): the place
_PAIR_AT = re.compile(r"(?:两市|两县|两区|两县市|两市县)(?:[^，,。；;]{0,6}?)[在于]$")


def _pair_met_at(body: str, mentions: list[Mention], scope: list[tuple[int, int]]) -> Region | None:
    """The place the scope's sentences say its two sides meet at (两市在东兴召开…): the one right after 在 that a verb
    of holding follows."""
    for lo, hi in sorted({sentence_bounds(body, lo) for lo, _ in scope}):
        for m in mentions:
            if lo <= m.start < hi and _PAIR_AT.search(body, max(lo, m.start - 10), m.start) and _HELD_AFTER.match(
                body, m.end
            ):
                return m.region
    return None


_TWO_CITIES = re.compile(r"两市(?!州)")  # a count of two cities (两市州 counts prefectures of either kind)


def _admitted(body: str, run: list[Mention]) -> bool:
    """The list ``run`` is of members a body took in (合肥、盐城…6市被吸纳为新成员; 吸纳芜湖、滁州…8市为协调会新成员):
    a word of taking in right before it, or its count and a word of it in the clause after (parties.tsv admitted)."""
    words = party_words()
    if words.taking_in.search(body, max(0, run[0].start - TAKING_IN_MAX), run[0].start):
        return True
    count = words.count_after.match(body, run[-1].end)
    return words.admitted.match(body, count.end() if count else run[-1].end) is not None


@cache
def _delegation_going() -> re.Pattern[str]:
    """A delegation (parties.tsv ``delegation``, or 一行) going somewhere: 代表团赴, 考察团一行前往."""
    words = alternation(list(read_groups("parties.tsv").get("delegation", ())))
    # (its count and the day between, a comma after the count: 代表团一行二十二人，昨日前往江门市新会区; or the days
    # it stays: 访问团一行二十二人前日（12日）起一连两日访问惠州市惠阳区)
    return re.compile(
        # (or coming to the outlet's place, 交流团一行28人来宜访问: 宜兴, the county-level city it came to)
        # (or its leader leading it, 副县长率团访淳安)
        rf"(?:{words}|一行|率团|率队)(?:[^，。；]{{0,8}}?人[，,])?[^，。；]{{0,16}}?{_GOING}"
    )


def _destination(body: str, mentions: list[Mention], scope: list[tuple[int, int]]) -> Region | None:
    """The place a delegation goes to as the scope writes it (代表团赴重庆市潼南区): the place right after
    the verb, read as one with the place that qualifies it."""
    for lo, hi in scope:
        for go in _delegation_going().finditer(body, lo, hi):
            after = _qualified_as_one(body, [m for m in mentions if go.end() <= m.start < hi])
            if after and after[0].start == go.end():
                return after[0].region
    return None


# a notice's headline: who hands which document out (X人民政府办公室关于印发Y的通知, 关于转发《Y》的通知)
_NOTICE = re.compile(
    r"^[ \t\u3000]*(?P<issuer>[^\n，。]{2,40}?)关于(?:印发|转发|发布|公布)(?P<doc>[^\n》]{4,80}?)》?的(?:通知|决定)",
    re.M,
)
NOTICE_CHARS = 400  # the headline stands in the page's first lines
# a notice's issuer named by its level alone (市人民政府办公室, 县政府办公室), after a field's label or not
_BARE_ISSUER = re.compile(r"(?:^|[:：]\s*)(?:本|我)?[省市县区州盟](?:人民)?(?:政府|委)")


# after a count: its people came too, beside the sides (三县代表亦出席, 四市负责人也应邀参加)
_ALSO_CAME = re.compile(r"[^，。；,;、与和]{0,8}?(?:亦|也|另|还)(?:应邀|受邀)?(?:出席|参加|列席|到会|参会)")
# after a list of places: a delegation's tour of them (在福州厦门泉州等地考察, 赴苏州、无锡、常州学习考察)
_TOURED = re.compile(r"(?:等地|等市|等城市|等县市)?(?:进行)?(?:学习考察|考察|参观|调研|观摩)")
# the places a list says guests come from, before what they are (来自广州、深圳…等地的六十余家企业负责人): no sides
_COME_FROM = re.compile(r"(?:来自|从)$")
_GUESTS_OF = re.compile(
    r"(?P<etc>等地|等市|等城市|等县市|等省市)?的(?:[0-9一二三四五六七八九十百余多]+[家位名个])?"
    r"(?:企业|公司|客商|商会|协会|专家|学者|投资商|采购商|进口商|供应商|经销商|厂商)"
)  # (not 的党政领导及专家学者: the places' leaders, sides)


_FOR_BOTH_SIDES = re.compile(r"代表双方(?:政府)?(?:正式)?(?:签署|签订|签约)")  # two signers, each for a side


_CHARTER = re.compile(r"(?:章程|会员公约|自律公约)(?:[（(][^）)]{1,6}[）)])?》")  # a body's charter ending its title


def agreement_parties(
    body: str,
    title_span: tuple[int, int],
    action: str,
    regions: Sequence[Region],
    event_sides: Sequence[Region],
    mentions: list[Mention] | None = None,
    agent: tuple[int, int] | None = None,
    towns: bool = False,
    home: Callable[[], str | None] | None = None,
) -> list[Region]:
    """The sides of one document: issuers its title names, else the event's when it was signed,
    adopted or released there; none for a document only mentioned or discussed (``mentions``:
    ``mentions_of(regions)`` when the caller has it already; ``agent``: the span of the doer and verb
    written after the title, 《A》由两市旅游局签署, read as the signing's clause in place of the one before;
    ``towns``: the event is two towns' and its sides their counties, evidence ``towns``; ``home``: the page's own
    city, 我市).  The
    caller drops the sides read from a letter of a country abroad (``without_letters_abroad``), as
    ``event_parties`` does."""
    mentions = mentions_of(regions) if mentions is None else mentions
    lo, hi = title_span
    if action in ("mentioned", "discussed"):
        return []  # RECORD.md: `[]` for a document only mentioned (its issuers and sides too)
    home_name = home() if home is not None else None
    mine = next((r for r in regions if r.name == home_name), None) if home_name else None  # the page's own (我市)
    # (an association's own charter, 《沈阳义乌商会章程》 adopted at its founding: the association's, no government's)
    charter = _CHARTER.search(body, lo, hi)
    if charter is not None and any(m.end() == charter.start() for m in party_words().nongov.finditer(body, lo, hi)):
        return []
    # (a title joining a place to a place abroad, 《株洲市与沃尔夫斯堡市友好交流合作备忘录》: that place alone)
    abroad = _abroad_partner(body, lo, hi, mentions)
    if abroad:
        return abroad
    full = [m for m in mentions if m.region.level != "zone" and m.end - m.start > 1]  # not 闽浙边界
    # (哈尔滨市南岗区与深圳市南山区…协议: each city only qualifies its district, the districts are the issuers)
    # (not a province-level city's district beside a zone its province qualifies: 天津市滨海新区 河北雄安新区…协议 is
    # read by the title's sides below)
    zoned = any(m.region.level == "zone" and lo <= m.start < hi for m in mentions)
    full = _qualified_merged(full, cities=True, prefectures_only=zoned)
    # issuers named as governments in the title (澳门特别行政区政府…与江门市人民政府关于…), or
    # opening it (九江市、黄石市…人民政府关于…)
    placed = frozenset(x.start for x in full if lo <= x.start < hi)
    governments = [
        m for m in full if lo <= m.start < hi and (_names_issuer(body, m) or _names_office(body, m, hi, placed))
    ]
    # (and the places listed before one, sharing its government's name: 香港特别行政区政府与上海市、江苏省、浙江省、
    # 安徽省人民政府关于…备忘录)
    governments += [
        m
        for run in _runs(body, [m for m in full if lo <= m.start < hi], lo, hi)
        if run[-1] in governments
        for m in run[:-1]
        if m not in governments
    ]
    governments.sort(key=lambda m: m.start)
    # (a place opening the title right before 关于, its government unwritten: 《汕头市关于促进汕台农渔业交流合作的若干
    # 措施》 — that place issues it alone, whatever the title's letters name)
    # (or before a verb of policy in a policy's title: 《淮安市促进淮台经贸合作若干措施》, parties.tsv policyverb)
    about = [
        m
        for m in full
        if m.start == lo + 1
        and (
            body.startswith("关于", m.end)
            # (the place's own name: not a zone's name that stands for its place, 横琴粤澳深度合作区支持…措施)
            or (m.region.name.startswith(body[m.start : m.end]) and party_words().policy.match(body, m.end, hi + 1))
            or party_words().own_law.match(body, m.end, hi + 1)  # (《泸州市赤水河岸线保护条例》: its own law)
        )
    ]
    if about and not governments:
        return [about[0].region]
    if len(_regions_of(governments)) >= 2:
        return _regions_of(governments)
    # (a SAR's body named without its place opening the title, the other side's government after it: 《环境局与日照市
    # 人民政府…备忘录》 on a Hong Kong page — the SAR the page names and that government)
    sar = _bare_body_sar(body, (lo + 1, hi), [m.start for m in full if lo <= m.start], regions)
    if sar is not None and len(_regions_of(governments)) == 1:
        return [*_regions_of(governments), *([sar] if sar not in _regions_of(governments) else [])]
    if len(governments) == 1 and governments[0].start - lo <= 1 and party_words().not_sides.search(body, lo, hi):
        # one government opening the title beside a signer of no government or a ministry (《芜湖市人民政府
        # 安徽师范大学…协议》, 《交通运输部 吉林省人民政府…协议》 read from its second issuer): that government
        return _regions_of(governments)
    # a notice that hands the document out (楚雄州人民政府办公室关于印发…工作要点的通知): its issuer adopts it
    notice = _NOTICE.search(body, 0, NOTICE_CHARS)
    if notice and notice.group("doc").replace("《", "") == body[lo:hi].strip("《》"):
        by = [m for m in full if notice.start("issuer") <= m.start < notice.end("issuer")]
        issuers = _without_parents(_regions_of(by))
        # (its issuer alone though the title names other places too: 鹰潭市深化与南平市合作三年行动方案, handed
        # out by 鹰潭 — eight sets' annotators so, heldout95's alone gives 攀枝花市 凉山州 丽江市…工作要点 all three)
        if issuers:
            return issuers
        if _BARE_ISSUER.search(notice.group("issuer")):
            # (市人民政府办公室关于印发…: the issuer named by its level alone — the page's own, which its
            # document fields name: 发文机关：咸宁市人民政府办公室)
            field = publisher_stamp(body)
            if field:
                named = _without_parents(_regions_of([m for m in full if field.start("o") <= m.start < field.end()]))
                if len(named) == 1:
                    return named
            # (or the notice's own sign-off, a line of the issuer's full name: 随州市人民政府办公室 over its date)
            bare = notice.group("issuer").strip()
            for at, line in line_offsets(body):
                own = line.strip()
                if own.endswith(bare) and len(own) > len(bare) and at > notice.end():
                    start = at + line.index(own)
                    named = _without_parents(_regions_of([m for m in full if start <= m.start < start + len(own)]))
                    if len(named) == 1:
                        return named
    # the signing's clause (河南省教育厅与…签署了《A》，河南一家农业企业与…签订了《B》: B's signers only)
    s_lo = max(sentence_bounds(body, lo)[0], _clause_start(body, lo))
    c_hi = lo  # the clause's end: the title; or the doer and verb written after it (《A》由两市旅游局签署)
    if agent is not None:
        s_lo, c_hi = agent
    elif addressed := _ADDRESSED.search(body, s_lo, c_hi):
        c_hi = addressed.start()  # (并向两市旅游企业发出《…倡议书》: whom it is addressed to signs nothing)
    # (a word of no government that names a government's office, 港务部门, 港务处, is none)
    if any(not _GOVERNMENT_OFFICE.match(body, m.end()) for m in party_words().not_sides.finditer(body, s_lo, c_hi)):
        clause = [m for m in full if s_lo <= m.start < c_hi]
        governments = [
            m
            for m in clause
            if (
                _names_issuer(body, m)
                or not (_in_organization_name(body, m, c_hi) or _shares_org(body, m, clause, c_hi))
            )
            and not (m.start > 0 and body[m.start - 1] in "在于" and _SIGNED_AT.match(body, m.end))
            # (nor the owner of the company that signs: 福建省国资委所属的海峡航运集团与…签订)
            and not _OWNER_OF.match(body, m.end)
        ]
        # a government named by its level alone (市政府与台商协会签署, 地区行署与…联谊会签署)
        bare = _bare_governments(body, clause, s_lo, c_hi, event_sides, [m for m in full if lo <= m.start < hi], mine)
        if not governments and not bare and not _nongov_subject(body, s_lo, c_hi):
            # (两市旅游局与四川航空股份有限公司签订了《…》: the counted sides' offices with a company)
            count_m = party_words().count_after.search(body, s_lo, c_hi)
            with_partner = count_m is not None and _OFFICES_WITH.match(body, count_m.end()) is not None
            levels = _count_levels(count_m.group(0)) if count_m is not None and with_partner else []
            fit = [r for r in event_sides if _counted_as(r, {lv for _, lv in levels})]
            if levels and len(fit) == sum(n for n, _ in levels):
                return fit
        if (not governments and not bare and not _counted_governments(body, s_lo, c_hi)) or _nongov_subject(
            body, s_lo, c_hi
        ):
            # signed by enterprises, associations, universities (广西北部湾国际港务集团与澳门一家物流企业签署),
            # issued by central organs: the places in the signers' names are no sides (but 国家开发银行江西省分行
            # 与两市政府签订: the governments counted sign, the event's sides of their level, read below) —
            # save a zone's own office signing for its members (淮海经济区协作办公室（秘书处）受各成员城市委托，
            # 与国家开发银行山东省分行签署): that zone
            opens_with = body[s_lo : s_lo + 1] in ("与", "同", "和")  # (the subject before: …委托，|与…签署)
            if not _central_with_partner(body, s_lo, c_hi):
                return _zone_organs(body, mentions, sentence_bounds(body, c_hi)[0] if opens_with else s_lo, c_hi)
        if bare or (governments and (len(governments) < len(clause) or _nongov_partner(body, s_lo, c_hi))):
            # a government with a chamber, an association or a company (重庆市人民政府与香港中华总商会签署,
            # 台南县农会与泉州市农业局签署): the governments' places only, not the place in the other's name
            return _without_parents([*bare, *(r for r in _regions_of(governments) if r not in bare)])
    # (an office of a place named and one of the page's own place by its level with 我 sign it: 驻马店市水利局与我市
    # 水利局共同签署了《…》 on 阜阳's paper — 驻马店市 and 阜阳市, whatever the event's sides)
    if mine is not None and _OUR_OFFICE.search(body, s_lo, c_hi):
        clause = [m for m in full if s_lo <= m.start < c_hi]
        offices = _regions_of([m for m in clause if _names_issuer(body, m) or _names_office(body, m, c_hi)])
        ours = _bare_governments(body, clause, s_lo, c_hi, [], [], mine)
        if offices and ours and not {r.name for r in offices} & {r.name for r in ours}:
            return _without_parents([*offices, *ours])
    # a place's government issues it, written right before the title (江苏省政府已印发《江苏省对口支援拉萨市…规划》):
    # that place alone, whatever else the title names
    # (or the place alone, its government unwritten, where no other place is joined to it: 会上，襄樊市发布了《…》)
    named_issuer = _NAMED_ISSUER.search(body, max(s_lo, c_hi - NAMED_ISSUER_CHARS), c_hi)
    if named_issuer:
        issuing = [m for m in full if m.end == named_issuer.start()]
        if (
            len(issuing) == 1
            and issuing[0].region.level != "zone"
            and (named_issuer.group("gov") or body[issuing[0].start - 1 : issuing[0].start] not in _JOINED_BEFORE)
        ):
            return [issuing[0].region]
    # (or one of the place's offices: 推介会上，宜春市民政局发布了《宜春市…十条措施》 at a meeting of two)
    by_office = [
        m
        for m in full
        if max(s_lo, c_hi - NAMED_ISSUER_CHARS) <= m.start
        and m.region.level != "zone"
        and body[m.start - 1 : m.start] not in _JOINED_BEFORE
        and _OFFICE_ISSUER.match(body, m.end, c_hi)
    ]
    if len(_regions_of(by_office)) == 1:
        return [by_office[0].region]
    # (or the place's official releasing it: 推介会上，绥芬河市副市长鲁德明发布了《…办法》 at a meeting with Hong Kong)
    by_official = _OFFICIAL_ISSUER.search(body, max(s_lo, c_hi - NAMED_ISSUER_CHARS), c_hi)
    if by_official:
        issuing = [m for m in full if m.end == by_official.start() and m.region.level != "zone"]
        if len(issuing) == 1 and body[issuing[0].start - 1 : issuing[0].start] not in _JOINED_BEFORE:
            return [issuing[0].region]
    sole = _SOLE_ISSUER.search(body, s_lo, c_hi)
    if sole and event_sides:  # 州政府同时印发了《…》: one side issues it, the event's side of that level
        fit = [r for r in event_sides if r.level in _BARE_LEVELS[sole.group("level")]]
        if len(fit) == 1:
            return fit
    if _TOWN_SIGNERS.search(body, s_lo, c_hi):
        # towns sign it: at a meeting of counties, a towns' own document (太仓市沙溪镇与我县中界镇签署了《镇镇结对帮扶
        # 协议》 at 太仓市·沿河…座谈会): none; at the towns' own meeting, the sides their counties are
        return list(event_sides) if towns else []
    # provinces' letters counted as the signers (陕甘两省交通厅签署了《…》): those provinces
    lettered = _lettered_signers(body, s_lo, c_hi, regions)
    if lettered:
        return lettered
    # signers counted, as the event's sides or their offices (两县公安局签订了《…》, 两市州政府签署了《…》):
    # the event's sides of the count's level
    counted = _counted_signers(body, s_lo, c_hi)
    levels = _count_levels(counted) if counted else []
    if levels:
        said, count = {lv for _, lv in levels}, sum(n for n, _ in levels)
        # (as many places opening the title as counted, its issuers: 两地公安部门签署了《江宁区 当涂县…协议》 at a
        # meeting of 江宁区 and 马鞍山市 — 江宁区 and 当涂县)
        opening_run = next((run for run in _runs(body, [m for m in full if lo <= m.start < hi], lo, hi)), [])
        # (each written in full, set apart by a space as a government's title writes its issuers — not a road's or a
        # port's ends, 彰武—昌图公路…, 黄石港九江港…)
        formal = bool(opening_run) and opening_run[0].start - lo <= 1 and all(
            body[m.start : m.end] == m.region.name for m in opening_run
        ) and all(body[a.end : b.start] in (" ", "\u3000", "、") for a, b in itertools.pairwise(opening_run))
        issuers_written = _regions_of(opening_run) if formal else []
        if len(issuers_written) == count >= 2 and all(_counted_as(r, said) for r in issuers_written):
            return issuers_written
        fit = [r for r in event_sides if _counted_as(r, said)]
        if len(fit) == count:
            return fit
        # the event's sides are of another level: the count's own places, written before it in its
        # sentence (通道侗族自治县与三江侗族自治县同为侗族聚居地…，两县在会上签订了《…》)
        sent_lo = sentence_bounds(body, c_hi)[0]
        told = _without_parents(
            _regions_of([m for m in full if sent_lo <= m.start < s_lo and _counted_as(m.region, said)])
        )
        if len(told) == count and "any" not in said:
            return told
    # both sides sign it, each by its leader (林家声与吴国华代表双方签署《香港特别行政区政府援建乐山市…协议》): the
    # event's two sides, though the title names one as its doer
    if len(event_sides) == 2 and _FOR_BOTH_SIDES.search(body, s_lo, c_hi):
        return list(event_sides)
    # (a place in the title inside a signer's name that is no government's, 芜湖市人民政府 安徽师范大学…协议,
    # issues nothing)
    issuing = [m for m in full if not (lo <= m.start < hi and _in_organization_name(body, m, hi))]
    for run in _runs(body, issuing, lo, hi):
        # its issuers (九江市、黄石市…人民政府关于…), or the places opening its title (广安合川…协议)
        # (not an area the sides' letters name, opening it: 《横琴粤澳深度合作区…措施》 released by 澳门 and 珠海)
        opening = run[0].start - lo <= 1 and len(_regions_of(run)) >= 2 and not _letters_area(run)
        if _names_issuer(body, run[-1]) or opening:
            # (one issuer the title names, whom the clause before it joins to another signer: 长沙市红十字会与雅安市
            # 红十字会签署了《长沙市红十字会援建雅安…协议》 — both sign it, the title names its giver)
            if not opening and len(_regions_of(run)) == 1:
                both = _signers(body, full, c_hi, s_lo if agent is not None else None)
                if len(both) >= 2 and run[-1].region in both:
                    return both
            lower = _lower_count_sides(body[:hi], run[-1].end, event_sides)
            return lower or _counted_level(body[:hi], run[-1].end, _regions_of(run), event_sides)
    # the signers written as the subject of the verb right before it (保定市与北京市大兴区签署了《…》)
    signers = _signers(body, full, c_hi, s_lo if agent is not None else None)
    signers = signers or _home_with(body, full, c_hi, event_sides)  # (会上，我市与浦城县签署了《…》)
    if len(signers) > 2 and "分别" in body[s_lo:c_hi]:
        # pairs that each sign their own (张家口市与锡林郭勒盟、承德市与赤峰市分别签订了《张锡…协议》和
        # 《承赤…协议》): the pair the title's letters name
        lettered = title_sides(body[lo:hi].strip("《》"), regions)
        if len(lettered) >= 2 and all(r in signers for r in lettered):
            return lettered
    if signers:
        return signers
    # one place's government joined to a central ministry or enterprise as the signers (农业部与黑龙江省人民政府在京签署
    # 《…》): that place, as for the event (RECORD.md: the national ministries that take part are no side)
    if ministry := _ministry_partner(body, lo, full):
        return ministry
    # two places the title pairs by a verb of pairing, as an event's name does, both signing in the clause before
    # it (广东省对口支援新疆前方指挥部与喀什地区行署签订了《广东省对口支援喀什地区产业园区共建协议》: 广东省 and
    # 喀什地区, not the meeting's provinces; a plan the meeting adopts with no signers named is the meeting's)
    paired = _paired_in_name(body, mentions, [(lo, hi)])
    if paired and {r.name for r in paired} <= {m.region.name for m in full if s_lo <= m.start < c_hi}:
        return paired
    # sides the title names by their letters (哈长两市…协议, 粤港…合作安排, 通武廊区域一体化…协议)
    title = body[lo:hi].strip("《》")
    named = title_sides(title, regions) if event_sides else []
    within = {r.name for r in named}
    inside = all(within.intersection(side.parents) for side in event_sides)
    if len(named) < 2 or (not _count_level(title, len(named)) and inside):
        return list(event_sides)  # 闽浙边界…倡议书 signed by two counties: the letters say where, not who
    if len(event_sides) >= 2 and {r.name for r in event_sides} < within and not _count_level(title, len(named)):
        # (the meeting of two of the places the title's letters join adopts it, 延吉、龙井两市…会议审议通过了《延龙图…
        # 工作方案》: those who adopt it, the third its scope — not where the title counts them all, 呼包鄂榆四市…协议)
        return list(event_sides)
    if inside and _BORDER_AFTER_COUNT.match(title, len(named)):
        # 黑吉蒙三省区交界县（旗）区域合作章程 adopted by the border counties that meet: the count and the border
        # say where the sides lie, the counties are the sides
        return list(event_sides)
    return _lower_count_sides(title, len(named), event_sides) or _counted_level(title, len(named), named, event_sides)
    # (川黔两省…协议 between a prefecture and a county: the count names the provinces)


# after the letters opening a title: their count and a border's word (三省区交界县, 三省（区）交界地区, 两省毗邻地区)
# and the area's units after it (交界县, 交界地区: the units that lie there; not 边界公路, a road the provinces build)
# (or its counted units after the border's word: 川滇黔三省结合部五县（区）联席会议章程)
_BORDER_AFTER_COUNT = re.compile(
    r"[一二三四五六七八九十两0-9]+[省市区县（）()]{1,5}(?:交界|毗邻|边界|接壤|边区|结合部)"
    r"(?:[一二三四五六七八九十两0-9]+个?)?(?:县|地区|区域|旗|市)"
)


# a government or its office named by its level alone: 市政府, 县人民政府, 地区行署, 我市, 省交通运输厅
# (not 东莞市政府: a place's)
def _central_with_partner(body: str, lo: int, hi: int) -> bool:
    """The clause's signers of no place are central organs only, and one of them is joined to a partner that
    is none (国家旅游局…与自治区副主席王和平代表双方签署了《…》: the region signs with the ministry — read as a
    government's signing; 国家发改委与国家能源局联合印发: central organs alone)."""
    words = party_words()
    found = [m.span() for m in words.not_sides.finditer(body, lo, hi) if not _GOVERNMENT_OFFICE.match(body, m.end())]
    if not found or any(words.national.fullmatch(body, a, b) is None for a, b in found):
        return False
    return any(
        not any(a <= j.start() < b for a, b in found) and words.national.match(body, j.end()) is None
        for j in _JOINS.finditer(body, found[0][1], hi)
    )


_JOINS = re.compile(f"[{''.join(sorted(_SIDE_JOINERS))}]")  # (a place or an organ joined to the next: 与, 和, 同)
_LEVEL = r"(?:我|本|该)?(?P<level>省|市|县|自治区|区|地区|州|盟)"  # a government's level alone (市, 本县, 地区, 自治区)
_GOVERNMENT = r"(?:人民政府|政府|行政公署|行署)"
_BARE_GOVERNMENT = re.compile(
    rf"{_LEVEL}"
    # (an office with 和 in its name: 县住房和城乡建设局, 市文化和旅游局; a party committee's department: 州委组织部)
    rf"(?:{_GOVERNMENT}|委[^\s，。、与和及的《》]{{2,3}}部|委|[^\s，。、与和及的《》]{{1,10}}?(?:厅|局|委员会|委|办公室|办)"
    rf"|[^\s，。、与和及的《》]{{2,6}}和[^\s，。、与和及的《》]{{2,8}}?(?:厅|局|委员会|委|办公室|办))?"
    # (or by its head, titled and named: 县发展和改革局局长李振宇与…签署了)
    rf"(?:(?<=[厅局委办])(?:党组书记、)?(?:常务)?副?(?:厅长|局长|主任)[\u4e00-\u9fff]{{2,3}}?)?"
    r"(?=与|和|同|共同|联合|签署|签订|分别)"
)
# at most this between a count of signers and the verb (两县公安局, 豫皖两省人大常委会法制工作委员会)
OFFICE_AFTER_COUNT = 14
_OFFICE_WITH_AND = re.compile(r"[^\s，。、与及的《》]{1,8}和[^\s，。、与及的《》]{1,8}?(?:厅|局|委员会|委|办公室|办)")


# a zone's own office after its name (淮海经济区协作办公室, 泛珠三角区域合作行政首长联席会议秘书处)
_ZONE_ORGAN = re.compile(r"[^\s，。、；与和及《》]{0,12}?(?:办公室|秘书处)")


def _zone_organs(body: str, mentions: list[Mention], lo: int, hi: int) -> list[Region]:
    """The zones whose own office (``_ZONE_ORGAN``) stands in ``body[lo:hi]``, a signing's clause."""
    return _regions_of(
        [m for m in mentions if m.region.level == "zone" and lo <= m.start < hi and _ZONE_ORGAN.match(body, m.end, hi)]
    )


def _letters_area(run: Sequence[Mention]) -> bool:
    """The places of ``run`` are each read from the name of an area that names them by their letters
    (横琴粤澳深度合作区, 前海深港现代服务业合作区: rules/compound_abbreviations.tsv), not from the letters alone
    (粤港澳) or a name of their own."""
    by_span = Counter((m.start, m.end) for m in run)
    return bool(run) and all(n >= 2 and e - s > 2 * n for (s, e), n in by_span.items())


def _signer_count(body: str, lo: int, hi: int) -> tuple[str, re.Match[str]] | None:
    """The subject right before the signing verb and the first count of places in it (rules/count_units.tsv),
    where no more than an office follows the count (两县公安局|签订了, 陕甘两省交通厅|签署了)."""
    verb = _SIGNING_VERB.search(body, lo, hi)
    if verb is None:
        return None
    subject = body[lo : verb.start()].lstrip(" \t\u3000，,：:")
    m = party_words().count_item.search(subject)
    rest = subject[m.end() :] if m else ""
    if m is None or len(rest) > OFFICE_AFTER_COUNT:
        return None
    # (and no other signer joined: but an office with 和 in its name, 文化和旅游厅, 住房和城乡建设局)
    if any(c in rest for c in "与及的、《》") or ("和" in rest and not _OFFICE_WITH_AND.fullmatch(rest)):
        return None
    return subject, m


def _counted_signers(body: str, lo: int, hi: int) -> str | None:
    """The signers written as a count of places and their offices, right before the signing verb
    (两县公安局签订了《…》, 两市州政府签署了《…》): the count."""
    found = _signer_count(body, lo, hi)
    return found[1].group(0) if found and found[1].start() == 0 else None


def _lettered_signers(body: str, lo: int, hi: int, regions: Sequence[Region]) -> list[Region]:
    """The provinces whose letters and count are the signers right before the signing verb, with
    their offices (陕甘两省交通厅签署了《…》: 陕西省, 甘肃省), as many as the count says."""
    found = _signer_count(body, lo, hi)
    if found is None or not found[1].start():
        return []
    subject, m = found
    named = _named_members(subject[: m.start()], {r.name: r for r in regions}, suffix=True)
    total = sum(n for n, _ in _count_levels(m.group(0)))
    if not len(named) == total >= 2:
        return []
    # (the letters open the subject, or follow only its time: 今年4月7日粤港两地政府在北京签署了《…》)
    before = subject[: m.start() - total]
    return named if not before or _TIME_BEFORE_SUBJECT.search(before) else []


# a time that opens a clause before its subject (今年4月7日, 昨天, 日前, 当天上午)
_TIME_BEFORE_SUBJECT = re.compile(
    r"(?:[0-9０-９一二三四五六七八九十]日|[昨今前]天|日前|近日|当天|当日|同日|随后|上午|下午|晚上)[，,\s]*$"
)


# towns or villages as the signers (太仓市沙溪镇与我县中界镇签署了《…》; …等二十个村，分别与宿迁市耿车乡等地的二十个村
# 签订了; 两地12对镇（街道）、24对村分别签订了; 22对结对单位分别签订了): towns and villages are no regions of
# the record, no parties
_TOWN_SIGNERS = re.compile(
    r"(?:[镇乡](?:人民政府|政府|党委)?(?:与|和|同)[^，,。；;]{1,14}?[镇乡](?:人民政府|政府|党委)?"
    r"|(?:与|和|同)[^，,。；;《》]{1,30}?[0-9一二三四五六七八九十两百]+个(?:行政)?[村镇乡]"
    r"|[0-9一二三四五六七八九十两百]+对(?:结对)?(?:[村镇乡]|街道|社区|单位)(?:[（(][^）)]{1,6}[）)])?)"
    r"(?:也|还)?(?:共同|分别|正式)?(?:签署|签订|签约)了?\s*$"
)
# the verb of a signing right before a document's title
_SIGNING_VERB = re.compile(rf"(?:{_SIGN_ADVERBS}|另外)?(?:共同|分别|正式)?(?:签署|签订|签约|草签)了?\s*$")
_PARTNER = re.compile(r"(?:与|和|同)(?P<org>[^，,。；;、《》]{2,24})$")
# whom a document is addressed to, right before its verb and title (向两市旅游企业发出《…》)
_ADDRESSED = re.compile(r"向[^，,。；;、《》]{1,24}?(?:发出|发布|提出|发起)了?\s*$")
_FIRST_PARTNER = re.compile(r"\s*(?P<org>[^，,。；;、《》与和同]{2,24})(?:与|和|同)")


def _counted_governments(body: str, lo: int, hi: int) -> bool:
    """Governments written as a count sign between ``lo`` and ``hi`` (与两市政府签订, 和三县人民政府)."""
    return any(
        _COUNTED_GOVERNMENT.match(body, m.end()) for m in party_words().count_after.finditer(body, lo, hi)
    )


_COUNTED_GOVERNMENT = re.compile(r"(?:人民)?政府")


_NAME_JOINERS = "与和、暨及"


def _joined_in_name(body: str, m: Mention, in_name: list[Mention]) -> bool:
    """``m`` is joined to another place of the event's name by a joiner right beside it (顺德市|与|中山市)."""
    return any(
        (o.start == m.end + 1 and body[m.end] in _NAME_JOINERS)
        or (m.start == o.end + 1 and body[o.end] in _NAME_JOINERS)
        for o in in_name
        if o is not m
    )


def _nongov_partner(body: str, lo: int, hi: int) -> bool:
    """The signer joined to a government is no government (柯城区、龙游县分别与同济大学建筑设计研究院签订了)."""
    verb = _SIGNING_VERB.search(body, lo, hi)
    if verb is None:
        return False
    nongov = party_words().nongov
    partner = _PARTNER.search(body, lo, verb.start())
    if partner is not None and nongov.search(partner.group("org")) is not None:
        return True
    # (or the one before 与, the clause's subject: 会上，辽港集团与营口市人民政府签署了)
    first = _FIRST_PARTNER.match(body, lo, verb.start())
    return first is not None and nongov.search(first.group("org")) is not None


def _nongov_subject(body: str, lo: int, hi: int) -> bool:
    """The signers are one subject with no joiner, headed by a word of no government (两市6家旅行社签订了,
    红山区、科尔沁区的12家企业签订了): the places in it only say where they are."""
    verb = _SIGNING_VERB.search(body, lo, hi)
    if verb is None:
        return False
    subject = body[lo : verb.start()]
    # (晋江市和瑞金市的企业签订了: the places joined before 的 only say whose enterprises sign)
    head = subject.rsplit("的", 1)[1] if "的" in subject else subject
    if any(j in head for j in ("与", "和", "同", "及")):
        return False
    # (两市港务部门: a government's office named after what it oversees, as 港务处 is)
    ends = [m.end() for m in party_words().nongov.finditer(head) if not _GOVERNMENT_OFFICE.match(head, m.end())]
    return bool(ends) and len(head) - ends[-1] <= 1


# one government named by its level alone issuing a document right before its title (州政府同时印发了《…》)
# the time an issuer issued a document, between the issuer and its verb: a word of time, then a month (and its day)
_ISSUE_WHEN = "今年|去年|年初|此前|近期|日前|近日|前不久|上个?月"
_ISSUE_MONTH = r"[0-9一二三四五六七八九十]{1,2}月(?:[0-9一二三四五六七八九十]{1,3}日)?"
_ISSUE_VERB = "(?:印发|发布|出台|公布)了?$"
# the meeting at which it was issued (在会上, 在推介会上), or the stay (咸阳市代表团在港期间发布了《…》)
_ISSUE_WHERE = r"在[^，。；\s]{1,8}?上|会上|现场|在[^，。；\s]{1,6}?期间"
_SOLE_ISSUER = re.compile(
    # (a time between: 县政府今年一月印发《从化县鼓励外商投资若干办法》)
    rf"(?:^|(?<=[，,。；;：:\s])){_LEVEL}{_GOVERNMENT}(?:{_ISSUE_WHEN})?于?(?:{_ISSUE_MONTH})?"
    rf"(?:同时|还|也|并|又|另|随后|当天)?{_ISSUE_VERB}"
)
_NAMED_ISSUER = re.compile(
    # (a time before the adverb: 珠海市政府今年已印发《…》)
    # (or a day: 广东省人民政府于今年3月印发, a doer written after the title)
    # (or the place's side at a meeting of two: 保山市代表团在会上发布了《…》, 巴中方面并发布了《…》)
    rf"(?P<gov>{_GOVERNMENT})?(?:代表团|方面)?(?:{_ISSUE_WHEN}|于[^，。；\s]{{1,10}}?[年月日])?"
    # (a month after the year's word: 安溪县今年5月发布《…》)
    rf"(?:{_ISSUE_MONTH}(?:[上中下]旬|初|底)?)?"
    # (or where: 宁德市政府在会上发布了《…》 at a meeting of two sides)
    rf"(?:{_ISSUE_WHERE})?"
    rf"(?:已经|已|正式|日前|近日|同时|还|也|并)?{_ISSUE_VERB}"
)
# a place's head or deputy and their name, then the verb of issuing right before the title (…市副市长鲁德明发布了《)
_OFFICIAL_ISSUER = re.compile(
    rf"(?:常务)?副?(?:市|县|区|州|省|盟|旗)长[\u4e00-\u9fff]{{2,3}}(?:{_ISSUE_WHERE})?(?:正式|还|也|并)?{_ISSUE_VERB}"
)
_JOINED_BEFORE = frozenset("与和同及、")  # a place after one of these is one issuer of several (A与B发布了)
NAMED_ISSUER_CHARS = 16  # characters before a title in which a place's government and its issuing verb stand
# a government's head or deputy named by the level alone and a name, joined to the other signer (副县长张晓敏与…)
_BARE_OFFICIAL = re.compile(
    r"(?<![\u4e00-\u9fff])(?:常务)?副?(?P<level>省|市|县|区|州)长[\u4e00-\u9fff]{2,3}?(?=与|和|同)"
)
_BARE_LEVELS = {"省": ("province",), "自治区": ("province",), "市": ("prefecture", "province"), "县": ("county",),
                "区": ("county",), "地区": ("prefecture",), "州": ("prefecture",), "盟": ("prefecture",)}  # fmt: skip


# an office of the page's own place by its level with 我 (我市水利局)
_OUR_OFFICE = re.compile(r"[我本][省市县区州](?!政府)[^\s，。、与和及的《》]{1,10}?(?:厅|局|委员会|委|办公室|办)")


def _bare_governments(
    body: str,
    clause: list[Mention],
    lo: int,
    hi: int,
    event_sides: Sequence[Region],
    in_title: list[Mention],
    home: Region | None = None,
) -> list[Region]:
    """The places of governments a signing's clause names by their level alone (市政府与台商协会共同
    签署了《…》): the event's one side of that level, else the one place of that level the document's
    title names (地区行署与香港贵州联谊会签署了《铜仁地区招商引资合作备忘录》)."""
    out: list[Region] = []
    # (or by its official's title of that level alone: 副县长张晓敏与邵逸夫医院院长助理金一帆代表双方签署了)
    found = itertools.chain(_BARE_GOVERNMENT.finditer(body, lo, hi), _BARE_OFFICIAL.finditer(body, lo, hi))
    for g in found:
        if not g.group(0).startswith(("我", "本", "该")) and (
            g.group("level") in ("市", "县", "区", "州", "盟") and len(g.group(0)) == 1
        ):
            continue  # a level's letter alone is no government (…市与…)
        if any(m.start <= g.start() <= m.end for m in clause):
            continue  # the end of a place's name (东莞市政府)
        levels = _BARE_LEVELS[g.group("level")]
        # (the page's own place by its level with 我: 驻马店市水利局与我市水利局共同签署了《…》 on 阜阳's paper —
        # 阜阳市, though the event's sides are two counties)
        mine = [home] if home is not None and g.group(0).startswith(("我", "本")) and home.level in levels else []
        for pool in (mine, list(event_sides), _regions_of(in_title)):
            fit = [r for r in pool if r.level in levels]
            if len(fit) == 1:
                if fit[0] not in out:
                    out.append(fit[0])
                break
    return out


SIGNER_CHARS = 48  # how far back the clause of a signing is read for its signers (offices have long names)
VERB_GAP = 8  # at most this between the signers and the title: the verb (签署了, 共同签订)
_CLAUSE_START = re.compile(r"[，,。！？；!?;：:\n》]")


_PURPOSE_OPENING = re.compile(r"为了?(?:进一步|更好地?|深入|全面)?(?:加强|推进|推动|深化|促进|落实|加快|贯彻)")


def _in_purpose_clause(body: str, pos: int, at: int) -> bool:
    """``pos`` lies in a clause of purpose (为加强…合作，) that opens its sentence and ends before ``at``."""
    lo = _sentence_start(body, pos)
    return (
        _PURPOSE_OPENING.match(body, lo) is not None
        and _CLAUSE_MARK.search(body, lo, pos) is None
        and _clause_end(body, pos, at) < at
    )


def _sentence_start(body: str, at: int) -> int:
    """Where the sentence holding ``at`` starts, past the spaces that indent it."""
    lo = sentence_bounds(body, at)[0]
    while lo < at and body[lo] in " \t\u3000":
        lo += 1
    return lo


def _clause_start(body: str, lo: int) -> int:
    start = max(0, lo - SIGNER_CHARS)
    ends = [m.end() for m in _CLAUSE_START.finditer(body, start, lo)]
    return ends[-1] if ends else start


def _event_clause(body: str, at: int) -> int:
    """Where the clause of the event's mention at ``at`` starts, inside its sentence."""
    return max(sentence_bounds(body, at)[0], _clause_start(body, at))


# the home place by its level, then its partner (会上，我市与浦城县签署了《…》)
_HOME_JOINED = re.compile(r"(?:我|本)(?P<level>[市县区州旗盟])(?:委|人民政府|政府)?(?:与|和|同)$")


def _home_with(body: str, mentions: list[Mention], lo: int, event_sides: Sequence[Region]) -> list[Region]:
    """The article's own place (我市, 本县) and the one place joined to it as the subject right before a
    document's title (会上，我市与浦城县签署了《…》): the event's one other side of that level, and the partner."""
    start = _clause_start(body, lo)
    inside = [m for m in mentions if start <= m.start < lo]
    if len(_regions_of(inside)) != 1:
        return []
    partner = inside[0]
    home = _HOME_JOINED.search(body, start, partner.start)
    between = body[partner.end : lo]
    if home is None or len(between) > VERB_GAP or not document_rules().before.search(between):
        return []
    own = [r for r in event_sides if r.name.endswith(home["level"]) and r != partner.region]
    return [own[0], partner.region] if len(own) == 1 else []


def _qualified_merged(mentions: list[Mention], cities: bool = False, prefectures_only: bool = False) -> list[Mention]:
    """``mentions`` with a place written right before its own division (天津市西青区; with ``cities``, only a
    county-level unit after the city it lies in: 哈尔滨市南岗区, 天津市河东区 — with ``prefectures_only``, a
    prefecture-level city: 海西州乌兰县 —, or a prefecture after its province: 四川省凉山彝族自治州, 新疆阿克苏地区)
    merged into the division: one mention from the first's start to the division's end — the division is the place
    meant."""
    merged: list[Mention] = []
    for m in mentions:
        qualified = merged and merged[-1].end == m.start and merged[-1].region.name in m.region.parents
        own_city = (
            bool(merged)
            and m.region.level == "county"
            and list(m.region.parents[:1]) == [merged[-1].region.name]
            and (merged[-1].region.level == "prefecture" or not prefectures_only)
        )
        # (or a prefecture after its province's short form: 新疆阿克苏地区行政公署 — 新疆 says where it lies)
        # (or a prefecture after its province written in full: 四川省|凉山彝族自治州民政局 — the prefecture's bureau)
        prefecture = merged[-1].region.level == "province" and m.region.level == "prefecture" if merged else False
        if qualified and cities and not own_city and not prefecture and not _short_province_of(merged[-1], m):
            qualified = False  # (only a county-level unit after its own city: 天津市河东区, 海西州乌兰县)
        if qualified:
            merged[-1] = replace(m, start=merged[-1].start)
        else:
            merged.append(m)
    return merged


def _short_province_of(m: Mention, nxt: Mention) -> bool:
    """``m`` is a province's short form written right before its own prefecture (新疆|阿克苏地区, 广西|百色市)."""
    return (
        m.end == nxt.start
        and m.region.level == "province"
        and m.end - m.start < len(m.region.name)
        and nxt.region.level == "prefecture"
        and m.region.name in nxt.region.parents
    )


def _signers(body: str, mentions: list[Mention], lo: int, start: int | None = None) -> list[Region]:
    """Two or more places joined as the subject of the verb right before a document's title, in
    its clause (保定市与北京市大兴区签署了《…》, 甲市政府和乙县政府共同签订《…》), or two places whose
    offices sign (黄岛区人力资源和社会保障局与镇宁自治县人力资源和社会保障局签订了《…》); ``start``: the
    clause's start where it is not the title's (a doer written after it)."""
    start = _clause_start(body, lo) if start is None else start
    # (特区政府驻北京办事处与…签署: where an office is stationed is no side)
    mentions = [m for m in mentions if not (start <= m.start < lo and body[m.start - 1 : m.start] == "驻")]
    # (天津市滨海新区商务委员会, 天津市西青区副区长…与策勒县…: the city only qualifies its district, the district's
    # office signs)
    inside = _qualified_merged([m for m in mentions if start <= m.start < lo])
    runs = [run for run in _runs(body, inside, start, lo) if len(_regions_of(run)) >= 2]
    if runs:
        between = body[runs[-1][-1].end : lo]
        # (汉中、广元两市文旅部门另签订了, 泰顺县与寿宁县、福安市三县（市）还签订了: the list's count, its
        # offices and an adverb before the verb)
        counted = _count_office().match(between)
        if counted and sum(n for n, _ in _count_levels(counted.group("count"))) == len(_regions_of(runs[-1])):
            between = between[counted.end() :]
        elif shared := _SHARED_OFFICE.match(between):
            between = between[shared.end() :]  # (景德镇市与德化县|文化广电旅游部门|签订了: both places' offices)
        if len(between) <= VERB_GAP and document_rules().before.search(between):
            return _regions_of(runs[-1])
    for k, (first, second) in enumerate(itertools.pairwise(inside)):
        if first.region == second.region:
            continue
        # (a province and a place of its own: through its government or a department — 湖南省国资委与湘西自治州人民政府
        # 签署; a 中心 may be a company bearing the province's name, 浙江股权交易中心与缙云县人民政府)
        nested = first.region.name in second.region.parents
        joined = (_DEPARTMENT_THEN_JOINER if nested else _OFFICE_THEN_JOINER).fullmatch(body, first.end, second.start)
        signed = _OFFICE_THEN_VERB.fullmatch(body, second.end, lo)
        if not (joined and signed) and not nested:
            # (or each place's official, by the titles after it: 天津市西青区副区长孟凡华与策勒县委副书记、县长
            # 阿不都热依木·吐尔逊代表两地签订了《…》)
            joined = _OFFICIAL_THEN_JOINER.fullmatch(body, first.end, second.start)
            signed = _OFFICIAL_THEN_VERB.fullmatch(body, second.end, lo)
            if joined and signed:
                heads = head_start_re()
                titled = heads.search(body, first.end, second.start) and heads.search(body, second.end, lo)
                joined = joined if titled else None
        if joined and signed and not any(_in_organization_name(body, m, lo) for m in (first, second)):
            out = [first.region, second.region]
            # (pairs listed before it, each signing with its own: 偏关县公安局与清水河县公安局、河曲县公安局与准格尔旗
            # 公安局分别签订了《…》 — all four)
            while k >= 2 and _OFFICE_LISTED.fullmatch(body, inside[k - 1].end, inside[k].start) and (
                _OFFICE_THEN_JOINER.fullmatch(body, inside[k - 2].end, inside[k - 1].start)
            ):
                out = [inside[k - 2].region, inside[k - 1].region, *out]
                k -= 2
            return out
    return []


# the offices of the places just joined, written once after the last (魏县与莘县|农业农村局|签订了)
_SHARED_OFFICE = re.compile(r"[^，。；;、《》\s与和及]{1,10}?(?:部门|局|厅|委员会|委|办公室|办)(?:还|另|也|又|再)?")

# a count of the places just listed (rules/count_units.tsv), their offices and an adverb (两市文旅部门另,
# 三县（市）还)
@cache
def _count_office() -> re.Pattern[str]:
    # (a phrase of what they share may stand before the count: 丰县、砀山县…夏邑县|沿黄河故道的|五县还签署了)
    return re.compile(
        rf"(?:[^，。；;、《》\s]{{1,10}}?的)?(?P<count>{party_words().count_item.pattern}(?:[（(][市县区][)）])?)"
        r"(?:[^，。；;、《》\s]{0,8}?(?:部门|局|厅|委|政府|办))?(?:还|另|也|又|再)?"
    )


# an office of a place (人力资源和社会保障局, 教育厅, 政府办公室) and a joiner before the other place
_OFFICE_ENDS = "局|处|厅|署|委员会|委|办公室|办|政府|部门"
_DEPARTMENT = rf"[^，。；;、《》\s]{{0,16}}?(?:{_OFFICE_ENDS})"  # a government or its department
_OFFICE = rf"[^，。；;、《》\s]{{0,16}}?(?:{_OFFICE_ENDS}|中心)"  # … or a centre (a company's too: 浙江股权交易中心)
# (its head may be named after it: 澳门贸易投资促进局主席张咏芝与泉州市商务局局长黄荣辉签署了《…》)
_HEAD = r"(?:[^，。；;、《》\s与和同]{1,10})?"
_OFFICE_THEN_JOINER = re.compile(rf"{_OFFICE}{_HEAD}(?:与|和|同)")
_OFFICE_LISTED = re.compile(rf"{_OFFICE}、")
_DEPARTMENT_THEN_JOINER = re.compile(rf"{_DEPARTMENT}{_HEAD}(?:与|和|同)")
_OFFICE_THEN_VERB = re.compile(rf"{_OFFICE}{_HEAD}(?:共同|正式)?(?:签署|签订|签约)了?")
# a place's official (its titles and name, a title's list comma inside) and a joiner before the other place's, who
# sign for their places (…副区长孟凡华与|策勒县…县长阿不都热依木·吐尔逊代表两地签订了): each place a side
_OFFICIAL_THEN_JOINER = re.compile(r"[^，。；;《》\s与和同]{2,24}(?:与|和|同)")
_OFFICIAL_THEN_VERB = re.compile(
    r"[^，。；;《》\s与和同]{2,30}?(?:代表(?:两地|双方|两市|两县|两区|两省|各自)?)?(?:共同|正式)?(?:签署|签订|签约)了?"
)


_SUFFIX_CHARS = frozenset("省市县区州盟旗地")  # a unit name's generic ending: no letter of it


def title_sides(title: str, regions: Sequence[Region]) -> list[Region]:
    """The places a document's title names by one-letter abbreviations: a fixed compound before a
    cooperation word (通武廊区域一体化), else the run of letters that opens the title (哈长两市,
    包鄂旅游一体化, 蓉港投资推广合作协议), each letter a province's abbreviation, a city's
    (rules/city_abbreviations.tsv) or a character of the name of exactly one place of the
    article, a unit before its own counties (长潭两市: 长沙市, not 长沙县).  A count after the run
    says the level (两市: cities, 两省: provinces).  Not a run that begins a zone's or a place's
    name of the article (成渝地区双城经济圈, 宁蒙陕甘毗邻地区, 长沙市), nor a common word (东北, 黄河)."""
    units = [r for r in regions if r.level != "zone"]
    by_name = {r.name: r for r in units}
    pattern, members = _compound_pairs()
    m = pattern.match(title) if pattern else None
    if m:
        sides = [by_name[full] for full in members[m.group("c")] if full in by_name]
        if len(sides) == len(members[m.group("c")]):
            return sides
    words = party_words()
    letters: dict[str, list[Region]] = {}
    for r in units:  # a province by its abbreviation only (广佛: 广州, not 广东)
        if r.level == "province":
            chars = {a for a, full in words.abbreviations.items() if full == r.name}
        else:
            chars = {c for c in r.name if c not in _SUFFIX_CHARS}
        for c in chars:
            letters.setdefault(c, []).append(r)
    for a, full in _city_letters().items():
        if full in by_name and by_name[full] not in letters.setdefault(a, []):
            letters[a].append(by_name[full])
    end = 0
    while end < len(title) and end < 6 and title[end] in letters:
        end += 1
    if end > 2 and any(word_frequency(title[end - 1 : end + k]) >= COMMON_WORD for k in (1, 2)):
        end -= 1  # 晋焦|太行山: the last letter begins a word that runs on (太行)
    run = title[:end]
    if len(run) < 2 or word_frequency(run) >= COMMON_WORD:
        return []
    if any(word_frequency(title[: end + k]) >= COMMON_WORD for k in (1, 2)):
        return []  # (长白|山区域…宣言: the run opens a word that runs on, the mountain 长白山)
    if any(title.startswith(r.name[: len(run) + 1]) for r in regions):
        return []
    level = _count_level(title, end)
    chosen: list[Region] = []
    for c in run:
        cands = [r for r in letters[c] if level is None or level(r)]
        names = {r.name for r in cands}
        if len(cands) > 1 and _peer_level(run, letters, level) == "county":
            # (青吴嘉: 青浦区, 吴江区 and so 嘉善县, the county beside its prefecture 嘉兴市)
            names = set()
        # 长: 长沙市, not its 长沙县 (a county beside its prefecture; 晋: 山西省 and its 晋城市 stay two)
        cands = [r for r in cands if not (r.level == "county" and names.intersection(r.parents))]
        if len(cands) > 1 and (peer := _peer_level(run, letters, level)):
            cands = [r for r in cands if r.level == peer] or cands  # 晋焦: 焦作市 a city, so 晋 is 晋城市
        if len(cands) != 1 or cands[0] in chosen:
            return []
        chosen.append(cands[0])
    return chosen


def _peer_level(run: str, letters: dict[str, list[Region]], level: Callable[[Region], bool] | None) -> str | None:
    """The one level of the run's letters that name one place each (晋焦: 焦 is 焦作市, a prefecture)."""
    levels = {cands[0].level for c in run if len(cands := [r for r in letters[c] if level is None or level(r)]) == 1}
    return next(iter(levels)) if len(levels) == 1 else None


def _counted_level(text: str, end: int, named: list[Region], event_sides: Sequence[Region]) -> list[Region]:
    """The places a title's run names, or the event's sides of the level the count right after the run says where
    the run read one at another level (繁昌铜陵两县…办法 with 铜陵 read as the city: the event's 繁昌县, 铜陵县)."""
    fits = _count_level(text, end)
    if fits is None or len(event_sides) != len(named) or all(fits(r) for r in named):
        return named
    same = [r for r in event_sides if fits(r) and any(_stem(r.name) == _stem(n.name) for n in named)]
    return same if len(same) == len(named) else named


def _count_level(title: str, end: int) -> Callable[[Region], bool] | None:
    """Which places a count right after a run names (rules/count_units.tsv: 两省 provinces; 两市
    cities, a province-level city among them; 两县 counties), else None (none, or 两地: any)."""
    words = party_words()
    m = words.count_item.match(title, end)
    level = words.units[m.group("unit")] if m else "any"
    if level == "province":
        return lambda r: r.level == "province"
    if level == "county":
        return lambda r: r.level == "county"
    if level == "prefecture":
        return lambda r: r.level in ("prefecture", "county") or (r.level == "province" and r.name.endswith("市"))
    return None


@cache
def _city_letters() -> dict[str, str]:
    """One-character city abbreviations (rules/city_abbreviations.tsv): 蓉 → 成都市."""
    return {row[0]: row[1].split("|")[0] for row in read_tsv("city_abbreviations.tsv")}


_SIGNER_CHAR = r"[^与和及、，,。；;《的]"  # a character of a signer's name: no joiner, mark or title
_ORG_TAIL = re.compile(rf"{_SIGNER_CHAR}{{0,16}}")  # a signer's name after its place, to a joiner or a mark
ORG_TAIL_MAX = 16


def _org_tail_end(body: str, at: int, limit: int) -> int:
    found = _ORG_TAIL.match(body, at, limit)
    return found.end() if found else at


def _in_organization_name(body: str, m: Mention, limit: int) -> bool:
    """The place begins the name of a signer that is no government: a word of ``nongov`` (集团, 企业,
    大学, 协会) ends the name within a few characters after it, before any joiner or punctuation."""
    # (长沙召开的…会: a place of the act; 宁德|时代新能源科技股份有限公司: a company's long name)
    end = _org_tail_end(body, m.end, limit) - m.end
    # (a 和 that ends a word with the character before it is no joiner: 江苏|泰和药业有限公司, 北京协和医院)
    while 0 < end < ORG_TAIL_MAX and (at := m.end + end) < limit and body[at] == "和":
        if word_frequency(body[at - 1 : at + 1]) == 0:
            break
        end = min(ORG_TAIL_MAX, _org_tail_end(body, at + 1, limit) - m.end)
    tail = body[m.end : m.end + end]
    org = party_words().nongov.search(tail)
    if org is None or _GOVERNMENT_OFFICE.match(tail, org.end()):
        return False  # (金门县港务处, 市农会管理局: a government's office named after what it oversees)
    return not _ACT_WORDS.search(tail, 0, org.start())


def _shares_org(body: str, m: Mention, clause: list[Mention], limit: int) -> bool:
    """A bare place listed right before another that opens a name of no government shares that name's head word
    (…同业公会亦与厦门市、泉州市旅游协会签署: the associations of both cities, no government of 厦门)."""
    nxt = next((x for x in clause if x.start == m.end + 1), None)
    while nxt is not None and body[m.end : nxt.start] in ("、", "，"):
        if _in_organization_name(body, nxt, limit):
            return True
        m, nxt = nxt, next((x for x in clause if x.start == nxt.end + 1), None)
    return False


_ACT_WORDS = re.compile(r"召开|举行|举办|签署|签订|发布")
_ORDINAL = re.compile(r"第[一二三四五六七八九十0-9]+")


def _opens_nongov_name(body: str, m: Mention) -> bool:
    """The place opens the name of a listed party that is no government (陕西|理工大学 among 宝鸡市人民政府、
    汉中市人民政府、陕西理工大学…五方): ``_in_organization_name`` within the list's item, before any count
    or ordinal that closes the list (修水|三县第五次边界联谊会: the meeting's name, no party's)."""
    item = re.match(rf"{_SIGNER_CHAR}{{0,12}}", body[m.end :])
    # (a count or an ordinal after the list's places closes the list there: 修水三县第五次边界联谊会)
    if item is None or party_words().count_item.search(item.group(0)) or _ORDINAL.search(item.group(0)):
        return False
    return _in_organization_name(body, m, m.end + item.end())
_GOVERNMENT_OFFICE = re.compile(r"(?:管理)?(?:处|局|厅|署|委员会|办公室|部门)")


def _names_issuer(body: str, m: Mention) -> bool:
    return bool(party_words().issuer.match(body, m.end))


# a government's department issuing with another in a document's title (澳门特别行政区经济财政司与珠海市
# 人民政府关于…, 江西省交通运输厅 湖南省交通运输厅…协议): the place right before it, the department
# before a joiner, a space or 关于
# (an office with 和 in its name: 文化和旅游局, 住房和城乡建设厅)
_ISSUING_OFFICE = re.compile(
    # (an office with 和 or 及 inside its name: 文化和旅游厅, Macau's 经济及科技发展局)
    r"(?:[^\s，。、与和及的《》（）]{1,10}?|[^\s，。、与和及的《》（）]{2,6}[和及][^\s，。、与和及的《》（）]{2,6}?)"
    # (or a party committee's department: 聊城市委组织部与…, 孝感市委宣传部)
    # (or right before the other issuer, a place's government: 四川省国资委|阿坝州人民政府深化…协议)
    r"(?:厅|局|(?<!公)司|委员会|委|办公室|署|(?:组织|宣传|统战)部)(?=与|和|、|\s|关于|[\u4e00-\u9fff]{2,10}?人民政府)"
)


# (the second issuer, after the first's 与: its office ends where the title's subject starts —
# …环境及生态局与浙江省生态环境厅|环境保护合作协议)
# (with 和 or 及 inside its name too: …与西双版纳傣族自治州文化和旅游局文旅合作备忘录)
_SECOND_OFFICE = re.compile(
    r"(?:[^\s，。、与和及的《》（）]{1,10}?|[^\s，。、与和及的《》（）]{2,6}[和及][^\s，。、与和及的《》（）]{2,6}?)"
    r"(?:厅|局|委员会|办公室|署|(?:组织|宣传|统战)部)"
)
# an office of the place written before it, then the verb of issuing right before the title (宜春市|民政局发布了《)
_OFFICE_ISSUER = re.compile(
    rf"(?:{_SECOND_OFFICE.pattern})(?:{_ISSUE_WHERE})?(?:已经|已|正式|同时|还|也|并)?{_ISSUE_VERB}"
)


def _names_office(
    body: str, m: Mention, hi: int, placed: frozenset[int] = frozenset(), to_end: bool = False
) -> bool:
    """The place opens the name of a government's office issuing the document (…经济财政司与珠海市…), not of
    a body that is no government (parties.tsv ``nongov``: 香港贸易发展局, a statutory body named 局); ``placed``: where
    the places of the title start — an office may end right where the second issuer's place starts (上海市档案局|黑河市
    档案局…协议); ``to_end``: the office may run to ``hi``, the end of a list of organizers (由…和台湾新竹市
    文化局|共同主办)."""
    office = _ISSUING_OFFICE.match(body, m.end, hi)
    if office is None and to_end:
        office = _SECOND_OFFICE.fullmatch(body, m.end, hi)
    if office is None and placed:
        glued = _SECOND_OFFICE.match(body, m.end, hi)
        office = glued if glued is not None and glued.end() in placed else None
    # (the second issuer after the first's 与, or right after the first's office: 嘉义县政府农业处|天水市果业局…备忘录)
    # (or after a list's mark right after the first's office: 潍坊市文化局、|苏州市文化局木版年画…协议)
    after_office = m.start > 1 and body[m.start - 1] == "、" and body[m.start - 2] in "处局厅署"
    if office is None and m.start > 0 and (body[m.start - 1] in "与和处局厅署" or after_office):
        office = _SECOND_OFFICE.match(body, m.end, hi)
    if office is None and m.region.name in _SARS:
        # (a SAR government's department of another end: 香港海关与陆丰市人民政府…备忘录, parties.tsv saroffice — the
        # SAR's own, though the mainland's customs offices are central bodies, nongov)
        return party_words().sar_office.match(body, m.end, hi) is not None
    return office is not None and party_words().nongov.search(office.group()) is None
