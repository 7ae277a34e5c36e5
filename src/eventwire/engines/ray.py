"""The Ray engine: analyse batches with Ray Data over an actor pool; the store is written by the driver.

The driver (the `eventwire ingest` process) reads the inputs and skips stored ids as for the local
engine, then sends the articles in rounds: each batch becomes one block (a shard) of a Ray Dataset,
`map_batches` runs it through `Analyse` actors (each holds one loaded `Pipeline` and prepares its
results for the writer, as local workers do: `eventwire.ingest.prepare`), and the results stream back
as Arrow rows (`RESULT_SCHEMA`) that the driver writes with the same code as the local engine. A shard that fails is retried
(`SHARD_ATTEMPTS` in the actor; crashed actors are restarted by Ray), then its articles are analysed
one at a time and those that still fail come back as `Rejected` (EW803), quarantined while the run goes on.
"""

from __future__ import annotations

import pickle
import warnings
from itertools import islice
from typing import Any, Iterable, Iterator

import pyarrow as pa

from ..errors import EventwireError
from ..ingest.executors import register
from ..ingest.prepare import PreparedBatch, prepare
from ..model import Article
from ..settings import Settings
from . import records

SHARD_ATTEMPTS = 3
"""Tries per shard inside an actor before its articles are quarantined."""
ACTOR_RESTARTS = 2
"""Restarts of a crashed actor (and retries of its task) granted by Ray."""
ROUND_BATCHES = 64
"""Batches sent to the cluster per round: bounds the driver's memory however long the input."""
ARTICLE_SCHEMA = pa.schema([(name, pa.string()) for name in Article.__dataclass_fields__])
RESULT_SCHEMA = pa.schema([
    ("id", pa.string()), ("source", pa.string()), ("prepared", pa.binary()), ("error", pa.string()),
])
"""One row per article; the block's `PreparedBatch` (pickled) rides in the first row of the articles it covers."""


def import_ray() -> Any:
    """The `ray` module, or EW801 saying how to install it."""
    try:
        import ray
        import ray.data  # noqa: F401
    except ImportError as exc:
        raise EventwireError("EW801", reason=exc) from None
    return ray


class Analyse:
    """The Ray Data UDF: one per actor, holding the loaded pipeline; a block of articles in, results out."""

    def __init__(self, settings: tuple[tuple[str, Any], ...], fail_marker: str = "", keep_analyses: bool = False) -> None:
        from ..pipeline import Pipeline

        known = Settings.__dataclass_fields__
        self.pipeline = Pipeline(Settings(**{k: v for k, v in settings if k in known}))
        self.fail_marker = fail_marker
        self.keep_analyses = keep_analyses

    def __call__(self, block: pa.Table) -> pa.Table:
        articles = [records.from_plain(Article, row) for row in block.to_pylist()]
        for _ in range(SHARD_ATTEMPTS):
            try:
                return _results(articles, self._analyse(articles))
            except Exception:  # a failed shard is retried, then its articles are tried one by one
                pass
        return pa.concat_tables([self._alone(a) for a in articles])

    def _alone(self, article: Article) -> pa.Table:
        """One article of a failed shard: its analysis, or a failure row when it fails on its own too."""
        try:
            return _results([article], self._analyse([article]))
        except Exception as exc:
            return _failures([article], exc)

    def _analyse(self, articles: list[Article]) -> PreparedBatch:
        if self.fail_marker and any(self.fail_marker in a.text for a in articles):
            raise RuntimeError(f"test-only failure: an article contains {self.fail_marker!r}")
        return prepare(self.pipeline.analyze_many(articles), keep_analyses=self.keep_analyses)


def _results(articles: list[Article], batch: PreparedBatch) -> pa.Table:
    blob = pickle.dumps(batch, protocol=5)
    rows = [{"id": a.id, "source": a.source, "prepared": blob if n == 0 else None, "error": None}
            for n, a in enumerate(articles)]
    return pa.Table.from_pylist(rows, schema=RESULT_SCHEMA)


