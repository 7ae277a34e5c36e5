"""`eventwire ingest`: analyse files and folders into the embedded store."""

from __future__ import annotations

import json
import sys
import time
from enum import Enum
from pathlib import Path
from typing import List, Optional

import typer

from ..engines.parquet import ParquetSink
from ..ingest import Ingest, Summary, make_executor
from ..store import Store
from .app import app, handles_errors, settings


class Format(str, Enum):
    table = "table"
    jsonl = "jsonl"


class _Progress:
    """A live bar on a terminal, a line every few seconds in a log, nothing with --format jsonl."""

    def __init__(self, quiet: bool) -> None:
        self.quiet = quiet
        self.live = not quiet and sys.stderr.isatty()
        self.last = 0.0
        self.bar = None
        if self.live:
            from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

            self.bar = Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(), transient=True)
            self.task = self.bar.add_task("starting")
            self.bar.start()

    def __call__(self, s: Summary) -> None:
        text = (f"read {s.read}, stored {s.stored}, duplicates {s.duplicates}, failed {s.failed} "
                f"({s.rate:.1f} articles/s)")
        if self.bar is not None:
            self.bar.update(self.task, description=text)
        elif not self.quiet and time.monotonic() - self.last >= 2.0:
            self.last = time.monotonic()
            typer.echo(f"ingest: {text}", err=True)

    def stop(self) -> None:
        if self.bar is not None:
            self.bar.stop()


def _rejected(quiet: bool):
    def report(item) -> None:
        if quiet:
            typer.echo(json.dumps({"quarantined": item.source, "code": item.error.code, "message": str(item.error)}))
        else:
            typer.echo(f"warning: {item.error}", err=True)

    return report


@app.command()
@handles_errors
def ingest(
    paths: List[Path] = typer.Argument(..., help="Files or folders: text, HTML, JSONL, RSS/Atom, WARC, any of them .gz; - reads standard input (a live feed: each article is stored within seconds)."),
    db: Optional[Path] = typer.Option(None, "--db", help="The store file (setting db_path)."),
    fmt: Format = typer.Option(Format.table, "--format", help="table (progress and a summary line) or jsonl (quiet, machine-readable)."),
    workers: Optional[int] = typer.Option(None, "--workers", help="Worker processes (setting workers; 0 = all cores)."),
    engine: Optional[str] = typer.Option(None, "--engine", help="local (worker processes), inline (all in this process) or ray (setting engine)."),
    address: Optional[str] = typer.Option(None, "--address", help="Ray cluster: auto or ray://HOST:10001 (setting ray_address; default: a new local one)."),
    out: Optional[Path] = typer.Option(None, "--out", help="Write a Parquet dataset (events/, articles/, rejected/) to this folder instead of the store."),
) -> None:
    """Analyse articles and store them with their events; bad inputs are quarantined, the rest goes on."""
    cfg = settings(db_path=str(db) if db else None, workers=workers, engine=engine, ray_address=address)
    quiet = fmt is Format.jsonl
    live = "-" in map(str, paths)  # a feed piped in: articles go out each second, not per full batch
    progress = _Progress(quiet)
    executor = make_executor(cfg)
    try:
        with (ParquetSink(out) if out else Store(cfg.db_path)) as store:
            run = Ingest(store, executor, batch_size=cfg.ingest_batch, commit_size=cfg.ingest_commit,
                         story_window_days=cfg.story_window_days,
                         on_progress=progress,
                         on_reject=_rejected(quiet), read_ahead=not live, live=live)
            from ..sources import iter_articles

            summary = run.run(iter_articles(paths, limit=cfg.max_article_bytes))
            totals = store.stats()
    finally:
        progress.stop()
        executor.close()
    _summarise(summary, totals, str(out) if out else cfg.db_path, quiet)
    if summary.failed:
        raise typer.Exit(1)


def _summarise(summary: Summary, totals: dict, db_path: str, quiet: bool) -> None:
    if quiet:
        typer.echo(json.dumps({"summary": summary.as_dict(), "store": {"path": db_path, **totals}}))
        return
    s = summary
    typer.echo(
        f"read {s.read}, stored {s.stored}, duplicates {s.duplicates}, already stored {s.already_stored}, "
        f"failed {s.failed} in {s.seconds:.1f} s ({s.rate:.1f} articles/s); "
        f"store {db_path}: {totals['articles']} articles, {totals['events']} events"
        + (f"; see `eventwire quarantine --db {db_path}`" if s.failed else "")
    )
