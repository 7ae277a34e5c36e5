"""RSS and Atom feeds: each item or entry becomes an Article (source "path#N"), HTML stripped."""

from __future__ import annotations

import io
import json
from typing import BinaryIO, Iterator

import feedparser
from lxml import etree, html as lxml_html

from ..errors import EventwireError
from ..model import Article
from .charset import decode_markup
from .dates import parse_published
from .rejected import Rejected, rejected
from .stream import read_whole

FEED_FACTOR = 10
BLOCKS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "section", "article"}


def strip_html(fragment: str) -> str:
    """Plain text of an HTML fragment: tags dropped, block elements on their own lines."""
    if "<" not in fragment and "&" not in fragment:
        return fragment.strip()
    try:
        root = lxml_html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return fragment.strip()
    for node in list(root.iter("script", "style")):
        node.drop_tree()
    for node in root.iter(*BLOCKS):
        node.tail = "\n" + (node.tail or "")
        node.text = "\n" + (node.text or "")
    lines = (" ".join(line.split()) for line in root.text_content().splitlines())
    return "\n".join(line for line in lines if line)



def _entry_text(entry: dict) -> str:
    """The richest text an entry has: its content, else its summary, HTML stripped."""
    for block in entry.get("content") or []:
        text = strip_html(block.get("value") or "")
        if text:
            return text
    return strip_html(entry.get("summary") or "")


def _entry_date(entry: dict, where: str) -> object:
    """The entry's date as written (published, else updated), falling back on feedparser's parse."""
    for key in ("published", "updated", "created"):
        raw = entry.get(key)
        if not raw:
            continue
        try:
            return parse_published(raw, where)
        except EventwireError:
            parsed = entry.get(f"{key}_parsed")
            if parsed is None:
                raise
            return parse_published(parsed, where)
    return None


def _raw_entry(entry: dict) -> bytes:
    """The entry's fields as JSON bytes, kept aside with its rejection."""
    return json.dumps(entry, default=str, ensure_ascii=False).encode("utf-8")


def _entry_article(entry: dict, where: str, outlet: str, limit: int) -> Article:
    """An Article from one feed entry (EW111 no text, EW105 too large, EW106 bad date)."""
    text = _entry_text(entry)
    if not text:
        raise EventwireError("EW111", path=where)
    size = len(text.encode("utf-8"))
    if size > limit:
        raise EventwireError("EW105", path=where, size=size, limit=limit)
    return Article(
        text=text,
        published=_entry_date(entry, where),
        title=strip_html(entry.get("title") or ""),
        outlet=outlet,
        url=entry.get("link") or "",
        source=where,
    )


def parse_feed(data: bytes, source: str) -> feedparser.FeedParserDict:
    """A parsed feed from its bytes (wrapped in a stream, so feedparser never opens a URL or path)."""
    decode_markup(data, source, len(data))
    parsed = feedparser.parse(io.BytesIO(data), resolve_relative_uris=False, sanitize_html=True)
    if parsed.entries:
        return parsed
    if parsed.get("bozo"):
        raise EventwireError("EW110", path=source, reason=parsed.get("bozo_exception") or "malformed XML")
    if not parsed.get("version"):
        raise EventwireError("EW110", path=source, reason="it is not an RSS or Atom feed")
    return parsed


def read_feed(source: str, stream: BinaryIO, limit: int) -> Iterator[Article | Rejected]:
    """Articles from an RSS/Atom document; a bad entry yields one Rejected and the next is read."""
    cap = limit * FEED_FACTOR
    data = read_whole(source, stream, cap)
    if isinstance(data, Rejected):
        yield data
        return
    try:
        parsed = parse_feed(data, source)
    except EventwireError as exc:
        yield rejected(source, exc, data)
        return
    outlet = strip_html(parsed.feed.get("title") or "")
    for number, entry in enumerate(parsed.entries, 1):
        where = f"{source}#{number}"
        try:
            yield _entry_article(entry, where, outlet, limit)
        except EventwireError as exc:
            yield rejected(where, exc, _raw_entry(entry))
