"""The unlock screen: one calm question — the passphrase — and a clear answer when it is wrong.

`Store.open` (Argon2id, migrations) runs on the screen's own background runner. A wrong
passphrase starts the store's increasing delay (`voordeur.store.throttle`); the screen counts it
down live and keeps the button disabled until the next try is possible. The passphrase field is
emptied after every attempt, so the passphrase never stays in a widget.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QColor, QFont, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from voordeur.gui.common.app_settings import AppSettings
from voordeur.gui.common.errors import describe_error
from voordeur.gui.common.runner import BackgroundRunner
from voordeur.gui.common.style import ERROR_COLOUR
from voordeur.paths import APP_NAME
from voordeur.store import device_secret, vault
from voordeur.store.store import Store, StoreLocked
from voordeur.store.throttle import UnlockThrottle

# The countdown's clock (replaced in tests to skip the wait).
_now = time.monotonic
# A little slack so the button is never enabled a moment before the store's throttle allows.
_MARGIN_SECONDS = 0.15


@dataclass(frozen=True)
class _Refused:
    """Not opened: a wrong passphrase (`wrong`) or tried too early; wait `seconds` first."""

    wrong: bool
    seconds: float


@dataclass(frozen=True)
class _Failed:
    error: BaseException


def submit_safely(runner: BackgroundRunner, fn: Callable[[], Any],
                  on_result: Callable[[Any], None],
                  on_error: Callable[[BaseException], None]) -> None:
    """Submit `fn`, handing an exception back as a value with its traceback dropped.

    A traceback keeps the worker's frames, and through them the callbacks and their widgets,
    in a reference cycle that Python's garbage collector frees at an arbitrary moment — even
    in the middle of Qt delivering an event to such a widget. Without the traceback there is
    no cycle; the message and type of the exception are all the screens need.
    """

    def call() -> Any:
        try:
            return fn()
        except Exception as exc:
            return _Failed(exc.with_traceback(None))

    def deliver(value: Any) -> None:
        if isinstance(value, _Failed):
            on_error(value.error)
        else:
            on_result(value)

    runner.submit(call, deliver, on_error)


def _open_store(data_dir: Path, passphrase: str, cancelled: threading.Event) -> Store | _Refused:
    """Runs on the background thread."""
    try:
        store = Store.open(data_dir, passphrase)
    except vault.WrongPassphrase:
        return _Refused(True, UnlockThrottle(data_dir).seconds_to_wait())
    except StoreLocked as exc:
        return _Refused(False, exc.seconds)
    if cancelled.is_set():  # the screen went away meanwhile: nobody will use this store
        store.close()
        raise RuntimeError("unlock cancelled")
    return store


def _waiting_time(data_dir: Path) -> tuple[float, bool]:
    """Runs on the background thread: what is left of the delay from earlier wrong tries, and
    whether a PIN is allowed (only with a device secret in the system keyring)."""
    found = vault.read_vault(data_dir)  # a missing or damaged vault is said right away
    return UnlockThrottle(data_dir).seconds_to_wait(), found.uses_device_secret


def muted_palette(palette: QPalette) -> QPalette:
    """Text a little softer than normal, still well readable (not the pale 'disabled' grey)."""
    text = palette.color(QPalette.ColorRole.WindowText)
    back = palette.color(QPalette.ColorRole.Window)
    mixed = QColor(
        round(text.red() * 0.72 + back.red() * 0.28),
        round(text.green() * 0.72 + back.green() * 0.28),
        round(text.blue() * 0.72 + back.blue() * 0.28),
    )
    palette.setColor(QPalette.ColorRole.WindowText, mixed)
    return palette


def breakable_path(path: Path) -> str:
    """The path with invisible break opportunities after each separator, so it wraps."""
    return str(path).replace("/", "/\u200b").replace("\\", "\\\u200b")


class UnlockScreen(QWidget):
    """Asks the passphrase and opens the store; emits `unlocked(store)` on success."""

    unlocked = Signal(object)

    def __init__(self, settings: AppSettings, data_dir: Path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unlockScreen")
        self._settings = settings
        self._data_dir = Path(data_dir)
        self._runner: BackgroundRunner | None = None
        self._cancelled = threading.Event()
        self._busy = False
        self._pin_allowed = False  # until the vault says so: "pincode" only where it works
        self._deadline = 0.0
        self._timer = QTimer(self)
        self._timer.setObjectName("unlockCountdownTimer")
        self._timer.setInterval(200)
        self._timer.timeout.connect(self._tick)
        self._build()
        self._retranslate()
        data_dir = self._data_dir  # the background function holds no widget
        self._submit(lambda: _waiting_time(data_dir), self._on_waiting_time,
                     self._on_check_failed)

    # -- building ---------------------------------------------------------------------------
    def _build(self) -> None:
        column = QWidget(self)
        column.setObjectName("unlockColumn")
        em = self.fontMetrics().horizontalAdvance("m")
        column.setMaximumWidth(34 * em)
        column.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

        self._title = QLabel(APP_NAME, column)  # the app's name is not translated
        self._title.setObjectName("unlockTitle")
        title_font = QFont(self.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 2.2)
        title_font.setWeight(QFont.Weight.DemiBold)
        self._title.setFont(title_font)
        self._title.setAlignment(Qt.AlignmentFlag.AlignHCenter)

        self._subtitle = QLabel(column)
        self._subtitle.setObjectName("unlockSubtitle")
        self._subtitle.setWordWrap(True)
        self._subtitle.setAlignment(Qt.AlignmentFlag.AlignHCenter)

        self._folder = QLabel(column)
        self._folder.setObjectName("unlockDataFolder")
        self._folder.setWordWrap(True)
        self._folder.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self._folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        small = QFont(self.font())
        small.setPointSizeF(small.pointSizeF() * 0.9)
        self._folder.setFont(small)
        self._folder.setPalette(muted_palette(self._folder.palette()))
        self._folder.setToolTip(str(self._data_dir))

        self._notice = QLabel(column)
        self._notice.setObjectName("unlockNotice")
        self._notice.setWordWrap(True)
        self._notice.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self._notice.hide()

        self._label = QLabel(column)
        self._field = QLineEdit(column)
        self._field.setObjectName("passphraseField")
        self._field.setEchoMode(QLineEdit.EchoMode.Password)
        self._field.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)
        self._field.returnPressed.connect(self.attempt)
        self._label.setBuddy(self._field)

        self._button = QPushButton(column)
        self._button.setObjectName("unlockButton")
        self._button.setAutoDefault(True)
        self._button.clicked.connect(self.attempt)

        self._message = QLabel(column)
        self._message.setObjectName("unlockMessage")
        self._message.setWordWrap(True)
        self._message.setStyleSheet(f"color: {ERROR_COLOUR};")
        self._message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self._countdown = QLabel(column)
        self._countdown.setObjectName("unlockCountdown")
        self._countdown.setWordWrap(True)
        self._show_message("")

        inner = QVBoxLayout(column)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(int(0.6 * em))
        inner.addWidget(self._title)
        inner.addWidget(self._subtitle)
        inner.addWidget(self._folder)
        inner.addWidget(self._notice)
        inner.addSpacing(em)
        inner.addWidget(self._label)
        row = QHBoxLayout()
        row.addWidget(self._field, 1)
        row.addWidget(self._button)
        inner.addLayout(row)
        inner.addWidget(self._message)
        inner.addWidget(self._countdown)

        centre = QHBoxLayout()
        centre.addStretch(1)
        centre.addWidget(column, 100)
        centre.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(2)
        outer.addLayout(centre)
        outer.addStretch(3)
        self.setTabOrder(self._field, self._button)

    def _retranslate(self) -> None:
        if self._pin_allowed:
            self._subtitle.setText(
                self.tr("Vul je wachtwoordzin of pincode in om verder te werken."))
            self._label.setText(self.tr("&Wachtwoordzin of pincode"))
        else:
            self._subtitle.setText(self.tr("Vul je wachtwoordzin in om verder te werken."))
            self._label.setText(self.tr("&Wachtwoordzin"))
        self._folder.setText(self.tr("Gegevensmap: {path}").format(
            path=breakable_path(self._data_dir)))
        self._field.setAccessibleName(self.tr("Wachtwoordzin"))
        self._update_button()
        self._tick()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    # -- public -----------------------------------------------------------------------------
    @property
    def passphrase_field(self) -> QLineEdit:
        return self._field

    @property
    def unlock_button(self) -> QPushButton:
        return self._button

    @property
    def pin_allowed(self) -> bool:
        return self._pin_allowed

    @property
    def message(self) -> str:
        """The message shown under the field (an error), '' when none."""
        return self._message.text()

    @property
    def countdown(self) -> str:
        return self._countdown.text()

    def set_notice(self, text: str) -> None:
        """A calm line above the field, e.g. why the app was locked; '' hides it."""
        self._notice.setText(text)
        self._notice.setVisible(bool(text))

    def attempt(self) -> None:
        """Try the typed passphrase (Return in the field, or the button)."""
        if self._busy or self._waiting():
            return
        passphrase = self._field.text()
        if not passphrase:
            self._show_message(self.tr("Vul eerst je wachtwoordzin in."))
            self._field.setFocus()
            return
        self._field.clear()
        self._show_message("")
        self._set_busy(True)
        data_dir, cancelled = self._data_dir, self._cancelled
        self._submit(lambda: _open_store(data_dir, passphrase, cancelled),
                     self._on_result, self._on_error)

    def shutdown(self) -> None:
        """Stop the countdown and the background work (idempotent; the screen can be reused)."""
        self._timer.stop()
        self._cancelled.set()
        if self._runner is not None:
            runner, self._runner = self._runner, None
            runner.close()
        self._set_busy(False)
        self._cancelled = threading.Event()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._field.setFocus()

    # -- background -------------------------------------------------------------------------
    def _submit(self, fn: Callable[[], Any], on_result: Callable[[Any], None],
                on_error: Callable[[BaseException], None]) -> None:
        if self._runner is None or self._runner.closed:
            self._runner = BackgroundRunner(self)
        submit_safely(self._runner, fn, on_result, on_error)

    def _on_waiting_time(self, found: tuple[float, bool]) -> None:
        seconds, self._pin_allowed = found
        self._retranslate()
        if seconds > 0 and not self._busy:
            self._show_message(self.tr("Er is te vaak een verkeerde wachtwoordzin ingevuld."))
            self._start_countdown(seconds)

    def _on_check_failed(self, exc: BaseException) -> None:
        if not self._busy:
            self._show_message(self._describe(exc))

    def _on_result(self, result: Store | _Refused) -> None:
        self._set_busy(False)
        if isinstance(result, _Refused):
            if result.wrong:
                self._show_message(describe_error(vault.WrongPassphrase()))
            else:
                self._show_message(self.tr("Er is te vaak een verkeerde wachtwoordzin ingevuld."))
            self._start_countdown(result.seconds)
            self._field.setFocus()
            return
        if self._cancelled.is_set():
            result.close()  # arrived while shutting down: nobody will use it
            return
        self._show_message("")
        self.unlocked.emit(result)

    def _on_error(self, exc: BaseException) -> None:
        self._set_busy(False)
        if self._cancelled.is_set():
            return
        self._show_message(self._describe(exc))
        self._field.setFocus()

    def _describe(self, exc: BaseException) -> str:
        if isinstance(exc, device_secret.DeviceSecretError):
            return self.tr("Deze opslag is beveiligd met de sleutelhanger van het systeem, maar "
                           "die is nu niet bereikbaar. Log in op deze laptop met je eigen account "
                           "en probeer het opnieuw; er is niets gewist.")
        return describe_error(exc)

    # -- state ------------------------------------------------------------------------------
    def _show_message(self, text: str) -> None:
        self._message.setText(text)
        self._message.setVisible(bool(text))

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._field.setEnabled(not busy)
        self._update_button()

    def _waiting(self) -> bool:
        return self._deadline + _MARGIN_SECONDS > _now()

    def _update_button(self) -> None:
        self._button.setText(self.tr("Bezig met openen…") if self._busy
                             else self.tr("Ontgrendelen"))
        self._button.setEnabled(not self._busy and not self._waiting())

    def _start_countdown(self, seconds: float) -> None:
        if seconds <= 0:
            self._tick()
            return
        self._deadline = _now() + seconds
        self._timer.start()
        self._tick()

    def _tick(self) -> None:
        remaining = self._deadline - _now()
        if not self._waiting():
            self._timer.stop()
            self._countdown.setText("")
            self._countdown.hide()
        else:
            whole = max(1, math.ceil(remaining - 1e-6))
            if whole == 1:
                text = self.tr("Probeer het over 1 seconde opnieuw.")
            else:
                text = self.tr("Probeer het over %n seconden opnieuw.", None, whole)
            self._countdown.setText(text)
            self._countdown.show()
        self._update_button_enabled()

    def _update_button_enabled(self) -> None:
        self._button.setEnabled(not self._busy and not self._waiting())
