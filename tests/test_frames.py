"""Tables of records (extract.to_frames), extract_many, and `extract export`."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

import extract
from extract.analysis.frames import MissingExtraError, read_records, to_frames
from extract.api import InputErrorInfo
from extract.cli import app
from extract.models import Agreement, DateItem, Event, Official, Record, Region, StaffMember, TitleParse

runner = CliRunner()


def constructed() -> list[Record]:
    a = Record(
        doc_id="a",
        script="simplified",
        title="标题",
        publish_date="2023-06-07",
        source="某日报",
        event=Event(name="座谈会", start="2023-06-06", end="2023-06-06", location="盐城市", spans=[(40, 43)]),
        dates=[DateItem(text="6月6日", start="2023-06-06", end="2023-06-06", granularity="day", year_certain=True,
                        year_source="publish_date", spans=[(10, 14), (50, 54)])],
        officials=[
            Official(name="胡玉亭", titles=["省委副书记", "大连市委书记"], spans=[(20, 23)],
                     title_parses=[TitleParse(title="大连市委书记", org="大连市委", post="书记")]),
            Official(name="习近平", titles=["总书记"], spans=[(30, 33)]),
        ],
        staff=[StaffMember(name="孙飞", roles=["记者", "摄影"], spans=[(0, 2)])],
        regions=[
            Region(name="大丰区", level="county", adcode="320904", parents=["盐城市", "江苏省"], spans=[(5, 7)]),
            Region(name="江苏省", level="province", adcode="320000", spans=[(60, 62)]),
            Region(name="长江三角洲", level="zone"),
        ],
        agreements=[Agreement(title="合作协议", kind="agreement", action="signed", spans=[(70, 76)])],
        encoding="utf-8",
    )  # fmt: skip
    b = Record(doc_id="b", script="traditional", title=None, publish_date=None, source=None, event=None,
               encoding="gb18030")  # fmt: skip
    return [a, b]


def test_one_row_per_item_keyed_by_doc_id() -> None:
    f = to_frames(constructed())
    assert list(f.articles.doc_id) == ["a", "b"]
    art = f.articles.set_index("doc_id")
    assert art.loc["a", "event_name"] == "座谈会" and art.loc["a", "n_officials"] == 2 and art.loc["b", "n_dates"] == 0
    assert art.loc["a", "event_start"] == pd.Timestamp("2023-06-06") and pd.isna(art.loc["b", "publish_date"])
    # officials: one row per title, with the parse where there is one
    off = f.officials
    assert list(zip(off.name, off.title, strict=True)) == [
        ("胡玉亭", "省委副书记"),
        ("胡玉亭", "大连市委书记"),
        ("习近平", "总书记"),
    ]
    assert off.set_index("title").loc["大连市委书记", "org"] == "大连市委"
    assert pd.isna(off.set_index("title").loc["省委副书记", "org"])
    assert list(off.n_titles) == [2, 2, 1] and set(off.doc_id) == {"a"}
    assert list(zip(f.staff.name, f.staff.role, strict=True)) == [("孙飞", "记者"), ("孙飞", "摄影")]
    reg = f.regions.set_index("name")
    assert reg.loc["大丰区", "adcode"] == "320904" and list(reg.loc["大丰区", "parents"]) == ["盐城市", "江苏省"]
    assert reg.loc["大丰区", "parent"] == "盐城市" and reg.loc["大丰区", "province"] == "江苏省"
    assert reg.loc["江苏省", "province"] == "江苏省" and pd.isna(reg.loc["长江三角洲", "province"])
    assert reg.loc["长江三角洲", "mentions"] == 0 and pd.isna(reg.loc["长江三角洲", "span_start"])
    d = f.dates.iloc[0]
    assert (d.text, d.start, d.span_start, d.span_end, d.mentions) == ("6月6日", pd.Timestamp("2023-06-06"), 10, 14, 2)
    assert list(f.agreements.columns[:4]) == ["doc_id", "title", "kind", "action"]
    assert f["agreements"] is f.agreements and [n for n, _ in f.items()] == [
        "articles", "dates", "officials", "staff", "regions", "agreements"]  # fmt: skip


def test_empty_input_gives_empty_tables_with_their_columns() -> None:
    f = to_frames([])
    assert all(df.empty for _, df in f.items())
    assert "adcode" in f.regions.columns and "title" in f.officials.columns


def test_extract_many_on_the_samples_and_bad_inputs(tmp_path: Path, raw_dir: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    items = list(extract.extract_many([raw_dir, tmp_path / "empty.txt", tmp_path / "missing.txt"]))
    records = [r for r in items if isinstance(r, Record)]
    errors = [r for r in items if isinstance(r, InputErrorInfo)]
    assert [r.doc_id for r in records] == sorted(p.stem for p in raw_dir.glob("*.txt"))
    assert [(Path(e.file).name, e.reason) for e in errors] == [
        ("empty.txt", "empty file"),
        ("missing.txt", "no such file or folder"),
    ]
    f = to_frames(items)  # the errors are left out
    assert list(f.articles.doc_id) == [r.doc_id for r in records]
    assert len(f.dates) == sum(len(r.dates) for r in records)
    assert len(f.officials) == sum(max(len(o.titles), 1) for r in records for o in r.officials)
    assert sorted(f.agreements.title) == sorted(a.title for r in records for a in r.agreements)
    one = f.articles.set_index("doc_id").loc[records[1].doc_id]
    assert one.source == records[1].source == "大丰日报" and one.publish_date == pd.Timestamp("2021-11-10")


def write_run_folder(folder: Path, records: list[Record]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for r in records:
        (folder / f"{r.doc_id}.json").write_text(r.model_dump_json(indent=1), encoding="utf-8")
    (folder / "records.jsonl").write_text("".join(r.model_dump_json() + "\n" for r in records), encoding="utf-8")
    (folder / "errors.jsonl").write_text(json.dumps({"file": "x.txt", "error": "input", "reason": "empty file"}) + "\n")


def test_read_records_of_a_run_folder(tmp_path: Path) -> None:
    write_run_folder(tmp_path, constructed())
    (tmp_path / "manifest.jsonl").write_text('{"doc_id": "a", "sha256": "0"}\n')  # not a record: not read
    assert read_records(tmp_path) == constructed()
    (tmp_path / "records.jsonl").unlink()
    assert read_records(tmp_path) == constructed()  # from the <doc_id>.json files
    assert to_frames(tmp_path).articles.doc_id.tolist() == ["a", "b"]


def test_export_writes_parquet_and_csv(tmp_path: Path) -> None:
    write_run_folder(tmp_path / "run", constructed())
    result = runner.invoke(app, ["export", str(tmp_path / "run"), "--format", "parquet", "--to", str(tmp_path / "pq")])
    assert result.exit_code == 0, result.output
    expected = to_frames(constructed())
    for name, df in expected.items():
        back = pd.read_parquet(tmp_path / "pq" / f"{name}.parquet")
        assert list(back.columns) == list(df.columns)
        assert back.doc_id.tolist() == df.doc_id.tolist()
    regions = pd.read_parquet(tmp_path / "pq" / "regions.parquet")
    assert list(regions.parents[0]) == ["盐城市", "江苏省"]
    result = runner.invoke(app, ["export", str(tmp_path / "run"), "--format", "csv", "--to", str(tmp_path / "csv")])
    assert result.exit_code == 0, result.output
    csv = pd.read_csv(tmp_path / "csv" / "regions.csv", encoding="utf-8-sig", dtype={"adcode": str})
    assert csv.name.tolist() == ["大丰区", "江苏省", "长江三角洲"]
    assert json.loads(csv.parents[0]) == ["盐城市", "江苏省"] and csv.adcode[0] == "320904"
    officials = pd.read_csv(tmp_path / "csv" / "officials.csv", encoding="utf-8-sig")
    assert officials.title.tolist() == ["省委副书记", "大连市委书记", "总书记"]
    assert not list((tmp_path / "csv").glob(".*.tmp"))


def test_export_refuses_what_is_not_a_record(tmp_path: Path) -> None:
    (tmp_path / "run").mkdir()
    (tmp_path / "run" / "x.json").write_text('{"doc_id": "x", "script": "latin"}', encoding="utf-8")
    result = runner.invoke(app, ["export", str(tmp_path / "run"), "--to", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert "x.json: not a record" in result.output
    result = runner.invoke(app, ["export", str(tmp_path / "run"), "--format", "xlsx", "--to", str(tmp_path / "out")])
    assert result.exit_code == 2 and "parquet or csv" in result.output


def test_a_clear_message_without_pandas() -> None:
    code = (
        "import sys; sys.modules['pandas'] = None\n"
        "import extract\n"
        "try:\n    extract.to_frames([])\nexcept ImportError as e:\n    print(type(e).__name__, e)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.startswith(MissingExtraError.__name__) and "pip install 'extract[analysis]'" in out


def test_import_extract_stays_cheap() -> None:
    code = "import sys, extract; extract.to_frames; print(sorted(m for m in ('pandas', 'spacy', 'pyarrow') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


@pytest.mark.parametrize("bad", [42, "not/a/folder"])
def test_to_frames_refuses_other_things(bad: object) -> None:
    with pytest.raises((TypeError, FileNotFoundError)):
        to_frames(bad)  # type: ignore[arg-type]


def test_error_rows_are_not_records(tmp_path: Path) -> None:
    from extract import extract_text
    from extract.analysis.frames import read_records
    from extract.io.records import error_row

    rec = extract_text("5月12日,绵阳市政府与宁波市政府战略合作座谈会在宁波举行。", doc_id="a", ner=False)
    mixed = tmp_path / "mixed.jsonl"
    mixed.write_text(
        rec.model_dump_json() + "\n" + json.dumps(error_row("b", "b.txt", "file is empty")) + "\n", encoding="utf-8"
    )
    assert [r.doc_id for r in read_records(mixed)] == ["a"]
