"""`eventwire ingest -`: standard input as an input like a file, and a live feed's articles stored as they come."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
from pathlib import Path

import duckdb
import pytest

from conftest import EXAMPLES

EVENTWIRE = [sys.executable, "-m", "eventwire"]
DEMO = EXAMPLES / "demo" / "articles.jsonl"


def _ingest_stdin(db: Path, data: bytes) -> subprocess.CompletedProcess:
    return subprocess.run([*EVENTWIRE, "ingest", "-", "--engine", "inline", "--db", str(db), "--format", "jsonl"],
                          input=data, capture_output=True, timeout=300)


def test_jsonl_on_standard_input_is_ingested_and_a_bad_line_is_quarantined_with_its_line(tmp_path):
    lines = DEMO.read_bytes().splitlines()[:4]
    data = b"\n".join([lines[0], lines[1], b"{not json", lines[2], lines[3]]) + b"\n"
    done = _ingest_stdin(tmp_path / "s.duckdb", data)
    assert done.returncode == 1, done.stderr  # one record failed: the exit code says so
    out = [json.loads(line) for line in done.stdout.decode().splitlines()]
    assert out[0] == {"quarantined": "<stdin>:3", "code": "EW107", "message": out[0]["message"]}
    assert out[-1]["summary"]["stored"] == 4 and out[-1]["summary"]["failed"] == 1
    with duckdb.connect(str(tmp_path / "s.duckdb"), read_only=True) as con:
        ids = {r[0] for r in con.execute("SELECT id FROM articles").fetchall()}
        events = con.execute("SELECT count(*) FROM events").fetchone()[0]
    assert ids == {json.loads(line)["id"] for line in lines} and events > 0


def test_a_plain_text_article_on_standard_input_is_one_article(tmp_path):
    text = json.loads(DEMO.read_text().splitlines()[0])["text"].encode()
    done = _ingest_stdin(tmp_path / "s.duckdb", text)
    assert done.returncode == 0, done.stderr
    summary = json.loads(done.stdout.decode().splitlines()[-1])["summary"]
    assert summary["read"] == summary["stored"] == 1


@pytest.mark.parametrize("engine", ["inline", "local", "ray"])
def test_a_live_feed_is_stored_as_it_comes_not_when_a_batch_fills(tmp_path, engine):
    """Two articles arrive, then the feed goes quiet: they are stored within seconds, not held back for a
    batch of 64 or the end of the input."""
    from eventwire.ingest import Ingest, make_executor
    from eventwire.settings import load_settings
    from eventwire.sources import iter_articles
    from eventwire.store import Store

    articles = list(iter_articles([DEMO], limit=10**6))[:3]
    stored_two = threading.Event()
    waited: list[float] = []

    def feed():
        yield from articles[:2]
        start = time.monotonic()
        stored_two.wait(timeout=60)
        waited.append(time.monotonic() - start)
        yield articles[2]

    def progress(summary) -> None:
        if summary.stored >= 2:
            stored_two.set()

    if engine == "ray":
        pytest.importorskip("ray")
    executor = make_executor(load_settings(env={}, engine=engine, workers=1))
    try:
        with Store(tmp_path / "s.duckdb") as store:
            summary = Ingest(store, executor, on_progress=progress, live=True).run(feed())
    finally:
        executor.close()
    assert stored_two.is_set() and waited[0] < 30, waited
    assert summary.read == summary.stored == 3


def test_an_error_while_reading_a_live_feed_comes_after_the_articles_read_before_it():
    from eventwire.ingest.live import paced

    def feed():
        yield 1
        yield 2
        raise OSError("the pipe broke")

    got: list = []
    with pytest.raises(OSError, match="the pipe broke"):
        for item in paced(feed(), linger=0.05):
            got.append(item)
    assert [g for g in got if g is not None] == [1, 2]


def test_a_quiet_feed_ticks_so_that_waiting_work_goes_out():
    from eventwire.ingest.live import paced

    release = threading.Event()

    def feed():
        yield "a"
        release.wait(timeout=10)
        yield "b"

    seen: list = []
    for item in paced(feed(), linger=0.05):
        seen.append(item)
        if seen.count(None) == 3:
            release.set()
    assert [s for s in seen if s is not None] == ["a", "b"] and seen.count(None) >= 3
