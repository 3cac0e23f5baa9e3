"""First stage: bytes → clean Simplified text, with page furniture set apart.

Every step that changes the text keeps a map from normalized character
positions back to the decoded original, so each extracted item can point at
the source (``Article.to_original``).  Furniture (navigation, links to other
stories, contact and copyright lines) is not removed from ``text``; it is
blanked to spaces in ``body`` so that offsets stay the same in both.
"""

from __future__ import annotations

import html
import itertools
import operator
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from itertools import islice

from extract.rules import read_lines, read_tsv
from extract.text.decode import DEFAULT_MAX_BYTES, InputError, decode_counted
from extract.text.furniture import is_furniture_line, opens_with_credit, page_furniture
from extract.text.html import looks_like_html, page_text, site_name, title_without_site_ends
from extract.text.layout import _is_han, label_pads, letter_spaces, name_pads, runon_breaks, wrap_breaks
from extract.text.origin import InputMeta, Origin

# ---------------------------------------------------------------- offset-keeping edits


@dataclass
class Mapped:
    """A string and, for each of its characters, its position in the original."""

    text: str
    pos: Sequence[int]  # a ``range`` until an edit changes the positions (most texts: none does)

    @classmethod
    def of(cls, text: str) -> Mapped:
        return cls(text, range(len(text)))

    def sub(self, pattern: re.Pattern[str], repl: Callable[[re.Match[str]], str], endpos: int | None = None) -> Mapped:
        """``pattern.sub`` that keeps positions; replacement characters map to the match start.
        Matches are looked for before ``endpos`` only (all the text by default)."""
        end = len(self.text) if endpos is None else endpos
        matches = list(pattern.finditer(self.text, 0, end))
        if not matches:
            return self
        text, old = self.text, self.pos
        out: list[str] = []
        pos: list[int] = []
        last = 0
        for m in matches:
            start, end = m.span()
            out.append(text[last:start])
            pos += old[last:start]
            if r := repl(m):  # (most replacements delete: no anchor to place)
                out.append(r)
                anchor = old[start] if start < len(old) else (old[-1] + 1 if old else 0)
                pos += [anchor] * len(r)
            last = end
        out.append(text[last:])
        pos += old[last:]
        return Mapped("".join(out), pos)

    def drop(self, positions: list[int]) -> Mapped:
        """The text without the characters at ``positions``; the others keep their places."""
        if not positions:
            return self
        text, old = self.text, self.pos
        out: list[str] = []
        pos: list[int] = []
        last = 0
        for i in sorted(set(positions)):  # (the kept stretches between the cuts, copied as slices)
            if i >= len(text):
                break
            if i > last:
                out.append(text[last:i])
                pos += old[last:i]
            last = i + 1
        out.append(text[last:])
        pos += old[last:]
        return Mapped("".join(out), pos)


