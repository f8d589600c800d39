"""The next visit: planned at a visit, taken up by the visit that records it.

One rule for every screen and document: the household's next visit is the one its *latest*
visit (by start; void and deleted visits do not count) planned, if that lies after the latest
visit and not before today. Recording a visit makes it the latest, so the plan it took up is no
longer "next"; a plan whose day has passed without a visit is not "next" either.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlmodel import Session, col, select

from voordeur import clock
from voordeur.model import Visit
from voordeur.model.catalogues import VISIT_KIND_LABELS, VisitKind, VisitStatus
from voordeur.services.local_days import local_date

# A new visit takes the date of a planned one that passed at most this long ago (recorded late);
# an older plan is stale and the new visit starts now.
LATE_RECORDING = timedelta(days=30)


@dataclass(frozen=True)
class NextVisit:
    starts_at: datetime
    kind: VisitKind | None
    location: str
    planned_at_visit_id: str


def latest_visit(session: Session, household_id: str,
                 *, excluding: str | None = None) -> Visit | None:
    """The household's latest visit that counts (not void, not deleted)."""
    stmt = (
        select(Visit)
        .where(Visit.household_id == household_id, col(Visit.deleted_at).is_(None),
               Visit.status != VisitStatus.VOID)
        .order_by(col(Visit.starts_at).desc(), col(Visit.created_at).desc(),
                  col(Visit.id).desc())
    )
    if excluding is not None:
        stmt = stmt.where(Visit.id != excluding)
    return session.exec(stmt.limit(1)).first()


def plan_of(visit: Visit | None) -> NextVisit | None:
    """The next visit a visit planned (None if none, or not after the visit itself)."""
    if visit is None or visit.next_visit_at is None or visit.next_visit_at <= visit.starts_at:
        return None
    return NextVisit(visit.next_visit_at, visit.next_visit_kind, visit.next_visit_location,
                     visit.id)


def next_visit_day(
    last_contact: date | None, planned_start: date | None, latest_plan: date | None, today: date
) -> date | None:
    """The next visit for lists and pages: a draft visit already dated after today, or the day
    the latest visit planned (when no contact took place since); past days are never "next"."""
    candidates = [planned_start]
    if latest_plan is not None and (last_contact is None or latest_plan > last_contact):
        candidates.append(latest_plan)
    upcoming = [d for d in candidates if d is not None and d >= today]
    return min(upcoming) if upcoming else None


def next_visit(session: Session, household_id: str, today: date | None = None
               ) -> NextVisit | None:
    """The household's next visit as planned, never one whose day has passed."""
    planned = plan_of(latest_visit(session, household_id))
    day = today or clock.today()
    if planned is None or (local_date(planned.starts_at) or day) < day:
        return None
    return planned


def new_visit_fields(session: Session, household_id: str, now: datetime | None = None
                     ) -> dict[str, object]:
    """Where a new visit starts: from the planned one (its moment, kind and place), or now."""
    moment = (now or clock.now()).replace(second=0, microsecond=0)
    planned = plan_of(latest_visit(session, household_id))
    if planned is None or planned.starts_at < moment - LATE_RECORDING:
        return {"starts_at": moment, "kind": VisitKind.HOME_VISIT}
    return {"starts_at": planned.starts_at, "kind": planned.kind or VisitKind.HOME_VISIT,
            "location": planned.location}


def kind_and_place(kind: str, location: str) -> tuple[bool, str]:
    """What a visit line shows of its kind and place, saying the kind once: a place that only
    repeats the kind ("Telefonisch") is left out, and one that starts with it ("Telefonisch
    (beeldbellen)") is shown instead of the kind. (show the kind, the place to show)."""
    place = location.strip()
    try:
        label = VISIT_KIND_LABELS[VisitKind(kind)].casefold()
    except ValueError:
        return bool(kind), place
    folded = place.casefold().rstrip(" .")
    if folded in (label, kind.casefold()):
        return True, ""
    if folded.startswith(label):
        return False, place
    return True, place
