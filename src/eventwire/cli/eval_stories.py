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
    if "shuffled_mean" in result:
        runs = result["shuffled_runs"]
        scores = result["shuffled_mean"]
        typer.echo(f"{'mean of ' + str(len(runs) + 1):<14} P {scores['precision']:.3f}  R {scores['recall']:.3f}  "
                   f"F1 {scores['f1']:.3f}  (file order and {len(runs)} shuffles: F1 "
                   f"{min(r['f1'] for r in runs):.3f} to {max(r['f1'] for r in runs):.3f} shuffled)")
    for name, scores in result["halves"].items():
        typer.echo(_line(name.replace("_", " "), scores))


@eval_app.command("stories")
@handles_errors
def stories(
    path: Path = typer.Argument(..., help="Gold JSONL: `doc`, `sentences` or `text`, `cluster`; optional `published`."),
    baseline: Optional[str] = typer.Option(None, "--baseline", help=BASELINE_HELP),
    as_json: bool = typer.Option(False, "--json", help="Print the full result as JSON."),
    shuffles: int = typer.Option(1, "--shuffles", min=1, help="Shuffled orders to score (more than 1 adds their mean with file order)."),
) -> None:
    """B-cubed precision, recall and F1 of online story clustering (file order, shuffled, topic halves)."""
    result = evaluate(path, window_days=settings().story_window_days or None, shuffles=shuffles)
    show_and_gate(result, as_json, _report, baseline)
