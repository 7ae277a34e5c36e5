"""Places: the towns78c rows of `geo/data/towns.tsv` (villages, sub-district seats, island and trek settlements,
border posts and city quarters of South and South-East Asia, Central America and the Andes that flood, landslide,
quake, cyclone and fire news names alone) resolve to their country and point, and leave words and namesakes alone."""

from __future__ import annotations

from conftest import by_text, in_country_near as _near


def test_himalayan_villages(gaz):
    places = by_text("A cloudburst swept away shops in Tharali and blocked the road at Nandprayag in Chamoli district.", gaz)
    _near(places["Tharali"], "IN", (30.07, 79.52))
    _near(places["Nandprayag"], "IN", (30.33, 79.32))
    places = by_text("Tourists were stranded at Solang and Koksar after snow closed the road north of Manali.", gaz)
    _near(places["Solang"], "IN", (32.32, 77.16))
    _near(places["Koksar"], "IN", (32.41, 77.24))
    places = by_text("Army trucks carried supplies to Panamik and Thiksey in Ladakh.", gaz)
    _near(places["Panamik"], "IN", (34.78, 77.54))
    _near(places["Thiksey"], "IN", (34.06, 77.67))


def test_delhi_and_mumbai_quarters(gaz):
    places = by_text("Fire tenders rushed to Mukherjee Nagar and Paharganj in Delhi on Monday night.", gaz)
    _near(places["Mukherjee Nagar"], "IN", (28.71, 77.21))
    _near(places["Paharganj"], "IN", (28.64, 77.21))
    places = by_text("Waterlogging was reported in Malad, Ghatkopar and Chembur as Mumbai received 200 mm of rain.", gaz)
    _near(places["Malad"], "IN", (19.19, 72.85))
    _near(places["Ghatkopar"], "IN", (19.09, 72.91))
    _near(places["Chembur"], "IN", (19.06, 72.90))


def test_southern_and_eastern_city_quarters(gaz):
    places = by_text("Boats were sent to Mudichur and Semmencherry as Chennai flooded again.", gaz)
    _near(places["Mudichur"], "IN", (12.91, 80.07))
    _near(places["Semmencherry"], "IN", (12.87, 80.22))
    places = by_text("Two houses collapsed in Falaknuma and Chandrayangutta after the Hyderabad downpour.", gaz)
    _near(places["Falaknuma"], "IN", (17.33, 78.47))
    _near(places["Chandrayangutta"], "IN", (17.31, 78.48))
    places = by_text("Residents of Bellandur and Varthur in Bengaluru waded through knee-deep water.", gaz)
    _near(places["Bellandur"], "IN", (12.93, 77.68))
    _near(places["Varthur"], "IN", (12.94, 77.75))
    places = by_text("A blaze gutted a leather factory in Tangra, and Tiljala police opened a case, Kolkata officials said.", gaz)
    _near(places["Tangra"], "IN", (22.55, 88.39))


def test_bangladesh_and_sri_lanka(gaz):
    places = by_text("Cyclone shelters filled in Nijhum Dwip and Char Kukri Mukri as the storm neared Bangladesh.", gaz)
    _near(places["Nijhum Dwip"], "BD", (22.05, 91.00))
    _near(places["Char Kukri Mukri"], "BD", (21.95, 90.63))
    places = by_text("Stone quarries in Jaflong, in Sylhet, were shut as the river rose.", gaz)
    _near(places["Jaflong"], "BD", (25.16, 92.01))
    places = by_text("A landslide buried two homes at Bulathkohupitiya, and roads near Rakwana were closed, Sri Lankan officials said.", gaz)
    _near(places["Bulathkohupitiya"], "LK", (7.10, 80.33))
    _near(places["Rakwana"], "LK", (6.47, 80.61))


def test_nepal_and_pakistan(gaz):
    places = by_text("Rescuers reached Galchhi and Malekhu after landslides blocked the highway west of Kathmandu.", gaz)
    _near(places["Galchhi"], "NP", (27.80, 84.97))
    _near(places["Malekhu"], "NP", (27.82, 84.85))
    places = by_text("Police searched homes in Youhanabad and Ichhra after the blasts in Lahore.", gaz)
    _near(places["Youhanabad"], "PK", (31.45, 74.37))
    _near(places["Ichhra"], "PK", (31.53, 74.31))


def test_south_east_asia(gaz):
    places = by_text("Rescuers dug through the mud at Guinsaugon, in Southern Leyte, for a third day.", gaz)
    _near(places["Guinsaugon"], "PH", (10.31, 125.10))
    places = by_text("Ferries to Tagulandang and Bunaken were suspended as the volcano erupted.", gaz)
    _near(places["Tagulandang"], "ID", (2.33, 125.41))
    _near(places["Bunaken"], "ID", (1.62, 124.76))
    places = by_text("The army shelled Banmauk and Pinlebu in Myanmar's Sagaing region.", gaz)
    _near(places["Banmauk"], "MM", (24.40, 95.85))
    _near(places["Pinlebu"], "MM", (24.08, 95.37))


def test_central_america_and_the_andes(gaz):
    places = by_text("Mud buried dozens of homes in Panabaj, near Lake Atitlán in Guatemala.", gaz)
    _near(places["Panabaj"], "GT", (14.62, -91.23))
    places = by_text("Firefighters reached Huaycán on the eastern edge of Lima, Peru.", gaz)
    _near(places["Huaycán"], "PE", (-12.02, -76.82))
    places = by_text("Heavy rain sent a torrent of mud through La Gasca in Quito, Ecuador.", gaz)
    _near(places["La Gasca"], "EC", (-0.20, -78.51))
    places = by_text("Storm surge flooded El Bluff, across the lagoon from Bluefields, Nicaragua.", gaz)
    _near(places["El Bluff"], "NI", (11.99, -83.69))


def test_words_and_namesakes_are_left_alone(gaz):
    places = by_text("The market square in Thame, Oxfordshire, flooded after a storm.", gaz)
    assert places["Thame"].country_code == "GB"
    places = by_text("Gunmen attacked villages near Langtang in Plateau State, Nigeria.", gaz)
    assert places["Langtang"].country_code == "NG"
    places = by_text("Shoppers crowded the markets of Mumbai and Delhi before Diwali.", gaz)
    assert places["Mumbai"].country_code == "IN" and places["Delhi"].country_code == "IN"
    places = by_text("The minister met farmers in Punjab and later flew to Lahore.", gaz)
    assert "Lahore" in places and places["Lahore"].country_code == "PK"
