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


def _selectivity(choice: frozenset[str]) -> tuple[int, int]:
    """Fewer alternatives first, then longer words: the sets that rule out the most texts."""
    return len(choice), -min(map(len, choice))


def _class_chars(items: Any) -> frozenset[str] | None:
    """The characters of a class written as literals and short ranges ([【\\[], [电讯]); None for
    a negated class, a category (\\s, \\d) or a wide range."""
    chars: set[str] = set()
    for op, av in items:
        if op is sre_c.LITERAL:
            chars.add(chr(av))
        elif op is sre_c.RANGE and av[1] - av[0] < _MAX_CHOICE:
            chars.update(chr(c) for c in range(av[0], av[1] + 1))
        else:
            return None
    return frozenset(chars)
