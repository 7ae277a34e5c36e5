"""Event status: occurred, planned, hypothetical or negated, from the words around the trigger."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ..data import data_path, read_tsv

RANK = {"occurred": 0, "planned": 1, "hypothetical": 2, "negated": 3}
NOMINAL_CLIMB = {"dobj", "pobj", "prep", "attr", "nsubjpass"}
NOMINAL_GOVERNORS = {"plan", "schedule", "propose", "expect", "consider", "deny", "prepare"}
CLIMB_DEPS = {"xcomp", "conj", "pcomp", "acl", "advcl", "dobj", "pobj", "prep", "ccomp", "relcl", "attr", "acomp"}


@lru_cache(maxsize=1)
def _words() -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    for row in read_tsv(data_path("events", "modality.tsv")):
        out.setdefault(row["role"], {})[row["word"].lower()] = row["status"]
    return out


def is_report(token: Token) -> bool:
    return token.lemma_.lower() in _words()["report"]


def _local(token: Token, reported: bool) -> str:
    """Status from the token's own auxiliaries, negation, modifiers and subordinating marks."""
    statuses = _local_all(token, reported)
    return max(statuses, key=RANK.get) if statuses else "occurred"


def _local_all(token: Token, reported: bool) -> set[str]:
    words = _words()
    found: set[str] = set()
    for child in token.children:
        word = child.lower_
        status = None
        if child.dep_ == "neg" or (child.dep_ == "det" and word == "no"):
            status = "negated"
        elif child.dep_ in ("aux", "auxpass") and word in words["aux"]:
            status = words["aux"][word]
            if status == "conditional":
                status = "planned" if reported else "hypothetical"
        elif child.dep_ in ("amod", "det", "compound") and word in words["modifier"]:
            status = words["modifier"][word]
        elif child.dep_ == "mark" and word in words["mark"]:
            status = words["mark"][word]
        elif child.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ == "if" for g in child.children):
            status = "hypothetical"
        if status:
            found.add(status)
    return found


def _reported(token: Token) -> bool:
    node = token
    for _ in range(4):
        if node.dep_ not in ("ccomp", "conj", "xcomp") or node.head.i == node.i:
            return False
        node = node.head
        if is_report(node):
            return True
    return False


def _aux_status(token: Token) -> str | None:
    """The status an auxiliary sets ("will", "would" planned when reported or committed)."""
    status = _words()["aux"].get(token.lower_)
    return "planned" if status == "conditional" else status


def _litotes(token: Token) -> bool:
    """A negated verb that affirms its complement ("would not hesitate to ...")."""
    words = _words().get("litotes", {})
    return token.lemma_.lower() in words and any(c.dep_ == "neg" for c in token.children)


def is_refusal(token: Token) -> bool:
    """A negated intention ("will not accept", "would not send"): a refusal, coded REJECT."""
    node = token
    for _ in range(3):
        if {"negated", "planned"} <= _local_all(node, True) and not _litotes(node):
            return True
        if node.dep_ not in ("xcomp",) or node.head.i == node.i:
            return False
        node = node.head
    return False


def status_of(token: Token) -> str:
    """The status of the event triggered by `token`; reported speech keeps the reported event's status."""
    reported = _reported(token)
    nominal = token.pos_ in ("NOUN", "PROPN")
    best = _local(token, reported)
    node = token
    governors = _words()["governor"]
    for _ in range(5):
        if node.dep_ not in CLIMB_DEPS or node.head.i == node.i:
            break
        head = node.head
        if is_report(head) and node.dep_ == "ccomp":
            break
        status = governors.get(head.lemma_.lower()) or governors.get(head.lower_)
        if _litotes(head):  # "would not hesitate to use force": intended; "did not hesitate to": done
            status = "planned" if any(c.dep_ == "aux" and _aux_status(c) == "planned" for c in head.children) else "occurred"
        if status and node.pos_ not in ("VERB", "AUX") and head.lemma_.lower() not in NOMINAL_GOVERNORS:
            status = None
        if status is None and (node.dep_ in ("xcomp", "conj") or (nominal and node.dep_ in NOMINAL_CLIMB)):
            status = _local(head, reported or _reported(head))
        if status and RANK[status] > RANK[best]:
            best = status
        node = head
    return best
