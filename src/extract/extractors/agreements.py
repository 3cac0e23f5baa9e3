"""Official documents named in 《》: title, kind, and what was done with them.

A chain of titles (`签署了《A》《B》、《C》`) shares the verb that governs it;
the verb is read from the clause before the chain, or close after a title
(`《A》的签订`).  A verb announced for later (`计划签署`, `将于会上发布`, `《A》将签署`)
leaves the document only mentioned.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache

from extract.rules import read_lines, read_tsv
from extract.text.layout import TABLE_CELL_SEP, TABLE_ROW

ACTION_STRENGTH = {"signed": 4, "adopted": 3, "released": 2, "discussed": 1, "mentioned": 0}
TITLE = re.compile(r"《(?P<t>[^《》]{1,200})》")
# white space (blank lines, indents) uncounted; or an annex's words, 《A》，连同附件《B》 (it shares A's act)
CHAIN_GAP = re.compile(r"^\s*(?:(?:[、和及与以及]\s*){0,4}|[，,]?\s*(?:连同|及其|及|和|并)?(?:其)?附件[:：]?\s*)$")
CLAUSE_END = re.compile(r"[。！？；!?;》]")
_ALIAS_MARK = r"[（(]\s*(?:以下|下文|下)?(?:简称|称为|称)\s*[:：]?\s*"  # the opening of （以下简称《协议》）
_ALIAS_BEFORE = re.compile(rf"{_ALIAS_MARK}$")
ALIAS_CHARS = 8  # characters before a title in which its alias mark stands
_ALIAS_BRACKETS = re.compile(rf"{_ALIAS_MARK}《[^《》]{{1,40}}》\s*[）)]")
BEFORE_WINDOW = 40  # characters searched back for the governing verb
NEAR_BEFORE = 8  # a verb this close before the chain governs it outright
AFTER_WINDOW = 8
FUTURE_WINDOW = 8  # a future word this close before the verb announces it (双方将在会上签署)


@dataclass(frozen=True)
class DocumentRules:
    kinds: dict[str, str]  # head word -> kind
    signed_kinds: dict[str, str]  # head word -> its kind where the document is signed (纪要: agreement)
    kind_lengths: tuple[int, ...]  # the lengths of the head words, longest first
    any_kind: re.Pattern[str]  # any head word (a title without one is no document: one search says so)
    before: re.Pattern[str]
    after: tuple[tuple[str, str], ...]
    verb_action: dict[str, str]
    non_documents: tuple[re.Pattern[str], ...]
    future: re.Pattern[str]
    urging: re.Pattern[str]  # a word urging the act on, the verb right after in its clause (推动两市签署)
    agreed: re.Pattern[str]  # a word agreeing on acts to come, closing a clause before the verb's (双方商定，)
    drafting: re.Pattern[str]  # after a title, the work of making it (《A》编制工作): the verb before acts on that
    table: re.Pattern[str]  # a word referring to a table below (见下表): its rows' titles take the verb before it
    passive: re.Pattern[str]  # after a title, its doer and a verb (《A》则由两市旅游局签署): groups agent, verb
    negation: re.Pattern[str]  # right before a verb, a word that denies the act (并未签署, 不具签约权限)
    past: re.Pattern[str]  # before a verb, a word and a year that date the act earlier (已于2009年签署)


@cache
def document_rules() -> DocumentRules:
    kind_rows = read_tsv("document_kinds.tsv")
    kinds = {row[0]: row[1] for row in kind_rows}
    signed_kinds = {row[0]: row[2] for row in kind_rows if len(row) > 2 and row[2]}
    before: dict[str, str] = {}
    after: list[tuple[str, str]] = []
    future: list[str] = []
    urging: list[str] = []
    drafting: list[str] = []
    passive: list[str] = []
    inside: list[str] = []
    table: list[str] = []
    agreed: list[str] = []
    negation: list[str] = []
    past: list[str] = []
    for row in read_tsv("document_actions.tsv"):
        if row[0] == "negation":
            negation.append(row[1])
        elif row[0] == "past":
            past.append(row[1])
        elif row[0] == "future":
            future.append(row[1])
        elif row[0] == "agreed":
            agreed.append(row[1])
        elif row[0] == "urging":
            urging.append(row[1])
        elif row[0] == "notfuture":
            inside.append(row[1])
        elif row[0] == "drafting":
            drafting.append(row[1])
        elif row[0] == "passive":
            passive.append(row[1])
        elif row[0] == "table":
            table.append(row[1])
        elif row[0] == "before":
            before[row[1]] = row[2]
        else:
            after.append((row[1], row[2]))
    alternation = "|".join(re.escape(v) for v in sorted(before, key=len, reverse=True))
    return DocumentRules(
        kinds=kinds,
        signed_kinds=signed_kinds,
        kind_lengths=tuple(sorted({len(w) for w in kinds}, reverse=True)),
        any_kind=re.compile("|".join(re.escape(w) for w in kinds) or "(?!)"),
        before=re.compile(alternation),
        after=tuple(sorted(after, key=lambda x: -len(x[0]))),
        verb_action=before,
        non_documents=tuple(re.compile(p) for p in read_lines("non_documents.txt")),
        future=re.compile("|".join(_unless_inside(w, inside) for w in sorted(future, key=len, reverse=True))),
        urging=re.compile(
            rf"(?:{'|'.join(re.escape(w) for w in sorted(urging, key=len, reverse=True)) or '(?!)'})[^，,、。；;]*$"
        ),
        drafting=re.compile("|".join(re.escape(w) for w in sorted(drafting, key=len, reverse=True)) or "(?!)"),
        negation=re.compile(
            f"(?:{'|'.join(re.escape(w) for w in sorted(negation, key=len, reverse=True)) or '(?!)'})$"
        ),
        past=re.compile(
            rf"(?:{'|'.join(re.escape(w) for w in sorted(past, key=len, reverse=True)) or '(?!)'})"
            r"[^，,。；;]{0,12}?(?:19|20)[0-9]{2}年[^，,。；;]{0,10}?$"
        ),
        agreed=re.compile(
            rf"(?:{'|'.join(re.escape(w) for w in sorted(agreed, key=len, reverse=True)) or '(?!)'})[，,]"
        ),
        table=re.compile("|".join(re.escape(w) for w in sorted(table, key=len, reverse=True)) or "(?!)"),
        passive=re.compile(
            # (a few words before the doer: 则, 随后, 也在会上; the doer in the same clause, then an adverb)
            # (or the doer's clause right after the title's, a list of officials: 《…纪要》，由伊克昭盟盟长X、忻州地区
            # 行署专员Y…共同签署)
            rf"(?:{_GAP}{{0,{PASSIVE_GAP}}}?|[，,]\s*)(?:{'|'.join(map(re.escape, passive)) or '(?!)'})"
            rf"(?P<agent>{_GAP}{{1,{PASSIVE_AGENT}}}?)(?:共同|正式|联合|分别|当场)*(?P<verb>{alternation})"
        ),
    )


def _unless_inside(word: str, words: list[str]) -> str:
    """A pattern of ``word`` that matches nowhere it is part of one of ``words`` (计划 in 计划生育委员会,
    发展计划委员会): for each such word, the characters it has before ``word`` are not before the match, or
    those it has after are not after it."""
    guards = []
    for w in words:
        k = w.find(word)
        while k >= 0:
            before, after = re.escape(w[:k]), re.escape(w[k + len(word) :])
            not_before = f"(?<!{before})" if before else None
            not_after = f"(?!{re.escape(word)}{after})" if after else None
            guards.append(f"(?:{not_before}|{not_after})" if not_before and not_after else not_before or not_after)
            k = w.find(word, k + 1)
    return "".join(g for g in guards if g) + re.escape(word)


_GAP = r"[^，。；！？,;：:《》\n]"  # a character inside one clause
PASSIVE_GAP = 8  # characters between a title and the word bringing in its doer (则, 随后, 也在会上)
PASSIVE_AGENT = 80  # characters of the doer (三市人力资源和社会保障局; four officials listed: 伊克昭盟盟长X、…)


_TRAILING_PAREN = re.compile(r"[（(][^（()）]*[)）]\s*$")
_SPACES = re.compile(r"[ \t\u3000\xa0]+")
_BREAK = re.compile(r"\s*\n\s*")


def normalize_title(raw: str) -> str:
    """Title text as the record gives it: line breaks from page layout removed, spaces collapsed."""
    t = _BREAK.sub("", raw.strip())
    return _SPACES.sub(" ", t).strip()


def document_kind(title: str, signed: bool = False) -> str | None:
    """``agreement``/``plan``/``declaration`` from the head word that ends last, else None; ``signed``: the
    kind of a signed document where its head word has one of its own (rules/document_kinds.tsv)."""
    rules = document_rules()
    if rules.any_kind.search(title) is None or any(p.search(title) for p in rules.non_documents):
        return None  # (no head word at all: most titles of books, films and games)
    core = _TRAILING_PAREN.sub("", title).rstrip()
    for end in range(len(core), 0, -1):  # from the end: most titles end with their head word
        for length in rules.kind_lengths:
            head = core[end - length : end]
            if length <= end and (kind := rules.kinds.get(head)):
                # the head word that ends last, the longest of those ending there
                return rules.signed_kinds.get(head, kind) if signed else kind
    return None


@dataclass
class DocumentMention:
    title: str
    kind: str
    action: str
    spans: list[tuple[int, int]] = field(default_factory=list)
    # the doer and verb written after the title where the action was read from them (《A》由两市旅游局签署:
    # 两市旅游局签署), the clause that says who signs
    agent: tuple[int, int] | None = None


def _verb_before(
    text: str, chain_start: int, later: Sequence[tuple[int, int]] = ()
) -> tuple[str, int] | None:
    """The last governing verb in the clause before a chain, and its distance to the chain."""
    lo = max(0, chain_start - BEFORE_WINDOW)
    window = text[lo:chain_start]
    ends = [m.end() for m in CLAUSE_END.finditer(window)]
    before = ""  # the sentence before a coordinated clause (…将共同签署《A》，并发布《B》)
    if ends:
        cut = lo + ends[-1]
        lo = cut
        window = window[ends[-1] :]
        if _COORDINATED.match(window) or (_SERIAL_VERB.fullmatch(window) and "了" not in window):
            # (or a bare verb after the comma, the acts in series of one doer: 会议今天将审议《A》，发布《B》)
            # (its words, not a title's, …行动计划》; not the headline's over it, 携手争取…)
            start = max(text.rfind(c, 0, cut) for c in "。！？；!?;\n") + 1
            before = _TITLE_TEXT.sub("", text[start:cut])
    found = None
    rules = document_rules()
    for m in rules.before.finditer(window):
        verb = m.group(0)
        if found is not None and rules.verb_action.get(verb) == "mentioned" and _ATTRIBUTE_END.match(window, m.end()):
            continue  # 审议通过了…共同起草的《A》, 修订后的《A》: a verb of the title's attribute, not the clause's

        if rules.negation.search(window, 0, m.start()):
            continue  # 考察团此行并未签署任何文件, 以不具签约权限为由婉拒: the act denied, none
        if window.startswith("仪式", m.end()):
            continue  # 签约仪式后，两市并就《A》交换意见: the ceremony's name, the clause's time, no act on A
        if window.startswith(("，", ","), m.end()) or _AFTER_THE_ACT.match(window, m.end()):
            continue  # …进行了讨论，并表示将对接正在编制的《A》: the verb closes its clause, its object before it
            # (备忘录签署后，县府将依《A》的规划: a time clause after another document's act)
        if _AS_NOUN.match(window, m.end()):
            continue  # 以是次签约为契机，在《A》框架下: the act named as the occasion (以…为…), no act on A
        if _DOERS_NOUN.match(window, m.end()):
            continue  # 两市作为发起城市共同起草的《A》, 签约单位: the verb qualifies its doers, no act on A
        coming = any(lo <= s < lo + m.start() for s, _ in later)  # 于今年10月发布, written in May
        if coming or _announced(window, m.start()) or rules.future.search(before) is not None or _elided_future(
            text, lo + m.start(), lo
        ):
            verb = "mentioned"  # 计划签署: the act is still to come
        elif rules.past.search(window, 0, m.start()):
            verb = "mentioned"  # 两岸已于2009年签署: the act of an earlier year, the background
        found = (verb, len(window) - m.end())
    return found


_AFTER_THE_ACT = re.compile(r"了?(?:后|之后|以后)[，,]")  # 签署后，: the act as the time of the clause after it
_DOERS_NOUN = re.compile(r"(?:城市|单位|方|成员|省份|县市|市县)")  # the verb before its doers' noun: 发起城市, 签约单位
_AS_NOUN = re.compile(r"为[\u4e00-\u9fff]{1,3}[，,]")  # 以签约为契机，: the verb named as a noun in 以…为…
_ATTRIBUTE_END = re.compile(r"(?:后|过)?的")  # a verb ending an attribute before the title (起草的, 修订后的)
_COORDINATED = re.compile(r"[，,、\s]*(?:并且|并|同时|以及)")
_SERIAL_VERB = re.compile(r"[，,、]\s*[\u4e00-\u9fff]{2,4}")  # ，发布 / 、签署: a clause of the verb alone
_TITLE_TEXT = re.compile(r"《[^《》]*》")


def _elided_future(text: str, verb_start: int, lo: int = 0) -> bool:
    """The verb opens its comma's clause, whose subject and future word are the clause's before (本次
    会议将总结…成果，审议《…》): a future word in that clause. ``lo``: where the verb's window starts (no
    clause before it is read), but for the sentence's first clause that announces a chain of acts."""
    k = max(text.rfind(c, lo, verb_start) for c in "，,")
    if k < 0:
        return False
    if text[k + 1 : verb_start].strip(" \u3000"):
        # (并签署: an act of its own, 雙方將共同爭取…，並簽署了 — but a chain of acts of one doer that the
        # sentence's first clause announces, 他将在…出席…会议，与…会面，并见证两地签署《A》: each still to come)
        if not _CHAINED.match(text, k + 1) or "了" in text[verb_start : verb_start + 4]:
            return False
        # (the doer's clause after the time's: 十月三十一日上午，他将在…)
        sentence = max(text.rfind(c, 0, k) for c in "。！？；!?;\n") + 1
        opens = [sentence, *(i + 1 for i in range(sentence, k) if text[i] in "，,")]
        return any(_SUBJECT_MODAL.match(text, a, k) is not None for a in opens[:2])
    start = max(lo, max(text.rfind(c, lo, k) for c in "，,") + 1)
    return _MODAL.search(text, start, k) is not None


