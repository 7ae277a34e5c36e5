"""Checked-in score floors: a score below its floor fails the gate (EW402)."""

from __future__ import annotations

import json
from importlib import resources

from ..errors import EventwireError

BASELINE_FILE = "baselines.json"


def load_baselines() -> dict[str, dict[str, float]]:
    return json.loads(resources.files(__package__).joinpath(BASELINE_FILE).read_text(encoding="utf-8"))


def check_floors(name: str, scores: dict[str, float]) -> list[EventwireError]:
    """The floors of baseline `name` that `scores` fall below."""
    floors = load_baselines().get(name, {})
    return [
        EventwireError("EW402", metric=metric, score=scores.get(metric, 0.0), floor=floor, baseline=f"{BASELINE_FILE}:{name}")
        for metric, floor in floors.items()
        if scores.get(metric, 0.0) + 1e-9 < floor
    ]
