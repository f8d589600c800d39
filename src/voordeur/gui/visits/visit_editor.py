"""The visit editor: typing during or right after a visit, with nothing ever lost.

The notes are the main field and take most of the room; the other fields sit in a side column
that scrolls (or below the notes when the editor is narrow). Every edit goes through the
`Autosave`: a pause, at most ~1.5 s of continuous typing, a focus change or `flush()` submits
the changed fields to the background runner as one transaction. The draft is the visit itself,
so reopening it (after a crash, a lock or a restart) shows what was saved.

A final visit stays editable; its text edits are kept as revisions, one per field per editing
session (`revision_session_start`), never one per autosave. A void visit is read-only. A draft
made by mistake can be deleted, and brought back from the notice (`visit_removal.py`).

The editor composes widgets with one job each: the header (`header.py`), the fields
(`fields_form.py`), the notes (`notes.py`), the side column (`side_column.py`: present, themes,
goal scores, agreements, next visit), the two columns' layout (`columns.py`), the save state and
change notices (`save_state.py`) and the actions on the whole visit (`visit_actions.py`,
`visit_removal.py`). It
loads the visit, hands each part its values and tells the autosave what to watch.
"""

from __future__ import annotations

import contextlib
import itertools
from collections.abc import Callable
from datetime import datetime
from typing import Any

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QVBoxLayout,
    QWidget,
)

from voordeur.gui.common.context import AppContext
from voordeur.gui.common.errors import describe_error
from voordeur.gui.common.style import ERROR_COLOUR
from voordeur.gui.visits.autosave import ERROR, SAVED, Autosave
from voordeur.gui.visits.columns import VisitColumns
from voordeur.gui.visits.fields_form import VisitFieldsForm
from voordeur.gui.visits.header import StatusBanner, VisitHeader
from voordeur.gui.visits.notes import NotesField
from voordeur.gui.visits.revisions_dialog import RevisionsDialog
from voordeur.gui.visits.save_state import ChangeNotifier, SaveStateView, message_bar
from voordeur.gui.visits.score_steps import ScoreSteps
from voordeur.gui.visits.side_column import VisitSideColumn, replace_side_lists
from voordeur.gui.visits.visit_actions import VisitActions
from voordeur.gui.visits.visit_removal import VisitRemoval
from voordeur.model import Household, utcnow
from voordeur.model.catalogues import VisitStatus
from voordeur.services import visits
from voordeur.services.visit_queries import VisitForm, VisitNotFound, load_visit_for_editing
from voordeur.services.visits import SCORE_PREFIX, apply_visit_changes


