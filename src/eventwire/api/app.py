"""The FastAPI app factory: the JSON API under /api, the dashboard under /, vendor files under /vendor."""

from __future__ import annotations

from contextlib import asynccontextmanager
from typing import AsyncIterator, Sequence

from fastapi import FastAPI

from .. import __version__
from ..settings import Settings, load_settings
from . import errors, pages, routes, write
from .access import Access
from .guard import Guard

DESCRIPTION = """Stored PLOVER/CAMEO events with their evidence, over the same store as the `eventwire` CLI.

Errors are JSON `{"error": {"code": "EWnnn", "message": "..."}}`. Write endpoints need
`Authorization: Bearer <api_token>` and are off (403) while the api_token setting is empty."""


def create_app(settings: Settings | None = None, *, allowed_hosts: Sequence[str] | None = None) -> FastAPI:
    """The web app over the store named by settings.db_path (read-only unless api_token is set)."""
    settings = settings or load_settings()
    access = Access(settings)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        access.close()

    app = FastAPI(title="eventwire", version=__version__, description=DESCRIPTION, lifespan=lifespan,
                  docs_url=None, redoc_url=None, openapi_url="/api/openapi.json")
    app.state.access = access
    errors.install(app)
    app.include_router(routes.router)
    app.include_router(write.router)
    pages.install(app)
    if allowed_hosts:
        from starlette.middleware.trustedhost import TrustedHostMiddleware

        app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(allowed_hosts))
    app.add_middleware(Guard, limit=settings.api_max_body_bytes)
    return app
