"""Visits (contactmomenten) and the revisions of their free-text fields."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Field

from voordeur.model.base import Entity, UTCDateTime, utcnow
from voordeur.model.base_fields import enum_field, list_field, ref_field
from voordeur.model.catalogues import NoteField, PlanField, Theme, VisitKind, VisitStatus

MAX_NOTE_CHARS = 200_000


class Visit(Entity, table=True):
    household_id: str = ref_field("household")
    worker_id: str | None = ref_field("worker", optional=True)
    kind: VisitKind = enum_field(VisitKind.HOME_VISIT)
    starts_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, index=True)
    duration_minutes: int | None = Field(default=None, ge=0, le=24 * 60)
    location: str = Field(default="", max_length=200)
    present_person_ids: list[str] = list_field()
    present_other: str = Field(default="", max_length=500)  # "tolk", "juf van Sem" ...
    notes: str = Field(default="", max_length=MAX_NOTE_CHARS)
    # The household's plan texts as they stood at this visit. The plan itself carries over in
    # `PlanRevision`; a visit keeps its copy when it is made final (`plan_frozen`). Visits made
    # final before that (store version < 0004) hold only what was typed at them.
    request: str = Field(default="", max_length=MAX_NOTE_CHARS)  # hulpvraag, in own words
    strengths: str = Field(default="", max_length=MAX_NOTE_CHARS)  # krachten, one per line
    concerns: str = Field(default="", max_length=MAX_NOTE_CHARS)  # zorgen, one per line
    plan_frozen: bool = False
    themes: list[Theme] = list_field()
    # The next visit as planned at this visit; only the household's latest visit's plan counts.
    next_visit_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    next_visit_kind: VisitKind | None = enum_field(None)
    next_visit_location: str = Field(default="", max_length=200)
    status: VisitStatus = enum_field(VisitStatus.DRAFT)
    finalised_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    void_reason: str = Field(default="", max_length=1000)  # why a final visit was "vervallen"


class NoteRevision(Entity, table=True):
    """One saved version of a free-text field of a visit.

    Kept for every edit of a final visit (so the case file shows what changed) and as the base
    for merging notes edited on two devices.
    """

    __tablename__ = "note_revision"

    visit_id: str = ref_field("visit")
    field: NoteField = enum_field()
    text: str = Field(default="", max_length=MAX_NOTE_CHARS)
    base_revision_id: str | None = Field(default=None, max_length=36)
    worker_id: str | None = ref_field("worker", optional=True)
    device_id: str = Field(default="", max_length=36)
    saved_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    reason: str = Field(default="edit", max_length=32)  # final, edit_after_final, merge


class PlanRevision(Entity, table=True):
    """One version of a text of the household's plan (its question, strengths or concerns).

    The newest live revision of a field is the plan's current text. Revisions are only added
    (an editing session brings its own latest one up to date), so two laptops that change the
    same text offline both keep theirs: two newest revisions on the same base are a fork the
    worker is asked to settle, never a silent overwrite.
    """

    __tablename__ = "plan_revision"

    household_id: str = ref_field("household")
    field: PlanField = enum_field()
    text: str = Field(default="", max_length=MAX_NOTE_CHARS)
    visit_id: str | None = ref_field("visit", optional=True)  # the visit it was changed at
    base_revision_id: str | None = Field(default=None, max_length=36)
    merged_revision_id: str | None = Field(default=None, max_length=36)  # a fork it settles
    worker_id: str | None = ref_field("worker", optional=True)
    device_id: str = Field(default="", max_length=36)
    saved_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, index=True)
