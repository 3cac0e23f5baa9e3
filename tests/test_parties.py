"""Parties: who cooperates with whom, in the event and in each document (RECORD.md "parties")."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extract import extract_many, extract_text
from extract.text.normalize import to_simplified


def sides(text: str) -> list[str]:
    rec = extract_text(text, ner=False)
    assert rec.event is not None
    return sorted(p.name for p in rec.event.parties)


def test_two_city_governments_joined_in_the_lead() -> None:
    text = (
        "绵阳市与宁波市签署战略合作协议\n"
        "5月12日,绵阳市政府与宁波市政府战略合作框架协议签约仪式在宁波举行。"
        "双方签署了《绵阳市人民政府 宁波市人民政府战略合作框架协议》。"
    )
    rec = extract_text(text, ner=False)
    assert rec.event is not None
    assert sorted(p.name for p in rec.event.parties) == ["宁波市", "绵阳市"]
    assert rec.event.parties_evidence == "joined"
    assert sorted(p.name for p in rec.agreements[0].parties) == ["宁波市", "绵阳市"]
    names = {r.name for r in rec.regions}
    assert {"宁波市", "绵阳市"} <= names  # every party is a region item


def test_members_listed_in_the_event_sentence() -> None:
    text = (
        "10月9日,第五届赣闽粤原中央苏区协作峰会在龙岩市召开,赣州市、龙岩市、梅州市、三明市、"
        "抚州市等成员城市代表参加会议。会议通过了《峰会龙岩共识》。"
    )
    rec = extract_text(text, ner=False)
    assert rec.event is not None
    assert sorted(p.name for p in rec.event.parties) == sorted(["赣州市", "龙岩市", "梅州市", "三明市", "抚州市"])
    assert rec.event.parties_evidence == "listed"
    # adopted at the event: the event's sides
    assert sorted(p.name for p in rec.agreements[0].parties) == sorted(p.name for p in rec.event.parties)


def test_a_province_qualifying_its_city_is_no_side() -> None:
    text = (
        "6月3日,第二届川陕革命老区振兴发展联席会议在巴中市召开。四川省巴中市、四川省达州市、"
        "陕西省汉中市、陕西省安康市代表出席会议。"
    )
    assert sides(text) == sorted(["巴中市", "达州市", "汉中市", "安康市"])


def test_a_counted_group_named_through_its_leaders() -> None:
    text = (
        "闽西南协同发展区第三次联席会议在厦门召开\n"
        "11月2日,闽西南协同发展区第三次联席会议在厦门召开。厦门市委书记甲某某主持会议,"
        "漳州市委书记乙某某、泉州市委书记丙某某、三明市委书记丁某某、龙岩市委书记戊某某出席。\n"
        "会上,五市共同签署《闽西南协同发展区文化旅游合作协议》。"
    )
    rec = extract_text(text, ner=False)
    assert rec.event is not None
    assert sorted(p.name for p in rec.event.parties) == sorted(["厦门市", "漳州市", "泉州市", "三明市", "龙岩市"])
    assert rec.event.parties_evidence == "counted"


def test_a_zone_whose_members_are_not_listed() -> None:
    text = "9月20日,第十二届长三角城市经济协调会全体会议在湖州召开,来自长三角41个城市的代表齐聚一堂,共商合作大计。"
    assert sides(text) == ["长江三角洲"]


def test_a_document_the_meeting_addresses_to_enterprises_is_the_meetings() -> None:
    """会议审议通过了《…》，并向两市旅游企业发出《…倡议书》: the enterprises it is addressed to sign nothing; the
    meeting's sides release it."""
    text = (
        "标题\n2014-06-20\n　　6月19日，常州金坛两市旅游合作联席会议在金坛召开。\n"
        "　　会议审议通过了《旅游一体化行动计划》，并向两市旅游企业发出《金常山水旅游联盟倡议书》。\n"
    )
    rec = extract_text(text, ner=False)
    got = {a.title: sorted(p.name for p in a.parties) for a in rec.agreements}
    assert got["金常山水旅游联盟倡议书"] == sorted(p.name for p in rec.event.parties) != []  # type: ignore[union-attr]


def test_provinces_a_speaker_names_in_a_later_sentence_of_his_paragraph_are_no_members() -> None:
    text = (
        "北部湾经济区同城化推进会议在钦州召开\n"
        "　　9月22日，北部湾经济区同城化推进会议在钦州召开。自治区副主席出席会议并讲话。\n"
        "　　副主席指出，经济区同城化工作启动以来成效明显。下一步，要积极推动广西与广东、海南共同建设北部湾城市群。\n"
    )
    assert sides(text) == ["北部湾经济区"]


def test_speakers_own_cities_are_no_members_of_a_zone_meeting() -> None:
    text = (
        "淮海经济区协同发展联席会议召开\n"
        "11月8日,淮海经济区协同发展联席会议在徐州召开,来自淮海经济区的市长和代表共商合作。\n"
        "会上,宿迁市、枣庄市、商丘市和宿州市的代表分别作了交流发言。"
    )
    assert sides(text) == ["淮海经济区"]
    # (their officials without 的 before them: 滨州市、潍坊市、德州市负责同志分别作了交流发言)
    text2 = (
        "黄河三角洲高效生态经济区城市合作联席会议在我市召开\n"
        "　　昨天，黄河三角洲高效生态经济区城市合作联席会议第四次会议在东营召开。来自经济区各市的党政领导齐聚一堂。\n"
        "　　会上，滨州市、潍坊市、淄博市负责同志分别作了交流发言。\n"
    )
    assert sides(text2) == ["黄河三角洲高效生态经济区"]


def test_a_province_group_before_a_count_of_cities_names_the_cities_not_the_provinces() -> None:
    text = (
        "4月8日,第四届淮海经济区协同发展座谈会在徐州召开,来自苏鲁豫皖四省十市的相关负责人参加会议。"
    )
    assert sides(text) == ["淮海经济区"]


def test_provinces_letters_before_the_listed_cities_say_where_they_lie() -> None:
    text = (
        "5月12日至13日,第二届湘鄂赣边区协作发展论坛在岳阳召开。来自湘鄂赣三省岳阳、咸宁、九江、萍乡4市的党政负责同志"
        "参加论坛。"
    )
    assert sides(text) == ["九江市", "咸宁市", "岳阳市", "萍乡市"]


def test_a_local_mobilisation_meeting_has_the_home_city_alone() -> None:
    text = (
        "3月2日,全市长三角一体化发展推进大会召开,会议要求加快融入长三角。嘉兴市委书记甲某某出席并讲话。"
    )
    assert sides(text) == ["嘉兴市"]


def test_a_delegation_and_its_host() -> None:
    text = (
        "4月22日至24日,云南省党政代表团赴上海市学习考察,并出席沪滇对口协作工作座谈会。"
        "两地签署《沪滇深化对口协作框架协议》。"
    )
    assert sides(text) == ["上海市", "云南省"]


def test_chambers_of_commerce_are_no_governments() -> None:
    text = "8月5日,“成渝地区双城经济圈商协会合作峰会”在重庆召开,两地40余家商协会参会。"
    assert sides(text) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("双方签署了《合作框架协议》。", ["宁波市", "绵阳市"]),
        ("会议讨论了《合作框架协议》。", []),  # discussed: no sides yet
    ],
)
def test_a_documents_sides_follow_what_was_done_with_it(sentence: str, expected: list[str]) -> None:
    text = "5月12日,绵阳市政府与宁波市政府战略合作座谈会在宁波举行。" + sentence
    rec = extract_text(text, ner=False)
    assert [sorted(p.name for p in a.parties) for a in rec.agreements] == [expected]


def test_a_list_a_count_of_cities_matches_whole_takes_in_its_one_district() -> None:
    """九城市 in the deck, and in the lead 松江、嘉兴、…、合肥九城市: the count matches the list whole, so the one district
    among the cities (松江区, a member of the corridor) is a side too."""
    text = (
        "九城市签署产业链协同合作协议　我市作交流发言\n\n"
        "　　本报讯（记者 王芳）昨日，长三角G60科创走廊第五次联席会议在上海市松江区召开。松江区委书记出席会议并讲话。"
        "松江、嘉兴、杭州、金华、苏州、湖州、宣城、芜湖、合肥九城市党政负责同志参加会议。\n"
    )
    r = extract_text(text, ner=False, publish_date="2020-11-12")
    assert r.event is not None
    assert {p.name for p in r.event.parties} == {
        "松江区", "嘉兴市", "杭州市", "金华市", "苏州市", "湖州市", "宣城市", "芜湖市", "合肥市"
    }


def test_a_province_count_before_a_larger_count_of_counties_says_where_the_counties_lie() -> None:
    """湘鄂赣三省六县边界地区联席会议: the six counties are the sides, the three provinces where they lie (三省一市 stays
    four places of the province level)."""
    text = (
        "湘鄂赣三省六县边界地区协作联席会议在通城县召开\n"
        "　　6月17日，湘鄂赣三省六县边界地区协作联席会议在通城县召开。通城县委书记李军，崇阳县委副书记王刚，平江县副县长"
        "张明，岳阳县副县长刘伟，修水县委常委陈平，铜鼓县副县长赵强出席会议。会议审议通过了《边界地区协作联席会议章程》。\n"
    )
    assert sides(text) == sorted(["通城县", "崇阳县", "平江县", "岳阳县", "修水县", "铜鼓县"])


def test_a_delegation_coming_to_a_county_level_city_has_it_as_its_host() -> None:
    """…交流团一行28人来宜访问 … 座谈会在宜兴国际饭店举行 (the event in 无锡市): the county-level city the delegation came to
    (来 and its one letter) is the side it met, not the prefecture the meeting's place is given as."""
    text = (
        "台北县陶瓷产业交流团来宜访问\n来源：宜兴日报　　发布时间：2008-11-12\n"
        "本报讯　11月10日至13日，由台北县副县长周文彬带队的台北县陶瓷产业交流团一行28人来宜访问。昨天上午，"
        "宜兴·莺歌陶瓷产业交流座谈会在宜兴国际饭店举行。无锡市委常委、宜兴市委书记沈建明出席座谈会。\n"
    )
    assert sides(text) == ["台北县", "宜兴市"]


def test_the_second_issuer_of_a_title_an_office_with_和_in_its_name() -> None:
    """《澳门特别行政区政府旅游局与西双版纳傣族自治州文化和旅游局文旅合作备忘录》: the second office's name holds 和 (文化和
    旅游局) — both places are the document's sides."""
    from extract.extractors.parties import agreement_parties

    title = "《澳门特别行政区政府旅游局与西双版纳傣族自治州文化和旅游局文旅合作备忘录》"
    body = "两局局长代表双方签署" + title + "。"
    rec = extract_text(body, ner=False)
    lo = body.index(title)
    got = agreement_parties(body, (lo, lo + len(title)), "signed", rec.regions, [])
    assert sorted(r.name for r in got) == ["澳门特别行政区", "西双版纳傣族自治州"]


def test_a_province_qualifying_a_new_area_inside_one_of_its_cities_is_no_side() -> None:
    """北京市东城区人民政府与河北雄安新区管理委员会签署…: 河北 only qualifies 雄安新区 (an area inside 保定市,
    rules/place_areas.tsv) — the sides are 东城区 and 雄安新区."""
    text = (
        "东城区与雄安新区签署教育合作框架协议\n"
        "　　8月28日，北京市东城区人民政府与河北雄安新区管理委员会在东城区签署了教育合作框架协议。\n"
    )
    assert sides(text) == ["东城区", "雄安新区"]


def test_provinces_written_before_their_count() -> None:
    text = "新华社成都4月2日电 4月1日，川渝两地在重庆举行推动成渝地区双城经济圈建设联席会议第一次会议。"
    assert sides(text) == ["四川省", "重庆市"]  # the dateline's 成都 is the report's place, no side
    assert sides("7月3日，甘青两省在西宁召开深化合作座谈会。") == ["甘肃省", "青海省"]
    # counties of two provinces: the counties are the sides, not the provinces
    assert "湖南省" not in sides("湘桂两县边界联防座谈会5月16日在富川召开，江永县与富川瑶族自治县签订协议。")


def test_a_document_issued_by_a_central_organ_has_no_sides() -> None:
    text = (
        "5月12日,闽浙赣皖九方经济区第八次专员市长联席会议在南平召开。"
        "他说,去年国务院出台《关于支持赣南等原中央苏区振兴发展的若干意见》,为区域合作带来新机遇。"
    )
    from extract import extract_text

    rec = extract_text(text, ner=False)
    assert [a.parties for a in rec.agreements] == [[]]


def test_governments_named_in_a_documents_title_sign_it() -> None:
    from extract import extract_text

    text = (
        "江门与澳门签署经贸合作协议\n发布时间：2018-03-21\n"
        "　　今（20）日，双方签署《澳门特别行政区政府经济财政司与江门市人民政府关于深化经贸合作的框架协议》。"
    )
    rec = extract_text(text, ner=False)
    assert sorted(p.name for p in rec.agreements[0].parties) == ["江门市", "澳门特别行政区"]


def test_a_fixed_compound_of_abbreviations_in_the_name_gives_its_members() -> None:
    r = extract_text(
        "宜花東區域合作平臺首長會議昨（20）日在花蓮縣政府舉行，花蓮縣長徐德昌、宜蘭縣長林清和及臺東縣副縣長陳美玲共同出席。",
        ner=False,
        reference_date="2024-08-21",
    )
    assert r.event is not None and {p.name for p in r.event.parties} == {"宜兰县", "花莲县", "台东县"}
    assert r.event.parties_evidence == "abbreviation"


def test_a_count_read_one_level_too_high_gives_way_to_the_places_of_the_name() -> None:
    r = extract_text(
        "4月22日，江阴—靖江跨江联动开发工作座谈会在靖江市召开。无锡市委常委、江阴市委书记朱建国，"
        "泰州市委常委、靖江市委书记陆海东出席会议并讲话。园区已成为两市合作的重要平台。",
        ner=False,
        reference_date="2015-04-23",
    )
    assert r.event is not None and [p.name for p in r.event.parties] == ["江阴市", "靖江市"]


def test_city_pair_compounds_in_an_event_name_give_their_cities() -> None:
    r = extract_text("成德绵协同发展座谈会在德阳召开，三市签署合作协议。", ner=False, reference_date="2013-05-01")
    assert r.event is not None and [p.name for p in r.event.parties] == ["成都市", "德阳市", "绵阳市"]
    # (the new area's name wins over the compound 西咸: a local area, it adds no zone and names no 西安, 咸阳)
    assert {x.name for x in extract_text("西咸新区管委会召开会议。", ner=False).regions} == set()


def test_a_document_signed_by_two_cities_whose_title_names_them_by_their_letters() -> None:
    """A document's sides from the letters that open its title (哈长两市: 哈尔滨, 长春), not the
    event's (the two provinces); a province by its abbreviation only; the letters of a border
    name the place of two counties' document, not its sides."""
    text = (
        "黑吉两省深化合作座谈会在长春举行\n"
        "　　8月20日，黑龙江省与吉林省深化合作座谈会在长春市举行。两省政府签署了《深化区域合作框架协议》。"
        "哈尔滨市与长春市签署了《哈长两市全面战略合作协议》，双方将推进哈长城市群建设。"
    )
    rec = extract_text(text, ner=False)
    sides = {a.title: sorted(p.name for p in a.parties) for a in rec.agreements}
    assert sides["哈长两市全面战略合作协议"] == ["哈尔滨市", "长春市"]
    assert sides["深化区域合作框架协议"] == ["吉林省", "黑龙江省"]
    text = (
        "寿宁泰顺两县举行边界联谊活动\n"
        "　　5月6日，福建省寿宁县与浙江省泰顺县边界联谊座谈会在寿宁县召开。"
        "两县共同签署了《闽浙边界廊桥文化保护倡议书》。"
    )
    rec = extract_text(text, ner=False)
    assert sorted(p.name for p in rec.agreements[0].parties) == ["寿宁县", "泰顺县"]


def test_places_joined_after_a_count_are_members_too() -> None:
    """闽赣湘粤桂琼川黔滇九省区和港澳: nine provinces counted and the two regions joined after them."""
    text = (
        "泛珠三角区域合作行政首长联席会议举行\n"
        "　　7月5日，泛珠三角区域合作行政首长联席会议在澳门举行，闽赣湘粤桂琼川黔滇九省区和港澳特区政府代表出席。"
    )
    rec = extract_text(text, ner=False)
    assert rec.event is not None and len(rec.event.parties) == 11
    assert {"香港特别行政区", "澳门特别行政区", "云南省", "福建省"} <= {p.name for p in rec.event.parties}


def test_a_place_of_a_lower_level_joined_after_a_count_is_a_member_too() -> None:
    """三市和肇东市: three cities counted and a county-level city joined after them, even where the
    headline counts only the three; 两县与…的美姑县相连 joins no member (与 as "with", a parent before 的)."""
    text = (
        "甲乙工业走廊联席会议召开　三市签署生态保护协议\n"
        "　　本报讯 4月19日，沈阳、鞍山、营口三市工业走廊联席会议在鞍山召开。"
        "会议期间，三市和海城市签署了《工业走廊生态保护合作协议》。\n"
    )
    rec = extract_text(text, ner=False)
    assert rec.event is not None
    assert sorted(p.name for p in rec.event.parties) == ["沈阳市", "海城市", "营口市", "鞍山市"]
    assert sorted(p.name for p in rec.agreements[0].parties) == ["沈阳市", "海城市", "营口市", "鞍山市"]
    # newcomers listed after the members' count (…4个成员城市和新入会的甲、乙2个城市)
    text = (
        "长三角城市经济协调会第十次市长联席会议召开\n"
        "　　3月26日，长三角城市经济协调会第十次市长联席会议在嘉兴召开。上海、南京、杭州、嘉兴4个成员城市和新入会的"
        "合肥、盐城2个城市的市长出席会议。\n"
    )
    rec = extract_text(text, ner=False)
    assert rec.event is not None
    assert {"合肥市", "盐城市", "上海市", "嘉兴市"} <= {p.name for p in rec.event.parties}
    text = (
        "马边峨边两县座谈会召开\n"
        "　　5月8日，马边彝族自治县与峨边彝族自治县帮扶工作座谈会在马边召开。"
        "两县与凉山州的美姑县山水相连，两县签署了《产业帮扶合作协议》。\n"
    )
    rec = extract_text(text, ner=False)
    assert rec.event is not None
    assert sorted(p.name for p in rec.event.parties) == ["峨边彝族自治县", "马边彝族自治县"]


def test_a_zones_members_given_as_examples_leave_the_zone_as_the_side() -> None:
    """沿线的甲、乙、丙等地: examples of the zone's members (等 with no count), not all of them."""
    text = (
        "首届宁杭生态经济带发展论坛举行\n"
        "　　本报讯 昨天，首届宁杭生态经济带发展论坛在溧阳举行。来自沿线城市的代表200余人参加论坛。\n"
        "　　宁杭生态经济带地处长三角核心区域，沿线的溧阳、宜兴、长兴等地山水资源丰富。\n"
    )
    rec = extract_text(text, ner=False)
    assert rec.event is not None
    assert [p.name for p in rec.event.parties] == ["宁杭生态经济带"]


def test_sides_counted_in_prefectures_of_a_former_kind_are_those_not_their_namesake_cities() -> None:
    """南宁、百色两地区 on a page naming 南宁地区 (which coexisted with 南宁市 until 2002): the 地区."""
    text = (
        "南宁百色两地区签订边贸旅游合作协议\n"
        "　　本报百色9月23日电 9月21日至22日，南宁地区、百色地区经济协作联席会议在百色市召开。"
        "南宁、百色两地区山水相连。22日上午，两地区行署签订了《边境贸易和旅游合作协议》。\n"
    )
    rec = extract_text(text, ner=False)
    assert rec.event is not None
    assert sorted(p.name for p in rec.event.parties) == ["南宁地区", "百色地区"]
    assert sorted(p.name for p in rec.agreements[0].parties) == ["南宁地区", "百色地区"]


def test_a_county_level_citys_outlet_hosts_a_county_level_delegation_itself() -> None:
    """普兰店市党政代表团来我市 on 盖州市人民政府网: the host is 盖州市 (the visitors' level), not its city."""
    text = (
        "盖州市人民政府网\n普兰店市党政代表团来我市考察交流\n"
        "发布时间：2010-06-18　来源：盖州市政府办\n"
        "　　6月17日，普兰店市委副书记、市长刘建新率普兰店市党政代表团来我市考察交流。营口市副市长徐丽华陪同。"
        "座谈会上，高振宇介绍了盖州市经济社会发展情况。\n"
    )
    rec = extract_text(text, ner=False)
    assert rec.event is not None
    assert sorted(p.name for p in rec.event.parties) == ["普兰店市", "盖州市"]


def test_the_members_counted_in_the_sentence_after_the_events_own_attend_it() -> None:
    """…率澳门特区政府代表团在贵阳市出席…联席会议。闽、赣…九省区和香港、澳门…出席会议: the eleven, not the
    delegation's two places, nor a later 两地签署."""
    text = (
        "谭健豪率团出席泛珠三角区域合作行政首长联席会议\n"
        "　　经济财政司司长谭健豪今（16）日上午率澳门特区政府代表团在贵州省贵阳市出席泛珠三角区域合作行政首长联席会议"
        "第六次会议。闽、赣、湘、粤、桂、琼、川、黔、滇九省区和香港、澳门两个特别行政区的行政首长出席会议。\n"
        "　　双方商定，将于本月底在澳门举行会议，落实两地签署的各项合作项目。\n"
    )
    rec = extract_text(text, ner=False)
    assert rec.event is not None and len(rec.event.parties) == 11
    assert {"福建省", "云南省", "香港特别行政区", "澳门特别行政区"} <= {p.name for p in rec.event.parties}


def test_offices_signing_for_a_district_its_city_qualifies() -> None:
    """武威市商务局与天津市滨海新区商务委员会签订了《…》: the district's office signs (天津市 only qualifies it)."""
    text = (
        "武威天津合作推介会举行\n　　5月8日，武威市与天津市经贸合作推介会在天津举行。"
        "武威市商务局与天津市滨海新区商务委员会签订了《商贸物流合作备忘录》。\n"
    )
    rec = extract_text(text, ner=False)
    assert sorted(p.name for p in rec.agreements[0].parties) == ["武威市", "滨海新区"]


def test_governments_offices_signing_with_a_company_are_the_sides() -> None:
    """两市旅游局与四川航空…签订了《…》 (the counted sides' offices) and 县住房和城乡建设局 (a bare county office
    with 和 in its name) beside a company: the governments' places."""
    text = (
        "宜宾乐山与川航签约\n　　5月8日，宜宾市人民政府、乐山市人民政府与四川航空股份有限公司战略合作签约仪式在成都举行。"
        "签约仪式上，两市旅游局与四川航空股份有限公司签订了《宜宾乐山川航旅游联合营销协议》。\n"
    )
    rec = extract_text(text, ner=False)
    assert sorted(p.name for p in rec.agreements[0].parties) == ["乐山市", "宜宾市"]
    text = (
        "浙商弥勒行签约\n　　5月8日，云南省浙江商会与弥勒县人民政府投资合作签约仪式在弥勒举行。"
        "商会会员企业浙江瓯江建设集团有限公司与县住房和城乡建设局签订了《弥勒县城新区安置房建设项目合同》。\n"
    )
    rec = extract_text(text, ner=False)
    assert [p.name for p in rec.agreements[0].parties] == ["弥勒县"]


def test_a_document_schools_sign_has_no_sides() -> None:
    """龙岗区布吉高级中学与平果县第二中学签订了《…》: schools (parties.tsv nongov), no governments."""
    text = (
        "平果龙岗协作\n　　5月8日，平果县与龙岗区东西部扶贫协作联席会议召开。会上，龙岗区布吉高级中学与平果县第二中学"
        "签订了《教育结对帮扶协议》。两地签署了《扶贫协作协议书》。\n"
    )
    rec = extract_text(text, ner=False)
    assert rec.agreements[0].parties == []
    assert sorted(p.name for p in rec.agreements[1].parties) == ["平果县", "龙岗区"]


def test_the_home_place_by_its_level_and_its_partner_sign_a_document_at_a_meeting_of_four() -> None:
    text = (
        "四地边际合作联席会议召开\n来源：龙泉新闻网　2019-04-12\n"
        "　　4月11日，浙闽赣三省四地边际合作联席会议在龙泉市召开。龙泉市、庆元县、松溪县、广丰区负责同志出席。"
        "会上，我市与松溪县签署了《竹木产业合作协议》。\n"
    )
    rec = extract_text(text, ner=False)
    assert [sorted(p.name for p in a.parties) for a in rec.agreements] == [["松溪县", "龙泉市"]]


def test_a_government_named_by_its_level_alone_meeting_a_company_is_the_articles_own() -> None:
    text = (
        "自治区与中国华能集团签署战略合作协议\n来源：广西日报　2019-05-10\n"
        "　　5月9日，自治区人民政府与中国华能集团有限公司战略合作座谈会在南宁举行。广西壮族自治区主席陈武出席。\n"
    )
    assert sides(text) == ["广西壮族自治区"]


def test_a_company_whose_name_holds_a_word_ending_in_he_is_no_government() -> None:
    """扬州大学与江苏泰和药业有限公司签署了《…》: 泰和 is a word of the company's name, no joiner before a second
    signer — a university and a company sign, no place's government."""
    text = (
        "标题\n2013-05-10\n　　5月9日，泰州市人民政府与扬州大学全面合作签约仪式在泰州举行。签约仪式上，扬州大学与"
        "江苏协和制药有限公司签署了《新药研发产学研合作协议》。\n"
    )
    assert [[p.name for p in a.parties] for a in extract_text(text, ner=False).agreements] == [[]]


def test_a_document_signed_by_enterprises_named_after_places_has_no_sides() -> None:
    text = (
        "桂澳经贸交流会举行\n　　11月21日，广西与澳门经贸交流会在澳门举行。两地政府签署《桂澳会展业合作协议》。"
        "广西北部湾国际港务集团与澳门一家物流企业签署了《港口物流合作协议》。"
        "去年在南宁召开的第二届会商会发布了《南宁共识》。"
    )
    sides = {a.title: sorted(p.name for p in a.parties) for a in extract_text(text, ner=False).agreements}
    assert sides["港口物流合作协议"] == []
    assert sides["桂澳会展业合作协议"] == ["广西壮族自治区", "澳门特别行政区"]
    # (a works named after its place signs for itself: 天水秦州电器厂与咸阳渭城化纤有限公司签订了《…合同》)
    text = (
        "咸阳天水建立经济协作关系\n　　4月18日，咸阳市与天水市经济协作座谈会在天水举行。两市政府签订了《经济协作协议》。"
        "天水秦州电器厂与咸阳渭城化纤有限公司签订了《化纤原料长期供货合同》。"
    )
    sides = {a.title: sorted(p.name for p in a.parties) for a in extract_text(text, ner=False).agreements}
    assert sides["化纤原料长期供货合同"] == []


def test_a_district_council_and_a_congress_named_in_the_meetings_name_are_its_sides() -> None:
    """A count (两地) in the article and two places in the event's name: the name's places, not
    another pair listed later; a district council (区议会) issues a document like a government."""
    text = (
        "沙田區議會訪問龍崗區　簽署交流備忘錄\n"
        "【本報訊】沙田區議會代表團昨日到訪深圳，出席沙田區議會與龍崗區人大常委會交流座談會，"
        "並簽署《沙田區議會與龍崗區人大常委會交流合作備忘錄》。\n"
        "雙方約定每年輪流在兩地舉辦交流活動。區議會計劃明年邀請西貢區及葵青區議會共同參與。\n"
    )
    rec = extract_text(text, ner=False)
    assert rec.event is not None
    assert sorted(p.name for p in rec.event.parties) == ["沙田区", "龙岗区"]
    assert sorted(p.name for p in rec.agreements[0].parties) == ["沙田区", "龙岗区"]


def test_a_count_of_taiwans_counties_and_cities_counts_places_of_any_level() -> None:
    """四縣市: Taiwan's counties and cities (prefecture level), not four counties."""
    text = (
        "雲嘉嘉南區域首長會議　四縣市簽署防災合作備忘錄\n"
        "雲嘉嘉南區域首長會議今（8）日在嘉義市政府舉行，雲林縣長王大同、嘉義縣長李美華、"
        "嘉義市長陳志明及臺南市副市長林文彬出席。\n"
        "李美華表示，嘉義縣與嘉義市兩地共同推動的公車路線已見成效。\n"
    )
    assert sides(text) == ["云林县", "台南市", "嘉义县", "嘉义市"]


def test_a_count_in_the_headlines_deck_with_places_joined_after_it() -> None:
    """The line under the headline (its deck) counts the members: 九省区和港澳."""
    text = (
        "第十五届泛珠三角区域合作与发展论坛在蓉开幕\n"
        "闽赣湘粤桂琼川黔滇九省区和港澳共谋发展\n"
        "本报讯 第十五届泛珠三角区域合作与发展论坛9月18日在成都举行。四川省委书记王明远出席开幕式并致辞。\n"
    )
    assert len(sides(text)) == 11 and {"香港特别行政区", "澳门特别行政区", "云南省"} <= set(sides(text))
    # the page's lines set apart by blank lines and indented
    spaced = "\n\n".join("\u3000\u3000" + line for line in text.split("\n") if line) + "\n"
    assert sides(spaced) == sides(text)


def test_a_zone_in_the_headlines_deck_is_its_topic_not_its_sides() -> None:
    text = (
        "川渝政协联动调研座谈会在达州召开\n"
        "聚焦成渝地区双城经济圈建设 推动毗邻地区协同发展\n"
        "7月7日下午，川渝政协联动调研座谈会在达州召开。四川省政协副主席李明华、重庆市政协副主席王建国出席并讲话。"
        "调研组先后深入达州、开州、万州等地察看项目。\n"
    )
    assert sides(text) == ["四川省", "重庆市"]


def test_the_places_that_sign_a_document_as_the_subject_of_the_verb_before_it() -> None:
    text = (
        "京津冀文旅协同发展推进会在廊坊召开\n"
        "12月5日，京津冀文旅协同发展推进会在廊坊举行。会上，三地文旅部门签署了《京津冀文旅协同发展行动方案》，"
        "廊坊市与北京市通州区签署了《文旅产业合作框架协议》。\n"
    )
    rec = extract_text(text, ner=False)
    by_title = {a.title: sorted(p.name for p in a.parties) for a in rec.agreements}
    assert by_title["文旅产业合作框架协议"] == ["廊坊市", "通州区"]
    assert by_title["京津冀文旅协同发展行动方案"] == ["北京市", "天津市", "河北省"]


def test_a_document_only_announced_or_followed_has_no_sides() -> None:
    """RECORD.md: `[]` for a document only mentioned — its title's places or issuers too."""
    text = (
        "两市举行经济协作会议\n"
        "5月8日，德阳市与绵阳市经济协作会议在德阳举行。双方签署了《经济技术协作协议书》。"
        "会议商定，双方将于今年下半年签署《德绵旅游合作协议》和《德阳市与绵阳市文化交流合作备忘录》。"
        "两市将按照《四川省人民政府关于推进成德绵协同发展的意见》推进合作。\n"
    )
    rec = extract_text(text, ner=False)
    by_title = {a.title: (a.action, sorted(p.name for p in a.parties)) for a in rec.agreements}
    assert by_title["经济技术协作协议书"] == ("signed", ["德阳市", "绵阳市"])
    assert by_title["德绵旅游合作协议"] == ("mentioned", [])
    assert by_title["德阳市与绵阳市文化交流合作备忘录"] == ("mentioned", [])
    assert by_title["四川省人民政府关于推进成德绵协同发展的意见"][1] == []


def test_a_place_in_brackets_after_the_letters_names_the_side_of_its_province() -> None:
    text = (
        "率团赴泉州出席推介会\n"
        "经济财政司司长率领的澳门经贸代表团9月20日至22日在福建省泉州市、福州市访问。代表团昨日在泉州出席2018闽澳（泉州）"
        "经贸合作推介会，澳门贸易投资促进局与泉州市人民政府在会上签署合作备忘录。\n"
    )
    assert sides(text) == ["泉州市", "澳门特别行政区"]


def test_abbreviations_before_an_organ_of_both_sides_and_a_cooperation_word() -> None:
    text = (
        "粤港区议会交流座谈会在穗举行\n"
        "本报讯 9月6日上午，粤港区议会交流座谈会在广州举行。副省长李明出席座谈会并讲话。\n"
    )
    assert sides(text) == ["广东省", "香港特别行政区"]


def test_a_visiting_delegation_introduced_after_the_event_and_its_host() -> None:
    """台中县农业参访团 (a field word before the delegation word), in the sentence after the event's;
    a province's delegation in a city visits that city's province."""
    text = (
        "漳台花卉合作交流座谈会在我市召开\n发布时间：2010-05-12 09:30\n"
        "5月11日上午，漳台花卉合作交流座谈会在漳州宾馆召开。以台中县议会议长王大明为团长的台中县花卉参访团一行20人出席。"
        "座谈会上，漳州市花卉协会与台中县农会签署了《花卉产业合作协议》。我市将按照《福建省人民政府关于加强闽台农业合作的意见》推进合作。\n"
    )
    rec = extract_text(text, ner=False)
    assert rec.event is not None and sorted(p.name for p in rec.event.parties) == ["台中县", "漳州市"]
    assert all(a.parties == [] for a in rec.agreements)  # associations sign; a policy only followed
    text = (
        "桂粤扶贫协作高层联席会议在广州召开\n"
        "6月2日，广西壮族自治区党政代表团在广州出席桂粤扶贫协作高层联席会议。自治区主席李明出席会议并讲话。\n"
    )
    assert sides(text) == ["广东省", "广西壮族自治区"]


def test_a_names_opening_letters_as_first_letters_of_the_cities_it_names() -> None:
    """澳中合作推进会议 with 中山市 named: 澳 (Macau) and 中 (the one city named that begins so)."""
    text = (
        "澳中合作推进会议在澳门举行\n2016年3月9日\n"
        "【本报消息】澳中合作推进会议昨日在澳门举行，经济财政司司长梁维新与中山市市长李明共同主持。\n"
    )
    assert sides(text) == ["中山市", "澳门特别行政区"]
    # a letter two named cities begin with says nothing
    text2 = text.replace("中山市市长李明", "中山市市长李明、中卫市副市长王强")
    assert "中山市" not in sides(text2)


