"""The accuracy gate: the PLOVER dev half must not score below its checked-in floor."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from conftest import shared_file
from eventwire.cli import app
from eventwire.eval import check_floors, load_baselines
from eventwire.eval.plover import evaluate


def test_plover_dev_meets_its_floor(pipeline):
    result = evaluate(shared_file("gold/plover-gsr/plover-gsr-dev.jsonl"), pipeline)
    assert result["n"] == 179
    below = check_floors("plover-gsr-dev", result["scores"])
    assert not below, [str(e) for e in below] + [json.dumps(result["scores"])]


def test_floors_are_real():
    floors = load_baselines()["plover-gsr-dev"]
    assert floors["type_accuracy"] >= 0.5 and floors["dyad_accuracy"] >= 0.3


def test_eval_command_prints_scores_and_a_per_type_table(tmp_path):
    gold = tmp_path / "gold.jsonl"
    rows = [
        {"text": "Chile condemned the attack on Peru.", "event": "ACCUSE",
         "actor": [{"code": "CHL"}], "recipient": [{"code": "PER"}]},
        {"text": "The weather was fine.", "event": "ASSAULT", "actor": [{"code": "USA"}], "recipient": []},
    ]
    gold.write_text("\n".join(json.dumps(r) for r in rows))
    result = CliRunner().invoke(app, ["eval", "plover", str(gold)])
    assert result.exit_code == 0, result.output
    assert "type_accuracy: 0.500" in result.stdout and "dyad_accuracy: 0.500" in result.stdout
    assert "ACCUSE" in result.stdout and "ASSAULT" in result.stdout
    # The report says how many events each sentence yielded, since any one of them can make it right.
    assert "events per sentence: 0.50 (none 50.0%, several 0.0%)" in result.stdout


def test_eval_gate_fails_below_floor(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"text": "Nothing happened.", "event": "ASSAULT", "actor": [], "recipient": []}))
    result = CliRunner().invoke(app, ["eval", "plover", str(gold), "--baseline", "plover-gsr-dev"])
    assert result.exit_code == 1 and "EW402" in result.stderr


def test_malformed_gold_is_a_coded_error(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text("{not json")
    result = CliRunner().invoke(app, ["eval", "plover", str(gold)])
    assert result.exit_code == 2 and "EW401" in result.stderr
