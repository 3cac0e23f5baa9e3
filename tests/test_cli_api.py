"""The CLI (typer's CliRunner) and the library API on the sample articles and bad inputs."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from extract import extract_file, extract_text
from extract.cli import app
from extract.models import Record

runner = CliRunner()


def test_import_is_cheap() -> None:
    code = "import sys, extract; print('spacy' in sys.modules, 'opencc' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]


def test_extract_text_returns_a_validated_record() -> None:
    rec = extract_text(
        "3月26日至27日,第六屆淮海經濟區協同發展座談會在我市舉行。會議簽署了《淮海經濟區警務一體化協同發展框架協議》。",
        doc_id="t1",
    )
    assert isinstance(rec, Record)
    assert rec.script == "traditional"
    assert rec.event is not None and rec.event.name == "第六届淮海经济区协同发展座谈会"
    assert [(a.title, a.action) for a in rec.agreements] == [("淮海经济区警务一体化协同发展框架协议", "signed")]


def test_spans_point_at_the_original_text() -> None:
    raw = "會議簽署了《淮海經(jīng)濟區(qū)警務一體化協同發展框架協議》。9月10日上午,座談會在武漢舉行。"
    rec = extract_text(raw)
    ((s, e),) = rec.dates[0].spans
    assert raw[s:e] == "9月10日上午"
    ((s, e),) = rec.agreements[0].spans
    assert raw[s:e].startswith("《淮海經") and raw[s:e].endswith("框架協議》")


def test_extract_file_on_a_sample(raw_dir: Path) -> None:
    rec = extract_file(next(raw_dir.glob("001_*.txt")))
    assert rec.doc_id.startswith("001_")
    assert rec.publish_date == "2021-11-10" and rec.source == "大丰日报"
    assert rec.title == "携手实施国家战略 共同打造实践样板"


def test_run_writes_records_and_logs_bad_inputs(tmp_path: Path, raw_dir: Path) -> None:
    inputs = tmp_path / "in"
    (inputs / "sub").mkdir(parents=True)
    good = next(raw_dir.glob("000_*.txt"))
    (inputs / "sub" / good.name).write_bytes(good.read_bytes())
    (inputs / "empty.txt").write_bytes(b"")
    (inputs / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (inputs / "gbk.txt").write_bytes("市长邢正军主持会议。".encode("gbk"))
    out = tmp_path / "out"
    result = runner.invoke(app, ["run", str(inputs), str(tmp_path / "missing.txt"), "--out", str(out), "-q"])
    assert result.exit_code == 1, result.output
    assert "3 input(s) failed" in result.output
    records = [json.loads(line) for line in (out / "records.jsonl").read_text(encoding="utf-8").splitlines()]
    assert sorted(r["doc_id"] for r in records) == sorted([good.stem, "gbk"])
    assert json.loads((out / f"{good.stem}.json").read_text(encoding="utf-8"))["source"] == "连云港发布"
    errors = [json.loads(line) for line in (out / "errors.jsonl").read_text(encoding="utf-8").splitlines()]
    reasons = {Path(e["file"]).name: e["reason"] for e in errors}
    assert reasons["empty.txt"] == "empty file"
    assert "binary" in reasons["binary.txt"]
    assert "no such file" in reasons["missing.txt"]
    assert not list(out.glob(".*.tmp"))


def test_run_on_clean_inputs_exits_zero(tmp_path: Path, raw_dir: Path) -> None:
    result = runner.invoke(app, ["run", str(raw_dir), "--out", str(tmp_path), "-q"])
    assert result.exit_code == 0, result.output
    assert len(list(tmp_path.glob("*.json"))) == len(list(raw_dir.glob("*.txt")))
    assert not (tmp_path / "errors.jsonl").exists()


def test_show_and_schema(raw_dir: Path) -> None:
    path = next(raw_dir.glob("004_*.txt"))
    shown = runner.invoke(app, ["show", str(path), "--json"])
    assert shown.exit_code == 0
    assert json.loads(shown.output)["source"] == "湖北日报"
    readable = runner.invoke(app, ["show", str(path)])
    assert "长江中游三省协同推动高质量发展座谈会" in readable.output
    schema = runner.invoke(app, ["schema"])
    props = json.loads(schema.output)["properties"]
    assert {
        "doc_id",
        "script",
        "title",
        "publish_date",
        "source",
        "event",
        "dates",
        "officials",
        "staff",
        "regions",
        "agreements",
    } <= set(props)


def test_show_reports_a_bad_file(tmp_path: Path) -> None:
    bad = tmp_path / "x.txt"
    bad.write_bytes(b"")
    result = runner.invoke(app, ["show", str(bad)])
    assert result.exit_code == 2 and "empty file" in result.output


def test_a_person_named_like_a_place_adds_no_region() -> None:
    rec = extract_text("会上，苏州市副市长吴江代表苏州市作交流发言。吴江说，苏州将深化合作。", ner=False)
    assert [o.name for o in rec.officials] == ["吴江"]
    assert [r.name for r in rec.regions] == ["苏州市"]