def test_a_names_letter_that_abbreviates_a_named_city_and_an_unnamed_province() -> None:
    """宁 is 宁夏's letter and 南京's: beside 南京市, with no 宁夏 named, the city."""
    text = (
        "宁扬合作座谈会召开\n2012-05-26 08:12　来源：扬州日报\n"
        "本报讯 5月25日，宁扬合作座谈会在扬州召开。南京市委副书记、市长李明，扬州市委副书记、市长王强出席。\n"
    )
    assert sides(text) == ["南京市", "扬州市"]
    # in a Ningxia article the letter stays the province's
    text2 = "宁豫合作座谈会召开\n2012-05-26 08:12　来源：宁夏日报\n本报讯 5月25日，宁豫合作座谈会在银川召开。宁夏回族自治区副主席李明出席。\n"
    assert sides(text2) == ["宁夏回族自治区", "河南省"]


def test_a_name_pairing_two_places_by_a_verb_of_support_outranks_a_count_around_it() -> None:
    text = (
        "吉林省对口支援阿勒泰地区工作座谈会在长春召开\n吉林发布　2015-03-09\n\n"
        "今(9)日，吉林省对口支援阿勒泰地区工作座谈会在长春召开。省委副书记王大明出席座谈会。\n"
        "王大明说，吉林先后选派了五批援疆干部。长春、吉林、四平、辽源、通化五市分别与受援县建立了结对关系。\n"
    )
    assert sides(text) == ["吉林省", "阿勒泰地区"]


def test_offices_of_two_places_that_sign_and_enterprises_in_the_next_clause() -> None:
    text = (
        "青岛市与安顺市召开扶贫协作联席会议\n"
        "5月8日，青岛市与安顺市扶贫协作联席会议在安顺召开。会上，两市签署了《扶贫协作框架协议》。"
        "即墨区人力资源和社会保障局与普定县人力资源和社会保障局签订了《劳务协作协议》，"
        "青岛一家食品企业与普定县一家农民专业合作社签订了《茶叶产销对接合同》。\n"
    )
    rec = extract_text(text, ner=False)
    by_title = {a.title: sorted(p.name for p in a.parties) for a in rec.agreements}
    assert by_title["劳务协作协议"] == ["即墨区", "普定县"]
    assert by_title["茶叶产销对接合同"] == []


def test_a_list_of_members_wrapped_after_a_comma_is_one_list() -> None:
    text = (
        "晋冀鲁豫毗邻地区市长联席会在邯郸召开\n"
        "　　本报讯 10月24日，晋冀鲁豫毗邻地区市长联席会第三次会议在邯郸召开。邯郸、邢台、聊城、\n"
        "安阳、濮阳、鹤壁六市市长出席会议。\n"
    )
    assert sides(text) == sorted(["邯郸市", "邢台市", "聊城市", "安阳市", "濮阳市", "鹤壁市"])


def test_a_names_letters_before_a_field_word_and_a_city_and_its_prefecture() -> None:
    """深喀经济合作洽谈会: 深 (深圳市) and 喀 (喀什地区, not the 喀什市 inside it)."""
    text = (
        "深喀经济合作洽谈会在喀什举行\n2012年5月22日\n"
        "前日（20日），深喀经济合作洽谈会在新疆喀什市举行。深圳市副市长吕向东、喀什地区行署专员出席。\n"
    )
    assert sides(text) == ["喀什地区", "深圳市"]


def test_a_province_qualifying_its_districts_delegation_is_no_side_and_a_former_home() -> None:
    text = (
        "天津塘沽区党政代表团来我区考察\n吕梁日报　2002年7月9日\n"
        "本报讯 7月8日，区长葛春利率天津塘沽区党政代表团来我区考察对口帮扶工作。地委书记乔志刚陪同。"
        "吕梁地区与塘沽区有关考察活动在离石举行。\n"
    )
    rec = extract_text(text, ner=False)
    assert rec.event is not None and "天津市" not in [p.name for p in rec.event.parties]
    assert rec.event.location == "吕梁地区"


def test_places_written_right_before_a_count_are_its_members() -> None:
    """金山 and 大同 are ordinary words too; glued to another place before 两地/两市 they are the
    district and the city the article names in full, and the count's members."""
    text = (
        "嘉兴金山两地共谋毗邻区域一体化发展\n发布时间：2020-09-17 10:05\n"
        "9月15日，嘉金合作交流座谈会在金山区举行。会上，嘉兴市与金山区签署合作框架协议，"
        "金山区与平湖市签订跨界河湖联保共治协议，嘉善县负责人介绍了毗邻地区合作进展。"
        "双方表示，金山与嘉兴是沪浙两地合作的前沿。\n"
    )
    assert sides(text) == ["嘉兴市", "金山区"]
    spans = {r.name: r.spans for r in extract_text(text, ner=False).regions}
    assert (2, 4) in [tuple(sp) for sp in spans["金山区"]]  # the headline's 金山
    text2 = (
        "大同乌兰察布两市合作座谈会召开\n2007-11-23\n"
        "本月21日，大同乌兰察布两市合作座谈会召开。大同市委书记王建华，乌兰察布市委副书记、市长巴特尔出席。\n"
    )
    assert sides(text2) == ["乌兰察布市", "大同市"]
    spans = {r.name: r.spans for r in extract_text(text2, ner=False).regions}
    assert (0, 2) in [tuple(sp) for sp in spans["大同市"]]


def test_a_place_and_its_own_district_are_no_two_sides() -> None:
    """湾仔香港会议展览中心 names a venue: the sides are the name's letters (鄂港)."""
    text = (
        "鄂港经贸合作交流会在港举行\n2014年5月21日\n"
        "湖北省政府代表团昨日在湾仔香港会议展览中心举行鄂港经贸合作交流会，湖北省省长林志远、特区政府财政司司长梁振邦出席。\n"
    )
    assert sides(text) == ["湖北省", "香港特别行政区"]


def test_the_names_own_places_outrank_a_pair_in_the_headlines_second_clause() -> None:
    text = (
        "广佛签署同城化合作协议 荔湾南海共建融合试验区\n2023-10-19\n"
        "10月18日下午，2023年广佛全域同城化党政联席会议在佛山召开。广州市委书记罗振邦，佛山市委书记温建华出席。"
        "荔湾区与南海区签署了融合试验区共建协议。\n"
    )
    assert sides(text) == ["佛山市", "广州市"]


def test_the_zone_its_listed_members_make_up_is_no_member() -> None:
    text = (
        "锦州港腹地城市经济协作区联席会议召开\n2001-06-15\n"
        "6月14日，锦州港腹地城市经济协作区第八次联席会议在锦州召开。锦州市和蒙东五盟市——赤峰市、通辽市、"
        "兴安盟、呼伦贝尔盟、锡林郭勒盟的负责人出席会议。\n"
    )
    got = sides(text)
    assert "蒙东" not in got and {"锦州市", "赤峰市", "通辽市", "兴安盟"} <= set(got)


def test_a_documents_letters_name_cities_beside_a_city_and_stop_before_a_word() -> None:
    """《晋焦太行山旅游联盟协议》 of 晋城 and 焦作: 晋 is the city beside 焦作市 (not 山西省), and 太 begins 太行山."""
    text = (
        "晋焦两市区域合作联席会议召开\n2010-06-12\n"
        "本报讯 6月10日，山西省晋城市与河南省焦作市区域合作联席会议在焦作召开，太原市有关部门负责人列席。"
        "次日，两市旅游局签署了《晋焦太行山旅游联盟协议》。\n"
    )
    got = {a.title: sorted(p.name for p in a.parties) for a in extract_text(text, ner=False).agreements}
    assert got["晋焦太行山旅游联盟协议"] == ["晋城市", "焦作市"]
    # the four cities of 衢黄南饶 (a fixed compound), no 黄南州
    text2 = "四市合作会议召开\n2022-07-01\n会上，四市审议通过了《衢黄南饶2022年合作重点事项清单》。\n"
    assert "黄南藏族自治州" not in {r.name for r in extract_text(text2, ner=False).regions}


def test_a_prefectures_administrative_office_issues_a_document() -> None:
    """地区行政公署 (a prefecture's government before it became a city) is an issuer like 人民政府."""
    text = (
        "我区与肇庆市签订经济合作协议\n2002-03-15\n"
        "本报讯 3月6日，我区与广东省肇庆市人民政府签订了《贺州地区行政公署 肇庆市人民政府经济合作协议》。\n"
    )
    got = {a.title: sorted(p.name for p in a.parties) for a in extract_text(text, ner=False).agreements}
    assert got["贺州地区行政公署 肇庆市人民政府经济合作协议"] == ["肇庆市", "贺州地区"]


def test_members_listed_under_their_parents_with_de() -> None:
    """山东省聊城市的冠县、莘县和河北省邯郸市的馆陶县: the counties are the members, their parents only
    qualify them."""
    text = (
        "鲁冀边界四县联席会议召开\n2010-06-20\n"
        "本报讯 6月18日，鲁冀边界四县联席会议在冠县召开。山东省聊城市的冠县、莘县和河北省邯郸市的馆陶县、"
        "邢台市的临西县四县的县委、县政府主要负责同志参加会议。\n"
    )
    ev = extract_text(text, ner=False).event
    assert ev is not None and sorted(p.name for p in ev.parties) == ["临西县", "冠县", "莘县", "馆陶县"]


def test_the_names_letters_are_the_counted_members() -> None:
    """两地 in the headline counts the sides; the name's letters (榕港: 福州 and 香港) say which, not
    two districts named in passing."""
    text = (
        "榕港合作会议今举行　两地签备忘录\n2024-05-20\n"
        "榕港合作专责小组第三次会议今日在福州举行。香港特区政府官员与福州市市长共同主持会议，双方签署"
        "《榕港经贸合作备忘录》。福州市表示，欢迎香港青年到马尾区及长乐区的企业实习。\n"
    )
    ev = extract_text(text, ner=False).event
    assert ev is not None and sorted(p.name for p in ev.parties) == ["福州市", "香港特别行政区"]


def test_a_document_signed_by_chambers_and_associations_has_no_parties() -> None:
    """商业会, 促进会, 联谊会 …: signers that are no government (rules/parties.tsv nongov)."""
    text = (
        "两地座谈会在厦门举行\n2001-01-03\n"
        "座谈会中，泉州市商业会与厦门市旅游促进会签订《泉厦民间旅游交流合作备忘录》，约定互相推介旅游路线。\n"
    )
    got = {a.title: a.parties for a in extract_text(text, ner=False).agreements}
    assert got == {"泉厦民间旅游交流合作备忘录": []}


def test_trade_councils_and_a_listed_pair_of_associations_are_no_governments() -> None:
    """香港贸易发展局与大庆市贸促会 (a trade promotion council), 同业公会亦与厦门市、泉州市旅游协会 (the associations of both
    cities: 旅游协会 is 厦门市's too): their documents have no parties."""
    text = (
        "两地交流会在大庆举行\n2010-06-18\n"
        "会上，香港贸易发展局与大庆市贸促会签署《港庆经贸交流合作协议》。"
        "金门县旅行商业同业公会亦与厦门市、泉州市旅游协会签署《金厦泉旅游市场合作协议》。\n"
    )
    got = {a.title: a.parties for a in extract_text(text, ner=False).agreements}
    assert got == {"港庆经贸交流合作协议": [], "金厦泉旅游市场合作协议": []}


def test_the_place_an_events_name_joins_to_the_listed_members_is_a_side() -> None:
    """「金门县与厦漳泉三市合作交流座谈会」 … 与厦门市、漳州市、泉州市代表…交换意见: the three listed and 金门县, which the name
    joins to them."""
    text = to_simplified(
        "縣長率團訪閩南\n發布日期：2012-05-16\n"
        "金門縣長許文彬率領縣府團隊，昨（15）日在廈門出席「金門縣與廈漳泉三市合作交流座談會」，與廈門市、漳州市、泉州市代表"
        "就觀光、交通等議題深入交換意見。\n"
    )
    assert sides(text) == ["厦门市", "泉州市", "漳州市", "金门县"]


def test_a_word_of_no_government_inside_a_place_of_the_name_says_nothing() -> None:
    """通县、大厂回族自治县边界联席会议第一次会议: 大厂's 厂 is no works — the two counties are the sides."""
    text = (
        "通大两县召开边界联席会议\n发布日期：1990-06-13\n"
        "本报讯 6月12日，通县、大厂回族自治县边界联席会议第一次会议在大厂县城召开。两县县委、县政府领导参加会议。北京市政府农林办公室副主任吕文斌到会讲话。\n"
    )
    assert sides(text) == ["大厂回族自治县", "通县"]


def test_members_under_a_parent_that_governs_them() -> None:
    """北京市通州区和河北省廊坊市所辖三河市、香河县: 廊坊市 only says whose the counties are."""
    text = (
        "通州与两县联席会议召开\n2021-07-09\n"
        "新京报讯 前天下午，通州区与两县联席会议在三河市召开。北京市通州区和河北省廊坊市所辖三河市、香河县的"
        "党政主要负责同志出席会议。\n"
    )
    ev = extract_text(text, ner=False).event
    assert ev is not None and sorted(p.name for p in ev.parties) == ["三河市", "通州区", "香河县"]


def test_a_zones_members_are_not_its_speakers_nor_a_speechs_examples() -> None:
    """环渤海… 联席会议 with no member list: the zone is the party, not 天津市塘沽区、大连市、青岛市等城市代表
    (some members, as speakers) nor 乐亭县、唐海县、滦南县 in what a mayor said."""
    text = (
        "第十三次环渤海区域合作市长联席会议在唐山召开\n2008年09月19日　来源：唐山劳动日报\n"
        "本报讯 昨日，环渤海区域合作市长联席会第十三次市长联席会议在我市召开。来自环渤海地区三十余个城市的市长参加会议。\n"
        "会上，天津市塘沽区、大连市、青岛市、秦皇岛市等城市代表作了交流发言。唐山市市长陈国强说，唐山将加快乐亭县、"
        "唐海县、滦南县沿海地区的开发。\n"
    )
    ev = extract_text(text, ner=False).event
    assert ev is not None and [p.name for p in ev.parties] == ["环渤海地区"]


def test_a_visits_sides_are_the_delegation_and_its_host_not_the_hosts_districts() -> None:
    """我市党政代表团赴石家庄学习考察 (from 阳泉日报): 阳泉市 and 石家庄市; the host's own districts the
    delegation talked with (与石家庄市及所辖鹿泉市、藁城市、栾城县分别座谈) are no sides."""
    text = (
        "我市党政代表团赴石家庄学习考察\n发布时间：2014-05-24　来源：阳泉日报\n"
        "本报讯 5月21日至23日，市委书记率我市党政代表团赴河北省石家庄市学习考察，与石家庄市及所辖鹿泉市、藁城市、"
        "栾城县分别座谈交流。阳泉市与石家庄市山水相连。\n"
    )
    ev = extract_text(text, ner=False).event
    assert ev is not None and ev.name == "我市党政代表团赴石家庄学习考察"
    assert sorted(p.name for p in ev.parties) == ["石家庄市", "阳泉市"]


def test_a_video_meetings_venues_are_no_sides() -> None:
    """闽港合作联席会议…主会场设在福州，香港分会场设在特区政府总部: 福建省 and 香港 (the name's letters), not the
    two venues."""
    text = (
        "闽港合作联席会议第三次会议昨日（25日）以视频连线方式举行，主会场设在福州，香港分会场设在特区政府总部。"
        "双方签署了合作协议。\n"
    )
    ev = extract_text(text, ner=False, publish_date="2021-08-26").event
    assert ev is not None and sorted(p.name for p in ev.parties) == ["福建省", "香港特别行政区"]


def test_a_document_a_government_signs_with_a_chamber_or_an_association() -> None:
    """A government and a chamber, a farmers' association or a company sign: the government's place
    is the party, not the place in the other's name; a government named by its level alone (市政府,
    地区行署) is the event's side of that level or the one place of that level the title names; a
    port office (港务处) is a government's, though 港务 names companies too."""
    text = (
        "韶关代表团访港\n2003-05-08\n"
        "韶关·香港经贸合作推介会昨日在香港举行。韶关市人民政府与香港中华出入口商会签署了《韶港商贸合作备忘录》；"
        "宜兰县农会与韶关市农业局签订了《宜韶农业交流合作协议》。\n"
    )
    got = {a.title: sorted(p.name for p in a.parties) for a in extract_text(text, ner=False).agreements}
    assert got == {"韶港商贸合作备忘录": ["韶关市"], "宜韶农业交流合作协议": ["韶关市"]}
    text2 = (
        "本报讯 本月9日下午，汕头市人民政府与汕头市潮商投资企业协会第三次联席会议在市行政中心召开。"
        "会上，市政府与潮商协会共同签署了《关于建立潮商投资服务专窗的协议》。\n"
    )
    rec = extract_text(text2, ner=False)
    assert rec.event is not None and [p.name for p in rec.event.parties] == ["汕头市"]
    assert [[p.name for p in a.parties] for a in rec.agreements] == [["汕头市"]]
    text3 = "2008-06-03\n此前，地区行署与香港毕节同乡联谊会签署了《毕节地区招商引资合作备忘录》。\n"
    assert [[p.name for p in a.parties] for a in extract_text(text3, ner=False).agreements] == [["毕节地区"]]
    text4 = "会中，厦门市港务处与基隆市港务局签署《厦基客运航线合作备忘录》。\n"
    got4 = [sorted(p.name for p in a.parties) for a in extract_text(text4, ner=False).agreements]
    assert got4 == [["厦门市", "基隆市"]]
    # (the company named first, the government after 与, at a meeting of six cities: the government's city)
    text5 = (
        "标题\n2023-06-10\n　　6月9日，辽宁沿海经济带六市协同发展联席会议在营口召开。大连、丹东、锦州、营口、盘锦、葫芦岛"
        "六市负责同志出席。会上，招商局集团与盘锦市人民政府签署了《盘锦港战略合作备忘录》。\n"
    )
    assert [[p.name for p in a.parties] for a in extract_text(text5, ner=False).agreements] == [["盘锦市"]]


def test_signers_that_are_enterprises_of_named_places_and_a_provinces_office_with_a_company() -> None:
    """两市8家旅行社签订了《…》, 东城区、西城区的10家企业签订了《…》: enterprises, no government (the
    places say where they are); 省发展改革委与国家开发银行股份有限公司签署了《吉林省…》: the province's
    office, the province; two counties 分别与 a university: the counties."""
    text = (
        "2011-08-09\n会上，唐山、承德两市签署了《唐承文化旅游合作协议》，两市8家旅行社签订了《游客互送协议》，"
        "路南区、路北区的10家企业签订了《钢铁深加工合作协议》。\n"
    )
    got = {a.title: sorted(p.name for p in a.parties) for a in extract_text(text, ner=False).agreements}
    assert got == {"唐承文化旅游合作协议": ["唐山市", "承德市"], "游客互送协议": [], "钢铁深加工合作协议": []}
    text2 = (
        "2010-05-12\n会上，双方签署了《国家林业局 黑龙江省人民政府林业合作协议》，"
        "省发展改革委与国家开发银行股份有限公司签署了《黑龙江省林区基础设施投融资合作协议》。\n"
    )
    got2 = {a.title: sorted(p.name for p in a.parties) for a in extract_text(text2, ner=False).agreements}
    assert got2["黑龙江省林区基础设施投融资合作协议"] == ["黑龙江省"]
    text3 = "2021-04-23\n湖州市吴兴区、德清县分别与浙江大学城乡规划设计研究院签订了《乡村规划编制合作协议》。\n"
    got3 = [sorted(p.name for p in a.parties) for a in extract_text(text3, ner=False).agreements]
    assert got3 == [["吴兴区", "德清县"]]


def test_sides_named_by_letters_counts_and_offices() -> None:
    """长吉 beside 长春市 and 吉林市: the two cities (not 吉林省); 两县公安局签订了《…》: the event's two
    counties; 闽粤毗邻县…联席会议 in 诏安: the counties that meet, not the provinces the letters name."""
    text = (
        "长吉两市召开一体化推进会议\n2011-03-18 08:00　来源：吉林日报\n"
        "本报讯 本月17日，长吉一体化推进会议第三次会议在长春市召开。长春市委书记王一平、吉林市委书记李二民出席会议。\n"
    )
    ev = extract_text(text, ner=False).event
    assert ev is not None and sorted(p.name for p in ev.parties) == ["吉林市", "长春市"]
    text2 = (
        "诏安饶平召开闽粤毗邻县合作联席会议\n2017-05-20 10:26　来源：闽南日报\n"
        "本报讯 本月19日，闽粤毗邻县合作联席会议第四次会议在诏安县召开。诏安县委书记张三明、饶平县委书记李四海出席会议。\n"
        "会上，两县公安局签订了《闽粤边界治安联防协议》。双方商定，明年一季度共同发布《闽粤边界生态保护宣言》。\n"
    )
    rec = extract_text(text2, ner=False)
    assert rec.event is not None and sorted(p.name for p in rec.event.parties) == ["诏安县", "饶平县"]
    got = {a.title: (a.action, sorted(p.name for p in a.parties)) for a in rec.agreements}
    assert got == {"闽粤边界治安联防协议": ("signed", ["诏安县", "饶平县"]), "闽粤边界生态保护宣言": ("mentioned", [])}


def test_a_signing_ceremony_signs_its_document_and_a_numeral_inside_a_name_is_no_count() -> None:
    """嘉義縣與臺南縣農業合作備忘錄簽署儀式昨（17）日在太保市嘉義縣政府舉行 … 依照《嘉義縣政府 臺南縣政府
    農業合作備忘錄》: the document is signed there, by the two counties; 斗六市 holds no count 六市;
    （圖／嘉義縣政府提供） credits no person."""
    page = (
        "嘉南兩縣簽署農業合作備忘錄\n發佈日期：99-03-18　記者 林志明／嘉義報導\n"
        "嘉義縣與臺南縣農業合作備忘錄簽署儀式昨（17）日在斗六市附近的嘉義縣政府舉行，由嘉義縣長張花冠與臺南縣長蘇煥智共同簽署。"
        "兩縣並將與雲林縣、彰化縣串連，在臺北、臺中共同設攤。\n"
        "依照《嘉義縣政府 臺南縣政府農業合作備忘錄》，兩縣將自4月1日起互設農產品專區。\n（圖／嘉義縣政府提供）\n"
    )
    rec = extract_text(page, ner=False)
    assert rec.event is not None and sorted(p.name for p in rec.event.parties) == ["台南县", "嘉义县"]
    assert [(a.action, sorted(p.name for p in a.parties)) for a in rec.agreements] == [("signed", ["台南县", "嘉义县"])]
    assert [s.name for s in rec.staff] == ["林志明"]


def test_a_place_in_a_universitys_name_in_the_title_issues_nothing() -> None:
    """《芜湖市人民政府 安徽师范大学全面战略合作协议》: 芜湖市 signs it, not 安徽省."""
    text = "2017-03-13\n会上，双方签署了《蚌埠市人民政府 安徽财经大学全面战略合作协议》。\n"
    assert [[p.name for p in a.parties] for a in extract_text(text, ner=False).agreements] == [["蚌埠市"]]


def test_the_letters_after_a_zone_in_the_events_name() -> None:
    """2019汉江生态经济带襄十合作发展论坛: 襄阳市 and 十堰市, not the county-level cities a speech lists."""
    text = (
        "本报讯　9月21日至22日，2019汉江生态经济带襄十合作发展论坛在我市举行。襄阳市委书记王一平、十堰市委书记李二民出席。"
        "丹江口市、郧西县与老河口市、谷城县山水相连，两地合作潜力巨大。\n"
    )
    ev = extract_text(text, ner=False, reference_date="2019-09-23").event
    assert ev is not None and sorted(p.name for p in ev.parties) == ["十堰市", "襄阳市"]


def test_towns_and_a_companys_long_name_sign_for_no_government() -> None:
    """昆山市周市镇与我县龙溪镇签署了《镇镇结对帮扶协议》: towns; 宁德时代新能源科技股份有限公司与丽水一家企业
    签订了《…》: enterprises (宁德 opens a company's long name)."""
    text = (
        "2019-05-21\n会上，昆山市周市镇与我县龙溪镇签署了《镇镇结对帮扶协议》。"
        "宁德时代新能源科技股份有限公司与丽水一家企业签订了《电池材料供应合作协议》。\n"
    )
    assert [a.parties for a in extract_text(text, ner=False).agreements] == [[], []]


def test_a_county_in_the_name_over_its_attending_prefecture() -> None:
    """A place written right after a province is no governor (福建省长乐市), and a county the event's name names stands
    over its prefecture whose official only attends: the name joins 马祖 (Taiwan's 连江县, rules/city_nicknames.tsv)
    and 长乐."""
    text = to_simplified(
        "連江縣長陳永泰率領的縣府參訪團，本月20日在福建省長樂市出席「馬祖長樂兩岸交流座談會」，"
        "長樂市委書記鄭榮生、福州市人民政府副秘書長黃志鴻等人與會，馬祖鄉親的祖籍就在長樂，民國102年3月。"
    )
    rec = extract_text(text, ner=False)
    assert rec.event is not None and rec.event.parties_evidence == "joined"
    assert sorted(p.name for p in rec.event.parties) == ["连江县", "长乐市"]


def test_where_a_signing_office_is_stationed_is_no_side() -> None:
    """特区政府驻北京办事处与宁夏…外事办公室签署了《…》: Hong Kong's office in Beijing signs for Hong Kong."""
    text = (
        "香港·宁夏经贸合作交流座谈会在银川举行\n"
        "香港特别行政区政务司司长与宁夏回族自治区主席出席香港·宁夏经贸合作交流座谈会。"
        "座谈会上，特区政府驻北京办事处与宁夏回族自治区人民政府外事办公室签署了《关于加强香港与宁夏交流合作的备忘录》。"
    )
    rec = extract_text(text, ner=False)
    assert sorted(p.name for p in rec.agreements[0].parties) == ["宁夏回族自治区", "香港特别行政区"]


def test_the_home_named_as_the_other_side_and_a_document_one_side_issues() -> None:
    """天津市党政代表团…与我州召开…联席会议 (a 甘南 page): Tianjin and the prefecture the page calls 我州,
    not its province; 州政府同时印发了《…》: the prefecture alone."""
    text = (
        "天津市党政代表团来我州考察东西部协作工作\n原创　甘南发布　2020-08-13 21:06\n"
        "今天上午，天津市党政代表团在合作市与我州召开东西部扶贫协作联席会议。"
        "甘肃省政府副省长李明远出席会议。州委书记马建军，州委副书记、州长杨卓玛参加会议。\n"
        "会上，双方签订了《天津市 甘南藏族自治州深化东西部扶贫协作框架协议》。"
        "州政府同时印发了《甘南州2020年东西部扶贫协作消费帮扶实施方案》。\n来源：甘南日报\n"
    )
    rec = extract_text(text, ner=False)
    assert rec.event is not None
    assert sorted(p.name for p in rec.event.parties) == ["天津市", "甘南藏族自治州"]
    assert [[p.name for p in a.parties] for a in rec.agreements][1] == ["甘南藏族自治州"]


def test_counties_across_a_border_named_with_their_provinces_letters() -> None:
    """渝黔边…联席会议 between 秀山 and 松桃 (a 铜仁 paper's 我市松桃…): the counties, not the provinces
    the letters name, whether the lead counts them (两县) or joins them (…与我市…)."""
    lead = (
        "秀山松桃召开联席会议\n本报讯 23日，重庆市秀山土家族苗族自治县与我市松桃苗族自治县在秀山召开"
        "渝黔边区域协同发展联席会议{}"
    )
    for tail in ("，两县政府签订了合作协议。", "。会议商定下次会议在松桃召开。"):
        assert sides(lead.format(tail)) == ["松桃苗族自治县", "秀山土家族苗族自治县"]



def test_offices_signing_with_their_heads_named_and_a_signing_agreed_for_later() -> None:
    """澳门贸易投资促进局主席张咏芝与泉州市商务局局长黄荣辉签署了《A》: both places; 双方同意在年内签订《B》:
    to come (mentioned, no parties); 泉州·澳门经贸合作会谈 is a meeting's name."""
    text = (
        "泉州市长率团访澳\n2011-09-23 19:32\n泉州市政府代表团今（23）日访澳。泉州·澳门经贸合作会谈当日上午在政府总部举行。"
        "会面后，澳门贸易投资促进局主席张咏芝与泉州市商务局局长黄荣辉签署了《关于加强经贸交流合作的备忘录》。"
        "双方同意在年内签订《泉澳会展业合作框架协议》。\n"
    )
    rec = extract_text(text, ner=False)
    assert rec.event is not None and rec.event.name == "泉州·澳门经贸合作会谈"
    got = [(a.action, sorted(p.name for p in a.parties)) for a in rec.agreements]
    assert got == [("signed", ["泉州市", "澳门特别行政区"]), ("mentioned", [])]


def test_a_county_and_the_city_of_its_name_written_together() -> None:
    """嘉義縣市首長座談會 … 兩縣市簽署: 嘉义县 and 嘉义市 (rules/compound_abbreviations.tsv), not the
    places of a list further on (與雲林縣、臺南市分享經驗); the stamp after the byline dates the page."""
    text = to_simplified(
        "嘉義縣市首長座談　合作推動垃圾處理\n記者 林佩君／嘉義報導　中華民國105年10月5日\n"
        "嘉義縣市首長座談會昨（4）日在嘉義市政府舉行，嘉義市長黃淑芬與嘉義縣長張文彬共同主持。\n"
        "座談會中，兩縣市簽署《嘉義縣市垃圾處理區域合作協議》，並將與雲林縣、臺南市分享經驗。\n"
    )
    rec = extract_text(text, ner=False)
    assert rec.publish_date == "2016-10-05"
    assert rec.event is not None and sorted(p.name for p in rec.event.parties) == ["嘉义县", "嘉义市"]


def test_enterprises_of_two_places_joined_before_their_head_sign_for_none() -> None:
    """晋江市和瑞金市的企业签订了《…合同》: the enterprises sign; the places only say whose."""
    text = (
        "泉州赣州两市签署合作协议\n前天，泉州市与赣州市在赣州召开合作座谈会，两市政府签署了《泉州市 赣州市合作框架协议》。"
        "签约仪式上，晋江市和瑞金市的企业签订了《石材与鞋业产业转移合作合同》。\n"
    )
    rec = extract_text(text, ner=False)
    assert [[p.name for p in a.parties] for a in rec.agreements][1] == []


def test_a_governments_port_office_counted_signs_for_its_places() -> None:
    """两市港务部门签署了《泸州港 宜宾港…备忘录》: the two cities' port offices — a government's, as 港务处 is."""
    text = (
        "泸州宜宾召开联席会议\n前天，泸州市与宜宾市在泸州召开港口合作联席会议。"
        "会上，两市港务部门签署了《泸州港 宜宾港协同发展合作备忘录》。\n"
    )
    rec = extract_text(text, ner=False)
    assert sorted(p.name for p in rec.agreements[0].parties) == ["宜宾市", "泸州市"]


def test_counted_sides_named_in_the_events_own_sentence_before_a_list_in_passing() -> None:
    """赣皖两市 in the headline; the lead's 黄山市公安局与上饶市公安局…召开…: those two, not 杭州、衢州
    named in passing at the end (a list of two that the count would otherwise take)."""
    text = (
        "赣皖两市公安机关签订警务合作协议\n"
        "本报讯 本月7日，黄山市公安局与上饶市公安局在婺源县召开赣皖毗邻地区警务合作联席会议，签订警务合作协议。\n"
        "黄山市人民政府副市长汪宏伟，上饶市公安局局长周立新出席会议并讲话。休宁县、祁门县与婺源县、德兴市地界相接。\n"
        "近年来，黄山市公安局先后与杭州、衢州等周边城市公安机关建立了警务协作关系。\n"
    )
    r = extract_text(text, ner=False, reference_date="2017-06-09")
    assert r.event is not None and {p.name for p in r.event.parties} == {"黄山市", "上饶市"}


def test_provinces_letters_counted_over_one_city_of_each_in_the_events_sentence() -> None:
    """闽浙两地 in the headline, 宁德市生态环境局与温州市生态环境局在福鼎市召开… in the lead: the letters
    say where; the sides are the two cities (福鼎市, a county of 宁德市, is where, not a third side)."""
    text = (
        "闽浙两地生态环境部门携手守护交溪流域\n"
        "7月14日，宁德市生态环境局与温州市生态环境局在福鼎市召开闽浙跨界流域生态环境保护联席会议，"
        "双方签订《宁德市 温州市跨界流域生态环境保护合作协议》。\n"
        "福建省生态环境厅副厅长黄益民到会指导。交溪流经寿宁县、柘荣县、福鼎市等地后入海，是闽浙两地共饮的母亲河。\n"
    )
    r = extract_text(text, ner=False, reference_date="2022-07-15")
    assert r.event is not None and {p.name for p in r.event.parties} == {"宁德市", "温州市"}
    # where the sentence names the provinces' own sides, they stay
    prov = text.replace("宁德市生态环境局与温州市生态环境局在福鼎市", "福建省生态环境厅与浙江省生态环境厅在福鼎市")
    r = extract_text(prov, ner=False, reference_date="2022-07-15")
    assert r.event is not None and {p.name for p in r.event.parties} == {"福建省", "浙江省"}


