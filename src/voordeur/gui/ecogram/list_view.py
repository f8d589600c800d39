"""The ecogram as a table: every contact in the network with domain, closeness, the relation
with the household, the support and its direction. For workers who prefer a list, for screen
readers, and to find someone quickly on a busy map. Kept in step with the map by the tab.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from voordeur.domain.ecogram import Ecogram, Node, Tie
from voordeur.domain.ecogram_layout import SECTOR_ORDER
from voordeur.gui.common.i18n import catalogue_label, closeness_label
from voordeur.gui.common.style import MUTED_STYLE
from voordeur.gui.ecogram.text import direction_from, support_letters
from voordeur.model.catalogues import SupportType, TieQuality, TieStrength

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
_STRENGTHS = list(TieStrength)
_QUALITIES = list(TieQuality)


def _t(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("EcogramList", text, None, n)


class Column(IntEnum):
    NAME = 0
    ROLE = 1
    DOMAIN = 2
    CLOSENESS = 3
    RELATION = 4
    SUPPORT = 5
    DIRECTION = 6


def column_titles() -> list[str]:
    return [_t("Naam"), _t("Rol"), _t("Domein"), _t("Nabijheid"), _t("Relatie"), _t("Steun"),
            _t("Richting")]


@dataclass(frozen=True)
class Row:
    """One contact with its relation to the household (the tie with the household itself, else
    the first tie with a member)."""

    node: Node
    tie: Tie | None
    more_ties: int  # other ties with the household or members

    def text(self, column: Column) -> str:
        node, tie = self.node, self.tie
        if column == Column.NAME:
            return node.label()
        if column == Column.ROLE:
            if node.is_organisation:
                return catalogue_label(node.organisation_kind) if node.organisation_kind else ""
            return node.role
        if column == Column.DOMAIN:
            return catalogue_label(node.life_domain)
        if column == Column.CLOSENESS:
            return closeness_label(node.closeness)
        if tie is None:
            return "—" if column == Column.RELATION else ""
        if column == Column.RELATION:
            text = _t("{strength}, {quality}").format(
                strength=catalogue_label(tie.strength),
                quality=catalogue_label(tie.quality).lower())
            return text + (f" (+{self.more_ties})" if self.more_ties else "")
        if column == Column.SUPPORT:
            return support_letters(tie.support)
        return direction_from(tie, node.key)

    def sort_key(self, column: Column) -> Any:
        node, tie = self.node, self.tie
        if column == Column.DOMAIN:
            return SECTOR_ORDER.index(node.life_domain) if node.life_domain in SECTOR_ORDER else 99
        if column == Column.CLOSENESS:
            return node.closeness
        # Numbers for every row of a column (no tie sorts last), never a mix with text.
        if column == Column.RELATION:
            return (_QUALITIES.index(tie.quality) * 10 + _STRENGTHS.index(tie.strength)
                    if tie is not None else 999)
        if column == Column.SUPPORT:
            return -len(tie.support) if tie is not None else 1
        return self.text(column).casefold()

    def tooltip(self, column: Column) -> str | None:
        tie = self.tie
        if column == Column.SUPPORT and tie is not None and tie.support:
            return ", ".join(catalogue_label(s) for s in SupportType if s in tie.support)
        if column == Column.NAME and self.node.contact_name:
            return _t("Contact: {name}").format(name=self.node.contact_name)
        if column == Column.RELATION and tie is not None and tie.note:
            return tie.note
        return None


def rows_of(ecogram: Ecogram) -> list[Row]:
    centre = {ecogram.household_key} | {m.key for m in ecogram.members()}
    rows = []
    for node in ecogram.network():
        ties = [t for t in ecogram.ties_of(node.key) if t.other(node.key) in centre]
        ties.sort(key=lambda t: (t.other(node.key) != ecogram.household_key, t.id))
        rows.append(Row(node, ties[0] if ties else None, max(0, len(ties) - 1)))
    return rows


class EcogramTableModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []
        self._titles = column_titles()

    def set_ecogram(self, ecogram: Ecogram | None) -> None:
        self.beginResetModel()
        self._rows = rows_of(ecogram) if ecogram is not None else []
        self.endResetModel()

    def row_of(self, key: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.node.key == key), -1)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._titles[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return row.text(column)
        if role == KEY_ROLE:
            return row.node.key
        if role == SORT_ROLE:
            return row.sort_key(column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.tooltip(column)
        if role == Qt.ItemDataRole.AccessibleTextRole and column == Column.SUPPORT:
            return row.tooltip(column) or _t("geen")
        return None


class _Table(QTableView):
    """Enter activates the current row (double-click does too, via `activated`)."""

    enter_pressed = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.enter_pressed.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


class EcogramListView(QWidget):
    """Signals: `activated(key)` on double-click or Enter; `selection_changed(key)` when the
    worker selects another row ("" when none). `select(key)` does not emit."""

    activated = Signal(str)
    selection_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ecogramListView")
        self.model = EcogramTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = _Table(self)
        self.table.setObjectName("ecogramTable")
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(_t("Netwerk als lijst"))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.NAME, QHeaderView.ResizeMode.Stretch)
        self.empty_label = QLabel(_t("Nog niemand in het netwerk."), self)
        self.empty_label.setObjectName("ecogramListEmpty")
        self.empty_label.setStyleSheet(MUTED_STYLE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addWidget(self.empty_label)
        self._quiet = False
        self.table.activated.connect(self._activated)
        self.table.enter_pressed.connect(self._activated)
        self.table.selectionModel().currentRowChanged.connect(
            lambda *_: self._selection_moved())
        self.empty_label.hide()

    def set_ecogram(self, ecogram: Ecogram | None) -> None:
        """Show `ecogram`'s network; the selected contact stays selected."""
        kept = self.selected_key()
        self._quiet = True
        try:
            self.model.set_ecogram(ecogram)
            if kept:
                self._select(kept)
        finally:
            self._quiet = False
        empty = self.model.rowCount() == 0
        self.empty_label.setVisible(empty)

    def selected_key(self) -> str | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isSelected(index):
            return None
        return str(index.data(KEY_ROLE))

    def select(self, key: str | None) -> None:
        """Select the contact's row (or nothing when the key is not in the list); silent."""
        self._quiet = True
        try:
            self._select(key)
        finally:
            self._quiet = False

    def _select(self, key: str | None) -> None:
        row = self.model.row_of(key) if key else -1
        selection = self.table.selectionModel()
        if row < 0:
            selection.clearSelection()
            selection.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.NoUpdate)
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                  | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)

    def _selection_moved(self) -> None:
        if not self._quiet:
            self.selection_changed.emit(self.selected_key() or "")

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.activated.emit(str(index.data(KEY_ROLE)))