_PINYIN_VOWELS = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü"
# a reading in parentheses right after a Han character: 經(jīng)濟區(qū) (the lookbehind that the character is
# Han stands after the first bracket: a pattern opening with the brackets lets re skip to them)
_READING = rf"[a-zA-Z{_PINYIN_VOWELS}]*[{_PINYIN_VOWELS}][a-zA-Z{_PINYIN_VOWELS}]*[)）]"
_PINYIN = re.compile(rf"[(（](?<=[\u4e00-\u9fff][(（]){_READING}(?:[(（]{_READING})*")
_TONED_VOWEL = re.compile(f"[{_PINYIN_VOWELS}]")
_CRLF = re.compile(r"\r\n?")
# spaces of other widths (a page's &nbsp;, thin and figure spaces): one plain space each, so that
# patterns written with " " read 市委书记&nbsp;袁志军 as 市委书记 袁志军 (the length is kept)
_ODD_SPACES = re.compile("[\xa0\u2000-\u200a\u202f\u205f]")
# slashes of other code points (a Big5 page's ∕: 〔記者王仁杰∕馬祖報導〕): the full-width one, which bylines
# and credits are written with (the length is kept)
# (and the box-drawing diagonal of 聯合報's bylines: 【聯合報╱記者宋曉雯／台中報導】)
_ODD_SLASHES = str.maketrans({"\u2215": "／", "\u2044": "／", "\u2571": "／"})
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200d\ufeff]")
# a scraper's stray comma before another mark (党组成员,、秘书长; 发言,,市政府; 活动,。): out
_STRAY_COMMA = re.compile(r",(?=[、，,。；;！？])")
# the spaces a page set after a list's mark before the next item (区领导蒲晓东、 何春燕、 冉军: no writer's)
_SPACE_AFTER_LIST_MARK = re.compile(r"(?<=、)[ \u3000]+(?=[\u4e00-\u9fff])")
_MARKDOWN_BOLD = re.compile(r"\*\*")  # a markdown scrape's bold marks (the text between them stays)
# a markdown scrape's link: its text stays, the address goes ([上一篇：X](https://…) reads 上一篇：X)
_MARKDOWN_LINK = re.compile(r"(?<!!)\[([^\[\]\n]{1,200})\]\((?:https?://|/)[^()\s]*\)")
# a number of a date an OCR scan wrote with letters for digits (1O月, l7日, 2OO5年): two to four characters, a digit
# and a letter among them, before a date's unit and after no Latin letter; the letters read as the digits they look like
_OCR_DIGITS = re.compile(r"(?<![A-Za-z])(?=[0-9OolI]*[0-9])(?=[0-9]*[OolI])[0-9OolI]{2,4}(?=[年月日号])")
_OCR_DIGIT_LETTERS = str.maketrans("OolI", "0011")
# full-width digits and Latin letters (２０２４年３月, ＡＰＥＣ): their ASCII forms, as NFKC folds them (full-width
# punctuation is left as written: RECORD.md)
_WIDE_ALNUM = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")
# any character the four classes above and the odd slashes and toned vowels hold: one pass that
# tells a text needs none of those steps
_RARE = re.compile(
    r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200d\ufeff\xa0\u2000-\u200a\u202f\u205f\u2215\u2044\u2571"
    rf"\uff10-\uff19\uff21-\uff3a\uff41-\uff5a{_PINYIN_VOWELS}]"
)
_FOLD_WIDE = {c: c - 0xFEE0 for a, b in ((0xFF10, 0xFF19), (0xFF21, 0xFF3A), (0xFF41, 0xFF5A)) for c in range(a, b + 1)}
FULL_WIDTH = _FOLD_WIDE  # a full-width digit's or letter's code point → its ASCII one's (what the text folds)


@cache
def _name_tables() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """What a padded name is read by (``layout.name_pads``): the single-character surnames
    (person_surnames.txt), the title heads, group heads and credit labels a name follows
    (title_heads.txt, group_title_heads.txt, staff_labels.tsv) and the single-character labels (文, 图).
    (Read here from the rules, not from ``extractors.namelex``: the text layer imports nothing above it.)"""
    surnames = frozenset(w for line in read_lines("person_surnames.txt") for w in line.split() if len(w) == 1)
    heads = frozenset(read_lines("title_heads.txt")) | frozenset(read_lines("group_title_heads.txt"))
    labels = [row[0] for row in read_tsv("staff_labels.tsv") if row]
    return surnames, heads | frozenset(labels), frozenset(w for w in labels if len(w) == 1)


@cache
def _surname_forms() -> frozenset[str]:
    """The surnames as Simplified and as Traditional writing gives them (陳, 劉): a character is
    looked up as written, without converting it."""
    surnames = _name_tables()[0]
    s2t = _converters()[1]
    joined = "\n".join(sorted(surnames))
    return surnames | frozenset(str(s2t.convert(joined)).split("\n"))  # type: ignore[attr-defined]


def _is_surname(ch: str) -> bool:
    return ch in _surname_forms()


def _title_ends(before: str) -> bool:
    heads, single = _name_tables()[1], _name_tables()[2]
    before = to_simplified(before)
    if not before.endswith(_head_tuple()):  # (one C test of all the words: most texts end with none)
        return False
    # (a one-character label glued to a character before it is a name's: 记者 钟文|华 李梓涵, no 文 + 华李)
    return any(
        before.endswith(h) and not (h in single and len(before) > 1 and _is_han(before[-2])) for h in heads
    )


