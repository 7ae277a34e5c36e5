"""Places, round 69 (session 38): rivers named bare where a sentence opens with a locative word ("Across the Lena"), by
what they do ("the Padma flows into", "meets the Kali Gandaki"), after "down", "up" and "off"; a county listed among
its country's towns though it is a first name ("Cork, Clare and Donegal"); a firm named after a sea; a town opening a
sentence with where it lies said right after it; streams, canals, lagoons and falls; and the rows of areas38, towns38l,
towns38s, towns38u, towns38e, areas38w, towns38w and towns38we. Sentences of our own."""

from __future__ import annotations

import pytest

from conftest import all_named, by_text, in_country_near


def test_a_river_after_a_capitalised_locative_word_opening_a_sentence(gaz):
    places = by_text("Smoke from fires choked Yakutsk, in Russia's Sakha region. Across the Lena from the city, crews "
                     "cut firebreaks.", gaz)
    assert places["Lena"].feature_code == "STM" and places["Lena"].country_code == "RU"
    # Not a person: "Across the Atlantic, Lena said" has no river of the article's countries named Lena.
    assert "Lena" not in by_text("Across the hall, Lena said nothing.", gaz)


def test_a_river_by_what_it_does(gaz):
    places = by_text("A ferry from Dhaka sank close to where the Padma flows into the Meghna in Bangladesh.", gaz)
    assert places["Padma"].feature_code == "STM" and places["Padma"].country_code == "BD"
    nepal = by_text("Guides in Nepal searched downstream to Devghat, where the Trishuli meets the Kali Gandaki.", gaz)
    assert nepal["Kali Gandaki"].feature_code == "STM" and nepal["Kali Gandaki"].country_code == "NP"
    # Both rivers of "where the X flows into the Y" are found.
    russia = by_text("In Russia the water fell at Blagoveshchensk, where the Zeya flows into the Amur.", gaz)
    assert russia["Amur"].feature_code == "STM"


def test_a_river_after_down_or_off(gaz):
    places = by_text("In Brazil, the floodwater is moving down the Jacui and other rivers toward Porto Alegre.", gaz)
    assert places["Jacui"].feature_class == "H" and places["Jacui"].country_code == "BR"


def test_punjab_rivers_at_their_mouths_in_pakistan(gaz):
    places = by_text("In India's Himachal Pradesh a landslide blocked the road along the Sutlej near Rampur.", gaz)
    in_country_near(places["Sutlej"], "PK", (29.35, 71.05), within=30)
    lahore = by_text("The Ravi, which flows past Lahore in Pakistan, spilled over its banks.", gaz)
    assert lahore["Ravi"].feature_code == "STM"
    # Ravi is a first name: bare and without what a river does, no river.
    assert "Ravi" not in by_text("Ravi said the talks in Lahore went well.", gaz)


def test_a_county_listed_after_a_town_of_its_country(gaz):
    places = by_text("The council in Ireland will weigh the request alongside others from Cork, Clare and Donegal.",
                     gaz)
    assert places["Clare"].country_code == "IE" and places["Clare"].feature_class == "A"
    # A first name still, outside a list of places.
    assert "Clare" not in by_text("Clare said the council in Ireland would decide.", gaz)


def test_the_caspian_alone_and_a_firm_named_after_a_sea(gaz):
    places = by_text("Kazakh crude shipped across the Caspian from Aktau uses the route.", gaz)
    assert places["Caspian"].feature_code == "SEA"
    firm = by_text("The Caspian Pipeline Consortium said exports from Kazakhstan rose.", gaz)
    assert "Caspian" not in firm and "Caspian Pipeline Consortium" not in firm
    assert "Mediterranean" not in by_text("The Mediterranean Shipping Company said rates rose.", gaz)


def test_a_town_opening_a_sentence_with_where_it_lies_after_it(gaz):
    text = ("Fire crews across British Columbia were on alert near Logan Lake. Lytton, about 100 kilometres to the "
            "west, burned in 2021.")
    assert [p.country_code for p in all_named(text, "Lytton", gaz)] == ["CA"]
    kentucky = by_text("Ice closed roads across Kentucky. Mayfield, still rebuilding after the tornado, opened "
                       "shelters.", gaz)
    assert kentucky["Mayfield"].country_code == "US" and kentucky["Mayfield"].admin1 == "KY"
    nz = by_text("Floods hit New Zealand's North Island. Gisborne, which lost its road link to Napier, was cut off.",
                 gaz)
    assert nz["Gisborne"].country_code == "NZ"
    assert "Ford" not in by_text("Ford, which makes cars in Michigan, said sales rose.", gaz)
    # A person's appositive is no place: "Lytton, 45, said".
    assert "Lytton" not in by_text("Fire crews in British Columbia were on alert. Lytton, 45, said she would stay.",
                                   gaz)


