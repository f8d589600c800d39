"""The team-server commands of `voordeur`: login, sync and conflicts.

Exit codes as for every command (0 done, 1 usage, 2 refused), plus 3 for `sync` when the team
server cannot be reached: nothing is lost then, the changes stay queued.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from voordeur.cli.common import (
    EXIT_OK,
    EXIT_UNREACHABLE,
    PASSWORD_ENV,
    Refused,
    UsageError,
    echo,
    open_store,
    read_passphrase,
)


def add_sync_commands(sub: Any) -> None:
    """Register the commands on the main parser's subparsers."""
    p = sub.add_parser("login", help="link this store to a team server and register this laptop")
    p.add_argument("--server", required=True, metavar="URL", help="e.g. https://team.example.nl")
    p.add_argument("--user", required=True, metavar="USER")
    p.add_argument("--team", metavar="NAME", help="the team, if the account is in several")
    p.set_defaults(func=cmd_login)

    p = sub.add_parser("sync", help="send queued changes to the team server and fetch the "
                       "team's (exit 3: server unreachable, nothing lost)")
    p.set_defaults(func=cmd_sync)

    p = sub.add_parser("conflicts", help="list open note conflicts, or resolve one")
    p.add_argument("--resolve", metavar="ID", help="the conflict to resolve")
    p.add_argument("--keep", choices=("mine", "theirs"), help="keep this version")
    p.add_argument("--text-file", metavar="FILE", help="keep the text in this file (a merge)")
    p.set_defaults(func=cmd_conflicts)


def cmd_login(args: argparse.Namespace) -> int:
    """Link the store to a team server as this worker and register this laptop."""
    import platform

    from voordeur.sync.account import login

    with open_store(args) as store:
        password = read_passphrase(f"Password of {args.user} on {args.server}: ", PASSWORD_ENV)
        result = login(store, args.server, args.user, password, team_name=args.team,
                       device_name=platform.node()[:200])
    if result.renewed:
        echo(f"This store was already linked to {result.server_url} as {result.username}; "
               "the sign-in was renewed.")
    else:
        echo(f"Linked to {result.server_url} as {result.username} ({result.worker_name}), "
               f"team {result.team_name}. {result.queued} changes are queued; run "
               "`voordeur sync` to send them.")
    return EXIT_OK


def cmd_sync(args: argparse.Namespace) -> int:
    """One sync round: push the queued changes, pull the team's."""
    from voordeur.sync.account import wipe_store
    from voordeur.sync.engine import SyncEngine
    from voordeur.sync.errors import DeviceRevoked, Unreachable
    from voordeur.sync.status import clock_warnings, sync_status

    store = open_store(args)
    try:
        engine = SyncEngine(store)
        try:
            report = engine.run_once()
        finally:
            engine.close()
    except DeviceRevoked as exc:
        if exc.wipe:
            data_dir = store.data_dir
            wipe_store(store)
            raise Refused(f"this laptop was revoked by the team's administrator, who asked to "
                          f"remove its data: the local store in {data_dir} was removed") from None
        store.close()
        raise Refused("this laptop was revoked by the team's administrator; it can no longer "
                      "sync (the local store is kept)") from None
    except Unreachable as exc:
        pending = sync_status(store).pending
        store.close()
        print(f"voordeur: {exc}; nothing lost: {pending} change{'s' if pending != 1 else ''} "
              "stay queued", file=sys.stderr)
        return EXIT_UNREACHABLE
    except BaseException:
        store.close()
        raise
    status = sync_status(store)
    store.close()
    echo(report.describe())
    if report.rejected or status.rejected:
        echo(f"{status.rejected} change(s) were refused by the server and are kept on this "
               "laptop only.")
    if status.conflicts:
        echo(f"{status.conflicts} note conflict(s) are open: see `voordeur conflicts`.")
    for line in clock_warnings(report.clock_offset_ms, report.clock_corrected):
        print(f"voordeur: {line}", file=sys.stderr)
    return EXIT_OK


def _shorten(text: str, width: int = 70) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def cmd_conflicts(args: argparse.Namespace) -> int:
    """List open note conflicts, or resolve one."""
    from voordeur.services.conflicts import list_conflicts, resolve_conflict

    if args.resolve is None and (args.keep or args.text_file):
        raise UsageError("--keep and --text-file go with --resolve ID")
    if args.resolve is not None and bool(args.keep) == bool(args.text_file):
        raise UsageError("with --resolve give either --keep mine|theirs or --text-file FILE")
    with open_store(args) as store:
        conflicts = list_conflicts(store)
        if args.resolve is None:
            if not conflicts:
                echo("No open note conflicts.")
                return EXIT_OK
            for c in conflicts:
                when = c.visit_starts_at.astimezone().strftime("%Y-%m-%d")
                echo(f"{c.id}  {c.household_name}  visit {when}  field {c.field}")
                mine = "this laptop" if c.mine_is_this_device else (c.mine_label or "other")
                echo(f"  mine   ({mine}): {_shorten(c.mine_text)}")
                echo(f"  theirs ({c.theirs_label or 'other'}): {_shorten(c.theirs_text)}")
            echo(f"{len(conflicts)} open conflict{'s' if len(conflicts) != 1 else ''}. "
                   "Resolve one with --resolve ID --keep mine|theirs or --text-file FILE.")
            return EXIT_OK
        found = next((c for c in conflicts if c.id == args.resolve), None)
        if found is None:
            raise Refused(f"there is no open note conflict with id {args.resolve}")
        if args.text_file:
            try:
                text = Path(args.text_file).expanduser().read_text(encoding="utf-8")
            except UnicodeDecodeError:
                raise Refused(f"{args.text_file} is not UTF-8 text") from None
        else:
            text = found.mine_text if args.keep == "mine" else found.theirs_text
        resolve_conflict(store, found.id, text)
    echo("Conflict resolved; `voordeur sync` sends the result to the team.")
    return EXIT_OK
