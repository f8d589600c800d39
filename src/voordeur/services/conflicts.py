"""Note conflicts: two overlapping edits of the same note that the server could not merge.

A conflict is a synced record, so it shows on every laptop of the team until someone resolves it.
Resolving writes the chosen (or merged) text into the visit through `visits.edit_visit` — a final
visit keeps a revision — and deletes the conflict, in one unit of work; both go to the outbox,
and the note change carries as its base the text this laptop last received from the server, so
an edit made elsewhere in the meantime still merges.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import col, select

from voordeur.model import Household, Visit, Worker
from voordeur.model.sync import NoteConflict
from voordeur.services.households import ServiceError
from voordeur.services.unit_of_work import unit_of_work
from voordeur.services.visits import edit_visit
from voordeur.store.store import Store


@dataclass(frozen=True)
class ConflictView:
    id: str
    household_id: str
    household_name: str
    visit_id: str
    visit_starts_at: datetime
    field: str  # a NoteField value
    base_text: str
    mine_text: str  # the edit that reached the server second
    theirs_text: str  # the text the server had
    mine_label: str  # worker names ("" when unknown on this laptop)
    theirs_label: str
    mine_is_this_device: bool  # the GUI says "Jouw versie" for it
    created_at: datetime
    theirs_is_this_device: bool = False  # this laptop wrote the text the server kept


def list_conflicts(store: Store) -> list[ConflictView]:
    """Open conflicts, newest first."""
    with store.session() as session:
        rows = session.exec(
            select(NoteConflict, Household.display_name, Visit.starts_at)
            .join(Household, col(Household.id) == col(NoteConflict.household_id))
            .join(Visit, col(Visit.id) == col(NoteConflict.visit_id))
            .where(col(NoteConflict.deleted_at).is_(None))
            .order_by(col(NoteConflict.created_at).desc(), col(NoteConflict.id).desc())
        ).all()
        worker_ids = {w for c, _, _ in rows for w in (c.mine_worker_id, c.theirs_worker_id) if w}
        names = dict(session.exec(
            select(Worker.id, Worker.name).where(col(Worker.id).in_(sorted(worker_ids)))
        ).all()) if worker_ids else {}
    device = store.actor.device_id
    return [
        ConflictView(
            id=c.id, household_id=c.household_id, household_name=household_name,
            visit_id=c.visit_id, visit_starts_at=starts_at, field=str(c.field),
            base_text=c.base_text, mine_text=c.mine_text, theirs_text=c.theirs_text,
            mine_label=names.get(c.mine_worker_id, ""),
            theirs_label=names.get(c.theirs_worker_id, ""),
            mine_is_this_device=bool(c.mine_device_id) and c.mine_device_id == device,
            created_at=c.created_at,
            theirs_is_this_device=bool(c.theirs_device_id) and c.theirs_device_id == device,
        )
        for c, household_name, starts_at in rows
    ]


def resolve_conflict(store: Store, conflict_id: str, text: str) -> None:
    """Keep `text` in the visit's field and close the conflict, in one transaction."""
    with unit_of_work(store, detail="note conflict resolved") as uow:
        conflict = uow.get(NoteConflict, conflict_id)
        if conflict is None:
            raise ServiceError(f"there is no open note conflict with id {conflict_id}")
        visit = uow.get(Visit, conflict.visit_id)
        if visit is None:
            raise ServiceError("the visit of this conflict was deleted; restore it first")
        edit_visit(uow, visit, **{str(conflict.field): text})
        uow.delete(conflict)
