"""Places, round 38: a town known by another name is no namesake rival for a town of this very name, a town of the
article's region stays when its sentence names regions of another country without such a town, a city's name in a
list of rivers, a list of towns closed by "and two other towns", "St." and "Saint" spellings read together, a
county's name not respelt as a town, a county named like a country, an unknown county placed by the region of the
article's towns, rivers named bare (by what befell them, or where a small town of their name would stand, or opening
a sentence), a town qualified by a region that has no town of its name, a state across the state line,
datelines closed by a colon or opened by a three-letter town, a town paired with a small town beside its namesake,
"above", "below", "beside" and "along" as locative words, a river that "also overflowed", and a town of the firm
country opening a sentence before "has"."""
from __future__ import annotations

from conftest import by_text

from eventwire.geo import find_places


def test_a_town_of_this_very_name_over_one_known_by_it_as_another_name(gaz):
    # GeoNames lists "Fairfield" among the other names of a smaller town near Minneapolis.
    places = by_text("Officials in Minneapolis said the crash closed roads around Fairfield on Tuesday.", gaz)
    assert places["Fairfield"].name == "Fairfield"


def test_a_town_of_the_article_region_stays_when_the_sentence_names_another_country_region(gaz):
    text = ("KITCHENER, Ont. (CP) — A parts maker laid off 200 workers on Monday. Most of what its plant in Cambridge "
            "makes goes to car factories in Ohio.")
    places = by_text(text, gaz)
    assert (places["Cambridge"].country_code, places["Cambridge"].admin1) == ("CA", "08")


def test_a_city_name_in_a_list_of_rivers_no_river_of_the_gazetteer_bears(gaz):
    text = "NAMPA, Idaho (AP) — Anglers were warned about high water on the Payette and Boise rivers this week."
    places = by_text(text, gaz)
    assert places["Boise"].feature_class == "H" and places["Boise"].country_code == "US"


def test_towns_of_a_list_that_says_they_are_towns(gaz):
    text = "AUGUSTA, Maine (AP) — A regional trash plan would serve Belgrade, Vienna and four other towns."
    places = by_text(text, gaz)
    assert (places["Belgrade"].country_code, places["Belgrade"].admin1) == ("US", "ME")
    assert (places["Vienna"].country_code, places["Vienna"].admin1) == ("US", "ME")


def test_saint_and_st_spellings_are_readings_of_one_name(gaz):
    text = ("BENTON HARBOR, Mich. (AP) — Two boys were rescued from Lake Michigan off a beach in St. Joseph on Sunday, "
            "police said.")
    places = by_text(text, gaz)
    assert (places["St. Joseph"].country_code, places["St. Joseph"].admin1) == ("US", "MI")
    # a British town spelt "St" gains no French "Saint-" namesake
    places = by_text("Fishermen in St Ives said the harbour wall needed repairs before winter storms in Cornwall.", gaz)
    assert places["St Ives"].country_code == "GB"


def test_a_county_named_like_a_town_elsewhere_is_not_respelt_as_that_town(gaz):
    places = by_text("MONROE, N.C. (AP) — A new water line for Union County will be paid for by the state.", gaz)
    assert (places["Union County"].feature_code, places["Union County"].admin1) == ("ADM2", "NC")


def test_a_county_named_like_a_country(gaz):
    places = by_text("Officials in Switzerland County said the ferry to Kentucky would resume on Friday.", gaz)
    assert (places["Switzerland County"].country_code, places["Switzerland County"].admin1) == ("US", "IN")


def test_an_unknown_county_in_the_region_of_the_article_towns(gaz):
    places = by_text("Officials in Nashville said a farm along the Wilson County line would become a solar site.", gaz)
    assert (places["Wilson County"].feature_code, places["Wilson County"].admin1) == ("ADM2", "TN")


