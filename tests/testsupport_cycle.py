"""Two visits four weeks apart, through the services, on days set with `voordeur.clock.use`.

Gezin Amrani in Zevenkamp: mother Samira, children Yasmina and Adam, the school in the network.
Visit 1 (Monday 7 December 2026): the family's question, strengths and a concern, two
agreements, scores for two goals, a stressful tie with the school; next visit planned on Monday
4 January 2027; made final. On 10 December an agreement is added in the Plan tab.
Visit 2 (4 January 2027, started from the planned one): visit 1's first agreement marked done,
one agreement added, the concerns cleared, the school tie no longer stressful, new scores; next
visit planned on Monday 1 February 2027; made final.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlmodel import select

from voordeur import clock
from voordeur.domain.ecogram import node_key
from voordeur.model import Agreement, Goal, Household, Visit
from voordeur.model.catalogues import (
    AgreementOwnerKind,
    AgreementStatus,
    Gender,
    NodeKind,
    OrganisationKind,
    TieQuality,
)
from voordeur.services import ecogram as eco
from voordeur.services import households as hs
from voordeur.services import plan, visits
from voordeur.services.unit_of_work import unit_of_work
from voordeur.store.store import Store

VISIT_1 = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)  # Monday
VISIT_2 = VISIT_1 + timedelta(weeks=4)  # Monday 4 January 2027
NEXT_AFTER_2 = VISIT_2 + timedelta(weeks=4)  # Monday 1 February 2027
QUESTION = "Wij willen dat Yasmina weer met plezier naar school gaat."
CONCERN = "Contact met de school loopt stroef"
FIRST, SECOND = "Samira belt de mentor van Yasmina", "Adam gaat naar de voetbalclub"
PLAN_TAB = "Samira vraagt de toeslag aan"
THIRD = "De school nodigt Samira uit voor een gesprek"


@dataclass(frozen=True)
class Cycle:
    household_id: str
    visit_1: str
    visit_2: str
    school_tie: str


def at(moment: datetime) -> Callable[[], datetime]:
    return lambda: moment


def _finalise(store: Store, visit_id: str) -> None:
    with unit_of_work(store) as uow:
        visit = uow.get(Visit, visit_id)
        assert visit is not None
        visits.finalise_visit(uow, visit)


def visit_one(store: Store) -> Cycle:
    """Everything up to visit 1 made final (and the Plan tab's agreement of 10 December)."""
    with clock.use(at(VISIT_1 - timedelta(days=3))), unit_of_work(store) as uow:
        household = hs.create_household(uow, "Gezin Amrani", neighbourhood="Zevenkamp")
        samira = hs.add_person(uow, household, first_name="Samira", last_name="Amrani",
                               role="moeder", gender=Gender.FEMALE, birth_year=1989)
        yasmina = hs.add_person(uow, household, first_name="Yasmina", role="dochter",
                                gender=Gender.FEMALE, birth_year=2015, is_index=True)
        adam = hs.add_person(uow, household, first_name="Adam", role="zoon",
                             gender=Gender.MALE, birth_year=2019)
        school = eco.add_partner(uow, household.id, name="OBS De Kameleon",
                                 kind=OrganisationKind.SCHOOL)
        tie = eco.add_tie(uow, household.id, school.key, node_key(NodeKind.PERSON, yasmina.id),
                          quality=TieQuality.STRESSFUL)
        school_goal = plan.add_goal(uow, household, "Yasmina gaat met plezier naar school",
                                    person_id=yasmina.id, started_on=date(2026, 12, 7))
        sport_goal = plan.add_goal(uow, household, "Adam heeft een club waar hij graag heen gaat",
                                   person_id=adam.id, started_on=date(2026, 12, 7))
        household_id, samira_id, adam_id = household.id, samira.id, adam.id
        goal_ids, tie_id = (school_goal.id, sport_goal.id), tie.id
    with clock.use(at(VISIT_1 + timedelta(minutes=50))):
        with unit_of_work(store) as uow:
            household = uow.get(Household, household_id)
            assert household is not None
            visit_id = visits.start_visit(uow, household, starts_at=VISIT_1,
                                          duration_minutes=60, location="Thuis").id
        visits.apply_visit_changes(store, visit_id, {
            "request": QUESTION, "strengths": "Samira zoekt zelf hulp\nOma past op",
            "concerns": CONCERN, "next_visit_at": VISIT_2,
            f"{visits.SCORE_PREFIX}{goal_ids[0]}": 3, f"{visits.SCORE_PREFIX}{goal_ids[1]}": 5,
        }, session_start=VISIT_1, score_day=VISIT_1.date())
        with unit_of_work(store) as uow:
            household = uow.get(Household, household_id)
            assert household is not None
            plan.add_agreement(uow, household, FIRST, owner_kind=AgreementOwnerKind.MEMBER,
                               owner_id=samira_id, due_on=date(2026, 12, 18), visit_id=visit_id)
            plan.add_agreement(uow, household, SECOND, owner_kind=AgreementOwnerKind.MEMBER,
                               owner_id=adam_id, due_on=date(2027, 1, 15), visit_id=visit_id)
        _finalise(store, visit_id)
    with clock.use(at(datetime(2026, 12, 10, 14, 0, tzinfo=UTC))), unit_of_work(store) as uow:
        household = uow.get(Household, household_id)
        assert household is not None
        plan.add_agreement(uow, household, PLAN_TAB, owner_kind=AgreementOwnerKind.MEMBER,
                           owner_id=samira_id, due_on=date(2027, 1, 20))
    return Cycle(household_id, visit_id, "", tie_id)


def visit_two(store: Store, cycle: Cycle) -> Cycle:
    """Visit 2, four weeks later, started from the planned one and made final."""
    with clock.use(at(VISIT_2 + timedelta(minutes=55))):
        with unit_of_work(store) as uow:
            household = uow.get(Household, cycle.household_id)
            assert household is not None
            visit_id = visits.start_planned_visit(uow, household).id
            first = next(a for a in uow.session.exec(select(Agreement)) if a.what == FIRST)
            plan.set_agreement_status(uow, first, AgreementStatus.DONE, VISIT_2.date())
            plan.add_agreement(uow, household, THIRD, owner_kind=AgreementOwnerKind.WORKER,
                               due_on=date(2027, 1, 25), visit_id=visit_id)
            eco.edit_tie(uow, cycle.school_tie, quality=TieQuality.NEUTRAL)
            goals = sorted(uow.session.exec(select(Goal)), key=lambda g: g.created_at)
        visits.apply_visit_changes(store, visit_id, {
            "concerns": "", "next_visit_at": NEXT_AFTER_2,
            f"{visits.SCORE_PREFIX}{goals[0].id}": 6,
        }, session_start=VISIT_2, score_day=VISIT_2.date())
        _finalise(store, visit_id)
    return Cycle(cycle.household_id, cycle.visit_1, visit_id, cycle.school_tie)

