"""Places: the reviewed knowledge (country points, regions, seas and world regions) and the detection rules that use it."""

from __future__ import annotations

import math

import pytest

from eventwire.data import data_path, read_tsv
from eventwire.geo import Gazetteer, find_places, load_gazetteer
from eventwire.geo.build import _geonames


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return load_gazetteer()


def by_text(text: str, gaz: Gazetteer) -> dict[str, object]:
    return {p.text: p for p in find_places(text, gazetteer=gaz)}


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    p1, p2 = math.radians(a[0]), math.radians(b[0])
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(b[1] - a[1]) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(h))


def test_every_country_has_a_reviewed_point_inside_it(gaz):
    points = {row["iso2"]: (float(row["lat"]), float(row["lon"])) for row in read_tsv(data_path("geo", "country_points.tsv"))}
    assert set(_geonames("countries.json")) <= set(points)
    towns: dict[str, list[tuple[float, float]]] = {}
    for lat, lon, cc in gaz.towns():
        towns.setdefault(cc, []).append((lat, lon))
    # The point of each country lies among its own towns: inside the box of them (1.5 degrees of margin) and no more
    # than 500 km from the nearest of them.
    for country in gaz.countries():
        own = towns.get(country.cc)
        if not own:
            continue
        assert (country.lat, country.lon) == points[country.cc]
        lats, lons = [t[0] for t in own], [t[1] for t in own]
        assert min(lats) - 1.5 <= country.lat <= max(lats) + 1.5, country.name
        assert min(lons) - 1.5 <= country.lon <= max(lons) + 1.5, country.name
        nearest = min(km((country.lat, country.lon), town) for town in own)
        assert nearest < 500, (country.name, nearest)


def test_regions_have_points_and_resolve(gaz):
    places = by_text("Cases rose in Queensland and in the Indonesian province of East Java, and in Saxony-Anhalt.", gaz)
    assert places["Queensland"].resolution == "admin1" and places["Queensland"].country_code == "AU"
    assert places["East Java"].country_code == "ID" and km((places["East Java"].lat, places["East Java"].lon), (-7.7, 112.5)) < 150
    assert places["Saxony-Anhalt"].country_code == "DE"


def test_seas_world_regions_islands_and_counties(gaz):
    text = ("Divers off Rügen mapped wrecks across the Baltic Sea, while the Middle East and West Africa reported cases. "
            "Farms on Sumatra and in Suffolk, England were closed, and the European Union met.")
    places = by_text(text, gaz)
    assert places["Baltic Sea"].resolution == "region" and places["Baltic Sea"].country_code == ""
    assert places["Middle East"].feature_code == "RGN" and places["West Africa"].feature_code == "RGN"
    assert places["Sumatra"].country_code == "ID" and places["Rügen"].country_code == "DE"
    assert places["Suffolk"].country_code == "GB" and places["Suffolk"].resolution == "admin2"
    assert places["European Union"].feature_code == "ZN"


def test_acronyms_and_short_words_are_not_towns(gaz):
    text = "The UN and the CDC said so. She left. For now, But none of it. No one came. As expected, Kenya agreed."
    assert [p.text for p in find_places(text, gazetteer=gaz)] == ["Kenya"]


def test_modifiers_elisions_and_office_words_keep_the_place(gaz):
    text = ("Neighbouring Israel closed the crossing. An Atlanta-based agency and officials of Côte d'Ivoire met "
            "outside Seoul City Hall, where the Mexico City Health Secretary spoke.")
    places = by_text(text, gaz)
    assert places["Israel"].country_code == "IL"
    assert places["Atlanta"].country_code == "US"
    assert places["Côte d'Ivoire"].country_code == "CI"
    assert places["Seoul"].country_code == "KR" and places["Mexico City"].country_code == "MX"


def test_a_name_after_a_town_is_the_region_holding_it(gaz):
    places = find_places("She flew from Atlanta, Georgia to Tbilisi. Georgia and Armenia met.", gazetteer=gaz)
    georgias = [p for p in places if p.text == "Georgia"]
    assert (georgias[0].country_code, georgias[0].resolution) == ("US", "admin1")
    assert (georgias[1].country_code, georgias[1].resolution) == ("GE", "country")


def test_a_metro_region_keeps_the_town_point(gaz):
    places = by_text("There were nine cases in the Houston region and more in the Kharkiv Oblast.", gaz)
    houston = places["Houston region"]
    assert houston.name == "Houston" and houston.resolution == "city"
    assert places["Kharkiv Oblast"].resolution == "admin1"


def test_first_level_regions_of_more_countries():
    gaz = load_gazetteer()
    text = ("Floods hit Kebbi and Rivers State in Nigeria, Goiás in Brazil, Nangarhar in Afghanistan, "
            "Khuzestan in Iran, Antioquia in Colombia and Cabo Delgado in Mozambique.")
    places = {p.text: p for p in find_places(text, gazetteer=gaz)}
    expected = {"Kebbi": "NG", "Rivers State": "NG", "Goiás": "BR", "Nangarhar": "AF", "Khuzestan": "IR",
                "Antioquia": "CO", "Cabo Delgado": "MZ"}
    for name, cc in expected.items():
        assert places[name].country_code == cc and places[name].resolution == "admin1", name


