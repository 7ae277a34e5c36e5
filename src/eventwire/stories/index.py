"""Online story clustering: each new article joins the most similar recent story or starts one.

Documents are hashed term vectors (see `features`), weighted at comparison time by an IDF that
grows with every article seen. A story keeps the mean of its members' vectors (cut to its
strongest terms), its time span and its size; candidates come from an inverted index over the
stories' strongest terms, so a new article is compared with a handful of stories, not all.
"""

from __future__ import annotations

import json
import math
import zlib
from dataclasses import dataclass, field
from datetime import date, timedelta

import numpy as np

from ..errors import EventwireError
from ..model import content_id
from .features import BUCKETS, split_sentences, weighted_terms

THRESHOLD = 0.25
"""Cosine similarity (IDF-weighted) an article needs with a story's centroid to join it."""
CENTROID_TERMS = 400
"""A story keeps at most this many terms of its centroid."""
INDEX_TERMS = 25
"""An article looks up candidate stories by its this-many most specific terms."""
STATE_VERSION = 1


@dataclass(frozen=True, slots=True)
class StoryDoc:
    """An article as the story clusterer sees it."""

    id: str
    text: str
    title: str = ""
    published: date | None = None
    outlet: str = ""
    actors: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    event_types: tuple[str, ...] = ()
    duplicate_of: str | None = None

    def sentences(self) -> list[str]:
        """Title first, then the text's sentences."""
        return ([self.title] if self.title else []) + split_sentences(self.text)

    def codes(self) -> tuple[str, ...]:
        """Actor, place and event-type codes as features."""
        return tuple(f"a:{a}" for a in self.actors) + tuple(f"l:{p}" for p in self.places) + tuple(
            f"e:{e}" for e in self.event_types)


@dataclass(slots=True)
class Story:
    """A story's running state: centroid (sum of unit member vectors), size and time span."""

    id: str
    centroid: dict[int, float] = field(default_factory=dict)
    size: int = 0
    first: date | None = None
    last: date | None = None

    def as_dict(self) -> dict:
        return {"id": self.id, "size": self.size, "first": self.first and self.first.isoformat(),
                "last": self.last and self.last.isoformat(),
                "terms": [[k, round(v, 5)] for k, v in self.centroid.items()]}

    @classmethod
    def from_dict(cls, raw: dict) -> "Story":
        day = lambda v: date.fromisoformat(v) if v else None  # noqa: E731
        return cls(raw["id"], {int(k): float(v) for k, v in raw["terms"]}, raw["size"], day(raw["first"]), day(raw["last"]))


def _unit(vector: dict[int, float]) -> dict[int, float]:
    norm = math.sqrt(sum(v * v for v in vector.values())) or 1.0
    return {k: v / norm for k, v in vector.items()}


