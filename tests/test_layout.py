"""A scrape's layout undone in normalization: hard wraps, letter-spaced lines, full-width letters and digits.

The pages below are written for these tests (bench/perturb.py measures the same kinds on every
evaluation set)."""

from __future__ import annotations

from extract import extract_text
from extract.text.layout import letter_spaces, wrap_breaks, wrap_width
from extract.text.normalize import normalize_text

HEAD = ["江海日报", "两市签署港口物流合作协议", "发布时间：2019-04-18　来源：江海日报", ""]
PARAGRAPHS = [
    "本报讯　4月16日至17日，盐城市与南通市港口物流合作座谈会在南通市召开。盐城市委副书记、市长陈建华，"
    "南通市委常委、常务副市长周立群出席会议。会上，两市签署了《盐城市南通市港口物流合作框架协议》，"
    "双方将共建江海联运通道，推动两地港口在航线开辟、货源组织和信息共享等方面深度合作。",
    "周立群表示，南通愿与盐城加强沟通衔接，把协议确定的各项任务落到实处。",
]
UNWRAPPED = "\n".join(HEAD + PARAGRAPHS) + "\n"


def column(width: int) -> str:
    """The page as an e-paper scrape leaves it: every prose line broken every ``width`` characters."""
    lines = list(HEAD)
    for p in PARAGRAPHS:
        lines += [p[i : i + width] for i in range(0, len(p), width)]
    return "\n".join(lines) + "\n"


def test_a_wrapped_column_is_joined_and_its_page_head_kept() -> None:
    for width in (18, 23, 31):
        page = column(width)
        assert wrap_width(page.split("\n")) == width
        art = normalize_text(page)
        assert art.text == UNWRAPPED
        # offsets still point into the page as written
        s = art.text.index("框架协议")
        start, end = art.to_original(s, s + 4)
        assert art.raw[start:end].replace("\n", "") == "框架协议"


def test_a_wrapped_page_gives_what_the_unwrapped_one_does() -> None:
    unwrapped = extract_text(UNWRAPPED, ner=False)
    wrapped = extract_text(column(23), ner=False)
    assert [(d.text, d.start, d.end) for d in wrapped.dates] == [(d.text, d.start, d.end) for d in unwrapped.dates]
    assert [(o.name, o.titles) for o in wrapped.officials] == [(o.name, o.titles) for o in unwrapped.officials]
    assert [a.title for a in wrapped.agreements] == ["盐城市南通市港口物流合作框架协议"]
    assert {o.name: o.titles for o in wrapped.officials}["周立群"] == ["南通市委常委", "常务副市长"]
    assert wrapped.event is not None and (wrapped.event.start, wrapped.event.end) == ("2019-04-16", "2019-04-17")


def test_lines_of_one_length_that_are_no_column_stay_apart() -> None:
    # paragraphs one a line, under them related headlines that happen to be of one length
    page = "\n".join(
        [
            "两市签署合作协议",
            "3月5日，甲市与乙市在甲市签署全面战略合作协议，双方将在产业、交通、文旅等领域开展合作，共同推进区域协调发展。",
            "甲市市长张大同表示，将以此次签约为契机，推动合作事项尽快落地见效，让两地群众共享发展成果。",
            "相关新闻",
            "梧州市召开安全生产工作会议",
            "赣州市召开乡村振兴推进大会",
            "绵阳市举办就业招聘会活动们",
            "宿迁市开展防汛应急演练活动",
        ]
    )
    assert wrap_width(page.split("\n")) is None
    assert wrap_breaks(page) == []


def test_a_short_line_that_does_not_end_a_paragraph_stands_alone() -> None:
    # a caption of the column's width is not joined to the byline under it, nor a photo credit to the text
    column = "\n".join(
        [
            "标题",
            "三月五日，甲市与乙市在甲市签署全面战",
            "略合作协议，双方将在产业、交通、文旅",
            "等领域开展合作。",
            "图为甲市副市长王小明与乙市副市长握手",
            "本报记者 赵六",
            "会议还审议通过了两市合作的工作要点，",
            "两市副市长在签约仪式上合影。 赵六 摄",
            "会议明确了今年的重点任务和责任分工。",
        ]
    )
    text = normalize_text(column).text
    assert "签署全面战略合作协议，双方将在产业、交通、文旅等领域开展合作。\n" in text
    assert "握手\n本报记者 赵六\n会议还审议" in text
    assert "工作要点，两市副市长在签约仪式上合影。 赵六 摄\n会议明确" in text


