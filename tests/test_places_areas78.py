"""Places, areas78: rivers, loughs, lochs, lakes, peaks, glens, heads, islands, parks and canals that local news of
Britain, Ireland, Canada, Australia, New Zealand and the United States names and the gazetteer lacked, and the historic
counties of Wales (`geo/data/areas.tsv`); a town or a person sharing a feature's name keeps its reading where the text
means the town or the person. Our own sentences."""

from __future__ import annotations

from conftest import by_text, in_country_near


def test_rivers_of_cumbria_and_yorkshire_that_flood(gaz):
    keswick = by_text("Sandbags were handed out in Keswick as the River Greta rose for the second night.", gaz)
    in_country_near(keswick["River Greta"], "GB", (54.61, -3.15), within=5)
    carlisle = by_text("The River Eden and the River Petteril both topped their defences in Carlisle on Sunday.",
                       gaz)
    in_country_near(carlisle["River Eden"], "GB", (54.95, -3.10), within=10)
    in_country_near(carlisle["River Petteril"], "GB", (54.90, -2.91), within=5)
    hebden = by_text("Shops in Hebden Bridge were flooded again after the River Calder burst its banks.", gaz)
    in_country_near(hebden["River Calder"], "GB", (53.73, -1.36), within=10)


def test_historic_counties_and_rivers_of_wales(gaz):
    snow = by_text("Snowploughs cleared roads in Brecknockshire and Radnorshire after the overnight blizzard.", gaz)
    in_country_near(snow["Brecknockshire"], "GB", (51.95, -3.45), within=15)
    in_country_near(snow["Radnorshire"], "GB", (52.30, -3.30), within=15)
    police = by_text("Dyfed-Powys Police said the River Teifi had risen above the quay in Cardigan.", gaz)
    in_country_near(police["Dyfed"], "GB", (51.95, -4.30), within=20)
    in_country_near(police["River Teifi"], "GB", (52.10, -4.69), within=5)


def test_loughs_mountains_and_heads_of_ireland(gaz):
    search = by_text("Divers searched Lough Derravaragh and Lough Owel outside Mullingar on Tuesday.", gaz)
    in_country_near(search["Lough Derravaragh"], "IE", (53.65, -7.37), within=5)
    in_country_near(search["Lough Owel"], "IE", (53.58, -7.39), within=5)
    rescue = by_text("A mountain rescue team brought a walker down from Galtymore in the Glen of Aherlow.", gaz)
    in_country_near(rescue["Galtymore"], "IE", (52.37, -8.18), within=5)
    in_country_near(rescue["Glen of Aherlow"], "IE", (52.42, -8.16), within=5)
    sea = by_text("The Howth lifeboat was launched to a swimmer in difficulty off Howth Head.", gaz)
    in_country_near(sea["Howth Head"], "IE", (53.38, -6.06), within=5)


def test_lochs_glens_hills_and_rivers_of_scotland(gaz):
    water = by_text("Hydro operators lowered Loch Rannoch and Loch Tummel ahead of the storm.", gaz)
    in_country_near(water["Loch Rannoch"], "GB", (56.69, -4.32), within=5)
    in_country_near(water["Loch Tummel"], "GB", (56.71, -3.93), within=5)
    hill = by_text("Two walkers were airlifted from Ben Lomond above the Loch Lomond shore.", gaz)
    in_country_near(hill["Ben Lomond"], "GB", (56.19, -4.63), within=5)
    angus = by_text("Homes in Brechin were evacuated when the River South Esk spilled over in Angus.", gaz)
    in_country_near(angus["River South Esk"], "GB", (56.70, -2.47), within=10)


def test_lakes_canals_and_trails_of_canada(gaz):
    lake = by_text("Ice fishermen in Kenora were warned off Lake of the Woods after a mild week.", gaz)
    in_country_near(lake["Lake of the Woods"], "CA", (49.30, -94.80), within=15)
    canal = by_text("A laker ran aground in the Welland Canal near St. Catharines, Ontario.", gaz)
    in_country_near(canal["Welland Canal"], "CA", (43.05, -79.22), within=15)
    trail = by_text("A washout closed the Cabot Trail in northern Cape Breton on Friday.", gaz)
    in_country_near(trail["Cabot Trail"], "CA", (46.70, -60.80), within=25)


def test_rivers_and_ranges_of_australia_and_new_zealand(gaz):
    tas = by_text("The South Esk River rose through Launceston as rain lashed northern Tasmania.", gaz)
    in_country_near(tas["South Esk River"], "AU", (-41.44, 147.13), within=5)
    qld = by_text("The Mary River cut the Bruce Highway south of Gympie overnight.", gaz)
    in_country_near(qld["Mary River"], "AU", (-25.42, 152.92), within=10)
    nz = by_text("Searchers combed the Kaimai Range for a light aircraft missing near Tauranga.", gaz)
    in_country_near(nz["Kaimai Range"], "NZ", (-37.75, 175.90), within=15)
    nelson = by_text("Orchards were flooded when the Motueka River spilled over its stopbanks near Nelson.", gaz)
    in_country_near(nelson["Motueka River"], "NZ", (-41.10, 173.02), within=10)


def test_rivers_forests_and_peaks_of_the_united_states(gaz):
    dams = by_text("The Tittabawassee River swamped downtown Midland, Michigan, after two dams gave way.", gaz)
    in_country_near(dams["Tittabawassee River"], "US", (43.42, -83.96), within=10)
    fire = by_text("Crews cut lines in the Los Padres National Forest above Santa Barbara, California.", gaz)
    in_country_near(fire["Los Padres National Forest"], "US", (34.70, -119.70), within=25)
    maine = by_text("Rangers carried an injured hiker off Mount Katahdin in Baxter State Park, Maine.", gaz)
    in_country_near(maine["Mount Katahdin"], "US", (45.90, -68.92), within=5)


def test_a_town_or_a_person_named_like_a_feature_keeps_its_reading(gaz):
    town = by_text("Evacuation orders were lifted in Ben Lomond, California, as the fire was contained.", gaz)
    assert town["Ben Lomond"].country_code == "US" and town["Ben Lomond"].feature_class == "P"
    nsw = by_text("Thirlmere, New South Wales, was cut off when the creek rose.", gaz)
    assert nsw["Thirlmere"].country_code == "AU" and nsw["Thirlmere"].feature_class == "P"
    missouri = by_text("Residents of Lake Saint-Louis, Missouri, were asked to conserve water over the weekend.", gaz)
    assert missouri["Lake Saint-Louis"].country_code == "US" and missouri["Lake Saint-Louis"].feature_class == "P"
    dublin = by_text("Floodwater reached houses in Dollymount in north Dublin.", gaz)
    assert dublin["Dollymount"].country_code == "IE" and dublin["Dollymount"].feature_class == "P"
    # A surname and an animal are no places: the island is "Lundy Island" here, the river only with its kind word.
    assert "Lundy" not in by_text("Lundy said he would not comment on the report.", gaz)
    assert not by_text("A river otter was seen near the pond on Tuesday.", gaz)
