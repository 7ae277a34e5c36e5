"""Stories in the store: the online story index's state, story events with corroboration counts, flags."""

from __future__ import annotations

import json
from typing import Any, Callable, Iterable, Iterator

import pyarrow as pa

from ..errors import EventwireError
from ..stories import StoryDoc, StoryIndex
from ..verify import Flag, VerifyDoc, verify
from .refresh import VERIFY_PEERS, StoryWork, refresh_story

REFRESH_CHUNK = 500
"""Stories per refresh transaction: small enough to bound the writer's memory and the work an interruption
redoes, large enough that handing a chunk to the workers costs little next to its work."""
STORY_EVENT_COLUMNS = ("id", "story_id", "event", "status", "date", "num_articles", "num_sources", "num_origins",
                       "num_mentions", "event_ids", "article_ids")


class StoryMixin:
    """Story reads and writes; mixed into Store, which provides `self.con` and `self._rows`."""

    con: Any

    def story_index(self, window_days: int) -> StoryIndex:
        """The story index as of the last snapshot, with the articles stored since then replayed into it."""
        row = self.con.execute("SELECT state FROM story_state WHERE id = 1").fetchone()
        index = StoryIndex.from_state(row[0]) if row else StoryIndex(window_days=window_days or None)
        index.story_of, index.stories_of = self._story_id_of, self._story_ids_of
        for doc, story_id in self._pending_docs():
            index.replay(doc, story_id)
        return index

    def _pending_docs(self) -> Iterator[tuple[StoryDoc, str]]:
        """Articles stored since the last snapshot, in the order they were stored, as the story index saw them."""
        rows = self.con.execute(
            "SELECT a.id, a.text, a.title, a.published, a.outlet, a.duplicate_of, p.story_id, p.actors, p.places, "
            "p.event_types FROM story_pending p JOIN articles a ON a.id = p.article_id ORDER BY p.seq, a.id").fetchall()
        for article_id, text, title, published, outlet, copy_of, story_id, actors, places, types in rows:
            doc = StoryDoc(article_id, text, title or "", published, outlet or "", tuple(actors or ()),
                           tuple(places or ()), tuple(types or ()), copy_of)
            yield doc, story_id

    def _story_id_of(self, article_id: str) -> str | None:
        """The stored story of an article (the index keeps only this run's articles in memory)."""
        row = self.con.execute("SELECT story_id FROM articles WHERE id = ?", [article_id]).fetchone()
        return row[0] if row else None

    def _story_ids_of(self, article_ids: list[str]) -> dict[str, str]:
        """The stored stories of many articles at once (those stored without a story are left out)."""
        rows = self.con.execute("SELECT id, story_id FROM articles WHERE id IN (SELECT unnest(?)) "
                                "AND story_id IS NOT NULL", [article_ids]).fetchall()
        return dict(rows)

    def save_story_index(self, index: StoryIndex) -> None:
        """Snapshot the index (ingest does this every SNAPSHOT_SECONDS and at the end of a run, not per batch)."""
        state = index.state()
        self.con.execute("BEGIN TRANSACTION")
        try:
            self.con.execute("INSERT OR REPLACE INTO story_state VALUES (1, ?)", [state])
            self.con.execute("DELETE FROM story_pending")
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            raise

    def _track(self, assigned: list[tuple[Any, Any]]) -> None:
        """Remember (ArticleExtra, PreparedArticle) pairs assigned to stories since the last snapshot, as the
        index saw them, and mark their stories for refresh."""
        if not assigned:
            return
        table = pa.table({
            "article_id": [item.id for _, item in assigned], "story_id": [extra.story_id for extra, _ in assigned],
            "seq": pa.array([extra.story_seq for extra, _ in assigned], pa.int64()),
            "actors": pa.array([list(item.actors) for _, item in assigned], pa.list_(pa.string())),
            "places": pa.array([list(item.places) for _, item in assigned], pa.list_(pa.string())),
            "event_types": pa.array([list(item.event_types) for _, item in assigned], pa.list_(pa.string())),
        })
        self._with_table("_assigned", table, "INSERT OR REPLACE INTO story_pending SELECT * FROM _assigned",
                         "INSERT INTO dirty_stories SELECT story_id, article_id FROM _assigned")

    def refresh_dirty(self, chunk: int = REFRESH_CHUNK, jobs: Callable | None = None) -> int:
        """Recompute story events and flags of the stories changed since the last refresh; returns how many.

        Each chunk of stories is one transaction, so a refresh that is interrupted resumes where it stopped.
        `jobs(function, items)` maps the pure work over the stories (ingest passes its executor's); the next
        chunk's work is handed to it before this chunk's results are written, so the workers need not wait
        for the writer (nor a Ray pipeline's latency be paid once per chunk).
        """
        done, after, pending = 0, "", None
        while True:
            rows = self.con.execute(
                "SELECT d.story_id, list(d.article_id), (SELECT count(*) FROM articles a WHERE a.story_id = d.story_id) "
                "FROM dirty_stories d WHERE d.story_id > ? GROUP BY d.story_id ORDER BY d.story_id LIMIT ?",
                [after, chunk]).fetchall()
            # an article alone in its story has no story events and no flags
            started = self._start_refresh([s for s, _, size in rows if size > 1],
                                          [i for _, ids, size in rows if size > 1 for i in ids], jobs)
            if pending is not None:
                self._finish_dirty(*pending)
                done += len(pending[0])
            if not rows:
                return done
            after, pending = rows[-1][0], ([r[0] for r in rows], started)

    def _finish_dirty(self, dirty: list[str], started: tuple[list[str], Iterable]) -> None:
        """Write one chunk's refreshed stories and clear their dirty marks, in one transaction."""
        self.con.execute("BEGIN TRANSACTION")
        try:
            self._write_refresh(*started)
            self.con.execute("DELETE FROM dirty_stories WHERE list_contains(?, story_id)", [dirty])
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            raise

    def refresh_story_events(self, story_ids: Iterable[str], new_ids: Iterable[str] = (),
                             jobs: Callable | None = None) -> None:
        """Recompute the corroborated story events and the flags of these stories (inside the caller's transaction)."""
        self._write_refresh(*self._start_refresh(story_ids, new_ids, jobs))

    def _start_refresh(self, story_ids: Iterable[str], new_ids: Iterable[str],
                       jobs: Callable | None) -> tuple[list[str], Iterable]:
        """The stories to refresh and their results, as `jobs` (or `map`) yields them once asked."""
        stories = sorted(set(s for s in story_ids if s))
        if not stories:
            return stories, ()
        new = frozenset(new_ids)
        members, published, records = self._members(stories)
        work = [StoryWork(s, tuple(members[s]), tuple(published[d.id] for d in members[s]), new,
                          tuple(records.get(d.id, ()) for d in members[s])) for s in stories]
        work.sort(key=StoryWork.cost, reverse=True)  # the largest first, so parallel workers finish together
        return stories, (jobs or map)(refresh_story, work)

    def _write_refresh(self, stories: list[str], results: Iterable) -> None:
        if not stories:
            return
        results = sorted(results, key=lambda r: r.story_id)  # rows in story order, however the work was scheduled
        self.con.execute("DELETE FROM story_events WHERE list_contains(?, story_id)", [stories])
        self._insert_rows("story_events", [row for r in results for row in r.events], "REPLACE")
        counts = [c for r in results for c in r.counts]
        if not counts:
            return
        self.con.execute("DELETE FROM flags WHERE list_contains(?, article_id)", [[c[0] for c in counts]])
        self._insert_rows("flags", [row for r in results for row in r.flags], None)
        self._with_table("_flag_counts", pa.table({"id": [c[0] for c in counts], "n": [c[1] for c in counts]}),
                         "UPDATE articles SET n_flags = c.n FROM _flag_counts c WHERE articles.id = c.id")

    def _members(self, stories: list[str]) -> tuple[dict[str, list[VerifyDoc]], dict[str, Any], dict[str, list[str]]]:
        """The articles of these stories, each story's in order (published, ingested, id), each article's
        publication date, and its event records as stored (JSON, decoded by `refresh_story` where it runs)."""
        articles = self.con.execute(
            "SELECT story_id, id, text, outlet, duplicate_of, published FROM articles WHERE list_contains(?, story_id) "
            "ORDER BY story_id, published NULLS LAST, ingested_at, id", [stories]).fetchall()
        records: dict[str, list[str]] = {}
        for article_id, record in self.con.execute(
                "SELECT e.article_id, e.record FROM events e JOIN articles a ON a.id = e.article_id "
                "WHERE list_contains(?, a.story_id) ORDER BY e.article_id, e.sentence_start, "
                "(e.record->>'$.text_info.trigger_start')::INT, e.id", [stories]).fetchall():
            records.setdefault(article_id, []).append(record)
        members: dict[str, list[VerifyDoc]] = {story_id: [] for story_id in stories}
        published: dict[str, Any] = {}
        for story_id, article_id, text, outlet, copy_of, day in articles:
            published[article_id] = day
            members[story_id].append(VerifyDoc(article_id, text, outlet or "", (), None, copy_of))
        return members, published, records

    def _peers(self, story_id: str, article_id: str) -> list[str]:
        """The articles an article is verified against: the earliest VERIFY_PEERS others of its story."""
        return [r[0] for r in self.con.execute(
            "SELECT id FROM articles WHERE story_id = ? AND id <> ? ORDER BY published NULLS LAST, ingested_at, id "
            "LIMIT ?", [story_id, article_id, VERIFY_PEERS]).fetchall()]

    def stories(self, *, limit: int = 50, offset: int = 0) -> list[dict]:
        """Stories, latest first: a representative title, articles, outlets, time span and main events."""
        stories = self._rows(
            "SELECT story_id, arg_min(title, coalesce(published, DATE '9999-12-31')) AS title, count(*) AS articles, "
            "list(DISTINCT outlet ORDER BY outlet) FILTER (WHERE outlet <> '') AS outlets, "
            "min(published) AS start, max(published) AS \"end\" FROM articles WHERE story_id IS NOT NULL "
            "GROUP BY story_id ORDER BY max(published) DESC NULLS LAST, story_id LIMIT ? OFFSET ?", [limit, offset])
        for story in stories:
            story["outlets"] = story["outlets"] or []
            counts = self.con.execute(
                "SELECT event, count(*) FROM story_events WHERE story_id = ? GROUP BY event ORDER BY 2 DESC, 1",
                [story["story_id"]]).fetchall()
            story["events"] = dict(counts)
        return stories

    def story(self, story_id: str) -> dict:
        """One story: its articles, its corroborated events, and the verification flags of each article."""
        articles = self._rows(
            "SELECT id, title, outlet, url, published, duplicate_of, duplicate_kind, similarity, n_flags FROM articles "
            "WHERE story_id = ? ORDER BY published NULLS LAST, id", [story_id])
        if not articles:
            raise EventwireError("EW505", story=story_id)
        events = self._rows(f"SELECT {', '.join(STORY_EVENT_COLUMNS)} FROM story_events WHERE story_id = ? "
                            "ORDER BY num_origins DESC, num_articles DESC, id", [story_id])
        return {"story_id": story_id, "title": articles[0]["title"], "articles": articles, "events": events,
                "flags": {a["id"]: [f.as_dict() for f in self.flags(a["id"])] for a in articles}}

    def article_story(self, article_id: str) -> list[dict]:
        """The story of each article in the store, with the input id (JSONL `stories` output)."""
        where = "WHERE id = ?" if article_id else ""
        return self._rows(f"SELECT id AS article_id, story_id, title, outlet, published, duplicate_of FROM articles "
                          f"{where} ORDER BY story_id, published NULLS LAST, id", [article_id] if article_id else [])

    def _verify_doc(self, article_id: str) -> VerifyDoc:
        text, outlet, copy_of, similarity = self.con.execute(
            "SELECT text, outlet, duplicate_of, similarity FROM articles WHERE id = ?", [article_id]).fetchone()
        records = self.con.execute("SELECT record FROM events WHERE article_id = ? ORDER BY sentence_start",
                                   [article_id]).fetchall()
        return VerifyDoc(article_id, text, outlet or "", tuple(json.loads(r[0]) for r in records), None, copy_of)

    def flags(self, article_id: str) -> list[Flag]:
        """Verification flags of a stored article against the rest of its story (none when it is alone)."""
        if not self.has_article(article_id):
            raise EventwireError("EW504", article=article_id)
        rows = self.con.execute('SELECT start, "end", text, kind, explanation, evidence FROM flags '
                                'WHERE article_id = ? ORDER BY start, "end", kind', [article_id]).fetchall()
        return [Flag(start, end, text, kind, explanation, tuple(json.loads(evidence)))
                for start, end, text, kind, explanation, evidence in rows]

    def live_flags(self, article_id: str) -> list[Flag]:
        """Flags computed now against the article's current story peers (what `eventwire verify` shows)."""
        row = self.con.execute("SELECT story_id FROM articles WHERE id = ?", [article_id]).fetchone()
        if row is None:
            raise EventwireError("EW504", article=article_id)
        peers = self._peers(row[0], article_id) if row[0] else []
        return verify(self._verify_doc(article_id), [self._verify_doc(p) for p in peers]) if peers else []

    def story_size(self, article_id: str) -> int:
        row = self.con.execute("SELECT count(*) FROM articles WHERE story_id = (SELECT story_id FROM articles "
                               "WHERE id = ?)", [article_id]).fetchone()
        return row[0] if row else 0
