"""Article fingerprints: an exact hash of the normalised text plus a MinHash signature of word 3-grams."""

from __future__ import annotations

import hashlib
import re
import struct
import unicodedata
import zlib
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from datasketch import MinHash

NUM_PERM = 128
"""MinHash permutations: 128 estimates Jaccard similarity to about ±0.04."""
SEED = 20221
"""Fixed seed: the same text gives the same signature in every process."""
SHINGLE = 3
"""Words per shingle."""
SCHEME = "affine32"
VERSION = 1
"""Version 1: CRC-32 of each shingle (4x faster than SHA-1, stable everywhere), affine32 permutations."""
HEADER = struct.Struct("<BH16s")
NON_WORD = re.compile(r"[\W_]+", re.UNICODE)


@dataclass(frozen=True, slots=True)
class Fingerprint:
    """What duplicate detection keeps per article: 16-byte exact hash and num_perm 32-bit minimums."""

    exact: bytes
    signature: bytes

    @property
    def num_perm(self) -> int:
        """How many permutations the signature has."""
        return len(self.signature) // 4

    def values(self) -> np.ndarray:
        """The signature as a uint32 array (a view, no copy)."""
        return np.frombuffer(self.signature, dtype="<u4")

    def to_bytes(self) -> bytes:
        """Serialised form for the store: version, num_perm, exact hash, signature."""
        return HEADER.pack(VERSION, self.num_perm, self.exact) + self.signature

    @classmethod
    def from_bytes(cls, data: bytes) -> "Fingerprint":
        """The fingerprint back from `to_bytes` output (ValueError when the bytes are not one)."""
        if len(data) < HEADER.size:
            raise ValueError(f"a fingerprint needs at least {HEADER.size} bytes, got {len(data)}")
        version, num_perm, exact = HEADER.unpack_from(data)
        signature = bytes(data[HEADER.size:])
        if version != VERSION or len(signature) != 4 * num_perm:
            raise ValueError(f"not a version-{VERSION} fingerprint of {num_perm} permutations")
        return cls(exact, signature)


def normalise(text: str) -> list[str]:
    """The words of a text: Unicode-normalised, case-folded, punctuation and whitespace collapsed."""
    return NON_WORD.sub(" ", unicodedata.normalize("NFKC", text).casefold()).split()


def shingles(words: list[str], size: int = SHINGLE) -> list[bytes]:
    """Word n-grams as bytes (a text shorter than n words is one shingle)."""
    if len(words) <= size:
        return [" ".join(words).encode("utf-8")] if words else []
    return [" ".join(words[i:i + size]).encode("utf-8") for i in range(len(words) - size + 1)]


@lru_cache(maxsize=4)
def _permutations(num_perm: int) -> tuple[np.ndarray, np.ndarray]:
    """The seeded permutation parameters, computed once per size."""
    return MinHash(num_perm=num_perm, seed=SEED, scheme=SCHEME).permutations


def fingerprint(text: str, *, num_perm: int = NUM_PERM) -> Fingerprint:
    """The fingerprint of an article text (title and boilerplate are the caller's choice)."""
    words = normalise(text)
    exact = hashlib.blake2b(" ".join(words).encode("utf-8"), digest_size=16).digest()
    sketch = MinHash(num_perm=num_perm, seed=SEED, hashfunc=zlib.crc32, permutations=_permutations(num_perm),
                     scheme=SCHEME)
    grams = shingles(words)
    if grams:
        sketch.update_batch(grams)
    return Fingerprint(exact, sketch.hashvalues.astype("<u4").tobytes())


def similarity(a: Fingerprint, b: Fingerprint) -> float:
    """Estimated Jaccard similarity of the two texts' shingle sets."""
    if a.num_perm != b.num_perm:
        raise ValueError("fingerprints with different numbers of permutations cannot be compared")
    return float(np.count_nonzero(a.values() == b.values())) / a.num_perm
