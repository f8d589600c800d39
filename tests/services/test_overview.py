"""The "Vandaag / Deze week" read model and the search results the dialog shows."""

from __future__ import annotations

import time as clock
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlmodel import select

from voordeur.model import AccessLogEntry, Agreement, Household, Visit, Worker
from voordeur.model.catalogues import (
    AccessAction,
    AgreementOwnerKind,
    AgreementStatus,
    HouseholdStatus,
    PersonKind,
)
from voordeur.services import households as hs
from voordeur.services import plan as ps
from voordeur.services import visits as vs
from voordeur.services.overview import (
    local_midnight_utc,
    search_results,
    week_bounds,
    week_overview,
)
from voordeur.services.unit_of_work import UnitOfWork, unit_of_work
from voordeur.store.store import Store

AMS = ZoneInfo("Europe/Amsterdam")
TODAY = date(2026, 11, 18)  # a Wednesday; the week runs from Mon 16 to Sun 22 November


def at(day: date, hour: int = 10, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), AMS)


def d(day: int, month: int = 11) -> date:
    return date(2026, month, day)


def overview(store: Store, today: date = TODAY, weeks: int = 6):  # type: ignore[no-untyped-def]
    return week_overview(store, today, weeks, tz=AMS)


def visit(uow: UnitOfWork, household: Household, when: datetime, *, final: bool = True,
          **fields: object) -> Visit:
    v = vs.start_visit(uow, household, starts_at=when, **fields)
    if final:
        vs.finalise_visit(uow, v)
    return v


# -- planned visits ---------------------------------------------------------------------------
def test_visits_planned_today_and_later_this_week(store: Store) -> None:
    with unit_of_work(store) as uow:
        jansen = hs.create_household(uow, "Gezin Jansen", neighbourhood="Zwolle-Zuid")
        last = visit(uow, jansen, at(d(2)), next_visit_at=at(TODAY, 14))
        turk = hs.create_household(uow, "Gezin Öztürk")
        visit(uow, turk, at(d(10)))
        planned = visit(uow, turk, at(d(20), 14), final=False, location="Buurthuis")
        early = hs.create_household(uow, "Gezin Bakker")
        draft_today = visit(uow, early, at(TODAY, 9), final=False)
        later = hs.create_household(uow, "Gezin Later")
        visit(uow, later, at(d(23)), final=False)  # next Monday: not this week
        done = hs.create_household(uow, "Gezin Klaar")
        visit(uow, done, at(TODAY, 8))  # final already: nothing left to plan
        moved = hs.create_household(uow, "Gezin Verzet")
        visit(uow, moved, at(d(1)), next_visit_at=at(d(19)))  # superseded by the later visit
        visit(uow, moved, at(d(12)))
        gone = hs.create_household(uow, "Gezin Weg")
        uow.delete(visit(uow, gone, at(TODAY, 11), final=False))
        closed = hs.create_household(uow, "Gezin Gesloten")
        visit(uow, closed, at(TODAY, 12), final=False)
        hs.close_household(uow, closed, d(17))
        booked = hs.create_household(uow, "Gezin Geboekt")
        visit(uow, booked, at(d(11)), next_visit_at=at(d(21), 10))
        booked_visit = visit(uow, booked, at(d(21), 11), final=False)

    o = overview(store)
    assert o.week_start == d(16) and o.week_end == d(22)
    assert [(v.household_name, v.visit_id) for v in o.today_visits] == [
        ("Gezin Bakker", draft_today.id),
        ("Gezin Jansen", None),
    ]
    next_visit = o.today_visits[1]
    assert next_visit.planned_at_visit_id == last.id
    assert next_visit.starts_at == at(TODAY, 14).astimezone(UTC)
    assert next_visit.neighbourhood == "Zwolle-Zuid"
    assert [(v.household_name, v.visit_id) for v in o.week_visits] == [
        ("Gezin Öztürk", planned.id),
        ("Gezin Geboekt", booked_visit.id),  # the record stands for the agreed next visit
    ]
    assert o.week_visits[0].location == "Buurthuis"
    assert o.week_visits[0].kind == "huisbezoek"


