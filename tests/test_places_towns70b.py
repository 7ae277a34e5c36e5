"""Places: the towns70b rows of `geo/data/towns.tsv` (villages, camps, suburbs and crossings of the Levant, Iraq, Yemen,
South-East Asia, Ukraine's front and Latin America) resolve to their country and point, and leave words and namesakes
alone."""
from __future__ import annotations
from conftest import by_text, in_country_near as _near


def test_gaza_border_kibbutzim(gaz):
    places = by_text("Gunmen broke through the fence into Nir Oz, Nahal Oz and Kissufim at dawn, survivors told "
                     "investigators.", gaz)
    _near(places["Nir Oz"], "IL", (31.31, 34.40))
    _near(places["Nahal Oz"], "IL", (31.47, 34.50))
    _near(places["Kissufim"], "IL", (31.38, 34.40))


def test_west_bank_and_jerusalem_villages(gaz):
    places = by_text("Settlers attacked farmers in Osarin and Beit Furik, Palestinian officials said on "
                     "Tuesday.", gaz)
    _near(places["Osarin"], "PS", (32.13, 35.31))
    _near(places["Beit Furik"], "PS", (32.18, 35.34))
    places = by_text("Municipal crews demolished two homes in Silwan and a shop in Jabal Mukaber on Tuesday.", gaz)
    _near(places["Silwan"], "PS", (31.77, 35.24))
    _near(places["Jabal Mukaber"], "PS", (31.76, 35.24))


def test_south_lebanon_villages(gaz):
    places = by_text("Air strikes hit Kfar Roummane and Arnoun near Nabatieh, while artillery shelled Tayr Harfa in "
                     "the Tyre district.", gaz)
    _near(places["Kfar Roummane"], "LB", (33.37, 35.50))
    _near(places["Arnoun"], "LB", (33.33, 35.53))
    _near(places["Tayr Harfa"], "LB", (33.12, 35.23))


def test_syria_and_iraq(gaz):
    places = by_text("Rebels shelled Maaloula and Dumayr in the Qalamoun region north of Damascus.", gaz)
    _near(places["Maaloula"], "SY", (33.85, 36.55))
    _near(places["Dumayr"], "SY", (33.64, 36.69))
    places = by_text("Yazidi families returned to Kocho and Snuny in Sinjar district this spring.", gaz)
    _near(places["Kocho"], "IQ", (36.21, 41.88))
    _near(places["Snuny"], "IQ", (36.45, 41.75))


def test_yemen_red_sea_coast(gaz):
    places = by_text("Clashes near Durayhimi and Tuhayta on Yemen's Red Sea coast displaced hundreds of families.", gaz)
    _near(places["Durayhimi"], "YE", (14.64, 43.06))
    _near(places["Tuhayta"], "YE", (14.18, 43.23))


def test_south_east_asia(gaz):
    places = by_text("Floodwater cut roads in Kelapa Gading and Cilincing in north Jakarta after a night of rain.", gaz)
    _near(places["Kelapa Gading"], "ID", (-6.16, 106.91))
    _near(places["Cilincing"], "ID", (-6.11, 106.94))
    places = by_text("Police raided a drug den in Payatas and arrested a suspect in Cubao, Quezon City.", gaz)
    _near(places["Payatas"], "PH", (14.71, 121.10))
    _near(places["Cubao"], "PH", (14.62, 121.05))
    places = by_text("Resistance fighters overran outposts in Khin-U and Wetlet in Myanmar's Sagaing region.", gaz)
    _near(places["Khin-U"], "MM", (22.78, 95.61))
    _near(places["Wetlet"], "MM", (22.38, 95.78))


def test_ukraine_front(gaz):
    places = by_text("Russian troops pushed toward Berdychi and Tonenke west of Avdiivka, Ukraine's army said.", gaz)
    _near(places["Berdychi"], "UA", (48.20, 37.65))
    _near(places["Tonenke"], "UA", (48.17, 37.61))


def test_latin_america_and_caribbean(gaz):
    places = by_text("Gangs burned homes in Bas-Delmas and Village de Dieu in Port-au-Prince, then attacked "
                     "Source-Matelas north of the capital.", gaz)
    _near(places["Bas-Delmas"], "HT", (18.55, -72.32))
    _near(places["Village de Dieu"], "HT", (18.54, -72.36))
    _near(places["Source-Matelas"], "HT", (18.70, -72.37))
    places = by_text("Landslides buried homes in Barra do Sahy and Juquehy on the São Paulo coast.", gaz)
    _near(places["Barra do Sahy"], "BR", (-23.78, -45.70))
    _near(places["Juquehy"], "BR", (-23.77, -45.74))
    places = by_text("The hurricane flattened Puerto Marqués and Pie de la Cuesta near Acapulco.", gaz)
    _near(places["Puerto Marqués"], "MX", (16.81, -99.84))
    _near(places["Pie de la Cuesta"], "MX", (16.88, -99.98))


def test_namesakes_left_alone(gaz):
    places = by_text("Voters in Canaan, Connecticut, approved the new school budget on Monday.", gaz)
    _near(places["Canaan"], "US", (42.03, -73.33))
    places = by_text("Smugglers were stopped outside Daraj, a desert town in western Libya near the Algerian "
                     "border.", gaz)
    _near(places["Daraj"], "LY", (30.17, 10.46))


def test_people_named_like_rows_left_alone(gaz):
    places = by_text("Abdulrahman Zeitoun told reporters in New Orleans that he would rebuild his business.", gaz)
    assert "Zeitoun" not in places
    places = by_text("Midfielder Bento Rodrigues signed a two-year contract with the club on Friday.", gaz)
    assert "Bento Rodrigues" not in places
    places = by_text("Sheikh Badr told worshippers the mosque would reopen after Friday prayers.", gaz)
    assert "Sheikh Badr" not in places
