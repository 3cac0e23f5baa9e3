"""Article metadata: headline, outlet (source) and publish date.

What the text says is weighed against the evidence beside it (``frame``): a publish date, title,
source, URL and crawl time given with the input, and an HTML page's own metadata.  The order of
evidence (README "Inputs"):

- publish date: the page's text (``page``) › given (``input``) › the HTML markup, by htmldate
  (``html``) › a day in the URL (``url``, rules/url_dates.tsv); none after the crawl time;
- title: the text's headline (``page``, or ``html``/``input`` for the headline line the reader
  put first from the page's markup or a given title) › given › the page's;
- source: named in the text (``page``) › given (``input``) › the page's meta tag (``html``);
- reference day for relative days and open years, without a publish date: the user's reference
  date › a month in the URL (its last day) › the crawl time;
- latest day of any date: the crawl time.
"""

from __future__ import annotations

import itertools
import re
import string
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from extract.extractors.agreements import document_rules
from extract.extractors.dates import (
    SEXAGENARY_YEAR,
    compact_date,
    find_raw_dates,
    parse_iso_date,
    roc_dates,
    speech_date,
    valid_date,
)
from extract.extractors.namelex import alternation, head_start_re, not_after
from extract.rules import read_groups, read_lines, read_tsv
from extract.text.furniture import (
    SENTENCE_END,
    STORY_BULLETS,
    is_credit_line,
    is_furniture_line,
    is_never_headline,
    is_skip_link,
    line_offsets,
    opens_footer,
    opens_with_mark,
)
from extract.text.html import LATIN_DATE, TITLE_SEPARATOR, title_without_site_ends
from extract.text.normalize import to_simplified
from extract.text.origin import Origin
from extract.text.prefilter import Requirement, may_match, required_chars

TITLE_MIN, TITLE_MAX = 4, 64
HEADER_LINES = 15  # a page states its publish date within its first non-empty lines
SHORT_LINE = 40  # a dd.mm.yyyy date counts in a short header line only (not in a sentence)
FOOTER_LINES = 4  # a page stamp at the end of the page stands within its last lines
FULL_DATE = r"(?:19|20)\d{2}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}\s*日?"


def as_recorded(value: str) -> str:
    """A value given beside the text as the record writes every string: Simplified, its white space one space
    (香港商報 → 香港商报)."""
    return to_simplified(" ".join(value.split()))


def reprint_date(text: str) -> date | None:
    """The day a reprint's note says the article first appeared (编者按：本文原载《邯郸日报》1995年4月21日第二版):
    the day its relative days and open years are read from, whatever day the page reposted it."""
    found = reprint_note(text)
    return found[0] if found else None


def reprint_note(text: str) -> tuple[date, int] | None:
    """``reprint_date`` and where its note starts."""
    groups = read_groups("page_date_labels.tsv")
    if not any(w in text for w in (*groups.get("original", ()), *groups.get("cited", ()))) and "版" not in text:
        return None
    for m in _original().finditer(text):
        if d := page_date(parse_iso_date(m.group(_original_key(m)))):
            return d, m.start()
    return None


def _original_key(m: re.Match[str]) -> str:
    """The group of ``_original``'s match that holds its date (the note's forms: d … d6)."""
    return next(k for k in ("d", "d2", "d3", "d4", "d5", "d6") if m.group(k))


def editors_note(text: str, before: int) -> tuple[int, int] | None:
    """The span of the reposting page's own note (rules/page_date_labels.tsv ``note``: 编者按：…今天，我们从馆藏报纸中
    找出当年的报道) that ends on its line before ``before`` (a reprint's note of first appearance): its days are the
    page's, not the reprinted article's."""
    words = read_groups("page_date_labels.tsv").get("note", ())
    starts = [i for w in words if 0 <= (i := text.rfind(w, 0, before))]
    if not starts:
        return None
    start = max(starts)
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    return (start, end) if end <= before else None


@cache
def _original() -> re.Pattern[str]:
    """A reprint's note of where and when the article first appeared (rules/page_date_labels.tsv
    ``original``: （原载《雁北报》1988年5月14日第一版）, 原刊2003年4月2日《XX日报》): the date before or
    after the outlet's name in 《》 (right after the word, the outlet needs no marks: 原载1992年5月23日陕西日报);
    or a source's label (``cited``) before the outlet in 《》 and the date after it
    (来源：《长治日报》1996年6月21日第一版); or, with the paper's page after them, a scanned page's caption (the
    outlet and the date either way round at a line's start) or a word of reading from that print (``scanned``:
    以下文字据《新华日报》1985年4月20日第二版扫描识别)."""
    groups = read_groups("page_date_labels.tsv")
    words = "|".join(sorted(map(re.escape, groups.get("original", ())), key=len, reverse=True))
    cited = "|".join(sorted(map(re.escape, groups.get("cited", ())), key=len, reverse=True))
    scanned = "|".join(sorted(map(re.escape, groups.get("scanned", ())), key=len, reverse=True))
    outlet = r"[《〈][^》〉\n]{1,24}[》〉]"
    return re.compile(
        rf"(?:{words or '(?!)'})\s*[:：]?\s*"
        rf"(?:(?P<d>{FULL_DATE})\s*(?:{outlet})?|{outlet}\s*[,，]?\s*(?P<d2>{FULL_DATE}))"
        rf"|(?:{cited or '(?!)'})\s*[:：]?\s*{outlet}\s*[,，]?\s*(?P<d3>{FULL_DATE})"
        # (or a scanned page's caption, the paper in 《》, its date and page: ▲《团结报》1987年4月23日第一版（…馆藏）,
        # ▲1987年5月14日《浙江日报》第二版)
        rf"|(?m:^)[ \t\u3000▲△■●◆]*(?:图[:：]?\s*)?(?:{outlet}\s*(?P<d4>{FULL_DATE})|(?P<d5>{FULL_DATE})\s*{outlet})"
        rf"\s*{_PAGE_NO}"
        # (or the text said to be read from that print: 以下文字据《新华日报》1985年4月20日第二版扫描识别)
        rf"|(?:{scanned or '(?!)'})\s*{outlet}\s*(?P<d6>{FULL_DATE})\s*{_PAGE_NO}"
    )


