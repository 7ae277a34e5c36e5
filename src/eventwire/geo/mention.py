"""A mention: a span of words whose text is a gazetteer name."""

from __future__ import annotations

from dataclasses import dataclass

from .gazetteer import Feature


@dataclass(frozen=True, slots=True)
class Mention:
    """A span of words whose text is a gazetteer name."""

    first: int
    last: int
    start: int
    end: int
    text: str
    features: tuple[Feature, ...]
