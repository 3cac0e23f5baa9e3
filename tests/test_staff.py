"""Staff: journalists, photographers and editors from bylines and credits (RECORD.md ``staff``)."""

from __future__ import annotations

import pytest

from extract import extract_text
from extract.extractors.staff import extract_staff


def test_bylines_as_hong_kong_and_mainland_papers_write_them() -> None:
    def staff(text: str) -> dict[str, list[str]]:
        return {m.name: list(m.roles) for m in extract_staff(text)[0]}

    # a place before 报道 says where the report was written
    assert staff("【本报讯】记者 何嘉琪 广州报道　粤港合作会议昨日举行。") == {"何嘉琪": ["记者"]}
    # an outlet glued before the label
    assert staff("　　橙新闻记者林小雨报道：深港会议昨日举行。") == {"林小雨": ["记者"]}
    # a transliterated name's parts set apart by a dot, in a dateline's byline
    assert staff("　　本报阿克苏5月8日电　记者阿不都热依木·买买提、王建新报道：两地区协作会议召开。") == {
        "阿不都热依木·买买提": ["记者"], "王建新": ["记者"]}  # fmt: skip
    # 文/图 after labelled names credits both; 摄 after a labelled name the photo only
    assert staff("（记者 吴海燕 周立新 文/图）5日上午，两市会议召开。") == {
        "吴海燕": ["记者", "摄影"], "周立新": ["记者", "摄影"]}  # fmt: skip
    assert staff("（本报记者 陈一鸣 摄）") == {"陈一鸣": ["摄影"]}
    # an office as the author is no person
    assert staff("作者：县政府办公室　　来源：某某日报") == {}


@pytest.mark.parametrize(
    ("credits", "expected"),
    [
        ("林佳慧／摄影", {"林佳慧": ["摄影"]}),  # a Taiwan page's photo credit: the name, a slash, the label
        ("　　〖编辑：郑晓岚〗", {"郑晓岚": ["编辑"]}),  # an old portal's credit in 〖〗
        ("本版编辑：符雅婷    检校：王宏达", {"符雅婷": ["编辑"], "王宏达": ["编辑"]}),  # a paper's proof-checker
        # a department's office before the labels, in brackets at the text's end
        ("（厅办公室　文/周晓敏　图/何立新）", {"周晓敏": ["记者"], "何立新": ["摄影"]}),
        ("（地区经济处　文/孙倩倩）", {"孙倩倩": ["记者"]}),
        # a bar after the label and a Yi name of four characters (minority_name_chars.txt)
        ("图丨阿苏拉则\n编辑丨莫晓燕", {"阿苏拉则": ["摄影"], "莫晓燕": ["编辑"]}),
    ],
)
def test_credit_lines_after_the_text_as_old_portals_and_taiwan_papers_write_them(
    credits: str, expected: dict[str, list[str]]
) -> None:
    text = f"两县旅游协作会议召开\n　　3月12日，两县旅游协作会议在县城召开，双方签署了合作协议。\n{credits}\n"
    rec = extract_text(text, ner=False)
    assert {m.name: list(m.roles) for m in rec.staff} == expected and rec.officials == []


def test_a_sites_editor_label_markdown_bold_marks_and_what_a_journalist_did() -> None:
    from extract.text.normalize import normalize_text

    def staff(text: str) -> dict[str, list[str]]:
        return {m.name: list(m.roles) for m in extract_staff(text)[0]}

    assert staff("（本网编辑：龚丽　校对：马文博）") == {"龚丽": ["编辑"], "马文博": ["编辑"]}
    assert staff(normalize_text("标题\n正文。\n**责任编辑：** 胡海涛\n").body) == {"胡海涛": ["编辑"]}
    assert staff("　　（本报记者 葛晓丽 整理）") == {"葛晓丽": ["记者"]}


def test_a_date_line_with_a_byline_and_the_place_it_was_filed_from() -> None:
    from datetime import date

    from extract.extractors.meta import find_publish_date

    text = "某某日报　地方新闻\n两县签署观光合作备忘录\n2015-07-15　记者 林小芸／花莲报导\n　　两县昨（14）日在花莲召开会议。"
    assert {m.name: list(m.roles) for m in extract_staff(text)[0]} == {"林小芸": ["记者"]}
    assert find_publish_date(text)[0] == date(2015, 7, 15)  # type: ignore[index]


def test_where_a_taiwan_byline_was_written_is_no_name() -> None:
    """〔記者X∕Y報導〕: Y (here 马祖, no unit's name) is where it was written, after any slash (∕ too)."""
    from extract import extract_text

    for text in ("〔記者王仁杰∕馬祖報導〕連江縣政府與福州市昨（3）日舉行座談會。",
                 "【聯合報／記者王仁杰／馬祖報導】連江縣政府與福州市昨（3）日舉行座談會。"):  # fmt: skip
        assert [(p.name, p.roles) for p in extract_text(text, ner=False).staff] == [("王仁杰", ["记者"])]


def test_a_photo_credit_glued_to_the_name_in_brackets() -> None:
    """（郑嘉欣摄） closing a caption credits the photographer, as （郑嘉欣 摄） does."""
    from extract import extract_text

    text = "两区签署合作备忘录。\n（明报记者　郑嘉欣）\n图：代表团与官员合照。（郑嘉欣摄）\n"
    assert [(p.name, p.roles) for p in extract_text(text, ner=False).staff] == [("郑嘉欣", ["记者", "摄影"])]


def _real_texts() -> list[str]:
    """The sample articles and the held-out articles of the repository, normalized."""
    from pathlib import Path

    from extract.text.decode import decode
    from extract.text.normalize import normalize_text

    root = Path(__file__).resolve().parent.parent
    paths = sorted((root / "data" / "raw").glob("*.txt")) + sorted(root.glob("bench/heldout*/articles/*.txt"))
    return [normalize_text(decode(p.read_bytes())[0]).body for p in paths]


