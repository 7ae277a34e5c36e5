"""Places: the rows of `geo/data/regions.tsv`, `towns.tsv` and `areas.tsv` reviewed in session 62 (the prefectures of
Japan at their prefectural offices; favelas, bairros, beach villages and quilombos, rivers, dams, lagoons, parks,
airports and mesoregions of Brazil; county seats, prefectures, lakes and grasslands of China; Belgian provinces, the
Saar and Brittany's Oust; townships of Taiwan and neighbourhoods of Hong Kong; shires, rivers and towns of Australia
and New Zealand) resolve to their country and point."""

from __future__ import annotations

from conftest import by_text, in_country_near as _near


def test_a_prefecture_is_at_its_office_not_the_box_of_its_islands(gaz):
    text = ("Typhoon warnings were issued for Kagoshima Prefecture and Okayama Prefecture, and schools shut in "
            "Aomori Prefecture, Japan.")
    places = by_text(text, gaz)
    _near(places["Kagoshima Prefecture"], "JP", (31.56, 130.56), 30)
    _near(places["Okayama Prefecture"], "JP", (34.66, 133.93), 30)
    _near(places["Aomori Prefecture"], "JP", (40.82, 140.74), 30)


def test_a_prefecture_named_bare_keeps_its_office_point(gaz):
    text = "Snow closed roads across Miyagi and Iwate, Japan, on Friday."
    places = by_text(text, gaz)
    _near(places["Miyagi"], "JP", (38.27, 140.87), 10)
    _near(places["Iwate"], "JP", (39.70, 141.15), 10)


def test_quarters_and_beach_villages_of_brazil(gaz):
    text = ("Brazil: police raided Mata Escura, in Salvador, and Jacarecanga, in Fortaleza, while a landslide buried "
            "homes in Vila Sahy, on the coast of São Paulo state. Tourists crowded Maracajaú, in Rio Grande do "
            "Norte.")
    places = by_text(text, gaz)
    _near(places["Mata Escura"], "BR", (-12.94, -38.47))
    _near(places["Jacarecanga"], "BR", (-3.72, -38.55))
    _near(places["Vila Sahy"], "BR", (-23.79, -45.70))
    _near(places["Maracajaú"], "BR", (-5.40, -35.30))


def test_rivers_dams_and_lagoons_of_brazil(gaz):
    text = ("In Brazil, the Itapemirim River burst its banks, the Emborcação Dam spilled water, and fishermen on "
            "the Lagoa de Maricá reported dead fish.")
    places = by_text(text, gaz)
    _near(places["Itapemirim River"], "BR", (-21.01, -40.82))
    _near(places["Emborcação Dam"], "BR", (-18.45, -47.99))
    _near(places["Lagoa de Maricá"], "BR", (-22.93, -42.85))


def test_county_seats_of_china_that_geonames_lacks(gaz):
    text = ("China: a coal truck overturned in Fugu County, in Shaanxi province, and villagers in Heng County, "
            "Guangxi, harvested jasmine. In Gansu, floods struck Yongjing County and Lintao County.")
    places = by_text(text, gaz)
    _near(places["Fugu County"], "CN", (39.03, 111.07), 25)
    _near(places["Heng County"], "CN", (22.68, 109.26), 25)
    _near(places["Yongjing County"], "CN", (35.94, 103.32), 25)
    _near(places["Lintao County"], "CN", (35.38, 103.86), 25)


def test_prefectures_lakes_and_grasslands_of_china(gaz):
    text = ("Herders on the Hulunbuir Grassland moved their flocks, anglers crowded Jingpo Lake, and officials in "
            "Linxia Hui Autonomous Prefecture opened a new school, Chinese media said.")
    places = by_text(text, gaz)
    _near(places["Hulunbuir Grassland"], "CN", (49.2, 119.7), 60)
    _near(places["Jingpo Lake"], "CN", (43.85, 128.95), 25)
    _near(places["Linxia Hui Autonomous Prefecture"], "CN", (35.6, 103.21), 25)


def test_belgian_provinces_and_rivers_of_western_europe(gaz):
    text = ("Belgium: snow closed roads in Luxembourg Province and Namur Province. In Germany, vineyards along the "
            "Saar River were picked early, and in France the Oust River flooded fields in Brittany.")
    places = by_text(text, gaz)
    _near(places["Luxembourg Province"], "BE", (49.95, 5.42), 40)
    _near(places["Namur Province"], "BE", (50.33, 4.83), 40)
    _near(places["Saar River"], "DE", (49.70, 6.57), 25)
    _near(places["Oust River"], "FR", (47.65, -2.09), 25)


def test_townships_of_taiwan_and_neighbourhoods_of_hong_kong(gaz):
    text = ("Taiwan: persimmon growers in Beipu, Hsinchu County, and coffee farmers in Gukeng, Yunlin County, counted "
            "losses. In Hong Kong, fishermen left Ap Lei Chau and police checked lorries at Lok Ma Chau.")
    places = by_text(text, gaz)
    _near(places["Beipu"], "TW", (24.70, 121.06))
    _near(places["Gukeng"], "TW", (23.64, 120.56))
    _near(places["Ap Lei Chau"], "HK", (22.24, 114.15))
    _near(places["Lok Ma Chau"], "HK", (22.51, 114.07))


def test_shires_rivers_and_towns_of_australia_and_new_zealand(gaz):
    text = ("Australia: graziers in Moree Plains Shire and Central Darling Shire asked for drought aid, and anglers "
            "camped by the Pieman River in Tasmania. In New Zealand, dairy farmers near Feilding welcomed rain.")
    places = by_text(text, gaz)
    _near(places["Moree Plains Shire"], "AU", (-29.47, 149.84), 40)
    _near(places["Central Darling Shire"], "AU", (-31.56, 143.38), 60)
    _near(places["Pieman River"], "AU", (-41.67, 144.92), 25)
    _near(places["Feilding"], "NZ", (-40.23, 175.57))
