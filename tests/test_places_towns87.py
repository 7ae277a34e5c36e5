"""Places: the towns87 rows of `geo/data/towns.tsv` (city quarters, barangays, kelurahan, suburbs and beach and
island villages of South-East Asia, Central America, the Andes and the Caribbean that GeoNames' towns of 500+ lack)
resolve to their country and point, and leave words and namesakes alone."""

from __future__ import annotations

from conftest import by_text, in_country_near as _near


def test_manila_cebu_and_davao_barangays(gaz):
    places = by_text("Floodwaters rose waist-deep in Nangka and Tumana, Marikina, in Metro Manila overnight.", gaz)
    _near(places["Nangka"], "PH", (14.672, 121.108))
    _near(places["Tumana"], "PH", (14.657, 121.097))
    places = by_text("Firefighters battled a blaze that razed 60 houses in Labangon, Cebu City, before dawn.", gaz)
    _near(places["Labangon"], "PH", (10.300, 123.880))
    places = by_text("Rescuers waded through flooded streets in Matina and Agdao in Davao City.", gaz)
    _near(places["Matina"], "PH", (7.060, 125.590))
    _near(places["Agdao"], "PH", (7.085, 125.630))


def test_jakarta_and_javanese_quarters(gaz):
    text = "Police raided a gambling den in Jatinegara and arrested eleven people near Kampung Rambutan."
    places = by_text(text, gaz)
    _near(places["Jatinegara"], "ID", (-6.215, 106.870))
    _near(places["Kampung Rambutan"], "ID", (-6.310, 106.882))
    places = by_text("Tidal flooding reached homes in Kenjeran and Tanjung Perak in Surabaya on Sunday.", gaz)
    _near(places["Kenjeran"], "ID", (-7.235, 112.790))
    _near(places["Tanjung Perak"], "ID", (-7.205, 112.735))


def test_malaysian_thai_and_vietnamese_localities(gaz):
    places = by_text("Residents of Bukit Antarabangsa in Selangor were moved out after a slope gave way.", gaz)
    _near(places["Bukit Antarabangsa"], "MY", (3.190, 101.770))
    places = by_text("Storm surges damaged resorts in Bophut and Maenam on Koh Samui.", gaz)
    _near(places["Bophut"], "TH", (9.555, 100.030))
    _near(places["Maenam"], "TH", (9.570, 99.995))
    places = by_text("Water was cut off to apartments in Thao Dien and Phu Nhuan in Ho Chi Minh City.", gaz)
    _near(places["Thao Dien"], "VN", (10.805, 106.735))
    _near(places["Phu Nhuan"], "VN", (10.800, 106.680))


def test_central_american_quarters_and_coast(gaz):
    text = "Soldiers were posted in El Gallito and La Limonada, in Guatemala City, after a wave of extortion."
    places = by_text(text, gaz)
    _near(places["El Gallito"], "GT", (14.638, -90.523))
    _near(places["La Limonada"], "GT", (14.636, -90.503))
    places = by_text("A strong swell closed the beaches at El Sunzal in El Salvador.", gaz)
    _near(places["El Sunzal"], "SV", (13.495, -89.385))
    places = by_text("The coast guard searched the sea off Mal País and Cabuya, Costa Rica, for a missing surfer.", gaz)
    _near(places["Mal País"], "CR", (9.605, -85.140))
    _near(places["Cabuya"], "CR", (9.600, -85.090))


def test_andean_city_districts(gaz):
    places = by_text("Power was cut in Chapinero and Usaquén in Bogotá after a substation fire.", gaz)
    _near(places["Chapinero"], "CO", (4.645, -74.060))
    _near(places["Usaquén"], "CO", (4.700, -74.030))
    places = by_text("Police in Lima said the suspects were caught in Surquillo and Chorrillos.", gaz)
    _near(places["Surquillo"], "PE", (-12.112, -77.015))
    _near(places["Chorrillos"], "PE", (-12.170, -77.020))
    places = by_text("Hail flooded streets in Quitumbe and Solanda, in the south of Quito, Ecuador.", gaz)
    _near(places["Quitumbe"], "EC", (-0.295, -78.550))
    _near(places["Solanda"], "EC", (-0.265, -78.540))
    places = by_text("Marchers gathered in Sopocachi and Obrajes in La Paz, Bolivia.", gaz)
    _near(places["Sopocachi"], "BO", (-16.510, -68.127))
    _near(places["Obrajes"], "BO", (-16.525, -68.108))


def test_caribbean_communities(gaz):
    places = by_text("Two men were shot dead in Papine, St Andrew, Jamaica, on Friday night.", gaz)
    _near(places["Papine"], "JM", (18.020, -76.740))
    places = by_text("Landslides blocked the roads to Moruga and Blanchisseuse in Trinidad.", gaz)
    _near(places["Moruga"], "TT", (10.100, -61.280))
    _near(places["Blanchisseuse"], "TT", (10.790, -61.310))
    places = by_text("Blackouts hit Gazcue and Capotillo in Santo Domingo for a second night.", gaz)
    _near(places["Gazcue"], "DO", (18.465, -69.900))
    _near(places["Capotillo"], "DO", (18.495, -69.905))
    places = by_text("The storm flooded Hato Rey and Río Piedras in San Juan, Puerto Rico.", gaz)
    _near(places["Hato Rey"], "PR", (18.420, -66.060))
    _near(places["Río Piedras"], "PR", (18.400, -66.050))


def test_news_spellings(gaz):
    places = by_text("Police closed bars in Thonglor and Ekkamai in Bangkok at midnight.", gaz)
    _near(places["Thonglor"], "TH", (13.730, 100.582))
    _near(places["Ekkamai"], "TH", (13.720, 100.585))
    places = by_text("Tourists walked the streets of Old San Juan as cruise ships docked.", gaz)
    _near(places["Old San Juan"], "PR", (18.465, -66.110))


def test_words_and_namesakes_are_left_alone(gaz):
    places = by_text("Winemakers in Los Olivos, California, counted the cost of the frost.", gaz)
    assert places["Los Olivos"].country_code == "US"
    places = by_text("Shrimpers in Barataria, Louisiana, said the oil had reached the marsh.", gaz)
    assert places["Barataria"].country_code == "US"
    places = by_text("A water main burst in Roxborough, Philadelphia, flooding basements.", gaz)
    assert all(place.country_code != "TT" for place in places.values())
    places = by_text("The band played two tangos and a waltz before the interval in Vienna.", gaz)
    assert all(place.country_code in ("AT", "US") for place in places.values())
