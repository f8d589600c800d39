"""The visit editor: typing during or right after a visit, with nothing ever lost.

The notes are the main field and take most of the room; the other fields sit in a side column
that scrolls (or below the notes when the editor is narrow). Every edit goes through the
`Autosave`: a pause, at most ~1.5 s of continuous typing, a focus change or `flush()` submits
the changed fields to the background runner as one transaction. The draft is the visit itself,
so reopening it (after a crash, a lock or a restart) shows what was saved.

A final visit stays editable; its text edits are kept as revisions, one per field per editing
session (`revision_session_start`), never one per autosave.
"""

from __future__ import annotations

import contextlib
import itertools
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import Any

import shiboken6
from PySide6.QtCore import QDate, QDateTime, QEvent, QObject, Qt, QTime, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QFont,
    QKeySequence,
    QResizeEvent,
    QShortcut,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from voordeur import clock
from voordeur.gui.autosave import ERROR, PENDING, SAVED, Autosave
from voordeur.gui.chips import ThemeChips
from voordeur.gui.context import AppContext
from voordeur.gui.errors import describe_error
from voordeur.gui.i18n import catalogue_label, format_date, format_time
from voordeur.gui.revisions_dialog import RevisionsDialog
from voordeur.gui.style import ERROR_COLOUR, MUTED_STYLE
from voordeur.model import Household, Visit, utcnow
from voordeur.model.catalogues import (
    VISIT_KIND_LABELS,
    AgreementOwnerKind,
    AgreementStatus,
    Theme,
    VisitKind,
    VisitStatus,
)
from voordeur.services import plan, visits
from voordeur.services.visit_queries import (
    AgreementItem,
    GoalItem,
    OwnerChoice,
    VisitForm,
    VisitNotFound,
    load_visit_for_editing,
)
from voordeur.services.visits import SCORE_PREFIX, apply_visit_changes

# Fields whose change other views show right away (lists, timelines); text-only saves tell
# the other views at most this often.
STRUCTURED_FIELDS = frozenset({"kind", "starts_at", "themes", "next_visit_at",
                               "duration_minutes", "location"})
NOTIFY_TEXT_EVERY_S = 10.0
NARROW_WIDTH = 820  # below this the side column moves under the notes


def _to_qdatetime(value: datetime) -> QDateTime:
    local = value.astimezone()
    return QDateTime(QDate(local.year, local.month, local.day),
                     QTime(local.hour, local.minute))


def _from_qdatetime(value: QDateTime) -> datetime:
    d, t = value.date(), value.time()
    naive = datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())
    return naive.astimezone().astimezone(UTC)  # local wall time → aware UTC


class _WheelGuard(QObject):
    """Scrolling the side column must not change a score or a choice under the mouse."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Wheel and isinstance(obj, QWidget) and not obj.hasFocus():
            event.ignore()
            return True
        return False


class _LayoutWatcher(QObject):
    """Calls back when the watched widget's layout changed (its minimum size may have too)."""

    def __init__(self, parent: QObject, callback: Callable[[], None]) -> None:
        super().__init__(parent)
        self._callback = callback

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self._callback()
        return False


