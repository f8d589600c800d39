"""The commands on the local store itself: `init`, `demo` (and `--demo --no-gui`), `passwd` and
`log`."""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

from voordeur.cli.common import (
    EXIT_OK,
    NEW_PASSPHRASE_ENV,
    Refused,
    UsageError,
    data_dir,
    echo,
    open_store,
    read_new_passphrase,
    read_passphrase,
)


def cmd_init(args: argparse.Namespace) -> int:
    from voordeur.store.device_secret import keyring_situation
    from voordeur.store.store import Store

    folder = data_dir(args)
    if Store.exists(folder):
        raise Refused(f"{folder} already holds a Voordeur store")
    situation = keyring_situation()
    if args.no_keyring:
        echo("Key protection: passphrase only (--no-keyring).")
    else:
        echo(f"Key protection: {situation.description_en}.")
    passphrase = read_new_passphrase()
    store = Store.create(
        folder, passphrase, worker_name=args.worker, team_name=args.team,
        neighbourhood=args.wijk, use_keyring=False if args.no_keyring else None,
    )
    store.close()
    echo(f"Created an encrypted Voordeur store in {folder}.")
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from voordeur.services.demo import generate_demo
    from voordeur.store.store import Store

    if args.households < 1 or args.households > 100_000:
        raise UsageError("--households must be between 1 and 100000")
    folder = data_dir(args)
    if Store.exists(folder):
        store = Store.open(folder, read_passphrase())
        echo(f"Adding demo households to the store in {folder}.")
    else:
        store = Store.create(folder, read_new_passphrase(), worker_name=args.worker,
                             team_name=args.team, neighbourhood="")
        echo(f"Created an encrypted Voordeur store in {folder}.")
    with store:
        report = generate_demo(store, households=args.households, seed=args.seed)
    echo(report.describe())
    return EXIT_OK


def cmd_demo_store(args: argparse.Namespace) -> int:
    """`voordeur --demo`: a throw-away store in a temporary folder, filled with demo data."""
    import secrets

    from voordeur.services.demo import generate_demo
    from voordeur.store.store import Store

    folder = Path(tempfile.mkdtemp(prefix="voordeur-demo-")) / "store"
    passphrase = "demo-" + secrets.token_hex(8)
    store = Store.create(folder, passphrase, worker_name="Demo Medewerker",
                         team_name="Team Demo", neighbourhood="Zwolle-Zuid", use_keyring=False)
    with store:
        report = generate_demo(store, households=30, seed=args.seed)
    echo(f"Demo store (synthetic data only) in {folder}")
    echo(f"Passphrase for this demo store: {passphrase}")
    echo(report.describe())
    echo()
    executable = shutil.which("voordeur") or f"{sys.executable} -m voordeur"
    echo("Try, for example:")
    echo(f"  export VOORDEUR_DATA_DIR={folder} VOORDEUR_PASSPHRASE={passphrase}")
    echo(f"  {executable} search school")
    echo(f"  {executable} log --verify")
    return EXIT_OK


def cmd_passwd(args: argparse.Namespace) -> int:
    from voordeur.model.catalogues import AccessAction
    from voordeur.store import vault
    from voordeur.store.store import Store

    folder = data_dir(args)
    if not Store.exists(folder):
        raise Refused(f"no Voordeur store in {folder}")
    old = read_passphrase("Current passphrase: ")
    with Store.open(folder, old) as store:
        new = read_new_passphrase(NEW_PASSPHRASE_ENV)
        vault.change_passphrase(folder, old, new)
        store.log(AccessAction.PASSPHRASE_CHANGED)
    echo("Passphrase changed. The data key stays the same; only its wrapping changed.")
    return EXIT_OK


def cmd_log(args: argparse.Namespace) -> int:
    from voordeur.store import access_log

    with open_store(args) as store, store.session() as session:
        if args.verify:
            result = access_log.verify(session)
            if result.ok:
                echo(f"Access log intact: {result.entries} entries, chain verified.")
                return EXIT_OK
            for problem in result.problems:
                print(f"voordeur: access log: {problem}", file=sys.stderr)
            raise Refused(f"the access log was tampered with ({len(result.problems)} problems)")
        for entry in access_log.entries(session, limit=args.limit):
            when = entry.at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
            subjects = ",".join(s[:8] for s in entry.subject_ids[:3])
            more = f"+{len(entry.subject_ids) - 3}" if len(entry.subject_ids) > 3 else ""
            echo(f"{entry.seq:>6} {when} {entry.action:<18} {entry.outcome:<7} "
                   f"worker {entry.worker_id[:8]} device {entry.device_id[:8]} "
                   f"[{subjects}{more}] {entry.detail}")
    return EXIT_OK
