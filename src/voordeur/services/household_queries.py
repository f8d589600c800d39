"""Read functions for the household page, and the helpers the household reads share (Qt-free).

Each function opens its own short session and returns plain frozen dataclasses, never ORM
objects, so the result can cross from the background runner to the GUI thread.

`household_detail` loads everything the household page shows and writes the access-log entry for
opening the household. The household list's rows are read by `household_rows.py`.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from enum import StrEnum

from sqlalchemy import text
from sqlmodel import col, select

from voordeur import clock
from voordeur.domain.ages import age_in_months, age_in_years
from voordeur.model import (
    Agreement,
    Consent,
    Goal,
    GoalScore,
    Household,
    HouseholdPartner,
    Organisation,
    Person,
    Worker,
)
from voordeur.model.catalogues import (
    AccessAction,
    AgreementOwnerKind,
    AgreementStatus,
    ConsentTopic,
    Gender,
    GoalStatus,
    HouseholdStatus,
    OrganisationKind,
    PersonKind,
    Theme,
    VisitKind,
    VisitStatus,
)
from voordeur.services.family_plan import PlanTexts, current_with_forks
from voordeur.services.local_days import local_date, local_midnight_utc
from voordeur.services.planned_visits import next_visit_day
from voordeur.store.store import Store

# How much of a visit's notes the timeline loads: enough for its first line.
NOTES_HEAD_CHARS = 400


class HouseholdNotFound(LookupError):
    """The household does not exist (any more) in this store."""


# -- shared helpers ---------------------------------------------------------------------------
def fold(value: str) -> str:
    """Lower case without accents, so 'celik' finds 'Çelik' and 'zoe' finds 'Zoë'."""
    decomposed = unicodedata.normalize("NFKD", value.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _as_date(value: str | date | None) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(value)


def person_name(first_name: str, last_name: str) -> str:
    return " ".join(part for part in (first_name.strip(), last_name.strip()) if part)


def age_on(birth_date: date | None, birth_year: int | None, today: date) -> int | None:
    """Age in whole years; from a birth year alone, the age reached this year."""
    return age_in_years(birth_date, birth_year, today)


# -- the household page -----------------------------------------------------------------------
class ConsentState(StrEnum):
    VALID = "valid"
    EXPIRED = "expired"
    WITHDRAWN = "withdrawn"
    NOT_YET = "not_yet"  # given with a start date still to come


@dataclass(frozen=True)
class MemberInfo:
    id: str
    first_name: str
    last_name: str
    role: str
    gender: Gender
    birth_date: date | None
    birth_year: int | None
    deceased: bool
    is_index: bool
    age: int | None  # None when unknown or deceased
    age_months: int | None = None  # under two with a known birth date: shown in months
    note: str = ""  # bijzonderheden, e.g. a developmental delay

    @property
    def name(self) -> str:
        return person_name(self.first_name, self.last_name) or self.role


@dataclass(frozen=True)
class PartnerInfo:
    organisation_id: str
    name: str
    kind: OrganisationKind
    contact_name: str


@dataclass(frozen=True)
class OrganisationInfo:
    id: str
    name: str
    kind: OrganisationKind


@dataclass(frozen=True)
class ScoreInfo:
    score: int
    recorded_on: date
    visit_id: str | None


@dataclass(frozen=True)
class GoalInfo:
    id: str
    text: str
    status: GoalStatus
    person_id: str | None
    person_name: str
    started_on: date | None
    closed_on: date | None
    scores: tuple[ScoreInfo, ...]  # oldest first

    @property
    def latest(self) -> ScoreInfo | None:
        return self.scores[-1] if self.scores else None


@dataclass(frozen=True)
class AgreementInfo:
    id: str
    what: str
    owner_kind: AgreementOwnerKind
    owner_id: str | None
    owner_name: str  # '' when the owner is not known by name
    due_on: date | None
    status: AgreementStatus
    done_on: date | None
    visit_id: str | None
    overdue: bool


@dataclass(frozen=True)
class VisitInfo:
    id: str
    starts_at: datetime
    kind: VisitKind
    status: VisitStatus
    first_line: str
    themes: tuple[Theme, ...]
    location: str
    next_visit_at: datetime | None


@dataclass(frozen=True)
class ConsentInfo:
    id: str
    given_by_person_id: str | None
    given_by_name: str
    organisation_ids: tuple[str, ...]
    organisation_names: tuple[str, ...]
    purpose: str
    topics: tuple[ConsentTopic, ...]
    person_ids: tuple[str, ...]
    given_on: date
    valid_until: date | None
    withdrawn_on: date | None
    withdrawn_reason: str
    state: ConsentState

    @property
    def valid(self) -> bool:
        return self.state == ConsentState.VALID


@dataclass(frozen=True)
class HouseholdDetail:
    id: str
    display_name: str
    neighbourhood: str
    city: str
    street: str
    house_number: str
    postcode: str
    phone: str
    email: str
    status: HouseholdStatus
    opened_on: date | None
    closed_on: date | None
    today: date
    members: tuple[MemberInfo, ...]
    partners: tuple[PartnerInfo, ...]
    goals: tuple[GoalInfo, ...]
    agreements: tuple[AgreementInfo, ...]  # open first (by due date), then the rest
    visits: tuple[VisitInfo, ...]  # newest first
    consents: tuple[ConsentInfo, ...]  # newest first
    last_contact: date | None
    next_visit: date | None
    plan: PlanTexts  # the family's question, strengths and concerns now
    plan_forks: tuple[str, ...]  # plan fields with two versions made apart

    @property
    def active(self) -> bool:
        return self.status == HouseholdStatus.ACTIVE

    @property
    def address(self) -> str:
        street = " ".join(p for p in (self.street, self.house_number) if p)
        place = " ".join(p for p in (self.postcode, self.city) if p)
        return ", ".join(p for p in (street, place) if p)

    @property
    def valid_consents(self) -> tuple[ConsentInfo, ...]:
        return tuple(c for c in self.consents if c.valid)

    @property
    def consent_partner_ids(self) -> tuple[str, ...]:
        """Partners that valid consent covers, each once."""
        ids = (o for c in self.valid_consents for o in c.organisation_ids)
        return tuple(dict.fromkeys(ids))

    @property
    def consent_partner_names(self) -> tuple[str, ...]:
        names = (n for c in self.valid_consents for n in c.organisation_names)
        return tuple(dict.fromkeys(names))

    @property
    def open_agreements(self) -> tuple[AgreementInfo, ...]:
        return tuple(a for a in self.agreements if a.status == AgreementStatus.OPEN)

    @property
    def overdue_agreements(self) -> tuple[AgreementInfo, ...]:
        return tuple(a for a in self.agreements if a.overdue)

    @property
    def active_goals(self) -> tuple[GoalInfo, ...]:
        return tuple(g for g in self.goals if g.status == GoalStatus.ACTIVE)

    def member(self, person_id: str) -> MemberInfo | None:
        return next((m for m in self.members if m.id == person_id), None)


def consent_state(consent: Consent, today: date) -> ConsentState:
    if consent.is_valid_on(today):
        return ConsentState.VALID
    if consent.withdrawn_on is not None and consent.withdrawn_on <= today:
        return ConsentState.WITHDRAWN
    if consent.valid_until is not None and consent.valid_until < today:
        return ConsentState.EXPIRED
    return ConsentState.NOT_YET


def household_detail(
    store: Store, household_id: str, *, today: date | None = None, log: bool = True
) -> HouseholdDetail:
    """Everything the household page shows; opening it is written to the access log."""
    today = today or clock.today()
    with store.session() as session:
        household = session.get(Household, household_id)
        if household is None or household.deleted_at is not None:
            raise HouseholdNotFound(household_id)
        people = session.exec(
            select(Person).where(Person.household_id == household_id)
            .order_by(col(Person.created_at), col(Person.id))
        ).all()
        partner_rows = session.exec(
            select(HouseholdPartner, Organisation)
            .join(Organisation, col(Organisation.id) == col(HouseholdPartner.organisation_id))
            .where(HouseholdPartner.household_id == household_id,
                   col(HouseholdPartner.deleted_at).is_(None))
            .order_by(col(Organisation.name))
        ).all()
        goals = session.exec(
            select(Goal).where(Goal.household_id == household_id, col(Goal.deleted_at).is_(None))
            .order_by(col(Goal.created_at), col(Goal.id))
        ).all()
        goal_ids = [g.id for g in goals]
        scores = session.exec(
            select(GoalScore).where(col(GoalScore.goal_id).in_(goal_ids),
                                    col(GoalScore.deleted_at).is_(None))
            .order_by(col(GoalScore.recorded_on), col(GoalScore.created_at))
        ).all() if goal_ids else []
        agreements = session.exec(
            select(Agreement).where(Agreement.household_id == household_id,
                                    col(Agreement.deleted_at).is_(None))
        ).all()
        visit_rows = session.connection().execute(
            text("SELECT id, starts_at, kind, status, substr(notes, 1, :n), themes, location, "
                 "next_visit_at FROM visit WHERE household_id = :hid AND deleted_at IS NULL "
                 "ORDER BY starts_at DESC, id DESC"),
            {"hid": household_id, "n": NOTES_HEAD_CHARS},
        ).all()
        plan_texts, plan_forks = current_with_forks(session, household_id)
        consents = session.exec(
            select(Consent).where(Consent.household_id == household_id,
                                  col(Consent.deleted_at).is_(None))
            .order_by(col(Consent.given_on).desc(), col(Consent.created_at).desc())
        ).all()
        organisation_names = _organisation_names(
            session, {o for c in consents for o in c.organisation_ids}
            | {a.owner_id for a in agreements
               if a.owner_kind == AgreementOwnerKind.ORGANISATION and a.owner_id},
        )
        worker_names = _worker_names(
            session, {a.owner_id for a in agreements
                      if a.owner_kind == AgreementOwnerKind.WORKER and a.owner_id})
        detail = _build_detail(household, people, partner_rows, goals, scores, agreements,
                               visit_rows, consents, organisation_names, worker_names, today)
        detail = replace(detail, plan=plan_texts, plan_forks=plan_forks)
    if log:
        store.log(AccessAction.OPEN, [household_id], detail="household page")
    return detail


def _organisation_names(session, ids: Iterable[str]) -> dict[str, str]:  # type: ignore[no-untyped-def]
    ids = [i for i in ids if i]
    if not ids:
        return {}
    rows = session.exec(select(Organisation.id, Organisation.name)
                        .where(col(Organisation.id).in_(ids))).all()
    return dict(rows)


def _worker_names(session, ids: Iterable[str]) -> dict[str, str]:  # type: ignore[no-untyped-def]
    ids = [i for i in ids if i]
    if not ids:
        return {}
    return dict(session.exec(select(Worker.id, Worker.name).where(col(Worker.id).in_(ids))).all())


def _build_detail(household, people, partner_rows, goals, scores, agreements,  # type: ignore[no-untyped-def]
                  visit_rows, consents, organisation_names, worker_names,
                  today: date) -> HouseholdDetail:
    names = {p.id: person_name(p.first_name, p.last_name) or p.role for p in people}
    members = tuple(
        MemberInfo(
            id=p.id, first_name=p.first_name, last_name=p.last_name, role=p.role,
            gender=Gender(p.gender), birth_date=p.birth_date, birth_year=p.birth_year,
            deceased=p.deceased, is_index=p.is_index,
            age=None if p.deceased else age_on(p.birth_date, p.birth_year, today),
            age_months=None if p.deceased else age_in_months(p.birth_date, today),
            note=p.note,
        )
        for p in people if p.kind == PersonKind.MEMBER and p.deleted_at is None
    )
    partners = tuple(
        PartnerInfo(organisation_id=org.id, name=org.name, kind=OrganisationKind(org.kind),
                    contact_name=link.contact_name)
        for link, org in partner_rows
    )
    organisation_names = {**organisation_names, **{p.organisation_id: p.name for p in partners}}
    by_goal: dict[str, list[ScoreInfo]] = {}
    for s in scores:
        by_goal.setdefault(s.goal_id, []).append(
            ScoreInfo(score=s.score, recorded_on=s.recorded_on, visit_id=s.visit_id))
    goal_infos = tuple(
        GoalInfo(id=g.id, text=g.text, status=GoalStatus(g.status), person_id=g.person_id,
                 person_name=names.get(g.person_id, "") if g.person_id else "",
                 started_on=g.started_on, closed_on=g.closed_on,
                 scores=tuple(by_goal.get(g.id, ())))
        for g in goals
    )

    def owner_name(a: Agreement) -> str:
        if not a.owner_id:
            return ""
        if a.owner_kind == AgreementOwnerKind.ORGANISATION:
            return organisation_names.get(a.owner_id, "")
        if a.owner_kind == AgreementOwnerKind.WORKER:
            return worker_names.get(a.owner_id, "")
        return names.get(a.owner_id, "")

    agreement_infos = [
        AgreementInfo(
            id=a.id, what=a.what, owner_kind=AgreementOwnerKind(a.owner_kind),
            owner_id=a.owner_id, owner_name=owner_name(a), due_on=a.due_on,
            status=AgreementStatus(a.status), done_on=a.done_on, visit_id=a.visit_id,
            overdue=a.status == AgreementStatus.OPEN and a.due_on is not None
            and a.due_on < today,
        )
        for a in agreements
    ]
    agreement_infos.sort(key=lambda a: (
        a.status != AgreementStatus.OPEN,
        (a.due_on or date.max) if a.status == AgreementStatus.OPEN
        else -(a.done_on or a.due_on or date.min).toordinal(),
    ))
    visits = tuple(
        VisitInfo(
            id=vid, starts_at=datetime.fromisoformat(starts), kind=VisitKind(kind),
            status=VisitStatus(status), first_line=_first_line(head or ""),
            themes=tuple(_themes(themes)), location=location or "",
            next_visit_at=datetime.fromisoformat(nxt) if nxt else None,
        )
        for vid, starts, kind, status, head, themes, location, nxt in visit_rows
    )
    consent_infos = tuple(
        ConsentInfo(
            id=c.id, given_by_person_id=c.given_by_person_id,
            given_by_name=names.get(c.given_by_person_id, "") if c.given_by_person_id else "",
            organisation_ids=tuple(c.organisation_ids),
            organisation_names=tuple(organisation_names.get(o, "") for o in c.organisation_ids
                                     if organisation_names.get(o)),
            purpose=c.purpose, topics=tuple(_topics(c.topics)),
            person_ids=tuple(c.person_ids), given_on=c.given_on,
            valid_until=c.valid_until, withdrawn_on=c.withdrawn_on,
            withdrawn_reason=c.withdrawn_reason, state=consent_state(c, today),
        )
        for c in consents
    )
    day_end_at = local_midnight_utc(today + timedelta(days=1))
    counted = [v for v in visits if v.status != VisitStatus.VOID]  # newest first
    past = [v for v in counted if v.starts_at < day_end_at]
    future = [v for v in counted if v.starts_at >= day_end_at and v.status == VisitStatus.DRAFT]
    last_contact = local_date(past[0].starts_at) if past else None
    latest_plan = counted[0].next_visit_at if counted else None
    if latest_plan is not None and latest_plan <= counted[0].starts_at:
        latest_plan = None
    next_visit = next_visit_day(
        last_contact,
        local_date(min(v.starts_at for v in future)) if future else None,
        local_date(latest_plan),
        today,
    )
    return HouseholdDetail(
        id=household.id, display_name=household.display_name,
        neighbourhood=household.neighbourhood, city=household.city, street=household.street,
        house_number=household.house_number, postcode=household.postcode,
        phone=household.phone, email=household.email,
        status=HouseholdStatus(household.status), opened_on=household.opened_on,
        closed_on=household.closed_on, today=today, members=members, partners=partners,
        goals=goal_infos, agreements=tuple(agreement_infos), visits=visits,
        consents=consent_infos, last_contact=last_contact, next_visit=next_visit,
        plan=PlanTexts(), plan_forks=(),
    )


def _first_line(notes: str) -> str:
    for line in notes.splitlines():
        if line.strip():
            return line.strip()
    return ""


def _themes(values: Iterable[str] | str | None) -> Iterable[Theme]:
    if isinstance(values, str):  # raw JSON from a text query
        values = json.loads(values or "[]")
    for value in values or ():
        try:
            yield Theme(value)
        except ValueError:  # a theme from a newer version: skip rather than fail the page
            continue


def _topics(values: Iterable[str]) -> Iterable[ConsentTopic]:
    for value in values or ():
        try:
            yield ConsentTopic(value)
        except ValueError:
            continue


def organisations(store: Store) -> list[OrganisationInfo]:
    """Every organisation in the store (for linking a partner when recording consent)."""
    with store.session() as session:
        rows = session.exec(
            select(Organisation.id, Organisation.name, Organisation.kind)
            .where(col(Organisation.deleted_at).is_(None))
        ).all()
    infos = [OrganisationInfo(id=i, name=n, kind=OrganisationKind(k)) for i, n, k in rows]
    return sorted(infos, key=lambda o: fold(o.name))
