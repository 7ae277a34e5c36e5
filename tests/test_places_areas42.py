"""Places, areas42: rivers, peaks, sites, crossings and disputed shoals news names that the gazetteer lacked, from the
reviewed rows of `geo/data/areas.tsv`; a town sharing a river's name keeps its reading where the text means the town.
Our own sentences."""

from __future__ import annotations

from conftest import by_text, in_country_near


def test_a_border_river_is_the_side_news_means_and_the_town_of_its_name_stays_a_town(gaz):
    river = by_text("Migrants waded across the Rio Grande near Eagle Pass before dawn, Texas officials said.", gaz)
    in_country_near(river["Rio Grande"], "US", (25.96, -97.15), within=5)
    assert river["Rio Grande"].feature_code == "STM"
    town = by_text("Floodwater reached homes in Rio Grande, a port city in southern Brazil, on Sunday.", gaz)
    assert town["Rio Grande"].country_code == "BR" and town["Rio Grande"].feature_class == "P"


def test_rivers_named_with_their_kind_word(gaz):
    amur = by_text("Divers searched the Amur River after a ferry capsized near Khabarovsk.", gaz)
    in_country_near(amur["Amur River"], "RU", (52.95, 141.08), within=5)
    parana = by_text("Grain barges ran aground on the Parana River as the drought deepened in Argentina.", gaz)
    in_country_near(parana["Parana River"], "AR", (-34.0, -58.4), within=5)


def test_a_volcano_and_a_site(gaz):
    ash = by_text("Ash from Mount Marapi fell on villages in West Sumatra on Monday.", gaz)
    in_country_near(ash["Mount Marapi"], "ID", (-0.38, 100.47), within=5)  # Sumatra's, not Java's Merapi
    site = by_text("Hundreds of tourists were stranded at Machu Picchu after protesters blocked the railway.", gaz)
    in_country_near(site["Machu Picchu"], "PE", (-13.16, -72.55), within=5)


def test_disputed_islets_and_shoals(gaz):
    islets = by_text("South Korean marines held a drill near Dokdo, which Japan calls Takeshima.", gaz)
    in_country_near(islets["Dokdo"], "KR", (37.24, 131.87), within=5)
    shoal = by_text("Chinese coast guard ships fired water cannon near Second Thomas Shoal on Saturday.", gaz)
    place = shoal["Second Thomas Shoal"]
    assert place.feature_code == "ISL" and abs(place.lat - 9.75) < 0.1 and abs(place.lon - 115.87) < 0.1
