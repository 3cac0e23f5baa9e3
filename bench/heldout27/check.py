"""Check heldout27's gold with the checks of heldout15 (and so of heldout13, heldout12, heldout11,
heldout10 and bench/heldout/check_gold.py), plus heldout17's checks (reused as heldout17 wrote them) and
three of this set's own.

Pages are read as heldout15 reads them (`.txt` as UTF-8, else Big5, else GBK; a `.html` page — or a
`.txt` that starts like one — in the charset its `<meta>` names, reduced to its visible text; the rows
of `collection.jsonl` by heldout13's `rows()`).  The checks: those of ``check_gold.check`` (the same
600–2600 length bound), every gold ``publish_date`` written on the page or in the row, the event's days
among the gold dates, heldout12's line-ending check, heldout15's relative days (`昨天`, `昨日`,
`昨（21）日`, `前天`, `上周五`, `本月2日`), and here:

- heldout15's check of relative days reads days in the page's own digits too, `今（11）日` and
  `明（12）日`: the digits are the day the publish date gives (today, tomorrow), and the gold has that day;
- the gold dates are listed in text order: each date's `text` is found in the normalized article at or
  after the place where the item before it was found;
- no official is named in a credit line of the page (`记者 X`, `编辑：X`, `校对：X`): a journalist or an
  editor is never an official.

This set adds:

- the article text of each file (from its headline to its last line of the story or credit, as listed
  in ``ARTICLE_END``, white space removed, Traditional converted) is 450–750 characters long;
- the relative days heldout15 and heldout17 do not read: `明日` is the day after the publish date, `次日`
  the day after the gold date listed before it; a Minguo date `105-03-18` is 1911 + 105;
- no gold official, staff member, date or 《》 title rests on page furniture only: each is written in the
  article text (or, for a date or a credit, in the stamp lines above the headline; for a row, in its
  fields).

usage: python3 bench/heldout27/check.py [SET_DIR]   (OpenCC needed for the Traditional articles)
"""

import datetime
import pathlib
import re
import runpy
import sys

BENCH = pathlib.Path(__file__).resolve().parent.parent
# heldout17's checker, run as a module (not as __main__): heldout15's readers and checks as heldout17
# widens them (relative days in the page's own digits), its gold reader and its credit-line check.
heldout17 = runpy.run_path(str(BENCH / "heldout17" / "check.py"))
heldout15 = heldout17["heldout15"]
heldout13, heldout11 = heldout15["heldout13"], heldout15["heldout11"]
heldout10, check_crlf = heldout15["heldout10"], heldout15["check_crlf"]
check_relative_days = heldout15["check_relative_days"]
T2S = heldout10.check_gold.T2S
all_texts, check_date_order = heldout15["all_texts"], heldout15["check_date_order"]
relative_day, golds, check_people = heldout17["relative_day"], heldout17["golds"], heldout17["check_people"]


# the last words of each article's story or credits (the page furniture after them is not the article)
ARTICLE_END = {
    "01_xingtai_liaocheng_2006": "（责任编辑：牛晓东）",
    "02_shuangyashan_qitaihe_2003": "（责任编辑：张立伟）",
    "03_wuhu_ahnu_2017": "责任编辑：刘婧",
    "04_shanwei_huizhou_2022_video": "审核：钟伟",
    "05_pingdingshan_luohe_2019_epaper": "校对：王红",
    "06_suining_tongnan_2021_url": "审核：何建",
    "07_pingliang_guyuan_2012_speech": "旅游推介会。",
    "08_baoding_haidian_open": "联席会议制度。",
    "09_hebei_hongkong_2024_hk": "交流活动。",
    "10_guizhou_macau_2013_mo": "横琴新区。",
    "11_yunlin_nantou_2016_roc": "（图／云林县政府提供）",
    "12_kinmen_lienchiang_2019_tw": "（摄影／李志强）",
    "7e3a0c5f91d2b846": "广州产业园。",
    "c91f4d2a60e7b385": "三年行动方案》。",
}


def article_text(root: pathlib.Path, doc: str, g: dict) -> str:
    """The article's text from its headline to its ARTICLE_END, flattened as check_gold compares it."""
    flat = heldout15["flat"](all_texts(root)[0].get(doc, ("",))[0])
    start = flat.find("".join(g["title"].split())) if g["title"] else 0
    end = flat.find(ARTICLE_END.get(doc, "\x00"), max(start, 0))
    if start < 0 or end < 0:
        return ""
    return flat[start : end + len(ARTICLE_END[doc])]


def check_article_length(root: pathlib.Path) -> int:
    """Each article's text, headline to last credit, is 450–750 characters."""
    problems = 0
    for doc, g in golds(root):
        n = len(article_text(root, doc, g))
        if not 450 <= n <= 750:
            print(f"{doc}: article text is {n} characters (headline or end marker not found when 0)")
            problems += 1
    return problems


def check_more_relative_days(root: pathlib.Path) -> int:
    """`明日` is the publish date's next day, `次日` the next day of the date listed before it, a Minguo
    `105-03-18` is 2016-03-18."""
    problems = 0
    for doc, g in golds(root):
        pub = datetime.date.fromisoformat(g["publish_date"]) if g["publish_date"] else None
        before = None
        for d in g["dates"]:
            want = None
            if d["text"].startswith("明日") and pub:
                want = pub + datetime.timedelta(days=1)
            elif d["text"].startswith("次日") and before:
                want = datetime.date.fromisoformat(before["end"]) + datetime.timedelta(days=1)
            m = re.fullmatch(r"(\d{2,3})-(\d{2})-(\d{2})", d["text"])
            if m:
                want = datetime.date(1911 + int(m.group(1)), int(m.group(2)), int(m.group(3)))
            if want and (d["start"], d["end"]) != (want.isoformat(), want.isoformat()):
                print(f"{doc}: {d['text']} is {want}, gold says {d['start']}..{d['end']}")
                problems += 1
            before = d
    return problems


def check_items_in_article(root: pathlib.Path) -> int:
    """No gold item rests on page furniture only: every official, staff member, date and 《》 title is
    within the article text (headline to ARTICLE_END) or the row's fields; the publish date's own
    expression may stand in a stamp above the headline."""
    problems = 0
    arts = all_texts(root)[0]
    for doc, g in golds(root):
        text = article_text(root, doc, g)
        fields = {T2S(f) if T2S else f for f in arts.get(doc, ("", set()))[1]}
        head = heldout15["flat"](arts.get(doc, ("",))[0])
        head = head[: head.find(text)] if text and text in head else ""
        for what, s in (
            [("official", o["name"]) for o in g["officials"]]
            + [("staff", s["name"]) for s in g["staff"]]
            + [("agreement", a["title"]) for a in g["agreements"]]
            + [("date", d["text"]) for d in g["dates"]]
        ):
            s = "".join(s.split())
            if s not in text and s not in fields and not (what in ("date", "staff") and s in head):
                print(f"{doc}: {what} {s} is not in the article text")
                problems += 1
    return problems


if __name__ == "__main__":
    ROOT = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parent)
    arts, written = heldout15["rows_and_pages"](ROOT)
    extra = (
        ("line endings", check_crlf),
        ("relative days", check_relative_days),
        ("date order", check_date_order),
        ("people", check_people),
        ("article lengths", check_article_length),
        ("more relative days", check_more_relative_days),
        ("items in the article", check_items_in_article),
    )
    sys.exit(1 if heldout11.run(ROOT, (arts, written), extra=extra) else 0)
