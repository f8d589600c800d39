"""The visit editor's header: back to the household, the household's name and the visit's
status, the save indicator and the actions on the visit (export, revisions, finalise; delete a
draft, mark a final visit void or take that back); and the banner under it that says what a
final or void visit means."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from voordeur.gui.common.i18n import catalogue_label
from voordeur.model.catalogues import VisitStatus


def _t(text: str) -> str:
    return QCoreApplication.translate("VisitEditor", text)


class VisitHeader(QWidget):
    """One row of buttons and labels; when narrow, the name and status get a line of their own."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        header = QVBoxLayout(self)
        header.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self._header_row = row
        self._title_row = QHBoxLayout()
        header.addLayout(row)
        header.addLayout(self._title_row)
        self.back_button = self._button(_t("← &Terug naar huishouden"), "backToHousehold")
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

        self.summary_button = self._button(_t("Verslag e&xporteren…"), "makeSummary")
        self.summary_button.setToolTip(_t("Een verslag voor het gezin, een partner of het "
                                          "dossier: PDF, Word of tekst"))
        row.addWidget(self.summary_button)
        self.revisions_button = self._button(_t("&Revisies bekijken…"), "showRevisions")
        self.revisions_button.hide()
        row.addWidget(self.revisions_button)
        self.finalise_button = self._button(_t("&Definitief maken…"), "finaliseVisit")
        row.addWidget(self.finalise_button)
        self.delete_button = self._button(_t("Bezoek ver&wijderen…"), "deleteVisit")
        self.delete_button.setToolTip(_t("Een bezoek dat per ongeluk is aangemaakt weghalen"))
        self.void_button = self._button(_t("Ver&vallen verklaren…"), "voidVisit")
        self.void_button.setToolTip(_t("Een definitief bezoek dat niet had moeten bestaan: het "
                                       "blijft met de reden in het dossier"))
        self.unvoid_button = self._button(_t("Vervallen ongedaan &maken"), "unvoidVisit")
        for button in (self.delete_button, self.void_button, self.unvoid_button):
            row.addWidget(button)

    def _button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        return button

    def show_status(self, status: VisitStatus) -> None:
        """The status as a badge. A draft can be finalised or deleted; a final visit offers its
        revisions and to mark it void; a void visit its revisions and to take that back."""
        draft = status == VisitStatus.DRAFT
        label = catalogue_label(status)
        self.status_label.setText(label[:1].upper() + label[1:])
        self.status_label.setStyleSheet(
            "QLabel { border-radius: 4px; padding: 2px 8px; font-weight: bold; " + {
                VisitStatus.FINAL: "background: #dff3e2; color: #0f5a1f; border: 1px solid "
                                   "#0f5a1f; }",
                VisitStatus.VOID: "background: #fbe3e3; color: #7a1010; border: 1px solid "
                                  "#7a1010; }",
            }.get(status, "background: #eceff3; color: #333; border: 1px dashed #666; }"))
        self.finalise_button.setVisible(draft)
        self.delete_button.setVisible(draft)
        self.revisions_button.setVisible(not draft)
        self.void_button.setVisible(status == VisitStatus.FINAL)
        self.unvoid_button.setVisible(status == VisitStatus.VOID)

    def set_actions_enabled(self, loaded: bool, can_go_back: bool) -> None:
        for button in (self.finalise_button, self.revisions_button, self.summary_button,
                       self.delete_button, self.void_button, self.unvoid_button):
            button.setEnabled(loaded)
        self.back_button.setEnabled(can_go_back)
        if not loaded:
            self.save_indicator.clear()

    def set_narrow(self, narrow: bool) -> None:
        """Name and status beside the back button, or (narrow) on a line of their own."""
        in_header = self._header_row.indexOf(self._title_box) >= 0
        if narrow and in_header:
            self._header_row.removeWidget(self._title_box)
            self._title_row.insertWidget(0, self._title_box)
        elif not narrow and not in_header:
            self._title_row.removeWidget(self._title_box)
            self._header_row.insertWidget(1, self._title_box)


class StatusBanner(QLabel):
    """Under the header: what a final visit means for editing, or why a visit is void."""

    STYLES: ClassVar[dict[VisitStatus, str]] = {
        VisitStatus.FINAL: "QLabel { background: #fff4d6; border: 1px solid #c9a227;"
                           " border-radius: 4px; padding: 4px 8px; color: #4a3a00; }",
        VisitStatus.VOID: "QLabel { background: #fbe3e3; border: 1px solid #7a1010;"
                          " border-radius: 4px; padding: 6px 8px; color: #5a0a0a; }",
    }

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("finalBanner")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.hide()

    def show_for(self, status: VisitStatus, void_reason: str = "") -> None:
        if status == VisitStatus.FINAL:
            self.setText(_t("Dit bezoek is definitief. Wat je nu wijzigt, wordt als revisie "
                            "bewaard."))
        elif status == VisitStatus.VOID:
            self.setText(_t("Vervallen: {reason}\nDit bezoek blijft in het dossier, maar telt "
                            "niet als contact en kan niet meer worden gewijzigd.").format(
                reason=void_reason or _t("geen reden vastgelegd")))
        self.setStyleSheet(self.STYLES.get(status, ""))
        font = self.font()
        font.setBold(status == VisitStatus.VOID)
        self.setFont(font)
        self.setVisible(status in self.STYLES)
