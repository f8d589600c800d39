"""Read models for the "Vandaag / Deze week" overview and for search results. No Qt here.

`week_overview` answers what a worker wants to know at the start of a day: which visits are
planned today and later this week, which agreements are due or already late, and which active
households have not been seen for a while. `search_results` adds what the search dialog shows
next to a full-text hit (when a visit was, whether a person is a member or in the network).

"Today" is a local calendar day; stored moments are UTC. The day boundaries are turned into UTC
moments once, so every query compares indexed columns with plain values.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

from sqlalchemy import and_, func, or_
from sqlmodel import Session, col, select

from voordeur.model import Agreement, Household, Organisation, Person, Visit, Worker
from voordeur.model.catalogues import (
    AgreementOwnerKind,
    AgreementStatus,
    HouseholdStatus,
    PersonKind,
    VisitStatus,
)
from voordeur.services import search as search_service
from voordeur.services.local_days import local_date, local_midnight_utc, week_bounds
from voordeur.services.search import SearchHit
from voordeur.store.store import Store

DEFAULT_NO_CONTACT_WEEKS = 6


# -- value types --------------------------------------------------------------------------------
@dataclass(frozen=True)
class PlannedVisit:
    """A visit on the agenda: a visit record not yet final, or the "next visit" agreed at the
    household's latest visit (then `visit_id` is None and `planned_at_visit_id` says where)."""

    household_id: str
    household_name: str
    neighbourhood: str
    starts_at: datetime  # aware, UTC
    visit_id: str | None = None
    kind: str = ""  # VisitKind value, "" for a next visit that has no record yet
    location: str = ""
    planned_at_visit_id: str | None = None

    @property
    def is_record(self) -> bool:
        return self.visit_id is not None


@dataclass(frozen=True)
class DueAgreement:
    agreement_id: str
    household_id: str
    household_name: str
    what: str
    due_on: date
    owner_kind: str  # AgreementOwnerKind value
    owner_name: str  # "" when unknown or when the owner is the worker using this store
    owner_role: str  # "moeder", "buurvrouw", … for people; "" otherwise
    owner_is_me: bool
    overdue: bool
    days_late: int  # 0 when not late
    visit_id: str | None = None


@dataclass(frozen=True)
class QuietHousehold:
    """An active household without contact in the last N weeks."""

    household_id: str
    household_name: str
    neighbourhood: str
    last_contact: date | None  # local date of the latest visit, None: never
    days_since: int | None


@dataclass(frozen=True)
class WeekOverview:
    today: date
    week_start: date  # Monday
    week_end: date  # Sunday
    no_contact_weeks: int
    today_visits: tuple[PlannedVisit, ...]
    week_visits: tuple[PlannedVisit, ...]  # after today, up to and including Sunday
    overdue_agreements: tuple[DueAgreement, ...]  # open, due before today; latest due first
    due_agreements: tuple[DueAgreement, ...]  # open, due today up to and including Sunday
    no_contact: tuple[QuietHousehold, ...]


# -- the overview -------------------------------------------------------------------------------
def week_overview(
    store: Store,
    today: date,
    no_contact_weeks: int = DEFAULT_NO_CONTACT_WEEKS,
    *,
    tz: tzinfo | None = None,
) -> WeekOverview:
    """What is planned, due and quiet for the worker, seen from the local day `today`."""
    if no_contact_weeks < 1:
        raise ValueError("no_contact_weeks is at least 1")
    week_start, week_end = week_bounds(today)
    day_start = local_midnight_utc(today, tz)
    tomorrow_start = local_midnight_utc(today + timedelta(days=1), tz)
    week_after = local_midnight_utc(week_end + timedelta(days=1), tz)
    with store.session() as session:
        planned = _planned_visits(session, day_start, week_after, tz)
        agreements = _open_agreements(session, store.actor.worker_id, today, week_end)
        quiet = _quiet_households(session, today, tomorrow_start, no_contact_weeks, tz)
    today_visits = tuple(v for v in planned if v.starts_at < tomorrow_start)
    week_visits = tuple(v for v in planned if v.starts_at >= tomorrow_start)
    return WeekOverview(
        today=today,
        week_start=week_start,
        week_end=week_end,
        no_contact_weeks=no_contact_weeks,
        today_visits=today_visits,
        week_visits=week_visits,
        overdue_agreements=tuple(a for a in agreements if a.overdue),
        due_agreements=tuple(a for a in agreements if not a.overdue),
        no_contact=quiet,
    )


def _active_household() -> object:
    return and_(col(Household.deleted_at).is_(None), Household.status == HouseholdStatus.ACTIVE)