class GrowingTextEdit(QPlainTextEdit):
    """A text field that grows with its text between a few and a dozen lines."""

    def __init__(self, parent: QWidget | None = None, *, min_lines: int = 3,
                 max_lines: int = 12) -> None:
        super().__init__(parent)
        self._min_lines, self._max_lines = min_lines, max_lines
        self.setTabChangesFocus(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().documentLayout().documentSizeChanged.connect(
            lambda _size: self.updateGeometry())

    def _height_for(self, lines: float) -> int:
        margins = self.contentsMargins()
        doc_margin = self.document().documentMargin()
        return int(lines * self.fontMetrics().lineSpacing() + 2 * doc_margin
                   + margins.top() + margins.bottom() + 4)

    def sizeHint(self):
        hint = super().sizeHint()
        lines = self.document().documentLayout().documentSize().height()
        lines = max(self._min_lines, min(self._max_lines, lines))
        hint.setHeight(self._height_for(lines))
        return hint

    def minimumSizeHint(self):
        hint = super().minimumSizeHint()
        hint.setHeight(self._height_for(self._min_lines))
        return hint


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
        self._emitting = False
        self._last_notify = time.monotonic()
        self._unnotified = False
        self._score_boxes: dict[str, QSpinBox] = {}
        self._agreement_boxes: dict[str, QCheckBox] = {}
        self._extra_present: list[str] = []
        self._goals: tuple[GoalItem, ...] = ()
        self.revisions_dialog: RevisionsDialog | None = None
        self.summary_dialog: QDialog | None = None
        self._wheel_guard = _WheelGuard(self)

        self.autosave = Autosave(ctx.runner, self._make_write, self)
        self.autosave.state_changed.connect(self._show_save_state)
        self.autosave.saved.connect(self._on_saved)
        self.autosave.failed.connect(lambda _exc: self._show_save_state(ERROR))

        self._build()
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
        outer.addLayout(self._build_header())

        self.final_banner = QLabel(self.tr(
            "Dit bezoek is definitief. Wat je nu wijzigt, wordt als revisie bewaard."), self)
        self.final_banner.setObjectName("finalBanner")
        self.final_banner.setWordWrap(True)
        self.final_banner.setStyleSheet(
            "QLabel { background: #fff4d6; border: 1px solid #c9a227; border-radius: 4px;"
            " padding: 4px 8px; color: #4a3a00; }")
        self.final_banner.hide()
        outer.addWidget(self.final_banner)

        self.save_error = QLabel(self)
        self.save_error.setObjectName("saveError")
        self.save_error.setWordWrap(True)
        self.save_error.setStyleSheet(
            f"QLabel {{ background: #fbe3e3; border: 1px solid {ERROR_COLOUR}; border-radius: 4px;"
            f" padding: 4px 8px; color: {ERROR_COLOUR}; }}")
        self.save_error.hide()
        outer.addWidget(self.save_error)

        self.message = QLabel(self)
        self.message.setObjectName("editorMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        outer.addWidget(self.message)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("visitSplitter")
        self.splitter.setChildrenCollapsible(False)
        self._main_column = self._build_main_column()
        self.splitter.addWidget(self._main_column)
        self.side_scroll = QScrollArea(self)
        self.side_scroll.setObjectName("visitSideColumn")
        self.side_scroll.setWidgetResizable(True)
        self.side_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.side_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.side_scroll.setWidget(self._build_side_column())
        self._layout_watcher = _LayoutWatcher(self, self._fit_side_column)
        self.side_scroll.widget().installEventFilter(self._layout_watcher)
        self.splitter.addWidget(self.side_scroll)
        self._fit_side_column()
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        outer.addWidget(self.splitter, 1)

    def _build_header(self) -> QVBoxLayout:
        header = QVBoxLayout()
        row = QHBoxLayout()
        self._header_row = row
        self._title_row = QHBoxLayout()
        header.addLayout(row)
        header.addLayout(self._title_row)
        self.back_button = QPushButton(self.tr("← &Terug naar huishouden"), self)
        self.back_button.setObjectName("backToHousehold")
        self.back_button.setAutoDefault(False)
        row.addWidget(self.back_button)

        # Name and status: next to the back button, or on a line of their own when narrow.
        self._title_box = QWidget(self)
        title_layout = QHBoxLayout(self._title_box)
        title_layout.setContentsMargins(0, 0, 0, 0)
        self.household_label = QLabel(self._title_box)
        self.household_label.setObjectName("visitHousehold")
        font = QFont(self.household_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.household_label.setFont(font)
        self.household_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        title_layout.addWidget(self.household_label)
        self.status_label = QLabel(self._title_box)
        self.status_label.setObjectName("visitStatus")
        title_layout.addWidget(self.status_label, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self._title_box)
        row.addStretch(1)
        self._title_row.addStretch(1)

        self.save_indicator = QLabel(self)
        self.save_indicator.setObjectName("saveIndicator")
        self.save_indicator.setWordWrap(True)
        self.save_indicator.setAlignment(Qt.AlignmentFlag.AlignRight
                                         | Qt.AlignmentFlag.AlignVCenter)
        self.save_indicator.setSizePolicy(QSizePolicy.Policy.Preferred,
                                          QSizePolicy.Policy.Preferred)
        row.addWidget(self.save_indicator, 1)

        self.summary_button = QPushButton(self.tr("Verslag e&xporteren…"), self)
        self.summary_button.setObjectName("makeSummary")
        self.summary_button.setAutoDefault(False)
        self.summary_button.setToolTip(self.tr("Een verslag voor het gezin, een partner of het "
                                               "dossier: PDF, Word of tekst"))
        row.addWidget(self.summary_button)

        self.revisions_button = QPushButton(self.tr("&Revisies bekijken…"), self)
        self.revisions_button.setObjectName("showRevisions")
        self.revisions_button.setAutoDefault(False)
        self.revisions_button.hide()
        row.addWidget(self.revisions_button)

        self.finalise_button = QPushButton(self.tr("&Definitief maken…"), self)
        self.finalise_button.setObjectName("finaliseVisit")
        self.finalise_button.setAutoDefault(False)
        row.addWidget(self.finalise_button)
        return header

    def _label(self, text: str, buddy: QWidget, parent: QWidget) -> QLabel:
        label = QLabel(text, parent)
        label.setBuddy(buddy)
        return label

    def _section(self, text: str, parent: QWidget) -> QLabel:
        label = QLabel(text, parent)
        font = QFont(label.font())
        font.setBold(True)
        label.setFont(font)
        return label

    def _build_main_column(self) -> QWidget:
        main = QWidget(self)
        main.setObjectName("visitMainColumn")
        layout = QVBoxLayout(main)
        layout.setContentsMargins(0, 0, 0, 0)

        grid = QGridLayout()
        self.kind_combo = QComboBox(main)
        self.kind_combo.setObjectName("visitKind")
        for kind in VISIT_KIND_LABELS:
            self.kind_combo.addItem(catalogue_label(kind), kind.value)
        self.starts_edit = QDateTimeEdit(main)
        self.starts_edit.setObjectName("visitStartsAt")
        self.starts_edit.setDisplayFormat(self.tr("dd-MM-yyyy HH:mm"))
        self.starts_edit.setCalendarPopup(True)
        self.duration_spin = QSpinBox(main)
        self.duration_spin.setObjectName("visitDuration")
        self.duration_spin.setRange(0, 24 * 60)
        self.duration_spin.setSingleStep(5)
        self.duration_spin.setSpecialValueText(self.tr("onbekend"))
        self.duration_spin.setSuffix(self.tr(" min"))
        self.location_edit = QLineEdit(main)
        self.location_edit.setObjectName("visitLocation")
        self.location_edit.setMaxLength(200)
        self.location_edit.setPlaceholderText(self.tr("bijv. thuis, Huis van de Wijk"))

        grid.addWidget(self._label(self.tr("&Soort"), self.kind_combo, main), 0, 0)
        grid.addWidget(self.kind_combo, 0, 1)
        grid.addWidget(self._label(self.tr("Datu&m en tijd"), self.starts_edit, main), 0, 2)
        starts_row = QHBoxLayout()
        starts_row.addWidget(self.starts_edit)
        starts_row.addStretch(1)
        grid.addLayout(starts_row, 0, 3)
        grid.addWidget(self._label(self.tr("D&uur"), self.duration_spin, main), 1, 0)
        grid.addWidget(self.duration_spin, 1, 1)
        grid.addWidget(self._label(self.tr("&Locatie"), self.location_edit, main), 1, 2)
        grid.addWidget(self.location_edit, 1, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 2)
        layout.addLayout(grid)

        self.notes_edit = QPlainTextEdit(main)
        self.notes_edit.setObjectName("notesEdit")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setPlaceholderText(self.tr(
            "Wat is er besproken? Typ gerust tijdens het gesprek: alles wordt vanzelf "
            "opgeslagen."))
        self.notes_edit.setSizePolicy(QSizePolicy.Policy.Expanding,
                                      QSizePolicy.Policy.Expanding)
        notes_font = QFont(self.notes_edit.font())
        notes_font.setPointSizeF(notes_font.pointSizeF() * 1.1)
        self.notes_edit.setFont(notes_font)
        layout.addWidget(self._label(self.tr("&Notities"), self.notes_edit, main))
        layout.addWidget(self.notes_edit, 1)
        return main

    def _build_side_column(self) -> QWidget:
        side = QWidget()
        side.setObjectName("visitSideContent")
        layout = QVBoxLayout(side)
        layout.setContentsMargins(4, 0, 8, 8)

        # -- present
        self.present_list = QListWidget(side)
        self.present_list.setObjectName("presentList")
        self.present_list.setSizeAdjustPolicy(QListWidget.SizeAdjustPolicy.AdjustToContents)
        self.present_list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.present_other_edit = QLineEdit(side)
        self.present_other_edit.setObjectName("presentOther")
        self.present_other_edit.setMaxLength(500)
        self.present_other_edit.setPlaceholderText(self.tr("bijv. tolk, juf van Sem"))
        self.no_members_label = QLabel(self.tr("Er zijn nog geen gezinsleden vastgelegd."), side)
        self.no_members_label.setWordWrap(True)
        self.no_members_label.hide()
        layout.addWidget(self._label(self.tr("&Aanwezig"), self.present_list, side))
        layout.addWidget(self.present_list)
        layout.addWidget(self.no_members_label)
        layout.addWidget(self._label(self.tr("Anders aan&wezig"), self.present_other_edit, side))
        layout.addWidget(self.present_other_edit)

        # -- request, strengths, concerns
        self.request_edit = GrowingTextEdit(side)
        self.request_edit.setObjectName("requestEdit")
        self.request_edit.setPlaceholderText(self.tr("De vraag van het gezin, in hun eigen "
                                                     "woorden"))
        self.strengths_edit = GrowingTextEdit(side)
        self.strengths_edit.setObjectName("strengthsEdit")
        self.strengths_edit.setPlaceholderText(self.tr("Wat gaat goed? Eén per regel"))
        self.concerns_edit = GrowingTextEdit(side)
        self.concerns_edit.setObjectName("concernsEdit")
        self.concerns_edit.setPlaceholderText(self.tr("Waar maken jullie je zorgen over? Eén "
                                                      "per regel"))
        for text, edit in ((self.tr("&Hulpvraag"), self.request_edit),
                           (self.tr("&Krachten"), self.strengths_edit),
                           (self.tr("&Zorgen"), self.concerns_edit)):
            layout.addSpacing(4)
            layout.addWidget(self._label(text, edit, side))
            layout.addWidget(edit)

        # -- themes
        self.theme_chips = ThemeChips(side)
        layout.addSpacing(6)
        layout.addWidget(self._label(self.tr("Th&ema's"),
                                     self.theme_chips.button(next(iter(Theme))), side))
        layout.addWidget(self.theme_chips)

        # -- goals
        layout.addSpacing(6)
        layout.addWidget(self._section(self.tr("Doelen — schaalvraag (0 tot 10)"), side))
        self.goals_box = QWidget(side)
        self.goals_box.setObjectName("goalScores")
        self.goals_layout = QGridLayout(self.goals_box)
        self.goals_layout.setContentsMargins(0, 0, 0, 0)
        self.goals_layout.setColumnStretch(0, 1)
        layout.addWidget(self.goals_box)

        # -- agreements
        layout.addSpacing(6)
        layout.addWidget(self._section(self.tr("Afspraken"), side))
        self.agreements_box = QWidget(side)
        self.agreements_box.setObjectName("agreementList")
        self.agreements_layout = QVBoxLayout(self.agreements_box)
        self.agreements_layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.agreements_box)
        layout.addWidget(self._build_new_agreement(side))

        # -- next visit
        layout.addSpacing(6)
        self.next_check = QCheckBox(self.tr("&Volgend bezoek gepland"), side)
        self.next_check.setObjectName("nextVisitPlanned")
        self.next_edit = QDateTimeEdit(side)
        self.next_edit.setObjectName("nextVisitAt")
        self.next_edit.setDisplayFormat(self.tr("dd-MM-yyyy HH:mm"))
        self.next_edit.setCalendarPopup(True)
        self.next_edit.setEnabled(False)
        next_row = QHBoxLayout()
        next_row.addWidget(self.next_edit)
        next_row.addStretch(1)
        layout.addWidget(self.next_check)
        layout.addLayout(next_row)
        layout.addStretch(1)

        for widget in (self.next_edit, self.owner_combo, self.due_edit):
            widget.installEventFilter(self._wheel_guard)
            widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        return side

    def _build_new_agreement(self, parent: QWidget) -> QWidget:
        box = QFrame(parent)
        box.setObjectName("newAgreement")
        box.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(box)
        self.agreement_what = QLineEdit(box)
        self.agreement_what.setObjectName("agreementWhat")
        self.agreement_what.setMaxLength(1000)
        self.agreement_what.setPlaceholderText(self.tr("Wat wordt er gedaan?"))
        self.owner_combo = QComboBox(box)
        self.owner_combo.setObjectName("agreementOwner")
        self.owner_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.owner_combo.setMinimumContentsLength(12)
        self.due_edit = QDateEdit(box)
        self.due_edit.setObjectName("agreementDue")
        self.due_edit.setDisplayFormat(self.tr("dd-MM-yyyy"))
        self.due_edit.setCalendarPopup(True)
        self.due_edit.setMinimumDate(QDate(2000, 1, 1))
        self.due_edit.setSpecialValueText(self.tr("geen datum"))
        self.add_agreement_button = QPushButton(self.tr("Toevoe&gen"), box)
        self.add_agreement_button.setObjectName("addAgreement")
        self.add_agreement_button.setAutoDefault(False)
        self.agreement_error = QLabel(box)
        self.agreement_error.setObjectName("agreementError")
        self.agreement_error.setWordWrap(True)
        self.agreement_error.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.agreement_error.hide()

        grid.addWidget(self._label(self.tr("Nieuwe afs&praak"), self.agreement_what, box),
                       0, 0)
        grid.addWidget(self.agreement_what, 0, 1, 1, 3)
        grid.addWidget(self._label(self.tr("W&ie"), self.owner_combo, box), 1, 0)
        grid.addWidget(self.owner_combo, 1, 1, 1, 3)
        grid.addWidget(self._label(self.tr("Uiterlijk &op"), self.due_edit, box), 2, 0)
        grid.addWidget(self.due_edit, 2, 1)
        grid.addWidget(self.add_agreement_button, 2, 3)
        grid.setColumnStretch(2, 1)
        grid.addWidget(self.agreement_error, 3, 0, 1, 4)
        return box

    def _wire(self) -> None:
        touch = self._touch
        self.kind_combo.currentIndexChanged.connect(lambda _i: touch("kind"))
        self.starts_edit.dateTimeChanged.connect(lambda _v: touch("starts_at"))
        self.duration_spin.valueChanged.connect(lambda _v: touch("duration_minutes"))
        self.location_edit.textEdited.connect(lambda _t: touch("location"))
        self.notes_edit.textChanged.connect(lambda: touch("notes"))
        self.request_edit.textChanged.connect(lambda: touch("request"))
        self.strengths_edit.textChanged.connect(lambda: touch("strengths"))
        self.concerns_edit.textChanged.connect(lambda: touch("concerns"))
        self.present_list.itemChanged.connect(lambda _item: touch("present_person_ids"))
        self.present_other_edit.textEdited.connect(lambda _t: touch("present_other"))
        self.theme_chips.changed.connect(lambda: touch("themes"))
        self.next_check.toggled.connect(self._on_next_toggled)
        self.next_edit.dateTimeChanged.connect(lambda _v: touch("next_visit_at"))

        self.back_button.clicked.connect(self._on_back)
        self.finalise_button.clicked.connect(lambda: self.finalise())
        self.revisions_button.clicked.connect(self.show_revisions)
        self.summary_button.clicked.connect(self.make_summary)
        self.add_agreement_button.clicked.connect(self.add_agreement)
        self.agreement_what.returnPressed.connect(self.add_agreement)

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

    def open_visit(self, visit_id: str) -> None:
        """Show a visit; what was being edited before is submitted first."""
        if self._shut or not self._may_leave():
            return
        self.flush()
        self.autosave.disable()
        self._visit_id = visit_id
        self._form = None
        self._set_loaded(False)
        self._show_message(self.tr("Het bezoek wordt geladen…"))
        self._ctx.read(lambda store: load_visit_for_editing(store, visit_id),
                       self._on_loaded, self._on_load_error, key=self._read_key())

    def new_visit(self, household_id: str) -> None:
        """Start a draft visit for the household now (a home visit, starting now), then open it."""
        if self._shut or not self._may_leave():
            return
        self.flush()
        self.autosave.disable()
        self._visit_id = None
        self._form = None
        self._set_loaded(False)
        self._show_message(self.tr("Een nieuw bezoek wordt aangemaakt…"))
        starts_at = utcnow().replace(second=0, microsecond=0)

        def create(uow: Any) -> str:
            household = uow.get(Household, household_id)
            if household is None:
                raise LookupError(household_id)
            visit = visits.start_visit(uow, household, starts_at=starts_at,
                                       kind=VisitKind.HOME_VISIT)
            return visit.id

        self._ctx.write(create, self._guard(self.open_visit), self._guard(self._on_load_error),
                        detail="new visit", household_id=household_id)

    def _may_leave(self) -> bool:
        """After a failed save, ask before the unsaved text is replaced by another visit."""
        if (not self.autosave.enabled or self.autosave.state != ERROR
                or not self.autosave.has_unsaved_changes()):
            return True
        return self._confirm_leave_unsaved()

    def _confirm_leave_unsaved(self) -> bool:
        error = self.autosave.last_error
        answer = QMessageBox.warning(
            self, self.tr("Niet alles is opgeslagen"),
            self.tr("Opslaan lukt op dit moment niet: {error}\n\nAls je nu een ander bezoek "
                    "opent, kan wat je sinds de laatste keer opslaan typte verloren gaan. "
                    "Kopieer het eventueel eerst.").format(
                error=describe_error(error) if error is not None else ""),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Discard

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
        for dialog in (self.revisions_dialog, self.summary_dialog):
            if dialog is not None and shiboken6.isValid(dialog):
                dialog.close()
        with contextlib.suppress(RuntimeError, TypeError):
            self._ctx.bus.household_changed.disconnect(self._on_household_changed)
        if self._unnotified and self._form is not None:
            self._notify(self._form.household_id)

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
        fields: dict[str, tuple[Callable[[], Any], Any]] = {
            "kind": (lambda: self.kind_combo.currentData(), form.kind.value),
            "starts_at": (lambda: _from_qdatetime(self.starts_edit.dateTime()), form.starts_at),
            "duration_minutes": (lambda: self.duration_spin.value() or None,
                                 form.duration_minutes),
            "location": (self.location_edit.text, form.location),
            "present_person_ids": (self._present_ids, list(form.present_person_ids)),
            "present_other": (self.present_other_edit.text, form.present_other),
            "notes": (self.notes_edit.toPlainText, form.notes),
            "request": (self.request_edit.toPlainText, form.request),
            "strengths": (self.strengths_edit.toPlainText, form.strengths),
            "concerns": (self.concerns_edit.toPlainText, form.concerns),
            "themes": (lambda: [t.value for t in self.theme_chips.themes()],
                       [t.value for t in form.themes]),
            "next_visit_at": (self._next_visit_value, form.next_visit_at),
        }
        for goal in form.goals:
            fields[SCORE_PREFIX + goal.id] = (self._score_getter(goal.id), goal.visit_score)
        self.autosave.reset(fields)
        self._show_message("")
        self._set_loaded(True)
        self._show_save_state(SAVED)
        focus = QApplication.focusWidget()
        if self.isVisible() and (focus is None or focus is self or self.isAncestorOf(focus)):
            self.notes_edit.setFocus()  # ready to type

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
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(form.kind.value)))
        self.starts_edit.setDateTime(_to_qdatetime(form.starts_at))
        self.duration_spin.setValue(form.duration_minutes or 0)
        self.location_edit.setText(form.location)
        self.present_other_edit.setText(form.present_other)
        self.notes_edit.setPlainText(form.notes)
        self.request_edit.setPlainText(form.request)
        self.strengths_edit.setPlainText(form.strengths)
        self.concerns_edit.setPlainText(form.concerns)
        for edit in (self.notes_edit, self.request_edit, self.strengths_edit,
                     self.concerns_edit):
            edit.moveCursor(QTextCursor.MoveOperation.End)  # carry on where it stopped
        self.theme_chips.set_themes(form.themes)
        planned = form.next_visit_at is not None
        self.next_check.setChecked(planned)
        self.next_edit.setEnabled(planned)
        self.next_edit.setDateTime(_to_qdatetime(form.next_visit_at or self._default_next()))
        self._fill_members(form, set(form.present_person_ids))
        self._fill_goals(form.goals, {g.id: g.visit_score for g in form.goals})
        self._fill_agreements(form)
        self._fill_owners(form)
        self.due_edit.setDate(self._default_due())
        self.agreement_error.hide()
        self._fix_tab_order()
        self._fit_side_column()

    def _show_status(self) -> None:
        final = self._status == VisitStatus.FINAL
        label = catalogue_label(self._status)
        self.status_label.setText(label[:1].upper() + label[1:])
        self.status_label.setStyleSheet(
            "QLabel { border-radius: 4px; padding: 2px 8px; font-weight: bold; "
            + ("background: #dff3e2; color: #0f5a1f; border: 1px solid #0f5a1f; }" if final
               else "background: #eceff3; color: #333; border: 1px dashed #666; }"))
        self.final_banner.setVisible(final)
        self.finalise_button.setVisible(not final)
        self.revisions_button.setVisible(final)

    def _set_loaded(self, loaded: bool) -> None:
        self.splitter.setEnabled(loaded)
        for button in (self.finalise_button, self.revisions_button, self.summary_button):
            button.setEnabled(loaded)
        self.back_button.setEnabled(loaded or self._form is not None)
        if not loaded:
            self.save_indicator.clear()

    def _show_message(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(f"color: {ERROR_COLOUR};" if error else "")
        self.message.setVisible(bool(text))

    def _show_save_state(self, state: str) -> None:
        if self._shut or not shiboken6.isValid(self):
            return
        if state == ERROR and self.autosave.last_error is not None:
            # Short in the header, the whole message in a bar under it.
            self.save_indicator.setText(self.tr("⚠ Niet opgeslagen"))
            self.save_indicator.setStyleSheet(f"color: {ERROR_COLOUR}; font-weight: bold;")
            self.save_error.setText(self.tr(
                "Opslaan lukte niet: {error} Je tekst blijft staan; er wordt opnieuw geprobeerd."
            ).format(error=describe_error(self.autosave.last_error)))
            self.save_error.show()
            return
        self.save_error.hide()
        self.save_indicator.setStyleSheet(MUTED_STYLE)
        if state == PENDING:
            self.save_indicator.setText(self.tr("Wijzigingen worden opgeslagen…"))
            return
        moment = self.autosave.last_saved_at or (self._form.updated_at if self._form else None)
        if moment is None:
            self.save_indicator.clear()
        elif moment.astimezone().date() == clock.local_now().date():
            self.save_indicator.setText(
                self.tr("Opgeslagen {time}").format(time=format_time(moment)))
        else:
            self.save_indicator.setText(self.tr("Opgeslagen {date} {time}").format(
                date=format_date(moment.astimezone().date()), time=format_time(moment)))

    def _fix_tab_order(self) -> None:
        """Tab goes through the fields in reading order, rows made later included."""
        chips = [self.theme_chips.button(t) for t in Theme]
        chain: list[QWidget] = [
            self.kind_combo, self.starts_edit, self.duration_spin, self.location_edit,
            self.notes_edit, self.present_list, self.present_other_edit, self.request_edit,
            self.strengths_edit, self.concerns_edit, *chips, *self._score_boxes.values(),
            *self._agreement_boxes.values(), self.agreement_what, self.owner_combo,
            self.due_edit, self.add_agreement_button, self.next_check, self.next_edit,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # -- members (present) --------------------------------------------------------------------
    def _fill_members(self, form: VisitForm, present: set[str]) -> None:
        self.present_list.blockSignals(True)
        self.present_list.clear()
        known = {m.id for m in form.members}
        for member in form.members:
            text = f"{member.name} · {member.role}" if member.role else member.name
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, member.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if member.id in present
                               else Qt.CheckState.Unchecked)
            self.present_list.addItem(item)
        # Someone present who is no longer a member (removed since) stays recorded.
        self._extra_present = [pid for pid in form.present_person_ids if pid not in known]
        self.present_list.blockSignals(False)
        self.present_list.setVisible(bool(form.members))
        self.no_members_label.setVisible(not form.members)
        rows = max(1, self.present_list.count())
        self.present_list.setFixedHeight(
            self.present_list.sizeHintForRow(0) * rows + 2 * self.present_list.frameWidth() + 2
            if self.present_list.count() else 0)

    def _present_ids(self) -> list[str]:
        checked = []
        for row in range(self.present_list.count()):
            item = self.present_list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                checked.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return checked + [pid for pid in self._extra_present if pid not in checked]

    # -- goals ------------------------------------------------------------------------------
    def _score_getter(self, goal_id: str) -> Callable[[], int | None]:
        def get() -> int | None:
            box = self._score_boxes.get(goal_id)
            if box is None or not shiboken6.isValid(box) or box.value() < 0:
                return None
            return box.value()

        return get

    def score_box(self, goal_id: str) -> QSpinBox:
        return self._score_boxes[goal_id]

    def _fill_goals(self, goals: tuple[GoalItem, ...], values: dict[str, int | None]) -> None:
        while self.goals_layout.count():
            item = self.goals_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self._score_boxes = {}
        self._goals = goals
        if not goals:
            empty = QLabel(self.tr("Dit gezin heeft nog geen actieve doelen."), self.goals_box)
            empty.setWordWrap(True)
            self.goals_layout.addWidget(empty, 0, 0, 1, 2)
            return
        for row, goal in enumerate(goals):
            text = goal.text if not goal.person_name else f"{goal.text} ({goal.person_name})"
            label = QLabel(text, self.goals_box)
            label.setWordWrap(True)
            box = QSpinBox(self.goals_box)
            box.setObjectName(f"goalScore_{goal.id}")
            box.setRange(-1, 10)
            box.setSpecialValueText("–")
            box.setAccessibleName(self.tr("Score voor: {goal}").format(goal=goal.text))
            box.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.UpDownArrows)
            box.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            box.installEventFilter(self._wheel_guard)
            value = values.get(goal.id)
            box.setValue(-1 if value is None else value)
            box.valueChanged.connect(lambda _v, gid=goal.id: self._touch(SCORE_PREFIX + gid))
            label.setBuddy(box)
            if goal.previous_score is not None:
                hint = self.tr("vorige keer: {score} ({date})").format(
                    score=goal.previous_score, date=format_date(goal.previous_on))
            else:
                hint = self.tr("nog geen eerdere score")
            hint_label = QLabel(hint, self.goals_box)
            hint_label.setStyleSheet(MUTED_STYLE)
            self.goals_layout.addWidget(label, 2 * row, 0)
            self.goals_layout.addWidget(box, 2 * row, 1, 2, 1, Qt.AlignmentFlag.AlignTop)
            self.goals_layout.addWidget(hint_label, 2 * row + 1, 0)
            self._score_boxes[goal.id] = box

    # -- agreements -----------------------------------------------------------------------------
    def agreement_box(self, agreement_id: str) -> QCheckBox:
        return self._agreement_boxes[agreement_id]

    def _fill_agreements(self, form: VisitForm) -> None:
        while self.agreements_layout.count():
            item = self.agreements_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self._agreement_boxes = {}
        if not form.agreements:
            empty = QLabel(self.tr("Geen open afspraken."), self.agreements_box)
            self.agreements_layout.addWidget(empty)
            return
        today = clock.today()
        for agreement in form.agreements:
            row = QWidget(self.agreements_box)
            row_layout = QVBoxLayout(row)
            row_layout.setContentsMargins(0, 2, 0, 2)
            row_layout.setSpacing(0)
            box = QCheckBox(agreement.what, row)
            box.setObjectName(f"agreement_{agreement.id}")
            box.setChecked(agreement.status == AgreementStatus.DONE)
            box.setEnabled(agreement.status != AgreementStatus.CANCELLED)
            box.setToolTip(self.tr("Aanvinken als het gedaan is"))
            box.toggled.connect(lambda on, aid=agreement.id: self.set_agreement_done(aid, on))
            detail = QLabel(self._agreement_detail(agreement, today), row)
            detail.setWordWrap(True)
            detail.setIndent(self.style().pixelMetric(
                self.style().PixelMetric.PM_IndicatorWidth) + 6)
            overdue = (agreement.status == AgreementStatus.OPEN and agreement.due_on is not None
                       and agreement.due_on < today)
            detail.setStyleSheet(f"color: {ERROR_COLOUR};" if overdue
                                 else MUTED_STYLE)
            row_layout.addWidget(box)
            row_layout.addWidget(detail)
            self.agreements_layout.addWidget(row)
            self._agreement_boxes[agreement.id] = box

    def _agreement_detail(self, agreement: AgreementItem, today: date) -> str:
        who = agreement.owner_name
        if agreement.owner_kind == AgreementOwnerKind.WORKER:
            who = self.tr("ik (medewerker)") if (
                agreement.owner_id == self._ctx.store.actor.worker_id) else who
        if not who:
            who = catalogue_label(agreement.owner_kind)
        parts = [who]
        if agreement.due_on is not None:
            if agreement.status == AgreementStatus.OPEN and agreement.due_on < today:
                parts.append(self.tr("te laat: was {date}").format(
                    date=format_date(agreement.due_on)))
            else:
                parts.append(self.tr("vóór {date}").format(date=format_date(agreement.due_on)))
        if agreement.status != AgreementStatus.OPEN:
            parts.append(catalogue_label(agreement.status))
        elif agreement.visit_id == self._visit_id:
            parts.append(self.tr("nieuw bij dit bezoek"))
        return " · ".join(parts)

    def _fill_owners(self, form: VisitForm) -> None:
        current = self.owner_combo.currentData()
        self.owner_combo.clear()
        worker = OwnerChoice(AgreementOwnerKind.WORKER, self._ctx.store.actor.worker_id,
                             self.tr("Ik (medewerker)"))
        previous_kind: AgreementOwnerKind | None = None
        for choice in form.owner_choices(worker):
            if previous_kind is not None and choice.kind != previous_kind:
                self.owner_combo.insertSeparator(self.owner_combo.count())
            previous_kind = choice.kind
            if choice.kind == AgreementOwnerKind.WORKER:
                text = choice.name
            else:
                text = f"{choice.name} ({choice.role})" if choice.role else choice.name
                if choice.kind != AgreementOwnerKind.MEMBER:
                    text = f"{text} — {catalogue_label(choice.kind)}"
            self.owner_combo.addItem(text, f"{choice.kind.value}:{choice.id or ''}")
        index = self.owner_combo.findData(current) if current is not None else -1
        self.owner_combo.setCurrentIndex(max(0, index))

    def _default_due(self) -> QDate:
        start = self.starts_edit.dateTime().date()
        return start.addDays(14)

    def _default_next(self) -> datetime:
        start = _from_qdatetime(self.starts_edit.dateTime()).astimezone()
        day = (start + timedelta(days=14)).date()
        return datetime(day.year, day.month, day.day, 10, 0).astimezone()

    def add_agreement(self) -> None:
        """Add the agreement typed in the 'Nieuwe afspraak' row, made at this visit."""
        if self._form is None or self._shut:
            return
        what = self.agreement_what.text().strip()
        if not what:
            self._show_agreement_error(self.tr("Vul eerst in wat er wordt gedaan."))
            self.agreement_what.setFocus()
            return
        data = str(self.owner_combo.currentData() or
                   f"{AgreementOwnerKind.WORKER.value}:{self._ctx.store.actor.worker_id}")
        kind_value, _, owner = data.partition(":")
        owner_id = owner or None
        qdue = self.due_edit.date()
        due = None if qdue == self.due_edit.minimumDate() else date(qdue.year(), qdue.month(),
                                                                    qdue.day())
        household_id, visit_id = self._form.household_id, self._form.visit_id

        def add(uow: Any) -> str:
            household = uow.get(Household, household_id)
            if household is None:
                raise LookupError(household_id)
            return plan.add_agreement(uow, household, what, visit_id=visit_id,
                                      owner_kind=AgreementOwnerKind(kind_value),
                                      owner_id=owner_id, due_on=due).id

        def done(_agreement_id: str) -> None:
            if self.agreement_what.text().strip() == what:
                self.agreement_what.clear()
            self.agreement_error.hide()
            self._ctx.bus.status_message.emit(self.tr("Afspraak toegevoegd"))

        self.add_agreement_button.setEnabled(False)

        def finished(_value: Any) -> None:
            self.add_agreement_button.setEnabled(True)

        self._ctx.write(add, self._guard(lambda v: (finished(v), done(v))),
                        self._guard(lambda exc: (finished(exc), self._show_agreement_error(
                            describe_error(exc)))),
                        detail="agreement", household_id=household_id)

    def _show_agreement_error(self, text: str) -> None:
        self.agreement_error.setText(text)
        self.agreement_error.show()

    def set_agreement_done(self, agreement_id: str, done: bool) -> None:
        if self._form is None or self._shut:
            return
        household_id = self._form.household_id
        status = AgreementStatus.DONE if done else AgreementStatus.OPEN
        today = clock.today()

        def write(uow: Any) -> None:
            from voordeur.model import Agreement

            agreement = uow.get(Agreement, agreement_id)
            if agreement is None:
                raise LookupError(agreement_id)
            plan.set_agreement_status(uow, agreement, status, today)

        def failed(exc: BaseException) -> None:
            box = self._agreement_boxes.get(agreement_id)
            if box is not None and shiboken6.isValid(box):
                box.blockSignals(True)
                box.setChecked(not done)
                box.blockSignals(False)
            self._show_agreement_error(describe_error(exc))

        self._ctx.write(write, None, self._guard(failed), detail="agreement status",
                        household_id=household_id)

    # -- next visit -------------------------------------------------------------------------
    def _on_next_toggled(self, on: bool) -> None:
        self.next_edit.setEnabled(on)
        self._touch("next_visit_at")

    def _next_visit_value(self) -> datetime | None:
        if not self.next_check.isChecked():
            return None
        return _from_qdatetime(self.next_edit.dateTime())

    # =========================================================================================
    # saving
    # =========================================================================================
    def _make_write(self, changes: dict[str, Any]) -> Callable[[], set[str]]:
        store, visit_id, start = self._ctx.store, self._visit_id, self._session_start
        if visit_id is None:
            raise RuntimeError("no visit is open")
        qday = self.starts_edit.dateTime().date()
        score_day = date(qday.year(), qday.month(), qday.day())
        return lambda: apply_visit_changes(store, visit_id, changes, session_start=start,
                                           score_day=score_day)

    def _on_saved(self, _at: datetime, fields: set[str]) -> None:
        if self._shut or self._form is None:
            return
        structured = bool(fields & STRUCTURED_FIELDS) or any(
            f.startswith(SCORE_PREFIX) for f in fields)
        if structured or time.monotonic() - self._last_notify >= NOTIFY_TEXT_EVERY_S:
            self._notify(self._form.household_id)
        else:
            self._unnotified = True

    def _notify(self, household_id: str) -> None:
        self._last_notify = time.monotonic()
        self._unnotified = False
        self._emitting = True
        try:
            self._ctx.bus.household_changed.emit(household_id)
        finally:
            self._emitting = False

    def _on_household_changed(self, household_id: str) -> None:
        """Another view (or an agreement here) changed the household: refresh the side lists,
        never the fields being typed in."""
        if (self._emitting or self._shut or self._form is None
                or household_id != self._form.household_id):
            return
        visit_id = self._form.visit_id
        self._ctx.read(lambda store: load_visit_for_editing(store, visit_id, log=False),
                       self._guard(self._on_side_loaded), lambda _exc: None,
                       key=self._read_key() + "-side")

    def _on_side_loaded(self, form: VisitForm) -> None:
        if self._form is None or form.visit_id != self._form.visit_id:
            return
        present = set(self._present_ids())
        scores = {gid: self._score_getter(gid)() for gid in self._score_boxes}
        self._populating = True
        try:
            # Rebuild only what changed, so the focus stays where the worker is.
            if form.members != self._form.members:
                self._fill_members(form, present)
            if [_goal_key(g) for g in form.goals] != [_goal_key(g) for g in self._goals]:
                values = {g.id: scores.get(g.id, g.visit_score) for g in form.goals}
                self._fill_goals(form.goals, values)
            if form.agreements != self._form.agreements:
                self._fill_agreements(form)
            if (form.members, form.network, form.partners) != (
                    self._form.members, self._form.network, self._form.partners):
                self._fill_owners(form)
        finally:
            self._populating = False
        self._fix_tab_order()
        for goal in form.goals:
            self.autosave.track(SCORE_PREFIX + goal.id, self._score_getter(goal.id),
                                goal.visit_score)
        self._form = _replace_side(self._form, form)

    # =========================================================================================
    # final, revisions, back
    # =========================================================================================
    def _confirm_finalise(self) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Bezoek definitief maken"),
            self.tr("Wil je dit bezoek definitief maken?\n\nJe kunt daarna nog steeds "
                    "wijzigen, maar elke wijziging wordt als revisie bewaard."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes

    def finalise(self, *, confirm: bool = True) -> None:
        """Mark the visit final (after asking); later text edits are kept as revisions."""
        if self._form is None or self._shut or self._status == VisitStatus.FINAL:
            return
        if confirm and not self._confirm_finalise():
            return
        self.flush()
        visit_id, household_id = self._form.visit_id, self._form.household_id
        self._session_start = utcnow()  # edits from now on are a new session of a final visit

        def write(uow: Any) -> None:
            visit = uow.get(Visit, visit_id)
            if visit is None:
                raise VisitNotFound(visit_id)
            visits.finalise_visit(uow, visit)

        def done(_result: Any) -> None:
            if visit_id != self._visit_id:
                return
            self._status = VisitStatus.FINAL
            self._show_status()
            self._ctx.bus.status_message.emit(self.tr("Het bezoek is definitief gemaakt."))

        def failed(exc: BaseException) -> None:
            self._show_message(self.tr("Definitief maken lukte niet: {error}").format(
                error=describe_error(exc)), error=True)

        self._ctx.write(write, self._guard(done), self._guard(failed), detail="finalise visit",
                        household_id=household_id)

    def show_revisions(self) -> None:
        """Open the revisions of this (final) visit; pending edits are saved first."""
        if self._form is None or self._shut:
            return
        self.flush()
        if self.revisions_dialog is not None and shiboken6.isValid(self.revisions_dialog):
            self.revisions_dialog.close()
        dialog = RevisionsDialog(self._ctx, self._form.visit_id, self,
                                 title=self._form.household_name)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.revisions_dialog = dialog
        dialog.open()

    def make_summary(self) -> None:
        """The export dialog for this visit. Pending typing goes to the runner first; it runs
        in order, so the document is made from what was just typed."""
        if self._form is None or self._shut:
            return
        self.flush()
        from voordeur.gui.summary_export_dialog import SummaryExportDialog

        dialog = SummaryExportDialog(self._ctx, self._form.household_id,
                                     visit_id=self._form.visit_id, parent=self)
        self.summary_dialog = dialog
        dialog.open()

    def _on_back(self) -> None:
        self.flush()
        household_id = self.household_id
        if household_id:
            self.household_requested.emit(household_id)

    # =========================================================================================
    # layout
    # =========================================================================================
    def _fit_side_column(self) -> None:
        """The side column is never narrower than its content: nothing is cut off."""
        content = self.side_scroll.widget()
        if content is None:
            return
        bar = self.side_scroll.verticalScrollBar().sizeHint().width()
        wanted = content.minimumSizeHint().width() + bar + 2
        if self.side_scroll.minimumWidth() != wanted:
            self.side_scroll.setMinimumWidth(wanted)
            self._apply_width(self.width())

    def _wide_width_needed(self) -> int:
        """The width the notes and the side column need side by side."""
        margins = self.layout().contentsMargins()
        return (self._main_column.minimumSizeHint().width() + self.side_scroll.minimumWidth()
                + self.splitter.handleWidth() + margins.left() + margins.right())

    def _apply_width(self, width: int) -> None:
        """Side by side when there is room; otherwise the side column goes under the notes
        and the household's name gets a line of its own, so nothing is cut off."""
        narrow = width < max(NARROW_WIDTH, self._wide_width_needed())
        wanted = Qt.Orientation.Vertical if narrow else Qt.Orientation.Horizontal
        # In the wide layout the editor may be made narrower than both columns need: it then
        # switches to the narrow layout instead of forcing its window to stay wide.
        self.splitter.setMinimumWidth(0 if narrow else 1)
        if self.splitter.orientation() != wanted:
            self.splitter.setOrientation(wanted)
            if narrow:
                total = self.splitter.height()
                self.splitter.setSizes([total * 3 // 5, total * 2 // 5])
            else:  # the notes get most of the room
                total = max(width, self.splitter.width())
                side = max(self.side_scroll.minimumWidth(), total * 9 // 25)
                self.splitter.setSizes([total - side, side])
        in_header = self._header_row.indexOf(self._title_box) >= 0
        if narrow and in_header:
            self._header_row.removeWidget(self._title_box)
            self._title_row.insertWidget(0, self._title_box)
        elif not narrow and not in_header:
            self._title_row.removeWidget(self._title_box)
            self._header_row.insertWidget(1, self._title_box)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_width(event.size().width())


def _goal_key(goal: GoalItem) -> tuple[object, ...]:
    return (goal.id, goal.text, goal.person_name, goal.previous_score, goal.previous_on)


def _replace_side(current: VisitForm, fresh: VisitForm) -> VisitForm:
    """The loaded visit with the household's lists from a fresh read (fields stay as loaded)."""
    from dataclasses import replace

    return replace(current, members=fresh.members, network=fresh.network,
                   partners=fresh.partners, goals=fresh.goals, agreements=fresh.agreements,
                   revision_count=fresh.revision_count)


__all__ = ["VisitEditor", "apply_visit_changes"]
