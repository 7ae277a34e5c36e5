"""Decoding markup: honour a declared charset (HTTP header, meta tag, XML declaration), else require UTF-8."""

from __future__ import annotations

import codecs
import re

from ..errors import EventwireError
from .text import decode_text

META = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
XML_DECL = re.compile(rb"""^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9_.:-]+)["']""")
CT_CHARSET = re.compile(r"""charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


def declared_charset(data: bytes, header: str | None = None) -> str | None:
    """The charset a Content-Type header, an XML declaration or a meta tag declares, if any."""
    if header:
        found = CT_CHARSET.search(header)
        if found:
            return found[1]
    head = data[:4096]
    found = XML_DECL.match(head) or META.search(head)
    return found[1].decode("ascii") if found else None


def decode_markup(data: bytes, source: str, limit: int, header: str | None = None) -> str:
    """HTML or XML bytes to text: the declared charset when there is one, else strict UTF-8 (EW102-105, EW115)."""
    if data.startswith(UTF16_BOMS):
        return _decode_as(data, "utf-16", source, limit)
    charset = declared_charset(data, header)
    if charset is None or _is_utf8(charset):
        return decode_text(data, source, limit)
    return _decode_as(data, charset, source, limit)


def _is_utf8(charset: str) -> bool:
    """Whether a charset name means UTF-8."""
    try:
        return codecs.lookup(charset).name == "utf-8"
    except LookupError:
        return False


def _decode_as(data: bytes, charset: str, source: str, limit: int) -> str:
    """Decode with a declared charset (EW115 unknown, EW104 does not decode)."""
    if len(data) > limit:
        raise EventwireError("EW105", path=source, size=len(data), limit=limit)
    try:
        codec = codecs.lookup(charset)
    except LookupError:
        raise EventwireError("EW115", path=source, charset=charset) from None
    if not data.strip():
        raise EventwireError("EW102", path=source)
    if b"\x00" in data[:4096] and "16" not in codec.name and "32" not in codec.name:
        raise EventwireError("EW103", path=source)
    try:
        return data.decode(codec.name).lstrip("\ufeff")
    except UnicodeDecodeError as exc:
        raise EventwireError("EW104", path=source, offset=exc.start) from None
