"""The fields of a goal, shared by the plan's goal dialog and the visit editor's: the text in
the family's own words and for whom, with the check of the text. Strings keep the translation
context "GoalDialog"."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QPlainTextEdit, QWidget

MAX_GOAL_LENGTH = 1000


def _t(text: str) -> str:
    return QCoreApplication.translate("GoalDialog", text)


def goal_fields(parent: QWidget, members: Iterable[tuple[str, str]],
                form: QFormLayout) -> tuple[QPlainTextEdit, QComboBox]:
    """Add the goal's text and "for whom" (the whole family, or one of `members` given as
    (id, name)) to `form`."""
    text_edit = QPlainTextEdit(parent)
    text_edit.setObjectName("goalTextEdit")
    text_edit.setTabChangesFocus(True)
    text_edit.setPlaceholderText(_t(
        "In de woorden van het gezin, bijvoorbeeld: ‘Wij hebben overzicht over onze "
        "rekeningen’"))
    text_edit.setMinimumHeight(parent.fontMetrics().lineSpacing() * 4)
    text_edit.setMaximumHeight(parent.fontMetrics().lineSpacing() * 7)
    text_label = QLabel(_t("&Doel"), parent)
    text_label.setBuddy(text_edit)
    form.addRow(text_label, text_edit)
    person_combo = QComboBox(parent)
    person_combo.setObjectName("goalPersonCombo")
    person_combo.addItem(_t("Het hele gezin"), None)
    for member_id, name in members:
        person_combo.addItem(name, member_id)
    person_label = QLabel(_t("&Voor wie"), parent)
    person_label.setBuddy(person_combo)
    form.addRow(person_label, person_combo)
    return text_edit, person_combo


def goal_text_problem(text: str) -> str | None:
    """What is wrong with a goal's (stripped) text, or None."""
    if not text:
        return _t("Schrijf het doel op, in de woorden van het gezin.")
    if len(text) > MAX_GOAL_LENGTH:
        return _t("Het doel is te lang (hoogstens 1000 tekens).")
    return None
