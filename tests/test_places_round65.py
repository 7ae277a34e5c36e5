"""Places, round 65 (from check set 140): a county named again is the county of its first mention, though another
state with a county of that name is named between them ("Henry County ... the Kentucky line ... Henry County")."""
from __future__ import annotations

from eventwire.geo import find_places


def test_a_county_named_again_keeps_its_first_sense(gaz):
    text = ("PARIS, Tenn. (AP) - A storm hit northwest Tennessee, killing two people in Henry County. Damage ran to the "
            "Kentucky line, and the mayor of Henry County asked for state help.")
    counties = [p for p in find_places(text, gazetteer=gaz) if p.text == "Henry County"]
    assert len(counties) == 2 and {p.admin1 for p in counties} == {"TN"}
