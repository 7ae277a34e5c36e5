"""Places, areas76: rivers, lakes, dams, volcanoes, parks, islands, straits and named regions of Africa, the Middle
East, Asia, Russia and Ukraine, continental Europe, Latin America and the Pacific that international news names and
the gazetteer lacked (`geo/data/areas.tsv`); a town, province or person sharing a name keeps its reading. Our own
sentences."""

from __future__ import annotations

from conftest import by_text, in_country_near


def test_rivers_at_their_mouths(gaz):
    floods = by_text("Cyclone rains swelled the Save River and the Incomati River, Mozambique's disaster agency said "
                     "on Tuesday.", gaz)
    in_country_near(floods["Save River"], "MZ", (-20.98, 35.05))
    in_country_near(floods["Incomati River"], "MZ", (-25.82, 32.70))
    bengal = by_text("Floodwater from the Damodar River swamped villages in West Bengal.", gaz)
    in_country_near(bengal["Damodar River"], "IN", (22.20, 88.10))
    # A river of three countries keeps no country of its own: its point is its mouth near Asuncion.
    dry = by_text("Bolivian ranchers said the Pilcomayo River had dried up south of Villamontes.", gaz)
    assert dry["Pilcomayo River"].feature_code == "STM" and abs(dry["Pilcomayo River"].lat + 25.35) < 0.2


def test_volcanoes(gaz):
    ash = by_text("Ash from Mount Lewotolok closed schools across Lembata, Indonesian officials said.", gaz)
    in_country_near(ash["Mount Lewotolok"], "ID", (-8.27, 123.51))
    alert = by_text("Ecuador raised the alert level at Cotopaxi Volcano and told residents of Latacunga to prepare "
                    "to leave.", gaz)
    in_country_near(alert["Cotopaxi Volcano"], "EC", (-0.68, -78.44))
    chile = by_text("Chile raised the alert at Puyehue-Cordón Caulle as tremors shook villages near the Argentine "
                    "border.", gaz)
    in_country_near(chile["Puyehue-Cordón Caulle"], "CL", (-40.59, -72.12))
    png = by_text("Villagers were evacuated from Manam Island as the volcano erupted again, Papua New Guinea "
                  "officials said.", gaz)
    in_country_near(png["Manam Island"], "PG", (-4.08, 145.04))


def test_lakes_dams_and_reservoirs(gaz):
    dam = by_text("Water released from the Lagdo Dam in Cameroon flooded farms along the Benue in Adamawa state, "
                  "Nigerian officials said.", gaz)
    in_country_near(dam["Lagdo Dam"], "CM", (9.05, 13.65))
    fish = by_text("Fishermen on Lake Hawassa found thousands of dead fish, the Sidama regional government said.", gaz)
    in_country_near(fish["Lake Hawassa"], "ET", (7.05, 38.42))
    rufiji = by_text("Tanzania began filling the reservoir behind the Julius Nyerere Dam on the Rufiji, the energy "
                     "ministry said.", gaz)
    in_country_near(rufiji["Julius Nyerere Dam"], "TZ", (-7.80, 37.85))
    beijing = by_text("Beijing opened the Miyun Reservoir sluices after record rain, state media said.", gaz)
    in_country_near(beijing["Miyun Reservoir"], "CN", (40.50, 116.95))


def test_contested_and_lawless_regions(gaz):
    herders = by_text("Turkana and Nyangatom herders clashed in the Ilemi Triangle, Kenyan police said.", gaz)
    assert herders["Ilemi Triangle"].feature_code == "RGN" and abs(herders["Ilemi Triangle"].lat - 4.9) < 0.2
    idlib = by_text("Russian jets struck villages in Jabal al-Zawiya in Idlib province, a monitoring group said.", gaz)
    in_country_near(idlib["Jabal al-Zawiya"], "SY", (35.65, 36.55))
    cartel = by_text("Cartel gunmen blocked roads across Tierra Caliente in Michoacan, state officials said.", gaz)
    in_country_near(cartel["Tierra Caliente"], "MX", (18.70, -101.50))
    coca = by_text("Peruvian troops killed two rebels in the VRAEM, the valley where coca is grown, the army said.",
                   gaz)
    in_country_near(coca["VRAEM"], "PE", (-12.40, -73.90))