@cache
def _labels() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Publish-date labels (rules/page_date_labels.tsv): label + colon + date, label + colon
    (a date in words may follow), a bare label + date."""
    kinds = read_groups("page_date_labels.tsv")
    # (a label spaced out to fill its column: 日　期：1995.06.22, 发布时间 alike)
    spaced = lambda w: r"[ \t\u3000]*".join(map(re.escape, w))  # noqa: E731
    colon = "|".join(spaced(w) for w in sorted(kinds.get("colon", ()), key=len, reverse=True))
    bare = "|".join(sorted(map(re.escape, kinds.get("bare", ())), key=len, reverse=True))
    # the label's colon, or the label alone on its line and its value on the next (a page's table
    # of fields flattened to lines: 发布日期 / 97/11/07), or the label in brackets (【发布日期】2005-03-25)
    after = r"(?:\s*[:：]\s*|[】\]]\s*[:：]?\s*|[ \t\u3000]*\n[ \t\u3000]*)"
    return (
        re.compile(rf"(?:{colon}){after}(?P<d>{FULL_DATE})"),
        re.compile(rf"(?:{colon}){after}"),
        re.compile(rf"(?:{bare})\s*[:：]?\s*(?P<d>{FULL_DATE})"),  # not inside a Latin word (not_after)
    )


# (a masthead's lunar date after the weekday: 2013年5月22日　星期三　癸巳年四月十三　A04版)
_LUNAR = (
    rf"(?:\s*(?:农历)?\s*{SEXAGENARY_YEAR}\s*闰?[正一二三四五六七八九十冬腊]{{1,2}}月"
    r"\s*(?:初|廿|卅)?[一二三四五六七八九十]{1,2}日?)"  # (农历辛卯年四月十七日: its day's word too)
)
_WEEKDAY = rf"(?:\s*(?:星期|周|礼拜)[一二三四五六日天]{_LUNAR}?)"
# 10:21, 10:21:05; a press release's 香港时间19时45分
TIME_OF_DAY = (  # (下午6:20: a Taiwan portal's stamp; 2013-08-29 HKT 13:42: a zone's letters before the time)
    r"(?:\s*(?:(?:香港|澳门|北京|台北)?时间\s*|(?:HKT|CST|GMT\+8|UTC\+8|BJT)\s*)?(?:上午|下午|中午|晚上|凌晨)?\s*\d{1,2}"
    r"(?:[:：]\d{2}(?:[:：]\d{2})?|时\d{1,2}分))"
)
_WEEKDAY_BRACKETED = rf"(?:\s*[(（]?{_WEEKDAY}\s*[)）]?)"
# an e-paper's page: 第01版, 第A3版, 第一版; A02版, B1版 (a section letter and its number); or the paper's issue
# (1994年5月18日　星期三　第8712期)
_PAGE_NO = (
    r"(?:(?:第\s*[A-Z]?[0-9０-９一二三四五六七八九十]+|[A-Z]{1,2}\s*[0-9０-９]{1,3})\s*版"
    r"|第\s*[0-9０-９]{1,6}\s*期)"
)
# an e-paper's links on its masthead's line (2019年10月19日　星期六　往期回顾)
# (or the page's controls: 2008年5月22日（星期四）　字体：大 中 小　列印　转寄)
_PAGE_LINKS = r"(?:往期回顾|往期|上一期|下一期|上一版|下一版|返回目录|本版目录|版面导航|PDF版|字体|字号|打印|列印|转寄)"
_DOMAIN = r"(?:https?://)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:com|cn|net|org|gov|hk|mo|tw)(?:\.(?:cn|hk|mo|tw))?"
# a header line that starts with the date (2024-04-18 17:35:21 来源：新华网; 2020年12月31日 星期四),
# or has up to three short words before it (原创　兰州发布　兰州发布　2019-06-14: a WeChat post's)
_DATELINE = re.compile(
    # (the site's address among them: 珠海新闻网 www.zhnews.net　2003年07月11日　来源：珠海特区报)
    # (a WeChat post's mark and labels: 原创：盱眙发布　盱眙发布　2018-08-24; 原创 作者：王五 XX发布 …)
    rf"^\s*[（(【\[]?\s*(?:(?:原创|转载|首发)\s*[:：]?\s*)?"
    rf"(?:(?:(?:作者|文|来源)[:：]\s*)?(?:[^\s，。,:：\d]{{2,12}}|{_DOMAIN})\s+(?:[-–—|｜]\s+)?){{0,4}}(?P<d>{FULL_DATE})"
    rf"{_WEEKDAY_BRACKETED}?{TIME_OF_DAY}?{_WEEKDAY_BRACKETED}?{LATIN_DATE}?"
    # (a Taiwan paper's byline in its brackets after the date: 2010-08-19　〔记者林柏翰／综合报导〕)
    rf"\s*(?:$|(?:信息|稿件|文章|新闻)?来源|作者|编辑|记者|通讯员|[|｜]|{_PAGE_NO}|{_PAGE_LINKS}|[【\[〔]"
    # (a PDF page's number alone at the line's end after a gap: 2009年6月12日　星期五　农历己丑年五月二十　　　　3)
    r"|(?<=[ \t\u3000][ \t\u3000])[A-Z]?[0-9０-９]{1,3}\s*$"
    # (a WeChat post's author and account after the date: 原创 2017-03-18 琼海发布 琼海发布)
    # (or a page's letter, its section and the e-paper's links: 2007年11月21日　星期三　A12　中国新闻　上一版　下一版)
    rf"|(?:[A-Z]{{1,2}}[0-9]{{1,2}}(?:\s+|[·・:：]))?[^\s\d，。:：]{{2,12}}(?:\s+[^\s\d，。:：]{{2,12}})?\s*(?:$|[|｜]|{_PAGE_LINKS})"
    # (2023年9月13日 星期三 宣城新闻网首页 宣城新闻 县市区 宣城日报 视频: a date bar with the site's links)
    rf"|(?:[^\s\d，。:：]{{2,12}}\s+){{2,10}}[^\s\d，。:：]{{2,12}}\s*$)"
)  # 2021-11-10 来源：…; 赣南日报数字报　2008年04月26日　星期六; 辽宁发布　2014-01-08
# (and in brackets: （1999年05月20日　来源：保定日报）)
# (大公报　2000年5月20日　星期六　A6　港闻: a page's letter and number before its section, without 版;
# 2024年3月15日　星期五　香港文汇网 | 电子版 | 登入: a date bar, the site's links after its name)
# a header line with a date and a time of day, or an e-paper page number, anywhere
# (原创 保定发布 2023-12-05 18:42 发表于河北; 吉林日报 2016年08月27日 第01版)
# (明报新闻网　｜　要闻　港闻 …　｜　2003年7月9日（星期三）: a masthead bar ending with the day and its weekday)
# (梅州日报数字报 > 2022年11月25日 > 第03版: an e-paper's breadcrumb, its parts apart by a mark)
_STAMP = re.compile(
    rf"(?P<d>{FULL_DATE})(?:{TIME_OF_DAY}|{_WEEKDAY}?\s*(?:[>＞»›|｜/]\s*)?{_PAGE_NO}"
    rf"|{_WEEKDAY_BRACKETED}\s*$)"
)
# an archive's breadcrumb with the date as one of its steps (首页 >> 云南日报 >> 2001年07月16日 >> 第三版;
# 首页 > 2009-06-12 > 第A03版): the page's date — a step, between the path's marks or at the line's end
_CRUMB_MARK = r"\s*(?:>>|>|＞＞|＞|»|›|→)\s*"
_CRUMB_DATE = re.compile(rf"{_CRUMB_MARK}(?P<d>{FULL_DATE}){_WEEKDAY_BRACKETED}?(?:{_CRUMB_MARK}|\s*$)")
# the date and weekday opening a line that goes on with the path (2003年6月12日　星期四　　港聞 > 正文)
_DATE_THEN_CRUMB = re.compile(rf"^\s*(?P<d>{FULL_DATE})\s*{_WEEKDAY}?\s+[^\s>＞»›→]{{1,10}}{_CRUMB_MARK}")
# a date after a bracketed byline at its line's end (【記者許志明／金城報導】2016-10-22): the page's stamp
_AFTER_BYLINE = re.compile(rf"[\]】][ \t\u3000]*(?P<d>{FULL_DATE}){TIME_OF_DAY}?\s*$")
# a news archive's record line: the date, the paper and its page, slashes or bars between
# (1992-05-16/聯合報/09版/大陸新聞, 2019-05-07 | 人民日报 | 第04版)
_DATE_PAPER_PAGE = re.compile(
    rf"^\s*(?P<d>{FULL_DATE})\s*[/／|｜]\s*[^\s/／|｜\d]{{2,16}}\s*[/／|｜]\s*(?:第\s*)?[A-Z]?[0-9０-９]{{1,3}}\s*版"
)
# an e-paper's page line with its issue's date after the page (第01版：要闻　　2011年10月21日)
_PAGE_THEN_DATE = re.compile(
    rf"^\s*{_PAGE_NO}\s*(?:[:：]\s*[^\s\d]{{1,10}})?\s+(?P<d>{FULL_DATE}){_WEEKDAY_BRACKETED}?\s*$"
)
# a dateline with its full date: 新华社北京2023年3月5日电, 毕节日报2006年4月18日讯; in numerals written
# out: 中新社合肥二〇〇三年九月十二日电
_AGENCY_DATELINE = re.compile(rf"\n\s*[^\s，。,]{{2,16}}?(?P<d>{FULL_DATE})\s*[电讯]")
_NUMERAL = "〇零○一二三四五六七八九十"
_WRITTEN_DATELINE = re.compile(
    rf"\n\s*[^\s，。,]{{2,16}}?(?P<d>[{_NUMERAL}]{{4}}年[{_NUMERAL}]{{1,3}}月[{_NUMERAL}]{{1,3}}日)\s*[电讯]"
)
# (with a digit or a numeral in it: a line of colons, :::, is a site's skip mark, no date)
# (a date: digits and a date's mark, not a story's number alone: 01 over a digest's story)
_DATE_LINE = re.compile(
    r"^(?=.*[\d〇零一二三四五六七八九十])(?=.*[年月日号.\-/:：])[\s\d〇零一二三四五六七八九十年月日号.\-/:：上下午晚]*$"
)
# a masthead's date bar: the day with an era's name before it or its weekday after it (中华民国93年6月19日
# 星期六, 2008年5月22日 星期四): furniture over the headline (a day alone is a WeChat post's, _DATE_LINE)
_BAR_DAY = r"[\d〇零一二三四五六七八九十○]{2,4}年[\d一二三四五六七八九十]{1,3}月[\d一二三四五六七八九十]{1,3}日"
_BAR_WEEKDAY = r"(?:星期|周|礼拜)[一二三四五六日天]"
# (and the page and its section after it, an outlet's name before it: 西藏日报　一九九九年九月二日　星期四
# 第二版　地区新闻)
# (or its section alone after a gap: 一九九八年十月十五日　星期四　戊寅年八月廿五　　　　　　中国新闻)
# (or the outlet's name and the page's letter after a gap: 2016年5月12日 星期四　　开封日报　　A2)
_BAR_PAGE = (
    r"(?:[ \t\u3000]+第[\d一二三四五六七八九十]{1,3}版(?:[ \t\u3000:：]*[^\s\d]{2,8})?"
    r"|[ \t\u3000]{2,}[^\s\d]{2,8}(?:[ \t\u3000]{2,}[A-Z]{1,2}[0-9０-９]{1,3}版?)?)?"
)
_DATE_BAR = re.compile(
    rf"\s*(?:(?:[^\s\d]{{2,10}}[ \t\u3000]+)?(?:中华民国|民国|公元)\s*{_BAR_DAY}(?:\s*{_BAR_WEEKDAY})?"
    rf"|(?:[^\s\d]{{2,10}}[ \t\u3000]+)?{_BAR_DAY}\s*[（(]?\s*{_BAR_WEEKDAY}\s*[)）]?)"
    # (the lunar day after the weekday: 中华民国100年5月19日 星期四　农历辛卯年四月十七日)
    rf"{_LUNAR}?{_BAR_PAGE}\s*"
)
_BYLINE_START = re.compile(r"^\s*[(（【\[]?\s*(记者|通讯员|本报|本网|摘要|编者按|导读|作者)")


@cache
def _source_patterns() -> tuple[tuple[re.Pattern[str], Requirement], ...]:
    """The patterns of rules/sources.txt, each with the words its matches need (a text without
    them is not searched: text.prefilter)."""
    return tuple((p, required_chars(p)) for p in (re.compile(line, re.M) for line in read_lines("sources.txt")))


@cache
def _source_stopwords() -> frozenset[str]:
    return frozenset(read_lines("source_stopwords.txt"))


_ROC_PREFIXES = ("", "民国", "民國", "中华民国", "中華民國")  # before a label's ROC date
_SELF_REFERENCES = ("本报", "本台", "本网", "本刊", "本站")  # an outlet speaking of itself, not naming itself
# 来源：河南日报讯 → 河南日报; 来源：新华社综合报道, 本条微信由“洛阳发布”综合编辑 → 新华社, 洛阳发布
_CREDIT_TAIL = re.compile(r"(?:专讯|讯|消息|综合报道|综合|整理)$")
# an account's name in quotes, a paper's in 《》 (来源：《长治日报》1996年6月21日第一版): the name
_QUOTED = re.compile(r"^[“\"「『《〈]([^”\"」』》〉]+)[”\"」』》〉]$")
_ACCOUNT_TAIL = re.compile(r"(?<=\S)(?:官方)?(?:微信公众号|公众号)$")  # the medium after it (“大连发布”微信公众号)


# a masthead's or a stamp's outlet before its date on one of the first lines (泸州日报　2025年03月29日　星期六
# 第01版：要闻; 原创 保定发布 2023-12-05): the paper or account whose home 我市 is, though no source line names it
_MASTHEAD_OUTLET = re.compile(
    rf"^\s*(?:\S{{1,8}}\s+)?(?P<o>[^\s\d:：，。]{{2,12}}?(?:日报|晚报|报|网|电视台|发布|客户端|融媒|新闻))(?:数字报|电子版)?"
    # (its author and account after it, the same or the account's longer name: 原创 嘉善发布 嘉善发布 2022-08-26, 原创
    # 黄埔发布 广州黄埔发布 2025-07-18)
    rf"(?:\s+(?:(?P=o)|[^\s\d:：，。]{{0,6}}(?P=o)))?\s+{FULL_DATE}"
)
MASTHEAD_LINES = 4
MASTHEAD_SCAN = 12  # lines read for those (blank ones and navigation among them)
# a government site's banner: the government's name alone on the page's first line (花垣县人民政府)
# (or the banner of a government's press releases: 香港特别行政区政府 新闻公报)
_BANNER_GOVERNMENT = re.compile(
    r"^\s*(?P<o>[^\s\d:：，。>]{2,12}?(?:人民政府|行政区政府|[县縣市]政府))\s*(?:新闻公报|新闻稿|新闻发布)?"
    r"(?:\s+[A-Za-z][A-Za-z .\-]*)?\s*$"
)  # (a Taiwan county's with its English name: 雲林縣政府 Yunlin County Government)


# a site's banner on the page's first line (开化县融媒体中心　　开化新闻网　　首页 > 本地新闻)
_BANNER_OUTLET = re.compile(
    r"^\s*(?P<o>[^\s\d:：，。>]{2,10}?(?:融媒体中心|新闻网|新闻中心|日报|晚报|电视台|政府网|政府门户网站|门户网|入口网站|全球资讯网))"
    r"(?:数字报刊平台|数字报刊|数字报|电子版|电子报|数字版)?(?:\s|$)"
)  # (a government portal's banner too: 萧县人民政府网, 南投县仁爱乡公所全球资讯网, 澳门特别行政区政府入口网站;
# 黄石日报数字报刊平台)


_MARKS_ONLY = re.compile(r"[\s:：.。·•|｜*#=\-—_~]+")  # a line of marks, no word (:::)


def masthead_outlet(text: str) -> str | None:
    """The outlet a page's masthead or header stamp names before its date, on its first lines, else
    the site a banner on its first line names."""
    # (its first lines with words: blank lines and a navigation bar or breadcrumb above it are not counted)
    # (nor a line of marks alone: a Taiwan government page's accesskey anchor ::: above its banner)
    # (nor a skip link for screen readers above it: :::　跳到主要內容區塊, furniture.tsv)
    head = [
        line
        for line in text.split("\n", MASTHEAD_SCAN)[:MASTHEAD_SCAN]
        if not _MARKS_ONLY.fullmatch(line) and not (line.strip() and is_skip_link(to_simplified(line)))
    ]
    first = head[0] if head else ""
    lines = [line for line in head if line.strip() and len(_NAV_SEPARATORS.findall(line)) < NAV_SEPARATORS_MIN]
    for line in lines[:MASTHEAD_LINES]:
        m = _MASTHEAD_OUTLET.match(line)
        if m and not m.group("o").startswith(_SELF_REFERENCES):
            return m.group("o")
    # (the banner on the page's first line, its navigation after it or not: 萧县人民政府网　　首页 > 政务动态; or on the
    # first line under a navigation bar)
    banner = next(
        (b for line in (first, *lines[:1]) if (b := _BANNER_OUTLET.match(line) or _BANNER_GOVERNMENT.match(line))),
        None,
    )
    return banner.group("o") if banner and not banner.group("o").startswith(_SELF_REFERENCES) else None


@cache
def _publisher_re() -> re.Pattern[str]:
    labels = alternation(read_lines("publisher_labels.txt"))
    return re.compile(rf"(?:^|(?<=\s))(?:{labels})\s*[:：]\s*(?P<o>[^\s|｜：:]{{2,20}})", re.M)


PUBLISHER_STAMP_CHARS = 1500  # the stamp stands in the page's header part
PUBLISHER_PLACE = 8  # characters before the publishing office's name in the body that may name its place


def publisher_stamp(text: str) -> re.Match[str] | None:
    """The page's stamp field naming its publishing office (发布单位：农业发展局, 发文机关：咸宁市人民政府办公室:
    rules/publisher_labels.txt), the office in group ``o``."""
    return _publisher_re().search(text, 0, PUBLISHER_STAMP_CHARS)


def publisher_in_body(text: str) -> str | None:
    """The publishing office a stamp names (发布单位：农业发展局) as the body writes it with what stands
    before it (桃园县政府农业发展局), where it does: the words that may name the page's home."""
    m = publisher_stamp(text)
    if m is None:
        return None
    office = m.group("o")
    at = text.find(office, m.end())
    while at >= 0:
        lo = at
        while lo > 0 and at - lo < PUBLISHER_PLACE and "\u4e00" <= text[lo - 1] <= "\u9fff":
            lo -= 1
        if lo < at:
            return text[lo : at + len(office)]
        at = text.find(office, at + len(office))
    return None


