"""What archives and careless users throw at a batch run: odd names, links, FIFOs, damaged bytes,
dying workers, two runs at once, pathological text.  Nothing may be lost and nothing may hang."""

from __future__ import annotations

import contextlib
import gc
import json
import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from extract.cli import app
from extract.io import batch
from extract.io.batch import MANIFEST, BatchError, run_batch, writer_lock
from extract.text.decode import InputError, decode_counted, read_input
from extract.text.html import strip_tags

runner = CliRunner()

MEETING = "3月26日至27日，第六届淮海经济区协同发展座谈会在徐州举行。会议签署了《淮海经济区文旅合作框架协议》。"
VISIT = "9月10日，市委书记王建华会见了来访的客人，双方签署了《共建产业园区合作协议》。"


@contextlib.contextmanager
def deadline(seconds: int) -> Iterator[None]:
    """Fail instead of hanging: a SIGALRM after ``seconds``."""

    def expire(signum: int, frame: object) -> None:
        raise TimeoutError(f"still running after {seconds} s")

    old = signal.signal(signal.SIGALRM, expire)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


def jsonl(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def record_ids(out: Path) -> list[str]:
    return [str(r["doc_id"]) for r in jsonl(out / "records.jsonl")]


def error_reasons(out: Path) -> dict[str, str]:
    return {Path(str(e["file"])).name: str(e["reason"]) for e in jsonl(out / "errors.jsonl")}


def write(folder: Path, name: str | bytes, text: str | bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = Path(os.fsdecode(os.path.join(os.fsencode(folder), os.fsencode(name))))
    path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    return path


# ---------------------------------------------------------------- 1. names that are not UTF-8


def test_file_names_that_are_not_utf8_get_records_and_error_lines(tmp_path: Path) -> None:
    src = tmp_path / "in"
    odd = write(src, b"r\xff.txt", MEETING)
    write(src, b"e\xfe.txt", b"")
    write(src, "plain.txt", VISIT)
    out = tmp_path / "out"
    summary = run_batch([src], out, ner=False)
    assert (summary.articles, summary.errors) == (2, 1)
    assert sorted(record_ids(out)) == ["plain", "r\\xff"]
    (error,) = jsonl(out / "errors.jsonl")
    assert error["doc_id"] == "e\\xfe" and str(error["file"]).endswith("e\\xfe.txt") and error["reason"] == "empty file"
    assert json.loads((out / "r\\xff.json").read_text(encoding="utf-8"))["agreements"]
    shown = runner.invoke(app, ["show", str(odd), "--json", "--no-ner"])
    assert shown.exit_code == 0, shown.output
    assert json.loads(shown.output)["doc_id"] == "r\\xff"


def test_extract_text_with_lone_surrogates_gives_a_record_that_serializes() -> None:
    from extract import extract_text

    name = os.fsdecode(b"r\xff")  # a file name read by Python: the bad byte as a lone surrogate
    rec = extract_text(VISIT.replace("，", "\udcff", 1), doc_id=name, ner=False)
    dumped = json.loads(rec.model_dump_json())
    assert dumped["doc_id"] == "r\\xff" and dumped["officials"][0]["name"] == "王建华"


# ---------------------------------------------------------------- 2. the folder is a store of the archive


def test_runs_of_two_folders_into_one_output_keep_both(tmp_path: Path) -> None:
    a = tmp_path / "a"
    b = tmp_path / "b"
    write(a, "news.txt", MEETING)
    write(a, "only-a.txt", VISIT)
    write(a, "broken.txt", b"")
    write(b, "news.txt", VISIT)  # the same name, another article
    out = tmp_path / "out"
    run_batch([a], out, ner=False)
    run_batch([b], out, ner=False)
    ids = record_ids(out)
    assert len(ids) == 3 and "news" in ids and "only-a" in ids, ids
    (b_id,) = [i for i in ids if i.startswith("news~")]
    assert json.loads((out / "news.json").read_text(encoding="utf-8"))["event"]["name"] == "第六届淮海经济区协同发展座谈会"
    assert json.loads((out / f"{b_id}.json").read_text(encoding="utf-8"))["officials"][0]["name"] == "王建华"
    assert "broken.txt" in error_reasons(out)  # a's error line outlives b's run
    # the same file keeps its id, whatever the order of the runs
    run_batch([b, a], out, ner=False)
    assert sorted(record_ids(out)) == sorted(ids)
    assert len((out / MANIFEST).read_text(encoding="utf-8").splitlines()) == 3


def test_a_second_run_into_the_same_folder_is_refused_with_a_sentence(tmp_path: Path) -> None:
    write(tmp_path / "in", "a.txt", MEETING)
    out = tmp_path / "out"
    out.mkdir()
    with writer_lock(out):
        with pytest.raises(BatchError, match="another extract run is writing to"):
            run_batch([tmp_path / "in"], out, ner=False)
        result = runner.invoke(app, ["run", str(tmp_path / "in"), "--out", str(out), "-q", "--no-ner"])
    assert result.exit_code == 2
    assert "another extract run" in result.output and "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert run_batch([tmp_path / "in"], out, ner=False).articles == 1  # free again


def test_a_run_in_another_process_holds_the_folder(tmp_path: Path) -> None:
    write(tmp_path / "in", "a.txt", MEETING)
    out = tmp_path / "out"
    out.mkdir()
    hold = "import sys, time; from pathlib import Path; from extract.io.batch import writer_lock\n"
    hold += "with writer_lock(Path(sys.argv[1])):\n    print('held', flush=True); time.sleep(60)"
    other = subprocess.Popen([sys.executable, "-c", hold, str(out)], stdout=subprocess.PIPE, text=True)
    try:
        assert other.stdout is not None and other.stdout.readline().strip() == "held"
        with pytest.raises(BatchError, match="another extract run"):
            run_batch([tmp_path / "in"], out, ner=False)
    finally:
        other.kill()
        other.wait()
    assert run_batch([tmp_path / "in"], out, ner=False).articles == 1  # a killed holder holds nothing


# ---------------------------------------------------------------- 3. links, FIFOs, unreadable folders


def test_links_fifos_and_unreadable_folders_are_followed_or_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    elsewhere = tmp_path / "elsewhere"
    write(elsewhere, "linked.txt", MEETING)
    src = tmp_path / "in"
    write(src, "a.txt", VISIT)
    (src / "sub").symlink_to(elsewhere, target_is_directory=True)
    (src / "loop").symlink_to(src, target_is_directory=True)  # back to an ancestor
    (src / "gone.txt").symlink_to(tmp_path / "missing.txt")
    (src / "self.txt").symlink_to(src / "self.txt")
    os.mkfifo(src / "pipe.txt")
    locked = src / "locked"
    write(locked, "hidden.txt", MEETING)
    real_scandir = os.scandir

    def scandir(path: object) -> object:
        if Path(str(path)) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)  # type: ignore[arg-type]

    monkeypatch.setattr(batch.os, "scandir", scandir)
    out = tmp_path / "out"
    with deadline(60):
        summary = run_batch([src], out, ner=False)
    assert sorted(record_ids(out)) == ["a", "linked"]
    reasons = error_reasons(out)
    assert reasons == {
        "gone.txt": "broken symbolic link",
        "self.txt": "symbolic link loop",
        "pipe.txt": "not a regular file (a FIFO)",
        "locked": "cannot read folder: Permission denied",
    }
    assert summary.errors == 4


def test_the_same_input_given_twice_is_read_once(tmp_path: Path) -> None:
    src = tmp_path / "in"
    f = write(src, "a.txt", MEETING)
    summary = run_batch([src, src, f], tmp_path / "out", ner=False)
    assert (summary.articles, summary.errors) == (1, 0)
    assert record_ids(tmp_path / "out") == ["a"]


def test_folders_a_thousand_deep(tmp_path: Path) -> None:
    deep = bottom = tmp_path / "in"
    for _ in range(1000):  # os.makedirs itself recurses
        bottom = bottom / "d"
        bottom.mkdir(parents=False) if bottom.parent.exists() else bottom.parent.mkdir()
    write(bottom, "bottom.txt", MEETING)
    try:
        assert run_batch([deep], tmp_path / "out", ner=False).articles == 1
    finally:  # shutil.rmtree (pytest's clean-up of old temporary folders) recurses too
        (bottom / "bottom.txt").unlink()
        while bottom != deep:
            bottom.rmdir()
            bottom = bottom.parent


# ---------------------------------------------------------------- 4. a few bad bytes


def test_an_article_with_a_few_bad_bytes_is_kept_and_they_are_counted(tmp_path: Path) -> None:
    data = MEETING.encode("utf-8")
    # a stray byte, and a character cut short in the middle of the text
    damaged = data.replace("，".encode(), b"\xff", 1).replace("座".encode(), "座".encode()[:2], 1)
    text, encoding, bad = decode_counted(damaged)
    assert (encoding, bad) == ("utf-8", 2) and text.count("\ufffd") == 2
    write(tmp_path / "in", "damaged.txt", damaged)
    run_batch([tmp_path / "in"], tmp_path / "out", ner=False)
    rec = json.loads((tmp_path / "out" / "damaged.json").read_text(encoding="utf-8"))
    assert rec["decode_errors"] == 2 and rec["encoding"] == "utf-8"
    assert rec["agreements"][0]["title"] == "淮海经济区文旅合作框架协议"
    # GBK with little Chinese in it is not taken for damaged UTF-8
    gbk = ("Minutes of the meeting. " * 20 + "市长邢正军主持会议。").encode("gbk")
    assert decode_counted(gbk)[1:] == ("gb18030", 0)
    with pytest.raises(InputError, match="binary"):
        decode_counted(bytes(range(256)) * 8)


# ---------------------------------------------------------------- 5. a worker that dies


def _dying_process_job(job: batch.Job) -> batch.Outcome:
    if "die" in job.path:
        os.kill(os.getpid(), signal.SIGKILL)
    return _real_process_job(job)


_real_process_job = batch.process_job


def test_a_dead_worker_gives_an_error_line_and_the_batch_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    src = tmp_path / "in"
    for i in range(10):
        write(src, f"{i:02d}.txt", VISIT + f"（{i}）")
    write(src, "05-die.txt", MEETING)
    monkeypatch.setattr(batch, "process_job", _dying_process_job)  # the workers are forked with it
    out = tmp_path / "out"
    with deadline(120):
        summary = run_batch([src], out, ner=False, workers=2)
    assert (summary.articles, summary.errors) == (10, 1)
    (error,) = jsonl(out / "errors.jsonl")
    assert error["doc_id"] == "05-die" and error["error"] == "internal"
    assert "died (killed by SIGKILL" in str(error["reason"])


def test_ctrl_c_stops_a_run_with_workers_cleanly_and_quietly(tmp_path: Path, raw_dir: Path) -> None:
    src = tmp_path / "in"
    for f in sorted(raw_dir.glob("*.txt")):
        for i in range(150):  # enough that the run is still going when the signal comes (2 workers are fast)
            write(src, f"{f.stem}-{i}.txt", f.read_bytes() + f"（{i}）".encode())
    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "extract.cli", "run", str(src), "--out", str(out), "-q", "-w", "2"]
    # (started as a shell starts a command: SIGINT at its default, whatever this test process has it at —
    # an earlier test's library may leave it ignored here, and an ignored signal stays ignored across exec)
    proc = subprocess.Popen(
        cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )  # fmt: skip
    try:
        start = time.monotonic()
        while not any(out.glob("*.json")) and time.monotonic() - start < 120 and proc.poll() is None:
            time.sleep(0.2)
        os.killpg(proc.pid, signal.SIGINT)  # what Ctrl-C does: the whole foreground group
        _, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 130, err
    assert "Traceback" not in err and "interrupted" in err
    assert "Prefix dict" not in err and "Loading model" not in err  # --quiet silences jieba too
    done = record_ids(out)
    assert done and len(done) == len(set(done))
    assert not list(out.glob(".*.tmp"))


