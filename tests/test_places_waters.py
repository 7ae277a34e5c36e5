"""Seas, gulfs, bays and straits news names (reviewed in `geo/data/areas.tsv`): the body of water, not a country or
town in its name, and no country when several border it (sentences of our own)."""

from __future__ import annotations

from conftest import by_text


def test_a_strait_named_after_a_country_or_town_is_the_strait(gaz):
    places = by_text("Warships sailed through the Taiwan Strait and the Strait of Malacca this week.", gaz)
    assert "Taiwan" not in places and "Malacca" not in places
    assert [(places[n].feature_code, places[n].country_code) for n in ("Taiwan Strait", "Strait of Malacca")] == [
        ("SEA", ""), ("SEA", "")]


def test_gulfs_and_seas_between_countries_have_no_country(gaz):
    places = by_text("Tankers waited in the Gulf of Oman while navies patrolled the Gulf of Tonkin and the Barents "
                     "Sea near Finland.", gaz)
    assert {places[n].country_code for n in ("Gulf of Oman", "Gulf of Tonkin", "Barents Sea")} == {""}
    assert "Oman" not in places


def test_a_sea_within_one_country_has_its_country(gaz):
    places = by_text("Ferries crossed the Sea of Marmara, and drillers in the Permian Basin cut output.", gaz)
    assert (places["Sea of Marmara"].country_code, places["Permian Basin"].country_code) == ("TR", "US")
