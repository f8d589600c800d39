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
        for name in TEXT_FIELDS:
            if name in changed:
                _revision(uow, visit, NoteField(name), "edit_after_final")
    return changed


def finalise_visit(uow: UnitOfWork, visit: Visit) -> None:
    """Mark final: the text as it stands is kept as the first revision of each text field."""
    if visit.status == VisitStatus.FINAL:
        return
    uow.update(visit, status=VisitStatus.FINAL, finalised_at=utcnow())
    for name in TEXT_FIELDS:
        _revision(uow, visit, NoteField(name), "final")


def _latest_revision_id(uow: UnitOfWork, visit: Visit, field: NoteField) -> str | None:
    stmt = (
        select(NoteRevision.id)
        .where(NoteRevision.visit_id == visit.id, NoteRevision.field == field.value)
        .order_by(col(NoteRevision.saved_at).desc())
        .limit(1)
    )
    return uow.session.exec(stmt).first()


def _revision(uow: UnitOfWork, visit: Visit, field: NoteField, reason: str) -> NoteRevision:
    return uow.add(
        NoteRevision(
            visit_id=visit.id,
            field=field,
            text=getattr(visit, field.value),
            base_revision_id=_latest_revision_id(uow, visit, field),
            worker_id=uow.actor.worker_id,
            device_id=uow.actor.device_id,
            reason=reason,
        )
    )
