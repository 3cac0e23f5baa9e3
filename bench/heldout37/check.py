"""Check heldout37's gold with heldout15's checks (as heldout17 reuses them) and with heldout17's own:
relative days in the page's digits (`今（8）日`, `明（9）日`, `昨（22）日`), the gold dates in text order, and
no official named in a credit line.  One check is added here: every party (of the event and of each
agreement) is also a region item with the same level, as RECORD.md requires.

usage: python3 bench/heldout37/check.py [SET_DIR]   (OpenCC needed for the Traditional articles)
"""

import pathlib
import runpy
import sys

BENCH = pathlib.Path(__file__).resolve().parent.parent
heldout17 = runpy.run_path(str(BENCH / "heldout17" / "check.py"))
heldout15, heldout11 = heldout17["heldout15"], heldout17["heldout11"]


def check_parties(root: pathlib.Path) -> int:
    """Each party of the event and of each agreement is a region item of the same level."""
    problems = 0
    for doc, g in heldout17["golds"](root):
        regions = {(x["name"], x["level"]) for x in g["regions"]}
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
        ("line endings", heldout17["check_crlf"]),
        ("relative days", heldout17["check_relative_days"]),
        ("date order", heldout17["check_date_order"]),
        ("people", heldout17["check_people"]),
        ("parties", check_parties),
    )
    sys.exit(1 if heldout11.run(ROOT, (arts, written), extra=extra) else 0)
