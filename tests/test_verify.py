"""Verification: edits against near-copies, contradictions with independent reports, no flags on faithful copies."""

from __future__ import annotations

import json
from datetime import date

import pytest
from conftest import EXAMPLES, shared_file

from eventwire import Article
from eventwire.verify import VerifyDoc, verify, word_similarity
from eventwire.verify.bench import run

WIRE = {r["id"]: r for r in map(json.loads, (EXAMPLES / "demo" / "wire.jsonl").read_text().splitlines())}
FUKUSHIMA = ["wire-101", "harbour-3391", "ledger-7713", "northgate-5520", "continental-0824", "atlas-fk-11"]


def _doc(rid: str, events: tuple = ()) -> VerifyDoc:
    return VerifyDoc(rid, WIRE[rid]["text"], WIRE[rid]["outlet"], events)


def _others(rid: str, ids: list[str]) -> list[VerifyDoc]:
    return [_doc(o) for o in ids if o != rid]


@pytest.mark.parametrize("rid", ["wire-101", "harbour-3391", "ledger-7713", "wire-201", "harbour-4410", "ledger-8802"])
def test_faithful_reprints_raise_no_flag(rid: str) -> None:
    story = FUKUSHIMA if rid in FUKUSHIMA else ["wire-201", "harbour-4410", "ledger-8802", "northgate-6631"]
    assert verify(_doc(rid), _others(rid, story)) == []


def test_altered_reprint_gets_each_edit_flagged() -> None:
    flags = verify(_doc("northgate-5520"), _others("northgate-5520", FUKUSHIMA))
    kinds = {f.kind: f for f in flags}
    assert set(kinds) == {"altered", "inserted", "removed"}
    assert kinds["altered"].text == "expanding" and "suspending" in kinds["altered"].explanation
    assert kinds["inserted"].text.startswith("Leaked documents show")
    assert kinds["removed"].text.startswith("Japanese Prime Minister Fumio Kishida urged China")
    assert kinds["removed"].start == kinds["removed"].end
    text = WIRE["northgate-5520"]["text"]
    for flag in flags:
        assert text[flag.start:flag.end] == flag.text or flag.kind == "removed"
        assert flag.evidence and {"article_id", "text"} <= set(flag.as_dict()["evidence"][0])


def test_one_copy_against_one_says_so_and_alone_gets_nothing() -> None:
    flags = verify(_doc("northgate-6631"), [_doc("wire-201")])
    assert any(f.kind == "altered" and f.text == "3" for f in flags)
    assert all("one copy against one" in f.explanation for f in flags)
    assert verify(_doc("northgate-6631"), []) == []


def test_majority_decides_which_copy_was_altered() -> None:
    # the original checked against two faithful copies and the altered one: the altered copy is outvoted
    others = _others("wire-201", ["harbour-4410", "ledger-8802", "northgate-6631"])
    assert verify(_doc("wire-201"), others) == []


def test_word_similarity_tells_copies_from_reports() -> None:
    assert word_similarity(WIRE["wire-101"]["text"], WIRE["northgate-5520"]["text"]) > 0.7
    assert word_similarity(WIRE["wire-101"]["text"], WIRE["continental-0824"]["text"]) < 0.2


def test_planted_edits_recall_and_no_false_alarms(tmp_path) -> None:
    lines = (EXAMPLES / "demo" / "articles.jsonl").read_text().splitlines()[:12]
    (tmp_path / "a.jsonl").write_text("\n".join(lines))
    result = run(tmp_path / "a.jsonl")
    assert result["flags_on_faithful"] == 0
    assert result["recall"] >= 0.9 and result["precision"] >= 0.9, result


def test_seed_misattributed_threat_is_contradicted(pipeline) -> None:
    seed_text = shared_file("seed/000_c3ad2f93699c1550.txt").read_text(encoding="utf-8")
    def events(rid: str, text: str) -> tuple:
        analysis = pipeline.analyze(Article(text=text, published=date(2022, 9, 7), id=rid))
        return tuple(e.as_dict() for e in analysis.events)
    seed = VerifyDoc("seed", seed_text, "seed", events("seed", seed_text))
    report = VerifyDoc("atlas-sco-01", WIRE["atlas-sco-01"]["text"], "Atlas News Service",
                       events("atlas-sco-01", WIRE["atlas-sco-01"]["text"]))
    flags = verify(seed, [report])
    contradicted = [f for f in flags if f.kind == "contradicted"]
    assert contradicted and "threats to attack Taiwan" in contradicted[0].text
    assert contradicted[0].evidence[0]["article_id"] == "atlas-sco-01"
