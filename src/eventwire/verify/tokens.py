"""Comparable word tokens of an article: offsets kept, boilerplate and datelines left out, spelling unified."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from ..data import data_path, read_tsv

WORD = re.compile(r"\w+(?:['\u2019.,-]\w+)*")
SENTENCE = re.compile(r"[^\n]+?(?:[.!?]+[\"'\u201d\u2019)]*(?=\s|$)|$)", re.M)
DATELINE = re.compile(r"\s*[A-Z][A-Za-z0-9 .,'-]{1,40}?(?:\s*\([^)]{1,40}\))?\s*[-\u2013\u2014:]+\s+(?=[A-Z\"\u201c])")
IZE = re.compile(r"(\w{3,})is(e|ed|es|er|ers|ing|ation|ations)$")


class Token(NamedTuple):
    """A word of the article: normalised form, offsets, and the index of its sentence (a named tuple: articles have
    thousands of words, and tuples are the cheapest immutable records to make)."""

    norm: str
    start: int
    end: int
    sentence: int


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of the article with its offsets (boilerplate lines are not kept)."""

    start: int
    end: int
    text: str


@lru_cache(maxsize=1)
def _spelling() -> dict[str, str]:
    return {row["british"]: row["american"] for row in read_tsv(data_path("verify", "spelling.tsv"))}


@lru_cache(maxsize=1)
def _boilerplate() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(row["pattern"], re.I) for row in read_tsv(data_path("verify", "boilerplate.tsv")))


@lru_cache(maxsize=1 << 16)
def normalise(word: str) -> str:
    """One spelling for a word: lower case, straight apostrophes, no thousands commas, American spelling (cached:
    news repeats its words)."""
    word = word.lower().replace("\u2019", "'")
    if word[0].isdigit():
        word = word.replace(",", "")
    word = _spelling().get(word, word)
    return IZE.sub(lambda m: f"{m.group(1)}iz{m.group(2)}", word)


def is_boilerplate(sentence: str) -> bool:
    """Whether a sentence is a credit, byline, caption or similar line that reprints change freely."""
    text = sentence.strip()
    return any(p.match(text) for p in _boilerplate())


def sentences(text: str) -> list[Sentence]:
    """The article's sentences with offsets, boilerplate dropped and a leading dateline cut off."""
    out: list[Sentence] = []
    for match in SENTENCE.finditer(text):
        start, end = match.start(), match.end()
        while start < end and text[start].isspace():
            start += 1
        if start >= end or is_boilerplate(text[start:end]):
            continue
        line_start = start == 0 or text[start - 1] == "\n"
        dateline = DATELINE.match(text, start, end) if line_start else None
        if dateline:
            start = dateline.end()
        out.append(Sentence(start, end, text[start:end]))
    return out


@lru_cache(maxsize=256)
def tokens(text: str) -> tuple[tuple[Token, ...], tuple[Sentence, ...]]:
    """Normalised word tokens (with offsets and sentence index) and the sentences they come from.

    Cached: verifying a story compares each article with up to a dozen peers, so each text is read once.
    """
    sents = sentences(text)
    out = tuple(Token(normalise(m.group()), s.start + m.start(), s.start + m.end(), i)
                for i, s in enumerate(sents) for m in WORD.finditer(s.text))
    return out, tuple(sents)
