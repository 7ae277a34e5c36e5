"""What every writer shares: options, the report, safe field access, ids, dates and the output file."""

from __future__ import annotations

import hashlib
import io
import os
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, BinaryIO, Callable, Iterable, Iterator, TextIO

from ..errors import EventwireError

Output = Path | str | BinaryIO
_HEX = frozenset("0123456789abcdef")


@dataclass(frozen=True, slots=True)
class ExportOptions:
    """Knobs a writer may read; each writer ignores the ones it does not use."""

    header: bool | None = None
    """Write a header row (TSV/CSV). None = the format's own convention (GDELT: no, ICEWS and CSV: yes)."""
    expand_dyads: bool = True
    """GDELT/ICEWS: one row per actor x recipient pair, as CAMEO-era data did; False = first pair only."""
    row_group_size: int = 50_000
    """Parquet: rows buffered per row group (bounds memory)."""
    added: datetime | None = None
    """GDELT DATEADDED; None = the article's publication date (keeps exports reproducible)."""


@dataclass(frozen=True, slots=True)
class ExportReport:
    """What a writer did: events written, events skipped (e.g. unlocated for GeoJSON), rows/lines written."""

    written: int
    skipped: int = 0
    rows: int = 0


Writer = Callable[[Iterable[dict], BinaryIO, ExportOptions], ExportReport]


def as_record(item: Any) -> dict:
    """An event dict, accepting eventwire Event objects too."""
    return item.as_dict() if hasattr(item, "as_dict") else item


def sub(record: dict, key: str) -> dict:
    """A nested object of the record (``event_loc``, ``article``, ``text_info``), {} when absent or None."""
    value = record.get(key)
    return value if isinstance(value, dict) else {}


def entities(record: dict, key: str) -> list[dict]:
    """The actor or recipient list, [] when absent or None."""
    return [e for e in record.get(key) or [] if isinstance(e, dict)]


def text(value: Any) -> str:
    """A value as text: None is empty."""
    return "" if value is None else str(value)


def count(record: dict, key: str) -> int:
    """A corroboration count; 1 (this article alone) when absent."""
    value = record.get(key)
    return int(value) if value not in (None, "") else 1


def number(value: Any) -> float | None:
    """A float, or None when absent or not a number."""
    try:
        return None if value in (None, "") else float(value)
    except (TypeError, ValueError):
        return None


def as_date(value: Any) -> date | None:
    """A date from a date, a datetime or an ISO string (the first 10 characters); None otherwise."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str) and len(value) >= 10:
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def stable_int(value: str) -> int:
    """A stable positive integer id (< 2**60): the first 15 hex digits of a hex id, else of its SHA-1."""
    value = value.lower()
    if len(value) < 15 or not _HEX.issuperset(value[:15]):
        value = hashlib.sha1(value.encode("utf-8")).hexdigest()
    return int(value[:15], 16)


def row_id(event_id: str, index: int) -> int:
    """The integer id of the index-th dyad row of an event: the event's own for the first row."""
    if index == 0:
        return stable_int(event_id)
    return int(hashlib.sha1(f"{event_id}/{index}".encode("utf-8")).hexdigest()[:15], 16)


def clean_cell(value: Any) -> str:
    """A TSV cell: tabs and line breaks become spaces (GDELT and ICEWS files are not quoted)."""
    return text(value).replace("\t", " ").replace("\r", " ").replace("\n", " ")


def tsv_line(cells: list[str]) -> str:
    """One TSV line; cells holding tabs or line breaks are cleaned (checked on the joined line: fast)."""
    line = "\t".join(cells)
    if line.count("\t") != len(cells) - 1 or "\n" in line or "\r" in line:
        line = "\t".join(clean_cell(c) for c in cells)
    return line + "\n"


@contextmanager
def open_output(out: Output) -> Iterator[BinaryIO]:
    """A binary stream to write to; a path is written to a temporary file renamed on success."""
    if not isinstance(out, (str, Path)):
        yield out
        return
    path = Path(out)
    part = path.with_name(f".{path.name}.part")
    try:
        handle = open(part, "wb")
    except OSError as exc:
        raise EventwireError("EW101", path=path, reason=f"cannot write there ({exc.strerror or exc})") from None
    try:
        yield handle
        handle.close()
        os.replace(part, path)
    except BaseException:
        handle.close()
        part.unlink(missing_ok=True)
        raise


@contextmanager
def text_stream(binary: BinaryIO) -> Iterator[TextIO]:
    """UTF-8 text over a binary stream, flushed and detached (the stream stays open) at the end."""
    wrapper = io.TextIOWrapper(binary, encoding="utf-8", newline="", write_through=False)
    try:
        yield wrapper
    finally:
        wrapper.flush()
        wrapper.detach()


def dyads(record: dict, expand: bool) -> list[tuple[dict | None, dict | None]]:
    """Actor x recipient pairs of an event (None fills a missing side); only the first when not expanding."""
    actors: list[dict | None] = list(entities(record, "actor")) or [None]
    recipients: list[dict | None] = list(entities(record, "recipient")) or [None]
    pairs = [(a, r) for a in actors for r in recipients]
    return pairs if expand else pairs[:1]
