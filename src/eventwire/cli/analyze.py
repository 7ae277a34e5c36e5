"""`eventwire analyze`: code the events of one article."""

from __future__ import annotations

import json
from enum import Enum
from typing import Optional

import typer

from ..model import Article
from ..pipeline import Pipeline, parse_date
from ..sources import read_text
from .app import app, handles_errors, settings
from .render import print_jsonl, print_table


class Format(str, Enum):
    table = "table"
    jsonl = "jsonl"
    json = "json"


@app.command()
@handles_errors
def analyze(
    path: str = typer.Argument(..., help="A plain-text article, or - for standard input."),
    published: Optional[str] = typer.Option(None, "--published", help="Publication date, YYYY-MM-DD."),
    fmt: Format = typer.Option(Format.table, "--format", help="table, jsonl (one event per line) or json."),
) -> None:
    """Print the events of one article with their evidence."""
    cfg = settings()
    day = parse_date(published, "--published")
    text = read_text(path, cfg.max_article_bytes)
    analysis = Pipeline(cfg).analyze(Article(text=text, published=day, source=path))
    records = [ev.as_dict() for ev in analysis.events]
    if fmt is Format.jsonl:
        print_jsonl(records)
    elif fmt is Format.json:
        typer.echo(json.dumps({"article_id": analysis.article.id, "events": records}, ensure_ascii=False, indent=2))
    else:
        print_table(records)
