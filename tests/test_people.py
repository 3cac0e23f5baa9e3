"""Officials and staff: one test per pattern of the officials/staff grammar, on real sentences."""

from __future__ import annotations

import pytest

from extract import extract_text
from extract.extractors.people import extract_people, parse_title


def officials(text: str) -> dict[str, list[str]]:
    return {o.name: o.titles for o in extract_people(text)[0]}


def staff(text: str) -> dict[str, list[str]]:
    return {s.name: s.roles for s in extract_people(text)[1]}


# --- title phrases before a name ------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "name", "titles"),
    [
        ("省委副书记、大连市委书记胡玉亭出席会议并讲话。", "胡玉亭", ["省委副书记", "大连市委书记"]),
        ("省委常委、常务副省长马欣,国家发改委区域协调发展司副司长相伟分别讲话。", "马欣", ["省委常委", "常务副省长"]),
        ("大连市委副书记、市长陈绍旺出席会议。", "陈绍旺", ["大连市委副书记", "市长"]),
        ("区委副书记、代区长戴勇参加主会场会议。", "戴勇", ["区委副书记", "代区长"]),
        ("国家发改委副秘书长郭兰峰出席会议并致辞。", "郭兰峰", ["国家发改委副秘书长"]),
        ("武汉市市长程用文出席会议。", "程用文", ["武汉市市长"]),
        (
            "省推进“一圈一带两区”建设工作领导小组办公室主任、省发展改革委主任赵爱军就《要点》作说明。",
            "赵爱军",
            ["省推进“一圈一带两区”建设工作领导小组办公室主任", "省发展改革委主任"],
        ),
        ("大连理工大学党委书记项昌乐,大连市领导骆东升出席。", "项昌乐", ["大连理工大学党委书记"]),
        ("会议由省委常委、秘书长刘长江主持。", "刘长江", ["省委常委", "秘书长"]),
        ("香港特别行政区行政长官李家超致辞。", "李家超", ["香港特别行政区行政长官"]),
        ("中国华能集团有限公司党组书记、董事长温枢刚参加。", "温枢刚", ["中国华能集团有限公司党组书记", "董事长"]),
        # RECORD.md splits titles on 、 only: 兼 joins one phrase as written
        ("阿里巴巴集团董事局主席兼首席执行官张勇发言。", "张勇", ["阿里巴巴集团董事局主席兼首席执行官"]),
        ("省委常委、珠海市副市长兼市政府秘书长谭志远出席。", "谭志远", ["省委常委", "珠海市副市长兼市政府秘书长"]),
        ("甘肃省政协副主席欧阳坚主持会议。", "欧阳坚", ["甘肃省政协副主席"]),
        # 暨 joins two offices as 兼 does, or two nouns inside one organization's name
        ("珠海市委副书记暨市长方文军会见了代表团。", "方文军", ["珠海市委副书记暨市长"]),
        ("彰化县政府文化暨观光处长林美玲陪同。", "林美玲", ["彰化县政府文化暨观光处长"]),
        # 对 opens an office's name (对台, 对港澳) and ends no prefix there
        ("市委常委、副市长兼市对台工作领导小组组长赵立群出席。", "赵立群", ["市委常委", "副市长兼市对台工作领导小组组长"]),
        ("省对港澳经贸合作办公室主任钱有为介绍情况。", "钱有为", ["省对港澳经贸合作办公室主任"]),
        # a two-character Tibetan or Mongolian name before a list's mark or an ethnic note
        ("地区领导多杰、李卫东参加座谈。", "多杰", ["地区领导"]),
        ("盟领导图门（蒙古族）参加会议。", "图门", ["盟领导"]),
        # the joiner after a name's ethnic note is no part of the next title
        ("州长普绍华（彝族）和玉溪市人民政府副市长李晓岚作交流发言。", "李晓岚", ["玉溪市人民政府副市长"]),
        # an association of people from one place (同乡会) is an organization
        ("澳门广西同乡会会长黄志明等出席。", "黄志明", ["澳门广西同乡会会长"]),
        # a name before 通过视频 (attending by video link)
        ("省发展改革委副主任、省对口帮扶办主任刘建国通过视频出席。", "刘建国", ["省发展改革委副主任", "省对口帮扶办主任"]),
        # a note in brackets after the title is the title's (rules/title_notes.txt)
        ("荔波县委常委、副县长（挂职）林志远，县领导郭敏参加。", "林志远", ["荔波县委常委", "副县长（挂职）"]),
        # a one-character stop that opens a place's name (即墨) is none
        ("即墨市委副书记、市长张文杰出席会议。", "张文杰", ["即墨市委副书记", "市长"]),
        # a Yi name after a title with its organization (rules/minority_name_chars.txt)
        ("凉山州委副书记、州长吉伍木呷，攀枝花市委书记郑开明出席。", "吉伍木呷", ["凉山州委副书记", "州长"]),
        ("峨边彝族自治县县委书记阿苦日体（彝族）出席会议。", "阿苦日体", ["峨边彝族自治县县委书记"]),
        ("台东县代理副县长吴佳蓉出席。", "吴佳蓉", ["台东县代理副县长"]),
        ("县委副书记、县长沙马伍各（彝族）出席会议并讲话。", "沙马伍各", ["县委副书记", "县长"]),
        # a code's digits inside an organization's name (G60, 5G) are no boundary
        ("成渝5G产业联盟秘书长李国强出席。", "李国强", ["成渝5G产业联盟秘书长"]),
        ("沪昆G60高速公路管理处处长王建华出席。", "王建华", ["沪昆G60高速公路管理处处长"]),
        # Hong Kong's law society, named with 会 alone (rules/org_suffixes.txt)
        ("副主席冯嘉宝、香港律师会副会长欧阳志文等十八人随团。", "欧阳志文", ["香港律师会副会长"]),
        ("澳门两岸文化交流协进会理事长梁志坚出席。", "梁志坚", ["澳门两岸文化交流协进会理事长"]),
    ],
)
def test_title_chain_before_name(sentence: str, name: str, titles: list[str]) -> None:
    assert officials(sentence)[name] == titles


def test_each_title_of_a_comma_list_stays_with_its_name() -> None:
    got = officials("丹东市委书记裴伟东,锦州市委书记靳国卫,盘锦市委副书记、市长邢鹏,葫芦岛市政协主席孙洪军出席。")
    assert got == {
        "裴伟东": ["丹东市委书记"],
        "靳国卫": ["锦州市委书记"],
        "邢鹏": ["盘锦市委副书记", "市长"],
        "孙洪军": ["葫芦岛市政协主席"],
    }


def test_title_parse_into_organization_and_post() -> None:
    o = extract_people("大连市委副书记、市长陈绍旺出席。国家发改委区域协调发展司副司长相伟讲话。")[0]
    parses = {p.title: (p.org, p.post) for x in o for p in x.title_parses}
    assert parses["大连市委副书记"] == ("大连市委", "副书记")
    assert parses["市长"] == (None, "市长")
    assert parses["国家发改委区域协调发展司副司长"] == ("国家发改委区域协调发展司", "副司长")
    assert parse_title("江西省领导").org == "江西省"
    assert parse_title("市领导").org is None


# --- lists governed by a group title ---------------------------------------------------


def test_group_title_applies_to_each_name_and_stops_before_verb() -> None:
    got = officials("市长邢正军主持会议。市领导黄远征、任栋、韦怀余等参会。")
    assert got == {"邢正军": ["市长"], "黄远征": ["市领导"], "任栋": ["市领导"], "韦怀余": ["市领导"]}


def test_a_title_after_a_verb_of_handing_over() -> None:
    """将会旗交给临沂市副市长戚宝林: 给 ends 交给, a word; the title opens after it."""
    # a delegation's list opening (代表团成员…)
    got = officials("代表团成员自治区党委常委、南宁市委书记黄伟成，自治区副主席覃美琴出席。")
    assert got == {"黄伟成": ["自治区党委常委", "南宁市委书记"], "覃美琴": ["自治区副主席"]}
    got = officials("会上，徐州市副市长孟繁清将会旗交给临沂市副市长戚宝林。")
    assert got == {"孟繁清": ["徐州市副市长"], "戚宝林": ["临沂市副市长"]}


def test_a_name_before_等_and_another_stop_keeps_two_characters() -> None:
    """王强等在会上发言: 等 never ends a given name, though 在 after it is a stop too."""
    assert officials("副市长王强等在会上发言。") == {"王强": ["副市长"]}
    got = officials("青岛市副市长吕敬之、呼和浩特市副市长乌恩等在大会上发言。")
    assert got == {"吕敬之": ["青岛市副市长"], "乌恩": ["呼和浩特市副市长"]}


def test_均_ends_a_name_closing_a_list_of_people_and_ends_a_given_name_elsewhere() -> None:
    """市长王强、副市长李红均出席: 均 is all of them (rules/name_stops.tsv ``listed``); 遂宁市委副书记、市长蒋德均率团: the list
    is of titles, and 均 ends the given name."""
    assert officials("市长王强、副市长李红均出席会议。") == {"王强": ["市长"], "李红": ["副市长"]}
    assert officials("市委书记张三和市长李四均出席会议。") == {"张三": ["市委书记"], "李四": ["市长"]}
    got = officials("遂宁市委副书记、市长蒋德均率遂宁市政府代表团出席会议。")
    assert got == {"蒋德均": ["遂宁市委副书记", "市长"]}


def test_rarer_surnames_of_the_registry() -> None:
    """缑东升, 矫慧: surnames of the 百家姓 and the registry that stand in no common word."""
    got = officials("沈丘县委书记缑东升出席会议。岚山区委常委、副区长矫慧参加会议。")
    assert set(got) == {"缑东升", "矫慧"}
    # rare surnames that are ordinary characters too (么, 秘): after a title, not in 怎么, 秘书长
    got = officials("天津市旅游局局长么志华出席。黄骅市委书记秘德胜签署协议。市委副秘书长王强出席。怎么办？")
    assert got == {"么志华": ["天津市旅游局局长"], "秘德胜": ["黄骅市委书记"], "王强": ["市委副秘书长"]}
    got = officials("副市长过建华出席会议。会议通过了《合作协议》，经过讨论，市长王明说。")
    assert got == {"过建华": ["副市长"], "王明": ["市长"]}


def test_a_surname_that_ends_a_word_begun_before_it_is_none() -> None:
    """有关部门负责人来潼调研: 门 ends 部门, so 门 + 负责人 + 来潼 is no surname, title and given
    name; 新竹市邱代理市长臣远 still is one."""
    assert officials("省有关部门负责人来潼调研。") == {}
    assert officials("新竹市邱代理市长臣远出席。") == {"邱臣远": ["代理市长"]}


def test_a_long_last_part_of_a_dotted_name_ends_before_the_verb() -> None:
    """阿不都热依木·卡德尔作主旨演讲: the last part ends at 作; 朱马洪·吐尔地别克 is one name."""
    got = officials("自治区副主席阿不都热依木·卡德尔作主旨演讲。")
    assert got == {"阿不都热依木·卡德尔": ["自治区副主席"]}
    got = officials("克州州长朱马洪·吐尔地别克出席。")
    assert got == {"朱马洪·吐尔地别克": ["克州州长"]}


def test_a_three_character_name_before_a_verb_that_runs_past_the_one_its_last_character_opens() -> None:
    """张顺发表示: 表示 runs past 发表, so the name is 张顺发; 李强作报告 stays 李强 (报告 ends with 作报告)."""
    assert officials("新北市交通局长张顺发表示，两县市交通合作。") == {"张顺发": ["新北市交通局长"]}
    assert officials("市长李强作报告。") == {"李强": ["市长"]}


def test_group_lists_separated_by_semicolons() -> None:
    got = officials("江西省领导殷美根、吴浩;湖南省领导谢建辉、张剑飞;湖北省领导李乐成,武汉市市长程用文出席会议。")
    assert got["吴浩"] == ["江西省领导"]
    assert got["张剑飞"] == ["湖南省领导"]
    assert got["李乐成"] == ["湖北省领导"]
    assert got["程用文"] == ["武汉市市长"]


def test_list_item_with_its_own_title_is_not_swallowed() -> None:
    got = officials("区人大常委会主任范大玉、区政协主席石根美、区委副书记陈允春等四套班子领导出席。")
    assert got == {"范大玉": ["区人大常委会主任"], "石根美": ["区政协主席"], "陈允春": ["区委副书记"]}


def test_name_ending_in_a_conjunction_character() -> None:
    got = officials("大连市领导李海洋、郭云峰、于保和出席。")
    assert "于保和" in got and "于保" not in got


# --- names: length, verbs, surnames -----------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("省委常委、副省长王健主持会议。", "王健"),
        ("市委书记马士光致辞。", "马士光"),
        ("安徽省委书记韩俊代表与会各方通报成果。", "韩俊"),
        ("区委书记李志军在主会场参加并发言。", "李志军"),
        ("浙江省委副书记、省长王浩说,要加快发展。", "王浩"),
        ("副省长高雨辰表示,要推动高质量发展。", "高雨辰"),
        ("湖北省委书记应勇出席会议并讲话。", "应勇"),
    ],
)
def test_name_does_not_swallow_following_verb(sentence: str, name: str) -> None:
    assert list(officials(sentence)) == [name]


def test_surname_words_are_not_names() -> None:
    assert officials("共商高质量推进区域协调发展大计,江苏将深入贯彻落实。") == {}
    assert officials("省长高度重视,市长信箱已开通,书记强调要抓落实。") == {}


def test_titles_without_a_name_add_nobody() -> None:
    text = (
        "国家发展改革委有关负责同志参加会议。长三角三省一市常务副省(市)长,三省一市党委、政府秘书长,"
        "合肥市有关负责同志等出席发布会。参会领导和嘉宾表示欢迎。"
    )
    assert officials(text) == {}


# --- titles after a name, fixed terms, later mentions ----------------------------------


def test_fixed_terms_are_not_mentions() -> None:
    text = "坚持以习近平新时代中国特色社会主义思想为指导,以习近平同志为核心的党中央作出部署。"
    assert officials(text) == {}


def test_title_after_name_counts_outside_fixed_terms() -> None:
    text = "坚持以习近平新时代中国特色社会主义思想为指导,深入贯彻落实习近平总书记重要讲话精神。"
    (o,) = extract_people(text)[0]
    assert (o.name, o.titles, o.why) == ("习近平", ["总书记"], "name+title")
    # the only span is the one before 总书记, not the one inside the fixed term
    assert o.spans == [(text.index("习近平总书记"), text.index("习近平总书记") + 3)]


def test_later_mentions_add_spans_not_people() -> None:
    text = "上海市委副书记、市长龚正讲话。龚正说,要下更大功夫。龚正同志强调。"
    (o,) = extract_people(text)[0]
    assert o.name == "龚正"
    assert len(o.spans) == 3
    assert all(text[s:e] == "龚正" for s, e in o.spans)


def test_headline_names_run_together_are_split_by_known_names() -> None:
    text = (
        "刘奇许达哲应勇讲话 易炼红毛伟明王忠林出席\n"
        "江西省委书记刘奇,湖南省委书记许达哲,湖北省委书记应勇出席会议并讲话。"
        "江西省委副书记、省长易炼红,湖南省委副书记、省长毛伟明,湖北省委副书记、省长王忠林出席会议。"
    )
    o = extract_people(text)[0]
    assert [x.name for x in o] == ["刘奇", "许达哲", "应勇", "易炼红", "毛伟明", "王忠林"]
    headline_end = text.index("\n")
    for x in o:
        assert any(e <= headline_end for _, e in x.spans), x.name


def test_officials_are_in_order_of_first_mention() -> None:
    text = "市长邢正军主持会议。市委书记马士光致辞。"
    assert [o.name for o in extract_people(text)[0]] == ["邢正军", "马士光"]


# --- staff ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("(记者:孙飞 摄影:王振)3月26日至27日,座谈会在我市举行。", {"孙飞": ["记者"], "王振": ["摄影"]}),
        ("湖北日报讯(记者李保林、陈迹)9月10日上午,座谈会在武汉举行。", {"李保林": ["记者"], "陈迹": ["记者"]}),
        ("会议现场\n王华 摄\n", {"王华": ["摄影"]}),
        ("老将黄忠 摄\n", {"老将黄忠": ["摄影"]}),
        ("责任编辑:倪珺", {"倪珺": ["编辑"]}),
        ("总值班: 吴弋 编辑: 贾元元\n来源: 连云港发布", {"吴弋": ["编辑"], "贾元元": ["编辑"]}),
        ("文字:大连新闻传媒集团记者鹿道铭", {"鹿道铭": ["记者"]}),
        (
            "图片:老将黄忠、大连新闻传媒集团记者王华\n校对:王涛\n责编:秋菊、李元臣\n监制:穆军、宋伟",
            {"老将黄忠": ["摄影"], "王华": ["摄影"], "王涛": ["编辑"], "秋菊": ["编辑"], "李元臣": ["编辑"],
             "穆军": ["编辑"], "宋伟": ["编辑"]},
        ),
        ("文/图 王五\n", {"王五": ["记者", "摄影"]}),
        ("(通讯员 张明 记者 李红)", {"张明": ["记者"], "李红": ["记者"]}),
        ("图为签约仪式现场。赵六 摄\n", {"赵六": ["摄影"]}),
        ("讲话。\n(本报记者孟仁泉摄)查尔斯", {"孟仁泉": ["摄影"]}),
        ("新华社北京1月9日电(记者金学耕、杨国强)应邀", {"金学耕": ["记者"], "杨国强": ["记者"]}),
        ("作者鲁之洛、梅门造在书中,以历史纪实为主,适当虚构。", {}),
        ("文/周雨晴\u3000图/孙立\n编辑：陈默\n", {"周雨晴": ["记者"], "孙立": ["摄影"], "陈默": ["编辑"]}),
        ("文字：记者 吴晓波 通讯员 欧阳蕾\n图片：记者 钱进\n", {"吴晓波": ["记者"], "欧阳蕾": ["记者"], "钱进": ["摄影"]}),
    ],
)
def test_staff_credits(text: str, expected: dict[str, list[str]]) -> None:
    assert staff(text) == expected


def test_staff_spans_point_at_names() -> None:
    text = "文字:大连新闻传媒集团记者鹿道铭"
    (s,) = extract_people(text)[1]
    assert [text[a:b] for a, b in s.spans] == ["鹿道铭"]


def test_journalist_is_never_an_official() -> None:
    text = "(记者 李红)市委书记张伟出席会议。李红说,会议很成功。\n编辑:王涛"
    o, s = extract_people(text)
    assert {x.name for x in o} == {"张伟"}
    assert {x.name for x in s} == {"李红", "王涛"}


def test_body_mentions_of_editing_are_not_credits() -> None:
    assert staff("本条微信由大观新闻编辑制作\n转载请注明:来源大观新闻(微信号:Daliandaily)") == {}


# --- guards that keep unseen prose clean ---------------------------------------------------


def test_foreign_names_and_words_glued_to_titles_are_not_officials() -> None:
    """克雷蒂安's 雷蒂安 is no Chinese name after a title; a foreigner titled with an organization abroad is an
    official (RECORD.md: every person named with an institutional title, associations too)."""
    text = (
        "我感谢克雷蒂安总理的盛情邀请。他邀请江泽民主席登上主席台发表讲话。"
        "德国艾伯特基金会会长霍尔格·伯尔纳出席。出任法国总理。一些省、市领导干部亲自到高校调研。江泽民说,很好。"
    )
    assert officials(text) == {"江泽民": ["主席"], "霍尔格·伯尔纳": ["德国艾伯特基金会会长"]}


def test_name_confirmed_elsewhere_despite_unknown_continuation() -> None:
    text = "中国国家主席江泽民圆满结束访问。江泽民表示,访问很成功。"
    assert officials(text) == {"江泽民": ["中国国家主席"]}


def test_title_after_the_name_is_added() -> None:
    assert officials("中国工程院院士张大伟教授表示,要加强合作。") == {"张大伟": ["中国工程院院士", "教授"]}
    # legislators addressed by post on a later mention
    assert officials("立法会议员黄永康出席。黄永康议员会后接受访问。") == {"黄永康": ["立法会议员", "议员"]}
    assert officials("高雄市议会议长张国华出席。张国华议长表示欢迎。") == {"张国华": ["高雄市议会议长", "议长"]}


def test_a_report_verb_after_a_three_character_name_is_not_swallowed() -> None:
    officials, _ = extract_people("国家发展改革委主任郑栅洁汇报了有关工作。副省长刘洋带队考察。")
    assert [(o.name, o.titles) for o in officials] == [
        ("郑栅洁", ["国家发展改革委主任"]),
        ("刘洋", ["副省长"]),
    ]


def test_minority_name_without_han_surname_after_a_full_title() -> None:
    text = "新疆维吾尔自治区副主席艾尔肯吐尼亚孜出席。宁夏回族自治区副主席其木格表示，将深化合作。"
    got = officials(text)
    assert got == {"其木格": ["宁夏回族自治区副主席"]}  # seven characters: too long to be sure
    # no full title, or a verb inside: no name
    assert officials("主席多次强调要加强合作。") == {}
    assert officials("副主席安排部署了工作。") == {}


def test_local_post_written_after_the_name() -> None:
    got = officials("会上，周建华市长代表市委、市政府致欢迎辞。")
    assert got == {"周建华": ["市长"]}
    assert officials("南京市长江大桥已通车，城市长远发展。") == {}
    assert officials("王明常务副市长出席。") == {}


def test_conjunction_inside_an_organization_name() -> None:
    got = officials("会议由香港特别行政区政府商务及经济发展局局长邱志明主持。")
    assert got == {"邱志明": ["香港特别行政区政府商务及经济发展局局长"]}
    assert officials("会见张三及省发改委主任李四。") == {"李四": ["省发改委主任"]}


def test_a_titled_person_joined_by_与_does_not_take_the_other_title() -> None:
    text = "集团党委副书记、总经理韩立出席。副市长赵文涛与韩立代表双方签约。"
    got = officials(text)
    assert got["韩立"] == ["集团党委副书记", "总经理"]
    assert got["赵文涛"] == ["副市长"]


# --- group heads, assistant posts, deputies, compound surnames, minority names ------------


def test_group_title_after_places_and_party_government() -> None:
    got = officials("座谈会后，三地党政领导孙立群、诸葛文涛、赵敏参观了产业园。")
    assert got == {n: ["三地党政领导"] for n in ("孙立群", "诸葛文涛", "赵敏")}
    assert officials("会上，双方负责同志何建明、周慧介绍了合作进展。") == {
        "何建明": ["双方负责同志"],
        "周慧": ["双方负责同志"],
    }


