"""Places: whole-text patterns gated by their words (`geo/gate.py`) find exactly what the bare patterns find, on every
check set's and the demo corpus' texts, and skip texts without the words; patterns led by a first-character test
(`led`) declare every character a match can start with."""

from __future__ import annotations

import importlib
import json
import pkgutil
import re
import re._parser as parser
from re._constants import (ASSERT, ASSERT_NOT, AT, BRANCH, IN, LITERAL, MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT,
                           RANGE, SRE_FLAG_IGNORECASE, SUBPATTERN)
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import eventwire.geo
from eventwire.geo import find_places
from eventwire.geo.gate import LED, Gated, gate, led

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


def _starts(items: list) -> tuple[set[str] | None, bool]:
    """The characters a match of the parsed items can start with (None: any, or not worked out) and whether the items
    can match the empty string. Zero-width assertions are skipped: they consume nothing."""
    out: set[str] = set()
    for op, arg in items:
        if op is LITERAL:
            return out | {chr(arg)}, False
        if op is IN:
            chars = _class_chars(arg)
            return (None if chars is None else out | chars), False
        if op in (AT, ASSERT, ASSERT_NOT):
            continue
        if op is SUBPATTERN and not arg[1] & SRE_FLAG_IGNORECASE:
            alternatives, at_least = [list(arg[3])], 1
        elif op is BRANCH:
            alternatives, at_least = [list(a) for a in arg[1]], 1
        elif op in (MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT):
            alternatives, at_least = [list(arg[2])], arg[0]
        else:
            return None, False
        empty = False
        for alternative in alternatives:
            chars, can_be_empty = _starts(alternative)
            if chars is None:
                return None, False
            out |= chars
            empty |= can_be_empty
        if at_least and not empty:
            return out, False
    return out, True


def _class_chars(members: list) -> set[str] | None:
    chars: set[str] = set()
    for op, arg in members:
        if op is LITERAL:
            chars.add(chr(arg))
        elif op is RANGE:
            chars |= {chr(code) for code in range(arg[0], arg[1] + 1)}
        else:
            return None  # a negated class or a category (\w): any character may start a match
    return chars


def first_characters(compiled: re.Pattern[str]) -> set[str] | None:
    """Every character a match of the pattern can start with; None when any can (or the pattern ignores case)."""
    if compiled.flags & re.IGNORECASE:
        return None
    chars, empty = _starts(list(parser.parse(compiled.pattern, compiled.flags)))
    return None if empty else chars


def _led_patterns() -> list[tuple[str, re.Pattern[str]]]:
    _gated_patterns()  # imports every module of eventwire.geo, so that all their led patterns are registered
    return sorted({(first, compiled.pattern): (first, compiled) for first, compiled in LED}.values(),
                  key=lambda pair: pair[1].pattern)


LED_PATTERNS = _led_patterns()


def test_the_first_characters_of_a_pattern_are_worked_out_or_left_open():
    assert first_characters(re.compile(r"\b(?:near|by|(?:north|south) of)")) == {"n", "b", "s"}
    assert first_characters(re.compile(r"(?<![\w.])((?:[A-C]\w+ ){0,2}[D-E]\w+)")) == set("ABCDE")
    assert first_characters(re.compile(r"\b(?:\w+) camp")) is None
    assert first_characters(re.compile(r"(?i:camp)s")) is None
    assert first_characters(re.compile(r"(?:in )?")) is None  # it can match nothing


def test_led_patterns_are_the_costliest_whole_text_scans():
    assert len(LED_PATTERNS) >= 15


@pytest.mark.parametrize("first,compiled", LED_PATTERNS, ids=[c.pattern[:40] for _, c in LED_PATTERNS])
def test_a_lead_holds_every_first_character_of_its_pattern(first, compiled):
    chars = first_characters(compiled)
    assert chars is not None, "the lead cannot be checked against this pattern"
    assert all(re.fullmatch(f"[{first}]", char) for char in chars), sorted(chars)


@pytest.mark.parametrize("first,compiled", LED_PATTERNS, ids=[c.pattern[:40] for _, c in LED_PATTERNS])
def test_a_lead_changes_no_match(first, compiled):
    quick = re.compile(f"(?=[{first}])" + compiled.pattern, compiled.flags)
    matched = 0
    for text in TEXTS:
        if compiled.pattern.endswith("$"):  # asked of the words before a name: each capitalised word's
            found = [_groups(compiled.search(text, max(0, at - 60), at)) for at in _capitals(text)]
            assert [_groups(quick.search(text, max(0, at - 60), at)) for at in _capitals(text)] == found
        else:
            found = [(m.span(), m.groups()) for m in compiled.finditer(text)]
            assert [(m.span(), m.groups()) for m in quick.finditer(text)] == found
        matched += any(found)
    assert matched > 0


def _capitals(text: str) -> list[int]:
    return [m.start() for m in re.finditer(r"(?<= )[A-Z]", text)]


def _groups(match: re.Match[str] | None) -> tuple | None:
    return (match.span(), match.groups()) if match else None


def test_a_lead_that_leaves_out_a_first_character_would_lose_matches():
    compiled = re.compile(r"\b(?:near|towards) ([A-Z]\w+)")
    narrow, right = re.compile("(?=[n])" + compiled.pattern), led("nt", compiled)
    text = "troops moved towards Velmira and camped near Dolgrad"
    assert [m.group(1) for m in right.finditer(text)] == ["Velmira", "Dolgrad"]
    assert [m.group(1) for m in narrow.finditer(text)] == ["Dolgrad"]
    assert not all(re.fullmatch("[n]", char) for char in first_characters(compiled))
