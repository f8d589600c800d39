"""The save dialog: the app's own labels, the documents folder first and then the last
folder used, and file names every system accepts."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton
from pytestqt.qtbot import QtBot
from save_dialog_fakes import answer_save_dialog

from voordeur.gui.common import save_dialog
from voordeur.gui.common.app_settings import AppSettings


def test_file_names_have_no_characters_windows_refuses() -> None:
    name = save_dialog.safe_file_name('Verslag op straat / plein Gezin "De Vries": 2026?', ".pdf")
    assert name == "Verslag op straat - plein Gezin De Vries- 2026-.pdf"
    assert save_dialog.safe_file_name("  Gezinsplan  Gezin\tJansen. ", ".md") == (
        "Gezinsplan Gezin Jansen.md")
    assert save_dialog.safe_file_name("", ".png") == "document.png"


def test_the_dialog_is_qts_own_with_the_apps_labels(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = save_dialog.make_save_dialog(None, "Verslag opslaan", tmp_path,
                                          "Gezinsplan Gezin Jansen 2026-12-07.pdf", "PDF (*.pdf)")
    qtbot.addWidget(dialog)
    assert dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
    texts = {label.text() for label in dialog.findChildren(QLabel)}
    assert {"Map:", "Bestands&naam:", "Soort &bestand:"} <= texts
    assert "Op&slaan" in {button.text() for button in dialog.findChildren(QPushButton)}
    assert not any("Look in" in text or "Files of" in text for text in texts)


def test_it_starts_in_the_documents_folder_then_in_the_last_one_used(
        qtbot: QtBot, settings: AppSettings, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    documents = tmp_path / "Documenten"
    documents.mkdir()
    monkeypatch.setattr(save_dialog, "documents_folder", lambda: documents)
    chosen = tmp_path / "Gezinnen" / "plan.pdf"
    chosen.parent.mkdir()
    asked = answer_save_dialog(monkeypatch, chosen)

    path = save_dialog.ask_save_path(None, settings, "Opslaan", "Gezinsplan.pdf", "PDF (*.pdf)")
    assert path == chosen
    assert asked[0] == documents / "Gezinsplan.pdf"

    save_dialog.ask_save_path(None, settings, "Opslaan", "Verslag.pdf", "PDF (*.pdf)")
    assert asked[1] == chosen.parent / "Verslag.pdf"
    assert AppSettings(settings.path).value(save_dialog.LAST_FOLDER_KEY) == str(chosen.parent)


def test_a_cancelled_dialog_saves_nothing_and_keeps_the_folder(
        settings: AppSettings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(save_dialog, "documents_folder", lambda: tmp_path)
    answer_save_dialog(monkeypatch, None)
    assert save_dialog.ask_save_path(None, settings, "Opslaan", "x.pdf", "PDF (*.pdf)") is None
    assert not settings.value(save_dialog.LAST_FOLDER_KEY, "")