@pytest.mark.parametrize(
    ("sentence", "name", "titles"),
    [
        ("交通运输部部长助理高志远在会上通报了有关情况。", "高志远", ["交通运输部部长助理"]),
        ("省政府秘书长助理韩立出席签约仪式。", "韩立", ["省政府秘书长助理"]),
        ("全国人大代表、县委书记马晓兰说，乡村振兴要靠产业。", "马晓兰", ["全国人大代表", "县委书记"]),
        ("市人大代表、某某集团董事长邓国良表示，将加大投资。", "邓国良", ["市人大代表", "某某集团董事长"]),
    ],
)
def test_assistant_posts_and_deputies(sentence: str, name: str, titles: list[str]) -> None:
    assert officials(sentence)[name] == titles


def test_compound_surname_that_is_also_a_word() -> None:
    got = officials("东风汽车集团党委副书记东方立新，省发展改革委主任李明出席。")
    assert got["东方立新"] == ["东风汽车集团党委副书记"]
    assert officials("东方电气集团董事长俞培根说，双方合作前景广阔。") == {"俞培根": ["东方电气集团董事长"]}


def test_minority_names_after_a_chain_with_organization() -> None:
    got = officials("西藏自治区党委常委、副主席扎西多吉，内蒙古自治区副主席额尔敦巴图先后致辞。")
    assert got["扎西多吉"] == ["西藏自治区党委常委", "副主席"]
    assert got["额尔敦巴图"] == ["内蒙古自治区副主席"]
    assert officials("自治区主席多次强调，要加强合作。") == {}


def test_dotted_name_after_a_domestic_title_or_one_abroad() -> None:
    got = officials("伊犁哈萨克自治州州长努尔兰·阿合买提出席会议。努尔兰·阿合买提表示，欢迎投资。")
    assert got == {"努尔兰·阿合买提": ["伊犁哈萨克自治州州长"]}
    assert officials("俄罗斯联邦副总理亚历山大·诺瓦克出席论坛。") == {"亚历山大·诺瓦克": ["俄罗斯联邦副总理"]}
    # (a Lao province, a Thai one by its 府 and its governor 府尹, Myanmar's state by its 邦 and its chief minister)
    text = (
        "老挝琅南塔省省长布坎·宋玛尼、泰国清迈府副府尹颂萨·乍仑猜出席。"
        "缅甸掸邦首席部长吴觉梭温、德宏州州长孟广汉分别致辞。泰国清迈府副府尹表示，双方将加强合作。"
    )
    assert officials(text) == {
        "布坎·宋玛尼": ["老挝琅南塔省省长"],
        "颂萨·乍仑猜": ["泰国清迈府副府尹"],
        "吴觉梭温": ["缅甸掸邦首席部长"],
        "孟广汉": ["德宏州州长"],
    }
    assert officials("在西双版纳州，州长率团出席。") == {}


def test_a_dotted_name_before_a_joiner_or_an_invitation() -> None:
    """努尔兰·阿赫梅托夫|和青海省…的客商: a transliterated last part ends before 和; 邀请 ends a name as 欢迎 does."""
    text = (
        "哈萨克斯坦共和国阿拉木图州副州长努尔兰·阿赫梅托夫和青海省海西州的客商也参加了洽谈。"
        "吉尔吉斯斯坦伊塞克湖州副州长阿斯卡尔·别克穆拉托夫邀请西宁企业参加。"
    )
    assert officials(text) == {
        "努尔兰·阿赫梅托夫": ["哈萨克斯坦共和国阿拉木图州副州长"],
        "阿斯卡尔·别克穆拉托夫": ["吉尔吉斯斯坦伊塞克湖州副州长"],
    }


def test_a_foreign_country_is_the_organization_of_its_national_posts() -> None:
    """新加坡|副总理兼财政部长, 新加坡|贸工部长: the country opens the title as written (RECORD.md keeps the organization)."""
    got = officials("新加坡副总理兼财政部长陈德光、新加坡贸工部长邓国威出席。")
    assert got == {"陈德光": ["新加坡副总理兼财政部长"], "邓国威": ["新加坡贸工部长"]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an organization opening with a division's full name, or its short form before a level
        ("四川省人民政府副秘书长吉克·木呷，绵阳市委书记唐国平出席仪式。",
         {"吉克·木呷": ["四川省人民政府副秘书长"], "唐国平": ["绵阳市委书记"]}),
        ("伊犁州卫生健康委副主任叶尔兰·努尔兰、克州人民医院院长吐尔逊·玛纳甫分别作了发言。",
         {"叶尔兰·努尔兰": ["伊犁州卫生健康委副主任"], "吐尔逊·玛纳甫": ["克州人民医院院长"]}),
        # a · name joined by 和 to the next title and name
        ("吐鲁番地区行署专员艾尔肯·买买提和巴州州长巴特尔·达瓦分别代表双方在协议上签字。",
         {"艾尔肯·买买提": ["吐鲁番地区行署专员"], "巴特尔·达瓦": ["巴州州长"]}),
        ("巴西总统卢拉·达席尔瓦和美国国务卿希拉里·克林顿出席。", {}),
    ],
)
def test_dotted_names_after_an_organization_named_for_a_place_of_china(
    text: str, expected: dict[str, list[str]]
) -> None:
    assert officials(text) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("（安徽日报全媒体记者 程晓东）", {"程晓东": ["记者"]}),
        ("（贵州日报记者 吴思远 摄影 邓雪）", {"吴思远": ["记者"], "邓雪": ["摄影"]}),
        ("（广西日报记者 黄一鸣\u3000通讯员 覃小雨）", {"黄一鸣": ["记者"], "覃小雨": ["记者"]}),
    ],
)
def test_parenthesized_end_credit_with_outlet_before_the_role(line: str, expected: dict[str, list[str]]) -> None:
    text = f"双方表示，将进一步深化合作。\n{line}\n"
    assert staff(text) == expected
    assert officials(text) == {}


def test_yunnan_minority_surnames_after_titles() -> None:
    got = officials("云南省副省长刀国华出席会议并讲话。西双版纳州委副书记、州长玉香兰说，版纳将扩大开放。"
                    "德宏州州长排勒干表示，将深化合作。")
    assert got["刀国华"] == ["云南省副省长"]
    assert got["玉香兰"] == ["西双版纳州委副书记", "州长"]
    assert got["排勒干"] == ["德宏州州长"]
    # the same characters as ordinary words are no names
    assert officials("会议召开前，省长张三强调要排查风险。") == {"张三": ["省长"]}


def test_place_name_with_level_is_never_a_person() -> None:
    got = officials("文山州委书记李明然、楚雄州州长普贵林也作了交流发言。")
    assert got == {"李明然": ["文山州委书记"], "普贵林": ["楚雄州州长"]}
    assert "楚雄州" not in officials("市领导黄远征、楚雄州等地代表参加会议。")


def test_mongolian_name_longer_than_the_han_reading() -> None:
    got = officials("通辽市委书记巴特孟和，通辽市委副书记、市长乌云其木格出席。")
    assert got["巴特孟和"] == ["通辽市委书记"]
    assert got["乌云其木格"] == ["通辽市委副书记", "市长"]


def test_minority_names_in_a_list_after_a_title_with_organization() -> None:
    got = officials("赤峰市领导王建华、其其格、白音仓参加会议。")
    assert got == {"王建华": ["赤峰市领导"], "其其格": ["赤峰市领导"], "白音仓": ["赤峰市领导"]}


def test_conjunction_inside_a_bureau_name_at_clause_start() -> None:
    got = officials("会上，\n政制及内地事务局局长陈子明、商务及经济发展局局长何文杰分别发言。")
    assert got == {"陈子明": ["政制及内地事务局局长"], "何文杰": ["商务及经济发展局局长"]}
    assert officials("会议由企业及商会负责人张三主持。") == {"张三": ["商会负责人"]}


def test_photo_credit_with_outlet_journalist_after_slash_and_page_editor() -> None:
    text = "双方签署合作协议。\n图/南方日报记者 陈明辉\n本版责编：赵雅琴\n"
    assert staff(text) == {"陈明辉": ["摄影"], "赵雅琴": ["编辑"]}
    assert officials(text) == {}


# --- staff as real pages write them ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bracket with names only, after a dateline or closing the last paragraph
        ("中新网福州8月2日电 (林晓燕)闽西南协同发展区第五次党政联席会议2日召开。", {"林晓燕": ["记者"]}),
        ("本报讯（汪洋 蒋思齐）昨天，长株潭三市签署合作协议。", {"汪洋": ["记者"], "蒋思齐": ["记者"]}),
        ("两市将在产业、交通领域深化合作。（邹明)\n\n相关新闻", {"邹明": ["记者"]}),
        # a name padded to three characters with a space
        ("（记者 韩 冰 通讯员 肖 潇）", {"韩冰": ["记者"], "肖潇": ["记者"]}),
        ("责任编辑：覃 杰\n", {"覃杰": ["编辑"]}),
        # labels of news sites and WeChat pages
        ("网站编辑：陶然\n审核校对：孔繁星\n", {"陶然": ["编辑"], "孔繁星": ["编辑"]}),
        ("作者：蒲晓旭\n来源：四川日报\n", {"蒲晓旭": ["记者"]}),
        # page labels beside a credit are nobody
        ("责任编辑：苗青　网友评论\n", {"苗青": ["编辑"]}),
        # review stages of WeChat footers, interns
        ("一审：陈浩\n二审：赵敏\n三审：林峰\n", {"陈浩": ["编辑"], "赵敏": ["编辑"], "林峰": ["编辑"]}),
        ("（记者 吴敏 实习生 周琪）", {"吴敏": ["记者"], "周琪": ["记者"]}),
        # a bar as the colon; a byline closed by 报道
        ("记者｜邓小军\n", {"邓小军": ["记者"]}),
        ("文｜韩梅 图｜钟伟\n", {"韩梅": ["记者"], "钟伟": ["摄影"]}),
        ("文丨邵佳 图丨葛明\n编辑丨石磊\n", {"邵佳": ["记者"], "葛明": ["摄影"], "石磊": ["编辑"]}),
        ("新闻丨图片丨视频丨直播\n", {}),
        ("本报记者 顾阳 通讯员 萧凡 报道\n", {"顾阳": ["记者"], "萧凡": ["记者"]}),
        ("撰文：蒋一帆 摄影：凌峰\n", {"蒋一帆": ["记者"], "凌峰": ["摄影"]}),
        ("首页 | 图片 | 直播 | 专题\n", {}),  # a navigation bar
        # a credit line opened by a bullet or a dash
        ("■本报记者 许晴 通讯员 田野\n", {"许晴": ["记者"], "田野": ["记者"]}),
        ("——记者 鲍文斌\n", {"鲍文斌": ["记者"]}),
        # an outlet glued to the label opening a credit line; Taiwan's bylines with the place reported from
        ("楚天都市报全媒体记者 向东 通讯员 方圆\n", {"向东": ["记者"], "方圆": ["记者"]}),
        # labels stacked at a line's start, the first without a colon: the first one's roles
        ("文/图 本报记者 曾晓帆\n", {"曾晓帆": ["记者", "摄影"]}),
        ("记者 苏雅琴 文/图 通讯员 蓝一鸣\n", {"苏雅琴": ["记者", "摄影"], "蓝一鸣": ["记者"]}),
        ("〔记者王小明／台中报导〕会议昨日举行。", {"王小明": ["记者"]}),
        ("【记者陈美玲／高雄报导】", {"陈美玲": ["记者"]}),
        # an agency's journalist with the name glued on, and where and when the report was filed
        ("（新华社记者吴明远）会议召开。", {"吴明远": ["记者"]}),
        ("（中央社记者林佳慧高雄市8日电）会议今天举行。", {"林佳慧": ["记者"]}),
        # a Taiwan paper's byline in brackets after its name, the story going on after it
        ("2012年07月06日 04:10　中国时报【李佩珊／桃园报导】\n桃园县与宜兰县昨天举行签约仪式。", {"李佩珊": ["记者"]}),
        # a dotted name in a byline, longer than a Han one
        ("本报库尔勒讯（记者 阿不都热依木·买买提 孙立新）八月二十四日，座谈会召开。", {"阿不都热依木·买买提": ["记者"], "孙立新": ["记者"]}),
    ],
)
def test_staff_credits_as_real_pages_write_them(text: str, expected: dict[str, list[str]]) -> None:
    assert staff(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "图为签约仪式现场（右二）。\n嘉宾合影。（左一）",  # positions in a photo
        "会上，滁州市长许继伟致辞。\n（许继伟）",  # a name the article talks about
        "成渝两地签署协议。（新华社）",  # an outlet
        "会议在合肥召开。（完）",
    ],
)
def test_brackets_that_are_no_bylines(text: str) -> None:
    assert staff(text) == {}


# --- titles as real pages write them ---------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "name", "titles"),
    [
        # the place written before 省长/市长/县长 is part of the title
        ("会前，江苏省长许昆林会见了考察团一行。", "许昆林", ["江苏省长"]),
        ("花莲县长徐榛蔚、宜兰县长林姿妙出席论坛。", "徐榛蔚", ["花莲县长"]),
        ("随后，高雄市长陈其迈致辞。", "陈其迈", ["高雄市长"]),
        ("香港湾仔区民政事务专员陈诗敏介绍了社区情况。", "陈诗敏", ["香港湾仔区民政事务专员"]),
        # a title ends at a conjunction after a name, at a clause opener, at any punctuation
        ("香港特区行政长官李家超和广东省省长王伟中共同出席。", "王伟中", ["广东省省长"]),
        ("省委书记沈晓明和湖南省委副书记、省长毛伟明出席。", "毛伟明", ["湖南省委副书记", "省长"]),
        ("据四川省经济合作局局长邓勇介绍，项目已落地。", "邓勇", ["四川省经济合作局局长"]),
        ("受省委书记、省长王宁委托，副省长张国华致辞。", "王宁", ["省委书记", "省长"]),
        ("会议强调﹕江西省委常委、秘书长庄兆林要求抓好落实。", "庄兆林", ["江西省委常委", "秘书长"]),
        # every phrase of a chain is kept whole
        ("省发改委党组成员、纪检组长刘强参加调研。", "刘强", ["省发改委党组成员", "纪检组长"]),
        ("县委常委、组织部长黄晓东主持会议。", "黄晓东", ["县委常委", "组织部长"]),
        ("市政府党组成员,、副市长何平出席。", "何平", ["市政府党组成员", "副市长"]),
        ("市委统战部长马伟参加。", "马伟", ["市委统战部长"]),
        # a Hong Kong permanent secretary's portfolio in brackets (rules/title_notes.txt)
        ("随行的环境及生态局常任秘书长（环境）冼嘉欣出席。", "冼嘉欣", ["环境及生态局常任秘书长（环境）"]),
        # 全程 before the verb (全程陪同)
        ("罗山县委书记蔡永庆、县长孟庆华全程陪同。", "孟庆华", ["县长"]),
        # 率 before the group the named leads (a name whose first characters are a word: 黄海)
        ("百色市委常委、靖西市委书记黄海鹰率靖西市党政代表团赴富宁县考察。", "黄海鹰", ["百色市委常委", "靖西市委书记"]),
        # a weak surname (关) before 与 and the next title+name pair
        ("会上，澳门贸易投资促进局主席关若琳与江西省商务厅厅长胡志远签署备忘录。", "关若琳", ["澳门贸易投资促进局主席"]),
        # an office's name of several plain words before its unit (国际文化观光|局长, 原住民行政|局长); a
        # detachment's head
        ("苗栗县政府国际文化观光局长陈佳蓉表示欢迎。", "陈佳蓉", ["苗栗县政府国际文化观光局长"]),
        ("桃园县原住民行政局长林秀玉出席。", "林秀玉", ["桃园县原住民行政局长"]),
        ("保山市公安局边境管理支队副支队长赵永红出席。", "赵永红", ["保山市公安局边境管理支队副支队长"]),
        # acting, designate and provisional posts as Hong Kong and Taiwan write them; a branch's head
        ("署理行政长官林建华出席酒会。", "林建华", ["署理行政长官"]),
        ("临时立法会议员刘启明随团访问。", "刘启明", ["临时立法会议员"]),
        ("经济部水利署第四河川分署副分署长黄启贤说明工程进度。", "黄启贤", ["经济部水利署第四河川分署副分署长"]),
        # an organization's short name in brackets between the organization and the head
        (
            "珠海市横琴粤澳深度合作区执行委员会（执委会）主任李伟农出席。",
            "李伟农",
            ["珠海市横琴粤澳深度合作区执行委员会（执委会）主任"],
        ),
    ],
)
def test_title_phrases_as_written(sentence: str, name: str, titles: list[str]) -> None:
    assert officials(sentence)[name] == titles


def test_a_title_never_reaches_back_over_a_name() -> None:
    got = officials("省长唐一军会见代表团。会上，许勤、唐一军和大连市委书记胡玉亭出席并讲话。")
    assert got["胡玉亭"] == ["大连市委书记"]
    got = officials("自治区领导刘宁和云南省领导王予波代表两区省政府签署协议。")
    assert got == {"刘宁": ["自治区领导"], "王予波": ["云南省领导"]}


def test_ministry_names_with_和_stay_whole() -> None:
    assert officials("文化和旅游部副部长杜江出席。") == {"杜江": ["文化和旅游部副部长"]}
    assert officials("省住房和城乡建设厅厅长李明出席。") == {"李明": ["省住房和城乡建设厅厅长"]}
    assert officials("会上，林业和草原局局长关志鸥讲话。") == {"关志鸥": ["林业和草原局局长"]}


def test_a_place_before_a_head_does_not_vouch_for_a_weak_surname() -> None:
    assert officials("武汉市长江新区建设加快，城市长远规划出台。") == {}


# --- names as real pages write them ----------------------------------------------------------


def test_surname_title_given_name_of_taiwan_and_hong_kong_prose() -> None:
    text = (
        "台中市卢市长秀燕、彰化县王副县长惠美及苗栗县长钟东锦出席。\n"
        "卢市长表示，八县市合作成效显著。钟县长说，苗栗将全力配合。"
    )
    o = {x.name: x for x in extract_people(text)[0]}
    assert {n: x.titles for n, x in o.items()} == {
        "卢秀燕": ["市长"],
        "王惠美": ["副县长"],
        "钟东锦": ["苗栗县长"],
    }
    # the surname-only references are the same people, not new ones
    assert sorted(text[a:b] for a, b in o["卢秀燕"].spans) == ["卢市长", "卢市长秀燕"]
    assert sorted(text[a:b] for a, b in o["钟东锦"].spans) == ["钟东锦", "钟县长"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("市委书记张强和刘市长一起参加。", {"张强": ["市委书记"]}),  # 一起 is a word, no given name
        ("陈市长亲切会见了代表团。", {}),
        ("王局长表示，合作前景广阔。", {}),
        ("区委副书记、代区长李勇参加。", {"李勇": ["区委副书记", "代区长"]}),  # 代 is no surname here
        ("彰化、苗栗、云林三县县长出席。", {}),  # places are no people
    ],
)
def test_no_surname_title_given_name_without_a_name(sentence: str, expected: dict[str, list[str]]) -> None:
    assert officials(sentence) == expected


def test_dotted_names_in_lists_after_group_titles() -> None:
    text = "省领导王建军、吴晓军，自治区领导马兴瑞、艾尔肯·吐尼亚孜、李邑飞、玉苏甫江·麦麦提等出席。"
    assert officials(text) == {
        "王建军": ["省领导"],
        "吴晓军": ["省领导"],
        "马兴瑞": ["自治区领导"],
        "艾尔肯·吐尼亚孜": ["自治区领导"],
        "李邑飞": ["自治区领导"],
        "玉苏甫江·麦麦提": ["自治区领导"],
    }
    assert officials("省领导刘宁、多吉次珠·阿旺、张晓东和有关部门负责同志参加。") == {
        "刘宁": ["省领导"],
        "多吉次珠·阿旺": ["省领导"],
        "张晓东": ["省领导"],
    }


def test_list_introduced_by_a_group_title_on_its_own_line() -> None:
    text = "出席活动的省领导：\n陈刚、吴晓军、努尔·白克力\n"
    assert officials(text) == {"陈刚": ["省领导"], "吴晓军": ["省领导"], "努尔·白克力": ["省领导"]}
    assert officials("市长：\n张明\n") == {}


def test_ministry_and_bureau_posts_written_after_the_name() -> None:
    assert officials("会上，韩文秀部长指出，要加强协作。") == {"韩文秀": ["部长"]}
    assert officials("会见了赵辰昕主任一行。") == {"赵辰昕": ["主任"]}


def test_words_before_a_head_that_are_no_place() -> None:
    assert officials("会见了时任南投县长李朝卿。") == {"李朝卿": ["南投县长"]}
    assert officials("，前任市长周志刚出席。") == {"周志刚": ["市长"]}
    assert officials("各位市长吴志明等出席。") == {"吴志明": ["市长"]}
    assert officials("，当时市长张国强出席。") == {"张国强": ["市长"]}  # an ordinary word


def test_group_title_left_unreadable_by_a_broken_scrape_is_kept_as_written() -> None:
    assert officials("??h领导陈全国、努尔·白克力出席会议。") == {
        "陈全国": ["??h领导"],
        "努尔·白克力": ["??h领导"],
    }


def test_a_dateline_run_on_into_the_first_sentence_is_no_title() -> None:
    assert officials("本报讯市委书记刘洪出席会议。") == {"刘洪": ["市委书记"]}
    assert officials("新华社北京3月5日电国务院总理李强作报告。") == {"李强": ["国务院总理"]}


def test_place_title_before_a_weak_surname_unless_head_and_name_make_a_word() -> None:
    assert officials("上海市长应勇、江苏省长吴政隆出席。") == {"应勇": ["上海市长"], "吴政隆": ["江苏省长"]}
    assert officials("南京市长江大桥已通车。") == {}
    # (a given name that runs on with no stop after it, where 长江 is the word: 江防汛|联防, no official)
    text = "临湘市与湖北省洪湖市长江防汛联防暨经济协作座谈会在临湘市举行。书记黎国安说，长江防汛是两市共同的任务。"
    assert officials(text) == {"黎国安": ["书记"]}  # (长江防汛 again: no name read twice)
    assert officials("新竹县长江振南出席会议。") == {"江振南": ["新竹县长"]}
    # (a place's last character before its head is no surname of a surname+title+given name: 台东|县长郑永和, no 东郑永)
    assert officials("台东县长林永和率领县府团队访问厦门。") == {"林永和": ["台东县长"]}
    # (or before a joiner and a name the article writes again: 江振南|与高文华, 高文华 named with his title before)
    text = "苏州市副市长高文华率团访问新竹。新竹县长江振南与高文华共同签署合作备忘录。"
    assert officials(text) == {"高文华": ["苏州市副市长"], "江振南": ["新竹县长"]}


