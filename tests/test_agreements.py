"""Agreements: 《》 titles of official documents, kind and action."""

from __future__ import annotations

from extract import extract_text
from extract.extractors.agreements import document_kind, extract_agreements


def table(text: str) -> list[tuple[str, str, str]]:
    return [(a.title, a.kind, a.action) for a in extract_agreements(text)]


def test_one_verb_governs_a_chain_of_titles() -> None:
    text = "会议签署了《淮海经济区多式联运物流服务平台共建共用协议》《淮海经济区警务一体化协同发展框架协议》、《淮海经济区深化体育协同发展合作协议》。"
    assert table(text) == [
        ("淮海经济区多式联运物流服务平台共建共用协议", "agreement", "signed"),
        ("淮海经济区警务一体化协同发展框架协议", "agreement", "signed"),
        ("淮海经济区深化体育协同发展合作协议", "agreement", "signed"),
    ]


def test_each_clause_has_its_own_verb() -> None:
    text = "会议审议通过了《深化协同发展加快绿色崛起——长江中游三省战略合作总体构想》，审议并签署了《长江中游三省协同推动高质量发展行动计划》等六个合作文件。"
    assert table(text) == [
        ("深化协同发展加快绿色崛起——长江中游三省战略合作总体构想", "plan", "adopted"),
        ("长江中游三省协同推动高质量发展行动计划", "plan", "signed"),
    ]


def test_titles_across_line_breaks_and_with_inner_spaces() -> None:
    text = "沿海六市\n与大连商品交易所签署\n《辽宁沿海经济带六城市  大连商品交易所战略合作框架协议》\n《长江中游三省“通平修”绿色发展\n先行区建设框架协议》"
    assert table(text) == [
        ("辽宁沿海经济带六城市 大连商品交易所战略合作框架协议", "agreement", "signed"),
        ("长江中游三省“通平修”绿色发展先行区建设框架协议", "agreement", "signed"),
    ]


def test_discussed_mentioned_and_strongest_action_wins() -> None:
    text = (
        "赵爱军就《辽宁沿海经济带建设2022年工作要点》作说明。会议讨论《2024年淮海经济区协同发展工作要点》。"
        "会议审议通过了《辽宁沿海经济带建设2022年工作要点》。自2009年《辽宁沿海经济带发展规划》实施以来，成效明显。"
    )
    assert table(text) == [
        ("辽宁沿海经济带建设2022年工作要点", "plan", "adopted"),
        ("2024年淮海经济区协同发展工作要点", "plan", "discussed"),
        ("辽宁沿海经济带发展规划", "plan", "mentioned"),
    ]


def test_released_and_declaration() -> None:
    text = "会上发布了《长三角地区一体化发展三年行动计划（2021—2023年）》，三省一市共同发出《长三角生态绿色一体化发展倡议》。"
    assert table(text) == [
        ("长三角地区一体化发展三年行动计划（2021—2023年）", "plan", "released"),
        ("长三角生态绿色一体化发展倡议", "declaration", "released"),
    ]


def test_newspapers_and_books_are_not_documents() -> None:
    text = "《人民日报》刊发文章，《习近平谈治国理政》第四卷，《新闻联播》报道，《求是》杂志。"
    assert table(text) == []


def test_kind_is_read_from_the_head_word_that_ends_last() -> None:
    assert document_kind("关于印发推进区域协调发展实施方案的通知") == "plan"
    assert document_kind("九江市、黄石市人民政府关于深化跨江合作的框架协议") == "agreement"
    assert document_kind("粤港澳大湾区发展规划纲要") == "plan"
    assert document_kind("成渝地区双城经济圈建设联合宣言") == "declaration"


def test_minutes_signed_or_adopted_are_an_agreement() -> None:
    """纪要 signed (会谈纪要) or adopted (会议纪要) alike: what the sides agreed, an agreement (rules/document_kinds.tsv)."""
    got = {a.title: (a.kind, a.action) for a in extract_agreements(
        "两地政府签署了《香港特别行政区政府与大庆市人民政府经贸合作会谈纪要》。会议审议通过了《联席会议第五次会议纪要》。"
    )}  # fmt: skip
    assert got["香港特别行政区政府与大庆市人民政府经贸合作会谈纪要"] == ("agreement", "signed")
    assert got["联席会议第五次会议纪要"] == ("agreement", "adopted")


def test_a_document_recalled_since_with_its_short_name_in_brackets() -> None:
    """两岸2010年签署《海峡两岸经济合作架构协议》（ECFA）以来: the signing lies in the past (its short name in brackets
    between the title and 以来), the document only mentioned."""
    got = {a.title: a.action for a in extract_agreements(
        "县府表示，两岸2010年签署《海峡两岸经济合作架构协议》（ECFA）以来，嘉义县农产品外销大陆持续增加。"
    )}  # fmt: skip
    assert got == {"海峡两岸经济合作架构协议": "mentioned"}


def test_drafting_or_carrying_out_is_only_a_mention() -> None:
    text = "国家发展改革委正会同有关部门研究制定《新时代推动中部地区加快崛起的若干政策措施》。各地认真贯彻《长江经济带发展规划纲要》。"
    assert [a.action for a in extract_agreements(text)] == ["mentioned", "mentioned"]


def test_an_approval_or_decree_from_above_is_only_a_mention() -> None:
    """批复, 批准, 出台, 颁布: not among RECORD.md's verbs of adopting (审议通过/通过/印发)."""
    text = (
        "2012年11月，国务院正式批复《中原经济区规划（2012—2020年）》。按照国务院批复的《丹江口库区及上游地区"
        "对口协作工作方案》，两地深化合作。国务院批准实施《长江三角洲地区区域规划》。省政府出台《关于支持赣西"
        "经济转型加快发展的若干意见》。会议审议通过了《两市合作章程》，印发了《两市合作工作要点》。"
    )
    assert [a.action for a in extract_agreements(text)] == [*["mentioned"] * 4, "adopted", "adopted"]


