"""Regions across Greater China and across time: Taiwan's cities and counties, Hong Kong's districts,
former mainland units resolved by the article's year, and the traps of issue 13."""

from __future__ import annotations

from extract.api import extract_text
from extract.extractors.regions import find_regions, resolve_location
from extract.models import Region
from extract.text.normalize import to_simplified


def names(text: str, *, year: int | None = None) -> dict[str, str]:
    return {r.name: r.level for r in find_regions(text, year=year)}


def one(text: str, name: str, *, year: int | None = None) -> Region:
    return next(r for r in find_regions(text, year=year) if r.name == name)


# --------------------------------------------------------------------------- Taiwan


def test_kinmen_is_one_of_taiwans_counties() -> None:
    """金门县 is administered as a county of Taiwan (GB/T 2260 lists it under 泉州市)."""
    assert one("厦门市与金门县签署小三通客运合作协议，金门县副县长出席。", "金门县").level == "prefecture"
    assert one("厦门市与金门县签署小三通客运合作协议。", "金门县").parents == ["台湾省"]


def test_taiwan_full_names_are_prefectures_of_taiwan() -> None:
    got = names("屏东县与花莲县农业团体日前赴福建考察，宜兰县代表随行。")
    assert got == {"屏东县": "prefecture", "花莲县": "prefecture", "宜兰县": "prefecture", "福建省": "province"}
    assert one("屏东县农业团体", "屏东县").parents == ["台湾省"]


def test_traditional_taiwan_names_after_opencc() -> None:
    text = to_simplified("臺南市與高雄市攜手推動南臺灣觀光，澎湖縣也派員出席。")
    got = names(text)
    assert {"台南市", "高雄市", "澎湖县", "台湾省"} <= set(got)
    assert got["台南市"] == "prefecture" and got["南台湾"] == "zone"


def test_taiwan_short_forms_need_a_taiwanese_context() -> None:
    # the context: a Taiwan unit written in full, 台湾 itself, or words such as 台胞 and 两岸
    got = names("彰化、南投与嘉义县三地首长昨日共商中部交通建设。")
    assert {"彰化县", "南投县", "嘉义县"} <= set(got)
    assert {"台中市", "苗栗县"} <= set(names("两岸青年创业论坛上，来自台中、苗栗的台胞分享经验。"))
    # without one, 台中/云林 are left alone, and 平台中心 holds no 台中
    assert names("省级创新平台中心揭牌，云林项目同步推进。") == {}


def test_a_full_name_taiwan_shares_with_a_mainland_county() -> None:
    """连江县 is 福州市's county and Taiwan's Matsu: the parent written before it, the support of
    either side, then the page's calendar decide; its short form 连江 is only ever Fujian's."""
    def level(text: str) -> str:
        return names(to_simplified(text))["连江县"]

    assert level("福州市连江县与长乐区签署旅游合作协议。") == "county"  # the parent before it
    assert level("2015年3月5日，连江县与罗源县召开旅游合作座谈会。") == "county"  # nothing says Taiwan
    assert level("澎湖縣長、金門縣長及連江縣長出席離島交通座談會。") == "prefecture"  # Taiwan's counties
    # both sides supported (福州市; 马祖, 两岸): the page's Republic years (98年7月) make it Taiwan's
    both = "連江縣政府與福州市在福州市馬尾區舉行座談會，馬祖鄉親往返兩岸，{}對外公布。"
    assert level(both.format("預定98年7月")) == "prefecture"
    assert level(both.format("预定2009年7月")) == "county"
    assert names("2016年，福州连江与罗源两地签署协议。")["连江县"] == "county"  # 连江: Fujian's


def test_taiwan_counties_before_2010_and_2014() -> None:
    r = one("台中县长出席两岸农业交流会", "台中县", year=2008)
    assert (r.level, r.current.name if r.current else None) == ("prefecture", "台中市")
    assert one("桃园县与厦门市签署合作备忘录", "桃园县", year=2012).current.name == "桃园市"  # type: ignore[union-attr]
    # the short form resolves by the year: 桃园 in 2012 is the county, today the city
    assert "桃园县" in names("台湾桃园的企业代表团抵达厦门", year=2012)
    assert "桃园市" in names("台湾桃园的企业代表团抵达厦门", year=2020)


def test_taiwan_event_location() -> None:
    text = "海峡两岸城市交流会在台中举行，彰化、南投代表与会。"
    assert resolve_location("台中", text) == "台中市"
    assert resolve_location("在嘉义市政府礼堂", "会议在嘉义市政府礼堂举行") == "嘉义市"


# --------------------------------------------------------------------------- Hong Kong


def test_hong_kong_districts_are_counties() -> None:
    got = names("香港观塘区与荃湾区的青年团体到深圳前海交流，湾仔区议员随团。")
    assert got["观塘区"] == got["荃湾区"] == got["湾仔区"] == "county"
    assert one("香港观塘区青年团体", "观塘区").parents == ["香港特别行政区"]
    assert {"沙田区", "元朗区"} <= set(names("香港特区政府在沙田、元朗增建公营房屋。"))


def test_hong_kong_district_names_that_are_words_need_hong_kong() -> None:
    assert "东区" in names("香港东区区议会访问团抵达广州")
    assert names("产业园东区道路已全线贯通，北区厂房封顶。") == {}
    assert "大埔县" in names("梅州大埔县的茶叶走进粤港澳大湾区")


def test_hong_kong_event_location() -> None:
    text = "粤港合作联席会议在香港湾仔会议展览中心举行。"
    assert resolve_location("湾仔", text) == "香港特别行政区"


# --------------------------------------------------------------------------- former units, by year


def test_former_prefecture_resolved_by_year() -> None:
    text = "那曲代表团一行到对口支援城市考察。"
    r = one(text, "那曲地区", year=2014)
    assert r.level == "prefecture" and r.current is not None
    assert (r.current.name, r.current.adcode) == ("那曲市", "540600")
    assert names(text) == {"那曲市": "prefecture"}  # without a year: today's unit
    assert names(text, year=2019) == {"那曲市": "prefecture"}


def test_former_county_written_whole_in_the_year_it_became_a_district() -> None:
    """In the year of a change the current unit is read (那曲 in 2017), but a name written as the
    former unit's whole name that is only a short form of the new one is the former unit."""
    text = "代表团来梅州市考察，先后考察了梅县雁洋镇、大埔县三河坝战役纪念园。"
    assert "梅县" in names(text, year=2013) and "梅县区" not in names(text, year=2013)
    assert "梅县区" in names(text, year=2014)
    assert "梅县区" in names("代表团来梅州市考察了梅县区雁洋镇。", year=2013)


