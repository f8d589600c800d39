"""The `voordeur` command: no arguments opens the app; subcommands script the same services.

Exit codes: 0 success, 1 usage error, 2 refused (wrong passphrase, invalid input, damaged store,
a full disk), 3 the team server cannot be reached (sync: nothing lost, the changes stay queued).
Messages are plain English on stderr; expected failures never show a traceback.
"""

from __future__ import annotations

import argparse
import getpass
import os
import shutil
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from voordeur import __version__
from voordeur.paths import DATA_DIR_ENV, default_data_dir

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


# -- store helpers --------------------------------------------------------------------------
def _data_dir(args: argparse.Namespace) -> Path:
    return Path(args.data_dir).expanduser() if args.data_dir else default_data_dir()


def _open_store(args: argparse.Namespace):  # -> Store (imported lazily to keep --help fast)
    from voordeur.store.store import Store

    data_dir = _data_dir(args)
    if not Store.exists(data_dir):
        raise Refused(f"no Voordeur store in {data_dir}; create one with `voordeur init`")
    return Store.open(data_dir, read_passphrase())


def _print(text: str = "") -> None:
    print(text, flush=True)


# -- commands -------------------------------------------------------------------------------
def cmd_init(args: argparse.Namespace) -> int:
    from voordeur.store.device_secret import keyring_situation
    from voordeur.store.store import Store

    data_dir = _data_dir(args)
    if Store.exists(data_dir):
        raise Refused(f"{data_dir} already holds a Voordeur store")
    situation = keyring_situation()
    if args.no_keyring:
        _print("Key protection: passphrase only (--no-keyring).")
    else:
        _print(f"Key protection: {situation.description_en}.")
    passphrase = read_new_passphrase()
    store = Store.create(
        data_dir, passphrase, worker_name=args.worker, team_name=args.team,
        neighbourhood=args.wijk, use_keyring=False if args.no_keyring else None,
    )
    store.close()
    _print(f"Created an encrypted Voordeur store in {data_dir}.")
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from voordeur.services.demo import generate_demo
    from voordeur.store.store import Store

    if args.households < 1 or args.households > 100_000:
        raise UsageError("--households must be between 1 and 100000")
    data_dir = _data_dir(args)
    if Store.exists(data_dir):
        store = Store.open(data_dir, read_passphrase())
        _print(f"Adding demo households to the store in {data_dir}.")
    else:
        store = Store.create(data_dir, read_new_passphrase(), worker_name=args.worker,
                             team_name=args.team, neighbourhood="")
        _print(f"Created an encrypted Voordeur store in {data_dir}.")
    with store:
        report = generate_demo(store, households=args.households, seed=args.seed)
    _print(report.describe())
    return EXIT_OK


def cmd_demo_store(args: argparse.Namespace) -> int:
    """`voordeur --demo`: a throw-away store in a temporary folder, filled with demo data."""
    import secrets

    from voordeur.services.demo import generate_demo
    from voordeur.store.store import Store

    data_dir = Path(tempfile.mkdtemp(prefix="voordeur-demo-")) / "store"
    passphrase = "demo-" + secrets.token_hex(8)
    store = Store.create(data_dir, passphrase, worker_name="Demo Medewerker",
                         team_name="Team Demo", neighbourhood="Zwolle-Zuid", use_keyring=False)
    with store:
        report = generate_demo(store, households=30, seed=args.seed)
    _print(f"Demo store (synthetic data only) in {data_dir}")
    _print(f"Passphrase for this demo store: {passphrase}")
    _print(report.describe())
    _print()
    executable = shutil.which("voordeur") or f"{sys.executable} -m voordeur"
    _print("Try, for example:")
    _print(f"  export VOORDEUR_DATA_DIR={data_dir} VOORDEUR_PASSPHRASE={passphrase}")
    _print(f"  {executable} search school")
    _print(f"  {executable} log --verify")
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from voordeur.services.data_export import export_to_file

    out = Path(args.out).expanduser()
    with _open_store(args) as store:
        result = export_to_file(store, out, household_id=args.household, person_id=args.person)
    _print(f"Exported {result.describe()} to {out}.")
    return EXIT_OK


