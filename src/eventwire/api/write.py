"""POST endpoints: /api/analyze (code a text, store nothing) and /api/ingest (store articles; needs the token)."""

from __future__ import annotations

import hmac
import io
import json
from datetime import datetime, timezone
from typing import Optional

from fastapi import APIRouter, Depends, Request, Security
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from ..errors import EventwireError
from ..model import Article
from ..pipeline import parse_date
from . import models as m
from .access import Access
from .routes import ERRORS, access

router = APIRouter(prefix="/api", responses={
    **ERRORS, 413: {"model": m.ErrorBody, "description": "The body is over api_max_body_bytes (EW703) or the "
                                                         "article over max_article_bytes (EW105)"}})
bearer = HTTPBearer(auto_error=False, description="The api_token setting; write endpoints are off when it is empty.")
AUTH_ERRORS = {401: {"model": m.ErrorBody, "description": "Missing or wrong token (EW702)"},
               403: {"model": m.ErrorBody, "description": "Write endpoints are disabled (EW701)"}}


def authorised(request: Request, credentials: Optional[HTTPAuthorizationCredentials] = Security(bearer)) -> None:
    """403 when no api_token is set, 401 unless the request carries it as a bearer token."""
    where = f"{request.method} {request.url.path}"
    token = request.app.state.access.settings.api_token
    if not token:
        raise EventwireError("EW701", path=where)
    given = credentials.credentials if credentials else ""
    if not hmac.compare_digest(given.encode(), token.encode()):
        raise EventwireError("EW702", path=where)


def _as_dict(item: object) -> dict:
    return item.as_dict() if hasattr(item, "as_dict") else dict(item)  # type: ignore[call-overload]


@router.post("/analyze", response_model=m.AnalyzeResult, tags=["write"])
def analyze(body: m.AnalyzeRequest, acc: Access = Depends(access)) -> dict:
    """Code the events of one text (with its publication date); nothing is stored."""
    limit = acc.settings.max_article_bytes
    size = len(body.text.encode("utf-8"))
    if size > limit:
        raise EventwireError("EW105", path="<text>", size=size, limit=limit)
    if not body.text.strip():
        raise EventwireError("EW102", path="<text>")
    article = Article(text=body.text, published=parse_date(body.published, "published"))
    with acc.pipeline_lock:
        result = acc.pipeline().analyze(article)
    return {"article_id": article.id, "events": [e.as_dict() for e in result.events],
            "entities": [e.as_dict() for e in result.mentions], "places": [_as_dict(p) for p in result.places],
            "timexes": [_as_dict(t) for t in result.timexes]}


@router.post("/ingest", response_model=m.IngestResult, tags=["write"], responses=AUTH_ERRORS,
             dependencies=[Depends(authorised)])
def ingest(body: m.IngestRequest, acc: Access = Depends(access)) -> dict:
    """Analyse and store articles (as `eventwire ingest` does with JSONL); bad ones are quarantined."""
    from ..ingest import Ingest
    from ..sources import stream_jsonl

    lines = "\n".join(json.dumps(a.model_dump(exclude_none=True), ensure_ascii=False) for a in body.articles)
    source = "api:" + datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S.%fZ")
    rejected: list[dict] = []
    items = stream_jsonl(source, io.BytesIO(lines.encode("utf-8")), acc.settings.max_article_bytes)
    with acc.writing() as store:
        run = Ingest(store, acc.executor(), batch_size=acc.settings.ingest_batch, commit_size=acc.settings.ingest_commit,
                     on_reject=lambda r: rejected.append({"code": r.error.code, "message": str(r.error)}))
        summary = run.run(items)
        totals = store.stats()
    return {"summary": summary.as_dict(), "rejected": rejected, "store": totals}
