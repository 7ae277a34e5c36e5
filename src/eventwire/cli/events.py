"""`eventwire events`: list stored events."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Optional

import typer

from ..store import Store
from .app import app, handles_errors, settings
from .render import print_jsonl, print_table


class Format(str, Enum):
    table = "table"
    jsonl = "jsonl"


@app.command()
@handles_errors
def events(
    db: Optional[Path] = typer.Option(None, "--db", help="The store file (setting db_path)."),
    event_type: Optional[str] = typer.Option(None, "--type", help="Only this PLOVER type, e.g. ASSAULT."),
    limit: Optional[int] = typer.Option(None, "--limit", help="At most this many events."),
    fmt: Format = typer.Option(Format.table, "--format", help="table or jsonl."),
) -> None:
    """Stored events, newest first, with a count per type."""
    cfg = settings(db_path=str(db) if db else None)
    with Store(cfg.db_path, read_only=True) as store:
        records = store.events(event_type=event_type, limit=limit)
        counts = store.counts_by_type()
    if fmt is Format.jsonl:
        print_jsonl(records)
        return
    print_table(records)
    typer.echo("events by type: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