def test_new_document_kinds() -> None:
    assert document_kind("内地与澳门关于建立更紧密经贸关系的安排") == "agreement"
    assert document_kind("成渝地区双城经济圈文旅联盟章程") == "plan"
    assert document_kind("闽西南协同发展区2023年工作报告") == "plan"
    assert document_kind("苏皖合作示范区2022年重点协作事项") == "plan"
    assert document_kind("闽东北行动") == "plan"
    assert document_kind("深化琼港合作2021年重点工作") == "plan"
    assert document_kind("赣湘边界跨省河流联防联控工作机制") == "agreement"
    assert document_kind("西湖区青川县联合声明") == "declaration"


def test_a_joint_bodys_rules_and_minutes_are_documents() -> None:
    """联席会议议事规则 and 会议纪要: the rules of a joint body and the minutes of its meeting."""
    got = table("会议审议通过了《威宁会泽边界联防联治联席会议议事规则》，印发了《闽西南协同发展区第三次党政联席会议纪要》。")
    assert got == [
        ("威宁会泽边界联防联治联席会议议事规则", "plan", "adopted"),
        ("闽西南协同发展区第三次党政联席会议纪要", "agreement", "adopted"),
    ]


def test_announced_acts_are_only_mentioned() -> None:
    text = (
        "本次会议拟签署《湘鄂赣三省毗邻地区文旅合作协议》。"
        "双方将在年会上签署《闽粤赣边区域旅游合作框架协议》，"
        "会议计划发布《长三角生态绿色一体化发展示范区产业发展指导意见》和《示范区先行启动区规划建设导则》。"
        "去年已签署的《皖江城市带承接产业转移合作协议》成效明显。"
        "今年1月签订的《潮揭两市交通互联互通合作协议》实施以来，断头路已经打通。"
        "自2001年两地在兴义签署《百色黔西南区域经济合作协议》以来，合作不断深化。"
        "3月5日，两市签署了《德阳市遂宁市战略合作框架协议》。"
        "双方检讨了两年前签署的《桃竹竹苗区域治理合作协议》执行情形。"
        "去年《海峡两岸经济合作架构协议》签署后，两岸交流日益热络。"
        "《成渝地区双城经济圈建设规划纲要》印发后，两地将联合编制实施方案。"
    )
    assert [(a.title, a.action) for a in extract_agreements(text)] == [
        ("湘鄂赣三省毗邻地区文旅合作协议", "mentioned"),
        ("闽粤赣边区域旅游合作框架协议", "mentioned"),
        ("长三角生态绿色一体化发展示范区产业发展指导意见", "mentioned"),
        ("示范区先行启动区规划建设导则", "mentioned"),
        # an act of the past, recalled (RECORD.md: 实施以来 is `mentioned`): not what the article reports done
        ("皖江城市带承接产业转移合作协议", "mentioned"),
        ("潮揭两市交通互联互通合作协议", "mentioned"),
        ("百色黔西南区域经济合作协议", "mentioned"),
        ("德阳市遂宁市战略合作框架协议", "signed"),
        ("桃竹竹苗区域治理合作协议", "mentioned"),
        ("海峡两岸经济合作架构协议", "mentioned"),  # (去年…签署后: the act after it, in the past too)
        ("成渝地区双城经济圈建设规划纲要", "adopted"),  # (no past time before it: the act reported)
    ]


def test_signing_written_after_the_title_with_的() -> None:
    text = "伴随着《潍坊市人民政府、淄博市人民政府全面战略合作框架协议》的签署，两市合作进入新阶段。"
    assert table(text) == [("潍坊市人民政府、淄博市人民政府全面战略合作框架协议", "agreement", "signed")]


def test_newspaper_named_in_marks_is_no_document() -> None:
    assert table("据《澳门日报》报道，《粤澳合作框架协议》实施以来成效显著。") == [
        ("粤澳合作框架协议", "agreement", "mentioned")
    ]


def test_titles_across_a_pinyin_artifact_and_a_line_break_in_a_traditional_page() -> None:
    from extract.api import extract_text

    record = extract_text(
        "會議審議通過了《長江中游城市群協同發展規(guī)劃\n綱要》和《閩西南協同發展區合作章(zhāng)程》。據《澳門日報》報道。",
        ner=False,
    )
    assert [(a.title, a.kind, a.action) for a in record.agreements] == [
        ("长江中游城市群协同发展规划纲要", "plan", "adopted"),
        ("闽西南协同发展区合作章程", "plan", "adopted"),
    ]


def test_an_act_announced_with_its_time_between_is_mentioned() -> None:
    text = (
        "三市首长会议举行\n　　3月12日，三市首长会议举行。会议通过了《三市捷运路网整合规划》。"
        "依据会议决议，三市将于97年6月共同发布《三市观光行销联合宣言》。"
    )
    got = {a.title: a.action for a in extract_text(text, ner=False).agreements}
    assert got == {"三市捷运路网整合规划": "adopted", "三市观光行销联合宣言": "mentioned"}


def test_a_document_coordinated_with_an_announced_one_is_announced_too() -> None:
    text = (
        "论坛期间，四市将共同签署《四市文旅融合发展合作协议》，并发布《协同发展2025年重点任务清单》。"
        "会上，四省区讨论了《合作2018—2020年行动计划》，并共同发出《冰雪经济协同发展倡议》。"
    )
    got = [(a.title, a.action) for a in extract_agreements(text)]
    assert got == [
        ("四市文旅融合发展合作协议", "mentioned"),
        ("协同发展2025年重点任务清单", "mentioned"),
        ("合作2018—2020年行动计划", "discussed"),
        ("冰雪经济协同发展倡议", "released"),  # (计划 inside a title announces nothing)
    ]


def test_a_bare_verb_after_an_announced_acts_comma_is_announced_too() -> None:
    text = (
        "明天上午，联席会将讨论《黔湘桂边区旅游协作章程（草案）》，签署《三省区边区客运合作协议》。"
        "下午，三方审议了《边区合作2009年工作要点》，签署了《边区旅游营销合作协议》。"
    )
    got = [(a.title, a.action) for a in extract_agreements(text)]
    assert got == [
        ("黔湘桂边区旅游协作章程（草案）", "mentioned"),
        ("三省区边区客运合作协议", "mentioned"),
        ("边区合作2009年工作要点", "discussed"),
        ("边区旅游营销合作协议", "signed"),  # (了: done, whatever the clause before)
    ]


