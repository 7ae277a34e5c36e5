"""Score place finding on GeoVirus-style XML: mention recall and precision, country accuracy, Acc@161km.

Gold countries are not in the file. A gold place whose Wikipedia page names a country (as the gazetteer knows it),
with a point near that country's reference point, has that country; one whose page names a place that is no part of
one country (a continent, ocean, sea, gulf, world region, a shared lake or river, or a union such as the European
Union: an area the gazetteer gives no country) has none: "" is right for it; one whose page's title names a country
as its qualifier ("Western Region (Ghana)"), at a point within 161 km of a town of that country, has that country;
one whose page's title names towns or regions of one country within 25 km of its point, alone or with their first-
level region ("Sarnia, Ontario"), has that country (since 2026-12-01's twelfth session: a village added across a
border river, or a town across one, had taken a town's; a first-level region within 161 km since 2026-12-02). Every
other gold point gets the country of the nearest town of the gazetteer (GeoNames' and the reviewed ones;
great-circle distance); a gold place with no page at a continent's point has none. That is right for towns and
regions; a point at sea or in a neighbour's town-free border area may get a neighbour (rare; errors are listed).
Before 2026-11-30 a country's page counted only through its point, and the Democratic Republic of the Congo's point
(Kinshasa) has a town of the Republic of the Congo nearest, and the European Union's one in Poland. Until 2026-12-01
every point within 161 km of a continent's point had none, whatever its page (Mainz, by Europe's point), and a
qualifier counted only through the point.
"""

from __future__ import annotations

import re
import statistics
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Sequence

from ..errors import EventwireError
from ..geo import Place, find_places, load_gazetteer
from ..geo.distance import km
from ..geo.keys import name_key
from ..nlp import entity_tagger, load_pipeline
from ..settings import Settings

ACC_KM = 161.0


@dataclass(frozen=True, slots=True)
class GoldPlace:
    """One gold mention."""

    start: int
    end: int
    name: str
    lat: float
    lon: float
    page: str = ""


@dataclass(frozen=True, slots=True)
class GoldArticle:
    text: str
    places: tuple[GoldPlace, ...]


def read_gold(path: str | Path) -> list[GoldArticle]:
    """Articles with their gold places; a bad file is EW401."""
    try:
        root = ET.parse(path).getroot()
        return [GoldArticle(a.findtext("text") or "", tuple(_gold_place(loc) for loc in a.iter("location")))
                for a in root.iter("article")]
    except (OSError, ET.ParseError, TypeError, ValueError) as exc:
        raise EventwireError("EW401", path=path, reason=exc) from None


def _gold_place(loc: ET.Element) -> GoldPlace:
    return GoldPlace(int(loc.findtext("start")), int(loc.findtext("end")), loc.findtext("name") or "",
                     float(loc.findtext("lat")), float(loc.findtext("lon")), loc.findtext("page") or "")


PAGE_COUNTRY_KM = 1000.0
COUNTRY_CODES = frozenset({"PCLI", "PCLD", "PCLF", "PCLS", "PCL", "PCLIX", "TERR"})


def page_country(gold: GoldPlace) -> str | None:
    """The country a gold place's Wikipedia page names by its title: "" for an area of several countries (a
    continent, an ocean, a union...: the gazetteer gives it none), the ISO-2 of a country when the gold point lies
    within 1,000 km of the country's reference point (an annotator's point for a country may be its capital by a
    border, Kinshasa; a point far off was a namesake's: "Trinidad" at a point in Bolivia is that town, whatever page
    was given), else None (a town, a region: the point decides)."""
    from urllib.parse import unquote

    title = unquote(gold.page.rstrip("/").rsplit("/", 1)[-1]).replace("_", " ")
    found = load_gazetteer().lookup(name_key(title)) if title else ()
    if any(f.fclass != "P" and not f.cc for f in found):
        return ""
    named = next((f.cc for f in found if f.fcode in COUNTRY_CODES and f.cc and f.lat is not None
                  and km(gold.lat, gold.lon, f.lat, f.lon) <= PAGE_COUNTRY_KM), None)
    if named is None and found:
        named = _place_at_point(found, gold)
    return named if named is not None or found else qualifier_country(title, gold)


# A place the page's title names lying this close to the gold point is the gold place.
PAGE_PLACE_KM = 25.0


def _place_at_point(found: Sequence, gold: GoldPlace) -> str | None:
    """The country of the towns and regions the page's title names at the gold point ("Reni": Ukraine's town,
    though a Romanian village across the Danube may be the nearest town), when they are all of one country; else None.
    A first-level region counts within ACC_KM of the point (sources put a region's centre tens of kilometres apart:
    Tajikistan's Sughd at a point whose nearest town is Kyrgyz), a town within PAGE_PLACE_KM.
    Not rivers, ranges or crossings: they lie on borders, and the gazetteer's choice of country must not make the
    gold's."""
    near = {f.cc for f in found if f.cc and f.fclass in ("P", "A") and f.lat is not None
            and km(gold.lat, gold.lon, f.lat, f.lon) <= (ACC_KM if f.fcode == "ADM1" else PAGE_PLACE_KM)}
    return near.pop() if len(near) == 1 else None


# A Wikipedia title's qualifier: "Western Region (Ghana)", "San Lorenzo, Santa Fe" (the last part).
QUALIFIER = re.compile(r"^.+?(?:, (?P<comma>[^,()]+)| \((?P<paren>[^()]+)\))$")
QUALIFIER_KM = ACC_KM  # the Sahel's towns are far apart: 50 km left "Léré, Mali" to Mauritania's nearest town


