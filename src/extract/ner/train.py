"""Reproducible training recipe of extract's NER pipeline.

Data: the public benchmarks in ``../shared/benchmarks`` (CLUENER2020 and MSRA, see
its README.md).  Two heads are trained with the same config (``config.cfg`` beside
this file), one after the other, then assembled into one pipeline:

* ``ner``       CLUENER2020 fine labels (name, position, government, ...), trained on
  train.json less a held-out slice used to pick the best checkpoint;
* ``ner_msra``  MSRA PER / LOC / ORG, trained on train.bmes less a held-out slice.

The official CLUENER dev and MSRA test splits are only used by :func:`evaluate`.
Run ``python -m extract.ner.train --help`` or ``extract ner train``.
"""

from __future__ import annotations

import copy
import json
import random
import shutil
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

Record = tuple[str, list[tuple[int, int, str]]]

HERE = Path(__file__).resolve().parent
CONFIG_PATH = HERE / "config.cfg"
MODEL_DIR = HERE / "model"
PROJECT_ROOT = HERE.parents[2]
DEFAULT_DATA_DIR = PROJECT_ROOT.parent / "shared" / "benchmarks"

CLUENER_LABELS = (
    "name", "position", "government", "organization", "company",
    "address", "book", "game", "movie", "scene",
)  # fmt: skip
MSRA_LABELS = ("PER", "LOC", "ORG")
HEADS = ("cluener", "msra")
# name of each head's NER component in the assembled pipeline, and its doc.spans key
HEAD_COMPONENT = {"cluener": "ner", "msra": "ner_msra"}
SEED = 0
HELDOUT = {"cluener": 500, "msra": 1000}


# ---------------------------------------------------------------- reading the data
def read_cluener(path: Path, limit: int = 0) -> list[Record]:
    """CLUENER2020 JSON lines -> (text, [(start, end_exclusive, label)])."""
    out: list[Record] = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            obj = json.loads(line)
            text = obj["text"]
            spans = []
            for label, surfaces in obj.get("label", {}).items():
                for surface, offsets in surfaces.items():
                    for start, end in offsets:
                        if text[start : end + 1] == surface:
                            spans.append((start, end + 1, label))
            out.append((text, sorted(spans)))
            if limit and len(out) >= limit:
                break
    return out


def _tags_to_spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """BIO or BMES(-with-O) tags -> spans."""
    spans: list[tuple[int, int, str]] = []
    start, label = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, lab = tag.partition("-")
        if prefix in ("B", "S", "O") or (prefix in ("I", "M", "E") and lab != label):
            if start >= 0:
                spans.append((start, i, label))
            start, label = -1, ""
            if prefix in ("B", "S") or prefix in ("I", "M", "E"):
                start, label = i, lab
        if prefix in ("S", "E") and start >= 0:
            spans.append((start, i + 1, label))
            start, label = -1, ""
    return spans


