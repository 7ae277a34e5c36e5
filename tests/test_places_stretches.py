"""Places, stretches47: a river that crosses borders is its stretch in a country (`geo/data/stretches.tsv`) when the
text places it by a town of that country ("the Ural River at Orenburg"), else its `areas.tsv` row, at its mouth,
whatever country the article is about (session 37). Our own sentences."""

from __future__ import annotations

from conftest import by_text, in_country_near

from eventwire.data import data_path, read_tsv


def test_every_stretch_is_a_river_of_areas_in_another_country_under_the_same_names():
    rivers = {row["name"]: row for row in read_tsv(data_path("geo", "areas.tsv")) if row["code"] == "STM"}
    stretches = read_tsv(data_path("geo", "stretches.tsv"))
    assert len(stretches) > 100
    for row in stretches:
        river = rivers[row["name"]]
        assert row["code"] == "STM" and row["iso2"] and row["iso2"] != river["iso2"], row
        assert set(row["aliases"].split("|")) <= set(river["aliases"].split("|")) or row["name"] == "Niger River", row
    pairs = [(row["name"], row["iso2"]) for row in stretches]
    assert len(pairs) == len(set(pairs))


def test_a_river_placed_by_a_town_of_an_upstream_country_is_the_river_at_its_mouth(gaz):
    # Session 41: a stretch chosen by the town the text places the river by was wrong more often than right on the
    # check sets, whose writers, like reference works, place a river at its mouth.
    amur = by_text("Chinese soldiers piled sandbags along the Amur River at Heihe as floods hit Heilongjiang.", gaz)
    in_country_near(amur["Amur River"], "RU", (52.95, 141.08), within=5)
    ural = by_text("Russian officials said the Ural River had risen another metre overnight at Orenburg.", gaz)
    in_country_near(ural["Ural River"], "KZ", (46.88, 51.6), within=5)
    uruguay = by_text("The Uruguay River rose above 15 metres at Salto on Wednesday, Uruguay's emergency service said.",
                      gaz)["Uruguay River"]
    assert uruguay.feature_code == "STM" and uruguay.lat < -33.5  # its mouth in the Rio de la Plata, not at Salto


def test_a_river_in_news_of_an_upstream_country_without_a_town_by_it_is_the_river_at_its_mouth(gaz):
    amur = by_text("Chinese soldiers piled sandbags along the Amur River as floods hit Heilongjiang province.", gaz)
    in_country_near(amur["Amur River"], "RU", (52.95, 141.08), within=5)
    brahmaputra = by_text("Rescuers in Assam pulled villagers from the swollen Brahmaputra as India's monsoon floods "
                          "spread.", gaz)
    in_country_near(brahmaputra["Brahmaputra"], "BD", (23.8, 89.75), within=5)
    nile = by_text("Farmers along the Nile in Ethiopia's north said the rains came late.", gaz)
    assert nile["Nile"].feature_code == "STM" and nile["Nile"].country_code != "ET"


def test_the_same_river_in_news_of_its_row_s_country_keeps_that_row(gaz):
    ural = by_text("Kazakh officials in Atyrau said the Ural River had burst its banks.", gaz)
    in_country_near(ural["Ural River"], "KZ", (46.88, 51.6), within=5)
    brahmaputra = by_text("Bangladeshi farmers fled their villages as the Brahmaputra rose, officials in Dhaka "
                          "said.", gaz)
    in_country_near(brahmaputra["Brahmaputra"], "BD", (23.8, 89.75), within=5)


def test_a_river_named_with_no_country_around_keeps_its_areas_row(gaz):
    places = by_text("Barges waited for the Amur River to thaw, and the Brahmaputra rose above the danger mark.", gaz)
    in_country_near(places["Amur River"], "RU", (52.95, 141.08), within=5)
    in_country_near(places["Brahmaputra"], "BD", (23.8, 89.75), within=5)
