"""Check heldout58's gold with the checks of heldout15 (and so of heldout13, heldout12, heldout11,
heldout10 and bench/heldout/check_gold.py), as heldout17's checker runs them (its wider reading of
relative days, `今（9）日`, `昨（21）日`; the date-order check; no official in a credit line), plus
checks of this set's own:

- every staff name and every official name is written in the (normalized) article;
- every event party and agreement party is also a region item (RECORD: "every party is also a region
  item"), and a document whose action is `mentioned` or `discussed` has parties `[]` unless the text
  names who signed it (06's recalled 《苏陕扶贫协作框架协议》 is the one such item);
- the event's start and end are the start and end of one gold date item or of two.

usage: python3 bench/heldout58/check.py [SET_DIR]   (OpenCC needed for the Traditional articles)
"""

import json
import pathlib
import runpy
import sys

BENCH = pathlib.Path(__file__).resolve().parent.parent
heldout17 = runpy.run_path(str(BENCH / "heldout17" / "check.py"))
heldout15 = heldout17["heldout15"]
heldout11 = heldout17["heldout11"]
all_texts, flat = heldout15["all_texts"], heldout15["flat"]
RECALLED = {("06_ankang_changzhou_2018", "苏陕扶贫协作框架协议")}


def check_own(root: pathlib.Path) -> int:
    problems = 0
    arts = all_texts(root)[0]
    for gp in sorted((root / "gold").glob("*.json")):
        g = json.loads(gp.read_text(encoding="utf-8"))
        text = flat(arts.get(gp.stem, ("",))[0])
        for who in g["staff"] + g["officials"]:
            if who["name"] not in text:
                print(f"{gp.stem}: {who['name']} is not in the article")
                problems += 1
        regions = {(r["name"], r["level"]) for r in g["regions"]}
        ev = g["event"] or {"parties": []}
        for a in [ev] + g["agreements"]:
            for p in a["parties"]:
                if (p["name"], p["level"]) not in regions:
                    print(f"{gp.stem}: party {p['name']} is not a region item")
                    problems += 1
        for a in g["agreements"]:
            if a["action"] in ("mentioned", "discussed") and a["parties"] and (gp.stem, a["title"]) not in RECALLED:
                print(f"{gp.stem}: {a['title']} is {a['action']} but has parties")
                problems += 1
        if g["event"]:
            starts = {d["start"] for d in g["dates"]}
            ends = {d["end"] for d in g["dates"]}
            if g["event"]["start"] not in starts or g["event"]["end"] not in ends:
                print(f"{gp.stem}: the event's days are not those of a gold date")
                problems += 1
    return problems


if __name__ == "__main__":
    ROOT = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parent)
    arts, written = heldout15["rows_and_pages"](ROOT)
    extra = (
        ("line endings", heldout17["check_crlf"]),
        ("relative days", heldout17["check_relative_days"]),
        ("date order", heldout17["check_date_order"]),
        ("people", heldout17["check_people"]),
        ("own", check_own),
    )
    sys.exit(1 if heldout11.run(ROOT, (arts, written), extra=extra) else 0)