_CHAINED = re.compile(r"\s*(?:并|同时|随后|其后|然后|再)(?!且)")  # a clause going on with the same doer's next act
# the sentence's doer and its modal, first (他将在…, 代表团一行将于…): every act it chains is announced
_SUBJECT_MODAL = re.compile(r"\s*[^，,。；;]{0,12}?(?:将|拟)(?!近)[^，,]*[，,]")


_MODAL = re.compile(r"将(?!近)|拟")  # (not a time word, 研究部署了明年…任务，审议通过了《…》; not 计划, a noun too)


_WHEN_PHRASE = re.compile(r"于[^，。；,;]{1,12}?(?:年|月|日|前|底|内)")  # 将于97年6月共同发布: a time between


def _announced(window: str, verb_start: int) -> bool:
    """A future word (将, 拟, 计划) stands close before the verb at ``verb_start``, or before a time
    phrase that stands close before it (三县市将于97年6月共同发布)."""
    rules = document_rules()
    # (the future word may hold the verb's first character: 研究签|署, 商议签|订 — read up to it)
    if rules.future.search(window, max(0, verb_start - FUTURE_WINDOW), verb_start + 1) is not None:
        return True
    if rules.urging.search(window, max(0, verb_start - FUTURE_WINDOW), verb_start) is not None:
        return True  # 推动两市签署《A》: urged on, no comma between (为推动合作，双方签署了: done)
    # (a future word opening the verb's clause, its time and partner between: 力争年内与南京市卫生计生委签订《A》)
    clause = max(window.rfind(c, 0, verb_start) for c in "，,") + 1
    while clause < verb_start and window[clause] in " \u3000":
        clause += 1
    if rules.future.match(window, clause, verb_start):
        return True
    # (or anywhere in the verb's clause, where no 了 marks the act done: 两县还将与韶关、郴州两市文旅部门共同签署《A》)
    # (not a verb of an attribute, the future word another verb's: 阿荣旗将在两市签署的《A》框架下…深化合作)
    after = window[verb_start : verb_start + 4]
    done = "了" in after or "的" in after or "已" in window[clause:verb_start]
    if not done and rules.future.search(window, clause, verb_start):
        return True
    # (or a clause before it in its sentence that agrees on the act: 双方还商定，旅游节期间签署《A》)
    sentence = max(window.rfind(c, 0, verb_start) for c in "。！？；!?;\n") + 1
    if not done and rules.agreed.search(window, sentence, clause):
        return True
    lo = max(0, verb_start - FUTURE_WINDOW - 12)
    for m in rules.future.finditer(window, lo, verb_start):
        when = _WHEN_PHRASE.match(window, m.end())
        if when and verb_start - when.end() <= FUTURE_WINDOW - 2:
            return True
    return False


