"""Plain-text files: one article per file, strict UTF-8."""

from __future__ import annotations

from typing import BinaryIO, Iterator

from ..errors import EventwireError
from ..model import Article
from .rejected import Rejected, rejected
from .stream import read_whole
from .text import decode_text

KNOWN = (".gz", ".txt", ".text")


def title_of(source: str) -> str:
    """A title from a file name: the name without folder and known extensions."""
    name = source.replace("\\", "/").rsplit("/", 1)[-1]
    for ext in KNOWN:
        if name.lower().endswith(ext):
            name = name[: -len(ext)]
    return name


def read_plain(source: str, stream: BinaryIO, limit: int) -> Iterator[Article | Rejected]:
    """One Article from a text file, or one Rejected (EW102-105)."""
    data = read_whole(source, stream, limit)
    if isinstance(data, Rejected):
        yield data
        return
    try:
        yield Article(text=decode_text(data, source, limit), source=source, title=title_of(source))
    except EventwireError as exc:
        yield rejected(source, exc, data)
