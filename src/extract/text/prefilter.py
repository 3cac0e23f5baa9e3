"""Which characters a regular expression's every match needs: a test that rules a pattern out of a
text before the regex engine scans it.

A list of patterns tried in order over an article (rules/sources.txt, the credit and date
patterns) spends most of its time proving that a pattern does not match: each is tried at every
position it may begin.  Most of them need a character the article does not hold (电, 讯, 据…), and
``c in text`` finds that out in one C scan.  :func:`required_chars` reads the needed characters
off the pattern's parse tree (``re._parser``, the parser ``re.compile`` uses), so the pattern
files stay the only place that says what is matched; :func:`may_match` is the test.  Exact: a text
the test turns down holds no match, wherever a search of it starts or ends.
"""

from __future__ import annotations

import re
import re._constants as sre_c  # type: ignore[import-not-found,unused-ignore]
import re._parser as sre_p  # type: ignore[import-not-found,unused-ignore]
from functools import cache
from typing import Any

Requirement = tuple[frozenset[str], ...]  # each set: one of its words (or characters) is in every match

_MAX_CHOICE = 8  # a set of more alternatives than this tests more than it saves: not kept
_MAX_SETS = 4  # the most selective sets kept (the smallest)


def required_chars(pattern: re.Pattern[str]) -> Requirement:
    """Sets of words (literal characters in a row; a class's characters) such that every match of
    ``pattern`` (its lookarounds' text included) holds one word of each set.  Empty: nothing is
    known (the test passes every text)."""
    if pattern.flags & re.IGNORECASE:
        return ()
    sets = {s for s in _required(sre_p.parse(pattern.pattern, pattern.flags)) if len(s) <= _MAX_CHOICE}
    return tuple(sorted(sets, key=lambda s: (*_selectivity(s), sorted(s)))[:_MAX_SETS])


def may_match(required: Requirement, text: str) -> bool:
    """False only when ``text`` lacks every word of one of the ``required`` sets, so that the
    pattern they were read from cannot match anywhere in it."""
    for choice in required:  # (loops, not all(any(…)): two generators a call cost more than the scans)
        for word in choice:
            if word in text:
                break
        else:
            return False
    return True


def _required(seq: Any) -> list[frozenset[str]]:
    out: list[frozenset[str]] = []
    run = ""  # literal characters in a row: one word every match holds
    for op, av in seq:
        if op is sre_c.LITERAL:
            run += chr(av)
            continue
        if run:
            out.append(frozenset([run]))
            run = ""
        if op is sre_c.IN:
            chars = _class_chars(av)
            if chars:
                out.append(chars)
        elif op is sre_c.SUBPATTERN:
            out += _required(av[-1])
        elif op is sre_c.ATOMIC_GROUP:
            out += _required(av)
        elif op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, sre_c.POSSESSIVE_REPEAT) and av[0] >= 1:
            out += _required(av[2])
        elif op is sre_c.ASSERT:  # (?=…), (?<=…): its text is in the searched string too
            out += _required(av[1])
        elif op is sre_c.BRANCH:
            # one set of each alternative (its most selective): one of their words is in every match
            per_alt = [_required(alt) for alt in av[1]]
            if per_alt and all(per_alt):
                out.append(frozenset().union(*(min(sets, key=_selectivity) for sets in per_alt)))
    if run:
        out.append(frozenset([run]))
    return out