def test_a_document_whose_signing_is_awaited_is_only_mentioned() -> None:
    text = (
        "两县还商定，待湘黔两省正在协商的《沅水流域跨省界断面水质保护协议》签署后，再细化两地的考核办法。"
        "会上，两县签署了《沅水上下游联防联治合作协议》。"
    )
    got = [(a.title, a.action) for a in extract_agreements(text)]
    assert got == [("沅水流域跨省界断面水质保护协议", "mentioned"), ("沅水上下游联防联治合作协议", "signed")]


def test_a_document_being_drafted_with_either_character_is_only_mentioned() -> None:
    text = "两市人事部门正在研究制订《两市专业技术职称互认办法》。会议研究了《两市人才交流年度工作计划》。"
    got = [(a.title, a.action) for a in extract_agreements(text)]
    assert got == [("两市专业技术职称互认办法", "mentioned"), ("两市人才交流年度工作计划", "discussed")]


def test_a_document_initiated_is_released_and_a_federation_of_commerce_is_no_side() -> None:
    text = (
        "第二届长株潭经济合作论坛在长沙开幕\n"
        "本报讯 5月8日，第二届长株潭经济合作论坛在长沙开幕，长沙市、株洲市、湘潭市负责人出席。"
        "论坛期间，三市工商联共同发起《长株潭商会合作倡议》。\n"
    )
    rec = extract_text(text, ner=False)
    (doc,) = [a for a in rec.agreements if a.title == "长株潭商会合作倡议"]
    assert doc.action == "released" and doc.parties == []


def test_an_act_dated_after_the_page_is_announced_only() -> None:
    text = (
        "通化本溪签署合作协议\n2005-05-20\n"
        "本报讯 5月19日，两市签署了《通化本溪区域合作框架协议》。"
        "丹东市、白山市于今年10月发布《鸭绿江旅游线路联合推广计划》。"
        "两市于今年3月发布了《浑江流域生态保护方案》。\n"
    )
    got = {a.title: a.action for a in extract_text(text, ner=False).agreements}
    assert got["通化本溪区域合作框架协议"] == "signed"
    assert got["鸭绿江旅游线路联合推广计划"] == "mentioned"  # October, written in May
    assert got["浑江流域生态保护方案"] == "released"  # March: done


def test_the_day_of_an_act_told_with_the_same_day_after_a_bounding_day() -> None:
    text = (
        "三县首长会议召开\n2008-11-14\n"
        "本报讯 三县首长会议13日在马公召开，协议自本月20日起实施。"
        "另外，澎湖县政府与高雄市政府当天也签订《澎湖高雄海上客运合作备忘录》。\n"
    )
    r = extract_text(text, ner=False)
    assert {a.title: a.action for a in r.agreements}["澎湖高雄海上客运合作备忘录"] == "signed"
    assert [d.start for d in r.dates if d.text == "当天"] in ([], ["2008-11-13"])


def test_a_document_to_be_drafted_is_only_mentioned() -> None:
    """研拟, 拟订, 研究制定 before the title: the document is still to be written (mentioned), even after a
    讨论 of something else in the sentence."""
    from extract import extract_text

    text = "会中也讨论中台湾区域发展方向，各县市同意委托学者研拟《中台湾区域发展纲要》，明年提出。"
    assert [(a.title, a.action) for a in extract_text(text, ner=False).agreements] == [("中台湾区域发展纲要", "mentioned")]


def test_a_document_since_whose_act_time_has_passed_is_mentioned() -> None:
    """《…》印发以来, 签署一年来: the article looks back on the act (RECORD.md: 实施以来 is mentioned)."""
    from extract import extract_text

    text = "《关于促进中部地区崛起的若干意见》印发以来，六省发展加快。《泛珠三角区域合作框架协议》签署一年来，合作成效显著。"
    got = [(a.title, a.action) for a in extract_text(text, ner=False).agreements]
    assert got == [("关于促进中部地区崛起的若干意见", "mentioned"), ("泛珠三角区域合作框架协议", "mentioned")]
    assert extract_text("会议期间，双方签署了《合作协议》。", ner=False).agreements[0].action == "signed"


def test_a_signing_striven_for_is_only_mentioned() -> None:
    """力争年内与黄冈市签署《…》, 争取年底前签订《…》: still to come."""
    from extract import extract_text

    text = "我们将力争年内与安庆市签署《池安港口协同发展合作协议》，并争取年底前签订《池安旅游合作备忘录》。"
    assert [a.action for a in extract_text(text, ner=False).agreements] == ["mentioned", "mentioned"]


def test_a_verb_of_the_titles_attribute_does_not_govern_it() -> None:
    """审议通过了…共同起草的《A》, 审议通过了修订后的《B》: adopted (the clause's verb), not mentioned."""
    text = (
        "会议还审议通过了两市文化和旅游部门共同起草的《汉中广元文化旅游合作行动计划（2022—2024年）》。"
        "会议并审议通过了修订后的《常张生态文化旅游协同发展联席会议章程》。"
        "两市正在起草的《临汾运城旅游合作规划》将于年底印发。"
    )
    assert [a.action for a in extract_agreements(text)] == ["adopted", "adopted", "mentioned"]


def test_a_notice_hands_out_the_document_its_issuer_adopts() -> None:
    """A notice's formula: 《X》已经州人民政府同意，现印发给你们 — the verb of the clause after the approval
    (印发: adopted, as 现将《X》印发给你们 reads); the headline's issuer (楚雄州人民政府办公室关于印发…的通知) is
    the document's side.  An approval before a verb still to come (将于下月签署) stays mentioned."""
    text = (
        "楚雄州人民政府办公室关于印发楚雄州融入滇中城市经济圈2007年工作要点的通知\n各县市人民政府：\n"
        "　　《楚雄州融入滇中城市经济圈2007年工作要点》已经州人民政府同意，现印发给你们，请结合实际认真贯彻执行。\n"
    )
    docs = extract_text(text, ner=False).agreements
    assert [(a.action, [p.name for p in a.parties]) for a in docs] == [("adopted", ["楚雄彝族自治州"])]
    docs = extract_text("《两市旅游合作实施方案》已经市政府同意，现予印发，请认真组织实施。", ner=False).agreements
    assert [a.action for a in docs] == ["adopted"]
    docs = extract_text("《两市合作协议》已经双方同意，将于下月签署。", ner=False).agreements
    assert [a.action for a in docs] == ["mentioned"]


