"""Dates: forms, ranges, year resolution as RECORD.md orders it."""

from __future__ import annotations

from datetime import date

import pytest

from extract import extract_text
from extract.extractors.dates import cn_number, date_mentions, extract_dates


def one(text: str, publish: date | None = None) -> tuple[str, str, str, str, bool]:
    items = extract_dates(text, publish)
    assert len(items) == 1, items
    d = items[0]
    return d["text"], d["start"], d["end"], d["granularity"], d["year_certain"]  # type: ignore[return-value]


@pytest.mark.parametrize(
    ("numeral", "value"), [("二〇二一", 2021), ("十", 10), ("二十七", 27), ("三十一", 31), ("十二", 12), ("２７", 27)]
)
def test_chinese_and_fullwidth_numerals(numeral: str, value: int) -> None:
    assert cn_number(numeral) == value


def test_range_within_a_month_with_the_year_from_the_publish_date() -> None:
    text = "3月26日至27日,第六届淮海经济区协同发展座谈会在我市举行"
    assert one(text, date(2024, 3, 28)) == ("3月26日至27日", "2024-03-26", "2024-03-27", "day", True)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("会议于3月26日—28日在合肥召开", "2024-03-26", "2024-03-28"),
        ("论坛3月26—28日举行", "2024-03-26", "2024-03-28"),
        ("活动于12月30日至1月2日举行", "2023-12-30", "2024-01-02"),
        ("活动定于12月30日至1月2日举行", "2024-12-30", "2025-01-02"),  # (定于: to come)
        ("展会4月28日至5月3日举办", "2024-04-28", "2024-05-03"),
        # (the end's own relative year across the year's turn)
        ("去年12月28日至今年1月2日，两市举办了联展", "2023-12-28", "2024-01-02"),
    ],
)
def test_range_forms(text: str, start: str, end: str) -> None:
    # published 2024-03-01: a yearless 12月30日 is the December just past
    _, s, e, gran, _ = one(text, date(2024, 3, 1))
    assert (s, e, gran) == (start, end, "day")


def test_a_ranges_end_in_the_pages_month() -> None:
    """去年12月30日至本月2日 on a page of 2024-01-03: the end's month is the page's (本月), the start's year the one
    before — one date across the year's turn."""
    assert one("去年12月30日至本月2日，遂宁市党政代表团赴达州考察。", date(2024, 1, 3))[1:3] == ("2023-12-30", "2024-01-02")
    assert one("本月2日至下月3日，两市举办联展。", date(2024, 5, 1))[1:3] == ("2024-05-02", "2024-06-03")


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("二〇二一年九月十日，会议召开", "2021-09-10"),
        # (an Arabic zero among the numerals, as typed where 〇 is hard to find)
        ("二0一八年五月十二日，会议召开", "2018-05-12"),
        ("二０一八年五月十二日，会议召开", "2018-05-12"),
        ("发布时间:2021-11-10 来源:大丰日报", "2021-11-10"),
        ("2021.11.10 盐城", "2021-11-10"),
        ("2021年11月10日上午", "2021-11-10"),
    ],
)
def test_explicit_full_dates(text: str, iso: str) -> None:
    _, s, e, _, certain = one(text)
    assert s == e == iso and certain


def test_time_of_day_words_stay_in_the_text_but_not_the_value() -> None:
    assert one("6月6日上午，长三角一体化发展成果发布会在合肥举行。", date(2023, 6, 6))[:3] == (
        "6月6日上午",
        "2023-06-06",
        "2023-06-06",
    )


def test_month_only_gives_the_whole_month() -> None:
    assert one("二〇二四年三月，规划获批")[1:4] == ("2024-03-01", "2024-03-31", "month")
    assert one("今年1至3月，全省进出口增长", date(2024, 4, 20))[1:4] == ("2024-01-01", "2024-03-31", "month")


def test_a_month_before_a_word_opening_with_ri_is_a_month() -> None:
    """去年12月日照港开通…, 3月日本客商…: a month before 日照, 日本 (rules/date_words.tsv ``riword``) is a month, not a
    broken day; 12月日均客流 (no such word) is none."""
    assert one("去年12月日照港开通至长江口的集装箱内支线", date(2006, 8, 19))[1:4] == ("2005-12-01", "2005-12-31", "month")
    assert one("2019年3月日本客商来访", date(2019, 5, 1))[1:4] == ("2019-03-01", "2019-03-31", "month")
    assert extract_dates("12月日均客流增长") == []


def test_a_count_of_days_after_a_duration_word_is_no_day() -> None:
    """展开为期三日的考察 (rules/date_words.tsv ``duration``): how long, no third of the month; 23日离开 is a day."""
    from extract import extract_text

    got = [d.text for d in extract_text("代表团一行5月22日抵达保定市，展开为期三日的考察行程。", ner=False).dates]
    assert got == ["5月22日"]
    got = [d.text for d in extract_text("代表团一行5月22日抵达，历时两日，23日离开。", ner=False).dates]
    assert got == ["5月22日", "23日"]


def test_the_next_day_counts_from_the_reports_day_not_a_speakers() -> None:
    """11月5日，考察团抵达… 他说，今年7月1日香港回归祖国… / 次日，考察团将赴赤水: the day after the visit's (the 6th), not
    after the day a speaker recalled."""
    from extract import extract_text

    text = (
        "本报讯　11月5日，香港临时立法会议员考察团抵达遵义访问。市长在座谈会上介绍了遵义的情况。他说，今年7月1日香港回归祖国，"
        "两地交流日益密切。\n次日，考察团将赴赤水市考察。\n"
    )
    got = {d.text: d.start for d in extract_text(text, ner=False, reference_date="1997-11-06").dates}
    assert got["次日"] == "1997-11-06"


def test_the_next_day_after_a_day_followed_by_a_verb_of_going() -> None:
    """上周三前往…座谈。… 次日，考察团… : 前往 is a verb, not 前 (before) bounding a stretch — the next day counts from the
    Wednesday, not from the page's date above it."""
    from extract import extract_text

    text = (
        "发布时间：2015-09-14\n黄山市党政代表团上周三前往衢州市，在衢州宾馆与衢州市举行两市合作座谈会。"
        "双方表示将深化旅游合作。\n次日，代表团考察了衢州绿色产业集聚区。\n"
    )
    got = {d.text: d.start for d in extract_text(text, ner=False).dates}
    assert got["上周三"] == "2015-09-09"
    assert got["次日"] == "2015-09-10"


def test_the_next_day_after_a_visits_run_that_holds_the_day_told() -> None:
    """今（16）日…举行。…代表团本月15日至18日在…考察…次日: the run is the visit's stretch around the meeting's day told
    before it; the next day is the meeting's next (the 17th), not the run's first day's next."""
    from extract import extract_text

    text = (
        "发布时间：2019-04-16\n今（16）日上午，沅陵县·古丈县合作联席会议在沅陵县召开。\n"
        "古丈县党政代表团一行本月15日至18日在沅陵开展考察交流。\n"
        "按照会议安排，次日两县文旅部门将联合考察酉水沿线旅游资源。\n"
    )
    got = {d.text: d.start for d in extract_text(text, ner=False).dates}
    assert got["次日"] == "2019-04-17"


def test_a_relative_weeks_run_of_days_and_a_weekday_alone_after_it() -> None:
    """本周一至周二 (a run of the page's week) and 周二下午 after it (that week's Tuesday); 上周五 … 周六上午 (the week
    before's); a weekday alone with no relative week before it is the reference's own week's — where it falls after
    the reference, only in a sentence that tells what is to come (a past day after it would be the week before's,
    which nothing says)."""
    from extract import extract_text

    def got(text: str) -> dict[str, tuple[str | None, str | None]]:
        return {d.text: (d.start, d.end) for d in extract_text(text, ner=False, reference_date="2026-03-18").dates}

    days = got("本周一至周二，黄南州党政代表团来我市考察交流。周二下午，对口协作座谈会在平安区召开。")
    assert days["本周一至周二"] == ("2026-03-16", "2026-03-17") and days["周二下午"] == ("2026-03-17", "2026-03-17")
    assert got("上周五，两市召开座谈会。周六上午，代表团考察了园区。")["周六上午"] == ("2026-03-14", "2026-03-14")
    assert got("两市约定每月召开一次会议。周二下午，代表团考察了园区。") == {"周二下午": ("2026-03-17", "2026-03-17")}
    assert got("两市合作不断深化。周五上午，代表团考察了园区。") == {}  # (the 20th: after the page's day, told as past)
    assert got("两市合作不断深化。周五上午，代表团将考察园区。") == {"周五上午": ("2026-03-20", "2026-03-20")}
    assert got("双方约定每周五上午召开例会。") == {}


def test_weekdays_under_a_yearless_stamp_whose_year_the_content_pins() -> None:
    """发布时间：11-10 17:32 (no year) and 今年是两市缔结友好城市十周年 after 2007年11月: 2017, so 上周五 and 本周三至周四 are
    days of 2017's calendar (year certain); under the same stamp with nothing that pins the year, no weekday is read."""
    from extract import extract_text

    body = (
        "本周三至周四，嘉兴市党政代表团来我市考察。周三上午，两市合作交流座谈会召开。今年是两市缔结友好城市十周年。"
        "2007年11月，两市签订了友好城市协议书。此前，两市发改委已于上周五进行了预备对接。\n"
    )
    days = {d.text: (d.start, d.end, d.year_certain) for d in extract_text("发布时间：11-10 17:32\n" + body, ner=False).dates}
    assert days["本周三至周四"] == ("2017-11-08", "2017-11-09", True)
    assert days["周三上午"][:2] == ("2017-11-08", "2017-11-08")
    assert days["上周五"][:2] == ("2017-11-03", "2017-11-03")
    bare = body.replace("今年是两市缔结友好城市十周年。", "")
    assert not [d for d in extract_text("发布时间：11-10 17:32\n" + bare, ner=False).dates if "周" in d.text]


def test_weekdays_under_a_yearless_stamp_that_writes_its_own_weekday() -> None:
    """时间：3月19日　星期二　　来源：… (no year, but its weekday): 上周五 and 本周四 count on a calendar where 3月19日 is a
    Tuesday — 3月15日 and 3月21日 — their year left open as the stamp's is."""
    from extract import extract_text

    text = "时间：3月19日　星期二　　来源：市协作办\n上周五上午，两地合作座谈会在济宁召开。本周四，两地将召开第二次会议。\n"
    days = {d.text: (d.start[5:], d.year_certain) for d in extract_text(text, ner=False).dates}
    assert days["上周五上午"] == ("03-15", False) and days["本周四"] == ("03-21", False)


def test_the_later_months_of_a_recurring_list_recur_too() -> None:
    """每年7月和10月, 每年三月、九月: every month of the list recurs, none a date; 今年7月和10月 are two."""
    assert extract_dates("商定每年7月和10月在四县交界处轮流举办交流会", date(1996, 5, 1)) == []
    assert extract_dates("每年三月、九月各举办一次物资交流会", date(1996, 5, 1)) == []
    assert [d["text"] for d in extract_dates("今年7月和10月分别举办两次", date(1996, 5, 1))] == ["今年7月", "10月"]


def test_year_only_relative_words_and_durations_are_not_dates() -> None:
    assert extract_dates("2023年以来，近年来，今年，5个月内") == []


def test_dates_inside_book_titles_are_not_dates() -> None:
    assert extract_dates("审议通过《2022年3月工作要点》") == []


def test_relative_year_counts_from_the_publish_year() -> None:
    assert one("去年12月，两省签署协议", date(2022, 1, 5))[1] == "2021-12-01"


