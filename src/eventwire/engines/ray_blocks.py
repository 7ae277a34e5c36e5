"""The Ray engine's blocks and the actor side: what the driver puts in the queue for a batch or a job, the UDF
each actor runs over a block (`Analyse`, holding one loaded pipeline), and the results it sends back.

A shard that fails is retried `SHARD_ATTEMPTS` times in the actor, then its articles are analysed one at a time
and those that still fail come back as (source, reason) pairs, which `decode` turns into `Rejected` (EW803).
"""

from __future__ import annotations

import pickle
from typing import Any, Callable, Iterator

import pyarrow as pa

from ..errors import EventwireError
from ..ingest.prepare import PreparedBatch, prepare
from ..model import Article
from ..settings import Settings
from ..store import rows
from . import records

SHARD_ATTEMPTS = 3
"""Tries per shard inside an actor before its articles are quarantined."""
BLOCK_SCHEMA = pa.schema([("articles", pa.binary()), ("keep_analyses", pa.bool_()), ("job", pa.binary())])
"""One row per block: the batch's articles (pickled plain dicts) and whether the writer needs analyses, or a job
(a pickled function and the items to map it over: the writer's story refresh, run on the warm actors)."""
RESULT_SCHEMA = pa.schema([("results", pa.binary())])
"""One row per block: a pickled list of `PreparedBatch`es and (source, reason) pairs of failed articles."""

class Analyse:
    """The Ray Data UDF: one per actor, holding the loaded pipeline; a block of articles in, results out."""

    def __init__(self, settings: tuple[tuple[str, Any], ...], fail_marker: str = "") -> None:
        from ..pipeline import Pipeline

        known = Settings.__dataclass_fields__
        self.pipeline = Pipeline(Settings(**{k: v for k, v in settings if k in known}))
        rows.load_converters()
        self.fail_marker = fail_marker

    def __call__(self, block: pa.Table) -> pa.Table:
        row = block.to_pylist()[0]
        if row["job"] is not None:
            function, items = pickle.loads(row["job"])
            return result([function(item) for item in items])
        articles = [records.from_plain(Article, a) for a in pickle.loads(row["articles"])]
        return result(self._results(articles, bool(row["keep_analyses"])))

    def _results(self, articles: list[Article], keep: bool) -> list:
        for _ in range(SHARD_ATTEMPTS):
            try:
                return [self._analyse(articles, keep)]
            except Exception:  # a failed shard is retried, then its articles are tried one by one
                pass
        return [self._alone(a, keep) for a in articles]

    def _alone(self, article: Article, keep: bool) -> PreparedBatch | tuple[str, str]:
        """One article of a failed shard: its prepared batch, or (source, reason) when it fails on its own too."""
        try:
            return self._analyse([article], keep)
        except Exception as exc:
            return article.source or article.id, f"{type(exc).__name__}: {exc}"

    def _analyse(self, articles: list[Article], keep: bool) -> PreparedBatch:
        if self.fail_marker and any(self.fail_marker in a.text for a in articles):
            raise RuntimeError(f"test-only failure: an article contains {self.fail_marker!r}")
        return prepare(self.pipeline.analyze_many(articles), keep_analyses=keep)


def block(articles: list[Article], keep_analyses: bool) -> tuple[bytes, bool, None]:
    """What the driver puts in the queue for one batch: its articles as pickled plain dicts, and the flag."""
    return pickle.dumps([records.to_plain(a) for a in articles], protocol=5), keep_analyses, None


def job(function: Callable, items: list) -> tuple[bytes, bool, bytes]:
    """What the driver puts in the queue for one chunk of a job (the function by value, as Ray sends tasks)."""
    from ray import cloudpickle

    return pickle.dumps([], protocol=5), False, cloudpickle.dumps((function, items), protocol=5)


def result(results: list) -> pa.Table:
    return pa.Table.from_pylist([{"results": pickle.dumps(results, protocol=5)}], schema=RESULT_SCHEMA)


def rejected(source: str, reason: str) -> Any:
    from ..sources.rejected import Rejected

    return Rejected(source, EventwireError("EW803", path=source, attempts=SHARD_ATTEMPTS, reason=reason))


def decode(table: pa.Table) -> list:
    """Prepared batches (and `Rejected` for articles of failed shards) from a block of results."""
    out: list = []
    for row in table.column("results").to_pylist():
        for item in pickle.loads(row):
            out.append(item if isinstance(item, PreparedBatch) else rejected(*item))
    return out


class QueueSource:
    """A Ray Data datasource with one read task that yields each block the driver puts in `queue`, until None."""

    def __init__(self, queue: Any) -> None:
        self.queue = queue

    def datasource(self) -> Any:
        from ray.data import Datasource, ReadTask
        from ray.data.block import BlockMetadata

        queue = self.queue

        def read() -> Iterator[pa.Table]:
            while (item := queue.get()) is not None:
                articles, keep, job = item
                yield pa.Table.from_pylist([{"articles": articles, "keep_analyses": keep, "job": job}],
                                           schema=BLOCK_SCHEMA)

        class Source(Datasource):
            def estimate_inmemory_data_size(self) -> None:
                return None

            def get_read_tasks(self, parallelism: int, per_task_row_limit: Any = None, data_context: Any = None) -> list:
                return [ReadTask(read, BlockMetadata(num_rows=None, size_bytes=None, exec_stats=None, input_files=None))]

        return Source()
