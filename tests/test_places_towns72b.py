"""Places: the towns72b rows of `geo/data/towns.tsv` (hamlets, unincorporated communities, CDPs, reserves and villages
of the United States and Canada that GeoNames' towns of 500+ lack) resolve to their country and point, and leave words
and namesakes alone."""

from __future__ import annotations

from conftest import by_text, in_country_near as _near


def test_appalachian_and_gulf_communities(gaz):
    places = by_text("Floodwater swept through homes in Mayking and Blackey, in Letcher County, Kentucky.", gaz)
    _near(places["Mayking"], "US", (37.14, -82.78))
    _near(places["Blackey"], "US", (37.14, -82.98))
    places = by_text("Crews restored power to Northfork and Anawalt in McDowell County on Monday.", gaz)
    _near(places["Northfork"], "US", (37.42, -81.42))
    _near(places["Anawalt"], "US", (37.34, -81.43))
    places = by_text("A pipe burst near Satartia, Mississippi; a boat was stolen at Cypremort Point, Louisiana.", gaz)
    _near(places["Satartia"], "US", (32.67, -90.54))
    _near(places["Cypremort Point"], "US", (29.73, -91.86))


def test_coast_island_and_keys_settlements(gaz):
    places = by_text("Residents of Summerland Key and Ramrod Key were ordered out before the storm.", gaz)
    _near(places["Summerland Key"], "US", (24.66, -81.45))
    _near(places["Ramrod Key"], "US", (24.66, -81.41))
    places = by_text("The ferry to Sapelo Island was cancelled, and Hog Hammock lost power.", gaz)
    _near(places["Sapelo Island"], "US", (31.43, -81.26))
    _near(places["Hog Hammock"], "US", (31.42, -81.24))
    places = by_text("Ferry service to Tangier Island was suspended as the storm approached Virginia.", gaz)
    _near(places["Tangier Island"], "US", (37.83, -75.99))


def test_plains_lakes_and_mountain_west(gaz):
    places = by_text("A tornado damaged homes in Tushka, Oklahoma, and the river flooded Niobrara, Nebraska.", gaz)
    _near(places["Tushka"], "US", (34.32, -96.17))
    _near(places["Niobrara"], "US", (42.75, -98.03))
    places = by_text("A boat capsized off Baileys Harbor and Gills Rock in Door County, the sheriff said.", gaz)
    _near(places["Baileys Harbor"], "US", (45.06, -87.13))
    _near(places["Gills Rock"], "US", (45.29, -87.02))
    places = by_text("Residents of White Bird and Weippe in Idaho waited hours for the snowplow.", gaz)
    _near(places["White Bird"], "US", (45.76, -116.30))
    _near(places["Weippe"], "US", (46.38, -115.94))


def test_alaska_hawaii_and_new_england(gaz):
    places = by_text("Trucks bound for Deadhorse and Coldfoot were stuck on the Dalton Highway.", gaz)
    _near(places["Deadhorse"], "US", (70.20, -148.46))
    _near(places["Coldfoot"], "US", (67.25, -150.18))
    places = by_text("Villagers in Newhalen, Kokhanok and Igiugig reported the lake rising.", gaz)
    _near(places["Kokhanok"], "US", (59.44, -154.75))
    _near(places["Igiugig"], "US", (59.33, -155.90))
    places = by_text("Lobstermen in Port Clyde and Tenants Harbor hauled their traps before the nor'easter.", gaz)
    _near(places["Port Clyde"], "US", (43.93, -69.26))
    _near(places["Tenants Harbor"], "US", (43.97, -69.21))
    places = by_text("The Esopus flooded Mount Tremper and Boiceville in Ulster County.", gaz)
    _near(places["Mount Tremper"], "US", (42.05, -74.27))
    _near(places["Boiceville"], "US", (42.00, -74.27))


