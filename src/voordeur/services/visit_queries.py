"""Read model of the visit editor: one visit with what the worker needs around it.

Qt-free: plain frozen dataclasses, no ORM objects leave the session. Loading a visit for editing
opens its household, so it writes an access-log entry (NEN 7513) unless the caller only refreshes
what it already showed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlmodel import Session, col, select

from voordeur.model import (
    Agreement,
    Goal,
    GoalScore,
    Household,
    HouseholdPartner,
    NoteRevision,
    Organisation,
    Person,
    Visit,
    Worker,
)
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
from voordeur.services import family_plan, planned_visits
from voordeur.store.store import Store


class VisitNotFound(LookupError):
    """The visit does not exist (any more) in this store."""


@dataclass(frozen=True)
class PersonItem:
    id: str
    name: str
    role: str


@dataclass(frozen=True)
class OwnerChoice:
    """Someone who can own an agreement: a member, a network person, a partner or a worker."""

    kind: AgreementOwnerKind
    id: str | None
    name: str
    role: str = ""


@dataclass(frozen=True)
class GoalItem:
    id: str
    text: str
    person_name: str
    previous_score: int | None  # the latest score recorded outside this visit
    previous_on: date | None
    visit_score: int | None  # the score recorded with this visit, if any


@dataclass(frozen=True)
class AgreementItem:
    id: str
    what: str
    owner_kind: AgreementOwnerKind
    owner_id: str | None
    owner_name: str
    due_on: date | None
    status: AgreementStatus
    visit_id: str | None


@dataclass(frozen=True)
class VisitForm:
    visit_id: str
    household_id: str
    household_name: str
    status: VisitStatus
    finalised_at: datetime | None
    updated_at: datetime
    kind: VisitKind
    starts_at: datetime
    duration_minutes: int | None
    location: str
    present_person_ids: tuple[str, ...]
    present_other: str
    notes: str
    request: str
    strengths: str
    concerns: str
    themes: tuple[Theme, ...]
    next_visit_at: datetime | None
    next_visit_kind: VisitKind | None
    next_visit_location: str
    void_reason: str
    plan_is_household_plan: bool  # the texts shown are the household's current plan
    plan_forks: tuple[str, ...]  # plan fields with two versions made apart (family_plan.forks)
    worker_id: str | None
    worker_name: str
    members: tuple[PersonItem, ...]
    network: tuple[PersonItem, ...]
    partners: tuple[OwnerChoice, ...]
    goals: tuple[GoalItem, ...]
    agreements: tuple[AgreementItem, ...]  # open ones, those made at this visit, those kept
    revision_count: int

    @property
    def is_final(self) -> bool:
        """Made final (also when marked void since): edits keep revisions."""
        return self.status != VisitStatus.DRAFT

    @property
    def is_void(self) -> bool:
        return self.status == VisitStatus.VOID

    def owner_choices(self, current_worker: OwnerChoice | None = None) -> list[OwnerChoice]:
        """Members first, then the network, the partners and the worker."""
        choices = [OwnerChoice(AgreementOwnerKind.MEMBER, p.id, p.name, p.role)
                   for p in self.members]
        choices += [OwnerChoice(AgreementOwnerKind.NETWORK, p.id, p.name, p.role)
                    for p in self.network]
        choices += list(self.partners)
        if current_worker is not None:
            choices.append(current_worker)
        return choices


@dataclass(frozen=True)
class RevisionItem:
    id: str
    field: NoteField
    text: str
    saved_at: datetime
    worker_name: str
    reason: str  # final, edit_after_final, merge, edit
    base_revision_id: str | None


def person_name(person: Person) -> str:
    name = f"{person.first_name} {person.last_name}".strip()
    return name or person.role or "?"


def load_visit_for_editing(store: Store, visit_id: str, *, log: bool = True,
                           keep_agreements: tuple[str, ...] = ()) -> VisitForm:
    """The visit and its household's members, network, partners, goals and agreements
    (open ones, those made at this visit and those in `keep_agreements`: ticked while the
    visit is open, they stay shown until it is left)."""
    with store.session() as session:
        visit = session.get(Visit, visit_id)
        if visit is None or visit.deleted_at is not None:
            raise VisitNotFound(visit_id)
        household = session.get(Household, visit.household_id)
        if household is None or household.deleted_at is not None:
            raise VisitNotFound(visit_id)
        form = _build_form(session, visit, household, keep_agreements)
    if log:
        store.log(AccessAction.OPEN, [form.household_id, form.visit_id], detail="visit editor")
    return form


def _build_form(session: Session, visit: Visit, household: Household,
                keep_agreements: tuple[str, ...] = ()) -> VisitForm:
    people = session.exec(
        select(Person)
        .where(Person.household_id == household.id, col(Person.deleted_at).is_(None))
        .order_by(col(Person.is_index).desc(), col(Person.birth_year), col(Person.first_name))
    ).all()
    members = tuple(PersonItem(p.id, person_name(p), p.role)
                    for p in people if p.kind == PersonKind.MEMBER)
    network = tuple(PersonItem(p.id, person_name(p), p.role)
                    for p in people if p.kind == PersonKind.NETWORK)
    partner_rows = session.exec(
        select(Organisation, HouseholdPartner)
        .join(HouseholdPartner, col(HouseholdPartner.organisation_id) == col(Organisation.id))
        .where(HouseholdPartner.household_id == household.id,
               col(HouseholdPartner.deleted_at).is_(None), col(Organisation.deleted_at).is_(None))
        .order_by(col(Organisation.name))
    ).all()
    partners = tuple(
        OwnerChoice(AgreementOwnerKind.ORGANISATION, org.id, org.name, link.contact_name)
        for org, link in partner_rows
    )
    workers = {w.id: w.name for w in session.exec(select(Worker)).all()}
    names = {p.id: person_name(p) for p in people} | {o.id: o.name for o in
                                                      (org for org, _ in partner_rows)}
    names |= workers

    goals = _goals(session, household.id, visit.id, names)
    agreements = session.exec(
        select(Agreement)
        .where(Agreement.household_id == household.id, col(Agreement.deleted_at).is_(None))
        .where((Agreement.status == AgreementStatus.OPEN) | (Agreement.visit_id == visit.id)
               | col(Agreement.id).in_(keep_agreements))
        .order_by(col(Agreement.due_on).is_(None), col(Agreement.due_on), col(Agreement.id))
    ).all()
    agreement_items = tuple(
        AgreementItem(a.id, a.what, AgreementOwnerKind(a.owner_kind), a.owner_id,
                      names.get(a.owner_id or "", ""), a.due_on, AgreementStatus(a.status),
                      a.visit_id)
        for a in agreements
    )
    latest = planned_visits.latest_visit(session, household.id)
    household_plan = visit.status == VisitStatus.DRAFT or (latest is not None
                                                           and latest.id == visit.id)
    if household_plan:  # the texts shown are the household's plan: edits change it
        texts, forks = family_plan.current_with_forks(session, household.id)
    else:
        texts, forks = family_plan.plan_at_visit(session, visit), ()
    revision_count = len(session.exec(
        select(NoteRevision.id).where(NoteRevision.visit_id == visit.id,
                                      col(NoteRevision.deleted_at).is_(None))
    ).all())
    return VisitForm(
        visit_id=visit.id,
        household_id=household.id,
        household_name=household.display_name,
        status=VisitStatus(visit.status),
        finalised_at=visit.finalised_at,
        updated_at=visit.updated_at,
        kind=VisitKind(visit.kind),
        starts_at=visit.starts_at,
        duration_minutes=visit.duration_minutes,
        location=visit.location,
        present_person_ids=tuple(visit.present_person_ids),
        present_other=visit.present_other,
        notes=visit.notes,
        request=texts.request,
        strengths=texts.strengths,
        concerns=texts.concerns,
        themes=tuple(Theme(t) for t in visit.themes if t in Theme._value2member_map_),
        next_visit_at=visit.next_visit_at,
        next_visit_kind=VisitKind(visit.next_visit_kind) if visit.next_visit_kind else None,
        next_visit_location=visit.next_visit_location,
        void_reason=visit.void_reason,
        plan_is_household_plan=household_plan,
        plan_forks=forks,
        worker_id=visit.worker_id,
        worker_name=workers.get(visit.worker_id or "", ""),
        members=members,
        network=network,
        partners=partners,
        goals=goals,
        agreements=agreement_items,
        revision_count=revision_count,
    )


def _goals(session: Session, household_id: str, visit_id: str,
           names: dict[str, str]) -> tuple[GoalItem, ...]:
    goals = session.exec(
        select(Goal)
        .where(Goal.household_id == household_id, Goal.status == GoalStatus.ACTIVE,
               col(Goal.deleted_at).is_(None))
        .order_by(col(Goal.started_on), col(Goal.id))
    ).all()
    if not goals:
        return ()
    scores = session.exec(
        select(GoalScore)
        .where(col(GoalScore.goal_id).in_([g.id for g in goals]),
               col(GoalScore.deleted_at).is_(None))
        .order_by(col(GoalScore.recorded_on), col(GoalScore.created_at), col(GoalScore.id))
    ).all()
    previous: dict[str, GoalScore] = {}
    this_visit: dict[str, GoalScore] = {}
    for score in scores:  # in time order: the last one wins
        (this_visit if score.visit_id == visit_id else previous)[score.goal_id] = score
    items = []
    for goal in goals:
        prev, mine = previous.get(goal.id), this_visit.get(goal.id)
        items.append(GoalItem(
            id=goal.id,
            text=goal.text,
            person_name=names.get(goal.person_id or "", ""),
            previous_score=prev.score if prev else None,
            previous_on=prev.recorded_on if prev else None,
            visit_score=mine.score if mine else None,
        ))
    return tuple(items)


def load_revisions(store: Store, visit_id: str) -> list[RevisionItem]:
    """Every kept version of the visit's text fields, oldest first."""
    with store.session() as session:
        visit = session.get(Visit, visit_id)
        if visit is None:
            raise VisitNotFound(visit_id)
        workers = {w.id: w.name for w in session.exec(select(Worker)).all()}
        rows = session.exec(
            select(NoteRevision)
            .where(NoteRevision.visit_id == visit_id, col(NoteRevision.deleted_at).is_(None))
            .order_by(col(NoteRevision.saved_at), col(NoteRevision.id))
        ).all()
        items = [
            RevisionItem(r.id, NoteField(r.field), r.text, r.saved_at,
                         workers.get(r.worker_id or "", ""), r.reason, r.base_revision_id)
            for r in rows
        ]
        household_id = visit.household_id
    store.log(AccessAction.OPEN, [household_id, visit_id], detail="visit revisions")
    return items
