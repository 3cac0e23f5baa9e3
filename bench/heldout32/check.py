"""Check heldout32's gold with the checks of heldout15 (and so of heldout13, heldout12, heldout11,
heldout10 and bench/heldout/check_gold.py), as heldout17 does, plus checks of this set's own.

Pages are read as heldout15 reads them (`.txt` as UTF-8, else Big5, else GBK; a `.html` page in the
charset its `<meta>` names, reduced to its visible text; the rows of `collection.jsonl` by heldout13's
`rows()`).  The checks: those of ``check_gold.check`` (the same 600–2600 length bound of the page's
text), every gold ``publish_date`` written on the page or in the row, the event's days among the gold
dates, heldout12's line-ending check, heldout15's relative days with heldout17's reading of `今（9）日`
(`昨天`, `前天`, `上周四`, `本月23日`, `昨日`), heldout17's date order and people checks, and here:

- `次日` (`次日上午`): the day after the gold day listed just before it;
- `year_certain: false` only in a record without a publish date, and then on every date;
- the event has at least two parties, and every party of an agreement is one of the event's parties
  or a region item (check_gold checks the level).

usage: python3 bench/heldout32/check.py [SET_DIR]   (OpenCC needed for the Traditional article)
"""

import datetime
import pathlib
import runpy
import sys

BENCH = pathlib.Path(__file__).resolve().parent.parent
# heldout17's checker, run as a module (not as __main__): heldout15's readers and checks, with its wider
# reading of relative days put into heldout15's check.
heldout17 = runpy.run_path(str(BENCH / "heldout17" / "check.py"))
heldout15, heldout11 = heldout17["heldout15"], heldout17["heldout11"]
check_crlf, check_relative_days = heldout17["check_crlf"], heldout17["check_relative_days"]
check_date_order, check_people, golds = heldout17["check_date_order"], heldout17["check_people"], heldout17["golds"]


def check_next_day(root: pathlib.Path) -> int:
    """`次日…` is the day after the day-date listed just before it."""
    problems = 0
    for doc, g in golds(root):
        before = None
        for d in g["dates"]:
            if d["text"].startswith("次日") and before is not None:
                want = (datetime.date.fromisoformat(before) + datetime.timedelta(days=1)).isoformat()
                if (d["start"], d["end"]) != (want, want):
                    print(f"{doc}: {d['text']} should be {want}")
                    problems += 1
            if d["granularity"] == "day":
                before = d["end"]
    return problems


def check_open_years(root: pathlib.Path) -> int:
    problems = 0
    for doc, g in golds(root):
        open_dates = [d["text"] for d in g["dates"] if not d["year_certain"]]
        if g["publish_date"] and open_dates:
            print(f"{doc}: year_certain false beside a publish date: {open_dates}")
            problems += 1
        if not g["publish_date"] and len(open_dates) != len(g["dates"]):
            print(f"{doc}: no publish date, yet some dates are year_certain")
            problems += 1
    return problems


def check_sides(root: pathlib.Path) -> int:
    problems = 0
    for doc, g in golds(root):
        ev = g["event"]
        if ev is not None and len(ev.get("parties", [])) < 2:
            print(f"{doc}: the event has fewer than two parties")
            problems += 1
        names = {r["name"] for r in g["regions"]}
        for a in g["agreements"]:
            for p in a["parties"]:
                if p["name"] not in names:
                    print(f"{doc}: party {p['name']} of {a['title']} is no region")
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
        ("open years", check_open_years),
        ("sides", check_sides),
    )
    sys.exit(1 if heldout11.run(ROOT, (arts, written), extra=extra) else 0)