# ---------------------------------------------------------------- 6-8. bounded memory, linear time


def test_model_windows_stay_small_on_a_text_dense_with_titles() -> None:
    from extract.ner.link import MAX_WINDOW, windows

    text = "省委书记" * 25_000
    parts = windows(text)
    assert max(len(piece) for _, piece in parts) <= MAX_WINDOW
    assert sum(len(piece) for _, piece in parts) < 1.3 * len(text)
    assert parts[0][0] == 0 and parts[-1][0] + len(parts[-1][1]) == len(text)


LINEAR_RATIO_MAX = 15  # ten times the input at most this many times the time (quadratic: about a hundred)


def assert_linear(work: Callable[[int], object], n: int, rounds: int = 3) -> None:
    """Ten times the input costs at most fifteen times the time: CPU time of this process, the
    collector held off, the two sizes measured back to back in each round and the best round
    kept, so that a busy machine does not decide (a quadratic cost gives about a hundred; a linear
    one measured 10 alone and 12.6–12.9 late in a full run on a fresh clone, its heap grown: the
    larger input's allocations, not its reading)."""

    def cost(size: int) -> float:
        gc.collect()
        gc.disable()
        try:
            t = time.process_time()
            work(size)
            return max(time.process_time() - t, 0.001)
        finally:
            gc.enable()

    ratios = [cost(10 * n) / cost(n) for _ in range(rounds)]
    assert min(ratios) <= LINEAR_RATIO_MAX, ratios


