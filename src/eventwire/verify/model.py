"""Records of verification: the article as the verifier sees it, and a flag on a passage."""

from __future__ import annotations

from dataclasses import dataclass

KINDS = ("altered", "inserted", "removed", "contradicted")


@dataclass(frozen=True, slots=True)
class VerifyDoc:
    """An article of a story: text, outlet, coded events, and (if known) its MinHash similarity to the article checked."""

    id: str
    text: str
    outlet: str = ""
    events: tuple[dict, ...] = ()
    similarity: float | None = None
    copy_of: str | None = None


@dataclass(frozen=True, slots=True)
class Flag:
    """A passage of the article that the other reports do not back, with the reason and their text."""

    start: int
    end: int
    text: str
    kind: str
    explanation: str
    evidence: tuple[dict, ...] = ()

    def as_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text, "kind": self.kind,
                "explanation": self.explanation, "evidence": [dict(e) for e in self.evidence]}
