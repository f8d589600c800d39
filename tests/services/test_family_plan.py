"""The household plan's texts carry over; each final visit keeps its own copy; forks are kept."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlmodel import col, select

from voordeur import clock
from voordeur.model import Household, PlanRevision, Visit, new_id
from voordeur.model.catalogues import VisitKind, VisitStatus
from voordeur.services import family_plan, planned_visits, visits
from voordeur.services.household_queries import household_detail
from voordeur.services.unit_of_work import Actor, unit_of_work
from voordeur.services.visit_queries import load_visit_for_editing
from voordeur.store.store import Store

T0 = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def fixed_clock() -> Iterator[None]:
    with clock.use(lambda: T0):
        yield


def _household(store: Store) -> str:
    with unit_of_work(store) as uow:
        return uow.add(Household(display_name="Gezin Amrani", neighbourhood="Zevenkamp")).id


def _visit(store: Store, hid: str, starts_at: datetime) -> str:
    with unit_of_work(store) as uow:
        household = uow.get(Household, hid)
        assert household is not None
        return visits.start_visit(uow, household, starts_at=starts_at).id


def _edit(store: Store, vid: str, **changes: object) -> set[str]:
    return visits.apply_visit_changes(store, vid, dict(changes), session_start=T0,
                                      score_day=T0.date())


def _finalise(store: Store, vid: str) -> None:
    with unit_of_work(store) as uow:
        visit = uow.get(Visit, vid)
        assert visit is not None
        visits.finalise_visit(uow, visit)


def test_the_question_of_visit_one_carries_over_to_visit_two(store: Store) -> None:
    hid = _household(store)
    first = _visit(store, hid, T0)
    _edit(store, first, request="Wij willen rust in huis.", concerns="school loopt stroef")
    _finalise(store, first)
    second = _visit(store, hid, T0 + timedelta(days=28))

    form = load_visit_for_editing(store, second)
    assert form.request == "Wij willen rust in huis."
    assert form.plan_is_household_plan
    # Visit 2 clears the concerns and rewrites the question; visit 1 keeps its own copy.
    _edit(store, second, concerns="", request="Rust in huis en een vaste bedtijd.")
    _finalise(store, second)
    with store.session() as session:
        v1, v2 = session.get(Visit, first), session.get(Visit, second)
        assert v1 is not None and v2 is not None
        assert family_plan.plan_at_visit(session, v1).request == "Wij willen rust in huis."
        assert family_plan.plan_at_visit(session, v1).concerns == "school loopt stroef"
        assert family_plan.plan_at_visit(session, v2).concerns == ""
        now = family_plan.current_plan(session, hid)
    assert now.request == "Rust in huis en een vaste bedtijd."
    assert now.concerns == ""
    assert household_detail(store, hid, log=False).plan.request == now.request


def test_one_editing_session_is_one_revision(store: Store) -> None:
    hid = _household(store)
    vid = _visit(store, hid, T0)
    for text in ("W", "Wij", "Wij willen", "Wij willen rust"):
        _edit(store, vid, request=text)
    with store.session() as session:
        revisions = session.exec(select(PlanRevision)).all()
        assert [r.text for r in revisions] == ["Wij willen rust"]
        assert revisions[0].visit_id == vid


def test_stores_from_before_read_the_latest_text_typed_at_a_visit(store: Store) -> None:
    """Version 0003 kept the texts per visit; nothing is copied, the plan is read from them."""
    hid = _household(store)
    with unit_of_work(store) as uow:
        for days, request, strengths in ((0, "Hulp bij geld", "sterk gezin"),
                                         (14, "", "oma helpt"), (28, "", "")):
            uow.add(Visit(household_id=hid, starts_at=T0 + timedelta(days=days),
                          request=request, strengths=strengths, status=VisitStatus.FINAL,
                          finalised_at=T0 + timedelta(days=days)))
    with store.session() as session:
        plan = family_plan.current_plan(session, hid)
        visits_ = session.exec(select(Visit).order_by(col(Visit.starts_at))).all()
        at_second = family_plan.plan_at_visit(session, visits_[1])
        texts = [(c.field.value, c.text) for c in family_plan.history(session, hid)]
    assert (plan.request, plan.strengths) == ("Hulp bij geld", "oma helpt")
    assert (at_second.request, at_second.strengths) == ("Hulp bij geld", "oma helpt")
    assert texts == [("request", "Hulp bij geld"), ("strengths", "sterk gezin"),
                     ("strengths", "oma helpt")]


def test_two_laptops_changing_the_question_apart_both_keep_theirs(store: Store) -> None:
    hid = _household(store)
    with unit_of_work(store) as uow:
        family_plan.save(uow, hid, {"request": "Eerste vraag"})
    other = Actor(worker_id=store.actor.worker_id, device_id=new_id())
    with store.session() as session:
        base = session.exec(select(PlanRevision)).one()
    with unit_of_work(store) as uow:  # A changed it offline, then pulled B's change of the base
        uow.add(PlanRevision(household_id=hid, field="request", text="Vraag van laptop A",
                             base_revision_id=base.id, device_id=store.actor.device_id,
                             saved_at=T0 + timedelta(minutes=3)))
        uow.add(PlanRevision(household_id=hid, field="request", text="Vraag van laptop B",
                             base_revision_id=base.id, device_id=other.device_id,
                             saved_at=T0 + timedelta(minutes=5)))
    with store.session() as session:
        found = family_plan.forks(session, hid)
    assert len(found) == 1
    assert {found[0].current.text, found[0].other.text} == {"Vraag van laptop A",
                                                           "Vraag van laptop B"}
    with unit_of_work(store) as uow:
        family_plan.settle(uow, hid, "request", "Vraag van laptop A en B")
    with store.session() as session:
        assert family_plan.forks(session, hid) == []
        assert family_plan.current_plan(session, hid).request == "Vraag van laptop A en B"


def test_the_next_visit_is_the_latest_visits_plan_and_never_in_the_past(store: Store) -> None:
    hid = _household(store)
    first = _visit(store, hid, T0)
    planned = T0 + timedelta(days=28)
    _edit(store, first, next_visit_at=planned, next_visit_kind=VisitKind.PHONE,
          next_visit_location="Bellen")
    _finalise(store, first)
    with store.session() as session:
        nxt = planned_visits.next_visit(session, hid, today=date(2026, 12, 7))
        assert nxt is not None and nxt.starts_at == planned
        assert planned_visits.next_visit(session, hid, today=date(2027, 1, 5)) is None
    assert household_detail(store, hid, log=False).next_visit == date(2027, 1, 4)

    # A new visit starts from the planned one, and then the plan is taken up.
    with unit_of_work(store) as uow:
        household = uow.get(Household, hid)
        assert household is not None
        second = visits.start_planned_visit(uow, household)
        assert (second.starts_at, second.kind, second.location) == (
            planned, VisitKind.PHONE, "Bellen")
    with store.session() as session:
        assert planned_visits.next_visit(session, hid, today=date(2026, 12, 7)) is None


def test_a_draft_can_be_deleted_a_final_visit_only_made_void(store: Store) -> None:
    hid = _household(store)
    draft = _visit(store, hid, T0)
    final = _visit(store, hid, T0 - timedelta(days=7))
    _finalise(store, final)
    with unit_of_work(store) as uow:
        visit = uow.get(Visit, final)
        assert visit is not None
        with pytest.raises(visits.VisitRuleBroken):
            visits.delete_draft(uow, visit)
        with pytest.raises(visits.VisitRuleBroken):
            visits.void_visit(uow, visit, "  ")
        visits.void_visit(uow, visit, "Dubbel ingevoerd")
        d = uow.get(Visit, draft)
        assert d is not None
        visits.delete_draft(uow, d)
    with store.session() as session:
        assert planned_visits.latest_visit(session, hid) is None
        v = session.get(Visit, final)
        assert v is not None and (v.status, v.void_reason) == (VisitStatus.VOID,
                                                               "Dubbel ingevoerd")
    with unit_of_work(store) as uow:
        d = uow.get(Visit, draft, include_deleted=True)
        assert d is not None
        visits.restore_draft(uow, d)
    with store.session() as session:
        latest = planned_visits.latest_visit(session, hid)
        assert latest is not None and latest.id == draft


def test_a_deleted_draft_takes_its_scores_along_and_undo_brings_both(store: Store) -> None:
    from voordeur.model import GoalScore
    from voordeur.services import plan

    hid = _household(store)
    with unit_of_work(store) as uow:
        household = uow.get(Household, hid)
        assert household is not None
        goal = plan.add_goal(uow, household, "Sem gaat graag naar school")
    vid = _visit(store, hid, T0)
    visits.apply_visit_changes(store, vid, {f"{visits.SCORE_PREFIX}{goal.id}": 6},
                               session_start=T0, score_day=T0.date())

    def live_scores() -> int:
        with store.session() as session:
            return len(session.exec(select(GoalScore).where(
                GoalScore.goal_id == goal.id, col(GoalScore.deleted_at).is_(None))).all())

    assert live_scores() == 1
    with unit_of_work(store) as uow:
        visit = uow.get(Visit, vid)
        assert visit is not None
        visits.delete_draft(uow, visit)
    assert live_scores() == 0
    with unit_of_work(store) as uow:
        visit = uow.get(Visit, vid, include_deleted=True)
        assert visit is not None
        visits.restore_draft(uow, visit)
    assert live_scores() == 1


def test_a_void_visit_is_not_edited(store: Store) -> None:
    hid = _household(store)
    vid = _visit(store, hid, T0)
    _finalise(store, vid)
    with unit_of_work(store) as uow:
        visit = uow.get(Visit, vid)
        assert visit is not None
        visits.void_visit(uow, visit, "Dubbel ingevoerd")
    with pytest.raises(visits.VisitRuleBroken):
        _edit(store, vid, notes="Toch nog iets")
