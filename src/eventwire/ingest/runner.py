"""The ingest loop: stream inputs, batch, skip stored ids, analyse, mark copies, assign stories, write each batch.

An ingest killed at any moment loses at most the uncommitted batches; running it again skips what
was committed and stores the rest, so every article ends up stored exactly once.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field, replace
from typing import Callable, Iterable, Iterator

from ..dedup import DuplicateIndex, Fingerprint
from ..model import Analysis, Article
from ..sources import Rejected
from ..store import ArticleExtra, Store, rows
from .executors import Executor
from .live import paced
from .prepare import PreparedArticle, PreparedBatch, merge, prepare

SNAPSHOT_SECONDS = 60.0
"""The story index is saved this often during a run (and at its end); a killed run replays what came after."""
COMMIT_SECONDS = 5.0
"""Analysed batches wait at most this long to be written, however few they are (slow inputs still commit)."""


@dataclass
class Summary:
    """Counts of one ingest run; `as_dict` is the machine-readable summary line."""

    read: int = 0
    stored: int = 0
    duplicates: int = 0
    already_stored: int = 0
    failed: int = 0
    started: float = field(default_factory=time.monotonic)
    finished: float | None = None
    """When the run had written and committed everything; until then `seconds` keeps counting."""

    @property
    def seconds(self) -> float:
        return (self.finished or time.monotonic()) - self.started

    def finish(self) -> None:
        """Stop the clock: closing the store and the engine afterwards is not part of the run's time."""
        self.finished = time.monotonic()

    @property
    def rate(self) -> float:
        return self.read / self.seconds if self.seconds > 0 else 0.0

    def as_dict(self) -> dict:
        return {"read": self.read, "stored": self.stored, "duplicates": self.duplicates,
                "already_stored": self.already_stored, "failed": self.failed,
                "seconds": round(self.seconds, 2), "articles_per_second": round(self.rate, 2)}