def qualifier_country(title: str, gold: GoldPlace) -> str | None:
    """The country a page's title names as its qualifier ("Western Region (Ghana)", "Pra River (Ghana)") when the
    gold point lies in or by that country (a town of it within 161 km): a point near a border may have a neighbour's
    town nearest."""
    match = QUALIFIER.match(title)
    if not match:
        return None
    gaz = load_gazetteer()
    named = gaz.lookup(name_key(match["comma"] or match["paren"]))
    countries = [f for f in named if f.fcode in COUNTRY_CODES and f.cc]
    for country in countries:
        near = gaz.db.execute("SELECT lat, lon FROM features WHERE fclass = 'P' AND cc = ?", (country.cc,))
        if any(km(gold.lat, gold.lon, lat, lon) <= QUALIFIER_KM for lat, lon in near):
            return country.cc
    regions = {f.cc for f in named if f.fcode == "ADM1" and f.cc}  # "Windsor, Ontario": a town of Ontario's country
    head = title[:match.start("comma") - 2] if match["comma"] else title[:match.start("paren") - 2]
    found = [f for f in gaz.lookup(name_key(head)) if f.cc in regions] if regions else []
    return _place_at_point(found, gold) if found else None


def gold_country(gold: GoldPlace, country_of: Callable[[float, float], str]) -> str:
    """The gold place's country: its page's, else its point's (a gold place with no page at a continent's point is
    that continent: none)."""
    named = page_country(gold) if gold.page else None
    if named is not None:
        return named
    if not gold.page and any(km(gold.lat, gold.lon, f.lat, f.lon) <= ACC_KM for f in load_gazetteer().continents()):
        return ""
    return country_of(gold.lat, gold.lon)


def nearest_country() -> Callable[[float, float], str]:
    """ISO-2 of the nearest gazetteer town to a point."""
    import numpy as np
    from sklearn.neighbors import BallTree

    towns = load_gazetteer().towns()
    tree = BallTree(np.radians([[t[0], t[1]] for t in towns]), metric="haversine")
    codes = [t[2] for t in towns]

    def lookup(lat: float, lon: float) -> str:
        _, index = tree.query(np.radians([[lat, lon]]), k=1)
        return codes[int(index[0][0])]

    return lookup


def _overlapping(gold: GoldPlace, predicted: Sequence[Place]) -> Place | None:
    """The predicted mention overlapping the gold one (resolved ones first)."""
    hits = [p for p in predicted if p.start < gold.end and gold.start < p.end]
    hits.sort(key=lambda p: (p.geonameid is None and p.lat is None, abs(p.start - gold.start)))
    return hits[0] if hits else None


def score(articles: Sequence[GoldArticle], predict: Callable[[str], Sequence[Place]],
          country_of: Callable[[float, float], str]) -> dict:
    """The metrics, over all gold mentions and over the matched ones, plus the misses."""
    n_gold = matched = right_country = within = n_pred = true_pred = 0
    errors: list[float] = []
    misses: list[dict] = []
    for article in articles:
        predicted = predict(article.text)
        n_pred += len(predicted)
        true_pred += sum(1 for p in predicted if any(p.start < g.end and g.start < p.end for g in article.places))
        for gold in article.places:
            n_gold += 1
            hit = _overlapping(gold, predicted)
            if hit is None:
                misses.append({"name": gold.name, "why": "missed"})
                continue
            matched += 1
            gold_cc = gold_country(gold, country_of)
            right_country += (hit.country_code or "") == gold_cc
            if hit.lat is None:
                misses.append({"name": gold.name, "why": "unresolved"})
                continue
            error = km(gold.lat, gold.lon, hit.lat, hit.lon)
            errors.append(error)
            within += error <= ACC_KM
            if error > ACC_KM or hit.country_code != gold_cc:
                misses.append({"name": gold.name, "why": f"{hit.name} {hit.country_code} vs {gold_cc}, {error:.0f} km"})
    return _metrics(n_gold, matched, right_country, within, n_pred, true_pred, errors) | {"misses": misses}


def _ratio(a: int, b: int) -> float:
    return round(a / b, 4) if b else 0.0


def _metrics(n_gold: int, matched: int, right: int, within: int, n_pred: int, true_pred: int, errors: list[float]) -> dict:
    scores = {
        "mention_recall": _ratio(matched, n_gold),
        "mention_precision": _ratio(true_pred, n_pred),
        "country_accuracy": _ratio(right, n_gold),
        "acc161": _ratio(within, n_gold),
        "country_accuracy_matched": _ratio(right, matched),
        "acc161_matched": _ratio(within, matched),
    }
    distances = {"mean_error_km": round(statistics.fmean(errors), 1) if errors else 0.0,
                 "median_error_km": round(statistics.median(errors), 1) if errors else 0.0}
    return {"n_gold": n_gold, "n_matched": matched, "n_predicted": n_pred, "scores": scores, "distances": distances}


def evaluate(path: str | Path, *, part: str = "all", model: str | None = None) -> dict:
    """Score `find_places` on a GeoVirus XML file: part "first" (development half), "second" or "all"."""
    articles = read_gold(path)
    half = (len(articles) + 1) // 2
    chosen = {"first": articles[:half], "second": articles[half:]}.get(part, articles)
    tagger = entity_tagger(load_pipeline(model or Settings().spacy_model))
    result = score(chosen, lambda text: find_places(text, tagger=tagger), nearest_country())
    return {"articles": len(chosen), "part": part} | result