def test_the_week_ends_on_sunday(store: Store) -> None:
    with unit_of_work(store) as uow:
        h = hs.create_household(uow, "Gezin Zondag")
        visit(uow, h, at(d(23), 9), final=False)
        visit(uow, h, at(d(22), 15), final=False)
    sunday = overview(store, today=d(22))
    assert [v.starts_at.astimezone(AMS).hour for v in sunday.today_visits] == [15]
    assert sunday.week_visits == ()
    monday = overview(store, today=d(23))
    assert monday.week_start == d(23) and monday.week_end == d(29)
    assert len(monday.today_visits) == 1 and monday.week_visits == ()
    assert week_bounds(d(22)) == (d(16), d(22))


def test_day_boundaries_follow_the_local_time_zone(store: Store) -> None:
    with unit_of_work(store) as uow:
        h = hs.create_household(uow, "Gezin Nacht")
        # 00:30 on Thursday in Amsterdam is 23:30 on Wednesday in UTC.
        visit(uow, h, at(d(19), 0, 30), final=False)
    assert local_midnight_utc(d(19), AMS) == datetime(2026, 11, 18, 23, 0, tzinfo=UTC)
    amsterdam = week_overview(store, TODAY, tz=AMS)
    assert amsterdam.today_visits == () and len(amsterdam.week_visits) == 1
    utc = week_overview(store, TODAY, tz=UTC)
    assert len(utc.today_visits) == 1 and utc.week_visits == ()


# -- agreements -------------------------------------------------------------------------------
def test_agreements_due_this_week_and_overdue(store: Store) -> None:
    with unit_of_work(store) as uow:
        h = hs.create_household(uow, "Gezin Jansen")
        mother = hs.add_person(uow, h, first_name="Fatima", last_name="Jansen", role="moeder")
        aunt = hs.add_person(uow, h, kind=PersonKind.NETWORK, first_name="Ans", role="tante")
        school = hs.add_organisation(uow, "Basisschool De Regenboog")
        colleague = uow.add(Worker(name="Kees Collega"))
        mine = ps.add_agreement(uow, h, "Buurtwerker belt school", due_on=d(3),
                                owner_kind=AgreementOwnerKind.WORKER,
                                owner_id=store.actor.worker_id)
        recent = ps.add_agreement(uow, h, "Moeder maakt een afspraak bij de huisarts",
                                  due_on=d(17), owner_kind=AgreementOwnerKind.MEMBER,
                                  owner_id=mother.id)
        today = ps.add_agreement(uow, h, "School stuurt het verzuimoverzicht", due_on=TODAY,
                                 owner_kind=AgreementOwnerKind.ORGANISATION, owner_id=school.id)
        sunday = ps.add_agreement(uow, h, "Tante past zaterdag op", due_on=d(22),
                                  owner_kind=AgreementOwnerKind.NETWORK, owner_id=aunt.id)
        theirs = ps.add_agreement(uow, h, "Kees vraagt de indicatie aan", due_on=d(20),
                                  owner_kind=AgreementOwnerKind.WORKER, owner_id=colleague.id)
        done = ps.add_agreement(uow, h, "Al gedaan", due_on=d(1))
        ps.set_agreement_status(uow, done, AgreementStatus.DONE, d(1))
        cancelled = ps.add_agreement(uow, h, "Vervallen", due_on=d(2))
        ps.set_agreement_status(uow, cancelled, AgreementStatus.CANCELLED)
        ps.add_agreement(uow, h, "Volgende week", due_on=d(23))
        ps.add_agreement(uow, h, "Zonder datum")
        uow.delete(ps.add_agreement(uow, h, "Verwijderd", due_on=d(4)))
        closed = hs.create_household(uow, "Gezin Gesloten")
        ps.add_agreement(uow, closed, "Van een gesloten gezin", due_on=d(5))
        hs.close_household(uow, closed, d(10))

    o = overview(store)
    assert [a.agreement_id for a in o.overdue_agreements] == [recent.id, mine.id]
    assert [a.agreement_id for a in o.due_agreements] == [today.id, theirs.id, sunday.id]
    late_mine = o.overdue_agreements[1]
    assert late_mine.overdue and late_mine.days_late == 15 and late_mine.due_on == d(3)
    assert late_mine.owner_is_me and late_mine.owner_name == ""
    assert late_mine.household_name == "Gezin Jansen" and late_mine.household_id == h.id
    late_mother = o.overdue_agreements[0]
    assert (late_mother.owner_name, late_mother.owner_role) == ("Fatima Jansen", "moeder")
    assert late_mother.owner_kind == "member" and late_mother.days_late == 1
    owners = {a.agreement_id: (a.owner_name, a.owner_role, a.owner_is_me)
              for a in o.due_agreements}
    assert owners == {
        today.id: ("Basisschool De Regenboog", "", False),
        theirs.id: ("Kees Collega", "", False),
        sunday.id: ("Ans", "tante", False),
    }
    assert not any(a.overdue for a in o.due_agreements)


