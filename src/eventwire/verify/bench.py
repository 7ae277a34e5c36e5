"""Measure verification on planted edits: faithful reprints must raise no flag, each planted edit one.

`python -m eventwire.verify.bench [ARTICLES.jsonl]` builds, for every article, three faithful
reprints (dateline, byline, credits, quote style, spelling, trimmed ending) and one manipulated
reprint per edit kind, and reports edit recall, flag precision and false alarms on faithful copies.
"""

from __future__ import annotations

import json
import random
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from . import VerifyDoc, verify
from .tokens import _spelling

EDITS = ("changed_word", "changed_number", "inserted_sentence", "removed_sentence", "negation", "swapped_actors")
INSERTS = ("Officials privately expect the talks to collapse within days.",
           "The decision was reportedly taken against the advice of senior military commanders.",
           "Critics say the move was planned months in advance and kept secret from allies.")
SWAPS = {"increased": "reduced", "accepted": "rejected", "supported": "opposed", "praised": "criticised",
         "agreed": "refused", "won": "lost", "rose": "fell", "before": "after", "allies": "rivals", "lifted": "extended"}
NEGATE = re.compile(r"\b(will|would|has|have|had|was|were|is|are|could|can|did)( not\b)?")
COUNTRY = re.compile(r"\b(Russia|Ukraine|China|Iran|Israel|Nigeria|France|Germany|Britain|India|Pakistan|Turkey|Syria|"
                     r"Japan|Sudan|Niger|Rwanda|Brazil|Venezuela|Serbia|Kosovo|the United States|Washington|Moscow|Beijing)\b")


@dataclass(frozen=True, slots=True)
class Planted:
    """A manipulated reprint and where its edit is (span in its text; a point for a removal)."""

    text: str
    kind: str
    start: int
    end: int


def _paragraphs(text: str) -> list[str]:
    return [p for p in text.split("\n\n") if p.strip()]


def faithful(text: str, rng: random.Random) -> str:
    """A reprint that changes nothing a reader should be warned about."""
    paras = _paragraphs(text)
    if rng.random() < 0.5 and len(paras) > 3:
        paras = paras[:-1]
    out = "\n\n".join(paras)
    if rng.random() < 0.5:
        out = out.replace('"', "\u201c", 1).replace('"', "\u201d", 1)
    if rng.random() < 0.5:
        for american_from, american in ((b, a) for b, a in _spelling().items() if " " not in b):
            out = re.sub(rf"\b{american}\b", american_from, out)
    out = re.sub(r"^[A-Z][A-Z .]+ - ", "", out) if rng.random() < 0.5 else out
    byline = rng.choice(["", "By Maria Lopez\n\n", "By Tom Okafor and Ana Ruiz\n\n"])
    credit = rng.choice(["", "\n\nReporting by Lena Holt; Editing by Sam Pryor", "\n\n(Writing by Ian Moss)"])
    return byline + out.replace(". ", ".  ", rng.random() < 0.5) + credit


def _sentence_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^.!?\n]+[.!?]", text)]


def plant(text: str, kind: str, rng: random.Random) -> Planted | None:
    """Apply one edit of a kind to a text (None when the text offers no place for it)."""
    spans = _sentence_spans(text)[1:-1]
    if kind == "changed_word":
        hits = [m for m in re.finditer(r"\b(" + "|".join(SWAPS) + r")\b", text)] or [
            m for m in re.finditer(r"\b[a-z]{6,}\b", text)]
        m = rng.choice(hits)
        new = SWAPS.get(m.group(), "allegedly")
    elif kind == "changed_number":
        hits = list(re.finditer(r"\b\d+\b", text))
        if not hits:
            return None
        m = rng.choice(hits)
        new = str(int(m.group()) * 3 + 7)
    elif kind == "negation":
        hits = list(NEGATE.finditer(text))
        if not hits:
            return None
        m = rng.choice(hits)
        new = m.group(1) if m.group(2) else m.group(1) + " not"
    elif kind == "swapped_actors":
        for s, e in rng.sample(spans, len(spans)):
            found = list(dict.fromkeys(c.group() for c in COUNTRY.finditer(text, s, e)))
            if len(found) >= 2:
                a, b = found[:2]
                sentence = text[s:e].replace(a, "\x00").replace(b, a).replace("\x00", b)
                return Planted(text[:s] + sentence + text[e:], kind, s, e)
        return None
    elif kind == "inserted_sentence":
        s, e = rng.choice(spans)
        new = " " + rng.choice(INSERTS)
        return Planted(text[:e] + new + text[e:], "inserted", e + 1, e + len(new))
    else:
        s, e = rng.choice(spans)
        return Planted(text[:s] + text[e:].lstrip(" "), "removed", s, s)
    return Planted(text[:m.start()] + new + text[m.end():], kind, m.start(), m.start() + len(new))


def _hit(flag: dict, edit: Planted) -> bool:
    slack = 3 if edit.kind == "removed" else 0
    return flag["start"] <= edit.end + slack and flag["end"] >= edit.start - slack


def run(path: Path, seed: int = 7) -> dict:
    """Recall per edit kind, precision of flags on manipulated reprints, flags on faithful reprints."""
    rng = random.Random(seed)
    articles = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    found = {k: [0, 0] for k in EDITS}
    flags_total = flags_good = faithful_flags = faithful_docs = single_found = 0
    for art in articles:
        copies = [VerifyDoc(f"{art['id']}-f{i}", faithful(art["text"], rng)) for i in range(3)]
        for copy in copies:
            faithful_docs += 1
            faithful_flags += len(verify(copy, [c for c in copies if c is not copy]))
        for kind in EDITS:
            edit = plant(faithful(art["text"], rng), kind, rng)
            if edit is None:
                continue
            flags = [f.as_dict() for f in verify(VerifyDoc("edited", edit.text), copies)]
            found[kind][1] += 1
            found[kind][0] += any(_hit(f, edit) for f in flags)
            flags_total += len(flags)
            flags_good += sum(_hit(f, edit) for f in flags)
            single_found += any(_hit(f.as_dict(), edit) for f in verify(VerifyDoc("edited", edit.text), copies[:1]))
            faithful_flags += len(verify(copies[0], copies[1:] + [VerifyDoc("edited", edit.text)]))
            faithful_docs += 1
    edits = sum(n for _, n in found.values())
    return {
        "articles": len(articles), "edits": edits,
        "recall": round(sum(h for h, _ in found.values()) / edits, 4),
        "recall_one_copy": round(single_found / edits, 4),
        "precision": round(flags_good / flags_total, 4) if flags_total else 1.0,
        "recall_by_kind": {k: round(h / n, 3) if n else None for k, (h, n) in found.items()},
        "faithful_docs": faithful_docs, "flags_on_faithful": faithful_flags,
    }


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "examples/demo/articles.jsonl")
    print(json.dumps(run(target), indent=2))