@cache
def _site_owner_re() -> tuple[re.Pattern[str], dict[str, int]]:
    labels = read_lines("site_owner_labels.txt")
    owner = r"(?P<o>[^\s|｜：:<>©、，,。]{2,30}+)(?![、，,])"  # (one owner: a list A、B is none)
    # (or the owner written before its label, a footer's own line: 息县人民政府办公室主办　　豫ICP备…)
    before = r"(?<![^\s|｜©])(?P<o2>[^\s|｜：:<>©、，,。由]{2,30}?)(?P<label2>主办|承办)(?=[\s|｜]|$)"
    pattern = re.compile(rf"(?P<label>{alternation(labels)})\s*[:：]\s*{owner}|{before}", re.M)
    return pattern, {label: rank for rank, label in enumerate(labels)}


SITE_FOOTER_CHARS = 1200  # the site's footer stands in the page's last characters


def site_owner(text: str) -> str | None:
    """Who runs the page's site as its footer says (主办单位：彭泽县人民政府办公室, 版权所有：韶关市人民政府),
    the label first in rules/site_owner_labels.txt winning, the last one written of that label; only
    the page's last characters are read, and a list of owners is none (a forum's notice in the body
    lists its own 主办单位：A、B)."""
    pattern, rank = _site_owner_re()
    found = list(pattern.finditer(text, max(0, len(text) - SITE_FOOTER_CHARS)))
    if not found:
        return None
    best = min(reversed(found), key=lambda m: rank.get(m["label"] or m["label2"], len(rank)))
    return best["o"] or best["o2"]


_CREDIT_LINE_START = re.compile(r"[ \t\u3000]*(?:稿件|信息|新闻|文章)?(?:来源|稿源|出处)")  # a source's line of its own


def find_source(text: str) -> tuple[str, tuple[int, int]] | None:
    """The outlet named by 来源/本条微信由…/XX日报讯/新华社…电, and its span."""
    lined = "\n" + text  # the patterns write a line start as \n, the first line's too (sources.txt)
    footer = cache(lambda: _footer_start(text))  # where the page's footer opens (read at the first match)
    for pattern, needs in _source_patterns():
        if not may_match(needs, lined):
            continue
        found: list[tuple[str, tuple[int, int]]] = []
        for m in pattern.finditer(lined):
            # (a credit in brackets the patterns' classes leave on it: 〔本报讯〕 → 本报, this paper)
            s = _ACCOUNT_TAIL.sub("", _CREDIT_TAIL.sub("", m.group("s").strip().strip("〔〕［］")))
            if quoted := _QUOTED.match(s):
                s = quoted.group(1)
            first = _first_outlet(s)
            end = m.end("s") - 1
            if first != s:  # (the first outlet's span: its field's value opens with it)
                s, end = first, lined.find(first, m.start("s")) - 1 + len(first)
            if s.startswith(_SELF_REFERENCES):
                continue  # 本报思茅讯: "this paper", no outlet's name
            if s and s not in _source_stopwords() and not _in_footer(text, m.start("s") - 1, footer):
                found.append((s, (m.start("s") - 1, end)))
        if found:
            # (a portal's stamp naming the portal itself, which its banner or breadcrumb names above it — 大河网 >
            # 河南频道 … 来源：大河网 — before the carried paper's credit after the text, 稿件来源：新乡日报: the paper)
            # (the later credit a line of its own: not a copyright notice's 凡注明“来源：德州新闻网”的作品)
            first, at = found[0]
            if 0 <= text.find(first) < at[0]:
                later = (
                    (s, span)
                    for s, span in found[1:]
                    if s != first and _CREDIT_LINE_START.match(text, text.rfind("\n", 0, span[0]) + 1)
                )
                return next(later, found[0])
            return found[0]
    return None


# outlets listed in a source's field (来源：香港商报、大河网): each part ends as an outlet's name ends (not an
# outlet and its channel joined by a dash, 人民网-湖南频道, 天山网-新疆日报: one source, as written)
_OUTLET_LIST_SEPARATOR = re.compile(r"[、/／]")
_OUTLET_END = re.compile(r"(?:报|网|台|社|在线|发布|客户端|频道|融媒|中心|新闻|杂志|周刊)$")


def _first_outlet(s: str) -> str:
    """The first of the outlets a source's field lists (香港商报、大河网 → 香港商报): where every part ends as an
    outlet's name ends; else the value as written."""
    parts = _OUTLET_LIST_SEPARATOR.split(s)
    if len(parts) > 1 and all(len(p) >= 2 and _OUTLET_END.search(p) for p in parts):
        return parts[0]
    return s


def _in_footer(text: str, at: int, footer: Callable[[], int]) -> bool:
    """``at`` lies below the line that opens the page's footer after the article's prose (读者回应（3）, 相关新闻),
    on a line that is no source's own (来源：…): a reader's name over a comment's stamp (路过的乡亲　2010-08-12
    09:41), a related story's credit — no outlet of the article.  ``footer`` gives the footer's start (read once)."""
    line_start = text.rfind("\n", 0, at) + 1
    return line_start > footer() and not _CREDIT_LINE_START.match(text, line_start)


def _footer_start(text: str) -> int:
    """The offset of the first line below a sentence's end that opens a footer (furniture.tsv ``tail``); past the
    text's end where none does."""
    prose = SENTENCE_END.search(text)  # (the first sentence's end, found once: the lines after it are tried)
    if prose is None:
        return len(text) + 1
    for at, line in line_offsets(text):
        if at > prose.start() and opens_footer(line):
            return at
    return len(text) + 1


# an archive's pages carry their papers' dates back to the 1980s (山西日报　1984年9月14日); a date before the
# People's Republic, or the Unix epoch's first days (1970-01-01 08:00:20: a broken page's stamp), is none
EARLIEST_PAGE_DATE = date(1949, 10, 1)
_EPOCH_DAYS = (date(1970, 1, 1), date(1970, 1, 2))
_YEAR_DIGITS = re.compile(r"(?:19|20)\d{2}")  # what every pattern of FULL_DATE or _DMY matches
# a header's stamp whose year has two or three digits (old mainland pages: 99年; Taiwan's: 94年, 民國107年), in
# brackets or after a byline (记者 X／嘉义报导　中华民国105年10月5日), before a field (来源, 作者, 点击) or a
# time of day; dates.roc_dates reads the year as the page's words say
# (or 107/06/21, 95.05.12 at the start of a line: a Taiwan paper's stamp before its byline)
# (or a paper's masthead, its name before the 民国 date and the weekday after it: 中华日报　民国87年10月21日
# 星期三; or a paper's name before the date in numerals and its page: 中国时报　88/10/05　　第18版)
_SHORT_STAMP = re.compile(
    r"(?:^|[\[【(（]|[\]】][ \t\u3000]+|报[导道][ \t\u3000]+|^[^\s\d]{2,10}[ \t\u3000]+(?=(?:中华)?民国)"
    r"|^[^\s\d]{2,10}报[ \t\u3000]+(?=[0-9]{2,3}[/.年]))"
    r"\s*(?:(?:中华)?民国\s*)?"
    r"(?P<d>[0-9]{2,3}年[0-9]{1,2}月[0-9]{1,2}日|(?<![0-9])[0-9]{2,3}(?P<s>[/.])[0-9]{1,2}(?P=s)[0-9]{1,2})"
    rf"(?:{_WEEKDAY_BRACKETED}|[ \t\u3000]*(?:星期|礼拜)[一二三四五六日天])?"
    # (or the lunar day after the weekday on a masthead: 中华民国113年5月23日　星期四　　农历四月十六日)
    rf"\s*(?:[\]】)）]|\s+(?:来源|作者|发布|点击|浏览|编辑|记者|农历)|\s+[0-9]{{1,2}}[:：][0-9]{{2}}"
    # (or the same day in the common era's numerals after it: 马祖日报电子报　中华民国101年11月8日　星期四　2012/11/08)
    rf"|\s+第\s*[0-9A-Z{_NUMERAL}]{{1,4}}\s*版|\s+(?:19|20)[0-9]{{2}}(?P<s2>[/.-])[0-9]{{1,2}}(?P=s2)[0-9]{{1,2}}\s*$|\s*$)"
)
# a header's date in numerals with its weekday or page (an e-paper's masthead), or alone on its line
_WRITTEN_STAMP = re.compile(
    rf"(?P<d>[{_NUMERAL}0]{{4}}年[{_NUMERAL}]{{1,3}}月[{_NUMERAL}]{{1,3}}日)"  # (二0一九年: an Arabic zero too)
    rf"(?={_WEEKDAY_BRACKETED}|\s*第\s*[0-9０-９{_NUMERAL}]{{1,3}}\s*版|\s*$)"
)
# (after a release's end mark on the same line where the page's lines were joined: 完 2012年11月16日（星期五）
# 香港时间19时45分)
_DATE_ALONE = re.compile(rf"^\s*(?:完[ \t\u3000]+)?(?P<d>{FULL_DATE}){_WEEKDAY_BRACKETED}?{TIME_OF_DAY}?\s*$")
# [2016.09.15] 發表 / 【2016-09-15】
# (the line may go on with the next field: 来源：白城日报　1998-07-09　点击：)
_SOURCE_THEN_DATE = re.compile(
    rf"(?:来源|稿源|出处)\s*[:：]\s*[^\s:：]{{2,16}}[ \t\u3000]+(?P<d>{FULL_DATE})"
    r"(?:\s*$|[ \t\u3000]+[^\s:：]{1,6}[:：])"
)
# a label's date with a year of two digits (06-10-27): the page's own stamp, on old mainland sites (2000–)
_TWO_DIGIT_YEAR = re.compile(r"\s*(?P<y>[0-9]{2})(?P<s>[-/.])(?P<m>[0-9]{1,2})(?P=s)(?P<d>[0-9]{1,2})(?![0-9])")
# (or a news archive's record header, the date first and its fields after slashes: 【1996-04-18/联合报/18版/…】,
# 【2013-05-18／聯合報／B2版／桃園縣新聞】 with full-width ones)
_BRACKETED = re.compile(rf"[\[【(（]\s*(?P<d>{FULL_DATE})\s*(?:[/／][^\]】)）\n]{{1,40}})?[\]】)）]")
# 01.07.2015: day.month.year (month.day.year where the first number cannot be a month's day)
_DMY = re.compile(r"(?<![\d.])(?P<a>\d{1,2})\.(?P<b>\d{1,2})\.(?P<y>(?:19|20)\d{2})(?![\d.])")


