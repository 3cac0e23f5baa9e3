"""Normalization: decoding, cleaning, OpenCC, script, furniture, offsets."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from extract import extract_text
from extract.text.decode import InputError, decode
from extract.text.furniture import is_furniture_line
from extract.text.normalize import normalize_bytes, normalize_text, to_simplified

TRAD = "省委常委、常務副省長馬欣，國家發改委區域協調發展司副司長相偉分別講話。"
SIMP = "省委常委、常务副省长马欣，国家发改委区域协调发展司副司长相伟分别讲话。"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (SIMP.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + SIMP.encode("utf-8"), "utf-8"),
        (SIMP.encode("utf-16"), "utf-16"),
        (SIMP.encode("gb18030"), "gb18030"),
        (TRAD.encode("big5"), "big5"),
    ],
)
def test_decode_recognizes_the_encodings_of_chinese_pages(data: bytes, encoding: str) -> None:
    text, used = decode(data)
    assert used == encoding
    assert "马欣" in text or "馬欣" in text


def test_big5_is_not_mistaken_for_gbk() -> None:
    text, used = decode("長江中游三省協同推動高質量發展座談會在漢舉行".encode("big5"))
    assert used == "big5"
    assert text.startswith("長江中游")


def test_truncated_utf8_keeps_what_came_before_the_cut() -> None:
    data = SIMP.encode("utf-8")[:-2]
    text, used = decode(data)
    assert used == "utf-8"
    assert text == SIMP[:-1]


@pytest.mark.parametrize(
    ("data", "reason"),
    [(b"", "empty"), (b"  \n\t ", "white space"), (bytes(range(256)) * 4, "binary"), (b"\xff" * 3000, "undecodable")],
)
def test_bad_inputs_get_a_clear_reason(data: bytes, reason: str) -> None:
    with pytest.raises(InputError, match=reason):
        decode(data)


def test_size_limit_is_an_input_error() -> None:
    with pytest.raises(InputError, match="too large"):
        decode(b"a" * 100, max_bytes=10)


def test_pinyin_artifacts_are_removed_and_text_converted() -> None:
    art = normalize_text("第六屆淮海經(jīng)濟區(qū)協(xié)同發(fā)展座談會")
    assert art.text == "第六届淮海经济区协同发展座谈会"
    assert art.script == "traditional"


def test_stray_question_marks_are_kept() -> None:
    art = normalize_text("Copyright ? 2001-2024 湖北")
    assert "?" in art.text


def test_script_detection() -> None:
    assert normalize_text(SIMP).script == "simplified"
    assert normalize_text(TRAD).script == "traditional"
    assert normalize_text(TRAD + SIMP).script == "mixed"


def test_offsets_point_back_into_the_original() -> None:
    raw = "淮海經(jīng)濟區(qū)協(xié)同發(fā)展座談會在我市舉行"
    art = normalize_text(raw)
    start = art.text.index("协同发展")
    s, e = art.to_original(start, start + 4)
    # the span covers the reading inside it: it is the original text of those four characters
    assert re.sub(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔù]+\)", "", raw[s:e]) == "協同發展"
    s, e = art.to_original(art.text.index("座谈会"), art.text.index("座谈会") + 3)
    assert raw[s:e] == "座談會"


def test_furniture_is_blanked_in_body_but_credit_lines_stay() -> None:
    raw = "\n".join(
        [
            "打造网上国际投资促进平台",
            "您现在的位置:首页 > 开发区新闻 > 盐城",
            "携手实施国家战略 共同打造实践样板",
            "发布时间:2021-11-10  来源:大丰日报",
            "11月8日，全市动员大会召开。",
            "上一条:慈湖高新区紧盯“一体化”协同融合发展势头好",
            "下一条:永乐店邀专家解读十八大精神",
            "责任编辑:倪珺",
            "Copyright © 2015-2024 InvestCHN.com All Rights Reserved.",
        ]
    )
    art = normalize_text(raw)
    assert len(art.body) == len(art.text)
    assert "您现在的位置" not in art.body and "打造网上" not in art.body
    assert "慈湖高新区" not in art.body and "永乐店" not in art.body and "Copyright" not in art.body
    assert "携手实施国家战略" in art.body and "来源:大丰日报" in art.body and "责任编辑:倪珺" in art.body


def test_navigation_bar_is_furniture() -> None:
    raw = "中国发展网\n\n首页\n|\nG60资讯\n|\n松江新闻\n\n长三角一体化发展成果发布会在合肥举行\n"
    art = normalize_text(raw)
    assert art.body.strip() == "长三角一体化发展成果发布会在合肥举行"


def test_html_saved_as_text_is_reduced_to_its_text() -> None:
    raw = "<!DOCTYPE html><html><head><script>var a=1;</script></head><body><p>市长邢正军主持会议。</p></body></html>"
    art = normalize_text(raw)
    assert art.text.strip() == "市长邢正军主持会议。"


def test_normalize_bytes_on_a_sample_article(raw_dir) -> None:  # type: ignore[no-untyped-def]
    path = next(raw_dir.glob("000_*.txt"))
    art = normalize_bytes(path.read_bytes(), doc_id=path.stem)
    assert art.script == "traditional"
    assert "淮海经济区" in art.text and "(jīng)" not in art.text


def test_breadcrumbs_navigation_lines_and_story_lists_are_furniture() -> None:
    raw = "\n".join(
        [
            "文汇网 > 新闻 > 大湾区 > 正文",
            "首页 | 要闻 | 港闻 | 大湾区 | 财经",
            "粤港澳大湾区科技创新合作座谈会在港举行",
            "发布时间：2019-05-17 10:20　来源：文汇网",
            "座谈会在香港举行。",
            "相关报道",
            "深圳前海推出十项惠港措施",
            "往期推荐",
        ]
    )
    art = normalize_text(raw)
    assert "文汇网 >" not in art.body and "港闻" not in art.body
    assert "前海" not in art.body and "往期推荐" not in art.body
    assert "座谈会在港举行" in art.body and "发布时间" in art.body


def test_epaper_header_is_furniture_but_its_date_stamp_stays() -> None:
    raw = "四川日报数字报\n2020年12月31日 星期四\n第01版：要闻\n上一版　下一版　往期回顾\n川渝党政联席会议第三次会议在渝召开\n"
    art = normalize_text(raw)
    assert "四川日报数字报" not in art.body and "第01版" not in art.body and "上一版" not in art.body
    assert "2020年12月31日 星期四" in art.body


def test_contact_line_after_a_blank_line_is_still_furniture() -> None:
    raw = "两市签署合作协议。\n\n与我们联系\n\n  • 联系电话:+86-0512-53660867\n\n  • 邮  箱:info@example.com\n"
    art = normalize_text(raw)
    assert "联系电话" not in art.body and "邮" not in art.body and "签署合作协议" in art.body


def test_a_traditional_article_under_simplified_page_labels_is_mixed() -> None:
    from extract.text.normalize import normalize_text

    page = (
        "【新聞】兩地簽署經濟合作協議\n发布时间:2021/05/06\n点击数:\n"
        "行政長官率領代表團前往廣州,出席兩地經濟合作會議。\n雙方簽署多項協議,推動區域經濟發展。\n"
    )
    assert normalize_text(page).script == "mixed"
    assert normalize_text(page.replace("发布时间", "發佈時間").replace("点击数", "點擊數")).script == "traditional"


def test_bulleted_headlines_ending_a_page_are_links_not_the_article() -> None:
    from extract.text.normalize import normalize_text

    page = (
        "两市签署合作协议\n正文第一段，两市签约。\n·推进交通一体化\n·共建产业园区\n正文继续，双方表示。\n"
        "·宜昌市长率团来我市考察\n·荆门召开汉江流域综合开发座谈会\n"
    )
    body = normalize_text(page).body
    assert "宜昌" not in body and "荆门" not in body
    assert "推进交通一体化" in body and "共建产业园区" in body  # a list inside the article stays


def test_a_furniture_pattern_is_tried_at_line_starts_only_when_every_alternative_is_anchored() -> None:
    from extract.text.furniture import _top_level_branches

    # 版权所有 may stand anywhere in a copyright line; ^首页 only at its start
    assert _top_level_branches("^(首页|返回首页)$") == ["^(首页|返回首页)$"]
    assert _top_level_branches("^上一版|版权所有") == ["^上一版", "版权所有"]
    assert _top_level_branches(r"^[|｜]\|x|[^]|]{2}") == [r"^[|｜]\|x", "[^]|]{2}"]
    art = normalize_text("两市签署合作协议。\n本网站 版权所有 2021\n")
    assert "版权所有" not in art.body and "签署合作协议" in art.body


def test_a_story_list_header_with_its_stories_after_a_colon_is_furniture() -> None:
    page = "两市签署合作协议\n双方将加强合作。\n相关新闻：台中县长视察工程　｜　高雄县观光节登场\n"
    body = normalize_text(page).body
    assert "双方将加强合作" in body and "台中" not in body and "高雄" not in body


def test_a_bracketed_story_list_header_with_a_story_after_it_is_furniture() -> None:
    page = "两区签署合作协议\n双方将加强合作。\n【相關新聞】葵青貨櫃碼頭擴建工程展開\n〖推荐阅读〗高雄县观光节登场\n"
    body = normalize_text(page).body
    assert "双方将加强合作" in body and "葵青" not in body and "高雄" not in body
    # a bracketed label inside the story is no footer
    assert "相关新闻" in normalize_text("标题\n记者在【相关新闻】栏目中看到消息。\n").body


def test_a_news_sites_most_read_list_is_furniture() -> None:
    """今日熱門 (a Taiwan paper's most-read list) with its stories under it: no month of the article."""
    page = (
        "兩縣簽署觀光合作協議\n雙方將推動包船直航。\n加入好友了嗎？ 加入自由時報LINE官方帳號\n今日熱門\n"
        "‧ 南竿機場跑道整修　7月班機調整\n‧ 東引燈塔百年紀念活動登場\n"
    )
    body = normalize_text(page).body
    assert "双方将推动包船直航" in body and "7月" not in body and "东引" not in body


def test_a_scrapers_stray_commas_before_other_marks_are_dropped() -> None:
    art = normalize_text("标题\n市长出席并讲话,,市政府党组成员,、秘书长王大明参加活动,。")
    assert "市政府党组成员、秘书长王大明参加活动。" in art.body and ",," not in art.body
    assert "1,000" in normalize_text("标题\n投资1,000万元。").body


def test_an_epaper_pages_list_of_its_stories_near_the_top_is_furniture() -> None:
    page = (
        "某某日报数字报\n2006年5月9日　星期二\n第02版：地方\n上一版　下一版\n本版标题导航\n"
        "·玉溪市召开春耕现场会\n·曲靖市启动农村公路规划\n两州签署旅游合作协议\n"
        "本报讯 5月8日，楚雄州与大理州在楚雄签署旅游合作协议，双方将共推精品线路。\n"
    )
    body = normalize_text(page).body
    assert "玉溪" not in body and "曲靖" not in body and "楚雄州与大理州" in body


def test_an_epaper_pages_list_of_stories_without_bullets_ends_where_the_headline_repeats_one() -> None:
    page = (
        "某某日报电子版\n2015年6月9日　星期二\n第A04版：澳闻\n上一版　下一版\n本版标题导航\n"
        "　两地合作会议在氹仔闭幕\n　离岛医院工程下月招标\n　路环公屋明年入伙\n"
        "两地合作会议在氹仔闭幕\n签旅游合作文件\n【本报消息】两地合作会议昨日在氹仔闭幕，双方签署合作文件。\n"
    )
    art = normalize_text(page)
    assert "离岛医院" not in art.body and "路环公屋" not in art.body
    assert art.body.count("两地合作会议在氹仔闭幕") == 1  # the headline stays, its listing goes
    nav = "某某日报\n上一期　下一期　本版目录\n\n东北四省区合作会议在长春召开\n四省区长出席\n\n本报讯 会议在长春召开。\n"
    assert "东北四省区合作会议在长春召开" in normalize_text(nav).body  # a nav bar is no list label


def test_a_related_information_list_and_a_sites_who_runs_it_footer_are_furniture() -> None:
    page = (
        "两市签署合作协议\n双方将加强合作。\n相关信息：\n·龙岩市举行茶产业座谈会\n·泉州市召开理事会\n"
        "主办：某某市人民政府办公室　承办：某某市信息中心\n"
    )
    body = normalize_text(page).body
    assert "双方将加强合作" in body and "龙岩" not in body and "信息中心" not in body
    # an event notice's 主办单位 line is the article's
    assert "广东省人民政府" in normalize_text("论坛通知\n主办单位：广东省人民政府\n时间：5月8日。\n").body


def test_a_comment_section_is_furniture() -> None:
    lead = "5月8日，两市在济南召开合作联席会议，签署了交通、旅游和生态三项合作协议，双方将加强合作。"
    for count in ("（2）", "（2条）", "（共2条）"):
        page = f"两市签署合作协议\n{lead}\n{lead}\n网友评论{count}\n钢城小李：希望早点开通到博山的城际公交！\n章丘老王：支持！\n"
        body = normalize_text(page).body
        assert "双方将加强合作" in body and "博山" not in body and "章丘" not in body, count


def test_a_comment_boxs_notice_and_a_contact_footer_are_furniture() -> None:
    """The rules a comment box asks readers to keep name a law in 《》 (no document of the article),
    under its header or alone; a paper's footer of address and hotline holds no official
    (池州市长江中路 is no 市长)."""
    lead = "11月8日，两市区域合作联席会议在古城区召开，双方签署了《旅游合作协议》，将加强合作。"
    notice = "请遵守《全国人大常委会关于维护互联网安全的决定》及中华人民共和国其他各项有关法律法规。"
    for page in (f"两市召开联席会议\n{lead}\n{lead}\n网友评论　{notice}\n", f"两市召开联席会议\n{lead}\n{lead}\n{notice}\n"):
        record = extract_text(page, ner=False)
        assert [a.title for a in record.agreements] == ["旅游合作协议"]
    footer = "池州日报社出版　地址：池州市长江中路　新闻热线：0566-2021234"
    record = extract_text(f"两市召开联席会议\n{lead}\n{lead}\n{footer}\n", ner=False)
    assert record.officials == []


def test_to_simplified_converts_phrases_of_unchanged_characters_and_leaves_simplified_text() -> None:
    """The fast path (no character t2s may change: the text as it is) keeps every conversion: a
    phrase whose characters t2s leaves alone one by one (反覆 → 反复, rules/t2s_phrase_only.txt),
    Traditional text, and a Simplified text stays itself."""
    assert to_simplified("两地反覆磋商，藉此机会") == "两地反复磋商，借此机会"
    assert to_simplified("兩地簽署合作協議") == "两地签署合作协议"
    assert to_simplified("沈阳市与大连市签署协议") == "沈阳市与大连市签署协议"
    assert to_simplified("乾安县") == "乾安县"


def test_a_print_views_header_line_is_furniture() -> None:
    page = "打印本页　关闭窗口\nhttp://example.gov/a.htm　打印时间：2016/4/2 10:15:37\n两区签署合作协议\n3月30日，两区在万州签署协议。\n"
    assert "2016/4/2" not in normalize_text(page).body


def test_a_markdown_scrapes_links_keep_their_text_and_lose_their_address() -> None:
    """[上一篇：X](https://…) reads 上一篇：X (a related story: furniture), offsets into the original kept;
    an image ![alt](…) stays as written."""
    from extract import extract_text
    from extract.text.normalize import normalize_text

    raw = "两市签署协议。\n\n[上一篇：章丘区召开现场会](https://news.e23.cn/a.html)\n![图](https://x/y.jpg)\n"
    art = normalize_text(raw)
    assert "上一篇：章丘区召开现场会\n" in art.text and "![图](https://x/y.jpg)" in art.text
    s = art.text.index("章丘区")
    assert raw[slice(*art.to_original(s, s + 3))] == "章丘区"
    page = "# 济泰两市签署协议\n\n两市政府签署了合作协议。\n\n[上一篇：章丘区召开现场会](https://news.e23.cn/a.html)\n"
    assert "章丘区" not in {r.name for r in extract_text(page, ner=False).regions}


def test_place_names_that_t2s_would_change_are_kept() -> None:
    """乾安县 stays 乾安县 (t2s maps 乾 to 干: 乾燥 → 干燥, still converted); offsets keep their length."""
    from extract import extract_text
    from extract.text.normalize import to_simplified

    assert to_simplified("乾安縣與前郭縣，乾燥") == "乾安县与前郭县，干燥"
    names = {r.name for r in extract_text("2007-06-01\n松原市乾安县与白城市通榆县签署合作协议。", ner=False).regions}
    assert "乾安县" in names


def test_a_footer_marker_above_the_first_prose_line_is_that_line_alone() -> None:
    """本版其他新闻：X｜Y under an e-paper's masthead, above the article: that line is furniture, the
    article under it is not (a page with no line of prose at all keeps the marker as its footer's start,
    as the test above shows)."""
    raw = "\n".join(
        [
            "台湾时报　地方新闻　第11版",
            "本版其他新闻：斗六市公所举办中元普渡防火宣导　｜　北港朝天宫香客大楼启用",
            "浊水溪扬尘　云彰联合治理会报成立",
            "为解决浊水溪河川扬尘问题，云林县与彰化县昨日在西螺镇举行首次联合治理会报，两县县长共同主持。",
        ]
    )
    art = normalize_text(raw)
    assert "本版其他新闻" not in art.body and "斗六市" not in art.body
    assert "云彰联合治理会报成立" in art.body and "两县县长共同主持" in art.body


def test_html_entities_a_scraper_left_in_plain_text_are_read() -> None:
    """来源：铁岭日报&nbsp;&nbsp;作者：孟繁实&nbsp (a legacy name without its ;), &ldquo;…&rdquo;, &mdash;:
    the characters they stand for, each at its entity's place in the raw text; &foo; and R&D stay."""
    from extract.text.normalize import normalize_text

    raw = "来源：铁岭日报&nbsp;&nbsp;作者：孟繁实&nbsp\n两市签署&ldquo;合作&rdquo;协议&mdash;R&D &foo;"
    a = normalize_text(raw)
    assert a.text == "来源：铁岭日报  作者：孟繁实 \n两市签署“合作”协议—R&D &foo;"
    i = a.text.index("“")
    assert raw[a.pos[i] :].startswith("&ldquo;")


def test_a_sites_date_of_the_day_before_its_menu_is_no_date_of_the_article() -> None:
    """2019年5月8日　星期三 大公網首頁 | 大公報電子版 | 簡體: the site's date of the day (a day after the story's) and its
    menu head the page; a stamp's line of the same shape without a weekday (2018年05月23日 09:12 | 来源：…) stays."""
    page = (
        "2019年5月8日　星期三 大公網首頁 | 大公報電子版 | 簡體\n蚌埠赴港招商　簽約項目逾百億\n"
        "發布時間：2019-05-07 16:42　　來源：大公報\n【大公報訊】安徽省蚌埠市代表團5月5日至9日訪港，昨日在香港舉行經貿合作交流會。\n"
    )
    r = extract_text(page, ner=False)
    assert "2019-05-08" not in {d.start for d in r.dates} and r.title == "蚌埠赴港招商　签约项目逾百亿"
    stamp = (
        "德州新闻网-德州日报\n首页 | 德州要闻 | 县市区 | 民生\n德州与京津冀协同发展对接座谈会召开\n"
        "2018年05月23日 09:12 | 来源：德州日报 | 编辑：孙雪莹\n　　本报讯　5月22日，德州·京津冀协同发展对接座谈会在北京召开。\n"
    )
    assert extract_text(stamp, ner=False).title == "德州与京津冀协同发展对接座谈会召开"


def test_a_librarys_database_name_alone_on_its_line_is_no_headline() -> None:
    """福建省图书馆　地方报纸数字资源库 over an OCR'd page of 1987: the library's database, no headline."""
    page = (
        "福建省图书馆　地方报纸数字资源库\n【OCR识别文本，仅供检索参考，以原版图像为准】\n福建日报　1987年6月14日　星期日　第2版\n"
        "────────────────────\n闽北闽西携手开发山区资源\n"
        "本报讯　建阳、龙岩两地区山区经济协作会议6月10日至12日在龙岩市召开。\n"
    )
    assert extract_text(page, ner=False).title == "闽北闽西携手开发山区资源"


def test_a_licence_named_in_prose_is_no_footer_but_its_number_is() -> None:
    """推动营业执照、税务登记等高频事项异地可办 in the article's prose keeps its line (and the places it names); a licence's
    number (互联网新闻信息服务许可证：43120170001) or its bare label ending a footer line stays furniture."""
    page = Path(__file__).resolve().parent.parent / "bench/heldout551/articles/10_ganyu_linshu_2026_comments.txt"
    r = extract_text(page.read_text(encoding="utf-8"), ner=False)  # (heldout551's page, its first run recorded before)
    assert {"莒南县", "岚山区"} <= {g.name for g in r.regions}
    assert is_furniture_line("互联网新闻信息服务许可证：32120170001")
    assert is_furniture_line("■本报地址：合肥市宁国路　邮政编码　广告许可证")


def test_a_sites_menu_after_its_name_on_one_line_is_furniture() -> None:
    """香港文匯報　WEN WEI PO　｜　首頁　要聞　港聞　中國　經濟　台灣　國際　｜　文匯網: the site's menu of sections — its 台湾 is no
    place of the article."""
    page = (
        "香港文匯報　WEN WEI PO　｜　首頁　要聞　港聞　中國　經濟　台灣　國際　體育　副刊　｜　文匯網\n"
        "滬港經貿合作會議首次舉行\n　　本報訊　滬港經貿合作會議昨日在上海舉行，雙方簽署八項合作協議。\n"
    )
    assert "台湾省" not in {g.name for g in extract_text(page, ner=False).regions}


def test_a_scans_letters_for_digits_before_a_dates_unit_read_as_digits() -> None:
    """芜湖景德镇两市…洽谈会于1O月15日至l7日在芜湖举行 (heldout621's OCR scan): O and l among a date's digits, before
    月 or 日, are the digits 0 and 1 (positions kept); an English word's letters are not (Hello 2019年)."""
    text = "芜湖景德镇两市经济技术协作洽谈会于1O月15日至l7日在芜湖举行。"
    art = normalize_text(text)
    assert "10月15日至17日" in art.text and len(art.text) == len(text)
    assert "Hello" in normalize_text("Hello 2019年新年好").text
    dates = extract_text("1986年10月20日\n" + text, ner=False).dates
    assert any(str(d.start) == "1986-10-15" and str(d.end) == "1986-10-17" for d in dates)
