"""`extract eval` agrees with the reference scorer (../shared/tools/score.py)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from extract.analysis.scoring import load_records, score
from extract.cli import app

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
SCORER = SHARED / "tools" / "score.py"
GOLD = SHARED / "gold"

pytestmark = pytest.mark.skipif(not SCORER.exists(), reason="the reference scorer (../shared) is not beside the repo")


def perturbed(gold: Path, out: Path) -> Path:
    """Predictions made from the gold by dropping, renaming and mislabeling items."""
    out.mkdir()
    for i, f in enumerate(sorted(gold.glob("*.json"))):
        rec = json.loads(f.read_text(encoding="utf-8"))
        rec["dates"] = [*rec["dates"][1:], {"text": "x", "start": "2020-01-01", "end": "2020-01-01"}]
        for o in rec["officials"][::2]:
            o["titles"] = [*o["titles"][:1], "多余"]
        rec["officials"] = rec["officials"][: max(1, len(rec["officials"]) - i)]
        rec["staff"] = rec["staff"] + [{"name": o["name"], "roles": ["记者"]} for o in rec["officials"][:1]]
        for r in rec["regions"][::3]:
            r["level"] = "county"
        if rec["regions"] and rec["regions"][0]["name"] == "长江三角洲":
            rec["regions"][0]["name"] = "长三角"
        for a in rec["agreements"][::2]:
            a["action"] = "mentioned"
        if rec["event"] and i % 2:
            rec["event"]["name"] = "全市" + rec["event"]["name"]
            rec["event"]["location"] = None
        if rec["event"] and rec["event"].get("parties"):
            rec["event"]["parties"] = [*rec["event"]["parties"][1:], {"name": "长三角", "level": "zone"}]
        if rec["event"] and rec["event"].get("start") and i % 2 == 0:  # a year off: counts only where the year is open
            rec["event"]["start"] = str(int(rec["event"]["start"][:4]) - 1) + rec["event"]["start"][4:]
        for a in rec["agreements"][1::2]:
            a["parties"] = []
        if i == 1:
            for a in rec["agreements"]:
                a.pop("parties", None)
        rec["title"] = rec["title"] if i % 2 else "别的标题"
        (out / f.name).write_text(json.dumps(rec, ensure_ascii=False), encoding="utf-8")
    return out


def test_eval_gives_the_reference_scorers_figures(tmp_path: Path) -> None:
    pred = perturbed(GOLD, tmp_path / "pred")
    ref = subprocess.run(
        [sys.executable, str(SCORER), str(GOLD), str(pred), "--json"], capture_output=True, text=True, check=True
    )
    ours, _ = score(load_records(GOLD), load_records(pred))
    assert ours == json.loads(ref.stdout)
    assert ours["officials"]["f1"] < 1.0 and ours["agreements"]["action"] < 1.0  # the perturbation shows
    assert ours["parties"]["f1"] < 1.0 and ours["agreements"]["parties"] < 1.0


def test_eval_command_prints_the_same_table_and_diff(tmp_path: Path) -> None:
    pred = perturbed(GOLD, tmp_path / "pred")
    ref = subprocess.run(
        [sys.executable, str(SCORER), str(GOLD), str(pred), "--diff"], capture_output=True, text=True, check=True
    )
    result = CliRunner().invoke(app, ["eval", str(GOLD), str(pred), "--diff"])
    assert result.exit_code == 0
    assert result.output.strip() == ref.stdout.strip()
