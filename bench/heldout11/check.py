"""Check heldout11's gold with the checks of bench/heldout/check_gold.py.

This set is read exactly as heldout10 is (`.txt` as UTF-8, else Big5, else GBK; a `.html` page in
the charset its `<meta>` names — 01 is GBK — reduced to its visible text), so this reuses
bench/heldout10/check.py's reader and its added check (every gold ``publish_date`` is written
somewhere on the page).  One check is added here: an event's start and end are among the gold
dates' days, or inside one of their ranges, so the event and the dates agree.

usage: python3 bench/heldout11/check.py [SET_DIR]   (OpenCC needed for the Traditional articles)
"""

import json
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent / "heldout10"))
import check as heldout10


def check_event_days(root: pathlib.Path) -> int:
    problems = 0
    for gp in sorted((root / "gold").glob("*.json")):
        g = json.loads(gp.read_text(encoding="utf-8"))
        ev = g["event"]
        if ev is None:
            continue
        spans = [(d["start"], d["end"]) for d in g["dates"] if d["granularity"] == "day"]
        for part in ("start", "end"):
            if not any(s <= ev[part] <= e for s, e in spans):
                print(f"{gp.stem}: event {part} {ev[part]} is no gold date's day")
                problems += 1
    return problems


if __name__ == "__main__":
    ROOT = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parent)
    arts, written = heldout10.texts(ROOT)
    bad = heldout10.check_gold.check(ROOT, arts)
    bad += heldout10.check_publish_dates(ROOT, written)
    print(f"publish dates checked: {bad} problems so far")
    bad += check_event_days(ROOT)
    print(f"event days checked: {bad} problems in all")
    sys.exit(1 if bad else 0)
