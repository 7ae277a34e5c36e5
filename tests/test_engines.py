"""Engines: one process, local workers and a real local Ray cluster give the same stored events;
the Parquet dataset of `--out` is queryable by DuckDB; a failing shard is retried, then quarantined."""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from conftest import EXAMPLES
from eventwire.cli import app
from eventwire.engines import records
from eventwire.errors import EventwireError
from eventwire.geo.place import Place
from eventwire.ingest import Ingest
from eventwire.model import Article
from eventwire.pipeline import Pipeline
from eventwire.settings import load_settings
from eventwire.sources import iter_articles
from eventwire.store import Store
from eventwire.timex.record import Timex

runner = CliRunner()
FAIL = "Zanzibar-test-failure"


def _rows() -> list[dict]:
    return [json.loads(l) for l in (EXAMPLES / "demo" / "articles.jsonl").read_text().splitlines()]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """20 demo articles, an exact copy, a near copy and a reworded variant, in one JSONL file."""
    rows = _rows()[:20]
    first = rows[0]
    extra = [{**first, "id": "copy", "outlet": "Other"},
             {**first, "id": "near", "text": first["text"].replace(". ", ", officials said. ", 1)},
             {**rows[1], "id": "variant", "text": "Update: " + rows[1]["text"].replace(" said", " stated", 1)}]
    path = tmp_path_factory.mktemp("corpus") / "in.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows + extra))
    return path


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    """One real local Ray cluster (2 CPUs) for the module."""
    ray = pytest.importorskip("ray")
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False,
             _temp_dir=str(tmp_path_factory.mktemp("ray")))
    yield ray
    ray.shutdown()


def _ingest(corpus: Path, db: Path, *options: str) -> dict:
    result = runner.invoke(app, ["ingest", str(corpus), "--db", str(db), "--format", "jsonl", *options])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout.strip().splitlines()[-1])


def _events(db: Path) -> list[str]:
    with Store(db, read_only=True) as store:
        return sorted(json.dumps(r, sort_keys=True, default=str) for r in store.iter_events())


def _articles(db: Path) -> list[tuple]:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute("SELECT id, duplicate_of, duplicate_kind, n_events, story_id, n_flags FROM articles ORDER BY id").fetchall()


def _story_rows(db: Path) -> list[tuple]:
    """Corroborated story events and verification flags: what the story refresh computed."""
    with duckdb.connect(str(db), read_only=True) as con:
        events = con.execute("SELECT * FROM story_events ORDER BY ALL").fetchall()
        flags = con.execute("SELECT * FROM flags ORDER BY ALL").fetchall()
    return [("story_event", *r) for r in events] + [("flag", *r) for r in flags]


