"""`iter_articles`: walk files and folders, pick a reader per file, stream Articles and Rejected records."""

from __future__ import annotations

import os
from pathlib import Path
from typing import BinaryIO, Callable, Iterator, Sequence

from ..model import Article
from .detect import GZIP_MAGIC, decide, sniff, split_name, suffix
from .feeds import read_feed
from .html import read_html
from .jsonl import stream_jsonl
from .plain import read_plain
from .rejected import Rejected, reject
from .stdin import STDIN, open_stdin
from .stream import GZIP_ERRORS, gzip_head, gzip_reason, open_gzip
from .warc import read_warc

Reader = Callable[[str, BinaryIO, int], Iterator[Article | Rejected]]
READERS: dict[str, Reader] = {"text": read_plain, "html": read_html, "jsonl": stream_jsonl, "feed": read_feed}
HEAD = 4096


def iter_files(paths: Sequence[Path]) -> Iterator[Path]:
    """Files under the given paths, in sorted order; hidden files and folders and README.md are skipped."""
    for path in paths:
        path = Path(path)
        if path.is_dir():
            yield from _walk(path, set())
        else:
            yield path


def _walk(folder: Path, seen: set[str]) -> Iterator[Path]:
    """Files under a folder, depth first in name order, without following a folder twice."""
    real = os.path.realpath(folder)
    if real in seen:
        return
    seen.add(real)
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError:
        yield folder
        return
    for entry in entries:
        if entry.name.startswith(".") or entry.name.lower() == "readme.md":
            continue
        if entry.is_dir():
            yield from _walk(Path(entry.path), seen)
        else:
            yield Path(entry.path)


def iter_articles(paths: Sequence[Path], *, limit: int) -> Iterator[Article | Rejected]:
    """Every article in the given files and folders, in a stable order; each bad input yields one Rejected."""
    for file in iter_files(paths):
        yield from read_file(file, limit=limit)


def read_file(path: Path, *, limit: int) -> Iterator[Article | Rejected]:
    """Articles (or Rejected records) from one file of any supported format, gzipped or not."""
    source = str(path)
    if source == "-":
        yield from _read_open(STDIN, open_stdin(), limit)
        return
    try:
        raw = open(path, "rb")
    except IsADirectoryError:
        yield reject(source, "EW101", None, reason="it is a folder that cannot be listed")
        return
    except OSError as exc:
        yield reject(source, "EW101", None, reason=exc.strerror or exc)
        return
    with raw:
        yield from _read_open(source, raw, limit)


def _read_open(source: str, raw: BinaryIO, limit: int) -> Iterator[Article | Rejected]:
    """Route an open file: WARC (warcio reads gzip itself), gzip, or a plain reader."""
    try:
        head = _head(raw)
        raw.seek(0)
    except OSError as exc:
        yield reject(source, "EW101", None, reason=exc.strerror or exc)
        return
    name, gz_name = split_name(Path(source).name)
    gzipped = gz_name or head.startswith(GZIP_MAGIC)
    if not head.strip():
        yield reject(source, "EW102", head)
    elif suffix(name) == ".warc" or (not gzipped and sniff(head) == "warc"):
        yield from read_warc(source, raw, limit, gzipped)
    elif gzipped:
        yield from _read_gzip(source, name, raw, limit)
    else:
        yield from _dispatch(source, name, head, raw, limit)


def _head(raw: BinaryIO) -> bytes:
    """The first bytes, to sniff the format: what has arrived (at most HEAD), so a live pipe is not waited on."""
    read1 = getattr(raw, "read1", None)
    return read1(HEAD) if read1 is not None else raw.read(HEAD)


def _read_gzip(source: str, name: str, raw: BinaryIO, limit: int) -> Iterator[Article | Rejected]:
    """Read a gzipped file; corruption yields EW108 after the records read before it."""
    try:
        head = gzip_head(raw.read(HEAD * 4), HEAD)
    except GZIP_ERRORS as exc:
        raw.seek(0)
        yield reject(source, "EW108", raw.read(HEAD), reason=gzip_reason(exc))
        return
    raw.seek(0)
    if sniff(head) == "warc":
        raw.seek(0)
        yield from read_warc(source, raw, limit, True)
        return
    try:
        yield from _dispatch(source, name, head, open_gzip(raw), limit)
    except GZIP_ERRORS as exc:
        yield reject(source, "EW108", None, reason=gzip_reason(exc))


def _dispatch(source: str, name: str, head: bytes, stream: BinaryIO, limit: int) -> Iterator[Article | Rejected]:
    """The reader for a file's format, or EW114 when none fits."""
    kind = decide(name, head)
    if kind is None or kind == "warc":
        label = suffix(name) or "no extension"
        yield reject(source, "EW114", head, kind=label)
        return
    yield from READERS[kind](source, stream, limit)