def test_leaders_of_both_sides_and_less_frequent_surnames() -> None:
    assert officials("双方领导人陈敏尔、黄强出席签约仪式。") == {"陈敏尔": ["双方领导人"], "黄强": ["双方领导人"]}
    assert officials("全国政协副主席辜胜阻出席。") == {"辜胜阻": ["全国政协副主席"]}


def test_a_place_before_reported_is_no_reporter() -> None:
    from extract.extractors.staff import extract_staff

    staff, _ = extract_staff("　　香港文汇报讯（记者 黎小敏 广州报道）联席会议前日在广州召开。")
    assert [p.name for p in staff] == ["黎小敏"]


def test_a_word_alternation_takes_the_longest_word_and_gives_way_to_a_shorter_one() -> None:
    import re

    from extract.extractors.namelex import alternation

    heads = alternation(["市长", "市委书记", "市", "副市长", "常务副市长"])
    assert re.compile(heads).findall("南京市委书记和常务副市长出席") == ["市委书记", "常务副市长"]
    # 南京市长江大桥: 市长 is tried first, then 市 so that 长江 follows
    assert re.compile(f"(?:{heads})长江").search("南京市长江大桥").group() == "市长江"
    assert re.compile(f"(?:{heads})$").search("杭州市副市长").group() == "副市长"
    assert alternation([]) == "" and re.compile(alternation(["a.b"])).search("axb") is None


def test_fixed_terms_are_found_as_the_whole_pattern_finds_them() -> None:
    from extract.extractors.namelex import fixed_term_spans, fixed_terms_re

    text = "会议强调，要紧密团结在以习近平同志为核心的党中央周围，学习毛泽东思想和邓小平理论。纪念孙中山先生。"
    assert fixed_term_spans(text) == [m.span() for m in fixed_terms_re().finditer(text)]
    assert [text[s:e] for s, e in fixed_term_spans(text)][:2] == ["以习近平同志为核心的党中央", "毛泽东思想"]
    assert fixed_term_spans("苏州市市长吴庆文出席签约仪式。") == []


def test_a_page_s_no_break_space_between_title_and_name() -> None:
    r = extract_text("马鞍山市委书记\xa0袁志军出席会议并讲话。", ner=False)
    assert [(o.name, o.titles) for o in r.officials] == [("袁志军", ["马鞍山市委书记"])]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("政务司司长林志聪今日在广州出席会议。", "林志聪"),  # 今日 after a name (Hong Kong releases)
        ("驻粤经济贸易办事处主任冯嘉怡亦有出席是次会议。", "冯嘉怡"),  # 亦
        ("其后，他与珠海市市长黄志豪会面。", "黄志豪"),  # 会面
    ],
)
def test_names_before_the_words_of_hong_kong_releases(text: str, name: str) -> None:
    assert name in {o.name for o in extract_text(text, ner=False).officials}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("【本报讯】记者何咏欣报道：港珠两地合作会议今天在珠海举行。", ["何咏欣"]),
        ("本报记者周立新、莫海燕报道 会议在南宁举行。", ["周立新", "莫海燕"]),
        ("两市签署了合作协议。\n（来源：德阳日报 记者 钟晓敏）", ["钟晓敏"]),
    ],
)
def test_bylines_written_inside_the_lead_or_after_a_source(text: str, names: list[str]) -> None:
    assert [s.name for s in extract_text(text, ner=False).staff] == names


def test_the_regex_helpers_find_what_the_patterns_they_stand_for_find() -> None:
    import re

    from extract.extractors.namelex import first_matches, not_after

    text = "新华社北京5月3日电(韦小明)两市签署协议。（朱宇）\n本报讯（林海）2021年5月、2020年12月。（记者 王五）"
    a, b = r"(?:日电|讯)\s*[（(][^（）()]{2,24}[)）]", r"[（(][^（）()]{2,24}[)）]"
    alternation = [m.span() for m in re.finditer(f"(?:{a})|(?:{b})", text)]
    assert [m.span() for m in first_matches([re.compile(a), re.compile(b)], text)] == alternation
    assert alternation[0] == (8, 15) and len(alternation) == 4  # 日电(韦小明) whole, not its bracket alone
    lookbehind = [m.span() for m in re.finditer(r"(?<![\d-])(?:19|20)\d{2}年", text)]
    assert [m.span() for m in not_after(re.compile(r"(?:19|20)\d{2}年"), text, "-", digits=True)] == lookbehind
    assert [m.span() for m in not_after(re.compile(r"\d{2}年"), "2021年与21年", "", digits=True)] == [(6, 9)]


def test_a_hong_kong_district_council_is_the_organization_of_its_chair() -> None:
    from extract import extract_text

    got = {o.name: o.titles for o in extract_text("元朗区议会副主席梁志明与深圳市宝安区领导会面。", ner=False).officials}
    assert got.get("梁志明") == ["元朗区议会副主席"]


def test_a_name_ends_before_because() -> None:
    from extract import extract_text

    got = {o.name: o.titles for o in extract_text("苗栗县长钟永昌因出席县议会未能与会。", ner=False).officials}
    assert got == {"钟永昌": ["苗栗县长"]}


def test_a_rare_surname_that_starts_words_needs_a_boundary_after_the_name() -> None:
    from extract import extract_text

    got = {o.name: o.titles for o in extract_text("市政府秘书长远小明参加活动。局长远赴北京。", ner=False).officials}
    assert got == {"远小明": ["市政府秘书长"]}


# --- where a title's organization prefix begins and ends ------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # 有 opening the list of those present is no part of the first title
        (
            "参加座谈的有广州市人民政府副秘书长李志强和广州市人民政府台湾事务办公室主任王海涛。",
            {"李志强": ["广州市人民政府副秘书长"], "王海涛": ["广州市人民政府台湾事务办公室主任"]},
        ),
        ("陪同考察的有佛山市委常委、常务副市长陈国栋。", {"陈国栋": ["佛山市委常委", "常务副市长"]}),
        ("受邀出席的有中国工程院院士张大伟和北京大学教授李华。", {"张大伟": ["中国工程院院士"], "李华": ["北京大学教授"]}),
        ("出席会议的领导有省委常委、副省长王强和市委书记李伟。", {"王强": ["省委常委", "副省长"], "李伟": ["市委书记"]}),
        # … and so does the 为 of a photo caption
        ("图为柳州市妇联主席韦丽萍（左二）在活动现场。", {"韦丽萍": ["柳州市妇联主席"]}),
        # … but a stop that ends a word with the character before it is none (自由贸易港), nor 等 after
        # a place inside an office's name (赣南等原中央苏区…, 东北等老工业基地…)
        (
            "海南省人民政府副省长、省自由贸易港工作委员会办公室主任符少强出席。",
            {"符少强": ["海南省人民政府副省长", "省自由贸易港工作委员会办公室主任"]},
        ),
        (
            "省赣南等原中央苏区振兴发展工作办公室主任周国平出席。",
            {"周国平": ["省赣南等原中央苏区振兴发展工作办公室主任"]},
        ),
        ("国家发展改革委东北等老工业基地振兴司副司长徐志刚出席。", {"徐志刚": ["国家发展改革委东北等老工业基地振兴司副司长"]}),
        ("会议由省委书记张明主持。", {"张明": ["省委书记"]}),
        # … and the 访 of an interview's headline (but not 信访, a word)
        ("济湘协作再升级——访湘西州委副书记、州长龙晓峰", {"龙晓峰": ["湘西州委副书记", "州长"]}),
        ("市信访局局长王明出席。", {"王明": ["市信访局局长"]}),
        # … the 应 of an invitation, and a dateline written in Chinese numerals
        ("应四川省人民政府副省长李建明的邀请，代表团来访。", {"李建明": ["四川省人民政府副省长"]}),
        ("新华社北京三月五日电国务院副总理张国华今天会见了代表团。", {"张国华": ["国务院副总理"]}),
        # … but an organization with 有, 为 or 应 in a word of its name keeps it
        ("应急管理部副部长王强出席。", {"王强": ["应急管理部副部长"]}),
        ("有色金属行业协会会长张国强出席。", {"张国强": ["有色金属行业协会会长"]}),
        ("市国有资产监督管理委员会主任赵刚出席。", {"赵刚": ["市国有资产监督管理委员会主任"]}),
        ("华为技术有限公司副总裁李明出席。", {"李明": ["华为技术有限公司副总裁"]}),
        # a name that stands on no reading of its own (黄海 is a word; a minority name before a
        # weak 和) still ends its title+name pair: the next title starts after the 和
        (
            "广西壮族自治区副主席黄海燕和南宁市市长张文军出席。",
            {"黄海燕": ["广西壮族自治区副主席"], "张文军": ["南宁市市长"]},
        ),
        (
            "西藏自治区副主席洛桑江村和拉萨市市长王建国出席。",
            {"洛桑江村": ["西藏自治区副主席"], "王建国": ["拉萨市市长"]},
        ),
        # … or a name and the title written after it
        ("王强总理和广州市市长陈建华出席。", {"王强": ["总理"], "陈建华": ["广州市市长"]}),
        # a two-character name does not swallow the 和 before a title and a name
        ("出席会议的有市委书记张军和市长李伟。", {"张军": ["市委书记"], "李伟": ["市长"]}),
        ("省住房和城乡建设厅厅长李明和市长王强出席。", {"李明": ["省住房和城乡建设厅厅长"], "王强": ["市长"]}),
    ],
)
def test_a_prefix_stops_at_有_and_at_a_title_and_name_joined_by_和(sentence: str, expected: dict[str, list[str]]) -> None:
    assert officials(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "name", "titles"),
    [
        # a Hong Kong policy bureau (… 及 … 局) after a verb, and its permanent secretary
        ("行政长官李家超与政制及内地事务局局长曾国卫会见了代表团。", "曾国卫", ["政制及内地事务局局长"]),
        ("财经及库务局常任秘书长梁家辉出席。", "梁家辉", ["财经及库务局常任秘书长"]),
        (
            "香港特别行政区政府运输及物流局常任秘书长陈美宝出席。",
            "陈美宝",
            ["香港特别行政区政府运输及物流局常任秘书长"],
        ),
        ("港府商务及经济发展局局长丘应桦表示，", "丘应桦", ["港府商务及经济发展局局长"]),
        ("香港海关关长何珮珊出席。", "何珮珊", ["香港海关关长"]),
        ("廉政公署廉政专员胡英明出席。", "胡英明", ["廉政公署廉政专员"]),
        # a government written short (县府, 市府), and the unit a head starts with completing a
        # bureau's name (旅游+局长, 公安+局长)
        ("县府观光局长陈明德表示，", "陈明德", ["县府观光局长"]),
        ("深圳市公安局长许剑卫出席。", "许剑卫", ["深圳市公安局长"]),
        ("广东省教育厅长王创表示，", "王创", ["广东省教育厅长"]),
        # Taiwan's farmers' and fishermen's associations; a financial regulator
        ("彰化县农会总干事林国华出席。", "林国华", ["彰化县农会总干事"]),
        ("台南市渔会总干事王志明表示，", "王志明", ["台南市渔会总干事"]),
        ("中国银保监会副主席周亮出席。", "周亮", ["中国银保监会副主席"]),
        # 由于 is no part of the organization
        ("近期，由于中国证监会副主席王宏和国家外汇管理局副局长李超均透露，", "王宏", ["中国证监会副主席"]),
        # …but 由 before a place opening with 于 (于都县, 于田县) is: the stop is 由 alone
        ("会议由于都县卫生局局长肖远平主持。", "肖远平", ["于都县卫生局局长"]),
        ("仪式由于田县人民政府副县长买买提·吐尔逊主持。", "买买提·吐尔逊", ["于田县人民政府副县长"]),
    ],
)
def test_organization_prefixes_of_bureaus_and_bodies(sentence: str, name: str, titles: list[str]) -> None:
    assert officials(sentence)[name] == titles


def test_a_unit_that_ends_a_word_of_its_own_does_not_make_a_head() -> None:
    # 办事处 + 长林村: the 处 belongs to 办事处, the 长 to the village; no 处长 and no person 林村
    assert officials("这批新房分给了城西区长林街道办事处长林村。") == {}


@pytest.mark.parametrize(
    ("sentence", "name", "titles"),
    [
        # Taiwan's councils, party branches, county councils and legislators
        ("陆委会副主委林志成受访时表示，", "林志成", ["陆委会副主委"]),
        ("国民党台南市党部主委郭信良出席。", "郭信良", ["国民党台南市党部主委"]),
        ("彰化县议会议长谢典林表示，", "谢典林", ["彰化县议会议长"]),
        ("民进党立委陈亭妃出席。", "陈亭妃", ["民进党立委"]),
        # a place written short before a head that carries no level (a Hong Kong district officer)
        ("元朗民政事务专员陈志强向访问团介绍了元朗区的情况。", "陈志强", ["元朗民政事务专员"]),
        # a Hong Kong post-holder's political assistant
        ("随团的还有保安局局长政治助理何嘉敏及发展局副局长陈志明。", "何嘉敏", ["保安局局长政治助理"]),
        ("商务及经济发展局政治助理刘振宇出席。", "刘振宇", ["商务及经济发展局政治助理"]),
        # a name whose surname and first given character make a word (黄海), after a full title
        ("浙江省副省长黄海峰主持会议。", "黄海峰", ["浙江省副省长"]),
        # words after a name that end it: 随团, 先前, 受访
        ("县府观光处长李佳玲随团参访。", "李佳玲", ["县府观光处长"]),
        ("上海市副市长王志刚先前已表示，", "王志刚", ["上海市副市长"]),
        # the leader of a work team sent to another province, chained with 、
        ("山东省援疆工作队领队、喀什地委副书记刘海涛汇报了工作。", "刘海涛", ["山东省援疆工作队领队", "喀什地委副书记"]),
    ],
)
def test_titles_of_taiwan_hong_kong_and_paired_provinces(sentence: str, name: str, titles: list[str]) -> None:
    assert officials(sentence)[name] == titles


@pytest.mark.parametrize(
    "sentence",
    [
        "会上，他介绍了乡党政领导班子关于发展旅游的设想。",  # 领导班子: no name 班子关
        "李建国带领队伍转战到甘肃省境内施工。",  # 带领|队伍: no head 领队, no name 伍转战
    ],
)
def test_words_around_a_head_that_make_no_title_or_name(sentence: str) -> None:
    assert officials(sentence) == {}


def test_a_place_before_a_level_head_written_after_it_is_no_person() -> None:
    # 金门|县长率团 in the headline: 金门 (a weak surname, but a reading confirmed by 返回金门，)
    # is the place whose level the head carries
    got = officials("金泉座谈　金门县长率团访泉州\n\n金门县长陈福海今天率团抵达泉州。陈福海一行今晚返回金门，明天向各局处报告。")
    assert got == {"陈福海": ["金门县长"]}


def test_a_weak_surname_glued_to_a_place_head_before_punctuation_in_a_list_of_posts() -> None:
    # 市长|江志宏、: the head and the surname run into a word (长江), but a three-character name
    # before punctuation whose given name is no word is read; the next place goes with its head
    got = officials("宜兰市长江志宏、罗东镇长林清山出席。")
    assert got == {"江志宏": ["宜兰市长"], "林清山": ["罗东镇长"]}
    assert officials("芜湖市长江大桥，今年通车。") == {}


@pytest.mark.parametrize(
    ("sentence", "name", "titles"),
    [
        ("行政院长陈志明出席。", "陈志明", ["行政院长"]),
        ("外交部长李国华会见了代表团。", "李国华", ["外交部长"]),
        ("，教育局长张明表示，", "张明", ["教育局长"]),
    ],
)
def test_a_head_that_completes_an_organization_named_by_a_word(sentence: str, name: str, titles: list[str]) -> None:
    # 行政+院长: 行政院 is a word of the dictionary; not 当时|局长, 该|局长
    assert officials(sentence)[name] == titles


@pytest.mark.parametrize("sentence", ["当时局长张明表示，", "该局长张明表示，"])
def test_a_time_word_or_determiner_before_a_head_is_no_organization(sentence: str) -> None:
    assert officials(sentence) == {"张明": ["局长"]}


def test_a_group_list_ends_with_a_name_joined_by_he_to_the_next_groups_title() -> None:
    people = {p.name: p.titles for p in extract_people("自治区领导巴特尔、乌云和北京市领导张国强、李明参加会议。")[0]}
    assert people == {"巴特尔": ["自治区领导"], "乌云": ["自治区领导"], "张国强": ["北京市领导"], "李明": ["北京市领导"]}
    # 和 inside an office's name after a list comma is no end of a list
    assert {p.name: p.titles for p in extract_people("省发改委、人力资源和社会保障局局长王五出席。")[0]} == {
        "王五": ["人力资源和社会保障局局长"]}  # fmt: skip


def test_a_verb_that_opens_with_a_weak_surname_after_a_title_is_no_name() -> None:
    people = {p.name for p in extract_people("会前，七市发展改革委主任召开了联络员会议，济南市发展改革委主任王立峰出席。")[0]}
    assert people == {"王立峰"}


def test_a_name_of_note_with_a_weak_surname_before_a_post_name_title() -> None:
    """江 is a weak surname (江苏, 江西); 江泽民 before 总书记 is a name jieba's dictionary holds."""
    r = extract_text("会议认为，两市要认真贯彻江泽民总书记关于西部大开发的重要论述。", ner=False)
    assert [(o.name, o.titles) for o in r.officials] == [("江泽民", ["总书记"])]
    r = extract_text("汇报时向总书记介绍了两地合作情况。", ner=False)
    assert r.officials == []


def test_naxi_surnames_and_the_conjunction() -> None:
    """和 and 木 are Naxi surnames (丽江); 和 is read only where the same name recurs, so that
    市领导和专家 stays a conjunction."""
    text = "丽江市委书记和光明，丽江市委副书记、市长木丽华出席座谈会。和光明表示，丽江将推进合作。"
    got = {o.name: o.titles for o in extract_text(text, ner=False).officials}
    assert got == {"和光明": ["丽江市委书记"], "木丽华": ["丽江市委副书记", "市长"]}
    for text in ("两市领导和嘉宾，共同见证签约。", "市领导和专家，出席会议。", "省委书记和省长，出席会议。"):
        assert extract_text(text, ner=False).officials == []


def test_a_naxi_surname_once_before_punctuation() -> None:
    """Named once, a 和 name after an anchored title still stands where three characters end at
    punctuation, the given name no word, the next item a title+name pair (和建昌、市长…); 和专家、, 和市领导
    and 和发改、交通 (a list of fields) stay conjunctions."""
    text = "丽江市委书记和建昌、市长杨永福，攀枝花市委副书记、市长曹光荣出席会议。"
    got = {o.name: o.titles for o in extract_text(text, ner=False).officials}
    assert got == {"和建昌": ["丽江市委书记"], "杨永福": ["市长"], "曹光荣": ["攀枝花市委副书记", "市长"]}
    for text in ("市领导和专家、学者出席会议。", "省领导和市领导出席会议。", "八市的市长和发改、交通、文旅等部门负责人参加。"):
        assert extract_text(text, ner=False).officials == []


@pytest.mark.parametrize(
    ("text", "name", "titles"),
    [
        ("迪庆州副州长和建华出席会议并讲话。", "和建华", ["迪庆州副州长"]),  # a verb of the act ends it
        ("丽江地区行署专员木文龙、副专员和丽萍出席会议。", "和丽萍", ["副专员"]),  # no word: 丽萍
        ("省委副书记、省长和绍先（纳西族）出席会议。", "和绍先", ["省委副书记", "省长"]),  # a note after it
        ("州委副书记和建华，丽江地委书记木一出席。", "和建华", ["州委副书记"]),  # 建华: a word, yet no people
    ],
)
def test_a_naxi_surname_once_before_what_ends_a_name(text: str, name: str, titles: list[str]) -> None:
    """Named once after its title, a 和 name stands before what ends a name when its given name is
    no word a title is joined with (rules/conjoined_people_words.txt, title heads, jieba's most
    frequent words): 副州长和建华出席; 市长和嘉宾一同, 县长和家人, 副市长和特邀代表 stay conjunctions."""
    got = {o.name: o.titles for o in extract_text(text, ner=False).officials}
    assert got[name] == titles
    for other in ("市长和嘉宾一同参观展厅。", "县长和家人出席。", "副市长和特邀代表200余人出席会议。", "市长和大家一起座谈。"):
        assert extract_text(other, ner=False).officials == []


def test_a_tibetan_name_opening_with_向() -> None:
    """向巴 (Jampa) opens Tibetan names written without a Han surname (向巴多吉, 向巴平措)."""
    text = "自治区党委副书记、自治区政府主席向巴多吉出席座谈会并讲话。"
    got = {o.name: o.titles for o in extract_text(text, ner=False).officials}
    assert got == {"向巴多吉": ["自治区党委副书记", "自治区政府主席"]}
    assert officials("市委书记向东出席会议。") == {"向东": ["市委书记"]}


def test_kham_and_amdo_tibetan_names_read_whole() -> None:
    """泽郎旺修, 泽郎甲初, 完么加 (heldout627's kind, rules/minority_name_chars.txt): Tibetan given names of Ganzi,
    Aba and Huangnan written without a Han surname are read whole after their titles, not cut at 修/甲/么."""
    r = extract_text("2018年5月2日，甘孜州委书记泽郎旺修会见代表团。阿坝州副州长泽郎甲初出席，黄南州州长完么加致辞。", ner=False)
    assert {o.name: o.titles for o in r.officials} == {
        "泽郎旺修": ["甘孜州委书记"], "泽郎甲初": ["阿坝州副州长"], "完么加": ["黄南州州长"]}


def test_a_speech_verb_after_a_name_ends_it() -> None:
    r = extract_text("花蓮縣副縣長張美惠補充，縣府將推動兩縣觀光合作。", ner=False)
    assert [(o.name, o.titles) for o in r.officials] == [("张美惠", ["花莲县副县长"])]


def test_minority_names_after_a_prefectures_titles() -> None:
    """A ·-name after a prefecture's group title (地区领导: Xinjiang's prefectures), a Mongolian
    name with 来 (宝音达来) after a prefecture's party title."""
    r = extract_text("地区领导艾尔肯·买买提、张卫东参加座谈会。", ner=False)
    assert [(o.name, o.titles) for o in r.officials] == [("艾尔肯·买买提", ["地区领导"]), ("张卫东", ["地区领导"])]
    r = extract_text("青海省委常委、海西州委书记宝音达来，海西州委副书记、州长马明出席。", ner=False)
    assert {o.name: o.titles for o in r.officials}["宝音达来"] == ["青海省委常委", "海西州委书记"]
    assert extract_text("海西州委书记前来出席会议。", ner=False).officials == []


