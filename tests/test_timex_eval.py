"""The MEANTIME time-expression gate, and the scorer's arithmetic on a small CAT XML written here."""

from __future__ import annotations

import json

import pytest
from conftest import shared_file
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.errors import EventwireError
from eventwire.eval.baseline import check_floors
from eventwire.eval.timexes import evaluate, read_meantime

runner = CliRunner()

# sentence 0: title; 1: the dateline (creation time); 2: annotated body; 3: not annotated at all.
SENTENCES = [
    ["Talks", "end"],
    ["September", "7", ",", "2022"],
    ["Talks", "ended", "Wednesday", "and", "resume", "in", "two", "weeks", "under", "the", "program", ",", "officials", "say", "now", "."],
    ["Last", "year", "was", "calm", "."],
]


def _cat_xml(timexes: str) -> str:
    tokens, number = [], 0
    for s, words in enumerate(SENTENCES):
        for word in words:
            number += 1
            tokens.append(f'<token number="{number - 1}" sentence="{s}" t_id="{number}">{word}</token>')
    return f'<?xml version="1.0" ?><Document doc_id="1" doc_name="t">{"".join(tokens)}<Markables>{timexes}</Markables></Document>'


def _timex(m_id: int, ids: list[int], kind: str, value: str, function: str = "NONE") -> str:
    anchors = "".join(f'<token_anchor t_id="{i}"/>' for i in ids)
    return f'<TIMEX3 m_id="{m_id}" type="{kind}" value="{value}" functionInDocument="{function}">{anchors}</TIMEX3>'


@pytest.fixture
def gold_file(tmp_path):
    folder = tmp_path / "intra-doc_annotation" / "corpus_test"
    folder.mkdir(parents=True)
    markables = "".join([
        _timex(1, [3, 4, 5, 6], "DATE", "2022-09-07", "CREATION_TIME"),
        _timex(2, [9], "DATE", "2022-08-31"),          # found, wrong value (the tagger says 2022-09-07)
        _timex(3, [13, 14], "DURATION", "P2W"),        # found, right value, exact span
        _timex(4, [16, 17], "DATE", "XXXX-XX-XX"),     # "the program": missed
        '<TIMEX3 m_id="5" type="DATE" value="2022" functionInDocument="NONE"/>',  # no tokens: not a mention
    ])
    path = folder / "1_t.xml"
    path.write_text(_cat_xml(markables), encoding="utf-8")
    return tmp_path


def test_scorer_arithmetic_on_a_tiny_document(gold_file) -> None:
    result = evaluate(gold_file)
    # predicted in the annotated part: Wednesday, two weeks, now (the dateline is the creation time, "Last year"
    # is in a sentence nobody annotated); 2 of 3 gold matched, 1 of the 2 with the right value.
    assert (result["documents"], result["gold"], result["predicted"]) == (1, 3, 3)
    scores = result["scores"]
    assert scores["precision"] == pytest.approx(2 / 3, abs=1e-4)
    assert scores["recall"] == pytest.approx(2 / 3, abs=1e-4)
    assert scores["f1"] == pytest.approx(2 / 3, abs=1e-4)
    assert scores["strict_f1"] == pytest.approx(2 / 3, abs=1e-4)
    assert scores["type_accuracy"] == 1.0
    assert scores["value_accuracy"] == 0.5
    assert scores["value_f1"] == pytest.approx(1 / 3, abs=1e-4)
    assert [m["text"] for m in result["misses"]] == ["the program"]
    assert [(w["text"], w["predicted_value"]) for w in result["wrong_values"]] == [("Wednesday", "2022-09-07")]
    assert [f["text"] for f in result["false_positives"]] == ["now"]
    assert result["per_type"]["DURATION"] == {"n": 1, "recall": 1.0, "value_accuracy": 1.0}


def test_rebuilt_text_keeps_offsets_and_skips_the_creation_time(gold_file) -> None:
    (doc,) = read_meantime(gold_file)
    assert str(doc.dct) == "2022-09-07"
    assert doc.text.split("\n")[1] == "September 7, 2022"
    assert [g.text for g in doc.gold] == ["Wednesday", "two weeks", "the program"]


def test_cli_reports_and_fails_below_a_floor(gold_file) -> None:
    shown = runner.invoke(app, ["eval", "timexes", str(gold_file), "--json"])
    assert shown.exit_code == 0, shown.output
    assert json.loads(shown.stdout)["scores"]["value_f1"] == pytest.approx(1 / 3, abs=1e-4)
    gated = runner.invoke(app, ["eval", "timexes", str(gold_file), "--baseline", "meantime-en"])
    assert gated.exit_code == 1 and "EW402" in gated.output


def test_unreadable_gold_is_a_coded_error(tmp_path) -> None:
    with pytest.raises(EventwireError) as caught:
        read_meantime(tmp_path / "missing")
    assert caught.value.code == "EW401"
    broken = tmp_path / "broken.xml"
    broken.write_text("<Document><token", encoding="utf-8")
    result = runner.invoke(app, ["eval", "timexes", str(broken)])
    assert result.exit_code == 2 and "EW401" in result.output


def test_meantime_gate() -> None:
    folder = shared_file("gold/meantime-en/README.txt").parent
    result = evaluate(folder)
    assert result["documents"] == 120
    assert check_floors("meantime-en", result["scores"]) == [], result["scores"]
