"""Duplicate detection: exact copies (normalised-text hash) and near-duplicates (MinHash LSH on word 3-grams)."""

from .fingerprint import Fingerprint, fingerprint, normalise, shingles, similarity
from .index import DuplicateIndex, Match

__all__ = ["DuplicateIndex", "Fingerprint", "Match", "fingerprint", "normalise", "shingles", "similarity"]
