"""Places: the counties25 rows of `geo/data/areas.tsv` (Scotland's historic counties and council areas that local news
names) resolve to Scotland, and leave the towns they are named after alone."""

from __future__ import annotations

from conftest import by_text, in_country_near as _near


def test_historic_counties_of_scotland(gaz):
    places = by_text("Snow closed roads across rural Perthshire and Inverness-shire on Tuesday, and ploughs were sent "
                     "from Stirlingshire.", gaz)
    _near(places["Perthshire"], "GB", (56.55, -3.85), within=40)
    _near(places["Inverness-shire"], "GB", (57.20, -4.90), within=40)
    assert places["Stirlingshire"].country_code == "GB"
    places = by_text("Farmers in Caithness and Berwickshire counted their losses after the storm.", gaz)
    assert places["Caithness"].country_code == places["Berwickshire"].country_code == "GB"


def test_council_areas_and_the_towns_named_alike(gaz):
    places = by_text("Police in Renfrewshire and Clackmannanshire made arrests after the match.", gaz)
    assert places["Renfrewshire"].country_code == places["Clackmannanshire"].country_code == "GB"
    # The towns the counties are named after are still towns.
    places = by_text("Fans travelled from Perth and Inverness to the final in Glasgow.", gaz)
    assert places["Perth"].feature_code == places["Inverness"].feature_code == "PPL"
    assert places["Inverness"].country_code == "GB"