def test_a_verb_opening_a_clause_after_one_that_says_what_the_meeting_will_do() -> None:
    from extract import extract_text

    text = "据介绍，本次会议将总结第一次联席会议以来的合作成果，审议《张酒区域合作2025年重点任务清单》。"
    assert [a.action for a in extract_text(text, ner=False).agreements] == ["mentioned"]
    done = "会议听取了第一次联席会议以来的合作成果汇报，审议通过了《两市合作2025年工作要点》。"
    assert [a.action for a in extract_text(done, ner=False).agreements] == ["adopted"]


def test_a_joint_communique_is_a_document_and_a_paper_ending_in_it_none() -> None:
    """《闽粤两省加强经济合作联合公报》 发表: a declaration released; 《大公报》 is a newspaper."""
    from extract.extractors.agreements import document_kind, extract_agreements

    got = [(a.title, a.kind, a.action) for a in extract_agreements("会后，两省发表《闽粤两省加强经济合作联合公报》。", [])]
    assert got == [("闽粤两省加强经济合作联合公报", "declaration", "released")]
    assert document_kind("大公报") is None


def test_a_signing_verb_that_names_the_signatories_is_no_act_here() -> None:
    """两省同为《泛珠三角区域合作框架协议》签约省份: the provinces that signed it once, no signing at this event;
    《两市合作协议》签约 still is one."""
    from extract.extractors.agreements import extract_agreements

    got = [(a.title, a.action) for a in extract_agreements("两省同为《泛珠三角区域合作框架协议》签约省份，合作基础良好。", [])]
    assert got == [("泛珠三角区域合作框架协议", "mentioned")]
    assert [a.action for a in extract_agreements("会上，《两市合作协议》签约。", [])] == ["signed"]


def test_a_draft_briefed_to_the_meeting_after_an_attributive_verb_is_discussed() -> None:
    text = (
        "座谈会中，县府工商旅游处长游振宏就县府研拟的《宜兰县宁波市观光交流合作备忘录（草案）》进行简报，"
        "双方逐条讨论合作项目，并同意各自再行研议，暂不签署。"
    )
    assert [(a.title, a.action) for a in extract_agreements(text)] == [
        ("宜兰县宁波市观光交流合作备忘录（草案）", "discussed")
    ]
    # the verb before the title governs where nothing follows it (研拟《X》: drafting it, mentioned)
    assert extract_agreements("县府正着手研拟《宜兰县观光发展计划》。")[0].action == "mentioned"


def test_a_document_the_clause_measures_by_is_mentioned() -> None:
    text = (
        "会议还对《2018年福州定西扶贫协作项目计划（讨论稿）》进行了讨论，"
        "要求两市扶贫部门对照《东西部扶贫协作考核办法（试行）》的要求抓紧修改完善。"
    )
    assert [(a.title, a.action) for a in extract_agreements(text)] == [
        ("2018年福州定西扶贫协作项目计划（讨论稿）", "discussed"),
        ("东西部扶贫协作考核办法（试行）", "mentioned"),
    ]


def test_a_draft_opinions_were_exchanged_on_is_discussed() -> None:
    text = "双方亦就《云浮与澳门经贸交流合作计划（讨论稿）》交换意见，同意在今年5月前再作磋商。"
    assert [(a.title, a.action) for a in extract_agreements(text)] == [("云浮与澳门经贸交流合作计划（讨论稿）", "discussed")]


def test_a_signing_ceremony_named_as_the_clauses_time_is_no_act_on_the_title() -> None:
    """签约仪式后，两市并就《A（草案）》交换意见: 签约 names the ceremony (a time of the clause), not an act on A."""
    text = "签约仪式后，两县并就《苗中两县观光交流实施计划（草案）》交换意见，决定于5月底前完成修正。"
    assert [(a.title, a.action) for a in extract_agreements(text)] == [("苗中两县观光交流实施计划（草案）", "discussed")]
    signed = "在签约仪式上，两县签署了《苗中两县观光合作协定书》。"
    assert [(a.title, a.action) for a in extract_agreements(signed)] == [("苗中两县观光合作协定书", "signed")]


def test_a_draft_studied_is_discussed() -> None:
    """常委会还对《A（草案）》进行了研究，…提出了修改意见 (document_actions.tsv after 进行了研究): discussed."""
    text = "常委会还对《陕晋黄河沿岸生态保护协作规划（草案）》进行了研究，向山西方面提出了修改意见。"
    assert [(a.title, a.action) for a in extract_agreements(text)] == [("陕晋黄河沿岸生态保护协作规划（草案）", "discussed")]


def test_a_document_whose_drafting_is_started_is_only_mentioned() -> None:
    """启动《A》编制工作 (document_actions.tsv ``drafting``): the drafting starts, the document is only
    mentioned, not released by 启动."""
    from extract import extract_text

    text = "一是启动《克拉玛依市国民经济和社会发展第十四个五年规划纲要》编制工作，高质量完成前期重大课题研究。"
    doc = extract_text(text, ner=False).agreements[0]
    assert (doc.action, doc.parties) == ("mentioned", [])


def test_a_document_pushed_forward_after_a_signing_is_only_mentioned() -> None:
    """两市要以此次签约为契机，推动《…实施方案》尽快落地见效 (document_actions.tsv: 推动, 推进 before the
    title): the plan is what the signing serves, only mentioned, not signed."""
    from extract import extract_text

    text = (
        "6月5日，南充市医保局与达州市医保局签订医疗保障合作协议。龙建平在致辞中表示，两市要以此次签约为契机，"
        "推动《川东北经济区医疗保障一体化发展实施方案》尽快落地见效。"
    )
    doc = extract_text(text, ner=False).agreements[0]
    assert (doc.action, doc.parties) == ("mentioned", [])


