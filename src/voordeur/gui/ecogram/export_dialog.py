"""Saving the ecogram as PNG, PDF or SVG: the same figure and access-log entry as
`voordeur ecogram … --out FILE [--roles]`, drawn in the background."""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from voordeur import clock
from voordeur.domain.ecogram import Ecogram
from voordeur.export.ecogram_figure import export_ecogram_file, warm_up
from voordeur.export.ecogram_titles import snapshot_title
from voordeur.gui.common import i18n
from voordeur.gui.common.context import AppContext
from voordeur.gui.common.errors import describe_error
from voordeur.gui.common.save_dialog import ask_save_path, safe_file_name
from voordeur.gui.common.style import ERROR_COLOUR, MUTED_STYLE
from voordeur.services.ecogram_queries import SnapshotInfo
from voordeur.store.store import Store


def _t(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("EcogramExport", text, None, n)


FORMATS = ("pdf", "png", "svg")


def _format_labels() -> dict[str, str]:
    return {"pdf": _t("PDF — om te printen of te mailen"),
            "png": _t("PNG — een afbeelding"),
            "svg": _t("SVG — een tekening die je verder kunt bewerken")}


class EcogramExportDialog(QDialog):
    """Choose the format and names or roles, then the file; the figure is drawn off the GUI
    thread and the dialog stays open with the message when it fails."""

    def __init__(self, ctx: AppContext, household_id: str, ecogram: Ecogram,
                 snapshot: SnapshotInfo | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ecogramExportDialog")
        self.setWindowTitle(_t("Ecogram exporteren"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.ctx = ctx
        self.household_id = household_id
        self.ecogram = ecogram
        self.snapshot = snapshot
        self.saved_to: Path | None = None

        what = (_t("Het netwerk zoals het nu is.") if snapshot is None else
                _t("De momentopname van {day}.").format(
                    day=i18n.format_date(snapshot.visit_day
                                         or snapshot.taken_at.astimezone().date())))
        intro = QLabel(what, self)
        intro.setWordWrap(True)
        self.format_group = QButtonGroup(self)
        self.format_buttons: dict[str, QRadioButton] = {}
        labels = _format_labels()
        for index, fmt in enumerate(FORMATS):
            button = QRadioButton(labels[fmt], self)
            button.setObjectName(f"format_{fmt}")
            self.format_group.addButton(button, index)
            self.format_buttons[fmt] = button
        self.format_buttons["pdf"].setChecked(True)
        self.roles_box = QCheckBox(_t("&Rollen in plaats van namen (voor een partner zonder "
                                      "toestemming)"), self)
        self.roles_box.setObjectName("rolesBox")
        hint = QLabel(_t("De legenda komt altijd mee. Het bestand is niet versleuteld: bewaar "
                         "het alleen waar dat mag."), self)
        hint.setWordWrap(True)
        hint.setStyleSheet(MUTED_STYLE)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("exportError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.error_label.hide()
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(_t("&Opslaan als…"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.choose_file)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(4)
        layout.addWidget(QLabel(_t("Formaat:"), self))
        for button in self.format_buttons.values():
            layout.addWidget(button)
        layout.addSpacing(4)
        layout.addWidget(self.roles_box)
        layout.addWidget(hint)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.resize(460, self.sizeHint().height())
        # Matplotlib loads while the worker chooses, so "Opslaan" is quick.
        ctx.read(lambda _store: warm_up(), lambda _none: None, lambda _exc: None,
                 key="ecogram-export-warm-up")

    @property
    def fmt(self) -> str:
        return FORMATS[max(self.format_group.checkedId(), 0)]

    def choose_file(self) -> None:
        """The app's save dialog (Dutch, Documenten or the last folder); the name says what and
        which day, never the family's name (a file name travels where the map's protection
        does not)."""
        snapshot = self.snapshot
        day = (snapshot.visit_day or snapshot.taken_at.astimezone().date()
               if snapshot is not None else clock.today())
        name = safe_file_name(f"Ecogram {day.isoformat()}", f".{self.fmt}")
        target = ask_save_path(self, self.ctx.settings, _t("Ecogram opslaan"), name,
                               f"{self.fmt.upper()} (*.{self.fmt})")
        if target is not None:
            if target.suffix.lower() != f".{self.fmt}":
                target = target.with_name(target.name + f".{self.fmt}")
            self.export_to(target)

    def export_to(self, path: Path) -> None:
        """Draw and write in the background; close when done, keep open with the message when
        it fails."""
        roles, ecogram, snapshot = self.roles_box.isChecked(), self.ecogram, self.snapshot
        title = None
        if snapshot is not None:
            day = snapshot.visit_day or snapshot.taken_at.astimezone().date()
            title = snapshot_title(ecogram, day, roles=roles)
        snapshot_id = snapshot.id if snapshot is not None else None
        self.save_button.setEnabled(False)
        self.error_label.hide()
        self.setCursor(Qt.CursorShape.BusyCursor)

        def task(store: Store) -> str:
            return export_ecogram_file(store, ecogram, path, roles=roles, title=title,
                                       snapshot_id=snapshot_id)

        self.ctx.read(task, lambda _fmt: self._done(path), self._failed)

    def _done(self, path: Path) -> None:
        self.ctx.bus.status_message.emit(_t("Ecogram opgeslagen: {file}").format(file=path.name))
        if shiboken6.isValid(self):
            self.saved_to = path
            self.accept()

    def _failed(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            self.ctx.bus.error_message.emit(describe_error(exc))
            return
        self.unsetCursor()
        self.save_button.setEnabled(True)
        self.error_label.setText(_t("Het ecogram is niet opgeslagen. {reason}").format(
            reason=describe_error(exc)))
        self.error_label.show()
