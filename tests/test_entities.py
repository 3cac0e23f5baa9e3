"""NER entities feeding the rule extractors (extract.ner.link), and the pipeline with and without NER."""

from __future__ import annotations

import pytest

from extract import extract_text
from extract.models import Official, Region
from extract.ner.link import addable_places, ner_officials, ner_regions, unique_unit, windows

TEXT = "内蒙古自治区党委副书记、自治区主席乌日娜，商务部部长助理陶文杰出席。习近平总书记殷殷嘱托。"


def ent(text: str, piece: str, label: str, nth: int = 0) -> tuple[int, int, str]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(piece, start + 1)
    return (start, start + len(piece), label)


def test_a_person_after_a_position_becomes_an_official_with_the_organization_prefix() -> None:
    entities = [
        ent(TEXT, "内蒙古自治区党委", "government"),
        ent(TEXT, "副书记", "position"),
        ent(TEXT, "自治区主席", "position"),
        ent(TEXT, "乌日娜", "name"),
        ent(TEXT, "商务部", "ORG"),
        ent(TEXT, "部长助理", "position"),
        ent(TEXT, "陶文杰", "PER"),
        ent(TEXT, "总书记", "position"),
        ent(TEXT, "殷殷", "PER"),
    ]
    found = ner_officials(TEXT, entities, [], [])
    assert [(o.name, o.titles, o.why) for o in found] == [
        ("乌日娜", ["内蒙古自治区党委副书记", "自治区主席"], "ner"),
        ("陶文杰", ["商务部部长助理"], "ner"),
    ]
    assert found[1].title_parses[0].org == "商务部"


def test_rules_keep_the_last_word() -> None:
    entities = [ent(TEXT, "商务部", "ORG"), ent(TEXT, "部长助理", "position"), ent(TEXT, "陶文杰", "PER")]
    ruled = Official(name="陶文杰", titles=["商务部部长助理"], spans=[ent(TEXT, "陶文杰", "")[:2]])
    assert ner_officials(TEXT, entities, [ruled], []) == []
    # a position that is no title the rules know gives nobody
    text = "主持人李明说"
    assert ner_officials(text, [(0, 3, "position"), (3, 5, "name")], [], []) == []


def test_a_place_entity_needs_a_unique_unit_and_its_parent_in_the_article() -> None:
    text = "要依托义乌国际商贸城等平台，推动兰西城市群建设。"
    entities = [ent(text, "义乌", "LOC"), ent(text, "兰西", "LOC")]
    zhejiang = Region(name="浙江省", level="province", spans=[(30, 32)])
    zone = Region(name="兰州—西宁城市群", level="zone", spans=[ent(text, "兰西城市群", "")[:2]])
    assert [r.name for r in ner_regions(entities, text, [zhejiang, zone])] == ["义乌市"]
    assert ner_regions(entities, text, [zone]) == []  # no parent mentioned: left out
    assert unique_unit("朝阳") is None and unique_unit("义乌") is not None
    # a unit named by a common noun (唐山's 新区 of 2001, the suburbs 郊区 of several cities): never added
    assert unique_unit("新区") is None and unique_unit("郊区") is None
    # a river whose name is a county's short form (沅江, 沅江市) is no place where only it is written
    river = "酉水是沅江的支流，湖南省益阳市代表出席。"
    hunan = Region(name="湖南省", level="province", spans=[(river.index("湖南"), river.index("湖南") + 3)])
    assert ner_regions([ent(river, "沅江", "LOC")], river, [hunan]) == []
    # a weak short form (rules/weak_short_forms.txt: 中原, the Central Plains, is 中原区's) adds no unit alone
    text = "开封、安阳两市在香港举行中原古都旅游推介会，郑州市旅游局也派员参加。"
    zhengzhou = Region(name="郑州市", level="prefecture", spans=[(text.index("郑州"), text.index("郑州") + 3)])
    assert ner_regions([ent(text, "中原", "LOC")], text, [zhengzhou]) == []
    # a short form with a level word after it of another unit (越南…广宁省: a province, not 广宁县) adds no unit
    border = "凭祥市与越南谅山省、广宁省接壤，广东省代表出席。"
    guangdong = Region(name="广东省", level="province", spans=[(border.index("广东"), border.index("广东") + 3)])
    assert ner_regions([ent(border, "广宁省", "LOC")], border, [guangdong]) == []
    assert [r.name for r in ner_regions([ent(border, "广宁", "LOC")], border.replace("广宁省", "广宁县"), [guangdong])] == [
        "广宁县"
    ]


