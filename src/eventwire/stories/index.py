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

import zlib
from datetime import date, timedelta
from typing import Callable, Iterable

import numpy as np

from ..errors import EventwireError
from ..model import content_id
from .doc import DocFeatures, StoryDoc, date_factor, doc_features, lead_vector
from .features import BUCKETS
from .state import Story, pack, unpack
from .weights import TermWeights, arrays, top, unit

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


class StoryIndex:
    """Assigns articles to stories online; `state()`/`from_state()` persist it between runs."""

    def __init__(self, *, window_days: int | None = 7, threshold: float = THRESHOLD) -> None:
        self.window = timedelta(days=window_days) if window_days else None
        self.threshold = threshold
        self.terms = TermWeights()
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

    @property
    def n_docs(self) -> int:
        """Articles counted so far."""
        return self.terms.n_docs

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
        return self.terms.similarities(weighted, [story], lead, LEAD_SHARE)[0]

    def best_story(self, doc: StoryDoc, vector: dict[int, float], lead_raw: dict[int, float] | None = None,
                   features: DocFeatures | None = None) -> tuple[Story | None, float]:
        """The most similar story in the window and its similarity, scaled by `date_factor` (`lead_raw`: the doc's
        lead vector, if known; `features`: the doc's features, for its date evidence)."""
        weighted = self.terms.weighted(vector)
        lead_raw = lead_vector(doc) if lead_raw is None else lead_raw
        lead = self.terms.weighted(lead_raw) if LEAD_SHARE and lead_raw else None
        features = features or doc_features(doc)
        month = features.month or (doc.published and f"{doc.published:%Y-%m}")
        candidates = self._candidates(weighted, doc.published)
        factors = [date_factor(month, features.years, story) for story in candidates]
        best, score = None, -1.0
        for story, sim, factor in zip(candidates, self.terms.similarities(weighted, candidates, lead, LEAD_SHARE), factors):
            sim *= factor
            if sim > score:
                best, score = story, sim
        return best, score

    # --- updates ---------------------------------------------------------
    def _index(self, story: Story, weights: np.ndarray | None = None) -> None:
        """Post the story under its most specific terms (replacing its previous postings); `weights`: the
        IDF weights of its centroid's terms, when just computed."""
        keys, values = arrays(story.centroid)
        weights = self.terms.idf_weights(keys, values) if weights is None else weights
        strongest = set(keys[top(weights, INDEX_TERMS * 2)].tolist())
        old = self._indexed.get(story.id, set())
        for key in old - strongest:
            self._postings[key].discard(story.id)
        for key in strongest - old:
            self._postings.setdefault(key, set()).add(story.id)
        self._indexed[story.id] = strongest

    def _add(self, story: Story, doc: StoryDoc, vector: dict[int, float], lead: dict[int, float],
             features: DocFeatures | None = None) -> None:
        for target, raw in ((story.centroid, vector), (story.lead, lead)):
            for key, value in unit(raw).items():
                target[key] = target.get(key, 0.0) + value
        story.centroid, weights = self.terms.strongest(story.centroid, CENTROID_TERMS)
        if story.lead:
            story.lead = self.terms.strongest(story.lead, LEAD_TERMS)[0]
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
        self.terms.count(vector)
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
        self.terms.count(features.vector)
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
            self.terms.forget(story_id)
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
        return pack(settings, self.terms.df, self.terms.n_docs, list(self.stories.values()))

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
        index.terms.n_docs, index.terms.df = settings["n_docs"], df
        index.stories = {s.id: s for s in stories}
        for story in stories:
            index._index(story)
        return index
