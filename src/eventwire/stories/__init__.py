"""Stories: online clustering of articles that report the same happening, and corroboration counts."""

from .corroborate import StoryEvent, corroborate
from .index import StoryDoc, StoryIndex

__all__ = ["StoryDoc", "StoryEvent", "StoryIndex", "corroborate"]
