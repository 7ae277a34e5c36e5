"""Patterns gated by their words, and patterns led by their first characters (`led`). A gated whole-text pattern,
each match of which holds one of a few words, scans only texts that hold one. Most articles name no camp, border or
county list, and a test for a word is far cheaper than the pattern's attempt at every capitalised word.
`tests/test_places_gate.py` checks on every check set's texts that the gate changes no match."""

from __future__ import annotations

import re
import sys
from typing import Iterator


LED: list[tuple[str, re.Pattern[str]]] = []  # every pattern behind a first-character test (`led`), for the tests


def led(first: str, compiled: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern behind a test of its first character: `first` is the inside of a character class that holds every
    character a match can start with. Scanning a text, the regex engine then tries the whole pattern only where a
    match can start, not at every character: a third fewer instructions for a pattern that opens with a lookbehind
    or a word boundary. `tests/test_places_gate.py` checks each class against its pattern's own first characters."""
    out = re.compile(f"(?=[{first}])" + compiled.pattern, compiled.flags)
    LED.append((first, compiled))
    return out


class Gated:
    """A compiled pattern with its gate words (case-sensitive substrings, one of which every match holds); other
    methods than `finditer` are the pattern's own."""

    __slots__ = ("compiled", "words")

    def __init__(self, compiled: re.Pattern[str], words: tuple[str, ...]) -> None:
        self.compiled = compiled
        self.words = words

    def opens(self, text: str) -> bool:
        """Whether the text holds one of the gate words (else the pattern cannot match it)."""
        for word in self.words:  # a plain loop: asked of every text by every gated pattern, cheaper than any()
            if word in text:
                return True
        return False

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        """The pattern's matches, none (and no scan) when the text holds no gate word."""
        return self.compiled.finditer(text, pos, endpos) if self.opens(text) else iter(())

    @property
    def pattern(self) -> str:
        """The pattern's source, as a compiled pattern's."""
        return self.compiled.pattern

    def __getattr__(self, name: str):
        return getattr(self.compiled, name)


def gate(compiled: re.Pattern[str], *words: str) -> Gated:
    """A compiled pattern gated by its words."""
    return Gated(compiled, words)