def test_an_indent_opens_a_paragraph() -> None:
    column = "\n".join(
        [
            "标题",
            "　　三月五日，甲市与乙市在甲市签署全",
            "面战略合作协议，双方将在产业、交通、",
            "文旅等领域开展合作，共同推进区域协调",
            "　　甲市市长张大同表示，将以此次签约",
            "为契机，推动合作事项尽快落地见效。让",
            "两地群众共享发展成果。",
        ]
    )
    text = normalize_text(column).text
    assert "共同推进区域协调\n　　甲市市长" in text
    assert "　　三月五日，甲市与乙市在甲市签署全面战略合作协议，双方将在产业、交通、文旅等领域" in text


def test_a_letter_spaced_line_is_closed_up() -> None:
    page = (
        "两 市 签 署 港 口 物 流 合 作 协 议\n盐 城 市 委 副 书 记 、 市 长 陈 建 华 出 席 。\n甲市　乙市 合作座谈会\n"
    )
    assert len(letter_spaces(page)) == 11 + 15
    text = normalize_text(page).text
    assert text.split("\n")[:3] == [
        "两市签署港口物流合作协议",
        "盐城市委副书记、市长陈建华出席。",
        "甲市　乙市 合作座谈会",
    ]
    record = extract_text(page, ner=False)
    assert {o.name for o in record.officials} == {"陈建华"}


def test_padded_names_are_no_letter_spacing() -> None:
    # a byline of padded two-character names keeps its spaces: each gap is a name's edge as much as a name's middle
    assert letter_spaces("记者 王 五 李 四\n摄影 张 三") == []


def test_full_width_digits_and_letters_are_read_as_ascii() -> None:
    page = "两市签署合作协议\n２０１９年４月１６日，甲市与乙市签署《甲乙两市２０１９年ＡＩ产业合作协议》。\n"
    art = normalize_text(page)
    assert "2019年4月16日" in art.text and "2019年AI产业" in art.text
    assert art.raw == page and len(art.text) == len(page)
    record = extract_text(page, ner=False)
    assert [(d.start, d.end) for d in record.dates] == [("2019-04-16", "2019-04-16")]
    # (the record gives the title as the page wrote it: RECORD.md's text inside the marks)
    assert [a.title for a in record.agreements] == ["甲乙两市２０１９年ＡＩ产业合作协议"]
    assert "，" in art.text and "《" in art.text  # full-width punctuation stays as written


def test_a_line_spaced_after_every_character_keeps_the_writers_spaces() -> None:
    page = "标题\n" + " ".join("甲市人民政府 乙市人民政府签署《甲市人民政府 乙市人民政府合作协议》") + "\n"
    page += " ".join("发布时间：2019-04-18　来源：江海日报") + "\n"
    text = normalize_text(page).text.split("\n")
    assert text[1] == "甲市人民政府 乙市人民政府签署《甲市人民政府 乙市人民政府合作协议》"
    assert text[2] == "发布时间：2019-04-18　来源：江海日报"
    record = extract_text(page, ner=False)
    assert [a.title for a in record.agreements] == ["甲市人民政府 乙市人民政府合作协议"]
    assert record.source == "江海日报" and record.publish_date == "2019-04-18"


def test_a_short_letter_spaced_furniture_line_is_still_furniture() -> None:
    # 相 关 新 闻 is too short for normalization to close up, the furniture rules read it closed
    page = "两市签署合作协议\n3月5日，甲市与乙市在甲市签署全面战略合作协议，双方将在产业、交通等领域开展合作。\n相 关 新 闻\n梧州市召开安全生产工作会议\n"
    art = normalize_text(page)
    assert "梧州市" not in art.body and "相 关 新 闻" in art.text
    assert "梧州市" not in {r.name for r in extract_text(page, ner=False).regions}


