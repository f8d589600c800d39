"""Use cases for visits: start, edit, finalise, delete a draft, mark a final one void; edits of a
final visit keep a revision. The plan's texts a visit shows belong to the household
(`family_plan`): a draft changes them there, a final visit keeps its own copy."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from sqlmodel import col, select

from voordeur.model import Goal, GoalScore, Household, NoteRevision, Visit, utcnow
from voordeur.model.catalogues import NoteField, VisitStatus
from voordeur.services import ecogram, family_plan, plan, planned_visits
from voordeur.services.unit_of_work import UnitOfWork, unit_of_work
from voordeur.services.visit_queries import VisitNotFound
from voordeur.store.store import Store

TEXT_FIELDS = tuple(f.value for f in NoteField)
# In the changes of an editor save, "score:<goal id>" keys carry this visit's score for a goal.
SCORE_PREFIX = "score:"


PLAN_FIELDS = family_plan.FIELDS
_SAME_DELETE = timedelta(seconds=5)


class VisitRuleBroken(ValueError):
    """A change a visit's status does not allow; the message is plain English."""


def start_visit(uow: UnitOfWork, household: Household, **fields: Any) -> Visit:
    return uow.add(Visit(household_id=household.id, worker_id=uow.actor.worker_id, **fields))


def start_planned_visit(uow: UnitOfWork, household: Household) -> Visit:
    """A new visit from the planned one (its moment, kind and place), or starting now."""
    return start_visit(uow, household,
                       **planned_visits.new_visit_fields(uow.session, household.id))


def delete_draft(uow: UnitOfWork, visit: Visit) -> None:
    """Remove a visit made by mistake, with the scores given at it (they were never given);
    only a draft (a final visit is marked void instead). Agreements made at it stay: they are
    the household's."""
    if visit.status != VisitStatus.DRAFT:
        raise VisitRuleBroken("only a draft visit can be deleted; mark a final visit void")
    for score in _scores_of(uow, visit.id, deleted=False):
        uow.delete(score)
    uow.delete(visit)


def restore_draft(uow: UnitOfWork, visit: Visit) -> None:
    """Undo `delete_draft`: the visit and the scores deleted with it."""
    if visit.deleted_at is None:
        return
    deleted_at = visit.deleted_at
    uow.restore(visit)
    for score in _scores_of(uow, visit.id, deleted=True):  # deleted in the same transaction
        if score.deleted_at is not None and abs(score.deleted_at - deleted_at) < _SAME_DELETE:
            uow.restore(score)


def _scores_of(uow: UnitOfWork, visit_id: str, *, deleted: bool) -> list[GoalScore]:
    gone = col(GoalScore.deleted_at).is_not(None) if deleted else col(
        GoalScore.deleted_at).is_(None)
    return list(uow.session.exec(select(GoalScore).where(GoalScore.visit_id == visit_id, gone)))


def void_visit(uow: UnitOfWork, visit: Visit, reason: str) -> None:
    """Mark a final visit "vervallen": it stays in the case file with the reason, and no longer
    counts as contact, for the plan or the next visit."""
    if visit.status != VisitStatus.FINAL:
        raise VisitRuleBroken("only a final visit can be marked void; delete a draft")
    if not reason.strip():
        raise VisitRuleBroken("give the reason why the visit is void")
    uow.update(visit, status=VisitStatus.VOID, void_reason=reason.strip())


def unvoid_visit(uow: UnitOfWork, visit: Visit) -> None:
    """Undo `void_visit`."""
    if visit.status == VisitStatus.VOID:
        uow.update(visit, status=VisitStatus.FINAL, void_reason="")


def edit_visit(
    uow: UnitOfWork,
    visit: Visit,
    *,
    revision_session_start: datetime | None = None,
    **fields: Any,
) -> set[str]:
    """Change fields; for a final visit each changed text field keeps a revision.

    Without `revision_session_start` every edit of a final visit adds a new revision per changed
    text field. With it (an editor that saves every few seconds passes the moment its editing
    session began), a field whose latest revision is an 'edit_after_final' revision by this
    device and worker, saved at or after that moment, has that revision brought up to date
    instead: one editing session of a final visit is one revision per changed field.
    """
    if "status" in fields or "finalised_at" in fields:
        raise ValueError("use finalise_visit to change a visit's status")
    if revision_session_start is not None and revision_session_start.tzinfo is None:
        raise ValueError("revision_session_start must be an aware datetime")
    changed = uow.update(visit, **fields)
    if visit.status != VisitStatus.DRAFT:
        names = [n for n in TEXT_FIELDS if n in changed]
        if revision_session_start is not None:
            names = _update_session_revisions(uow, visit, names, revision_session_start)
        _save_revisions(uow, visit, names, "edit_after_final")
    return changed


