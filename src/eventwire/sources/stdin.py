"""Standard input ("-") as an input like a file: its format sniffed from its first bytes, read as it arrives."""

from __future__ import annotations

import io
import sys
from typing import BinaryIO

STDIN = "<stdin>"
"""The source name articles and errors from standard input carry."""
KEEP = 1 << 16
"""How much of the start of a one-way stream is kept so that it can be read again after sniffing its format."""


class Rewindable(io.RawIOBase):
    """A one-way stream (a pipe) that can go back to its start while only its first `KEEP` bytes have been read:
    enough to sniff the format, then hand the whole stream to a reader. Reads return what has arrived, so a
    reader of lines gets each line as soon as it is complete."""

    def __init__(self, raw: BinaryIO) -> None:
        self.raw = raw
        self.kept: bytearray | None = bytearray()
        self.pos = 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return self.kept is not None

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        if offset != 0 or whence != io.SEEK_SET or self.kept is None:
            raise io.UnsupportedOperation("standard input can only go back to its start, and only at first")
        self.pos = 0
        return 0

    def tell(self) -> int:
        return self.pos

    def readinto(self, buffer) -> int:  # type: ignore[override]
        if self.kept is not None and self.pos < len(self.kept):
            n = min(len(buffer), len(self.kept) - self.pos)
            buffer[:n] = self.kept[self.pos:self.pos + n]
        else:
            read1 = getattr(self.raw, "read1", self.raw.read)
            data = read1(len(buffer))
            n = len(data)
            buffer[:n] = data
            self._keep(data)
        self.pos += n
        return n

    def _keep(self, data: bytes) -> None:
        if self.kept is not None:
            self.kept = self.kept + data if len(self.kept) + len(data) <= KEEP else None


def open_stdin() -> BinaryIO:
    """Standard input as a buffered binary stream that can be rewound once its format is known."""
    return io.BufferedReader(Rewindable(sys.stdin.buffer))  # type: ignore[return-value]
