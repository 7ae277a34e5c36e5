"""Places, round 35 (from the misses of check sets 72 and 73): an Australian state's dotted abbreviation in a dateline,
a town named like a person after "behind" or "beyond", a small town named like its country's state named again bare,
the first name of a list of districts, a road named after a place; a name that opens with a direction in a list of provinces, and the dateline's town after
a verb of smoke or water covering a place (from the misses of sets 74 and 75)."""

from __future__ import annotations

from conftest import by_text, in_country_near as _near


def test_a_dotted_australian_state_abbreviation_after_the_dateline_town(gaz):
    text = ("ARMIDALE, N.S.W. (AAP) - Snow closed the high roads on Saturday, and motorists were stuck on the ranges "
            "beyond Glen Innes.")
    places = by_text(text, gaz)
    _near(places["ARMIDALE"], "AU", (-30.50, 151.67))
    assert (places["N.S.W."].country_code, places["N.S.W."].feature_code) == ("AU", "ADM1")
    # The undotted form keeps working.
    assert by_text("ARMIDALE, NSW (AAP) - Snow fell on Saturday.", gaz)["NSW"].feature_code == "ADM1"


def test_the_canadian_territories_dotted_abbreviations(gaz):
    text = "YELLOWKNIFE, N.W.T. (CP) - Wildfire smoke closed the airport in Hay River on Monday."
    places = by_text(text, gaz)
    assert (places["N.W.T."].country_code, places["N.W.T."].feature_code) == ("CA", "ADM1")
    _near(places["YELLOWKNIFE"], "CA", (62.45, -114.37))
    places = by_text("WHITEHORSE, Y.T. (CP) - Snow closed the Alaska Highway north of the city.", gaz)
    assert places["Y.T."].name == "Yukon"


def test_a_town_named_like_a_person_after_behind_or_beyond(gaz):
    text = ("BALLINA, N.S.W. (AAP) - Heavy rain fell across the far north coast on Thursday. Hikers were rescued from "
            "the hinterland behind Byron Bay, and farmers beyond Mullumbimby lost cattle.")
    places = by_text(text, gaz)
    _near(places["Byron Bay"], "AU", (-28.65, 153.61))
    _near(places["Mullumbimby"], "AU", (-28.55, 153.50))
    # A person behind something is still no place.
    assert "Michael Bay" not in by_text("The studio said the team behind Michael Bay would start filming.", gaz)


def test_a_small_town_named_like_a_state_keeps_its_reading_when_named_again(gaz):
    text = ("SEDALIA, Mo. (AP) - A tornado damaged a grain elevator in Nevada, Mo., on Sunday night. Roads out of "
            "Nevada were blocked by fallen trees until Monday, and crews from Joplin helped clear them. A storm "
            "chaser from the state of Nevada filmed the funnel.")
    nevadas = [p for p in by_text_all(text, gaz) if p.text == "Nevada"]
    assert [p.feature_code for p in nevadas] == ["PPL", "PPL", "ADM1"]
    _near(nevadas[1], "US", (37.84, -94.35))
    # Without a town named first, the name is the state.
    places = by_text("Wildfires burned across Nevada and Utah on Sunday, officials in Reno said.", gaz)
    assert places["Nevada"].feature_code == "ADM1"


def test_the_first_name_of_a_list_of_districts_is_a_district_of_the_article_region(gaz):
    text = ("DIBRUGARH, India (Reuters) - Rising water on the Brahmaputra breached embankments in Assam on Friday. "
            "Lakhimpur and Dhemaji districts reported the most villages cut off, the state disaster agency said.")
    places = by_text(text, gaz)
    assert places["Lakhimpur"].feature_code == "ADM2"
    _near(places["Lakhimpur"], "IN", (27.24, 94.10), within=40)
    # Named alone, the name is still the city it is best known for.
    alone = by_text("LUCKNOW, India (Reuters) - Police in Lakhimpur arrested two men on Friday.", gaz)
    assert alone["Lakhimpur"].feature_code == "PPL"


def test_a_road_named_after_a_place_names_no_place(gaz):
    text = ("SYDNEY (AAP) - Floods closed the Pacific Highway near Coffs Harbour and the New England Highway near "
            "Tamworth on Monday.")
    places = by_text(text, gaz)
    assert "Pacific" not in places and "New England" not in places
    _near(places["Tamworth"], "AU", (-31.09, 150.93))
    # The same names before a lower-case word, or bare, are places.
    places = by_text("Boats were lost in the Pacific, and snow fell across New England.", gaz)
    assert places["Pacific"].feature_code == "OCN" and places["New England"].country_code == "US"


def test_a_province_opening_with_a_direction_in_a_list_of_provinces(gaz):
    text = ("CATARMAN, Philippines (Reuters) - Typhoon rains flooded villages across Biliran, Northern Samar and "
            "Eastern Samar provinces on Tuesday, the disaster agency said.")
    places = by_text(text, gaz)
    assert "Northern" not in places and "Eastern" not in places  # not Sri Lanka's provinces
    assert places["Northern Samar"].country_code == "PH" and places["Eastern Samar"].country_code == "PH"


def test_the_dateline_town_after_a_verb_of_smoke_or_water_covering_it(gaz):
    text = ("NELSON, New Zealand - Fire crews fought the blaze in the hills overnight. By dawn, smoke had blanketed "
            "Nelson and the airport was closed.")
    nelsons = [p for p in by_text_all(text, gaz) if p.text.lower() == "nelson"]
    assert len(nelsons) == 2 and all(p.country_code == "NZ" for p in nelsons)
    # A surname after such a verb in news with no town of that name stays a name.
    assert "Nelson" not in by_text("Critics blanketed Nelson with questions after the vote in Ottawa.", gaz)


def test_the_grampians_of_victoria_and_of_scotland(gaz):
    text = "BALLARAT, Victoria (AAP) - A bushfire in the Grampians forced residents of Halls Gap to leave."
    _near(by_text(text, gaz)["Grampians"], "AU", (-37.25, 142.45))
    text = "Snow fell on the Grampians and the Cairngorms, and roads near Braemar in Aberdeenshire were closed."
    assert by_text(text, gaz)["Grampians"].country_code == "GB"


def by_text_all(text: str, gaz) -> list:
    from eventwire.geo import find_places

    return list(find_places(text, gazetteer=gaz))
