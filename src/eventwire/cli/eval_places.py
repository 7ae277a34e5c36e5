"""`eventwire eval places`: score place finding on GeoVirus-style XML."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Optional

import typer

from ..eval.places import evaluate
from .app import BASELINE_HELP, eval_app, handles_errors, show_and_gate


class Part(str, Enum):
    all = "all"
    first = "first"
    second = "second"


def _report(result: dict) -> None:
    typer.echo(f"articles: {result['articles']} ({result['part']}), gold mentions: {result['n_gold']}, "
               f"matched: {result['n_matched']}, predicted: {result['n_predicted']}")
    for metric, value in result["scores"].items():
        typer.echo(f"{metric:>26}: {value:.3f}")
    for metric, value in result["distances"].items():
        typer.echo(f"{metric:>26}: {value:.1f}")


@eval_app.command("places")
@handles_errors
def places(
    path: Path = typer.Argument(..., help="GeoVirus XML (articles with gold place mentions and coordinates)."),
    baseline: Optional[str] = typer.Option(None, "--baseline", help=BASELINE_HELP),
    part: Part = typer.Option(Part.all, "--part", help="all articles, or the first (development) or second half."),
    as_json: bool = typer.Option(False, "--json", help="Print the full result as JSON, misses included."),
) -> None:
    """Mention recall and precision, country accuracy and Acc@161km, over all gold mentions and over matched ones."""
    result = evaluate(path, part=part.value)
    show_and_gate(result, as_json, _report, baseline)
