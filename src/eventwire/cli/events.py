"""`eventwire events`: list stored events, filtered."""

from __future__ import annotations

import csv
import sys
from enum import Enum
from pathlib import Path
from typing import Optional

import typer

from ..store import EventFilter, Store
from .app import app, handles_errors, settings
from .filters import with_filters
from .render import print_jsonl, print_table


class Format(str, Enum):
    table = "table"
    jsonl = "jsonl"
    csv = "csv"


CSV_COLUMNS = ("id", "date", "event", "mode", "status", "cameo", "quad_code", "event_scale", "actor", "recipient",
               "place", "num_sources", "event_text", "article_id", "sentence")


def _codes(entities: list[dict]) -> str:
    return ";".join(f"{e['code']}:{e['sector']}" if e.get("sector") else e["code"] for e in entities)


def csv_row(r: dict) -> list:
    loc = r.get("event_loc") or {}
    return [r["id"], r["date"], r["event"], r["mode"], r["status"], r["cameo"], r["quad_code"], r["event_scale"],
            _codes(r["actor"]), _codes(r["recipient"]), loc.get("name", ""), r.get("num_sources") or 1,
            r["event_text"], r["article_id"], r["text_info"]["sentence"]]


@app.command()
@handles_errors
@with_filters
def events(
    db: Optional[Path] = typer.Option(None, "--db", help="The store file (setting db_path)."),
    limit: Optional[int] = typer.Option(None, "--limit", help="At most this many events."),
    fmt: Format = typer.Option(Format.table, "--format", help="table, jsonl or csv."),
    *,
    flt: EventFilter,
) -> None:
    """Stored events, newest first, filtered; the table ends with a count per type."""
    cfg = settings(db_path=str(db) if db else None)
    with Store(cfg.db_path, read_only=True) as store:
        if fmt is Format.jsonl:
            print_jsonl(store.iter_events(flt, limit=limit))
        elif fmt is Format.csv:
            writer = csv.writer(sys.stdout)
            writer.writerow(CSV_COLUMNS)
            writer.writerows(csv_row(r) for r in store.iter_events(flt, limit=limit))
        else:
            print_table(store.events(flt, limit=limit))
            total = store.count_events(flt)
            counts = store.counts_by_type(flt)
            typer.echo(f"{total} events; by type: " + (", ".join(f"{k} {v}" for k, v in counts.items()) or "none"))
