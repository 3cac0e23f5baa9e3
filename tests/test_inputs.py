"""Inputs as scrapers leave them: HTML pages, collections (JSONL, CSV, Parquet), metadata as evidence."""

from __future__ import annotations

import gzip
import json
import shutil
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from extract import InputErrorInfo, Record, extract_file, extract_many, extract_text
from extract.cli import app
from extract.extractors.meta import url_date
from extract.io.batch import run_batch
from extract.io.collections import FieldNames, read_collection, safe_id
from extract.text.html import page_text

PAGES = Path(__file__).parent / "data" / "html"

# articles of the genre, written for these tests (fictional officials)
ARTICLE_A = (
    "淮安宿迁两市签署生态共保合作协议\n"
    "5月20日，淮安市与宿迁市生态共保合作座谈会在宿迁召开。两市签署了《淮安宿迁洪泽湖生态共保合作协议》。"
    "宿迁市委书记林振东、淮安市市长高文斌出席会议并讲话。\n"
)
ARTICLE_B = "昨天上午，长江中游城市群省会城市合作会议在长沙举行。湖南省副省长谢明远出席会议。\n"
ARTICLE_C = "6月3日，成渝地区双城经济圈建设联席会议在重庆召开，川渝两省市签署《共建成渝地区双城经济圈合作备忘录》。\n"


def names(items: list) -> set[str]:  # type: ignore[type-arg]
    return {i.name for i in items}


# ---------------------------------------------------------------- HTML pages


@pytest.fixture(scope="module")
def pages() -> dict[str, Record]:
    return {p.stem: extract_file(p, ner=False) for p in sorted(PAGES.glob("*.html"))}


def test_a_government_portal_page_keeps_its_frame_and_drops_its_furniture(pages: dict[str, Record]) -> None:
    r = pages["gov_portal"]
    assert r.text_from == "html"
    assert (r.title, r.title_from) == ("九江黄石两市签署跨江合作框架协议", "html")
    # the 发布时间/来源 line and the editor credit that trafilatura drops are kept around the main text
    assert (r.publish_date, r.publish_date_from) == ("2023-06-12", "page")
    assert (r.source, r.source_from) == ("九江日报", "page")
    assert {"陈立新", "罗文江", "邹华明"} <= names(r.officials)
    assert {s.name: s.roles for s in r.staff} == {"刘晓梅": ["记者"], "周建华": ["记者"], "胡雅琴": ["编辑"]}
    assert r.event is not None and r.event.start == "2023-06-10"
    assert names(r.event.parties) == {"九江市", "黄石市"}
    # related links, comments, the footer and a script's document.write are not the article
    assert not names(r.regions) & {"南昌市", "赣州市", "深圳市", "上饶市", "宜昌市"}
    assert all(d.start != "2023-06-11" for d in r.dates)


def test_a_news_portal_page_without_its_related_links(pages: dict[str, Record]) -> None:
    r = pages["news_portal"]
    assert (r.title, r.title_from) == ("长三角生态绿色一体化发展示范区执委会第三次全体会议召开", "html")
    assert (r.publish_date, r.publish_date_from) == ("2021-04-16", "page")
    assert r.source == "新华网"
    assert {"汤立群", "冯建华", "钱丽珍"} <= names(r.officials)
    assert "葛晓宇" in names(r.staff)
    assert not names(r.regions) & {"合肥市", "六安市", "南京市", "杭州市", "宁波市", "温州市", "无锡市", "苏州市"}
    assert r.agreements and r.agreements[0].action == "adopted"


def test_a_hong_kong_press_release_in_traditional(pages: dict[str, Record]) -> None:
    r = pages["hk_press"]
    assert r.script == "traditional"
    assert r.title == "政务司司长率团访问广州出席粤港合作联席会议"
    assert (r.publish_date, r.publish_date_from) == ("2024-03-15", "page")  # the stamp under 完
    assert {"陈国基", "王伟中"} <= names(r.officials)
    assert {"广东省", "香港特别行政区"} <= names(r.regions)
    assert "2024-03-16" in {d.start for d in r.dates}  # 明日 against the page's date


def test_an_e_paper_page_keeps_its_date_stamp_above_the_headline(pages: dict[str, Record]) -> None:
    r = pages["epaper"]
    assert r.title == "渝黔合作先行示范区建设推进会在綦江召开"
    assert (r.publish_date, r.publish_date_from) == ("2022-08-25", "page")
    assert r.event is not None and r.event.start == "2022-08-24"
    assert "杨明远" in names(r.staff)
    assert {"程志毅", "田明哲"} <= names(r.officials)
    assert not names(r.regions) & {"大足区", "万州区"}  # the page's other stories


def test_offsets_index_the_article_text_made_from_the_page() -> None:
    html = (PAGES / "gov_portal.html").read_text(encoding="utf-8")
    text = page_text(html).text
    r = extract_text(html, ner=False)
    assert r.text_from == "html"
    for o in r.officials:
        s, e = o.spans[0]
        assert o.name in text[s:e] or text[s:e] in o.name
    assert text.startswith("九江黄石两市签署跨江合作框架协议\n")
    assert "ICP" not in text and "document.write" not in text and "江城老王" not in text


def test_html_saved_as_txt_gives_the_same_record_as_the_page(tmp_path: Path, pages: dict[str, Record]) -> None:
    saved = tmp_path / "news_portal.txt"
    shutil.copy(PAGES / "news_portal.html", saved)
    assert extract_file(saved, ner=False) == pages["news_portal"]


def test_a_page_with_too_little_main_text_is_stripped_of_its_tags() -> None:
    page = (
        "<html><head><title>宿迁召开生态共保座谈会_要闻_宿迁市人民政府</title></head>"
        "<body><div>宿迁市委书记林振东出席。</div></body></html>"
    )
    r = extract_text(page, ner=False)
    assert r.text_from == "html-strip"
    assert (r.title, r.title_from) == ("宿迁召开生态共保座谈会", "html")  # the site's and section's names cut
    assert "林振东" in names(r.officials)


def test_html_in_a_collection_field_is_read_as_a_page(tmp_path: Path) -> None:
    html = (PAGES / "gov_portal.html").read_text(encoding="utf-8")
    src = tmp_path / "pages.jsonl"
    src.write_text(json.dumps({"url": "http://www.jiujiang.gov.cn/a/1.html", "html": html}, ensure_ascii=False) + "\n")
    (r,) = list(extract_many(src, ner=False))
    assert isinstance(r, Record) and r.text_from == "html" and r.publish_date == "2023-06-12"
    assert r.url == "http://www.jiujiang.gov.cn/a/1.html"


# ---------------------------------------------------------------- metadata as evidence


@pytest.mark.parametrize(
    ("url", "want"),
    [
        ("http://www.gov.cn/xinwen/2013-05/23/content_2409.htm", (date(2013, 5, 23), "day")),
        ("http://www.example.gov.cn/art/zwyw/201305/t20130523_1234.html", (date(2013, 5, 23), "day")),
        ("http://news.example.com/20130523/n123.shtml", (date(2013, 5, 23), "day")),
        ("http://paper.example.cn/n/2013/0523/c1001-21.html", (date(2013, 5, 23), "day")),
        ("http://www.example.cn/news/201305/abc.html", (date(2013, 5, 1), "month")),
        ("http://www.example.cn/news/2013-13/40/abc.html", None),  # no such month
        ("http://www.20130523.cn/index.html", None),  # a host's digits are no date
        ("http://www.example.cn/news/content_2409.htm", None),
    ],
)
def test_dates_in_urls(url: str, want: tuple[date, str] | None) -> None:
    assert url_date(url) == want


def test_a_url_date_is_the_publish_date_and_fixes_open_years() -> None:
    r = extract_text(ARTICLE_A, ner=False, url="http://www.gov.cn/xinwen/2013-05/23/content_2409.htm")
    assert (r.publish_date, r.publish_date_from, r.url) == (
        "2013-05-23",
        "url",
        "http://www.gov.cn/xinwen/2013-05/23/content_2409.htm",
    )
    assert r.dates[0].start == "2013-05-20" and r.dates[0].year_certain
    assert r.event is not None and r.event.start == "2013-05-20"


def test_a_month_in_the_url_is_a_reference_for_open_years_only() -> None:
    r = extract_text(ARTICLE_A, ner=False, url="http://www.example.cn/news/201305/abc.html")
    assert r.publish_date is None
    assert r.dates[0].start == "2013-05-20" and not r.dates[0].year_certain


def test_the_page_date_comes_before_a_given_date_and_a_url_date() -> None:
    text = "发布时间：2014-06-04\n" + ARTICLE_C
    r = extract_text(text, ner=False, publish_date="2014-06-05", url="http://x.cn/2014-06/01/c_1.htm")
    assert (r.publish_date, r.publish_date_from) == ("2014-06-04", "page")
    r = extract_text(ARTICLE_C, ner=False, publish_date="2014-06-05", url="http://x.cn/2014-06/01/c_1.htm")
    assert (r.publish_date, r.publish_date_from) == ("2014-06-05", "input")
    assert r.dates[0].start == "2014-06-03"


def test_a_notices_signature_date_gives_way_to_the_given_day_of_its_release() -> None:
    """A notice signed 鹰潭市人民政府办公室 / 2026年2月10日 at its foot, given with publish_time 2026-02-11:
    the foot's date is the document's (成文日期), the given day the page's; without a given day the
    foot's date stands."""
    text = (
        "鹰潭市人民政府办公室关于印发《鹰潭市深化与南平市合作三年行动方案》的通知\n鹰府办字〔2026〕9号\n"
        "各区（市）人民政府，市政府各部门：\n　　《鹰潭市深化与南平市合作三年行动方案》已经市政府同意，现印发给你们，"
        "请认真贯彻执行。\n鹰潭市人民政府办公室\n2026年2月10日\n"
    )
    r = extract_text(text, ner=False, publish_date="2026-02-11")
    assert (r.publish_date, r.publish_date_from) == ("2026-02-11", "input")
    r = extract_text(text, ner=False)
    assert (r.publish_date, r.publish_date_from) == ("2026-02-10", "page")


def test_the_crawl_time_bounds_the_dates_and_stands_in_as_reference() -> None:
    late = "发布时间：2030-01-01\n" + ARTICLE_C
    r = extract_text(late, ner=False, crawl_time="2019-06-10T08:00:00Z")
    assert r.publish_date is None  # stated after the page was fetched: not its date
    assert r.dates[-1].start == "2019-06-03" and not r.dates[-1].year_certain
    r = extract_text(ARTICLE_B, ner=False, crawl_time="2019-06-10")  # 昨天 against the crawl day
    assert [d.start for d in r.dates] == ["2019-06-09"]
    r = extract_text(ARTICLE_C, ner=False, url="http://x.cn/2030-06/01/c_1.htm", crawl_time="2019-06-10")
    assert r.publish_date is None  # a URL date after the crawl is no date either


def test_a_given_title_and_source(tmp_path: Path) -> None:
    body = ARTICLE_A.split("\n", 1)[1]
    r = extract_text(body, ner=False, title="淮安宿迁两市签署生态共保合作协议", source="淮安日报")
    assert (r.title, r.title_from, r.text_from) == ("淮安宿迁两市签署生态共保合作协议", "input", "title+text")
    # (the given source is kept apart: the record's source is the outlet the text names, RECORD.md)
    assert (r.source, r.source_from, r.source_given) == (None, None, "淮安日报")
    # a title the text starts with already is the page's and is not repeated
    r = extract_text(ARTICLE_A, ner=False, title="淮安宿迁两市签署生态共保合作协议")
    assert (r.title_from, r.text_from) == ("page", "text")
    r = extract_text("来源：宿迁日报\n" + ARTICLE_A, ner=False, source="淮安日报")
    assert (r.source, r.source_from, r.source_given) == ("宿迁日报", "page", "淮安日报")


