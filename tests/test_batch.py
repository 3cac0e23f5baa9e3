"""Batch runs: workers, incremental re-runs, resumption, hostile inputs, a Dask cluster."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extract.io.batch import MANIFEST, run_batch

SAMPLE = "3月26日至27日,第六届淮海经济区协同发展座谈会在我市举行。会议签署了《淮海经济区警务一体化协同发展框架协议》。"


def make_corpus(folder: Path, raw_dir: Path, copies: int = 3) -> Path:
    """The sample articles, each copied a few times under distinct names."""
    folder.mkdir(parents=True, exist_ok=True)
    for f in sorted(raw_dir.glob("*.txt")):
        for i in range(copies):
            (folder / f"{f.stem}-{i}.txt").write_bytes(f.read_bytes() + f"\n（副本{i}）".encode())
    return folder


def outputs(out: Path) -> dict[str, str]:
    return {f.name: f.read_text(encoding="utf-8") for f in sorted(out.glob("*.json"))} | {
        "records.jsonl": (out / "records.jsonl").read_text(encoding="utf-8")
    }


def test_two_workers_give_the_records_of_one(tmp_path: Path, raw_dir: Path) -> None:
    corpus = make_corpus(tmp_path / "in", raw_dir)
    one = run_batch([corpus], tmp_path / "one", workers=1, ner=False)
    two = run_batch([corpus], tmp_path / "two", workers=2, ner=False)
    assert one.articles == two.articles == 15 and one.errors == two.errors == 0
    assert outputs(tmp_path / "one") == outputs(tmp_path / "two")


def test_rerun_skips_unchanged_and_redoes_changed(tmp_path: Path, raw_dir: Path) -> None:
    corpus = make_corpus(tmp_path / "in", raw_dir, copies=1)
    out = tmp_path / "out"
    first = run_batch([corpus], out, ner=False)
    before = outputs(out)
    again = run_batch([corpus], out, ner=False)
    assert (first.articles, again.articles, again.skipped) == (5, 0, 5)
    assert outputs(out) == before
    changed = next(corpus.glob("003_*.txt"))
    changed.write_text(SAMPLE, encoding="utf-8")
    third = run_batch([corpus], out, ner=False)
    assert (third.articles, third.skipped) == (1, 4)
    assert json.loads((out / f"{changed.stem}.json").read_text(encoding="utf-8"))["event"]["name"] == (
        "第六届淮海经济区协同发展座谈会"
    )
    forced = run_batch([corpus], out, ner=False, force=True)
    assert (forced.articles, forced.skipped) == (5, 0)
    assert len((out / MANIFEST).read_text(encoding="utf-8").splitlines()) == 5


def test_a_first_run_reads_each_file_once_a_rerun_compares_digests(
    tmp_path: Path, raw_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The parent digests a file only to compare it with a recorded article: in a first run the
    worker's reading is the only one, and the manifest still gets each file's digest."""
    import hashlib

    from extract.io import batch

    corpus = make_corpus(tmp_path / "in", raw_dir, copies=1)
    digested: list[str] = []
    real = batch._digest
    monkeypatch.setattr(batch, "_digest", lambda path, max_bytes: digested.append(path.name) or real(path, max_bytes))
    out = tmp_path / "out"
    run_batch([corpus], out, ner=False)
    assert digested == []
    entries = [json.loads(line) for line in (out / MANIFEST).read_text(encoding="utf-8").splitlines()]
    assert {e["doc_id"]: e["sha256"] for e in entries} == {
        f.stem: hashlib.sha256(f.read_bytes()).hexdigest() for f in corpus.glob("*.txt")
    }
    again = run_batch([corpus], out, ner=False)
    assert again.skipped == 5 and sorted(digested) == sorted(f.name for f in corpus.glob("*.txt"))