def test_a_groups_list_goes_on_after_an_ethnic_note() -> None:
    r = extract_text("地区领导格桑顿珠（藏族）、白玛央金（藏族）、李新民参加会议。", ner=False)
    assert [o.name for o in r.officials] == ["格桑顿珠", "白玛央金", "李新民"]
    assert all(o.titles == ["地区领导"] for o in r.officials)
    r = extract_text("盟委副书记、盟长额尔敦毕力格（蒙古族），张家口市委书记王明出席。", ner=False)
    assert {o.name: o.titles for o in r.officials}["额尔敦毕力格"] == ["盟委副书记", "盟长"]


def test_borderland_posts_and_groups() -> None:
    """The Corps (兵团) as an organization, a prefecture's group (州领导) reading a ·-name, a city's
    own post reading one, the Dai/Achang surname 线, 会前 ending a name."""
    r = extract_text("兵团领导赵国强、刘向阳会前会见了浙江省代表团。", ner=False)
    assert [(o.name, o.titles) for o in r.officials] == [("赵国强", ["兵团领导"]), ("刘向阳", ["兵团领导"])]
    r = extract_text("州领导马合沙提·木拉提、张海涛参加会议。", ner=False)
    assert [o.name for o in r.officials] == ["马合沙提·木拉提", "张海涛"]
    r = extract_text("第一师师长、阿拉尔市市长阿不都克力木·吐尔地介绍了情况。", ner=False)
    assert [o.name for o in r.officials] == ["阿不都克力木·吐尔地"]
    r = extract_text("州领导线光华（阿昌族）、李春林参加会议。", ner=False)
    assert [o.name for o in r.officials] == ["线光华", "李春林"]
    assert extract_text("坚守一线的干部出席会议。", ner=False).officials == []


def test_prefix_verbs_end_a_titles_organization_unless_they_begin_a_word() -> None:
    got = extract_text("以台中县议会副议长林清和为团长的参访团抵达漳州。", ner=False).officials
    assert [(o.name, o.titles) for o in got] == [("林清和", ["台中县议会副议长"])]
    got = extract_text("以色列驻华大使馆参赞王明出席。", ner=False).officials
    assert [(o.name, o.titles) for o in got] == [("王明", ["以色列驻华大使馆参赞"])]


def test_counterpart_aid_posts_are_titles() -> None:
    got = extract_text("天津市援藏干部总领队、昌都地委副书记周志刚出席。", ner=False).officials
    assert [(o.name, o.titles) for o in got] == [("周志刚", ["天津市援藏干部总领队", "昌都地委副书记"])]
    got = extract_text("上海援藏干部、江孜县委常务副书记陆敏介绍情况。", ner=False).officials
    assert [(o.name, o.titles) for o in got] == [("陆敏", ["上海援藏干部", "江孜县委常务副书记"])]


def test_yi_and_hui_surnames_after_a_title() -> None:
    got = extract_text("楚雄州副州长者永昌（彝族）说，两州将加强合作。", ner=False).officials
    assert [(o.name, o.titles) for o in got] == [("者永昌", ["楚雄州副州长"])]
    got = extract_text("石嘴山市委书记纳永春，市委副书记、市长刘志刚出席。", ner=False).officials
    assert [o.name for o in got] == ["纳永春", "刘志刚"]
    assert extract_text("省长或者副省长出席，会议要求纳入规划。", ner=False).officials == []


def test_a_department_named_after_two_portfolios_joined() -> None:
    """Taiwan's county departments: 传播暨国际事务处, 文化暨观光处 (two plain nouns joined by 暨)."""
    got = extract_text("屏東縣政府傳播暨國際事務處長吳建宏表示，兩縣將合作。", ner=False).officials
    assert [(o.name, o.titles) for o in got] == [("吴建宏", ["屏东县政府传播暨国际事务处长"])]


def test_a_rotating_chair_is_a_post_not_a_name() -> None:
    """轮值 (rotating) is a title modifier: 担任轮值主席 names no 任轮值, and 轮值主席 is a title."""
    text = "会议商定，下届联席会议由淮南市担任轮值主席城市，由六安市任轮值主席单位。市长王明出席。"
    assert [(o.name, o.titles) for o in extract_text(text, ner=False).officials] == [("王明", ["市长"])]
    got = extract_text("轮值主席、淮南市市长张三主持会议。", ner=False).officials
    assert [(o.name, o.titles) for o in got] == [("张三", ["轮值主席", "淮南市市长"])]


def test_hosting_a_banquet_follows_a_name() -> None:
    """设宴, 宴请: verbs that end a name after a title, like 主持 and 会见."""
    got = extract_text("晚间由泉州市政府副秘书长林一鸣设宴款待，市委书记王明宴请代表团。", ner=False).officials
    assert [(o.name, o.titles) for o in got] == [("林一鸣", ["泉州市政府副秘书长"]), ("王明", ["市委书记"])]


def test_amdo_tibetan_names_after_a_title_with_its_organization() -> None:
    """尕藏才让, 拉毛草, 索南公保: Tibetan names without a Han surname (minority_name_chars.txt)."""
    got = extract_text("黄南州委副书记、州长索南公保（藏族）主持，海南州领导拉毛草（藏族）、周永红参加。", ner=False).officials
    assert [o.name for o in got] == ["索南公保", "拉毛草", "周永红"]


def _real_texts() -> list[str]:
    """The sample articles and the held-out articles of the repository, normalized."""
    from pathlib import Path

    from extract.text.decode import decode
    from extract.text.normalize import normalize_text

    root = Path(__file__).resolve().parent.parent
    paths = sorted((root / "data" / "raw").glob("*.txt")) + sorted(root.glob("bench/heldout*/articles/*.txt"))
    return [normalize_text(decode(p.read_bytes())[0]).body for p in paths]


def test_fixed_terms_tried_where_their_words_are_are_those_the_whole_pattern_finds() -> None:
    from extract.extractors.namelex import fixed_term_spans, fixed_terms_re

    texts = [
        *_real_texts(),
        "纪念邓小平同志诞辰120周年。以习近平同志为核心的党中央，习近平新时代中国特色社会主义思想。",
        "同志诞辰。李 同志逝世 张三同志同志纪念，习近平总书记系列重要讲话精神和习近平外交思想。",
    ]
    found = 0
    for text in texts:
        want = [m.span() for m in fixed_terms_re().finditer(text)]
        assert fixed_term_spans(text) == want
        found += len(want)
    assert found >= 10


def test_the_title_slots_are_those_of_the_two_patterns_searched_one_by_one() -> None:
    from extract.extractors.namelex import first_matches
    from extract.extractors.people import _grammar, _slot_matches

    texts = [*_real_texts(), "省委副书记、常务副省长张三，副市长李四和市长王五，第一副主任赵六。"]
    found = moded = 0
    for text in texts:
        want = [(m.span(), m.re.pattern) for m in first_matches(_grammar().slots, text)]
        assert [(m.span(), m.re.pattern) for m in _slot_matches(text)] == want
        found += len(want)
        moded += sum(p == _grammar().slots[0].pattern for _, p in want)
    assert found > 500 and moded > 100


def test_a_run_of_han_characters_is_what_is_han_says_of_each() -> None:
    from extract.extractors.namelex import _HAN_RUN, is_han

    for text in [*_real_texts()[:40], "\u3400\u4dbf\u4e00\u9fff\u33ff\u4dc0\ua000·王", ""]:
        for p in range(len(text) + 1):
            for n in range(5):
                cand = text[p : p + n]
                assert bool(_HAN_RUN.fullmatch(cand)) == all(is_han(c) for c in cand)


def test_a_delegation_and_an_official_joined_by_yu() -> None:
    """台北市代表团与上海市副市长陈国华: the title is 上海市副市长; the 与 joins two sides, not two portfolios."""
    got = extract_text("高雄市长率领的高雄市代表团与厦门市副市长陈国华率领的厦门市团队交换意见。", ner=False).officials
    assert ("陈国华", ["厦门市副市长"]) in [(o.name, o.titles) for o in got]


def test_a_standing_cooperation_body_is_an_organization() -> None:
    """联席会执行主席, 协调会常务主席: the body whose post it is belongs to the title."""
    got = extract_text("联席会执行主席、大连市副市长杨振华主持会议。", ner=False).officials
    assert [(o.name, o.titles) for o in got] == [("杨振华", ["联席会执行主席", "大连市副市长"])]


def test_a_group_of_titles_before_a_comma_is_the_next_persons_too() -> None:
    """市委常委、秘书长，市委办公厅主任X: one person's offices written in two groups; a group of
    another place's offices (…局长、…局长，海南省副省长X) or one after a name stays apart."""
    got = officials("赵俊民出席并讲话。长治市委常委、秘书长，市委办公厅主任牛志强，副市长李明出席。")
    assert got == {"牛志强": ["长治市委常委", "秘书长", "市委办公厅主任"], "李明": ["副市长"]}
    got = officials("大庆市委常委、副市长，大庆高新区党工委书记刘宏伟出席。")
    assert got["刘宏伟"] == ["大庆市委常委", "副市长", "大庆高新区党工委书记"]
    got = officials("香港特区政府财经事务及库务局局长、运输及物流局局长，海南省副省长邝美玲出席。")
    assert got["邝美玲"] == ["海南省副省长"]
    got = officials("青岛市委副书记、市长陈志新，经济财政司司长，贸易投资促进局主席梁慧敏出席。")
    assert got["梁慧敏"] == ["贸易投资促进局主席"]


def test_taiwan_ministers_and_deputies_keep_their_posts() -> None:
    """行政院政务委员 (a minister without portfolio), 政务次长/常务次长, a township council's chair."""
    got = officials("行政院政务委员蔡明哲、经济部政务次长林全志、交通部常务次长王国材与乡民代表会主席林大同到场。")
    assert got == {
        "蔡明哲": ["行政院政务委员"],
        "林全志": ["经济部政务次长"],
        "王国材": ["交通部常务次长"],
        "林大同": ["乡民代表会主席"],
    }


def test_a_corps_division_and_a_hong_kong_federation_keep_their_names_in_the_title() -> None:
    """第六师师长 (a division by its number), 香港梅州联会会长 (a federation's 联会)."""
    got = officials("会议由第六师师长、五家渠市市长加尔肯·努尔别克主持，香港梅州联会会长李汉文致辞。")
    assert got == {"加尔肯·努尔别克": ["第六师师长", "五家渠市市长"], "李汉文": ["香港梅州联会会长"]}


def test_officials_who_report_or_attend_as_observers_and_taiwan_section_chiefs() -> None:
    """建设局长李文彬报告…, 副局长林正义列席说明, 观光课长陈淑惠则提出…: names before 报告/列席 end there;
    a county government's section (观光课) keeps its name in the title."""
    got = officials(
        "座谈会中，花莲县政府建设局长李文彬报告苏花公路近况，经济部水利署第四河川局副局长林正义列席说明，"
        "宜兰县政府观光课长陈淑惠则提出两县合办活动。"
    )
    assert got == {
        "李文彬": ["花莲县政府建设局长"],
        "林正义": ["经济部水利署第四河川局副局长"],
        "陈淑惠": ["宜兰县政府观光课长"],
    }


def test_a_taiwan_township_head_keeps_the_township_and_its_county() -> None:
    """新屋乡长 (a township of rules/taiwan_townships.tsv whose 乡 the head carries), 仁爱乡长 (仁爱 is
    also a word), with the county written before it (花莲县秀林乡长); a mainland city the same way."""
    got = officials("桃园县新屋乡长彭明发及两县代表，仁爱乡长王大明、花莲县秀林乡长田志明、新北市贡寮区长邱正雄出席。")
    assert got == {
        "彭明发": ["桃园县新屋乡长"],
        "王大明": ["仁爱乡长"],
        "田志明": ["花莲县秀林乡长"],
        "邱正雄": ["新北市贡寮区长"],
    }


def test_a_group_of_titles_with_a_note_before_the_comma_opening_a_paragraph() -> None:
    """\\u3000\\u3000县委常委、副县长（挂职），安徽省援疆皮山分指挥部指挥长汪东海: the group opens its
    paragraph, its last title keeps its note, and the aid cadre's other title names another place."""
    got = officials("皮山县召开座谈会。\n\u3000\u3000县委常委、副县长（挂职），安徽省援疆皮山分指挥部指挥长汪东海汇报了工作。")
    assert got == {"汪东海": ["县委常委", "副县长（挂职）", "安徽省援疆皮山分指挥部指挥长"]}


def test_the_yi_of_a_delegation_led_by_is_no_part_of_the_title() -> None:
    """以上海市委副书记、市长徐国梁为团长的上海市党政代表团: 以…为团长 wraps the titles."""
    got = officials("1月23日至26日，以上海市委副书记、市长徐国梁为团长的上海市党政代表团访问云南。")
    assert got == {"徐国梁": ["上海市委副书记", "市长"]}


def test_the_pages_home_before_a_title_is_no_part_of_it() -> None:
    """与我县县委书记徐卫东、县长程海波座谈; 本县县长李明: 我县/本县 say the page's home, not the office."""
    got = officials("汪国平率婺源县考察团一行，与我县县委书记徐卫东、县长程海波座谈。本县县长李明出席。")
    assert got["徐卫东"] == ["县委书记"] and got["李明"] == ["县长"]


def test_an_organization_then_the_place_its_post_serves() -> None:
    """民政事务总署观塘民政事务专员X: the department, the district it serves, the post — one title."""
    r = extract_text("民政事务总署观塘民政事务专员陈美玲随团出访，并与当地官员座谈。", ner=False)
    assert {o.name: o.titles for o in r.officials}["陈美玲"] == ["民政事务总署观塘民政事务专员"]


def test_a_name_that_opens_with_an_ordinary_word_after_a_title() -> None:
    """市长杨树林， : 杨树 (a poplar) and 树林 are ordinary words, but after a title's head and before punctuation
    the three characters, no common word, are a name; 高质量 stays no name."""
    r = extract_text("廊坊市委副书记、市长杨树林，武清区委副书记、区长刘海涛分别讲话。", ner=False)
    assert {o.name: o.titles for o in r.officials}["杨树林"] == ["廊坊市委副书记", "市长"]
    assert extract_text("会议要求，推动高质量发展。", ner=False).officials == []


def test_bracketed_notes_and_asides_between_a_title_and_its_name() -> None:
    """主任（代）X: the acting note belongs to the title; 副书记（兼）X and 市长（正厅级）X: the aside is no
    part of the post, but the name after it is still the title's."""
    r = extract_text(
        "曲靖市委书记、市人大常委会主任（代）李永康，市委常委、统战部部长（兼）王海燕，副市长（正厅级）张立新出席会议。",
        ner=False,
    )
    got = {o.name: o.titles for o in r.officials}
    assert got["李永康"] == ["曲靖市委书记", "市人大常委会主任（代）"]
    assert got["王海燕"] == ["市委常委", "统战部部长"]
    assert got["张立新"] == ["副市长"]


def test_a_delegations_head_after_the_leaders_own_offices() -> None:
    """山西省委书记、省人大常委会主任，代表团团长X: the delegation's head is the same person's post (a post of
    no place of its own after a full-width comma); 以X为团长、Y为副团长 gives no title 团长 to Y."""
    r = extract_text("山西省委书记、省人大常委会主任，代表团团长王守仁出席座谈会。", ner=False)
    assert {o.name: o.titles for o in r.officials}["王守仁"] == ["山西省委书记", "省人大常委会主任", "代表团团长"]
    r = extract_text("以陕西省委书记赵振国为团长、省委副书记、省长孙宏伟为副团长的代表团来川考察。", ner=False)
    assert {o.name: o.titles for o in r.officials}["孙宏伟"] == ["省委副书记", "省长"]


def test_a_long_minority_name_before_a_weak_stop() -> None:
    """盟委书记额尔敦巴特尔率…代表团: a six-character Mongolian name ends at 率 (a weak stop, 率先 being a
    word), its title read with the region before it."""
    r = extract_text("内蒙古自治区锡林郭勒盟盟委书记额尔敦毕力格率锡林郭勒盟党政代表团来承德考察。", ner=False)
    assert {o.name: o.titles for o in r.officials}["额尔敦毕力格"] == ["内蒙古自治区锡林郭勒盟盟委书记"]


def test_a_yi_womans_name_in_a_list_after_a_group_title() -> None:
    """州领导吉克阿嫫、罗德全: a Yi woman's name (嫫, 芝 are rules/minority_name_chars.txt's) opens the
    list, and the list's names are all read."""
    r = extract_text("凉山州委书记王明出席会议，州领导吉克阿嫫、罗德全参加会议。", ner=False)
    got = {o.name: o.titles for o in r.officials}
    assert got["吉克阿嫫"] == ["州领导"] and got["罗德全"] == ["州领导"]


def test_a_visit_verb_ends_the_title_prefix() -> None:
    """代表团拜会经济财政司司长X: 拜会 (like 会见) is no part of the title."""
    r = extract_text("辽宁省代表团拜会经济财政司司长谭伟明，双方就经贸合作交换意见。", ner=False)
    assert {o.name: o.titles for o in r.officials}["谭伟明"] == ["经济财政司司长"]


def test_heads_of_offices_before_a_conjunction_are_no_part_of_the_next_title() -> None:
    """两县市局处首长及交通部观光局副局长X: 首长 (Taiwan's word for the heads of offices) is a title's
    head, so the 及 after it joins two groups of people, not two words of one office's name."""
    r = extract_text("会议由两县县长共同主持，两县市局处首长及交通部观光局副局长林国明出席。", ner=False)
    assert {o.name: o.titles for o in r.officials}["林国明"] == ["交通部观光局副局长"]


def test_a_post_given_by_ren_or_jian_ends_the_name() -> None:
    """由市长黎明宏任组长: 任 (and 兼) before a post ends a name (rules/name_stops.tsv, class
    before_title), so a three-character name whose first two characters make a word (黎明) and one
    before 任副组长 or 兼办公室主任 are read, with the title written before them only."""
    r = extract_text(
        "两市成立区域合作领导小组，由市长黎明宏任组长，副市长高建军任副组长，市发改委主任孙立平兼办公室主任。",
        ner=False,
    )
    got = {o.name: o.titles for o in r.officials}
    assert got == {"黎明宏": ["市长"], "高建军": ["副市长"], "孙立平": ["市发改委主任"]}


def test_hui_before_the_post_one_is_to_act_in_ends_the_name() -> None:
    """副局长陳嘉欣會署理局長職務 (a Hong Kong release on who acts while a head is away): 会 (will) before a
    post ends a name (rules/name_stops.tsv, before_title); a given name ending in 会 before a verb stays whole."""
    r = extract_text("商務及經濟發展局局長邱騰華八月四日至六日離港期間，副局長陳嘉欣會署理局長職務。", ner=False)
    assert {o.name: o.titles for o in r.officials}.get("陈嘉欣") == ["副局长"]
    assert officials("市长王国会主持会议。") == {"王国会": ["市长"]}


def test_a_macau_department_named_by_two_portfolios_joined_by_ji() -> None:
    """環境衛生及牌照部部長羅家俊 (a department of Macau's 民政總署): 及 joins two portfolios inside the department's
    name; 今早与|商务部副部长 stays a 与's side."""
    r = extract_text("民政總署管理委員會委員何美華、環境衛生及牌照部部長羅家俊，以及越秀區副區長黃明出席。", ner=False)
    assert {o.name: o.titles for o in r.officials}.get("罗家俊") == ["环境卫生及牌照部部长"]
    assert officials("香港特区政府财政司司长今早与商务部副部长高振宇会面。").get("高振宇") == ["商务部副部长"]


def test_a_four_character_minority_name_ends_at_a_weak_stop() -> None:
    """芒康县委书记次仁平措将分别介绍…: a Tibetan name of four characters, the whole run of the names' characters,
    ends at a weak stop (将) as a longer one does."""
    got = officials("巴塘县委书记泽仁邓珠、芒康县委书记次仁平措将分别介绍两县经济社会发展情况。")
    assert got.get("次仁平措") == ["芒康县委书记"] and got.get("泽仁邓珠") == ["巴塘县委书记"]


def test_a_factorys_name_before_its_head_and_taiwans_technical_grade() -> None:
    """金門陶瓷廠廠長許東海: the factory's name is the title's organization (rules/org_suffixes.txt 厂); 農業局技正黃世明:
    技正, a Taiwan civil service grade, is a title's head (rules/title_heads.txt)."""
    def titles(text: str) -> dict[str, list[str]]:
        return {o.name: o.titles for o in extract_text(text, ner=False).officials}

    got = titles("縣府文化局局長洪志明、金門陶瓷廠廠長許東海，以及德化縣文化體育局副局長林清源出席座談。")
    assert got.get("许东海") == ["金门陶瓷厂厂长"]
    assert titles("臺南縣政府農業局技正黃世明也以個人身分隨團前往。").get("黄世明") == ["台南县政府农业局技正"]


def test_a_companys_form_in_brackets_inside_its_name() -> None:
    """包钢（集团）公司副总经理薛志强: the bracketed 集团 is part of the company's name, not a clause's boundary."""
    got = officials("市委常委、副市长邢国栋，包钢（集团）公司副总经理薛志强出席座谈会。")
    assert got.get("薛志强") == ["包钢（集团）公司副总经理"] and got.get("邢国栋") == ["市委常委", "副市长"]


def test_an_editors_line_before_a_printed_speech_ends_before_the_title() -> None:
    """现将山西省副省长薛宝成在开幕式上的讲话全文刊发如下: 现将 (rules/title_prefix_stops.txt) is no part of the title."""
    assert officials("现将山西省副省长薛宝成在开幕式上的讲话全文刊发如下。") == {"薛宝成": ["山西省副省长"]}


def test_a_party_committee_of_a_place_ends_no_name_after_a_province_head() -> None:
    """湖南省长沙市委常委、副市长谭晓峰: 省长 is no title there and 沙市委 no person (a place's party committee ends the
    candidate); 湖南省长许达哲 stays the governor."""
    assert officials("湖南省长沙市委常委、副市长谭晓峰出席。") == {"谭晓峰": ["湖南省长沙市委常委", "副市长"]}
    assert officials("湖南省长许达哲出席。") == {"许达哲": ["湖南省长"]}


