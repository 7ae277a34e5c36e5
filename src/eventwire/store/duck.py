"""DuckDB schema, transactional writes and the basic queries."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Iterable

import duckdb

from ..errors import EventwireError
from ..model import Analysis, Event

EVENT_COLUMNS = (
    "id", "article_id", "date", "event", "mode", "status", "cameo", "quad_code", "event_scale",
    "actor_codes", "actor_sectors", "recipient_codes", "recipient_sectors", "event_text",
    "sentence", "sentence_start", "sentence_end", "record",
)


def _event_row(ev: Event) -> tuple:
    return (
        ev.id, ev.article_id, ev.date, ev.event, ev.mode, ev.status, ev.cameo, ev.quad_code, ev.event_scale,
        [a.code for a in ev.actor], [a.sector or "" for a in ev.actor],
        [r.code for r in ev.recipient], [r.sector or "" for r in ev.recipient],
        ev.event_text, ev.text_info.sentence, ev.text_info.start, ev.text_info.end,
        json.dumps(ev.as_dict(), ensure_ascii=False),
    )


class Store:
    """An eventwire database file. The CLI, the Python API and the web app all go through this."""

    def __init__(self, path: str | Path, *, read_only: bool = False) -> None:
        self.path = str(path)
        try:
            self.con = duckdb.connect(self.path, read_only=read_only)
        except duckdb.Error as exc:
            raise EventwireError("EW501", path=self.path, reason=str(exc).splitlines()[0]) from None
        if not read_only:
            self.con.execute(resources.files(__package__).joinpath("schema.sql").read_text())

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def has_article(self, article_id: str) -> bool:
        return self.con.execute("SELECT 1 FROM articles WHERE id = ?", [article_id]).fetchone() is not None

    def add(self, analyses: Iterable[Analysis]) -> int:
        """Store analyses in one transaction; articles already stored are skipped. Returns how many were new."""
        added = 0
        self.con.execute("BEGIN TRANSACTION")
        try:
            for analysis in analyses:
                art = analysis.article
                if self.has_article(art.id):
                    continue
                self.con.execute(
                    "INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    [art.id, art.title, art.outlet, art.url, art.published, art.source, art.text, len(analysis.events)],
                )
                rows = [_event_row(ev) for ev in analysis.events]
                if rows:
                    marks = ", ".join("?" * len(EVENT_COLUMNS))
                    self.con.executemany(f"INSERT OR IGNORE INTO events VALUES ({marks})", rows)
                added += 1
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        return added

    def quarantine(self, source: str, code: str, message: str) -> None:
        self.con.execute("INSERT OR REPLACE INTO quarantine VALUES (?, ?, ?)", [source, code, message])

    def stats(self) -> dict[str, int]:
        return {
            table: self.con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("articles", "events", "quarantine")
        }

    def events(self, *, event_type: str | None = None, limit: int | None = None) -> list[dict]:
        """Event records (PLOVER dicts), newest first."""
        sql = "SELECT record FROM events"
        params: list = []
        if event_type:
            sql += " WHERE event = ?"
            params.append(event_type.upper())
        sql += " ORDER BY date DESC NULLS LAST, article_id, (record->>'$.text_info.trigger_start')::INT"
        if limit:
            sql += f" LIMIT {int(limit)}"
        return [json.loads(row[0]) for row in self.con.execute(sql, params).fetchall()]

    def counts_by_type(self) -> dict[str, int]:
        rows = self.con.execute("SELECT event, count(*) FROM events GROUP BY event ORDER BY 2 DESC").fetchall()
        return dict(rows)
