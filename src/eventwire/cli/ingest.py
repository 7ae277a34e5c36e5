"""`eventwire ingest`: analyse files and folders into the embedded store."""

from __future__ import annotations

from pathlib import Path
from typing import Iterator, List, Optional

import typer

from ..errors import EventwireError
from ..model import Article
from ..pipeline import Pipeline
from ..sources import read_jsonl, read_text
from ..store import Store
from .app import app, handles_errors, settings

BATCH = 32


def _files(paths: list[Path]) -> Iterator[Path]:
    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
        else:
            yield path


def _articles(paths: list[Path], limit: int) -> Iterator[Article | EventwireError]:
    for file in _files(paths):
        if file.suffix == ".jsonl":
            yield from read_jsonl(file, limit)
        elif file.suffix in (".md",) and file.name.lower() == "readme.md":
            continue
        else:
            try:
                yield Article(text=read_text(file, limit), source=str(file), title=file.stem)
            except EventwireError as error:
                yield error


@app.command()
@handles_errors
def ingest(
    paths: List[Path] = typer.Argument(..., help="Files or folders (.jsonl, plain text)."),
    db: Optional[Path] = typer.Option(None, "--db", help="The store file (setting db_path)."),
) -> None:
    """Analyse articles and store them with their events; bad inputs are quarantined, the rest goes on."""
    cfg = settings(db_path=str(db) if db else None)
    pipeline = Pipeline(cfg)
    read = stored = failed = skipped = 0
    with Store(cfg.db_path) as store:
        batch: list[Article] = []
        for item in _articles(paths, cfg.max_article_bytes):
            if isinstance(item, EventwireError):
                failed += 1
                store.quarantine(str(item.fields.get("path", "")), item.code, str(item))
                typer.echo(f"warning: {item}", err=True)
                continue
            read += 1
            if store.has_article(item.id):
                skipped += 1
                continue
            batch.append(item)
            if len(batch) >= BATCH:
                stored += store.add(pipeline.analyze_many(batch))
                batch = []
        stored += store.add(pipeline.analyze_many(batch))
        totals = store.stats()
    typer.echo(
        f"read {read}, stored {stored}, already stored {skipped}, failed {failed}; "
        f"store {cfg.db_path}: {totals['articles']} articles, {totals['events']} events"
    )
    if failed:
        raise typer.Exit(1)
