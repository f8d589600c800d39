"""Export and import: round trips, scopes, the committed schema, and hostile files."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from testsupport import PASSPHRASE, fast_kdf_params
from voordeur.domain.data_format import TABLES, json_schema, references, to_json_value
from voordeur.domain.ecogram import Ecogram, Node, node_key
from voordeur.model import Agreement, EcogramPosition, EcogramSnapshot, Organisation, Visit, new_id
from voordeur.model.catalogues import (
    AccessAction,
    AgreementOwnerKind,
    ChildType,
    Gender,
    LifeDomain,
    NodeKind,
    OrganisationKind,
    PartnerStatus,
    PersonKind,
    SupportDirection,
    TieQuality,
    TieStrength,
)
from voordeur.services import data_import
from voordeur.services import households as hs
from voordeur.services import plan as ps
from voordeur.services import visits as vs
from voordeur.services.data_export import (
    ExportError,
    build_document,
    encode_document,
    export_to_file,
)
from voordeur.services.data_import import ImportRefused, import_from_file
from voordeur.services.unit_of_work import unit_of_work
from voordeur.store import access_log
from voordeur.store.store import Store

SCHEMA_FILE = Path(__file__).parents[2] / "docs" / "voordeur-export.schema.json"
TZ_AMSTERDAM_WINTER = timezone(timedelta(hours=1))


# -- helpers ------------------------------------------------------------------------------------
def make_store(path: Path) -> Store:
    return Store.create(
        path,
        PASSPHRASE,
        worker_name="Medewerker Twee",
        team_name="Team Twee",
        use_keyring=False,
        kdf=fast_kdf_params(),
    )


@pytest.fixture
def other_store(tmp_path: Path) -> Iterator[Store]:
    s = make_store(tmp_path / "other")
    yield s
    s.close()


def populate(store: Store) -> dict[str, str]:
    """A realistic household made through the services, a second household, one tombstone."""
    team_id = store.meta("team_id")
    with unit_of_work(store) as uow:
        h = hs.create_household(
            uow,
            "Gezin Jansen-Öztürk",
            team_id=team_id,
            primary_worker_id=uow.actor.worker_id,
            neighbourhood="Zwolle-Zuid",
            street="Dorpsstraat",
            house_number="1a",
            postcode="8011 AA",
            opened_on=date(2026, 1, 5),
        )
        anna = hs.add_person(
            uow,
            h,
            first_name="Anna",
            last_name="Jansen",
            role="moeder",
            gender=Gender.FEMALE,
            birth_year=1988,
        )
        piet = hs.add_person(
            uow, h, first_name="Piet", last_name="de Vries", role="vader", gender=Gender.MALE
        )
        sem = hs.add_person(
            uow,
            h,
            first_name="Sem",
            last_name="Jansen",
            is_index=True,
            birth_date=date(2015, 3, 1),
            note="Houdt van voetbal ⚽",
        )
        oma = hs.add_person(
            uow,
            h,
            kind=PersonKind.NETWORK,
            first_name="Truus",
            role="oma",
            life_domain=LifeDomain.EXTENDED_FAMILY,
            closeness=1,
        )
        school = hs.add_organisation(
            uow, "Basisschool De Regenboog", kind=OrganisationKind.SCHOOL, team_id=team_id
        )
        hs.link_partner(uow, h, school, contact_name="juf Marieke")
        hs.relate_partners(uow, anna, piet, PartnerStatus.SEPARATED)
        hs.relate_parent_child(uow, anna, sem, ChildType.BIOLOGICAL)
        hs.connect(
            uow,
            h,
            (NodeKind.PERSON, oma.id),
            (NodeKind.PERSON, anna.id),
            strength=TieStrength.STRONG,
            quality=TieQuality.SUPPORTIVE,
            direction=SupportDirection.TO_TARGET,
            support_types=["P", "E"],
        )
        hs.connect(
            uow,
            h,
            (NodeKind.PERSON, sem.id),
            (NodeKind.ORGANISATION, school.id),
            quality=TieQuality.STRESSFUL,
            note="veel verzuim",
        )
        uow.add(
            EcogramPosition(
                household_id=h.id, node_kind=NodeKind.PERSON, node_id=oma.id, x=12.5, y=-3.25
            )
        )
        visit = vs.start_visit(
            uow,
            h,
            present_person_ids=[anna.id, sem.id],
            duration_minutes=45,
            notes="Sem Jansen gaat weer naar school.",
            themes=["schoolverzuim"],
            next_visit_at=datetime(2026, 12, 1, 10, 0, tzinfo=TZ_AMSTERDAM_WINTER),
        )
        goal = ps.add_goal(
            uow, h, "Sem gaat elke dag naar school", person_id=sem.id, started_on=date(2026, 2, 1)
        )
        ps.record_score(uow, goal, 4, date(2026, 2, 1), visit_id=visit.id)
        ps.record_score(uow, goal, 7, date(2026, 3, 1), note="beter")
        ps.add_agreement(
            uow,
            h,
            "Moeder belt school",
            owner_kind=AgreementOwnerKind.MEMBER,
            owner_id=anna.id,
            due_on=date(2026, 3, 15),
            visit_id=visit.id,
        )
        ps.add_agreement(
            uow,
            h,
            "School stuurt verzuimoverzicht",
            owner_kind=AgreementOwnerKind.ORGANISATION,
            owner_id=school.id,
        )
        dropped = ps.add_agreement(
            uow,
            h,
            "Vervallen afspraak",
            owner_kind=AgreementOwnerKind.WORKER,
            owner_id=uow.actor.worker_id,
        )
        ps.record_consent(
            uow,
            h,
            given_by_person_id=anna.id,
            given_on=date(2026, 1, 5),
            purpose="Overleg met school",
            organisation_ids=[school.id],
            topics=["goals", "agreements"],
            person_ids=[sem.id],
            valid_until=date(2027, 1, 5),
        )
        uow.add(
            EcogramSnapshot(
                household_id=h.id,
                visit_id=visit.id,
                label="Eerste bezoek",
                data=to_json_value(Ecogram.of(
                    h.id, "Gezin Jansen-é",
                    [Node(node_key(NodeKind.PERSON, oma.id), NodeKind.PERSON, oma.id,
                          "Oma Truus", role="oma", birth_year=1950)],
                    positions={node_key(NodeKind.PERSON, oma.id): (1.5, -2.25)},
                ).to_dict()),
            )
        )
        other = hs.create_household(uow, "Gezin El Amrani", team_id=team_id)
        yusuf = hs.add_person(uow, other, first_name="Yusuf", last_name="El Amrani")
        vs.start_visit(uow, other, notes="Kennismaking", present_person_ids=[yusuf.id])
    with unit_of_work(store) as uow:
        v = uow.get(Visit, visit.id)
        assert v is not None
        vs.finalise_visit(uow, v)
        vs.edit_visit(uow, v, notes="Sem Jansen gaat weer elke dag naar school.")
        gone = uow.get(Agreement, dropped.id)
        assert gone is not None
        uow.delete(gone)
    return {
        "household": h.id,
        "other_household": other.id,
        "sem": sem.id,
        "anna": anna.id,
        "yusuf": yusuf.id,
        "visit": visit.id,
        "dropped": dropped.id,
    }


def export(store: Store, path: Path, **scope: str) -> dict[str, Any]:
    export_to_file(store, path, **scope)
    return json.loads(path.read_text("utf-8"))


def content(store: Store, tmp_path: Path) -> dict[str, Any]:
    """Everything in the store, as an export without its timestamp."""
    doc = export(store, tmp_path / f"content-{new_id()}.json")
    del doc["exported_at"]
    return doc


def without_own_rows(doc: dict[str, Any], store: Store) -> dict[str, Any]:
    """Drop the worker and team Store.create made, which the source store never had."""
    own = {store.actor.worker_id, store.meta("team_id")}
    doc = copy.deepcopy(doc)
    for table in ("worker", "team"):
        doc["records"][table] = [r for r in doc["records"][table] if r["id"] not in own]
    return doc


def write(path: Path, data: bytes | dict[str, Any]) -> Path:
    if isinstance(data, dict):
        data = json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")
    path.write_bytes(data)
    return path


def log_actions(store: Store) -> list[str]:
    with store.session() as session:
        return [str(e.action) for e in access_log.entries(session)]


# -- round trips --------------------------------------------------------------------------------
def test_round_trip_all_gives_the_same_document(store: Store, other_store: Store, tmp_path: Path):
    populate(store)
    first = export(store, tmp_path / "first.json")
    assert first["records"]["agreement"] and any(
        r["deleted_at"] for r in first["records"]["agreement"]
    ), "the tombstone is exported too"
    assert len(first["records"]["note_revision"]) == 5  # 4 at finalising, 1 for the edit

    report = import_from_file(other_store, tmp_path / "first.json")
    total = sum(len(rows) for rows in first["records"].values())
    assert (report.created, report.updated, report.unchanged) == (total, 0, 0)

    second = without_own_rows(export(other_store, tmp_path / "second.json"), other_store)
    second["exported_at"] = first["exported_at"]
    assert second == first
    assert encode_document(second) == (tmp_path / "first.json").read_bytes()  # byte for byte
    assert list(second["records"]) == list(TABLES)  # tables in dependency order


def test_a_version_1_file_is_still_read(store: Store, other_store: Store, tmp_path: Path):
    """Files from before the plan carried over: the fields version 2 added get their defaults."""
    populate(store)
    doc = export(store, tmp_path / "v2.json")
    doc["version"] = 1
    del doc["records"]["plan_revision"]
    for row in doc["records"]["visit"]:
        for name in ("plan_frozen", "next_visit_kind", "next_visit_location", "void_reason"):
            del row[name]
    report = import_from_file(other_store, write(tmp_path / "v1.json", doc))
    assert report.created > 0
    with other_store.session() as session:
        visits = session.exec(vs.select(Visit)).all()  # type: ignore[attr-defined]
    assert visits and not any(v.plan_frozen or v.void_reason for v in visits)


def test_a_version_2_file_is_still_read(store: Store, other_store: Store, tmp_path: Path):
    """Files from before the worker's profile and the sociale kaart: those fields are empty."""
    populate(store)
    doc = export(store, tmp_path / "v3.json")
    doc["version"] = 2
    for row in doc["records"]["worker"]:
        for name in ("organisation", "phone", "email"):
            del row[name]
    for row in doc["records"]["organisation"]:
        for name in ("address", "contact_person"):
            del row[name]
    report = import_from_file(other_store, write(tmp_path / "v2.json", doc))
    assert report.created > 0
    with other_store.session() as session:
        organisations = session.exec(vs.select(Organisation)).all()  # type: ignore[attr-defined]
    assert organisations and all(o.address == o.contact_person == "" for o in organisations)