# 签署一年来, 印发实施以来: the act lies in the past (a short name in brackets after the title too: 《…》（ECFA）以来)
_SINCE = re.compile(r"(?:\s*[（(][^（）()，。]{1,16}[)）])?[^，。；！？,;]{0,5}?(?:以来|年来)")


_CLAUSE_MARK = re.compile(r"[，。；！？,;]")
_TAIL_OPENERS = re.compile(r"^(?:[\s的已于正式顺利共同]|一并|同时)*")  # (…《清单》一并签署: signed with the other)


# a notice's formula: the document approved in its own clause, then handed out in the next
# (《X》已经州人民政府同意，现印发给你们; 已经市政府常务会议审议通过，现印发): the verb of the next clause,
# after 现/现予, is the document's
_APPROVED = re.compile(r"\s*(?:已经|已|经)[^，。；,;]{0,24}?(?:同意|批准|审定|研究同意|通过)[，,]\s*(?:现予|现)")


_DRAFT_NOTE = re.compile(r"[（(][^（）()\n]{1,8}[）)]")  # a draft's note after its title: 《A》（讨论稿）


def _past_note(text: str, end: int) -> int:
    """Where the words after a title begin: past a draft's note right after it (《A》（讨论稿）), if any."""
    note = _DRAFT_NOTE.match(text, end)
    return note.end() if note is not None else end


