"""What the household list shows, apart from how it is drawn: the list model over the rows of the
read model, the sort keys and filters, and the short texts of a row (markers, details, the
description a screen reader reads, a short date such as '3 nov')."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from voordeur import clock
from voordeur.gui.common import i18n
from voordeur.model.catalogues import HouseholdStatus
from voordeur.services.household_queries import fold
from voordeur.services.household_rows import HouseholdRow

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2


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


# Words before the surname that Dutch lists sort past: "Familie de Vries" sorts under V.
_HOUSEHOLD_WORDS = ("familie", "fam.", "fam", "gezin", "huishouden")
_TUSSENVOEGSELS = frozenset({
    "de", "den", "der", "het", "'t", "t", "van", "von", "ten", "ter", "te", "in", "op", "aan",
    "bij", "onder", "over", "uit", "uijt", "voor", "'s", "d'", "la", "le", "du", "des", "del",
    "della", "di", "da", "dos",
})


def name_sort_key(display_name: str) -> tuple[str, str]:
    """How the household list sorts a name: on the surname, past a leading "Familie", "Gezin"
    or "Fam." and past the tussenvoegsels ("de", "van der"), as Dutch lists do; the whole
    name breaks ties."""
    words = fold(display_name).split()
    if len(words) > 1 and words[0] in _HOUSEHOLD_WORDS:
        words = words[1:]
    while len(words) > 1 and words[0] in _TUSSENVOEGSELS:
        words = words[1:]
    return " ".join(words), fold(display_name)


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
        self._name_keys: dict[str, tuple[str, str]] = {}
        self._sort = SortKey.NAME
        self._filter = ListFilter()
        self.today = clock.today()

    # -- data in --------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[HouseholdRow]) -> None:
        self._name_keys = {r.id: name_sort_key(r.display_name) for r in rows}
        self._all = self._sorted(rows)
        self._refilter()

    def update_rows(self, ids: Sequence[str], rows: Sequence[HouseholdRow]) -> None:
        """Replace, add or drop the rows of `ids` (a household changed, was added or removed)."""
        gone = set(ids)
        kept = [r for r in self._all if r.id not in gone]
        for row in rows:
            self._name_keys[row.id] = name_sort_key(row.display_name)
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
