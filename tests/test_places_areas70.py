"""Places, areas70: rivers, lakes, dams, peaks, ranges, regions, islands, passes, parks and spits of Africa, the Middle
East, Central, South and South-East Asia, Latin America and Eastern Europe that news names and the gazetteer lacked
(`geo/data/areas.tsv`); a town sharing a feature's name keeps its reading where the text means the town. Our own
sentences."""

from __future__ import annotations

from conftest import by_text, in_country_near


def test_rivers_at_their_mouths(gaz):
    sobat = by_text("Aid workers said the swollen Sobat River had cut the road to Malakal for weeks.", gaz)
    in_country_near(sobat["Sobat River"], "SS", (9.38, 31.54), within=5)
    assert sobat["Sobat River"].feature_code == "STM"
    derna = by_text("Rescuers were still searching Wadi Derna a week after the two dams burst upstream.", gaz)
    in_country_near(derna["Wadi Derna"], "LY", (32.77, 22.64), within=5)
    gaza = by_text("Displaced families fled south across Wadi Gaza as the shelling went on, witnesses said.", gaz)
    in_country_near(gaza["Wadi Gaza"], "PS", (31.46, 34.37), within=5)
    # A border river has no country of its own: its mouth.
    border = by_text("Rafts ferried goods and people over the Suchiate River between Tecun Uman and Ciudad "
                     "Hidalgo.", gaz)
    river = border["Suchiate River"]
    assert river.feature_code == "STM" and abs(river.lat - 14.53) < 0.1 and abs(river.lon + 92.23) < 0.1


def test_lakes_and_dams(gaz):
    lake = by_text("Scientists began draining gas from the bottom of Lake Nyos to prevent another disaster.", gaz)
    in_country_near(lake["Lake Nyos"], "CM", (6.44, 10.30), within=5)
    dam = by_text("Sluice gates at the Hirakud Dam were opened after days of heavy rain in western Odisha.", gaz)
    in_country_near(dam["Hirakud Dam"], "IN", (21.57, 83.87), within=5)
    rogun = by_text("Work on the Rogun Dam has angered farmers downstream in Uzbekistan.", gaz)
    in_country_near(rogun["Rogun Dam"], "TJ", (38.73, 69.82), within=5)


def test_volcanoes_and_peaks(gaz):
    quake = by_text("Hundreds of small quakes shook the area around Mount Fentale, Ethiopian scientists said.", gaz)
    in_country_near(quake["Mount Fentale"], "ET", (8.97, 39.93), within=5)
    ash = by_text("Families living under Mount Kelud were evacuated as the volcano rumbled.", gaz)
    in_country_near(ash["Mount Kelud"], "ID", (-7.93, 112.31), within=5)
    climb = by_text("Two climbers went missing on Broad Peak after a storm, a Pakistani tour operator said.", gaz)
    in_country_near(climb["Broad Peak"], "PK", (35.81, 76.57), within=5)


def test_named_regions_and_ranges(gaz):
    drought = by_text("Cotton growers in Marathwada and Vidarbha are facing a fourth dry year.", gaz)
    in_country_near(drought["Marathwada"], "IN", (19.00, 76.30), within=10)
    in_country_near(drought["Vidarbha"], "IN", (20.60, 78.30), within=10)
    war = by_text("Ethnic rebels took more towns in Kokang, close to the frontier with China.", gaz)
    in_country_near(war["Kokang"], "MM", (23.70, 98.75), within=10)
    hunt = by_text("Airstrikes hit hideouts in the Hamrin Mountains, Iraq's army said.", gaz)
    in_country_near(hunt["Hamrin Mountains"], "IQ", (34.45, 44.40), within=10)


def test_islands_and_seas(gaz):
    storm = by_text("Thousands sheltered in cyclone centres on Bhola Island as the storm made landfall.", gaz)
    in_country_near(storm["Bhola Island"], "BD", (22.35, 90.70), within=10)
    navy = by_text("Residents of Vieques marked twenty years since the last bombing drills on the island.", gaz)
    in_country_near(navy["Vieques"], "PR", (18.12, -65.42), within=10)
    boat = by_text("A boat carrying 50 migrants capsized in the Libyan Sea, Greek coastguards said.", gaz)
    sea = boat["Libyan Sea"]
    assert sea.feature_code == "SEA" and abs(sea.lat - 34.5) < 0.5 and abs(sea.lon - 24.0) < 0.5


def test_passes_parks_and_sites(gaz):
    border = by_text("Lorries queued at the Khunjerab Pass as the border reopened for the summer.", gaz)
    assert border["Khunjerab Pass"].feature_code == "RGN"
    assert abs(border["Khunjerab Pass"].lat - 36.85) < 0.1
    park = by_text("Poachers shot two rangers inside Pendjari National Park, Benin's government said.", gaz)
    in_country_near(park["Pendjari National Park"], "BJ", (11.20, 1.50), within=10)
    cave = by_text("Divers mapped the flooded chambers of Tham Luang cave for the rescue.", gaz)
    in_country_near(cave["Tham Luang"], "TH", (20.38, 99.87), within=5)


def test_eastern_europe_and_latin_america(gaz):
    spit = by_text("Special forces raided Russian positions on the Kinburn Spit overnight.", gaz)
    in_country_near(spit["Kinburn Spit"], "UA", (46.56, 31.52), within=5)
    gorge = by_text("Police searched villages of the Pankisi Gorge for the suspects.", gaz)
    in_country_near(gorge["Pankisi Gorge"], "GE", (42.22, 45.27), within=10)
    lake = by_text("Fish died by the thousands in Lake Yojoa, environmental officials said.", gaz)
    in_country_near(lake["Lake Yojoa"], "HN", (14.87, -87.98), within=5)
    canyon = by_text("Drought hit Raramuri farmers in the Copper Canyon, Chihuahua officials said.", gaz)
    in_country_near(canyon["Copper Canyon"], "MX", (27.50, -107.60), within=10)


def test_a_town_named_like_a_feature_keeps_its_reading(gaz):
    town = by_text("A tornado tore the roof off a school in Mount Carmel, Illinois, on Sunday.", gaz)
    assert town["Mount Carmel"].country_code == "US" and town["Mount Carmel"].feature_class == "P"
    # Israel's ridge where the text means it.
    fire = by_text("A wildfire spread across Mount Carmel south of Haifa on Thursday.", gaz)
    in_country_near(fire["Mount Carmel"], "IL", (32.73, 35.05), within=5)
    texas = by_text("Hail damaged cars in Copper Canyon, Texas, north of Dallas.", gaz)
    assert texas["Copper Canyon"].country_code == "US" and texas["Copper Canyon"].feature_class == "P"
    # The Nigerian town, not the Nepali valley (whose bare name is no alias).
    raid = by_text("Gunmen killed nine people in Langtang, Plateau State, police said.", gaz)
    assert raid["Langtang"].country_code == "NG" and raid["Langtang"].feature_class == "P"
    # Bhola and Sagar stay towns without their kind word.
    assert by_text("Police in Bhola arrested the ferry's owner.", gaz)["Bhola"].feature_class == "P"
    sagar = by_text("Heavy rain flooded roads in Sagar, Madhya Pradesh, on Monday.", gaz)
    assert sagar["Sagar"].country_code == "IN" and sagar["Sagar"].feature_class == "P"