def first_chars(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """The characters a match of ``pattern`` can begin with (the zero-width anchors ``^``, ``$``,
    ``\\b`` before them pass over no character), so that a ``match`` at a place holding none of them is
    known to fail; None where any character may begin one: a match that may be empty, a class
    negated or of a category (``\\s``, ``\\w``), a wide range, ``.``, a lookaround or a back
    reference first, or a case-insensitive part."""
    if pattern.flags & re.IGNORECASE:
        return None
    first = _first(sre_p.parse(pattern.pattern, pattern.flags))
    return first[0] if first is not None and not first[1] else None


def _first(seq: Any) -> tuple[frozenset[str], bool] | None:
    """The characters a match of ``seq`` can begin with and whether it can be empty; None: unknown."""
    chars: set[str] = set()
    for op, av in seq:
        if op is sre_c.AT:
            continue  # zero-width: the character after it begins the match
        if op is sre_c.LITERAL:
            item: tuple[frozenset[str], bool] | None = frozenset(chr(av)), False
        elif op is sre_c.IN:
            cls = _class_chars(av, _MAX_RANGE, spaces=True)
            item = (cls, False) if cls else None
        elif op is sre_c.SUBPATTERN:
            item = None if av[1] & re.IGNORECASE else _first(av[-1])  # (?i:…): its case forms too
        elif op is sre_c.ATOMIC_GROUP:
            item = _first(av)
        elif op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, sre_c.POSSESSIVE_REPEAT):
            inner = _first(av[2])
            item = None if inner is None else (inner[0], inner[1] or av[0] == 0)
        elif op is sre_c.BRANCH:
            alts = [_first(alt) for alt in av[1]]
            item = None
            if alts and all(a is not None for a in alts):
                known = [a for a in alts if a is not None]
                item = frozenset().union(*(a[0] for a in known)), any(a[1] for a in known)
        else:  # ., a lookaround, a back reference, a negated literal…
            return None
        if item is None:
            return None
        chars |= item[0]
        if not item[1]:
            return frozenset(chars), False
    return frozenset(chars), True


_MAX_RANGE = 256  # a class range wider than this (\u4e00-\u9fff) begins too much to be worth listing


@cache
def _white_space() -> frozenset[str]:
    """What ``\\s`` matches (``str.isspace``: every such character is in the Basic Multilingual Plane)."""
    return frozenset(c for c in map(chr, range(0x10000)) if c.isspace())


def _selectivity(choice: frozenset[str]) -> tuple[int, int]:
    """Fewer alternatives first, then longer words: the sets that rule out the most texts."""
    return len(choice), -min(map(len, choice))


def _class_chars(items: Any, widest: int = _MAX_CHOICE, spaces: bool = False) -> frozenset[str] | None:
    """The characters of a class written as literals and ranges narrower than ``widest`` ([【\\[],
    [电讯]), and with ``spaces`` \\s too; None for a negated class, another category (\\d) or a wider
    range."""
    chars: set[str] = set()
    for op, av in items:
        if op is sre_c.LITERAL:
            chars.add(chr(av))
        elif op is sre_c.RANGE and av[1] - av[0] < widest:
            chars.update(chr(c) for c in range(av[0], av[1] + 1))
        elif spaces and op is sre_c.CATEGORY and av is sre_c.CATEGORY_SPACE:
            chars |= _white_space()
        else:
            return None
    return frozenset(chars)


def scanning(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` for scans of a whole text (``finditer``, ``search``): led by a lookahead at the
    characters its matches begin with (:func:`first_chars`), so that the engine gives up on a
    position at its first character.  ``re`` finds such a set by itself only for a pattern whose
    first item is a literal or a class; one that opens with an optional part (a title's modifier
    before its head: 副|市长) it tries in full at every position — five times as slow on an
    article.  The same matches; ``pattern`` itself where ``re`` already skips or no set is known.
    Not for ``match`` at a given position, where the lookahead only adds a step."""
    first = first_chars(pattern)
    if first is None or _engine_skips(pattern):
        return pattern
    flags = _GLOBAL_FLAGS.match(pattern.pattern)  # (?i) and the like stay first
    head = flags.group() if flags else ""
    guard = f"(?=[{re.escape(''.join(sorted(first)))}])"
    return re.compile(f"{head}{guard}(?:{pattern.pattern[len(head):]})", pattern.flags)


_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")


def _engine_skips(pattern: re.Pattern[str]) -> bool:
    """``re`` itself knows a literal prefix or the first characters of ``pattern``'s matches."""
    import re._compiler as sre_comp  # type: ignore[import-not-found,unused-ignore]

    tree = sre_p.parse(pattern.pattern, pattern.flags)
    prefix = sre_comp._get_literal_prefix(tree, pattern.flags)[0]
    return bool(prefix or sre_comp._get_charset_prefix(tree, pattern.flags))