def test_year_pinned_by_an_annual_document_discussed_at_the_meeting() -> None:
    text = "2月25日，会议召开。会议审议通过了《辽宁沿海经济带建设2022年工作要点》。自2009年以来……"
    items = extract_dates(text)
    assert items[0]["start"] == "2022-02-25" and items[0]["year_certain"] is True


def test_year_pinned_by_a_known_anniversary() -> None:
    text = "6月6日上午，发布会举行。今年是长三角一体化发展上升为国家战略五周年。"
    assert extract_dates(text)[0]["start"] == "2023-06-06"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("10月12日，两县关工委座谈会召开。今年是中国人民抗日战争胜利75周年，两县将联合举办纪念活动。", "2020-10-12"),
        ("5月20日，两地红色旅游联盟会议在于都召开。今年是红军长征胜利80周年。", "2016-05-20"),
        ("8月18日，援藏工作座谈会召开。今年是西藏自治区成立50周年。", "2015-08-18"),
    ],
)
def test_year_pinned_by_a_revolutions_or_a_regions_anniversary(text: str, day: str) -> None:
    """The war's, the Long March's and the autonomous regions' anniversaries pin an undated page's year
    (rules/year_anchors.tsv: 抗战胜利 1945, 长征胜利 1936, 西藏自治区成立 1965)."""
    assert extract_dates(text)[0]["start"] == day


def test_year_that_the_text_cannot_pin_is_marked_uncertain() -> None:
    items = extract_dates("9月10日上午，长江中游三省协同推动高质量发展座谈会在武汉举行。")
    assert items[0]["year_certain"] is False and items[0]["start"].endswith("-09-10")


def test_lone_day_takes_the_month_of_the_date_before_it() -> None:
    items = extract_dates("2021年11月8日，大会召开。10日上午，现场会举行。")
    assert [d["start"] for d in items] == ["2021-11-08", "2021-11-10"]


def test_duplicates_are_kept_once_per_value() -> None:
    text = "摘要:6月6日上午,发布会在合肥举行。\n6月6日上午,发布会在合肥举行。"
    assert len(extract_dates(text, date(2023, 6, 7))) == 1


def test_impossible_dates_are_rejected() -> None:
    assert extract_dates("2月30日") == [] and extract_dates("13月1日") == []


def test_yearless_date_takes_the_year_nearest_the_publish_date() -> None:
    assert one("活动定于12月30日至1月2日举行", date(2024, 12, 20))[1:3] == ("2024-12-30", "2025-01-02")


def test_a_count_of_days_is_not_a_date() -> None:
    items = extract_dates("2023年5月1日发布，自公布之日起30日内完成。16日上午，会议召开。")
    assert [d["start"] for d in items] == ["2023-05-01", "2023-05-16"]


def test_lone_day_is_placed_by_the_article_time_not_by_a_date_of_another_year() -> None:
    text = "4月11日至12日，会议召开。2019年9月，座谈会提出要求。12日上午，代表考察。"
    items = extract_dates(text)
    assert [d["start"] for d in items][-1] == items[0]["end"]


def test_lone_day_past_the_page_read_off_a_schedule_is_the_meetings() -> None:
    """A schedule's run told in the agreement (8月1日至9月30日实行…) does not date a lone day after it on a page of
    5月22日: 21日下午 is the meeting's 21st, the latest run before it that holds it on or before the page's day."""
    page = (
        "两县签订森林防火联防协议\n日期：2004-05-22\n"
        "本报讯 5月20日至21日，龙泉县、庆元县森林防火联防会议在龙泉召开，两县签订了《森林防火联防协议》。根据协议，两县"
        "8月1日至9月30日实行联合巡山，发现火情互相通报。21日下午，与会人员察看了两县交界的防火隔离带。\n"
    )
    got = {d.text: d.start for d in extract_text(page, ner=False).dates}
    assert got["21日下午"] == "2004-05-21"


def test_lone_day_without_a_day_before_it_takes_the_month_nearest_the_publish_date() -> None:
    items = extract_dates("今年5月以来，两地合作。二〇二三年十一月签约。6日，对接会举行。", date(2023, 12, 5))
    assert items[-1]["text"] == "6日" and items[-1]["start"] == "2023-12-06"


def test_meetings_named_in_the_text_fix_the_guessed_year() -> None:
    items = extract_dates("1月16日上午，河南省第十四届人民代表大会第二次会议在郑州开幕。")
    assert items[0]["start"] == "2024-01-16" and items[0]["year_certain"] is False
    assert extract_dates("3月5日，学习贯彻党的十九届五中全会精神。")[0]["start"] == "2020-03-05"


def test_a_plans_span_written_with_a_dash_guesses_its_first_year_not_its_last() -> None:
    text = "6月7日，两市座谈会在娄底召开。会议审议通过了《娄益区域合作三年行动计划（2018—2020年）》。"
    assert extract_dates(text)[0]["start"] == "2018-06-07"
    assert extract_dates(text.replace("—", "-"))[0]["start"] == "2018-06-07"
    # a span written with 至 and a later year the text names still give the latest year
    assert extract_dates("6月7日，座谈会召开。2017年以来，两市往来密切。《规划（2016—2025年）》")[0]["start"] == "2017-06-07"


def test_a_range_of_lone_days_and_a_month_before_a_numeral() -> None:
    items = extract_dates("新华社昆明5月16日电（记者 杨柳）联席会议15日至16日在昆明举行。去年11月四市建立机制。", date(2024, 5, 16))
    assert [(d["text"], d["start"], d["end"]) for d in items] == [
        ("5月16日", "2024-05-16", "2024-05-16"),
        ("15日至16日", "2024-05-15", "2024-05-16"),
        ("去年11月", "2023-11-01", "2023-11-30"),
    ]


def _days(text: str, publish: date | None = None, reference: date | None = None) -> list[tuple[str, str, str]]:
    from extract.extractors.dates import extract_dates

    return [(d["text"], d["start"], d["end"]) for d in extract_dates(text, publish, reference)]


def test_relative_days_against_the_page_date() -> None:
    pub = date(2017, 3, 21)
    assert _days("行政长官昨率团赴深圳出席会议", pub) == [("昨", "2017-03-20", "2017-03-20")]
    assert _days("两市负责人昨(20)日在杭州签署协议", pub) == [("昨(20)日", "2017-03-20", "2017-03-20")]
    assert _days("论坛今(21)日上午开幕", pub) == [("今(21)日上午", "2017-03-21", "2017-03-21")]
    assert _days("会议(甲)日举行", pub) == []  # not a numeral: nothing invented
    assert _days("会议(廿)日举行", pub) == [("(廿)日", "2017-03-20", "2017-03-20")]  # 廿: twenty
    assert _days("昨天下午,两地召开联席会议", pub) == [("昨天下午", "2017-03-20", "2017-03-20")]
    assert _days("论坛将于本月28日至29日举行", pub) == [("本月28日至29日", "2017-03-28", "2017-03-29")]
    assert _days("博览会将于本月九至十一日举行", pub) == [("本月九至十一日", "2017-03-09", "2017-03-11")]
    assert _days("峰会定于本月下旬召开", pub) == [("本月下旬", "2017-03-01", "2017-03-31")]
    # the day in brackets wins over the word, across a month end
    assert _days("昨(31)日两地签约", date(2017, 4, 1)) == [("昨(31)日", "2017-03-31", "2017-03-31")]


def test_relative_days_need_a_reference() -> None:
    assert _days("昨天下午,两地召开联席会议") == []
    assert _days("新华社南宁8月5日电 两市昨天签署协议")[0][0] == "8月5日"
    dated = _days("新华社南宁8月5日电 两市昨天签署协议")
    assert [d[1][5:] for d in dated] == ["08-05", "08-04"]  # the dateline's day fixes it, its year is open
    assert _days("昨天下午,两地召开联席会议", reference=date(2013, 6, 1)) == [("昨天下午", "2013-05-31", "2013-05-31")]


def test_epoch_is_no_date() -> None:
    assert _days("魅力某地 1970-01-01 08:00:20\n9月8日,年会在乌海市召开", date(2017, 9, 9))[0][0] == "9月8日"
    assert all(d[1] != "1970-01-01" for d in _days("发布时间 1970-01-01 08:00:20"))


def test_next_years_plan_discussed_in_autumn_is_of_the_year_before() -> None:
    text = "11月17日至18日,座谈会召开。会议讨论了《2021年淮海经济区协同发展工作要点》。"
    assert _days(text) == [("11月17日至18日", "2020-11-17", "2020-11-18")]
    spring = "3月26日,座谈会召开。会议讨论了《2024年淮海经济区协同发展工作要点》。"
    assert _days(spring) == [("3月26日", "2024-03-26", "2024-03-26")]
    # an autumn month after a meeting before autumn is of the meeting's year (a deadline it sets)
    summer = "6月18日，两州召开会议，审议通过了《红河州 文山州2019年边境旅游合作工作要点》。两州将于10月底前开通专线。"
    assert [d["start"] for d in extract_dates(summer)] == ["2019-06-18", "2019-10-01"]


def test_a_meeting_named_with_its_year_pins_its_days() -> None:
    text = "11月5日,2020呼包银榆经济区第八届联席会议在乌兰察布市召开。"
    assert _days(text)[0][1] == "2020-11-05"


def test_no_year_anywhere_is_said_and_never_in_the_future() -> None:
    from extract import extract_text

    rec = extract_text("5月29日至30日,涪江流域九地合作峰会在绵阳市召开,九地代表参加会议。", ner=False)
    assert rec.dates and all(d.year_certain is False for d in rec.dates)
    assert rec.event is not None and rec.event.year_certain is False
    assert int(rec.event.start[:4]) <= date.today().year  # type: ignore[index]
    ref = extract_text(
        "12月29日,两地联席会议在绵阳市召开。", ner=False, reference_date="2013-06-01"
    )
    assert ref.event is not None and ref.event.start == "2012-12-29" and ref.event.year_certain is False
    assert ref.dates[0].year_source == "reference_date"


def test_a_day_whose_month_the_scrape_lost() -> None:
    days = _days("大众网日照9月28日讯 927日，两市在日照召开联席会议。", date(2019, 9, 28))
    assert ("927日", "2019-09-27", "2019-09-27") in days
    assert _days("全年共有125日空气优良。", date(2019, 9, 28)) == []  # 1月25日? not the page's month


def test_republic_of_china_years_as_taiwan_writes_them() -> None:
    from extract.extractors.meta import find_publish_date

    days = {d[0]: d[1] for d in _days("會議將於114年3月舉行，113年11月5日簽約。")}
    assert days == {"114年3月": "2025-03-01", "113年11月5日": "2024-11-05"}
    assert _days("该校成立113年来培养人才无数。") == []
    # a year word with its year in brackets (明（94）年3月, 今（93）年7月1日)
    days = {d[0]: d[1] for d in _days("雙方約定明（94）年3月在花蓮舉辦活動，今（93）年7月1日起實施。")}
    assert days == {"明（94）年3月": "2005-03-01", "今（93）年7月1日": "2004-07-01"}
    assert find_publish_date("標題\n發布日期：112-05-16\n正文")[0] == date(2023, 5, 16)  # type: ignore[index]


