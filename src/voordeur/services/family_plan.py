"""The household plan's texts (the family's question, strengths, concerns): they carry over from
visit to visit, every change is kept, and each visit keeps the plan as it stood at that visit.

Current text of a field: the household's newest live `PlanRevision` nobody built on yet. A
household whose plan was never saved since store version 0004 has none; its current text is then
the latest non-empty text typed at one of its visits (what the plan was before it carried over),
and every such visit is part of its history. Reading it this way (instead of copying the rows in
the migration) gives every laptop of a team the same plan from the same records, with nothing to
sync for it.

Revisions are only added: an editing session brings its own newest revision up to date, any
other change adds one on top of the newest. Two laptops that change the same text offline both
add one on the same base; both stay, the newer is current, and `forks` shows the pair until a
worker settles it (`settle`: a revision on top of the newer that names the other as merged).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session, col, select

from voordeur.model import PlanRevision, Visit, utcnow
from voordeur.model.catalogues import PlanField, VisitStatus
from voordeur.services.unit_of_work import UnitOfWork

FIELDS: tuple[str, ...] = tuple(f.value for f in PlanField)


@dataclass(frozen=True)
class PlanTexts:
    """The plan's three texts at one moment, and when the newest of them was changed."""

    request: str = ""
    strengths: str = ""
    concerns: str = ""
    changed_at: datetime | None = None

    def text(self, field: str) -> str:
        return str(getattr(self, PlanField(field).value))


@dataclass(frozen=True)
class PlanChange:
    """One version of one text, for the history: at which visit (if any), by whom, when."""

    field: PlanField
    text: str
    saved_at: datetime
    visit_id: str | None
    worker_id: str | None
    revision_id: str | None  # None: typed at a visit before the plan carried over


@dataclass(frozen=True)
class PlanFork:
    """Two versions of one text made apart (two laptops), neither built on the other."""

    field: PlanField
    current: PlanChange
    other: PlanChange


def _live_revisions(session: Session, household_id: str) -> list[PlanRevision]:
    stmt = (
        select(PlanRevision)
        .where(PlanRevision.household_id == household_id,
               col(PlanRevision.deleted_at).is_(None))
        .order_by(col(PlanRevision.saved_at), col(PlanRevision.id))
    )
    return list(session.exec(stmt))


def _counted_visits(session: Session, household_id: str) -> list[Visit]:
    """The household's visits that count for its plan, oldest first (void and deleted ones not)."""
    stmt = (
        select(Visit)
        .where(Visit.household_id == household_id, col(Visit.deleted_at).is_(None),
               Visit.status != VisitStatus.VOID)
        .order_by(col(Visit.starts_at), col(Visit.created_at), col(Visit.id))
    )
    return list(session.exec(stmt))


def _change(rev: PlanRevision) -> PlanChange:
    return PlanChange(PlanField(rev.field), rev.text, rev.saved_at, rev.visit_id, rev.worker_id,
                      rev.id)


def _legacy_changes(visits: Iterable[Visit], field: str) -> list[PlanChange]:
    """The texts typed at visits before the plan carried over: each change, oldest first."""
    changes: list[PlanChange] = []
    for visit in visits:
        text = str(getattr(visit, field))
        if text.strip() and (not changes or changes[-1].text != text):
            moment = visit.finalised_at or visit.updated_at
            changes.append(PlanChange(PlanField(field), text, moment, visit.id, visit.worker_id,
                                      None))
    return changes


def _heads(revisions: list[PlanRevision]) -> list[PlanRevision]:
    """Revisions nobody built on yet, oldest first (one, unless two laptops forked)."""
    built_on = {r.base_revision_id for r in revisions} | {r.merged_revision_id
                                                          for r in revisions}
    return [r for r in revisions if r.id not in built_on]


def _by_field(revisions: list[PlanRevision]) -> dict[str, list[PlanRevision]]:
    grouped: dict[str, list[PlanRevision]] = {name: [] for name in FIELDS}
    for rev in revisions:
        grouped[str(rev.field)].append(rev)
    return grouped


def current_plan(session: Session, household_id: str) -> PlanTexts:
    """The plan's texts now."""
    return _current(session, household_id, _by_field(_live_revisions(session, household_id)))


def current_with_forks(session: Session, household_id: str
                       ) -> tuple[PlanTexts, tuple[str, ...]]:
    """The plan's texts now and the fields with two versions made apart (one read)."""
    grouped = _by_field(_live_revisions(session, household_id))
    forked = tuple(name for name, revisions in grouped.items() if len(_heads(revisions)) > 1)
    return _current(session, household_id, grouped), forked


