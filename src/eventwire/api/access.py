"""How the web app reaches the store and the pipeline, safely across threads.

Read-only mode (no api_token): every request opens the store read-only and closes it, so other
processes (`eventwire ingest`) can write between requests and the server sees new data at once.
Write mode (api_token set): one read-write connection for the app's lifetime; each request gets its
own cursor (DuckDB's MVCC isolates readers from the writer) and writes are serialised by a lock.
"""

from __future__ import annotations

import threading
from contextlib import contextmanager
from typing import Any, Iterator

from ..settings import Settings
from ..store import Store


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

    def _connection(self) -> Store:
        with self._open_lock:
            if self._shared is None:
                self._shared = Store(self.settings.db_path)
            return self._shared

    def open(self) -> Store:
        """A store for one request (close it when done)."""
        if not self.writable:
            return Store(self.settings.db_path, read_only=True)
        return CursorStore(self._connection().con.cursor(), self.settings.db_path)

    @contextmanager
    def reading(self) -> Iterator[Store]:
        store = self.open()
        try:
            yield store
        finally:
            store.close()

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
