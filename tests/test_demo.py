"""The demo corpus through the real CLI into a real DuckDB file: what `make demo` does."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.events.tables import PLOVER_TYPES

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
runner = CliRunner()
N_DEMO = sum(len((EXAMPLES / "demo" / f).read_text().splitlines()) for f in ("articles.jsonl", "wire.jsonl"))
DEMO_IDS = {json.loads(l)["id"] for l in (EXAMPLES / "demo" / "articles.jsonl").read_text().splitlines()}


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    db = tmp_path_factory.mktemp("demo") / "demo.duckdb"
    result = runner.invoke(app, ["ingest", str(EXAMPLES / "demo"), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert f"stored {N_DEMO}," in result.stdout
    return db


def test_demo_covers_all_sixteen_types(demo_db):
    with duckdb.connect(str(demo_db), read_only=True) as con:
        types = {row[0] for row in con.execute("SELECT DISTINCT event FROM events").fetchall()}
    assert types == set(PLOVER_TYPES)


def test_non_political_articles_have_no_events(demo_db):
    expected = [json.loads(line) for line in (EXAMPLES / "demo-expected.jsonl").read_text().splitlines()]
    political = {row["article"] for row in expected}
    with duckdb.connect(str(demo_db), read_only=True) as con:
        counts = dict(con.execute("SELECT id, n_events FROM articles").fetchall())
    quiet = [a for a in counts if a not in political and a in DEMO_IDS]
    assert quiet and all(counts[a] == 0 for a in quiet), {a: counts[a] for a in quiet}


def test_reingest_adds_nothing(demo_db):
    result = runner.invoke(app, ["ingest", str(EXAMPLES / "demo"), "--db", str(demo_db)])
    assert result.exit_code == 0
    assert f"stored 0, duplicates 0, already stored {N_DEMO}," in result.stdout


def test_events_command_lists_and_filters(demo_db):
    result = runner.invoke(app, ["events", "--db", str(demo_db), "--type", "ASSAULT", "--format", "jsonl"])
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert records and {r["event"] for r in records} == {"ASSAULT"}


def test_a_bad_line_is_quarantined_and_the_rest_stored(tmp_path):
    corpus = tmp_path / "mixed.jsonl"
    good = {"id": "ok-1", "text": "Chile condemned the attack on Peru.", "published": "2020-01-02"}
    corpus.write_text(json.dumps(good) + "\n{broken json\n" + json.dumps({"id": "x", "text": "Peru protested.", "published": "soon"}) + "\n")
    db = tmp_path / "s.duckdb"
    result = runner.invoke(app, ["ingest", str(corpus), "--db", str(db)])
    assert result.exit_code == 1
    assert "EW107" in result.stderr and "EW106" in result.stderr
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT id FROM articles").fetchall() == [("ok-1",)]
        assert con.execute("SELECT count(*) FROM quarantine").fetchone()[0] == 2