def test_islands_and_straits_of_migration_and_standoffs(gaz):
    boat = by_text("A rubber boat carrying 40 migrants reached the Pelagie Islands overnight, the Italian coast "
                   "guard said.", gaz)
    in_country_near(boat["Pelagie Islands"], "IT", (35.60, 12.60))
    aegean = by_text("Turkish drones flew near Kastellorizo, the Greek island off the Turkish coast, Athens said.", gaz)
    in_country_near(aegean["Kastellorizo"], "GR", (36.15, 29.59))
    # A strait between two countries has no country of its own.
    strait = by_text("Police in Singapore stopped a boat crossing the Johor Strait with 12 people on board.", gaz)
    assert strait["Johor Strait"].feature_code == "SEA" and abs(strait["Johor Strait"].lat - 1.45) < 0.1


def test_corridors_wetlands_parks_and_sites(gaz):
    road = by_text("India built a new road through the Siliguri Corridor, the narrow strip that joins the "
                   "north-eastern states to the mainland.", gaz)
    in_country_near(road["Siliguri Corridor"], "IN", (26.70, 88.40))
    paddy = by_text("Floodwater submerged rice fields across Kuttanad in Kerala's Alappuzha district.", gaz)
    in_country_near(paddy["Kuttanad"], "IN", (9.40, 76.40))
    park = by_text("Rangers found three poisoned elephants in Gonarezhou National Park, Zimbabwe's parks agency said.",
                   gaz)
    in_country_near(park["Gonarezhou National Park"], "ZW", (-21.60, 31.80))
    mines = by_text("Gold miners invaded the Yanomami Indigenous Territory in Roraima, Brazilian officials said.", gaz)
    in_country_near(mines["Yanomami Indigenous Territory"], "BR", (2.30, -63.50))
    siege = by_text("Russian forces shelled the Azovstal steel plant in Mariupol for a third day.", gaz)
    in_country_near(siege["Azovstal"], "UA", (47.09, 37.61))


def test_a_town_or_province_of_the_same_name_keeps_its_reading(gaz):
    city = by_text("Protesters marched through Hawassa, the regional capital, on Monday.", gaz)
    assert city["Hawassa"].country_code == "ET" and city["Hawassa"].feature_class == "P"
    town = by_text("Residents of Mingachevir said the city was calm after the drone strike.", gaz)
    assert town["Mingachevir"].country_code == "AZ" and town["Mingachevir"].feature_class == "P"
    province = by_text("Gunmen attacked a police post in Sistan and Baluchestan province, Iranian media said.", gaz)
    assert province["Sistan and Baluchestan province"].feature_code == "ADM1"
    department = by_text("Heavy rain flooded villages in Haute-Saône, French officials said.", gaz)
    assert department["Haute-Saône"].feature_code == "ADM2"
    german = by_text("Officials said a fire broke out in Grasberg, a town in Lower Saxony.", gaz)
    assert german["Grasberg"].country_code == "DE" and german["Grasberg"].feature_class == "P"
    # The mine is Papua's where the text is about it.
    mine = by_text("Freeport halted work at the Grasberg mine in Papua after a mudslide, the company said.", gaz)
    in_country_near(mine["Grasberg"], "ID", (-4.05, 137.12))


def test_a_persons_name_stays_out(gaz):
    # Only "Damodar River" is a row: the bare first name is no place.
    assert "Damodar" not in by_text("Damodar Rao, a farmer in Bihar, said the crop had failed.", gaz)
    river = by_text("Floods along the Saône forced the evacuation of riverside homes in Mâcon.", gaz)
    in_country_near(river["Saône"], "FR", (45.73, 4.82))