def test_the_reported_bylines_are_those_the_searched_pattern_finds() -> None:
    from extract.extractors.namelex import matches_after
    from extract.extractors.staff import _opens_byline, _reported, _res

    texts = [
        *_real_texts(),
        "【本报讯】记者陈嘉欣报道：深港会议。点新闻记者李嘉欣报道，粤港会议。",
        "中国新闻网客户端记者王强报道 会议。记者记者 张三 报道。",
        "香港商报讯（记者黄小明／深圳报导）会议。本报记者王强、李明报道",
    ]
    found = 0
    for text in texts:
        want = [m.span() for m in matches_after(_res()["reported"], text, _opens_byline)]
        assert [m.span() for m in _reported(text)] == want
        found += len(want)
    assert found >= 10


def test_a_line_without_a_journalist_opens_a_credit_as_the_full_pattern_reads_it() -> None:
    from extract.extractors.staff import _res

    lines = [line for text in _real_texts() for line in text.split("\n") if "记者" not in line]
    lines += ["编辑：秋菊", "■ 文/图 钱程", "责任编辑 王五", "新华社 摄影 李四", "图/佛山日报通讯员 戴伟健"]
    full, plain = _res()["line_start"], _res()["line_start_plain"]
    assert [bool(full.match(line)) for line in lines] == [bool(plain.match(line)) for line in lines]
    assert [m.group() for line in lines if (m := full.match(line))] == [
        m.group() for line in lines if (m := plain.match(line))
    ]
    assert sum(bool(full.match(line)) for line in lines) >= 5


def test_brackets_and_bare_bylines_tried_where_they_open_are_those_searched() -> None:
    from extract.extractors.namelex import first_matches, matches_at, places
    from extract.extractors.staff import _OPENING, _res

    texts = [
        *_real_texts(),
        "新华社南宁5月3日电 （韦小明）两市签署协议。（朱宇）\n本报讯（林海）【记者 王五】〔图〕[编辑 李四]",
        "(记者:孙飞 摄影:王振)((嵌套)) 讯 (甲乙) 日电(丙丁)",
    ]
    paren, bare = _res()["paren"], (_res()["bare"], _res()["bare_closing"])
    found = 0
    for text in texts:
        want = [m.span() for m in paren.finditer(text)]
        assert [m.span() for m in matches_at((paren,), text, places(text, _OPENING))] == want
        found += len(want)
        want = [(m.span(), m.re.pattern) for m in first_matches(bare, text)]
        got = matches_at(bare, text, places(text, ("日电", "讯", "（", "(")))
        assert [(m.span(), m.re.pattern) for m in got] == want
        found += len(want)
    assert found >= 100


def test_where_a_lead_byline_was_written_glued_to_the_name() -> None:
    """【大公报讯】记者周晓岚南京报道：… names 周晓岚; 南京 is where the report was written."""
    from extract import extract_text

    text = "【大公报讯】记者周晓岚南京报道：苏港合作联席会议昨日以视频连线方式举行。"
    assert [(p.name, p.roles) for p in extract_text(text, ner=False).staff] == [("周晓岚", ["记者"])]


def test_an_outlet_a_space_before_the_label_of_a_byline_line() -> None:
    """潮新闻客户端 记者 沈佳怡 通讯员 钱晓峰: a news app's byline line (the outlet set apart by a space)."""
    from extract import extract_text

    text = "长三角城市经济协调会召开\n潮新闻客户端 记者 沈佳怡 通讯员 钱晓峰\n2024-04-26 19:12\n4月25日，会议在湖州举行。"
    assert [(p.name, p.roles) for p in extract_text(text, ner=False).staff] == [("沈佳怡", ["记者"]), ("钱晓峰", ["记者"])]


def test_a_captions_photo_credit_glued_after_its_sentence() -> None:
    """▲…会见传媒。记者陈伟豪摄: the photographer, after the caption's sentence."""
    from extract import extract_text

    text = "两地签署协议。\n▲何卓文（右）与陈世华在会后会见传媒。记者陈伟豪摄\n"
    assert [(p.name, p.roles) for p in extract_text(text, ner=False).staff] == [("陈伟豪", ["摄影"])]


def test_a_closing_bracket_ends_a_credits_name() -> None:
    """（中央社供稿 ／ 编辑：李佩珊）: the editor is 李佩珊, the bracket no part of the name."""
    from extract import extract_text

    text = "两县签署合作备忘录。\n（中央社供稿 ／ 编辑：李佩珊）\n"
    assert [(p.name, p.roles) for p in extract_text(text, ner=False).staff] == [("李佩珊", ["编辑"])]


def test_credits_after_the_pages_stamp_on_their_line() -> None:
    """2023/10/13 17:20　文／記者 X　圖／記者 Y: the stamp first, then the credits."""
    from extract import extract_text

    rec = extract_text("兩縣市簽署協議\n2023/10/13 17:20　文／記者 林雅文　圖／記者 陳志豪\n台中市與苗栗縣簽署協議。\n", ner=False)
    assert [(s.name, s.roles) for s in rec.staff] == [("林雅文", ["记者"]), ("陈志豪", ["记者", "摄影"])]


def test_an_e_papers_page_editor_label() -> None:
    from extract import extract_text

    rec = extract_text("两市签署协议\n正文。\n本版责任编辑：顾晓萍　　校对：陆文\n", ner=False)
    assert [(s.name, s.roles) for s in rec.staff] == [("顾晓萍", ["编辑"]), ("陆文", ["编辑"])]


