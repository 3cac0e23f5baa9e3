"""Check heldout28's gold with the checks of heldout15 (and so of heldout13, heldout12, heldout11,
heldout10 and bench/heldout/check_gold.py), with heldout17's additions, plus checks of this set's own.

Pages are read as heldout15 reads them (`.txt` as UTF-8, else Big5, else GBK; a `.html` page in the
charset its `<meta>` names, reduced to its visible text; the rows of `collection.jsonl` by heldout13's
`rows()`).  The checks: those of ``check_gold.check`` (the same 600–2600 length bound), every gold
``publish_date`` written on the page or in the row, the event's days among the gold dates, heldout12's
line-ending check, heldout15's relative days (`昨天`, `昨日`, `前天`, `上周五`, `本月2日`) read as
heldout17 reads them (`今（23）日` too), heldout17's date order and people checks, and here:

- `次日` is the day after the date listed just before it (a day it counts from);
- every party of the event and of each agreement is a `regions` item of the same name and level, and
  the event's location is a `regions` item;
- every agreement title is written in 《》 in the normalized article;
- every official and every staff member is named in the normalized article, and nobody is both.

usage: python3 bench/heldout28/check.py [SET_DIR]   (OpenCC needed for the Traditional articles)
"""

import datetime
import pathlib
import re
import runpy
import sys

BENCH = pathlib.Path(__file__).resolve().parent.parent
# heldout17's checker, run as a module (not as __main__): it loads heldout15's and widens its relative days.
heldout17 = runpy.run_path(str(BENCH / "heldout17" / "check.py"))
heldout15, heldout11 = heldout17["heldout15"], heldout17["heldout11"]
check_crlf, check_relative_days = heldout17["check_crlf"], heldout17["check_relative_days"]
check_date_order, check_people = heldout17["check_date_order"], heldout17["check_people"]
all_texts, golds = heldout17["all_texts"], heldout17["golds"]
flat = heldout15["flat"]


def check_next_day(root: pathlib.Path) -> int:
    """`次日` is the day after the day listed before it."""
    problems = 0
    for doc, g in golds(root):
        for before, d in zip(g["dates"], g["dates"][1:], strict=False):
            if d["text"].startswith("次日"):
                want = datetime.date.fromisoformat(before["end"]) + datetime.timedelta(days=1)
                if (d["start"], d["end"]) != (want.isoformat(), want.isoformat()):
                    print(f"{doc}: 次日 after {before['text']} is {want}, gold says {d['start']}..{d['end']}")
                    problems += 1
    return problems


def check_parties(root: pathlib.Path) -> int:
    """Parties and the event's location are regions items, with the same level."""
    problems = 0
    for doc, g in golds(root):
        levels = {r["name"]: r["level"] for r in g["regions"]}
        groups = [("event", (g["event"] or {}).get("parties") or [])]
        groups += [(a["title"], a["parties"]) for a in g["agreements"]]
        for where, parties in groups:
            for p in parties:
                if levels.get(p["name"]) != p["level"]:
                    print(f"{doc}: party {p['name']} ({p['level']}) of {where} is no region item of that level")
                    problems += 1
        if g["event"] and g["event"]["location"] not in levels:
            print(f"{doc}: event location {g['event']['location']} is no region item")
            problems += 1
    return problems


def check_names(root: pathlib.Path) -> int:
    """Agreement titles are written in 《》; officials and staff are named; nobody is both."""
    problems = 0
    arts = all_texts(root)[0]
    for doc, g in golds(root):
        text = flat(arts.get(doc, ("",))[0])
        for a in g["agreements"]:
            if "《" + re.sub(r"\s+", "", a["title"]) + "》" not in text:
                print(f"{doc}: agreement 《{a['title']}》 not in the text")
                problems += 1
        people = [o["name"] for o in g["officials"]] + [s["name"] for s in g["staff"]]
        for name in people:
            if name not in text:
                print(f"{doc}: {name} not in the text")
                problems += 1
        both = {o["name"] for o in g["officials"]} & {s["name"] for s in g["staff"]}
        for name in sorted(both):
            print(f"{doc}: {name} is both an official and staff")
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
        ("next days", check_next_day),
        ("parties", check_parties),
        ("names", check_names),
    )
    sys.exit(1 if heldout11.run(ROOT, (arts, written), extra=extra) else 0)
