"""`voordeur summary` and `voordeur plan`: the file where --out says, refusals, the log."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from testsupport import PASSPHRASE
from testsupport_summary import build
from voordeur.cli import EXIT_OK, EXIT_REFUSED, EXIT_USAGE, main
from voordeur.model.catalogues import AccessAction, AccessOutcome
from voordeur.store import access_log
from voordeur.store.store import Store


@pytest.fixture
def world(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    data_dir = tmp_path / "store"
    monkeypatch.setenv("VOORDEUR_DATA_DIR", str(data_dir))
    monkeypatch.setenv("VOORDEUR_PASSPHRASE", PASSPHRASE)
    with Store.create(data_dir, PASSPHRASE, worker_name="Test Medewerker",
                      team_name="Team Test", neighbourhood="Zwolle-Zuid") as store:
        household = build(store)
    return data_dir, household


def last_export(data_dir: Path):  # type: ignore[no-untyped-def]
    with Store.open(data_dir, PASSPHRASE) as store, store.session() as session:
        return next(e for e in access_log.entries(session) if e.action == AccessAction.EXPORT)


def test_summary_for_the_family_as_markdown(world, tmp_path: Path, capsys) -> None:
    data_dir, h = world
    out = tmp_path / "export" / "verslag.md"
    assert main(["summary", h.visit_id, "--for", "family", "--format", "md", "--out",
                 str(out)]) == EXIT_OK
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# Wat we hebben besproken")
    assert "Sem gaat elke dag met plezier naar school" in text
    printed = capsys.readouterr().out
    assert f"to {out}" in printed and "left out:" in printed
    assert "Sem" not in printed  # the terminal shows no names
    entry = last_export(data_dir)
    assert entry.detail == "visit summary, for family, md"
    assert entry.subject_ids == [h.household_id, h.visit_id]
    assert os.listdir(out.parent) == ["verslag.md"]


def test_plan_for_a_partner_as_pdf_takes_the_format_from_the_name(world,
                                                                  tmp_path: Path) -> None:
    data_dir, h = world
    out = tmp_path / "plan.pdf"
    assert main(["plan", h.household_id, "--for", f"partner:{h.school_id}", "--out",
                 str(out)]) == EXIT_OK
    assert out.read_bytes().startswith(b"%PDF")
    assert last_export(data_dir).detail == f"family plan, for partner:{h.school_id}, pdf"


def test_withdrawn_consent_is_refused_in_english_and_logged(world, tmp_path: Path,
                                                            capsys) -> None:
    data_dir, h = world
    out = tmp_path / "ggz.pdf"
    code = main(["summary", h.visit_id, "--for", f"partner:{h.ggz_id}", "--format", "pdf",
                 "--out", str(out)])
    assert code == EXIT_REFUSED
    err = capsys.readouterr().err
    assert "consent for sharing with GGZ Praktijk Zuid was withdrawn on 2026-06-01" in err
    assert not out.exists()
    entry = last_export(data_dir)
    assert entry.outcome == AccessOutcome.REFUSED and entry.detail.endswith(": withdrawn")


@pytest.mark.parametrize("argv", [
    ["--for", "neighbours", "--format", "pdf"],
    ["--for", "partner:", "--format", "pdf"],
    ["--for", "family", "--format", "docx"],  # the file is called .pdf
])
def test_usage_errors(world, tmp_path: Path, argv: list[str]) -> None:
    _, h = world
    assert main(["summary", h.visit_id, *argv, "--out", str(tmp_path / "x.pdf")]) == EXIT_USAGE
    assert not (tmp_path / "x.pdf").exists()


def test_unknown_visit_is_refused(world, tmp_path: Path, capsys) -> None:
    assert main(["summary", "no-such-visit", "--for", "file", "--out",
                 str(tmp_path / "x.md")]) == EXIT_REFUSED
    assert "no visit with id no-such-visit" in capsys.readouterr().err