@cache
def _head_tuple() -> tuple[str, ...]:
    """The words ``_title_ends`` reads, as ``str.endswith`` takes them."""
    return tuple(_name_tables()[1])


@cache
def _post_titles() -> tuple[str, ...]:
    """The titles written after a name (rules/post_name_titles.txt: 书记, 市长), as ``str.startswith`` takes them."""
    return tuple(line.split("\t")[0] for line in read_lines("post_name_titles.txt"))


def _title_after(after: str) -> bool:
    return to_simplified(after).startswith(_post_titles())


def _is_label(ch: str) -> bool:
    return to_simplified(ch) in _name_tables()[2]


@cache
def _runon_markers() -> re.Pattern[str]:
    """rules/runon_markers.txt: what a line of a page starts with (where a run-on page's spaces were line ends)."""
    return re.compile("|".join(f"(?:{p})" for p in read_lines("runon_markers.txt")) or "(?!)")


def clean(raw: str) -> Mapped:
    """Line ends, invisible controls, a scraper's stray commas and pinyin artifacts out, full-width digits and
    letters folded, letter-spaced lines closed up, padded two-character names closed up and hard-wrapped
    lines joined (``text.layout``); positions kept.  (HTML is read before, by ``text.html``: the offsets
    of a page index the article text made from it.)"""
    m = Mapped.of(raw)
    m = m.sub(_CRLF, lambda _: "\n")
    if breaks := runon_breaks(m.text, _runon_markers()):
        # a page whose lines a scrape joined with spaces: its line ends back (a space each, so the positions stay)
        chars = list(m.text)
        for p in breaks:
            chars[p] = "\n"
        m = Mapped("".join(chars), m.pos)
    if "&" in m.text:  # HTML entities a scraper left in the text (铁岭日报&nbsp;, &ldquo;合作&rdquo;)
        m = m.sub(_ENTITY, _unescaped)
    # (one pass for the rare characters of the next steps and of the pinyin test: most texts have none)
    rare = _RARE.search(m.text) is not None
    if rare:
        m = m.sub(_CONTROL, lambda _: "")
        m = m.sub(_ODD_SPACES, lambda _: " ")
        if "\u2215" in m.text or "\u2044" in m.text or "\u2571" in m.text:
            m = Mapped(m.text.translate(_ODD_SLASHES), m.pos)
        if _WIDE_ALNUM.search(m.text):
            m = Mapped(m.text.translate(_FOLD_WIDE), m.pos)
    if _OCR_DIGITS.search(m.text):  # (a scan's letters for digits before a date's unit: 1O月15日至l7日)
        m = Mapped(_OCR_DIGITS.sub(lambda d: d.group().translate(_OCR_DIGIT_LETTERS), m.text), m.pos)
    m = m.drop(letter_spaces(m.text))
    if "【" in m.text or "[" in m.text:
        m = m.drop(label_pads(m.text))  # 【标　　题】: a database record's padded label
    if "、 " in m.text or "、\u3000" in m.text:
        m = m.sub(_SPACE_AFTER_LIST_MARK, lambda _: "")
    if "\u3000" in m.text or " " in m.text:
        m = m.drop(name_pads(m.text, _is_surname, _title_ends, _is_label, _title_after))
    alone: dict[str, bool] = {}  # (each line tested once: the wrap tests ask about most lines twice)

    def stands_alone(line: str) -> bool:
        if (known := alone.get(line)) is None:
            known = alone[line] = is_furniture_line(to_simplified(line))
        return known

    m = m.drop(
        wrap_breaks(
            m.text,
            stands_alone=stands_alone,
            opens=lambda line: opens_with_credit(to_simplified(line)),
        )
    )
    if ",," in m.text or ",、" in m.text or ",。" in m.text or ",，" in m.text:
        m = m.sub(_STRAY_COMMA, lambda _: "")
    if "**" in m.text:
        m = m.sub(_MARKDOWN_BOLD, lambda _: "")  # a scrape's markdown: **责任编辑：** 郑海涛
    if "](" in m.text:
        m = _unlinked(m)
    if not rare or _TONED_VOWEL.search(m.text) is None:
        # no pinyin reading without a toned vowel (a scan ten times as fast as _PINYIN's); the steps
        # since the rare characters' pass only dropped characters or wrote ASCII and spaces: none new
        return m
    return m.sub(_PINYIN, lambda _: "")