def test_an_outlet_beside_the_byline_is_no_person() -> None:
    from extract import extract_text

    rec = extract_text("两市联合发布行动计划\n川观新闻记者 邓雨桐 2022-09-19 10:26 四川日报全媒体\n上周五，论坛举行。\n", ner=False)
    assert [s.name for s in rec.staff] == ["邓雨桐"]


def test_taiwan_papers_bylines_and_photo_credits() -> None:
    """A Taiwan paper's byline without its label (中國時報　謝佩珊／嘉義報導) and a photo credit with
    a slash before its label (記者黃正忠／攝影): journalists, and the outlet on the stamp line."""
    from extract import extract_text

    page = (
        "嘉義縣參訪團赴漳州\n2014年05月26日 04:10　中國時報　謝佩珊／嘉義報導\n"
        "嘉義縣長林振雄率領的參訪團抵達福建漳州，與漳州市長舉行座談會。\n"
        "林振雄（右）與漳州市長握手。記者黃正忠／攝影\n"
    )
    rec = extract_text(page, ner=False)
    assert {(p.name, tuple(p.roles)) for p in rec.staff} == {("谢佩珊", ("记者",)), ("黄正忠", ("摄影",))}
    assert rec.source == "中国时报"
    # a label on the stamp line is no outlet
    labelled = "標題\n2015/03/12　記者 林小明／屏東報導\n屏東縣與臺東縣簽署合作備忘錄。\n"
    assert extract_text(labelled, ner=False).source is None


def test_a_bracketed_credit_with_the_outlet_or_office_apart_from_its_label() -> None:
    """（华池县广播电视台 记者 马晓琴 通讯员 任志宏）, （县卫健委 通讯员 汪洁 储丹丹）: the names are staff."""
    staff, _ = extract_staff("座谈会召开。\n（华池县广播电视台 记者 马晓琴 通讯员 任志宏）\n（县卫健委 通讯员 汪洁 储丹丹）\n")
    assert [p.name for p in staff] == ["马晓琴", "任志宏", "汪洁", "储丹丹"]


def test_an_interviews_questions_and_a_note_of_help_are_no_credits() -> None:
    """记者：…？ is the interviewer's question; （通讯员 彭小军 对本文亦有贡献） credits 彭小军 only."""
    staff, _ = extract_staff("记者：进入过渡期，两地协作有哪些变化？\n龙晓峰：变化很大。\n（通讯员 彭小军 对本文亦有贡献）\n")
    assert [p.name for p in staff] == ["彭小军"]


def test_a_papers_editor_credited_as_such_and_a_gathering_verb_is_no_name() -> None:
    """（本报编辑 魏佳）: an editor; 负责人齐聚茶都: 齐聚 opens no name."""
    staff, _ = extract_staff("会议召开。\n（本报编辑 魏佳）\n")
    assert [(p.name, p.roles) for p in staff] == [("魏佳", ["编辑"])]
    from extract import extract_text

    rec = extract_text("来自25个城市的党政负责同志和有关部门负责人齐聚茶都，共商流域生态保护。", ner=False)
    assert rec.officials == []


def test_two_three_character_names_apart_by_a_space_in_a_byline() -> None:
    """（记者 钟文华 李梓涵 通讯员 曾宪明）: 文 inside 钟文华 is no label, so 华 李 is no padded name."""
    from extract import extract_text

    rec = extract_text("标题\n本报讯（记者 钟文华 李梓涵 通讯员 曾宪明）11月6日，代表团赴赣州考察。", ner=False)
    assert [p.name for p in rec.staff] == ["钟文华", "李梓涵", "曾宪明"]


def test_an_agency_dateline_with_a_place_the_gazetteer_does_not_hold() -> None:
    """中央社記者林佩瑜板橋5日電, …王明東京5日電: the place a report was filed from may be a Taiwan township
    or a city abroad (no unit of the gazetteer): the name ends before the longest tail that is a word
    (板桥, 东京), else after a surname and two characters."""
    from extract import extract_text

    def staff_of(text: str) -> list[str]:
        return [s.name for s in extract_text(text, ner=False).staff]

    assert staff_of("（中央社記者林佩瑜板橋5日電）台北縣政府與新竹縣政府今天簽署觀光合作協議。") == ["林佩瑜"]
    assert staff_of("（中央社記者王明東京5日電）台日城市交流會今天舉行。") == ["王明"]


def test_a_text_size_bar_under_another_name_is_no_byline() -> None:
    """文字　大　中　小　　列印　分享 (a Macau government page's text-size bar): furniture, no 文 credit."""
    from extract import extract_text

    page = "澳門茂名經貿合作交流會在茂名舉行\n發佈日期：2019年5月22日　來源：新聞局\n文字　大　中　小　　列印　分享\n\n　　本月21日，交流會在茂名市舉行。\n"
    assert extract_text(page, ner=False).staff == []


def _roles(text: str) -> dict[str, list[str]]:
    return {s.name: s.roles for s in extract_staff(text)[0]}


def test_a_contributors_credit_after_the_names_and_a_byline_after_the_source_field() -> None:
    """（乌云　刘向东　来稿）credits both names (no caption before them to cut off, as before 摄); a
    stamp's line with the source's field before the byline (来源：临沂日报　记者 庄晓丽 杜文涛)."""
    assert _roles("两盟召开联席会议。（乌云　刘向东　来稿）") == {"乌云": ["记者"], "刘向东": ["记者"]}
    line = "2018-11-09 07:50　来源：临沂日报　记者 庄晓丽 杜文涛\n　　本报讯 11月8日，鲁南四市联席会议在临沂召开。"
    assert _roles(line) == {"庄晓丽": ["记者"], "杜文涛": ["记者"]}
    assert _roles("图为会议现场。王华 摄") == {"王华": ["摄影"]}


