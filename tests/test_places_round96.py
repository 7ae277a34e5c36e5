"""Places, round 96: an island named again by its bare name is that island, not a namesake abroad ("Fogo Island ...
deliveries to Fogo"), though a namesake qualified by where it lies keeps its own reading; a county whose name opens
with an abbreviation ("St. Louis County") is the county GeoNames spells out, in the state the article is about, and a
county after a compass word ("southern Victoria County") is that county, not a town it is named after; and a river
whose name opens with one ("the St. Louis River") is one feature, not two."""

from __future__ import annotations

from conftest import all_named
from eventwire.geo import find_places
from eventwire.geo.distance import km


def test_an_island_named_again_bare_is_that_island(gaz):
    text = ("Ferry crossings to Fogo Island were cut to one a day on Monday. Shopkeepers said deliveries to Fogo now "
            "take a week, and residents of Twillingate complained too.")
    fogo = all_named(text, "Fogo", gaz)[0]
    assert fogo.country_code == "CA" and km(fogo.lat, fogo.lon, 49.68, -54.17) < 25


def test_a_namesake_qualified_by_its_state_keeps_its_reading(gaz):
    text = "Whales were seen off Vancouver Island. Boats from Vancouver, Wash., joined the search."
    vancouver = all_named(text, "Vancouver", gaz)[0]
    assert vancouver.country_code == "US" and km(vancouver.lat, vancouver.lon, 45.64, -122.66) < 25


def test_a_county_named_with_an_abbreviation_is_the_county_of_the_articles_state(gaz):
    minnesota = all_named("HIBBING, Minn. - Snowplows were sent across St. Louis County on Sunday, officials "
                          "said.", "St. Louis County", gaz)[0]
    assert minnesota.feature_code == "ADM2" and minnesota.admin1 == "MN"
    assert km(minnesota.lat, minnesota.lon, 47.59, -92.46) < 161
    missouri = all_named("Police in St. Louis County, Missouri, said the suspect fled toward Kansas City.",
                         "St. Louis County", gaz)[0]
    assert missouri.feature_code == "ADM2" and missouri.admin1 == "MO"


def test_a_river_named_with_an_abbreviation_is_one_feature(gaz):
    text = "Canoeists paddled the St. Louis River past Duluth, Minnesota, on a warm Saturday."
    found = [(p.text, p.feature_code) for p in find_places(text, gazetteer=gaz)]
    assert ("St. Louis River", "STM") in found and not any(t in ("St", "Louis River") for t, _ in found)


def test_a_county_after_a_compass_word_is_that_county(gaz):
    text = ("FREDERICTON, N.B. - Potato growers across southern Victoria County reported frost damage on "
            "Tuesday.")
    county = all_named(text, "southern Victoria County", gaz)[0]
    assert county.feature_code == "ADM2" and county.country_code == "CA" and county.admin1 == "04"


def test_a_town_of_another_country_the_article_names_keeps_its_reading(gaz):
    text = ("Swimmers returned to Lake Villarrica in Chile this summer. A youth choir from Villarrica, Paraguay, "
            "sang at the lakeside festival.")
    villarrica = all_named(text, "Villarrica", gaz)[0]
    assert villarrica.country_code == "PY" and km(villarrica.lat, villarrica.lon, -25.75, -56.43) < 25
