"""Place evaluation: the scorer's arithmetic on a tiny file, and the gate on GeoVirus."""

from __future__ import annotations

import pytest

from conftest import shared_file
from eventwire.errors import EventwireError
from eventwire.eval.baseline import check_floors
from eventwire.eval.places import evaluate, read_gold

XML = """<articles><article><source>x</source>
<text>Doctors in Nairobi and Paris met. Zorblax is unknown.</text>
<locations>
<location><name>Nairobi</name><start>11</start><end>18</end><lat>-1.28</lat><lon>36.82</lon><page>p</page></location>
<location><name>Paris</name><start>23</start><end>28</end><lat>33.66</lat><lon>-95.55</lon><page>p</page></location>
<location><name>Zorblax</name><start>34</start><end>41</end><lat>10</lat><lon>10</lon><page>p</page></location>
</locations></article></articles>"""


def test_scorer_arithmetic(tmp_path):
    path = tmp_path / "gold.xml"
    path.write_text(XML, encoding="utf-8")
    result = evaluate(path)
    scores = result["scores"]
    assert (result["n_gold"], result["n_matched"], result["n_predicted"]) == (3, 2, 2)
    assert scores["mention_recall"] == pytest.approx(2 / 3, abs=1e-3)
    assert scores["mention_precision"] == 1.0
    # Nairobi right; Paris resolved to France while gold is Paris, Texas: wrong country, far away.
    assert scores["acc161"] == pytest.approx(1 / 3, abs=1e-3)
    assert scores["acc161_matched"] == 0.5 and scores["country_accuracy_matched"] == 0.5
    assert result["distances"]["median_error_km"] > 1000


def test_a_place_spanning_countries_has_no_gold_country(tmp_path):
    """'Europe' (at a reference point in Lithuania) has no country: an unqualified reading is right."""
    text = "Flu spread across Europe and reached Kenya."
    xml = f"""<articles><article><text>{text}</text><locations>
<location><name>Europe</name><start>18</start><end>24</end><lat>54.9</lat><lon>25.3</lon>
<page>https://en.wikipedia.org/wiki/Europe</page></location>
<location><name>Kenya</name><start>37</start><end>42</end><lat>0.5</lat><lon>37.9</lon>
<page>https://en.wikipedia.org/wiki/Kenya</page></location></locations></article></articles>"""
    path = tmp_path / "gold.xml"
    path.write_text(xml, encoding="utf-8")
    scores = evaluate(path)["scores"]
    assert scores["mention_recall"] == 1.0 and scores["country_accuracy"] == 1.0


def _one_place(tmp_path, text, name, lat, lon, page):
    start = text.index(name)
    xml = f"""<articles><article><text>{text}</text><locations>
<location><name>{name}</name><start>{start}</start><end>{start + len(name)}</end><lat>{lat}</lat><lon>{lon}</lon>
<page>https://en.wikipedia.org/wiki/{page}</page></location></locations></article></articles>"""
    path = tmp_path / "gold.xml"
    path.write_text(xml, encoding="utf-8")
    return evaluate(path)["scores"]


def test_the_gold_country_comes_from_a_page_naming_a_country_or_an_area_of_several(tmp_path):
    # A country's point in its capital by a border (Kinshasa) has a neighbour's town nearest: the page decides.
    assert _one_place(tmp_path, "Ebola returned to Zaire in May.", "Zaire", -4.32, 15.31,
                      "Democratic_Republic_of_the_Congo")["country_accuracy"] == 1.0
    # A union, a shared lake: no single country, whatever town lies nearest their points.
    assert _one_place(tmp_path, "Ministers of the European Union met.", "European Union", 50.1, 9.2,
                      "European_Union")["country_accuracy"] == 1.0
    assert _one_place(tmp_path, "Algae bloomed in Lake Erie.", "Lake Erie", 42.2, -81.2,
                      "Lake_Erie")["country_accuracy"] == 1.0
    # A point far from the page's country is a namesake's (the town in Bolivia's Beni, not Trinidad and Tobago): the
    # point decides, so the Bolivian reading is right.
    assert _one_place(tmp_path, "Floods cut roads to Trinidad in Beni.", "Trinidad", -14.83, -64.9,
                      "Trinidad")["country_accuracy"] == 1.0


