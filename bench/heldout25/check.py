"""Check heldout25's gold with the checks of heldout15 (and so of heldout13, heldout12, heldout11,
heldout10 and bench/heldout/check_gold.py), heldout17's three added checks, and checks of this set's own.

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
  editor is never an official;

and, for this set (whose theme is the parties of events and documents):

- parties: every party of the event and of each agreement is also a region item with the same level;
  a document only discussed or mentioned has parties `[]`; an agreement signed or adopted, or a
  declaration released, whose parties are `[]` is listed in ENTERPRISE_ONLY (signed by enterprises,
  associations or universities only), so that an empty list is a decision and not an omission;
- written: the event's name, every official's, staff member's and agreement's name or title, and the
  gold's title are found in the normalized article (OpenCC t2s, white space removed).

usage: python3 bench/heldout25/check.py [SET_DIR]   (OpenCC needed for the Traditional articles)
"""

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


# (doc_id, title) of the documents signed only by enterprises, associations or universities
ENTERPRISE_ONLY = {
    ("01_hejiang_jiangjin_2015", "荔枝深加工合作协议"),
    ("02_zhangye_zheshang_2011", "关于共建浙商服务中心的合作备忘录"),
    ("12_qinhuangdao_huludao_open", "客源互送合作协议"),
    ("b2e80d5f3c19a746", "褐煤长期供应合同"),
    ("b2e80d5f3c19a746", "农畜产品加工合作协议"),
}


def check_parties(root: pathlib.Path) -> int:
    """Parties are region items; discussed or mentioned documents have none; an empty list on a signed,
    adopted or released document is one of ENTERPRISE_ONLY."""
    problems = 0
    for doc_id, g in golds(root):
        regions = {(r["name"], r["level"]) for r in g["regions"]}
        items = [("event", g["event"])] if g["event"] else []
        items += [(a["title"], a) for a in g["agreements"]]
        for what, item in items:
            for p in item.get("parties", []):
                if (p["name"], p["level"]) not in regions:
                    print(f"{doc_id}: party {p['name']} ({p['level']}) of {what} is no region item")
                    problems += 1
        for a in g["agreements"]:
            if a["action"] in ("discussed", "mentioned") and a["parties"]:
                print(f"{doc_id}: {a['title']} is only {a['action']} but has parties")
                problems += 1
            if a["action"] not in ("discussed", "mentioned") and not a["parties"] \
                    and (doc_id, a["title"]) not in ENTERPRISE_ONLY:
                print(f"{doc_id}: {a['title']} is {a['action']} with no parties and not listed as enterprises-only")
                problems += 1
        if g["event"] and not g["event"].get("parties"):
            print(f"{doc_id}: the event has no parties")
            problems += 1
    return problems


def check_written(root: pathlib.Path) -> int:
    """The event's name, people's names, agreements' titles and the title are in the normalized text."""
    problems = 0
    arts = all_texts(root)[0]
    for doc_id, g in golds(root):
        text = re.sub(r"\s+", "", T2S(arts[doc_id][0]) if T2S else arts[doc_id][0])
        wanted = [g["title"]] if g["title"] else []
        wanted += [g["event"]["name"]] if g["event"] else []
        wanted += [x["name"] for x in g["officials"] + g["staff"]] + [a["title"] for a in g["agreements"]]
        for w in wanted:
            if re.sub(r"\s+", "", w) not in text:
                print(f"{doc_id}: {w!r} is not found in the article")
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
        ("parties", check_parties),
        ("names and titles written", check_written),
    )
    sys.exit(1 if heldout11.run(ROOT, (arts, written), extra=extra) else 0)