def test_former_name_written_in_full_is_kept_with_its_successor() -> None:
    r = one("襄樊市委书记带队赴十堰考察", "襄樊市")
    assert r.current is not None and (r.current.name, r.current.adcode) == ("襄阳市", "420600")
    assert one("思茅市与西双版纳州签订协议", "思茅市", year=2005).current.name == "普洱市"  # type: ignore[union-attr]


def test_a_place_the_tables_list_under_two_codes_read_before_either() -> None:
    """加格达奇区 is listed under 232701 in 2006–2009 and 232761 in 2018–2019; a 2005 text that writes it whole names
    it (the code listed nearest the year), not two readings that leave it out."""
    text = "大兴安岭地区与伊春市林区合作座谈会在加格达奇区举行。"
    assert names(text, year=2005).get("加格达奇区") == "county"
    assert one(text, "加格达奇区", year=2005).adcode == "232701"


def test_a_short_form_beside_its_own_prefecture_named_in_full_is_that_prefecture() -> None:
    """伊犁阿克苏两地区… beside 伊犁地区行署 (1993): 伊犁 written short is the 地区 the text names in full, not
    伊犁哈萨克自治州 above it, though other places of Xinjiang are named too."""
    text = "7月7日至8日，第三次伊犁阿克苏两地区经济协作联席会议在阿克苏市召开。伊犁地区行署专员出席。会议明年在伊犁召开。"
    got = names(text, year=1993)
    assert "伊犁地区" in got and "伊犁哈萨克自治州" not in got and "阿克苏地区" in got


def test_prefecture_that_became_a_county_level_city() -> None:
    # 巢湖市 was a prefecture until 2011; today a county-level city of 合肥
    assert names("安徽巢湖召开招商推介会", year=2009)["巢湖市"] == "prefecture"
    assert names("合肥巢湖召开招商推介会", year=2020)["巢湖市"] == "county"


def test_county_that_became_a_city_or_district() -> None:
    text = "长沙宁乡的农产品进入粤港澳大湾区"
    assert names(text, year=2016)["宁乡县"] == "county"
    assert one(text, "宁乡县", year=2016).current.name == "宁乡市"  # type: ignore[union-attr]
    assert "宁乡市" in names(text, year=2019)
    zunyi = one("代表团考察了遵义市遵义县的茶园", "遵义县")  # 播州区 since 2016: the name written
    assert zunyi.level == "county" and zunyi.current is not None and zunyi.current.name == "播州区"


def test_a_tables_misprint_is_no_rename() -> None:
    """The code tables of 2002–2005 print 菏泽市 as 荷泽市 (and 硚口区 as 乔口区): 菏泽地区 became 菏泽市
    in 2000, and an article of 2000–2005 names the city, not the prefecture of before."""
    text = "菏泽与阜阳两市签署经济技术合作协议，菏泽市代表团赴阜阳考察。"
    for year in (2000, 2003, 2005):
        assert names(text, year=year) == {"菏泽市": "prefecture", "阜阳市": "prefecture"}
    assert names(text, year=1999)["菏泽地区"] == "prefecture"
    assert names("武汉市硚口区代表团", year=2003)["硚口区"] == "county"


def test_a_county_moved_to_another_prefecture_is_one_unit_a_year() -> None:
    """无为县 lay in 巢湖市 until 2011, then in 芜湖市 (recoded) until it became 无为市 in 2019: in a
    2007 article the name is 巢湖市's county, not two candidates that leave it unresolved."""
    text = "巢湖市与芜湖市签署合作协议，繁昌县与无为县将率先开展沿江岸线联合规划。"
    assert one(text, "无为县", year=2007).parents[0] == "巢湖市"
    assert one(text, "无为县", year=2015).parents[0] == "芜湖市"


def test_a_county_recoded_when_its_prefecture_became_a_city_is_one_unit_a_year() -> None:
    """上饶县 was 上饶地区's until 2000, then 上饶市's until it became 广信区 in 2019 (the older listing names no
    successor): a 1993 article names the 地区's county, a 2005 one the city's."""
    text = "江西省上饶县与福建省武夷山市签订边界山林治安联防协议。"
    assert one(text, "上饶县", year=1993).parents[0] == "上饶地区"
    assert one(text, "上饶县", year=2005).parents[0] == "上饶市"


def test_location_by_year() -> None:
    assert resolve_location("襄樊", "会议在襄樊召开", year=2009) == "襄樊市"
    assert resolve_location("那曲", "会议在那曲召开", year=2015) == "那曲地区"
    assert resolve_location("那曲", "会议在那曲召开") == "那曲市"


# --------------------------------------------------------------------------- traps


def test_prefix_like_abbreviation_at_the_end_of_a_run() -> None:
    # 新 before a word is "new", not 新疆 (粤澳新通道, 新横琴口岸)
    assert "新疆维吾尔自治区" not in names("粤澳新通道建设提速，粤港新一轮合作启动。")
    assert "新疆维吾尔自治区" in names("京津冀晋蒙新六省区市签署协议")


def test_a_letter_that_opens_a_port_word_at_the_end_of_a_run() -> None:
    # 港 opening 港区/港航 after other letters is a port's word, not Hong Kong (rules/letter_word_heads.tsv) …
    assert "香港特别行政区" not in names("闽浙港区联动发展，推动两省港口资源整合。")
    assert "香港特别行政区" not in names("苏皖港航合作再上新台阶。")
    # … but before the longer words that keep it a letter it is: 粤闽港区域合作 (粤闽港 + 区域)
    assert "香港特别行政区" in names("粤闽港区域合作不断深化。")


def test_a_hong_kong_districts_weak_short_form_on_a_page_naming_hong_kong() -> None:
    # 沙田, 西贡 (short forms that are also words) name Hong Kong's districts on a page that names 香港: their parent …
    assert "沙田区" in names("香港特区政府代表团昨日访问惠州。沙田威尔斯亲王医院将派医生交流。")
    assert "西贡区" in names("香港特区政府代表团昨日访问惠州。代表团参观了西贡的渔村。")
    # … not without it, nor a common word (中西文化), nor on a page naming Taiwan's places (澎湖同为离岛)
    assert "沙田区" not in names("东莞市沙田镇的企业代表出席。")
    assert "中西区" not in names("香港是中西文化交汇之地。")
    assert "离岛区" not in names("香港与澳门的游客增加，澎湖县同为离岛，也盼开放。")


