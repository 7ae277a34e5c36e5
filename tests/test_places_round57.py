"""Places, round 57 (from check sets 119 and 122-126): a compass word before a region's name that is also a common
name or capital; "the village of X" in news of two countries; a town named again without a locative word; South
African names with a lower-case prefix; towns, rivers and islands the gazetteer lacked."""
from __future__ import annotations

import sqlite3

from eventwire.geo import ensure_built, find_places

from conftest import by_text


def test_a_compass_word_makes_a_stoplisted_name_a_region_of_the_article(gaz):
    text = ("Bushfires burned across western Victoria on Monday, near Ararat and Stawell. Smoke reached Portland by "
            "the evening.")
    places = by_text(text, gaz)
    assert places["Portland"].country == "AUS"
    # Without a region named, a bare famous city abroad keeps its reading.
    assert by_text("Bushfires burned near Ararat on Monday. A plane flew on to Portland.", gaz)["Portland"].country \
        == "USA"


def test_a_village_of_a_country_the_story_never_names_in_news_of_two_countries(gaz):
    text = ("Chile and Argentina reopened the mountain road on Tuesday. Police in Los Andes and in Mendoza said "
            "drivers had waited two days near the village of Las Cuevas. Santiago blamed the snow; Buenos Aires "
            "blamed the customs posts, and a driver said he had come from Sao Paulo.")
    place = by_text(text, gaz)["Las Cuevas"]
    assert place.country_code != "MX"
    # In news of Mexico, the Mexican village is still found.
    text = "Mexico's army moved into the village of Las Cuevas in Durango state after a shooting in Mexico."
    assert by_text(text, gaz)["Las Cuevas"].country_code == "MX"


def test_a_one_word_town_named_again_without_a_locative_word(gaz):
    text = ("Botswana cut output at its mines in Orapa on Monday, officials in Gaborone said. Orapa produces a fifth "
            "of the country's diamonds.")
    spots = [p for p in find_places(text, gazetteer=gaz) if p.text == "Orapa"]
    assert len(spots) == 2 and all(p.country_code == "BW" for p in spots)
    # A person's name like a town, followed by what a person does, stays a person.
    text = "Floods closed roads around Murchison, Australia. Murchison said the council would help."
    spots = [p for p in find_places(text, gazetteer=gaz) if p.text == "Murchison"]
    assert len(spots) == 1


def test_a_south_african_name_with_a_lower_case_prefix(gaz):
    text = "Breakdowns at power stations near eMalahleni and in eThekwini left South Africa in the dark."
    places = by_text(text, gaz)
    assert places["eMalahleni"].country_code == "ZA" and places["eThekwini"].country_code == "ZA"
    assert not find_places("She sold her old phone on eBay and bought an eReader.", gazetteer=gaz)


def test_towns_and_features_the_gazetteer_lacked(gaz):
    text = ("Barges waited at Villeta, south of Asuncion, while trucks queued at Zamyn-Uud on the Mongolian border "
            "and ferries to Lolland stopped. The Glomma burst its banks in Norway.")
    places = by_text(text, gaz)
    assert places["Villeta"].country_code == "PY" and places["Zamyn-Uud"].country_code == "MN"
    assert places["Lolland"].country_code == "DK" and places["Glomma"].country_code == "NO"


def test_every_reviewed_town_lies_in_a_first_level_region():
    # A row whose reference town the gazetteer does not know would get no region and be dropped by lookups.
    db = sqlite3.connect(ensure_built())
    orphans = db.execute("SELECT name, cc FROM features WHERE geonameid IS NULL AND fclass = 'P' AND admin1 = ''")
    assert orphans.fetchall() == []


def test_the_port_of_a_name_near_the_story_over_a_capital_abroad(gaz):
    text = ("Guatemala's Fuego volcano erupted on Wednesday. Falling ash closed roads in Escuintla, and trucks bound "
            "for the southern port of San Jose were turned back, Guatemala's disaster agency said.")
    assert by_text(text, gaz)["San Jose"].country_code == "GT"
    # Named bare, it is still Costa Rica's capital.
    assert by_text("Ash fell on Escuintla, Guatemala. Officials in San Jose said.", gaz)["San Jose"].country_code \
        == "CR"


def test_a_department_of_el_salvador_and_a_province_of_the_philippines(gaz):
    text = "Polls opened across El Salvador, including the coastal department of La Libertad."
    assert by_text(text, gaz)["La Libertad"].country_code == "SV"
    text = "A typhoon hit northern Luzon. In San Fernando, La Union, evacuation centres filled."
    assert by_text(text, gaz)["La Union"].country_code == "PH"


def test_a_town_named_again_is_not_a_person_described_after_it(gaz):
    text = ("Storms hit Kansas on Friday. The roof of a school in Paola was torn off. Paola, a junior who plays "
            "guard, was not hurt.")
    spots = [p for p in find_places(text, gazetteer=gaz) if p.text == "Paola"]
    assert len(spots) == 1
