"""Score the time tagger on MEANTIME (CAT XML) or TempEval-3 TimeML (.tml), TempEval-3 style: relaxed and strict
extraction F1, type accuracy, and value F1 = (share of matched gold expressions with the gold value) x relaxed F1."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..errors import EventwireError
from ..timex import Timex, find_timexes
from .timeml import is_timeml, read_timeml
from .timex_gold import GoldDoc, GoldTimex

__all__ = ["GoldDoc", "GoldTimex", "evaluate", "read_gold", "read_meantime", "read_timeml"]

_NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "'s", "n't", "'re", "'ve", "'ll", "'d", "'m", "'"}
_NO_SPACE_AFTER = {"(", "[", "{", "$", "#"}


def _rebuild(tokens: list[ET.Element]) -> tuple[str, dict[str, tuple[int, int]]]:
    """Document text from tokens (one sentence a line) and token id -> (start, end)."""
    parts: list[str] = []
    offsets: dict[str, tuple[int, int]] = {}
    pos, sentence, previous = 0, None, ""
    for token in tokens:
        word = token.text or ""
        if sentence is not None and token.get("sentence") != sentence:
            parts.append("\n")
            pos += 1
        elif parts and word not in _NO_SPACE_BEFORE and previous not in _NO_SPACE_AFTER:
            parts.append(" ")
            pos += 1
        offsets[token.get("t_id", "")] = (pos, pos + len(word))
        parts.append(word)
        pos += len(word)
        sentence, previous = token.get("sentence"), word
    return "".join(parts), offsets


def _span(element: ET.Element, offsets: dict[str, tuple[int, int]]) -> tuple[int, int] | None:
    spans = [offsets[a.get("t_id", "")] for a in element.iter("token_anchor") if a.get("t_id") in offsets]
    if not spans:
        return None
    return min(s for s, _ in spans), max(e for _, e in spans)


def _creation_date(value: str, line: str) -> date | None:
    """The creation time's value; when it is malformed, the date its text (the dateline) gives."""
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        pass
    for timex in find_timexes(line, None, strict=False):
        if len(timex.value) == 10 and timex.anchored:
            return date.fromisoformat(timex.value)
    return None


def _dateline(text: str, gold: list[GoldTimex]) -> date | None:
    """Without a CREATION_TIME, the date of a mention that fills a whole line (the dateline); it stays scored."""
    lines = set(text.split("\n"))
    for g in gold:
        if g.text in lines:
            try:
                return date.fromisoformat(g.value)
            except ValueError:
                continue
    return None


def read_document(path: Path) -> GoldDoc:
    """One CAT XML file as a GoldDoc (EW401 when it cannot be read or has no creation time)."""
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as exc:
        raise EventwireError("EW401", path=path, reason=exc) from None
    tokens = sorted(root.iter("token"), key=lambda t: int(t.get("t_id", "0")))
    text, offsets = _rebuild(tokens)
    dct, dct_span, gold = None, (0, 0), []
    for element in root.iter("TIMEX3"):
        span = _span(element, offsets)
        if element.get("functionInDocument") == "CREATION_TIME":
            dct_span = span or (0, 0)
            dct = _creation_date(element.get("value") or "", text[dct_span[0]:dct_span[1]])
        elif span is not None:
            gold.append(GoldTimex(span[0], span[1], text[span[0]:span[1]], element.get("type", ""), element.get("value", "")))
    dct = dct or _dateline(text, gold)
    if dct is None:
        raise EventwireError("EW401", path=path, reason="no TIMEX3 with functionInDocument=CREATION_TIME")
    scope = _scope_end(root, tokens, offsets)
    return GoldDoc(path.stem, path.parent.name.removeprefix("corpus_"), text, dct, dct_span, sorted(gold, key=lambda g: g.start), scope)


def _scope_end(root: ET.Element, tokens: list[ET.Element], offsets: dict[str, tuple[int, int]]) -> int:
    """End offset of the last sentence holding any markable (entity, event or time): the annotated part."""
    sentence = {t.get("t_id"): t.get("sentence") for t in tokens}
    marked = {sentence.get(a.get("t_id")) for a in root.iter("token_anchor")}
    ends = [offsets[t.get("t_id", "")][1] for t in tokens if t.get("sentence") in marked]
    return max(ends, default=0)


def read_meantime(path: str | Path, corpora: tuple[str, ...] = ()) -> list[GoldDoc]:
    """Every CAT XML document under a MEANTIME folder (or one file), optionally only some corpus folders."""
    root = Path(path)
    if not root.exists():
        raise EventwireError("EW401", path=path, reason="no such file or folder")
    files = [root] if root.is_file() else sorted(root.rglob("*.xml"))
    if corpora:
        files = [f for f in files if f.parent.name.removeprefix("corpus_") in corpora]
    docs = [read_document(f) for f in files]
    if not docs:
        raise EventwireError("EW401", path=path, reason="no CAT XML documents found" + (f" in {', '.join(corpora)}" if corpora else ""))
    return docs