def test_a_wrap_keeps_the_writers_space_and_stops_at_a_dateline_and_a_share_bar() -> None:
    column = "\n".join(
        [
            "两市签署合作协议",
            "分享到：微信 微博 QQ空间　　【打印】",
            "本报讯（记者 赵六）3月5日，甲市人民政府 ",
            "乙市人民政府签署了《甲市人民政府 乙市",
            "人民政府合作协议》，双方将在产业、交通",
            "、文旅等领域开展合作，推进区域协调发展",
            "签约仪式上，甲市市长张大同致辞并表示，",
            "将以此次签约为契机推动合作落地见效。",
        ]
    )
    assert wrap_width(column.split("\n")) == 19
    text = normalize_text(column).text
    assert "分享到：微信 微博 QQ空间　　【打印】\n本报讯" in text
    assert "签署了《甲市人民政府 乙市人民政府合作协议》，双方将在产业、交通、文旅等领域" in text
    assert "3月5日，甲市人民政府 乙市人民政府签署了" in text
    # a paragraph that ends at the column's edge runs into the next one: the joined text reads on
    assert "推进区域协调发展签约仪式上" in text


def test_titles_laid_out_one_a_line_share_the_verb_above_them_however_far_apart() -> None:
    for gap in ("\n", "\n\n\n", "\n\n\u3000\u3000", "\n\xa0\xa0\xa0\xa0\n"):
        text = (
            "两市签署合作协议\n4月17日，甲乙两市共同签署"
            + gap
            + gap.join(
                ["《甲乙两市文旅合作框架协议》", "《甲乙两市交通互联合作协议》", "《甲乙两市人才交流合作备忘录》"]
            )
        )
        record = extract_text(text, ner=False)
        assert [a.action for a in record.agreements] == ["signed"] * 3, repr(gap)


def test_a_place_written_with_a_hong_kong_variant_character_is_the_place() -> None:
    # 敍 and 衞 (Hong Kong's forms of 叙, 卫) survive OpenCC t2s: the gazetteer knows the forms they give
    text = "兩地簽署合作協議\n4月17日，四川省敍永縣與寧夏中衞市代表團在成都簽署合作協議。\n"
    regions = {r.name for r in extract_text(text, ner=False).regions}
    assert {"叙永县", "中卫市"} <= regions
    # forms of ordinary characters (乾安 → 干安) are no keys: 若干安排 names no place
    assert "乾安县" not in {r.name for r in extract_text("工作要点\n会议研究了若干安排。\n", ner=False).regions}


def test_a_columns_width_is_read_from_its_prose_not_from_furniture_under_it() -> None:
    # related headlines of other lengths under a short column do not hide its width
    towns = ["丙市", "丁县", "戊市", "己县", "庚市", "辛县", "壬市", "癸县", "子市", "丑县", "寅市", "卯县"]
    topics = [
        "召开安全生产工作会议",
        "举办招商推介会",
        "开展防汛应急演练工作",
        "启动全民健身月活动",
        "召开优化营商环境大会",
    ]
    links = [f"·{town}{topics[i % len(topics)]}" for i, town in enumerate(towns)]
    page = column(23) + "\n".join(["相关新闻", *links, "版权所有：江海日报社"]) + "\n"
    assert wrap_width(page.split("\n")) == 23
    assert normalize_text(page).text.startswith(UNWRAPPED)


PADDED = (
    "本报讯（记者　赵　琳）3月12日，两市对口合作座谈会在临沂市召开。临沂市委副书记、市长孟　涛，"
    "江门市委常委、副市长叶晓东出席。市领导陈　华、刘　斌参加座谈。\n"
    "出席会议的还有：吕　刚，林　海，高瑞祥。\n"
)


def test_two_character_names_padded_to_three_are_read_as_names() -> None:
    r = extract_text(PADDED, ner=False)
    officials = {o.name: o.titles for o in r.officials}
    assert officials["孟涛"] == ["临沂市委副书记", "市长"]  # after a title
    assert officials["陈华"] == officials["刘斌"] == ["市领导"]  # a group's list
    assert "还有：吕刚，林海，高瑞祥" in normalize_text(PADDED).text  # a list with no title
    assert [(s.name, s.roles) for s in r.staff] == [("赵琳", ["记者"])]  # after a credit's label
    # the record's offsets cover the pad as written
    art = normalize_text(PADDED)
    s = art.text.index("孟涛")
    start, end = art.to_original(s, s + 2)
    assert art.raw[start:end] == "孟　涛"


