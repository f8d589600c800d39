"""`voordeur import`: read a Voordeur export and upsert its records by id.

The whole file is checked before anything is written: size, UTF-8, JSON, format and version,
every record against the format's models, then duplicate ids and references. Records are then
written in one unit of work (so the import is one access-log entry and rolls back as a whole).
Timestamps come from the file, so export → import → export gives the same document.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from voordeur.domain.data_format import (
    FORMAT_NAME,
    FORMAT_VERSION,
    TABLES,
    UUID_RE,
    Document,
    record_to_json,
    referenced_ids,
)
from voordeur.model import ENTITY_TYPES, Entity
from voordeur.model.catalogues import AccessAction
from voordeur.services.unit_of_work import PROTECTED_FIELDS, UnitOfWork, unit_of_work
from voordeur.store.store import Store

MAX_IMPORT_BYTES = 200 * 1024 * 1024
MAX_LISTED_PROBLEMS = 20
_CHUNK = 500


class ImportRefused(Exception):
    """The file was not imported; nothing in the store was changed."""

    def __init__(self, problems: str | list[str], total: int | None = None) -> None:
        self.problems = [problems] if isinstance(problems, str) else list(problems)
        total = total if total is not None else len(self.problems)
        listed = self.problems[:MAX_LISTED_PROBLEMS]
        if len(listed) == 1 and total == 1:
            message = f"the file was not imported (nothing was changed): {listed[0]}"
        else:
            lines = "\n".join(f"  - {p}" for p in listed)
            more = f"\n  … and {total - len(listed)} more" if total > len(listed) else ""
            message = f"the file was not imported (nothing was changed); {total} problems:\n"
            message += lines + more
        super().__init__(message)


@dataclass
class TableCounts:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    kept_deleted: int = 0  # deleted in this store; an import never brings a record back


@dataclass
class ImportReport:
    per_table: dict[str, TableCounts] = field(
        default_factory=lambda: {t: TableCounts() for t in TABLES}
    )

    def _sum(self, name: str) -> int:
        return sum(getattr(c, name) for c in self.per_table.values())

    @property
    def created(self) -> int:
        return self._sum("created")

    @property
    def updated(self) -> int:
        return self._sum("updated")

    @property
    def unchanged(self) -> int:
        return self._sum("unchanged")

    @property
    def kept_deleted(self) -> int:
        return self._sum("kept_deleted")

    def describe(self) -> str:
        text = f"Imported: {self.created} new, {self.updated} updated, {self.unchanged} unchanged"
        if self.kept_deleted:
            text += f", {self.kept_deleted} left deleted (deleted in this store)"
        return text + "."


# -- reading and checking -----------------------------------------------------------------------
def import_from_file(store: Store, path: Path) -> ImportReport:
    """Check the whole file, then write it in one transaction; raises ImportRefused."""
    return import_document(store, read_document(path))


def read_document(path: Path) -> Document:
    """Read and validate a file without touching any store (also a dry run for the CLI)."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_IMPORT_BYTES:
            raise ImportRefused(_too_large())
        with path.open("rb") as handle:
            data = handle.read(MAX_IMPORT_BYTES + 1)
    except OSError as exc:
        raise ImportRefused(f"the file cannot be read ({exc.strerror or exc})") from None
    return parse_document(data)


def parse_document(data: bytes) -> Document:
    if len(data) > MAX_IMPORT_BYTES:
        raise ImportRefused(_too_large())
    if not data.strip():
        raise ImportRefused("the file is empty")
    try:
        text = data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError:
        raise ImportRefused("not a Voordeur export: the file is not UTF-8 text") from None
    try:
        raw = json.loads(text, parse_constant=_no_constant, object_pairs_hook=_no_duplicate_keys)
    except RecursionError:
        raise ImportRefused("not a Voordeur export: the JSON is nested too deeply") from None
    except _Malformed as exc:
        raise ImportRefused(f"the file is not valid JSON: {exc}") from None
    except json.JSONDecodeError as exc:
        raise ImportRefused(
            f"the file is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg}); "
            "it may be truncated or damaged"
        ) from None
    except ValueError:  # Python's int limit: a number with more than 4,300 digits
        raise ImportRefused(
            "not a valid Voordeur export: it holds a number with more digits than any field "
            "can take"
        ) from None
    _check_envelope(raw)
    if raw.get("version") in (1, 2):
        text = json.dumps(_upgrade_older(raw))
    del raw  # a large file need not be held twice while pydantic reads it
    try:
        document = Document.model_validate_json(text, strict=True)
    except ValidationError as exc:
        problems = [
            f"{_location(e['loc'])}: {_message(e)}"
            for e in exc.errors(include_url=False, include_input=False)
        ]
        raise ImportRefused(problems, total=exc.error_count()) from None
    duplicates = _duplicate_ids(document)
    if duplicates:
        raise ImportRefused(duplicates)
    return document