def test_place_name_whose_suffix_starts_a_title() -> None:
    # 合作市长论坛 is a mayors' cooperation forum, not 合作市 (甘肃); 合作市委 after its parent is the place
    assert names("首届中国—东盟合作市长论坛在南宁开幕") == {"南宁市": "prefecture"}
    assert "合作市" in names("甘南州合作市委书记接受采访")
    assert "连云港市" in names("连云港市长会见客商")


def test_region_current_field_in_the_record() -> None:
    rec = extract_text("桃园县与厦门市签署合作备忘录\n台湾桃园县代表团日前抵达厦门。", ner=False)
    taoyuan = next(r for r in rec.regions if r.name == "桃园县")
    assert taoyuan.level == "prefecture"
    assert taoyuan.current is not None and taoyuan.current.name == "桃园市"
    assert all(o.name not in ("苗栗", "云林") for o in rec.officials)


def test_taiwan_short_names_are_not_people() -> None:
    rec = extract_text("八县市（台中、彰化、南投、苗栗、新竹县、云林、嘉义市、新竹市）首长聚首嘉义。", ner=False)
    assert not {o.name for o in rec.officials} & {"苗栗", "云林"}
    assert {"苗栗县", "云林县", "台中市"} <= {r.name for r in rec.regions}


def test_former_full_names_that_are_phrases_need_support() -> None:
    # 平安县 (海东, until 2015) and 新建县 (南昌, until 2015) are also ordinary phrases
    assert names("深入开展平安县（市、区）创建活动，新建县级医院三所。") == {}
    assert "新建县" in names("南昌市新建县与九江市签约", year=2012)


def test_frames_carry_the_current_unit() -> None:
    from extract.analysis.frames import _rows

    rec = extract_text("那曲地区代表团赴浙江考察", ner=False)
    row = next(r for r in _rows([rec])["regions"] if r["name"] == "那曲地区")
    assert (row["current"], row["current_adcode"]) == ("那曲市", "540600")


def test_a_list_of_taiwan_or_hong_kong_places_is_its_own_context() -> None:
    assert names("台北、高雄两市市长共同出席论坛") == {"台北市": "prefecture", "高雄市": "prefecture"}
    assert names("观塘、荃湾等区的长者服务中心") == {"观塘区": "county", "荃湾区": "county"}
    # generic two-character names are no context, and a mainland member breaks the list
    assert names("园区北区、南区和东区已完成招商") == {}
    assert names("台北、上海双城论坛") == {"上海市": "province"}


def test_the_pipeline_names_places_as_they_were_in_the_articles_year() -> None:
    from extract import extract_text

    text = "发布时间：2014-05-06\n5月5日，那曲地区与拉萨市召开对口协作座谈会。"
    rec = extract_text(text, ner=False)
    naqu = next(r for r in rec.regions if r.name.startswith("那曲"))
    assert (naqu.name, naqu.level) == ("那曲地区", "prefecture")
    assert naqu.current is not None and naqu.current.name == "那曲市"
    today = extract_text("5月5日，那曲市与拉萨市召开对口协作座谈会。", ner=False)
    assert "那曲市" in [r.name for r in today.regions]


def test_a_border_area_named_by_its_provinces_letters_is_a_zone() -> None:
    from extract import extract_text

    rec = extract_text("9月8日，晋陕豫毗邻地区第六届联席会议在运城召开。", ner=False)
    zones = [r.name for r in rec.regions if r.level == "zone"]
    assert "晋陕豫毗邻地区" in zones
    assert rec.event is not None and [p.name for p in rec.event.parties] == ["晋陕豫毗邻地区"]
    # a boundary is no area: 闽浙边界 names the two provinces only
    rec = extract_text("两县同为闽浙边界山区县。", ner=False)
    assert not [r for r in rec.regions if r.level == "zone"]


def test_a_fixed_pair_of_taiwan_counties_by_their_letters() -> None:
    got = {r.name for r in extract_text("邱信宏說，花東兩縣一向是國內旅遊的熱門地區。", ner=False).regions}
    assert {"花莲县", "台东县"} <= got


def test_a_short_form_in_a_list_is_the_unit_the_page_names_in_full() -> None:
    """澎湖、金門、連江離島三縣 on a page that names 連江縣長: 連江 in the list is Taiwan's 连江县 (the
    short form's own entry is only Fujian's county), so the meeting's sides are the three counties."""
    r = extract_text(
        "澎湖、金門、連江離島三縣首長會議昨（11）日在澎湖縣政府召開，澎湖縣長呂明宗主持，"
        "金門縣長楊國梁、連江縣長曹立民與會。三縣共同簽署《離島三縣緊急醫療後送合作協議》。",
        ner=False,
        reference_date="2012-05-12",
    )
    matsu = [x for x in r.regions if x.name == "连江县"]
    assert len(matsu) == 1 and len(matsu[0].spans) == 2
    assert r.event is not None and {p.name for p in r.event.parties} == {"澎湖县", "金门县", "连江县"}
    assert {p.name for p in r.agreements[0].parties} == {"澎湖县", "金门县", "连江县"}


def test_an_event_in_a_taiwan_township_was_held_in_its_county() -> None:
    """在竹東鎮舉行 → 新竹县 (rules/taiwan_townships.tsv), as named in the article's year (板橋市 in 2008
    is 台北县's); a township's name on a page that names none of its counties places nothing (a
    mainland 仁爱乡 is no Taiwan township)."""
    tw = "苗栗縣與新竹縣昨天在竹東鎮舉行「苗竹區域合作推動會報」，苗栗縣長徐正綸、新竹縣長楊文彬出席。苗栗縣府表示滿意。"
    r = extract_text(tw, ner=False, reference_date="2023-10-18")
    assert r.event is not None and r.event.location == "新竹县"
    old = "基隆市與臺北縣昨天在板橋市舉行「基北區域合作會報」，基隆市長張通榮、臺北縣長周錫瑋出席。基隆市府表示滿意。"
    r = extract_text(old, ner=False, reference_date="2008-05-18")
    assert r.event is not None and r.event.location == "台北县"
    mainland = "2019-06-03 来源：黔南日报\n都匀市与福泉市昨天在仁爱乡举行两市合作座谈会，两市签署了合作协议。"
    r = extract_text(mainland, ner=False)
    assert r.event is not None and r.event.location != "南投县"


