"""Readers that turn files into Articles, with coded errors for bad input."""

from .text import decode_text, read_text
from .jsonl import read_jsonl

__all__ = ["decode_text", "read_jsonl", "read_text"]