def test_a_lone_day_is_a_whole_run_of_numerals_after_no_month_or_year() -> None:
    from extract.extractors.dates import find_raw_dates

    def days(text: str) -> list[tuple[str, int, int | None, int | None]]:
        return [(r.text, r.month, r.day, r.day2) for r in find_raw_dates(text, publish=date(2024, 3, 20))]

    assert days("3月2日，代表团抵达。15日至16日，双方举行会谈。") == [("3月2日", 3, 2, None), ("15日至16日", 3, 15, 16)]
    assert days("十五日上午，会议开幕。") == [("十五日上午", 3, 15, None)]
    assert days("编号2024日报") == []  # 24 inside 2024 is no day


def test_a_month_in_numerals_written_out_after_a_relative_year() -> None:
    from datetime import date

    from extract.extractors.dates import extract_dates

    got = [(d["text"], d["start"], d["end"]) for d in extract_dates("明年一月举行第二次会议，今年十月互访。", date(2003, 9, 12))]
    assert got == [("明年一月", "2004-01-01", "2004-01-31"), ("今年十月", "2003-10-01", "2003-10-31")]
    assert extract_dates("五月天乐队一月一次来演出。", date(2003, 9, 12)) == []
    # the place it is held in after the month (下次会议十月在花莲县举行)
    got = [(d["text"], d["start"]) for d in extract_dates("双方约定，下次会议十月在花莲县举行。", date(2010, 7, 8))]
    assert got == [("十月", "2010-10-01")]
    # and the verb of holding right after it (参加十月举行的第十七届…展览会)
    got = [(d["text"], d["start"]) for d in extract_dates("并计划组织企业参加十月举行的第十七届展览会。", date(2012, 6, 8))]
    assert got == [("十月", "2012-10-01")]


def test_a_pages_stamp_without_its_year_is_a_day() -> None:
    from datetime import date

    from extract.extractors.dates import extract_dates

    got = extract_dates("两市签署协议\n03-13 18:20　　某某日报　　阅读量 5863\n正文。", date(2024, 3, 14))
    assert [(d["text"], d["start"]) for d in got] == [("03-13", "2024-03-13")]
    assert extract_dates("比赛以10-12 12:30结束。", date(2024, 3, 14)) == []  # not at a line's start


def test_a_weekday_of_the_last_this_or_next_week_is_a_day_of_the_pages_date() -> None:
    """上周五 in a page of Wednesday 2009-04-15 is Friday 2009-04-10 (weeks begin on Monday)."""
    page = (
        "珠澳合作联席会议在珠海举行\n新闻中心 2009-04-15\n\n"
        "本报讯 珠澳合作联席会议第三次会议上周五在珠海举行。下礼拜一将签约。上星期三（8日）双方已会商。\n"
    )
    got = {d.text: d.start for d in extract_text(page, ner=False).dates}
    assert got["上周五"] == "2009-04-10" and got["下礼拜一"] == "2009-04-20"
    assert got["上星期三（8日）"] == "2009-04-08"
    rec = extract_text(page, ner=False)
    assert rec.event is not None and rec.event.start == "2009-04-10"


def test_a_relative_month_with_its_number_in_brackets_and_a_month_after_a_preposition() -> None:
    page = "新闻 2016-05-03\n\n本报讯 双方工作小组上（4）月28日已在泉州会谈，研究小组将于十二月召开第三次会议。五月天乐队来港。\n"
    got = {d.text: (d.start, d.end) for d in extract_text(page, ner=False).dates}
    assert got["上（4）月28日"] == ("2016-04-28", "2016-04-28")
    assert got["十二月"] == ("2016-12-01", "2016-12-31")
    assert "五月" not in got


def test_a_day_stepped_back_to_is_an_aside_the_next_day_counts_from_the_day_told() -> None:
    """上周五…开幕。开幕前一天晚上，代表团…抵达。…次日上午，会议举行全体会议: the Saturday, not the Friday again
    (次日 counted from the step back, 前一天)."""
    text = (
        "发布日期：2015-05-25\n"
        "上周五，甲乙港航合作联席会议在烟台开幕。开幕前一天晚上，代表团乘客滚船抵达烟台。\n"
        "双方介绍了合作进展。\n次日上午，会议举行全体会议，签署了合作协议。"
    )
    got = {d["text"]: d["start"] for d in date_mentions(text, publish=date(2015, 5, 25))}
    assert got["上周五"] == "2015-05-22"
    assert got["前一天晚上"] == "2015-05-21"
    assert got["次日上午"] == "2015-05-23"


def test_a_lone_day_inside_a_run_told_after_a_look_back_is_the_runs() -> None:
    """11月18日至20日…举办… 这是今年7月1日香港回归后… 19日上午: the 19th of the run (November), not of the look back's
    July; but after a day past the run (12月5日), 19日 goes on in that month."""
    text = (
        "本报讯 11月18日至20日，连云港市经贸洽谈团在香港举办投资说明会。这是今年7月1日香港回归祖国后我市第一个赴港经贸团。\n"
        "19日上午，说明会在港岛一家酒店举行。"
    )
    got = {d["text"]: d["start"] for d in date_mentions(text, publish=date(1997, 11, 22))}
    assert got["19日上午"] == "1997-11-19"
    later = text.replace("这是今年7月1日香港", "12月5日，双方又在南京会商。香港")
    got = {d["text"]: d["start"] for d in date_mentions(later, publish=date(1997, 12, 22))}
    assert got["19日上午"] == "1997-12-19"


def test_a_relative_day_with_its_day_in_brackets_across_a_years_end() -> None:
    """2018-12-31's 明日（一月一日）: one date, 2019-01-01 (the year nearest the relative day's), not 2018's January 1st."""
    text = "政府新闻处　2018年12月31日\n局长今日（十二月三十一日）在开封出席座谈会，明日（一月一日）上午经郑州返港。"
    got = {d["text"]: d["start"] for d in date_mentions(text, publish=date(2018, 12, 31))}
    assert got["明日（一月一日）"] == "2019-01-01" and "一月一日" not in got
    assert got["今日（十二月三十一日）"] == "2018-12-31"


def test_a_month_after_a_stretch_since_a_date_is_of_now() -> None:
    """去年8月…召开首次联席会议以来，…截至10月底 (a November 2004 page): 2004's October — 以来 runs the stretch up to now;
    without it the month goes on in the date's year (去年8月签约，10月开工: 2003's October)."""
    got = [(d["text"], d["start"]) for d in date_mentions(
        "他说，去年8月在商丘召开首次联席会议以来，四市的合作取得明显成效，截至10月底，四市间新签合作项目46个。",
        publish=date(2004, 11, 12),
    )]  # fmt: skip
    assert got == [("去年8月", "2003-08-01"), ("10月", "2004-10-01")]
    got = [(d["text"], d["start"]) for d in date_mentions("去年8月两市签约，10月项目开工。", publish=date(2004, 11, 12))]
    assert got == [("去年8月", "2003-08-01"), ("10月", "2003-10-01")]


def test_a_recurring_month_or_day_is_no_date() -> None:
    texts = [d["text"] for d in extract_dates("两地约定每年9月轮流举办，每月15日通报进展，9月起实施。", publish=date(2024, 4, 10))]
    assert texts == ["9月"]


def test_days_named_by_their_distance_from_the_day_written_before_them() -> None:
    text = (
        "发布时间：2011-04-22\n"
        "本报讯 4月19日至21日，市委书记刘志刚率党政代表团赴丽水市考察。20日下午，两市合作座谈会在丽水举行。"
        "次日上午，代表团考察了缙云县的工业园区。当天下午，代表团返程。"
    )
    got = {d["text"]: (d["start"], d["year_certain"]) for d in date_mentions(text, publish=date(2011, 4, 22))}
    assert got["次日上午"] == ("2011-04-21", True)  # the day after 20日下午
    assert got["当天下午"] == ("2011-04-21", True)  # the same day as 次日上午 before it
    # an ordinal day counts from the written day, not from another one found (both the meeting's second day)
    text = "为期两天的联席会议3月31日在通化开幕，第二天闭幕。会上签约。第二天上午，与会人员考察了产业园。"
    assert {d["start"] for d in date_mentions(text, publish=date(2024, 4, 2))} == {"2024-03-31", "2024-04-01"}
    # a range's first day is the day the visit began; a month's end is crossed
    text = "2019年6月30日至7月2日，代表团赴宁夏考察。次日，双方举行座谈。"
    assert [d["start"] for d in date_mentions(text) if d["text"] == "次日"] == ["2019-07-01"]
    # 抵达当天: the day the visit began, however many days were told since
    text = "8月19日至21日，代表团赴长春考察。20日上午，两省召开座谈会。抵达当天，代表团考察了长春新区；前一天下午，有关部门已召开对接会。"
    got = {d["text"]: d["start"] for d in date_mentions(text, publish=date(2019, 8, 22))}
    assert got["当天"] == "2019-08-19" and got["前一天下午"] == "2019-08-18"
    # with no day before it, 当天 names none
    assert date_mentions("当天下午，两市举行座谈会。", publish=date(2011, 4, 22)) == []


def test_a_relative_month_written_alone() -> None:
    got = [(d["text"], d["start"], d["granularity"]) for d in date_mentions("双方商定下个月在台东举办活动。", publish=date(2015, 7, 15))]
    assert got == [("下个月", "2015-08-01", "month")]
    got = [(d["text"], d["start"]) for d in date_mentions("上月，两市签署了协议。", publish=date(2015, 1, 10))]
    assert got == [("上月", "2014-12-01")]
    # (the page's own month too, where it opens a stretch of time: 上月以来已有五个澳资项目…, as heldout378 reads it)
    got = [(d["text"], d["start"], d["end"]) for d in date_mentions("本月以来，两市往来频繁。", publish=date(2015, 7, 15))]
    assert got == [("本月", "2015-07-01", "2015-07-31")]


def test_a_part_of_the_month_with_no_month_before_it_is_the_pages_month() -> None:
    got = [(d["text"], d["start"], d["end"]) for d in date_mentions("月初，两市交通部门达成共识。", publish=date(2009, 3, 5))]
    assert got == [("月初", "2009-03-01", "2009-03-31")]
    got = [d["text"] for d in date_mentions("会议将于月底在商城举行。", publish=date(2009, 3, 5))]
    assert got == ["月底"]
    # a lunar month's day, every month, a word that holds 月初
    assert date_mentions("正月初八，每月初，不忘岁月初心。", publish=date(2009, 3, 5)) == []


def test_a_republic_year_in_numerals_without_its_era_on_a_taiwan_page() -> None:
    """澎湖县政府计划在八十一年元月开辟…, 台东县府已将八十七年十二月完成的规划: the Republic's years (1992-01, 1998-12) on
    Taiwan's page; on a mainland page, or a year outside the Republic's range (三年五月), none."""
    got = {d["text"]: d["start"] for d in date_mentions(
        "澎湖县政府计划在八十一年元月开辟梧栖至马公的海上试航班次。台东县府已将八十七年十二月完成的规划送交。",
        publish=date(1991, 10, 5),
    )}  # fmt: skip
    assert got == {"八十一年元月": "1992-01-01", "八十七年十二月": "1998-12-01"}
    assert all("三年" not in d["text"] for d in date_mentions("台湾三年五月以来", publish=date(1991, 10, 5)))
    assert all("八十一年" not in d["text"] for d in date_mentions("上海市八十一年元月", publish=date(1991, 10, 5)))