def test_a_share_bar_or_a_bar_of_page_controls_beside_a_credit() -> None:
    """The names after 分享到： are the widget's (腾讯微博 人人网), and a credit after 【打印】【关闭】 is one:
    the bar is furniture, the credit on its line is kept (furniture._has_credit_value)."""
    from extract import extract_text

    def credited(line: str) -> dict[str, list[str]]:
        rec = extract_text(f"两市合作座谈会召开\n{line}\n　　3月12日，龙岩市与漳州市在龙岩召开区域合作座谈会。", ner=False)
        return {s.name: s.roles for s in rec.staff}

    assert credited("来源：闽西日报　　作者：温长明　　【字体：大 中 小】　　分享到：新浪微博 腾讯微博 QQ空间 人人网") == {
        "温长明": ["记者"]
    }
    assert credited("【打印】【关闭】　　责任编辑：王晓静") == {"王晓静": ["编辑"]}
    assert credited("本版责任编辑：梁小雯　　　澳门日报 版权所有 不得转载") == {"梁小雯": ["编辑"]}


def test_an_outlet_whose_name_joins_two_with_a_dot_before_the_reporter() -> None:
    """（新甘肃·甘肃日报记者 杨雪梅 通讯员 马文斌）: both credited."""
    assert _roles("每日甘肃网讯（新甘肃·甘肃日报记者 杨雪梅 通讯员 马文斌）5月17日，座谈会召开。") == {
        "杨雪梅": ["记者"],
        "马文斌": ["记者"],
    }


def test_a_page_editors_proofreader_and_a_photo_label_after_a_caption() -> None:
    """本版校对：郑敏 (rules/staff_labels.tsv); 图片说明：座谈会现场　摄影　胡　冰 (the label before the padded
    name, after the caption)."""
    assert _roles("本版编辑：龙晓岚\n本版校对：郑敏\n") == {"龙晓岚": ["编辑"], "郑敏": ["编辑"]}
    from extract import extract_text

    rec = extract_text("两地签署协议\n　　图片说明：座谈会现场　摄影　胡　冰\n　　8月19日，两地召开座谈会。", ner=False)
    assert {s.name: s.roles for s in rec.staff} == {"胡冰": ["摄影"]}


def test_a_sections_heading_beside_a_credits_label_is_no_credit() -> None:
    """图片新闻 (a sidebar's heading): 图片 is no photo credit of 新闻 (rules/page_labels.txt)."""
    assert _roles("图片新闻\n鸠兹广场夜景\n") == {}


def test_text_and_photo_credits_with_a_slash_inside_a_pages_stamp() -> None:
    """来源：县政府办　文/崔景涛　图/鲍丽娟　浏览次数：412: the credits after the stamp's source field."""
    line = "两县签署合作协议\n发布时间：2015-06-13　来源：县政府办　文/崔景涛　图/鲍丽娟　浏览次数：412\n正文。\n"
    got = {p.name: list(p.roles) for p in extract_staff(line)[0]}
    assert got == {"崔景涛": ["记者"], "鲍丽娟": ["摄影"]}


def test_a_byline_with_where_and_when_it_was_filed_after_the_name() -> None:
    """【大公報訊】記者程曉嵐北京十六日電：, 新华社记者X、Y北京3月5日电: the names before the dateline; a
    dateline opening the next line (作者：记者 杨晓光 / 本报阿里8月6日电) adds no 本报."""
    text = "京港会议举行\n　　【大公报讯】记者程晓岚北京十六日电：京港经贸合作会议第三次会议昨日在北京举行。"
    assert {s.name: s.roles for s in extract_text(text, ner=False).staff} == {"程晓岚": ["记者"]}
    text = "京港会议举行\n新华社记者程晓岚、李明北京3月5日电　会议举行。"
    assert {s.name for s in extract_text(text, ner=False).staff} == {"程晓岚", "李明"}
    text = "会议举行\n来源：河北日报　　作者：记者 杨晓光\n本报阿里8月6日电　8月5日，代表团抵达。"
    assert {s.name for s in extract_text(text, ner=False).staff} == {"杨晓光"}


def test_a_government_pages_text_size_print_and_mail_buttons_are_no_staff() -> None:
    """文字大小　列印　電郵 under a Hong Kong release's header: 文字 is no writer's credit there."""
    text = "香港特別行政區政府 新聞公報\n文字大小　　列印　　電郵\n\n川港合作會議在成都舉行\n　　會議今日舉行。"
    assert extract_text(text, ner=False).staff == []


def test_a_database_records_bracketed_author_field() -> None:
    text = (
        "甘孜凉山两州签订经济技术协作协议\n【作者】本报记者 岳明川　本报通讯员 泽仁多吉\n【来源】四川日报\n"
        "【日期】1996-08-15\n【正文】\n本报讯　8月12日至13日，甘孜州、凉山州经济技术协作联席会议在西昌市召开。\n"
    )
    rec = extract_text(text, ner=False)
    assert {s.name: s.roles for s in rec.staff} == {"岳明川": ["记者"], "泽仁多吉": ["记者"]}
    rec2 = extract_text(text.replace("本报记者 岳明川　本报通讯员 泽仁多吉", "岳明川"), ner=False)
    assert {s.name for s in rec2.staff} == {"岳明川"}


def test_a_reporter_the_text_names_as_the_one_who_learnt_it() -> None:
    text = "两市合作座谈会召开\n会后，记者林晓燕从宁德市港口管理局获悉，两市港口部门将联合举办推介会。本报记者从市发改委获悉，项目进展顺利。"
    rec = extract_text(text, ner=False)
    assert {s.name: s.roles for s in rec.staff} == {"林晓燕": ["记者"]}
    assert "林晓燕" not in {o.name for o in rec.officials}
    later = extract_text("两市合作座谈会召开\n会后，记者昨天从市港口管理局获悉，两市将联合举办推介会。", ner=False)
    assert later.staff == []  # (the day, no name)


