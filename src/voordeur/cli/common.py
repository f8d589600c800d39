"""What every `voordeur` command shares: exit codes, passphrases, opening the store, printing, and
turning an expected failure into a message and an exit code (never a traceback).

The command modules import this one and nothing else of the `cli` package, so the package has no
import circle: `command` → command modules → `common`.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from voordeur.paths import default_data_dir

if TYPE_CHECKING:
    from voordeur.store.store import Store

EXIT_OK, EXIT_USAGE, EXIT_REFUSED, EXIT_UNREACHABLE = 0, 1, 2, 3
PASSPHRASE_ENV = "VOORDEUR_PASSPHRASE"
NEW_PASSPHRASE_ENV = "VOORDEUR_NEW_PASSPHRASE"
PASSWORD_ENV = "VOORDEUR_PASSWORD"  # the team-server account's password (voordeur login)


class UsageError(Exception):
    """Wrong use of the command line (exit 1)."""


class Refused(Exception):
    """The request was understood but refused (exit 2)."""


# -- passphrases ----------------------------------------------------------------------------
def _interactive() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def read_passphrase(prompt: str = "Passphrase: ", env: str = PASSPHRASE_ENV) -> str:
    value = os.environ.get(env)
    if value is not None:
        return value
    if not _interactive():
        raise UsageError(f"no passphrase: set {env} or run the command in a terminal")
    return getpass.getpass(prompt)


def read_new_passphrase(env: str = PASSPHRASE_ENV) -> str:
    """A new passphrase: from the environment, or typed twice."""
    value = os.environ.get(env)
    if value is not None:
        return value
    if not _interactive():
        raise UsageError(f"no passphrase: set {env} or run the command in a terminal")
    first = getpass.getpass("New passphrase: ")
    if getpass.getpass("Repeat the new passphrase: ") != first:
        raise Refused("the two passphrases differ; nothing was changed")
    return first


# -- the store ------------------------------------------------------------------------------
def data_dir(args: argparse.Namespace) -> Path:
    return Path(args.data_dir).expanduser() if args.data_dir else default_data_dir()


def open_store(args: argparse.Namespace) -> Store:
    from voordeur.store.store import Store  # imported here to keep --help fast

    folder = data_dir(args)
    if not Store.exists(folder):
        raise Refused(f"no Voordeur store in {folder}; create one with `voordeur init`")
    return Store.open(folder, read_passphrase())


def echo(text: str = "") -> None:
    """One line of the command's output on stdout (messages go to stderr)."""
    print(text, flush=True)


# -- failures -------------------------------------------------------------------------------
def _expected_errors() -> tuple[type[BaseException], ...]:
    from voordeur.services.households import ServiceError
    from voordeur.store.device_secret import DeviceSecretError
    from voordeur.store.disk import DiskFull
    from voordeur.store.engine import StoreCorrupt, StoreUnreadable
    from voordeur.store.migrate import StoreTooNew
    from voordeur.store.store import StoreError
    from voordeur.store.vault import VaultError

    errors: list[type[BaseException]] = [
        Refused, VaultError, StoreError, StoreCorrupt, StoreUnreadable, StoreTooNew,
        DeviceSecretError, ServiceError, DiskFull,
    ]
    try:
        from voordeur.sync.errors import SyncError

        errors.append(SyncError)
    except ImportError:  # pragma: no cover
        pass
    try:
        from voordeur.services.data_export import ExportError
        from voordeur.services.data_import import ImportRefused

        errors += [ImportRefused, ExportError]
    except ImportError:  # pragma: no cover
        pass
    return tuple(errors)


def _full_disk(exc: BaseException, args: argparse.Namespace) -> bool:
    """Say so if `exc` (or what it wraps) is a full disk, wherever it came from."""
    from voordeur.store.disk import DiskFull, is_disk_full

    if not isinstance(exc, DiskFull):
        if not is_disk_full(exc, data_dir(args)):
            return False
        filename = getattr(exc, "filename", None)
        exc = DiskFull(filename if isinstance(filename, str) and filename else data_dir(args))
    print(f"voordeur: error: {exc}", file=sys.stderr)
    return True


def exit_code_for(exc: Exception, args: argparse.Namespace) -> int | None:
    """Print the message for an expected failure and return its exit code; None for a bug."""
    from voordeur.sync.errors import Unreachable

    if isinstance(exc, UsageError):
        print(f"voordeur: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if _full_disk(exc, args):
        return EXIT_REFUSED
    if isinstance(exc, OSError):
        print(f"voordeur: error: {exc.strerror or exc} ({exc.filename or ''})".rstrip(" ()"),
              file=sys.stderr)
        return EXIT_REFUSED
    if isinstance(exc, Unreachable):
        print(f"voordeur: {exc}", file=sys.stderr)
        return EXIT_UNREACHABLE
    if isinstance(exc, _expected_errors()):
        print(f"voordeur: error: {exc}", file=sys.stderr)
        return EXIT_REFUSED
    return None
