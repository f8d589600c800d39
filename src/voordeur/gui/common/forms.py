"""Small helpers every dialog uses: loading a Qt Designer form and finding its fields, converting
dates to and from QDate, checking that a widget still exists, and the non-blocking confirmation and
error message boxes. Their strings keep the translation context "HouseholdDialogs", where they were
first written."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QDate, QFile, QIODevice, Qt
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QMessageBox, QWidget

from voordeur.gui.common.date_field import DateField
from voordeur.gui.common.errors import describe_error
from voordeur.paths import ui_dir

W = TypeVar("W", bound=QWidget)


def _t(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("HouseholdDialogs", text, None, n)


# -- helpers ----------------------------------------------------------------------------------
def load_form(name: str, parent: QWidget) -> QWidget:
    """Load `ui/<name>` (a Qt Designer form) as a child widget of `parent`."""
    path = ui_dir() / name
    file = QFile(str(path))
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FileNotFoundError(str(path))
    try:
        loader = QUiLoader()
        loader.registerCustomWidget(DateField)  # <widget class="DateField"> in the forms
        form = loader.load(file, parent)
    finally:
        file.close()
    if form is None:
        raise RuntimeError(f"cannot load the form {name}")
    return form


def child(parent: QWidget, cls: type[W], name: str) -> W:
    widget = parent.findChild(cls, name)
    if widget is None:
        raise LookupError(f"{name} ({cls.__name__}) is missing from the form")
    return widget


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def alive(widget: QWidget | None) -> bool:
    return widget is not None and shiboken6.isValid(widget)


def ask(parent: QWidget, title: str, text: str, yes_text: str,
        on_yes: Callable[[], None]) -> QMessageBox:
    """A non-blocking confirmation (window-modal); `on_yes` runs only when confirmed."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, parent)
    box.setObjectName("confirmBox")
    box.button(QMessageBox.StandardButton.Yes).setText(yes_text)
    box.button(QMessageBox.StandardButton.Cancel).setText(_t("Annuleren"))
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    yes = box.button(QMessageBox.StandardButton.Yes)

    def clicked(button: object) -> None:
        if button is yes:
            on_yes()

    box.buttonClicked.connect(clicked)
    box.open()
    return box


def show_error(parent: QWidget, exc: BaseException) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, _t("Niet gelukt"), describe_error(exc),
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("errorBox")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
