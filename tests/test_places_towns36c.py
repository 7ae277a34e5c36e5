"""Places: the towns36c rows of `geo/data/towns.tsv` (refugee settlements, border towns and district seats of East,
Southern and West Africa and the Americas that GeoNames' towns of 500+ lack, and news spellings of Mexican towns)
resolve to their country and point, and leave namesakes and nearby towns alone."""

from __future__ import annotations

from conftest import by_text, in_country_near as _near


def test_refugee_settlements_of_uganda_and_tanzania(gaz):
    places = by_text("Buses carried the new arrivals from the border to Rwamwanja and Kyaka II, while aid workers "
                     "in Palorinya and Imvepi said food rations had been cut again.", gaz)
    _near(places["Rwamwanja"], "UG", (0.21, 30.59))
    _near(places["Kyaka II"], "UG", (0.48, 31.05))
    _near(places["Palorinya"], "UG", (3.48, 31.61))
    _near(places["Imvepi"], "UG", (3.25, 31.28))
    places = by_text("Burundian refugees at Nyarugusu camp protested against plans to send them home.", gaz)
    _near(places["Nyarugusu"], "TZ", (-4.23, 30.38))


def test_border_towns_and_district_seats(gaz):
    places = by_text("Truck drivers queued for two days at Rusumo and Holili after Tanzania tightened checks, "
                     "and police in Loliondo arrested Maasai herders.", gaz)
    _near(places["Rusumo"], "TZ", (-2.38, 30.78))
    _near(places["Holili"], "TZ", (-3.37, 37.65))
    _near(places["Loliondo"], "TZ", (-2.05, 35.62))
    places = by_text("Bandits ambushed a police convoy near Kapedo, on the Turkana side of the county line.", gaz)
    _near(places["Kapedo"], "KE", (1.17, 36.10))
    places = by_text("Separatist fighters burned a bus in Ekona, near Buea, and clashed with soldiers in Bangem.", gaz)
    _near(places["Ekona"], "CM", (4.22, 9.32))
    _near(places["Bangem"], "CM", (5.09, 9.76))
    places = by_text("The army said it had killed separatist fighters in Konye and Babessi, and fishermen fled "
                     "Idenau, Cameroon.", gaz)
    _near(places["Konye"], "CM", (4.93, 9.48))
    _near(places["Babessi"], "CM", (6.04, 10.58))
    _near(places["Idenau"], "CM", (4.21, 8.99))


def test_west_african_and_chapare_towns(gaz):
    places = by_text("Health workers traced the first cases to Foya, in Lofa County, and to Koindu across the "
                     "border in Sierra Leone.", gaz)
    _near(places["Foya"], "LR", (8.27, -10.23))
    _near(places["Koindu"], "SL", (8.46, -10.34))
    places = by_text("Coca growers blocked the highway at Villa Tunari and Shinahota to shield the former "
                     "president.", gaz)
    _near(places["Villa Tunari"], "BO", (-16.97, -65.42))
    _near(places["Shinahota"], "BO", (-16.99, -65.24))


def test_news_spellings_of_mexican_towns(gaz):
    places = by_text("Vigilantes in La Ruana and Cotija said cartel drones had dropped explosives on their "
                     "checkpoints, and gunmen fought the army near Ciudad Mier.", gaz)
    _near(places["La Ruana"], "MX", (19.16, -102.71))
    _near(places["Cotija"], "MX", (19.81, -102.70))
    _near(places["Ciudad Mier"], "MX", (26.43, -99.15))


def test_nearby_towns_and_namesakes_are_unaffected(gaz):
    # Koidu, the Kono diamond town, is not Kailahun's Koindu; Mier alone is still the Tamaulipas town.
    places = by_text("Miners marched through Koidu to demand a share of the diamond revenue.", gaz)
    _near(places["Koidu"], "SL", (8.64, -10.97))
    places = by_text("Soldiers patrolled the streets of Mier after the shootout.", gaz)
    _near(places["Mier"], "MX", (26.43, -99.15))
    # Kyaka II, the Ugandan settlement, leaves Kyaka, the Kagera river town of Tanzania, to itself.
    places = by_text("Fishermen in Kyaka, in Tanzania's Kagera region, said the river had flooded their boats.", gaz)
    _near(places["Kyaka"], "TZ", (-1.25, 31.42))
    # Cotija the town is not the cheese.
    places = by_text("A chef in Chicago crumbled cotija cheese over the tacos.", gaz)
    assert set(places) == {"Chicago"}


def test_district_seats_of_northern_ghana(gaz):
    places = by_text("Soldiers imposed a curfew on Bawku, Garu and Pusiga after gunmen killed two traders near "
                     "Zebilla, Ghana's interior ministry said.", gaz)
    _near(places["Garu"], "GH", (10.85, -0.18))
    _near(places["Pusiga"], "GH", (11.08, -0.13))
    _near(places["Zebilla"], "GH", (10.94, -0.48))
    places = by_text("Police in Ghana sent reinforcements to Saboba, Chereponi and Kpandai after clashes over "
                     "farmland.", gaz)
    _near(places["Saboba"], "GH", (9.71, 0.32))
    _near(places["Chereponi"], "GH", (10.14, 0.28))
    _near(places["Kpandai"], "GH", (8.47, -0.01))
