"""The visit's text fields: the notes (the main field, most of the room) and the family's
request, strengths and concerns (in the side column; the household's plan, which carries over
from visit to visit), each reporting which field changed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QFont, QTextCursor
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget

from voordeur.gui.common.style import MUTED_STYLE, WARNING_STYLE
from voordeur.gui.visits.editor_widgets import GrowingTextEdit, buddy_label


def _t(text: str) -> str:
    return QCoreApplication.translate("VisitEditor", text)


class NotesField(QWidget):
    """The notes of the visit: a large text field under its label."""

    touched = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setObjectName("notesEdit")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setPlaceholderText(_t(
            "Wat is er besproken? Typ gerust tijdens het gesprek: alles wordt vanzelf "
            "opgeslagen."))
        self.notes_edit.setSizePolicy(QSizePolicy.Policy.Expanding,
                                      QSizePolicy.Policy.Expanding)
        notes_font = QFont(self.notes_edit.font())
        notes_font.setPointSizeF(notes_font.pointSizeF() * 1.1)
        self.notes_edit.setFont(notes_font)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(buddy_label(_t("&Notities"), self.notes_edit, self))
        layout.addWidget(self.notes_edit, 1)
        self.notes_edit.textChanged.connect(lambda: self.touched.emit("notes"))

    def set_text(self, text: str) -> None:
        self.notes_edit.setPlainText(text)
        self.notes_edit.moveCursor(QTextCursor.MoveOperation.End)  # carry on where it stopped


class FamilyNotes(QWidget):
    """The request in the family's words, their strengths and their concerns."""

    touched = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.request_edit = GrowingTextEdit(self)
        self.request_edit.setObjectName("requestEdit")
        self.request_edit.setPlaceholderText(_t("De vraag van het gezin, in hun eigen "
                                                "woorden"))
        self.strengths_edit = GrowingTextEdit(self)
        self.strengths_edit.setObjectName("strengthsEdit")
        self.strengths_edit.setPlaceholderText(_t("Wat gaat goed? Eén per regel"))
        self.concerns_edit = GrowingTextEdit(self)
        self.concerns_edit.setObjectName("concernsEdit")
        self.concerns_edit.setPlaceholderText(_t("Waar maken jullie je zorgen over? Eén "
                                                 "per regel"))
        self.plan_caption = QLabel(self)
        self.plan_caption.setObjectName("planCaption")
        self.plan_caption.setWordWrap(True)
        self.plan_caption.setStyleSheet(MUTED_STYLE)
        self.fork_notice = QLabel(self)
        self.fork_notice.setObjectName("planForkNotice")
        self.fork_notice.setWordWrap(True)
        self.fork_notice.setStyleSheet(WARNING_STYLE)
        self.fork_notice.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addSpacing(4)
        layout.addWidget(self.plan_caption)
        layout.addWidget(self.fork_notice)
        self._edits = {"request": self.request_edit, "strengths": self.strengths_edit,
                       "concerns": self.concerns_edit}
        for text, (name, edit) in zip((_t("&Hulpvraag"), _t("&Krachten"), _t("&Zorgen")),
                                      self._edits.items(), strict=True):
            layout.addSpacing(4)
            layout.addWidget(buddy_label(text, edit, self))
            layout.addWidget(edit)
            edit.textChanged.connect(lambda name=name: self.touched.emit(name))

    def populate(self, request: str, strengths: str, concerns: str) -> None:
        for edit, text in zip(self._edits.values(), (request, strengths, concerns), strict=True):
            edit.setPlainText(text)
            edit.moveCursor(QTextCursor.MoveOperation.End)

    def set_plan_state(self, household_plan: bool, forks: tuple[str, ...]) -> None:
        """Say whose texts these are: the household's plan (carried over, changed here for the
        next visits too) or this visit's own record."""
        self.plan_caption.setText(
            _t("Plan van het gezin: loopt door van bezoek tot bezoek. Wat je hier verandert, "
               "geldt vanaf nu.") if household_plan
            else _t("Zoals het plan was bij dit bezoek. Wijzigingen worden als revisie "
                    "bewaard; het plan van nu staat op de pagina van het gezin."))
        self.fork_notice.setVisible(bool(forks))
        if forks:
            self.fork_notice.setText(_t(
                "⚠ Hiervan zijn twee versies gemaakt, op twee laptops. Je ziet de nieuwste. "
                "Kies op de pagina van het gezin (tabblad Plan) welke blijft."))