@pytest.fixture(scope="module")
def single(corpus, tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("one") / "one.duckdb"
    _ingest(corpus, db, "--engine", "inline")
    return db


def test_records_round_trip_is_exact():
    rows = _rows()[:6]
    articles = [Article(r["text"], date.fromisoformat(r["published"]), r["id"], r["title"]) for r in rows]
    analyses = list(Pipeline(load_settings()).analyze_many(articles))
    assert sum(len(a.events) for a in analyses) > 0
    timex = Timex(3, 10, "Tuesday", "DATE", "2014-05-06", None, True)
    place = Place(0, 5, "Abuja", 2352778, "Abuja", 9.05785, 7.49508, "NG", "NGA", "FC", "P", "PPLC", "city")
    analyses.append(dataclasses.replace(analyses[0], timexes=(timex,), places=(place,)))
    for analysis in analyses:
        again = records.loads(records.dumps(analysis))
        assert again == analysis and type(again.article.published) is date
    assert type(records.loads(records.dumps(analyses[-1])).places[0]) is Place


def test_local_workers_store_the_same_events_as_one_process(corpus, single, tmp_path):
    db = tmp_path / "two.duckdb"
    summary = _ingest(corpus, db, "--workers", "2")
    assert summary["summary"]["stored"] == 23 and summary["summary"]["duplicates"] >= 1
    assert _events(db) == _events(single) != []
    assert _articles(db) == _articles(single)
    assert _story_rows(db) == _story_rows(single) != []


def test_ray_stores_the_same_events_as_one_process(corpus, single, cluster, tmp_path):
    db = tmp_path / "ray.duckdb"
    _ingest(corpus, db, "--engine", "ray")
    assert _events(db) == _events(single) != []
    assert _articles(db) == _articles(single)
    assert _story_rows(db) == _story_rows(single) != []


def test_ray_cli_starts_its_own_cluster_quietly_and_shuts_it_down(corpus, single, tmp_path):
    """`eventwire ingest --engine ray` without a cluster: a local one for the run, none of Ray's notices shown."""
    pytest.importorskip("ray")
    db = tmp_path / "own.duckdb"
    done = subprocess.run([sys.executable, "-m", "eventwire", "ingest", str(corpus), "--db", str(db), "--engine", "ray",
                           "--format", "jsonl"], capture_output=True, text=True, timeout=600,
                          env={**os.environ, "RAY_ADDRESS": ""})
    assert done.returncode == 0, done.stderr[-2000:]
    assert json.loads(done.stdout.strip().splitlines()[-1])["summary"]["stored"] == 23
    assert _events(db) == _events(single)
    for notice in ("Starting execution of Dataset", "execution finished", "Progress bars disabled",
                   "Token authentication is enabled"):
        assert notice not in done.stderr, done.stderr[-2000:]


def test_out_dataset_is_queryable_by_duckdb_with_the_same_events(corpus, single, cluster, tmp_path):
    out = tmp_path / "dataset"
    summary = _ingest(corpus, tmp_path / "unused.duckdb", "--engine", "ray", "--out", str(out))
    assert summary["store"]["articles"] == 23 and not (tmp_path / "unused.duckdb").exists()
    with Store(single, read_only=True) as store:
        expected = sorted((r["id"], r["event"], r["article_id"]) for r in store.iter_events())
    got = duckdb.sql(f"SELECT id, event, article_id FROM read_parquet('{out}/events/*.parquet') ORDER BY ALL")
    assert got.fetchall() == expected
    marks = duckdb.sql(f"SELECT id, duplicate_of FROM read_parquet('{out}/articles/*.parquet') "
                       "WHERE duplicate_of IS NOT NULL ORDER BY id").fetchall()
    assert marks == [(i, d) for i, d, *_ in _articles(single) if d]
    again = _ingest(corpus, tmp_path / "unused.duckdb", "--engine", "ray", "--out", str(out))
    assert again["summary"]["stored"] == 0 and again["summary"]["already_stored"] == 23


def test_failing_shard_is_retried_then_quarantined_and_a_rerun_completes(corpus, single, cluster, tmp_path):
    from eventwire.engines.ray import RayExecutor
    from eventwire.engines.ray_blocks import SHARD_ATTEMPTS

    rows = [json.loads(l) for l in corpus.read_text().splitlines()]
    rows[4]["text"] += f" {FAIL}."
    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    settings = load_settings(env={}, db_path=str(tmp_path / "s.duckdb"), engine="ray")
    executor = RayExecutor(settings, fail_marker=FAIL)
    try:
        with Store(settings.db_path) as store:
            summary = Ingest(store, executor, batch_size=8).run(iter_articles([path], limit=10**6))
            assert (summary.stored, summary.failed) == (22, 1)
            [bad] = store.quarantined()
    finally:
        executor.close()
    assert bad["code"] == "EW803" and bad["source"] == f"{path}:5" and f"{SHARD_ATTEMPTS} times" in bad["message"]
    executor = RayExecutor(settings)
    with Store(settings.db_path) as store:
        rerun = Ingest(store, executor, batch_size=8).run(iter_articles([path], limit=10**6))
        executor.close()
        assert (rerun.stored, rerun.already_stored, rerun.failed) == (1, 22, 0)
        assert store.quarantined() == [] and store.stats()["articles"] == 23


def test_without_ray_the_engine_says_how_to_install_it(monkeypatch):
    from eventwire.engines.ray import import_ray

    monkeypatch.setitem(sys.modules, "ray", None)
    with pytest.raises(EventwireError) as error:
        import_ray()
    assert error.value.code == "EW801" and "pip install eventwire[ray]" in str(error.value)
