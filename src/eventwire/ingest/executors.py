"""Executors turn batches of articles into analyses; the writer stays in the calling process.

Each executor is registered by name (setting `engine`): `local` runs in this process or in
worker processes (`workers`), others (e.g. `ray`) register themselves when importable.
"""

from __future__ import annotations

import os
from typing import Callable, Iterable, Iterator, Protocol

from ..errors import EventwireError
from ..model import Analysis, Article
from ..pipeline import Pipeline
from ..settings import Settings


class Executor(Protocol):
    def map(self, batches: Iterable[list[Article]]) -> Iterator[list[Analysis]]:
        """Analyses for each batch, in input order."""

    def close(self) -> None:
        """Release workers."""


class InProcess:
    """Analyse in the calling process with one loaded pipeline."""

    def __init__(self, settings: Settings) -> None:
        self.pipeline = Pipeline(settings)

    def map(self, batches: Iterable[list[Article]]) -> Iterator[list[Analysis]]:
        for batch in batches:
            yield list(self.pipeline.analyze_many(batch))

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
    workers = settings.workers or os.cpu_count() or 1
    return InProcess(settings) if workers <= 1 else ProcessPool(settings, workers)


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


_WORKER: dict[str, Pipeline] = {}


def _init_worker(settings: Settings) -> None:
    _WORKER["pipeline"] = Pipeline(settings)


def _analyse(batch: list[Article]) -> list[Analysis]:
    return list(_WORKER["pipeline"].analyze_many(batch))


class ProcessPool:
    """Analyse in worker processes, each loading the pipeline once; results come back in input order.

    At most two batches per worker are in flight, so memory stays bounded however long the input.
    """

    def __init__(self, settings: Settings, workers: int) -> None:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        self.workers = workers
        context = multiprocessing.get_context("forkserver")
        self.pool = ProcessPoolExecutor(workers, mp_context=context, initializer=_init_worker, initargs=(settings,))

    def map(self, batches: Iterable[list[Article]]) -> Iterator[list[Analysis]]:
        from collections import deque

        window: deque = deque()
        for batch in batches:
            window.append(self.pool.submit(_analyse, batch))
            if len(window) >= 2 * self.workers:
                yield window.popleft().result()
        while window:
            yield window.popleft().result()

    def close(self) -> None:
        self.pool.shutdown(cancel_futures=True)
