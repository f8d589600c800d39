"""Use cases for visits: start, edit, finalise; edits of a final visit keep a revision."""

from __future__ import annotations

from typing import Any

from sqlmodel import col, select

from voordeur.model import Household, NoteRevision, Visit, utcnow
from voordeur.model.catalogues import NoteField, VisitStatus
from voordeur.services.unit_of_work import UnitOfWork

TEXT_FIELDS = tuple(f.value for f in NoteField)


def start_visit(uow: UnitOfWork, household: Household, **fields: Any) -> Visit:
    return uow.add(Visit(household_id=household.id, worker_id=uow.actor.worker_id, **fields))


def edit_visit(uow: UnitOfWork, visit: Visit, **fields: Any) -> set[str]:
    """Change fields; for a final visit each changed text field gets a new revision first."""
    if "status" in fields or "finalised_at" in fields:
        raise ValueError("use finalise_visit to change a visit's status")
    changed = uow.update(visit, **fields)
    if visit.status == VisitStatus.FINAL:
        _save_revisions(uow, visit, [n for n in TEXT_FIELDS if n in changed], "edit_after_final")
    return changed


def finalise_visit(uow: UnitOfWork, visit: Visit) -> None:
    """Mark final: the text as it stands is kept as the first revision of each text field."""
    if visit.status == VisitStatus.FINAL:
        return
    uow.update(visit, status=VisitStatus.FINAL, finalised_at=utcnow())
    _save_revisions(uow, visit, list(TEXT_FIELDS), "final")


def _latest_revision_ids(uow: UnitOfWork, visit: Visit) -> dict[str, str]:
    """The newest revision of each text field of the visit (one query for all fields)."""
    stmt = (
        select(NoteRevision.field, NoteRevision.id)
        .where(NoteRevision.visit_id == visit.id)
        .order_by(col(NoteRevision.saved_at), col(NoteRevision.id))
    )
    return {str(field): rev_id for field, rev_id in uow.session.exec(stmt)}


def _save_revisions(uow: UnitOfWork, visit: Visit, fields: list[str], reason: str) -> None:
    if not fields:
        return
    latest = _latest_revision_ids(uow, visit)
    for name in fields:
        uow.add(
            NoteRevision(
                visit_id=visit.id,
                field=NoteField(name),
                text=getattr(visit, name),
                base_revision_id=latest.get(name),
                worker_id=uow.actor.worker_id,
                device_id=uow.actor.device_id,
                reason=reason,
            )
        )
