"""Places, areas87: volcanoes, rivers, lakes, dams, valleys, islands, parks and informal regions that national and
regional news of Central America, the Andes, the Caribbean and Southeast Asia names (`geo/data/areas.tsv`); a town
sharing a feature's name keeps its reading where the text means the town. Our own sentences."""

from __future__ import annotations

from conftest import by_text, in_country_near


def test_central_americas_volcanoes_and_lakes(gaz):
    agua = by_text("Ash from the Volcán de Agua dusted the rooftops of Antigua Guatemala on Monday.", gaz)
    in_country_near(agua["Volcán de Agua"], "GT", (14.47, -90.74), within=10)
    chinandega = by_text("Nicaraguan authorities said the San Cristóbal Volcano in Chinandega blew out a column of "
                         "gas.", gaz)
    in_country_near(chinandega["San Cristóbal Volcano"], "NI", (12.70, -87.00), within=10)
    lake = by_text("The water of Lake Coatepeque turned turquoise again, El Salvador's environment ministry said.",
                   gaz)
    in_country_near(lake["Lake Coatepeque"], "SV", (13.87, -89.55), within=10)
    vieja = by_text("Park rangers evacuated hikers after the Rincón de la Vieja Volcano erupted in Guanacaste, "
                    "Costa Rica.", gaz)
    in_country_near(vieja["Rincón de la Vieja Volcano"], "CR", (10.83, -85.32), within=10)


def test_central_americas_rivers_valleys_parks_and_canal(gaz):
    floods = by_text("The Chamelecón River rose overnight and water covered the Sula Valley, Honduran officials said.",
                     gaz)
    in_country_near(floods["Chamelecón River"], "HN", (15.87, -87.83), within=10)
    in_country_near(floods["Sula Valley"], "HN", (15.45, -87.90), within=10)
    canal = by_text("Ships waited at the Gatun Locks as Lake Alajuela dropped to a record low, Panama's canal "
                    "authority said.", gaz)
    in_country_near(canal["Gatun Locks"], "PA", (9.27, -79.92), within=10)
    in_country_near(canal["Lake Alajuela"], "PA", (9.25, -79.55), within=10)
    fires = by_text("Ranchers set fires inside the Laguna del Tigre National Park in Petén, Guatemala.", gaz)
    in_country_near(fires["Laguna del Tigre National Park"], "GT", (17.45, -90.75), within=10)


def test_colombias_and_ecuadors_regions_rivers_and_islands(gaz):
    mojana = by_text("Floodwater has covered farms in La Mojana for months, Colombia's disaster agency said.", gaz)
    in_country_near(mojana["La Mojana"], "CO", (8.60, -74.50), within=10)
    cauca = by_text("Clashes between armed groups in Bajo Cauca drove hundreds of families from their villages in "
                    "Antioquia.", gaz)
    in_country_near(cauca["Bajo Cauca"], "CO", (7.80, -75.20), within=10)
    spill = by_text("Crude from a broken pipeline reached the Esmeraldas River, Ecuador's environment ministry "
                    "said.", gaz)
    in_country_near(spill["Esmeraldas River"], "EC", (0.98, -79.65), within=10)
    lava = by_text("Lava from La Cumbre reached the coast of Fernandina Island in the Galápagos, Ecuador's park "
                   "service said.", gaz)
    in_country_near(lava["Fernandina Island"], "EC", (-0.37, -91.55), within=10)


def test_peru_and_bolivias_volcanoes_mines_rivers_and_regions(gaz):
    ubinas = by_text("Ubinas, one of Peru's most active volcanoes, covered villages in Moquegua with ash.", gaz)
    in_country_near(ubinas["Ubinas"], "PE", (-16.36, -70.90), within=10)
    assert ubinas["Ubinas"].feature_code == "MT"  # the volcano, not its village of 500 people
    mine = by_text("Villagers blocked the road to the Las Bambas copper mine in Apurímac, Peruvian police said.",
                   gaz)
    in_country_near(mine["Las Bambas"], "PE", (-14.08, -72.32), within=10)
    coca = by_text("Coca growers in the Chapare rejected the government's plan, Bolivian media reported.", gaz)
    in_country_near(coca["Chapare"], "BO", (-16.95, -65.45), within=10)
    march = by_text("Indigenous marchers from the TIPNIS reached La Paz after five weeks on the road.", gaz)
    in_country_near(march["TIPNIS"], "BO", (-15.90, -65.50), within=10)
    river = by_text("The Mamoré River rose above its banks near Trinidad, in Bolivia's Beni department.", gaz)
    in_country_near(river["Mamoré River"], "BO", (-10.38, -65.39), within=10)


def test_caribbean_valleys_ranges_islands_and_harbours(gaz):
    cuba = by_text("The storm tore roofs off tobacco barns in the Viñales Valley, Cuban state media said.", gaz)
    in_country_near(cuba["Viñales Valley"], "CU", (22.63, -83.72), within=10)
    haiti = by_text("Landslides cut off villages in the Massif de la Hotte, Haiti's civil protection agency said.",
                    gaz)
    in_country_near(haiti["Massif de la Hotte"], "HT", (18.40, -74.00), within=10)
    boat = by_text("The Dominican navy rescued 40 migrants whose boat capsized off Saona Island.", gaz)
    in_country_near(boat["Saona Island"], "DO", (18.16, -68.70), within=10)
    spill = by_text("Raw sewage flowed into Kingston Harbour after a pump failed, Jamaica's water agency said.", gaz)
    in_country_near(spill["Kingston Harbour"], "JM", (17.95, -76.80), within=10)
    storm = by_text("Power was cut across Grand Cayman and Cayman Brac as the hurricane passed.", gaz)
    in_country_near(storm["Grand Cayman"], "KY", (19.32, -81.25), within=10)
    in_country_near(storm["Cayman Brac"], "KY", (19.72, -79.80), within=10)


