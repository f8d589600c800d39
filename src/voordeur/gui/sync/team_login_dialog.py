"""Logging in to the team server from the app ("Aanmelden bij de teamserver").

The dialog links a store that works alone to the worker's team (as `voordeur login` does), or
renews the sign-in of a linked store after the server refused it ("Aanmelden nodig"). The
password is only in the field and the login call: never stored, never logged, and cleared when
the dialog closes.

The login runs on the views' runner (the context's BackgroundRunner), never on the GUI thread.
That thread and no other: linking rewrites the worker id in every table and switches on the
outbox, so no autosave may start halfway (one thread, first in first out). The editor hands its
typing over first (`before_login`), so that is in the store, and in the first push, too.

`TeamServerGroup` is the "Teamserver" group of the settings: the link state and a button that
asks for this dialog.
"""

from __future__ import annotations

import platform
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from voordeur.gui.common.style import ERROR_COLOUR
from voordeur.gui.unlock.unlock_screen import submit_safely
from voordeur.sync import errors

if TYPE_CHECKING:
    from voordeur.gui.common.context import AppContext
from voordeur.gui.sync.team_link import (
    HTTPS,
    TeamLink,
    default_login,
    describe_login_error,
    read_team_link,
    server_address,
    team_names,
)

LoginFn = Callable[..., Any]  # voordeur.sync.account.login, or a stand-in in tests



