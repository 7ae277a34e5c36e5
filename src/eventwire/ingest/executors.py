"""Executors turn batches of articles into analyses; the writer stays in the calling process.

Each executor is registered by name (setting `engine`): `local` runs in this process or in
worker processes (`workers`), others (e.g. `ray`) register themselves when importable.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, Protocol

from ..errors import EventwireError
from ..model import Article
from ..pipeline import Pipeline
from ..settings import Settings
from ..store import rows
from .prepare import PreparedBatch, prepare

if TYPE_CHECKING:
    from ..sources.rejected import Rejected


class Executor(Protocol):
    def map(self, batches: Iterable[list[Article]], *, keep_analyses: bool = False) -> Iterator[list]:
        """Results for each batch, in input order (an empty batch, a live input's tick, yields what is finished
        and then an empty list): `PreparedBatch`es (see `prepare`) or plain analyses, which the
        writer prepares itself, and a `Rejected` (EW803) for an article the engine gave up on."""

    def close(self) -> None:
        """Release workers."""


class InProcess:
    """Analyse in the calling process with one loaded pipeline (engine `inline`: no worker processes)."""

    def __init__(self, settings: Settings) -> None:
        self.pipeline = Pipeline(settings)

    def map(self, batches: Iterable[list[Article]], *, keep_analyses: bool = False) -> Iterator[list]:
        for batch in batches:
            yield [prepare(self.pipeline.analyze_many(batch), keep_analyses=keep_analyses)] if batch else []

    def close(self) -> None:
        pass


EXECUTORS: dict[str, Callable[[Settings], Executor]] = {}


def register(name: str) -> Callable:
    def wrap(factory: Callable[[Settings], Executor]) -> Callable[[Settings], Executor]:
        EXECUTORS[name] = factory
        return factory

    return wrap


@register("local")
def _local(settings: Settings) -> Executor:
    """Worker processes (setting `workers`; 0: one per core), so analysis runs beside the writer."""
    return ProcessPool(settings, settings.workers or os.cpu_count() or 1)


@register("inline")
def _inline(settings: Settings) -> Executor:
    """Everything in the calling process: the least memory, for small inputs and debugging."""
    return InProcess(settings)


def make_executor(settings: Settings) -> Executor:
    """The executor named by the `engine` setting."""
    if settings.engine not in EXECUTORS:
        try:
            __import__(f"eventwire.engines.{settings.engine}")
        except ImportError:
            pass
    if settings.engine not in EXECUTORS:
        raise EventwireError("EW204", kind="engine", name=settings.engine, choices=", ".join(sorted(EXECUTORS)))
    return EXECUTORS[settings.engine](settings)


def failed(article: Article, error: Exception, *, attempts: int) -> "Rejected":
    """An article an engine gave up on, to be quarantined with EW803."""
    from ..sources.rejected import Rejected

    source = article.source or article.id
    reason = f"{type(error).__name__}: {error}"
    return Rejected(source, EventwireError("EW803", path=source, attempts=attempts, reason=reason))


_WORKER: dict[str, Pipeline] = {}


def _init_worker(settings: Settings) -> None:
    try:
        _WORKER["pipeline"] = Pipeline(settings)
        rows.load_converters()
    except EventwireError as exc:  # e.g. EW201: reported by the first task instead of a broken pool
        _WORKER["error"] = exc


def _pipeline() -> Pipeline:
    if "error" in _WORKER:
        raise _WORKER["error"]
    return _WORKER["pipeline"]


def _ready() -> int:
    """A worker's pid once its pipeline is loaded (the initializer has run); a short pause lets the others start."""
    import time

    _pipeline()
    time.sleep(0.05)
    return os.getpid()


def _analyse(batch: list[Article], keep_analyses: bool = False) -> PreparedBatch:
    return prepare(_pipeline().analyze_many(batch), keep_analyses=keep_analyses)


MAX_RESTARTS = 3


class ProcessPool:
    """Analyse in worker processes, each loading the pipeline once; results come back in input order.

    At most two batches per worker are in flight, so memory stays bounded however long the input.
    """

    def __init__(self, settings: Settings, workers: int) -> None:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        self.workers = workers
        self.restarts = 0
        self._start = lambda: ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("forkserver"),
                                                  initializer=_init_worker, initargs=(settings,))
        self.pool = self._start()
        try:
            self._wait_ready()
        except BaseException:
            self.pool.shutdown(cancel_futures=True)
            raise

    def _wait_ready(self, timeout: float = 300.0) -> None:
        """Start every worker and wait until each has loaded the pipeline (so rates count analysis, not start-up)."""
        import time

        deadline = time.monotonic() + timeout
        ready: set[int] = set()
        while len(ready) < self.workers and time.monotonic() < deadline:
            futures = [self.pool.submit(_ready) for _ in range(self.workers)]
            ready.update(f.result() for f in futures)

    def _restart_if_broken(self, exc: BaseException) -> None:
        """A worker that died (killed, out of memory) breaks the pool: start a new one, at most MAX_RESTARTS times."""
        from concurrent.futures.process import BrokenProcessPool

        if isinstance(exc, BrokenProcessPool) and self.restarts < MAX_RESTARTS:
            self.restarts += 1
            self.pool.shutdown(wait=False, cancel_futures=True)
            self.pool = self._start()

    def map(self, batches: Iterable[list[Article]], *, keep_analyses: bool = False) -> Iterator[list]:
        from collections import deque

        window: deque = deque()
        for batch in batches:
            if not batch:  # a live input's tick: hand out what is finished, in order, without waiting
                while window and window[0][0].done():
                    yield self._settle(*window.popleft(), keep_analyses)
                yield []
                continue
            window.append((self.pool.submit(_analyse, batch, keep_analyses), batch))
            if len(window) >= 2 * self.workers:
                yield self._settle(*window.popleft(), keep_analyses)
        while window:
            yield self._settle(*window.popleft(), keep_analyses)

    def _settle(self, future: Any, batch: list[Article], keep_analyses: bool) -> list:
        """The prepared batch; if it failed, its articles one at a time, those failing again as Rejected (EW803)."""
        try:
            return [future.result()]
        except Exception as exc:  # a bug on one article must not stop the run
            self._restart_if_broken(exc)
            out: list = []
            for article in batch:
                try:
                    out.append(self.pool.submit(_analyse, [article], keep_analyses).result())
                except Exception as again:
                    self._restart_if_broken(again)
                    out.append(failed(article, again, attempts=2))
            return out

    def jobs(self, function: Callable, items: Iterable) -> Iterator:
        """`map(function, items)` over the workers (the writer's story refresh uses it at the end of a run), one
        item per task: items given largest first then end on the workers together."""
        return self.pool.map(function, list(items))

    def close(self) -> None:
        self.pool.shutdown(cancel_futures=True)
