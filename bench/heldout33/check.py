"""Check heldout33's gold with the checks of heldout15 (and so of heldout13, heldout12, heldout11,
heldout10 and bench/heldout/check_gold.py), as heldout17's checker does, plus checks of this set's own.

Pages are read as heldout15 reads them (`.txt` as UTF-8, else Big5, else GBK; a `.html` page — or a
`.txt` that starts like one — in the charset its `<meta>` names, reduced to its visible text; the rows
of `collection.jsonl` by heldout13's `rows()`).  The checks: those of ``check_gold.check``, every gold
``publish_date`` written on the page or in the row, the event's days among the gold dates, heldout12's
line-ending check, heldout15's relative days (`昨天`, `昨日`, `昨（14）日`, `前天`, `上周三`, `本月17日`),
heldout15's date order, and here:

- every party (of the event and of each agreement) is a region item with the same name and level;
- a document only mentioned or discussed has no parties;
- no official is named in a credit line (`记者 X`, `编辑：X`, `审核：X`), and no name is both an
  official and staff;
- a gold date whose text is `次日` is the day after the date listed before it (the day it follows).

usage: python3 bench/heldout33/check.py [SET_DIR]   (OpenCC needed for the Traditional articles)
"""

import datetime
import json
import pathlib
import re
import runpy
import sys

BENCH = pathlib.Path(__file__).resolve().parent.parent
heldout15 = runpy.run_path(str(BENCH / "heldout15" / "check.py"))
heldout11, heldout10 = heldout15["heldout11"], heldout15["heldout10"]
check_crlf, check_relative_days = heldout15["check_crlf"], heldout15["check_relative_days"]
all_texts, check_date_order = heldout15["all_texts"], heldout15["check_date_order"]
T2S = heldout10.check_gold.T2S


def golds(root: pathlib.Path):
    for gp in sorted((root / "gold").glob("*.json")):
        yield gp.stem, json.loads(gp.read_text(encoding="utf-8"))


def check_parties(root: pathlib.Path) -> int:
    problems = 0
    for doc, g in golds(root):
        regions = {(r["name"], r["level"]) for r in g["regions"]}
        items = ([("event", g["event"])] if g["event"] else []) + [(a["title"], a) for a in g["agreements"]]
        for what, item in items:
            for p in item.get("parties", []):
                if (p["name"], p["level"]) not in regions:
                    print(f"{doc}: party {p['name']} ({p['level']}) of {what} is no region item")
                    problems += 1
        for a in g["agreements"]:
            if a["action"] in ("mentioned", "discussed") and a["parties"]:
                print(f"{doc}: {a['title']} is only {a['action']} but has parties")
                problems += 1
    return problems


def check_people(root: pathlib.Path) -> int:
    problems = 0
    arts = all_texts(root)[0]
    credit = re.compile(r"(记者|通讯员|作者|编辑|责任编辑|审核|校对)[：:\s]*([^\s（）()：:　，。／]{2,12})")
    for doc, g in golds(root):
        text = arts.get(doc, ("",))[0]
        text = T2S(text) if T2S else text
        credited = {m.group(2) for m in credit.finditer(text)}
        staff = {s["name"] for s in g["staff"]}
        for o in g["officials"]:
            if o["name"] in credited or o["name"] in staff:
                print(f"{doc}: official {o['name']} is named in a credit or as staff")
                problems += 1
    return problems


def check_next_day(root: pathlib.Path) -> int:
    problems = 0
    for doc, g in golds(root):
        for before, d in zip(g["dates"], g["dates"][1:], strict=False):
            if d["text"].startswith("次日"):
                want = datetime.date.fromisoformat(before["start"]) + datetime.timedelta(days=1)
                if d["start"] != want.isoformat():
                    print(f"{doc}: 次日 after {before['text']} is {want}, gold says {d['start']}")
                    problems += 1
    return problems


if __name__ == "__main__":
    ROOT = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parent)
    arts, written = heldout15["rows_and_pages"](ROOT)
    extra = (
        ("line endings", check_crlf),
        ("relative days", check_relative_days),
        ("date order", check_date_order),
        ("parties", check_parties),
        ("people", check_people),
        ("next day", check_next_day),
    )
    sys.exit(1 if heldout11.run(ROOT, (arts, written), extra=extra) else 0)
