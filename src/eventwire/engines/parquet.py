"""`eventwire ingest --out DIR`: write analyses as a Parquet dataset instead of into the store.

The dataset has three folders of `part-NNNNNN.parquet` files, one file per committed batch, each
written to a temporary name and renamed, so a killed run leaves only whole files:

- `events/`: one row per event, the columns of `eventwire export --format parquet`
  (`eventwire.export.tables.PARQUET_SCHEMA`).
- `articles/`: one row per article (`ARTICLE_SCHEMA`): metadata, copy marks, the duplicate-detection
  fingerprint, the story and `analysis`, the exact analysis as JSON (`eventwire.engines.records.loads`).
- `rejected/`: inputs set aside (`REJECTED_SCHEMA`): source, error code and message.

`ParquetSink` offers the part of the `Store` interface that `Ingest` uses, so every engine can write
it; running again into the same folder skips the articles already there.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, Callable, Iterable, Iterator, Mapping

import pyarrow as pa
import pyarrow.parquet as pq

from ..errors import EventwireError
from ..model import Analysis
from ..store import ArticleExtra
from . import records

if TYPE_CHECKING:
    from ..ingest.prepare import PreparedBatch
    from ..stories.index import StoryIndex

ARTICLE_SCHEMA = pa.schema([
    ("id", pa.string()), ("title", pa.string()), ("outlet", pa.string()), ("url", pa.string()),
    ("published", pa.date32()), ("source", pa.string()), ("n_events", pa.int32()),
    ("duplicate_of", pa.string()), ("duplicate_kind", pa.string()), ("similarity", pa.float64()),
    ("story_id", pa.string()), ("fingerprint", pa.binary()), ("analysis", pa.string()),
])
REJECTED_SCHEMA = pa.schema([("source", pa.string()), ("code", pa.string()), ("message", pa.string())])
FOLDERS = ("events", "articles", "rejected")
STORY_STATE = "stories.state"
"""The story index after the last batch (so a later run into the folder joins the same stories)."""


class ParquetSink:
    """A Parquet dataset folder that `Ingest` writes like a store."""

    def __init__(self, path: str | Path) -> None:
        self.root = Path(path)
        try:
            for folder in FOLDERS:
                (self.root / folder).mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise EventwireError("EW804", path=self.root, reason=exc.strerror or exc) from None
        self.path = str(self.root)
        self.part = 1 + max((_number(p) for f in FOLDERS for p in (self.root / f).glob("part-*.parquet")), default=0)
        self.ids = set(self._column("articles", "id"))
        self.counts = {"articles": len(self.ids), "events": self._rows("events"), "quarantine": self._rows("rejected")}

    def __enter__(self) -> "ParquetSink":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        pass

    def _files(self, folder: str) -> list[Path]:
        return sorted((self.root / folder).glob("part-*.parquet"))

    def _column(self, folder: str, name: str) -> list:
        return [v for f in self._files(folder) for v in pq.read_table(f, columns=[name]).column(name).to_pylist()]

    def _rows(self, folder: str) -> int:
        return sum(pq.ParquetFile(f).metadata.num_rows for f in self._files(folder))

    def is_empty(self) -> bool:
        """Whether the dataset holds no article."""
        return not self.ids

    def stored_ids(self, ids: Iterable[str]) -> set[str]:
        """Which of these article ids the dataset already holds."""
        return set(ids) & self.ids

    def fingerprints(self) -> Iterator[tuple[str, bytes]]:
        """(article id, fingerprint) of every article in the dataset, in the order written."""
        for file in self._files("articles"):
            table = pq.read_table(file, columns=["id", "fingerprint"])
            for article_id, blob in zip(*(table.column(c).to_pylist() for c in ("id", "fingerprint"))):
                if blob is not None:
                    yield article_id, blob

    def story_index(self, window_days: int) -> "StoryIndex":
        """The story index saved by the last run into this folder, or a new one."""
        from ..stories.index import StoryIndex

        saved = self.root / STORY_STATE
        return StoryIndex.from_state(saved.read_bytes()) if saved.is_file() else StoryIndex(window_days=window_days or None)

    needs_analyses = True
    """Ingest workers send the analyses themselves along (the `analysis` column keeps them exactly)."""

    def add(self, analyses: "Iterable[Analysis] | PreparedBatch", extras: Mapping[str, ArticleExtra] | None = None,
            stories: "StoryIndex | None" = None) -> int:
        """Write the new analyses as one part of `articles/` and `events/`; returns how many were new."""
        from ..ingest.prepare import PreparedBatch

        if isinstance(analyses, PreparedBatch):
            analyses = analyses.analyses or ()
        extras = extras or {}
        fresh: dict[str, Analysis] = {}
        for analysis in analyses:
            if analysis.article.id not in self.ids:
                fresh.setdefault(analysis.article.id, analysis)
        if not fresh:
            return 0
        batch = list(fresh.values())
        events = [_event_record(a, e) for a in batch for e in a.events]
        self._write("events", lambda out: _write_events(events, out))
        self._write("articles", _table_writer(_articles_table(batch, extras)))
        if stories is not None:
            self._save(STORY_STATE, stories.state())
        self.part += 1
        self.ids.update(fresh)
        self.counts["articles"] += len(batch)
        self.counts["events"] += len(events)
        return len(batch)

    def quarantine(self, source: str, code: str, message: str, raw: bytes | None = None) -> None:
        """Record an input set aside (one small part file)."""
        row = {"source": source, "code": code, "message": message}
        self._write("rejected", _table_writer(pa.Table.from_pylist([row], schema=REJECTED_SCHEMA)))
        self.part += 1
        self.counts["quarantine"] += 1

    def clear_quarantine(self, sources: list[str]) -> None:
        """Nothing to do: `rejected/` is a log of this folder's runs."""

    def stats(self) -> dict[str, int]:
        return dict(self.counts)

    def _write(self, folder: str, write: Callable[[BinaryIO], object]) -> None:
        self._save(f"{folder}/part-{self.part:06d}.parquet", write)

    def _save(self, name: str, write: Callable[[BinaryIO], object] | bytes) -> None:
        """Write a file under a temporary name, then rename it: readers never see half a file."""
        final = self.root / name
        temporary = final.with_suffix(".tmp")
        if isinstance(write, bytes):
            data = write
            write = lambda out: out.write(data)  # noqa: E731
        try:
            with open(temporary, "wb") as out:
                write(out)
            os.replace(temporary, final)
        except OSError as exc:
            raise EventwireError("EW804", path=final, reason=exc.strerror or exc) from None