def page_date(d: date | None, today: date | None = None) -> date | None:
    """``d`` when it can be a page's date: not before 1949-10-01, not the epoch's first days (a broken
    page's 1970-01-01), not after today."""
    if d is None or d < EARLIEST_PAGE_DATE or d in _EPOCH_DAYS or d > (today or date.today()):
        return None
    return d


def _dmy(m: re.Match[str]) -> date | None:
    a, b, y = int(m.group("a")), int(m.group("b")), int(m.group("y"))
    day, month = (a, b) if b <= 12 else (b, a)
    return date(y, month, day) if valid_date(y, month, day) else None


def find_publish_date(
    text: str, latest: date | None = None, body: str | None = None
) -> tuple[date, tuple[int, int]] | None:
    """The publication date, only where the page states it (label, dateline, page stamp).

    Dates before 1949-10-01 or of the epoch's first days (1970-01-01 of broken pages) and after today (or after
    ``latest``: the crawl time) are not page dates.  ``dd.mm.yyyy`` is read day first, as
    Chinese pages that use it write it, unless the second number cannot be a month.  With the
    ``body`` (``text`` with its page furniture blank), the page's first and last lines are
    counted without its furniture lines (a breadcrumb, a share bar, related links): those are
    still read, but push no stamp out of the header or the footer.  A repost (【转自云浮日报网站】 under a
    forum post's 发表于 2008-5-15) is dated by the reposted article's own stamp after its marker, where
    it has one; a page with no date of its own by a reprint's note of its first appearance
    (（原载《雁北报》1988年5月14日第一版）), else by its data-entry stamp (录入时间：1997-10-18)."""
    check = page_date if latest is None else (lambda d: page_date(d, latest))
    marks = list(_REPOST.finditer(text, 0, REPOST_HEAD))
    if marks:  # (the reposted article: from its marker to the next post's header, a reply's 发表于)
        at = marks[-1].end()
        end = nxt.start() if (nxt := _POST_HEADER.search(text, at)) else len(text)
        inner = _find_publish_date(text[at:end], check, body[at:end] if body is not None else None)
        if inner is not None:
            return inner[0], (inner[1][0] + at, inner[1][1] + at)
    found = _find_publish_date(text, check, body)
    if found is not None and _signed_alone(text, found[1]):
        # a notice's own date under its issuer's name (松溪县人民政府办公室 / 二〇一六年三月二十一日) is when it was
        # written: the page's data-entry stamp, where it has one (生成日期：2016-03-23), is when it was published
        if entry := _entry_date(text, check):
            return entry
    if found is not None:
        return found  # (a portal's own stamp over a reprinted paper's date: the portal's publication)
    # a page whose only date is a reprint's note of its first appearance (a chronicle site's archive:
    # （原载《雁北报》1988年5月14日第一版） under its 录入时间, an entry stamp): the article's date
    for m in _original().finditer(text):
        key = _original_key(m)
        if d := check(parse_iso_date(m.group(key))):
            return d, (m.start(key), m.end(key))
    # last, an old portal's data-entry stamp (作者：… 来源：梅州日报 点击数：312 录入时间：1997-10-18)
    return _entry_date(text, check)


def _entry_date(text: str, check: Callable[[date | None], date | None]) -> tuple[date, tuple[int, int]] | None:
    """The first data-entry stamp of the page's top that ``check`` lets through (录入时间：1997-10-18, 生成日期：…)."""
    for m in _entry_stamp().finditer(text, 0, ENTRY_HEAD):
        if d := check(parse_iso_date(m.group("d"))):
            return d, (m.start("d"), m.end("d"))
    return None


ENTRY_HEAD = 1500  # characters of the page's top where an entry stamp stands


@cache
def _entry_stamp() -> re.Pattern[str]:
    words = "|".join(map(re.escape, read_groups("page_date_labels.tsv").get("entry", ()))) or "(?!)"
    return re.compile(rf"(?:{words})(?:时间|日期)\s*[:：]\s*(?P<d>{FULL_DATE})")


# a repost's marker (【转自云浮日报网站】, [转帖], 【转载】): the reposted article follows it
_REPOST = re.compile(r"[【\[]\s*(?:转帖|转载|转自|来自)[^】\]\n]{0,20}[】\]]")
REPOST_HEAD = 800  # characters of the page's top where a repost's marker stands
_POST_HEADER = re.compile(r"发表于")  # a forum post's header (楼主：X　发表于 2008-5-15 09:32)


def _edge_lines(text: str, body: str | None) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
    """The page's non-empty header lines (to the ``HEADER_LINES``-th that is no furniture) and its footer
    lines (from the ``FOOTER_LINES``-th last that is no furniture), with their offsets."""
    lines = [(at, line) for at, line in line_offsets(text) if line.strip()]
    if body is None or len(body) != len(text):
        return lines[:HEADER_LINES], lines[-FOOTER_LINES:]
    head = _reach(lines, body, HEADER_LINES)
    tail = _reach(lines[::-1], body, FOOTER_LINES)
    return lines[: max(head, HEADER_LINES)], lines[-max(tail, FOOTER_LINES) :]


def _dated_link(line: str, at: int, body: str | None) -> bool:
    """A line opening with a list's mark, the label of the story before or after, or a footer's label (a list of
    related stories), that the page's furniture blanks: a link to another story with its date (·永安市举办笋竹文化节
    2019-04-17, 上一篇：我县召开…（2010-07-30）, 相关新闻：【2015-06-18】冕宁县与石棉县签订…)."""
    return (
        body is not None
        and _blanked(body, at, line)
        and (opens_with_mark(line) or _PREV_NEXT.match(line) is not None or opens_footer(line))
    )


def _blanked(body: str, at: int, line: str) -> bool:
    """The page's furniture blanks ``line`` (at ``at``) in ``body``."""
    return not body[at : at + len(line)].strip()


# the label of a link to the story before or after (上一篇, 【下一条】)
_PREV_NEXT = re.compile(r"\s*[【\[〔]?(?:上一|下一|上|下)(?:篇|条|则)")


def _reach(lines: list[tuple[int, str]], body: str, count: int) -> int:
    """How many of ``lines`` (from their first) hold the first ``count`` lines that are no furniture
    (not blank in ``body``); all of them when they hold fewer.  (Counted from the edge only: the
    lines in between are not looked at.)"""
    kept = 0
    for k, (at, line) in enumerate(lines):
        kept += bool(body[at : at + len(line)].strip())
        if kept >= count:
            return k + 1
    return len(lines)


def _find_publish_date(
    text: str, page_date: Callable[[date | None], date | None], body: str | None = None
) -> tuple[date, tuple[int, int]] | None:
    with_colon, colon_only, bare = _labels()
    for m in itertools.chain(with_colon.finditer(text), not_after(bare, text, string.ascii_letters)):
        if _another_date(text, m.start()):
            continue  # 打印时间：2016/4/2 (a print view's own stamp), 成文日期
        d = page_date(parse_iso_date(m.group("d")))
        if d:
            return d, (m.start("d"), m.end("d"))
    labels = [m for m in colon_only.finditer(text) if not _another_date(text, m.start())]
    for m in labels:  # 发布日期：06-10-27: a year in two digits that no Republic's year of the web can be
        short = _TWO_DIGIT_YEAR.match(text, m.end())
        # (80 and on are read below as the Republic's where the page is Taiwan's: 98/03/12)
        if short and 2000 + (yy := int(short.group("y"))) <= date.today().year:
            year = 2000 + yy
            mm, dd = int(short.group("m")), int(short.group("d"))
            if valid_date(year, mm, dd) and (d := page_date(date(year, mm, dd))):
                return d, (short.start("y"), short.end())
    for m in labels:  # 日期：19990817: a database's date field, its digits run together
        if (compact := compact_date(text, m.end())) is not None and (d := page_date(compact[0])):
            return d, compact[1]
    for m in labels:  # 發佈日期：113-11-05, 发布日期：民国97年3月12日, 中华民国九十七年十一月五日: a Taiwan ROC date
        roc = roc_dates(text[m.end() : m.end() + 20], context=text)
        if roc and text[m.end() : m.end() + roc[0].start_pos] in _ROC_PREFIXES and roc[0].day is not None:
            r = roc[0]
            if d := page_date(date(r.year or 0, r.month, r.day or 1)):
                return d, (m.end(), m.end() + r.end_pos)
    for m in labels:  # 发布时间：二〇一九年七月二十四日
        written = find_raw_dates(text[m.end() : m.end() + 24], context=text)
        if written and written[0].start_pos == 0:
            r = written[0]
            if r.year is not None and r.day is not None and valid_date(r.year, r.month, r.day):
                if page_date(d := date(r.year, r.month, r.day)):
                    return d, (m.end(), m.end() + r.end_pos)
    agency = _AGENCY_DATELINE.search("\n" + text)  # a line start written \n: the regex skips to them
    if agency and (d := page_date(parse_iso_date(agency.group("d")))):
        return d, (agency.start("d") - 1, agency.end("d") - 1)
    spelled = _WRITTEN_DATELINE.search("\n" + text) if "日电" in text or "日讯" in text else None
    if spelled:
        raw = find_raw_dates(spelled.group("d"), context=text)
        y, day = (raw[0].year, raw[0].day) if raw else (None, None)
        if y is not None and day is not None and valid_date(y, raw[0].month, day):
            if d := page_date(date(y, raw[0].month, day)):
                return d, (spelled.start("d") - 1, spelled.end("d") - 1)
    first, footer = _edge_lines(text, body)
    # the header's patterns all read a date with its year's digits: lines without any are passed over
    # (and a bulleted link to another story, furniture with its own date: ·永安市举办笋竹文化节　2019-04-17)
    # (nor a line under a footer's label: 同版其他稿件： / 通辽市秋菜上市价格平稳（1991-09-14）, on a page so short
    # that its header's lines reach its footer)
    foot = next(
        (
            at
            for at, line in first
            if body is not None and _blanked(body, at, line) and SENTENCE_END.search(body, 0, at) and opens_footer(line)
        ),
        None,
    )
    header = [
        (at, line)
        for at, line in first
        if _YEAR_DIGITS.search(line) and not _dated_link(line, at, body) and (foot is None or at < foot)
    ]
    speech = speech_date(text)  # a printed speech's own date (（2005年7月13日） above 同志们：), no date of the page
    for at, line in header:
        line_match = _DATELINE.match(line) or _STAMP.search(line) or _BRACKETED.search(line)
        line_match = line_match or _PAGE_THEN_DATE.match(line) or _SOURCE_THEN_DATE.search(line)
        line_match = line_match or _CRUMB_DATE.search(line) or _DATE_THEN_CRUMB.match(line)
        line_match = line_match or _DATE_PAPER_PAGE.match(line) or _AFTER_BYLINE.search(line)
        bracketed = line_match is not None and (line_match.re is _BRACKETED or line.lstrip()[:1] in "（(【[")
        if bracketed and speech and at <= speech[1][0] < at + len(line):
            continue
        if line_match and (d := page_date(parse_iso_date(line_match.group("d")))):
            return _print_edition(header, d, page_date) or (d, (at + line_match.start("d"), at + line_match.end("d")))
    for at, line in header:
        dmy = _DMY.search(line)
        if dmy and len(line.strip()) <= SHORT_LINE and (d := page_date(_dmy(dmy))):
            return d, (at + dmy.start(), at + dmy.end())
    for at, line in first:  # a stamp with a year of two or three digits: [ 99年10月22日 ]　来源：…, (94年11月22日)
        # (its date holds 年 or a / or . between the numbers: a line without any is not searched)
        short = _SHORT_STAMP.search(line) if "年" in line or "/" in line or "." in line else None
        rd = roc_dates(short.group("d"), context=text) if short else []
        if short and rd and rd[0].year is not None and rd[0].day is not None:
            if d := page_date(date(rd[0].year, rd[0].month, rd[0].day)):
                return d, (at + short.start("d"), at + short.end("d"))
    for at, line in first:  # an e-paper's masthead in numerals: 二○○○年十月二十七日　星期五　第一版：要闻
        spelled_stamp = _WRITTEN_STAMP.search(line) if "年" in line else None
        if spelled_stamp:
            raw = find_raw_dates(spelled_stamp.group("d"), context=text)
            if raw and raw[0].year is not None and raw[0].day is not None:
                if valid_date(raw[0].year, raw[0].month, raw[0].day):
                    if d := page_date(date(raw[0].year, raw[0].month, raw[0].day)):
                        return d, (at + spelled_stamp.start("d"), at + spelled_stamp.end("d"))
    # a date alone on one of the last lines: a press release's stamp (2025年4月11日（星期五）); or after
    # the outlet on a source line (来源：扬州日报　1999-03-12)
    for at, line in reversed(footer):
        if _dated_link(line, at, body):
            continue
        alone = _DATE_ALONE.match(line) or _SOURCE_THEN_DATE.search(line)
        if alone and (d := page_date(parse_iso_date(alone.group("d")))):
            return d, (at + alone.start("d"), at + alone.end("d"))
    return None


