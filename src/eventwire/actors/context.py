"""What the resolver knows about a whole article: its date, its dictionary mentions and its salient countries."""

from __future__ import annotations

import bisect
from collections import Counter
from dataclasses import dataclass
from datetime import date

from .lexicon import ActorLexicon, Mention
from .vocabulary import NON_STATE


@dataclass
class ArticleContext:
    """What the resolver knows about the article: its date, dictionary mentions and salient countries."""

    lexicon: ActorLexicon
    published: date | None
    mentions: list[Mention]
    places: tuple = ()  # the article's gazetteer places (geo.Place), sorted by offset; empty without when/where

    def __post_init__(self) -> None:
        self._starts = [m.start for m in self.mentions]
        self.country_counts = Counter(
            e.code for m in self.mentions for e in m.entries[:1] if e.kind in ("country", "demonym", "capital", "seat")
        )
        self._org_countries = Counter(  # national organisations ("UNITA" -> AGO): a weaker hint of the country
            e.code for m in self.mentions for e in m.entries[:1] if e.kind == "org" and e.code not in NON_STATE
        )

    def mention_at(self, char: int) -> Mention | None:
        i = bisect.bisect_right(self._starts, char) - 1
        if i >= 0 and self.mentions[i].start <= char < self.mentions[i].end:
            return self.mentions[i]
        return None

    def place_at(self, char: int):
        """The resolved gazetteer place covering a character offset ("Samarra" -> a town in Iraq), if any."""
        for place in self.places:
            if place.start <= char < place.end and place.country:
                return place
        return None

    def before(self, char: int) -> list[Mention]:
        return self.mentions[: bisect.bisect_left(self._starts, char)]

    def main_country(self, exclude: set[str]) -> str | None:
        """The most mentioned country, else the home of the most mentioned national organisation, else the
        country of the towns and regions the gazetteer found ("rebels attacked Jalalabad")."""
        places = Counter(p.country for p in self.places if getattr(p, "country", None))
        for counts in (self.country_counts, self._org_countries, places):
            for code, _ in counts.most_common():
                if code not in exclude:
                    return code
        return None
