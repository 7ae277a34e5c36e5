"""Places: the session-53 rows of `geo/data/towns.tsv` and `areas.tsv` (neighbourhoods, villages and news spellings of
towns in the Southern Cone, North Africa and the Middle East, Brazil and the northern Andes, north-western Europe and
the Alps, and southern Africa; their rivers, wetlands, regions and dams) resolve to their country and point."""

from __future__ import annotations

from conftest import by_text, in_country_near as _near


def test_towns_of_the_southern_cone(gaz):
    places = by_text("Argentina: schools closed in Guaymallén, and trawlers stayed moored at Quequén.", gaz)
    _near(places["Guaymallén"], "AR", (-32.90, -68.79))
    _near(places["Quequén"], "AR", (-38.56, -58.71))


def test_towns_of_north_africa_and_the_levant(gaz):
    places = by_text("Libya and Syria: families returned to Tawergha, and aid reached Taldou after the shelling.", gaz)
    _near(places["Tawergha"], "LY", (32.02, 15.12))
    _near(places["Taldou"], "SY", (34.88, 36.52))


def test_villages_and_wetlands_of_britain_and_ireland(gaz):
    places = by_text("Wales and Ireland: sandbags were stacked in Towyn, and hay was lost on the Shannon Callows.",
                     gaz)
    _near(places["Towyn"], "GB", (53.30, -3.55))
    _near(places["Shannon Callows"], "IE", (53.25, -8.00))


def test_places_of_southern_africa(gaz):
    text = ("Zimbabwe: the Tokwe-Mukosi Dam spilled, cutting roads to Chikombedzi, and drought gripped "
            "Matabeleland. In Namibia, visitors still flocked to Kolmanskop.")
    places = by_text(text, gaz)
    _near(places["Tokwe-Mukosi Dam"], "ZW", (-20.75, 31.08))
    _near(places["Chikombedzi"], "ZW", (-21.74, 31.31))
    _near(places["Matabeleland"], "ZW", (-20.00, 28.00))
    _near(places["Kolmanskop"], "NA", (-26.70, 15.23))
