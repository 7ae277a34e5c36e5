"""The embedded store (DuckDB): analyses in, answers out."""

from .duck import Store

__all__ = ["Store"]
