"""Places: the towns42 rows of `geo/data/towns.tsv` (towns, crossings and city quarters of the Americas and South Asia
that GeoNames' towns of 500+ lack) resolve to their country and point, and leave namesakes elsewhere alone."""

from __future__ import annotations

from conftest import by_text, in_country_near as _near


def test_el_alto_and_its_quarters(gaz):
    places = by_text("Protesters blocked the roads out of El Alto, above La Paz, and soldiers guarded the fuel "
                     "plant at Senkata.", gaz)
    _near(places["El Alto"], "BO", (-16.50, -68.19))
    _near(places["Senkata"], "BO", (-16.56, -68.20))


def test_border_crossings_of_the_americas(gaz):
    places = by_text("Hundreds of migrants waited at Paso Canoas, on Panama's border with Costa Rica, before buses "
                     "took them north to Peñas Blancas.", gaz)
    _near(places["Paso Canoas"], "PA", (8.53, -82.84))
    _near(places["Peñas Blancas"], "CR", (11.21, -85.61))
    places = by_text("Haitians deported from the Dominican Republic crossed back at Malpasse.", gaz)
    _near(places["Malpasse"], "HT", (18.50, -71.88))


def test_port_au_prince_quarters(gaz):
    places = by_text("Gunmen attacked homes in La Saline and Solino, and residents fled toward Pétion-Ville, "
                     "Haitian police said.", gaz)
    _near(places["La Saline"], "HT", (18.55, -72.34))
    _near(places["Solino"], "HT", (18.55, -72.32))
    _near(places["Pétion-Ville"], "HT", (18.51, -72.29))


def test_pakistan_border_and_quake_towns(gaz):
    places = by_text("Hundreds of trucks were stranded at Torkham as Pakistan kept its border with Afghanistan "
                     "shut.", gaz)
    _near(places["Torkham"], "PK", (34.10, 71.09))
    places = by_text("The 2005 earthquake flattened much of Balakot, in Pakistan's Khyber Pakhtunkhwa province.", gaz)
    _near(places["Balakot"], "PK", (34.55, 73.35))


def test_news_spellings_of_towns_geonames_spells_otherwise(gaz):
    places = by_text("Flood water rose in Cumilla and Bogura as rivers in Bangladesh burst their banks.", gaz)
    _near(places["Cumilla"], "BD", (23.46, 91.19))
    _near(places["Bogura"], "BD", (24.85, 89.37))
    places = by_text("Rain closed roads near Sivasagar and Mangaldoi in India's Assam state.", gaz)
    _near(places["Sivasagar"], "IN", (26.98, 94.64))
    _near(places["Mangaldoi"], "IN", (26.44, 92.03))


def test_sri_lanka_and_mindanao_towns(gaz):
    places = by_text("Police imposed a curfew in Digana, east of Kandy, after mobs burned shops.", gaz)
    _near(places["Digana"], "LK", (7.29, 80.74))
    places = by_text("Forty-four police commandos were killed in a clash in Mamasapano, in the southern "
                     "Philippines.", gaz)
    _near(places["Mamasapano"], "PH", (6.93, 124.52))


def test_namesakes_elsewhere_unaffected(gaz):
    places = by_text("Fishermen in El Alto, in Peru's Piura region, said the warm current had driven the "
                     "anchovy away.", gaz)
    assert places["El Alto"].country_code == "PE"
    assert by_text("Talks between the factions resumed in Kabul on Sunday.", gaz)["Kabul"].country_code == "AF"
