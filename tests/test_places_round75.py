"""Places, round 75: sentence openings and the sentence's other names."""

from __future__ import annotations

from eventwire.geo import find_places

from conftest import by_text


def test_a_town_listed_with_a_name_of_a_bigger_namesake_abroad_keeps_its_country(gaz):
    # Keswick's biggest namesake is in Canada: that is no evidence that Workington, named with it, is a stranger.
    places = by_text("Flooding hit Carlisle. Keswick and Workington residents were evacuated.", gaz)
    assert places["Workington"].country_code == "GB" and places["Keswick"].country_code == "GB"
    # A town of another country in a sentence whose other names are all abroad is still left out.
    assert "Workington" not in by_text("Aid reached Lima and Cusco. Workington residents in Arequipa helped.", gaz)


def test_a_town_of_several_words_opening_a_sentence_before_and(gaz):
    places = by_text("Storms hit Newfoundland. Corner Brook and the west coast escaped the worst.", gaz)
    assert places["Corner Brook"].country_code == "CA"
    # A person's verb still makes it no town.
    assert "Corner Brook" not in by_text("Storms hit Newfoundland. Corner Brook said the roads were open.", gaz)


def test_a_county_opening_a_sentence_in_news_of_its_country(gaz):
    text = ("Storm Eowyn hit Ireland on Friday, closing roads in Galway and Kerry. Clare prepares for more wind as "
            "Ennis and Shannon clear trees.")
    assert by_text(text, gaz)["Clare"].name == "County Clare"
    # A first name before a person's verb stays a person; so does the county's name in news of another country.
    assert "Clare" not in by_text("Storms hit Galway and Kerry in Ireland. Clare said she was afraid.", gaz)
    assert "Clare" not in by_text("Storms hit Leeds and York. Clare prepares for more wind.", gaz)


def test_a_town_name_listed_with_a_province_is_the_province_of_that_name(gaz):
    places = by_text("Typhoon Doksuri lashed northern Luzon, flooding towns in Cagayan and Isabela.", gaz)
    assert places["Isabela"].feature_code == "ADM2" and places["Isabela"].lat > 16
    # Only a region of the listed one's state: "Powell and Lee County" is Kentucky's Powell County.
    places = by_text("Storms hit eastern Kentucky, flooding Powell and Lee County.", gaz)
    assert places["Powell"].admin1 == "KY"


def test_a_town_opening_a_sentence_before_its_possessive_buildings(gaz):
    places = by_text("Police in Perth arrested a man in Fremantle. Bunbury's magistrates court will hear the case. "
                     "Geraldton's foreshore was closed.", gaz)
    assert places["Bunbury"].country_code == "AU" and places["Geraldton"].country_code == "AU"
    # A person's possessive is no such thing.
    assert "Bunbury" not in by_text("Police in Perth arrested a man. Bunbury's lawyer will speak for him.", gaz)


def test_a_river_named_with_its_kind_word_in_the_region_the_sentence_names(gaz):
    # The region's point is its centre: the river's mouth may lie farther from it than from a town.
    places = by_text("Floods in Rio Grande do Sul killed 100 people after the Taquari river rose 20 metres.", gaz)
    assert places["Taquari"].feature_code == "STM" and places["Taquari"].resolution != "approximate"


def test_rivers_and_towns_of_southern_south_america(gaz):
    places = by_text("Heavy rain flooded Orán and Embarcación in Salta, Argentina, as the Bermejo river rose. In Jujuy, "
                     "Perico had damage; the Limay river was high at Neuquén.", gaz)
    assert places["Bermejo"].feature_code == "STM" and places["Bermejo"].country_code == "AR"
    assert places["Perico"].country_code == "AR" and places["Limay"].feature_code == "STM"


def test_a_sizeable_town_opening_a_sentence_near_one_earlier_place(gaz):
    text = ("Cyclone Gabrielle cut off Napier and Hastings in New Zealand. Wairoa was isolated. Gisborne lost power "
            "for days.")
    assert by_text(text, gaz)["Gisborne"].country_code == "NZ"
    # A person's verb still makes it a surname.
    assert "Gisborne" not in by_text(text.replace("lost power for days", "said the roads were shut"), gaz)


def test_a_town_listed_between_two_towns_of_a_region_far_from_its_only_namesakes(gaz):
    text = "A tornado ripped through Mississippi, damaging homes in Rolling Fork, Silver City and Amory."
    place = by_text(text, gaz)["Silver City"]
    assert place.country_code == "US" and place.resolution == "approximate" and place.lon > -92