def cmd_ecogram(args: argparse.Namespace) -> int:
    """Draw a household's ecogram (now, or as kept at a visit) as PNG, SVG or PDF."""
    from voordeur.export.ecogram_figure import (
        EcogramExportError,
        export_ecogram_file,
        format_for,
        snapshot_title,
    )
    from voordeur.services.ecogram_queries import current_ecogram, snapshot_for_visit
    from voordeur.services.household_queries import HouseholdNotFound

    out = Path(args.out).expanduser()
    try:
        format_for(out)
    except EcogramExportError as exc:
        raise UsageError(str(exc)) from None
    with _open_store(args) as store:
        title, snapshot_id = None, None
        if args.snapshot:
            found = snapshot_for_visit(store, args.snapshot)
            if found is None or found[1].household_id != args.household:
                raise Refused(f"household {args.household} has no ecogram snapshot for visit "
                              f"{args.snapshot}")
            info, ecogram = found
            snapshot_id = info.id
            title = snapshot_title(ecogram, info.visit_day or info.taken_at.date(),
                                   roles=args.roles)
        else:
            with store.session() as session:
                try:
                    ecogram = current_ecogram(session, args.household)
                except HouseholdNotFound:
                    raise Refused(f"no household with id {args.household}") from None
        export_ecogram_file(store, ecogram, out, roles=args.roles, title=title,
                            snapshot_id=snapshot_id)
    _print(f"Wrote the ecogram of household {args.household} to {out}.")
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from voordeur.services.data_import import import_from_file

    path = Path(args.file).expanduser()
    if not path.is_file():
        raise UsageError(f"{path} is not a file")
    with _open_store(args) as store:
        report = import_from_file(store, path)
    _print(report.describe())
    return EXIT_OK


def cmd_search(args: argparse.Namespace) -> int:
    from voordeur.services.search import HIGHLIGHT_END, HIGHLIGHT_START, search

    with _open_store(args) as store:
        hits = search(store, args.text, limit=args.limit)
    if not hits:
        _print("No matches.")
        return EXIT_OK
    for hit in hits:
        snippet = " ".join(hit.snippet.replace(HIGHLIGHT_START, "[").replace(HIGHLIGHT_END, "]")
                           .split())
        _print(f"{hit.kind:<9} {hit.household_name}  ({hit.household_id})")
        _print(f"          {snippet}")
    _print(f"{len(hits)} match{'es' if len(hits) != 1 else ''}.")
    return EXIT_OK


def cmd_passwd(args: argparse.Namespace) -> int:
    from voordeur.model.catalogues import AccessAction
    from voordeur.store import vault
    from voordeur.store.store import Store

    data_dir = _data_dir(args)
    if not Store.exists(data_dir):
        raise Refused(f"no Voordeur store in {data_dir}")
    old = read_passphrase("Current passphrase: ")
    with Store.open(data_dir, old) as store:
        new = read_new_passphrase(NEW_PASSPHRASE_ENV)
        vault.change_passphrase(data_dir, old, new)
        store.log(AccessAction.PASSPHRASE_CHANGED)
    _print("Passphrase changed. The data key stays the same; only its wrapping changed.")
    return EXIT_OK


def cmd_log(args: argparse.Namespace) -> int:
    from voordeur.store import access_log

    with _open_store(args) as store, store.session() as session:
        if args.verify:
            result = access_log.verify(session)
            if result.ok:
                _print(f"Access log intact: {result.entries} entries, chain verified.")
                return EXIT_OK
            for problem in result.problems:
                print(f"voordeur: access log: {problem}", file=sys.stderr)
            raise Refused(f"the access log was tampered with ({len(result.problems)} problems)")
        for entry in access_log.entries(session, limit=args.limit):
            when = entry.at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
            subjects = ",".join(s[:8] for s in entry.subject_ids[:3])
            more = f"+{len(entry.subject_ids) - 3}" if len(entry.subject_ids) > 3 else ""
            _print(f"{entry.seq:>6} {when} {entry.action:<18} {entry.outcome:<7} "
                   f"worker {entry.worker_id[:8]} device {entry.device_id[:8]} "
                   f"[{subjects}{more}] {entry.detail}")
    return EXIT_OK


def cmd_gui(args: argparse.Namespace) -> int:
    """No command: open the app (on a demo store with --demo)."""
    try:
        from voordeur.gui.app.application import run_gui
    except ImportError as exc:  # Qt's system libraries missing: say which, in English
        raise Refused(
            f"the app cannot start because Qt could not be loaded ({exc}); install the Qt "
            "system libraries listed in the README, or use the subcommands (voordeur --help)"
        ) from None
    return run_gui(data_dir=_data_dir(args), demo=args.demo, seed=args.seed,
                   passphrase=os.environ.get(PASSPHRASE_ENV))


def cmd_self_test(args: argparse.Namespace) -> int:
    """`voordeur --self-test`: one line per check, a verdict; exit 0 only if all pass."""
    from voordeur.self_test import run_self_test

    return EXIT_OK if run_self_test() else EXIT_REFUSED