def test_records_jsonl_holds_each_record_file_as_one_line(tmp_path: Path, raw_dir: Path) -> None:
    """records.jsonl's lines are the folder's record files, each compacted (json.dumps with "," and
    ":"), in the order of their names: those written by this run (from the lines the workers sent)
    and those kept from an earlier run (read from their files) alike."""
    corpus = make_corpus(tmp_path / "in", raw_dir, copies=1)
    out = tmp_path / "out"

    def compacted() -> list[str]:
        return [
            json.dumps(json.loads(f.read_text(encoding="utf-8")), ensure_ascii=False, separators=(",", ":"))
            for f in sorted(out.glob("*.json"))
        ]

    run_batch([corpus], out, ner=False, workers=2)
    assert (out / "records.jsonl").read_text(encoding="utf-8").splitlines() == compacted()
    next(corpus.glob("002_*.txt")).write_text(SAMPLE, encoding="utf-8")
    again = run_batch([corpus], out, ner=False)
    assert (again.articles, again.skipped) == (1, 4)
    assert (out / "records.jsonl").read_text(encoding="utf-8").splitlines() == compacted()
    assert not [f for f in out.iterdir() if f.name.endswith(".tmp")]


def test_interrupted_run_resumes_without_loss_or_duplicates(tmp_path: Path, raw_dir: Path) -> None:
    corpus = make_corpus(tmp_path / "in", raw_dir, copies=2)
    out = tmp_path / "out"

    class Interrupt(Exception):
        pass

    seen: list[str] = []

    def stop_after_four(name: str) -> None:
        seen.append(name)
        if len(seen) == 4:
            raise Interrupt

    with pytest.raises(Interrupt):
        run_batch([corpus], out, ner=False, on_progress=stop_after_four)
    # a kill can also cut the manifest's last line in half
    with (out / MANIFEST).open("a", encoding="utf-8") as fh:
        fh.write('{"doc_id": "004_800a12ffd4e27745-1", "sha2')
    resumed = run_batch([corpus], out, ner=False)
    assert resumed.skipped == 4 and resumed.articles == 6 and resumed.errors == 0
    lines = (out / "records.jsonl").read_text(encoding="utf-8").splitlines()
    ids = [json.loads(line)["doc_id"] for line in lines]
    assert sorted(ids) == sorted(f.stem for f in corpus.glob("*.txt")) and len(set(ids)) == len(ids)
    assert not list(out.glob(".*.tmp"))


# ---------------------------------------------------------------- hostile inputs


def hostile_corpus(folder: Path) -> dict[str, str | None]:
    """Bad and odd files made here; value: expected error substring, or None for a record."""
    folder.mkdir(parents=True)
    cases: dict[str, tuple[bytes, str | None]] = {
        "binary.txt": (bytes(range(256)) * 64, "binary"),
        "empty.txt": (b"", "empty file"),
        "blank.txt": (" \n\r\n\t\u3000 ".encode(), "white space"),
        "truncated.txt": (SAMPLE.encode("utf-8")[:-1], None),
        "gbk.txt": (SAMPLE.encode("gbk"), None),
        "big5.txt": ("長江中游三省協同推動高質量發展座談會9月10日在武漢舉行。".encode("big5"), None),
        "utf16.txt": (SAMPLE.encode("utf-16"), None),
        "no chinese.txt": (b"Minutes of the meeting, 10 September.\n" * 20, None),
        "page.txt": (f"<!DOCTYPE html><html><body><div>{SAMPLE}</div></body></html>".encode(), None),
        "long line.txt": (("长江经济带高质量发展" * 50_000 + SAMPLE).encode("utf-8"), None),
        "名字 含空格.txt": (SAMPLE.encode("utf-8"), None),
        "huge.txt": (b"a" * (50 * 1024 * 1024), "too large"),
    }
    for name, (data, _) in cases.items():
        (folder / name).write_bytes(data)
    return {Path(k).stem: want for k, (_, want) in cases.items()}