class StoryIndex:
    """Assigns articles to stories online; `state()`/`from_state()` persist it between runs."""

    def __init__(self, *, window_days: int | None = 7, threshold: float = THRESHOLD) -> None:
        self.window = timedelta(days=window_days) if window_days else None
        self.threshold = threshold
        self.df = np.zeros(BUCKETS, dtype=np.int32)
        self.n_docs = 0
        self.stories: dict[str, Story] = {}
        self.article_story: dict[str, str] = {}
        self._postings: dict[int, set[str]] = {}
        self._indexed: dict[str, set[int]] = {}

    # --- weighting -------------------------------------------------------
    def _idf(self, keys: list[int]) -> np.ndarray:
        counts = self.df[np.fromiter(keys, dtype=np.int64, count=len(keys))]
        return np.log((1.0 + self.n_docs) / (1.0 + counts)) + 1.0

    def _weighted(self, vector: dict[int, float]) -> dict[int, float]:
        keys = list(vector)
        idf = self._idf(keys)
        return _unit({k: vector[k] * w for k, w in zip(keys, idf)})

    # --- candidates and matching ----------------------------------------
    def _in_window(self, story: Story, day: date | None) -> bool:
        if self.window is None or day is None or story.first is None or story.last is None:
            return True
        return story.first - self.window <= day <= story.last + self.window

    def _candidates(self, weighted: dict[int, float], day: date | None) -> list[Story]:
        top = sorted(weighted, key=weighted.__getitem__, reverse=True)[:INDEX_TERMS]
        ids = set().union(*(self._postings.get(k, ()) for k in top)) if top else set()
        return [self.stories[i] for i in sorted(ids) if self._in_window(self.stories[i], day)]

    def similarity(self, weighted: dict[int, float], story: Story) -> float:
        """Cosine of an IDF-weighted unit vector with a story's IDF-weighted centroid."""
        centroid = self._weighted(story.centroid)
        return sum(w * centroid.get(k, 0.0) for k, w in weighted.items())

    def best_story(self, doc: StoryDoc, vector: dict[int, float]) -> tuple[Story | None, float]:
        """The most similar story in the window and its similarity."""
        weighted = self._weighted(vector)
        best, score = None, -1.0
        for story in self._candidates(weighted, doc.published):
            sim = self.similarity(weighted, story)
            if sim > score:
                best, score = story, sim
        return best, score

    # --- updates ---------------------------------------------------------
    def _count(self, vector: dict[int, float]) -> None:
        self.n_docs += 1
        self.df[np.fromiter(vector, dtype=np.int64, count=len(vector))] += 1

    def _index(self, story: Story) -> None:
        """Post the story under its most specific terms (replacing its previous postings)."""
        weighted = self._weighted(story.centroid)
        top = set(sorted(weighted, key=weighted.__getitem__, reverse=True)[:INDEX_TERMS * 2])
        old = self._indexed.get(story.id, set())
        for key in old - top:
            self._postings[key].discard(story.id)
        for key in top - old:
            self._postings.setdefault(key, set()).add(story.id)
        self._indexed[story.id] = top

    def _add(self, story: Story, doc: StoryDoc, vector: dict[int, float]) -> None:
        for key, value in _unit(vector).items():
            story.centroid[key] = story.centroid.get(key, 0.0) + value
        if len(story.centroid) > CENTROID_TERMS:
            weighted = self._weighted(story.centroid)
            keep = sorted(weighted, key=weighted.__getitem__, reverse=True)[:CENTROID_TERMS]
            story.centroid = {k: story.centroid[k] for k in keep}
        story.size += 1
        if doc.published:
            story.first = min(filter(None, (story.first, doc.published)))
            story.last = max(filter(None, (story.last, doc.published)))
        self._index(story)
        self.article_story[doc.id] = story.id

    def assign(self, doc: StoryDoc) -> str:
        """The story id of a new article: its original's story, the best story in the window, or a new one."""
        if doc.id in self.article_story:
            return self.article_story[doc.id]
        vector = weighted_terms(doc.sentences(), doc.codes())
        self._count(vector)
        story = self.stories.get(self.article_story.get(doc.duplicate_of or "", ""))
        if story is None:
            story, score = self.best_story(doc, vector)
            if story is None or score < self.threshold:
                story = Story(content_id("story", doc.id))
                self.stories[story.id] = story
        self._add(story, doc, vector)
        return story.id

    # --- persistence -----------------------------------------------------
    def state(self) -> bytes:
        """A compressed snapshot (JSON inside zlib) that `from_state` turns back into the same index."""
        nonzero = np.flatnonzero(self.df)
        payload = {
            "version": STATE_VERSION, "window": self.window and self.window.days, "threshold": self.threshold,
            "n_docs": self.n_docs, "df": [nonzero.tolist(), self.df[nonzero].tolist()],
            "stories": [s.as_dict() for s in self.stories.values()], "articles": self.article_story,
        }
        return zlib.compress(json.dumps(payload, separators=(",", ":")).encode("utf-8"))

    @classmethod
    def from_state(cls, blob: bytes) -> "StoryIndex":
        """Rebuild an index from `state()` output (EW901 when the snapshot is unreadable)."""
        try:
            payload = json.loads(zlib.decompress(blob))
            if payload.get("version") != STATE_VERSION:
                raise ValueError(f"version {payload.get('version')!r}, expected {STATE_VERSION}")
            index = cls(window_days=payload["window"], threshold=payload["threshold"])
            index.n_docs = payload["n_docs"]
            index.df[np.asarray(payload["df"][0], dtype=np.int64)] = payload["df"][1]
            index.stories = {raw["id"]: Story.from_dict(raw) for raw in payload["stories"]}
            index.article_story = dict(payload["articles"])
        except (zlib.error, ValueError, KeyError, TypeError) as exc:
            raise EventwireError("EW901", reason=exc) from None
        for story in index.stories.values():
            index._index(story)
        return index
