"""Live inputs (a feed piped to standard input): articles go out at a steady pace, not only when a batch fills.

A file's articles are all there, so ingest waits for full batches. A feed's articles trickle in, and an
analyst watching the store wants each one within seconds: `paced` reads the input on a thread and adds a
tick every `LINGER_SECONDS`, at which the articles held so far go out as a batch, and finished batches are
written.
"""

from __future__ import annotations

import queue
import threading
import time
from dataclasses import dataclass
from typing import Iterable, Iterator, TypeVar

T = TypeVar("T")

LINGER_SECONDS = 1.0
"""How long an article of a live input waits for others to share its batch."""
BACKLOG = 4096
"""Items read ahead of the analysis at most; the reading thread waits when this many are queued."""


@dataclass(frozen=True)
class _End:
    error: BaseException | None = None


def paced(items: Iterable[T], linger: float = LINGER_SECONDS) -> Iterator[T | None]:
    """The items in order, read on a background thread, with None as a tick every `linger` seconds.
    An error raised while reading is raised here, after the items read before it."""
    inbox: queue.Queue = queue.Queue(maxsize=BACKLOG)
    threading.Thread(target=_pump, args=(items, inbox), name="eventwire-live-input", daemon=True).start()
    tick_at = time.monotonic() + linger
    while True:
        try:
            item = inbox.get(timeout=max(0.0, tick_at - time.monotonic()))
        except queue.Empty:
            item = None
        if time.monotonic() >= tick_at:
            tick_at = time.monotonic() + linger
            yield None
        if isinstance(item, _End):
            if item.error is not None:
                raise item.error
            return
        if item is not None:
            yield item


def _pump(items: Iterable, inbox: queue.Queue) -> None:
    try:
        for item in items:
            inbox.put(item)
    except BaseException as exc:  # handed to the consumer, which raises it in its own thread
        inbox.put(_End(exc))
        return
    inbox.put(_End())
