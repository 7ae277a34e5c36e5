"""Which time expression governs an event trigger, read from the dependency parse of its sentence."""

from __future__ import annotations

from typing import Iterable

from spacy.tokens import Doc, Token

from .record import Timex

_CLAUSE_POS = {"VERB", "AUX"}
_SAME_TIME = {"xcomp", "aux", "auxpass"}
_DATED = {"DATE", "TIME"}


def _clause_head(token: Token) -> Token:
    """The verb heading the clause a token sits in (the root when there is none)."""
    while token.pos_ not in _CLAUSE_POS and token.head.i != token.i:
        token = token.head
    return token


def _trigger_clauses(trigger: Token) -> set[int]:
    """The trigger's clause head and the verbs it complements without a new time frame ("plan to meet")."""
    head = _clause_head(trigger)
    heads = {trigger.i, head.i}
    while head.dep_ in _SAME_TIME and head.head.i != head.i:
        head = _clause_head(head.head)
        heads.add(head.i)
    return heads


def _governor(doc: Doc, timex: Timex, offset: int) -> tuple[Token, Token] | None:
    """(root token of the expression, the first verb or trigger-candidate above it)."""
    span = doc.char_span(timex.start - offset, timex.end - offset, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    root = span.root
    token = root.head
    while token.pos_ not in _CLAUSE_POS and token.head.i != token.i and token.i not in range(span.start, span.end):
        if token.pos_ == "NOUN" and token.dep_ != "pobj" and token.head.pos_ in _CLAUSE_POS:
            break
        token = token.head
    return root, token


def _in_sentence(doc: Doc, offset: int, timexes: Iterable[Timex]) -> list[Timex]:
    end = offset + len(doc.text)
    return [t for t in timexes if t.start >= offset and t.end <= end]


def governing_timex(sentence_doc: Doc, offset: int, trigger: Token, timexes: Iterable[Timex]) -> Timex | None:
    """The time expression attached to the trigger or its clause (dates before durations, nearest first); else
    the sentence's only one if it hangs on no other verb; else None. `offset` is the sentence's start in the
    article (timexes use article offsets)."""
    inside = _in_sentence(sentence_doc, offset, timexes)
    clauses = _trigger_clauses(trigger)
    direct: list[tuple[int, Timex]] = []
    loose: list[Timex] = []
    for timex in inside:
        found = _governor(sentence_doc, timex, offset)
        if found is None:
            continue
        root, governor = found
        if governor.i == trigger.i or governor.i in clauses:
            rank = (timex.type not in _DATED) * 2 + (governor.i != trigger.i)
            direct.append((rank * 1000 + abs(root.i - trigger.i), timex))
        elif governor.pos_ not in _CLAUSE_POS:
            loose.append(timex)
    if direct:
        return min(direct, key=lambda pair: pair[0])[1]
    if len(inside) == 1 and loose:
        return loose[0]
    return None
