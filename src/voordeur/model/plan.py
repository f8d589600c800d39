"""The family plan ("1 gezin, 1 plan"): goals with scaling scores, agreements, consent."""

from __future__ import annotations

from datetime import date

from sqlmodel import Field

from voordeur.model.base import Entity
from voordeur.model.base_fields import enum_field, list_field, ref_field
from voordeur.model.catalogues import (
    AgreementOwnerKind,
    AgreementStatus,
    ConsentTopic,
    GoalStatus,
)


class Goal(Entity, table=True):
    """A goal in the family's own words."""

    household_id: str = ref_field("household")
    person_id: str | None = ref_field("person", optional=True)  # whose goal, if one person's
    text: str = Field(max_length=1000)
    status: GoalStatus = enum_field(GoalStatus.ACTIVE)
    started_on: date | None = None
    closed_on: date | None = None


class GoalScore(Entity, table=True):
    """A scaling-question answer (0–10) for a goal, usually asked at a visit."""

    __tablename__ = "goal_score"

    goal_id: str = ref_field("goal")
    visit_id: str | None = ref_field("visit", optional=True)
    score: int = Field(ge=0, le=10)
    recorded_on: date
    note: str = Field(default="", max_length=1000)


class Agreement(Entity, table=True):
    """Who does what, when. The owner is a member, network person, organisation or the worker."""

    household_id: str = ref_field("household")
    visit_id: str | None = ref_field("visit", optional=True)
    what: str = Field(max_length=1000)
    owner_kind: AgreementOwnerKind = enum_field(AgreementOwnerKind.MEMBER)
    owner_id: str | None = Field(default=None, max_length=36)
    due_on: date | None = Field(default=None, index=True)
    status: AgreementStatus = enum_field(AgreementStatus.OPEN, index=True)
    done_on: date | None = None


class Consent(Entity, table=True):
    """What the parents allow to be shared with which partners, for what purpose, until when.

    Withdrawn consent is kept (with the date) so the file shows what was allowed when.
    """

    household_id: str = ref_field("household")
    given_by_person_id: str | None = ref_field("person", optional=True)
    given_on: date
    purpose: str = Field(max_length=1000)
    organisation_ids: list[str] = list_field()  # partners in scope
    topics: list[ConsentTopic] = list_field()  # what may be shared
    person_ids: list[str] = list_field()  # people who may be named; others appear by role
    valid_until: date | None = None
    withdrawn_on: date | None = None
    withdrawn_reason: str = Field(default="", max_length=1000)
    recorded_by_worker_id: str | None = ref_field("worker", optional=True)

    def is_valid_on(self, day: date) -> bool:
        if self.deleted_at is not None or day < self.given_on:
            return False
        if self.withdrawn_on is not None and self.withdrawn_on <= day:
            return False
        return self.valid_until is None or day <= self.valid_until
