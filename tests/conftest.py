"""Shared fixtures: the sample articles and the development set beside the repo."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT / "data" / "raw"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def raw_dir() -> Path:
    return RAW


def seed(name_prefix: str) -> Path:
    """One of the sample articles in data/raw by its number prefix (000…004)."""
    return next(RAW.glob(f"{name_prefix}_*.txt"))