def read_gold(path: str | Path, corpora: tuple[str, ...] = ()) -> list[GoldDoc]:
    """TimeML when the path is a ``.tml`` file or a folder holding any, else MEANTIME CAT XML."""
    if Path(path).exists() and is_timeml(Path(path)):
        return read_timeml(path, corpora)
    return read_meantime(path, corpora)


def _overlaps(a: GoldTimex | Timex, b: GoldTimex | Timex) -> int:
    return min(a.end, b.end) - max(a.start, b.start)


def _match(gold: list[GoldTimex], predicted: list[Timex]) -> list[tuple[GoldTimex, Timex | None]]:
    """Pair each gold mention with the unused prediction overlapping it most (or None)."""
    used: set[int] = set()
    pairs: list[tuple[GoldTimex, Timex | None]] = []
    for g in gold:
        options = [(_overlaps(g, p), i) for i, p in enumerate(predicted) if i not in used and _overlaps(g, p) > 0]
        if options:
            _, best = max(options)
            used.add(best)
            pairs.append((g, predicted[best]))
        else:
            pairs.append((g, None))
    return pairs


def predict(doc: GoldDoc) -> list[Timex]:
    """The tagger's output on the annotated part of a document, minus the creation-time line (not a mention)."""
    s, e = doc.dct_span
    found = find_timexes(doc.text, doc.dct, strict=False)
    return [t for t in found if (t.end <= s or t.start >= e) and t.start < doc.scope_end]


@dataclass
class Tally:
    """Counts behind the scores: gold, predicted, relaxed and strict matches, right types and values."""

    gold: int = 0
    predicted: int = 0
    relaxed: int = 0
    strict: int = 0
    right_type: int = 0
    right_value: int = 0

    def add(self, pairs: list[tuple[GoldTimex, Timex | None]], n_predicted: int) -> None:
        self.gold += len(pairs)
        self.predicted += n_predicted
        for g, p in pairs:
            if p is None:
                continue
            self.relaxed += 1
            self.strict += (g.start, g.end) == (p.start, p.end)
            self.right_type += g.type == p.type
            self.right_value += g.value == p.value

    def scores(self) -> dict[str, float]:
        """Precision, recall and F1 (relaxed and strict), type and value accuracy, value F1."""
        def f1(hits: int) -> tuple[float, float, float]:
            p = hits / self.predicted if self.predicted else 0.0
            r = hits / self.gold if self.gold else 0.0
            return p, r, (2 * p * r / (p + r) if p + r else 0.0)

        p, r, f = f1(self.relaxed)
        _, _, strict_f = f1(self.strict)
        type_acc = self.right_type / self.relaxed if self.relaxed else 0.0
        value_acc = self.right_value / self.relaxed if self.relaxed else 0.0
        out = {
            "precision": p, "recall": r, "f1": f, "strict_f1": strict_f,
            "type_accuracy": type_acc, "value_accuracy": value_acc,
            "type_f1": type_acc * f, "value_f1": value_acc * f,
        }
        return {k: round(v, 4) for k, v in out.items()}


def _record(doc: GoldDoc, g: GoldTimex, p: Timex | None) -> dict:
    row = {"doc": doc.name, "text": g.text, "type": g.type, "value": g.value}
    if p is not None:
        row.update(predicted_text=p.text, predicted_type=p.type, predicted_value=p.value)
    return row


def evaluate(path: str | Path, corpora: tuple[str, ...] = ()) -> dict:
    """Scores overall, per gold type and per corpus folder, with misses, wrong values and false positives."""
    total, per_type, per_corpus = Tally(), defaultdict(Tally), defaultdict(Tally)
    misses: list[dict] = []
    wrong: list[dict] = []
    spurious: list[dict] = []
    docs = read_gold(path, corpora)
    for doc in docs:
        predicted = predict(doc)
        pairs = _match(doc.gold, predicted)
        total.add(pairs, len(predicted))
        per_corpus[doc.corpus].add(pairs, len(predicted))
        for g, p in pairs:
            per_type[g.type].add([(g, p)], 0)
            if p is None:
                misses.append(_record(doc, g, None))
            elif p.value != g.value or p.type != g.type:
                wrong.append(_record(doc, g, p))
        matched = {id(p) for _, p in pairs if p is not None}
        spurious += [{"doc": doc.name, "text": p.text, "type": p.type, "value": p.value} for p in predicted if id(p) not in matched]
    return {
        "documents": len(docs), "gold": total.gold, "predicted": total.predicted,
        "scores": total.scores(),
        "per_type": {k: {"n": t.gold, "recall": round(t.relaxed / t.gold, 4) if t.gold else 0.0,
                         "value_accuracy": t.scores()["value_accuracy"]} for k, t in sorted(per_type.items())},
        "per_corpus": {k: {"documents": sum(d.corpus == k for d in docs), **t.scores()} for k, t in sorted(per_corpus.items())},
        "misses": misses, "wrong_values": wrong, "false_positives": spurious,
    }
