"""Places, round 18: health news from the English-speaking world and Europe (sentences of our own): Irish counties
and regions named bare, stoplisted names that are towns beside their sentence's places, a region's possessive before
its offices, a state after a county, Georgia the US state, namesakes said to be nearby or listed beside a town, and
'E. coli' inside a sentence."""

from __future__ import annotations

from eventwire.geo import find_places

from conftest import by_text


def test_irish_counties_named_bare(gaz):
    places = by_text("Storm Eunice cut power across Meath, Offaly and Clare, Ireland's ESB said.", gaz)
    assert [places[n].country_code for n in ("Meath", "Offaly", "Clare")] == ["IE", "IE", "IE"]
    assert places["Clare"].feature_code == "ADM2"
    places = by_text("Floods closed roads in Omagh, County Tyrone, and in Athy, County Kildare.", gaz)
    assert places["County Tyrone"].country_code == "GB" and places["County Kildare"].country_code == "IE"
    # A first name stays a person's.
    assert "Clare" not in by_text("Clare told reporters the vote would be close.", gaz)


def test_the_kimberley_is_western_australias_region(gaz):
    places = by_text("Floodwaters cut off towns across the Kimberley, Western Australia's premier said.", gaz)
    assert places["Kimberley"].country_code == "AU"
    assert by_text("Miners marched in Kimberley, South Africa.", gaz)["Kimberley"].country_code == "ZA"


def test_a_stoplisted_surname_after_in_is_a_town_of_its_sentences_country(gaz):
    places = by_text("Two pupils at a primary school in Hamilton fell ill, and one was taken to Glasgow.", gaz)
    assert places["Hamilton"].country_code == "GB"
    places = by_text("A care home in Nelson reported flu cases, and Blenheim's hospital treated two.", gaz)
    assert places["Nelson"].country_code == "NZ"
    # A month stays a month; a person after a capitalised name stays a person.
    assert "March" not in by_text("Floods hit towns in March, and Lincolnshire was worst hit.", gaz)
    assert "Hamilton" not in by_text("Lewis Hamilton won in Monaco.", gaz)


def test_a_regions_possessive_before_its_offices(gaz):
    places = by_text("SYDNEY, Australia - Victoria's chief health officer said three cases were found.", gaz)
    assert places["Victoria"].country_code == "AU" and places["Victoria"].feature_code == "ADM1"
    assert "Victoria" not in by_text("Victoria's husband said the family was in Sydney.", gaz)


def test_a_state_after_a_county_or_a_town_of_it_is_the_state(gaz):
    places = by_text("Officials in Spokane County, Washington confirmed a measles case.", gaz)
    assert places["Washington"].feature_code == "ADM1" and places["Washington"].country_code == "US"
    places = by_text("A case was found in Tacoma, Washington on Monday.", gaz)
    assert places["Washington"].feature_code == "ADM1"
    assert by_text("Protesters gathered in Washington, D.C.", gaz)["Washington"].feature_code == "PPLC"


def test_georgia_in_an_american_article_is_the_state(gaz):
    text = "Hepatitis A spread from Macon to Savannah, Georgia officials said, and Alabama reported cases too."
    place = by_text(text, gaz)["Savannah"]
    assert place.country_code == "US" and abs(place.lat - 32.08) < 0.5
    assert by_text("TBILISI, Georgia - Georgia's ministry reported cases.", gaz)["Georgia"].country_code == "GE"


def test_a_namesake_said_to_be_nearby(gaz):
    place = by_text("Rain flooded Paris, Texas, and roads closed in nearby Clarksville.", gaz)["Clarksville"]
    assert abs(place.lat - 33.61) < 0.3 and abs(place.lon + 95.05) < 0.3


def test_a_town_listed_beside_another_is_its_neighbour(gaz):
    place = by_text("Flu wards filled in Dundee and Perth on Tuesday.", gaz)["Perth"]
    assert place.country_code == "GB"
    assert by_text("Flights from Sydney and Perth were cancelled.", gaz)["Perth"].country_code == "AU"


