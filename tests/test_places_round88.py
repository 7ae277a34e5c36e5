"""Places, round 88: a people's name glued to "-owned" ("a Greek-owned tanker") stands for its country, as "-based"
and "-registered" do; a town said to lie "in northern X", "on the northern coast of X" or "in the X-ian highlands" is
that country's namesake, over one in the region the article is about; a first name ("Victoria") after "in" and
described as a town ("the island's main town") is that town of a country the article names; a clause about a
town's namesakes moves none of them qualified by its country to a region the clause names; a country's name as a
roundup's heading ("AUSTRALIA:") is the country; a given name after "the" ("the Shannon Callows") makes no person's
name of it; a town "on the border with" a country is no town of that country, but its namesake nearest it; a town
after "in <country>, near" is that country's."""

from __future__ import annotations

from conftest import all_named, by_text


def test_a_peoples_name_before_owned_is_its_country(gaz):
    text = ("A Maltese-flagged tanker, Greek-owned and carrying diesel from Rotterdam, ran aground off Ushant on "
            "Sunday, the French navy said. A Norwegian-owned tug reached it from Brest by nightfall.")
    places = by_text(text, gaz)
    assert places["Greek"].country_code == "GR"
    assert places["Norwegian"].country_code == "NO"


def test_a_namesake_said_to_lie_in_part_of_a_country_is_that_countrys(gaz):
    text = ("Cane cutters from Tuluá and Buga, in Valle del Cauca, travel far for the harvest. Some go to Trujillo on "
            "the northern coast of Honduras, others to Trujillo in the Venezuelan highlands, and a few as far as "
            "Trujillo in northern Peru.")
    towns = all_named(text, "Trujillo", gaz)
    assert [t.country_code for t in towns] == ["HN", "VE", "PE"]


def test_a_first_name_after_in_and_described_as_a_town_is_the_town(gaz):
    text = ("Ferries between Malta and Gozo were cancelled on Monday. Shops in Victoria, the island's main town, shut "
            "early, and farmers in Xagħra and Nadur counted the damage to their fields.")
    assert by_text(text, gaz)["Victoria"].country_code == "MT"


def test_a_namesake_clause_keeps_a_town_qualified_by_its_country(gaz):
    text = ("Growers near Cascavel and Toledo, in western Paraná, expect a poor soy harvest. Their town, people there "
            "say, shares a name with two cities abroad, Toledo in Spain and Toledo, Ohio.")
    assert [t.country_code for t in all_named(text, "Toledo", gaz)] == ["BR", "ES", "US"]


def test_a_roundups_country_heading_is_the_country(gaz):
    text = ("STORM DESK, WEEK 19\n\nAUSTRALIA: Towns isolated by floods\nFloodwaters cut off some 40,000 residents "
            "in the Hunter Valley, New South Wales.\n\nNEW ZEALAND: silt and slips\nIn the Tasman district, families "
            "in Motueka are still shovelling mud.")
    places = by_text(text, gaz)
    assert places["AUSTRALIA"].country_code == "AU" and places["NEW ZEALAND"].country_code == "NZ"


def test_a_given_name_after_the_is_no_persons_name(gaz):
    text = ("Cattle were moved off the Shannon Callows near Banagher on Monday. Further south, the Shannon burst its "
            "banks at Portumna, in County Galway.")
    assert by_text(text, gaz)["Shannon"].country_code == "IE"


def test_a_town_on_the_border_with_a_country_is_no_town_of_it(gaz):
    text = ("Soy barges waited at Villeta, south of Asunción, for the river to rise. Downstream at Pilar, close to the "
            "frontier with Argentina, the ferry to the far bank stopped when a sandbar closed the channel.")
    assert by_text(text, gaz)["Pilar"].country_code == "PY"


def test_a_town_after_in_a_country_and_near_is_that_countrys(gaz):
    text = ("Hail flattened maize around Río Cuarto, in Argentina's Córdoba province. One grower said his brother "
            "picks olives every winter in Spain, near Córdoba, and sends money home.")
    assert [t.country_code for t in all_named(text, "Córdoba", gaz)] == ["ES"]
