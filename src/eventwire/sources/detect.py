"""Which reader a file needs: by extension, and by sniffing the first bytes when that is ambiguous."""

from __future__ import annotations

import re

GZIP_MAGIC = b"\x1f\x8b"
BY_SUFFIX = {
    ".txt": "text", ".text": "text", "": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".xml": "feed", ".rss": "feed", ".atom": "feed",
    ".warc": "warc",
}
SNIFFED = {"", ".xml"}
FEED_TAG = re.compile(rb"<(?:[\w-]+:)?(?:rss|feed|rdf)[\s>/]", re.IGNORECASE)
HTML_TAG = re.compile(rb"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]", re.IGNORECASE)
BOMS = (b"\xef\xbb\xbf",)


def split_name(name: str) -> tuple[str, bool]:
    """The name without a final ".gz", and whether it had one."""
    lower = name.lower()
    if lower.endswith(".gz"):
        return lower[:-3], True
    return lower, False


def suffix(name: str) -> str:
    """The last extension of a (lower-cased) name, "" for none or a dot-file."""
    stem = name.rsplit("/", 1)[-1]
    dot = stem.rfind(".")
    return stem[dot:] if dot > 0 else ""


def sniff(head: bytes) -> str | None:
    """The format the first bytes announce: warc, feed, html or jsonl; None when nothing is recognised."""
    for bom in BOMS:
        if head.startswith(bom):
            head = head[len(bom):]
    start = head.lstrip()[:1024]
    if start.startswith(b"WARC/"):
        return "warc"
    if start.startswith(b"<"):
        html, feed = HTML_TAG.search(start), FEED_TAG.search(start)
        if html and (not feed or html.start() < feed.start()):
            return "html"
        return "feed" if feed else None
    if start.startswith(b"{"):
        return "jsonl"
    return None


def decide(name: str, head: bytes) -> str | None:
    """The reader for a file (name without ".gz", lower-case) whose content starts with `head`."""
    ext = suffix(name)
    known = BY_SUFFIX.get(ext)
    if known is None or ext in SNIFFED:
        found = sniff(head)
        if found is not None and not (ext == ".xml" and found == "jsonl"):
            return found
        if ext == ".xml":
            return None
    return known
