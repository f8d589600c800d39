"""The unlocked workspace: household list on the left, the overview, a household or a visit on
the right, and the toolbar with the day's actions.

A workspace exists only while the store is unlocked. Locking (and switching the language) asks
it for its state, shuts it down and throws it away; a new one restores the state, so the worker
comes back to the same household or the same visit, with the draft as it was saved.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from voordeur.gui.common.context import AppContext
from voordeur.gui.common.style import DEMO_BACKGROUND, DEMO_TEXT
from voordeur.gui.households.dialogs import open_new_household_dialog
from voordeur.gui.households.list_panel import HouseholdListPanel
from voordeur.gui.households.page import HouseholdPage
from voordeur.gui.overview.page import OverviewPage
from voordeur.gui.search.dialog import SearchDialog
from voordeur.gui.visits.visit_editor import VisitEditor
from voordeur.services.visit_queries import VisitForm, load_visit_for_editing

PAGE_OVERVIEW, PAGE_HOUSEHOLD, PAGE_VISIT = "overview", "household", "visit"
# How often an open visit is looked at again while the worker keeps typing after a sync.
VISIT_CHECK_MS, VISIT_CHECK_ATTEMPTS = 2_000, 30
VISIT_LOADING_MS = 300  # the editor is (re)loading the visit


@dataclass(frozen=True)
class WorkspaceState:
    """Where the worker was: enough to come back after a lock or a language switch."""

    page: str = PAGE_OVERVIEW
    household_id: str | None = None
    visit_id: str | None = None
    household_tab: int = 0


class Workspace(QWidget):
    lock_requested = Signal()
    settings_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workspace")
        self.ctx = ctx
        self._search_dialog: SearchDialog | None = None
        self._shut = False
        self._visit_checks_left = 0
        self._visit_check = QTimer(self)
        self._visit_check.setObjectName("syncVisitCheck")
        self._visit_check.setSingleShot(True)
        self._visit_check.timeout.connect(self._check_open_visit)

        self.household_list = HouseholdListPanel(ctx, self)
        self.overview = OverviewPage(ctx, self)
        self.household_page = HouseholdPage(ctx, self)
        self.visit_editor = VisitEditor(ctx, self)
        self.pages = QStackedWidget(self)
        self.pages.setObjectName("workspacePages")
        for page in (self.overview, self.household_page, self.visit_editor):
            self.pages.addWidget(page)

        self.toolbar = self._make_toolbar()
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("workspaceSplitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.household_list)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([340, 1000])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        if ctx.demo:
            layout.addWidget(self._demo_banner())
        layout.addWidget(self.toolbar)
        layout.addWidget(splitter, 1)

        self.household_list.household_activated.connect(self.show_household)
        self.household_page.large_map_changed.connect(
            lambda large: self.household_list.setVisible(not large))
        self.household_page.open_visit_requested.connect(self.open_visit)
        self.household_page.new_visit_requested.connect(self.new_visit)
        self.visit_editor.household_requested.connect(self.show_household)
        self.visit_editor.closed.connect(self._editor_closed)
        self.overview.household_requested.connect(self.show_household)
        self.overview.visit_requested.connect(self.open_visit)
        self.pages.setCurrentWidget(self.overview)  # it loads itself when first shown

    # -- chrome ---------------------------------------------------------------------------
    def _demo_banner(self) -> QLabel:
        banner = QLabel(self.tr(
            "DEMO — alle gezinnen en namen zijn verzonnen. Deze gegevens worden gewist als je "
            "de app sluit."))
        banner.setObjectName("demoBanner")
        banner.setWordWrap(True)
        banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        banner.setStyleSheet(
            f"QLabel#demoBanner {{ background: {DEMO_BACKGROUND}; color: {DEMO_TEXT}; padding: 4px;"
            " border-bottom: 2px dashed #8a6d00; font-weight: bold; }")
        return banner

    def _make_toolbar(self) -> QToolBar:
        bar = QToolBar(self.tr("Werkbalk"), self)
        bar.setObjectName("workspaceToolbar")
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        bar.setMovable(False)

        def action(name: str, text: str, tip: str, shortcut: QKeySequence | str | None,
                   slot: object) -> QAction:
            act = QAction(text, self)
            act.setObjectName(name)
            if shortcut is not None:
                act.setShortcut(QKeySequence(shortcut))
                act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
                tip = f"{tip} ({QKeySequence(shortcut).toString(QKeySequence.NativeText)})"
            act.setToolTip(tip)
            act.triggered.connect(slot)
            bar.addAction(act)
            return act

        self.action_today = action(
            "actionToday", self.tr("&Vandaag"), self.tr("Vandaag en deze week"), "Ctrl+T",
            self.show_overview)
        self.action_new_household = action(
            "actionNewHousehold", self.tr("Nieuw &huishouden"), self.tr("Een gezin toevoegen"),
            "Ctrl+Shift+N", self.new_household)
        self.action_new_visit = action(
            "actionNewVisit", self.tr("Nieuw &bezoek"),
            self.tr("Een bezoek beginnen bij het gekozen huishouden"), "Ctrl+N",
            self.new_visit_for_current)
        self.action_search = action(
            "actionSearch", self.tr("&Zoeken"), self.tr("Zoeken in notities, namen en afspraken"),
            "Ctrl+K", self.open_search)
        spacer = QWidget(bar)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
        self.action_settings = action(
            "actionSettings", self.tr("&Instellingen"), self.tr("Taal, vergrendelen, sleutel"),
            "Ctrl+,", self.settings_requested.emit)
        self.action_lock = action(
            "actionLock", self.tr("&Vergrendelen"), self.tr("Alle gegevens verbergen"), "Ctrl+L",
            self.lock_requested.emit)
        for act in bar.actions():
            button = bar.widgetForAction(act)
            if isinstance(button, QToolButton):
                button.setAutoRaise(True)
        return bar

    def add_tool_action(self, action: QAction) -> None:
        """A window's own action (Afsluiten) at the end of the tool bar."""
        self.toolbar.addAction(action)
        button = self.toolbar.widgetForAction(action)
        if isinstance(button, QToolButton):
            button.setAutoRaise(True)

    # -- navigation -----------------------------------------------------------------------
    def show_overview(self) -> None:
        """Show Vandaag / Deze week; asked again while it is shown, it reloads."""
        self._leave_editor()
        if self.pages.currentWidget() is self.overview and self.overview.isVisible():
            self.overview.refresh()
        self.pages.setCurrentWidget(self.overview)  # a page that was hidden reloads when shown

    def show_household(self, household_id: str) -> None:
        self._leave_editor()
        self.household_list.select_household(household_id)
        if self.household_page.household_id != household_id:
            self.household_page.load(household_id)
        self.pages.setCurrentWidget(self.household_page)

    def open_visit(self, visit_id: str) -> None:
        if self.visit_editor.visit_id != visit_id:
            self._leave_editor()
            self.visit_editor.open_visit(visit_id)
        self.pages.setCurrentWidget(self.visit_editor)

    def new_visit(self, household_id: str) -> None:
        self._leave_editor()
        self.household_list.select_household(household_id)
        self.visit_editor.new_visit(household_id)
        self.pages.setCurrentWidget(self.visit_editor)

    def new_visit_for_current(self) -> None:
        household_id = self.current_household_id()
        if household_id is None:
            self.ctx.bus.status_message.emit(
                self.tr("Kies eerst een huishouden in de lijst; dan kun je een bezoek beginnen."))
            self.household_list.search_field.setFocus()
            return
        self.new_visit(household_id)

    def new_household(self) -> None:
        open_new_household_dialog(self.ctx, self, self.show_household)

    def open_search(self) -> None:
        if self._search_dialog is None:
            dialog = SearchDialog(self.ctx, self)
            dialog.visit_requested.connect(self.open_visit)
            dialog.household_requested.connect(self.show_household)
            self._search_dialog = dialog
        self._search_dialog.show()
        self._search_dialog.raise_()
        self._search_dialog.activateWindow()

    def current_household_id(self) -> str | None:
        """The household a new visit belongs to: the open visit's, the shown household, or the
        one chosen in the list (a visit opened from search may be of another household)."""
        page = self.pages.currentWidget()
        if page is self.visit_editor and self.visit_editor.household_id:
            return self.visit_editor.household_id
        if page is self.household_page and self.household_page.household_id:
            return self.household_page.household_id
        return self.household_list.current_household_id()

    def _leave_editor(self) -> None:
        if self.pages.currentWidget() is self.visit_editor:
            self.visit_editor.flush()

    def _editor_closed(self) -> None:
        household_id = self.visit_editor.household_id or self.household_page.household_id
        if household_id:
            self.show_household(household_id)
        else:
            self.show_overview()

    # -- state ----------------------------------------------------------------------------
    def capture_state(self) -> WorkspaceState:
        page = self.pages.currentWidget()
        name = {self.household_page: PAGE_HOUSEHOLD, self.visit_editor: PAGE_VISIT}.get(
            page, PAGE_OVERVIEW)
        return WorkspaceState(
            page=name,
            household_id=self.household_page.household_id or None,
            visit_id=self.visit_editor.visit_id or None,
            household_tab=self.household_page.tabs.currentIndex(),
        )

    def restore_state(self, state: WorkspaceState) -> None:
        if state.household_id:
            self.household_page.load(state.household_id)
            self.household_page.tabs.setCurrentIndex(state.household_tab)
            self.household_list.select_household(state.household_id)
        if state.page == PAGE_VISIT and state.visit_id:
            self.open_visit(state.visit_id)
        elif state.page == PAGE_HOUSEHOLD and state.household_id:
            self.pages.setCurrentWidget(self.household_page)
        else:
            self.pages.setCurrentWidget(self.overview)

    def flush(self) -> None:
        """Hand every pending edit to the runner (the caller waits for the runner)."""
        self.visit_editor.flush()

    # -- after a sync ---------------------------------------------------------------------
    def shown_households(self) -> set[str]:
        """The households a page on screen shows (they reload after a sync)."""
        ids = {self.household_page.household_id, self.visit_editor.household_id}
        return {household_id for household_id in ids if household_id}

    def after_sync(self, households: Iterable[str]) -> None:
        """A sync or a resolved conflict changed these households. The visit editor never
        replaces what is being typed (household_changed only refreshes its side lists), so an
        open visit whose stored text changed elsewhere is reloaded here — once the worker has
        no unsaved typing — so that a later edit starts from the newest text."""
        if self.visit_editor.household_id in set(households):
            self._visit_checks_left = VISIT_CHECK_ATTEMPTS
            self._check_open_visit()

    def _check_open_visit(self) -> None:
        editor = self.visit_editor
        visit_id = editor.visit_id
        if self._shut or not visit_id:
            return
        if editor.form is None:  # still loading (maybe an older text): look again shortly
            self._retry_visit_check(VISIT_LOADING_MS)
            return
        editor.flush()  # typing goes to the runner first; the read below comes after it
        self.ctx.read(lambda store: load_visit_for_editing(store, visit_id, log=False),
                      self._compare_open_visit, lambda _exc: None,
                      key=f"sync-visit-{id(self)}")

    def _retry_visit_check(self, delay_ms: int) -> None:
        self._visit_checks_left -= 1
        if self._visit_checks_left > 0 and not self._shut:
            self._visit_check.start(delay_ms)

    def _compare_open_visit(self, stored: VisitForm) -> None:
        editor = self.visit_editor
        if self._shut or editor.visit_id != stored.visit_id:
            return
        if editor.form is None:
            self._retry_visit_check(VISIT_LOADING_MS)
            return
        if editor.has_unsaved_changes():  # typed meanwhile: look again after a pause
            self._retry_visit_check(VISIT_CHECK_MS)
            return
        shown = {
            "notes": editor.notes_edit.toPlainText(),
            "request": editor.request_edit.toPlainText(),
            "strengths": editor.strengths_edit.toPlainText(),
            "concerns": editor.concerns_edit.toPlainText(),
            "location": editor.location_edit.text(),
            "present_other": editor.present_other_edit.text(),
            "kind": editor.kind_combo.currentData(),
            "duration_minutes": editor.duration_spin.value() or None,
        }
        wanted = {name: getattr(stored, name) for name in shown}
        wanted["kind"] = stored.kind.value
        if shown == wanted:
            return
        self._reload_open_visit(stored.visit_id)

    def _reload_open_visit(self, visit_id: str) -> None:
        """Load the visit again, then put the cursor back where the worker had it."""
        focus = QApplication.focusWidget()
        editor = self.visit_editor
        position = -1
        if isinstance(focus, QPlainTextEdit | QLineEdit) and editor.isAncestorOf(focus):
            position = (focus.textCursor().position() if isinstance(focus, QPlainTextEdit)
                        else focus.cursorPosition())
        else:
            focus = None
        editor.open_visit(visit_id)

        def restore(_result: object) -> None:  # after the editor's own load (first in, first out)
            if (self._shut or focus is None or not shiboken6.isValid(focus)
                    or editor.visit_id != visit_id):
                return
            focus.setFocus()
            if isinstance(focus, QPlainTextEdit):
                cursor = focus.textCursor()
                cursor.setPosition(min(position, len(focus.toPlainText())))
                focus.setTextCursor(cursor)
            else:
                focus.setCursorPosition(min(position, len(focus.text())))

        self.ctx.runner.submit(lambda: None, restore, lambda _exc: None)
        self.ctx.bus.status_message.emit(self.tr(
            "Dit bezoek is bijgewerkt met een wijziging van de teamserver."))

    def shutdown(self) -> None:
        """Stop every timer of the pages; the store stays open (the caller closes it)."""
        self._shut = True
        self._visit_check.stop()
        self.visit_editor.flush()
        for page in (self.visit_editor, self.overview, self.household_list, self.household_page):
            stop = getattr(page, "shutdown", None)
            if callable(stop):
                stop()
        if self._search_dialog is not None:
            stop = getattr(self._search_dialog, "shutdown", None)
            if callable(stop):
                stop()
            self._search_dialog.close()