def test_a_documents_signers_listed_or_lettered_with_their_count_and_offices() -> None:
    """汉中、广元两市文旅部门另签订了《A》; 泰顺县与寿宁县、福安市三县（市）还签订了《B》;
    陕甘两省交通厅签署了《C》: those places sign, not every side of the meeting."""
    text = (
        "西北五省区经济协作联席会议在西宁召开\n"
        "8月26日，陕西、甘肃、宁夏、青海、新疆五省区经济协作联席会议在西宁召开。会议签署了《西北五省区旅游合作协议》。"
        "陕甘两省交通厅签署了《陕甘两省高速公路联网收费合作协议》。\n"
    )
    r = extract_text(text, ner=False, reference_date="2004-08-27")
    parties = {a.title: {p.name for p in a.parties} for a in r.agreements}
    assert parties["陕甘两省高速公路联网收费合作协议"] == {"陕西省", "甘肃省"}
    assert len(parties["西北五省区旅游合作协议"]) == 5
    text = (
        "浙闽七县边界协作联席会议在泰顺召开\n"
        "3月17日，泰顺县、苍南县、文成县、寿宁县、福安市、柘荣县、福鼎市七县（市）边界协作联席会议在泰顺县召开，"
        "七县（市）共同签署了《浙闽边界七县（市）协作宣言》。泰顺县与寿宁县、福安市三县（市）还签订了《边界山区公路联网建设协议》。"
        "泰顺、福鼎两县（市）交通部门另签订了《边界客运班线合作协议》。\n"
    )
    r = extract_text(text, ner=False, reference_date="2026-03-18")
    parties = {a.title: {p.name for p in a.parties} for a in r.agreements}
    assert parties["边界山区公路联网建设协议"] == {"泰顺县", "寿宁县", "福安市"}
    assert parties["边界客运班线合作协议"] == {"泰顺县", "福鼎市"}


def test_lettered_signers_after_the_clauses_time_sign_a_document_recalled() -> None:
    """今年4月7日粤港两地政府在北京签署《粤港合作框架协议》 in a district's meeting: the letters after the
    clause's time are the document's signers (广东省, 香港), not the meeting's districts; a letter run after
    another signer is no subject of its own."""
    text = (
        "荃湾区议会访问番禺区\n"
        "2010年4月21日，荃湾区议会代表团在广州与番禺区举行交流座谈会，双方签署了《荃湾区与番禺区友好交流合作备忘录》。"
        "番禺区长致辞时表示，今年4月7日粤港两地政府在北京签署《粤港合作框架协议》，为两地合作指明了方向。\n"
    )
    r = extract_text(text, ner=False)
    parties = {a.title: {p.name for p in a.parties} for a in r.agreements}
    assert parties["粤港合作框架协议"] == {"广东省", "香港特别行政区"}
    assert parties["荃湾区与番禺区友好交流合作备忘录"] == {"荃湾区", "番禺区"}
    other = text.replace("今年4月7日粤港两地政府", "深圳市与粤港两地政府")
    r = extract_text(other, ner=False)
    parties = {a.title: {p.name for p in a.parties} for a in r.agreements}
    assert parties["粤港合作框架协议"] != {"广东省", "香港特别行政区"}


def test_counties_the_events_sentence_lists_as_its_holders_are_its_sides() -> None:
    """锡林郭勒盟太仆寺旗、正镶白旗和河北省张家口地区康保县、沽源县在太仆寺旗宝昌镇召开…联席会议, under the headline
    锡盟张家口地区四旗县召开…: the four counties hold it — not the prefectures that qualify them."""
    text = (
        "【标题】锡盟张家口地区四旗县召开边界经济协作会议\n【日期】1990-08-09\n【正文】\n"
        "　　本报锡林浩特8月8日电　8月6日至7日，锡林郭勒盟太仆寺旗、正镶白旗和河北省张家口地区康保县、沽源县在太仆寺旗"
        "宝昌镇召开第三次边界经济协作联席会议。四旗县党政负责同志参加会议。\n"
    )
    r = extract_text(text, ner=False)
    assert r.event is not None
    assert {p.name for p in r.event.parties} == {"太仆寺旗", "正镶白旗", "康保县", "沽源县"}


def test_a_delegation_going_to_a_district_with_the_days_it_stays_between() -> None:
    """大埔區議會訪問團一行二十二人前日（12日）起一連兩日訪問惠州市惠陽區: the district it went to (惠阳区) is the host side,
    not the city the meeting was held in."""
    text = (
        "大埔區議會訪惠陽　簽友好合作備忘錄\n2008-11-14\n香港文匯報訊　大埔區議會訪問團一行二十二人前日（12日）起一連兩日"
        "訪問惠州市惠陽區，昨日（13日）上午與惠陽區人民政府舉行交流座談會，並簽署友好合作備忘錄。\n"
    )
    r = extract_text(text, ner=False)
    assert r.event is not None and {p.name for p in r.event.parties} == {"大埔区", "惠阳区"}


def test_a_government_issuing_a_plan_written_after_its_title_with_the_day() -> None:
    """《广东省对口支援新疆喀什地区综合规划（2011—2015年）》已由广东省人民政府于今年3月印发实施: 广东省 issues it alone,
    though the meeting's sides are two."""
    text = (
        "广东新疆喀什对口支援工作座谈会在喀什召开\n2011年8月15日，广东省人民政府与喀什地区行政公署在喀什召开对口支援工作"
        "座谈会。《广东省对口支援新疆喀什地区综合规划（2011—2015年）》已由广东省人民政府于今年3月印发实施，首批援建项目已开工。\n"
    )
    r = extract_text(text, ner=False)
    parties = {a.title: {p.name for p in a.parties} for a in r.agreements}
    assert parties["广东省对口支援新疆喀什地区综合规划（2011—2015年）"] == {"广东省"}


def test_an_issuers_office_with_ji_inside_its_name() -> None:
    """《澳门特别行政区经济及科技发展局与嘉兴市人民政府经贸合作备忘录》: Macau's 经济及科技发展局 (及 inside the office's
    name, as 和 in 文化和旅游厅) issues it with 嘉兴市's government — both sides."""
    text = (
        "澳门特别行政区经济及科技发展局与嘉兴市人民政府昨日在澳门签署《澳门特别行政区经济及科技发展局与嘉兴市人民政府"
        "经贸合作备忘录》。\n"
    )
    r = extract_text(text, ner=False, reference_date="2026-04-10")
    assert {p.name for a in r.agreements for p in a.parties} == {"澳门特别行政区", "嘉兴市"}


def test_pairs_that_each_sign_their_own_document_respectively() -> None:
    """张家口市与锡林郭勒盟、承德市与赤峰市分别签订了《张锡区域经济合作协议》和《承赤区域经济合作协议》: each document the
    pair its title's letters name."""
    text = (
        "冀蒙四市区域合作座谈会在张家口召开\n2006年8月10日，冀蒙四市区域合作座谈会在张家口召开。会上，张家口市与锡林郭勒盟、"
        "承德市与赤峰市分别签订了《张锡区域经济合作协议》和《承赤区域经济合作协议》。\n"
    )
    r = extract_text(text, ner=False)
    parties = {a.title: {p.name for p in a.parties} for a in r.agreements}
    assert parties["张锡区域经济合作协议"] == {"张家口市", "锡林郭勒盟"}
    assert parties["承赤区域经济合作协议"] == {"承德市", "赤峰市"}


def test_a_signing_ceremony_no_place_names_takes_the_sides_of_its_document() -> None:
    """食品安全合作协议签署仪式, its name no place's: the sides of the document signed (民政总署 of Macau and 番禺区)."""
    text = (
        "民署番禺簽食安合作協議\n2010年9月16日\n"
        "　　【本報訊】民政總署與廣州市番禺區人民政府昨日在民署大樓簽署《澳門特別行政區民政總署與廣州市番禺區人民政府關於"
        "食品安全合作的協議》，雙方將建立食品安全信息通報機制。\n"
        "　　民署管委會主席譚偉文、番禺區區長陳志強出席食品安全合作協議簽署儀式並致辭。\n"
    )
    r = extract_text(text, ner=False)
    assert r.event is not None and r.event.name == "食品安全合作协议签署仪式"
    assert {p.name for p in r.event.parties} == {"澳门特别行政区", "番禺区"}
    assert r.event.parties_evidence == "document"


def test_a_title_pairing_two_places_that_sign_it_names_its_sides() -> None:
    """《广东省对口支援喀什地区产业园区共建协议》 signed by 广东's command post and 喀什's office: 广东省 and 喀什地区;
    a plan of the same shape the meeting adopts, no signers named, is the meeting's sides'."""
    text = (
        "广东新疆对口支援工作座谈会在乌鲁木齐召开\n"
        "2010年8月14日，广东·新疆对口支援工作座谈会在乌鲁木齐召开。座谈会上，两省区政府签署了"
        "《广东省人民政府新疆维吾尔自治区人民政府对口支援与经济合作框架协议》；广东省对口支援新疆前方指挥部与喀什地区行署"
        "签订了《广东省对口支援喀什地区产业园区共建协议》。\n"
    )
    r = extract_text(text, ner=False)
    parties = {a.title: {p.name for p in a.parties} for a in r.agreements}
    assert parties["广东省对口支援喀什地区产业园区共建协议"] == {"广东省", "喀什地区"}
    assert parties["广东省人民政府新疆维吾尔自治区人民政府对口支援与经济合作框架协议"] == {"广东省", "新疆维吾尔自治区"}
    adopted = text.replace("广东省对口支援新疆前方指挥部与喀什地区行署签订了", "会议审议通过了")
    r = extract_text(adopted, ner=False)
    parties = {a.title: {p.name for p in a.parties} for a in r.agreements}
    assert parties["广东省对口支援喀什地区产业园区共建协议"] == {"广东省", "新疆维吾尔自治区"}


def test_two_places_joined_by_a_dot_that_open_the_events_name_are_its_sides() -> None:
    """甘孜州·昌都地区第七次川藏交界地区经济协作联席会议, with the border counties listed as attending:
    the two prefectures are the sides (the letters 川藏 and the counties say where and who came)."""
    text = (
        "本报讯　8月13日至14日，甘孜州·昌都地区第七次川藏交界地区经济协作联席会议在德格县召开。州委副书记、州长泽仁多吉，"
        "昌都地区行署专员次仁平措出席会议并讲话，白玉县、巴塘县、江达县、贡觉县等交界县负责人参加会议。"
        "两地政府签署了《甘孜州 昌都地区金沙江沿岸旅游合作协议》。\n"
    )
    r = extract_text(text, ner=False, reference_date="2012-08-15")
    assert r.event is not None and {p.name for p in r.event.parties} == {"甘孜藏族自治州", "昌都地区"}


def test_every_place_the_dots_join_at_the_names_opening_is_a_side() -> None:
    """吴忠·中卫·固原三市农业合作推进会: the dots join three cities, each a side (not the first two); the
    host named after 在 is one of them, no fourth."""
    text = (
        "本报讯　6月5日，吴忠·中卫·固原三市农业合作推进会在吴忠市召开。吴忠市副市长马建国，中卫市副市长"
        "李海涛，固原市副市长王晓东出席会议。三市农牧部门签署了《三市农产品产销对接合作协议》。\n"
    )
    r = extract_text(text, ner=False, reference_date="2019-06-06")
    assert r.event is not None and {p.name for p in r.event.parties} == {"吴忠市", "中卫市", "固原市"}


def test_a_governments_department_issuing_in_the_title_is_its_side() -> None:
    """《澳门特别行政区运输工务司与中山市人民政府关于…的合作备忘录》: a secretariat (司), a bureau or a
    department issuing beside another government names its place's side; a company (有限公司) in a
    title does not."""
    text = (
        "中山澳门签署交通合作备忘录\n2012-06-08\n本报讯　昨日，中山·澳门交通合作座谈会在中山举行。会上，双方签署了"
        "《澳门特别行政区运输工务司与中山市人民政府关于深化交通基础设施合作的备忘录》。"
        "中山一家物流企业与澳门一家货运企业签订了《中山顺达物流有限公司 澳门宏达货运有限公司合作合同》。\n"
    )
    r = extract_text(text, ner=False)
    sides = {a.title: {p.name for p in a.parties} for a in r.agreements}
    assert sides["澳门特别行政区运输工务司与中山市人民政府关于深化交通基础设施合作的备忘录"] == {"澳门特别行政区", "中山市"}
    assert sides["中山顺达物流有限公司 澳门宏达货运有限公司合作合同"] == set()


def test_a_count_after_a_zone_whose_last_character_makes_a_word_with_the_numeral() -> None:
    """粤东四市 (东四 is a word of jieba's dictionary, as 西四 in 辽西四市): the count follows a place and
    counts the members — the four cities whose mayors attend, not four counties listed in passing."""
    text = (
        "粤东四市区域合作第三次市长联席会议召开\n2013-08-22\n本报讯　8月20日，粤东四市区域合作第三次市长联席会议在汕头召开。"
        "汕头市市长郑明，潮州市市长李华，揭阳市市长陈刚，汕尾市市长黄伟出席会议。\n"
        "四市合作进展顺利，普宁市、惠来县与饶平县、陆丰市之间的公路已建成通车。\n"
    )
    r = extract_text(text, ner=False)
    assert r.event is not None
    assert {p.name for p in r.event.parties} == {"汕头市", "潮州市", "揭阳市", "汕尾市"}


def test_counted_members_in_the_events_own_paragraph() -> None:
    """四市共同发布 counts four cities: the four whose mayors the lead names, not a fifth named in a
    later paragraph's word (昌九一体化 adds 九江)."""
    text = (
        "长江中游城市群省会城市会商会在南昌举行\n2016-11-26\n本报讯　11月25日，长江中游城市群省会城市第四届会商会在我市举行。"
        "武汉市市长邹明，长沙市市长胡华，合肥市市长凌飞，南昌市市长郭平出席会议。\n"
        "郭平说，南昌将加快建设昌九一体化，与武汉、长沙、合肥深化合作。\n"
        "会上，四市市长签署了《长江中游城市群省会城市合作行动计划》，四市共同发布了《共建绿色发展倡议》。\n"
    )
    r = extract_text(text, ner=False)
    assert r.event is not None
    assert {p.name for p in r.event.parties} == {"武汉市", "长沙市", "合肥市", "南昌市"}
    assert {p.name for p in r.agreements[0].parties} == {"武汉市", "长沙市", "合肥市", "南昌市"}


def test_a_count_of_any_level_under_a_zone_named_by_its_members() -> None:
    """粤港澳大湾区…联席会议 with 三地代表共同签署: the three members the zone's name says (广东, 香港,
    澳门), not 广州 (the next host) and a Hong Kong district visited after the meeting over their parents."""
    text = (
        "粤港澳大湾区文化和旅游发展联席会议第三次会议在澳门举行\n2020年11月6日\n"
        "粤港澳大湾区文化和旅游发展联席会议第三次会议今日在澳门举行。广东省文化和旅游厅厅长陈强、香港特别行政区民政事务局局长刘鸿出席。\n"
        "会上，三地代表共同签署了《大湾区旅游推广合作协议》。会后，代表参观了油尖旺区的戏曲中心。联席会议第四次会议将于明年在广州举行。\n"
    )
    r = extract_text(text, ner=False)
    assert r.event is not None
    assert {p.name for p in r.event.parties} == {"广东省", "香港特别行政区", "澳门特别行政区"}


def test_places_listed_in_what_a_speaker_said_are_no_members() -> None:
    """吉日格勒图在座谈会上说，…山丹县、高台县与阿拉善右旗毗邻: a list in a speech about the meeting (a
    sentence naming it) is what the speaker said, not the meeting's members; the delegation and its
    host are the sides."""
    text = (
        "阿拉善盟党政代表团来我区考察\n发布日期：1998年9月12日　　来源：张掖报\n"
        "　　9月8日至10日，阿拉善盟党政代表团在盟委书记吉日格勒图的带领下来我区考察访问。地委书记赵永福陪同考察。\n"
        "　　9日上午，两地在张掖召开蒙甘毗邻地区经济协作座谈会。吉日格勒图在座谈会上说，阿拉善与张掖山水相连，"
        "山丹县、高台县与阿拉善右旗毗邻，生态治理关系到两地群众的长远利益。\n"
    )
    got = sides(text)
    assert "山丹县" not in got and "阿拉善右旗" not in got and "阿拉善盟" in got


def test_an_area_named_by_its_sides_letters_is_the_topic_not_the_sides() -> None:
    # 横琴粤澳深度合作区 names 粤 and 澳 by their letters; the governments that released the measures and
    # the officials who spoke at the promotion say who took part
    text = (
        "横琴合作区专题推介会在澳举行\n"
        "【本报讯】横琴粤澳深度合作区专题推介会昨日在澳门旅游塔会展中心举行。澳门特区政府经济财政司司长李伟鸿，"
        "珠海市委常委、副市长王建明出席并致辞。\n"
        "会上，澳门特区政府与珠海市人民政府联合发布了《横琴粤澳深度合作区支持澳门青年创业就业若干措施》。\n"
    )
    rec = extract_text(text, ner=False)
    assert rec.event is not None
    assert sorted(p.name for p in rec.event.parties) == ["澳门特别行政区", "珠海市"]
    (doc,) = rec.agreements
    assert sorted(p.name for p in doc.parties) == ["澳门特别行政区", "珠海市"]
    # the letters alone still name the sides
    rec = extract_text("粤港合作联席会议在广州举行。双方签署了《粤港合作框架协议》。", ner=False)
    assert sorted(p.name for p in rec.agreements[0].parties) == ["广东省", "香港特别行政区"]


def test_border_counties_that_attend_for_the_prefectures_joined_in_the_events_sentence() -> None:
    text = (
        "鄂豫毗邻地区孝感信阳两地区召开经济协作会议\n"
        "　　本报讯 十一月五日至六日，湖北省孝感地区与河南省信阳地区鄂豫毗邻地区经济协作第五次会议在信阳市举行。"
        "孝感地区行署专员张志远、信阳地区行署副专员梁建平出席会议并讲话，大悟县、广水市和罗山县、新县等边界县的县长参加会议。\n"
    )
    assert sides(text) == ["信阳地区", "孝感地区"]
    # letters of the provinces joined before the name say where; the prefectures written out are the sides
    text2 = (
        "七月十一日至十二日，川湘边界黔江地区、湘西土家族苗族自治州经济协作第四次联席会议在吉首市召开。"
        "秀山土家族苗族自治县、酉阳土家族苗族自治县和龙山县、花垣县的县长参加会议。"
    )
    assert sides(text2) == ["湘西土家族苗族自治州", "黔江地区"]


def test_a_names_letters_with_field_words_between_name_the_provinces_the_article_names() -> None:
    # 浙港环保合作…, 琼澳文化旅游合作…: provinces' letters before field words, the provinces named in full
    text = (
        "环境及生态局局长谢志明今日在杭州与浙江省生态环境厅厅长方建华签署《香港特别行政区政府环境及生态局与"
        "浙江省生态环境厅环境保护合作协议》，并出席浙港环保合作交流会。\n"
    )
    rec = extract_text(text, ner=False)
    assert rec.event is not None and rec.event.location == "杭州市"  # (the clause of the same subject before it)
    assert sorted(p.name for p in rec.event.parties) == ["浙江省", "香港特别行政区"]
    assert sorted(p.name for p in rec.agreements[0].parties) == ["浙江省", "香港特别行政区"]  # (an office after 与)
    text2 = "社会文化司司长区绮雯今日上午在海口与海南省副省长符志坚举行工作会谈，并共同出席琼澳文化旅游合作推介会。澳门特区政府旅游局局长黄丽明出席。\n"
    rec2 = extract_text(text2, ner=False)
    assert rec2.event is not None and rec2.event.location == "海口市"
    assert sorted(p.name for p in rec2.event.parties) == ["海南省", "澳门特别行政区"]
    # (two fields joined between the letters and the cooperation word: 粤港|持续发展与环保|合作小组…会议, held in a city)
    text3 = (
        "【本报讯】粤港持续发展与环保合作小组第十五次会议昨日在江门市举行，由香港环境局局长黄锦星与广东省环境保护厅"
        "厅长共同主持。江门市副市长出席欢迎晚宴。\n"
    )
    rec3 = extract_text(text3, ner=False)
    assert rec3.event is not None and sorted(p.name for p in rec3.event.parties) == ["广东省", "香港特别行政区"]


def test_leaders_of_prefectures_in_the_sentence_after_the_events() -> None:
    """The leaders' places, in the attendance sentence after the event's: a prefecture written in full
    before its committee (湘西土家族苗族自治州|州委书记), a short form before it (恩施|州委副书记), a
    deputy prefect (延边朝鲜族自治州|副州长)."""
    text = (
        "三个自治州在吉首共商协作发展\n3月26日至27日，第三届民族自治州协作发展论坛在湘西州州府吉首市举行。"
        "湘西土家族苗族自治州州委书记彭建国，恩施州委副书记、州长田茂林，延边朝鲜族自治州副州长金成哲出席论坛并致辞。"
        "论坛期间，三州签署了《民族自治州协作发展论坛章程》。\n"
    )
    rec = extract_text(text, ner=False)
    assert rec.event is not None and rec.event.parties_evidence == "leaders"
    assert sorted(p.name for p in rec.event.parties) == ["延边朝鲜族自治州", "恩施土家族苗族自治州", "湘西土家族苗族自治州"]


def test_the_place_of_a_clause_before_the_partner_and_the_event() -> None:
    """…参访团前天在大理白族自治州首府大理市，与大理州政府举行“…座谈会”: the place, a comma, the partner, the
    event — not the dateline's 南投."""
    text = to_simplified(
        "〔記者林志明／南投報導〕南投縣農業交流參訪團前天在大理白族自治州首府大理市，與大理州政府舉行"
        "“南投縣大理州農業交流座談會”，南投縣副縣長陳文忠、大理州副州長楊麗華等人出席。\n"
        "座談會上，雙方簽署「南投大理農特產品合作意向書」，約定每年輪流舉辦一次農業交流活動。參訪團一行19日啟程前往昆明市。\n"
    )
    rec = extract_text(text, ner=False)
    assert rec.event is not None and rec.event.location == "大理白族自治州"


def test_a_leader_invited_to_sit_in_is_a_guest_not_a_side() -> None:
    """连江县副县长曹明辉也应邀列席: the deputy head of a third county sits in as a guest (parties.tsv
    ``guest``); the two counties that hold the meeting are its sides."""
    text = to_simplified(
        "澎湖縣長陳光華與金門縣長李文德昨（21）日在金門縣政府召開澎金離島首長會議，並簽署《澎湖縣 金門縣觀光及交通合作備忘錄》。"
        "連江縣副縣長曹明輝也應邀列席。\n"
    )
    rec = extract_text(text, ner=False)
    assert rec.event is not None and sorted(p.name for p in rec.event.parties) == ["澎湖县", "金门县"]


def test_a_hong_kong_office_in_a_documents_title_issues_it_for_hong_kong() -> None:
    """香港特区政府驻粤经济贸易办事处 opening a memorandum's title: 香港特区 before 政府 is an issuer
    (parties.tsv issuer 特区政府), the province it is stationed in (驻粤) none."""
    text = (
        "汕尾与香港签署经贸合作备忘录\n座谈会上，香港特区政府驻粤经济贸易办事处与汕尾市人民政府签署"
        "《香港特区政府驻粤经济贸易办事处 汕尾市人民政府经贸合作备忘录》。\n"
    )
    docs = extract_text(text, ner=False).agreements
    assert [sorted(p.name for p in a.parties) for a in docs] == [["汕尾市", "香港特别行政区"]]


def test_letters_before_a_count_name_a_city_beside_hong_kong() -> None:
    # 港 (a province-level letter) and 珠 (no province's letter: 珠海, which the article names) before 两地
    text = (
        "港珠兩地舉行口岸合作會議\n"
        "　　保安局局長李志明今日（五月九日）率團到訪珠海，與珠海市市長陳國強共同主持第二次港珠口岸合作會議。"
        "會上，雙方同意加快推進港珠澳大橋口岸的配套工程，並研究在澳門設立聯合查驗點的可行性。"
    )
    assert sides(to_simplified(text)) == ["珠海市", "香港特别行政区"]


def test_the_letters_of_a_name_after_its_ordinal() -> None:
    text = (
        "首次港佛合作交流会议在佛山举行\n"
        "商务及经济发展局局长陈家辉今日（6日）率领特区政府代表团到访佛山，与佛山市市长朱伟共同主持首次港佛合作交流会议。"
        "双方同意在会展、物流及青年就业等方面加强合作。"
    )
    assert sides(text) == ["佛山市", "香港特别行政区"]


def test_a_citys_own_districts_in_its_delegation_are_no_sides() -> None:
    text = (
        "江门来港推介 签约逾二十亿\n"
        "本报讯 江门市政府昨日在湾仔香港会议展览中心举行“江门（香港）投资推介会”，江门市市长王伟率领由蓬江、江海、"
        "新会三区负责人组成的代表团出席，与本港工商界人士二百多人共商合作。"
    )
    assert sides(text) == ["江门市", "香港特别行政区"]


def test_a_province_letter_whose_province_is_not_named_is_the_city_it_opens() -> None:
    # 青 is Qinghai's letter, but the article names 青岛市 (in Shandong) and never Qinghai
    text = (
        "港青合作交流会在青岛举行\n"
        "10月12日，港青经贸合作交流会在青岛举行，香港特别行政区政府财经事务及库务局局长刘明与青岛市市长赵刚共同主持会议。"
    )
    assert sides(text) == ["青岛市", "香港特别行政区"]



def test_a_zone_named_by_its_members_letters_has_them_as_sides() -> None:
    # 乌昌石: 乌鲁木齐, 昌吉, 石河子, each named in the article; the counties listed later are no sides
    text = (
        "乌昌石城市群第一次党政联席会议在昌吉召开\n"
        "6月8日，乌昌石城市群第一次党政联席会议在昌吉召开。乌鲁木齐市委书记王明、昌吉州党委书记李强、"
        "石河子市委书记赵刚出席会议并讲话。\n"
        "会议指出，要推动阜康市、呼图壁县、玛纳斯县、沙湾县等沿线县市加强产业协作。"
    )
    assert sides(text) == ["乌鲁木齐市", "昌吉回族自治州", "石河子市"]


def test_a_province_helping_a_place_of_the_other_province() -> None:
    # 沪滇对口帮扶文山州: Shanghai helps 文山州 of Yunnan; the sides are Shanghai and 文山州
    text = (
        "沪滇两地在文山召开对口帮扶工作座谈会\n"
        "9月19日上午，沪滇对口帮扶文山州工作座谈会在文山县召开。上海市政府副秘书长王明、文山州州长李强出席会议。"
    )
    assert sides(text) == ["上海市", "文山壮族苗族自治州"]


def test_the_host_welcoming_the_listed_members_is_a_member_when_a_count_says_so() -> None:
    text = (
        "淮海经济区五市协同发展推进会在徐州召开\n"
        "8月6日，淮海经济区五市协同发展推进会在徐州召开。徐州市委书记王明代表市委、市政府，向出席会议的"
        "连云港、宿迁、枣庄、淮北各位领导表示热烈欢迎。五市将在交通、产业、生态等方面深化合作。"
    )
    assert sides(text) == ["宿迁市", "徐州市", "枣庄市", "淮北市", "连云港市"]


def test_provinces_letters_with_the_letters_of_one_unit_inside_each() -> None:
    """沪浙金平 (上海's 金山区, 浙江's 平湖市) and 津静冀青 (天津's 静海县, 河北's 青县): the units are the
    sides, the provinces' letters say where they lie; the documents signed there are theirs too."""
    text = (
        "10月12日，沪浙金平交界地区合作发展座谈会在平湖市召开。上海市金山区委副书记、区长李明华，"
        "浙江省嘉兴市委常委、平湖市委书记王建国出席。双方签订了《金平两地农业科技合作备忘录》。"
    )
    rec = extract_text(text, ner=False)
    assert rec.event is not None and sorted(p.name for p in rec.event.parties) == ["平湖市", "金山区"]
    assert sorted(p.name for p in rec.agreements[0].parties) == ["平湖市", "金山区"]
    text = (
        "4月11日，津静冀青区域合作联席会议第一次会议在青县召开。天津市静海县委书记赵永明、"
        "河北省沧州市副市长刘志远、青县县委书记孙立新出席会议。"
    )
    assert sides(text) == ["青县", "静海县"]


def test_places_in_a_clause_after_the_events_are_its_purpose_not_its_sides() -> None:
    """…签署仪式，双方将…串连…，吸引双北与桃园游客: 台北市, 新北市 and 桃园市 are whom the route is for;
    the sides are the two leaders' places."""
    text = (
        "（中央社记者林柏谚宜兰县20日电）台中市长卢嘉慧与宜兰县长陈淑惠今天在宜兰县政府举行观光合作备忘录签署仪式，"
        "双方将以台7甲线串连梨山与宜兰山区部落，吸引双北与桃园游客深度旅游。"
    )
    assert sides(text) == ["台中市", "宜兰县"]


def test_a_count_of_signers_of_another_level_than_the_events_sides() -> None:
    """怀化·柳州 (two cities) meet; 通道侗族自治县与三江侗族自治县…，两县在会上签订了《…》: the two counties
    the count refers back to sign it, not the cities."""
    text = (
        "9月18日，怀化·柳州区域合作座谈会在柳州市召开。座谈会上，两市签署了《怀化市柳州市区域合作框架协议》。"
        "通道侗族自治县与三江侗族自治县同为侗族聚居地，山水相连，两县在会上签订了《通道·三江侗族文化旅游合作备忘录》。"
    )
    rec = extract_text(text, ner=False)
    parties = {a.title: sorted(p.name for p in a.parties) for a in rec.agreements}
    assert parties["怀化市柳州市区域合作框架协议"] == ["怀化市", "柳州市"]
    assert parties["通道·三江侗族文化旅游合作备忘录"] == ["三江侗族自治县", "通道侗族自治县"]


def test_the_venues_district_is_no_side_of_a_counted_pair() -> None:
    """渝港经贸合作会议昨日在重庆渝中区召开 … 两地: 重庆市 and 香港, not the venue's 渝中区."""
    text = (
        "【本报讯】（记者 郑浩然 重庆报道）渝港经贸合作会议昨日在重庆渝中区召开。特区政府商务及经济发展局局长苏锦涛"
        "率领香港代表团出席，重庆市副市长谭家玲主持。两地签署了多项合作协议。"
    )
    assert sides(text) == ["重庆市", "香港特别行政区"]


def test_a_titles_count_of_provinces_then_prefectures_names_the_prefectures() -> None:
    """《川甘青三省五州旅游合作协议》 signed at the five prefectures' meeting: the five, not the provinces
    the letters and 三省 say they lie in."""
    text = (
        "8月20日，川甘青三省五州经济协作联席会议在合作市召开。甘南州、阿坝州、甘孜州、果洛州、黄南州负责同志出席。"
        "会上，五州签署了《川甘青三省五州旅游合作协议》。"
    )
    rec = extract_text(text, ner=False)
    assert rec.event is not None and len(rec.event.parties) == 5
    (doc,) = rec.agreements
    assert sorted(p.name for p in doc.parties) == sorted(p.name for p in rec.event.parties)


def test_a_zones_meeting_whose_members_leaders_take_part() -> None:
    """海口经济圈…联席会议 with the leaders of 海口、文昌、定安、澄迈、屯昌 taking part: the five, not the zone
    (a provincial guest is none)."""
    text = (
        "4月18日，海口经济圈2024年第一次联席会议在海口召开。海口市委副书记、市长欧阳宁主持会议，文昌市委副书记、"
        "市长云振华，定安县委副书记、县长王春燕，澄迈县委副书记、县长吴家骏，屯昌县委副书记、县长陈雅婷参加会议。"
        "省发展改革委副主任林海波出席会议。"
    )
    assert sides(text) == sorted(["海口市", "文昌市", "定安县", "澄迈县", "屯昌县"])


def test_one_governments_own_meeting_has_it_alone_as_its_side() -> None:
    """安徽日报讯 省政府昨天在合肥召开常务会议 … 与沪苏浙开展合作: 安徽省 alone (the outlet's province), not
    the places the agenda names."""
    text = (
        "省政府常务会议审议通过东向发展战略实施意见\n　　安徽日报讯（记者 汪海鸥）省政府昨天在合肥召开常务会议，审议通过"
        "《安徽省人民政府关于东向发展战略的实施意见》。省长卫国清主持会议。\n　　会议确定，我省将在产业承接、基础设施等领域"
        "与沪苏浙开展合作，争取年内与上海、江苏、浙江的口岸实现通关便利化。"
    )
    assert sides(text) == ["安徽省"]


def test_the_governments_that_hold_it_together_are_its_sides() -> None:
    """第三届湘桂边界…旅游文化节 … 由城步苗族自治县人民政府、广西龙胜各族自治县人民政府联合主办: the two
    counties, not the provinces of the border's letters."""
    text = (
        "7月24日上午，第三届湘桂边界“苗瑶风情”旅游文化节在城步苗族自治县开幕。本届文化节由城步苗族自治县人民政府、"
        "广西龙胜各族自治县人民政府联合主办，为期三天。邵阳市委常委颜志刚，桂林市副市长陆春燕出席开幕式。"
    )
    assert sides(text) == ["城步苗族自治县", "龙胜各族自治县"]


def test_a_citys_letter_in_a_pair_where_the_article_names_the_city_not_the_province() -> None:
    """宁港经贸合作交流会 in 南京 (南京市 named, 宁夏 not): 南京市 and 香港, no 宁夏 added; with 宁夏 named, 宁夏."""
    text = "商务及经济发展局局长高振邦今日率领香港特别行政区政府代表团在南京出席宁港经贸合作交流会，并与南京市委书记会面。"
    rec = extract_text(text, ner=False)
    assert "宁夏回族自治区" not in {r.name for r in rec.regions}
    assert sides(text) == ["南京市", "香港特别行政区"]
    assert sides("宁夏回族自治区代表团访港，宁港经贸合作交流会在香港举行。") == ["宁夏回族自治区", "香港特别行政区"]


def test_a_count_of_members_to_come_is_no_count_of_the_sides() -> None:
    """基隆…与桃园…签署备忘录 … 争取扩大为四市共同推动: four cities are to come; the signing has two sides."""
    text = (
        "基隆桃园携手推观光\n　　基桃观光合作签约仪式昨（11）日在基隆市政府举行，基隆市长骆永诚与桃园市长曾立凯共同签署"
        "《基隆市桃园市海空双港观光合作备忘录》。双方也将把合作成果提到年底的北北基桃首长会议，争取扩大为四市共同推动的跨域观光计划。"
    )
    assert sorted(sides(text)) == ["基隆市", "桃园市"]