def test_philippine_dams_islands_rivers_and_mountains(gaz):
    dam = by_text("The water level of the La Mesa Dam fell below its critical mark, Manila's water regulator "
                  "said.", gaz)
    in_country_near(dam["La Mesa Dam"], "PH", (14.71, 121.08), within=10)
    ferry = by_text("A cargo ship ran aground off Calayan Island, north of Luzon, the Philippine coast guard said.",
                    gaz)
    in_country_near(ferry["Calayan Island"], "PH", (19.30, 121.45), within=10)
    naga = by_text("The Bicol River spilled into low-lying villages around Naga City in Camarines Sur.", gaz)
    in_country_near(naga["Bicol River"], "PH", (13.76, 123.06), within=10)
    rebels = by_text("Soldiers clashed with communist rebels on the slopes of Mount Banahaw in Quezon province.", gaz)
    in_country_near(rebels["Mount Banahaw"], "PH", (14.07, 121.49), within=10)


def test_indonesian_volcanoes_rivers_lakes_and_islands(gaz):
    quake = by_text("Mount Soputan spewed ash two kilometres high, Indonesia's volcanology agency said.", gaz)
    in_country_near(quake["Mount Soputan"], "ID", (1.11, 124.73), within=10)
    bandung = by_text("Visitors were kept away from Tangkuban Perahu after a small eruption north of Bandung.", gaz)
    in_country_near(bandung["Tangkuban Perahu"], "ID", (-6.77, 107.60), within=10)
    floods = by_text("The Cisadane River overflowed into housing estates in Tangerang, Indonesian officials said.",
                     gaz)
    in_country_near(floods["Cisadane River"], "ID", (-6.00, 106.66), within=10)
    lake = by_text("Houses on stilts around Lake Tempe were flooded again in Wajo, South Sulawesi.", gaz)
    in_country_near(lake["Lake Tempe"], "ID", (-4.08, 119.95), within=10)
    ferry = by_text("A speedboat caught fire off the Kepulauan Seribu, north of Jakarta, police said.", gaz)
    in_country_near(ferry["Kepulauan Seribu"], "ID", (-5.60, 106.55), within=10)


def test_malaysia_vietnam_and_thailands_rivers_valleys_lakes_and_dams(gaz):
    kl = by_text("Flash floods across the Klang Valley trapped motorists in Kuala Lumpur on Friday.", gaz)
    in_country_near(kl["Klang Valley"], "MY", (3.10, 101.60), within=10)
    border = by_text("The Golok River burst its banks at Rantau Panjang, Kelantan officials said.", gaz)
    river = border["Golok River"]
    assert river.feature_code == "STM" and abs(river.lat - 6.23) < 0.1 and abs(river.lon - 102.09) < 0.1
    bien_hoa = by_text("The Đồng Nai River flooded riverside homes in Bien Hoa, Vietnamese media reported.", gaz)
    in_country_near(bien_hoa["Đồng Nai River"], "VN", (10.73, 106.76), within=10)
    hanoi = by_text("Crowds gathered around Hoan Kiem Lake in Hanoi to watch the fireworks.", gaz)
    in_country_near(hanoi["Hoan Kiem Lake"], "VN", (21.03, 105.85), within=10)
    thai = by_text("The Sirikit Dam released more water, and the Tha Chin River rose in Samut Sakhon, Thailand.", gaz)
    in_country_near(thai["Sirikit Dam"], "TH", (17.76, 100.56), within=10)
    in_country_near(thai["Tha Chin River"], "TH", (13.52, 100.27), within=10)


def test_a_town_or_another_feature_of_the_name_keeps_its_reading(gaz):
    # The island has no bare name here: the town of Pangkor stays the town.
    town = by_text("Police searched a house in Pangkor, Perak, on Sunday.", gaz)
    assert town["Pangkor"].country_code == "MY" and town["Pangkor"].feature_class == "P"
    island = by_text("Two divers went missing off Pangkor Island, Malaysia's maritime agency said.", gaz)
    in_country_near(island["Pangkor Island"], "MY", (4.22, 100.56), within=10)
    # Guatemala's Maya site leaves Mexico's villages of the name their reading.
    village = by_text("Gunmen attacked a family in El Mirador, a village in Jalisco, Mexico.", gaz)
    assert village["El Mirador"].country_code == "MX" and village["El Mirador"].feature_class == "P"
    # Costa Rica's Central Valley where the text says so; California's stays California's.
    costa = by_text("Schools across Costa Rica's Central Valley closed after the earthquake.", gaz)
    in_country_near(costa["Central Valley"], "CR", (9.95, -84.10), within=10)
    valley = by_text("Almond growers in California's Central Valley said their water would be cut.", gaz)
    assert valley["Central Valley"].country_code == "US"
    # The river has no bare name: Ecuador's town of Daule stays the town.
    daule = by_text("Police arrested three men in Daule, in Ecuador's Guayas province.", gaz)
    assert daule["Daule"].country_code == "EC" and daule["Daule"].feature_class == "P"
