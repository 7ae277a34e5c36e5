"""Places, round 19: villages, camps and quarters the gazetteer lacks, named the way outbreak wires do (sentences of
our own): a dateline's unknown town, either end of a route from or to a known town, two camps or quarters before their
plural kind word, two unknown names after 'cases in' with 'since', health workers 'in X are', and 'the X crossing with
Country'."""

from __future__ import annotations

from conftest import by_text


def test_an_unknown_dateline_town_is_a_place_of_its_country(gaz):
    places = by_text("TIKONKO, Sierra Leone - Health workers traced 40 contacts of a Lassa fever patient.", gaz)
    assert places["TIKONKO"].country_code == "SL" and places["TIKONKO"].resolution == "unresolved"
    # A capitalised headline word before a comma is no dateline.
    assert "WARNING" not in by_text("WARNING, officials said, the river was rising in Kenya.", gaz)


def test_either_end_of_a_route_with_a_known_town(gaz):
    places = by_text("Floods hit Nepal. Helicopters flew patients from Dolpa Bazaar to Nepalgunj on Monday.", gaz)
    assert places["Dolpa Bazaar"].country_code == "NP"
    places = by_text("In Bolivia, water was trucked from Cochabamba to Tiquipaya Alto last week.", gaz)
    assert places["Tiquipaya Alto"].country_code == "BO"
    # "from A and B" is no route, and a person is no end of one.
    names = by_text("Egypt reported deaths of Amina Said from Aswan and Nour Hassan Ali from Luxor.", gaz)
    assert "Nour Hassan Ali" not in names and "Amina Said" not in names


def test_two_camps_or_quarters_named_before_their_plural_kind_word(gaz):
    places = by_text("Chad reported cholera at the Ourang and Metche camps near Adre.", gaz)
    assert places["Ourang"].country_code == "TD" and places["Metche"].country_code == "TD"
    places = by_text("Floods in Libya left mud in the Sahel and Shiha quarters of Derna.", gaz)
    assert places["Shiha"].country_code == "LY"
    # Camps of candidates are no places.
    assert "Ruto" not in by_text("In Kenya, the Ruto and Odinga camps traded blame.", gaz)


def test_cases_in_two_unknown_places_since_a_month(gaz):
    places = by_text("Kenya has seen 90 cholera cases in Kambioos and Dagahley since June, officials said.", gaz)
    assert places["Kambioos"].country_code == "KE" and places["Dagahley"].country_code == "KE"


def test_health_workers_in_an_unknown_town(gaz):
    places = by_text("Cholera spread in Zambia, where nurses in Kasenengwa are short of gloves.", gaz)
    assert places["Kasenengwa"].country_code == "ZM"


def test_a_crossing_with_a_country(gaz):
    places = by_text("Aid for Syria's Idlib province came through the Bab al-Salam crossing with Turkey.", gaz)
    assert places["Bab al-Salam"].country_code == "SY"


def test_the_fast_look_ahead_of_word_list_patterns_changes_no_match():
    import re

    from eventwire.geo.unknown_in import IN_UNKNOWN, PERSON_OF
    from eventwire.geo.unknown_sites import PAIR_IN

    text = ("Officials in Kambioos said a boy from Dagahley had died. Houses collapsed in Ourang and Metche on Monday. "
            "Cases rose in Jandaris, while nurses in Kasenengwa were tired. KILLED IN Smith said; fighting at Harem.")
    for pattern in (IN_UNKNOWN, PERSON_OF, PAIR_IN):
        plain = re.compile(re.sub(r"^\\b\(\?=\\w\+ \(\?:\w+\|\w+\) \)", r"\\b", pattern.pattern))
        assert plain.pattern != pattern.pattern
        assert [m.span() for m in plain.finditer(text)] == [m.span() for m in pattern.finditer(text)]
        assert list(pattern.finditer(text))


def test_a_named_market_mine_or_settlement_the_gazetteer_lacks(gaz):
    places = by_text("In Malawi, nurses set up a cholera tent at Chilomoni market on Friday.", gaz)
    assert places["Chilomoni"].country_code == "MW"
    places = by_text("Ghana said four miners died near the Damang gold mine, and refugees in Uganda's Kyangwali "
                     "settlement fell ill.", gaz)
    assert places["Damang"].country_code == "GH"
    # A trade's market is no place.
    names = by_text("Kenya's traders lost money in the Asian market and at the Bitcoin market.", gaz)
    assert "Asian" not in names and "Bitcoin" not in names


def test_a_foreign_towns_namesake_called_a_neighbourhood_is_a_part_of_the_articles_town(gaz):
    places = by_text("Cholera reached Haiti's capital, with cases in the Brooklyn neighbourhood, doctors said.", gaz)
    assert places["Brooklyn"].country_code == "HT"
    # In its own country it stays itself.
    places = by_text("New York police patrolled the Brooklyn neighbourhood on Monday.", gaz)
    assert places["Brooklyn"].country_code == "US" and places["Brooklyn"].geonameid is not None


def test_the_unknown_end_of_a_list_of_towns_of_one_country(gaz):
    places = by_text("Contact tracing in India has reached Ayancheri, Villiappally and Thottilpalam.", gaz)
    assert places["Thottilpalam"].country_code == "IN"
    places = by_text("The virus has since reached Kitutu, Uvira and the lakeside city of Bukavu in Congo.", gaz)
    assert places["Kitutu"].country_code == "CD"
    places = by_text("The pit lies a few kilometres from Dumasi and the larger town of Tarkwa in Ghana.", gaz)
    assert places["Dumasi"].country_code == "GH"
    # Someone speaking after a list of towns is no town.
    assert "Smith" not in by_text("Ministers from Nairobi, Mombasa and Smith said the talks went well.", gaz)


def test_places_a_kind_word_introduces_with_such_as(gaz):
    places = by_text("Floods hit Kenya, and villages along the river, such as Kipini and Ngao, were cut off.", gaz)
    assert all(places[n].country_code == "KE" for n in ("Kipini", "Ngao"))
    # Known places stay what they are.
    places = by_text("Big states such as Texas and Florida voted.", gaz)
    assert places["Texas"].feature_code == "ADM1"


def test_places_found_close_to_somewhere_and_the_first_of_two_joined_locatives(gaz):
    places = by_text("In Syria's Idlib province, typhoid was reported in Kafrlusin and Qah, close to the Turkish border.",
                     gaz)
    assert places["Kafrlusin"].country_code == "SY" and places["Qah"].country_code == "SY"
    places = by_text("In Ghana, the injured were taken to the clinic at Nsuta and to Takoradi.", gaz)
    assert places["Nsuta"].country_code == "GH"
    # A news agency is not found somewhere.
    assert "Reuters" not in by_text("Kenya: the deaths were reported in Reuters, near the end of the day.", gaz)
