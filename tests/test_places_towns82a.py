"""Places: the towns82a rows of `geo/data/towns.tsv` (Canadian hamlets, villages, First Nations communities and city
quarters) resolve to their country and point, and leave words, personal names and namesakes abroad alone."""
from __future__ import annotations

from conftest import by_text, in_country_near as _near


def test_eastern_and_cottage_country_ontario_hamlets(gaz):
    places = by_text("OPP closed Highway 38 near Harrowsmith and Yarker after a collision involving a milk truck.", gaz)
    _near(places["Harrowsmith"], "CA", (44.40, -76.67))
    _near(places["Yarker"], "CA", (44.37, -76.77))
    places = by_text("Volunteer firefighters from Washago and Coldwater, Ontario, fought a barn fire overnight.", gaz)
    _near(places["Washago"], "CA", (44.75, -79.33))
    _near(places["Coldwater"], "CA", (44.71, -79.64))
    places = by_text("Fire destroyed a cottage near Port Sydney in Muskoka, Ontario.", gaz)
    _near(places["Port Sydney"], "CA", (45.22, -79.27))


def test_sudbury_and_southwestern_ontario_communities(gaz):
    places = by_text("Greater Sudbury police said break-ins were reported in Hanmer, Coniston and Onaping.", gaz)
    _near(places["Hanmer"], "CA", (46.65, -80.95))
    _near(places["Coniston"], "CA", (46.49, -80.85))
    _near(places["Onaping"], "CA", (46.60, -81.40))
    places = by_text("A boil-water order went out to homes in Thamesville and Wardsville, in southwestern Ontario.", gaz)
    _near(places["Thamesville"], "CA", (42.55, -81.98))
    _near(places["Wardsville"], "CA", (42.65, -81.76))
    places = by_text("Sarnia police said the man was arrested in Bright's Grove.", gaz)
    _near(places["Bright's Grove"], "CA", (43.03, -82.29))


def test_city_quarters_of_toronto_winnipeg_and_calgary(gaz):
    places = by_text("Toronto police were called to Cabbagetown and then to Crescent Town after the reports.", gaz)
    _near(places["Cabbagetown"], "CA", (43.665, -79.365))
    _near(places["Crescent Town"], "CA", (43.695, -79.293))
    places = by_text("Durham police said the crash happened in Courtice, just east of Oshawa.", gaz)
    _near(places["Courtice"], "CA", (43.91, -78.79))
    places = by_text("A collision in Osborne Village sent two people to hospital, Winnipeg police said.", gaz)
    _near(places["Osborne Village"], "CA", (49.875, -97.145))
    places = by_text("Calgary police were called to a shooting in Bridgeland late on Friday.", gaz)
    _near(places["Bridgeland"], "CA", (51.055, -114.04))


def test_quebec_villages_and_merged_city_quarters(gaz):
    places = by_text("Hydro-Québec crews restored power in Ragueneau, Pointe-aux-Outardes and Franquelin after the storm.", gaz)
    _near(places["Ragueneau"], "CA", (49.07, -68.53))
    _near(places["Pointe-aux-Outardes"], "CA", (49.05, -68.43))
    _near(places["Franquelin"], "CA", (49.28, -67.90))
    places = by_text("Ice jams flooded roads in Yamaska, Baie-du-Febvre and Saint-François-du-Lac this spring.", gaz)
    _near(places["Baie-du-Febvre"], "CA", (46.13, -72.72))
    _near(places["Saint-François-du-Lac"], "CA", (46.07, -72.83))
    places = by_text("Quebec City police said the break-in happened in Sillery, not in Cap-Rouge or Val-Bélair.", gaz)
    _near(places["Sillery"], "CA", (46.77, -71.24))
    _near(places["Val-Bélair"], "CA", (46.87, -71.41))


def test_atlantic_outports_and_villages(gaz):
    places = by_text("The Coast Guard searched the water off Herring Neck and Little Bay Islands in Newfoundland.", gaz)
    _near(places["Herring Neck"], "CA", (49.65, -54.60))
    _near(places["Little Bay Islands"], "CA", (49.65, -55.78))
    places = by_text("The refinery at Come By Chance, Newfoundland, will restart next month.", gaz)
    _near(places["Come By Chance"], "CA", (47.82, -54.01))
    places = by_text("Nova Scotia RCMP responded to a fire in Pomquet and later a crash near Orangedale.", gaz)
    _near(places["Pomquet"], "CA", (45.65, -61.85))
    _near(places["Orangedale"], "CA", (45.90, -61.08))


def test_prairie_villages(gaz):
    places = by_text("Mounties were called to a house in Stony Mountain, and to a second one in Oakbank, Manitoba RCMP said.", gaz)
    _near(places["Stony Mountain"], "CA", (50.08, -97.22))
    _near(places["Oakbank"], "CA", (49.94, -96.84))
    places = by_text("Fire crews from Cudworth and St. Brieux battled a grass fire east of Saskatoon.", gaz)
    _near(places["Cudworth"], "CA", (52.50, -105.73))
    _near(places["St. Brieux"], "CA", (52.65, -104.87))
    places = by_text("RCMP in Alberta said the crash near Thorhild and Redwater killed two people.", gaz)
    _near(places["Thorhild"], "CA", (54.16, -113.12))
    _near(places["Redwater"], "CA", (53.95, -113.11))


def test_namesakes_abroad_keep_their_country(gaz):
    places = by_text("Students at the University of Maine in Orono, Maine, returned to class on Monday.", gaz)
    assert places["Orono"].country_code == "US"
    places = by_text("Police in Malton, North Yorkshire, arrested a man after a burglary.", gaz)
    assert places["Malton"].country_code == "GB"
    places = by_text("The bridge at Killaloe, County Clare, was closed for repairs.", gaz)
    assert places["Killaloe"].country_code == "IE"
    places = by_text("Fire crews in Denbigh, north Wales, tackled a blaze at a factory.", gaz)
    assert places["Denbigh"].country_code == "GB"
    places = by_text("Happy hour returned to Coldwater, Michigan, police said.", gaz)
    assert places["Coldwater"].country_code == "US"


def test_names_and_words_stay_unresolved_in_canada(gaz):
    places = by_text("Christopher Lake, 34, and Stanley Bridge, 51, were charged with fraud.", gaz)
    assert all(p.country_code != "CA" for p in places.values()), places
    places = by_text("The Murray River in South Australia rose again this week.", gaz)
    assert places["Murray River"].country_code == "AU"
    places = by_text("Wine growers in the Loire expect a smaller harvest; they met by chance at the fair.", gaz)
    assert all(p.country_code != "CA" for p in places.values()), places
