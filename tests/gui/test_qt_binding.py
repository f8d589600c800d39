"""Guard against a Qt binding that loses references to None or True.

PySide6 6.12.0 on CPython 3.11 dropped a reference to None on every void call and to True on
every Signal.emit(); after enough use the app aborted with "Fatal Python error: deallocating None".
pyproject.toml excludes that release; this test fails if a lock update brings such a build back.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

CALLS = 500


class _Emitter(QObject):
    fired = Signal()


def test_void_calls_and_signals_keep_their_references(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    emitter = _Emitter()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(CALLS):
        label.setText("x")
        emitter.fired.emit()
    lost_none = none_before - sys.getrefcount(None)
    lost_true = true_before - sys.getrefcount(True)
    # Immortal objects (CPython 3.12+) never change; on 3.11 a healthy binding loses nothing.
    assert lost_none < CALLS // 2, f"{lost_none} references to None lost in {CALLS} calls"
    assert lost_true < CALLS // 2, f"{lost_true} references to True lost in {CALLS} emits"
