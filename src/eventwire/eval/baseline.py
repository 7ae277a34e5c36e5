"""Checked-in score floors: a score below its floor fails the gate (EW402).

Each stage keeps its floors in its own file under `baselines/` (`plover.json`, `timexes.json`, ...);
a file maps baseline names to {metric: floor}.
"""

from __future__ import annotations

import json
from importlib import resources

from ..errors import EventwireError

BASELINE_DIR = "baselines"


def load_baselines() -> dict[str, dict[str, float]]:
    merged: dict[str, dict[str, float]] = {}
    for entry in sorted(resources.files(__package__).joinpath(BASELINE_DIR).iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".json"):
            merged.update(json.loads(entry.read_text(encoding="utf-8")))
    return merged


def check_floors(name: str, scores: dict[str, float]) -> list[EventwireError]:
    """The floors of baseline `name` that `scores` fall below."""
    floors = load_baselines().get(name, {})
    return [
        EventwireError("EW402", metric=metric, score=scores.get(metric, 0.0), floor=floor, baseline=f"{BASELINE_DIR}/*.json:{name}")
        for metric, floor in floors.items()
        if scores.get(metric, 0.0) + 1e-9 < floor
    ]
