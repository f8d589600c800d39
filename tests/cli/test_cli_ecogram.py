"""`voordeur ecogram`: a household's map as PNG/SVG/PDF, by role, as kept at a visit; logged."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sqlmodel import col, select

from testsupport import PASSPHRASE
from voordeur.cli import EXIT_OK, EXIT_REFUSED, EXIT_USAGE, main
from voordeur.domain.ecogram import node_key
from voordeur.model import AccessLogEntry, Visit
from voordeur.model.catalogues import (
    AccessAction,
    AccessOutcome,
    ChildType,
    Gender,
    LifeDomain,
    NodeKind,
    OrganisationKind,
    SupportDirection,
    TieQuality,
    TieStrength,
)
from voordeur.services import ecogram as es
from voordeur.services import households as hs
from voordeur.services import visits as vs
from voordeur.services.unit_of_work import unit_of_work
from voordeur.store.store import Store

NAMES = ("Ayşe", "Yılmaz", "Emre", "Fatma", "Mirjam")


@pytest.fixture
def world(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """A store with one household: two members, grandma, a school; a finalised visit."""
    data_dir = tmp_path / "store"
    monkeypatch.setenv("VOORDEUR_DATA_DIR", str(data_dir))
    monkeypatch.setenv("VOORDEUR_PASSPHRASE", PASSPHRASE)
    with Store.create(data_dir, PASSPHRASE, worker_name="Test Medewerker",
                      team_name="Team Test", neighbourhood="Zwolle-Zuid") as store:
        with unit_of_work(store) as uow:
            household = hs.start_household(uow, "Gezin Yılmaz")
            mother = hs.add_member(uow, household, first_name="Ayşe", last_name="Yılmaz",
                                   role="moeder", gender=Gender.FEMALE, is_index=True)
            son = hs.add_member(uow, household, first_name="Emre", last_name="Yılmaz",
                                role="zoon", gender=Gender.MALE)
            hs.relate_parent_child(uow, mother, son, ChildType.BIOLOGICAL)
            grandma = es.add_network_person(uow, household.id, first_name="Fatma",
                                            role="oma", gender=Gender.FEMALE,
                                            life_domain=LifeDomain.EXTENDED_FAMILY,
                                            closeness=1)
            school = es.add_partner(uow, household.id, name="OBS De Regenboog",
                                    kind=OrganisationKind.SCHOOL, contact_name="juf Mirjam")
            es.add_tie(uow, household.id, grandma.key,
                       node_key(NodeKind.HOUSEHOLD, household.id),
                       strength=TieStrength.STRONG, quality=TieQuality.SUPPORTIVE,
                       direction=SupportDirection.TO_TARGET, support=["P", "E"])
            es.add_tie(uow, household.id, school.key, node_key(NodeKind.PERSON, son.id),
                       quality=TieQuality.STRESSFUL)
            visit = vs.start_visit(uow, household, notes="Ecogram getekend")
        with unit_of_work(store) as uow:
            vs.finalise_visit(uow, uow.get(Visit, visit.id))
        with unit_of_work(store) as uow:
            draft = vs.start_visit(uow, uow.get(type(household), household.id))
    return {"household": household.id, "visit": visit.id, "draft": draft.id,
            "data_dir": str(data_dir)}


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def export_log(world: dict[str, str]) -> list[AccessLogEntry]:
    with Store.open(Path(world["data_dir"]), PASSPHRASE) as store, store.session() as session:
        return list(session.exec(
            select(AccessLogEntry).where(AccessLogEntry.action == AccessAction.EXPORT)
            .order_by(col(AccessLogEntry.seq))))


@pytest.mark.parametrize(("suffix", "magic"), [
    (".png", b"\x89PNG\r\n\x1a\n"), (".svg", b"<?xml"), (".PDF", b"%PDF-")])
def test_writes_the_format_of_the_suffix(world: dict[str, str], tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str], suffix: str,
                                         magic: bytes) -> None:
    out = tmp_path / f"ecogram{suffix}"
    code, stdout, err = run(capsys, "ecogram", world["household"], "--out", str(out))
    assert code == EXIT_OK, err
    assert out.read_bytes().startswith(magic)
    assert str(out) in stdout
    entries = export_log(world)
    assert len(entries) == 1 and entries[0].outcome == AccessOutcome.OK
    assert entries[0].subject_ids == [world["household"]]
    assert entries[0].detail.startswith(f"ecogram {suffix[1:].lower()}")
    assert not any(name in entries[0].detail for name in NAMES)  # no personal data in logs


def test_names_by_default_roles_on_request(world: dict[str, str], tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    named, anonymous = tmp_path / "named.svg", tmp_path / "roles.svg"
    assert run(capsys, "ecogram", world["household"], "--out", str(named))[0] == EXIT_OK
    assert run(capsys, "ecogram", world["household"], "--out", str(anonymous),
               "--roles")[0] == EXIT_OK
    text = named.read_text(encoding="utf-8")
    assert "Gezin Yılmaz" in text and "Fatma" in text and "juf Mirjam" in text
    text = anonymous.read_text(encoding="utf-8")
    for name in NAMES:
        assert not re.search(rf"\b{name}\b", text), name
    assert "oma" in text and "moeder" in text and "OBS De Regenboog" in text
    assert [e.detail for e in export_log(world)] == ["ecogram svg, names", "ecogram svg, roles"]


def test_snapshot_of_a_finalised_visit(world: dict[str, str], tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "then.svg"
    # the map changes after the visit; the snapshot still shows it as it was
    with Store.open(Path(world["data_dir"]), PASSPHRASE) as store, unit_of_work(store) as uow:
        es.add_network_person(uow, world["household"], first_name="Kees", role="buurman",
                              life_domain=LifeDomain.NEIGHBOURS)
    code, _, err = run(capsys, "ecogram", world["household"], "--out", str(out),
                       "--snapshot", world["visit"])
    assert code == EXIT_OK, err
    text = out.read_text(encoding="utf-8")
    assert "bezoek van" in text and "Fatma" in text and "Kees" not in text
    entry = export_log(world)[-1]
    assert entry.subject_ids[0] == world["household"] and len(entry.subject_ids) == 2
    assert entry.detail == "ecogram svg, names, snapshot"
    now = tmp_path / "now.svg"
    assert run(capsys, "ecogram", world["household"], "--out", str(now))[0] == EXIT_OK
    assert "Kees" in now.read_text(encoding="utf-8")


def test_refusals_are_plain_english(world: dict[str, str], tmp_path: Path,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "e.png"
    code, _, err = run(capsys, "ecogram", "no-such-household", "--out", str(out))
    assert code == EXIT_REFUSED and "no household with id no-such-household" in err
    code, _, err = run(capsys, "ecogram", world["household"], "--out", str(out),
                       "--snapshot", world["draft"])  # not finalised: no snapshot
    assert code == EXIT_REFUSED and "has no ecogram snapshot for visit" in err
    code, _, err = run(capsys, "ecogram", world["household"], "--out", str(tmp_path / "e.jpg"))
    assert code == EXIT_USAGE and ".png, .svg or .pdf" in err
    assert "Traceback" not in err
    assert run(capsys, "ecogram", world["household"])[0] == EXIT_USAGE  # --out is required
    assert not out.exists() and export_log(world) == []


def test_an_unwritable_file_is_refused_and_logged(world: dict[str, str], tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    code, _, err = run(capsys, "ecogram", world["household"], "--out",
                       str(blocker / "ecogram.png"))
    assert code == EXIT_REFUSED and "error" in err and "Traceback" not in err
    entries = export_log(world)
    assert [e.outcome for e in entries] == [AccessOutcome.ERROR]
