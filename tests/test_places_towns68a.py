"""Places: the towns68a rows of `geo/data/towns.tsv` (hamlets, unincorporated communities, CDPs, Alaska villages and
townships of the United States, Canada and South Africa that GeoNames' towns of 500+ lack) resolve to their country
and point, and leave words and namesakes alone."""

from __future__ import annotations

from conftest import by_text, in_country_near as _near


def test_california_fire_and_flood_country(gaz):
    places = by_text("Residents of Concow and Yankee Hill fled as the fire jumped the river.", gaz)
    _near(places["Yankee Hill"], "US", (39.70, -121.52))
    places = by_text("Deputies closed Highway 36 near Hyampom and Forks of Salmon after a rockslide.", gaz)
    _near(places["Hyampom"], "US", (40.62, -123.45))
    _near(places["Forks of Salmon"], "US", (41.26, -123.32))
    places = by_text("A 6.0 earthquake centred near Parkfield was felt in Cholame and San Luis Obispo.", gaz)
    _near(places["Parkfield"], "US", (35.90, -120.43))
    _near(places["Cholame"], "US", (35.72, -120.30))


def test_western_reservation_and_range_communities(gaz):
    places = by_text("Tribal police in Kykotsmovi and Hotevilla reported the water line had frozen.", gaz)
    _near(places["Kykotsmovi"], "US", (35.87, -110.62))
    _near(places["Hotevilla"], "US", (35.93, -110.67))
    places = by_text("The Holiday Farm fire destroyed much of Blue River and McKenzie Bridge, in Oregon.", gaz)
    _near(places["Blue River"], "US", (44.16, -122.33))
    _near(places["McKenzie Bridge"], "US", (44.18, -122.16))
    places = by_text("A blizzard stranded drivers between Chugwater and Wheatland in Wyoming.", gaz)
    _near(places["Chugwater"], "US", (41.76, -104.82))


def test_alaska_hawaii_and_maine_islands(gaz):
    places = by_text("Residents of Shishmaref and Shaktoolik, Alaska, braced for another storm surge.", gaz)
    _near(places["Shaktoolik"], "US", (64.36, -161.20))
    places = by_text("Lava reached the ocean near Kalapana as residents of Leilani Estates waited.", gaz)
    _near(places["Leilani Estates"], "US", (19.47, -154.92))
    places = by_text("Ferries to Monhegan and Matinicus were cancelled as the storm reached Maine.", gaz)
    _near(places["Monhegan"], "US", (43.76, -69.32))
    _near(places["Matinicus"], "US", (43.86, -68.89))


def test_ontario_and_british_columbia_communities(gaz):
    places = by_text("A wildfire forced residents of Sandy Lake and Kingfisher Lake in northern Ontario to be "
                     "airlifted to Thunder Bay.", gaz)
    _near(places["Sandy Lake"], "CA", (53.06, -93.35))
    _near(places["Kingfisher Lake"], "CA", (53.02, -89.83))
    places = by_text("RCMP closed the highway at Tlell and Port Clements on Haida Gwaii after a washout.", gaz)
    _near(places["Tlell"], "CA", (53.57, -131.93))
    _near(places["Port Clements"], "CA", (53.69, -132.18))


def test_maritime_and_prairie_villages(gaz):
    places = by_text("Fire crews from Tantallon and Hammonds Plains fought the blaze west of Halifax.", gaz)
    _near(places["Tantallon"], "CA", (44.69, -63.87))
    places = by_text("Flooding cut the road between Arichat and Guysborough in Nova Scotia.", gaz)
    _near(places["Arichat"], "CA", (45.51, -61.03))
    _near(places["Guysborough"], "CA", (45.39, -61.50))
    places = by_text("Hail flattened crops around Willow Bunch and Bengough in southern Saskatchewan.", gaz)
    _near(places["Willow Bunch"], "CA", (49.38, -105.63))
    _near(places["Bengough"], "CA", (49.40, -105.13))


def test_south_african_townships(gaz):
    places = by_text("Police in Lwandle and Mbekweni arrested six people after protests in the Western Cape.", gaz)
    _near(places["Lwandle"], "ZA", (-34.11, 18.85))
    _near(places["Mbekweni"], "ZA", (-33.69, 19.00))
    places = by_text("Protesters blocked the road in Thabong, outside Welkom, on Monday.", gaz)
    _near(places["Thabong"], "ZA", (-28.00, 26.70))
    places = by_text("A fire in Cosmo City and Dobsonville left families homeless in Johannesburg.", gaz)
    _near(places["Cosmo City"], "ZA", (-26.02, 27.92))
    _near(places["Dobsonville"], "ZA", (-26.22, 27.86))


def test_south_african_small_towns(gaz):
    places = by_text("Heavy rain flooded homes in Kamieskroon and Loeriesfontein in the Northern Cape.", gaz)
    _near(places["Kamieskroon"], "ZA", (-30.20, 17.93))
    _near(places["Loeriesfontein"], "ZA", (-30.95, 19.44))
    places = by_text("A taxi crashed outside Gingindlovu and Mtunzini on the N2 in KwaZulu-Natal.", gaz)
    _near(places["Gingindlovu"], "ZA", (-29.02, 31.58))
    places = by_text("Divers searched the water off Kalk Bay and Muizenberg.", gaz)
    _near(places["Kalk Bay"], "ZA", (-34.13, 18.45))


def test_words_and_namesakes_are_left_alone(gaz):
    places = by_text("The Hunter River burst its banks at Maitland, in New South Wales.", gaz)
    assert places["Hunter River"].country_code == "AU"
    places = by_text("Police in El Portal, Florida, arrested a man after a chase.", gaz)
    _near(places["El Portal"], "US", (25.86, -80.19))
    places = by_text("A tornado touched down near Sandy Lake, Pennsylvania.", gaz)
    _near(places["Sandy Lake"], "US", (41.35, -80.08))
    places = by_text("Snowplows were out in Blue River, Colorado, by dawn.", gaz)
    _near(places["Blue River"], "US", (39.43, -106.04))
    places = by_text("Walker and Treherne scored for the visitors.", gaz)
    assert "Treherne" not in places
    places = by_text("The blue river ran past the rainbow lake.", gaz)
    assert not places
