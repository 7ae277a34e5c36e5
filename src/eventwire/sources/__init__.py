"""Readers that turn files into Articles, with coded errors for bad input."""

from .jsonl import read_jsonl, stream_jsonl
from .rejected import Rejected
from .text import decode_text, read_text
from .walk import iter_articles, iter_files, read_file

__all__ = ["Rejected", "decode_text", "iter_articles", "iter_files", "read_file", "read_jsonl", "read_text",
           "stream_jsonl"]
