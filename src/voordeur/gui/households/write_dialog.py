"""The base of every dialog that writes: it checks what was typed, writes through the background
runner, closes only when the write succeeded and otherwise shows the message and keeps everything
typed. Its strings keep the translation context "HouseholdDialogs"."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from voordeur.gui.common.context import AppContext
from voordeur.gui.common.date_field import DateField, first_invalid
from voordeur.gui.common.errors import describe_error
from voordeur.gui.common.forms import alive, child, load_form
from voordeur.gui.common.style import TABLE_ALERT_COLOUR
from voordeur.services.unit_of_work import UnitOfWork

ERROR_STYLE = f"color: {TABLE_ALERT_COLOUR}; font-weight: bold;"


# -- the base of every dialog that writes -----------------------------------------------------
class WriteDialog(QDialog):
    """Validate, write in the background, close on success; keep the input on an error.

    Subclasses fill `self.body`, implement `validate()` (returns the values or None after
    `show_message`) and `make_write(values)` (a function of the unit of work).
    """

    def __init__(self, ctx: AppContext, parent: QWidget | None,
                 on_saved: Callable[[Any], None] | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.on_saved = on_saved
        self.household_id: str | None = None  # the household the write touches, if known
        self.lists_changed = False  # emit households_changed after the write
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.body = QVBoxLayout(self)
        self.error_label: QLabel | None = None
        self.button_box: QDialogButtonBox | None = None

    def use_form(self, name: str) -> QWidget:
        form = load_form(name, self)
        self.body.addWidget(form)
        self.error_label = child(form, QLabel, "errorLabel")
        self.button_box = child(form, QDialogButtonBox, "buttonBox")
        self._wire()
        return form

    def add_buttons(self) -> None:
        self.error_label = QLabel(self)
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.button_box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.button_box.setObjectName("buttonBox")
        self.body.addWidget(self.error_label)
        self.body.addWidget(self.button_box)
        self._wire()

    def _wire(self) -> None:
        assert self.error_label is not None and self.button_box is not None
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setAccessibleName(
            QCoreApplication.translate("HouseholdDialogs", "Melding"))
        save = self.button_box.button(QDialogButtonBox.StandardButton.Save)
        if save is not None:
            save.setText(QCoreApplication.translate("HouseholdDialogs", "&Opslaan"))
            save.setDefault(True)
        cancel = self.button_box.button(QDialogButtonBox.StandardButton.Cancel)
        if cancel is not None:
            cancel.setText(QCoreApplication.translate("HouseholdDialogs", "Annuleren"))
        self.button_box.accepted.connect(self.submit)
        self.button_box.rejected.connect(self.reject)

    @property
    def save_button(self) -> Any:
        assert self.button_box is not None
        return self.button_box.button(QDialogButtonBox.StandardButton.Save)

    def show_message(self, text: str, focus: QWidget | None = None) -> None:
        assert self.error_label is not None
        self.error_label.setText(text)
        self.error_label.show()
        if focus is not None:
            focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def clear_message(self) -> None:
        if self.error_label is not None:
            self.error_label.clear()
            self.error_label.hide()

    def date_fields(self) -> list[DateField]:
        """The date fields whose text must be a date before anything is written (by default
        every enabled one; a dialog narrows this when a field is not in use)."""
        return self.findChildren(DateField)

    # -- to implement -------------------------------------------------------------------------
    def validate(self) -> dict[str, Any] | None:
        raise NotImplementedError

    def make_write(self, values: dict[str, Any]) -> Callable[[UnitOfWork], Any]:
        raise NotImplementedError

    # -- submitting ---------------------------------------------------------------------------
    def submit(self) -> None:
        if not self.save_button.isEnabled():
            return  # a write is already on its way
        wrong = first_invalid(self.date_fields())
        if wrong is not None:  # said in the field as well; nothing is written
            self.show_message(wrong.message(), wrong)
            return
        values = self.validate()
        if values is None:
            return
        self.clear_message()
        self.save_button.setEnabled(False)
        self.ctx.write(self.make_write(values), self._saved, self._failed,
                       household_id=self.household_id)

    def _saved(self, result: Any) -> None:
        if self.lists_changed:
            self.ctx.bus.households_changed.emit()
        if not alive(self):
            return
        callback = self.on_saved
        QDialog.accept(self)
        if callback is not None:
            callback(result)

    def _failed(self, exc: BaseException) -> None:
        if not alive(self):
            return
        self.save_button.setEnabled(True)
        self.show_message(describe_error(exc))
