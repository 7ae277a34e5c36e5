"""Places, areas86: rivers, barrages, dams, lakes, forests, valleys, parks and historic or informal regions that national
and regional news of South Asia and of East, West and Southern Africa names (`geo/data/areas.tsv`); a town or a person
sharing a feature's name keeps its reading. Our own sentences."""

from __future__ import annotations

from conftest import by_text, in_country_near


def test_pakistans_barrages_passes_and_streams(gaz):
    flood = by_text("All the gates of the Sukkur Barrage were raised as the flood wave moved down the Indus, "
                    "Sindh's irrigation department said.", gaz)
    in_country_near(flood["Sukkur Barrage"], "PK", (27.68, 68.85), within=10)
    camps = by_text("Families camped on embankments near the Taunsa Barrage in Dera Ghazi Khan.", gaz)
    in_country_near(camps["Taunsa Barrage"], "PK", (30.51, 70.85), within=10)
    rain = by_text("Water in Nullah Lai rose by 20 feet in Rawalpindi overnight, and troops were called in.", gaz)
    in_country_near(rain["Nullah Lai"], "PK", (33.57, 73.07), within=10)
    train = by_text("Gunmen stopped a passenger train in the Bolan Pass, Balochistan officials said.", gaz)
    in_country_near(train["Bolan Pass"], "PK", (29.80, 67.35), within=10)


def test_indias_rivers_dams_and_barrages(gaz):
    kolhapur = by_text("Roads into Kolhapur were shut as the Panchganga rose above its danger mark.", gaz)
    in_country_near(kolhapur["Panchganga"], "IN", (16.69, 74.60), within=10)
    pune = by_text("Discharge from the Khadakwasla Dam flooded homes along the Mutha River in Pune.", gaz)
    in_country_near(pune["Khadakwasla Dam"], "IN", (18.44, 73.77), within=10)
    in_country_near(pune["Mutha River"], "IN", (18.53, 73.86), within=10)
    delhi = by_text("Haryana released more water from the Hathnikund Barrage, and the Yamuna rose in Delhi.", gaz)
    in_country_near(delhi["Hathnikund Barrage"], "IN", (30.32, 77.58), within=10)
    delta = by_text("Farmers in the Cauvery Delta waited as the Mettur Dam was opened for irrigation.", gaz)
    in_country_near(delta["Mettur Dam"], "IN", (11.80, 77.80), within=10)
    assert delta["Cauvery Delta"].country_code == "IN"


def test_indias_historic_and_informal_regions(gaz):
    vote = by_text("The party lost seats in Awadh and Purvanchal but held Rohilkhand, results showed.", gaz)
    in_country_near(vote["Awadh"], "IN", (26.80, 81.50), within=10)
    in_country_near(vote["Purvanchal"], "IN", (26.50, 83.00), within=10)
    riots = by_text("Internet services were suspended across Mewat after clashes, Haryana officials said.", gaz)
    in_country_near(riots["Mewat"], "IN", (28.00, 77.00), within=10)
    manipur = by_text("Curfew was imposed in the Imphal Valley as protests spread across Manipur.", gaz)
    in_country_near(manipur["Imphal Valley"], "IN", (24.75, 93.95), within=10)
    punjab = by_text("Paddy growers in Doaba and Majha complained of a shortage of labour in Punjab.", gaz)
    assert punjab["Doaba"].country_code == "IN" and punjab["Majha"].country_code == "IN"


def test_bangladesh_and_nepal_rivers_and_lakes(gaz):
    dhaka = by_text("Tanneries dumped waste into the Buriganga for decades, Dhaka's river activists said.", gaz)
    in_country_near(dhaka["Buriganga"], "BD", (23.62, 90.47), within=10)
    ferry = by_text("A launch capsized in the Shitalakshya River near Narayanganj on Sunday.", gaz)
    in_country_near(ferry["Shitalakshya River"], "BD", (23.56, 90.53), within=10)
    bus = by_text("A bus plunged into the Marsyangdi in Tanahun district, Nepal Police said.", gaz)
    in_country_near(bus["Marsyangdi"], "NP", (27.86, 84.56), within=10)
    floods = by_text("Floods in the Melamchi River buried houses in Sindhupalchok, Nepal.", gaz)
    in_country_near(floods["Melamchi River"], "NP", (27.83, 85.57), within=10)
    lake = by_text("Domestic tourists flew to Rara Lake in Mugu district of western Nepal.", gaz)
    in_country_near(lake["Rara Lake"], "NP", (29.53, 82.08), within=10)


