"""Use cases for the family plan: goals and scaling scores, agreements, consent."""

from __future__ import annotations

from datetime import date
from typing import Any

from voordeur import clock
from voordeur.model import Agreement, Consent, Goal, GoalScore, Household
from voordeur.model.catalogues import AgreementStatus, GoalStatus
from voordeur.services.households import ServiceError
from voordeur.services.unit_of_work import UnitOfWork


def add_goal(uow: UnitOfWork, household: Household, text: str, **fields: Any) -> Goal:
    if not text.strip():
        raise ServiceError("a goal needs text, in the family's own words")
    return uow.add(Goal(household_id=household.id, text=text.strip(), **fields))


def record_score(
    uow: UnitOfWork, goal: Goal, score: int, on: date, **fields: Any
) -> GoalScore:
    if not 0 <= score <= 10:
        raise ServiceError("a scaling score is a whole number from 0 to 10")
    return uow.add(GoalScore(goal_id=goal.id, score=score, recorded_on=on, **fields))


def add_agreement(uow: UnitOfWork, household: Household, what: str, **fields: Any) -> Agreement:
    if not what.strip():
        raise ServiceError("an agreement needs to say what will be done")
    return uow.add(Agreement(household_id=household.id, what=what.strip(), **fields))


def set_agreement_status(
    uow: UnitOfWork, agreement: Agreement, status: AgreementStatus, on: date | None = None
) -> None:
    uow.update(agreement, status=status, done_on=on if status == AgreementStatus.DONE else None)


def record_consent(uow: UnitOfWork, household: Household, **fields: Any) -> Consent:
    consent = Consent(household_id=household.id, recorded_by_worker_id=uow.actor.worker_id,
                      **fields)
    if not consent.purpose.strip():
        raise ServiceError("consent needs a purpose")
    if consent.valid_until is not None and consent.valid_until < consent.given_on:
        raise ServiceError("consent cannot end before it was given")
    return uow.add(consent)


def withdraw_consent(uow: UnitOfWork, consent: Consent, on: date, reason: str = "") -> None:
    if consent.withdrawn_on is not None:
        raise ServiceError("this consent was already withdrawn")
    uow.update(consent, withdrawn_on=on, withdrawn_reason=reason)


# -- editing the plan (the desktop app's Plan tab) --------------------------------------------
def edit_goal(
    uow: UnitOfWork, goal: Goal, *, on: date | None = None, **fields: Any
) -> set[str]:
    """Change a goal's text, person or status; reaching or stopping a goal dates it."""
    if "text" in fields:
        fields["text"] = str(fields["text"]).strip()
        if not fields["text"]:
            raise ServiceError("a goal needs text, in the family's own words")
    if "status" in fields:
        status = GoalStatus(fields["status"])
        if status == GoalStatus.ACTIVE:
            fields["closed_on"] = None
        elif status != goal.status:
            fields.setdefault("closed_on", on or clock.today())
    return uow.update(goal, **fields)


def edit_agreement(uow: UnitOfWork, agreement: Agreement, **fields: Any) -> set[str]:
    """Change who does what, when (use set_agreement_status for the status)."""
    if "status" in fields or "done_on" in fields:
        raise ServiceError("use set_agreement_status to change an agreement's status")
    if "what" in fields:
        fields["what"] = str(fields["what"]).strip()
        if not fields["what"]:
            raise ServiceError("an agreement needs to say what will be done")
    return uow.update(agreement, **fields)