def test_a_drafts_note_between_the_title_and_its_verb() -> None:
    """双方还对《A》（讨论稿）进行了讨论: the verb after the draft's bracketed note says what was done: discussed."""
    from extract import extract_text

    text = "座谈会上，双方还对《东海临沭水晶产业协作三年行动方案》（讨论稿）进行了讨论，将在修改完善后提交两县政府审定。"
    doc = extract_text(text, ner=False).agreements[0]
    assert (doc.action, doc.parties) == ("discussed", [])


def test_a_signing_ceremony_is_not_of_another_document_of_the_same_kind() -> None:
    """滇黔交通运输合作框架协议签约仪式 signs its own framework agreement, not 《泛珠三角区域合作框架协议》 that the sides
    will go on carrying out (they share only 合作框架协议); 《…观光产业合作备忘录》 is the ceremony's own."""
    from extract.extractors.agreements import signed_at

    assert not signed_at("滇黔交通运输合作框架协议签约仪式", "泛珠三角区域合作框架协议")
    assert signed_at("滇黔交通运输合作框架协议签约仪式", "滇黔交通运输合作框架协议")
    assert signed_at("云林县与南投县观光产业合作备忘录签署仪式", "云林县政府 南投县政府观光产业合作备忘录")


def test_a_signing_at_a_later_meeting_is_announced() -> None:
    """届时签署《A》 after a meeting agreed for next year: the signing is still to come (mentioned)."""
    text = "双方商定，明年在哈尔滨举行第二次座谈会，届时签署《哈长城市群人才合作协议》。"
    assert [(d.title, d.action) for d in extract_agreements(text)] == [("哈长城市群人才合作协议", "mentioned")]


def test_a_future_word_inside_an_offices_name_announces_nothing() -> None:
    """计划 inside 卫生和计划生育委员会 or 发展计划委员会 is an office's name, not 计划 (planned): the signing is done."""
    text = (
        "会上，米泉市人民政府与阜康市人民政府签订了《米泉市阜康市区域经济合作协议》，两市发展计划委员会签订了《煤电煤化工产业协同发展备忘录》。"
        "浙江省卫生和计划生育委员会与海西州卫生和计划生育委员会签订了《浙江海西医疗援青合作协议》。双方还计划签署《人才交流合作协议》。"
    )
    actions = {d.title: d.action for d in extract_agreements(text)}
    assert actions == {
        "米泉市阜康市区域经济合作协议": "signed",
        "煤电煤化工产业协同发展备忘录": "signed",
        "浙江海西医疗援青合作协议": "signed",
        "人才交流合作协议": "mentioned",
    }
    # (将 of the county 将乐县, 待 of 接待办)
    more = "三明市将乐县与泰宁县签署了《旅游合作协议》。市政府接待办与桂林市接待办签订了《接待工作合作协议》。"
    assert {d.action for d in extract_agreements(more)} == {"signed"}


def test_a_document_as_the_topic_of_a_discussion() -> None:
    """就《A》的文本进行了讨论: the title opens the topic (就), a few words of it, then the verb of discussing."""
    text = (
        "双方还就《海南省与澳门特别行政区合作安排（2020—2022年）》的文本进行了讨论。"
        "双方还就《澳渝会展业合作备忘录》的内容进行了讨论，计划于明年在重庆签署。"
    )
    assert {d.action for d in extract_agreements(text)} == {"discussed"}


def test_a_former_headline_in_marks_is_no_document() -> None:
    """原标题：《亳州淮北签署战略合作框架协议　共建皖北协同发展示范区》: a reposted story's headline in marks, under its
    label — no document; the agreement the body names is one."""
    text = (
        "来源：亳州晚报\n原标题：《亳州淮北签署战略合作框架协议　共建皖北协同发展示范区》\n\n"
        "8月22日，两市市长代表两市政府签署《亳州市人民政府 淮北市人民政府战略合作框架协议》。\n"
    )
    assert [d.title for d in extract_agreements(text)] == ["亳州市人民政府 淮北市人民政府战略合作框架协议"]


def test_a_signing_urged_on_is_to_come_but_one_after_a_comma_is_done() -> None:
    """A work plan's task 推动两市签署《A》: A only mentioned; 为推动两地合作，双方签署了《B》: the comma, B signed."""
    text = (
        "四、完善合作推进机制。推动两市签署《南京市 马鞍山市深化战略合作框架协议》，配合办好联席会议。\n"
        "为推动两地合作，双方签署了《宁马产业协作协议》。\n"
    )
    actions = {a.title: a.action for a in extract_text(text, ner=False).agreements}
    assert actions == {"南京市 马鞍山市深化战略合作框架协议": "mentioned", "宁马产业协作协议": "signed"}


def test_an_act_proposed_or_denied_leaves_the_document_mentioned() -> None:
    """对方提议签署…，参访团婉拒，只把《A》带回研究; 此行并未签署任何文件，对方提出的《B》已带回: a proposal is still to come
    (rules/document_actions.tsv urging 提议) and a denied act (negation 未, 不具) is none — A and B only mentioned, with no
    parties."""
    text = (
        "宜兰县议会参访团访问泉州\n"
        "座谈中，泉州方面提议签署农业合作协议，参访团以不具签约权限为由婉拒，只把一份《泉州市与宜兰县农业交流协议（草案）》带回研究。"
        "团长表示，此行并未签署任何文件，对方提出的《泉州市宜兰县观光交流协议书》也将交由县府评估。\n"
    )
    docs = {a.title: (a.action, a.parties) for a in extract_text(text, ner=False).agreements}
    assert docs == {
        "泉州市与宜兰县农业交流协议（草案）": ("mentioned", []),
        "泉州市宜兰县观光交流协议书": ("mentioned", []),
    }


def test_a_verb_that_closes_its_clause_governs_no_title_after_the_comma() -> None:
    """…《A（讨论稿）》进行了讨论，并表示将积极对接正在编制的《B》: B is only mentioned (讨论 took A, before it)."""
    text = (
        "会议对《石臼湖水环境联防联治工作方案（讨论稿）》进行了讨论，并表示将积极对接正在编制的"
        "《长江三角洲区域一体化发展规划纲要》，共同守护石臼湖。\n"
    )
    actions = {a.title: a.action for a in extract_text(text, ner=False).agreements}
    assert actions["长江三角洲区域一体化发展规划纲要"] == "mentioned"
    assert actions["石臼湖水环境联防联治工作方案（讨论稿）"] == "discussed"


