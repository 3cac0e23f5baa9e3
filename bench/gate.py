#!/usr/bin/env python3
"""The accuracy gate's figures: every field of every evaluation set, NER off and on.

    .venv/bin/python bench/gate.py            # print the figures
    .venv/bin/python bench/gate.py --write    # also make them the floors of tests/test_accuracy_gate.py

The sets: the development set (../shared/seeds, ../shared/realdev) and the written held-out
sets (bench/heldout*; a set holding a FIRST_RUN_PENDING file is left out until its first run is
recorded — delete the file, run the set, then --write).  Raise the floors (--write) only after a
change that makes no field drop; tests/test_accuracy_gate.py fails when any field falls below its floor.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
FLOORS = ROOT / "tests" / "accuracy_floors.json"
PENDING = "FIRST_RUN_PENDING"  # a held-out set with this file is left out until its first run


def sets() -> dict[str, tuple[Path, Path]]:
    """name → (articles folder, gold folder), for the sets present on this machine."""
    found = {
        "seeds": (SHARED / "seeds", SHARED / "gold"),
        "realdev": (SHARED / "realdev" / "raw", SHARED / "realdev" / "gold"),
    }
    for folder in sorted(ROOT.glob("bench/heldout*")):
        if (folder / PENDING).exists():  # written, not yet run: its first run is recorded by hand
            continue
        found[folder.name] = (folder / "articles", folder / "gold")
    return {name: pair for name, pair in found.items() if pair[0].is_dir() and pair[1].is_dir()}


def figures(name: str, ner: bool) -> dict[str, float]:
    from extract.analysis.scoring import evaluate, flat_scores

    articles, gold = sets()[name]
    return flat_scores(evaluate(articles, gold, ner=ner))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--write", action="store_true", help="write the figures as the gate's floors")
    args = ap.parse_args()
    out: dict[str, dict[str, dict[str, float]]] = {}
    for name in sets():
        out[name] = {}
        for ner in (False, True):
            key = "ner" if ner else "rules"
            out[name][key] = figures(name, ner)
            row = "  ".join(f"{k}={v:.3f}" for k, v in out[name][key].items())
            print(f"{name:<11}{key:<6}{row}")
    if args.write:
        FLOORS.write_text(json.dumps(out, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        print(f"floors written to {FLOORS}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
