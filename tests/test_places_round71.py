"""Places, round 71 (session 40): a one-word town named again before "has", "had" or "is" ("in Kilkee ... Kilkee is
a quiet town"). Sentences of our own."""

from __future__ import annotations

from conftest import all_named


def test_a_town_named_again_before_is_or_has(gaz):
    text = ("ENNIS, Ireland - Storms damaged the pier at Kilkee on Sunday. \"Kilkee is a quiet town most of the year,\" "
            "a publican said. Kilkee has asked the council for help before.")
    found = all_named(text, "Kilkee", gaz)
    assert len(found) == 3 and {p.country_code for p in found} == {"IE"}


def test_a_surname_named_again_before_said_is_still_no_town(gaz):
    text = "ENNIS, Ireland - Storms damaged the pier at Kilkee on Sunday. Kilkee said the pier would reopen."
    assert len(all_named(text, "Kilkee", gaz)) == 1
