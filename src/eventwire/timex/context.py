"""What the words around a time expression say: the sentence it sits in and its local tense."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from .lexicon import tense_cues
from .record import Reading, Unanchored

_SENTENCE_END = re.compile(r"[.!?][\"”’')]*\s+(?=[\"“‘'(]?[A-Z0-9])|\n")
_WORD = re.compile(r"[A-Za-z]+(?:'[a-z]+)?")
_AUX_BEFORE = {"be", "been", "being", "to", "not", "also"}
_NOT_PAST = {"need", "feed", "speed", "seed", "deed", "heed", "weed", "reed", "sled", "aged", "proceed", "succeed", "exceed", "indeed",
             "red", "bed", "shed", "united", "based", "limited"}
_WINDOW = 300
_CUE_REACH = 80
"""A tense cue further than this many characters from the expression is likely in another clause: ignored."""
_AFTER = 5
"""Characters added to the distance of a cue after the expression: the verb usually comes before its time
("won the vote in Saturday's election and takes office in May": "won" tells Saturday's tense)."""
_CLAUSE_BREAK = re.compile(r"[,;:()]|\s[-–—]\s")
_RELATIVE = re.compile(r"\s*[,;(]\s*(?:which|who|whom|whose|where)\b", re.IGNORECASE)
_CAPITALISED_NAMES = {"may", "will"}
"""Cue words that, capitalised, are more often a month or a name than the modal."""


def sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Bounds of the sentence around text[start:end] (a cheap splitter, good enough for context)."""
    lo = max(0, start - _WINDOW)
    left = lo
    for match in _SENTENCE_END.finditer(text, lo, start):
        left = match.end()
    right_match = _SENTENCE_END.search(text, end, min(len(text), end + _WINDOW))
    right = right_match.start() + 1 if right_match else min(len(text), end + _WINDOW)
    return left, right


def _word_tense(word: str) -> str | None:
    cues = tense_cues()
    lower = word.lower()
    if lower in _CAPITALISED_NAMES and not word.islower():
        return None
    if lower in cues:
        return cues[lower]
    if word.islower() and lower.endswith("ed") and len(lower) > 3 and lower not in _NOT_PAST:
        return "past"
    return None


def _cues(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """(start, end, tense) of every tense cue in text[lo:hi]; a past form right after "will be"/"to" is future."""
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text, lo, hi)]
    cues = tense_cues()
    found: list[tuple[int, int, str]] = []
    for i, (s, e, w) in enumerate(words):
        pair = f"{w.lower()} {words[i + 1][2].lower()}" if i + 1 < len(words) else ""
        tense = cues.get(pair)
        if tense and i + 2 < len(words) and _word_tense(words[i + 2][2]) not in {None, tense}:
            continue  # "has been scheduled": the participle, not the auxiliary, gives the tense
        tense = tense or _word_tense(w)
        if tense is None:
            continue
        if tense == "past":
            tense = _auxiliary_tense(words, i) or tense
        found.append((s, e, tense))
    return found


def _auxiliary_tense(words: list[tuple[int, int, str]], index: int) -> str | None:
    """Future when a past form is governed by a future auxiliary through "be"/"to" ("will be held", "plans to
    be", "will be formally opened": adverbs in -ly are skipped); not right after a future word ("plans
    announced" is a noun and its participle)."""
    chain = [w[2].lower() for w in words[max(0, index - 6):index]]
    chain = [w for w in chain if not (w.endswith("ly") and len(w) > 4)]
    for back in range(1, 4):
        if back > len(chain):
            return None
        word = chain[-back]
        tense = tense_cues().get(word)
        if tense == "future" and back > 1:
            return "future"
        if word not in _AUX_BEFORE:
            return None
        if word == "to":
            return "future"
    return None


def local_tense(text: str, start: int, end: int, cache: dict | None = None, *, same_clause: bool = False) -> str | None:
    """"past" or "future" from the tense cue nearest to text[start:end] within its sentence, else None; with
    `same_clause`, cues in an earlier clause or in a relative clause after it ("in June, which ...") do not count."""
    span = sentence_span(text, start, end)
    cues = cache.get(span) if cache is not None else None
    if cues is None:
        cues = _cues(text, *span)
        if cache is not None:
            cache[span] = cues
    best: tuple[int, str] | None = None
    for s, e, tense in cues:
        if s >= start and e <= end:
            continue
        distance = start - e if e <= start else (s - end) + _AFTER
        if distance > _CUE_REACH:
            continue
        between = text[e:start] if e <= start else text[end:s]
        if _CLAUSE_BREAK.search(between):
            if same_clause and (e <= start or _RELATIVE.match(between)):
                continue  # an earlier clause's verb, or a relative clause after it, says nothing of its tense
            distance += _CUE_REACH  # a cue across a comma is more likely another clause's: any cue on this side wins

        if best is None or distance < best[0]:
            best = (distance, tense)
    return best[1] if best else None


class Ctx:
    """What every rule sees: the text, the publication date (or None) and the local tense."""

    def __init__(self, text: str, anchor: date | None) -> None:
        self.text = text
        self.anchor = anchor
        self._cue_cache: dict[tuple[int, int], list[tuple[int, int, str]]] = {}

    def tense(self, start: int, end: int, *, same_clause: bool = False) -> str | None:
        """Local tense around text[start:end] (only from its own clause when `same_clause`)."""
        return local_tense(self.text, start, end, self._cue_cache, same_clause=same_clause)

    def need(self, fallback: Reading) -> date:
        """The publication date, or raise Unanchored with the fallback reading."""
        if self.anchor is None:
            raise Unanchored(replace(fallback, anchored=False))
        return self.anchor

    def before(self, start: int, size: int = 12) -> str:
        """The lower-cased text just before a position."""
        return self.text[max(0, start - size):start].lower()
