"""The household list: search as you type, filter by wijk, status and 'no contact for N weeks',
sort, and open a household with Enter or a click.

The rows are read once in the background (`household_rows`, a few grouped SQL queries); filtering
and sorting then happen in memory on the GUI thread. The model keeps every row sorted by the
current sort key and exposes the filtered slice: a keystroke is one pass over precomputed,
lower-cased search keys — no per-row calls from a sort/filter proxy.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
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
from voordeur.gui import i18n
from voordeur.gui.context import AppContext
from voordeur.gui.errors import describe_error
from voordeur.model.catalogues import HouseholdStatus
from voordeur.services.household_queries import HouseholdRow, fold, household_rows

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2

NO_CONTACT_WEEKS = (2, 4, 6, 8, 12, 26)

# Marker colours: always drawn together with their text, never colour alone.
WARN_BG, WARN_FG = QColor("#fff1c2"), QColor("#5c4200")
LATE_BG, LATE_FG = QColor("#fde0dd"), QColor("#8f1d12")


def _t(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("HouseholdList", text, None, n)


def short_date(day: date | None, today: date | None = None) -> str:
    """'3 nov' this year, '3 nov 2025' otherwise (Dutch month names in Dutch)."""
    if day is None:
        return ""
    today = today or clock.today()
    if day.year == today.year:
        return i18n.locale().toString(QDate(day.year, day.month, day.day), "d MMM")
    return i18n.format_date(day)


class SortKey(StrEnum):
    NAME = "name"
    LAST_CONTACT = "last_contact"  # longest ago (or never) first
    NEXT_VISIT = "next_visit"  # soonest first, unplanned last


class StatusFilter(StrEnum):
    ACTIVE = "active"
    CLOSED = "closed"
    ALL = "all"


@dataclass(frozen=True)
class ListFilter:
    text: str = ""
    neighbourhood: str = ""  # '' = every wijk
    status: StatusFilter = StatusFilter.ACTIVE
    no_contact_weeks: int = 0  # 0 = off


def row_markers(row: HouseholdRow) -> list[tuple[str, str]]:
    """(kind, text) of the warnings a row carries: 'consent' and/or 'late'."""
    if not row.active:
        return []
    markers = []
    if not row.has_valid_consent:
        markers.append(("consent", _t("geen toestemming")))
    if row.overdue_agreements:
        text = (_t("%n afspraak te laat", row.overdue_agreements) if row.overdue_agreements == 1
                else _t("%n afspraken te laat", row.overdue_agreements))
        markers.append(("late", text))
    return markers


def row_details(row: HouseholdRow, today: date | None = None) -> str:
    """The second line: wijk, last contact and next visit."""
    parts = []
    if not row.active:
        parts.append(_t("afgesloten"))
    if row.neighbourhood:
        parts.append(row.neighbourhood)
    if row.last_contact:
        parts.append(_t("contact {date}").format(date=short_date(row.last_contact, today)))
    else:
        parts.append(_t("nog geen contact"))
    if row.next_visit:
        parts.append(_t("bezoek {date}").format(date=short_date(row.next_visit, today)))
    return " · ".join(parts)


def row_description(row: HouseholdRow) -> str:
    """Everything the row shows, in full sentences: tooltip and screen-reader text."""
    lines = [row.display_name]
    if row.neighbourhood:
        lines.append(_t("Wijk: {wijk}").format(wijk=row.neighbourhood))
    if not row.active:
        lines.append(_t("Afgesloten"))
    lines.append(_t("Laatste contact: {date}").format(date=i18n.format_date(row.last_contact))
                 if row.last_contact else _t("Nog geen contact"))
    lines.append(_t("Volgende bezoek: {date}").format(date=i18n.format_date(row.next_visit))
                 if row.next_visit else _t("Geen bezoek gepland"))
    if row.active and not row.has_valid_consent:
        lines.append(_t("Geen geldige toestemming om te delen"))
    if row.active and row.overdue_agreements:
        lines.append(_t("Afspraken te laat: {n}").format(n=row.overdue_agreements))
    return "\n".join(lines)


class HouseholdListModel(QAbstractListModel):
    """All rows, sorted; `visible` is the filtered slice the view shows."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._all: list[HouseholdRow] = []
        self._visible: list[HouseholdRow] = []
        self._name_keys: dict[str, str] = {}
        self._sort = SortKey.NAME
        self._filter = ListFilter()
        self.today = clock.today()

    # -- data in --------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[HouseholdRow]) -> None:
        self._name_keys = {r.id: fold(r.display_name) for r in rows}
        self._all = self._sorted(rows)
        self._refilter()

    def update_rows(self, ids: Sequence[str], rows: Sequence[HouseholdRow]) -> None:
        """Replace, add or drop the rows of `ids` (a household changed, was added or removed)."""
        gone = set(ids)
        kept = [r for r in self._all if r.id not in gone]
        for row in rows:
            self._name_keys[row.id] = fold(row.display_name)
        self._all = self._sorted([*kept, *rows])
        self._refilter()

    def set_sort(self, key: SortKey) -> None:
        if key != self._sort:
            self._sort = key
            self._all = self._sorted(self._all)
            self._refilter()

    def set_filter(self, value: ListFilter) -> None:
        if value != self._filter:
            self._filter = value
            self._refilter()

    @property
    def filter(self) -> ListFilter:
        return self._filter

    @property
    def sort_key(self) -> SortKey:
        return self._sort

    # -- data out -------------------------------------------------------------------------
    @property
    def all_rows(self) -> list[HouseholdRow]:
        return self._all

    @property
    def visible(self) -> list[HouseholdRow]:
        return self._visible

    def row_of(self, household_id: str) -> int:
        for number, row in enumerate(self._visible):
            if row.id == household_id:
                return number
        return -1

    def neighbourhoods(self) -> list[str]:
        return sorted({r.neighbourhood for r in self._all if r.neighbourhood}, key=fold)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._visible):
            return None
        row = self._visible[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.display_name
        if role == ROW_ROLE:
            return row
        if role == ID_ROLE:
            return row.id
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return row_description(row)
        return None

    # -- sorting and filtering ------------------------------------------------------------
    def _sorted(self, rows: Sequence[HouseholdRow]) -> list[HouseholdRow]:
        names = self._name_keys
        if self._sort == SortKey.LAST_CONTACT:
            return sorted(rows, key=lambda r: (r.last_contact or date.min, names[r.id]))
        if self._sort == SortKey.NEXT_VISIT:
            return sorted(rows, key=lambda r: (r.next_visit or date.max, names[r.id]))
        return sorted(rows, key=lambda r: (names[r.id], r.id))

    def matching(self) -> list[HouseholdRow]:
        """The rows the current filter lets through, in sort order (pure Python, no Qt)."""
        f = self._filter
        rows: list[HouseholdRow] = self._all
        if f.status == StatusFilter.ACTIVE:
            rows = [r for r in rows if r.status == HouseholdStatus.ACTIVE]
        elif f.status == StatusFilter.CLOSED:
            rows = [r for r in rows if r.status == HouseholdStatus.CLOSED]
        if f.neighbourhood:
            rows = [r for r in rows if r.neighbourhood == f.neighbourhood]
        if f.no_contact_weeks:
            cutoff = self.today - timedelta(weeks=f.no_contact_weeks)
            rows = [r for r in rows if r.last_contact is None or r.last_contact <= cutoff]
        for term in fold(f.text).split():
            rows = [r for r in rows if term in r.search_key]
        return rows if rows is not self._all else list(rows)

    def _refilter(self) -> None:
        visible = self.matching()
        self.beginResetModel()
        self._visible = visible
        self.endResetModel()


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