class VisitEditor(QWidget):
    """Edit one visit; saves itself. See the module docstring."""

    closed = Signal()
    household_requested = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("visitEditor")
        self._ctx = ctx
        self._form: VisitForm | None = None
        self._visit_id: str | None = None
        self._status = VisitStatus.DRAFT
        self._session_start: datetime = utcnow()
        self._populating = False
        self._shut = False

        self.autosave = Autosave(ctx.runner, self._make_write, self)
        self.autosave.state_changed.connect(self._show_save_state)
        self.autosave.saved.connect(self._on_saved)
        self.autosave.failed.connect(lambda _exc: self._show_save_state(ERROR))
        self.notifier = ChangeNotifier(ctx, self)
        self.actions = VisitActions(ctx, self, self._guard)
        self.actions.finalised.connect(self._on_finalised)
        self.actions.failed.connect(lambda text: self._show_message(text, error=True))
        self.removal = VisitRemoval(ctx, self, self._guard,
                                    lambda: None if self._shut else self._form, self.flush)
        self.removal.deleted.connect(self._on_deleted)
        self.removal.changed.connect(
            lambda visit_id: visit_id == self._visit_id and self.open_visit(visit_id))
        self.removal.failed.connect(lambda text: self._show_message(text, error=True))

        self._build()
        self.save_state = SaveStateView(self.autosave, self.save_indicator, self.save_error, self)
        self._wire()
        self._set_loaded(False)
        ctx.bus.household_changed.connect(self._on_household_changed)
        shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.flush)

    # =========================================================================================
    # building
    # =========================================================================================
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        self.header = VisitHeader(self)
        outer.addWidget(self.header)
        self.final_banner = StatusBanner(self)
        outer.addWidget(self.final_banner)

        self.save_error = message_bar(self, "saveError", error_bar=True)
        self.message = message_bar(self, "editorMessage")
        self.undo_notice = self.removal.notice
        for bar in (self.save_error, self.message, self.undo_notice):
            outer.addWidget(bar)

        main = QWidget(self)
        main.setObjectName("visitMainColumn")
        main_layout = QVBoxLayout(main)
        main_layout.setContentsMargins(0, 0, 0, 0)
        self.fields = VisitFieldsForm(main)
        main_layout.addWidget(self.fields)
        self.notes = NotesField(main)
        main_layout.addWidget(self.notes, 1)
        self.side = VisitSideColumn(self._ctx, self._writable_form, self._guard)
        self.splitter = VisitColumns(main, self.side, self, self._margins_width,
                                     lambda: self._apply_width(self.width()))
        self.side_scroll = self.splitter.side_scroll
        self.splitter.fit_side_column()
        outer.addWidget(self.splitter, 1)
        self._alias_parts()

    def _alias_parts(self) -> None:
        """The parts' widgets under the names tests, scripts and other views use."""
        header, fields, side = self.header, self.fields, self.side
        self.back_button, self.household_label = header.back_button, header.household_label
        self.status_label, self.save_indicator = header.status_label, header.save_indicator
        self.summary_button, self.revisions_button = (header.summary_button,
                                                      header.revisions_button)
        self.finalise_button = header.finalise_button
        self.kind_combo, self.starts_edit = fields.kind_combo, fields.starts_edit
        self.duration_spin, self.location_edit = fields.duration_spin, fields.location_edit
        self.notes_edit = self.notes.notes_edit
        self.present_list = side.present.present_list
        self.present_other_edit = side.present.present_other_edit
        self.request_edit = side.family_notes.request_edit
        self.strengths_edit = side.family_notes.strengths_edit
        self.concerns_edit = side.family_notes.concerns_edit
        self.theme_chips = side.theme_chips
        agreements = side.agreements
        self.agreement_what, self.owner_combo = agreements.agreement_what, agreements.owner_combo
        self.due_edit, self.agreement_error = agreements.due_edit, agreements.agreement_error
        self.add_agreement_button = agreements.add_agreement_button
        self.next_check, self.next_edit = side.next_visit.next_check, side.next_visit.next_edit

    def _wire(self) -> None:
        for part in (self.fields, self.notes, self.side.present, self.side.family_notes,
                     self.side.next_visit):
            part.touched.connect(self._touch)
        self.fields.start_changed.connect(self.side.follow_start)  # proposals follow the date
        self.theme_chips.changed.connect(lambda: self._touch("themes"))
        self.side.goal_scores.score_changed.connect(
            lambda goal_id: self._touch(SCORE_PREFIX + goal_id))
        self.back_button.clicked.connect(self._on_back)
        self.finalise_button.clicked.connect(lambda: self.finalise())
        self.revisions_button.clicked.connect(self.show_revisions)
        self.summary_button.clicked.connect(self.make_summary)
        self.header.delete_button.clicked.connect(lambda: self.removal.delete())
        self.header.void_button.clicked.connect(lambda: self.removal.void())
        self.header.unvoid_button.clicked.connect(lambda: self.removal.unvoid())

    def _touch(self, name: str) -> None:
        if not self._populating:
            self.autosave.touch(name)

    # =========================================================================================
    # public interface
    # =========================================================================================
    @property
    def visit_id(self) -> str | None:
        return self._visit_id

    @property
    def household_id(self) -> str | None:
        return self._form.household_id if self._form else None

    @property
    def form(self) -> VisitForm | None:
        """The visit as it was last loaded (the widgets hold what was typed since)."""
        return self._form

    @property
    def revisions_dialog(self) -> RevisionsDialog | None:
        return self.actions.revisions_dialog

    @property
    def summary_dialog(self) -> QDialog | None:
        return self.actions.summary_dialog

    @property
    def _score_boxes(self) -> dict[str, ScoreSteps]:
        return self.side.goal_scores.boxes

    @property
    def _agreement_boxes(self) -> dict[str, QCheckBox]:
        return self.side.agreements.boxes

    def score_box(self, goal_id: str) -> ScoreSteps:
        return self._score_boxes[goal_id]

    def agreement_box(self, agreement_id: str) -> QCheckBox:
        return self._agreement_boxes[agreement_id]

    def add_agreement(self) -> None:
        """Add the agreement typed in the 'Nieuwe afspraak' row, made at this visit."""
        self.side.agreements.add_agreement()

    def set_agreement_done(self, agreement_id: str, done: bool) -> None:
        self.side.agreements.set_agreement_done(agreement_id, done)

    def open_visit(self, visit_id: str) -> None:
        """Show a visit; what was being edited before is submitted first."""
        if self._shut or not self._may_leave():
            return
        self.flush()
        self.autosave.disable()
        self.undo_notice.dismiss()
        keep = self.side.agreements.kept_ids() if visit_id == self._visit_id else ()  # reload
        self._visit_id = visit_id
        self._form = None
        self._set_loaded(False)
        self._show_message(self.tr("Het bezoek wordt geladen…"))
        self._ctx.read(lambda store: load_visit_for_editing(store, visit_id,
                                                            keep_agreements=keep),
                       self._on_loaded, self._on_load_error, key=self._read_key())

    def new_visit(self, household_id: str) -> None:
        """Start a draft visit for the household from the planned one (its moment, kind and
        place; else a home visit starting now), then open it."""
        if self._shut or not self._may_leave():
            return
        self.flush()
        self.autosave.disable()
        self._visit_id = None
        self._form = None
        self._set_loaded(False)
        self._show_message(self.tr("Een nieuw bezoek wordt aangemaakt…"))

        def create(uow: Any) -> str:
            household = uow.get(Household, household_id)
            if household is None:
                raise LookupError(household_id)
            return visits.start_planned_visit(uow, household).id

        self._ctx.write(create, self._guard(self.open_visit), self._guard(self._on_load_error),
                        detail="new visit", household_id=household_id)

    def _may_leave(self) -> bool:
        """After a failed save, ask before the unsaved text is replaced by another visit."""
        if (not self.autosave.enabled or self.autosave.state != ERROR
                or not self.autosave.has_unsaved_changes()):
            return True
        return self.save_state.confirm_leave_unsaved(self)

    def flush(self) -> None:
        """Submit every pending edit to the runner now (then `ctx.runner.wait_idle()` if needed)."""
        if not self._shut:
            self.autosave.save_now()

    def has_unsaved_changes(self) -> bool:
        return not self._shut and self.autosave.has_unsaved_changes()

    def shutdown(self) -> None:
        """Submit what is pending and stop the timers; the editor shows nothing after this."""
        if self._shut:
            return
        self.autosave.shutdown()
        self._shut = True
        self.actions.close_dialogs()
        self.removal.close_dialogs()
        with contextlib.suppress(RuntimeError, TypeError):
            self._ctx.bus.household_changed.disconnect(self._on_household_changed)
        if self.notifier.unnotified and self._form is not None:
            self.notifier.notify(self._form.household_id)

    def closeEvent(self, event: QCloseEvent) -> None:
        already = self._shut
        self.shutdown()
        super().closeEvent(event)
        if not already:
            self.closed.emit()

    # =========================================================================================
    # loading and showing
    # =========================================================================================
    def _read_key(self) -> str:
        return f"visit-editor-{id(self)}"

    def _guard(self, fn: Callable[[Any], None]) -> Callable[[Any], None]:
        """A callback that does nothing once the editor is shut down or deleted."""

        def guarded(value: Any) -> None:
            if not self._shut and shiboken6.isValid(self):
                fn(value)

        return guarded

    def _writable_form(self) -> VisitForm | None:
        """The open visit, or None when there is nothing to write to (loading, shut down)."""
        return None if self._shut or not self.autosave.enabled else self._form

    def _on_loaded(self, form: VisitForm) -> None:
        if self._shut or not shiboken6.isValid(self) or form.visit_id != self._visit_id:
            return
        self._form = form
        self._status = form.status
        self._session_start = utcnow()
        self._populating = True
        try:
            self._populate(form)
        finally:
            self._populating = False
        self.autosave.reset(self._tracked_fields(form))
        if form.is_void:  # kept in the case file as it was: read-only
            self.autosave.disable()
        self._show_message("")
        self._set_loaded(True)
        self._show_save_state(SAVED)
        focus = QApplication.focusWidget()
        if self.isVisible() and (focus is None or focus is self or self.isAncestorOf(focus)):
            self.notes_edit.setFocus()  # ready to type

    def _tracked_fields(self, form: VisitForm) -> dict[str, tuple[Callable[[], Any], Any]]:
        """What the autosave watches: per field, how to read the widget and the loaded value."""
        side = self.side.tracked_fields(form)
        return {
            "kind": (self.fields.kind, form.kind.value),
            "starts_at": (self.fields.starts_at, form.starts_at),
            "duration_minutes": (self.fields.duration_minutes, form.duration_minutes),
            "location": (self.location_edit.text, form.location),
            "present_person_ids": side.pop("present_person_ids"),
            "present_other": side.pop("present_other"),
            "notes": (self.notes_edit.toPlainText, form.notes),
            **side,
        }

    def _on_load_error(self, exc: BaseException) -> None:
        if self._shut or not shiboken6.isValid(self):
            return
        if isinstance(exc, VisitNotFound):
            text = self.tr("Dit bezoek bestaat niet (meer). Het kan verwijderd zijn.")
        else:
            text = describe_error(exc)
        self._show_message(text, error=True)

    def _populate(self, form: VisitForm) -> None:
        self.household_label.setText(form.household_name)
        self._show_status()
        self.fields.populate(form)
        self.notes.set_text(form.notes)
        self.side.populate(form, self.fields.starts_at())
        self._fix_tab_order()
        self.splitter.fit_side_column()

    def _show_status(self) -> None:
        self.header.show_status(self._status)
        self.final_banner.show_for(self._status, self._form.void_reason if self._form else "")

    def _set_loaded(self, loaded: bool) -> None:
        editable = self._form is None or not self._form.is_void
        self.splitter.setEnabled(loaded)
        self.fields.setEnabled(editable)
        self.side.setEnabled(editable)
        self.notes_edit.setReadOnly(not editable)
        self.header.set_actions_enabled(loaded, loaded or self._form is not None)

    def _show_message(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(f"color: {ERROR_COLOUR};" if error else "")
        self.message.setVisible(bool(text))

    def _show_save_state(self, state: str) -> None:
        if self._shut or not shiboken6.isValid(self):
            return
        self.save_state.show(state, self._form.updated_at if self._form else None)

    def _fix_tab_order(self) -> None:
        """Tab goes through the fields in reading order, rows made later included."""
        chain = [*self.fields.tab_chain(), self.notes_edit, *self.side.tab_chain()]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # =========================================================================================
    # saving
    # =========================================================================================
    def _make_write(self, changes: dict[str, Any]) -> Callable[[], set[str]]:
        store, visit_id, start = self._ctx.store, self._visit_id, self._session_start
        if visit_id is None:
            raise RuntimeError("no visit is open")
        score_day = self.fields.starts_at().astimezone().date()
        return lambda: apply_visit_changes(store, visit_id, changes, session_start=start,
                                           score_day=score_day)

    def _on_saved(self, _at: datetime, fields: set[str]) -> None:
        if self._shut or self._form is None:
            return
        self.notifier.after_save(self._form.household_id, fields)

    def _on_household_changed(self, household_id: str) -> None:
        """Another view (or an agreement here) changed the household: refresh the side lists,
        never the fields being typed in."""
        if (self.notifier.emitting or self._shut or self._form is None
                or household_id != self._form.household_id):
            return
        visit_id, keep = self._form.visit_id, self.side.agreements.kept_ids()
        self._ctx.read(lambda store: load_visit_for_editing(store, visit_id, log=False,
                                                            keep_agreements=keep),
                       self._guard(self._on_side_loaded), lambda _exc: None,
                       key=self._read_key() + "-side")

    def _on_side_loaded(self, form: VisitForm) -> None:
        if self._form is None or form.visit_id != self._form.visit_id:
            return
        self._populating = True
        try:
            self.side.refresh_lists(self._form, form)
        finally:
            self._populating = False
        self._fix_tab_order()
        for goal in form.goals:
            self.autosave.track(SCORE_PREFIX + goal.id,
                                self.side.goal_scores.score_getter(goal.id), goal.visit_score)
        self._form = replace_side_lists(self._form, form)

    # =========================================================================================
    # final, revisions, summary, back
    # =========================================================================================
    def finalise(self, *, confirm: bool = True) -> None:
        """Mark the visit final (after asking); later text edits are kept as revisions."""
        if self._form is None or self._shut or self._status != VisitStatus.DRAFT:
            return
        if confirm and not self.actions.confirm_finalise(self.fields.starts_at()):
            return
        self.flush()
        self._session_start = utcnow()  # edits from now on are a new session of a final visit
        self.actions.finalise(self._form)

    def _on_finalised(self, visit_id: str) -> None:
        if visit_id != self._visit_id:
            return
        self._status = VisitStatus.FINAL
        self._show_status()
        self._ctx.bus.status_message.emit(self.tr("Het bezoek is definitief gemaakt."))

    def _on_deleted(self, visit_id: str) -> None:
        """The draft is gone: nothing more is saved to it (the notice offers it back)."""
        if visit_id == self._visit_id:
            self.autosave.disable()
            self._set_loaded(False)

    def show_revisions(self) -> None:
        """Open the revisions of this (final) visit; pending edits are saved first."""
        if self._form is None or self._shut:
            return
        self.flush()
        self.actions.show_revisions(self._form)

    def make_summary(self) -> None:
        """The export dialog for this visit. Pending typing goes to the runner first; it runs
        in order, so the document is made from what was just typed."""
        if self._form is None or self._shut:
            return
        self.flush()
        self.actions.make_summary(self._form)

    def _on_back(self) -> None:
        self.flush()
        household_id = self.household_id
        if household_id:
            self.household_requested.emit(household_id)

    # =========================================================================================
    # layout
    # =========================================================================================
    def _margins_width(self) -> int:
        margins = self.layout().contentsMargins()
        return margins.left() + margins.right()

    def _apply_width(self, width: int) -> None:
        """Side by side when there is room; otherwise the side column goes under the notes
        and the household's name gets a line of its own, so nothing is cut off."""
        self.header.set_narrow(self.splitter.apply_width(width))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_width(event.size().width())


__all__ = ["VisitEditor", "apply_visit_changes"]
