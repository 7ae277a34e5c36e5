"""Errors as JSON `{"error": {"code", "message"}}` with a fitting HTTP status, never a traceback."""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..errors import EventwireError

log = logging.getLogger("eventwire.api")

STATUS = {
    "EW105": 413, "EW501": 503, "EW502": 503, "EW504": 404, "EW505": 404,
    "EW701": 403, "EW702": 401, "EW703": 413, "EW704": 422, "EW705": 404, "EW706": 404, "EW707": 405,
    "EW708": 500,
}
CLIENT_PREFIXES = ("EW1", "EW5", "EW204")


def status_of(code: str) -> int:
    """The HTTP status of a coded error: input and filter errors are 400, server-side ones 500."""
    if code in STATUS:
        return STATUS[code]
    return 400 if code.startswith(CLIENT_PREFIXES) else 500


def error_response(error: EventwireError) -> JSONResponse:
    """The JSON body and status of one coded error."""
    headers = {"WWW-Authenticate": "Bearer"} if error.code == "EW702" else None
    body = {"error": {"code": error.code, "message": error.message}}
    return JSONResponse(body, status_code=status_of(error.code), headers=headers)


def _where(request: Request) -> str:
    return f"{request.method} {request.url.path}"


async def _coded(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, EventwireError)
    return error_response(exc)


async def _invalid(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    parts = []
    for err in exc.errors()[:5]:
        where = ".".join(str(p) for p in err.get("loc", ()) if p != "body") or "body"
        parts.append(f"{where}: {err.get('msg', 'invalid')}")
    return error_response(EventwireError("EW704", path=_where(request), reason="; ".join(parts) or "invalid"))


async def _http(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    if exc.status_code == 405:
        return error_response(EventwireError("EW707", path=request.url.path, method=request.method))
    if exc.status_code == 404:
        return error_response(EventwireError("EW706", path=request.url.path))
    body = {"error": {"code": f"HTTP{exc.status_code}", "message": str(exc.detail)}}
    return JSONResponse(body, status_code=exc.status_code)


async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
    log.exception("unexpected error in %s", _where(request))
    return error_response(EventwireError("EW708", path=_where(request), kind=type(exc).__name__))


def install(app: FastAPI) -> None:
    """Register the handlers: coded errors, validation errors, HTTP errors and anything unexpected."""
    app.add_exception_handler(EventwireError, _coded)
    app.add_exception_handler(RequestValidationError, _invalid)
    app.add_exception_handler(StarletteHTTPException, _http)
    app.add_exception_handler(Exception, _unexpected)

