"""JSONL input: one article per line (id, url, title, text, published, outlet), streamed line by line."""

from __future__ import annotations

import json
from pathlib import Path
from typing import BinaryIO, Iterator

from ..errors import EventwireError
from ..model import Article
from .dates import parse_published
from .rejected import Rejected, reject, rejected
from .text import decode_text

FIELDS = ("id", "url", "title", "text", "published", "outlet")
SLACK = 4096
CHUNK = 1 << 20


def _article(record: object, source: str, line: int, limit: int) -> Article:
    """An Article from one decoded JSON record (EW107, EW105, EW106)."""
    if not isinstance(record, dict):
        raise EventwireError("EW107", path=source, line=line, reason="the line is not a JSON object")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise EventwireError("EW107", path=source, line=line, reason="no non-empty 'text' field")
    size = len(text.encode("utf-8"))
    if size > limit:
        raise EventwireError("EW105", path=f"{source}:{line}", size=size, limit=limit)
    return Article(
        text=text,
        published=parse_published(record.get("published"), f"{source}:{line}"),
        id=str(record.get("id") or ""),
        title=str(record.get("title") or ""),
        outlet=str(record.get("outlet") or ""),
        url=str(record.get("url") or ""),
        source=f"{source}:{line}",
    )


def _lines(stream: BinaryIO, cap: int) -> Iterator[tuple[int, bytes, int]]:
    """(number, first cap+1 bytes, full length) per line; an overlong line is never held whole."""
    number = 0
    while True:
        head = stream.readline(cap + 1)
        if not head:
            return
        number += 1
        size = len(head)
        tail = head
        while not tail.endswith(b"\n") and size > cap:
            tail = stream.readline(CHUNK)
            if not tail:
                break
            size += len(tail)
        yield number, head, size


def _parse_line(raw: bytes, source: str, number: int, limit: int) -> Article:
    """An Article from one raw line (EW102-105, EW107)."""
    line = decode_text(raw, f"{source}:{number}", limit + SLACK)
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise EventwireError("EW107", path=source, line=number, reason=f"malformed JSON: {exc.msg}") from None
    return _article(record, source, number, limit)


def stream_jsonl(source: str, stream: BinaryIO, limit: int) -> Iterator[Article | Rejected]:
    """Articles from a JSONL stream; a bad line yields one Rejected (source "path:LINE") and reading goes on."""
    for number, raw, size in _lines(stream, limit + SLACK):
        where = f"{source}:{number}"
        if not raw.strip():
            continue
        if size > limit + SLACK:
            yield reject(where, "EW105", raw, size=size, limit=limit)
            continue
        try:
            yield _parse_line(raw, source, number, limit)
        except EventwireError as exc:
            yield rejected(where, exc, raw)


def read_jsonl(path: str | Path, limit: int) -> Iterator[Article | EventwireError]:
    """Articles from a JSONL file, streaming; a bad line yields its error and reading goes on."""
    source = str(path)
    try:
        handle = open(path, "rb")
    except OSError as exc:
        yield EventwireError("EW101", path=source, reason=exc.strerror or exc)
        return
    with handle:
        for item in stream_jsonl(source, handle, limit):
            yield item.error if isinstance(item, Rejected) else item
