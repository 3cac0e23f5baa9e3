"""Check heldout40's gold with the checks of heldout15 (and so of heldout13, heldout12, heldout11,
heldout10 and bench/heldout/check_gold.py), run as heldout17's checker runs them, plus checks of this
set's own.

Pages are read as heldout15 reads them (`.txt` as UTF-8, else Big5, else GBK; a `.html` page in the
charset its `<meta>` names, reduced to its visible text; the rows of `collection.jsonl` by heldout13's
`rows()`).  The checks: those of ``check_gold.check`` (the same 600–2600 length bound), every gold
``publish_date`` written on the page or in the row, the event's days among the gold dates, heldout12's
line-ending check, heldout15's relative days with heldout17's wider reading (`昨（7）日`, `今（N）日`),
the gold dates in text order, no official named in a credit line (here with `监制` and `摄影` among the
labels), and:

- every party (of the event and of each agreement) is also a region item with the same name and level;
- the event's `location` is a region item of the gold at prefecture or province level (a county's
  meeting is located in the county's prefecture, or in 重庆市 for a county of 重庆);
- a follow-on day (`次日`, `次日上午`) is the day after the day-granular date listed before it, and a
  `当天` is never an item of its own (it repeats the day named before it);
- a month-start (`本月初`) is the publish date's month, granularity `month`;
- an article without a publish date has every date `year_certain: false`, the others none.

usage: python3 bench/heldout40/check.py [SET_DIR]   (OpenCC needed for the Traditional article)
"""

import datetime
import pathlib
import runpy
import sys

BENCH = pathlib.Path(__file__).resolve().parent.parent
# heldout17's checker, run as a module (not as __main__): heldout15's readers and checks as heldout17
# widens them (relative days in the page's own digits), its gold reader and its credit-line check.
heldout17 = runpy.run_path(str(BENCH / "heldout17" / "check.py"))
heldout15 = heldout17["heldout15"]
heldout11 = heldout15["heldout11"]
check_crlf, check_relative_days = heldout15["check_crlf"], heldout15["check_relative_days"]
check_date_order = heldout15["check_date_order"]
golds, check_people = heldout17["golds"], heldout17["check_people"]
LABELS = heldout17["CREDIT_LABELS"] + ("监制", "摄影")


def check_credits(root: pathlib.Path) -> int:
    return check_people(root, LABELS)


def check_parties(root: pathlib.Path) -> int:
    """Every party of the event and of each agreement is a region item (same name and level)."""
    problems = 0
    for doc, g in golds(root):
        regions = {(r["name"], r["level"]) for r in g["regions"]}
        parties = list((g["event"] or {}).get("parties", []))
        for a in g["agreements"]:
            parties += a["parties"]
        for p in parties:
            if (p["name"], p["level"]) not in regions:
                print(f"{doc}: party {p['name']} ({p['level']}) is not a region item")
                problems += 1
    return problems


def check_location(root: pathlib.Path) -> int:
    """The event's location is a prefecture- or province-level region item."""
    problems = 0
    for doc, g in golds(root):
        if not g["event"]:
            continue
        levels = {r["name"]: r["level"] for r in g["regions"]}
        if levels.get(g["event"]["location"]) not in ("prefecture", "province"):
            print(f"{doc}: location {g['event']['location']} is no prefecture or province region item")
            problems += 1
    return problems


def check_follow_on(root: pathlib.Path) -> int:
    """`次日…` is the day after the day listed before it; `当天…` is no item; `本月初` the publish month."""
    problems = 0
    for doc, g in golds(root):
        before = None
        for d in g["dates"]:
            if d["text"].startswith("当天"):
                print(f"{doc}: {d['text']} is an item of its own")
                problems += 1
            if d["text"].startswith("次日"):
                want = before + datetime.timedelta(days=1) if before else None
                if want is None or (d["start"], d["end"]) != (want.isoformat(), want.isoformat()):
                    print(f"{doc}: {d['text']} is {want}, gold says {d['start']}..{d['end']}")
                    problems += 1
            if d["text"].startswith("本月初"):
                pub = g["publish_date"] or ""
                if d["granularity"] != "month" or d["start"][:7] != pub[:7]:
                    print(f"{doc}: {d['text']} is not the month of the publish date {pub}")
                    problems += 1
            if d["granularity"] == "day" and d["start"] == d["end"]:
                before = datetime.date.fromisoformat(d["start"])
    return problems


def check_open_years(root: pathlib.Path) -> int:
    """Dates are year_certain: false exactly where the article has no publish date."""
    problems = 0
    for doc, g in golds(root):
        for d in g["dates"]:
            if d["year_certain"] is (g["publish_date"] is None):
                print(f"{doc}: {d['text']} year_certain {d['year_certain']} with publish date {g['publish_date']}")
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
        ("parties", check_parties),
        ("locations", check_location),
        ("follow-on days", check_follow_on),
        ("open years", check_open_years),
    )
    sys.exit(1 if heldout11.run(ROOT, (arts, written), extra=extra) else 0)
