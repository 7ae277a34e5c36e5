"""What the resolver knows about a whole article: its date, its dictionary mentions and its salient countries."""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from .lexicon import ActorLexicon, Mention
from .vocabulary import NON_STATE

_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
# "in 1998", "in March 1998", "on March 3, 1998", "3 March 1998": the year an act is dated to (not "the 1994
# genocide", "1945-1949", "since 2016")
_DATED = re.compile(rf"\b(?:[Ii]n|(?:{_MONTHS})(?:\s+\d{{1,2}},)?)\s+((?:19|20)\d\d)\b(?![-\u2013/]\d)")


@dataclass
class ArticleContext:
    """What the resolver knows about the article: its date, dictionary mentions and salient countries."""

    lexicon: ActorLexicon
    published: date | None
    mentions: list[Mention]
    places: tuple = ()  # the article's gazetteer places (geo.Place), sorted by offset; empty without when/where
    dates: dict[int, date] = field(default_factory=dict)  # sentence start -> the one year the sentence dates itself to

    def __post_init__(self) -> None:
        self._starts = [m.start for m in self.mentions]
        self.country_counts = Counter(
            e.code for m in self.mentions for e in m.entries[:1] if e.kind in ("country", "demonym", "capital", "seat")
        )
        self._org_countries = Counter(  # national organisations ("UNITA" -> AGO): a weaker hint of the country
            e.code for m in self.mentions for e in m.entries[:1] if e.kind == "org" and e.code not in NON_STATE
        )

    def when_at(self, sentence_start: int) -> date | None:
        """The date office holders are looked up on in a sentence: the year the sentence names for its act ("in
        1998"), else the publication date."""
        return self.dates.get(sentence_start, self.published)

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


def sentence_dates(text: str, spans, published: date | None) -> dict[int, date]:
    """Sentence start -> the date of the one year a sentence names for its act ("in 1998", "in March 1998"): the
    publication date when it is of that year, else mid-year. Sentences naming no year, or several, are left out."""
    out: dict[int, date] = {}
    for start, end in spans:
        years = {int(m.group(1)) for m in _DATED.finditer(text, start, end)}
        if len(years) == 1:
            year = years.pop()
            out[start] = published if published is not None and published.year == year else date(year, 7, 1)
    return out
