"""Score story clustering on gold clusters: B-cubed precision, recall and F1, in file and shuffled order."""

from __future__ import annotations

import json
import random
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Mapping

from ..errors import EventwireError
from ..pipeline import parse_date
from ..stories import StoryDoc, StoryIndex

SHUFFLE_SEED = 13
"""Seed of the shuffled order reported beside file order (online clustering depends on order); further
shuffles (`shuffles` > 1) use the seeds after it."""


@dataclass(frozen=True, slots=True)
class GoldDoc:
    """A gold document: the text to cluster and its gold cluster label."""

    doc: StoryDoc
    cluster: str
    topic: str = ""


def _parse(rec: dict, number: int, path: Path) -> GoldDoc:
    text = "\n".join(rec["sentences"]) if "sentences" in rec else rec["text"]
    if not isinstance(text, str) or "cluster" not in rec:
        raise TypeError("needs `sentences` (list of strings) or `text`, and `cluster`")
    doc_id = str(rec.get("doc") or rec.get("id") or number)
    published = parse_date(rec.get("published"), str(path))
    return GoldDoc(StoryDoc(doc_id, text, title=rec.get("title", ""), published=published),
                   str(rec["cluster"]), str(rec.get("topic", "")))


def read_gold(path: str | Path) -> list[GoldDoc]:
    """Gold documents from JSONL (EW401 when the file or a line is unusable)."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise EventwireError("EW401", path=path, reason=getattr(exc, "strerror", None) or exc) from None
    docs: list[GoldDoc] = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            docs.append(_parse(json.loads(line), number, path))
        except (json.JSONDecodeError, KeyError, TypeError, AttributeError) as exc:
            raise EventwireError("EW401", path=path, reason=f"line {number}: {exc}") from None
    if not docs:
        raise EventwireError("EW401", path=path, reason="no documents")
    return docs


def bcubed(predicted: Mapping[str, str], gold: Mapping[str, str]) -> dict[str, float]:
    """B-cubed precision, recall and F1 of a predicted clustering (item -> cluster) against gold."""
    items = list(gold)
    pairs = Counter((predicted[i], gold[i]) for i in items)
    pred_sizes = Counter(predicted[i] for i in items)
    gold_sizes = Counter(gold[i] for i in items)
    precision = sum(pairs[(predicted[i], gold[i])] / pred_sizes[predicted[i]] for i in items) / len(items)
    recall = sum(pairs[(predicted[i], gold[i])] / gold_sizes[gold[i]] for i in items) / len(items)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


def cluster(docs: Iterable[GoldDoc], make_index: Callable[[], StoryIndex]) -> dict[str, str]:
    """Doc id -> predicted story id, feeding the documents online in the given order."""
    index = make_index()
    return {g.doc.id: index.assign(g.doc) for g in docs}


def score(docs: list[GoldDoc], make_index: Callable[[], StoryIndex]) -> dict[str, float]:
    """B-cubed scores and cluster counts for one order of the documents."""
    predicted = cluster(docs, make_index)
    gold = {g.doc.id: g.cluster for g in docs}
    result: dict[str, float] = bcubed(predicted, gold)
    result["clusters"] = len(set(predicted.values()))
    result["gold_clusters"] = len(set(gold.values()))
    return result


def _half(docs: list[GoldDoc], parity: int) -> list[GoldDoc]:
    return [g for g in docs if g.topic.isdigit() and int(g.topic) % 2 == parity]


def _shuffled(docs: list[GoldDoc], seed: int) -> list[GoldDoc]:
    order = docs[:]
    random.Random(seed).shuffle(order)
    return order


def _mean(runs: list[dict[str, float]]) -> dict[str, float]:
    return {k: round(sum(r[k] for r in runs) / len(runs), 4) for k in ("precision", "recall", "f1")}


def evaluate(path: str | Path, *, window_days: int | None = 7, threshold: float | None = None,
             shuffles: int = 1) -> dict:
    """Scores in file order (the gated ones) and in seeded shuffled orders, plus odd/even topic halves.

    `shuffled` is the first shuffled order; with `shuffles` > 1, `shuffled_mean` averages file order and
    every shuffled order (`shuffled_runs`), since one order alone can be lucky."""
    docs = read_gold(path)
    kwargs = {"window_days": window_days} | ({"threshold": threshold} if threshold is not None else {})
    make = lambda: StoryIndex(**kwargs)  # noqa: E731
    runs = [score(_shuffled(docs, SHUFFLE_SEED + i), make) for i in range(max(shuffles, 1))]
    result = {"n": len(docs), "scores": score(docs, make), "shuffled": runs[0]}
    if shuffles > 1:
        result["shuffled_runs"] = runs
        result["shuffled_mean"] = _mean([result["scores"], *runs])
    halves = {"odd_topics": _half(docs, 1), "even_topics": _half(docs, 0)}
    result["halves"] = {name: score(part, make) for name, part in halves.items() if part}
    return result
