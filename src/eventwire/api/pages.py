"""The dashboard: one HTML shell for every page, our static files, and whitelisted npm files under /vendor."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles

from ..errors import EventwireError

HERE = Path(__file__).parent
STATIC = HERE / "static"
NODE_MODULES = HERE / "web" / "node_modules"
PAGES = ("/", "/events", "/map", "/dyads", "/network", "/stories", "/stories/{story_id}", "/articles",
         "/articles/{article_id}")
VENDOR = {
    "d3.min.js": "d3/dist/d3.min.js",
    "topojson-client.min.js": "topojson-client/dist/topojson-client.min.js",
    "countries-110m.json": "world-atlas/countries-110m.json",
}


def _shell() -> FileResponse:
    return FileResponse(STATIC / "index.html", media_type="text/html", headers={"Cache-Control": "no-cache"})


def vendor_file(name: str) -> FileResponse:
    """A whitelisted file of the npm packages in web/package.json (installed by `npm ci`)."""
    relative = VENDOR.get(name)
    path = NODE_MODULES / relative if relative else None
    if path is None or not path.is_file():
        raise EventwireError("EW706", path=f"/vendor/{name} (run `npm ci` in {HERE / 'web'})")
    media = "application/json" if name.endswith(".json") else "text/javascript"
    return FileResponse(path, media_type=media, headers={"Cache-Control": "max-age=3600"})


def install(app: FastAPI) -> None:
    """Add the page routes, /static and /vendor (none of them in the OpenAPI schema)."""
    for page in PAGES:
        app.add_api_route(page, _shell, methods=["GET"], include_in_schema=False)
    app.add_api_route("/vendor/{name}", vendor_file, methods=["GET"], include_in_schema=False)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
