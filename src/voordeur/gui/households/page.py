"""The household page: a header (name, wijk, status, consent in words) and the tabs Overzicht,
Bezoeken, Plan and Toestemming.

`load(id)` shows "Laden…" at once (never the previous household's data) and reads everything the
page shows in the background (`household_detail`, which also writes the access-log entry). Writes
go through `ctx.write(..., household_id=…)`; the page reloads itself on `household_changed`.
The tabs live in `household_tabs` (Overzicht, Bezoeken) and `household_plan_tab` (Plan).
"""

from __future__ import annotations

from collections.abc import Callable
from time import perf_counter
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QHideEvent, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from voordeur import clock
from voordeur.gui.common import i18n
from voordeur.gui.common.context import AppContext
from voordeur.gui.common.errors import describe_error
from voordeur.gui.common.forms import ask, show_error
from voordeur.gui.common.i18n import catalogue_label
from voordeur.gui.common.style import MUTED_STYLE, SUCCESS_COLOUR
from voordeur.gui.households.consent_panel import ConsentPanel, consent_status_text
from voordeur.gui.households.dialogs import HouseholdDialog, MemberDialog
from voordeur.gui.households.plan_tab import PlanTab
from voordeur.gui.households.tabs import OverviewTab, push_button
from voordeur.gui.households.visits_tab import VisitsTab
from voordeur.gui.households.write_dialog import WriteDialog
from voordeur.model import Household, Person
from voordeur.services import households as hs
from voordeur.services.household_queries import (
    HouseholdDetail,
    HouseholdNotFound,
    MemberInfo,
    household_detail,
)
from voordeur.services.unit_of_work import UnitOfWork

if TYPE_CHECKING:
    from voordeur.gui.ecogram.tab import EcogramTab


