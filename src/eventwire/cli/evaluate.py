"""`eventwire eval ...`: score the extraction stages against gold sets."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from ..eval.plover import evaluate
from ..pipeline import Pipeline
from .app import BASELINE_HELP, eval_app, handles_errors, settings, show_and_gate


def _report(result: dict) -> None:
    scores = result["scores"]
    typer.echo(f"sentences: {result['n']}")
    for metric, value in scores.items():
        typer.echo(f"{metric:>20}: {value:.3f}")
    counts = result["events"]
    typer.echo(f"events per sentence: {counts['per_sentence']:.2f} (none {counts['none']:.1%}, several "
               f"{counts['several']:.1%}); a sentence is right when any of its events fits the gold event")
    typer.echo(f"\n{'type':<10} {'n':>4} {'type':>6} {'actor':>6} {'recip':>6} {'dyad':>6}")
    for name, row in result["per_type"].items():
        typer.echo(
            f"{name:<10} {row['n']:>4} {row['type_accuracy']:>6.2f} {row['actor_accuracy']:>6.2f} "
            f"{row['recipient_accuracy']:>6.2f} {row['dyad_accuracy']:>6.2f}"
        )


@eval_app.command("plover")
@handles_errors
def plover(
    path: Path = typer.Argument(..., help=(
        "PLOVER gold JSONL (one hand-coded sentence per line; optional `published`, YYYY-MM-DD: the article's date,"
        " so office holders are coded by their term on it).")),
    baseline: Optional[str] = typer.Option(None, "--baseline", help=BASELINE_HELP),
    as_json: bool = typer.Option(False, "--json", help="Print the full result as JSON, misses included."),
) -> None:
    """Event-type, actor, recipient and full-dyad accuracy, overall and per type."""
    result = evaluate(path, Pipeline(settings()))
    show_and_gate(result, as_json, _report, baseline)
