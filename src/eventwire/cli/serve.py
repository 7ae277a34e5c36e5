"""`eventwire serve`: the HTTP API and the dashboard over a store, on localhost by default."""

from __future__ import annotations

import ipaddress
from pathlib import Path
from typing import Optional

import typer

from .app import app, handles_errors, settings

LOOPBACK_NAMES = ("localhost", "127.0.0.1")


def is_loopback(host: str) -> bool:
    """True for localhost and loopback addresses (127.0.0.0/8, ::1)."""
    if host in ("localhost", "ip6-localhost"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _warn_public(host: str, port: int) -> None:
    typer.secho(
        f"WARNING: serving on {host}:{port}, which is not a loopback address: anyone who can reach this machine "
        "can read the store" + (" and, with the token, write to it." if settings().api_token else "."),
        fg=typer.colors.RED, bold=True, err=True)


@app.command()
@handles_errors
def serve(
    db: Optional[Path] = typer.Option(None, "--db", help="The store file (setting db_path)."),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on (default: localhost only)."),
    port: int = typer.Option(8000, "--port", min=1, max=65535, help="TCP port."),
) -> None:
    """Serve the HTTP API (/api, schema at /api/openapi.json) and the dashboard (/) over the store."""
    import uvicorn

    from ..api import create_app

    cfg = settings(db_path=str(db) if db else None)
    loopback = is_loopback(host)
    if not loopback:
        _warn_public(host, port)
    if not cfg.api_token and not Path(cfg.db_path).is_file():
        typer.echo(f"note: no store at {cfg.db_path} yet: run `eventwire ingest FILES --db {cfg.db_path}`", err=True)
    allowed = [*LOOPBACK_NAMES, host] if loopback and host in LOOPBACK_NAMES else None
    web = create_app(cfg, allowed_hosts=allowed)
    mode = "writes enabled (api_token set)" if cfg.api_token else "read-only (set api_token to enable POST /api/ingest)"
    shown = f"[{host}]" if ":" in host else host
    typer.echo(f"eventwire dashboard: http://{shown}:{port}/  (OpenAPI /api/openapi.json; store {cfg.db_path}; {mode})",
               err=True)
    uvicorn.run(web, host=host, port=port, log_level="warning", server_header=False)