def test_round_trip_household(store: Store, other_store: Store, tmp_path: Path):
    ids = populate(store)
    first = export(store, tmp_path / "h1.json", household_id=ids["household"])
    assert first["scope"] == {"kind": "household", "id": ids["household"]}
    assert {r["id"] for r in first["records"]["household"]} == {ids["household"]}
    assert ids["yusuf"] not in {r["id"] for r in first["records"]["person"]}
    assert len(first["records"]["organisation"]) == 1 and len(first["records"]["team"]) == 1

    import_from_file(other_store, tmp_path / "h1.json")
    second = export(other_store, tmp_path / "h2.json", household_id=ids["household"])
    second["exported_at"] = first["exported_at"]
    assert second == first
    assert _same_bytes_but_timestamp(tmp_path / "h1.json", tmp_path / "h2.json")


def _same_bytes_but_timestamp(a: Path, b: Path) -> bool:
    def strip(p: Path) -> list[bytes]:
        return [line for line in p.read_bytes().splitlines() if b'"exported_at"' not in line]

    return strip(a) == strip(b)


def test_same_data_gives_same_bytes(store: Store, tmp_path: Path):
    populate(store)
    export_to_file(store, tmp_path / "a.json")
    export_to_file(store, tmp_path / "b.json")
    assert _same_bytes_but_timestamp(tmp_path / "a.json", tmp_path / "b.json")
    text = (tmp_path / "a.json").read_text("utf-8")
    assert "Öztürk" in text and "⚽" in text  # ensure_ascii=False
    assert not list(tmp_path.glob(".*.tmp")), "no temp file left behind"


