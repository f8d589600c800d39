"""The worker's own commands: `profile` (show or change name, organisation, team, wijk, phone,
e-mail) and `sociale-kaart` (list, search, import a CSV of the wijk's organisations)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from voordeur.cli.common import EXIT_OK, UsageError, echo, open_store

_PROFILE_OPTIONS = (("name", "name", "your name"),
                    ("organisation", "organisation", "the organisation you work for"),
                    ("team", "team", "your team's name (not in a store linked to a team server)"),
                    ("wijk", "neighbourhood", "the neighbourhood (wijk) you cover"),
                    ("phone", "phone", "the phone number families and partners may call"),
                    ("email", "email", "your e-mail address"))


def add_profile_commands(sub: Any) -> None:
    """Register the commands on the main parser's subparsers."""
    p = sub.add_parser("profile", help="show your profile, or change it with the options "
                       "(printed at the end of family and partner documents)")
    for option, _field, text in _PROFILE_OPTIONS:
        p.add_argument(f"--{option}", metavar="TEXT", help=f"{text} ('' to clear)")
    p.set_defaults(func=cmd_profile)

    p = sub.add_parser("sociale-kaart", help="the team's organisations: list, search, import")
    actions = p.add_subparsers(dest="action", metavar="ACTION")
    a = actions.add_parser("list", help="list the organisations (optionally matching TEXT)")
    a.add_argument("text", nargs="?", default="")
    a = actions.add_parser("import", help="import a CSV file (columns naam;soort;adres;"
                           "telefoon;contactpersoon); checked first, all or nothing")
    a.add_argument("file", metavar="FILE.csv")
    for action in actions.choices.values():  # `--data-dir` after the action too
        action.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS,
                            help="folder of the encrypted store")
    p.set_defaults(func=cmd_social_map)


def cmd_profile(args: argparse.Namespace) -> int:
    from voordeur.services.profile import read_profile, save_profile
    from voordeur.services.unit_of_work import unit_of_work

    changes = {field: getattr(args, option) for option, field, _ in _PROFILE_OPTIONS
               if getattr(args, option, None) is not None}
    with open_store(args) as store:
        if changes:
            with unit_of_work(store) as uow:
                profile = save_profile(uow, **changes)
            echo("Profile saved.")
        else:
            profile = read_profile(store)
    team = profile.team or "–"
    if profile.linked:
        team += " (set by the team server)"
    for label, value in (("Name", profile.name), ("Organisation", profile.organisation),
                         ("Team", team), ("Wijk", profile.neighbourhood),
                         ("Phone", profile.phone), ("E-mail", profile.email)):
        echo(f"{label + ':':<14}{value or '–'}")
    return EXIT_OK


def cmd_social_map(args: argparse.Namespace) -> int:
    from voordeur.model.catalogues import ORGANISATION_KIND_LABELS
    from voordeur.services.social_map import import_csv, search_catalogue, social_map

    if args.action is None:
        raise UsageError("sociale-kaart needs an action: list or import")
    with open_store(args) as store:
        if args.action == "import":
            report = import_csv(store, Path(args.file))
            echo(f"Imported {args.file}: {report.added} added, {report.updated} updated, "
                 f"{report.unchanged} unchanged.")
            return EXIT_OK
        found = search_catalogue(social_map(store), args.text)
    for entry in found.organisations:
        details = " · ".join(v for v in (entry.address, entry.phone, entry.contact_person) if v)
        echo(f"{entry.name} ({entry.kind_label}){' — ' + details if details else ''}")
    if args.text:
        for kind in found.kinds:
            echo(f"kind: {kind.value} ({ORGANISATION_KIND_LABELS[kind]})")
    if not found.organisations and not (args.text and found.kinds):
        echo("No organisations on the sociale kaart." if not args.text else "Nothing found.")
    return EXIT_OK