def test_a_taiwan_townships_name_beside_its_county_is_no_mainland_unit() -> None:
    """苗栗的南庄、泰安一带: 苗栗县's 泰安乡 (a township, no region of the record), not Shandong's 泰安市;
    苗栗 itself stays the county though 苗栗市 is one of its townships; 泰安 without 苗栗 is the city."""
    got = names("苗栗的南庄、泰安一带与新竹县五峰、尖石山区相连，两县将共同规划。", year=2016)
    assert "泰安市" not in got and {"苗栗县", "新竹县"} <= set(got)
    assert "泰安市" in names("山东泰安与莱芜签署合作协议。", year=2016)
    # (the sentence names the mainland unit's own prefecture before it: 三明's 永安市, though the page names
    # 高雄, whose township 永安 is)
    page = "澎湖县长率团访问福建三明，并与高雄市业者同行。林建国表示，三明市境内的泰宁、永安等地拥有丹霞地貌。"
    assert "永安市" in names(page, year=2011)


def test_an_event_in_a_taiwan_township_written_without_its_level() -> None:
    """在竹北县府召开: 竹北 is 竹北市, 新竹县's seat — the event was held in 新竹县."""
    text = "新竹县与苗栗县昨天在竹北县府召开首长会议，两县县长共同主持。"
    assert resolve_location("竹北县府", text, year=2016) == "新竹县"


def test_hong_kong_localities_are_no_mainland_units() -> None:
    """马鞍山, 太和, 天水围, 屏山 on a Hong Kong page are Hong Kong's new towns, estates and villages
    (rules/hk_macau_localities.tsv), not 马鞍山市, 太和县, 天水市 or 屏山县; a page that writes the mainland
    city in full keeps it."""
    got = {r.name for r in extract_text("香港特区政府代表团参观马鞍山、太和的社区设施，并到天水围新市镇和屏山文物径考察。", ner=False).regions}
    assert got == {"香港特别行政区"}
    kept = {r.name for r in extract_text("马鞍山市代表团赴香港招商，马鞍山在港举办推介会。", ner=False).regions}
    assert "马鞍山市" in kept


def test_a_traditional_page_reads_a_shared_name_as_taiwans_and_its_government_calls_the_meeting() -> None:
    """連江縣 on a Taiwan page in Traditional characters with Gregorian dates only, 福州市 named after
    it: Matsu's county (prefecture level), not 福州市's; 連江縣政府…召開「…記者會」 with no place written
    is held at home, the county whose government calls it (not 福州市, named more often)."""
    text = (
        "首頁 > 地方 > 連江縣\n連江縣府記者會 盤點兩岸交流成果\n2019/05/21 05:30\n"
        "〔記者林雅惠／南竿報導〕連江縣政府昨（20）日召開「兩岸交流成果記者會」，縣長劉增應出席，說明馬祖與福州市"
        "長樂區近年交流合作成果。劉增應表示，馬祖與福州長樂的小三通航線運量穩定成長，縣府也與長樂區持續推動"
        "供水、供電合作，自福州引水的計畫已完成評估。\n"
    )
    rec = extract_text(text, ner=False)
    levels = {r.name: r.level for r in rec.regions}
    assert levels.get("连江县") == "prefecture"
    assert rec.event is not None and rec.event.location == "连江县"


def test_a_short_form_in_a_dateline_is_the_unit_the_page_names_in_full() -> None:
    """〔記者…／連江報導〕 on a Taiwan page that names 連江縣 in full (Matsu's county): the dateline's
    連江 is the same place, not 福州市's county of that name (福建 and 福州 are named too)."""
    text = (
        "首頁 > 地方\n馬祖寧德簽觀光協議　拚明年直航\n2016-07-14 06:00\n"
        "〔記者鄭雅涵／連江報導〕連江縣長劉增應昨天率領縣府團隊赴福建寧德市，出席「馬祖—寧德旅遊合作推介會」，"
        "雙方同意推動馬祖與三都澳之間的包船直航。代表團今天轉往福州，拜會福建省相關部門後返馬。\n"
    )
    rec = extract_text(text, ner=False)
    lianjiang = [r for r in rec.regions if r.name == "连江县"]
    assert len(lianjiang) == 1 and lianjiang[0].level == "prefecture"


# --------------------------------------------------------------------------- the 1980s and early 1990s


def test_prefectures_and_counties_gone_before_1997_are_read_in_their_years() -> None:
    """The code tables from 1980-12 on: a 1988 article's 雁北地区 and 原平县, a 1995 article's 松花江地区
    are the units of the time, each under its successor's code's history."""
    got = names("雁北地区、忻州地区边界县经济协作会议召开，浑源、代县、原平县负责同志参加。", year=1988)
    assert got["雁北地区"] == "prefecture" and got["原平县"] == "county" and "原平市" not in got
    assert names("松花江地区行署与绥化地区行署签订协作协议。", year=1995)["松花江地区"] == "prefecture"
    assert one("松花江地区行署与绥化地区行署签订协作协议。", "松花江地区", year=1995).current is not None


def test_a_former_name_long_gone_is_read_as_the_word_it_also_is() -> None:
    """渡口市 became 攀枝花市 in 1987: a 2010 article's 渡口 is a ferry; 晋东南地区 ended in 1985: a 2013
    article's 晋东南 is the area, no prefecture; 襄樊 ten years after its rename is still 襄樊市."""
    assert "渡口市" not in names("两县就跨江渡口改造等具体问题进行了协商，哈尔滨市有关部门参加。", year=2010)
    assert "晋东南地区" not in names("会议审议了《晋东南太行山旅游联盟章程》，长治市、晋城市参加。", year=2013)
    assert "襄樊市" in names("十堰与襄樊两市签署协议。", year=2020)


def test_a_former_unit_named_for_a_river_is_no_short_form() -> None:
    """松花江地区 is named for its river: the river's name alone is no former unit, in its years too;
    巢湖, a lake's name, is also today's 巢湖市's short form: in 1998 it is the 地区 of the time."""
    got = names("两市签署《松花江跨江交通合作协议》，绥化市、松原市参加。", year=2008)
    assert "松花江地区" not in got and {"绥化市", "松原市"} <= set(got)
    assert "松花江地区" not in names("松花江水位上涨，哈尔滨市防汛。", year=1995)
    assert names("巢湖六安两地区签订旅游合作协议。", year=1998) == {"巢湖地区": "prefecture", "六安地区": "prefecture"}
    assert "浑江市" not in names("通化与本溪两市以浑江、鸭绿江相连。", year=2005)  # (11 years after: 白山市)
    assert "鼓浪屿区" not in names("台北县参访团游览鼓浪屿，并与厦门市座谈。", year=2008)  # (an island's name)


