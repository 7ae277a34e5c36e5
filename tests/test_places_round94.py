"""Places, round 94: a place the gazetteer lacks, placed by the town named beside it where the article first names
it, keeps that point where it is named again with no place in its sentence (one sense per article), rather than
taking whatever town the article named last before it; a region the data knows only with its kind word ("Isabela
Province") is read under its bare name where the article names two or more towns of it and none of the region of the
home town of that name (Basilan's Isabela City); the names after "the Hamilton suburbs of" are parts of Hamilton, not
namesakes far away; and a name read as an island right before "river" is a river of the article's country."""

from __future__ import annotations

from conftest import all_named
from eventwire.geo.distance import km


def test_an_unknown_place_named_again_keeps_the_point_its_first_mention_got(gaz):
    text = ("NAKURU, Kenya - A new clinic has opened on the northern edge of Nakuru near Kiptorongo after years of "
            "delay. Patients also came from Kisumu, Eldoret and Mombasa on the first day. \"We walked for an hour,\" "
            "said a farmer in Kiptorongo.")
    first, again = all_named(text, "Kiptorongo", gaz)
    assert first.resolution == again.resolution == "approximate"
    assert km(first.lat, first.lon, -0.303, 36.080) < 30  # by Nakuru
    assert (again.lat, again.lon) == (first.lat, first.lon)  # not Mombasa's point, the town named last before it


def test_an_unknown_place_with_a_town_in_its_own_sentence_still_takes_that_town(gaz):
    text = ("NAKURU, Kenya - A new clinic has opened on the northern edge of Nakuru near Kiptorongo after years of "
            "delay. Later the clinic sent a van from Mombasa to Kiptorongo with medicines.")
    first, again = all_named(text, "Kiptorongo", gaz)
    assert km(first.lat, first.lon, -0.303, 36.080) < 30
    assert km(again.lat, again.lon, -4.05, 39.67) < 30  # its own sentence names Mombasa


def test_a_region_known_with_its_kind_word_is_read_bare_amid_its_towns(gaz):
    text = ("MANILA, Philippines - Water let out of a dam flooded farms in Ramon, Isabela, Philippine officials said. "
            "Rice fields near Ilagan and Tumauini were flooded, and the river rose at Tuguegarao.")
    isabela = all_named(text, "Isabela", gaz)[0]
    assert isabela.feature_code == "ADM1" and isabela.name == "Isabela Province"


def test_the_town_of_that_name_stays_where_the_article_names_its_own_region(gaz):
    text = ("MANILA, Philippines - Troops raided a camp in Sumisip, Basilan, and took the suspects to Isabela for "
            "questioning. The road from Lamitan was closed.")
    isabela = all_named(text, "Isabela", gaz)[0]
    assert isabela.feature_class == "P" and isabela.lat < 8  # Basilan's Isabela City, not the Luzon province


def test_names_after_a_towns_suburbs_of_are_parts_of_that_town(gaz):
    text = ("HAMILTON, New Zealand - Burglars hit the Hamilton suburbs of Frankton and Dinsdale before fleeing to "
            "Cambridge and Huntly.")
    frankton = all_named(text, "Frankton", gaz)[0]
    assert km(frankton.lat, frankton.lon, -37.78, 175.28) < 20  # Hamilton's suburb, not Queenstown's Frankton
    text = "QUEENSTOWN, New Zealand - Traffic backed up at Frankton on Friday as skiers drove to the slopes."
    assert all_named(text, "Frankton", gaz)[0].lat < -44  # no suburbs named: Queenstown's own Frankton


def test_a_name_read_as_an_island_before_river_is_that_river(gaz):
    text = "COCHABAMBA, Bolivia - Lorries queued for a third day at Villa Tunari, beside the Espíritu Santo river."
    river = all_named(text, "Espíritu Santo", gaz)[0]
    assert river.feature_code == "STM" and river.country_code == "BO"  # not Vanuatu's island
    assert km(river.lat, river.lon, -16.97, -65.42) < 30  # by the town on its banks
    assert all_named("Cyclone Lola struck Espiritu Santo on Tuesday.", "Espiritu Santo", gaz)[0].country_code == "VU"
