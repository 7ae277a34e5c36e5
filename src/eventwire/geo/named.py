"""Places the gazetteer lacks, told by the language model's entity recogniser: a capitalised name right after
"in", "near", "outside", "into", "across", "around", "toward(s)", "between" or "through" ("clashes in Nadome")
that no rule took is a place when the recogniser, run on its sentence alone, tags exactly that name (all its capitalised
words) as a geopolitical entity or a location (GPE, LOC). It is reported in the country the text puts it
(`unknown_in.unknown_place`), unresolved.

Rules alone cannot tell "in Nadome" from "in Congress"; the recogniser has learnt it from context. Not after "to",
"at", "from" or "of", where the small English model calls people's surnames places ("sent the boy to Wambui");
not names with digits ("H5N1"), institutions ("the Buffalo Science Magnet School"), stoplisted words, a name the
article already has as a place, or the people it names (`persons.person_names`); not a verb's object ("had to Taser
him"), a possessive, a name before a number ("in Ligue 1"), a holding ("a stake in Nvidia") or a name after a
capitalised word (as in headlines). The recogniser runs only on sentences holding such a name:
on the demo corpus, one sentence in about forty articles.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from typing import Callable, Sequence

from .gazetteer import Gazetteer
from .holder import ordinary_word
from .place import Place
from .unknown_in import unknown_place
from .words import Word

# A function from a sentence's text to its entities: (start, end, label), offsets into that text.
Tagger = Callable[[str], Sequence[tuple[int, int, str]]]

CANDIDATE = re.compile(r"\b(?:in|near|outside|into|across|around|towards?|between|through)\s+(?:the\s+)?"
                       r"([A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,3})")
INSTITUTION = re.compile(r"\b(?:School|Hospital|University|College|Center|Centre|Institute|Church|Airport|Stadium|"
                         r"Hotel|Company|Corp|Inc|Ltd|Group|Bank|Council|Ministry|Department|Agency|Party|Court|Club|"
                         r"Arena|Park|Mall|Street|Avenue|Road)\b")
PLACE_LABELS = frozenset({"GPE", "LOC"})
MAX_SENTENCE = 3_000  # characters; longer "sentences" are not given to the recogniser


def tagged_places(text: str, ws: list[Word], places: list[Place], focus: Counter[str], gaz: Gazetteer,
                  tagger: Tagger | None, people: frozenset[str] = frozenset()) -> list[Place]:
    """The names after locative words that the recogniser tags as places, as unknown places; `people`: the
    article's people's names (`persons.person_names`)."""
    if tagger is None:
        return []
    spans = _candidates(text, ws, places, people)
    out: list[Place] = []
    for (begin, end), group in _by_sentence(text, ws, spans).items():
        if end - begin > MAX_SENTENCE:
            continue  # no sentence of news is this long: a list or a dump without full stops
        entities = {(s + begin, e + begin) for s, e, label in tagger(text[begin:end]) if label in PLACE_LABELS}
        for hit in group:  # the candidates overlap no place and no other candidate (`_candidates`)
            if hit in entities:
                out.append(unknown_place(text, hit, text[hit[0]:hit[1]], places + out, focus, gaz)[1])
    return out


def _candidates(text: str, ws: list[Word], places: list[Place], people: frozenset[str]) -> list[tuple[int, int]]:
    found = {p.text for p in places}  # a name found elsewhere in the article is that place (`repeated_unknowns`)
    starts = [w.start for w in ws]
    out = []
    for match in CANDIDATE.finditer(text):
        start, end = match.span(1)
        name = match.group(1)
        if name in found or any(p.start < end and start < p.end for p in places) or any(c.isdigit() for c in name):
            continue
        if (INSTITUTION.search(name) or ordinary_word(name) or name.isupper()
                or _not_a_name_here(text, ws, starts, match)):
            continue
        if name.split()[0] in people or name.split()[-1] in people:
            continue
        out.append((start, end))
    return out


OBJECT = re.compile(r"['’]s\b|\s+(?:him|her|them|it|us|me|you)\b|\s+\d")  # and "in Ligue 1", "in Game 7"
# A holding or a bet: "a stake in Nvidia", "invested in Bitcoin", "shares in Safaricom" name a firm or an asset.
HOLDING = re.compile(r"\b(?:stakes?|shares|invest(?:s|ed|ing|ments?)?|money|holdings?|positions?|interests?) "
                     r"(?:in|into)\s+$")


def _not_a_name_here(text: str, ws: list[Word], starts: list[int], match: re.Match) -> bool:
    """'had to Taser him' (a verb), "from Otieno's home" (a person's, as often as a place's), 'in Ligue 1' (a number
    after it), 'a stake in Nvidia' (a holding), 'Teacher Injured in Fall at Ski Resort' (a capitalised word before
    "in", as in headlines)."""
    if OBJECT.match(text, match.end(1)) or HOLDING.search(text, max(0, match.start() - 20), match.start(1)):
        return True
    i = bisect_right(starts, match.start()) - 1
    before = ws[i - 1] if i > 0 else None
    return bool(before and before.capital and not before.initial and text[before.end:match.start()] == " ")


def _by_sentence(text: str, ws: list[Word], spans: list[tuple[int, int]]) -> dict[tuple[int, int], list]:
    """The spans grouped by the sentence holding them, as (start, end) of the sentence."""
    opens = [w.start for w in ws if w.initial] or [0]
    groups: dict[tuple[int, int], list] = {}
    for start, end in spans:
        i = max(bisect_right(opens, start) - 1, 0)
        bounds = (opens[i], opens[i + 1] if i + 1 < len(opens) else len(text))
        groups.setdefault(bounds, []).append((start, end))
    return groups