# a named entity with its ;, a numeric one, or one of HTML's legacy names written without the ;
_ENTITY = re.compile(r"&(?:[a-zA-Z]{2,8}|#[0-9]{2,6}|#[xX][0-9a-fA-F]{2,5});|&(?:nbsp|amp|quot|lt|gt)(?![a-zA-Z0-9;])")


def _unescaped(m: re.Match[str]) -> str:
    """The character an entity stands for (a no-break space as a space); an unknown name is left as written."""
    return html.unescape(m.group()).replace("\xa0", " ")


def _unlinked(m: Mapped) -> Mapped:
    """Markdown links reduced to their text, each character keeping its position."""
    links = list(_MARKDOWN_LINK.finditer(m.text))
    if not links:
        return m
    drop: list[int] = []
    for link in links:
        drop.append(link.start())  # [
        drop.extend(range(link.end(1), link.end()))  # ](address)
    return m.drop(drop)


# ---------------------------------------------------------------- script


@cache
def _converters() -> tuple[object, object]:
    import opencc  # imported here: keep `import extract` cheap

    return opencc.OpenCC("t2s"), opencc.OpenCC("s2t")


def to_simplified(text: str) -> str:
    """OpenCC t2s, keeping the length (so offsets survive).

    OpenCC may convert a phrase to one of another length; then the text is
    converted line by line, and such a line character by character.
    """
    if _t2s_may_change().search(text) is None:
        return text  # (a regex scan, where a conversion of a line cost fifty times as much)
    t2s = _converters()[0]
    whole = t2s.convert(text)  # type: ignore[attr-defined]
    if len(whole) == len(text):
        return _kept(text, str(whole))
    out = []
    for line in text.split("\n"):
        conv = t2s.convert(line)  # type: ignore[attr-defined]
        if len(conv) != len(line):
            conv = "".join(c2 if len(c2 := t2s.convert(c)) == 1 else c for c in line)  # type: ignore[attr-defined]
        out.append(conv)
    return _kept(text, "\n".join(out))


_CJK_BLOCKS = ((0x3400, 0x4DC0), (0x4E00, 0xA000), (0xF900, 0xFB00))  # Ext. A, unified, compatibility


@cache
def _changed_alone() -> frozenset[str]:
    """The characters of the CJK blocks (Extension A, the unified block, the compatibility
    ideographs) that OpenCC t2s changes standing alone: one conversion of all, one a line (no
    phrase spans a line break), once per process (9 ms)."""
    return _changed_by(_converters()[0], _CJK_BLOCKS)


def _changed_by(converter: object, blocks: Sequence[tuple[int, int]]) -> frozenset[str]:
    """The characters of the code point ``blocks`` that ``converter`` (an OpenCC config) changes
    standing alone: one conversion of all of them, one a line (no phrase spans a line break)."""
    chars = [chr(c) for a, b in blocks for c in range(a, b)]
    converted = str(converter.convert("\n".join(chars))).split("\n")  # type: ignore[attr-defined]
    return frozenset(c for c, s in zip(chars, converted, strict=True) if s != c)


@cache
def _t2s_may_change() -> re.Pattern[str]:
    """One character t2s may change: one it changes alone, one that a phrase of
    rules/t2s_phrase_only.txt changes (反覆 → 反复: 覆), or any beyond the basic plane (the
    extensions' characters were not read one by one).  A text with none is its own Simplified form."""
    t2s = _converters()[0]
    chars = set(_changed_alone())
    for phrase in read_lines("t2s_phrase_only.txt"):
        converted = str(t2s.convert(phrase))  # type: ignore[attr-defined]
        if len(converted) == len(phrase):
            chars.update(a for a, b in zip(phrase, converted, strict=True) if a != b)
        else:
            chars.update(phrase)
    return re.compile(f"[{''.join(sorted(chars))}\U00010000-\U0010ffff]")