def test_two_cities_letters_before_growing_into_one_are_the_sides() -> None:
    """宁滁同城化发展第三次联席会议在我市召开 (滁州市人民政府's page): 宁 and 滁 are the sides' letters before 同城化."""
    text = (
        "滁州市人民政府\n宁滁同城化发展第三次联席会议在我市召开\n发布时间：2015-03-06　信息来源：滁州日报\n"
        "　　3月5日上午，宁滁同城化发展第三次联席会议在我市召开。南京市委副书记、市长訾天明，市委书记储光远出席会议并讲话。"
    )
    assert sides(text) == ["南京市", "滁州市"]


def test_a_banks_branch_named_after_its_place_signs_for_no_place() -> None:
    """中国工商银行漯河分行与临颍县一家食品企业签订: a bank's branch and a company, no sides; 国家开发银行江西省分行
    与两市政府签订: the two cities' governments sign, the event's sides."""
    from extract import extract_text

    text = (
        "两市合作洽谈会开幕\n　　9月26日，漯河市与亳州市联合举办的食品博览会开幕。两市政府签署了《漯河市亳州市商贸合作协议》。"
        "中国工商银行漯河分行与临颍县一家食品企业签订了《授信合作协议》。国家开发银行河南省分行与两市政府签订了《开发性金融合作备忘录》。"
    )
    got = {a.title: sorted(p.name for p in a.parties) for a in extract_text(text, ner=False).agreements}
    assert got["授信合作协议"] == []
    assert got["开发性金融合作备忘录"] == ["亳州市", "漯河市"]


def test_the_places_an_events_name_joins_beat_a_count_read_from_places_in_passing() -> None:
    """顺德市与中山市跨界道路建设协调会 … 两市签署 … 往来两地以及前往广州、珠海的车程: 顺德 and 中山, not 广州 and 珠海."""
    text = (
        "顺德中山携手共建跨界道路\n　　本报讯　昨日上午，顺德市与中山市跨界道路建设协调会在顺德市大良召开。两市签署了"
        "《顺德市中山市跨界道路建设合作协议》，确定共同投资建设三条连接两市的跨界道路。\n"
        "　　根据协议，三条跨界道路由两市按各自境内里程分别出资，统一设计、同步施工。建成后，往来两地以及前往广州、珠海的"
        "车程将大为缩短。"
    )
    assert sides(text) == ["中山市", "顺德市"]


def test_the_governments_holding_a_fair_are_its_sides_over_the_letters_of_its_name() -> None:
    """首届豫皖食品医药产业合作洽谈会 … 由漯河市人民政府、亳州市人民政府主办: 漯河 and 亳州, not 河南 and 安徽."""
    text = (
        "首届豫皖食品医药产业合作洽谈会在我市开幕\n　　漯河日报讯　2010年4月16日至18日，首届豫皖食品医药产业合作洽谈会"
        "在漯河市会展中心举行。洽谈会由漯河市人民政府、亳州市人民政府主办，中国食品工业协会协办。"
    )
    assert sides(text) == ["亳州市", "漯河市"]


def test_two_places_joined_before_their_offices_written_once_sign() -> None:
    """景德镇市与德化县文化广电旅游部门签订了《…》 at a meeting of three: the two places sign it."""
    from extract import extract_text

    text = (
        "三大瓷都陶瓷产业合作论坛开幕\n　　4月18日，景德镇市、德化县、潮州市三地合作论坛在景德镇开幕。三地政府共同签署了"
        "《三大瓷都陶瓷产业协同发展合作协议》；景德镇市与德化县文化广电旅游部门签订了《陶瓷文化旅游线路共建协议》。"
    )
    got = {a.title: sorted(p.name for p in a.parties) for a in extract_text(text, ner=False).agreements}
    assert got["陶瓷文化旅游线路共建协议"] == ["德化县", "景德镇市"]


def test_a_names_letter_inside_a_named_county_and_a_province_beside_it() -> None:
    """A Taiwan county's letter is often not its first (新竹 → 竹): 湘竹 beside 新竹县 and 湖南省 is the
    two; the 湘潭 the delegation also passed stays no side (it is named once, the province often)."""
    text = (
        "竹縣府團訪湖南　簽農業交流備忘錄\n2014-06-12 19:24　聯合報　記者林明／即時報導\n"
        "新竹縣長陳大明率縣府團隊一行22人，10日至14日赴湖南省參訪，昨天在長沙市出席「湘竹農業交流座談會」，"
        "湖南省農業廳副廳長李曉在會上介紹湖南農業。參訪團還前往湘潭考察湖南茶園。\n"
    )
    assert sides(text) == ["新竹县", "湖南省"]
    # a county's letter with a field word of four characters between it and the cooperation word
    text2 = (
        "屏縣農業訪問團赴海南\n2011-06-14　〔記者潘明／屏東報導〕\n"
        "屏東縣政府農業處長蘇國明率團赴海南省考察，12日在海口市舉行「屏瓊熱帶農業交流座談會」，"
        "海南省農業廳副廳長吳強出席。\n"
    )
    assert sides(text2) == ["屏东县", "海南省"]
    # one area's name before its own word is no letters (攀西地区开发协作: no 西昌市)
    text3 = (
        "攀西地区开发协作联席会议召开\n2001-07-18\n"
        "7月17日，攀西地区开发协作联席会议第六次会议在西昌市召开，攀枝花市市长李明出席。\n"
    )
    assert "西昌市" not in sides(text3)


def test_a_meeting_in_a_county_whose_name_opens_with_whole_is_no_local_meeting() -> None:
    """在全州县召开: 全州县 is a county, not 全市 (the whole home place) — the two prefectures are the sides;
    全州、兴安、灌阳、资源四县: four counties, 资源 (a word too) among them; 党政领导商定: no name."""
    text = (
        "桂林零陵两地区加强湘桂边界经济协作\n广西日报　1993年4月8日\n"
        "本报讯（记者 韦振邦）4月5日至6日，桂林地区、零陵地区第三次经济技术协作联席会议在全州县召开。"
        "两地区党政领导商定，在交通、商贸等方面扩大合作。\n"
        "桂林地委书记莫树森说，全州、兴安、灌阳、资源四县同零陵地区山水相连。\n"
    )
    rec = extract_text(text, ner=False)
    assert rec.event is not None
    assert sorted(p.name for p in rec.event.parties) == ["桂林地区", "零陵地区"]
    assert {"兴安县", "资源县"} <= {r.name for r in rec.regions}
    assert "商定" not in {o.name for o in rec.officials}


def test_taiwans_letter_stands_for_the_one_taiwan_county_the_article_names() -> None:
    text = (
        "台湾云林县议会参访团来渝交流\n2014年10月16日 09:15:32　来源： 新华网\n"
        "新华网重庆10月16日电（记者 蒲晓东）15日，台湾云林县议会议长廖文魁率领的云林县议会参访团抵达重庆。"
        "当天下午，重庆市人大常委会副主任谭家明会见了参访团一行，随后双方举行渝台农业交流座谈会。\n"
    )
    assert sides(text) == ["云林县", "重庆市"]
    # two Taiwan counties named: the letter stays Taiwan's
    text2 = text.replace("谭家明会见了参访团一行", "谭家明会见了参访团一行和彰化县代表")
    assert "台湾省" in sides(text2)


def test_a_signer_named_without_the_title_the_article_gave_him_before() -> None:
    """由蔡明崇与舟山市副市长邵国平共同签署: 蔡明崇 is 花莲县副县长 of the lead, so 花莲县 is a side."""
    text = (
        "花縣府赴舟山簽觀光協議\n2016-04-12 06:00\n"
        "〔記者游政豪／花蓮報導〕花蓮縣副縣長蔡明崇上週率縣府觀光處等單位主管赴中國浙江省舟山市參訪。\n"
        "據縣府提供的資料，參訪團4月5日至9日走訪舟山市，7日上午在舟山舉行簽約儀式，由蔡明崇與舟山市副市長邵國平共同簽署。\n"
    )
    assert sides(text) == ["舟山市", "花莲县"]


def test_the_other_side_listed_after_a_joiner_in_the_same_sentence() -> None:
    text = (
        "两岸县市融合发展论坛在厦门举行\n2019-06-16 08:35:12　来源：东南网\n"
        "东南网6月16日讯 6月15日，两岸县市融合发展论坛在厦门举行。台湾新竹县、南投县、嘉义市、澎湖县的县市议会议长及基层代表，"
        "与福州、莆田、泉州、漳州四市的负责同志共200余人出席。\n"
    )
    assert sides(text) == sorted(["新竹县", "南投县", "嘉义市", "澎湖县", "福州市", "莆田市", "泉州市", "漳州市"])


def test_a_fishermens_association_is_no_government() -> None:
    text = (
        "两岸县市融合发展论坛在厦门举行\n2019-06-16 08:35:12　来源：东南网\n"
        "6月15日，两岸县市融合发展论坛在厦门举行。论坛上，漳州市东山县人民政府与澎湖县渔会签署《东山澎湖渔业交流合作框架协议》。\n"
    )
    rec = extract_text(text, ner=False)
    assert [p.name for p in rec.agreements[0].parties] == ["东山县"]


def test_a_meeting_a_delegation_holds_with_its_hosts_inside_its_visit() -> None:
    """The headline tells a visit, the lead a meeting held with the hosts: the meeting is the event, its
    sides the delegation's place (我省: the outlet's province) and the hosts."""
    text = (
        "我省党政代表团赴新疆克州阿克陶县考察对口援疆工作\n2019-08-29 07:15:38　来源：江西日报\n"
        "本报阿克陶讯 8月26日至28日，我省党政代表团赴新疆克孜勒苏柯尔克孜自治州阿克陶县，考察对口援疆工作。"
        "27日上午，代表团与克州、阿克陶县举行对口援疆工作座谈会。江西省委常委裴志刚出席。\n"
    )
    rec = extract_text(text, ner=False)
    assert rec.event is not None
    assert (rec.event.name, rec.event.start) == ("对口援疆工作座谈会", "2019-08-27")
    assert sorted(p.name for p in rec.event.parties) == sorted(["江西省", "克孜勒苏柯尔克孜自治州", "阿克陶县"])


def test_the_supported_side_two_places_joined_after_the_province_that_qualifies_them() -> None:
    text = (
        "浙江省对口支援新疆工作联席会议在杭召开\n2024-06-19　来源：浙江日报\n"
        "6月19日，浙江省对口支援新疆阿克苏地区和兵团第一师阿拉尔市工作联席会议在杭州召开。\n"
    )
    assert sides(text) == sorted(["浙江省", "阿克苏地区", "阿拉尔市"])


def test_the_organisers_a_sentence_referring_to_the_event_names() -> None:
    text = (
        "第三届冀蒙协作发展推进会将在张家口召开\n发布日期：2019-09-10　　来源：张家口日报\n"
        "本报讯 第三届冀蒙协作发展推进会将于9月26日至27日在我市召开。届时，乌兰察布市党政代表团将来张考察。\n"
        "据市发改委主任许永刚介绍，本届推进会以“携手融入京津冀”为主题，由张家口市人民政府、乌兰察布市人民政府共同主办。\n"
    )
    assert sides(text) == ["乌兰察布市", "张家口市"]


def test_a_plan_a_notice_hands_out_is_its_issuers_alone() -> None:
    text = (
        "鹰潭市人民政府办公室关于印发鹰潭市深化与南平市合作三年行动方案（2026—2028年）的通知\n"
        "各县（市、区）人民政府：\n现将《鹰潭市深化与南平市合作三年行动方案（2026—2028年）》印发给你们，请认真贯彻执行。\n"
        "鹰潭市人民政府办公室\n2026年3月2日\n"
    )
    rec = extract_text(text, ner=False)
    assert [[p.name for p in a.parties] for a in rec.agreements] == [["鹰潭市"]]


def test_a_plan_a_named_government_issues_is_that_places_alone() -> None:
    text = (
        "江苏省对口支援拉萨市工作座谈会召开\n2016-08-12\n"
        "本报讯 昨日，江苏省对口支援拉萨市工作座谈会在拉萨召开。严继东表示，江苏省政府已印发《江苏省对口支援拉萨市“十三五”规划》。\n"
    )
    rec = extract_text(text, ner=False)
    assert [[p.name for p in a.parties] for a in rec.agreements] == [["江苏省"]]


def test_a_university_among_the_listed_signers_is_no_side() -> None:
    """A place opening the name of a listed party that is no government (陕西理工大学 among two city
    governments, a company and a chamber) is no side; a count closing the list is no such name
    (通城、平江、修水三县第五次边界联谊会: 修水 stays)."""
    text = (
        "7月9日下午，宝鸡汉中秦岭生态产业协同创新合作签约仪式在我市举行。宝鸡市人民政府、汉中市人民政府、"
        "陕西理工大学、宝鸡华秦智造装备有限公司、宝鸡市温州商会五方签署《宝鸡汉中秦岭生态产业协同创新合作协议》。"
    )
    assert sides(text) == ["宝鸡市", "汉中市"]
    text = "4月7日至8日，通城、平江、修水三县第五次边界联谊会在通城县隽水镇召开。"
    assert sides(text) == ["修水县", "平江县", "通城县"]


def test_a_place_that_releases_a_document_alone_issues_it() -> None:
    """会上，襄樊市发布了《襄樊市鼓励港资企业投资若干措施》: the place written right before the verb
    issues it, its government unwritten (not the event's other side); two places joined before the
    verb are not one issuer."""
    text = (
        "9月16日，襄樊—香港经贸合作交流会在香港举行。襄樊市市长林卓然与香港投资推广署署长沈家麒出席。"
        "会上，襄樊市发布了《襄樊市鼓励港资企业投资若干措施》，对港资项目给予支持。"
    )
    rec = extract_text(text, ner=False)
    assert [p.name for p in rec.agreements[0].parties] == ["襄樊市"]


def test_a_zones_office_signing_for_its_members_gives_the_zone() -> None:
    """淮海经济区协作办公室（秘书处）受各成员城市委托，与国家开发银行山东省分行签署《…》: the zone's own office
    signs with a bank, for the members: the zone is the side (no place of the bank's name)."""
    text = (
        "9月15日，淮海经济区协同发展推进会在济宁召开。会上，淮海经济区协作办公室（秘书处）受各成员城市委托，"
        "与国家开发银行山东省分行签署《开发性金融支持淮海经济区协同发展合作备忘录》。"
    )
    rec = extract_text(text, ner=False)
    assert [p.name for p in rec.agreements[0].parties] == ["淮海经济区"]
    text = "会上，国家开发银行山东省分行与济宁一家物流企业签署《物流园区融资合作协议》。"
    assert extract_text(text, ner=False).agreements[0].parties == []


NOTICE_PAGE = (
    "首页 > 政务公开 > 政策文件\n"
    "索 引 号：011043502/2023-00041　　　　主题分类：国民经济管理\n"
    "发文机关：咸宁市人民政府办公室　　　　成文日期：2023年03月20日\n"
    "名　　称：市人民政府办公室关于印发咸宁岳阳九江“小三角”合作2023年工作要点的通知\n"
    "发文字号：咸政办发〔2023〕9号　　　　发布日期：2023年03月22日\n\n"
    "市人民政府办公室关于印发咸宁岳阳九江“小三角”合作2023年工作要点的通知\n\n"
    "各县、市、区人民政府，市政府各部门：\n"
    "　　《咸宁岳阳九江“小三角”合作2023年工作要点》已经市人民政府常务会议审议通过，现印发给你们，请结合实际认真贯彻落实。\n"
)


def test_a_notice_of_a_government_named_by_its_level_alone() -> None:
    """市人民政府办公室关于印发…的通知 on a document page: the issuer is the page's own, which its field
    names (发文机关：咸宁市人民政府办公室), alone though the title names three cities; approved by a
    meeting (已经…审议通过，现印发) the document is adopted; 名　　称： labels the headline."""
    rec = extract_text(NOTICE_PAGE, ner=False)
    doc = rec.agreements[0]
    assert (doc.action, [p.name for p in doc.parties]) == ("adopted", ["咸宁市"])
    assert rec.title == "市人民政府办公室关于印发咸宁岳阳九江“小三角”合作2023年工作要点的通知"


def test_a_leader_who_comes_to_witness_is_no_side() -> None:
    """新北市副市长…代表市长…到场见证 (parties.tsv ``guest``): a witness, not a side of the signing."""
    text = (
        "〔记者王姿婷／台北报导〕台北市长李宗翰昨天与台中市长周正雄在台北市政府出席双城交流合作备忘录签署仪式，"
        "双方将在文化、观光、交通及防灾等领域展开交流合作；新北市副市长高明德代表市长林志忠到场见证。"
    )
    assert sides(text) == ["台中市", "台北市"]


def test_a_place_written_with_its_parent_is_that_place_as_a_side() -> None:
    """南充市·重庆市合川区…联席会议: the dotted pair's second side is 合川区, which 重庆市 only qualifies;
    a delegation's visit to 重庆市潼南区 (赴, below the event's place 重庆市) has the district as its host."""
    assert sides("3月5日，南充市·重庆市合川区嘉陵江流域协同发展第一次联席会议在合川召开。") == ["南充市", "合川区"]
    text = (
        "我市党政代表团赴重庆潼南学习考察\n"
        "　　本月23日，市委书记邓明远率遂宁市党政代表团赴重庆市潼南区学习考察，并出席遂潼一体化发展座谈会。"
        "潼南区委书记冉建平，区委副书记、区长谭雪梅参加考察和座谈。"
    )
    assert sides(text) == ["潼南区", "遂宁市"]


def test_a_delegation_that_pays_a_visit_to_a_district_has_the_district_as_its_host() -> None:
    """香港西貢區議會代表團昨日到訪深圳市鹽田區: 到訪 (as 赴) takes the delegation to the district its city qualifies —
    the district is the host, no 深圳市."""
    text = (
        "西貢區議會訪鹽田　兩區簽交流合作備忘錄\n"
        "香港文匯報訊（記者 鄺嘉敏 深圳報道）香港西貢區議會代表團昨日到訪深圳市鹽田區，出席西貢．鹽田兩區交流座談會，"
        "並簽署交流合作備忘錄。鹽田區委書記楊志遠、區長郭曉暉與代表團座談。"
    )
    assert sorted(sides(text)) == ["盐田区", "西贡区"]
    # (the delegation's count and day between, set apart by a comma: 代表团一行二十人，昨日前往…)
    text = (
        "葵青區議會訪增城\n"
        "　　葵青區議會代表團一行二十人，昨日前往廣州市增城區進行為期兩天的訪問，並在增城區人民政府出席兩區交流座談會。"
        "增城區區長陳志明與代表團座談。"
    )
    assert sorted(sides(text)) == ["增城区", "葵青区"]


def test_a_delegation_that_calls_on_a_government_has_it_as_its_host() -> None:
    """廈門市海滄區區長…率領的參訪團昨日拜會宜蘭縣政府: 拜會 (as 拜訪) takes the delegation to the government it
    calls on — the district is a side beside the county that holds the forum, not the place of the meeting alone."""
    text = (
        "宜泉觀光交流再升溫　海滄區長訪宜蘭\n"
        "〔記者黃志明／宜蘭報導〕廈門市海滄區區長吳文華率領的參訪團昨（9）日拜會宜蘭縣政府，與副縣長李建國共同主持"
        "「兩岸觀光產業交流座談會」，並參觀羅東林業文化園區。"
    )
    assert sorted(sides(text)) == ["宜兰县", "海沧区"]


def test_a_letters_province_narrowed_to_the_one_unit_of_it_acting_around_the_event() -> None:
    """港湘…交流会 with 湖南省岳阳市代表团 visiting and 岳阳市人民政府 signing: the letter 湘 says where the side lies,
    the city acting for it is the side (and the document's)."""
    text = (
        "港湘物流合作交流会在港举行\n"
        "【本报讯】湖南省岳阳市代表团3月5日至8日访港，昨日（6日）在葵涌出席「港湘物流合作交流会」。"
        "特区政府运输及物流局与岳阳市人民政府签署《关于加强内河物流合作的备忘录》。"
        "运输及物流局副秘书长陈志强、岳阳市副市长李卫东出席交流会。"
    )
    rec = extract_text(text, ner=False)
    assert rec.event is not None
    assert sorted(p.name for p in rec.event.parties) == ["岳阳市", "香港特别行政区"]
    assert sorted(p.name for p in rec.agreements[0].parties) == ["岳阳市", "香港特别行政区"]


def test_a_sar_body_by_its_short_name_signing_with_a_partner_after_the_event() -> None:
    """…座谈会在…举行，康文署与…人民政府签署: a body named by its short name alone on a Hong Kong page, joined to the
    partner who signs with it in the event's sentence — the SAR and the partner's place are the sides."""
    text = (
        "康文署与敦煌市签署文物保护备忘录\n"
        "香港文汇报讯（记者 李明 甘肃报道）香港特区政府康乐及文化事务署代表团6月10日至14日在甘肃省考察石窟保护工作。"
        "昨日（12日），石窟文物保护交流座谈会在酒泉市敦煌市举行，康文署与敦煌市人民政府签署了《石窟文物数字化保护合作备忘录》。"
    )
    rec = extract_text(text, ner=False)
    assert rec.event is not None
    assert sorted(p.name for p in rec.event.parties) == ["敦煌市", "香港特别行政区"]


def test_a_visiting_delegation_holding_an_event_named_for_its_own_place_has_the_host_too() -> None:
    """访问团…在潍坊举行「台中市…座谈会」: one place in the name, the visitors' (台中市乡亲返乡访问团), the event held by
    their delegation where it went — the place it was held in hosts it."""
    text = (
        "台中乡亲返乡团访潍坊\n"
        "（中央社记者王志明台中20日电）台中市乡亲返乡访问团一行35人，由台中市副市长林佳龙率领，16日至19日赴山东潍坊探亲访问。"
        "访问团17日上午在潍坊举行「台中市乡亲返乡交流座谈会」，潍坊市副市长张立新出席。"
    )
    assert sides(text) == ["台中市", "潍坊市"]


def test_a_letters_city_narrowed_to_the_district_whose_department_meets_the_visitors() -> None:
    """港穗…座谈会 held with 番禺区卫生健康局 (joined by 与 to the visitors): the district acting for the city the letter
    穗 stands for is the side; and provinces' letters narrowed to the cities whose bureaus sign with each other
    (苏鲁…座谈会: 新沂市卫生局与临沂市卫生局签订)."""
    text = (
        "医管局与番禺区签署合作备忘录\n"
        "【大公报讯】香港医院管理局代表团昨日（5日）到访广州市番禺区，与番禺区卫生健康局举行港穗医疗合作座谈会，"
        "并签署医疗合作备忘录。"
    )
    assert sides(text) == ["番禺区", "香港特别行政区"]
    text = (
        "苏鲁边界卫生合作再上台阶\n"
        "　　本报讯 5月20日，苏鲁边界卫生合作座谈会在日照市召开。赣榆区卫生健康委与日照市卫生健康委签订医疗合作协议。"
    )
    assert sides(text) == ["日照市", "赣榆区"]


def test_supply_and_marketing_cooperatives_sign_for_their_places() -> None:
    """县供销社与…供销合作社签订: the governments' own cooperatives (rules/parties.tsv govbody 供销社) sign for their
    places — unlike a farmers' 合作社, no government."""
    text = (
        "两地供销社签订农产品产销协议\n"
        "　　本报讯 6月18日，农产品产销对接会在昆山举行，汉阴县供销社与昆山市供销合作社签订了《农产品产销合作协议》。"
    )
    rec = extract_text(text, ner=False)
    assert sorted(p.name for p in rec.agreements[0].parties) == ["昆山市", "汉阴县"]


def test_a_sar_body_opening_the_events_clause_after_its_day() -> None:
    """昨日（10日）上午，漁護署與…人民政府在…舉行…簽署儀式: the SAR's body named without its place opens the event's clause
    after the day — the page's SAR and the partner's place are the sides."""
    text = (
        "漁護署與從化簽備忘錄\n"
        "香港文匯報訊（記者 陳小明 廣州報道）香港特區政府代表團9月9日至11日在廣州訪問。昨日（10日）上午，"
        "漁農自然護理署與從化區人民政府在從化舉行供港活禽基地合作簽署儀式，雙方簽署合作備忘錄。"
    )
    assert sides(text) == ["从化区", "香港特别行政区"]


def test_a_twinning_of_the_places_schools_has_the_places_as_sides() -> None:
    """荃湾·东莞姊妹学校缔结仪式, organised by the places' offices: the schools are what is twinned (rules/parties.tsv
    twinned), no signers of their own — the places are the sides, of the memorandum their offices sign too."""
    text = (
        "荃灣與東莞學校締結姊妹校\n"
        "【大公報訊】由荃灣民政事務處與東莞市教育局合辦的「荃灣·東莞姊妹學校締結儀式」昨日在東莞舉行，"
        "雙方簽署了《荃灣區與東莞市姊妹學校交流合作備忘錄》，兩地共十所中小學締結為姊妹學校。"
    )
    rec = extract_text(text, ner=False)
    assert rec.event is not None
    assert sorted(p.name for p in rec.event.parties) == ["东莞市", "荃湾区"]
    assert sorted(p.name for p in rec.agreements[0].parties) == ["东莞市", "荃湾区"]


def test_both_sides_holding_the_event_after_a_sar_bodys_delegation_went_to_a_county() -> None:
    """香港特区政府渠务署代表团…访问广东省惠州市博罗县…。昨日上午，双方在博罗县举行…座谈会: both sides are the delegation,
    named with its SAR body between (特区政府渠务署代表团), and the county it went to — not the province above it."""
    text = (
        "渠务署团访博罗　共商东江防洪\n"
        "【大公报讯】香港特区政府渠务署代表团5月8日至9日访问广东省惠州市博罗县，考察东江沿岸防洪工程。"
        "昨日上午，双方在博罗县举行东江防洪交流座谈会。\n"
    )
    assert sides(text) == ["博罗县", "香港特别行政区"]


def test_a_verb_of_pairing_after_a_places_department_in_the_name() -> None:
    """江苏省卫生厅对口支援伊犁州卫生工作座谈会 with 苏新两省区卫生部门…出席: the name's pairing joins the place whose
    department supports to the place supported — its sides, over the provinces the count names."""
    text = (
        "江苏省卫生厅与伊犁州签订卫生对口支援协议\n"
        "本报伊宁7月3日电 2日上午，江苏省卫生厅对口支援伊犁州卫生工作座谈会在伊宁市举行，苏新两省区卫生部门和伊犁州的"
        "负责同志出席会议。会上，双方签订了卫生对口支援协议。\n"
    )
    assert sides(text) == ["伊犁哈萨克自治州", "江苏省"]


def test_a_delegation_meeting_a_provinces_department_in_its_capital_has_the_province_as_host() -> None:
    """澎湖县考察团赴福建省…，5日上午在福州与福建省海洋与渔业厅举行「…座谈会」: the visitors met the province's department —
    the province is the host, not the city it was held in."""
    text = (
        "澎湖县考察团赴福建　共商渔业合作\n"
        "　　澎湖县政府今（8）日表示，由澎湖县副县长林皆兴率领的县府考察团，11月4日至7日赴福建省考察渔业资源养护情形，"
        "5日上午在福州与福建省海洋与渔业厅举行「两岸渔业资源养护交流座谈会」，双方签署合作备忘录。\n"
    )
    assert sides(text) == ["澎湖县", "福建省"]


def test_counties_counted_attend_for_the_places_the_events_name_joins() -> None:
    """晋西北四县联手… over 吕梁地区与忻州市…座谈会: the four counties counted and listed are units of the
    two places the event's name joins: those two are the sides (not 陕甘川's letters of a border's name)."""
    text = (
        "山西日报\u3000第三版\u3000综合新闻\u30008月15日\u3000星期三\n"
        "[字号：大\u3000中\u3000小]\u3000[打印本文]\u3000[关闭窗口]\n"
        "\n"
        "晋西北四县联手治理黄河沿岸水土流失\n"
        "吕梁地区与忻州市签订水土保持协作协议\n"
        "\n"
        "本报讯（记者\u3000梁晋生\u3000贾新民）8月13日至14日，吕梁地区与忻州市黄河沿岸水土保持协作座谈会在岢岚县召开。"
        "吕梁地委书记杜守信，吕梁地区行署专员霍建平，忻州市委副书记、市长阎振华，忻州市副市长温秀琴，"
        "山西省水利厅副厅长牛宝田出席会议。吕梁地区的离石市、兴县、岚县和忻州市的岢岚县、保德县负责人参加了座谈。\n"
        "\n"
        "兴县、岚县、岢岚县、保德县地处晋西北黄土丘陵沟壑区，岚漪河、蔚汾河穿境而过注入黄河，"
        "水土流失面积占四县总面积的八成以上。过去两地治理各自为战，效果打了折扣。\n"
    )
    assert sides(text) == ["吕梁地区", "忻州市"]


def test_a_statutory_body_named_like_a_bureau_is_no_side() -> None:
    """《九江市人民政府与香港贸易发展局合作备忘录》: 香港贸易发展局 is a statutory body (parties.tsv
    ``nongov``), no government office of Hong Kong: the city alone."""
    text = (
        "11月6日，九江市赴港举办经贸交流会。会上，九江市人民政府与香港贸易发展局签署了"
        "《九江市人民政府与香港贸易发展局合作备忘录》。"
    )
    assert [p.name for p in extract_text(text, ner=False).agreements[0].parties] == ["九江市"]


def test_a_hometown_society_is_no_side() -> None:
    """茂名市人民政府与香港广东社团总会签署《…》: a society (总会, 同乡会: parties.tsv ``nongov``) is no government;
    the city alone, not the places in the society's name."""
    text = "会上，茂名市人民政府与香港广东社团总会签署《茂港经贸交流合作备忘录》。"
    assert [p.name for p in extract_text(text, ner=False).agreements[0].parties] == ["茂名市"]


def test_a_title_opening_with_a_mountains_name_names_no_sides_by_letters() -> None:
    """《长白山区域旅游合作白山宣言》 adopted at a forum of 白山, 延边 and 通化: 长白|山 opens the mountain's name
    (a jieba word that runs on), no letters of 长白县 and 白山市; the forum's sides adopt it. 长白山区域 is
    the mountain's region, no county's 山区 (regions)."""
    text = (
        "7月26日，第三届长白山旅游发展论坛在我市举行。白山、延边、通化三地环抱长白山，长白朝鲜族自治县、"
        "抚松县、安图县等县市共享长白山旅游资源。白山市、延边州、通化市旅游部门负责人出席。"
        "论坛审议通过了《长白山区域旅游合作白山宣言》。"
    )
    rec = extract_text(text, ner=False)
    doc = next(a for a in rec.agreements if "宣言" in a.title)
    assert "长白朝鲜族自治县" not in [p.name for p in doc.parties]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the aided place the name holds, beside the supporters listed (parties.tsv aid)
        ("8月19日，林芝市对口援藏工作座谈会在巴宜区召开。北京市、广东省、福建省三省市援藏工作负责同志参加会议。",
         ["林芝市", "北京市", "广东省", "福建省"]),
        # a name holding no place: the place its programme's word aids (aid_programmes.tsv), named in the article
        ("9月11日，对口援疆工作座谈会在乌鲁木齐召开。北京市、天津市、上海市、广东省四省市援疆指挥部负责同志参加会议。"
         "新疆维吾尔自治区领导出席。", ["新疆维吾尔自治区", "北京市", "天津市", "上海市", "广东省"]),
    ],
)
def test_an_aid_meetings_aided_place_beside_the_listed_supporters(text: str, expected: list[str]) -> None:
    assert sorted(sides(text)) == sorted(expected)


def test_two_county_level_cities_counted_as_two_cities_beside_their_prefecture() -> None:
    """南海市与顺德市…召开南海顺德边界地区…联席会议，两市签署了… with 佛山市 and 广州市番禺区 around: 两市 are the
    county-level cities the event's name holds (RECORD.md: counties stay counties)."""
    text = (
        "9月12日，南海市与顺德市在顺德市大良镇召开南海顺德边界地区治安联防联席会议，两市签署了《边界地区治安联防协议》。"
        "南海、顺德两市同属佛山市，又与广州市番禺区相邻。佛山市副市长区伟文出席会议并讲话。"
    )
    assert sides(text) == ["南海市", "顺德市"]


def test_two_county_level_cities_of_the_events_sentence_over_their_prefectures_later() -> None:
    """…率江都市党政代表团赴姜堰市考察，两市在姜堰召开经济协作座谈会 … 扬泰两市分设以后 in the next paragraph: 两市 are
    the county-level cities of the event's own sentence, not the prefectures a speech names."""
    text = (
        "本报讯　8月20日至21日，江都市委书记何建中率江都市党政代表团赴姜堰市考察，两市在姜堰召开经济协作座谈会并签署"
        "经济协作框架协议。姜堰市委书记邱文俊陪同考察。\n"
        "邱文俊说，江都和姜堰一边是扬州的东大门，一边是泰州的西大门，扬泰两市分设以后，两地交往一度减少。\n"
    )
    assert sides(text) == ["姜堰市", "江都市"]


def test_a_prefecture_named_as_it_was_then_qualifies_its_county() -> None:
    """思茅市景东彝族自治县 in 2005 (思茅市 became 普洱市 in 2007; the county's parent is today's name): the
    city only says where the county lies, no side of the two counties' meeting."""
    text = (
        "2005年8月26日，思茅市景东彝族自治县与大理州南涧彝族自治县在南涧县城召开无量山保护与开发合作座谈会，"
        "两县签署了《无量山保护与开发合作协议》。"
    )
    assert sides(text) == ["南涧彝族自治县", "景东彝族自治县"]


def test_a_zones_counted_members_beyond_the_few_listed_leave_the_zone_alone() -> None:
    """淮海经济区四省20个成员市的市长…齐聚 … 枣庄、徐州、临沂、宿州四市交通运输局还签署了…: four of twenty sign one
    paper; the meeting's side is the zone (RECORD.md: the text does not list the members), that paper's the four."""
    text = (
        "昨天上午，淮海经济区第十七次市长会议在薛城区召开。淮海经济区四省20个成员市的市长或市政府代表齐聚枣庄。\n"
        "会上，与会各市市长共同签署了《淮海经济区旅游一体化合作协议》。枣庄、徐州、临沂、宿州四市交通运输局还签署了"
        "《淮海经济区城际公交互联互通合作备忘录》。\n"
    )
    rec = extract_text(text, ner=False)
    assert rec.event is not None and [p.name for p in rec.event.parties] == ["淮海经济区"]
    docs = {a.title: sorted(p.name for p in a.parties) for a in rec.agreements}
    assert docs["淮海经济区旅游一体化合作协议"] == ["淮海经济区"]
    assert docs["淮海经济区城际公交互联互通合作备忘录"] == ["临沂市", "宿州市", "徐州市", "枣庄市"]