def test_a_two_digit_year_is_the_centurys_on_a_mainland_page_and_the_republics_in_taiwan() -> None:
    """[ 99年10月22日 ] on an old mainland portal is 1999-10-22 (and the page's date); 98年7月 beside
    马祖 or a Taiwan county is 民国98年: 2009-07."""
    from extract import extract_text

    mainland = (
        "宿迁信息港　新闻中心\n淮海经济区市长专员会议在宿迁召开\n[ 98年10月22日 ]　来源：宿迁日报\n"
        "本报讯 10月20日至21日，淮海经济区市长专员会议在我市召开。03年5月，三市已开通城际班线。\n"
    )
    rec = extract_text(mainland, ner=False)
    assert str(rec.publish_date) == "1998-10-22"
    assert {(d.text, d.start) for d in rec.dates} >= {("98年10月22日", "1998-10-22"), ("03年5月", "2003-05-01")}
    assert rec.event is not None and str(rec.event.start) == "1998-10-20"
    taiwan = "兩馬交流座談\n〔記者王仁杰／馬祖報導〕福州市已著手研擬推廣方案，預定98年7月對外公布。\n"
    assert [(d.text, d.start) for d in extract_text(taiwan, ner=False).dates] == [("98年7月", "2009-07-01")]


def test_what_was_planned_and_did_not_happen_lies_in_the_past() -> None:
    """原定于2月…举行 in a May article: that February (定于2月 alone would be the next one)."""
    from extract import extract_text

    text = "受疫情影响，原定于2月在梅州举行的两市合作交流会改为视频签约。"
    got = [(d.text, d.start) for d in extract_text(text, ner=False, publish_date="2020-05-06").dates]
    assert ("2月", "2020-02-01") in got


@pytest.mark.parametrize(
    ("head", "day"),
    [
        ("發布日期：中華民國九十七年十一月五日　　發布機關：研考會", "2008-11-05"),  # a 民國 year in numerals
        ("107/06/21　記者許雅婷／金城報導", "2018-06-21"),  # a Taiwan paper's stamp before its byline
        ("95.05.12　記者林志明／鳳山報導", "2006-05-12"),
        ("中華民國104年3月20日　星期五　記者 許雅婷／澎湖報導", "2015-03-20"),  # 中華民國, its weekday
        ("台灣時報　地方新聞　　　　2004/03/21　　【列印本文】【轉寄】", "2004-03-21"),  # page links after the stamp
        ("發布日期：099-04-21　發布單位：觀光處", "2010-04-21"),  # a year below 100 padded to three digits
    ],
)
def test_taiwan_page_stamps_give_the_publish_date_and_its_relative_days(head: str, day: str) -> None:
    from extract import extract_text

    page = f"金門縣與晉江市簽署教育合作備忘錄\n{head}\n金門縣與晉江市教育交流研討會昨日在金城鎮舉行，雙方簽署合作備忘錄。\n"
    rec = extract_text(page, ner=False)
    assert str(rec.publish_date) == day
    assert rec.event is not None and rec.event.start is not None and rec.event.start < day


def test_a_relative_day_glossed_with_its_date_and_a_papers_name() -> None:
    """明日（十一月五日）: one date, the bracketed day, not the day after the page's; 三明日报 holds no 明日."""
    from datetime import date

    from extract.extractors.dates import extract_dates

    got = [(d["text"], d["start"]) for d in extract_dates("梁志伟明日（十一月五日）会前往芜湖。", date(2013, 11, 6))]
    assert got == [("明日（十一月五日）", "2013-11-05")]
    assert extract_dates("借助《湄洲日报》《三明日报》宣传推介。", date(2021, 4, 22)) == []
    got = [(d["text"], d["start"]) for d in extract_dates("据新华社昨日报道，会议召开。", date(2021, 4, 22))]
    assert got == [("昨日", "2021-04-21")]


def test_a_month_after_a_date_of_its_clause_takes_that_dates_year() -> None:
    """今年7月组织夏令营，10月在北区举办展销会 (a March page): October of this year, not last; a month after
    明年2月 across a ；belongs to no run (臺南市10月舉辦… is this year's)."""
    from datetime import date

    from extract.extractors.dates import extract_dates

    got = [(d["text"], d["start"]) for d in extract_dates("双方商定，今年7月组织夏令营，10月在北区举办展销会。", date(2010, 3, 18))]
    assert got == [("今年7月", "2010-07-01"), ("10月", "2010-10-01")]
    got = [(d["text"], d["start"]) for d in extract_dates("明年2月的管乐节将邀请乐团参加；台南市10月举办的古都节。", date(2011, 9, 23))]
    assert got == [("明年2月", "2012-02-01"), ("10月", "2011-10-01")]


def test_a_speechs_date_with_the_speakers_line_before_the_salutation() -> None:
    """（2005年7月8日） / 吕梁市委副书记、市长　郭振华 / 同志们： under a paper's masthead of 7月11日: the
    speech's 明天 is the 9th, counted from its own date."""
    from extract import extract_text

    page = (
        "吕梁日报　　2005年7月11日　星期一　　第2版：要闻\n在晋中·吕梁经济协作区第一次市长联席会议上的讲话\n（2005年7月8日）\n"
        "吕梁市委副书记、市长　郭振华\n同志们：\n　　今天，我们吕梁市代表团来到晋中。明天，代表团还将考察晋中的开发区。\n"
    )
    days = {d.text: d.start for d in extract_text(page, ner=False).dates}
    assert days["明天"] == "2005-07-09"


def test_yuanyue_is_january() -> None:
    """元月 (January, rules/date_words.tsv monthname): 明年元月 after a page of 2007 is January 2008, and
    2008年元月3日 a day; 100元月租 (a price) is no date."""
    got = [(d.text, str(d.start), str(d.end)) for d in extract_text("2007年11月5日 首批游程预计明年元月推出。", ner=False).dates]
    assert ("明年元月", "2008-01-01", "2008-01-31") in got
    assert [str(d.start) for d in extract_text("2008年元月3日召开会议。", ner=False).dates] == ["2008-01-03"]
    assert extract_text("每户收费100元月租。", ner=False).dates == []


def test_a_run_of_days_after_a_short_or_roc_year() -> None:
    """03年11月12日至13日 (an old mainland page's two-digit year) and 113年11月5日至6日 (Taiwan's year) are
    one run of days each, not a day and a lone 13日."""
    got = [(d.text, str(d.start), str(d.end)) for d in extract_text("乌昌两地于03年11月12日至13日在米泉召开联席会议。", ner=False).dates]
    assert got == [("03年11月12日至13日", "2003-11-12", "2003-11-13")]
    tw = [(str(d.start), str(d.end)) for d in extract_text("嘉义县政府113年11月5日至6日举办区域论坛。", ner=False).dates]
    assert tw == [("2024-11-05", "2024-11-06")]


def test_a_lone_day_inside_a_run_across_a_months_end_is_in_the_runs_month() -> None:
    """9月29日至10月2日，代表团赴…考察。30日上午，…座谈会: 30 lies inside the run, in September (not
    the run's last month, which has no 30th here — nor would 2日's)."""
    text = "2018年9月29日至10月2日，贵阳市党政代表团赴大连市考察。30日上午，两市合作座谈会在大连举行。2日，代表团返程。"
    got = {d["text"]: d["start"] for d in date_mentions(text)}
    assert got["30日上午"] == "2018-09-30"
    assert got["2日"] == "2018-10-02"


def test_a_run_of_months_after_a_republic_or_two_digit_year() -> None:
    """民國103年1月至9月 (Taiwan) and 03年1月至9月 (an old mainland page) are runs of months, like
    2014年1月至9月; a month before a day of another month (114年1月至10月5日) is no run of months."""
    got = {d["text"]: (d["start"], d["end"]) for d in date_mentions("民國103年1月至9月，臺南市對廈門出口成長兩成。")}
    assert ("2014-01-01", "2014-09-30") in got.values()
    got = {d["text"]: (d["start"], d["end"]) for d in date_mentions("据统计，03年1月至9月，两市贸易额增长三成。")}
    assert got.get("03年1月至9月") == ("2003-01-01", "2003-09-30")
    got = {d["text"]: (d["start"], d["end"]) for d in date_mentions("臺南市政府114年1月至10月5日辦理展覽。")}
    assert ("2025-01-01", "2025-10-31") not in got.values()


def test_a_two_digit_year_below_the_republics_range_on_a_taiwan_page() -> None:
    """A mainland paper's page about Taichung (a Taiwan word on it): 09年5月 is no year of the
    Republic (its two-digit years run from 80), so it is the century's, 2009-05; 98年3月 stays 民国98."""
    from extract.extractors.dates import roc_dates

    got = [(r.text, r.year, r.month) for r in roc_dates("台中市与三明市自09年5月起开展交流，98年3月签约。")]
    assert got == [("09年5月", 2009, 5), ("98年3月", 2009, 3)]


def test_the_same_year_is_the_year_of_the_date_written_before() -> None:
    got = extract_dates("1987年5月，两县签订协议。同年十月，两县召开会议。", date(2005, 6, 10))
    assert [(d["text"], d["start"]) for d in got] == [("1987年5月", "1987-05-01"), ("同年十月", "1987-10-01")]
    # none before it: the publish year's, as 今年
    assert extract_dates("同年十月，两县召开会议。", date(2005, 6, 10))[0]["start"] == "2005-10-01"


def test_an_anniversary_of_what_the_article_itself_dates_gives_the_year() -> None:
    text = "3月22日，两地召开会议。2006年3月，瑞金、长汀两地在全国率先建立红色旅游联盟。今年是联盟成立十周年。今年6月底前完成。"
    got = [(d["text"], d["start"], d["year_certain"]) for d in extract_dates(text)]
    assert got[0] == ("3月22日", "2016-03-22", True)
    # the founding year inside the anniversary's phrase itself
    text = "11月8日上午，两市召开座谈会。今年是厦门、龙岩两市1992年建立友好城市关系二十周年。"
    assert extract_dates(text)[0]["start"] == "2012-11-08"
    # the founding told by the sentence right after it
    text = "6月5日，两县联席会议在桐庐县召开。今年是两县缔结友好县关系十五周年。2005年9月，两县缔结友好县关系。"
    assert extract_dates(text)[0]["start"] == "2020-06-05"
    # twinned cities (1990年，威海市与延边州结为友好城市，今年是两地结好五周年)
    text = "11月30日上午，两地座谈会在威海举行。1990年，威海市与延边朝鲜族自治州结为友好城市，今年是两地结好五周年。"
    assert extract_dates(text)[0]["start"] == "1995-11-30"
    # a long name of what was founded between the verb and the count (建立边界海域渔业联合执法机制十周年)
    text = "10月21日，两地总结会在平阳县召开。今年是两地建立边界海域渔业联合执法机制十周年。1998年3月，两县探索建立了该机制。"
    assert extract_dates(text)[0]["start"] == "2008-10-21"


def test_an_anniversary_without_a_founding_verb_counts_from_the_year_of_what_it_is_of() -> None:
    """1998年…确定山东省对口帮扶重庆市。今年是鲁渝对口扶贫协作二十周年: the year's sentence names what the
    anniversary is of (扶贫协作 in both), so the year is 2018; an unrelated year before gives none."""
    text = (
        "5月9日，鲁渝扶贫协作联席会议在济南召开。1998年，党中央作出东西部扶贫协作的战略部署，确定山东省对口帮扶重庆市。"
        "今年是鲁渝对口扶贫协作二十周年。"
    )
    got = extract_dates(text)[0]
    assert (got["start"], got["year_certain"]) == ("2018-05-09", True)
    unrelated = "5月9日，两市联席会议在济南召开。1998年，济南市建成新机场。今年是鲁渝对口扶贫协作二十周年。"
    assert extract_dates(unrelated)[0]["year_certain"] is False


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a month's end before 前, whatever follows: a deadline, on or after the page's day
        ("两市发展改革委每季度互通工作进展，12月底前联合开展年度评估。", "2021-12-01"),
        ("联席会议办公室11月底前向联席会议报告年度进展。", "2021-11-01"),
        # …unless told as met
        ("援建的第二小学等项目已于12月底前复课。", "2020-12-01"),
    ],
)
def test_a_deadline_at_a_months_end_is_to_come(text: str, expected: str) -> None:
    assert extract_dates(text, date(2021, 3, 23))[0]["start"] == expected


