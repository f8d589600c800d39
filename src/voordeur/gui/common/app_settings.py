"""The app's own settings (not personal data): language, auto-lock time, data folder.

Kept with QSettings in an INI file in the user's config folder, or at a path the caller gives
(tests, demo). Nothing about households is ever written here.
"""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_config_dir
from PySide6.QtCore import QSettings

from voordeur.paths import APP_NAME, default_data_dir

LANGUAGES = ("nl", "en")
DEFAULT_LANGUAGE = "nl"
DEFAULT_AUTOLOCK_MINUTES = 5
AUTOLOCK_CHOICES = (1, 2, 5, 10, 15, 30)


def default_settings_path() -> Path:
    return Path(user_config_dir(APP_NAME, appauthor=False)) / "voordeur.ini"


class AppSettings:
    def __init__(self, path: Path | None = None) -> None:
        self.path = Path(path) if path is not None else default_settings_path()
        self._qs = QSettings(str(self.path), QSettings.Format.IniFormat)

    # -- language -------------------------------------------------------------------------
    @property
    def language(self) -> str:
        value = str(self._qs.value("ui/language", DEFAULT_LANGUAGE))
        return value if value in LANGUAGES else DEFAULT_LANGUAGE

    @language.setter
    def language(self, value: str) -> None:
        if value not in LANGUAGES:
            raise ValueError(f"unknown language {value!r}")
        self._qs.setValue("ui/language", value)
        self._qs.sync()

    # -- auto-lock ------------------------------------------------------------------------
    @property
    def autolock_minutes(self) -> int:
        try:
            value = int(self._qs.value("security/autolock_minutes", DEFAULT_AUTOLOCK_MINUTES))
        except (TypeError, ValueError):
            return DEFAULT_AUTOLOCK_MINUTES
        return value if 1 <= value <= 60 else DEFAULT_AUTOLOCK_MINUTES

    @autolock_minutes.setter
    def autolock_minutes(self, value: int) -> None:
        if not 1 <= int(value) <= 60:
            raise ValueError("auto-lock is between 1 and 60 minutes")
        self._qs.setValue("security/autolock_minutes", int(value))
        self._qs.sync()

    # -- data folder ----------------------------------------------------------------------
    @property
    def data_dir(self) -> Path:
        value = self._qs.value("store/data_dir", "")
        return Path(str(value)) if value else default_data_dir()

    @data_dir.setter
    def data_dir(self, value: Path) -> None:
        self._qs.setValue("store/data_dir", str(value))
        self._qs.sync()

    # -- window ---------------------------------------------------------------------------
    def value(self, key: str, default: object = None) -> object:
        return self._qs.value(key, default)

    def set_value(self, key: str, value: object) -> None:
        self._qs.setValue(key, value)
