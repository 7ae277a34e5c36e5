"""Places, round 93: a region's name right after "the confluence with the" is the river, so the sentence names no
Brazilian state and the Paraguayan town before it stays Paraguay's; "the lower X" and "the upper X" are stretches of
a river whatever follows them, not the region of that name the article would then seem to be about; "X department" is
the region GeoNames' tables know in a country where nothing else bears the bare name (Uruguay's Flores), not an
island or towns abroad, while "Bijapur district" in a country with a town of that name keeps the town's reading; a
small town amid four or more of the article's towns is the one meant, however much larger a namesake far from all of
them; "X in Hutchinson County" is no part of the town Hutchinson elsewhere; "X neighbourhood of Y", like "X in Y",
puts a name read as a distant town in Y; a country named by the first part of its name ("Trinidad") that no other
name of the article points to is the town of the article's firm country, after any word; "between Cochabamba and
Santa Cruz" makes Santa Cruz a route's end, the city; and "North-west of the lake" is a direction, not South Africa's
North West province."""

from __future__ import annotations

from conftest import by_text
from eventwire.geo.distance import km


def test_a_river_after_the_confluence_with_leaves_the_town_before_it_in_the_article_country(gaz):
    text = ("ASUNCIÓN, Paraguay - River traffic slowed again. Paraguayan pilots in Asunción and Concepción said the "
            "channel was shallow. The gauge at Pilar, by its confluence with the Paraná, read a record low.")
    places = by_text(text, gaz)
    assert places["Paraná"].feature_code == "STM"
    assert places["Pilar"].country_code == "PY"


def test_the_lower_stretch_of_a_river_named_like_a_region_is_the_river(gaz):
    text = ("Colombia's floods spread on Tuesday. Gold dredges working along the lower Cauca have silted up the "
            "channels, officials in Montería and Magangué said. Cattle farms across southern Sucre were flooded.")
    places = by_text(text, gaz)
    assert places["Cauca"].feature_code == "STM"
    # So the article names no region Cauca, and Sucre is Colombia's, not Bolivia's capital.
    sucre = next(p for p in places.values() if p.text.endswith("Sucre"))
    assert sucre.country_code == "CO"
    # The region keeps its name elsewhere.
    assert by_text("Colombia's army sent troops to Cauca after the attack.", gaz)["Cauca"].feature_code == "ADM1"


def test_a_department_known_only_with_its_kind_word_is_that_region(gaz):
    text = "Uruguay's creeks overflowed in Flores department, cutting roads to the capital, Trinidad."
    place = next(p for p in by_text(text, gaz).values() if p.text.startswith("Flores"))
    assert place.country_code == "UY" and place.feature_code == "ADM1"


def test_a_district_named_like_a_town_of_its_country_keeps_the_town_reading(gaz):
    text = "Rebels attacked a police camp in Bijapur district of Chhattisgarh on Sunday, officials in India said."
    place = next(p for p in by_text(text, gaz).values() if p.text.startswith("Bijapur"))
    assert place.country_code == "IN" and place.lat < 20  # Chhattisgarh's Bijapur, not Karnataka's (16.8N 75.7E)
    assert place.lon > 80


def test_a_small_town_amid_the_article_towns_beats_a_larger_namesake_far_from_them(gaz):
    text = ("Water is expected at Eldon on Friday and at Keosauqua a day later. Shelters are open in Fairfield, "
            "Bloomfield and Ottumwa. Farther south, near Farmington, the river becomes the border of Iowa with "
            "Missouri.")
    places = by_text(text, gaz)
    assert places["Eldon"].admin1 == "IA"  # Iowa's, amid the other towns; not Missouri's larger one far from them
    assert places["Farmington"].admin1 == "IA"


def test_a_county_named_like_a_town_elsewhere_makes_no_part_of_that_town(gaz):
    text = ("Crews contained 40 percent of a blaze close to Fritch in Hutchinson County, and Stinnett families packed "
            "their cars.")
    fritch = by_text(text, gaz)["Fritch"]
    assert fritch.feature_code == "PPL" and fritch.geonameid is not None
    assert km(fritch.lat, fritch.lon, 35.64, -101.60) < 20


def test_a_neighbourhood_of_a_town_is_at_that_town(gaz):
    text = "In Peru, a brass band based in the Bellavista neighbourhood of Puno rehearsed for the festival."
    place = by_text(text, gaz)["Bellavista"]
    assert place.country_code == "PE" and km(place.lat, place.lon, -15.84, -70.02) < 20


def test_a_country_named_by_its_first_word_alone_is_the_town_of_the_article_country(gaz):
    text = ("Bolivia's lorry drivers waited on the blocked highway near Villa Tunari. One said he was hauling "
            "cement bags for Trinidad and had run out of food.")
    trinidad = by_text(text, gaz)["Trinidad"]
    assert trinidad.country_code == "BO" and trinidad.feature_class == "P"
    # Where the article points to the islands too, the country stays.
    text = "Venezuela's fishermen sell their catch to Trinidad and Tobago. Some sail for Trinidad at night."
    assert all(p.country_code == "TT" for p in by_text(text, gaz).values() if p.text.startswith("Trinidad"))


def test_the_second_end_of_a_route_between_two_cities_is_the_city(gaz):
    text = ("COCHABAMBA, Bolivia - Farm unions in the Chapare stopped all traffic moving between Cochabamba and Santa "
            "Cruz this week, Bolivian officials said.")
    santa_cruz = by_text(text, gaz)["Santa Cruz"]
    assert santa_cruz.feature_class == "P" and santa_cruz.country_code == "BO"


def test_a_compass_direction_before_of_is_no_region(gaz):
    text = "In Bolivia, herders north-west of the lake lost llamas. North-west of Oruro, wells ran dry."
    assert not any(p.country_code == "ZA" for p in by_text(text, gaz).values())
