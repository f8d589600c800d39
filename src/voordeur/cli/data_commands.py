"""The commands that read or write the records: `export`, `import`, `search` and `ecogram`."""

from __future__ import annotations

import argparse
from pathlib import Path

from voordeur.cli.common import EXIT_OK, Refused, UsageError, echo, open_store


def cmd_export(args: argparse.Namespace) -> int:
    from voordeur.services.data_export import export_to_file

    out = Path(args.out).expanduser()
    with open_store(args) as store:
        result = export_to_file(store, out, household_id=args.household, person_id=args.person)
    echo(f"Exported {result.describe()} to {out}.")
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from voordeur.services.data_import import import_from_file

    path = Path(args.file).expanduser()
    if not path.is_file():
        raise UsageError(f"{path} is not a file")
    with open_store(args) as store:
        report = import_from_file(store, path)
    echo(report.describe())
    return EXIT_OK


def cmd_search(args: argparse.Namespace) -> int:
    from voordeur.services.search import HIGHLIGHT_END, HIGHLIGHT_START, search

    with open_store(args) as store:
        hits = search(store, args.text, limit=args.limit)
    if not hits:
        echo("No matches.")
        return EXIT_OK
    for hit in hits:
        snippet = " ".join(hit.snippet.replace(HIGHLIGHT_START, "[").replace(HIGHLIGHT_END, "]")
                           .split())
        echo(f"{hit.kind:<9} {hit.household_name}  ({hit.household_id})")
        echo(f"          {snippet}")
    echo(f"{len(hits)} match{'es' if len(hits) != 1 else ''}.")
    return EXIT_OK


def cmd_ecogram(args: argparse.Namespace) -> int:
    """Draw a household's ecogram (now, or as kept at a visit) as PNG, SVG or PDF."""
    from voordeur.export.ecogram_figure import (
        EcogramExportError,
        export_ecogram_file,
        format_for,
    )
    from voordeur.export.ecogram_titles import snapshot_title
    from voordeur.services.ecogram_queries import current_ecogram, snapshot_for_visit
    from voordeur.services.household_queries import HouseholdNotFound

    out = Path(args.out).expanduser()
    try:
        format_for(out)
    except EcogramExportError as exc:
        raise UsageError(str(exc)) from None
    with open_store(args) as store:
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
    echo(f"Wrote the ecogram of household {args.household} to {out}.")
    return EXIT_OK
