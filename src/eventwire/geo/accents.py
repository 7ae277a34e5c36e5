"""A name written with its accents: 'Río Branco' is Uruguay's town, not Brazil's Rio Branco; 'Concepción' a town of
Chile, Paraguay or Venezuela, not the Philippines' Concepcion. Among the towns under a name written with accents, those
the gazetteer spells as the text does outrank those it spells without them."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from .gazetteer import Feature
from .keys import name_key
from .mention import Mention

# A town spelt with the text's accents outranks its namesakes spelt without them from this size ("Río Branco",
# 14,600 people); the hamlets of a name do not ("Río Negro", a few thousand, is also Argentina's province).
MIN_WRITTEN_TOWN = 10_000


def as_written(span: str, features: tuple[Feature, ...], focus: Counter[str] | None = None) -> tuple[Feature, ...]:
    """The readings of `span` without the towns spelt otherwise than it in accents alone (under their own name, or
    under another whose town's name holds the span unaccented: "Visconde do Rio Branco"), when a town of some size
    (MIN_WRITTEN_TOWN), or of any size in a country of the article's `focus`, is spelt as it is (a name without
    accents, or with no such town so spelt, keeps every reading)."""
    if span.isascii():
        return features
    written = span.casefold()
    if not any(_town(f) and f.name.casefold() == written
               and (f.population >= MIN_WRITTEN_TOWN or (focus and focus.get(f.cc, 0) > 0)) for f in features):
        return features
    key = name_key(span)
    return tuple(f for f in features if not _spelt_otherwise(f, written, key))


def written_at_home(mentions: list[Mention], focus: Counter[str]) -> list[Mention]:
    """The mentions, each name written with accents that a town of a country the article names spells so, of any
    size, without its namesakes spelt otherwise ('Milán' in news of Colombia's Caquetá: its town of 7,500 people, not
    Milan)."""
    return [_at_home(m, focus) for m in mentions]


def _at_home(mention: Mention, focus: Counter[str]) -> Mention:
    if mention.text.isascii():
        kept = _plain_at_home(mention.text, mention.features, focus)
    else:
        kept = as_written(mention.text, mention.features, focus)
    return mention if len(kept) == len(mention.features) else replace(mention, features=kept)


# The marks of a scholarly romanization (macrons, dots below), which English news never writes: 'Fyzābād'.
ROMANIZED = frozenset("āēīōūĀĒĪŌŪḥḤḩḨṭṬḍḌḑẕẓṣṢẖṛṇ")


def _plain_at_home(span: str, features: tuple[Feature, ...], focus: Counter[str]) -> tuple[Feature, ...]:
    """A name written plain that a town of a country the article names spells so, of any size: without its namesakes
    of countries it names less, whose name the gazetteer spells with a romanization's marks ('Fyzabad' in news of
    Trinidad is its oil town, not India's Fyzābād, which English news writes Faizabad; India's Aurangabad keeps both
    its Aurangābād and its Aurangabad)."""
    written = span.casefold()
    home = max((focus.get(f.cc, 0) for f in features if _town(f) and f.name.casefold() == written), default=0)
    if not home:
        return features
    return tuple(f for f in features
                 if not (_town(f) and ROMANIZED.intersection(f.name) and focus.get(f.cc, 0) < home))


def _spelt_otherwise(f: Feature, written: str, key: str) -> bool:
    if f.fclass != "P":
        return False
    name = f.name.casefold()
    if f.how == "name":
        return name != written and name_key(f.name) == key
    return key in name_key(f.name) and written not in name


def _town(f: Feature) -> bool:
    return f.fclass == "P" and f.how == "name"
