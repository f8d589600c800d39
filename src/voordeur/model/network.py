"""The ecogram: ties in Hartman's notation, node positions and snapshots."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON
from sqlmodel import Field

from voordeur.model.base import Entity, UTCDateTime, utcnow
from voordeur.model.base_fields import enum_field, list_field, ref_field
from voordeur.model.catalogues import (
    NodeKind,
    SupportDirection,
    SupportType,
    TieQuality,
    TieStrength,
)


class Tie(Entity, table=True):
    """A relation between two nodes of a household's ecogram (household, person, organisation).

    `support_types` holds the P/G/A/E codes (SupportType values) of the support given.
    """

    household_id: str = ref_field("household")
    source_kind: NodeKind = enum_field()
    source_id: str = Field(max_length=36, index=True)
    target_kind: NodeKind = enum_field()
    target_id: str = Field(max_length=36, index=True)
    strength: TieStrength = enum_field(TieStrength.NORMAL)
    quality: TieQuality = enum_field(TieQuality.NEUTRAL)
    direction: SupportDirection = enum_field(SupportDirection.NONE)
    support_types: list[SupportType] = list_field()
    note: str = Field(default="", max_length=2000)


class EcogramPosition(Entity, table=True):
    """Where the worker (and the family) placed a node; absent nodes are laid out automatically."""

    __tablename__ = "ecogram_position"

    household_id: str = ref_field("household")
    node_kind: NodeKind = enum_field()
    node_id: str = Field(max_length=36, index=True)
    x: float = 0.0
    y: float = 0.0
    pinned: bool = True


class EcogramSnapshot(Entity, table=True):
    """A frozen copy of the ecogram (nodes, ties, positions) at a visit or on demand.

    `data` is self-contained (labels included) so a snapshot still shows what the network looked
    like after people were edited or removed.
    """

    __tablename__ = "ecogram_snapshot"

    household_id: str = ref_field("household")
    visit_id: str | None = ref_field("visit", optional=True)
    taken_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    label: str = Field(default="", max_length=200)
    data: dict[str, Any] = Field(default_factory=dict, sa_type=JSON)
