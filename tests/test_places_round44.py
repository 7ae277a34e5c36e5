"""Places, round 44: the short form of a town's long official name ("Socorro" of Nossa Senhora do Socorro) counts as
its own name for the bonus of a region the article names; a town of a country the article names, named bare in a
sentence that names its first-level region, needs 5,000 people; an agency named after a place ("the Xinhua news
agency") is no place."""
from __future__ import annotations

from conftest import by_text

from eventwire.geo.prior import short_form


def test_short_forms_of_official_names():
    assert short_form("socorro", "Nossa Senhora do Socorro")
    assert short_form("pinotepa", "Pinotepa Nacional")
    assert not short_form("socorro", "Socorro")  # the whole name is no short form of itself
    assert not short_form("ver", "Vera Cruz")  # whole words only


def test_a_short_form_takes_the_bonus_of_its_named_region(gaz):
    text = ("Heavy rain flooded low-lying streets across Sergipe on Tuesday, and the state's civil defence said "
            "dozens of families in Socorro had to leave their homes.")
    town = by_text(text, gaz)["Socorro"]
    assert (town.name, town.admin1) == ("Nossa Senhora do Socorro", "28")


def test_the_own_name_town_keeps_its_named_region(gaz):
    text = "Coffee growers in the hills of Sao Paulo state said frost had damaged crops around Socorro and Amparo."
    town = by_text(text, gaz)["Socorro"]
    assert (town.name, town.admin1) == ("Socorro", "27")


def test_a_bare_town_of_the_region_its_sentence_names(gaz):
    text = "Health officers in Queensland said a boil-water notice for Mareeba would stay until Friday."
    town = by_text(text, gaz)["Mareeba"]
    assert (town.country, town.admin1) == ("AUS", "04")


def test_a_bare_small_town_needs_its_region_in_the_same_sentence(gaz):
    text = "Rangers said Mareeba had seen no rain since June, though storms soaked parts of Victoria."
    assert "Mareeba" not in by_text(text, gaz)


def test_a_news_agency_named_after_a_town_is_no_place(gaz):
    places = by_text("Landslides cut roads across Sichuan province, the Xinhua news agency reported on Friday.", gaz)
    assert "Xinhua" not in places and places["Sichuan province"].feature_code == "ADM1"

