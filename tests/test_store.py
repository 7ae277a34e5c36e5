"""The store and its queries, over the demo corpus analysed by the real pipeline into a real DuckDB file."""

from __future__ import annotations

import json

import duckdb
import pytest
from typer.testing import CliRunner

from conftest import EXAMPLES
from eventwire import Article, EventFilter, EventwireError, Store
from eventwire.cli import app
from eventwire.pipeline import parse_date

runner = CliRunner()


def demo_articles() -> list[Article]:
    rows = [json.loads(line) for line in (EXAMPLES / "demo" / "articles.jsonl").read_text().splitlines()]
    return [Article(text=r["text"], published=parse_date(r.get("published")), id=r["id"], title=r["title"],
                    outlet=r["outlet"], url=r["url"]) for r in rows]


@pytest.fixture(scope="module")
def db(pipeline, tmp_path_factory):
    path = tmp_path_factory.mktemp("store") / "demo.duckdb"
    with Store(path) as store:
        assert store.add(pipeline.analyze_many(demo_articles())) == 44
    return path


def test_adding_the_same_articles_again_adds_nothing(db, pipeline):
    with Store(db) as store:
        before = store.stats()
        assert store.add(pipeline.analyze_many(demo_articles()[:3])) == 0
        assert store.stats() == before


def test_an_article_repeated_in_one_batch_is_stored_once_with_its_rows(pipeline, tmp_path):
    analysis = next(iter(pipeline.analyze_many(demo_articles()[:1])))
    with Store(tmp_path / "twice.duckdb") as store:
        assert store.add([analysis, analysis]) == 1
        stats = store.stats()
    assert stats["articles"] == 1 and stats["events"] == len(analysis.events) > 0


def test_stats_count_every_table(db):
    with Store(db, read_only=True) as store:
        stats = store.stats()
    assert stats["articles"] == 44 and stats["events"] > 150 and stats["entities"] > stats["events"]
    assert set(stats) >= {"articles", "events", "entities", "places", "stories", "quarantine"}


def test_actor_filter_with_and_without_sector(db):
    with Store(db, read_only=True) as store:
        russia = store.events(EventFilter(actor="RUS"))
        military = store.events(EventFilter(actor="rus:mil"))
    assert russia and military and len(military) < len(russia)
    assert all(any(a["code"] == "RUS" and a["sector"] == "MIL" for a in e["actor"]) for e in military)


def test_filters_combine(db):
    with Store(db, read_only=True) as store:
        events = store.events(EventFilter(event_type="assault", since="2022-01-01", until="2022-12-31", status="occurred"))
        all_assaults = store.count_events(EventFilter(event_type="ASSAULT"))
    assert events and len(events) < all_assaults
    assert all(e["event"] == "ASSAULT" and "2022-01-01" <= e["date"] <= "2022-12-31" for e in events)


def test_text_search_is_a_parameter_not_sql(db):
    with Store(db, read_only=True) as store:
        assert store.events(EventFilter(text="'; DROP TABLE events; --")) == []
        assert store.count_events() > 0
        found = store.events(EventFilter(text="kyiv"))
    assert found and all("kyiv" in e["text_info"]["sentence"].lower() for e in found)


def test_bad_filter_values_are_coded_errors(db):
    with Store(db, read_only=True) as store:
        with pytest.raises(EventwireError, match="EW503"):
            store.events(EventFilter(since="last week"))
        with pytest.raises(EventwireError, match="EW503"):
            store.events(EventFilter(actor="R;US"))


def test_dyad_series_counts_types_quads_and_scale(db):
    with Store(db, read_only=True) as store:
        series = store.dyads("RUS", "UKR", "month")
        events = store.events(EventFilter(actor="RUS", recipient="UKR"))
    assert sum(row["events"] for row in series) == len(events)
    for row in series:
        assert sum(row["by_type"].values()) == row["events"] == sum(row["by_quad"].values())
    assert round(sum(r["event_scale"] for r in series), 3) == round(sum(e["event_scale"] for e in events), 3)


def test_python_api_returns_dataframes(db):
    with Store(db, read_only=True) as store:
        frame = store.events_df(EventFilter(actor="USA"))
        assert len(frame) == store.count_events(EventFilter(actor="USA"))
        assert {"event", "date", "actor_codes", "event_scale"} <= set(frame.columns)
        assert store.sql("SELECT count(*) AS n FROM articles")["n"][0] == 44
        assert not store.actors_df().empty


def test_article_has_text_events_and_entities_with_offsets(db):
    with Store(db, read_only=True) as store:
        article = store.article("demo-001")
        with pytest.raises(EventwireError, match="EW504"):
            store.article("nope")
    text = article["text"]
    assert article["events"] and article["entities"]
    for ev in article["events"]:
        info = ev["text_info"]
        assert text[info["start"]:info["end"]] == info["sentence"]
        assert text[info["trigger_start"]:info["trigger_end"]] in ev["event_text"]
    for ent in article["entities"]:
        assert text[ent["start"]:ent["end"]] == ent["text"]


def test_an_old_store_is_refused_with_a_clear_error(tmp_path):
    old = tmp_path / "old.duckdb"
    with duckdb.connect(str(old)) as con:
        con.execute("CREATE TABLE articles (id VARCHAR)")
    with pytest.raises(EventwireError, match="EW502"):
        Store(old)


def test_missing_store_is_a_coded_error_for_readers(tmp_path):
    result = runner.invoke(app, ["events", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 2 and "EW501" in result.stderr


def test_events_command_filters_and_formats(db):
    result = runner.invoke(app, ["events", "--db", str(db), "--actor", "RUS", "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert records and all(any(a["code"] == "RUS" for a in r["actor"]) for r in records)
    csv_out = runner.invoke(app, ["events", "--db", str(db), "--type", "ASSAULT", "--format", "csv", "--limit", "5"])
    lines = csv_out.stdout.strip().splitlines()
    assert lines[0].startswith("id,date,event") and len(lines) == 6 and all(",ASSAULT," in l for l in lines[1:])
    table = runner.invoke(app, ["events", "--db", str(db), "--place", "ZZZ"])
    assert "no events found" in table.stdout and "0 events" in table.stdout


def test_stats_dyads_actors_show_commands(db):
    stats = json.loads(runner.invoke(app, ["stats", "--db", str(db), "--format", "json"]).stdout)
    assert stats["articles"] == 44 and stats["quarantine"] == 0
    dyads = runner.invoke(app, ["dyads", "--db", str(db), "--actor", "RUS", "--recipient", "UKR", "--by", "week", "--format", "jsonl"])
    assert dyads.exit_code == 0 and all("by_type" in json.loads(l) for l in dyads.stdout.splitlines())
    actors = json.loads(runner.invoke(app, ["actors", "--db", str(db), "--format", "json", "--limit", "3"]).stdout)
    assert len(actors["actors"]) == 3 and actors["actors"][0]["events"] >= actors["actors"][-1]["events"]
    show = runner.invoke(app, ["show", "demo-001", "--db", str(db)])
    assert show.exit_code == 0 and "Nigeria" in show.stdout
    missing = runner.invoke(app, ["show", "nope", "--db", str(db)])
    assert missing.exit_code == 2 and "EW504" in missing.stderr