def test_a_town_by_a_continents_point_keeps_its_country(tmp_path):
    # Europe's reference point lies by Stuttgart: the town is still Germany's.
    assert _one_place(tmp_path, "Workers struck at a car plant in Stuttgart on Monday.", "Stuttgart", 48.78, 9.18,
                      "Stuttgart")["country_accuracy"] == 1.0


def test_a_page_qualified_by_a_country_gives_that_country(tmp_path):
    # The point of Ghana's Western Region has a town of Cote d'Ivoire nearest; the page's qualifier says Ghana.
    text = "Soldiers were sent to the Western Region of Ghana to stop illegal mining."
    assert _one_place(tmp_path, text, "Western Region", 5.5, -2.5,
                      "Western_Region_(Ghana)")["country_accuracy"] == 1.0


def test_a_page_qualified_by_a_country_far_from_its_next_town(tmp_path):
    # In the Sahel a village's nearest gazetteer town may be across the border, 100 km off its own country's next one.
    text = "Herders clashed near Nampala, in Mali's Segou region, on Monday."
    assert _one_place(tmp_path, text, "Nampala", 15.5, -5.3, "Nampala,_Mali")["country_accuracy"] == 1.0


def test_a_town_its_page_names_at_the_point_gives_its_country(tmp_path):
    # An annotator's point for Reni, on the Danube, lies nearer a Romanian village than Reni's own point: the page
    # names the Ukrainian town there, and its country is the gold's.
    from eventwire.eval.places import GoldPlace, gold_country, nearest_country

    country_of = nearest_country()
    assert country_of(45.43, 28.20) == "RO"
    assert gold_country(GoldPlace(0, 4, "Reni", 45.43, 28.20, "https://en.wikipedia.org/wiki/Reni"), country_of) == "UA"
    text = "A drone hit grain silos in Reni on the Danube overnight, Ukraine's navy said."
    assert _one_place(tmp_path, text, "Reni", 45.43, 28.20, "Reni")["country_accuracy"] == 1.0


def test_a_town_its_page_names_with_its_region_at_the_point_gives_its_country(tmp_path):
    # "Sarnia, Ontario" at a point on the St. Clair river nearer Port Huron, Michigan: the page names Ontario's town.
    from eventwire.eval.places import GoldPlace, gold_country, nearest_country

    country_of = nearest_country()
    assert country_of(42.97, -82.418) == "US"
    page = "https://en.wikipedia.org/wiki/Sarnia,_Ontario"
    assert gold_country(GoldPlace(0, 6, "Sarnia", 42.97, -82.418, page), country_of) == "CA"
    # A title naming a region of another country than the point's towns leaves the point to decide.
    page = "https://en.wikipedia.org/wiki/Sarnia,_Michigan"
    assert gold_country(GoldPlace(0, 6, "Sarnia", 42.97, -82.418, page), country_of) == "US"


def test_a_region_its_page_names_near_the_point_gives_its_country(tmp_path):
    # Sources put a region's centre tens of kilometres apart: a point for Tajikistan's Sughd region whose nearest town
    # is Kyrgyz is still Sughd's, within 161 km of the gazetteer's point for it; a town needs to be within 25 km.
    from eventwire.eval.places import GoldPlace, gold_country, nearest_country

    country_of = nearest_country()
    assert country_of(39.95, 69.7) == "KG"
    page = "https://en.wikipedia.org/wiki/Sughd_Region"
    assert gold_country(GoldPlace(0, 5, "Sughd", 39.95, 69.7, page), country_of) == "TJ"
    assert gold_country(GoldPlace(0, 5, "Sughd", 42.0, 75.0, page), country_of) == "KG"


def test_bad_gold_file(tmp_path):
    path = tmp_path / "bad.xml"
    path.write_text("<articles><article>", encoding="utf-8")
    with pytest.raises(EventwireError) as info:
        read_gold(path)
    assert info.value.code == "EW401"


def test_geovirus_gate():
    result = evaluate(shared_file("gold/geovirus/GeoVirus.xml"))
    assert result["articles"] == 229
    assert not check_floors("geovirus", result["scores"]), result["scores"]
