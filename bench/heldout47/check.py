"""Check heldout47's gold with the checks of heldout15 (and so of heldout13, heldout12, heldout11,
heldout10 and bench/heldout/check_gold.py), heldout17's additions, and checks of this set's own.

Pages are read as heldout15 reads them (`.txt` as UTF-8, else Big5, else GBK; a `.html` page in the
charset its `<meta>` names, reduced to its visible text; the rows of `collection.jsonl` by heldout13's
`rows()`).  The checks: those of ``check_gold.check`` (the same 600–2600 length bound), every gold
``publish_date`` written on the page or in the row, the event's days among the gold dates, heldout12's
line-ending check, heldout15's relative days as heldout17 widens them (`今（12）日` is the publish date),
heldout17's date order and credits (no official named in a credit line), and here:

- every party (of the event and of each agreement) is also a gold region with the same level;
- `次日` is the day after the gold date listed before it, and `本周X至周Y` / `本周X` are the days of the
  publish date's week;
- an agreement with `action` `mentioned` or `discussed` has parties `[]` (this set's convention).

usage: python3 bench/heldout47/check.py [SET_DIR]   (OpenCC needed for the Traditional article)
"""

import datetime
import pathlib
import re
import runpy
import sys

BENCH = pathlib.Path(__file__).resolve().parent.parent
# heldout15's checker, run as a module (not as __main__): its readers and the checks it reuses; and
# heldout17's, whose module run widens heldout15's relative days (`今（N）日`, `明（N）日`).
heldout15 = runpy.run_path(str(BENCH / "heldout15" / "check.py"))
heldout17 = runpy.run_path(str(BENCH / "heldout17" / "check.py"))
heldout11, check_crlf = heldout15["heldout11"], heldout15["check_crlf"]
check_relative_days = heldout17["check_relative_days"]
check_date_order, check_people, golds = heldout17["check_date_order"], heldout17["check_people"], heldout17["golds"]
WEEKDAYS = "一二三四五六日"


def check_parties(root: pathlib.Path) -> int:
    """Every party is a region item (same name, same level); documents only mentioned or discussed have
    no parties."""
    problems = 0
    for doc, g in golds(root):
        regions = {(r["name"], r["level"]) for r in g["regions"]}
        lists = [("event", g["event"]["parties"] if g["event"] else [])]
        lists += [(a["title"], a["parties"]) for a in g["agreements"]]
        for where, parties in lists:
            for p in parties:
                if (p["name"], p["level"]) not in regions:
                    print(f"{doc}: party {p['name']} ({p['level']}) of {where} is not a region item")
                    problems += 1
        for a in g["agreements"]:
            if a["action"] in ("mentioned", "discussed") and a["parties"]:
                print(f"{doc}: {a['title']} is {a['action']} but has parties")
                problems += 1
    return problems


def check_next_day_and_week(root: pathlib.Path) -> int:
    """`次日` is the day after the date before it; `本周X(至周Y)` lies in the publish date's week."""
    problems = 0
    for doc, g in golds(root):
        before = None
        for d in g["dates"]:
            if d["text"].startswith("次日") and before is not None:
                want = datetime.date.fromisoformat(before["end"]) + datetime.timedelta(days=1)
                if d["start"] != want.isoformat():
                    print(f"{doc}: 次日 is {want}, gold says {d['start']}")
                    problems += 1
            m = re.match(r"本周([一二三四五六日])(?:至周([一二三四五六日]))?", d["text"])
            if m and g["publish_date"]:
                pub = datetime.date.fromisoformat(g["publish_date"])
                monday = pub - datetime.timedelta(days=pub.weekday())
                start = monday + datetime.timedelta(days=WEEKDAYS.index(m.group(1)))
                end = monday + datetime.timedelta(days=WEEKDAYS.index(m.group(2) or m.group(1)))
                if (d["start"], d["end"]) != (start.isoformat(), end.isoformat()):
                    print(f"{doc}: {d['text']} is {start}..{end}, gold says {d['start']}..{d['end']}")
                    problems += 1
            before = d
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
        ("next day and week", check_next_day_and_week),
    )
    sys.exit(1 if heldout11.run(ROOT, (arts, written), extra=extra) else 0)
