"""Places, round 89: of two great cities of one name abroad, about as large, the one nearer the country the article is
firmly about ("a son in Valencia" in news of Bulgaria is in Spain), unless the text qualifies it; a list closed by an
administrative word only some countries use ("Dire and Teltele woredas") names that country's districts, not a town
abroad that shares an item's name; "the water(s) of the X" names a river; a town "in" or ", in" a city it lies
beside is that city's quarter, whatever the article's country; a clause saying a town is "confused with" or "no
relation to" a namesake abroad is no context for the town itself, and its namesakes in the same country stay there;
a relative "who works ... in" a capital abroad is there, not in a home town of its name; a region's name heading a
roundup's section ("ALBAY:"), with no town of that name, is the region; a Russian adjective as news ends it
("Chersky", "Polyarnye") finds the town GeoNames ends otherwise ("Cherskiy", "Polyarnyye")."""

from __future__ import annotations

from conftest import all_named, by_text


def test_the_nearer_of_two_great_namesake_cities_abroad(gaz):
    text = ("Rose pickers in Kazanlak started before dawn on Monday, as Bulgaria's harvest peaked. \"My son in Valencia "
            "calls every Sunday,\" said one picker, 58. Bulgarian growers said prices had fallen for a third year, and "
            "Bulgaria's farm ministry promised help.")
    assert by_text(text, gaz)["Valencia"].country_code == "ES"


def test_the_rule_leaves_a_qualified_or_home_namesake_alone(gaz):
    qualified = ("Rose pickers in Kazanlak started before dawn, as Bulgaria's harvest peaked. A buyer from Valencia, "
                 "Venezuela, came for the oil. Bulgarian growers and Bulgaria's ministry welcomed him.")
    assert by_text(qualified, gaz)["Valencia"].country_code == "VE"
    home = ("Maracaibo and Valencia lost power on Tuesday, Venezuela's grid operator said. Venezuelan officials "
            "blamed a fault near the Guri dam, and Venezuela's president called it sabotage.")
    assert by_text(home, gaz)["Valencia"].country_code == "VE"


def test_a_list_closed_by_a_countrys_own_kind_word_is_that_countrys(gaz):
    text = ("Ethiopia's Borena zone is in its sixth failed rainy season. Officials in Yabelo said water trucks had "
            "reached Dire and Teltele woredas on Tuesday, and Ethiopian herders were moving cattle north.")
    places = all_named(text, "Dire", gaz)
    assert places and all(p.country_code == "ET" for p in places)
    assert by_text(text, gaz)["Teltele"].country_code == "ET"


def test_the_water_of_a_bare_name_is_the_river(gaz):
    text = ("BIHAĆ, Bosnia and Herzegovina - Kayakers waited on Saturday in the clear water of the Una below the "
            "falls at Štrbački Buk, where the rafting season opened a month late.")
    assert by_text(text, gaz)["Una"].feature_class == "H"


def test_a_town_in_a_city_beside_it_is_its_quarter(gaz):
    text = ("US airlines cancelled flights from New York and Boston on Monday, and American students abroad were told "
            "to stay put. Some waited out the week in a hostel in Kensington, in Sydney.")
    assert by_text(text, gaz)["Kensington"].country_code == "AU"


def test_a_town_often_confused_with_a_namesake_abroad_stays_home(gaz):
    text = ("Floods from the Chone River reached Tosagua, Calceta and Junín on Monday. Junín, a canton that grows "
            "cocoa, is frequently confused online with a Peruvian region and with Argentina's Junín. By Tuesday the "
            "council of Junín had posted pictures of flooded streets.")
    assert [p.country_code for p in all_named(text, "Junín", gaz)] == ["EC", "EC", "AR", "EC"]


def test_a_confusion_clause_moves_no_town_of_the_same_country_abroad(gaz):
    text = ("Brienz in Grisons, a village sliding down its slope, was evacuated again. It is regularly confused with "
            "the lakeside Brienz of the Bernese Oberland, a short train ride from Interlaken.")
    assert by_text(text, gaz)["Interlaken"].country_code == "CH"


def test_a_relative_working_in_a_capital_abroad_is_there(gaz):
    text = ("Rain swelled the Atrato again on Sunday in Chocó, Colombia, flooding Lloró, Bagadó and Bojayá. Rescue "
            "teams from Medellín and Pereira reached Istmina and Tadó by boat, and the government in Bogotá promised "
            "aid. Young people from Quibdó mostly move to Cali and Medellín. \"My son, who works on a farm in Madrid, "
            "sent money for the rent,\" one woman said. Colombia has had record rain this year.")
    assert by_text(text, gaz)["Madrid"].country_code == "ES"


def test_a_regions_heading_is_the_region(gaz):
    text = ("TYPHOON DESK, DAY 3\n\nALBAY: ASH ON ROOFS\nVillages below the volcano were told to stay indoors on "
            "Sunday.\n\nBENGUET: ROADS CLOSED\nLandslides blocked the road to Baguio, the Philippines highways "
            "ministry said.")
    places = by_text(text, gaz)
    assert places["ALBAY"].feature_code == "ADM1" and places["BENGUET"].country_code == "PH"


def test_russian_adjective_endings_as_news_writes_them(gaz):
    text = ("Russia: wildfire smoke reached Chersky and Beloyarsky on Monday, and the nuclear plant at Polyarnye Zori "
            "cut its output.")
    places = by_text(text, gaz)
    assert places["Chersky"].country_code == "RU" and places["Chersky"].lon > 150
    assert places["Polyarnye Zori"].name == "Polyarnyye Zori"