_THEN_ADOPTED = re.compile(r"[，,]\s*并(?:原则|一致|审议|正式)?通过(?:了)?(?=[。；;，,]|$)")  # 讨论了《A》，并原则通过


def _verb_after(text: str, end: int, start: int | None = None) -> str | None:
    """The action of a verb right after the title ending at ``end`` (``start``: where its 《 stands)."""
    start = end if start is None else start
    end = _past_note(text, end)  # (对《A》（讨论稿）进行了讨论: the verb after the note)
    tail = text[end : end + AFTER_WINDOW + len("一年多来")]
    approved = _APPROVED.match(text, end, end + AFTER_WINDOW + 32)
    if approved:
        tail = text[approved.end() : approved.end() + AFTER_WINDOW]
    if _THEN_ADOPTED.match(text, end):
        return "adopted"  # (与会代表讨论了《A》，并原则通过: the clause after it adopts what was discussed)
    tail = _CLAUSE_MARK.split(tail, maxsplit=1)[0]
    # 《A》的签订, 《A》已于昨日正式签署
    tail = _TAIL_OPENERS.sub("", tail)
    for verb, action in document_rules().after:
        if tail.startswith(verb) or tail.startswith("正式" + verb):
            at = tail.index(verb) + len(verb)
            # a time since the act (《协议》签署一年来, 《意见》印发以来): the document is only mentioned; so
            # is one whose verb names its signatories (两省同为《泛珠三角区域合作框架协议》签约省份)
            if _SINCE.match(tail, at) or _SIGNATORIES.match(tail, at) or _IMMINENT.match(tail, at):
                return "mentioned"  # (or one the act is close for: 《…规划纲要》印发在即)
            if _AWAITED.search(text, max(0, start - BEFORE_WINDOW), start):
                return "mentioned"  # (待两省正在商议的《A》签署后，…: the act awaited, still to come)
            if action == "signed" and tail[at:].strip() in ("后", "之后") and _opens_clause(text, start):
                # (《内地与澳门关于建立更紧密经贸关系的安排》签署后，澳门与内地的往来将更加密切: the signing as the time
                # of what follows, a title opening its clause — background, not this report's act; a release so told
                # is the news, 《…规划纲要》印发后，两地将…)
                return "mentioned"
            return action
    return None


