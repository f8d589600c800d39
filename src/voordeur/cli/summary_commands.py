"""`voordeur summary` and `voordeur plan`: a visit summary or the family plan as PDF, DOCX or
Markdown, for the family, the case file or a partner (only with valid consent).

Exit codes as for every command: 0 done, 1 usage, 2 refused (no valid consent, unknown visit or
household). The file is written only where --out says, in one step; the export is logged.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from voordeur.cli.common import EXIT_OK, Refused, UsageError, echo, open_store

AUDIENCE_HELP = ("family (plain language), file (the complete case file) or partner:ORG_ID "
                 "(only what the parents' valid consent covers for that organisation)")

OMISSION_ENGLISH = {
    "free_notes": "the worker's own visit notes (case file only)",
    "themes": "the themes (case file only)",
    "revisions": "earlier versions of the visit's texts (case file only)",
    "consents": "the consent register (case file only)",
    "contact_details": "address and contact details (case file only)",
    "earlier_goals": "achieved and stopped goals (case file only)",
    "done_agreements": "done and cancelled agreements (case file only)",
}


def add_summary_commands(sub: Any) -> None:
    p = sub.add_parser("summary", help="a visit summary as PDF, DOCX or Markdown for the family, "
                       "the case file or a partner")
    p.add_argument("visit", metavar="VISIT_ID")
    _document_options(p)
    p.set_defaults(func=cmd_summary)

    p = sub.add_parser("plan", help="the family plan (goals, scores, agreements, network "
                       "support) as PDF, DOCX or Markdown")
    p.add_argument("household", metavar="HOUSEHOLD_ID")
    _document_options(p)
    p.set_defaults(func=cmd_plan)


def _document_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--for", dest="audience", required=True, metavar="AUDIENCE",
                   help=AUDIENCE_HELP)
    p.add_argument("--format", dest="fmt", choices=("pdf", "docx", "md"),
                   help="default: from the --out file's suffix")
    p.add_argument("--out", required=True, metavar="FILE")


def parse_audience(value: str) -> tuple[Any, str | None]:
    from voordeur.export.summary_document import Audience

    kind, _, organisation = value.partition(":")
    if kind in ("family", "file") and not organisation:
        return Audience(kind), None
    if kind == "partner" and organisation.strip():
        return Audience.PARTNER, organisation.strip()
    raise UsageError(f"--for {value!r}: use family, file or partner:ORG_ID")


def _format(args: argparse.Namespace, out: Path) -> Any:
    from voordeur.export.summary_document import ExportFormat
    from voordeur.services.summary_export import SummaryExportError, format_for

    if args.fmt:
        fmt = ExportFormat(args.fmt)
        try:
            implied = format_for(out)
        except SummaryExportError:
            return fmt  # any other suffix is the worker's choice
        if implied != fmt:
            raise UsageError(f"--format {fmt.value} does not match the file {out.name!r}")
        return fmt
    try:
        return format_for(out)
    except SummaryExportError as exc:
        raise UsageError(f"{exc}, or give --format") from None


def cmd_summary(args: argparse.Namespace) -> int:
    from voordeur.services.summary_content import visit_summary
    from voordeur.services.visit_queries import VisitNotFound

    return _export(args, lambda store, audience, org: visit_summary(
        store, args.visit, audience, organisation_id=org),
        VisitNotFound, f"no visit with id {args.visit}")


def cmd_plan(args: argparse.Namespace) -> int:
    from voordeur.services.household_queries import HouseholdNotFound
    from voordeur.services.summary_content import family_plan

    return _export(args, lambda store, audience, org: family_plan(
        store, args.household, audience, organisation_id=org),
        HouseholdNotFound, f"no household with id {args.household}")


def _export(args: argparse.Namespace, build: Any, not_found: type[Exception],
            not_found_text: str) -> int:
    from voordeur.domain.disclosure import ExportRefused
    from voordeur.export.summary_document import DocumentKind
    from voordeur.services.summary_content import VisitIsVoid
    from voordeur.services.summary_export import export_document, log_refused_export

    audience, organisation = parse_audience(args.audience)
    out = Path(args.out).expanduser()
    fmt = _format(args, out)
    with open_store(args) as store:
        try:
            doc = build(store, audience, organisation)
        except not_found:
            raise Refused(not_found_text) from None
        except ExportRefused as exc:
            visit = getattr(args, "visit", None)
            log_refused_export(
                store, DocumentKind.VISIT_SUMMARY if visit else DocumentKind.FAMILY_PLAN, exc,
                fmt=fmt, household_id=getattr(args, "household", None), visit_id=visit,
                organisation_id=organisation)
            raise Refused(str(exc)) from None
        except VisitIsVoid as exc:
            raise Refused(str(exc)) from None
        export_document(store, doc, fmt, out)
    echo(f"Wrote the {_what(doc)} for {_whom(args.audience)} to {out} ({fmt.value}).")
    for line in _left_out(doc):
        echo(f"  left out: {line}")
    return EXIT_OK


def _what(doc: Any) -> str:
    from voordeur.export.summary_document import DocumentKind

    return "visit summary" if doc.kind == DocumentKind.VISIT_SUMMARY else "family plan"


def _whom(audience: str) -> str:
    if audience == "family":
        return "the family"
    if audience == "file":
        return "the case file"
    return f"partner {audience.partition(':')[2]}"


def _left_out(doc: Any) -> list[str]:
    """What the document does not hold, in English (names only as a count)."""
    lines = []
    for omission in doc.left_out:
        if omission.kind == "topic":
            lines.append(f"{omission.detail.replace('_', ' ')} (not covered by the consent)")
        elif omission.kind == "names":
            count = len(omission.detail.split("), "))
            lines.append(f"the names of {count} people outside the consent (shown by role)")
        else:
            lines.append(OMISSION_ENGLISH.get(omission.kind, omission.kind))
    return lines
