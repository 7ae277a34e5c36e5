"""`eventwire stats`, `dyads`, `actors` and `quarantine`: summaries of the store."""

from __future__ import annotations

import json
from enum import Enum
from pathlib import Path
from typing import Optional

import typer
from rich.table import Table

from ..store import Store
from .app import app, handles_errors, settings
from .render import wide_console

DB_OPTION = typer.Option(None, "--db", help="The store file (setting db_path).")


class TableOrJson(str, Enum):
    table = "table"
    json = "json"


class TableOrJsonl(str, Enum):
    table = "table"
    jsonl = "jsonl"


class Period(str, Enum):
    day = "day"
    week = "week"
    month = "month"
    year = "year"


def _open(db: Optional[Path]) -> Store:
    return Store(settings(db_path=str(db) if db else None).db_path, read_only=True)


def _table(title: str, columns: list[str], rows: list[list]) -> None:
    table = Table(title=title)
    for column in columns:
        table.add_column(column, justify="right" if column in ("events", "count") else "left")
    for row in rows:
        table.add_row(*("" if v is None else str(v) for v in row))
    wide_console().print(table)


@app.command()
@handles_errors
def stats(db: Optional[Path] = DB_OPTION, fmt: TableOrJson = typer.Option(TableOrJson.table, "--format", help="table or json.")) -> None:
    """Counts of articles, events, entities, places, time expressions, stories and quarantined inputs."""
    with _open(db) as store:
        counts = store.stats()
        by_type = store.counts_by_type()
    if fmt is TableOrJson.json:
        typer.echo(json.dumps({**counts, "events_by_type": by_type}))
        return
    _table("store", ["what", "count"], [[k, v] for k, v in counts.items()])
    _table("events by type", ["event", "count"], [[k, v] for k, v in by_type.items()])


@app.command()
@handles_errors
def dyads(
    actor: str = typer.Option(..., "--actor", help="Actor: RUS or RUS:MIL."),
    recipient: str = typer.Option(..., "--recipient", help="Recipient: UKR or UKR:GOV."),
    by: Period = typer.Option(Period.month, "--by", help="Period: day, week, month or year."),
    db: Optional[Path] = DB_OPTION,
    fmt: TableOrJsonl = typer.Option(TableOrJsonl.table, "--format", help="table or jsonl."),
) -> None:
    """The dyadic series of ACTOR acting on RECIPIENT: counts per PLOVER type and quad class, summed event_scale."""
    with _open(db) as store:
        series = store.dyads(actor, recipient, by.value)
    if fmt is TableOrJsonl.jsonl:
        for row in series:
            typer.echo(json.dumps(row))
        return
    if not series:
        typer.echo(f"no dated events from {actor.upper()} to {recipient.upper()}")
        return
    rows = [[r["period"], r["events"], r["event_scale"], " ".join(f"{k}:{v}" for k, v in sorted(r["by_quad"].items())),
             ", ".join(f"{k} {v}" for k, v in r["by_type"].items())] for r in series]
    _table(f"{actor.upper()} -> {recipient.upper()} by {by.value}", ["period", "events", "event_scale", "quad", "types"], rows)


@app.command()
@handles_errors
def actors(
    db: Optional[Path] = DB_OPTION,
    limit: int = typer.Option(20, "--limit", help="How many actors and dyads."),
    fmt: TableOrJson = typer.Option(TableOrJson.table, "--format", help="table or json."),
) -> None:
    """The most active actors (as actor and as recipient) and the most active dyads."""
    with _open(db) as store:
        result = store.actors(limit)
    if fmt is TableOrJson.json:
        typer.echo(json.dumps(result))
        return
    _table("actors", ["actor", "as actor", "as recipient", "events"],
           [[a["actor"], a["as_actor"], a["as_recipient"], a["events"]] for a in result["actors"]])
    _table("dyads", ["actor", "recipient", "events", "event_scale"],
           [[d["actor"], d["recipient"], d["events"], d["event_scale"]] for d in result["dyads"]])


@app.command()
@handles_errors
def quarantine(db: Optional[Path] = DB_OPTION, fmt: TableOrJsonl = typer.Option(TableOrJsonl.table, "--format", help="table or jsonl.")) -> None:
    """Inputs that could not be read, with their source and the coded reason."""
    with _open(db) as store:
        rows = store.quarantined()
    if fmt is TableOrJsonl.jsonl:
        for row in rows:
            typer.echo(json.dumps(row, default=str))
        return
    if not rows:
        typer.echo("nothing quarantined")
        return
    _table(f"{len(rows)} quarantined inputs", ["source", "code", "message"], [[r["source"], r["code"], r["message"]] for r in rows])
