"""Administrative words only some countries use: "Shyamnagar and Koyra upazilas" are places of Bangladesh, not the
Indian city named Shyamnagar. The words and their countries are data (data/admin_kinds.tsv)."""

from __future__ import annotations

import re
from functools import lru_cache

from ..data import data_path, read_tsv
from .gazetteer import Feature

# The rest of a list the name opens, then a lower-case word: " and Koyra upazilas", ", Kasur and Okara tehsils".
_NAME = r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}"
KIND_AFTER = re.compile(rf"(?:(?:,|,? and|,? or) {_NAME}){{0,5}} ([a-z][a-z-]*)\b")


@lru_cache(maxsize=1)
def admin_kinds() -> dict[str, frozenset[str]]:
    """Each kind word with the countries (ISO 3166-1 alpha-2) that use it."""
    return {row["word"]: frozenset(row["countries"].split()) for row in read_tsv(data_path("geo", "admin_kinds.tsv"))}


def kind_countries(text: str, end: int) -> frozenset[str]:
    """The countries the administrative word after the name at `end` (or after the list it opens) belongs to; empty
    when no such word follows."""
    match = KIND_AFTER.match(text, end)
    return admin_kinds().get(match.group(1), frozenset()) if match else frozenset()


def of_kind_countries(ranked: list[Feature], countries: frozenset[str]) -> list[Feature]:
    """The readings in those countries, when there are any; else all of them."""
    return [f for f in ranked if f.cc in countries] or ranked if countries else ranked