def test_a_few_counted_acting_are_no_members_of_a_grouping_its_event_sentence_counts_larger() -> None:
    """与泛珠三角区域其他十个成员方的行政首长… then 粤港澳三地代表另行签署了…: the three who sign apart are not the
    meeting's members; its side is the grouping."""
    text = (
        "行政长官今日在贵阳出席泛珠三角区域合作行政首长联席会议，与泛珠三角区域其他十个成员方的行政首长及代表交换意见。\n"
        "会上，各方行政首长共同签署了《泛珠三角区域跨境电子商务合作协议》。\n"
        "会议期间，粤港澳三地代表另行签署了《粤港澳旅游市场联合监管合作备忘录》。\n"
    )
    assert sides(text) == ["泛珠三角区域"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a long office after the letters' count
        ("会议期间，豫皖两省人大常委会法制工作委员会签署了《淮河流域水污染防治立法协作备忘录》。", ["安徽省", "河南省"]),
        # an office with 和 in its name, an adverb before the verb
        ("川黔两省文化和旅游厅还签署了《川黔红色旅游合作备忘录》。", ["四川省", "贵州省"]),
    ],
)
def test_a_documents_signers_as_provinces_letters_counted_with_their_office(sentence: str, expected: list[str]) -> None:
    text = (
        "6月18日，长江上游地区省际协商合作联席会议在贵阳召开。四川省、贵州省、云南省、重庆市、河南省、安徽省代表出席。"
        f"会上，六省市共同签署了《长江上游地区生态环境联防联控合作协议》。{sentence}"
    )
    rec = extract_text(text, ner=False)
    docs = {a.title: sorted(p.name for p in a.parties) for a in rec.agreements}
    assert docs[sentence.split("《")[1].split("》")[0]] == expected


def test_a_lists_offices_signing_one_paper_are_no_members_of_the_meeting() -> None:
    """沪苏浙皖三省一市…出席会议 … 上海、江苏、浙江三省市环保部门共同签署了《…》 (heldout263's written page): those three's
    offices sign one paper; the meeting's sides are the four the count says."""
    from pathlib import Path

    page = Path(__file__).resolve().parent.parent / "bench" / "heldout263" / "articles" / "02_csj_lianxi_hefei_2012_portal.txt"
    rec = extract_text(page.read_text(encoding="utf-8"), ner=False)
    assert rec.event is not None
    assert sorted(p.name for p in rec.event.parties) == ["上海市", "安徽省", "江苏省", "浙江省"]


def test_a_zones_members_counted_below_their_provinces_letters_leave_the_zone() -> None:
    """湘赣边区域合作示范区…联席会议 … 来自湘赣两省24个县（市、区）的党政负责同志: the letters say where the members lie,
    the 24 are the zone's; four counties signing one paper later are that paper's sides only."""
    text = (
        "11月20日至21日，湘赣边区域合作示范区第四次党政联席会议在修水县召开。来自湘赣两省24个县（市、区）的党政负责同志齐聚一堂。\n"
        "会议审议通过了《湘赣边区域合作示范区2025年合作事项清单》。会上，修水县、平江县、铜鼓县、浏阳市签署了《红色文旅融合发展合作协议》。\n"
    )
    rec = extract_text(text, ner=False)
    assert rec.event is not None and [p.name for p in rec.event.parties] == ["湘赣边区域合作示范区"]
    docs = {a.title: sorted(p.name for p in a.parties) for a in rec.agreements}
    assert docs["红色文旅融合发展合作协议"] == ["修水县", "平江县", "浏阳市", "铜鼓县"]


def test_a_border_areas_rules_adopted_by_its_counties_are_theirs() -> None:
    """《黑吉蒙三省区交界县（旗）区域合作章程》 adopted by the four border counties that meet: the letters, their count
    and 交界县 say where the sides lie; the counties are the sides. (川黔两省边界公路…协议: a road, the provinces'.)"""
    text = (
        "9月15日，泰来县、镇赉县、扎赉特旗、杜尔伯特蒙古族自治县四县（旗）区域合作联席会议在泰来县召开。"
        "泰来县、镇赉县、扎赉特旗、杜尔伯特蒙古族自治县党政负责同志出席会议。会议审议通过了《黑吉蒙三省区交界县（旗）区域合作章程》。"
    )
    rec = extract_text(text, ner=False)
    docs = {a.title: sorted(p.name for p in a.parties) for a in rec.agreements}
    assert docs["黑吉蒙三省区交界县（旗）区域合作章程"] == ["扎赉特旗", "杜尔伯特蒙古族自治县", "泰来县", "镇赉县"]
    # (the units counted after the border's word: 三省结合部五县（区）)
    text = (
        "11月17日，叙永县、古蔺县、七星关区、镇雄县、威信县五县（区）第三次联席会议在威信县召开。"
        "叙永县、古蔺县、七星关区、镇雄县、威信县党政负责同志出席。会议审议通过了《川滇黔三省结合部五县（区）联席会议章程》。"
    )
    docs = {a.title: sorted(p.name for p in a.parties) for a in extract_text(text, ner=False).agreements}
    assert docs["川滇黔三省结合部五县（区）联席会议章程"] == sorted(["七星关区", "古蔺县", "叙永县", "威信县", "镇雄县"])


def test_a_document_whose_signers_are_written_after_it() -> None:
    """《A》则由两市旅游局签署, 《B》《C》分别由两市市场监管局、人社局签署: the doer after the title signs (the counted
    cities' offices: the cities); one signed by companies there has no sides, one to be issued later is mentioned."""
    text = (
        "5月10日，兰州市与西宁市合作联席会议在西宁召开。会上，兰州市人民政府与西宁市人民政府签署了《共同推进兰西城市群建设合作框架协议》。"
        "《兰西城市群市场监管合作备忘录》《兰州西宁两市人才交流合作协议》分别由两市市场监管局、人社局签署。"
        "《兰州西宁两市旅游合作协议》则由两市旅游局正式签署；《兰西物流园区合作备忘录》由兰州陆港集团与西宁物流公司签署。"
        "《兰西城市群生态共保方案》将于今年8月由两市联合印发。"
    )
    rec = extract_text(text, ner=False)
    docs = {a.title: (a.action, sorted(p.name for p in a.parties)) for a in rec.agreements}
    for title in ("兰西城市群市场监管合作备忘录", "兰州西宁两市人才交流合作协议", "兰州西宁两市旅游合作协议"):
        assert docs[title] == ("signed", ["兰州市", "西宁市"]), title
    assert docs["兰西物流园区合作备忘录"] == ("signed", [])
    assert docs["兰西城市群生态共保方案"] == ("mentioned", [])


def test_a_letter_among_county_letters_names_the_county_not_its_prefecture() -> None:
    """青吴嘉: 青浦区 and 吴江区 are counties, so 嘉 is 嘉善县 (named in the article), not its prefecture 嘉兴市."""
    text = (
        "11月5日，青浦区、吴江区、嘉善县三地一体化发展联席会议在嘉善县召开。嘉兴市副市长王强出席。"
        "会议审议通过了《青吴嘉三地一体化发展2020年重点合作事项》。"
    )
    rec = extract_text(text, ner=False)
    docs = {a.title: sorted(p.name for p in a.parties) for a in rec.agreements}
    assert docs["青吴嘉三地一体化发展2020年重点合作事项"] == ["吴江区", "嘉善县", "青浦区"]


def test_a_place_government_issuing_a_document_this_year() -> None:
    """珠海市政府今年已印发《珠海市航空产业高质量发展行动方案》 at a meeting of 金湾区 with Macau: Zhuhai issued it."""
    text = (
        "澳门经济及科技发展局与金湾区人民政府昨日在澳门举行航空产业合作座谈会。金湾区区长曾志远表示，"
        "珠海市政府今年已印发《珠海市航空产业高质量发展行动方案》，金湾区将为澳资项目提供支持。"
    )
    rec = extract_text(text, ner=False)
    docs = {a.title: (a.action, sorted(p.name for p in a.parties)) for a in rec.agreements}
    assert docs["珠海市航空产业高质量发展行动方案"] == ("adopted", ["珠海市"])


def test_members_listed_as_those_who_attend_with_etc() -> None:
    """苏州、无锡、常州…等市政府负责同志参加会议: 等 closes the list of members who attend (not examples, 溧阳、宜兴等地);
    the host and the officials' own cities are sides beside them; a speech's places are not."""
    text = (
        "4月18日上午，上海大都市圈城市协同发展联席会议在南通召开。上海市副市长闵浩文，南通市委书记严青松出席会议并讲话。"
        "苏州、无锡、常州、宁波、湖州、嘉兴、舟山等市政府负责同志参加会议。\n"
        "严青松表示，南通是上海大都市圈的北翼门户。近年来，启东市、海门区与上海市崇明区在交通互联等方面合作日益紧密。\n"
    )
    rec = extract_text(text, ner=False)
    assert rec.event is not None
    assert sorted(p.name for p in rec.event.parties) == sorted(
        ["上海市", "南通市", "苏州市", "无锡市", "常州市", "宁波市", "湖州市", "嘉兴市", "舟山市"]
    )


def test_a_province_leading_its_citys_delegation_is_a_side_too() -> None:
    """上海·大连对口合作…联席会议 with 辽宁省暨大连市党政代表团: the name pairs 上海 and 大连, the delegation is the
    province's and its city's — 辽宁省 beside them (realdev r22's annotation)."""
    text = (
        "上海市委书记李强今天下午会见了由辽宁省委副书记、省长唐一军率领的辽宁省暨大连市党政代表团一行。"
        "会见前，两地召开了上海·大连对口合作第二次联席会议，应勇、唐一军出席并讲话。"
    )
    rec = extract_text(text, ner=False)
    assert rec.event is not None
    assert sorted(p.name for p in rec.event.parties) == ["上海市", "大连市", "辽宁省"]


def test_provinces_written_short_before_their_count_are_no_letters() -> None:
    """黑龙江辽宁两省经济社会发展座谈会: 黑龙江 and 辽宁 are the provinces written short before 两省 — not the letters 辽
    and 宁 (宁夏)."""
    text = (
        "24日下午，黑龙江辽宁两省经济社会发展座谈会在沈阳举行。黑龙江省委书记宋元庆、辽宁省委书记张文岳出席。"
        "两省交通厅签署了《黑龙江辽宁港口物流合作协议》。"
    )
    rec = extract_text(text, ner=False)
    assert rec.event is not None and sorted(p.name for p in rec.event.parties) == ["辽宁省", "黑龙江省"]
    assert "宁夏回族自治区" not in {r.name for r in rec.regions}


def test_a_government_department_and_a_government_holding_an_event_together() -> None:
    """论坛由北京市文化和旅游局、张家口市人民政府共同主办: a department (with 和 in its name) and a government hold the
    forum — their places are its sides."""
    text = (
        "今（18）日上午，2021京张文化体育旅游产业合作论坛在崇礼区太子城冰雪小镇开幕。"
        "论坛由北京市文化和旅游局、张家口市人民政府共同主办，北京市文化和旅游局局长顾晓岚出席开幕式并致辞。"
    )
    rec = extract_text(text, ner=False)
    assert rec.event is not None and sorted(p.name for p in rec.event.parties) == ["北京市", "张家口市"]


def test_a_pair_counted_as_those_who_attend_in_the_sentence_after_the_events() -> None:
    """…联席会议在黄山区召开。黄山、池州两市政府及旅游部门负责人…参加会议: the two places written out before their count of
    two, in the sentence after the event's that says who attends, are its sides (and the charter's it adopts)."""
    text = (
        "“两山一湖”旅游区首次协作联席会议在黄山区召开\n"
        "　　本报讯　9月21日至22日，“两山一湖”旅游区第一次协作联席会议在黄山区召开。黄山、池州两市政府及旅游部门负责人，"
        "黄山风景区、九华山风景区管委会有关负责同志参加会议。\n"
        "　　会议审议通过了《“两山一湖”旅游区协作联席会议章程》，明确联席会议每年召开一次，由两市轮流承办。\n"
    )
    assert sorted(sides(text)) == ["池州市", "黄山市"]


def test_a_visits_host_whose_government_the_events_sentence_names() -> None:
    """香港特区政府代表团到访江西省赣州市寻乌县…出席由环境局与赣州市人民政府合办的…座谈会: the government the event's sentence
    names as its co-host meets the visitors — 赣州市, not the county visited nor its province."""
    text = (
        "環境局局長率團考察東江源區生態保護\n"
        "　　環境局局長黃啟明今日（九月二十三日）率領香港特區政府代表團到訪江西省贛州市尋烏縣，考察東江源區生態保護工作，"
        "並出席由環境局與贛州市人民政府合辦的東江源區生態保護交流座談會。\n"
        "　　黃啟明在座談會上致辭時表示，特區政府樂意與贛州市加強交流。\n"
    )
    assert sorted(sides(text)) == ["赣州市", "香港特别行政区"]


def test_an_administration_named_署_signs_for_its_place_in_a_documents_title() -> None:
    """《澳门特别行政区民政总署与广州市海珠区人民政府文化交流合作协议》: 民政总署 (an office named 署, as 总署 and 公署 are)
    issues for Macau beside the district's government — both places are the paper's parties."""
    text = (
        "民署代表团访海珠　签文化交流合作协议\n2010-10-30\n"
        "　　市民日报讯　民政总署管理委员会主席钟嘉明率领的代表团访问广州市海珠区，双方签署《澳门特别行政区民政总署与"
        "广州市海珠区人民政府文化交流合作协议》，在文化艺术等方面建立长期合作关系。\n"
    )
    rec = extract_text(text, ner=False)
    assert sorted(p.name for p in rec.agreements[0].parties) == ["海珠区", "澳门特别行政区"]


def test_newcomers_joined_after_the_members_count_and_their_heads() -> None:
    """杭州、湖州、嘉兴、绍兴四市市长和新加入的衢州、黄山两市市长出席会议: the newcomers joined after the count and the
    members' heads (四市市长和新加入的…) are sides too."""
    text = (
        "衢州黄山正式加入！杭州都市圈第十次市长联席会议在绍兴召开\n"
        "　　杭州都市圈第十次市长联席会议在我市召开。杭州、湖州、嘉兴、绍兴四市市长和新加入的衢州、黄山两市市长出席会议，"
        "共商都市圈一体化发展。\n"
    )
    assert sorted(sides(text)) == sorted(["杭州市", "湖州市", "嘉兴市", "绍兴市", "衢州市", "黄山市"])


def test_the_district_of_the_venue_where_one_attends_is_no_side() -> None:
    """財政司司長今日在灣仔香港會議展覽中心出席渝港經貿合作座談會: 灣仔, the venue's district where the secretary attends
    (出席, as 召开/举行), is no side — the two places 渝港 and 两地 name are."""
    text = (
        "渝港經貿合作座談會在港舉行\n"
        "　　財政司司長馮志賢今日（三月十五日）上午在灣仔香港會議展覽中心出席渝港經貿合作座談會並致辭。重慶市委常委、"
        "副市長龐啟明率領重慶市政府代表團出席座談會。\n"
        "　　馮志賢表示，近年香港與重慶的經貿往來日趨緊密，兩地合作前景廣闊。\n"
        "　　座談會上，商務及經濟發展局局長鄧偉業與龐啟明代表兩地政府簽署了《渝港加強經貿合作備忘錄》。根據備忘錄，"
        "雙方將每年輪流在兩地舉行會議。\n"
    )
    assert sorted(sides(text)) == ["重庆市", "香港特别行政区"]


def test_a_notice_by_an_office_named_by_its_level_signed_off_in_full() -> None:
    """市人民政府办公室关于印发随州市与信阳市跨区域合作2022年工作要点的通知, signed off 随州市人民政府办公室: the issuer
    named by its level alone is the sign-off's place — 随州市 adopts the work points, not the other city its title
    names."""
    text = (
        "随州市人民政府\n市人民政府办公室关于印发随州市与信阳市跨区域合作2022年工作要点的通知\n"
        "发布时间：2022-03-21 16:30　浏览次数：1436\n\n"
        "各县、市、区人民政府，市政府各部门：\n"
        "　　《随州市与信阳市跨区域合作2022年工作要点》已经市人民政府同意，现印发给你们，请结合实际认真抓好落实。\n\n"
        "随州市人民政府办公室\n2022年3月18日\n"
    )
    rec = extract_text(text, ner=False)
    assert [p.name for p in rec.agreements[0].parties] == ["随州市"]


def test_a_document_the_ministries_hand_out_has_no_sides_but_departments_sign_for_theirs() -> None:
    """按照财政部、环境保护部印发的《…实施方案》: the State Council's ministries issued it — no places; 两省商务部门签署
    the provinces' departments sign for their provinces (a ministry's name before 门 is no ministry)."""
    text = (
        "浙皖签署新安江流域水环境补偿协议\n　　本报讯 3月20日，浙江、安徽两省在杭州签署《新安江流域水环境补偿协议》。"
        "按照财政部、环境保护部印发的《新安江流域水环境补偿试点实施方案》，试点以两省交界断面水质为考核依据。"
        "会上，两省商务部门签署了《浙皖商贸流通合作协议》。\n"
    )
    docs = {a.title: [p.name for p in a.parties] for a in extract_text(text, ner=False).agreements}
    assert docs["新安江流域水环境补偿试点实施方案"] == []
    assert sorted(docs["新安江流域水环境补偿协议"]) == sorted(docs["浙皖商贸流通合作协议"]) == ["安徽省", "浙江省"]


def test_a_document_two_state_enterprises_sign_has_no_sides() -> None:
    """徐州矿务局和淮北矿务局签订了《煤炭运销合作协议》: two state mining enterprises under a bureau's name sign — no places;
    the governments' agreement before it keeps its two cities."""
    text = (
        "徐淮两市经济合作洽谈会举行\n　　洽谈会上，两市市长代表两市人民政府签订了《徐州市淮北市经济技术合作协议》。"
        "徐州矿务局和淮北矿务局签订了《煤炭运销合作协议》。\n"
    )
    docs = {a.title: sorted(p.name for p in a.parties) for a in extract_text(text, ner=False).agreements}
    assert docs == {"徐州市淮北市经济技术合作协议": ["徐州市", "淮北市"], "煤炭运销合作协议": []}


def test_a_ministry_signing_or_issuing_with_a_region_gives_the_region() -> None:
    """国家旅游局…与自治区副主席…代表双方签署了《A》 and 国家旅游局、国家发展改革委与自治区人民政府联合印发了《B》: the region
    signs and issues with the central organs — its place (the ministries none); 国家发改委与国家能源局联合印发了《C》: none."""
    text = (
        "国家旅游局与宁夏回族自治区人民政府合作座谈会在银川举行\n　　本报讯　昨天，国家旅游局与宁夏回族自治区人民政府"
        "全域旅游示范区建设合作座谈会在银川举行。国家旅游局规划财务司司长韩世平与自治区副主席王和平代表双方签署了"
        "《关于共同推进宁夏全域旅游示范区建设的合作协议》。会上，国家旅游局、国家发展改革委与自治区人民政府联合印发了"
        "《宁夏全域旅游发展三年行动方案》。此前，国家发改委与国家能源局联合印发了《西北地区能源发展规划》。\n"
    )
    docs = {a.title: [p.name for p in a.parties] for a in extract_text(text, ner=False).agreements}
    assert docs["关于共同推进宁夏全域旅游示范区建设的合作协议"] == ["宁夏回族自治区"]
    assert docs["宁夏全域旅游发展三年行动方案"] == ["宁夏回族自治区"]
    assert docs["西北地区能源发展规划"] == []


def test_pairs_of_offices_listed_each_signing_the_same_document() -> None:
    """偏关县公安局与清水河县公安局、河曲县公安局与准格尔旗公安局分别签订了《边界地区治安联防协议》: all four counties."""
    text = (
        "晋蒙边界治安联防合作座谈会召开\n　　会上，偏关县公安局与清水河县公安局、河曲县公安局与准格尔旗公安局分别签订了"
        "《边界地区治安联防协议》。\n"
    )
    docs = {a.title: sorted(p.name for p in a.parties) for a in extract_text(text, ner=False).agreements}
    assert docs["边界地区治安联防协议"] == sorted(["偏关县", "清水河县", "河曲县", "准格尔旗"])


def test_a_deputy_head_signing_with_a_hospital_for_the_county() -> None:
    """台江县人民政府与…邵逸夫医院托管合作签约仪式 … 副县长张晓敏与邵逸夫医院院长助理金一帆代表双方签署了《台江县人民医院托管合作协议》:
    the county's deputy head signs for it — 台江县; 邵逸夫医院与黔东南州人民医院签署了《专科联盟合作协议》: hospitals only, none."""
    text = (
        "台江县与邵逸夫医院签订托管合作协议\n　　11月14日，台江县人民政府与浙江大学医学院附属邵逸夫医院托管合作签约仪式在县人民医院"
        "举行。\n　　仪式上，副县长张晓敏与邵逸夫医院院长助理金一帆代表双方签署了《台江县人民医院托管合作协议》。\n"
        "　　同日，邵逸夫医院与黔东南州人民医院签署了《专科联盟合作协议》。\n"
    )
    docs = {a.title: [p.name for p in a.parties] for a in extract_text(text, ner=False).agreements}
    assert docs == {"台江县人民医院托管合作协议": ["台江县"], "专科联盟合作协议": []}


def test_a_meeting_of_a_city_and_a_chamber_has_the_city_as_its_side() -> None:
    """南康市与深圳市赣州商会投资合作座谈会: 南康市 joined to the chamber as a side — its place; 深圳市, 赣州 are in the
    chamber's name, no sides."""
    text = (
        "深圳市赣州商会组团来我市考察\n　　5月28日，南康市与深圳市赣州商会投资合作座谈会暨项目签约仪式在南康市举行。"
        "商会会长及会员企业代表参加。\n"
    )
    ev = extract_text(text, ner=False).event
    assert ev is not None and [p.name for p in ev.parties] == ["南康市"]


def test_a_letter_two_named_cities_begin_with_is_the_one_named_throughout() -> None:
    """台金 beside 台东县, the host named throughout, and 台北市, once in passing: 台东县 and 金门县."""
    text = to_simplified(
        "金門縣長率團訪臺東　兩縣簽署觀光交流合作備忘錄\n發布日期：2015-06-12\n"
        "金門縣長李文彬率領縣府團隊，今（12）日上午抵達臺東縣政府訪問，由臺東縣長吳冠廷親自接待。"
        "雙方在縣府大禮堂舉行「臺金觀光交流座談會」，並簽署備忘錄。\n"
        "臺東縣長吳冠廷表示，臺東與金門一東一西，兩縣可以互相借鏡，臺東縣也歡迎金門鄉親。"
        "兩縣將共同向交通部爭取臺東經臺北轉機至金門的航班，臺東縣與金門縣也將互設攤位。\n"
    )
    assert sides(text) == ["台东县", "金门县"]


def test_places_joined_after_a_count_of_others_are_no_sides() -> None:
    """长春、吉林两市和延边朝鲜族自治州 in a speaker's words counts other cities: 延边 joins them, not the sides."""
    text = (
        "四平通化携手搞协作\n1994-08-12\n"
        "　　本报讯　8月11日，四平、通化两市经济技术协作座谈会在通化市召开。四平市市长王德发、通化市市长李成林出席。\n"
        "　　省计委副主任孟庆有在座谈会上说，全省各地市之间的横向联合还要进一步加强，长春、吉林两市和延边朝鲜族自治州"
        "也在探索这方面的路子。\n"
    )
    assert sides(text) == ["四平市", "通化市"]


def test_a_list_whose_clause_tells_its_speaking_names_speakers_not_members() -> None:
    """武汉、长沙、南昌三个省会城市科技局负责人在会上作交流发言: the cities of speakers; the zone's meeting keeps the zone."""
    text = (
        "长江中游城市群科技合作联席会议在宜昌召开\n2016年11月18日\n"
        "　　本报讯　11月17日，长江中游城市群科技合作联席会议第二次会议在宜昌召开。会议审议通过了联席会议章程。\n"
        "　　武汉、长沙、南昌三个省会城市科技局负责人在会上作交流发言。会议确定，第三次联席会议明年在株洲市举行。\n"
    )
    assert sides(text) == ["长江中游城市群"]


def test_a_document_its_two_leaders_sign_for_both_sides_is_both_sides_though_its_title_names_one_doer() -> None:
    """林家聲與吳國華代表雙方簽署《香港特別行政區政府援建樂山市災後恢復重建項目協議》: each signs for a side — the event's two
    sides (香港, 乐山市), not the title's doer alone."""
    page = (
        "香港特區政府新聞公報\n"
        "發展局局長率團訪問樂山　雙方簽署援建項目協議\n"
        "　　發展局局長林家聲今日（六月十二日）在四川省樂山市出席港樂援建項目工作會議，與樂山市市長吳國華一同檢視香港特別行政區政府援建項目的進度。\n"
        "　　工作會議在樂山市政府舉行，樂山市委書記孫明亦有出席。林家聲在會上表示，根據《關於香港特別行政區支援四川地震災區災後恢復重建合作的安排》，特區政府在樂山市援建的項目包括峨邊彝族自治縣的兩所中學、沙灣區的一所醫院，以及馬邊彝族自治縣的一段山區公路，有關項目自去年十月起陸續動工。他說，香港市民對災區同胞十分關心，特區政府會確保每一分捐款用得其所，並會嚴格監察工程質素和進度。\n"
        "　　會後，林家聲與吳國華代表雙方簽署《香港特別行政區政府援建樂山市災後恢復重建項目協議》，進一步明確項目管理、資金撥付和工程監督等安排。\n"
        "2009年6月12日（星期五）\n"
    )
    r = extract_text(page, ner=False)
    assert r.event is not None and {p.name for p in r.event.parties} == {"香港特别行政区", "乐山市"}
    (doc,) = [a for a in r.agreements if a.title.startswith("香港特别行政区政府援建")]
    assert {p.name for p in doc.parties} == {"香港特别行政区", "乐山市"}


def test_a_document_a_bare_government_issued_some_time_before_is_its_sides_alone() -> None:
    """縣政府今年一月印發《從化縣鼓勵外商投資若干辦法》 on a Hong Kong visit to 从化县: the county's government issued it
    (a time between the government and its verb) — 从化县 alone, not the visit's two sides."""
    page = (
        "從化縣代表團訪港推介投資環境\n"
        "　　本報訊　從化縣縣長率領的投資考察團昨日抵港，在港舉行投資環境推介會。\n"
        "　　縣政府今年一月印發《從化縣鼓勵外商投資若干辦法》，對來縣興辦工業的港商給予優惠。\n"
    )
    r = extract_text(page, ner=False)
    (doc,) = r.agreements
    assert [p.name for p in doc.parties] == ["从化县"]


def test_a_count_of_cities_prefectures_and_a_forest_district() -> None:
    """八市州林区共商“一圈”发展 over 襄阳、荆州…恩施、神农架八个市州林区: the count holds Hubei's county-level 神农架林区 with its
    seven cities and prefecture (rules/count_units.tsv 市州林区: any level)."""
    page = (
        "第三届鄂西生态文化旅游圈发展论坛在荆州开幕\n八市州林区共商“一圈”发展　三个分论坛今日举行\n"
        "　　本报讯　昨天上午，第三届鄂西生态文化旅游圈发展论坛在荆州开幕。\n"
        "　　襄阳、荆州、宜昌、十堰、荆门、随州、恩施、神农架八个市州林区的党政负责人参加论坛。\n"
    )
    r = extract_text(page, ner=False)
    assert r.event is not None and "神农架林区" in {p.name for p in r.event.parties} and len(r.event.parties) == 8


def test_a_document_a_place_issued_in_a_month_of_this_year_is_its_alone() -> None:
    """黃明輝介紹，安溪縣今年5月發布《安溪縣茶產業發展規劃（2016—2020年）》 beside a 南投 visit: 安溪县 alone issued it."""
    page = (
        "南投茶農參訪安溪\n　　南投縣茶商業同業公會參訪團昨日抵達福建省泉州市安溪縣，與安溪縣茶葉協會舉行交流座談會。\n"
        "　　黃明輝介紹，安溪縣今年5月發布《安溪縣茶產業發展規劃（2016—2020年）》，歡迎南投的茶農到安溪參觀交流。\n"
    )
    r = extract_text(page, ner=False)
    (doc,) = r.agreements
    assert [p.name for p in doc.parties] == ["安溪县"]


def test_a_zone_glued_to_a_districts_name_in_the_events_name_is_its_topic() -> None:
    """天津市和平区与北京市西城区京津冀协同发展区域合作座谈会: 京津冀 written right after 西城区 is the meeting's topic, no side —
    the two districts are."""
    page = (
        "和平区与西城区共商协同发展\n"
        "6月18日下午，天津市和平区与北京市西城区京津冀协同发展区域合作座谈会在和平区行政中心召开。西城区委书记甄卫东出席。\n"
    )
    r = extract_text(page, ner=False)
    assert r.event is not None and {p.name for p in r.event.parties} == {"和平区", "西城区"}


def test_a_municipalitys_delegation_at_a_city_two_cities_counted_is_that_city() -> None:
    """天津市党政代表团来石考察 with 两市政府签署: a municipality's delegation at a provincial capital the article
    counts as one of two cities — 石家庄市 is the host, not 河北省 (a province's delegation visits a province)."""
    page = (
        "天津市党政代表团来石考察\n"
        "　　本报讯　3月8日至9日，天津市委常委、副市长刘强率天津市党政代表团来石家庄考察，河北省委常委、石家庄市委书记王立新陪同。\n"
        "　　昨日上午，产业协作工作座谈会在石家庄召开。座谈会上，两市政府签署了《战略合作框架协议》。\n"
    )
    r = extract_text(page, ner=False)
    assert r.event is not None and {p.name for p in r.event.parties} == {"天津市", "石家庄市"}


def test_a_document_a_place_issued_at_the_meeting_is_its_alone() -> None:
    """漳州市政府在推介会上发布了《…》 at a meeting of two sides who sign another document: the issuer alone."""
    page = (
        "漳州高雄共话农业合作\n"
        "　　本报讯　昨日，漳州·高雄农业交流座谈会在漳州召开。漳州市农业局与高雄市农会签署了《农业技术交流合作备忘录》。"
        "漳州市政府在推介会上发布了《漳州市扶持台湾农民创业园发展若干措施》，推出十条举措。\n"
    )
    r = extract_text(page, ner=False)
    doc = next(a for a in r.agreements if "若干措施" in a.title)
    assert [p.name for p in doc.parties] == ["漳州市"]


def test_two_places_counted_beside_letters_counted_as_provinces_are_not_those_provinces() -> None:
    """两地…座谈会 on a visit where a later sentence says 两地同处苏皖两省: the letters' own count (两省) says where the
    places lie, not who meets — no provinces among the sides."""
    page = (
        "六合天长携手共建协作区\n"
        "　　10月9日，安徽省天长市党政代表团一行20人来六合县考察。10日上午，两地经济协作座谈会在六合县行政中心召开。"
        "滁州市委常委、天长市委书记周文彬，六合县委书记孙立平，扬州市副市长王强出席座谈会。\n"
        "　　六合地处江北，天长地处皖东，两地同处苏皖两省交界地带。周文彬表示，天长与六合要在农业、旅游等方面加强合作。\n"
    )
    r = extract_text(page, ner=False)
    assert r.event is not None
    sides = {p.name for p in r.event.parties}
    assert "六合县" in sides and not sides & {"江苏省", "安徽省"}


def test_a_count_whose_letter_reads_the_seat_of_a_prefecture_the_name_writes_is_that_prefecture() -> None:
    """滁扬两地 under 滁县地区和扬州市…联席会议 (1990): the letter 滁 read as 滁州市, the county-level seat of 滁县地区 (在滁州
    举办) — the side is the 地区 the event's name writes in full."""
    page = (
        "标题：滁扬两地召开经济协作联席会议\n来源：扬州日报　日期：1990-09-12\n"
        "　　本报讯　滁县地区和扬州市经济协作第一次联席会议，9月10日至11日在我市举行。滁县地委书记王华率滁县地区代表团出席会议。"
        "会上，滁县地区来安县县长吕少春、扬州市邗江县县长朱立成介绍了情况。双方商定，明年在滁州举办两地物资交流会。\n"
    )
    r = extract_text(page, ner=False)
    assert r.event is not None and {p.name for p in r.event.parties} == {"滁县地区", "扬州市"}


def test_a_sars_bureau_named_without_its_place_is_the_sars_side() -> None:
    """「發展局與鄭州市城市規劃交流座談會」 and 《發展局與鄭州市人民政府城市規劃交流合作備忘錄》 on a Hong Kong paper's page: the
    bureau is the SAR's — the SAR and 郑州市 are the sides of the meeting and of the memorandum."""
    page = (
        "香港文匯報　首頁 > 新聞 > 中國新聞\n\n發展局訪鄭州簽規劃備忘錄\n2012-05-08　　來源：香港文匯報\n\n"
        "　　香港文匯報訊（記者 葉家輝 鄭州報道）發展局副局長率領的特區政府代表團昨日在河南鄭州出席「發展局與鄭州市城市規劃交流座談會」，"
        "雙方簽署《發展局與鄭州市人民政府城市規劃交流合作備忘錄》。\n"
    )
    r = extract_text(page, ner=False)
    assert r.event is not None and {p.name for p in r.event.parties} == {"香港特别行政区", "郑州市"}
    (doc,) = r.agreements
    assert {p.name for p in doc.parties} == {"香港特别行政区", "郑州市"}