def test_a_name_written_before_then_he_before_a_places_title_opens_no_prefix() -> None:
    """座谈会上，纳世昌和西宁市市长祁正邦…: 纳世昌, named above (银川市市长纳世昌), and 和 are no part of 祁正邦's title;
    住房和城乡建设厅 keeps its 和."""
    got = officials("银川市市长纳世昌出席。座谈会上，纳世昌和西宁市市长祁正邦代表两市政府签订了协议。")
    assert got == {"纳世昌": ["银川市市长"], "祁正邦": ["西宁市市长"]}
    assert officials("座谈会上，住房和城乡建设厅厅长李明发言。") == {"李明": ["住房和城乡建设厅厅长"]}


def test_ren_ends_no_name_where_no_post_follows() -> None:
    """任 is no stop on its own: 张任 before 务 is no name read through a post."""
    assert "张任" not in officials("副市长张任务繁重，市长李光明出席。")


def test_a_minority_name_before_a_title_written_after_it() -> None:
    """尊敬的扎西才让州长: a Tibetan name without a Han surname before the title written after it, where a
    clause opens before it; the last part of a · name (艾尔肯·吐尼亚孜州长) is no name of its own."""
    assert officials("尊敬的扎西才让州长，各位领导、同志们：") == {"扎西才让": ["州长"]}
    assert "吐尼亚孜" not in officials("州长艾尔肯·吐尼亚孜出席。艾尔肯·吐尼亚孜州长说，昌吉将组织企业到哈密对接。")


def test_a_quotation_opening_with_a_clause_opener() -> None:
    """“据漳州市台港澳办主任郑晓芳介绍: the 据 after an opening quote is the clause's, no part of the title."""
    assert officials("据大陆媒体报导：“据漳州市台港澳办主任郑晓芳介绍，两地交流频繁。”") == {"郑晓芳": ["漳州市台港澳办主任"]}


def test_a_uyghur_name_ending_in_du_and_a_kazakh_name_in_bieke() -> None:
    """自治区副主席努尔兰·阿不都，: the · name ends at its mark though 都 never ends a Han given name; 行署专员
    阿德力别克 (a Kazakh name, 别 of -别克 among rules/minority_name_chars.txt's) is read."""
    got = officials("辽宁省副省长韩振邦，自治区副主席努尔兰·阿不都，地委副书记、行署专员阿德力别克出席会议并讲话。")
    assert got["努尔兰·阿不都"] == ["自治区副主席"] and got["阿德力别克"] == ["地委副书记", "行署专员"]


def test_a_seconded_cadres_titles_go_on_past_a_note_before_the_next() -> None:
    """果洛州委常委、副州长（挂职）、上海援青果洛干部联络组组长沈嘉明: three titles, the note kept with its
    own (挂职 belongs to the title); an aside before the next title (正厅级) stays out of it."""
    text = "果洛州委常委、副州长（挂职）、上海援青果洛干部联络组组长沈嘉明出席活动。"
    got = {o.name: o.titles for o in extract_text(text, ner=False).officials}
    assert got.get("沈嘉明") == ["果洛州委常委", "副州长（挂职）", "上海援青果洛干部联络组组长"]
    text = "铜仁市委常委、副市长（正厅级）、苏州市对口帮扶铜仁工作组组长查文斌出席。"
    got = {o.name: o.titles for o in extract_text(text, ner=False).officials}
    assert got.get("查文斌") == ["铜仁市委常委", "副市长", "苏州市对口帮扶铜仁工作组组长"]


def test_a_name_does_not_swallow_the_first_character_of_a_verb() -> None:
    """谢文作了《…报告》: 作了 is the verb (了 after 谢文作 would end any name: the stronger stop, but
    the reading swallows the verb's first character); a name confirmed elsewhere keeps its third."""
    assert officials("座谈会上，安康市发展改革委主任谢文作了《遵义安康2017年合作交流情况报告》。") == {
        "谢文": ["安康市发展改革委主任"]
    }
    assert "王明" in officials("会上，市发展改革委主任王明作了发言。")


def test_former_posts_and_minority_names_in_a_list() -> None:
    """原 inside a title (兴安盟原盟长, 市政协原主席); minority names after a post whose organization the
    list's pair before it names (县长扎西顿珠), or before a comma (副盟长宝音，); the Yi surname 阿 and
    western Yunnan's 寸."""
    assert officials("兴安盟原盟长那顺同志出席会议。") == {"那顺": ["兴安盟原盟长"]}
    assert officials("锦州市政协原主席李长江同志参加座谈。") == {"李长江": ["锦州市政协原主席"]}
    assert officials("乃东县委书记王志刚、县长扎西顿珠出席。")["扎西顿珠"] == ["县长"]
    assert officials("呼伦贝尔盟委委员、副盟长宝音，兴安盟盟长那顺出席。")["宝音"] == ["呼伦贝尔盟委委员", "副盟长"]
    got = officials("红河州委副书记、州长阿剑平（彝族），州委常委、副州长寸永昌出席。")
    assert set(got) == {"阿剑平", "寸永昌"}
    assert officials("市委副书记、市长强调，要抓好落实。") == {}


def test_tibetan_names_with_a_one_character_last_part_and_common_elements() -> None:
    """仁青·加 (a dotted name whose last part is one character); 才让东知, 格桑邓珠 (知, 邓 in Tibetan names)."""
    got = officials("海南藏族自治州州委书记才让太，州委副书记、州长仁青·加；黄南藏族自治州州委书记多杰热旦出席。")
    assert got["仁青·加"] == ["州委副书记", "州长"] and "多杰热旦" in got
    assert officials("互助土族自治县委书记李存寿，县委副书记、县长才让东知出席会议。")["才让东知"] == ["县委副书记", "县长"]
    assert "格桑邓珠" in officials("州委副书记、州长罗永康出席会议并讲话。州领导李明远、格桑邓珠参加会议。")


def test_tibetan_names_of_yunnan_after_titles() -> None:
    """格茸次里, 斯那定主 (Diqing's Tibetan names: 茸, 定, 主 in rules/minority_name_chars.txt)."""
    got = officials("州委副书记、州长格茸次里，州委常委、副州长和金秀出席。德钦县委书记斯那定主、维西傈僳族自治县县长余四益分别发言。")
    assert got["格茸次里"] == ["州委副书记", "州长"] and got["斯那定主"] == ["德钦县委书记"]


def test_taiwan_indigenous_names_with_their_dot_and_a_relative_day_after_them() -> None:
    """尤哈尼．瓦旦 (Taiwan's full-width ． or ‧ in an indigenous name, after an indigenous office), not
    the 今 of 今（22）日 after it; 买买提·依明（维吾尔族） keeps its 明."""
    got = officials("原住民族委员会主任委员尤哈尼．瓦旦今（22）日出席。市府原住民族行政局局长瓦历斯‧拉拜说明。")
    assert got == {"尤哈尼．瓦旦": ["原住民族委员会主任委员"], "瓦历斯‧拉拜": ["市府原住民族行政局局长"]}
    assert officials("地委副书记、行署专员买买提·依明（维吾尔族）出席会议。") == {"买买提·依明": ["地委副书记", "行署专员"]}


def test_posts_written_after_names_in_hong_kong_and_taiwan_styles() -> None:
    """我和周耀文局长也随团前往 (a pronoun's 和, no surname 和); 林志诚副主委 (Taiwan's 主任委员 written short)."""
    assert officials("林淑仪司长率领代表团访问云南，我和周耀文局长也随团前往。") == {"林淑仪": ["司长"], "周耀文": ["局长"]}
    got = officials("国家发展委员会副主任委员林志诚出席。林志诚副主委表示，支持合作。")
    assert got == {"林志诚": ["国家发展委员会副主任委员", "副主委"]}


def test_a_one_holder_post_is_not_shared_with_a_name_titled_before() -> None:
    """重庆市市长孟世康、邱德昌分别介绍: 邱德昌 is the 省长 read before, not a second 市长 of 重庆 (rules/
    one_holder_posts.txt); 市领导A、B share their group title."""
    got = officials("省长邱德昌为副团长的陕西省党政代表团在重庆考察。重庆市市长孟世康、邱德昌分别介绍了情况。")
    assert got["邱德昌"] == ["省长"] and got["孟世康"] == ["重庆市市长"]
    assert officials("市领导黄远征、任栋出席。") == {"黄远征": ["市领导"], "任栋": ["市领导"]}


def test_a_trade_councils_chief_representative() -> None:
    """香港贸易发展局上海首席代表邓家宏 (rules/title_heads.txt 首席代表)."""
    assert officials("香港贸易发展局上海首席代表邓家宏亦有出席交流会。") == {"邓家宏": ["香港贸易发展局上海首席代表"]}


def test_a_unit_head_glued_to_a_word_still_takes_its_name() -> None:
    """縣府農業處長江明德表示: 處長 names its unit itself, so 長江 running across head and name does not
    block the weak surname 江 (南京市長江大橋 still is no name: 市長 wants its place's level)."""
    assert officials("县府农业处长江明德表示，县府已编列预算。") == {"江明德": ["县府农业处长"]}
    assert officials("南京市长江大桥通车。") == {}


def test_a_three_character_name_opening_with_a_word_ends_at_a_list_joiner() -> None:
    """市领导韩国栋及两市相关部门负责同志: 韩国 opens the name, and 及 ends it as a comma would."""
    got = officials("兰州市领导牛秀英，市领导韩国栋及两市相关部门负责同志参加座谈会。")
    assert got == {"牛秀英": ["兰州市领导"], "韩国栋": ["市领导"]}
    assert officials("市长韩国栋和副市长王明出席。") == {"韩国栋": ["市长"], "王明": ["副市长"]}


def test_rarer_and_compound_surnames_of_the_regions() -> None:
    """禚 (Shandong), 斯 (Zhejiang), the weak 占 and 延, and Taiwan's compound 范姜."""
    got = officials("平凉市副市长禚建平出席。常务副市长斯建平；市委常委、常务副市长占明，"
                    "西安交通大学校长尚文德和陕西煤业化工集团有限责任公司董事长延鹏飞等出席。新北市副市长范姜志远出席。")
    assert set(got) == {"禚建平", "斯建平", "占明", "尚文德", "延鹏飞", "范姜志远"}
    assert officials("会议占比很大。市长延长了会期。") == {}
    got = officials("海东市委书记拓万顺、市长马成出席。临沧市委副书记、市长罕正荣出席会议。两市拓展合作。")
    assert set(got) == {"拓万顺", "马成", "罕正荣"}


def test_modifiers_before_a_chained_title_keep_its_organization() -> None:
    """州政协原副主席、州草原防火协会会长斯朗: 原 (and 副) belong to the title, and so does 州政协 before them."""
    got = officials("州政协原副主席、州草原防火协会会长王明出席。")
    assert got == {"王明": ["州政协原副主席", "州草原防火协会会长"]}


def test_a_portfolio_in_a_list_slot_is_the_title_of_the_lists_organization() -> None:
    """新北市副市长X、观光旅游局长Y: the slot's plain portfolio (观光旅游) makes the office with 局; a time
    word does not (当时局长)."""
    got = officials("新北市副市长范姜志远、秘书长游淑芬、观光旅游局长郑慧玲，宜兰县副县长陈金水、工商旅游处长林怡伶出席。")
    assert got["郑慧玲"] == ["观光旅游局长"] and got["林怡伶"] == ["工商旅游处长"]
    assert officials("市长王强、当时局长王明说。") == {"王强": ["市长"], "王明": ["局长"]}


def test_a_dotted_name_after_a_taiwan_townships_own_head() -> None:
    """乌来区长比黛·诺干, 大同乡长哈勇·瓦旦: indigenous names after a Taiwan township's head; a foreign
    city's mayor (纽约市长比尔·白思豪) stays out."""
    got = officials("宜兰县副县长陈金水、乌来区长比黛·诺干、大同乡长哈勇·瓦旦、南澳乡长李阿明出席。")
    assert got["比黛·诺干"] == ["乌来区长"] and got["哈勇·瓦旦"] == ["大同乡长"]
    assert officials("纽约市长比尔·白思豪出席。") == {}


def test_a_bureau_of_two_portfolios_after_a_name_and_its_joiner() -> None:
    """局长麦振华和|商务及经济发展局副局长骆嘉琪: 商务 opens the bureau's name after the joiner, so the 及 is
    inside it."""
    got = officials("同行的有政制及内地事务局局长麦振华和商务及经济发展局副局长骆嘉琪。")
    assert got == {"麦振华": ["政制及内地事务局局长"], "骆嘉琪": ["商务及经济发展局副局长"]}


def test_taiwan_press_forms_around_a_name() -> None:
    """张简县长 (a compound surname and a title: no name of its own); 苗栗县原住民族事务处长 (原住民族, a word
    jieba cuts apart, in the office's portfolio); 洪美华简报指出 (a briefing verb); 范姜志明今（18）日与… (a
    bracketed day after the name)."""
    assert officials("张简县长表示，两县合作。") == {}
    assert officials("县长张简永成出席。张简县长表示，两县合作。") == {"张简永成": ["县长"]}
    assert officials("苗栗县原住民族事务处长罗美玲表示。") == {"罗美玲": ["苗栗县原住民族事务处长"]}
    assert officials("嘉义市文化局长洪美华简报指出，双方将互设柜台。") == {"洪美华": ["嘉义市文化局长"]}
    got = officials("桃园市长范姜志明今（18）日与台中市长陈建宏在桃园市政府举行仪式。")
    assert got == {"范姜志明": ["桃园市长"], "陈建宏": ["台中市长"]}


def test_a_month_before_a_title_is_no_part_of_its_organization() -> None:
    """去年11月经济财政司司长梁永康, 去年十月台中市议会议长蔡明堂: the month ends the clause's opening."""
    assert officials("去年11月经济财政司司长梁永康率团访问洛阳后，双方合作。") == {"梁永康": ["经济财政司司长"]}
    assert officials("去年十月台中市议会议长蔡明堂曾率团访问。") == {"蔡明堂": ["台中市议会议长"]}
    assert officials("十一届全国人大常委会委员长王明出席。") == {"王明": ["十一届全国人大常委会委员长"]}


def test_a_weak_surname_before_a_place_written_on_is_a_conjunction() -> None:
    """涪陵市委书记、市长和黔江地委书记…, 陈德贵和黔江地区行署专员向世伦: 和 joins 黔江地区 (no 和黔江, though it
    recurs)."""
    text = ("涪陵市委书记、市长和黔江地委书记、行署专员以及沿江各县的负责同志参加了会议。"
            "涪陵市委书记曾维康在会上说，乌江是涪陵和黔江共同的黄金水道。"
            "会议期间，涪陵市市长陈德贵和黔江地区行署专员向世伦代表两地签订了协议。")
    assert set(officials(text)) == {"曾维康", "陈德贵", "向世伦"}


def test_the_chiefs_of_the_river_chief_system_are_titles() -> None:
    """故城县委副书记、县长、县级总河长王春雷: 总河长 (河长制) ends the chain of titles before the name."""
    got = officials("故城县委副书记、县长、县级总河长王春雷，武城县委副书记、县长、县级总河长刘振华出席。")
    assert got == {"王春雷": ["故城县委副书记", "县长", "县级总河长"], "刘振华": ["武城县委副书记", "县长", "县级总河长"]}


def test_a_counted_group_before_a_title_is_no_title_of_the_name() -> None:
    """成员包括多名临时区议员、西贡民政事务专员陈美宝: several others; 。观光旅游局长蔡佩芬: a portfolio opening a sentence;
    浙江大学茶学系教授: a university's department."""
    text = "成员包括多名临时区议员、西贡民政事务专员陈美宝及区内社团代表。"
    assert officials(text) == {"陈美宝": ["西贡民政事务专员"]}
    assert officials("景观。观光旅游局长蔡佩芬指出，北县合作。") == {"蔡佩芬": ["观光旅游局长"]}
    assert officials("浙江大学茶学系教授裘蕴章发表主旨演讲。") == {"裘蕴章": ["浙江大学茶学系教授"]}


def test_a_banks_branch_and_a_post_stationed_in_a_place_are_organizations() -> None:
    """中国农业发展银行江苏省分行副行长, 越南驻南宁总领事: the branch and the stationed post's country and place."""
    assert officials("中国农业发展银行江苏省分行副行长周庆出席。") == {"周庆": ["中国农业发展银行江苏省分行副行长"]}
    assert officials("越南驻南宁总领事黎文山出席。") == {"黎文山": ["越南驻南宁总领事"]}
    assert officials("新加坡驻华大使馆商务参赞林文辉出席。") == {"林文辉": ["新加坡驻华大使馆商务参赞"]}


def test_dotted_names_after_a_prefectures_posts() -> None:
    """州人大常委会主任努尔兰·哈布都拉 (no name opening inside 常委会主任), 州长叶尔兰·哈力别克 (a post of an autonomous
    prefecture: the · name is a Chinese official's)."""
    got = officials("州党委副书记、州长那仁满都拉，州人大常委会主任努尔兰·哈布都拉，州政协主席王强出席。")
    assert got["努尔兰·哈布都拉"] == ["州人大常委会主任"] and "会主任努尔兰·哈布都拉" not in got
    got = officials("州党委书记贾林川，州长叶尔兰·哈力别克出席会议并讲话。")
    assert got == {"贾林川": ["州党委书记"], "叶尔兰·哈力别克": ["州长"]}


def test_a_post_held_before_opening_a_clause() -> None:
    """，前县长江明德则到场致意: 前县长 (Taiwan's and Hong Kong's former post), and 长江 across head and name blocks
    nothing; 会前市长 (会前, a word) is no former post."""
    got = officials("国立宜兰大学校长黄振宗也列席，前县长江明德则到场致意。")
    assert got == {"黄振宗": ["国立宜兰大学校长"], "江明德": ["前县长"]}
    assert officials("会前市长王强说。") == {"王强": ["市长"]}


def test_a_name_of_the_surname_he_closing_a_list_with_what_they_did() -> None:
    """怒江州委常委、副州长和建林等参加座谈会: the Naxi surname 和, named once, before 等 and the officials' act;
    市长和发改、交通等部门负责人 stays no name."""
    assert officials("怒江州委常委、副州长和建林等参加座谈会。") == {"和建林": ["怒江州委常委", "副州长"]}
    assert officials("市长和发改、交通、旅游等部门负责人参加。") == {}


def test_a_councils_verbs_end_a_name_and_a_portfolio_opens_a_paragraph() -> None:
    text = (
        "不过，也有议员持保留态度。县议员游淑贞质疑，大陆市场通关规定严格。\n\n"
        "观光处长黄启德答询时说，协议内容会送议会备查。"
    )
    assert officials(text) == {"游淑贞": ["县议员"], "黄启德": ["观光处长"]}


def test_the_post_a_clause_gives_the_name_is_no_part_of_it() -> None:
    """以X为团长: 为团长 ends the name (no 张明为), the post is the clause's, no title written."""
    text = "以市长张明为团长、自治区党委常委李强为副团长的代表团9日抵渝。"
    assert officials(text) == {"张明": ["市长"], "李强": ["自治区党委常委"]}
    text2 = "以自治区党委副书记、自治区主席强巴旺堆为团长的西藏代表团抵渝。"
    assert officials(text2) == {"强巴旺堆": ["自治区党委副书记", "自治区主席"]}


def test_a_dotted_name_after_a_bare_county_post() -> None:
    """县长 is a post only China has: a · name after it is read as after 州长."""
    text = "阿克陶县委书记米吉提·托合提、县长玛依拉·阿不都克力木参加有关活动。"
    assert officials(text) == {"米吉提·托合提": ["阿克陶县委书记"], "玛依拉·阿不都克力木": ["县长"]}


def test_a_taiwan_citys_commission_written_short_opens_its_chairs_title() -> None:
    text = "会议开始。台南市政府研考会主任委员周美玲表示，两市将加强合作。"
    assert officials(text) == {"周美玲": ["台南市政府研考会主任委员"]}


def test_a_compound_surname_before_a_title_after_the_name_and_an_honorific() -> None:
    assert officials("会上，欧阳志明主席表示，两地合作。") == {"欧阳志明": ["主席"]}
    assert officials("南区区议会主席欧阳志明太平绅士表示，两地合作。") == {"欧阳志明": ["南区区议会主席"]}


def test_a_verb_of_forming_a_group_ends_a_name() -> None:
    text = "市府观光旅游局长陈美惠将与屏东县政府传播暨国际事务处长黄志伟组成工作小组，每季召开一次联系会议。"
    assert officials(text)["黄志伟"] == ["屏东县政府传播暨国际事务处长"]


def test_a_reception_ends_the_clause_before_a_guests_title() -> None:
    """接待 and 宴请 end the clause before an organization prefix (在县府接待|湖北省武汉市副市长), save
    right before an office's unit (市政府接待办主任: the office's own name)."""
    text = "桃园县长窦明远今（9）日在县府接待湖北省武汉市副市长尚文林率领的经贸交流团。"
    assert officials(text) == {"窦明远": ["桃园县长"], "尚文林": ["湖北省武汉市副市长"]}
    assert officials("市政府接待办主任张明华陪同考察。") == {"张明华": ["市政府接待办主任"]}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("郑州市副市长王志宏结合郑州实际发言。", "王志宏"),
        ("咸宁市委副书记徐建国前天专程看望了与会代表。", "徐建国"),
        ("对省计委副主任周建国亲临会议表示衷心感谢！", "周建国"),
    ],
)
def test_a_name_before_an_ordinary_word(text: str, name: str) -> None:
    """Three characters after an anchored title, named once, before an ordinary word of jieba's
    dictionary that no word runs into (王志宏|结合, 徐建国|前天): the name; not where the third
    character is a verb that ends names (符明|作旅游产品推介), nor a conjunction that is a surname
    (秘书长暨|计划处处长: 暨, 谈 are weak surnames)."""
    assert list(officials(text)) == [name]
    assert list(officials("三亚市旅游和文化广电体育局局长符明作旅游产品推介。")) == ["符明"]
    assert "暨计划" not in officials("宜兰县政府秘书长暨计划处处长陈淑慧出席。")


@pytest.mark.parametrize(
    ("text", "name", "titles"),
    [
        ("巴彦淖尔市领导张瑞国、那仁满都拉，市领导陈晓东参加座谈会。", "那仁满都拉", ["巴彦淖尔市领导"]),
        ("西藏自治区党委副书记、自治区主席洛桑顿珠致欢迎词。", "洛桑顿珠", ["西藏自治区党委副书记", "自治区主席"]),
        ("阿坝州委副书记、州长仁真多吉，甘孜州委副书记、州长向秋扎西出席。", "仁真多吉", ["阿坝州委副书记", "州长"]),
        ("海口市副市长汪群上星期五已率团访港。", "汪群", ["海口市副市长"]),
    ],
)
def test_minority_names_and_the_words_after_names(text: str, name: str, titles: list[str]) -> None:
    """A list's minority name runs on to the list's mark past a character that ends Han names
    (那仁满|都拉: 都); 致欢迎词 and 上星期 end a name (name_stops.tsv); 真 is a Tibetan name's
    (仁真多吉, minority_name_chars.txt)."""
    assert officials(text)[name] == titles


