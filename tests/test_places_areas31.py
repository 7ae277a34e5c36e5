"""Rivers, seas, bays, islands and deserts news names bare (reviewed in `geo/data/areas.tsv`, review areas31): the
feature at its reviewed point, with its country only when one country holds it; a town of the same name stays the town
(sentences of our own)."""

from __future__ import annotations

from conftest import by_text

from eventwire.geo.distance import km


def _near(place, lat: float, lon: float, within: float = 50.0) -> bool:
    return km(place.lat, place.lon, lat, lon) <= within


def test_a_river_named_bare_is_the_river_at_its_mouth(gaz):
    places = by_text("Barges loaded with timber drifted down the Yenisei as the spring ice broke up.", gaz)
    river = places["Yenisei"]
    assert (river.feature_code, river.country_code) == ("STM", "RU")
    assert _near(river, 71.8, 82.7)


def test_a_river_of_one_country_has_that_country(gaz):
    places = by_text("The Weser burst its banks upstream of Bremen on Sunday.", gaz)
    assert (places["Weser"].feature_code, places["Weser"].country_code) == ("STM", "DE")


def test_a_river_of_several_countries_has_none(gaz):
    places = by_text("Water managers warned that the Tagus could run dry this summer.", gaz)
    assert (places["Tagus"].feature_code, places["Tagus"].country_code) == ("STM", "")


def test_a_river_that_shares_a_town_s_name_needs_its_kind_word(gaz):
    river = by_text("Ice jams on the Lena River flooded villages in Yakutia.", gaz)["Lena River"]
    assert (river.feature_code, river.country_code) == ("STM", "RU") and _near(river, 72.4, 126.8)
    town = by_text("Residents of Lena, Illinois, cleared fallen trees after the storm.", gaz)["Lena"]
    assert (town.feature_code, town.country_code) == ("PPL", "US")


def test_a_town_of_a_river_s_name_stays_the_town(gaz):
    assert by_text("The mayor of Desna said the shelling damaged a school.", gaz)["Desna"].feature_code == "PPL"
    assert by_text("Workers at a factory in Ob, near Novosibirsk, went on strike.", gaz)["Ob"].feature_code == "PPL"
    river = by_text("Ukrainian troops crossed the Desna River north of Chernihiv.", gaz)["Desna River"]
    assert (river.feature_code, river.country_code) == ("STM", "UA")


def test_a_river_of_several_countries_with_its_kind_word_takes_the_text_s_country(gaz):
    places = by_text("The Paraná River fell to a record low near Rosario, Argentina.", gaz)
    assert places["Paraná River"].country_code == "AR"


def test_seas_bays_islands_and_deserts(gaz):
    places = by_text("A cargo ship sank in the Bismarck Sea, and a ferry ran aground in Manila Bay.", gaz)
    assert (places["Bismarck Sea"].feature_code, places["Bismarck Sea"].country_code) == ("SEA", "PG")
    assert places["Manila Bay"].country_code == "PH" and _near(places["Manila Bay"], 14.5, 120.75)
    islands = by_text("Chinese and Philippine vessels collided near the Spratly Islands on Monday.", gaz)
    assert (islands["Spratly Islands"].feature_code, islands["Spratly Islands"].country_code) == ("ISLS", "")
    desert = by_text("Sandstorms from the Taklamakan closed roads across Xinjiang.", gaz)["Taklamakan"]
    assert (desert.feature_code, desert.country_code) == ("RGN", "CN")


def test_another_name_of_a_sea(gaz):
    gulf = by_text("A tanker was seized in the Gulf of America, officials said.", gaz)["Gulf of America"]
    assert gulf.feature_code == "GULF" and _near(gulf, 25.0, -90.0)
