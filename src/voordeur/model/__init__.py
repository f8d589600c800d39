"""The data model: the one place the schema is defined (SQLModel tables and value types)."""

from voordeur.model.base import Entity, UTCDateTime, utcnow
from voordeur.model.household import (
    FamilyRelation,
    Household,
    HouseholdPartner,
    Organisation,
    Person,
    Team,
    Worker,
)
from voordeur.model.ids import new_id
from voordeur.model.log import AccessLogEntry, StoreMeta
from voordeur.model.network import EcogramPosition, EcogramSnapshot, Tie
from voordeur.model.plan import Agreement, Consent, Goal, GoalScore
from voordeur.model.sync import NoteConflict
from voordeur.model.visit import NoteRevision, PlanRevision, Visit

# Synced record types in dependency order: a record only refers to types listed before it.
ENTITY_TYPES: tuple[type[Entity], ...] = (
    Team,
    Worker,
    Organisation,
    Household,
    Person,
    HouseholdPartner,
    FamilyRelation,
    Tie,
    EcogramPosition,
    Visit,
    EcogramSnapshot,
    NoteRevision,
    PlanRevision,
    Goal,
    GoalScore,
    Agreement,
    Consent,
)
# Everything a pull may bring: the exported types plus the visible note conflicts.
SYNCED_TYPES: tuple[type[Entity], ...] = (*ENTITY_TYPES, NoteConflict)

# Records without a household_id belong to a household through a parent: (field, parent type).
HOUSEHOLD_PARENTS: dict[type[Entity], tuple[str, type[Entity]]] = {
    GoalScore: ("goal_id", Goal),
    NoteRevision: ("visit_id", Visit),
}

__all__ = [
    "ENTITY_TYPES",
    "HOUSEHOLD_PARENTS",
    "SYNCED_TYPES",
    "AccessLogEntry",
    "Agreement",
    "Consent",
    "EcogramPosition",
    "EcogramSnapshot",
    "Entity",
    "FamilyRelation",
    "Goal",
    "GoalScore",
    "Household",
    "HouseholdPartner",
    "NoteConflict",
    "NoteRevision",
    "Organisation",
    "Person",
    "PlanRevision",
    "StoreMeta",
    "Team",
    "Tie",
    "UTCDateTime",
    "Visit",
    "Worker",
    "new_id",
    "utcnow",
]
