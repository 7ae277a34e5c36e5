"""`eventwire eval stories FILE.jsonl`: B-cubed scores of the story clusterer on gold clusters."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from ..eval.stories import evaluate
from .app import BASELINE_HELP, eval_app, handles_errors, settings, show_and_gate


def _line(name: str, scores: dict) -> str:
    return (f"{name:<14} P {scores['precision']:.3f}  R {scores['recall']:.3f}  F1 {scores['f1']:.3f}  "
            f"clusters {scores['clusters']} (gold {scores['gold_clusters']})")


def _report(result: dict) -> None:
    typer.echo(f"documents: {result['n']}")
    typer.echo(_line("file order", result["scores"]))
    typer.echo(_line("shuffled", result["shuffled"]))
    for name, scores in result["halves"].items():
        typer.echo(_line(name.replace("_", " "), scores))


@eval_app.command("stories")
@handles_errors
def stories(
    path: Path = typer.Argument(..., help="Gold JSONL: `doc`, `sentences` or `text`, `cluster`; optional `published`."),
    baseline: Optional[str] = typer.Option(None, "--baseline", help=BASELINE_HELP),
    as_json: bool = typer.Option(False, "--json", help="Print the full result as JSON."),
) -> None:
    """B-cubed precision, recall and F1 of online story clustering (file order, shuffled, topic halves)."""
    result = evaluate(path, window_days=settings().story_window_days or None)
    show_and_gate(result, as_json, _report, baseline)
