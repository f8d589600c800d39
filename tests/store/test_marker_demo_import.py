"""The issue's privacy check end to end: demo + import + edit + vacuum leave no marker on disk.

The export file is something the worker asked for, so it is written outside the data folders;
everything inside them must show the marker in no encoding, and no file may be plain SQLite.
"""

from __future__ import annotations

import secrets
from datetime import date
from pathlib import Path

from sqlmodel import select

from testsupport import PASSPHRASE, assert_marker_nowhere
from voordeur.model import Household, Person, Visit
from voordeur.services import households as hs
from voordeur.services import plan as ps
from voordeur.services import visits as vs
from voordeur.services.data_export import export_to_file
from voordeur.services.data_import import import_from_file
from voordeur.services.demo import generate_demo
from voordeur.services.search import search
from voordeur.services.unit_of_work import unit_of_work
from voordeur.store.store import Store

SQLITE_HEADER = b"SQLite format 3\x00"


def assert_no_plain_database(data_dir: Path) -> None:
    for path in data_dir.rglob("*"):
        if path.is_file():
            with path.open("rb") as handle:
                assert handle.read(16) != SQLITE_HEADER, f"{path} is an unencrypted database"


def plant(store: Store, marker: str) -> str:
    with unit_of_work(store) as uow:
        household = hs.create_household(uow, f"Gezin {marker}", neighbourhood="Zevenkamp")
        hs.add_person(uow, household, first_name=marker, last_name="de Vries", is_index=True)
        visit = vs.start_visit(uow, household, notes=f"Eerste kennismaking met {marker}.")
        ps.add_agreement(uow, household, f"{marker} gaat naar de sportclub")
    return visit.id


def test_demo_import_edit_vacuum_leave_no_marker(tmp_path: Path) -> None:
    marker = "ZQXMARKER" + secrets.token_hex(8)
    first_dir, second_dir = tmp_path / "laptop-a", tmp_path / "laptop-b"
    exported = tmp_path / "outside" / "export.json"

    with Store.create(first_dir, PASSPHRASE, worker_name="Anna", team_name="Team") as first:
        generate_demo(first, households=4, seed=11, reference_day=date(2026, 11, 1))
        visit_id = plant(first, marker)
        with unit_of_work(first) as uow:  # edit: marker moves around, old text is overwritten
            visit = uow.get(Visit, visit_id)
            assert visit is not None
            vs.finalise_visit(uow, visit)
            vs.edit_visit(uow, visit, notes=f"Tweede versie, {marker} was er ook.")
        export_to_file(first, exported)
        assert len(search(first, marker)) >= 3
        first.vacuum()
        assert_marker_nowhere(first_dir, marker)  # while open: WAL and shm present too

    with Store.create(second_dir, PASSPHRASE, worker_name="Bram", team_name="Team") as second:
        generate_demo(second, households=2, seed=12, reference_day=date(2026, 11, 1))
        report = import_from_file(second, exported)
        assert report.created > 0
        with unit_of_work(second) as uow:
            person = uow.session.exec(select(Person).where(Person.first_name == marker)).one()
            uow.update(person, note=f"Houdt van voetbal ({marker})")
            household = uow.get(Household, person.household_id)
            assert household is not None
            uow.delete(household)
        second.vacuum()
        assert_marker_nowhere(second_dir, marker)

    for data_dir in (first_dir, second_dir):
        assert_marker_nowhere(data_dir, marker)
        assert_no_plain_database(data_dir)
    # The export the worker asked for does hold the data: the scan is not blind.
    assert marker.encode() in exported.read_bytes()
