"""Places: the rows of `geo/data/towns.tsv` and `areas.tsv` reviewed in sessions 54 (batches n-q, merged in session 55)
and 55 (quarters of Brazilian cities; volcanoes and islands of Indonesia and the Philippines; quarters of Tehran and
towns of the Kivus; BARMM municipalities; estates of Nairobi and Mombasa and East Africa's rivers and reservoirs;
places read sets lacked) resolve to their country and point."""

from __future__ import annotations

from conftest import by_text, in_country_near as _near


def test_quarters_of_brazil_and_tehran_and_towns_of_the_kivus(gaz):
    text = ("Brazil: police raided Deodoro, in Rio de Janeiro, before dawn. In Iran, residents of Lavizan, in Tehran, "
            "reported blasts. In Congo, traders in Cimpunda, in Bukavu, closed their stalls.")
    places = by_text(text, gaz)
    _near(places["Deodoro"], "BR", (-22.86, -43.39))
    _near(places["Lavizan"], "IR", (35.78, 51.50))
    _near(places["Cimpunda"], "CD", (-2.51, 28.85))


def test_volcanoes_islands_and_municipalities_of_south_east_asia(gaz):
    text = ("Indonesia raised the alert at Lewotobi Perempuan on Flores. In the Philippines, ferries to Panaon Island "
            "were halted, and troops were sent to Datu Hoffer Ampatuan, in Maguindanao.")
    places = by_text(text, gaz)
    _near(places["Lewotobi Perempuan"], "ID", (-8.56, 122.77))
    _near(places["Panaon Island"], "PH", (10.05, 125.20))
    _near(places["Datu Hoffer Ampatuan"], "PH", (6.85, 124.46))


def test_estates_rivers_and_reservoirs_of_east_africa(gaz):
    text = ("Kenya: water was rationed in Muthangari, in Nairobi, and in Kizingo, in Mombasa, and the Chania River "
            "burst its banks. In Tanzania, fishermen on Nyumba ya Mungu Dam reported low water.")
    places = by_text(text, gaz)
    _near(places["Muthangari"], "KE", (-1.28, 36.78))
    _near(places["Kizingo"], "KE", (-4.07, 39.68))
    _near(places["Chania River"], "KE", (-1.04, 37.11))
    _near(places["Nyumba ya Mungu Dam"], "TZ", (-3.80, 37.45))


def test_places_read_sets_lacked_this_session(gaz):
    text = ("Kiribati: water was shipped to Banaba. In Uganda, hikers were rescued in the Rwenzoris. In Syria, "
            "families returned to Alouk, near Ras al-Ain.")
    places = by_text(text, gaz)
    _near(places["Banaba"], "KI", (-0.87, 169.53))
    assert abs(places["Rwenzoris"].lat - 0.39) < 0.3 and abs(places["Rwenzoris"].lon - 29.87) < 0.3
    _near(places["Alouk"], "SY", (36.84, 40.09))


def test_villages_and_counties_of_east_africa_a_read_set_lacked(gaz):
    text = ("South Sudan: floods reached Panyagor, in Twic East county, and Kolnyang. In Kenya, herders in Kabiyet "
            "and Kaptumo lost cattle.")
    places = by_text(text, gaz)
    _near(places["Panyagor"], "SS", (7.15, 31.41), within=30)
    _near(places["Kabiyet"], "KE", (0.48, 35.17), within=30)
    _near(places["Kaptumo"], "KE", (0.08, 35.07), within=30)
