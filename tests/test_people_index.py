"""The people index: one person across articles, same-name strangers kept apart, and `extract people`."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

import extract
from extract.analysis.people_index import COUNTY, NATIONAL, PREFECTURE, PROVINCE, Person, people_index, place_title
from extract.cli import app
from extract.models import Event, Official, Record, Region

runner = CliRunner()


def rec(
    doc_id: str,
    officials: dict[str, list[str]],
    *,
    when: str | None = None,
    published: str | None = None,
    location: str | None = None,
    regions: list[Region] | None = None,
) -> Record:
    event = Event(name="会议", start=when, end=when, location=location) if when or location else None
    return Record(
        doc_id=doc_id,
        script="simplified",
        title=None,
        publish_date=published,
        source=None,
        event=event,
        officials=[Official(name=n, titles=t) for n, t in officials.items()],
        regions=regions or [],
        encoding="utf-8",
    )


def by_key(people: list[Person]) -> dict[str, Person]:
    return {p.key: p for p in people}


def test_one_career_across_provinces_in_date_order() -> None:
    people = people_index([
        rec("b", {"易炼红": ["浙江省委书记"]}, when="2023-06-06", location="合肥市"),
        rec("a", {"易炼红": ["江西省委副书记", "省长"]}, when="2021-09-10", location="武汉市"),
        rec("c", {"易炼红": ["浙江省委书记"]}, published="2023-11-01"),
    ])  # fmt: skip
    (p,) = people
    assert p.key == "易炼红"
    assert [(t.title, t.dates, t.doc_ids) for t in p.titles] == [
        ("江西省委副书记", ["2021-09-10"], ["a"]),
        ("省长", ["2021-09-10"], ["a"]),
        ("浙江省委书记", ["2023-06-06", "2023-11-01"], ["b", "c"]),
    ]
    assert [r.date_source for r in p.reports] == ["event", "event", "publish_date"]
    assert "江西省" in p.places and "浙江省" in p.places


def test_two_places_at_once_are_two_people() -> None:
    people = by_key(people_index([
        rec("a", {"张伟": ["盐城市副市长"]}, when="2023-05-01"),
        rec("b", {"张伟": ["广州市副市长"]}, when="2023-06-01"),
        rec("c", {"张伟": ["盐城市副市长"]}, when="2023-08-01"),
    ]))  # fmt: skip
    assert set(people) == {"张伟#1", "张伟#2"}
    assert [r.doc_id for r in people["张伟#1"].reports] == ["a", "c"]
    assert [r.doc_id for r in people["张伟#2"].reports] == ["b"]
    assert people["张伟#2"].places == ["广东省 › 广州市"]


def test_local_posts_in_two_provinces_are_two_people_even_years_apart() -> None:
    people = people_index([
        rec("a", {"王芳": ["大丰区委书记"]}, when="2015-03-01"),
        rec("b", {"王芳": ["长沙市副市长"]}, when="2023-03-01"),
    ])  # fmt: skip
    assert [p.key for p in people] == ["王芳#1", "王芳#2"]


def test_a_fall_by_two_ranks_is_another_person_but_a_promotion_is_not() -> None:
    people = people_index([
        rec("a", {"李明": ["湖北省副省长"]}, when="2019-01-01"),
        rec("b", {"李明": ["县委书记"]}, when="2023-01-01", location="黄冈市"),
    ])  # fmt: skip
    assert [p.key for p in people] == ["李明#1", "李明#2"]
    people = people_index([
        rec("a", {"李明": ["县委书记"]}, when="2015-01-01", location="黄冈市"),
        rec("b", {"李明": ["黄冈市委书记"]}, when="2019-01-01"),
        rec("c", {"李明": ["湖北省副省长"]}, when="2023-01-01"),
    ])  # fmt: skip
    assert [p.key for p in people] == ["李明"]
    assert [t.title for t in people[0].titles] == ["县委书记", "黄冈市委书记", "湖北省副省长"]


def test_unknown_places_and_dates_never_split_a_name() -> None:
    people = people_index([
        rec("a", {"陈刚": ["市领导"]}),
        rec("b", {"陈刚": ["主任"]}, when="2022-01-01"),
        rec("c", {"陈刚": ["国家发改委副主任"]}, when="2022-01-10", location="武汉市"),
    ])  # fmt: skip
    (p,) = people
    assert [r.doc_id for r in p.reports] == ["b", "c", "a"]  # undated last
    assert p.titles[-1].dates == [None]


def test_titles_are_placed_from_the_title_else_the_article() -> None:
    r = rec("a", {}, location="连云港市", regions=[Region(name="连云港市", level="prefecture", parents=["江苏省"])])
    assert place_title("江西省长", r)[1] == PROVINCE and place_title("江西省长", r)[0].province == "江西省"  # type: ignore[union-attr]
    place, rank = place_title("市委书记", r)
    assert rank == PREFECTURE and place is not None and (place.province, place.prefecture) == ("江苏省", "连云港市")
    assert place_title("常务副省长", r)[0].province == "江苏省"  # type: ignore[union-attr]
    assert place_title("区长", r)[1] == COUNTY
    assert place_title("国家发改委区域协调发展司副司长", r) == (None, NATIONAL)
    assert place_title("大学校长", r) == (None, None)
    shanghai = rec("b", {}, location="上海市", regions=[Region(name="上海市", level="province")])
    assert place_title("市委书记", shanghai)[1] == PROVINCE


def test_titles_of_autonomous_prefectures_leagues_and_banners_are_ranked() -> None:
    r = rec("a", {}, location="呼和浩特市")
    assert place_title("州委副书记", r)[1] == PREFECTURE
    assert place_title("自治州副州长", r)[1] == PREFECTURE
    assert place_title("盟委委员", r)[1] == PREFECTURE
    assert place_title("旗委书记", r)[1] == COUNTY
    assert place_title("代旗长", r)[1] == COUNTY


def test_every_official_of_the_samples_is_indexed_once(raw_dir: Path) -> None:
    records = [r for r in extract.extract_many(raw_dir) if isinstance(r, Record)]
    people = people_index(records)
    seen = sorted((r.doc_id, p.name) for p in people for r in p.reports)
    assert seen == sorted((r.doc_id, o.name) for r in records for o in r.officials)
    for p in people:
        assert all(r.name == p.name for r in p.reports)
        dates = [r.date for r in p.reports if r.date]
        assert dates == sorted(dates)
    assert len({p.key for p in people}) == len(people)


def test_people_command(tmp_path: Path) -> None:
    records = [
        rec("a", {"易炼红": ["江西省委副书记", "省长"], "程用文": ["武汉市市长"]}, when="2021-09-10", location="武汉市"),
        rec("b", {"易炼红": ["浙江省委书记"]}, when="2023-06-06"),
    ]  # fmt: skip
    for r in records:
        (tmp_path / f"{r.doc_id}.json").write_text(r.model_dump_json(), encoding="utf-8")
    result = runner.invoke(app, ["people", str(tmp_path)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    start = lines.index(next(line for line in lines if line.startswith("易炼红")))
    assert "江西省委副书记" in lines[start + 1] and "2021-09-10 a" in lines[start + 1]
    assert "浙江省委书记" in lines[start + 3] and "2023-06-06 b" in lines[start + 3]
    result = runner.invoke(app, ["people", str(tmp_path), "--json"])
    assert result.exit_code == 0, result.output
    data = {p["key"]: p for p in json.loads(result.output)}
    assert [t["title"] for t in data["易炼红"]["titles"]] == ["江西省委副书记", "省长", "浙江省委书记"]
    assert data["程用文"]["reports"][0]["rank"] == "prefecture"
    result = runner.invoke(app, ["people", str(tmp_path / "nowhere")])
    assert result.exit_code == 2
