"""Asking where to save a document: Qt's own file dialog with the app's labels (Dutch, or
English when the app is), starting in the folder of the last export or else the worker's
documents folder, with a name that says what the document is.

Qt's own dialog rather than the system's: the system's follows the language of the operating
system (often English on a loaned laptop) and Qt's Dutch translation leaves "Look in" and
"Files of type" untranslated; here every label is the app's own. The last folder is kept in the
app settings (`export/last_folder`), never a file name.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from voordeur.gui.common.app_settings import AppSettings

LAST_FOLDER_KEY = "export/last_folder"
# Characters Windows refuses in a file name, and control characters.
_REFUSED = re.compile(r'[<>:/\\|?*\x00-\x1f\x7f]')
MAX_NAME_LENGTH = 120  # without the suffix: well inside every file system's limit


def _t(text: str) -> str:
    return QCoreApplication.translate("SaveDialog", text)


def safe_file_name(stem: str, suffix: str) -> str:
    """`stem` + `suffix` as a file name every system accepts: refused characters become a
    dash ("Op straat / plein" → "Op straat - plein"), quotes go, spaces are tidied, no
    trailing dot."""
    text = re.sub(r"\s+", " ", unicodedata.normalize("NFC", stem)).replace('"', "")
    text = _REFUSED.sub("-", text).strip()
    text = text[:MAX_NAME_LENGTH].rstrip(" .")
    return (text or "document") + suffix


def documents_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def start_folder(settings: AppSettings) -> Path:
    """The folder of the last export when it still exists, else the documents folder."""
    last = settings.value(LAST_FOLDER_KEY, "")
    if last and Path(str(last)).is_dir():
        return Path(str(last))
    return documents_folder()


def make_save_dialog(parent: QWidget | None, title: str, folder: Path, name: str,
                     name_filter: str) -> QFileDialog:
    dialog = QFileDialog(parent, title, str(folder), name_filter)
    dialog.setObjectName("saveFileDialog")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    labels = {
        QFileDialog.DialogLabel.LookIn: _t("Map:"),
        QFileDialog.DialogLabel.FileName: _t("Bestands&naam:"),
        QFileDialog.DialogLabel.FileType: _t("Soort &bestand:"),
        QFileDialog.DialogLabel.Accept: _t("Op&slaan"),
        QFileDialog.DialogLabel.Reject: _t("Annuleren"),
    }
    for which, text in labels.items():
        dialog.setLabelText(which, text)
    dialog.selectFile(name)
    return dialog


def ask_save_path(parent: QWidget | None, settings: AppSettings, title: str, name: str,
                  name_filter: str) -> Path | None:
    """Where to save (None: the worker cancelled); the chosen folder is remembered."""
    dialog = make_save_dialog(parent, title, start_folder(settings), name, name_filter)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        chosen = dialog.selectedFiles()
    finally:
        dialog.deleteLater()
    if not chosen or not chosen[0]:
        return None
    path = Path(chosen[0])
    settings.set_value(LAST_FOLDER_KEY, str(path.parent))
    return path