def test_rare_surnames_of_the_regions() -> None:
    """茆 and 贠 (rules/person_surnames.txt): 县长茆永超, 市长贠振华."""
    assert officials("金寨县委副书记、县长茆永超出席会议。") == {"茆永超": ["金寨县委副书记", "县长"]}
    assert officials("枣阳市委书记谯明亮、市长贠振华出席座谈会。")["贠振华"] == ["市长"]


def test_a_hong_kong_portfolio_in_brackets_after_the_title() -> None:
    """常任秘书长（食物）, 副处长（行动） (rules/title_notes.txt): the portfolio belongs to the title; the
    name follows it."""
    assert officials("食物及卫生局常任秘书长（食物）邓淑贞则介绍了本港食物监察计划。") == {
        "邓淑贞": ["食物及卫生局常任秘书长（食物）"]
    }
    assert officials("香港警务处副处长（行动）周志成今日率领代表团抵达深圳。") == {"周志成": ["香港警务处副处长（行动）"]}


def test_a_title_of_an_associations_branch_keeps_its_organization() -> None:
    """中国旅游协会温泉分会会长 (org_suffixes.txt 分会): the branch is the organization the title opens with."""
    assert officials("中国旅游协会温泉分会会长林国栋致辞。") == {"林国栋": ["中国旅游协会温泉分会会长"]}


def test_an_office_named_before_its_own_head_is_no_name() -> None:
    """省政府副秘书长、省长吉图办主任赵立军: 吉图办 is an office (办) before its head 主任, no person; and its 长吉图
    read across 省长 is no compound of places."""
    from extract import extract_text

    rec = extract_text("省政府副秘书长、省长吉图办主任赵立军出席座谈会。", ner=False)
    assert {o.name: o.titles for o in rec.officials} == {"赵立军": ["省政府副秘书长", "省长吉图办主任"]}
    assert rec.regions == []


def test_a_tibetan_name_before_a_second_name_acting_with_it() -> None:
    """日喀则地区行署专员次仁欧珠和索朗达瓦分别代表两地区…签字 (欧 of 欧珠 among the names' characters): the titled name
    ends at 和, where a second name and 分别 follow."""
    got = officials("日喀则地区行署专员次仁欧珠和索朗达瓦分别代表两地区在协议上签字。")
    assert got.get("次仁欧珠") == ["日喀则地区行署专员"]


def test_a_stop_character_opening_a_districts_name_is_no_stop() -> None:
    """让胡路区委书记: 让 (a stop as the verb "let") opens the district 让胡路区; a verb before a title still stops."""
    rec = extract_text("大庆市委常委、秘书长孟庆林，让胡路区委书记孙立军等参加考察。他让县委书记张三主持会议。", ner=False)
    titles = {o.name: o.titles for o in rec.officials}
    assert titles["孙立军"] == ["让胡路区委书记"]
    assert titles["张三"] == ["县委书记"]


def test_a_minority_name_joined_to_a_bare_titled_name() -> None:
    """行署专员次仁顿珠与副省长孟丽娜代表双方签署: 与 and a title without its organization end the minority name."""
    rec = extract_text("座谈会上，阿里地委副书记、行署专员次仁顿珠与副省长孟丽娜代表双方签署了协议。", ner=False)
    titles = {o.name: o.titles for o in rec.officials}
    assert titles == {"次仁顿珠": ["阿里地委副书记", "行署专员"], "孟丽娜": ["副省长"]}


def test_a_leader_leading_officials_ends_the_titles_organization() -> None:
    """县长李明率县发改委主任王刚: 率 (leading) ends the clause before 县发改委; 县府一级主管及嘉义县议会议长: 及 joins two
    bodies (管及 is a stray entry of jieba's dictionary, no word the stop is inside)."""
    rec = extract_text(
        "嘉义县长张明德昨天率县府一级主管及嘉义县议会议长蔡正雄等一行访问新竹县。县长李明率县发改委主任王刚等一行考察。",
        ner=False,
    )
    titles = {o.name: o.titles for o in rec.officials}
    assert titles["蔡正雄"] == ["嘉义县议会议长"]
    assert titles["王刚"] == ["县发改委主任"]


def test_a_posts_portfolio_between_its_organization_and_it() -> None:
    """香港特区政府|旅游事务|专员, 香港贸易发展局|华东|首席代表, 立法会|工商界|议员: the portfolio is part of the title
    (rules/portfolio_heads.txt); a bare 专员 after a comma stays bare."""
    rec = extract_text(
        "香港特区政府旅游事务专员韦嘉慧、香港贸易发展局华东首席代表翁家乐、立法会工商界议员郑家辉出席。市政府秘书长李四，专员王五出席。",
        ner=False,
    )
    titles = {o.name: o.titles for o in rec.officials}
    assert titles["韦嘉慧"] == ["香港特区政府旅游事务专员"]
    assert titles["翁家乐"] == ["香港贸易发展局华东首席代表"]
    assert titles["郑家辉"] == ["立法会工商界议员"]
    assert titles["王五"] == ["专员"]


def test_surnames_of_the_south_wests_peoples_and_variants() -> None:
    """盘 (Yao), 妥 (Hui), 甯 (宁's old form) open names; 盘活, 妥善 stay words (weak surnames)."""
    rec = extract_text(
        "湖南省江永县委常委、副县长盘国富出席会议。临夏州委书记妥国栋讲话，副市长甯启明主持，市长火炳文致辞。"
        "会议要求盘活存量资产，妥善处理遗留问题，开通火车专列。",
        ner=False,
    )
    assert sorted(o.name for o in rec.officials) == sorted(["盘国富", "妥国栋", "甯启明", "火炳文"])


def test_a_minority_name_before_a_han_name_the_two_acting_together() -> None:
    """伊盟盟长额尔敦同杜新民分别代表双方签订了协议: 同, a Han name and a verb of the two acting end the minority name."""
    rec = extract_text("5月17日上午，伊盟盟长额尔敦同杜新民分别代表双方签订了协议。", ner=False)
    assert {o.name: o.titles for o in rec.officials}.get("额尔敦") == ["伊盟盟长"]


def test_a_dotted_name_opening_with_a_clans_initial() -> None:
    """兴安盟盟委委员、副盟长包·巴特尔: a Mongolian name whose first part is one character, its clan's initial."""
    rec = extract_text("兴安盟盟委委员、副盟长包·巴特尔，白城市副市长孙德林出席会议。", ner=False)
    assert {o.name: o.titles for o in rec.officials}.get("包·巴特尔") == ["兴安盟盟委委员", "副盟长"]


def test_a_mongolian_name_opening_with_a_han_surnames_character() -> None:
    """乌兰察布市委书记贺其勒图，: 贺 and three minority-name characters up to the comma — one name, not 贺其勒."""
    rec = extract_text("乌兰察布市委书记贺其勒图，海淀区委副书记、区长尹俊杰出席。", ner=False)
    assert {o.name: o.titles for o in rec.officials}.get("贺其勒图") == ["乌兰察布市委书记"]


def test_a_universitys_branch_is_an_organization() -> None:
    """山东大学威海分校校长: the branch (分校, 校区) is the president's organization."""
    rec = extract_text("山东大学威海分校校长徐广智出席。", ner=False)
    assert {o.name: o.titles for o in rec.officials} == {"徐广智": ["山东大学威海分校校长"]}


def test_a_portfolio_opening_its_clause_before_its_post_and_a_word_after_a_title() -> None:
    """　　旅游事务专员郑敏仪: the portfolio alone before its post opens the clause — the whole title; 赖前市长任内:
    任内 (during the term) is no name."""
    rec = extract_text("　　旅游事务专员郑敏仪今日在梅州出席座谈会。\n　　林文彬说，赖前市长任内就开始推动交流。", ner=False)
    assert {o.name: o.titles for o in rec.officials} == {"郑敏仪": ["旅游事务专员"]}


def test_a_heads_last_character_opening_a_places_name() -> None:
    """五市同处长江中游 … 打造长江中游: 长 of 处长 opens 长江中游, which holds all of 江中游 — no head, no name; the
    zone stands.  副市长江山 keeps its name (长江山 is no place)."""
    text = "九江市市长陈国栋说，五市同处长江中游，希望五市共同打造长江中游的增长极。副市长江山出席。"
    rec = extract_text(text, ner=False)
    assert {o.name: o.titles for o in rec.officials} == {"陈国栋": ["九江市市长"], "江山": ["副市长"]}
    assert "长江中游" in {r.name for r in rec.regions}


def test_an_offices_two_portfolios_joined_by_and_after_its_organization() -> None:
    """林务局阿里山林业铁路及文化资产管理处处长林志远: 及 joins two portfolios of one office (…管理处) after its organization
    (林务局) — one title, not cut at 及; 县府一级主管及嘉义县议会议长 still two bodies."""
    text = "林务局阿里山林业铁路及文化资产管理处处长林志远、阿里山乡长汪明义等人到场见证。"
    got = {o.name: o.titles for o in extract_text(text, ner=False).officials}
    assert got["林志远"] == ["林务局阿里山林业铁路及文化资产管理处处长"]
    two = extract_text("县长翁章梁率县府一级主管及嘉义县议会议长张明达出席。", ner=False).officials
    assert {o.name: o.titles for o in two}["张明达"] == ["嘉义县议会议长"]


def test_all_the_heads_present_is_no_name() -> None:
    """…等六县市首长全员到齐: 全员 (all of them) after the group's title is no name (rules/non_names.txt)."""
    text = "彰化县长王惠美、云林县长张丽善及嘉义市长黄敏惠等六县市首长全员到齐，共同签署备忘录。"
    assert "全员" not in {o.name for o in extract_text(text, ner=False).officials}


def test_a_title_after_the_verb_of_witnessing() -> None:
    """…苏静仪见证太原市商务局局长乔振宇与…签署: 见证 (witness) ends the clause before the organization — the title is
    太原市商务局局长 (rules/title_prefix_stops.txt)."""
    text = "副市长云飞与澳门特别行政区政府经济局局长苏静仪见证太原市商务局局长乔振宇与经济局副局长梁家俊签署协议。"
    assert {o.name: o.titles for o in extract_text(text, ner=False).officials}["乔振宇"] == ["太原市商务局局长"]


def test_a_captions_mark_before_a_title_is_no_part_of_it() -> None:
    """▲县委书记周全（右）与…揭牌: the caption's mark (a symbol, as ■ and ● are) ends the clause before the title."""
    rec = extract_text("▲县委书记周全（右）与松阳县委书记叶茂（左）共同为产业联盟揭牌", ner=False)
    assert {o.name: o.titles for o in rec.officials}["周全"] == ["县委书记"]


def test_an_acting_head_addressed_by_post_after_the_name() -> None:
    """县委副书记、县长（代）吴晓东 … 吴晓东代县长介绍了…: 代县长 a title written after the name (post_name_titles.txt)."""
    text = "两县合作座谈会召开\n荔波县委副书记、县长（代）吴晓东出席。\n吴晓东代县长介绍了荔波县全域旅游发展情况。\n"
    titles = {o.name: o.titles for o in extract_text(text, ner=False).officials}
    assert "代县长" in titles["吴晓东"]


def test_a_place_or_a_speaker_before_the_organization_is_no_part_of_the_title() -> None:
    """在石家庄与香港贸易发展局总裁方志远…举行: 石家庄 one side of the 与, no portfolio (政制及内地事务局 keeps its 及);
    邓家麟代表香港特区政府政务司司长林振邦: the speaker and 代表 are no part of 林振邦's title."""
    text = (
        "据悉，河北省代表团前日已在石家庄与香港贸易发展局总裁方志远率领的香港工商界代表团举行预备会议。\n"
        "邓家麟代表香港特区政府政务司司长林振邦向赣州人民致以问候。会见了政制及内地事务局局长聂德权。\n"
    )
    titles = {o.name: o.titles for o in extract_text(text, ner=False).officials}
    assert titles["方志远"] == ["香港贸易发展局总裁"]
    assert titles["林振邦"] == ["香港特区政府政务司司长"]
    assert titles["聂德权"] == ["政制及内地事务局局长"]


def test_a_bureau_whose_first_portfolio_is_also_a_county_keeps_its_conjunction() -> None:
    """康乐及文化事务署署长李美嫦: 康乐 is also a county's short form (康乐县), but the words after the 及 open no place —
    one bureau, not two bodies; and 康乐 after a list's mark is no person."""
    text = "香港特区政府商务及经济发展局副局长陈百里、康乐及文化事务署署长李美嫦与广东省副省长许瑞生在广州会面。\n"
    officials = {o.name: o.titles for o in extract_text(text, ner=False).officials}
    assert officials["李美嫦"] == ["康乐及文化事务署署长"]
    assert "康乐" not in officials


def test_a_hong_kong_married_name_of_two_surnames() -> None:
    """行政長官林鄭月娥今日…, 保安局局長葉劉淑儀出席: a married woman of Hong Kong writes her husband's surname before her own
    — four characters, two surnames and the given name; not two characters of a word or a place (殷殷嘱托, 苗栗聚首)."""
    text = (
        "行政長官林鄭月娥今日率領特區政府代表團前往廣州，保安局局長葉劉淑儀出席。\n"
        "總書記殷殷囑託。苗栗縣長徐耀昌說，苗栗聚首是緣分。\n"
    )
    officials = {o.name: o.titles for o in extract_text(text, ner=False).officials}
    assert officials["林郑月娥"] == ["行政长官"]
    assert officials["叶刘淑仪"] == ["保安局局长"]
    assert not {"殷殷嘱托", "苗栗聚首"} & set(officials)


def test_a_rarer_surname_and_a_research_bodys_leading_scientist() -> None:
    """副县长（挂职）冒卫平出席 (冒, a surname of Rugao; a verb's too, 冒雨, so a weak one); …研究所首席专家钱　明就…发言: 首席专家
    a research body's post, its padded name read after it."""
    text = (
        "如皋市委常委、镇安县委常委、副县长（挂职）冒卫平出席会议。代表团冒雨考察了产业园。\n"
        "会上，南京农业大学教授、如皋市长寿研究所首席专家钱　明就镇安板栗产业作了发言。\n"
    )
    officials = {o.name: o.titles for o in extract_text(text, ner=False).officials}
    assert officials["冒卫平"] == ["如皋市委常委", "镇安县委常委", "副县长（挂职）"]
    assert officials["钱明"] == ["南京农业大学教授", "如皋市长寿研究所首席专家"]
    assert not any(n.startswith("冒雨") for n in officials)
    # (奉, a Yao surname, in a group's list; 奉命 no name)
    officials = {o.name: o.titles for o in extract_text("县领导李明辉、唐素华、奉家林陪同考察。代表团奉命前往。", ner=False).officials}
    assert officials.get("奉家林") == ["县领导"] and not any(n.startswith("奉命") for n in officials)


def test_a_joiner_opening_a_places_name_stays_in_the_title() -> None:
    """同安區區長蘇文彬 opening the text (or after a name's note, 吳振宗（左）與|同安區區長): 同 opens 同安区, no joiner to strip; 和 before
    贵州省领导 still is one."""
    officials = {o.name: o.titles for o in extract_text("同安區區長蘇文彬率雙方代表交流。", ner=False).officials}
    assert officials["苏文彬"] == ["同安区区长"]
    caption = "金門縣副縣長吳振宗（左）與同安區區長蘇文彬交換合作備忘錄。"
    officials = {o.name: o.titles for o in extract_text(caption, ner=False).officials}
    assert officials["苏文彬"] == ["同安区区长"]
    officials = {o.name: o.titles for o in extract_text("张三和贵州省领导李四出席。", ner=False).officials}
    assert officials["李四"] == ["贵州省领导"]


def test_an_offices_adviser_and_a_governments_counsellor_are_titles() -> None:
    """社會文化司司長辦公室顧問梁頌恩、旅遊局代局長黎綺雯, 市政府参事王华: 顾问 and 参事 head titles (rules/title_heads.txt)."""
    text = "社會文化司司長辦公室顧問梁頌恩、旅遊局代局長黎綺雯出席。市政府参事王华出席。\n"
    officials = {o.name: o.titles for o in extract_text(text, ner=False).officials}
    assert officials["梁颂恩"] == ["社会文化司司长办公室顾问"]
    assert officials["王华"] == ["市政府参事"]


def test_a_universitys_department_of_a_discipline_keeps_its_name_in_the_title() -> None:
    """宁波大学经济系教授钱坤, 厦门大学历史系主任: a department named for its discipline (经济系, 历史系) ends the organization."""
    text = "宁波大学经济系教授钱坤就两港开展集装箱支线运输作了专题发言。厦门大学历史系主任林海出席。\n"
    officials = {o.name: o.titles for o in extract_text(text, ner=False).officials}
    assert officials["钱坤"] == ["宁波大学经济系教授"]
    assert officials["林海"] == ["厦门大学历史系主任"]


def test_a_name_joined_by_yu_to_a_bureaus_title_is_no_portfolio() -> None:
    """龔建平與貿促局主席鄭家輝簽署: 龚建平 is a person, one side of the 与 — not a portfolio of a bureau named 龚建平与贸促局
    (政制及內地事務局局長 keeps its 及)."""
    text = "推介會上，龔建平與貿促局主席鄭家輝簽署了《備忘錄》。政制及內地事務局局長聶德權出席。\n"
    officials = {o.name: o.titles for o in extract_text(text, ner=False).officials}
    assert officials["郑家辉"] == ["贸促局主席"]
    assert officials["聂德权"] == ["政制及内地事务局局长"]


def test_a_tibetans_single_name_of_two_characters_after_a_domestic_bodys_title() -> None:
    """西藏自治區政府副秘書長扎西出席, 林芝市副市长次仁出席: two minority-name characters before a strong stop, after a title of an
    autonomous region's or a place's body; not 欢迎区议员再来参观 (no body named in the title's clause)."""
    text = "西藏自治區政府副秘書長扎西出席。林芝市副市长次仁出席。香港社团的联系，欢迎区议员再来参观考察。\n"
    officials = {o.name: o.titles for o in extract_text(text, ner=False).officials}
    assert officials.get("扎西") == ["西藏自治区政府副秘书长"] and officials.get("次仁") == ["林芝市副市长"]
    assert "再来" not in officials


def test_a_group_of_people_joined_before_a_title_is_no_part_of_it() -> None:
    """同心县、盐池县负责同志和地区领导金学文、白玉山参加: 负责同志和 joins a group of people to the title — 地区领导 alone."""
    text = "同心县、盐池县负责同志和地区领导金学文、白玉山参加了会议。县直部门负责人和市领导王华参加。\n"
    officials = {o.name: o.titles for o in extract_text(text, ner=False).officials}
    assert officials["金学文"] == officials["白玉山"] == ["地区领导"]
    assert officials["王华"] == ["市领导"]


def test_a_name_opening_with_an_ordinary_word_after_a_title_before_a_verb_or_in_a_group() -> None:
    """市长杨树林分别介绍了…, 市领导江海明、胡丽萍、吴卫东参加…: 杨树 (a poplar) and 江海 open names whose three characters
    make no word, after a title's or a group's head and before a verb that ends a name or a list's mark."""
    text = (
        "座谈会上，鸡西市委书记孙德全、市长杨树林分别介绍了本市经济发展情况。\n"
        "金华市委书记方文良，市领导江海明、胡丽萍、吴卫东参加有关活动。\n"
    )
    names = {o.name for o in extract_text(text, ner=False).officials}
    assert {"杨树林", "江海明", "胡丽萍", "吴卫东"} <= names


def test_a_bureaus_abbreviated_portfolio_before_its_heads_title() -> None:
    """台中市经发局长陈俊贤、台南市观旅局长吴美玲会中说明…, 市住建局长王建国: 经发, 观旅, 住建 abbreviate the bureaus' portfolios
    (the title keeps its place and bureau); 会中 ends a name."""
    text = (
        "台中市经发局长陈俊贤、台南市观旅局长吴美玲会中说明合作细节。会上，市住建局长王建国介绍了情况。"
        "行政院环境保护署空保处长李明勋也应邀出席。"
    )
    titles = {o.name: o.titles for o in extract_text(text, ner=False).officials}
    assert titles == {
        "陈俊贤": ["台中市经发局长"],
        "吴美玲": ["台南市观旅局长"],
        "王建国": ["市住建局长"],
        "李明勋": ["行政院环境保护署空保处长"],
    }


def test_no_person_inside_a_documents_title() -> None:
    """《宜宾地区泸州市长江航运协作协议》: 市长 and 长江 run together inside the title, no official 江航运."""
    text = (
        "双方决定在长江航运、旅游开发等方面开展合作。宜宾地委书记王达和泸州市委书记曾庆余代表双方签订了"
        "《宜宾地区泸州市长江航运协作协议》。"
    )
    assert "江航运" not in officials(text)


def test_a_transliterated_names_last_part_may_end_with_a_character_that_ends_no_chinese_name() -> None:
    """吐尔逊江·阿不都等参加考察: 阿不都 (Abdu) is a whole part of the name, its 都 no adverb before 等."""
    assert officials("地委委员、行署副专员艾尔肯·阿不都等参加考察。") == {"艾尔肯·阿不都": ["地委委员", "行署副专员"]}


def test_a_minority_name_before_and_and_a_stacked_title() -> None:
    """盟长宝音达来和白银市委副书记、市长刘立新: 和 and a stacked title (its last title after 、) end the name."""
    rec = extract_text("阿拉善盟委副书记、盟长宝音达来和白银市委副书记、市长刘立新分别介绍了两盟市发展情况。", ner=False)
    assert {o.name for o in rec.officials} == {"宝音达来", "刘立新"}


def test_a_kham_tibetan_name_with_rong() -> None:
    """州长格绒尼玛: 绒 is a character of Kham Tibetan names (minority_name_chars.txt)."""
    rec = extract_text("阿坝州委书记刘仁杰，州委副书记、州长格绒尼玛，市委书记杭锦程出席会议。", ner=False)
    assert {o.name for o in rec.officials} == {"刘仁杰", "格绒尼玛", "杭锦程"}


