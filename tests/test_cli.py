"""`eventwire analyze` on good and bad input: coded errors, no tracebacks, clean output."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from eventwire.cli import app

runner = CliRunner()


def run(*args: str, input: bytes | str | None = None):
    return runner.invoke(app, list(args), input=input)


def test_analyze_jsonl_prints_one_record_per_event(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Spain recalled its ambassador to Argentina on Sunday. Chile condemned the attack on Peru.")
    result = run("analyze", str(path), "--published", "2018-05-20", "--format", "jsonl")
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) >= 2
    for rec in records:
        assert {"id", "date", "event", "mode", "context", "actor", "recipient", "event_text", "quad_code",
                "event_scale", "cameo", "status", "text_info"} <= set(rec)
        assert rec["date"] == "2018-05-20"


def test_analyze_reads_stdin_and_prints_a_table():
    result = run("analyze", "-", input="Chile condemned the attack on Peru.")
    assert result.exit_code == 0, result.output
    assert "ACCUSE" in result.stdout and "CHL" in result.stdout


LONG = ("The Chilean foreign ministry on Tuesday strongly condemned the overnight attack on a Peruvian border post "
        "near Tacna, which it said had been carried out by an armed group operating from across the frontier.")


def test_a_piped_table_keeps_each_event_on_one_line(monkeypatch):
    # Piped to a file or a pager there is no terminal to fit: one line per event, the sentence clipped with an
    # ellipsis (the JSON formats carry it whole).
    monkeypatch.delenv("COLUMNS", raising=False)
    result = run("analyze", "-", "--published", "2019-03-05", input=LONG)
    rows = [line for line in result.stdout.splitlines() if "ACCUSE" in line]
    assert len(rows) == 1 and "2019-03-05" in rows[0] and "The Chilean foreign ministry" in rows[0]
    assert "…" in rows[0] and "frontier" not in result.stdout


def test_a_narrow_terminal_wraps_the_sentence_not_the_date(monkeypatch):
    monkeypatch.setenv("COLUMNS", "90")
    result = run("analyze", "-", "--published", "2019-03-05", input=LONG)
    assert result.exit_code == 0, result.output
    assert "2019-03-05" in result.stdout and "ACCUSE" in result.stdout
    assert max(len(line) for line in result.stdout.splitlines()) <= 90


def test_analyze_json_format(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Chile condemned the attack on Peru.")
    result = run("analyze", str(path), "--format", "json")
    data = json.loads(result.stdout)
    assert data["events"][0]["event"] == "ACCUSE"


def test_no_events_is_empty_not_an_error(tmp_path):
    path = tmp_path / "weather.txt"
    path.write_text("Light rain is expected along the coast through the weekend.")
    result = run("analyze", str(path), "--format", "jsonl")
    assert result.exit_code == 0
    assert result.stdout.strip() == ""


@pytest.mark.parametrize(
    "content, code",
    [
        (b"", "EW102"),
        (b"   \n\n", "EW102"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "EW103"),
        (b"Caf\xe9 owners protested in Paris.", "EW104"),
    ],
)
def test_bad_input_gets_a_coded_error(tmp_path, content, code):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    result = run("analyze", str(path))
    assert result.exit_code != 0
    assert code in result.stderr and str(path) in result.stderr
    assert "Traceback" not in result.output + result.stderr


def test_missing_file_and_too_large_file(tmp_path, monkeypatch):
    result = run("analyze", str(tmp_path / "nope.txt"))
    assert result.exit_code != 0 and "EW101" in result.stderr
    big = tmp_path / "big.txt"
    big.write_text("Chile condemned the attack. " * 100)
    monkeypatch.setenv("EVENTWIRE_MAX_ARTICLE_BYTES", "1000")
    result = run("analyze", str(big))
    assert result.exit_code != 0 and "EW105" in result.stderr


def test_bad_date_is_a_coded_error(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Chile condemned the attack.")
    result = run("analyze", str(path), "--published", "yesterday")
    assert result.exit_code != 0 and "EW106" in result.stderr


def test_unknown_model_is_a_coded_error(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Chile condemned the attack.")
    result = run("--model", "no_such_pipeline", "analyze", str(path))
    assert result.exit_code != 0 and "EW201" in result.stderr