def read_char_tagged(path: Path, limit: int = 0) -> list[Record]:
    """MSRA ``train.bmes`` (char SPACE tag) or ``test.bio`` (char TAB tag)."""
    out: list[Record] = []
    chars: list[str] = []
    tags: list[str] = []

    def flush() -> None:
        if chars:
            out.append(("".join(chars), _tags_to_spans(tags)))
        chars.clear()
        tags.clear()

    with path.open(encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line.strip():
                flush()
                if limit and len(out) >= limit:
                    return out
                continue
            if "\t" in line:
                ch, _, tag = line.partition("\t")
            else:
                ch, _, tag = line.rpartition(" ")
            if len(ch) != 1:  # a space character's line can look like " \tO"
                ch = ch[:1] or " "
            chars.append(ch)
            tags.append(tag.strip() or "O")
    flush()
    return out[:limit] if limit else out


def load_split(data_dir: Path, head: str, split: str, limit: int = 0) -> list[Record]:
    """split: 'train' (less held-out), 'heldout', or 'eval' (CLUENER dev / MSRA test)."""
    n_held = HELDOUT[head]
    n_read = 0
    if limit:  # tiny slice: read only the start of the file, hold out a few sentences
        n_held = max(2, min(n_held, limit // 5))
        n_read = limit + n_held
    if head == "cluener":
        if split == "eval":
            return read_cluener(data_dir / "cluener" / "dev.json", limit)
        recs = read_cluener(data_dir / "cluener" / "train.json", n_read)
    else:
        if split == "eval":
            return read_char_tagged(data_dir / "msra" / "test.bio", limit)
        recs = read_char_tagged(data_dir / "msra" / "train.bmes", n_read)
    order = list(range(len(recs)))
    random.Random(SEED).shuffle(order)
    idx = order[:n_held] if split == "heldout" else order[n_held:]
    if limit:
        idx = idx[:limit]
    return [recs[i] for i in idx]


def to_docbin(records: Iterable[Record], path: Path) -> int:
    """Write records as a DocBin of per-character docs with their entities."""
    import spacy
    from spacy.tokens import Doc, DocBin, Span
    from spacy.util import filter_spans

    vocab = spacy.blank("zh").vocab
    db = DocBin(store_user_data=False)
    n = 0
    for text, spans in records:
        doc = Doc(vocab, words=list(text), spaces=[False] * len(text))
        ents = filter_spans([Span(doc, s, e, label=lab) for s, e, lab in spans])
        tags = ["O"] * len(doc)
        for ent in ents:
            if len(ent) == 1:
                tags[ent.start] = "S-" + ent.label_
            else:
                tags[ent.start] = "B-" + ent.label_
                tags[ent.start + 1 : ent.end - 1] = ["I-" + ent.label_] * (len(ent) - 2)
                tags[ent.end - 1] = "E-" + ent.label_
        for token, tag in zip(doc, tags, strict=True):
            token.tag_ = tag
        doc.ents = ents
        db.add(doc)
        n += 1
    path.parent.mkdir(parents=True, exist_ok=True)
    db.to_disk(path)
    return n


# ---------------------------------------------------------------- training
@dataclass
class TrainResult:
    head: str
    out_dir: Path
    seconds: float
    steps: int
    best_heldout_f: float | None


def train_head(
    head: str,
    data_dir: Path,
    work_dir: Path,
    *,
    max_steps: int,
    epochs: int = 0,
    limit: int = 0,
    seed: int = SEED,
    eval_frequency: int = 500,
    config_path: Path = CONFIG_PATH,
    overrides: dict[str, Any] | None = None,
) -> TrainResult:
    from spacy.cli.train import train as spacy_train

    import extract.ner.components  # noqa: F401  (registers the tokenizer)

    corpus_dir = work_dir / "corpus"
    train_path = corpus_dir / f"{head}-train.spacy"
    dev_path = corpus_dir / f"{head}-heldout.spacy"
    n_train = to_docbin(load_split(data_dir, head, "train", limit), train_path)
    n_dev = to_docbin(load_split(data_dir, head, "heldout", limit), dev_path)
    print(f"[{head}] {n_train} training docs, {n_dev} held-out docs", file=sys.stderr)
    out_dir = work_dir / head
    cfg: dict[str, Any] = {
        "paths.train": str(train_path),
        "paths.dev": str(dev_path),
        "system.seed": seed,
        "training.max_steps": max_steps,
        "training.max_epochs": epochs,
        "training.eval_frequency": eval_frequency,
        "components.ner.key": head,
        "components.ner.write_ents": head == "cluener",
    }
    cfg.update(overrides or {})
    t0 = time.perf_counter()
    spacy_train(config_path, out_dir, overrides=cfg, use_gpu=-1)
    seconds = time.perf_counter() - t0
    best = out_dir / "model-best"
    meta = json.loads((best / "meta.json").read_text(encoding="utf-8"))
    perf = meta.get("performance", {})
    return TrainResult(head, best, seconds, max_steps, perf.get("ents_f"))


def assemble(cluener_dir: Path | None, msra_dir: Path | None, out: Path, msra_component: str = "ner") -> None:
    """One pipeline: tokenizer, ``ner_msra`` -> doc.spans['msra'], ``ner`` -> doc.spans['cluener'] + doc.ents.

    ``msra_component`` names the MSRA head in ``msra_dir``: ``"ner"`` in a head's
    training output, ``"ner_msra"`` in an assembled pipeline (e.g. the packaged one).
    """
    import spacy

    import extract.ner.components  # noqa: F401

    first = msra_dir or cluener_dir  # (its [initialize] has no transfer callback)
    if first is None:
        raise ValueError("nothing to assemble")
    base = spacy.load(first)
    for name in list(base.pipe_names):
        base.remove_pipe(name)
    if msra_dir is not None:
        base.add_pipe(msra_component, name=HEAD_COMPONENT["msra"], source=spacy.load(msra_dir))
    if cluener_dir is not None:
        base.add_pipe("ner", name=HEAD_COMPONENT["cluener"], source=spacy.load(cluener_dir))
    base.meta["name"] = "extract_ner"
    base.meta["version"] = "0.1.0"
    base.meta["description"] = "extract: per-character Chinese NER (CLUENER fine labels + MSRA PER/LOC/ORG)"
    base.meta.pop("performance", None)
    if out.exists():
        shutil.rmtree(out)
    base.to_disk(out)
    _clear_corpus_paths(out)


def _clear_corpus_paths(model_dir: Path) -> None:
    """Drop the temporary corpus paths of the training run from a saved config."""
    from spacy.util import load_config

    cfg = load_config(model_dir / "config.cfg", interpolate=False)
    cfg["paths"]["train"] = None
    cfg["paths"]["dev"] = None
    cfg.to_disk(model_dir / "config.cfg")


def train(
    data_dir: Path = DEFAULT_DATA_DIR,
    out: Path = MODEL_DIR,
    *,
    max_steps: int = 0,
    epochs: int = 0,
    limit: int = 0,
    seed: int = SEED,
    heads: tuple[str, ...] = HEADS,
    eval_frequency: int = 0,
    work_dir: Path | None = None,
    overrides: dict[str, Any] | None = None,
    transfer: bool = True,
    msra_from: Path | None = None,
) -> dict[str, Any]:
    """Train the heads and save the assembled pipeline to ``out``. Returns a summary.

    max_steps / eval_frequency 0 mean the recipe's defaults (STEPS / EVAL_FREQUENCY, per
    head); ``limit`` trains on a
    tiny slice of each corpus.  When the MSRA head is not among ``heads``, the
    ``ner_msra`` head of the pipeline ``msra_from`` (default: the packaged model) starts
    the CLUENER head's tok2vec and is copied into the assembled pipeline unchanged: so
    ``heads=("cluener",)`` retrains only the CLUENER head, and gives the same pipeline
    as the full recipe (the MSRA head is reproducible, see docs/ner.md).
    """
    data_dir = Path(data_dir)
    if not (data_dir / "README.md").exists() and not (data_dir / "cluener").exists():
        raise FileNotFoundError(f"no benchmark data in {data_dir}")
    if "msra" not in heads and msra_from is None and (MODEL_DIR / HEAD_COMPONENT["msra"]).is_dir():
        msra_from = MODEL_DIR
    if "msra" in heads:
        msra_from = None
    tmp = None
    if work_dir is None:
        tmp = tempfile.TemporaryDirectory(prefix="extract-ner-")
        work_dir = Path(tmp.name)
    Path(work_dir).mkdir(parents=True, exist_ok=True)  # (the MSRA tok2vec is exported there first)
    try:
        results: dict[str, TrainResult] = {}
        t0 = time.perf_counter()
        # MSRA first: its tok2vec (2M characters of news) starts the CLUENER head
        from extract.ner.components import INIT_CALLBACK

        # the trained MSRA head: (pipeline, component name), from this run or msra_from
        msra: tuple[Path, str] | None = None
        if msra_from is not None:  # (assemble loads it before replacing `out`, which may be the same folder)
            msra = (Path(msra_from), HEAD_COMPONENT["msra"])
        for head in sorted(heads, key=lambda h: h != "msra"):
            steps = max_steps or STEPS[head]
            freq = eval_frequency or EVAL_FREQUENCY[head]
            head_overrides = copy.deepcopy(HEAD_OVERRIDES.get(head, {}))
            schedule = head_overrides.get("training.optimizer.learn_rate")
            if isinstance(schedule, dict) and "total_steps" in schedule:
                schedule["total_steps"] = steps
            if head == "cluener" and transfer and msra is not None:
                head_overrides["initialize.after_init"] = {
                    "@callbacks": INIT_CALLBACK,
                    "path": str(_export_tok2vec(msra[0], Path(work_dir) / "msra-tok2vec.bin", msra[1])),
                    "component": "ner",
                }
            head_overrides.update(overrides or {})
            results[head] = train_head(
                head, data_dir, Path(work_dir), max_steps=steps, epochs=epochs, limit=limit,
                seed=seed, eval_frequency=min(freq, steps), overrides=head_overrides,
            )  # fmt: skip
            if head == "msra":
                msra = (results["msra"].out_dir, "ner")
        assemble(
            results["cluener"].out_dir if "cluener" in results else None,
            msra[0] if msra is not None else None,
            Path(out),
            msra[1] if msra is not None else "ner",
        )
        total = time.perf_counter() - t0
    finally:
        if tmp is not None:
            tmp.cleanup()
    return {
        "out": str(out),
        "seed": seed,
        "msra_from": str(msra_from) if msra_from is not None else None,
        "seconds": round(total, 1),
        "heads": {
            h: {"seconds": round(r.seconds, 1), "steps": r.steps, "heldout_ents_f": r.best_heldout_f}
            for h, r in results.items()
        },
    }


def _export_tok2vec(model_dir: Path, dest: Path, component: str = "ner") -> Path:
    import spacy

    import extract.ner.components  # noqa: F401

    nlp = spacy.load(model_dir)
    dest.write_bytes(nlp.get_pipe(component).model.get_ref("tok2vec").to_bytes())  # type: ignore[attr-defined]
    return dest


# per-head settings on top of config.cfg.  CLUENER (10k sentences) overfits after ~4
# epochs (about 1500 steps), so its learn rate decays linearly to 0 at its last step
# (``total_steps`` is set to the number of steps) and it is scored every 250 steps.
HEAD_OVERRIDES: dict[str, dict[str, Any]] = {
    "cluener": {
        "training.dropout": 0.2,
        "training.optimizer.learn_rate": {
            "@schedules": "warmup_linear.v1",
            "warmup_steps": 100,
            "total_steps": 0,  # set to the head's steps
            "initial_rate": 0.002,
        },
    },
    "msra": {},
}

# default number of updates per head (batches of ~2000 characters), chosen so that the
# whole recipe fits in about 45 minutes on one CPU thread
STEPS = {"cluener": 2000, "msra": 5000}
# default steps between held-out scores (the best scoring checkpoint is kept)
EVAL_FREQUENCY = {"cluener": 250, "msra": 500}


# ---------------------------------------------------------------- evaluation
def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f": round(f, 4), "n_gold": n_gold}


def score(gold: list[Record], pred: list[list[tuple[int, int, str]]]) -> dict[str, Any]:
    """Exact-match span P/R/F, per label and micro-averaged overall."""
    tp: Counter[str] = Counter()
    npred: Counter[str] = Counter()
    ngold: Counter[str] = Counter()
    for (_, g_spans), p_spans in zip(gold, pred, strict=True):
        g = set(g_spans)
        p = set(p_spans)
        for s in g:
            ngold[s[2]] += 1
        for s in p:
            npred[s[2]] += 1
            if s in g:
                tp[s[2]] += 1
    labels = sorted(set(ngold) | set(npred))
    out: dict[str, Any] = {lab: _prf(tp[lab], npred[lab], ngold[lab]) for lab in labels}
    out["overall"] = _prf(sum(tp.values()), sum(npred.values()), sum(ngold.values()))
    return out


def _iter_spans(nlp: Any, texts: list[str], key: str) -> Iterator[list[tuple[int, int, str]]]:
    for doc in nlp.pipe(texts, batch_size=64):
        spans = doc.spans[key] if key in doc.spans else doc.ents
        yield [(s.start_char, s.end_char, s.label_) for s in spans]


def evaluate(model: Path | str | None = None, data_dir: Path = DEFAULT_DATA_DIR, limit: int = 0) -> dict[str, Any]:
    """Per-label P/R/F on CLUENER dev (head ``ner``) and MSRA test (head ``ner_msra``)."""
    from extract.ner import load_ner

    nlp = load_ner(model)
    data_dir = Path(data_dir)
    result: dict[str, Any] = {}
    for head, name in (("cluener", "CLUENER dev"), ("msra", "MSRA test")):
        if HEAD_COMPONENT[head] not in nlp.pipe_names:
            continue
        gold = load_split(data_dir, head, "eval", limit)
        t0 = time.perf_counter()
        pred = list(_iter_spans(nlp, [t for t, _ in gold], head))
        dt = time.perf_counter() - t0
        result[head] = {
            "split": name,
            "docs": len(gold),
            "chars_per_s": round(sum(len(t) for t, _ in gold) / dt) if dt else None,
            "labels": score(gold, pred),
        }
    return result


if __name__ == "__main__":  # pragma: no cover
    import importlib

    importlib.import_module("extract.ner.cli").ner_app()