@pytest.mark.parametrize(
    "unit",
    ["省委书记王小明、市长李大海出席会议并讲话，王小明表示，", "省委书记", "副市长张三李四王五赵六"],
)
def test_finding_officials_is_linear_in_the_text(unit: str) -> None:
    from extract.extractors.people import extract_officials

    extract_officials(unit)
    assert_linear(lambda n: extract_officials(unit * (n // len(unit))), 6_000)


@pytest.mark.parametrize("unit", ["<div", "<!--", "<script", "<style x", "<p "])
def test_html_clean_up_is_linear_on_unclosed_tags(unit: str) -> None:
    assert_linear(lambda n: strip_tags("<html><body>" + unit * (n // len(unit))), 10_000)


def test_html_clean_up_still_drops_scripts_and_comments() -> None:
    page = "<html><body><script>var a = '<p>';</script><!-- x --><p>正文</p><STYLE>x</style ><!-- open <p>尾<!--c-->d"
    assert strip_tags(page) == "\n正文\nd"


# ---------------------------------------------------------------- 9-10. sizes before reading, FIFOs


def test_a_huge_sparse_file_is_refused_unread(tmp_path: Path) -> None:
    huge = tmp_path / "in" / "huge.txt"
    huge.parent.mkdir()
    with huge.open("wb") as fh:
        try:
            fh.truncate(2**40)  # a terabyte of nothing: reading it would end the run
        except OSError:
            pytest.skip("no sparse files here")
    with pytest.raises(InputError, match="too large"):
        read_input(huge)
    summary = run_batch([huge.parent], tmp_path / "out", ner=False)
    assert summary.errors == 1 and "too large" in error_reasons(tmp_path / "out")["huge.txt"]


def test_show_refuses_a_fifo(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with deadline(30):
        result = runner.invoke(app, ["show", str(fifo), "--no-ner"])
    assert result.exit_code == 2 and "not a regular file (a FIFO)" in result.output


# ---------------------------------------------------------------- sentences, not tracebacks


def test_an_output_folder_that_is_a_file_is_one_sentence(tmp_path: Path) -> None:
    write(tmp_path / "in", "a.txt", MEETING)
    (tmp_path / "out").write_text("x")
    result = runner.invoke(app, ["run", str(tmp_path / "in"), "--out", str(tmp_path / "out"), "-q", "--no-ner"])
    assert result.exit_code == 2 and "is a file" in result.output
    assert len(result.output.strip().splitlines()) == 1


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes everywhere")
def test_an_unwritable_output_folder_is_one_sentence(tmp_path: Path) -> None:
    write(tmp_path / "in", "a.txt", MEETING)
    (tmp_path / "out").mkdir(mode=0o500)
    result = runner.invoke(app, ["run", str(tmp_path / "in"), "--out", str(tmp_path / "out"), "-q", "--no-ner"])
    assert result.exit_code == 2 and "cannot write" in result.output


def test_a_truncated_record_in_the_output_folder_is_redone_or_named(tmp_path: Path) -> None:
    src = tmp_path / "in"
    write(src, "a.txt", MEETING)
    write(src, "b.txt", VISIT)
    out = tmp_path / "out"
    run_batch([src], out, ner=False)
    whole = (out / "a.json").read_text(encoding="utf-8")
    (out / "a.json").write_text(whole[:40], encoding="utf-8")
    again = run_batch([src], out, ner=False)
    assert (again.articles, again.skipped, again.errors) == (1, 1, 0)
    assert (out / "a.json").read_text(encoding="utf-8") == whole
    # a record cut short of an article not given this time: named, not a crash
    (out / "b.json").write_text("{", encoding="utf-8")
    other = tmp_path / "other"
    write(other, "c.txt", VISIT)
    third = run_batch([other], out, ner=False)
    assert third.errors == 1 and "unreadable record" in error_reasons(out)["b.json"]
    assert sorted(record_ids(out)) == ["a", "c"]


def test_extract_text_refuses_what_the_command_line_refuses() -> None:
    from extract import extract_text

    with pytest.raises(TypeError, match="not NoneType"):
        extract_text(None)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="extract_file"):
        extract_text(MEETING.encode())  # type: ignore[arg-type]
    with pytest.raises(InputError, match="empty text"):
        extract_text("")
    with pytest.raises(InputError, match="white space"):
        extract_text(" \n\u3000")


# ---------------------------------------------------------------- small but felt


def test_outputs_are_readable_by_others_as_the_umask_allows(tmp_path: Path) -> None:
    write(tmp_path / "in", "a.txt", MEETING)
    old = os.umask(0o022)
    try:
        run_batch([tmp_path / "in"], tmp_path / "out", ner=False)
    finally:
        os.umask(old)
    for name in ("a.json", "records.jsonl", MANIFEST):
        assert (tmp_path / "out" / name).stat().st_mode & 0o777 == 0o644, name


def test_leftovers_of_a_killed_run_are_removed_by_the_next(tmp_path: Path) -> None:
    write(tmp_path / "in", "a.txt", MEETING)
    out = tmp_path / "out"
    out.mkdir()
    (out / ".records.jsonl.k3x9_a2b.tmp").write_text("{")
    (out / ".a.json.zz00yy11.tmp").write_text("{")
    run_batch([tmp_path / "in"], out, ner=False)
    assert not list(out.glob(".*.tmp"))


def test_a_rerun_by_another_path_to_the_same_files_skips_them(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path / "in", "a.txt", MEETING)
    write(tmp_path / "in", "b.txt", VISIT)
    monkeypatch.chdir(tmp_path)
    first = run_batch([Path("in")], Path("out"), ner=False)
    again = run_batch([tmp_path / "in"], tmp_path / "out", ner=False)
    assert (first.articles, again.articles, again.skipped) == (2, 0, 2)


# ---------------------------------------------------------------- patterns that backtrack, articles that take too long


def _rules_patterns() -> list[tuple[str, re.Pattern[str]]]:
    """Every regular expression of the packaged rules files (the columns SCHEMA.tsv types ``regex``)."""
    from extract import rules

    out = []
    for name, columns in rules.schema().items():
        at = [i for i, c in enumerate(columns) if c.type.startswith("regex")]
        for row in rules.read_rows(name) if at else ():
            out += [(row.where, re.compile(row[i], re.M)) for i in at if i < len(row) and row[i]]
    return out


def _menu_lines() -> Iterator[str]:
    """Lines of navigation a page holds: many short items joined by a separator with or without
    spaces, the last item too long for a menu (so that a pattern must fail after trying them)."""
    items = ["即时", "热门", "政治", "社会", "生活", "国际", "地方"] * 4
    for sep in "|｜丨>＞»›→/·、，：-_　 ":
        for pad in ("", " ", "  ", "　"):
            yield (pad + sep + pad).join(items) + pad + sep + pad + "TAIPEI TIMES 英文新闻网站 第一"
    yield " " * 400 + "。"
    yield "记者" * 200


def test_no_rules_pattern_backtracks_without_end_on_a_long_menu_line() -> None:
    """A 22-item menu line (`即時 | 熱門 | … | TAIPEI TIMES`) once held a page's run for ever: each
    packaged pattern must answer every such line at once (SIGALRM after one second, per pattern)."""
    slow = []

    def expire(signum: int, frame: object) -> None:
        raise TimeoutError

    old = signal.signal(signal.SIGALRM, expire)
    try:
        for where, pattern in _rules_patterns():
            for line in _menu_lines():
                signal.setitimer(signal.ITIMER_REAL, 1.0)
                try:
                    pattern.search(line)
                    pattern.match(line)
                except TimeoutError:
                    slow.append(f"{where}: {pattern.pattern[:60]} on {line[:30]}…")
                    break
                finally:
                    signal.setitimer(signal.ITIMER_REAL, 0)
    finally:
        signal.signal(signal.SIGALRM, old)
    assert not slow, slow


LTN_PAGE = """自由時報電子報
即時 | 熱門 | 政治 | 社會 | 生活 | 健康 | 國際 | 地方 | 蒐奇 | 影音 | 財經 | 娛樂 | 汽車 | 時尚 | 體育 | 3C | 評論 | 玩咖 | 食譜 | 地產 | 專區 | TAIPEI TIMES
首頁 > 地方 > 屏東縣

屏東縣與高雄市簽署觀光合作備忘錄
2021/05/12 05:30

〔記者陳文德／屏東報導〕屏東縣與高雄市昨（11）日在屏東縣政府簽署觀光合作備忘錄，屏東縣長潘孟安與高雄市長陳其邁共同出席，雙方將推出跨縣市觀光聯票。
"""


def test_a_page_with_a_long_menu_line_gives_its_record_at_once() -> None:
    from extract import extract_text

    with deadline(30):
        record = extract_text(LTN_PAGE, ner=False)
    assert record.title == "屏东县与高雄市签署观光合作备忘录"
    assert {"屏东县", "高雄市"} <= {r.name for r in record.regions}


def test_an_article_over_its_time_limit_gets_an_error_line_and_the_batch_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    src = tmp_path / "in"
    write(src, "01.txt", VISIT)
    write(src, "02-endless.txt", MEETING)
    write(src, "03.txt", VISIT + "（三）")
    real = batch._process_job

    def endless(job: batch.Job) -> batch.Outcome:
        while "endless" in job.path:  # what a pattern that backtracks without end looks like from outside
            pass
        return real(job)

    monkeypatch.setattr(batch, "_process_job", endless)
    out = tmp_path / "out"
    with deadline(60):
        summary = run_batch([src], out, ner=False, workers=1, time_limit=1.0)
    assert (summary.articles, summary.errors) == (2, 1)
    assert record_ids(out) == ["01", "03"]
    (error,) = jsonl(out / "errors.jsonl")
    assert error["doc_id"] == "02-endless" and error["error"] == "internal"
    assert "gave up after 1 s" in str(error["reason"])
    assert signal.getsignal(signal.SIGALRM) is not None and signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