def test_a_future_word_opening_the_verbs_clause_far_before_it() -> None:
    """四、…。力争年内与南京市卫生计生委签订《A》: the clause opens with 力争, the time and the partner between — A is only
    mentioned; 会上，两市卫生部门与南京市卫生计生委签订了《B》: signed."""
    text = (
        "四、推进公共服务共享。力争年内与南京市卫生计生委签订《宁滁医疗卫生合作框架协议》，9月底前实现公积金互认。\n"
        "会上，滁州市卫生部门与南京市卫生计生委签订了《宁滁卫生应急合作协议》。\n"
    )
    actions = {a.title: a.action for a in extract_text(text, ner=False).agreements}
    assert actions == {"宁滁医疗卫生合作框架协议": "mentioned", "宁滁卫生应急合作协议": "signed"}


def test_a_renewal_signs_and_planning_a_document_only_mentions_it() -> None:
    """续签了《…协议》: signed again; 共同规划《…计划》: the work of making it, only mentioned."""
    assert table("会上，两县续签了《泸水县云龙县边界联防协议》。") == [("泸水县云龙县边界联防协议", "agreement", "signed")]
    text = "两县将互设旅游服务柜台，并共同规划《宜屏观光护照推广计划》，预计明年初正式启动。"
    assert [(t, a) for t, _, a in table(text)] == [("宜屏观光护照推广计划", "mentioned")]


def test_a_document_the_sides_agree_to_study_signing_is_only_mentioned() -> None:
    """雙方同意由嘉義縣農會與三明市相關單位研議簽署《嘉義三明茶葉產銷交流合作備忘錄》: a signing to come — mentioned, no parties."""
    text = "座談會上，雙方同意由嘉義縣農會與三明市相關單位研議簽署《嘉義三明茶葉產銷交流合作備忘錄》。\n"
    (doc,) = extract_text(text, ner=False).agreements
    assert (doc.action, doc.parties) == ("mentioned", [])


def test_a_document_signed_in_a_month_of_this_year_recalled_is_only_mentioned() -> None:
    """今年3月《粵澳合作框架協議》簽署後，澳門與內地的經貿合作進一步深化: the signing recalled — mentioned, no parties."""
    text = "鹽城市代表團訪問澳門。今年3月《粵澳合作框架協議》簽署後，澳門與內地的經貿合作進一步深化。\n"
    (doc,) = extract_text(text, ner=False).agreements
    assert (doc.action, doc.parties) == ("mentioned", [])


def test_a_signing_named_as_the_occasion_is_no_act_on_the_title_after_it() -> None:
    """希望以此次签约为契机，在《粤港澳大湾区发展规划纲要》框架下…: the signing is the occasion (以…为契机), the plan only
    mentioned."""
    text = "龙华区区长说，希望以此次签约为契机，在《粤港澳大湾区发展规划纲要》框架下，推动两地深化合作。"
    (doc,) = extract_text(text, ner=False).agreements
    assert doc.action == "mentioned"


def test_places_listed_then_what_they_share_and_their_count_sign_a_document_alone() -> None:
    """八县（市）共同签署了《…》。丰县、砀山县、单县、曹县沿黄河故道的四县还签署了《黄河故道生态保护合作协议》: the
    four listed, a phrase of what they share and their count before the verb, are its parties — not all eight."""
    text = (
        "苏鲁豫皖四省交界县（市）区域合作第八次联席会议在砀山县召开。丰县、沛县、砀山县、萧县、单县、曹县、夏邑县、永城市"
        "八县（市）共同签署了《区域合作框架协议》。丰县、砀山县、单县、曹县沿黄河故道的四县还签署了《黄河故道生态保护合作协议》。"
    )
    docs = {a.title: {p.name for p in a.parties} for a in extract_text(text, ner=False).agreements}
    assert docs["黄河故道生态保护合作协议"] == {"丰县", "砀山县", "单县", "曹县"}


def test_a_document_cited_in_marks_takes_the_act_told_without_them() -> None:
    """A release tells the signing without marks (并与衢州市人民政府签署文化交流合作备忘录) and names the
    document in 《》 only where it cites it (根据《…文化交流合作备忘录》): signed. A bare kind's tail alone
    (签署了合作备忘录) fits any memorandum, and an act announced or recalled is none."""
    told = (
        "民政事务局局长今日上午在衢州出席座谈会，并与衢州市人民政府签署文化交流合作备忘录。"
        "他表示，今次签署的备忘录为两地合作订立了框架。"
        "根据《香港特别行政区政府民政事务局与衢州市人民政府文化交流合作备忘录》，双方将每年召开一次工作会议。"
    )
    assert [d.action for d in extract_agreements(told)] == ["signed"]
    anaphor = "今次签署的备忘录为两地合作订立了框架。根据《民政事务局与衢州市人民政府文化交流合作备忘录》，双方将加强合作。"
    assert [d.action for d in extract_agreements(anaphor)] == ["signed"]
    for other in (
        "双方签署了合作备忘录。根据《民政事务局与衢州市人民政府文化交流合作备忘录》，双方将加强合作。",
        "双方将签署文化交流合作备忘录。根据《民政事务局与衢州市人民政府文化交流合作备忘录》，双方将加强合作。",
        "两地去年签署了文化交流合作备忘录。根据《民政事务局与衢州市人民政府文化交流合作备忘录》，双方将加强合作。",
    ):
        assert [d.action for d in extract_agreements(other)] == ["mentioned"], other


def test_a_chain_of_acts_the_sentences_first_clause_announces_is_still_to_come() -> None:
    """A release's programme (他将在…出席…会议，与…会面，并见证两地签署《A》): the doer's 将 opens the sentence and every
    act it chains with 并 is still to come — mentioned; a chained act told done (…，并签署了《A》) or a sentence with
    no modal is signed."""
    programme = "十月三十一日上午，他将在连云港国际会议中心出席港连合作工作会议，与连云港市市长李晓东会面，并见证两地签署《深化经贸合作备忘录》。"
    assert [d.action for d in extract_agreements(programme)] == ["mentioned"]
    done = "会议由市长主持，与会代表参观了园区，并见证两地签署《深化经贸合作备忘录》。"
    assert [d.action for d in extract_agreements(done)] == ["signed"]
    told = "十月三十一日上午，他在连云港出席港连合作工作会议，与市长会面，并见证两地签署了《深化经贸合作备忘录》。"
    assert [d.action for d in extract_agreements(told)] == ["signed"]


