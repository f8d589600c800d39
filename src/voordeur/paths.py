"""Where Voordeur keeps its data and finds its resources, from source or a frozen build."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "Voordeur"
DATA_DIR_ENV = "VOORDEUR_DATA_DIR"


def default_data_dir() -> Path:
    """The store's folder: $VOORDEUR_DATA_DIR, else the platform's per-user data folder."""
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env).expanduser()
    return Path(user_data_dir(APP_NAME, appauthor=False, roaming=False))


def package_dir() -> Path:
    """The `voordeur` package folder; inside a PyInstaller bundle, its unpacked copy."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "voordeur"
    return Path(__file__).resolve().parent


def migrations_dir() -> Path:
    return package_dir() / "store" / "migrations"


def _resource_root(name: str) -> Path:
    """A top-level resource folder (`resources`, `ui`): packaged inside `voordeur/` in a wheel
    or a frozen build, at the repository root when running from a source checkout."""
    packaged = package_dir() / name
    if packaged.is_dir():
        return packaged
    return package_dir().parent.parent / name


def resources_dir() -> Path:
    return _resource_root("resources")


def translations_dir() -> Path:
    return resources_dir() / "translations"


def ui_dir() -> Path:
    """Qt Designer forms (`.ui`), loaded at run time; no generated code is committed."""
    return _resource_root("ui")
