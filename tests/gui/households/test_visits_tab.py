"""The Bezoeken tab: a draft is deleted there (after a question) and comes back with undo; a
final visit cannot be deleted; a void visit is listed struck through as "vervallen"."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlmodel import col, select

from testsupport import DEMO_DAY
from voordeur.gui.common.context import AppContext
from voordeur.gui.households.page import HouseholdPage
from voordeur.gui.households.tabs import ID_ROLE
from voordeur.model import AccessLogEntry, Visit
from voordeur.services import households as hs
from voordeur.services import visits as vs
from voordeur.services.demo import LOCAL_TZ
from voordeur.services.unit_of_work import unit_of_work
from voordeur.store.store import Store


def at(days: int) -> datetime:
    return datetime.combine(DEMO_DAY + timedelta(days=days), time(10), LOCAL_TZ)


def make_visits(store: Store) -> dict[str, str]:
    with unit_of_work(store) as uow:
        household = hs.create_household(uow, "Gezin Bakker")
        void = vs.start_visit(uow, household, starts_at=at(-14), notes="Dubbel")
        vs.finalise_visit(uow, void, snapshot=False)
        vs.void_visit(uow, void, "Dubbel ingevoerd")
        final = vs.start_visit(uow, household, starts_at=at(-7), notes="Gesprek")
        vs.finalise_visit(uow, final, snapshot=False)
        draft = vs.start_visit(uow, household, starts_at=at(0), notes="Per ongeluk")
    return {"household": household.id, "void": void.id, "final": final.id, "draft": draft.id}


def row_of(page: HouseholdPage, visit_id: str) -> int:
    tree = page.visits_tab.tree
    return next(i for i in range(tree.topLevelItemCount())
                if tree.topLevelItem(i).data(0, ID_ROLE) == visit_id)


def test_a_draft_is_deleted_from_the_bezoeken_tab_and_undo_brings_it_back(
    qtbot: QtBot, ctx: AppContext, store: Store
) -> None:
    ids = make_visits(store)
    page = HouseholdPage(ctx)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    page.load(ids["household"])
    qtbot.waitUntil(lambda: page.detail is not None, timeout=10_000)
    page.tabs.setCurrentWidget(page.visits_tab)
    tab, tree = page.visits_tab, page.visits_tab.tree
    assert tree.topLevelItemCount() == 3

    # The void visit: listed, labelled and struck through.
    void_item = tree.topLevelItem(row_of(page, ids["void"]))
    assert void_item.text(2) == "vervallen"
    assert void_item.font(0).strikeOut() and void_item.font(3).strikeOut()

    # A final visit cannot be deleted here.
    tree.setCurrentItem(tree.topLevelItem(row_of(page, ids["final"])))
    assert tab.open_button.isEnabled() and not tab.delete_button.isEnabled()
    assert "vervallen" in tab.delete_button.toolTip()
    tab.delete_selected()
    assert page.active_dialog is None

    # The draft: asked first (cancel keeps it), then deleted.
    tree.setCurrentItem(tree.topLevelItem(row_of(page, ids["draft"])))
    assert tab.delete_button.isEnabled()
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    box = page.active_dialog
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert "verdwijnen" in box.text() and "blijven bewaard" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert ctx.runner.wait_idle(10)
    assert tree.topLevelItemCount() == 3

    QTest.keyClick(tree, Qt.Key.Key_Delete)  # Delete asks too
    page.active_dialog.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: tree.topLevelItemCount() == 2, timeout=10_000)
    assert tab.undo_notice.isVisible() and "is verwijderd" in tab.undo_notice.label.text()
    with store.session() as session:
        assert session.get(Visit, ids["draft"]).deleted_at is not None
        entry = session.exec(select(AccessLogEntry)
                             .order_by(col(AccessLogEntry.seq).desc())).first()
    assert entry.detail == "delete visit: delete visit ×1"
    assert entry.subject_ids[:2] == [ids["household"], ids["draft"]]

    # Ctrl+Z in the tab brings it back, selected.
    page.activateWindow()
    tree.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is tree, timeout=2000)
    QTest.keyClick(tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: tree.topLevelItemCount() == 3, timeout=10_000)
    assert not tab.undo_notice.isVisible()
    assert tree.currentItem().data(0, ID_ROLE) == ids["draft"]
    with store.session() as session:
        assert session.get(Visit, ids["draft"]).deleted_at is None


def test_the_undo_button_restores_and_another_household_dismisses_the_notice(
    qtbot: QtBot, ctx: AppContext, store: Store
) -> None:
    ids = make_visits(store)
    other = make_visits(store)["household"]
    page = HouseholdPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.load(ids["household"])
    qtbot.waitUntil(lambda: page.detail is not None, timeout=10_000)
    page.tabs.setCurrentWidget(page.visits_tab)
    tab, tree = page.visits_tab, page.visits_tab.tree
    tree.setCurrentItem(tree.topLevelItem(row_of(page, ids["draft"])))
    tab.delete_selected()
    page.active_dialog.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(tab.undo_notice.isVisible, timeout=10_000)
    qtbot.mouseClick(tab.undo_notice.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tree.topLevelItemCount() == 3, timeout=10_000)

    tree.setCurrentItem(tree.topLevelItem(row_of(page, ids["draft"])))
    tab.delete_selected()
    page.active_dialog.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(tab.undo_notice.isVisible, timeout=10_000)
    page.load(other)
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.id == other,
                    timeout=10_000)
    assert not tab.undo_notice.isVisible()  # the undo belongs to the household it was on
    assert ctx.runner.wait_idle(10)
