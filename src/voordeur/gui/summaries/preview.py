"""The preview of a visit summary or family plan, and the worker's texts around it.

The document itself is Dutch for its reader and is never translated; what the app says *about*
it (why a partner cannot have it, what was left out and why) is UI text and goes through Qt's
translation like every other string.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QLabel, QStackedWidget, QTextBrowser, QVBoxLayout, QWidget

from voordeur.domain.disclosure import ExportRefused, RefusalReason
from voordeur.export.summary_document import (
    FILE_SUFFIXES,
    Audience,
    DocumentKind,
    ExportFormat,
    Omission,
    OmissionKind,
    SummaryDocument,
)
from voordeur.gui.common.i18n import catalogue_label
from voordeur.gui.common.save_dialog import safe_file_name
from voordeur.gui.common.style import ERROR_COLOUR, MUTED_STYLE
from voordeur.model import Visit
from voordeur.model.catalogues import ConsentTopic
from voordeur.store.store import Store


def _t(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("SummaryExport", text, None, n)


def long_date(day: date) -> str:
    """'5 mei 2026' in the current language."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")


# -- why a partner cannot have it -----------------------------------------------------------------
def refusal_text(exc: ExportRefused) -> str:
    """What is missing, and where to fix it, from the fields of the refusal (never its English
    message)."""
    org = exc.organisation_name
    day = long_date(exc.day) if exc.day is not None else ""
    fix = _t("Leg eerst nieuwe toestemming vast (tab Toestemming).")
    match exc.reason:
        case RefusalReason.NO_CONSENT:
            return _t("Er is geen toestemming vastgelegd om met {org} te delen. Leg eerst de "
                      "toestemming van de ouders vast (tab Toestemming).").format(org=org)
        case RefusalReason.EXPIRED:
            text = (_t("De toestemming voor delen met {org} is verlopen op {day}.") if day else
                    _t("De toestemming voor delen met {org} is verlopen."))
            return f"{text.format(org=org, day=day)} {fix}"
        case RefusalReason.WITHDRAWN:
            text = (_t("De toestemming voor delen met {org} is ingetrokken op {day}.") if day
                    else _t("De toestemming voor delen met {org} is ingetrokken."))
            return f"{text.format(org=org, day=day)} {fix}"
        case RefusalReason.NOT_YET:
            return _t("De toestemming voor delen met {org} geldt pas vanaf {day}. Tot die dag "
                      "kun je niets met deze partner delen.").format(org=org, day=day)
        case RefusalReason.NOT_IN_NETWORK:
            return _t("{org} hoort niet (meer) bij het netwerk van dit gezin. Er kan niets mee "
                      "gedeeld worden.").format(org=org)
    return _t("De toestemming voor delen met {org} noemt niets wat gedeeld mag worden. Leg "
              "vast wat de ouders willen delen (tab Toestemming).").format(org=org)


# -- what was left out, and why -------------------------------------------------------------------
def omission_text(omission: Omission) -> str:
    match omission.kind:
        case OmissionKind.FREE_NOTES:
            return _t("De eigen notities van het bezoek: werkaantekeningen, alleen voor het "
                      "dossier.")
        case OmissionKind.THEMES:
            return _t("De thema's: die zijn voor het dossier en het wijkoverzicht.")
        case OmissionKind.REVISIONS:
            return _t("Eerdere versies van het verslag: alleen in het dossier.")
        case OmissionKind.CONSENTS:
            return _t("Het overzicht van toestemmingen: alleen in het dossier.")
        case OmissionKind.CONTACT_DETAILS:
            return _t("Adres, telefoon en e-mail: alleen in het dossier.")
        case OmissionKind.TOPIC:
            topic = (catalogue_label(ConsentTopic(omission.detail))
                     if omission.detail in ConsentTopic._value2member_map_ else omission.detail)
            return _t("{topic}: de toestemming voor deze partner geldt daar niet voor.").format(
                topic=topic)
        case OmissionKind.NAMES:
            return _t("Deze mensen staan erin met hun rol, niet met hun naam, omdat de "
                      "toestemming hun naam niet noemt: {people}.").format(
                people=omission.detail)
        case OmissionKind.EARLIER_GOALS:
            return _t("Bereikte en gestopte doelen: alleen in het dossier.")
        case OmissionKind.DONE_AGREEMENTS:
            return _t("Afgeronde en vervallen afspraken: alleen in het dossier.")
    return omission.detail or str(omission.kind)


def audience_hint(audience: Audience) -> str:
    return {
        Audience.FAMILY: _t("In eenvoudige taal, voor het gezin zelf."),
        Audience.PARTNER: _t("Alleen wat de toestemming toestaat; wie de toestemming niet "
                             "noemt, staat erin met de rol, niet met de naam."),
        Audience.FILE: _t("Alles, ook notities, thema's en toestemmingen: alleen voor het "
                          "dossier."),
    }[audience]


# -- the file name ---------------------------------------------------------------------------------
# How a visit kind reads after "Verslag" in a file name (the others: the label in lower case).
_KIND_WORDS = {"Telefonisch": "telefoongesprek", "Op straat / plein": "gesprek op straat"}
_READERS = {Audience.FAMILY: "voor het gezin", Audience.FILE: "voor het dossier"}