def test_a_name_going_on_from_a_number_is_no_place() -> None:
    """七百萬縣市民 (seven million county and city residents): 萬縣市 goes on the number."""
    got = names(to_simplified("讓中臺灣逾七百萬縣市民安心生活，臺中市與彰化縣合作。"))
    assert "万县市" not in got and "台中市" in got
    assert "万州区" in names("万州区与开州区签署协议。")


def test_hong_kong_and_macau_before_their_return_are_named_as_then() -> None:
    """RECORD: a place as named at the article's time — 澳门 in 1998, 澳门特别行政区 from 1999 on."""
    text = "澳门经济代表团访问新会，香港与澳门商人出席。"
    assert names(text, year=1995) == {"澳门": "province", "香港": "province"}
    got = names(text, year=1998)
    assert got["澳门"] == "province" and got["香港特别行政区"] == "province"
    assert names(text, year=2005) == {"澳门特别行政区": "province", "香港特别行政区": "province"}
    # read by a province's letter in a run (闽港), an abbreviation (港澳) too: as then
    assert names("龙岩地区位于福建西部，闽港经贸往来一向密切。", year=1996) == {
        "龙岩地区": "prefecture", "福建省": "province", "香港": "province"
    }
    assert names("两地与港澳合作日益密切。", year=1995) == {"香港": "province", "澳门": "province"}
    # 香港 of 1996 supports the districts of the SAR it became (湾仔 of 在湾仔香港会议展览中心)
    assert names("在湾仔香港会议展览中心举行洽谈会。", year=1996) == {"湾仔区": "county", "香港": "province"}



def test_an_event_in_hong_kong_or_macau_before_their_return_is_placed_there() -> None:
    """「開平（澳門）僑鄉經貿懇談會」 in 1998, 「'96龍巖（香港）經貿洽談會」 at 灣仔's convention centre: the place is 澳门,
    香港 (their own prefecture, as the SARs are), not the SAR, nor a mainland city the speeches name."""
    page = to_simplified(
        "澳門日報　1998年5月21日\n【本報訊】開平市經貿代表團一行四十人前日抵澳，昨日下午在葡京酒店舉行「開平（澳門）僑鄉經貿懇談會」。"
        "開平市市長關永健率團出席。\n"
    )
    r = extract_text(page, ner=False)
    assert r.event is not None and r.event.location == "澳门"
    page = to_simplified(
        "文匯報　1996年11月8日\n【本報訊】福建省龍巖地區經貿代表團前日抵港，昨日（十一月七日）上午在灣仔香港會議展覽中心舉行"
        "「'96龍巖（香港）經貿洽談會」。龍巖地區行署專員林永年說，經廈門港出口的貨物一天可運抵香港。\n"
    )
    r = extract_text(page, ner=False)
    assert r.event is not None and r.event.location == "香港"


def test_an_area_in_a_venue_phrase_is_read_in_the_articles_year() -> None:
    """雄安新区 lies in 雄县, 安新县 and 容城县, listed under 保定地区 until 1994: without a year it is
    today's 保定市."""
    text = "北京市、天津市支持河北雄安新区建设座谈会在雄安新区召开。"
    assert resolve_location("雄安新区", text) == "保定市"


def test_a_taiwan_townships_name_beside_its_county_is_no_run_of_province_letters() -> None:
    got = names("基隆港与苏澳港都面临转型，宜兰县与基隆市将合推头城、苏澳的观光资源。")
    assert "江苏省" not in got and "澳门特别行政区" not in got and "宜兰县" in got
    assert {"江苏省", "澳门特别行政区"} <= set(names("苏澳合作交流会在澳门举行，江苏省代表团出席。"))


def test_shuangbei_names_taipei_and_new_taipei() -> None:
    """雙北 (rules/compound_abbreviations.tsv): 台北市 and 新北市, the sides of a 雙北 meeting."""
    from extract import extract_text

    rec = extract_text("雙北合作交流會議今（15）日舉行，雙方簽署《雙北防災合作備忘錄》。", ner=False)
    assert {r.name for r in rec.regions} == {"台北市", "新北市"}
    assert rec.event is not None and sorted(p.name for p in rec.event.parties) == ["台北市", "新北市"]


def test_a_taiwan_township_written_in_full_beside_its_county_is_no_mainland_district() -> None:
    """桃園市復興區 (a township of 桃园市, and the name of 邯郸's 复兴区): the township, no region; 邯郸市复兴区
    with its city named stays the mainland district."""
    from extract import extract_text

    got = {r.name for r in extract_text("雙方將在桃園市復興區與臺東縣延平鄉之間推動部落交流。", ner=False).regions}
    assert got == {"桃园市", "台东县"}
    got = {r.name for r in extract_text("河北省邯郸市复兴区与山西省长治市签约。", ner=False).regions}
    assert "复兴区" in got


def test_a_strong_and_a_weak_provinces_letter_before_a_word_of_pairing() -> None:
    """在粤澳合作的基础上: 粤 (strong) and 澳 (weak) before 合作 name 广东省 and 澳门; 新澳合作 (two weak
    letters, New Zealand and Australia as often as not) names nothing."""
    from extract import extract_text

    got = {r.name for r in extract_text("特区政府将在泛珠三角区域合作及粤澳合作的基础上，加强与内地省市的联系。", ner=False).regions}
    assert {"广东省", "澳门特别行政区"} <= got
    assert extract_text("新澳合作关系发展良好。", ner=False).regions == []


def test_a_taiwan_grouping_names_its_members_as_they_were_then() -> None:
    """北北基宜 / 北北基桃: the members of the grouping, 台北县 and 桃园县 before their upgrades (2010, 2014)."""

    def names(year: int) -> set[str]:
        text = f"北北基宜区域合作平台首长会议召开\n　　{year}年3月5日，北北基宜四县市首长在宜兰召开会议。北北基桃也将合作。"
        return {g.name for g in extract_text(text, ner=False).regions}

    assert {"台北市", "台北县", "基隆市", "宜兰县", "桃园县"} <= names(2005)
    assert "新北市" not in names(2005) and "桃园市" not in names(2005)
    assert {"台北市", "新北市", "基隆市", "宜兰县", "桃园县"} <= names(2012)
    assert {"新北市", "桃园市"} <= names(2017) and "台北县" not in names(2017)


