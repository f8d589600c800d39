"""The editors in the ecogram's side panel: their common base (`_Editor`: a header, a form, a
message line and Toepassen / Herstellen / Verwijderen) and the editor of a tie (`TieEditor`:
strength, quality, who supports whom, P/G/A/E and a note)."""

from __future__ import annotations

from itertools import pairwise
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from voordeur.domain.ecogram import Ecogram, Tie
from voordeur.gui.ecogram.fields import (
    ERROR_STYLE,
    TITLE_STYLE,
    EnterTextEdit,
    SupportChecks,
    combo,
    muted_label,
    quality_combo,
    set_combo_data,
    strength_combo,
)
from voordeur.gui.ecogram.text import direction_choices, node_phrase
from voordeur.model.catalogues import SupportDirection, TieQuality, TieStrength


def _t(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("EcogramPanels", text, None, n)


# -- the editor base --------------------------------------------------------------------------
class _Editor(QWidget):
    """A header, a form, a message line and Toepassen / Herstellen / Verwijderen.

    Subclasses fill `self.form`, implement `_collect()` (the values now in the form),
    `_problem(values)` (a mistake to show, with the field to fix) and `_fill(values)`, and call
    `_watch(widget)` for every field.
    """

    changed = Signal(str, dict)
    remove_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._key = ""
        self._baseline: dict[str, Any] = {}
        self._editable = True
        self.title_label = QLabel(self)
        self.title_label.setObjectName("editorTitle")
        self.title_label.setStyleSheet(TITLE_STYLE)
        self.title_label.setWordWrap(True)
        self.subtitle_label = muted_label("", self)
        self.subtitle_label.setObjectName("editorSubtitle")
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.hint_label = muted_label("", self)
        self.hint_label.setObjectName("editorHint")
        self.hint_label.hide()
        self.error_label = QLabel(self)
        self.error_label.setObjectName("editorError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()
        self.apply_button = QPushButton(_t("&Toepassen"), self)
        self.apply_button.setObjectName("applyButton")
        self.apply_button.setToolTip(_t("Wijzigingen toepassen (Enter)"))
        self.apply_button.clicked.connect(lambda _=False: self.apply())
        self.revert_button = QPushButton(_t("&Herstellen"), self)
        self.revert_button.setObjectName("revertButton")
        self.revert_button.setToolTip(_t("Terugzetten zoals het was (Esc)"))
        self.revert_button.clicked.connect(lambda _=False: self.revert())
        self.remove_button = QPushButton(_t("Ver&wijderen…"), self)
        self.remove_button.setObjectName("removeButton")
        self.remove_button.clicked.connect(
            lambda _=False: self.remove_requested.emit(self._key) if self._key else None)
        self.readonly_label = muted_label(
            _t("Dit is een eerdere versie van de kaart: je kunt hier alleen kijken."), self)
        self.readonly_label.setObjectName("readonlyLabel")
        self.readonly_label.hide()

        buttons = QHBoxLayout()
        buttons.addWidget(self.apply_button)
        buttons.addWidget(self.revert_button)
        buttons.addStretch(1)
        self.remove_row = QHBoxLayout()
        self.remove_row.addStretch(1)
        self.remove_row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.subtitle_label)
        layout.addWidget(self.readonly_label)
        layout.addSpacing(6)
        layout.addLayout(self.form)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        layout.addStretch(1)
        layout.addLayout(self.remove_row)
        self._update_buttons()

    # -- for subclasses -----------------------------------------------------------------------
    def _collect(self) -> dict[str, Any]:
        raise NotImplementedError

    def _problem(self, values: dict[str, Any]) -> tuple[str, QWidget] | None:
        return None

    def _fill(self, values: dict[str, Any]) -> None:
        raise NotImplementedError

    def _fields(self) -> list[QWidget]:
        raise NotImplementedError

    def _watch(self, widget: QWidget) -> None:
        if isinstance(widget, QLineEdit):
            widget.textChanged.connect(lambda *_: self._update_buttons())
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(lambda *_: self._update_buttons())
            widget.editTextChanged.connect(lambda *_: self._update_buttons())
        elif isinstance(widget, QCheckBox):
            widget.toggled.connect(lambda *_: self._update_buttons())
        elif isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(self._update_buttons)
        elif isinstance(widget, SupportChecks):
            widget.toggled.connect(self._update_buttons)

    def _start(self, key: str, values: dict[str, Any]) -> None:
        self._key = key
        self._baseline = dict(values)
        self._fill(values)
        self._clear_error()
        self._update_buttons()

    # -- public -------------------------------------------------------------------------------
    @property
    def key(self) -> str:
        return self._key

    def is_dirty(self) -> bool:
        return bool(self._key) and bool(self.pending_changes())

    def pending_changes(self) -> dict[str, Any]:
        """What differs from the shown node or tie (without checking it)."""
        return self._changes(self._collect()) if self._key else {}

    def apply(self) -> bool:
        """Check the form and emit `changed` with the changed fields; False when the form has
        a mistake (the message is shown)."""
        if not self._key or not self._editable:
            return False
        values = self._collect()
        problem = self._problem(values)
        if problem is not None:
            self._show_error(*problem)
            return False
        self._clear_error()
        changes = self._changes(values)
        if changes:
            self._baseline.update(values)
            self._update_buttons()
            self.changed.emit(self._key, changes)
        return True

    def revert(self) -> None:
        self._fill(self._baseline)
        self._clear_error()
        self._update_buttons()

    def set_editable(self, editable: bool) -> None:
        """Read-only for snapshots and comparisons."""
        self._editable = editable
        for widget in self._fields():
            # Text stays dark (read-only) so a family can still read it; choices are disabled.
            if isinstance(widget, (QLineEdit, QPlainTextEdit)):
                widget.setReadOnly(not editable)
            else:
                widget.setEnabled(editable)
        for button in (self.apply_button, self.revert_button, self.remove_button):
            button.setVisible(editable)
        self.readonly_label.setVisible(not editable)
        self._update_buttons()

    # -- internals ----------------------------------------------------------------------------
    def _changes(self, values: dict[str, Any]) -> dict[str, Any]:
        return {k: v for k, v in values.items() if self._baseline.get(k) != v}

    def _update_buttons(self) -> None:
        dirty = self._editable and self.is_dirty() if self._key else False
        self.apply_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)

    def _show_error(self, text: str, focus: QWidget | None = None) -> None:
        self.error_label.setText(text)
        self.error_label.show()
        if focus is not None:
            focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def _clear_error(self) -> None:
        self.error_label.clear()
        self.error_label.hide()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.apply()
            return
        if event.key() == Qt.Key.Key_Escape and self.is_dirty():
            self.revert()
            return
        super().keyPressEvent(event)  # Escape on an unchanged form goes to the tab