def test_a_space_between_names_or_labels_is_no_pad() -> None:
    # a list of names one space apart: 明 is a surname too, yet 李明|高峰 stay two names
    assert normalize_text("市领导李明 高峰 王强出席会议。").text == "市领导李明 高峰 王强出席会议。"
    # single-character credit labels set apart are no name (文 图)
    assert normalize_text("（文 图　赵琳）").text == "（文 图　赵琳）"


def test_a_groups_names_set_apart_by_spaces_padded_or_not() -> None:
    """市领导周　斌　张小平　陆建华随团考察, 市领导李　斌 赵晓东 王　慧参加, 市领导许建军、钱　平 周　洁，: a group title's list
    set by spaces — each name gets the group's title, its pad dropped (a pad after a name set apart by a space; a
    padded name a space of another width from the next padded one is no letter-spaced run)."""
    text = (
        "南通市领导周　斌　张小平　陆建华随团考察。大同市领导李　斌 赵晓东 王　慧参加座谈。\n"
        "泰州市领导许建军、钱　平 周　洁，榆林市领导贺　军参加会议。\n"
    )
    officials = {o.name: o.titles for o in extract_text(text, ner=False).officials}
    assert all(officials[n] == ["南通市领导"] for n in ("周斌", "张小平", "陆建华"))
    assert all(officials[n] == ["大同市领导"] for n in ("李斌", "赵晓东", "王慧"))
    assert all(officials[n] == ["泰州市领导"] for n in ("许建军", "钱平", "周洁"))
    # (a credit's label after a name set apart is no surname: 记者 张永强 文 赵振宇 图)
    assert [s.name for s in extract_text("两市召开会议\n（记者 张永强 文 赵振宇 图）\n", ner=False).staff] == [
        "张永强",
        "赵振宇",
    ]


def test_a_padded_name_after_a_titles_note_in_brackets() -> None:
    """大同市文化和旅游局副局长（主持工作）孙　浩分别介绍: the pad of a name after a title's note in brackets is the name's."""
    text = "大同市文化和旅游局副局长（主持工作）孙　浩分别介绍了两市文旅产业发展情况。\n"
    assert normalize_text(text).text.startswith("大同市文化和旅游局副局长（主持工作）孙浩分别")
    officials = {o.name: o.titles for o in extract_text(text, ner=False).officials}
    assert officials["孙浩"] == ["大同市文化和旅游局副局长（主持工作）"]


def test_a_stamp_line_as_wide_as_the_column_is_not_joined_to_the_prose_under_it() -> None:
    stamp = "发布时间：2019-04-18 09:30　来源：江海日报"
    prose = (
        "4月16日至17日盐城市与南通市港口物流合作座谈会在南通市召开，盐城市委副书记、市长陈建华，"
        "南通市委常委、常务副市长周立群出席会议。会上，两市签署了《盐城市南通市港口物流合作框架协议》，"
        "双方将共建江海联运通道，推动两地港口在航线开辟、货源组织和信息共享等方面深度合作。"
        "周立群表示，南通愿与盐城加强沟通衔接，把协议确定的各项任务落到实处。"
    )
    width = len(stamp)
    assert "，" not in prose[:width]  # the paragraph's first line has no mark: it could start the head
    page = (
        "\n".join(["两市签署港口物流合作协议", stamp, *(prose[i : i + width] for i in range(0, len(prose), width))])
        + "\n"
    )
    art = normalize_text(page)
    assert stamp + "\n4月16日" in art.text  # the stamp keeps its line, the column is joined
    assert "合作框架协议》" in art.text and "双方将共建江海联运通道" in art.text
    r = extract_text(page, ner=False)
    assert r.source == "江海日报" and str(r.publish_date) == "2019-04-18"