def _planned_visits(
    session: Session, start: datetime, end: datetime, tz: tzinfo | None
) -> list[PlannedVisit]:
    """Visit records not yet final in [start, end), and next visits agreed at the latest visit
    (a void visit is neither: it does not count as the latest)."""
    records = session.exec(
        select(Visit.id, Visit.household_id, Household.display_name, Household.neighbourhood,
               Visit.starts_at, Visit.kind, Visit.location)
        .join(Household, col(Household.id) == col(Visit.household_id))
        .where(col(Visit.deleted_at).is_(None), Visit.status == VisitStatus.DRAFT,
               col(Visit.starts_at) >= start, col(Visit.starts_at) < end, _active_household())
    ).all()
    planned = [
        PlannedVisit(household_id=hid, household_name=name, neighbourhood=wijk, starts_at=at,
                     visit_id=vid, kind=str(kind), location=location)
        for vid, hid, name, wijk, at, kind, location in records
    ]
    # The household's latest visit (by start) holds the next visit agreed with the family.
    latest = (
        select(func.max(col(Visit.starts_at)))
        .where(col(Visit.household_id) == col(Household.id), col(Visit.deleted_at).is_(None),
               Visit.status != VisitStatus.VOID)
        .correlate(Household)
        .scalar_subquery()
    )
    nexts = session.exec(
        select(Visit.id, Visit.household_id, Household.display_name, Household.neighbourhood,
               Visit.next_visit_at)
        .join(Household, col(Household.id) == col(Visit.household_id))
        .where(col(Visit.deleted_at).is_(None), Visit.status != VisitStatus.VOID,
               col(Visit.next_visit_at).is_not(None), col(Visit.next_visit_at) >= start,
               col(Visit.next_visit_at) < end, col(Visit.next_visit_at) > col(Visit.starts_at),
               _active_household(), col(Visit.starts_at) == latest)
    ).all()
    # A visit record already made for that day stands for the agreed next visit.
    booked = {(p.household_id, local_date(p.starts_at, tz)) for p in planned}
    seen: set[str] = set()
    for vid, hid, name, wijk, at in nexts:
        if hid in seen or at is None or (hid, local_date(at, tz)) in booked:
            continue
        seen.add(hid)
        planned.append(PlannedVisit(household_id=hid, household_name=name, neighbourhood=wijk,
                                    starts_at=at, planned_at_visit_id=vid))
    planned.sort(key=lambda p: (p.starts_at, p.household_name.casefold(), p.household_id))
    return planned


def _open_agreements(
    session: Session, my_worker_id: str, today: date, until: date
) -> list[DueAgreement]:
    rows = session.exec(
        select(Agreement.id, Agreement.household_id, Household.display_name, Agreement.what,
               Agreement.due_on, Agreement.owner_kind, Agreement.owner_id, Agreement.visit_id)
        .join(Household, col(Household.id) == col(Agreement.household_id))
        .where(col(Agreement.deleted_at).is_(None), Agreement.status == AgreementStatus.OPEN,
               col(Agreement.due_on).is_not(None), col(Agreement.due_on) <= until,
               _active_household())
    ).all()
    owners = _owner_names(session, [(str(kind), oid) for *_, kind, oid, _v in rows if oid])
    result = []
    for aid, hid, name, what, due, kind, owner_id, visit_id in rows:
        kind = str(kind)
        owner_name, owner_role = owners.get((kind, owner_id), ("", ""))
        is_me = kind == AgreementOwnerKind.WORKER and (owner_id in (None, my_worker_id))
        late = (today - due).days if due < today else 0
        result.append(DueAgreement(
            agreement_id=aid, household_id=hid, household_name=name, what=what, due_on=due,
            owner_kind=kind, owner_name="" if is_me else owner_name, owner_role=owner_role,
            owner_is_me=is_me, overdue=due < today, days_late=late, visit_id=visit_id,
        ))
    # Due soonest first; of the late ones, the most recently missed first (still fresh to act on).
    result.sort(key=lambda a: (a.overdue, -a.due_on.toordinal() if a.overdue else
                               a.due_on.toordinal(), a.household_name.casefold(),
                               a.what.casefold()))
    return result