def _failures(articles: list[Article], error: Exception | str | None) -> pa.Table:
    reason = error if isinstance(error, str) else f"{type(error).__name__}: {error}"
    rows = [{"id": a.id, "source": a.source, "prepared": None, "error": reason} for a in articles]
    return pa.Table.from_pylist(rows, schema=RESULT_SCHEMA)


def decode(table: pa.Table) -> list:
    """Prepared batches (and `Rejected` for articles of failed shards) from a block of result rows."""
    from ..sources.rejected import Rejected

    out: list = []
    for row in table.to_pylist():
        if row["prepared"] is not None:
            out.append(pickle.loads(row["prepared"]))
        elif row["error"] is not None:
            source = row["source"] or row["id"]
            error = EventwireError("EW803", path=source, attempts=SHARD_ATTEMPTS, reason=row["error"])
            out.append(Rejected(source, error))
    return out


class RayExecutor:
    """Run the pipeline on a Ray cluster (a new local one when `ray_address` is empty)."""

    def __init__(self, settings: Settings) -> None:
        self.ray = import_ray()
        self.settings = settings
        self.fail_marker = ""
        """Test-only: an article containing this text makes its shard fail every attempt."""
        self.started = not self.ray.is_initialized()
        if self.started:
            self._connect(settings.ray_address)
        self.cpus = max(1, int(self.ray.cluster_resources().get("CPU", 1)))

    def _connect(self, address: str) -> None:
        try:
            self.ray.init(address=address or None, include_dashboard=False, log_to_driver=False,
                          configure_logging=False)
        except Exception as exc:  # ConnectionError, RuntimeError, grpc errors: all mean "no cluster there"
            raise EventwireError("EW802", address=address or "local", reason=str(exc).splitlines()[0]) from None

    def map(self, batches: Iterable[list[Article]], *, keep_analyses: bool = False) -> Iterator[list]:
        """Prepared batches (or `Rejected` for failed shards) per block of results, in input order."""
        iterator = iter(batches)
        while chunk := list(islice(iterator, ROUND_BATCHES)):
            yield from self._round(chunk, keep_analyses)

    def _round(self, chunk: list[list[Article]], keep_analyses: bool) -> Iterator[list]:
        seen: set[str] = set()
        try:
            for table in self._dataset(chunk, keep_analyses).iter_batches(batch_size=None, batch_format="pyarrow"):
                seen.update(table.column("id").to_pylist())
                yield decode(table)
        except self.ray.exceptions.RayError as exc:  # actors kept dying: set the rest of the round aside
            reason = f"{type(exc).__name__}: {str(exc).splitlines()[0]}"
            lost = [a for batch in chunk for a in batch if a.id not in seen]
            yield decode(_failures(lost, reason))

    def _dataset(self, chunk: list[list[Article]], keep_analyses: bool) -> Any:
        """The round as a lazy Ray Dataset: one block per batch, analysed by a fixed pool of actors."""
        from ray.data import ActorPoolStrategy, DataContext

        DataContext.get_current().execution_options.preserve_order = True
        blocks = [pa.Table.from_pylist([records.to_plain(a) for a in batch], schema=ARTICLE_SCHEMA) for batch in chunk]
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)  # finite restarts still need ray_remote_args
            return self.ray.data.from_arrow(blocks).map_batches(
                Analyse, fn_constructor_args=(_portable(self.settings), self.fail_marker, keep_analyses), batch_size=None,
                batch_format="pyarrow", compute=ActorPoolStrategy(size=min(self.cpus, len(blocks))), num_cpus=1,
                max_restarts=ACTOR_RESTARTS, max_task_retries=ACTOR_RESTARTS,
            )

    def close(self) -> None:
        """Shut down the local cluster this executor started (a cluster it joined keeps running)."""
        if self.started and self.ray.is_initialized():
            self.ray.shutdown()


def _portable(settings: Settings) -> tuple[tuple[str, Any], ...]:
    """Settings as hashable pairs: what Ray needs, and robust to a worker with another eventwire version."""
    return tuple((f, getattr(settings, f)) for f in Settings.__dataclass_fields__)


@register("ray")
def _ray(settings: Settings) -> RayExecutor:
    return RayExecutor(settings)
