"""Edits against near-copies: word-level alignment with each copy, majority vote on which side changed."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache

from .model import Flag, VerifyDoc
from .tokens import Token, tokens

CLAUSE_WORDS = 4
"""An extra or missing run of at least this many words is a clause (inserted/removed), shorter is an altered wording."""


@dataclass
class _Votes:
    """What each copy says about the article: per token the copies that differ, per gap the words they add."""

    changed: dict[int, dict[str, str]] = field(default_factory=lambda: defaultdict(dict))
    extra: dict[int, dict[str, str]] = field(default_factory=lambda: defaultdict(dict))
    missing: dict[int, dict[str, str]] = field(default_factory=lambda: defaultdict(dict))


def _span_text(text: str, toks: list[Token], lo: int, hi: int) -> str:
    return text[toks[lo].start:toks[hi - 1].end] if hi > lo else ""


def _sentence_of(copy: VerifyDoc, toks: list[Token], index: int) -> str:
    """The copy's sentence around a token (for evidence)."""
    if not toks:
        return ""
    index = min(index, len(toks) - 1)
    same = [t for t in toks if t.sentence == toks[index].sentence]
    return copy.text[same[0].start:same[-1].end]


@lru_cache(maxsize=64)
def _matcher(text: str) -> SequenceMatcher:
    """A matcher with a copy's words as its second sequence, which difflib indexes once for every article the copy
    is compared with."""
    return SequenceMatcher(None, b=[t.norm for t in tokens(text)[0]], autojunk=False)


def _compare(article: list[Token], copy: VerifyDoc, votes: _Votes) -> None:
    """Record where one copy's words differ from the article's (text after either side's end is a trim, not an edit)."""
    theirs, _ = tokens(copy.text)
    matcher = _matcher(copy.text)
    matcher.set_seq1([t.norm for t in article])
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        words = _span_text(copy.text, theirs, j1, j2)
        if op == "replace":
            for i in range(i1, i2):
                votes.changed[i][copy.id] = words or _sentence_of(copy, theirs, j1)
        elif op == "delete" and j1 < len(theirs):
            for i in range(i1, i2):
                votes.extra[i][copy.id] = _sentence_of(copy, theirs, j1)
        elif op == "insert" and i1 < len(article):
            votes.missing[i1][copy.id] = words


def _runs(marks: dict[int, dict[str, str]], need: int) -> list[tuple[int, int, dict[str, str]]]:
    """Contiguous token runs that at least `need` copies mark, with one evidence text per copy."""
    runs: list[tuple[int, int, dict[str, str]]] = []
    for i in sorted(i for i, by in marks.items() if len(by) >= need):
        if runs and runs[-1][1] == i:
            lo, _, ev = runs[-1]
            runs[-1] = (lo, i + 1, ev | {k: v for k, v in marks[i].items() if k not in ev})
        else:
            runs.append((i, i + 1, dict(marks[i])))
    return runs


def _tally(by: dict[str, str], n: int) -> str:
    count = f"{len(by)} of {n} copies" if n > 1 else "the only other copy"
    return count + ("" if n > 1 else " (one copy against one: either side may have been edited)")


def _evidence(by: dict[str, str]) -> tuple[dict, ...]:
    return tuple({"article_id": k, "text": v} for k, v in sorted(by.items()))


def _flag(text: str, toks: list[Token], lo: int, hi: int, kind: str, why: str, by: dict[str, str]) -> Flag:
    start, end = toks[lo].start, toks[hi - 1].end
    return Flag(start, end, text[start:end], kind, why, _evidence(by))


def _word_flags(article: VerifyDoc, toks: list[Token], votes: _Votes, n: int, need: int) -> list[Flag]:
    flags: list[Flag] = []
    for lo, hi, by in _runs(votes.changed, need):
        theirs = next(iter(by.values()))
        flags.append(_flag(article.text, toks, lo, hi, "altered",
                           f'The wording differs from {_tally(by, n)}, which read "{theirs}" here.', by))
    for lo, hi, by in _runs(votes.extra, need):
        kind = "inserted" if hi - lo >= CLAUSE_WORDS else "altered"
        what = "This passage is" if kind == "inserted" else "These words are"
        flags.append(_flag(article.text, toks, lo, hi, kind, f"{what} not in {_tally(by, n)}.", by))
    return flags


def _gap_flags(article: VerifyDoc, toks: list[Token], votes: _Votes, n: int, need: int) -> list[Flag]:
    flags: list[Flag] = []
    for i, by in sorted(votes.missing.items()):
        if len(by) < need:
            continue
        words = max(by.values(), key=len)
        if len(words.split()) >= CLAUSE_WORDS:
            at = toks[i].start
            flags.append(Flag(at, at, words, "removed", f"This article drops a passage that {_tally(by, n)} "
                              "have here.", _evidence(by)))
        else:
            lo = max(i - 1, 0)
            flags.append(_flag(article.text, toks, lo, lo + 1, "altered",
                               f'Words are missing here: {_tally(by, n)} read "{words}" in this place.', by))
    return flags


def copy_flags(article: VerifyDoc, copies: list[VerifyDoc]) -> list[Flag]:
    """Flags where the article departs from what a majority of its near-copies say."""
    toks, _ = tokens(article.text)
    if not copies or not toks:
        return []
    votes = _Votes()
    for copy in copies:
        _compare(toks, copy, votes)
    n = len(copies)
    need = n // 2 + 1
    flags = _word_flags(article, toks, votes, n, need) + _gap_flags(article, toks, votes, n, need)
    return sorted(flags, key=lambda f: (f.start, f.end))
