"""`eventwire export` from a real store: each format read back with a plain reader, counts and filters kept."""

from __future__ import annotations

import csv
import json

import duckdb
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from conftest import EXAMPLES
from eventwire import EventFilter, Store
from eventwire.cli import app

runner = CliRunner()


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("export") / "wire.duckdb"
    result = runner.invoke(app, ["ingest", str(EXAMPLES / "demo" / "wire.jsonl"), "--db", str(path), "--engine", "inline"])
    assert result.exit_code == 0, result.output
    return path


def _export(db, fmt: str, out, *filters: str):
    result = runner.invoke(app, ["export", "--db", str(db), "--format", fmt, "--out", str(out), *filters])
    assert result.exit_code == 0, result.output
    return result


def test_gdelt_rows_carry_the_corroboration_counts(db, tmp_path):
    out = tmp_path / "events.tsv"
    _export(db, "gdelt", out)
    with Store(db, read_only=True) as store:
        events = {e["id"]: e for e in store.events()}
    rows = list(csv.reader(out.open(), delimiter="\t"))
    assert rows and all(len(r) == 61 for r in rows)
    assert max(int(r[33]) for r in rows) == max(e["num_sources"] for e in events.values()) >= 3  # NumSources
    assert all(r[60].startswith("https://") for r in rows)  # SOURCEURL


def test_filters_apply_to_exports(db, tmp_path):
    out = tmp_path / "events.jsonl"
    _export(db, "plover", out, "--actor", "CHN")
    records = [json.loads(l) for l in out.read_text().splitlines()]
    with Store(db, read_only=True) as store:
        assert len(records) == store.count_events(EventFilter(actor="CHN")) > 0
    assert all(r["cite_info"]["outlet"] for r in records)


def test_parquet_csv_and_geojson_read_back(db, tmp_path):
    with Store(db, read_only=True) as store:
        total = store.count_events()
        located = store.sql("SELECT count(*) AS n FROM events WHERE lat IS NOT NULL")["n"][0]
    _export(db, "parquet", tmp_path / "e.parquet")
    assert pq.read_table(tmp_path / "e.parquet").num_rows == total
    _export(db, "csv", tmp_path / "e.csv")
    assert duckdb.sql(f"SELECT count(*) FROM read_csv('{tmp_path / 'e.csv'}', header=true)").fetchall()[0][0] == total
    result = _export(db, "geojson", tmp_path / "e.geojson")
    features = json.loads((tmp_path / "e.geojson").read_text())["features"]
    assert len(features) == located > 0 and "skipped" in result.stderr


def test_unknown_format_is_a_coded_error(db, tmp_path):
    result = runner.invoke(app, ["export", "--db", str(db), "--format", "xls", "--out", str(tmp_path / "x")])
    assert result.exit_code == 2 and "EW204" in result.stderr