# -- the ecogram tab, built when first shown ----------------------------------------------------
class LazyEcogramTab(QWidget):
    """Holds the Ecogram tab's place; builds the real tab the first time it is shown.

    The ecogram brings numpy and networkx along, which the app's start does not need.
    """

    # The map asks for all the room (household list and page header hidden) or gives it back.
    large_map_changed = Signal(bool)

    def __init__(self, ctx: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tab: EcogramTab | None = None
        self._household_id: str | None = None
        self._closed = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    def build(self) -> EcogramTab:
        if self.tab is None:
            from voordeur.gui.ecogram.tab import EcogramTab

            self.tab = EcogramTab(self.ctx, self)
            self.tab.large_map_changed.connect(self.large_map_changed)
            self.layout().addWidget(self.tab)
            if self._household_id is not None:
                self.tab.set_household(self._household_id)
        return self.tab

    def set_household(self, household_id: str) -> None:
        self._household_id = household_id
        if self.tab is not None:
            self.tab.set_household(household_id)

    def shutdown(self) -> None:
        self._closed = True
        if self.tab is not None:
            self.tab.shutdown()

    def showEvent(self, event: QShowEvent) -> None:
        if not self._closed:
            self.build()
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        # Another tab or page: give the room back.
        if self.tab is not None and self.tab.large_map:
            self.tab.set_large_map(False)
        super().hideEvent(event)


# -- the page ---------------------------------------------------------------------------------
class HouseholdPage(QWidget):
    open_visit_requested = Signal(str)
    new_visit_requested = Signal(str)
    large_map_changed = Signal(bool)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("householdPage")
        self.ctx = ctx
        self.detail: HouseholdDetail | None = None
        self.active_dialog: QWidget | None = None
        self._household_id: str | None = None
        self._closed = False
        # GUI-thread time of the last time the page was filled (for benchmarks), seconds.
        self.last_fill_seconds = 0.0

        self._stack = QStackedWidget(self)
        self._empty = self._state_label(self.tr("Kies een huishouden in de lijst."))
        self._loading = self._state_label(self.tr("Laden…"))
        self._loading.setObjectName("householdLoading")
        self._error = self._state_label("")
        self._error.setObjectName("householdError")
        self._content = QWidget(self._stack)
        for widget in (self._empty, self._loading, self._error, self._content):
            self._stack.addWidget(widget)

        # Header.
        self.name_label = QLabel(self._content)
        self.name_label.setObjectName("householdName")
        font = QFont(self.name_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.name_label.setFont(font)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.name_label.setWordWrap(True)
        self.status_label = QLabel(self._content)
        self.status_label.setObjectName("householdStatus")
        self.info_label = QLabel(self._content)
        self.info_label.setObjectName("householdInfo")
        self.info_label.setWordWrap(True)
        self.info_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.consent_badge = QLabel(self._content)
        self.consent_badge.setObjectName("consentBadge")
        self.new_visit_button = push_button(self.tr("&Nieuw bezoek"), "newVisitButton",
                                            self._content, self._new_visit)
        self.edit_button = push_button(self.tr("Huishouden bewer&ken…"), "editHouseholdButton",
                                       self._content, self.edit_household)
        self.close_button = push_button(self.tr("Af&sluiten…"), "closeHouseholdButton",
                                        self._content, self.close_or_reopen)

        title_row = QHBoxLayout()
        title_row.addWidget(self.name_label, 1)
        title_row.addWidget(self.status_label, 0, Qt.AlignmentFlag.AlignTop)
        badges = QHBoxLayout()
        badges.addWidget(self.consent_badge, 0)
        badges.addStretch(1)
        header_text = QVBoxLayout()
        header_text.setSpacing(4)
        header_text.addLayout(title_row)
        header_text.addWidget(self.info_label)
        header_text.addLayout(badges)
        buttons = QVBoxLayout()
        buttons.setSpacing(4)
        for button in (self.new_visit_button, self.edit_button, self.close_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.header = QWidget(self._content)
        self.header.setObjectName("householdHeader")
        header = QHBoxLayout(self.header)
        header.setContentsMargins(0, 0, 0, 0)
        header.addLayout(header_text, 1)
        header.addLayout(buttons)

        self.tabs = QTabWidget(self._content)
        self.tabs.setObjectName("householdTabs")
        self.overview_tab = OverviewTab(self)
        self.visits_tab = VisitsTab(self)
        self.plan_tab = PlanTab(self)
        self.consent_panel = ConsentPanel(ctx, self)
        self.ecogram_tab = LazyEcogramTab(ctx, self)
        self.tabs.addTab(self.overview_tab, self.tr("&Overzicht"))
        self.tabs.addTab(self.ecogram_tab, self.tr("Eco&gram"))
        self.tabs.addTab(self.visits_tab, self.tr("B&ezoeken"))
        self.tabs.addTab(self.plan_tab, self.tr("&Plan"))
        self.tabs.addTab(self.consent_panel, self.tr("&Toestemming"))

        content_layout = QVBoxLayout(self._content)
        content_layout.setContentsMargins(8, 8, 8, 8)
        content_layout.addWidget(self.header)
        content_layout.addWidget(self.tabs, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._stack)
        self._stack.setCurrentWidget(self._empty)

        ctx.bus.household_changed.connect(self._household_changed)
        self.ecogram_tab.large_map_changed.connect(self._large_map_changed)

    def _large_map_changed(self, large: bool) -> None:
        self.header.setVisible(not large)
        self.large_map_changed.emit(large)

    def _state_label(self, text: str) -> QLabel:
        label = QLabel(text, self._stack)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        label.setStyleSheet(MUTED_STYLE)
        return label

    # -- public interface -----------------------------------------------------------------
    @property
    def household_id(self) -> str | None:
        return self._household_id

    def load(self, household_id: str) -> None:
        """Show `household_id`: 'Laden…' now, the page when the background read is done."""
        if household_id != self._household_id or self.detail is None:
            self._household_id = household_id
            self.detail = None
            self._stack.setCurrentWidget(self._loading)
        self._request(log=True)

    def reload(self) -> None:
        if self._household_id:
            self._request(log=False)

    def shutdown(self) -> None:
        self._closed = True
        self.ecogram_tab.shutdown()

    # -- loading --------------------------------------------------------------------------
    def _alive(self) -> bool:
        return not self._closed and shiboken6.isValid(self)

    def _request(self, *, log: bool) -> None:
        if self._closed or not self._household_id:
            return
        household_id, today = self._household_id, clock.today()
        self.ctx.read(
            lambda store: household_detail(store, household_id, today=today, log=log),
            self._loaded, lambda exc: self._failed(household_id, exc),
            key=f"household-page-{id(self)}")

    def _household_changed(self, household_id: str) -> None:
        if household_id == self._household_id and self.detail is not None:
            self.reload()

    def _loaded(self, detail: HouseholdDetail) -> None:
        if not self._alive() or detail.id != self._household_id:
            return  # the worker has moved on to another household
        started = perf_counter()
        same = self.detail is not None and self.detail.id == detail.id
        self.detail = detail
        self._fill_header(detail)
        self.overview_tab.set_detail(detail, same_household=same)
        self.visits_tab.set_detail(detail, same_household=same)
        self.plan_tab.set_detail(detail, same_household=same)
        self.consent_panel.set_detail(detail)
        self.ecogram_tab.set_household(detail.id)
        self._stack.setCurrentWidget(self._content)
        self.last_fill_seconds = perf_counter() - started

    def _failed(self, household_id: str, exc: BaseException) -> None:
        if not self._alive() or household_id != self._household_id:
            return
        if isinstance(exc, HouseholdNotFound):
            self._error.setText(self.tr("Dit huishouden bestaat niet (meer) op deze laptop."))
        else:
            self._error.setText(describe_error(exc))
        self.detail = None
        self._stack.setCurrentWidget(self._error)

    def _fill_header(self, detail: HouseholdDetail) -> None:
        self.name_label.setText(detail.display_name)
        if detail.active:
            self.status_label.setText(catalogue_label(detail.status))
            self.status_label.setStyleSheet(
                f"padding: 2px 8px; border: 1px solid {SUCCESS_COLOUR}; border-radius: 4px;"
                f" color: {SUCCESS_COLOUR};")
            self.close_button.setText(self.tr("Af&sluiten…"))
        else:
            closed = (self.tr("afgesloten op {date}").format(
                date=i18n.format_date(detail.closed_on)) if detail.closed_on
                else catalogue_label(detail.status))
            self.status_label.setText(closed)
            self.status_label.setStyleSheet(
                "padding: 2px 8px; border: 1px solid #555; border-radius: 4px; color: #333;"
                " background: #e8e8e8;")
            self.close_button.setText(self.tr("He&ropenen…"))
        info = [self.tr("Wijk {wijk}").format(wijk=detail.neighbourhood)
                if detail.neighbourhood else self.tr("Geen wijk")]
        if detail.address:
            info.append(detail.address)
        if detail.phone:
            info.append(detail.phone)
        if detail.opened_on:
            info.append(self.tr("in zorg sinds {date}").format(
                date=i18n.format_date(detail.opened_on)))
        self.info_label.setText(" · ".join(info))
        self.consent_badge.setText(consent_status_text(detail))
        if detail.valid_consents:
            self.consent_badge.setStyleSheet(
                "padding: 3px 8px; border-radius: 4px; background: #dff3e3; color: #123f1c;"
                f" border: 1px solid {SUCCESS_COLOUR};")
            self.consent_badge.setToolTip(", ".join(detail.consent_partner_names))
        else:
            self.consent_badge.setStyleSheet(
                "padding: 3px 8px; border-radius: 4px; background: #fff1c2; color: #5c4200;"
                " border: 1px solid #8a6d00; font-weight: bold;")
            self.consent_badge.setToolTip(self.tr("Deel niets met partners."))

    # -- writing --------------------------------------------------------------------------
    def show_dialog(self, dialog: QWidget) -> None:
        self.active_dialog = dialog
        if isinstance(dialog, WriteDialog):
            dialog.open()
        else:
            dialog.show()

    def write(self, fn: Callable[[UnitOfWork], object], *, lists_changed: bool = False) -> None:
        household_id = self._household_id
        if household_id is None:
            return

        def done(_: object) -> None:
            if lists_changed:
                self.ctx.bus.households_changed.emit()

        def failed(exc: BaseException) -> None:
            if self._alive():
                show_error(self, exc)
            else:
                self.ctx.bus.error_message.emit(describe_error(exc))

        self.ctx.write(fn, done, failed, household_id=household_id)

    def _new_visit(self) -> None:
        if self._household_id and self.detail is not None:
            self.new_visit_requested.emit(self._household_id)

    def edit_household(self) -> None:
        if self.detail is not None:
            self.show_dialog(HouseholdDialog(self.ctx, self, self.detail))

    def close_or_reopen(self) -> None:
        detail = self.detail
        if detail is None:
            return
        household_id = detail.id
        if detail.active:
            today = clock.today()

            def close(uow: UnitOfWork) -> None:
                hs.close_household(uow, hs.require(uow, Household, household_id), today)

            self.active_dialog = ask(
                self, self.tr("Huishouden afsluiten"),
                self.tr("Wil je {name} afsluiten? Het huishouden verdwijnt uit de lijst met "
                        "actieve huishoudens. De gegevens blijven bewaard en je kunt het later "
                        "heropenen.").format(name=detail.display_name),
                self.tr("Afsluiten"), lambda: self.write(close, lists_changed=True))
        else:
            def reopen(uow: UnitOfWork) -> None:
                hs.reopen_household(uow, hs.require(uow, Household, household_id))

            self.active_dialog = ask(
                self, self.tr("Huishouden heropenen"),
                self.tr("Wil je {name} weer actief maken?").format(name=detail.display_name),
                self.tr("Heropenen"), lambda: self.write(reopen, lists_changed=True))

    def add_member(self) -> None:
        if self.detail is not None:
            self.show_dialog(MemberDialog(self.ctx, self, self.detail.id, None,
                                          today=clock.today()))

    def edit_member(self) -> None:
        member = self._selected_member()
        if self.detail is not None and member is not None:
            self.show_dialog(MemberDialog(self.ctx, self, self.detail.id, member,
                                          today=clock.today()))

    def remove_member(self) -> None:
        member = self._selected_member()
        if self.detail is None or member is None:
            return
        person_id = member.id

        def remove(uow: UnitOfWork) -> None:
            hs.remove_person(uow, hs.require(uow, Person, person_id))

        self.active_dialog = ask(
            self, self.tr("Gezinslid verwijderen"),
            self.tr("Wil je {name} uit dit huishouden verwijderen? Ook de lijnen in het "
                    "genogram en ecogram met deze persoon verdwijnen. Afspraken en "
                    "toestemmingen blijven bewaard.").format(name=member.name),
            self.tr("Verwijderen"), lambda: self.write(remove, lists_changed=True))

    def _selected_member(self) -> MemberInfo | None:
        person_id = self.overview_tab.selected_member_id()
        if self.detail is None or person_id is None:
            return None
        return self.detail.member(person_id)
