"""Places: the towns68b rows of `geo/data/towns.tsv` (villages, upazila and block seats and hill and coast localities
of Britain, Ireland, Australia, New Zealand, Bangladesh, Assam, Kerala, Bihar, Nepal and Sri Lanka that GeoNames'
towns of 500+ lack) resolve to their country and point, and leave words and namesakes alone."""

from __future__ import annotations

from conftest import by_text, in_country_near as _near


def test_kerala_landslide_and_backwater_villages(gaz):
    places = by_text("Rescuers dug through the mud at Pettimudi, near Munnar, for a third day.", gaz)
    _near(places["Pettimudi"], "IN", (10.17, 77.01))
    places = by_text("Boats ferried families out of Kainakary and Champakulam as the backwaters rose.", gaz)
    _near(places["Kainakary"], "IN", (9.50, 76.39))
    _near(places["Champakulam"], "IN", (9.40, 76.42))
    places = by_text("Fishermen in Vizhinjam blocked the harbour road on Monday.", gaz)
    _near(places["Vizhinjam"], "IN", (8.38, 76.99))


def test_bangladesh_coast_and_haor_upazilas(gaz):
    places = by_text("The cyclone crossed the coast near Kalapara and Galachipa in Patuakhali.", gaz)
    _near(places["Kalapara"], "BD", (21.99, 90.24))
    _near(places["Galachipa"], "BD", (22.16, 90.42))
    places = by_text("Floodwater entered homes in Kanaighat and Zakiganj upazilas of Sylhet.", gaz)
    _near(places["Kanaighat"], "BD", (25.00, 92.26))
    _near(places["Zakiganj"], "BD", (24.88, 92.37))
    places = by_text("Border guards detained two men in Naikhongchhari, Bandarban.", gaz)
    _near(places["Naikhongchhari"], "BD", (21.43, 92.17))


def test_assam_and_bihar_villages(gaz):
    places = by_text("The gas well at Baghjan in Tinsukia district burned for five months.", gaz)
    _near(places["Baghjan"], "IN", (27.59, 95.39))
    places = by_text("Ferries from Nimatighat to Kamalabari on Majuli were suspended.", gaz)
    _near(places["Nimatighat"], "IN", (26.86, 94.25))
    _near(places["Kamalabari"], "IN", (26.93, 94.20))
    places = by_text("Villagers near Kursela, in Katihar district, moved to the embankment.", gaz)
    _near(places["Kursela"], "IN", (25.45, 87.24))


def test_nepal_localities(gaz):
    places = by_text("The quake flattened houses in Laprak and Chhoprak in Gorkha district.", gaz)
    _near(places["Laprak"], "NP", (28.23, 84.77))
    _near(places["Chhoprak"], "NP", (28.17, 84.68))
    places = by_text("Trekkers were stranded at Kagbeni and Marpha as snow fell in Mustang.", gaz)
    _near(places["Kagbeni"], "NP", (28.84, 83.78))
    _near(places["Marpha"], "NP", (28.75, 83.69))


def test_sri_lankan_localities(gaz):
    places = by_text("The landslide at Koslanda buried the homes of estate workers.", gaz)
    _near(places["Koslanda"], "LK", (6.75, 81.02))
    places = by_text("Worshippers were killed at the church in Katuwapitiya, north of Colombo.", gaz)
    _near(places["Katuwapitiya"], "LK", (7.19, 79.85))
    places = by_text("Fishermen from Sainthamaruthu and Ninthavur staged a protest in Ampara.", gaz)
    _near(places["Sainthamaruthu"], "LK", (7.39, 81.83))
    _near(places["Ninthavur"], "LK", (7.35, 81.85))


def test_british_and_irish_villages(gaz):
    places = by_text("Coastal erosion threatens homes at Walberswick and Dunwich in Suffolk.", gaz)
    _near(places["Walberswick"], "GB", (52.31, 1.66))
    _near(places["Dunwich"], "GB", (52.28, 1.63))
    places = by_text("Police closed the main road in Cilfynydd, near Pontypridd, after the crash.", gaz)
    _near(places["Cilfynydd"], "GB", (51.63, -3.30))
    places = by_text("Gardaí found the car abandoned near Clarinbridge, County Galway.", gaz)
    _near(places["Clarinbridge"], "IE", (53.23, -8.88))


def test_australian_and_new_zealand_localities(gaz):
    places = by_text("Crews backburned around Toolangi and Narbethong overnight as the fire grew.", gaz)
    _near(places["Toolangi"], "AU", (-37.53, 145.48))
    _near(places["Narbethong"], "AU", (-37.56, 145.66))
    places = by_text("The Christmas Day fire at Wye River destroyed more than 100 homes.", gaz)
    _near(places["Wye River"], "AU", (-38.63, 143.89))
    places = by_text("Residents of Mangakino and Tokaanu lost power for most of Sunday.", gaz)
    _near(places["Mangakino"], "NZ", (-38.37, 175.77))
    _near(places["Tokaanu"], "NZ", (-38.97, 175.77))


def test_words_and_namesakes_are_left_alone(gaz):
    places = by_text("Residents of Knightstown, Indiana, lined the parade route.", gaz)
    assert places["Knightstown"].country_code == "US"
    places = by_text("Ferries to Dunwich on North Stradbroke Island, Queensland, were cancelled.", gaz)
    assert places["Dunwich"].country_code == "AU"
    places = by_text("Riders set off on the Tom Quilty Gold Cup endurance ride on Saturday.", gaz)
    assert all(place.country_code != "IE" for place in places.values())
    places = by_text("Police in Edinburgh arrested two men after the match.", gaz)
    assert places["Edinburgh"].country_code == "GB"
