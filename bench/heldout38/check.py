"""Check heldout38's gold with the checks of heldout15 (and so of heldout13, heldout12, heldout11,
heldout10 and bench/heldout/check_gold.py), run as heldout17's checker runs them, plus one check of
this set's own.

Pages are read as heldout15 reads them (`.txt` as UTF-8, else Big5, else GBK; a `.html` page in the
charset its `<meta>` names — here also gb2312 and big5 — reduced to its visible text; the rows of
`collection.jsonl` by heldout13's `rows()`).  The checks: those of ``check_gold.check`` (the same
600–2600 length bound), every gold ``publish_date`` written on the page or in the row, the event's days
among the gold dates, heldout12's line-ending check, heldout15's relative days with heldout17's wider
reading (`昨（27）日`, `今（N）日`), the gold dates in text order, no official named in a credit line, and:

- every party (of the event and of each agreement) is also a region item with the same name and level.

usage: python3 bench/heldout38/check.py [SET_DIR]   (OpenCC needed for the Traditional article)
"""

import pathlib
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
relative_day, golds = heldout17["relative_day"], heldout17["golds"]
check_people = heldout17["check_people"]


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


if __name__ == "__main__":
    ROOT = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parent)
    arts, written = heldout15["rows_and_pages"](ROOT)
    extra = (
        ("line endings", check_crlf),
        ("relative days", check_relative_days),
        ("date order", check_date_order),
        ("people", check_people),
        ("parties", check_parties),
    )
    sys.exit(1 if heldout11.run(ROOT, (arts, written), extra=extra) else 0)
