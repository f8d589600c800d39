"""`voordeur export`: everything, one household, or everything about one person, as JSON.

The document is described in docs/data-format.md. Equal data always gives equal bytes (apart from
`exported_at`): records are sorted by id, keys are sorted, datetimes are written in UTC.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import or_, text
from sqlmodel import Session, col, select

from voordeur.domain.data_format import (
    FORMAT_NAME,
    FORMAT_VERSION,
    TABLES,
    record_to_json,
    referenced_ids,
    to_json_value,
)
from voordeur.model import (
    AccessLogEntry,
    Agreement,
    Consent,
    EcogramPosition,
    Entity,
    FamilyRelation,
    Goal,
    GoalScore,
    Household,
    NoteRevision,
    Person,
    Tie,
    Visit,
    utcnow,
)
from voordeur.model.catalogues import AccessAction, AccessOutcome, AgreementOwnerKind, NodeKind
from voordeur.store.files import write_atomic
from voordeur.store.store import Store

# Records a household or person export pulls in because its records point at them.
CONTEXT_TABLES = ("team", "worker", "organisation")
# Free-text fields of a visit searched for a person's name (person scope).
VISIT_TEXT_FIELDS = ("notes", "request", "strengths", "concerns", "present_other")
# Agreement owner kinds whose owner_id is a person.
PERSON_OWNERS = (AgreementOwnerKind.MEMBER.value, AgreementOwnerKind.NETWORK.value)


class ExportError(Exception):
    """The export cannot be made as asked (unknown id, conflicting options, unwritable file)."""


@dataclass(frozen=True)
class ExportResult:
    path: Path
    scope: str
    scope_id: str | None
    per_table: dict[str, int]
    access_log_entries: int = 0

    @property
    def records(self) -> int:
        return sum(self.per_table.values())

    def describe(self) -> str:
        what = "everything" if self.scope == "all" else f"{self.scope} {self.scope_id}"
        text = f"{self.records} records ({what})"
        if self.access_log_entries:
            text += f" and {self.access_log_entries} access-log entries"
        return text


@dataclass
class _Selection:
    rows: dict[str, dict[str, Entity]] = field(default_factory=lambda: {t: {} for t in TABLES})

    def add(self, rows: list[Any]) -> list[Any]:
        for row in rows:
            self.rows[str(row.__tablename__)][row.id] = row
        return rows

    def ids(self, table: str) -> list[str]:
        return list(self.rows[table])


# -- public API ---------------------------------------------------------------------------------
def export_to_file(
    store: Store, out: Path, *, household_id: str | None = None, person_id: str | None = None
) -> ExportResult:
    """Write the export to `out` atomically and log it; the file is readable by the owner only."""
    document = build_document(store, household_id=household_id, person_id=person_id)
    scope = document["scope"]
    per_table = {table: len(rows) for table, rows in document["records"].items()}
    result = ExportResult(
        Path(out), scope["kind"], scope["id"], per_table, len(document.get("access_log", []))
    )
    subjects = _log_subjects(document)
    detail = f"json export, scope {result.scope}, {result.records} records"
    try:
        write_atomic(Path(out), encode_document(document))
    except BaseException as exc:
        store.log(AccessAction.EXPORT, subjects, outcome=AccessOutcome.ERROR, detail=detail)
        if isinstance(exc, OSError):
            raise ExportError(f"cannot write {out}: {exc.strerror or exc}") from exc
        raise
    store.log(AccessAction.EXPORT, subjects, detail=detail)
    return result


def build_document(
    store: Store, *, household_id: str | None = None, person_id: str | None = None
) -> dict[str, Any]:
    """The export document as JSON-ready values. Does not log: callers that hand it out must."""
    if household_id is not None and person_id is not None:
        raise ExportError("export one household or one person, not both")
    access: list[dict[str, Any]] | None = None
    with store.session() as session:
        selection = _Selection()
        if person_id is not None:
            kind, scope_id = "person", person_id
            household = _select_person(session, selection, person_id)
            access = _access_log(session, [person_id, household])
        elif household_id is not None:
            kind, scope_id = "household", household_id
            _select_household(session, selection, household_id)
        else:
            kind, scope_id = "all", None
            for table, cls in TABLES.items():
                selection.rows[table] = {r.id: r for r in session.exec(select(cls)).all()}
        if kind != "all":
            _add_context(session, selection)
        records = {
            table: [record_to_json(rows[key]) for key in sorted(rows)]
            for table, rows in selection.rows.items()
        }
    document: dict[str, Any] = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "exported_at": to_json_value(utcnow()),
        "scope": {"kind": kind, "id": scope_id},
        "records": records,
    }
    if access is not None:
        # Other people's ids are no part of an answer to this person's access request.
        exported = {r["id"] for rows in records.values() for r in rows}
        for entry in access:
            entry["subject_ids"] = [i for i in entry["subject_ids"] if i in exported]
        document["access_log"] = access
    return document


def encode_document(document: dict[str, Any]) -> bytes:
    """UTF-8 JSON. Not sort_keys: the envelope and the tables keep their documented order (record
    keys are already sorted)."""
    text_ = json.dumps(document, ensure_ascii=False, indent=1, allow_nan=False)
    return (text_ + "\n").encode("utf-8")


# -- scopes -------------------------------------------------------------------------------------
def _all(session: Session, statement: Any) -> list[Any]:
    return list(session.exec(statement).all())


def _by_household(session: Session, cls: type[Any], household_id: str) -> list[Any]:
    return list(session.exec(select(cls).where(col(cls.household_id) == household_id)).all())


def _children(session: Session, cls: type[Any], column: str, parent_ids: list[str]) -> list[Any]:
    found: list[Any] = []
    for start in range(0, len(parent_ids), 500):
        chunk = parent_ids[start : start + 500]
        found += session.exec(select(cls).where(col(getattr(cls, column)).in_(chunk))).all()
    return found


def _select_household(session: Session, selection: _Selection, household_id: str) -> None:
    household = session.get(Household, household_id)
    if household is None:
        raise ExportError(f"there is no household with id {household_id}")
    selection.add([household])
    for table, cls in TABLES.items():
        if table != "household" and "household_id" in cls.model_fields:
            selection.add(_by_household(session, cls, household_id))
    selection.add(_children(session, NoteRevision, "visit_id", selection.ids("visit")))
    selection.add(_children(session, GoalScore, "goal_id", selection.ids("goal")))


def _select_person(session: Session, selection: _Selection, person_id: str) -> str:
    """Select what is about one person (an AVG access request); returns their household id."""
    person = session.get(Person, person_id)
    if person is None:
        raise ExportError(f"there is no person with id {person_id}")
    household_id = person.household_id
    selection.add([person, session.get(Household, household_id)])
    relation_a, relation_b = col(FamilyRelation.person_a_id), col(FamilyRelation.person_b_id)
    selection.add(
        _all(
            session,
            select(FamilyRelation).where(or_(relation_a == person_id, relation_b == person_id)),
        )
    )
    node = NodeKind.PERSON.value
    is_source = (col(Tie.source_kind) == node) & (col(Tie.source_id) == person_id)
    is_target = (col(Tie.target_kind) == node) & (col(Tie.target_id) == person_id)
    selection.add(_all(session, select(Tie).where(or_(is_source, is_target))))
    is_node = (col(EcogramPosition.node_kind) == node) & (col(EcogramPosition.node_id) == person_id)
    selection.add(_all(session, select(EcogramPosition).where(is_node)))
    mentions = _name_pattern(person)
    visits = _by_household(session, Visit, household_id)
    selection.add(
        [v for v in visits if person_id in v.present_person_ids or _mentions(v, mentions)]
    )
    selection.add(_children(session, NoteRevision, "visit_id", selection.ids("visit")))
    goals = selection.add(_all(session, select(Goal).where(col(Goal.person_id) == person_id)))
    selection.add(_children(session, GoalScore, "goal_id", [g.id for g in goals]))
    owned = (col(Agreement.owner_id) == person_id) & col(Agreement.owner_kind).in_(PERSON_OWNERS)
    selection.add(_all(session, select(Agreement).where(owned)))
    consents = _by_household(session, Consent, household_id)
    selection.add(
        [c for c in consents if c.given_by_person_id == person_id or person_id in c.person_ids]
    )
    return household_id


def _name_pattern(person: Person) -> re.Pattern[str] | None:
    name = " ".join(part for part in (person.first_name.strip(), person.last_name.strip()) if part)
    if not name:
        return None
    words = (re.escape(w) for w in name.split())
    return re.compile(r"\b" + r"\s+".join(words) + r"\b", re.IGNORECASE)


def _mentions(visit: Visit, pattern: re.Pattern[str] | None) -> bool:
    return pattern is not None and any(
        pattern.search(getattr(visit, name) or "") for name in VISIT_TEXT_FIELDS
    )


def _add_context(session: Session, selection: _Selection) -> None:
    """Add the teams, workers and organisations the selected records refer to (and theirs)."""
    pending = True
    while pending:
        pending = False
        wanted: dict[str, set[str]] = {t: set() for t in CONTEXT_TABLES}
        for table, rows in selection.rows.items():
            for row in rows.values():
                for _field, target, ref_id in referenced_ids(table, row):
                    if target in wanted and ref_id not in selection.rows[target]:
                        wanted[target].add(ref_id)
        for target, ids in wanted.items():
            if ids:
                found = selection.add(_children(session, TABLES[target], "id", sorted(ids)))
                pending = pending or bool(found)


def _access_log(session: Session, subject_ids: list[str]) -> list[dict[str, Any]]:
    # LIKE narrows the scan inside SQLite; ids are hex and dashes, so no LIKE wildcards.
    clauses = " OR ".join(f"subject_ids LIKE :p{i}" for i in range(len(subject_ids)))
    params = {f"p{i}": f'%"{sid}"%' for i, sid in enumerate(subject_ids)}
    seqs = [
        r[0]
        for r in session.connection().execute(
            text(f"SELECT seq FROM access_log WHERE {clauses} ORDER BY seq"), params
        )
    ]
    entries: list[dict[str, Any]] = []
    for start in range(0, len(seqs), 500):
        rows = session.exec(
            select(AccessLogEntry)
            .where(col(AccessLogEntry.seq).in_(seqs[start : start + 500]))
            .order_by(col(AccessLogEntry.seq))
        ).all()
        wanted = set(subject_ids)
        entries += [record_to_json(r) for r in rows if wanted.intersection(r.subject_ids)]
    return entries


def _log_subjects(document: dict[str, Any]) -> list[str]:
    scope = document["scope"]
    households = [r["id"] for r in document["records"]["household"]]
    if scope["kind"] == "all":
        return households
    return [scope["id"], *(h for h in households if h != scope["id"])]
