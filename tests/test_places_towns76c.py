"""Places: the towns76c rows of `geo/data/towns.tsv` (neighbourhoods, districts and suburbs of cities of the United
States, Canada, Britain, Ireland, Australia and New Zealand that local news names alone) resolve to their country and
point, and leave words and namesakes alone."""

from __future__ import annotations

from conftest import by_text, in_country_near as _near


def test_new_york_boston_and_chicago_neighbourhoods(gaz):
    places = by_text("Police said the shooting happened in Bedford-Stuyvesant late Saturday, the third in Crown Heights "
                     "this month.", gaz)
    _near(places["Bedford-Stuyvesant"], "US", (40.687, -73.941))
    _near(places["Crown Heights"], "US", (40.669, -73.943))
    places = by_text("A water main broke in Roxbury, flooding basements along Washington Street, Boston officials said.", gaz)
    _near(places["Roxbury"], "US", (42.32, -71.09))
    places = by_text("Two people were wounded in Little Village and another in Humboldt Park, Chicago police said.", gaz)
    _near(places["Little Village"], "US", (41.845, -87.713))
    _near(places["Humboldt Park"], "US", (41.902, -87.721))


def test_southern_and_western_us_neighbourhoods(gaz):
    places = by_text("Firefighters battled a brush fire in the hills above Pacoima and Tarzana on Tuesday.", gaz)
    _near(places["Pacoima"], "US", (34.262, -118.427))
    _near(places["Tarzana"], "US", (34.173, -118.553))
    places = by_text("Water rose again in the Lower Ninth Ward and Bywater as pumps failed in New Orleans.", gaz)
    _near(places["Lower Ninth Ward"], "US", (29.965, -90.015))
    _near(places["Bywater"], "US", (29.963, -90.04))
    places = by_text("A man was shot in Liberty City and another was wounded in Overtown, Miami police said.", gaz)
    _near(places["Liberty City"], "US", (25.835, -80.225))
    _near(places["Overtown"], "US", (25.785, -80.2))


def test_london_districts(gaz):
    places = by_text("A teenager was stabbed in Penge, south-east London, on Friday night.", gaz)
    _near(places["Penge"], "GB", (51.416, -0.057))
    places = by_text("Police closed roads in Stoke Newington and Dalston after a gas leak.", gaz)
    _near(places["Stoke Newington"], "GB", (51.562, -0.078))
    _near(places["Dalston"], "GB", (51.546, -0.075))


def test_manchester_birmingham_leeds_glasgow_and_edinburgh(gaz):
    places = by_text("Residents of Wythenshawe and Harpurhey in Manchester protested the cuts.", gaz)
    _near(places["Wythenshawe"], "GB", (53.392, -2.264))
    _near(places["Harpurhey"], "GB", (53.51, -2.218))
    places = by_text("A car crashed into a shop in Edgbaston, Birmingham, and police arrested two men in Harehills, Leeds.",
                     gaz)
    _near(places["Edgbaston"], "GB", (52.462, -1.925))
    _near(places["Harehills"], "GB", (53.812, -1.515))
    places = by_text("Tower blocks in Easterhouse and Govan were evacuated after the fire.", gaz)
    _near(places["Easterhouse"], "GB", (55.86, -4.11))
    _near(places["Govan"], "GB", (55.862, -4.31))
    places = by_text("Crews fought a fire at a warehouse in Leith, Edinburgh, overnight.", gaz)
    _near(places["Leith"], "GB", (55.975, -3.17))


def test_irish_suburbs(gaz):
    places = by_text("Gardaí are investigating a shooting in Drimnagh, Dublin, on Sunday evening.", gaz)
    _near(places["Drimnagh"], "IE", (53.33, -6.315))
    places = by_text("Council workers cleared drains in Salthill and Renmore after the storm hit Galway.", gaz)
    _near(places["Salthill"], "IE", (53.26, -9.075))
    _near(places["Renmore"], "IE", (53.275, -9.01))


def test_canadian_neighbourhoods(gaz):
    places = by_text("Toronto police said the shooting happened near Jane and Finch in North York.", gaz)
    _near(places["Jane and Finch"], "CA", (43.757, -79.519))
    _near(places["North York"], "CA", (43.77, -79.415))
    places = by_text("Flooding hit Pointe-aux-Trembles and Lachine on the island of Montreal.", gaz)
    _near(places["Pointe-aux-Trembles"], "CA", (45.65, -73.5))
    _near(places["Lachine"], "CA", (45.44, -73.675))
    places = by_text("A tornado tore through Barrhaven, in Ottawa's south end, and the fire in Transcona spread to three "
                     "houses, Winnipeg officials said.", gaz)
    _near(places["Barrhaven"], "CA", (45.275, -75.74))
    _near(places["Transcona"], "CA", (49.895, -96.99))


def test_australian_and_new_zealand_suburbs(gaz):
    places = by_text("Fire crews were called to a factory in Fyshwick, Canberra.", gaz)
    _near(places["Fyshwick"], "AU", (-35.325, 149.17))
    places = by_text("Police cordoned off a street in Mangere Bridge, Auckland, after a shooting.", gaz)
    _near(places["Mangere Bridge"], "NZ", (-36.937, 174.785))
    places = by_text("Flights were delayed as fog settled over homes in Rongotai, near Wellington airport.", gaz)
    _near(places["Rongotai"], "NZ", (-41.32, 174.8))


def test_words_and_namesakes_are_left_alone(gaz):
    places = by_text("Floodwater reached homes in Sydenham, Christchurch, on Monday.", gaz)
    _near(places["Sydenham"], "NZ", (-43.547, 172.636))
    places = by_text("Voters in Clontarf, Queensland, queued early at the school.", gaz)
    assert places["Clontarf"].country_code == "AU"
    places = by_text("Residents of Hampstead, New Hampshire, voted on the town budget.", gaz)
    assert places["Hampstead"].country_code == "US"
    places = by_text("The ocean beach was closed after a shark sighting near Sydney.", gaz)
    assert set(places) == {"Sydney"}
