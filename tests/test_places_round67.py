"""Places, round 67 (session 37, from check set 144: local news of the US): a dateline town named like a country
stays the town when the article names the country too ("MEXICO, Mo. - ... Mexico City"); a state's name listed after
a locative word with a local town of another state is that state's town of the name ("terminals at Louisiana and
Hannibal"); a state's name in a list of counties is a county, the county's state told by the article's towns
("Franklin, Delaware and Union counties ... Columbus"); a county named again bare is the county."""
from __future__ import annotations

from conftest import all_named



def test_a_dateline_town_named_like_a_country_the_article_also_names(gaz):
    text = ("MEXICO, Mo. - Harvest is running early around this town of 11,000. Farmers between Mexico and Laddonia "
            "say bids fell.\n\nBuyers in Mexico City have bought more corn, traders in China said.")
    dateline = all_named(text, "MEXICO", gaz)
    assert dateline and dateline[0].country_code == "US" and dateline[0].admin1 == "MO"
    assert all(p.country_code == "US" for p in all_named(text, "Mexico", gaz))


def test_a_state_listed_with_a_local_town_of_another_state(gaz):
    text = "In Missouri, grain moves by truck to river terminals at Louisiana and Hannibal."
    louisiana = all_named(text, "Louisiana", gaz)[0]
    assert (louisiana.feature_class, louisiana.admin1) == ("P", "MO")
    # Not with a great city: "the media in New York City and Florida" is the state.
    florida = all_named("Letters reached the media in New York City and Florida.", "Florida", gaz)[0]
    assert florida.feature_code == "ADM1"


def test_a_state_s_name_in_a_list_of_counties(gaz):
    text = "The district stretches into parts of Franklin, Delaware and Union counties, the Columbus schools said."
    delaware = all_named(text, "Delaware", gaz)[0]
    assert delaware.feature_code == "ADM2" and delaware.admin1 == "OH"


def test_a_county_named_again_by_its_bare_name(gaz):
    text = ("Kosciusko County officials said the fair would open. Kosciusko, home to some of the largest egg farms in "
            "Indiana, was hit hardest.")
    again = all_named(text, "Kosciusko", gaz)[0]
    assert again.feature_code == "ADM2" and again.admin1 == "IN"
    # A town of that name in the county's own state stays the town.
    warren = all_named("Warren County deputies said the crash happened near Warren, Ohio police said.", "Warren", gaz)[0]
    assert warren.feature_class == "P"


def test_a_town_of_several_words_opening_a_sentence_in_news_naming_its_country(gaz):
    text = ("The storm could reach the Florida Panhandle on Friday. Cuba was hit. Key West, about 150 kilometers north "
            "of Havana, was spared the worst.")
    key_west = all_named(text, "Key West", gaz)[0]
    assert key_west.country_code == "US" and key_west.feature_class == "P"


def test_a_town_of_several_words_of_the_country_its_sentence_names(gaz):
    vama = all_named("Romania, for its part, is promoting Vama Veche and the beaches of its coast.", "Vama Veche", gaz)
    assert vama and vama[0].country_code == "RO"


def test_a_country_s_name_after_near_in_news_of_a_region_with_a_town_of_that_name(gaz):
    text = ("PORTO ALEGRE, Brazil (Reuters) - Floods hit Rio Grande do Sul on Monday. Roads to Caxias do Sul were cut, "
            "and a bridge collapsed near Montenegro.")
    town = all_named(text, "Montenegro", gaz)[0]
    assert (town.country_code, town.feature_class) == ("BR", "P")
    # The country, when the article is about it.
    assert all_named("Serbia said talks near Montenegro's border resumed.", "Montenegro", gaz)[0].feature_code == "PCLI"


def test_a_dateline_naming_a_district_of_no_town_s_name(gaz):
    wayanad = all_named("WAYANAD, India (Reuters) - Rescue teams dug through mud and boulders on Tuesday.", "WAYANAD", gaz)
    assert wayanad and wayanad[0].country_code == "IN" and wayanad[0].lat is not None
