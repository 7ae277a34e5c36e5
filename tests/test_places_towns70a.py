"""Places: the towns70a rows of `geo/data/towns.tsv` (quarters, villages, camps and border crossings of Nigeria, Ghana,
Cameroon, the Sahel, Sudan and South Sudan, Ethiopia, Somalia, East Africa, the Congo and southern Africa that
GeoNames' towns of 500+ lack) resolve to their country and point, and leave words and namesakes alone."""

from __future__ import annotations

from conftest import by_text, in_country_near as _near


def test_east_african_city_quarters(gaz):
    places = by_text("Police fired tear gas at traders in Gikomba and Kangemi, in Nairobi, on Monday.", gaz)
    _near(places["Gikomba"], "KE", (-1.28, 36.84))
    _near(places["Kangemi"], "KE", (-1.26, 36.75))
    places = by_text("Rescuers searched the landfill at Kiteezi, north of Kampala, after the "
                     "collapse buried homes in Uganda.", gaz)
    _near(places["Kiteezi"], "UG", (0.41, 32.58))
    places = by_text("Floods cut roads in Mbagala and Kigamboni as heavy rain hit Dar es Salaam, Tanzania.", gaz)
    _near(places["Mbagala"], "TZ", (-6.90, 39.27))
    _near(places["Kigamboni"], "TZ", (-6.85, 39.30))


def test_conflict_villages_and_camps(gaz):
    places = by_text("Insurgents killed farmers at Zabarmari and attacked travellers near Auno, in "
                     "Nigeria's Borno state.", gaz)
    _near(places["Zabarmari"], "NG", (11.93, 13.28))
    _near(places["Auno"], "NG", (11.83, 12.98))
    places = by_text("Families fled to the camps at Kanyaruchinya and Mugunga outside Goma, Congo, "
                     "as the rebels advanced.", gaz)
    _near(places["Kanyaruchinya"], "CD", (-1.60, 29.25))
    _near(places["Mugunga"], "CD", (-1.63, 29.15))
    places = by_text("Shelling hit homes in Wad Nubawi and Kalakla as fighting spread across Khartoum, Sudan.", gaz)
    _near(places["Wad Nubawi"], "SD", (15.65, 32.49))
    _near(places["Kalakla"], "SD", (15.47, 32.50))


def test_horn_of_africa_districts_and_towns(gaz):
    places = by_text("A car bomb exploded in Hamarweyne and gunmen attacked a base in Dayniile, in "
                     "Mogadishu, Somalia.", gaz)
    _near(places["Hamarweyne"], "SO", (2.03, 45.34))
    _near(places["Dayniile"], "SO", (2.07, 45.27))
    places = by_text("Traders in Merkato and residents of Akaki said prices had doubled in Addis Ababa, Ethiopia.", gaz)
    _near(places["Merkato"], "ET", (9.03, 38.74))
    _near(places["Akaki"], "ET", (8.87, 38.78))
    places = by_text("Aid trucks reached Atsbi and Samre in Ethiopia's Tigray region for the first "
                     "time in months.", gaz)
    _near(places["Atsbi"], "ET", (13.87, 39.73))
    _near(places["Samre"], "ET", (13.18, 39.20))


def test_southern_african_townships(gaz):
    places = by_text("Cholera cases rose in Glen View and Kuwadzana, in Harare, Zimbabwe's health ministry said.", gaz)
    _near(places["Glen View"], "ZW", (-17.90, 30.97))
    _near(places["Kuwadzana"], "ZW", (-17.82, 30.94))
    places = by_text("Water cuts hit Nkulumane and Luveve in Bulawayo, Zimbabwe, for a third week.", gaz)
    _near(places["Nkulumane"], "ZW", (-20.20, 28.53))
    _near(places["Luveve"], "ZW", (-20.10, 28.52))
    places = by_text("Police in Zambia said a fire destroyed stalls in Mtendere and Chawama, in Lusaka.", gaz)
    _near(places["Mtendere"], "ZM", (-15.41, 28.35))
    _near(places["Chawama"], "ZM", (-15.46, 28.29))


def test_malawi_and_mozambique_flood_country(gaz):
    places = by_text("The Shire River flooded Chiromo and Makhanga in southern Malawi after the cyclone.", gaz)
    _near(places["Chiromo"], "MW", (-16.55, 35.13))
    _near(places["Makhanga"], "MW", (-16.52, 35.20))
    places = by_text("Mudslides buried houses in Chilobwe and Ndirande, in Blantyre, Malawi.", gaz)
    _near(places["Chilobwe"], "MW", (-15.78, 35.04))
    _near(places["Ndirande"], "MW", (-15.77, 35.04))
    places = by_text("Protesters burned tyres in Mafalala and Zimpeto, in Maputo, Mozambique, after "
                     "the election results.", gaz)
    _near(places["Mafalala"], "MZ", (-25.95, 32.57))
    _near(places["Zimpeto"], "MZ", (-25.85, 32.57))


def test_west_african_quarters(gaz):
    places = by_text("The fire at Agbogbloshie spread towards Adabraka in Accra, Ghana, overnight.", gaz)
    _near(places["Agbogbloshie"], "GH", (5.55, -0.22))
    _near(places["Adabraka"], "GH", (5.56, -0.21))
    places = by_text("Soldiers set up checkpoints in Nyanya and Lugbe on the edges of Abuja, Nigeria.", gaz)
    _near(places["Nyanya"], "NG", (9.03, 7.56))
    _near(places["Lugbe"], "NG", (8.98, 7.38))
    places = by_text("Gunfire was heard in Badalabougou and Banconi, in Bamako, Mali, on Tuesday.", gaz)
    _near(places["Badalabougou"], "ML", (12.62, -7.99))
    _near(places["Banconi"], "ML", (12.67, -7.98))


def test_central_african_quarters(gaz):
    places = by_text("Floodwater covered streets in Limete and Kintambo, in Kinshasa, Congo, after the storm.", gaz)
    _near(places["Limete"], "CD", (-4.36, 15.34))
    _near(places["Kintambo"], "CD", (-4.33, 15.27))
    places = by_text("Separatist fighters clashed with troops near Bambili, in Cameroon's North-West region.", gaz)
    _near(places["Bambili"], "CM", (6.00, 10.25))
    places = by_text("Residents of Bonamoussadi and Deido in Douala, Cameroon, queued for fuel.", gaz)
    _near(places["Bonamoussadi"], "CM", (4.09, 9.74))
    _near(places["Deido"], "CM", (4.06, 9.71))


def test_words_and_namesakes_are_left_alone(gaz):
    places = by_text("India won the third ODI in Pune by six wickets.", gaz)
    assert all(place.country_code != "NG" for place in places.values())
    places = by_text("The Pope met pilgrims in Rome before flying to Kenya.", gaz)
    assert all(place.country_code in ("IT", "KE", "VA") for place in places.values())
    places = by_text("Firefighters tackled a blaze in Akaki, near Nicosia, Cyprus.", gaz)
    assert places["Akaki"].country_code == "CY"
    places = by_text("Voters in Mombasa, Kenya, queued from dawn.", gaz)
    assert places["Mombasa"].country_code == "KE"
    places = by_text("Heavy snow closed roads around Birmingham, England.", gaz)
    assert places["Birmingham"].country_code == "GB"
