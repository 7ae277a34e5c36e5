"""Places: the towns54 rows of `geo/data/towns.tsv` (hamlets, villages, gateway and island settlements of the United
States, Britain, Ireland, the Pacific, the Caribbean and Balochistan that GeoNames' towns of 500+ lack or spell
otherwise) resolve to their country and point, and leave words and namesakes alone."""

from __future__ import annotations

from conftest import by_text, in_country_near as _near


def test_united_states_hamlets_and_gateway_towns(gaz):
    places = by_text("A wildfire forced the evacuation of Red Feather Lakes, northwest of Fort Collins.", gaz)
    _near(places["Red Feather Lakes"], "US", (40.80, -105.58))
    places = by_text("Rescuers searched for a missing hiker near Keene Valley in the Adirondacks.", gaz)
    _near(places["Keene Valley"], "US", (44.19, -73.79))
    places = by_text("Hurricane Irene's floods tore through Prattsville, New York, in 2011.", gaz)
    _near(places["Prattsville"], "US", (42.32, -74.44))
    places = by_text("A flash flood stranded motorists near Mexican Hat, Utah, on Sunday.", gaz)
    _near(places["Mexican Hat"], "US", (37.15, -109.86))


def test_british_and_irish_villages(gaz):
    places = by_text("Lifeboat crews from Sennen Cove rescued two kayakers off Land's End on Sunday.", gaz)
    _near(places["Sennen Cove"], "GB", (50.08, -5.70))
    places = by_text("Eight men were killed in an ambush in Loughgall, County Armagh, in 1987.", gaz)
    _near(places["Loughgall"], "GB", (54.41, -6.61))
    places = by_text("The storm cut power to thousands of homes around Dunfanaghy and Bunbeg in County Donegal.", gaz)
    _near(places["Dunfanaghy"], "IE", (55.18, -7.97))
    _near(places["Bunbeg"], "IE", (55.06, -8.30))


def test_pacific_caribbean_and_pakistani_places(gaz):
    places = by_text("A cyclone damaged the wharf at Salelologa on Savai'i, Samoan officials said.", gaz)
    _near(places["Salelologa"], "WS", (-13.73, -172.21))
    places = by_text("The tsunami flattened homes in Kanokupolu on the western tip of Tongatapu.", gaz)
    _near(places["Kanokupolu"], "TO", (-21.11, -175.33))
    places = by_text("Landslides cut the road through Coulibistrie, Dominica, after the storm.", gaz)
    _near(places["Coulibistrie"], "DM", (15.45, -61.45))
    places = by_text("Gangs set fire to houses in Canapé-Vert, a neighbourhood of Port-au-Prince.", gaz)
    _near(places["Canapé-Vert"], "HT", (18.53, -72.32))
    places = by_text("Gunmen attacked a levies post near Muslim Bagh in Balochistan on Tuesday.", gaz)
    _near(places["Muslim Bagh"], "PK", (30.83, 67.73))


def test_news_spellings_of_geonames_towns(gaz):
    places = by_text("Surfers gathered at Enniscrone in County Sligo despite the warnings.", gaz)
    _near(places["Enniscrone"], "IE", (54.22, -9.09))
    places = by_text("The earthquake destroyed villages around Ghoryan in Afghanistan's Herat province.", gaz)
    _near(places["Ghoryan"], "AF", (34.34, 61.49))


def test_second_pass_villages_and_saint_spellings(gaz):
    places = by_text("Snow cut off Lutsen and Tofte on Minnesota's North Shore.", gaz)
    _near(places["Lutsen"], "US", (47.65, -90.67))
    places = by_text("Police in Derrylin, County Fermanagh, investigated an arson attack.", gaz)
    _near(places["Derrylin"], "GB", (54.20, -7.57))
    places = by_text("The storm closed the ferry between Kyleakin and Kyle of Lochalsh.", gaz)
    _near(places["Kyleakin"], "GB", (57.27, -5.73))
    # 'St' where GeoNames writes 'Saint' reaches the GeoNames town's point.
    places = by_text("Coastguards searched the cliffs at St Bees in Cumbria on Sunday.", gaz)
    _near(places["St Bees"], "GB", (54.49, -3.59))
    places = by_text("The ferry to St Margaret's Hope in Orkney was cancelled.", gaz)
    _near(places["St Margaret's Hope"], "GB", (58.83, -2.96))
    # Cornwall's St Agnes, GeoNames' Saint Agnes, against Adelaide's suburb spelt 'St Agnes'.
    places = by_text("Police in St Agnes, Cornwall, closed the beach.", gaz)
    _near(places["St Agnes"], "GB", (50.31, -5.20))
    places = by_text("A house fire in St Agnes, a suburb of Adelaide, killed two people.", gaz)
    _near(places["St Agnes"], "AU", (-34.83, 138.71))


def test_words_and_namesakes_are_left_alone(gaz):
    places = by_text("Residents of Scotts Head on the New South Wales coast were told to leave.", gaz)
    _near(places["Scotts Head"], "AU", (-30.75, 152.99))
    places = by_text("The house in Applecross, a Perth suburb, sold for a record price.", gaz)
    _near(places["Applecross"], "AU", (-32.02, 115.83))
    places = by_text("A coal truck overturned in Whitesville, Kentucky, on Monday.", gaz)
    _near(places["Whitesville"], "US", (37.68, -86.87))
    assert "Mexican Hat" not in by_text("The band played the Mexican Hat Dance at a fiesta in San Antonio.", gaz)
    assert set(by_text("He missed the match in Manchester with a wounded knee.", gaz)) == {"Manchester"}
