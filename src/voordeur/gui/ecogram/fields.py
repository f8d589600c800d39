"""The small input pieces of the ecogram's side panel and add dialog: combo boxes for gender, life
domain, closeness, organisation kind, tie strength, quality and role; the year field and its check;
the support check boxes; a text field that submits on Enter; and their shared styles."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QIntValidator, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QWidget,
)

from voordeur import clock
from voordeur.domain.ecogram_layout import SECTOR_ORDER
from voordeur.gui.common.i18n import catalogue_label, closeness_label
from voordeur.gui.common.style import ERROR_COLOUR, MUTED_STYLE
from voordeur.model.catalogues import (
    CLOSENESS_LABELS,
    Gender,
    OrganisationKind,
    SupportType,
    TieQuality,
    TieStrength,
)

ERROR_STYLE = f"color: {ERROR_COLOUR};"
TITLE_STYLE = "font-size: 120%; font-weight: bold;"
MIN_YEAR = 1900
# Roles offered for people in the network (the worker can type any other).
NETWORK_ROLES = ("oma", "opa", "tante", "oom", "nicht", "neef", "zus", "broer", "vriendin",
                 "vriend", "buurvrouw", "buurman", "kennis", "collega", "juf", "meester",
                 "trainer", "oppas")
GENDERS = (Gender.FEMALE, Gender.MALE, Gender.OTHER, Gender.UNKNOWN)


def _t(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("EcogramPanels", text, None, n)


# -- small builders shared with the add dialog ------------------------------------------------
def muted_label(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setStyleSheet(MUTED_STYLE)
    return label


def combo(parent: QWidget, name: str, items: Sequence[tuple[str, Any]]) -> QComboBox:
    box = QComboBox(parent)
    box.setObjectName(name)
    for text, data in items:
        box.addItem(text, data)
    # Long labels must not push the narrow panel wider.
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(8)
    box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    return box


def set_combo_data(box: QComboBox, value: Any) -> None:
    index = box.findData(value)
    box.setCurrentIndex(index if index >= 0 else 0)


def gender_combo(parent: QWidget) -> QComboBox:
    return combo(parent, "genderCombo", [(catalogue_label(g), g) for g in GENDERS])


def domain_combo(parent: QWidget) -> QComboBox:
    return combo(parent, "domainCombo", [(catalogue_label(d), d) for d in SECTOR_ORDER])


def closeness_combo(parent: QWidget) -> QComboBox:
    return combo(parent, "closenessCombo",
                 [(closeness_label(c), c) for c in sorted(CLOSENESS_LABELS)])


def kind_combo(parent: QWidget) -> QComboBox:
    kinds = sorted(OrganisationKind, key=lambda k: (k == OrganisationKind.OTHER,
                                                    catalogue_label(k).casefold()))
    return combo(parent, "kindCombo", [(catalogue_label(k), k) for k in kinds])


def strength_combo(parent: QWidget) -> QComboBox:
    return combo(parent, "strengthCombo", [(catalogue_label(s), s) for s in TieStrength])


def quality_combo(parent: QWidget) -> QComboBox:
    return combo(parent, "qualityCombo", [(catalogue_label(q), q) for q in TieQuality])


def role_combo(parent: QWidget) -> QComboBox:
    box = QComboBox(parent)
    box.setObjectName("roleCombo")
    box.setEditable(True)
    box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    box.addItems(NETWORK_ROLES)
    box.setCurrentIndex(-1)
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(8)
    box.lineEdit().setMaxLength(100)
    box.lineEdit().setPlaceholderText(_t("bijv. oma, buurvrouw"))
    return box


def year_edit(parent: QWidget) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName("birthYearEdit")
    edit.setValidator(QIntValidator(0, 9999, edit))
    edit.setMaxLength(4)
    edit.setPlaceholderText(_t("onbekend"))
    edit.setMaximumWidth(edit.fontMetrics().horizontalAdvance("00000") * 2)
    return edit


def year_problem(year: int | None, edit: QWidget) -> tuple[str, QWidget] | None:
    """A message when a typed birth year is impossible; empty means 'unknown' (fine)."""
    if year is None or MIN_YEAR <= year <= clock.today().year:
        return None
    return _t("Vul een geboortejaar in tussen {first} en {last}, of laat het leeg.").format(
        first=MIN_YEAR, last=clock.today().year), edit


class SupportChecks(QWidget):
    """The four P/G/A/E support types as checkboxes with the full words, two by two."""

    toggled = Signal()

    def __init__(self, parent: QWidget | None = None, *, shortcuts: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("supportChecks")
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[SupportType, QCheckBox] = {}
        texts = {SupportType.PRACTICAL: _t("&Praktisch"),
                 SupportType.COMPANIONSHIP: _t("&Gezelschap"),
                 SupportType.ADVICE: _t("&Advies"),
                 SupportType.EMOTIONAL: _t("&Emotioneel")}
        for number, support in enumerate(SupportType):
            # Without Alt+letter where P/G/A/E would clash with other fields' shortcuts.
            box = QCheckBox(texts[support] if shortcuts else texts[support].replace("&", ""),
                            self)
            box.setObjectName(f"support{support.value}Check")
            box.toggled.connect(lambda _=False: self.toggled.emit())
            self.boxes[support] = box
            grid.addWidget(box, number // 2, number % 2)

    def value(self) -> tuple[SupportType, ...]:
        return tuple(s for s in SupportType if self.boxes[s].isChecked())

    def set_value(self, types: Sequence[SupportType]) -> None:
        for support, box in self.boxes.items():
            box.setChecked(support in types)

    def widgets(self) -> list[QWidget]:
        return list(self.boxes.values())


class EnterTextEdit(QPlainTextEdit):
    """A short note: Enter applies (goes to the parent form), Shift+Enter starts a new line,
    Tab moves on."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        lines = self.fontMetrics().lineSpacing()
        self.setMinimumHeight(lines * 3)
        self.setMaximumHeight(lines * 5)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            event.ignore()  # the form applies
            return
        if event.key() == Qt.Key.Key_Escape:
            event.ignore()
            return
        super().keyPressEvent(event)
