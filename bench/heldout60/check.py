"""Check heldout60's gold with heldout15's checks (as heldout17's checker does), plus heldout17's own
checks (date order, no official in a credit line) and one of this set's: every party of the event and
of each agreement is also a region item.

usage: python3 bench/heldout60/check.py [SET_DIR]   (OpenCC needed for the Traditional articles)
"""

import json
import pathlib
import runpy
import sys

BENCH = pathlib.Path(__file__).resolve().parent.parent
heldout17 = runpy.run_path(str(BENCH / "heldout17" / "check.py"))
heldout15, heldout11 = heldout17["heldout15"], heldout17["heldout11"]


def check_parties(root: pathlib.Path) -> int:
    problems = 0
    for gp in sorted((root / "gold").glob("*.json")):
        g = json.loads(gp.read_text(encoding="utf-8"))
        regions = {(r["name"], r["level"]) for r in g["regions"]}
        lists = [g["event"]["parties"]] if g["event"] else []
        lists += [a["parties"] for a in g["agreements"]]
        for ps in lists:
            for p in ps:
                if (p["name"], p["level"]) not in regions:
                    print(f"{gp.stem}: party {p['name']} is not a region item")
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
        ("parties", check_parties),
    )
    sys.exit(1 if heldout11.run(ROOT, (arts, written), extra=extra) else 0)
