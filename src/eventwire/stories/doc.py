"""An article as the story index sees it, and the features computed from it alone.

`doc_features` needs nothing but the article, so ingest workers compute it and the writer, which must see
articles in order, only compares; `date_factor` weighs an article's date evidence against a story's.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .features import mentioned_years, split_sentences, stated_month, weighted_terms
from .state import Story

LEAD_SPAN = 4
"""Title plus this many sentences minus one make an article's lead."""
UNDATED_STORY_FACTOR = 0.7
"""Similarity factor for a dated article and an undated story whose texts do not name the article's year
(`date_factor`)."""
UNDATED_ARTICLE_FACTOR = 0.85
"""Similarity factor for an undated article not naming any of a dated story's years (`date_factor`); milder,
since one article says less about its time than a whole story does."""


@dataclass(frozen=True, slots=True)
class StoryDoc:
    """An article as the story clusterer sees it."""

    id: str
    text: str
    title: str = ""
    published: date | None = None
    outlet: str = ""
    actors: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    event_types: tuple[str, ...] = ()
    duplicate_of: str | None = None

    def sentences(self) -> list[str]:
        """Title first, then the text's sentences."""
        return ([self.title] if self.title else []) + split_sentences(self.text)

    def codes(self) -> tuple[str, ...]:
        """Actor, place and event-type codes as features."""
        return tuple(f"a:{a}" for a in self.actors) + tuple(f"l:{p}" for p in self.places) + tuple(
            f"e:{e}" for e in self.event_types)


def lead_vector(doc: StoryDoc) -> dict[int, float]:
    """Hashed terms of the article's lead (title and first sentences)."""
    return weighted_terms(doc.sentences()[:LEAD_SPAN])


@dataclass(frozen=True, slots=True)
class DocFeatures:
    """What `StoryIndex.assign` compares: computed from the article alone, so ingest workers can compute it."""

    vector: dict[int, float]
    lead: dict[int, float]
    month: str | None = None
    """"YYYY-MM" of the date the lead states (a dateline), if any."""
    years: frozenset[str] = frozenset()
    """Years the text names."""


def doc_features(doc: StoryDoc) -> DocFeatures:
    """The article's hashed whole-text and lead vectors (before IDF, which only the index knows); the month a
    date written in the lead (a dateline) names is a feature of the whole text."""
    sentences = doc.sentences()
    when = stated_month(sentences[:LEAD_SPAN])
    return DocFeatures(weighted_terms(sentences, doc.codes(), (when,) if when else ()),
                       weighted_terms(sentences[:LEAD_SPAN]), when, mentioned_years("\n".join(sentences)))


def date_factor(month: str | None, years: frozenset[str], story: Story) -> float:
    """How much an article's similarity to a story counts given their date evidence (1.0: no objection).

    When only one side is dated (a dateline or a publication date) and the other does not name the dated side's
    year, the undated side may as well report another happening of the same kind (an earlier earthquake in the
    same region, an earlier arrest of another player): its similarity is scaled down, so that only a clearly
    similar text joins across the gap. That holds whether the undated side names other years or none: naming
    none is no evidence of being the same happening either, and two same-kind happenings share most words.
    Dated against dated is left to the date feature and the time window, and no evidence on either side is no
    objection. Articles of real streams carry publication dates, so this only weighs on undated articles."""
    dated = {m[:4] for m in story.months} | {str(d.year) for d in (story.first, story.last) if d}
    if month and not dated:
        return UNDATED_STORY_FACTOR if month[:4] not in story.years else 1.0
    if dated and not month:
        return UNDATED_ARTICLE_FACTOR if dated.isdisjoint(years) else 1.0
    return 1.0
