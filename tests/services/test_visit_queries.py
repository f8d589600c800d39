"""The visit editor's read model: the visit, its household's people, goals and agreements."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlmodel import col, select

from voordeur.model import AccessLogEntry, utcnow
from voordeur.model.catalogues import (
    AccessAction,
    AgreementOwnerKind,
    AgreementStatus,
    GoalStatus,
    NoteField,
    PersonKind,
    Theme,
    VisitKind,
    VisitStatus,
)
from voordeur.services import households as hs
from voordeur.services import plan as ps
from voordeur.services import visits as vs
from voordeur.services.unit_of_work import unit_of_work
from voordeur.services.visit_queries import (
    VisitNotFound,
    load_revisions,
    load_visit_for_editing,
)
from voordeur.store.store import Store

DAY = date(2026, 11, 16)


def last_log(store: Store) -> AccessLogEntry:
    with store.session() as session:
        return session.exec(select(AccessLogEntry).order_by(col(AccessLogEntry.seq).desc())).first()


@pytest.fixture
def world(store: Store) -> dict[str, str]:
    with unit_of_work(store) as uow:
        household = hs.create_household(uow, "Gezin Yılmaz")
        mother = hs.add_person(uow, household, first_name="Ayşe", last_name="Yılmaz",
                               role="moeder", is_index=True, birth_year=1988)
        son = hs.add_person(uow, household, first_name="Emre", last_name="Yılmaz",
                            role="zoon", birth_year=2015)
        grandma = hs.add_person(uow, household, kind=PersonKind.NETWORK, first_name="Fatma",
                                role="oma")
        school = hs.add_organisation(uow, "OBS De Regenboog")
        hs.link_partner(uow, household, school, contact_name="juf Mirjam")
        goal = ps.add_goal(uow, household, "Emre gaat elke dag naar school", started_on=DAY)
        stopped = ps.add_goal(uow, household, "Oud doel", status=GoalStatus.STOPPED)
        earlier = vs.start_visit(uow, household, starts_at=utcnow() - timedelta(days=14))
        ps.record_score(uow, goal, 3, DAY - timedelta(days=14), visit_id=earlier.id)
        ps.record_score(uow, goal, 4, DAY - timedelta(days=7))
        visit = vs.start_visit(uow, household, kind=VisitKind.PHONE, notes="Gebeld met Ayşe",
                               present_person_ids=[mother.id], themes=[Theme.TRUANCY.value],
                               location="telefonisch", duration_minutes=20)
        ps.record_score(uow, goal, 6, DAY, visit_id=visit.id)
        open_one = ps.add_agreement(uow, household, "Oma haalt Emre op", due_on=DAY,
                                    owner_kind=AgreementOwnerKind.NETWORK, owner_id=grandma.id)
        done_elsewhere = ps.add_agreement(uow, household, "Al gedaan",
                                          status=AgreementStatus.DONE)
        done_here = ps.add_agreement(uow, household, "Gedaan bij dit bezoek", visit_id=visit.id,
                                     owner_kind=AgreementOwnerKind.ORGANISATION,
                                     owner_id=school.id, status=AgreementStatus.DONE)
    return {"household": household.id, "visit": visit.id, "mother": mother.id, "son": son.id,
            "grandma": grandma.id, "school": school.id, "goal": goal.id, "stopped": stopped.id,
            "open": open_one.id, "done_elsewhere": done_elsewhere.id, "done_here": done_here.id}


def test_loads_the_visit_with_its_household(store: Store, world: dict[str, str]) -> None:
    form = load_visit_for_editing(store, world["visit"])
    assert form.household_name == "Gezin Yılmaz"
    assert (form.kind, form.status, form.is_final) == (VisitKind.PHONE, VisitStatus.DRAFT, False)
    assert form.notes == "Gebeld met Ayşe"
    assert form.present_person_ids == (world["mother"],)
    assert form.themes == (Theme.TRUANCY,)
    assert (form.location, form.duration_minutes) == ("telefonisch", 20)
    assert form.worker_name == "Test Medewerker"
    assert [(m.name, m.role) for m in form.members] == [("Ayşe Yılmaz", "moeder"),
                                                         ("Emre Yılmaz", "zoon")]
    assert [m.name for m in form.network] == ["Fatma"]
    assert [(p.name, p.role) for p in form.partners] == [("OBS De Regenboog", "juf Mirjam")]


def test_goals_carry_the_previous_and_this_visits_score(store: Store,
                                                        world: dict[str, str]) -> None:
    form = load_visit_for_editing(store, world["visit"])
    [goal] = form.goals  # the stopped goal is left out
    assert goal.id == world["goal"]
    assert (goal.previous_score, goal.previous_on) == (4, DAY - timedelta(days=7))
    assert goal.visit_score == 6


def test_agreements_are_the_open_ones_and_this_visits(store: Store,
                                                      world: dict[str, str]) -> None:
    form = load_visit_for_editing(store, world["visit"])
    by_id = {a.id: a for a in form.agreements}
    assert set(by_id) == {world["open"], world["done_here"]}
    assert by_id[world["open"]].owner_name == "Fatma"
    assert by_id[world["done_here"]].owner_name == "OBS De Regenboog"
    assert by_id[world["done_here"]].status == AgreementStatus.DONE


def test_owner_choices_list_members_network_partners_and_worker(store: Store,
                                                                world: dict[str, str]) -> None:
    form = load_visit_for_editing(store, world["visit"])
    kinds = [c.kind for c in form.owner_choices()]
    assert kinds == [AgreementOwnerKind.MEMBER, AgreementOwnerKind.MEMBER,
                     AgreementOwnerKind.NETWORK, AgreementOwnerKind.ORGANISATION]


def test_opening_is_logged_without_personal_data(store: Store, world: dict[str, str]) -> None:
    load_visit_for_editing(store, world["visit"])
    entry = last_log(store)
    assert entry.action == AccessAction.OPEN
    assert entry.subject_ids[:2] == [world["household"], world["visit"]]
    assert "Yılmaz" not in entry.detail
    before = entry.seq
    load_visit_for_editing(store, world["visit"], log=False)  # a refresh is not a new look
    assert last_log(store).seq == before


def test_missing_or_deleted_visit(store: Store, world: dict[str, str]) -> None:
    with pytest.raises(VisitNotFound):
        load_visit_for_editing(store, "00000000-0000-0000-0000-000000000000")
    with unit_of_work(store) as uow:
        from voordeur.model import Visit

        uow.delete(uow.get(Visit, world["visit"]))
    with pytest.raises(VisitNotFound):
        load_visit_for_editing(store, world["visit"])


def test_revisions_oldest_first_with_worker_names(store: Store, world: dict[str, str]) -> None:
    from voordeur.model import Visit

    assert load_revisions(store, world["visit"]) == []
    with unit_of_work(store) as uow:
        visit = uow.get(Visit, world["visit"])
        vs.finalise_visit(uow, visit)
    with unit_of_work(store) as uow:
        visit = uow.get(Visit, world["visit"])
        vs.edit_visit(uow, visit, notes="Gebeld met Ayşe, later aangevuld")
    revisions = load_revisions(store, world["visit"])
    notes = [r for r in revisions if r.field == NoteField.NOTES]
    assert [(r.reason, r.text) for r in notes] == [
        ("final", "Gebeld met Ayşe"), ("edit_after_final", "Gebeld met Ayşe, later aangevuld")]
    assert notes[1].base_revision_id == notes[0].id
    assert all(r.worker_name == "Test Medewerker" for r in revisions)
    assert len(revisions) == len(NoteField) + 1
    assert last_log(store).action == AccessAction.OPEN
    assert load_visit_for_editing(store, world["visit"], log=False).revision_count == 5
