"""Stories: online clustering of articles that report the same happening, and corroboration counts."""

from .corroborate import StoryEvent, corroborate
from .doc import DocFeatures, StoryDoc, doc_features
from .index import StoryIndex

__all__ = ["DocFeatures", "StoryDoc", "StoryEvent", "StoryIndex", "corroborate", "doc_features"]