def _opens_clause(text: str, start: int) -> bool:
    """The title at ``start`` opens its clause (nothing but a mark or white space before it)."""
    k = start - 1
    while k >= 0 and text[k] in " \t\u3000":
        k -= 1
    return k < 0 or text[k] in "，,。；;！？!?：:\n"


# the clause opening with a wait for what the title's act will bring (待…《A》签署后, 等《A》印发后)
_AWAITED = re.compile(r"(?:^|[，,。；;：:\s])(?:待|等到|等)[^，,。；;：:《》\s]{0,30}$")
_IMMINENT = re.compile(r"(?:工作)?(?:在即|临近|在望)")  # 《A》签署在即, 印发在即: the act still to come
_SIGNATORIES = re.compile(r"(?:省份|省区|省市|城市|单位|成员|各方|方)")  # 签约省份: who signed, no act here

# 就 opening the clause's topic before the title (双方还就《A》的内容进行了讨论, 就联合编制《A》进行了讨论)
_TOPIC_OPENS = re.compile(r"就[^，。；！？,;《》\n]{0,8}$")
TOPIC_TAIL = 10  # characters of the topic's own words between the title and the verb (的内容, 的文本, 的编制工作)


def _topic_verb_after(text: str, start: int, end: int) -> str | None:
    """The action of a verb after the topic a title opens (就《A》的内容进行了讨论: discussed): 就 before the title
    in its clause, a few words of the topic after it, then one of the `after` verbs."""
    if not _TOPIC_OPENS.search(text, max(0, start - 10), start):
        return None
    end = _past_note(text, end)
    tail = _CLAUSE_MARK.split(text[end : end + TOPIC_TAIL + 8], maxsplit=1)[0]
    for verb, action in document_rules().after:
        k = tail.find(verb)
        if 0 < k <= TOPIC_TAIL and "《" not in tail[:k]:
            return action
    return None


