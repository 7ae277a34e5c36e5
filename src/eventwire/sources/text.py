"""Plain-text input: size limit, binary detection and strict UTF-8 decoding."""

from __future__ import annotations

import sys
from pathlib import Path

from ..errors import EventwireError

CONTROL = bytes(sorted(set(range(0, 9)) | {11, 12} | set(range(14, 32))))
"""Control bytes other than tab, newline and carriage return: text with more than a few is binary."""


def decode_text(data: bytes, source: str, limit: int) -> str:
    """Bytes to text, or a coded error: EW105 too large, EW102 empty, EW103 binary, EW104 not UTF-8."""
    if len(data) > limit:
        raise EventwireError("EW105", path=source, size=len(data), limit=limit)
    if not data.strip():
        raise EventwireError("EW102", path=source)
    sample = data[:4096]
    if b"\x00" in sample or len(sample) - len(sample.translate(None, CONTROL)) > len(sample) * 0.05:
        raise EventwireError("EW103", path=source)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise EventwireError("EW104", path=source, offset=exc.start) from None
    return text.lstrip("\ufeff")


def read_text(path: str | Path, limit: int) -> str:
    """A text file (or standard input for "-"), checked and decoded."""
    source = str(path)
    if source == "-":
        data = sys.stdin.buffer.read(limit + 1)
        return decode_text(data, "<stdin>", limit)
    file = Path(path)
    try:
        size = file.stat().st_size
        if size > limit:
            raise EventwireError("EW105", path=source, size=size, limit=limit)
        data = file.read_bytes()
    except IsADirectoryError:
        raise EventwireError("EW101", path=source, reason="it is a directory") from None
    except OSError as exc:
        raise EventwireError("EW101", path=source, reason=exc.strerror or exc) from None
    return decode_text(data, source, limit)
