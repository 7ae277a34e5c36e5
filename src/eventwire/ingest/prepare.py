"""Everything the writer needs from a batch of analyses, computed where the analysis ran.

A worker turns its analyses into a `PreparedBatch`: the rows of every per-article table as Arrow
tables, and per article the duplicate-detection fingerprint, the story features and the codes the
story index uses. Arrow tables cross process boundaries as buffers, so the writer (one process for
the whole run) only matches copies, assigns stories and inserts: the work that must see every article
in order. Analyses travel too only when the sink needs them (`keep_analyses`, the Parquet dataset).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable

import pyarrow as pa
import pyarrow.compute as pc

from ..dedup import fingerprint
from ..model import Analysis, Article
from ..store import rows
from ..stories import DocFeatures, StoryDoc, doc_features

TABLES = (
    ("sentences", rows.sentence_rows), ("entities", rows.entity_rows), ("places", rows.place_rows),
    ("timexes", rows.timex_rows), ("events", rows.event_rows),
)
ARTICLE_ID_COLUMN = {"events": 1}
"""Position of the article id in each table's rows (first column unless listed)."""


@dataclass(frozen=True, slots=True)
class PreparedArticle:
    """Per-article facts the writer needs, without the analysis itself."""

    article: Article
    n_events: int
    fingerprint: bytes
    story: DocFeatures
    actors: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    event_types: tuple[str, ...] = ()

    @property
    def id(self) -> str:
        return self.article.id

    def story_doc(self, duplicate_of: str | None) -> StoryDoc:
        """The article as the story index sees it (features already computed)."""
        article = self.article
        return StoryDoc(article.id, article.text, article.title, article.published, article.outlet,
                        self.actors, self.places, self.event_types, duplicate_of)


@dataclass(frozen=True, slots=True)
class PreparedBatch:
    """A batch of analysed articles, ready to write: `tables` maps a store table to its new rows."""

    articles: tuple[PreparedArticle, ...]
    tables: dict[str, pa.Table] = field(default_factory=dict)
    analyses: tuple[Analysis, ...] | None = None

    def only(self, ids: set[str]) -> "PreparedBatch":
        """The batch restricted to these article ids (rows of other articles dropped)."""
        if all(a.id in ids for a in self.articles):
            return self
        keep = pa.array(sorted(ids), pa.string())
        tables = {name: table.filter(pc.is_in(table.column(ARTICLE_ID_COLUMN.get(name, 0)), value_set=keep))
                  for name, table in self.tables.items()}
        analyses = None if self.analyses is None else tuple(a for a in self.analyses if a.article.id in ids)
        return PreparedBatch(tuple(a for a in self.articles if a.id in ids), tables, analyses)


def merge(batches: list[PreparedBatch]) -> PreparedBatch:
    """Several prepared batches as one, in order (the writer commits them in one transaction)."""
    if len(batches) == 1:
        return batches[0]
    tables = {}
    for name in dict.fromkeys(n for b in batches for n in b.tables):
        parts = [b.tables[name] for b in batches if name in b.tables]
        tables[name] = pa.concat_tables(parts, promote_options="default")  # an all-null column unifies
    analyses = None if any(b.analyses is None for b in batches) else tuple(a for b in batches for a in b.analyses)
    return PreparedBatch(tuple(a for b in batches for a in b.articles), tables, analyses)


def prepare_article(analysis: Analysis) -> PreparedArticle:
    art = analysis.article
    actors = tuple(sorted({m.code for m in analysis.mentions}))
    places = tuple(sorted({p.country for p in analysis.places if getattr(p, "country", None)}))
    types = tuple(sorted({e.event for e in analysis.events}))
    doc = StoryDoc(art.id, art.text, art.title, art.published, art.outlet, actors, places, types)
    return PreparedArticle(art, len(analysis.events), fingerprint(art.text).to_bytes(), doc_features(doc),
                           actors, places, types)


def prepare(analyses: Iterable[Analysis], *, keep_analyses: bool = False) -> PreparedBatch:
    """The batch's per-article facts and table rows (and the analyses themselves with `keep_analyses`)."""
    batch = tuple(analyses)
    tables: dict[str, pa.Table] = {}
    for name, make in TABLES:
        values = [row for analysis in batch for row in make(analysis)]
        if values:
            tables[name] = rows.arrow_rows(values)
    return PreparedBatch(tuple(prepare_article(a) for a in batch), tables, batch if keep_analyses else None)
