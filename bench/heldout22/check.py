"""Check heldout22's gold with the checks of heldout15 (and so of heldout13, heldout12, heldout11,
heldout10 and bench/heldout/check_gold.py), as heldout17 runs them, plus checks of this set's own.

Pages are read as heldout15 reads them (`.txt` as UTF-8, else Big5, else GBK; a `.html` page in the
charset its `<meta>` names, reduced to its visible text; the rows of `collection.jsonl` by heldout13's
`rows()`).  The checks: those of ``check_gold.check`` (the 600–2600 length bound), every gold
``publish_date`` written on the page or in the row, the event's days among the gold dates, heldout12's
line-ending check, heldout15's relative days with heldout17's reading of `今（6）日`/`明（13）日`, heldout17's
date order and credit-line checks, and here:

- every gold string is Simplified (OpenCC t2s leaves it unchanged), the Traditional pages' included;
- a document only mentioned or discussed (`mentioned`, `discussed`) has `parties` `[]`, and a signed,
  adopted or released one has at least one party;
- the event's parties are among the gold regions and the event's location is a prefecture- or
  province-level region item.

usage: python3 bench/heldout22/check.py [SET_DIR]   (OpenCC needed for the Traditional articles)
"""

import json
import pathlib
import runpy
import sys

BENCH = pathlib.Path(__file__).resolve().parent.parent
# heldout17's checker, run as a module (not as __main__): heldout15's checks with its wider relative days.
heldout17 = runpy.run_path(str(BENCH / "heldout17" / "check.py"))
heldout15, heldout13, heldout11 = heldout17["heldout15"], heldout17["heldout13"], heldout17["heldout11"]
T2S = heldout17["T2S"]


def strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from strings(v)


def check_own(root: pathlib.Path) -> int:
    problems = 0
    for gp in sorted((root / "gold").glob("*.json")):
        g = json.loads(gp.read_text(encoding="utf-8"))
        if T2S:
            for s in strings(g):
                if T2S(s) != s:
                    print(f"{gp.stem}: {s!r} is not Simplified")
                    problems += 1
        for a in g["agreements"]:
            if a["action"] in ("mentioned", "discussed") and a["parties"]:
                print(f"{gp.stem}: {a['title']} is {a['action']} but has parties")
                problems += 1
            if a["action"] in ("signed", "adopted", "released") and not a["parties"]:
                print(f"{gp.stem}: {a['title']} is {a['action']} with no parties")
                problems += 1
        levels = {r["name"]: r["level"] for r in g["regions"]}
        ev = g["event"]
        if ev and levels.get(ev["location"]) not in ("prefecture", "province"):
            print(f"{gp.stem}: event location {ev['location']} is no prefecture or province item")
            problems += 1
    return problems


if __name__ == "__main__":
    ROOT = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parent)
    arts, written = heldout13["rows"](ROOT)
    pages, markup = heldout15["pages_saved_as_text"](ROOT)
    arts.update(pages)
    written.update(markup)
    extra = (
        ("line endings", heldout17["check_crlf"]),
        ("relative days", heldout17["check_relative_days"]),
        ("date order", heldout17["check_date_order"]),
        ("people", heldout17["check_people"]),
        ("own", check_own),
    )
    sys.exit(1 if heldout11.run(ROOT, (arts, written), extra=extra) else 0)
