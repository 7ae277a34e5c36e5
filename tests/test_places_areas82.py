"""Places, areas82: creeks, bayous, rivers, reservoirs, lakes, bays, parks and passes that local news of the United
States and Canada names and the gazetteer lacked, Ontario's united counties and regional municipalities and Quebec's
regional county municipalities (`geo/data/areas.tsv`); a town or a person sharing a name keeps its reading where the
text means the town or the person. Our own sentences."""

from __future__ import annotations

from conftest import by_text, in_country_near


def test_ontario_regions_and_united_counties(gaz):
    # "York Region" was read as York, Alberta, and "Durham Region" as County Durham.
    crash = by_text("York Region police closed Highway 404 after a crash south of Newmarket, Ontario.", gaz)
    in_country_near(crash["York Region"], "CA", (44.00, -79.45), within=25)
    ambulance = by_text("Durham Region paramedics took three people to hospital in Oshawa on Sunday.", gaz)
    in_country_near(ambulance["Durham Region"], "CA", (44.05, -78.95), within=25)
    assert ambulance["Durham Region"].feature_code == "ADM2"
    fire = by_text("Crews from Leeds and Grenville and Prescott and Russell helped firefighters east of Ottawa.",
                   gaz)
    in_country_near(fire["Leeds and Grenville"], "CA", (44.65, -75.85), within=25)
    in_country_near(fire["Prescott and Russell"], "CA", (45.45, -74.95), within=25)


def test_more_ontario_regions(gaz):
    vote = by_text("Councillors in Peel Region and Halton Region voted to split the police budget, Ontario said.",
                   gaz)
    in_country_near(vote["Peel Region"], "CA", (43.75, -79.80), within=25)
    in_country_near(vote["Halton Region"], "CA", (43.50, -79.90), within=25)
    smoke = by_text("Smoke from fires in Northwestern Ontario drifted south over Thunder Bay.", gaz)
    in_country_near(smoke["Northwestern Ontario"], "CA", (49.50, -89.50), within=25)


def test_quebec_regional_county_municipalities(gaz):
    flood = by_text("The rivers rose in Brome-Missisquoi and the Haute-Yamaska, the Quebec government said.", gaz)
    in_country_near(flood["Brome-Missisquoi"], "CA", (45.20, -72.75), within=25)
    in_country_near(flood["Haute-Yamaska"], "CA", (45.40, -72.73), within=25)
    storm = by_text("Hydro-Québec crews restored power in Vaudreuil-Soulanges and the Pays-d'en-Haut overnight.",
                    gaz)
    in_country_near(storm["Vaudreuil-Soulanges"], "CA", (45.40, -74.03), within=25)
    in_country_near(storm["Pays-d'en-Haut"], "CA", (45.95, -74.13), within=25)
    mrc = by_text("The MRC des Collines-de-l'Outaouais asked residents of Chelsea to boil water.", gaz)
    in_country_near(mrc["Collines-de-l'Outaouais"], "CA", (45.50, -75.78), within=25)


def test_bayous_creeks_and_rivers_that_flood_in_the_united_states(gaz):
    houston = by_text("Water from Brays Bayou and White Oak Bayou covered freeway lanes across Houston.", gaz)
    in_country_near(houston["Brays Bayou"], "US", (29.72, -95.28), within=10)
    in_country_near(houston["White Oak Bayou"], "US", (29.76, -95.36), within=10)
    creek = by_text("Swatara Creek spilled into streets of Middletown, Pennsylvania, after the storm.", gaz)
    in_country_near(creek["Swatara Creek"], "US", (40.19, -76.74), within=10)
    missouri = by_text("Residents of Valley Park sandbagged as the Meramec River climbed toward a record.", gaz)
    in_country_near(missouri["Meramec River"], "US", (38.39, -90.34), within=10)


def test_reservoirs_and_lakes_local_news_names(gaz):
    drowning = by_text("A swimmer drowned at Old Hickory Lake near Hendersonville, Tennessee, deputies said.", gaz)
    in_country_near(drowning["Old Hickory Lake"], "US", (36.30, -86.55), within=15)
    drought = by_text("Lake Lanier and Allatoona Lake dropped several feet during the Georgia drought.", gaz)
    in_country_near(drought["Allatoona Lake"], "US", (34.16, -84.65), within=15)
    boat = by_text("Two boaters were pulled from Lake Lewisville after their boat capsized north of Dallas.", gaz)
    in_country_near(boat["Lake Lewisville"], "US", (33.12, -97.00), within=15)


def test_parks_passes_and_wetlands(gaz):
    hiker = by_text("A hiker fell from a bluff at Starved Rock State Park, Illinois officials said.", gaz)
    in_country_near(hiker["Starved Rock State Park"], "US", (41.32, -88.99), within=10)
    bare = by_text("Two kayakers were rescued below Starved Rock on Sunday afternoon.", gaz)
    in_country_near(bare["Starved Rock"], "US", (41.32, -88.99), within=10)
    snow = by_text("Avalanche control closed Rogers Pass on the Trans-Canada Highway east of Revelstoke.", gaz)
    in_country_near(snow["Rogers Pass"], "CA", (51.30, -117.52), within=10)
    marsh = by_text("Farm fields in the Holland Marsh flooded north of Toronto.", gaz)
    in_country_near(marsh["Holland Marsh"], "CA", (44.05, -79.58), within=10)


def test_rivers_and_prairies_of_canada(gaz):
    bc = by_text("Evacuation orders covered the Sumas Prairie as the Nicomekl River rose in Surrey, B.C.", gaz)
    in_country_near(bc["Sumas Prairie"], "CA", (49.05, -122.15), within=15)
    in_country_near(bc["Nicomekl River"], "CA", (49.07, -122.88), within=10)
    moncton = by_text("The Petitcodiac River spilled over the causeway between Moncton and Riverview.", gaz)
    in_country_near(moncton["Petitcodiac River"], "CA", (45.83, -64.55), within=30)
    quinte = by_text("Ice fishers were warned off the Bay of Quinte near Belleville, Ontario.", gaz)
    in_country_near(quinte["Bay of Quinte"], "CA", (44.13, -77.20), within=15)


def test_towns_and_people_of_the_same_names_keep_their_readings(gaz):
    prescott = by_text("Police in Prescott, Arizona, arrested two men on Monday.", gaz)
    assert prescott["Prescott"].country_code == "US" and prescott["Prescott"].feature_class == "P"
    york = by_text("A fire in York, Pennsylvania, destroyed three row houses.", gaz)
    assert york["York"].country_code == "US" and york["York"].feature_class == "P"
    pontiac = by_text("A water main broke in Pontiac, Michigan, on Tuesday.", gaz)
    assert pontiac["Pontiac"].country_code == "US" and pontiac["Pontiac"].feature_class == "P"
    # A surname alone is no place: only "Lennox and Addington" names the county.
    assert "Lennox" not in by_text("Lennox told reporters the plan would go ahead.", gaz)
    # The River Trent of England stays England's, not Ontario's Trent River.
    trent = by_text("Flooding along the River Trent closed roads near Newark, England.", gaz)
    assert trent["River Trent"].country_code == "GB"