@cache
def _t2s_keep() -> tuple[frozenset[str], re.Pattern[str] | None]:
    """rules/t2s_keep.txt: the words t2s would change wrongly, and their first characters."""
    from extract.rules import read_lines

    words = read_lines("t2s_keep.txt")
    return frozenset(w[0] for w in words), (re.compile("|".join(map(re.escape, words))) if words else None)


def _kept(original: str, converted: str) -> str:
    """``converted`` with the words of rules/t2s_keep.txt as ``original`` writes them (乾安县, not 干安县)."""
    firsts, pattern = _t2s_keep()
    if pattern is None or not any(c in original for c in firsts):
        return converted
    for m in pattern.finditer(original):
        converted = converted[: m.start()] + m.group(0) + converted[m.end() :]
    return converted


def script_variants(words: list[str]) -> dict[str, str]:
    """Other Simplified forms of ``words`` that Traditional writing leads to: each word written as Hong Kong
    and as Taiwan write it (OpenCC s2hk, s2tw) and read back as ``to_simplified`` reads every text, where
    that is not the word and holds a variant character (叙永县 → 敍永縣 → 敍永县; 中卫 → 中衞): variant →
    word.  One conversion of all the words, one a line, per script."""
    import opencc

    if not words:
        return {}
    joined = "\n".join(words)
    variant_chars = opencc.OpenCC("hk2s")
    out: dict[str, str] = {}
    for config in ("s2hk", "s2tw"):
        back = to_simplified(str(opencc.OpenCC(config).convert(joined))).split("\n")
        if len(back) != len(words):
            continue  # (a word holding a line break: none in a lexicon)
        for word, variant in zip(words, back, strict=True):
            # only a form holding a variant character (敍, 衞) that no Simplified text writes: 乾安 → 干安 is
            # a form of ordinary characters (若干安排), no key
            if variant != word and variant_chars.convert(variant) != variant:
                out.setdefault(variant, word)
    return out


@cache
def _simplified_only() -> frozenset[str]:
    """The CJK characters (U+4E00–U+9FFF) that Traditional writing would write otherwise: those
    OpenCC s2t changes.  One conversion of all of them, one per line (no phrase spans a line
    break, so each is converted alone), once per process: 7 ms, where a cached call per distinct
    character of each article cost a tenth of the normalization."""
    return _changed_by(_converters()[1], ((0x4E00, 0xA000),))


@cache
def _simplified_only_re() -> re.Pattern[str]:
    """One character of ``_simplified_only()``: a regex scan finds them in a text, where a loop or a
    ``set`` of the text's characters makes a string object of each character (a tenth of the
    normalization of a page with Traditional characters)."""
    return re.compile(f"[{''.join(sorted(_simplified_only()))}]")


MIXED_LINES = 2  # lines written wholly in each script that make a page mixed


def _script_lines(text: str, simplified: str) -> tuple[int, int]:
    """How many lines are wholly Simplified (two or more Simplified-only characters, none that
    t2s changes) and wholly Traditional (two or more changed, no Simplified-only one)."""
    lines, converted = text.split("\n"), simplified.split("\n")
    if len(lines) != len(converted):
        return 0, 0
    only_re = _simplified_only_re()
    simp = trad = 0
    for line, conv in zip(lines, converted, strict=True):
        # counted up to 2, all the tests below need (islice: the counting stops there)
        changed = 0 if line == conv else len(list(islice(filter(None, map(operator.ne, line, conv)), 2)))
        first = only_re.search(line)
        only = 0 if first is None else 1 if only_re.search(line, first.end()) is None else 2
        simp += only >= 2 and changed == 0
        trad += changed >= 2 and only == 0
    return simp, trad


