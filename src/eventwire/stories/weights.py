"""Term weighting for story clustering: document frequencies, IDF-weighted unit vectors, and the cosine of an
article against many story centroids at once.

Vectors are sparse `{bucket: value}` dicts (see `features`); the weights grow with every article counted, so
they are applied at comparison time, never stored in a story.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from .features import BUCKETS
from .state import Story


def unit(vector: dict[int, float]) -> dict[int, float]:
    """The vector scaled to unit length."""
    norm = math.sqrt(sum(v * v for v in vector.values())) or 1.0
    return {k: v / norm for k, v in vector.items()}


def arrays(vector: dict[int, float]) -> tuple[np.ndarray, np.ndarray]:
    """The vector's keys and values as arrays, in its order."""
    return (np.fromiter(vector, dtype=np.int64, count=len(vector)),
            np.fromiter(vector.values(), dtype=np.float64, count=len(vector)))


def top(weights: np.ndarray, limit: int) -> np.ndarray:
    """Positions of the `limit` largest weights, largest first (ties in their stored order)."""
    return np.argsort(-weights, kind="stable")[:limit]


@dataclass(slots=True)
class _Arrays:
    """A story's centroids as key and value arrays, rebuilt when the story grows (`size` changes)."""

    size: int
    keys: np.ndarray
    values: np.ndarray
    lead_keys: np.ndarray
    lead_values: np.ndarray


class TermWeights:
    """Document frequencies over the articles counted so far, and the similarities they weight."""

    def __init__(self) -> None:
        self.df = np.zeros(BUCKETS, dtype=np.int32)
        self.n_docs = 0
        self._arrays: dict[str, _Arrays] = {}
        self._scratch = np.zeros(BUCKETS, dtype=np.float64)

    def count(self, vector: dict[int, float]) -> None:
        """Count one more article with these terms."""
        self.n_docs += 1
        self.df[np.fromiter(vector, dtype=np.int64, count=len(vector))] += 1

    def idf_weights(self, keys: np.ndarray, values: np.ndarray) -> np.ndarray:
        """`values` times the IDF of their `keys`, scaled to unit length."""
        weights = values * (np.log((1.0 + self.n_docs) / (1.0 + self.df[keys])) + 1.0)
        norm = math.sqrt(float(weights @ weights)) or 1.0
        return weights / norm

    def weighted(self, vector: dict[int, float]) -> dict[int, float]:
        """The vector IDF-weighted and scaled to unit length."""
        return dict(zip(vector, self.idf_weights(*arrays(vector)).tolist()))

    def strongest(self, vector: dict[int, float], limit: int) -> tuple[dict[int, float], np.ndarray]:
        """The vector cut to its `limit` terms of largest IDF weight, and the weights of the terms kept."""
        keys, values = arrays(vector)
        weights = self.idf_weights(keys, values)
        if len(vector) <= limit:
            return vector, weights
        order = top(weights, limit)
        return dict(zip(keys[order].tolist(), values[order].tolist())), weights[order]

    def forget(self, story_id: str) -> None:
        """Drop a story's cached arrays (the story left the index)."""
        self._arrays.pop(story_id, None)

    def similarities(self, weighted: dict[int, float], stories: list[Story], lead: dict[int, float] | None,
                     lead_share: float) -> list[float]:
        """For each story, the whole-text cosine blended (given the article's weighted lead) with the lead cosine
        at `lead_share`; the article's vectors are spread into a dense scratch array once."""
        cached = [self._story_arrays(story) for story in stories]
        whole = self._dots(weighted, [(a.keys, a.values) for a in cached])
        if lead is None:
            return whole
        leads = self._dots(lead, [(a.lead_keys, a.lead_values) for a in cached])
        return [w if not story.lead else (1.0 - lead_share) * w + lead_share * l
                for w, l, story in zip(whole, leads, stories)]

    def _story_arrays(self, story: Story) -> _Arrays:
        cached = self._arrays.get(story.id)
        if cached is None or cached.size != story.size:
            cached = self._arrays[story.id] = _Arrays(story.size, *arrays(story.centroid), *arrays(story.lead))
        return cached

    def _dots(self, weighted: dict[int, float], centroids: list[tuple[np.ndarray, np.ndarray]]) -> list[float]:
        keys, values = arrays(weighted)
        self._scratch[keys] = values
        try:
            return [float(self._scratch[k] @ self.idf_weights(k, v)) if k.size else 0.0 for k, v in centroids]
        finally:
            self._scratch[keys] = 0.0
