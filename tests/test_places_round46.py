"""Places, round 46: a name with a reading of no country (a sea) points to no country through its other readings ("North
Sea" is also a town of New York, which made "Aberdeen" South Dakota's)."""
from __future__ import annotations

from conftest import by_text


def test_a_sea_named_like_a_small_town_points_to_no_country(gaz):
    text = "North Sea oil workers flown from Aberdeen to offshore platforms will strike next week, the union said."
    places = by_text(text, gaz)
    assert places["North Sea"].feature_code == "SEA"
    assert places["Aberdeen"].country == "GBR"