def test_taiwan_county_and_city_written_together_and_the_taozhumiao_grouping() -> None:
    """臺北縣市 before 2010 is 台北县 and 台北市 (since: 新北市); 桃竹苗 is 桃园, 新竹县 and 苗栗县 as they were then."""

    def names(text: str) -> set[str]:
        return {g.name for g in extract_text(text, ner=False).regions}

    assert {"台北县", "台北市"} <= names("2006年5月3日，臺北縣市首長在板橋舉行交通合作會議。")
    assert {"新北市", "台北市"} <= names("2016年5月3日，台北县市合作经验获肯定。")
    got = names("2006年4月2日，苗栗縣政府與屏東縣政府簽署備忘錄，把桃竹苗的客家文化資源串連起來。")
    assert {"桃园县", "新竹县", "苗栗县"} <= got and "新竹市" not in got


def test_matsu_is_taiwans_lienchiang_county() -> None:
    """馬祖 (rules/city_nicknames.tsv: the islands 连江县 administers) on a page that names 臺灣: Taiwan's 连江县; on a
    page that supports no Taiwan, nothing."""

    def names(text: str) -> set[str]:
        return {g.name for g in extract_text(text, ner=False).regions}

    assert "连江县" in names("2008年起開放臺灣民眾經金門、馬祖往返大陸，石獅與金門僅一水之隔。")
    assert "连江县" not in names("马祖信仰在沿海地区源远流长。")


def test_counties_and_cities_after_a_common_word_name_no_county() -> None:
    """南部县市 (the southern counties and cities): no 南部县 of Sichuan; 台中县市合并 keeps 台中县, 南部县市场监督
    管理局 keeps 南部县."""
    assert "南部县" not in names("台南县有南鲲鯓代天府，南部县市应该打破行政界线。")
    assert "台中县" in names("台中县市合并升格为直辖市。")
    assert "南部县" in names("南部县市场监督管理局与阆中市签署协议。")
    assert "友好区" not in names("肥东县与含山县分别结成友好区县。")
    assert "南宁市" in names("会议在广西南宁举行。")  # (a key at the text's end: no pair after it)


def test_taiwans_counties_by_one_letter_as_taiwans_press_writes_them() -> None:
    """北縣 (台北县, until 2010), 花縣府 on a page that names Taiwan; 竹北縣府 of 2016 names no 台北县; a
    mainland county whose name ends so (巴中县) makes no page Taiwan's."""
    text = (
        "北縣觀光團赴哈爾濱\n中國時報　2009.01.10　記者徐明／台北報導\n"
        "台北縣副縣長王正德率團赴哈爾濱市參訪。訪問團6日與哈爾濱市政府舉行「北縣與哈爾濱觀光交流座談會」，台灣民眾興趣濃厚。\n"
    )
    rec = extract_text(text, ner=False)
    assert rec.event is not None
    assert sorted(p.name for p in rec.event.parties) == ["台北县", "哈尔滨市"]
    later = extract_text("竹苗首長會議\n2016-05-10\n新竹縣與苗栗縣昨天在竹北縣府召開首長會議，台灣各界關注。\n", ner=False)
    assert "台北县" not in {r.name for r in later.regions}
    old = extract_text("[陕西日报]　92.5.23　第2版　要闻\n\n两地区联手开发山区经济\n达县地区的巴中县的茶叶运往汉中地区。\n", ner=False)
    assert old.publish_date == "1992-05-23"


def test_a_hotel_brand_holding_a_zones_name_is_no_zone() -> None:
    """文華東方酒店 (Mandarin Oriental) holds 华东 but names no region (region_stopwords.txt)."""
    text = to_simplified("「澳門‧紹興經貿合作座談會」在澳門文華東方酒店舉行。")
    assert "华东" not in names(text) and "澳门特别行政区" in names(text)


def test_a_ferry_is_no_former_city() -> None:
    """渡口 (a ferry) names 渡口市 (攀枝花 until 1987) only written in full or with its province (weak_short_forms.txt)."""
    text = "东川市与凉山彝族自治州签订《金沙江渡口联合管理协议》。"
    assert "渡口市" not in names(text, year=1996)
    assert "渡口市" in names("渡口市与凉山彝族自治州签订协议。", year=1985)


def test_hong_kong_streets_named_after_mainland_places() -> None:
    """尖沙咀北京道一号 (Peking Road), 广东道一带 (Canton Road): streets, no 北京市 or 广东省; the event is held in
    Hong Kong, not at the street's namesake."""
    text = (
        "商务及经济发展局副局长今日在尖沙咀北京道一号出席「香港－唐山经贸合作交流会」。"
        "代表团已参观位于油尖旺区的九龙公园及广东道一带的商业区。"
    )
    assert not {"北京市", "广东省"} & set(names(text))
    rec = extract_text(text, ner=False)
    assert rec.event is not None and rec.event.location == "香港特别行政区"
    assert "湖南省" in names("湖南道县召开座谈会。") and "道县" in names("湖南道县召开座谈会。")
    # (on a page of Hong Kong a place and 道 is a road wherever it stands: 上海街、庙街、广东道, 广东道商户)
    assert "广东省" not in names("香港油尖旺区推老街旅游　上海街广东道商户受惠。一边有上海街、庙街、广东道。")
    assert {"湖南省", "道县"} <= set(names("香港与湖南道县签署合作协议。"))
    # a numbered street named after a place (延安三路 in 青岛): no 延安市
    assert "延安市" not in names("代表团到延安三路的展示中心和香港中路的直营店考察，青岛市领导陪同。")


def test_a_new_district_is_no_unit_named_new_district() -> None:
    """曹妃甸新区 in 2011: 新区 (a word for any new district) is no region (region_stopwords.txt)."""
    text = "唐山市是京津冀的重要工业城市，近年港口建设及曹妃甸新区的开发进展迅速。"
    assert "新区" not in names(text, year=2011)


