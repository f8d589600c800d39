"""Types into a visit editor in a process of its own, until it is killed.

Used by test_visit_crash.py:

    python typing_driver.py DATA_DIR VISIT_ID      (passphrase in VOORDEUR_TEST_PASSPHRASE)

Opens the store, shows a VisitEditor on the visit and types one character of `typed_text()`
every ~30 ms (QTest.keyClick driven by a QTimer). After each character it prints
"typed <count> <monotonic time>" and flushes stdout, so the test knows what was typed when.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

SENTENCE = "moeder vertelt dat het beter gaat met slapen en dat school weer fijn is. "
INTERVAL_MS = 30


def typed_text(count: int) -> str:
    """The first `count` characters the driver types."""
    repeats = count // len(SENTENCE) + 1
    return (SENTENCE * repeats)[:count]


def main(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    data_dir, visit_id = Path(argv[1]), argv[2]
    passphrase = os.environ["VOORDEUR_TEST_PASSPHRASE"]

    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from voordeur.gui.common.app_settings import AppSettings
    from voordeur.gui.common.context import make_context
    from voordeur.gui.visits.visit_editor import VisitEditor
    from voordeur.store.store import Store

    app = QApplication(argv[:1])
    store = Store.open(data_dir, passphrase)
    ctx = make_context(store, AppSettings(data_dir.parent / "driver-settings.ini"))
    editor = VisitEditor(ctx)
    editor.resize(1200, 700)
    editor.show()
    state = {"count": 0}
    typer = QTimer()
    typer.setInterval(INTERVAL_MS)

    def type_one() -> None:
        count = state["count"]
        char = typed_text(count + 1)[-1]
        QTest.keyClick(editor.notes_edit, char)
        state["count"] = count + 1
        print(f"typed {count + 1} {time.monotonic():.4f}", flush=True)

    def start_typing() -> None:
        if editor.form is None:
            QTimer.singleShot(20, start_typing)
            return
        editor.notes_edit.setFocus()
        print(f"ready {time.monotonic():.4f}", flush=True)
        typer.timeout.connect(type_one)
        typer.start()

    editor.open_visit(visit_id)
    QTimer.singleShot(20, start_typing)
    return app.exec()  # until the test kills the process


if __name__ == "__main__":
    sys.exit(main(sys.argv))
