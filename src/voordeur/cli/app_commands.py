"""No subcommand: open the app (`cmd_gui`), or check the installation (`--self-test`).

The one place where the command line reaches into `voordeur.gui`: it starts the app, it never
uses its widgets (import-linter allows exactly this import, see pyproject.toml).
"""

from __future__ import annotations

import argparse
import os

from voordeur.cli.common import EXIT_OK, EXIT_REFUSED, PASSPHRASE_ENV, Refused, data_dir


def cmd_gui(args: argparse.Namespace) -> int:
    """No command: open the app (on a demo store with --demo)."""
    try:
        from voordeur.gui.app.application import run_gui
    except ImportError as exc:  # Qt's system libraries missing: say which, in English
        raise Refused(
            f"the app cannot start because Qt could not be loaded ({exc}); install the Qt "
            "system libraries listed in the README, or use the subcommands (voordeur --help)"
        ) from None
    return run_gui(data_dir=data_dir(args), demo=args.demo, seed=args.seed,
                   passphrase=os.environ.get(PASSPHRASE_ENV))


def cmd_self_test(args: argparse.Namespace) -> int:
    """`voordeur --self-test`: one line per check, a verdict; exit 0 only if all pass."""
    from voordeur.cli.self_test import run_self_test

    return EXIT_OK if run_self_test() else EXIT_REFUSED
