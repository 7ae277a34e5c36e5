"""Places: the session-54 rows of `geo/data/towns.tsv` and `areas.tsv` (districts, quarters and villages of Peru and
Bolivia, Ecuador, Colombia and Venezuela, East Africa and the Horn, Eastern Europe, the Balkans and the Caucasus,
Mexico, Central America and the Caribbean; their rivers, lakes, peaks, parks and regions; and places read sets named
that the gazetteer lacked) resolve to their country and point."""

from __future__ import annotations

from conftest import by_text, in_country_near as _near


def test_towns_of_peru_and_the_northern_andes(gaz):
    text = ("Peru and Ecuador: roads to Mazuco were cut by mudslides, and in the hills above Quito farmers in Nanegal "
            "lost their crops.")
    places = by_text(text, gaz)
    _near(places["Mazuco"], "PE", (-13.10, -70.37))
    _near(places["Nanegal"], "EC", (0.13, -78.67))


def test_quarters_and_features_of_east_africa(gaz):
    text = ("Kenya: traders in Kamukunji counted their losses, and tourists returned to Watamu Marine National Park. "
            "In Ethiopia, scientists flew over Hayli Gubbi after the eruption.")
    places = by_text(text, gaz)
    _near(places["Kamukunji"], "KE", (-1.28, 36.84))
    _near(places["Watamu Marine National Park"], "KE", (-3.38, 39.99))
    _near(places["Hayli Gubbi"], "ET", (13.51, 40.72))


def test_quarters_and_lakes_of_the_balkans(gaz):
    text = ("Croatia: lifeguards closed Jarun Lake in Zagreb after the storm, and streets flooded in Kantrida, in "
            "Rijeka. In Bulgaria, volunteers from Sopot joined the firefighters.")
    places = by_text(text, gaz)
    _near(places["Jarun Lake"], "HR", (45.78, 15.92))
    _near(places["Kantrida"], "HR", (45.34, 14.39))
    _near(places["Sopot"], "BG", (42.65, 24.75))


def test_places_of_mexico_and_the_caribbean(gaz):
    text = ("Mexico: water was rationed in Villa Coapa, in the south of the capital, and divers mapped Sac Actun. In "
            "Anguilla, the ferry from Blowing Point was suspended.")
    places = by_text(text, gaz)
    _near(places["Villa Coapa"], "MX", (19.30, -99.13))
    _near(places["Sac Actun"], "MX", (20.25, -87.45))
    _near(places["Blowing Point"], "AI", (18.17, -63.09))


def test_places_read_sets_lacked(gaz):
    text = ("Britain: traffic queued at Scotch Corner and floods reached Frankwell in Shrewsbury. In Tanzania, gold "
            "miners in Nyang'hwale district were evacuated, and in Kenya crowds filled the markets of Eastleigh, in "
            "Nairobi.")
    places = by_text(text, gaz)
    _near(places["Scotch Corner"], "GB", (54.44, -1.67))
    _near(places["Frankwell"], "GB", (52.71, -2.76))
    _near(places["Nyang'hwale district"], "TZ", (-3.20, 32.60))
    _near(places["Eastleigh"], "KE", (-1.27, 36.85))
