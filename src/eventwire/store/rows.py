"""Analyses to table rows: one function per table, columns in schema.sql order."""

from __future__ import annotations

import json

import pyarrow as pa

from ..model import Analysis, Entity, Event


def _keys(entities: tuple[Entity, ...]) -> list[str]:
    return [f"{e.code}:{e.sector}" if e.sector else e.code for e in entities]


def event_row(ev: Event) -> tuple:
    record = ev.as_dict()
    loc = record.get("event_loc") or {}
    return (
        ev.id, ev.article_id, ev.date, record.get("date_value"), record.get("date_precision"),
        ev.event, ev.mode, ev.status, ev.cameo, ev.quad_code, ev.event_scale,
        [a.code for a in ev.actor], _keys(ev.actor), [r.code for r in ev.recipient], _keys(ev.recipient),
        ev.event_text, ev.text_info.sentence, ev.text_info.start, ev.text_info.end,
        loc.get("country"), loc.get("name"), loc.get("lat"), loc.get("lon"),
        json.dumps(record, ensure_ascii=False),
    )


def event_rows(analysis: Analysis) -> list[tuple]:
    return [event_row(ev) for ev in analysis.events]


def sentence_rows(analysis: Analysis) -> list[tuple]:
    return [(analysis.article.id, n, start, end) for n, (start, end) in enumerate(analysis.sentences)]


def entity_rows(analysis: Analysis) -> list[tuple]:
    return [
        (analysis.article.id, e.start, e.end, e.entity_text, e.code, e.sector, e.kind, e.identifier_text)
        for e in analysis.mentions
    ]


PLACE_FIELDS = (
    "start", "end", "text", "geonameid", "name", "lat", "lon", "country_code", "country", "admin1",
    "feature_class", "feature_code", "resolution", "direction",
)
TIMEX_FIELDS = ("start", "end", "text", "type", "value", "mod")


def _record_rows(article_id: str, items: tuple, fields: tuple[str, ...]) -> list[tuple]:
    rows = []
    for item in items:
        rows.append((article_id, *(getattr(item, f, None) for f in fields)))
    return rows


def place_rows(analysis: Analysis) -> list[tuple]:
    return _record_rows(analysis.article.id, analysis.places, PLACE_FIELDS)


def timex_rows(analysis: Analysis) -> list[tuple]:
    return _record_rows(analysis.article.id, analysis.timexes, TIMEX_FIELDS)


def arrow_rows(values: list[tuple]) -> pa.Table:
    """Rows as an Arrow table with positional columns c0, c1, ... (inserted by position into a store table)."""
    return pa.table({f"c{i}": pa.array(list(column)) for i, column in enumerate(zip(*values))})


def load_converters() -> None:
    """Pay pyarrow's one-time set-up while a process starts: its first conversion of a Python list imports pandas
    (about 0.8 s), which would otherwise stall the first batch a worker prepares or the writer stores."""
    pa.array([0])
