"""Who was at the visit: the household's members to tick, and anyone else in a line of text."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from voordeur.gui.visits.editor_widgets import buddy_label
from voordeur.services.visit_queries import VisitForm


def _t(text: str) -> str:
    return QCoreApplication.translate("VisitEditor", text)


class PresentPicker(QWidget):
    """The members present (a check list as tall as its rows) and the others present."""

    touched = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._extra_present: list[str] = []
        self.present_list = QListWidget(self)
        self.present_list.setObjectName("presentList")
        self.present_list.setSizeAdjustPolicy(QListWidget.SizeAdjustPolicy.AdjustToContents)
        self.present_list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.present_other_edit = QLineEdit(self)
        self.present_other_edit.setObjectName("presentOther")
        self.present_other_edit.setMaxLength(500)
        self.present_other_edit.setPlaceholderText(_t("bijv. tolk, juf van Sem"))
        self.no_members_label = QLabel(_t("Er zijn nog geen gezinsleden vastgelegd."), self)
        self.no_members_label.setWordWrap(True)
        self.no_members_label.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(buddy_label(_t("&Aanwezig"), self.present_list, self))
        layout.addWidget(self.present_list)
        layout.addWidget(self.no_members_label)
        layout.addWidget(buddy_label(_t("Anders aan&wezig"), self.present_other_edit, self))
        layout.addWidget(self.present_other_edit)
        self.present_list.itemChanged.connect(
            lambda _item: self.touched.emit("present_person_ids"))
        self.present_other_edit.textEdited.connect(lambda _t: self.touched.emit("present_other"))

    def fill_members(self, form: VisitForm, present: set[str]) -> None:
        self.present_list.blockSignals(True)
        self.present_list.clear()
        known = {m.id for m in form.members}
        for member in form.members:
            text = f"{member.name} · {member.role}" if member.role else member.name
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, member.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if member.id in present
                               else Qt.CheckState.Unchecked)
            self.present_list.addItem(item)
        # Someone present who is no longer a member (removed since) stays recorded.
        self._extra_present = [pid for pid in form.present_person_ids if pid not in known]
        self.present_list.blockSignals(False)
        self.present_list.setVisible(bool(form.members))
        self.no_members_label.setVisible(not form.members)
        rows = max(1, self.present_list.count())
        self.present_list.setFixedHeight(
            self.present_list.sizeHintForRow(0) * rows + 2 * self.present_list.frameWidth() + 2
            if self.present_list.count() else 0)

    def present_ids(self) -> list[str]:
        checked = []
        for row in range(self.present_list.count()):
            item = self.present_list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                checked.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return checked + [pid for pid in self._extra_present if pid not in checked]