def test_a_bad_date_given_is_an_error() -> None:
    with pytest.raises(ValueError, match="publish_date"):
        extract_text(ARTICLE_A, ner=False, publish_date="last week")


# ---------------------------------------------------------------- collections


def _jsonl(path: Path, rows: list[object]) -> Path:
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)) + "\n" for r in rows))
    return path


def errors_of(out: Path) -> list[dict]:  # type: ignore[type-arg]
    f = out / "errors.jsonl"
    return [json.loads(line) for line in f.read_text(encoding="utf-8").splitlines()] if f.exists() else []


def test_a_jsonl_collection_with_bad_rows(tmp_path: Path) -> None:
    src = _jsonl(
        tmp_path / "crawl.jsonl",
        [
            {
                "url": "http://www.huaian.gov.cn/art/2021/5/21/art_1.html",
                "content": ARTICLE_A,
                "title": "淮安宿迁两市签署生态共保合作协议",
            },
            '{"url": "http://x.cn/2.html", "content": "未完',  # cut short
            {"url": "http://x.cn/3.html"},  # no text
            {"url": "http://x.cn/4.html", "content": "   "},
            {"url": "http://x.cn/5.html", "content": 42},
            {"url": "http://x.cn/6.html", "content": ARTICLE_C, "publish_date": "yesterday"},
            [1, 2],
            {"url": "http://x.cn/8.html", "content": ARTICLE_C, "pubdate": "2020-06-04"},
        ],
    )
    out = tmp_path / "out"
    summary = run_batch([src], out, ner=False, fields=FieldNames(id="url"))
    assert (summary.articles, summary.errors) == (3, 5)
    rows = {e["row"]: e["reason"] for e in errors_of(out)}
    assert sorted(rows) == [2, 3, 4, 5, 7]
    assert "invalid JSON" in rows[2] and "no text field" in rows[3] and "empty" in rows[4]
    assert "not text" in rows[5] and "not a JSON object" in rows[7]
    # a crawler's date that is no date: the article is kept, the value left unused, and the record says so
    sixth = json.loads((out / "x.cn_6.html.json").read_text())
    assert sixth["publish_date_from"] != "input" and sixth["input_notes"] == [
        "publish_date 'yesterday' is no date: not used"
    ]
    assert all(e["file"] == str(src) for e in errors_of(out))
    first = json.loads((out / "www.huaian.gov.cn_art_2021_5_21_art_1.html.json").read_text())  # the URL as id
    assert first["url"] == "http://www.huaian.gov.cn/art/2021/5/21/art_1.html"
    assert (first["publish_date"], first["publish_date_from"]) == ("2021-05-21", "url")
    last = json.loads((out / "x.cn_8.html.json").read_text())
    assert (last["publish_date"], last["publish_date_from"]) == ("2020-06-04", "input")


def test_the_cli_names_the_fields_of_a_collection_and_refuses_an_unknown_one(tmp_path: Path) -> None:
    src = _jsonl(tmp_path / "c.jsonl", [{"key": "a1", "正文": ARTICLE_A, "link": "http://x.cn/a1.html"}])
    runner = CliRunner()
    res = runner.invoke(
        app, ["run", str(src), "--out", str(tmp_path / "o"), "--quiet", "--no-ner", "--text-field", "content"]
    )
    assert (res.exit_code == 2 and res.exception is None) or isinstance(res.exception, SystemExit)
    assert "--text-field content: no such field (fields found: key, 正文, link)" in res.output
    assert not (tmp_path / "o").exists()
    res = runner.invoke(
        app,
        [
            "run",
            str(src),
            "--out",
            str(tmp_path / "o"),
            "--quiet",
            "--no-ner",
            "--text-field",
            "正文",
            "--id-field",
            "key",
        ],
    )
    assert res.exit_code == 0, res.output
    rec = json.loads((tmp_path / "o" / "a1.json").read_text())
    assert rec["url"] == "http://x.cn/a1.html" and "林振东" in {o["name"] for o in rec["officials"]}


def test_a_csv_collection_with_bad_rows(tmp_path: Path) -> None:
    src = tmp_path / "crawl.csv"
    quoted = ARTICLE_A.replace("\n", "\r\n")  # a text over several lines, quoted
    src.write_bytes(
        (f'id,headline,body,site\r\na1,,"{quoted}",淮安日报\r\na2,短,只有三列\r\na3,,{ARTICLE_C.strip()},\r\n').encode()
        + b"a4,,\xff\xfe bad bytes,\r\n"
    )
    out = tmp_path / "out"
    summary = run_batch([src], out, ner=False)
    assert (summary.articles, summary.errors) == (2, 2)
    rows = {e["row"]: e["reason"] for e in errors_of(out)}
    assert sorted(rows) == [5, 7]  # the lines the rows start on (a1's text runs over lines 2-4)
    assert "3 fields where the header has 4" in rows[5] and "undecodable" in rows[7]
    a1 = json.loads((out / "a1.json").read_text())
    assert (a1["source"], a1["source_from"], a1["source_given"]) == (None, None, "淮安日报")
    assert a1["title"] == "淮安宿迁两市签署生态共保合作协议"


