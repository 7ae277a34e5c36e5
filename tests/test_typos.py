"""Misspelt country names and demonyms, on words and sentences written for these tests."""

from __future__ import annotations

import pytest

from eventwire.actors.typos import TypoIndex, is_typo


@pytest.mark.parametrize(
    "word, surface, ok",
    [
        ("afganistan", "afghanistan", True),  # an inner letter dropped
        ("morrocco", "morocco", True),  # an inner letter added
        ("kuwiat", "kuwait", True),  # two adjacent inner letters swapped
        ("cameron", "cameroon", False),  # one of a doubled pair dropped: a name
        ("frances", "france", False),  # the last letter: a name
        ("marian", "malian", False),  # a letter replaced: a word or name
        ("romani", "omani", False),  # the first letter
    ],
)
def test_is_typo(word, surface, ok):
    assert is_typo(word, surface) is ok


def test_index_needs_one_surface_and_a_long_capitalised_word():
    index = TypoIndex([("Kuwait", "KWT"), ("Morocco", "MAR"), ("Gambia", "GMB"), ("Zambia", "ZMB")])
    assert index.match("Kuwiat") == "Kuwait"
    assert index.match("Morrocco") == "Morocco"
    assert index.match("kuwiat") is None  # not capitalised
    assert index.match("Gamiba") == "Gambia"


@pytest.mark.parametrize(
    "text, code",
    [
        ("Morrocco recalled its ambassador on Monday.", "MAR"),
        ("The Kuwiat government protested strongly.", "KWT"),
    ],
)
def test_misspelt_country_is_a_mention(pipeline, text, code):
    from eventwire import Article

    mentions = pipeline.analyze(Article(text=text)).mentions
    assert code in {m.code for m in mentions}


@pytest.mark.parametrize(
    "text",
    [
        "Crowds gathered in Nakuru on Monday.",  # a town the gazetteer knows, not Nauru
        "Samora Machel arrived on Monday.",  # part of a name
    ],
)
def test_real_names_are_not_misspellings(pipeline, text):
    from eventwire import Article

    assert not pipeline.analyze(Article(text=text)).mentions