def detect_script(text: str, simplified: str) -> str:
    """``traditional``, ``simplified`` or ``mixed`` from the distinct characters that differ in the
    two scripts: those OpenCC t2s changed, against those only Simplified writing uses."""
    if simplified == text:
        return "simplified"  # nothing t2s changes: no share of Traditional whatever else is there
    traditional = len(_changed_chars(text, simplified))
    simplified_only = len(set(_simplified_only_re().findall(text)))
    total = traditional + simplified_only
    if total == 0:
        return "simplified"
    if traditional and simplified_only and min(_script_lines(text, simplified)) >= MIXED_LINES:
        return "mixed"  # whole lines in each script: a Traditional article under Simplified page labels
    share = traditional / total
    if share >= 0.8:
        return "traditional"
    if share <= 0.2:
        return "simplified"
    return "mixed"


def _changed_chars(text: str, simplified: str) -> set[str]:
    """The distinct characters of ``text`` that ``simplified`` (its conversion) does not hold.  Where
    the two have one length (``to_simplified`` keeps it), such a character stands where the two
    differ: only the lines that differ are read, character by character, and each character found
    there is looked for in the whole conversion (``in``: one C scan)."""
    if len(text) != len(simplified):
        return set(text) - set(simplified)
    lines, converted = text.split("\n"), simplified.split("\n")
    pairs = zip(lines, converted, strict=True) if len(lines) == len(converted) else [(text, simplified)]
    # (zip_longest: a line t2s made shorter, the rest of it read as differing)
    differing = {c for line, conv in pairs if line != conv for c, s in itertools.zip_longest(line, conv) if c != s}
    differing.discard(None)
    return {c for c in differing if c not in simplified}


# ---------------------------------------------------------------- the article


@dataclass
class Article:
    """One normalized article; ``text`` and ``body`` have the same length."""

    doc_id: str
    raw: str
    text: str
    body: str
    encoding: str
    script: str
    pos: Sequence[int] = field(repr=False)  # for each character of ``text``, its position in ``raw``
    furniture: list[tuple[int, int]] = field(default_factory=list)
    furniture_uncertain: bool = False  # the furniture rules would have taken most of the prose
    decode_errors: int = 0  # invalid byte sequences replaced by U+FFFD when decoding
    origin: Origin = field(default_factory=Origin)  # given metadata, the page's, what ``raw`` is

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a ``[start, end)`` span of ``text`` to the decoded original."""
        return self.spans_to_original(((start, end),))[0]

    def spans_to_original(self, spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
        """``to_original`` of each span (one call for an item's spans): a span's first character's
        place, and one past its last's (an empty span: its start's; clamped to the text)."""
        pos = self.pos
        if not pos:
            return [(0, 0) for _ in spans]
        last = len(pos) - 1
        out = []
        for start, end in spans:
            s = pos[start if start < last else last]
            e = end - 1 if end - 1 > start else start
            e = pos[e if e < last else last] + 1
            out.append((s, e if e > s else s))
        return out


def normalize_text(
    raw: str,
    *,
    doc_id: str = "text",
    encoding: str = "utf-8",
    meta: InputMeta | None = None,
    html: bool | None = None,
) -> Article:
    """Decoded text → ``Article``.

    An HTML page (``html=True``, or ``None`` and the text looks like one) is first reduced to its
    article text (``text.html.page_text``), which ``raw`` then is: the record's offsets index it.
    A headline given in ``meta`` that the text does not start with is put on a first line of its
    own (``origin.text_from`` ``title+…``), so that the article frame reads it as it reads a page's."""
    raw, origin = _article_text(raw, meta or InputMeta(), html)
    m = clean(raw)
    simplified = to_simplified(m.text)
    script = detect_script(m.text, simplified)
    lines = simplified.split("\n")
    blank, uncertain, others = page_furniture(lines)
    if others:
        # the page's other stories are no part of its text either: their headlines, sources and dates
        # are not the article's (a page of several stories: text.furniture)
        lines = [" " * len(line) if i in others else line for i, line in enumerate(lines)]
        simplified = "\n".join(lines)
    body, spans = simplified, []  # (most pages: no furniture line, the body is the text)
    if blank:
        body_lines, at = [], 0
        for i, line in enumerate(lines):
            if i in blank and line.strip():
                body_lines.append(" " * len(line))
                spans.append((at, at + len(line)))
            else:
                body_lines.append(line)
            at += len(line) + 1
        body = "\n".join(body_lines)
    return Article(
        doc_id=doc_id,
        raw=raw,
        text=simplified,
        body=body,
        encoding=encoding,
        script=script,
        pos=m.pos,
        furniture=spans,
        furniture_uncertain=uncertain,
        origin=origin,
    )


