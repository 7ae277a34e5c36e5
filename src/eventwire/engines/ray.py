"""The Ray engine: analyse batches with Ray Data over an actor pool; the store is written by the driver.

The driver (the `eventwire ingest` process) reads the inputs and skips stored ids as for the local
engine. One Ray Dataset lives as long as the executor: its single read task takes the batches the
driver puts in a queue (each batch is one block, a shard), `map_batches` runs them through `Analyse`
actors (each holds one loaded `Pipeline` and prepares its results for the writer, as local workers do:
`eventwire.ingest.prepare`), and the results stream back in input order for the driver to write with
the same code as the local engine. The actors are started, and their pipelines loaded, when the
executor is created (as local workers are), and serve every batch of the run. At most `WINDOW_PER_CPU`
batches per CPU are in flight, so memory stays bounded however long the input.

A shard that fails is retried (`SHARD_ATTEMPTS` in the actor; crashed actors are restarted by Ray),
then its articles are analysed one at a time and those that still fail come back as `Rejected`
(EW803), quarantined while the run goes on. If the actors keep dying, the batches in flight are set
aside the same way and a new dataset takes the rest.
"""

from __future__ import annotations

import logging
import pickle
import warnings
from collections import deque
from typing import Any, Callable, Iterable, Iterator

import pyarrow as pa

from ..errors import EventwireError
from ..ingest.executors import register
from ..model import Article
from ..settings import Settings
from .ray_blocks import Analyse, QueueSource, block, decode, job, rejected

ACTOR_RESTARTS = 2
"""Restarts of a crashed actor (and retries of its task) granted by Ray."""
WINDOW_PER_CPU = 2
"""Batches in flight per cluster CPU: keeps every actor busy and bounds the driver's memory."""
JOB_CHUNKS_PER_CPU = 4
"""A job (the story refresh) is cut into this many chunks per CPU, so uneven stories still spread evenly."""
warnings.filterwarnings("ignore", message="The minimum number of concurrent actors", category=UserWarning)
"""Ray Data counts the queue-fed input as one block and warns that the pool cannot be used; the blocks stream."""
QUIET_LOGGERS = {
    "ray.data._internal.execution.streaming_executor": logging.WARNING,  # start/finish of every dataset
    "ray.data._internal.progress": logging.ERROR,  # "progress bars disabled": eventwire shows its own progress
    "ray._private.authentication.authentication_token_setup": logging.ERROR,  # a new local cluster's token notice
}
"""Ray's notices that say nothing to an eventwire user, silenced while an executor is open (errors still show)."""


def import_ray() -> Any:
    """The `ray` module, or EW801 saying how to install it."""
    try:
        import ray
        import ray.data  # noqa: F401
    except ImportError as exc:
        raise EventwireError("EW801", reason=exc) from None
    return ray


class _Stream:
    """One running dataset: `put` a block (bytes), `take` the next result in order; `close` ends it."""

    def __init__(self, ray: Any, settings: Settings, fail_marker: str, cpus: int) -> None:
        from ray.data import ActorPoolStrategy, DataContext
        from ray.util.queue import Queue

        self.queue = Queue(actor_options={"num_cpus": 0})
        context = DataContext.get_current()
        saved = (context.execution_options.preserve_order, context.target_max_block_size, context.enable_progress_bars)
        # Blocks are single rows; a 1-byte target makes the read task hand each one on at once (instead of
        # gathering rows up to a block size), and nothing is ever split.
        context.execution_options.preserve_order = True
        context.target_max_block_size = 1
        context.enable_progress_bars = False
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", DeprecationWarning)  # finite restarts still need ray_remote_args
                dataset = ray.data.read_datasource(
                    QueueSource(self.queue).datasource(), override_num_blocks=1, num_cpus=0).map_batches(
                    Analyse, fn_constructor_args=(_portable(settings), fail_marker), batch_size=None,
                    batch_format="pyarrow", compute=ActorPoolStrategy(size=cpus), num_cpus=1,
                    max_restarts=ACTOR_RESTARTS, max_task_retries=ACTOR_RESTARTS)
            self.results = iter(dataset.iter_batches(batch_size=None, batch_format="pyarrow", prefetch_batches=0))
        finally:
            context.execution_options.preserve_order, context.target_max_block_size, context.enable_progress_bars = saved

    def put(self, block: tuple[bytes, bool] | None) -> None:
        self.queue.put(block)

    def take(self) -> pa.Table:
        return next(self.results)

    def close(self) -> None:
        """End the dataset (its read task returns) and let its actors go."""
        try:
            self.put(None)
            for _ in self.results:
                pass
        except Exception:  # a dataset that already failed has nothing left to end
            pass