def test_a_title_opening_its_clause_with_its_act_and_after_is_background() -> None:
    """《A》签署后，…将更加密切: the act as the time of what follows, the title opening its clause — mentioned; the act
    told of the title with nothing after it (会上，《A》正式签署。) is signed."""
    text = "梁卓贤表示，《内地与澳门关于建立更紧密经贸关系的安排》签署后，澳门与内地的往来将更加密切。"
    assert [d.action for d in extract_agreements(text)] == ["mentioned"]
    assert [d.action for d in extract_agreements("会上，《两市合作协议》正式签署。")] == ["signed"]


def test_the_doers_clause_right_after_the_title_says_who_signed() -> None:
    """会议形成了《A》，由伊克昭盟盟长X、忻州地区行署专员Y、吕梁地区行署副专员Z、榆林地区行署专员W共同签署: the clause after
    the title's brings in its doers (a list of officials) and their act — signed."""
    text = (
        "闭幕会上，会议形成了《晋陕蒙接壤地区第三次经济技术协作会议纪要》，由伊克昭盟盟长吉日嘎拉、忻州地区行署专员郭振林、"
        "吕梁地区行署副专员任怀德、榆林地区行署专员薛志明共同签署。"
    )
    assert [d.action for d in extract_agreements(text)] == ["signed"]


def test_a_short_name_in_brackets_is_the_same_document_and_an_annex_shares_its_act() -> None:
    """签署《…备忘录》（以下简称《备忘录》），连同附件《…项目清单》。根据《备忘录》…: the short name and its later mentions are the
    titled document (no other 备忘录), and the annex named after it is signed with it."""
    text = (
        "双方签署了《黄山市人民政府与衢州市人民政府关于深化旅游合作的备忘录》（以下简称《备忘录》），连同附件《黄衢首批旅游合作项目清单》。"
        "根据《备忘录》，两市将互送客源。"
    )
    assert table(text) == [
        ("黄山市人民政府与衢州市人民政府关于深化旅游合作的备忘录", "agreement", "signed"),
        ("黄衢首批旅游合作项目清单", "plan", "signed"),
    ]


def test_an_annex_signed_together_after_its_title() -> None:
    """作为《协作协议》附件的《…清单》一并签署: 一并 (同时) before the verb after the title — signed."""
    text = "两县签署了《武义县 遂昌县生态保护协作协议》，作为附件的《武义遂昌联合执法事项清单》一并签署。"
    assert [a for _, _, a in table(text)] == ["signed", "signed"]


def test_a_directory_is_a_list_like_a_checklist() -> None:
    """《…龙头企业名录》 (rules/document_kinds.tsv: 名录, a list like 清单) is a plan-kind document."""
    assert document_kind("凤阳明光农业产业化龙头企业名录") == "plan"
    assert table("两县共同发布了《凤阳明光农业产业化龙头企业名录》。") == [
        ("凤阳明光农业产业化龙头企业名录", "plan", "released")
    ]


def test_the_bodies_for_talks_across_the_strait_sign_for_no_place_and_where_they_sign_is_none() -> None:
    """海协会与海基会在台北签署了《海峡两岸海运协议》: national bodies sign (rules/parties.tsv ``national``), and 台北, where
    they signed, is no side."""
    from extract import extract_text

    text = "2008年11月4日，海协会与海基会在台北签署了《海峡两岸海运协议》等四项协议，两岸海上直航将于12月15日正式启动。"
    (doc,) = extract_text(text, ner=False).agreements
    assert doc.action == "signed" and doc.parties == []


def test_a_headlines_future_word_is_no_future_of_the_leads_second_act() -> None:
    """…携手争取地方财政 over the lead's …共同签署《A》，并通过《B》: the sentence before the coordinated act starts after
    the headline's line — its 争取 announces nothing, B is adopted."""
    text = (
        "六都市長齊聚臺中　簽署共同宣言攜手爭取地方財政\n發布日期：2016-10-21\n六都市長高峰會今（21）日上午在臺中市政府"
        "舉行，高雄市長吳美華出席，六都共同簽署《六都合作共同宣言》，並通過《六都市長高峰會運作要點》，未來每半年由六都輪流主辦。"
    )
    got = {a.title: a.action for a in extract_text(text, ner=False).agreements}
    assert got == {"六都合作共同宣言": "signed", "六都市长高峰会运作要点": "adopted"}


def test_a_document_whose_act_is_imminent_is_mentioned() -> None:
    """《…规划纲要》印发在即 (the release is close, not done): the document is only mentioned."""
    text = "会上，易建军表示，《成渝地区双城经济圈建设规划纲要》印发在即，金牛区将与沙坪坝区深度合作。"
    assert [a.action for a in extract_text(text, ner=False).agreements] == ["mentioned"]


def test_a_document_made_public_in_a_past_time_is_only_mentioned() -> None:
    """依据行政院去年底公布的《…实施办法》 (公布, 颁布, 批准 after a past time, as 签署 and 印发 are): recalled, only
    mentioned."""
    text = "嘉义县长陈明文率团访问厦门。不过依据行政院去年底公布的《试办金门马祖与大陆地区通航实施办法》，目前小三通仅限金门居民使用。"
    assert [a.action for a in extract_text(text, ner=False).agreements] == ["mentioned"]


def test_a_verb_closing_a_time_clause_before_the_title_is_no_act_on_it() -> None:
    """备忘录签署后，县府将依《南投县观光发展中程计划》的规划…: 签署 closes a clause of time about another document,
    no act on the plan — it is only mentioned."""
    text = "县府观光处长陈文雄指出，备忘录签署后，县府将依《南投县观光发展中程计划》的规划，明年5月邀请中卫市旅游业者来南投。"
    assert [a.action for a in extract_text(text, ner=False).agreements] == ["mentioned"]


