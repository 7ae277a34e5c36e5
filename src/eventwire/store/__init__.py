"""The embedded store (DuckDB): schema, batch writes and queries."""

from .duck import ArticleExtra, Store
from .query import EventFilter

__all__ = ["ArticleExtra", "EventFilter", "Store"]