# -- the dialog ----------------------------------------------------------------------------
class TeamLoginDialog(QDialog):
    """Server address, user name, password (and the team, when the server asks)."""

    logged_in = Signal(object)  # LoginResult
    device_revoked = Signal(bool)  # the server wants this laptop wiped (True)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *,
                 login_fn: LoginFn | None = None, http: Any = None,
                 before_login: Callable[[], None] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("teamLoginDialog")
        self._ctx = ctx
        self._login = login_fn or default_login
        self._http = http
        self._before_login = before_login
        self.link: TeamLink | None = None
        self.busy = False
        self._closed = False
        self._error: BaseException | None = None  # the last failure, said again on a switch

        self.intro = QLabel(self)
        self.intro.setObjectName("teamLoginIntro")
        self.intro.setWordWrap(True)
        self.server_field = QLineEdit(HTTPS, self)
        self.server_field.setObjectName("serverField")
        self.server_hint = QLabel(self)
        self.server_hint.setObjectName("serverHint")
        self.server_hint.setWordWrap(True)
        self.server_hint.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.user_field = QLineEdit(self)
        self.user_field.setObjectName("userField")
        self.password_field = QLineEdit(self)
        self.password_field.setObjectName("passwordField")
        self.password_field.setEchoMode(QLineEdit.EchoMode.Password)
        self.team_combo = QComboBox(self)
        self.team_combo.setObjectName("teamCombo")
        self.team_combo.setEditable(True)  # the names come from the server's message
        self.message = QLabel(self)
        self.message.setObjectName("teamLoginMessage")
        self.message.setWordWrap(True)
        self.message.hide()

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._labels = [QLabel(self) for _ in range(4)]
        for label, field in zip(self._labels, (self.server_field, self.user_field,
                                               self.password_field, self.team_combo),
                                strict=True):
            label.setBuddy(field)
        server = QVBoxLayout()  # the hint right under the address, aligned with it
        server.setSpacing(2)
        server.addWidget(self.server_field)
        server.addWidget(self.server_hint)
        self.form.addRow(self._labels[0], server)
        self.form.addRow(self._labels[1], self.user_field)
        self.form.addRow(self._labels[2], self.password_field)
        self.form.addRow(self._labels[3], self.team_combo)
        self.form.setRowVisible(self.team_combo, False)  # only when the server asks

        self.buttons = QDialogButtonBox(self)
        self.login_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.login_button.setObjectName("teamLoginButton")
        self.login_button.setDefault(True)
        self.cancel_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setObjectName("teamLoginCancel")
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        for field in (self.server_field, self.user_field, self.password_field):
            field.textChanged.connect(self._fields_changed)
        self.team_combo.editTextChanged.connect(self._fields_changed)
        self._retranslate()
        self._fields_changed()
        em = self.fontMetrics().horizontalAdvance("m")
        self.setMinimumWidth(40 * em)
        self.server_field.setFocus()
        submit_safely(ctx.runner, lambda store=ctx.store: read_team_link(store), self._prefill,
                      lambda _exc: None)

    # -- filling in ---------------------------------------------------------------------------
    def _prefill(self, link: TeamLink) -> None:
        if self._closed or not isValid(self):
            return
        self.link = link
        if link.linked:
            # One store syncs with one account: only the password can change.
            self.server_field.setText(link.server_url)
            self.user_field.setText(link.username)
            for field in (self.server_field, self.user_field):
                field.setReadOnly(True)
                field.setStyleSheet("QLineEdit { background: palette(window); }")  # looks fixed
                field.setCursorPosition(0)
            self.password_field.setFocus()
        self._retranslate()

    def _fields_changed(self, *_args: object) -> None:
        address = server_address(self.server_field.text())
        self.server_hint.setVisible(address.startswith("http://"))
        ready = (len(address) > len(HTTPS) and bool(self.user_field.text().strip())
                 and bool(self.password_field.text()))
        if self.form.isRowVisible(self.team_combo):
            ready = ready and bool(self.team_combo.currentText().strip())
        self.login_button.setEnabled(ready and not self.busy)

    def show_teams(self, names: list[str]) -> None:
        """The server wants to know the team: offer the names it gave."""
        self.team_combo.clear()
        self.team_combo.addItems(names)
        self.form.setRowVisible(self.team_combo, True)
        self._fields_changed()

    # -- logging in ---------------------------------------------------------------------------
    def submit(self) -> None:
        """"Aanmelden": log in on the views' runner."""
        if self.busy or self._closed or not self.login_button.isEnabled():
            return
        url = server_address(self.server_field.text())
        user = self.user_field.text().strip()
        password = self.password_field.text()
        team = (self.team_combo.currentText().strip()
                if self.form.isRowVisible(self.team_combo) else None)
        kwargs: dict[str, Any] = {"team_name": team or None,
                                  "device_name": platform.node()[:200]}
        if self._http is not None:
            kwargs["http"] = self._http
        store, login = self._ctx.store, self._login
        if self._before_login is not None:
            self._before_login()  # the editor's typing goes to the runner first
        self._set_busy(True)
        submit_safely(self._ctx.runner, lambda: login(store, url, user, password, **kwargs),
                      self._on_logged_in, self._on_failed)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        for widget in (self.server_field, self.user_field, self.password_field,
                       self.team_combo, self.cancel_button):
            widget.setEnabled(not busy)
        if busy:
            self._error = None
            self._show_message(self.tr("Bezig met aanmelden…"), error=False)
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()
        self._fields_changed()

    def _on_logged_in(self, result: Any) -> None:
        if self._closed or not isValid(self):
            return
        self._set_busy(False)
        self.password_field.clear()
        self.logged_in.emit(result)
        self.accept()

    def _on_failed(self, exc: BaseException) -> None:
        if self._closed or not isValid(self):
            return
        self._set_busy(False)
        self._error = exc
        self._show_error()
        code = getattr(exc, "code", "")
        if code == "choose_team":
            self.show_teams(team_names(str(exc)))
            self.team_combo.setFocus()
        elif code == "bad_credentials":
            self.password_field.clear()
            self.password_field.setFocus()
        elif code == "bad_url":
            self.server_field.setFocus()
        else:
            self.password_field.setFocus()
        if isinstance(exc, errors.DeviceRevoked) and exc.wipe:
            self.device_revoked.emit(True)  # the window locks and wipes, as after a sync

    def _show_error(self) -> None:
        if self._error is not None:
            self._show_message(describe_login_error(self._error),
                               error=getattr(self._error, "code", "") != "choose_team")

    def _show_message(self, text: str, *, error: bool) -> None:
        self.message.setStyleSheet(f"color: {ERROR_COLOUR};" if error else "")
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # -- texts --------------------------------------------------------------------------------
    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Aanmelden bij de teamserver"))
        if self.link is not None and self.link.linked:
            self.intro.setText(self.tr(
                "Deze laptop is gekoppeld aan de teamserver. Vul je wachtwoord in om opnieuw "
                "aan te melden; er gaat niets verloren."))
        else:
            self.intro.setText(self.tr(
                "Meld deze laptop aan bij de teamserver van je team. Daarna gaan de huishoudens "
                "op deze laptop ook naar je team, en zie je die van je collega's. Het adres en "
                "je gebruikersnaam krijg je van je beheerder."))
        for label, text in zip(self._labels, (self.tr("&Serveradres"),
                                              self.tr("&Gebruikersnaam"),
                                              self.tr("&Wachtwoord"), self.tr("&Team")),
                               strict=True):
            label.setText(text)
        self.server_field.setPlaceholderText(self.tr("https://teamserver.voorbeeld.nl"))
        self.server_hint.setText(self.tr(
            "Zonder https:// gaat je wachtwoord onbeveiligd over het netwerk. Gebruik http:// "
            "alleen op een testcomputer."))
        self.login_button.setText(self.tr("&Aanmelden"))
        self.cancel_button.setText(self.tr("A&nnuleren"))
        if self.busy:
            self._show_message(self.tr("Bezig met aanmelden…"), error=False)
        else:
            self._show_error()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest:
            self._fit_height()  # a message or hint came or went
        return handled

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self._fit_height()

    def _fit_height(self) -> None:
        """Exactly as high as the wrapped lines need at this width (Qt's minimum size ignores
        height-for-width, so wrapped labels would be squeezed or float in space)."""
        layout = self.layout()
        needed = layout.totalHeightForWidth(self.width()) if layout is not None else -1
        if needed > 0:
            self.setMinimumHeight(needed)
            if self.height() != needed:
                self.resize(self.width(), needed)

    # -- closing ------------------------------------------------------------------------------
    def reject(self) -> None:
        if self.busy and not self._closed:
            return  # the login is under way; it ends by itself (at most a few seconds)
        super().reject()

    def done(self, result: int) -> None:
        self.password_field.clear()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.busy and not self._closed:
            event.ignore()
            return
        self.password_field.clear()
        super().closeEvent(event)

    def shutdown(self) -> None:
        """The window locks: forget the password and ignore a result still under way (a
        finished link is found again at the next unlock)."""
        self._closed = True
        self.password_field.clear()


