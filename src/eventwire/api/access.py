"""How the web app reaches the store and the pipeline, safely across threads.

Read-only mode (no api_token): requests share one read-only connection, opened on demand and
closed after a second without requests, so other processes (`eventwire ingest`, which waits for
the file lock) can write between bursts of requests and the server then sees the new data.
Write mode (api_token set): one read-write connection for the app's lifetime; each request gets its
own cursor (DuckDB's MVCC isolates readers from the writer) and writes are serialised by a lock.
"""

from __future__ import annotations

import threading
import time
from contextlib import contextmanager
from typing import Any, Iterator

from ..settings import Settings
from ..store import Store


IDLE_SECONDS = 1.0


class CursorStore(Store):
    """A Store over one cursor of a shared connection; closing it closes only the cursor."""

    def __init__(self, con: Any, path: str) -> None:
        self.path = path
        self.con = con


class Access:
    """Opens stores for requests and holds the lazily loaded pipeline and ingest executor."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.writable = bool(settings.api_token)
        self._shared: Store | None = None
        self._open_lock = threading.Lock()
        self.write_lock = threading.Lock()
        self.pipeline_lock = threading.Lock()
        self._pipeline: Any = None
        self._executor: Any = None
        self._reader: Store | None = None
        self._active = 0
        self._last_use = 0.0

    def _read_cursor(self) -> Store:
        with self._open_lock:
            if self._reader is None:
                self._reader = Store(self.settings.db_path, read_only=True)
                threading.Thread(target=self._close_when_idle, daemon=True).start()
            self._active += 1
            return CursorStore(self._reader.con.cursor(), self.settings.db_path)

    def _release(self) -> None:
        with self._open_lock:
            self._active -= 1
            self._last_use = time.monotonic()

    def _close_when_idle(self) -> None:
        """Close the shared read-only connection once no request has used it for IDLE_SECONDS."""
        while True:
            time.sleep(IDLE_SECONDS / 4)
            with self._open_lock:
                if self._reader is None:
                    return
                if self._active == 0 and time.monotonic() - self._last_use >= IDLE_SECONDS:
                    self._reader.close()
                    self._reader = None
                    return

    def _connection(self) -> Store:
        with self._open_lock:
            if self._shared is None:
                self._shared = Store(self.settings.db_path)
            return self._shared

    def open(self) -> Store:
        """A store for one request (close it when done)."""
        if not self.writable:
            return self._read_cursor()
        return CursorStore(self._connection().con.cursor(), self.settings.db_path)

    @contextmanager
    def reading(self) -> Iterator[Store]:
        store = self.open()
        try:
            yield store
        finally:
            store.close()
            if not self.writable:
                self._release()

    @contextmanager
    def writing(self) -> Iterator[Store]:
        """The store for a write, one writer at a time."""
        with self.write_lock, self.reading() as store:
            yield store

    def pipeline(self) -> Any:
        """The pipeline for /analyze, loaded on first use."""
        from ..pipeline import default_pipeline

        if self._pipeline is None:
            self._pipeline = default_pipeline(self.settings)
        return self._pipeline

    def executor(self) -> Any:
        """The ingest executor (setting engine/workers), created on first use."""
        from ..ingest import make_executor

        if self._executor is None:
            self._executor = make_executor(self.settings)
        return self._executor

    def close(self) -> None:
        if self._executor is not None:
            self._executor.close()
        if self._shared is not None:
            self._shared.close()
        with self._open_lock:
            if self._reader is not None:
                self._reader.close()
                self._reader = None
