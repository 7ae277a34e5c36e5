"""Read queries over the store: filtered events, dyad series, actors, articles, quarantine.

Every value reaches SQL as a parameter; only whitelisted identifiers are formatted in.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, fields
from datetime import date
from typing import Any, Iterator

from ..errors import EventwireError

ACTOR_SPEC = re.compile(r"^[A-Z]{2,4}(:[A-Z]{2,4})?$")
PERIODS = ("day", "week", "month", "year")
COUNTS = ("story_id", "story_event_id", "num_articles", "num_sources", "num_origins", "num_mentions")
EVENT_ORDER = "e.date DESC NULLS LAST, e.article_id, e.sentence_start, e.id"


def _day(name: str, value: str | date | None) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise EventwireError("EW503", what=name, reason=f"{value!r} is not a date (YYYY-MM-DD)") from None


def _actor(name: str, value: str | None) -> str | None:
    if value is None:
        return None
    spec = value.strip().upper()
    if not ACTOR_SPEC.match(spec):
        raise EventwireError("EW503", what=name, reason=f"{value!r} is not CODE or CODE:SECTOR, e.g. RUS or RUS:MIL")
    return spec


@dataclass(frozen=True, slots=True)
class EventFilter:
    """The filters shared by `eventwire events`, exports, the HTTP API and the Python API."""

    actor: str | None = None
    recipient: str | None = None
    event_type: str | None = None
    status: str | None = None
    since: str | date | None = None
    until: str | date | None = None
    place: str | None = None
    article: str | None = None
    text: str | None = None
    min_sources: int | None = None

    def where(self) -> tuple[str, list[Any]]:
        """The SQL WHERE clause (possibly empty) and its parameters."""
        clauses: list[str] = []
        params: list[Any] = []
        for role in ("actor", "recipient"):
            spec = _actor(f"--{role}", getattr(self, role))
            if spec:
                column = f"{role}_keys" if ":" in spec else f"{role}_codes"
                clauses.append(f"list_contains({column}, ?)")
                params.append(spec)
        simple = {"event": self.event_type and self.event_type.upper(), "status": self.status and self.status.lower(),
                  "place_country": self.place and self.place.upper(), "article_id": self.article}
        for column, value in simple.items():
            if value:
                clauses.append(f"{column} = ?")
                params.append(value)
        for op, name in ((">=", "since"), ("<=", "until")):
            day = _day(f"--{name}", getattr(self, name))
            if day:
                clauses.append(f"date {op} ?")
                params.append(day)
        if self.text:
            clauses.append("(sentence ILIKE ? OR event_text ILIKE ?)")
            params += [f"%{self.text}%"] * 2
        if self.min_sources:
            clauses.append("num_sources >= ?")
            params.append(int(self.min_sources))
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params

    @classmethod
    def names(cls) -> tuple[str, ...]:
        return tuple(f.name for f in fields(cls))


class QueryMixin:
    """Queries; mixed into Store, which provides `self.con`."""

    con: Any

    def _event_source(self) -> str:
        """Events with their story and corroboration counts (the view in schema.sql)."""
        return "events_view"

    def _has_table(self, name: str) -> bool:
        sql = "SELECT 1 FROM information_schema.tables WHERE table_name = ?"
        return self.con.execute(sql, [name]).fetchone() is not None

    def iter_events(self, flt: EventFilter | None = None, *, limit: int | None = None, offset: int = 0,
                    with_article: bool = False) -> Iterator[dict]:
        """Event records (PLOVER dicts) matching the filter, newest first, streamed."""
        where, params = (flt or EventFilter()).where()
        extra = ", a.title, a.outlet, a.url, a.published, a.source" if with_article else ""
        sql = f"SELECT e.record, {', '.join('e.' + c for c in COUNTS)}{extra} FROM {self._event_source()} e"
        if with_article:
            sql += " JOIN articles a ON a.id = e.article_id"
        sql += where + f" ORDER BY {EVENT_ORDER}"
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            params = params + [int(limit), int(offset)]
        cursor = self.con.cursor().execute(sql, params or [])
        while chunk := cursor.fetchmany(1000):
            for row in chunk:
                yield self._event_record(row, with_article)

    @staticmethod
    def _event_record(row: tuple, with_article: bool) -> dict:
        record = json.loads(row[0])
        record.update(zip(COUNTS, row[1:1 + len(COUNTS)]))
        if with_article:
            title, outlet, url, published, source = row[1 + len(COUNTS):]
            record["article"] = {"id": record["article_id"], "title": title, "outlet": outlet, "url": url,
                                 "published": published.isoformat() if published else None, "source": source}
        return record

    def events(self, flt: EventFilter | None = None, *, limit: int | None = None, offset: int = 0,
               event_type: str | None = None) -> list[dict]:
        """Event records as a list (see iter_events)."""
        if event_type:
            flt = EventFilter(**{**_as_kwargs(flt), "event_type": event_type})
        return list(self.iter_events(flt, limit=limit, offset=offset))

    def count_events(self, flt: EventFilter | None = None) -> int:
        where, params = (flt or EventFilter()).where()
        return self.con.execute(f"SELECT count(*) FROM {self._event_source()} e{where}", params).fetchone()[0]

    def counts_by_type(self, flt: EventFilter | None = None) -> dict[str, int]:
        where, params = (flt or EventFilter()).where()
        sql = f"SELECT event, count(*) FROM {self._event_source()} e{where} GROUP BY event ORDER BY 2 DESC, 1"
        return dict(self.con.execute(sql, params).fetchall())

    def dyads(self, actor: str, recipient: str, by: str = "month") -> list[dict]:
        """The dyadic series: per period, counts per PLOVER type and quad class and summed event_scale."""
        if by not in PERIODS:
            raise EventwireError("EW204", kind="period", name=by, choices=", ".join(PERIODS))
        flt = EventFilter(actor=actor, recipient=recipient)
        where, params = flt.where()
        sql = (f"SELECT date_trunc('{by}', date)::DATE AS period, event, quad_code, count(*), sum(event_scale) "
               f"FROM events{where} AND date IS NOT NULL GROUP BY ALL ORDER BY 1, 2")
        series: dict[date, dict] = {}
        for period, event, quad, count, scale in self.con.execute(sql, params).fetchall():
            row = series.setdefault(period, {"period": period.isoformat(), "events": 0, "event_scale": 0.0,
                                             "by_type": {}, "by_quad": {}})
            row["events"] += count
            row["event_scale"] = round(row["event_scale"] + (scale or 0.0), 3)
            row["by_type"][event] = row["by_type"].get(event, 0) + count
            row["by_quad"][str(quad)] = row["by_quad"].get(str(quad), 0) + count
        return list(series.values())

    def actors(self, limit: int = 20) -> dict[str, list[dict]]:
        """The most active actors (as actor or recipient) and the most active directed dyads."""
        actors = self.con.execute(
            "SELECT key, sum(as_actor) AS as_actor, sum(as_recipient) AS as_recipient, "
            "sum(as_actor + as_recipient) AS events FROM ("
            " SELECT unnest(actor_keys) AS key, 1 AS as_actor, 0 AS as_recipient FROM events"
            " UNION ALL SELECT unnest(recipient_keys), 0, 1 FROM events)"
            " GROUP BY key ORDER BY events DESC, key LIMIT ?", [limit]).fetchall()
        dyads = self.con.execute(
            "SELECT a, r, count(*) AS events, round(sum(event_scale), 3) AS event_scale FROM ("
            " SELECT unnest(actor_codes) AS a, event_scale, recipient_codes FROM events)"
            " , unnest(recipient_codes) AS t(r) WHERE a <> r GROUP BY a, r ORDER BY events DESC, a, r LIMIT ?",
            [limit]).fetchall()
        return {
            "actors": [dict(zip(("actor", "as_actor", "as_recipient", "events"), map(_plain, r))) for r in actors],
            "dyads": [dict(zip(("actor", "recipient", "events", "event_scale"), map(_plain, r))) for r in dyads],
        }

    def article(self, article_id: str) -> dict:
        """One article with its text and everything found in it, offsets included."""
        row = self.con.execute(
            "SELECT id, title, outlet, url, published, source, text, duplicate_of, duplicate_kind, similarity, n_flags, "
            "story_id FROM articles WHERE id = ?", [article_id]).fetchone()
        if row is None:
            raise EventwireError("EW504", article=article_id)
        keys = ("id", "title", "outlet", "url", "published", "source", "text", "duplicate_of", "duplicate_kind",
                "similarity", "n_flags", "story_id")
        out = dict(zip(keys, map(_plain, row)))
        out["events"] = self.events(EventFilter(article=article_id))
        for table in ("entities", "places", "timexes"):
            out[table] = self._rows(f"SELECT * EXCLUDE (article_id) FROM {table} WHERE article_id = ? ORDER BY start",
                                    [article_id])
        out["flags"] = [f.as_dict() for f in self.flags(article_id)]
        return out

    def articles(self, *, limit: int = 50, offset: int = 0) -> list[dict]:
        return self._rows(
            "SELECT id, title, outlet, url, published, n_events, n_flags, duplicate_of, story_id FROM articles "
            "ORDER BY published DESC NULLS LAST, id LIMIT ? OFFSET ?", [limit, offset])

    def quarantined(self) -> list[dict]:
        return self._rows("SELECT source, code, message, octet_length(raw) AS raw_bytes, quarantined_at FROM quarantine "
                          "ORDER BY quarantined_at, source")

    def _rows(self, sql: str, params: list[Any] | None = None) -> list[dict]:
        cursor = self.con.cursor().execute(sql, params or [])
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, map(_plain, row))) for row in cursor.fetchall()]

    def events_df(self, flt: EventFilter | None = None, *, limit: int | None = None):
        """Events as a pandas DataFrame: the flat columns of the events table."""
        where, params = (flt or EventFilter()).where()
        sql = f"SELECT * EXCLUDE (record) FROM {self._event_source()} e{where} ORDER BY {EVENT_ORDER}"
        if limit is not None:
            sql += " LIMIT ?"
            params = params + [int(limit)]
        return self.con.execute(sql, params).df()

    def dyads_df(self, actor: str, recipient: str, by: str = "month"):
        """The dyad series as a DataFrame: one row per period, a column per type and quad class."""
        import pandas as pd

        rows = []
        for row in self.dyads(actor, recipient, by):
            flat = {"period": row["period"], "events": row["events"], "event_scale": row["event_scale"]}
            flat.update(row["by_type"])
            flat.update({f"quad_{q}": n for q, n in row["by_quad"].items()})
            rows.append(flat)
        return pd.DataFrame(rows).fillna(0)

    def actors_df(self, limit: int = 20):
        import pandas as pd

        return pd.DataFrame(self.actors(limit)["actors"])

    def sql(self, query: str, params: list[Any] | None = None):
        """Run your own SQL over the store; returns a DataFrame."""
        return self.con.execute(query, params or []).df()


def _plain(value: Any) -> Any:
    """JSON-friendly scalars: dates as ISO text."""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (bytes, bytearray)):
        return None
    return value


def _as_kwargs(flt: EventFilter | None) -> dict[str, Any]:
    return {f: getattr(flt, f) for f in EventFilter.names()} if flt else {}
