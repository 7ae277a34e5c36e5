"""`eventwire places`: the place mentions of one article, resolved offline."""

from __future__ import annotations

from enum import Enum

import typer
from rich.table import Table

from ..geo import find_places
from ..nlp import entity_tagger, load_pipeline
from ..sources import read_text
from .app import app, handles_errors, settings
from .render import print_jsonl, wide_console


class PlaceFormat(str, Enum):
    table = "table"
    jsonl = "jsonl"


def _print_places(records: list[dict]) -> None:
    """One row per mention: offsets, text, the resolved place and its point."""
    console = wide_console()
    if not records:
        console.print("no places found")
        return
    table = Table()
    for column in ("start", "end", "text", "place", "country", "resolution", "direction", "lat", "lon", "geonameid"):
        table.add_column(column)
    for r in records:
        table.add_row(str(r["start_char"]), str(r["end_char"]), r["search_name"], r["place_name"], r["country_code3"] or "-",
                      r["resolution"], r["direction"] or "-", "-" if r["lat"] is None else f"{r['lat']:.2f}",
                      "-" if r["lon"] is None else f"{r['lon']:.2f}", str(r["geonameid"] or "-"))
    console.print(table)


@app.command()
@handles_errors
def places(
    path: str = typer.Argument(..., help="A plain-text article, or - for standard input."),
    fmt: PlaceFormat = typer.Option(PlaceFormat.table, "--format", help="table or jsonl (one place per line)."),
) -> None:
    """Print the place mentions of one article with the gazetteer feature each resolves to."""
    text = read_text(path, settings().max_article_bytes)
    tagger = entity_tagger(load_pipeline(settings().spacy_model))  # places the gazetteer lacks ("fled to Sarit")
    records = [p.as_dict() for p in find_places(text, tagger=tagger)]
    if fmt is PlaceFormat.jsonl:
        print_jsonl(records)
    else:
        _print_places(records)