# an issuing office's name alone on its line (鹰潭市人民政府办公室, 市发展改革委): a document's signature
@cache
def _issuer_line() -> re.Pattern[str]:
    """An office's name alone on its line: Chinese ending with an organization's word (rules/org_suffixes.txt)."""
    return re.compile(rf"^\s*[\u4e00-\u9fff（）()]{{2,30}}(?:{alternation(read_lines('org_suffixes.txt'))})\s*$")


def _signature_date(text: str, at: int) -> bool:
    """The date at ``at`` stands on the line under an issuing office's name: the document's own date
    (成文日期), not the page's."""
    line_start = text.rfind("\n", 0, at)
    if line_start < 0:
        return False
    prev_end = line_start
    prev_start = text.rfind("\n", 0, prev_end) + 1
    while prev_start > 0 and not text[prev_start:prev_end].strip():  # (blank lines between)
        prev_end = prev_start - 1
        prev_start = text.rfind("\n", 0, prev_end) + 1
    return _issuer_line().match(text[prev_start:prev_end]) is not None


def _signed_alone(text: str, span: tuple[int, int]) -> bool:
    """The date at ``span`` is alone on its line under an issuing office's name (a notice's sign-off), not a
    labelled stamp under a headline that ends as an office does (…旅游合作区 / 发布时间：…)."""
    lo = text.rfind("\n", 0, span[0]) + 1
    hi = text.find("\n", span[1])
    line = text[lo : hi if hi >= 0 else len(text)]
    return ":" not in line and "：" not in line and _signature_date(text, span[0])


_EDITION = re.compile(rf"(?P<d>{FULL_DATE}){_WEEKDAY_BRACKETED}?\s*(?:[>＞»›|｜/]\s*)?{_PAGE_NO}")
EDITION_LAG = 7  # days a portal's repost of a paper's page may come after its print


def _print_edition(
    header: list[tuple[int, str]], stamp: date, page_date: Callable[[date | None], date | None]
) -> tuple[date, tuple[int, int]] | None:
    """The date of the paper's page a portal reposts (【黑龙江日报 2011年8月24日 星期三 第03版】 under
    the portal's 2011-08-25 09:10 stamp): the article's own day, from which its 昨天 counts — the
    portal's stamp is the repost's.  Only an edition line (a date with its page number) of the
    header, dated up to ``EDITION_LAG`` days before the stamp."""
    for at, line in header:
        m = _EDITION.search(line)
        if m and (d := page_date(parse_iso_date(m.group("d")))) and 0 < (stamp - d).days <= EDITION_LAG:
            return d, (at + m.start("d"), at + m.end("d"))
    return None


@cache
def _other_dates() -> tuple[str, ...]:
    groups = read_groups("page_date_labels.tsv")
    return (*groups.get("other", ()), *groups.get("entry", ()))


def _another_date(text: str, label_at: int) -> bool:
    """A word before the label makes its date another one (打印时间, 成文日期: page_date_labels.tsv ``other``)."""
    return text.endswith(_other_dates(), 0, label_at)


HEADLINE_WINDOW = 12  # non-empty lines read for the headline before the lead
KICKER_PART_MAX = 6  # a kicker (引题) is short slogans side by side: 相互尊重 平等协商 优势互补
_ORIGINAL_TITLE = re.compile(r"^\s*(?:原标题\s*[:：]|#{1,6}\s)\s*")  # (# 标题: a markdown heading's marks)
_OUTLET_BRACKET = re.compile(r"^\s*[【\[](?P<s>[^】\]\s]{2,12})[】\]]\s*(?=\S{4})")
_CJK = re.compile(r"[\u4e00-\u9fff]")


_STORY_BULLET = re.compile(rf"[{STORY_BULLETS}]\s*")


BRACKETED_HEADLINE_MIN = 10  # a whole line in 【】 this long is a headline, not a tag (【深港合作】)
DATED_HEADLINE_MIN = 10  # characters of a headline before an archive's date that is cut off it
_TRAILING_DATE = re.compile(r"[ \t\u3000]+[\[【(（]?(?:19|20)[0-9]{2}[-./年][0-9]{1,2}[-./月][0-9]{1,2}日?[\]】)）]?$")


def _headline_text(line: str) -> tuple[str, int]:
    """The line without 原标题:, a leading outlet bracket (【澳门导报】…) and a story's bullet (■ on an
    e-paper page of several stories); chars cut at the start."""
    s = line.strip()
    cut = len(line) - len(line.lstrip())
    for pattern in (_STORY_BULLET, _ORIGINAL_TITLE, _OUTLET_BRACKET):
        m = pattern.match(s)
        if m:
            s, cut = s[m.end() :], cut + m.end()
    if s[:1] == "【" and s.endswith("】") and len(s) >= BRACKETED_HEADLINE_MIN:
        s, cut = s[1:-1], cut + 1  # a digest's story under its bracketed headline (【兰州海东两市签署…】)
    # (an archive's date after the headline, 川滇两地州共商泸沽湖保护开发　[2001-09-07]: the page's, not the title's)
    dated = _TRAILING_DATE.search(s)
    if dated and dated.start() >= DATED_HEADLINE_MIN:
        s = s[: dated.start()]
    return s.strip(), cut


def _is_meta_line(s: str) -> bool:
    if _DATE_ALONE.match(s) or (_DMY.fullmatch(s.strip()) is not None):
        return True  # a page stamp with its year (a WeChat post's day without one is no metadata)
    if _publisher_re().match(s):
        return True  # 发布机构：芜湖市人民政府办公室 (a document page's field, its value no headline)
    return bool(_labels()[0].search(s) or _DATELINE.match(s) or _STAMP.search(s) or is_credit_line(s)) and not (
        _BYLINE_START.match(s)
    )


def _skippable(s: str) -> bool:
    """Page furniture left in the body above the headline: short labels (湖南, 订阅), prompts
    and greetings (furniture.tsv ``nohead``), lines with little Chinese in them, outlet names."""
    if len(s) <= 4 or is_never_headline(s) or len(_NAV_SEPARATORS.findall(s)) >= NAV_SEPARATORS_MIN:
        return True
    if _label_line(s) or _BRACKET_TAG.fullmatch(s) or _section_label(s) or _DATE_BAR.fullmatch(s):
        return True  # 本版导航：头版 要闻…; 【深港合作】; 深圳新闻 · 对口支援; 中华民国93年6月19日　星期六
    if len(_CJK.findall(s)) < 0.5 * len(s.replace(" ", "")):
        return True
    return bool(_OUTLET_LINE.fullmatch(s))


_NAV_SEPARATORS = re.compile(r"[|｜丨>＞»]")
# a label and its items: 本版导航：头版　要闻; a document page's field padded to the table's width (文　　号：…)
_LABEL_LINE = re.compile(r"^(?:[^\s，。,:：][ \t\u3000]*){2,6}[:：]")
LABEL_ITEM_MAX = 8  # characters of an item after such a label


def _label_line(s: str) -> bool:
    """A label and its short items (本版导航：头版　要闻; 作者：张三), not a headline with a colon
    (吉浙对口合作：从“结对子”到“一家亲”)."""
    m = _LABEL_LINE.match(s)
    if m is None:
        return False
    items = s[m.end() :].split()
    if _speaker_label(s[: m.end() - 1].strip()) and all(len(it) >= SPOKEN_PHRASE_MIN for it in items):
        return False  # (縣長：以客家情誼搭橋　推動花蓮梅州交流: a headline quoting who said it, no field)
    return len(items) != 1 or len(items[0]) <= LABEL_ITEM_MAX


SPOKEN_PHRASE_MIN = 5  # characters of each phrase a headline quotes after its speaker's title


def _speaker_label(label: str) -> bool:
    """The label before a colon is an official's post (县长, 副市长, 市委书记): a speaker, no field's name."""
    m = head_start_re().match(label)
    return m is not None and m.end() == len(label) and len(label) <= SPEAKER_LABEL_MAX


SPEAKER_LABEL_MAX = 6


