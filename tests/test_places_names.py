"""Country and region names that are given names ("Chad Smith", "Georgia Harrison"): a person's before a surname, the
place before a kind word or on their own (sentences of our own)."""

from __future__ import annotations

from conftest import by_text


def test_a_country_name_before_a_surname_is_a_person(gaz):
    places = by_text("Chad's president met the singer Chad Smith, and Jordan Peterson spoke in Amman.", gaz)
    assert [p.start for p in places.values() if p.country_code == "TD"] == [0]  # only the possessive is the country
    assert "Jordan" not in places and places["Amman"].country_code == "JO"


def test_a_country_name_before_a_kind_word_or_alone_stays_the_place(gaz):
    places = by_text("Farmers in the Jordan Valley and in Chad lost crops, and Georgia's prime minister met officials "
                     "in Tbilisi.", gaz)
    assert places["Chad"].country_code == "TD" and places["Georgia"].country_code == "GE"
    assert "Jordan Valley" in places
