"""Everything a visit summary or family plan is made from, read in one session.

Reading it writes nothing to the access log: the export that follows logs itself (and the
preview in the app is part of that export). What a visit summary shows of it, as it was at the
visit, is `summary_moment`'s part.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime

from sqlmodel import Session, col, select

from voordeur.domain.disclosure import PersonRef, contact_ref_id
from voordeur.domain.ecogram import Ecogram
from voordeur.model import (
    Agreement,
    Consent,
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
from voordeur.model.catalogues import AgreementStatus, GoalStatus, PersonKind, VisitStatus
from voordeur.services.ecogram_queries import current_ecogram, snapshot_for_visit
from voordeur.services.family_plan import PlanTexts, current_plan, plan_at_visit
from voordeur.services.household_queries import HouseholdNotFound
from voordeur.services.households import ServiceError
from voordeur.services.local_days import local_date
from voordeur.services.planned_visits import NextVisit, next_visit, plan_of
from voordeur.services.profile import Profile, profile_of
from voordeur.services.visit_queries import VisitNotFound, person_name
from voordeur.store.store import Store


@dataclass(frozen=True)
class Sources:
    household: Household
    people: tuple[PersonRef, ...]  # live members first, then the network
    organisations: dict[str, Organisation]  # in this household's network, by id
    contacts: dict[str, tuple[str, ...]]  # organisation id → its contact people's PersonRef ids
    workers: dict[str, str]  # id → name
    goals: tuple[Goal, ...]  # oldest first
    scores: dict[str, tuple[GoalScore, ...]]  # by goal id, oldest first
    agreements: tuple[Agreement, ...]
    visits: tuple[Visit, ...]  # oldest first, void ones too (the case file lists them)
    consents: tuple[Consent, ...]  # newest first
    ecogram: Ecogram  # the visit's snapshot when there is one, else the map as it stands
    ecogram_is_snapshot: bool
    visit: Visit | None = None
    revisions: tuple[NoteRevision, ...] = ()  # of `visit`, oldest first
    made_by: str = ""  # the worker making the document
    maker: Profile | None = None  # their profile: the documents' closing contact line
    # the plan's texts: as they stood at `visit`, or now for the family plan
    plan: PlanTexts = field(default_factory=PlanTexts)
    # a visit summary: what was planned at the visit; the family plan: the next visit now
    next_visit: NextVisit | None = None
    # an agreement's or goal's status at the visit where it differs from now (`summary_moment`)
    agreement_states: dict[str, tuple[AgreementStatus, date | None]] = field(
        default_factory=dict)
    goal_states: dict[str, GoalStatus] = field(default_factory=dict)

    @property
    def counted_visits(self) -> tuple[Visit, ...]:
        """The visits that count (not void), oldest first."""
        return tuple(v for v in self.visits if VisitStatus(v.status) != VisitStatus.VOID)

    def agreement_status(self, agreement: Agreement) -> tuple[AgreementStatus, date | None]:
        """The agreement's status and done day as the document shows them."""
        return self.agreement_states.get(
            agreement.id, (AgreementStatus(agreement.status), agreement.done_on))

    def goal_status(self, goal: Goal) -> GoalStatus:
        return self.goal_states.get(goal.id, GoalStatus(goal.status))

    def changed_on(self) -> date | None:
        """The last day the plan changed: its texts, goals, scores or agreements."""
        moments: list[datetime] = [m for m in (self.plan.changed_at,) if m is not None]
        moments += [g.updated_at for g in self.goals]
        moments += [s.updated_at for scores in self.scores.values() for s in scores]
        moments += [a.updated_at for a in self.agreements]
        return local_date(max(moments)) if moments else None

    def owner_name(self, agreement: Agreement) -> str:
        """The owner's name as the case file shows it (the content step applies roles)."""
        owner = agreement.owner_id or ""
        person = next((p for p in self.people if p.id == owner), None)
        if person is not None:
            return person.name or person.role
        if owner in self.organisations:
            return self.organisations[owner].name
        return self.workers.get(owner, "")


def load_for_visit(store: Store, visit_id: str) -> Sources:
    """The household's records with the visit, its plan texts as they stood at the visit and
    the network as kept when it was made final (a draft: the map as it stands)."""
    with store.session() as session:
        visit = session.get(Visit, visit_id)
        if visit is None or visit.deleted_at is not None:
            raise VisitNotFound(visit_id)
        revisions = tuple(session.exec(
            select(NoteRevision)
            .where(NoteRevision.visit_id == visit_id, col(NoteRevision.deleted_at).is_(None))
            .order_by(col(NoteRevision.saved_at), col(NoteRevision.id))
        ).all())
        sources = _load(session, store, visit.household_id)
        plan = plan_at_visit(session, visit)
    snapshot = (snapshot_for_visit(store, visit_id)
                if VisitStatus(visit.status) != VisitStatus.DRAFT else None)
    ecogram = snapshot[1] if snapshot else sources.ecogram
    return replace(sources, visit=visit, revisions=revisions, ecogram=ecogram,
                   ecogram_is_snapshot=snapshot is not None, plan=plan,
                   next_visit=plan_of(visit))


