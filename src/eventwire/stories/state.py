"""Persistence of the story index: a compact, versioned snapshot (JSON inside zlib, df as packed bytes).

The snapshot holds the document frequencies and the stories still inside the time window; the
article -> story map is not in it (the store keeps it in its articles table), so the blob stays
the size of the live stories rather than growing with every article ever ingested.
"""

from __future__ import annotations

import base64
import json
import zlib
from dataclasses import dataclass, field
from datetime import date

import numpy as np

STATE_VERSION = 2


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


@dataclass(slots=True)
class Story:
    """A story's running state: centroids of whole texts and of leads (sums of unit vectors of its members; a copy
    of a member adds nothing to them), `size` (the members in the centroids), time span."""

    id: str
    centroid: dict[int, float] = field(default_factory=dict)
    lead: dict[int, float] = field(default_factory=dict)
    size: int = 0
    first: date | None = None
    last: date | None = None
    touched: int = 0
    months: set[str] = field(default_factory=set)
    """Months ("YYYY-MM") of its members' datelines and publication dates."""
    years: set[str] = field(default_factory=set)
    """Years its members' texts name."""

    def as_dict(self) -> dict:
        """The story as JSON-ready values (weights rounded)."""
        return {"id": self.id, "size": self.size, "first": self.first and self.first.isoformat(),
                "last": self.last and self.last.isoformat(), "touched": self.touched,
                "terms": [[k, round(v, 5)] for k, v in self.centroid.items()],
                "lead": [[k, round(v, 5)] for k, v in self.lead.items()],
                "months": sorted(self.months), "years": sorted(self.years)}

    @classmethod
    def from_dict(cls, raw: dict) -> "Story":
        """The inverse of `as_dict`."""
        return cls(raw["id"], {int(k): float(v) for k, v in raw["terms"]}, {int(k): float(v) for k, v in raw["lead"]},
                   raw["size"], _day(raw["first"]), _day(raw["last"]), raw.get("touched", 0),
                   set(raw.get("months", ())), set(raw.get("years", ())))


def pack(settings: dict, df: np.ndarray, n_docs: int, stories: list[Story]) -> bytes:
    """The snapshot bytes of an index's settings, frequencies and live stories."""
    payload = {"version": STATE_VERSION, **settings, "n_docs": n_docs, "buckets": int(df.size),
               "df": base64.b64encode(zlib.compress(df.astype("<i4").tobytes(), 6)).decode("ascii"),
               "stories": [s.as_dict() for s in stories]}
    return zlib.compress(json.dumps(payload, separators=(",", ":")).encode("utf-8"), 1)


def unpack(blob: bytes, buckets: int) -> tuple[dict, np.ndarray, list[Story]]:
    """Settings (with `n_docs`), df array and stories of a snapshot; ValueError/KeyError/zlib.error when bad."""
    payload = json.loads(zlib.decompress(blob))
    if payload.get("version") != STATE_VERSION:
        raise ValueError(f"version {payload.get('version')!r}, expected {STATE_VERSION}")
    if payload["buckets"] != buckets:
        raise ValueError(f"{payload['buckets']} hash buckets, expected {buckets}")
    df = np.frombuffer(zlib.decompress(base64.b64decode(payload["df"])), dtype="<i4").astype(np.int32)
    if df.size != buckets:
        raise ValueError("document frequencies truncated")
    stories = [Story.from_dict(raw) for raw in payload["stories"]]
    settings = {k: payload[k] for k in ("window", "threshold", "n_docs")}
    settings.update((k, payload[k]) for k in ("clock", "latest") if k in payload)  # absent from older snapshots
    return settings, df, stories
