"""Article -> Analysis: tokenize, find actor mentions, pick event sentences, parse them in batches, code."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cached_property
from itertools import islice
from typing import Iterable, Iterator

from spacy.tokens import Doc

from .actors.context import sentence_dates
from .actors.lexicon import load_lexicon
from .actors.resolver import ArticleContext
from .errors import EventwireError
from .events.coder import CODERS
from .events.cues import cue_lemmas
from .geo import find_places, load_gazetteer
from .geo.keys import name_key
from .model import Analysis, Article, Entity, parse_date  # parse_date: imported from here by the faces
from .timex import find_timexes
from .whenwhere import SpanIndex, place_event
from .nlp import (Sentence, entity_tagger, inflections, irregular_forms, load_pipeline, parse_sentences,
                  split_sentences, tokenize)
from .settings import Settings, load_settings

ARTICLES_PER_CHUNK = 32


@dataclass
class _Prepared:
    article: Article
    context: ArticleContext
    sentences: list[Sentence]
    all_sentences: tuple[tuple[int, int], ...]
    timexes: tuple = ()
    places: tuple = ()


class Pipeline:
    """The core: holds the loaded model and knowledge, turns articles into analyses."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or load_settings()
        if self.settings.coder not in CODERS:
            raise EventwireError("EW204", kind="coder", name=self.settings.coder, choices=", ".join(CODERS))
        self.nlp = load_pipeline(self.settings.spacy_model)
        self.lexicon = load_lexicon(self.nlp)
        self.coder = CODERS[self.settings.coder]()
        self.gazetteer = load_gazetteer() if self.settings.when_where else None

    @cached_property
    def tagger(self):
        """The model's entity recogniser on single sentences, for places the gazetteer lacks (`geo.named`)."""
        return entity_tagger(self.nlp)

    @cached_property
    def cue_forms(self) -> frozenset[str]:
        """Lower-case word forms that can be an event trigger: the pre-filter's vocabulary."""
        irregular = irregular_forms(self.nlp)
        forms: set[str] = set()
        for lemma in cue_lemmas():
            forms |= inflections(lemma) | irregular.get(lemma, set())
        return frozenset(forms)

    def _may_hold_event(self, doc: Doc, sentence: Sentence) -> bool:
        if not self.settings.prefilter:
            return True
        span = doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
        return span is not None and (any(t.lower_ in self.cue_forms for t in span) or _hyphened_cue(span, self.cue_forms))

    def _place_name(self, word: str) -> bool:
        """A word the gazetteer knows as a place: a real name, not a misspelt country."""
        return self.gazetteer is not None and bool(self.gazetteer.lookup(name_key(word)))

    def _prepare(self, article: Article) -> _Prepared:
        doc = tokenize(self.nlp, article.text)
        context = ArticleContext(self.lexicon, article.published, self.lexicon.find(doc, self._place_name))
        sentences = split_sentences(doc)
        chosen = [s for s in sentences if self._may_hold_event(doc, s)]
        timexes, places = self._when_where(article, doc, context) if self.settings.when_where else ((), ())
        context.places = places  # towns the actor lexicon does not know locate events in a country
        context.dates = sentence_dates(article.text, [(s.start, s.end) for s in sentences], article.published)
        return _Prepared(article, context, chosen, tuple((s.start, s.end) for s in sentences), timexes, places)

    def _when_where(self, article: Article, doc: Doc, context: ArticleContext) -> tuple[tuple, tuple]:
        """The article's time expressions and places."""
        timexes = find_timexes(article.text, article.published, strict=False)
        countries = [code for code, _ in context.country_counts.most_common(3)]
        return timexes, find_places(article.text, doc=doc, context_countries=countries, gazetteer=self.gazetteer,
                                    tagger=self.tagger)

    def analyze(self, article: Article) -> Analysis:
        """Events and actors of one article."""
        return next(self.analyze_many([article]))

    def analyze_many(self, articles: Iterable[Article]) -> Iterator[Analysis]:
        """Analyses in input order; sentences of several articles are parsed together in batches."""
        iterator = iter(articles)
        while chunk := list(islice(iterator, ARTICLES_PER_CHUNK)):
            prepared = [self._prepare(a) for a in chunk]
            texts = [s.text for p in prepared for s in p.sentences]
            docs = iter(parse_sentences(self.nlp, texts, self.settings.batch_size))
            for item in prepared:
                yield self._code(item, [next(docs) for _ in item.sentences])

    def _code(self, item: _Prepared, docs: list[Doc]) -> Analysis:
        events = []
        published = item.article.published
        timexes, places = SpanIndex(item.timexes), SpanIndex(item.places)
        for sentence, doc in zip(item.sentences, docs):
            stop = sentence.start + len(doc.text)
            own = timexes.within(sentence.start, stop), places.within(sentence.start, stop)
            for event in self.coder.code_sentence(doc, sentence.start, item.context, item.article.id):
                events.append(place_event(event, doc, sentence.start, *own, published))
        entities = tuple(
            {(e.code, e.sector, e.identifier_text): e for ev in events for e in ev.actor + ev.recipient}.values()
        )
        return Analysis(item.article, tuple(events), entities, item.all_sentences, _mentions(item.context),
                        item.timexes, item.places)


def _hyphened_cue(span, forms: frozenset[str]) -> bool:
    """A trigger the tokenizer split at a hyphen ("build-up", "cease-fire")."""
    doc = span.doc
    return any(t.text == "-" and span.start < t.i < span.end - 1 and doc[t.i - 1].lower_ + doc[t.i + 1].lower_ in forms
               for t in span)


def _mentions(context: ArticleContext) -> tuple[Entity, ...]:
    """Every dictionary mention of the article, coded as of its publication date."""
    out = []
    for mention in context.mentions:
        entry = mention.entries[0]
        code, sector = entry.at(context.published)
        out.append(Entity(code, sector, mention.text, entry.canonical, mention.start, mention.end, entry.kind))
    return tuple(out)


_DEFAULT: dict[Settings, Pipeline] = {}


def default_pipeline(settings: Settings | None = None) -> Pipeline:
    settings = settings or load_settings()
    if settings not in _DEFAULT:
        _DEFAULT[settings] = Pipeline(settings)
    return _DEFAULT[settings]


def analyze(text: str, published: str | date | None = None, *, settings: Settings | None = None, article_id: str = "") -> Analysis:
    """Code the events of one article text. `published` (YYYY-MM-DD) anchors dates and office holders."""
    if not text or not text.strip():
        raise EventwireError("EW102", path="<text>")
    article = Article(text=text, published=parse_date(published), id=article_id)
    return default_pipeline(settings).analyze(article)