class RayExecutor:
    """Run the pipeline on a Ray cluster (a new local one when `ray_address` is empty).

    The actor pool starts here and its pipelines load before the first batch is sent (`fail_marker`:
    test-only, an article containing it makes its shard fail every attempt).
    """

    def __init__(self, settings: Settings, *, fail_marker: str = "") -> None:
        self.ray = import_ray()
        self.settings = settings
        self.fail_marker = fail_marker
        self.started = not self.ray.is_initialized()
        self.saved_levels = {name: logging.getLogger(name).level for name in QUIET_LOGGERS}
        for name, level in QUIET_LOGGERS.items():
            logging.getLogger(name).setLevel(level)
        try:
            if self.started:
                self._connect(settings.ray_address)
            self.cpus = max(1, int(self.ray.cluster_resources().get("CPU", 1)))
            self.stream = self._start()
        except BaseException:
            self._restore_logging()
            raise

    def _connect(self, address: str) -> None:
        try:
            self.ray.init(address=address or None, include_dashboard=False, log_to_driver=False,
                          configure_logging=False)
        except Exception as exc:  # ConnectionError, RuntimeError, grpc errors: all mean "no cluster there"
            raise EventwireError("EW802", address=address or "local", reason=str(exc).splitlines()[0]) from None

    def _start(self) -> _Stream:
        """A new dataset whose actors have loaded their pipelines (an empty block goes through first)."""
        stream = _Stream(self.ray, self.settings, self.fail_marker, self.cpus)
        stream.put(block([], False))  # answered once an actor has loaded its pipeline
        try:
            stream.take()
        except self.ray.exceptions.RayError as exc:
            raise EventwireError("EW802", address=self.settings.ray_address or "local",
                                 reason=f"the analysis actors did not start: {str(exc).splitlines()[0]}") from None
        return stream

    def map(self, batches: Iterable[list[Article]], *, keep_analyses: bool = False) -> Iterator[list]:
        """Prepared batches (or `Rejected` for failed shards) per batch, in input order. A live input's tick (an
        empty batch) yields the results of the oldest batch in flight, waiting for them (the input is read on its
        own thread meanwhile), or an empty list when none is in flight: a quiet feed's articles are stored within
        seconds, not when the window of blocks fills."""
        window: deque[list[Article]] = deque()
        for batch in batches:
            if not batch:
                yield self._take(window) if window else []
                continue
            self.stream.put(block(batch, keep_analyses))
            window.append(batch)
            if len(window) >= WINDOW_PER_CPU * self.cpus:
                yield self._take(window)
        while window:
            yield self._take(window)

    def _take(self, window: deque[list[Article]]) -> list:
        """The results of the oldest batch in flight; if the dataset failed (actors kept dying), every batch in
        flight is set aside as failed and a new dataset takes the rest of the input."""
        batch = window.popleft()
        try:
            return decode(self.stream.take())
        except self.ray.exceptions.RayError as exc:
            reason = f"{type(exc).__name__}: {str(exc).splitlines()[0]}"
            lost = [a for b in (batch, *window) for a in b]
            window.clear()
            self.stream = self._start()
            return [rejected(a.source or a.id, reason) for a in lost]

    def jobs(self, function: Callable, items: Iterable) -> Iterator:
        """`map(function, items)` on the warm actors, `JOB_CHUNKS_PER_CPU` chunks per CPU (the writer's story refresh at the start
        and end of a run, when no batch is in flight). Chunk k holds items k, k + n, k + 2n, ...: items given
        largest first then spread evenly over the chunks."""
        items = list(items)
        n = min(len(items), JOB_CHUNKS_PER_CPU * self.cpus)
        for k in range(n):
            self.stream.put(job(function, items[k::n]))
        return self._gather(n, len(items))

    def _gather(self, n: int, total: int) -> Iterator:
        """The results of the `n` interleaved chunks in item order, taken once the first is asked for."""
        results: list = [None] * total
        for k in range(n):
            results[k::n] = pickle.loads(self.stream.take().column("results")[0].as_py())
        yield from results

    def close(self) -> None:
        """End the dataset; shut down the local cluster this executor started (a cluster it joined keeps running)."""
        self.stream.close()
        if self.started and self.ray.is_initialized():
            self.ray.shutdown()
        self._restore_logging()

    def _restore_logging(self) -> None:
        for name, level in self.saved_levels.items():
            logging.getLogger(name).setLevel(level)


def _portable(settings: Settings) -> tuple[tuple[str, Any], ...]:
    """Settings as hashable pairs: what Ray needs, and robust to a worker with another eventwire version."""
    return tuple((f, getattr(settings, f)) for f in Settings.__dataclass_fields__)


@register("ray")
def _ray(settings: Settings) -> RayExecutor:
    return RayExecutor(settings)