def test_a_plans_headline_under_its_year_gives_its_months_that_year() -> None:
    """鄂尔多斯市发展和改革委员会2017年区域合作工作要点 (date_words.tsv section 工作要点), published in February: its
    9月 is 2017's, though 2016年12月 is written in the paragraph before it."""
    text = (
        "鄂尔多斯市发展和改革委员会2017年区域合作工作要点\n"
        "一、落实2016年12月两市签订的《能源化工产业合作协议》，推动共建跨省煤炭运输通道。\n"
        "二、加强与银川市的交流，9月组织企业赴银川参加经贸洽谈活动。\n"
    )
    assert [d["start"] for d in extract_dates(text, date(2017, 2, 21))] == ["2016-12-01", "2017-09-01"]


def test_a_deadline_after_next_years_date_counts_from_the_pages_day() -> None:
    """明年3月召开第二次会议，12月底前完成…: the deadline is this year's December, the next meeting's
    month next year's; a plain month after 明年3月 in the sentence stays next year's."""
    text = "会议商定，明年3月在新沂市召开第二次联席会议，12月底前完成旅游环线规划编制工作。"
    assert [d["start"] for d in extract_dates(text, date(2020, 11, 12))] == ["2021-03-01", "2020-12-01"]
    text = "会议商定，明年3月在新沂市召开第二次联席会议，12月在宿迁召开第三次。"
    assert [d["start"] for d in extract_dates(text, date(2020, 11, 12))] == ["2021-03-01", "2021-12-01"]


def test_a_reports_section_under_a_year_gives_its_days_that_year() -> None:
    """一、2009年工作回顾 … 3月18日 (published January 2010): 2009's; 二、2010年工作任务 … 6月底前: 2010's.
    A paragraph opened by its year (2015年，…) counts to its own end only."""
    text = (
        "各位代表：\n一、2009年工作回顾\n　　过去的一年，区域合作迈出新步伐。3月18日，两市签署备忘录；6月26日至28日，三市"
        "举行联席会议。\n二、2010年工作任务\n　　6月底前完成规划编制。\n"
    )
    got = [(d["text"], d["start"]) for d in extract_dates(text, date(2010, 1, 20))]
    assert got == [("3月18日", "2009-03-18"), ("6月26日至28日", "2009-06-26"), ("6月", "2010-06-01")]
    text = "2015年，四市签订了合作协议。\n各区要在6月底前完成排查。\n"
    assert [d["start"] for d in extract_dates(text, date(2016, 5, 16))] == ["2016-06-01"]
    # (the headings of a year's tasks as reports write them: 主要任务, 工作重点)
    for heading in ("主要任务", "工作重点"):
        text = f"一、2009年工作回顾\n　　3月，两市签订协议。\n二、2010年{heading}\n　　10月，在我市举办联席会议。\n"
        got = [d["start"] for d in extract_dates(text, date(2010, 1, 12))]
        assert got == ["2009-03-01", "2010-10-01"], heading


def test_a_deadline_or_an_agreed_day_is_to_come() -> None:
    """A yearless month after the page's day is of the year before, unless the text says it is to come:
    a deadline (于12月底前将…报州, 10月前完成) or a day agreed on (商定12月底举行)."""
    for body in ("各地于12月底前将全年落实情况报州政府办公室。", "两市商定12月底举行第二次联席会议。", "力争10月前完成项目建设。"):
        dates = extract_text(f"2007年3月12日\n{body}", ner=False).dates
        assert dates[-1].start.startswith("2007-1"), body  # type: ignore[union-attr]
    dates = extract_text("2007年3月12日\n12月底，两市举行联席会议。", ner=False).dates
    assert dates[-1].start == "2006-12-01"


def test_a_day_whose_own_clause_tells_what_is_to_come_there() -> None:
    """1月3日，两市将在长沙举行… on a page of 2019-12-30: the date's own clause says it is to come (将在), so it is
    the next 3 January; 将 as 把 (将协议报送) or a later clause's 将 (签署协议，今后将在…) leave the day in the past."""
    page = "2019年12月30日 来源：湖南日报\n"
    dates = extract_text(page + "1月3日，长沙市与株洲市将在长沙举行合作座谈会。", ner=False).dates
    assert dates[-1].start == "2020-01-03"
    for body in ("12月3日，两市将协议报送省政府。", "12月3日，两市签署协议，今后将在交通领域深化合作。"):
        assert extract_text(page + body, ner=False).dates[-1].start == "2019-12-03", body


def test_the_page_dates_item_is_its_text_without_the_stamps_white_space() -> None:
    """原创 六盘水发布 2023-04-12 18:30 发表于贵州: the WeChat stamp's date is a date of the article, its text 2023-04-12 (no
    space its pattern took before the time)."""
    text = "两地携手召开座谈会\n原创 六盘水发布 2023-04-12 18:30 发表于贵州\n4月11日，两市召开对口合作工作座谈会。\n"
    first = extract_text(text, ner=False).dates[0]
    assert (first.text, first.start) == ("2023-04-12", "2023-04-12")
    (start, end), = first.spans
    assert text[start:end] == "2023-04-12"


def test_days_counted_from_a_day_across_a_years_end() -> None:
    """2009年12月31日…次日 is 2010-01-01 (the next day's year is the next one); 12月30日至1月2日…31日上午…1日: the lone days
    inside a run across a year's end are read in the run's month that holds them and in its year."""
    from extract.extractors.dates import date_mentions

    def got(text: str) -> list[str]:
        return [d["start"] for d in date_mentions(text, date(2010, 1, 4))]

    assert got("2009年12月31日，会议闭幕。次日，代表团返回。")[-1] == "2010-01-01"
    assert got("12月30日至31日，两市召开联席会议。31日下午闭幕。次日，代表团返回。")[-1] == "2010-01-01"
    assert got("12月30日至1月2日，代表团考察。31日上午，两市召开会议。1日，代表团返回。")[1:] == ["2009-12-31", "2010-01-01"]
    assert got("10月30日至11月1日，代表团考察。31日上午，两市召开会议。1日，代表团返回。")[1:] == ["2009-10-31", "2009-11-01"]


def test_a_day_from_which_on_something_holds_is_the_nearest_either_way() -> None:
    """自1月1日起 on a page of 2021-12-31 is the next day (a day from which on something holds may lie ahead, within a
    month); 自3月1日起 on 3-11 the day before, 自12月20日起 on 3-11 the last December's."""
    from extract.extractors.dates import date_mentions

    def got(text: str, page: date) -> str:
        return str(date_mentions(text, page)[0]["start"])

    assert got("根据协议，自1月1日起，两县将实行公交卡互通。", date(2021, 12, 31)) == "2022-01-01"
    assert got("自3月20日起，两地实行新规。", date(2021, 3, 11)) == "2021-03-20"
    assert got("自3月1日起，两地实行新规。", date(2021, 3, 11)) == "2021-03-01"
    assert got("自12月20日起，两地实行新规。", date(2021, 3, 11)) == "2020-12-20"


def test_a_place_ending_before_a_day_word_is_no_day() -> None:
    """（摄影：大同日报记者 任杰）: 大同日报 holds 同日, but 同 ends 大同 — no day; 同日，双方签署 is the day told before."""
    from extract.extractors.dates import date_mentions

    got = [d["text"] for d in date_mentions("9月24日，两市召开会议。（摄影：大同日报记者 任杰）", date(2020, 9, 25))]
    assert got == ["9月24日"]
    got = [d["start"] for d in date_mentions("9月24日，两市召开会议。同日，双方签署协议。", date(2020, 9, 25))]
    assert got == ["2020-09-24", "2020-09-24"]


def test_a_visits_last_day_after_a_recalled_later_day_and_a_run_of_days_counted() -> None:
    """立法會議員考察團今日（四月十七日）起一連三日訪問雅安市，了解去年四月二十日蘆山地震後…，至四月十九日返港: 一连三日 is how long
    (no 3 April); 四月十九日 is no day after 去年四月二十日 in its month — it is this year's, the visit's last day."""
    from extract.extractors.dates import date_mentions

    text = "考察团今日（四月十七日）起一连三日访问雅安市，了解去年四月二十日芦山地震后的重建情况，至四月十九日返港。"
    got = [(d["text"], d["start"]) for d in date_mentions(text, date(2014, 4, 17))]
    assert got == [("今日（四月十七日）", "2014-04-17"), ("去年四月二十日", "2013-04-20"), ("四月十九日", "2014-04-19")]


def test_a_range_written_from_one_day_on_to_another() -> None:
    from extract.extractors.dates import date_mentions

    (got,) = date_mentions("2023年7月1日起至8月31日止，两县市将推出联票。")
    assert (got["start"], got["end"]) == ("2023-07-01", "2023-08-31")


def test_a_year_of_a_five_year_plan_gives_the_year() -> None:
    """今年是“十一五”规划的收官之年 → 2010 (rules/date_words.tsv planyear; the plans' years by number)."""
    text = "6月18日上午，两县经济协作座谈会召开。今年是“十一五”规划的收官之年，也是两县谋划“十二五”发展的关键之年。"
    got = extract_dates(text)[0]
    assert (got["start"], got["year_certain"]) == ("2010-06-18", True)
    assert extract_dates("3月2日，两市签约。今年是“十四五”开局之年。")[0]["start"] == "2021-03-02"
    assert extract_dates("3月2日，两市签约。今年是“十三五”规划实施的第二年。")[0]["start"] == "2017-03-02"


def test_a_deadline_with_its_subject_after_it() -> None:
    """11月底前，两市人民政府要将…报: a deadline to come in a page of March, of the same year."""
    dates = extract_text("2019年3月12日\n11月底前，两市人民政府要将全年工作完成情况书面报省发改委。", ner=False).dates
    assert dates[-1].start == "2019-11-01"


def test_the_opening_day_is_the_day_the_text_says_it_opened() -> None:
    """昨天上午…博览会…开幕。…至21日闭幕。开幕当天，两市政府签署了《…》: 开幕当天 is the 18th (the opening),
    not the 21st written last, so the signing is no act to come."""
    text = (
        "2016年11月19日\n昨天上午，第二届粤赣边界产业合作博览会在河源市会展中心开幕。博览会为期四天，至21日闭幕。"
        "开幕当天，两市政府签署了《河源—赣州产业协作框架协议》。"
    )
    rec = extract_text(text, ner=False)
    assert [a.action for a in rec.agreements] == ["signed"]
    assert all(d.start != "2016-11-21" or d.text == "21日" for d in rec.dates)


def test_a_reposted_article_reads_its_days_from_the_day_it_first_appeared() -> None:
    """编者按：本文原载《邯郸日报》1995年4月21日 on a page of 2020: 今年6月 is 1995's, the page's date stays."""
    text = (
        "晋冀两县握手联防\n发布时间：2020-08-11 16:05　来源：涉县档案馆\n"
        "编者按：本文原载《邯郸日报》1995年4月21日第二版，由县档案馆整理刊发。\n"
        "　　1995年4月18日至19日，两县边界治安联防联席会议在涉县召开。两县商定今年6月底前完成界桩复查，明年4月召开第二次会议。\n"
    )
    rec = extract_text(text, ner=False)
    assert str(rec.publish_date) == "2020-08-11"
    starts = {d.text: d.start for d in rec.dates}
    assert starts["今年6月"] == "1995-06-01" and starts["明年4月"] == "1996-04-01"