@pytest.fixture(scope="module")
def model_available() -> None:
    from extract.ner import MODEL_DIR

    if not (MODEL_DIR / "config.cfg").exists():
        pytest.skip("no trained NER model in the package")


@pytest.mark.usefixtures("model_available")
def test_ner_adds_what_the_rules_need_support_for() -> None:
    text = "浙江省委书记王明出席。会议提出，要依托义乌国际商贸城等平台，帮助四川特色产品走向全国。"
    with_ner = extract_text(text, ner=True)
    without = extract_text(text, ner=False)
    assert "义乌市" in [r.name for r in with_ner.regions]
    assert "义乌市" not in [r.name for r in without.regions]
    assert {r.name for r in without.regions} <= {r.name for r in with_ner.regions}


@pytest.mark.usefixtures("model_available")
def test_ner_spans_are_on_the_doc() -> None:
    import extract

    doc = extract.load(ner=True)("内蒙古自治区主席布小林出席会议并讲话。")
    labels = {(s.text, s.label_) for s in doc.spans["ner"]}
    assert ("布小林", "name") in labels
    assert [(o.name, o.why) for o in extract_text(doc.text, ner=True).officials] == [("布小林", "ner")]
    # a name the rules found settles its title: the model reads nothing there
    doc = extract.load(ner=True)("江西省委书记刘奇出席会议并讲话。")
    assert list(doc.spans["ner"]) == []


def test_windows_only_where_the_model_can_add_someone() -> None:
    text = "省委书记刘奇出席。县长格桑卓玛出席。市长，副市长：会后再议。市长助理王五说。"
    opened = [piece for _, piece in windows(text, taken=[ent(text, "刘奇", "")[:2]])]
    assert any("格桑卓玛" in w for w in opened)  # an open head: its name is no one the rules found
    assert not any("刘奇" in w for w in opened)  # settled: the rules found the name after 书记
    assert not any("会后" in w for w in opened)  # 市长， 副市长： no name can follow
    assert any("王五" in w for w in opened)  # 市长助理王五: the head goes on before the name
    assert [piece for _, piece in windows(text, taken=[ent(text, "刘奇", "")[:2], ent(text, "王五", "")[:2]])] == [
        piece for piece in opened if "王五" not in piece
    ]
    # a title after a name the rules found is that name's; a word that ends names starts none
    text = "要深入贯彻习近平总书记重要讲话精神。有关负责人表示，将加快建设。"
    assert windows(text, taken=[ent(text, "习近平", "")[:2]]) == []
    assert [piece for _, piece in windows(text)] == ["要深入贯彻习近平总书记重要讲话精神"]  # (习近平 not found)
    # a head that begins an organization's name is no title: its window opens only for the title after it
    assert windows("人居环境委员会正在深入研究。全国人大常委会审议通过。董事会决定。") == []
    assert [piece for _, piece in windows("管理委员会主任吉克阿依出席。")] == ["管理委员会主任吉克阿依出席"]


def test_a_left_out_place_gets_a_window_only_if_it_could_add_a_unit() -> None:
    text = "会议提出，要依托义乌国际商贸城等平台，推动朝阳产业发展。"
    yiwu, chaoyang = ent(text, "义乌", "")[:2], ent(text, "朝阳", "")[:2]
    zhejiang = Region(name="浙江省", level="province", spans=[(0, 0)])
    assert addable_places(text, [yiwu, chaoyang], [zhejiang]) == [yiwu]  # 朝阳 is no single unit
    assert addable_places(text, [yiwu], []) == []  # 浙江 is not in the article
    yiwu_found = Region(name="义乌市", level="county", parents=["浙江省", "金华市"], spans=[yiwu])
    assert addable_places(text, [yiwu], [zhejiang, yiwu_found]) == []  # already reported


def test_a_place_name_that_names_a_river_is_not_the_unit() -> None:
    text = "四川南充市推动嘉陵江流域生态保护。"
    nanchong = Region(name="南充市", level="prefecture", spans=[(2, 5)])
    assert ner_regions([ent(text, "嘉陵江流域", "address")], text, [nanchong]) == []


def test_a_unit_is_linked_as_it_was_in_the_articles_year() -> None:
    """云冈 names 云冈区 since 2018 only (南郊区 before): in a 1999 article the model's place entity adds
    no unit; 宁乡 is 宁乡县 in 2016 and 宁乡市 today."""
    assert unique_unit("云冈", 1999) is None and unique_unit("云冈") is not None
    assert unique_unit("宁乡", 2016).name == "宁乡县"  # type: ignore[union-attr]
    assert unique_unit("宁乡").name == "宁乡市"  # type: ignore[union-attr]
