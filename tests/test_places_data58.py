"""Places: the rows of `geo/data/towns.tsv` and `areas.tsv` reviewed in session 58 (districts and remote towns of the
Andes and Venezuela; barrios, border crossings and rivers of the Southern Cone and Brazil; quarters and crossings of
the Caribbean and Central America; townships, border posts and dams of southern Africa; quarters and conflict towns of
West and Central Africa; villages and quarters of Turkey, the Balkans, the Levant, Iraq and North Africa; villages,
lakes and salt flats of Argentina, Chile and Uruguay) resolve to their country and point."""

from __future__ import annotations

from conftest import by_text, in_country_near as _near


def test_remote_towns_and_quarters_of_the_andes(gaz):
    text = ("Ecuador: landslides cut the road at Baeza, in Napo, and Venezuelan police raided homes in the border "
            "village of Castilletes.")
    places = by_text(text, gaz)
    _near(places["Baeza"], "EC", (-0.458, -77.888))
    _near(places["Castilletes"], "VE", (11.85, -71.32))
    text = "Bolivia: boats waited at San Buenaventura, across the Beni river from Rurrenabaque, as the water rose."
    _near(by_text(text, gaz)["San Buenaventura"], "BO", (-14.44, -67.535))


def test_barrios_crossings_and_rivers_of_the_southern_cone(gaz):
    river = by_text("Uruguay: the Río Negro rose above its banks near Mercedes, officials said.", gaz)["Río Negro"]
    _near(river, "UY", (-33.40, -58.37))
    text = ("Chile: smelter fumes reached La Greda, near Puchuncaví, and Argentine troops guarded Puerto Pilcomayo, "
            "opposite Asunción.")
    places = by_text(text, gaz)
    _near(places["La Greda"], "CL", (-32.755, -71.47))
    _near(places["Puerto Pilcomayo"], "AR", (-25.355, -57.68))


def test_quarters_and_crossings_of_the_caribbean_and_central_america(gaz):
    text = ("Haiti: gangs burned homes in Caradeux, on the edge of Port-au-Prince. In Honduras, lorries queued at "
            "Guasaule, and Costa Rica's court halted gold digging at Crucitas.")
    places = by_text(text, gaz)
    _near(places["Caradeux"], "HT", (18.57, -72.26))
    _near(places["Guasaule"], "HN", (13.04, -86.96))
    _near(places["Crucitas"], "CR", (10.86, -84.33))


def test_townships_border_posts_and_dams_of_southern_africa(gaz):
    text = ("South Africa: residents of Tumahole marched on the municipal offices. Trucks waited at Oshoek for the "
            "border to reopen, and the Nandoni Dam filled after the rains in Limpopo.")
    places = by_text(text, gaz)
    _near(places["Tumahole"], "ZA", (-26.92, 27.47))
    _near(places["Oshoek"], "ZA", (-26.21, 31.00))
    _near(places["Nandoni Dam"], "ZA", (-22.98, 30.60))


def test_quarters_and_conflict_towns_of_west_and_central_africa(gaz):
    text = ("Burkina Faso: gunmen killed villagers in Solhan. In the Central African Republic, rebels seized Sam "
            "Ouandja, and Ghana's police patrolled Nima, in Accra, after clashes.")
    places = by_text(text, gaz)
    _near(places["Solhan"], "BF", (13.376, 0.457))
    _near(places["Sam Ouandja"], "CF", (8.528, 23.245))
    _near(places["Nima"], "GH", (5.585, -0.199))


def test_villages_and_quarters_of_the_eastern_mediterranean_and_iraq(gaz):
    text = ("Cyprus: migrants crowded the Pournara camp. In Iraq, militants attacked a checkpoint near Dhuluiya, and "
            "Algerian firefighters battled flames above Tikjda.")
    places = by_text(text, gaz)
    _near(places["Pournara"], "CY", (35.15, 33.22))
    _near(places["Dhuluiya"], "IQ", (34.10, 44.25))
    _near(places["Tikjda"], "DZ", (36.45, 4.12))


def test_villages_lakes_and_salt_flats_of_argentina_and_chile(gaz):
    text = ("Chile: lithium brine is pumped near Peine, in the Atacama. In Argentina, a fire spread from Las "
            "Golondrinas toward Lago Puelo, and anglers returned to Lago Falkner.")
    places = by_text(text, gaz)
    _near(places["Peine"], "CL", (-23.68, -68.06))
    _near(places["Las Golondrinas"], "AR", (-42.00, -71.51))
    _near(places["Lago Falkner"], "AR", (-40.46, -71.53))
