"""Places, round 31 (from the misses of check sets 43-45): towns listed with towns of one state, towns placed by
", in Region's", counties after a town, capitals after a listed town, small towns abroad in news firmly about one
country, sites placed by ", near Town", mountains named after their town, datelines qualified by their country,
diseases named after places, rivers listed before "rivers", stoplisted towns the text calls towns, "as far as"."""

from __future__ import annotations

from eventwire.geo import find_places

from conftest import near, place_named


def test_a_town_listed_after_towns_of_one_state_is_that_states_namesake(gaz):
    # Berlin, New Hampshire, not Germany's capital: the towns listed before it are New Hampshire's.
    text = "Floods hit New Hampshire. Roads were closed in Lancaster, Gorham and Berlin on Monday."
    berlin = place_named(text, "Berlin")
    assert (berlin.country_code, berlin.admin1) == ("US", "NH")


def test_a_region_after_comma_in_places_the_town_there(gaz):
    text = "Storms hit Massachusetts and Florida. A tornado touched down near Quincy, in Florida's Panhandle."
    quincy = place_named(text, "Quincy")
    assert (quincy.country_code, quincy.admin1) == ("US", "FL")


def test_a_county_after_a_town_and_in_is_the_county_of_the_towns_state(gaz):
    text = "Flooding closed roads near Tupelo, in Lee County, on Friday."
    county = place_named(text, "Lee County")
    assert (county.admin1, county.feature_code) == ("MS", "ADM2")  # not Florida's far bigger Lee County


def test_washington_after_a_listed_town_is_the_capital(gaz):
    text = "Texas troops blocked the park as the feud between Austin and Washington grew."
    assert place_named(text, "Washington").feature_code == "PPLC"
    # a state listed with a state stays a state
    text = "Fires burned in Oregon and Washington on Monday."
    assert place_named(text, "Washington").feature_code == "ADM1"


def test_a_small_town_abroad_is_no_reading_in_news_firmly_about_another_country(gaz):
    # A Peruvian place the gazetteer lacks, not a Mexican hamlet of that name.
    text = "Peru's army said floods had cut off Puno and Juliaca in Peru, and families were stranded in Puerto Arista."
    place = place_named(text, "Puerto Arista")
    assert place.country_code == "PE" and place.geonameid is None


def test_a_site_near_a_town_is_in_that_towns_country(gaz):
    text = "Turkey said its base at Zilkan, near Mosul, had been shelled."
    zilkan = place_named(text, "Zilkan")
    assert zilkan.country_code == "IQ" and near(zilkan, 36.3, 43.1)


def test_a_mountain_named_after_its_town_is_at_that_town(gaz):
    text = "Herders clashed on the slopes of Mount Marsabit in northern Kenya on Sunday."
    mount = place_named(text, "Mount Marsabit")
    assert mount.country_code == "KE" and near(mount, 2.3, 38.0)


def test_a_dateline_town_qualified_by_its_country_keeps_it(gaz):
    # Bermuda's capital, though the sentence names towns beside Canada's Hamilton.
    text = ("HAMILTON, Bermuda (Reuters) - The insurer said on Monday it had opened offices in Burlington and "
            "Oakville.")
    assert place_named(text, "HAMILTON").country_code == "BM"


def test_a_disease_named_after_a_place_is_no_place(gaz):
    text = "Cases of Rift Valley fever and Lassa fever were reported in Nigeria."
    assert [p.text for p in find_places(text, gazetteer=gaz)] == ["Nigeria"]


def test_a_river_listed_before_rivers_is_no_country(gaz):
    text = "Rain swelled the Pigeon and French Broad rivers in Tennessee."
    river = place_named(text, "French Broad")
    assert river.country_code == "US" and river.feature_code == "STM"


def test_a_stoplisted_name_the_text_calls_a_town_is_that_town(gaz):
    text = "Pennsylvania police said the suspect had lived in the town of Tyrone."
    tyrone = place_named(text, "Tyrone")
    assert (tyrone.admin1, tyrone.geonameid is not None) == ("PA", True)
    assert "Tyrone" not in {p.text for p in find_places("Pennsylvania police said Tyrone Smith had been arrested.",
                                                        gazetteer=gaz)}


def test_as_far_as_a_small_town_is_that_town(gaz):
    text = "Haiti's health ministry said cases had been found as far north as Thomassique."
    town = place_named(text, "Thomassique")
    assert town.country_code == "HT" and town.geonameid is not None


def test_a_sentence_opening_name_that_is_only_a_town_of_the_articles_country_is_that_town(gaz):
    text = ("Guatemala's army cleared blockades near Quetzaltenango and Coban on Monday. Mazatenango ran out of fuel "
            "by noon.")
    assert place_named(text, "Mazatenango").country_code == "GT"
    # a verb of a person's doings after it leaves it a name
    text = ("Guatemala's army cleared blockades near Quetzaltenango and Coban on Monday. Mazatenango said the roads "
            "were open.")
    assert "Mazatenango" not in {p.text for p in find_places(text, gazetteer=gaz)}


def test_an_unknown_name_after_the_border_at_is_a_crossing_point(gaz):
    text = "Lorry drivers said the border at Ruhwa Bridge stayed shut, leaving Rwanda's exports stuck."
    assert place_named(text, "Ruhwa Bridge").country_code == "RW"


def test_the_bare_loire_and_saint_martins_island(gaz):
    text = "Tankers left Aktau, and refineries on the Loire estuary shut."
    assert place_named(text, "Loire").country_code == "FR" and place_named(text, "Loire").feature_code == "STM"
    text = "Bangladesh moved people from Saint Martin's Island to shelters in Teknaf."
    assert place_named(text, "Saint Martin's Island").country_code == "BD"


def test_after_a_locative_a_town_of_the_firm_country_beats_a_region_a_continent_away(gaz):
    text = "Nepal's army flew supplies to Pokhara and Jomsom, and villagers near Beni were moved to schools."
    beni = place_named(text, "Beni")
    assert (beni.country_code, beni.feature_class) == ("NP", "P")
    # a region nearby stays the region: Florida in news of Cuba
    text = "Cuba's weather office said the storm would move on to Florida after hitting Havana and Matanzas."
    assert place_named(text, "Florida").country_code == "US"
    # (with its kind word: the gazetteer knows "Beni Department" whole)
    assert place_named("Floods covered Bolivia's Beni department.", "Beni department").country_code == "BO"


def test_reviewed_quarters_and_district_towns(gaz):
    text = "Power was cut in Korangi and Malir, Karachi's utility said."
    assert place_named(text, "Korangi").country_code == "PK" and near(place_named(text, "Malir"), 24.9, 67.2)


def test_a_known_river_named_with_a_lower_case_kind_word_near_the_sentences_places(gaz):
    text = "Thousands crossed the Naf river into Teknaf."
    river = place_named(text, "Naf")
    assert (river.name, river.country_code, river.feature_code) == ("Naf River", "BD", "STM")
    assert near(river, 20.7, 92.3)
    # with no place of the sentence near the known river, it stays an unknown river
    text = "Fishermen said the Naf river was low this year."
    assert place_named(text, "Naf").lat is None
