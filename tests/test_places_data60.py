"""Places: the rows of `geo/data/towns.tsv` and `areas.tsv` reviewed in session 60 (short names of Mexican municipal
seats and city quarters of Mexico, Central America and the Caribbean; constituencies, districts, quarters and airports
of East Africa and the Horn; villages of Lebanon, suburbs of Iraqi Kurdistan and Afghan districts; districts of
Chinese and Taiwanese cities, Xinjiang's county seats, mountains and rivers of China and Mongolia; Nigerian local
government areas, quarters and airports of West Africa; bairros and localities of Brazil and Argentina; towns,
quarters and lakes of Western Europe) resolve to their country and point."""

from __future__ import annotations

from conftest import by_text, in_country_near as _near


def test_short_names_and_quarters_of_mexico(gaz):
    text = ("Mexico: canal boats were back at Mixquic on Sunday, and police searched homes in Tetlán, in "
            "Guadalajara.")
    places = by_text(text, gaz)
    _near(places["Mixquic"], "MX", (19.225, -98.964))
    _near(places["Tetlán"], "MX", (20.66, -103.29))


def test_constituencies_quarters_and_airports_of_east_africa(gaz):
    text = ("Kenya: voters queued in Mathira, in Nyeri County, while flights at Jomo Kenyatta International Airport "
            "were delayed. In Somalia, a blast hit Bakaara, in Mogadishu.")
    places = by_text(text, gaz)
    _near(places["Mathira"], "KE", (-0.484, 37.127))
    _near(places["Jomo Kenyatta International Airport"], "KE", (-1.319, 36.926))
    _near(places["Bakaara"], "SO", (2.043, 45.333))


def test_villages_suburbs_and_districts_of_the_levant_iraq_and_afghanistan(gaz):
    text = ("Lebanon: strikes hit Kfar Joz, near Nabatieh. In Iraq, traffic backed up in Bnaslawa, outside Erbil, "
            "and in Afghanistan floods swept Watapur, in Kunar.")
    places = by_text(text, gaz)
    _near(places["Kfar Joz"], "LB", (33.37, 35.492))
    _near(places["Bnaslawa"], "IQ", (36.128, 44.081))
    _near(places["Watapur"], "AF", (34.919, 71.099))


def test_districts_county_seats_and_rivers_of_china_taiwan_and_mongolia(gaz):
    text = ("China: the metro reached Wuchang, in Wuhan, and snow closed roads to Tashkurgan, in Xinjiang. In "
            "Taiwan, police raided a factory in Zhongli, in Taoyuan. In Mongolia, the Tuul River froze early.")
    places = by_text(text, gaz)
    _near(places["Wuchang"], "CN", (30.554, 114.316))
    _near(places["Tashkurgan"], "CN", (37.775, 75.229))
    _near(places["Zhongli"], "TW", (24.965, 121.225))
    _near(places["Tuul River"], "MN", (48.948, 104.799))


def test_local_government_areas_quarters_and_airports_of_west_africa(gaz):
    text = ("Nigeria: gunmen raided villages in Shiroro, in Niger State, and floods hit Bolori, in Maiduguri. In "
            "Ghana, flights at Kotoka International Airport were delayed.")
    places = by_text(text, gaz)
    _near(places["Bolori"], "NG", (11.83, 13.11))
    _near(places["Kotoka International Airport"], "GH", (5.605, -0.167))


def test_bairros_and_localities_of_brazil_and_argentina(gaz):
    text = ("Brazil: police raided homes in Heliópolis, in São Paulo. In Argentina, storms flooded streets in Trujui, "
            "in Moreno, on Tuesday.")
    places = by_text(text, gaz)
    _near(places["Heliópolis"], "BR", (-23.61, -46.59))
    _near(places["Trujui"], "AR", (-34.59, -58.76))


def test_towns_quarters_and_lakes_of_western_europe(gaz):
    text = ("Britain: police closed roads in Lurgan, in County Armagh. In Switzerland, divers searched Lake Zurich, "
            "and in Germany, flooding hit Bad Cannstatt, in Stuttgart.")
    places = by_text(text, gaz)
    _near(places["Lurgan"], "GB", (54.46, -6.33))
    _near(places["Lake Zurich"], "CH", (47.25, 8.68))
    _near(places["Bad Cannstatt"], "DE", (48.80, 9.22))
