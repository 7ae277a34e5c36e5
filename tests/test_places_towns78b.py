"""Places: the towns78b rows of `geo/data/towns.tsv` (rural villages, hamlets, localities and First Nations and island
communities of Australia, Canada and New Zealand that GeoNames' towns of 500+ lack) resolve to their country and
point, and leave words and namesakes alone."""

from __future__ import annotations

from conftest import by_text, in_country_near as _near


def test_bushfire_localities_of_the_south_east(gaz):
    places = by_text("Crews saved homes at Nerrigundah and Mystery Bay on the far south coast of New South Wales.", gaz)
    _near(places["Nerrigundah"], "AU", (-36.12, 149.90))
    _near(places["Mystery Bay"], "AU", (-36.30, 150.13))
    places = by_text("Residents of Tubbut and Bendoc in East Gippsland were warned that roads out had already closed.", gaz)
    _near(places["Tubbut"], "AU", (-37.07, 148.60))
    _near(places["Bendoc"], "AU", (-37.15, 148.89))


def test_alpine_and_tableland_villages(gaz):
    places = by_text("Heavy snow closed the road to Guthega and Charlotte Pass, and Kiandra recorded minus nine.", gaz)
    _near(places["Guthega"], "AU", (-36.38, 148.37))
    _near(places["Charlotte Pass"], "AU", (-36.43, 148.33))
    _near(places["Kiandra"], "AU", (-35.87, 148.50))
    places = by_text("A farmer was injured when his quad bike rolled near Nowendoc, east of Walcha.", gaz)
    _near(places["Nowendoc"], "AU", (-31.52, 151.72))


def test_outback_and_far_north_queensland(gaz):
    places = by_text("Floodwaters cut off Einasleigh and Forsayth in Queensland's Gulf Country for a fortnight.", gaz)
    _near(places["Einasleigh"], "AU", (-18.51, 144.09))
    _near(places["Forsayth"], "AU", (-18.59, 143.60))
    places = by_text("A dust storm swept through Betoota and Yaraka in south-west Queensland on Friday.", gaz)
    _near(places["Betoota"], "AU", (-25.69, 140.75))
    _near(places["Yaraka"], "AU", (-24.88, 144.08))
    places = by_text("Health workers flew to Saibai and Boigu in the Torres Strait after the outbreak.", gaz)
    _near(places["Saibai"], "AU", (-9.38, 142.62))


def test_south_and_west_australian_localities(gaz):
    places = by_text("A truck rolled on the highway near Snowtown, and another crashed at Port Germein.", gaz)
    _near(places["Snowtown"], "AU", (-33.78, 138.22))
    _near(places["Port Germein"], "AU", (-33.02, 138.00))
    places = by_text("Firefighters battled a blaze between Guilderton and Ledge Point, north of Perth.", gaz)
    _near(places["Guilderton"], "AU", (-31.35, 115.50))
    _near(places["Ledge Point"], "AU", (-31.10, 115.38))


def test_new_zealand_settlements(gaz):
    places = by_text("Police cordoned off the settlement of Aramoana, near Dunedin, after reports of a gunman.", gaz)
    _near(places["Aramoana"], "NZ", (-45.78, 170.70))
    places = by_text("Slips closed State Highway 3 near Awakino and Tongaporutu overnight.", gaz)
    _near(places["Awakino"], "NZ", (-38.66, 174.63))
    _near(places["Tongaporutu"], "NZ", (-38.82, 174.59))
    places = by_text("Households in Te Kao and Te Hapua, in the Far North, were without power for three days.", gaz)
    _near(places["Te Kao"], "NZ", (-34.65, 172.96))
    _near(places["Te Hapua"], "NZ", (-34.52, 172.91))


def test_british_columbia_and_alberta_wildfire_communities(gaz):
    places = by_text("Evacuation orders were issued for residents of Westwold and Monte Creek, east of Kamloops.", gaz)
    _near(places["Westwold"], "CA", (50.47, -119.75))
    _near(places["Monte Creek"], "CA", (50.65, -119.95))
    places = by_text("Crews fought to hold the fire back from Peerless Lake and Chipewyan Lake in northern Alberta.", gaz)
    _near(places["Peerless Lake"], "CA", (56.63, -114.60))
    _near(places["Chipewyan Lake"], "CA", (56.95, -113.50))


def test_prairie_first_nations_and_northern_communities(gaz):
    places = by_text("The Canadian Forces airlifted residents of Peguis and Fisher River in Manitoba's Interlake.", gaz)
    _near(places["Peguis"], "CA", (51.31, -97.60))
    _near(places["Fisher River"], "CA", (51.43, -97.38))
    places = by_text("RCMP were called to a house in Patuanak, and later to a crash near Weyakwin, Saskatchewan.", gaz)
    _near(places["Patuanak"], "CA", (55.90, -107.72))
    _near(places["Weyakwin"], "CA", (54.49, -105.93))


def test_words_and_namesakes_are_left_alone(gaz):
    places = by_text("Voters in Montreal went to the polls on Monday.", gaz)
    _near(places["Montreal"], "CA", (45.51, -73.59))
    places = by_text("Snow fell heavily in Linville, North Carolina.", gaz)
    assert places["Linville"].country_code == "US"
    places = by_text("Police in Bellbrook, Ohio, arrested two men.", gaz)
    assert places["Bellbrook"].country_code == "US"
    places = by_text("Rescuers pulled a kayaker from the American River near Sacramento, California.", gaz)
    assert all(place.country_code != "AU" for place in places.values())
    places = by_text("The band played its new single at a festival in Toronto.", gaz)
    assert all(place.country_code == "CA" for place in places.values())
