"""Places, areas68: loughs, lochs, peaks, ranges, moors, rivers, lakes, parks and named regions that local and regional
news names and the gazetteer lacked (`geo/data/areas.tsv`); a town or a person sharing a feature's name keeps its
reading. Our own sentences."""

from __future__ import annotations

from conftest import by_text, in_country_near


def test_irish_loughs_peaks_and_rivers_named_bare(gaz):
    loughs = by_text("Boat hire was suspended on Lough Conn and Lough Mask as water levels dropped in Mayo.", gaz)
    in_country_near(loughs["Lough Conn"], "IE", (54.01, -9.26), within=10)
    in_country_near(loughs["Lough Mask"], "IE", (53.62, -9.37), within=10)
    climb = by_text("Wardens closed the path up Croagh Patrick after a pilgrim broke an ankle near Westport.", gaz)
    in_country_near(climb["Croagh Patrick"], "IE", (53.76, -9.66), within=5)
    rivers = by_text("The Suir and the Nore both burst their banks overnight, Kilkenny council said.", gaz)
    in_country_near(rivers["Suir"], "IE", (52.27, -7.00), within=10)
    in_country_near(rivers["Nore"], "IE", (52.41, -6.95), within=10)


def test_british_peaks_lochs_moors_and_rivers(gaz):
    rescue = by_text("A mountain rescue team brought an injured climber down from Ben Nevis in the dark.", gaz)
    in_country_near(rescue["Ben Nevis"], "GB", (56.80, -5.00), within=5)
    divers = by_text("Police divers searched Loch Lomond after a small boat overturned near Balloch.", gaz)
    in_country_near(divers["Loch Lomond"], "GB", (56.08, -4.60), within=15)
    fire = by_text("Firefighters spent a week on the blaze on Saddleworth Moor above Oldham.", gaz)
    in_country_near(fire["Saddleworth Moor"], "GB", (53.53, -1.95), within=10)
    flood = by_text("Homes in Yarm were evacuated as the Tees rose a metre in six hours.", gaz)
    in_country_near(flood["Tees"], "GB", (54.64, -1.15), within=10)


def test_ranges_of_ireland_britain_and_new_zealand_by_their_short_names(gaz):
    walkers = by_text("Two walkers were found safe in the Mournes after a night out in the fog.", gaz)
    in_country_near(walkers["Mournes"], "GB", (54.17, -6.00), within=15)
    snow = by_text("Snow gates were shut on roads over the Cairngorms and the Pennines on Tuesday.", gaz)
    in_country_near(snow["Cairngorms"], "GB", (57.08, -3.65), within=15)
    in_country_near(snow["Pennines"], "GB", (54.40, -2.20), within=25)
    tramper = by_text("A tramper missing in the Tararuas was found alive, New Zealand police said.", gaz)
    in_country_near(tramper["Tararuas"], "NZ", (-40.75, 175.40), within=15)


def test_australian_and_new_zealand_rivers_lakes_and_regions(gaz):
    perth = by_text("A dolphin was seen far up the Swan River, Perth wildlife officers said.", gaz)
    in_country_near(perth["Swan River"], "AU", (-32.06, 115.74), within=10)
    drought = by_text("Graziers on the Darling Downs said it was the driest winter they could remember.", gaz)
    in_country_near(drought["Darling Downs"], "AU", (-27.50, 151.50), within=25)
    fires = by_text("Crews held the bushfire in the Dandenongs overnight, Victoria's fire service said.", gaz)
    in_country_near(fires["Dandenongs"], "AU", (-37.85, 145.35), within=10)
    lake = by_text("A jet boat capsized on Lake Wakatipu near Queenstown on Sunday.", gaz)
    in_country_near(lake["Lake Wakatipu"], "NZ", (-45.05, 168.55), within=15)


def test_canadian_and_american_rivers_ranges_and_parks(gaz):
    calgary = by_text("The Bow River and the Elbow River both peaked in Calgary on Friday morning.", gaz)
    in_country_near(calgary["Elbow River"], "CA", (51.045, -114.05), within=10)
    jasper = by_text("Fire crews in Jasper National Park said the wildfire had reached the townsite.", gaz)
    in_country_near(jasper["Jasper National Park"], "CA", (52.87, -117.95), within=15)
    smoke = by_text("Smoke from fires in the Catskills drifted over the Hudson Valley.", gaz)
    in_country_near(smoke["Catskills"], "US", (42.10, -74.30), within=15)
    floods = by_text("Floodwater swept campers away in the Hill Country of Texas after a night of rain.", gaz)
    in_country_near(floods["Hill Country"], "US", (30.30, -98.80), within=25)


