"""API errors: raised anywhere in the server, answered as `{"detail": ErrorBody}`."""

from __future__ import annotations

from voordeur.sync.protocol import ErrorBody, ErrorCode


class ApiError(Exception):
    def __init__(self, status: int, code: ErrorCode, message: str, *, wipe: bool = False,
                 headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.body = ErrorBody(code=code, message=message, wipe=wipe)
        self.headers = headers or {}

    @property
    def code(self) -> str:
        return self.body.code


def token_invalid(message: str = "access token missing, invalid or expired") -> ApiError:
    return ApiError(401, "token_invalid", message)


def refresh_invalid(message: str = "refresh token not valid; log in again") -> ApiError:
    return ApiError(401, "refresh_invalid", message)


def device_revoked(wipe: bool) -> ApiError:
    message = ("this device was revoked and must remove its data" if wipe
               else "this device was revoked")
    return ApiError(403, "device_revoked", message, wipe=wipe)
