"""Places: the towns61 rows of `geo/data/towns.tsv` (villages, hamlets, communities and townships of Canada,
Australia, New Zealand, Ireland, Britain, the United States, South Africa, Kenya and Nigeria that GeoNames' towns of
500+ lack or spell otherwise) resolve to their country and point, and leave words and namesakes alone."""

from __future__ import annotations

from conftest import by_text, in_country_near as _near


def test_northern_and_first_nations_communities(gaz):
    places = by_text("A boil-water advisory was lifted in Kugaaruk and Taloyoak, Nunavut, on Tuesday.", gaz)
    _near(places["Kugaaruk"], "CA", (68.53, -89.82))
    _near(places["Taloyoak"], "CA", (69.54, -93.53))
    places = by_text("RCMP said two people were arrested in Eskasoni after a house fire.", gaz)
    _near(places["Eskasoni"], "CA", (45.94, -60.62))


def test_australian_and_new_zealand_localities(gaz):
    places = by_text("Residents of Khancoban and Thredbo were told to leave as the fire front moved east.", gaz)
    _near(places["Khancoban"], "AU", (-36.22, 148.13))
    _near(places["Thredbo"], "AU", (-36.50, 148.30))
    places = by_text("Floodwaters cut off Tibooburra, in New South Wales, for a second week.", gaz)
    _near(places["Tibooburra"], "AU", (-29.43, 142.01))
    places = by_text("Police searched the bush around Ruatahuna and Te Teko in New Zealand for the missing man.", gaz)
    _near(places["Ruatahuna"], "NZ", (-38.62, 176.96))
    _near(places["Te Teko"], "NZ", (-38.03, 176.80))


def test_irish_british_and_american_villages(gaz):
    places = by_text("Gardaí set up checkpoints near Blacklion and Swanlinbar in County Cavan.", gaz)
    _near(places["Blacklion"], "IE", (54.29, -7.88))
    _near(places["Swanlinbar"], "IE", (54.19, -7.70))
    places = by_text("The Severn burst its banks at Maisemore and Minsterworth in Gloucestershire overnight.", gaz)
    _near(places["Maisemore"], "GB", (51.89, -2.26))
    _near(places["Minsterworth"], "GB", (51.85, -2.33))
    places = by_text("The slide buried homes east of Oso, in Snohomish County.", gaz)
    _near(places["Oso"], "US", (48.27, -121.92))


def test_townships_and_news_spellings(gaz):
    places = by_text("Protesters blocked roads in KaNyamazane and Kabokweni outside Mbombela.", gaz)
    _near(places["KaNyamazane"], "ZA", (-25.46, 31.18))
    _near(places["Kabokweni"], "ZA", (-25.34, 31.13))
    places = by_text("Elephants strayed into farms near Loitokitok in Kenya's Kajiado county.", gaz)
    _near(places["Loitokitok"], "KE", (-2.93, 37.51))


def test_words_and_namesakes_are_left_alone(gaz):
    places = by_text("The Red Cross delivered food to families in Kharkiv, Ukraine.", gaz)
    assert all(place.country_code != "IE" for place in places.values())
    places = by_text("Miners at the trona works near Green River, Wyoming, went on strike.", gaz)
    assert all(place.country_code == "US" and abs(place.lon + 117.37) > 1 for place in places.values())
    places = by_text("Temba Bavuma led South Africa to victory in Cape Town.", gaz)
    assert "Temba" not in places and "Temba Bavuma" not in places
    places = by_text("Voters in Phoenix, Arizona, queued for hours.", gaz)
    assert places["Phoenix"].country_code == "US"


def test_second_pass_towns(gaz):
    places = by_text("A wildfire forced the evacuation of Lynn Lake and Leaf Rapids in northern Manitoba.", gaz)
    _near(places["Lynn Lake"], "CA", (56.85, -101.05))
    _near(places["Leaf Rapids"], "CA", (56.47, -99.98))
    places = by_text("Tribal leaders called for the beer stores of Whiteclay, Nebraska, to stay shut.", gaz)
    _near(places["Whiteclay"], "US", (42.99, -102.55))
    places = by_text("Ferries between Tayvallich and Craighouse in Argyll were cancelled.", gaz)
    _near(places["Craighouse"], "GB", (55.85, -5.95))
    places = by_text("Police in Northern Ireland searched a farm near Stewartstown and Ardboe.", gaz)
    _near(places["Stewartstown"], "GB", (54.58, -6.69))
    places = by_text("Flood barriers went up in Nantyglo and Blaina, in Blaenau Gwent.", gaz)
    _near(places["Nantyglo"], "GB", (51.79, -3.17))
