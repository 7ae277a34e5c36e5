"""Places, round 53: a region named by an ordinary word with its kind word ("the Central department"); towns and an
island the gazetteer lacked (Luque, Nasib, the Desouk spelling of Disuq, Isla del Sol)."""
from __future__ import annotations

from conftest import by_text


def test_an_ordinary_word_with_a_regions_kind_word(gaz):
    text = "Dengue spread in Paraguay, and clinics in the Central department ran short of beds."
    region = by_text(text, gaz)["Central department"]
    assert (region.country, region.feature_code) == ("PRY", "ADM1")
    # Without its kind word the word is no region.
    assert set(by_text("Paraguay's Central bank cut rates.", gaz)) == {"Paraguay"}


def test_towns_and_an_island_the_gazetteer_lacked(gaz):
    assert by_text("Dengue cases rose in Paraguay's capital and in Luque, health officials said.",
                   gaz)["Luque"].country == "PRY"
    assert by_text("Lorries queued overnight in Nasib, Jordan's officials said, as Syria reopened its side.",
                   gaz)["Nasib"].country == "SYR"
    assert by_text("Farmers near Kafr el-Sheikh said the canal reaches Desouk but little water is left.",
                   gaz)["Desouk"].country == "EGY"
    island = by_text("Bolivian boatmen said few tourists sailed to Isla del Sol this week.", gaz)["Isla del Sol"]
    assert (island.country, island.feature_code) == ("BOL", "ISL")


def test_regions_news_names_by_their_old_or_tourist_names(gaz):
    region = by_text("Coal towns of Upper Silesia braced for floods, Polish officials said.", gaz)["Upper Silesia"]
    assert (region.country, region.feature_code) == ("POL", "ADM1")
    region = by_text("Storms closed passes in the Bernese Oberland, Swiss police said.", gaz)["Bernese Oberland"]
    assert region.country == "CHE"
