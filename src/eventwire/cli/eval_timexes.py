"""`eventwire eval timexes`: score the time tagger on MEANTIME or TimeML gold (TempEval-3 style)."""

from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer

from ..eval.timexes import evaluate
from .app import BASELINE_HELP, eval_app, handles_errors, show_and_gate


def _report(result: dict) -> None:
    typer.echo(f"documents: {result['documents']}  gold: {result['gold']}  predicted: {result['predicted']}")
    for metric, value in result["scores"].items():
        typer.echo(f"{metric:>16}: {value:.3f}")
    typer.echo(f"\n{'gold type':<10} {'n':>4} {'recall':>7} {'value':>7}")
    for name, row in result["per_type"].items():
        typer.echo(f"{name:<10} {row['n']:>4} {row['recall']:>7.3f} {row['value_accuracy']:>7.3f}")
    width = max([10, *map(len, result["per_corpus"])])
    typer.echo(f"\n{'corpus':<{width}} {'docs':>4} {'f1':>7} {'strict':>7} {'value':>7}")
    for name, row in result["per_corpus"].items():
        typer.echo(f"{name:<{width}} {row['documents']:>4} {row['f1']:>7.3f} {row['strict_f1']:>7.3f} {row['value_f1']:>7.3f}")


@eval_app.command("timexes")
@handles_errors
def timexes(
    path: Path = typer.Argument(..., help="MEANTIME English (folder with intra-doc_annotation/corpus_*/*.xml) or one CAT XML file; or TempEval-3 TimeML: one .tml file or a folder of them (DCT creation time, inline TIMEX3 in TEXT)."),
    baseline: Optional[str] = typer.Option(None, "--baseline", help=BASELINE_HELP),
    corpus: Optional[List[str]] = typer.Option(None, "--corpus", help="Only this corpus folder (MEANTIME: airbus, apple, gm, stock; TimeML: the folder holding the files); repeatable."),
    as_json: bool = typer.Option(False, "--json", help="Print the full result as JSON, misses included."),
) -> None:
    """Relaxed and strict extraction F1, type accuracy and value F1, overall, per type and per corpus."""
    result = evaluate(path, tuple(corpus or ()))
    show_and_gate(result, as_json, _report, baseline)
