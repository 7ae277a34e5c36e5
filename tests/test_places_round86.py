"""Places, round 86: a people's name right after a town says its country ("X, in the Chilean region of Y", "X, the
Brazilian town opposite"), though the article named the town's namesake before; a great city listed abroad
does not yield to a village of its name in the country the article is about; a name written plain is the town of the
article's country spelt so, not a namesake abroad that GeoNames spells with a romanization's macrons; a town of the
country the article is firmly about stays beside a village name only another country has; where a relative lives is
read as abroad as readily as at home; "Moldova's only port, X" is a town; "the Centre department" is Haiti's region
though "Centre" is a stoplisted word."""

from __future__ import annotations

from conftest import all_named, by_text


def test_a_town_in_the_state_a_peoples_name_gives_is_the_town_there(gaz):
    text = ("FORMOSA, Argentina - Rain flooded Formosa's lower quarters. A nurse who moved to Formosa, in the "
            "Brazilian state of Goiás, sent money home.")
    towns = all_named(text, "Formosa", gaz)
    assert [t.country_code for t in towns] == ["AR", "BR"]
    assert towns[1].admin1 == by_text(text, gaz)["Goiás"].admin1


def test_a_town_apposed_with_a_peoples_name_and_town_is_of_that_country(gaz):
    text = ("GUAYARAMERIN, Bolivia - The Mamoré rose at Guayaramerín. Volunteers from Guajará-Mirim, the Brazilian "
            "town opposite Guayaramerín, sent boats.")
    assert by_text(text, gaz)["Guajará-Mirim"].country_code == "BR"


def test_a_peoples_name_before_no_town_word_qualifies_nothing(gaz):
    text = ("FORMOSA, Argentina - Rain flooded Formosa's lower quarters. In Formosa, the Brazilian consul said, "
            "300 homes were lost.")
    assert [t.country_code for t in all_named(text, "Formosa", gaz)] == ["AR", "AR"]


def test_a_great_city_listed_abroad_stays_the_great_city(gaz):
    text = "Haiti: families in Les Cayes get remittances sent from Miami, Montreal and Boston, Massachusetts."
    assert by_text(text, gaz)["Montreal"].country_code == "CA"
    text = "Kentucky: growers in Lexington and Paris said the frost came late."
    assert by_text(text, gaz)["Paris"].country_code == "US"


def test_a_plain_name_is_the_home_town_spelt_so_not_a_romanized_namesake_abroad(gaz):
    text = "Trinidad and Tobago: oil workers in Fyzabad marched to San Fernando on Friday."
    assert by_text(text, gaz)["Fyzabad"].country_code == "TT"
    assert by_text("India: pilgrims reached Fyzabad on Friday.", gaz)["Fyzabad"].country_code == "IN"


def test_a_home_town_stays_home_beside_a_village_name_only_another_country_has(gaz):
    text = ("BLACK RIVER, Jamaica - Jamaica's farm minister toured the parish. Melon growers near Santa Cruz and by "
            "Junction lost their crop. Importers in the United States and Canada cancelled orders, Jamaica's "
            "exporters said.")
    assert by_text(text, gaz)["Santa Cruz"].country_code == "JM"
    text = ("KINGSTON, Jamaica - Jamaica's farm minister toured St Elizabeth. Growers in Santa Cruz and Watsonville, "
            "California, lost berries, an importer told Jamaica's parliament.")
    assert by_text(text, gaz)["Santa Cruz"].country_code == "US"


def test_where_a_relative_lives_may_be_abroad(gaz):
    text = ("ATHLONE, Ireland - The Shannon flooded quays in Athlone and Banagher, Ireland's flood office said. "
            "A cafe owner's sister in Boston phoned to check on the family. Ireland's farmers lost hay.")
    assert by_text(text, gaz)["Boston"].country_code == "US"


def test_a_first_level_region_named_with_its_kind_word_is_found(gaz):
    assert by_text("Haiti: gangs advanced through the Centre department toward Hinche.", gaz)["Centre"].country_code \
        == "HT"


def test_a_town_named_after_its_countrys_kind_of_town_is_a_town(gaz):
    text = "Moldova: barges queue at the country's only port, Giurgiulești."
    assert by_text(text, gaz)["Giurgiulești"].country_code == "MD"
