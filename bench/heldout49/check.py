"""Check heldout49's gold with the checks of heldout15 (and so of heldout13, heldout12, heldout11,
heldout10 and bench/heldout/check_gold.py), as heldout17's checker runs them, plus checks of this set's own.

Pages are read as heldout15 reads them (`.txt` as UTF-8, else Big5, else GBK; a `.html` page in the
charset its `<meta>` names — 02 is GBK — reduced to its visible text; the rows of `collection.jsonl` by
heldout13's `rows()`).  The checks: those of ``check_gold.check`` (the same 600–2600 length bound), every
gold ``publish_date`` written on the page, in the row or (06) in the URL line, the event's days among the
gold dates, heldout12's line-ending check, heldout15's relative days as heldout17 widens them (`昨天`,
`前天`, `昨（25）日`, `上周五`, `本月12日`, `今（16）日`), heldout15's date order and heldout17's check that no
official is named in a credit line (with this set's credit labels `摄影`, `见习记者`, `审核`), and here:

- every party (of the event and of each agreement) is one of the article's regions with the same level
  (check_gold does this) and the event has two parties from two different provinces (the theme);
- the article text between the headline and the last credit line is 450–700 characters without white
  space (the brief's bound for this set).

usage: python3 bench/heldout49/check.py [SET_DIR]   (OpenCC needed for the Traditional article 12)
"""

import json
import pathlib
import re
import runpy
import sys

BENCH = pathlib.Path(__file__).resolve().parent.parent
heldout17 = runpy.run_path(str(BENCH / "heldout17" / "check.py"))
heldout15 = heldout17["heldout15"]
heldout11, check_crlf = heldout17["heldout11"], heldout17["check_crlf"]
check_relative_days, check_date_order = heldout17["check_relative_days"], heldout17["check_date_order"]
check_people, all_texts, T2S = heldout17["check_people"], heldout17["all_texts"], heldout17["T2S"]
LABELS = (*heldout17["CREDIT_LABELS"], "摄影", "见习记者")

# the province each event party lies in (this set's places only)
PROVINCE = {
    "临沂市": "山东",
    "徐州市": "江苏",
    "商丘市": "河南",
    "亳州市": "安徽",
    "井冈山市": "江西",
    "炎陵县": "湖南",
    "黔江区": "重庆",
    "咸丰县": "湖北",
    "吕梁市": "山西",
    "榆林市": "陕西",
    "丹东市": "辽宁",
    "通化市": "吉林",
    "贺州市": "广西",
    "永州市": "湖南",
    "永城市": "河南",
    "砀山县": "安徽",
    "赤峰市": "内蒙古",
    "朝阳市": "辽宁",
    "淳安县": "浙江",
    "歙县": "安徽",
    "铅山县": "江西",
    "武夷山市": "福建",
    "汉中市": "陕西",
    "广元市": "四川",
    "毕节市": "贵州",
    "昭通市": "云南",
    "商洛市": "陕西",
    "南阳市": "河南",
}


def check_theme(root: pathlib.Path) -> int:
    problems = 0
    for gp in sorted((root / "gold").glob("*.json")):
        g = json.loads(gp.read_text(encoding="utf-8"))
        parties = [p["name"] for p in (g["event"] or {}).get("parties", [])]
        provinces = {PROVINCE.get(p) for p in parties}
        if len(parties) != 2 or None in provinces or len(provinces) != 2:
            print(f"{gp.stem}: event parties {parties} are not two places of two provinces")
            problems += 1
    return problems


def article_span(g: dict, flat: str) -> tuple[int, int]:
    """Where the article text lies in the flattened page: from the headline (a row's text starts at its
    article) to the end of the last credit, date, official or agreement named, taken to the end of its
    sentence or line."""
    start = flat.find(re.sub(r"\s+", "", g["title"]))
    start = 0 if start < 0 else start
    names = [s["name"] for s in g["staff"]] + [o["name"] for o in g["officials"]]
    names += [re.sub(r"\s+", "", d["text"]) for d in g["dates"]]
    names += [re.sub(r"\s+", "", a["title"]) for a in g["agreements"]]
    end = max(flat.rfind(n) + len(n) for n in names)
    stop = re.compile(r"[。）)]")
    m = stop.search(flat, end)
    return start, (m.end() if m else len(flat))


def article_length(root: pathlib.Path, doc: str, g: dict, arts: dict) -> int:
    text = arts[doc][0]
    text = T2S(text) if T2S else text
    start, end = article_span(g, re.sub(r"\s+", "", text))
    return end - start + (len(re.sub(r"\s+", "", g["title"])) if doc[0].isalpha() else 0)


def check_length(root: pathlib.Path) -> int:
    """Article text (headline to last credit, no white space) within 450–700 characters."""
    problems = 0
    arts = all_texts(root)[0]
    for gp in sorted((root / "gold").glob("*.json")):
        n = article_length(root, gp.stem, json.loads(gp.read_text(encoding="utf-8")), arts)
        if not 450 <= n <= 700:
            print(f"{gp.stem}: article text {n} characters")
            problems += 1
    return problems


if __name__ == "__main__":
    if "--lengths" in sys.argv:
        sys.argv.remove("--lengths")
        ROOT = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parent)
        arts = all_texts(ROOT)[0]
        for gp in sorted((ROOT / "gold").glob("*.json")):
            g = json.loads(gp.read_text(encoding="utf-8"))
            n = article_length(ROOT, gp.stem, g, arts)
            page = len(re.sub(r"\s+", "", arts[gp.stem][0]))
            print(f"{gp.stem}\tarticle {n}\tpage {page}")
        sys.exit(0)
    ROOT = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parent)
    arts, written = heldout15["rows_and_pages"](ROOT)
    extra = (
        ("line endings", check_crlf),
        ("relative days", check_relative_days),
        ("date order", check_date_order),
        ("people", lambda root: check_people(root, LABELS)),
        ("theme", check_theme),
        ("length", check_length),
    )
    sys.exit(1 if heldout11.run(ROOT, (arts, written), extra=extra) else 0)
