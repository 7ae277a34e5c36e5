"""Places, areas47: valleys, plateaus, dams, glaciers, islands, parks, passes and crossings news names that the
gazetteer lacked (`geo/data/areas.tsv`) and city quarters (`geo/data/towns.tsv`); a town sharing a feature's name keeps
its reading where the text means the town. Our own sentences."""

from __future__ import annotations

from conftest import by_text, in_country_near


def test_city_quarters_are_in_their_citys_country_at_their_own_point(gaz):
    slum = by_text("Residents of Kibera said police fired tear gas as protests spread across Nairobi.", gaz)
    in_country_near(slum["Kibera"], "KE", (-1.31, 36.79), within=5)
    manila = by_text("Gunmen shot dead a village chief in Tondo, one of Manila's poorest districts.", gaz)
    in_country_near(manila["Tondo"], "PH", (14.62, 120.97), within=5)
    beirut = by_text("The blast shattered windows in Achrafieh and Gemmayzeh, near the port of Beirut.", gaz)
    in_country_near(beirut["Achrafieh"], "LB", (33.89, 35.52), within=5)
    in_country_near(beirut["Gemmayzeh"], "LB", (33.90, 35.52), within=5)
    # Istanbul's district, not the village of that name near Yalova.
    quake = by_text("Rescuers checked buildings in Kadikoy after the tremor shook Istanbul.", gaz)
    in_country_near(quake["Kadikoy"], "TR", (40.99, 29.03), within=5)


def test_valleys_plains_and_enclaves(gaz):
    floods = by_text("Floodwater tore through the Ahr Valley overnight, German officials said.", gaz)
    in_country_near(floods["Ahr Valley"], "DE", (50.53, 7.10), within=10)
    siege = by_text("Government forces shelled Eastern Ghouta again on Monday, a monitoring group said.", gaz)
    in_country_near(siege["Eastern Ghouta"], "SY", (33.55, 36.45), within=10)
    clash = by_text("Soldiers of both armies fought with clubs in the Galwan Valley, New Delhi said.", gaz)
    assert clash["Galwan Valley"].country_code == "IN"
    camp = by_text("Troops raided camps in the Sambisa Forest, the army said in a statement.", gaz)
    in_country_near(camp["Sambisa Forest"], "NG", (11.30, 13.40), within=10)


def test_dams_passes_and_crossings(gaz):
    dam = by_text("Water behind the Haditha Dam dropped lower than at any time since the 1990s, the ministry "
                  "said.", gaz)
    in_country_near(dam["Haditha Dam"], "IQ", (34.21, 42.36), within=5)
    queue = by_text("Cars queued for days at Verkhny Lars as men left before the call-up.", gaz)
    in_country_near(queue["Verkhny Lars"], "RU", (42.75, 44.63), within=5)
    convoy = by_text("A supply convoy was ambushed near the Khyber Pass on Thursday.", gaz)
    in_country_near(convoy["Khyber Pass"], "PK", (34.10, 71.15), within=10)


def test_islands_of_greece_spain_and_indonesia(gaz):
    boat = by_text("A fishing boat carrying 60 migrants reached Gavdos, south of Crete, overnight.", gaz)
    in_country_near(boat["Gavdos"], "GR", (34.84, 24.08), within=5)
    lava = by_text("Lava from the Cumbre Vieja reached the sea on La Palma after weeks of eruption.", gaz)
    in_country_near(lava["La Palma"], "ES", (28.68, -17.86), within=10)
    in_country_near(lava["Cumbre Vieja"], "ES", (28.57, -17.84), within=5)
    ash = by_text("Ash from the volcano closed the airport on Flores Island on Sunday.", gaz)
    in_country_near(ash["Flores Island"], "ID", (-8.66, 121.08), within=10)


def test_a_town_named_like_a_feature_keeps_its_reading_where_the_text_means_the_town(gaz):
    park = by_text("A gunman opened fire at a park in La Palma, California, police said.", gaz)
    assert park["La Palma"].country_code == "US" and park["La Palma"].feature_class == "P"
    fire = by_text("Crews battled a blaze that destroyed homes in Black Forest, Colorado.", gaz)
    assert fire["Black Forest"].country_code == "US" and fire["Black Forest"].feature_class == "P"
    storm = by_text("A tornado tore roofs off homes in Bohemia, New York, late on Monday.", gaz)
    assert storm["Bohemia"].country_code == "US" and storm["Bohemia"].feature_class == "P"
    town = by_text("Mudslides cut the road to Pampas, a town in Peru's Huancavelica region.", gaz)
    assert town["Pampas"].country_code == "PE" and town["Pampas"].feature_class == "P"
    # The Czech region where the text does not name an American state.
    region = by_text("Rivers burst their banks across Moravia as the Czech army sent soldiers.", gaz)
    assert region["Moravia"].country_code == "CZ"


def test_a_generic_name_stays_out(gaz):
    # Kabul had a Green Zone too: the name is no Baghdad quarter of its own.
    text = "A rocket landed in the Green Zone near the embassy, Afghan officials in Kabul said."
    assert "Green Zone" not in by_text(text, gaz) or by_text(text, gaz)["Green Zone"].country_code != "IQ"
