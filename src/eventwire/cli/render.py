"""Rendering events for the terminal and as JSON lines."""

from __future__ import annotations

import json
import os
from typing import Iterable

import typer
from rich.console import Console
from rich.table import Table


def _entities(items: list[dict]) -> str:
    return ", ".join(f"{e['code']}{' ' + e['sector'] if e.get('sector') else ''}" for e in items) or "-"


HEADERS = ("date", "event", "status", "actor", "recipient", "place", "trigger", "sentence")
SENTENCE = 70
"""At most this many characters of the evidence sentence are shown in a table row."""
PIPE_WIDTH = 200
"""Table width when the output is not a terminal."""
CELL = 24
"""Widest a column other than the sentence is expected to be (wider cells wrap)."""


def print_jsonl(records: Iterable[dict]) -> None:
    for record in records:
        typer.echo(json.dumps(record, ensure_ascii=False))


def _row(r: dict) -> list[str]:
    return [r.get("date") or "-", r["event"] + (f"/{r['mode']}" if r.get("mode") else ""), r["status"],
            _entities(r["actor"]), _entities(r["recipient"]), (r.get("event_loc") or {}).get("name") or "-",
            r["event_text"], r["text_info"]["sentence"]]


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[:width - 1].rstrip() + "…"


def wide_console() -> Console:
    """The terminal's width when writing to one (or $COLUMNS when set); `PIPE_WIDTH` when piped to a file or
    pager, where nothing forces a wrap."""
    probe = Console()
    width = probe.width if probe.is_terminal or os.environ.get("COLUMNS") else PIPE_WIDTH
    return Console(soft_wrap=False, width=width)


def print_table(records: list[dict], *, title: str = "") -> None:
    """A readable table: one row per event, with its trigger and the start of its sentence on one line (in the
    room the other columns leave, at most `SENTENCE` characters; the JSON formats carry it whole)."""
    console = wide_console()
    if not records:
        console.print("no events found")
        return
    rows = [_row(r) for r in records]
    widths = [min(CELL, max(len(h), *(len(row[i]) for row in rows))) for i, h in enumerate(HEADERS[:-1])]
    room = min(SENTENCE, console.width - sum(w + 3 for w in widths) - 4)
    table = Table(title=title or None, show_lines=False)
    for header in HEADERS:
        table.add_column(header, overflow="fold", no_wrap=header in ("date", "status") or room >= 30)
    for row in rows:
        table.add_row(*row[:-1], _clip(row[-1], room) if room >= 30 else _clip(row[-1], SENTENCE))
    console.print(table)
