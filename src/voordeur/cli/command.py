"""The `voordeur` command: no arguments opens the app; subcommands script the same services.

Exit codes: 0 success, 1 usage error, 2 refused (wrong passphrase, invalid input, damaged store,
a full disk), 3 the team server cannot be reached (sync: nothing lost, the changes stay queued).
Messages are plain English on stderr; expected failures never show a traceback.

This module only builds the parser and dispatches; the commands live in `*_commands.py`, what
they share in `common.py`.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from typing import Any

from voordeur import __version__
from voordeur.cli.app_commands import cmd_gui, cmd_self_test
from voordeur.cli.common import EXIT_OK, EXIT_REFUSED, EXIT_USAGE, PASSPHRASE_ENV, exit_code_for
from voordeur.cli.data_commands import cmd_ecogram, cmd_export, cmd_import, cmd_search
from voordeur.cli.profile_commands import add_profile_commands
from voordeur.cli.store_commands import cmd_demo, cmd_demo_store, cmd_init, cmd_log, cmd_passwd
from voordeur.cli.summary_commands import add_summary_commands
from voordeur.cli.sync_commands import add_sync_commands
from voordeur.paths import DATA_DIR_ENV


def add_global_options(parser: argparse.ArgumentParser, default: Any) -> None:
    """The options that hold for every command, accepted before and after the command's name.

    After the name they default to SUPPRESS, so a subcommand that does not repeat one leaves the
    value given before the name alone. The other options of the bare `voordeur` (--demo,
    --no-gui, --self-test, --version) choose what runs instead of a command, so they stay there.
    """
    parser.add_argument("--data-dir", metavar="DIR", default=default,
                        help="folder of the encrypted store")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="voordeur",
        description="Voordeur: casework behind the front door. The commands work on the "
        "encrypted local store through the same services as the app.",
        epilog=f"The store's folder is --data-dir, else ${DATA_DIR_ENV}, else the user data "
        f"folder. The passphrase comes from ${PASSPHRASE_ENV} or is asked for.",
    )
    parser.add_argument("--version", action="version", version=f"voordeur {__version__}")
    add_global_options(parser, default=None)
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

    add_profile_commands(sub)
    add_summary_commands(sub)
    add_sync_commands(sub)
    for command in sub.choices.values():  # after the command, too: `voordeur demo --data-dir X`
        add_global_options(command, default=argparse.SUPPRESS)
    return parser


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
    except KeyboardInterrupt:
        print("voordeur: interrupted; nothing was left half-written", file=sys.stderr)
        return EXIT_REFUSED
    except Exception as exc:
        code = exit_code_for(exc, args)
        if code is None:
            raise
        return code
