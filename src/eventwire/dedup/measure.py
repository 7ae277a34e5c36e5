"""Measure duplicate detection on generated reprints: `python -m eventwire.dedup.measure [--articles N]`.

Articles are generated from templates on one topic (talks, sanctions, protests between the same few
countries), so unrelated articles share most of their vocabulary. Each original gets reprints with
small edits; precision and recall count which reprints find their original and which unrelated
same-topic articles wrongly find one.
"""

from __future__ import annotations

import argparse
import json
import random
import time
import tracemalloc

from .fingerprint import NUM_PERM, fingerprint
from .index import THRESHOLD, DuplicateIndex

ACTORS = ["Armenia", "Azerbaijan", "Georgia", "Turkey", "Iran", "Russia", "the European Union", "the United States"]
ROLES = ["foreign minister", "prime minister", "president", "defence minister", "chief negotiator", "envoy"]
PLACES = ["Geneva", "Vienna", "Brussels", "Tbilisi", "Ankara", "Baku", "Yerevan", "Istanbul"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
TOPICS = ["the border", "prisoner exchanges", "the peace treaty", "transit routes", "sanctions", "gas supplies",
          "the ceasefire", "refugee returns", "mine clearance", "trade tariffs"]
VERBS = ["discussed", "rejected", "welcomed", "criticised", "proposed", "postponed", "signed off on", "questioned"]
TEMPLATES = [
    "{a}'s {role} met his counterpart from {b} in {place} on {day} to discuss {topic}.",
    "Officials from {a} said the talks on {topic} had made progress but that {b} still had to give guarantees.",
    "{a} {verb} a proposal from {b} on {topic}, according to a statement released in {place}.",
    "The {role} of {a} told reporters that {topic} would be on the agenda when the delegations meet again.",
    "Protesters gathered outside the parliament in {place} on {day}, demanding that {a} end talks on {topic}.",
    "{b} accused {a} of violating earlier agreements on {topic} and threatened new measures.",
    "Analysts in {place} said a deal on {topic} was unlikely before the end of the year.",
    "A spokesperson for {b} said the {role} would travel to {place} next week.",
    "{n} people were detained during the demonstrations, the interior ministry of {a} said.",
    "The negotiations, mediated by {c}, are expected to resume in {place} after a pause of {n} days.",
    "{c} offered to host a further round on {topic}, a diplomat familiar with the matter said.",
    "Both sides {verb} the idea of a joint commission on {topic}, officials said on {day}.",
]


def sentence(rng: random.Random) -> str:
    """One generated news sentence."""
    a, b, c = rng.sample(ACTORS, 3)
    return rng.choice(TEMPLATES).format(
        a=a, b=b, c=c, role=rng.choice(ROLES), place=rng.choice(PLACES), day=rng.choice(DAYS),
        topic=rng.choice(TOPICS), verb=rng.choice(VERBS), n=rng.randint(2, 90),
    ).capitalize()


def article(rng: random.Random, sentences: int = 18) -> str:
    """One generated article (~350 words)."""
    return " ".join(sentence(rng) for _ in range(sentences))


def change_word(text: str, rng: random.Random) -> str:
    """Replace one word."""
    words = text.split()
    words[rng.randrange(len(words))] = rng.choice(["reportedly", "later", "Kremlin", "officials", "talks"])
    return " ".join(words)


def add_sentence(text: str, rng: random.Random) -> str:
    """Insert one new sentence."""
    parts = text.split(". ")
    parts.insert(rng.randrange(len(parts)), sentence(rng).rstrip("."))
    return ". ".join(parts)


def rewrap(text: str, rng: random.Random) -> str:
    """Add a dateline headline and a closing boilerplate line."""
    head = f"{rng.choice(PLACES).upper()}, {rng.choice(DAYS)} (Wire) - Talks on {rng.choice(TOPICS)} stall\n"
    tail = "\nReporting by our correspondents; editing by the world desk. Copyright 2023 Wire. All rights reserved."
    return head + text + tail


def trimmed(text: str, rng: random.Random) -> str:
    """Drop the last two sentences and change two words."""
    parts = text.split(". ")
    return change_word(change_word(". ".join(parts[:-2]), rng), rng)


EDITS = {"changed word": change_word, "added sentence": add_sentence, "headline and boilerplate": rewrap,
         "trimmed and edited": trimmed}


def evaluate(n_articles: int = 500, *, threshold: float = THRESHOLD, num_perm: int = NUM_PERM,
             seed: int = 7) -> dict:
    """Precision and recall of DuplicateIndex on generated reprint pairs and same-topic negatives."""
    rng = random.Random(seed)
    index = DuplicateIndex(threshold=threshold, num_perm=num_perm)
    originals = [article(rng) for _ in range(n_articles)]
    for number, text in enumerate(originals):
        index.add(f"orig-{number}", fingerprint(text, num_perm=num_perm))
    found = {name: 0 for name in EDITS}
    wrong = 0
    for number, text in enumerate(originals):
        for name, edit in EDITS.items():
            match = index.match(fingerprint(edit(text, rng), num_perm=num_perm))
            found[name] += match is not None and match.original_id == f"orig-{number}"
            wrong += match is not None and match.original_id != f"orig-{number}"
    false_alarms = sum(index.match(fingerprint(article(rng), num_perm=num_perm)) is not None
                       for _ in range(n_articles))
    true_pos = sum(found.values())
    return {
        "precision": round(true_pos / max(1, true_pos + wrong + false_alarms), 4),
        "recall": round(true_pos / (n_articles * len(EDITS)), 4),
        "recall_by_edit": {name: round(k / n_articles, 4) for name, k in found.items()},
        "false_alarms_on_unrelated": false_alarms,
        "pairs": n_articles * len(EDITS), "negatives": n_articles,
    }


def costs(n_articles: int = 10_000, *, num_perm: int = NUM_PERM, seed: int = 11) -> dict:
    """Fingerprint time per article, index memory per 10k articles, and rebuild time from bytes."""
    rng = random.Random(seed)
    texts = [article(rng) for _ in range(n_articles)]
    words = sum(len(text.split()) for text in texts) / n_articles
    start = time.perf_counter()
    prints = [fingerprint(text, num_perm=num_perm) for text in texts]
    per_article_ms = (time.perf_counter() - start) * 1000 / n_articles
    stored = [(f"id-{i:08d}", fp.to_bytes()) for i, fp in enumerate(prints)]
    del prints, texts
    tracemalloc.start()
    start = time.perf_counter()
    index = DuplicateIndex.from_pairs(stored, num_perm=num_perm)
    rebuild_s = time.perf_counter() - start
    size = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    return {
        "fingerprint_ms_per_article": round(per_article_ms, 3),
        "words_per_article": round(words),
        "index_bytes_per_article": round(size / len(index)),
        "index_mb_per_10k": round(size / len(index) * 10_000 / 1e6, 2),
        "rebuild_s_per_10k": round(rebuild_s / n_articles * 10_000, 3),
        "stored_bytes_per_article": len(stored[0][1]),
    }


def main() -> None:
    """Print the measurements as JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000, help="originals for precision/recall")
    parser.add_argument("--num-perm", type=int, default=NUM_PERM)
    parser.add_argument("--threshold", type=float, default=THRESHOLD)
    args = parser.parse_args()
    report = {"num_perm": args.num_perm, "threshold": args.threshold,
              **evaluate(args.articles, threshold=args.threshold, num_perm=args.num_perm),
              **costs(num_perm=args.num_perm)}
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