def test_e_coli_does_not_end_a_sentence(gaz):
    text = "Pupils at a nursery in Hamilton caught E. coli and were treated in Glasgow."
    assert by_text(text, gaz)["Hamilton"].country_code == "GB"


def test_a_weekday_before_a_town_does_not_glue_it(gaz):
    names = {p.text: p.country_code for p in find_places("On Monday Winnipeg reported two cases.", gazetteer=gaz)}
    assert names == {"Winnipeg": "CA"}


def test_englands_regions_by_their_full_names(gaz):
    places = by_text("Measles cases rose in the East Midlands and across South West England.", gaz)
    assert places["East Midlands"].country_code == "GB" and places["South West England"].feature_code == "RGN"
    assert abs(places["South West England"].lat - 50.96) < 0.2


def test_welsh_principal_areas(gaz):
    places = by_text("Snow closed schools across Gwynedd, Powys and Ceredigion.", gaz)
    assert all(places[n].country_code == "GB" for n in ("Gwynedd", "Powys", "Ceredigion"))


def test_an_unknown_name_after_a_person_in_or_from(gaz):
    places = by_text("Montana officials said a boy from Kobura had died of plague.", gaz)
    assert places["Kobura"].country_code == "US"
    places = by_text("Uganda's ministry said a woman in Nkanji was ill.", gaz)
    assert places["Nkanji"].country_code == "UG"
    # A person's name after "from" is not a place.
    assert set(by_text("A patient from Ward had died, Kenya's ministry said.", gaz)) == {"Kenya"}


def test_a_town_in_a_sentence_naming_its_county_is_the_one_inside_it(gaz):
    place = by_text("Norfolk health officials said a care home in Cromer had closed, and Lincolnshire officials said a "
                    "school in Boston had shut.", gaz)["Boston"]
    assert place.country_code == "GB"
    assert by_text("Massachusetts officials said a school in Boston had shut.", gaz)["Boston"].country_code == "US"


def test_names_listed_before_counties_are_counties_of_the_sentences_state(gaz):
    places = by_text("Floods closed schools in Polk and Hillsborough counties, Florida officials said.", gaz)
    for name in ("Polk", "Hillsborough"):
        assert places[name].country_code == "US" and places[name].feature_code == "ADM2"
        assert abs(places[name].lat - 28.6) < 1.5 and abs(places[name].lon + 82.4) < 1.5
    # Kenya's counties are its first-level regions: left as they are.
    assert by_text("Kenya reported cholera in Kisumu and Siaya counties.", gaz)["Siaya"].country_code == "KE"


def test_a_listed_first_name_or_surname_is_the_town_of_the_articles_state(gaz):
    place = by_text("Michigan reported flu deaths in Lansing, Jackson and Flint.", gaz)["Jackson"]
    assert place.country_code == "US" and abs(place.lat - 42.25) < 0.3


def test_belgian_provinces_and_the_two_limburgs(gaz):
    assert by_text("Bird flu hit a Belgian farm in Limburg.", gaz)["Limburg"].country_code == "BE"
    assert by_text("Dutch farms in Limburg culled hens.", gaz)["Limburg"].country_code == "NL"
    assert by_text("Storms flooded Hainaut and West Flanders.", gaz)["West Flanders"].country_code == "BE"


def test_a_name_ending_in_s_is_not_cut_as_a_possessive(gaz):
    place = by_text("The crew was flown to St. John's, Newfoundland, on Friday.", gaz)["St. John's"]
    assert place.country_code == "CA" and abs(place.lat - 47.56) < 0.2
    # A possessive before a noun stays a possessive of the shorter name.
    assert "Saint John" in by_text("Saint John's mayor said New Brunswick was ready.", gaz)


def test_english_uplands_and_forests(gaz):
    places = by_text("Walkers fell ill on Exmoor and in the Peak District.", gaz)
    assert places["Exmoor"].country_code == "GB" and places["Peak District"].country_code == "GB"
