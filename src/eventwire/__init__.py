"""eventwire: news text in, coded political events (PLOVER, CAMEO) with their evidence out."""

from .errors import EventwireError
from .model import Analysis, Article, Entity, Event, TextInfo
from .pipeline import Pipeline, analyze
from .settings import Settings, load_settings
from .store import EventFilter, Store

__all__ = [
    "Analysis", "Article", "Entity", "Event", "EventFilter", "EventwireError", "Pipeline", "Settings", "Store",
    "TextInfo",
    "analyze", "load_settings",
]
__version__ = "0.1.0"
