"""The team server's HTTP API (/v1): FastAPI app factory.

Endpoints are plain `def`: FastAPI runs them in its thread pool, and the database work is blocking
anyway. The server keeps no state between requests (tokens are signed with a secret stored in the
database), so several instances can serve one PostgreSQL database.
"""

from __future__ import annotations

import gzip
import logging
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Depends, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel

from voordeur import __version__
from voordeur import clock as system_clock
from voordeur.server.auth import Auth, Principal
from voordeur.server.db import Database
from voordeur.server.errors import ApiError
from voordeur.server.sync_apply import apply_push
from voordeur.server.sync_read import pull_page
from voordeur.sync.protocol import (
    DEFAULT_PULL_LIMIT,
    MAX_PULL_LIMIT,
    TIME_HEADER,
    ErrorBody,
    Health,
    LoginRequest,
    LoginResponse,
    PullResponse,
    PushRequest,
    PushResponse,
    RefreshRequest,
    TokenPair,
)

log = logging.getLogger("voordeur.server")
GZIP_MIN_BYTES = 2048
_bearer = HTTPBearer(auto_error=False, description="The access token from /v1/login or /v1/token")


def _errors(*codes: int) -> dict[int | str, dict[str, Any]]:
    descriptions = {401: "Not authenticated", 403: "Refused", 422: "Invalid request",
                    429: "Too many failed logins (see Retry-After)"}
    return {code: {"model": _ErrorResponse, "description": descriptions[code]} for code in codes}


def _principal(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> Principal:
    """The authenticated caller, with teams from the server's tables (never from the request)."""
    auth: Auth = request.app.state.auth
    who = auth.authenticate(credentials.credentials if credentials else None)
    if not who.team_ids:
        raise ApiError(403, "no_team", "this worker is in no team")
    return who


Caller = Annotated[Principal, Depends(_principal)]


class _ErrorResponse(BaseModel):
    """The error envelope: `{"detail": ErrorBody}`."""

    detail: ErrorBody


class ServerTime:
    """ASGI middleware: every answer carries the server's clock (TIME_HEADER, Unix ms), so a
    laptop learns how far its own clock is off. Plain ASGI: no extra task per request."""

    def __init__(self, app: Any, clock: Callable[[], datetime]) -> None:
        self.app = app
        self.clock = clock

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_time(message: Any) -> None:
            if message["type"] == "http.response.start":
                millis = str(int(self.clock().timestamp() * 1000)).encode()
                message["headers"] = [*message.get("headers", ()),
                                      (TIME_HEADER.lower().encode(), millis)]
            await send(message)

        await self.app(scope, receive, send_with_time)


def create_app(db_url: str, *, access_ttl_seconds: int = 900,
               clock: Callable[[], datetime] | None = None) -> FastAPI:
    """The server on the database `db_url` (tables are created if missing).

    `clock` (tests) replaces the wall clock for tokens, throttling, the time every answer
    carries and the re-timing of pushed clock stamps.
    """
    db = Database(db_url)
    db.create_tables()
    auth = Auth(db, access_ttl_seconds=access_ttl_seconds, clock=clock or system_clock.now)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        log.info("serving database %s", db.safe_url())
        yield
        db.dispose()

    app = FastAPI(title="Voordeur team server", version=__version__, lifespan=lifespan,
                  openapi_url="/v1/openapi.json", docs_url="/v1/docs", redoc_url=None,
                  description="Sync API of Voordeur (docs/sync-protocol.md).")
    app.state.db = db
    app.state.auth = auth

    app.add_middleware(ServerTime, clock=auth.clock)
    @app.exception_handler(ApiError)
    async def _api_error(_request: Request, exc: ApiError) -> JSONResponse:
        return JSONResponse({"detail": exc.body.model_dump()}, status_code=exc.status,
                            headers=exc.headers)

    @app.exception_handler(RequestValidationError)
    async def _bad_request(_request: Request, exc: RequestValidationError) -> JSONResponse:
        # Location and message only: the offending input is never echoed (it may be a note).
        parts = [f"{'.'.join(str(p) for p in e.get('loc', ()))}: {e.get('msg', '')}"
                 for e in exc.errors()[:3]]
        body = ErrorBody(code="bad_request", message="; ".join(parts)[:1000] or "bad request")
        return JSONResponse({"detail": body.model_dump()}, status_code=422)

    v1 = APIRouter(prefix="/v1")

    @v1.get("/health", response_model=Health, tags=["server"])
    def health() -> Health:
        return Health(version=__version__)

    @v1.post("/login", response_model=LoginResponse, tags=["accounts"],
             responses=_errors(401, 403, 422, 429))
    def login(req: LoginRequest) -> LoginResponse:
        """Check the password and register (or re-use) this device; answers a token pair."""
        return auth.login(req)

    @v1.post("/token", response_model=TokenPair, tags=["accounts"],
             responses=_errors(401, 403, 422))
    def token(req: RefreshRequest) -> TokenPair:
        """Exchange a refresh token for a new pair (the presented one is spent)."""
        return auth.refresh(req)

    @v1.post("/push", response_model=PushResponse, tags=["sync"],
             responses=_errors(401, 403, 422))
    def push(req: PushRequest, who: Caller) -> PushResponse:
        """Apply changes in order; one result per change."""
        with db.write() as conn:
            results = apply_push(conn, who, auth.clock(), req.changes, req.client_time)
        counts: dict[str, int] = {}
        for result in results:
            counts[result.outcome] = counts.get(result.outcome, 0) + 1
        log.info("push worker=%s device=%s %s", who.worker_id, who.device_id,
                 " ".join(f"{k}={v}" for k, v in sorted(counts.items())) or "empty")
        return PushResponse(results=results)

    @v1.get("/pull", response_model=PullResponse, tags=["sync"],
            responses=_errors(401, 403, 422))
    def pull(request: Request, who: Caller,
             after: Annotated[int, Query(ge=0, description="the cursor of the last page")] = 0,
             limit: Annotated[int, Query(ge=1, le=MAX_PULL_LIMIT)] = DEFAULT_PULL_LIMIT,
             ) -> Response:
        """Change-log entries of the caller's teams after `after`, oldest first."""
        with db.read() as conn:
            body = pull_page(conn, who.team_ids, after, limit)
        headers = {"Vary": "Accept-Encoding"}
        # Pages are repetitive JSON (field names, clocks): gzip at its cheapest level shrinks them
        # several times for a few milliseconds. Only pages: no secrets ride along (BREACH).
        if len(body) >= GZIP_MIN_BYTES and "gzip" in request.headers.get("accept-encoding", ""):
            body = gzip.compress(body, compresslevel=1)
            headers["Content-Encoding"] = "gzip"
        return Response(body, media_type="application/json", headers=headers)

    app.include_router(v1)
    return app