def _number(path: Path) -> int:
    return int(path.stem.split("-")[1])


def _event_record(analysis: Analysis, event) -> dict:
    art = analysis.article
    article = {"id": art.id, "title": art.title, "outlet": art.outlet, "url": art.url,
               "published": art.published.isoformat() if art.published else None, "source": art.source}
    return {**event.as_dict(), "article": article}


def _write_events(events: list[dict], out: BinaryIO) -> None:
    """The events in the format of `eventwire export --format parquet`."""
    from ..export.common import ExportOptions
    from ..export.tables import write_parquet

    write_parquet(events, out, ExportOptions())


def _table_writer(table: pa.Table) -> Callable[[BinaryIO], None]:
    return lambda out: pq.write_table(table, out, compression="zstd")


def _articles_table(batch: list[Analysis], extras: Mapping[str, ArticleExtra]) -> pa.Table:
    rows = []
    for analysis in batch:
        art, extra = analysis.article, extras.get(analysis.article.id, ArticleExtra())
        rows.append({"id": art.id, "title": art.title, "outlet": art.outlet, "url": art.url,
                     "published": art.published, "source": art.source, "n_events": len(analysis.events),
                     "duplicate_of": extra.duplicate_of, "duplicate_kind": extra.duplicate_kind,
                     "similarity": extra.similarity, "story_id": extra.story_id, "fingerprint": extra.fingerprint,
                     "analysis": records.dumps(analysis)})
    return pa.Table.from_pylist(rows, schema=ARTICLE_SCHEMA)
