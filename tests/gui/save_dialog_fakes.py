"""Answering the app's save dialog in GUI tests (shared by tests/gui/summaries and common):
`exec` is replaced, so the real dialog is built, its suggestion recorded and a path chosen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog


def answer_save_dialog(monkeypatch: pytest.MonkeyPatch, target: Path | None) -> list[Path]:
    """Every dialog shown records its suggested path (folder and name) in the returned list
    and answers `target` (None: the worker cancels)."""
    asked: list[Path] = []

    def fake_exec(dialog: QFileDialog) -> int:
        asked.append(Path(dialog.directory().absolutePath()) / Path(
            dialog.selectedFiles()[0]).name)
        if target is None:
            return QDialog.DialogCode.Rejected
        dialog.selectFile(str(target))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QFileDialog, "exec", fake_exec)
    return asked
