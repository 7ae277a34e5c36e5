"""Stories: online clustering of articles that report the same happening, and corroboration counts."""

from .corroborate import StoryEvent, corroborate
from .index import DocFeatures, StoryDoc, StoryIndex, doc_features

__all__ = ["DocFeatures", "StoryDoc", "StoryEvent", "StoryIndex", "corroborate", "doc_features"]