def finalise_visit(uow: UnitOfWork, visit: Visit, *, snapshot: bool = True) -> None:
    """Mark final: the text as it stands is kept as the first revision of each text field, and
    the household's ecogram as it stands is kept as a snapshot of the visit (same transaction).

    `snapshot=False` is for the demo generator, which writes its own snapshots of the past.
    """
    if visit.status != VisitStatus.DRAFT:
        return
    family_plan.freeze_into(uow, visit)
    uow.update(visit, status=VisitStatus.FINAL, finalised_at=utcnow())
    _save_revisions(uow, visit, list(TEXT_FIELDS), "final")
    if snapshot:
        ecogram.take_snapshot(uow, visit.household_id, visit_id=visit.id)


def _latest_revision_ids(uow: UnitOfWork, visit: Visit) -> dict[str, str]:
    """The newest revision of each text field of the visit (one query for all fields)."""
    stmt = (
        select(NoteRevision.field, NoteRevision.id)
        .where(NoteRevision.visit_id == visit.id)
        .order_by(col(NoteRevision.saved_at), col(NoteRevision.id))
    )
    return {str(field): rev_id for field, rev_id in uow.session.exec(stmt)}


def _update_session_revisions(
    uow: UnitOfWork, visit: Visit, fields: list[str], session_start: datetime
) -> list[str]:
    """Bring this session's own revisions up to date; return the fields that need a new one."""
    if not fields:
        return []
    stmt = (
        select(NoteRevision)
        .where(NoteRevision.visit_id == visit.id, col(NoteRevision.deleted_at).is_(None))
        .order_by(col(NoteRevision.saved_at), col(NoteRevision.id))
    )
    latest = {str(rev.field): rev for rev in uow.session.exec(stmt)}
    remaining = []
    for name in fields:
        rev = latest.get(name)
        if (
            rev is not None
            and rev.reason == "edit_after_final"
            and rev.device_id == uow.actor.device_id
            and rev.worker_id == uow.actor.worker_id
            and rev.saved_at >= session_start
        ):
            uow.update(rev, text=getattr(visit, name), saved_at=utcnow())
        else:
            remaining.append(name)
    return remaining


def _save_revisions(uow: UnitOfWork, visit: Visit, fields: list[str], reason: str) -> None:
    if not fields:
        return
    latest = _latest_revision_ids(uow, visit)
    for name in fields:
        uow.add(
            NoteRevision(
                visit_id=visit.id,
                field=NoteField(name),
                text=getattr(visit, name),
                base_revision_id=latest.get(name),
                worker_id=uow.actor.worker_id,
                device_id=uow.actor.device_id,
                reason=reason,
            )
        )


def apply_visit_changes(
    store: Store,
    visit_id: str,
    changes: dict[str, Any],
    *,
    session_start: datetime | None,
    score_day: date,
) -> set[str]:
    """Write the changed fields of a visit, its goal scores and the plan's texts it shows, in
    one transaction. A draft changes the household's plan; a final visit its own copy (with
    revisions) and, when it is the household's latest visit, the plan too."""
    fields = {k: v for k, v in changes.items() if not k.startswith(SCORE_PREFIX)}
    plan_texts = {k: fields[k] for k in PLAN_FIELDS if k in fields}
    scores = {k[len(SCORE_PREFIX):]: v for k, v in changes.items() if k.startswith(SCORE_PREFIX)}
    with unit_of_work(store, detail="visit autosave") as uow:
        visit = uow.get(Visit, visit_id)
        if visit is None:
            raise VisitNotFound(visit_id)
        if visit.status == VisitStatus.VOID:
            raise VisitRuleBroken("a void visit is kept as it was; take back 'void' to edit it")
        changed: set[str] = set()
        if visit.status == VisitStatus.DRAFT:
            fields = {k: v for k, v in fields.items() if k not in PLAN_FIELDS}
        if fields:
            changed |= edit_visit(uow, visit, revision_session_start=session_start,
                                  **fields)
        if plan_texts and (visit.status == VisitStatus.DRAFT or _is_latest(uow, visit)):
            changed |= family_plan.save(uow, visit.household_id, plan_texts,
                                        visit_id=visit.id, session_start=session_start)
        mine: dict[str, GoalScore] = {}
        for score in uow.session.exec(
            select(GoalScore)
            .where(GoalScore.visit_id == visit_id, col(GoalScore.deleted_at).is_(None))
            .order_by(col(GoalScore.created_at), col(GoalScore.id))
        ):
            mine[score.goal_id] = score  # the newest per goal
        for goal_id, value in scores.items():
            current = mine.get(goal_id)
            if value is None:
                if current is not None:
                    uow.delete(current)
                    mine.pop(goal_id)
            elif current is not None:
                uow.update(current, score=value)
            else:
                goal = uow.get(Goal, goal_id)
                if goal is not None:
                    mine[goal_id] = plan.record_score(uow, goal, value, score_day,
                                                      visit_id=visit_id)
            changed.add(SCORE_PREFIX + goal_id)
        if "starts_at" in changed:  # the visit's scores belong to the visit's day
            day = visit.starts_at.astimezone().date()
            for score in mine.values():
                uow.update(score, recorded_on=day)
    return changed


def _is_latest(uow: UnitOfWork, visit: Visit) -> bool:
    latest = planned_visits.latest_visit(uow.session, visit.household_id)
    return latest is not None and latest.id == visit.id