def test_south_african_regions_named_without_a_kind_word(gaz):
    route = by_text("Fires along the Garden Route forced hundreds of families out of homes near Knysna.", gaz)
    in_country_near(route["Garden Route"], "ZA", (-34.00, 22.90), within=25)
    coast = by_text("Heavy swells battered the Wild Coast as the storm moved up from East London.", gaz)
    in_country_near(coast["Wild Coast"], "ZA", (-31.85, 29.30), within=25)
    dam = by_text("Theewaterskloof Dam fell to 12 percent, the lowest level Cape Town has recorded.", gaz)
    in_country_near(dam["Theewaterskloof Dam"], "ZA", (-34.07, 19.28), within=10)


def test_south_asian_rivers_that_flood_news_names_bare(gaz):
    sylhet = by_text("The Surma and the Kushiyara rose above danger levels, flooding villages around Sylhet.", gaz)
    in_country_near(sylhet["Surma"], "BD", (24.58, 91.23), within=10)
    in_country_near(sylhet["Kushiyara"], "BD", (24.58, 91.23), within=10)
    india = by_text("The Ghaghara and the Gomti were in spate after a week of rain in Uttar Pradesh.", gaz)
    in_country_near(india["Ghaghara"], "IN", (25.74, 84.72), within=15)
    in_country_near(india["Gomti"], "IN", (25.50, 83.17), within=10)
    nepal = by_text("Two buses were swept into the Trishuli by a landslide on the highway to Chitwan.", gaz)
    in_country_near(nepal["Trishuli"], "NP", (27.74, 84.43), within=10)


def test_peaks_and_lakes_of_africa_and_sri_lanka(gaz):
    malawi = by_text("Mudslides off Mount Mulanje buried homes in southern Malawi after the cyclone.", gaz)
    in_country_near(malawi["Mount Mulanje"], "MW", (-15.95, 35.63), within=10)
    peak = by_text("Thousands of pilgrims climbed Adam's Peak as the pilgrimage season opened, Sri Lankan police "
                   "said.", gaz)
    in_country_near(peak["Adam's Peak"], "LK", (6.81, 80.50), within=5)
    kenya = by_text("Rangers tracked the herd through the Aberdares, the Kenya Wildlife Service said.", gaz)
    in_country_near(kenya["Aberdares"], "KE", (-0.40, 36.70), within=15)


def test_a_town_or_a_person_of_a_features_name_keeps_its_reading(gaz):
    # Moy, County Tyrone, is a village; the River Moy has no bare alias (Moy is a surname).
    village = by_text("Police closed the square in Moy, County Tyrone, after a car crashed into a shop.", gaz)
    assert village["Moy"].country_code == "GB" and village["Moy"].feature_class == "P"
    person = by_text("Councillor Sean Moy said the river had risen a metre in County Mayo.", gaz)
    assert "Moy" not in person or person["Moy"].feature_code != "STM"
    # A small town of Manitoba and a town of Virginia with a qualifier keep their readings.
    manitoba = by_text("The mayor of Swan River, Manitoba, asked the province for flood aid on Monday.", gaz)
    assert manitoba["Swan River"].country_code == "CA" and manitoba["Swan River"].feature_class == "P"
    virginia = by_text("Residents of Loch Lomond, Virginia, were asked to conserve water this week.", gaz)
    assert virginia["Loch Lomond"].country_code == "US" and virginia["Loch Lomond"].feature_class == "P"
    # Montreal's Snowdon (32,000 people) keeps the bare name; the Welsh peak is Mount Snowdon.
    montreal = by_text("A metro station in Snowdon, Montreal, was closed after a fire.", gaz)
    assert montreal["Snowdon"].country_code == "CA"
    wales = by_text("A walker died on Mount Snowdon in north Wales on Saturday.", gaz)
    in_country_near(wales["Mount Snowdon"], "GB", (53.07, -4.08), within=5)
