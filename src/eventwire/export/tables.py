"""The flat events table, written as Parquet (typed, in row groups) or CSV (header row, lists joined with ';').

Columns: one per scalar field, lists for context and for the actors' and recipients' codes, sectors and
names (``actor_codes`` etc., for easy filtering), the evidence offsets, the event location, the article
and the story counts. Parquet adds ``actor`` and ``recipient`` as lists of structs.
"""

from __future__ import annotations

import csv
from typing import Any, BinaryIO, Iterable

import pyarrow as pa
import pyarrow.parquet as pq

from .common import (
    ExportOptions, ExportReport, as_date, as_record, count, entities, number, sub, text_stream,
)

_ENTITY = pa.struct([("code", pa.string()), ("sector", pa.string()), ("entity_text", pa.string()),
                     ("identifier_text", pa.string()), ("start", pa.int32()), ("end", pa.int32())])
_LIST = pa.list_(pa.string())
_S, _I32, _F64 = pa.string(), pa.int32(), pa.float64()

FLAT: tuple[tuple[str, pa.DataType], ...] = (
    ("id", _S), ("article_id", _S), ("date", pa.date32()), ("date_value", _S), ("date_precision", _S),
    ("date_source", _S), ("event", _S), ("mode", _S), ("context", _LIST), ("status", _S), ("cameo", _S),
    ("quad_code", pa.int8()), ("event_scale", _F64),
    ("actor_codes", _LIST), ("actor_sectors", _LIST), ("actor_names", _LIST),
    ("recipient_codes", _LIST), ("recipient_sectors", _LIST), ("recipient_names", _LIST),
    ("event_text", _S), ("sentence", _S), ("sentence_start", _I32), ("sentence_end", _I32),
    ("trigger_start", _I32), ("trigger_end", _I32),
    ("place_name", _S), ("geonameid", pa.int64()), ("lat", _F64), ("lon", _F64), ("country_code", _S),
    ("country", _S), ("admin1", _S), ("feature_class", _S), ("feature_code", _S), ("location_resolution", _S),
    ("title", _S), ("outlet", _S), ("url", _S), ("published", pa.date32()), ("source", _S),
    ("story_id", _S), ("num_articles", _I32), ("num_sources", _I32), ("num_origins", _I32), ("num_mentions", _I32),
)
NESTED: tuple[tuple[str, pa.DataType], ...] = (("actor", pa.list_(_ENTITY)), ("recipient", pa.list_(_ENTITY)))
CSV_COLUMNS: tuple[str, ...] = tuple(name for name, _ in FLAT)
PARQUET_SCHEMA = pa.schema(list(FLAT + NESTED))


def _int(value: Any) -> int | None:
    number_ = number(value)
    return None if number_ is None else int(number_)


def _side(record: dict, side: str) -> list[list[str]]:
    """Codes, sectors and names of the actors (or recipients), aligned."""
    found = entities(record, side)
    return [[e.get(key) or "" for e in found] for key in ("code", "sector", "identifier_text")]


def _event_values(record: dict) -> list[Any]:
    """id .. event_scale."""
    return [
        record.get("id"), record.get("article_id") or sub(record, "article").get("id"),
        as_date(record.get("date")), record.get("date_value"), record.get("date_precision"),
        record.get("date_source"), record.get("event"), record.get("mode"), list(record.get("context") or []),
        record.get("status"), record.get("cameo"), _int(record.get("quad_code")), number(record.get("event_scale")),
    ]


def _evidence_values(record: dict) -> list[Any]:
    """event_text .. trigger_end."""
    info = sub(record, "text_info")
    return [record.get("event_text"), info.get("sentence"), _int(info.get("start")), _int(info.get("end")),
            _int(info.get("trigger_start")), _int(info.get("trigger_end"))]


def _place_values(record: dict) -> list[Any]:
    """place_name .. location_resolution."""
    loc = sub(record, "event_loc")
    return [loc.get("name"), _int(loc.get("geonameid")), number(loc.get("lat")), number(loc.get("lon")),
            loc.get("country_code"), loc.get("country"), loc.get("admin1"), loc.get("feature_class"),
            loc.get("feature_code"), loc.get("resolution")]