def test_what_a_photo_shows_after_its_label_is_no_name() -> None:
    text = "两市合作座谈会召开\n图：座谈会现场　记者 原晓军 摄\n　　座谈会上，两市签署了合作协议。"
    assert {s.name: s.roles for s in extract_text(text, ner=False).staff} == {"原晓军": ["摄影"]}


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("来源：湄洲日报　　时间：2025-12-06 07:58　　记者 黄清 通讯员 方振宇", ["黄清", "方振宇"]),  # the time's field
        ("衢州日报 2024-03-16 06:40 记者 徐晨阳 通讯员 邵可欣", ["徐晨阳", "邵可欣"]),  # the outlet before the stamp
        ("本版编辑：冯嘉琪　　美术编辑：郑伟文", ["冯嘉琪", "郑伟文"]),  # an art editor (staff_labels.tsv)
        ("大众网·海报新闻记者 崔晓林 潍坊报道", ["崔晓林"]),  # an outlet and its channel glued to the label
        ("（原载《松原日报》2009年6月12日第1版　记者 石立新 赵美玲）", ["石立新", "赵美玲"]),  # a reprint's note
    ],
)
def test_credits_after_a_pages_stamp_fields(line: str, names: list[str]) -> None:
    """A portal's stamp fields (来源：X, 时间：Y, or the outlet and its date) before the credits on their
    line are passed over: the credits after them are read."""
    text = f"两市合作座谈会召开\n{line}\n　　3月12日，龙岩市与漳州市在龙岩召开区域合作座谈会。"
    assert [s.name for s in extract_text(text, ner=False).staff] == names


def test_a_word_in_a_credit_slot_before_the_next_label_is_a_name() -> None:
    """编辑 | 叶子　审核 | 王可欣: 叶子 (a word, a pen name) stands between a label's bar and the next label's — a
    credit; a navigation bar (首页 | 图片 | 直播) has no such slot."""
    rec = extract_text("两市召开联席会议。\n编辑 | 叶子　审核 | 王可欣　监制 | 林海涛\n首页 | 图片 | 直播 | 视频", ner=False)
    assert {s.name: s.roles for s in rec.staff} == {"叶子": ["编辑"], "王可欣": ["编辑"], "林海涛": ["编辑"]}


def test_credits_that_say_how_someone_helped_or_name_an_office_or_where_it_was_written() -> None:
    """（本报通讯员 申建国 参与采写）, （本报记者　田文娟　根据录音整理）: how they took part, no second name; 作者：县政府办
    梁春: an office, no person; 记者于丹河源报道: the name, then where it was written."""
    text = (
        "作者：县政府办 梁春　　来源：定南县人民政府网\n【大公报讯】记者于丹河源报道：代表团昨日抵达河源。\n"
        "两市签署合作协议。\n（本报通讯员 申建国 参与采写）\n（本报记者　田文娟　根据录音整理）\n"
    )
    assert sorted(s.name for s in extract_text(text, ner=False).staff) == sorted(["梁春", "于丹", "申建国", "田文娟"])


def test_words_and_photos_label_before_the_pages_next_field() -> None:
    """作者：记者 吴晓梅 文/图　点击数：2147: the page's next field after 文/图 is no value of it — the label credits the
    name before it with the words and the photos."""
    rec = extract_text("时间：2018-06-29 09:15:02　来源：昭通日报　作者：记者 吴晓梅 文/图　点击数：2147\n两市签署协议。", ner=False)
    assert {s.name: s.roles for s in rec.staff} == {"吴晓梅": ["记者", "摄影"]}


def test_words_and_photos_label_before_a_pages_font_bar() -> None:
    """作者：记者 马振华 文/图　　　【大 中 小】: the page's font bar after 文/图 is no value of it either."""
    rec = extract_text("发布日期：2014-08-22　　来源：固原日报　　作者：记者 马振华 文/图　　　【大 中 小】\n两市签署协议。", ner=False)
    assert {s.name: s.roles for s in rec.staff} == {"马振华": ["记者", "摄影"]}


def test_a_reporters_label_glued_to_the_outlet_in_the_source_field() -> None:
    """来源：遂宁日报全媒体记者 唐晓芸 文/图: the outlet ends where the reporter's label begins — the source is the
    paper, the reporter is staff with words and photos."""
    rec = extract_text("两市签约\n来源：遂宁日报全媒体记者 唐晓芸 文/图\n\n今天上午，两市签署协议。", ner=False)
    assert rec.source == "遂宁日报"
    assert {s.name: s.roles for s in rec.staff} == {"唐晓芸": ["记者", "摄影"]}


def test_a_county_media_centres_reporter_label() -> None:
    """融媒记者：包乌日娜　张宏宇 (a county media centre's 融媒记者, and 全媒记者): reporters, as 融媒体记者 is."""
    rec = extract_text("两旗签约\n融媒记者：包乌日娜　张宏宇\n\n今天上午，两旗签署协议。", ner=False)
    assert {s.name: s.roles for s in rec.staff} == {"包乌日娜": ["记者"], "张宏宇": ["记者"]}


def test_a_media_centres_byline_without_a_label() -> None:
    """荔波县融媒体中心 覃丽萍 莫　帆 alone on a line under the stamp: the centre's reporters; a footer's 某某县广播电视台
    版权所有 names nobody."""
    page = (
        "两县旅游合作座谈会召开\n发布时间：2020-09-25 16:40　来源：荔波县融媒体中心\n\n荔波县融媒体中心 覃丽萍 莫　帆\n\n"
        "9月24日，两县旅游合作座谈会在环江县召开。\n\n荔波县广播电视台 版权所有\n"
    )
    staff = {s.name: s.roles for s in extract_text(page, ner=False).staff}
    assert staff == {"覃丽萍": ["记者"], "莫帆": ["记者"]}


