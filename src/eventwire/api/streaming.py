"""Stream a writer that writes to a file object (the export writers) as an HTTP response body.

The writer runs in its own thread and writes into a bounded queue; the response iterates the queue.
A client that goes away stops the writer at its next write.
"""

from __future__ import annotations

import io
import queue
import threading
from typing import Callable, Iterator

CHUNK = 64 * 1024
_DONE = object()


class _QueueFile(io.RawIOBase):
    """A write-only binary file whose bytes go, in chunks, into a queue."""

    def __init__(self, q: queue.Queue, stop: threading.Event) -> None:
        self.q = q
        self.stop = stop
        self.buffer = bytearray()

    def writable(self) -> bool:
        return True

    def write(self, data: bytes) -> int:  # type: ignore[override]
        self.buffer += data
        if len(self.buffer) >= CHUNK:
            self.push()
        return len(data)

    def push(self) -> None:
        """Hand the buffered bytes to the reader (waits while it is behind)."""
        if self.buffer:
            put(self.q, bytes(self.buffer), self.stop)
            self.buffer.clear()


def put(q: queue.Queue, item: object, stop: threading.Event) -> None:
    """Put into a bounded queue unless the reader stopped (then BrokenPipeError)."""
    while not stop.is_set():
        try:
            q.put(item, timeout=0.1)
            return
        except queue.Full:
            continue
    raise BrokenPipeError("the client went away")


def stream_writer(write: Callable[[io.RawIOBase], object], on_close: Callable[[], None]) -> Iterator[bytes]:
    """Chunks of what `write(file)` writes; `on_close` runs when the writer thread ends."""
    q: queue.Queue = queue.Queue(maxsize=16)
    stop = threading.Event()

    def run() -> None:
        try:
            out = _QueueFile(q, stop)
            write(out)
            out.push()
            put(q, _DONE, stop)
        except BaseException as exc:  # handed to the reader, which re-raises it
            try:
                put(q, exc, stop)
            except BrokenPipeError:
                pass
        finally:
            on_close()

    thread = threading.Thread(target=run, name="eventwire-export", daemon=True)
    thread.start()
    try:
        while (item := q.get()) is not _DONE:
            if isinstance(item, BaseException):
                raise item
            yield item
    finally:
        stop.set()
