"""`eventwire timexes`: the time expressions of one article with their TIMEX3 values."""

from __future__ import annotations

from enum import Enum
from typing import Optional

import typer
from rich.table import Table

from ..pipeline import parse_date
from ..sources import read_text
from ..timex import Timex, find_timexes
from .app import app, handles_errors, settings
from .render import print_jsonl, wide_console

UNANCHORED_MARK = " (unanchored)"


class TimexFormat(str, Enum):
    table = "table"
    jsonl = "jsonl"


def _print_table(timexes: tuple[Timex, ...]) -> None:
    """One row per expression; values that lacked the publication date are marked."""
    console = wide_console()
    if not timexes:
        console.print("no time expressions found")
        return
    table = Table()
    for column in ("start", "end", "text", "type", "value", "mod"):
        table.add_column(column, justify="right" if column in {"start", "end"} else "left")
    for t in timexes:
        value = t.value + ("" if t.anchored else UNANCHORED_MARK)
        table.add_row(str(t.start), str(t.end), t.text, t.type, value, t.mod or "-")
    console.print(table)


@app.command("timexes")
@handles_errors
def timexes(
    path: str = typer.Argument(..., help="A plain-text article, or - for standard input."),
    published: Optional[str] = typer.Option(None, "--published", help="Publication date, YYYY-MM-DD: the anchor of relative dates."),
    fmt: TimexFormat = typer.Option(TimexFormat.table, "--format", help="table or jsonl (one expression per line)."),
    allow_unanchored: bool = typer.Option(
        False, "--allow-unanchored", help="Without --published, keep relative dates unresolved (XXXX values) instead of failing (EW601).",
    ),
) -> None:
    """Print the time expressions of one article with TIMEX3 type, value and mod."""
    cfg = settings()
    day = parse_date(published, "--published")
    text = read_text(path, cfg.max_article_bytes)
    found = find_timexes(text, day, strict=not allow_unanchored)
    if fmt is TimexFormat.jsonl:
        print_jsonl(t.as_dict() for t in found)
    else:
        _print_table(found)
    if any(not t.anchored for t in found):
        typer.echo("note: values marked unanchored need --published to be resolved", err=True)
