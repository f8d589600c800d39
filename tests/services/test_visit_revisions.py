"""Editing a final visit: one revision per field per editing session, not one per autosave."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlmodel import col, select

from voordeur.model import Household, NoteRevision, Visit, utcnow
from voordeur.model.catalogues import NoteField
from voordeur.services import households as hs
from voordeur.services import visits as vs
from voordeur.services.unit_of_work import unit_of_work
from voordeur.store.store import Actor, Store


def new_final_visit(store: Store) -> Visit:
    with unit_of_work(store) as uow:
        household: Household = hs.create_household(uow, "Gezin Bakker")
        visit = vs.start_visit(uow, household, notes="Versie bij definitief",
                               concerns="Huur achterstand")
        vs.finalise_visit(uow, visit)
    return visit


def edit(store: Store, visit_id: str, session_start: object = None, **fields: object) -> set[str]:
    with unit_of_work(store) as uow:
        visit = uow.get(Visit, visit_id)
        assert visit is not None
        return vs.edit_visit(uow, visit, revision_session_start=session_start, **fields)


def revisions(store: Store, visit_id: str, field: NoteField) -> list[NoteRevision]:
    with store.session() as session:
        stmt = (select(NoteRevision)
                .where(NoteRevision.visit_id == visit_id, NoteRevision.field == field.value)
                .order_by(col(NoteRevision.saved_at), col(NoteRevision.id)))
        return list(session.exec(stmt))


def test_autosaves_in_one_session_update_one_revision_per_field(store: Store) -> None:
    visit = new_final_visit(store)
    session = utcnow()
    for text in ("Versie bij definitief, a", "Versie bij definitief, aan", "Definitief, aangevuld"):
        edit(store, visit.id, session, notes=text)
    edit(store, visit.id, session, concerns="Huurachterstand, regeling loopt")
    edit(store, visit.id, session, concerns="Huurachterstand, regeling loopt goed",
         location="Thuis")

    final, after = revisions(store, visit.id, NoteField.NOTES)
    assert (final.reason, final.text) == ("final", "Versie bij definitief")
    assert (after.reason, after.text) == ("edit_after_final", "Definitief, aangevuld")
    assert after.base_revision_id == final.id
    assert after.saved_at >= session
    concerns = revisions(store, visit.id, NoteField.CONCERNS)
    assert [r.text for r in concerns] == ["Huur achterstand",
                                          "Huurachterstand, regeling loopt goed"]
    assert len(revisions(store, visit.id, NoteField.REQUEST)) == 1  # untouched: 'final' only


def test_a_new_session_starts_a_new_revision(store: Store) -> None:
    visit = new_final_visit(store)
    first = utcnow()
    edit(store, visit.id, first, notes="Eerste sessie")
    edit(store, visit.id, first, notes="Eerste sessie, meer")
    second = utcnow() + timedelta(microseconds=1)
    edit(store, visit.id, second, notes="Tweede sessie")
    edit(store, visit.id, second, notes="Tweede sessie, meer")
    chain = revisions(store, visit.id, NoteField.NOTES)
    assert [r.text for r in chain] == ["Versie bij definitief", "Eerste sessie, meer",
                                       "Tweede sessie, meer"]
    assert chain[2].base_revision_id == chain[1].id


def test_without_a_session_every_edit_keeps_a_revision(store: Store) -> None:
    visit = new_final_visit(store)
    edit(store, visit.id, None, notes="Een")
    edit(store, visit.id, None, notes="Twee")
    assert [r.text for r in revisions(store, visit.id, NoteField.NOTES)] == [
        "Versie bij definitief", "Een", "Twee"]


def test_a_revision_by_another_device_or_worker_is_never_overwritten(store: Store) -> None:
    visit = new_final_visit(store)
    session = utcnow()
    edit(store, visit.id, session, notes="Van dit apparaat")
    original_actor = store.actor
    try:
        store.actor = Actor(worker_id=original_actor.worker_id, device_id="other-device")
        edit(store, visit.id, session, notes="Van een ander apparaat")
    finally:
        store.actor = original_actor
    edit(store, visit.id, session, notes="Weer van dit apparaat")
    chain = revisions(store, visit.id, NoteField.NOTES)
    assert [r.text for r in chain] == ["Versie bij definitief", "Van dit apparaat",
                                       "Van een ander apparaat", "Weer van dit apparaat"]
    assert chain[2].device_id == "other-device"


def test_a_revision_from_before_the_session_is_kept(store: Store) -> None:
    visit = new_final_visit(store)
    edit(store, visit.id, utcnow(), notes="Gisteren")
    later_session = utcnow() + timedelta(seconds=1)
    edit(store, visit.id, later_session, notes="Vandaag")
    assert [r.text for r in revisions(store, visit.id, NoteField.NOTES)] == [
        "Versie bij definitief", "Gisteren", "Vandaag"]


def test_drafts_keep_no_revisions_with_a_session_either(store: Store) -> None:
    with unit_of_work(store) as uow:
        household = hs.create_household(uow, "Gezin Concept")
        visit = vs.start_visit(uow, household, notes="Concept")
    edit(store, visit.id, utcnow(), notes="Concept, langer")
    assert revisions(store, visit.id, NoteField.NOTES) == []


def test_session_start_must_be_aware(store: Store) -> None:
    visit = new_final_visit(store)
    with pytest.raises(ValueError, match="aware"):
        edit(store, visit.id, utcnow().replace(tzinfo=None), notes="Naïef")
