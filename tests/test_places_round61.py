"""Places, round 61 (from check sets 131, 132 and 133): an Arabic name's first word before a capitalised one ('Ain
Draham' is no French department); a district named after a town lies around it outside the US, whatever other region
the article names; a county that is its country's first-level region ('Busia County', Kenya); peninsulas, estuaries
and straits as kinds of feature; a town located 'upstream on the X River'; places the gazetteer lacked."""
from __future__ import annotations

from conftest import by_text


def test_an_arabic_names_first_word_is_no_french_department(gaz):
    places = by_text("Firefighters in Tunisia fought blazes in the cork forests around Ain Draham on Sunday.", gaz)
    assert all(p.country_code != "FR" for p in places.values())
    # The department named alone stays the department.
    assert by_text("Storms hit France's Ain department.", gaz)["Ain"].country_code == "FR"


def test_a_district_named_after_a_town_lies_around_it_outside_the_us(gaz):
    text = "Talks on Azerbaijan's Nakhchivan exclave went on, and surveyors worked in the Qazax district."
    district = by_text(text, gaz)["Qazax district"]
    assert district.country_code == "AZ" and district.lat > 40.5


def test_a_county_that_is_its_countrys_first_level_region(gaz):
    county = by_text("Floods in Kenya displaced hundreds of families in Busia County last week.", gaz)["Busia County"]
    assert county.country_code == "KE" and county.feature_code == "ADM1"


def test_peninsulas_and_straits_as_kinds_of_feature(gaz):
    text = "Campaigners in Ireland say the cuts would leave the Beara and Mizen peninsulas far from a hospital."
    places = by_text(text, gaz)
    assert places["Beara"].country_code == "IE" and places["Mizen"].country_code == "IE"
    assert by_text("Waves halted ferries across the Cabot Strait to Newfoundland.", gaz)["Cabot Strait"].country_code \
        == "CA"


def test_a_town_located_upstream_on_a_river(gaz):
    text = "Rain lashed New Zealand's South Island. Murchison, upstream on the Buller River, lost power overnight."
    assert by_text(text, gaz)["Murchison"].country_code == "NZ"


def test_places_the_gazetteer_lacked(gaz):
    places = by_text("The storm tore through Bayda and Marj in eastern Libya, and ferries to Skye stopped in Scotland.",
                     gaz)
    assert places["Marj"].country_code == "LY" and places["Skye"].country_code == "GB"


def test_russian_regions_named_like_no_town(gaz):
    region = by_text("Floods in Russia's Far East swamped villages across the Amur region.", gaz)["Amur region"]
    assert region.country_code == "RU" and region.feature_code == "ADM1"