def test_a_repost_citing_its_paper_as_source_reads_the_reprint_from_the_paper_and_its_own_note_from_the_post() -> None:
    """来源：《邵阳日报》1998年10月9日第一版 under a 2018 post: the reprinted article's 昨日 and 10月7日至8日 are 1998's (a
    source's label before the paper in 《》 and a date: rules/page_date_labels.tsv ``cited``), the post's own 编者按 line
    above it keeps the post's day (今天: the page's date, not listed again); the source is the paper, without its marks."""
    text = (
        "档案里的邵阳｜二十年前的那次联席会\n原创 邵阳档案 邵阳档案 2018-10-10 08:30\n"
        "编者按：二十年前，湘桂边区协作会议在我市召开。今天，我们从馆藏报纸中找出当年的报道，原文照录。\n"
        "来源：《邵阳日报》1998年10月9日第一版\n"
        "　　本报讯　湘桂边区经济协作区第五次联席会议10月7日至8日在邵阳宾馆举行。昨日，与会代表考察了邵阳经济开发区。\n"
    )
    rec = extract_text(text, ner=False)
    assert str(rec.publish_date) == "2018-10-10" and rec.source == "邵阳日报"
    days = {d.text: (d.start, d.end) for d in rec.dates}
    assert days["10月7日至8日"] == ("1998-10-07", "1998-10-08") and days["昨日"] == ("1998-10-08", "1998-10-08")
    assert "今天" not in days and days["1998年10月9日"] == ("1998-10-09", "1998-10-09")


def test_an_old_mainland_stamp_with_a_two_digit_year_and_dots() -> None:
    """[陕西日报]　92.5.23　第2版: the century's 1992 on a mainland page (the Republic's 98.3.5 on Taiwan's)."""
    text = "陕西日报资料库\n[陕西日报]　92.5.23　第2版　要闻\n川陕两地区联手\n　　5月19日至21日，达县、汉中两地区协作会议在汉中举行。\n"
    rec = extract_text(text, ner=False)
    assert str(rec.publish_date) == "1992-05-23"
    assert {d.start for d in rec.dates} >= {"1992-05-23", "1992-05-19"}
    from extract.extractors.dates import date_mentions

    assert [m["start"] for m in date_mentions("台中市 98.3.5")] == ["2009-03-05"]
    assert [m["start"] for m in date_mentions("马公 98.3.5")] == ["2009-03-05"]  # (a township of Penghu)


def test_a_relative_day_word_whose_last_character_opens_a_place_is_none() -> None:
    """等县同天津市武清县接壤: 同 (with) and 天津, no 同天 (the same day)."""
    text = "1987年10月14日至15日，两地座谈会在天津召开。廊坊地区所辖三河、大厂等县同天津市武清县接壤。"
    rec = extract_text(text, ner=False)
    assert [d.text for d in rec.dates] == ["1987年10月14日至15日"]


def test_a_lone_day_written_with_hao_before_the_part_of_the_day() -> None:
    text = "发布时间：2024-07-13 19:05\n（记者 王娅）12号上午，两县联席会议在富宁县召开。根据12号文件，3号楼启用。"
    rec = extract_text(text, ner=False)
    assert [(d.text, d.start) for d in rec.dates] == [("2024-07-13", "2024-07-13"), ("12号上午", "2024-07-12")]


def test_two_days_of_a_stay_are_no_second_day() -> None:
    rec = extract_text("2025年5月10日\n代表团8日经沙头角口岸抵达盐田，为期两日。", ner=False)
    assert [d.text for d in rec.dates] == ["2025年5月10日", "8日"]


def test_relative_days_count_from_a_stamp_without_its_year() -> None:
    """No page date with a year, but the header's stamp gives month and day (09月16日 10:20): 昨天上午 is
    the day before it, its year as open as the stamp's (year_certain false); the event is that day."""
    text = (
        "巴彦淖尔乌海两市合作交流座谈会在我市召开\n"
        "09月16日 10:20　来源：乌海日报　记者：其其格\n\n"
        "9月14日至15日，巴彦淖尔市党政考察团来我市考察。昨天上午，巴彦淖尔·乌海两市合作交流座谈会在市行政中心召开。"
    )
    rec = extract_text(text, ner=False)
    yesterday = [d for d in rec.dates if d.text == "昨天上午"]
    assert len(yesterday) == 1 and yesterday[0].start.endswith("-09-15") and not yesterday[0].year_certain
    assert rec.event is not None and str(rec.event.start).endswith("-09-15")
    # (the stamp after its label: 时间：10月28日 09:12)
    text = (
        "我市代表团赴益阳考察 两市签署旅游合作协议\n时间：10月28日 09:12　来源：张家界日报　作者：记者 谭秋云\n\n"
        "昨天，市委副书记、市长覃永和率我市代表团赴益阳市考察交流。当天下午，张家界·益阳旅游合作座谈会在益阳迎宾馆举行。"
    )
    rec = extract_text(text, ner=False)
    assert [d.start[5:] for d in rec.dates if d.text == "昨天"] == ["10-27"]
    assert rec.event is not None and str(rec.event.start).endswith("-10-27")


def test_a_dateline_in_chinese_numerals_is_the_day_today_means() -> None:
    """本报岳阳五月八日电 … 今天: the dateline's day (Chinese numerals, as old papers write it) is the day
    今天 names — the event's — not the paper's date a day later."""
    text = (
        "人民日报　1994年5月9日　第二版\n\n万县市与岳阳市建立友好合作关系\n\n"
        "　　本报岳阳五月八日电　记者罗志刚报道：万县市、岳阳市友好合作协议签字仪式今天在这里举行。"
    )
    rec = extract_text(text, ner=False)
    assert rec.event is not None and str(rec.event.start) == "1994-05-08"


def test_a_dateline_with_its_day_alone_is_the_day_today_means() -> None:
    """（成都9日讯）… 今日 on an e-paper of 2023-06-10 (heldout666, a Malaysian paper): the dateline's day in the page's
    month is the day 今日 names; a day past the page's is the month before's (30日讯 on a page of 06-01)."""
    text = (
        "星洲日报电子报　|　2023年6月10日（星期六）\n\n"
        "（成都9日讯）新加坡—四川贸易与投资委员会第二十一次会议今日在成都举行。"
    )
    rec = extract_text(text, ner=False)
    assert rec.event is not None and str(rec.event.start) == "2023-06-09"
    text = "2023年6月1日\n\n本报成都30日讯　四川省与新加坡经贸合作座谈会今天在成都举行。"
    rec = extract_text(text, ner=False)
    assert rec.event is not None and str(rec.event.start) == "2023-05-30"


def test_a_lone_day_inside_the_run_told_last_of_another_year_is_the_runs() -> None:
    """A yearbook page of 2011 telling a meeting of 1985 (heldout670): 一九八五年四月二十二日至二十六日 … 二十五日下午 is
    1985-04-25, not the 25th of the page's month."""
    text = (
        "发布时间：2011-08-12\n一九八五年四月二十二日至二十六日，西南四省区五方经济协调会第二次会议在南宁市举行。"
        "二十五日下午，五方签订了《西南四省区五方关于联合开发红水河水能资源的协议》。"
    )
    got = {d.text: (str(d.start), str(d.end)) for d in extract_text(text, ner=False).dates}
    assert got["二十五日下午"] == ("1985-04-25", "1985-04-25")


def test_a_work_summarys_headline_gives_the_year_of_its_days() -> None:
    """克拉玛依市发展和改革委员会2019年工作总结, published 2020-01-08: its 6月18日至19日 are of 2019 (the
    headline a section of its year), not the publish date's nearest year."""
    text = (
        "克拉玛依市发展和改革委员会2019年工作总结\n\n"
        "发布时间：2020-01-08 11:02　来源：市发展改革委\n\n"
        "　　2019年，市发展改革委扎实做好各项工作。\n\n"
        "　　（二）区域协作取得新突破。6月18日至19日，克拉玛依市·塔城地区区域合作第二次联席会议在塔城市召开。\n"
    )
    rec = extract_text(text, ner=False)
    assert [(d.start, d.end) for d in rec.dates if d.text == "6月18日至19日"] == [("2019-06-18", "2019-06-19")]


def test_a_days_ticket_is_no_date() -> None:
    """并推出一日票 (date_words.tsv notday 票, 券): a day's pass, no first of the month."""
    assert extract_dates("两地合作的观光公车将推出一日票和两日券，让游客自由上下车。", date(2019, 5, 20)) == []


def test_a_lone_day_after_the_pages_date_is_the_nearest_one_not_a_later_day_of_its_month() -> None:
    """发布时间：2015-06-02 … 会议28日在珠海举行: 5月28日 (the page's date is no anchor for a later day of its month);
    将于28日举行 is to come: 6月28日."""
    past = extract_text("发布时间：2015-06-02 10:00\n\n两市合作会议28日在珠海举行。双方签署协议。", ner=False)
    assert [d.start for d in past.dates if d.text == "28日"] == ["2015-05-28"]
    coming = extract_text("发布时间：2015-06-02 10:00\n\n两市合作会议将于28日在珠海举行。", ner=False)
    assert [d.start for d in coming.dates if d.text == "28日"] == ["2015-06-28"]


def test_a_lunar_calendars_date_is_no_solar_date() -> None:
    """农历三月初三当天: a day of the lunar calendar — no solar 三月 read from it, no 当天 counted from one."""
    rec = extract_text("发布时间：2019-04-08\n\n农历三月初三当天，两市举办歌圩节。3月30日至4月1日，两市召开联席会议。", ner=False)
    assert [(d.text, d.start) for d in rec.dates] == [("2019-04-08", "2019-04-08"), ("3月30日至4月1日", "2019-03-30")]


def test_a_mastheads_cycle_year_opens_a_lunar_date_and_a_tens_character_writes_a_day() -> None:
    """澳門日報 … 壬辰年九月初四: the cycle's year opens a lunar date (no solar 九月); 本月廿日, 廿一日: 廿 is twenty,
    as Hong Kong, Macau and Taiwan papers write days."""
    text = (
        "澳門日報 2012年10月18日 星期四 壬辰年九月初四\n莆澳論壇促文旅合作\n"
        "　　代表團今日參觀澳門博物館，本月廿日結束訪問，廿一日返回莆田，11月卅日再訪。\n"
    )
    got = [(d.text, d.start) for d in extract_text(text, ner=False).dates]
    assert got == [
        ("2012年10月18日", "2012-10-18"), ("本月廿日", "2012-10-20"), ("廿一日", "2012-10-21"), ("11月卅日", "2012-11-30")
    ]


def test_a_relative_day_before_a_word_of_counting_days_is_no_date() -> None:
    """持天柱山景区当日门票的游客: 当日门票 (a day's ticket) and 当天往返 (there and back in a day) count days, no day."""
    text = (
        "2015年6月10日\n　　本报讯　6月8日至9日，潜山县、太湖县旅游合作联席会议在太湖县召开。\n"
        "　　会上，两县签署了《旅游合作协议》。根据协议，自7月1日起，持天柱山景区当日门票的游客游览花亭湖景区可享受"
        "门票半价优惠，游客可当天往返。"
    )
    got = [d.text for d in extract_text(text, ner=False).dates]
    assert got == ["2015年6月10日", "6月8日至9日", "7月1日"]


