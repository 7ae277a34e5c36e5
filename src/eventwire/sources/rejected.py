"""The record for a bad input: where it is, what is wrong, and the offending bytes."""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import EventwireError

RAW_LIMIT = 64 * 1024


@dataclass(frozen=True, slots=True)
class Rejected:
    """One input that could not become an Article; reading goes on after it."""

    source: str
    error: EventwireError
    raw: bytes | None = None

    @property
    def code(self) -> str:
        """The error code, e.g. "EW107"."""
        return self.error.code


def reject(source: str, code: str, raw: bytes | None = None, **fields: object) -> Rejected:
    """A Rejected for `source` with a new coded error (path defaults to the source)."""
    fields.setdefault("path", source)
    return Rejected(source, EventwireError(code, **fields), clip(raw))


def rejected(source: str, error: EventwireError, raw: bytes | None = None) -> Rejected:
    """A Rejected for an error raised while reading."""
    return Rejected(source, error, clip(raw))


def clip(raw: bytes | None) -> bytes | None:
    """The raw bytes kept aside, truncated to RAW_LIMIT."""
    return None if raw is None else bytes(raw[:RAW_LIMIT])


def oversize(source: str, data: bytes, rest: int, limit: int) -> Rejected | None:
    """EW105 when `data` (read with one byte to spare) plus `rest` unread bytes exceed the limit."""
    if len(data) <= limit:
        return None
    return reject(source, "EW105", data, size=len(data) + rest, limit=limit)
