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


def run(root: pathlib.Path, more: tuple[dict, dict] = ({}, {}), extra: tuple = ()) -> int:
    """All the checks of this set over ``root`` (and the texts ``more`` adds: a later set's rows);
    ``extra``: (what, check) pairs a later set adds, each a function of ``root`` giving its problems."""
    arts, written = heldout10.texts(root)
    arts.update(more[0])
    written.update(more[1])
    bad = heldout10.check_gold.check(root, arts)
    bad += heldout10.check_publish_dates(root, written)
    print(f"publish dates checked: {bad} problems so far")
    steps = [("event days", check_event_days), *extra]
    for k, (what, check) in enumerate(steps):
        bad += check(root)
        print(f"{what} checked: {bad} problems {'in all' if k == len(steps) - 1 else 'so far'}")
    return bad


if __name__ == "__main__":
    ROOT = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parent)
    sys.exit(1 if run(ROOT) else 0)
