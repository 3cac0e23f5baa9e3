"""Check heldout46's gold with the checks of heldout15 (and so of heldout13, heldout12, heldout11,
heldout10 and bench/heldout/check_gold.py), as heldout17's checker does, plus checks of this set's own.

Pages are read as heldout15 reads them (`.txt` as UTF-8, else Big5, else GBK; a `.html` page in the
charset its `<meta>` names, reduced to its visible text; the rows of `collection.jsonl` by heldout13's
`rows()`).  The checks: those of ``check_gold.check`` (the 600–2600 length bound), every gold
``publish_date`` written on the page or in the row, the event's days among the gold dates, heldout12's
line-ending check, heldout15's relative days with heldout17's reading of `今（16）日`, heldout15's date
order and heldout17's people check (no official named in a credit line), and here:

- every party of the event and of each agreement is a region item (``check_gold`` checks this too) and
  the event has at least two parties (this set's events are all bilateral);
- the theme: the units named as the article's time named them — the gold's regions hold the old name
  where the article is older than the change (``THEN``), and never the name given after the article.

usage: python3 bench/heldout46/check.py [SET_DIR]   (OpenCC needed for the Traditional article)
"""

import json
import pathlib
import runpy
import sys

BENCH = pathlib.Path(__file__).resolve().parent.parent
heldout17 = runpy.run_path(str(BENCH / "heldout17" / "check.py"))
heldout15, heldout11 = heldout17["heldout15"], heldout17["heldout11"]
check_crlf, check_relative_days = heldout17["check_crlf"], heldout17["check_relative_days"]
check_date_order, check_people = heldout17["check_date_order"], heldout17["check_people"]

# (old name, new name, year of the change): an article dated before the year has the old name only
CHANGES = [
    ("襄樊市", "襄阳市", 2010),
    ("襄阳区", "襄州区", 2010),
    ("京山县", "京山市", 2018),
    ("思茅地区", "普洱市", 2003),
    ("临沧地区", "临沧市", 2003),
    ("繁昌县", "繁昌区", 2020),
    ("无为县", "无为市", 2019),
    ("莱芜市", "莱芜区", 2019),
    ("伊克昭盟", "鄂尔多斯市", 2001),
    ("神木县", "神木市", 2017),
    ("东胜市", "东胜区", 2001),
    ("崇明县", "崇明区", 2016),
    ("海门市", "海门区", 2020),
    ("从化市", "从化区", 2014),
    ("万山特区", "万山区", 2011),
    ("富阳市", "富阳区", 2014),
    ("呼伦贝尔盟", "呼伦贝尔市", 2001),
    ("海拉尔市", "海拉尔区", 2001),
    ("蓟县", "蓟州区", 2016),
]
YEAR_OF = {"09_fuyang_tonglu_open": 2012}


def check_then(root: pathlib.Path) -> int:
    problems = 0
    for gp in sorted((root / "gold").glob("*.json")):
        g = json.loads(gp.read_text(encoding="utf-8"))
        year = int((g["publish_date"] or "0")[:4]) or YEAR_OF.get(gp.stem, 0)
        names = {r["name"] for r in g["regions"]}
        for old, new, changed in CHANGES:
            if year and year < changed and new in names and old in names:
                print(f"{gp.stem}: {new} (from {changed}) beside {old} in an article of {year}")
                problems += 1
        ev = g["event"]
        if ev is not None and len(ev["parties"]) < 2:
            print(f"{gp.stem}: the event has fewer than two parties")
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
        ("names of the time", check_then),
    )
    sys.exit(1 if heldout11.run(ROOT, (arts, written), extra=extra) else 0)
