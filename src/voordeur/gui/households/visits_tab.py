"""The household page's tab Bezoeken: the visits, newest first, to open; a draft made by mistake
can be deleted here (button, context menu or Delete) and brought back from the notice (or
Ctrl+Z). A void visit stays in the list, struck through and labelled "vervallen"; a final visit
is not deleted: it is marked void in the visit editor.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QFont, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from voordeur.gui.common.errors import describe_error
from voordeur.gui.common.forms import ask
from voordeur.gui.common.i18n import catalogue_label
from voordeur.gui.common.undo_notice import UndoNotice
from voordeur.gui.common.visit_removal import (
    DELETE_DETAIL,
    RESTORE_DETAIL,
    delete_question,
    delete_task,
    deleted_text,
    restore_task,
)
from voordeur.gui.households.tabs import (
    ID_ROLE,
    ActivatingTree,
    muted_label,
    push_button,
    select_id,
    selected_id,
    visit_when,
)
from voordeur.model.catalogues import VisitStatus
from voordeur.services.household_queries import HouseholdDetail, VisitInfo

if TYPE_CHECKING:
    from voordeur.gui.households.page import HouseholdPage

VOID_COLOUR = QColor("#555555")  # 7:1 on white; struck through and said in words too


class _VisitsTree(ActivatingTree):
    """The themes column gets at most a quarter of the width: the notes matter more. Delete
    asks to delete the current row (a draft)."""

    THEMES = 4

    def fit_themes(self) -> None:
        wanted = self.sizeHintForColumn(self.THEMES) + 12
        self.header().resizeSection(self.THEMES, max(60, min(wanted,
                                                             self.viewport().width() // 4)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_themes()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        tab = self.parent()
        if event.key() == Qt.Key.Key_Delete and isinstance(tab, VisitsTab):
            tab.delete_selected()
            return
        super().keyPressEvent(event)


class VisitsTab(QWidget):
    def __init__(self, page: HouseholdPage) -> None:
        super().__init__(page)
        self.setObjectName("visitsTab")
        self.page = page
        self._visits: dict[str, VisitInfo] = {}
        self._household_id: str | None = None
        self._select_after_load: str | None = None
        self.context_menu: QMenu | None = None
        self.count_label = QLabel(self)
        self.count_label.setObjectName("visitCount")
        self.open_button = push_button(self.tr("Bezoek openen"), "openVisitButton", self,
                                       self.open_selected)
        self.delete_button = push_button(self.tr("Ver&wijderen…"), "deleteVisitButton", self,
                                         self.delete_selected)
        self.tree = _VisitsTree(self)
        self.tree.setObjectName("visitsTree")
        self.tree.setHeaderLabels([self.tr("Datum"), self.tr("Soort"), self.tr("Status"),
                                   self.tr("Notitie"), self.tr("Thema’s")])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setAccessibleName(self.tr("Bezoeken, nieuwste eerst"))
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        header = self.tree.header()
        header.setStretchLastSection(False)
        for column in range(5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Interactive)
        self.tree.itemActivated.connect(self._activated)
        self.tree.currentItemChanged.connect(lambda *_: self._selection_changed())
        self.empty_label = muted_label(
            self.tr("Nog geen bezoeken. Kies ‘Nieuw bezoek’ om er een vast te leggen."), self)
        self.undo_notice = UndoNotice(self, "visitsUndoNotice")

        top = QHBoxLayout()
        top.addWidget(self.count_label, 1)
        top.addWidget(self.open_button)
        top.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.undo_notice)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.tree, 1)

    def set_detail(self, detail: HouseholdDetail, *, same_household: bool) -> None:
        previous = selected_id(self.tree) if same_household else None
        if self._select_after_load in self._ids(detail):
            previous, self._select_after_load = self._select_after_load, None
        if not same_household:
            self.undo_notice.dismiss()
        self._household_id = detail.id
        self._visits = {visit.id: visit for visit in detail.visits}
        self.tree.clear()
        n = len(detail.visits)
        self.count_label.setText(self.tr("%n bezoek, nieuwste eerst", None, n) if n == 1
                                 else self.tr("%n bezoeken, nieuwste eerst", None, n))
        items = [self._item(visit, detail) for visit in detail.visits]
        self.tree.addTopLevelItems(items)
        self.tree.fit_themes()
        self.tree.setVisible(bool(items))
        self.empty_label.setVisible(not items)
        select_id(self.tree, previous)
        self._selection_changed()

    @staticmethod
    def _ids(detail: HouseholdDetail) -> set[str]:
        return {visit.id for visit in detail.visits}

    def _item(self, visit: VisitInfo, detail: HouseholdDetail) -> QTreeWidgetItem:
        themes = ", ".join(catalogue_label(t) for t in visit.themes)
        item = QTreeWidgetItem([
            visit_when(visit.starts_at, detail.today),
            catalogue_label(visit.kind),
            catalogue_label(visit.status),
            visit.first_line,
            themes,
        ])
        item.setData(0, ID_ROLE, visit.id)
        item.setToolTip(3, visit.first_line)
        item.setToolTip(4, themes)
        if visit.status == VisitStatus.DRAFT:
            font = QFont(item.font(2))
            font.setItalic(True)
            item.setFont(2, font)
        elif visit.status == VisitStatus.VOID:  # in the case file, struck through and said
            for column in range(item.columnCount()):
                font = QFont(item.font(column))
                font.setStrikeOut(column != 2)
                item.setFont(column, font)
                item.setForeground(column, VOID_COLOUR)
                item.setToolTip(column, self.tr("Vervallen: telt niet als contact"))
        return item

    def _selected_visit(self) -> VisitInfo | None:
        visit_id = selected_id(self.tree)
        return self._visits.get(visit_id) if visit_id else None

    def _selection_changed(self) -> None:
        visit = self._selected_visit()
        self.open_button.setEnabled(visit is not None)
        draft = visit is not None and visit.status == VisitStatus.DRAFT
        self.delete_button.setEnabled(draft)
        self.delete_button.setToolTip(
            self.tr("Een concept-bezoek weghalen dat per ongeluk is aangemaakt") if draft
            or visit is None else
            self.tr("Een definitief bezoek kun je niet verwijderen. Open het om het vervallen "
                    "te verklaren."))

    def _context_menu(self, pos: QPoint) -> None:
        item = self.tree.itemAt(pos)
        if item is None:
            return
        self.tree.setCurrentItem(item)
        visit = self._selected_visit()
        menu = QMenu(self.tree)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.addAction(self.tr("Openen"), self.open_selected)
        remove = menu.addAction(self.tr("Verwijderen…"), self.delete_selected)
        remove.setEnabled(visit is not None and visit.status == VisitStatus.DRAFT)
        if visit is not None and visit.status == VisitStatus.FINAL:
            hint = menu.addAction(self.tr("Definitief: open het om het vervallen te verklaren"))
            hint.setEnabled(False)
        self.context_menu = menu
        menu.popup(self.tree.viewport().mapToGlobal(pos))

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        visit_id = item.data(0, ID_ROLE)
        if visit_id:
            self.page.open_visit_requested.emit(str(visit_id))

    def open_selected(self) -> None:
        item = self.tree.currentItem()
        if item is not None:
            self._activated(item)

    # -- deleting a draft and bringing it back ------------------------------------------------
    def delete_selected(self) -> None:
        """Ask (saying what is lost), then delete the selected draft; the notice offers undo."""
        visit, household_id = self._selected_visit(), self._household_id
        if visit is None or household_id is None or visit.status != VisitStatus.DRAFT:
            return
        title, text = delete_question(visit.starts_at)
        self.page.active_dialog = ask(self, title, text, self.tr("Verwijderen"),
                                      lambda: self._delete(visit, household_id))

    def _delete(self, visit: VisitInfo, household_id: str) -> None:
        def done(_result: object) -> None:
            self.undo_notice.offer(deleted_text(visit.starts_at),
                                   lambda: self._restore(visit.id, household_id))

        self.page.ctx.write(delete_task(visit.id), self._alive(done), self._failed,
                            detail=DELETE_DETAIL, household_id=household_id)

    def _restore(self, visit_id: str, household_id: str) -> None:
        self._select_after_load = visit_id  # the page reloads after the write
        self.page.ctx.write(restore_task(visit_id), None, self._failed,
                            detail=RESTORE_DETAIL, household_id=household_id)

    def _alive(self, fn: Callable[[object], None]) -> Callable[[object], None]:
        def call(result: object) -> None:
            if shiboken6.isValid(self):
                fn(result)

        return call

    def _failed(self, exc: BaseException) -> None:
        self.page.ctx.bus.error_message.emit(describe_error(exc))