def test_the_first_month_by_its_name_alone_and_after_a_republic_year() -> None:
    """元月 (January, as notices write it) opens a date of its own (元月5日) and follows a Republic year written in
    numerals (民国九十年元月一日: 2001-01-01)."""
    got = {d.text: d.start for d in extract_text("2003年10月18日\n元月5日，两市签署协议。", ner=False).dates}
    assert got.get("元月5日") == "2003-01-05"
    got = {d.text: d.start for d in extract_text("2003年10月18日\n民國九十年元月一日起實施。", ner=False).dates}
    assert "2001-01-01" in got.values()


def test_a_decks_year_of_the_document_adopted_dates_no_section() -> None:
    """审议通过2014年合作工作要点, the deck under a 2013 page's headline: what was done with the next year's
    document, no section heading under 2014 — 11月21日 is the page's 2013; a document's own heading
    (永川区推动…2025年工作要点) still dates the days under it."""
    text = (
        "铜陵日报数字报\n2013年11月22日 星期五　第A01版：要闻\n\n皖江城市带联席会议第三次会议在我市召开\n审议通过2014年合作工作要点\n\n"
        "　　本报讯　11月21日，皖江城市带承接产业转移示范区城市联席会议第三次会议在我市召开。会议审议通过了合作工作要点。\n"
    )
    got = {d.text: d.start for d in extract_text(text, ner=False).dates}
    assert got.get("11月21日") == "2013-11-21"


def test_the_next_day_counts_from_the_day_told_not_from_a_flashback() -> None:
    """今（8）日上午…联席会议…召开。…会前，5月7日下午，两市…召开联络员会议。…会后，…次日，代表团还将赴…: 次日 is the 9th (the
    meeting's next day), not the 8th (the day after the flashback's 7th)."""
    text = (
        "2019-05-08 17:32　来源：市发展改革委\n今（8）日上午，两市南北挂钩合作第十一次联席会议在宿迁召开。\n"
        "会前，5月7日下午，两市发展改革部门召开联络员会议。\n会后，代表团一行参观了政务服务中心。次日，代表团还将赴泗洪县考察。\n"
    )
    days = {d["text"]: d["start"] for d in extract_dates(text, publish=date(2019, 5, 8))}
    assert days["次日"] == "2019-05-09"


def test_this_weeks_weather_is_no_sunday() -> None:
    """本周天气 (a digest's weather item) is no 本周天 (this Sunday); 本周天上午 is."""
    assert extract_dates("③ 本周天气｜冷空气来袭，注意添衣保暖", date(2026, 3, 19)) == []
    assert [d["start"] for d in extract_dates("本周天上午，两县召开会议。", date(2026, 3, 19))] == ["2026-03-22"]


def test_a_yearless_stamp_after_its_label() -> None:
    """发布时间：05-22 09:13 (a portal's stamp without its year, after its label): month and day, year open."""
    found = date_mentions("两地召开座谈会\n发布时间：05-22 09:13　　来源：定西日报\n5月21日，两地召开座谈会。")
    assert ("05-22", 5, 22) in {(d["text"], int(d["start"][5:7]), int(d["start"][8:])) for d in found}


def test_a_relative_month_with_its_number_in_brackets_and_a_part_of_it() -> None:
    """下（6）月底 on a Taiwan page of May: the end of June, a month's date (as 上（4）月28日 is a day's)."""
    page = "2011-05-19　來源：金門日報\n\n金惠石雕交流\n　　雙方約定下（6）月底前完成作品聯展籌備。\n"
    got = [(d.text, d.start, d.end) for d in extract_text(page, ner=False).dates if "月底" in d.text]
    assert got == [("下（6）月底", "2011-06-01", "2011-06-30")]


def test_a_relative_day_after_the_pages_date_across_the_years_end_is_next_years() -> None:
    """明天 on a page of 2018-12-31 is 2019-01-01; 下个月 on a page of December is next January."""
    page = "2018-12-31 10:20　來源：临汾日报\n\n两市景区门票优惠互认\n　　明天起，两市市民可持身份证在对方景区享受门票优惠。下个月，两市还将联合推出冬季旅游线路。\n"
    got = {d.text: (d.start, d.end) for d in extract_text(page, ner=False).dates}
    assert got["明天"] == ("2019-01-01", "2019-01-01")
    assert got["下个月"] == ("2019-01-01", "2019-01-31")


def test_a_day_after_a_reports_dateline_in_its_sentence_is_not_of_the_datelines_year() -> None:
    """本报通辽1月6日电　记者…报道：12月28日至30日，…: the dateline's day is when the report was filed — the meeting
    in December, on a page of January, is of the year before."""
    page = (
        "【日期】1995-01-07\n\n哲赤两盟市举行经济技术协作座谈会\n"
        "　　本报通辽1月6日电　记者乌云其木格报道：12月28日至30日，赤峰市党政代表团在通辽市考察，双方举行第六次座谈会。\n"
    )
    got = {d.text: d.start for d in extract_text(page, ner=False).dates}
    assert got["12月28日至30日"] == "1994-12-28"


def test_same_day_counts_from_the_last_day_told_not_from_a_day_to_come() -> None:
    """昨（19）日上午…抵达…，展开为期三天的参访行程，预定21日返回。当天下午，…座谈会…举行: 当天 is the 19th (the 21st is a
    day to come); 开幕前一天，即6月17日 is the date written after it, not a day of its own."""
    page = (
        "中華民國98年10月20日　星期二\n\n霞浦縣參訪團抵馬\n"
        "〔記者陳雅婷／南竿報導〕霞浦縣參訪團一行二十二人昨（19）日上午抵達南竿，展開為期三天的參訪行程，預定21日返回。"
        "當天下午，馬祖霞浦漁業交流座談會在縣府大禮堂舉行。\n"
    )
    ev = extract_text(page, ner=False).event
    assert ev is not None and ev.start == "2009-10-19"
    notice = "2025-05-20　来源：赣州日报\n\n论坛6月举行\n　　论坛将于6月18日至19日举行。论坛开幕前一天，即6月17日，主办方还将组织嘉宾参观。\n"
    assert "前一天" not in {d.text for d in extract_text(notice, ner=False).dates}


def test_a_lone_day_between_an_opening_and_a_closing_day_of_the_next_month_is_of_the_openings_month() -> None:
    """…联席会，9月29日在新乡市开幕，10月1日下午闭幕。…30日上午，与会人员分组考察: the 30th lies between them — September's."""
    page = (
        "【日期】1993-10-03\n"
        "　　本报新乡10月2日电　为期三天的新乡、鹤壁两市经济协作联席会，9月29日在新乡市开幕，10月1日下午闭幕。\n"
        "　　30日上午，与会人员分两组考察了获嘉县的农副产品加工企业。\n"
    )
    got = {d.text: d.start for d in extract_text(page, ner=False).dates}
    assert got["30日上午"] == "1993-09-30"


def test_a_counted_day_with_its_day_in_brackets_is_that_day() -> None:
    """…今（29）日下午閉幕 … 隔天（28日）連假人潮湧入: the day in brackets is the one (the 28th), written with its word."""
    page = (
        "發布日期：2016-02-29\n\n展售會閉幕\n"
        "　　「雲竹農特產聯合展售會」27日起一連三天在竹北市登場，今（29）日下午閉幕。開幕當天兩位縣長共同揭幕。"
        "隔天（28日）連假人潮湧入，兩縣農會在現場舉辦料理示範。\n"
    )
    got = {d.text: d.start for d in extract_text(page, ner=False).dates}
    assert got.get("隔天（28日）") == "2016-02-28"


def test_a_relative_month_alone_before_a_count_of_places_and_not_in_a_forecast() -> None:
    """上月两县刚刚商定… on a January page: 上月 alone (两县 a count, no day) is December; 预计下月两地将… is a forecast, no
    month the text names as a time."""
    r = extract_text("县长说，上月两县刚刚商定协作意向，预计下月两地将完成线路安排。", ner=False, reference_date="1996-01-06")
    assert [(d.text, d.start, d.end) for d in r.dates] == [("上月", "1995-12-01", "1995-12-31")]


def test_a_january_day_told_after_a_december_day_of_its_sentence_is_of_the_next_year() -> None:
    """参访团明（31）日将前往三义参访，并于1月2日返回 on a page of 2019-12-30: the January day after the December day of
    its sentence lies in 2020."""
    r = extract_text(
        "参访团明（31）日将前往三义木雕博物馆参访，并于1月2日返回昆山。", ner=False, publish_date="2019-12-30"
    )
    assert ("1月2日", "2020-01-02") in {(d.text, d.start) for d in r.dates}


def test_a_yearless_stamp_after_its_label_and_before_the_next_field_dates_the_relative_days() -> None:
    """发布时间：2月3日　　来源：… (no year, no time of day): the stamp's month and day fix 昨天 (2月2日) and 上月下旬 (January);
    上月 under a January stamp is December of the year before the others."""
    page = (
        "两县建立交界地区联防联治机制\n"
        "发布时间：2月3日　　来源：隆德县融媒体中心\n"
        "　　昨天，隆德县与静宁县交界地区联防联治联席会议在隆德县召开。上月下旬，两县还联合处置了一起跨界草场纠纷。\n"
    )
    got = {d.text: d.start[5:] for d in extract_text(page, ner=False).dates}
    assert got.get("昨天") == "02-02" and got.get("上月下旬") == "01-01"
    january = page.replace("2月3日", "1月4日")
    r = {d.text: d.start for d in extract_text(january, ner=False).dates}
    assert int(r["上月下旬"][:4]) == int(r["昨天"][:4]) - 1 and r["上月下旬"][5:7] == "12"


def test_a_yearless_date_field_in_brackets_is_the_pages_day() -> None:
    """[ 日期：07-14 ]　[ 来源：萝北县政府办 ]: a portal's field of its day without a year, in brackets — a day of the
    record, which dates the relative days; its year the one the article's content gives."""
    text = (
        "萝北嘉荫两县携手打造界江旅游黄金带\n[ 日期：07-14 ]　[ 来源：萝北县政府办 ]　[ 点击：865 ]\n\n"
        "7月13日上午，萝北·嘉荫界江旅游合作联席会议在嘉荫县召开。前天下午，两县代表考察了界江码头。"
    )
    got = {(d["text"], d["start"][5:]) for d in extract_dates(text)}
    assert ("07-14", "07-14") in got and ("前天下午", "07-12") in got


def test_taiwans_this_year_with_its_number_and_a_masthead_with_its_lunar_day() -> None:
    """今（105）年 (this year written with its Republic's number, as Taiwan writes it) pins the year of a post whose stamp
    gives none (9月6日 → 2016); a masthead 中华民国113年5月23日　星期四　　农历四月十六日 is the page's date."""
    post = "苗栗县政府\n9月6日 18:20\n县长今（105）年率团访问徐州，9月6日抵达，7日参访工业园区。"
    assert {d["start"] for d in extract_dates(post)} >= {"2016-09-06", "2016-09-07"}
    masthead = "马祖日报　电子报\n中华民国113年5月23日　星期四　　农历四月十六日\n第01版：要闻\n\n连江县与福清市交流座谈\n　　昨（22）日上午，座谈会在福清举行。"
    r = extract_text(masthead, ner=False)
    assert r.publish_date == "2024-05-23" and "2024-05-22" in {d.start for d in r.dates}


