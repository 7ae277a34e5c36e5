"""Places: the session-51 rows of `geo/data/towns.tsv`, `areas.tsv` and `regions.tsv` (quarters of Port-au-Prince
and Montevideo, villages of Trinidad, Lebanon and the West Bank, Peru's peaks and rivers, ancient cities of Syria, the
districts of Suriname and Trinidad's regional corporations, the Grand Ethiopian Renaissance Dam) resolve to their
country and point."""

from __future__ import annotations

from conftest import by_text, in_country_near as _near


def test_quarters_of_port_au_prince_and_montevideo(gaz):
    places = by_text("Haiti: gunfire in Bolosse kept schools shut, and families fled up to Furcy.", gaz)
    _near(places["Bolosse"], "HT", (18.525, -72.355))
    _near(places["Furcy"], "HT", (18.40, -72.28))
    places = by_text("Uruguay: buses to Nuevo París and Villa Española ran late after the strike.", gaz)
    _near(places["Nuevo París"], "UY", (-34.85, -56.238))
    _near(places["Villa Española"], "UY", (-34.866, -56.143))


def test_villages_and_bays_of_trinidad_and_the_caribbean(gaz):
    places = by_text("Trinidad and Tobago: oil seeped ashore at La Romaine and into Mayaro Bay.", gaz)
    _near(places["La Romaine"], "TT", (10.265, -61.47))
    _near(places["Mayaro Bay"], "TT", (10.27, -60.99))


def test_peru_quarters_peaks_and_rivers(gaz):
    places = by_text("Peru: dengue cases rose in Manantay, and climbers were lost on Chopicalqui.", gaz)
    _near(places["Manantay"], "PE", (-8.398, -74.538))
    _near(places["Chopicalqui"], "PE", (-9.08, -77.58))


def test_villages_of_lebanon_and_ancient_cities_of_syria(gaz):
    places = by_text("Lebanon: strikes hit Deir al-Ahmar, and snow cut the road to Tannourine.", gaz)
    _near(places["Deir al-Ahmar"], "LB", (34.125, 36.131))
    _near(places["Tannourine"], "LB", (34.208, 35.92))
    _near(by_text("Syria: looters dug at Qatna again this winter.", gaz)["Qatna"], "SY", (34.835, 36.866))


def test_districts_of_suriname_and_regional_corporations_of_trinidad(gaz):
    places = by_text("Suriname: gold miners in Sipaliwini and rice farmers in Nickerie protested.", gaz)
    _near(places["Sipaliwini"], "SR", (3.3, -56.0))
    _near(places["Nickerie"], "SR", (5.2, -56.9))
    places = by_text("Trinidad and Tobago: homes flooded in Penal-Debe and Mayaro-Rio Claro.", gaz)
    _near(places["Penal-Debe"], "TT", (10.17, -61.43))
    _near(places["Mayaro-Rio Claro"], "TT", (10.25, -61.1))


def test_the_grand_ethiopian_renaissance_dam_is_the_dam_not_ethiopia(gaz):
    place = by_text("Egypt: new talks over the Grand Ethiopian Renaissance Dam stalled.", gaz)[
        "Grand Ethiopian Renaissance Dam"]
    _near(place, "ET", (11.215, 35.093))