def load_for_household(store: Store, household_id: str, today: date | None = None) -> Sources:
    """The household's records with its plan and next visit as they stand (`today`); scores
    given at a void visit do not count."""
    with store.session() as session:
        sources = _load(session, store, household_id)
        plan, planned = current_plan(session, household_id), next_visit(session, household_id,
                                                                          today)
    void = {v.id for v in sources.visits if VisitStatus(v.status) == VisitStatus.VOID}
    scores = {goal: tuple(s for s in given if s.visit_id not in void)
              for goal, given in sources.scores.items()}
    return replace(sources, plan=plan, next_visit=planned,
                   scores={goal: given for goal, given in scores.items() if given})


def _load(session: Session, store: Store, household_id: str) -> Sources:
    household = session.get(Household, household_id)
    if household is None or household.deleted_at is not None:
        raise HouseholdNotFound(household_id)
    people = session.exec(
        select(Person).where(Person.household_id == household_id,
                             col(Person.deleted_at).is_(None))
        .order_by(col(Person.kind), col(Person.is_index).desc(), col(Person.birth_year),
                  col(Person.created_at), col(Person.id))
    ).all()
    links = session.exec(
        select(HouseholdPartner, Organisation)
        .join(Organisation, col(Organisation.id) == col(HouseholdPartner.organisation_id))
        .where(HouseholdPartner.household_id == household_id,
               col(HouseholdPartner.deleted_at).is_(None), col(Organisation.deleted_at).is_(None))
        .order_by(col(Organisation.name))
    ).all()
    goals = tuple(session.exec(
        select(Goal).where(Goal.household_id == household_id, col(Goal.deleted_at).is_(None))
        .order_by(col(Goal.started_on), col(Goal.created_at), col(Goal.id))
    ).all())
    scores: dict[str, list[GoalScore]] = {}
    if goals:
        for score in session.exec(
            select(GoalScore).where(col(GoalScore.goal_id).in_([g.id for g in goals]),
                                    col(GoalScore.deleted_at).is_(None))
            .order_by(col(GoalScore.recorded_on), col(GoalScore.created_at), col(GoalScore.id))
        ).all():
            scores.setdefault(score.goal_id, []).append(score)
    agreements = tuple(session.exec(
        select(Agreement).where(Agreement.household_id == household_id,
                                col(Agreement.deleted_at).is_(None))
        .order_by(col(Agreement.due_on).is_(None), col(Agreement.due_on), col(Agreement.id))
    ).all())
    visits = tuple(session.exec(
        select(Visit).where(Visit.household_id == household_id, col(Visit.deleted_at).is_(None))
        .order_by(col(Visit.starts_at), col(Visit.id))
    ).all())
    consents = tuple(session.exec(
        select(Consent).where(Consent.household_id == household_id,
                              col(Consent.deleted_at).is_(None))
        .order_by(col(Consent.given_on).desc(), col(Consent.created_at).desc())
    ).all())
    workers = {w.id: w.name for w in session.exec(select(Worker)).all()}
    refs = tuple(PersonRef(p.id, person_name(p) if (p.first_name or p.last_name) else "",
                           p.role, p.kind == PersonKind.MEMBER) for p in people)
    # An organisation's contact person is named like anyone else: hidden from a partner unless
    # a consent names them (it never does), as on the ecogram in role mode.
    refs += tuple(PersonRef(contact_ref_id(link.id), link.contact_name.strip(),
                            f"contactpersoon van {org.name}")
                  for link, org in links if link.contact_name.strip())
    contacts: dict[str, list[str]] = {}
    for link, org in links:
        if link.contact_name.strip():
            contacts.setdefault(org.id, []).append(contact_ref_id(link.id))
    return Sources(
        household=household,
        people=refs,
        organisations={org.id: org for _, org in links},
        contacts={k: tuple(v) for k, v in contacts.items()},
        workers=workers,
        goals=goals,
        scores={k: tuple(v) for k, v in scores.items()},
        agreements=agreements,
        visits=visits,
        consents=consents,
        ecogram=current_ecogram(session, household_id),
        ecogram_is_snapshot=False,
        made_by=workers.get(store.actor.worker_id, ""),
        maker=_maker(session, store.actor.worker_id),
    )


def _maker(session: Session, worker_id: str) -> Profile | None:
    try:
        return profile_of(session, worker_id)
    except ServiceError:
        return None


def latest_score(sources: Sources, goal_id: str, *, until: date | None = None) -> GoalScore | None:
    """The newest score of a goal (recorded on or before `until`)."""
    scores = [s for s in sources.scores.get(goal_id, ())
              if until is None or s.recorded_on <= until]
    return scores[-1] if scores else None
