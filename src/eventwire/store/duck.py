"""The Store: one DuckDB file, transactional batch writes, and the queries every face uses."""

from __future__ import annotations

import time
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Iterator, Mapping

import duckdb

from ..errors import EventwireError
from ..model import Analysis
from . import rows
from .query import QueryMixin
from .stories import StoryMixin

if TYPE_CHECKING:
    from ..stories import StoryIndex

SCHEMA_VERSION = 5
LOCK_WAIT = 15.0
ARTICLE_COLUMNS = ("id, title, outlet, url, published, source, text, n_events, duplicate_of, duplicate_kind, "
                   "similarity, story_id, fingerprint")
COUNTED = ("articles", "events", "entities", "places", "timexes", "quarantine")


@dataclass(frozen=True, slots=True)
class ArticleExtra:
    """What ingest knows about an article beyond its analysis: copies, fingerprint, story."""

    duplicate_of: str | None = None
    duplicate_kind: str | None = None
    similarity: float | None = None
    fingerprint: bytes | None = None
    story_id: str | None = None


class Store(QueryMixin, StoryMixin):
    """An eventwire database file. The CLI, the Python API and the web app all go through this."""

    def __init__(self, path: str | Path, *, read_only: bool = False) -> None:
        self.path = str(path)
        if read_only and self.path != ":memory:" and not Path(self.path).is_file():
            raise EventwireError("EW501", path=self.path, reason="no such file (run `eventwire ingest` first)")
        self.con = self._connect(read_only)
        self._check_schema(read_only)

    def _connect(self, read_only: bool) -> duckdb.DuckDBPyConnection:
        """Open the file; while another process holds its lock (a running ingest or server), wait up to LOCK_WAIT s."""
        deadline = time.monotonic() + LOCK_WAIT
        while True:
            try:
                return duckdb.connect(self.path, read_only=read_only)
            except duckdb.Error as exc:
                reason = str(exc).splitlines()[0]
                if "lock" not in reason.lower() or time.monotonic() > deadline:
                    raise EventwireError("EW501", path=self.path, reason=reason) from None
                time.sleep(0.2)

    def _check_schema(self, read_only: bool) -> None:
        tables = {r[0] for r in self.con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
        if "meta" in tables:
            version = self.con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
            if version and int(version[0]) != SCHEMA_VERSION:
                self.con.close()
                raise EventwireError("EW502", path=self.path, found=version[0], expected=SCHEMA_VERSION)
        elif tables and "articles" in tables:
            self.con.close()
            raise EventwireError("EW502", path=self.path, found=1, expected=SCHEMA_VERSION)
        if not read_only:
            self.con.execute(resources.files(__package__).joinpath("schema.sql").read_text())
            self.con.execute("CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
            self.con.execute("INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def has_article(self, article_id: str) -> bool:
        return self.con.execute("SELECT 1 FROM articles WHERE id = ?", [article_id]).fetchone() is not None

    def stored_ids(self, ids: Iterable[str]) -> set[str]:
        """Which of these article ids the store already holds."""
        wanted = list(set(ids))
        if not wanted:
            return set()
        found = self.con.execute("SELECT id FROM articles WHERE list_contains(?, id)", [wanted]).fetchall()
        return {r[0] for r in found}

    def add(self, analyses: Iterable[Analysis], extras: Mapping[str, ArticleExtra] | None = None,
            stories: "StoryIndex | None" = None) -> int:
        """Store analyses in one transaction; articles already stored are skipped. Returns how many were new.

        With `stories`, the story index's new state is saved in the same transaction and the touched stories are
        marked for `refresh_dirty` (corroboration and flags), which ingest runs at the end of a run.
        """
        batch = [a for a in analyses]
        fresh = self.stored_ids(a.article.id for a in batch)
        extras = extras or {}
        added = 0
        self.con.execute("BEGIN TRANSACTION")
        try:
            seen: set[str] = set()
            pending: dict[str, list[tuple]] = {}
            for analysis in batch:
                if analysis.article.id in fresh or analysis.article.id in seen:
                    continue
                seen.add(analysis.article.id)
                self._insert(analysis, extras.get(analysis.article.id, ArticleExtra()), pending)
                added += 1
            for table, values in pending.items():
                self._insert_rows(table, values)
            if stories is not None:
                self.save_story_index(stories)
                self._mark_dirty([(extras[i].story_id, i) for i in seen if i in extras and extras[i].story_id])
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        return added

    def _insert(self, analysis: Analysis, extra: ArticleExtra, pending: dict[str, list[tuple]]) -> None:
        """Insert the article row; its other rows are collected in `pending`, inserted once per batch."""
        art = analysis.article
        pending.setdefault("articles", []).append((
            art.id, art.title, art.outlet, art.url, art.published, art.source, art.text, len(analysis.events),
            extra.duplicate_of, extra.duplicate_kind, extra.similarity, extra.story_id, extra.fingerprint))
        for table, make in (
            ("sentences", rows.sentence_rows), ("entities", rows.entity_rows), ("places", rows.place_rows),
            ("timexes", rows.timex_rows),
        ):
            pending.setdefault(table, []).extend(make(analysis))
        pending.setdefault("events", []).extend(rows.event_row(ev) for ev in analysis.events)

    def _insert_rows(self, table: str, values: list[tuple], conflict: str = "IGNORE") -> None:
        """Insert rows in one statement through Arrow (DuckDB's executemany costs ~1 s per article)."""
        if values:
            import pyarrow as pa

            rows = pa.table({f"c{i}": pa.array(list(column)) for i, column in enumerate(zip(*values))})
            columns = f" ({ARTICLE_COLUMNS})" if table == "articles" else ""
            self.con.register("_new_rows", rows)
            try:
                self.con.execute(f"INSERT OR {conflict} INTO {table}{columns} SELECT * FROM _new_rows")
            finally:
                self.con.unregister("_new_rows")

    def quarantine(self, source: str, code: str, message: str, raw: bytes | None = None) -> None:
        self.con.execute(
            "INSERT OR REPLACE INTO quarantine (source, code, message, raw) VALUES (?, ?, ?, ?)",
            [source, code, message, raw],
        )

    def clear_quarantine(self, sources: list[str]) -> None:
        """Forget earlier failures of inputs that have now been read successfully."""
        if sources:
            self.con.execute("DELETE FROM quarantine WHERE list_contains(?, source)", [sources])

    def fingerprints(self) -> Iterator[tuple[str, bytes]]:
        """(article id, duplicate-detection fingerprint) of every stored article, streamed."""
        cursor = self.con.cursor().execute(
            "SELECT id, fingerprint FROM articles WHERE fingerprint IS NOT NULL ORDER BY ingested_at, id")
        while chunk := cursor.fetchmany(5000):
            yield from chunk

    def stats(self) -> dict[str, int]:
        counts = {t: self.con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in COUNTED}
        counts["stories"] = self.con.execute(
            "SELECT count(DISTINCT coalesce(story_id, id)) FROM articles"
        ).fetchone()[0]
        counts["duplicates"] = self.con.execute(
            "SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL"
        ).fetchone()[0]
        return counts
