"""Loading of the data files in ``rules/``: code says how, these files say what.

Every file there is UTF-8 text; ``#`` starts a comment line (each file opens
with a header saying what it lists, where the entries came from and how they
are matched), blank lines are ignored, and TSV files separate columns with a
tab.  Loaded files are cached per process.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_HERE = Path(__file__).resolve().parent


@cache
def rules_dir() -> Path:
    """The rules folder: packaged copy in a wheel, the repository's ``rules/`` in a checkout."""
    for candidate in (_HERE / "rules", _HERE.parent.parent / "rules"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("extract: the rules/ data folder is missing from this installation")


@cache
def read_lines(name: str) -> tuple[str, ...]:
    """Non-comment, non-blank lines of ``rules/<name>``, stripped."""
    path = rules_dir() / name
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return tuple(out)


@cache
def read_tsv(name: str) -> tuple[tuple[str, ...], ...]:
    """Rows of a tab-separated ``rules/<name>``; cells stripped."""
    return tuple(tuple(cell.strip() for cell in line.split("\t")) for line in read_lines(name))
