"""Places: the towns76b rows of `geo/data/towns.tsv` (villages, border and island settlements, upazila, county and
township seats and city quarters of South, South-East and East Asia, the Pacific, Latin America and the Caribbean
that GeoNames' towns of 500+ lack) resolve to their country and point, and leave words and namesakes alone."""

from __future__ import annotations

from conftest import by_text, in_country_near as _near


def test_himalayan_and_ladakh_villages(gaz):
    places = by_text("Army engineers reopened the road to Malari and Ghangaria after the cloudburst in Chamoli.", gaz)
    _near(places["Malari"], "IN", (30.69, 79.89))
    _near(places["Ghangaria"], "IN", (30.70, 79.59))
    places = by_text("Soldiers patrolled near Chushul and Demchok in eastern Ladakh as talks with China resumed.", gaz)
    _near(places["Chushul"], "IN", (33.59, 78.66))
    _near(places["Demchok"], "IN", (32.70, 79.44))


def test_indian_coast_and_border_posts(gaz):
    places = by_text("Fishermen in Ennore and Pulicat said the oil slick had reached their nets.", gaz)
    _near(places["Ennore"], "IN", (13.21, 80.32))
    _near(places["Pulicat"], "IN", (13.42, 80.32))
    places = by_text("Protesters at Idinthakarai marched towards the Kudankulam nuclear plant on Sunday.", gaz)
    _near(places["Idinthakarai"], "IN", (8.18, 77.75))
    _near(places["Kudankulam"], "IN", (8.17, 77.71))
    places = by_text("Traffic at Petrapole was halted for a second day as lorries lined up at both ends of the crossing.", gaz)
    _near(places["Petrapole"], "IN", (23.04, 88.88))


def test_pakistan_bangladesh_nepal_and_sri_lanka(gaz):
    places = by_text("A man was shot dead in Sohrab Goth, Karachi police said, and another was wounded in Baldia Town.", gaz)
    _near(places["Sohrab Goth"], "PK", (24.94, 67.09))
    _near(places["Baldia Town"], "PK", (24.93, 66.97))
    places = by_text("The Karakoram Highway was blocked near Passu and Gulmit by a glacial lake outburst.", gaz)
    _near(places["Passu"], "PK", (36.48, 74.89))
    places = by_text("Police fired tear gas at garment workers in Kaliakair and Araihazar.", gaz)
    _near(places["Kaliakair"], "BD", (24.07, 90.22))
    _near(places["Araihazar"], "BD", (23.79, 90.65))
    places = by_text("Climbers rested at Dingboche and Pangboche before pushing on to Gorakshep.", gaz)
    _near(places["Dingboche"], "NP", (27.89, 86.83))
    _near(places["Gorakshep"], "NP", (27.98, 86.83))
    places = by_text("A fire destroyed shops in Maradana, and residents of Dematagoda were evacuated.", gaz)
    _near(places["Maradana"], "LK", (6.93, 79.865))
    _near(places["Dematagoda"], "LK", (6.935, 79.88))


def test_south_east_asian_townships_and_quarters(gaz):
    places = by_text("Junta airstrikes hit Pauk and Tilin in Magway region, residents said.", gaz)
    _near(places["Pauk"], "MM", (21.45, 94.48))
    _near(places["Tilin"], "MM", (21.70, 94.10))
    places = by_text("The tsunami destroyed hotels in Khao Lak and the fishing village of Nam Khem.", gaz)
    _near(places["Khao Lak"], "TH", (8.64, 98.25))
    _near(places["Nam Khem"], "TH", (8.86, 98.27))
    places = by_text("Floods inundated Kemayoran, Tebet and Cakung in Jakarta after heavy rain.", gaz)
    _near(places["Kemayoran"], "ID", (-6.16, 106.85))
    _near(places["Cakung"], "ID", (-6.18, 106.94))
    places = by_text("Residents of Toril and Tugbok in Davao City were told to evacuate.", gaz)
    _near(places["Toril"], "PH", (7.02, 125.50))
    _near(places["Tugbok"], "PH", (7.09, 125.50))


