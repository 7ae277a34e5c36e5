"""The Store: one DuckDB file, transactional batch writes, and the queries every face uses."""

from __future__ import annotations

import time
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Iterator, Mapping

import duckdb

from ..errors import EventwireError
from ..model import Analysis
from . import rows
from .query import QueryMixin
from .stories import StoryMixin

if TYPE_CHECKING:
    from ..ingest.prepare import PreparedArticle, PreparedBatch
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
    story_seq: int | None = None
    """The story index's document count when the article joined its story (replay order after a crash)."""


class Store(QueryMixin, StoryMixin):
    """An eventwire database file. The CLI, the Python API and the web app all go through this."""

    def __init__(self, path: str | Path, *, read_only: bool = False) -> None:
        self.path = str(path)
        if read_only and self.path != ":memory:" and not Path(self.path).is_file():
            raise EventwireError("EW501", path=self.path, reason="no such file (run `eventwire ingest` first)")
        self.con = self._connect(read_only)
        self._check_schema(read_only)
        self._quarantined: bool | None = None
        """Whether the quarantine table may hold rows (None: not known yet); this process is the only writer."""

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

    def is_empty(self) -> bool:
        """Whether the store holds no article."""
        return self.con.execute("SELECT count(*) FROM (SELECT 1 FROM articles LIMIT 1)").fetchone()[0] == 0

    def stored_ids(self, ids: Iterable[str]) -> set[str]:
        """Which of these article ids the store already holds."""
        wanted = list(set(ids))
        if not wanted:
            return set()
        found = self.con.execute("SELECT id FROM articles WHERE list_contains(?, id)", [wanted]).fetchall()
        return {r[0] for r in found}

    def add(self, batch: "PreparedBatch | Iterable[Analysis]", extras: Mapping[str, ArticleExtra] | None = None,
            stories: "StoryIndex | None" = None) -> int:
        """Store a batch (analyses, or an ingest worker's `PreparedBatch`) in one transaction; returns how many were new.

        Articles already stored are skipped. With `stories` (the index that assigned `extras[...].story_id`),
        the assignments are recorded in the same transaction: replayed into the index if it is loaded before
        its next snapshot (`save_story_index`), and their stories marked for `refresh_dirty` (corroboration
        and flags), which ingest runs at the end of a run.
        """
        from ..ingest.prepare import PreparedBatch, prepare

        prepared = batch if isinstance(batch, PreparedBatch) else prepare(batch)
        stored = self.stored_ids(a.id for a in prepared.articles)
        new: dict[str, Any] = {}
        for item in prepared.articles:
            if item.id not in stored:
                new.setdefault(item.id, item)
        prepared = prepared.only(set(new))
        extras = extras or {}
        try:
            self._add_new(new, prepared, extras, stories, conflict=None)
        except duckdb.ConstraintException:  # an analysis gave two rows one key: keep the first of each
            self._add_new(new, prepared, extras, stories, conflict="IGNORE")
        return len(new)

    def _add_new(self, new: Mapping[str, Any], prepared: "PreparedBatch", extras: Mapping[str, ArticleExtra],
                 stories: "StoryIndex | None", conflict: str | None) -> None:
        """Insert the rows of articles not stored yet in one transaction. Their rows cannot be stored already,
        so a plain INSERT (`conflict` None, the fast path) only fails when the batch repeats a key itself."""
        self.con.execute("BEGIN TRANSACTION")
        try:
            articles = [_article_row(item, extras.get(i, ArticleExtra())) for i, item in new.items()]
            self._insert_rows("articles", articles, conflict)
            for table, rows_table in prepared.tables.items():
                self._insert_arrow(table, rows_table, conflict)
            if stories is not None:
                self._track([(extras[i], item) for i, item in new.items() if i in extras and extras[i].story_id])
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            raise

    def _insert_arrow(self, table: str, rows_table: Any, conflict: str | None = "IGNORE") -> None:
        """Insert an Arrow table's rows (columns in table order); `conflict`: IGNORE, REPLACE, or None (no key)."""
        columns = f" ({ARTICLE_COLUMNS})" if table == "articles" else ""
        verb = f"INSERT OR {conflict}" if conflict else "INSERT"
        self._with_table("_new_rows", rows_table, f"{verb} INTO {table}{columns} SELECT * FROM _new_rows")

    def _with_table(self, name: str, table: Any, *statements: str) -> None:
        """Run statements that read an Arrow table registered under `name` for their duration."""
        self.con.register(name, table)
        for statement in statements:  # on an error the caller rolls back; the next register replaces the view
            self.con.execute(statement)
        self.con.unregister(name)

    def _insert_rows(self, table: str, values: list[tuple], conflict: str | None = "IGNORE") -> None:
        """Insert rows in one statement through Arrow (DuckDB's executemany costs ~1 s per article)."""
        if values:
            self._insert_arrow(table, rows.arrow_rows(values), conflict)

    def quarantine(self, source: str, code: str, message: str, raw: bytes | None = None) -> None:
        self.con.execute(
            "INSERT OR REPLACE INTO quarantine (source, code, message, raw) VALUES (?, ?, ?, ?)",
            [source, code, message, raw],
        )
        self._quarantined = True

    def clear_quarantine(self, sources: list[str]) -> None:
        """Forget earlier failures of inputs that have now been read successfully."""
        if self._quarantined is None:
            self._quarantined = self.con.execute("SELECT count(*) FROM quarantine").fetchone()[0] > 0
        if sources and self._quarantined:
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


def _article_row(item: "PreparedArticle", extra: ArticleExtra) -> tuple:
    """The `articles` row (ARTICLE_COLUMNS order) of a prepared article."""
    art = item.article
    return (art.id, art.title, art.outlet, art.url, art.published, art.source, art.text, item.n_events,
            extra.duplicate_of, extra.duplicate_kind, extra.similarity, extra.story_id, extra.fingerprint)
