"""The closed, named set of export formats shared by the CLI, the Python API and the HTTP API."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import BinaryIO, Iterable

from ..errors import EventwireError
from .common import ExportOptions, ExportReport, Output, Writer, open_output
from .gdelt import write_gdelt
from .geojson import write_geojson
from .icews import write_icews
from .plover import write_plover
from .tables import write_csv, write_parquet


@dataclass(frozen=True, slots=True)
class ExportFormat:
    """One format: its writer, the usual file suffix and media type, and a one-line description."""

    name: str
    write: Writer
    suffix: str
    media_type: str
    help: str

    def __call__(self, records: Iterable[dict], out: BinaryIO, options: ExportOptions) -> ExportReport:
        return self.write(records, out, options)


FORMATS: dict[str, ExportFormat] = {
    f.name: f
    for f in (
        ExportFormat("plover", write_plover, ".jsonl", "application/x-ndjson",
                     "PLOVER JSONL, one event per line (PLOVER manual field names)"),
        ExportFormat("gdelt", write_gdelt, ".tsv", "text/tab-separated-values",
                     "GDELT 2.0 events table: 61 tab-separated columns, no header"),
        ExportFormat("icews", write_icews, ".tsv", "text/tab-separated-values",
                     "ICEWS event file: 20 tab-separated columns with a header"),
        ExportFormat("parquet", write_parquet, ".parquet", "application/vnd.apache.parquet",
                     "typed events table (Parquet, nested actors plus flat code columns)"),
        ExportFormat("csv", write_csv, ".csv", "text/csv",
                     "flat events table with a header row, lists joined with ';'"),
        ExportFormat("geojson", write_geojson, ".geojson", "application/geo+json",
                     "FeatureCollection of located events (unlocated ones are skipped)"),
    )
}


def get_format(name: str) -> ExportFormat:
    """The format of this name, or EW204."""
    found = FORMATS.get((name or "").strip().lower())
    if found is None:
        raise EventwireError("EW204", kind="export format", name=name, choices=", ".join(FORMATS))
    return found


def export_records(
    records: Iterable[dict],
    fmt: str,
    out: Output,
    *,
    header: bool | None = None,
    expand_dyads: bool = True,
    row_group_size: int = 50_000,
    added: datetime | None = None,
) -> ExportReport:
    """Stream event records to ``out`` (a path, written atomically, or a binary stream) in format ``fmt``."""
    writer = get_format(fmt)
    options = ExportOptions(header=header, expand_dyads=expand_dyads, row_group_size=row_group_size, added=added)
    with open_output(out) as stream:
        return writer(records, stream, options)


def write_export(records: Iterable[dict], fmt: str, out: Output, **options: object) -> int:
    """Like ``export_records``; returns the number of events written."""
    return export_records(records, fmt, out, **options).written  # type: ignore[arg-type]
