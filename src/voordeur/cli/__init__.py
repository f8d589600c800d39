"""The `voordeur` command line: `command.py` builds the parser and dispatches, the commands live in
`store_commands.py` (init, demo, passwd, log), `data_commands.py` (export, import, search,
ecogram), `summary_commands.py` (summary, plan), `sync_commands.py` (login, sync, conflicts) and
`app_commands.py` (no command: the app, or `--self-test`, which runs `self_test.py`). What they
share — exit codes, passphrases, opening the store, printing, `Refused` and the mapping of
expected failures to exit codes — is in `common.py`, which imports nothing else of the package.
"""

from voordeur.cli.command import main
from voordeur.cli.common import EXIT_OK, EXIT_REFUSED, EXIT_UNREACHABLE, EXIT_USAGE

__all__ = ["EXIT_OK", "EXIT_REFUSED", "EXIT_UNREACHABLE", "EXIT_USAGE", "main"]
