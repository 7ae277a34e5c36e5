"""Settings: defaults <- config file <- environment <- explicit overrides, frozen, documented."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from eventwire import EventwireError, Settings, load_settings

README = Path(__file__).resolve().parents[1] / "README.md"


def test_layers_override_in_order(tmp_path):
    config = tmp_path / "eventwire.toml"
    config.write_text('[eventwire]\nbatch_size = 8\ndb_path = "from-file.duckdb"\nprefilter = false\n')
    env = {"EVENTWIRE_BATCH_SIZE": "16"}
    cfg = load_settings(config, env=env, db_path="from-flag.duckdb")
    assert cfg.batch_size == 16 and cfg.db_path == "from-flag.duckdb" and cfg.prefilter is False
    assert load_settings(env={}).batch_size == Settings().batch_size


def test_settings_are_frozen():
    with pytest.raises(dataclasses.FrozenInstanceError):
        load_settings(env={}).batch_size = 3  # type: ignore[misc]


def test_unknown_and_bad_settings_are_coded_errors(tmp_path):
    with pytest.raises(EventwireError, match="EW202"):
        load_settings(env={"EVENTWIRE_NO_SUCH_THING": "1"})
    with pytest.raises(EventwireError, match="EW203"):
        load_settings(env={"EVENTWIRE_BATCH_SIZE": "many"})
    bad = tmp_path / "bad.toml"
    bad.write_text("this is = = not toml")
    with pytest.raises(EventwireError, match="EW205"):
        load_settings(bad, env={})


def test_every_setting_is_documented_in_the_readme():
    readme = README.read_text(encoding="utf-8")
    for field in dataclasses.fields(Settings):
        assert f"`{field.name}`" in readme, f"setting {field.name} is not documented in README.md"
        assert f"EVENTWIRE_{field.name.upper()}" in readme


def test_another_installed_pipeline_can_be_chosen(tmp_path, pipeline):
    """A pipeline by name or path: here a copy of the default saved to disk and loaded from there."""
    from eventwire import Article, Pipeline

    pipeline.nlp.to_disk(tmp_path / "copy")
    other = Pipeline(load_settings(env={}, spacy_model=str(tmp_path / "copy")))
    events = other.analyze(Article(text="Chile condemned the attack on Peru.")).events
    assert events and events[0].event == "ACCUSE"
