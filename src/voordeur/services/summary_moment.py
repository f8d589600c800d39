"""A visit summary is a record of its visit: the plan as it stood then, whenever it is exported.

The plan's texts come from `family_plan.plan_at_visit` (a final visit's own copy) and the network
from the snapshot `finalise_visit` keeps (`summary_sources`). This module decides which goals,
scores and agreements the visit shows, and with which status. Words used below:

- D, the visit's day: the local calendar day it started.
- M, the moment its record closed: when it was made final. A draft has none: it is still being
  written, so it shows the plan as it stands (and the live map).
- R, the last day of its record: the local day of M (never before D); today for a draft. The
  worker often writes a visit up a day or two later and ticks off what was done meanwhile;
  what the record said when it was closed is what it keeps saying.

Agreements then
- One made at this visit (`visit_id`) is part of it, also one added while editing the final
  visit (that edit is part of its record).
- Any other is part of it when it was not made at a later visit (its `visit_id` names a visit
  that started after this one) and it was created no later than M. So an agreement made at the
  next visit, or in the Plan tab after the visit was final, is absent.
- Its status then: done when it is done now and `done_on` ≤ R (without a `done_on`, from an
  older store: when it was last changed no later than M); cancelled when it is cancelled now and
  was last changed no later than M (no cancel date is kept); otherwise open. An agreement marked
  done at the next visit therefore shows open, as it was.
- The visit lists the agreements open then, those made at it, and those done since the
  previous visit (`done_on` after that visit's day): what was finished comes back once, at the
  visit after it.

Goals then: created no later than M; active then when active now or closed after R.
Scores then: given at this visit, or recorded on or before D, created no later than M and not
given at a later or a void visit.

What stays the same however late the visit is exported again: everything above depends only
on dates that do not change once the visit is final (done_on, created_at, the visits' days, M).
Not kept as history, so a later change does show in an old visit's summary: a deleted
agreement, goal or score (a deletion corrects a mistake), an edited text of a goal or an
agreement, and an agreement cancelled, or done without a date, that was changed again after M.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from voordeur.model import Agreement, Goal, GoalScore, Visit
from voordeur.model.catalogues import AgreementStatus, GoalStatus, VisitStatus
from voordeur.services.local_days import local_date
from voordeur.services.summary_sources import Sources


def at_visit(sources: Sources, today: date) -> Sources:
    """`sources` (read for a visit) narrowed to the goals, scores and agreements of the plan as
    it stood at the visit, with their status then."""
    visit = sources.visit
    assert visit is not None
    moment = _Moment(sources, visit, today)
    agreements = tuple(a for a in sources.agreements if moment.had_agreement(a))
    states = {a.id: moment.agreement_then(a) for a in agreements}
    goals = tuple(g for g in sources.goals if moment.had(g.created_at))
    scores = {g.id: tuple(s for s in sources.scores.get(g.id, ()) if moment.had_score(s))
              for g in goals}
    return replace(
        sources, goals=goals, scores={k: v for k, v in scores.items() if v},
        agreements=tuple(a for a in agreements if moment.listed(a, states[a.id])),
        agreement_states=states,
        goal_states={g.id: moment.goal_then(g) for g in goals})


def previous_visit_day(sources: Sources, visit: Visit) -> date | None:
    """The day of the last visit that counts before `visit`."""
    earlier = [v for v in sources.counted_visits
               if v.id != visit.id and (v.starts_at, v.created_at) < (visit.starts_at,
                                                                       visit.created_at)]
    return local_date(earlier[-1].starts_at) if earlier else None


class _Moment:
    def __init__(self, sources: Sources, visit: Visit, today: date) -> None:
        self.visit = visit
        self.day = local_date(visit.starts_at) or today
        draft = VisitStatus(visit.status) == VisitStatus.DRAFT
        self.closed: datetime | None = None if draft else visit.finalised_at
        closed_day = local_date(self.closed)
        self.last_day = max(self.day, closed_day) if closed_day else max(self.day, today)
        self.previous_day = previous_visit_day(sources, visit)
        self.starts = {v.id: v.starts_at for v in sources.visits}
        self.void = {v.id for v in sources.visits if VisitStatus(v.status) == VisitStatus.VOID}

    def had(self, created: datetime) -> bool:
        return self.closed is None or created <= self.closed

    def later_visit(self, visit_id: str | None) -> bool:
        starts = self.starts.get(visit_id or "")
        return starts is not None and starts > self.visit.starts_at

    def had_agreement(self, agreement: Agreement) -> bool:
        if agreement.visit_id == self.visit.id:
            return True
        return not self.later_visit(agreement.visit_id) and self.had(agreement.created_at)

    def agreement_then(self, agreement: Agreement) -> tuple[AgreementStatus, date | None]:
        status = AgreementStatus(agreement.status)
        if status == AgreementStatus.DONE:
            done = (agreement.done_on <= self.last_day if agreement.done_on is not None
                    else self.had(agreement.updated_at))
            if done:
                return status, agreement.done_on
        elif status == AgreementStatus.CANCELLED and self.had(agreement.updated_at):
            return status, None
        return AgreementStatus.OPEN, None

    def listed(self, agreement: Agreement, then: tuple[AgreementStatus, date | None]) -> bool:
        status, done_on = then
        if status == AgreementStatus.OPEN or agreement.visit_id == self.visit.id:
            return True
        return (status == AgreementStatus.DONE and done_on is not None
                and (self.previous_day is None or done_on > self.previous_day))

    def goal_then(self, goal: Goal) -> GoalStatus:
        status = GoalStatus(goal.status)
        if status != GoalStatus.ACTIVE and goal.closed_on is not None \
                and goal.closed_on > self.last_day:
            return GoalStatus.ACTIVE
        return status

    def had_score(self, score: GoalScore) -> bool:
        if score.visit_id == self.visit.id:
            return True
        if score.visit_id in self.void or self.later_visit(score.visit_id):
            return False
        return score.recorded_on <= self.day and self.had(score.created_at)
