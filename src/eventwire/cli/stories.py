"""`eventwire stories` and `eventwire verify`: reports grouped across outlets, and flags on altered passages."""

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


class Format(str, Enum):
    table = "table"
    jsonl = "jsonl"


def _store(db: Optional[Path]) -> Store:
    return Store(settings(db_path=str(db) if db else None).db_path, read_only=True)


@app.command()
@handles_errors
def stories(
    db: Optional[Path] = typer.Option(None, "--db", help="The store file (setting db_path)."),
    limit: int = typer.Option(50, "--limit", help="At most this many stories in the table."),
    fmt: Format = typer.Option(Format.table, "--format", help="table (one row per story) or jsonl (one line per article)."),
) -> None:
    """Stories: reports of the same happening grouped across outlets, with their time span and main events."""
    with _store(db) as store:
        if fmt is Format.jsonl:
            for row in store.article_story(""):
                typer.echo(json.dumps(row))
            return
        rows = store.stories(limit=limit)
    if not rows:
        typer.echo("no stories yet: run `eventwire ingest PATH` first")
        return
    table = Table(title=f"{len(rows)} stories")
    for column in ("story", "title", "articles", "outlets", "span", "main events"):
        table.add_column(column, overflow="fold")
    for s in rows:
        span = s["start"] if s["start"] == s["end"] else f"{s['start']} – {s['end']}"
        events = ", ".join(f"{k} {v}" for k, v in list(s["events"].items())[:4])
        table.add_row(s["story_id"][:10], s["title"] or "", str(s["articles"]), ", ".join(s["outlets"]), span or "-", events)
    wide_console().print(table)


def _flags_for_path(store: Store, path: str) -> tuple[list, str]:
    """Flags of an article that is not in the store, against the stored story it belongs to."""
    from ..model import Article
    from ..pipeline import Pipeline
    from ..sources import read_text
    from ..stories import StoryDoc
    from ..stories.features import weighted_terms
    from ..verify import VerifyDoc, verify

    cfg = settings()
    text = read_text(path, cfg.max_article_bytes)
    analysis = Pipeline(cfg).analyze(Article(text=text, source=path))
    index = store.story_index(cfg.story_window_days)
    doc = StoryDoc(analysis.article.id, text, actors=tuple(sorted({m.code for m in analysis.mentions})),
                   event_types=tuple(sorted({e.event for e in analysis.events})))
    story, score = index.best_story(doc, weighted_terms(doc.sentences(), doc.codes()))
    if story is None or score < index.threshold:
        return [], "no stored story matches this article: nothing to compare it with"
    others = [r[0] for r in store.con.execute("SELECT id FROM articles WHERE story_id = ?", [story.id]).fetchall()]
    mine = VerifyDoc(analysis.article.id, text, "", tuple(e.as_dict() for e in analysis.events))
    return verify(mine, [store._verify_doc(o) for o in others]), f"compared with {len(others)} stored articles of story {story.id}"


@app.command(name="verify")
@handles_errors
def verify_command(
    article: str = typer.Argument(..., help="A stored article id, or the path of an article file to check against the store."),
    db: Optional[Path] = typer.Option(None, "--db", help="The store file (setting db_path)."),
    fmt: Format = typer.Option(Format.table, "--format", help="table or jsonl (one flag per line)."),
) -> None:
    """Flag passages of an article that its copies altered or independent reports contradict, with the evidence."""
    with _store(db) as store:
        if store.has_article(article):
            flags = store.live_flags(article)
            size = store.story_size(article)
            note = f"compared with {size - 1} other articles of its story" if size > 1 else "alone in its story: no flags"
        elif Path(article).exists() or article == "-":
            flags, note = _flags_for_path(store, article)
        else:
            store.article(article)  # raises EW504
    if fmt is Format.jsonl:
        for flag in flags:
            typer.echo(json.dumps(flag.as_dict(), ensure_ascii=False))
        return
    typer.echo(f"{len(flags)} flags; {note}")
    for flag in flags:
        typer.echo(f"\n[{flag.kind}] {flag.start}-{flag.end}: {flag.text!r}\n  {flag.explanation}")
        for ev in flag.evidence:
            typer.echo(f"  - {ev['article_id']}: {ev['text']!r}")
