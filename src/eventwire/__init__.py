"""eventwire: news text in, coded political events (PLOVER, CAMEO) with their evidence out."""

from .errors import EventwireError
from .model import Analysis, Article, Entity, Event, TextInfo
from .pipeline import Pipeline, analyze
from .settings import Settings, load_settings

__all__ = [
    "Analysis", "Article", "Entity", "Event", "EventwireError", "Pipeline", "Settings", "TextInfo",
    "analyze", "load_settings",
]
__version__ = "0.1.0"
