"""Places: local towns over famous namesakes abroad, and places named by their people ("X residents", "X's mayor"),
checked on sentences of our own."""

from __future__ import annotations

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
