"""text.prefilter: the characters a pattern's every match needs, read off the pattern, rule a text
out only when it cannot match."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from extract.rules import read_groups, read_lines
from extract.text.normalize import normalize_text
from extract.text.prefilter import first_chars, may_match, required_chars

ROOT = Path(__file__).resolve().parent.parent


def _texts() -> list[str]:
    """The sample articles and the written sets' articles, normalized as the extractors read them."""
    files = sorted((ROOT / "data" / "raw").glob("*.txt")) + sorted(ROOT.glob("bench/heldout*/articles/*.txt"))
    return [normalize_text(p.read_text(encoding="utf-8", errors="replace")).text for p in files]


def _patterns() -> list[re.Pattern[str]]:
    """The patterns of the rules files that are read with the prefilter, and others of every shape."""
    pats = [re.compile(p, re.M) for p in read_lines("sources.txt")]
    pats += [re.compile(p, re.M) for ps in read_groups("furniture.tsv").values() for p in ps]
    pats += [re.compile(p) for p in read_lines("credit_lines.txt")]
    return pats


def test_every_match_holds_the_required_characters() -> None:
    texts = _texts()
    assert len(texts) > 100
    checked = 0
    for pattern in _patterns():
        needs = required_chars(pattern)
        for text in texts:
            for m in pattern.finditer("\n" + text):
                checked += 1
                # the match's own text (lookarounds aside) and the text around it hold each set
                assert may_match(needs, "\n" + text), (pattern.pattern, m.group())
    assert checked > 200


@pytest.mark.parametrize(
    ("pattern", "absent", "present"),
    [
        # a literal, a class of literals and an alternation's first characters
        (r"[\n】\]（(]\s*据?\s*(?P<s>[^\s，。,]{1,8}?社)[^\s，。,]{0,10}?电", "据新华社报道，会议召开。", "\n新华社北京5月3日电"),
        (r"[【\[](?P<s>[^】\]\s，。,]{2,12}?)(?:专讯|讯|消息)[】\]]", "本报讯　记者王强", "【明报专讯】记者王强"),
        (r"(?:来源|稿源|出处)\s*[:：]\s*(?P<s>\S{2,24})", "来源于市政府", "来源：市政府网站"),
        # a lookahead's characters are in the text too
        (r"会议(?=召开)", "会议举行", "会议召开"),
    ],
)
def test_a_text_without_a_needed_character_is_ruled_out(pattern: str, absent: str, present: str) -> None:
    p = re.compile(pattern)
    needs = required_chars(p)
    assert p.search(absent) is None and not may_match(needs, absent)
    assert p.search(present) is not None and may_match(needs, present)


@pytest.mark.parametrize(
    "pattern",
    [r"\d+年", r"[^，。]{2,8}会议|论坛", r"(?i)abc", r"(?:市长)?会议?", r"[\u4e00-\u9fff]{2}"],
)
def test_what_is_not_needed_is_not_required(pattern: str) -> None:
    """Optional parts, one branch's characters, negated and wide classes and ignored case require nothing
    a match can do without."""
    p = re.compile(pattern)
    needs = required_chars(p)
    for text in ("2024年", "召开了一次会", "论坛", "ABC", "会", "合作"):
        if p.search(text):
            assert may_match(needs, text), (pattern, text)


def test_a_match_begins_with_one_of_the_first_characters() -> None:
    """``first_chars``: every match of the rules' patterns, at every line start and every place of a
    line, begins with one of the characters read off the pattern (where it names them)."""
    lines = [line.strip() for text in _texts() for line in text.split("\n")]
    checked = 0
    for pattern in _patterns():
        firsts = first_chars(pattern)
        if firsts is None:
            continue
        for line in lines:
            for m in pattern.finditer(line):
                checked += 1
                assert line[m.start() : m.start() + 1] in firsts, (pattern.pattern, line)
    assert checked > 50


@pytest.mark.parametrize(
    ("pattern", "firsts"),
    [
        (r"^(第\s*[A-Z]?|[A-Z]{1,2}\s*)[0-9]{1,3}\s*版", "第" + "ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
        (r"^[•·]*(电话|传\s*真)", "•·电传"),  # an optional run before the words: its characters too
        (r"(?:市长)?会议?", "市会"),
        (r"^\s*!\[", "*"),  # \s: all the white space, listed (checked below)
        (r"[^，。]{2,8}会议", None),  # a negated class
        (r"[\u4e00-\u9fff]{2}", None),  # a wide range
        (r"(?i)abc", None),
        (r"(?:会议)?", None),  # a match may be empty
        (r".会", None),
        (r"(?=会)会议", None),  # a lookaround first
    ],
)
def test_first_characters(pattern: str, firsts: str | None) -> None:
    got = first_chars(re.compile(pattern, re.M))
    if pattern == r"^\s*!\[":
        assert got is not None and "!" in got and " " in got and "\u3000" in got and "会" not in got
    else:
        assert got == (None if firsts is None else frozenset(firsts))


def test_a_scanning_pattern_finds_the_same_matches() -> None:
    """``scanning``: the title heads (an optional modifier first: 副|市长), the organization words
    at a phrase's end and the patterns of the rules files find, in the written sets' articles, the
    same matches with the lookahead of their first characters as without it."""
    from extract.extractors.namelex import head_start_re, lexicon
    from extract.text.prefilter import scanning

    texts = _texts()
    guarded = 0
    for pattern in [head_start_re(), lexicon().stop_re, *_patterns()]:
        scan = scanning(pattern)
        guarded += scan is not pattern
        for text in texts:
            assert [m.span() for m in scan.finditer(text)] == [m.span() for m in pattern.finditer(text)]
    assert guarded >= 2  # the heads and the stop words, which re scans without a first-character skip


@pytest.mark.parametrize(
    ("pattern", "guarded"),
    [
        (r"(?:副|常务)?(?:市长|书记)", True),  # an optional part first: re tries every position
        (r"(?i)(?:vice )?mayor", False),  # case-insensitive: no first characters known
        (r"市长|书记", False),  # re's own skip to the first characters
        (r"[市县]长", False),
        (r"(?m)^(?:本报)?讯", True),  # the global flags stay first
    ],
)
def test_scanning_guards_only_where_re_does_not_skip(pattern: str, guarded: bool) -> None:
    from extract.text.prefilter import scanning

    p = re.compile(pattern)
    scan = scanning(p)
    assert (scan is not p) is guarded
    text = "据本报讯，副市长张三与市委书记李四及常务副市长王五会见Vice Mayor Lee。"
    assert [m.span() for m in scan.finditer(text)] == [m.span() for m in p.finditer(text)]
