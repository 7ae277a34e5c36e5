"""The command line: one module per command, all of them thin over the core."""

from __future__ import annotations

from .app import app


def main() -> None:
    app()


__all__ = ["app", "main"]
