"""Places: local towns over famous namesakes abroad, and places named by their people ("X residents", "X's mayor"),
checked on sentences of our own."""

from __future__ import annotations

from eventwire.geo import find_places

from conftest import by_text


def test_a_town_of_the_article_country_beats_a_namesake_capital_abroad(gaz):
    text = ("South Africa's weather service warned of more rain. Farmers near Paarl and Wellington lost their vineyards, "
            "officials in Cape Town said.")
    assert by_text(text, gaz)["Wellington"].country_code == "ZA"
    text = "Lebanon's army deployed in Beirut and Tyre after protesters blocked roads in Tripoli."
    assert by_text(text, gaz)["Tripoli"].country_code == "LB"


def test_a_much_bigger_namesake_or_a_named_foreign_country_still_wins(gaz):
    # Paris, Texas is under a thirtieth of Paris: the capital stays meant.
    text = "Texas officials met in Austin and Dallas. Their envoys later flew on to Houston and Paris."
    assert by_text(text, gaz)["Paris"].country_code == "FR"
    # The article names New Zealand: its capital is meant.
    text = "South Africa and New Zealand met in Durban and Pretoria, then flew to Wellington."
    assert by_text(text, gaz)["Wellington"].country_code == "NZ"


def test_a_small_town_named_by_its_residents_is_a_town(gaz):
    places = by_text("Floods hit Kenya's Tana River county. Garsen residents moved to higher ground.", gaz)
    assert places["Garsen"].country_code == "KE" and places["Garsen"].feature_class == "P"
    places = by_text("Kenya's floods spread. Officials said Garsen's mayor had asked for boats.", gaz)
    assert places["Garsen"].country_code == "KE"


def test_an_unknown_name_before_residents_or_its_mayor_is_a_place_of_the_article_country(gaz):
    places = by_text("Cholera spread in Malawi's south, and officials in Blantyre said Mpatsa villagers had no clean "
                     "water. Kandeu's mayor closed the market.", gaz)
    assert places["Mpatsa"].country_code == "MW" and places["Mpatsa"].lat is not None
    assert places["Kandeu"].country_code == "MW"


def test_peoples_and_sentence_openers_before_residents_are_not_places(gaz):
    names = set(by_text("Malawi's floods displaced thousands. Many residents fled, and Muslim residents of Blantyre "
                        "prayed. Angry villagers blocked roads.", gaz))
    assert names == {"Malawi", "Blantyre"}


def test_names_listed_before_a_plural_town_word_are_places(gaz):
    places = by_text("Flood water reached Mpatsa and Chiringa, two fishing villages on the lake shore in Malawi.", gaz)
    assert places["Mpatsa"].country_code == "MW" and places["Chiringa"].country_code == "MW"
    # Countries listed before a plural noun are not villages of anything.
    names = set(by_text("Smith and Jones, two farmers from Malawi, sold maize.", gaz))
    assert names == {"Malawi"}


def test_a_capital_abroad_ranked_first_yields_to_a_home_town_of_the_sentence(gaz):
    # Wellington in India is a twentieth of New Zealand's capital, which its capital's bonus ranks first.
    text = "Heavy rain hit Tamil Nadu. Army trucks left Coimbatore and Wellington with food."
    assert by_text(text, gaz)["Wellington"].country_code == "IN"


def test_an_unknown_island_named_part_of_a_country_is_in_that_country(gaz):
    places = by_text("The storm flattened Mbeleko, part of Tanzania, and then Lumbeza, which is part of Kenya.", gaz)
    assert places["Mbeleko"].country_code == "TZ" and places["Lumbeza"].country_code == "KE"


def test_a_home_town_beats_a_famous_city_abroad_that_is_no_capital(gaz):
    # The article is about Britain and the sentence's other names are Scottish towns: Perth in Scotland, not Australia.
    text = ("Storms closed roads across Fife and Angus, British forecasters said. Dundee and Arbroath lost power, and "
            "Perth and Crieff were flooded.")
    assert by_text(text, gaz)["Perth"].country_code == "GB"
    # A sentence that names a town abroad points there: the famous city is meant.
    text = ("Storms closed roads across Fife and Angus, British forecasters said. Fans from Dundee later flew to "
            "Sydney and Perth.")
    assert by_text(text, gaz)["Perth"].country_code == "AU"


def test_a_region_of_the_article_country_under_its_bare_name(gaz):
    # The gazetteer knows Colombia's department only as "Córdoba Department": the bare name is Argentina's city,
    # unless the article is firmly about Colombia.
    text = ("Colombia's floods spread north, officials in Bogotá said. The Sinú river rose in Córdoba, and Cali and "
            "Cúcuta sent rescue teams.")
    place = by_text(text, gaz)["Córdoba"]
    assert place.country_code == "CO" and place.feature_class == "A"
    assert by_text("Argentina's harvest failed in Córdoba and Santa Fe.", gaz)["Córdoba"].country_code == "AR"


def test_a_town_of_the_country_the_article_is_firmly_about_named_bare(gaz):
    # Pietrasanta has under 20,000 people: named bare, it is a town because the article is firmly about Italy.
    text = ("Italy's civil protection agency said floods had hit Tuscany and Liguria. The river cut off Pietrasanta "
            "overnight, Italian officials said.")
    assert by_text(text, gaz)["Pietrasanta"].country_code == "IT"
    assert "Pietrasanta" not in by_text("Officials met in Paris. The talks cut off Pietrasanta early.", gaz)


def test_a_stoplisted_name_named_by_its_people_is_a_town(gaz):
    text = "Storms swept across Tennessee on Monday, state officials in Nashville said. Jackson residents cleared trees."
    assert by_text(text, gaz)["Jackson"].country_code == "US"
    assert "Jackson" not in by_text("Storms swept across Tennessee. Jackson said the worst was over.", gaz)
    text = "Wildfires spread across Portugal, officials in Lisbon said. Monchique firefighters worked all night."
    assert by_text(text, gaz)["Monchique"].country_code == "PT"


def test_a_country_name_listed_with_towns_of_the_article_country_is_its_city(gaz):
    text = ("Colombia's rains flooded Cali and Medellín, officials in Bogotá said. Armenia and Manizales closed "
            "schools, and Armenia's mayor asked for help.")
    assert [p.country_code for p in find_places(text, gazetteer=gaz) if p.text == "Armenia"][0] == "CO"
    # Listed with another country, it is the country.
    assert by_text("Colombia's envoys flew to Armenia and Georgia.", gaz)["Armenia"].country_code == "AM"


def test_a_stoplisted_region_named_with_its_kind_word_holds_its_towns(gaz):
    # "Victoria" is stoplisted (more often a person); "the state of Victoria" is the Australian state, and its town
    # Sale is meant over Morocco's Salé.
    text = ("Floods swept the Australian state of Victoria on Tuesday, and rescuers in Sale pumped water from the "
            "streets.")
    assert by_text(text, gaz)["Sale"].country_code == "AU"


def test_a_town_the_text_locates_after_a_comma_is_a_town(gaz):
    places = by_text("Troops evacuated Pietrasanta, north of Viareggio, after the river rose.", gaz)
    assert places["Pietrasanta"].country_code == "IT"
    assert "Pietrasanta" not in by_text("Troops met Pietrasanta, the new commander, after the river rose.", gaz)
    # A name the gazetteer lacks, so located, is a place of the country the text puts it in.
    assert by_text("Troops evacuated Varconi, north of Viareggio.", gaz)["Varconi"].country_code == "IT"
