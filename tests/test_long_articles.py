"""Articles longer than the spaCy model's length limit, and texts without full stops, are analysed: the tokenizer takes
the whole text, the parser only sentences of bounded length, and the steps that compare every place or event with
every other look up neighbours instead."""

from __future__ import annotations

import random
import re
from datetime import date

from eventwire.geo.holder import overlap_test, overlaps
from eventwire.geo.place import unresolved
from eventwire.model import Article
from eventwire.nlp import MAX_SENTENCE_TOKENS, split_sentences, tokenize
from eventwire.whenwhere import SpanIndex

# Our own filler: no event word, no place; a paragraph a mis-extracted page might repeat thousands of times.
FILLER = "The page footer repeats its small print here. Subscribers may change their reading settings at any time.\n"
PUBLISHED = date(2024, 3, 8)
EVENT = "Soldiers attacked a convoy near Mosul on Tuesday."


def test_article_over_the_models_length_limit_is_analysed(pipeline):
    """An article of more characters than the model's `max_length` (which spaCy's own `nlp(text)` refuses with E088)
    gives its events, with offsets into the whole text, instead of an internal error."""
    limit = pipeline.nlp.max_length
    text = FILLER * (limit // len(FILLER) + 1) + EVENT
    assert len(text) > limit
    analysis = pipeline.analyze(Article(text=text, published=PUBLISHED))
    attacks = [e for e in analysis.events if e.event == "ASSAULT"]
    assert attacks, [e.event for e in analysis.events]
    info = attacks[0].text_info
    assert text[info.start:info.end] == EVENT == info.sentence
    assert attacks[0].event_loc and attacks[0].event_loc["country"] == "IRQ"
    assert attacks[0].date == "2024-03-05"


def _run_on(clauses: int) -> str:
    words = ["the", "river", "rose", "again", "and", "farmers", "moved", "their", "herds", "uphill"]
    return ", ".join(" ".join(words[(i + k) % len(words)] for k in range(7)) for i in range(clauses))


def test_text_without_full_stops_is_cut_into_pieces_for_the_parser(pipeline):
    """A 'sentence' of thousands of tokens (a dump without full stops) reaches the parser in pieces of at most
    MAX_SENTENCE_TOKENS tokens, cut after a comma, that cover the text in order."""
    text = _run_on(600)
    doc = tokenize(pipeline.nlp, text)
    assert len(doc) > 8 * MAX_SENTENCE_TOKENS
    pieces = split_sentences(doc)
    assert len(pieces) >= 8
    assert all(len(tokenize(pipeline.nlp, p.text)) <= MAX_SENTENCE_TOKENS for p in pieces)
    assert all(p.text.endswith(",") for p in pieces[:-1])
    assert all(a.end <= b.start and not text[a.end:b.start].strip() for a, b in zip(pieces, pieces[1:]))
    assert pieces[0].start == 0 and pieces[-1].end == len(text)


def test_ordinary_sentences_are_not_cut(pipeline):
    """News sentences, long ones included, stay whole."""
    long_sentence = "Officials said " + ", ".join(f"the {n} bridge reopened" for n in range(40)) + "."
    text = "It rained. " + long_sentence + " Traffic resumed."
    pieces = split_sentences(tokenize(pipeline.nlp, text))
    assert [p.text for p in pieces] == ["It rained.", long_sentence, "Traffic resumed."]


def test_event_in_a_text_without_full_stops_is_found(pipeline):
    """Cut into pieces, a run-on text still gives the event inside it, its evidence one piece of the text."""
    text = _run_on(300) + ", " + EVENT.rstrip(".") + ", " + _run_on(300)
    analysis = pipeline.analyze(Article(text=text, published=PUBLISHED))
    attacks = [e for e in analysis.events if e.event == "ASSAULT"]
    assert attacks
    info = attacks[0].text_info
    assert "Soldiers attacked a convoy" in text[info.start:info.end]
    assert info.end - info.start < len(text) // 4


def _random_cases(seed: int, longest: int):
    """Lists of random place spans, each with random query spans of up to `longest` characters."""
    rng = random.Random(seed)
    for _ in range(30):
        places = []
        for _ in range(rng.randrange(0, 60)):
            start = rng.randrange(0, 5_000)
            places.append(unresolved(start, start + rng.randrange(0, 30), "X"))
        queries = [(start, start + rng.randrange(0, longest)) for start in rng.sample(range(5_100), 100)]
        yield places, queries


def test_overlap_lookup_answers_as_the_scan_does():
    for places, queries in _random_cases(7, 40):
        taken = overlap_test(places)
        assert [taken(a, b) for a, b in queries] == [overlaps(places, a, b) for a, b in queries]


def test_span_index_keeps_the_items_of_a_sentence_in_their_order():
    for places, queries in _random_cases(11, 400):
        index = SpanIndex(places)
        for a, b in queries:
            assert index.within(a, b) == tuple(p for p in places if p.start >= a and p.end <= b)


def test_long_article_places_match_its_parts(pipeline):
    """Places found in a long article of many reports are those found in each report alone: the lookups that
    replaced whole-article scans change nothing."""
    reports = [
        "Flooding cut roads around Kisumu and Kakamega in western Kenya on Monday.",
        "Officials in Lincolnshire said a school in Boston had closed because of the storm.",
        "Police in Lyon and Grenoble detained several people after the march.",
    ]
    text = "\n\n".join(reports * 40)
    whole = pipeline.analyze(Article(text=text, published=PUBLISHED)).places
    alone = [pipeline.analyze(Article(text=r, published=PUBLISHED)).places for r in reports]
    expected = [(p.text, p.geonameid) for p in alone[0] + alone[1] + alone[2]]
    got = [(p.text, p.geonameid) for p in whole]
    assert got == expected * 40
    assert re.search("Boston", text) and any(p.text == "Boston" and p.country_code == "GB" for p in whole)
