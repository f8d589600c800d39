"""Append-only, hash-chained access log.

Each entry's hash covers its fields and the previous entry's hash, so altering or removing an
entry breaks the chain. The newest sequence number and hash are also kept in store_meta, so
cutting entries off the end is detected too. The database refuses UPDATE and DELETE on the table.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select, text
from sqlmodel import Session

from voordeur.model import AccessLogEntry, StoreMeta, utcnow
from voordeur.model.catalogues import AccessAction, AccessOutcome

GENESIS_HASH = "0" * 64
HEAD_KEY = "access_log_head"
MAX_SUBJECTS = 200


def entry_hash(
    seq: int,
    at: datetime,
    worker_id: str,
    device_id: str,
    action: str,
    subject_ids: list[str],
    outcome: str,
    detail: str,
    prev_hash: str,
) -> str:
    payload = [
        seq,
        at.isoformat(timespec="microseconds"),
        worker_id,
        device_id,
        str(action),
        list(subject_ids),
        str(outcome),
        detail,
        prev_hash,
    ]
    canonical = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def append(
    session: Session,
    *,
    worker_id: str,
    device_id: str,
    action: AccessAction,
    subject_ids: Iterable[str] = (),
    outcome: AccessOutcome = AccessOutcome.OK,
    detail: str = "",
) -> AccessLogEntry:
    """Add one entry in the caller's transaction (so a change and its log line commit together).

    `detail` must never contain personal data: counts, formats and record kinds only.
    """
    subjects = list(dict.fromkeys(subject_ids))
    if len(subjects) > MAX_SUBJECTS:
        detail = f"{detail} (+{len(subjects) - MAX_SUBJECTS} more subjects)".strip()
        subjects = subjects[:MAX_SUBJECTS]
    last = session.exec(  # type: ignore[call-overload]
        select(AccessLogEntry.seq, AccessLogEntry.hash).order_by(AccessLogEntry.seq.desc()).limit(1)
    ).first()
    seq, prev = (last[0] + 1, last[1]) if last else (1, GENESIS_HASH)
    at = utcnow()
    digest = entry_hash(seq, at, worker_id, device_id, action, subjects, outcome, detail, prev)
    entry = AccessLogEntry(
        seq=seq,
        at=at,
        worker_id=worker_id,
        device_id=device_id,
        action=action,
        subject_ids=subjects,
        outcome=outcome,
        detail=detail,
        prev_hash=prev,
        hash=digest,
    )
    session.add(entry)
    head = session.get(StoreMeta, HEAD_KEY) or StoreMeta(key=HEAD_KEY)
    head.value = f"{seq}:{digest}"
    session.add(head)
    session.flush()
    return entry


@dataclass
class Verification:
    entries: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def verify(session: Session) -> Verification:
    result = Verification()
    prev_hash, expected_seq = GENESIS_HASH, 1
    rows = session.exec(text("SELECT seq, at, worker_id, device_id, action, subject_ids, "  # type: ignore[call-overload]
                             "outcome, detail, prev_hash, hash FROM access_log ORDER BY seq"))
    for seq, at, worker, device, action, subjects, outcome, detail, stored_prev, stored in rows:
        result.entries += 1
        if seq != expected_seq:
            result.problems.append(f"entries {expected_seq}–{seq - 1} are missing")
        if stored_prev != prev_hash:
            result.problems.append(f"entry {seq} does not follow on from the entry before it")
        try:
            subject_list = json.loads(subjects)
            computed = entry_hash(
                seq, datetime.fromisoformat(at), worker, device, action, subject_list,
                outcome, detail, stored_prev,
            )
        except (ValueError, TypeError):
            computed = ""
        if computed != stored:
            result.problems.append(f"entry {seq} was altered after it was written")
        prev_hash, expected_seq = stored, seq + 1
    head = session.get(StoreMeta, HEAD_KEY)
    if head is not None:
        head_seq, _, head_hash = head.value.partition(":")
        if int(head_seq) != expected_seq - 1 or head_hash != prev_hash:
            result.problems.append(
                f"the log ends at entry {expected_seq - 1} but entry {head_seq} was written last"
            )
    elif result.entries:
        result.problems.append("the record of the newest entry is missing")
    return result


def entries(session: Session, *, limit: int | None = None) -> list[AccessLogEntry]:
    stmt = select(AccessLogEntry).order_by(AccessLogEntry.seq.desc())
    if limit:
        stmt = stmt.limit(limit)
    return list(session.exec(stmt).scalars())  # type: ignore[call-overload]
