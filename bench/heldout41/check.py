"""Check heldout41's gold with the checks of heldout15 (and so of heldout13, heldout12, heldout11,
heldout10 and bench/heldout/check_gold.py), run as heldout17's checker runs them, plus checks of this
set's own.

Pages are read as heldout15 reads them (`.txt` as UTF-8, else Big5, else GBK; a `.html` page in the
charset its `<meta>` names, reduced to its visible text; the rows of `collection.jsonl` by heldout13's
`rows()`).  The checks: those of ``check_gold.check`` (the same 600–2600 length bound; every party of
the event and of each agreement a region item with the same level), every gold ``publish_date`` written
on the page or in the row, the event's days among the gold dates, heldout12's line-ending check,
heldout15's relative days with heldout17's wider reading (`今（N）日`, `昨（21）日`, `上周四`, `本月15日`),
heldout15's date order, heldout17's check that no official is named in a credit line (here with more
labels: `摄影`, `责编`, `实习生`, `见习记者`, `实习记者`), and:

- the event's `location` is a region item of the gold at prefecture or province level (a district's
  meeting is located in its city: 松江区 and 大足区 → 上海市 and 重庆市; 大兴区 → 北京市);
- a follow-on day (`次日`) is the day after the day-granular date listed before it, and a `当天` is never
  an item of its own (it repeats the day named before it);
- an article without a publish date has `year_certain: false` on every date whose year the text does
  not write (`YYYY年`), `true` where it does; an article with one has no `year_certain: false`;
- each agreement's `kind` is the one RECORD.md's word lists give for the last such word of its title
  (a bracketed note such as `（征求意见稿）` left aside).

usage: python3 bench/heldout41/check.py [SET_DIR]   (OpenCC needed for the Traditional article)
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
heldout11 = heldout15["heldout11"]
check_crlf, check_relative_days = heldout15["check_crlf"], heldout15["check_relative_days"]
check_date_order, all_texts, flat = heldout15["check_date_order"], heldout15["all_texts"], heldout15["flat"]
golds, check_people = heldout17["golds"], heldout17["check_people"]
LABELS = heldout17["CREDIT_LABELS"] + ("摄影", "责编", "实习生", "见习记者", "实习记者")

KINDS = {
    "agreement": ("框架协议", "合作协议", "协议", "备忘录", "协定", "合同", "安排"),
    "plan": ("规划", "纲要", "方案", "计划", "要点", "构想", "意见", "办法", "措施", "章程", "报告", "清单",
             "事项", "行动"),
    "declaration": ("宣言", "倡议", "共识", "公报", "决定", "声明"),
}


def check_credits(root: pathlib.Path) -> int:
    return check_people(root, LABELS)


def check_location(root: pathlib.Path) -> int:
    problems = 0
    for doc, g in golds(root):
        ev = g["event"]
        if ev is None:
            continue
        levels = {r["name"]: r["level"] for r in g["regions"]}
        if levels.get(ev["location"]) not in ("prefecture", "province"):
            print(f"{doc}: event location {ev['location']} is no prefecture or province region item")
            problems += 1
    return problems


def check_follow_on(root: pathlib.Path) -> int:
    problems = 0
    for doc, g in golds(root):
        last = None
        for d in g["dates"]:
            if d["text"].startswith("当天"):
                print(f"{doc}: {d['text']} is an item of its own")
                problems += 1
            if d["text"].startswith("次日"):
                want = (datetime.date.fromisoformat(last) + datetime.timedelta(days=1)).isoformat() if last else None
                if (d["start"], d["end"]) != (want, want):
                    print(f"{doc}: {d['text']} is {want}, gold says {d['start']}..{d['end']}")
                    problems += 1
            if d["granularity"] == "day":
                last = d["end"]
    return problems


def check_open_years(root: pathlib.Path) -> int:
    problems = 0
    arts = all_texts(root)[0]
    for doc, g in golds(root):
        text = flat(arts.get(doc, ("",))[0])
        for d in g["dates"]:
            written = f"{d['start'][:4]}年" in text or d["start"][:4] in d["text"]
            want = True if g["publish_date"] else written
            if d["year_certain"] is not want:
                print(f"{doc}: {d['text']} year_certain {d['year_certain']}, expected {want}")
                problems += 1
    return problems


def kind_of(title: str) -> str | None:
    bare = re.sub(r"（[^（）]*）$", "", title)
    best, at = None, -1
    for kind, words in KINDS.items():
        for w in words:
            i = bare.rfind(w)
            if i >= 0 and i + len(w) > at:
                best, at = kind, i + len(w)
    return best


def check_kinds(root: pathlib.Path) -> int:
    problems = 0
    for doc, g in golds(root):
        for a in g["agreements"]:
            if kind_of(a["title"]) != a["kind"]:
                print(f"{doc}: {a['title']} is {a['kind']}, its title says {kind_of(a['title'])}")
                problems += 1
    return problems


if __name__ == "__main__":
    ROOT = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parent)
    arts, written = heldout15["rows_and_pages"](ROOT)
    extra = (
        ("line endings", check_crlf),
        ("relative days", check_relative_days),
        ("date order", check_date_order),
        ("people", check_credits),
        ("event locations", check_location),
        ("follow-on days", check_follow_on),
        ("open years", check_open_years),
        ("agreement kinds", check_kinds),
    )
    sys.exit(1 if heldout11.run(ROOT, (arts, written), extra=extra) else 0)