# -- parser ---------------------------------------------------------------------------------
def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="voordeur",
        description="Voordeur: casework behind the front door. The commands work on the "
        "encrypted local store through the same services as the app.",
        epilog=f"The store's folder is --data-dir, else ${DATA_DIR_ENV}, else the user data "
        f"folder. The passphrase comes from ${PASSPHRASE_ENV} or is asked for.",
    )
    parser.add_argument("--version", action="version", version=f"voordeur {__version__}")
    parser.add_argument("--data-dir", metavar="DIR", help="folder of the encrypted store")
    parser.add_argument("--demo", action="store_true",
                        help="open the app on a throw-away demo store with synthetic households "
                        "(with --no-gui: only make the store and print its passphrase)")
    parser.add_argument("--no-gui", action="store_true",
                        help="with --demo: do not open the app")
    parser.add_argument("--self-test", action="store_true",
                        help="check that every part of this installation works (store, "
                        "translations, keyring, forms, ecogram, PDF) and exit: 0 if all pass")
    parser.add_argument("--seed", type=int, default=None, help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("init", help="create a new encrypted store")
    p.add_argument("--worker", default="Medewerker", help="your name as the worker")
    p.add_argument("--team", default="", help="your team's name")
    p.add_argument("--wijk", default="", help="your neighbourhood (wijk)")
    p.add_argument("--no-keyring", action="store_true",
                   help="do not use the system keyring (a longer passphrase is then required)")
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("demo", help="create a store with synthetic households, or add them")
    p.add_argument("--households", type=int, default=30, metavar="N")
    p.add_argument("--seed", type=int, default=None, metavar="S",
                   help="the same seed gives the same households")
    p.add_argument("--worker", default="Demo Medewerker", help=argparse.SUPPRESS)
    p.add_argument("--team", default="Team Demo", help=argparse.SUPPRESS)
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("export", help="export data as JSON (everything, a household, a person)")
    p.add_argument("--out", required=True, metavar="FILE.json")
    scope = p.add_mutually_exclusive_group()
    scope.add_argument("--household", metavar="ID", help="only this household")
    scope.add_argument("--person", metavar="ID",
                       help="everything about this person (AVG access request)")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("ecogram", help="draw a household's ecogram with its legend "
                       "(PNG, SVG or PDF, by the file's suffix)")
    p.add_argument("household", metavar="HOUSEHOLD_ID")
    p.add_argument("--out", required=True, metavar="FILE.png|.svg|.pdf")
    p.add_argument("--snapshot", metavar="VISIT_ID",
                   help="the ecogram as kept when this visit was finalised")
    p.add_argument("--roles", action="store_true",
                   help="show roles instead of names (for partners without consent)")
    p.set_defaults(func=cmd_ecogram)

    p = sub.add_parser("import", help="import a Voordeur JSON export (validated first)")
    p.add_argument("file", metavar="FILE.json")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("search", help="search notes, names, goals and agreements")
    p.add_argument("text")
    p.add_argument("--limit", type=int, default=20)
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("passwd", help="change the passphrase (the data key stays the same)")
    p.set_defaults(func=cmd_passwd)

    p = sub.add_parser("log", help="show the access log, newest first")
    p.add_argument("--verify", action="store_true", help="check the log's hash chain")
    p.add_argument("--limit", type=int, default=50)
    p.set_defaults(func=cmd_log)

    from voordeur.cli_summary import add_summary_commands  # after this module is fully loaded
    from voordeur.cli_sync import add_sync_commands

    add_summary_commands(sub)
    add_sync_commands(sub)
    return parser


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
        if not is_disk_full(exc, _data_dir(args)):
            return False
        filename = getattr(exc, "filename", None)
        exc = DiskFull(filename if isinstance(filename, str) and filename else _data_dir(args))
    print(f"voordeur: error: {exc}", file=sys.stderr)
    return True


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors; ours is 1
        return EXIT_USAGE if exc.code not in (0, None) else EXIT_OK
    func: Callable[[argparse.Namespace], int] | None = getattr(args, "func", None)
    if func is None and args.self_test:
        func = cmd_self_test
    if func is None:
        func = cmd_demo_store if args.demo and args.no_gui else cmd_gui
    try:
        return func(args)
    except UsageError as exc:
        print(f"voordeur: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("voordeur: interrupted; nothing was left half-written", file=sys.stderr)
        return EXIT_REFUSED
    except Exception as exc:
        from voordeur.sync.errors import Unreachable

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
        raise


if __name__ == "__main__":
    sys.exit(main())