def test_quebec_villages_and_reserves(gaz):
    places = by_text("Route 132 was closed between Cap-des-Rosiers and Marsoui after the storm surge.", gaz)
    _near(places["Cap-des-Rosiers"], "CA", (48.86, -64.20))
    _near(places["Marsoui"], "CA", (49.22, -66.07))
    places = by_text("Erosion threatened homes in Sainte-Flavie and Pointe-au-Père, east of Rimouski.", gaz)
    _near(places["Sainte-Flavie"], "CA", (48.61, -68.23))
    _near(places["Pointe-au-Père"], "CA", (48.52, -68.47))
    places = by_text("Residents of Gracefield and Kitigan Zibi were told to boil tap water this week.", gaz)
    _near(places["Gracefield"], "CA", (46.09, -76.05))
    _near(places["Kitigan Zibi"], "CA", (46.35, -75.96))


def test_atlantic_canada_outports_and_villages(gaz):
    places = by_text("The Cabot Trail was closed between Meat Cove and Neils Harbour after the storm.", gaz)
    _near(places["Meat Cove"], "CA", (47.03, -60.56))
    _near(places["Neils Harbour"], "CA", (46.81, -60.33))
    places = by_text("Fiona washed away wharves at Main-à-Dieu and Gabarus.", gaz)
    _near(places["Main-à-Dieu"], "CA", (46.00, -59.86))
    _near(places["Gabarus"], "CA", (45.84, -60.15))
    places = by_text("Icebergs drifted past Bay de Verde and Grates Cove in Newfoundland on Monday.", gaz)
    _near(places["Bay de Verde"], "CA", (48.08, -52.90))
    _near(places["Grates Cove"], "CA", (48.16, -52.94))
    places = by_text("The lobster dispute flared again in Esgenoôpetitj, New Brunswick.", gaz)
    _near(places["Esgenoôpetitj"], "CA", (47.20, -65.14))


def test_ontario_prairie_western_and_northern_communities(gaz):
    places = by_text("Police searched cottages in Port Carling and Rosseau, in Muskoka.", gaz)
    _near(places["Port Carling"], "CA", (45.12, -79.58))
    _near(places["Rosseau"], "CA", (45.26, -79.65))
    places = by_text("A wildfire threatened homes in Priddis and Millarville, southwest of Calgary.", gaz)
    _near(places["Priddis"], "CA", (50.89, -114.33))
    _near(places["Millarville"], "CA", (50.77, -114.30))
    places = by_text("Police said the crash happened near Dominion City and Rosenort, Manitoba.", gaz)
    _near(places["Dominion City"], "CA", (49.14, -97.15))
    _near(places["Rosenort"], "CA", (49.44, -97.43))
    places = by_text("The Alaska Highway was closed at Destruction Bay and Burwash Landing, Yukon.", gaz)
    _near(places["Destruction Bay"], "CA", (61.25, -138.80))
    _near(places["Burwash Landing"], "CA", (61.36, -139.00))
    places = by_text("A boil-water advisory was issued for Ulukhaktok and Paulatuk, Northwest Territories.", gaz)
    _near(places["Ulukhaktok"], "CA", (70.74, -117.77))
    _near(places["Paulatuk"], "CA", (69.35, -124.07))


def test_words_and_namesakes_are_left_alone(gaz):
    places = by_text("Police in Tangier, Morocco, detained dozens of migrants near the port.", gaz)
    assert places["Tangier"].country_code == "MA"
    places = by_text("Dominion Energy said power would be restored in Richmond, Virginia, by Friday.", gaz)
    assert "Dominion" not in places and "Dominion City" not in places
    places = by_text("Skiers crowded the slopes above Whitefish, Montana, on Saturday.", gaz)
    _near(places["Whitefish"], "US", (48.41, -114.34))
    places = by_text("The Kennedy family gathered in Hyannis, Massachusetts, for the funeral.", gaz)
    assert places["Hyannis"].country_code == "US" and abs(places["Hyannis"].lat - 41.65) < 0.1
    places = by_text("Visitors ate to their heart's content at the fair in Halifax, Nova Scotia.", gaz)
    assert "Heart's Content" not in places and all(p.country_code == "CA" for p in places.values())
