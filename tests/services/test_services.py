"""Services through the unit of work: atomic, guarded updates, tombstones, revisions, rules."""

from __future__ import annotations

import itertools
from datetime import date, timedelta

import pytest
from sqlmodel import col, func, select

from voordeur.model import (
    AccessLogEntry,
    Consent,
    GoalScore,
    Household,
    NoteRevision,
    Visit,
    utcnow,
)
from voordeur.model.catalogues import NoteField, PersonKind, VisitStatus
from voordeur.services import households as hs
from voordeur.services import plan as ps
from voordeur.services import visits as vs
from voordeur.services.households import ServiceError
from voordeur.services.search import search
from voordeur.services.unit_of_work import PROTECTED_FIELDS, unit_of_work
from voordeur.store.store import Store


def count(store: Store, model: type) -> int:
    with store.session() as session:
        return session.exec(select(func.count()).select_from(model)).one()


def new_household(store: Store, name: str = "Gezin Smit") -> Household:
    with unit_of_work(store) as uow:
        return hs.create_household(uow, name)


# -- the unit of work is one transaction -------------------------------------------------------

@pytest.mark.parametrize("failure", [RuntimeError("crash"), KeyboardInterrupt()])
def test_exception_rolls_back_data_and_log(store: Store, failure: BaseException) -> None:
    households, log = count(store, Household), count(store, AccessLogEntry)
    with pytest.raises(type(failure)), unit_of_work(store) as uow:
        household = hs.create_household(uow, "Gezin Terugdraai")
        vs.start_visit(uow, household, notes="Dit mag nergens blijven staan")
        ps.add_goal(uow, household, "Terugdraaien werkt")
        uow.session.flush()  # even rows already sent to the database go
        raise failure
    assert count(store, Household) == households
    assert count(store, Visit) == 0
    assert count(store, AccessLogEntry) == log
    assert search(store, "Terugdraai", log=False) == []
    assert search(store, "nergens", log=False) == []


def test_rule_violation_rolls_back_earlier_writes(store: Store) -> None:
    log = count(store, AccessLogEntry)
    with pytest.raises(ServiceError), unit_of_work(store) as uow:
        household = hs.create_household(uow, "Gezin Half")
        goal = ps.add_goal(uow, household, "Iets")
        ps.record_score(uow, goal, 11, date(2026, 11, 1))
    assert count(store, Household) == 0
    assert count(store, AccessLogEntry) == log


# -- update() guards ---------------------------------------------------------------------------

@pytest.mark.parametrize("field", sorted(PROTECTED_FIELDS))
def test_update_refuses_protected_fields(store: Store, field: str) -> None:
    household = new_household(store)
    with pytest.raises(ValueError, match=field), unit_of_work(store) as uow:
        loaded = uow.get(Household, household.id)
        assert loaded is not None
        uow.update(loaded, display_name="Gezin Anders", **{field: utcnow()})
    with store.session() as session:
        stored = session.get(Household, household.id)
        assert stored is not None
        assert stored.display_name == "Gezin Smit"
        assert stored.deleted_at is None
        assert stored.updated_at == household.updated_at


def test_update_refuses_unknown_fields_and_reports_changes(store: Store) -> None:
    household = new_household(store)
    log = count(store, AccessLogEntry)
    with unit_of_work(store) as uow:
        loaded = uow.get(Household, household.id)
        assert loaded is not None
        with pytest.raises(ValueError, match="favourite_colour"):
            uow.update(loaded, favourite_colour="blauw")
        with pytest.raises(ValueError, match="__class__"):
            uow.update(loaded, __class__=Visit)
        assert uow.update(loaded, display_name="Gezin Smit") == set()  # unchanged: no change
        assert uow.update(loaded, display_name="Gezin Smid", city="Zwolle") == {
            "display_name", "city"}
    assert count(store, AccessLogEntry) == log + 1
    assert search(store, "Smid", log=False)


# -- delete() keeps a tombstone ----------------------------------------------------------------

