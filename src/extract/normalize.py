"""First stage: bytes → clean Simplified text, with page furniture set apart.

Every step that changes the text keeps a map from normalized character
positions back to the decoded original, so each extracted item can point at
the source (``Article.to_original``).  Furniture (navigation, links to other
stories, contact and copyright lines) is not removed from ``text``; it is
blanked to spaces in ``body`` so that offsets stay the same in both.
"""

from __future__ import annotations

import bisect
import codecs
import errno
import html
import itertools
import os
import re
import stat
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache

from extract.rules import read_lines, read_tsv

DEFAULT_MAX_BYTES = 20 * 1024 * 1024


class InputError(ValueError):
    """An input that cannot become an article; the message says why, for errors.jsonl."""


# ---------------------------------------------------------------- decoding

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _cjk_share(text: str) -> float:
    if not text:
        return 0.0
    return sum(1 for c in text if "\u4e00" <= c <= "\u9fff") / len(text)


def decode(data: bytes, *, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[str, str]:
    """Decode article bytes; return the text and the name of the encoding used.

    UTF-8 (with or without BOM) and UTF-16/32 with BOM are taken as declared;
    otherwise GB18030 (a superset of GBK/GB2312) and Big5 are tried and the one
    giving the more plausible Chinese text wins.  A UTF-8 text with a few bad
    bytes is kept, each bad sequence replaced by U+FFFD (:func:`decode_counted`
    says how many).
    """
    text, encoding, _ = decode_counted(data, max_bytes=max_bytes)
    return text, encoding


SALVAGE_RATIO = 5  # a UTF-8 text with bad bytes is kept when its good non-ASCII characters outnumber them this much
SALVAGE_MAX_SHARE = 0.01  # and they are at most this share of its characters (or three)


def _salvage_utf8(data: bytes) -> tuple[str, int] | None:
    """UTF-8 with a few invalid sequences (a stray byte, a damaged character): the text with each
    replaced by U+FFFD and their number, or None when the bytes do not look like UTF-8 at all.
    GBK or Big5 bytes read as UTF-8 give about one bad sequence per Chinese character."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count(b"\xef\xbf\xbd")  # not those written in the file as U+FFFD
    good = sum(1 for c in text if ord(c) > 0x7F) - text.count("\ufffd")
    if bad <= 0 or good < SALVAGE_RATIO * bad or bad > max(3, SALVAGE_MAX_SHARE * len(text)):
        return None
    return text, bad


def decode_counted(data: bytes, *, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[str, str, int]:
    """:func:`decode`, with the number of invalid byte sequences replaced by U+FFFD."""
    if len(data) > max_bytes:
        raise InputError(f"file too large: {len(data):,} bytes (limit {max_bytes:,}; see --max-bytes)")
    if not data.strip():
        raise InputError("empty file" if not data else "file holds only white space")
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(enc), enc.replace("-sig", ""), 0
            except UnicodeDecodeError as e:
                salvaged = _salvage_utf8(data[len(bom) :]) if enc == "utf-8-sig" else None
                if salvaged:
                    return salvaged[0], "utf-8", salvaged[1]
                raise InputError(f"undecodable {enc} after its byte-order mark: {e.reason}") from e
    try:
        return data.decode("utf-8"), "utf-8", 0
    except UnicodeDecodeError as e:
        if e.start >= len(data) - 3 and e.reason == "unexpected end of data":
            # a file cut inside its last character: keep everything before it
            return data[: e.start].decode("utf-8"), "utf-8", 0
        utf8_error = e
    if b"\x00" in data:
        raise InputError("binary file (NUL bytes, no text encoding recognized)")
    salvaged = _salvage_utf8(data)
    if salvaged:
        return salvaged[0], "utf-8", salvaged[1]
    candidates: list[tuple[float, str, str]] = []
    for enc in ("gb18030", "big5"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        candidates.append((_plausibility(text), enc, text))
    if candidates:
        score, enc, text = max(candidates)
        if score > 0.2:
            return text, enc, 0
    raise InputError(f"undecodable: not UTF-8 (byte {utf8_error.start}: {utf8_error.reason}), GB18030 or Big5")


def read_input(path: str | os.PathLike[str], *, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The bytes of an article file, refused (``InputError``) without reading when it is not a
    regular file (a FIFO, a device, a folder) or larger than ``max_bytes``; opened without
    blocking, so a FIFO cannot hang the caller."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError as e:
        raise InputError(_os_reason(e)) from e
    with os.fdopen(fd, "rb") as fh:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise InputError(f"not a regular file ({file_kind(st.st_mode)})")
        if st.st_size > max_bytes:
            raise InputError(f"file too large: {st.st_size:,} bytes (limit {max_bytes:,}; see --max-bytes)")
        try:
            data = fh.read(max_bytes + 1)  # a file growing while read is cut at the limit, then refused
        except OSError as e:
            raise InputError(_os_reason(e)) from e
    if len(data) > max_bytes:
        raise InputError(f"file too large: more than {max_bytes:,} bytes (limit; see --max-bytes)")
    return data


def _os_reason(e: OSError) -> str:
    if e.errno == errno.ENOENT:
        return "no such file or folder"
    if e.errno == errno.ELOOP:
        return "symbolic link loop"
    return f"cannot read: {e.strerror or e}"


def file_kind(mode: int) -> str:
    """What a non-regular file is, in words."""
    for test, name in (
        (stat.S_ISFIFO, "a FIFO"),
        (stat.S_ISSOCK, "a socket"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISDIR, "a folder"),
    ):
        if test(mode):
            return name
    return "not a regular file"


def _plausibility(text: str) -> float:
    """Share of characters that are CJK ideographs or common punctuation/ASCII."""
    if not text:
        return 0.0
    common = 0
    for c in text:
        if "\u4e00" <= c <= "\u9fff" or c.isascii() or "\u3000" <= c <= "\u303f" or "\uff00" <= c <= "\uffef":
            common += 1
        elif "\ue000" <= c <= "\uf8ff" or c in "\ufffd":  # private use: a wrong guess
            common -= 2
    # Big5 read as GB18030 (or the reverse) lands in rare ideographs; penalize the rarest blocks
    rare = sum(1 for c in text if "\u3400" <= c <= "\u4dbf" or "\U00020000" <= c)
    return (common - 2 * rare) / len(text)


# ---------------------------------------------------------------- offset-keeping edits


@dataclass
class Mapped:
    """A string and, for each of its characters, its position in the original."""

    text: str
    pos: list[int]

    @classmethod
    def of(cls, text: str) -> Mapped:
        return cls(text, list(range(len(text))))

    def sub(self, pattern: re.Pattern[str], repl: Callable[[re.Match[str]], str], endpos: int | None = None) -> Mapped:
        """``pattern.sub`` that keeps positions; replacement characters map to the match start.
        Matches are looked for before ``endpos`` only (all the text by default)."""
        end = len(self.text) if endpos is None else endpos
        if pattern.search(self.text, 0, end) is None:
            return self
        out: list[str] = []
        pos: list[int] = []
        last = 0
        for m in pattern.finditer(self.text, 0, end):
            out.append(self.text[last : m.start()])
            pos.extend(self.pos[last : m.start()])
            r = repl(m)
            out.append(r)
            anchor = self.pos[m.start()] if m.start() < len(self.pos) else (self.pos[-1] + 1 if self.pos else 0)
            pos.extend([anchor] * len(r))
            last = m.end()
        out.append(self.text[last:])
        pos.extend(self.pos[last:])
        return Mapped("".join(out), pos)


_PINYIN_VOWELS = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü"
# a reading in parentheses right after a Han character: 經(jīng)濟區(qū)
_PINYIN = re.compile(
    rf"(?<=[\u4e00-\u9fff])(?:[(（][a-zA-Z{_PINYIN_VOWELS}]*[{_PINYIN_VOWELS}][a-zA-Z{_PINYIN_VOWELS}]*[)）])+"
)
_CRLF = re.compile(r"\r\n?")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200d\ufeff]")
_HTML_HINT = re.compile(r"^\s*(<!DOCTYPE html|<html|<head|<body|<meta|<div|<p[ >])", re.I)
_HTML_DROP_OPEN = re.compile(r"<(script|style|noscript)\b|<!--", re.I)
_HTML_BLOCK = re.compile(r"<(br|/p|/div|/h\d|/li|/tr|/title|p|div|li|h\d)\b[^>]*>", re.I)
_HTML_TAG = re.compile(r"<[^>]{0,2000}>")
_HTML_ENTITY = re.compile(r"&(#\d{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,10});")


def _dropped_spans(text: str) -> list[tuple[int, int]]:
    """The ``<script>…</script>``, ``<style>``, ``<noscript>`` elements and ``<!--…-->`` comments
    of a page, each opener taken to its closer; an opener without a closer is left as it is.

    One pass: an opener's closer is searched for from the opener on, and a kind found without
    a closer after some point is not searched for again after it (unclosed ``<!--`` or
    ``<script`` repeated through a page would otherwise cost a scan to the end each)."""
    spans: list[tuple[int, int]] = []
    none_after: dict[str, int] = {}  # kind → a position after which it has no closer
    at = 0
    while (m := _HTML_DROP_OPEN.search(text, at)) is not None:
        kind = (m.group(1) or "!--").lower()
        close = None
        if m.end() < none_after.get(kind, len(text) + 1):
            close = re.compile(r"-->" if kind == "!--" else rf"</{kind}\s*>", re.I).search(text, m.end())
        if close is None:
            none_after[kind] = m.end()
            at = m.start() + 1  # no closer after it: the opener stays text
            continue
        spans.append((m.start(), close.end()))
        at = close.end()
    return spans


def _drop_spans(m: Mapped, spans: list[tuple[int, int]]) -> Mapped:
    if not spans:
        return m
    text: list[str] = []
    pos: list[int] = []
    last = 0
    for s, e in spans:
        text.append(m.text[last:s])
        pos.extend(m.pos[last:s])
        last = e
    text.append(m.text[last:])
    pos.extend(m.pos[last:])
    return Mapped("".join(text), pos)


def strip_html(m: Mapped) -> Mapped:
    """Reduce an HTML page saved as text to its visible text, one block a line."""
    m = _drop_spans(m, _dropped_spans(m.text))
    # a tag runs to the next ">": none of them is searched for after the last one (linear on unclosed "<div")
    m = m.sub(_HTML_BLOCK, lambda _: "\n", endpos=m.text.rfind(">") + 1)
    m = m.sub(_HTML_TAG, lambda _: "", endpos=m.text.rfind(">") + 1)
    return m.sub(_HTML_ENTITY, lambda x: html.unescape(x.group(0)))


def clean(raw: str) -> Mapped:
    """Line ends, invisible controls, HTML and pinyin artifacts out; positions kept."""
    m = Mapped.of(raw)
    m = m.sub(_CRLF, lambda _: "\n")
    m = m.sub(_CONTROL, lambda _: "")
    if _HTML_HINT.match(m.text):
        m = strip_html(m)
    return m.sub(_PINYIN, lambda _: "")


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
    t2s = _converters()[0]
    whole = t2s.convert(text)  # type: ignore[attr-defined]
    if len(whole) == len(text):
        return str(whole)
    out = []
    for line in text.split("\n"):
        conv = t2s.convert(line)  # type: ignore[attr-defined]
        if len(conv) != len(line):
            conv = "".join(c2 if len(c2 := t2s.convert(c)) == 1 else c for c in line)  # type: ignore[attr-defined]
        out.append(conv)
    return "\n".join(out)


@cache
def _simplified_only(c: str) -> bool:
    """A character that Traditional writing would write otherwise (cached per character)."""
    return bool(_converters()[1].convert(c) != c)  # type: ignore[attr-defined]


MIXED_LINES = 2  # lines written wholly in each script that make a page mixed


def _script_lines(text: str, simplified: str, simplified_chars: set[str]) -> tuple[int, int]:
    """How many lines are wholly Simplified (two or more Simplified-only characters, none that
    t2s changes) and wholly Traditional (two or more changed, no Simplified-only one)."""
    lines, converted = text.split("\n"), simplified.split("\n")
    if len(lines) != len(converted):
        return 0, 0
    simp = trad = 0
    for line, conv in zip(lines, converted, strict=True):
        changed = 0 if line == conv else sum(1 for a, b in zip(line, conv, strict=False) if a != b)
        only = sum(1 for c in line if c in simplified_chars)
        simp += only >= 2 and changed == 0
        trad += changed >= 2 and only == 0
    return simp, trad


def detect_script(text: str, simplified: str) -> str:
    """``traditional``, ``simplified`` or ``mixed`` from the distinct characters that differ in the
    two scripts: those OpenCC t2s changed, against those only Simplified writing uses."""
    chars = set(text)
    traditional = len(chars - set(simplified))
    simplified_chars = {c for c in chars if "\u4e00" <= c <= "\u9fff" and _simplified_only(c)}
    simplified_only = len(simplified_chars)
    total = traditional + simplified_only
    if total == 0:
        return "simplified"
    if traditional and simplified_only and min(_script_lines(text, simplified, simplified_chars)) >= MIXED_LINES:
        return "mixed"  # whole lines in each script: a Traditional article under Simplified page labels
    share = traditional / total
    if share >= 0.8:
        return "traditional"
    if share <= 0.2:
        return "simplified"
    return "mixed"


# ---------------------------------------------------------------- furniture


@cache
def _furniture_rules() -> dict[str, re.Pattern[str]]:
    """One alternation per kind (line, head, tail, nohead): one search a line and kind."""
    patterns: dict[str, list[str]] = {"line": [], "head": [], "tail": [], "nohead": []}
    for kind, pattern in read_tsv("furniture.tsv"):
        patterns[kind].append(f"(?:{pattern})")
    # re.M: ^/$ are line anchors, so one pattern serves a single line and the whole page
    return {kind: re.compile("|".join(ps) or "(?!)", re.M) for kind, ps in patterns.items()}


@cache
def _credit_rule() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in read_lines("credit_lines.txt")))


HEAD_WINDOW = 15  # a header marker further down than this many lines is not a page header
NAV_ITEM_MAX = 12  # characters of a navigation item between separator lines


def line_offsets(text: str) -> list[tuple[int, str]]:
    """The lines of ``text`` with their start offsets."""
    out, at = [], 0
    for line in text.split("\n"):
        out.append((at, line))
        at += len(line) + 1
    return out


def is_never_headline(line: str) -> bool:
    """A line that stays in the article but is never its headline (furniture.tsv ``nohead``)."""
    return _furniture_rules()["nohead"].search(line) is not None


def is_credit_line(line: str) -> bool:
    return _credit_rule().search(line) is not None


def _lines_matching(kind: str, stripped: list[str]) -> set[int]:
    """Indices of the lines a furniture pattern matches: one regex pass over all the lines
    joined (the patterns are per line: ``^``/``$`` are line anchors), then each hit confirmed
    on its own line."""
    rule = _furniture_rules()[kind]
    joined = "\n".join(stripped)
    starts = list(itertools.accumulate((len(s) + 1 for s in stripped), initial=0))
    hits: set[int] = set()
    for m in rule.finditer(joined):  # a match may run over a line end (\s): take its lines
        first = bisect.bisect_right(starts, m.start()) - 1
        last = bisect.bisect_right(starts, max(m.start(), m.end() - 1)) - 1
        hits.update(range(first, last + 1))
    return {i for i in hits if 0 <= i < len(stripped) and rule.search(stripped[i])}


PROSE_MIN = 20  # characters of a line that reads as article prose (with a sentence mark)
MAX_PROSE_REMOVED = 0.5  # furniture never takes more than this share of a page's prose


def _prose_chars(stripped: list[str], indices: Iterable[int]) -> int:
    return sum(len(s) for i in indices if len(s := stripped[i]) >= PROSE_MIN and _SENTENCE_MARK.search(s))


_SENTENCE_MARK = re.compile(r"[。，,；;！？!?]")


def page_furniture(lines: list[str]) -> tuple[set[int], bool]:
    """Indices of the furniture lines, and whether the detection was uncertain.

    The guard: when the header, navigation or footer rules would take most of the page's prose
    (an e-paper page whose edition and page-turn lines stand above a short article, a footer
    marker before the story), they are not applied — only single furniture lines are blanked —
    and the page is marked uncertain.  Furniture detection never silently blanks the article."""
    out = furniture_lines(lines)
    if not out:
        return out, False
    stripped = [ln.strip() for ln in lines]
    total = _prose_chars(stripped, range(len(stripped)))
    if total and _prose_chars(stripped, out) > MAX_PROSE_REMOVED * total:
        single = _lines_matching("line", stripped)
        return {i for i in single if not _prose_chars(stripped, [i])}, True
    return out, False


def furniture_lines(lines: list[str]) -> set[int]:
    """Indices of the lines that are page furniture."""
    rules = _furniture_rules()
    stripped = [ln.strip() for ln in lines]
    nonempty = [i for i, s in enumerate(stripped) if s]
    out: set[int] = set()
    line_hits = _lines_matching("line", stripped)

    # page header: everything down to the last header marker near the top, but credit lines
    head_end = -1
    for i in nonempty[:HEAD_WINDOW]:
        if rules["head"].search(stripped[i]):
            head_end = i
    out.update(i for i in range(head_end + 1) if not is_credit_line(stripped[i]))
    # navigation items: short lines between separator lines
    sep = {i for i in line_hits if len(stripped[i]) <= 2}
    if sep:
        for k, i in enumerate(nonempty):
            prev_i = nonempty[k - 1] if k else None
            next_i = nonempty[k + 1] if k + 1 < len(nonempty) else None
            if (
                len(stripped[i]) <= NAV_ITEM_MAX
                and (prev_i in sep or next_i in sep)
                and not is_credit_line(stripped[i])
            ):
                out.add(i)
    # footer: from the first footer marker on, but credit lines stay
    tail_start = min((i for i in _lines_matching("tail", stripped) if i > head_end), default=None)
    for i in nonempty:
        s = stripped[i]
        in_line = i in line_hits
        if (tail_start is not None and i >= tail_start) or in_line:
            if not is_credit_line(s) or (in_line and not _has_credit_value(s)):
                out.add(i)
    out.update(_trailing_links(stripped, nonempty, out))
    return out


_LINK_ITEM = re.compile(r"^[·•▪■◆●○◇►▶]\s*[^。！？!?；;]{2,40}$")
LINK_RUN_MIN = 2  # bulleted headlines at the very end of a page: links to other stories


def _trailing_links(stripped: list[str], nonempty: list[int], out: set[int]) -> list[int]:
    """A run of short bulleted lines that ends the page (·宜昌市长率团来我市考察): related
    stories without a header, not the article."""
    run: list[int] = []
    for i in reversed(nonempty):
        if i in out and not run:
            continue  # furniture after the run (a copyright line)
        if _LINK_ITEM.match(stripped[i]):
            run.append(i)
            continue
        break
    return run if len(run) >= LINK_RUN_MIN else []


def _has_credit_value(line: str) -> bool:
    """A contact/copyright line can still carry a 来源; keep it then."""
    return bool(re.search(r"来源\s*[:：]?\s*\S", line))


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
    pos: list[int] = field(repr=False)
    furniture: list[tuple[int, int]] = field(default_factory=list)
    furniture_uncertain: bool = False  # the furniture rules would have taken most of the prose
    decode_errors: int = 0  # invalid byte sequences replaced by U+FFFD when decoding

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a ``[start, end)`` span of ``text`` to the decoded original."""
        if not self.pos:
            return (0, 0)
        s = self.pos[min(start, len(self.pos) - 1)]
        e = self.pos[min(max(end - 1, start), len(self.pos) - 1)] + 1
        return (s, max(e, s))


def normalize_text(raw: str, *, doc_id: str = "text", encoding: str = "utf-8") -> Article:
    """Decoded text → ``Article``."""
    m = clean(raw)
    simplified = to_simplified(m.text)
    script = detect_script(m.text, simplified)
    lines = simplified.split("\n")
    blank, uncertain = page_furniture(lines)
    body_lines, spans, at = [], [], 0
    for i, line in enumerate(lines):
        if i in blank and line.strip():
            body_lines.append(" " * len(line))
            spans.append((at, at + len(line)))
        else:
            body_lines.append(line)
        at += len(line) + 1
    return Article(
        doc_id=doc_id,
        raw=raw,
        text=simplified,
        body="\n".join(body_lines),
        encoding=encoding,
        script=script,
        pos=m.pos,
        furniture=spans,
        furniture_uncertain=uncertain,
    )


def normalize_bytes(data: bytes, *, doc_id: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Article:
    raw, encoding, bad = decode_counted(data, max_bytes=max_bytes)
    article = normalize_text(raw, doc_id=doc_id, encoding=encoding)
    article.decode_errors = bad
    if not article.text.strip():
        raise InputError("file holds only white space" if not raw.strip() else "no text left after cleaning")
    return article
