"""Pictures: the highlighted characters of the HTML are exactly the record's items, and nlp(text) on raw text."""

from __future__ import annotations

import re
from collections import defaultdict
from html.parser import HTMLParser
from pathlib import Path

import pytest
from typer.testing import CliRunner

import extract
from extract.cli import app
from extract.models import Agreement, DateItem, Official, Record, Region
from extract.pipeline import components as pipeline
from extract.text.normalize import normalize_bytes, normalize_text
from extract.viz.html import page_html, render

RAW_WITH_ARTIFACTS = "會議簽署了《淮海經(jīng)濟區(qū)警務一體化協同發展框架協議》。9月10日上午,座談會在武漢舉行。"


class Highlights(HTMLParser):
    """Reads back a rendered picture: the text shown, and per label the offsets of highlighted characters."""

    def __init__(self) -> None:
        super().__init__()
        self.offsets: dict[str, set[int]] = defaultdict(set)
        self.text: list[str] = []
        self.labels: list[str] = []
        self._stack: list[str] = []  # class of each open span inside the text
        self._in_spans = 0
        self._tok: tuple[int, list[str]] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "div" and a.get("class") == "spans":
            self._in_spans += 1
        if tag != "span" or not self._in_spans:
            return
        cls = a.get("class") or ""
        self._stack.append(cls)
        if cls == "extract-tok":
            self._tok = (int(a["data-i"] or -1), (a["data-labels"] or "").split())

    def handle_endtag(self, tag: str) -> None:
        if tag == "div" and self._in_spans:
            self._in_spans -= 1
        elif tag == "span" and self._in_spans and self._stack:
            self._stack.pop()

    def handle_data(self, data: str) -> None:
        if not self._in_spans:
            return
        if "extract-label" in self._stack:
            self.labels.append(data)
            return
        if self._tok is not None and self._stack and self._stack[-1] == "extract-tok":
            i, labels = self._tok
            assert data == data.strip() and len(data) == 1, f"one character per highlighted token, got {data!r}"
            for label in labels:
                self.offsets[label].add(i)
            self._tok = None
        self.text.append(data)


def read_back(html: str) -> Highlights:
    h = Highlights()
    h.feed(html)
    return h


def expected_offsets(record: Record, text: str) -> dict[str, set[int]]:
    """What must be highlighted, per label, from the record itself (every item of every field)."""
    items = [
        *(("DATE", d.spans) for d in record.dates),
        *(("OFFICIAL", o.spans) for o in record.officials),
        *(("STAFF", m.spans) for m in record.staff),
        *(("REGION", r.spans) for r in record.regions),
        *(("AGREEMENT", a.spans) for a in record.agreements),
        *([("EVENT", record.event.spans)] if record.event else []),
    ]
    out: dict[str, set[int]] = defaultdict(set)
    for label, spans in items:
        assert spans, f"{label} item without spans"
        for s, e in spans:
            out[label] |= {i for i in range(s, e) if text[i].strip()}
    return {k: v for k, v in out.items() if v}


def runs(offsets: set[int], text: str) -> list[str]:
    """Contiguous highlighted stretches of ``text`` (whitespace, which is never highlighted, does not break one)."""
    out: list[str] = []
    prev = -2
    for i in sorted(offsets):
        if out and not text[prev + 1 : i].strip():
            out[-1] += text[prev + 1 : i + 1]
        else:
            out.append(text[i])
        prev = i
    return out


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


def sample(raw_dir: Path, prefix: str) -> tuple[Record, str]:
    p = next(raw_dir.glob(f"{prefix}_*.txt"))
    article = normalize_bytes(p.read_bytes(), doc_id=p.stem)
    return pipeline.assemble(pipeline.process(article)), article.raw


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_highlights_are_exactly_the_record_items(raw_dir: Path, prefix: str) -> None:
    record, text = sample(raw_dir, prefix)
    got = read_back(render(record, text=text))
    assert "".join(got.text) == text  # the text as given: no space added between characters, line breaks kept
    assert {k: v for k, v in got.offsets.items() if v} == expected_offsets(record, text)
    assert record.dates and set(got.labels) >= {"DATE", "EVENT"}
    day_runs = runs(got.offsets["DATE"], text)
    for d in record.dates:
        assert any(d.text in run for run in day_runs), d.text
    if record.agreements:
        agreement_runs = [normalize_text(r).text for r in runs(got.offsets["AGREEMENT"], text)]
        for a in record.agreements:
            assert any(a.title in run.replace(" ", "") or a.title in run for run in agreement_runs), a.title