def test_delete_is_a_tombstone(store: Store) -> None:
    household = new_household(store, "Gezin Weggehaald")
    with unit_of_work(store) as uow:
        visit = vs.start_visit(uow, household, notes="Verhuisd naar Deventer")
    assert search(store, "Deventer", log=False)
    with unit_of_work(store) as uow:
        loaded = uow.get(Visit, visit.id)
        assert loaded is not None
        uow.delete(loaded)
    log = count(store, AccessLogEntry)
    with unit_of_work(store) as uow:
        assert uow.get(Visit, visit.id) is None
        tombstone = uow.get(Visit, visit.id, include_deleted=True)
        assert tombstone is not None and tombstone.deleted_at is not None
        assert tombstone.notes == "Verhuisd naar Deventer"  # the row is still there
        uow.delete(tombstone)  # deleting twice changes nothing
        with pytest.raises(ValueError, match="deleted"):
            uow.update(tombstone, notes="terug")
    assert count(store, AccessLogEntry) == log
    assert count(store, Visit) == 1
    assert search(store, "Deventer", log=False) == []

    with unit_of_work(store) as uow:
        loaded = uow.get(Household, household.id)
        assert loaded is not None
        uow.delete(loaded)
    assert count(store, Household) == 1
    assert search(store, "Weggehaald", log=False) == []


# -- revisions of a final visit ------------------------------------------------------------------

def revisions(store: Store, visit_id: str, field: NoteField) -> list[NoteRevision]:
    with store.session() as session:
        stmt = (select(NoteRevision)
                .where(NoteRevision.visit_id == visit_id, NoteRevision.field == field.value)
                .order_by(col(NoteRevision.saved_at)))
        return list(session.exec(stmt))


def test_finalise_then_edit_chains_revisions(store: Store) -> None:
    household = new_household(store)
    with unit_of_work(store) as uow:
        visit = vs.start_visit(uow, household, notes="Eerste versie", concerns="Schulden")
        vs.edit_visit(uow, visit, notes="Concept, nog niet definitief")
    assert revisions(store, visit.id, NoteField.NOTES) == []  # drafts keep no revisions

    with unit_of_work(store) as uow:
        loaded = uow.get(Visit, visit.id)
        assert loaded is not None
        vs.finalise_visit(uow, loaded)
        assert loaded.status == VisitStatus.FINAL and loaded.finalised_at is not None
        vs.finalise_visit(uow, loaded)  # a second time is a no-op
    for field in NoteField:
        [final] = revisions(store, visit.id, field)
        assert (final.reason, final.base_revision_id) == ("final", None)
    assert revisions(store, visit.id, NoteField.CONCERNS)[0].text == "Schulden"

    for text in ("Tweede versie", "Derde versie"):
        with unit_of_work(store) as uow:
            loaded = uow.get(Visit, visit.id)
            assert loaded is not None
            vs.edit_visit(uow, loaded, notes=text, location="Thuis")
    with unit_of_work(store) as uow:  # two edits in one transaction chain as well
        loaded = uow.get(Visit, visit.id)
        assert loaded is not None
        vs.edit_visit(uow, loaded, notes="Vierde versie")
        vs.edit_visit(uow, loaded, notes="Vijfde versie")
        with pytest.raises(ValueError):
            vs.edit_visit(uow, loaded, status=VisitStatus.DRAFT)

    chain = revisions(store, visit.id, NoteField.NOTES)
    assert [r.text for r in chain] == ["Concept, nog niet definitief", "Tweede versie",
                                       "Derde versie", "Vierde versie", "Vijfde versie"]
    assert [r.reason for r in chain[1:]] == ["edit_after_final"] * 4
    for previous, revision in itertools.pairwise(chain):
        assert revision.base_revision_id == previous.id
        assert revision.device_id == store.actor.device_id
    assert len(revisions(store, visit.id, NoteField.CONCERNS)) == 1  # untouched field


# -- plan rules --------------------------------------------------------------------------------