def default_file_name(document: SummaryDocument, day: date, fmt: ExportFormat,
                      organisation_name: str = "") -> str:
    """'Verslag huisbezoek 2026-12-07 (voor het gezin).pdf', 'Gezinsplan 2026-12-07.pdf': what,
    which day and for whom. No family's name: a file name travels where the document's
    protection does not (recent-file lists, backups, the subject of a mail), so the name is
    inside the document only. The file is a Dutch document, so its name is Dutch in every UI
    language."""
    if document.kind == DocumentKind.VISIT_SUMMARY:
        label = document.subtitle.split(" op ", 1)[0]  # "Huisbezoek op dinsdag 3 maart …"
        what = f"Verslag {_KIND_WORDS.get(label, label.lower())}"
    else:
        what = "Gezinsplan"
    stem = f"{what} {day.isoformat()}"
    if document.kind == DocumentKind.VISIT_SUMMARY or document.audience != Audience.FAMILY:
        reader = _READERS.get(document.audience) or f"voor {organisation_name or 'een partner'}"
        stem += f" ({reader})"
    return safe_file_name(stem, FILE_SUFFIXES[fmt])


def figure_urls(build: int, indexes: Iterable[int]) -> dict[int, str]:
    """Fresh names for every build, so the preview never shows a figure of an older one."""
    return {index: f"figuur-{build}-{index}.png" for index in indexes}


# -- the work done in the background -------------------------------------------------------------
@dataclass(frozen=True)
class Choice:
    """One entry of the audience list."""

    audience: Audience
    organisation_id: str | None = None
    organisation_name: str = ""


@dataclass(frozen=True)
class Built:
    build: int
    document: SummaryDocument
    html: str
    figures: dict[int, bytes]
    urls: dict[int, str]
    day: date  # the visit's day (visit summary) or today (plan), for the file name


def build_document(store: Store, household_id: str, visit_id: str | None, choice: Choice,
                   build: int, figure_width: int) -> Built:
    """Runs on the runner's thread: the document, its figures and the preview's HTML."""
    from voordeur.export.summary_figures import figure_pngs
    from voordeur.export.summary_html import to_html
    from voordeur.services import summary_content

    if visit_id is not None:
        # A void visit's summary for anyone but the case file raises VisitIsVoid here.
        document = summary_content.visit_summary(
            store, visit_id, choice.audience, organisation_id=choice.organisation_id)
        with store.session() as session:
            visit = session.get(Visit, visit_id)
            day = visit.starts_at.astimezone().date() if visit is not None else document.made_on
    else:
        document = summary_content.family_plan(store, household_id, choice.audience,
                                               organisation_id=choice.organisation_id)
        day = document.made_on
    figures = figure_pngs(document)
    urls = figure_urls(build, figures)
    return Built(build, document, to_html(document, urls, figure_width=figure_width), figures,
                 urls, day)


def load_partner_choices(store: Store, household_id: str) -> list[Any]:
    from voordeur.services.summary_content import partner_choices

    return list(partner_choices(store, household_id))


def export(store: Store, document: SummaryDocument, fmt: ExportFormat, path: Path,
           figures: dict[int, bytes] | None = None) -> None:
    from voordeur.services.summary_export import export_document

    export_document(store, document, fmt, path, figures=figures)


# -- the preview -----------------------------------------------------------------------------------
class SummaryPreview(QStackedWidget):
    """The document as HTML with its figures, or one message in its place (making it, a refusal,
    an error)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("summaryPreview")
        self.browser.setOpenLinks(False)
        self.browser.setAccessibleName(_t("Voorbeeld van het document"))
        self.message_box = QWidget(self)
        self.message = QLabel(self.message_box)
        self.message.setObjectName("previewMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        box = QVBoxLayout(self.message_box)
        box.addWidget(self.message)
        box.addStretch(1)
        self.addWidget(self.browser)
        self.addWidget(self.message_box)

    @property
    def showing_document(self) -> bool:
        return self.currentWidget() is self.browser

    def show_document(self, html: str, pngs: dict[int, bytes], urls: dict[int, str]) -> None:
        """Figures first (as resources of the document, under the names the HTML uses), then
        the text that refers to them."""
        document = self.browser.document()
        document.clear()  # drops the previous figures too
        for index, data in pngs.items():
            image = QImage.fromData(data, "PNG")
            if index in urls and not image.isNull():
                document.addResource(QTextDocument.ResourceType.ImageResource,
                                     QUrl(urls[index]), image)
        self.browser.setHtml(html)
        self.setCurrentWidget(self.browser)

    def show_busy(self, text: str) -> None:
        self._show(text, MUTED_STYLE)

    def show_refusal(self, text: str) -> None:
        self._show(text, "QLabel { background: #fff1c2; color: #3d2d00; border: 1px solid "
                         "#8a6d00; border-radius: 4px; padding: 10px; font-weight: bold; }")

    def show_error(self, text: str) -> None:
        self._show(text, f"QLabel {{ color: {ERROR_COLOUR}; padding: 10px; }}")

    def _show(self, text: str, style: str) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(style)
        self.setCurrentWidget(self.message_box)