def test_a_dateline_town_is_not_a_smaller_capital_abroad_nor_a_city_under_another_name(gaz):
    text = ("VICTORIA - A windstorm cut power on southern Vancouver Island, and trees fell in Saanich and Langford, "
            "British Columbia. Victoria, the provincial capital, opened warming centres.")
    places = [p for p in find_places(text, gazetteer=gaz) if p.text.lower() == "victoria"]
    assert len(places) == 2 and all(p.country_code == "CA" for p in places)
    # A capital bigger than any namesake of the article's countries keeps the dateline.
    assert by_text("LONDON - Canada's trade minister met British officials.", gaz)["LONDON"].country_code == "GB"


def test_a_county_of_the_article_country_over_a_region_abroad_named_alike(gaz):
    text = ("KINGSTON, N.Y. - A judge blocked a waterfront project on the Hudson River. The ruling, issued in Ulster "
            "County, recalled that British troops burned the city.")
    assert by_text(text, gaz)["Ulster County"].country_code == "US"


def test_a_town_of_the_article_region_over_a_river_abroad(gaz):
    text = ("HAMILTON, New Zealand - Patients at Waikato's hospital in Hamilton waited nine hours, with staff short at "
            "clinics from Thames to Taumarunui, in Waikato. Wellington promised help.")
    assert by_text(text, gaz)["Thames"].country_code == "NZ"


def test_a_qualified_town_is_not_the_county_named_before(gaz):
    text = ("Pitches across County Durham were flooded, Durham County Council said. Parents in Durham, North Carolina, "
            "were confused.")
    places = [p for p in find_places(text, gazetteer=gaz) if p.text == "Durham"]
    assert places[-1].country_code == "US"


def test_towns_of_ontario_the_gazetteer_lacked(gaz):
    places = by_text("Trustees representing Dundas and Ancaster, in Ontario, backed the plan for Hamilton.", gaz)
    assert places["Dundas"].country_code == "CA"


def test_the_dateline_town_named_again_with_a_possessive(gaz):
    text = "HAMILTON, Ont. - The board voted to close two schools. The ministry said it would review Hamilton's request."
    assert [p.country_code for p in find_places(text, gazetteer=gaz) if p.text == "Hamilton"] == ["CA"]


def test_a_pair_of_towns_shares_the_region_after_the_second_even_when_the_gazetteer_lacks_it(gaz):
    places = by_text("WELLINGTON, New Zealand - An earthquake shook Seddon and Ward in Marlborough.", gaz)
    assert places["Seddon"].country_code == "NZ"



def test_a_town_opening_a_sentence_listed_with_a_town_of_its_country(gaz):
    places = by_text("LUCKNOW - Heavy rain flooded Pratapgarh in Uttar Pradesh. Ayodhya and Sultanpur reported damage.",
                     gaz)
    assert places["Ayodhya"].country_code == "IN"
    # Only a town of that country: a surname before "and" stays a surname.
    assert "Anderson" not in by_text("Rain flooded towns in Uttar Pradesh. Anderson and Sultanpur reported damage.",
                                     gaz)


def test_an_unknown_district_is_placed_by_its_sentence_not_by_the_dateline_town(gaz):
    text = ("DODOMA, Tanzania - Floods in Hanang district killed 47 people after a mudslide from Mount Hanang hit "
            "Katesh town.")
    place = next(p for p in by_text(text, gaz).values() if p.text.startswith("Hanang"))
    assert place.resolution in ("approximate", "admin2") and place.lat > -5  # by Katesh, not 190 km south at Dodoma


def test_a_town_opening_a_sentence_before_what_news_says_of_places(gaz):
    places = by_text("BISHKEK (Reuters) - Mudflows hit the Issyk-Kul region, flooding Cholpon-Ata and Karakol. Naryn was "
                     "spared.", gaz)
    assert places["Naryn"].country_code == "KG" and places["Naryn"].feature_class == "P"
    # A surname before the same words is no town, and neither is a town abroad.
    assert "Smith" not in by_text("Storms hit Newfoundland. Smith lost power for a day.", gaz)
    assert "Naryn" not in by_text("Storms hit Newfoundland and Corner Brook. Naryn was spared.", gaz)


def test_a_town_opening_a_sentence_before_its_possessive_roads(gaz):
    places = by_text("WELLINGTON, New Zealand - An earthquake shook Marlborough. Kaikoura's roads were closed.", gaz)
    assert places["Kaikoura"].country_code == "NZ"