def _owner_names(
    session: Session, owners: Iterable[tuple[str, str]]
) -> dict[tuple[str, str], tuple[str, str]]:
    """(kind, id) → (name, role), three queries at most, deleted records included: an
    agreement still names who took it on."""
    by_kind: dict[str, set[str]] = {}
    for kind, owner_id in owners:
        by_kind.setdefault(kind, set()).add(owner_id)
    names: dict[tuple[str, str], tuple[str, str]] = {}
    people = by_kind.get(AgreementOwnerKind.MEMBER, set()) | by_kind.get(
        AgreementOwnerKind.NETWORK, set())
    if people:
        for pid, first, last, role in session.exec(
            select(Person.id, Person.first_name, Person.last_name, Person.role)
            .where(col(Person.id).in_(people))
        ):
            full = " ".join(p for p in (first.strip(), last.strip()) if p)
            for kind in (AgreementOwnerKind.MEMBER, AgreementOwnerKind.NETWORK):
                names[(str(kind), pid)] = (full, role.strip())
    orgs = by_kind.get(AgreementOwnerKind.ORGANISATION)
    if orgs:
        for oid, name in session.exec(
            select(Organisation.id, Organisation.name).where(col(Organisation.id).in_(orgs))
        ):
            names[(str(AgreementOwnerKind.ORGANISATION), oid)] = (name, "")
    workers = by_kind.get(AgreementOwnerKind.WORKER)
    if workers:
        for wid, name in session.exec(
            select(Worker.id, Worker.name).where(col(Worker.id).in_(workers))
        ):
            names[(str(AgreementOwnerKind.WORKER), wid)] = (name, "")
    return names


def _quiet_households(
    session: Session, today: date, tomorrow_start: datetime, weeks: int, tz: tzinfo | None
) -> tuple[QuietHousehold, ...]:
    """Active households whose latest visit up to today (void ones do not count) is older than
    `weeks` weeks."""
    cutoff = local_midnight_utc(today - timedelta(weeks=weeks), tz)
    last = func.max(col(Visit.starts_at))
    rows = session.exec(
        select(Household.id, Household.display_name, Household.neighbourhood, last)
        .select_from(Household)
        .outerjoin(Visit, and_(col(Visit.household_id) == col(Household.id),
                               col(Visit.deleted_at).is_(None),
                               Visit.status != VisitStatus.VOID,
                               col(Visit.starts_at) < tomorrow_start))
        .where(_active_household())
        .group_by(col(Household.id))
        .having(or_(last.is_(None), last < cutoff))
    ).all()
    quiet = []
    for hid, name, wijk, last_at in rows:
        day = local_date(last_at, tz) if last_at is not None else None
        quiet.append(QuietHousehold(household_id=hid, household_name=name, neighbourhood=wijk,
                                    last_contact=day,
                                    days_since=(today - day).days if day else None))
    # Never seen first, then the longest silence first.
    quiet.sort(key=lambda q: (q.last_contact is not None, q.last_contact or date.min,
                              q.household_name.casefold()))
    return tuple(quiet)


# -- search results -----------------------------------------------------------------------------
@dataclass(frozen=True)
class SearchResult:
    """A full-text hit with what the search dialog shows next to it."""

    hit: SearchHit
    visit_id: str | None = None  # the visit to open (visit hits)
    when: datetime | None = None  # a visit's start (aware UTC)
    due_on: date | None = None  # an agreement's due date
    detail: str = ""  # VisitKind value of a visit, PersonKind value of a person


def search_results(store: Store, text: str, *, limit: int = 50) -> list[SearchResult]:
    """Search (logged as a search by the search service) and add the details for display."""
    hits = search_service.search(store, text, limit=limit)
    if not hits:
        return []
    ids: dict[str, set[str]] = {}
    for hit in hits:
        ids.setdefault(hit.kind, set()).add(hit.record_id)
    visits: dict[str, tuple[datetime, str]] = {}
    people: dict[str, str] = {}
    agreements: dict[str, date | None] = {}
    with store.session() as session:
        if "visit" in ids:
            for vid, at, kind in session.exec(
                select(Visit.id, Visit.starts_at, Visit.kind).where(col(Visit.id).in_(ids["visit"]))
            ):
                visits[vid] = (at, str(kind))
        if "person" in ids:
            for pid, kind in session.exec(
                select(Person.id, Person.kind).where(col(Person.id).in_(ids["person"]))
            ):
                people[pid] = str(kind)
        if "agreement" in ids:
            for aid, due in session.exec(
                select(Agreement.id, Agreement.due_on)
                .where(col(Agreement.id).in_(ids["agreement"]))
            ):
                agreements[aid] = due
    results = []
    for hit in hits:
        if hit.kind == "visit":
            at, kind = visits.get(hit.record_id, (None, ""))
            results.append(SearchResult(hit, visit_id=hit.record_id, when=at, detail=kind))
        elif hit.kind == "person":
            results.append(SearchResult(hit, detail=people.get(hit.record_id,
                                                               str(PersonKind.MEMBER))))
        elif hit.kind == "agreement":
            results.append(SearchResult(hit, due_on=agreements.get(hit.record_id)))
        else:
            results.append(SearchResult(hit))
    return results
