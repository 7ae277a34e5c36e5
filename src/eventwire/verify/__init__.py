"""Verification: flag passages of an article that its copies or independent reports do not back."""

from __future__ import annotations

from functools import lru_cache
from typing import Sequence

from .align import copy_flags
from .contradict import contradiction_flags
from .model import KINDS, Flag, VerifyDoc
from .tokens import tokens

COPY_SIMILARITY = 0.5
"""Articles at least this similar (MinHash Jaccard, or word 5-gram containment) are copies of one wire story."""
SHINGLE = 5

__all__ = ["COPY_SIMILARITY", "KINDS", "Flag", "VerifyDoc", "is_copy", "verify", "word_similarity"]


@lru_cache(maxsize=256)
def _shingles(text: str) -> frozenset[tuple[str, ...]]:
    words = [t.norm for t in tokens(text)[0]]
    return frozenset(tuple(words[i:i + SHINGLE]) for i in range(max(len(words) - SHINGLE + 1, 0)))


def word_similarity(a: str, b: str) -> float:
    """Share of the shorter text's word 5-grams found in the other (a trimmed or edited copy stays high)."""
    first, second = _shingles(a), _shingles(b)
    if not first or not second:
        return 0.0
    return len(first & second) / min(len(first), len(second))


def is_copy(article: VerifyDoc, other: VerifyDoc) -> bool:
    """Whether `other` is a near-copy of the article: declared, or similar enough."""
    if other.copy_of == article.id or article.copy_of == other.id or (article.copy_of and article.copy_of == other.copy_of):
        return True
    similarity = other.similarity if other.similarity is not None else word_similarity(article.text, other.text)
    return similarity >= COPY_SIMILARITY


def verify(article: VerifyDoc, others: Sequence[VerifyDoc]) -> list[Flag]:
    """Flags on the article: edits against its near-copies, contradictions with independent reports."""
    others = [o for o in others if o.id != article.id]
    copies = [o for o in others if is_copy(article, o)]
    independent = [o for o in others if o not in copies]
    flags = copy_flags(article, copies) + contradiction_flags(article, independent)
    return sorted(flags, key=lambda f: (f.start, f.end, f.kind))
