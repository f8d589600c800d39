"""The sync part of the status bar: connection, waiting changes, last sync, open conflicts.

    ● Verbonden  3 wijzigingen wachten  Laatst gesynchroniseerd 14:02  [2 conflicten]
    [Nu synchroniseren ▾]

The dot's colour is never the only sign: the word next to it says the same, and the whole
widget carries an accessible description. A store that is not linked to a team server says so
in muted text ("Niet gekoppeld aan een teamserver"), so nobody assumes colleagues see their notes.

Logging in happens here too: while the store is not linked, or the server wants a new login
("Aanmelden nodig"), the button says "Aanmelden…" and its menu has "Aanmelden bij teamserver…";
a click on the red "Aanmelden nodig" does the same (`login_requested`).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QMouseEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMenu, QToolButton, QWidget

from voordeur import clock
from voordeur.gui.common.i18n import format_day_month, format_time
from voordeur.gui.common.style import ERROR_COLOUR, MUTED_STYLE, SUCCESS_COLOUR
from voordeur.gui.sync.controller import SyncState

if TYPE_CHECKING:
    from voordeur.sync.status import SyncStatus

SYNC_SHORTCUT = "F9"
# Dot colours (always with a word next to them).
_DOTS = {
    SyncState.ONLINE: SUCCESS_COLOUR,
    SyncState.SYNCING: "#1f5fa8",
    SyncState.CHECKING: "#6b6b6b",
    SyncState.OFFLINE: "#6b6b6b",
    SyncState.FAILED: "#8a5a00",
    SyncState.NEEDS_LOGIN: ERROR_COLOUR,
    SyncState.REVOKED: ERROR_COLOUR,
}
CONFLICT_COLOUR = "#8a3b00"


class SyncStatusWidget(QWidget):
    sync_requested = Signal()
    conflicts_requested = Signal()
    login_requested = Signal()  # open the login dialog ("Aanmelden bij teamserver…")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncStatus")
        self.state = SyncState.NOT_LINKED
        self.status: SyncStatus | None = None
        self.message = ""
        self.next_retry_ms: int | None = None

        self.dot = QLabel(self)
        self.dot.setObjectName("syncDot")
        self.dot.setAccessibleName("")  # the word next to it says it
        self.state_label = QLabel(self)
        self.state_label.setObjectName("syncState")
        self.state_label.installEventFilter(self)  # "Aanmelden nodig" can be clicked
        self.pending_label = QLabel(self)
        self.pending_label.setObjectName("syncPending")
        self.last_label = QLabel(self)
        self.last_label.setObjectName("syncLast")
        self.clock_label = QLabel(self)  # only when this laptop's clock is far off
        self.clock_label.setObjectName("syncClock")
        self.clock_label.setStyleSheet(f"color: {CONFLICT_COLOUR}; font-weight: bold;")
        self.not_linked_label = QLabel(self)
        self.not_linked_label.setObjectName("syncNotLinked")
        self.not_linked_label.setStyleSheet(MUTED_STYLE)

        self.conflicts_button = QToolButton(self)
        self.conflicts_button.setObjectName("syncConflicts")
        self.conflicts_button.setAutoRaise(True)
        self.conflicts_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.conflicts_button.setStyleSheet(
            f"QToolButton {{ color: {CONFLICT_COLOUR}; font-weight: bold;"
            " text-decoration: underline; }")
        self.conflicts_button.clicked.connect(self.conflicts_requested.emit)

        # The actions also live on the window (F9 works everywhere) and in the button's menu.
        self.action_sync = QAction(self)
        self.action_sync.setObjectName("actionSyncNow")
        self.action_sync.setShortcut(QKeySequence(SYNC_SHORTCUT))
        self.action_sync.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.action_sync.triggered.connect(self.sync_requested.emit)
        self.action_conflicts = QAction(self)
        self.action_conflicts.setObjectName("actionConflicts")
        self.action_conflicts.triggered.connect(self.conflicts_requested.emit)
        self.action_login = QAction(self)
        self.action_login.setObjectName("actionTeamLogin")
        self.action_login.triggered.connect(self.login_requested.emit)
        self.menu = QMenu(self)
        self.menu.addAction(self.action_login)
        self.menu.addAction(self.action_sync)
        self.menu.addAction(self.action_conflicts)

        self.sync_button = QToolButton(self)
        self.sync_button.setObjectName("syncNowButton")
        self.sync_button.setAutoRaise(True)
        self.sync_button.setDefaultAction(self.action_sync)
        self.sync_button.setMenu(self.menu)
        self.sync_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)

        # The end of the sync part: the worker's name follows in the status bar.
        separator = QFrame(self)
        separator.setFrameShape(QFrame.Shape.VLine)
        separator.setFrameShadow(QFrame.Shadow.Sunken)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 4, 0)
        layout.setSpacing(14)
        state = QHBoxLayout()  # the dot belongs to its word
        state.setSpacing(4)
        state.addWidget(self.dot)
        state.addWidget(self.state_label)
        layout.addWidget(self.not_linked_label)
        layout.addLayout(state)
        for widget in (self.pending_label, self.last_label, self.clock_label,
                       self.conflicts_button, self.sync_button, separator):
            layout.addWidget(widget)
        self._render()

    # -- input ----------------------------------------------------------------------------
    def set_state(self, state: str | SyncState, message: str = "",
                  next_retry_ms: int | None = None) -> None:
        self.state = SyncState(state)
        self.message = message
        self.next_retry_ms = next_retry_ms
        self._render()

    def set_status(self, status: SyncStatus | None) -> None:
        self.status = status
        if status is not None and not status.linked:
            self.state = SyncState.NOT_LINKED
        elif status is not None and status.revoked:
            self.state = SyncState.REVOKED
        elif status is not None and self.state == SyncState.NOT_LINKED:
            self.state = SyncState.CHECKING  # linked: the controller says more in a moment
        self._render()

    @property
    def wants_login(self) -> bool:
        """Not linked, or the server no longer takes this laptop's sign-in."""
        return self.state in (SyncState.NOT_LINKED, SyncState.NEEDS_LOGIN)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.state_label and self.state == SyncState.NEEDS_LOGIN
                and event.type() == QEvent.Type.MouseButtonRelease
                and isinstance(event, QMouseEvent)
                and event.button() == Qt.MouseButton.LeftButton):
            self.login_requested.emit()
            return True
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._render()
        super().changeEvent(event)

    # -- text -----------------------------------------------------------------------------
    def state_text(self) -> str:
        return {
            SyncState.CHECKING: self.tr("Verbinding zoeken…"),
            SyncState.ONLINE: self.tr("Verbonden"),
            SyncState.SYNCING: self.tr("Synchroniseren…"),
            SyncState.OFFLINE: self.tr("Offline"),
            SyncState.FAILED: self.tr("Synchroniseren mislukt"),
            SyncState.NEEDS_LOGIN: self.tr("Aanmelden nodig"),
            SyncState.REVOKED: self.tr("Laptop afgemeld"),
            SyncState.NOT_LINKED: self.tr("Niet gekoppeld aan een teamserver"),
        }[self.state]

    def state_explanation(self) -> str:
        """One or two sentences for the tooltip: what it means and what happens next."""
        if self.state == SyncState.ONLINE:
            return self.tr("Je wijzigingen gaan vanzelf naar de teamserver en je ziet die van "
                           "je team.")
        if self.state == SyncState.SYNCING:
            return self.tr("Wijzigingen worden uitgewisseld met de teamserver. Je kunt gewoon "
                           "doorwerken.")
        if self.state in (SyncState.OFFLINE, SyncState.CHECKING):
            text = self.tr("Geen verbinding met de teamserver. Je kunt gewoon doorwerken: alles "
                           "blijft op deze laptop bewaard en gaat mee zodra er weer verbinding "
                           "is.")
            if self.next_retry_ms is not None:
                seconds = max(1, round(self.next_retry_ms / 1000))
                text += " " + (self.tr("Volgende poging over 1 seconde.") if seconds == 1 else
                               self.tr("Volgende poging over %n seconden.", None, seconds))
            return text
        if self.state == SyncState.FAILED:
            return self.tr("Synchroniseren lukte niet. Er is niets verloren; het wordt straks "
                           "opnieuw geprobeerd.")
        if self.state == SyncState.NEEDS_LOGIN:
            return self.tr("De teamserver neemt de aanmelding van deze laptop niet meer aan. "
                           "Er is niets verloren. Klik om opnieuw aan te melden met je "
                           "wachtwoord; tot dan wordt er niet gesynchroniseerd.")
        if self.state == SyncState.REVOKED:
            return self.tr("Deze laptop is afgemeld bij de teamserver en synchroniseert niet "
                           "meer. Vraag je beheerder wat je moet doen.")
        return self.tr("Je gegevens staan alleen op deze laptop; je team ziet ze niet. Met "
                       "‘Aanmelden…’ koppel je deze laptop aan de teamserver van je "
                       "team; het adres en je gebruikersnaam krijg je van je beheerder.")

    def pending_text(self) -> str:
        status = self.status
        if status is None:
            return ""
        parts = []
        # Dutch is the source language: the singular is its own string (no Dutch .qm).
        if status.pending == 1:
            parts.append(self.tr("1 wijziging wacht"))
        elif status.pending:
            parts.append(self.tr("%n wijzigingen wachten", None, status.pending))
        if status.rejected == 1:
            parts.append(self.tr("1 wijziging geweigerd"))
        elif status.rejected:
            parts.append(self.tr("%n wijzigingen geweigerd", None, status.rejected))
        return " · ".join(parts)

    def last_sync_text(self, today: date | None = None) -> str:
        status = self.status
        if status is None:
            return ""
        when: datetime | None = status.last_sync_at
        if when is None:
            return self.tr("Nog niet gesynchroniseerd")
        local = when.astimezone()
        today = today or clock.today()
        if local.date() == today:
            return self.tr("Laatst gesynchroniseerd {time}").format(time=format_time(when))
        return self.tr("Laatst gesynchroniseerd {day} {time}").format(
            day=format_day_month(local.date()), time=format_time(when))

    def conflicts_text(self) -> str:
        count = self.status.conflicts if self.status is not None else 0
        if count == 1:
            return self.tr("1 conflict")
        return self.tr("%n conflicten", None, count)

    def clock_amount(self, offset_ms: int) -> str:
        """'2 uur', '3 dagen', '5 minuten': how far this laptop's clock is off."""
        seconds = abs(offset_ms) / 1000
        if seconds >= 86400:
            days = round(seconds / 86400)
            return self.tr("1 dag") if days == 1 else self.tr("%n dagen", None, days)
        if seconds >= 3600:
            return self.tr("%n uur", None, round(seconds / 3600))
        minutes = max(1, round(seconds / 60))
        return self.tr("1 minuut") if minutes == 1 else self.tr("%n minuten", None, minutes)

    def clock_text(self) -> str:
        """'Klok loopt 2 uur achter' / '… voor', or "" while the clock is right."""
        status = self.status
        if status is None or not status.linked or not status.clock_off:
            return ""
        amount = self.clock_amount(status.clock_offset_ms)
        if status.clock_offset_ms > 0:
            return self.tr("Klok loopt {amount} achter").format(amount=amount)
        return self.tr("Klok loopt {amount} voor").format(amount=amount)

    def clock_explanation(self) -> str:
        status = self.status
        if status is None or not status.linked:
            return ""
        lines = []
        if status.clock_off:
            lines.append(self.tr("De klok van deze laptop wijkt af van die van de teamserver. "
                                 "Voordeur houdt daar rekening mee, zodat de volgorde van "
                                 "wijzigingen klopt. Zet de datum en tijd van de laptop toch "
                                 "goed."))
        if status.clock_corrected == 1:
            lines.append(self.tr("1 wijziging is gemaakt terwijl de klok van deze laptop "
                                 "verschoof. De teamserver heeft de volgorde zo goed mogelijk "
                                 "bepaald: kijk die wijziging even na."))
        elif status.clock_corrected:
            lines.append(self.tr(
                "%n wijzigingen zijn gemaakt terwijl de klok van deze laptop verschoof. De "
                "teamserver heeft de volgorde zo goed mogelijk bepaald: kijk ze even na.", None,
                status.clock_corrected))
        return "\n".join(lines)

    def tooltip_text(self) -> str:
        lines = [self.state_text() + ". " + self.state_explanation()]
        status = self.status
        if status is not None and status.linked:
            lines.append(self.tr("Teamserver: {server}").format(server=status.server_url))
            lines.append(self.tr("Aangemeld als: {user}").format(user=status.username))
        clock = self.clock_explanation()
        if clock:
            lines.append(clock)
        detail = self.message or (status.last_error if status is not None else "")
        if detail and self.state != SyncState.ONLINE:
            lines.append(self.tr("Melding (voor de helpdesk): {detail}").format(detail=detail))
        return "\n".join(lines)

    # -- drawing --------------------------------------------------------------------------
    def _render(self) -> None:
        linked = self.state != SyncState.NOT_LINKED
        self.not_linked_label.setVisible(not linked)
        for widget in (self.dot, self.state_label, self.pending_label, self.last_label):
            widget.setVisible(linked)
        self.not_linked_label.setText(self.state_text())
        colour = _DOTS.get(self.state, "#6b6b6b")
        # A hollow ring while not connected: a second sign next to the colour and the word.
        glyph = "●" if self.state in (SyncState.ONLINE, SyncState.SYNCING) else "○"
        self.dot.setText(glyph)
        self.dot.setStyleSheet(f"color: {colour}; font-weight: bold;")
        self.state_label.setText(self.state_text())
        alert = self.state in (SyncState.NEEDS_LOGIN, SyncState.REVOKED)
        login = self.state == SyncState.NEEDS_LOGIN  # the red words are a link to the login
        style = f"color: {ERROR_COLOUR}; font-weight: bold;" if alert else ""
        self.state_label.setStyleSheet(style + (" text-decoration: underline;" if login else ""))
        self.state_label.setCursor(Qt.CursorShape.PointingHandCursor if login
                                   else Qt.CursorShape.ArrowCursor)
        pending = self.pending_text() if linked else ""
        self.pending_label.setText(pending)
        self.pending_label.setVisible(bool(pending))
        self.last_label.setText(self.last_sync_text() if linked else "")
        self.last_label.setVisible(linked and bool(self.last_label.text()))
        corrected = self.status.clock_corrected if self.status is not None else 0
        clock = self.clock_text()
        if not clock and linked and corrected:
            clock = (self.tr("Klok: 1 wijziging nakijken") if corrected == 1 else
                     self.tr("Klok: %n wijzigingen nakijken", None, corrected))
        self.clock_label.setText("⚠ " + clock if clock else "")
        self.clock_label.setVisible(bool(clock))
        conflicts = self.status.conflicts if self.status is not None else 0
        self.conflicts_button.setText(self.conflicts_text())
        self.conflicts_button.setToolTip(self.tr("De conflicten bekijken en oplossen"))
        self.conflicts_button.setVisible(linked and conflicts > 0)
        self.action_sync.setText(self.tr("Nu synchroniseren"))
        shortcut = QKeySequence(SYNC_SHORTCUT).toString(QKeySequence.SequenceFormat.NativeText)
        self.action_sync.setToolTip(
            self.tr("Nu wijzigingen uitwisselen met de teamserver") + f" ({shortcut})")
        self.action_sync.setEnabled(linked and self.state not in (
            SyncState.REVOKED, SyncState.SYNCING))
        self.action_conflicts.setText(self.tr("Conflicten oplossen…"))
        self.action_conflicts.setEnabled(linked)
        self._render_login(linked)
        tip = self.tooltip_text()
        for widget in (self, self.dot, self.state_label, self.pending_label, self.last_label,
                       self.clock_label, self.not_linked_label):
            widget.setToolTip(tip)
        self.setAccessibleName(self.tr("Synchronisatie"))
        self.setAccessibleDescription(self.summary())

    def _render_login(self, linked: bool) -> None:
        """The button logs in while that is what is needed, else it syncs (F9)."""
        self.action_login.setText(self.tr("Aanmelden bij teamserver…"))
        self.action_login.setIconText(self.tr("Aanmelden…"))  # on the button: short
        self.action_login.setToolTip(self.tr("Aanmelden bij de teamserver van je team"))
        self.action_login.setVisible(self.wants_login)
        self.action_sync.setVisible(linked)
        self.action_conflicts.setVisible(linked)
        wanted = self.action_login if self.wants_login else self.action_sync
        if self.sync_button.defaultAction() is not wanted:
            self.sync_button.setDefaultAction(wanted)  # keeps the menu

    def summary(self) -> str:
        """Everything the widget shows, in words (accessibility and tests)."""
        parts: list[Any] = [self.state_text()]
        if self.state != SyncState.NOT_LINKED:
            parts += [self.pending_label.text(), self.last_label.text(), self.clock_text()]
            if self.conflicts_button.isVisibleTo(self):
                parts.append(self.conflicts_button.text())
        return " · ".join(p for p in parts if p)
