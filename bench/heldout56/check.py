"""Check heldout56's gold with the checks of heldout15 (and so of heldout13, heldout12, heldout11,
heldout10 and bench/heldout/check_gold.py), as heldout17's checker does, plus checks of this set's own.

Pages are read as heldout15 reads them (`.txt` as UTF-8, else Big5, else GBK; a `.html` page in the
charset its `<meta>` names, reduced to its visible text; the rows of `collection.jsonl` by heldout13's
`rows()`).  The checks: those of ``check_gold.check`` (the same 600–2600 length bound), every gold
``publish_date`` written on the page or in the row, the event's days among the gold dates, heldout12's
line-ending check, heldout15's relative days with heldout17's wider reading (`今（20）日`), heldout15's
date order and heldout17's check that no official is named in a credit line; and here:

- every party (of the event and of each agreement) is also a gold region with the same level;
- an agreement whose action is `mentioned` or `discussed` has no parties in this set (none of its
  documents is said to be signed or adopted by anyone);
- every `year_certain: false` date is in the one article whose year is left open (10).

usage: python3 bench/heldout56/check.py [SET_DIR]   (OpenCC needed for the Traditional articles)
"""

import pathlib
import runpy
import sys

BENCH = pathlib.Path(__file__).resolve().parent.parent
# heldout17's checker, run as a module (not as __main__): heldout15's readers and checks, its own.
heldout17 = runpy.run_path(str(BENCH / "heldout17" / "check.py"))
heldout15, heldout11 = heldout17["heldout15"], heldout17["heldout11"]
golds = heldout17["golds"]
CREDIT_LABELS = heldout17["CREDIT_LABELS"] + ("监制", "摄影")


def check_parties(root: pathlib.Path) -> int:
    problems = 0
    for doc, g in golds(root):
        regions = {(r["name"], r["level"]) for r in g["regions"]}
        sides = list((g["event"] or {}).get("parties", []))
        for a in g["agreements"]:
            sides += a["parties"]
            if a["action"] in ("mentioned", "discussed") and a["parties"]:
                print(f"{doc}: {a['title']} is {a['action']} but has parties")
                problems += 1
        for p in sides:
            if (p["name"], p["level"]) not in regions:
                print(f"{doc}: party {p['name']} ({p['level']}) is not a region")
                problems += 1
    return problems


def check_open_year(root: pathlib.Path) -> int:
    problems = 0
    for doc, g in golds(root):
        for d in g["dates"]:
            if not d["year_certain"] and not doc.endswith("_open"):
                print(f"{doc}: {d['text']} has year_certain false outside the open-year article")
                problems += 1
    return problems


def check_people(root: pathlib.Path) -> int:
    return heldout17["check_people"](root, CREDIT_LABELS)


if __name__ == "__main__":
    ROOT = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parent)
    arts, written = heldout15["rows_and_pages"](ROOT)
    extra = (
        ("line endings", heldout17["check_crlf"]),
        ("relative days", heldout17["check_relative_days"]),
        ("date order", heldout17["check_date_order"]),
        ("people", check_people),
        ("parties", check_parties),
        ("open year", check_open_year),
    )
    sys.exit(1 if heldout11.run(ROOT, (arts, written), extra=extra) else 0)
