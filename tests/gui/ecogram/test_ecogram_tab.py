"""The Ecogram tab as a worker uses it: add, connect, drag, edit, delete, undo/redo, snapshot,
compare, auto-layout and export — every change checked in the store, not only on screen."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlmodel import select

from voordeur.domain.ecogram import Ecogram
from voordeur.gui.common.context import AppContext
from voordeur.gui.ecogram.add_dialog import AddContactDialog
from voordeur.gui.ecogram.export_dialog import EcogramExportDialog
from voordeur.gui.ecogram.tab import EcogramTab
from voordeur.gui.households.page import HouseholdPage
from voordeur.model import AccessLogEntry
from voordeur.model.catalogues import AccessAction, TieQuality
from voordeur.services.ecogram_queries import current_ecogram
from voordeur.services.household_rows import household_rows


def stored(ctx: AppContext, household_id: str) -> Ecogram:
    with ctx.store.session() as session:
        return current_ecogram(session, household_id)


def settle(tab: EcogramTab, ctx: AppContext, qtbot: QtBot) -> None:
    """Every write and the reload after it are done."""
    for _ in range(3):
        qtbot.waitUntil(lambda: ctx.runner.pending == 0, timeout=10_000)
        QApplication.processEvents()
    qtbot.waitUntil(lambda: tab.shown is not None
                    and tab.shown.ecogram == tab.state.ecogram if tab.state else False,
                    timeout=10_000)


@pytest.fixture
def page(demo_ctx: AppContext, qtbot: QtBot) -> HouseholdPage:
    widget = HouseholdPage(demo_ctx)
    qtbot.addWidget(widget)
    widget.resize(1366, 760)
    widget.show()
    yield widget
    widget.shutdown()


@pytest.fixture
def tab(page: HouseholdPage, demo_ctx: AppContext, qtbot: QtBot) -> EcogramTab:
    row = household_rows(demo_ctx.store)[0]
    page.load(row.id)
    qtbot.waitUntil(lambda: page.detail is not None, timeout=10_000)
    page.tabs.setCurrentIndex(1)  # Ecogram
    ecogram_tab = page.ecogram_tab.tab
    assert ecogram_tab is not None, "the tab is built when it is first shown"
    qtbot.waitUntil(lambda: ecogram_tab.state is not None, timeout=10_000)
    settle(ecogram_tab, demo_ctx, qtbot)
    return ecogram_tab


def network_names(ecogram: Ecogram) -> set[str]:
    return {n.name for n in ecogram.network()}


def drag(qtbot: QtBot, tab: EcogramTab, start: QPointF, end: QPointF,
         button: Qt.MouseButton = Qt.MouseButton.LeftButton) -> None:
    """Press, move in steps with the button held (QTest's mouseMove holds none), release."""
    viewport = tab.view.viewport()
    a, b = tab.view.mapFromScene(start), tab.view.mapFromScene(end)
    qtbot.mousePress(viewport, button, pos=a)
    for i in range(1, 6):
        p = QPointF(a) + (QPointF(b) - QPointF(a)) * (i / 5)
        QApplication.sendEvent(viewport, QMouseEvent(
            QMouseEvent.Type.MouseMove, p, viewport.mapToGlobal(p), Qt.MouseButton.NoButton,
            button, Qt.KeyboardModifier.NoModifier))
    qtbot.mouseRelease(viewport, button, pos=b)


# -- the tab in the page --------------------------------------------------------------------------
def test_the_tab_shows_the_stored_network(tab: EcogramTab, demo_ctx: AppContext) -> None:
    ecogram = stored(demo_ctx, tab.household_id or "")
    assert tab.shown is not None and tab.shown.ecogram == ecogram
    assert {i.key for i in tab.scene.node_items()} >= {n.key for n in ecogram.nodes
                                                        if not n.is_household}
    assert tab.list_view.model.rowCount() == len(ecogram.network())
    assert tab.view.legend.isVisible() and tab.view.legend.entries()
    assert tab.indicators_view.texts()


# -- add, undo, redo ------------------------------------------------------------------------------
def test_add_a_person_then_undo_and_redo(tab: EcogramTab, demo_ctx: AppContext,
                                         qtbot: QtBot) -> None:
    hid = tab.household_id or ""
    tab.add_action.trigger()
    dialog = tab.active_dialog
    assert isinstance(dialog, AddContactDialog) and dialog.isVisible()
    assert not dialog.ok_button.isEnabled()  # no name yet
    qtbot.keyClicks(dialog.first_name_edit, "Truus")
    qtbot.keyClicks(dialog.last_name_edit, "Kramer")
    dialog.accept()
    settle(tab, demo_ctx, qtbot)
    after = stored(demo_ctx, hid)
    assert "Truus Kramer" in network_names(after)
    truus = next(n for n in after.network() if n.name == "Truus Kramer")
    assert truus.key in after.positions, "a new contact gets a saved place at once"
    assert tab.scene.node_item(truus.key) is not None
    assert tab.scene.selected_keys() == [truus.key], "the new contact is selected"

    tab.undo_action.trigger()
    settle(tab, demo_ctx, qtbot)
    assert "Truus Kramer" not in network_names(stored(demo_ctx, hid))
    assert tab.scene.node_item(truus.key) is None

    tab.redo_action.trigger()
    settle(tab, demo_ctx, qtbot)
    again = stored(demo_ctx, hid)
    assert truus.key in {n.key for n in again.network()}, "redo brings back the same record"
    assert again.positions[truus.key] == after.positions[truus.key]


# -- connect --------------------------------------------------------------------------------------
def test_connect_two_contacts_and_undo(tab: EcogramTab, demo_ctx: AppContext,
                                       qtbot: QtBot) -> None:
    hid = tab.household_id or ""
    before = stored(demo_ctx, hid)
    network = before.network()
    a, b = next((x, y) for x in network for y in network if x.key < y.key
                and not any(t.touches(x.key) and t.touches(y.key) for t in before.ties))
    tab.scene.connect_requested.emit(a.key, b.key)  # what a right-button drag from a to b sends
    settle(tab, demo_ctx, qtbot)
    after = stored(demo_ctx, hid)
    new = [t for t in after.ties if {t.source, t.target} == {a.key, b.key}]
    assert len(new) == 1 and tab.scene.tie_item(new[0].id) is not None
    tab.undo_action.trigger()
    settle(tab, demo_ctx, qtbot)
    assert not [t for t in stored(demo_ctx, hid).ties if {t.source, t.target} == {a.key, b.key}]


def test_connect_by_dragging_with_the_right_button(tab: EcogramTab, demo_ctx: AppContext,
                                                   qtbot: QtBot) -> None:
    hid = tab.household_id or ""
    before = stored(demo_ctx, hid)
    network = before.network()
    a, b = next((x, y) for x in network for y in network if x.key < y.key
                and not any(t.touches(x.key) and t.touches(y.key) for t in before.ties))
    item_a, item_b = tab.scene.node_item(a.key), tab.scene.node_item(b.key)
    assert item_a is not None and item_b is not None
    requested: list[tuple[str, str]] = []
    tab.scene.connect_requested.connect(lambda s, t: requested.append((s, t)))
    drag(qtbot, tab, item_a.pos(), item_b.pos(), Qt.MouseButton.RightButton)
    assert requested == [(a.key, b.key)]
    settle(tab, demo_ctx, qtbot)
    assert [t for t in stored(demo_ctx, hid).ties if {t.source, t.target} == {a.key, b.key}]


# -- drag -----------------------------------------------------------------------------------------
def test_dragging_a_contact_saves_its_place_and_undo_puts_it_back(
        tab: EcogramTab, demo_ctx: AppContext, qtbot: QtBot) -> None:
    hid = tab.household_id or ""
    node = tab.shown.ecogram.network()[0] if tab.shown else None
    assert node is not None
    item = tab.scene.node_item(node.key)
    assert item is not None
    start = item.pos()
    old = stored(demo_ctx, hid).positions.get(node.key)
    drag(qtbot, tab, start, start + QPointF(40, 25))
    settle(tab, demo_ctx, qtbot)
    new = stored(demo_ctx, hid).positions[node.key]
    assert new != old and abs(new[0] - start.x()) > 10
    assert (tab.scene.node_item(node.key).pos().x(), tab.scene.node_item(node.key).pos().y()) \
        == pytest.approx(new)
    tab.undo_action.trigger()
    settle(tab, demo_ctx, qtbot)
    assert stored(demo_ctx, hid).positions[node.key] == pytest.approx((start.x(), start.y()))


# -- edit -----------------------------------------------------------------------------------------
def test_double_click_edits_a_contact_in_the_side_panel(tab: EcogramTab, demo_ctx: AppContext,
                                                        qtbot: QtBot) -> None:
    hid = tab.household_id or ""
    node = next(n for n in tab.shown.ecogram.network() if not n.is_organisation)
    old_role = node.role
    tab.scene.select(node.key)
    tab.scene.node_activated.emit(node.key)  # a double-click on the node sends this
    editor = tab.side_panel.node_editor
    assert tab.side_panel.current_item() == node.key
    editor.role_combo.setEditText("buurman van de overkant")
    assert editor.apply()
    settle(tab, demo_ctx, qtbot)
    assert stored(demo_ctx, hid).node(node.key).role == "buurman van de overkant"
    assert tab.list_view.model.rowCount() == len(tab.shown.ecogram.network())
    tab.undo_action.trigger()
    settle(tab, demo_ctx, qtbot)
    assert stored(demo_ctx, hid).node(node.key).role == old_role


def test_edit_a_tie_then_undo(tab: EcogramTab, demo_ctx: AppContext, qtbot: QtBot) -> None:
    hid = tab.household_id or ""
    tie = next(t for t in tab.shown.ecogram.ties if t.quality != TieQuality.STRESSFUL)
    tab.scene.select(tie.id)
    tab.scene.tie_activated.emit(tie.id)
    editor = tab.side_panel.tie_editor
    assert tab.side_panel.current_item() == tie.id
    box = editor.quality_combo
    box.setCurrentIndex(box.findData(TieQuality.STRESSFUL))
    assert editor.apply()
    settle(tab, demo_ctx, qtbot)
    assert stored(demo_ctx, hid).tie(tie.id).quality == TieQuality.STRESSFUL
    tab.undo_action.trigger()
    settle(tab, demo_ctx, qtbot)
    assert stored(demo_ctx, hid).tie(tie.id).quality == tie.quality


# -- delete ---------------------------------------------------------------------------------------
def test_delete_a_contact_with_its_ties_and_undo(tab: EcogramTab, demo_ctx: AppContext,
                                                 qtbot: QtBot) -> None:
    hid = tab.household_id or ""
    before = stored(demo_ctx, hid)
    node = max(before.network(), key=lambda n: len(before.ties_of(n.key)))
    ties = {t.id for t in before.ties_of(node.key)}
    assert ties
    tab.scene.select(node.key)
    assert tab.delete_action.isEnabled()
    tab.delete_action.trigger()
    settle(tab, demo_ctx, qtbot)
    after = stored(demo_ctx, hid)
    assert after.node(node.key) is None and not ties & {t.id for t in after.ties}
    assert tab.scene.node_item(node.key) is None
    tab.undo_action.trigger()
    settle(tab, demo_ctx, qtbot)
    back = stored(demo_ctx, hid)
    assert back.node(node.key) == node and ties <= {t.id for t in back.ties}


def test_the_household_and_members_cannot_be_deleted_here(tab: EcogramTab,
                                                          demo_ctx: AppContext,
                                                          qtbot: QtBot) -> None:
    member = tab.shown.ecogram.members()[0]
    tab.scene.select(member.key)
    tab.delete_action.trigger()
    settle(tab, demo_ctx, qtbot)
    assert stored(demo_ctx, tab.household_id or "").node(member.key) is not None


# -- snapshots and comparing ----------------------------------------------------------------------
def test_snapshot_on_demand_appears_in_the_timeline_read_only(
        tab: EcogramTab, demo_ctx: AppContext, qtbot: QtBot) -> None:
    count = len(tab.state.snapshots)
    tab.snapshot_action.trigger()
    settle(tab, demo_ctx, qtbot)
    assert len(tab.state.snapshots) == count + 1
    newest = tab.state.snapshots[-1]
    assert newest.visit_id is None
    assert tab.timeline.findData(newest.id) >= 0
    tab.show_snapshot(newest.id)
    qtbot.waitUntil(lambda: tab.shown.snapshot is not None, timeout=10_000)
    assert tab.shown.ecogram.nodes == tab.state.ecogram.nodes
    assert not tab.editable and not tab.add_action.isEnabled()
    assert not tab.delete_action.isEnabled() and not tab.undo_action.isEnabled()
    tab.show_snapshot(None)
    qtbot.waitUntil(lambda: tab.shown.snapshot is None, timeout=10_000)
    assert tab.editable and tab.add_action.isEnabled()


def test_compare_with_an_earlier_visit_highlights_and_says_it(
        tab: EcogramTab, demo_ctx: AppContext, qtbot: QtBot) -> None:
    assert tab.state.snapshots, "the demo keeps snapshots at final visits"
    oldest = tab.state.snapshots[0]
    tab.compare(oldest.id)
    qtbot.waitUntil(lambda: tab.compare_with is not None, timeout=10_000)
    sentence = tab.sentence.text()
    assert tab.sentence.isVisible() and sentence.startswith("Sinds ")
    # the demo's story: new supportive contacts and a tie that is no longer stressful
    assert "nieuw" in sentence and "niet meer stressvol" in sentence
    states = {item.compare for item in tab.scene.node_items()}
    assert "added" in {str(s) for s in states}
    assert not tab.editable
    tab.compare(None)
    qtbot.waitUntil(lambda: tab.compare_with is None, timeout=10_000)
    assert not tab.sentence.isVisible() and tab.editable


# -- auto-layout ----------------------------------------------------------------------------------
def test_auto_layout_runs_off_the_gui_thread_and_can_be_cancelled(
        tab: EcogramTab, demo_ctx: AppContext, qtbot: QtBot) -> None:
    depth = tab.undo_stack.count()
    tab.layout_action.trigger()
    tab.cancel_auto_layout()
    settle(tab, demo_ctx, qtbot)
    qtbot.waitUntil(lambda: tab._layout_runner is not None
                    and tab._layout_runner.pending == 0, timeout=10_000)
    QApplication.processEvents()
    assert tab.undo_stack.count() == depth, "a cancelled layout changes nothing"
    assert tab.layout_action.isEnabled() and not tab.stop_layout_action.isVisible()
    # Scatter one contact, then let the layout finish: it becomes one undo step.
    node = tab.shown.ecogram.network()[0]
    item = tab.scene.node_item(node.key)
    drag(qtbot, tab, item.pos(), item.pos() + QPointF(0, 90))
    settle(tab, demo_ctx, qtbot)
    depth = tab.undo_stack.count()
    tab.layout_action.trigger()
    qtbot.waitUntil(lambda: tab.undo_stack.count() == depth + 1, timeout=10_000)
    settle(tab, demo_ctx, qtbot)
    assert stored(demo_ctx, tab.household_id or "").positions == tab.scene.positions() | {
        k: v for k, v in stored(demo_ctx, tab.household_id or "").positions.items()
        if k not in tab.scene.positions()}


# -- export ---------------------------------------------------------------------------------------
def test_export_with_roles_writes_no_names_and_logs_it(
        tab: EcogramTab, demo_ctx: AppContext, qtbot: QtBot, tmp_path: Path) -> None:
    tab.export_action.trigger()
    dialog = tab.active_dialog
    assert isinstance(dialog, EcogramExportDialog)
    dialog.format_buttons["svg"].setChecked(True)
    dialog.roles_box.setChecked(True)
    out = tmp_path / "ecogram.svg"
    dialog.export_to(out)
    qtbot.waitUntil(lambda: out.exists() and dialog.saved_to == out, timeout=30_000)
    text = out.read_text(encoding="utf-8")
    for node in tab.shown.ecogram.nodes:
        if node.kind == "person":
            for part in node.name.split():
                if len(part) > 3:
                    assert part not in text, f"{part} leaked into a roles export"
    assert "Legenda" in text
    with demo_ctx.store.session() as session:
        entries = session.exec(select(AccessLogEntry)).all()
    exports = [e for e in entries if e.action == AccessAction.EXPORT
               and tab.household_id in e.subject_ids]
    assert exports and "roles" in exports[-1].detail and "svg" in exports[-1].detail


def test_the_save_dialog_suggests_what_and_when_never_the_familys_name(
        tab: EcogramTab, demo_ctx: AppContext, qtbot: QtBot, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from save_dialog_fakes import answer_save_dialog

    tab.export_action.trigger()
    dialog = tab.active_dialog
    assert isinstance(dialog, EcogramExportDialog)
    dialog.format_buttons["png"].setChecked(True)
    target = tmp_path / "kaart.png"
    asked = answer_save_dialog(monkeypatch, target)
    dialog.choose_file()
    assert len(asked) == 1
    assert re.fullmatch(r"Ecogram \d{4}-\d\d-\d\d\.png", asked[0].name)
    assert tab.household_id and not any(
        len(part) > 3 and part in asked[0].name
        for node in tab.shown.ecogram.nodes for part in node.name.split())
    qtbot.waitUntil(lambda: dialog.saved_to == target, timeout=30_000)
    assert target.read_bytes().startswith(b"\x89PNG")


# -- room for the map ------------------------------------------------------------------------------
def test_large_map_hides_the_header_until_another_tab_is_chosen(
        tab: EcogramTab, page: HouseholdPage, qtbot: QtBot) -> None:
    asked: list[bool] = []
    page.large_map_changed.connect(asked.append)
    tab.large_action.trigger()
    assert asked == [True] and not page.header.isVisible()
    page.tabs.setCurrentIndex(0)
    assert asked == [True, False] and page.header.isVisible()
    assert not tab.large_map


def test_an_export_that_cannot_be_written_says_so_and_keeps_the_dialog(
        tab: EcogramTab, demo_ctx: AppContext, qtbot: QtBot, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where a folder should be", encoding="utf-8")
    tab.export_action.trigger()
    dialog = tab.active_dialog
    assert isinstance(dialog, EcogramExportDialog)
    dialog.export_to(blocker / "ecogram.png")
    qtbot.waitUntil(lambda: dialog.error_label.isVisible(), timeout=30_000)
    assert dialog.isVisible() and dialog.save_button.isEnabled()
    assert dialog.error_label.text().startswith("Het ecogram is niet opgeslagen.")
    assert "Traceback" not in dialog.error_label.text()
    dialog.reject()