def _labelled(form: QFormLayout, text: str, field: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(field)
    form.addRow(label, field)
    return label


# -- a relation -------------------------------------------------------------------------------
class TieEditor(_Editor):
    """Edit a relation: strength, quality, who supports whom, P/G/A/E and a note.

    Emits `changed(tie_id, fields)` with strength (TieStrength), quality (TieQuality),
    direction (SupportDirection), support (tuple of SupportType, in P/G/A/E order), note (str).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tieEditor")
        self.tie: Tie | None = None
        self.strength_combo = strength_combo(self)
        self.strength_combo.setToolTip(_t("Sterk: dikke lijn · Gewoon: dunne lijn · "
                                          "Zwak: stippellijn"))
        self.quality_combo = quality_combo(self)
        self.direction_combo = combo(self, "directionCombo", [])
        self.support_checks = SupportChecks(self)
        self.note_edit = EnterTextEdit(self)
        self.note_edit.setObjectName("noteEdit")
        self.note_edit.setPlaceholderText(_t("Korte notitie (Shift+Enter voor een nieuwe regel)"))
        _labelled(self.form, _t("&Sterkte"), self.strength_combo)
        _labelled(self.form, _t("Soort re&latie"), self.quality_combo)
        direction_label = QLabel(_t("&Wie steunt wie?"))
        direction_label.setBuddy(self.direction_combo)
        self.form.addRow(direction_label)
        self.form.addRow(self.direction_combo)
        support_label = QLabel(_t("Soort steun"))
        self.form.addRow(support_label)
        self.form.addRow(self.support_checks)
        note_label = QLabel(_t("N&otitie"))
        note_label.setBuddy(self.note_edit)
        self.form.addRow(note_label)
        self.form.addRow(self.note_edit)
        for field in self._fields():
            self._watch(field)
        chain = [self.strength_combo, self.quality_combo, self.direction_combo,
                 *self.support_checks.widgets(), self.note_edit, self.apply_button,
                 self.revert_button, self.remove_button]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _fields(self) -> list[QWidget]:
        return [self.strength_combo, self.quality_combo, self.direction_combo,
                self.support_checks, self.note_edit]

    def set_tie(self, tie: Tie, ecogram: Ecogram | None) -> None:
        self.tie = tie
        source = ecogram.node(tie.source) if ecogram is not None else None
        target = ecogram.node(tie.target) if ecogram is not None else None
        self.title_label.setText(_t("Relatie"))
        self.subtitle_label.setText(_t("{a} en {b}").format(a=node_phrase(source),
                                                           b=node_phrase(target)))
        self.direction_combo.blockSignals(True)
        self.direction_combo.clear()
        for direction, text in direction_choices(tie, ecogram):
            self.direction_combo.addItem(text, direction)
            self.direction_combo.setItemData(self.direction_combo.count() - 1, text,
                                             Qt.ItemDataRole.ToolTipRole)
        self.direction_combo.blockSignals(False)
        self.remove_button.setText(_t("Relatie ver&wijderen…"))
        self._start(tie.id, {"strength": tie.strength, "quality": tie.quality,
                             "direction": tie.direction, "support": tuple(tie.support),
                             "note": tie.note})

    def _fill(self, values: dict[str, Any]) -> None:
        set_combo_data(self.strength_combo, values.get("strength", TieStrength.NORMAL))
        set_combo_data(self.quality_combo, values.get("quality", TieQuality.NEUTRAL))
        set_combo_data(self.direction_combo, values.get("direction", SupportDirection.NONE))
        self.support_checks.set_value(values.get("support", ()))
        self.note_edit.setPlainText(values.get("note", ""))

    def _collect(self) -> dict[str, Any]:
        if self.tie is None:
            return {}
        return {"strength": TieStrength(self.strength_combo.currentData()),
                "quality": TieQuality(self.quality_combo.currentData()),
                "direction": SupportDirection(self.direction_combo.currentData()),
                "support": self.support_checks.value(),
                "note": self.note_edit.toPlainText().strip()}

    def _problem(self, values: dict[str, Any]) -> tuple[str, QWidget] | None:
        if len(values.get("note", "")) > 2000:
            return _t("De notitie is te lang (hoogstens 2000 tekens)."), self.note_edit
        return None
