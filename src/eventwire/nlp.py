"""spaCy loading, cheap sentence splitting and the pre-filter, batched parsing."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Iterable, Iterator

import spacy
from spacy.attrs import IDX, SENT_START
from spacy.language import Language
from spacy.pipeline import Sentencizer
from spacy.tokens import Doc

from .errors import EventwireError
from .ruler_index import index_attribute_ruler


@lru_cache(maxsize=4)
def load_pipeline(name: str) -> Language:
    """Load an installed spaCy pipeline by name (never downloads), its attribute ruler matched through an index
    (`ruler_index`: the same annotations, a third less time on `en_core_web_sm`)."""
    try:
        nlp = spacy.load(name)
    except (OSError, ImportError) as exc:
        reason = str(exc).splitlines()[0][:200]
        raise EventwireError("EW201", name=name, reason=reason) from None
    index_attribute_ruler(nlp)
    return nlp


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of the article: its offsets and, if parsed, its spaCy doc."""

    index: int
    start: int
    end: int
    text: str


_SENTENCIZER = Sentencizer()


def tokenize(nlp: Language, text: str) -> Doc:
    """Tokenizer only, with rule-based sentence boundaries: cheap, for the whole article. The tokenizer is called
    directly: `make_doc` refuses texts over the pipeline's `max_length`, a limit meant for the parser's memory,
    and only sentences (`split_sentences`) are parsed."""
    doc = nlp.tokenizer(text)
    return _SENTENCIZER(doc)


def split_sentences(doc: Doc) -> list[Sentence]:
    """Sentences with offsets into the article, surrounding white space trimmed (read from the doc's arrays:
    `doc.sents` costs several times more)."""
    if not len(doc):
        return []
    text = doc.text
    rows = doc.to_array([SENT_START, IDX]).tolist()
    firsts = [i for i, (start, _) in enumerate(rows) if i == 0 or start == 1]
    cuts = [cut for first, stop in zip(firsts, firsts[1:] + [len(rows)]) for cut in _pieces(doc, first, stop)]
    bounds = [rows[i][1] for i in cuts] + [len(text)]
    out: list[Sentence] = []
    for begin, stop in zip(bounds, bounds[1:]):
        raw = text[begin:stop]
        body = raw.strip()
        if body:
            start = begin + len(raw) - len(raw.lstrip())
            out.append(Sentence(len(out), start, start + len(body), body))
    return out


MAX_SENTENCE_TOKENS = 250  # news sentences stay far below; a text without full stops is cut for the parser


def _pieces(doc: Doc, first: int, stop: int) -> list[int]:
    """The first tokens of a sentence's pieces: the sentence alone, or an over-long one (a dump without full stops,
    which the parser would take whole) cut every `MAX_SENTENCE_TOKENS` tokens, after the last punctuation mark of the
    window's second half where there is one."""
    out = [first]
    while stop - out[-1] > MAX_SENTENCE_TOKENS:
        begin = out[-1]
        marks = [i for i in range(begin + MAX_SENTENCE_TOKENS // 2, begin + MAX_SENTENCE_TOKENS) if doc[i].is_punct]
        out.append(marks[-1] + 1 if marks else begin + MAX_SENTENCE_TOKENS)
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


def entity_tagger(nlp: Language) -> Callable[[str], list[tuple[int, int, str]]] | None:
    """The pipeline's entity recogniser alone, on a short text (a sentence): its entities as (start, end, label)
    character offsets, but those made only of dictionary words (the lemmatizer's index of English nouns, verbs,
    adjectives and adverbs: "the Polytechnic", "the Bears", "Wild Card", which the small English model calls places).
    None when the pipeline has no recogniser. The recogniser of the English pipelines has its own token vectors, so it
    runs without the tagger and parser."""
    if "ner" not in nlp.pipe_names:
        return None
    ner = nlp.get_pipe("ner")
    words = _dictionary_words(nlp)

    def tag(text: str) -> list[tuple[int, int, str]]:
        return [(e.start_char, e.end_char, e.label_) for e in ner(nlp.make_doc(text)).ents
                if not all(_in_dictionary(t.text, words) for t in e)]

    return tag


def _dictionary_words(nlp: Language) -> frozenset[str]:
    if "lemmatizer" not in nlp.pipe_names:
        return frozenset()
    lookups = nlp.get_pipe("lemmatizer").lookups
    if "lemma_index" not in lookups.tables:
        return frozenset()
    return frozenset(word for forms in lookups.get_table("lemma_index").values() for word in forms)


def _in_dictionary(token: str, words: frozenset[str]) -> bool:
    low = token.lower()
    return low in words or (low.endswith("s") and low[:-1] in words)


def parse_sentences(nlp: Language, texts: Iterable[str], batch_size: int) -> Iterator[Doc]:
    """Tagging, parsing and lemmas for the selected sentences, batched; components we do not use stay off."""
    disable = [name for name in UNUSED_COMPONENTS if name in nlp.pipe_names]
    yield from nlp.pipe(texts, batch_size=batch_size, disable=disable)
