"""A duplicate index: exact-hash lookup plus MinHash LSH banding, rebuilt fast from persisted fingerprints."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

import numpy as np
from datasketch import MinHashLSH

from .fingerprint import NUM_PERM, SEED, Fingerprint

THRESHOLD = 0.8
"""Estimated Jaccard similarity (word 3-grams) from which two texts count as near-duplicates."""
WEIGHTS = (0.1, 0.9)
"""LSH band layout favours recall: candidates are verified against their signatures anyway."""
CHUNK = 4096


@dataclass(frozen=True, slots=True)
class Match:
    """The earlier article a text duplicates."""

    original_id: str
    kind: str  # "exact" or "near"
    similarity: float


def band_layout(threshold: float, num_perm: int) -> tuple[int, int]:
    """(bands, rows per band) for a threshold, from datasketch's LSH parameter optimiser."""
    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm, weights=WEIGHTS)
    return lsh.b, lsh.r


class DuplicateIndex:
    """Articles seen so far, by exact hash and by LSH band keys; memory is about 1.7 KB per article (128 permutations)."""

    def __init__(self, *, threshold: float = THRESHOLD, num_perm: int = NUM_PERM) -> None:

        """An empty index; bands and rows follow from the threshold."""
        self.threshold = threshold
        self.num_perm = num_perm
        self.bands, self.rows = band_layout(threshold, num_perm)
        rng = np.random.RandomState(SEED)
        self._mult = rng.randint(1, 2**62, size=(self.bands, self.rows), dtype=np.int64).astype(np.uint64) * 2 + 1
        self._ids: list[str] = []
        self._sigs = np.zeros((0, num_perm), dtype=np.uint32)
        self._exact: dict[bytes, int] = {}
        self._buckets: dict[int, int | list[int]] = {}

    def __len__(self) -> int:

        """How many articles the index holds."""
        return len(self._ids)

    def _keys(self, sigs: np.ndarray) -> np.ndarray:
        """Band keys, one row per signature: a multiply-add hash of each band's rows (mod 2**64)."""
        cut = sigs[:, : self.bands * self.rows].astype(np.uint64).reshape(len(sigs), self.bands, self.rows)
        with np.errstate(over="ignore"):
            return (cut * self._mult).sum(axis=2, dtype=np.uint64)

    def _grow(self, extra: int) -> None:

        """Make room for more signatures (capacity doubles)."""
        need = len(self._ids) + extra
        if need > len(self._sigs):
            bigger = np.zeros((max(need, 2 * len(self._sigs), 64), self.num_perm), dtype=np.uint32)
            bigger[: len(self._ids)] = self._sigs[: len(self._ids)]
            self._sigs = bigger

    def _insert(self, article_id: str, fp: Fingerprint, keys: list[int]) -> None:

        """Store one article under its exact hash and band keys."""
        index = len(self._ids)
        self._ids.append(article_id)
        self._sigs[index] = fp.values()
        self._exact.setdefault(fp.exact, index)
        for key in keys:
            held = self._buckets.setdefault(key, index)
            if held is not index:
                if isinstance(held, list):
                    held.append(index)
                else:
                    self._buckets[key] = [held, index]

    def add(self, article_id: str, fp: Fingerprint) -> None:
        """Remember an article's fingerprint."""
        self._check(fp)
        self._grow(1)
        self._insert(article_id, fp, self._keys(fp.values()[None, :])[0].tolist())

    def add_many(self, pairs: Iterable[tuple[str, Fingerprint]]) -> None:
        """Remember many fingerprints, hashing their bands in vectorised chunks."""
        chunk: list[tuple[str, Fingerprint]] = []
        for pair in pairs:
            chunk.append(pair)
            if len(chunk) >= CHUNK:
                self._add_chunk(chunk)
                chunk = []
        if chunk:
            self._add_chunk(chunk)

    def _add_chunk(self, chunk: list[tuple[str, Fingerprint]]) -> None:

        """Insert a chunk of fingerprints with one vectorised band-key computation."""
        for _, fp in chunk:
            self._check(fp)
        self._grow(len(chunk))
        keys = self._keys(np.stack([fp.values() for _, fp in chunk])).tolist()
        for (article_id, fp), row in zip(chunk, keys):
            self._insert(article_id, fp, row)

    @classmethod
    def from_pairs(cls, pairs: Iterable[tuple[str, bytes]], *, threshold: float = THRESHOLD,
                   num_perm: int = NUM_PERM) -> "DuplicateIndex":
        """Rebuild an index from persisted (article id, Fingerprint.to_bytes()) pairs, in their order."""
        index = cls(threshold=threshold, num_perm=num_perm)
        index.add_many((article_id, Fingerprint.from_bytes(data)) for article_id, data in pairs)
        index._sigs = index._sigs[: len(index)].copy()
        return index

    def match(self, fp: Fingerprint) -> Match | None:
        """The earliest exact copy, else the most similar near-duplicate at or above the threshold, else None."""
        self._check(fp)
        exact = self._exact.get(fp.exact)
        if exact is not None:
            return Match(self._ids[exact], "exact", 1.0)
        candidates = self._candidates(self._keys(fp.values()[None, :])[0].tolist())
        if not candidates:
            return None
        sims = (self._sigs[candidates] == fp.values()).mean(axis=1)
        best = int(np.argmax(sims))  # candidates are sorted, so ties go to the earliest article
        if sims[best] < self.threshold:
            return None
        return Match(self._ids[candidates[best]], "near", round(float(sims[best]), 4))

    def _candidates(self, keys: list[int]) -> list[int]:

        """Article positions sharing at least one band key, sorted."""
        found: set[int] = set()
        for key in keys:
            held = self._buckets.get(key)
            if isinstance(held, list):
                found.update(held)
            elif held is not None:
                found.add(held)
        return sorted(found)

    def _check(self, fp: Fingerprint) -> None:

        """Refuse a fingerprint of another permutation count."""
        if fp.num_perm != self.num_perm:
            raise ValueError(f"fingerprint has {fp.num_perm} permutations, the index uses {self.num_perm}")