def test_a_rosters_lines_name_then_titles() -> None:
    """东营市党政代表团成员： / 刘庆国　市委秘书长 / 孙丽华　副市长 / 何立群　市政府驻乌鲁木齐办事处主任: each line a name, a wide
    gap and the titles as written (a stack too); a single such line, or a credit (责任编辑　张三), is no roster."""
    from extract.extractors.people import extract_officials

    text = (
        "8月21日，东营·克拉玛依石油城市合作座谈会在克拉玛依市举行。\n东营市党政代表团成员：\n刘庆国　市委常委、秘书长\n"
        "孙丽华　副市长\n何立群　市政府驻乌鲁木齐办事处主任\n\n克拉玛依市领导陪同考察。\n"
    )
    got = {o.name: o.titles for o in extract_officials(text)}
    assert got["刘庆国"] == ["市委常委", "秘书长"]
    assert got["孙丽华"] == ["副市长"] and got["何立群"] == ["市政府驻乌鲁木齐办事处主任"]
    assert "王立新" not in {o.name for o in extract_officials("会议在南宁举行。\n王立新　副市长\n")}


def test_a_jingpo_name_after_a_prefectures_group_title() -> None:
    """德宏州领导勒排早、朱建平等 (a Jingpo name with 早: rules/minority_name_chars.txt): both leaders of 德宏州."""
    from extract.extractors.people import extract_officials

    got = {o.name: o.titles for o in extract_officials("怒江州领导余阿普、王春林，德宏州领导勒排早、朱建平等参加座谈。")}
    assert got.get("勒排早") == ["德宏州领导"] and got.get("朱建平") == ["德宏州领导"]


def test_a_post_after_two_places_written_short() -> None:
    """香港黄大仙民政事务专员 (Hong Kong, then the district the post serves, both short): the title as written."""
    from extract.extractors.people import extract_officials

    got = {o.name: o.titles for o in extract_officials("3月21日上午，香港黄大仙民政事务专员、黄大仙区议会主席苏慧玲率团来访。")}
    assert got["苏慧玲"] == ["香港黄大仙民政事务专员", "黄大仙区议会主席"]


def test_a_name_before_the_verb_of_receiving() -> None:
    """副县长吴明哲代表县长林振荣接待 (rules/name_stops.tsv: 接待 ends a name, as 会见 and 陪同 do)."""
    from extract.extractors.people import extract_officials

    got = {o.name: o.titles for o in extract_officials("副县长吴明哲代表县长林振荣接待，双方就精致农业进行交流。")}
    assert got == {"吴明哲": ["副县长"], "林振荣": ["县长"]}


def test_a_post_written_after_a_long_name_and_before_a_chain() -> None:
    """额尔敦巴雅尔副主席 (a six-character name found before) takes the post written after it; 斯琴毕力格盟长、鄂托克旗旗长
    阿拉坦仓: 盟长 is the post of the name before it, no title of 阿拉坦仓's chain; 戴嘉敏代局长 (rules/post_name_titles.txt)."""
    got = officials(
        "内蒙古自治区人民政府副主席额尔敦巴雅尔出席会议。伊盟盟委副书记、盟长斯琴毕力格介绍情况。"
        "额尔敦巴雅尔副主席在讲话中指出，协作是有效途径。斯琴毕力格盟长、鄂托克旗旗长阿拉坦仓也先后发言。"
        "经济局代局长戴嘉敏出席。戴嘉敏代局长表示，将跟进协议的落实。"
    )
    assert got["额尔敦巴雅尔"] == ["内蒙古自治区人民政府副主席", "副主席"]
    assert got["阿拉坦仓"] == ["鄂托克旗旗长"]
    assert "盟长" in got["斯琴毕力格"]
    assert got["戴嘉敏"] == ["经济局代局长", "代局长"]


def test_a_captions_titles_are_read_its_credit_alone_blanked() -> None:
    """图为延边州州长朴英哲（左）与哈尔滨市市长孙宏远签约。　崔光日　摄: the caption's officials keep their titles; the
    photographer is staff."""
    r = extract_text(
        "两地签约\n　　7月11日，两地经贸合作洽谈会在哈尔滨举行。\n"
        "　　图为延边州州长朴英哲（左）与哈尔滨市市长孙宏远签约。　崔光日　摄\n",
        ner=False,
    )
    got = {o.name: o.titles for o in r.officials}
    assert got == {"朴英哲": ["延边州州长"], "孙宏远": ["哈尔滨市市长"]}
    assert [(s.name, s.roles) for s in r.staff] == [("崔光日", ["摄影"])]


def test_yi_clan_names_read_whole() -> None:
    """Yi (Nuosu) names: a clan name (rules/person_surnames_clan.txt) and a two-character given name, read whole even
    where the last character never ends a Han given name (沙马拉则|到会); a Han compound surname keeps the stop
    (欧阳德|则出席)."""
    got = officials(
        "金阳县发展和改革局党组书记、局长俄木阿支通报情况。凉山州发展改革委副主任沙马拉则到会指导。"
        "永善县发展和改革局局长海来拉博发言。金门县副县长欧阳德则出席会议。"
    )
    assert {"俄木阿支", "沙马拉则", "海来拉博", "欧阳德"} <= set(got)
    assert "沙马拉" not in got and "欧阳德则" not in got


def test_representatives_after_a_conjunction_and_an_adverb_after_a_title_are_no_names() -> None:
    """县府文化局长陈文辉及宫庙代表， (the temples' representatives); 首长或副首长全数出席 (全数: all of them, no name)."""
    got = officials(
        "成员包括澎湖县议会副议长许清山、县府文化局长陈文辉及宫庙代表，昨天从马公搭机。"
        "新竹县、苗栗县等八县市首长或副首长全数出席。"
    )
    assert set(got) == {"许清山", "陈文辉"}


def test_a_group_title_joined_to_a_list_of_offices_names_nobody() -> None:
    """两县县委、县政府领导和公安、水利、土地、林业等部门负责人: 和 is the conjunction before the offices' list (no 和公安,
    水利, 土地); 市领导张三、李四 still a list of names."""
    assert officials("两县县委、县政府领导和公安、水利、土地、林业等部门负责人四十余人参加会议。") == {}
    assert set(officials("市领导张三、李四、王五等出席。")) == {"张三", "李四", "王五"}


def test_names_after_a_list_mark_and_a_space_are_officials() -> None:
    """市领导 赵永刚、 孙丽娟、 冯　杰参加会议: a page's space after each 、 (and a padded name after it) leaves every name of
    the list an official."""
    page = (
        "两市召开合作联席会议\n"
        "　　本报讯　昨日，两市合作联席会议在市行政中心召开。市委书记 郑国华出席并讲话，"
        "市领导 赵永刚、 孙丽娟、 冯　杰，市政府秘书长 罗文斌参加会议。\n"
    )
    names = {o.name for o in extract_text(page, ner=False).officials}
    assert {"郑国华", "赵永刚", "孙丽娟", "冯杰", "罗文斌"} <= names


def test_a_portfolio_before_its_head_opening_an_indented_paragraph_is_the_title() -> None:
    """　　观光新闻处长林雅婷说明: a Taiwan city office's portfolio and head opening a paragraph after its indent, as it
    does after a line's end without one."""
    page = "两市签署观光产业合作协议。\n　　观光新闻处长林雅婷说明，本案依据交通部观光局规定办理。\n"
    (o,) = [p for p in extract_text(page, ner=False).officials if p.name == "林雅婷"]
    assert o.titles == ["观光新闻处长"]


def test_a_mongolian_name_ending_in_he_after_a_post_whose_organization_the_list_names() -> None:
    """盟委书记…、盟长巴音孟和分别讲话: 盟长 has no organization written, the pair before it names one; the Han reading 巴音孟
    stops at a weak 和 — the minority name running on to the strong stop 出席 is the name. A Han name before 和 and the
    next titled name stays as it is."""
    text = "座谈会上，盟委书记王海林、盟长巴音孟和分别讲话。县委书记王海、县长张海和副县长李强出席。"
    names = {p.name for p in extract_text(text, ner=False).officials}
    assert "巴音孟和" in names and {"张海", "李强"} <= names


def test_a_trade_guilds_name_is_the_organization_of_its_chairmans_title() -> None:
    """澎湖县旅行商业同业公会理事长许志明: the guild (…公会) is the title's organization, written with it."""
    r = extract_text("澎湖县议会副议长陈明宗及澎湖县旅行商业同业公会理事长许志明等人随团出访。", ner=False)
    titles = {p.name: p.titles for p in r.officials}
    assert titles.get("许志明") == ["澎湖县旅行商业同业公会理事长"]


def test_a_hosts_turn_before_its_officials_organization_is_no_part_of_the_title() -> None:
    """上届承办城市延吉市市长李明, 上届轮值方邳州市市长王强: the host's turn (上届承办城市, 轮值方) opens the clause, the
    title is the organization and the post after it."""
    r = extract_text("上届承办城市延吉市市长李明、上届轮值方邳州市市长王强出席会议。", ner=False)
    titles = {p.name: p.titles for p in r.officials}
    assert titles.get("李明") == ["延吉市市长"] and titles.get("王强") == ["邳州市市长"]


def test_a_county_heads_name_with_a_weak_surname_after_the_place_without_its_level() -> None:
    """宜兰县长江明德出席: 宜兰 + 县长, then 江明德 running to a strong stop — a name, though 长江 is a word; 南京市长江大桥
    stays no name."""
    names = {p.name for p in extract_text("宜兰县长江明德与基隆市长林右昌共同出席。", ner=False).officials}
    assert "江明德" in names
    assert not extract_text("南京市长江大桥通车。", ner=False).officials


def test_a_name_before_a_verb_of_dining_together_and_a_kham_tibetan_name() -> None:
    """并与花莲县议会议长张文德餐叙: 餐叙 is a verb that ends the name; 州长降央翁姆出席: Kham Tibetan name elements
    (降, 翁) read after a post of an autonomous prefecture."""
    r = extract_text("并与花莲县议会议长张文德餐叙交流。州委副书记、州长降央翁姆出席会议并讲话。", ner=False)
    assert {"张文德", "降央翁姆"} <= {p.name for p in r.officials}


def test_a_headquarters_posts_are_titles() -> None:
    """北京市援疆和田指挥部副指挥陈晓峰, 防疫指挥官陈建宏: a headquarters' deputy commander and a commander are posts
    (rules/title_heads.txt 指挥, 指挥官) — the name after them, not 官陈建宏."""
    got = officials("北京市援疆和田指挥部副指挥陈晓峰应邀参加。嘉义市政府副市长兼防疫指挥官陈建宏指出，秋冬防疫专案启动。")
    assert got.get("陈晓峰") == ["北京市援疆和田指挥部副指挥"]
    assert "陈建宏" in got and "官陈建宏" not in got


def test_the_adverb_once_before_an_adverb_is_no_name() -> None:
    """该区议员曾多次访问广州: 曾 is the adverb (once, before) and 多次 another — no person 曾多次 (rules/non_names.txt)."""
    assert "曾多次" not in officials("此前该区议员曾多次访问广州、深圳等地。")
    assert "曾多次" not in officials("此前该市市长曾多次访问广州、深圳等地。")


def test_a_council_is_an_organization_before_its_title() -> None:
    """由台湾省议会副议长吴金土率领, 香港旅游业议会主席黄志明 (rules/org_suffixes.txt: 议会, 省议会): the council is the
    title's organization."""
    assert officials("由台湾省议会副议长吴金土率领的访问团抵达济南。") == {"吴金土": ["台湾省议会副议长"]}
    assert officials("香港旅游业议会主席黄志明出席推介会。") == {"黄志明": ["香港旅游业议会主席"]}


def test_a_places_last_character_is_no_modifier_of_the_title_after_it() -> None:
    """太原|市长, 五原|县长, 台中县丰原|市长 (a Taiwan township): 原 ends the place the head's level completes — no 原市长
    (former mayor); 会议由原县长李四主持 keeps it."""
    assert officials("太原市长张三出席会议。") == {"张三": ["太原市长"]}
    assert officials("台中县丰原市长林文雄率团访问石狮市。") == {"林文雄": ["台中县丰原市长"]}
    assert officials("会议由原县长李四主持。") == {"李四": ["原县长"]}


def test_family_members_after_a_group_title_are_no_name() -> None:
    """看望常州援藏干部家属 (rules/non_names.txt: 家属, 家人): the cadres' families, no official 家属."""
    assert officials("市长率代表团来我市考察，看望常州援藏干部家属，商谈对口支援工作。") == {}


def test_a_kham_tibetan_name_in_a_group_list() -> None:
    """县领导罗尔伍、王海燕、拥忠卓玛 (rules/minority_name_chars.txt: 拥, 忠 — 拥忠卓玛, 泽仁拥忠): the third of the list too."""
    got = officials("县领导罗尔伍、王海燕、拥忠卓玛，碌曲县领导贡保才让参加活动。")
    assert "拥忠卓玛" in got and got["拥忠卓玛"] == ["县领导"]


def test_a_surname_of_northern_shaanxi_in_a_list_of_city_leaders() -> None:
    """榆林市领导高树林、折明亮: 折 (a surname of 府谷 and 榆林) opens the second name; 折合 stays a word (weak surname)."""
    rec = extract_text("榆林市领导高树林、折明亮参加座谈。两地项目投资折合人民币3亿元。", ner=False)
    assert {o.name: o.titles for o in rec.officials} == {"高树林": ["榆林市领导"], "折明亮": ["榆林市领导"]}


def test_kham_tibetan_names_opening_with_silang() -> None:
    """县长四郎降措, 副县长四郎多吉: Kham names opening with 四郎 (Sonam) after a bare title; 四次 stays a count."""
    rec = extract_text("白玉县委书记杨德明、县长四郎降措等出席会议。副县长四郎多吉主持，县长四次强调。", ner=False)
    assert {o.name: o.titles for o in rec.officials} == {
        "杨德明": ["白玉县委书记"], "四郎降措": ["县长"], "四郎多吉": ["副县长"]}  # fmt: skip


def test_a_manchu_surname_after_a_bare_title() -> None:
    """县长肇立民参加了会议 (肇, a Manchu surname of 新宾 and 桓仁); 肇事 stays a word (weak surname)."""
    rec = extract_text("新宾满族自治县县委书记富长林、县长肇立民参加了会议。会议要求严防肇事逃逸。", ner=False)
    assert {o.name: o.titles for o in rec.officials} == {"富长林": ["新宾满族自治县县委书记"], "肇立民": ["县长"]}


def test_a_dotted_name_joined_before_a_title_is_no_part_of_it() -> None:
    """阿不都热依木·吐尔洪和第十四师四十七团政委李红旗: the dotted name and its 和 end before the title."""
    rec = extract_text("墨玉县与四十七团签订了备忘录，阿不都热依木·吐尔洪和第十四师四十七团政委李红旗代表双方签字。", ner=False)
    assert {o.name: o.titles for o in rec.officials}.get("李红旗") == ["第十四师四十七团政委"]


def test_a_seconded_cadres_home_titles_before_the_comma_are_his() -> None:
    """北仑区委常委、副区长，普安县委常委、副县长（挂职）孙立波: a cadre seconded from one place to the other holds the
    titles of both groups; a list of another place's offices without the note stays a list whose holders are left out."""
    got = {o.name: o.titles for o in extract_text(
        "岑小燕，北仑区委常委、副区长，普安县委常委、副县长（挂职）孙立波参加会议。", ner=False).officials}  # fmt: skip
    assert got["孙立波"] == ["北仑区委常委", "副区长", "普安县委常委", "副县长（挂职）"]


def test_verbs_of_quoting_and_carrying_out_end_a_titles_prefix() -> None:
    """引用|省委书记刘志远, 落实|榆林市委书记白振亚, 他代表|聊城市委书记柯宏达: the verb (and the speaker before it) is no
    part of the title (rules/title_prefix_stops.txt)."""
    for text, name, title in (
        ("他在讲话中引用省委书记刘志远在全省会议上的话。", "刘志远", "省委书记"),
        ("要认真落实榆林市委书记白振亚的要求。", "白振亚", "榆林市委书记"),
        ("他代表聊城市委书记柯宏达向济宁人民问好。", "柯宏达", "聊城市委书记"),
    ):
        assert {o.name: o.titles for o in extract_text(text, ner=False).officials} == {name: [title]}, text


def test_a_list_of_names_goes_on_after_a_note_of_sex_or_party() -> None:
    """副主任王建、颜秀梅（女）、李新 and 县议员游月霞（国民党）、蔡宗翰（民进党）、陈锦松: a note after a name
    (rules/name_notes.txt) does not end the list."""
    got = {o.name for o in extract_text("考察团成员有邹城市人大常委会副主任王建、颜秀梅（女）、李新出席。", ner=False).officials}
    assert got == {"王建", "颜秀梅", "李新"}
    text = "参访团成员包括县议员游月霞（国民党）、蔡宗翰（民进党）、陈锦松、吴玉娟（无党籍），乡长刘文德出席。"
    got = {o.name: o.titles for o in extract_text(text, ner=False).officials}
    assert got["蔡宗翰"] == ["县议员"] and got["吴玉娟"] == ["县议员"]


def test_a_note_of_several_parts_after_a_listed_name_and_a_rank_aside() -> None:
    """副专员潘秀英（女，苗族）、孔令华: a note of several parts does not end the list; 副主任（正地级）季松林: the rank is
    an aside (rules/title_asides.txt), the name still the title's."""
    got = {o.name: o.titles for o in extract_text("行署副专员潘秀英（女，苗族）、孔令华出席会议。", ner=False).officials}
    assert got == {"潘秀英": ["行署副专员"], "孔令华": ["行署副专员"]}
    got = {o.name: o.titles for o in extract_text("地区人大工委副主任（正地级）季松林出席。", ner=False).officials}
    assert got == {"季松林": ["地区人大工委副主任"]}


def test_a_weak_surnames_name_before_a_joiner_and_the_next_holders_chain_of_titles() -> None:
    """县长农丽娟与麻栗坡县委副书记、县长陶永福: 与 before the next holder's chain of titles (over its 、) ends the name of
    a weak surname (农)."""
    text = "会上，那坡县委副书记、县长农丽娟与麻栗坡县委副书记、县长陶永福代表两县签署协议。"
    got = {o.name: o.titles for o in extract_text(text, ner=False).officials}
    assert got == {"农丽娟": ["那坡县委副书记", "县长"], "陶永福": ["麻栗坡县委副书记", "县长"]}


def test_a_meetings_head_noun_is_no_given_name() -> None:
    """六都市长高峰会 (高 a surname, 峰会 a summit: rules/events.tsv noun): no person 高峰会 with the title 市长."""
    rec = extract_text(
        "六都市長高峰會今日上午在臺中市政府舉行，臺中市長林錦程、高雄市長吳美華出席。吳美華表示，高雄願意承辦下一次高峰會。",
        ner=False,
    )
    got = {o.name: o.titles for o in rec.officials}
    assert "高峰会" not in got and got["林锦程"] == ["台中市长"]


def test_a_hong_kong_executive_councils_non_official_member() -> None:
    """行政会议非官方成员、立法会议员冯家乐 (rules/title_heads.txt): both posts are titles."""
    got = officials("出席的还有驻粤经济贸易办事处主任邓美仪，行政会议非官方成员、立法会议员冯家乐。")
    assert got["冯家乐"] == ["行政会议非官方成员", "立法会议员"]


def test_a_dotted_minority_name_after_a_bare_title_and_a_yi_surname() -> None:
    """副州长努尔艾力·阿不都克热木 (a · name after a title with no organization, every character a name's) and 杞 (a Yi
    surname of Yunnan, rules/person_surnames.txt): both read; places joined by · after a title are no name."""
    got = officials("州委常委、统战部部长敖特根巴雅尔，副州长买买提江·吐尔逊出席会议。")
    assert got["买买提江·吐尔逊"] == ["副州长"]
    got = officials("由云南省红河哈尼族彝族自治州民族宗教事务委员会主任杞建华率领的参访团抵达。")
    assert got == {"杞建华": ["云南省红河哈尼族彝族自治州民族宗教事务委员会主任"]}
    assert officials("商经局局长出席长沙·香港经贸合作交流会。") == {}


def test_a_visit_to_a_places_letter_and_a_localitys_tail_are_no_names() -> None:
    """负责人来闽，…负责人来闽: 来 (a surname's too) and a place's letter are the visit, however often written; 九龙城区
    长沙湾's 区长 is no title before 沙湾, the tail of a Hong Kong locality (rules/hk_macau_localities.tsv)."""
    text = "此次率县府观光处、农业处负责人来闽，学习福州经验。县府感谢福州接待，农业处负责人来闽后将再访。"
    assert officials(text) == {}
    assert officials("香港特区政府代表团参观了深水埗区长沙湾的批发市场。") == {}


def test_a_tibetan_name_with_gyatso() -> None:
    """甘南州委书记丹增嘉措 (嘉 of 嘉措, rules/minority_name_chars.txt): a Tibetan name after a title."""
    assert officials("甘南州委书记丹增嘉措，州长何建华出席。")["丹增嘉措"] == ["甘南州委书记"]


@pytest.mark.parametrize(
    ("sentence", "name", "titles"),
    [
        # Hong Kong's disciplined and auxiliary services (rules/org_suffixes.txt 服务队) and staff posts
        # (rules/title_heads.txt 执行干事, 私人秘书 — and a post holder's private secretary, 司长私人秘书)
        ("代表团成员包括保安局副局长区伟伦和政府飞行服务队总监关志强。", "关志强", ["政府飞行服务队总监"]),
        ("职业训练局执行干事林志强表示，局方将继续。", "林志强", ["职业训练局执行干事"]),
        ("代表团成员包括政务司司长私人秘书何嘉欣等。", "何嘉欣", ["政务司司长私人秘书"]),
        # an assistant director's portfolio in brackets (rules/title_notes.txt)
        ("代表团成员包括卫生署助理署长（中医药）陈慧敏和中文大学教授。", "陈慧敏", ["卫生署助理署长（中医药）"]),
        # a statutory body's chief executive and its hospital clusters' chiefs (rules/title_heads.txt 行政总裁, 联网总监)
        ("机场管理局行政总裁林天福表示，两地机场将加强合作。", "林天福", ["机场管理局行政总裁"]),
        ("备忘录由医管局九龙西医院联网总监何志伟签署。", "何志伟", ["医管局九龙西医院联网总监"]),
    ],
)
def test_hong_kong_services_and_staff_posts(sentence: str, name: str, titles: list[str]) -> None:
    assert officials(sentence)[name] == titles


def test_a_village_after_a_county_is_no_county_head_and_name() -> None:
    """蕉岭县长寿村等地: 长寿村 is a village of 蕉岭县 (rules/settlement_suffixes.txt), not 县长 + 寿村; the county's
    head named next is read, and a longer given name ending so stays a name (简铭村)."""
    text = "访问期间，参访团还考察了梅县区雁南飞茶田、蕉岭县长寿村等地。蕉岭县长叶志明、基隆市议员简铭村陪同。"
    names = [o.name for o in extract_text(text, ner=False).officials]
    assert "寿村" not in names
    assert "叶志明" in names and "简铭村" in names