def test_import_twice_changes_nothing_and_is_logged(
    store: Store, other_store: Store, tmp_path: Path
):
    populate(store)
    path = tmp_path / "all.json"
    export_to_file(store, path)
    first = import_from_file(other_store, path)
    before = content(other_store, tmp_path)
    again = import_from_file(other_store, path)
    assert (again.created, again.updated, again.unchanged) == (0, 0, first.created)
    assert content(other_store, tmp_path) == before
    assert log_actions(other_store).count(AccessAction.IMPORT.value) == 2
    with other_store.session() as session:
        entries = access_log.entries(session)
        assert access_log.verify(session).ok
    first_import = next(e for e in reversed(entries) if e.action == AccessAction.IMPORT)
    assert first_import.detail.startswith("json import: create")
    assert "Jansen" not in " ".join(e.detail for e in entries)


def test_reimport_carries_edits_and_deletions(store: Store, other_store: Store, tmp_path: Path):
    ids = populate(store)
    export_to_file(store, tmp_path / "1.json", household_id=ids["household"])
    import_from_file(other_store, tmp_path / "1.json")
    with unit_of_work(store) as uow:
        visit = uow.get(Visit, ids["visit"])
        assert visit is not None
        uow.update(visit, location="Buurthuis")
        uow.delete(visit)
    with unit_of_work(other_store) as uow:  # deleted here: an import does not bring it back
        gone = uow.get(Agreement, ids["dropped"], include_deleted=True)
        assert gone is not None and gone.deleted_at is not None
    doc = export(store, tmp_path / "2.json", household_id=ids["household"])
    report = import_from_file(other_store, tmp_path / "2.json")
    assert (report.created, report.updated) == (0, 1)
    assert report.per_table["visit"].updated == 1
    again = export(other_store, tmp_path / "3.json", household_id=ids["household"])
    again["exported_at"] = doc["exported_at"]
    assert again == doc


