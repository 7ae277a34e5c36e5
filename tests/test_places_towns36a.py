"""Places, towns36a: towns, crossings and camps of conflict zones that GeoNames lacks or spells otherwise, added as
reviewed rows of `geo/data/towns.tsv` (sentences of our own): each resolves to its country and point, its news
spelling finds the GeoNames town, and a common word or a namesake elsewhere is unaffected."""

from __future__ import annotations

import pytest

from conftest import by_text

KM_PER_DEGREE = 111.0


def _near(place, lat: float, lon: float, km: float = 15.0) -> bool:
    return abs(place.lat - lat) * KM_PER_DEGREE <= km and abs(place.lon - lon) * KM_PER_DEGREE <= km


@pytest.mark.parametrize(
    ("text", "name", "cc", "lat", "lon"),
    [
        ("Hundreds of families fled fighting around Kiwanja in eastern Congo, aid groups said.",
         "Kiwanja", "CD", -1.16, 29.46),
        ("Rebels seized the border town of Bunagana and the road to Rutshuru, residents said.",
         "Bunagana", "CD", -1.28, 29.60),
        ("Thousands of people crossed into Ethiopia at Humera after the clashes, officials said.",
         "Humera", "ET", 14.29, 36.62),
        ("Famine was confirmed in the Zamzam camp south of El Fasher, the monitors said.",
         "Zamzam", "SD", 13.47, 25.29),
        ("Refugees queued for food rations at Kalobeyei settlement near Kakuma on Tuesday.",
         "Kalobeyei", "KE", 3.76, 34.73),
        ("Shelling hit Khiam and Kfar Kila overnight, Lebanese state media reported.", "Khiam", "LB", 33.33, 35.61),
        ("Government forces retook Bardhere from the militants after a week of fighting.",
         "Bardhere", "SO", 2.34, 42.28),
        ("Turkish drones struck a checkpoint near Tal Abyad on the border, a monitor said.",
         "Tal Abyad", "SY", 36.70, 38.95),
        ("Residents of Seiyun reported power cuts as fuel ran short across Hadramout.", "Seiyun", "YE", 15.94, 48.79),
    ],
)
def test_an_added_town_resolves_to_its_country_and_point(gaz, text, name, cc, lat, lon):
    place = by_text(text, gaz)[name]
    assert place.country_code == cc and _near(place, lat, lon)


def test_an_alias_reaches_the_same_town(gaz):
    place = by_text("Militants attacked a base outside Bardera, Somalia's army said.", gaz)["Bardera"]
    assert place.country_code == "SO" and _near(place, 2.34, 42.28)


def test_namesakes_and_words_are_unaffected(gaz):
    # A town of the same name elsewhere keeps its country, and the words left out stay no Sahel or Mozambique town.
    assert by_text("The ferry from Barcelona reached Palma on Sunday.", gaz)["Palma"].country_code == "ES"
    assert by_text("Police in Mombasa arrested two men on Friday.", gaz)["Mombasa"].country_code == "KE"
    places = by_text("Governor Nasir El-Rufai spoke in Kaduna on Monday.", gaz)
    assert places["Kaduna"].country_code == "NG" and "Nasir" not in places


def test_a_large_camp_or_quarter_resolves_without_its_country(gaz):
    # Camps and quarters with an approximate population resolve though the text names no country.
    assert by_text("Thousands of new arrivals were taken to Bidibidi last month.", gaz)["Bidibidi"].country_code == "UG"
    place = by_text("A strike hit a building in Dahiyeh late on Friday.", gaz)["Dahiyeh"]
    assert place.country_code == "LB" and _near(place, 33.85, 35.51)
