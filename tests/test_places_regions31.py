"""Places, regions31: first-level regions whose names are no town's, for countries that had none in `regions.tsv`
(sentences of our own): a bare region name resolves to its country; a region that shares its name with something
else (a virus, a town abroad, a German city, a peninsula) is taken only with its kind word, and the namesake keeps
its own reading."""

from __future__ import annotations

from conftest import by_text


def _codes(text: str, names: tuple[str, ...], gaz) -> list[tuple[str, str]]:
    places = by_text(text, gaz)
    return [(places[n].country_code, places[n].feature_code) for n in names]


def test_bare_region_names_resolve_to_their_countries(gaz):
    cases = [
        ("Gunmen killed 12 villagers in Karamoja and raids spread to Teso.", ("Karamoja", "Teso"), "UG"),
        ("Heavy rain flooded homes in Mondulkiri and Ratanakiri on Monday.", ("Mondulkiri", "Ratanakiri"), "KH"),
        ("Militants attacked two border posts in Alibori and Atakora overnight.", ("Alibori", "Atakora"), "BJ"),
        ("Armed groups clashed with peacekeepers in Haute-Kotto and Vakaga.", ("Haute-Kotto", "Vakaga"), "CF"),
        ("Drought hit cattle farms in Omaheke and Otjozondjupa this year.", ("Omaheke", "Otjozondjupa"), "NA"),
        ("Wildfires burned forests in Split-Dalmatia and Šibenik-Knin.", ("Split-Dalmatia", "Šibenik-Knin"), "HR"),
        ("Farmers in Bács-Kiskun and Csongrád-Csanád lost their maize.", ("Bács-Kiskun", "Csongrád-Csanád"),
         "HU"),
        ("Soldiers were sent to Amambay and Canindeyú after the clashes.", ("Amambay", "Canindeyú"), "PY"),
        ("Heavy snow closed roads in Leinster and Connacht on Tuesday.", ("Leinster", "Connacht"), "IE"),
    ]
    for text, names, country in cases:
        assert _codes(text, names, gaz) == [(country, "ADM1")] * len(names), text


def test_a_region_with_its_kind_word(gaz):
    assert _codes("Rebels laid down their arms in the Pool Department, the government said.", ("Pool Department",),
                  gaz) == [("CG", "ADM1")]
    assert _codes("Firefighters battled a steppe fire in the Abai Region for a third day.", ("Abai Region",),
                  gaz) == [("KZ", "ADM1")]
    assert _codes("Cholera cases rose in the West Nile region, health officials said.", ("West Nile region",),
                  gaz) == [("UG", "ADM1")]
    place = by_text("Venezuela renewed its claim to the Essequibo on Friday.", gaz)["Essequibo"]
    assert place.country_code == "GY" and abs(place.lat - 6.0) < 1 and abs(place.lon + 59.7) < 1


def test_namesakes_keep_their_own_reading(gaz):
    # The virus is no region of Uganda.
    assert "West Nile" not in by_text("The West Nile virus was found in mosquitoes in Texas.", gaz)
    # A town named like a district elsewhere stays the town.
    assert by_text("Police in Toledo, Ohio, said two men were arrested.", gaz)["Toledo"].country_code == "US"
    # Germany's city is not Ireland's province, and the Balkans are not Turkmenistan's region.
    assert by_text("Police in Munster said a car hit a crowd.", gaz)["Munster"].country_code == "DE"
    places = by_text("Balkan leaders met in Sofia on Monday.", gaz)
    assert all(p.country_code != "TM" for p in places.values())


def test_missing_regions_of_countries_with_a_few_rows(gaz):
    cases = [
        ("Clan militias fought government troops in Galmudug and Hirshabelle.", ("Galmudug", "Hirshabelle"), "SO"),
        ("Aid agencies said families from Sudan reached Wadi Fira and Ennedi.", ("Wadi Fira", "Ennedi"), "TD"),
        ("Storms cut power to 40,000 homes in Pirkanmaa and North Ostrobothnia.", ("Pirkanmaa", "North Ostrobothnia"),
         "FI"),
        ("Floods displaced families in Manyara and Simiyu, officials said.", ("Manyara", "Simiyu"), "TZ"),
        ("Fighting flared in Central Darfur and East Darfur last week.", ("Central Darfur", "East Darfur"), "SD"),
    ]
    for text, names, country in cases:
        assert _codes(text, names, gaz) == [(country, "ADM1")] * len(names), text
    # The sea keeps its name.
    assert by_text("A cargo ship was attacked in the Red Sea off Yemen.", gaz)["Red Sea"].feature_code == "SEA"


def test_a_third_batch_and_the_names_it_left_alone(gaz):
    assert _codes("Floods hit Bono East and the Savannah Region on Monday.", ("Bono East", "Savannah Region"),
                  gaz) == [("GH", "ADM1")] * 2
    assert _codes("Locusts swept across Androy and Anosy.", ("Androy", "Anosy"), gaz) == [("MG", "ADM1")] * 2
    assert _codes("A gas blast in the Sverdlovsk region killed three.", ("Sverdlovsk region",), gaz) == [("RU", "ADM1")]
    # The DR Congo's old name is not Angola's Zaire province, and Bulgaria's Sofia region is not Madagascar's.
    assert by_text("Doctors reported new Ebola cases in Zaire in 1995.", gaz)["Zaire"].country_code == "CD"
    place = by_text("Police in Sofia region detained four men, Bulgaria said.", gaz)["Sofia region"]
    assert place.country_code == "BG"