# Versions 1 (before the household plan carried over) and 2 (before the worker's profile and
# the sociale kaart) lack only fields with defaults.
READABLE_VERSIONS = (1, 2, FORMAT_VERSION)
_ADDED_IN_2 = {"visit": {"plan_frozen": False, "next_visit_kind": None,
                         "next_visit_location": "", "void_reason": ""}}
_ADDED_IN_3 = {"worker": {"organisation": "", "phone": "", "email": ""},
               "organisation": {"address": "", "contact_person": ""}}


def _upgrade_older(raw: dict[str, Any]) -> dict[str, Any]:
    """A version 1 or 2 document as the current version: the new fields at their defaults (a
    version 1 visit keeps the plan texts typed at it, which is what `plan_frozen=False` means)."""
    records = raw.get("records")
    if isinstance(records, dict):
        added = [_ADDED_IN_3] if raw.get("version") == 2 else [_ADDED_IN_2, _ADDED_IN_3]
        for fields in added:
            for table, defaults in fields.items():
                rows = records.get(table)
                if isinstance(rows, list):
                    for row in rows:
                        if isinstance(row, dict):
                            for name, value in defaults.items():
                                row.setdefault(name, value)
        records.setdefault("plan_revision", [])
    raw["version"] = FORMAT_VERSION
    return raw


class _Malformed(ValueError):
    pass


def _no_constant(name: str) -> Any:
    raise _Malformed(f"it contains {name}, which JSON does not allow")


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        twice = next(k for k, _ in pairs if k in seen or seen.add(k))  # type: ignore[func-returns-value]
        raise _Malformed(f"the key {twice[:60]!r} appears twice in one object")
    return result


def _too_large() -> str:
    return f"the file is larger than {MAX_IMPORT_BYTES // (1024 * 1024)} MB, the most import reads"


def _check_envelope(raw: Any) -> None:
    """Format and version first: a newer or foreign file gets a message that says so."""
    if not isinstance(raw, dict):
        raise ImportRefused(
            f"not a Voordeur export: the file holds a JSON {_json_kind(raw)}, not an object"
        )
    if raw.get("format") != FORMAT_NAME:
        raise ImportRefused(f'not a Voordeur export (its "format" is not "{FORMAT_NAME}")')
    version = raw.get("version")
    if isinstance(version, int) and not isinstance(version, bool):
        if version > FORMAT_VERSION:
            raise ImportRefused(
                f"this file was written by a newer Voordeur (format version {version}); "
                f"this version reads version {FORMAT_VERSION}"
            )
        if version not in READABLE_VERSIONS:
            raise ImportRefused(
                f"unknown format version {version}; this version reads version {FORMAT_VERSION}"
            )
        return
    if version is None:
        raise ImportRefused("the file does not say which format version it uses")
    raise ImportRefused(
        f"the format version must be a whole number, not {_json_kind(version)} "
        f"{json.dumps(version)[:20]}"
    )


def _json_kind(value: Any) -> str:
    kinds = {list: "array", str: "text", bool: "true/false", float: "number", int: "number"}
    return "null" if value is None else kinds.get(type(value), "object")


def _message(error: Any) -> str:
    kind = error["type"]
    if kind == "missing":
        return "missing"
    if kind == "extra_forbidden":
        return f"not part of format version {FORMAT_VERSION}"
    if kind == "string_pattern_mismatch" and UUID_RE in str(error.get("ctx", {}).get("pattern")):
        return "not a Voordeur id (a lower-case UUID such as 0192f0c4-5e1a-7b3c-8d2e-4f5a6b7c8d9e)"
    return str(error["msg"]).removeprefix("Value error, ")


def _location(loc: Iterable[int | str]) -> str:
    text = ""
    for part in loc:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or "(the whole file)"


def _duplicate_ids(document: Document) -> list[str]:
    first_seen: dict[str, str] = {}
    problems = []
    for table in TABLES:
        for index, record in enumerate(getattr(document.records, table)):
            where = f"records.{table}[{index}].id"
            if record.id in first_seen:
                problems.append(f"{where}: the id is used twice (also at {first_seen[record.id]})")
            else:
                first_seen[record.id] = where
    return problems


def _existing_ids(session: Session, cls: type[Entity], ids: Iterable[str]) -> set[str]:
    wanted, found = sorted(ids), set()
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start : start + _CHUNK]
        found.update(session.exec(select(cls.id).where(col(cls.id).in_(chunk))).all())
    return found


