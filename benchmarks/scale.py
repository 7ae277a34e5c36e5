"""Scale benchmark: (a) plain spaCy, (b) `eventwire ingest` with 1 worker, (c) with all local workers,
(d) with Ray on the same cores, on >= 2,000 articles made by varying the demo corpus. (a2), plain spaCy in
one process per core at once, measures the machine's own ceiling for c/b: a2/a.

Each run is its own process; peak memory per worker is the largest VmHWM among the run's descendant
processes (sampled from /proc), next to the driver's own. Ingest rates use the run's own summary
(reading, copy detection, analysis, writing and the story refresh; not interpreter, model or cluster
start-up, nor closing the store and the engine), and the wall time of the whole command is reported too. Results go to bench-results/scale.json.

    .venv/bin/python benchmarks/scale.py [--articles 2000] [--repeats 2] [--skip-ray]

The configurations run in interleaved rounds (a, b, c, d, a, b, ...), and each one's fastest round is
reported with every round's rate: on a shared virtual machine noise only ever slows a run down. The ratios
are also given within each round, with their median (`paired`): the runs of one round share the machine's
spell, while the fastest rounds of two configurations may not.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "examples" / "demo" / "articles.jsonl"
OUT = ROOT / "bench-results"
EVENTWIRE = [str(Path(sys.executable).with_name("eventwire"))]
SWAPS = (("said", "stated"), ("on Monday", "on Tuesday"), ("officials", "spokesmen"), ("government", "cabinet"))


def make_corpus(path: Path, count: int) -> tuple[int, int]:
    """`count` articles: the demo corpus with new ids, an opening line and a few words changed per copy."""
    rows = [json.loads(line) for line in DEMO.read_text(encoding="utf-8").splitlines() if line.strip()]
    words = 0
    with path.open("w", encoding="utf-8") as out:
        for n in range(count):
            row = rows[n % len(rows)]
            old, new = SWAPS[(n // len(rows)) % len(SWAPS)]
            text = f"Report {n // len(rows)} from the desk. " + row["text"].replace(old, new, 1 + n % 3)
            words += len(text.split())
            out.write(json.dumps({**row, "id": f"{row['id']}-v{n}", "text": text}) + "\n")
    return count, words


def spacy_child(corpus: Path, part: str | None = None) -> None:
    """(a), run in its own process: parse every text with the full pipeline via nlp.pipe, as spaCy ships it
    (`spacy.load`, without eventwire's indexed attribute ruler). With `part` "i/n", only every n-th text from
    the i-th, and parsing starts when a line arrives on stdin, so that parallel children parse at the same time."""
    import spacy

    from eventwire.settings import load_settings

    settings = load_settings(env={})
    nlp = spacy.load(settings.spacy_model)
    texts = [json.loads(line)["text"] for line in corpus.read_text(encoding="utf-8").splitlines()]
    list(nlp.pipe(texts[:5]))
    if part:
        index, count = (int(x) for x in part.split("/"))
        texts = texts[index::count]
        print("ready", flush=True)
        sys.stdin.readline()
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=settings.batch_size):
        pass
    print(json.dumps({"seconds": time.perf_counter() - start}))


class PeakWatcher:
    """Samples VmHWM (peak RSS) of a process and all its descendants until stopped."""

    def __init__(self, pid: int) -> None:
        self.root, self.peaks, self.names, self.cpu, self.commands = pid, {}, {}, {}, {}
        self.done = threading.Event()
        self.thread = threading.Thread(target=self._loop, daemon=True)
        self.thread.start()

    def _loop(self) -> None:
        while not self.done.wait(0.25):
            for pid in self._tree():
                status = _status(pid)
                if "VmHWM" in status:
                    self.peaks[pid] = max(self.peaks.get(pid, 0), int(status["VmHWM"].split()[0]))
                    self.names[pid] = status.get("Name", "")
                    self.cpu[pid] = max(self.cpu.get(pid, 0.0), _cpu_seconds(pid))
                    if pid not in self.commands:
                        self.commands[pid] = _command(pid)

    def _tree(self) -> list[int]:
        children: dict[int, list[int]] = {}
        for entry in os.listdir("/proc"):
            if entry.isdigit():
                ppid = _status(int(entry)).get("PPid")
                if ppid:
                    children.setdefault(int(ppid), []).append(int(entry))
        out, todo = [], [self.root]
        while todo:
            pid = todo.pop()
            out.append(pid)
            todo.extend(children.get(pid, []))
        return out

    def stop(self) -> dict:
        self.done.set()
        self.thread.join()
        roles = {pid: self._role(pid) for pid in self.peaks}
        workers = [pid for pid, role in roles.items() if role == "analysis"]
        cpu = {role: round(sum(self.cpu.get(p, 0.0) for p, r in roles.items() if r == role), 1)
               for role in ("driver", "analysis", "engine")}
        return {"driver_peak_mb": round(self.peaks.get(self.root, 0) / 1024, 1),
                "worker_peak_mb": round(max((self.peaks[p] for p in workers), default=0) / 1024, 1),
                "workers_seen": len(workers), "driver_cpu_s": cpu["driver"], "workers_cpu_s": cpu["analysis"],
                "engine_cpu_s": cpu["engine"], "engine_cpu_by_process": self._engine_names(roles)}

    def _role(self, pid: int) -> str:
        """driver; analysis: a process that ran the pipeline (a local worker, a Ray map actor); engine: everything
        else the run started (the local pool's fork server, Ray's services, its queue actor and read task)."""
        if pid == self.root:
            return "driver"
        if "MapWorker" in self.names.get(pid, ""):
            return "analysis"
        forked = "multiprocessing.forkserver" in self.commands.get(pid, "")
        return "analysis" if forked and self.peaks.get(pid, 0) > MODEL_KB else "engine"

    def _engine_names(self, roles: dict[int, str]) -> dict[str, float]:
        """CPU seconds of the engine's own processes by name, largest first."""
        out: dict[str, float] = {}
        for pid, role in roles.items():
            if role == "engine":
                out[self.names[pid]] = round(out.get(self.names[pid], 0.0) + self.cpu.get(pid, 0.0), 1)
        return dict(sorted(out.items(), key=lambda kv: -kv[1]))


MODEL_KB = 200_000
"""A forked process this large has loaded the pipeline: a local worker, not the fork server that forks them."""


def _command(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return ""


def _cpu_seconds(pid: int) -> float:
    """User + system CPU seconds a process has used so far (sampled, so the last 0.25 s may be missing)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _status(pid: int) -> dict[str, str]:
    try:
        lines = Path(f"/proc/{pid}/status").read_text().splitlines()
    except OSError:
        return {}
    return dict(line.split(":\t", 1) for line in lines if ":\t" in line)


def run(command: list[str], env: dict | None = None) -> tuple[str, float, dict]:
    """Run a command, returning its stdout, wall seconds and peak memory."""
    start = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
                            env={**os.environ, **(env or {})})
    watcher = PeakWatcher(proc.pid)
    out, err = proc.communicate()
    memory = watcher.stop()
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{err[-2000:]}")
    return out, time.perf_counter() - start, memory


def ingest(corpus: Path, work: Path, name: str, *options: str) -> dict:
    """One `eventwire ingest` run into a new store; rates from its own summary line."""
    db = work / f"{name}.duckdb"
    out, wall, memory = run([*EVENTWIRE, "ingest", str(corpus), "--db", str(db), "--format", "jsonl", *options])
    summary = json.loads(out.strip().splitlines()[-1])["summary"]
    return {"seconds": summary["seconds"], "wall_seconds": round(wall, 1), "stored": summary["stored"], **memory}


def rates(result: dict, articles: int, words: int) -> dict:
    seconds = result["seconds"]
    return {**result, "articles_per_s": round(articles / seconds, 2), "words_per_s": round(words / seconds, 1)}


def ratio(a: dict, b: dict) -> float | None:
    return round(a["articles_per_s"] / b["articles_per_s"], 3) if a and b else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--repeats", type=int, default=2,
                        help="rounds of (a)-(d), interleaved; each configuration's fastest round is reported")
    parser.add_argument("--skip-ray", action="store_true")
    parser.add_argument("--spacy-child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--part", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.spacy_child:
        return spacy_child(args.spacy_child, args.part)
    with tempfile.TemporaryDirectory(prefix="ew-scale-") as tmp:
        work = Path(tmp)
        corpus = work / "corpus.jsonl"
        articles, words = make_corpus(corpus, args.articles)
        rounds: dict[str, list[dict]] = {}
        for n in range(args.repeats):
            for name, measured in configurations(corpus, work, n, args.skip_ray):
                rounds.setdefault(name, []).append(rates(measured(), articles, words))
    report(rounds, articles, words)


def configurations(corpus: Path, work: Path, n: int, skip_ray: bool) -> list[tuple[str, Callable[[], dict]]]:
    """(name, measurement) of (a) to (d) for round `n`; each measurement runs in its own process."""
    def spacy() -> dict:
        out, wall, memory = run([sys.executable, __file__, "--spacy-child", str(corpus)])
        return {"seconds": json.loads(out)["seconds"], "wall_seconds": round(wall, 1), **memory}

    out = [("a_spacy", spacy), ("a2_spacy_parallel", lambda: spacy_parallel(corpus)),
           ("b_one_worker", lambda: ingest(corpus, work, f"b{n}", "--workers", "1")),
           ("c_all_workers", lambda: ingest(corpus, work, f"c{n}", "--workers", "0"))]
    if not skip_ray:
        out.append(("d_ray", lambda: ingest(corpus, work, f"d{n}", "--engine", "ray")))
    return out


def spacy_parallel(corpus: Path) -> dict:
    """(a2) plain spaCy in one process per core, each on its share of the corpus, all parsing at once: what the
    machine itself gives two parsers side by side (memory bandwidth, shared caches, a virtual machine's cores).
    Its rate over (a)'s is the ceiling for c/b that no ingest code can beat."""
    cores = os.cpu_count() or 1
    children = [subprocess.Popen([sys.executable, __file__, "--spacy-child", str(corpus), "--part", f"{i}/{cores}"],
                                 stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=ROOT)
                for i in range(cores)]
    for child in children:
        if child.stdout.readline().strip() != "ready":
            raise SystemExit("a spaCy child failed to start")
    for child in children:
        child.stdin.write("go\n")
        child.stdin.flush()
    seconds = [json.loads(child.communicate()[0])["seconds"] for child in children]
    if any(child.returncode for child in children):
        raise SystemExit("a spaCy child failed")
    return {"seconds": max(seconds), "wall_seconds": round(max(seconds), 1), "driver_peak_mb": 0.0,
            "worker_peak_mb": 0.0, "workers_seen": cores}


def paired(rounds: dict[str, list[dict]], top: str, bottom: str) -> dict:
    """The ratio of two configurations within each round, and the median over rounds. The two runs of a round
    follow each other, so a slow spell of a shared machine weighs on both; the fastest rounds of each (`ratios`)
    may come from different spells."""
    if top not in rounds or bottom not in rounds:
        return {}
    each = [round(t["articles_per_s"] / b["articles_per_s"], 3) for t, b in zip(rounds[top], rounds[bottom])]
    return {"rounds": each, "median": round(statistics.median(each), 3)}


def _share(part: float | None, whole: float | None) -> float | None:
    return round(part / whole, 3) if part and whole else None


def report(rounds: dict[str, list[dict]], articles: int, words: int) -> None:
    """Each configuration's fastest round (the machine's noise only ever slows a run down), with every round's rate."""
    cores = os.cpu_count() or 1
    runs = {name: {**max(done, key=lambda r: r["articles_per_s"]), "rounds_articles_per_s": [r["articles_per_s"] for r in done]}
            for name, done in rounds.items()}
    one = runs["b_one_worker"]["articles_per_s"]
    result = {
        "articles": articles, "words": words, "cores": cores, "rounds": len(rounds["b_one_worker"]), "runs": runs,
        "ratios": {"b/a": ratio(runs["b_one_worker"], runs["a_spacy"]), "goal_b/a": ">= 1.0",
                   "c/b": ratio(runs["c_all_workers"], runs["b_one_worker"]), "goal_c/b": ">= 1.8 on 2 cores",
                   "d/c": ratio(runs.get("d_ray", {}), runs["c_all_workers"]), "goal_d/c": ">= 0.85",
                   "a2/a": ratio(runs["a2_spacy_parallel"], runs["a_spacy"]),
                   "c/b of the machine's a2/a": _share(ratio(runs["c_all_workers"], runs["b_one_worker"]),
                                                       ratio(runs["a2_spacy_parallel"], runs["a_spacy"]))},
        "paired": {"a2/a": paired(rounds, "a2_spacy_parallel", "a_spacy"), "b/a": paired(rounds, "b_one_worker", "a_spacy"),
                   "c/b": paired(rounds, "c_all_workers", "b_one_worker"),
                   "d/c": paired(rounds, "d_ray", "c_all_workers")},
        "articles_per_day_per_core": round(runs["c_all_workers"]["articles_per_s"] / cores * 86400),
        "articles_per_day_one_worker": round(one * 86400),
        "articles_per_day_all_cores": round(runs["c_all_workers"]["articles_per_s"] * 86400),
        "gdelt_articles_per_day": 500_000,
    }
    OUT.mkdir(exist_ok=True)
    (OUT / "scale.json").write_text(json.dumps(result, indent=2))
    for name, r in runs.items():
        print(f"{name:>14}: {r['articles_per_s']:>7} art/s {r['words_per_s']:>9} words/s "
              f"({r['seconds']:.1f} s, wall {r['wall_seconds']} s; rounds {r['rounds_articles_per_s']} art/s); "
              f"peak driver {r['driver_peak_mb']} MB, worker {r['worker_peak_mb']} MB; CPU s driver "
              f"{r.get('driver_cpu_s')}, analysis {r.get('workers_cpu_s')}, engine {r.get('engine_cpu_s')}")
    print("ratios:", json.dumps(result["ratios"]))
    print("ratios within each round (median):", json.dumps(result["paired"]))
    print(f"{result['articles_per_day_per_core']:,} articles/day per core, "
          f"{result['articles_per_day_all_cores']:,} on {cores} cores (GDELT: ~500,000/day)")


if __name__ == "__main__":
    main()