def test_former_french_regions_name_their_successor():
    gaz = load_gazetteer()
    places = {p.text: p for p in find_places("Snow closed roads across Rhône-Alpes and Lorraine.", gazetteer=gaz)}
    assert places["Rhône-Alpes"].name == "Auvergne-Rhône-Alpes" and places["Lorraine"].name == "Grand Est"


def test_first_level_regions_of_european_countries():
    gaz = load_gazetteer()
    text = "Storms hit Gelderland, Tyrol, Silesia, Thessaly, Tatarstan and Ticino."
    places = {p.text: p for p in find_places(text, gazetteer=gaz)}
    expected = {"Gelderland": "NL", "Tyrol": "AT", "Silesia": "PL", "Thessaly": "GR", "Tatarstan": "RU", "Ticino": "CH"}
    for name, cc in expected.items():
        assert places[name].country_code == cc and places[name].resolution == "admin1", name


def test_vietnamese_provinces_georgian_regions_lakes_and_valleys(gaz):
    text = ("Ducks were culled in Dong Thap province and in Quang Ninh, while police in Kakheti, Georgia, and boats on "
            "Lake Baikal and Lake Geneva were checked, and farmers of the Bekaa Valley and the Kathmandu Valley met.")
    places = by_text(text, gaz)
    assert places["Dong Thap province"].country_code == "VN" and places["Dong Thap province"].resolution == "admin1"
    assert km((places["Quang Ninh"].lat, places["Quang Ninh"].lon), (21.0, 107.3)) < 100
    assert places["Kakheti"].country_code == "GE" and places["Kakheti"].resolution == "admin1"
    assert places["Lake Baikal"].country_code == "RU" and places["Lake Geneva"].country_code == ""
    assert places["Bekaa Valley"].country_code == "LB" and places["Kathmandu Valley"].country_code == "NP"


def test_small_towns_in_a_list_of_places_take_the_list_country(gaz):
    text = "Storms cut power to Gundagai, Narrandera, Cootamundra and Tumut in southern New South Wales."
    places = by_text(text, gaz)
    for name in ("Gundagai", "Narrandera", "Cootamundra", "Tumut"):
        assert places[name].country_code == "AU" and places[name].resolution == "city", name


def test_listed_provinces_and_villages(gaz):
    text = ("Floods hit the provinces of Coast, Eastern, North Eastern and Western, Kenya, last month. "
            "The virus reached the villages of Zorbleni, Quartuvo and Mestrani in Romania.")
    places = by_text(text, gaz)
    assert places["North Eastern"].name == "North Eastern Province" and places["North Eastern"].country_code == "KE"
    assert places["Western"].country_code == "KE" and places["Western"].resolution == "admin1"
    for name in ("Zorbleni", "Quartuvo", "Mestrani"):
        assert places[name].resolution == "unresolved" and places[name].country_code == "RO", name


def test_military_bases(gaz):
    places = by_text("The sergeant trained at Fort Hood before a tour at Ramstein; a Fort Bragg unit followed.", gaz)
    assert places["Fort Hood"].country_code == "US" and km((places["Fort Hood"].lat, places["Fort Hood"].lon), (31.1, -97.8)) < 50
    assert places["Ramstein"].country_code == "DE" and places["Fort Bragg"].country_code == "US"


def test_places_the_text_describes_as_places(gaz):
    text = ("The climbers set out from Zorbalik, a mountain village in eastern Turkey. Quenvor is a small township in "
            "Taiwan. Traders meet at Malindove in Nyanza province. It is a town in Kenya. The region reported cases. "
            "A call came from Annanbrook in Geneva.")
    places = by_text(text, gaz)
    assert places["Zorbalik"].country_code == "TR" and places["Quenvor"].country_code == "TW"
    assert places["Malindove"].country_code == "KE" and places["Malindove"].resolution == "unresolved"
    assert "It" not in places and "The" not in places and "Annanbrook" not in places


def test_a_county_located_in_a_state(gaz):
    places = by_text("A tornado touched down in Adams County located in Ohio.", gaz)
    assert places["Adams County"].country_code == "US" and places["Adams County"].admin1 == "OH"


def test_regions_of_more_countries_islands_and_districts(gaz):
    text = ("Clinics opened in Nimba, Grand Bassa and Bomi counties and in Kenema district. Snow reached Prahova and Dolj, "
            "MERS cases rose in Gyeonggi Province, and tourists left the Galapagos. Officials in Philadelphia agreed.")
    places = by_text(text, gaz)
    assert all(places[n].country_code == "LR" and places[n].resolution == "admin1" for n in ("Nimba", "Grand Bassa", "Bomi"))
    assert places["Kenema district"].country_code == "SL"
    assert places["Prahova"].country_code == "RO" and places["Dolj"].country_code == "RO"
    assert places["Gyeonggi Province"].country_code == "KR"
    assert places["Galapagos"].country_code == "EC"
    assert places["Philadelphia"].country_code == "US"  # not Amman, whose old name it is
