"""What can go wrong in a sync, as the command line and the app need to tell it apart.

Every message is plain English and free of personal data (ids at most). `Unreachable` means try
again later, nothing is lost; `SyncRefused` means a retry will not help until someone acts (log
in again, ask the administrator); `DeviceRevoked` means this laptop may no longer sync at all.
"""

from __future__ import annotations


class SyncError(Exception):
    """Any sync failure; the message is plain English."""


class Unreachable(SyncError):
    """Network down, timeout, server error (5xx) or an answer that makes no sense."""


class SyncRefused(SyncError):
    """The server (or the local store) refused in a way a retry will not fix.

    `code` is the server's error code (`voordeur.sync.protocol.ErrorCode`) or a local one:
    "already_linked", "choose_team", "not_linked".
    """

    def __init__(self, message: str, code: str = "refused", *, retry_after: float = 0.0) -> None:
        super().__init__(message)
        self.code = code
        self.retry_after = retry_after  # seconds, for "throttled"


class DeviceRevoked(SyncRefused):
    """An administrator revoked this laptop; with `wipe` it must remove its local store."""

    def __init__(self, message: str, *, wipe: bool = False) -> None:
        super().__init__(message, "device_revoked")
        self.wipe = wipe


class NotLinked(SyncError):
    """The store was never linked to a team server (`voordeur login`)."""