# -- households without contact ---------------------------------------------------------------
def test_households_without_contact(store: Store) -> None:
    with unit_of_work(store) as uow:
        seen_long_ago = hs.create_household(uow, "Gezin Lang Geleden")
        visit(uow, seen_long_ago, at(d(6, 10)))  # 43 days before TODAY
        visit(uow, seen_long_ago, at(d(1, 9)))
        just_in_time = hs.create_household(uow, "Gezin Net Op Tijd")
        visit(uow, just_in_time, at(d(7, 10)))  # exactly six weeks: still contact
        never = hs.create_household(uow, "Gezin Nooit")
        only_planned = hs.create_household(uow, "Gezin Alleen Gepland")
        visit(uow, only_planned, at(d(25)), final=False)  # planned is not contact yet
        only_deleted = hs.create_household(uow, "Gezin Verwijderd Bezoek")
        uow.delete(visit(uow, only_deleted, at(d(17))))
        recent = hs.create_household(uow, "Gezin Recent")
        visit(uow, recent, at(d(16)))
        closed = hs.create_household(uow, "Gezin Gesloten", status=HouseholdStatus.CLOSED)
        assert closed.status == HouseholdStatus.CLOSED

    o = overview(store)
    rows = [(q.household_name, q.last_contact, q.days_since) for q in o.no_contact]
    assert rows == [
        ("Gezin Alleen Gepland", None, None),
        ("Gezin Nooit", None, None),
        ("Gezin Verwijderd Bezoek", None, None),
        ("Gezin Lang Geleden", d(6, 10), 43),
    ]
    assert {q.household_id for q in o.no_contact} >= {never.id, seen_long_ago.id}
    assert just_in_time.id not in {q.household_id for q in o.no_contact}
    two_weeks = overview(store, weeks=2)
    assert {q.household_name for q in two_weeks.no_contact} == {
        "Gezin Alleen Gepland", "Gezin Nooit", "Gezin Verwijderd Bezoek", "Gezin Lang Geleden",
        "Gezin Net Op Tijd",
    }
    assert two_weeks.no_contact_weeks == 2
    with pytest.raises(ValueError):
        overview(store, weeks=0)


def test_an_empty_store_has_an_empty_overview(store: Store) -> None:
    o = week_overview(store, TODAY)
    assert (o.today_visits, o.week_visits, o.overdue_agreements, o.due_agreements,
            o.no_contact) == ((), (), (), (), ())


