"""The household's open agreements at a visit: tick one off when it is done, or add a new one
(what, who, by when) made at this visit. Both write at once, not through the autosave.

An agreement ticked here stays in its place, struck through, until the visit is left, so it can
be unticked and the next one never slides under the mouse (`kept_ids` asks the reads for it)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QHideEvent, QMouseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from voordeur import clock
from voordeur.gui.common.context import AppContext
from voordeur.gui.common.date_field import DateField
from voordeur.gui.common.errors import describe_error
from voordeur.gui.common.i18n import catalogue_label, format_date
from voordeur.gui.common.style import ERROR_COLOUR, MUTED_STYLE
from voordeur.gui.visits.editor_widgets import WheelGuard, buddy_label, section_label
from voordeur.model import Household
from voordeur.model.catalogues import AgreementOwnerKind, AgreementStatus
from voordeur.services import plan
from voordeur.services.visit_queries import AgreementItem, OwnerChoice, VisitForm

Guard = Callable[[Callable[[Any], None]], Callable[[Any], None]]
DUE_AFTER = timedelta(days=14)  # a new agreement's proposed due date, after the visit's day


def _t(text: str) -> str:
    return QCoreApplication.translate("VisitEditor", text)


class _ClickLabel(QLabel):
    """The agreement's text beside its check box: wraps, and a click ticks the box."""

    def __init__(self, text: str, box: QCheckBox, parent: QWidget) -> None:
        super().__init__(text, parent)
        self._box = box
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._box.isEnabled():
            self._box.click()
        super().mouseReleaseEvent(event)


class AgreementRow(QWidget):
    """One agreement: a check box, its text (wrapped, struck through when done), the detail."""

    def __init__(self, agreement: AgreementItem, parent: QWidget) -> None:
        super().__init__(parent)
        self.agreement_id = agreement.id
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 2, 0, 2)
        row.setSpacing(6)
        texts = QVBoxLayout()
        texts.setSpacing(0)
        self.box = QCheckBox(self)
        self.box.setObjectName(f"agreement_{agreement.id}")
        self.box.setToolTip(_t("Aanvinken als het gedaan is"))
        self.what_label = _ClickLabel(agreement.what, self.box, self)
        self.what_label.setObjectName(f"agreementText_{agreement.id}")
        self.detail = QLabel(self)
        self.detail.setWordWrap(True)
        row.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop)
        texts.addWidget(self.what_label)
        texts.addWidget(self.detail)
        texts.addStretch(1)
        row.addLayout(texts, 1)

    def show_state(self, agreement: AgreementItem, detail: str, overdue: bool) -> None:
        """Checked and struck through when done; the signals stay quiet."""
        done = agreement.status == AgreementStatus.DONE
        self.box.blockSignals(True)
        self.box.setChecked(done)
        self.box.blockSignals(False)
        self.box.setEnabled(agreement.status != AgreementStatus.CANCELLED)
        self.box.setAccessibleName(agreement.what)
        self.what_label.setText(agreement.what)
        self.strike(done)
        self.detail.setText(detail)
        self.detail.setStyleSheet(f"color: {ERROR_COLOUR};" if overdue else MUTED_STYLE)

    def strike(self, done: bool) -> None:
        font = self.what_label.font()
        font.setStrikeOut(done)
        self.what_label.setFont(font)
        self.what_label.setStyleSheet(MUTED_STYLE if done else "")


