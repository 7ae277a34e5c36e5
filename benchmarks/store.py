"""Store benchmark (issue 4): ingest into DuckDB vs analysis alone, peak memory at two corpus sizes, query time.

The corpus is made from the demo corpus: each article is eight sentences drawn (seeded) from all demo
articles, so articles are not copies of one another and stories stay small, as in real news.
Every measurement runs in its own process so that its peak memory is its own.

    .venv/bin/python benchmarks/store.py [--articles 5000] [--small 1000]

`ingest` runs as the CLI does by default here with one worker process (analysis) beside the writer (this
process: copies, stories, DuckDB); the `inline` figures put both in one process, so the store's whole cost shows.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "examples" / "demo" / "articles.jsonl"
OUT = ROOT / "bench-results"
SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")


def make_corpus(path: Path, count: int, seed: int = 7) -> int:
    """`count` JSONL articles of eight demo sentences each; returns the word count."""
    rows = [json.loads(line) for line in DEMO.read_text(encoding="utf-8").splitlines() if line.strip()]
    pool = [(row, s) for row in rows for s in SENTENCE.split(row["text"]) if len(s.split()) > 4]
    rng = random.Random(seed)
    words = 0
    with path.open("w", encoding="utf-8") as out:
        for n in range(count):
            picked = rng.sample(pool, 8)
            text = " ".join(s for _, s in picked)
            words += len(text.split())
            base = picked[0][0]
            out.write(json.dumps({"id": f"bench-{n}", "title": base["title"], "outlet": base["outlet"],
                                  "published": base["published"], "text": text}) + "\n")
    return words


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def analyze_child(corpus: str) -> dict:
    """Analysis alone: read the JSONL and analyse every article, storing nothing."""
    from eventwire import Pipeline, load_settings
    from eventwire.sources import iter_articles

    pipe = Pipeline(load_settings(env={}))
    start = time.perf_counter()
    n = sum(1 for _ in pipe.analyze_many(a for a in iter_articles([Path(corpus)], limit=2_000_000)))
    seconds = time.perf_counter() - start
    return {"articles": n, "seconds": round(seconds, 2), "articles_per_s": round(n / seconds, 2), "peak_mb": round(_peak_mb(), 1)}


def ingest_child(corpus: str, db: str, engine: str = "local") -> dict:
    """`eventwire ingest` as the CLI runs it: one worker process beside the writer (engine local, workers=1), or
    everything in this one process (engine inline), where every cost of the store adds to the analysis."""
    from eventwire import load_settings
    from eventwire.ingest import Ingest, make_executor
    from eventwire.sources import iter_articles
    from eventwire.store import Store

    settings = load_settings(env={}, workers=1, engine=engine)
    executor = make_executor(settings)
    start = time.perf_counter()
    with Store(db) as store:
        summary = Ingest(store, executor, batch_size=settings.ingest_batch).run(
            iter_articles([Path(corpus)], limit=settings.max_article_bytes))
    seconds = time.perf_counter() - start
    workers = _worker_peaks_mb(executor)
    executor.close()
    own = resource.getrusage(resource.RUSAGE_SELF)
    return {"articles": summary.stored, "seconds": round(seconds, 2), "articles_per_s": round(summary.stored / seconds, 2),
            "peak_mb": round(_peak_mb() + sum(workers), 1), "writer_peak_mb": round(_peak_mb(), 1),
            "worker_peak_mb": max(workers, default=0.0), "writer_cpu_s": round(own.ru_utime + own.ru_stime, 1)}


def _worker_peaks_mb(executor) -> list[float]:
    """Peak memory (VmHWM) of each local worker process, read before the pool shuts down."""
    peaks = []
    for pid in getattr(getattr(executor, "pool", None), "_processes", {}) or {}:
        status = Path(f"/proc/{pid}/status")
        for line in status.read_text().splitlines() if status.exists() else []:
            if line.startswith("VmHWM:"):
                peaks.append(round(int(line.split()[1]) / 1024, 1))
    return peaks


def query_child(db: str) -> dict:
    """Time a filtered `events` call (and its count) on the ingested store, median of five."""
    from eventwire import EventFilter, Store

    flt = EventFilter(actor="USA", event_type="ACCUSE", since="2010-01-01")
    times = []
    with Store(db, read_only=True) as store:
        for _ in range(5):
            start = time.perf_counter()
            rows = store.events(flt, limit=100)
            total = store.count_events(flt)
            times.append(time.perf_counter() - start)
        events = store.count_events()
    return {"events_in_store": events, "matched": total, "returned": len(rows),
            "median_ms": round(sorted(times)[2] * 1000, 1)}


def _child(*args: str) -> dict:
    out = subprocess.run([sys.executable, __file__, "--child", *args], check=True, capture_output=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--small", type=int, default=1000)
    parser.add_argument("--child", nargs="+")
    args = parser.parse_args()
    if args.child:
        kind, *rest = args.child
        print(json.dumps({"analyze": analyze_child, "ingest": ingest_child, "query": query_child}[kind](*rest)))
        return
    with tempfile.TemporaryDirectory() as tmp:
        big, small = Path(tmp, "big.jsonl"), Path(tmp, "small.jsonl")
        words = make_corpus(big, args.articles)
        make_corpus(small, args.small)
        analyze = _child("analyze", str(big))
        ingest = _child("ingest", str(big), str(Path(tmp, "big.duckdb")))
        ingest_small = _child("ingest", str(small), str(Path(tmp, "small.duckdb")))
        query = _child("query", str(Path(tmp, "big.duckdb")))
        analyze_small = _child("analyze", str(small))
        inline_small = _child("ingest", str(small), str(Path(tmp, "inline.duckdb")), "inline")
    result = {
        "articles": args.articles, "words": words, "analyze": analyze, "ingest": ingest,
        "ingest_small": {"articles": args.small, **ingest_small}, "query": query,
        "ratio_ingest_vs_analyze": round(ingest["articles_per_s"] / analyze["articles_per_s"], 3),
        "goal_ratio": ">= 0.9",
        "peak_mb_ratio_big_vs_small": round(ingest["peak_mb"] / ingest_small["peak_mb"], 3),
        "inline": {"articles": args.small, "analyze": analyze_small, "ingest": inline_small,
                   "ratio_ingest_vs_analyze": round(inline_small["articles_per_s"] / analyze_small["articles_per_s"], 3)},
    }
    OUT.mkdir(exist_ok=True)
    (OUT / "store.json").write_text(json.dumps(result, indent=2))
    print(f"analyze alone: {analyze['articles_per_s']} articles/s; ingest: {ingest['articles_per_s']} articles/s "
          f"-> ratio {result['ratio_ingest_vs_analyze']} (goal >= 0.9)")
    print(f"peak memory: {ingest_small['peak_mb']} MB at {args.small} articles, {ingest['peak_mb']} MB at "
          f"{args.articles} (ratio {result['peak_mb_ratio_big_vs_small']}; flat is 1.0)")
    print(f"all in one process ({args.small} articles): analyze {analyze_small['articles_per_s']}, ingest --engine inline "
          f"{inline_small['articles_per_s']} articles/s -> ratio {result['inline']['ratio_ingest_vs_analyze']}")
    print(f"filtered events query on {query['events_in_store']} events: {query['median_ms']} ms "
          f"({query['matched']} matched, {query['returned']} returned)")


if __name__ == "__main__":
    main()
