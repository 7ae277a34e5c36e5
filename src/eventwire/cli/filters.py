"""The event filter options shared by `events`, `export` and `dyads`: declared once, added to commands."""

from __future__ import annotations

import functools
import inspect
from typing import Callable, Optional

import typer

from ..store import EventFilter

FILTER_OPTIONS: dict[str, tuple[type, typer.models.OptionInfo]] = {
    "actor": (Optional[str], typer.Option(None, "--actor", help="Actor country or code, optionally with sector: RUS, RUS:MIL.")),
    "recipient": (Optional[str], typer.Option(None, "--recipient", help="Recipient, as --actor.")),
    "event_type": (Optional[str], typer.Option(None, "--type", help="PLOVER event type, e.g. ASSAULT.")),
    "status": (Optional[str], typer.Option(None, "--status", help="occurred, planned, hypothetical or negated.")),
    "since": (Optional[str], typer.Option(None, "--since", help="Event date on or after YYYY-MM-DD.")),
    "until": (Optional[str], typer.Option(None, "--until", help="Event date on or before YYYY-MM-DD.")),
    "place": (Optional[str], typer.Option(None, "--place", help="Country (ISO-3) where the event took place.")),
    "article": (Optional[str], typer.Option(None, "--article", help="Only the events of this article id.")),
    "text": (Optional[str], typer.Option(None, "--text", help="Words to find in the evidence sentence.")),
    "min_sources": (Optional[int], typer.Option(None, "--min-sources", help="Reported by at least this many outlets.")),
}


def with_filters(func: Callable) -> Callable:
    """Add the filter options to a command; it receives them as one `flt: EventFilter` argument."""
    signature = inspect.signature(func)
    params = [p for p in signature.parameters.values() if p.name != "flt"]
    params += [
        inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=option, annotation=kind)
        for name, (kind, option) in FILTER_OPTIONS.items()
    ]

    @functools.wraps(func)
    def wrapper(*args: object, **kwargs: object) -> object:
        values = {name: kwargs.pop(name, None) for name in FILTER_OPTIONS}
        return func(*args, flt=EventFilter(**values), **kwargs)

    wrapper.__signature__ = signature.replace(parameters=params)
    return wrapper
