"""Online story clustering: each new article joins the most similar recent story or starts one.

Documents are hashed term vectors (see `features`), weighted at comparison time by an IDF that
grows with every article seen. A story keeps the mean of its members' vectors and of their leads
(title and first sentences, which state the happening), cut to their strongest terms, plus its
time span and size; a copy of a member (see `dedup`) joins its story without moving the means,
so a flood of reprints does not pull a story towards one text, and joins it even after the story
has left the window. The similarity blends whole-text and lead cosines. Candidates come from an
inverted index over the stories' strongest terms; stories that fall out of the time window are
dropped, so memory and the snapshot stay bounded.
"""

from __future__ import annotations

import math
import zlib
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Callable, Iterable

import numpy as np

from ..errors import EventwireError
from ..model import content_id
from .doc import DocFeatures, StoryDoc, date_factor, doc_features, lead_vector
from .features import BUCKETS
from .state import Story, pack, unpack

THRESHOLD = 0.25
"""Blended IDF-weighted cosine an article needs with a story to join it."""
LEAD_SHARE = 0.3
"""Weight of the lead similarity in the blend (the rest is the whole-text similarity)."""
CENTROID_TERMS = 300
LEAD_TERMS = 120
"""A story keeps at most this many terms of its whole-text and lead centroids."""
INDEX_TERMS = 25
"""An article looks up candidate stories by its this-many most specific terms."""
MAX_CANDIDATES = 8
"""An article is compared with at most this many candidate stories (bounds the cost per article)."""
MAX_STORIES = 3000
"""At most this many stories stay live (least recently joined are dropped first)."""
PRUNE_EVERY = 64
"""Stories are pruned after this many assignments."""


def _unit(vector: dict[int, float]) -> dict[int, float]:
    norm = math.sqrt(sum(v * v for v in vector.values())) or 1.0
    return {k: v / norm for k, v in vector.items()}


def _arrays(vector: dict[int, float]) -> tuple[np.ndarray, np.ndarray]:
    return (np.fromiter(vector, dtype=np.int64, count=len(vector)),
            np.fromiter(vector.values(), dtype=np.float64, count=len(vector)))


def _top(weights: np.ndarray, limit: int) -> np.ndarray:
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


