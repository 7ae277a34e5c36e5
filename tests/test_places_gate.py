"""Places: whole-text patterns gated by their words (`geo/gate.py`) find exactly what the bare patterns find, on every
check set's and the demo corpus' texts, and skip texts without the words."""

from __future__ import annotations

import importlib
import json
import pkgutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import eventwire.geo
from eventwire.geo import find_places
from eventwire.geo.gate import Gated, gate

ROOT = Path(__file__).resolve().parents[1]


def _gated_patterns() -> list[tuple[str, Gated]]:
    found = []
    for module in pkgutil.iter_modules(eventwire.geo.__path__):
        loaded = importlib.import_module(f"eventwire.geo.{module.name}")
        found += [(f"{module.name}.{name}", value) for name, value in vars(loaded).items()
                  if isinstance(value, Gated) and value.__class__ is Gated]
    return sorted(set(found), key=lambda pair: pair[0])


def _texts() -> list[str]:
    texts = [json.loads(line)["text"] for line in (ROOT / "examples/demo/articles.jsonl").read_text().splitlines()
             if line.strip()]
    for path in sorted((ROOT / "tests/data").glob("places_fresh*.xml")):
        texts += [node.text or "" for node in ET.parse(path).getroot().iter("text")]
    return texts


TEXTS = _texts()
PATTERNS = _gated_patterns()


def test_the_gated_patterns_are_the_whole_text_scans_of_several_modules():
    modules = {name.split(".")[0] for name, _ in PATTERNS}
    assert len(PATTERNS) >= 15 and {"unknown", "unknown_sites", "unknown_in", "county_lists"} <= modules


@pytest.mark.parametrize("name,gated", PATTERNS, ids=[name for name, _ in PATTERNS])
def test_a_gate_changes_no_match_and_closes_on_texts_without_its_words(name, gated):
    matched = closed = 0
    for text in TEXTS:
        spans = [m.span() for m in gated.compiled.finditer(text)]
        assert [m.span() for m in gated.finditer(text)] == spans, name
        matched += bool(spans)
        closed += not gated.opens(text)
    # The gate is no dead weight (it shuts on some texts) and the comparison is no empty one (the pattern matches).
    assert closed > 0, name
    assert matched > 0, name


def test_a_gated_pattern_keeps_the_compiled_patterns_other_methods():
    camp = gate(__import__("re").compile(r"(\w+) camp"), "camp")
    assert camp.search("the Zaatari camp").group(1) == "Zaatari"
    assert camp.pattern == r"(\w+) camp" and list(camp.finditer("no such site")) == []


def test_places_behind_gated_wording_are_still_found(gaz):
    text = ("Aid trucks queued at the Qorvash crossing near the border. Families who fled Tarnovka arrived in Velmira "
            "overnight, 30 km from Dolgrad, officials in Ukraine said.")
    found = {p.text for p in find_places(text, gazetteer=gaz)}
    assert {"Qorvash", "Tarnovka", "Velmira"} <= found