class Ingest:
    """One ingest run into a store."""

    def __init__(self, store: Store, executor: Executor, *, batch_size: int = 64, commit_size: int = 256,
                 story_window_days: int = 7, on_progress: Callable[[Summary], None] | None = None,
                 on_reject: Callable[[Rejected], None] | None = None, read_ahead: bool = False,
                 live: bool = False) -> None:
        self.store = store
        self.executor = executor
        self.batch_size = batch_size
        parallel = getattr(executor, "workers", None) or getattr(executor, "cpus", 1)
        self.lookahead = 2 * parallel * batch_size if read_ahead and parallel > 1 else 0
        """Articles read beyond the batch handed out, so that the end of the input is seen early and the last
        articles go out in smaller batches that the workers finish together. Off for live inputs (stdin), whose
        articles should not wait for more to arrive."""
        self.live = live
        """A feed that trickles in (stdin): held articles go out every `LINGER_SECONDS`, each batch is written
        as soon as it is analysed (see `live.py`)."""
        self._drained = False
        """Whether the input has ended: then each analysed batch is written at once, beside the last analyses."""
        self.commit_size = commit_size
        """Articles written per transaction: a commit costs the writer ~20 ms, whatever its size."""
        self._waiting: list[PreparedBatch] = []
        self._written_at = time.monotonic()
        self.on_progress = on_progress or (lambda s: None)
        self.on_reject = on_reject or (lambda r: None)
        self.summary = Summary()
        self.copies = DuplicateIndex()
        self.keep_analyses = bool(getattr(store, "needs_analyses", False))
        self._seen: set[str] = set()
        """Ids this run has taken: an article repeated in one run is stored once."""
        self._store_was_empty = bool(getattr(store, "is_empty", lambda: False)())
        """Then only this run's own ids can be stored already, and `_fresh` need not ask the store."""
        self.stories = store.story_index(story_window_days)
        rows.load_converters()
        self._snapshot_at = time.monotonic()
        for article_id, blob in store.fingerprints():
            self.copies.add(article_id, _load(blob))

    def run(self, items: Iterable[Article | Rejected]) -> Summary:
        """Ingest everything; returns the counts. Story events and flags are brought up to date at the end."""
        self._refresh_stories()  # what a killed run left to do
        for results in self.executor.map(self._batches(items), keep_analyses=self.keep_analyses):
            for failed in (r for r in results if isinstance(r, Rejected)):
                self._reject(failed)  # an engine gave up on this article (EW803)
            batches = [r for r in results if isinstance(r, PreparedBatch)]
            loose = [r for r in results if isinstance(r, Analysis)]
            if loose:  # an engine that returns plain analyses (Ray): prepare them here
                batches.append(prepare(loose, keep_analyses=self.keep_analyses))
            self._waiting += batches
            if self._drained or self.live or sum(len(b.articles) for b in self._waiting) >= self.commit_size or self._overdue():
                self._flush()
            if time.monotonic() - self._snapshot_at >= SNAPSHOT_SECONDS:
                self._snapshot()
            self.on_progress(self.summary)
        self._flush()
        self._snapshot()
        self._refresh_stories()
        self.summary.finish()
        return self.summary

    def _overdue(self) -> bool:
        return time.monotonic() - self._written_at >= COMMIT_SECONDS

    def _flush(self) -> None:
        """Write the analysed batches waiting, as one transaction."""
        if self._waiting:
            self._write(merge(self._waiting))
            self._waiting = []
        self._written_at = time.monotonic()

    def _snapshot(self) -> None:
        save = getattr(self.store, "save_story_index", None)
        if save is not None:
            save(self.stories)
        self._snapshot_at = time.monotonic()

    def _write(self, batch: PreparedBatch) -> None:
        """Mark copies and assign stories in input order, then store the batch in one transaction."""
        extras = {}
        for item in batch.articles:
            extras[item.id] = self._copy(item)
        self.stories.prefetch(e.duplicate_of for e in extras.values() if e.duplicate_of)
        for item in batch.articles:
            extra = extras[item.id]
            story_id = self.stories.assign(item.story_doc(extra.duplicate_of), item.story)
            extras[item.id] = replace(extra, story_id=story_id, story_seq=self.stories.n_docs)
        self.summary.stored += self.store.add(batch, extras, self.stories)
        self.summary.duplicates += sum(1 for e in extras.values() if e.duplicate_of)
        self.store.clear_quarantine([a.article.source for a in batch.articles])

    def _refresh_stories(self) -> None:
        refresh = getattr(self.store, "refresh_dirty", None)
        if refresh is not None:
            refresh(jobs=getattr(self.executor, "jobs", None))

    def _batches(self, items: Iterable[Article | Rejected]) -> Iterator[list[Article]]:
        held: list[Article] = []
        for item in paced(items) if self.live else items:
            if item is None:  # a live input's tick: what arrived goes out; an empty batch lets results out
                yield from self._fresh(held) if held else [[]]
                held = []
                continue
            if isinstance(item, Rejected):
                self._reject(item)
                continue
            self.summary.read += 1
            held.append(item)
            if len(held) >= self.batch_size + self.lookahead:
                yield from self._fresh(held[:self.batch_size])
                del held[:self.batch_size]
        self._drained = True
        for part in tail_batches(held, self.batch_size, self.lookahead // self.batch_size):
            yield from self._fresh(part)

    def _fresh(self, batch: list[Article]) -> Iterator[list[Article]]:
        """The batch without articles already stored (or repeated in this run)."""
        stored = set() if self._store_was_empty else self.store.stored_ids(a.id for a in batch)
        keep: list[Article] = []
        for article in batch:
            if article.id in stored or article.id in self._seen:
                self.summary.already_stored += 1
                continue
            self._seen.add(article.id)
            keep.append(article)
        if keep:
            yield keep
        else:
            self.on_progress(self.summary)

    def _copy(self, item: PreparedArticle) -> ArticleExtra:
        """The article's copy marks: matched against every earlier article, then added to the index."""
        fp = Fingerprint.from_bytes(item.fingerprint)
        match = self.copies.match(fp)
        self.copies.add(item.id, fp)
        if match is None:
            return ArticleExtra(fingerprint=item.fingerprint)
        return ArticleExtra(match.original_id, match.kind, round(match.similarity, 3), item.fingerprint)

    def _reject(self, item: Rejected) -> None:
        self.summary.failed += 1
        self.store.quarantine(item.source, item.error.code, str(item.error), item.raw)
        self.on_reject(item)


TAIL_MIN_BATCH = 8
"""The smallest batch the end of an input is cut into: below it, per-batch costs outweigh the balance won."""


def tail_batches(held: list[Article], size: int, slots: int) -> Iterator[list[Article]]:
    """The last articles of an input in shrinking batches, each at most its share of what is left over
    `slots` batches in flight (guided self-scheduling): the workers run out of work at about the same time."""
    start = 0
    while start < len(held):
        share = -(-(len(held) - start) // slots) if slots else size
        step = min(size, max(TAIL_MIN_BATCH, share))
        if len(held) - start - step < TAIL_MIN_BATCH:  # too few left for a batch of their own
            step = min(size, len(held) - start)
        yield held[start:start + step]
        start += step


def _load(blob: bytes) -> Fingerprint:
    return Fingerprint.from_bytes(blob)