def test_scores_are_zero_to_ten(store: Store) -> None:
    household = new_household(store)
    with unit_of_work(store) as uow:
        goal = ps.add_goal(uow, household, "Sem slaapt in zijn eigen bed")
        for bad in (11, -1, 100):
            with pytest.raises(ServiceError, match="0 to 10"):
                ps.record_score(uow, goal, bad, date(2026, 11, 1))
        ps.record_score(uow, goal, 0, date(2026, 11, 1))
        ps.record_score(uow, goal, 10, date(2026, 11, 8))
    with store.session() as session:
        assert sorted(s.score for s in session.exec(select(GoalScore))) == [0, 10]


def test_model_limits_hold_for_direct_writes(store: Store) -> None:
    household = new_household(store)
    with unit_of_work(store) as uow:
        goal = ps.add_goal(uow, household, "Naar school")
        score = ps.record_score(uow, goal, 5, date(2026, 11, 1))
    with pytest.raises(ValueError), unit_of_work(store) as uow:
        loaded = uow.get(GoalScore, score.id)
        assert loaded is not None
        uow.update(loaded, score=11)
    with pytest.raises(ValueError), unit_of_work(store) as uow:
        uow.add(GoalScore(goal_id=goal.id, score=-1, recorded_on=date(2026, 11, 2)))


def test_consent_validity() -> None:
    given = date(2026, 1, 10)
    open_ended = Consent(household_id="h", given_on=given, purpose="school")
    assert not open_ended.is_valid_on(given - timedelta(days=1))
    assert open_ended.is_valid_on(given)
    assert open_ended.is_valid_on(date(2030, 1, 1))

    expiring = Consent(household_id="h", given_on=given, purpose="school",
                       valid_until=date(2026, 6, 30))
    assert expiring.is_valid_on(date(2026, 6, 30))
    assert not expiring.is_valid_on(date(2026, 7, 1))

    withdrawn = Consent(household_id="h", given_on=given, purpose="school",
                        withdrawn_on=date(2026, 3, 1))
    assert withdrawn.is_valid_on(date(2026, 2, 28))
    assert not withdrawn.is_valid_on(date(2026, 3, 1))
    assert not withdrawn.is_valid_on(date(2026, 5, 1))

    deleted = Consent(household_id="h", given_on=given, purpose="school", deleted_at=utcnow())
    assert not deleted.is_valid_on(date(2026, 2, 1))


def test_consent_services(store: Store) -> None:
    household = new_household(store)
    with unit_of_work(store) as uow:
        with pytest.raises(ServiceError):
            ps.record_consent(uow, household, given_on=date(2026, 5, 1), purpose="  ")
        with pytest.raises(ServiceError):
            ps.record_consent(uow, household, given_on=date(2026, 5, 1), purpose="school",
                              valid_until=date(2026, 4, 30))
        consent = ps.record_consent(uow, household, given_on=date(2026, 5, 1), purpose="school")
        assert consent.recorded_by_worker_id == store.actor.worker_id
        ps.withdraw_consent(uow, consent, date(2026, 9, 1), "ouders willen het niet meer")
        with pytest.raises(ServiceError, match="already withdrawn"):
            ps.withdraw_consent(uow, consent, date(2026, 9, 2))
    with store.session() as session:
        stored = session.get(Consent, consent.id)
        assert stored is not None
        assert stored.is_valid_on(date(2026, 8, 31))
        assert not stored.is_valid_on(date(2026, 9, 1))


def test_domain_rules(store: Store) -> None:
    household = new_household(store)
    with unit_of_work(store) as uow:
        with pytest.raises(ServiceError):
            hs.create_household(uow, "   ")
        with pytest.raises(ServiceError):
            ps.add_goal(uow, household, " ")
        with pytest.raises(ServiceError):
            ps.add_agreement(uow, household, "")
        with pytest.raises(ServiceError):
            hs.add_person(uow, household, first_name="Oma", kind=PersonKind.NETWORK,
                          is_index=True)
        person = hs.add_person(uow, household, first_name="Sem", birth_date=date(2016, 2, 3))
        assert person.birth_year == 2016
        with pytest.raises(ServiceError):
            hs.relate_parent_child(uow, person, person, "biological")  # type: ignore[arg-type]
