"""The household plan's texts on the household page: the family's question, what goes well and
the concerns, as they stand now (they carry over from visit to visit). Changed here or at a
visit; "Geschiedenis…" reads every version back; two versions made apart on two laptops are
shown side by side until the worker settles them."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from voordeur.gui.common import i18n
from voordeur.gui.common.context import AppContext
from voordeur.gui.common.style import MUTED_STYLE, WARNING_STYLE
from voordeur.gui.households.write_dialog import WriteDialog
from voordeur.model import Visit
from voordeur.model.catalogues import PlanField
from voordeur.services import family_plan
from voordeur.services.family_plan import PlanChange, PlanFork, PlanTexts
from voordeur.services.unit_of_work import UnitOfWork
from voordeur.store.store import Store

if TYPE_CHECKING:
    from voordeur.gui.households.page import HouseholdPage


def _t(text: str) -> str:
    return QCoreApplication.translate("PlanTexts", text)


def field_label(field: str) -> str:
    return {PlanField.REQUEST: _t("Hulpvraag"), PlanField.STRENGTHS: _t("Wat goed gaat"),
            PlanField.CONCERNS: _t("Zorgen")}[PlanField(field)]


def _lines(text: str) -> str:
    return "\n".join(f"• {line.strip()}" for line in text.splitlines() if line.strip())


class PlanTextsBox(QGroupBox):
    """The plan's texts now. `compact` (Overzicht) shows the question only."""

    def __init__(self, page: HouseholdPage, parent: QWidget, *, compact: bool) -> None:
        super().__init__(_t("Vraag van het gezin") if compact else
                         _t("Vraag, krachten en zorgen"), parent)
        self.setObjectName("planTextsBoxCompact" if compact else "planTextsBox")
        self.page = page
        self.compact = compact
        self.texts = PlanTexts()
        self.request_label = self._text_label("planRequest")
        self.strengths_label = self._text_label("planStrengths")
        self.concerns_label = self._text_label("planConcerns")
        self.updated_label = QLabel(self)
        self.updated_label.setObjectName("planUpdated")
        self.updated_label.setStyleSheet(MUTED_STYLE)
        self.fork_label = QLabel(self)
        self.fork_label.setObjectName("planForkNotice")
        self.fork_label.setWordWrap(True)
        self.fork_label.setStyleSheet(WARNING_STYLE)
        self.fork_label.setTextFormat(Qt.TextFormat.PlainText)
        self.fork_label.hide()
        self.edit_button = self._button(_t("&Bewerken…"), "editPlanTexts", self.edit)
        self.history_button = self._button(_t("&Geschiedenis…"), "planHistory",
                                           self.show_history)
        self.fork_button = self._button(_t("&Versies bekijken…"), "planForks", self.show_forks)
        self.fork_button.hide()
        layout = QVBoxLayout(self)
        if compact:
            layout.addWidget(self.request_label)
            self.strengths_label.hide()  # not in a layout: shown, they would float on top
            self.concerns_label.hide()
        else:
            # Long texts scroll inside the box: goals and agreements below keep their room.
            scroll = QScrollArea(self)
            scroll.setObjectName("planTextsScroll")
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            scroll.setMaximumHeight(self.fontMetrics().lineSpacing() * 8)
            inner = QWidget(scroll)
            form = QFormLayout(inner)
            form.setContentsMargins(0, 0, 0, 0)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
            form.addRow(field_label("request") + ":", self.request_label)
            form.addRow(field_label("strengths") + ":", self.strengths_label)
            form.addRow(field_label("concerns") + ":", self.concerns_label)
            scroll.setWidget(inner)
            layout.addWidget(scroll)
        layout.addWidget(self.fork_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.updated_label, 1)
        for button in (self.fork_button, self.history_button, self.edit_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)

    def _text_label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # A wrapping label asks for a narrow width; in the box it takes the whole line.
        label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        return label

    def _button(self, text: str, name: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(lambda _=False: slot())
        return button

    def set_plan(self, texts: PlanTexts, forks: tuple[str, ...]) -> None:
        self.texts = texts
        empty = _t("nog niet opgeschreven")
        self.request_label.setText(f"“{texts.request.strip()}”" if texts.request.strip()
                                   else _t("Nog geen vraag opgeschreven. Vraag het gezin wat "
                                           "zij willen bereiken, in hun eigen woorden."))
        self.strengths_label.setText(_lines(texts.strengths) or empty)
        self.concerns_label.setText(_lines(texts.concerns) or _t("geen"))
        self.updated_label.setText(
            _t("Bijgewerkt op {date}").format(date=i18n.format_date(
                texts.changed_at.astimezone().date())) if texts.changed_at else "")
        self.fork_label.setVisible(bool(forks))
        self.fork_button.setVisible(bool(forks))
        if forks:
            self.fork_label.setText(_t(
                "⚠ Er zijn twee versies van: {fields}. Ze zijn apart gemaakt, op twee "
                "laptops. Kies welke blijft, of voeg ze samen.").format(
                    fields=", ".join(field_label(f).lower() for f in forks)))

    # -- actions --------------------------------------------------------------------------
    def edit(self) -> None:
        household_id = self.page.household_id
        if household_id:
            self.page.show_dialog(PlanTextsDialog(self.page.ctx, self.page, household_id,
                                                  self.texts))

    def show_history(self) -> None:
        household_id = self.page.household_id
        if household_id:
            dialog = PlanHistoryDialog(self.page.ctx, household_id, self.page)
            self.page.show_dialog(dialog)

    def show_forks(self) -> None:
        household_id = self.page.household_id
        if not household_id:
            return

        def read(store: Store) -> list[PlanFork]:
            with store.session() as session:
                return family_plan.forks(session, household_id)

        def shown(found: list[PlanFork]) -> None:
            if found:
                self.page.show_dialog(PlanForkDialog(self.page.ctx, self.page, household_id,
                                                     found[0]))

        self.page.ctx.read(read, shown)


class PlanTextsDialog(WriteDialog):
    """Change the plan's texts outside a visit."""

    def __init__(self, ctx: AppContext, parent: QWidget | None, household_id: str,
                 texts: PlanTexts) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("planTextsDialog")
        self.household_id = household_id
        self.setWindowTitle(_t("Vraag, krachten en zorgen"))
        form = QFormLayout()
        self.edits: dict[str, QPlainTextEdit] = {}
        hints = {"request": _t("De vraag van het gezin, in hun eigen woorden"),
                 "strengths": _t("Wat gaat goed? Eén per regel"),
                 "concerns": _t("Waar maken jullie je zorgen over? Eén per regel")}
        for name in family_plan.FIELDS:
            edit = QPlainTextEdit(self)
            edit.setObjectName(f"{name}PlanEdit")
            edit.setTabChangesFocus(True)
            edit.setPlaceholderText(hints[name])
            edit.setPlainText(texts.text(name))
            edit.setMinimumHeight(self.fontMetrics().lineSpacing() * 4)
            label = QLabel(f"&{field_label(name)}", self)
            label.setBuddy(edit)
            form.addRow(label, edit)
            self.edits[name] = edit
        self.body.addLayout(form)
        self.add_buttons()
        self.resize(self.fontMetrics().horizontalAdvance("M") * 48, self.sizeHint().height())

    def validate(self) -> dict[str, Any] | None:
        return {name: edit.toPlainText().strip() for name, edit in self.edits.items()}

    def make_write(self, values: dict[str, Any]) -> Callable[[UnitOfWork], Any]:
        household_id = self.household_id
        assert household_id is not None
        return lambda uow: family_plan.save(uow, household_id, values)


class PlanForkDialog(WriteDialog):
    """Two versions of one text side by side; the text below is what stays (editable)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None, household_id: str,
                 fork: PlanFork) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("planForkDialog")
        self.household_id = household_id
        self.field = fork.field.value
        self.setWindowTitle(_t("Twee versies: {field}").format(field=field_label(self.field)))
        sides = QHBoxLayout()
        self.result_edit = QPlainTextEdit(self)
        self.result_edit.setObjectName("forkResultEdit")
        self.result_edit.setTabChangesFocus(True)
        self.result_edit.setPlainText(fork.current.text)
        for change, name in ((fork.current, "forkCurrent"), (fork.other, "forkOther")):
            column = QVBoxLayout()
            column.addWidget(QLabel(_t("Opgeslagen op {moment}").format(
                moment=i18n.format_datetime(change.saved_at)), self))
            view = QPlainTextEdit(self)
            view.setObjectName(name)
            view.setReadOnly(True)
            view.setPlainText(change.text)
            column.addWidget(view)
            use = self._use_button(change.text)
            column.addWidget(use)
            sides.addLayout(column)
        self.body.addLayout(sides)
        label = QLabel(_t("&Dit blijft staan:"), self)
        label.setBuddy(self.result_edit)
        self.body.addWidget(label)
        self.body.addWidget(self.result_edit)
        self.add_buttons()
        self.resize(self.fontMetrics().horizontalAdvance("M") * 60, self.sizeHint().height())

    def _use_button(self, text: str) -> QPushButton:
        button = QPushButton(_t("Deze &gebruiken"), self)
        button.setObjectName("forkUse")
        button.clicked.connect(lambda _=False: self.result_edit.setPlainText(text))
        return button

    def validate(self) -> dict[str, Any] | None:
        return {"text": self.result_edit.toPlainText().strip()}

    def make_write(self, values: dict[str, Any]) -> Callable[[UnitOfWork], Any]:
        household_id, field = self.household_id, self.field
        assert household_id is not None
        return lambda uow: family_plan.settle(uow, household_id, field, values["text"])


class PlanHistoryDialog(QDialog):
    """Every version of the question, strengths and concerns, newest first, with its visit."""

    def __init__(self, ctx: AppContext, household_id: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("planHistoryDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(_t("Geschiedenis van vraag, krachten en zorgen"))
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("planHistoryTree")
        self.tree.setRootIsDecorated(False)
        self.tree.setWordWrap(True)
        self.tree.setHeaderLabels([_t("Wanneer"), _t("Wat"), _t("Tekst")])
        self.tree.setAccessibleName(_t("Geschiedenis"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        if close is not None:
            close.setText(_t("&Sluiten"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(self.fontMetrics().horizontalAdvance("M") * 70,
                    self.fontMetrics().lineSpacing() * 24)

        def read(store: Store) -> list[tuple[PlanChange, Any]]:
            with store.session() as session:
                changes = family_plan.history(session, household_id)
                starts = {c.visit_id: (v.starts_at if v is not None else None)
                          for c in changes if c.visit_id
                          for v in [session.get(Visit, c.visit_id)]}
            return [(c, starts.get(c.visit_id)) for c in reversed(changes)]

        ctx.read(read, self._fill)

    def _fill(self, rows: list[tuple[PlanChange, Any]]) -> None:
        if not self.isVisible() and self.parent() is None:
            return
        self.tree.clear()
        for change, visit_start in rows:
            when = i18n.format_date(change.saved_at.astimezone().date())
            if visit_start is not None:
                when = _t("bezoek van {date}").format(
                    date=i18n.format_date(visit_start.astimezone().date()))
            text = change.text.strip() or _t("(leeggemaakt)")
            item = QTreeWidgetItem([when, field_label(change.field), text])
            item.setToolTip(2, change.text)
            self.tree.addTopLevelItem(item)
        for column in (0, 1):
            self.tree.resizeColumnToContents(column)
        if not rows:
            self.tree.addTopLevelItem(QTreeWidgetItem(["", "", _t("Nog niets opgeschreven.")]))