def test_a_hand_wrapped_line_one_short_of_the_column_goes_on_the_paragraph() -> None:
    page = (
        "攀枝花丽江区域合作座谈会召开\n2011-05-20 08:46:12　来源：攀枝花日报\n\n"
        "本报讯（记者 李晓川）5月18日，攀枝花丽江区域合作\n"
        "座谈会在华坪县政府召开。攀枝花市委书记杨正林，攀枝花市委\n"
        "副书记、市长何建明，丽江市委书记王明光，丽江市委副书记、\n"
        "市长木丽华出席座谈会。华坪县委书记段金凤介绍了华坪与\n"
        "攀枝花开展合作的情况。\n"
        "杨正林说，攀枝花与丽江山水相连，金沙江把两市紧紧连在一\n"
        "起。川滇两省毗邻地区合作由来已久，攀西与滇西北在钒钛、\n"
        "能源、农业和旅游等方面互补性很强。攀枝花愿与丽江加快打\n"
        "通断头路，推进丽攀高速公路和电网建设，共同把金沙江干热\n"
        "河谷打造成特色农业和阳光康养的示范区。\n"
    )
    r = extract_text(page, ner=False)
    assert {o.name: o.titles for o in r.officials}["木丽华"] == ["丽江市委副书记", "市长"]
    assert "金沙江把两市紧紧连在一起。" in normalize_text(page).text


def test_a_paragraphs_first_line_that_lost_its_indent_is_joined() -> None:
    """A scrape that strips each line's leading spaces leaves a paragraph's first line two short of
    the column (its 　　 indent gone): it is joined to the next all the same."""
    width = 22
    lines = ["思茅西双版纳携手打造旅游圈", "2005年8月17日　星期三"]
    for p in PARAGRAPHS:
        indented = "\u3000\u3000" + p
        lines += [indented[i : i + width] for i in range(0, len(indented), width)]
    page = "\n".join(s.lstrip("\u3000") for s in lines) + "\n"
    art = normalize_text(page)
    assert PARAGRAPHS[0] in art.text and PARAGRAPHS[1] in art.text


def test_a_writers_space_ending_a_full_line_keeps_the_line_full() -> None:
    """《甲市人民政府 乙市人民政府…协议》 broken at the writer's space: the line with its space fills
    the column, the break is a wrap, the space stays."""
    title = "《盐城市人民政府 淮安市人民政府区域合作框架协议》"
    para = "\u3000\u3000会上，两市政府签署了" + title + "，并审议通过了联席会议章程，双方将在交通、产业和生态等领域深化合作。"
    width = para.index("淮安")  # the line ends with the writer's space
    lines = ["两市签署区域合作框架协议", "2008-10-23 08:40　来源：盐城日报", ""]
    for p in [*PARAGRAPHS, para, *PARAGRAPHS]:
        lines += [p[i : i + width] for i in range(0, len(p), width)]
    r = extract_text("\n".join(lines) + "\n", ner=False)
    assert title.strip("《》") in {a.title for a in r.agreements}


def test_stray_line_ends_inside_sentences_of_a_page_with_no_column_are_joined() -> None:
    """Lines of uneven length (no column width) broken inside a sentence (…洽谈会在我市 / 召开。…;
    …市领导吴振华、 / 白音，…) are joined, so the event's name, place and the listed names read whole;
    a headline, a dateline's line, a line ending a paragraph (。) or a list's label (：) are not."""
    page = (
        "赤峰日报　1999年9月14日\n赤峰锡林郭勒两盟市签订经济技术合作协议\n"
        "本报讯（记者 赵永刚）9月13日，赤峰·锡林郭勒区域经济合作洽谈会在我市\n"
        "召开。赤峰市委副书记、市长高建民出席洽谈会并讲话。市领导吴振华、\n"
        "白音，锡林郭勒盟副盟长张秀兰参加洽谈会。\n"
        "会议要求：\n一是加强交通对接，共同开发京津市场。\n"
    )
    body = normalize_text(page).body
    assert "洽谈会在我市召开。" in body and "吴振华、白音，" in body
    assert "会议要求：\n一是" in body and "合作协议\n本报讯" in body
    rec = extract_text(page, ner=False)
    assert rec.event is not None and rec.event.name == "赤峰·锡林郭勒区域经济合作洽谈会"
    assert rec.event.location == "赤峰市"
    assert "白音" in {o.name for o in rec.officials}