def _current(session: Session, household_id: str,
             grouped: dict[str, list[PlanRevision]]) -> PlanTexts:
    visits: list[Visit] | None = None
    texts: dict[str, str] = {}
    moments: list[datetime] = []
    for name in FIELDS:
        heads = _heads(grouped[name])
        if heads:
            texts[name], latest = heads[-1].text, heads[-1].saved_at
        else:
            if visits is None:
                visits = _counted_visits(session, household_id)
            legacy = _legacy_changes(visits, name)
            if not legacy:
                continue
            texts[name], latest = legacy[-1].text, legacy[-1].saved_at
        moments.append(latest)
    return PlanTexts(**texts, changed_at=max(moments, default=None))


def plan_at_visit(session: Session, visit: Visit) -> PlanTexts:
    """The plan as it stood at a visit: its own copy once final; the current plan while it is a
    draft (that is what its editor changes); for a visit made final before the plan carried over,
    the latest text typed at it or a visit before it."""
    if visit.plan_frozen:
        return PlanTexts(visit.request, visit.strengths, visit.concerns,
                         visit.finalised_at or visit.updated_at)
    if visit.status == VisitStatus.DRAFT:
        return current_plan(session, visit.household_id)
    earlier = [v for v in _counted_visits(session, visit.household_id)
               if (v.starts_at, v.created_at, v.id) <= (visit.starts_at, visit.created_at,
                                                         visit.id) or v.id == visit.id]
    texts: dict[str, str] = {}
    for name in FIELDS:
        legacy = _legacy_changes(earlier, name)
        if legacy:
            texts[name] = legacy[-1].text
    return PlanTexts(**texts, changed_at=visit.finalised_at or visit.updated_at)


def history(session: Session, household_id: str) -> list[PlanChange]:
    """Every version of every text, oldest first (typed at visits before 0004, then revisions)."""
    grouped = _by_field(_live_revisions(session, household_id))
    visits = _counted_visits(session, household_id)
    changes: list[PlanChange] = []
    for name in FIELDS:
        earliest = grouped[name][0].saved_at if grouped[name] else None
        changes += [c for c in _legacy_changes(visits, name)
                    if earliest is None or c.saved_at < earliest]
        changes += [_change(r) for r in grouped[name]]
    return sorted(changes, key=lambda c: (c.saved_at, FIELDS.index(c.field.value)))


def forks(session: Session, household_id: str) -> list[PlanFork]:
    """Texts with two versions made apart and not settled: the newest and the one before it."""
    found = []
    for name, revisions in _by_field(_live_revisions(session, household_id)).items():
        heads = _heads(revisions)
        if len(heads) > 1:
            found.append(PlanFork(PlanField(name), _change(heads[-1]), _change(heads[-2])))
    return found


def save(
    uow: UnitOfWork,
    household_id: str,
    texts: Mapping[str, str],
    *,
    visit_id: str | None = None,
    session_start: datetime | None = None,
) -> set[str]:
    """Change the plan's texts; returns the fields that changed.

    With `session_start` (an editor that saves every few seconds passes the moment its editing
    began), a field whose newest revision is this session's own (same device, worker and visit,
    saved since then, nobody built on it) is brought up to date instead of getting a new one.
    """
    unknown = set(texts) - set(FIELDS)
    if unknown:
        raise ValueError(f"not a plan field: {sorted(unknown)}")
    if session_start is not None and session_start.tzinfo is None:
        raise ValueError("session_start must be an aware datetime")
    now = current_plan(uow.session, household_id)
    grouped = _by_field(_live_revisions(uow.session, household_id))
    changed: set[str] = set()
    for name, text in texts.items():
        if text == now.text(name):
            continue
        changed.add(name)
        heads = _heads(grouped[name])
        newest = heads[-1] if heads else None
        if (
            session_start is not None
            and newest is not None
            and len(heads) == 1
            and newest.device_id == uow.actor.device_id
            and newest.worker_id == uow.actor.worker_id
            and newest.visit_id == visit_id
            and newest.saved_at >= session_start
        ):
            uow.update(newest, text=text, saved_at=utcnow())
            continue
        uow.add(PlanRevision(
            household_id=household_id, field=PlanField(name), text=text, visit_id=visit_id,
            base_revision_id=newest.id if newest else None, worker_id=uow.actor.worker_id,
            device_id=uow.actor.device_id))
    return changed


def settle(uow: UnitOfWork, household_id: str, field: str, text: str) -> None:
    """End a fork: the chosen or combined text on top of the newer version, naming the other."""
    for fork in forks(uow.session, household_id):
        if fork.field.value == field:
            uow.add(PlanRevision(
                household_id=household_id, field=fork.field, text=text,
                base_revision_id=fork.current.revision_id,
                merged_revision_id=fork.other.revision_id, worker_id=uow.actor.worker_id,
                device_id=uow.actor.device_id))
            return
    save(uow, household_id, {field: text})


def freeze_into(uow: UnitOfWork, visit: Visit) -> None:
    """Keep the plan as it stands now as the visit's own copy (when it is made final)."""
    plan = current_plan(uow.session, visit.household_id)
    uow.update(visit, request=plan.request, strengths=plan.strengths, concerns=plan.concerns,
               plan_frozen=True)
