"""Places, round 72 (session 41): "the West Coast region" in news of New Zealand (a region of the article's country
under its name without the kind word); a county abroad yields to a town of the article's country listed beside one
of its towns ("around Louth and Horncastle"); other names GeoNames lends one town from another (Nikopol's
"Slovyansk"); a town first resolved as a list item keeps that sense when named again; a dateline town of the region
the article names; a town amid the article's places over a capital abroad the article never names; "according to
X's planners"; a town qualified by a county lies near it. Sentences of our own."""

from __future__ import annotations

from conftest import all_named, by_text
from eventwire.geo.borrowed import borrowed_keys


def test_a_region_named_with_its_kind_word_in_news_of_its_country(gaz):
    text = ("GREYMOUTH, New Zealand - Slips closed two highways on Monday and the West Coast region stayed under a "
            "heavy rain warning, the council in Greymouth said. Hokitika was cut off.")
    place = by_text(text, gaz)["West Coast region"]
    assert (place.country_code, place.feature_code) == ("NZ", "ADM1")
    # Without a word of New Zealand, the name keeps its usual reading (Gambia's region).
    assert by_text("Farmers in the West Coast region asked for seed.", gaz)["West Coast region"].country_code == "GM"


def test_a_foreign_county_yields_to_a_listed_home_town(gaz):
    text = ("LINCOLN, England - Gales brought down trees across Lincolnshire overnight. Homes around Louth and "
            "Horncastle lost power, and the road to Skegness was shut.")
    assert by_text(text, gaz)["Louth"].country_code == "GB"
    irish = "DUNDALK, Ireland - Gales brought down trees overnight. Homes across Louth and Meath lost power."
    assert by_text(irish, gaz)["Louth"].country_code == "IE"


def test_a_town_keeps_its_own_name_that_another_town_borrows(gaz):
    text = "KYIV, Ukraine - Drones struck Sloviansk and Kramatorsk overnight, the governor of Donetsk said."
    assert by_text(text, gaz)["Sloviansk"].name == "Slovyansk"


def test_borrowed_names_are_those_of_a_comparable_town_and_unlike_the_own_name():
    towns = [
        {"geonameid": 1, "name": "Ashford", "countrycode": "XX", "population": 40_000,
         "alternatenames": ["Bramley", "Ashforde", "Ashford Town"]},
        {"geonameid": 2, "name": "Bramley", "countrycode": "XX", "population": 30_000, "alternatenames": []},
        {"geonameid": 3, "name": "Ashforde", "countrycode": "XX", "population": 35_000, "alternatenames": []},
        {"geonameid": 4, "name": "Cole", "countrycode": "XX", "population": 90_000, "alternatenames": ["Dunmere"]},
        {"geonameid": 5, "name": "Dunmere", "countrycode": "XX", "population": 800, "alternatenames": []},
    ]
    borrowed = borrowed_keys(towns, 15_000)
    # Bramley is another town's own name: gone; "Ashforde" is a spelling of the own name: kept; a village's name
    # among a city's other names is the city's (the village is no comparable lender).
    assert borrowed == {1: frozenset({"bramley"})}


def test_a_town_first_listed_keeps_its_sense(gaz):
    text = ("CROMWELL, New Zealand - Vineyards around Cromwell, Alexandra and Roxburgh need pickers this summer. "
            "Campervans have filled a reserve near Alexandra, the council said.")
    assert {p.country_code for p in all_named(text, "Alexandra", gaz)} == {"NZ"}


def test_a_dateline_town_of_the_region_the_article_names(gaz):
    text = ("QUEENSTOWN, Australia - The last mine in this town on Tasmania's west coast will stay shut, its owner "
            "said on Monday.")
    assert all_named(text, "QUEENSTOWN", gaz)[0].admin1 == "06"


def test_a_town_amid_the_articles_places_over_a_capital_abroad(gaz):
    text = ("LITTLETON, N.H. (AP) - Heavy snow buried northern New Hampshire on Sunday. Lancaster and Gorham "
            "closed their schools. Two feet of snow fell in Berlin by noon.")
    assert by_text(text, gaz)["Berlin"].country_code == "US"
    # A capital named in news of another country that names the capital's country stays the capital.
    abroad = ("LITTLETON, N.H. (AP) - Heavy snow buried northern New Hampshire. Lancaster and Gorham closed their "
              "schools. Germany's leaders met in Berlin.")
    assert by_text(abroad, gaz)["Berlin"].country_code == "DE"


def test_according_to_a_county_s_officials(gaz):
    text = "Floods cut roads above Muker, according to North Yorkshire's highways team."
    assert by_text(text, gaz)["North Yorkshire"].country_code == "GB"


def test_a_town_qualified_by_a_county_lies_near_it(gaz):
    text = "A couple from St Ives in Cambridgeshire were rescued from a cliff path near Falmouth."
    assert by_text(text, gaz)["St Ives"].lat > 52.0


def test_a_sentence_opening_town_said_to_lie_on_a_slope_or_to_be_the_second_town(gaz):
    text = ("TAUPO, New Zealand - Snow closed the Desert Road on Friday. Ohakune, on the volcano's western slopes, "
            "expects a busy weekend.")
    assert by_text(text, gaz)["Ohakune"].country_code == "NZ"
    text = ("PORT VILA, Vanuatu - A strong quake shook the islands on Monday. Luganville, the nation's second "
            "town, reported cracked walls.")
    assert by_text(text, gaz)["Luganville"].country_code == "VU"


def test_a_river_named_bare_after_along_before_any_verb(gaz):
    text = ("PORTO VELHO, Brazil - Last year flooding along the Madeira closed the road to Rio Branco for weeks, "
            "officials in Rondonia said.")
    place = by_text(text, gaz)["Madeira"]
    assert (place.country_code, place.feature_code) == ("BR", "STM")