CASES = [
    ("Drone debris fell near the Kakhovka Reservoir overnight, officials in Zaporizhzhia said.",
     "Kakhovka Reservoir", "UA", (47.3, 34.3)),
    ("Scientists recorded a new ash plume rising from Ebeko on Thursday, and flights near Paramushir were warned.",
     "Ebeko", "RU", (50.69, 156.01)),
    ("Heavy rain sent the Tom River over its banks in several villages south of Tomsk.",
     "Tom River", "RU", (56.85, 84.47)),
    ("Ferries to Saaremaa were halted as ice built up in Pärnu Bay.",
     "Pärnu Bay", "EE", (58.3, 24.4)),
    ("Tourists were evacuated from the Kolsai Lakes after a mudflow warning in the mountains.",
     "Kolsai Lakes", "KZ", (42.95, 78.33)),
    ("Herders in the Khangai Mountains lost thousands of animals in the harsh winter.",
     "Khangai Mountains", "MN", (47.5, 100.0)),
    ("Fishermen in Seine Bight, on Belize's Placencia peninsula, said the storm surge flooded dozens of homes.",
     "Seine Bight", "BZ", (16.57, -88.36)),
    ("Police in El Salvador said two bodies were found near Comasagua, in the coffee hills of La Libertad department.",
     "Comasagua", "SV", (13.64, -89.38)),
    ("A ferry carrying tourists ran aground near Puerto Edén, a remote fishing village in Chile's Magallanes region.",
     "Puerto Edén", "CL", (-49.13, -74.41)),
    ("Residents of Córrego do Feijão in Minas Gerais, Brazil, marked another anniversary of the dam collapse.",
     "Córrego do Feijão", "BR", (-20.14, -44.12)),
    ("Illegal gold miners were arrested in Laberinto, in Peru's Madre de Dios region, after a week-long operation.",
     "Laberinto", "PE", (-12.72, -69.59)),
    ("Villagers near Attabad, in Pakistan's Gilgit-Baltistan region, fled as the lake rose after days of heavy rain.",
     "Attabad", "PK", (36.325, 74.865)),
    ("Rescue teams reached a landslide site near Jure, in Nepal's Sindhupalchok district, on Tuesday morning.",
     "Jure", "NP", (27.76, 85.88)),
    ("Health officials reported new cholera cases in Thangkhali, one "
     "of the Rohingya camps in Bangladesh's Cox's Bazar district.",
     "Thangkhali", "BD", (21.18, 92.15)),
    ("Flash floods swept away two footbridges in Batseri, in the Kinnaur district of India's Himachal Pradesh.",
     "Batseri", "IN", (31.4, 78.29)),
    ("Rafting was suspended in Kitulgala, Sri Lanka, after the Kelani river burst its banks.",
     "Kitulgala", "LK", (6.99, 80.42)),
    ("Farmers in Gangtey, in Bhutan's Wangdue Phodrang district, said the early snow had damaged potato crops.",
     "Gangtey", "BT", (27.46, 90.18)),
    ("Russian shelling damaged several homes in Dnipriany, on the "
     "occupied left bank of Ukraine's Kherson region, local officials said.",
     "Dnipriany", "UA", (46.765, 33.29)),
    ("Border guards reopened the crossing near Bruzgi, on Belarus's frontier with Poland, after a two-day closure.",
     "Bruzgi", "BY", (53.6, 23.76)),
    ("Tourists were stranded in Dombay, a ski resort in "
     "Russia's Karachay-Cherkessia, after heavy snowfall raised the avalanche risk.",
     "Dombay", "RU", (43.29, 41.63)),
    ("Floodwaters cut off roads in Tamchy, a village on the northern shore of Issyk-Kul in Kyrgyzstan, on Tuesday.",
     "Tamchy", "KG", (42.56, 76.65)),
    ("Wildfires spread across the taiga near Albazino, in "
     "Russia's Amur region, forcing villagers to leave their homes.",
     "Albazino", "RU", (53.38, 124.08)),
    ("Police in Moldova said a truck overturned near Sculeni, a border crossing with Romania in the Ungheni district.",
     "Sculeni", "MD", (47.33, 27.61)),
    ("Rescuers dug through mud in Yambali, a village in "
     "Papua New Guinea's Enga province, after a hillside collapsed overnight.",
     "Yambali", "PG", (-5.39, 143.53)),
    ("Ash from Sinabung forced residents of Gurukinayan in Indonesia's North Sumatra province to flee again on Sunday.",
     "Gurukinayan", "ID", (3.13, 98.38)),
    ("Floodwaters swept through homes in Kantagnos, near Baybay "
     "in the Philippine province of Leyte, burying several families.",
     "Kantagnos", "PH", (10.72, 124.86)),
    ("Search teams in Vietnam's Lao Cai province were still looking "
     "for missing villagers in Làng Nủ after the flash flood.",
     "Làng Nủ", "VN", (22.2, 104.39)),
    ("Hot spring inns in Ginzan Onsen, in Japan's Yamagata prefecture, "
     "asked day-trippers to stay away during the snowy peak season.",
     "Ginzan Onsen", "JP", (38.57, 140.53)),
    ("A landslide blocked the only road to Xinmo, a village in China's Sichuan province, for a second day.",
     "Xinmo", "CN", (32.07, 103.66)),
    ("Crews closed the Snake Pass again on Tuesday after "
     "heavy snow left drivers stranded between Glossop and Sheffield.",
     "Snake Pass", "GB", (53.43, -1.87)),
    ("Rangers warned swimmers away from Hanauma Bay after a sewage spill on Oahu's south shore.",
     "Hanauma Bay", "US", (21.27, -157.69)),
    ("Flood gates on the Bonnet Carré Spillway were opened to ease pressure on the levees upstream of New Orleans.",
     "Bonnet Carré Spillway", "US", (30.01, -90.44)),
    ("A bushfire on Mount Macedon forced residents of nearby villages to leave their homes overnight.",
     "Mount Macedon", "AU", (-37.38, 144.58)),
    ("Ferries to Rottnest Island were cancelled as strong winds battered the Perth coast.",
     "Rottnest Island", "AU", (-32.0, 115.52)),
    ("Walkers were rescued from the Otago Peninsula after becoming lost in fog near Dunedin.",
     "Otago Peninsula", "NZ", (-45.85, 170.65)),
    ("Firefighters contained a grass fire near Cal-Nev-Ari in southern Nevada on Tuesday.",
     "Cal-Nev-Ari", "US", (35.307, -114.883)),
    ("Residents of Little Diomede in Alaska were without fuel deliveries for a week after the storm.",
     "Little Diomede", "US", (65.758, -168.953)),
    ("A lorry overturned near Chapel St Leonards in Lincolnshire, closing the coast road.",
     "Chapel St Leonards", "GB", (53.222, 0.333)),
    ("Gardaí are investigating a burglary in Newtowncunningham, County Donegal.",
     "Newtowncunningham", "IE", (54.998, -7.516)),
    ("Floodwaters cut the only road into Kalkaringi in the Northern Territory.",
     "Kalkaringi", "AU", (-17.44, 130.83)),
    ("Power was restored to homes in Glenorchy, Otago, late on Sunday.",
     "Glenorchy", "NZ", (-44.85, 168.387)),
    ("Firefighters evacuated walkers near Thiepval, in northern France's Somme department, "
     "after a First World War shell was found in a field.",
     "Thiepval", "FR", (50.054, 2.687)),
    ("Two climbers were airlifted from a glacier near Gimmelwald, in Switzerland's Bernese Oberland, on Tuesday.",
     "Gimmelwald", "CH", (46.546, 7.891)),
    ("Police in Germany made several arrests in Rüttenscheid, a district of Essen, after a brawl outside a bar.",
     "Rüttenscheid", "DE", (51.435, 7.005)),
    ("A fire destroyed a beach restaurant in Punta Ala, on the Tuscan coast of Italy, overnight.",
     "Punta Ala", "IT", (42.81, 10.74)),
    ("Heavy rain washed out the footpath near Bulnes, a village in Spain's Asturias region that has no car access.",
     "Bulnes", "ES", (43.24, -4.82)),
    ("Residents in Overschild, in the Dutch province of Groningen, "
     "reported cracks in their homes after another gas-field tremor.",
     "Overschild", "NL", (53.27, 6.785)),
]


@pytest.mark.parametrize("sentence, name, country, point", CASES)
def test_a_place_of_the_reviewed_rows(gaz, sentence, name, country, point):
    in_country_near(by_text(sentence, gaz)[name], country, point, within=10)


def test_streams_canals_lagoons_and_falls_the_gazetteer_lacks(gaz):
    places = by_text("In India, the Budameru stream flooded low-lying parts of Vijayawada.", gaz)
    assert places["Budameru"].feature_code == "STM" and places["Budameru"].country_code == "IN"
    assert by_text("Engineers in Afghanistan said the Qosh Tepa Canal will water Balkh.",
                   gaz)["Qosh Tepa Canal"].feature_code == "CNL"
    assert by_text("In Namibia, Ruacana Falls had slowed to a trickle.", gaz)["Ruacana Falls"].country_code == "NA"


def test_a_feature_named_with_a_compass_word_before_its_kind_word(gaz):
    places = by_text("A glacial lake burst in Sikkim, India, when the South Lhonak lake overflowed.", gaz)
    assert places["South Lhonak"].feature_code == "LK" and places["South Lhonak"].country_code == "IN"
    # "the North" alone is no feature's name.
    assert "North" not in by_text("Rain fell across the North and the river rose in England.", gaz)
