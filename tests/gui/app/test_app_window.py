"""The main window: first run, unlock, lock (Ctrl+L and idle), drafts kept across a lock,
language switch, the demo marking."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from gui_windows import make_window, unlock
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from testsupport import PASSPHRASE
from voordeur.gui.app.main_window import AppWindow
from voordeur.gui.common import i18n
from voordeur.gui.common.app_settings import AppSettings
from voordeur.gui.unlock.first_run import FirstRunWizard
from voordeur.gui.unlock.unlock_screen import UnlockScreen
from voordeur.services.households import create_household
from voordeur.services.unit_of_work import unit_of_work
from voordeur.services.visits import start_visit
from voordeur.store.store import Store


@pytest.fixture
def closed_store(store: Store) -> Iterator[tuple[Path, str]]:
    """A store on disk with one household and one visit, closed (the window opens it)."""
    with unit_of_work(store) as uow:
        household = create_household(uow, "Familie Vonk", neighbourhood="Zwolle-Zuid")
        visit = start_visit(uow, household)
    visit_id = visit.id
    data_dir = store.data_dir
    store.close()
    yield data_dir, visit_id


def visible_text(widget: QWidget) -> str:
    parts = [label.text() for label in widget.findChildren(QLabel) if label.isVisible()]
    parts += [edit.toPlainText() for edit in widget.findChildren(QPlainTextEdit)]
    return "\n".join(parts)


def test_first_run_shows_the_wizard(qtbot: QtBot, settings: AppSettings, tmp_path: Path) -> None:
    window = make_window(qtbot, settings, tmp_path / "new-store")
    assert isinstance(window.start_widget, FirstRunWizard)
    assert window.is_locked
    window.shutdown()


def test_unlock_opens_the_workspace_and_lock_hides_everything(
    qtbot: QtBot, settings: AppSettings, closed_store: tuple[Path, str]
) -> None:
    data_dir, _visit_id = closed_store
    window = make_window(qtbot, settings, data_dir)
    assert isinstance(window.start_widget, UnlockScreen)
    unlock(qtbot, window)
    assert window.workspace is not None
    window.workspace.show_overview()
    qtbot.waitUntil(lambda: window.ctx is not None and window.ctx.runner.pending == 0)

    window.workspace.action_lock.trigger()  # Ctrl+L
    assert window.is_locked
    assert window.workspace is None
    assert isinstance(window.start_widget, UnlockScreen)
    qtbot.waitUntil(lambda: not window.findChildren(QWidget, "workspace"))
    assert "Familie Vonk" not in visible_text(window)
    window.shutdown()


def test_lock_saves_the_draft_and_unlock_restores_the_editor(
    qtbot: QtBot, settings: AppSettings, closed_store: tuple[Path, str]
) -> None:
    data_dir, visit_id = closed_store
    window = make_window(qtbot, settings, data_dir)
    unlock(qtbot, window)
    assert window.workspace is not None
    window.workspace.open_visit(visit_id)
    editor = window.workspace.visit_editor
    notes = editor.findChild(QPlainTextEdit, "notesEdit")
    assert notes is not None
    qtbot.waitUntil(lambda: notes.isEnabled() and not notes.isReadOnly(), timeout=5000)
    notes.setFocus()
    qtbot.keyClicks(notes, "Moeder vertelt over de nieuwe baan")
    window.lock()  # at once: no time for the autosave timer
    assert window.is_locked

    unlock(qtbot, window)
    assert window.workspace is not None
    editor = window.workspace.visit_editor
    assert window.workspace.pages.currentWidget() is editor
    assert editor.visit_id == visit_id
    notes = editor.findChild(QPlainTextEdit, "notesEdit")
    qtbot.waitUntil(lambda: "nieuwe baan" in notes.toPlainText(), timeout=5000)
    window.shutdown()

    with Store.open(data_dir, PASSPHRASE) as reopened, reopened.session() as session:
        from voordeur.model import Visit

        assert session.get(Visit, visit_id).notes == "Moeder vertelt over de nieuwe baan"


def test_idle_time_locks(
    qtbot: QtBot, settings: AppSettings, closed_store: tuple[Path, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    data_dir, _ = closed_store
    monkeypatch.setattr(AppWindow, "_autolock_seconds", lambda self: 0.3)
    window = make_window(qtbot, settings, data_dir)
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.is_locked, timeout=5000)
    assert isinstance(window.start_widget, UnlockScreen)
    window.shutdown()


def test_language_switch_rebuilds_the_views_in_english_and_back(
    qtbot: QtBot, settings: AppSettings, closed_store: tuple[Path, str]
) -> None:
    data_dir, _ = closed_store
    window = make_window(qtbot, settings, data_dir)
    unlock(qtbot, window)
    assert window.workspace is not None
    assert window.workspace.action_search.text().replace("&", "") == "Zoeken"
    try:
        window.set_language("en")
        assert settings.language == "en"
        assert window.workspace is not None
        assert window.workspace.action_search.text().replace("&", "") == "Search"
        window.set_language("nl")
        assert window.workspace.action_search.text().replace("&", "") == "Zoeken"
    finally:
        i18n.install_translations("nl")
        window.shutdown()


def test_demo_window_is_marked(qtbot: QtBot, settings: AppSettings, store: Store) -> None:
    window = AppWindow(settings, store.data_dir, store=store, demo=True)
    qtbot.addWidget(window)
    window.show()
    assert "demo" in window.windowTitle().lower()
    banner = window.findChild(QLabel, "demoBanner")
    assert banner is not None and banner.isVisible()
    assert "verzonnen" in banner.text()
    window.shutdown()


def test_a_household_opened_from_the_list_is_logged(
    qtbot: QtBot, settings: AppSettings, store: Store
) -> None:
    from voordeur.model.catalogues import AccessAction
    from voordeur.store import access_log

    with unit_of_work(store) as uow:
        household_id = create_household(uow, "Familie Tromp").id
    window = AppWindow(settings, store.data_dir, store=store)
    qtbot.addWidget(window)
    window.show()
    assert window.workspace is not None
    window.workspace.show_household(household_id)
    qtbot.waitUntil(lambda: window.ctx is not None and window.ctx.runner.pending == 0)
    window.shutdown()
    with Store.open(store.data_dir, PASSPHRASE) as reopened, reopened.session() as session:
        opened = [e for e in access_log.entries(session)
                  if e.action == AccessAction.OPEN and household_id in e.subject_ids]
    assert opened


def test_keyboard_search_opens_the_visit_and_ctrl_l_locks(
    qtbot: QtBot, settings: AppSettings, store: Store
) -> None:
    from voordeur.gui.search.dialog import SearchDialog

    with unit_of_work(store) as uow:
        household = create_household(uow, "Familie Vonk")
        start_visit(uow, household, notes="Gesprek over de zwemles van Daan")
        wanted = start_visit(uow, household, notes="Oma Riet helpt met de fietsreparatie")
    window = AppWindow(settings, store.data_dir, store=store)
    qtbot.addWidget(window)
    window.show()
    window.windowHandle().requestActivate()  # window shortcuts need the active window
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    assert window.workspace is not None
    field = window.workspace.household_list.search_field
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    dialog = window.workspace.findChild(SearchDialog)
    assert dialog is not None and dialog.isVisible()
    query = dialog.findChild(QLineEdit, "searchField")
    qtbot.keyClicks(query, "fietsrep")
    qtbot.waitUntil(lambda: dialog.results.count() > 0 if hasattr(dialog.results, "count")
                    else dialog.results.model().rowCount() > 0, timeout=5000)
    qtbot.keyClick(query, Qt.Key.Key_Return)
    editor = window.workspace.visit_editor
    qtbot.waitUntil(lambda: editor.visit_id == wanted.id, timeout=5000)
    assert window.workspace.pages.currentWidget() is editor
    notes = editor.findChild(QPlainTextEdit, "notesEdit")
    qtbot.waitUntil(lambda: "fietsreparatie" in notes.toPlainText(), timeout=5000)

    window.windowHandle().requestActivate()  # the search dialog had it (no window manager here)
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    notes.setFocus()
    qtbot.keyClick(notes, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.is_locked
    window.shutdown()


def test_a_new_visit_from_an_opened_visit_goes_to_that_visits_household(
    qtbot: QtBot, settings: AppSettings, store: Store
) -> None:
    with unit_of_work(store) as uow:
        shown = create_household(uow, "Familie Vonk")
        other = create_household(uow, "Gezin Tromp")
        visit = start_visit(uow, other, notes="Gesprek met Tromp")
    window = AppWindow(settings, store.data_dir, store=store)
    qtbot.addWidget(window)
    window.show()
    assert window.workspace is not None
    workspace = window.workspace
    workspace.show_household(shown.id)
    workspace.open_visit(visit.id)  # as from search: another household than the one shown
    qtbot.waitUntil(lambda: workspace.visit_editor.household_id == other.id, timeout=5000)
    assert workspace.current_household_id() == other.id
    window.shutdown()
