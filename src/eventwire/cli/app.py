"""The Typer application and what every command shares: settings, errors, output."""

from __future__ import annotations

import functools
import sys
from pathlib import Path
from typing import Callable, Optional

import typer

from ..errors import EventwireError
from ..settings import Settings, load_settings

app = typer.Typer(
    name="eventwire",
    help="Turn news text into coded political events (PLOVER, CAMEO) with their evidence.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
eval_app = typer.Typer(help="Score extraction stages against gold sets.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")

_state: dict[str, object] = {}


@app.callback()
def _global(
    config: Optional[Path] = typer.Option(None, "--config", help="A TOML settings file (default: ./eventwire.toml if present)."),
    model: Optional[str] = typer.Option(None, "--model", help="Installed spaCy pipeline to use (setting spacy_model)."),
) -> None:
    _state["config"] = config
    _state["model"] = model


def settings(**overrides: object) -> Settings:
    """Settings for this invocation: defaults <- config file <- environment <- command-line flags."""
    return load_settings(_state.get("config"), spacy_model=_state.get("model"), **overrides)


def fail(error: EventwireError, code: int = 2) -> None:
    typer.echo(f"error: {error}", err=True)
    raise typer.Exit(code)


def handles_errors(func: Callable) -> Callable:
    """Show coded errors as one line on stderr with a non-zero exit, never a traceback."""

    @functools.wraps(func)
    def wrapper(*args: object, **kwargs: object) -> object:
        try:
            return func(*args, **kwargs)
        except EventwireError as error:
            fail(error)
        except KeyboardInterrupt:
            typer.echo("interrupted", err=True)
            raise typer.Exit(130)
        except BrokenPipeError:
            sys.stderr.close()
            raise typer.Exit(0)

    return wrapper


BASELINE_HELP = "Fail (exit 1) if below this named floor (eval/baselines/*.json)."


def show_and_gate(result: dict, as_json: bool, report: Callable[[dict], None], baseline: str | None) -> None:
    """Print an evaluation (JSON or the stage's report), then exit 1 when a score is below its floor."""
    import json

    from ..eval.baseline import check_floors

    if as_json:
        typer.echo(json.dumps(result, indent=2, ensure_ascii=False))
    else:
        report(result)
    below = check_floors(baseline, result["scores"]) if baseline else []
    for error in below:
        typer.echo(f"error: {error}", err=True)
    if below:
        raise typer.Exit(1)


def _register_commands() -> None:
    """Import every module of this package: each registers its own command(s) on `app` or `eval_app`."""
    import importlib
    import pkgutil

    skip = {"app", "docs", "render"}
    for info in sorted(pkgutil.iter_modules([str(Path(__file__).parent)]), key=lambda m: m.name):
        if info.name not in skip and not info.name.startswith("_"):
            importlib.import_module(f"{__package__}.{info.name}")


_register_commands()