class StoryIndex:
    """Assigns articles to stories online; `state()`/`from_state()` persist it between runs."""

    def __init__(self, *, window_days: int | None = 7, threshold: float = THRESHOLD) -> None:
        self.window = timedelta(days=window_days) if window_days else None
        self.threshold = threshold
        self.df = np.zeros(BUCKETS, dtype=np.int32)
        self.n_docs = 0
        self.stories: dict[str, Story] = {}
        self.article_story: dict[str, str] = {}
        self.story_of: Callable[[str], str | None] | None = None
        """Optional look-up of a stored article's story (a copy of an article from an earlier run)."""
        self.stories_of: Callable[[list[str]], dict[str, str]] | None = None
        """Optional look-up of many stored articles' stories at once (see `prefetch`)."""
        self._stored: dict[str, str | None] = {}
        self._dropped: dict[str, str] = {}
        """Articles of stories pruned since the last `prefetch` (with a store only): maybe not stored yet."""
        self.latest: date | None = None
        self._clock = 0
        self._postings: dict[int, set[str]] = {}
        self._indexed: dict[str, set[int]] = {}
        self._arrays: dict[str, _Arrays] = {}
        self._scratch = np.zeros(BUCKETS, dtype=np.float64)

    # --- weighting -------------------------------------------------------
    def _idf_weights(self, keys: np.ndarray, values: np.ndarray) -> np.ndarray:
        """`values` times the IDF of their `keys`, scaled to unit length."""
        weights = values * (np.log((1.0 + self.n_docs) / (1.0 + self.df[keys])) + 1.0)
        norm = math.sqrt(float(weights @ weights)) or 1.0
        return weights / norm

    def _weighted(self, vector: dict[int, float]) -> dict[int, float]:
        keys, values = _arrays(vector)
        return dict(zip(vector, self._idf_weights(keys, values).tolist()))

    def _story_arrays(self, story: Story) -> _Arrays:
        cached = self._arrays.get(story.id)
        if cached is None or cached.size != story.size:
            cached = self._arrays[story.id] = _Arrays(story.size, *_arrays(story.centroid), *_arrays(story.lead))
        return cached

    # --- candidates and matching ----------------------------------------
    def _in_window(self, story: Story, day: date | None) -> bool:
        if self.window is None or day is None or story.first is None or story.last is None:
            return True
        return story.first - self.window <= day <= story.last + self.window

    def _candidates(self, weighted: dict[int, float], day: date | None) -> list[Story]:
        """Stories in the window posted under the article's strongest terms, at most `MAX_CANDIDATES` of them
        (those sharing the most weight of those terms)."""
        top = sorted(weighted, key=weighted.__getitem__, reverse=True)[:INDEX_TERMS]
        shared: dict[str, float] = {}
        for key in top:
            for story_id in self._postings.get(key, ()):
                shared[story_id] = shared.get(story_id, 0.0) + weighted[key]
        ids = sorted((i for i in shared if i in self.stories and self._in_window(self.stories[i], day)),
                     key=lambda i: (-shared[i], i))[:MAX_CANDIDATES]
        return [self.stories[i] for i in sorted(ids)]

    def similarity(self, weighted: dict[int, float], story: Story, lead: dict[int, float] | None = None) -> float:
        """Blend of the whole-text cosine and (given the article's weighted lead) the lead cosine."""
        return self._similarities(weighted, [story], lead)[0]

    def _similarities(self, weighted: dict[int, float], stories: list[Story],
                      lead: dict[int, float] | None) -> list[float]:
        """`similarity` for several stories: the article's vectors are spread into a dense scratch array once."""
        whole = self._dots(weighted, [(a.keys, a.values) for a in map(self._story_arrays, stories)])
        if lead is None:
            return whole
        leads = self._dots(lead, [(a.lead_keys, a.lead_values) for a in map(self._story_arrays, stories)])
        return [w if not story.lead else (1.0 - LEAD_SHARE) * w + LEAD_SHARE * l
                for w, l, story in zip(whole, leads, stories)]

    def _dots(self, weighted: dict[int, float], centroids: list[tuple[np.ndarray, np.ndarray]]) -> list[float]:
        keys, values = _arrays(weighted)
        self._scratch[keys] = values
        try:
            return [float(self._scratch[k] @ self._idf_weights(k, v)) if k.size else 0.0 for k, v in centroids]
        finally:
            self._scratch[keys] = 0.0

    def best_story(self, doc: StoryDoc, vector: dict[int, float], lead_raw: dict[int, float] | None = None,
                   features: DocFeatures | None = None) -> tuple[Story | None, float]:
        """The most similar story in the window and its similarity, scaled by `date_factor` (`lead_raw`: the doc's
        lead vector, if known; `features`: the doc's features, for its date evidence)."""
        weighted = self._weighted(vector)
        lead_raw = lead_vector(doc) if lead_raw is None else lead_raw
        lead = self._weighted(lead_raw) if LEAD_SHARE and lead_raw else None
        features = features or doc_features(doc)
        month = features.month or (doc.published and f"{doc.published:%Y-%m}")
        candidates = self._candidates(weighted, doc.published)
        factors = [date_factor(month, features.years, story) for story in candidates]
        best, score = None, -1.0
        for story, sim, factor in zip(candidates, self._similarities(weighted, candidates, lead), factors):
            sim *= factor
            if sim > score:
                best, score = story, sim
        return best, score

    # --- updates ---------------------------------------------------------
    def _count(self, vector: dict[int, float]) -> None:
        self.n_docs += 1
        self.df[np.fromiter(vector, dtype=np.int64, count=len(vector))] += 1

    def _index(self, story: Story, weights: np.ndarray | None = None) -> None:
        """Post the story under its most specific terms (replacing its previous postings); `weights`: the
        IDF weights of its centroid's terms, when just computed."""
        keys, values = _arrays(story.centroid)
        weights = self._idf_weights(keys, values) if weights is None else weights
        top = set(keys[_top(weights, INDEX_TERMS * 2)].tolist())
        old = self._indexed.get(story.id, set())
        for key in old - top:
            self._postings[key].discard(story.id)
        for key in top - old:
            self._postings.setdefault(key, set()).add(story.id)
        self._indexed[story.id] = top

    def _strongest(self, vector: dict[int, float], limit: int) -> tuple[dict[int, float], np.ndarray]:
        """The vector cut to its `limit` terms of largest IDF weight, and the weights of the terms kept."""
        keys, values = _arrays(vector)
        weights = self._idf_weights(keys, values)
        if len(vector) <= limit:
            return vector, weights
        order = _top(weights, limit)
        return dict(zip(keys[order].tolist(), values[order].tolist())), weights[order]

    def _add(self, story: Story, doc: StoryDoc, vector: dict[int, float], lead: dict[int, float],
             features: DocFeatures | None = None) -> None:
        for target, raw in ((story.centroid, vector), (story.lead, lead)):
            for key, value in _unit(raw).items():
                target[key] = target.get(key, 0.0) + value
        story.centroid, weights = self._strongest(story.centroid, CENTROID_TERMS)
        if story.lead:
            story.lead = self._strongest(story.lead, LEAD_TERMS)[0]
        story.size += 1
        self._join(story, doc, features)
        self._index(story, weights)

    def _join(self, story: Story, doc: StoryDoc, features: DocFeatures | None) -> None:
        """Record the article as a member: the story's time span, months and years, and its recency."""
        self._clock += 1
        story.touched = self._clock
        if doc.published:
            story.first = min(filter(None, (story.first, doc.published)))
            story.last = max(filter(None, (story.last, doc.published)))
            self.latest = max(filter(None, (self.latest, doc.published)))
        if doc.published:
            story.months.add(f"{doc.published:%Y-%m}")
        if features is not None:
            if features.month:
                story.months.add(features.month)
            story.years |= features.years
        self.article_story[doc.id] = story.id

    def prefetch(self, originals: Iterable[str]) -> None:
        """Look up at once the stored stories of the originals of a batch's copies that this run has not seen
        (one query instead of one per copy); the answers serve the assignments until the next prefetch."""
        self._dropped = {}  # the writer has stored them by now
        missing = sorted({o for o in originals if o not in self.article_story})
        if not missing or self.stories_of is None:
            self._stored = {}
            return
        found = self.stories_of(missing)
        self._stored = {o: found.get(o) for o in missing}

    def _original_story(self, doc: StoryDoc) -> str | None:
        """The story of the article this one copies (in this index, or as stored), if known."""
        if not doc.duplicate_of:
            return None
        original = doc.duplicate_of
        story_id = self.article_story.get(original) or self._dropped.get(original) or self._stored.get(original)
        if story_id is None and self.story_of is not None and original not in self._stored:
            story_id = self.story_of(original)
        return story_id

    def _join_copy(self, doc: StoryDoc, story_id: str, features: DocFeatures | None) -> None:
        """A copy joins its original's story without moving the story's means (a reprint says nothing new about
        what the story is about); when that story has left the window, the copy joins it all the same."""
        story = self.stories.get(story_id)
        if story is not None:
            self._join(story, doc, features)
        else:  # its story has left memory: a copy of this copy, in the same write, must still find it
            self._dropped[doc.id] = story_id

    def assign(self, doc: StoryDoc, features: DocFeatures | None = None) -> str:
        """The story id of a new article: its original's story, the best story in the window, or a new one.

        `features` are `doc_features(doc)` when already computed (by an ingest worker).
        """
        if doc.id in self.article_story:
            return self.article_story[doc.id]
        features = features or doc_features(doc)
        vector, lead = features.vector, features.lead
        self._count(vector)
        clock = self._clock
        original = self._original_story(doc)
        if original is not None:
            self._join_copy(doc, original, features)
        else:
            story, score = self.best_story(doc, vector, lead, features)
            if story is None or score < self.threshold:
                story = Story(content_id("story", doc.id))
                self.stories[story.id] = story
            self._add(story, doc, vector, lead, features)
        if self._clock != clock and self._clock % PRUNE_EVERY == 0:
            self.prune()
        return original or story.id

    def replay(self, doc: StoryDoc, story_id: str, features: DocFeatures | None = None) -> None:
        """Re-add an article already stored in `story_id` (one the last saved snapshot does not include yet)."""
        if doc.id in self.article_story:
            return
        features = features or doc_features(doc)
        self._count(features.vector)
        if self._original_story(doc) == story_id:  # as `assign` did: a copy that joined its original's story
            self._join_copy(doc, story_id, features)
            return
        story = self.stories.get(story_id)
        if story is None:
            story = self.stories[story_id] = Story(story_id)
        self._add(story, doc, features.vector, features.lead, features)

    # --- bounds ----------------------------------------------------------
    def _stale(self, story: Story) -> bool:
        """Out of reach: its last article is more than two windows older than the newest article seen."""
        return bool(self.window and self.latest and story.last and story.last < self.latest - 2 * self.window)

    def prune(self) -> int:
        """Drop stale stories and, beyond `MAX_STORIES`, the least recently joined; returns how many went."""
        gone = {s.id for s in self.stories.values() if self._stale(s)}
        if len(self.stories) - len(gone) > MAX_STORIES:
            live = sorted((s for s in self.stories.values() if s.id not in gone), key=lambda s: s.touched)
            gone |= {s.id for s in live[:len(live) - MAX_STORIES]}
        for story_id in gone:
            del self.stories[story_id]
            self._arrays.pop(story_id, None)
            for key in self._indexed.pop(story_id, ()):
                self._postings[key].discard(story_id)
        if gone:
            if self.stories_of is not None:
                self._dropped.update((a, s) for a, s in self.article_story.items() if s in gone)
            self.article_story = {a: s for a, s in self.article_story.items() if s not in gone}
        return len(gone)

    # --- persistence -----------------------------------------------------
    def state(self) -> bytes:
        """A compressed snapshot that `from_state` turns back into an index making the same decisions.

        The index is saved as it stands, not pruned first: pruning happens every `PRUNE_EVERY` assignments,
        so the stories an article can join never depend on when a snapshot was taken."""
        settings = {"window": self.window and self.window.days, "threshold": self.threshold, "clock": self._clock,
                    "latest": self.latest and self.latest.isoformat()}
        return pack(settings, self.df, self.n_docs, list(self.stories.values()))

    @classmethod
    def from_state(cls, blob: bytes) -> "StoryIndex":
        """Rebuild an index from `state()` output (EW901 when the snapshot is unreadable)."""
        try:
            settings, df, stories = unpack(blob, BUCKETS)
            index = cls(window_days=settings["window"], threshold=settings["threshold"])
            latest = settings.get("latest")
            index.latest = date.fromisoformat(latest) if latest else max(
                (s.last for s in stories if s.last), default=None)  # snapshots before the clock was saved
            index._clock = int(settings.get("clock") or max((s.touched for s in stories), default=0))
        except (zlib.error, ValueError, KeyError, TypeError) as exc:
            raise EventwireError("EW901", reason=exc) from None
        index.n_docs, index.df = settings["n_docs"], df
        index.stories = {s.id: s for s in stories}
        for story in stories:
            index._index(story)
        return index
