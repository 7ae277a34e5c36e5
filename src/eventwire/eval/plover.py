"""Score the event coder on PLOVER gold sentences: event type, actor, recipient and full-dyad accuracy."""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path

from ..data import data_path, read_tsv
from ..errors import EventwireError
from ..model import Article, Event
from ..pipeline import Pipeline, parse_date


@lru_cache(maxsize=1)
def _cameo_codes() -> dict[str, str]:
    return {row["cameo"]: row["iso3"] for row in read_tsv(data_path("actors", "cameo_country_codes.tsv"))}


def norm(code: str | None) -> str:
    """Gold codes are sometimes CAMEO-style (JAP); compare on ISO-3."""
    code = (code or "").upper()
    return _cameo_codes().get(code, code)


@dataclass
class Sentence:
    id: str
    text: str
    event: str
    actors: set[str]
    recipients: set[str]
    published: date | None = None  # the article's date (optional `published`, YYYY-MM-DD): office holders' terms


def read_gold(path: str | Path) -> list[Sentence]:
    out: list[Sentence] = []
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise EventwireError("EW401", path=path, reason=exc.strerror or exc) from None
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
            out.append(Sentence(
                rec.get("id", str(number)), rec["text"], rec["event"].upper(),
                {norm(a["code"]) for a in rec.get("actor", [])}, {norm(r["code"]) for r in rec.get("recipient", [])},
                parse_date(rec.get("published"), f"{path}:{number}"),
            ))
        except (json.JSONDecodeError, KeyError, TypeError, AttributeError) as exc:
            raise EventwireError("EW401", path=path, reason=f"line {number}: {exc}") from None
    return out


def _fits(ev: Event, gold: Sentence, actors: bool, recipients: bool) -> bool:
    if ev.event != gold.event:
        return False
    if actors and not gold.actors <= {norm(a.code) for a in ev.actor}:
        return False
    return not recipients or gold.recipients <= {norm(r.code) for r in ev.recipient}


@dataclass
class Tally:
    n: int = 0
    hits: dict[str, int] = field(default_factory=lambda: defaultdict(int))

    def add(self, results: dict[str, bool]) -> None:
        self.n += 1
        for key, ok in results.items():
            self.hits[key] += ok

    def scores(self) -> dict[str, float]:
        return {k: round(v / self.n, 4) if self.n else 0.0 for k, v in self.hits.items()}


METRICS = {
    "type_accuracy": (False, False),
    "actor_accuracy": (True, False),
    "recipient_accuracy": (False, True),
    "dyad_accuracy": (True, True),
}


def _event_counts(counts: list[int]) -> dict[str, float]:
    """How many events were coded per sentence. A sentence counts as right when any of its events fits the
    gold one, so these show what the scores cannot: a coder emitting many events per sentence scores higher."""
    n = len(counts) or 1
    return {"per_sentence": round(sum(counts) / n, 3), "none": round(counts.count(0) / n, 4),
            "several": round(sum(c > 1 for c in counts) / n, 4)}


def evaluate(path: str | Path, pipeline: Pipeline) -> dict:
    """Scores overall and per gold type (a sentence is right when any event coded from it fits the gold event),
    how many events were coded per sentence, and the misses for inspection."""
    gold = read_gold(path)
    total, per_type, misses, counts = Tally(), defaultdict(Tally), [], []
    articles = [Article(text=g.text, id=g.id, published=g.published) for g in gold]
    for g, analysis in zip(gold, pipeline.analyze_many(articles)):
        results = {m: any(_fits(ev, g, *flags) for ev in analysis.events) for m, flags in METRICS.items()}
        counts.append(len(analysis.events))
        total.add(results)
        per_type[g.event].add(results)
        if not results["dyad_accuracy"]:
            misses.append({"id": g.id, "gold": g.event, "coded": [e.event for e in analysis.events]})
    return {
        "n": total.n,
        "scores": total.scores(),
        "per_type": {t: {"n": tally.n, **tally.scores()} for t, tally in sorted(per_type.items())},
        "events": _event_counts(counts),
        "misses": misses,
    }
