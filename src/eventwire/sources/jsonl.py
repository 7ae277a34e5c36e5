"""JSONL input: one article per line (id, url, title, text, published, outlet)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Iterator

from ..errors import EventwireError
from ..model import Article
from .text import decode_text

FIELDS = ("id", "url", "title", "text", "published", "outlet")


def _article(record: object, source: str, line: int, limit: int) -> Article:
    from ..pipeline import parse_date

    if not isinstance(record, dict):
        raise EventwireError("EW107", path=source, line=line, reason="the line is not a JSON object")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise EventwireError("EW107", path=source, line=line, reason="no non-empty 'text' field")
    if len(text.encode("utf-8")) > limit:
        raise EventwireError("EW105", path=f"{source}:{line}", size=len(text.encode("utf-8")), limit=limit)
    published = parse_date(record.get("published") or None, f"{source}:{line}")
    return Article(
        text=text,
        published=published,
        id=str(record.get("id") or ""),
        title=str(record.get("title") or ""),
        outlet=str(record.get("outlet") or ""),
        url=str(record.get("url") or ""),
        source=f"{source}:{line}",
    )


def read_jsonl(path: str | Path, limit: int) -> Iterator[Article | EventwireError]:
    """Articles from a JSONL file, streaming; a bad line yields its error and reading goes on."""
    source = str(path)
    try:
        handle = open(path, "rb")
    except OSError as exc:
        yield EventwireError("EW101", path=source, reason=exc.strerror or exc)
        return
    with handle:
        for number, raw in enumerate(handle, 1):
            if not raw.strip():
                continue
            try:
                line = decode_text(raw, f"{source}:{number}", limit + 4096)
                yield _article(json.loads(line), source, number, limit)
            except json.JSONDecodeError as exc:
                yield EventwireError("EW107", path=source, line=number, reason=f"malformed JSON: {exc.msg}")
            except EventwireError as exc:
                yield exc
