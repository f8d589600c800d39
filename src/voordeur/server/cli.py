"""The `voordeur-server` command: run the team server and administer teams, workers and devices.

Exit codes: 0 success, 1 usage error, 2 refused (unknown team, duplicate user, unknown device,
database unreachable …). Messages are plain English on stderr; expected failures never show a
traceback. docs/server.md describes running it.
"""

from __future__ import annotations

import argparse
import getpass
import ipaddress
import logging
import os
import sys
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path

from platformdirs import user_data_dir

from voordeur import __version__

EXIT_OK, EXIT_USAGE, EXIT_REFUSED = 0, 1, 2
DATA_DIR_ENV = "VOORDEUR_SERVER_DATA_DIR"
DB_ENV = "VOORDEUR_SERVER_DB"
PASSWORD_ENV = "VOORDEUR_SERVER_PASSWORD"
PROG = "voordeur-server"


class UsageError(Exception):
    """Wrong use of the command line (exit 1)."""


class Refused(Exception):
    """Understood but refused (exit 2)."""


def default_data_dir() -> Path:
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env).expanduser()
    return Path(user_data_dir("voordeur-server", appauthor=False))


def database_url(args: argparse.Namespace) -> str:
    """--db, else $VOORDEUR_SERVER_DB, else a SQLite file in the data folder (created)."""
    url = args.db or os.environ.get(DB_ENV)
    if url:
        return str(url)
    data_dir = Path(args.data_dir).expanduser() if args.data_dir else default_data_dir()
    data_dir.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{data_dir.resolve() / 'server.db'}"


def _interactive() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def read_new_password() -> str:
    from voordeur.server.admin import MIN_PASSWORD_LENGTH

    value = os.environ.get(PASSWORD_ENV)
    if value is None:
        if not _interactive():
            raise UsageError(f"no password: set {PASSWORD_ENV} or run the command in a terminal")
        value = getpass.getpass("Password for the new worker: ")
        if getpass.getpass("Repeat the password: ") != value:
            raise Refused("the two passwords differ; nothing was changed")
    if len(value) < MIN_PASSWORD_LENGTH:
        raise Refused(f"the password needs at least {MIN_PASSWORD_LENGTH} characters; "
                      "nothing was changed")
    return value


# -- commands -------------------------------------------------------------------------------
def cmd_add_team(args: argparse.Namespace) -> int:
    from voordeur.server.admin import add_team

    team_id = add_team(database_url(args), args.name)
    print(f"Team {args.name.strip()!r} created (id {team_id}).")
    return EXIT_OK


def cmd_add_worker(args: argparse.Namespace) -> int:
    from voordeur.server.admin import add_worker

    url = database_url(args)
    password = read_new_password()
    worker_id = add_worker(url, args.username, args.team, password, name=args.name)
    print(f"Worker {args.username.strip().lower()!r} added to team {args.team.strip()!r} "
          f"(id {worker_id}).")
    return EXIT_OK


def cmd_devices(args: argparse.Namespace) -> int:
    from voordeur.server.admin import list_devices

    devices = list_devices(database_url(args))
    if not devices:
        print("No devices registered yet.")
        return EXIT_OK
    rows = [("ID", "WORKER", "NAME", "REGISTERED", "LAST SEEN", "STATUS")]
    rows += [(d.id, d.username, d.name or "-", _when(d.registered_at), _when(d.last_seen_at),
              d.status) for d in devices]
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    for row in rows:
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())
    return EXIT_OK


def _when(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")


def cmd_revoke_device(args: argparse.Namespace) -> int:
    from voordeur.server.admin import revoke_device

    revoke_device(database_url(args), args.device_id, wipe=args.wipe)
    print(f"Device {args.device_id.strip()} revoked"
          + (": it will remove its data at its next contact." if args.wipe else "."))
    return EXIT_OK


def cmd_serve(args: argparse.Namespace) -> int:
    if bool(args.tls_cert) != bool(args.tls_key):
        raise UsageError("give both --tls-cert and --tls-key, or neither")
    for path in (args.tls_cert, args.tls_key):
        if path and not Path(path).is_file():
            raise Refused(f"no such file: {path}")
    import uvicorn

    from voordeur.server.app import create_app

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: "
                        "%(message)s")
    app = create_app(database_url(args))
    if not args.tls_cert and not _is_loopback(args.host):
        print(f"{PROG}: warning: serving plain HTTP on {args.host}; use --tls-cert/--tls-key "
              "or a TLS reverse proxy", file=sys.stderr)
    uvicorn.run(app, host=args.host, port=args.port, ssl_certfile=args.tls_cert,
                ssl_keyfile=args.tls_key, log_level="info", server_header=False)
    return EXIT_OK


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


# -- parser and main --------------------------------------------------------------------------
def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG, description="The Voordeur team server: sync for a team's laptops.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--data-dir", metavar="DIR",
                        help=f"folder of the default SQLite database (${DATA_DIR_ENV}; "
                             "default: the platform's user data folder)")
    parser.add_argument("--db", metavar="URL",
                        help=f"database URL, e.g. postgresql+psycopg://user@host/db (${DB_ENV}; "
                             "default: sqlite:///DATA-DIR/server.db)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    p = sub.add_parser("add-team", help="create a team")
    p.add_argument("name", metavar="NAME")
    p.set_defaults(func=cmd_add_team)

    p = sub.add_parser("add-worker", help=f"create a worker account (password from "
                                          f"${PASSWORD_ENV} or asked)")
    p.add_argument("username", metavar="USER")
    p.add_argument("--team", required=True, metavar="NAME", help="the worker's team")
    p.add_argument("--name", metavar="FULL_NAME", help="the name colleagues see")
    p.set_defaults(func=cmd_add_worker)

    p = sub.add_parser("serve", help="run the server")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8765)
    p.add_argument("--tls-cert", metavar="FILE", help="PEM certificate (chain)")
    p.add_argument("--tls-key", metavar="FILE", help="PEM private key")
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("devices", help="list registered devices")
    p.set_defaults(func=cmd_devices)

    p = sub.add_parser("revoke-device",
                       help="revoke a laptop for good: it stops syncing and locks")
    p.add_argument("device_id", metavar="ID")
    p.add_argument("--wipe", action="store_true",
                   help="tell the laptop to remove its local store")
    p.set_defaults(func=cmd_revoke_device)
    return parser


def _database_error(exc: Exception) -> str | None:
    """A one-line message for a database that cannot be used, or None if `exc` is no such error."""
    from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError

    if isinstance(exc, DBAPIError):
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else type(exc).__name__
        return f"cannot use the database: {reason}"
    if isinstance(exc, ArgumentError | NoSuchModuleError):
        return f"not a usable database URL: {str(exc).splitlines()[0]}"
    return None


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors; ours is 1
        return EXIT_USAGE if exc.code not in (0, None) else EXIT_OK
    func: Callable[[argparse.Namespace], int] = args.func
    from voordeur.server.admin import AdminError

    try:
        return func(args)
    except UsageError as exc:
        print(f"{PROG}: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except (Refused, AdminError) as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return EXIT_REFUSED
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return EXIT_REFUSED
    except OSError as exc:
        print(f"{PROG}: error: {exc.strerror or exc} ({exc.filename or ''})".rstrip(" ()"),
              file=sys.stderr)
        return EXIT_REFUSED
    except Exception as exc:
        message = _database_error(exc)
        if message is None:
            raise
        print(f"{PROG}: error: {message}", file=sys.stderr)
        return EXIT_REFUSED


if __name__ == "__main__":
    sys.exit(main())