def test_a_captions_credit_with_a_slash_ends_its_line() -> None:
    """…共同签署观光共同宣言。记者罗雅筠／摄影 over the lead: the caption's credit ends its line, which is
    not joined to the lead below it (nor the credit read into the event's name)."""
    page = (
        "两县市首长签观光共同宣言\n苗栗县长范光辉与各县市代表共同签署观光共同宣言。记者罗雅筠／摄影\n"
        "中彰投苗区域治理平台首长会议今（6）日上午在苗栗县政府举行，四县市共同签署宣言。\n"
    )
    body = normalize_text(page).body
    assert "摄影\n中彰投苗" in body


def test_related_stories_with_their_dates_and_sources_are_no_article() -> None:
    """Related stories after the credits, each with its date and 来源 (as a page's list or bulleted under 相关新闻：):
    their dates and places are no article's, though each names a source."""
    text = (
        "昌都地区党政代表团赴迪庆州考察交流\n2012-09-14 09:12　来源：西藏日报\n"
        "9月11日至12日，昌都地区党政代表团赴云南省迪庆藏族自治州考察交流，两地签署了《旅游合作框架协议》。\n"
        "责任编辑：达瓦\n"
        "昌都地区召开行署常务会议研究部署秋季旅游工作　2012-09-10　来源：昌都报\n"
        "林芝地区与山南地区举行旅游联席会议　2012-09-07　来源：中国西藏新闻网\n"
        "相关新闻：\n·内江市与自贡市签订旅游合作协议（2007-08-10　来源：内江日报）\n·成都市与资阳市共建成资工业园区（2007-07-26　来源：四川日报）\n"
    )
    rec = extract_text(text, ner=False)
    assert [d.start for d in rec.dates] == ["2012-09-14", "2012-09-11"]
    assert {r.name for r in rec.regions}.isdisjoint({"林芝地区", "山南地区", "内江市", "自贡市", "成都市"})
    assert rec.source == "西藏日报"


def test_related_stories_with_a_date_or_a_source_and_dashes_are_no_article() -> None:
    """A page's related stories after its credits: - 广西凭祥口岸…回升 2021-08-12, 中越边贸…订单逾亿元 2021-07-30 来源：广西日报,
    “村超”火爆出圈　榕江县…升温　来源：人民网 — furniture; the page's own stamp (发布时间：… 来源：…) stays."""
    text = (
        "南宁崇左边境贸易合作联席会议召开\n发布时间：2021-08-21　来源：中国新闻网\n"
        "8月20日，南宁市与崇左市边境贸易合作联席会议在凭祥市召开，两市签署《共建边境贸易加工产业园合作协议》。\n"
        "【编辑:黄钰涵】\n"
        "中越边贸“云洽谈”促成订单逾亿元 2021-07-30 来源：广西日报\n"
        "相关新闻\n- 广西凭祥口岸进口水果通关量回升 2021-08-12\n"
        "推荐阅读\n“村超”火爆出圈　榕江县文旅消费持续升温　来源：人民网-贵州频道\n"
    )
    rec = extract_text(text, ner=False)
    assert [d.start for d in rec.dates] == ["2021-08-21", "2021-08-20"]
    assert "榕江县" not in {r.name for r in rec.regions}
    assert rec.source == "中国新闻网"


def test_a_wrapped_line_with_a_lists_mark_only_is_prose_but_a_credit_or_heading_is_not() -> None:
    """A hard-wrapped paragraph whose lines hold only 、 (…常务副主席孙 / 宝田和山西省委常委、常务副省长冯晓平分别介绍了两 /
    省区…) is joined; a credits line (责编:秋菊、李元臣 / 监制:穆军、宋伟) and a heading (一、2009年工作回顾) stay lines."""

    page = (
        "　　座谈会上，自治区党委常委、常务副主席孙\n宝田和山西省委常委、常务副省长冯晓平分别介绍了两\n"
        "省区经济社会发展情况。\n责编:秋菊、李元臣\n监制:穆军、宋伟\n一、2009年工作回顾\n区域合作迈出新步伐。3月18日，推进会召开。\n"
    )
    text = normalize_text(page).text
    assert "常务副主席孙宝田和山西省委常委、常务副省长冯晓平分别介绍了两省区" in text
    assert "李元臣\n监制" in text and "工作回顾\n区域合作" in text


