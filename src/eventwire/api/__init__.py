"""The HTTP API and the dashboard: a thin FastAPI layer over Store, Pipeline and the export writers."""

from .app import create_app

__all__ = ["create_app"]
