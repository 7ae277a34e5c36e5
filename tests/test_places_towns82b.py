"""Places: the towns82b rows of `geo/data/towns.tsv` (hamlets, unincorporated communities, CDPs and small villages and
boroughs of the United States that GeoNames' towns of 500+ lack) resolve to their country and point, and leave words
and namesakes alone."""

from __future__ import annotations

from conftest import by_text, in_country_near as _near


def test_new_york_hamlets(gaz):
    places = by_text("A flash flood warning was issued for Phoenicia and Arkville, New York, on Monday.", gaz)
    _near(places["Phoenicia"], "US", (42.08, -74.31))
    _near(places["Arkville"], "US", (42.15, -74.62))
    places = by_text("Border Patrol agents stopped two cars near Mooers and Brushton, in northern New York.", gaz)
    _near(places["Mooers"], "US", (44.96, -73.59))
    _near(places["Brushton"], "US", (44.83, -74.51))


def test_pennsylvania_and_ohio_communities(gaz):
    places = by_text("Residents of Dimock, Pennsylvania, said their well water was still unsafe to drink.", gaz)
    _near(places["Dimock"], "US", (41.74, -75.90))
    places = by_text("Ferries to Put-in-Bay and Kelleys Island were halted as high winds crossed Lake Erie.", gaz)
    _near(places["Put-in-Bay"], "US", (41.65, -82.82))
    _near(places["Kelleys Island"], "US", (41.60, -82.71))


def test_appalachian_communities(gaz):
    places = by_text("Floodwater reached homes in Fisty and Cannel City, Kentucky, overnight.", gaz)
    _near(places["Fisty"], "US", (37.38, -83.00))
    _near(places["Cannel City"], "US", (37.79, -83.28))
    places = by_text("A coal truck overturned near Itmann and Matoaka, West Virginia, on Tuesday.", gaz)
    _near(places["Itmann"], "US", (37.57, -81.42))
    _near(places["Matoaka"], "US", (37.42, -81.24))
    places = by_text("Firefighters held the blaze at a ridge above Walland, Tennessee.", gaz)
    _near(places["Walland"], "US", (35.73, -83.82))


def test_upper_midwest_communities(gaz):
    places = by_text("Deputies searched the woods between Sidnaw and Amasa in Michigan's Upper Peninsula.", gaz)
    _near(places["Sidnaw"], "US", (46.50, -88.70))
    _near(places["Amasa"], "US", (46.23, -88.45))
    places = by_text("A waterspout came ashore near Jacksonport, in Door County, Wisconsin.", gaz)
    _near(places["Jacksonport"], "US", (44.97, -87.19))
    places = by_text("The school in Waubun, Minnesota, closed after a boiler failed.", gaz)
    _near(places["Waubun"], "US", (47.18, -95.94))


def test_southern_and_coastal_communities(gaz):
    places = by_text("The storm tore roofs off homes in Cheriton and Nassawadox on Virginia's Eastern Shore.", gaz)
    _near(places["Cheriton"], "US", (37.29, -75.97))
    _near(places["Nassawadox"], "US", (37.47, -75.86))
    places = by_text("The surge swept houses off their lots in Mantoloking and Ortley Beach, New Jersey.", gaz)
    _near(places["Mantoloking"], "US", (40.04, -74.05))
    _near(places["Ortley Beach"], "US", (39.96, -74.07))
    places = by_text("Voters in Attapulgus, Georgia, elected a new mayor.", gaz)
    _near(places["Attapulgus"], "US", (30.75, -84.48))


def test_plains_and_western_communities(gaz):
    places = by_text("A grass fire burned near Skellytown, in the Texas Panhandle, until dawn.", gaz)
    _near(places["Skellytown"], "US", (35.57, -101.17))
    places = by_text("Mourners gathered at the church in Sutherland Springs, Texas, on the anniversary.", gaz)
    _near(places["Sutherland Springs"], "US", (29.27, -98.06))
    places = by_text("The ferry to Eastsound, on Orcas Island in Washington, was cancelled.", gaz)
    _near(places["Eastsound"], "US", (48.70, -122.91))
    places = by_text("Crews cleared a rockslide on the road near Lostine, Oregon.", gaz)
    _near(places["Lostine"], "US", (45.49, -117.43))


def test_namesakes_are_left_alone(gaz):
    places = by_text("Tourists crowded the mill village of Saltaire, near Bradford in England.", gaz)
    assert places["Saltaire"].country_code == "GB"
    places = by_text("A fire damaged a store in Lakemont, Pennsylvania, near Altoona.", gaz)
    _near(places["Lakemont"], "US", (40.47, -78.39))
    places = by_text("Police in Flatwoods, Kentucky, arrested a man after a chase.", gaz)
    _near(places["Flatwoods"], "US", (38.52, -82.72))


def test_words_are_left_alone(gaz):
    places = by_text("The gardeners planted arbor vitae and set a diamond point on the fence in Denver.", gaz)
    assert all(place.country_code == "US" and abs(place.lat - 39.74) < 1 for place in places.values())
    places = by_text("Voters in Phoenix, Arizona, waited for hours in the heat.", gaz)
    assert places["Phoenix"].country_code == "US" and places["Phoenix"].lon < -110
