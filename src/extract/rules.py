"""Loading of the data files in ``rules/``: code says how, these files say what.

Every file there is UTF-8 text; ``#`` starts a comment line (each file opens
with a header saying what it lists, where the entries came from and how they
are matched), blank lines are ignored, and TSV files separate columns with a
tab.

Each file is checked against its schema in ``rules/SCHEMA.tsv`` (its columns,
their types or allowed values, which columns must not repeat) when it is first
read; a row that breaks it raises :class:`RulesError` naming ``file:line``.

User rules: the folders named by the ``EXTRACT_RULES_DIR`` environment variable
(several separated by ``os.pathsep``) and by :func:`use_user_rules` hold files
with the names of packaged ones; their rows are appended to the packaged rows
and checked the same way (a row repeating a packaged key is an error, so is a
file the package does not have).  Loaded files are cached per process.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

_HERE = Path(__file__).resolve().parent

ENV_VAR = "EXTRACT_RULES_DIR"
SCHEMA_FILE = "SCHEMA.tsv"
RULE_SUFFIXES = (".txt", ".tsv")  # the files of a user rules folder that are rules (a README.md there is not)


class RulesError(ValueError):
    """A rules file (packaged or user) breaks its schema; the message names each ``file:line`` and the problem."""

    def __init__(self, problems: Iterable[str]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(self.problems))


@cache
def rules_dir() -> Path:
    """The rules folder: packaged copy in a wheel, the repository's ``rules/`` in a checkout."""
    for candidate in (_HERE / "rules", _HERE.parent.parent / "rules"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("extract: the rules/ data folder is missing from this installation")


# ---------------------------------------------------------------- user folders

_user_dirs: tuple[Path, ...] = ()


def user_rules_dirs() -> tuple[Path, ...]:
    """The user rules folders in force: those of ``EXTRACT_RULES_DIR``, then those given to :func:`use_user_rules`."""
    env = tuple(Path(p) for p in os.environ.get(ENV_VAR, "").split(os.pathsep) if p.strip())
    out: list[Path] = []
    bad = [d for d in env if not d.is_dir()]
    if bad:
        raise RulesError([f"{d}: user rules folder named in {ENV_VAR} is not a folder" for d in bad])
    for d in (*env, *_user_dirs):
        d = d.resolve()
        if d not in out and d != rules_dir().resolve():
            out.append(d)
    return tuple(out)


def use_user_rules(*dirs: str | Path) -> None:
    """Extend the packaged rules with the files of ``dirs`` (after those of ``EXTRACT_RULES_DIR``).

    ``use_user_rules()`` with no folder goes back to the environment's folders alone.  Every
    table the package built from the rules (compiled patterns, the region index, loaded
    pipelines) is dropped and rebuilt on next use.  Worker processes forked later inherit the
    setting; processes started otherwise (a dask cluster) need ``EXTRACT_RULES_DIR`` instead.
    """
    global _user_dirs
    new = tuple(Path(d) for d in dirs)
    bad = [d for d in new if not d.is_dir()]
    if bad:  # fails here, not at the next lookup
        raise RulesError([f"{d}: user rules folder given to use_user_rules() is not a folder" for d in bad])
    if new != _user_dirs:
        _user_dirs = new
        clear_caches()


def clear_caches() -> None:
    """Drop every ``functools.cache`` of the package's loaded modules: they hold tables built from the rules.

    Call it after changing ``EXTRACT_RULES_DIR`` in a running process (:func:`use_user_rules` calls it).
    """
    for name, module in list(sys.modules.items()):
        if module is None or not (name == "extract" or name.startswith("extract.")):
            continue
        for obj in list(vars(module).values()):
            if getattr(obj, "__module__", None) == name and callable(getattr(obj, "cache_clear", None)):
                obj.cache_clear()


# ---------------------------------------------------------------- schema


@dataclass(frozen=True)
class Column:
    """One column of a rules file, as declared in ``rules/SCHEMA.tsv``."""

    name: str
    type: str  # text | char | int | regex | regex(<group>) | {a,b,c} | @file:column
    optional: bool = False  # the cell may be empty or (a trailing column) missing
    key: bool = False  # part of the row's key: no two rows of the file have the same key
    unique: str = ""  # each value (each element of a list) appears once among the columns of this group
    split: str = ""  # "|" or " ": the cell is a list of values separated so

    def values(self, cell: str) -> list[str]:
        if not self.split:
            return [cell] if cell else []
        return [v.strip() for v in cell.split(self.split.strip() or None) if v.strip()]


@dataclass(frozen=True)
class Row:
    """A non-comment line of a rules file: where it is (``file:line``) and its cells, stripped."""

    where: str
    text: str  # the line, stripped
    cells: tuple[str, ...]

    def __getitem__(self, i: int) -> str:
        return self.cells[i]

    def __len__(self) -> int:
        return len(self.cells)


def _read(path: Path, label: str) -> list[Row]:
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as e:
        raise RulesError([f"{label}: not UTF-8 text ({e.reason} at byte {e.start})"]) from None
    out = []
    for n, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(Row(f"{label}:{n}", line, tuple(cell.strip() for cell in line.split("\t"))))
    return out


_FLAG = re.compile(r"(key|optional|unique(?:=\w+)?|list=(?:\||space))")
_TYPE = re.compile(r"text|char|int|regex(?:\(\w+\))?|@[\w.]+:\w+|\{[^{},\s]+(?:,[^{},\s]+)*\}")


@cache
def schema() -> dict[str, tuple[Column, ...]]:
    """File name → its columns, from ``rules/SCHEMA.tsv``."""
    out: dict[str, list[Column]] = {}
    problems = []
    for row in _read(rules_dir() / SCHEMA_FILE, f"rules/{SCHEMA_FILE}"):
        if len(row) < 3 or len(row) > 4:
            problems.append(f"{row.where}: {len(row)} columns, expected file, column, type and flags")
            continue
        file, name, typ = row[0], row[1], row[2]
        flags = [f.strip() for f in (row[3].split(",") if len(row) > 3 else []) if f.strip()]
        bad = [f for f in flags if not _FLAG.fullmatch(f)] + ([] if _TYPE.fullmatch(typ) else [typ])
        if bad:
            problems.append(f"{row.where}: unknown type or flag {', '.join(bad)}")
            continue
        split = next((f[5:] for f in flags if f.startswith("list=")), "")
        unique = next((f.partition("=")[2] or name for f in flags if f.startswith("unique")), "")
        out.setdefault(file, []).append(
            Column(name, typ, "optional" in flags, "key" in flags, unique, " " if split == "space" else split)
        )
    for cols in out.values():
        for c in cols:
            file, _, column = c.type[1:].partition(":")
            if c.type.startswith("@") and column not in [r.name for r in out.get(file, [])]:
                problems.append(f"rules/{SCHEMA_FILE}: {c.name} refers to {c.type[1:]}, which is not declared")
    if problems:
        raise RulesError(problems)
    return {f: tuple(cols) for f, cols in out.items()}


def _check_value(col: Column, value: str) -> str | None:
    """What is wrong with one value of ``col`` (None when nothing is)."""
    t = col.type
    if t == "text":
        return None
    if t == "char":
        return None if len(value) == 1 else f"{col.name} {value!r} is not one character"
    if t == "int":
        return None if re.fullmatch(r"[+-]?\d+", value) else f"{col.name} {value!r} is not an integer"
    if t.startswith("regex"):
        try:
            pattern = re.compile(value)
        except re.error as e:
            return f"{col.name} is not a valid regular expression ({e}): {value}"
        group = t[6:-1]
        if group and group not in pattern.groupindex:
            return f"{col.name} has no named group (?P<{group}>…): {value}"
        return None
    if t.startswith("@"):
        file, _, column = t[1:].partition(":")
        if value not in _column_values(file, column):
            return f"{col.name} {value!r} is not in {file} (column {column})"
        return None
    allowed = t[1:-1].split(",")
    if value in allowed:
        return None
    return f"{col.name} {value!r} is not one of {', '.join(allowed)} (rules/{SCHEMA_FILE})"


def _validate(name: str, rows: list[Row]) -> None:
    columns = schema().get(name)
    if columns is None:
        return  # a file without a schema row loads unchecked; tests/test_rules.py fails on it
    problems: list[str] = []
    keys: dict[tuple[str, ...], str] = {}
    seen: dict[tuple[str, str], str] = {}
    required = max((i + 1 for i, c in enumerate(columns) if not c.optional), default=0)
    for row in rows:
        if len(row) > len(columns) or len(row) < required:
            names = ", ".join(c.name + (" (optional)" if c.optional else "") for c in columns)
            problems.append(f"{row.where}: {len(row)} columns, expected {names} (rules/{SCHEMA_FILE})")
            continue
        for col, cell in zip(columns, row.cells, strict=False):
            values = col.values(cell)
            if not values and not col.optional:
                problems.append(f"{row.where}: {col.name} is empty")
            problems += [f"{row.where}: {msg}" for v in values if (msg := _check_value(col, v))]
            for v in values if col.unique else ():
                first = seen.setdefault((col.unique, v), row.where)
                if first != row.where or values.count(v) > 1:
                    problems.append(f"{row.where}: duplicate {col.name} {v!r} (first at {first})")
        key = tuple(cell for col, cell in zip(columns, row.cells, strict=False) if col.key)
        if key:
            first = keys.setdefault(key, row.where)
            if first != row.where:
                problems.append(f"{row.where}: duplicate row {' / '.join(key)} (first at {first})")
    if problems:
        raise RulesError(sorted(set(problems), key=problems.index))


@cache
def _column_values(file: str, column: str) -> frozenset[str]:
    cols = schema()[file]
    i = next(i for i, c in enumerate(cols) if c.name == column)
    return frozenset(v for row in read_rows(file) if i < len(row) for v in cols[i].values(row[i]))


# ---------------------------------------------------------------- reading


def _unknown_user_files() -> list[str]:
    known = {p.name for p in rules_dir().iterdir()} - {SCHEMA_FILE}
    return [
        f"{p}: user rules file has no packaged counterpart (user files extend packaged ones of the same name)"
        for d in user_rules_dirs()
        for p in sorted(d.iterdir())
        if p.is_file() and p.suffix in RULE_SUFFIXES and p.name not in known
    ]


@cache
def read_rows(name: str) -> tuple[Row, ...]:
    """Rows of ``rules/<name>`` followed by those of the user folders' files of that name, checked."""
    unknown = _unknown_user_files()
    if unknown:
        raise RulesError(unknown)
    rows = _read(rules_dir() / name, f"rules/{name}")
    for d in user_rules_dirs():
        if (d / name).is_file():
            rows += _read(d / name, str(d / name))
    _validate(name, rows)
    return tuple(rows)


@cache
def read_lines(name: str) -> tuple[str, ...]:
    """Non-comment, non-blank lines of ``rules/<name>`` (and of the user files of that name), stripped."""
    return tuple(row.text for row in read_rows(name))


@cache
def read_tsv(name: str) -> tuple[tuple[str, ...], ...]:
    """Rows of a tab-separated ``rules/<name>`` (and of the user files of that name); cells stripped."""
    return tuple(row.cells for row in read_rows(name))


def read_tsv_once(name: str) -> tuple[tuple[str, ...], ...]:
    """``read_tsv`` without keeping the rows: for a large table read once into a structure that is
    itself kept (the gazetteer's unit tables: some 4,000 rows of former units)."""
    return tuple(row.cells for row in read_rows.__wrapped__(name))


@cache
def read_groups(name: str) -> dict[str, tuple[str, ...]]:
    """The rows of a two-column ``rules/<name>`` grouped by their first column (a kind, a field),
    the second columns in file order: ``events.tsv`` → {"noun": ("会议", …), "verb": (…), …}."""
    out: dict[str, list[str]] = {}
    for row in read_tsv(name):
        out.setdefault(row[0], []).append(row[1])
    return {k: tuple(v) for k, v in out.items()}


def rules_files() -> list[Path]:
    """Every rules file in force: the packaged ones, then the user folders'."""
    packaged = sorted(p for p in rules_dir().iterdir() if p.is_file())
    user = [p for d in user_rules_dirs() for p in sorted(d.iterdir()) if p.is_file() and p.suffix in RULE_SUFFIXES]
    return packaged + user


def validate_all() -> list[str]:
    """Every problem of every rules file in force (an empty list when all are well)."""
    problems: list[str] = []
    try:
        names = set(schema())
    except RulesError as e:
        return list(e.problems)
    files = {p.name for p in rules_dir().iterdir() if p.is_file()} - {SCHEMA_FILE}
    problems += [f"rules/{n}: no columns declared in rules/{SCHEMA_FILE}" for n in sorted(files - names)]
    problems += [f"rules/{SCHEMA_FILE}: declares {n}, which is not in rules/" for n in sorted(names - files)]
    for n in sorted(files & names):
        try:
            read_rows(n)
        except RulesError as e:
            problems += [p for p in e.problems if p not in problems]
    return problems


def main(argv: list[str] | None = None) -> int:
    """``python -m extract.rules [FOLDER …]``: check the packaged rules and these user folders."""
    dirs = sys.argv[1:] if argv is None else argv
    try:
        use_user_rules(*dirs)
        problems = validate_all()
    except RulesError as e:
        problems = list(e.problems)
    for p in problems:
        print(p, file=sys.stderr)
    if not problems:
        print(f"rules: {len(rules_files())} files checked, no problem")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