def test_a_hong_kong_lead_byline_with_a_second_label_and_the_place_glued() -> None:
    """【大公报讯】记者石磊、实习记者赵婷石家庄报道：…: both reporters, the place where they filed no part of a name."""
    staff = {s.name: s.roles for s in extract_staff("【大公报讯】记者石磊、实习记者赵婷石家庄报道：由河北省人民政府主办的洽谈会昨日开幕。")[0]}
    assert staff == {"石磊": ["记者"], "赵婷": ["记者"]}


def test_a_captions_credit_glued_to_the_name_after_its_sentence() -> None:
    """桂林市代表团在港举行文旅合作推介会。何嘉敏摄 under 记者 何嘉敏: reporter and photographer; 会议现场。进行拍摄 names nobody."""
    staff = {s.name: s.roles for s in extract_staff("记者 何嘉敏\n桂林市代表团在港举行文旅合作推介会。何嘉敏摄\n")[0]}
    assert staff == {"何嘉敏": ["记者", "摄影"]}
    assert extract_staff("会议现场。进行拍摄\n")[0] == []


def test_a_pages_author_field_holding_slashed_credits() -> None:
    """作者：文/图 王五: the credits the value spells out (text and picture) win over the page's author field."""
    rec = extract_text("发布时间：2019-04-18　作者：文/图 王小明　来源：江海日报\n两市签署协议。", ner=False)
    assert {p.name: sorted(p.roles) for p in rec.staff} == {"王小明": ["摄影", "记者"]}
    rec = extract_text("发布时间：2019-04-18　作者：王小明　来源：江海日报\n两市签署协议。", ner=False)
    assert {p.name: sorted(p.roles) for p in rec.staff} == {"王小明": ["记者"]}


def test_a_records_credit_field_after_another_field_on_its_line() -> None:
    """【字数】768　【责任编辑】侯建新: a database record's fields on one line — the editor's field credits him."""
    rec = extract_text("两市签署协议。\n【字数】768　【责任编辑】侯建新\n", ner=False)
    assert {p.name: p.roles for p in rec.staff} == {"侯建新": ["编辑"]}
    assert extract_text("两市签署协议。\n【字数】768　【分类】经济协作\n", ner=False).staff == []


def test_credits_a_hard_wrap_broke() -> None:
    """校对：| 赵文博 (the label ends its line), （本报记者　卢文彬　通讯员 | 齐国栋　邵红岩） (a bracketed byline goes on
    to the next line, where it closes): each read whole."""
    rec = extract_text("两市签署协议。\n本版编辑：郭丽娜　　校对：\n赵文博\n", ner=False)
    assert {p.name: p.roles for p in rec.staff} == {"郭丽娜": ["编辑"], "赵文博": ["编辑"]}
    # (an e-paper's footer under the story: the name line is no furniture)
    foot = "本版其他新闻\n·我市夏粮收购工作全面展开\n本版编辑：郭丽娜　　校对：\n赵文博\n上一篇　　下一篇　　返回目录\n"
    rec = extract_text("两市签署协议。\n" + foot, ner=False)
    assert {p.name for p in rec.staff} == {"郭丽娜", "赵文博"}
    rec = extract_text("两市签署协议。\n（本报记者　卢文彬　通讯员\n齐国栋　邵红岩）\n", ner=False)
    assert {p.name for p in rec.staff} == {"卢文彬", "齐国栋", "邵红岩"}


def test_a_wechat_credit_block_with_dotted_names_after_bars() -> None:
    """视频｜阿迪力江·艾尼, 审核｜麦尔哈巴·吐尔逊: a name of two parts and a dot after a label's bar is credited as the
    plain names are (a navigation bar of words still credits no one)."""
    from extract.extractors.staff import extract_staff

    block = "文字｜李娜\n图片｜王宁\n视频｜阿迪力江·艾尼\n编辑｜赵雪\n审核｜麦尔哈巴·吐尔逊\n监制｜刘建军\n"
    got = {s.name: s.roles for s in extract_staff(block)[0]}
    assert got["阿迪力江·艾尼"] == ["摄影"] and got["麦尔哈巴·吐尔逊"] == ["编辑"] and len(got) == 6
    assert extract_staff("首页 | 新闻 | 图片 | 视频\n")[0] == []


def test_a_sites_name_after_a_credit_is_no_one() -> None:
    """責任編輯：林曉東　　　　文匯網 wenweipo.com: the e-paper's name after the editor's credit credits no one."""
    from extract.extractors.staff import extract_staff

    got = [s.name for s in extract_staff("责任编辑：林晓东　　　　　　　　文汇网 wenweipo.com\n")[0]]
    assert got == ["林晓东"]


def test_a_letter_spaced_name_of_four_characters_in_a_credit() -> None:
    """本报记者　德 吉 央 宗　　见习记者　李　想: a Tibetan name letter-spaced in its credit is one name, as a padded two-character
    one is; single labels set apart (文 图 摄) are none."""
    from extract.extractors.staff import extract_staff

    got = {s.name: s.roles for s in extract_staff("本报记者　德 吉 央 宗　　见习记者　李　想\n")[0]}
    assert got == {"德吉央宗": ["记者"], "李想": ["记者"]}
    assert extract_staff("文 图 摄\n")[0] == []