def test_a_padded_name_opening_its_clause_before_a_title_written_after_it() -> None:
    """　　贺　明书记代表…, 郑　维书记说: the pad of a two-character name before 书记 goes (贺明书记)."""

    page = "两省区座谈会在呼和浩特举行\n　　自治区党委书记贺　明出席。\n　　贺　明书记代表自治区党委致辞。郑　维书记说，两省区要深化合作。\n"
    rec = extract_text(page, ner=False)
    assert {o.name: o.titles for o in rec.officials}.get("贺明", [])[:1] == ["自治区党委书记"]
    assert "书记" in {o.name: o.titles for o in rec.officials}.get("贺明", [])


def test_a_column_page_joins_a_short_line_that_breaks_a_sentence() -> None:
    """A page wrapped at a column of 26 with some lines wrapped by hand shorter: …县长王 / 晓峰出席座谈会。 is one
    sentence (the name whole), while the column's paragraph ends stay."""
    page = (
        "两地携手推进港湾区域保护与开发\n"
        "本报讯（记者 应海波）6月2日，两地区域合作座谈会在镇\n"
        "上召开。两地签署了合作协议，在海洋生态保护、滨海旅游\n"
        "、港口物流和海洋渔业管理等方面开展全面合作。\n"
        "奉化市委书记陈启航，市委副书记、市长汪一鸣，\n"
        "宁海县委书记胡建平，宁海县委副书记、县长王\n"
        "晓峰出席座谈会。宁波市政府副秘书长沈立军到会。\n"
        "陈启航书记说，奉化与宁海同处港湾之畔，共饮一港水，作\n"
        "为长三角南翼的重要滨海区域，港湾的保护与开发关系两地\n"
        "的长远发展。双方要坚持生态优先、统筹规划，避免重复\n"
        "建设和无序开发，把港湾建成全省海洋生态保护的示范区。\n"
    )
    text = normalize_text(page).text
    assert "县长王晓峰出席座谈会" in text
    assert "示范区。" in text and "开展全面合作。\n" in text


def test_a_page_whose_line_breaks_a_scrape_turned_into_spaces_gets_them_back() -> None:
    """首页 政务公开 … 您当前的位置：首页 > 新闻中心 > 广元要闻 广元十堰两市签署… 发布时间：… 本报讯…。 罗建华…。 相关新闻： …: the
    spaces before the page's fields and links (rules/runon_markers.txt), after the breadcrumb's last item and after a
    paragraph's end are line ends again — the headline stands alone, the related stories are furniture."""
    lead = (
        "本报讯（记者 苟春燕 文/图）9月12日至13日，湖北省十堰市党政代表团来我市考察。13日上午，广元·十堰区域合作座谈会在广元举行，"
        "两市政府签署了《广元市人民政府 十堰市人民政府战略合作框架协议》。十堰市委书记陈天佑，广元市委书记罗建华出席座谈会并讲话。"
    )
    page = (
        "首页 政务公开 新闻中心 政民互动 网上办事 投资广元 走进广元 您当前的位置：首页 > 新闻中心 > 广元要闻 "
        "广元十堰两市签署战略合作框架协议 发布时间：2012-09-14 10:25:36 来源：广元日报 浏览次数：356 【字体：大 中 小】 "
        + lead + " 罗建华在讲话中说，两市合作空间广阔。 （责任编辑：王丽） 【打印本页】 【关闭窗口】 相关新闻： "
        "十堰市代表团考察苍溪县红心猕猴桃基地 2012-09-13 巴中市委书记一行来我市考察交通建设 2012-09-10 上一篇：我市召开会议"
    )
    r = extract_text(page, ner=False)
    assert r.title == "广元十堰两市签署战略合作框架协议"
    assert r.publish_date == "2012-09-14" and r.source == "广元日报"
    assert not {"苍溪县", "巴中市"} & {g.name for g in r.regions}
    # (a text with its line ends is left as it is)
    assert normalize_text("两市签署协议\n" + lead + "\n").text == "两市签署协议\n" + lead + "\n"