def test_hostile_inputs_each_get_a_record_or_a_clear_error(tmp_path: Path) -> None:
    expected = hostile_corpus(tmp_path / "in")
    out = tmp_path / "out"
    summary = run_batch([tmp_path / "in"], out, ner=False, workers=2)
    errors = {
        Path(e["file"]).stem: e["reason"]
        for e in map(json.loads, (out / "errors.jsonl").read_text(encoding="utf-8").splitlines())
    }
    records = {json.loads(line)["doc_id"] for line in (out / "records.jsonl").read_text(encoding="utf-8").splitlines()}
    for stem, want in expected.items():
        if want is None:
            assert stem in records, (stem, errors.get(stem))
        else:
            assert want in errors[stem]
    assert summary.articles + summary.errors == len(expected)
    rec = json.loads((out / "名字 含空格.json").read_text(encoding="utf-8"))
    assert rec["agreements"][0]["action"] == "signed"
    assert json.loads((out / "gbk.json").read_text(encoding="utf-8"))["encoding"] == "gb18030"
    assert json.loads((out / "big5.json").read_text(encoding="utf-8"))["script"] == "traditional"


# ---------------------------------------------------------------- Dask


def test_dask_cluster_run_equals_the_local_run(tmp_path: Path, raw_dir: Path) -> None:
    distributed = pytest.importorskip("distributed")
    from extract.io.cluster import run_on_cluster

    corpus = make_corpus(tmp_path / "in", raw_dir, copies=1)
    local = run_batch([corpus], tmp_path / "local", ner=False)
    with (
        distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster,
        distributed.Client(cluster) as client,
    ):
        remote = run_on_cluster([corpus], tmp_path / "dask", client, ner=False)
    assert remote.articles == local.articles == 5
    assert outputs(tmp_path / "dask") == outputs(tmp_path / "local")


def test_the_reference_scorer_reads_an_output_folder_with_errors(tmp_path: Path, raw_dir: Path) -> None:
    """The folder `run` writes is what scorers are pointed at: only records may look like records there."""
    import subprocess
    import sys

    scorer = Path(__file__).resolve().parent.parent.parent / "shared" / "tools" / "score.py"
    if not scorer.exists():
        pytest.skip("the reference scorer (../shared) is not beside the repo")
    corpus = make_corpus(tmp_path / "in", raw_dir, copies=1)
    (corpus / "empty.txt").write_bytes(b"")
    out = tmp_path / "out"
    run_batch([corpus], out, ner=False)
    run_batch([corpus], out, ner=False)  # a second run leaves the manifest behind too
    gold = tmp_path / "gold"
    gold.mkdir()
    for line in (out / "records.jsonl").read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        (gold / f"{rec['doc_id']}.json").write_text(line, encoding="utf-8")
    result = subprocess.run([sys.executable, str(scorer), str(gold), str(out), "--json"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["agreements"]["f1"] == 1.0


def test_workers_fork_from_a_parent_that_has_warmed_the_pipeline() -> None:
    import jieba

    from extract.pipeline import components

    components.warm_up(ner=False)
    assert components.load.cache_info().currsize >= 1  # the pipeline the workers inherit
    assert jieba.dt.initialized  # and the dictionary the officials' word check reads


def test_warming_up_with_ner_loads_the_model_the_workers_inherit() -> None:
    """The model reads only where a title's name is left open, which the warm-up article may not
    have: warming up loads it all the same (else every worker would load its own copy)."""
    import extract.ner as ner_pkg
    from extract.pipeline import components

    components.warm_up(ner=True)
    assert ner_pkg._load.cache_info().currsize >= 1


def test_resolved_paths_are_the_real_paths(tmp_path: Path) -> None:
    """_resolved_inputs resolves a folder once for its files: the paths equal os.path.realpath's, links
    to files and to folders included."""
    import os

    from extract.io.batch import _resolved_inputs

    (tmp_path / "a" / "b").mkdir(parents=True)
    for name in ("a/x.txt", "a/b/y.txt", "z.txt"):
        (tmp_path / name).write_text("两市签署合作协议。", encoding="utf-8")
    (tmp_path / "a" / "link.txt").symlink_to(tmp_path / "z.txt")
    (tmp_path / "c").symlink_to(tmp_path / "a" / "b", target_is_directory=True)
    found = list(_resolved_inputs([tmp_path / "a", tmp_path / "c", Path(os.path.relpath(tmp_path / "z.txt"))]))
    assert found and all(real == os.path.realpath(p) for p, real, _ in found)
