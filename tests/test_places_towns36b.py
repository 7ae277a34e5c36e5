"""Places: the towns36b rows of `geo/data/towns.tsv` (towns, crossings, front-line villages and camps of Asia, Ukraine,
the Caucasus and the Americas that GeoNames' towns of 500+ lack) resolve to their country and point, and leave common
words and namesakes elsewhere alone."""

from __future__ import annotations

from eventwire.data import data_path, read_tsv
from eventwire.geo.keys import name_key

from conftest import by_text, in_country_near as _near


def test_every_town_row_gets_a_region(gaz):
    for row in read_tsv(data_path("geo", "towns.tsv")):
        found = [f for f in gaz.lookup(name_key(row["name"])) if f.cc == row["iso2"] and f.fcode == "PPL"]
        assert any(f.admin1 for f in found), row["name"]


def test_rakhine_and_kachin_towns(gaz):
    places = by_text("The junta's jets bombed a market in Thandwe and a village near Minbya, while Kachin rebels "
                     "in Laiza reported shelling near Waingmaw.", gaz)
    _near(places["Thandwe"], "MM", (18.46, 94.37))
    _near(places["Minbya"], "MM", (20.36, 93.27))
    _near(places["Laiza"], "MM", (24.77, 97.56))
    _near(places["Waingmaw"], "MM", (25.35, 97.44))


def test_cox_bazar_camps(gaz):
    places = by_text("A fire at Kutupalong spread to Balukhali, two of the camps in Ukhia that shelter Rohingya.", gaz)
    for name, point in {"Kutupalong": (21.21, 92.16), "Balukhali": (21.17, 92.15), "Ukhia": (21.28, 92.10)}.items():
        _near(places[name], "BD", point)


def test_helmand_and_waziristan_towns(gaz):
    places = by_text("Insurgents overran Musa Qala and pushed toward Marjah. A day later a bomb hit a patrol near "
                     "Mir Ali in North Waziristan.", gaz)
    _near(places["Musa Qala"], "AF", (32.45, 64.76))
    _near(places["Marjah"], "AF", (31.52, 64.12))
    _near(places["Mir Ali"], "PK", (32.99, 70.27))


def test_news_spellings_of_towns_geonames_spells_otherwise(gaz):
    places = by_text("Russian forces shelled Huliaipole and Marinka, the Ukrainian army said. Azerbaijani troops "
                     "entered Stepanakert, the main town of Karabakh.", gaz)
    _near(places["Huliaipole"], "UA", (47.67, 36.26))
    _near(places["Marinka"], "UA", (47.95, 37.51))
    _near(places["Stepanakert"], "AZ", (39.82, 46.75))


def test_haiti_and_nepal_towns(gaz):
    places = by_text("Gangs fought in Cité Soleil and Tabarre, and in Nepal the quake hit Jajarkot hardest.", gaz)
    _near(places["Cité Soleil"], "HT", (18.58, -72.33))
    _near(places["Tabarre"], "HT", (18.58, -72.27))
    _near(places["Jajarkot"], "NP", (28.70, 82.19))


def test_common_words_and_namesakes_elsewhere_are_unaffected(gaz):
    # "Trojes" and "Manang" are also villages of Mexico and Thailand; "sui" stays Latin.
    places = by_text("Farmers in Trojes, Michoacán, blocked a road.", gaz)
    _near(places["Trojes"], "MX", (18.93, -100.28))
    places = by_text("Troops in Manang, Satun province, searched boats.", gaz)
    assert places["Manang"].country_code == "TH"
    places = by_text("The ruling was sui generis, judges in Bangkok said.", gaz)
    assert set(places) == {"Bangkok"}
    places = by_text("Refugees in Trojes, Honduras, waited at the border.", gaz)
    _near(places["Trojes"], "HN", (14.06, -85.98))


def test_russian_and_older_spellings_take_the_geonames_point(gaz):
    places = by_text("Russian forces advanced near Orekhov, the Ukrainian army said. In Afghanistan, gunmen killed "
                     "two guards in Tarin Kowt.", gaz)
    _near(places["Orekhov"], "UA", (47.58, 35.78), within=2)
    _near(places["Tarin Kowt"], "AF", (32.63, 65.88), within=2)