def test_fixed_compounds_of_city_letters() -> None:
    """武鄂黄黄 (the Wuhan metropolitan core) and 锡宿 (the Wuxi–Suqian pairing): rules/compound_abbreviations.tsv."""
    got = names("鄂城与黄州一江之隔，是“武鄂黄黄”核心区的重要组成部分。", year=2024)
    assert {"武汉市", "鄂州市", "黄石市", "黄冈市"} <= set(got)
    assert {"无锡市", "宿迁市"} <= set(names("锡宿南北挂钩启动以来，宜兴在资金、项目上给予泗洪大力支持。", year=2009))
    got = names("南通市与嘉兴市签署协议。沪苏通长江公铁大桥通车后，两地往来更加便捷。", year=2024)
    assert "苏州市" in got and "江苏省" not in got
    got = names("鄂州正加快推进鄂黄黄同城化发展，花湖国际机场的建成投运为鄂赣两省开放合作带来新机遇。", year=2026)
    assert {"鄂州市", "黄冈市", "黄石市"} <= set(got) and "武汉市" not in got


def test_provinces_letters_before_the_belts_and_a_pairing_word() -> None:
    """鲁甘东西部协作 (a weak letter, 甘, and the belts named together before the pairing word): 山东省 and 甘肃省, as
    苏陕东西部协作 is."""
    assert {"山东省", "甘肃省"} <= set(names("会议还对本月底在兰州召开的鲁甘东西部协作联席会议进行了准备。", year=2026))
    assert {"江苏省", "陕西省"} <= set(names("苏陕东西部协作联席会议召开。", year=2026))


def test_provinces_letters_before_the_poverty_relief_pairing() -> None:
    """鲁甘扶贫协作, 闽宁扶贫协作: a strong letter and a weak one before 扶贫/帮扶 (parties.tsv pairword) are provinces."""
    assert {"山东省", "甘肃省"} <= set(names("鲁甘扶贫协作开展以来，青岛市与陇南市合作密切。", year=2020))
    assert {"福建省", "宁夏回族自治区"} <= set(names("闽宁扶贫协作开展以来成效明显。", year=2019))


def test_a_former_prefecture_supports_the_counties_of_its_successor() -> None:
    """鄂西土家族苗族自治州 (恩施's name until 1993) supports 巴东, today a county of 恩施州, written short."""
    text = "涪陵地区与鄂西土家族苗族自治州开展协作，共同争取改善巴东至涪陵的长江客货运输。"
    assert "巴东县" in names(text, year=1992)


def test_a_provinces_south_and_the_west_coast_zone() -> None:
    """四川南部 is the province's south (no 南部县, which 四川南部县 still names); 海西 before a word of an economy is
    海峡西岸经济区, not Qinghai's 海西州."""
    assert "南部县" not in names("宜宾位于四川南部、三江汇流之处。", year=2024)
    assert "南部县" in names("四川南部县与阆中市签约。", year=2014)
    assert "海峡西岸经济区" in names("两市共同拓展长三角和海西市场。三明地处海西腹地。", year=2014)
    assert "海西蒙古族藏族自治州" in names("青海省海西州与海南州召开座谈会。", year=2014)


def test_a_list_closed_by_counties_reads_each_as_its_county_not_a_district() -> None:
    """武宁、平江等周边县: 平江 is 湖南's 平江县, not 苏州's 平江区, which no county is."""
    t = "湖北省通山县与江西省修水县召开座谈会。修水将与通山、崇阳以及武宁、平江等周边县加强联系。"
    got = names(t, year=1996)
    assert "平江县" in got and "平江区" not in got


def test_names_written_together_then_a_count_of_counties() -> None:
    """宜兰台中两县 in 2009: 台中 is the county the count says (台中县), not the city its short form names."""
    got = names("台湾宜兰县与台中县举行宜兰台中两县观光合作首长会议。", year=2009)
    assert got == {"台湾省": "province", "宜兰县": "prefecture", "台中县": "prefecture"}


def test_a_venue_named_by_a_full_name_two_units_share_is_the_articles_unit() -> None:
    """〔記者…／連江報導〕臺北市政府與連江縣政府昨天上午在連江縣政府大禮堂舉行簽約儀式 (馬祖): Taiwan's 连江县, as the page's
    regions read it — not 福州市's county of the name."""
    page = to_simplified(
        "北市、連江縣馬祖簽約\n2015-07-22 06:00\n"
        "〔記者陳宥廷／連江報導〕臺北市政府與連江縣政府昨天上午在連江縣政府大禮堂舉行簽約儀式，由臺北市副市長周麗華與連江縣長"
        "林德輝代表雙方簽約。林德輝說，馬祖四鄉五島人口雖少，但戰地遺跡獨具特色。\n"
    )
    r = extract_text(page, ner=False)
    assert r.event is not None and r.event.location == "连江县"


def test_a_county_portals_latest_news_ticker_names_no_region_of_the_story() -> None:
    """最新消息：… ｜ … ｜ 彰化縣文化局來訪: a Taiwan county portal's ticker of its latest stories under the story — page
    furniture, its places none of the story's."""
    page = (
        "南投縣政府全球資訊網\n"
        "南投縣與漳州市舉行茶產業交流座談會\n"
        "發布日期：102-04-18　發布單位：農業處\n\n"
        "　　福建省漳州市農業局副局長陳志遠率領的茶產業參訪團一行15人，今（18）日上午拜會南投縣政府，"
        "並與縣府農業處舉行茶產業交流座談會。南投縣長李朝卿親自接待。\n\n"
        "回上一頁｜列印｜轉寄\n"
        "最新消息：埔里鎮公所辦理清明節交通管制｜草屯鎮長盃壘球賽開打｜彰化縣文化局來訪\n"
        "南投縣政府　地址：南投市中興路660號\n"
    )
    names = {g.name for g in extract_text(page, ner=False).regions}
    assert "漳州市" in names and "彰化县" not in names


def test_an_e_papers_stories_listed_on_one_line_after_their_label_are_furniture() -> None:
    """本版导航：A | B | C — an e-paper page's list of its stories on one line: the other stories' places are none of
    the article's."""
    page = (
        "忻州日报数字报\n"
        "2015年6月12日　星期五\n"
        "第01版：要闻　　上一版　下一版\n"
        "本版导航：包头市客商来忻考察杂粮产业 | 全市三夏生产工作会议召开 | 晋冀蒙三市旅游合作座谈会在我市召开\n\n"
        "晋冀蒙三市旅游合作座谈会在我市召开\n"
        "　　本报讯（记者 李红梅）昨日，忻州、张家口、乌兰察布三市旅游合作座谈会在我市召开。\n"
    )
    names = {g.name for g in extract_text(page, ner=False).regions}
    assert "乌兰察布市" in names and "包头市" not in names


