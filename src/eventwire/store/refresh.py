"""The pure part of a story refresh: corroborated story events and verification flags of one story.

It needs only the story's articles (as `VerifyDoc`s with their events), so ingest can run it in its
worker processes while the writer stores the results (`Store.refresh_dirty(jobs=...)`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import date

from ..stories import corroborate
from ..verify import VerifyDoc, verify

VERIFY_PEERS = 12
"""An article is verified against at most this many other articles of its story."""


@dataclass(frozen=True, slots=True)
class StoryWork:
    """One story to refresh: its articles in peer order (published, ingested, id) and which are new.

    Each article's event records travel as stored (`records`, JSON text, in the order of `docs`) and are
    decoded by `refresh_story`, in whichever process runs it: the writer only reads them."""

    story_id: str
    docs: tuple[VerifyDoc, ...]
    published: tuple[date | None, ...]
    new: frozenset[str]
    records: tuple[tuple[str, ...], ...] = ()

    def targets(self) -> tuple[VerifyDoc, ...]:
        """The articles to verify: a small story whole (a new copy can change the majority); in a large one only
        the new articles, so a story of thousands of reprints stays cheap."""
        if len(self.docs) <= VERIFY_PEERS:
            return self.docs
        return tuple(d for d in self.docs if d.id in self.new)

    def cost(self) -> int:
        """Roughly how much work `refresh_story` has here: the articles verified times the peers each is
        verified against (a story of one article costs nothing)."""
        size = len(self.docs)
        return size + len(self.targets()) * min(size - 1, VERIFY_PEERS)

    def decoded(self) -> "StoryWork":
        """The work with each doc's `events` decoded from `records` (unchanged when there are none)."""
        if not self.records:
            return self
        docs = tuple(replace(d, events=tuple(json.loads(r) for r in rs)) for d, rs in zip(self.docs, self.records))
        return replace(self, docs=docs, records=())


@dataclass(frozen=True, slots=True)
class StoryResult:
    """Rows for `story_events` and `flags`, and the flag count of every article verified."""

    story_id: str
    events: tuple[tuple, ...]
    flags: tuple[tuple, ...]
    counts: tuple[tuple[str, int], ...]


def refresh_story(work: StoryWork) -> StoryResult:
    work = work.decoded()
    return StoryResult(work.story_id, _story_events(work), *_flags(work))


def _story_events(work: StoryWork) -> tuple[tuple, ...]:
    # a total order that does not depend on when articles were ingested: the same groups in every run
    order = sorted(range(len(work.docs)),
                   key=lambda i: (work.published[i] is None, work.published[i] or date.min, work.docs[i].id))
    events = [{**record, "outlet": work.docs[i].outlet, "origin": work.docs[i].copy_of or work.docs[i].id}
              for i in order for record in work.docs[i].events]
    return tuple((s.id, work.story_id, s.event, s.status, s.date, s.num_articles, s.num_sources, s.num_origins,
                  s.num_mentions, list(s.event_ids), list(s.article_ids)) for s in corroborate(events))


def _flags(work: StoryWork) -> tuple[tuple[tuple, ...], tuple[tuple[str, int], ...]]:
    """Each of the story's `targets` verified against the earliest VERIFY_PEERS other articles."""
    docs = work.docs
    rows: list[tuple] = []
    counts: list[tuple[str, int]] = []
    for doc in work.targets():
        peers = [d for d in docs if d.id != doc.id][:VERIFY_PEERS]
        found = verify(doc, peers) if peers else []
        counts.append((doc.id, len(found)))
        rows += [(doc.id, f.start, f.end, f.kind, f.text, f.explanation, json.dumps(list(f.evidence)))
                 for f in found]
    return tuple(rows), tuple(counts)
