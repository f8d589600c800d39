"""HTTP client of the team server's /v1 API (httpx), with every failure mapped to a sync error.

- No answer (connection refused or dropped, timeout), a 5xx, or an answer that is not the JSON
  the protocol promises (checked with the pydantic models of `protocol`) → `Unreachable`: try
  again later, nothing is lost.
- 401/403/422 with the protocol's error body `{"detail": {"code", "message", "wipe"}}` →
  `SyncRefused` with that code, or `DeviceRevoked` (with its `wipe` flag).
- 429 on login → `SyncRefused("throttled")` with `retry_after` seconds.

The `httpx.Client` is injectable, so tests run the real server in-process (FastAPI's TestClient
is an httpx.Client). URLs are absolute (`server_url` + path), so any client works.
"""

from __future__ import annotations

from typing import Any, TypeVar

import httpx
from pydantic import BaseModel, ValidationError

from voordeur import clock
from voordeur.sync.errors import DeviceRevoked, SyncRefused, Unreachable
from voordeur.sync.protocol import (
    DEFAULT_PULL_LIMIT,
    TIME_HEADER,
    Change,
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

M = TypeVar("M", bound=BaseModel)
DEFAULT_TIMEOUT = httpx.Timeout(10.0, connect=5.0)


def normalise_url(server_url: str) -> str:
    url = server_url.strip().rstrip("/")
    if url.endswith("/v1"):
        url = url[:-3]
    if not url.startswith(("http://", "https://")):
        raise ValueError("the server address must start with https:// (or http:// on a test "
                         "machine)")
    return url


class SyncClient:
    """One team server. Owns the httpx client only when it made it (see `close`)."""

    def __init__(self, server_url: str, http: httpx.Client | None = None,
                 timeout: float | httpx.Timeout = DEFAULT_TIMEOUT) -> None:
        self.server_url = normalise_url(server_url)
        self._own = http is None
        self.http = http if http is not None else httpx.Client(timeout=timeout)
        self.bytes_sent = 0
        self.bytes_received = 0
        # The server's clock minus this laptop's (ms), from the newest answer; None before one.
        self.server_offset_ms: int | None = None

    def close(self) -> None:
        if self._own:
            self.http.close()

    # -- calls ----------------------------------------------------------------------------
    def health(self, timeout: float | None = None) -> Health:
        return self._call("GET", "/v1/health", Health, timeout=timeout)

    def login(self, request: LoginRequest) -> LoginResponse:
        return self._call("POST", "/v1/login", LoginResponse, body=request)

    def refresh(self, refresh_token: str, device_id: str) -> TokenPair:
        body = RefreshRequest(refresh_token=refresh_token, device_id=device_id)
        return self._call("POST", "/v1/token", TokenPair, body=body)

    def push(self, access_token: str, changes: list[Change]) -> PushResponse:
        body = PushRequest(changes=changes).model_dump_json(exclude_defaults=True)
        return self.push_json(access_token, [c.change_id for c in changes], body.encode())

    def push_json(self, access_token: str, change_ids: list[str], body: bytes) -> PushResponse:
        """Push a PushRequest already encoded as JSON (the engine builds it from the outbox's
        stored JSON without decoding it); `change_ids` are its changes' ids, in order."""
        response = self._call("POST", "/v1/push", PushResponse, content=body, token=access_token)
        if [r.change_id for r in response.results] != change_ids:
            raise Unreachable("the server's answer to a push does not match the changes sent")
        return response

    def pull(self, access_token: str, after: int, limit: int = DEFAULT_PULL_LIMIT) -> PullResponse:
        return PullResponse.model_validate_json(self.pull_json(access_token, after, limit))

    def pull_json(self, access_token: str, after: int, limit: int = DEFAULT_PULL_LIMIT) -> bytes:
        """The answer's JSON unparsed: the engine reads it once, with the record models
        (`apply.parse_page`)."""
        return self._request("GET", f"/v1/pull?after={int(after)}&limit={int(limit)}",
                             token=access_token)

    # -- plumbing -------------------------------------------------------------------------
    def _call(self, method: str, path: str, model: type[M], *, body: BaseModel | None = None,
              content: bytes | None = None, token: str | None = None,
              timeout: float | None = None) -> M:
        data = self._request(method, path, body=body, content=content, token=token,
                             timeout=timeout)
        try:
            return model.model_validate_json(data)
        except ValidationError:
            raise Unreachable("the team server's answer makes no sense (not the sync "
                              "protocol this version speaks)") from None

    def _request(self, method: str, path: str, *, body: BaseModel | None = None,
                 content: bytes | None = None, token: str | None = None,
                 timeout: float | None = None) -> bytes:
        """The body of a 200 answer; every other outcome raised as a sync error."""
        headers = {"Accept": "application/json"}
        if body is not None:
            # Defaults are left out: smaller requests, and the server fills in the same defaults.
            content = body.model_dump_json(exclude_defaults=True).encode()
        if content is not None:
            headers["Content-Type"] = "application/json"
        if token is not None:
            headers["Authorization"] = f"Bearer {token}"
        extra: dict[str, Any] = {} if timeout is None else {"timeout": timeout}
        try:
            sent_at = clock.wall_millis()
            response = self.http.request(method, self.server_url + path, content=content,
                                         headers=headers, **extra)
            data = response.read()
            self._learn_offset(response, sent_at, clock.wall_millis())
        except httpx.TimeoutException:
            raise Unreachable("the team server did not answer in time") from None
        except httpx.HTTPError as exc:  # connect errors, dropped connections, protocol errors
            raise Unreachable(f"the team server cannot be reached ({type(exc).__name__})") from None
        self.bytes_sent += len(content or b"") + len(path)
        self.bytes_received += len(data)
        status = response.status_code
        if status >= 500:
            raise Unreachable(f"the team server had a problem (HTTP {status}); try again later")
        if status in (401, 403, 422, 429):
            raise _refusal(response, data)
        if status != 200:
            raise Unreachable(f"the team server answered HTTP {status}; is the address right?")
        return data


    def _learn_offset(self, response: httpx.Response, sent_at: int, received_at: int) -> None:
        """The server's clock against ours, taken at the middle of the round trip."""
        text = response.headers.get(TIME_HEADER, "")
        if text.isdigit() and len(text) <= 13:
            self.server_offset_ms = int(text) - (sent_at + received_at) // 2


def _refusal(response: httpx.Response, data: bytes) -> SyncRefused:
    try:
        import json

        detail = json.loads(data).get("detail")
        error = ErrorBody.model_validate(detail)
    except (ValueError, AttributeError, ValidationError):
        return SyncRefused(f"the team server refused the request (HTTP {response.status_code})",
                           f"http_{response.status_code}")
    if error.code == "device_revoked":
        return DeviceRevoked(error.message or "this laptop was revoked by the administrator",
                             wipe=error.wipe)
    retry_after = 0.0
    if error.code == "throttled":
        try:
            retry_after = float(response.headers.get("Retry-After", "0"))
        except ValueError:
            retry_after = 0.0
    return SyncRefused(error.message or error.code, error.code, retry_after=retry_after)
