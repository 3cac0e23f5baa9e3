"""The accuracy gate: every field of every evaluation set stays at or above its floor.

The floors (tests/accuracy_floors.json) are the figures of the pipeline when they were last
raised with ``bench/gate.py --write``; a change that makes any field of any set drop below
them fails here, rules only and with the NER component.  Sets that are not on this machine
(../shared missing) are skipped.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from gate import FLOORS, figures, sets  # noqa: E402

FLOOR = json.loads(FLOORS.read_text(encoding="utf-8"))
SLACK = 1e-9  # figures are compared as written (rounded to 4 places by the scorer)


@pytest.mark.parametrize("ner", [False, True], ids=["rules", "ner"])
@pytest.mark.parametrize("name", sorted(FLOOR))
def test_no_field_drops_below_its_floor(name: str, ner: bool) -> None:
    if name not in sets():
        pytest.skip(f"{name}: not on this machine")
    floors = FLOOR[name]["ner" if ner else "rules"]
    got = figures(name, ner)
    dropped = {k: (got.get(k), v) for k, v in floors.items() if got.get(k, 0.0) < v - SLACK}
    assert not dropped, f"{name}: fields below their floors (got, floor): {dropped}"


def test_every_set_on_this_machine_has_floors() -> None:
    assert set(sets()) <= set(FLOOR), "run bench/gate.py --write after adding an evaluation set"