def test_a_hard_wrapped_column_with_a_title_kept_whole_and_a_comma_opening_a_line() -> None:
    """A microfilm page wrapped at 14 characters whose lines with a title in 《》 were kept whole, and a comma opening the next
    line: …在焦作宾 / 馆举行，双方签订了《…协议》 / ，两地区市… is one sentence."""
    page = (
        "焦作日报　一九九一年六月十四日　星期五　第一版\n\n晋豫两地区市签订经济技术协作协议\n\n"
        "　　本报讯（记者 郝建中　通\n讯员 柴秀芬）６月１２日至１３日\n，山西省运城地区党政代表团一\n行２１人来我市参观考察。１３\n"
        "日上午，运城·焦作经济技术协\n作座谈会在焦作宾馆举行，双方\n签订了协议。两地区市正式结为\n友好地区市。市长卢振江出席，\n"
        "运城地区行署专员贾有福讲话并\n介绍了两地的协作情况，双方在\n宾馆举行，双方签订了《运城地区行政公署、焦作市人民政府经济技术协作协议》\n"
        "，两地区市正式结为友好地区市\n。\n"
    )
    text = normalize_text(page).text
    assert "宾馆举行，双方签订了《运城地区行政公署、焦作市人民政府经济技术协作协议》，两地区市正式结为友好地区市。" in text
    assert "运城·焦作经济技术协作座谈会在焦作宾馆举行" in text


def test_a_pdf_column_that_splits_a_word_after_a_comma_is_joined_through_lines_without_marks() -> None:
    """…昨日，临 / 县与陕西省吴堡县在吴堡县召开 / 晋陕沿黄…座谈会，两县签订 / 《…》，…: a clause of one character left
    at a line's end is a word the break split; the line without a mark after it goes on the sentence, and a title's
    《 opens no line after a verb."""
    page = (
        "吕梁日报　　　　　　　　　　　　　　　县域新闻\n"
        "2012年5月10日　星期四\n\n"
        "临县吴堡共推黄河沿岸开发\n\n"
        "　　本报讯（记者 刘志刚）昨日，临\n"
        "县与陕西省吴堡县在吴堡县召开\n"
        "晋陕沿黄县域经济合作座谈会，两县签订\n"
        "《临县吴堡县经济合作框架协议》，共同推进沿黄公路建设。\n"
        "　　座谈会上，临县县委书记王建华、吴堡县县长李卫东分别介绍了两县情况。两县将在旅游、物流等方面加强合作。\n"
    )
    r = extract_text(page, ner=False)
    assert r.event is not None and r.event.name == "晋陕沿黄县域经济合作座谈会"
    text = normalize_text(page).text
    assert "召开晋陕沿黄" in text and "签订《临县" in text


def test_a_stamp_line_as_wide_as_the_column_is_never_joined_to_the_lead() -> None:
    """发布时间：2022-07-15 10:30　来源：六安日报　浏览次数：1,203 over a hard-wrapped lead as wide as it: the stamp
    (whose thousands' comma reads as a sentence mark) stays a line of its own, and the lead's 7月14日 a date."""
    from extract import extract_text

    text = (
        "湖州六安携手共建长三角产业合作示范园区\n发布时间：2022-07-15 10:30　来源：六安日报　浏览次数：1,203\n"
        "7月14日，湖州市党政代表团来我市考察，湖州·六安合作交流座谈会当天下午在六\n"
        "安举行。湖州市委书记陈浩然，六安市委书记孙立新，市委副书记、市长周红梅出席座\n"
        "谈会并讲话。两市签署了《湖州市 六安市共建长三角产业合作示范园区框架协议》，\n"
        "湖州市安吉县与六安市霍山县、湖州市德清县与六安市金寨县分别签署了结对合作协议。\n"
        "陈浩然说，湖州与六安同处长三角区域，皖浙两省山水相连、人缘相亲。湖州将把六安\n"
        "作为产业转移的首选地，在“双招双引”、园区共建、生态产品价值实现等方面与六安深\n"
        "化合作，推动绿水青山就是金山银山理念在两地落地生根。\n"
    )
    assert "7月14日" in {d.text for d in extract_text(text, ner=False).dates}
