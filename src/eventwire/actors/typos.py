"""Misspelt country names and demonyms ("Afganistan", "Quatar", "Isreal"): one inner letter missing, extra or swapped.

Only single capitalised words of six letters or more that no dictionary entry covers are tried, and only
against country names and demonyms of five letters or more. The first and last letters must be right, and
a letter is never replaced by another, nor one of a doubled pair dropped: those edits make real words and
names ("Frances", "Dominic", "Marian", "Omani"/"Romani", "Cameron") rather than typos.
"""

from __future__ import annotations

from collections.abc import Iterable

MIN_WORD = 6
MIN_SURFACE = 5
KINDS = {"country", "demonym"}


def _inner_deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1:] for i in range(1, len(word) - 1)}


def is_typo(word: str, surface: str) -> bool:
    """`word` is `surface` with one inner letter dropped, added, or two adjacent inner letters swapped."""
    if word == surface or word[0] != surface[0] or word[-1] != surface[-1]:
        return False
    if len(word) == len(surface) + 1:
        return surface in _inner_deletions(word)
    if len(surface) == len(word) + 1:  # a letter dropped, but not one of a pair ("Cameron" is a name, not "Cameroon")
        return any(surface[:i] + surface[i + 1:] == word and surface[i] not in (surface[i - 1], surface[i + 1])
                   for i in range(1, len(surface) - 1))
    if len(word) != len(surface):
        return False
    diffs = [i for i, (a, b) in enumerate(zip(word, surface)) if a != b]
    return len(diffs) == 2 and diffs[1] == diffs[0] + 1 and word[diffs[0]] == surface[diffs[1]] and word[diffs[1]] == surface[diffs[0]]


class TypoIndex:
    """Country names and demonyms by their inner one-letter deletions, for matching misspelt words."""

    def __init__(self, surfaces: Iterable[tuple[str, str]]) -> None:
        """`surfaces`: (surface, code) pairs; surfaces of several codes are left out."""
        codes: dict[str, set[str]] = {}
        for surface, code in surfaces:
            if " " not in surface and surface.isalpha() and len(surface) >= MIN_SURFACE:
                codes.setdefault(surface, set()).add(code)
        self._keys: dict[str, set[str]] = {}
        for surface, found in codes.items():
            if len(found) == 1:
                low = surface.lower()
                for key in {low} | _inner_deletions(low):
                    self._keys.setdefault(key, set()).add(surface)

    def match(self, word: str) -> str | None:
        """The one surface a capitalised word is a misspelling of, if exactly one fits."""
        if len(word) < MIN_WORD or not word.isalpha() or not word.istitle():
            return None
        low = word.lower()
        candidates = {s for key in {low} | _inner_deletions(low) for s in self._keys.get(key, ())}
        hits = [s for s in candidates if is_typo(low, s.lower())]
        return hits[0] if len(hits) == 1 else None
