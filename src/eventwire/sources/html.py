"""HTML pages: main text and metadata (title, date, URL, site name) via trafilatura, strictly offline."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date
from typing import BinaryIO, Iterator

import trafilatura
from lxml.html import HtmlElement
from trafilatura.settings import set_date_params
from trafilatura.utils import load_html

from ..errors import EventwireError
from ..model import Article
from .charset import decode_markup
from .dates import parse_published
from .rejected import Rejected, rejected
from .stream import read_whole

logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
logging.getLogger("htmldate").setLevel(logging.CRITICAL)
MIN_WORDS = 5
"""Fewer words than this is navigation or a stub, not an article (EW109)."""


@dataclass(frozen=True, slots=True)
class Page:
    """What trafilatura finds in a page."""

    text: str
    title: str
    published: date | None
    url: str
    site: str


def parse_tree(text: str) -> HtmlElement | None:
    """An lxml tree from decoded HTML (never a URL: trafilatura gets a tree, so nothing is fetched)."""
    tree = load_html(text)
    if tree is None:
        tree = load_html(f"<div>{text}</div>")
    return tree


def extract_page(text: str, source: str, url: str = "") -> Page:
    """Main text and metadata of a decoded page; EW109 when there is no main text.

    Dates come from the page's markup only (no guessing from copyright lines or text).
    """
    tree = parse_tree(text)
    doc = None
    if tree is not None:
        doc = trafilatura.bare_extraction(tree, url=url or None, with_metadata=True, include_comments=False,
                                          date_extraction_params=set_date_params(False))
    body = (getattr(doc, "text", None) or "").strip()
    if doc is None or len(body.split()) < MIN_WORDS:
        raise EventwireError("EW109", path=source)
    try:
        published = parse_published(doc.date, source)
    except EventwireError:
        published = None
    return Page(body, doc.title or "", published, doc.url or url, doc.sitename or "")


def page_article(data: bytes, source: str, limit: int, *, url: str = "", header: str | None = None,
                 fallback_date: date | None = None) -> Article:
    """An Article from the bytes of an HTML page (EW102-105, EW109, EW115 when it cannot be one)."""
    page = extract_page(decode_markup(data, source, limit, header), source, url)
    return Article(
        text=page.text,
        published=page.published or fallback_date,
        title=page.title,
        outlet=page.site,
        url=url or page.url,
        source=source,
    )


def read_html(source: str, stream: BinaryIO, limit: int) -> Iterator[Article | Rejected]:
    """One Article from an HTML file, or one Rejected."""
    data = read_whole(source, stream, limit)
    if isinstance(data, Rejected):
        yield data
        return
    try:
        yield page_article(data, source, limit)
    except EventwireError as exc:
        yield rejected(source, exc, data)
