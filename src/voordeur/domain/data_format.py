"""The versioned JSON document of `voordeur export` / `voordeur import` (docs/data-format.md).

The record models are derived from the SQLModel tables, so the tables stay the one place the
schema is defined: every column becomes a required field with the column's type and constraints,
made stricter where JSON needs it (canonical UUID ids, aware ISO-8601 datetimes, enum values, no
type coercion, no unknown fields). `json_schema()` is generated from the same models;
docs/voordeur-export.schema.json is its committed output (`python -m voordeur.domain.data_format
> docs/voordeur-export.schema.json`), and a test keeps the two equal.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import Enum
from types import NoneType, UnionType
from typing import Annotated, Any, Literal, Union, get_args, get_origin

from annotated_types import BaseMetadata
from pydantic import (
    AfterValidator,
    AwareDatetime,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    WithJsonSchema,
    create_model,
    model_validator,
)
from pydantic.fields import FieldInfo
from sqlmodel import SQLModel

from voordeur.domain.ecogram import Ecogram
from voordeur.model import ENTITY_TYPES, AccessLogEntry, Entity
from voordeur.model import value_rules as rules

FORMAT_NAME = "voordeur-export"
FORMAT_VERSION = 3  # 2: the household plan's revisions; visits plan the next visit, can be void
# 3: the worker's profile (organisation, phone, e-mail); an organisation's address and contact
SCHEMA_ID = "https://voordeur.nl/schema/voordeur-export-1.schema.json"

# Table name → table class, in dependency order (a record refers to its own table or earlier ones).
TABLES: dict[str, type[Entity]] = {str(cls.__tablename__): cls for cls in ENTITY_TYPES}

UUID_RE = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
DATETIME_RE = (
    "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}"  # date and time
    "(\\.[0-9]{1,6})?(Z|[+-][0-9]{2}:[0-9]{2})$"  # optional fraction, required offset
)
_DATETIME = re.compile(DATETIME_RE)

Uuid = Annotated[str, StringConstraints(pattern=f"^{UUID_RE}$")]
UuidOrEmpty = Annotated[str, StringConstraints(pattern=f"^({UUID_RE})?$")]


def _iso_datetime(value: object) -> object:
    # Parsed here, not by pydantic: it would also read "1700000000" as a Unix time, and after a
    # before-validator the strict datetime check no longer accepts text.
    if not isinstance(value, str):
        return value  # the strict datetime check reports the wrong type
    if not _DATETIME.fullmatch(value):
        if _DATETIME.fullmatch(value + "Z"):
            raise ValueError("a date and time needs a UTC offset, like +01:00 or Z")
        raise ValueError("expected an ISO-8601 date and time with a UTC offset")
    return datetime.fromisoformat(value)


IsoDateTime = Annotated[
    AwareDatetime,
    BeforeValidator(_iso_datetime),
    WithJsonSchema({"type": "string", "format": "date-time", "pattern": DATETIME_RE}),
]

STRICT = ConfigDict(strict=True, extra="forbid")


# -- record models derived from the tables ------------------------------------------------------
def _split_optional(annotation: Any) -> tuple[Any, bool]:
    if get_origin(annotation) in (Union, UnionType):
        args = [a for a in get_args(annotation) if a is not NoneType]
        if len(args) == 1 and len(get_args(annotation)) == 2:
            return args[0], True
    return annotation, False


def _field_type(table: str, name: str, field: FieldInfo) -> Any:
    """The column's type and constraints, plus `model.value_rules` (no control characters,
    bounded numbers, dates and lists) and the checks of `VALUE_CHECKS`."""
    inner, nullable = _split_optional(field.annotation)
    constraints = [m for m in field.metadata if isinstance(m, BaseMetadata)]
    is_id = name == "id" or name.endswith("_id")
    if inner is datetime:
        kind: Any = Annotated[IsoDateTime, AfterValidator(rules.check_moment)]
    elif inner is date:
        kind = Annotated[date, AfterValidator(rules.check_day)]
    elif inner is str and is_id:
        kind = UuidOrEmpty if field.default == "" else Uuid
    elif get_origin(inner) is list:
        item = Uuid if name.endswith("_ids") else get_args(inner)[0]
        # The access log (export only, never imported) lists what one action touched: unbounded.
        limit = None if table == str(AccessLogEntry.__tablename__) else rules.MAX_LIST_ITEMS
        kind = Annotated[list[item], Field(max_length=limit)]  # type: ignore[valid-type]
    elif inner is str:
        check = _multiline_text if rules.is_multiline(table, name) else _one_line_text
        kind = Annotated[str, *constraints, AfterValidator(check)]
    elif inner is float:
        limit = rules.COORDINATE_LIMIT
        kind = Annotated[float, *constraints, Field(allow_inf_nan=False, ge=-limit, le=limit)]
    elif inner is int and not constraints:
        kind = Annotated[int, Field(ge=-rules.INT_LIMIT, le=rules.INT_LIMIT)]
    elif constraints:
        kind = Annotated[inner, *constraints]
    else:
        kind = inner
    check_value = VALUE_CHECKS.get((table, name))
    if check_value is not None:
        kind = Annotated[kind, AfterValidator(check_value)]
    return kind | None if nullable else kind


def _one_line_text(text: str) -> str:
    return rules.check_text(text)


def _multiline_text(text: str) -> str:
    return rules.check_text(text, multiline=True)


def _snapshot_data(data: Any) -> Any:
    """`ecogram_snapshot.data` must be a snapshot the ecogram can read (`Ecogram.from_dict`
    checks the format, its version and its bounds)."""
    Ecogram.from_dict(data)
    return data


# Checks of whole values that the column type cannot express, by (table, field).
VALUE_CHECKS: dict[tuple[str, str], Callable[[Any], Any]] = {
    ("ecogram_snapshot", "data"): _snapshot_data,
}


def record_model(cls: type[SQLModel], table: str | None = None) -> type[BaseModel]:
    """A strict pydantic model with one required field per column of the table `cls`."""
    table = table or str(cls.__tablename__)
    fields: dict[str, Any] = {
        name: (_field_type(table, name, info), ...) for name, info in cls.model_fields.items()
    }
    return create_model(  # type: ignore[call-overload, no-any-return]
        f"{cls.__name__}Record", __config__=STRICT, __doc__=cls.__doc__, **fields
    )


RECORD_MODELS: dict[str, type[BaseModel]] = {t: record_model(c, t) for t, c in TABLES.items()}
AccessLogRecord = record_model(AccessLogEntry)

Records = create_model(  # type: ignore[call-overload]
    "Records",
    __config__=STRICT,
    __doc__="One list per record type, in dependency order; records sorted by id.",
    **{table: (list[model], ...) for table, model in RECORD_MODELS.items()},  # type: ignore[valid-type]
)


class Scope(BaseModel):
    """What was exported: everything, one household, or everything about one person."""

    model_config = STRICT
    kind: Literal["all", "household", "person"]
    id: Uuid | None = Field(description="The household or person id; null for kind 'all'.")

    @model_validator(mode="after")
    def _id_matches_kind(self) -> Scope:
        if (self.kind == "all") != (self.id is None):
            raise ValueError("scope id must be null for kind 'all' and set otherwise")
        return self


class Document(BaseModel):
    """A Voordeur export (format 'voordeur-export', version 3)."""

    model_config = ConfigDict(strict=True, extra="forbid", title="Voordeur export")
    format: Literal["voordeur-export"]
    version: Literal[3]
    exported_at: IsoDateTime
    scope: Scope
    records: Records  # type: ignore[valid-type]
    access_log: list[AccessLogRecord] | None = Field(  # type: ignore[valid-type]
        default=None,
        description="Person scope only: who did what with this person's records. Read-only; "
        "import ignores it.",
    )


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of the document, generated from the models."""
    schema = Document.model_json_schema()
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": SCHEMA_ID, **schema}