_BRACKET_TAG = re.compile(r"[【\[][^】\]]{1,12}[】\]]")  # a section tag alone on its line
_SECTION_PARTS = re.compile(r"\s+[·•/]\s+")
SECTION_PART_MAX = 6


def _section_label(s: str) -> bool:
    """A site's name and section joined by a spaced dot (深圳新闻 · 对口支援; an outlet's name of any
    length first: 山西日报数字报 · 历史档案库)."""
    parts = _SECTION_PARTS.split(s)
    if len(parts) < 2:
        return False
    first = 1 if _OUTLET_LINE.fullmatch(parts[0]) else 0
    return all(len(p) <= SECTION_PART_MAX for p in parts[first:])


NAV_SEPARATORS_MIN = 2  # 新湖南 | 首页 > 时政: a navigation line, however short its items
# (or its archive's or e-paper's name: 广西日报数字报刊档案库, 山西日报数字报, 人民日报图文数据库)
_OUTLET_LINE = re.compile(
    r"[^\s，,。]{2,8}(?:日报|晚报|时报|商报|导报|新闻|电视台|报)"
    r"(?:数字报刊档案库|数字报刊平台|数字报刊|数字报|电子版|电子报|档案库|数据库|图文数据库|资料库)?"
)


OFFICIAL_TITLE_MAX = 120  # an official document's title (…关于…的通知) may run this long


@cache
def _official_title() -> re.Pattern[str]:
    """关于…的<genre> at the end of a line: an official document's title (rules/official_document_genres.txt)."""
    genres = "|".join(re.escape(g) for g in sorted(read_lines("official_document_genres.txt"), key=len, reverse=True))
    return re.compile(rf"关于[^。！？]{{2,}}的(?:{genres})$")


def _headline_like(s: str) -> bool:
    """Short, no sentence inside it (。), not a date line or a byline; an official document's
    title (…关于…的通知) up to OFFICIAL_TITLE_MAX characters."""
    return (
        TITLE_MIN <= len(s) <= (OFFICIAL_TITLE_MAX if len(s) > TITLE_MAX and _official_title().search(s) else TITLE_MAX)
        and s[-1] not in "。；;，,：:"  # (a WeChat headline may end with ！ or ？: …一并落地！)
        and "。" not in s
        and not _DATE_LINE.match(s)
        and not _BYLINE_START.match(s)
    )


# two short phrases joined by a bar or a dot: a WeChat post's column tag (深惠协同丨区域合作, 成资同城｜协同发展)
_COLUMN_TAG = re.compile(r"[\u4e00-\u9fff]{2,8}\s*[丨|｜·•・]\s*[\u4e00-\u9fff]{2,8}")
_SUBTITLE_DASHES = "—－-─"
# a kicker that tells who spoke at what (王启明在平凉天水区域合作第三次联席会议上强调)
# a speech's own headline: where it was given (在河西五地市经济协作区第九次联席会议上的讲话)
_SPEECH_TITLE = re.compile(r"(?:上|时)的(?:讲话|致辞|报告|发言|主旨演讲|总结讲话|主持词)$")
_SPEECH_KICKER = re.compile(r"在[^，。！？]{2,40}?(?:上|时|期间)(?:强调|指出|表示|要求|讲话|致辞)$")


def _is_kicker_slogan(s: str) -> bool:
    parts = s.split()
    return len(parts) >= 2 and all(2 <= len(_CJK.findall(p)) == len(p) <= KICKER_PART_MAX for p in parts)


def _is_kicker(s: str) -> bool:
    """Short slogans side by side (相互尊重 平等协商 优势互补), or a line of theme opening with a
    kicker word (rules/kicker_words.txt), possibly after one-letter abbreviations (沪藏携手…)."""
    if _is_kicker_slogan(s) or _SPEECH_KICKER.search(s):
        return True
    if _COLUMN_TAG.fullmatch(s.strip()) and not _names_happening(s):
        return True  # (a post's column tag over its headline: 深惠协同丨区域合作, 甬黔情深 · 东西部扶贫协作)
    # (or one ending with what it sums up: 闽浙边界海上协作再上新台阶, rules/kicker_endings.txt)
    return bool(_kicker_opening().match(s) or _kicker_ending().search(s)) and not _names_happening(s)


@cache
def _kicker_ending() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in sorted(read_lines("kicker_endings.txt"), key=len, reverse=True))
    return re.compile(rf"(?:{words})\s*[!！]?$")


@cache
def _kicker_opening() -> re.Pattern[str]:
    from extract.extractors.parties import party_words

    kicker = sorted(read_lines("kicker_words.txt"), key=len, reverse=True)
    words = "|".join(re.escape(w) for w in kicker)
    longer = "|".join(re.escape(w) for w in kicker if len(w) > 1) or "(?!)"
    abbreviations = re.escape("".join(party_words().abbreviations))
    # (or two letters of any places before a word of two or more: 茂湛携手共建粤西增长极, 两市携手…; not before 在,
    # 为, 以: 池州在澳推介九华山旅游 is a headline)
    return re.compile(rf"(?:[{abbreviations}]{{0,4}}(?:{words})|[\u4e00-\u9fff]{{2}}(?:{longer}))")


def _names_happening(s: str) -> bool:
    """The line tells a meeting held, a document signed or a delegation's visit (…会议在长春召开, 两市签署…协议,
    州党政代表团赴秀山考察)."""
    from extract.extractors.event import event_rules, visit_headline

    rules = event_rules()
    happening = any(p.search(s) for p in (rules.name_first, rules.verb_first, rules.signing)) or "签" in s
    return happening or visit_headline(s)


# a header line of a date and the outlet or account beside it (2015-08-21　鄂托克前旗发布, 遂宁发布 2021-06-01)
_STAMP_WORDS = re.compile(
    rf"^\s*(?:(?P<a>[^\s\d，。:：]{{2,12}})\s+)?{FULL_DATE}{TIME_OF_DAY}?(?:\s+(?P<b>[^\s\d，。:：]{{2,12}}))?\s*$"
)


# a WeChat account's follow prompt naming the account in quotes (点击上方蓝字“黑龙江商务”关注我们)
_FOLLOW_PROMPT = re.compile(
    r"(?:点击|点)?(?:上方|上面|标题下)?(?:蓝字|蓝色字)?[“\"「](?P<a>[^”\"」\n]{2,16})[”\"」]\s*(?:一键)?关注"
)
FOLLOW_PROMPT_CHARS = 600  # the prompt stands in the post's header part


def follow_accounts(text: str) -> frozenset[str]:
    """The accounts a WeChat post's follow prompts name (点击上方蓝字“黑龙江商务”关注我们): the page's
    text, furniture included (the prompt is furniture, the account's name above it no headline)."""
    head = text[:FOLLOW_PROMPT_CHARS]
    return frozenset(m.group("a") for m in _FOLLOW_PROMPT.finditer(head)) if "关注" in head else frozenset()


def _stamp_words(body: str) -> set[str]:
    """The outlets or accounts that header stamps name beside their date: no headline, written alone."""
    out: set[str] = set()
    for _, line in line_offsets(body)[: HEADLINE_WINDOW + 2]:
        # (the stamp's date opens with its year, 19xx or 20xx: a line without either is not tried)
        m = _STAMP_WORDS.match(line) if "19" in line or "20" in line else None
        if m:
            out.update(w for w in m.group("a", "b") if w)
    return out


def find_title(body: str, accounts: frozenset[str] = frozenset()) -> tuple[str, tuple[int, int]] | None:
    """The headline (:func:`_first_headline`), with the line it runs on into where a wrap broke it after a
    verb that wants a document as its object (安顺黔南两市州签署 / 区域合作框架协议: one headline)."""
    found = _first_headline(body, accounts)
    if found is None or not _OPEN_END.search(found[0]) or found[0].endswith(tuple(document_rules().kinds)):
        return found
    end = found[1][1]
    nl = body.find("\n", end)
    if nl < 0 or body[end:nl].strip():
        return found
    nxt_end = body.find("\n", nl + 1)
    nxt_end = len(body) if nxt_end < 0 else nxt_end
    raw = body[nl + 1 : nxt_end]
    s = raw.strip()
    joined = found[0] + s
    if not s or not _WRAP_TAIL.fullmatch(s) or len(joined) > TITLE_MAX or not _headline_like(joined):
        return found
    if not s.endswith((*document_rules().kinds, *_zone_words())):
        # (the object the verb wants: a document, 区域合作框架协议, or a zone built together, 签署协议共建 /
        # 川渝文旅融合发展示范区; not a deck, 城际客运班线将实行…)
        return found
    # (the next line goes on the headline: a noun phrase, no verb of its own, no date or label)
    if _names_happening(s) or _is_meta_line(s) or _DATE_LINE.match(s):
        return found
    # (the body is the text with its furniture blank: the two lines stand apart in it, so the title's span is
    # its first line's start to the second's end)
    at = nl + 1 + raw.find(s)
    return joined, (found[1][0], at + len(s))


@cache
def _zone_words() -> tuple[str, ...]:
    """The words a zone's or a built area's name ends with (rules/zone_words.tsv ``zone`` and ``area``: 经济带,
    城市群, 示范区)."""
    groups = read_groups("zone_words.tsv")
    return (*groups.get("zone", ()), *groups.get("area", ()))


# a headline line that stops where a wrap broke it: after a verb that wants its object, a document, or inside
# that object's name (莱芜济南两市签署全面深化融合 / 发展战略合作框架协议); not 签约, which wants no object
_OPEN_END = re.compile(r"(?:签署|签订|共签|发布|审议通过|通过)[^\s，。；、！？]{0,16}$")
_WRAP_TAIL = re.compile(r"[\u4e00-\u9fff《》“”「」0-9A-Za-z·—-]{2,30}")  # the rest: a short phrase, no punctuation