def _source_values(record: dict) -> list[Any]:
    """title .. num_mentions."""
    article = sub(record, "article")
    return [article.get("title"), article.get("outlet"), article.get("url"), as_date(article.get("published")),
            article.get("source"), record.get("story_id"), count(record, "num_articles"),
            count(record, "num_sources"), count(record, "num_origins"), count(record, "num_mentions")]


def flat_values(record: dict) -> list[Any]:
    """The record's values in FLAT column order."""
    return (_event_values(record) + _side(record, "actor") + _side(record, "recipient")
            + _evidence_values(record) + _place_values(record) + _source_values(record))


def nested_values(record: dict) -> list[Any]:
    """The actor and recipient lists, in NESTED column order (Arrow takes the struct fields it knows)."""
    return [entities(record, "actor"), entities(record, "recipient")]


_LIST_AT = tuple(i for i, (_, kind) in enumerate(FLAT) if kind == _LIST)
_DATE_AT = tuple(i for i, (_, kind) in enumerate(FLAT) if kind == pa.date32())


def csv_values(record: dict) -> list[Any]:
    """The record's CSV cells: lists joined with ';', dates in ISO form (None is written empty)."""
    values = flat_values(record)
    for i in _LIST_AT:
        values[i] = ";".join(values[i])
    for i in _DATE_AT:
        values[i] = values[i].isoformat() if values[i] else None
    return values


def write_csv(records: Iterable[dict], out: BinaryIO, options: ExportOptions) -> ExportReport:
    """Write the flat events table as CSV with a header row (unless ``header=False``)."""
    written = 0
    with text_stream(out) as stream:
        writer = csv.writer(stream, lineterminator="\n")
        if options.header is not False:
            writer.writerow(CSV_COLUMNS)
        for item in records:
            writer.writerow(csv_values(as_record(item)))
            written += 1
    return ExportReport(written=written, rows=written)


_CHUNK = 2_000


class _RowGroups:
    """Buffers rows as Arrow batches (compact) and writes one row group per ``size`` rows."""

    def __init__(self, writer: pq.ParquetWriter, size: int) -> None:
        self.writer, self.size = writer, max(1, size)
        self.rows: list[list[Any]] = []
        self.batches: list[pa.RecordBatch] = []
        self.buffered = 0

    def add(self, values: list[Any]) -> None:
        """Buffer one row; convert to Arrow every few thousand rows, write a group when full."""
        self.rows.append(values)
        if len(self.rows) >= min(_CHUNK, self.size):
            self._convert()
        if self.buffered >= self.size:
            self.flush()

    def _convert(self) -> None:
        """Turn the buffered Python rows into one Arrow batch (columns by transposition)."""
        if self.rows:
            columns = zip(*self.rows)
            arrays = [pa.array(column, type=kind) for column, kind in zip(columns, PARQUET_SCHEMA.types)]
            self.batches.append(pa.RecordBatch.from_arrays(arrays, schema=PARQUET_SCHEMA))
            self.buffered += len(self.rows)
            self.rows = []

    def flush(self, force: bool = False) -> None:
        """Write what is buffered as one row group (also an empty one when ``force``: a valid empty file)."""
        self._convert()
        if self.batches or force:
            self.writer.write_table(pa.Table.from_batches(self.batches, schema=PARQUET_SCHEMA))
        self.batches, self.buffered = [], 0


def write_parquet(records: Iterable[dict], out: BinaryIO, options: ExportOptions) -> ExportReport:
    """Write the events table as Parquet, one row group per ``row_group_size`` events."""
    written = 0
    with pq.ParquetWriter(out, PARQUET_SCHEMA, compression="zstd") as writer:
        groups = _RowGroups(writer, options.row_group_size)
        for item in records:
            record = as_record(item)
            groups.add(flat_values(record) + nested_values(record))
            written += 1
        groups.flush(force=written == 0)
    return ExportReport(written=written, rows=written)
