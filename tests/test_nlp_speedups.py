"""The indexed attribute ruler and the array-based sentence splitter give exactly what spaCy gives."""

from __future__ import annotations

import json

import pytest
import spacy

from conftest import EXAMPLES
from eventwire.nlp import split_sentences, tokenize
from eventwire.ruler_index import IndexedMatch, index_attribute_ruler

TRICKY = [
    "I'm gonna tell y'all: there ain't nothin' we can do, c'mon, let's go.",
    "He didn't say whether it's over; they've gotta wait till Monday, coz that's how it is.",
    "There were protests.  \n\n  It is what it is.\n\nThey asked him and he said it wasn't him.",
    "",
    "   ",
    "The U.S. envoy, who'd met them, said: \"We will.\"",
]


def _sentences(nlp) -> list[str]:
    rows = [json.loads(line) for line in (EXAMPLES / "demo" / "articles.jsonl").read_text().splitlines() if line]
    return [s.text for r in rows for s in split_sentences(tokenize(nlp, r["text"]))] + TRICKY


def _annotations(doc) -> list[tuple]:
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_) for t in doc]


def test_indexed_ruler_annotates_like_spacy(pipeline):
    """The real pipeline, indexed, tags, lemmatises and sets features exactly as spaCy's own ruler does."""
    stock = spacy.load(pipeline.settings.spacy_model, exclude=["ner"])
    indexed = pipeline.nlp
    assert isinstance(indexed.get_pipe("attribute_ruler").match, IndexedMatch)
    texts = _sentences(indexed)
    assert len(texts) > 200
    for ours, theirs in zip(indexed.pipe(texts, disable=["ner"]), stock.pipe(texts)):
        assert _annotations(ours) == _annotations(theirs), ours.text


def test_most_rules_are_answered_by_the_index(pipeline):
    matcher = pipeline.nlp.get_pipe("attribute_ruler").match
    indexed = sum(len(rules) for _, table in matcher.tables for rules in table.values())
    assert indexed > 150 and len(matcher.rest) < 15


def _ruler_pair(patterns: list[dict]):
    pairs = []
    for _ in range(2):
        nlp = spacy.blank("en")
        ruler = nlp.add_pipe("attribute_ruler")
        ruler.add_patterns(patterns)
        pairs.append(nlp)
    assert index_attribute_ruler(pairs[1])
    return pairs


PATTERNS = [
    {"patterns": [[{"LOWER": "run"}]], "attrs": {"LEMMA": "RUN-1"}},
    {"patterns": [[{"LOWER": {"IN": ["run", "ran"]}, "IS_SPACE": False}]], "attrs": {"LEMMA": "RUN-2"}},
    {"patterns": [[{"ORTH": "Run"}]], "attrs": {"NORM": "capital"}},
    {"patterns": [[{"LOWER": {"NOT_IN": ["walk"]}, "TEXT": {"IN": ["walk", "Walk", "WALK"]}}]],
     "attrs": {"LEMMA": "never"}},
    {"patterns": [[{"LOWER": "walk", "ORTH": {"NOT_IN": ["WALK"]}}]], "attrs": {"LEMMA": "WALK-1"}},
    {"patterns": [[{"LOWER": "gon"}, {"LOWER": "na"}]], "attrs": {"LEMMA": "go"}, "index": 0},
    {"patterns": [[{"LOWER": "gon"}, {"LOWER": "na"}]], "attrs": {"LEMMA": "to"}, "index": -1},
    {"patterns": [[{"LOWER": {"REGEX": "^y'?$"}}]], "attrs": {"LEMMA": "you"}},
    {"patterns": [[{"IS_SPACE": True}]], "attrs": {"LEMMA": "SPACE"}},
    {"patterns": [[{"LENGTH": 3}]], "attrs": {"NORM": "three"}},
]


@pytest.mark.parametrize("text", ["Run, run and ran: we ran.  Walk WALK walk gon na y' y'all yes",
                                  "", "gon", "run\n\nRun"])
def test_indexed_match_equals_matcher_on_every_kind_of_rule(text):
    stock, indexed = _ruler_pair(PATTERNS)
    ours, theirs = indexed(text), stock(text)
    assert [(t.lemma_, t.norm_) for t in ours] == [(t.lemma_, t.norm_) for t in theirs]
    doc = indexed.make_doc(text)
    assert indexed.get_pipe("attribute_ruler").match(doc) == sorted(set(stock.get_pipe("attribute_ruler").match(doc)))


def test_later_rules_win_as_in_spacy():
    stock, indexed = _ruler_pair(PATTERNS)
    assert [t.lemma_ for t in indexed("ran walk")] == ["RUN-2", "WALK-1"]
    assert [t.lemma_ for t in stock("ran walk")] == ["RUN-2", "WALK-1"]


def test_pipeline_without_ruler_is_left_alone():
    assert index_attribute_ruler(spacy.blank("en")) is False


def test_sentences_trimmed_with_offsets(pipeline):
    text = "  First one.  Second\n\n\nthird line.\n\n   \n"
    sentences = split_sentences(tokenize(pipeline.nlp, text))
    assert [s.text for s in sentences] == [text[s.start:s.end] for s in sentences]
    assert sentences[0].text == "First one." and sentences[0].start == 2
    assert all(s.text == s.text.strip() and s.text for s in sentences)
    assert split_sentences(tokenize(pipeline.nlp, "")) == []
