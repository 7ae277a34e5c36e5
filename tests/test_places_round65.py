"""Places, round 65 (from check set 140): a county named again is the county of its first mention, though another
state with a county of that name is named between them ("Henry County ... the Kentucky line ... Henry County");
from set 141: a region named like a river is the river along its banks ("villages along the Amur"); from set 143:
a name ending in "'s" before a verb or "and" is no possessive ("St. John's declared")."""
from __future__ import annotations

from eventwire.geo import find_places


def test_a_county_named_again_keeps_its_first_sense(gaz):
    text = ("PARIS, Tenn. (AP) - A storm hit northwest Tennessee, killing two people in Henry County. Damage ran to the "
            "Kentucky line, and the mayor of Henry County asked for state help.")
    counties = [p for p in find_places(text, gazetteer=gaz) if p.text == "Henry County"]
    assert len(counties) == 2 and {p.admin1 for p in counties} == {"TN"}


def test_a_region_named_like_a_river_along_its_banks(gaz):
    text = "Floods hit Russia's Khabarovsk region, mostly in villages along the Amur near the city."
    river = next(p for p in find_places(text, gazetteer=gaz) if p.text == "Amur")
    assert river.feature_code == "STM"
    # Named as a region, it stays the region.
    region = next(p for p in find_places("Floods hit Russia's Amur region.", gazetteer=gaz) if p.text == "Amur region")
    assert region.feature_code == "ADM1"


def test_a_name_ending_in_s_before_a_verb_or_and(gaz):
    text = ("ST. JOHN'S, N.L. - Snow buried the city. St. John's declared a state of emergency, and flights out of "
            "St. John's and Gander were cancelled.")
    towns = [p for p in find_places(text, gazetteer=gaz) if p.text.lower() == "st. john's"]
    assert len(towns) == 3 and all(p.lon < -52 for p in towns)
