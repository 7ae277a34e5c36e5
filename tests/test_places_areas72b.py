"""Places, areas72b: districts, regencies and provinces news names bare (without "district") that the gazetteer
missed (`geo/data/areas.tsv`, at their headquarters towns); longer names, towns and features of the same name elsewhere
keep their readings. Our own sentences."""

from __future__ import annotations

from conftest import by_text, in_country_near


def test_nepals_districts_named_bare_after_floods_and_landslides(gaz):
    road = by_text("Landslides blocked the highway in Dhading and Nuwakot after overnight downpours.", gaz)
    in_country_near(road["Dhading"], "NP", (27.87, 84.91), within=10)
    in_country_near(road["Nuwakot"], "NP", (27.90, 85.15), within=10)
    quake = by_text("Rescuers reached villages in Rasuwa, near the Tibetan border, two days after the quake.", gaz)
    in_country_near(quake["Rasuwa"], "NP", (28.11, 85.30), within=10)
    terai = by_text("Floodwater swamped rice fields in Saptari and Sunsari, the district police said.", gaz)
    in_country_near(terai["Saptari"], "NP", (26.54, 86.75), within=10)
    in_country_near(terai["Sunsari"], "NP", (26.61, 87.15), within=10)


def test_other_spellings_news_uses(gaz):
    bus = by_text("A bus carrying pilgrims plunged off the road in Kavre, killing 12 people.", gaz)
    in_country_near(bus["Kavre"], "NP", (27.62, 85.55), within=10)
    guides = by_text("Sherpa guides from Solu Khumbu say the season has been the busiest on record.", gaz)
    in_country_near(guides["Solu Khumbu"], "NP", (27.50, 86.59), within=10)
    coffee = by_text("Coffee planters in Coorg counted their losses after the floods.", gaz)
    in_country_near(coffee["Coorg"], "IN", (12.42, 75.74), within=10)


def test_pakistans_tribal_and_desert_districts(gaz):
    truce = by_text("Tribal elders in Kurram agreed to a week-long ceasefire after days of clashes.", gaz)
    in_country_near(truce["Kurram"], "PK", (33.90, 70.10), within=10)
    bomb = by_text("A roadside bomb struck a police van in Bajaur on Tuesday morning.", gaz)
    in_country_near(bomb["Bajaur"], "PK", (34.72, 71.52), within=10)
    drought = by_text("Drought has gripped Tharparkar for a third straight year, killing livestock.", gaz)
    in_country_near(drought["Tharparkar"], "PK", (24.74, 69.80), within=10)


def test_indias_districts_in_disaster_news(gaz):
    rail = by_text("Floods in Cachar and Dima Hasao cut the railway line to Silchar.", gaz)
    in_country_near(rail["Cachar"], "IN", (24.82, 92.80), within=10)
    in_country_near(rail["Dima Hasao"], "IN", (25.17, 93.02), within=10)
    road = by_text("Officials in Kinnaur shut the highway after boulders crashed onto the road.", gaz)
    in_country_near(road["Kinnaur"], "IN", (31.54, 78.27), within=10)
    crops = by_text("Elephants trampled crops in Kandhamal, forest officials said.", gaz)
    in_country_near(crops["Kandhamal"], "IN", (20.47, 84.23), within=10)


def test_provinces_of_the_philippines(gaz):
    storm = by_text("The typhoon battered Batanes and Ilocos Norte before it moved out to sea.", gaz)
    in_country_near(storm["Batanes"], "PH", (20.45, 121.97), within=10)
    in_country_near(storm["Ilocos Norte"], "PH", (18.20, 120.59), within=10)
    clash = by_text("Soldiers clashed with communist rebels in Bukidnon, the army said.", gaz)
    in_country_near(clash["Bukidnon"], "PH", (8.16, 125.13), within=10)


def test_regencies_of_indonesia(gaz):
    floods = by_text("Floods and landslides cut off villages in Aceh Tamiang and Central Tapanuli.", gaz)
    in_country_near(floods["Aceh Tamiang"], "ID", (4.30, 98.05), within=10)
    in_country_near(floods["Central Tapanuli"], "ID", (1.69, 98.83), within=10)
    attack = by_text("Rebels attacked a construction camp in Nduga, killing two workers.", gaz)
    in_country_near(attack["Nduga"], "ID", (-4.60, 138.38), within=10)
    nickel = by_text("Smelters in Morowali process nickel for electric car batteries.", gaz)
    in_country_near(nickel["Morowali"], "ID", (-2.55, 121.97), within=10)


def test_districts_of_uganda_and_mozambique(gaz):
    mud = by_text("Mudslides buried homes in Bulambuli, below Mount Elgon, after days of rain.", gaz)
    in_country_near(mud["Bulambuli"], "UG", (1.31, 34.28), within=10)
    raid = by_text("Insurgents attacked villages in Balama, near the graphite mine.", gaz)
    in_country_near(raid["Balama"], "MZ", (-13.35, 38.57), within=10)


def test_towns_and_longer_names_keep_their_readings(gaz):
    # Palpa is also a town of Peru, Kalinga a suburb of Brisbane: the text's country keeps them there.
    lines = by_text("Archaeologists mapped new lines in the desert near Palpa, Peru.", gaz)
    assert lines["Palpa"].country_code == "PE" and lines["Palpa"].feature_class == "P"
    suburb = by_text("Police were called to a house in Kalinga, Queensland, on Sunday.", gaz)
    assert suburb["Kalinga"].country_code == "AU" and suburb["Kalinga"].feature_class == "P"
    # A longer name stays whole: the pass and the province, not Khyber district.
    pass_ = by_text("Trucks queued at the Khyber Pass as the border reopened.", gaz)
    assert pass_["Khyber Pass"].feature_code != "ADM2"
    province = by_text("The governor of Khyber Pakhtunkhwa said schools would close.", gaz)
    assert province["Khyber Pakhtunkhwa"].feature_code == "ADM1"
    gulf = by_text("Fishermen were stranded in the Gulf of Kutch after the storm.", gaz)
    assert gulf["Gulf of Kutch"].feature_code == "GULF"
