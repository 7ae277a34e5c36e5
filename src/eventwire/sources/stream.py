"""Opening inputs: bounded reads, gzip streams, and the errors a broken gzip raises."""

from __future__ import annotations

import gzip
import zlib
from typing import TYPE_CHECKING, BinaryIO

if TYPE_CHECKING:
    from .rejected import Rejected

GZIP_ERRORS = (EOFError, gzip.BadGzipFile, zlib.error)
CHUNK = 1 << 20


def read_bounded(stream: BinaryIO, limit: int) -> bytes:
    """At most limit + 1 bytes (one more than allowed tells that the input is too large)."""
    parts: list[bytes] = []
    left = limit + 1
    while left > 0:
        part = stream.read(min(CHUNK, left))
        if not part:
            break
        parts.append(part)
        left -= len(part)
    return b"".join(parts)


def count_rest(stream: BinaryIO) -> int:
    """How many bytes are left in a stream, read in chunks (never held whole)."""
    total = 0
    while part := stream.read(CHUNK):
        total += len(part)
    return total


def gzip_reason(exc: BaseException) -> str:
    """A short reason for a gzip failure."""
    if isinstance(exc, EOFError):
        return "it ends before the end-of-stream marker"
    return str(exc) or type(exc).__name__


def open_gzip(raw: BinaryIO) -> BinaryIO:
    """A decompressing stream over a raw file."""
    return gzip.GzipFile(fileobj=raw, mode="rb")  # type: ignore[return-value]


def gzip_head(data: bytes, size: int) -> bytes:
    """The first decompressed bytes of gzip data (a truncated tail is fine here; a bad header raises)."""
    return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(data, size)


def read_whole(source: str, stream: BinaryIO, limit: int) -> bytes | Rejected:
    """A whole input of at most `limit` bytes, or its Rejected (EW105, with its real size) when it is larger."""
    from .rejected import oversize

    data = read_bounded(stream, limit)
    too_big = oversize(source, data, count_rest(stream) if len(data) > limit else 0, limit)
    return too_big if too_big is not None else data