def test_an_e_papers_stories_listed_after_bullets_are_furniture() -> None:
    """本版标题导航：·A　·B　·C — the page's stories each after a bullet: their places are none of the article's."""
    page = (
        "海南日报\n2013年05月22日　星期三\n"
        "本版标题导航：·三沙文昌签约共建清澜补给基地　·万宁推进东山岭景区提质升级　·儋州那大镇旧城改造启动\n\n"
        "三沙文昌签约共建清澜补给基地\n　　本报海口5月21日讯　今天上午，三沙市与文昌市在海口签署共建清澜补给基地框架协议。\n"
    )
    names = {g.name for g in extract_text(page, ner=False).regions}
    assert "文昌市" in names and not {"万宁市", "儋州市"} & names


def test_a_fixed_compound_of_letters_whose_members_the_page_never_names_is_other_places_letters() -> None:
    """寧馬兩地 on a Matsu page about 寧德 (宁马 is 南京 and 马鞍山 as a fixed compound): the page names neither, and 宁德 and
    马祖 open with its letters — no 南京市, no 马鞍山市."""
    page = (
        "連江寧德舉行漁業交流座談會\n"
        "　　連江縣長昨（12）日率縣府團隊訪問寧德市，與寧德市政府舉行漁業交流座談會，推動寧馬兩地漁業與觀光合作。"
        "馬祖與寧德隔海相望，兩地鄉親往來頻繁。\n"
    )
    names = {g.name for g in extract_text(page, ner=False).regions}
    assert "宁德市" in names and not {"南京市", "马鞍山市"} & names


def test_a_countys_name_with_the_citys_level_word_elided_names_both() -> None:
    """来自新竹县、市的农民: the county and, its level word elided, the city of the same name — 新竹县 and 新竹市."""
    text = "台湾新竹县农业参访团抵达龙岩，成员包括来自新竹县、市的茶叶种植大户。"
    names = {g.name for g in extract_text(text, ner=False).regions}
    assert {"新竹县", "新竹市"} <= names


def test_two_weak_short_forms_joined_by_a_dot_on_a_page_naming_both_units_in_full() -> None:
    """沙田区…南海区…「沙田·南海青年交流座谈会」: 沙田 and 南海 are words too, but joined by a pair's mark on a page that
    names 沙田区 and 南海区 in full, they are those districts — the meeting's sides."""
    text = "沙田区青年团体昨日到访佛山市南海区，出席“沙田·南海青年交流座谈会”，双方签署合作备忘录。"
    r = extract_text(text, ner=False, reference_date="2019-07-03")
    assert r.event is not None and {p.name for p in r.event.parties} == {"沙田区", "南海区"}


def test_a_county_level_city_listed_under_its_province_is_located_in_its_successors_city() -> None:
    """The code tables of 1984–1995 list county-level cities under their province (常熟市 329003), though a prefecture's
    city administered them: a 1994 meeting in 常熟 is located in 苏州市, as one of 2010 is."""
    from extract import extract_text

    for year in (1994, 2010):
        text = f"{year}年11月15日上午，常熟市与泗阳县南北挂钩经济合作座谈会在常熟市政府举行。"
        ev = extract_text(text, ner=False).event
        assert ev is not None and ev.location == "苏州市", year


def test_a_shared_name_with_its_note_in_brackets_is_the_unit_the_note_names() -> None:
    """连江县（马祖） on a mainland page in Simplified characters that names 福州市 too: the note names Taiwan's 连江县
    (Matsu, a prefecture), not 福州's county."""
    got = names("由连江县（马祖）县长王子瑜率领的马祖文旅交流参访团来到福州市鼓楼区。", year=2024)
    assert got["连江县"] == "prefecture"
    assert names("连江县代表团来到福州市鼓楼区。", year=2024)["连江县"] == "county"


def test_a_former_county_named_for_its_islands_is_read_short_where_the_page_supports_it() -> None:
    """长岛县 (烟台市's until 2020): 长岛 beside 长岛县 on a page of 2019 is the county; 鼓浪屿, an islet and a sight, stays
    no key of 鼓浪屿区 (gone in 2003), and 松花江, a river, never reads as 松花江地区."""
    from extract import extract_text

    text = (
        "长岛长海两县签署海岛旅游合作框架协议\n原创 长岛发布 2019-07-12\n"
        "7月11日至12日，辽宁省大连市长海县党政代表团来我县考察交流。"
        "今天上午，长岛·长海海岛县合作交流座谈会在我县召开，两县签署海岛旅游合作框架协议。"
        "长岛与长海隔渤海海峡相望。双方商定，联合蓬莱市开展海上旅游线路推介。\n来源：长岛县融媒体中心\n"
    )
    ev = extract_text(text, ner=False).event
    assert ev is not None and sorted(p.name for p in ev.parties) == ["长岛县", "长海县"]
    assert names("游客登上鼓浪屿参观。", year=2015) == {}
    assert names("哈尔滨与吉林同处松花江畔。", year=2006).get("松花江地区") is None


def test_a_provinces_short_form_beside_a_county_of_that_name_written_in_full_is_the_county() -> None:
    """玛曲·河南两县…河南县将与玛曲县一道 (Qinghai's 河南蒙古族自治县, written 河南县): 河南, written short three times, is the
    county, no 河南省; where the page names a place of 河南省 too (郑州), 河南 stays the province."""
    text = "玛曲·河南两县草原边界联防联谊会召开。玛曲和河南虽分属甘青两省，但世代友好。华旦加表示，河南县将与玛曲县一道守护草原。"
    got = names(text, year=2009)
    assert "河南省" not in got and got.get("河南蒙古族自治县") == "county"
    assert "河南省" in names("河南代表团访问郑州。华旦加表示，河南县将与玛曲县一道守护草原。", year=2009)


def test_a_shared_county_name_before_a_party_organ_is_the_mainlands() -> None:
    """连江县委书记, 连江县党政考察团 on a page that names 台湾 (渔船): Fujian's 连江县 — Taiwan's county of that name
    has no party committee; 台湾连江县县长 stays Taiwan's (Matsu)."""
    text = "连江县党政考察团来我市考察对台渔业和台湾渔船避风工作。连江县委书记陈明华出席座谈会。"
    got = {(r.name, r.level) for r in find_regions(text, year=1995)}
    assert ("连江县", "county") in got and ("连江县", "prefecture") not in got
    got = {(r.name, r.level) for r in find_regions("台湾连江县县长刘增应率团到访。", year=2012)}
    assert ("连江县", "prefecture") in got
