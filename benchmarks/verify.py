"""Verification benchmark (issue 5): edit recall and flag precision on planted edits, flags on faithful copies.

A test set made from the demo corpus: for every article three faithful reprints (headline, dateline,
byline, quote style, spacing and spelling variants, a trimmed ending) and one manipulated reprint per
kind of edit (changed word, changed number, inserted sentence, removed sentence, flipped negation,
swapped actors), each edit recorded. Results go to bench-results/verify.json.

    .venv/bin/python benchmarks/verify.py
"""

from __future__ import annotations

import json
from pathlib import Path

from eventwire.verify.bench import run

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    result = run(ROOT / "examples" / "demo" / "articles.jsonl")
    (ROOT / "bench-results").mkdir(exist_ok=True)
    (ROOT / "bench-results" / "verify.json").write_text(json.dumps(result, indent=2))
    print(f"{result['edits']} planted edits in {result['articles']} articles: recall {result['recall']} "
          f"(one copy only: {result['recall_one_copy']}), precision {result['precision']} (goal >= 0.9 each); "
          f"{result['flags_on_faithful']} flags on {result['faithful_docs']} faithful copies (goal 0)")
    print("recall by kind: " + ", ".join(f"{k} {v}" for k, v in result["recall_by_kind"].items()))


if __name__ == "__main__":
    main()