HTML_SNIFF = 4096  # characters from the top in which a page's first tag is looked for
TITLE_LINES = 5  # a given headline is looked for in the text's first non-empty lines


def _article_text(raw: str, meta: InputMeta, html: bool | None) -> tuple[str, Origin]:
    """The text the offsets will index, and what was learnt of it (``Origin``)."""
    text_from, title_line, title_from = "text", None, None
    html_title = html_source = site = None
    html_date = None
    # (sniffed as the normalizer leaves the text, its invisible controls out: <P\x08> is <P>, so a text read once
    # as a page is read so again)
    if html or (html is None and looks_like_html(_CONTROL.sub("", raw[:HTML_SNIFF]))):
        page = page_text(raw, crawl=meta.crawl_time)
        raw, text_from = page.text, page.how
        html_title, html_date, html_source, site = page.title, page.date, page.source, page.site
        if page.url and not meta.url:  # the page's own address: its date is evidence as a given URL's
            meta = replace(meta, url=page.url)
        if page.title_at is not None and page.title:
            title_line, title_from = (page.title_at, page.title_at + len(page.title)), "html"
    # a collection's title field as the page's <title> gave it: without the site's name around it
    # (百色文山召开区域合作联席会议_百色市人民政府门户网站), as a page's own <title> is read
    given_title = title_without_site_ends(meta.title) if meta.title else None
    if given_title:
        found = _title_line(raw, given_title)
        if found is None:
            title = " ".join(given_title.split())
            raw, text_from = f"{title}\n{raw}", f"title+{text_from}"
            title_line, title_from = (0, len(title)), "input"
        elif title_line is None or not (found[0] < title_line[1] and title_line[0] < found[1]):
            title_line, title_from = found, "input"  # the given headline's own line in the text
    site = site or site_name(meta.title)
    origin = Origin(text_from, meta, title_line, title_from, html_title, html_date, html_source, site)
    return raw, origin


TITLE_LINE_EXTRA = 20  # characters a headline line may carry beside the given title (a date, a site's name)


def _title_line(text: str, title: str) -> tuple[int, int] | None:
    """The span of the line of ``text`` that is the given ``title``: (spaces aside) one of its first
    non-empty lines, or most of one — a headline line, not words of the lead that happen to repeat it
    (3月27日，X在Y召开。…); or the first of two of them the title runs together (a headline broken
    over two lines; a collection's title field that joins the headline and its deck, under a kicker).
    None: the text does not write it."""
    squash = "".join(title.split())
    head: list[tuple[int, str]] = []
    at = 0
    for line in text.split("\n", 50)[:50]:
        if line.strip():
            head.append((at, line))
        at += len(line) + 1
    head = head[:TITLE_LINES]
    lines = ["".join(line.split()) for _, line in head]
    for (start, line), s in zip(head, lines, strict=True):
        if s == squash or (squash in s and len(s) <= len(squash) + TITLE_LINE_EXTRA and "。" not in s):
            return start, start + len(line.rstrip())
    if not any(squash in s for s in lines):
        for k, (a, b) in enumerate(itertools.pairwise(lines)):
            if squash in a + b:
                start, line = head[k]
                return start, start + len(line.rstrip())
    return None


def normalize_bytes(
    data: bytes,
    *,
    doc_id: str,
    max_bytes: int = DEFAULT_MAX_BYTES,
    meta: InputMeta | None = None,
    html: bool | None = None,
) -> Article:
    raw, encoding, bad = decode_counted(data, max_bytes=max_bytes)
    article = normalize_text(raw, doc_id=doc_id, encoding=encoding, meta=meta, html=html)
    article.decode_errors = bad
    if not article.text.strip():
        raise InputError("file holds only white space" if not raw.strip() else "no text left after cleaning")
    return article