def test_a_tibetan_name_ending_in_gyaltsen_joined_to_the_next_titled_name() -> None:
    """那曲地区行署副专员多吉坚参和拉萨市副市长尼玛扎西: 坚参 (Gyaltsen, minority_name_chars.txt) ends the first name at
    和 — two officials, not one title running on to the second name."""
    text = "那曲地区行署副专员多吉坚参和拉萨市副市长尼玛扎西在考察中分别同我省有关部门洽谈了项目。"
    got = {o.name: o.titles for o in extract_text(text, ner=False).officials}
    assert got == {"多吉坚参": ["那曲地区行署副专员"], "尼玛扎西": ["拉萨市副市长"]}


def test_a_taiwan_countys_trade_association_keeps_its_place_in_the_title() -> None:
    """彰化县工业会理事长施文雄: the county's industrial association is the title's organization (org_suffixes.txt 工业会,
    商业会), so the title keeps it, as a farmers' association's does (云林县农会总干事)."""
    text = "泉州市副市长陈国栋，彰化县工业会理事长施文雄，云林县农会总干事林明宏等出席座谈会。"
    got = {o.name: o.titles for o in extract_text(text, ner=False).officials}
    assert got["施文雄"] == ["彰化县工业会理事长"] and got["林明宏"] == ["云林县农会总干事"]


def test_an_interviews_word_before_the_title_is_no_part_of_it() -> None:
    """——专访吉林省通化市委副书记、市长韩立军: 专访 (an interview with) ends the clause before the organization
    (title_prefix_stops.txt), as 会见 does."""
    text = "“湖州经验”在通化大有可为\n——专访吉林省通化市委副书记、市长韩立军\n本报记者　沈雨桐\n6月20日至21日，通化市党政代表团来湖考察。"
    got = {o.name: o.titles for o in extract_text(text, ner=False).officials}
    assert got == {"韩立军": ["吉林省通化市委副书记", "市长"]}


def test_a_dotted_minority_name_later_in_a_group_titles_list() -> None:
    """州领导刘建新、阿不都热依木·沙吾提，: the list's second item is a Uyghur name with its parts set apart by ·, read
    whole (not the Han reading 阿不); a Han name joined to one by 和 is no part of it."""
    text = "州领导刘建新、阿不都热依木·沙吾提，塔城地区行署副专员周海林参加座谈会。"
    got = {o.name: o.titles for o in extract_text(text, ner=False).officials}
    assert got == {"刘建新": ["州领导"], "阿不都热依木·沙吾提": ["州领导"], "周海林": ["塔城地区行署副专员"]}


def test_japanese_officials_of_less_frequent_family_names() -> None:
    """今津宽介 (heldout631's kind): a prefectural assembly's speaker of a family name outside the most frequent is
    read whole after his title (rules/person_surnames_japanese.txt), beside a governor of a listed one."""
    r = extract_text("2019年5月2日，日本鸟取县议会议长今津宽介与吉林省人大常委会副主任会谈。", ner=False)
    assert {o.name: o.titles for o in r.officials} == {"今津宽介": ["日本鸟取县议会议长"]}


def test_japanese_officials_after_their_titles_in_an_article_naming_japan() -> None:
    """日本群马县高崎市长山本健一, 静冈县知事川胜平太: a Japanese family name of two characters
    (person_surnames_japanese.txt) opens a four-character name after a title in an article that names Japan, the
    prefecture with its country stays in the title, and 知事 is a title's head.  Without Japan named, the same
    characters are no Japanese name (铃 opens no Chinese name)."""
    text = "來訪的日本群馬縣高崎市長山本健一，與桃園市長邱明峰共同出席簽約儀式。靜岡縣知事川勝平太發來賀信。"
    got = {o.name: o.titles for o in extract_text(text, ner=False).officials}
    assert got == {"山本健一": ["日本群马县高崎市长"], "邱明峰": ["桃园市长"], "川胜平太": ["静冈县知事"]}
    plain = "北海道知事铃木直道与黑龙江省省长王文涛会见。"
    assert {o.name for o in extract_text(plain, ner=False).officials} == {"王文涛"}


def test_a_name_before_the_capacity_its_holder_attends_in() -> None:
    """宜蘭縣長吳美玲以貴賓身分出席 (heldout586): 以貴賓… (in a capacity) ends the name, as 以视频 does (name_stops.tsv)."""
    text = "會中也邀請宜蘭縣長吳美玲以貴賓身分出席，她表示宜蘭縣與北北基桃在國道五號通勤及觀光上合作密切。"
    got = {o.name: o.titles for o in extract_text(text, ner=False).officials}
    assert got == {"吴美玲": ["宜兰县长"]}


def test_an_associations_life_and_founding_posts_keep_their_modifier() -> None:
    """同乡会永远名誉会长黄伟业, 同乡会创会会长张国良 (heldout612): 永远 and 创会 (title_modifiers.txt) are part of the post,
    with the association before them."""
    text = "2006年5月3日，县领导刘振华出席恳谈会。同乡会永远名誉会长黄伟业、李达明，同乡会创会会长张国良等出席。"
    got = {o.name: o.titles for o in extract_text(text, ner=False).officials}
    assert got["黄伟业"] == ["同乡会永远名誉会长"] and got["张国良"] == ["同乡会创会会长"]


def test_officials_of_units_abroad_named_without_their_country() -> None:
    """A unit abroad named by a transliteration and its word, no country before it (科尔多瓦省, 瓦尔帕莱索大区,
    米纳斯吉拉斯州), Kenya's counties (郡) and an embassy's 公使衔参赞 (heldout677): their officials' names, dotted or
    run together; a one-character stop after a dotted name's transliterated last part is none of it (切罗诺|率);
    a Chinese unit of such characters stays domestic (乌鲁木齐市)."""
    assert officials("副省长廖金川与来访的科尔多瓦省省长埃斯特万·普列托·索萨出席座谈会。") == {
        "廖金川": ["副省长"],
        "埃斯特万·普列托·索萨": ["科尔多瓦省省长"],
    }
    assert officials("杨世谦与瓦尔帕莱索大区区长豪尔赫·马丁内斯·阿拉亚分别在两地会场签署协议。") == {
        "豪尔赫·马丁内斯·阿拉亚": ["瓦尔帕莱索大区区长"]
    }
    assert "若泽阿尔梅达帕索斯" in officials("副省长贺文珊与米纳斯吉拉斯州州长若泽阿尔梅达帕索斯分别代表双方政府签署协议。")
    assert officials("肯尼亚纳库鲁郡郡长詹姆斯·基普兰加特·切罗诺率代表团来浏考察。") == {
        "詹姆斯·基普兰加特·切罗诺": ["肯尼亚纳库鲁郡郡长"]
    }
    assert officials("尼日利亚驻华大使馆公使衔参赞阿德沃莱‧奥莫托索等出席论坛。") == {
        "阿德沃莱‧奥莫托索": ["尼日利亚驻华大使馆公使衔参赞"]
    }
    assert officials("乌鲁木齐市市长艾尔肯·吐尼亚孜出席。") == {"艾尔肯·吐尼亚孜": ["乌鲁木齐市市长"]}


def test_a_foreign_official_named_again_by_a_part_of_the_name_is_one_person() -> None:
    """德贝莱州长 after 奥罗米亚州州长特费拉·吉尔玛·德贝莱, 帕索斯州长 after …州长若泽阿尔梅达帕索斯 (heldout677): the
    person of the whole name, with no title of the short mention's that one of theirs ends with."""
    text = (
        "副省长郑立衡与奥罗米亚州州长特费拉·吉尔玛·德贝莱签署协议。德贝莱州长表示，合作前景广阔。"
        "副省长贺文珊与米纳斯吉拉斯州州长若泽阿尔梅达帕索斯分别代表双方政府签署协议。帕索斯州长表示，很高兴来访。"
    )
    assert officials(text) == {
        "郑立衡": ["副省长"],
        "特费拉·吉尔玛·德贝莱": ["奥罗米亚州州长"],
        "贺文珊": ["副省长"],
        "若泽阿尔梅达帕索斯": ["米纳斯吉拉斯州州长"],
    }


def test_a_joiner_before_a_word_is_no_surname() -> None:
    """市长、副市长和协调会办公室负责同志出席 (heldout680): 和 joins the titles to the office's people — 和协调 is no
    name, its 协调 a frequent word that 会 goes on; 市长和建国出席 keeps a name of that surname."""
    assert officials("来自30个成员城市的市长、副市长和协调会办公室负责同志出席会议。") == {}
    assert officials("市长和建国出席会议。") == {"和建国": ["市长"]}


def test_fire_and_rescue_corps_titles_keep_their_units() -> None:
    """The fire and rescue services' posts (heldout682's kind): 总队长 is a post of its own (not 队长 after 总), and a
    大队 or 中队 below a 支队 is the unit a 大队长 heads — the whole unit before the post is the title."""
    text = (
        "4月1日，晋陕两省消防救援联合演练在大宁县举行。山西省消防救援总队总队长郝建军、深圳市公安消防支队南山大队大队长"
        "庞振宇出席并讲话。"
    )
    titles = {o.name: o.titles for o in extract_text(text, ner=False).officials}
    assert titles.get("郝建军") == ["山西省消防救援总队总队长"]
    assert titles.get("庞振宇") == ["深圳市公安消防支队南山大队大队长"]


def test_officials_of_a_unit_abroad_named_after_its_country_once() -> None:
    """A unit written once after its country (俄罗斯哈桑区, 加拿大卑诗省) is abroad wherever the article writes it
    alone: its officials' · names are read, with the unit in their titles; a mission posted to two places is one
    title; a name of four characters abroad runs to its mark (中村哲也、), and 等 ends one (范氏秋恒等)."""
    text = (
        "2018年5月3日，珲春市与俄罗斯哈桑区签署友好合作协议。哈桑区区长谢尔盖·沃罗宁出席会谈并讲话。"
        "加拿大卑诗省代表团同日来访，卑诗省国际贸易厅厅长玛丽·陈等陪同。"
        "葡萄牙驻澳门及香港总领事保罗·卡瓦略、日本驻广州总领事中村哲也、越南驻昆明总领事范氏秋恒等参加。"
        "澳大利亚驻成都总领事安娜·惠特菲尔德在成都主会场出席。\n"
    )
    got = {o.name: o.titles for o in extract_text(text, ner=False).officials}
    assert got["谢尔盖·沃罗宁"] == ["哈桑区区长"]
    assert got["玛丽·陈"] == ["卑诗省国际贸易厅厅长"]
    assert got["保罗·卡瓦略"] == ["葡萄牙驻澳门及香港总领事"]
    assert got["中村哲也"] == ["日本驻广州总领事"]
    assert got["范氏秋恒"] == ["越南驻昆明总领事"]
    assert got["安娜·惠特菲尔德"] == ["澳大利亚驻成都总领事"]


def test_a_prefecture_commissioners_post_is_held_by_one() -> None:
    """徽州地区行署专员程泽民、沈立源分别讲话: 专员 is one person's post (rules/one_holder_posts.txt); 沈立源, titled
    杭州市副市长 before, does not share it."""
    text = (
        "1986年5月16日，以杭州市副市长沈立源为团长的杭州市人民政府代表团到徽州考察。"
        "徽州地委副书记汪鹤年主持座谈会，徽州地区行署专员程泽民、沈立源分别讲话。\n"
    )
    got = {o.name: o.titles for o in extract_text(text, ner=False).officials}
    assert got["沈立源"] == ["杭州市副市长"] and got["程泽民"] == ["徽州地区行署专员"]


def test_titles_of_educators_bodies_and_papers_keep_their_organization() -> None:
    """澳门中华教育会副理事长, 香港中学校长会副主席, 澳门日报副总编辑, 本报副总编辑: the body before the post is its
    organization (rules/org_suffixes.txt), not left out."""
    text = (
        "2016年5月3日，澳门中华教育会副理事长黄少峰、香港中学校长会副主席冯志强率团访问永州。"
        "澳门日报副总编辑陆文迪、本报副总编辑黄启明出席签约仪式。\n"
    )
    got = {o.name: o.titles for o in extract_text(text, ner=False).officials}
    assert got["黄少峰"] == ["澳门中华教育会副理事长"] and got["冯志强"] == ["香港中学校长会副主席"]
    assert got["陆文迪"] == ["澳门日报副总编辑"] and got["黄启明"] == ["本报副总编辑"]


def test_a_seconded_cadres_name_ends_before_the_post_taken() -> None:
    """淳安县农业农村局副局长徐卫平挂任县…副局长，…副局长叶青挂任县教育局副局长: 挂任 starts the predicate
    (rules/name_stops.tsv), the name ends before it — 叶青, not 叶青挂."""
    text = (
        "2022年3月5日，第二批挂职干部中，淳安县农业农村局副局长徐卫平挂任县农牧农村和科技局副局长，"
        "淳安县教育局副局长叶青挂任县教育局副局长。\n"
    )
    got = {o.name: o.titles for o in extract_text(text, ner=False).officials}
    assert got == {"徐卫平": ["淳安县农业农村局副局长"], "叶青": ["淳安县教育局副局长"]}


def test_a_body_known_by_its_two_character_short_name_keeps_it_in_the_title() -> None:
    """中总副会长 (香港中华总商会 written short), 全总副主席: the short name is the title's organization."""
    rec = extract_text("标题\n全总副主席刘建华、中总副会长陈国强出席座谈会。\n", ner=False)
    got = {o.name: o.titles for o in rec.officials}
    assert got["刘建华"] == ["全总副主席"] and got["陈国强"] == ["中总副会长"]


def test_a_rare_yi_surname_after_a_title() -> None:
    """县委副书记昂志华: 昂, a surname of Yunnan's Yi (rules/person_surnames.txt)."""
    rec = extract_text("标题\n石林彝族自治县县委副书记昂志华、县长李明出席会议。\n", ner=False)
    assert "昂志华" in {o.name for o in rec.officials}


def test_a_hospital_groups_chief_keeps_the_group_in_the_title() -> None:
    """高雄市立联合医院总院长: 总院长 is the post, the hospital group its organization (rules/title_heads.txt)."""
    rec = extract_text("标题\n高雄市立联合医院总院长陈志明出席签约仪式。\n", ner=False)
    assert {o.name: o.titles for o in rec.officials}["陈志明"] == ["高雄市立联合医院总院长"]


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("湖北省长阳县副县长覃建平一行来我市考察，双方座谈。", "覃建平", "湖北省长阳县副县长"),
        ("河南省长葛市副市长杜文斌出席会议并讲话。", "杜文斌", "河南省长葛市副市长"),
    ],
)
def test_a_name_inside_a_later_title_is_none(text: str, name: str, title: str) -> None:
    """湖北省长|阳县副|县长覃建平: the county 长阳县 opens with the governor's head, and the three characters after it
    read as a name — until the later title reaches back over them: a "name" inside another's title is none."""
    rec = extract_text(f"标题\n{text}\n", ner=False)
    assert {o.name: o.titles for o in rec.officials} == {name: [title]}


def test_no_title_splits_a_word_before_its_head() -> None:
    """社区长者食堂: 社 and the head's 区 make a word (社区), so 社 is no organization of a 区长 and 者食堂 no name."""
    rec = extract_text("标题\n两地民政部门考察了社区长者食堂，并座谈交流。\n", ner=False)
    assert rec.officials == []


def test_a_taiwan_universitys_officers_are_titles() -> None:
    """研发长, 教务长 (rules/title_heads.txt): a Taiwan university's officers, each the 长 of an office."""
    rec = extract_text("标题\n交大副校长陈光明、研发长林志豪与教务长王淑芬出席签约仪式。\n", ner=False)
    got = {o.name: o.titles for o in rec.officials}
    assert got["林志豪"] == ["研发长"] and got["王淑芬"] == ["教务长"]


def test_a_school_named_after_two_fields_keeps_its_conjunction() -> None:
    """，生态与环境研究中心主任李明远: a centre (or a school, 资源与环境学院) named after two fields joined by 与 — the 与 is
    inside the name, as in 政制及内地事务局."""
    rec = extract_text("标题\n浙江大学党委副书记朱慧，生态与环境研究中心主任李明远出席签约仪式。\n", ner=False)
    assert {o.name: o.titles for o in rec.officials}["李明远"] == ["生态与环境研究中心主任"]


def test_a_villages_chief_keeps_the_villages_name() -> None:
    """芹壁村长林玉珠, 中兴里长陈依福: 村长 and 里长 carry their unit's level as 乡长 does — the village's name before
    the head (no gazetteer knows it) is the title's organization."""
    rec = extract_text(
        "标题\n北竿乡长何建忠率团访问琅岐镇，随团的有白沙村长王福顺、芹壁村长林玉珠及中兴里长陈依福。\n", ner=False
    )
    got = {o.name: o.titles for o in rec.officials}
    assert got["林玉珠"] == ["芹壁村长"] and got["陈依福"] == ["中兴里长"]


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("标题\n理大副校长陈志明与深圳市副市长王伟会谈。\n", "陈志明", "理大副校长"),
        ("标题\n晚宴上，成大校长林文彬致词，感谢厦门市的接待。\n", "林文彬", "成大校长"),
        ("标题\n北师大副校长刘晓东一行到珠海市考察。\n", "刘晓东", "北师大副校长"),
    ],
)
def test_a_universitys_short_name_is_its_heads_organization(text: str, name: str, title: str) -> None:
    """港大副校长, 成大校长: a university's short name (a letter or two and 大) before 校长 is the title's organization,
    as 香港大学副校长 is; an ordinary word ending so (广大校长和教师, 重大) is not (test below)."""
    rec = extract_text(text, ner=False)
    assert {o.name: o.titles for o in rec.officials}[name] == [title]


def test_an_ordinary_word_ending_in_da_is_no_university() -> None:
    rec = extract_text("标题\n座谈会上，广大校长和教师代表踊跃发言，十大校长评选揭晓。\n", ner=False)
    assert all(not t.endswith("大校长") for o in rec.officials for t in o.titles)


def test_a_committee_named_after_two_fields_inside_a_congress_keeps_its_conjunction() -> None:
    """人大常委会环境与资源保护委员会主任委员: the 常委 inside 常委会 is the congress's standing committee, no title before the
    与 (as 副省长王五|与 would be): the committee named after two fields is one organization."""
    rec = extract_text("标题\n遵义市人大常委会环境与资源保护委员会主任委员谭素芬出席座谈会。\n", ner=False)
    assert {o.name: o.titles for o in rec.officials}["谭素芬"] == ["遵义市人大常委会环境与资源保护委员会主任委员"]


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("标题\n政府资讯科技总监黄思远表示，双方将推动电子证照互认。\n", "黄思远", "政府资讯科技总监"),
        ("标题\n出席的有食物及卫生局副秘书长冯嘉欣、医院管理局联网服务总监何志强。\n", "何志强", "医院管理局联网服务总监"),
        ("标题\n国家发展和改革委员会副主任王建疆、数码港行政总裁周启贤出席。\n", "周启贤", "数码港行政总裁"),
    ],
)
def test_a_hong_kong_director_keeps_the_portfolio_before_the_post(text: str, name: str, title: str) -> None:
    """政府资讯科技总监, 医院管理局联网服务总监, 数码港行政总裁: 总监 and 行政总裁 name their field or body before them
    (rules/portfolio_heads.txt), as 专员 does."""
    rec = extract_text(text, ner=False)
    assert {o.name: o.titles for o in rec.officials}[name] == [title]


def test_an_associations_county_branch_is_a_titles_organization() -> None:
    """红十字会高雄县支会总干事: a Taiwan association's county branch (支会, rules/org_suffixes.txt) ends the title's
    organization, as 分会 does."""
    rec = extract_text("标题\n红十字会高雄县支会总干事郑美玲全程陪同访问。\n", ner=False)
    assert {o.name: o.titles for o in rec.officials}["郑美玲"] == ["红十字会高雄县支会总干事"]


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("标题\n财政部关务署台北关副关务长吴建宏、交通部航港局北部航务中心主任出席。\n", "吴建宏", "财政部关务署台北关副关务长"),
        ("标题\n法制局消保官陈怡君指出，民众赴大陆旅游应注意。\n", "陈怡君", "法制局消保官"),
    ],
)
def test_taiwans_customs_and_consumer_protection_posts_are_titles(text: str, name: str, title: str) -> None:
    """副关务长, 消保官 (rules/title_heads.txt): Taiwan's customs deputy head and a city's consumer-protection officer."""
    rec = extract_text(text, ner=False)
    assert {o.name: o.titles for o in rec.officials}[name] == [title]


def test_yi_bai_and_miao_surnames_of_the_southwest() -> None:
    """字 (the Yi and Bai of 临沧, 楚雄, 大理) and 卯 (the Miao) are surnames (rules/person_surnames.txt), weak ones: a
    name after a title that a list or a stop closes (县领导字学东、罗建平; 副县长卯国华，), not 签字 or 题字 after one."""
    rec = extract_text("标题\n双江县领导字建明、杨光华，凯里市副市长卯国华出席会议。县长题字留念。\n", ner=False)
    names = {o.name for o in rec.officials}
    assert {"字建明", "杨光华", "卯国华"} <= names
    assert not any(n.startswith("字留") for n in names)


def test_places_closed_by_their_count_end_a_list_of_names() -> None:
    """市关工委副主任郭淑华和文登、荣成、乳山三市关工委负责同志: the list after the title's name goes on to places closed by
    their count and level (三市), no members — and those places are regions."""
    text = "标题\n代表团由威海市关工委副主任郭淑华和文登、荣成、乳山三市关工委负责同志组成，于2004年6月抵达固原市。\n"
    rec = extract_text(text, ner=False)
    assert [o.name for o in rec.officials] == ["郭淑华"]
    assert {"文登市", "荣成市", "乳山市"} <= {r.name for r in rec.regions}


def test_a_verb_of_handing_over_ends_the_organization_before_a_title() -> None:
    """孟和吉日嘎拉将赈灾款转交市委副书记、市长邱国栋: 转交 (rules/title_prefix_stops.txt, beside 交给, 移交给) ends the
    clause before the title — no 将赈灾款转交市委副书记."""
    rec = extract_text("标题\n仪式上，州长李华将捐款转交市委副书记、市长王强，慰问信递交县长赵明。\n", ner=False)
    titles = {o.name: o.titles for o in rec.officials}
    assert titles["王强"] == ["市委副书记", "市长"] and titles["赵明"] == ["县长"]