def test_credits_set_apart_by_a_stroke_with_padded_names_and_a_numeral_given_name() -> None:
    """A WeChat post's credits 图片丨陈　晨 / 编辑丨丁　一: 丨, a stroke of the Han block, separates label and name (no
    character of a word: the pad is a name's), and 丁一 is a name (a numeral after 左/右 is a place in a photo: 左一)."""
    page = "两市合作座谈会召开\n文字丨缪思思 顾明月\n图片丨陈　晨\n编辑丨丁　一\n审核丨许　敏\n"
    got = {s.name: s.roles for s in extract_text(page, ner=False).staff}
    assert got == {"缪思思": ["记者"], "顾明月": ["记者"], "陈晨": ["摄影"], "丁一": ["编辑"], "许敏": ["编辑"]}
    caption = "两市合作座谈会召开\n图为座谈会现场（左一为市长王明）。李华 摄\n"
    assert [s.name for s in extract_text(caption, ner=False).staff] == ["李华"]


def test_a_records_bracketed_credit_field_after_its_related_records_and_a_wechat_posts_comments() -> None:
    """【责任编辑】姜　华 under a database record's 【相关记录】 list is a credit (its label in brackets); 精选留言　　写留言 opens a
    WeChat post's comments — 作者回复 credits no one."""
    page = (
        "【标题】两市结为友好城市\n【作者】本报记者 赵春生\n【正文】\n　　本报讯　8月21日，两市召开联席会议。\n"
        "【相关记录】\n·两市签订边界地区联防协议（1996-05-14）\n【关键词】合作\n【责任编辑】姜　华\n"
    )
    assert {s.name: s.roles for s in extract_text(page, ner=False).staff} == {"赵春生": ["记者"], "姜华": ["编辑"]}
    post = "两县签署合作协议\n　　7月8日，两县召开联席会议。\n编辑：王敏\n精选留言　　写留言\n皖南人家　　12\n欢迎来宁国玩\n作者回复\n谢谢关注\n"
    assert [s.name for s in extract_text(post, ner=False).staff] == ["王敏"]


def test_a_bylines_names_each_with_its_own_label_after_a_slash() -> None:
    """（通化日报记者 王丽娟/文 刘强/图）: each name's label after its slash says its craft — the photographer is no reporter
    though the byline opens with 记者."""
    text = "两市签订合作协议。\n（通化日报记者 王丽娟/文 刘强/图）\n"
    roles = {s.name: s.roles for s in extract_text(text, ner=False).staff}
    assert roles == {"王丽娟": ["记者"], "刘强": ["摄影"]}


def test_a_byline_after_the_stamps_own_label_on_its_line() -> None:
    """發稿時間：2024/05/02　記者 陳怡君／報導　瀏覽數：862 (a Taiwan paper's info bar): the byline after the stamp's own
    label (发稿时间, like 发布时间) is the reporter's."""
    text = "發稿時間：2024/05/02　記者 陳怡君／報導　瀏覽數：862\n連江縣長陳冠霖率縣府團隊赴泉州參加交流活動。\n"
    assert [(s.name, s.roles) for s in extract_text(text, ner=False).staff] == [("陈怡君", ["记者"])]


def test_a_records_spaced_author_field_credits_its_labelled_names() -> None:
    """作　者：本报记者　符惠琼　本报通讯员　王家定: a record's field whose label is spaced out to fill its column — the
    credits of its value, as under 作者：."""
    text = "标　题：三亚通什联手打造琼南旅游线\n作　者：本报记者　符惠琼　本报通讯员　王家定\n来　源：海南日报\n\n　　本报讯　两市旅游协作会议6月20日召开。\n"
    assert {s.name for s in extract_text(text, ner=False).staff} == {"符惠琼", "王家定"}


def test_credits_glued_to_their_labels_on_their_line_and_after_a_dateline() -> None:
    """记者赵卫红　通讯员李建军 (each name glued to its label), alone on its line or closing the dateline's
    (本报泰安5月11日讯　记者赵卫红　通讯员李建军): both credited."""
    lead = "\n应泰安市邀请，聊城市委副书记、市长孙伟率团来泰安考察。\n"
    for line in ("记者赵卫红　通讯员李建军", "本报泰安5月11日讯　记者赵卫红　通讯员李建军"):
        got = {s.name for s in extract_text("泰安聊城两市签订旅游合作协议\n" + line + lead, ner=False).staff}
        assert got == {"赵卫红", "李建军"}, line


def test_an_author_field_naming_an_office_short_or_a_department_is_no_person() -> None:
    """作者：市府办 (市府, a city government named short) and 作者：宣传部 (a department's name that is an ordinary word):
    offices, no staff; 作者：王建部 stays a person."""
    from extract import extract_text

    def staff(value: str) -> list[str]:
        text = f"南雄信丰两地共谋协作发展\n作者：{value}　来源：南雄市政府办公室\n11月21日，两地召开座谈会。\n"
        return [s.name for s in extract_text(text, ner=False).staff]

    assert staff("市府办") == [] and staff("宣传部") == []
    assert staff("王建部") == ["王建部"]


def test_an_outlets_journalist_after_the_slash_and_the_next_labels_credit() -> None:
    """文/阳江日报记者 谭颖　图/林浩: the outlet's journalist after 文's slash, then the photographer after 图's."""
    got = {s.name: s.roles for s in extract_text("两市签署协议。\n文/阳江日报记者 谭颖　图/林浩\n来源：阳江日报\n", ner=False).staff}
    assert got == {"谭颖": ["记者"], "林浩": ["摄影"]}


