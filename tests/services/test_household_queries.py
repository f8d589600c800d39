"""Read functions behind the household list and the household page."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest
from sqlmodel import select

from voordeur.model import AccessLogEntry, Consent, Household
from voordeur.model.catalogues import (
    AccessAction,
    AgreementOwnerKind,
    AgreementStatus,
    ConsentTopic,
    Gender,
    GoalStatus,
    HouseholdStatus,
    PersonKind,
    Theme,
    VisitKind,
    VisitStatus,
)
from voordeur.services import households as hs
from voordeur.services import plan
from voordeur.services import visits as vs
from voordeur.services.demo import generate_demo
from voordeur.services.household_queries import (
    ConsentState,
    HouseholdNotFound,
    age_on,
    fold,
    household_detail,
    organisations,
)
from voordeur.services.household_rows import household_rows, neighbourhoods, own_neighbourhood
from voordeur.services.planned_visits import next_visit_day
from voordeur.services.unit_of_work import unit_of_work
from voordeur.store.store import Store

TODAY = date(2026, 11, 16)


def local(day: date, hour: int = 10) -> datetime:
    return datetime.combine(day, time(hour)).astimezone()


def new_household(store: Store, name: str = "Gezin Smit", **fields: object) -> str:
    with unit_of_work(store) as uow:
        return hs.create_household(uow, name, **fields).id


def open_entries(store: Store, household_id: str) -> list[AccessLogEntry]:
    with store.session() as session:
        entries = session.exec(select(AccessLogEntry)).all()
    return [e for e in entries if e.action == AccessAction.OPEN and household_id in e.subject_ids]


# -- helpers ------------------------------------------------------------------------------------
def test_fold_ignores_case_and_accents() -> None:
    assert fold("Gezin Çelik-Zoë") == "gezin celik-zoe"
    assert "oztürk" not in fold("Öztürk") and "ozturk" in fold("Öztürk")


def test_age_from_birth_date_or_year() -> None:
    assert age_on(date(2000, 11, 17), None, TODAY) == 25  # birthday tomorrow
    assert age_on(date(2000, 11, 16), None, TODAY) == 26
    assert age_on(None, 1990, TODAY) == 36
    assert age_on(None, None, TODAY) is None


def test_next_visit_day_rules() -> None:
    assert next_visit_day(None, None, None, TODAY) is None
    # The plan set at the last visit, still ahead.
    assert next_visit_day(date(2026, 11, 2), None, date(2026, 11, 20), TODAY) == date(2026, 11, 20)
    # A plan in the past is not "next".
    assert next_visit_day(date(2026, 11, 2), None, date(2026, 11, 10), TODAY) is None
    # A plan older than the last contact was overtaken by that contact.
    assert next_visit_day(date(2026, 11, 12), None, date(2026, 11, 11), TODAY) is None
    # A visit already dated in the future comes first.
    assert next_visit_day(None, date(2026, 11, 18), date(2026, 11, 25), TODAY) == date(2026, 11, 18)


# -- household_rows -----------------------------------------------------------------------------
def test_rows_of_demo_store_match_the_detail(store: Store) -> None:
    generate_demo(store, households=4, seed=7, reference_day=TODAY)
    rows = household_rows(store, today=TODAY)
    assert len(rows) == 4
    for row in rows:
        detail = household_detail(store, row.id, today=TODAY, log=False)
        assert row.display_name == detail.display_name
        assert row.neighbourhood == detail.neighbourhood
        assert set(row.member_names) == {m.name for m in detail.members}
        assert row.last_contact == detail.last_contact
        assert row.next_visit == detail.next_visit
        assert row.has_valid_consent == bool(detail.valid_consents)
        assert row.overdue_agreements == len(detail.overdue_agreements)
        assert row.open_agreements == len(detail.open_agreements)
        assert fold(row.display_name) in row.search_key
        assert all(fold(name) in row.search_key for name in row.member_names)
        assert fold(row.neighbourhood) in row.search_key


def test_rows_count_contacts_agreements_and_members(store: Store) -> None:
    with unit_of_work(store) as uow:
        household = hs.create_household(uow, "Gezin Yılmaz", neighbourhood="Zevenkamp",
                                        city="Rotterdam")
        hs.add_person(uow, household, first_name="Zoë", last_name="Yılmaz")
        hs.add_person(uow, household, first_name="Buur", kind=PersonKind.NETWORK)
        gone = hs.add_person(uow, household, first_name="Vertrokken")
        uow.delete(gone)
        vs.start_visit(uow, household, starts_at=local(TODAY - timedelta(days=10)))
        vs.start_visit(uow, household, starts_at=local(TODAY - timedelta(days=3)),
                       next_visit_at=local(TODAY + timedelta(days=7)))
        plan.add_agreement(uow, household, "Te laat", due_on=TODAY - timedelta(days=1))
        plan.add_agreement(uow, household, "Vandaag", due_on=TODAY)
        plan.add_agreement(uow, household, "Gedaan", due_on=TODAY - timedelta(days=5),
                           status=AgreementStatus.DONE)
        hid = household.id
    [row] = household_rows(store, today=TODAY)
    assert row.id == hid
    assert row.member_names == ("Zoë Yılmaz",)  # network people and removed members are out
    assert row.last_contact == TODAY - timedelta(days=3)
    assert row.next_visit == TODAY + timedelta(days=7)
    assert (row.open_agreements, row.overdue_agreements) == (2, 1)
    assert row.valid_consents == 0 and not row.has_valid_consent
    assert "zoe" in row.search_key and "zevenkamp" in row.search_key


def test_rows_skip_deleted_households_and_filter_by_ids(store: Store) -> None:
    a, b = new_household(store, "Gezin A"), new_household(store, "Gezin B")
    with unit_of_work(store) as uow:
        uow.delete(uow.get(Household, b))
    assert [r.id for r in household_rows(store)] == [a]
    assert household_rows(store, ids=[b]) == []
    assert household_rows(store, ids=[]) == []
    assert [r.id for r in household_rows(store, ids=[a])] == [a]


CONSENT_CASES = [
    # (given_on, valid_until, withdrawn_on, deleted)
    (TODAY, None, None, False),
    (TODAY + timedelta(days=1), None, None, False),
    (TODAY - timedelta(days=30), TODAY, None, False),
    (TODAY - timedelta(days=30), TODAY - timedelta(days=1), None, False),
    (TODAY - timedelta(days=30), None, TODAY, False),
    (TODAY - timedelta(days=30), None, TODAY + timedelta(days=1), False),
    (TODAY - timedelta(days=30), None, None, True),
]


@pytest.mark.parametrize(("given", "until", "withdrawn", "deleted"), CONSENT_CASES)
def test_consent_validity_in_sql_follows_the_model(
    store: Store, given: date, until: date | None, withdrawn: date | None, deleted: bool
) -> None:
    hid = new_household(store)
    with unit_of_work(store) as uow:
        consent = plan.record_consent(uow, uow.get(Household, hid), given_on=given,
                                      purpose="Samenwerken", valid_until=until)
        if withdrawn:
            plan.withdraw_consent(uow, consent, withdrawn)
        if deleted:
            uow.delete(consent)
    with store.session() as session:
        model = session.get(Consent, consent.id)
        expected = model.is_valid_on(TODAY)
    [row] = household_rows(store, today=TODAY)
    assert row.has_valid_consent == expected
    detail = household_detail(store, hid, today=TODAY, log=False)
    assert bool(detail.valid_consents) == expected


# -- household_detail ---------------------------------------------------------------------------
def test_detail_holds_what_the_page_shows(store: Store) -> None:
    with unit_of_work(store) as uow:
        household = hs.create_household(uow, "Gezin de Wit", neighbourhood="Overvecht",
                                         street="Zambesidreef", house_number="3",
                                         postcode="3562 RV", city="Utrecht")
        mother = hs.add_person(uow, household, first_name="Anna", last_name="de Wit",
                               role="moeder", gender=Gender.FEMALE,
                               birth_date=date(1990, 12, 1), is_index=True)
        hs.add_person(uow, household, first_name="Kees", role="opa",
                      birth_year=1940, deceased=True)
        friend = hs.add_person(uow, household, first_name="Els", kind=PersonKind.NETWORK)
        school = hs.add_organisation(uow, "OBS De Regenboog")
        hs.link_partner(uow, household, school)
        goal = plan.add_goal(uow, household, "Rust in huis", person_id=mother.id)
        plan.add_goal(uow, household, "Oud doel", status=GoalStatus.ACHIEVED)
        first = vs.start_visit(uow, household, starts_at=local(TODAY - timedelta(days=14)),
                               kind=VisitKind.PHONE, notes="\n\nEerste regel\nTweede regel",
                               themes=[Theme.MONEY, Theme.PARENTING])
        vs.finalise_visit(uow, first)
        second = vs.start_visit(uow, household, starts_at=local(TODAY - timedelta(days=2)),
                                next_visit_at=local(TODAY + timedelta(days=5)))
        plan.record_score(uow, goal, 3, TODAY - timedelta(days=14), visit_id=first.id)
        plan.record_score(uow, goal, 6, TODAY - timedelta(days=2), visit_id=second.id)
        plan.add_agreement(uow, household, "Later", due_on=TODAY + timedelta(days=9),
                           owner_kind=AgreementOwnerKind.MEMBER, owner_id=mother.id)
        plan.add_agreement(uow, household, "Te laat", due_on=TODAY - timedelta(days=1),
                           owner_kind=AgreementOwnerKind.ORGANISATION, owner_id=school.id)
        plan.add_agreement(uow, household, "Klaar", status=AgreementStatus.DONE,
                           done_on=TODAY, owner_kind=AgreementOwnerKind.NETWORK,
                           owner_id=friend.id)
        plan.add_agreement(uow, household, "Ik bel", owner_kind=AgreementOwnerKind.WORKER,
                           owner_id=uow.actor.worker_id, due_on=TODAY)
        plan.record_consent(uow, household, given_on=TODAY - timedelta(days=100),
                            purpose="School en thuis", organisation_ids=[school.id],
                            topics=[ConsentTopic.GOALS], given_by_person_id=mother.id,
                            valid_until=TODAY - timedelta(days=1))
        hid = household.id
    detail = household_detail(store, hid, today=TODAY, log=False)
    assert detail.address == "Zambesidreef 3, 3562 RV Utrecht"
    assert [m.name for m in detail.members] == ["Anna de Wit", "Kees"]
    anna, kees = detail.members
    assert anna.is_index and anna.age == 35 and anna.birth_year == 1990
    assert kees.deceased and kees.age is None and kees.birth_year == 1940
    assert [p.name for p in detail.partners] == ["OBS De Regenboog"]
    assert [g.text for g in detail.active_goals] == ["Rust in huis"]
    rust = detail.active_goals[0]
    assert [s.score for s in rust.scores] == [3, 6] and rust.latest.score == 6
    assert rust.person_name == "Anna de Wit"
    assert [a.what for a in detail.agreements] == ["Te laat", "Ik bel", "Later", "Klaar"]
    owners = {a.what: a.owner_name for a in detail.agreements}
    assert owners == {"Te laat": "OBS De Regenboog", "Ik bel": "Test Medewerker",
                      "Later": "Anna de Wit", "Klaar": "Els"}
    assert [a.what for a in detail.overdue_agreements] == ["Te laat"]
    assert [v.id for v in detail.visits] == [second.id, first.id]
    assert detail.visits[1].first_line == "Eerste regel"
    assert detail.visits[1].themes == (Theme.MONEY, Theme.PARENTING)
    assert detail.visits[1].kind == VisitKind.PHONE
    assert detail.visits[1].status == VisitStatus.FINAL
    assert detail.last_contact == TODAY - timedelta(days=2)
    assert detail.next_visit == TODAY + timedelta(days=5)
    [consent] = detail.consents
    assert consent.state == ConsentState.EXPIRED
    assert consent.given_by_name == "Anna de Wit"
    assert consent.organisation_names == ("OBS De Regenboog",)
    assert not detail.valid_consents and detail.consent_partner_ids == ()


def test_consent_states_and_partners_covered(store: Store) -> None:
    with unit_of_work(store) as uow:
        household = hs.create_household(uow, "Gezin Bos")
        a, b = hs.add_organisation(uow, "A"), hs.add_organisation(uow, "B")
        plan.record_consent(uow, household, given_on=TODAY, purpose="x",
                            organisation_ids=[a.id, b.id])
        plan.record_consent(uow, household, given_on=TODAY, purpose="y",
                            organisation_ids=[a.id])
        later = plan.record_consent(uow, household, given_on=TODAY + timedelta(days=3),
                                    purpose="z", organisation_ids=[b.id])
        gone = plan.record_consent(uow, household, given_on=TODAY - timedelta(days=3),
                                   purpose="w", organisation_ids=[b.id])
        plan.withdraw_consent(uow, gone, TODAY)
        hid = household.id
    detail = household_detail(store, hid, today=TODAY, log=False)
    states = {c.purpose: c.state for c in detail.consents}
    assert states == {"x": ConsentState.VALID, "y": ConsentState.VALID,
                      "z": ConsentState.NOT_YET, "w": ConsentState.WITHDRAWN}
    assert set(detail.consent_partner_ids) == {a.id, b.id}
    assert detail.consents[0].id == later.id  # newest first


def test_opening_a_household_is_logged(store: Store) -> None:
    hid = new_household(store)
    assert open_entries(store, hid) == []
    household_detail(store, hid)
    [entry] = open_entries(store, hid)
    assert entry.subject_ids == [hid]
    assert "Smit" not in entry.detail  # ids only, never names
    household_detail(store, hid, log=False)
    assert len(open_entries(store, hid)) == 1


def test_missing_or_deleted_household_is_not_found(store: Store) -> None:
    with pytest.raises(HouseholdNotFound):
        household_detail(store, "00000000-0000-7000-8000-000000000000")
    hid = new_household(store)
    with unit_of_work(store) as uow:
        uow.delete(uow.get(Household, hid))
    with pytest.raises(HouseholdNotFound):
        household_detail(store, hid)
    assert open_entries(store, hid) == []


def test_closed_household_status(store: Store) -> None:
    hid = new_household(store)
    with unit_of_work(store) as uow:
        hs.close_household(uow, uow.get(Household, hid), TODAY)
    [row] = household_rows(store, today=TODAY)
    assert row.status == HouseholdStatus.CLOSED and not row.active
    detail = household_detail(store, hid, today=TODAY, log=False)
    assert not detail.active and detail.closed_on == TODAY


def test_pick_lists(store: Store) -> None:
    new_household(store, "Gezin A", neighbourhood="Zevenkamp")
    new_household(store, "Gezin B", neighbourhood="Overvecht")
    new_household(store, "Gezin C")
    with unit_of_work(store) as uow:
        hs.add_organisation(uow, "Zorgteam")
        hs.add_organisation(uow, "Aanloop")
    assert neighbourhoods(store) == ["Overvecht", "Zevenkamp", "Zwolle-Zuid"]
    assert own_neighbourhood(store) == "Zwolle-Zuid"
    assert [o.name for o in organisations(store)] == ["Aanloop", "Zorgteam"]


def test_future_visit_counts_as_next_not_as_contact(store: Store) -> None:
    hid = new_household(store)
    with unit_of_work(store) as uow:
        household = uow.get(Household, hid)
        vs.start_visit(uow, household, starts_at=local(TODAY + timedelta(days=4)))
    [row] = household_rows(store, today=TODAY)
    assert row.last_contact is None
    assert row.next_visit == TODAY + timedelta(days=4)


def test_visit_late_in_the_day_is_that_days_contact(store: Store) -> None:
    hid = new_household(store)
    evening = datetime.combine(TODAY, time(23, 30)).astimezone()
    with unit_of_work(store) as uow:
        vs.start_visit(uow, uow.get(Household, hid), starts_at=evening.astimezone(UTC))
    [row] = household_rows(store, today=TODAY)
    assert row.last_contact == TODAY

