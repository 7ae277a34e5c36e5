"""The gold records the time scorer reads (from MEANTIME CAT XML or TempEval-3 TimeML)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True, slots=True)
class GoldTimex:
    """A gold TIMEX3 mention with character offsets in the document text."""

    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass
class GoldDoc:
    """One gold document: text, creation time (and where it sits in the text), gold mentions."""

    name: str
    corpus: str
    text: str
    dct: date
    dct_span: tuple[int, int]
    gold: list[GoldTimex] = field(default_factory=list)
    scope_end: int = 0
    """Only the first sentences may be annotated (MEANTIME): predictions after this offset are not scored."""
