"""An ingest's stories depend on its articles and their order only: not on how its writes are grouped, nor on
when it saves the story index (both follow the machine's speed)."""

from __future__ import annotations

import json
from datetime import date, timedelta

from conftest import EXAMPLES
from eventwire import Store, load_settings
from eventwire.ingest import Ingest, make_executor
from eventwire.ingest import runner as ingest_runner
from eventwire.model import Article

WIRE = {r["id"]: r for r in map(json.loads, (EXAMPLES / "demo" / "wire.jsonl").read_text().splitlines())}
TOWNS = ("Tampere", "Ghent", "Cork", "Brno", "Graz", "Malmo", "Porto", "Lyon")
ITEMS = ("a new tram line", "flood barriers", "school repairs", "a library", "street lighting", "a bus depot",
         "cycle lanes", "a swimming pool")


def _fillers(count: int, first_day: date) -> list[Article]:
    """Unrelated local news, dated years after the stories under test (which then fall out of the window)."""
    return [Article(f"The council of {TOWNS[n % 8]} approved {ITEMS[n // 8 % 8]} costing {n + 3} million euros "
                    f"after a debate that lasted {n % 5 + 2} hours.", first_day + timedelta(days=n % 20),
                    id=f"filler-{n}", title=f"{TOWNS[n % 8]} budget", outlet="Local Desk")
            for n in range(count)]


def _wire(article_id: str, new_id: str | None = None, prefix: str = "") -> Article:
    row = WIRE[article_id]
    return Article(prefix + row["text"], date.fromisoformat(row["published"]), id=new_id or article_id,
                   title=row["title"], outlet=row["outlet"])


def _groups(path, articles: list[Article], **options) -> dict[str, frozenset[str]]:
    """Each article's story, as the set of articles sharing it (story ids aside)."""
    with Store(path) as store:
        Ingest(store, make_executor(load_settings(env={}, engine="inline")), **options).run(articles)
        found = store.sql("SELECT id, story_id FROM articles")
    members: dict[str, set[str]] = {}
    for article_id, story_id in zip(found["id"], found["story_id"]):
        members.setdefault(story_id, set()).add(article_id)
    return {a: frozenset(m) for m in members.values() for a in m}


def test_a_copy_of_a_copy_keeps_the_story_after_it_left_memory_however_the_writes_are_grouped(tmp_path):
    """A reprint, then 64 unrelated articles from years later (the story is pruned from memory), then a reprint
    of the reprint and a copy of that: all four in one story, whether written in one transaction or one by one."""
    articles = [_wire("wire-201"), _wire("wire-201", "reprint-1", "UPDATED: ")]
    articles += _fillers(64, date(2025, 3, 1))
    articles += [_wire("wire-201", "reprint-2", "UPDATED: UPDATED: "), _wire("wire-201", "reprint-3", "UPDATED: UPDATED: ")]
    at_once = _groups(tmp_path / "once.duckdb", articles, batch_size=100, commit_size=100)
    one_by_one = _groups(tmp_path / "single.duckdb", articles, batch_size=1, commit_size=1)
    assert at_once["reprint-3"] == {"wire-201", "reprint-1", "reprint-2", "reprint-3"}
    assert at_once == one_by_one


def test_when_the_story_index_is_saved_does_not_change_the_stories(tmp_path, monkeypatch):
    """An independent report that arrives after newer news still joins its story, whether or not the index was
    saved in between (saving used to prune the stories the newer news had put out of the window)."""
    articles = [_wire("wire-201"), *_fillers(6, date(2025, 3, 1)), _wire("northgate-6631")]
    rarely = _groups(tmp_path / "rarely.duckdb", articles, batch_size=1, commit_size=1)
    monkeypatch.setattr(ingest_runner, "SNAPSHOT_SECONDS", 0.0)  # a slow machine: a snapshot after every write
    always = _groups(tmp_path / "always.duckdb", articles, batch_size=1, commit_size=1)
    assert rarely["northgate-6631"] == {"wire-201", "northgate-6631"}
    assert always == rarely


def test_a_story_index_restored_from_its_snapshot_decides_as_the_live_one(tmp_path):
    """Stopped after the first part (its snapshot saved): the rest, ingested later, lands in the same stories as
    in one run, the pruned story included."""
    head = [_wire("wire-201"), *_fillers(66, date(2025, 3, 1))]
    tail = [_wire("northgate-6631"), _wire("wire-201", "reprint-1", "UPDATED: ")]
    whole = _groups(tmp_path / "whole.duckdb", head + tail, batch_size=8, commit_size=8)
    _groups(tmp_path / "resumed.duckdb", head, batch_size=8, commit_size=8)
    assert _groups(tmp_path / "resumed.duckdb", tail, batch_size=8, commit_size=8) == whole
