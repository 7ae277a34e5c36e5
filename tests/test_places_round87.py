"""Places, round 87: a town named again before ", and" (a clause, not a pair of people) is still that town; a county
the gazetteer places by its kind word keeps its first placement when named again beside another country's towns; a
town named like its first-level region ("Chihuahua") names the region for the namesakes after it; a small town
listed right before a name puts it in its region, over a region the article named before; a list of countries ended
by "the Baltic states" is no list of states of the article's country; a list of districts opened by a country's
possessive ("Uganda's X and Y districts") is in that country; "Roma" before a community word is the people; a city
listed with cities of two other countries is not moved to a namesake in one of them."""

from __future__ import annotations

from conftest import all_named, by_text


def test_a_town_named_again_before_a_comma_and_and_stays_the_town(gaz):
    text = ("Flooding cut the road into Kimbiri on Monday. The mayor of Pichari, on the opposite bank of the "
            "Apurímac, said his town would send boats across to Kimbiri, and asked the regional government for "
            "fuel. Pichari itself was dry, he said, unlike Kimbiri, and the two towns would share the cost.")
    towns = all_named(text, "Kimbiri", gaz)
    assert len(towns) == 3 and {t.country_code for t in towns} == {"PE"}


def test_a_county_named_again_beside_towns_abroad_keeps_its_place(gaz):
    text = ("Measles cases rose again in Gaines County, Texas, health officials said. In Mexico, doctors in the "
            "state of Chihuahua said travellers from the colonies near Nuevo Casas Grandes, whose families visit "
            "relatives in Gaines County, were being offered vaccines.")
    counties = all_named(text, "Gaines", gaz)
    assert [c.country_code for c in counties] == ["US", "US"]
    assert counties[1].lat == counties[0].lat and counties[1].admin1 == "TX"


def test_a_town_named_like_its_state_names_the_state_for_namesakes_after_it(gaz):
    text = ("Health officials in Chihuahua said on Friday that most new cases were among families in Cuauhtemoc, "
            "where farm colonies lie along the highway.")
    places = by_text(text, gaz)
    assert places["Cuauhtemoc"].admin1 == places["Chihuahua"].admin1
    assert places["Cuauhtemoc"].lat > 27  # Chihuahua's Cuauhtémoc, not Mexico City's borough


def test_a_small_town_listed_before_a_name_outweighs_a_region_named_before(gaz):
    text = ("Barges carried soy meal from Corrientes and Goya down the Paraná. Crushers at Puerto General San Martín, "
            "Timbúes and San Lorenzo said they were running at half capacity.")
    places = by_text(text, gaz)
    assert places["San Lorenzo"].admin1 == places["Timbúes"].admin1 != places["Goya"].admin1


def test_countries_listed_before_the_baltic_states_are_countries(gaz):
    text = ("MACON, Ga. - Fruit growers in Georgia said exports were up this year, from orchards around Fort "
            "Valley, Perry and Byron. Exports to Poland, China, Ukraine and the Baltic states rose by a fifth, a "
            "trade group in Atlanta said.")
    places = by_text(text, gaz)
    assert [places[n].country_code for n in ("China", "Poland", "Ukraine")] == ["CN", "PL", "UA"]
    text = "Gunmen attacked villages in Zamfara and Katsina states, Nigeria, and the Juba and the Shabelle rivers rose."
    places = by_text(text, gaz)
    assert places["Katsina"].feature_code == "ADM1" and places["Shabelle"].feature_class == "H"


def test_an_unknown_district_listed_after_a_countrys_town_is_in_that_country(gaz):
    text = ("ARU, Congo - Traders at Aru said refugees who fled the fighting in Ituri have been settled in Uganda's "
            "Arua and Terego districts, across the border.")
    assert by_text(text, gaz)["Terego"].country_code == "UG"


def test_roma_before_a_community_word_is_the_people_and_roma_in_queensland_a_town(gaz):
    text = ("SLIVEN, Bulgaria - Volunteers ran free clinics in Roma neighbourhoods of Sliven and Yambol this month, "
            "and a Roma community leader said turnout was high.")
    assert all_named(text, "Roma", gaz) == []
    assert by_text("Graziers near Roma, in Queensland, said the drought had broken.", gaz)["Roma"].country_code == "AU"


def test_a_city_listed_with_cities_of_two_other_countries_stays_abroad(gaz):
    text = ("JUAYUA, El Salvador - Coffee farmers here sell through a cooperative whose manager studied in "
            "Sacramento, California. Its beans leave the port of Acajutla for buyers in Hamburg, Portland and Osaka.")
    assert by_text(text, gaz)["Hamburg"].country_code == "DE"
    text = "Kentucky: growers in Lexington and Paris said the frost came late."
    assert by_text(text, gaz)["Paris"].country_code == "US"
