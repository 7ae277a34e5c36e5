"""The ingest loop: stream inputs, batch, skip stored ids, mark copies, analyse, write one transaction per batch.

An ingest killed at any moment loses at most the uncommitted batch; running it again skips what
was committed and stores the rest, so every article ends up stored exactly once.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field, replace
from typing import Callable, Iterable, Iterator

from ..dedup import DuplicateIndex, Fingerprint, fingerprint
from ..model import Analysis, Article
from ..sources import Rejected
from ..stories import StoryDoc
from ..store import ArticleExtra, Store
from .executors import Executor


@dataclass
class Summary:
    """Counts of one ingest run; `as_dict` is the machine-readable summary line."""

    read: int = 0
    stored: int = 0
    duplicates: int = 0
    already_stored: int = 0
    failed: int = 0
    started: float = field(default_factory=time.monotonic)

    @property
    def seconds(self) -> float:
        return time.monotonic() - self.started

    @property
    def rate(self) -> float:
        return self.read / self.seconds if self.seconds > 0 else 0.0

    def as_dict(self) -> dict:
        return {"read": self.read, "stored": self.stored, "duplicates": self.duplicates,
                "already_stored": self.already_stored, "failed": self.failed,
                "seconds": round(self.seconds, 2), "articles_per_second": round(self.rate, 2)}


class Ingest:
    """One ingest run into a store."""

    def __init__(self, store: Store, executor: Executor, *, batch_size: int = 64, story_window_days: int = 7,
                 on_progress: Callable[[Summary], None] | None = None,
                 on_reject: Callable[[Rejected], None] | None = None) -> None:
        self.store = store
        self.executor = executor
        self.batch_size = batch_size
        self.on_progress = on_progress or (lambda s: None)
        self.on_reject = on_reject or (lambda r: None)
        self.summary = Summary()
        self.copies = DuplicateIndex()
        self._pending: dict[str, ArticleExtra] = {}
        self.stories = store.story_index(story_window_days)
        for article_id, blob in store.fingerprints():
            self.copies.add(article_id, _load(blob))
        # An article repeated in one run is stored once; its later occurrences count as already stored.

    def run(self, items: Iterable[Article | Rejected]) -> Summary:
        """Ingest everything; returns the counts. Story events and flags are brought up to date at the end."""
        self._refresh_stories()  # what a killed run left to do
        for results in self.executor.map(self._batches(items)):
            analyses = [r for r in results if isinstance(r, Analysis)]
            for failed in (r for r in results if not isinstance(r, Analysis)):
                self._reject(failed)  # an engine gave up on this article (EW803)
            extras = {a.article.id: self._story(a, self._pending.pop(a.article.id)) for a in analyses}
            self.summary.stored += self.store.add(analyses, extras, self.stories)
            self.summary.duplicates += sum(1 for e in extras.values() if e.duplicate_of)
            self.store.clear_quarantine([a.article.source for a in analyses])
            self.on_progress(self.summary)
        self._refresh_stories()
        return self.summary

    def _refresh_stories(self) -> None:
        refresh = getattr(self.store, "refresh_dirty", None)
        if refresh is not None:
            refresh()

    def _batches(self, items: Iterable[Article | Rejected]) -> Iterator[list[Article]]:
        batch: list[Article] = []
        for item in items:
            if isinstance(item, Rejected):
                self._reject(item)
                continue
            self.summary.read += 1
            batch.append(item)
            if len(batch) >= self.batch_size:
                yield from self._fresh(batch)
                batch = []
        if batch:
            yield from self._fresh(batch)

    def _fresh(self, batch: list[Article]) -> Iterator[list[Article]]:
        """The batch without articles already stored (or repeated in it), their copies marked."""
        stored = self.store.stored_ids(a.id for a in batch)
        keep: list[Article] = []
        for article in batch:
            if article.id in stored or article.id in self._pending:
                self.summary.already_stored += 1
                continue
            self._pending[article.id] = self._extra(article)
            keep.append(article)
        if keep:
            yield keep
        else:
            self.on_progress(self.summary)

    def _extra(self, article: Article) -> ArticleExtra:
        fp = fingerprint(article.text)
        match = self.copies.match(fp)
        self.copies.add(article.id, fp)
        if match is None:
            return ArticleExtra(fingerprint=fp.to_bytes())
        return ArticleExtra(match.original_id, match.kind, round(match.similarity, 3), fp.to_bytes())

    def _story(self, analysis: Analysis, extra: ArticleExtra) -> ArticleExtra:
        """The extra with the story the article joins (a copy joins its original's story)."""
        art = analysis.article
        places = tuple(sorted({p.country for p in analysis.places if getattr(p, "country", None)}))
        doc = StoryDoc(art.id, art.text, art.title, art.published, art.outlet,
                       tuple(sorted({m.code for m in analysis.mentions})), places,
                       tuple(sorted({e.event for e in analysis.events})), extra.duplicate_of)
        return replace(extra, story_id=self.stories.assign(doc))

    def _reject(self, item: Rejected) -> None:
        self.summary.failed += 1
        self.store.quarantine(item.source, item.error.code, str(item.error), item.raw)
        self.on_reject(item)


def _load(blob: bytes) -> Fingerprint:
    return Fingerprint.from_bytes(blob)
