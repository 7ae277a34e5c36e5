"""spaCy loading, cheap sentence splitting and the pre-filter, batched parsing."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.pipeline import Sentencizer
from spacy.tokens import Doc

from .errors import EventwireError


@lru_cache(maxsize=4)
def load_pipeline(name: str) -> Language:
    """Load an installed spaCy pipeline by name (never downloads)."""
    try:
        return spacy.load(name)
    except (OSError, ImportError) as exc:
        reason = str(exc).splitlines()[0][:200]
        raise EventwireError("EW201", name=name, reason=reason) from None


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of the article: its offsets and, if parsed, its spaCy doc."""

    index: int
    start: int
    end: int
    text: str


_SENTENCIZER = Sentencizer()


def tokenize(nlp: Language, text: str) -> Doc:
    """Tokenizer only, with rule-based sentence boundaries: cheap, for the whole article."""
    doc = nlp.make_doc(text)
    return _SENTENCIZER(doc)


def split_sentences(doc: Doc) -> list[Sentence]:
    """Sentences with offsets into the article, trailing white space trimmed."""
    out: list[Sentence] = []
    for span in doc.sents:
        if not span.text.strip():
            continue
        raw = span.text
        start = span.start_char + (len(raw) - len(raw.lstrip()))
        end = span.start_char + len(raw.rstrip())
        out.append(Sentence(len(out), start, end, doc.text[start:end]))
    return out


def inflections(lemma: str) -> set[str]:
    """Regular English word forms of a lemma (over-generating is fine for a pre-filter)."""
    forms = {lemma, lemma + "s", lemma + "es", lemma + "ed", lemma + "d", lemma + "ing"}
    if lemma.endswith("e"):
        forms.add(lemma[:-1] + "ing")
    if lemma.endswith("y") and len(lemma) > 2:
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    if len(lemma) > 2 and lemma[-1] not in "aeiouwxy":
        forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    return forms


def irregular_forms(nlp: Language) -> dict[str, set[str]]:
    """Inflected forms by lemma, from the pipeline's own lemmatizer exceptions."""
    out: dict[str, set[str]] = {}
    if "lemmatizer" not in nlp.pipe_names:
        return out
    lookups = nlp.get_pipe("lemmatizer").lookups
    if "lemma_exc" not in lookups.tables:
        return out
    table = lookups.get_table("lemma_exc")
    for pos in ("verb", "noun"):
        for form, lemmas in table.get(pos, {}).items():
            for lemma in lemmas:
                out.setdefault(lemma, set()).add(form)
    return out


UNUSED_COMPONENTS = ("ner",)


def parse_sentences(nlp: Language, texts: Iterable[str], batch_size: int) -> Iterator[Doc]:
    """Tagging, parsing and lemmas for the selected sentences, batched; components we do not use stay off."""
    disable = [name for name in UNUSED_COMPONENTS if name in nlp.pipe_names]
    yield from nlp.pipe(texts, batch_size=batch_size, disable=disable)