def test_a_prefectures_name_opening_an_events_name_is_no_run_of_provinces_letters() -> None:
    """黔西南州旅游经贸推介会在澳举行: 黔西 opens the prefecture's name (黔西南布依族苗族自治州), no letters 黔 and 西 — the sides are
    the visiting prefecture and its host, not 贵州省."""
    text = (
        "黔西南州旅游经贸推介会在澳举行\n"
        "　　由贵州省黔西南布依族苗族自治州州长李明华率领的黔西南州代表团一行三十人，今（12）日上午在澳门举行黔西南州旅游经贸推介会，"
        "澳门特别行政区政府旅游局局长出席并致辞。推介会上，澳门特别行政区政府旅游局与黔西南布依族苗族自治州人民政府签署了"
        "《旅游合作协议》。\n"
    )
    r = extract_text(text, ner=False, reference_date="2004-05-12")
    assert r.event is not None
    assert {p.name for p in r.event.parties} == {"黔西南布依族苗族自治州", "澳门特别行政区"}


def test_a_delegation_meeting_hosts_a_district_its_city_qualifies() -> None:
    """香港油尖旺区访问团与江门市新会区在新会举行…座谈会: 江门市 only qualifies the district it is written before — the sides
    are the visiting district and 新会区."""
    text = (
        "4月18日上午，香港油尖旺区访问团与江门市新会区在新会举行交流合作座谈会。双方签署了《友好交流合作协议》。\n"
    )
    r = extract_text(text, ner=False, reference_date="2023-04-19")
    assert r.event is not None
    assert {p.name for p in r.event.parties} == {"油尖旺区", "新会区"}


def test_a_provinces_letter_stands_for_the_place_as_named_in_the_articles_year() -> None:
    """粤港环境保护联络小组第三次会议 in 1992: 港 stands for 香港 as then named (the SAR only from 1997), the letters
    before two field words (环境保护, 联络小组) — the sides are 广东省 and 香港, not the city it was held in."""
    text = (
        "粤港环境保护联络小组第三次会议在穗举行\n"
        "　　本报讯　粤港环境保护联络小组第三次会议1992年7月14日至15日在广州举行。广东省副省长会见了港方代表团。"
        "香港政府环境保护署署长等双方官员出席。会议审议通过了《联络小组1992年至1993年工作计划》。\n"
    )
    r = extract_text(text, ner=False)
    assert r.event is not None and {p.name for p in r.event.parties} == {"广东省", "香港"}


def test_a_meeting_co_hosted_by_a_citys_government_and_a_sar_body_has_both_as_sides() -> None:
    """河南省南阳市经贸旅游推介会昨日在澳门旅游塔会展娱乐中心举行，由南阳市人民政府与澳门贸易投资促进局合办: the two
    that co-host it (合办) are the sides — not the province written before the city in its name."""
    text = (
        "南阳经贸旅游推介会举行　双方签署合作备忘录\n"
        "　　【本报讯】河南省南阳市经贸旅游推介会昨日在澳门旅游塔会展娱乐中心举行，由南阳市人民政府与澳门贸易投资促进局合办。"
        "南阳市市长出席并致辞。\n"
    )
    r = extract_text(text, ner=False, reference_date="2006-11-18")
    assert r.event is not None and {p.name for p in r.event.parties} == {"南阳市", "澳门特别行政区"}


def test_a_names_province_letters_say_where_the_sides_the_lead_names_lie() -> None:
    """湘黔两地旅游合作座谈会 held by 两地 after a lead that names who came and who received them (黔东南州…代表团来邵
    考察): the sides are 黔东南州 and 邵阳, one inside each province the name's letters say — not the provinces."""
    text = (
        "发布时间：2013-05-17　信息来源：邵阳日报\n"
        "本报讯 昨天上午，黔东南州委副书记、州长杨光荣率黔东南州党政代表团来邵考察。下午，两地在宝庆大酒店召开湘黔两地"
        "旅游合作座谈会。市委书记龚志刚，黔东南州委常委、副州长吴正英参加座谈。龚志刚说，邵阳与黔东南山水相连。"
    )
    r = extract_text(text, ner=False)
    assert r.event is not None
    assert {p.name for p in r.event.parties} == {"黔东南苗族侗族自治州", "邵阳市"}


def test_provinces_counted_as_the_border_area_the_members_lie_in_are_no_sides() -> None:
    """苏鲁豫皖四省接壤地区十八个地市的专员、市长 after 淮海经济区第十一次专员、市长会议…召开: the provinces say where the
    eighteen members lie, which the text does not list — the zone alone is the side."""
    text = (
        "淮海经济区第十一次专员市长会议在商丘召开\n"
        "　　本报商丘10月18日电　淮海经济区第十一次专员、市长会议10月16日至18日在商丘市召开。苏鲁豫皖四省接壤地区十八个地市的专员、"
        "市长和计委、协作办负责人出席会议。会议审议通过了《淮海经济区协作章程（修订稿）》。\n"
    )
    r = extract_text(text, ner=False)
    assert r.event is not None and [p.name for p in r.event.parties] == ["淮海经济区"]


def test_a_count_of_a_city_and_a_county_names_the_two_not_their_prefectures() -> None:
    """乌兰察布盟丰镇市和雁北地区阳高县…召开两市县边界地区经济协作座谈会: 两市县 counts a county-level city and a
    county (rules/count_units.tsv), the sides 丰镇市 and 阳高县, not the prefectures they lie in."""
    from extract import extract_text

    text = (
        "7月11日至12日，内蒙古自治区乌兰察布盟丰镇市和我省雁北地区阳高县在阳高县城召开两市县边界地区经济协作座谈会。"
        "会议签订了《丰镇市阳高县边界地区治安联防协议》。"
    )
    ev = extract_text(text, ner=False, publish_date="1992-07-14").event
    assert ev is not None and sorted(p.name for p in ev.parties) == ["丰镇市", "阳高县"]


def test_offices_of_two_places_joined_as_sides() -> None:
    """苏州市商务局与宿迁市商务局…召开 (rules/parties.tsv ``office``): each office is its place's, the places are the
    sides; an office after a count is the count's (三省生态环境部门和…), and one before a topic joins nothing."""
    text = (
        "5月8日，苏州市商务局与宿迁市商务局在宿迁召开南北挂钩合作联席会议，双方签署了《苏宿商务合作框架协议》。"
    )
    rec = extract_text(text, ner=False)
    assert rec.event is not None
    assert sorted(p.name for p in rec.event.parties) == ["宿迁市", "苏州市"]
    assert sorted(p.name for p in rec.agreements[0].parties) == ["宿迁市", "苏州市"]
    text = "6月8日，甘孜州公安局、迪庆州公安局川滇藏结合部警务协作第三次联席会议在得荣县召开。"
    assert sides(text) == ["甘孜藏族自治州", "迪庆藏族自治州"]


def test_aid_headquarters_is_its_supporters() -> None:
    """天津市对口支援青海省黄南藏族自治州前方指挥部与河南县召开… (rules/parties.tsv ``headquarters``): the
    headquarters is 天津市's, the prefecture it names in passing no side."""
    text = (
        "2019年4月12日，天津市对口支援青海省黄南藏族自治州前方指挥部与河南蒙古族自治县在优干宁镇召开对口支援"
        "工作座谈会。双方就产业合作进行了交流。"
    )
    assert sides(text) == ["天津市", "河南蒙古族自治县"]


def test_prefecture_administration_as_actor() -> None:
    """惠民地区行署与东营市政府… (rules/parties.tsv ``actor`` 行署, 地委): a prefecture's administration is its side."""
    assert sides("1990年5月3日，惠民地区行署与东营市政府在惠民召开协作会议。") == ["东营市", "惠民地区"]
    assert sides("1988年9月6日，宜春地委与萍乡市委在宜春召开经济协作座谈会。") == ["宜春地区", "萍乡市"]


def test_issuers_listed_before_one_government_word_in_a_title() -> None:
    """《香港特别行政区政府与上海市、江苏省、浙江省、安徽省人民政府关于…备忘录》: the four listed before 人民政府 share it,
    each an issuer."""
    text = (
        "2024年5月6日，香港特别行政区政府与上海市、江苏省、浙江省、安徽省人民政府在香港签署《香港特别行政区政府与"
        "上海市、江苏省、浙江省、安徽省人民政府关于深化合作的备忘录》。"
    )
    rec = extract_text(text, ner=False)
    assert sorted(p.name for p in rec.agreements[0].parties) == sorted(
        ["香港特别行政区", "上海市", "江苏省", "浙江省", "安徽省"]
    )


def test_a_hong_kong_provisional_district_council_is_its_districts_side() -> None:
    """观塘临时区议会 (1997–99): its delegation, its chairman and its agreement stand for 观塘区 (rules/parties.tsv
    临时区议会 as actor, issuer, leader and delegation)."""
    text = (
        "觀塘臨時區議會訪龍崗\n　　香港觀塘臨時區議會代表團一行十八人本月十一日至十二日訪問深圳市龍崗區。十二日上午，"
        "兩區在龍崗區政府舉行交流座談會，觀塘臨時區議會主席陳國強與龍崗區區長張志剛代表雙方簽署《觀塘臨時區議會與"
        "深圳市龍崗區人民政府友好交流協議》。"
    )
    rec = extract_text(text, ner=False)
    assert rec.event is not None
    assert sorted(p.name for p in rec.event.parties) == ["观塘区", "龙岗区"]
    assert sorted(p.name for p in rec.agreements[0].parties) == ["观塘区", "龙岗区"]


def test_a_visits_meeting_at_the_county_level_city_visited() -> None:
    """琼山市's delegation 到我市考察 under 防城港日报, then 两市在东兴召开…座谈会: the county-level city the two meet at is
    the visitors' peer and side, not its prefecture."""
    text = (
        "琼山市党政代表团来我市考察边贸工作\n来源：防城港日报\n　　6月13日至14日，海南省琼山市党政代表团一行二十二人到我市考察"
        "边境贸易和口岸建设。防城港市副市长苏建平，东兴市委书记梁宏宇陪同考察。\n　　13日下午，两市在东兴召开经贸合作座谈会。"
    )
    assert sides(text) == ["东兴市", "琼山市"]


def test_a_sar_body_opening_the_events_sentence_with_a_partner() -> None:
    """漁護署與西雙版納州林業和草原局…: a Hong Kong department named without its place opens the event's sentence, its
    partner after 與 — the SAR and the partner's place."""
    text = (
        "漁護署與西雙版納州林業和草原局簽署保育合作備忘錄\n　　漁農自然護理署（漁護署）今日（十一月八日）在雲南省景洪市與"
        "西雙版納傣族自治州林業和草原局舉行保育合作備忘錄簽署儀式，雙方簽署《野生動植物保育及自然教育合作備忘錄》。"
        "署長表示，香港與西雙版納同樣重視生物多樣性保育。"
    )
    rec = extract_text(text, ner=False)
    assert rec.event is not None
    assert sorted(p.name for p in rec.event.parties) == ["西双版纳傣族自治州", "香港特别行政区"]


def test_a_governments_economic_association_is_no_nongovernmental_body() -> None:
    """陕甘川宁毗邻地区经济联合会第十三次会议 (rules/parties.tsv ``govbody``): the association of the border
    prefectures is their governments' body, its meeting's sides the members listed — unlike a 工商联合会's."""
    text = (
        "　　陕甘川宁毗邻地区经济联合会第十三次会议10月8日至10日在天水市召开。宝鸡市、汉中市、天水市、陇南地区、平凉地区、"
        "广元市、固原地区的党政领导出席会议。会议修订通过了《陕甘川宁毗邻地区经济联合会章程》。"
    )
    rec = extract_text(text, ner=False)
    assert rec.event is not None and len(rec.event.parties) == 7
    assert len(rec.agreements[0].parties) == 7
    other = "　　天水市工商业联合会与宝鸡市工商业联合会10月8日在天水市召开座谈会，双方签署了《合作协议》。"
    assert extract_text(other, ner=False).event.parties == []  # type: ignore[union-attr]


def test_a_place_opening_a_title_before_关于_issues_it_alone() -> None:
    """《汕头市关于促进汕台农渔业交流合作的若干措施》 released at a meeting with 屏东县: 汕头市 issues it alone (its
    government unwritten before 关于), not the meeting's sides."""
    text = (
        "6月8日，屏东县农渔业交流参访团来汕头考察，双方举行座谈会。会上，市台办发布了《汕头市关于促进汕台农渔业交流合作的"
        "若干措施》。"
    )
    assert [p.name for p in extract_text(text, ner=False).agreements[0].parties] == ["汕头市"]


def test_a_place_opening_a_policys_title_before_its_verb_issues_it_alone() -> None:
    """《淮安市促进淮台经贸合作若干措施》 released at a meeting with 台中市 (rules/parties.tsv policyverb, policygenre): a
    place's own measures, issued by it alone; a memorandum of both in the same paragraph keeps both."""
    text = (
        "座谈会上，双方签署了《淮安市台中市经贸交流合作备忘录》。会议还发布了《淮安市促进淮台经贸合作若干措施》，"
        "在用地、融资和人才引进方面给予台资企业支持。"
    )
    got = {a.title: [p.name for p in a.parties] for a in extract_text(text, ner=False).agreements}
    assert got["淮安市促进淮台经贸合作若干措施"] == ["淮安市"]
    assert sorted(got["淮安市台中市经贸交流合作备忘录"]) == ["台中市", "淮安市"]


def test_a_unit_written_as_the_address_of_the_next_is_no_side_inside_a_letter() -> None:
    """津蒙…推进会 with 西青区与内蒙古自治区锡林郭勒盟二连浩特市 and a later 两地: inside 蒙 the side is 二连浩特市, the
    league written right before it its address (not the highest unit inside the letter's province, as 宁德市 beside its
    福鼎市).  The lead's four paragraphs of heldout546's page (its first run recorded before this change)."""
    page = Path(__file__).resolve().parent.parent / "bench/heldout546/articles/10_xiqing_erenhot_2026_comments.txt"
    text = "\n".join(page.read_text(encoding="utf-8").splitlines()[7:11])
    r = extract_text(text, ner=False)
    assert r.event is not None and sorted(p.name for p in r.event.parties) == ["二连浩特市", "西青区"]


def test_provinces_letters_before_their_adjoining_area_name_no_sides() -> None:
    """吉蒙毗邻地区协同发展座谈会 held by a banner's delegation and the county it came to: the letters say where the
    adjoining area lies; the sides are the delegation's banner and the home county (长岭县), not 吉林 and 内蒙古.
    heldout546's county portal page (its first run recorded before this change)."""
    page = Path(__file__).resolve().parent.parent / "bench/heldout546/articles/08_kezuozhongqi_changling_2024_county.html"
    r = extract_many(page, ner=False)
    rec = next(iter(r))
    assert rec.event is not None and sorted(p.name for p in rec.event.parties) == ["科尔沁左翼中旗", "长岭县"]


def test_a_list_closed_by_a_count_of_counties_reads_each_as_a_county() -> None:
    """两地区交界的东安、祁阳、新宁、邵阳、武冈五县 (1985): 邵阳 is 邵阳县, not 邵阳地区 the sentence before names — so the
    border counties attend for the two 地区 that hold the meeting, its sides."""
    text = (
        "11月15日至16日，零陵地区行政公署和邵阳地区行政公署在东安县联合召开两地区边界联防联谊座谈会。"
        "两地区交界的东安、祁阳、新宁、邵阳、武冈五县的县长、公安局长和林业局长参加了会议。"
    )
    r = extract_text(f"1985年{text}", ner=False)
    assert "邵阳县" in {g.name for g in r.regions}
    assert r.event is not None and sorted(p.name for p in r.event.parties) == ["邵阳地区", "零陵地区"]


def test_the_home_countys_delegation_written_by_its_level_is_its_side_inside_a_letter() -> None:
    """区委书记高立新率区党政代表团赴内蒙古自治区锡林郭勒盟正镶白旗，考察对接京蒙扶贫协作工作。8日上午，两地在正镶白旗召开…
    on 北京市怀柔区人民政府's page (its source 怀柔报 names the district only short): the sides are 怀柔区, whose delegation
    the 区 says, and 正镶白旗 — not the provinces of 京蒙; a county named strictly by the page's masthead or owner counts
    (regions.outlet_county).  heldout546's portal page (its first run recorded before this change)."""
    page = Path(__file__).resolve().parent.parent / "bench/heldout546/articles/09_huairou_zhengxiangbaiqi_2018_portal.txt"
    rec = next(iter(extract_many(page, ner=False)))
    assert rec.event is not None and sorted(p.name for p in rec.event.parties) == ["怀柔区", "正镶白旗"]


def test_a_zones_name_that_says_its_province_is_no_side_of_the_province() -> None:
    """南投縣、雲林縣、苗栗縣、嘉義縣、嘉義市等中臺灣七縣市: 中臺灣 is the zone the counties lie in, not 台湾省 as one more
    member of the list (the province stays a region of the page)."""
    text = (
        "彰化縣長王惠美、臺中市副市長鄭照新以及南投縣、雲林縣、苗栗縣、嘉義縣、嘉義市等中臺灣七縣市首長及代表出席「中臺灣"
        "區域治理平臺首長會議」，會中簽署《中臺灣七縣市低碳交通合作備忘錄》。"
    )
    r = extract_text(text, ner=False)
    assert r.event is not None and "台湾省" not in {p.name for p in r.event.parties}
    assert "台湾省" in {g.name for g in r.regions}


def test_a_count_of_two_cities_of_both_levels_the_name_joins() -> None:
    """延安市与井冈山市缔结友好城市签字仪式 with 两市 (井冈山市 county-level): the two the name joins, not 遵义 of a
    passing list; and a trip's places after 两地以及前往 are no members joined after the count."""
    text = (
        "延安与井冈山结为友好城市\n　　10月8日，延安市与井冈山市缔结友好城市签字仪式在井冈山市举行。延安市副市长薛文彬与井冈山"
        "市市长肖斌代表两市政府签订了《延安市井冈山市缔结友好城市协议书》。\n　　彭少军说，井冈山与延安同为全国红色旅游的重点"
        "城市。我们要把井冈山、延安与瑞金、遵义、韶山等地串联起来。"
    )
    assert sides(text) == ["井冈山市", "延安市"]
    text = (
        "顺德市与中山市跨界道路建设协调会昨日在顺德召开。两市签署了《顺德市中山市跨界道路建设合作协议》。道路建成后，"
        "往来两地以及前往广州、珠海的车程将大为缩短。"
    )
    assert sides(text) == ["中山市", "顺德市"]


def test_a_titles_count_of_counties_makes_its_places_counties() -> None:
    """《繁昌铜陵两县边界治安联防办法》 adopted at a meeting of 繁昌县 and 铜陵县: 两县 says counties, so 铜陵 is the
    county, not the city its short form would read."""
    text = (
        "繁昌铜陵两县签订边界地区经济协作协议\n来源：芜湖日报\n　　本报讯 10月10日至11日，繁昌、铜陵两县边界地区经济协作"
        "座谈会在繁昌县召开。繁昌县委书记吴立新，铜陵县委书记胡德平出席。\n　　过去由于分属芜湖、铜陵两市，两县在矿产资源开发"
        "方面摩擦不少。\n　　11日上午，两县县长分别代表两县政府签订了《繁昌县铜陵县边界地区经济协作协议》。会议还讨论通过了"
        "《繁昌铜陵两县边界治安联防办法》。"
    )
    rec = extract_text(text, ner=False)
    assert sorted(p.name for p in rec.agreements[-1].parties) == ["繁昌县", "铜陵县"]


def test_provinces_letters_before_a_count_of_prefectures_say_where() -> None:
    """滇黔两州区域合作第一次联席会议: 两州 after the provinces' letters — the letters say where the two prefectures lie,
    the prefectures whose leaders meet are the sides."""
    text = (
        "滇黔两州区域合作第一次联席会议在蒙自召开\n　　5月15日，滇黔两州区域合作第一次联席会议在蒙自县召开。红河州委书记"
        "罗崇敏、黔西南州委书记张政出席会议并讲话。会议审议通过了《滇黔两州区域合作2008年工作要点》。"
    )
    rec = extract_text(text, ner=False)
    assert rec.event is not None
    assert sorted(p.name for p in rec.event.parties) == ["红河哈尼族彝族自治州", "黔西南布依族苗族自治州"]


def test_a_ministry_meeting_one_provinces_government_has_the_province_alone() -> None:
    """水利部与吉林省人民政府…举行省部合作会商会议: the ministry is no side (RECORD.md), the province is the meeting's
    one party; and 省政府上个月印发了《…规划》: the province issues its own plan (a month's word between)."""
    text = (
        "水利部与吉林省签署合作备忘录\n　　本报讯 3月23日，水利部与吉林省人民政府在长春举行省部合作会商会议，双方签署了"
        "《水利部吉林省人民政府加快吉林水利改革发展合作备忘录》。\n　　王成岳说，省政府上个月印发了《吉林省水利发展第十二个"
        "五年规划》，今后五年全省水利投资将超过六百亿元。"
    )
    rec = extract_text(text, ner=False)
    assert sides(text) == ["吉林省"]
    assert [(a.action, [p.name for p in a.parties]) for a in rec.agreements] == [
        ("signed", ["吉林省"]),
        ("adopted", ["吉林省"]),
    ]
    # a ministry holding its own meeting in a city: no government joined to it, the ministry's partner is none
    alone = extract_text("3月23日，水利部在长春召开东北地区水利工作会议。", ner=False)
    assert alone.event is not None and "吉林省" not in {p.name for p in alone.event.parties}


def test_a_document_one_sides_delegation_releases_at_the_meeting_is_that_sides() -> None:
    """咸阳市代表团在港期间发布了《…方案》, 巴中方面并发布了《…计划》 at a meeting with Hong Kong: the releasing side
    alone, not the meeting's two."""
    text = (
        "3月14日，咸阳市与香港特区政府在港举行经贸合作座谈会，双方签署了《咸港经贸合作备忘录》。咸阳市代表团在港期间发布了"
        "《咸阳市承接产业转移重点项目推介方案》，涵盖七十个项目。"
    )
    rec = extract_text(text, ner=False)
    assert [p.name for p in rec.agreements[-1].parties] == ["咸阳市"]
    assert sorted(p.name for p in rec.agreements[0].parties) == ["咸阳市", "香港特别行政区"]
    text = (
        "1997年11月20日，巴中地区与香港特区政府工业署在港举行经贸座谈会，双方签署了《经贸合作备忘录》，巴中方面并发布了"
        "《巴中地区一九九八年对外招商引资项目计划》，共列出项目八十六个。"
    )
    rec = extract_text(text, ner=False)
    assert [p.name for p in rec.agreements[-1].parties] == ["巴中地区"]


def test_counties_counted_in_a_deck_are_units_of_the_cities_the_names_letters_say() -> None:
    """淮滁经济协作第二次联席会议 under a deck's 苏皖八县（市）携手开发洪泽湖周边 (1995): the eight counties counted are the
    units of 淮阴市 (淮安市 since) and 滁州市, whose meeting it is — not the sides."""
    text = (
        "淮滁经济协作第二次联席会议在淮阴召开\n苏皖八县（市）携手开发洪泽湖周边　两市签署五项协作协议\n来源：淮阴日报　日期："
        "1995-06-17\n本报讯　6月15日至16日，淮滁经济协作第二次联席会议在我市召开。滁州市委副书记、市长周德林率滁州市代表团"
        "出席会议。\n会议回顾了去年4月两市签订《淮阴市滁州市经济协作章程》以来的协作进展。一年来，盱眙县与明光市、金湖县与天长"
        "市、洪泽县与来安县结成友好县（市），淮安市、涟水县的二十多家乡镇企业到滁州考察。"
    )
    assert sides(text) == ["淮阴市", "滁州市"]


def test_a_city_with_a_sar_body_named_without_its_place_under_the_provinces_letters() -> None:
    """来宾市与特区政府投资推广署在湾仔举行桂港投资推广合作座谈会: the city and Hong Kong (the SAR's body named by its
    government alone), one inside each letter of 桂港 — not 广西 the letter says."""
    text = (
        "【大公报讯】由来宾市委副书记、市长黄启明率领的广西壮族自治区来宾市经贸代表团一行30人，5月17日至20日在港访问。昨日"
        "（18日）上午，来宾市与特区政府投资推广署在湾仔举行桂港投资推广合作座谈会，双方签署了《关于加强投资推广合作的备忘录》。"
    )
    assert sides(text) == ["来宾市", "香港特别行政区"]


def test_a_sar_bureaus_head_meeting_a_city_named_in_the_clause_after_the_meeting() -> None:
    """環境及生態局局長…在廣東省肇慶市四會市出席供港蔬菜食品安全合作座談會，與四會市委副書記、市長蔡志強…: the SAR
    (its bureau named without it) and 四会市, its partner written right after the meeting's name."""
    text = (
        "香港政府新聞網\n環境及生態局局長訪四會　簽供港蔬菜安全備忘錄\n2023年6月8日\n　　環境及生態局局長謝嘉朗今日（6月8日）"
        "在廣東省肇慶市四會市出席供港蔬菜食品安全合作座談會，與四會市委副書記、市長蔡志強就加強供港蔬菜源頭管理交換意見，並"
        "見證雙方簽署合作備忘錄。四會是香港主要的蔬菜供應地之一。"
    )
    assert sides(text) == ["四会市", "香港特别行政区"]


def test_a_declaration_the_trades_operators_issue_has_no_parties() -> None:
    """兩地旅遊業者共同發出《金威海洋文化旅遊交流倡議書》 at a meeting of 金门县 and 威海市: issued by businesses
    (業者, parties.tsv nongov), no government's — no parties."""
    text = (
        "金門縣長陳福海與威海市副市長孫建國今日在金城鎮共同簽署《金門縣威海市旅遊交流合作備忘錄》。座談會上，兩地旅遊業者共同"
        "發出《金威海洋文化旅遊交流倡議書》，倡議共同推廣海洋文化觀光。"
    )
    docs = {a.title: [p.name for p in a.parties] for a in extract_text(text, ner=False).agreements}
    assert docs["金威海洋文化旅游交流倡议书"] == []
    assert sorted(docs["金门县威海市旅游交流合作备忘录"]) == ["威海市", "金门县"]


def test_two_offices_issuing_a_documents_title_one_right_after_the_other() -> None:
    """《嘉义县政府农业处天水市果业局农产品交流合作备忘录》 signed by 县府农业处与天水市果业局: the title's two issuers,
    the second's office right after the first's (no 与 between) — 嘉义县 and 天水市."""
    text = (
        "甘肃省天水市副市长王文俊率领的农业交流参访团一行十八人，今（21）日上午到访嘉义县政府，与县府举行「嘉义县—天水市农业"
        "交流座谈会」。会中，县府农业处与天水市果业局签署《嘉义县政府农业处天水市果业局农产品交流合作备忘录》。"
    )
    rec = extract_text(text, ner=False)
    assert sorted(p.name for p in rec.agreements[0].parties) == ["嘉义县", "天水市"]


def test_a_count_of_signers_is_the_places_the_titles_issuers_write_out() -> None:
    """两地公安部门签署了《江宁区 当涂县边界地区社会治安联防协议》 at a meeting of 江宁区 and 马鞍山市: the two places the
    title writes in full, set apart by a space, are the two counted — 当涂县, not the event's 马鞍山市; a road's ends
    joined by a dash (彰武—昌图公路…) stay no issuers."""
    text = (
        "6月5日，江宁区与马鞍山市毗邻地区合作座谈会在江宁召开。会上，黄卫东与朱红英代表双方签署了《江宁区 马鞍山市毗邻地区"
        "合作框架协议》，两地公安部门签署了《江宁区 当涂县边界地区社会治安联防协议》。"
    )
    docs = {a.title: sorted(p.name for p in a.parties) for a in extract_text(text, ner=False).agreements}
    assert docs["江宁区 当涂县边界地区社会治安联防协议"] == ["当涂县", "江宁区"]
    assert docs["江宁区 马鞍山市毗邻地区合作框架协议"] == ["江宁区", "马鞍山市"]


def test_a_meeting_named_for_two_counties_has_the_county_of_a_prefectures_name() -> None:
    """镇雄毕节两县边界经济协作座谈会 (1988, 毕节 then both a 地区 and its seat 毕节县): the name counts counties, so the
    sides are 镇雄县 and 毕节县, not 毕节地区."""
    text = (
        "滇黔边界镇雄毕节两县签订经济协作协议\n来源：贵州日报　日期：1988-06-14\n　　本报毕节6月13日电　镇雄毕节两县边界经济"
        "协作座谈会6月11日至12日在毕节县城举行。云南省昭通地区镇雄县和贵州省毕节地区毕节县的党政领导，就边界协作进行了商谈。"
        "座谈会上，毕节县委书记禄明华说，两县山水相连。毕节地区行署副专员安启荣到会讲话。"
    )
    assert sides(text) == ["毕节县", "镇雄县"]


def test_a_meeting_named_for_two_cities_has_the_county_level_city_of_a_prefectures_name() -> None:
    """黑河、满洲里两市边境贸易协作座谈会 (1988: 黑河市, county-level, the seat of 黑河地区): the name counts cities, so the
    sides are 黑河市 and 满洲里市, not 黑河地区."""
    text = (
        "黑河满洲里两市商定扩大对苏边境贸易协作\n来源：黑龙江日报　日期：1988-06-17\n　　本报讯　6月14日至15日，黑河、满洲里"
        "两市边境贸易协作座谈会在黑河市举行。会议由黑河地区行署副专员葛文涛主持，黑河市市长卢振海、满洲里市副市长包德胜分别"
        "介绍了两市开展边境易货贸易的情况。15日下午，两市政府签订了《黑河市满洲里市边境贸易协作协议》。"
    )
    assert sides(text) == ["满洲里市", "黑河市"]


def test_a_document_one_sides_official_releases_at_the_meeting_is_that_sides() -> None:
    """推介会上，绥芬河市副市长鲁德明发布了《绥芬河综合保税区招商优惠办法》 at a meeting with Hong Kong: the releasing
    official's place alone, not the meeting's two."""
    text = (
        "3月5日，香港特区政府与绥芬河市在港举行经贸推介会，双方签署了《合作备忘录》。推介会上，绥芬河市副市长鲁德明发布了"
        "《绥芬河综合保税区招商优惠办法》，详细介绍在区内设厂可享的优惠。"
    )
    docs = {a.title: sorted(p.name for p in a.parties) for a in extract_text(text, ner=False).agreements}
    assert docs["绥芬河综合保税区招商优惠办法"] == ["绥芬河市"]


def test_each_places_official_signing_for_it_makes_it_a_side() -> None:
    """天津市西青区副区长孟凡华与策勒县委副书记、县长阿不都热依木·吐尔逊代表两地签订了《…协议》 (heldout594): the officials of
    two places, each by the titles after the place, sign for them — the district (its city only qualifies it) and
    the county are the sides, not the province-level city of the meeting's name."""
    text = (
        "2009年6月10日，天津市对口支援策勒县座谈会召开。会上，天津市西青区副区长孟凡华与策勒县委副书记、县长阿不都热依木·"
        "吐尔逊代表两地签订了《天津市西青区策勒县结对帮扶协议》，西青区将在产业发展等方面帮扶。"
    )
    (doc,) = extract_text(text, ner=False).agreements
    assert {p.name for p in doc.parties} == {"西青区", "策勒县"}


def test_districts_written_with_their_cities_are_the_sides() -> None:
    """《哈尔滨市南岗区与深圳市南山区对口合作框架协议》 and 南岗·南山对口合作座谈会 (heldout607's row r1): each city only
    qualifies its district — the districts sign; the short 南山 beside the page's 深圳市南山区 is Shenzhen's, not 鹤岗's
    南山区 of the other side's province, so the meeting's name joins the two districts."""
    rows = Path(__file__).resolve().parent.parent / "bench/heldout607/articles/collection.jsonl"
    text = next(r["text"] for r in map(json.loads, rows.read_text(encoding="utf-8").splitlines()) if r["id"].startswith("r1_"))
    rec = extract_text(text, ner=False)
    doc = next(a for a in rec.agreements if a.title.startswith("哈尔滨市南岗区"))
    assert {p.name for p in doc.parties} == {"南岗区", "南山区"}
    assert rec.event is not None and {p.name for p in rec.event.parties} == {"南岗区", "南山区"}
    assert [r.adcode for r in rec.regions if r.name == "南山区"] == ["440305"]


def test_a_counted_list_before_the_main_list_and_its_joiner_is_the_other_side() -> None:
    """香港、澳門兩個特區與廣州、深圳…肇慶等廣東九市的旅遊部門負責人出席 (heldout606's 大公報 page): the SARs counted before
    the joiner are sides with the nine cities; 广东 that qualifies the cities' count is none."""
    page = Path(__file__).resolve().parent.parent / "bench/heldout606/articles/04_shenzhen_zhaoqing_2017_takungpao.html"
    rec = next(iter(extract_many([page], ner=False)))
    event = getattr(rec, "event", None)
    got = {p.name for p in event.parties} if event is not None else set()
    assert {"香港特别行政区", "澳门特别行政区", "广州市", "肇庆市"} <= got and "广东省" not in got and len(got) == 11


def test_a_declaration_a_trades_people_release_has_no_parties() -> None:
    """两地旅游业界代表在会上共同发出《晋港文化旅游合作倡议书》 (heldout615): a trade's people (parties.tsv nongov 业界), no
    government, release it — no place is its party."""
    text = "2010年11月24日，香港与临汾经贸合作交流会在香港举行。两地旅游业界代表在会上共同发出《晋港文化旅游合作倡议书》，推介尧都区尧庙。"
    (doc,) = extract_text(text, ner=False).agreements
    assert doc.action == "released" and doc.parties == []


def test_provinces_letters_in_the_name_over_a_headlines_pair_one_inside_each() -> None:
    """渝湘旅游合作座谈会 under the headline 武隆区与张家界市签订旅游战略合作框架协议 (heldout611): the name's letters say
    where the sides are; the headline's pair, one inside each letter's province, are the sides."""
    page = Path(__file__).resolve().parent.parent / "bench/heldout611/articles/03_wulong_zhangjiajie_2017_portal.txt"
    rec = next(iter(extract_many([page], ner=False)))
    event = getattr(rec, "event", None)
    assert event is not None and {p.name for p in event.parties} == {"武隆区", "张家界市"}


