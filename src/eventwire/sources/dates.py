"""Publication dates as inputs write them: ISO 8601 (date or timestamp) or RFC 822 (feeds, HTTP)."""

from __future__ import annotations

import re
import time
from datetime import date, datetime
from email.utils import parsedate_to_datetime

from ..errors import EventwireError

ISO = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])")


def parse_published(value: object, source: str) -> date | None:
    """A date from text, a datetime or a struct_time; None when absent; EW106 when it does not parse."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, time.struct_time):
        return date(value.tm_year, value.tm_mon, value.tm_mday)
    text = str(value).strip()
    found = _iso(text) or _rfc822(text)
    if found is None:
        raise EventwireError("EW106", path=source, value=value)
    return found


def _iso(text: str) -> date | None:
    """A date from a YYYY-MM-DD prefix, if there is one."""
    match = ISO.match(text)
    if not match:
        return None
    try:
        return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def _rfc822(text: str) -> date | None:
    """A date from an RFC 822 timestamp (feeds, HTTP, WARC), if it is one."""
    try:
        return parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        return None