class TeamLoginLauncher(QObject):
    """A window's login dialog, one at a time (from the status bar or the settings)."""

    logged_in = Signal(object)
    device_revoked = Signal(bool)

    def __init__(self, window: QWidget, login_fn: LoginFn | None = None, *,
                 before_login: Callable[[], None] | None = None) -> None:
        super().__init__(window)
        self._window = window
        self._login_fn = login_fn
        self._before_login = before_login
        self.dialog: TeamLoginDialog | None = None

    def open(self, ctx: AppContext, parent: QWidget | None = None, *,
             after: Callable[[], None] | None = None) -> TeamLoginDialog:
        dialog = self.dialog
        if dialog is None or not isValid(dialog):
            dialog = TeamLoginDialog(ctx, parent or self._window, login_fn=self._login_fn,
                                     before_login=self._before_login)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.logged_in.connect(self.logged_in)
            dialog.device_revoked.connect(self.device_revoked)
            dialog.finished.connect(self._gone)  # closed: deleted soon, never opened again
            self.dialog = dialog
        if after is not None:
            dialog.logged_in.connect(lambda _result: after())
        dialog.open()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def _gone(self, *_args: object) -> None:
        self.dialog = None

    def close(self) -> None:
        """The window locks: the dialog goes, and a login still under way is ignored."""
        dialog, self.dialog = self.dialog, None
        if dialog is not None and isValid(dialog):
            dialog.shutdown()
            dialog.close()