class AgreementsSection(QWidget):
    """The agreements list and the 'new agreement' row.

    `current_form` gives the open visit, or None when there is nothing to write to; `guard`
    wraps the write callbacks so that they do nothing once the editor is gone.
    """

    def __init__(self, ctx: AppContext, current_form: Callable[[], VisitForm | None],
                 guard: Guard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._current_form = current_form
        self._guard = guard
        self._proposed_due: date | None = None
        self._visit_day: date | None = None
        self.boxes: dict[str, QCheckBox] = {}
        self.rows: dict[str, AgreementRow] = {}
        self._ticked: set[str] = set()  # ticked or unticked since the visit was opened
        self._shown_visit = ""
        self._wheel_guard = WheelGuard(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(section_label(_t("Afspraken"), self))
        self.agreements_box = QWidget(self)
        self.agreements_box.setObjectName("agreementList")
        self.agreements_layout = QVBoxLayout(self.agreements_box)
        self.agreements_layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.agreements_box)
        layout.addWidget(self._build_new_agreement())
        self.owner_combo.installEventFilter(self._wheel_guard)
        self.owner_combo.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.add_agreement_button.clicked.connect(self.add_agreement)
        self.agreement_what.returnPressed.connect(self.add_agreement)

    def _build_new_agreement(self) -> QWidget:
        box = QFrame(self)
        box.setObjectName("newAgreement")
        box.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(box)
        self.agreement_what = QLineEdit(box)
        self.agreement_what.setObjectName("agreementWhat")
        self.agreement_what.setMaxLength(1000)
        self.agreement_what.setPlaceholderText(_t("Wat wordt er gedaan?"))
        self.owner_combo = QComboBox(box)
        self.owner_combo.setObjectName("agreementOwner")
        self.owner_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.owner_combo.setMinimumContentsLength(12)
        self.due_edit = DateField(box, prefer="near")  # empty: no due date
        self.due_edit.setObjectName("agreementDue")
        self.due_edit.setAccessibleName(_t("Uiterlijk op"))
        self.add_agreement_button = QPushButton(_t("Toevoe&gen"), box)
        self.add_agreement_button.setObjectName("addAgreement")
        self.add_agreement_button.setAutoDefault(False)
        self.agreement_error = QLabel(box)
        self.agreement_error.setObjectName("agreementError")
        self.agreement_error.setWordWrap(True)
        self.agreement_error.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.agreement_error.hide()

        grid.addWidget(buddy_label(_t("Nieuwe afs&praak"), self.agreement_what, box), 0, 0)
        grid.addWidget(self.agreement_what, 0, 1, 1, 3)
        grid.addWidget(buddy_label(_t("W&ie"), self.owner_combo, box), 1, 0)
        grid.addWidget(self.owner_combo, 1, 1, 1, 3)
        grid.addWidget(buddy_label(_t("Uiterlijk &op"), self.due_edit, box), 2, 0)
        grid.addWidget(self.due_edit, 2, 1)
        grid.addWidget(self.add_agreement_button, 2, 3, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(2, 1)
        grid.addWidget(self.agreement_error, 3, 0, 1, 4)
        return box

    # -- showing ------------------------------------------------------------------------------
    def populate(self, form: VisitForm, visit_day: date) -> None:
        """A freshly loaded visit: its agreements, the owners to choose from, a due date two
        weeks after the visit's day and no error. The same visit loaded again (after a sync)
        keeps what was ticked here."""
        if form.visit_id != self._shown_visit:
            self._ticked = set()
        self._shown_visit = form.visit_id
        self.fill_agreements(form)
        self.fill_owners(form)
        self._visit_day = visit_day
        self._proposed_due = visit_day + DUE_AFTER
        self.due_edit.setValue(self._proposed_due)
        self.agreement_error.hide()

    def follow_start(self, visit_day: date) -> None:
        """The visit's date changed: a due date still as proposed moves with it."""
        self._visit_day = visit_day
        if self.due_edit.value() == self._proposed_due and self.due_edit.valid:
            self._proposed_due = visit_day + DUE_AFTER
            self.due_edit.setValue(self._proposed_due)

    def tab_chain(self) -> list[QWidget]:
        return [*self.boxes.values(), self.agreement_what, self.owner_combo,
                self.due_edit.line_edit, self.add_agreement_button]

    def hideEvent(self, event: QHideEvent) -> None:
        """The visit was left (the editor hidden): its next load starts without the ticks."""
        self._shown_visit, self._ticked = "", set()
        super().hideEvent(event)

    def kept_ids(self) -> tuple[str, ...]:
        """The agreements ticked or unticked here: shown until the visit is left."""
        return tuple(sorted(self._ticked))

    def fill_agreements(self, form: VisitForm) -> None:
        """Show the form's agreements. The same agreements in the same order keep their rows
        (and the focus); only their state is shown again."""
        today = clock.today()
        if form.agreements and [a.id for a in form.agreements] == list(self.rows):
            for agreement in form.agreements:
                self._show_row(self.rows[agreement.id], agreement, form.visit_id, today)
            return
        while self.agreements_layout.count():
            item = self.agreements_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.boxes, self.rows = {}, {}
        if not form.agreements:
            empty = QLabel(_t("Geen open afspraken."), self.agreements_box)
            self.agreements_layout.addWidget(empty)
            return
        for agreement in form.agreements:
            row = AgreementRow(agreement, self.agreements_box)
            self._show_row(row, agreement, form.visit_id, today)
            row.box.toggled.connect(
                lambda on, aid=agreement.id: self.set_agreement_done(aid, on))
            self.agreements_layout.addWidget(row)
            self.rows[agreement.id] = row
            self.boxes[agreement.id] = row.box

    def _show_row(self, row: AgreementRow, agreement: AgreementItem, visit_id: str,
                  today: date) -> None:
        overdue = (agreement.status == AgreementStatus.OPEN and agreement.due_on is not None
                   and agreement.due_on < today)
        row.show_state(agreement, self._detail(agreement, visit_id, today), overdue)

    def _detail(self, agreement: AgreementItem, visit_id: str, today: date) -> str:
        who = agreement.owner_name
        if agreement.owner_kind == AgreementOwnerKind.WORKER:
            who = _t("ik (medewerker)") if (
                agreement.owner_id == self._ctx.store.actor.worker_id) else who
        if not who:
            who = catalogue_label(agreement.owner_kind)
        parts = [who]
        if agreement.due_on is not None:
            if agreement.status == AgreementStatus.OPEN and agreement.due_on < today:
                parts.append(_t("te laat: was {date}").format(
                    date=format_date(agreement.due_on)))
            else:
                parts.append(_t("vóór {date}").format(date=format_date(agreement.due_on)))
        if agreement.status != AgreementStatus.OPEN:
            parts.append(catalogue_label(agreement.status))
        elif agreement.visit_id == visit_id:
            parts.append(_t("nieuw bij dit bezoek"))
        return " · ".join(parts)

    def fill_owners(self, form: VisitForm) -> None:
        current = self.owner_combo.currentData()
        self.owner_combo.clear()
        worker = OwnerChoice(AgreementOwnerKind.WORKER, self._ctx.store.actor.worker_id,
                             _t("Ik (medewerker)"))
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

    def _show_error(self, text: str) -> None:
        self.agreement_error.setText(text)
        self.agreement_error.show()

    # -- writing ------------------------------------------------------------------------------
    def add_agreement(self) -> None:
        """Add the agreement typed in the 'Nieuwe afspraak' row, made at this visit."""
        form = self._current_form()
        if form is None:
            return
        what = self.agreement_what.text().strip()
        if not what:
            self._show_error(_t("Vul eerst in wat er wordt gedaan."))
            self.agreement_what.setFocus()
            return
        data = str(self.owner_combo.currentData() or
                   f"{AgreementOwnerKind.WORKER.value}:{self._ctx.store.actor.worker_id}")
        kind_value, _, owner = data.partition(":")
        owner_id = owner or None
        if not self.due_edit.commit():  # not a date: said in the field, nothing added
            self.agreement_error.hide()
            self.due_edit.setFocus()
            return
        due = self.due_edit.value()
        household_id, visit_id = form.household_id, form.visit_id

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
            self._ctx.bus.status_message.emit(_t("Afspraak toegevoegd"))

        self.add_agreement_button.setEnabled(False)

        def finished(_value: Any) -> None:
            self.add_agreement_button.setEnabled(True)

        self._ctx.write(add, self._guard(lambda v: (finished(v), done(v))),
                        self._guard(lambda exc: (finished(exc), self._show_error(
                            describe_error(exc)))),
                        detail="agreement", household_id=household_id)

    def set_agreement_done(self, agreement_id: str, done: bool) -> None:
        form = self._current_form()
        if form is None:
            return
        household_id = form.household_id
        status = AgreementStatus.DONE if done else AgreementStatus.OPEN
        self._ticked.add(agreement_id)
        row = self.rows.get(agreement_id)
        if row is not None and shiboken6.isValid(row):
            row.strike(done)
        # Ticked at a visit: done on the visit's day (written up later too), never in the future.
        today = min(clock.today(), self._visit_day or clock.today())

        def write(uow: Any) -> None:
            from voordeur.model import Agreement

            agreement = uow.get(Agreement, agreement_id)
            if agreement is None:
                raise LookupError(agreement_id)
            plan.set_agreement_status(uow, agreement, status, today)

        def failed(exc: BaseException) -> None:
            row = self.rows.get(agreement_id)
            if row is not None and shiboken6.isValid(row):
                row.box.blockSignals(True)
                row.box.setChecked(not done)
                row.box.blockSignals(False)
                row.strike(not done)
            self._show_error(describe_error(exc))

        self._ctx.write(write, None, self._guard(failed), detail="agreement status",
                        household_id=household_id)