def test_a_province_level_citys_district_and_a_prefectures_county_in_a_title() -> None:
    """《天津市河东区 海西州乌兰县结对帮扶协议》 on a county portal beside the provinces' own agreement (heldout620): each
    city written before its own district or county only qualifies it — the district and the county are the sides,
    not 天津市 and 青海省."""
    page = Path(__file__).resolve().parent.parent / "bench/heldout620/articles/08_tianjin_qinghai_2024_county.html"
    rec = next(iter(extract_many([page], ner=False)))
    doc = next(a for a in getattr(rec, "agreements", []) if a.title.startswith("天津市河东区"))
    assert {p.name for p in doc.parties} == {"河东区", "乌兰县"}


def test_zones_counted_in_a_speech_are_no_sides() -> None:
    """潮汕与闽南两地文化同根同源 in a speaker's words (heldout628's 文汇报 page): 两地 counts places of any level but
    zones (rules/count_units.tsv) — the two districts that befriend each other are the sides."""
    page = Path(__file__).resolve().parent.parent / "bench/heldout628/articles/04_hk_xiangqiao_xiangcheng_2013_wenweipo.html"
    rec = next(iter(extract_many([page], ner=False)))
    event = getattr(rec, "event", None)
    assert event is not None and {p.name for p in event.parties} == {"湘桥区", "芗城区"}


def test_a_partner_abroad_is_no_second_side() -> None:
    """Twinning and cooperation with a city abroad (heldout641/642/644's kind): the Chinese place is the one side of the
    event and of its document, whether the partner's country opens it (与德国…马尔堡市), its name renders a foreign
    name's sounds (乌苏里斯克市), the page writes it after its country elsewhere (越南芒街市) or a name of twinning
    joins the place to a unit no Chinese place holds (群山市) — not the two cities a delegation tours after (两市)."""
    cases = {
        "常德市": "常德与德国马尔堡签署友好交流合作备忘录\n本报讯 昨日上午，常德市与德国黑森州马尔堡市友好交流合作备忘录签字仪式"
        "举行，两市签署了《常德市与马尔堡市友好交流合作备忘录》。代表团随后赴长沙、岳阳等地考察。",
        "绥芬河市": "绥芬河与乌苏里斯克签署经贸合作计划\n本报讯 8月9日，绥芬河市与乌苏里斯克市友好合作座谈会举行，两市签署了"
        "《绥芬河市与乌苏里斯克市经贸合作计划》。代表团随后赴牡丹江、哈尔滨等地考察。",
        "东兴市": "东兴与芒街两市签署友好合作备忘录\n本报讯 应东兴市人民政府邀请，越南芒街市人民委员会主席率代表团于5月4日至6日"
        "访问东兴。5日上午，东兴市与芒街市友好合作座谈会举行，两市签署了《东兴市人民政府与越南芒街市人民委员会友好合作备忘录》。"
        "代表团还将赴南宁、防城港等地参观。",
        "烟台市": "烟台与群山结为友好城市\n本报讯 9月3日，烟台市与群山市建立友好城市关系签字仪式在烟台举行，两市市长签署了"
        "《烟台市与群山市建立友好城市关系协议书》。代表团还将赴青岛、威海两市参观。",
    }
    for side, text in cases.items():
        r = extract_text(text, ner=False)
        assert r.event is not None and [p.name for p in r.event.parties] == [side], side
        assert [[p.name for p in a.parties] for a in r.agreements] == [[side]], side


def test_a_partner_abroad_joined_by_a_names_mark() -> None:
    """A name that joins a country abroad to the place by a mark, not a word (新加坡—江苏合作理事会…联合新闻稿, heldout666's
    kind): the Chinese place alone is the side, the partner abroad none."""
    text = (
        "新加坡—浙江经济贸易理事会第五次会议联合新闻稿\n新加坡—浙江经济贸易理事会（以下简称“新浙理事会”）第五次会议于2026年"
        "4月16日在杭州举行。会议由贸工部长颜金成与浙江省副省长周振宇共同主持。\n会议期间，双方见证签署了8项合作文件。"
    )
    r = extract_text(text, ner=False)
    assert r.event is not None and [p.name for p in r.event.parties] == ["浙江省"]


def test_places_joined_inside_names_of_their_own_are_both_sides() -> None:
    """左云县和林格尔县…协议: the 和 that opens 和林格尔县 joins no partner abroad (the abroad step reads no joiner
    inside a place's name), nor does the 朝鲜 of 延边朝鲜族自治州 name a country."""
    text = "1999年6月2日，左云县和林格尔县边界地区治安联防协议签字仪式在左云县举行，两县县长签署《左云县和林格尔县边界地区治安联防协议》。"
    assert {p.name for a in extract_text(text, ner=False).agreements for p in a.parties} == {"左云县", "和林格尔县"}
    got = {x.name for x in extract_text("2015年8月3日，长白县与延边朝鲜族自治州和龙市签署合作协议。", ner=False).regions}
    assert "和龙市" in got


def test_places_companies_come_from_are_no_sides() -> None:
    """来自广州、深圳、佛山、东莞、中山等地的六十余家企业负责人 (heldout647): the places a list says companies come from are
    no sides of the meeting — its name's pair is (粤疏: 广东省, 疏勒县); the places' own leaders (来自…的党政领导) are."""
    text = (
        "粤疏产业合作对接会举行\n11月25日，广东省援疆前方指挥部组织的粤疏产业合作对接会在疏勒县举行。来自广州、深圳、佛山、"
        "东莞、中山等地的六十余家企业负责人与我县有关部门面对面洽谈。"
    )
    assert sides(text) == ["广东省", "疏勒县"]


def test_a_provinces_short_form_before_its_prefectures_government_issues_nothing() -> None:
    """《上海市人民政府与新疆阿克苏地区行政公署…备忘录》 (heldout647): 新疆 only says where 阿克苏地区 lies."""
    text = "2024年5月6日，上海市与阿克苏地区在上海签署《上海市人民政府与新疆阿克苏地区行政公署经贸合作备忘录》。"
    assert [sorted(p.name for p in a.parties) for a in extract_text(text, ner=False).agreements] == [["上海市", "阿克苏地区"]]


def test_a_government_named_by_its_level_beside_an_enterprise_is_the_province_it_met_in() -> None:
    """省政府与中国华能集团公司…签约仪式在长春举行 on a page whose outlet has no known home (heldout667): the province the
    event was held in; the government joined after the enterprise too (国家电力公司与省人民政府…签字仪式在贵阳举行); the
    enterprise is no side, the document signed there is the province's (which the page names: by_name)."""
    text = (
        "7月13日，省政府与中国华能集团公司战略合作签约仪式在长春举行，双方签署了《关于加快吉林省电力和能源产业发展的战略合作框架协议》。"
    )
    record = extract_text(text, ner=False)
    assert sides(text) == ["吉林省"]
    assert [[p.name for p in a.parties] for a in record.agreements] == [["吉林省"]]
    text = "9月26日，国家电力公司与省人民政府合作协议签字仪式在贵阳举行，双方签署了《加快贵州电源电网建设合作协议》。"
    assert sides(text) == ["贵州省"]


def test_a_document_a_ministry_signs_with_a_province_is_the_provinces() -> None:
    """农业部与黑龙江省人民政府在京签署《…》 (heldout667): the ministry is no side (RECORD.md), the province is, with the
    place it was signed in between the signers and the verb."""
    text = (
        "本报北京3月24日电 24日下午，农业部与黑龙江省人民政府在京签署《关于共同推进现代农业综合配套改革试验的合作备忘录》。"
        "农业部部长韩振东、黑龙江省省长宋立言出席签字仪式。"
    )
    assert [[p.name for p in a.parties] for a in extract_text(text, ner=False).agreements] == [["黑龙江省"]]


def test_a_signing_ceremony_of_one_government_and_a_ministry_has_that_government_alone() -> None:
    """A signing ceremony its own sentence gives no sides (部省合作备忘录签字仪式, 协议签署仪式): the sides of the
    document signed there, one place where a ministry, a central enterprise or a SAR's government signs with it
    (heldout667: a ministry with 黑龙江, a ministry with Hong Kong's government, a central enterprise with Macau's)."""
    ministry = (
        "本报北京3月24日电 24日下午，水利部与吉林省人民政府在京签署《关于加快水利改革发展的合作备忘录》。"
        "水利部部长韩振东、吉林省省长宋立言出席部省合作备忘录签字仪式并讲话。"
    )
    sar = (
        "【大公报讯】国家文化和旅游部与香港特区政府昨日（20日）在西九文化区签署《关于深化内地与香港文化交流合作的协议》。"
        "副部长罗永章与民政事务局局长刘家明分别代表双方签署协议，政务司司长张国伟出席文化交流合作协议签署仪式并致辞。"
    )
    for text, side in ((ministry, "吉林省"), (sar, "香港特别行政区")):
        event = extract_text(text, ner=False).event
        assert event is not None and [p.name for p in event.parties] == [side]


def test_a_document_a_county_bureau_signs_with_an_enterprise_is_the_countys() -> None:
    """县发展和改革局局长李振宇与…公司副总经理汤海波签署了《…协议》 (heldout667): a government's office named by its level
    alone and then by its head, titled and named, is that level's side — the county of the event."""
    text = (
        "4月11日下午，平江县人民政府与中国电力建设集团有限公司战略合作协议签约仪式在我县举行。县委副书记、县长陈建华与"
        "中国电建集团副总经理马志刚代表双方签署《平江县人民政府 中国电力建设集团有限公司战略合作框架协议》。"
        "签约仪式上，县发展和改革局局长李振宇与中国电建集团中南勘测设计研究院有限公司副总经理汤海波签署了"
        "《百福抽水蓄能电站项目投资开发协议》。"
    )
    record = extract_text(text, ner=False)
    assert [[p.name for p in a.parties] for a in record.agreements] == [["平江县"], ["平江县"]]


def test_a_regulation_opening_with_a_place_is_that_places_own() -> None:
    """《泸州市赤水河岸线保护条例》 adopted at a meeting of two congresses (heldout674): its people's congress's place
    alone issues it (rules/parties.tsv ownlaw), not the meeting's other side."""
    text = (
        "本报讯 6月23日，泸州市人大常委会与赤水市人大常委会联合执法检查反馈会在合江县召开。"
        "会议审议通过了《泸州市赤水河岸线保护条例》，两地人大常委会签署了《赤水河流域保护联合监督合作协议》。"
    )
    record = extract_text(text, ner=False)
    assert {a.title: sorted(p.name for p in a.parties) for a in record.agreements} == {
        "泸州市赤水河岸线保护条例": ["泸州市"],
        "赤水河流域保护联合监督合作协议": ["泸州市", "赤水市"],
    }


def test_a_place_in_brackets_after_a_province_and_a_city_letter_narrows_the_city() -> None:
    """港深（光明）创科合作联合记者会 on a Hong Kong government press release (heldout675): 光明区 for 深圳市 — the
    bracket narrows the letters before a field word too — and the letters are no place the meeting was held in;
    held at 政府总部 on a page whose banner names the SAR's government: Hong Kong."""
    text = (
        "香港特别行政区政府 新闻公报\n"
        "创新科技及工业局局长与深圳市光明区区长联合记者会答问内容\n"
        "以下是创新科技及工业局局长邝志衡今日（十一月二十三日）下午与深圳市光明区区长褚文博在政府总部举行"
        "港深（光明）创科合作联合记者会的答问内容：\n"
        "记者：双方今日签署的备忘录包括甚么内容？\n"
    )
    event = extract_text(text, ner=False).event
    assert event is not None and event.name == "港深（光明）创科合作联合记者会"
    assert sorted(p.name for p in event.parties) == ["光明区", "香港特别行政区"]
    assert event.location == "香港特别行政区"


def test_a_group_an_official_leads_to_another_place_is_the_officials_places() -> None:
    """南投县副县长率团访淳安 over 双方在千岛湖镇举行「日月潭与千岛湖水源保育交流座谈会」 (heldout679): the group's
    place is the leader's (no 代表团 written after the place), the host the county it went to, not its city."""
    text = (
        "南投县副县长率团访淳安　交流日月潭与千岛湖水源保育\n"
        "发布日期：2013-10-18　发布单位：建设处\n"
        "南投县副县长陈志明率领县府建设处、环境保护局及日月潭周边乡镇代表一行12人，于10月15日至17日赴浙江省杭州市"
        "淳安县参访。16日上午，双方在千岛湖镇举行「日月潭与千岛湖水源保育交流座谈会」，"
        "并签署《日月潭千岛湖水源保育交流合作备忘录》。\n"
    )
    record = extract_text(text, ner=False)
    assert record.event is not None and sorted(p.name for p in record.event.parties) == ["南投县", "淳安县"]
    assert [sorted(p.name for p in a.parties) for a in record.agreements] == [["南投县", "淳安县"]]


def test_members_a_body_took_in_are_no_sides_of_its_meeting() -> None:
    """长江三角洲城市经济协调会…市长联席会议 whose lead lists the cities it took in (合肥、盐城…6市被吸纳为新成员;
    会议吸纳芜湖、滁州…8市为协调会新成员) and only counts the others (heldout680): the zone alone, not the newcomers."""
    passive = (
        "本报讯 昨天，长江三角洲城市经济协调会第十一次市长联席会议在我市举行。长三角22个成员城市的市长出席会议。"
        "去年3月在嘉兴召开的第十次会议上，合肥、盐城、马鞍山、金华、淮安、衢州6市被吸纳为新成员。"
    )
    active = (
        "4月12日，长江三角洲城市经济协调会第十三次市长联席会议在合肥召开。会议吸纳芜湖、滁州、淮南、丽水、温州、宿迁、"
        "连云港、徐州8市为协调会新成员，协调会成员城市由此扩至30个。"
    )
    for text in (passive, active):
        event = extract_text(text, ner=False).event
        assert event is not None and [p.name for p in event.parties] == ["长江三角洲"]


def test_a_name_joining_its_sides_over_another_events_count() -> None:
    """从化区与深圳市龙岗区…座谈会 beside 全运会首次由粤港澳三地联合承办 (heldout686's kind): the count acts for another
    event in the lead's window — the places the meeting's own name joins are its sides."""
    text = (
        "10月23日，黄埔区与深圳市南山区十五运会赛事保障协作座谈会在黄埔召开。两区副区长出席会议并讲话。\n"
        "第十五届全国运动会将于11月9日至21日举行，这是全运会首次由粤港澳三地联合承办。黄埔承办帆船项目比赛。"
    )
    assert sides(text) == ["南山区", "黄埔区"]


def test_places_of_the_businesses_a_list_closes_on_are_no_sides() -> None:
    """甘肃交易团与上海、江苏、浙江等地的12家进口商集中签约 (heldout686's kind): a list closed by 等地 before the
    businesses it qualifies says where they come from, 来自 or not — the name's letters (沪甘) give the sides."""
    text = (
        "昨天下午，沪甘经贸合作交流会在国家会展中心（上海）举行，甘肃省副省长何志荣、上海市人民政府副秘书长顾晨曦出席并致辞。"
        "会上，甘肃交易团与上海、江苏、浙江等地的12家进口商集中签约，签约金额31.6亿元。"
    )
    assert sides(text) == ["上海市", "甘肃省"]


def test_letters_before_a_field_of_three_words() -> None:
    """沪丰异地就医结算合作签约仪式 (heldout681's kind): letters before a field of three words (异地就医结算) are the
    sides' — 丰 inside the one name the article holds it in (大丰市), not the leaders' city above it (盐城市副市长)."""
    text = (
        "3月13日，沪丰异地就医结算合作签约仪式在我市举行。上海市医疗保险办公室与大丰市人力资源和社会保障局签订合作协议。"
        "上海市人力资源和社会保障局副局长沈国华，盐城市副市长陆卫东，大丰市委副书记、市长顾建新出席签约仪式。"
    )
    assert sides(text) == ["上海市", "大丰市"]


def test_a_sar_body_joined_to_a_citys_district() -> None:
    """特区政府食物及卫生局与惠州市惠阳区人民政府…举行港惠…座谈会 (heldout681's kind; heldout524's 澳门 with 珠海市香洲区):
    the city written before its district only qualifies it — the district is the side the letter 惠 stands for."""
    text = (
        "星岛日报报道　居于惠州的香港长者日后覆诊将更方便。特区政府食物及卫生局与惠州市惠阳区人民政府昨日（21日）在惠阳举行"
        "港惠长者医疗服务合作座谈会，并签署合作备忘录。"
    )
    assert sides(text) == ["惠阳区", "香港特别行政区"]


def test_the_universities_of_a_citys_area_are_no_side() -> None:
    """扬州市与南京地区高校市校合作洽谈会 (heldout685's kind): the universities of an area (地区高校) are no
    government — the city meeting them is the one side; 港莞高校科研人才合作交流会 keeps its two places' letters."""
    text = (
        "6月16日至17日，镇江市与南京地区高校市校合作洽谈会在镇江举行。南京大学、东南大学等十一所高校的专家来镇，"
        "与全市各部门和企业面对面洽谈。"
    )
    assert sides(text) == ["镇江市"]
    text = "9月22日，港莞高校科研人才合作交流会在东莞举行。香港特区政府教育局副局长与东莞市副市长出席并致辞。"
    assert sides(text) == ["东莞市", "香港特别行政区"]


def test_a_party_committees_department_signs_for_its_place() -> None:
    """州委组织部与吉林大学党委组织部还签订了《干部双向挂职交流协议》 (heldout685's kind): a department of the party
    committee named by its level alone (州委组织部, 市委宣传部) signs for the event's one side of that level."""
    text = (
        "6月23日，延边州人民政府与吉林大学州校全面合作签约仪式在延吉举行。仪式上，双方签署了《延边朝鲜族自治州人民政府与"
        "吉林大学全面合作协议》。州委组织部与吉林大学党委组织部还签订了《干部双向挂职交流协议》。"
    )
    docs = {a.title: [p.name for p in a.parties] for a in extract_text(text, ner=False).agreements}
    assert docs["干部双向挂职交流协议"] == ["延边朝鲜族自治州"]


def test_two_towns_paired_by_the_events_name_are_their_counties() -> None:
    """A meeting two towns hold (柳湖镇—青石乡结对帮扶座谈会): towns are no regions; the sides are the counties
    they lie in as the text says it — a county's place before a town (靖远县青石乡), a county's title before
    a town's in one list (永靖县委常委、柳湖镇党委书记) — and the document the towns sign there is theirs."""
    text = (
        "2021-06-18\n柳湖镇与靖远县青石乡结对帮扶\n"
        "6月16日，靖远县青石乡党政代表团一行来到柳湖镇考察。17日上午，柳湖镇—青石乡结对帮扶座谈会在柳湖镇召开，"
        "柳湖镇与靖远县青石乡签订了《柳湖镇青石乡结对帮扶协议》。"
        "永靖县委常委、柳湖镇党委书记罗建平，靖远县副县长马学军，青石乡党委书记何永春出席。\n"
    )
    rec = extract_text(text, ner=False)
    assert rec.event is not None and rec.event.parties_evidence == "towns"
    assert sorted(p.name for p in rec.event.parties) == ["永靖县", "靖远县"]
    assert [sorted(p.name for p in a.parties) for a in rec.agreements] == [["永靖县", "靖远县"]]


def test_a_places_delegation_meeting_a_sar_bureau_is_that_place_under_the_names_letters() -> None:
    """深港…座谈会 held by 深圳市福田区's delegation with 特区政府创新科技及工业局 (a bureau named without its SAR): the
    name's letters say where the sides are; the place the delegation is of, inside 深圳, and the SAR are the sides —
    and of the memorandum the two sign there."""
    text = (
        "2021年9月16日\n南山區代表團訪港　推介科技合作\n"
        "深圳市南山區委書記王偉明率領的代表團昨（15）日抵港，展開為期兩天的訪問，並於當日下午與特區政府創新科技及工業局"
        "舉行深港科技創新合作座談會。座談會上，雙方簽署《南山區與創新科技及工業局關於推進科技創新合作的備忘錄》。\n"
    )
    rec = extract_text(text, ner=False)
    assert rec.event is not None and sorted(p.name for p in rec.event.parties) == ["南山区", "香港特别行政区"]
    assert [sorted(p.name for p in a.parties) for a in rec.agreements] == [["南山区", "香港特别行政区"]]


def test_counted_cities_signing_with_an_association_are_the_events_sides() -> None:
    """两市与香港江苏社团总会签署《…备忘录》: the count alone joined to an association signs — the event's sides of
    that level (江阴市, 靖江市), not the places in the association's name (香港, 江苏)."""
    text = (
        "2005年10月27日\n江阴靖江两市在港推介共建园区\n"
        "江阴市与靖江市昨（26）日在港举行江阴-靖江工业园区投资推介会。"
        "会上，两市与香港江苏社团总会签署《关于加强江阴-靖江工业园区招商合作的备忘录》。\n"
    )
    rec = extract_text(text, ner=False)
    assert [sorted(p.name for p in a.parties) for a in rec.agreements] == [["江阴市", "靖江市"]]


def test_provinces_letters_before_a_word_opening_with_a_units_character_are_the_sides() -> None:
    """沪皖市场监管…推进会 under 沪皖两地…: 市 of 市场 is no lower unit the letters say where of; the letters give as many
    sides as 两地 counts, and the cities named around (合肥, where it met; 芜湖, an example) are not one in each."""
    text = (
        "沪皖两地市场监管部门签署一体化合作框架协议\n发布时间：2026-03-20 10:15\n"
        "3月19日，沪皖市场监管一体化合作推进会在合肥召开。上海市市场监督管理局与安徽省市场监督管理局签署合作框架协议。"
        "双方将在芜湖、马鞍山与上海之间开展联合执法试点。\n"
    )
    ev = extract_text(text, ner=False).event
    assert ev is not None and sorted(p.name for p in ev.parties) == ["上海市", "安徽省"]


def test_places_in_a_clause_of_purpose_before_the_event_are_no_sides() -> None:
    """为加强澳门与长三角地区的消费维权合作，消费者委员会今（14）日…举行…签署仪式，与江苏省昆山市市场监督管理局签署《…》: the
    purpose's places are the topic; the sides are those of the document signed at the ceremony."""
    text = (
        "2023-09-14\n为加强澳门与长三角地区的消费维权合作，消费者委员会今（14）日在澳门举行跨域消费维权合作协议签署仪式，"
        "与江苏省昆山市市场监督管理局签署《澳门特别行政区消费者委员会与昆山市市场监督管理局跨域消费维权合作协议》。\n"
    )
    ev = extract_text(text, ner=False).event
    assert ev is not None and sorted(p.name for p in ev.parties) == ["昆山市", "澳门特别行政区"]


def test_a_welcome_meeting_for_another_places_cadres_has_both_sides() -> None:
    """昭苏县召开南通市第八批援疆干部人才欢迎会: the name holds the cadres' place only; the place holding the meeting, the
    subject of its sentence, is the other side — not the place it was held in (州委、州政府在玉树市召开…: the home)."""
    text = (
        "2013-08-22\n8月21日下午，昭苏县召开南通市第八批援疆干部人才欢迎会，欢迎南通市选派的21名援疆干部人才到岗。\n"
    )
    ev = extract_text(text, ner=False).event
    assert ev is not None and ev.parties_evidence == "welcome"
    assert sorted(p.name for p in ev.parties) == ["南通市", "昭苏县"]


def test_customs_houses_sign_for_no_government() -> None:
    """长春海关与大连海关签署《…备忘录》: central bodies posted in places and named after them sign for no government
    of them (rules/parties.tsv nongov: 海关, 海事局, 边检站); 山海关区 is a district, no customs."""
    text = (
        "2012-06-09\n会上，营口市人民政府与长春市人民政府签署《营口港长春内陆港合作协议》，"
        "长春海关与大连海关签署《长春海关 大连海关区域通关合作备忘录》。绥中县与山海关区签署《绥中县 山海关区旅游合作协议》。\n"
    )
    got = [sorted(p.name for p in a.parties) for a in extract_text(text, ner=False).agreements]
    assert got == [["营口市", "长春市"], [], ["山海关区", "绥中县"]]


def test_a_party_committees_department_after_its_place_signs_for_it() -> None:
    """聊城市委组织部与香港特区政府公务员事务局…备忘录, 行政公职局与孝感市委组织部…协议 on a Macau page: a party
    committee's department (组织部, 宣传部, 统战部) after its place is that place's office signing."""
    text = (
        "2018-05-10\n澳门特区政府行政公职局今日与孝感市委组织部签署《行政公职局与孝感市委组织部公务人员培训交流合作协议》。\n"
    )
    got = [sorted(p.name for p in a.parties) for a in extract_text(text, ner=False).agreements]
    assert got == [["孝感市", "澳门特别行政区"]]
    text = (
        "2011-05-10\n聊城市委组织部与香港特区政府公务员事务局签署《聊城市委组织部与香港特区政府公务员事务局干部培训交流"
        "合作备忘录》。\n"
    )
    got = [sorted(p.name for p in a.parties) for a in extract_text(text, ner=False).agreements]
    assert got == [["聊城市", "香港特别行政区"]]


def test_charities_sign_for_no_government() -> None:
    """烟台市慈善总会与巫山县慈善会签订《…捐赠协议》: charities are no governments (rules/parties.tsv nongov); a document
    only they sign has no parties. A place's Red Cross society is its side (office 红十字会: ten of the written sets'
    Red Cross documents so, one not): 宁波市慈善总会与毕节地区红十字会签订 — 毕节地区 alone, as a government signing
    with a charity."""
    text = (
        "2005-09-14\n座谈会上，宁波市慈善总会会长胡耀祖与毕节地区红十字会负责人签订了《宁波市慈善总会助残项目捐赠协议》。"
        "烟台市慈善总会副会长孙立民与巫山县慈善会负责人签订了《慈善帮扶资金捐赠协议》。\n"
    )
    got = [sorted(p.name for p in a.parties) for a in extract_text(text, ner=False).agreements]
    assert got == [["毕节地区"], []]


def test_a_prefecture_written_after_its_province_in_full_issues_as_itself() -> None:
    """《澳门特别行政区社会工作局与四川省凉山彝族自治州民政局…备忘录》: the province written in full before its prefecture
    only says where it lies — the prefecture's bureau signs."""
    text = (
        "2025-10-14\n澳门特别行政区社会工作局与四川省凉山彝族自治州民政局签署《澳门特别行政区社会工作局与四川省凉山彝族自治州"
        "民政局儿童福利及养老服务合作备忘录》。\n"
    )
    got = [sorted(p.name for p in a.parties) for a in extract_text(text, ner=False).agreements]
    assert got == [["凉山彝族自治州", "澳门特别行政区"]]


def test_two_offices_glued_in_a_title_are_both_issuers() -> None:
    """《上海市档案局黑河市档案局知青档案资源共享合作协议》: the first office ends where the second issuer's place
    starts — both places issue it, over the event's sides the count 两地 gives (上海市, 黑龙江省)."""
    text = (
        "上海知青档案史料展在黑河开展　沪黑两地档案部门签订合作协议\n发布时间：2009-08-21 10:15\n"
        "8月20日上午，由上海市档案局和黑河市档案局联合举办的上海知青在黑河档案史料展在黑河市图书馆开展。"
        "开展仪式后，两地档案部门签订了《上海市档案局黑河市档案局知青档案资源共享合作协议》。\n"
    )
    got = [sorted(p.name for p in a.parties) for a in extract_text(text, ner=False).agreements]
    assert got == [["上海市", "黑河市"]]


def test_an_organizer_written_under_its_province_holds_for_its_own_city() -> None:
    """由…和台湾嘉义市文化局共同主办: the last organizer's office runs to the end of the list — the city inside the
    province written before it is the side, not the province."""
    text = (
        "“杭嘉文化交流周”在杭州开幕\n2015-06-12 来源：杭州日报\n"
        "6月11日上午，由杭州市文化广电新闻出版局和台湾嘉义市文化局共同主办的“2015杭嘉文化交流周”在杭州剧院开幕。"
        "嘉义市文化局局长郭明哲率嘉义市文化交流团一行30人参加开幕式。\n"
    )
    assert sides(text) == ["嘉义市", "杭州市"]



def test_a_places_own_party_paper_signs_for_it() -> None:
    """《赣州日报社梅州日报社新闻协作协议》: a place's party paper (日报社) or public broadcaster (广播电视台) signs for
    its place — a 报社 or 电视台 that is a company does not (parties.tsv ``govbody`` over ``nongov``)."""
    text = (
        "2016-05-20 来源：梅州日报\n5月19日，赣州日报社与梅州日报社新闻协作签字仪式在梅州举行。"
        "赣州日报社社长刘志强、梅州日报社社长黄海明分别代表两社签署了《赣州日报社梅州日报社新闻协作协议》。\n"
    )
    got = [sorted(p.name for p in a.parties) for a in extract_text(text, ner=False).agreements]
    assert got == [["梅州市", "赣州市"]]


def test_a_chamber_founded_with_both_places_leaders_joins_them_its_charter_none() -> None:
    """宁波市丽水商会成立大会 with 丽水市 and 宁波市 officials in its paragraph: the two places the chamber's name joins
    are the sides; the charter it adopts (《宁波市丽水商会章程》) is the chamber's own — no parties."""
    text = (
        "宁波市丽水商会成立\n2018-03-12 来源：丽水日报\n"
        "3月10日，宁波市丽水商会成立大会在宁波市鄞州区举行。丽水市委常委、副市长吴建军率丽水市代表团出席，宁波市工商联副主席"
        "陈立明、宁波市民政局副局长方晓红到会祝贺。\n"
        "大会审议通过了《宁波市丽水商会章程》，选举产生了首届理事会。商会会长叶国强表示，商会将引导会员回乡投资。\n"
    )
    rec = extract_text(text, ner=False)
    assert rec.event is not None and sorted(p.name for p in rec.event.parties) == ["丽水市", "宁波市"]
    assert [a.parties for a in rec.agreements] == [[]]


def test_a_chamber_meeting_one_government_is_that_governments() -> None:
    """云南省浙江商会与弥勒县人民政府…签约仪式 (the name holds one government): that government alone — the
    chamber's own places are no sides."""
    text = (
        "2012-07-08 来源：红河日报\n7月7日，贵州省温州商会与兴义市人民政府战略合作签约仪式在兴义举行。"
        "兴义市委副书记、市长王刚和贵州省温州商会会长林志远代表双方签约。温州市驻贵阳办事处主任陈海到会。\n"
    )
    assert sides(text) == ["兴义市"]


def test_a_count_of_a_prefecture_and_a_city_together_names_them() -> None:
    """两地区市 counts an old-style prefecture (地区) and a city together: the two the lead names, not the provinces of
    the name's letters (赣闽边…联席会议)."""
    text = (
        "1993-09-10 来源：江西日报\n本报讯 9月8日至9日，赣闽边交通协作第二次联席会议在铅山县召开。上饶地区和福建省三明市"
        "交通部门负责同志，以及两地区市所属十个县（市）交通局局长共三十余人参加会议。江西省交通厅副厅长王立群、福建省交通厅"
        "副厅长陈国华到会指导。会议通报了两地客运协作情况，商定开通两地直达客运班线。\n"
    )
    assert sides(text) == ["三明市", "上饶地区"]


def test_a_count_of_sides_is_no_list_of_places_a_speech_names() -> None:
    """三方签署 (a bureau, a company and a city's government): no list of three places elsewhere — a speech's route
    (经江苏、安徽、河南一路北上) — is its sides."""
    text = (
        "2018-06-12\n澳门特区政府旅游局、澳门航空与扬州市人民政府今日下午在澳门举行旅游合作签约仪式，三方签署《澳门·扬州旅游合作"
        "协议》。扬州市副市长王建国出席仪式。王建国表示，大运河自扬州起，经江苏、山东、河北一路北上，沿线城市正联合推广运河旅游。\n"
    )
    assert sides(text) == ["扬州市", "澳门特别行政区"]


def test_state_farms_for_returned_overseas_chinese_are_their_governments() -> None:
    """两市华侨农场…座谈会: the farms are the governments' own (parties.tsv ``govbody`` 华侨农场 over ``nongov`` 农场)."""
    text = (
        "2001-05-12 来源：福建侨报\n5月10日，漳州常山两地华侨农场体制改革交流座谈会在漳州市举行。漳州市副市长林文华、江山市副市长"
        "徐国强出席座谈会并讲话，两地政府签署了《华侨农场体制改革交流合作协议》。\n"
    )
    assert sides(text) == ["江山市", "漳州市"]


def test_a_place_holding_its_fair_elsewhere_is_the_side_not_the_venue() -> None:
    """梅江区在澳门举办…推介会: the place opening the clause that holds the event at a venue apart from it is its
    holder — the venue's place is where, not who."""
    text = (
        "梅江区在澳门举办文化旅游推介会\n2015-04-22 来源：澳门日报\n"
        "梅州市梅江区昨日在澳门旅游塔会议展览中心举办文化旅游推介会，澳门梅州同乡会等社团二百多位乡亲出席。"
        "梅江区委书记陈立华在推介会上介绍了梅江区的客家文化旅游资源。\n"
    )
    assert sides(text) == ["梅江区"]


def test_a_session_to_come_says_no_side_of_the_event() -> None:
    """…两省…座谈会在长沙举行。…明年5月两省将在南昌召开第二次合作座谈会: the session to come names where it will be
    held — the sides stay the two provinces counted."""
    text = (
        "湘赣两省档案局签署合作协议\n2006-08-20 来源：湖南日报\n"
        "本报讯 8月19日，湖南、江西两省档案工作合作座谈会在长沙举行。两省档案局签署了《湖南省江西省档案工作合作协议》。"
        "湖南省档案局局长王建国、江西省档案局副局长刘明出席座谈会。\n"
        "根据协议，两省将互派人员交流学习，明年5月两省将在南昌召开第二次合作座谈会。\n"
    )
    assert sides(text) == ["江西省", "湖南省"]


def test_a_chamber_founded_with_the_pages_own_county_leader_titled_by_level() -> None:
    """A county portal: 广州市丰顺商会成立大会, 县委书记 (the page's county, by its level alone) and 广州市 officials in
    the paragraph — the two places the chamber's name joins."""
    text = (
        "丰顺县人民政府门户网站\n首页 | 政务公开 | 丰顺要闻\n\n广州市丰顺商会成立\n发布时间：2012-03-20\n"
        "3月18日，广州市丰顺商会成立大会在广州市天河区举行。县委书记张伟明率县党政代表团出席并讲话，广州市民政局副局长"
        "陈志华、广州市工商联副主席黄丽萍到会祝贺。\n目前在广州创业的丰顺县籍人士约2万人。\n"
    )
    assert sides(text) == ["丰顺县", "广州市"]


