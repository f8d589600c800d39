"""Issue 18: a store that already holds values import and sync now refuse (written before they
were checked, here straight into the tables) still gives clean results: control characters
are left out of plans, summaries and ecograms; a snapshot the ecogram cannot read is refused
with a clear message (exit 2, no traceback)."""

from __future__ import annotations

from pathlib import Path

import pytest

from testsupport import PASSPHRASE
from testsupport_summary import build
from voordeur.cli import EXIT_OK, EXIT_REFUSED, main
from voordeur.model import EcogramSnapshot, Household, Person
from voordeur.services.ecogram_queries import snapshot_for_visit
from voordeur.store.store import Store


@pytest.fixture
def world(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    data_dir = tmp_path / "store"
    monkeypatch.setenv("VOORDEUR_DATA_DIR", str(data_dir))
    monkeypatch.setenv("VOORDEUR_PASSPHRASE", PASSPHRASE)
    with Store.create(data_dir, PASSPHRASE, worker_name="Test Medewerker",
                      team_name="Team Test", neighbourhood="Zwolle-Zuid") as store:
        household = build(store)
        found = snapshot_for_visit(store, household.visit_id)
        assert found is not None
        with store.session() as session:  # no unit of work: no validation
            fatma = session.get(Person, household.fatma_id)
            home = session.get(Household, household.household_id)
            assert fatma is not None and home is not None
            fatma.first_name, fatma.role = "Fat\x00ma", "moe\x1bder\x7f"
            home.display_name = "Gezin\x00 Yılmaz\x0c"
            session.add_all([fatma, home])
            session.commit()
    return data_dir, household, found[0].id


def _damage_snapshot(data_dir: Path, snapshot_id: str) -> None:
    with Store.open(data_dir, PASSPHRASE) as store, store.session() as session:
        snapshot = session.get(EcogramSnapshot, snapshot_id)
        assert snapshot is not None
        snapshot.data = {"anything": [1, 2, {"format": None}]}
        session.add(snapshot)
        session.commit()


@pytest.mark.parametrize("suffix", ["pdf", "docx", "md"])
def test_control_characters_stored_earlier_are_left_out(world, tmp_path: Path, suffix: str,
                                                        capsys) -> None:
    _, h, _ = world
    for argv in (["plan", h.household_id], ["summary", h.visit_id]):
        out = tmp_path / f"out.{suffix}"
        assert main([*argv, "--for", "file", "--out", str(out)]) == EXIT_OK
        assert out.stat().st_size > 0
        if suffix == "md":
            text = out.read_text("utf-8")
            assert "Fatma" in text and "\x00" not in text and "\x1b" not in text
    out = tmp_path / "eco.svg"
    assert main(["ecogram", h.household_id, "--out", str(out)]) == EXIT_OK
    assert "\x00" not in out.read_text("utf-8")
    assert "Traceback" not in capsys.readouterr().err


def test_a_damaged_snapshot_is_refused_clearly(world, tmp_path: Path, capsys) -> None:
    data_dir, h, snapshot_id = world
    _damage_snapshot(data_dir, snapshot_id)
    capsys.readouterr()
    assert main(["summary", h.visit_id, "--for", "file", "--out",
                 str(tmp_path / "s.pdf")]) == EXIT_REFUSED
    err = capsys.readouterr().err
    assert f"the ecogram snapshot {snapshot_id} cannot be shown" in err
    assert "unknown ecogram snapshot format None" in err and "Traceback" not in err
    assert main(["ecogram", h.household_id, "--snapshot", h.visit_id, "--out",
                 str(tmp_path / "e.png")]) == EXIT_REFUSED
    assert "cannot be shown" in capsys.readouterr().err
    # The plan draws the current map, not the snapshot: still fine.
    assert main(["plan", h.household_id, "--for", "file", "--out",
                 str(tmp_path / "p.docx")]) == EXIT_OK