def _passive_after(text: str, end: int) -> tuple[str, tuple[int, int]] | None:
    """The action of a verb written after the title with its doer brought in before it (《A》则由两市旅游局签署,
    《A》也在会上由三地水务部门正式签署), and the span of doer and verb; mentioned where a future word stands
    before the doer (《A》将于今年6月由四市联合印发) or a time since the act follows (由两市签署以来)."""
    end = _past_note(text, end)
    rules = document_rules()
    m = rules.passive.match(text, end)
    if m is None:
        return None
    action = rules.verb_action.get(m.group("verb"), "mentioned")
    if rules.future.search(text, end, m.start("agent")) or _SINCE.match(text, m.end()):
        action = "mentioned"
    return action, (m.start("agent"), m.end())

# an act of the past recalled: a time since the act after the title (…签订的《A》实施以来, RECORD.md's
# example of `mentioned`; 自2001年两地签署《A》以来: ``_SINCE``), or a past time before a verb written as
# the title's attribute (根据去年签署的《A》)
_PAST_ATTRIBUTE = re.compile(
    # (a year alone, not a day of it: 2019年两市签订的, not 2019年3月5日两市签订的, the event's own day)
    r"(?:去年|前年|上年|当年|此前|早在|上次|上届|(?:[一二两三四五六七八九十0-9]{1,2}|几|多)年前|今年[0-9一二三四五六七八九十]{1,2}月|(?:19|20)[0-9]{2}年(?![0-9]{1,2}月))"
    r"[^，。；！？,;]{0,8}?"
    r"(?:签署|签订|签约|印发|发布|公布|颁布|通过|出台|批准|批复)的\s*$"
)


def _recalled(text: str, m: re.Match[str], chain_start: int) -> bool:
    """Is the document named as an act of the past (…实施以来; 根据去年签署的《A》; 去年《A》签署后)?"""
    if _SINCE.match(text, m.end()):
        return True
    clause = text[max(0, chain_start - BEFORE_WINDOW) : chain_start]
    if _PAST_ATTRIBUTE.search(clause) is not None:
        return True
    # (or a time and a verb of issuing before the title, then 后: 今年省政府印发《…三年行动计划》后，我市… — what was
    # done since, the document background)
    if _THEN_AFTER.match(text, m.end()) and _ISSUED_THEN.search(clause):
        return True
    # (a past time opening the clause, the act after the title and then 后: 去年《海峡两岸经济合作架构协议》签署后)
    return _DONE_AFTER.match(text, m.end()) is not None and _PAST_TIME.search(clause) is not None


_THEN_AFTER = re.compile(r"\s*(?:后|之后)[，,]")
_ISSUED_THEN = re.compile(r"(?:今年|去年|前年|此前|年初|近年)[^，。；！？,;]{0,12}?(?:印发|出台|颁布|发布|下发)\s*$")


# the act after a document's title, then 后 (…》签署后, …》正式生效之后)
_DONE_AFTER = re.compile(r"\s*(?:正式)?(?:签署|签订|签约|生效|实施|印发|发布|通过)(?:后|之后)")
# a past time right before the title, at the clause's start (去年《A》…, 2010年《A》…)
_PAST_TIME = re.compile(
    r"(?:^|[，。；！？,;\s])(?:去年|前年|上年|此前|早在|(?:19|20)[0-9]{2}年(?:[0-9]{1,2}月)?"
    # (or a month of this year: 今年3月《粤澳合作框架协议》签署后)
    r"|今年[0-9一二三四五六七八九十]{1,2}月)\s*$"
)


_SIGNING_NAME = re.compile(r"(?:签署|签约|签字|签订)(?:仪式|活动|会)?$")
SIGNED_AT_MIN = 6  # characters the event's name and the title end with alike (…观光产业合作备忘录)


def signed_at(event_name: str | None, title: str) -> bool:
    """The event is the document's signing (云林县与南投县观光产业合作备忘录签署仪式 for 《云林县政府 南投县政府
    观光产业合作备忘录》): the name before its signing word and the title end with the same words, a
    document's kind word among them."""
    m = _SIGNING_NAME.search(event_name or "")
    if m is None:
        return False
    core = (event_name or "")[: m.start()]
    k = 0
    while k < min(len(core), len(title)) and core[-1 - k] == title[-1 - k]:
        k += 1
    # (words of their own beyond the kind's common tail: 滇桂交通运输合作框架协议签约仪式 shares only 合作框架协议
    # with 《泛珠三角区域合作框架协议》, which the signing is not of)
    shared = title[-k:] if k else ""
    common = next((w for w in _COMMON_TAILS if shared.endswith(w)), "")
    return k >= SIGNED_AT_MIN and len(shared) - len(common) >= OWN_WORDS_MIN and document_kind(shared) is not None


OWN_WORDS_MIN = 2  # characters a signing's name shares with a title beyond a kind's common tail (观光产业|合作备忘录)
_COMMON_TAILS = (
    "战略合作框架协议", "合作框架协议", "战略合作协议", "合作协议", "合作备忘录", "框架协议", "备忘录", "协议"
)  # fmt: skip


