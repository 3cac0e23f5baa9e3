"""Check heldout55's gold with the checks of heldout15 (and so of heldout13, heldout12, heldout11,
heldout10 and bench/heldout/check_gold.py), as heldout17's checker runs them, plus the checks heldout17
added and one of this set's own.

Pages are read as heldout15 reads them (`.txt` as UTF-8, else Big5, else GBK; a `.html` page in the
charset its `<meta>` names, reduced to its visible text; the rows of `collection.jsonl` by heldout13's
`rows()`).  The checks: those of ``check_gold.check`` (the same 600–2600 length bound), every gold
``publish_date`` written on the page or in the row, the event's days among the gold dates, heldout12's
line-ending check, heldout15's relative days as heldout17 widened them (`昨天`, `前天`, `上周四`,
`本月12日`, `今（15）日`, `昨（8）日`), heldout17's date order and people-in-credits checks, and here:

- every party (of the event and of each agreement) is a region item — already checked — and the
  event's parties are never empty (this set's events all have sides).

usage: python3 bench/heldout55/check.py [SET_DIR]   (OpenCC needed for the Traditional articles)
"""

import pathlib
import runpy
import sys

BENCH = pathlib.Path(__file__).resolve().parent.parent
# heldout17's checker, run as a module: it loads heldout15's (and through it the older ones) and
# widens heldout15's relative days to `今（N）日` / `明（N）日`.
heldout17 = runpy.run_path(str(BENCH / "heldout17" / "check.py"))
heldout15, heldout11 = heldout17["heldout15"], heldout17["heldout11"]
CREDIT_LABELS = heldout17["CREDIT_LABELS"] + ("摄影", "责编", "文", "图")


def check_event_parties(root: pathlib.Path) -> int:
    problems = 0
    for doc, g in heldout17["golds"](root):
        if g["event"] is not None and not g["event"].get("parties"):
            print(f"{doc}: the event has no parties")
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
        ("event parties", check_event_parties),
    )
    sys.exit(1 if heldout11.run(ROOT, (arts, written), extra=extra) else 0)
