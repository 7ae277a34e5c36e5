"""WARC archives: HTML response records become Articles (source "path#N"); other record types are skipped."""

from __future__ import annotations

from typing import BinaryIO, Iterator

from warcio.archiveiterator import ArchiveIterator
from warcio.recordloader import ArcWarcRecord

from ..errors import EventwireError
from ..model import Article
from .dates import parse_published
from .detect import sniff
from .html import page_article
from .rejected import Rejected, oversize, reject, rejected
from .stream import count_rest, gzip_reason, read_bounded

HTML_TYPES = ("text/html", "application/xhtml+xml")
CONTENT_TYPES = ("response", "resource")


class _Iterator(ArchiveIterator):
    """warcio's iterator, noting whether the last gzip member ended before its end-of-stream marker."""

    truncated = False

    def close(self) -> None:

        """Note truncation, then close as warcio does."""
        decompressor = getattr(self.reader, "decompressor", None)
        if decompressor is not None and getattr(decompressor, "eof", True) is False:
            self.truncated = True
        super().close()


def _content_type(record: ArcWarcRecord) -> str:
    """The payload's media type header: the HTTP one for responses, the WARC one for resources."""
    if record.rec_type == "response" and record.http_headers is not None:
        return record.http_headers.get_header("Content-Type") or ""
    return record.rec_headers.get_header("Content-Type") or ""


def _status(record: ArcWarcRecord) -> int:
    """The HTTP status code of a response record (200 for resources)."""
    if record.rec_type != "response" or record.http_headers is None:
        return 200
    code = (record.http_headers.get_statuscode() or "0").strip()
    return int(code) if code.isdigit() else 0


def _warc_date(record: ArcWarcRecord, where: str) -> object:
    """The capture date of a record (WARC-Date), or None."""
    try:
        return parse_published(record.rec_headers.get_header("WARC-Date"), where)
    except EventwireError:
        return None


def _record(record: ArcWarcRecord, where: str, limit: int) -> Article | Rejected | None:
    """An Article, a Rejected, or None for a record that is normal to skip (request, metadata, redirect...)."""
    if record.rec_type is None:
        return reject(where, "EW113", None, reason="a record has no WARC-Type")
    if record.rec_type not in CONTENT_TYPES:
        return None
    status = _status(record)
    if 100 <= status < 200 or 300 <= status < 400 or status == 204:
        return None
    body = record.content_stream()
    data = read_bounded(body, limit)
    if status >= 400 or status < 100:
        return reject(where, "EW112", data, reason=f"HTTP status {status}")
    kind = _content_type(record)
    media = kind.split(";")[0].strip().lower()
    if media not in HTML_TYPES and not (not media and sniff(data) == "html"):
        return reject(where, "EW112", data, reason=f"content type {media or 'unknown'}")
    too_big = oversize(where, data, count_rest(body) if len(data) > limit else 0, limit)
    if too_big is not None:
        return too_big
    url = record.rec_headers.get_header("WARC-Target-URI") or ""
    try:
        return page_article(data, where, limit, url=url, header=kind, fallback_date=_warc_date(record, where))
    except EventwireError as exc:
        return rejected(where, exc, data)


def read_warc(source: str, stream: BinaryIO, limit: int, gzipped: bool = False) -> Iterator[Article | Rejected]:
    """Articles from a WARC (plain or gzipped), streaming record by record; a corrupt archive stops with one Rejected.

    Each item is held until the next record is read, so a record cut short by truncation is not yielded.
    """
    number, pending = 0, None
    records = _Iterator(stream)
    try:
        for number, record in enumerate(records, 1):
            if pending is not None:
                yield pending
            pending = _record(record, f"{source}#{number}", limit)
    except Exception as exc:  # warcio raises assorted types (ArchiveLoadFailed, EOFError, AttributeError) on bad data
        if pending is not None:
            yield pending
        yield _broken(f"{source}#{number + 1}", exc, gzipped)
        return
    if records.truncated:
        yield reject(f"{source}#{number}", "EW108", None, reason=gzip_reason(EOFError()))
    elif pending is not None:
        yield pending


def _broken(where: str, exc: Exception, gzipped: bool) -> Rejected:
    """The Rejected for an archive that cannot be read further."""
    if gzipped:
        return reject(where, "EW108", None, reason=gzip_reason(exc))
    return reject(where, "EW113", None, reason=str(exc).strip() or type(exc).__name__)
