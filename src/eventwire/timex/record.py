"""The time-expression record and the small result type the rules hand back."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Timex:
    """A time expression: character offsets (end exclusive), TIMEX3 type, value and mod."""

    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None = None
    anchored: bool = True
    """False when the value needed the publication date and it was missing (an ``XXXX`` fallback)."""

    def as_dict(self) -> dict:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "type": self.type,
            "value": self.value,
            "mod": self.mod,
            "anchored": self.anchored,
        }


@dataclass(frozen=True, slots=True)
class Reading:
    """What a rule made of a match; `clock` (``T15:00``) asks for the date of the nearest day before it;
    `shift` ((amount, precision)) asks for the last date mentioned before it, moved (``the next day``), the
    value being the fallback from the publication date; `nested` lets the expressions inside it stand too."""

    type: str
    value: str
    mod: str | None = None
    clock: str = ""
    anchored: bool = True
    shift: tuple[int, str] | None = None
    nested: bool = False


class Unanchored(Exception):
    """A rule needed the publication date and there was none; carries the ``XXXX`` fallback value."""

    def __init__(self, reading: Reading) -> None:
        super().__init__(reading.value)
        self.reading = reading
