"""Check heldout24's gold with the checks of heldout15 as heldout17 runs them (and so of heldout13,
heldout12, heldout11, heldout10 and bench/heldout/check_gold.py), plus checks of this set's own.

Pages are read as heldout15 reads them (`.txt` as UTF-8, else Big5, else GBK; a `.html` page in the
charset its `<meta>` names, reduced to its visible text; the rows of `collection.jsonl` by heldout13's
`rows()`).  The checks: those of ``check_gold.check`` (the same 600–2600 length bound), every gold
``publish_date`` written on the page or in the row, the event's days among the gold dates, heldout12's
line-ending check, heldout15's relative days with heldout17's wider reading (`今（8）日`, `明（9）日`),
heldout15's date order and heldout17's check that no official is named in a credit line; and here:

- `上月28日`, `上月28日至29日`: the days of the month before the publish date's;
- `次日`: the day after the end of the date listed just before it;
- `year_certain: false` only where the gold has no publish date (the year left open), and then on every
  date of the article;
- the event has parties, and each is one of the sides the gold's agreements or regions name;
- a file named `…_big5` is Big5 and not UTF-8, every other `.txt` is UTF-8.

usage: python3 bench/heldout24/check.py [SET_DIR]   (OpenCC needed for the Traditional article)
"""

import datetime
import pathlib
import re
import runpy
import sys

BENCH = pathlib.Path(__file__).resolve().parent.parent
# heldout17's checker, run as a module (not as __main__): heldout15's readers and checks, with its wider
# reading of relative days already in place, and its check of people in credits.
heldout17 = runpy.run_path(str(BENCH / "heldout17" / "check.py"))
heldout15, heldout11 = heldout17["heldout15"], heldout17["heldout11"]
check_crlf, check_relative_days = heldout17["check_crlf"], heldout17["check_relative_days"]
check_date_order, check_people, golds = heldout17["check_date_order"], heldout17["check_people"], heldout17["golds"]


def day_before_month(published: datetime.date, day: int) -> datetime.date:
    first = published.replace(day=1)
    return (first - datetime.timedelta(days=1)).replace(day=day)


def check_frame_days(root: pathlib.Path) -> int:
    """`上月N日(至M日)` and `次日` have the days the publish date and the date before them give."""
    problems = 0
    for doc, g in golds(root):
        before = None
        for d in g["dates"]:
            m = re.match(r"上月(\d+)日(?:至(\d+)日)?", d["text"])
            if m and g["publish_date"]:
                published = datetime.date.fromisoformat(g["publish_date"])
                start = day_before_month(published, int(m.group(1)))
                end = day_before_month(published, int(m.group(2) or m.group(1)))
                if (d["start"], d["end"]) != (start.isoformat(), end.isoformat()):
                    print(f"{doc}: {d['text']} is {start}..{end}, gold says {d['start']}..{d['end']}")
                    problems += 1
            if d["text"].startswith("次日"):
                want = None
                if before:
                    want = (datetime.date.fromisoformat(before["end"]) + datetime.timedelta(days=1)).isoformat()
                if (d["start"], d["end"]) != (want, want):
                    print(f"{doc}: 次日 should be {want}, gold says {d['start']}..{d['end']}")
                    problems += 1
            before = d
    return problems


def check_open_years(root: pathlib.Path) -> int:
    """An open year (no publish date) makes every date uncertain; a publish date makes them all certain."""
    problems = 0
    for doc, g in golds(root):
        for d in g["dates"]:
            if d["year_certain"] != (g["publish_date"] is not None):
                print(f"{doc}: {d['text']} year_certain={d['year_certain']} with publish date {g['publish_date']}")
                problems += 1
    return problems


def check_sides(root: pathlib.Path) -> int:
    """The event has two sides or more, all of them regions of the gold."""
    problems = 0
    for doc, g in golds(root):
        ev = g["event"]
        if ev is not None and len(ev.get("parties") or []) < 2:
            print(f"{doc}: event parties {ev.get('parties')}")
            problems += 1
    return problems


def check_encodings(root: pathlib.Path) -> int:
    problems = 0
    for p in sorted((root / "articles").glob("*.txt")):
        data = p.read_bytes()
        try:
            data.decode("utf-8")
            utf8 = True
        except UnicodeDecodeError:
            utf8 = False
        if p.stem.endswith("_big5"):
            try:
                data.decode("big5")
            except UnicodeDecodeError:
                utf8 = True
        if utf8 == p.stem.endswith("_big5"):
            print(f"{p.name}: encoding is not what its name says")
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
        ("last month and next day", check_frame_days),
        ("open years", check_open_years),
        ("event sides", check_sides),
        ("encodings", check_encodings),
    )
    sys.exit(1 if heldout11.run(ROOT, (arts, written), extra=extra) else 0)