def _first_headline(body: str, accounts: frozenset[str] = frozenset()) -> tuple[str, tuple[int, int]] | None:
    """The headline: the first line of the article, when it reads as one.

    Lines above it that are page furniture (labels, prompts, greetings, a site's name) and
    metadata lines (发布时间…来源…) are passed over; 原标题: and a leading outlet bracket are cut
    off; a first line that tells no happening and names no place (a kicker's slogans, 引题, or a
    site's line) gives way to a headline under it that tells one (…会议在包头召开, 两市签订…协议).  No headline: the
    first line is a date alone (a WeChat post's day), a byline or credit, or a sentence (ends
    with 。 or runs long) — the page starts with its lead.
    """
    labelled = _labelled_title(body)
    if labelled is not None:
        return labelled
    seen = 0
    found: tuple[str, tuple[int, int]] | None = None
    stamped = _stamp_words(body) | accounts  # (and the accounts the page's follow prompts name)
    # (the window's lines and the one after it: a list's item is told by its neighbours)
    lines = list(itertools.islice(((at, line) for at, line in line_offsets(body) if line.strip()), HEADLINE_WINDOW + 1))
    for k, (at, line) in enumerate(lines):
        seen += 1
        if seen > HEADLINE_WINDOW:
            break
        marked = opens_with_mark(line)
        if marked and any(opens_with_mark(o) for _, o in lines[max(0, k - 1) : k + 2] if o is not line):
            continue  # (本版标题 / ‧澳上饶签… / ‧社文司晤…: an e-paper's list of the page's stories, no headline)
        s, cut = _headline_text(line)
        if not s or _is_meta_line(s) or s in stamped:
            continue  # (鄂托克前旗发布 over the stamp 2015-08-21　鄂托克前旗发布: the account's name)
        if _skippable(s) and not (found is None and _DATE_LINE.match(s)):
            continue
        if not _headline_like(s):
            return found
        start = at + cut
        if found is None:
            found = (s, (start, start + len(s)))
            lead = body[start + len(s) : start + len(s) + PLACE_CONTEXT]
            # (letters name places in a headline over one line, not over a main line and its dashed subtitle:
            # 杭绍同城再提速 over 杭绍两市签下八项合作协议 / ——…联席会议昨天在绍兴举行 is a kicker)
            letters = not _subtitle_after_next(lines, k)
            if not letters:
                continue  # (a kicker over the main line and its subtitle: the next line is read below)
            if _kicker_of_three(lines, k, s):
                continue  # (桂黔两地携手续写红色情缘 / 百色遵义签订…协议 / 两市将联合推出…: the main line read below)
            named = _names_sides_below(lines, k, s, body)
            if named is not None:
                return named  # (两地签署…协议 over 即墨莱阳携手共建跨市合作先行区: the kicker over the main line)
            if not _is_kicker(s) and (_names_happening(s) or _names_place(s) or _names_place(s, lead, letters)):
                return found
            continue
        if s[0] in _SUBTITLE_DASHES:
            return found  # ——X会议在宝鸡召开: a subtitle under the headline
        if _ORIGINAL_TITLE.match(line) and line.lstrip().startswith("原"):
            return found  # (原标题：《…》 under a repost's headline: the title it had before, not this page's)
        if k + 1 < len(lines) and _is_subtitle(lines[k + 1][1]):
            # (a kicker, the main line and its subtitle: 晋陕两县共谋旅游发展 / 河曲府谷隔河携手打造黄河旅游品牌 /
            # ——签订旅游合作框架协议 — the line over the subtitle is the headline)
            return (s, (start, start + len(s)))
        if _SPEECH_KICKER.search(found[0]):
            # 王启明在…联席会议上强调 over 携手融入关天经济区…: who spoke where is the kicker of the headline
            return (s, (start, start + len(s)))
        if _SPEECH_TITLE.search(found[0]):
            return found  # 在…联席会议上的讲话 over its speaker's line (张掖地区行署专员　郑国华)
        # (a first line that names neither gives way to one that names a place too: 普洱茶乡牵手热带雨林
        # over 思茅西双版纳携手打造滇西南旅游圈)
        placed = not _names_place(found[0]) and _names_place(s)
        parts = len(_DECK_PARTS.split(s.strip()))
        decked = parts > DECK_MIN_PARTS or (parts == DECK_MIN_PARTS and not _is_kicker(found[0]))
        # (three facts or more are a deck under any headline, one of two phrases too: 中投攜手 拚觀光振興產業 over
        # 縣長會談 簽署合作備忘錄 大陸客套裝行程11月上路)
        if decked and (parts > DECK_MIN_PARTS or not _DECK_PARTS.search(found[0].strip())):
            # 温港经贸合作再上新台阶 over …洽谈会在港举行　签约项目42个　总投资18.6亿美元, “常锡同城化”迈出新步伐 over
            # 两市召开…联席会议　签署六项合作协议: its deck (not under a kicker: 茂湛携手共建粤西增长极 over
            # 湛江市党政代表团来茂考察　两市举行工作座谈会, the headline)
            return found
        if parts == DECK_MIN_PARTS and _two_phrases(found[0]) and not _is_kicker(found[0]):
            # 金同乡镇交流座谈　两岸基层携手拓展农特产品通路 over 签署合作备忘录　同安将组团来金参展: a headline of two
            # phrases (no kicker's slogans) over a line of two more, its deck
            return found
        if not _names_happening(found[0]) and (_names_happening(s) or _is_kicker_slogan(found[0]) or placed):
            # the headline under a kicker (相互尊重 平等协商; 边区合作谱新篇, which names no place,
            # over …联席会议在包头召开) or under a line of the site's own (中国新闻网 - 首页 - 地方新闻)
            return (s, (start, start + len(s)))
        return found
    return found


# a line's subject a count of places or sides (两地, 两市, 双方): it refers to places the headline names elsewhere
_COUNTED_SUBJECT = re.compile(r"^[两三四五六七八九十双][地市县区州盟方省岸]")


def _names_sides_below(
    lines: list[tuple[int, str]], k: int, s: str, body: str
) -> tuple[str, tuple[int, int]] | None:
    """Line ``k`` (``s``) opens with a count of sides and names no place (两地签署战略合作框架协议), the line
    right under it names the places (即墨莱阳携手共建跨市合作先行区) and no third headline line follows: the first
    is the kicker, the second the headline (the count refers to the places the headline names; under a headline
    naming them, 池州在澳推介九华山旅游 / 两地旅游部门签合作备忘录, such a line is the deck, never read here)."""
    if k + 1 >= len(lines) or not _COUNTED_SUBJECT.match(s) or _names_place(s):
        return None
    at, line = lines[k + 1]
    if at != lines[k][0] + len(lines[k][1]) + 1:
        return None  # (not right under it)
    s2, cut = _headline_text(line)
    if not s2 or not _headline_like(s2) or _is_meta_line(s2) or _skippable(s2) or SENTENCE_END.search(s2):
        return None
    if k + 2 < len(lines) and lines[k + 2][0] == at + len(line) + 1 and _headline_like(lines[k + 2][1].strip()):
        if not SENTENCE_END.search(lines[k + 2][1]) and len(lines[k + 2][1].strip()) <= THREE_LINE_MAX:
            return None  # (three headline lines: read as kicker, main line and deck elsewhere)
    lead = body[at + len(line) : at + len(line) + PLACE_CONTEXT]
    if not _names_place(s2, lead, True):
        return None
    return s2, (at + cut, at + cut + len(s2))


def _subtitle_after_next(lines: list[tuple[int, str]], k: int) -> bool:
    """The line after the next one of ``lines`` opens with a subtitle's dash (——…)."""
    return k + 2 < len(lines) and _is_subtitle(lines[k + 2][1])


THREE_LINE_MAX = 32  # characters of each line of a kicker, main line and deck set one under the other


def _kicker_of_three(lines: list[tuple[int, str]], k: int, s: str) -> bool:
    """Line ``k`` (``s``) opens a block of three headline lines set one under the other — 引题, 主题, 副题 — and tells
    no happening where the main line under it does: it is the kicker."""
    if k + 2 >= len(lines) or _names_happening(s):
        return False
    block = lines[k : k + 3]
    adjacent = all(b[0] == a[0] + len(a[1]) + 1 for a, b in itertools.pairwise(block))
    short = all(len(line.strip()) <= THREE_LINE_MAX and not SENTENCE_END.search(line) for _, line in block)
    main = block[1][1].strip()
    worded = _CJK.search(block[2][1]) is not None  # (a deck of words: not a rule of dashes, ────)
    return adjacent and short and worded and _names_happening(main) and not _is_meta_line(main) and not _skippable(main)


def _inside_given(title: str, given: str | None) -> bool:
    """The headline the text's reading took is part of the given title (its second line, run on after a kicker)."""
    return given is not None and to_simplified(title) in to_simplified(given)


def _is_subtitle(line: str) -> bool:
    """A subtitle's line: a dash, then words (——签订旅游合作框架协议; not a rule of dashes alone, ────)."""
    s = line.strip()
    return s[:1] in _SUBTITLE_DASHES and _CJK.search(s.lstrip(_SUBTITLE_DASHES)) is not None


DECK_MIN_PARTS = 2  # a line of this many facts set apart by spaces under a headline of one phrase: its deck
PHRASE_MIN = 5  # Chinese characters of each of a headline's two phrases (金同乡镇交流座谈　两岸基层携手…)


def _two_phrases(s: str) -> bool:
    """Two phrases of a headline set apart by a space, each of ``PHRASE_MIN`` Chinese characters or more (no
    site's line of sections: 首页 > 地方, 自由时报电子报　即时　政治)."""
    parts = _DECK_PARTS.split(s.strip())
    return len(parts) == DECK_MIN_PARTS and all(len(_CJK.findall(p)) >= PHRASE_MIN for p in parts)
_DECK_PARTS = re.compile(r"[ \t\u3000]+")
PLACE_CONTEXT = 400  # characters after a first line read with it for the places it names by short forms

# a page's field of its headline: 标题：X, or 标　　题 alone on its line over X (a table of fields); on a
# government's document page 名　　称：X
_SP = r"[ \t\u3000]*"
_TITLE_LABEL = re.compile(
    rf"^{_SP}(?:(?:新闻|文章|主)?标{_SP}题|名{_SP}称|正?题{_SP}名|篇{_SP}名|正{_SP}题){_SP}(?:[:：]{_SP}|\n{_SP})"
    # (or in brackets, as a newspaper database's record gives it: 【标题】五台山恒山云冈串成一条线…; the main line of a
    # record that gives the kicker and the deck their own fields, 【引题】…【正题】…【副题】…)
    rf"|^{_SP}[【\[](?:(?:新闻|文章|主)?标题|题名|篇名|正题)[】\]]{_SP}[:：]?",
    re.M,
)  # (not 题目: a talk's)
TITLE_LABEL_CHARS = 1500  # the field stands in the page's header part


HEADER_BELOW = 3  # lines under a headline the page's header took in which its last marker stands


def _under_header(text: str, body: str, accounts: frozenset[str]) -> tuple[str, tuple[int, int]] | None:
    """The headline the page's header took where the header's last marker stands right under it (a
    share bar under the headline: 分享到：微博 | QQ空间 under 东川市曲靖地区联手开发小江流域): read from
    the text's own lines, where a furniture line follows it within ``HEADER_BELOW`` lines."""
    if body == text:
        return None
    found = find_title(text, accounts)
    if found is None or body[found[1][0] : found[1][1]].strip():
        return None  # (none, or one the body kept: the body's reading said no)
    after = [(at, line) for at, line in line_offsets(text) if at > found[1][1] and line.strip()][:HEADER_BELOW]
    marker = any(is_furniture_line(to_simplified(line)) and not body[at : at + len(line)].strip() for at, line in after)
    return found if marker else None


# a title field in a line of fields (重庆日报数据库　检索结果… 标题：X 副题：Y 来源：Z), after a space, and the
# label of the field after it
_INLINE_TITLE_LABEL = re.compile(r"(?<=[ \t\u3000])(?:标题|题名|篇名)[:：][ \t\u3000]*")
_NEXT_FIELD_LABEL = re.compile(r"[ \t\u3000]+[\u4e00-\u9fff]{2,4}[:：]|[ \t\u3000]+[【\[]|\n")


def _labelled_title(body: str) -> tuple[str, tuple[int, int]] | None:
    """The headline a page gives as a labelled field (标题：X; 标　　题 / X)."""
    # (a field whose value its line leaves empty is the group's label: 【题名】 over 引题：… / 正题：X / 副题：…)
    m = next((x for x in _TITLE_LABEL.finditer(body, 0, TITLE_LABEL_CHARS) if _field_value(body, x.end())), None)
    if m is None:
        m = _INLINE_TITLE_LABEL.search(body, 0, TITLE_LABEL_CHARS)
        if m is None:
            return None
        # (a record that lost its line breaks: the field runs to the next field's label, 标题：X 副题：Y 来源：Z)
        field_end = _NEXT_FIELD_LABEL.search(body, m.end())
        end = field_end.start() if field_end is not None else body.find("\n", m.end())
    else:
        end = body.find("\n", m.end())
    line = body[m.end() : len(body) if end < 0 else end]
    s = line.strip()
    if not s or not _headline_like(s):
        return None
    start = m.end() + line.index(s[0])
    return _as_displayed(body, s, end) or (s, (start, start + len(s)))


