"""Places: the towns86 rows of `geo/data/towns.tsv` (city quarters, suburbs and small towns of Pakistan, India,
Bangladesh, Nepal, Sri Lanka, Kenya, Uganda, Tanzania, Nigeria and Ghana that GeoNames' towns of 500+ lack) resolve
to their country and point, and leave words and namesakes alone."""

from __future__ import annotations

from conftest import by_text, in_country_near as _near


def test_pakistani_city_quarters_and_towns(gaz):
    places = by_text("Rangers raided hideouts in Landhi and Quaidabad after the killing of a shopkeeper in Karachi.", gaz)
    _near(places["Landhi"], "PK", (24.85, 67.20))
    _near(places["Quaidabad"], "PK", (24.87, 67.21))
    places = by_text("Police said the suspect was shifted from Kot Lakhpat jail to Adiala jail in Rawalpindi.", gaz)
    _near(places["Kot Lakhpat"], "PK", (31.47, 74.335))
    _near(places["Adiala"], "PK", (33.52, 73.01))
    places = by_text("Tourists were stranded at Malam Jabba after heavy snowfall in Swat.", gaz)
    _near(places["Malam Jabba"], "PK", (34.80, 72.57))


def test_delhi_and_mumbai_localities(gaz):
    places = by_text("Waterlogging was reported from Nehru Place, Mahipalpur and Palam after the downpour.", gaz)
    _near(places["Nehru Place"], "IN", (28.55, 77.25))
    _near(places["Mahipalpur"], "IN", (28.545, 77.125))
    _near(places["Palam"], "IN", (28.59, 77.085))
    places = by_text("Heavy rain flooded Lalbaug, Dongri and Mazagaon in south Mumbai.", gaz)
    _near(places["Lalbaug"], "IN", (18.99, 72.835))
    _near(places["Mazagaon"], "IN", (18.965, 72.845))


def test_southern_and_eastern_indian_localities(gaz):
    places = by_text("Traffic police diverted vehicles at Madiwala and Bommanahalli in Bengaluru after the flooding.", gaz)
    _near(places["Madiwala"], "IN", (12.92, 77.62))
    _near(places["Bommanahalli"], "IN", (12.905, 77.62))
    places = by_text("A car rammed into a bus stop in Miyapur and another accident was reported near Kondapur.", gaz)
    _near(places["Miyapur"], "IN", (17.495, 78.355))
    places = by_text("Old buildings collapsed in Jorasanko and Kidderpore in Kolkata after the rain.", gaz)
    _near(places["Jorasanko"], "IN", (22.585, 88.36))
    _near(places["Kidderpore"], "IN", (22.535, 88.32))


def test_bangladeshi_and_nepali_places(gaz):
    places = by_text("Floodwaters swept through Parshuram, Fulgazi and Sonagazi in Feni district.", gaz)
    _near(places["Parshuram"], "BD", (23.21, 91.44))
    _near(places["Fulgazi"], "BD", (23.14, 91.43))
    places = by_text("Clashes broke out in Mohakhali and Khilgaon as students blocked roads in Dhaka.", gaz)
    _near(places["Mohakhali"], "BD", (23.78, 90.405))
    places = by_text("Riot police used tear gas on crowds in Kalanki and Balaju in Kathmandu.", gaz)
    _near(places["Kalanki"], "NP", (27.695, 85.28))
    _near(places["Balaju"], "NP", (27.735, 85.30))
    places = by_text("A landslide blocked the road near Dumre, and floods hit Damauli in Tanahun.", gaz)
    _near(places["Damauli"], "NP", (27.97, 84.27))


def test_sri_lankan_places(gaz):
    places = by_text("Police arrested a suspect in Nugegoda and another in Kiribathgoda near Colombo.", gaz)
    _near(places["Nugegoda"], "LK", (6.865, 79.90))
    _near(places["Kiribathgoda"], "LK", (6.98, 79.93))
    places = by_text("The army vacated land in Tellippalai and Kopay in Jaffna district.", gaz)
    _near(places["Tellippalai"], "LK", (9.78, 80.03))
    places = by_text("Elephants raided farms near Minneriya and Giritale in Polonnaruwa district.", gaz)
    _near(places["Giritale"], "LK", (7.99, 80.93))


def test_east_african_quarters(gaz):
    places = by_text("Police raided houses in Kariokor and Shauri Moyo in Nairobi.", gaz)
    _near(places["Kariokor"], "KE", (-1.28, 36.835))
    _near(places["Shauri Moyo"], "KE", (-1.285, 36.85))
    places = by_text("Flooding cut roads in Kongowea and Bombolulu in Mombasa.", gaz)
    _near(places["Kongowea"], "KE", (-4.03, 39.69))
    places = by_text("Police in Kampala dispersed protesters at Kibuli and Nakasero.", gaz)
    _near(places["Kibuli"], "UG", (0.305, 32.59))
    places = by_text("Floods hit Tandika and Mtoni in Temeke, Dar es Salaam.", gaz)
    _near(places["Tandika"], "TZ", (-6.87, 39.27))
    places = by_text("Tourists at Kendwa and Nungwi were told to stay indoors as the cyclone approached Zanzibar.", gaz)
    _near(places["Kendwa"], "TZ", (-5.75, 39.29))


def test_nigerian_quarters_and_towns(gaz):
    places = by_text("Heavy rain submerged roads in Yaba, Akoka and Bariga on Lagos mainland.", gaz)
    _near(places["Yaba"], "NG", (6.51, 3.38))
    _near(places["Bariga"], "NG", (6.54, 3.39))
    places = by_text("Gunmen attacked worshippers in Rigasa, and another church in Barnawa, Kaduna.", gaz)
    _near(places["Rigasa"], "NG", (10.52, 7.38))
    _near(places["Barnawa"], "NG", (10.47, 7.44))
    places = by_text("Youths blocked the road in Okitipupa, Ondo State, over the killing.", gaz)
    _near(places["Okitipupa"], "NG", (6.50, 4.78))


def test_ghanaian_quarters_and_towns(gaz):
    places = by_text("Floods submerged homes in Kwadaso and Atonsu in Kumasi.", gaz)
    _near(places["Kwadaso"], "GH", (6.70, -1.66))
    _near(places["Atonsu"], "GH", (6.65, -1.60))
    places = by_text("Fire destroyed shops in Abossey Okai and Labone in Accra.", gaz)
    _near(places["Abossey Okai"], "GH", (5.56, -0.225))
    places = by_text("Residents of Juapong and Kpeve in the Volta Region complained of water shortages.", gaz)
    _near(places["Juapong"], "GH", (6.25, 0.13))


def test_words_and_namesakes_are_left_alone(gaz):
    places = by_text("Farmers in Komenda, a village north of Ljubljana, harvested hops early this year.", gaz)
    assert places["Komenda"].country_code == "SI"
    places = by_text("A moose was seen near Kipawa, Quebec, on Monday.", gaz)
    assert places["Kipawa"].country_code == "CA"
    places = by_text("Climbers reached the summit of Mount Apo in Mindanao on Sunday.", gaz)
    assert all(place.country_code == "PH" for place in places.values())
    places = by_text("The actress wore an Anarkali gown at the premiere in Mumbai.", gaz)
    assert "Anarkali" not in places
    places = by_text("A storm knocked out power in Santa Cruz, California, on Monday.", gaz)
    assert places["Santa Cruz"].country_code == "US"
    places = by_text("The minister met officials in Hyderabad, Sindh, and later flew to Hyderabad in Telangana.", gaz)
    assert {place.country_code for place in places.values()} == {"PK", "IN"}