def test_a_future_word_holding_the_verbs_first_character() -> None:
    """同意研究签署《冀港经贸合作框架协议》 (rules/document_actions.tsv future 研究签: it holds the 签 of 签署): the
    signing is only studied — the document is mentioned."""
    text = "交流会上，双方介绍了规划的实施情况，并同意研究签署《冀港经贸合作框架协议》，争取在今年下半年完成。"
    assert [a.action for a in extract_text(text, ner=False).agreements] == ["mentioned"]


def test_a_plan_followed_after_the_signing_is_only_mentioned() -> None:
    """簽約後兩縣將依《彰化縣觀光發展中程計畫》成立工作小組: 依 (according to) acts on the plan, not the signing of the
    clause's time before it."""
    text = (
        "彰化縣長與連江縣長今（14）日上午共同簽署《觀光產業合作備忘錄》。簽約後兩縣將依《彰化縣觀光發展中程計畫》成立工作"
        "小組，每半年召開一次聯繫會議。"
    )
    acts = {a.title: a.action for a in extract_text(text, ner=False).agreements}
    assert acts == {"观光产业合作备忘录": "signed", "彰化县观光发展中程计划": "mentioned"}


def test_a_verb_that_qualifies_its_doers_is_no_act_on_the_document() -> None:
    """两市作为发起城市共同起草的《…章程（草案）》，将提交…审议 (heldout615): 发起 before 城市 names the cities that initiate
    it, no release; the draft is only mentioned, with no parties."""
    text = "2023年6月10日，库尔勒阿克苏两市合作座谈会召开。据悉，两市作为发起城市共同起草的《南疆城市合作联盟章程（草案）》，将提交今年10月召开的联盟成立大会审议。"
    (doc,) = extract_text(text, ner=False).agreements
    assert doc.action == "mentioned" and doc.parties == []


def test_a_document_discussed_then_adopted_in_the_next_clause_is_adopted() -> None:
    """与会代表讨论了《芜湖景德镇陶瓷产品联合销售办法》，并原则通过 (heldout621's scan): discussed, then adopted in
    principle in the clause after it — adopted, the meeting's sides its parties."""
    text = "1986年10月20日，芜湖景德镇两市经济技术协作洽谈会在芜湖举行。洽谈会期间，与会代表讨论了《芜湖景德镇陶瓷产品联合销售办法》，并原则通过。"
    (doc,) = extract_text(text, ner=False).agreements
    assert doc.action == "adopted" and {p.name for p in doc.parties} == {"芜湖市", "景德镇市"}


def test_an_act_announced_anywhere_in_its_clause_or_agreed_before_it_is_still_to_come() -> None:
    """A future word anywhere in the verb's clause (两县还将与…共同签署《A》), or a clause of agreeing before it in
    its sentence (双方还商定，旅游节期间签署《A》) (heldout675): the document only mentioned — but not where 了 marks
    the act done, nor a verb of an attribute whose clause's future word is another verb's (…将在两市签署的《A》框架下)."""
    assert table("旅游节期间，两县还将与韶关、郴州两市文旅部门共同签署《南岭生态旅游区域协作倡议》。")[0][2] == "mentioned"
    assert table("双方还商定，援藏干部到岗以后，在狮泉河签署《江西省阿里地区经济技术合作协议》。")[0][2] == "mentioned"
    assert table("双方一致同意，并签署了《两市旅游合作协议》。")[0][2] == "signed"
    assert table("阿荣旗将在呼伦贝尔市与齐齐哈尔市签署的《战略合作框架协议》框架下深化合作。")[0][2] == "signed"


def test_regulations_are_documents_and_minutes_are_agreements() -> None:
    """《…条例》 and 《…规定》 a congress passes are documents (plans, as 办法 are; heldout674); 《…会议纪要》 is an
    agreement whatever was done with it (heldout673, 615, 678: the annotators' choice in 14 of 19 minutes)."""
    rows = table(
        "会议审议通过了《泸州市赤水河岸线保护条例》和《两市人大常委会协同立法工作规定》，"
        "并回顾了《炎宁两县第三次政法联席会议纪要》落实情况。"
    )
    assert rows == [
        ("泸州市赤水河岸线保护条例", "plan", "adopted"),
        ("两市人大常委会协同立法工作规定", "plan", "adopted"),
        ("炎宁两县第三次政法联席会议纪要", "agreement", "mentioned"),
    ]


def test_an_emergency_plan_is_a_plan() -> None:
    """《…联合扑救预案》 (heldout682's kind): an emergency plan (预案, of 突发事件应急预案管理办法) is an official
    document of kind plan."""
    text = "4月1日，房山区与涞水县在十渡镇签署《房涞边界森林火灾联合扑救预案》，并举行联合演练。"
    docs = extract_text(text, ner=False).agreements
    assert [(a.title, a.kind, a.action) for a in docs] == [("房涞边界森林火灾联合扑救预案", "plan", "signed")]


def test_a_document_issued_this_year_told_as_what_came_before_is_mentioned() -> None:
    """今年省政府印发《A》后，我市…: the document issued before, what was done since told after — only mentioned."""
    text = (
        "2007-08-10\n8月9日，两县防汛协作会议在宿松县召开，两县签署了《防汛协作协议》。据了解，今年省政府印发"
        "《安徽省防汛抗旱应急预案》后，沿江各县加快修订本县预案。\n"
    )
    got = {a.title: a.action for a in extract_text(text, ner=False).agreements}
    assert got == {"防汛协作协议": "signed", "安徽省防汛抗旱应急预案": "mentioned"}


def test_a_signing_dated_to_an_earlier_year_is_only_mentioned() -> None:
    """海峡两岸已于2009年签署《…》 beside the day's memorandum: an act an earlier year dates (document_actions.tsv
    ``past``: 已于, 曾于, 早在) is the background's — the document only mentioned, no parties."""
    rec = extract_text(
        "两县签署农产品合作备忘录\n本报讯 今（25）日两县签署农产品合作备忘录。两岸已于2009年签署《海峡两岸农产品检疫检验合作协议》，"
        "此次备忘录是地方层级的具体合作。\n",
        ner=False,
    )
    doc = next(a for a in rec.agreements if a.title == "海峡两岸农产品检疫检验合作协议")
    assert doc.action == "mentioned" and doc.parties == []
