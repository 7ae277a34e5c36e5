"""Places, round 29 (from the misses of places_fresh33-34, read after first sight): a region's point without outlying
islands or miscoded towns; "X River" after a region's name is a river; "counties around Atlanta, including X";
"swung toward Democrats" names no place; Kangaroo Island. Our own sentences."""

from __future__ import annotations

from eventwire.geo import find_places

from conftest import near as _near, place_named as _place


def test_a_regions_point_is_not_pulled_off_by_an_outlying_island_or_a_miscoded_town():
    # Easter Island belongs to Valparaíso region; a town GeoNames codes to Kurgan oblast lies 1,400 km west of it.
    region = _place("Wildfires killed 112 people in the Valparaíso region of Chile.", "Valparaíso region")
    assert _near(region, -33.0, -71.2)
    assert _near(_place("Water rose on the Tobol in the Kurgan region of Russia.", "Kurgan region"), 55.5, 65.2)


def test_a_river_named_like_a_region_with_its_capitalised_kind_word():
    text = "Farm groups halted soybean deliveries to crushers along the Paraná River north of Rosario."
    river = _place(text, "Paraná River")
    assert river.feature_code == "STM" and river.country_code == "AR"  # not the Brazilian state


def test_kinds_of_place_around_a_town_including_a_list():
    text = "Suburban counties around Atlanta, including Gwinnett and Fayette, swung toward Democrats."
    places = {p.text: p for p in find_places(text)}
    assert places["Gwinnett"].name == "Gwinnett County" and "Democrats" not in places
    text = "Member states and international organisations including UN, OSCE and the CIS monitor the vote in Bishkek."
    assert [p.text for p in find_places(text)] == ["Bishkek"]


def test_kangaroo_island():
    place = _place("On Kangaroo Island, off South Australia, flames overran a farm.", "Kangaroo Island")
    assert place.country_code == "AU" and _near(place, -35.8, 137.2)
