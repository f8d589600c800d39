"""The team's sociale kaart: the organisations of the wijk (name, kind, address, phone, contact
person), typed once or imported from a CSV file, synced to the team (an organisation carries its
`team_id`), and offered when a contact is added to a household.

`search_catalogue` finds both: organisations on the kaart (by name, kind, address, contact) and
the kinds of the shipped Dutch catalogue (`model.catalogues.OrganisationKind`), so "consult"
finds the consultatiebureau even in a new store.

CSV: one header line with the columns naam;soort;adres;telefoon;contactpersoon (any order; `;`,
`,` or a tab between them; UTF-8 or Windows-1252, as Excel saves it). The whole file is checked
first; a bad row refuses the file with its line number and nothing is written. An organisation
whose name is already on the kaart is updated, not added twice.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlmodel import col, select

from voordeur.model import Organisation, StoreMeta
from voordeur.model.catalogues import ORGANISATION_KIND_LABELS, OrganisationKind
from voordeur.model.value_rules import clean
from voordeur.services.household_queries import fold
from voordeur.services.households import ServiceError
from voordeur.services.unit_of_work import UnitOfWork, unit_of_work
from voordeur.store.store import META_TEAM, Store

MAX_CSV_BYTES = 5_000_000
MAX_ROWS = 5000
# CSV column → Organisation field; "naam" is required, the others may be left out.
COLUMNS = {"naam": "name", "soort": "kind", "adres": "address", "telefoon": "phone",
           "contactpersoon": "contact_person"}
_ENGLISH_COLUMNS = {"name": "naam", "kind": "soort", "address": "adres", "phone": "telefoon",
                    "contact": "contactpersoon", "contact_person": "contactpersoon"}
_LIMITS = {"name": 200, "address": 200, "phone": 40, "contact_person": 200}
EDITABLE = ("name", "kind", "address", "phone", "email", "contact_person", "neighbourhood")


@dataclass(frozen=True)
class MapEntry:
    id: str
    name: str
    kind: OrganisationKind
    address: str = ""
    phone: str = ""
    contact_person: str = ""
    email: str = ""
    neighbourhood: str = ""

    @property
    def kind_label(self) -> str:
        return ORGANISATION_KIND_LABELS[self.kind]


@dataclass(frozen=True)
class CatalogueResult:
    organisations: tuple[MapEntry, ...]  # on the kaart
    kinds: tuple[OrganisationKind, ...]  # of the shipped catalogue


def _entry(o: Organisation) -> MapEntry:
    return MapEntry(o.id, o.name, OrganisationKind(o.kind), o.address, o.phone,
                    o.contact_person, o.email, o.neighbourhood)


def social_map(store: Store) -> list[MapEntry]:
    """Every organisation on the kaart, by name."""
    with store.session() as session:
        rows = session.exec(select(Organisation)
                            .where(col(Organisation.deleted_at).is_(None))).all()
        entries = [_entry(o) for o in rows]
    return sorted(entries, key=lambda e: (fold(e.name), e.id))


def _words(text: str) -> list[str]:
    return fold(text).split()


def kind_matches(kind: OrganisationKind, text: str) -> bool:
    haystack = fold(f"{ORGANISATION_KIND_LABELS[kind]} {kind.value.replace('_', ' ')}")
    return all(word in haystack for word in _words(text))


def search_catalogue(entries: list[MapEntry], text: str) -> CatalogueResult:
    """The kaart's organisations and the catalogue's kinds that hold every word typed (as part of
    a word, without accents: "consult", "eigen", "ikc")."""
    words = _words(text)
    if not words:
        return CatalogueResult(tuple(entries), tuple(OrganisationKind))
    found = []
    for e in entries:
        haystack = fold(" ".join((e.name, e.kind_label, e.address, e.contact_person,
                                  e.neighbourhood)))
        if all(word in haystack for word in words):
            found.append(e)
    kinds = tuple(k for k in OrganisationKind if kind_matches(k, text))
    return CatalogueResult(tuple(found), kinds)


_NOT_A_KIND_WORD = frozenset({"met", "van", "de", "het", "een", "en", "werk"})


def guess_kind(name: str) -> OrganisationKind | None:
    """The catalogue's kind an organisation's name or a typed part of it suggests: "consult" and
    "Consultatiebureau Zevenkamp" → consultatiebureau, "Basisschool De Regenboog" → school,
    "Huis van de Wijk De Rokade" → buurtwerk; None when no kind's label says so. A whole part of
    a label in the name first, then a whole label word, then a label word begun."""
    folded = f" {fold(name)} "
    typed = [w for w in folded.replace("/", " ").split() if len(w) >= 4]
    labels = {k: fold(v).replace("(", "/").replace(")", "").replace(",", "/")
              for k, v in ORGANISATION_KIND_LABELS.items()}
    for kind, label in labels.items():
        parts = [p.strip(" .…") for p in label.split("/")]
        if any(" " in p and f" {p} " in folded for p in parts):
            return kind
    words = {k: [w.strip(".…") for w in label.replace("/", " ").split()] for k, label in
             labels.items()}
    words = {k: [w for w in ws if len(w) >= 3 and w not in _NOT_A_KIND_WORD]
             for k, ws in words.items()}
    for whole in (True, False):
        for kind, kind_words in words.items():
            for word in kind_words:
                if any(word in t if whole else word.startswith(t) for t in typed):
                    return kind
    return None


def parse_kind(text: str) -> OrganisationKind | None:
    """A kind as a worker writes it: the code, the label or a part of the label between "/"
    ("IKC", "Huis van de Wijk", "CJG"); empty is "Overig"; None if it is none of those."""
    wanted = fold(text)
    if not wanted:
        return OrganisationKind.OTHER
    for kind, label in ORGANISATION_KIND_LABELS.items():
        parts = [fold(label), fold(kind.value), fold(kind.value.replace("_", " "))]
        parts += [fold(p) for p in label.replace("(", "/").replace(")", "").split("/")]
        if wanted in (p.strip() for p in parts):
            return kind
    return None


# -- writing ------------------------------------------------------------------------------------
def _team_id(uow: UnitOfWork) -> str | None:
    meta = uow.session.get(StoreMeta, META_TEAM)
    return (meta.value if meta else "") or None


def save_organisation(uow: UnitOfWork, organisation_id: str | None, **fields: Any) -> MapEntry:
    """Add an organisation to the kaart (None) or change one; fields from `EDITABLE`."""
    bad = set(fields) - set(EDITABLE)
    if bad:
        raise ServiceError(f"not a field of the sociale kaart: {', '.join(sorted(bad))}")
    values = {k: (OrganisationKind(v) if k == "kind" else str(v).strip())
              for k, v in fields.items()}
    if "name" in values and not values["name"]:
        raise ServiceError("an organisation needs a name")
    try:
        if organisation_id is None:
            if not values.get("name"):
                raise ServiceError("an organisation needs a name")
            organisation = uow.add(Organisation(team_id=_team_id(uow), **values))
        else:
            found = uow.get(Organisation, organisation_id)
            if found is None:
                raise ServiceError("this organisation is not on the sociale kaart")
            organisation = found
            uow.update(organisation, **values)
    except ValueError as exc:
        if isinstance(exc, ServiceError):
            raise
        raise ServiceError(f"the organisation's fields are not valid: {exc}") from None
    return _entry(organisation)


# -- CSV ------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class CsvProblem:
    line: int  # 1 is the header
    code: str  # columns, no_name, unknown_kind, too_long, twice, empty, too_big, encoding
    column: str = ""  # the CSV column (Dutch name)
    value: str = ""

    def english(self) -> str:
        where = f"line {self.line}: " if self.line else ""
        match self.code:
            case "columns":
                return (f"{where}the first line must name the columns naam;soort;adres;telefoon;"
                        f"contactpersoon ({self.value})")
            case "no_name":
                return f"{where}the column naam (name) is empty"
            case "unknown_kind":
                return (f"{where}unknown soort (kind) {self.value!r}; use one of the kinds of "
                        "the catalogue, e.g. consultatiebureau, huisarts, school, buurtwerk")
            case "too_long":
                return f"{where}{self.column} is longer than {self.value} characters"
            case "twice":
                return f"{where}{self.value!r} appears twice in the file"
            case "empty":
                return "the file holds no organisations"
            case "too_big":
                return f"the file is too large (at most {MAX_ROWS} organisations, 5 MB)"
            case _:
                return "the file is not readable text (save it as CSV, UTF-8)"


@dataclass
class CsvRefused(ServiceError):
    problems: list[CsvProblem] = field(default_factory=list)

    def __str__(self) -> str:
        shown = [p.english() for p in self.problems[:20]]
        more = len(self.problems) - len(shown)
        text = "the CSV file was not imported; nothing was changed:\n  - " + "\n  - ".join(shown)
        return text + (f"\n  … and {more} more" if more else "")


@dataclass(frozen=True)
class CsvRow:
    line: int
    name: str
    kind: OrganisationKind
    address: str
    phone: str
    contact_person: str


@dataclass(frozen=True)
class CsvReport:
    added: int
    updated: int
    unchanged: int


def _decode(data: bytes) -> str:
    if len(data) > MAX_CSV_BYTES:
        raise CsvRefused([CsvProblem(0, "too_big")])
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        raise CsvRefused([CsvProblem(0, "encoding")]) from None


def parse_csv(data: bytes) -> list[CsvRow]:
    """Every row of the file, or CsvRefused naming every bad row by its line number."""
    text = _decode(data)
    lines = text.splitlines()
    if not any(line.strip() for line in lines):
        raise CsvRefused([CsvProblem(0, "empty")])
    header = lines[0]
    delimiter = max((";", ",", "\t"), key=header.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    names = [fold(h).replace(" ", "") for h in next(reader)]
    names = [_ENGLISH_COLUMNS.get(n, n) for n in names]
    if "naam" not in names or any(n not in COLUMNS for n in names if n) \
            or len(set(names)) != len(names):
        raise CsvRefused([CsvProblem(1, "columns", value=delimiter.join(names))])
    rows: list[CsvRow] = []
    problems: list[CsvProblem] = []
    seen: dict[str, int] = {}
    for cells in reader:
        line = reader.line_num
        if not any(c.strip() for c in cells):
            continue
        if len(rows) >= MAX_ROWS:
            raise CsvRefused([CsvProblem(0, "too_big")])
        values = {COLUMNS[n]: str(clean("organisation", COLUMNS[n], cells[i].strip()))
                  for i, n in enumerate(names) if n and i < len(cells)}
        row_problems = []
        name = values.get("name", "")
        if not name:
            row_problems.append(CsvProblem(line, "no_name", "naam"))
        kind = parse_kind(values.get("kind", ""))
        if kind is None:
            row_problems.append(CsvProblem(line, "unknown_kind", "soort", values["kind"]))
        for column, limit in _LIMITS.items():
            if len(values.get(column, "")) > limit:
                dutch = next(k for k, v in COLUMNS.items() if v == column)
                row_problems.append(CsvProblem(line, "too_long", dutch, str(limit)))
        if name and fold(name) in seen:
            row_problems.append(CsvProblem(line, "twice", "naam", name))
        seen.setdefault(fold(name), line)
        if row_problems:
            problems += row_problems
            continue
        assert kind is not None
        rows.append(CsvRow(line, name, kind, values.get("address", ""),
                           values.get("phone", ""), values.get("contact_person", "")))
    if problems:
        raise CsvRefused(problems)
    if not rows:
        raise CsvRefused([CsvProblem(0, "empty")])
    return rows


def import_csv(store: Store, path: Path | None = None, *, data: bytes | None = None) -> CsvReport:
    """Check the whole file, then add or update its organisations in one transaction."""
    if data is None:
        assert path is not None
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise ServiceError(f"cannot read {path}: {exc.strerror or exc}") from None
    rows = parse_csv(data)
    added = updated = unchanged = 0
    with unit_of_work(store) as uow:
        existing: dict[str, Organisation] = {}
        for o in uow.session.exec(select(Organisation)
                                  .where(col(Organisation.deleted_at).is_(None))).all():
            existing.setdefault(fold(o.name), o)
        team_id = _team_id(uow)
        for row in rows:
            values = {"kind": row.kind, "address": row.address, "phone": row.phone,
                      "contact_person": row.contact_person}
            found = existing.get(fold(row.name))
            if found is None:
                uow.add(Organisation(name=row.name, team_id=team_id, **values))
                added += 1
            elif uow.update(found, **values):
                updated += 1
            else:
                unchanged += 1
    return CsvReport(added, updated, unchanged)