def _field_value(body: str, at: int) -> str:
    """What a field's label at ``at`` gives on its line."""
    end = body.find("\n", at)
    return body[at : len(body) if end < 0 else end].strip()


_TITLE_MARKS = re.compile(r"[《》〈〉“”「」『』\"]")


def _as_displayed(body: str, field: str, after: int) -> tuple[str, tuple[int, int]] | None:
    """The headline as the page displays it below a field that gave it with its marks dropped (名称：…关于印发X的通知
    over …关于印发《X》的通知): a line of the header part after the field whose text is the field's but for the
    marks of names and quotes."""
    bare = _TITLE_MARKS.sub("", field)
    if after < 0:
        return None
    for at, line in line_offsets(body[after:TITLE_LABEL_CHARS]):
        s = line.strip()
        if s != field and len(s) > len(field) and _TITLE_MARKS.sub("", s) == bare:
            start = after + at + line.index(s[0])
            return s, (start, start + len(s))
    return None


def _names_place(s: str, context: str = "", letters: bool = False) -> bool:
    """A line names a place of the gazetteer (a headline does; a kicker's slogan mostly not).  With
    the ``context`` after it, which supports short forms: two places (梁平大竹携手共建… over a lead
    naming 重庆市梁平区 and 大竹县; one, as an account's name or a menu's last item, is no sign)."""
    from extract.extractors.regions import find_regions

    if not context:
        return bool(find_regions(to_simplified(s)))
    found = find_regions(to_simplified(f"{s}\n{context}"))
    if sum(any(span[0] < len(s) for span in r.spans) for r in found) >= 2:
        return True
    # (or, with ``letters``, by their letters, which the lead's places read: 锡呼两地携手打造向北开放口岸群 over a lead
    # naming 锡林郭勒盟 and 呼伦贝尔市)
    if not letters:
        return False
    from extract.extractors.parties import title_sides

    return len(title_sides(to_simplified(s.strip()), found)) >= 2


# ---------------------------------------------------------------- the frame from all the evidence


@cache
def _url_date_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((granularity, re.compile(pattern)) for granularity, pattern in read_tsv("url_dates.tsv"))


_PRINTED_URL = re.compile(r"https?://[^\s，。<>\"'|｜]+")


def printed_url(text: str) -> str | None:
    """An address the page prints in its header lines (``http://www.scdaily.com.cn/1998/06/10/…``,
    a saved page's URL line): the article's own, read as a URL given with it would be."""
    if "http" not in text:
        return None
    for _, line in [(at, line) for at, line in line_offsets(text) if line.strip()][:HEADER_LINES]:
        m = _PRINTED_URL.search(line)
        if m:
            return m.group()
    return None


def url_date(url: str | None, latest: date | None = None) -> tuple[date, str] | None:
    """The date an article's URL names (``/2013-05/23/``, ``t20130523_``, ``/201305/``:
    rules/url_dates.tsv) and its granularity (``day`` or ``month``: then its first day); none
    before 1990 or after ``latest`` (the crawl time; else today)."""
    if not url:
        return None
    path = re.sub(r"^[a-zA-Z][a-zA-Z0-9+.-]*://[^/]*", "", url)  # a host's digits are no date
    for granularity, pattern in _url_date_patterns():
        for m in pattern.finditer(path):
            y, mo = int(m.group("y")), int(m.group("m"))
            d = int(m.group("d")) if granularity == "day" else 1
            if valid_date(y, mo, d) and page_date(date(y, mo, d), latest):
                return date(y, mo, d), granularity
    return None


@dataclass(frozen=True)
class Frame:
    """The article's title, source and publish date with where each came from, the reference day
    for relative days and open years, and the latest day any date of it may be."""

    title: tuple[str, tuple[int, int]] | None
    title_from: str | None
    source: tuple[str, tuple[int, int] | None] | None
    source_from: str | None
    publish_date: tuple[date, tuple[int, int] | None] | None
    publish_date_from: str | None
    reference: date | None
    latest: date | None


def _month_end(d: date) -> date:
    nxt = date(d.year + d.month // 12, d.month % 12 + 1, 1)
    return nxt - timedelta(days=1)


OTHER_LINE_SHARE = 0.5  # below this share of its characters in the line taken, a markup headline is another line


LEAD_REACH = 600  # characters after it in which the lead would write it again


def frame(body: str, text: str, origin: Origin, reference: date | None = None) -> Frame:
    """The article frame from the text and the evidence beside it (README "Inputs"):

    - publish date: the page's own statement (label, dateline, stamp: ``page``), else the date
      given with the input (``input``), else the HTML page's date (htmldate: ``html``), else a day
      in its URL (``url``: the given URL, else one the page prints in its header lines); never one
      after the crawl time;
    - title: the headline found in the text (``page``; ``html`` or ``input`` when it is the
      headline line the reader put first from the page's markup or the given title), else the
      given title (a page's headline line that does not read as one — a date stamp, a site's
      name — is none); a given title's own line of the text (or the first of two it runs
      together) over another line the reading took (``input``); the markup's headline line above
      a deck the reading took (``html``);
    - source: the outlet the text names (``page``), else the given source (``input``), else the
      page's source meta tag (``html``);
    - reference for relative days and open years: the user's reference date, else a month named
      in the URL (its last day), else the crawl time (the publish date, when there is one, comes
      first in ``dates``);
    - latest: the crawl time: no publish date and no resolved date after it.
    """
    given = origin.given
    crawl = given.crawl_time
    accounts = follow_accounts(text)
    line = origin.title_line
    title = find_title(body, accounts)
    if title is None and (under := _under_header(text, body, accounts)) is not None:
        # (not the <title> the page's reading put first: whether that is a headline is its call)
        if not (line and origin.title_line_from == "html" and under[1][0] < line[1] and line[0] < under[1][1]):
            title = under
    title_from = "page" if title else None
    if title and line and title[1][0] < line[1] and line[0] < title[1][1]:
        # (a given title the text writes already, where the text's reading took it too: the page's)
        if origin.title_line_from != "input" or origin.text_from.startswith("title+"):
            title_from = origin.title_line_from
    elif title and line and origin.title_line_from == "input" and _inside_given(title[0], given.title):
        # (the given title runs the kicker and the line the reading took together: 蒙甘两市携手… 巴彦淖尔与嘉峪关
        # 签署…协议 — the reading's line is one of the given title's own)
        title_from = "input"
    elif title and line and origin.title_line_from == "input" and not is_never_headline(text[slice(*line)].strip()):
        # the given title is a line of the text other than the one the text's reading took (a kicker
        # over it: 川南一体化｜宜泸携手共建川南"双核"): the given headline's line stands (not a digest's
        # name, 兰州发布｜今日要闻, over the story the text's reading took: furniture.tsv ``nohead``)
        s = text[line[0] : line[1]].strip()
        title, title_from = (s, (line[0], line[0] + len(s))), "input"
    elif title and line and origin.title_line_from == "html" and line[1] <= title[1][0]:
        # the page's markup names its headline above the line the text's reading took (衢饶示范区建设迈出
        # 关键一步 over its deck 两市签署共建协议…, which tells the happening): where that line reads as a
        # headline and no kicker, the markup's word stands
        s = text[line[0] : line[1]].strip()
        # (and where it is another line, not a shortened form of the one taken — a <title> such as
        # 北宜合作会报 签署区域治理协议 over the headline 北宜合作会报在板桥召开　两县签署区域治理合作协议)
        chars = set(_CJK.findall(s))
        shared = len(chars & set(title[0])) / len(chars) if chars else 1.0
        if shared < OTHER_LINE_SHARE and _headline_like(s) and not _skippable(s) and not _is_kicker(s):
            title, title_from = (s, (line[0], line[0] + len(s))), "html"
    elif title is None and line is not None and origin.title_line_from == "input":
        title, title_from = (text[line[0] : line[1]], line), "input"  # given: a headline, however it reads
    elif title is None and line is not None and origin.title_line_from == "html":
        # the markup's headline line the body's furniture took with the header (景泰县与沙坡头区签订…协议 over
        # 设为首页 | 加入收藏 | 联系我们): the page's reading put it first as the headline, and it reads as one
        s = text[line[0] : line[1]].strip()
        # (not a piece of the lead the <title> cut out, which the text goes on to write and run on from: no
        # headline; a breadcrumb that ends with it is none)
        again = text.find(s, line[1], line[1] + LEAD_REACH)
        lead_piece = again >= 0 and text[again + len(s) : again + len(s) + 1] not in ("\n", "")
        # (the page's <title> line, 吴县市与长兴县缔结友好县市--苏州日报网络版, is the headline with the site's name)
        if lead_piece and text[again - 1 : again] in ("\n", "") and TITLE_SEPARATOR.match(text, again + len(s)):
            lead_piece = False
        if s and _headline_like(s) and not _skippable(s) and not _is_meta_line(s) and not lead_piece:
            title, title_from = (s, (line[0], line[0] + len(s))), "html"
    if title is not None:
        # (a headline line with the site's or the channel's name after it: 湖州无锡两市签署…_湖州频道_浙江在线,
        # 厦港深化经贸合作　签署六项协议 - 香港文汇报)
        bare = title_without_site_ends(title[0])
        if bare and bare != title[0] and (at := title[0].find(bare)) >= 0:
            title = (bare, (title[1][0] + at, title[1][0] + at + len(bare)))
    # the body too: there the page's header furniture is blank, so an outlet that opens the page (【澳门导报】
    # before the headline) is read below a breadcrumb as well (a page without furniture: the body is
    # the text, read once)
    source: tuple[str, tuple[int, int] | None] | None = find_source(text) or (
        find_source(body) if body != text else None
    )
    source_from = "page" if source else None
    for value, where in ((given.source, "input"), (origin.html_source, "html")):
        if source is None and value and value.strip():
            source, source_from = (as_recorded(value), None), where
    publish: tuple[date, tuple[int, int] | None] | None = find_publish_date(text, crawl, body)
    publish_from = "page" if publish else None
    if publish and publish[1] and given.publish_date and _signature_date(text, publish[1][0]):
        publish = None  # (a notice's 成文日期 under its issuer's name: the given day of its release wins)
    # the article's address: the given one, else one the page prints in its header (a saved page's
    # URL line); like a given one it is evidence beside the text, not a date the text writes
    url = given.url or printed_url(text)
    in_url = url_date(url, crawl)
    url_day = in_url[0] if in_url and in_url[1] == "day" else None
    given_day = given.publish_date if given.publish_date and (crawl is None or given.publish_date <= crawl) else None
    for day, where in ((given_day, "input"), (page_date(origin.html_date, crawl), "html"), (url_day, "url")):
        if publish is None and day is not None:
            publish, publish_from = (day, None), where
    if reference is None and in_url and in_url[1] == "month":
        reference = min(_month_end(in_url[0]), crawl) if crawl else _month_end(in_url[0])
    return Frame(title, title_from, source, source_from, publish, publish_from, reference or crawl, crawl)
