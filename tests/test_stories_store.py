"""Stories, corroboration and verification through ingest and the store, on the demo's wire stories."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from conftest import EXAMPLES
from eventwire import EventFilter, Store
from eventwire.cli import app

runner = CliRunner()
WIRE = EXAMPLES / "demo" / "wire.jsonl"
ROWS = [json.loads(line) for line in WIRE.read_text().splitlines()]


def _stories(db) -> dict[str, str]:
    result = runner.invoke(app, ["stories", "--db", str(db), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    return {r["article_id"]: r["story_id"] for r in map(json.loads, result.stdout.splitlines())}


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("wire") / "wire.duckdb"
    result = runner.invoke(app, ["ingest", str(WIRE), "--db", str(path), "--engine", "inline"])
    assert result.exit_code == 0, result.output
    return path


def test_reprints_join_their_original_and_independent_reports_join_too(db):
    story = _stories(db)
    assert set(story) == {r["id"] for r in ROWS}
    with Store(db, read_only=True) as store:
        copies = store.sql("SELECT id, duplicate_of FROM articles WHERE duplicate_of IS NOT NULL")
    assert len(copies) >= 4
    for article_id, original in zip(copies["id"], copies["duplicate_of"]):
        assert story[article_id] == story[original]
    by_title = {r["id"]: r["title"].lower() for r in ROWS}
    fukushima = {i for i, t in by_title.items() if "fukushima" in t or "seafood" in t}
    grain = {i for i, t in by_title.items() if "grain" in t}
    assert len(fukushima) >= 4 and len({story[i] for i in fukushima}) == 1
    grain_stories = [story[i] for i in grain]
    assert max(grain_stories.count(s) for s in grain_stories) >= len(grain) - 1
    assert not {story[i] for i in fukushima} & set(grain_stories)


def test_corroboration_counts_outlets_and_origins(db):
    with Store(db, read_only=True) as store:
        events = store.events()
        corroborated = store.events(EventFilter(min_sources=3))
    assert corroborated and len(corroborated) < len(events)
    for ev in corroborated:
        assert ev["num_sources"] >= 3 and ev["num_articles"] >= ev["num_sources"]
        assert 1 <= ev["num_origins"] < ev["num_articles"], "reprints must not count as independent origins"
    cli = runner.invoke(app, ["events", "--db", str(db), "--min-sources", "3", "--format", "jsonl"])
    assert {json.loads(l)["id"] for l in cli.stdout.splitlines()} == {e["id"] for e in corroborated}


def test_verify_flags_the_altered_reprint_with_evidence_and_spares_faithful_ones(db):
    flagged, clean = {}, []
    for row in ROWS:
        result = runner.invoke(app, ["verify", row["id"], "--db", str(db), "--format", "jsonl"])
        assert result.exit_code == 0, result.output
        flags = [json.loads(l) for l in result.stdout.splitlines()]
        (flagged.__setitem__(row["id"], flags) if flags else clean.append(row["id"]))
    assert clean and len(flagged) <= 3, flagged
    kinds = {f["kind"] for flags in flagged.values() for f in flags}
    assert "altered" in kinds
    for article_id, flags in flagged.items():
        text = next(r["text"] for r in ROWS if r["id"] == article_id)
        for flag in flags:
            if flag["kind"] != "removed":
                assert text[flag["start"]:flag["end"]] == flag["text"]
            assert flag["explanation"] and flag["evidence"] and all(e["article_id"] != article_id for e in flag["evidence"])


def test_verify_a_file_against_the_stored_story(db, tmp_path):
    altered = next(iter(r for r in ROWS if r["id"] in _flagged_ids(db)))
    path = tmp_path / "suspect.txt"
    path.write_text(altered["text"])
    result = runner.invoke(app, ["verify", str(path), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "compared with" in result.stdout and "[altered]" in result.stdout


def _flagged_ids(db) -> set[str]:
    with Store(db, read_only=True) as store:
        return {r["id"] for r in ROWS if store.flags(r["id"])}


def test_an_article_alone_in_its_story_gets_no_flags(tmp_path):
    single = tmp_path / "one.jsonl"
    single.write_text(json.dumps(ROWS[0]) + "\n")
    db = tmp_path / "one.duckdb"
    assert runner.invoke(app, ["ingest", str(single), "--db", str(db), "--engine", "inline"]).exit_code == 0
    result = runner.invoke(app, ["verify", ROWS[0]["id"], "--db", str(db)])
    assert result.exit_code == 0 and "0 flags; alone in its story" in result.stdout
    table = runner.invoke(app, ["stories", "--db", str(db)])
    assert "1 stories" in table.stdout and ROWS[0]["outlet"] in table.stdout


def test_the_seed_beside_an_independent_report_has_its_misattributed_threat_flagged(tmp_path):
    from conftest import shared_file

    seed = shared_file("seed/000_c3ad2f93699c1550.txt").read_text(encoding="utf-8")
    report = next(r for r in ROWS if "Samarkand" in r["text"])
    corpus = tmp_path / "pair.jsonl"
    corpus.write_text(json.dumps(report) + "\n" + json.dumps({"id": "seed", "text": seed, "published": "2022-09-07"}) + "\n")
    db = tmp_path / "pair.duckdb"
    assert runner.invoke(app, ["ingest", str(corpus), "--db", str(db), "--engine", "inline"]).exit_code == 0
    assert len(set(_stories(db).values())) == 1, "the seed joins the independent report's story"
    flags = [json.loads(l) for l in runner.invoke(app, ["verify", "seed", "--db", str(db), "--format", "jsonl"]).stdout.splitlines()]
    threat = [f for f in flags if f["kind"] == "contradicted" and "Taiwan" in f["text"]]
    assert threat and threat[0]["evidence"][0]["article_id"] == report["id"]
    assert seed[threat[0]["start"]:threat[0]["end"]] == threat[0]["text"]


def test_an_ingest_killed_before_its_story_snapshot_replays_the_stored_articles(db, tmp_path, monkeypatch):
    """Only the story index snapshot is lost: the articles stored after it are replayed when the index loads."""
    from eventwire import load_settings
    from eventwire.ingest import Ingest, make_executor
    from eventwire.sources import iter_articles

    monkeypatch.setattr(Ingest, "_snapshot", lambda self: None)  # as if killed after the last commit
    executor = make_executor(load_settings(env={}, engine="inline"))
    with Store(tmp_path / "killed.duckdb") as store:
        Ingest(store, executor).run(iter_articles([WIRE], limit=10**7))
        assert store.con.execute("SELECT count(*) FROM story_pending").fetchone()[0] == len(ROWS)
        replayed = store.story_index(7)
    with Store(db, read_only=True) as store:
        complete = store.story_index(7)
    assert replayed.state() == complete.state()
    assert len(replayed.stories) < len(ROWS)  # stories of several articles, as in the complete run


def test_a_reprint_joins_its_original_story_after_that_story_has_left_the_window(tmp_path):
    """An outlet reprinting an article months later: the reprint is marked as a copy and counted in the story
    of its original, although that story is long out of the story window and gone from the live index."""
    demo = [json.loads(line) for line in (EXAMPLES / "demo" / "articles.jsonl").read_text().splitlines()]
    first, later = ROWS[0], demo + demo  # enough articles for the index to drop stories out of the window
    corpus = tmp_path / "corpus.jsonl"
    lines = [{**first, "published": "2021-01-04"}]
    lines += [{**row, "id": f"later-{n}", "published": "2021-06-01"} for n, row in enumerate(later)]
    lines.append({**first, "id": "reprint", "outlet": "Another Outlet", "published": "2021-06-02"})
    corpus.write_text("".join(json.dumps(row) + "\n" for row in lines))
    db = tmp_path / "s.duckdb"
    result = runner.invoke(app, ["ingest", str(corpus), "--db", str(db), "--engine", "inline"])
    assert result.exit_code == 0, result.output
    with Store(db, read_only=True) as store:
        rows = store.sql(f"SELECT id, duplicate_of, story_id FROM articles WHERE id IN ('{first['id']}', 'reprint')")
    got = {i: (copy_of, story) for i, copy_of, story in zip(rows["id"], rows["duplicate_of"], rows["story_id"])}
    assert got["reprint"] == (first["id"], got[first["id"]][1])


def test_story_refresh_hands_the_largest_stories_out_first_and_stores_the_same_rows(db, tmp_path):
    """Parallel workers end a refresh together when the largest stories go first; what is stored does not
    depend on that order."""
    import shutil

    copy = tmp_path / "copy.duckdb"
    shutil.copy(db, copy)
    handed = []

    def jobs(function, items):
        handed.extend(items)
        return map(function, handed)

    def stored(store):
        return (store.con.execute("SELECT * FROM story_events ORDER BY ALL").fetchall(),
                store.con.execute("SELECT * FROM flags ORDER BY ALL").fetchall())

    with Store(copy) as store:
        before = stored(store)
        store.con.execute("DELETE FROM story_events; DELETE FROM flags; "
                          "INSERT INTO dirty_stories SELECT story_id, id FROM articles")
        assert store.refresh_dirty(jobs=jobs) > 1
        after = stored(store)
    sizes = [len(work.docs) for work in handed]
    assert sizes == sorted(sizes, reverse=True) and sizes[0] > sizes[-1] and max(sizes) <= 12
    assert after == before and before[0] and before[1]
