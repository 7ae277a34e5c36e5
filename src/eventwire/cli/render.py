"""Rendering events for the terminal and as JSON lines."""

from __future__ import annotations

import json
from typing import Iterable

import typer
from rich.console import Console
from rich.table import Table


def _entities(items: list[dict]) -> str:
    return ", ".join(f"{e['code']}{' ' + e['sector'] if e.get('sector') else ''}" for e in items) or "-"


def print_jsonl(records: Iterable[dict]) -> None:
    for record in records:
        typer.echo(json.dumps(record, ensure_ascii=False))


def print_table(records: list[dict], *, title: str = "") -> None:
    """A readable table: one row per event, with its trigger and sentence."""
    console = Console(soft_wrap=False, width=max(Console().width, 140))
    if not records:
        console.print("no events found")
        return
    table = Table(title=title or None, show_lines=False)
    for column in ("date", "event", "status", "actor", "recipient", "place", "trigger", "sentence"):
        wide = column == "sentence"
        table.add_column(column, overflow="ellipsis" if wide else "fold", no_wrap=wide, max_width=70 if wide else None)
    for r in records:
        sentence = r["text_info"]["sentence"]
        table.add_row(
            r.get("date") or "-", r["event"] + (f"/{r['mode']}" if r.get("mode") else ""), r["status"],
            _entities(r["actor"]), _entities(r["recipient"]), (r.get("event_loc") or {}).get("name") or "-", r["event_text"],
            sentence,
        )
    console.print(table)
