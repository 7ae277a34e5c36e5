"""Article text -> weighted hashed terms: names, numbers and lead sentences weigh more than common words.

No fitted vocabulary: every feature is hashed to a fixed number of buckets, so a story's
centroid and the document frequencies can be stored and reloaded as plain integers.
"""

from __future__ import annotations

import math
import re
import zlib
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

BUCKETS = 1 << 20
"""Number of hash buckets for features (document frequencies are kept per bucket)."""

WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019.-]*[A-Za-z]|[A-Za-z]|\d[\d,.]*\d|\d")
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"'\u201c`A-Z0-9])|\n+")
MONTH_NAMES = tuple("january february march april may june july august september october november december".split())
MONTHS = frozenset(MONTH_NAMES)
YEAR = re.compile(r"(?:19|20)\d\d")
DAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())

WEIGHTS = {"word": 1.0, "name": 4.0, "number": 6.0, "year": 8.0, "time": 1.0, "code": 1.5, "date": 8.0}
"""Weight of each kind of feature: proper names, numbers and years tell two similar happenings apart
(two earthquakes, two product launches); the weights were tuned on odd ECB+ topics, checked on even ones.
There is no feature for a run of names (a full name): each of its names already counts as a name and as a
word, and a third count let a few multi-word names dominate the cosine, so that reports naming the same
people in different ways fell below the joining threshold (recall rose, precision held, when it went).
Years weigh more than other figures since the index also scales down undated stories naming other years
(`index.date_factor`): together they tell a happening from the same kind of happening years earlier."""
MONTH_WORD = r"(?P<month>[A-Za-z]{3,9})\.?"
STATED_DATES = (
    re.compile(rf"\b{MONTH_WORD}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s*,?\s*(?P<year>(?:19|20)\d\d)\b"),
    re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{MONTH_WORD}\s*,?\s*(?P<year>(?:19|20)\d\d)\b"),
)
"""A full date written out: "May 3, 2013", "Sep 18th 2013", "18 September 2013"."""
NUMERIC_DATES = (
    re.compile(r"\b(?P<year>(?:19|20)\d\d)\s*([-/.])\s*(?P<month>\d{1,2})\s*\2\s*(?P<day>\d{1,2})\b"),
    re.compile(r"\b(?P<first>\d{1,2})\s*([-/.])\s*(?P<second>\d{1,2})\s*\2\s*(?P<year>(?:19|20)\d\d)\b"),
)
"""A date in figures: "2013-09-18", "2013/09/18", and "27/09/2013" or "09/27/2013" when only one reading is a
date (a day above 12 tells day and month apart; "04/05/2013" is left out)."""
YEAR_MENTION = re.compile(r"(?<![\d.,/-])(?:19|20)\d\d(?![\d/-]|[.,]\d)")
"""A year written in the text (not part of a larger figure or a date in figures)."""
LEAD_SENTENCES = 3
LEAD_BOOST = 1.5
"""Title and the first sentences state the happening: their terms count this much more."""


@dataclass(frozen=True, slots=True)
class Term:
    """One token of the text with its kind (word, name, number, time)."""

    text: str
    kind: str


def feature_id(feature: str) -> int:
    """The stable bucket of a feature string."""
    return zlib.crc32(feature.encode("utf-8")) % BUCKETS


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    """scikit-learn's English stop words and our own; imported on first use, so commands that never weigh
    story terms (analyze, events, export, serve) start without scikit-learn (about a second)."""
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    extra = {"said", "says", "say", "told", "according", "reported", "reports", "news", "http", "www", "com",
             "year", "years", "new", "just", "like", "mr", "mrs", "ms", "also", "would", "could", "s"}
    return frozenset(ENGLISH_STOP_WORDS | extra)


def _kind(token: str, first: bool) -> str:
    low = token.lower()
    if token[0].isdigit():
        return "year" if YEAR.fullmatch(token) else "number"
    if low in MONTHS or low in DAYS:
        return "time"
    if token[0].isupper() and (not first or token.isupper() and len(token) > 1):
        return "name"
    return "word"


