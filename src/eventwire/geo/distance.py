"""Great-circle distance between two points, and the middle of a set of points."""

from __future__ import annotations

import math
import statistics

EARTH_KM = 6371.0


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * EARTH_KM * math.asin(min(1.0, math.sqrt(a)))


# Kilometres per degree along a meridian: two points this many degrees of latitude apart are no nearer.
KM_PER_DEGREE = EARTH_KM * math.pi / 180


def within(lat1: float, lon1: float, lat2: float, lon2: float, limit: float) -> bool:
    """Whether the two points are less than `limit` km apart; points farther apart in latitude alone are told so
    without the haversine (most pairs of an article's places, when one is in another state or continent)."""
    if abs(lat1 - lat2) * KM_PER_DEGREE > limit * (1 + 1e-9):
        return False
    return km(lat1, lon1, lat2, lon2) < limit


def near_points(lat: float, lon: float, points: tuple[tuple[float, float], ...], limit: float, least: int) -> bool:
    """Whether at least `least` of the points lie within `limit` km of (lat, lon)."""
    return sum(km(lat, lon, *p) <= limit for p in points) >= least


def box_point(points: list[tuple[float, float]], trim: float = 0.05) -> tuple[float, float]:
    """Midpoint of the percentile box (5th-95th for countries, 1st-99th for regions): robust to outlying islands."""
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    lo, hi = int(len(points) * trim), max(len(points) - 1 - int(len(points) * trim), 0)
    return round((lats[lo] + lats[hi]) / 2, 4), round((lons[lo] + lons[hi]) / 2, 4)


# A region's towns farther from their median point than this many times their median distance to it (and 300 km)
# lie elsewhere: an outlying island (Easter Island of Valparaíso) or a town GeoNames codes to the wrong region.
OUTLIER_SPREAD = 5.0
MIN_OUTLIER_KM = 300.0


def region_point(points: list[tuple[float, float]]) -> tuple[float, float]:
    """A first-level region's point from its towns: the 1st-99th percentile box of the towns near their median."""
    mid = (statistics.median(p[0] for p in points), statistics.median(p[1] for p in points))
    far = [km(*mid, *p) for p in points]
    limit = max(OUTLIER_SPREAD * statistics.median(far), MIN_OUTLIER_KM)
    return box_point([p for p, d in zip(points, far) if d <= limit], 0.01)