def _missing_references(session: Session, document: Document) -> list[str]:
    """Every id a record refers to must be in the file or already in the store."""
    in_file = {t: {r.id for r in getattr(document.records, t)} for t in TABLES}
    wanted: dict[str, dict[str, list[str]]] = {t: {} for t in TABLES}
    for table in TABLES:
        for index, record in enumerate(getattr(document.records, table)):
            for name, target, ref_id in referenced_ids(table, record):
                if ref_id not in in_file[target]:
                    where = f"records.{table}[{index}].{name}"
                    wanted[target].setdefault(ref_id, []).append(where)
    problems = []
    for target, refs in wanted.items():
        known = _existing_ids(session, TABLES[target], refs)
        for ref_id, places in refs.items():
            if ref_id not in known:
                problems += [
                    f"{where}: refers to {target} {ref_id}, which is neither in the file "
                    "nor in this store"
                    for where in places
                ]
    return sorted(problems, key=_file_order(document))


def _file_order(document: Document) -> Any:
    order = {table: i for i, table in enumerate(TABLES)}

    def key(problem: str) -> tuple[int, int]:
        table, _, rest = problem.removeprefix("records.").partition("[")
        return order.get(table, 99), int(rest.partition("]")[0] or 0)

    return key


# -- writing ------------------------------------------------------------------------------------
def import_document(store: Store, document: Document) -> ImportReport:
    """Upsert the document's records by id in one transaction; raises ImportRefused."""
    duplicates = _duplicate_ids(document)
    if duplicates:
        raise ImportRefused(duplicates)
    report = ImportReport()
    try:
        with unit_of_work(store, action=AccessAction.IMPORT, detail="json import") as uow:
            # Checked in the writing transaction, so the store cannot change in between.
            missing = _missing_references(uow.session, document)
            if missing:
                raise ImportRefused(missing)
            for cls in ENTITY_TYPES:
                table = str(cls.__tablename__)
                _write_table(uow, cls, getattr(document.records, table), report.per_table[table])
    except IntegrityError as exc:
        raise ImportRefused(f"the store refused the records ({exc.orig})") from None
    if not (report.created or report.updated):
        # No write means no entry from the unit of work; the import is still worth a line.
        store.log(
            AccessAction.IMPORT,
            detail=f"json import: no changes, {report.unchanged + report.kept_deleted} records",
        )
    return report


def _write_table(
    uow: UnitOfWork, cls: type[Entity], records: list[BaseModel], counts: TableCounts
) -> None:
    for start in range(0, len(records), _CHUNK):
        chunk = records[start : start + _CHUNK]
        ids = [r.id for r in chunk]  # type: ignore[attr-defined]
        existing = {
            row.id: row for row in uow.session.exec(select(cls).where(col(cls.id).in_(ids))).all()
        }
        for record in chunk:
            incoming = cls(**dict(record))
            _write_record(uow, existing.get(incoming.id), incoming, counts)


def _write_record(
    uow: UnitOfWork, current: Entity | None, incoming: Entity, counts: TableCounts
) -> None:
    # Read before the unit of work stamps "now" on the record.
    stamps = (incoming.created_at, incoming.updated_at, incoming.deleted_at)
    if current is None:
        incoming.deleted_at = None
        uow.add(incoming)
        if stamps[2] is not None:
            uow.delete(incoming)  # so the deletion is a change of its own, as in the app
        _copy_timestamps(incoming, *stamps)
        counts.created += 1
        return
    old, new = record_to_json(current), record_to_json(incoming)
    if old == new:
        counts.unchanged += 1
        return
    if current.deleted_at is not None:
        counts.kept_deleted += 1
        return
    fields = {
        k: getattr(incoming, k) for k in new if k not in PROTECTED_FIELDS and old[k] != new[k]
    }
    if not fields and incoming.deleted_at is None:
        counts.unchanged += 1  # same content, other timestamps: nothing to import
        return
    if fields:
        uow.update(current, **fields)
    if incoming.deleted_at is not None:
        uow.delete(current)
    _copy_timestamps(current, *stamps)
    counts.updated += 1


def _copy_timestamps(
    row: Entity, created: datetime, updated: datetime, deleted: datetime | None
) -> None:
    """The unit of work stamps "now"; an imported record keeps the times it has in the file.

    Set in the same transaction, after the unit of work recorded the change, so the change log
    (and the access log) still says when the import happened.
    """
    row.created_at, row.updated_at, row.deleted_at = created, updated, deleted
