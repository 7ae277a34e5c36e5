"""`eventwire ingest` end to end: every input format, bad input kept aside, copies, and resuming after kill -9."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from conftest import EXAMPLES, ROOT
from eventwire.cli import app

runner = CliRunner()
EVENTWIRE = [sys.executable, "-m", "eventwire"]


def _ids(db: Path) -> list[str]:
    with duckdb.connect(str(db), read_only=True) as con:
        return [r[0] for r in con.execute("SELECT id FROM articles ORDER BY id").fetchall()]


def _corpus(path: Path, copies: int) -> int:
    """The demo corpus repeated with new ids and a changed opening, so no two articles are copies."""
    rows = [json.loads(l) for l in (EXAMPLES / "demo" / "articles.jsonl").read_text().splitlines()]
    with path.open("w") as out:
        for n in range(copies):
            for row in rows:
                text = f"Update {n}: " + row["text"].replace(" said", f" said on day {n}", 1)
                out.write(json.dumps({**row, "id": f"{row['id']}-{n}", "text": text}) + "\n")
    return copies * len(rows)


def test_ingest_twice_adds_nothing_and_jsonl_summary_is_machine_readable(tmp_path):
    db = tmp_path / "s.duckdb"
    first = runner.invoke(app, ["ingest", str(EXAMPLES / "demo"), "--db", str(db), "--format", "jsonl", "--engine", "inline"])
    assert first.exit_code == 0, first.output
    summary = json.loads(first.stdout.strip().splitlines()[-1])
    assert summary["summary"]["stored"] == summary["store"]["articles"] > 0
    again = runner.invoke(app, ["ingest", str(EXAMPLES / "demo"), "--db", str(db), "--format", "jsonl", "--engine", "inline"])
    second = json.loads(again.stdout.strip().splitlines()[-1])["summary"]
    assert second["stored"] == 0 and second["already_stored"] == summary["summary"]["read"]


def test_copies_are_recorded_as_copies_of_their_original(tmp_path):
    rows = [json.loads(l) for l in (EXAMPLES / "demo" / "articles.jsonl").read_text().splitlines()][:3]
    original = rows[0]
    exact = {**original, "id": "reprint-exact", "outlet": "Other Outlet"}
    near = {**original, "id": "reprint-near", "text": original["text"].replace(". ", ", the agency said. ", 1)}
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows + [exact, near]) + "\n")
    db = tmp_path / "s.duckdb"
    result = runner.invoke(app, ["ingest", str(path), "--db", str(db), "--engine", "inline"])
    assert result.exit_code == 0, result.output
    assert "duplicates 2" in result.stdout
    with duckdb.connect(str(db), read_only=True) as con:
        copies = dict(con.execute("SELECT id, duplicate_kind FROM articles WHERE duplicate_of = ?", [original["id"]]).fetchall())
    assert copies == {"reprint-exact": "exact", "reprint-near": "near"}


def test_mixed_folder_stores_every_good_article_and_accounts_for_every_bad_one(tmp_path):
    from inputs_fixture import make_mixed_folder

    folder = tmp_path / "inputs"
    expected = make_mixed_folder(folder)
    db = tmp_path / "s.duckdb"
    result = runner.invoke(app, ["ingest", str(folder), "--db", str(db), "--engine", "inline"])
    assert result.exit_code == 1, result.output
    assert f"failed {len(expected['bad'])}" in result.stdout
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == expected["n_good"]
    listed = runner.invoke(app, ["quarantine", "--db", str(db), "--format", "jsonl"])
    rows = [json.loads(l) for l in listed.stdout.splitlines()]
    assert len(rows) == len(expected["bad"])
    for source, code in expected["bad"]:
        assert any(source in r["source"] and r["code"] == code for r in rows), (source, code, rows)


def _start(corpus: Path, db: Path) -> subprocess.Popen:
    env = {**os.environ, "EVENTWIRE_INGEST_BATCH": "8", "EVENTWIRE_INGEST_COMMIT": "8", "PYTHONUNBUFFERED": "1"}
    return subprocess.Popen(EVENTWIRE + ["ingest", str(corpus), "--db", str(db), "--workers", "1"],
                            cwd=ROOT, env=env, stderr=subprocess.PIPE, stdout=subprocess.PIPE, text=True)


def test_ingest_killed_with_sigkill_resumes_without_duplicates_or_gaps(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    total = _corpus(corpus, 3)
    db = tmp_path / "s.duckdb"
    proc = _start(corpus, db)
    deadline = time.monotonic() + 300
    for line in proc.stderr:  # the first progress line comes right after the first committed batch
        if "stored" in line and "stored 0," not in line:
            break
        assert time.monotonic() < deadline
    else:
        pytest.fail(f"ingest ended before any progress: {proc.wait()} {proc.stdout.read()}")
    time.sleep(0.7)
    proc.send_signal(signal.SIGKILL)
    proc.wait(30)
    partial = _ids(db)
    assert 0 < len(partial) < total, "the kill should land in the middle of the run"
    rerun = subprocess.run(EVENTWIRE + ["ingest", str(corpus), "--db", str(db), "--workers", "1", "--format", "jsonl"],
                           cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert rerun.returncode == 0, rerun.stderr
    ids = _ids(db)
    assert len(ids) == len(set(ids)) == total
    summary = json.loads(rerun.stdout.strip().splitlines()[-1])["summary"]
    assert summary["already_stored"] == len(partial) and summary["stored"] == total - len(partial)


def test_run_time_stops_when_everything_is_written_not_when_the_engine_shuts_down(tmp_path):
    from eventwire.ingest import Ingest, make_executor
    from eventwire.settings import load_settings
    from eventwire.sources import iter_articles
    from eventwire.store import Store

    executor = make_executor(load_settings(env={}, engine="inline"))
    with Store(tmp_path / "s.duckdb") as store:
        summary = Ingest(store, executor).run(iter_articles([EXAMPLES / "demo"], limit=10**6))
    seconds = summary.seconds
    time.sleep(0.2)  # closing the store and shutting down an engine (Ray: seconds) come after the run
    executor.close()
    assert summary.seconds == seconds > 0
    assert summary.as_dict()["articles_per_second"] == round(summary.read / seconds, 2)


def _stored(db: Path) -> list[tuple]:
    with duckdb.connect(str(db), read_only=True) as con:
        articles = con.execute("SELECT id, story_id, duplicate_of, n_events FROM articles ORDER BY id").fetchall()
        events = con.execute("SELECT id, article_id, event, actor_codes FROM events ORDER BY id").fetchall()
        stories = con.execute("SELECT id, story_id, num_articles FROM story_events ORDER BY id").fetchall()
    return [articles, events, stories]


def test_transaction_size_does_not_change_what_is_stored(tmp_path):
    """Analysed batches are written several to a transaction (`ingest_commit`): copies, stories and events
    come out the same as when every batch is its own transaction."""
    from eventwire.ingest import Ingest, make_executor
    from eventwire.settings import load_settings
    from eventwire.sources import iter_articles
    from eventwire.store import Store

    corpus = tmp_path / "corpus.jsonl"
    _corpus(corpus, 2)
    executor = make_executor(load_settings(env={}, engine="inline"))
    copies = []
    for name, commit in (("small", 8), ("large", 1000)):
        with Store(tmp_path / f"{name}.duckdb") as store:
            summary = Ingest(store, executor, batch_size=8, commit_size=commit).run(iter_articles([corpus], limit=10**6))
        assert summary.stored == summary.read
        copies.append(summary.duplicates)
    small, large = _stored(tmp_path / "small.duckdb"), _stored(tmp_path / "large.duckdb")
    assert small == large and len(small[1]) > 50 and small[2]
    assert copies[0] == copies[1] > 0  # the second round's near-copies of the first, across batches


def test_batches_merged_for_one_transaction_keep_columns_empty_in_one_of_them():
    from eventwire.ingest.prepare import PreparedBatch, merge
    from eventwire.store.rows import arrow_rows

    first = PreparedBatch((), {"places": arrow_rows([("a", None)])})  # no coordinates in this batch
    second = PreparedBatch((), {"places": arrow_rows([("b", 51.5)]), "events": arrow_rows([("b", 1)])})
    merged = merge([first, second])
    assert merged.tables["places"].to_pylist() == [{"c0": "a", "c1": None}, {"c0": "b", "c1": 51.5}]
    assert merged.tables["events"].num_rows == 1


def test_the_end_of_an_input_goes_out_in_shrinking_batches_that_keep_every_article_once():
    """Read-ahead lets ingest see the end coming: the last articles are cut so the workers run out together."""
    from eventwire.ingest.runner import TAIL_MIN_BATCH, tail_batches

    for count in range(0, 400, 7):
        held = list(range(count))
        parts = [len(p) for p in tail_batches(held, 64, 4)]
        assert [a for p in tail_batches(held, 64, 4) for a in p] == held
        assert all(n <= 64 for n in parts) and all(n >= TAIL_MIN_BATCH for n in parts[:-1])
        if count > 64:
            assert parts[0] > parts[-2] and len(parts) > -(-count // 64)
    assert [len(p) for p in tail_batches(list(range(70)), 64, 0)] == [64, 6]