def test_east_asian_county_seats_and_quarters(gaz):
    places = by_text("The landslide hit Danba in Sichuan and cut the road to Garze.", gaz)
    _near(places["Danba"], "CN", (30.88, 101.89))
    _near(places["Garze"], "CN", (31.62, 99.99))
    places = by_text("Typhoon Morakot buried the village of Xiaolin in Kaohsiung.", gaz)
    _near(places["Xiaolin"], "TW", (23.16, 120.64))
    places = by_text("A crowd crush in Itaewon killed 159 people in Seoul.", gaz)
    _near(places["Itaewon"], "KR", (37.534, 126.994))
    places = by_text("The tsunami swept through Yuriage and Arahama on the coast near Sendai.", gaz)
    _near(places["Yuriage"], "JP", (38.17, 140.96))
    _near(places["Arahama"], "JP", (38.22, 140.98))


def test_pacific_settlements(gaz):
    places = by_text("Police in Honiara said looters targeted shops in Burns Creek and Point Cruz.", gaz)
    _near(places["Burns Creek"], "SB", (-9.43, 160.02))
    _near(places["Point Cruz"], "SB", (-9.43, 159.95))
    places = by_text("The cyclone damaged houses in Somosomo and Waiyevo on Taveuni.", gaz)
    _near(places["Somosomo"], "FJ", (-16.77, -179.97))
    places = by_text("Fighting broke out in Koroba and Nipa in the Highlands.", gaz)
    _near(places["Koroba"], "PG", (-5.70, 142.75))
    _near(places["Nipa"], "PG", (-6.15, 143.45))


def test_latin_american_barrios_and_villages(gaz):
    places = by_text("Gangs clashed in Chamelecón and Rivera Hernández in San Pedro Sula.", gaz)
    _near(places["Chamelecón"], "HN", (15.44, -88.03))
    _near(places["Rivera Hernández"], "HN", (15.55, -87.98))
    places = by_text("Police raided homes in Usme and Bosa in Bogotá.", gaz)
    _near(places["Usme"], "CO", (4.47, -74.13))
    _near(places["Bosa"], "CO", (4.61, -74.19))
    places = by_text("Floods hit Villa El Salvador and San Juan de Lurigancho in Lima.", gaz)
    _near(places["Villa El Salvador"], "PE", (-12.21, -76.94))
    _near(places["San Juan de Lurigancho"], "PE", (-11.98, -77.01))
    places = by_text("Fires burned near Cholila and Epuyén in Chubut.", gaz)
    _near(places["Cholila"], "AR", (-42.52, -71.45))


def test_caribbean_neighbourhoods(gaz):
    places = by_text("Gunfire erupted in Tivoli Gardens and Denham Town in West Kingston.", gaz)
    _near(places["Tivoli Gardens"], "JM", (17.97, -76.80))
    _near(places["Denham Town"], "JM", (17.975, -76.80))
    places = by_text("Gunmen attacked residents in Nazon and Bon Repos near Port-au-Prince.", gaz)
    _near(places["Nazon"], "HT", (18.54, -72.315))
    places = by_text("Police shot a man in Sea Lots and another in Beetham Gardens.", gaz)
    _near(places["Sea Lots"], "TT", (10.647, -61.505))
    _near(places["Beetham Gardens"], "TT", (10.645, -61.49))


def test_words_and_namesakes_are_left_alone(gaz):
    places = by_text("The ferry docked at Bosa, on the west coast of Sardinia.", gaz)
    assert places["Bosa"].country_code == "IT"
    places = by_text("Skiers crowded the lakeside at Lachen, Switzerland.", gaz)
    assert places["Lachen"].country_code == "CH"
    places = by_text("The wedding was held in Auli, Norway.", gaz)
    assert places["Auli"].country_code == "NO"
    places = by_text("The toco toucan is native to Brazil.", gaz)
    assert all(place.country_code == "BR" for place in places.values())
    places = by_text("Koji Namba scored twice for Gamba Osaka.", gaz)
    assert "Namba" not in places