@lru_cache(maxsize=4096)
def sentence_terms(sentence: str) -> tuple[Term, ...]:
    """The content tokens of one sentence, each with its kind; stop words dropped (cached: an article's lead is
    weighed twice, alone and within the whole text)."""
    stop = _stop_words()
    terms: list[Term] = []
    for index, match in enumerate(WORD.finditer(sentence)):
        token = match.group().strip(".").replace("\u2019", "'")
        if not token:
            continue
        low = token.lower().removesuffix("'s")
        if low in stop or (len(low) < 2 and not low.isdigit()):
            continue
        kind = _kind(token, index == 0)
        terms.append(Term(low.replace(",", "") if kind == "number" else low, kind))
    return tuple(terms)


def split_sentences(text: str) -> list[str]:
    """Cheap sentence split on end punctuation and line breaks."""
    return [s for s in SENTENCE_END.split(text) if s.strip()]


def _month_number(word: str) -> int | None:
    low = word.lower()
    for number, month in enumerate(MONTH_NAMES, 1):
        if low == month or low in (month[:3], month[:4]):
            return number
    return None


def _numeric_month(match: re.Match) -> int | None:
    """The month of a date in figures, or None when it is no date or day and month cannot be told apart."""
    if "month" in match.groupdict() and match.group("month") is not None:
        month, day = int(match.group("month")), int(match.group("day"))
    else:
        first, second = int(match.group("first")), int(match.group("second"))
        if first > 12 >= second:
            day, month = first, second
        elif second > 12 >= first:
            month, day = first, second
        else:
            return None
    return month if 1 <= month <= 12 and 1 <= day <= 31 else None


def stated_month(lines: list[str]) -> str | None:
    """"YYYY-MM" of the first full date written in these lines (a dateline), or None."""
    found: list[tuple[int, str]] = []
    text = "\n".join(lines)
    for pattern in STATED_DATES:
        for match in pattern.finditer(text):
            month = _month_number(match.group("month"))
            if month and 1 <= int(match.group("day")) <= 31:
                found.append((match.start(), f"{match.group('year')}-{month:02d}"))
                break
    for pattern in NUMERIC_DATES:
        for match in pattern.finditer(text):
            month = _numeric_month(match)
            if month:
                found.append((match.start(), f"{match.group('year')}-{month:02d}"))
                break
    return min(found)[1] if found else None


def mentioned_years(text: str) -> frozenset[str]:
    """The years the text names ("in 2008", "the 1989 uprising")."""
    return frozenset(YEAR_MENTION.findall(text))


def _count(sentences: list[str], codes: tuple[str, ...],
           dates: tuple[str, ...] = ()) -> tuple[Counter[str], dict[str, str]]:
    """Lead-boosted occurrence counts of every feature, and each feature's kind."""
    counts: Counter[str] = Counter()
    kinds: dict[str, str] = {}
    for position, sentence in enumerate(sentences):
        boost = LEAD_BOOST if position < LEAD_SENTENCES else 1.0
        for term in sentence_terms(sentence):
            feature = term.text if term.kind == "word" else f"{term.kind[0]}:{term.text}"
            counts[feature] += boost
            kinds[feature] = term.kind
            if term.kind == "name":
                counts[term.text] += boost
                kinds.setdefault(term.text, "word")
    for code in codes:
        counts[f"c:{code}"] += 1.0
        kinds[f"c:{code}"] = "code"
    for when in dates:
        counts[f"d:{when}"] += 1.0
        kinds[f"d:{when}"] = "date"
    return counts, kinds


def weighted_terms(sentences: list[str], codes: tuple[str, ...] = (), dates: tuple[str, ...] = ()) -> dict[int, float]:
    """Hashed features: sublinear lead-boosted frequency times the weight of the feature's kind (no IDF yet).

    `dates`: months ("YYYY-MM") the article dates its happening to, e.g. from its dateline."""
    counts, kinds = _count(sentences, codes, dates)
    vector: dict[int, float] = {}
    for feature, count in counts.items():
        key = feature_id(feature)
        vector[key] = vector.get(key, 0.0) + (1.0 + math.log(count)) * WEIGHTS[kinds[feature]]
    return vector
