"""Places: the session-50 rows of `geo/data/towns.tsv` and `areas.tsv` (districts of Greater Buenos Aires and
Santiago, Oaxaca's towns under their short names, quarters of Genoa and Skopje, districts of Turkey's metropolitan
cities; regions, provinces and plains of the Andes, the Balkans, Lebanon and Brazil) resolve to their country and
point."""

from __future__ import annotations

from conftest import by_text, in_country_near as _near


def test_districts_of_buenos_aires_and_santiago(gaz):
    places = by_text("Argentina: bus drivers in González Catán and Florencio Varela walked out over pay.", gaz)
    _near(places["González Catán"], "AR", (-34.77, -58.64))
    _near(places["Florencio Varela"], "AR", (-34.81, -58.28))
    places = by_text("Chile: water was cut in Pudahuel and Cerro Navia after a main burst.", gaz)
    _near(places["Pudahuel"], "CL", (-33.44, -70.76))
    _near(places["Cerro Navia"], "CL", (-33.425, -70.745))


def test_towns_and_quarters_of_mexico_italy_macedonia_and_turkey(gaz):
    places = by_text("Mexico: teachers blocked the highway at Nochixtlán and marched to Mitla.", gaz)
    _near(places["Nochixtlán"], "MX", (17.46, -97.23))
    _near(places["Mitla"], "MX", (16.92, -96.36))
    _near(by_text("Italy: a landslide blocked trains at Sestri Ponente.", gaz)["Sestri Ponente"], "IT", (44.425, 8.85))
    _near(by_text("Skopje: flats in Gazi Baba had no heating on Monday.", gaz)["Gazi Baba"], "MK", (42.02, 21.47))
    _near(by_text("Turkey: the mayor of Artuklu in Mardin was detained.", gaz)["Artuklu"], "TR", (37.31, 40.73))


def test_regions_and_provinces_named_bare(gaz):
    places = by_text("Bolivia: coca growers in Nor Yungas and Sud Yungas blocked the road to La Paz.", gaz)
    _near(places["Nor Yungas"], "BO", (-16.15, -67.7))
    _near(places["Sud Yungas"], "BO", (-16.4, -67.35))
    places = by_text("Lebanon: wildfires spread from the Metn into Keserwan overnight.", gaz)
    _near(places["Metn"], "LB", (33.88, 35.65))
    _near(places["Keserwan"], "LB", (34.02, 35.70))
    places = by_text("Serbia and Bosnia: farmers in Mačva and Semberija lost their maize to the drought.", gaz)
    _near(places["Mačva"], "RS", (44.72, 19.55))
    _near(places["Semberija"], "BA", (44.75, 19.20))


def test_greek_regional_units_maltese_islands_and_caribbean_and_adriatic_villages(gaz):
    places = by_text("Greece: farmers in Larissa, Karditsa and Magnesia were paid for the flood losses.", gaz)
    _near(places["Magnesia"], "GR", (39.30, 22.90))
    _near(by_text("Malta: boats to Comino were cancelled in the storm.", gaz)["Comino"], "MT", (36.011, 14.336))
    places = by_text("Trinidad: homes in Fyzabad and Siparia flooded after the rain.", gaz)
    _near(places["Fyzabad"], "TT", (10.18, -61.54))
    _near(by_text("Croatia: oyster farmers in Mali Ston lost their crop.", gaz)["Mali Ston"], "HR", (42.848, 17.702))
