"""Page furniture wherever a page puts it: the article's items are read as without it.

Pages written for these tests (bench/perturb.py's furn_top/furn_middle/furn_bottom measure the
same kinds on every evaluation set)."""

from __future__ import annotations

import pytest

from extract import extract_text
from extract.text.normalize import normalize_text, to_simplified

STORY = [
    "甲乙两市签署文旅合作协议",
    "发布时间：2019-04-18 10:20　来源：江海日报",
    "4月17日，甲市与乙市在甲市召开文旅合作座谈会，两市签署了《甲乙两市文旅合作框架协议》。",
    "甲市市长张大同表示，两市将共同打造精品旅游线路。",
    "乙市副市长李明远介绍了乙市文旅资源。",
]


def page(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def test_page_counters_and_picture_prompts_are_furniture_and_no_headline() -> None:
    for counter in (
        "第1页 共3页",
        "共3页：上一页 1 2 3 下一页",
        "【第 2 页】",
        "（点击图片查看大图）",
        "上一页 1 2 下一页",
    ):
        text = page(counter, *STORY)
        art = normalize_text(text)
        assert counter not in art.body, counter
        assert extract_text(text, ner=False).title == STORY[0], counter


def test_a_bracketed_related_list_header_ends_the_article() -> None:
    for header in ("【相关新闻】", "〔相關新聞〕", "相关推荐", "为你推荐"):
        text = page(*STORY, header, "丙市召开安全生产工作会议", "丁县举办招商推介会")
        regions = {r.name for r in extract_text(text, ner=False).regions}
        assert not any(name.startswith(("丙", "丁")) for name in regions)
        assert "丙市召开" not in normalize_text(text).body, header


def test_a_wechat_posts_more_news_heading_with_its_arrow_ends_the_article() -> None:
    """▼更多资讯 (▶ 相关推荐) over a digest of other news: their days and places are none of the article's."""
    for header in ("▼更多资讯", "更多精彩", "▶ 相关推荐"):
        text = page(*STORY, header, "① 6月3日，东港市召开安全生产工作会议。", "② 凤城市油桃采摘节将于6月12日开幕。")
        r = extract_text(text, ner=False)
        assert not {"东港市", "凤城市"} & {g.name for g in r.regions}, header
        assert all(not d.text.startswith("6月") for d in r.dates), header


def test_a_related_list_head_set_between_rules() -> None:
    """── 本版其他新聞 ── (the head between two rules of dashes) over other stories: their words are none of the article's."""
    # (and its other words: 本版其他消息, 同版其它报道 — any of the page's, the day's other stories)
    for header in ("── 本版其他新聞 ──", "━━ 相关新闻 ━━", "== 延伸阅读 ==", "本版其他消息", "同版其它报道"):
        text = page(*STORY, header, "丙市噴水池下月重開", "丁县举办招商推介会")
        r = extract_text(text, ner=False)
        assert not any(d.text.startswith("下月") for d in r.dates), header
        assert "丙市" not in normalize_text(text).body, header


def test_a_newspaper_databases_related_record_with_its_date_is_furniture() -> None:
    """【相关文献】 title（date）under an archive record: another record, not a date of the article."""
    for line in ("【相关文献】南阳市召开经济工作会议（1993-03-02）", "相关资料：南阳市召开经济工作会议（1993-03-02）"):
        text = page(*STORY, "【字数】1032　【分类】经济协作", line)
        assert "1993-03-02" not in normalize_text(text).body, line
        assert all(d.start != "1993-03-02" for d in extract_text(text, ner=False).dates), line


def test_related_links_before_a_button_bar_and_an_editor_credit_are_still_links() -> None:
    # the bulleted run ends the page but for furniture and a credit after it
    text = page(
        *STORY, "·嘉兴市长率团来我市考察", "·湖州召开太湖治理座谈会", "[打印] [关闭]", "分享：", "（责任编辑：周小燕）"
    )
    record = extract_text(text, ner=False)
    assert not {"嘉兴市", "湖州市"} & {r.name for r in record.regions}
    assert {s.name for s in record.staff} == {"周小燕"}


def test_an_outlet_opening_the_page_is_read_below_a_breadcrumb() -> None:
    story = ["【江海日报】甲乙两市签署文旅合作协议", *STORY[2:]]
    assert extract_text(page(*story), ner=False).source == "江海日报"
    assert extract_text(page("当前位置：首页 > 新闻中心 > 要闻动态", *story), ner=False).source == "江海日报"


def test_a_page_date_is_read_below_header_furniture_and_above_footer_furniture() -> None:
    header = ["网站首页 | 政务公开 | 办事服务 | 互动交流", "【字体：大 中 小】【打印】【关闭】", "分享到：微信 微博 QQ空间",
              "扫一扫在手机打开当前页", "当前位置：首页 > 新闻中心", "登录", "注册", "搜索", "English", "无障碍",
              "字号", "打印", "收藏", "分享到：", "关闭窗口"]  # fmt: skip
    story = ["甲乙两市签署文旅合作协议", "甲市 乙市", "文旅", "合作", "座谈", "签约", "协议", "市长",
             "2019年04月18日 10:20", *STORY[2:]]  # fmt: skip
    assert extract_text(page(*story), ner=False).publish_date == "2019-04-18"
    assert extract_text(page(*header, *story), ner=False).publish_date == "2019-04-18"
    # a press release's stamp on its last line, then the page's footer
    stamped = [STORY[0], *STORY[2:], "2019年4月18日（星期四）"]
    footer = [
        "【打印本页】【关闭窗口】",
        "分享到：微信 微博",
        "上一篇：丙市召开安全生产工作会议",
        "版权所有：江海日报社 ICP备12345678号",
    ]
    assert extract_text(page(*stamped), ner=False).publish_date == "2019-04-18"
    assert extract_text(page(*stamped, *footer), ner=False).publish_date == "2019-04-18"


def test_a_navigation_bar_under_a_short_release_is_no_page_header() -> None:
    # a header marker below the first line of prose closes the page, it does not open it
    text = page(*STORY, "今日新闻 | 新闻稿 | 政府资讯中心", "【相关新闻】丙市召开安全生产工作会议")
    art = normalize_text(text)
    assert not art.furniture_uncertain
    assert "4月17日，甲市与乙市" in art.body and "丙市召开" not in art.body
    record = extract_text(text, ner=False)
    assert record.title == STORY[0] and not any(r.name.startswith("丙") for r in record.regions)


def test_an_e_papers_title_list_above_the_story_does_not_end_it() -> None:
    text = page("日报数字报", "本版标题导航", "·丙市召开安全生产工作会议", "·丁县举办招商推介会", *STORY)
    record = extract_text(text, ner=False)
    assert record.title == STORY[0]
    assert [a.title for a in record.agreements] == ["甲乙两市文旅合作框架协议"]


def test_readers_comments_with_their_posting_times_are_furniture() -> None:
    page = (
        "厦门临夏召开东西部协作联席会议\n2023-07-03 10:00　来源：临夏日报\n"
        "7月1日，厦门市与临夏州东西部协作联席会议在临夏召开，双方审议通过了年度工作要点。\n"
        "黄国彬说，闽甘两省东西部协作开展以来，厦门与临夏结下了深厚情谊，厦门将持续加大支持力度。\n"
        "杨振东表示，临夏将用好厦门的资金、技术和市场优势，办好东西部协作产业园，让更多临夏产品走进厦门。\n"
        "编辑：张晓\n"
        "同安小陈：为两地协作点赞！　07-03 19:02\n"
        "鹭岛阿彬：期待展销会，想买临夏的牛肉。　07-03 19:40\n"
    )
    r = extract_text(page, ner=False)
    assert "同安区" not in {x.name for x in r.regions}
    art = normalize_text(page)
    assert "同安小陈" not in art.body and "协作联席会议在临夏召开" in art.body


def test_readers_comments_with_their_posting_times_before_the_remark_are_furniture() -> None:
    page = (
        "宁波黔西南召开东西部协作联席会议\n2022-09-14 10:00　来源：黔西南日报\n"
        "9月13日，宁波市与黔西南州东西部协作联席会议在兴义召开，双方审议通过了年度工作要点。\n"
        "会后，宁波客人考察了兴义市和安龙县的产业园区。\n"
        "编辑：王芳\n"
        "晴隆网友 2022-09-14 11:20：希望协作项目也能到我们县。\n"
        "普安老乡 09-14 12:05 说：点赞！\n"
    )
    r = extract_text(page, ner=False)
    assert not {"晴隆县", "普安县"} & {x.name for x in r.regions}
    art = normalize_text(page)
    assert "晴隆网友" not in art.body and "联席会议在兴义召开" in art.body


def test_readers_comments_with_a_masked_address_before_the_time_are_furniture() -> None:
    """莱西网友 60.215.*.* 2007-06-22 10:40：… — the poster's address, masked, between the nickname and the time."""
    page = (
        "青岛定西签订家政劳务协议\n2007-06-21 10:00　来源：青岛新闻网\n"
        "6月20日，青岛市妇联与定西市妇联签订家政劳务合作协议，双方商定三年内输送三千人。\n"
        "根据协议，定西市妇联负责组织有意愿的妇女报名并进行初选，青岛市妇联依托巾帼家政服务中心开展岗前培训。\n"
        "签约仪式后，代表团一行考察了青岛市的家政服务企业和社区服务中心，双方还就维权服务交换了意见。\n"
        "责任编辑：孔祥娟\n"
        "胶州网友 221.0.*.* 2007-06-22 09:12：欢迎定西姐妹！\n"
        "平度网友 60.215.*.* 2007-06-22 10:40：希望培训扎实一点，别走过场。\n"
    )
    r = extract_text(page, ner=False)
    assert not {"胶州市", "平度市"} & {x.name for x in r.regions}


def test_related_headlines_with_their_dates_after_the_header_are_furniture() -> None:
    page = (
        "宁波延边对口合作工作座谈会召开\n发布时间：2018年07月12日 08:20　　来源：延边日报\n"
        "本报讯 前天，宁波·延边对口合作工作座谈会在延吉市召开，双方审议通过了年度工作要点。\n"
        "会上，宁波市北仑区与珲春市签署了对口合作框架协议，鄞州区与汪清县签订了结对合作协议。\n"
        "双方商定，今年9月在宁波举办延边特色商品展销会，推动两地合作走深走实。\n"
        "（校对：李慧）\n相关新闻\n敦化市召开全域旅游推进会　2018-07-11\n长白山保护开发区管委会举行消夏节　2018-07-10\n"
    )
    r = extract_text(page, ner=False)
    assert "敦化市" not in {x.name for x in r.regions}
    assert "2018-07-11" not in {d.start for d in r.dates}
    assert str(r.publish_date) == "2018-07-12"


def test_a_forum_threads_replies_are_furniture() -> None:
    """沙发　X / 发表于 … / a reply: the replies after the reposted article are no part of it."""
    from extract import extract_text

    page = (
        "唐山论坛 » 唐山新闻\n楼主　海港小渔\n发表于 2008-9-20 10:41 | 只看该作者\n两市合作座谈会在唐山召开\n"
        "本报讯 昨日，唐山、秦皇岛两市合作座谈会在我市召开。两市签署了合作协议。\n\n"
        "沙发　老唐山人\n发表于 2008-9-20 11:05 | 只看该作者\n盼着咱们丰润区也能多落几个项目。\n"
    )
    assert "丰润区" not in {r.name for r in extract_text(page, ner=False).regions}


def test_a_related_list_head_with_its_links_on_one_line() -> None:
    """相关新闻 嘉兴：主动接轨上海步伐加快（04月25日） 湖州召开…（04月23日）: a page's <br>-joined links read as one line
    after their head — no dates, no places of the article."""
    text = page(*STORY, "相关新闻 嘉兴：主动接轨上海步伐加快（04月25日） 湖州召开南太湖开发座谈会（04月23日）")
    r = extract_text(text, ner=False)
    assert all(not d.text.startswith("04月") for d in r.dates)
    assert "嘉兴" not in normalize_text(text).body


def test_related_links_as_written_in_hong_kong_and_taiwan() -> None:
    """相關連結： (Hong Kong and Taiwan write 連結 for 链接) heads related links: the places of their
    titles are no mentions."""
    from extract import extract_text

    text = "元朗區議會代表團訪問新會市。\n相關連結：元朗區議會會議日程｜區議員名單｜屯門區議會新聞\n"
    assert "屯门区" not in {r.name for r in extract_text(text, ner=False).regions}
    # (and the links on the lines under it, each with its date: ．縣長率團出席海峽論壇（98-05-16）)
    text = "金門縣參訪團訪問翔安區。\n\n相關連結：\n．縣長率團出席海峽論壇（98-05-16）\n．烈嶼鄉召開座談（98-05-12）\n"
    r = extract_text(text, ner=False)
    assert not r.dates and "烈屿乡" not in normalize_text(text).body


def test_another_story_opened_by_its_mark_ends_the_article() -> None:
    """■另讯　7月4日，柳州市与来宾市…: another story after the article; its places are not the article's
    (but 又讯 goes on the same story as often, and stays)."""
    text = page(*STORY, "■另讯　7月4日，丙市与丁县在丁县召开工业协作座谈会。")
    assert "丙市与丁县" not in normalize_text(text).body
    text = page(*STORY, "　　又讯　昨天上午，代表团一行考察了开发区。")
    assert "代表团一行考察了开发区" in normalize_text(text).body


def test_a_navigation_bar_whose_last_items_look_like_a_credit_is_still_furniture() -> None:
    """图片 | 视频 at the end of a site's menu is no photo credit: the bar is furniture, its 台湾 | 港澳 no places."""
    text = (
        "新华网 | 新闻 | 时政 | 国际 | 财经 | 台湾 | 港澳 | 地方 | 图片 | 视频\n"
        "台湾云林县议会参访团来渝交流\n2014年10月16日 09:15:32　来源： 新华网\n"
        "新华网重庆10月16日电（记者 蒲晓东）15日，云林县议会参访团一行23人抵达重庆，双方举行渝台农业交流座谈会。\n"
    )
    names = {r.name for r in extract_text(text, ner=False).regions}
    assert "香港特别行政区" not in names and "澳门特别行政区" not in names
    assert {"云林县", "重庆市"} <= names


def test_a_sites_name_on_a_line_of_its_own_names_no_place() -> None:
    """A repost's site line (浙江在线新闻网站　【我要评论】) is the carrier's name, not a place of the story;
    the same name in the text still is."""
    text = page(STORY[0], STORY[1], "浙江在线新闻网站　【我要评论】【字号 大 中 小】", *STORY[2:])
    assert "浙江省" not in {r.name for r in extract_text(text, ner=False).regions}
    text = page(*STORY, "甲市将与浙江省有关城市开展合作。")
    assert "浙江省" in {r.name for r in extract_text(text, ner=False).regions}


def test_a_press_release_list_of_the_days_other_releases_is_furniture() -> None:
    """Under a government press release, 同日其他新闻公报： lists the day's other releases: no place of them is the
    story's."""
    release = [
        "工商局局长访问镇江",
        "　　李国章一行昨日（十一月七日）抵达南京，拜会了江苏省政府有关负责人。代表团成员包括工业贸易署副署长张家明及"
        "香港特别行政区政府驻北京办事处副主任刘美玲。代表团明日（十一月九日）前往扬州参观，并于十一月十日经上海返港。",
        "完",
    ]
    listed = ["　•运输局局长出席广州交通研讨会", "　•立法会十题：深圳湾口岸旅客设施", "　•财政司司长明日访问东京"]
    text = page(*release, "____________________", "同日其他新闻公报：", *listed, "____________________", "重要告示 | 私隐政策")
    names = {r.name for r in extract_text(text, ner=False).regions}
    assert not names & {"广州市", "深圳市"}


def test_a_databases_query_line_is_furniture() -> None:
    """您检索的是：1996年11月　第2版 over a database record: the reader's query, no date of the article."""
    for line in ("您检索的是：1996年11月　第2版", "检索条件：中横 AND 观光　共 37 笔　第 12 笔"):
        text = page("云南日报全文数据库　｜　按日期浏览　｜　高级检索", line, *STORY)
        dates = {d.text for d in extract_text(text, ner=False).dates}
        assert not any("1996" in d for d in dates), line
        assert line not in normalize_text(text).body, line


def test_an_apps_open_prompt_over_the_headline_is_no_headline() -> None:
    """打开新甘肃APP，阅读体验更佳　立即打开: an app page's banner, named after the app — the headline is under it."""
    for banner in ("打开新甘肃APP，阅读体验更佳　　　立即打开", "打开川观新闻客户端　阅读体验更佳"):
        assert extract_text(page(banner, *STORY), ner=False).title == STORY[0], banner


def test_bulleted_related_news_lines_with_their_roc_dates_are_furniture() -> None:
    """‧ 相關新聞：X（97-10-28） under a Taiwan county's release: another story, neither its date nor its places."""
    text = to_simplified(page(
        *STORY,
        "‧ 相關新聞：澎湖花火節總檢討會議（97-10-28）",
        "‧ 相關新聞：縣長率團赴臺北爭取離島建設基金（97-10-15）",
        "回上一頁　｜　友善列印　｜　轉寄好友",
    ))
    rec = extract_text(text, ner=False)
    assert not [d for d in rec.dates if d.start.startswith("2008-10")]
    assert not {"台北市", "澎湖县"} & {r.name for r in rec.regions}


def test_a_records_entry_date_field_is_no_date_of_the_article() -> None:
    """【字数】812　【入库日期】1997-02-20 under a database record: when it was filed, not a date of the story; a
    credit's field on such a line still credits (【责任编辑】)."""
    rec = extract_text(page(*STORY, "【字数】812　　【入库日期】1997-02-20　　【版权】本库所收文献仅供研究参考"), ner=False)
    assert not [d for d in rec.dates if d.start == "1997-02-20"]
    rec = extract_text(page(*STORY, "【字数】768　【责任编辑】侯建新"), ner=False)
    assert "侯建新" in {p.name for p in rec.staff}


def test_a_portals_list_of_more_agency_stories_is_furniture() -> None:
    """看更多中央社報導： over ．-bulleted links (Yahoo's page carrying CNA): no place of them is the story's."""
    text = to_simplified(page(
        "基隆新北首長會談　簽署區域合作備忘錄",
        "（中央社記者蕭雅文基隆21日電）基隆市長林建宏與新北市長陳文彬今天在基隆市政府舉行區域合作首長會議。",
        "看更多中央社報導：", "．北市公車漲價案　市府：尚無時間表", "．桃園機場捷運6月起加開直達車",
    ))
    assert not {"台北市", "桃园市"} & {r.name for r in extract_text(text, ner=False).regions}


def test_words_holding_place_names_that_name_no_place() -> None:
    """沙田柚 (a pomelo), 东北海岸 (Taiwan's north-east coast): region_stopwords.txt."""
    rec = extract_text(page(*STORY, "乙市将组织沙田柚等农产品参展，并串联东北海岸观光资源。"), ner=False)
    assert not {"沙田区", "东北地区"} & {r.name for r in rec.regions}
    # (古田会议会址, a site in 上杭县's town of 古田: no 古田县)
    rec = extract_text(page(*STORY, "宁德市代表团前往龙岩市永定县、上杭县参观土楼和古田会议会址。"), ner=False)
    assert "古田县" not in {r.name for r in rec.regions}


def test_the_end_of_a_story_carried_over_from_another_page_is_no_part_of_the_article() -> None:
    """（上接第二版）静乐县… at the top of a PDF page, over the article's headline: another story's end — its
    places are none of the article's, and the headline under it is the title."""
    page = (
        "忻州日报　　　　　　　　　　县域经济\n"
        "2010年3月5日　星期五　　　　　　　　　3\n\n"
        "（上接第二版）静乐县杂粮加工产业已形成规模，今年\n"
        "全县杂粮产量同比增长一成以上。\n\n"
        "保德府谷携手建设黄河大桥经济带\n\n"
        "　　本报讯（记者 杨晋生）昨日，保德县与陕西省府谷县在保德县召开县域经济合作座谈会，两县签订合作框架协议。\n"
    )
    r = extract_text(page, ner=False)
    assert r.title == "保德府谷携手建设黄河大桥经济带"
    assert "静乐县" not in {g.name for g in r.regions}


def test_a_story_continued_from_page_one_marked_with_jinjie_is_no_part_of_the_article() -> None:
    """（紧接A1版）…: the end of another story carried over (the marker's other wording)."""
    page = (
        "凉山日报（汉文版）　2024年3月22日　星期五\n\n"
        "（紧接A1版）全州春耕生产有序推进，目前已完成\n春播面积一百二十万亩。\n\n"
        "会理市与禄劝县签订协同发展合作协议\n\n"
        "　　本报讯（记者 吉克阿果）3月21日，金沙江两岸协同发展座谈会在会理召开，两地签订合作协议。\n"
    )
    assert extract_text(page, ner=False).title == "会理市与禄劝县签订协同发展合作协议"


def test_a_pages_list_of_its_stories_under_benban_biaoti_tells_the_other_stories() -> None:
    """本版標題 ‧A ‧B ‧C over an e-paper page of three stories: the list and the other two stories (B's 下月, C's 粵北)
    are furniture."""
    page = (
        "澳門日報電子版\n2019年7月9日　星期二\nA03版：澳聞\n\n本版標題\n"
        "‧澳門旅遊業界代表團訪西寧　簽旅遊合作備忘錄\n‧氹仔舊城區下月試行行人專用\n‧青年義工赴粵北山區支教\n\n"
        "澳門旅遊業界代表團訪西寧　簽旅遊合作備忘錄\n"
        "　　【本報訊】澳門旅遊業界代表團一行三十人前日抵達青海省西寧市，昨日與西寧市旅遊局舉行座談會並簽署旅遊合作備忘錄。\n\n"
        "氹仔舊城區下月試行行人專用\n　　【本報訊】交通事務局昨日公佈，氹仔舊城區將於八月一日起試行行人專用。\n\n"
        "青年義工赴粵北山區支教\n　　【本報訊】本澳二十名大專學生義工日前前往廣東省清遠市開展支教活動。\n"
    )
    r = extract_text(page, ner=False)
    assert "清远市" not in {g.name for g in r.regions} and "下月" not in {d.text for d in r.dates}


def test_a_database_records_place_among_the_results_with_full_width_brackets_is_furniture() -> None:
    """台州日报数据库　　检索结果 5/37　　［上一篇］［下一篇］［返回列表］ over a record: the database's line, no headline."""
    page = (
        "台州日报数据库　　检索结果 5/37　　［上一篇］［下一篇］［返回列表］\n\n"
        "黔东南州党政代表团来台考察\n\n【来源】台州日报　【日期】1994-05-17\n\n"
        "本报讯　黔东南州党政代表团一行二十人于5月14日至16日来我市考察，双方举行经济技术协作座谈会。\n"
    )
    assert extract_text(page, ner=False).title == "黔东南州党政代表团来台考察"


def test_a_database_query_line_after_its_name_is_furniture() -> None:
    """广西日报图文数据库　　检索词：儋县 防城　　共检索到3条记录　　第1条 over a record: the query, no headline."""
    page = (
        "广西日报图文数据库　　检索词：儋县 防城　　共检索到3条记录　　第1条\n"
        "儋县党政代表团到防城考察　琼桂两县签订边贸和海上运输协作协议\n来源：广西日报　日期：1991-11-08　版次：第2版\n"
        "　　本报防城11月7日电　海南省儋县党政代表团于11月4日至7日到防城各族自治县参观考察。6日上午，两县在防城镇召开"
        "经济协作座谈会。\n"
    )
    assert extract_text(page, ner=False).title == "儋县党政代表团到防城考察　琼桂两县签订边贸和海上运输协作协议"


@pytest.mark.parametrize(
    "banner",
    ["四川日报数据库（1952—2005）　全文检索　　检索词：经济协作", "查询结果　第 4 笔／共 11 笔　◀上一笔　下一笔▶"],
)
def test_a_databases_search_banner_is_no_headline(banner: str) -> None:
    """A database's name with its search's label, or the results' place (第 4 笔／共 11 笔), over a record: no headline."""
    page = (
        f"{banner}\n万县达县两地区经济协作联席会在万县市召开\n来源：四川日报　日期：1990-05-12\n"
        "　　本报讯　万县地区与达县地区经济协作联席会5月10日在万县市召开，两地区签订了经济技术协作协议。\n"
    )
    assert extract_text(page, ner=False).title == "万县达县两地区经济协作联席会在万县市召开"


def test_a_bar_of_links_with_a_link_back_to_the_top_is_furniture() -> None:
    """返回頁首 | 2014年3月新聞公報 | 今日新聞 under a press release: the page's links (its month no date of the article)."""
    page = (
        "民政事務局局長訪問天水\n　　民政事務局局長今日（三月十二日）在甘肅省天水市出席文化交流座談會。\n完\n\n"
        "2014年3月12日（星期三）\n香港時間19時32分\n\n返回頁首 | 2014年3月新聞公報 | 今日新聞\n"
    )
    assert "2014年3月" not in {d.text for d in extract_text(page, ner=False).dates}


def test_a_scrape_of_a_story_split_over_two_pages_reads_the_second_page_too() -> None:
    """A scraper that kept both pages of a story: page one's counter, comments and hot list, then the site's header
    again over the headline with (2) — the second page's officials, documents and days are the article's, the hot
    list's and the related list's places none of them."""
    page = "\n".join(
        [
            "常州新闻网 | 首页 | 常州 | 国内 | 国际 | 社会 | 财经 | 体育",
            "您的位置：常州新闻网 > 新闻中心 > 常州新闻 > 正文",
            "常镇两市签署旅游合作协议　共建江南旅游圈",
            "2012-05-16 09:12:40　来源：常州日报",
            "本报讯　5月15日，常州镇江两市旅游合作座谈会在常州召开。两市签署了《常州市镇江市旅游合作协议》。",
            "常州市委书记范家明在会上说，两市山水相连，旅游资源互补，合作大有可为。",
            "第1页　第2页　下一页　共2页",
            "网友评论（0条）　查看全部评论",
            "热点推荐：",
            "· 无锡地铁一号线开工建设　05-15",
            "常州新闻网 | 首页 | 常州 | 国内 | 国际 | 社会 | 财经 | 体育",
            "您的位置：常州新闻网 > 新闻中心 > 常州新闻 > 正文",
            "常镇两市签署旅游合作协议　共建江南旅游圈(2)",
            "2012-05-16 09:12:40　来源：常州日报",
            "两市旅游局同时签订了《常州镇江旅游客源互送合作备忘录》。镇江市委副书记、市长朱晓东出席会议并讲话。",
            "会议商定，今年9月将在镇江召开第二次座谈会。",
            "上一页　第1页　第2页　共2页",
            "相关新闻：",
            "· 常州与泰州签署港口合作协议　2012-04-28",
        ]
    )
    r = extract_text(page, ner=False)
    assert {"范家明", "朱晓东"} <= {p.name for p in r.officials}
    assert "常州镇江旅游客源互送合作备忘录" in {a.title for a in r.agreements}
    assert any(d.start == "2012-09-01" for d in r.dates)
    assert not {"无锡市", "泰州市"} & {g.name for g in r.regions}
    assert r.title == "常镇两市签署旅游合作协议　共建江南旅游圈"


def test_a_crawlers_record_fields_above_its_text_rule_are_furniture() -> None:
    """A crawler's dump: its fields (任务：湖北地市新闻-日更, 站点：…) above ==== 正文 ==== are no article — the headline is
    the text's first line, and no place of the task's name (湖北) is the article's."""
    text = (
        "==== 采集记录 ====\n任务：湖北地市新闻-日更\n采集时间：2014-01-03 21:40:11\n站点：孝感新闻网\n"
        "链接：http://www.xgrb.cn/news/xgxw/8c21f0a7.html\n==== 正文 ====\n孝感仙桃签署区域合作框架协议\n"
        "01-03 09:20　来源：孝感日报\n　　本报讯 昨天，孝感·仙桃区域合作座谈会在孝感召开。会上，两市签署了《孝感市仙桃市区域合作框架协议》。\n"
    )
    r = extract_text(text, ner=False)
    assert r.title == "孝感仙桃签署区域合作框架协议"
    assert "湖北省" not in {x.name for x in r.regions}


def test_a_sites_footer_bar_of_viewing_notes_dates_nothing() -> None:
    """更新日期：105-03-02　最佳瀏覽解析度1024×768　隱私權政策: the site's footer bar, its update date the site's — no
    date of the article."""
    text = (
        "基隆市與雲林縣簽署農漁產品行銷合作備忘錄\n發布日期：105-03-01　發布單位：產業發展處\n"
        "　　基隆市與雲林縣農漁產品行銷合作備忘錄簽署儀式昨（29）日上午在基隆市政府舉行，由基隆市長與雲林縣長代表雙方簽署。\n"
        "更新日期：105-03-02　最佳瀏覽解析度1024×768　隱私權政策｜資訊安全政策\n"
    )
    r = extract_text(text, ner=False)
    assert "2016-03-02" not in {d.start for d in r.dates}
    assert "2016-02-29" in {d.start for d in r.dates}


def test_a_blank_line_ends_an_epaper_list_without_bullets() -> None:
    """版面导航 over the page's sections (第01版：要闻 … PDF版下载), then a blank line, the kicker and the headline: the
    list ends at the gap — the headline is the article's (南通市党政代表团来营考察…, under the kicker 共推辽苏对口合作
    走深走实)."""
    text = (
        "营口日报 数字报\n第01版：要闻　　上一版 | 下一版\n版面导航\n第01版：要闻\n第02版：综合新闻\n第03版：区县新闻\nPDF版下载\n\n"
        "共推辽苏对口合作走深走实\n南通市党政代表团来营考察对口合作工作\n\n"
        "　　本报讯（记者 崔明宇）9月5日至6日，南通市委副书记、市长吴建东率南通市党政代表团来我市考察对口合作工作。"
        "昨日上午，营口市·南通市对口合作座谈会在营口召开。\n"
    )
    assert extract_text(text, ner=False).title == "南通市党政代表团来营考察对口合作工作"


def test_an_epaper_list_of_the_pages_stories_under_the_article_is_its_footer() -> None:
    """版面导航 alone on its line after the article, over 01　祁门县红茶产业扶贫成效明显 / 01　黄山区举办…: the page's other
    stories — their places are none of the article's."""
    text = (
        "苏州黄山两地深化文旅合作\n\n本报讯（记者 叶青岚）昨日上午，苏州·黄山文化旅游合作推进会在我市举行。两市文化旅游部门签署了"
        "《苏州市黄山市文化旅游合作框架协议》。\n\n本版编辑：汪晓春\n\n版面导航\n01　苏州黄山两地深化文旅合作\n"
        "01　祁门县红茶产业扶贫成效明显\n01　黄山区举办第二届太平猴魁开园节\n"
    )
    got = {r.name for r in extract_text(text, ner=False).regions}
    assert "祁门县" not in got and "黄山区" not in got and "苏州市" in got


def test_a_brief_repeating_its_one_agreements_words_does_not_beat_the_lead_story() -> None:
    """An e-paper page of a long lead story (a border meeting that signs one agreement and discusses another) and a
    brief whose headline and one sentence both say 签订…合作协议: the lead is the article — a story is weighed by the
    words of cooperation it holds, each once, not by how often it repeats one."""
    page = (
        "甘孜日报数字报刊平台\n2011年8月10日　星期三　　第01版：要闻\n\n本版导读\n"
        "·新龙理塘两县召开边界联谊会\n·丹巴县与小金县签订旅游合作协议\n\n"
        "新龙理塘两县召开边界联谊会\n"
        "本报讯（记者 张明　通讯员 李华）8月8日至9日，新龙·理塘两县第三次边界联谊会在新龙县召开。"
        "理塘县委书记王建设率代表团出席会议。\n"
        "会议签署了《新龙县理塘县边界草场纠纷联合调处协议》，讨论了《两县边界联防联谊章程（修订稿）》。\n\n"
        "丹巴县与小金县签订旅游合作协议\n"
        "本报讯（通讯员 高亮）8月5日，丹巴县与阿坝州小金县签订旅游合作协议，双方将共同推介旅游线路。\n"
    )
    r = extract_text(page, ner=False)
    assert r.title == "新龙理塘两县召开边界联谊会"
    assert "小金县" not in {g.name for g in r.regions} and "理塘县" in {g.name for g in r.regions}


def test_a_posts_other_news_under_qita_yaowen_is_no_part_of_the_article() -> None:
    """【其他要闻】 under a county post's credits, then two briefs with their own days and officials: the page's
    other news (furniture.tsv ``tail``), no dates or officials of the article."""
    page = (
        "嘉荫逊克两县召开沿江旅游合作座谈会\n2018-07-12\n"
        "7月11日，嘉荫县与逊克县在逊克县召开沿江旅游合作座谈会，两县签署旅游合作框架协议。\n"
        "来源：嘉荫县广播电视台\n记者：孙丽娜\n\n【其他要闻】\n\n县领导检查汛期安全工作\n"
        "7月10日，县委常委、副县长曲明亮带队检查防汛工作。\n\n我县召开脱贫攻坚推进会\n7月9日，县扶贫开发领导小组召开会议。\n"
    )
    r = extract_text(page, ner=False)
    assert {d.text for d in r.dates} == {"2018-07-12", "7月11日"}
    assert not r.officials


def test_the_photo_caption_under_a_pages_last_other_story_is_that_storys() -> None:
    """An e-paper page's last story (no dateline) ends with its photo's caption (图：…（记者　梁伟文　摄）): the
    caption goes with that story, its photographer no staff of the article."""
    page = (
        "澳门日报电子版\n2008年5月21日　星期三　　A05版：澳闻\n\n本版新闻\n‧鹰潭推介会昨在澳举行\n‧氹仔消防局举行开放日\n\n"
        "鹰潭推介会昨在澳举行\n【本报消息】江西鹰潭（澳门）经贸旅游推介会昨日下午在澳门举行，两地旅游部门签署旅游合作协议。\n"
        "图：推介会现场（记者　何嘉欣　摄）\n\n"
        "氹仔消防局举行开放日\n消防局氹仔行动站昨日举行开放日，吸引不少家长带同子女参观。\n"
        "图：小朋友试穿消防装备（记者　梁伟文　摄）\n\n本版编辑：区咏仪\n"
    )
    assert {s.name for s in extract_text(page, ner=False).staff} == {"何嘉欣", "区咏仪"}


def test_a_mojibake_line_is_no_headline_and_an_advertisement_no_article() -> None:
    """緿ら厨　緿ら厨　澳门日报 (an encoding read wrong: kana in a Chinese page) is never the headline; 【广告】… with its
    date is an advertisement, no date of the article."""
    page = (
        "緿ら厨　緿ら厨　澳门日报\n2024年5月17日　星期五\n嘉兴市政府代表团访澳　两地签经贸合作备忘录\n"
        "【本报消息】嘉兴市政府代表团昨日访澳，出席澳门·嘉兴经贸合作交流会。\n"
        "【广告】五店市春季文创市集　3月28日开市　扫码领取优惠券\n"
    )
    r = extract_text(page, ner=False)
    assert r.title == "嘉兴市政府代表团访澳　两地签经贸合作备忘录"
    assert "3月28日" not in {d.text for d in r.dates}


def test_a_wechat_topic_label_alone_on_its_line_and_its_topic_under_it_are_furniture() -> None:
    """收录于话题 / #区域合作 12个 (the label and the topic on two lines) over the post: no title, no text."""
    post = (
        "原创 来凤发布 来凤发布 2021-04-09 18:02\n\n收录于话题\n#区域合作 12个\n\n点击上方蓝字关注我们\n\n"
        "来凤酉阳签署6项合作协议\n4月8日，来凤县与酉阳县在来凤召开合作座谈会，两县签署6项合作协议。\n"
    )
    assert extract_text(post, ner=False).title == "来凤酉阳签署6项合作协议"


def test_briefs_under_a_bulleted_label_after_the_story_are_other_stories() -> None:
    """■简讯 over 本报讯　永新县… under the page's story: the briefs are other stories, their places and credits none
    of the article's."""
    page = (
        "延安与井冈山结为友好城市\n　　本报讯（记者　邹建华）10月8日，延安市与井冈山市缔结友好城市签字仪式在井冈山市举行。"
        "两市签订了《延安市井冈山市缔结友好城市协议书》，将联合开发红色旅游专线，加强合作。\n"
        "■简讯\n　　本报讯　永新县第三届农民运动会日前开幕，全县二十三个乡镇代表队参加比赛。（通讯员　尹志刚）\n"
    )
    rec = extract_text(page, ner=False)
    assert "尹志刚" not in {s.name for s in rec.staff} and "永新县" not in {r.name for r in rec.regions}
    assert "邹建华" in {s.name for s in rec.staff}


def test_a_comments_header_behind_a_section_bar_ends_the_article() -> None:
    """▍網友留言（3）: the comments' header written behind a section's bar (furniture.tsv tail); the readers' posting
    times under it are no dates of the article."""
    page = (
        "中市屏縣簽農業觀光合作備忘錄\n2020/11/05 17:32　來源：中央社\n\n（中央社記者蔡佩君屏東縣5日電）臺中市長沈佩綺今天率"
        "市府團隊到屏東縣政府，出席「中屏農業觀光交流合作簽約儀式」，雙方簽署農業觀光合作備忘錄。\n\n沈佩綺指出，臺中市近年推動"
        "在地農產品牌化，成效不錯，此次合作將以高屏與中彰投兩大生活圈為主軸。\n\n▍網友留言（3）\n阿賢　2020/11/05 18:21\n"
        "屏東的檸檬真的讚\n路人乙　2020/11/06 08:45\n這種備忘錄簽了之後有沒有後續？\n"
    )
    r = extract_text(page, ner=False)
    assert "2020-11-06" not in {str(d.start) for d in r.dates}
    assert "路人乙" not in normalize_text(page).body


def test_a_sites_welcome_banner_above_the_headline_is_furniture() -> None:
    """欢迎莅临阿里山！阿里山樱花季3月15日至4月10日热闹登场…: a county site's marquee of welcome over its menu
    (furniture.tsv line) — its days are no dates of the article, and the headline under the menu is read."""
    page = (
        "嘉義縣政府全球資訊網－縣政新聞\n回首頁\n｜\n縣長簡介\n｜\n縣政新聞\n歡迎蒞臨阿里山！阿里山櫻花季3月15日至4月10日熱鬧登場，"
        "歡迎各界踴躍參加。\n縣政新聞\n活動訊息\n招標公告\n桃園嘉義兩縣簽署災害防救相互支援協定\n新聞日期：2004/03/18　資料來源："
        "嘉義縣政府行政處\n桃園縣長姜文德昨（17）日率縣府消防局等單位主管一行25人到訪嘉義縣，上午在縣府二樓大禮堂與嘉義縣長"
        "侯振輝舉行簽約儀式，共同簽署《桃園縣嘉義縣災害防救相互支援協定》，約定遇有重大天然災害時，互派消防、搜救人員支援。\n"
    )
    r = extract_text(page, ner=False)
    assert r.title == "桃园嘉义两县签署灾害防救相互支援协定"
    assert [d.text for d in r.dates] == ["2004/03/18", "昨（17）日"]


def test_a_comment_sections_header_with_a_link_to_the_rest_opens_the_footer() -> None:
    """评论（3条）　　查看全部评论: a comment section's header with its link to all comments after the count; the readers'
    nicknames below (贵阳网友, 柳州网友) name no places of the article."""
    page = "\n".join(
        [
            "两市签署气候旅游合作协议",
            "2017-03-29 08:30　来源：北海日报",
            "本报讯　3月28日，六盘水市与北海市在北海签署气候旅游合作协议，双方将互送客源。",
            "六盘水市副市长王明说，两地一凉一暖，客源市场互补性强。",
            "评论（3条）\u3000\u3000\u3000\u3000查看全部评论",
            "贵阳网友\u30002017-03-29 10:21",
            "夏天去凉都避暑，冬天回北海晒太阳，安排！",
            "柳州网友\u30002017-03-29 12:47",
            "希望多开几班包机。",
        ]
    )
    names = {g.name for g in extract_text(page, ner=False).regions}
    assert {"六盘水市", "北海市"} <= names and not {"贵阳市", "柳州市"} & names
