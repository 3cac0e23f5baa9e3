"""The trained NER pipeline: packaged model, library API, CLI and training recipe."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from extract.ner import MODEL_DIR, blas_ops, load_ner, ner_entities, one_blas_thread
from extract.ner.cli import ner_app
from extract.ner.train import DEFAULT_DATA_DIR, _tags_to_spans, score

SENTENCE = "江西省委书记刘奇出席会议并讲话"
HAVE_DATA = (DEFAULT_DATA_DIR / "cluener" / "train.json").exists() and (
    DEFAULT_DATA_DIR / "msra" / "train.bmes"
).exists()
needs_data = pytest.mark.skipif(
    not HAVE_DATA,
    reason=f"benchmark data not found at {DEFAULT_DATA_DIR} (only developers and CI have ../shared)",
)


def test_import_loads_nothing() -> None:
    code = "import sys, extract.ner, extract.ner.cli; print('spacy' in sys.modules, 'jieba' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    # the CLI module may import typer, but neither spaCy nor jieba is loaded at import time
    assert out.split() == ["False", "False"]


def test_model_is_package_data_and_small() -> None:
    assert (MODEL_DIR / "config.cfg").exists()
    size = sum(p.stat().st_size for p in MODEL_DIR.rglob("*") if p.is_file())
    assert size <= 25 * 1024 * 1024


def test_model_loads_offline_once() -> None:
    nlp = load_ner()
    assert nlp is load_ner()
    assert nlp.pipe_names == ["ner_msra", "ner"]
    assert {"name", "position", "government"} <= set(nlp.get_pipe("ner").labels_as_spans())
    assert {"PER", "LOC", "ORG"} <= set(nlp.get_pipe("ner_msra").labels_as_spans())


def test_blas_products_equal_thincs_own() -> None:
    """The inference ops' matrix products (numpy's BLAS) give thinc's own results, in every
    form the layers call them (transposed operands, an output buffer), and the loaded model
    runs on them."""
    import numpy
    from thinc.api import NumpyOps

    rng = numpy.random.default_rng(0)
    x = rng.standard_normal((37, 288)).astype("f")
    w = rng.standard_normal((96, 288)).astype("f")
    ours, theirs = blas_ops(), NumpyOps()
    numpy.testing.assert_allclose(ours.gemm(x, w, trans2=True), theirs.gemm(x, w, trans2=True), rtol=1e-4, atol=1e-3)
    y = rng.standard_normal((37, 96)).astype("f")
    numpy.testing.assert_allclose(ours.gemm(y, x, trans1=True), theirs.gemm(y, x, trans1=True), rtol=1e-4, atol=1e-3)
    out = numpy.empty((37, 96), dtype="f")
    assert ours.gemm(x, w, out=out, trans2=True) is out
    numpy.testing.assert_allclose(out, theirs.gemm(x, w, trans2=True), rtol=1e-4, atol=1e-3)
    assert all(node.ops is ours for node in load_ner().get_pipe("ner").model.walk())


def test_one_blas_thread_restores_the_callers_setting() -> None:
    from threadpoolctl import threadpool_info

    before = [i["num_threads"] for i in threadpool_info() if i["user_api"] == "blas"]
    with one_blas_thread():
        assert all(i["num_threads"] == 1 for i in threadpool_info() if i["user_api"] == "blas")
    assert [i["num_threads"] for i in threadpool_info() if i["user_api"] == "blas"] == before


def test_entities_in_a_real_sentence() -> None:
    ents = ner_entities(SENTENCE)
    assert (6, 8, "name") in ents  # 刘奇
    assert any(lab == "position" and end == 6 and SENTENCE[start:end].endswith("书记") for start, end, lab in ents)
    assert (6, 8, "PER") in ner_entities(SENTENCE, heads=("msra",))
    assert all(lab.islower() for *_, lab in ner_entities(SENTENCE, heads=("cluener",)))


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("国务院总理李强在北京会见了来访的外国客人。", "李强"),
        ("广东省人民政府与香港特别行政区政府签署合作协议。", "广东省人民政府"),
    ],
)
def test_more_sentences(text: str, span: str) -> None:
    found = {text[s:e] for s, e, _ in ner_entities(text)}
    assert span in found


def test_offsets_are_character_offsets() -> None:
    text = "  据新华社消息，\n上海市委书记陈吉宁 (右) 出席。"
    doc = load_ner()(text)
    assert len(doc) == len(text)
    for start, end, _ in ner_entities(text):
        assert 0 <= start < end <= len(text)
    assert ner_entities("") == []


def test_tags_to_spans_and_score() -> None:
    assert _tags_to_spans(["B-PER", "I-PER", "O", "S-LOC", "B-ORG", "M-ORG", "E-ORG"]) == [
        (0, 2, "PER"),
        (3, 4, "LOC"),
        (4, 7, "ORG"),
    ]
    assert _tags_to_spans(["I-PER", "B-LOC", "E-LOC"]) == [(0, 1, "PER"), (1, 3, "LOC")]
    res = score([("abc", [(0, 1, "X"), (1, 3, "Y")])], [[(0, 1, "X"), (1, 2, "Y")]])
    assert res["X"]["f"] == 1.0 and res["Y"]["f"] == 0.0 and res["overall"]["p"] == 0.5


@needs_data
def test_recipe_end_to_end_on_a_tiny_slice(tmp_path: Path) -> None:
    out = tmp_path / "model"
    args = ["--data-dir", str(DEFAULT_DATA_DIR), "--out", str(out), "--limit", "40", "--max-steps", "4"]
    res = CliRunner().invoke(ner_app, ["train", *args])
    assert res.exit_code == 0, res.output
    assert (out / "config.cfg").exists() and (out / "ner").is_dir() and (out / "ner_msra").is_dir()
    nlp = load_ner(out)
    assert nlp.pipe_names == ["ner_msra", "ner"]
    assert isinstance(ner_entities(SENTENCE, path=out), list)

    res = CliRunner().invoke(
        ner_app, ["eval", "--json", "--limit", "20", "--model", str(out), "--data-dir", str(DEFAULT_DATA_DIR)]
    )
    assert res.exit_code == 0, res.output
    result = json.loads(res.output)
    assert set(result) == {"cluener", "msra"}
    assert result["cluener"]["docs"] == 20 and "overall" in result["msra"]["labels"]

    res = CliRunner().invoke(ner_app, ["eval", "--limit", "5", "--model", str(out)])
    assert res.exit_code == 0 and "CLUENER dev" in res.output and "MSRA test" in res.output

    # --head cluener retrains only the CLUENER head: the MSRA head of --msra-from is kept as is
    out2 = tmp_path / "model2"
    args2 = ["--data-dir", str(DEFAULT_DATA_DIR), "--out", str(out2), "--limit", "40", "--max-steps", "4"]
    res = CliRunner().invoke(ner_app, ["train", *args2, "--head", "cluener", "--msra-from", str(out)])
    assert res.exit_code == 0, res.output
    assert f'"msra_from": {json.dumps(str(out))}' in res.output
    assert load_ner(out2).pipe_names == ["ner_msra", "ner"]
    assert (out2 / "ner_msra" / "model").read_bytes() == (out / "ner_msra" / "model").read_bytes()


def test_cli_without_data(tmp_path: Path) -> None:
    res = CliRunner().invoke(ner_app, ["eval", "--data-dir", str(tmp_path / "none")])
    assert res.exit_code == 2


@needs_data
def test_recipe_with_a_work_dir_that_does_not_exist_yet(tmp_path: Path) -> None:
    from extract.ner.train import train

    work = tmp_path / "work" / "new"
    summary = train(
        DEFAULT_DATA_DIR, tmp_path / "model", limit=40, max_steps=4, heads=("cluener",), work_dir=work
    )  # fmt: skip
    assert summary["msra_from"] == str(MODEL_DIR)  # the packaged MSRA head started the CLUENER head
    assert (work / "msra-tok2vec.bin").exists() and (work / "cluener" / "model-best").is_dir()
    assert load_ner(tmp_path / "model").pipe_names == ["ner_msra", "ner"]


def test_a_verb_and_its_object_after_a_headlines_title_is_no_officials_name() -> None:
    """桃園高崎締結友好城市　市長盼觀光與產業雙向交流 (heldout563's row r2): the model reads 盼观光 after the
    headline's 市长 as a person; no surname opens it and 观光 is an ordinary word, so it is a verb and its object."""
    from extract import extract_text

    rows = Path(__file__).resolve().parent.parent / "bench/heldout563/articles/collection.jsonl"
    text = next(r["text"] for r in map(json.loads, rows.read_text(encoding="utf-8").splitlines()) if r["id"].startswith("r2_"))
    names = {o.name for o in extract_text(text, ner=True).officials}
    assert "盼观光" not in names and {"邱明峰", "郑国华"} <= names


def test_an_ordinary_word_after_a_title_is_no_officials_name() -> None:
    """…县级计划生育服务站站长培训班 (heldout765's row r1): the model reads 培训班 after 站长 as a person; no surname opens
    it and it is an ordinary word of jieba's dictionary, so no name."""
    from extract import extract_text

    rec = extract_text("标题\n山东省将于今年10月为江西举办一期县级计划生育服务站站长培训班。\n", ner=True)
    assert "培训班" not in {o.name for o in rec.officials}
