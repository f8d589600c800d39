"""The key privacy test: a planted marker never appears in any file the store wrote."""

from __future__ import annotations

import secrets
from datetime import date
from pathlib import Path

import pytest

from testsupport import PASSPHRASE, assert_marker_nowhere
from voordeur.model import Agreement, Visit
from voordeur.model.catalogues import AgreementStatus, NodeKind
from voordeur.services import households as hs
from voordeur.services import plan as ps
from voordeur.services import visits as vs
from voordeur.services.search import search
from voordeur.services.unit_of_work import unit_of_work
from voordeur.store import migrate
from voordeur.store.engine import DB_FILE
from voordeur.store.store import Store

VISITS = 216
VISITS_PER_TRANSACTION = 8
FILLER = "Moeder vertelt over de week, de school van Sem en de buren. " * 40


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16-le", "utf-16-be"])
def test_the_scan_would_notice_a_leak(tmp_path: Path, encoding: str) -> None:
    marker = "ZQXMARKER" + secrets.token_hex(8)
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "leak.tmp").write_bytes(b"..." + marker.lower().encode(encoding) + b"...")
    with pytest.raises(AssertionError, match=r"leak\.tmp"):
        assert_marker_nowhere(tmp_path, marker)


def write_everything(store: Store, marker: str) -> tuple[list[str], str]:
    with unit_of_work(store) as uow:
        household = hs.create_household(uow, f"Gezin {marker}", neighbourhood="Zwolle-Zuid",
                                         city=f"Zwolle {marker}")
        child = hs.add_person(uow, household, first_name=marker, last_name="Jansen",
                              is_index=True, birth_date=date(2016, 4, 2),
                              note=f"Zit in groep 5, {marker}")
        school = hs.add_organisation(uow, f"Basisschool {marker}")
        hs.link_partner(uow, household, school, contact_name=f"Juf {marker}")
        hs.connect(uow, household, (NodeKind.PERSON, child.id),
                   (NodeKind.ORGANISATION, school.id), note=f"band {marker}")
        goal = ps.add_goal(uow, household, f"{marker} gaat elke dag naar school")
        ps.record_score(uow, goal, 4, date(2026, 11, 1), note=f"score {marker}")
        agreement = ps.add_agreement(uow, household, f"Moeder belt de school over {marker}")
        ps.record_consent(uow, household, given_on=date(2026, 10, 1),
                          purpose=f"Delen met school, {marker}")
    visit_ids: list[str] = []
    for batch in range(VISITS // VISITS_PER_TRANSACTION):
        with unit_of_work(store) as uow:
            for n in range(VISITS_PER_TRANSACTION):
                visit = vs.start_visit(
                    uow, household,
                    notes=f"Bezoek {batch}-{n}: {marker} {FILLER}",
                    request=f"Hulpvraag {marker}", strengths=f"Kracht {marker}",
                    concerns=f"Zorg {marker}",
                )
                visit_ids.append(visit.id)
    return visit_ids, agreement.id


def edit_and_delete(store: Store, marker: str, visit_ids: list[str], agreement_id: str) -> None:
    with unit_of_work(store) as uow:
        for visit_id in visit_ids[:20]:
            visit = uow.get(Visit, visit_id)
            assert visit is not None
            vs.finalise_visit(uow, visit)
            vs.edit_visit(uow, visit, notes=f"Aangevuld: {marker} {FILLER}")
    with unit_of_work(store) as uow:
        for visit_id in visit_ids[20:60]:
            visit = uow.get(Visit, visit_id)
            assert visit is not None
            uow.update(visit, notes=f"Herschreven {marker} " + FILLER[::-1])
        for visit_id in visit_ids[-30:]:
            visit = uow.get(Visit, visit_id)
            assert visit is not None
            uow.delete(visit)
        agreement = uow.get(Agreement, agreement_id)
        assert agreement is not None
        ps.set_agreement_status(uow, agreement, AgreementStatus.DONE, date(2026, 11, 20))
        uow.delete(agreement)


def test_marker_appears_in_no_file(data_dir: Path) -> None:
    marker = "ZQXMARKER" + secrets.token_hex(8)
    store = Store.create(data_dir, PASSPHRASE, worker_name="Medewerker")
    visit_ids, agreement_id = write_everything(store, marker)
    edit_and_delete(store, marker, visit_ids, agreement_id)

    hits = search(store, marker, limit=1000)
    assert {"household", "person", "visit", "goal"} <= {hit.kind for hit in hits}
    assert all(hit.record_id not in visit_ids[-30:] for hit in hits)  # tombstones not found
    assert sum(hit.kind == "visit" for hit in hits) == VISITS - 30
    assert all(hit.kind != "agreement" for hit in hits)  # the deleted agreement is gone

    # While open: the WAL and shared-memory files are there too.
    files = assert_marker_nowhere(data_dir, marker)
    assert f"{DB_FILE}-wal" in files and f"{DB_FILE}-shm" in files
    assert (data_dir / f"{DB_FILE}-wal").stat().st_size > 100_000  # the WAL really churned

    backup = migrate.backup_file(store.engine, store.db_path, "marker-test")
    store.vacuum()
    assert_marker_nowhere(data_dir, marker)
    store.close()
    files = assert_marker_nowhere(data_dir, marker)
    assert str(backup.relative_to(data_dir)) in files

    with Store.open(data_dir, PASSPHRASE) as reopened:
        assert search(reopened, marker.lower())  # the data is there, just never in plain text
        assert_marker_nowhere(data_dir, marker)
    assert_marker_nowhere(data_dir, marker)