# a deed told as done before, in the clause right before the title: 2012年5月签署的《…》, 已印发的《…》
_DONE_BEFORE = re.compile(
    r"(?:(?:19|20)[0-9]{2}年|已经?|此前|曾|去年|上年)[^，。；;《》\n]{0,16}(?:签署|签订|通过|印发|发布)的?$"
)


def done_before(text: str, title_start: int) -> bool:
    """The document before ``title_start`` is told as signed, adopted or released in the past (a
    notice's 根据X与Y2012年5月签署的《…》, whose agenda to come names others)."""
    return _DONE_BEFORE.search(text, max(0, title_start - 40), title_start) is not None


@cache
def _bare_act() -> re.Pattern[str]:
    """A verb of `before` and the document it acts on written without marks (签署文化交流合作备忘录, 此次签署的
    备忘录): the verb, then the words of the title's end — some of its own words and its kind's head word."""
    rules = document_rules()
    heads = "|".join(re.escape(w) for w in sorted(rules.kinds, key=len, reverse=True))
    return re.compile(
        rf"(?P<verb>{rules.before.pattern})了?(?:正式|共同|双方|两地)*(?P<words>{_GAP}{{0,16}}?(?:{heads}))"
    )


_ANAPHOR = re.compile(r"(?:此次|这次|本次|今次|是次|今天|当天)$")  # 此次签署的备忘录: the one signed here
_PAST_CLAUSE = re.compile(r"去年|前年|上年|此前|早在|年前|曾经?|已于")  # 去年签署了…协议: another act, recalled


def _bare_acts(text: str, mentions: list[DocumentMention], later: Sequence[tuple[int, int]]) -> None:
    """A document named in 《》 only where it is cited (根据《香港特别行政区政府民政事务局与衢州市人民政府文化交流
    合作备忘录》，双方将…) takes the act the report tells without marks (并与衢州市人民政府签署文化交流合作备忘录):
    the words after the verb are the title's end, with words of its own beyond a kind's common tail
    (合作备忘录 alone fits any), or, with a word for this occasion (此次签署的备忘录), the one document of that
    head word. The act is kept only where it is stronger, and not announced, recalled or still to come."""
    if not mentions:
        return
    rules = document_rules()
    titles = [(mention, _TRAILING_PAREN.sub("", mention.title).rstrip()) for mention in mentions]
    for m in _bare_act().finditer(text):
        if any(s <= m.start() < e for mention in mentions for s, e in mention.spans):
            continue
        words = m.group("words")
        anaphor = words.startswith("的") and _ANAPHOR.search(text, max(0, m.start() - 3), m.start()) is not None
        if anaphor:
            head = words[1:]
            fits = [mention for mention, core in titles if core.endswith(head)]
        else:
            if "的" in words or "《" in words:
                continue
            common = next((w for w in _COMMON_TAILS if words.endswith(w)), "")
            own = len(words) - len(common) if common else len(words) - len(_kind_head(words))
            fits = [mention for mention, core in titles if core.endswith(words)] if own >= OWN_WORDS_MIN else []
        if len(fits) != 1:
            continue
        clause = max(text.rfind(c, 0, m.start()) for c in "。！？；!?;，,") + 1
        if (
            _announced(text, m.start())
            or _elided_future(text, m.start())
            or _PAST_CLAUSE.search(text, clause, m.start())
            or any(clause <= s < m.start() for s, _ in later)
        ):
            continue
        action = rules.verb_action.get(m.group("verb"), "mentioned")
        if ACTION_STRENGTH[action] > ACTION_STRENGTH[fits[0].action]:
            fits[0].action, fits[0].agent = action, None


def _kind_head(words: str) -> str:
    """The kind's head word ``words`` ends with (the longest), or ''."""
    rules = document_rules()
    return next((words[-n:] for n in rules.kind_lengths if rules.kinds.get(words[-n:])), "")


# a page's label of a story's headline right before its 《: the marks hold a headline (原标题：《…》)
_HEADLINE_LABEL = re.compile(r"(?:^|\n)[ \t\u3000]*(?:原标题|原题|标题)[ \t\u3000]*[:：][ \t\u3000]*$")
HEADLINE_LABEL_CHARS = 12