def test_deleted_record_stays_deleted(store: Store, other_store: Store, tmp_path: Path):
    ids = populate(store)
    export_to_file(store, tmp_path / "1.json", household_id=ids["household"])
    import_from_file(other_store, tmp_path / "1.json")
    with unit_of_work(other_store) as uow:
        visit = uow.get(Visit, ids["visit"])
        assert visit is not None
        uow.delete(visit)
    report = import_from_file(other_store, tmp_path / "1.json")
    assert report.kept_deleted == 1 and report.updated == 0
    with other_store.session() as session:
        assert session.get(Visit, ids["visit"]).deleted_at is not None  # type: ignore[union-attr]


# -- scopes -------------------------------------------------------------------------------------
def test_person_scope_for_an_access_request(store: Store, tmp_path: Path):
    ids = populate(store)
    doc = export(store, tmp_path / "sem.json", person_id=ids["sem"])
    records = doc["records"]
    assert doc["scope"] == {"kind": "person", "id": ids["sem"]}
    assert [r["id"] for r in records["person"]] == [ids["sem"]]
    assert [r["id"] for r in records["household"]] == [ids["household"]]
    assert {r["id"] for r in records["visit"]} == {ids["visit"]}
    assert len(records["goal"]) == 1 and len(records["goal_score"]) == 2
    assert len(records["family_relation"]) == 1  # parent → child, not the parents' relation
    assert len(records["tie"]) == 1 and len(records["consent"]) == 1
    text = (tmp_path / "sem.json").read_text("utf-8")
    assert ids["other_household"] not in text and "Yusuf" not in text and "Truus" not in text
    assert doc["access_log"], "who looked at this person's data"
    assert all({ids["sem"], ids["household"]} & set(e["subject_ids"]) for e in doc["access_log"])
    assert "Sem" not in json.dumps(doc["access_log"])


def test_person_mentioned_by_name_in_a_visit(store: Store, tmp_path: Path):
    ids = populate(store)
    with unit_of_work(store) as uow:
        v = vs.start_visit(
            uow,
            uow.get(hs.Household, ids["household"]),  # type: ignore[arg-type]
            concerns="Zorgen over ANNA   JANSEN en haar werk",
        )
    doc = build_document(store, person_id=ids["anna"])
    assert v.id in {r["id"] for r in doc["records"]["visit"]}
    assert len(doc["records"]["agreement"]) == 1  # the one she owns


