"""The "Teamserver" group of the settings dialog: the laptop's link to a team server in words, and
the button that logs in (again)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from voordeur.gui.common.style import MUTED_STYLE

if TYPE_CHECKING:
    pass
from voordeur.gui.sync.team_link import TeamLink


class TeamServerGroup(QGroupBox):
    """The link state in words, and "Aanmelden…" / "Opnieuw aanmelden…"."""

    login_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("teamServerGroup")
        self.link: TeamLink | None = None
        self.state_label = QLabel(self)
        self.state_label.setObjectName("teamLinkLabel")
        self.state_label.setWordWrap(True)
        self.state_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.login_button = QPushButton(self)
        self.login_button.setObjectName("teamLoginOpenButton")
        self.login_button.setAutoDefault(False)
        self.login_button.clicked.connect(self.login_requested.emit)
        self.login_button.hide()  # until the state is known
        row = QHBoxLayout()
        row.addWidget(self.login_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state_label)
        layout.addLayout(row)
        self._render()

    def show_link(self, link: TeamLink) -> None:
        self.link = link
        self._render()

    def _render(self) -> None:
        self.setTitle(self.tr("Teamserver"))
        link = self.link
        self.state_label.setStyleSheet("")
        if link is None:
            self.state_label.setText("")
            return
        if link.revoked:
            text = self.tr("Deze laptop is afgemeld bij de teamserver {server} en synchroniseert "
                           "niet meer. Vraag je beheerder wat je moet doen."
                           ).format(server=link.server_url)
        elif link.linked and link.team_name:
            text = self.tr("Gekoppeld aan {server} als {user} ({team}).").format(
                server=link.server_url, user=link.username, team=link.team_name)
        elif link.linked:
            text = self.tr("Gekoppeld aan {server} als {user}.").format(
                server=link.server_url, user=link.username)
        else:
            text = self.tr("Niet gekoppeld: je gegevens staan alleen op deze laptop.")
            self.state_label.setStyleSheet(MUTED_STYLE)
        self.state_label.setText(text)
        self.login_button.setText(self.tr("Opnieuw aan&melden…") if link.linked
                                  else self.tr("Aan&melden…"))
        self.login_button.setVisible(not link.revoked)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._render()
        super().changeEvent(event)
