"""Refused attempts and security events: a row in the audit table plus a log line, ids only."""

from __future__ import annotations

import logging
from datetime import datetime

from sqlalchemy import Connection, insert

from voordeur.server.schema import audit

log = logging.getLogger("voordeur.server")


def record(conn: Connection, at: datetime, action: str, outcome: str, *,
           worker_id: str | None = None, device_id: str | None = None, detail: str = "") -> None:
    """Write one audit row in the caller's transaction. `detail` must hold ids and codes only."""
    conn.execute(insert(audit).values(at=at, action=action, outcome=outcome, worker_id=worker_id,
                                      device_id=device_id, detail=detail[:400]))
    log.warning("%s %s worker=%s device=%s %s", action, outcome, worker_id or "-",
                device_id or "-", detail)