def test_export_refuses_unknown_ids_and_logs(store: Store, tmp_path: Path):
    ids = populate(store)
    with pytest.raises(ExportError, match="no household"):
        export_to_file(store, tmp_path / "x.json", household_id=new_id())
    with pytest.raises(ExportError, match="no person"):
        export_to_file(store, tmp_path / "x.json", person_id=new_id())
    with pytest.raises(ExportError):
        export_to_file(
            store, tmp_path / "x.json", household_id=ids["household"], person_id=ids["sem"]
        )
    assert not (tmp_path / "x.json").exists()
    result = export_to_file(store, tmp_path / "x.json", household_id=ids["household"])
    with store.session() as session:
        entry = access_log.entries(session, limit=1)[0]
    assert entry.action == AccessAction.EXPORT and entry.subject_ids == [ids["household"]]
    assert entry.detail == f"json export, scope household, {result.records} records"
    assert str(result.records) in result.describe()
    (tmp_path / "dir.json").mkdir()
    with pytest.raises(ExportError, match="cannot write"):
        export_to_file(store, tmp_path / "dir.json")
    assert not list(tmp_path.glob(".*.tmp")), "no temp file left behind"
    with store.session() as session:
        assert access_log.entries(session, limit=1)[0].outcome == "error"


# -- schema -------------------------------------------------------------------------------------
def test_committed_schema_matches_the_models():
    committed = json.loads(SCHEMA_FILE.read_text("utf-8"))
    assert committed == json_schema(), (
        "docs/voordeur-export.schema.json is out of date: regenerate it with "
        "`python -m voordeur.domain.data_format > docs/voordeur-export.schema.json` "
        "and bump the format version if the change is not backwards compatible"
    )


