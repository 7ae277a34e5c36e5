"""`eventwire export`: stored events in the formats users load (PLOVER, GDELT, ICEWS, Parquet, CSV, GeoJSON)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import typer

from ..store import EventFilter, Store
from .app import app, handles_errors, settings
from .filters import with_filters


@app.command()
@handles_errors
@with_filters
def export(
    fmt: str = typer.Option(..., "--format", help="plover, gdelt, icews, parquet, csv or geojson."),
    out: Path = typer.Option(..., "--out", help="The file to write (- for standard output, text formats only)."),
    db: Optional[Path] = typer.Option(None, "--db", help="The store file (setting db_path)."),
    *,
    flt: EventFilter,
) -> None:
    """Write the stored events matching the filters in a standard format, streaming."""
    from ..export import export_records

    cfg = settings(db_path=str(db) if db else None)
    target = sys.stdout.buffer if str(out) == "-" else out
    with Store(cfg.db_path, read_only=True) as store:
        report = export_records(store.iter_events(flt, with_article=True), fmt, target)
    skipped = f"; {report.skipped} events without a location skipped" if report.skipped else ""
    typer.echo(f"wrote {report.written} events to {out} ({fmt}){skipped}", err=True)