def test_demo_store_overview_is_consistent(store: Store) -> None:
    from voordeur.services.demo import generate_demo

    generate_demo(store, households=6, seed=3, reference_day=TODAY)
    o = week_overview(store, TODAY)
    with store.session() as session:
        active = set(session.exec(select(Household.id).where(
            Household.status == HouseholdStatus.ACTIVE)))
        open_due = session.exec(select(Agreement).where(
            Agreement.status == AgreementStatus.OPEN)).all()
    expected_late = {a.id for a in open_due if a.due_on and a.due_on < TODAY
                     and a.household_id in active}
    assert {a.agreement_id for a in o.overdue_agreements} == expected_late
    for item in (*o.today_visits, *o.week_visits):
        assert item.household_id in active
        assert TODAY <= item.starts_at.astimezone().date() <= o.week_end
    for agreement in (*o.overdue_agreements, *o.due_agreements):
        assert agreement.owner_is_me or agreement.owner_name


@pytest.mark.slow
def test_overview_is_quick_with_500_households_and_5000_visits(store: Store) -> None:
    base = datetime(2026, 1, 5, 10, tzinfo=UTC)
    with store.session() as session:
        for n in range(500):
            h = Household(display_name=f"Gezin {n:03d}",
                          status=HouseholdStatus.CLOSED if n % 10 == 0 else
                          HouseholdStatus.ACTIVE)
            session.add(h)
            for k in range(10):
                span = 200 if n % 7 == 0 else 320  # every 7th household: quiet since June
                starts = base + timedelta(days=(n * 7 + k * 31) % span, hours=k % 6)
                session.add(Visit(household_id=h.id, starts_at=starts,
                                  next_visit_at=starts + timedelta(days=14) if k == 9 else None))
            for k in range(3):
                session.add(Agreement(household_id=h.id, what=f"Afspraak {k}",
                                      due_on=date(2026, 1, 5) + timedelta(days=(n + k * 50) % 330),
                                      owner_kind=AgreementOwnerKind.WORKER,
                                      owner_id=store.actor.worker_id))
        session.commit()
    week_overview(store, TODAY)  # warm the connection
    started = clock.perf_counter()
    o = week_overview(store, TODAY)
    elapsed = clock.perf_counter() - started
    assert o.overdue_agreements and o.no_contact and o.week_visits
    assert elapsed < 0.5, f"week_overview took {elapsed:.3f} s"


# -- search results ---------------------------------------------------------------------------
def test_search_results_carry_details_and_are_logged(store: Store) -> None:
    with unit_of_work(store) as uow:
        h = hs.create_household(uow, "Gezin Öztürk")
        hs.add_person(uow, h, kind=PersonKind.NETWORK, first_name="Kim", role="voetbaltrainer")
        v = visit(uow, h, at(d(2), 15), notes="Elif speelt voetbal bij de buurtvereniging.")
        a = ps.add_agreement(uow, h, "Vader brengt Elif naar voetbal", due_on=d(27))
    results = search_results(store, "voetbal")
    by_kind = {r.hit.kind: r for r in results}
    assert set(by_kind) == {"person", "visit", "agreement"}
    assert by_kind["visit"].visit_id == v.id
    assert by_kind["visit"].when == at(d(2), 15).astimezone(UTC)
    assert by_kind["visit"].detail == "huisbezoek"
    assert by_kind["person"].detail == "network" and by_kind["person"].visit_id is None
    assert by_kind["agreement"].due_on == d(27) and by_kind["agreement"].hit.record_id == a.id
    assert {r.hit.household_id for r in results} == {h.id}
    with store.session() as session:
        entry = session.exec(select(AccessLogEntry).order_by(
            AccessLogEntry.seq.desc())).first()  # type: ignore[attr-defined]
    assert entry is not None and entry.action == AccessAction.SEARCH
    assert h.id in entry.subject_ids and "voetbal" not in entry.detail


def test_an_empty_search_finds_nothing_and_logs_nothing(store: Store) -> None:
    def searches() -> int:
        with store.session() as session:
            return len(session.exec(select(AccessLogEntry).where(
                AccessLogEntry.action == AccessAction.SEARCH)).all())

    before = searches()
    for query in ("", "   ", "!?*"):
        assert search_results(store, query) == []
    assert searches() == before
