"""The household list: search as you type, filter by wijk, status and 'no contact for N weeks',
sort, and open a household with Enter or a click.

The rows are read once in the background (`household_rows`, a few grouped SQL queries); filtering
and sorting then happen in memory on the GUI thread. The model keeps every row sorted by the
current sort key and exposes the filtered slice: a keystroke is one pass over precomputed,
lower-cased search keys — no per-row calls from a sort/filter proxy.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import shiboken6
from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from voordeur import clock
from voordeur.gui.common.context import AppContext
from voordeur.gui.common.errors import describe_error
from voordeur.gui.households.list_model import (
    ID_ROLE,
    ROW_ROLE,
    HouseholdListModel,
    ListFilter,
    SortKey,
    StatusFilter,
    row_details,
    row_markers,
)
from voordeur.services.household_rows import HouseholdRow, household_rows

NO_CONTACT_WEEKS = (2, 4, 6, 8, 12, 26)

# Marker colours: always drawn together with their text, never colour alone.
WARN_BG, WARN_FG = QColor("#fff1c2"), QColor("#5c4200")
LATE_BG, LATE_FG = QColor("#fde0dd"), QColor("#8f1d12")



class HouseholdDelegate(QStyledItemDelegate):
    """Three lines per household: the name; wijk and dates; warning markers (if any)."""

    PAD = 6

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.today = clock.today()

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont, QFont]:
        name_font = QFont(option.font)
        name_font.setBold(True)
        small = QFont(option.font)
        if option.font.pointSizeF() > 0:
            small.setPointSizeF(max(6.0, option.font.pointSizeF() * 0.92))
        elif option.font.pixelSize() > 0:  # a font set in pixels
            small.setPixelSize(max(8, round(option.font.pixelSize() * 0.92)))
        return name_font, option.font, small

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        name_font, font, small = self._fonts(option)
        height = (QFontMetrics(name_font).height() + QFontMetrics(font).height()
                  + QFontMetrics(small).height() + 2 + 4 * self.PAD)
        return QSize(200, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        row: HouseholdRow | None = index.data(ROW_ROLE)
        if row is None:
            return
        self.initStyleOption(option, index)
        widget = option.widget
        style = widget.style() if widget is not None else None
        option.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        group = (QPalette.ColorGroup.Active if option.state & QStyle.StateFlag.State_Active
                 else QPalette.ColorGroup.Inactive)
        text_role = (QPalette.ColorRole.HighlightedText if selected
                     else QPalette.ColorRole.Text)
        text_colour = option.palette.color(group, text_role)
        muted = QColor(text_colour)
        if not selected:
            muted = option.palette.color(group, QPalette.ColorRole.PlaceholderText)
            if muted.lightness() > 150:  # some styles make placeholder text too faint
                muted = QColor("#555555")
        name_font, font, small = self._fonts(option)
        rect: QRect = option.rect.adjusted(self.PAD, self.PAD, -self.PAD, -self.PAD)
        name_fm, fm, small_fm = QFontMetrics(name_font), QFontMetrics(font), QFontMetrics(small)
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.save()
        separator = QColor(option.palette.color(QPalette.ColorRole.Mid))
        separator.setAlpha(90)
        painter.setPen(separator)
        painter.drawLine(option.rect.left() + self.PAD, option.rect.bottom(),
                         option.rect.right() - self.PAD, option.rect.bottom())
        # 1: the name.
        top = rect.top()
        painter.setFont(name_font)
        painter.setPen(text_colour if row.active or selected else muted)
        line = QRect(rect.left(), top, rect.width(), name_fm.height())
        painter.drawText(line, align, name_fm.elidedText(
            row.display_name, Qt.TextElideMode.ElideRight, line.width()))
        # 2: wijk, last contact, next visit.
        top += name_fm.height() + self.PAD
        painter.setFont(font)
        painter.setPen(muted)
        line = QRect(rect.left(), top, rect.width(), fm.height())
        painter.drawText(line, align, fm.elidedText(
            row_details(row, self.today), Qt.TextElideMode.ElideRight, line.width()))
        # 3: warnings, each a pill with its own words (colour is never the only sign).
        top += fm.height() + self.PAD
        left = rect.left()
        painter.setFont(small)
        for kind, text in row_markers(row):
            width = small_fm.horizontalAdvance(text) + 2 * self.PAD
            pill = QRect(left, top, min(width, rect.right() - left), small_fm.height() + 2)
            if pill.width() <= 2 * self.PAD:
                break
            bg, fg = (LATE_BG, LATE_FG) if kind == "late" else (WARN_BG, WARN_FG)
            painter.setPen(fg)
            painter.setBrush(bg)
            painter.drawRoundedRect(pill, 4, 4)
            painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, small_fm.elidedText(
                text, Qt.TextElideMode.ElideRight, pill.width() - self.PAD))
            left = pill.right() + self.PAD
        painter.restore()


class _HouseholdView(QListView):
    """Enter opens the current household; Up on the first row goes back to the search field."""

    open_current = Signal()
    leave_up = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_current.emit()
            return
        if key == Qt.Key.Key_Up and self.currentIndex().row() <= 0:
            self.leave_up.emit()
            return
        super().keyPressEvent(event)


class _SearchField(QLineEdit):
    """Down moves into the list, Enter opens the selected (or first) household.

    Handled in the field's own keyPressEvent, not with an event filter on the panel: Qt may call
    a filter while its owner is being destroyed, which crashes a Python-owned widget.
    """

    into_list = Signal()
    open_selected = Signal()

    def __init__(self, parent: QWidget, has_rows: Callable[[], bool]) -> None:
        super().__init__(parent)
        self._has_rows = has_rows

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Down and self._has_rows():
            self.into_list.emit()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._has_rows():
            self.open_selected.emit()
            return
        super().keyPressEvent(event)


class HouseholdListPanel(QWidget):
    household_activated = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("householdListPanel")
        self.ctx = ctx
        self._closed = False
        self._loaded = False
        self._pending_select: str | None = None
        self._selected_id: str | None = None
        self._load_error = ""

        self.search_field = _SearchField(self, lambda: self.model.rowCount() > 0)
        self.search_field.into_list.connect(self._search_down)
        self.search_field.open_selected.connect(self._search_enter)
        self.search_field.setObjectName("householdSearch")
        self.search_field.setPlaceholderText(self.tr("Zoek op naam, gezinslid of wijk…"))
        self.search_field.setClearButtonEnabled(True)
        self.search_field.setAccessibleName(self.tr("Huishoudens zoeken"))

        self.neighbourhood_combo = QComboBox(self)
        self.neighbourhood_combo.setObjectName("neighbourhoodFilter")
        self.neighbourhood_combo.addItem(self.tr("Alle wijken"), "")
        self.status_combo = QComboBox(self)
        self.status_combo.setObjectName("statusFilter")
        self.status_combo.addItem(self.tr("Actief"), StatusFilter.ACTIVE.value)
        self.status_combo.addItem(self.tr("Afgesloten"), StatusFilter.CLOSED.value)
        self.status_combo.addItem(self.tr("Alle"), StatusFilter.ALL.value)
        self.contact_combo = QComboBox(self)
        self.contact_combo.setObjectName("noContactFilter")
        self.contact_combo.addItem(self.tr("Alle"), 0)
        for weeks in NO_CONTACT_WEEKS:
            self.contact_combo.addItem(self.tr("Geen contact sinds %n weken", None, weeks), weeks)
        self.sort_combo = QComboBox(self)
        self.sort_combo.setObjectName("sortOrder")
        self.sort_combo.addItem(self.tr("Naam"), SortKey.NAME.value)
        self.sort_combo.addItem(self.tr("Laatste contact (langst geleden eerst)"),
                                SortKey.LAST_CONTACT.value)
        self.sort_combo.addItem(self.tr("Volgende bezoek (eerst komend)"),
                                SortKey.NEXT_VISIT.value)
        for combo in (self.neighbourhood_combo, self.status_combo, self.contact_combo,
                      self.sort_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(6)

        self.model = HouseholdListModel(self)
        self.view = _HouseholdView(self)
        self.view.setObjectName("householdListView")
        self.view.setModel(self.model)
        self.delegate = HouseholdDelegate(self.view)
        self.view.setItemDelegate(self.delegate)
        self.view.setUniformItemSizes(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setAccessibleName(self.tr("Huishoudens"))
        self.view.clicked.connect(self._activate_index)
        self.view.open_current.connect(self._activate_current)
        self.view.leave_up.connect(self.search_field.setFocus)

        self.count_label = QLabel(self)
        self.count_label.setObjectName("householdCount")
        self.state_label = QLabel(self.tr("Laden…"), self)
        self.state_label.setObjectName("householdListState")
        self.state_label.setWordWrap(True)
        self.state_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        filters = QGridLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        filters.setHorizontalSpacing(6)
        filters.setVerticalSpacing(4)
        for number, (text, combo) in enumerate((
            (self.tr("&Wijk"), self.neighbourhood_combo),
            (self.tr("S&tatus"), self.status_combo),
            (self.tr("&Contact"), self.contact_combo),
            (self.tr("S&orteren"), self.sort_combo),
        )):
            label = QLabel(text, self)
            label.setBuddy(combo)
            filters.addWidget(label, number, 0)
            filters.addWidget(combo, number, 1)
        filters.setColumnStretch(1, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(6)
        layout.addWidget(self.search_field)
        layout.addLayout(filters)
        layout.addWidget(self.count_label)
        layout.addWidget(self.state_label)
        layout.addWidget(self.view, 1)

        self.setTabOrder(self.search_field, self.view)
        self.setTabOrder(self.view, self.neighbourhood_combo)
        self.setTabOrder(self.neighbourhood_combo, self.status_combo)
        self.setTabOrder(self.status_combo, self.contact_combo)
        self.setTabOrder(self.contact_combo, self.sort_combo)

        self.search_field.textChanged.connect(self._filters_changed)
        for combo in (self.neighbourhood_combo, self.status_combo, self.contact_combo):
            combo.currentIndexChanged.connect(self._filters_changed)
        self.sort_combo.currentIndexChanged.connect(self._sort_changed)
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        self.model.modelReset.connect(self._restore_selection)

        ctx.bus.households_changed.connect(self.reload)
        ctx.bus.household_changed.connect(self._household_changed)
        self._update_state()
        self.reload()

    # -- public interface -----------------------------------------------------------------
    def reload(self) -> None:
        """Read every household again in the background (the selection is kept)."""
        if self._closed:
            return
        today = clock.today()
        self.ctx.read(lambda store: household_rows(store, today=today), self._loaded_rows,
                      self._load_failed, key=f"household-list-{id(self)}")

    def select_household(self, household_id: str) -> None:
        """Make `household_id` the current row (without opening it again)."""
        self._selected_id = household_id
        if not self._loaded:
            self._pending_select = household_id
            return
        if self.model.row_of(household_id) < 0 and any(
                r.id == household_id for r in self.model.all_rows):
            # Filtered out: widen the filters so the worker sees where they are.
            self.search_field.clear()
            self.neighbourhood_combo.setCurrentIndex(0)
            self.contact_combo.setCurrentIndex(0)
            if self.model.row_of(household_id) < 0:
                self.status_combo.setCurrentIndex(self.status_combo.findData(StatusFilter.ALL))
        self._select_row(self.model.row_of(household_id))

    def current_household_id(self) -> str | None:
        index = self.view.currentIndex()
        if index.isValid() and self.view.selectionModel().isSelected(index):
            return str(index.data(ID_ROLE))
        return None

    def shutdown(self) -> None:
        self._closed = True

    # -- loading --------------------------------------------------------------------------
    def _alive(self) -> bool:
        return not self._closed and shiboken6.isValid(self)

    def _loaded_rows(self, rows: list[HouseholdRow]) -> None:
        if not self._alive():
            return
        self._load_error = ""
        self._loaded = True
        self._set_today(clock.today())
        self.model.set_rows(rows)
        self._fill_neighbourhoods()
        if self._pending_select:
            pending, self._pending_select = self._pending_select, None
            self.select_household(pending)
        self._update_state()

    def _load_failed(self, exc: BaseException) -> None:
        if not self._alive():
            return
        self._load_error = describe_error(exc)
        self._update_state()

    def _household_changed(self, household_id: str) -> None:
        if self._closed or not self._loaded:
            return
        today = clock.today()
        self.ctx.read(lambda store: household_rows(store, today=today, ids=[household_id]),
                      lambda rows: self._row_loaded(household_id, rows), self._load_failed,
                      key=f"household-row-{id(self)}-{household_id}")

    def _row_loaded(self, household_id: str, rows: list[HouseholdRow]) -> None:
        if not self._alive():
            return
        self.model.update_rows([household_id], rows)
        self._fill_neighbourhoods()
        self._update_state()

    def _set_today(self, today: date) -> None:
        self.model.today = today
        self.delegate.today = today

    def _fill_neighbourhoods(self) -> None:
        current = self.neighbourhood_combo.currentData() or ""
        wijken = self.model.neighbourhoods()
        existing = [self.neighbourhood_combo.itemData(i)
                    for i in range(1, self.neighbourhood_combo.count())]
        if existing == wijken:
            return
        self.neighbourhood_combo.blockSignals(True)
        while self.neighbourhood_combo.count() > 1:
            self.neighbourhood_combo.removeItem(1)
        for wijk in wijken:
            self.neighbourhood_combo.addItem(wijk, wijk)
        found = self.neighbourhood_combo.findData(current) if current else 0
        self.neighbourhood_combo.setCurrentIndex(max(0, found))
        self.neighbourhood_combo.blockSignals(False)
        if current and found < 0:
            self._filters_changed()

    # -- filtering ------------------------------------------------------------------------
    def current_filter(self) -> ListFilter:
        return ListFilter(
            text=self.search_field.text(),
            neighbourhood=str(self.neighbourhood_combo.currentData() or ""),
            status=StatusFilter(self.status_combo.currentData() or StatusFilter.ACTIVE.value),
            no_contact_weeks=int(self.contact_combo.currentData() or 0),
        )

    def _filters_changed(self, *_: object) -> None:
        self.model.set_filter(self.current_filter())
        self._update_state()

    def _sort_changed(self, *_: object) -> None:
        self.model.set_sort(SortKey(self.sort_combo.currentData()))
        self._update_state()

    def _update_state(self) -> None:
        shown, total = len(self.model.visible), len(self.model.all_rows)
        if self._load_error:
            self.state_label.setText(self._load_error)
            self.state_label.show()
        elif not self._loaded:
            self.state_label.setText(self.tr("Laden…"))
            self.state_label.show()
        elif total == 0:
            self.state_label.setText(self.tr(
                "Nog geen huishoudens. Kies ‘Nieuw huishouden’ om er een toe te voegen."))
            self.state_label.show()
        elif shown == 0:
            self.state_label.setText(self.tr("Geen huishoudens gevonden met deze filters."))
            self.state_label.show()
        else:
            self.state_label.hide()
        if not self._loaded:
            self.count_label.clear()
        elif shown == total:
            self.count_label.setText(self.tr("%n huishoudens", None, total) if total != 1
                                     else self.tr("%n huishouden", None, total))
        else:
            self.count_label.setText(self.tr("{shown} van {total} huishoudens").format(
                shown=shown, total=total))

    # -- selection and activation ---------------------------------------------------------
    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._selected_id = str(current.data(ID_ROLE))

    def _restore_selection(self) -> None:
        if self._selected_id is None:
            return
        row = self.model.row_of(self._selected_id)
        if row >= 0:
            self._select_row(row)

    def _select_row(self, row: int) -> None:
        if row < 0:
            return
        index = self.model.index(row, 0)
        self.view.selectionModel().setCurrentIndex(
            index, self.view.selectionModel().SelectionFlag.ClearAndSelect)
        self.view.scrollTo(index)

    def _activate_index(self, index: QModelIndex) -> None:
        if index.isValid():
            household_id = str(index.data(ID_ROLE))
            self._selected_id = household_id
            self.household_activated.emit(household_id)

    def _activate_current(self) -> None:
        self._activate_index(self.view.currentIndex())

    def _search_down(self) -> None:
        if not self.view.currentIndex().isValid() or self.model.row_of(
                self._selected_id or "") < 0:
            self._select_row(0)
        self.view.setFocus(Qt.FocusReason.TabFocusReason)

    def _search_enter(self) -> None:
        row = self.model.row_of(self._selected_id or "")
        self._select_row(row if row >= 0 else 0)
        self._activate_current()
