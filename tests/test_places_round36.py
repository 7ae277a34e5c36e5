"""Places, round 36 (from the misses of check sets 76 and 77): a Canadian county GeoNames names bare or that a town
abroad is named like, a village named like towns abroad in news firmly about another country, an apposition naming
the places after it, and a village beside a long river anchored to the article's towns, not the river's mouth."""

from __future__ import annotations

from conftest import by_text, in_country_near as _near


def test_a_county_geonames_names_without_its_kind_word(gaz):
    text = ("TRURO, N.S. (CP) - Power was restored in Colchester County on Monday, while crews in Charlottetown, "
            "Prince Edward Island, and Moncton, New Brunswick, cleared lines.")
    county = by_text(text, gaz)["Colchester County"]
    # Nova Scotia's county (GeoNames: "Colchester"), not Ontario's town of Colchester.
    assert (county.country_code, county.admin1, county.feature_code) == ("CA", "07", "ADM2")


def test_a_county_named_like_a_town_abroad_in_news_of_a_canadian_province(gaz):
    text = ("LONDON, Ont. (CP) - Outboard motors stolen from cottages in Lambton County and Huron County were sold in "
            "Detroit and Toronto, police said.")
    county = by_text(text, gaz)["Huron County"]
    assert (county.country_code, county.admin1, county.feature_code) == ("CA", "08", "ADM2")
    # In news of an American state, the county is that state's.
    places = by_text("SANDUSKY, Ohio (AP) - Flooding closed roads in Huron County and Erie County on Monday.", gaz)
    assert (places["Huron County"].country_code, places["Huron County"].admin1) == ("US", "OH")


def test_a_village_named_like_towns_abroad_in_news_of_another_country(gaz):
    text = ("PERTH, Scotland - Highland Council plans to shut the post office in the village of Glencoe, so pensioners "
            "would travel to Fort William. Shopkeepers in Ballachulish signed a petition that was handed in at "
            "Inverness, and a member of parliament raised it in Edinburgh.")
    village = by_text(text, gaz)["Glencoe"]
    assert village.country_code == "GB" and village.geonameid is None  # a village the gazetteer lacks
    # Named with its state, or in news of its own country, the name is still the American town.
    assert by_text("Tourists flocked to the village of Glencoe, Illinois, on Sunday.", gaz)["Glencoe"].admin1 == "IL"


def test_an_apposition_that_names_the_places_after_it(gaz):
    text = ("NAIROBI, Kenya (Reuters) - The river burst its banks near Garissa. Upstream, the villages of Bura and "
            "Hola were cut off by road, officials said.")
    places = by_text(text, gaz)
    assert "Upstream" not in places
    assert places["Hola"].country_code == "KE"
    # An apposition saying what the name before it is still makes that name a place.
    places = by_text("Floods hit Kenya. Kipini, a fishing village on the coast of Kenya, was cut off.", gaz)
    assert places["Kipini"].country_code == "KE"


def test_a_village_beside_a_long_river_is_anchored_to_the_article_towns(gaz):
    text = ("MARIETTA, Ohio (AP) - Water at Marietta stood six feet over flood stage on Monday. Downstream, "
            "residents of Grubtown watched the water rise along the Ohio River.")
    places = by_text(text, gaz)
    # The Ohio River's point is its mouth in Illinois, some 600 km away; Marietta is the article's town.
    _near(places["Grubtown"], "US", (39.42, -81.45), within=100)


def test_the_names_of_a_list_ended_by_rivers_are_rivers(gaz):
    text = ("MOGADISHU (Reuters) - Heavy rain in the Ethiopian highlands swelled the Juba and the Shabelle rivers, and "
            "families in Beledweyne moved to higher ground.")
    juba = by_text(text, gaz)["Juba"]
    assert (juba.country_code, juba.feature_code) == ("SO", "STM")  # Somalia's river, not South Sudan's capital
    # Named alone, the name is still the capital.
    assert by_text("Talks resumed in Juba on Monday.", gaz)["Juba"].feature_code == "PPLC"


def test_a_village_named_like_a_small_town_abroad_after_through(gaz):
    text = ("KILLORGLIN, Ireland - The N70 will shut for a month while the bridge at Killorglin is rebuilt, Kerry "
            "County Council said. Lorries from Tralee will be sent through Castlemaine instead.")
    village = by_text(text, gaz)["Castlemaine"]
    assert village.country_code == "IE" and village.geonameid is None  # not the Australian town of that name
    # A city abroad after "through" is still that city.
    places = by_text("DUBLIN, Ireland - The ferry freight was routed through Liverpool on Monday.", gaz)
    assert places["Liverpool"].country_code == "GB"
