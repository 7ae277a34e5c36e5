"""Reading the package's knowledge files (tab-separated, reviewed like code)."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path

from .errors import EventwireError


def data_path(package: str, name: str) -> Path:
    """Path of a data file shipped under ``eventwire.<package>/data``."""
    return Path(str(resources.files(f"eventwire.{package}").joinpath("data", name)))


def split_list(cell: str) -> list[str]:
    """A ``|``-separated cell as a list of stripped, non-empty items."""
    return [item.strip() for item in cell.split("|") if item.strip()]


@lru_cache(maxsize=64)
def read_tsv(path: Path) -> tuple[dict[str, str], ...]:
    """Rows of a TSV file with a header line; ``#`` lines before the header are notes."""
    rows: list[dict[str, str]] = []
    header: list[str] | None = None
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            line = line.rstrip("\n").rstrip("\r")
            if header is None:
                if line.startswith("#") or not line.strip():
                    continue
                header = line.split("\t")
                continue
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.split("\t")
            if len(cells) < len(header):
                cells += [""] * (len(header) - len(cells))
            if len(cells) > len(header):
                raise EventwireError("EW301", path=path, line=number, reason=f"{len(cells)} columns, expected {len(header)}")
            rows.append({k: v.strip() for k, v in zip(header, cells)})
    if header is None:
        raise EventwireError("EW301", path=path, line=0, reason="no header line")
    return tuple(rows)
