"""A visit summary or family plan as plain data, ready for every format.

`services.summary_content` decides what goes in for which audience (consent, names or roles);
the writers (`summary_pdf`, `summary_docx`, `summary_markdown`, `summary_html`) only lay out what
they are given. So a writer can never leak what the content step left out.

All text here is final Dutch text for the reader of the document (the family, a partner or the
case file); nothing in it is translated by the app.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from voordeur.domain.ecogram import Ecogram


class Audience(StrEnum):
    FAMILY = "family"
    PARTNER = "partner"
    FILE = "file"


class DocumentKind(StrEnum):
    VISIT_SUMMARY = "visit_summary"
    FAMILY_PLAN = "family_plan"


class ExportFormat(StrEnum):
    PDF = "pdf"
    DOCX = "docx"
    MARKDOWN = "md"


FILE_SUFFIXES: dict[ExportFormat, str] = {
    ExportFormat.PDF: ".pdf",
    ExportFormat.DOCX: ".docx",
    ExportFormat.MARKDOWN: ".md",
}

CONFIDENTIAL = "Vertrouwelijk"


# -- blocks: what a section is made of ------------------------------------------------------------
@dataclass(frozen=True)
class Paragraph:
    """Plain text (no markup). Line breaks inside are kept as line breaks."""

    text: str


@dataclass(frozen=True)
class BulletList:
    items: tuple[str, ...]


@dataclass(frozen=True)
class Facts:
    """Label–value pairs ("Datum" – "dinsdag 3 maart 2026"), laid out as a two-column table
    without a header row."""

    pairs: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Table:
    """A table with a header row. `widths` are relative column widths (same length as
    `header`), or empty for equal columns."""

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...] = ()


@dataclass(frozen=True)
class EcogramFigure:
    """The ecogram with its legend, drawn by `export.ecogram_figure.render_ecogram` with the
    given `roles` flag. The content step has already removed every name the reader may not
    see from `ecogram` (labels, title, contact names)."""

    ecogram: Ecogram
    roles: bool = False
    caption: str = ""


@dataclass(frozen=True)
class ScoreSeries:
    """One goal's scaling scores (0-10), oldest first. `label` is short ("Doel 1")."""

    label: str
    points: tuple[tuple[date, int], ...]


@dataclass(frozen=True)
class ScoreChart:
    """The goal-score chart: one line per goal, 0-10 on the y axis, dates on the x axis."""

    series: tuple[ScoreSeries, ...]
    caption: str = ""
    axis_label: str = "Score"  # the y axis: "Cijfer" in a family's document


Block = Paragraph | BulletList | Facts | Table | EcogramFigure | ScoreChart


@dataclass(frozen=True)
class Section:
    """A heading (level 1 or 2) and what follows it."""

    heading: str
    blocks: tuple[Block, ...]
    level: int = 1


# -- what was left out, for the worker (never part of the document) -------------------------------
class OmissionKind(StrEnum):
    FREE_NOTES = "free_notes"  # the visit's own notes: case file only
    THEMES = "themes"  # case file only
    REVISIONS = "revisions"  # earlier versions of a final visit: case file only
    CONSENTS = "consents"  # the consent register: case file only
    CONTACT_DETAILS = "contact_details"  # address, phone, e-mail: case file only
    TOPIC = "topic"  # detail: a ConsentTopic value the partner's consent does not cover
    NAMES = "names"  # detail: "Truus (oma), Sem (zoon)": shown by role, not by name
    EARLIER_GOALS = "earlier_goals"  # achieved or stopped goals: case file only
    DONE_AGREEMENTS = "done_agreements"  # done or cancelled agreements: case file only


@dataclass(frozen=True)
class Omission:
    kind: OmissionKind
    detail: str = ""


# -- the document ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class SummaryDocument:
    kind: DocumentKind
    audience: Audience
    title: str  # "Verslag van het bezoek", "Ons gezinsplan" (never a name)
    household_name: str  # page header; for a partner without a name the consent allows: "Gezin"
    subtitle: str  # "Huisbezoek op dinsdag 3 maart 2026 om 10:00"
    recipient: str  # "Voor het gezin", "Voor: Basisschool De Regenboog", "Voor het dossier"
    made_on: date  # the day the document was made: "Gemaakt op …" under the title
    made_by: str  # the worker's name ('' when unknown)
    sections: tuple[Section, ...]
    household_id: str
    visit_id: str | None = None
    organisation_id: str | None = None  # the partner, for Audience.PARTNER
    left_out: tuple[Omission, ...] = field(default=())
    # The day the document records, at the top of every page: a visit summary's visit day (it
    # stays the same however often it is exported). None: a document of its day (the plan).
    dated: date | None = None

    @property
    def figures(self) -> tuple[EcogramFigure | ScoreChart, ...]:
        return tuple(block for section in self.sections for block in section.blocks
                     if isinstance(block, EcogramFigure | ScoreChart))


def made_on_text(doc: SummaryDocument) -> str:
    """The one line in which two exports of the same document differ."""
    return f"Gemaakt op {dutch_date(doc.made_on)}"


def page_date(doc: SummaryDocument) -> str:
    """The date at the top of every page: the day the document records, or, for a document of
    its day, the day it was made, labelled as such (never a bare export day above a visit)."""
    return dutch_date(doc.dated) if doc.dated is not None else made_on_text(doc)


def dutch_date(day: date, *, weekday: bool = False) -> str:
    """'3 maart 2026' or 'dinsdag 3 maart 2026' (independent of the machine's locale)."""
    text = f"{day.day} {MONTHS[day.month - 1]} {day.year}"
    return f"{WEEKDAYS[day.weekday()]} {text}" if weekday else text


MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
          "september", "oktober", "november", "december")
WEEKDAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
