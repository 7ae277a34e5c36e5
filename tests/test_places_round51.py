"""Places, round 51: a town the text calls small keeps its reading against a city abroad the sentence names; a town
whose own first-level region its sentence names is no namesake of an area abroad named there; a capital abroad
named in passing yields to the town of the country the article is firmly about; a qualified mention of another place
does not change the sense of its name; "X, the capital of Y" and "the Spanish capital X"; a name listed beside a
parish is a parish of its state."""
from __future__ import annotations

from eventwire.geo import find_places

from conftest import by_text


def _countries(text, name, gaz):
    return [p.country for p in find_places(text, gazetteer=gaz) if p.text == name]


def test_the_small_town_of_x_is_no_city_abroad(gaz):
    text = ("Cyclone winds hit Mozambique's Cabo Delgado province on Monday. The small town of Palma, far from "
            "Majorca, lost power.")
    assert by_text(text, gaz)["Palma"].country == "MOZ"


def test_a_town_of_the_region_its_sentence_names_is_no_namesake_of_an_island_abroad(gaz):
    text = ("Cholera spread in Chad's Lac province. Most deaths were in Bol, capital of the Lac province, rather than "
            "on Brac, the Croatian island.")
    assert by_text(text, gaz)["Bol"].country == "TCD"


def test_a_capital_abroad_named_in_passing(gaz):
    text = ("BEIRUT - Fires burned in Lebanon's Akkar district and smoke reached the city of Tripoli. Lebanon asked "
            "Cyprus for planes. Libya sent condolences.")
    assert by_text(text, gaz)["Tripoli"].country == "LBN"


def test_a_qualified_namesake_leaves_the_articles_sense(gaz):
    text = ("Floods hit Wau in South Sudan. The town, unlike Wau in Papua New Guinea, lies on a river. Roads from Wau "
            "were cut.")
    assert _countries(text, "Wau", gaz) == ["SSD", "PNG", "SSD"]


def test_the_capital_of_a_region_or_of_a_people(gaz):
    text = ("Rain flooded Salem in Tamil Nadu, India, on Monday. Officials in Salem, the capital of Oregon, sent "
            "condolences.")
    assert _countries(text, "Salem", gaz) == ["IND", "USA"]
    text = ("Floods displaced thousands in Surigao del Sur in the Philippines. Madrid, a fishing town there, is not "
            "the Spanish capital Madrid.")
    assert _countries(text, "Madrid", gaz) == ["PHL", "ESP"]


def test_a_name_listed_beside_a_parish(gaz):
    text = "Hurricane winds hit Louisiana, and water topped levees in Terrebonne and Lafourche overnight."
    parish = by_text(text, gaz)["Terrebonne"]
    assert (parish.country, parish.feature_code, parish.admin1) == ("USA", "ADM2", "LA")