def test_yearless_stamps_a_single_wide_gap_after_and_a_wechat_header_without_its_time() -> None:
    """发布时间：12月30日　来源：… (one full-width space before the next field) and 原创 图木舒克发布 图木舒克发布 3月2日 (a
    post's header without its time): the page's month and day — the relative days count from them."""
    portal = "巴州与酒泉市召开区域合作第二次联席会议\n发布时间：12月30日　来源：巴音郭楞日报\n\n　　昨天，两地区域合作第二次联席会议在库尔勒市召开。"
    got = {(d["text"], d["start"][5:]) for d in extract_dates(portal)}
    assert ("昨天", "12-29") in got
    post = "两地召开兵地融合发展第二次联席会议\n原创 图木舒克发布 图木舒克发布 3月2日\n点击上方蓝字关注我们\n\n　　昨天，两地联席会议在喀什市召开。"
    r = extract_text(post, ner=False)
    assert {d.start[5:] for d in r.dates} >= {"03-02", "03-01"}


def test_a_week_across_the_years_turn_under_a_yearless_stamp_with_its_weekday() -> None:
    """时间：1月2日　星期二 and 上周五: the Friday before, 12月29日 of the year before the stamp's (its year open)."""
    from extract import extract_text

    text = "时间：1月2日　星期二　　来源：市协作办\n上周五上午，两地合作座谈会在济宁召开。\n"
    days = {d.text: d for d in extract_text(text, ner=False).dates}
    stamp, friday = days["1月2日"], days["上周五上午"]
    assert friday.start[5:] == "12-29" and int(friday.start[:4]) == int(stamp.start[:4]) - 1


def test_a_count_of_days_before_a_tours_word_is_no_day() -> None:
    """三日红色研学线路, 五日精品游线 (rules/date_words.tsv ``tour``, Chinese numerals): a tour's days, no day of the
    month; 4月3日下午 stays one."""
    text = "2022年4月1日，两地联合推出“左权—武安—涉县”三日红色研学线路，还有五日精品游线。4月3日下午，两地签约。"
    assert [d.text for d in extract_text(text, ner=False).dates] == ["2022年4月1日", "4月3日下午"]


def test_the_pages_own_month_written_alone_is_a_month_date() -> None:
    """本月内两市将成立…, 本月在文山召开: 本月 alone names the page's month (rules/date_words.tsv relmonthalone), as
    上月 and 下月 alone do; 当月 alone (that month, of a day told before) stays no date."""
    text = "发布时间：2018-01-02\n两市签署框架协议。据框架协议，本月内两市将成立联合工作组，下月召开第一次会议。当月还将互派干部。"
    got = {(d.text, str(d.start), str(d.end), d.granularity) for d in extract_text(text, ner=False).dates}
    assert ("本月", "2018-01-01", "2018-01-31", "month") in got
    assert ("下月", "2018-02-01", "2018-02-28", "month") in got
    assert not any(t.startswith("当月") for t, *_ in got)


def test_a_republic_year_in_digits_before_january_by_its_name() -> None:
    """102年元月 on a Taiwan county's page: January by its name (元月) after a Republic year in digits, as the
    notice writes 100年10月."""
    text = "發布日期：101-08-21\n雲嘉嘉三縣市預計於102年元月完成整合，103年元月5日啟用。"
    got = [(d.text, str(d.start), str(d.end)) for d in extract_text(text, ner=False).dates]
    assert ("102年元月", "2013-01-01", "2013-01-31") in got and ("103年元月5日", "2014-01-05", "2014-01-05") in got


def test_a_republic_year_with_the_common_eras_in_brackets() -> None:
    """民國90年（2001年）1月2日, 107年（2018年）3月: a Taiwan page writes the common era's year in brackets after the
    Republic's; the month and day follow both."""
    text = "發布日期：106-08-15\n金門縣自民國90年（2001年）1月2日小三通首航以來，預計107年（2018年）3月完成。"
    got = [(str(d.start), str(d.end)) for d in extract_text(text, ner=False).dates]
    assert got == [("2017-08-15", "2017-08-15"), ("2001-01-02", "2001-01-02"), ("2018-03-01", "2018-03-31")]


def test_a_range_of_months_whose_end_has_its_own_relative_year() -> None:
    """防火期为今年10月至明年4月 (heldout639): one range of months from this year's October to next year's April, not two
    months."""
    text = "发布时间：2017-09-12\n两地商定，草原防火期为今年10月至明年4月，其间每月会商一次。"
    got = [(d.text, str(d.start), str(d.end)) for d in extract_text(text, ner=False).dates]
    assert ("今年10月至明年4月", "2017-10-01", "2018-04-30") in got and not any(t == "明年4月" for t, _, _ in got)


def test_a_lone_day_to_come_that_would_fall_before_the_pages_day_is_in_the_next_month() -> None:
    """10月30日抵达… 代表团定于4日结束访问 (a page of 2006-11-03): the visit ends on 11月4日, not on a 4th before the
    page's day; a lone day told without a word of the future keeps the month of the day before it."""
    page = "2006年11月03日 08:40\n\n代表团一行8人于10月30日抵达韩国，先后访问了光州、丽水等地。"
    coming = extract_text(page + "代表团定于4日结束访问回国。", ner=False)
    assert [d.start for d in coming.dates if d.text == "4日"] == ["2006-11-04"]
    told = extract_text(page + "此前，代表团28日前往光州。", ner=False)
    assert [d.start for d in told.dates if d.text == "28日"] == ["2006-10-28"]
    year_end = extract_text("2006年12月31日\n\n代表团于12月30日抵达韩国。代表团定于2日结束访问回国。", ner=False)
    assert [d.start for d in year_end.dates if d.text == "2日"] == ["2007-01-02"]
    # (a day to come after the page's day stays in the month told: the team leaves the day before the forum)
    ahead = extract_text("发布日期：2016-11-15\n\n论坛将于11月22日至23日在泉州举行。团队预定21日上午出发。", ner=False)
    assert [d.start for d in ahead.dates if d.text == "21日上午"] == ["2016-11-21"]


def test_a_run_of_days_to_come_already_under_way_keeps_the_pages_year() -> None:
    """将于7月9日至8月3日 on a page of 2018-07-10: the run is to come by its end, under way — 2018, not the next year;
    a run into the next year (12月30日至1月2日) is read by its start."""
    text = "发布时间：2018-07-10\n30名澳门大学生将于7月9日至8月3日在我市实习。\n"
    got = {d.text: (d.start, d.end) for d in extract_text(text, ner=False).dates}
    assert got["7月9日至8月3日"] == ("2018-07-09", "2018-08-03")


def test_a_promised_speed_of_delivery_is_no_day() -> None:
    """“当天到县、隔天到乡”: how fast mail goes, no day of the text (rules/date_words.tsv ``notday``)."""
    page = "日期：2008-04-10\n4月8日，两县邮政局签订协作协议。双方承诺邮件做到“当天到县、隔天到乡”。\n"
    got = [d.text for d in extract_text(page, ner=False).dates]
    assert not {"当天", "隔天"} & set(got) and "4月8日" in got


def test_an_anniversary_whose_year_a_later_sentence_tells_dates_an_undated_page() -> None:
    """今年是…到达会宁80周年。…1936年10月，红军三大主力在会宁会师 on a page of no date: the content's year is 2016, and
    今年/明年 count from it, not from the year of history written last."""
    page = (
        "会宁静宁两县签订红色旅游合作协议\n"
        "　　今年是红军长征胜利会师80周年。10月20日，会宁·静宁红色旅游合作座谈会在会宁县召开。\n"
        "　　1936年10月，红军长征胜利会师于会宁，结束了长征。两县今年1至9月共接待游客三百万人次，明年5月将联合举办红色旅游节。\n"
    )
    got = {d.text: (d.start, d.end) for d in extract_text(page, ner=False).dates}
    assert got["10月20日"] == ("2016-10-20", "2016-10-20")
    assert got["明年5月"][0] == "2017-05-01"


def test_a_count_of_days_a_visit_is_undertaken_for_is_no_day() -> None:
    """抵港展开三日访问 (rules/date_words.tsv trip): three days of a visit a verb of undertaking opens, no 3rd of the
    month."""
    rec = extract_text("标题\n2023-04-19　来源：星岛日报\n代表团一行十人，前日（17日）抵港展开三日访问。\n", ner=False)
    assert [d.start for d in rec.dates if d.text == "三日"] == []


def test_a_month_of_every_years_climate_is_no_date() -> None:
    """六盘水7月平均气温仅19.7℃, 1月份平均气温: a month before a climate's normal (rules/date_words.tsv ``notmonth``) is
    the month of every year, no date; 今年7月 beside it is one."""
    rec = extract_text("标题\n今年7月，两市签署协议。北海1月平均气温在14℃以上，1月份平均气温为5℃，3月平均降水量较多。\n", ner=False)
    assert [d.text for d in rec.dates] == ["今年7月"]


def test_an_anniversary_this_year_falls_on_pins_an_undated_pages_year() -> None:
    """两县自1998年结为友好县以来…今年恰逢两县结好十周年: this year falls on the tenth anniversary (恰逢, as 今年是) of a
    pairing the text dates — 2008 for an undated page's days."""
    rec = extract_text(
        "两县签订渔业合作协议\n　　7月14日至15日，东山县考察团到长海县考察。两县自1998年结为友好县以来开展了多次交流，"
        "今年恰逢两县结好十周年。\n",
        ner=False,
    )
    assert rec.dates[0].start == "2008-07-14" and rec.dates[0].year_certain


def test_a_lone_day_told_done_after_a_day_still_to_come_is_of_the_pages_month() -> None:
    """A lone day told done in a later sentence after a day still to come (自9月1日起), on a page of 8月20日: the day of
    the page's month before it, not the coming day's month; a lone day listed with the coming one keeps its month."""
    pub = date(2022, 8, 20)
    text = (
        "8月19日，两县签订人才合作协议。按照协议，自9月1日起互认职称。12日上午，两地人社部门召开对接会，"
        "就协议文本达成一致。"
    )
    assert dict((t, s) for t, s, _ in _days(text, pub))["12日上午"] == "2022-08-12"
    listed = "8月19日，两县签订协议。两县商定于10月5日在南宁、8日在柳州联合举办招聘会。"
    assert dict((t, s) for t, s, _ in _days(listed, pub))["8日"] == "2022-10-08"


def test_a_day_after_a_future_word_but_told_done_keeps_the_pages_year() -> None:
    """将在9月12日至13日已互派专班的基础上 on a page of 9月15日: the future word is the clause's, the days are told done
    (已 right after them) — this year's, not the next; a day to come stays the next year's."""
    pub = date(2021, 9, 15)
    done = "根据协议，两市将在9月12日至13日已互派专班的基础上，每日交换协查信息。"
    assert dict((t, s) for t, s, _ in _days(done, pub))["9月12日至13日"] == "2021-09-12"
    coming = "两市将于9月12日至13日举办下一届联席会议。"
    assert dict((t, s) for t, s, _ in _days(coming, pub))["9月12日至13日"] == "2022-09-12"


def test_a_lone_day_to_come_after_the_reports_dateline_is_of_its_month() -> None:
    """本报北海5月20日电…将于21日前往南宁 on a page of 5月22日: the day to come is after the report's own day (its
    dateline's), so the 21st of May — not of June, as it would be were the page's day the report's."""
    text = "本报北海5月20日电　5月19日至20日，代表团在北海考察。代表团一行还参观了港区，并将于21日前往南宁。"
    assert dict((t, s) for t, s, _ in _days(text, date(2009, 5, 22)))["21日"] == "2009-05-21"