def test_a_river_by_what_befell_it_even_unknown(gaz):
    places = by_text("In Vukovar, Croatia, the Vuka burst its banks on Sunday.", gaz)
    assert places["Vuka"].feature_class == "H" and places["Vuka"].country_code == "HR"
    places = by_text("Heavy rain swelled the Drina overnight, and police in Bosnia closed two bridges.", gaz)
    assert places["Drina"].feature_class == "H"
    # what others do too is no sign of a river the gazetteer lacks
    assert "Taliban" not in by_text("Defections in Kandahar swelled the Taliban ranks last year.", gaz)
    assert "Falcons" not in by_text("In Atlanta, the Falcons rose to second in the division.", gaz)


def test_a_small_town_where_a_river_name_stands_is_the_river(gaz):
    text = "YAKIMA, Wash. (AP) — Crews stacked sandbags on the Yakima and its side channels as the snowmelt came down."
    found = [p for p in find_places(text, gazetteer=gaz) if p.text.lower() == "yakima"]
    assert [p.feature_class for p in found] == ["P", "H"]  # the dateline's town, then the river


def test_a_town_qualified_by_a_region_that_has_no_town_of_its_name(gaz):
    # the gazetteer lacks Ontario's Trenton: not Nova Scotia's, but a town of Ontario it does not know
    places = by_text("Firefighters in Trenton, Ontario, pulled two men from the bay on Sunday.", gaz)
    assert (places["Trenton"].country_code, places["Trenton"].admin1) == ("CA", "08")
    places = by_text("Floods cut roads to Kisii, Nyamira, Bomet and Kericho.", gaz)
    assert places["Kisii"].feature_class == "P"


def test_a_state_named_river_opening_a_sentence(gaz):
    text = "Barges were tied up along the levee. The Ohio at Paducah is expected to crest on Thursday, Kentucky said."
    places = by_text(text, gaz)
    assert places["Ohio"].feature_code == "STM"


def test_a_state_across_the_state_line(gaz):
    places = by_text("Her clinic is in Lewiston, Idaho, a short drive from the state line with Washington.", gaz)
    assert places["Washington"].feature_code == "ADM1" and places["Washington"].admin1 == "WA"
    places = by_text("Officials in Washington said the state line in Oregon was closed.", gaz)
    assert places["Washington"].feature_code == "PPLC"


def test_datelines_with_a_colon_or_a_three_letter_town(gaz):
    places = by_text("SUKKUR: Police said on Monday that two suspects were held after a raid.", gaz)
    assert places["SUKKUR"].country_code == "PK"
    places = by_text("LAE -- Police in Morobe Province said the highway would reopen on Friday.", gaz)
    assert places["LAE"].country_code == "PG"


def test_a_town_paired_with_a_small_town_is_the_namesake_beside_it(gaz):
    places = by_text("Residents of Torquay and Urraween sandbagged homes as the cyclone neared the coast of Australia.",
                     gaz)
    assert places["Torquay"].admin1 == places["Urraween"].admin1 == "04"
    places = by_text("Residents in Fairview and Albro Lake lost power after the storm, Canadian officials said.", gaz)
    assert places["Fairview"].admin1 == "07"


def test_above_below_beside_and_along_are_locative_words(gaz):
    text = ("WHANGANUI, New Zealand - Police praised the two trampers. They were found safe after a night in the bush "
            "above Raetihi.")
    assert by_text(text, gaz)["Raetihi"].country_code == "NZ"


def test_a_river_that_also_overflowed(gaz):
    places = by_text("In Imola, Italy, the Santerno also overflowed on Tuesday.", gaz)
    assert places["Santerno"].feature_class == "H" and places["Santerno"].country_code == "IT"


def test_a_one_reading_town_of_the_firm_country_opening_a_sentence_before_has(gaz):
    text = "In Kisumu, Kenya, officials said Kisii had ten cases. Migori has confirmed three so far, and Homa Bay none."
    assert by_text(text, gaz)["Migori"].country_code == "KE"
    # a verb of speech still makes a person: no town of that name
    text = "In Kisumu, Kenya, officials said Kisii had ten cases. Migori said four more were suspected."
    assert "Migori" not in by_text(text, gaz)