# -- records as JSON ----------------------------------------------------------------------------
def to_json_value(value: Any) -> Any:
    if isinstance(value, datetime):
        if value.tzinfo is None:
            raise ValueError("naive datetime: Voordeur stores aware datetimes only")
        return value.astimezone(UTC).isoformat(timespec="microseconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, list | tuple):
        return [to_json_value(v) for v in value]
    if isinstance(value, dict):
        return {str(k): to_json_value(value[k]) for k in sorted(value, key=str)}
    return value


def record_to_json(row: SQLModel) -> dict[str, Any]:
    """Every column of `row` as JSON values, keys sorted, datetimes in UTC: equal data gives equal
    text."""
    return {name: to_json_value(getattr(row, name)) for name in sorted(type(row).model_fields)}


# -- references between records -----------------------------------------------------------------
@dataclass(frozen=True)
class Reference:
    """A field holding the id(s) of other records: in one table, or in a table named by a kind."""

    field: str
    table: str | None = None
    kind_field: str | None = None
    many: bool = False


# NodeKind and AgreementOwnerKind values → the table their id lives in.
KIND_TABLES: dict[str, str] = {
    "household": "household",
    "person": "person",
    "organisation": "organisation",
    "member": "person",
    "network": "person",
    "worker": "worker",
}

# References the database cannot enforce (no foreign key), so import checks them itself.
SOFT_REFERENCES: dict[str, tuple[Reference, ...]] = {
    "tie": (
        Reference("source_id", kind_field="source_kind"),
        Reference("target_id", kind_field="target_kind"),
    ),
    "ecogram_position": (Reference("node_id", kind_field="node_kind"),),
    "visit": (Reference("present_person_ids", "person", many=True),),
    "note_revision": (Reference("base_revision_id", "note_revision"),),
    "plan_revision": (Reference("base_revision_id", "plan_revision"),
                      Reference("merged_revision_id", "plan_revision")),
    "agreement": (Reference("owner_id", kind_field="owner_kind"),),
    "consent": (
        Reference("organisation_ids", "organisation", many=True),
        Reference("person_ids", "person", many=True),
    ),
}


def references(table: str) -> tuple[Reference, ...]:
    """Foreign keys (from the table definition) and soft references of a record type."""
    found = []
    for name, info in TABLES[table].model_fields.items():
        foreign_key = getattr(info, "foreign_key", None)
        if isinstance(foreign_key, str):
            found.append(Reference(name, foreign_key.split(".")[0]))
    return (*found, *SOFT_REFERENCES.get(table, ()))


_REFERENCES = {table: references(table) for table in TABLES}


def referenced_ids(table: str, record: object) -> Iterator[tuple[str, str, str]]:
    """(field, target table, id) for every id a record (a row, model or mapping) refers to."""
    if isinstance(record, Mapping):
        get = record.get
    else:

        def get(name: str) -> Any:
            return getattr(record, name, None)

    for ref in _REFERENCES[table]:
        value = get(ref.field)
        if not value:
            continue
        target = ref.table
        if ref.kind_field is not None:
            kind = get(ref.kind_field)
            target = KIND_TABLES.get(str(getattr(kind, "value", kind)))
        if target is None:
            continue
        for ref_id in value if ref.many else (value,):
            yield ref.field, target, str(ref_id)


def main() -> None:
    print(json.dumps(json_schema(), indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