def test_sri_lankas_rivers_and_the_vanni(gaz):
    south = by_text("The Nilwala River overflowed into Matara, Sri Lanka's disaster centre said.", gaz)
    in_country_near(south["Nilwala River"], "LK", (5.94, 80.54), within=10)
    war = by_text("Tens of thousands of civilians were trapped in the Vanni as the Sri Lankan army advanced.", gaz)
    in_country_near(war["Vanni"], "LK", (9.00, 80.40), within=10)
    rains = by_text("The Walawe burst its banks near Ambalantota in southern Sri Lanka.", gaz)
    in_country_near(rains["Walawe"], "LK", (6.11, 81.02), within=10)


def test_east_africas_dams_rivers_and_regions(gaz):
    kenya = by_text("The Masinga Dam spilled over, and Kenya's government told villagers downstream to move.", gaz)
    in_country_near(kenya["Masinga Dam"], "KE", (-0.89, 37.60), within=10)
    delta = by_text("Clashes between herders and farmers left 30 dead in the Tana Delta, Kenyan police said.", gaz)
    in_country_near(delta["Tana Delta"], "KE", (-2.50, 40.30), within=10)
    dar = by_text("Families living along the Msimbazi River in Dar es Salaam were moved to higher ground.", gaz)
    in_country_near(dar["Msimbazi River"], "TZ", (-6.81, 39.29), within=10)
    ethiopia = by_text("Gunmen killed civilians in Wollega, and fighting also flared in Wollo, Ethiopian officials "
                       "said.", gaz)
    in_country_near(ethiopia["Wollega"], "ET", (9.00, 35.80), within=10)
    in_country_near(ethiopia["Wollo"], "ET", (11.50, 39.50), within=10)
    disputed = by_text("Tigray's leaders demanded that Amhara forces leave Welkait.", gaz)
    assert disputed["Welkait"].country_code == "ET"


def test_west_and_southern_africas_dams_rivers_and_regions(gaz):
    borno = by_text("Water from the collapsed Alau Dam submerged much of Maiduguri on Tuesday.", gaz)
    in_country_near(borno["Alau Dam"], "NG", (11.73, 13.27), within=10)
    kaduna = by_text("Gunmen attacked two villages in Southern Kaduna overnight, Nigerian police said.", gaz)
    in_country_near(kaduna["Southern Kaduna"], "NG", (9.70, 8.20), within=10)
    accra = by_text("The Odaw River overflowed after a night of rain in Accra, Ghana's disaster agency said.", gaz)
    in_country_near(accra["Odaw River"], "GH", (5.53, -0.22), within=10)
    zambia = by_text("Police arrested Barotseland activists in Mongu, western Zambia.", gaz)
    in_country_near(zambia["Barotseland"], "ZM", (-15.50, 23.50), within=10)
    malawi = by_text("Floods in the Lower Shire displaced thousands of people in Nsanje and Chikwawa, Malawi.", gaz)
    in_country_near(malawi["Lower Shire"], "MW", (-16.50, 35.00), within=10)
    cabo = by_text("Insurgents burned villages along the Messalo River in Cabo Delgado, Mozambique.", gaz)
    in_country_near(cabo["Messalo River"], "MZ", (-11.60, 40.45), within=10)


def test_a_town_or_a_person_named_like_a_feature_keeps_its_reading(gaz):
    # Doaba, the region of Indian Punjab, leaves Pakistan's town of that name its reading where the text means it.
    town = by_text("A bomb went off in a market in Doaba, a town in Hangu district of Khyber Pakhtunkhwa.", gaz)
    assert town["Doaba"].country_code == "PK" and town["Doaba"].feature_class == "P"
    # The river has no bare name here: the town of Melamchi stays the town.
    melamchi = by_text("Police searched a hotel in Melamchi, Sindhupalchok, Nepal.", gaz)
    assert melamchi["Melamchi"].country_code == "NP" and melamchi["Melamchi"].feature_class == "P"
    # Mahi is a first name: only "Mahi River" is the river.
    assert "Mahi" not in by_text("Mahi Gill said she would be back in Mumbai next week.", gaz)
    # The town of Massingir beside its dam keeps its own point.
    dam = by_text("A farmer in Massingir said the Massingir Dam was full after the rains.", gaz)
    assert dam["Massingir"].feature_class == "P"
    in_country_near(dam["Massingir Dam"], "MZ", (-23.86, 32.15), within=10)
    # Delhi's Okhla quarter and the barrage are two places.
    delhi = by_text("A wall collapsed in Okhla, and water was released from the Okhla Barrage, Delhi police said.", gaz)
    assert delhi["Okhla"].feature_class == "P"
    assert delhi["Okhla Barrage"].feature_code == "RGN"
