"""Check heldout36's gold with the checks of heldout15 (and so of heldout13, heldout12, heldout11,
heldout10 and bench/heldout/check_gold.py), heldout17's own two, and three of this set's own.

Pages are read as heldout15 reads them (`.txt` as UTF-8, else Big5, else GBK; a `.html` page in the
charset its `<meta>` names, reduced to its visible text; the rows of `collection.jsonl` by heldout13's
`rows()`).  The checks: those of ``check_gold.check`` (the 600–2600 length bound of the page's text),
every gold ``publish_date`` written on the page or in the row, the event's days among the gold dates,
heldout12's line-ending check, heldout15's relative days as heldout17 reads them (`昨天`, `前天`,
`上周五`, `本月15日`, `昨（8）日`), heldout17's date order and people checks, and here:

- article length: the article (headline to its last line, as ARTICLE_END names it; a row's title and
  text) is 450–650 characters without white space, as the brief asks;
- parties: every event has at least two parties or one zone; a document signed, adopted or released has
  parties, one discussed or mentioned has `[]`; the event's location is one of the gold regions;
- the set's proportions: at least six events with three or more parties or a zone alone.

usage: python3 bench/heldout36/check.py [SET_DIR]   (OpenCC needed for the Traditional articles)
"""

import json
import pathlib
import re
import runpy
import sys

BENCH = pathlib.Path(__file__).resolve().parent.parent
heldout17 = runpy.run_path(str(BENCH / "heldout17" / "check.py"))
heldout15, heldout11 = heldout17["heldout15"], heldout17["heldout11"]
all_texts, flat = heldout15["all_texts"], heldout15["flat"]

# the last words of each article (before the page's furniture), in the normalized text
ARTICLE_END = {
    "01_guanzhong_tianshui_2010": "（责任编辑：庞晓峰）",
    "02_ningzhenyang_2016": "责任编辑：尹海燕",
    "03_chengdemeizi_2022_url": "审核：汪健）",
    "04_dianzhong_2020": "编辑：马春燕",
    "05_lunan_2007": "（编辑：魏红霞）",
    "06_jiangxi_wenzhou_2005_gb2312": "（责任编辑：邵杰）",
    "07_fangshan_zhuozhou_2016": "【责任编辑：刘楠】",
    "08_mindongbei_open": "责任编辑：吴雅琳",
    "09_jiangsu_hk_2006_hk": "考察物流和科技园区。",
    "10_taozhuzhumiao_2013_tw": "在苗栗县举行。",
    "11_hangzhou_dushiquan_2026": "（责任编辑：钱梦瑶）",
    "12_suxichang_2003": "（编辑秦丽）",
}


def check_length(root: pathlib.Path) -> int:
    problems = 0
    arts = all_texts(root)[0]
    for gp in sorted((root / "gold").glob("*.json")):
        g = json.loads(gp.read_text(encoding="utf-8"))
        text = flat(arts.get(gp.stem, ("",))[0])
        start = text.find(re.sub(r"\s+", "", g["title"] or ""))
        end_mark = ARTICLE_END.get(gp.stem)
        end = text.rfind(end_mark) + len(end_mark) if end_mark else len(text)
        if start < 0 or (end_mark and text.rfind(end_mark) < 0):
            print(f"{gp.stem}: headline or end of article not found")
            problems += 1
            continue
        n = end - start
        if not 450 <= n <= 650:
            print(f"{gp.stem}: article length {n}")
            problems += 1
    return problems


def check_parties(root: pathlib.Path) -> int:
    problems, multilateral = 0, 0
    for gp in sorted((root / "gold").glob("*.json")):
        g = json.loads(gp.read_text(encoding="utf-8"))
        ev = g["event"]
        regions = {r["name"] for r in g["regions"]}
        parties = ev["parties"]
        zone_alone = len(parties) == 1 and parties[0]["level"] == "zone"
        if len(parties) < 2 and not zone_alone:
            print(f"{gp.stem}: event parties {parties}")
            problems += 1
        if len(parties) >= 3 or zone_alone:
            multilateral += 1
        if ev["location"] not in regions:
            print(f"{gp.stem}: location {ev['location']} is no region item")
            problems += 1
        for a in g["agreements"]:
            done = a["action"] in ("signed", "adopted", "released")
            if done != bool(a["parties"]):
                print(f"{gp.stem}: {a['title']} ({a['action']}) has parties {a['parties']}")
                problems += 1
    if multilateral < 6:
        print(f"only {multilateral} multilateral events")
        problems += 1
    return problems


if __name__ == "__main__":
    ROOT = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parent)
    arts, written = heldout15["rows_and_pages"](ROOT)
    extra = (
        ("line endings", heldout17["check_crlf"]),
        ("relative days", heldout17["check_relative_days"]),
        ("date order", heldout17["check_date_order"]),
        ("people", heldout17["check_people"]),
        ("article length", check_length),
        ("parties", check_parties),
    )
    sys.exit(1 if heldout11.run(ROOT, (arts, written), extra=extra) else 0)