def test_a_parquet_collection_read_in_batches(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    from extract.io import collections

    monkeypatch.setattr(collections, "BATCH_ROWS", 2)
    table = pa.table(
        {
            "doc": ["p1", "p2", "p3", "p4", "p5"],
            "text": [ARTICLE_A, None, ARTICLE_B, ARTICLE_C, ""],
            "crawled_at": pa.array([None, None, "2019-06-10 08:00:00", None, None]).cast(pa.timestamp("s")),
        }
    )
    src = tmp_path / "crawl.parquet"
    pq.write_table(table, src)
    got = list(read_collection(src, FieldNames(id="doc")))
    assert [r.number for r in got] == [1, 2, 3, 4, 5]
    assert [r.error is None for r in got] == [True, False, True, True, False]
    assert got[2].meta is not None and got[2].meta.crawl_time == date(2019, 6, 10)
    records = list(extract_many(src, ner=False, id_field="doc"))
    assert [r.doc_id if isinstance(r, Record) else r.row for r in records] == ["p1", 2, "p3", "p4", 5]
    p3 = next(r for r in records if isinstance(r, Record) and r.doc_id == "p3")
    assert [d.start for d in p3.dates] == ["2019-06-09"]  # 昨天 against the crawl time


def test_a_gzipped_jsonl_and_ids_made_safe_and_apart(tmp_path: Path) -> None:
    src = tmp_path / "dump.jsonl.gz"
    rows = [
        {"id": "a/b:c", "text": ARTICLE_A},
        {"id": "a/b:c", "text": ARTICLE_C},
        {"text": ARTICLE_B},
        {"text": ARTICLE_B},
    ]
    with gzip.open(src, "wt", encoding="utf-8") as fh:
        fh.write("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
    out = tmp_path / "out"
    run_batch([src], out, ner=False)
    ids = sorted(p.stem for p in out.glob("*.json"))
    assert len(ids) == 4 and "a_b_c" in ids
    assert sum(i.startswith("a_b_c~") for i in ids) == 1
    hashed = [i for i in ids if not i.startswith("a_b_c")]
    assert len(hashed[0].split("~")[0]) == 16 and hashed[0].split("~")[0] == hashed[1].split("~")[0]
    assert safe_id("https://www.gov.cn/xinwen/2013-05/23/content.htm") == "www.gov.cn_xinwen_2013-05_23_content.htm"
    assert len(safe_id("长" * 300).encode()) <= 150


def test_a_txt_article_and_the_same_article_as_a_jsonl_row_give_identical_records(
    tmp_path: Path, raw_dir: Path
) -> None:
    article = next(raw_dir.glob("000_*.txt"))
    src = _jsonl(tmp_path / "rows.jsonl", [{"id": article.stem, "text": article.read_text(encoding="utf-8")}])
    run_batch([article], tmp_path / "a", ner=False)
    run_batch([src], tmp_path / "b", ner=False)
    a = (tmp_path / "a" / f"{article.stem}.json").read_text(encoding="utf-8")
    b = (tmp_path / "b" / f"{article.stem}.json").read_text(encoding="utf-8")
    assert a == b


def test_mixed_inputs_in_one_run_and_rerun_skipping(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE_A, encoding="utf-8")
    shutil.copy(PAGES / "gov_portal.html", folder / "gov.html")
    _jsonl(
        folder / "rows.jsonl",
        [{"id": "r1", "text": ARTICLE_C}, {"id": "r2", "text": ARTICLE_B, "crawl_time": "2019-06-10"}],
    )
    (folder / "more.tsv").write_text(f"id\tcontent\nt1\t{ARTICLE_C.strip()}\n", encoding="utf-8")
    out = tmp_path / "out"
    seen: list[str] = []
    summary = run_batch([folder], out, ner=False, workers=2, on_progress=seen.append)
    assert (summary.articles, summary.errors, summary.skipped) == (5, 0, 0)
    assert len(seen) == 5
    assert sorted(p.stem for p in out.glob("*.json")) == ["a", "gov", "r1", "r2", "t1"]
    # nothing changed: all skipped; one row changed: only it is redone
    summary = run_batch([folder], out, ner=False)
    assert (summary.articles, summary.skipped) == (0, 5)
    _jsonl(
        folder / "rows.jsonl",
        [{"id": "r1", "text": ARTICLE_C}, {"id": "r2", "text": ARTICLE_B, "crawl_time": "2019-06-11"}],
    )
    summary = run_batch([folder], out, ner=False)
    assert (summary.articles, summary.skipped) == (1, 4)
    assert json.loads((out / "r2.json").read_text())["dates"][0]["start"] == "2019-06-10"
    # the run's own output folder inside an input folder is not read as a collection
    inner = folder / "out"
    run_batch([folder / "a.txt"], inner, ner=False)
    summary = run_batch([folder], out, ner=False)
    assert summary.errors == 0 and summary.skipped == 5


def test_extract_many_mixes_files_and_collections(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE_A, encoding="utf-8")
    _jsonl(tmp_path / "b.jsonl", [{"id": "b1", "body": ARTICLE_C}, {"id": "b2"}])
    got = list(extract_many(tmp_path, ner=False))
    assert [g.doc_id if isinstance(g, Record) else (g.row, g.reason[:13]) for g in got] == [
        "a",
        "b1",
        (2, "no text field"),
    ]
    assert isinstance(got[2], InputErrorInfo) and got[2].to_dict()["row"] == 2


def _page(title: str, h1: str, paragraphs: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title></head><body>"
        "<div class='nav'><a href='/'>首页</a> | <a href='/news/'>新闻</a> | <a href='/gov/'>政务</a></div>"
        f"<div class='article'>{h1}<div class='content'>{body}</div></div>"
        "<div class='footer'>版权所有 ICP备05001234号</div></body></html>"
    )


LEAD = [
    "5月20日，淮安市与宿迁市生态共保合作座谈会在宿迁召开，两市签署了《淮安宿迁洪泽湖生态共保合作协议》。",
    "宿迁市委书记林振东、淮安市市长高文斌出席会议并讲话，双方表示将共同推进洪泽湖流域生态环境联防联治。",
]


def test_a_headline_keeps_its_ideographic_space_as_the_page_writes_it() -> None:
    page = _page("淮宿合作座谈　两市签署生态协议_淮安新闻网", "<h1>淮宿合作座谈　两市签署生态协议</h1>", LEAD)
    r = extract_text(page, ner=False)
    assert (r.title, r.title_from, r.text_from) == ("淮宿合作座谈　两市签署生态协议", "html", "html")


def test_a_title_that_is_only_the_lead_cut_short_is_no_headline() -> None:
    page = _page(LEAD[0][:24], "", LEAD)  # a <title> some sites make from the first sentence
    r = extract_text(page, ner=False)
    assert r.text_from == "html" and r.title is None
    assert r.event is not None and r.event.start is not None and r.event.start.endswith("05-20")


def test_a_csv_without_a_text_column_is_one_error_not_one_per_row(tmp_path: Path) -> None:
    src = tmp_path / "links.csv"
    src.write_text("id,url\na1,http://x.cn/1.html\na2,http://x.cn/2.html\n", encoding="utf-8")
    got = list(extract_many(src, ner=False))
    assert len(got) == 1 and isinstance(got[0], InputErrorInfo) and got[0].row is None
    assert "no text field recognized (fields found: id, url)" in got[0].reason


# ---------------------------------------------------------------- headlines, credits and dates of real page shapes

LEAD_B = [
    "9月8日，德阳市与绵阳市协同发展联席会议在绵阳召开，两市签署《德绵协同发展三年行动计划》。",
    "德阳市委副书记、市长周建林，绵阳市委副书记、市长唐亚东出席会议并讲话。",
]


@pytest.mark.parametrize(
    "title",
    [
        "德阳新闻网--德绵两市召开协同发展联席会议",  # the site's name first
        "德阳市人民政府-要闻动态-德绵两市召开协同发展联席会议",  # site, section, headline
        "德绵两市召开协同发展联席会议_要闻_德阳新闻网",  # the usual order
    ],
)
def test_the_headline_is_the_heading_the_title_holds_whatever_the_order_of_the_site_names(title: str) -> None:
    r = extract_text(_page(title, "<h2 class='tit'>德绵两市召开协同发展联席会议</h2>", LEAD_B), ner=False)
    assert (r.title, r.title_from) == ("德绵两市召开协同发展联席会议", "html")


def test_a_title_that_names_only_the_site_gives_way_to_the_heading_above_the_text() -> None:
    page = _page(
        "德阳市人民政府门户网站", "<table><tr><td class='title1'>德绵两市召开协同发展联席会议</td></tr></table>", LEAD_B
    )
    r = extract_text(page, ner=False)
    assert r.title == "德绵两市召开协同发展联席会议"


def test_a_credit_between_the_text_and_a_footer_trafilatura_kept_is_read() -> None:
    page = (
        "<html><head><meta charset='utf-8'><title>德绵两市召开协同发展联席会议_德阳新闻网</title></head><body>"
        "<h1>德绵两市召开协同发展联席会议</h1>"
        + "".join(f"<p>{p}</p>" for p in LEAD_B)
        + "<table><tr><td class='editor'>（编辑：何晓琳）</td></tr></table>"
        "<div><p>主办：德阳市人民政府办公室　承办：德阳市大数据中心</p><p>版权所有 德阳市人民政府</p></div>"
        "</body></html>"
    )
    r = extract_text(page, ner=False)
    assert [(s.name, s.roles) for s in r.staff] == [("何晓琳", ["编辑"])]


def test_a_traditional_page_keeps_its_source_line_after_the_text() -> None:
    page = _page(
        "竹苗兩縣市簽署觀光合作協議-新聞稿-新竹縣政府",
        "<h2>竹苗兩縣市簽署觀光合作協議</h2>",
        [
            "新竹縣與苗栗縣今（12）日在竹北簽署《竹苗觀光合作協議》，兩縣將共推山線旅遊。",
            "新竹縣長楊文科與苗栗縣長鍾東錦共同出席。",
        ],
    ).replace("<div class='footer'>", "<div class='source'>資料來源：新竹縣政府文化局</div><div class='footer'>")
    r = extract_text(page, ner=False)
    assert (r.title, r.source, r.source_from) == ("竹苗两县市签署观光合作协议", "新竹县政府文化局", "page")


def test_the_date_of_a_pages_canonical_address_is_its_publish_date() -> None:
    page = _page("德绵两市召开协同发展联席会议_德阳新闻网", "<h1>德绵两市召开协同发展联席会议</h1>", LEAD_B).replace(
        "</head>", "<link rel='canonical' href='http://www.deyang.gov.cn/xwzx/201709/t20170909_1234.html'></head>"
    )
    r = extract_text(page, ner=False)
    assert (str(r.publish_date), r.publish_date_from) == ("2017-09-09", "url")
    assert r.url == "http://www.deyang.gov.cn/xwzx/201709/t20170909_1234.html"
    assert r.event is not None and r.event.start == "2017-09-08"


def test_the_address_a_browser_noted_above_a_saved_page_is_its_url() -> None:
    """<!-- saved from url=(0052)http://paper.wenweipo.com/2003/01/01/… --> above a page with no date of its own: its
    date fixes the page's 昨日 and 今日."""
    page = "<!-- saved from url=(0052)http://paper.wenweipo.com/2003/01/01/HK0301010019.htm -->\n" + _page(
        "德绵两市召开协同发展联席会议", "<h1>德绵两市召开协同发展联席会议</h1>",
        ["昨日下午，德阳市与绵阳市在德阳召开协同发展联席会议，两市签署了合作协议。代表团今日返回绵阳。"],
    )  # fmt: skip
    r = extract_text(page, ner=False)
    assert r.url == "http://paper.wenweipo.com/2003/01/01/HK0301010019.htm"
    assert r.event is not None and r.event.start == "2002-12-31"


@pytest.mark.parametrize(
    ("url", "want"),
    [
        ("http://paper.example.cn/html/201405/20/content_219876.htm", date(2014, 5, 20)),  # YYYYMM/DD
        ("http://news.example.cn/tianshui/2012091018173441169.htm", date(2012, 9, 10)),  # a time-stamped number
        ("http://news.example.cn/guonei/19700101/197017048.html", None),  # an epoch placeholder
    ],
)
def test_more_dates_in_urls(url: str, want: date | None) -> None:
    got = url_date(url)
    assert (got[0] if got and got[1] == "day" else None) == want


def test_a_collection_written_with_common_crawler_column_names(tmp_path: Path) -> None:
    rows = [
        {
            "news_id": "dm1",
            "标题": "德绵两市召开协同发展联席会议",
            "正文": "\n".join(LEAD_B).replace("9月8日", "昨天"),
            "publish_time": "2017/09/09 10:20",
            "来源": "德陽日報",
        },
    ]
    (rec,) = extract_many(_jsonl(tmp_path / "c.jsonl", rows), ner=False)
    assert isinstance(rec, Record)
    assert (rec.doc_id, str(rec.publish_date), rec.publish_date_from) == ("dm1", "2017-09-09", "input")
    assert (rec.source, rec.source_given) == (None, "德阳日报")  # Simplified, as every string of a record
    assert rec.event is not None and rec.event.start == "2017-09-08"  # 昨天 from the given date


def test_a_given_title_that_the_lead_only_repeats_is_still_the_headline() -> None:
    lead = "9月8日，德绵两市召开协同发展联席会议，共商成德绵一体化。" + LEAD_B[1]
    r = extract_text(lead, title="德绵两市召开协同发展联席会议", ner=False)
    assert (r.title, r.title_from) == ("德绵两市召开协同发展联席会议", "input")


@pytest.mark.parametrize(
    ("value", "want"),
    [("1700000000", date.fromtimestamp(1700000000)), ("Tue, 05 Nov 2013 10:20:00 GMT", date(2013, 11, 5))],
)
def test_dates_given_as_crawlers_write_them(value: str, want: date) -> None:
    from extract.text.origin import as_day

    assert as_day(value) == want


def test_a_piece_of_the_lead_between_title_separators_is_no_headline() -> None:
    lead = [
        "「竹竹苗區域治理平台-一一三年首長會議」(十五)日在新竹縣政府舉行，三縣市首長共商交通與觀光合作。",
        "會議由新竹縣長楊文科主持，新竹市長高虹安及苗栗縣長鍾東錦出席。",
    ]
    page = _page(lead[0][:40] + "--某某日报数字报", "", lead)  # a <title> cut from the lead, a hyphen inside
    assert extract_text(page, ner=False).title is None


@pytest.mark.parametrize(
    "masthead",
    [
        "<table><tr><td>襄阳日报数字报</td><td>2016年08月12日 星期五</td></tr></table>",
        # the paper's name and the page's number on the date's line
        "<div class='masthead'>襄阳日报　<span>2016年8月12日　星期五</span></div>",
        "<div class='masthead'>襄阳日报　2016-08-12　第A03版：要闻</div>",
        # the page's links after the weekday
        "<div class='date'>2016年8月12日　星期五　<a href='../11/node_1.htm'>往期回顾</a></div>",
    ],
)
def test_an_e_paper_s_issue_date_in_its_masthead_is_the_publish_date(masthead: str) -> None:
    page = (
        "<html><head><meta charset='utf-8'><title>襄阳十堰签署汉江生态保护协议--襄阳日报数字报</title></head><body>"
        + masthead
        + ""
        "<div>版面导航 <a href='n1.htm'>第01版：要闻</a> <a href='n2.htm'>第02版：综合</a></div>"
        "<div class='titlelist'>本版标题导航<ul><li>襄阳十堰签署汉江生态保护协议</li><li>樊城区召开防汛会议</li></ul></div>"
        "<h2>襄阳十堰签署汉江生态保护协议</h2>"
        "<div><p>本报讯（记者 胡文涛）8月11日，襄阳、十堰两市在十堰召开汉江生态保护协作座谈会，签署《汉江中上游生态保护合作协议》。</p>"
        "<p>十堰市委副书记、市长张维国，襄阳市委副书记、市长王君正出席会议并讲话，双方表示将共同守护一江清水。</p></div>"
        "</body></html>"
    )
    r = extract_text(page, ner=False)
    assert (str(r.publish_date), r.publish_date_from) == ("2016-08-12", "page")
    assert r.event is not None and r.event.start == "2016-08-11"


def test_an_e_paper_s_headline_between_its_kicker_and_deck_and_its_masthead_with_links() -> None:
    """A site-only <title>; an h2.yinti kicker, the h1 headline and an h3.futi deck that trafilatura
    keeps as the text's first line; a masthead bar whose page is A03版 with the page's links after it."""
    page = (
        "<html><head><meta charset='utf-8'><title>珠海特区报电子版</title></head><body>"
        "<div class='datebar'>珠海特区报　2017年9月6日　星期三　<a href='n3.htm'>A03版：要闻</a>　"
        "<a href='p.htm'>上一期</a>　<a href='x.htm'>下一期</a></div>"
        "<div class='bmdh'>版面导航</div><a href='n1.htm'>A01：要闻</a><br><a href='n3.htm'>A03：要闻</a><br>"
        "<div class='bmdh'>本版标题导航</div><a href='c1.htm'>珠中江合作联席会议在珠海召开</a><br>"
        "<a href='c2.htm'>香洲区推进老旧小区改造</a><br>"
        "<h2 class='yinti'>签署四项合作协议</h2><h1 class='biaoti'>珠中江合作联席会议在珠海召开</h1>"
        "<h3 class='futi'>共建珠江口西岸都市圈</h3>"
        "<div class='zhengwen'><p>本报讯　珠中江紧密合作第十次联席会议昨日在珠海召开。珠海市委书记郭元强、中山市委书记赖泽华、"
        "江门市委书记林应武出席会议并讲话。</p><p>会上，三市签署了《珠中江交通一体化合作协议》等四项合作协议，"
        "三市将在交通、产业和生态等领域深化合作。</p></div></body></html>"
    )
    r = extract_text(page, ner=False)
    assert r.title == "珠中江合作联席会议在珠海召开"
    assert (str(r.publish_date), r.publish_date_from) == ("2017-09-06", "page")
    assert r.event is not None and r.event.start == "2017-09-05"


def test_an_info_bar_of_spans_side_by_side_keeps_its_fields_apart() -> None:
    """<span>2015-06-10 08:20</span><span>来源：云南日报</span><span class="author">作者：记者 X</span>: the
    source is the outlet alone and the journalist is read, though trafilatura drops the author span."""
    page = (
        "<html><head><meta charset='utf-8'><title>云南省与上海市签署合作协议_云南网</title></head><body>"
        "<nav><a href='/'>首页</a><a href='/yw/'>要闻</a></nav><article>"
        "<h1>云南省与上海市签署合作协议</h1>"
        "<div class='news-info'><span class='time'>2015-06-10 08:20</span><span class='src'>来源：云南日报</span>"
        "<span class='author'>作者：记者 杨晓燕</span></div>"
        "<div class='news-body'><p>本报讯　6月9日，云南省人民政府与上海市人民政府合作签约仪式在昆明举行。云南省省长李一明、"
        "上海市副市长王二强出席并讲话，双方签署了《云南省人民政府 上海市人民政府合作框架协议》。</p>"
        "<p>双方表示，将在旅游、农业和对口帮扶等领域深化合作，共同推动两地经济社会发展，把合作落到实处。</p></div>"
        "</article></body></html>"
    )
    r = extract_text(page, ner=False)
    assert r.source == "云南日报"
    assert [(s.name, s.roles) for s in r.staff] == [("杨晓燕", ["记者"])]


def test_show_reads_one_row_of_a_collection_and_asks_for_one(tmp_path: Path) -> None:
    src = _jsonl(tmp_path / "c.jsonl", [{"id": "a", "content": ARTICLE_B}, {"id": "b", "content": ARTICLE_C}])
    runner = CliRunner()
    got = runner.invoke(app, ["show", str(src), "--row", "2", "--no-ner", "--json"])
    assert got.exit_code == 0, got.output
    assert json.loads(got.stdout[got.stdout.index("{") :])["doc_id"] == "b"
    asked = runner.invoke(app, ["show", str(src), "--no-ner"])
    assert asked.exit_code == 2 and "--row" in asked.output
    missing = runner.invoke(app, ["show", str(src), "--row", "7", "--no-ner"])
    assert missing.exit_code == 2 and "no row 7" in missing.output


def test_a_row_whose_text_is_a_list_of_paragraphs(tmp_path: Path) -> None:
    rows = [{"id": "p", "content": ARTICLE_C.strip().split("，")}, {"id": "q", "content": [1, 2]}]
    got = list(read_collection(_jsonl(tmp_path / "c.jsonl", rows)))
    assert got[0].error is None and got[0].text == "\n".join(ARTICLE_C.strip().split("，"))
    assert got[1].error is not None and "not text" in got[1].error


def test_a_title_that_is_the_first_line_cut_short_gives_way_to_the_line() -> None:
    head = "德阳绵阳两市召开协同发展联席会议暨成德绵一体化推进会并签署三年行动计划"
    page = _page(head[:24] + "--某某日报数字报", "", [head, *LEAD_B])  # the headline is a paragraph of the page
    assert extract_text(page, ner=False).title == head


def test_a_pages_headline_cell_that_the_lead_repeats_is_its_headline() -> None:
    """A headline in a cell whose class says nothing (td.biaoti), the <title> holding it and the
    site's name, and the lead repeating it word for word: still the headline."""
    lead = (
        "本报讯　昨日上午，苏陕扶贫协作第九次联席会议在西安召开。陕西省省长王明出席会议并讲话，两省签署了协作协议。" * 2
    )
    page = (
        "<html><head><title>苏陕扶贫协作第九次联席会议在西安召开--某某新闻网</title></head><body>"
        "<table><tr><td class='nav'><a href='/'>首页</a> | <a href='/a'>要闻</a></td></tr>"
        "<tr><td class='biaoti'><b>苏陕扶贫协作第九次联席会议在西安召开</b></td></tr>"
        f"<tr><td class='zhengwen'><p>{lead}</p><p>{lead}</p></td></tr></table></body></html>"
    )
    assert page_text(page).title == "苏陕扶贫协作第九次联席会议在西安召开"


def test_a_bracketed_byline_after_a_pages_text_is_kept() -> None:
    """（记者 陈思远 王婷婷） alone on its line after the last paragraph: a credit line (rules/credit_lines.txt),
    so a page's text gets it back where trafilatura dropped it as boilerplate (<p class="author">)."""
    from extract.text.furniture import is_credit_line
    from extract.text.html import _recovered

    assert is_credit_line("（记者 陈思远 王婷婷）") and is_credit_line("（本报记者 张三 通讯员 李四）")
    assert not is_credit_line("（记者从会上获悉，两市将共同编制规划。）")
    prose = "当天下午，代表团一行考察了播州区、仁怀市的产业项目，两市将共同编制旅游线路规划。"
    stripped = ["两市合作交流座谈会举行", "发布时间：2023-06-08", prose, "（记者 陈思远 王婷婷）", "责任编辑：胡晓丽", "相关链接"]
    _, _, tail = _recovered(stripped, [prose], "两市合作交流座谈会举行")
    assert tail == ["（记者 陈思远 王婷婷）", "责任编辑：胡晓丽"]


def test_a_date_bar_above_the_headline_with_its_weekday_in_brackets() -> None:
    """<div class="datebar">2016年11月29日（星期二）</div> over the headline: a metadata line kept with
    the page's text (trafilatura drops it), so the page's date is read there."""
    from extract.text.furniture import is_credit_line

    assert is_credit_line("2016年11月29日（星期二）") and is_credit_line("2016年11月29日 星期二")
    assert not is_credit_line("2016年11月29日（星期二）两地签署协议。")


def test_a_news_id_of_date_and_serial_in_the_url_dates_the_page() -> None:
    """https://www.chinatimes.com/newspapers/20200916000412-260107 printed above the text: 2020-09-16."""
    page = (
        "https://www.chinatimes.com/newspapers/20200916000412-260107\n雙嘉首長合作會報　簽區域治理協議\n"
        "嘉義縣、嘉義市「雙嘉首長合作會報」昨（15）日在嘉義市政府召開，兩縣市簽署合作協議。\n"
    )
    rec = extract_text(page, ner=False)
    assert str(rec.publish_date) == "2020-09-16" and rec.event is not None and rec.event.start == "2020-09-15"


def test_the_pages_markup_headline_over_a_deck_that_tells_the_happening() -> None:
    """og:title 衢饶示范区建设迈出关键一步, then the deck 两市签署共建协议，…: the headline is the markup's
    line (another line than the deck); a <title> that shortens the headline taken gives way to it."""
    page = (
        "<html><head><meta charset='utf-8'><title>衢饶示范区建设迈出关键一步</title>"
        "<meta property='og:title' content='衢饶示范区建设迈出关键一步'></head><body>"
        "<div class='m-column'>衢州新闻网 · 时政</div><div class='m-article'>"
        "<h1>衢饶示范区建设迈出关键一步</h1><h2>两市签署共建协议，发布首批20个合作项目清单</h2>"
        "<p>上月28日，浙江省衢州市与江西省上饶市召开衢饶合作示范区建设推进会，衢州市委书记徐宏斌出席会议并讲话。</p>"
        "<p>会上，两市政府签署了《衢州市 上饶市合作示范区共建协议》，共同发布了《衢饶合作示范区首批合作项目清单》。</p>"
        "</div></body></html>"
    )
    r = extract_text(page, ner=False)
    assert (r.title, r.title_from) == ("衢饶示范区建设迈出关键一步", "html")
    # an og:title with the site's name after the headline (标题 | 衢州新闻网): the headline alone
    page = page.replace("content='衢饶示范区建设迈出关键一步'", "content='衢饶示范区建设迈出关键一步 | 衢州新闻网'")
    r = extract_text(page, ner=False)
    assert r.title == "衢饶示范区建设迈出关键一步"


def test_a_papers_date_bar_at_the_top_of_its_page_dates_it() -> None:
    """2024年3月15日　星期五　香港文匯網 | 電子版 | 登入 above the headline (trafilatura drops it): the
    page's date, and the headline's 昨 counts from it."""
    page = (
        "<html><head><meta charset='utf-8'><title>豫港經貿合作交流會昨在港舉行</title></head><body>"
        "<div id='top-bar'>2024年3月15日　星期五　　<a href='/'>香港文匯網</a> | <a href='/paper/'>電子版</a> | 登入</div>"
        "<h1>豫港經貿合作交流會昨在港舉行</h1>"
        "<p>香港文匯報訊（記者 黃嘉怡）河南省與香港特區政府昨日在灣仔香港會議展覽中心舉行豫港經貿合作交流會，雙方共簽約項目五十二個。</p>"
        "<p>河南省委副書記、省長李建中，特區政府財政司司長何家樂出席並致辭。會上雙方簽署合作備忘錄，商定今年內建立定期會晤機制。</p>"
        "<footer>香港文匯報版權所有</footer></body></html>"
    )
    r = extract_text(page, ner=False)
    assert (r.publish_date, r.publish_date_from) == ("2024-03-15", "page")
    assert r.event is not None and r.event.start == "2024-03-14"


def test_a_date_bar_above_a_headline_the_markup_does_not_name_dates_the_page() -> None:
    """A table page whose <title> is the paper's name alone and whose headline is a plain cell: the date bar
    above the section menu (2009年6月3日　星期三) still dates the page, and 昨日 counts from it."""
    page = (
        "<html><head><meta charset='big5'><title>市民日報 Jornal Cidadao</title></head><body><table>"
        "<tr><td><a href='/'>首頁</a>　<a href='/m'>澳聞</a>　<a href='/c'>中國</a></td></tr>"
        "<tr><td align='right'>2009年6月3日　星期三</td></tr></table><table><tr><td>"
        "<p><a href='/l'>本地新聞</a><br><a href='/s'>社團動態</a><br><a href='/e'>經濟消息</a></p></td><td>"
        "<table><tr><td class='t'>江門來澳推介僑鄉旅遊</td></tr><tr><td>"
        "<p>【本報消息】江門市旅遊推介會昨日在澳門漁人碼頭會展中心舉行，江門市副市長李國明與澳門旅遊局副局長陳家豪出席並致辭，"
        "雙方簽署《江澳旅遊合作協議》，約定互送客源、共同開發僑鄉文化旅遊線路。</p>"
        "<p>李國明表示，江門與澳門一衣帶水，僑鄉文化資源豐富，希望澳門旅行社多組織遊客到江門觀光，兩地將合辦旅遊節。</p>"
        "</td></tr></table></td></tr></table></body></html>"
    )
    r = extract_text(page, ner=False)
    assert (r.publish_date, r.publish_date_from) == ("2009-06-03", "page")
    assert r.event is not None and r.event.start == "2009-06-02"


def test_a_date_stamp_in_square_brackets_above_the_headline_stays_in_the_text() -> None:
    """[2003-09-15] alone above a Hong Kong paper's headline (trafilatura drops it): a line of the page's metadata,
    kept in the text as the page writes it, so the stamp is one of the article's dates."""
    page = (
        "<html><head><meta charset='utf-8'><title>元朗區議會訪問團赴東莞交流 - 香港文匯報</title></head><body>"
        "<div class='nav'>要聞 | 港聞 | 中國 | 兩岸 | 國際</div><div class='date'>[2004-05-20]</div>"
        "<h1>元朗區議會訪問團赴東莞交流</h1>"
        "<p>【本報訊】元朗區議會主席梁志明率領的元朗區議會訪問團，本月17至19日訪問東莞市，與東莞市政府就兩地經貿合作舉行座談。</p>"
        "<p>訪問團一行二十人，包括元朗區議會副主席林國強及多名區議員。18日上午，訪問團與東莞市副市長何明出席座談會。</p>"
        "<footer>香港文匯報版權所有</footer></body></html>"
    )
    r = extract_text(page, ner=False)
    assert r.publish_date == "2004-05-20"
    assert "2004-05-20" in [d.text for d in r.dates]


def test_a_photos_caption_among_the_paragraphs_keeps_its_photographer() -> None:
    """A caption in its photo block between the byline and the text (trafilatura drops it): …交換合作備忘錄。記者林志偉∕攝影
    is kept (after the prose), so the reporter is the photographer too."""
    page = (
        "<html><head><meta charset='utf-8'><title>兩縣簽觀光合作備忘錄</title></head><body>"
        "<div id='nav'>udn∕<a href='/NEWS/DOMESTIC/'>地方</a>∕<a href='/NEWS/DOMESTIC/DOM8/'>花東新聞</a></div>"
        "<div id='story'><h1 class='story_title'>屏縣府團隊訪台東　兩縣簽觀光合作備忘錄</h1>"
        "<div class='story_bady_info'>2014-06-10 04:22　聯合報　記者林志偉∕台東報導</div>"
        "<div class='tools'>推薦 <span>0</span>　｜　<a href='#'>列印</a>　｜　<a href='#'>轉寄</a></div>"
        "<div id='story_body_content'><div class='photo'><img src='a.jpg' alt=''><p class='photo_caption'>"
        "屏東縣長曹啟鴻（右）與台東縣長黃健庭（左）交換合作備忘錄。記者林志偉∕攝影</p></div>"
        "<p>　　屏東縣長曹啟鴻昨（9）日率縣府團隊到台東參訪，與台東縣長黃健庭舉行觀光交流座談會，兩縣簽署觀光合作備忘錄，約定相互行銷。</p>"
        "<p>　　黃健庭表示，兩縣山海相連，希望共同包裝南迴觀光行程，讓遊客一次遊遍兩縣，並在明年共同爭取中央補助。</p>"
        "<p>　　座談會中，屏東縣政府農業處長介紹小農市集的做法；台東縣政府觀光旅遊處長則簡報部落旅遊及東部海岸的遊程規劃。</p>"
        "</div></div><div id='footer'>聯合新聞網</div></body></html>"
    )
    r = extract_text(page, ner=False)
    assert {m.name: sorted(m.roles) for m in r.staff} == {"林志伟": ["摄影", "记者"]}


def test_a_taiwan_papers_date_bar_in_the_republics_years_dates_it() -> None:
    """101年5月12日（星期六） alone above the headline of a Taiwan paper's page (trafilatura drops it):
    the page's date in the Republic's years, and 昨（11）日 counts from it."""
    page = (
        "<html><head><meta charset='utf-8'><title>三縣首長會議在馬公登場</title></head><body>"
        "<div class='nav'>首頁｜地方新聞｜縣政新聞｜社會新聞</div><div class='date'>101年5月12日（星期六）</div>"
        "<h1>三縣首長會議在馬公登場</h1><div class='author'>記者　許雅婷∕馬公報導</div>"
        "<p>澎湖、金門兩縣首長會議昨（11）日在澎湖縣政府召開，由澎湖縣長呂明宗主持，金門縣長楊國梁率縣府團隊與會。</p>"
        "<p>兩縣共同簽署《緊急醫療後送合作協議》，並約定明年在金門舉辦下次會議，共同爭取中央離島建設基金。</p>"
        "<footer>澎湖日報社　版權所有</footer></body></html>"
    )
    r = extract_text(page, ner=False)
    assert (r.publish_date, r.publish_date_from) == ("2012-05-12", "page")
    assert r.event is not None and r.event.start == "2012-05-11"


def test_a_given_title_that_joins_the_headline_and_its_deck_under_a_kicker() -> None:
    """A row's title field 宜宾泸州…闭幕 两市签署五项合作文件, the text's lines 川南一体化｜… (a kicker),
    宜宾泸州…闭幕, 两市签署…: the headline is the given title's first line, as the text writes it — the line the
    text's own reading takes under the kicker (kicker, main line and deck set one under the other), so the page's."""
    text = (
        "川南一体化｜宜泸携手共建川南“双核”\n宜宾泸州同城化发展联席会议闭幕\n两市签署五项合作文件\n"
        "今（17）日，为期三天的宜宾·泸州同城化发展第三次联席会议在宜宾闭幕。会议于前天开幕。\n"
    )
    r = extract_text(
        text, ner=False, title="宜宾泸州同城化发展联席会议闭幕 两市签署五项合作文件", publish_date="2023-11-17"
    )
    assert (r.title, r.title_from) == ("宜宾泸州同城化发展联席会议闭幕", "page")
    assert r.text_from == "text"  # nothing put before the text


def test_a_portals_table_of_fields_above_the_headline() -> None:
    """索引号 / 发布机构 / 发文日期 / 信息来源 in cells of their own, each label before its value: the page's
    date and source, and 前天 counts from the date."""
    page = (
        "<html><head><meta charset='utf-8'><title>商丘亳州两市召开区域合作联席会议_亳州市人民政府</title></head><body>"
        "<div>首页 | 政务公开 | 政务动态</div><table class='xxgk'>"
        "<tr><td>索 引 号：</td><td>00300786X/201109-00215</td><td>信息分类：</td><td>政务动态</td></tr>"
        "<tr><td>发布机构：</td><td>亳州市人民政府办公室</td><td>发文日期：</td><td>2011-09-09</td></tr>"
        "<tr><td>信息来源：</td><td>亳州日报</td><td>浏览次数：</td><td>2044</td></tr></table>"
        "<h2>商丘亳州两市召开区域合作联席会议</h2>"
        "<p>前天，商丘·亳州区域合作第二次联席会议在我市召开。亳州市委副书记、市长孙建华，商丘市委常委、副市长王德胜出席会议并讲话。</p>"
        "<p>会议审议通过了《商丘亳州区域合作2011—2012年工作要点》，两市旅游局签署了《商丘亳州旅游合作协议》。</p>"
        "<p>（记者 刘晓庆）</p></body></html>"
    )
    r = extract_text(page, ner=False)
    assert (r.source, r.publish_date, r.publish_date_from) == ("亳州日报", "2011-09-09", "page")
    assert r.event is not None and r.event.start == "2011-09-07"


def test_a_table_of_fields_whose_last_label_stands_just_above_the_headline() -> None:
    """The window of lines right above the headline holds a label alone (信息来源：, 浏览次数：) with its
    value cut off: the table's fields are read whole."""
    page = (
        "<html><head><meta charset='gbk'><title>娄底益阳签署区域合作框架协议_娄底市人民政府门户网站</title></head><body>"
        "<table class='xxgk'><tr><td>索 引 号：</td><td>43130000/2018-01562</td><td>主题分类：</td><td>综合政务</td></tr>"
        "<tr><td>发布机构：</td><td>娄底市人民政府办公室</td><td>发布日期：</td><td>2018年06月08日</td></tr>"
        "<tr><td>信息来源：</td><td>娄底日报</td><td>浏览次数：</td><td><script>document.write(1286)</script></td></tr>"
        "</table><h1 class='title'>娄底益阳签署区域合作框架协议</h1>"
        "<p>6月7日，娄底·益阳区域合作座谈会在娄底召开。娄底市委副书记、市长杨旭东，益阳市委副书记、市长曹立平出席会议并讲话。</p>"
        "<p>会上，两市政府签署了《娄底市人民政府 益阳市人民政府区域合作框架协议》。根据协议，两市将建立市长联席会议制度。</p>"
        "</body></html>"
    )
    r = extract_text(page, ner=False)
    assert (r.source, r.publish_date) == ("娄底日报", "2018-06-08")
    assert r.event is not None and r.event.start == "2018-06-07"


def test_an_e_papers_headline_in_a_plain_cell_and_its_masthead_date() -> None:
    """<title> names only the paper; the headline and deck stand in cells whose class says nothing
    (td.bt, td.fbt) and the issue's date in the masthead (2008年4月16日　星期三, 第A1版): all are read."""
    page = (
        "<html><head><meta charset='utf-8'><title>襄樊日报数字报</title></head><body><table>"
        "<tr><td class='masthead'>襄樊日报</td><td>2008年4月16日　星期三</td></tr>"
        "<tr><td colspan='2'><a href='n2.htm'>第A1版：要闻</a>　<a href='n3.htm'>上一版</a>　<a href='n4.htm'>下一版</a></td></tr>"
        "</table><table><tr><td class='bt'>南阳市党政代表团来襄樊考察</td></tr><tr><td class='fbt'>两市签署经济协作框架协议</td></tr>"
        "<tr><td><div><p>本报讯（记者 詹少华）4月14日至15日，河南省南阳市党政代表团来我市考察。在昨天上午举行的座谈会上，襄樊市委书记宋成才讲话。</p>"
        "<p>座谈会上，两市签署了《南阳市 襄樊市经济协作框架协议》。两市商定每年召开一次市长联席会议。</p></div></td></tr></table>"
        "</body></html>"
    )
    r = extract_text(page, ner=False)
    assert (r.title, r.publish_date) == ("南阳市党政代表团来襄樊考察", "2008-04-16")


def test_a_press_releases_headline_element_named_headline_beats_its_labelled_title() -> None:
    """<title>新聞公報：政務司司長出席…</title> over <span id="PRHeadlineSpan">政務司司長出席…</span>: the
    element the page marks as its headline is the headline, without the release's label; the meeting
    the two sides preside over together 在呼和浩特 is held there, not at the Hong Kong page's home."""
    page = (
        "<html><head><meta charset='utf-8'><title>新聞公報：政務司司長出席蒙港合作會議第三次會議</title></head><body>"
        "<div id='header'>香港特別行政區政府新聞公報 | English</div><div id='content'>"
        "<span id='PRHeadlineSpan'>政務司司長出席蒙港合作會議第三次會議</span><div id='pressrelease'>"
        "<p>　　政務司司長李明今日（九月十二日）在呼和浩特與內蒙古自治區主席王強共同主持蒙港合作會議第三次會議。"
        "雙方回顧了上次會議以來的合作進展，並就金融、旅遊和人才培養等領域的合作交換了意見。</p>"
        "<p>　　會上，雙方簽署了《內蒙古自治區人民政府與香港特別行政區政府關於加強蒙港旅遊合作的安排》。</p>"
        "<p>完</p><p>2019年9月12日（星期四）</p></div></div></body></html>"
    )
    r = extract_text(page, ner=False)
    assert r.title == "政务司司长出席蒙港合作会议第三次会议"
    assert r.event is not None and r.event.location == "呼和浩特市"


def test_a_photos_caption_trafilatura_drops_and_the_sites_name_as_the_pages_home() -> None:
    """A <figcaption> after the last paragraph (its people, its photographer) goes back in; a bracketed
    【下一篇】 link is furniture; the paper's name in the <title> (廊坊日报数字报-…) is the home of 在我市召开."""
    page = (
        "<!DOCTYPE html>\n<html>\n<head><meta charset='utf-8'><title>廊坊日报数字报-廊坊沧州携手共建示范带</title></head>\n<body>\n"
        "<div class='turn'><a href='c1.htm'>上一篇</a>　<a href='c2.htm'>下一篇</a></div>\n"
        "<main><article><h2>廊坊沧州携手共建示范带</h2>\n"
        "<p>本报讯（记者 郝晓鹏）9月11日，廊坊·沧州协同发展合作座谈会在我市召开。廊坊市委副书记、市长崔宏伟，"
        "沧州市委副书记、市长宋立国出席会议并讲话。沧州港、沧州市区与廊坊的合作前景广阔，沧州愿与廊坊共享出海通道。</p>\n"
        "<p>会上，两市政府签署了《廊坊市人民政府 沧州市人民政府协同发展合作框架协议》。两市将在产业转移方面深化合作。</p>\n"
        "<figure><figcaption>图为常务副市长王鹤鸣（右）与沧州市副市长李强（左）见证签约。（记者 田野 摄）</figcaption></figure>\n"
        "<p class='editor'>本版责编：闫丽</p></article></main>\n"
        "<div>【下一篇】涧西区新建三所社区卫生服务中心</div></body></html>"
    )
    r = extract_text(page, ner=False)
    officials = {o.name: o.titles for o in r.officials}
    assert officials["王鹤鸣"] == ["常务副市长"] and officials["李强"] == ["沧州市副市长"]
    assert {s.name: s.roles for s in r.staff}["田野"] == ["摄影"]
    assert "涧西区" not in {x.name for x in r.regions}
    assert r.event is not None and r.event.location == "廊坊市"


def test_a_figures_caption_trafilatura_drops_goes_back_after_the_last_paragraph() -> None:
    page = (
        "<!DOCTYPE html>\n<html lang='zh-Hant'>\n<head><meta charset='utf-8'><title>深港合作會議舉行_香港商報</title></head>\n"
        "<body>\n<nav><a href='/'>首頁</a> | <a href='/hk/'>港聞</a></nav>\n<main><article>\n"
        "<h1>深港合作會議舉行 簽署創科合作備忘錄</h1>\n<div class='meta'>2012-11-20 08:15　來源：香港商報</div>\n"
        "<p>【本報訊】（記者 陳嘉欣）深港合作會議第五次會議昨日在香港舉行。香港特區政府政務司司長林振邦與深圳市委副書記、"
        "市長許文華共同主持會議。商務及經濟發展局局長何志明、深圳市副市長周立等出席會議。</p>\n"
        "<p>林振邦在會上表示，深港兩地一河之隔，經濟往來密切，雙方應進一步深化創新科技、金融服務和跨境基建合作。</p>\n"
        "<p>會上，雙方簽署了《深港創新及科技合作備忘錄》，並宣布成立聯合專責小組，於12月中旬召開首次會議。</p>\n"
        "<figure><figcaption>圖為政務司司長林振邦（右）與深圳市長許文華（左）見證簽約。（記者 李卓謙 攝）</figcaption></figure>\n"
        "<p class='editor'>責任編輯：鄭家豪</p>\n</article></main>\n"
        "<aside><h3>熱門新聞</h3><ul><li><a href='/hk/1.html'>沙田區議會討論交通改善</a></li></ul></aside>\n"
        "<footer>香港商報 版權所有 © 2012</footer>\n</body></html>"
    )
    r = extract_text(page, ner=False)
    officials = {o.name: o.titles for o in r.officials}
    assert "政务司司长" in officials["林振邦"] and "深圳市长" in officials["许文华"]
    assert {s.name: s.roles for s in r.staff}["李卓谦"] == ["摄影"]


def test_a_headline_under_a_left_menu_trafilatura_keeps() -> None:
    """A government press page whose <title> is the bureau's name and whose left column's menu
    trafilatura keeps above the article: the h2 under the menu is the headline, its 發佈日期 the
    page's date."""
    items = ("行政長官", "行政法務", "經濟財政", "保安", "社會文化")
    menu = "".join(f"<p><a href='/news.php?cat={i}'>{w}</a></p>" for i, w in enumerate(items))
    page = (
        "<html><head><meta charset='utf-8'><title>澳門特別行政區政府新聞局</title></head><body>"
        "<table><tr><td>澳門特別行政區政府新聞局</td></tr><tr><td>新聞 | 專題 | 圖片 | 聯絡我們</td></tr></table>"
        f"<table><tr><td class='leftmenu'>{menu}</td><td><table>"
        "<tr><td class='newstitle'><h2>經濟財政司司長率團訪問新疆　出席澳門—新疆經貿合作座談會</h2></td></tr>"
        "<tr><td class='newsdate'>發佈日期：2007-09-18</td></tr><tr><td class='newscontent'>"
        "<p>經濟財政司司長岑浩邦率領的澳門特別行政區政府代表團，九月十七日至十九日訪問新疆維吾爾自治區，"
        "今（十八）日上午出席在烏魯木齊舉行的「澳門—新疆經貿合作座談會」。</p>"
        "<p>座談會上，澳門特區政府旅遊局與新疆維吾爾自治區旅遊局簽署了《澳門新疆旅遊合作協議》，雙方同意互設旅遊推廣窗口。</p>"
        "</td></tr></table></td></tr></table></body></html>"
    )
    r = extract_text(page, ner=False)
    assert r.title == "经济财政司司长率团访问新疆　出席澳门—新疆经贸合作座谈会"
    assert (r.publish_date, r.publish_date_from) == ("2007-09-18", "page")


def test_a_left_menu_trafilatura_joins_into_one_line_is_no_start_of_the_article() -> None:
    """A left column's links in one <p> split by <br> (‧市政新聞 ‧公告事項…), which trafilatura keeps as one line
    the page never writes: the article starts under it, so the 發布日期 line under the headline is the
    page's date (a Republic's year) and the 資料來源 line after the text its source."""
    links = "<br>".join(f"<a href='/n{i}.htm'>‧{w}</a>" for i, w in enumerate(("市政新聞", "公告事項", "藝文活動")))
    body = "".join(
        f"<p>{p}</p>"
        for p in (
            "苗栗縣長劉正雄昨（14）日率領縣府團隊前往臺中縣，與臺中縣長吳建國共同出席兩縣觀光合作簽約儀式，簽署《苗栗縣臺中縣觀光合作協定書》。",
            "劉縣長表示，兩縣山海相連，客家文化與溫泉資源互補，未來將共同規劃旅遊路線，並在花季期間聯合行銷。",
            "吳縣長說，臺中縣願與苗栗縣分享大型活動的經驗，兩縣觀光局將每季會商一次，檢討合作進度。",
        )
    )
    page = (
        "<html><head><meta charset='utf-8'><title>苗栗縣政府--縣政新聞--苗中兩縣攜手推動觀光</title></head><body>"
        "<table><tr><td>回首頁｜縣政新聞｜縣長信箱</td></tr></table><table><tr>"
        f"<td valign='top'><p>{links}</p></td><td><table>"
        "<tr><td class='title'><b>苗中兩縣攜手推動觀光</b></td></tr>"
        "<tr><td><font size='2'>發布日期：89年3月15日　　發布單位：新聞室</font></td></tr>"
        f"<tr><td>{body}</td></tr><tr><td><font size='2'>資料來源：苗栗縣政府新聞室</font></td></tr>"
        "</table></td></tr></table></body></html>"
    )
    r = extract_text(page, ner=False)
    assert r.title == "苗中两县携手推动观光"
    assert r.publish_date == "2000-03-15" and r.source == "苗栗县政府新闻室"
    assert "公告事项" not in r.title and (r.event is None or r.event.start == "2000-03-14")


def test_an_author_element_among_the_info_bars_lines_is_kept() -> None:
    """<span class="author">作者：记者 X 通讯员 Y</span> between the info bar's time, source and editor, which
    trafilatura keeps but for the author's element: the credit goes back where the page has it."""
    body = "".join(
        f"<p>{p}</p>"
        for p in (
            "6月3日，广西贺州市八步区党政代表团到广东省连山壮族瑶族自治县考察交流，并出席两地跨省合作座谈会。",
            "两地山水相连，近年来在交通对接、旅游开发和生态保护等方面的合作不断深入，双方签订了跨省合作框架协议。",
            "座谈会前，代表团一行考察了连山县的茶叶基地和壮族民俗村，详细了解当地特色产业发展的经验做法。",
        )
    )
    page = (
        "<html><head><meta charset='utf-8'><title>八步连山签订跨省合作框架协议_贺州新闻网</title></head><body>"
        "<div class='crumb'>当前位置：首页 &gt; 县区动态 &gt; 正文</div><article><h1>八步连山签订跨省合作框架协议</h1>"
        "<div class='info'><span class='time'>2019-06-04 09:12:30</span><span class='source'>来源：贺州日报</span>"
        "<span class='author'>作者：记者 黄丽萍 通讯员 韦志强</span><span class='editor'>编辑：莫晓东</span></div>"
        f"<div class='content'>{body}</div></article><div class='foot'>版权所有</div></body></html>"
    )
    staff = {s.name: s.roles for s in extract_text(page, ner=False).staff}
    assert staff == {"黄丽萍": ["记者"], "韦志强": ["记者"], "莫晓东": ["编辑"]}


def test_a_table_of_fields_under_the_headline_keeps_the_release_line_above_it() -> None:
    """发布时间：… under the headline, then a table of fields whose labels and values stand in cells of their own
    (索引号： | … | 生成日期： | 2009-06-08): the fields count one line each, so the release line is the page's
    date, not the record's 生成日期 or the notice's signature date."""
    rows = (("索引号：", "HB00101-0204-2009-00021"), ("信息分类：", "区域合作"), ("发布机构：", "磁县人民政府办公室"),
            ("生成日期：", "2009-06-08"), ("文号：", "磁政办〔2009〕21号"), ("关键词：", "边界　协作"))  # fmt: skip
    table = "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in rows)
    page = (
        "<html><head><meta charset='utf-8'><title>磁县人民政府办公室关于印发《磁县 林州市边界协作方案》的通知 - 信息公开</title>"
        "</head><body><div class='dqwz'>当前位置：信息公开目录 &gt; 区域合作</div>"
        "<div class='bt'>磁县人民政府办公室关于印发《磁县 林州市边界协作方案》的通知</div>"
        f"<div class='sj'>发布时间：2009-06-11　点击：</div><table>{table}</table><div class='nr'>"
        "<p>各乡（镇）人民政府，县政府各部门：</p><p>　　为落实5月28日磁县与河南省林州市边界地区协作联席会议精神，"
        "经县政府同意，现将《磁县 林州市边界协作方案》印发给你们，请认真贯彻执行。</p><p>二〇〇九年六月八日</p>"
        "<p>　　5月28日，磁县与林州市召开边界地区协作联席会议，两县（市）政府签署了边界地区协作框架协议。为抓好落实，制定本方案。</p>"
        "</div></body></html>"
    )
    assert extract_text(page, ner=False).publish_date == "2009-06-11"


def test_a_headline_only_in_the_title_stays_the_headline_above_the_pages_header_links() -> None:
    """<title>靖远县与中宁县签订区域合作框架协议--靖远县人民政府</title>, no heading element, the page's links (设为首页 |
    加入收藏 | 联系我们) under the line the reading put first: the markup's headline stands (title_from html)."""
    body = "".join(
        f"<p>{p}</p>"
        for p in (
            "9月7日至8日，中卫市中宁县党政考察团一行来我县考察交流。8日上午，靖远县·中宁县区域合作座谈会在县城召开。",
            "两县山水相连，黄河穿境而过，近年来在劳务输转、治沙造林、旅游线路互推等方面开展了多层次合作。",
            "座谈会上，两县签订了区域合作框架协议，将在交通对接、产业协作和生态保护方面加强合作。",
        )
    )
    page = (
        "<html><head><meta charset='utf-8'><title>靖远县与中宁县签订区域合作框架协议--靖远县人民政府</title></head><body>"
        "<div class='top'><a href='#'>设为首页</a> | <a href='#'>加入收藏</a> | <a href='#'>联系我们</a></div>"
        "<div class='weizhi'>当前位置：<a href='/'>首页</a> &gt;&gt; <a href='/zwdt/'>政务动态</a> &gt;&gt; "
        "靖远县与中宁县签订区域合作框架协议</div>"
        "<div class='info'>发布时间：2012-09-10　来源：白银日报</div>"
        f"<div class='content'>{body}</div><div class='foot'>版权所有：靖远县人民政府</div></body></html>"
    )
    rec = extract_text(page, ner=False)
    assert (rec.title, rec.title_from) == ("靖远县与中宁县签订区域合作框架协议", "html")


def test_a_pages_author_paragraph_crediting_words_and_photos_to_one_person_is_kept() -> None:
    """<p class="author">文/图：马晓菲</p> after the text of heldout256's written page, which trafilatura drops: a
    credit line (credit_lines.txt 文/图：X), put back after the prose."""
    from extract.text.furniture import is_credit_line

    assert is_credit_line("文/图：马晓菲") and not is_credit_line("文/图片来源网络")
    page = Path(__file__).resolve().parent.parent / "bench" / "heldout256" / "articles" / "04_ganqingxin_border_dunhuang_2023.html"
    staff = {s.name: s.roles for s in extract_file(page, ner=False).staff}
    assert staff.get("马晓菲") == ["记者", "摄影"]


def test_a_pages_author_paragraph_of_word_and_photo_credits_is_kept() -> None:
    """<p class="author">（文/徐慧　图/潘建军）</p> after the text, which trafilatura drops: a credit line put back."""
    from extract import extract_text

    body = "".join(f"<p>　　两县在交通互联、产业协作、环境共保等方面开展合作，第{n}项工作取得进展。</p>" for n in range(1, 7))
    page = (
        "<html><head><title>高淳郎溪签署协议_高淳新闻网</title></head><body><div class='nav'>首页 | 新闻</div>"
        f"<h1>高淳郎溪签署协议</h1><div class='content'>{body}"
        "<p class='author'>（文/徐慧　图/潘建军）</p></div><div class='foot'>版权所有</div></body></html>"
    )
    staff = {s.name: s.roles for s in extract_text(page, ner=False).staff}
    assert staff == {"徐慧": ["记者"], "潘建军": ["摄影"]}
    from extract.text.furniture import is_credit_line

    # (the line is a credit line, so a page whose layout trafilatura drops it from gets it back)
    assert is_credit_line("（文/徐慧　图/潘建军）") and not is_credit_line("全文/图片")


def test_an_outlets_name_before_the_headline_in_the_title_and_the_date_bar_above() -> None:
    """A ``<title>`` that puts the outlet's name before the headline with a space (香港文匯報　葵青…):
    the headline without it, and the paper's date bar above the headline (2001年5月9日　星期三, which
    trafilatura drops) the publish date; a meeting's 会报 before a space is the headline's own."""
    page = (
        "<html><head><meta charset='utf-8'><title>香港文匯報　葵青區議會訪南海　兩地簽交流備忘錄</title></head><body>"
        "<div class='nav'><a href='/'>首頁</a> | <a href='/hk/'>港聞</a></div>"
        "<div class='date'>2001年5月9日　星期三</div><div>港聞</div>"
        "<div class='article'><b>葵青區議會訪南海　兩地簽交流備忘錄</b>"
        "<p>【本報訊】葵青區議會代表團一行二十二人，前日起一連兩天訪問廣東省南海市。雙方昨日上午在南海市舉行"
        "「葵青—南海經貿交流座談會」，葵青區議會主席陳國強與南海市副市長何志堅代表雙方簽署交流備忘錄。</p>"
        "<p>陳國強在座談會上表示，葵青區有不少居民祖籍南海，近年往返兩地探親、投資的人數持續增加，兩地合作基礎深厚。</p>"
        "</div><div class='footer'>版權所有 © 2001 香港文匯報</div></body></html>"
    )
    r = extract_text(page, ner=False)
    assert r.title == "葵青区议会访南海　两地签交流备忘录"
    assert r.publish_date == "2001-05-09"
    from extract.text.html import title_without_site_ends

    assert title_without_site_ends("北基合作會報　共推捷運延伸基隆") == "北基合作會報　共推捷運延伸基隆"


def test_a_headline_element_opening_with_the_leads_words_above_it() -> None:
    """<h2 class="newstitle">澳門—汕尾經貿合作座談會舉行…</h2> right above a lead opening with the same words
    (澳門—汕尾經貿合作座談會今（12）日…), under a <title> naming the site only: the heading is the headline."""
    from extract.text.html import page_text

    lead = (
        "澳門—汕尾經貿合作座談會今（12）日下午在澳門舉行。經濟財政司司長李德明，汕尾市委副書記、市長許文海出席座談會並致辭。"
        "座談會上，特區政府經濟局與汕尾市商務局簽署了《經貿合作備忘錄》，雙方將在商貿推介、會展合作等方面建立常態化合作機制。"
    )
    page = (
        "<html><head><title>澳門特別行政區政府新聞局 - 新聞稿</title></head><body>"
        '<td class="leftmenu"><p><a href="/1">行政長官</a></p><p><a href="/2">社會文化</a></p></td>'
        '<td class="newsbody"><div class="newsdate">2018-06-12 18:05</div>'
        '<h2 class="newstitle">澳門—汕尾經貿合作座談會舉行　兩地簽署經貿合作備忘錄</h2>'
        f'<div class="newscontent"><p>{lead}</p><p>{lead}</p><p>{lead}</p></div></td></body></html>'
    )
    assert page_text(page).title == "澳門—汕尾經貿合作座談會舉行　兩地簽署經貿合作備忘錄"


def test_a_newspaper_databases_date_line_in_marks_above_the_headline() -> None:
    """<div class="date">《人民日报》1993年6月15日　第5版</div> over the <h1>: the paper's name in its marks before the
    date is the page's date line — kept with the headline, it dates the article (and its 12日至14日)."""
    page = (
        "<html><head><meta charset=\"utf-8\"><title>湘赣两地区携手开发罗霄山区--人民日报图文数据库</title></head><body>"
        "<div class=\"nav\"><a href=\"/\">首页</a> <a href=\"/search\">高级检索</a> <a href=\"/calendar\">按日期浏览</a></div>"
        "<div class=\"path\">当前位置：<a href=\"/\">首页</a> &gt; <a href=\"/1993/\">1993年</a> &gt; 第5版</div>"
        "<div id=\"main\"><div class=\"date\">《人民日报》1993年6月15日　第5版</div>"
        "<h1 class=\"title\">湘赣两地区携手开发罗霄山区</h1><div class=\"content\">"
        "<p>本报南昌6月14日电　记者黎明轩报道：江西省吉安地区和湖南省郴州地区经济协作联席会议12日至14日在井冈山市举行。"
        "两地区决定打破省界，在交通、旅游、林产品加工和边界贸易等方面开展全面协作，共同开发罗霄山区。</p>"
        "<p>吉安、郴州两地区分处湘赣两省边界，同属罗霄山区，是老革命根据地，山林面积大，矿产和旅游资源丰富，"
        "但长期以来交通闭塞，经济发展缓慢。会议期间，两地区签订了经济技术协作协议。</p></div></div>"
        "<div class=\"footer\">人民日报社版权所有</div></body></html>"
    )
    rec = extract_text(page, ner=False)
    assert str(rec.publish_date) == "1993-06-15" and rec.publish_date_from == "page"
    assert rec.event is not None and (str(rec.event.start), str(rec.event.end)) == ("1993-06-12", "1993-06-14")


def test_a_given_title_with_a_governments_portal_name_after_it() -> None:
    """A crawler's title 温州市对口支援乌什县工作座谈会召开_地区要闻_阿克苏地区行政公署: a government's portal titled by its
    name alone (…行政公署, …人民政府) and its section are no part of the headline."""
    from extract.text.html import title_without_site_ends

    assert title_without_site_ends("温州市对口支援乌什县工作座谈会召开_地区要闻_阿克苏地区行政公署") == "温州市对口支援乌什县工作座谈会召开"
    assert title_without_site_ends("两市签订协议 - 盐城市人民政府") == "两市签订协议"


def test_a_given_title_with_a_long_portals_or_an_archives_name_after_it() -> None:
    """A crawler's title with a portal's name longer than a section's (…－新疆维吾尔自治区人民政府门户网站, after a full-width
    dash) or a newspaper archive's (…_兰州日报_数字档案, … - 大同日报电子版): no part of the headline; a route's places
    after a full-width dash stay (梨山－合歡山)."""
    from extract.text.html import title_without_site_ends

    assert title_without_site_ends("昌吉州与河源市签署协议－新疆维吾尔自治区人民政府门户网站") == "昌吉州与河源市签署协议"
    assert title_without_site_ends("两市签订旅游协作协议_兰州日报_数字档案") == "两市签订旅游协作协议"
    assert title_without_site_ends("两市签订旅游协作协议 - 大同日报电子版") == "两市签订旅游协作协议"
    assert title_without_site_ends("兩縣合推梨山－合歡山") == "兩縣合推梨山－合歡山"


def test_an_epaper_pages_list_of_its_other_stories_beside_a_kicker_stays_out_of_the_article() -> None:
    """An e-paper page: a left column listing the page's other stories (links in a list), and the article's kicker
    and font-size links above its <h1> — the other stories' headlines (and their places) are none of the article."""
    page = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>运城日报数字报-永济市与潼关县签订区域合作框架协议</title></head><body>
<div class="left"><div class="bmdh">第02版：要闻</div><div class="bmdate">2014年05月20日</div>
<ul class="titlelist"><li><a href="c1.htm">绛县春播备耕工作有序开展</a></li>
<li><a href="c2.htm">闻喜县召开招商引资推进会</a></li><li><a href="c3.htm">稷山县启动农村环境整治</a></li></ul></div>
<div class="right"><div id="fontsize">字号：<a>大</a> <a>中</a> <a>小</a></div>
<p class="yt">一河连秦晋　两岸共发展</p><h1>永济市与潼关县签订区域合作框架协议</h1><p class="ft">商定6月起两地公交互通</p>
<div id="ozoom"><p>　　本报讯（记者 卫晓东）5月19日，永济市与潼关县区域合作恳谈会在陕西省潼关县召开。双方签订《永济市潼关县区域合作框架协议》，在交通、旅游、商贸物流和黄河湿地保护等领域开展全面合作。</p>
<p>　　永济市与潼关县隔黄河相望，两地往来十分密切。恳谈会上，运城市副市长杨振华，渭南市副市长赵鸿飞出席并讲话。双方商定，今年10月在永济市召开第二次恳谈会。</p></div>
<p class="editor">责任编辑：柴秀娟</p></div></body></html>"""
    r = extract_text(page, ner=False)
    names = {g.name for g in r.regions}
    assert {"永济市", "潼关县"} <= names and not names & {"绛县", "闻喜县", "稷山县"}


def test_a_bilingual_pages_date_bar_with_the_day_in_portuguese_dates_the_page(tmp_path: Path) -> None:
    """2003年5月14日　星期三　　(Quarta-feira, 14 de Maio de 2003) in a layout table above the headline (a Macau government
    page): the issue's date — the page's publish date, and the reference of its 昨（13）日."""
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        "<title>澳門特別行政區政府新聞局 Gabinete de Comunicação Social - 新聞稿</title></head><body>"
        "<table><tr><td>澳門特別行政區政府新聞局　Gabinete de Comunicação Social do Governo da RAEM</td></tr>"
        '<tr><td><a href="/c/">中文</a> | <a href="/p/">Português</a></td></tr></table>'
        "<table><tr><td>2003年5月14日　星期三　　(Quarta-feira, 14 de Maio de 2003)</td></tr>"
        '<tr><td><b><font size="4">湘潭市經貿推介會在澳舉行</font></b></td></tr><tr><td>'
        "<p>　　由湖南省湘潭市市長陳大明率領的湘潭市經貿代表團一行二十人，昨（13）日抵達澳門，進行為期三天的訪問。"
        "湘潭市經貿推介會今（14）日上午在澳門旅遊塔會展中心舉行，澳門特別行政區政府經濟財政司司長出席並致辭。"
        "推介會上，雙方簽署了《澳門貿易投資促進局與湘潭市人民政府經貿合作協議》，將在會展、投資推介和企業對接等方面加強合作。</p>"
        "<p>　　陳大明表示，湘潭市歡迎澳門企業到湘潭投資興業，雙方可以在旅遊、會展和中醫藥方面開展合作。"
        "代表團明（15）日將前往珠海市考察，隨後返回湖南。兩地商界代表約一百五十人出席推介會。</p>"
        "</td></tr></table></body></html>"
    )
    f = tmp_path / "gcs.html"
    f.write_text(page, encoding="utf-8")
    r = extract_file(f, ner=False)
    assert r.publish_date == "2003-05-14"
    assert "2003-05-13" in {d.start for d in r.dates}


def test_a_share_cards_own_wording_gives_way_to_the_headline_the_title_and_h1_agree_on(tmp_path: Path) -> None:
    """og:title 津冀携手决战脱贫攻坚 … beside <title> and <h1> 天津承德对口帮扶联席会议在承德召开: the share card's own
    wording is neither's — the headline the page's title and its heading agree on is the title."""
    page = (
        '<html><head><meta charset="utf-8"><title>天津承德对口帮扶联席会议在承德召开_承德要闻_承德市人民政府</title>'
        '<meta property="og:title" content="津冀携手决战脱贫攻坚 2019年第一次联席会议召开"></head><body>'
        "<h1>天津承德对口帮扶联席会议在承德召开</h1>"
        "<p>4月18日，天津市承德市对口帮扶联席会议在承德市召开。两市签署了《对口帮扶框架协议》，"
        "将在产业合作、劳务协作和消费帮扶等方面深化合作。天津市副市长和承德市市长出席会议并讲话。</p>"
        "<p>会议总结了去年以来两市对口帮扶工作，研究部署了今年的重点任务，双方商定下一次联席会议在天津召开。</p>"
        "</body></html>"
    )
    f = tmp_path / "p.html"
    f.write_text(page, encoding="utf-8")
    assert extract_file(f, ner=False).title == "天津承德对口帮扶联席会议在承德召开"


def test_a_township_offices_name_in_the_title_is_the_sites_and_the_heading_is_the_headline(tmp_path: Path) -> None:
    """<title>花蓮縣瑞穗鄉公所-最新消息</title> and h3.newstitle: the office's name and the section are the site's — the
    headline is the heading over the story."""
    page = (
        '<html><head><meta charset="utf-8"><title>花蓮縣瑞穗鄉公所-最新消息</title></head><body>'
        '<div id="banner">花蓮縣瑞穗鄉公所</div>'
        '<div id="path">目前位置：<a href="/">首頁</a> &gt; 最新消息</div>'
        '<h3 class="newstitle">瑞穗鄉與福建安溪縣茶鄉交流　簽署茶產業合作備忘錄</h3>'
        "<div>發布日期：2013-10-25　　發布單位：農業課</div>"
        "<p>福建省安溪縣參訪團一行十二人於十月二十三日抵達瑞穗。二十四日上午，「瑞穗．安溪茶鄉交流座談會」在本所大禮堂舉行，"
        "鄉長與參訪團團長分別代表雙方簽署《茶產業交流合作備忘錄》，約定在茶葉品種研究、有機栽培技術及觀光行銷等方面相互交流。</p>"
        "<p>鄉長致詞時表示，瑞穗與安溪都以茶聞名，希望透過交流讓兩地茶農相互學習。</p>"
        "</body></html>"
    )
    assert page_text(page).title == "瑞穗鄉與福建安溪縣茶鄉交流　簽署茶產業合作備忘錄"
    f = tmp_path / "p.html"
    f.write_text(page, encoding="utf-8")
    assert extract_file(f, ner=False).title == "瑞穗乡与福建安溪县茶乡交流　签署茶产业合作备忘录"


def test_an_info_bar_under_the_deck_keeps_the_pages_stamp() -> None:
    """trafilatura keeps the headline's deck and drops the info bar under it (2026-03-19 17:20:36 咸阳新闻 字号：大 中
    小): the stamp with its time opening a line of short fields, one a reader's tool, goes back before the lead."""
    lead = (
        "咸阳日报讯（记者 杜明远）3月18日，西安市长安区·咸阳市秦都区协同发展联席会议在秦都区召开。两区签署全面合作协议，"
        "双方将在交通互联、产业协作、公共服务共享等方面深化合作，共同打造西咸协同发展的示范样板。"
    )
    page = (
        "<html><head><title>长安区秦都区签署全面合作协议</title></head><body>\n"
        "<nav><a href='/'>首页</a> <a href='/news'>新闻</a></nav>\n<article>\n"
        "<h1>长安区秦都区签署全面合作协议</h1>\n<h2 class='subtitle'>共建西安都市圈西咸协同发展先行区</h2>\n"
        "<div class='meta'><span>2026-03-19 17:20:36</span> <span>咸阳新闻</span> <span>字号：大 中 小</span></div>\n"
        f"<div class='content'>\n<p>{lead}</p>\n<p>{lead}</p>\n</div>\n</article>\n</body></html>"
    )
    r = extract_text(page, ner=False)
    assert "2026-03-19" in [d.start for d in r.dates]


def test_a_byline_paragraph_with_a_transliterated_name_goes_back_after_the_prose() -> None:
    """<p class="author">（河南日报记者　孙一鸣　实习生　马丽娜　通讯员　古丽米拉·艾山）</p>, which trafilatura drops: a byline line
    though a name among them has its dot — its reporters are the article's staff."""
    prose = "会上，双方签署了《河南省人民政府 新疆维吾尔自治区人民政府深化对口支援和经贸合作框架协议》，审议通过了年度工作要点。" * 2
    page = (
        "<html><head><title>豫新对口支援工作第十次联席会议在郑召开</title></head><body>\n<article>\n"
        "<h1>豫新对口支援工作第十次联席会议在郑召开</h1>\n<div class='content'>\n"
        f"<p>4月15日，河南省—新疆维吾尔自治区对口支援工作第十次联席会议在郑州召开。{prose}</p>\n<p>{prose}</p>\n"
        "<p class='author'>（河南日报记者　孙一鸣　实习生　马丽娜　通讯员　古丽米拉·艾山）</p>\n</div>\n</article>\n</body></html>"
    )
    assert {"孙一鸣", "古丽米拉·艾山"} <= {s.name for s in extract_text(page, ner=False).staff}


def test_a_pages_table_of_signed_documents_is_read_row_by_row(tmp_path: Path) -> None:
    """A government page that lists the documents signed in a data table (协议名称 | 签约单位 | 签约人) under 签署了
    …（见下表）: each row's document is signed, and the officials signing it are read with their titles; a layout
    table around the page's menu adds nothing."""
    page = (
        "<html><head><meta charset='utf-8'><title>两市召开合作联席会议_新闻_济南市人民政府</title></head><body>"
        "<table><tr><td><a href='#'>首页</a></td><td><a href='#'>要闻</a></td></tr>"
        "<tr><td><a href='#'>政务公开</a></td><td><a href='#'>互动</a></td></tr></table>"
        "<div class='article'><h1>济南淄博两市召开合作联席会议</h1><p>发布时间：2021-05-20 17:00</p>"
        "<p>5月19日，济南淄博两市合作联席会议在淄博召开。济南市委书记刘家义、淄博市委书记马晓东出席会议并讲话。"
        "两市围绕交通互联、产业协作、生态共治等领域深入交流，会议总结了上一年度合作进展，部署了下一阶段任务。</p>"
        "<p>会上，两市有关部门签订了一批合作协议（见下表）。</p>"
        "<table class='data'><tr><th>协议名称</th><th>签约单位</th><th>签约人</th></tr>"
        "<tr><td>《济淄交通一体化合作协议》</td><td>济南市、淄博市交通运输局</td><td>济南市交通运输局局长　王建平</td></tr>"
        "<tr><td>《济淄文化旅游合作备忘录》</td><td>济南市、淄博市文化和旅游局</td>"
        "<td>淄博市文化和旅游局局长　孙卫东</td></tr></table>"
        "<p>会议确定，下一次联席会议明年在济南举行。两市将建立常态化沟通机制，定期会商合作事项。</p></div></body></html>"
    )
    src = tmp_path / "jinan_zibo.html"
    src.write_text(page, encoding="utf-8")
    rec = extract_file(src, ner=False)
    assert {(a.title, a.action) for a in rec.agreements} == {
        ("济淄交通一体化合作协议", "signed"),
        ("济淄文化旅游合作备忘录", "signed"),
    }
    titles = {o.name: o.titles for o in rec.officials}
    assert titles.get("王建平") == ["济南市交通运输局局长"] and titles.get("孙卫东") == ["淄博市文化和旅游局局长"]
    assert "首页" not in "".join(a.title for a in rec.agreements)


def test_an_editors_credit_in_a_cell_between_the_text_and_readers_comments_is_read() -> None:
    """A layout table: the text's cell, then 【责任编辑：X】 in a cell of its own, then related links and readers'
    comments that trafilatura keeps as text — the editor's credit it dropped goes back where the page has it (the
    comments' own stamps stay out)."""
    page = """<html><head><meta charset="utf-8"><title>两地科技厅签署合作协议_甘肃新闻网</title></head><body>
<div class="nav"><a href="/">首页</a> | <a href="/kj/">科技</a></div>
<table><tr><td class="title">两地科技厅签署合作协议</td></tr>
<tr><td class="info">2012年06月09日 10:26　来源：甘肃日报</td></tr>
<tr><td class="content"><p>　　本报讯（记者王海燕）6月8日，甘肃省科技厅与浙江省科技厅科技合作签约仪式在兰州举行。双方签署了《甘肃省科学技术厅浙江省科学技术厅科技合作框架协议》，将在旱作农业、新能源和新材料等领域开展联合攻关。</p>
<p>　　浙江省科技厅厅长周国辉表示，将组织省内高校、科研院所和科技型企业到甘肃开展技术对接，今年首批安排科技合作项目十五项。双方商定明年在杭州召开第二次科技合作联席会议。</p></td></tr>
<tr><td class="bianji">【责任编辑：马晓琳】</td></tr></table>
<div class="xg"><h3>相关新闻</h3><ul><li><a href="/a.htm">兰州市召开科技特派员工作会议</a></li></ul></div>
<div class="pl"><h3>网友评论</h3><p>兰州网友 2012-06-09 11:02：希望多引进节水技术，农民最需要这些技术了。</p>
<p>天水网友 2012-06-09 13:45：新能源项目要注意保护环境，不能只顾眼前。</p></div></body></html>"""
    r = extract_text(page, ner=False)
    assert "马晓琳" in {s.name for s in r.staff}


def test_the_dates_of_other_stories_in_a_pages_link_lists_are_no_publish_date() -> None:
    """A page with no date of its own whose related-reading list prints each story's date beside its link
    (<li><a …>…</a><time>2025-10-22</time></li>): no publish date from the markup (htmldate reads the page without the
    list items that link elsewhere), and the year stays the one the article's content pins (《…2026年…工作要点》); a
    list item of no link that dates the page still does."""
    body = (
        "<main><article><h1>两市召开对口合作联席会议</h1><div class='content'><p>3月18日上午，揭阳市与鸡西市对口合作联席"
        "会议在鸡西市召开，会议审议通过了《揭阳市鸡西市2026年对口合作工作要点》。林少鹏表示，两市将把合作重心下沉到村，"
        "用好大湾区的市场优势，让兴凯湖大米走上大湾区居民的餐桌。</p></div><div class='editor'>责任编辑：许楚菲</div>"
        "</article>"
    )
    related = (
        "<aside class='related'><h3>相关阅读</h3><ul><li><a href='/a/202510/t20251022_1.html'>揭西县召开乡村振兴工作"
        "现场会</a><time>2025-10-22</time></li><li><a href='/a/202511/t20251106_2.html'>揭阳企业赴大庆洽谈</a>"
        "<time>2025-11-06</time></li></ul></aside></main><footer><p>揭阳日报社主办　揭阳新闻网版权所有</p></footer>"
    )
    page = f"<html><head><meta charset='utf-8'><title>两市召开对口合作联席会议</title></head><body>{body}{related}</body></html>"
    rec = extract_text(page, ner=False)
    assert rec.publish_date is None
    assert rec.event is not None and str(rec.event.start) == "2026-03-18"
    dated = page.replace("<div class='content'>", "<ul class='info'><li>发布时间：2026-03-19</li></ul><div class='content'>")
    assert str(extract_text(dated, ner=False).publish_date) == "2026-03-19"