def _table_row_action(text: str, m: re.Match[str]) -> str | None:
    """The action of a title that opens a data table's row (a line: 《A》, a full-width space, the other cells):
    the verb before a word referring to the table (rules/document_actions.tsv ``table``: 签署了一批合作协议（见下表）)
    in the last line above the table's rows; None for any other title."""
    line_start = text.rfind("\n", 0, m.start()) + 1
    row = TABLE_ROW.match(text, line_start)
    if row is None or row.end() != m.end() + len(TABLE_CELL_SEP):
        return None
    rules = document_rules()
    end = line_start - 1
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if not TABLE_ROW.match(line):  # (above the rows)
            ref = rules.table.search(line)
            if ref is None:
                return None
            verbs = list(rules.before.finditer(line, 0, ref.start()))
            return rules.verb_action.get(verbs[-1].group(), "mentioned") if verbs else None
        end = start - 1
    return None


def extract_agreements(text: str, later: Sequence[tuple[int, int]] = ()) -> list[DocumentMention]:
    """Every official document named in 《》 in ``text``, one per title, in order of first mention.
    ``later``: the spans of the days after the page's date; a verb whose clause names one before it
    tells an act still to come (丹东市、白山市于今年10月发布《…》 in a May article): mentioned."""
    rules = document_rules()
    # (a short name a title is given in brackets, 《…框架协议》（以下简称《协议》）, and its later mentions,
    # 根据《协议》: the same document, no other)
    titles = list(TITLE.finditer(text))
    aliases = {
        m.group("t") for m in titles if _ALIAS_BEFORE.search(text, max(0, m.start() - ALIAS_CHARS), m.start())
    }
    matches = [m for m in titles if m.group("t") not in aliases]
    # group titles into chains that share one governing verb
    chains: list[list[re.Match[str]]] = []
    for m in matches:
        # (an alias's brackets between two titles are no gap: 《A》（以下简称《备忘录》），连同附件《B》)
        gap = _ALIAS_BRACKETS.sub("", text[chains[-1][-1].end() : m.start()]) if chains else ""
        if chains and CHAIN_GAP.match(gap):
            chains[-1].append(m)
        else:
            chains.append([m])
    found: dict[str, DocumentMention] = {}
    for chain in chains:
        before = _verb_before(text, chain[0].start(), later)
        # the doer and verb after the chain's last title are every title's of the chain (《A》《B》分别由…签署)
        passive = _passive_after(text, chain[-1].end())
        for m in chain:
            if _HEADLINE_LABEL.search(text, max(0, m.start() - HEADLINE_LABEL_CHARS), m.start()):
                continue  # 原标题：《两市签署…协议　共建…》: a story's former headline in marks, no document
            title = normalize_title(m.group("t"))
            kind = document_kind(title)
            if kind is None:
                continue
            after = _verb_after(text, m.end(), m.start()) or _topic_verb_after(text, chain[0].start(), m.end())
            agent = None
            if after is None and passive is not None:
                after, agent = passive
            if before and before[0] != "mentioned" and _recalled(text, m, chain[0].start()):
                before = ("mentioned", before[1])  # 去年签订的《A》实施以来: an act of the past, recalled
            if after not in (None, "mentioned") and _recalled(text, m, chain[0].start()):
                after = "mentioned"  # 去年《A》签署后: the act after the title lies in the past too
            # (a verb before the title as its attribute, 县府研拟的《X（草案）》进行简报: the verb after it
            # is the clause's, what was done with it)
            attribute = before is not None and text[chain[0].start() - 1 : chain[0].start()] == "的"
            if rules.drafting.match(text, m.end()):
                action = "mentioned"  # 启动《A》编制工作: the drafting is started, the document is still to come
            elif (
                before
                and before[1] <= NEAR_BEFORE
                and not (attribute and after)
                # (讨论了《A》，并原则通过: discussed, then adopted in the clause after it)
                and not (after == "adopted" and rules.verb_action.get(before[0]) == "discussed")
            ):
                action = rules.verb_action.get(before[0], "mentioned")
            elif after:
                action = after
            elif before:
                action = rules.verb_action.get(before[0], "mentioned")
            elif (row := _table_row_action(text, m)) is not None:
                action = row  # (签署了一批合作协议（见下表） / 《A》　两市人民政府　…: the row's document was signed)
            else:
                action = "mentioned"
            by = agent if action == after and action not in ("mentioned", "discussed") else None
            mention = found.get(title)
            if mention is None:
                found[title] = DocumentMention(title, kind, action, [(m.start(), m.end())], by)
            else:
                mention.spans.append((m.start(), m.end()))
                if ACTION_STRENGTH[action] > ACTION_STRENGTH[mention.action]:
                    mention.action, mention.agent = action, by
    _bare_acts(text, list(found.values()), later)
    for mention in found.values():
        if mention.action == "signed":  # (两地签署了《…会谈纪要》: minutes both sides sign bind them, an agreement)
            mention.kind = document_kind(mention.title, signed=True) or mention.kind
    return list(found.values())