def test_an_office_of_the_pages_own_city_by_its_level_signs_for_that_city() -> None:
    """驻马店市水利局与我市水利局共同签署了《…》 on 周口's paper, at a meeting of two counties: the document's sides are
    驻马店市 and the page's own city (我市 = 周口市), not the event's counties."""
    text = (
        "周口日报\n2007-06-12 来源：周口日报\n本报讯 6月10日，上蔡县、项城市两县市防汛协作会议在项城市召开。上蔡县与我市"
        "项城市签订了《上蔡县项城市洪河防汛协作协议》，驻马店市水利局与我市水利局共同签署了《洪河上游汛期水情通报办法》。\n"
    )
    rec = extract_text(text, ner=False)
    got = {a.title: sorted(p.name for p in a.parties) for a in rec.agreements}
    assert got["洪河上游汛期水情通报办法"] == ["周口市", "驻马店市"]


def test_a_places_bracketed_note_naming_a_unit_inside_it_is_the_side() -> None:
    """佛山南海清远（清新）产业合作园: 清远's note names 清新县 inside it — the side is the county, not the city."""
    text = (
        "2010-09-16 来源：清远日报\n9月15日，南海区与清新县在清新县举行佛山南海清远（清新）产业合作园共建签约仪式，"
        "南海区区长陈国华、清新县县长黄立明代表双方签署了《南海清远（清新）产业合作园共建协议》。\n"
    )
    rec = extract_text(text, ner=False)
    assert rec.event is not None and sorted(p.name for p in rec.event.parties) == ["南海区", "清新县"]
    assert [sorted(p.name for p in a.parties) for a in rec.agreements] == [["南海区", "清新县"]]


def test_the_small_three_links_pair_of_fujian_and_kinmen_names_both() -> None:
    """闽金…交流会: 闽 for 福建 and 金 for 金门 (rules/compound_abbreviations.tsv), the sides of the event's name."""
    text = (
        "2015-03-12 来源：大公报\n金门乡亲访问团昨日抵达福州。今日上午，「闽金旅游合作交流会」在福州举行，"
        "双方签署合作协议。\n"
    )
    assert sides(text) == ["福建省", "金门县"]


def test_a_provinces_department_signs_with_a_city_of_its_own() -> None:
    """山西省国资委与大同市人民政府签署《…》: the province (through its department) and its own city are the two
    sides; a 中心 bearing the province's name (浙江股权交易中心与缙云县人民政府) stays a company."""
    rec = extract_text(
        "标题\n3月18日，合作推进会在大同市召开。会上，山西省国资委与大同市人民政府签署《国资国企合作框架协议》，"
        "12家省属企业签约项目20个。浙江股权交易中心与缙云县人民政府签署了《战略合作协议》。\n",
        ner=False,
    )
    got = {a.title: sorted(p.name for p in a.parties) for a in rec.agreements}
    assert got["国资国企合作框架协议"] == ["大同市", "山西省"]
    assert "浙江省" not in got["战略合作协议"]


def test_a_places_womens_federation_signs_for_it() -> None:
    """城关区妇联与临夏县妇联…召开…座谈会，双方签订《…》: a place's women's federation is one of its offices
    (parties.tsv office 妇联, 妇女联合会, and the league committees 团市委…), so both places are the sides of the
    meeting and of the document."""
    rec = extract_text(
        "标题\n5月12日，兰州市城关区妇联与临夏县妇联在临夏县召开巾帼家政劳务协作座谈会，双方签订《巾帼家政劳务协作协议》。\n",
        ner=False,
    )
    assert rec.event is not None
    assert sorted(p.name for p in rec.event.parties) == ["临夏县", "城关区"]
    assert sorted(p.name for p in rec.agreements[0].parties) == ["临夏县", "城关区"]


def test_provinces_letters_give_way_to_the_federations_of_one_city_in_each() -> None:
    """苏黔…座谈会 where 常州市妇联与铜仁市妇联 sign: the letters say where the sides lie; the one unit of each
    province whose office (a women's federation too: parties.tsv office) acts is its side."""
    rec = extract_text(
        "标题\n6月10日上午，苏黔巾帼家政协作座谈会在常州举行，常州市妇联与铜仁市妇联签订《巾帼家政协作框架协议》。\n",
        ner=False,
    )
    assert rec.event is not None
    assert sorted(p.name for p in rec.event.parties) == ["常州市", "铜仁市"]


def test_a_womens_federation_in_a_documents_title_issues_it_for_its_place() -> None:
    """《彰化县政府社会处与漳州市妇女联合会…备忘录》: the federation after its place in the title is one of the issuers
    (parties.tsv issuer 妇联, 妇女联合会), beside the county government's office."""
    rec = extract_text(
        "标题\n漳州市妇联参访团今（9）日拜会县府，并共同出席「彰化漳州妇女交流座谈会」。会中，县府社会处与漳州市妇联签署"
        "《彰化县政府社会处与漳州市妇女联合会妇女交流合作备忘录》。\n",
        ner=False,
    )
    assert sorted(p.name for p in rec.agreements[0].parties) == ["彰化县", "漳州市"]


def test_a_place_joined_to_the_pages_own_county_is_the_events_other_side() -> None:
    """山西省盂县与我县在灵寿召开…联席会议 on 灵寿县's portal: 我县 is the page's county — the sides are 盂县 and 灵寿县
    (not the province that qualifies 盂县)."""
    page = (
        "灵寿县人民政府\n首页 | 走进灵寿 | 政务公开\n当前位置：首页 > 政务公开 > 工作动态\n两县签订生态补偿协议\n"
        "发布时间：2021-05-12 10:20　来源：县水务局\n"
        "　　5月11日，山西省盂县与我县在灵寿召开上下游横向生态补偿联席会议，两县政府签订《盂县—灵寿县上下游横向生态补偿协议》。\n"
    )
    rec = extract_text(page, ner=False)
    assert rec.event is not None
    assert sorted(p.name for p in rec.event.parties) == ["灵寿县", "盂县"]


def test_provinces_letters_inside_a_name_give_way_to_the_units_that_sign() -> None:
    """滁河流域苏皖…会商会 then 浦口区与…来安县签订《…》: the letters inside the name say where the sides lie; the
    signers of the document signed there, one inside each province, are the sides."""
    rec = extract_text(
        "标题\n本报讯 昨日，滁河流域苏皖跨界水污染联防联控暨生态补偿工作会商会在来安县召开。江苏省南京市浦口区与安徽省"
        "滁州市来安县签订《滁河跨界水质生态补偿协议》。\n",
        ner=False,
    )
    assert rec.event is not None
    assert sorted(p.name for p in rec.event.parties) == ["来安县", "浦口区"]


def test_a_sar_delegation_that_went_to_a_city_meets_the_city() -> None:
    """香港青年交流團…赴湖南省郴州市考察交流 then 「港郴…座談會」 in 郴州: a SAR's delegation that went to a named city has
    that city as the other side (as one that went to a county has the county), not the city's province."""
    page = (
        "香港青年交流團訪問郴州\n由民政及青年事務局組織的香港青年交流團一行三十人，6月3日至7日赴湖南省郴州市考察交流。"
        "昨（5）日上午，「港郴青年創新創業交流座談會」在郴州市舉行，民政及青年事務局與共青團郴州市委簽署"
        "《香港郴州青年交流合作備忘錄》。\n"
    )
    rec = extract_text(page, ner=False)
    assert rec.event is not None
    assert sorted(p.name for p in rec.event.parties) == ["郴州市", "香港特别行政区"]


def test_letters_before_an_ordinary_field_word_name_the_sides() -> None:
    """第三届温佳青年创业交流座谈会: 青 opens 青年, an ordinary word no place is named by — not a third letter (青海)
    going on the run — so 温 and 佳 are the first letters of the two cities the article names."""
    rec = extract_text(
        "标题\n由温州市青年企业家协会组织的温州青年创业交流团一行三十人，7月12日至15日赴黑龙江省佳木斯市考察。13日上午，"
        "第三届温佳青年创业交流座谈会在佳木斯市举行，温州市青年企业家协会与佳木斯市青年联合会签署"
        "《温佳青年创业交流合作备忘录》。\n",
        ner=False,
    )
    assert rec.event is not None
    assert sorted(p.name for p in rec.event.parties) == ["佳木斯市", "温州市"]


def test_provinces_letters_opening_a_name_with_no_cooperation_word() -> None:
    """苏藏建设工作座谈会: two provinces' letters, then a field and the head noun, no 合作/交流 after them — the provinces,
    as the article writes both in full (江苏省建设厅与西藏自治区建设厅签订…)."""
    rec = extract_text(
        "标题\n　　本报拉萨8月12日电　8月8日至12日，江苏省建设厅代表团在我区考察。11日上午，苏藏建设工作座谈会在拉萨举行，"
        "江苏省建设厅与西藏自治区建设厅签订了《对口支援建设协议》。\n",
        ner=False,
    )
    assert rec.event is not None
    assert sorted(p.name for p in rec.event.parties) == ["江苏省", "西藏自治区"]


def test_a_department_right_before_the_other_issuers_government_in_a_title() -> None:
    """《四川省国资委甘孜州人民政府…协议》: the province's department ends right where the other issuer, a place's
    government, begins (no joiner or space between) — both issue it."""
    rec = extract_text(
        "标题\n3月5日，合作推进会在康定市召开，双方签署《四川省国资委甘孜州人民政府深化国资国企合作协议》。\n", ner=False
    )
    assert sorted(p.name for p in rec.agreements[0].parties) == ["四川省", "甘孜藏族自治州"]


def test_the_owner_of_a_signing_company_is_no_party() -> None:
    """湖南省国资委所属的湘水航运集团与…港务公司签订《…》: the province (by its asset commission) owns the company that
    signs — the companies sign, the document has no parties."""
    rec = extract_text("标题\n会上，湖南省国资委所属的湘水航运集团与广西某港务公司同时签订《内河航线合作协议》。\n", ner=False)
    assert rec.agreements[0].parties == []


def test_a_place_joined_after_a_university_in_a_ceremonys_name_is_its_side() -> None:
    """浙江大学与湖州市科技合作协议签字仪式: the university is no side (RECORD.md), the city joined after it is — as one
    joined before the other side's name is; not a place opening a body of no government (…与宁波港务局…)."""
    rec = extract_text(
        "标题\n本报湖州10月15日电　浙江大学与湖州市科技合作协议签字仪式，10月14日上午在湖州市政府礼堂举行。\n", ner=False
    )
    assert rec.event is not None
    assert [p.name for p in rec.event.parties] == ["湖州市"]


def test_a_province_and_its_city_each_named_as_a_government_are_two_sides() -> None:
    """中国科学院、江苏省人民政府、苏州市人民政府共建…签约仪式: the academy is no side; the province's government and
    its city's each sign — the province is no qualifier of the city here."""
    rec = extract_text(
        "标题\n3月8日，中国科学院、江苏省人民政府、苏州市人民政府共建纳米技术研究所合作协议签约仪式在苏州举行。\n", ner=False
    )
    assert rec.event is not None
    assert sorted(p.name for p in rec.event.parties) == ["江苏省", "苏州市"]


def test_a_relief_delegation_is_its_places_side() -> None:
    """山东省慰问团到盐城市…: a delegation carrying relief (慰问团, parties.tsv ``delegation``) is its place's side, as a
    代表团 or 考察团 is; the city whose government meets it the other."""
    rec = extract_text(
        "山东慰问团到盐城\n本报讯 7月3日，山东省慰问团到盐城市看望受灾群众，并与盐城市人民政府举行座谈会，"
        "双方签订了《救灾物资交接协议》。\n",
        ner=False,
    )
    assert rec.event is not None
    assert {p.name for p in rec.event.parties} == {"山东省", "盐城市"}


def test_a_sars_legislature_is_its_side() -> None:
    """香港特区立法会代表团 visiting, 香港特区立法会与昌吉州人大常委会…备忘录: the SAR's legislature (特区 between the SAR's
    name and its body; parties.tsv ``issuer`` 立法会) is the SAR's side, as a people's congress is its place's."""
    rec = extract_text(
        "立法会代表团访昌吉\n本报讯 香港特区立法会代表团一行16人7月6日至10日在新疆昌吉回族自治州访问。8日上午，代表团与"
        "昌吉州人大常委会在昌吉市举行立法工作交流座谈会，双方签署《香港特区立法会与昌吉州人大常委会立法交流合作备忘录》。\n",
        ner=False,
    )
    assert rec.event is not None
    assert {p.name for p in rec.event.parties} == {"香港特别行政区", "昌吉回族自治州"}
    assert {p.name for p in rec.agreements[0].parties} == {"香港特别行政区", "昌吉回族自治州"}


def test_a_sar_governments_department_is_its_side() -> None:
    """香港天文台与海南省三沙市气象局…签署: a SAR government's department (天文台, a …署: parties.tsv ``office``) joined to
    the other side's bureau is the SAR's side."""
    rec = extract_text(
        "天文台与三沙市签气象合作备忘录\n【大公报讯】香港天文台与海南省三沙市气象局昨日（20日）在天文台总部举行"
        "南海气象观测合作备忘录签署仪式，双方签署《南海气象观测合作备忘录》。\n",
        ner=False,
    )
    assert rec.event is not None
    assert {p.name for p in rec.event.parties} == {"香港特别行政区", "三沙市"}


def test_a_headlines_counted_letters_narrow_to_the_units_the_lead_names() -> None:
    """湘黔两地红色档案联展 in the headline, the lead telling 由凤凰县档案局与贵州省松桃苗族自治县档案局联合主办: the
    headline's letters say where; the body's first sentence names one side inside each province — those are the sides."""
    rec = extract_text(
        "湘黔两地红色档案联展在凤凰开幕\n发布时间：2016-05-10\n　　5月9日上午，由凤凰县档案局与贵州省松桃苗族自治县档案局"
        "联合主办的“从凤凰到松桃——红色档案文献联展”在凤凰古城开幕。两地档案局局长代表双方签订了《红色档案资源共享协议》。\n",
        ner=False,
    )
    assert rec.event is not None
    assert {p.name for p in rec.event.parties} == {"凤凰县", "松桃苗族自治县"}


def test_counted_letters_narrow_to_the_places_the_next_sentence_lists_as_come() -> None:
    """苏浙皖三地…协调会在我县召开。江苏省宜兴市、安徽省郎溪县和我县的相关负责人齐聚…: the letters say where; the sentence
    after the event's lists whose people came, one inside each province (the page's own county by 我县) — those are
    the sides, not the provinces."""
    page = (
        "长兴县人民政府门户网站\n苏浙皖三地竹产业协作协调会在我县召开\n发布时间：2015-06-12　来源：县林业局\n"
        "　　6月10日至11日，苏浙皖三地竹产业协作协调会在我县召开。江苏省宜兴市、安徽省郎溪县和我县的相关负责人齐聚一堂，"
        "共商竹产业协作发展。长兴县县长王明主持会议。会上，三地政府签署了《苏浙皖竹产业协作协议》。\n"
    )
    rec = extract_text(page, ner=False)
    assert rec.event is not None
    assert {p.name for p in rec.event.parties} == {"宜兴市", "郎溪县", "长兴县"}


def test_counted_letters_narrow_to_the_visitors_and_the_home_they_came_to() -> None:
    """浙江省常山县党政代表团来我县考察交流。…浙赣两地…座谈会…: the letters say where; the sentence before names the
    visitors' county and the page's own (我县) — one inside each province, the sides."""
    page = (
        "玉山县人民政府门户网站\n浙赣两地携手推进文旅协作\n发布时间：2024-05-18　来源：县融媒体中心\n"
        "　　5月16日至17日，浙江省常山县党政代表团来我县考察交流。17日上午，浙赣两地文旅协作座谈会在县行政中心召开，"
        "两县政府签署了《文旅协作协议》。玉山县县长王明主持座谈会。\n"
    )
    rec = extract_text(page, ner=False)
    assert rec.event is not None
    assert {p.name for p in rec.event.parties} == {"常山县", "玉山县"}


def test_a_sar_bureaus_official_signing_for_it_makes_the_sar_a_side() -> None:
    """On a Hong Kong paper, 劳工及福利局副局长梁志恒与绵竹市委副书记、市长蒋文华代表双方签署: the bureau named by its
    portfolio alone is the SAR's (the one SAR the page names), the other side of the ceremony."""
    rec = extract_text(
        "港府援建绵竹康复中心\n【明报专讯】香港特区政府昨日（13日）与四川省绵竹市人民政府签署协议，援建一所康复中心。\n"
        "援建绵竹市残疾人康复中心签约仪式在绵竹市举行，劳工及福利局副局长梁志恒与绵竹市委副书记、市长蒋文华代表双方签署"
        "《绵竹市残疾人康复中心援建项目协议》。\n",
        ner=False,
    )
    assert rec.event is not None
    assert {p.name for p in rec.event.parties} == {"香港特别行政区", "绵竹市"}


@pytest.mark.parametrize(
    ("text", "event", "document"),
    [
        (
            "襄阳十堰两地工会签订职工互助协作协议\n　　本报讯　3月6日，襄阳、十堰两地工会职工互助协作座谈会在十堰市召开，"
            "襄阳市总工会与十堰市总工会签订了《襄阳市总工会 十堰市总工会职工互助协作协议》。\n",
            ["十堰市", "襄阳市"],
            ["十堰市", "襄阳市"],
        ),
        (
            "温州市红十字会援建文成灾区签约仪式举行\n　　本报讯　昨日，温州市红十字会援建丽水灾区项目签约仪式在丽水市举行。"
            "仪式上，温州市红十字会与丽水市红十字会签署了《温州市红十字会援建丽水灾区博爱家园项目协议》。\n",
            ["丽水市", "温州市"],
            ["丽水市", "温州市"],
        ),
    ],
)
def test_a_places_trade_unions_and_red_cross_are_its_side(text: str, event: list[str], document: list[str]) -> None:
    """A city's trade-union federation (总工会, 两地工会) and its Red Cross society stand for their city, as its women's
    federation does (rules/parties.tsv office, issuer): both cities are the sides of the meeting and of the document
    they sign, though its title names the giver alone (…红十字会援建…协议: the clause before it joins the other)."""
    rec = extract_text(text, ner=False)
    assert rec.event is not None and sorted(p.name for p in rec.event.parties) == event
    assert sorted(p.name for p in rec.agreements[0].parties) == document


@pytest.mark.parametrize(
    ("text", "document"),
    [
        (
            "港滇签署禁毒合作备忘录\n　　本报讯　香港海关与临沧市人民政府昨日（9日）在临沧签署《香港海关与临沧市人民政府禁毒合作"
            "备忘录》。\n",
            ["临沧市", "香港特别行政区"],
        ),
        (
            "飞行服务队访问遂宁\n　　香港文汇报讯　政府飞行服务队昨日与遂宁市应急管理局签署《飞行服务队与遂宁市应急管理局"
            "救援合作备忘录》，香港特区政府保安局副局长出席。\n",
            ["遂宁市", "香港特别行政区"],
        ),
    ],
)
def test_a_sar_department_of_another_end_is_the_sars_side(text: str, document: list[str]) -> None:
    """A SAR government's department whose name ends with none of a mainland office's ends (parties.tsv saroffice:
    海关, 队, 处), after the SAR's name or named alone opening the title on a page naming one SAR, signs for the SAR
    (not the mainland's customs offices, central bodies: nongov)."""
    rec = extract_text(text, ner=False)
    assert sorted(p.name for p in rec.agreements[0].parties) == document
    rec = extract_text("两地签署协议\n　　南宁海关与钦州市人民政府签署《南宁海关与钦州市人民政府合作备忘录》。\n", ner=False)
    assert [p.name for p in rec.agreements[0].parties] == ["钦州市"]


@pytest.mark.parametrize(
    "clause",
    [
        "海门市三星镇、常乐镇等八个村，分别与涟水县的八个村签订了",
        "两地6对镇（街道）、18对村分别签订了",
        "十五对结对村也分别签订了",
    ],
)
def test_villages_and_towns_pairs_sign_for_no_side(clause: str) -> None:
    """A document the villages or towns of two counties sign in pairs (…八个村，分别与…的八个村签订了, 18对村分别签订了,
    十五对结对村也分别签订了) has no parties, though the two governments' framework signed at the same meeting has."""
    text = (
        "两地签署对口帮扶协议\n　　本报讯　3月8日，海门市与涟水县对口帮扶座谈会在涟水县召开。会上，海门市人民政府与涟水县人民"
        f"政府签订了《海门市涟水县对口帮扶框架协议》，{clause}《村村结对帮扶协议书》。\n"
    )
    got = [sorted(p.name for p in a.parties) for a in extract_text(text, ner=False).agreements]
    assert got == [["海门市", "涟水县"], []]


def test_provinces_counted_for_their_border_area_say_where_the_headlines_pair_are_the_sides() -> None:
    """湘赣两省边界地区旅游协作会议 under the headline 萍乡市与醴陵市…: the provinces counted name the border area the meeting is
    of; the two places the headline pairs, one inside each province, are its sides (and the document's)."""
    text = (
        "萍乡市与醴陵市联手开辟四条旅游线路\n来源：江西日报　日期：1993-05-14　版次：2\n\n"
        "本报萍乡5月13日电　记者王明报道：湘赣两省边界地区旅游协作会议5月12日至13日在萍乡市举行。萍乡市和湖南省醴陵市"
        "旅游、交通部门的负责同志商定，在芦溪至醴陵、上栗至浏阳等线路上开辟四条旅游线路。13日上午，"
        "萍乡市旅游局局长王建与醴陵市旅游局局长李强代表双方签订了《萍乡市醴陵市旅游线路联营协议》。\n"
    )
    rec = extract_text(text, ner=False)
    assert rec.event is not None and sorted(p.name for p in rec.event.parties) == ["萍乡市", "醴陵市"]
    assert sorted(p.name for p in rec.agreements[0].parties) == ["萍乡市", "醴陵市"]


def test_a_document_one_places_office_issues_at_a_meeting_of_two_is_that_places() -> None:
    """推介会上，三亚市旅游和文化广电体育局发布了《…》 at a meeting of two cities: the office's place issues it alone
    (parties._OFFICE_ISSUER), while the document both sides' offices sign is both's."""
    text = (
        "两市签署旅游合作协议\n　　本报讯　5月8日，三亚市与哈尔滨市旅游合作推介会在哈尔滨市举行，两市签署了《三亚市哈尔滨市"
        "旅游合作协议》。推介会上，三亚市旅游和文化广电体育局发布了《三亚市冬季旅游惠民十条措施》。\n"
    )
    got = [sorted(p.name for p in a.parties) for a in extract_text(text, ner=False).agreements]
    assert got == [["三亚市", "哈尔滨市"], ["三亚市"]]


def test_literary_federations_sign_for_no_side_and_a_second_office_after_a_mark_does() -> None:
    """两市文联 are federations of associations (parties.tsv nongov 文联, 美协, 书协, 摄协): a memorandum only they sign has
    no parties — while the culture bureaus' agreement, its title listing the second office after a mark (潍坊市文化局、
    苏州市文化局…协议), is both cities'."""
    text = (
        "两市携手保护木版年画\n　　本报讯　开幕式上，潍坊市文化局与苏州市文化局签订了《潍坊市文化局、苏州市文化局木版年画"
        "保护与交流合作协议》。同一天，潍坊市文联与苏州市文联签署了《潍坊市文联、苏州市文联年画创作交流备忘录》。\n"
    )
    got = [sorted(p.name for p in a.parties) for a in extract_text(text, ner=False).agreements]
    assert got == [["潍坊市", "苏州市"], []]


def test_a_sar_bodys_partner_written_with_its_province_and_city_before_it_is_the_county() -> None:
    """渔农自然护理署…与广东省湛江市徐闻县人民政府签署: a SAR's body named alone as the subject, its partner written after its
    province and city — the county is the side, not the city that qualifies it."""
    text = (
        "港徐携手保育珊瑚礁\n【大公报讯】记者黄嘉欣报道：渔农自然护理署昨日（22日）在香港举行港徐珊瑚礁保育合作备忘录签署仪式，与广东省湛江市"
        "徐闻县人民政府签署《渔农自然护理署与徐闻县人民政府珊瑚礁保育合作备忘录》，双方将在珊瑚礁监测等方面加强合作。\n"
    )
    rec = extract_text(text, ner=False)
    assert rec.event is not None and sorted(p.name for p in rec.event.parties) == ["徐闻县", "香港特别行政区"]


def test_a_sar_body_opening_the_lead_after_its_dateline_and_of_the_sar_its_full_name_names() -> None:
    """A SAR's body named alone opens the lead after the report's dateline (本报讯（记者…）), joined to a district's
    government: that SAR and the district; and where the page names both SARs, the one written before the body's own
    name elsewhere (澳门特别行政区经济及科技发展局 in the memorandum's title)."""
    first = (
        "本報訊（記者 陳敏儀）特區政府環境及生態局與深圳市福田區人民政府昨日在福田區舉行紅樹林保育合作交流會，"
        "香港設分會場。\n"
    )
    second = (
        "　　經濟及科技發展局與珠海市斗門區人民政府昨（12）日在斗門區舉行產業合作座談會，雙方簽署《澳門特別行政區經濟及"
        "科技發展局與珠海市斗門區人民政府產業合作備忘錄》。斗門區副區長表示，歡迎香港、澳門企業投資。\n"
    )
    for text, sides in ((first, ["福田区", "香港特别行政区"]), (second, ["澳门特别行政区", "斗门区"])):
        rec = extract_text(text, ner=False)
        assert rec.event is not None and sorted(p.name for p in rec.event.parties) == sorted(sides)


def test_places_counted_whose_people_also_came_are_guests_not_the_sides() -> None:
    """A count whose people also came (三县代表亦出席) names guests beside the sides the lead told: a SAR department's
    delegation that went to a county and held the meeting there with it."""
    text = (
        "港渠携手保護西江源頭\n　　本報訊　香港特區政府環境保護署代表團5月12日至13日到廣西壯族自治區梧州市藤縣考察。"
        "昨日（13日）上午，雙方在藤縣縣城舉行西江水質保護合作座談會，並簽署《西江水質保護合作備忘錄》。"
        "環境保護署助理署長陳家豪、藤縣縣委書記黃志明出席簽署儀式。"
        "梧州市副市長，以及廣西蒼梧、岑溪、蒙山三縣市代表亦出席了座談會。\n"
    )
    rec = extract_text(text, ner=False)
    assert rec.event is not None and sorted(p.name for p in rec.event.parties) == ["藤县", "香港特别行政区"]


def test_a_delegation_of_a_department_with_a_long_name_is_its_places() -> None:
    """A SAR department's delegation whose name is longer than a field word (香港特区政府环境保护署代表团) visits a county,
    and both sides meet there: the SAR and the county."""
    text = (
        "港藤携手保護西江\n　　本報訊　香港特區政府環境保護署代表團5月12日至13日到廣西壯族自治區梧州市藤縣考察。"
        "13日上午，雙方在藤縣縣城舉行西江水質保護合作座談會，並簽署《西江水質保護合作備忘錄》。\n"
    )
    rec = extract_text(text, ner=False)
    assert rec.event is not None and sorted(p.name for p in rec.event.parties) == ["藤县", "香港特别行政区"]


def test_a_zones_meeting_whose_members_office_heads_take_part_is_theirs() -> None:
    """A zone's meeting of one portfolio where the heads of three or more provinces' own offices preside and speak
    (长三角…联席会议: 安徽省…局长 presiding, 上海市…、江苏省…、浙江省…局长 speaking): those provinces, not the zone."""
    text = (
        "长三角医保协同发展联席会议在南京召开\n　　本报讯　昨天，长三角医保协同发展联席会议在南京召开。"
        "江苏省医疗保障局局长王建国主持会议，上海市医疗保障局副局长李明、浙江省医疗保障局局长陈立、"
        "安徽省医疗保障局副局长刘海分别发言。会议审议通过了《长三角医保协同发展2024年工作要点》。\n"
    )
    rec = extract_text(text, ner=False)
    assert rec.event is not None
    assert sorted(p.name for p in rec.event.parties) == ["上海市", "安徽省", "江苏省", "浙江省"]


def test_an_office_delegation_of_a_city_acts_for_its_provinces_letter() -> None:
    """Under a name of provinces' letters (闽台…座谈会), a city's office delegation (福建省龙岩市住房和城乡建设局参访团)
    is the side inside its province's letter; the host city the other."""
    text = (
        "閩台住宅建設交流　龍巖市參訪團拜會市府\n發布日期：2016-09-21\n"
        "福建省龍巖市住房和城鄉建設局參訪團一行八人於9月19日至24日來臺交流，今（21）日上午在市政大樓與本府舉行"
        "「閩台住宅建設交流座談會」，由新竹市政府副秘書長王明德主持。\n"
    )
    rec = extract_text(text, ner=False)
    assert rec.event is not None and sorted(p.name for p in rec.event.parties) == ["新竹市", "龙岩市"]


def test_the_place_reporters_filed_from_is_no_side() -> None:
    """The place in the reporters' credit (（记者 X 银川报道）) is where they filed from, not a side: under provinces'
    letters (宁蒙…联席会议) the county signing inside each province is, not the city the report came from."""
    text = (
        "寧蒙共築平安邊界\n　　香港文匯報訊（記者 周立明 銀川報道）寧蒙邊界聯調聯防第二次聯席會議12日在寧夏永寧縣召開，"
        "永寧縣與內蒙古阿拉善盟阿拉善左旗簽署《寧蒙邊界地區聯調聯防合作協議》，雙方將建立邊界糾紛聯合排查機制。\n"
        "　　昨日（13日），兩地代表還實地察看了望遠鎮與巴彥浩特鎮交界處的檢查站。據悉，寧夏已與周邊省區建立邊界聯調"
        "聯防機制二十餘個。包括香港招商局集團在內的多家企業已在邊界地區投資興業。兩地商定，11月底前完成檢查站的升級改造。\n"
    )
    rec = extract_text(text, ner=False)
    assert rec.event is not None and sorted(p.name for p in rec.event.parties) == ["永宁县", "阿拉善左旗"]


def test_a_sar_secretary_opening_the_lead_with_a_partner_government_is_the_sars_side() -> None:
    """社会文化司司长…在政府总部与湖北省天门市人民政府举行…视像会议: a SAR secretariat's head (parties.tsv ``saroffice``:
    经济财政司, 社会文化司, 政务司…) opening the lead is the one SAR the page names, the partner's city the other side."""
    text = (
        "　　社會文化司司長歐陽瑜昨（5）日下午在政府總部與湖北省天門市人民政府舉行醫療物資合作視像會議，雙方簽署"
        "合作備忘錄。天門市副市長在天門分會場出席。澳門特區政府感謝天門市的支持。\n"
    )
    rec = extract_text(text, ner=False)
    assert rec.event is not None and sorted(p.name for p in rec.event.parties) == ["天门市", "澳门特别行政区"]


def test_a_meeting_named_for_township_enterprises_is_the_governments() -> None:
    """乡镇企业 (township enterprises, run by the townships' governments; parties.tsv ``govowned``) in a meeting's name
    make it no meeting of enterprises: 晋江·毕节乡镇企业东西合作洽谈会 is the two places'."""
    text = (
        "晋江毕节携手推进乡镇企业东西合作\n　　本报讯　6月13日上午，晋江·毕节乡镇企业东西合作洽谈会在毕节地区行署举行，"
        "两地签订了《晋江市毕节地区乡镇企业东西合作协议》。\n"
    )
    rec = extract_text(text, ner=False, publish_date="1999-06-14")
    assert rec.event is not None and sorted(p.name for p in rec.event.parties) == ["晋江市", "毕节地区"]


def test_a_delegation_home_again_is_no_host_and_an_associations_meeting_no_forum_of_the_host() -> None:
    """A lawyers' association's delegation that went to 重庆 and returned home (昨日返抵高雄) held its meeting in 重庆 — the
    return is no visit; and the meeting it held with the host's association (与重庆市律师协会举行…座谈会) is no forum of
    the host's government: no parties."""
    text = (
        "高市律師公會訪重慶　簽兩岸律師交流協議\n2014-06-12　聯合報　記者王志明／高雄報導\n"
        "高雄市律師公會理事長林正雄率領的訪問團一行十八人，6月7日至11日赴重慶訪問，昨（11）日返抵高雄。"
        "訪問團8日與重慶市律師協會舉行「兩岸律師實務交流座談會」，雙方簽署交流合作協議書。\n"
    )
    rec = extract_text(text, ner=False)
    assert rec.event is not None and rec.event.location == "重庆市" and rec.event.parties == []


def test_a_plan_two_of_the_places_its_letters_join_adopt_is_theirs() -> None:
    """沈阳市与抚顺市…座谈会…审议通过了《沈抚铁…方案》: the two cities that meet adopt it, the third letter (铁岭) its
    scope."""
    text = (
        "沈阳抚顺两市公交一体化座谈会召开\n　　本报讯　3日上午，沈阳市与抚顺市公共交通一体化合作座谈会在抚顺市召开。"
        "座谈会上，会议审议通过了《沈抚铁公共交通一体化工作方案》。铁岭市将于年底前加入。\n"
    )
    rec = extract_text(text, ner=False, publish_date="2010-09-04")
    (plan,) = [a for a in rec.agreements if a.title.endswith("工作方案")]
    assert sorted(p.name for p in plan.parties) == ["抚顺市", "沈阳市"]


def test_a_document_hong_kongs_law_society_signs_with_a_lawyers_association_has_no_parties() -> None:
    """香港律师会 (Hong Kong's law society, named with 会 alone) is an association (parties.tsv ``nongov``): the agreement
    it signs with a province's lawyers' association is no government's."""
    text = (
        "　　本報訊　昨日上午，香港與遵義法律服務交流座談會在遵義市舉行，法律援助署與遵義市司法局簽署合作備忘錄，"
        "香港律師會與貴州省律師協會亦同場簽訂《黔港律師實務交流合作協議》。\n"
    )
    rec = extract_text(text, ner=False, publish_date="2012-08-26")
    (deal,) = [a for a in rec.agreements if a.title.startswith("黔港")]
    assert deal.parties == []