def test_a_constructed_record_is_drawn_item_by_item() -> None:
    text = "省委书记易炼红在南昌会见客人。双方签署《赣浙合作框架协议》。5月6日上午,会议举行。"
    rec = Record(
        doc_id="t",
        script="simplified",
        title=None,
        publish_date=None,
        source=None,
        event=None,
        officials=[Official(name="易炼红", titles=["省委书记"], spans=[(0, 7)])],
        regions=[Region(name="南昌市", level="prefecture", adcode="360100", parents=["江西省"], spans=[(8, 10)])],
        agreements=[Agreement(title="赣浙合作框架协议", kind="agreement", action="signed", spans=[(19, 29)])],
        dates=[DateItem(text="5月6日上午", start="2024-05-06", end="2024-05-06", granularity="day",
                        year_certain=False, spans=[(30, 36)])],
        encoding="utf-8",
    )  # fmt: skip
    got = read_back(render(rec, text=text))
    assert {k: runs(v, text) for k, v in got.offsets.items()} == {
        "OFFICIAL": ["省委书记易炼红"],
        "REGION": ["南昌"],
        "AGREEMENT": ["《赣浙合作框架协议》"],
        "DATE": ["5月6日上午"],
    }
    assert got.labels.count("REGION") == 1 and got.labels.count("DATE") == 1


def test_render_of_a_string_extracts_it() -> None:
    got = read_back(render(RAW_WITH_ARTIFACTS))
    assert "".join(got.text) == RAW_WITH_ARTIFACTS
    assert runs(got.offsets["DATE"], RAW_WITH_ARTIFACTS) == ["9月10日上午"]
    (agreement,) = runs(got.offsets["AGREEMENT"], RAW_WITH_ARTIFACTS)
    assert agreement.startswith("《淮海經(jīng)濟區") and agreement.endswith("框架協議》")


def test_nlp_on_raw_text_gives_spans_over_the_normalized_text() -> None:
    nlp = extract.load()
    doc = nlp(RAW_WITH_ARTIFACTS)
    assert doc.text == doc._.article.body and doc._.article.raw == RAW_WITH_ARTIFACTS
    assert [s.text for s in doc.spans["dates"]] == ["9月10日上午"]
    assert [s.text for s in doc.spans["agreements"]] == ["《淮海经济区警务一体化协同发展框架协议》"]
    s = doc.spans["dates"][0]
    o_start, o_end = doc._.article.to_original(s.start_char, s.end_char)
    assert RAW_WITH_ARTIFACTS[o_start:o_end] == "9月10日上午"
    # the same spans as the pipeline's own processing of the article
    record = extract.extract_text(RAW_WITH_ARTIFACTS)
    assert [d.spans[0] for d in record.dates] == [(o_start, o_end)]


def test_render_of_a_doc_merges_its_span_groups() -> None:
    doc = extract.load()(RAW_WITH_ARTIFACTS)
    got = read_back(render(doc))
    assert "all" in doc.spans and {s.label_ for s in doc.spans["all"]} >= {"DATE", "AGREEMENT"}
    assert "".join(got.text) == doc.text
    assert runs(got.offsets["DATE"], doc.text) == ["9月10日上午"]
    assert runs(got.offsets["AGREEMENT"], doc.text) == ["《淮海经济区警务一体化协同发展框架协议》"]


def test_render_refuses_what_it_cannot_draw() -> None:
    rec = extract.extract_text("9月10日上午,座谈会在武汉举行。")
    with pytest.raises(ValueError, match="text="):
        render(rec)
    with pytest.raises(TypeError):
        render(42)  # type: ignore[arg-type]


def test_extract_render_stays_the_function_after_the_viewer_module_is_imported() -> None:
    import extract.viz.html

    assert extract.render is render
    text = "9月10日上午,座谈会在武汉举行。"
    assert runs(read_back(extract.render(text)).offsets["DATE"], text) == ["9月10日上午"]


def test_rendered_shows_itself_in_jupyter() -> None:
    r = render("9月10日上午,座谈会在武汉举行。")
    assert isinstance(r, str) and r._repr_html_() == str(r)


def test_show_html_writes_the_page(tmp_path: Path, raw_dir: Path) -> None:
    src = next(raw_dir.glob("000_*.txt"))
    out = tmp_path / "page.html"
    result = CliRunner().invoke(app, ["show", str(src), "--html", str(out), "--json"])
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert '<meta charset="utf-8">' in page and "Noto Sans CJK SC" in page and '<html lang="zh-CN">' in page
    record, text = sample(raw_dir, "000")
    assert page == page_html(record, text)
    got = read_back(page)
    assert {k: v for k, v in got.offsets.items() if v} == expected_offsets(record, text)
    for a in record.agreements:  # the tables below the text
        assert f"<td>{a.title}</td>" in page
