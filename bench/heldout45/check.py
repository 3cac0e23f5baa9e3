"""Check heldout45's gold with the checks of heldout15 (through heldout17's checker, as heldout17 reuses
heldout15's: heldout13's, heldout12's, heldout11's and heldout10's readers and checks, and
bench/heldout/check_gold.py), plus checks of this set's own.

Pages are read as heldout15 reads them (`.txt` as UTF-8, else Big5, else GBK; a `.html` page in the
charset its `<meta>` names, reduced to its visible text; the rows of `collection.jsonl` by heldout13's
`rows()`).  The checks: those of ``check_gold.check`` (the same 600–2600 length bound), every gold
``publish_date`` written on the page or in the row, the event's days among the gold dates, heldout12's
line-ending check, heldout15's relative days as heldout17 widens them (`今（17）日`), heldout17's date order
and people checks, and here:

- relative days this set adds: `今天`/`今日` is the publish date, `上月28日` the 28th of the month before
  the publish date's, `本月初` the publish date's month (granularity `month`);
- `次日`/`翌日` is the day after the date item listed just before it;
- the gold title is one whole line of the article (or the row's `title`), and never one of the set's
  kickers (引题), decks and subtitles (副题), site banners or section labels (listed in ``NOT_TITLES``);
- credit labels read by the people check include `责编`, `摄影` and `作者`.

usage: python3 bench/heldout45/check.py [SET_DIR]   (OpenCC needed for the Traditional article)
"""

import datetime
import json
import pathlib
import re
import runpy
import sys

BENCH = pathlib.Path(__file__).resolve().parent.parent
heldout17 = runpy.run_path(str(BENCH / "heldout17" / "check.py"))
heldout15, heldout11 = heldout17["heldout15"], heldout17["heldout11"]
check_crlf, check_relative_days = heldout17["check_crlf"], heldout17["check_relative_days"]
check_date_order, check_people = heldout17["check_date_order"], heldout17["check_people"]
all_texts = heldout17["all_texts"]
T2S = heldout17["T2S"]


def golds(root: pathlib.Path):
    for gp in sorted((root / "gold").glob("*.json")):
        yield gp.stem, json.loads(gp.read_text(encoding="utf-8"))


def check_more_relative(root: pathlib.Path) -> int:
    """今天/今日, 上月N日, 本月初 against the publish date; 次日/翌日 against the item before."""
    problems = 0
    for doc, g in golds(root):
        pub = datetime.date.fromisoformat(g["publish_date"]) if g["publish_date"] else None
        prev = None
        for d in g["dates"]:
            want = None
            t = d["text"]
            if pub and re.match(r"今(天|日)", t):
                want = (pub.isoformat(), pub.isoformat())
            m = re.match(r"上月(\d+)日", t)
            if pub and m:
                last = pub.replace(day=1) - datetime.timedelta(days=1)
                day = last.replace(day=int(m.group(1))).isoformat()
                want = (day, day)
            if pub and t.startswith("本月初"):
                nxt = (pub.replace(day=28) + datetime.timedelta(days=4)).replace(day=1)
                want = (pub.replace(day=1).isoformat(), (nxt - datetime.timedelta(days=1)).isoformat())
            if re.match(r"(次日|翌日)", t) and prev:
                day = (datetime.date.fromisoformat(prev["end"]) + datetime.timedelta(days=1)).isoformat()
                want = (day, day)
            if want and (d["start"], d["end"]) != want:
                print(f"{doc}: {t} should be {want[0]}..{want[1]}, gold says {d['start']}..{d['end']}")
                problems += 1
            prev = d
    return problems


# the kickers (引题), decks and subtitles (副题), banners and section labels of this set's pages: never a title
NOT_TITLES = {
    "优势互补　互利共赢",
    "——签署旅游、交通两项合作协议",
    "吴忠新闻网",
    "签署战略合作框架协议　湘乡双峰携手共建产业园",
    "跨江携手　共谋发展",
    "两市签署三项合作文件　第四次会议明年在安庆举行",
    "营口·盘锦同城化发展第四次联席会议召开",
    "原创　盘锦发布　2016-08-12 18:30",
    "深化区域合作　共建开放通道",
    "——邵阳市党政代表团来怀考察并召开合作座谈会",
    "两市签署三项合作文件　共建嫩江流域生态屏障",
    "川陕携手　共建秦巴",
    "巴中市人民政府门户网站",
    "【区域合作】",
    "共建长白山南麓旅游环线",
    "浙赣边际合作再深化",
    "两市签署共建协议，发布首批20个合作项目清单",
    "衢州新闻网 · 时政",
    "豫企借港拓展海外市场",
    "港资将参与郑州航空港物流枢纽建设 洛阳文旅项目来港路演",
    "淮南网 | 中国淮南 · 淮南日报社主办",
    "山西新闻网 -- 山西日报",
    "川南一体化｜宜泸携手共建川南“双核”",
    "两市签署五项合作文件",
    "宜宾泸州同城化发展联席会议闭幕 两市签署五项合作文件",
}


def check_title_line(root: pathlib.Path) -> int:
    """The gold title is a whole line of the text (or the row's title field), and not one of the set's
    kickers, decks, subtitles, banners or section labels (``NOT_TITLES``)."""
    problems = 0
    banned = {re.sub(r"\s+", "", x) for x in NOT_TITLES}
    for doc, g in golds(root):
        if g["title"] is not None and re.sub(r"\s+", "", g["title"]) in banned:
            print(f"{doc}: title {g['title']!r} is a kicker, deck or banner line")
            problems += 1
    arts = all_texts(root)[0]
    for doc, g in golds(root):
        if g["title"] is None:
            continue
        text, fields, _ = arts.get(doc, ("", set(), None))
        lines = [re.sub(r"\s+", "", T2S(x) if T2S else x) for x in text.splitlines()]
        want = re.sub(r"\s+", "", g["title"])
        if want not in lines and want not in {re.sub(r"\s+", "", T2S(f) if T2S else f) for f in fields}:
            print(f"{doc}: title {g['title']!r} is not a whole line of the article")
            problems += 1
    return problems


def people(root: pathlib.Path) -> int:
    return check_people(root, heldout17["CREDIT_LABELS"] + ("责编", "摄影", "作者"))


if __name__ == "__main__":
    ROOT = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parent)
    arts, written = heldout15["rows_and_pages"](ROOT)
    extra = (
        ("line endings", check_crlf),
        ("relative days", check_relative_days),
        ("more relative days", check_more_relative),
        ("date order", check_date_order),
        ("people", people),
        ("title lines", check_title_line),
    )
    sys.exit(1 if heldout11.run(ROOT, (arts, written), extra=extra) else 0)
