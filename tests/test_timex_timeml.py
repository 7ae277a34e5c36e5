"""The TimeML (.tml) gold reader of `eventwire eval timexes`, on tiny documents written here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.errors import EventwireError
from eventwire.eval.baseline import check_floors
from eventwire.eval.timexes import evaluate, read_gold

runner = CliRunner()

DOC = """<?xml version="1.0" ?>
<TimeML>
<DOCID>t1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2022-09-07" temporalFunction="false" functionInDocument="CREATION_TIME">2022-09-07</TIMEX3></DCT>
<TEXT>
Ministers <EVENT eid="e1" class="OCCURRENCE">met</EVENT> on <TIMEX3 tid="t1" type="DATE" value="2022-08-31">Wednesday</TIMEX3> and
will meet again <TIMEX3 tid="t2" type="DATE" value="2022-W37">next week</TIMEX3>, for
<TIMEX3 tid="t3" type="DURATION" value="P2D">two days</TIMEX3>, under the plan of <TIMEX3 tid="t4" type="DATE" value="XXXX">the program</TIMEX3>.
</TEXT>
</TimeML>
"""


def _write(folder, name: str, text: str):
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_text_offsets_and_gold_come_from_the_inline_timexes(tmp_path) -> None:
    (doc,) = read_gold(_write(tmp_path / "wire", "a.tml", DOC))
    assert (doc.name, doc.corpus, str(doc.dct)) == ("a", "wire", "2022-09-07")
    assert [g.text for g in doc.gold] == ["Wednesday", "next week", "two days", "the program"]
    assert all(doc.text[g.start:g.end] == g.text for g in doc.gold)
    assert "<EVENT" not in doc.text and "met on Wednesday" in doc.text
    assert "2022-09-07" not in doc.text  # the DCT is not part of the scored text


def test_a_folder_is_scored_like_meantime(tmp_path) -> None:
    _write(tmp_path / "wire", "a.tml", DOC)
    _write(tmp_path / "wire", "b.tml", DOC.replace("t1</DOCID>", "t2</DOCID>"))
    result = evaluate(tmp_path)
    # per document: Wednesday (wrong value: the tagger says 2022-09-07), next week, two days found; the program missed
    assert (result["documents"], result["gold"], result["predicted"]) == (2, 8, 6)
    assert result["scores"]["recall"] == pytest.approx(0.75)
    assert result["scores"]["value_accuracy"] == pytest.approx(2 / 3, abs=1e-4)
    assert list(result["per_corpus"]) == ["wire"]
    assert [m["text"] for m in result["misses"]] == ["the program", "the program"]


def test_nested_timexes_are_all_gold(tmp_path) -> None:
    nested = DOC.replace('<TIMEX3 tid="t3" type="DURATION" value="P2D">two days</TIMEX3>',
                         '<TIMEX3 tid="t5" type="DURATION" value="P3Y">from <TIMEX3 tid="t6" type="DATE" value="2003">2003'
                         '</TIMEX3> to <TIMEX3 tid="t7" type="DATE" value="2006">2006</TIMEX3></TIMEX3>')
    (doc,) = read_gold(_write(tmp_path, "n.tml", nested))
    assert [(g.text, g.value) for g in doc.gold][2:5] == [("from 2003 to 2006", "P3Y"), ("2003", "2003"), ("2006", "2006")]


def test_the_cli_reads_one_tml_file(tmp_path) -> None:
    path = _write(tmp_path, "a.tml", DOC)
    shown = runner.invoke(app, ["eval", "timexes", str(path), "--json"])
    assert shown.exit_code == 0, shown.output
    assert json.loads(shown.stdout)["gold"] == 4


@pytest.mark.parametrize("text, reason", [
    ("<TimeML><TEXT>x", "cannot parse"),
    ("<Document><TEXT>On Monday.</TEXT></Document>", "not <TimeML>"),
    ("<TimeML><TEXT>On Monday.</TEXT></TimeML>", "no <DCT>"),
    ('<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="soon" functionInDocument="CREATION_TIME"/></DCT><TEXT/></TimeML>', "DCT value"),
    ('<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2022-09-07" functionInDocument="CREATION_TIME"/></DCT></TimeML>', "no <TEXT>"),
    ('<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2022-09-07" functionInDocument="CREATION_TIME"/></DCT>'
     '<TEXT>On <TIMEX3 tid="t1" type="DATE">Monday</TIMEX3>.</TEXT></TimeML>', "lacks a type or value"),
])
def test_bad_files_are_coded_errors(tmp_path, text: str, reason: str) -> None:
    path = _write(tmp_path, "bad.tml", text)
    with pytest.raises(EventwireError) as caught:
        read_gold(path)
    assert caught.value.code == "EW401"
    assert reason in str(caught.value) or reason == "cannot parse"
    result = runner.invoke(app, ["eval", "timexes", str(path)])
    assert result.exit_code == 2 and "EW401" in result.output


def test_an_empty_corpus_filter_is_a_coded_error(tmp_path) -> None:
    _write(tmp_path / "wire", "a.tml", DOC)
    with pytest.raises(EventwireError) as caught:
        read_gold(tmp_path, ("sport",))
    assert caught.value.code == "EW401" and "no .tml documents" in str(caught.value)


@pytest.mark.parametrize("folder, baseline, size", [("timex_fresh", "timex-fresh", (16, 255)), ("timex_fresh2", "timex-fresh2", (8, 101))])
def test_fresh_set_gate(folder: str, baseline: str, size: tuple[int, int]) -> None:
    """The hand-labelled news sets in tests/data (TimeML) stay above their floors."""
    result = evaluate(Path(__file__).parent / "data" / folder)
    assert (result["documents"], result["gold"]) == size
    assert check_floors(baseline, result["scores"]) == [], result["scores"]
