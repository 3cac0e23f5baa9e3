"""Media staff from bylines and credit lines.

Credit contexts are found first, then parsed into ``label: names`` segments:

- parenthesised bylines: ``(记者:孙飞 摄影:王振)``, ``湖北日报讯(记者李保林、陈迹)``,
  ``(新华社记者 王华 摄)``;
- short credit lines: ``王华 摄``, ``责任编辑:倪珺``, ``总值班: 吴弋 编辑: 贾元元``,
  ``文字:大连新闻传媒集团记者鹿道铭``, ``图片:老将黄忠、大连新闻传媒集团记者王华``,
  ``文/陈小敏　图/黄立`` (a slash before a name works as a colon), ``图/佛山日报记者 戴伟健``
  (the label's role wins: 摄影 only); a bar works as a colon too (``记者｜张小军``).

Labels and their role class come from ``rules/staff_labels.tsv``.  A label written after
the names (``王华 摄``) credits the names before it; a label right after another label's
colon is part of its value, so the first label's role wins (``图片：记者 田野`` → 摄影); an
organization + 记者 in front of a name (``大连新闻传媒集团记者王华``) is stripped, and an outlet
glued to the first label of a credit is skipped (``（四川日报全媒体记者 林小禾）``); anything
else before `` 摄`` is kept as written (pen names: ``老将黄忠``).  A name padded with a space to
the width of three characters (``记者 龙 璐``) is one name; page labels next to a credit
(``网友评论``, ``rules/page_labels.txt``) are no names.

A byline may also carry no label at all: a name in brackets right after a dateline
(``新华社南宁5月3日电(韦小明)``, ``本报讯（林海）``) or closing a paragraph (``…签署合作协议。（朱宇）``)
credits a journalist (记者) when every item reads as a person's name (a surname and one or
two characters, no place, no organization).

The spans of all credit contexts are returned so that
the officials extractor can ignore them (a journalist is never an official).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from typing import cast

from extract.extractors.meta import FULL_DATE, TIME_OF_DAY
from extract.extractors.namelex import (
    COMMON_WORD,
    alternation,
    is_han,
    is_place_name,
    lexicon,
    matches_at,
    minority_name_chars,
    places,
    word_frequency,
)
from extract.models import Role, StaffMember
from extract.rules import read_groups, read_lines, read_tsv
from extract.text.html import site_word
from extract.text.prefilter import first_chars

ROLE_ORDER: tuple[Role, ...] = ("记者", "摄影", "编辑")
POSTFIX_LABELS = frozenset({"摄", "摄影", "摄像", "图", "来稿"})  # (王华 摄; 乌云　刘向东　来稿)
_SEP = r"[、，,;；\s/／|｜丨]+"
_MAX_LINE = 100
# an outlet in front of the first label of a credit (四川日报全媒体记者 林小禾, 海南日报记者 符小琴):
# the label still starts the credit when a space follows it
# (an outlet's name may join two with a dot: 新甘肃·甘肃日报记者)
_ORG_LABEL = re.compile(r"\s*[\u4e00-\u9fff]{2,14}?(?:[·・][\u4e00-\u9fff]{2,14}?)?(?:记者|通讯员)")
# bullets and dashes a credit line may open with (■记者 王佳, ——记者 吴迪, ◎ 文/图 钱程)
_BULLETS = "□■◎●○◆◇★☆▲△▪•—"
_NUMERALS = frozenset("一二三四五六七八九十")
_PHOTO_SIDES = frozenset("左右")  # surnames that with a numeral tell a place in a photo (左一, 右二)
# an agency's or a paper's journalist opening a credit, the name glued after it (中央社记者陈志豪…电)
_OUTLET_LABEL = re.compile(
    r"\s*(?:[\u4e00-\u9fff]{2,12}?[·・])?[\u4e00-\u9fff]{1,12}?(?:社|报|台|网|新闻|客户端)(?:特派|驻[\u4e00-\u9fff]{1,3})?(?:记者|通讯员)"
)
_FILED_DAY = (  # 8日电, 十六日电, 3月5日电
    r"(?:(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})月)?(?:[0-9０-９]{1,2}|[一二三四五六七八九十廿卅]{1,3})日电"
)
_DATELINE_TAIL = re.compile(rf"{_FILED_DAY}$")
_OPENING = ("（", "(", "【", "[", "〔", "〖")  # the brackets a bracketed credit opens with (_res()["paren"])
_CAPTION_CUT = re.compile(r"[\s。！？；;：:，,]+")


@cache
def _labels() -> dict[str, Role]:
    out: dict[str, Role] = {}
    for row in read_tsv("staff_labels.tsv"):
        if len(row) >= 2 and row[1] in ROLE_ORDER:
            out[row[0]] = cast(Role, row[1])
    return out


def _line_start(lab: str, glued: bool) -> re.Pattern[str]:
    """A credit line opening with a label; with ``glued`` an outlet may be glued to the first
    label (湘江时报全媒体记者 刘思远, 大众网·海报新闻记者 崔晓林: a space after it), which needs 记者 in
    the line.  (Matched on every short line: the outlet's lazy run of 2-14 characters, each tried
    before 记者, was half the cost of a line without it.)"""
    outlet = r"|[\u4e00-\u9fff·]{2,14}?[ \t\u3000]?(?=(?:全媒体|融媒体)?记者\s)" if glued else ""  # (大众网·海报新闻)
    return re.compile(
        rf"^\s*[{_BULLETS}]*\s*(?:本报|新华社{outlet})?"
        rf"(?:{lab})(?:\s*[/／]\s*(?:{lab}))*"
        # (a name after a bar or a slash: two to four characters, or two parts and a dot: 审核｜麦尔哈巴·吐尔逊)
        rf"(?:\s*[:：]|\s*[/／|｜丨]\s*{_NAME}(?:\s|$)|(?![^\n]*[，。！？])\s+\S"
        # 图/佛山日报记者 戴伟健: an outlet's journalist after the slash (and the next label's credit after it:
        # 文/阳江日报记者 谭颖　图/林浩)
        rf"|\s*[/／]\s*[\u4e00-\u9fff]{{0,14}}?(?:记者|通讯员)\s*[\u4e00-\u9fff]{{2,4}}"
        rf"(?:{_SEP}(?:(?:{lab})\s*[/／:：]?\s*)?[\u4e00-\u9fff]{{2,4}})*\s*$"
        # (or each name glued to its label: 记者赵卫红　通讯员李建军)
        rf"|[\u4e00-\u9fff]{{2,4}}(?:{_SEP}(?:(?:{lab})\s*)?[\u4e00-\u9fff]{{2,4}})*\s*$)"
    )


# a credited name in a byline: two to four characters, or a transliterated name's parts set apart by a dot
# (艾尔肯·吐尔逊, 阿不都热依木·买买提)
_DOTTED_NAME = r"[\u4e00-\u9fff]{1,8}[·・][\u4e00-\u9fff]{1,8}"
_NAME = rf"(?:{_DOTTED_NAME}|[\u4e00-\u9fff]{{2,4}})"
# (… or, in a list of names before 报道, a minority's name of five or six characters: 记者乌云毕力格、张宏伟报道 —
# the items are read as names after, ``_items``)
_LISTED_NAME = rf"(?:{_DOTTED_NAME}|[\u4e00-\u9fff]{{2,6}})"
_REPORTER = r"(?:本报)?(?:特约|见习)?(?:记者|通讯员)"  # a reporter's label after a dateline (本报特约记者)


@cache
def _res() -> dict[str, re.Pattern[str]]:
    lab = alternation(list(_labels()))
    return {
        # one label or a slash-chain of labels (文/图), optional colon
        # a slash before a name works as a colon (文/陈小敏　图/黄立)
        "token": re.compile(
            # (a database record's label in brackets closes with its bracket: 【作者】岳明川)
            rf"(?P<labs>(?:{lab})(?:\s*[/／]\s*(?:{lab}))*)(?P<colon>\s*[:：]|(?<=[\u4e00-\u9fff])[】\]]|\s*[/／|｜丨](?=\s*[\u4e00-\u9fff]))?"
        ),
        "paren": re.compile(r"[（(【\[〔〖]([^（）()【】\[\]〔〕〖〗\n]{1,80})[)）】\]〕〗]"),
        # the next label of a credit line and its bar (…叶子|　审核 |)
        "bar_label": re.compile(rf"[ \t\u3000]+(?:{lab})\s*[|｜丨]"),
        "paren_credit": re.compile(
            # (记者 王五), (新华社记者王五), (来源：江阴日报 记者 沈佳): an outlet's name may come first
            rf"\s*(?:(?:来源|稿源)\s*[:：]\s*[^\s:：、，。]{{1,16}}\s+(?={lab}))?"
            # (原载《松原日报》2009年6月12日第1版　记者 石立新: a reprint's note before the credits)
            rf"(?:(?:原载|转载自|原刊于?|刊于)[^\s:：、，。]{{2,40}}?[ \u3000]+(?={lab}))?"
            # (华池县广播电视台 记者 马晓琴, 县卫健委 通讯员 汪洁: the outlet or the office apart from the label)
            # (厅办公室　文/方晓　图/吴迪: an office, a space, a label with its slash or colon)
            rf"(?:[^\s:：、，。（）()]{{2,12}}[ \u3000]+(?=(?:{lab})\s*[/／:：]))?"
            rf"(?:(?:{lab})\s*(?:[:：/／]|\s|[\u4e00-\u9fff])|[^\s:：、，。]{{1,12}}?[ \u3000]?(?:记者|通讯员))"
            rf"|.*\S\s*(?:摄影|摄|来稿)\s*$"
        ),
        # a credit line starts with a label (编辑:秋菊, 记者 张三, 文/图 王五) …
        "line_start": _line_start(lab, glued=True),
        # (… the same for a line without 记者, where no outlet can be glued to the label)
        "line_start_plain": _line_start(lab, glued=False),
        # … or holds "label:" after a space or bar and no sentence (来源:新华网 | 编辑:孙八) …
        # (or "文/…　图/…" inside a page's stamp: 来源：县政府办　文/崔景涛　图/鲍丽娟　浏览次数：412)
        "line_inner": re.compile(rf"^[^。！？]*(?:[\s|｜丨])(?:{lab})\s*(?:[:：]|[/／](?=[\u4e00-\u9fff]))[^。！？]*$"),
        # … or ends with a postfix photo credit (王华 摄, 图为会议现场。王华 摄)
        "line_photo": re.compile(
            r"(?:^|[\s。！？])[^\s。！？]{1,12}(?:[、\s]+[^\s。！？]{1,12})*\s+(?:摄影|摄)\s*$"
            # (…会见传媒。记者陈伟豪摄: a caption's credit glued to the name, the label before it)
            # (…签订合作备忘录。记者黄正忠／摄影: with a slash before the label, as Taiwan's papers write it)
            r"|(?:^|[。！？])\s*[^\s。！？]{0,8}?记者\s*[\u4e00-\u9fff]{2,4}\s*[／/]?\s*(?:摄影|摄)\s*$"
            # (黄志豪／摄影 on a line of its own after a Taiwan page's text: the name, a slash, the label)
            r"|^\s*[\u4e00-\u9fff]{2,4}\s*[／/]\s*(?:摄影|摄)\s*$"
            # (图片说明：座谈会现场　摄影　胡冰: the label before the name, after the caption)
            r"|\s(?:摄影|摄)[ \t\u3000]+[\u4e00-\u9fff]{2,4}\s*$"
        ),
        "prefix": re.compile(r"^.*(?:记者|通讯员)"),
        # a byline inside the lead, as Hong Kong papers write it: 【本報訊】記者陳嘉欣報道：…,
        # 本报记者王强、李明报道 (the names between the label and 报道)
        "reported": re.compile(
            # (at a line start or after a space or one of 】]）)讯：:／/ — _opens_byline tests it)
            # (点新闻记者李嘉欣报道: an outlet may be glued before the label; _REPORTED_REACH is
            # how far before 记者 this lets a match start)
            r"(?:[\u4e00-\u9fff]{1,8}?(?:新闻|日报|晚报|时报|报|网|台|社|客户端))?"
            # (记者周晓岚南京报道: where it was written may be glued to the last name)
            # (记者石磊、实习记者赵婷石家庄报道: a later name with its own label)
            # (a name's parts may be set apart by a dot: 记者艾尔肯·吐尔逊、李卫东报道)
            # (特派记者, 驻京记者: a reporter sent out or posted somewhere)
            rf"(?:本报记者|(?:本报)?(?:特派|驻[\u4e00-\u9fff]{{1,3}})?记者)\s*{_LISTED_NAME}(?:[、\s](?:实习记者|见习记者|实习生|记者|通讯员)?{_NAME}){{0,3}}"
            r"(?:[\u4e00-\u9fff]{2,4}(?=报[道导]))?"
            # (报道 in the span: 北京报道 says where, 陈嘉欣报道 who; 陈怡君／台东报导 with the place)
            r"(?:(?:[／/][\u4e00-\u9fff]{2,6})?\s*报[道导]"
            # (【大公报讯】记者程晓岚北京十六日电：: where and on which day it was filed after the name)
            rf"|[\u4e00-\u9fff]{{0,6}}?{_FILED_DAY})(?=\s*[:：，,\s】\]]|$)"
        ),
        # credits between a dateline and its lead, set apart by spaces only (本报临沂10月27日讯　记者孙广涛
        # 通讯员颜世平　1990年10月25日…): each a label and names, a space after the last
        "spaced": re.compile(
            rf"(?:讯|日电)[ \u3000]+(?P<c>(?:{_REPORTER}[ \u3000]?{_NAME}"
            # (the credits closing the dateline's line: 本报泰安5月11日讯　记者赵卫红　通讯员李建军; the next label
            # glued to a name where a scan's line join took the space, 记者余建华通讯员徐立平; a colon after the last
            # opening the story, as old papers set it: 通讯员孙继光　记者吕东升：邳县…)
            rf"(?:[、 \u3000]{_NAME}){{0,3}}"
            rf"(?:[ \u3000]+|(?=\n|$)|(?={_REPORTER})|(?=[:：])))+)"
        ),
        # a reporter the text names as the one who learnt it (会后，记者林晓燕从…获悉, 记者张明昨日在…了解到)
        "learnt": re.compile(
            r"(?:^|(?<=[，,。\s]))(?:本报|本台|本网)?记者(?!今天|昨天|今日|昨日|近日|日前|当日)(?P<n>[\u4e00-\u9fff]{2,3}?)"
            r"(?=(?:今天|昨天|今日|昨日|近日|日前|当日)?(?:从|向)[^，,。]{2,30}?(?:获悉|了解到|得知))"
        ),
        # a name padded with a space (龙 璐) or any item between separators
        "item": re.compile(
            # (a name of three or four characters letter-spaced alone in its credit: 本报记者　德 吉 央 宗)
            r"(?P<spaced>(?<![\u4e00-\u9fff ])[\u4e00-\u9fff](?: [\u4e00-\u9fff]){2,3}(?![ \u4e00-\u9fff]))"
            r"|(?P<pad>(?<![\u4e00-\u9fff])[\u4e00-\u9fff][ \u3000]{1,2}[\u4e00-\u9fff](?![\u4e00-\u9fff]))"
            # (（中央社供稿 ／ 编辑：李佩珊）: the bracket closes the credit; 责任编辑：黄晓_NN2150, a portal's
            # code for its editor after an underscore: no part of the name)
            r"|[^、，,;；\s/／|｜丨）)_]+"
        ),
        # a bracket with no label: after a dateline (…5月3日电(韦小明), 本报讯（林海）) or
        # closing a paragraph (…合作协议。（朱宇）)
        # (two patterns, read by matches_at as their alternation: each opens with words or a bracket)
        "bare": re.compile(r"(?:日电|讯)\s*[（(](?P<a>[^（）()\n:：]{2,24})[)）]"),
        "bare_closing": re.compile(r"[（(](?P<b>[^（）()\n:：]{2,24})[)）][ \t\u3000]*(?=\n|$)"),
    }


@dataclass
class _Found:
    roles: set[Role] = field(default_factory=set)
    spans: list[tuple[int, int]] = field(default_factory=list)


def _opens_byline(before: str) -> bool:
    """A byline in the lead starts the text or follows a space or one of 】]〕）)讯：:／/
    (【联合报／记者…／花莲报导】, 〔本报讯〕记者…报道; a pattern opening with that lookbehind was tried at every
    character)."""
    return not before or before.isspace() or before in "】]〕）)讯：:／/"


# how far before its 记者 a ``reported`` match may start: an outlet (at most 8 characters and 客户端)
# and 本报 in front of 记者
_REPORTED_REACH = 8 + 3 + 2 + 4  # (and 特派 or 驻 and a place's three characters)


def _reported(text: str) -> Iterator[re.Match[str]]:
    """The matches of ``reported`` that open a byline, as ``matches_after(reported, text,
    _opens_byline)`` finds them.  Every match holds 记者 within ``_REPORTED_REACH`` characters of
    its start, so it is tried only at the places up to that far before a 记者 (the pattern opens
    with an optional Han class: searched, it was tried at every character, 0.15 ms an article)."""
    pattern = _res()["reported"]
    pos = tried = 0  # (matches do not overlap: none starts before ``pos``; ``tried``: places already tried)
    k = text.find("记者")
    while k >= 0:
        for s in range(max(pos, tried, k - _REPORTED_REACH), k + 1):
            if s < pos:
                continue
            m = pattern.match(text, s)
            if m is not None and _opens_byline(text[s - 1] if s else ""):
                yield m
                pos = m.end()
        tried = k + 1
        k = text.find("记者", max(tried, pos))


@cache
def _source_field() -> re.Pattern[str]:
    """The source's field before the credits on their line (来源：临沂日报　记者 X), or with a reporter's label
    glued to the outlet (来源：遂宁日报全媒体记者 唐晓芸: rules/staff_labels.tsv's labels ending in 记者 or 通讯员)."""
    glued = alternation([lab for lab in _labels() if lab.endswith(("记者", "通讯员"))])
    return re.compile(
        rf"\s*(?:来源|稿源)\s*[:：]\s*[^\s:：、，。]{{1,16}}?(?:[ \t\u3000]+(?=\S)|(?=(?:{glued})[ \t\u3000]))"
    )


_LEADING_CONTROLS = re.compile(r"\s*(?:[【\[][^】\]\n]{1,8}[】\]]\s*)+(?=\S)")  # 【打印】【关闭】 (page labels)
_BRACKETED_WORD = re.compile(r"[【\[]([^】\]\n]+)[】\]]")
_FIELD_LABEL = re.compile(r"\s*[【\[]([\u4e00-\u9fff]{1,4})[】\]](?=\s*\S)")
_FIELD_RUN = re.compile(r"[【\[]([\u4e00-\u9fff]{1,4})[】\]]([^【\[\n]*)")  # each field of a record's line
# a page's stamp before the credits on their line: the frame's full date and time of day
_LEADING_STAMP = re.compile(rf"\s*{FULL_DATE}{TIME_OF_DAY}?[ \t\u3000]+(?=\S)")
_OUTLET_STAMP = re.compile(rf"\s*[^\s\d:：，。]{{2,12}}[ \t\u3000]+{FULL_DATE}{TIME_OF_DAY}?[ \t\u3000]+(?=\S)")


@cache
def _time_field() -> re.Pattern[str]:
    """A page's date field before the credits on their line (发布时间：…, 發稿時間：2024/05/02　記者 陳怡君／報導): a
    label of rules/page_date_labels.tsv that names a time or a date, its colon, the date and time."""
    groups = read_groups("page_date_labels.tsv")
    labels = [w for w in (*groups.get("colon", ()), *groups.get("bare", ())) if w.endswith(("时间", "日期"))]
    alternation = "|".join(map(re.escape, sorted(labels, key=len, reverse=True))) or "(?!)"
    return re.compile(rf"\s*(?:{alternation})\s*[:：]\s*{FULL_DATE}{TIME_OF_DAY}?[ \t\u3000]+(?=\S)")


def credit_contexts(text: str) -> list[tuple[int, int]]:
    """Spans of the bylines and credit lines of ``text``, in text order."""
    res = _res()
    spans: list[tuple[int, int]] = []
    # (every bracketed context opens with one of the brackets: tried at those only)
    for m in matches_at((res["paren"],), text, places(text, _OPENING)):
        if res["paren_credit"].match(m.group(1)):
            spans.append((m.start(1), m.end(1)))
    if "报道" in text or "报导" in text or "日电" in text:
        # (a dateline is on its byline's line: 作者：记者 杨晓光|本报阿里8月6日电 on the next is the lead's)
        spans += [m.span() for m in _reported(text) if not ("\n" in m.group() and m.group().endswith("日电"))]
    if "获悉" in text or "了解到" in text or "得知" in text:
        spans += [(m.start(), m.end("n")) for m in res["learnt"].finditer(text)]
    if "讯" in text or "日电" in text:
        spans += [(m.start("c"), m.end("c") - len(m.group("c")) + len(m.group("c").rstrip()))
                  for m in res["spaced"].finditer(text)]  # fmt: skip
    pos = 0
    for line in text.split("\n"):
        s, e = pos, pos + len(line)
        pos = e + 1
        stripped = line.strip()
        if not stripped or len(stripped) > _MAX_LINE:
            continue
        # (the stamp opens with its year, 19xx or 20xx: a line opening otherwise is not tried)
        # (or with the outlet's name before it: 衢州日报 2024-03-16 06:40 记者 X)
        stamp = (
            _LEADING_STAMP.match(line)
            if stripped[0] in "12"
            else _OUTLET_STAMP.match(line)
            if ("记者" in line or "通讯员" in line) and "-" in line
            else None
        )
        if stamp:  # a page's stamp before the credits on their line (2023/10/13 17:20　文／记者 X　图／记者 Y)
            s, line = s + stamp.end(), line[stamp.end() :]
        # (and a page's controls before them: 【打印】【关闭】　责任编辑：王晓静)
        controls = _LEADING_CONTROLS.match(line) if stripped[0] in "【[" else None
        if controls and all(_page_label(c) for c in _BRACKETED_WORD.findall(controls.group())):
            s, line = s + controls.end(), line[controls.end() :]
        # (a database record's field: 【作者】本报记者 岳明川　本报通讯员 泽仁多吉, 【作者】岳明川)
        field_label = _FIELD_LABEL.match(line) if stripped[0] in "【[" else None
        if field_label and field_label.group(1) in _labels():
            spans.append((s + field_label.start(1), s + len(line.rstrip())))
            continue
        if field_label:  # (a record's fields on one line: 【字数】768　【责任编辑】侯建新 — the credit's field)
            fields = [f for f in _FIELD_RUN.finditer(line) if f.group(1) in _labels()]
            spans += [(s + f.start(1), s + f.start(1) + len(line[f.start(1) : f.end()].rstrip())) for f in fields]
            if fields:
                continue
        # (a record's field whose label is spaced out to fill its column, its value credits with labels of their own:
        # 作　者：本报记者　符惠琼　本报通讯员　王家定 — the value)
        spaced = _spaced_label().match(line) if "\u3000" in line or "  " in line else None
        if spaced and _res()["token"].search(line, spaced.end()):
            spans.append((s + spaced.end(), s + len(line.rstrip())))
            continue
        # (and the source's field before them: 来源：临沂日报　记者 庄晓丽 杜文涛)
        field_ = _source_field().match(line) if "来源" in line or "稿源" in line else None
        if field_:
            s, line = s + field_.end(), line[field_.end() :]
        # (and the time's field after it: 来源：湄洲日报　　时间：2025-12-06 07:58　　记者 黄清)
        when = _time_field().match(line) if "时间" in line or "日期" in line else None
        if when:
            s, line = s + when.end(), line[when.end() :]
        # (the literal tests first: a line without a colon holds no "label:", one without 摄 no photo credit)
        # (记者：进入过渡期，两地协作有哪些变化？ an interview's question, no credit)
        if "？" in line or "?" in line:
            continue
        if (
            (res["line_start"].match(line) if "记者" in line else _opens_plain_credit(line))
            or (("：" in line or ":" in line) and res["line_inner"].match(line))
            or ("摄" in line and res["line_photo"].search(line))
            or ("摄" in line and (g := _GLUED_CAPTION.search(line)) is not None and _name_shaped(g.group("n")))
        ):
            lead = len(line) - len(line.lstrip())
            # (a caption's credit after its sentence: 图为…州长朴英哲（左）与…市长孙宏远签约。　崔光日　摄 — the credit
            # alone, the caption's words and titles stay the article's)
            told = max(line.rfind(c) for c in "。！？") if "摄" in line else -1
            if told > lead and "摄" in line[told:]:
                lead = told + 1 + len(line[told + 1 :]) - len(line[told + 1 :].lstrip())
            spans.append((s + lead, s + len(line.rstrip())))
    return sorted(set(spans))


@cache
def _spaced_label() -> re.Pattern[str]:
    """A two-character staff label spaced out to fill a record's column, and its colon (作　者：, 编　辑：)."""
    two = sorted(lab for lab in _labels() if len(lab) == 2)
    spaced = "|".join(f"{re.escape(w[0])}[ \t\u3000]+{re.escape(w[1])}" for w in two) or "(?!)"
    return re.compile(rf"\s*(?:{spaced})\s*[:：]\s*")


# (…举行文旅合作推介会。何嘉敏摄: a caption's credit glued to a name after its sentence, no label before it)
_GLUED_CAPTION = re.compile(r"[。！？](?P<n>[\u4e00-\u9fff]{2,3})摄\s*$")


def _opens_plain_credit(line: str) -> bool:
    """``line_start_plain`` matches the line (tried only on a line opening with a character it can
    open with: a label's first, a bullet, 本 or 新, a space; most lines open otherwise)."""
    firsts = _plain_line_firsts()
    return (firsts is None or line[:1] in firsts) and _res()["line_start_plain"].match(line) is not None


@cache
def _plain_line_firsts() -> frozenset[str] | None:
    return first_chars(_res()["line_start_plain"])


def _tokens(seg: str) -> list[re.Match[str]]:
    """Label tokens of a credit context that really start a credit."""
    out: list[re.Match[str]] = []
    for m in _res()["token"].finditer(seg):
        i = m.start()
        # (郑嘉欣摄: a photo credit glued to the name it ends, alone in its brackets)
        glued_photo = m.group("labs") in ("摄", "摄影") and not seg[m.end() :].strip()
        # (or a slash after the name it credits: 李春雨/文 张伟/图)
        opens = seg[i - 1].isspace() or seg[i - 1] in "、，,;；|｜丨:：(（【[。！？/／" + _BULLETS if i > 0 else True
        # (or the name a label before it credits, glued where a scan's line join took the space: 记者余建华通讯员徐立平)
        if not opens and out and m.group("labs") in _GLUED_NEXT and out[-1].group("labs") in _GLUED_NEXT:
            # (a reporter's name between two reporters' labels; not 作者：商报记者, an outlet before its reporter)
            glued_to = seg[out[-1].end() : i].strip()
            opens = bool(glued_to) and _name_shaped(glued_to)
        if i > 0 and not glued_photo and not opens and not (
            not out
            and _ORG_LABEL.fullmatch(seg, 0, m.end())
            and m.end() < len(seg)
            and (seg[m.end()].isspace() or _OUTLET_LABEL.fullmatch(seg, 0, m.end()))
        ):
            continue  # 大连新闻传媒集团记者王华: 记者 inside a name item
        labs = re.split(r"\s*[/／]\s*", m.group("labs"))
        single = len(labs) == 1 and len(labs[0]) == 1
        nxt = seg[m.end()] if m.end() < len(seg) else ""
        if single and not m.group("colon") and nxt and not nxt.isspace() and labs[0] not in POSTFIX_LABELS:
            continue  # 文 / 图 as ordinary characters
        if single and labs[0] in POSTFIX_LABELS and not m.group("colon") and nxt and is_han(nxt):
            continue  # 摄 inside a word (摄制)
        if m.group("colon") and m.group("colon").strip() in ("|", "｜", "丨"):
            rest = seg[m.end() :]
            word = re.match(r"\s*([\u4e00-\u9fff]+)", rest)
            # (a word before the next label and its bar is a name too, a pen name: 编辑 | 叶子　审核 | 王可欣)
            chained = word is not None and _res()["bar_label"].match(rest, word.end()) is not None
            if word is None or not (_name_shaped(word[1]) or _minority_shaped(word[1]) or chained):
                continue  # 图片 | 直播: a navigation bar, no credit (but 图丨吉伍拉哈: a Yi name)
        out.append(m)
    return out


def _items(seg: str, base: int, start: int, end: int) -> list[tuple[str, int, int]]:
    """Names in ``seg[start:end]`` with their offsets in the full text."""
    res = _res()
    labels = _labels()
    out: list[tuple[str, int, int]] = []
    if note := _POSITION_NOTE.search(seg, start, end):
        # 图：周志明（右）与若昂·卡多佐会面: a caption naming who stands where in the photo, no credit — to its
        # sentence's end, where the photographer's credit may follow (。记者 王小明 摄)
        stop = seg.find("。", note.end(), end)
        if stop < 0:
            return out
        start = stop + 1
    for m in res["item"].finditer(seg, start, end):
        name, s = m.group(), m.start()
        label, colon, _ = name.partition("：") if "：" in name else name.partition(":")
        if colon and _page_label(label):
            break  # a widget's label (分享到：新浪微博 腾讯微博 人人网, 【字体：大 中 小】): the rest is the widget's
        if colon and label not in labels and 2 <= len(label) <= 6 and all(is_han(c) for c in label):
            break  # another field's label (作者：唐建国；刘志华 / 关键词：经济协作；横向联合): the credit ended
        if m.group("pad"):
            if name[0] not in lexicon().single_surnames or any(c in labels for c in name.split()):
                continue  # two single characters that are no padded name (文 图)
            name = name[0] + name[-1]
            out.append((name, base + s, base + m.end()))
            continue
        if m.group("spaced"):
            joined = name.replace(" ", "")
            if any(c in labels for c in name.split()) or not (_name_shaped(joined) or _minority_shaped(joined)):
                continue  # (文 图 摄: single labels set apart, no name)
            out.append((joined, base + s, base + m.end()))
            continue
        pm = res["prefix"].match(name)
        if pm:
            name, s = name[pm.end() :], s + pm.end()
        dated = _DATELINE_TAIL.search(name)
        if dated:  # 中央社记者陈志豪嘉义县8日电: the name, then where and when the report was filed
            name = name[: dated.start()]
            cut = next((k for k in range(min(6, len(name) - 2), 1, -1) if _is_place_key(name[-k:])), 0)
            if not cut and len(name) > 3:
                # a place the gazetteer does not hold (板桥, a Taiwan township; 东京, 华盛顿): the longest
                # tail that is a word of jieba's dictionary and leaves a name, else the name is a surname
                # and two characters (three after a compound surname) and the rest is the place
                most = 4 if name[:2] in lexicon().compound_set else 3
                cut = next(
                    (k for k in range(len(name) - 2, 1, -1) if len(name) - k <= most and word_frequency(name[-k:])),
                    max(0, len(name) - most),
                )
            name = name[:-cut] if cut else name
        # where the report was written: a place the gazetteer knows before 报道, or any word before
        # 报导 after a byline's slash (〔記者王仁杰∕馬祖報導〕: 马祖 is no unit's name)
        after_slash = s > 0 and seg[s - 1] in "／/"
        reported_from = name.endswith(("报道", "报导")) and (_is_place_key(name[:-2]) or after_slash)
        if name in _BYLINE_WORDS or _CONTRIBUTION.search(name) or _HELPED.fullmatch(name):
            # （本报记者 葛晓丽 整理）, （通讯员 彭小军 对本文亦有贡献）, （通讯员 申建国 参与采写）, （记者 田文娟
            # 根据录音整理）: what they did, no second name
            continue
        for tail in ("报道", "报导", "等", *_BYLINE_WORDS):
            if name.endswith(tail) and len(name) > len(tail) + 1:
                name = name[: -len(tail)]
                if tail in ("报道", "报导") and len(name) > 3:  # 周晓岚南京(报道), 于丹河源(报道): where it was written
                    # (鄭文彬新營(報導): a Taiwan township written short, no unit the gazetteer holds)
                    cut = next(
                        (
                            k
                            for k in (4, 3, 2)
                            if len(name) - k >= 2 and (_is_place_key(name[-k:]) or name[-k:] in _township_stems())
                        ),
                        0,
                    )
                    name = name[:-cut] if cut else name
        if reported_from or (_REPORTED_AFTER.match(seg, m.end()) and _is_place_key(name)):
            continue  # 记者 黎小敏 广州报道, 〔记者林志明／新竹报导〕, 记者 邓颖琪 北京 报道: where it was written
        longest = DOTTED_NAME_MAX if "·" in name else NAME_MAX  # (阿不都热依木·买买提: a dotted name is longer)
        if len(name) > longest and "·" not in name and _minority_shaped(name):
            longest = len(name)  # 乌云其木格: a minority's name in its characters (not a clause: 文字由扫描识别)
        if not (2 <= len(name) <= longest) or name in labels or not all(is_han(c) or c == "·" for c in name):
            continue
        if _page_label(name):
            continue  # 网友评论 beside a credit line
        if len(name) > 3 and name.endswith(_SCENE_ENDS):
            continue  # 图：座谈会现场　记者 原晓军 摄: what the photo shows, no name
        if _office(name):
            continue  # 作者：市政府办公厅: an office, no person
        if len(name) >= 3 and site_word(name):
            continue  # 责任编辑：林晓东　　文汇网 wenweipo.com: the site's name after the credit, no person
        out.append((name, base + s, base + s + len(name)))
    return out


NAME_MAX = 4  # characters of a credited name of Han characters (a pen name may be four: 老将黄忠); a longer one is a
# minority's name in its characters (乌云其木格, _minority_shaped) or a clause (（文字由扫描识别，个别字词有误）)
DOTTED_NAME_MAX = 16  # … of a name with its parts set apart by · (阿不都热依木·买买提)
_REPORTED_AFTER = re.compile(r"\s*报[道导]")
_BYLINE_WORDS = ("整理", "采写", "供稿", "综合")  # after a journalist's name: what they did
_POSITION_NOTE = re.compile(r"[（(](?:左|右|中|前排|后排)[一二三四五六七八九]?(?:起)?[）)]")  # （右）, （左二）
_SCENE_ENDS = ("现场", "会场", "合影", "仪式", "会议", "一角")  # a caption's words after 图：, no name
_CONTRIBUTION = re.compile(r"本文|此文|贡献")  # 对本文亦有贡献: a note of who helped, no name
_HELPED = re.compile(r"(?:参与|协助|根据录音|据录音)(?:整理|采写|采访)")  # how they took part (参与采写)


@cache
def _org_suffixes() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """rules/org_suffixes.txt: the words (办公厅, 中心) and the single characters (厅, 局) an
    organization's name ends with."""
    words = read_lines("org_suffixes.txt")
    return tuple(w for w in words if len(w) >= 2), tuple(w for w in words if len(w) == 1)


LONG_NAME = 5  # a credit's item this long that ends in an organization's character is an office
# in a credit's item ending so: an office named short (县政府办, 市委办, 市府办: 市府 is 市政府)
_GOVERNMENTS = ("政府", "党委", "市委", "县委", "区委", "市府", "县府", "区府", "州府")


def _office(name: str) -> bool:
    """A credit's item that names an office, no person (市政府办公厅, 县政府办公室)."""
    words, chars = _org_suffixes()
    # (or a government's office named short: 县政府办, 市委办)
    # (or a department's name that is an ordinary word, 宣传部, 组织部: no person's)
    return name.endswith(words) or (
        (len(name) >= LONG_NAME or any(g in name for g in _GOVERNMENTS) or word_frequency(name) >= COMMON_WORD)
        and name.endswith(chars)
    )


def _is_place_key(word: str) -> bool:
    """A place name the gazetteer knows (广州, 北京市): before 报道 it says where the report was written."""
    from extract.extractors.regions import region_index

    return bool(region_index().keys.get(word))


@cache
def _township_stems() -> frozenset[str]:
    """Taiwan's townships without their level character (新营 of 新营市, 竹东 of 竹东镇: rules/taiwan_townships.tsv)."""
    from extract.extractors.regions.gazetteer import townships

    return frozenset(t[:-1] for t in townships() if len(t) >= 3)


@cache
def _page_labels_re() -> re.Pattern[str]:
    return re.compile(alternation(list(read_lines("page_labels.txt"))))


def _page_label(item: str) -> bool:
    return _page_labels_re().search(item) is not None


def _minority_shaped(item: str) -> bool:
    """Three to six characters of minority given names (吉伍拉哈, 阿克木果, 扎西顿珠: minority_name_chars.txt)."""
    return 3 <= len(item) <= 6 and all(c in minority_name_chars() for c in item)


def _name_shaped(item: str) -> bool:
    """A surname and one or two characters (two or three after a compound surname), not an
    ordinary word or a place: 朱宇, 欧阳明; not 新华社, 左一, 上海市."""
    lex = lexicon()
    sur = 2 if any(item.startswith(c) for c in lex.compound_surnames) else 1
    if sur == 1 and item[0] not in lex.single_surnames:
        return False
    if not (sur + 1 <= len(item) <= sur + 2) or not all(is_han(c) for c in item):
        return False
    if item[:1] in _PHOTO_SIDES and all(c in _NUMERALS for c in item[sur:]):
        return False  # 左一, 右二: a place in a photo, not a name (丁一, 王一 are names)
    return item not in lex.non_names and item[:2] not in lex.non_names and not is_place_name(item)


# (谢佩珊／嘉义报导 at a line's end; 中国时报【李佩珊／桃园报导】 in brackets, the story going on after them)
_BARE_REPORTED = re.compile(
    r"(?:^|(?<=[ \t\u3000【〔\[]))(?P<c>[\u4e00-\u9fff]{2,4})[／/][\u4e00-\u9fff]{2,8}?报[导道]"
    r"(?:[】〕\]]|[ \t\u3000]*$)",
    re.M,
)


# (a county media centre's byline: its name, then its reporters' names, alone on a line — 荔波县融媒体中心 覃丽萍 莫帆)
_OUTLET_BYLINE = re.compile(
    r"^[ \t\u3000]*[\u4e00-\u9fff]{2,12}(?:融媒体中心|融媒中心|新闻中心|广播电视台|电视台)[ \t\u3000]+"
    r"(?P<c>[\u4e00-\u9fff]{2,4}(?:[ \t\u3000、]+[\u4e00-\u9fff]{2,4}){0,2})[ \t\u3000]*$",
    re.M,
)


def _bare_bylines(text: str, found: dict[str, _Found], contexts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Bylines without a label (…电(韦小明), …。（朱宇）, 谢佩珊／嘉义报导, 荔波县融媒体中心 覃丽萍 莫帆): the names are
    journalists, when the article names them nowhere else."""
    spans = []
    # (the alternation of bare and bare_closing: every match opens with 日电, 讯 or a bracket)
    bare = matches_at((_res()["bare"], _res()["bare_closing"]), text, places(text, ("日电", "讯", "（", "(")))
    # (a Taiwan paper's byline without its label, where it was written after a slash: 中国时报　谢佩珊／嘉义报导;
    # tried at every character: only in a text holding the slash and the word)
    slash = "／" in text or "/" in text
    reported = _BARE_REPORTED.finditer(text) if slash and ("报导" in text or "报道" in text) else ()
    outlet = _OUTLET_BYLINE.finditer(text) if "中心" in text or "电视台" in text else ()
    for m in itertools.chain(bare, reported, outlet):
        g = next(k for k in ("a", "b", "c") if k in m.re.groupindex)
        s, e = m.span(g)
        if any(cs <= s < ce for cs, ce in contexts):
            continue  # a labelled credit already read
        if g == "b":
            line_before = text[text.rfind("\n", 0, s) + 1 : s - 1].rstrip(" \t\u3000")
            if line_before and line_before[-1] not in "。！？”":
                continue  # a bracket closing a paragraph follows its last sentence
        value = text[s:e]
        items = _items(value, s, 0, len(value))
        if not items or len(items) > 3 or not all(_name_shaped(n) for n, _, _ in items):
            continue
        if len(re.sub(r"[、，,\s]", "", value)) != sum(len(n) for n, _, _ in items):
            continue  # something besides names in the bracket
        if any(text.count(n) > 1 for n, _, _ in items):
            continue  # a name the article talks about elsewhere is no bare byline
        for name, ns, ne in items:
            f = found.setdefault(name, _Found())
            f.roles.add("记者")
            f.spans.append((ns, ne))
        spans.append((s, e))
    return spans


# a page's field after a gap (　点击数：2147, 浏览次数：): what follows a postfix label there is no value of its
_NEXT_FIELD = re.compile(r"[ \t\u3000]+(?:[^\s：:]{1,6}[：:]|[【\[［])")


# labels a scan's line join glues to the name before them
_GLUED_NEXT = frozenset({"记者", "通讯员", "本报记者", "实习生", "见习记者", "特约记者"})
_GENERIC_LABELS = frozenset({"作者", "作　者", "撰稿"})  # a page's author field, which says no craft


def _parse(seg: str, base: int, found: dict[str, _Found]) -> None:
    labels = _labels()
    toks = _tokens(seg)
    segments: list[tuple[set[Role], int, int, bool]] = []  # roles, value start, value end, colon
    if not toks:
        return
    first = toks[0]
    pre = seg[: first.start()]
    if pre.strip():
        segments.append((set(), 0, first.start(), False))
    skip: set[int] = set()
    for i in range(1, len(toks)):
        prev, cur = toks[i - 1], toks[i]
        gap = seg[prev.end() : cur.start()]
        if cur.group("colon") or gap.strip():
            continue
        # (文/图 本报记者 王五: labels stacked at a line's start, the first without a colon, the same)
        stacked = gap and not seg[seg.rfind("\n", 0, prev.start()) + 1 : prev.start()].strip()
        slashed = re.search(r"[/／]", cur.group("labs")) is not None
        if prev.group("colon") and prev.group("labs") in _GENERIC_LABELS and slashed:
            skip.add(i - 1)  # 作者：文/图 王五: the credits the value spells out win over a page's author field
        elif prev.group("colon") or stacked:
            skip.add(i)  # 图片：记者 田野: the label's role wins over a 记者 word in its value
    toks = [tk for i, tk in enumerate(toks) if i not in skip]
    for i, t in enumerate(toks):
        roles = {labels[x] for x in re.split(r"\s*[/／]\s*", t.group("labs")) if x in labels}
        vend = toks[i + 1].start() if i + 1 < len(toks) else len(seg)
        value = seg[t.end() : vend]
        labs = t.group("labs")
        postfix = all(x in POSTFIX_LABELS or x == "文" for x in re.split(r"\s*[/／]\s*", labs)) and labs != "文"
        # (作者：记者 吴晓梅 文/图　点击数：2147: a page's next field, no credit's, after the label: no value)
        if (not value.strip() or _NEXT_FIELD.match(value)) and not t.group("colon") and postfix and segments:
            # 王华 摄 / 记者 王华 摄: the postfix label credits the previous value
            # only the last group before it: a caption may precede (图为会议现场。王华 摄)
            before, s, e, _ = segments[-1]
            if before and "文" in re.split(r"\s*[/／]\s*", labs):  # 记者 苏雅琴 黄建斌 文/图: both credits
                # (记者 白可欣 摄: the photo only)
                segments[-1] = (before | roles, s, e, True)
                continue
            # (a photo's credit only: 乌云　刘向东　来稿 credits both names)
            cuts = _CAPTION_CUT.finditer(seg, s, e) if "摄影" in roles else iter(())
            cut = [m.end() for m in cuts if seg[m.end() : e].strip()]
            segments[-1] = (roles, cut[-1] if cut else s, e, True)
            continue
        segments.append((roles, t.end(), vend, bool(t.group("colon"))))
    for roles, s, e, _ in segments:
        if not roles:
            continue
        for name, ns, ne in _items(seg, base, s, e):
            item_roles = roles
            for tail in ("摄影", "摄"):  # (本报记者孟仁泉摄): the photo credit glued to the name
                if name.endswith(tail) and len(name) - len(tail) >= 2:
                    name, ne, item_roles = name[: -len(tail)], ne - len(tail), {"摄影"}
                    break
            f = found.setdefault(name, _Found())
            f.roles |= item_roles
            f.spans.append((ns, ne))


@cache
def _wrapped_credit() -> re.Pattern[str]:
    """A credit a hard wrap broke after its label: the label ends its line (校对：| 赵文博), or a bracketed byline
    goes on to the next line, where it closes (（本报记者　卢文彬　通讯员 | 齐国栋　邵红岩）)."""
    labels = alternation(sorted(_labels(), key=len, reverse=True))
    return re.compile(
        rf"(?:(?<=[ \t\u3000（(])|^)(?:{labels})[:：][ \t\u3000]*(?P<a>\n)(?=[^\n。，,：:]{{2,24}}(?:\n|$))"
        rf"|[（(](?=[^（）()\n]*(?:{labels}))[^（）()\n]{{2,40}}(?P<b>\n)(?=[^（）()\n。，,]{{2,24}}[）)])",
        re.M,
    )


def _unwrapped(text: str) -> str:
    """``text`` with the line breaks inside hard-wrapped credits made spaces (offsets kept)."""
    if "\n" not in text:
        return text
    breaks = [m.start(m.lastgroup) for m in _wrapped_credit().finditer(text) if m.lastgroup]
    if not breaks:
        return text
    chars = list(text)
    for at in breaks:
        chars[at] = "\u3000"
    return "".join(chars)


def extract_staff(text: str) -> tuple[list[StaffMember], list[tuple[int, int]]]:
    """Media staff credited in ``text`` and the spans of the credit contexts (a credit a hard wrap broke is
    read whole: ``_unwrapped``)."""
    text = _unwrapped(text)
    contexts = credit_contexts(text)
    found: dict[str, _Found] = {}
    for s, e in contexts:
        _parse(text[s:e], s, found)
    contexts = sorted(contexts + _bare_bylines(text, found, contexts))
    staff = [
        StaffMember(name=n, roles=[r for r in ROLE_ORDER if r in f.roles], spans=sorted(set(f.spans)))
        for n, f in found.items()
    ]
    staff.sort(key=lambda m: m.spans[0] if m.spans else (len(text), 0))
    return staff, contexts
