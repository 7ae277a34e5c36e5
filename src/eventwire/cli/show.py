"""`eventwire show ARTICLE`: an article's text with its events' evidence highlighted."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.text import Text

from ..store import Store
from .app import app, handles_errors, settings

QUAD_STYLE = {1: "green", 2: "bold green", 3: "yellow", 4: "bold red"}


def highlighted(article: dict) -> Text:
    """The text with event sentences underlined and triggers coloured by quad class."""
    text = Text(article["text"])
    for ev in article["events"]:
        info = ev["text_info"]
        text.stylize("underline", info["start"], info["end"])
        text.stylize(f"{QUAD_STYLE.get(ev['quad_code'], 'bold')} reverse", info["trigger_start"], info["trigger_end"])
    return text


@app.command()
@handles_errors
def show(
    article_id: str = typer.Argument(..., help="An article id (see `eventwire events` or the ingest input)."),
    db: Optional[Path] = typer.Option(None, "--db", help="The store file (setting db_path)."),
) -> None:
    """Print an article with its events' evidence highlighted, then its events."""
    with Store(settings(db_path=str(db) if db else None).db_path, read_only=True) as store:
        article = store.article(article_id)
    console = Console(highlight=False)
    console.print(f"[bold]{article['title'] or article['id']}[/bold]  {article['outlet'] or ''} {article['published'] or ''}")
    console.print(highlighted(article))
    console.print()
    for ev in article["events"]:
        actors = ",".join(a["code"] for a in ev["actor"]) or "-"
        recipients = ",".join(r["code"] for r in ev["recipient"]) or "-"
        console.print(f"  {ev['date']} {ev['event']:<9} {ev['status']:<12} {actors} -> {recipients}  “{ev['event_text']}”")
