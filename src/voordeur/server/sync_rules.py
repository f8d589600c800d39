"""Which tables laptops may push, how a record's team and household are found, and validation.

All derived from the data model (`voordeur.model`) and the export's strict record models
(`domain.data_format.record_model`), so a new column needs no change here.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from pydantic import BaseModel, ValidationError

from voordeur.domain.data_format import Reference, record_model, referenced_ids
from voordeur.model import ENTITY_TYPES, HOUSEHOLD_PARENTS, NoteConflict
from voordeur.model.catalogues import NoteField
from voordeur.sync.protocol import CONFLICT_TABLE, SERVER_OWNED_TABLES

# Table → strict record model (every column required, JSON-mode types).
MODELS: dict[str, type[BaseModel]] = {
    str(cls.__tablename__): record_model(cls) for cls in (*ENTITY_TYPES, NoteConflict)
}
PUSHABLE_TABLES = frozenset(MODELS) - SERVER_OWNED_TABLES
FIELDS: dict[str, frozenset[str]] = {
    table: frozenset(model.model_fields) - {"id", "deleted_at"} for table, model in MODELS.items()
}
# Records whose team is a field of their own; every other record takes its parent's team.
TEAM_TABLES = frozenset({"household", "organisation"})
NOTE_FIELDS = frozenset(f.value for f in NoteField)
NOTE_TABLE = "visit"

_PARENTS = {str(cls.__tablename__): (name, str(parent.__tablename__))
            for cls, (name, parent) in HOUSEHOLD_PARENTS.items()}
_CONFLICT_REFERENCES = (Reference("household_id", "household"), Reference("visit_id", "visit"))


def parent_of(table: str) -> tuple[str, str] | None:
    """(field, table) of the record that decides this record's team; None for team tables."""
    if table in TEAM_TABLES:
        return None
    if "household_id" in FIELDS[table]:
        return "household_id", "household"
    if table in _PARENTS:
        return _PARENTS[table]
    raise KeyError(table)  # a new table without a parent rule must be given one


def references(table: str, values: dict[str, Any]) -> Iterator[tuple[str, str, str]]:
    """(field, target table, id) for every id the record's values refer to."""
    if table == CONFLICT_TABLE:
        for ref in _CONFLICT_REFERENCES:
            value = values.get(ref.field)
            if value and isinstance(value, str):
                yield ref.field, str(ref.table), value
        return
    yield from referenced_ids(table, values)


_ID_FIELDS = {table: tuple(f for f in fields if f.endswith("_id"))
              for table, fields in FIELDS.items()}
_ID_LIST_FIELDS = {table: tuple(f for f in fields if f.endswith("_ids"))
                   for table, fields in FIELDS.items()}


def candidate_ids(table: str, values: dict[str, Any]) -> Iterator[str]:
    """Every value of an id or id-list field: the records a change may point at."""
    for name in _ID_FIELDS.get(table, ()):
        value = values.get(name)
        if value and isinstance(value, str):
            yield value
    for name in _ID_LIST_FIELDS.get(table, ()):
        value = values.get(name)
        if isinstance(value, list):
            yield from (v for v in value if v and isinstance(v, str))


def validate(table: str, record_id: str, values_json: str) -> str | None:
    """None if the record is valid, else a reason naming the field (never the value)."""
    body = values_json[1:-1]
    text = f'{{"id":{json.dumps(record_id)},"deleted_at":null{"," if body else ""}{body}}}'
    try:
        MODELS[table].model_validate_json(text, strict=True)
    except ValidationError as exc:
        error = exc.errors(include_input=False, include_url=False)[0]
        field = ".".join(str(p) for p in error["loc"]) or "record"
        if error["type"] == "missing":
            return f"missing field {field}"
        if error["type"] == "extra_forbidden":
            return f"unknown field {field}"
        if error["type"] == "value_error":  # model.value_rules and snapshot checks: no values
            return f"invalid field {field}: {str(error['msg']).removeprefix('Value error, ')}"
        return f"invalid field {field} ({error['type']})"
    return None
