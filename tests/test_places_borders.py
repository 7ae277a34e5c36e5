"""Where the text puts a place the gazetteer lacks, or a far namesake, in news from borders and cities: what the
words after it call it ("a Russian border village"), the side of a border it names, the border it lies on (not in the
country beyond); a small foreign town's name after a locative word in another country's story; names shaped like
places'; a namesake town before "in" and a town (sentences of our own)."""

from __future__ import annotations

from conftest import by_text


def test_the_country_an_appositive_names_holds_the_place(gaz):
    places = by_text("Ukrainian troops said they shelled Tyotkino, a Russian border village.", gaz)
    assert places["Tyotkino"].country_code == "RU"


def test_a_country_adjective_appositive_finds_a_place_no_rule_took(gaz):
    places = by_text("Kenyan police said gunmen attacked a bus near Dhobley Junction, a Somali border town, on "
                     "Sunday.", gaz)
    assert places["Dhobley Junction"].country_code == "SO"
    assert "Smith" not in by_text("Smith, a Kenyan town planner, said the plan was sound.", gaz)


def test_a_place_on_a_border_is_not_in_the_country_beyond_it(gaz):
    places = by_text("Thai soldiers said shells fired from Myanmar landed near Huai Nam Khao, a hamlet on the Myanmar "
                     "border, on Tuesday.", gaz)
    assert places["Huai Nam Khao"].country_code == "TH"
    places = by_text("Somali officials said gunmen attacked a bus near Dhobley Junction, a town near the Kenyan "
                     "border.", gaz)
    assert places["Dhobley Junction"].country_code == "SO"


def test_a_border_place_takes_the_other_country_its_sentence_names(gaz):
    text = ("Militants who crossed from Somalia attacked a bus near Dhobley Junction, close to the border with "
            "Somalia, Kenyan police said.")
    assert by_text(text, gaz)["Dhobley Junction"].country_code == "KE"


def test_a_small_foreign_towns_name_after_in_is_a_place_of_the_story(gaz):
    text = "Colombian troops clashed with rebels in Palomares on Monday, officials in Bogota said."
    place = by_text(text, gaz)["Palomares"]
    assert (place.country_code, place.geonameid) == ("CO", None)  # not the Mexican town of that name
    assert "Palomares" not in by_text("The minister met Palomares on Monday, officials in Bogota said.", gaz)


def test_names_shaped_like_places_after_a_locative_word(gaz):
    places = by_text("Colombian army units clashed with rebels in Puerto Nuevo Ventura, officials said.", gaz)
    assert places["Puerto Nuevo Ventura"].country_code == "CO"
    places = by_text("Syrian government planes bombed a market in Kafr Nabudah on Sunday, activists said.", gaz)
    assert places["Kafr Nabudah"].country_code == "SY"
    places = by_text("Police in Uttar Pradesh arrested 12 people in Bhagwanpur, officials said.", gaz)
    assert places["Bhagwanpur"].country_code == "IN"


def test_an_institution_or_an_unshaped_name_after_in_is_no_place(gaz):
    places = by_text("Colombian investors put money in Puerto Nuevo Bank, officials said.", gaz)
    assert not any(name.startswith("Puerto") for name in places)
    places = by_text("Colombian officials said the rebels had hidden weapons in Palomares's house on Monday.", gaz)
    assert "Palomares" not in places  # a person's house


def test_a_far_namesake_town_before_in_and_a_town_is_a_part_of_that_town(gaz):
    places = by_text("Supporters of the former president gathered on the Esplanada in Brasilia on Sunday.", gaz)
    part, town = places["Esplanada"], places["Brasilia"]
    assert (part.feature_code, part.lat, part.lon) == ("PPLX", town.lat, town.lon)  # not the town in Bahia
    places = by_text("He was born in Paris in 1950 and moved to Lyon in France.", gaz)
    assert places["Paris"].feature_code == "PPLC"  # "in" and a year: no town after it


def test_the_red_cross_is_no_town(gaz):
    assert "Red Cross" not in by_text("Houthi rebels released 14 prisoners to the Red Cross in Sanaa.", gaz)


def test_a_town_read_abroad_takes_the_country_after_its_comma(gaz):
    places = by_text("Police raided a house in Sultanabad, Pakistan, on Monday.", gaz)
    assert (places["Sultanabad"].country_code, places["Sultanabad"].resolution) == ("PK", "unresolved")  # not Arak
    assert by_text("Tourists returned to Petra, Jordan.", gaz)["Petra"].country_code == "JO"  # not the Greek town
    # A list or a new clause after the country qualifies nothing; a capital is never qualified by another country.
    places = by_text("Days after the coup in Niamey, Algeria put its troops on the border.", gaz)
    assert places["Niamey"].country_code == "NE"
    assert by_text("Talks in Geneva, France and Germany said, went well.", gaz)["Geneva"].country_code == "CH"