def test_exports_validate_against_the_committed_schema(store: Store, tmp_path: Path):
    ids = populate(store)
    schema = json.loads(SCHEMA_FILE.read_text("utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    validator.validate(export(store, tmp_path / "all.json"))
    validator.validate(export(store, tmp_path / "p.json", person_id=ids["sem"]))
    bad = export(store, tmp_path / "bad.json")
    bad["records"]["person"][0]["gender"] = "alien"
    assert not validator.is_valid(bad)


def test_every_id_field_is_checked_on_import():
    """A new reference column must be added to data_format.SOFT_REFERENCES (or be a foreign key)."""
    not_references = {("note_revision", "device_id"), ("plan_revision", "device_id")}
    for table, cls in TABLES.items():
        checked = {ref.field for ref in references(table)}
        for name in cls.model_fields:
            if name != "id" and name.endswith(("_id", "_ids")):
                assert name in checked or (table, name) in not_references, f"{table}.{name}"


def test_docs_describe_every_field():
    doc = (SCHEMA_FILE.parent / "data-format.md").read_text("utf-8")
    for table, cls in TABLES.items():
        section = doc.split(f"### `{table}`", 1)[1].split("\n### ", 1)[0]
        for name in cls.model_fields:
            if name not in ("id", "created_at", "updated_at", "deleted_at"):
                assert f"`{name}`" in section, f"docs/data-format.md: {table}.{name}"


# -- hostile files ------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """A valid document from another store, built once for all the hostile-file tests."""
    s = make_store(tmp_path_factory.mktemp("source") / "store")
    try:
        ids = populate(s)
        doc = build_document(s)
        doc["_ids"] = ids
        return doc
    finally:
        s.close()


def _set(table: str, key: str, value: Any, index: int = 0) -> Callable[[dict[str, Any]], None]:
    def change(doc: dict[str, Any]) -> None:
        doc["records"][table][index][key] = value

    return change


def _dangling_tie(doc: dict[str, Any]) -> None:
    tie = doc["records"]["tie"][0]
    tie["target_kind"], tie["target_id"] = "person", new_id()


MUTATIONS: dict[str, tuple[Callable[[dict[str, Any]], None], str]] = {
    "wrong format": (lambda d: d.update(format="other-app"), "not a Voordeur export"),
    "version 4": (lambda d: d.update(version=4), "newer Voordeur (format version 4)"),
    "version as text": (lambda d: d.update(version="1"), "whole number"),
    "no version": (lambda d: d.pop("version"), "format version"),
    "no records": (lambda d: d.pop("records"), "records: missing"),
    "unknown table": (lambda d: d["records"].update(secrets=[]), "records.secrets"),
    "missing table": (lambda d: d["records"].pop("goal"), "records.goal"),
    "extra field": (_set("person", "bsn", "123456782"), "records.person[0].bsn"),
    "wrong type": (_set("person", "closeness", "2"), "records.person[0].closeness"),
    "bool as int": (_set("person", "closeness", True), "records.person[0].closeness"),
    "invalid enum": (_set("person", "gender", "alien"), "records.person[0].gender"),
    "non-uuid id": (_set("person", "id", "1; DROP TABLE person"), "records.person[0].id"),
    "upper-case uuid": (_set("household", "id", new_id().upper()), "records.household[0].id"),
    "huge name": (_set("household", "display_name", "x" * 10_000_000), "at most 200"),
    "score 11": (_set("goal_score", "score", 11), "records.goal_score[0].score"),
    "naive datetime": (_set("visit", "starts_at", "2026-03-01T10:00:00"), "needs a UTC offset"),
    "unix time": (_set("visit", "starts_at", "1700000000"), "ISO-8601"),
    "date with time": (_set("goal", "started_on", "2026-02-01T00:00:00"), "records.goal[0]"),
    "bad support type": (_set("tie", "support_types", ["X"]), "support_types[0]"),
    "dangling foreign key": (_set("person", "household_id", new_id()), "neither in the file"),
    "tie to nobody": (_dangling_tie, "records.tie[0].target_id: refers to person"),
    "dangling present person": (
        lambda d: d["records"]["visit"][0]["present_person_ids"].append(new_id()),
        "present_person_ids",
    ),
    "duplicate id": (
        lambda d: d["records"]["person"].append(copy.deepcopy(d["records"]["person"][0])),
        "used twice",
    ),
    "scope mismatch": (lambda d: d["scope"].update(id=new_id()), "scope"),
    "bad access log": (lambda d: d.update(access_log=[{"seq": 1}]), "access_log[0]"),
}

RAW_FILES: dict[str, tuple[Callable[[bytes], bytes], str]] = {
    "not json": (lambda b: b"Dit is geen export", "not valid JSON"),
    "truncated": (lambda b: b[: len(b) // 2], "truncated"),
    "empty": (lambda b: b"", "empty"),
    "whitespace only": (lambda b: b" \n", "empty"),
    "array at top": (lambda b: b"[1, 2]", "JSON array"),
    "deep nesting": (lambda b: b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
    "not utf-8": (lambda b: b.replace("Öztürk".encode(), "Öztürk".encode("latin-1")), "UTF-8"),
    "NaN": (lambda b: b.replace(b'"x": 12.5', b'"x": NaN'), "NaN"),
    "Infinity": (lambda b: b.replace(b'"y": -3.25', b'"y": -Infinity'), "Infinity"),
    "duplicate key": (lambda b: b.replace(b'"version": 3', b'"version": 3, "version": 3'), "twice"),
    "lone surrogate": (lambda b: b.replace("Öztürk".encode(), b"\\ud800"), "Invalid JSON"),
}


def assert_refused(store: Store, tmp_path: Path, path: Path, expected: str) -> ImportRefused:
    before = content(store, tmp_path)
    with pytest.raises(ImportRefused) as caught:
        import_from_file(store, path)
    assert expected in str(caught.value)
    assert content(store, tmp_path) == before
    assert AccessAction.IMPORT.value not in log_actions(store)
    return caught.value


def source_doc(source: dict[str, Any]) -> dict[str, Any]:
    doc = copy.deepcopy(source)
    del doc["_ids"]
    return doc


@pytest.mark.parametrize("case", list(MUTATIONS))
def test_hostile_document_is_refused(case: str, source, store: Store, tmp_path: Path):
    populate(store)
    mutate, expected = MUTATIONS[case]
    doc = source_doc(source)
    mutate(doc)
    assert_refused(store, tmp_path, write(tmp_path / "in.json", doc), expected)


@pytest.mark.parametrize("case", list(RAW_FILES))
def test_hostile_bytes_are_refused(case: str, source, store: Store, tmp_path: Path):
    populate(store)
    mangle, expected = RAW_FILES[case]
    raw = json.dumps(source_doc(source), ensure_ascii=False, indent=1).encode("utf-8")
    data = mangle(raw)
    assert data != raw
    assert_refused(store, tmp_path, write(tmp_path / "in.json", data), expected)


def test_file_over_the_size_cap_is_refused(
    source, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    path = write(tmp_path / "in.json", source_doc(source))
    monkeypatch.setattr(data_import, "MAX_IMPORT_BYTES", path.stat().st_size - 1)
    assert_refused(store, tmp_path, path, "larger than")


def test_many_problems_are_listed_with_a_limit(source, store: Store, tmp_path: Path):
    doc = source_doc(source)
    for person in doc["records"]["person"]:
        person.update(closeness=9, gender="?", kind="?", first_name=1, role=None)
    refused = assert_refused(store, tmp_path, write(tmp_path / "in.json", doc), "more")
    assert len(refused.problems) == 25 and str(refused).count("\n  - ") == 20
    assert "and 5 more" in str(refused)


def test_sql_looking_text_is_just_text(source, store: Store, tmp_path: Path):
    doc = source_doc(source)
    nasty = "Robert'); DROP TABLE household;-- \" OR 1=1 -- %_"
    doc["records"]["household"][0]["display_name"] = nasty[:200]
    doc["records"]["person"][0]["note"] = nasty
    import_from_file(store, write(tmp_path / "in.json", doc))
    after = content(store, tmp_path)
    assert nasty in {h["display_name"] for h in after["records"]["household"]}
    assert nasty in {p["note"] for p in after["records"]["person"]}
    # A NUL stopped the PDF of a plan later (issue 18): refused on import now.
    doc["records"]["person"][0]["note"] = nasty + "\x00"
    with pytest.raises(ImportRefused, match="U\\+0000"):
        import_from_file(store, write(tmp_path / "in.json", doc))


def _many_people(source: dict[str, Any], count: int) -> dict[str, Any]:
    doc = source_doc(source)
    template = doc["records"]["person"][0]
    doc["records"]["person"] += [dict(template, id=new_id()) for _ in range(count - 1)]
    return doc


@pytest.mark.parametrize(
    ("problem", "expected"),
    [
        (("birth_year", 3000), "birth_year"),
        (("household_id", "0192a3b4-0000-7000-8000-000000000000"), "neither in the file"),
    ],
    ids=["invalid value", "dangling reference"],
)
def test_bad_record_500_means_nothing_is_written(
    problem: tuple[str, Any], expected: str, source, store: Store, tmp_path: Path
):
    doc = _many_people(source, 500)
    index = len(doc["records"]["person"]) - 1
    doc["records"]["person"][index][problem[0]] = problem[1]
    refused = assert_refused(store, tmp_path, write(tmp_path / "in.json", doc), expected)
    assert f"records.person[{index}]" in str(refused)


def test_failure_while_writing_rolls_everything_back(
    source, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    path = write(tmp_path / "in.json", _many_people(source, 500))
    real, calls = data_import._write_record, []

    def flaky(*args: Any) -> None:
        calls.append(1)
        if len(calls) == 500:
            raise OSError("disk full")
        real(*args)

    monkeypatch.setattr(data_import, "_write_record", flaky)
    before = content(store, tmp_path)
    with pytest.raises(OSError, match="disk full"):
        import_from_file(store, path)
    assert content(store, tmp_path) == before
    assert AccessAction.IMPORT.value not in log_actions(store)


def test_offsets_other_than_utc_are_read(source, store: Store, tmp_path: Path):
    doc = source_doc(source)
    visit = doc["records"]["visit"][0]
    visit["starts_at"] = "2026-03-01T10:00:00+01:00"
    import_from_file(store, write(tmp_path / "in.json", doc))
    with store.session() as session:
        stored = session.get(Visit, visit["id"])
        assert stored is not None
        assert stored.starts_at == datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