def test_a_minority_name_of_five_characters_first_in_a_reported_byline() -> None:
    """本报海拉尔7月9日电　记者乌云毕力格、通讯员张宏伟报道：a Mongolian name of five characters, then a
    correspondent with their own label: both credited (a name longer than four ended the byline's list)."""
    text = "本报海拉尔7月9日电　记者乌云毕力格、通讯员张宏伟报道：7月7日，呼伦贝尔盟与大庆市座谈会在海拉尔市举行。"
    assert {s.name for s in extract_staff(text)[0]} == {"乌云毕力格", "张宏伟"}


def test_a_portals_editor_code_after_an_underscore_is_no_part_of_the_name() -> None:
    """责任编辑：黄晓_NN2150 (a portal's code for its editor, as 163.com pages write it): the editor is 黄晓."""
    assert [(s.name, s.roles) for s in extract_staff("作者：韦丽萍\n责任编辑：黄晓_NN2150\n热门跟贴\n")[0]] == [
        ("韦丽萍", ["记者"]), ("黄晓", ["编辑"])]  # fmt: skip


def test_reporters_sent_out_or_posted_somewhere_in_a_reported_byline() -> None:
    """特派记者 X、Y 三明报道 and 本报驻京记者王建国报道: a reporter sent out (特派) or posted (驻京) is credited."""
    def names(text: str) -> list[str]:
        return [s.name for s in extract_staff(text)[0]]

    assert names("　　【本报讯】特派记者 梁嘉俊、叶诗琪 三明报道：澳门代表团出席交流会。") == ["梁嘉俊", "叶诗琪"]
    assert names("本报驻京记者王建国报道：两地签署协议。") == ["王建国"]


def test_a_taiwan_township_written_short_before_reported_is_where_not_the_name() -> None:
    """【記者鄭文彬新營報導】: 新營 (新营市, a township of 台南县 in 1991) is where the report was written."""
    text = (
        "來源：聯合報　日期：1991-04-13　版次：第14版／地方綜合\n【記者鄭文彬新營報導】臺北縣長林文燦昨（十二）日上午率北縣"
        "縣府一級主管抵達臺南縣，與臺南縣長李雅景座談交流。"
    )
    assert [s.name for s in extract_text(text, ner=False).staff] == ["郑文彬"]


def test_a_bylines_credit_in_tortoise_shell_brackets_is_this_paper() -> None:
    """〔本报讯〕记者符晓晴报道： on a Macau e-paper: 本报 is this paper (no outlet for the source), and the reporter
    after the bracket is credited."""
    text = (
        "澳门日报电子版　　2017年11月24日　星期五\n澳门临沧签旅游经贸合作协议\n　　〔本报讯〕记者符晓晴报道：由旅游局局长"
        "文绮雯率领的澳门特区考察团一行二十人，11月21日至23日赴云南省临沧市考察。"
    )
    rec = extract_text(text, ner=False)
    assert rec.source is None
    assert [s.name for s in rec.staff] == ["符晓晴"]


def test_credits_a_scans_line_join_glued_or_a_colon_closes_after_the_dateline() -> None:
    """An OCR'd report whose wrap join took the space between two credits (本报湖州9月7日电　记者沈建国通讯员李卫平　…)
    or that sets a colon after the last credit, as old papers did (本报讯　通讯员周学文　记者钱志刚：两县…): every name
    credited; a bracketed scan notice (（文字由扫描识别，个别字词有误）) credits nobody."""
    glued = (
        "▲1984年9月8日《浙江日报》第一版（文字由扫描识别，个别字词有误）\n\n"
        "　　本报湖州9月7日电　记者沈建国通讯员李卫平　湖州市与宣城地区经济协作会议9月5日至6日在湖州举行。\n"
    )
    assert {s.name for s in extract_text(glued, ner=False).staff} == {"沈建国", "李卫平"}
    colon = "　　本报讯　通讯员周学文　记者钱志刚：莒县、赣榆县边界联防座谈会3月10日在莒县召开。\n"
    assert {s.name for s in extract_text(colon, ner=False).staff} == {"周学文", "钱志刚"}
    # (an outlet glued before its reporter's label after a page's author field names nobody: 作者：商报记者　X)
    field = "作者：商报记者　金晓琳　通讯员　何建新　　来源：义乌商报\n\n两市签订合作协议。\n"
    assert {s.name for s in extract_text(field, ner=False).staff} == {"金晓琳", "何建新"}


def test_a_photo_caption_saying_who_stands_where_credits_no_one() -> None:
    """图：周志明（右）与若昂·卡多佐会面: a caption naming the people in the photo by their places (（右）), no
    credit — but a photographer's credit after its sentence is one."""
    text = "2019年5月3日，周志明与若昂·卡多佐会面。\n图：周志明（右）与若昂·卡多佐会面\n"
    assert extract_text(text, ner=False).staff == []
    text = "2019年5月3日，周志明与若昂·卡多佐会面。\n图：周志明（右）与若昂·卡多佐会面。王小明 摄\n"
    assert [s.name for s in extract_text(text, ner=False).staff] == ["王小明"]


def test_an_e_papers_credits_below_its_other_stories_stay() -> None:
    """本版编辑　郑蕾　　校对　沈立 below an e-paper page's 本版其他新闻: a line of credits with a space for the colon survives
    the footer (rules/credit_lines.txt), as 本版编辑：郑蕾 does."""
    page = (
        "宁波北海签署合作备忘录\n　　本报讯 3月5日，两市签署海上丝绸之路文化合作备忘录，双方将加强文化交流。\n\n本版其他新闻\n"
        "·余姚河姆渡遗址博物馆完成陈列改造\n·舟山召开海洋文化名城建设推进会\n\n本版编辑　郑蕾　　校对　沈立\n\n"
        "宁波日报报业集团主办　版权所有　浙ICP备05009876号\n"
    )
    assert {"郑蕾", "沈立"} <= {s.name for s in extract_text(page, ner=False).staff}
