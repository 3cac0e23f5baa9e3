"""Check heldout35's gold with the checks of heldout15 (and so of heldout13, heldout12, heldout11,
heldout10 and bench/heldout/check_gold.py), plus checks of this set's own.

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
- no official is named in a credit line of the page (`记者 X`, `编辑：X`, `校对：X`, `审核：X`, `监制：X`,
  `摄影 X`): a journalist or an editor is never an official;
- every gold agreement's parties and the event's parties are region items of the same record.

usage: python3 bench/heldout35/check.py [SET_DIR]   (OpenCC needed for the Traditional articles)
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


def check_people(root: pathlib.Path) -> int:
    """heldout17's credit-line check of people, with this set's credits 监制 and 摄影 too."""
    return heldout17["check_people"](root, (*heldout17["CREDIT_LABELS"], "监制", "摄影"))


def check_parties(root: pathlib.Path) -> int:
    """Every party (of the event and of each agreement) is one of the record's region items, same level."""
    problems = 0
    for doc, g in golds(root):
        regions = {(r["name"], r["level"]) for r in g["regions"]}
        items = list((g.get("event") or {}).get("parties", [])) + [p for a in g["agreements"] for p in a["parties"]]
        for p in items:
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
