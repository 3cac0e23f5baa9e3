"""Check heldout53's gold with the checks of heldout17 (and so of heldout15, heldout13, heldout12,
heldout11, heldout10 and bench/heldout/check_gold.py), plus checks of this set's own.

Pages are read as heldout15 reads them (`.txt` as UTF-8, else Big5, else GBK; a `.html` page in the
charset its `<meta>` names, reduced to its visible text; the rows of `collection.jsonl` by heldout13's
`rows()`).  The checks: those of ``check_gold.check`` (the same 600–2600 length bound on the page), every
gold ``publish_date`` written on the page or in the row, the event's days among the gold dates,
heldout12's line-ending check, heldout15's relative days with heldout17's `今（N）日`, heldout17's date
order and credited people, and here:

- every party of the event and of each agreement is a region item of the same level, and the event's
  location is a region item;
- `次日` is the day after the single-day gold date listed before it;
- the article text — from the headline to the last line of the story (its last sentence or credit,
  named below), without white space — is 450–650 characters.

usage: python3 bench/heldout53/check.py [SET_DIR]   (OpenCC needed for the Traditional articles)
"""

import datetime
import pathlib
import re
import runpy
import sys

BENCH = pathlib.Path(__file__).resolve().parent.parent
# heldout17's checker, run as a module (not as __main__): through it heldout15's readers and checks.
heldout17 = runpy.run_path(str(BENCH / "heldout17" / "check.py"))
heldout15, heldout11 = heldout17["heldout15"], heldout17["heldout11"]
check_crlf, check_relative_days = heldout17["check_crlf"], heldout17["check_relative_days"]
check_date_order, check_people = heldout17["check_date_order"], heldout17["check_people"]
all_texts, golds, T2S = heldout17["all_texts"], heldout17["golds"], heldout17["T2S"]

# the last line of each story (before the page's furniture), as the page writes it (Simplified here)
LAST_LINE = {
    "01_fuxin_tongliao_2007": "（责任编辑：孟凡宇）",
    "02_cangzhou_dezhou_2005": "（责任编辑：孙丽娟）",
    "03_yueyang_jiujiang_2019_forum": "（编辑：任晓燕审核：黄卫国）",
    "04_liuzhou_foshan_2022_video": "（编辑：陆思琪审核：韦冬林）",
    "05_zhaotong_bijie_url": "苹果产业园和易地扶贫搬迁安置点。",
    "06_pingliang_tianshui_2013_speech": "本版编辑：苏文静校对：李娜",
    "07_taizhou_zhoushan_open": "台州湾循环经济产业集聚区和大陈岛。",
    "08_sanya_ouc_2021": "（责任编辑：王海鸥）",
    "09_hk_gansu_2016": "（责任编辑：罗家俊）",
    "10_macau_hunan_2011": "株洲的轨道交通企业。",
    "11_chiayi_city_county_2016_roc": "举行下一次座谈。",
    "12_taoyuan_hsinchu_2020_tw": "邀请新竹市、苗栗县加入。",
    "e7c21a9f04b8d356": "（编辑：郑海燕）",
    "4b90d2e6a1c7f853": "（编辑：刘晓敏审核：张红梅）",
}


def flat(text: str) -> str:
    text = T2S(text) if T2S else text
    return re.sub(r"\s+", "", text)


def check_parties(root: pathlib.Path) -> int:
    problems = 0
    for doc, g in golds(root):
        regions = {(r["name"], r["level"]) for r in g["regions"]}
        ev = g["event"] or {"parties": [], "location": None}
        owners = [("event", ev["parties"])] + [(a["title"], a["parties"]) for a in g["agreements"]]
        for owner, parties in owners:
            for p in parties:
                if (p["name"], p["level"]) not in regions:
                    print(f"{doc}: party {p['name']} ({p['level']}) of {owner} is no region item")
                    problems += 1
        if ev["location"] and ev["location"] not in {r["name"] for r in g["regions"]}:
            print(f"{doc}: location {ev['location']} is no region item")
            problems += 1
    return problems


def check_next_days(root: pathlib.Path) -> int:
    problems = 0
    for doc, g in golds(root):
        before = None
        for d in g["dates"]:
            if d["text"].startswith("次日"):
                want = before and (datetime.date.fromisoformat(before) + datetime.timedelta(days=1)).isoformat()
                if (d["start"], d["end"]) != (want, want):
                    print(f"{doc}: 次日 is {want}, gold says {d['start']}..{d['end']}")
                    problems += 1
            if d["start"] == d["end"]:
                before = d["start"]
    return problems


def check_lengths(root: pathlib.Path) -> int:
    problems = 0
    arts = all_texts(root)[0]
    for doc, g in golds(root):
        text = flat(arts.get(doc, ("",))[0])
        start = text.find(flat(g["title"])) if g["title"] else 0
        end = text.find(flat(LAST_LINE.get(doc, "\0")), max(start, 0))
        if start < 0 or end < 0:
            print(f"{doc}: headline or last line not found")
            problems += 1
            continue
        n = end + len(flat(LAST_LINE[doc])) - start
        if not 450 <= n <= 650:
            print(f"{doc}: article text {n} characters, not 450–650")
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
        ("next days", check_next_days),
        ("parties", check_parties),
        ("lengths", check_lengths),
    )
    sys.exit(1 if heldout11.run(ROOT, (arts, written), extra=extra) else 0)
