"""Visits (contactmomenten) and the revisions of their free-text fields."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Field

from voordeur.model.base import Entity, UTCDateTime, utcnow
from voordeur.model.base_fields import enum_field, list_field, ref_field
from voordeur.model.catalogues import NoteField, Theme, VisitKind, VisitStatus

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
    request: str = Field(default="", max_length=MAX_NOTE_CHARS)  # hulpvraag, in own words
    strengths: str = Field(default="", max_length=MAX_NOTE_CHARS)  # krachten, one per line
    concerns: str = Field(default="", max_length=MAX_NOTE_CHARS)  # zorgen, one per line
    themes: list[Theme] = list_field()
    next_visit_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    status: VisitStatus = enum_field(VisitStatus.DRAFT)
    finalised_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


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
