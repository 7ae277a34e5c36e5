"""Time expressions: find them in news text and normalise them to TIMEX3 values against the publication date."""

from __future__ import annotations

from .extract import find_timexes
from .govern import governing_timex
from .record import Timex
from .values import timex_date

__all__ = ["Timex", "find_timexes", "governing_timex", "timex_date"]
