"""Translations and Dutch-first formatting for the GUI.

Source strings in the code are Dutch (the app's default language); English comes from
`resources/translations/voordeur_en.qm`, built from the `.ts` source by `scripts/translations.py`.
Qt's own `qtbase_<lang>.qm` is loaded too, so Qt's buttons and dialogs speak the same language.
Labels of the domain's vocabularies (catalogues) are translated in the context "Catalogue".
"""

from __future__ import annotations

import logging
from datetime import date, datetime
from enum import Enum

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLibraryInfo, QLocale, QTranslator

from voordeur import clock
from voordeur.model import catalogues
from voordeur.paths import translations_dir

log = logging.getLogger(__name__)

CATALOGUE_CONTEXT = "Catalogue"
_LOCALES = {"nl": QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands),
            "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)}
_installed: list[QTranslator] = []
_language = "nl"


def install_translations(language: str) -> bool:
    """Switch the application's language; returns False when the app's own English
    translation is missing (the UI then stays Dutch, Qt's dialogs still follow)."""
    global _language
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("create the QApplication first")
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    ok = True
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_translator = QTranslator(app)
    if qt_translator.load(f"qtbase_{language}", qt_dir) or qt_translator.load(
        f"qtbase_{language}", str(translations_dir())
    ):
        app.installTranslator(qt_translator)
        _installed.append(qt_translator)
    if language != "nl":
        ours = QTranslator(app)
        if ours.load(f"voordeur_{language}", str(translations_dir())):
            app.installTranslator(ours)
            _installed.append(ours)
        else:
            log.warning("translation voordeur_%s.qm not found in %s", language, translations_dir())
            ok = False
    _language = language
    QLocale.setDefault(_LOCALES.get(language, _LOCALES["nl"]))
    return ok


def current_language() -> str:
    return _language


# -- catalogue labels -------------------------------------------------------------------------
_LABELS: dict[type[Enum], dict] = {
    catalogues.LifeDomain: catalogues.LIFE_DOMAIN_LABELS,
    catalogues.OrganisationKind: catalogues.ORGANISATION_KIND_LABELS,
    catalogues.SupportType: catalogues.SUPPORT_TYPE_LABELS,
    catalogues.VisitKind: catalogues.VISIT_KIND_LABELS,
    catalogues.ConsentTopic: catalogues.CONSENT_TOPIC_LABELS,
    catalogues.Theme: catalogues.THEME_LABELS,
    catalogues.TieStrength: catalogues.TIE_STRENGTH_LABELS,
    catalogues.TieQuality: catalogues.TIE_QUALITY_LABELS,
    catalogues.SupportDirection: catalogues.SUPPORT_DIRECTION_LABELS,
    catalogues.PartnerStatus: catalogues.PARTNER_STATUS_LABELS,
    catalogues.ChildType: catalogues.CHILD_TYPE_LABELS,
}


def closeness_label(closeness: int) -> str:
    dutch = catalogues.CLOSENESS_LABELS.get(closeness, str(closeness))
    return QCoreApplication.translate(CATALOGUE_CONTEXT, dutch)


def catalogue_label(value: Enum) -> str:
    """The Dutch label of a vocabulary value, translated to the current language."""
    labels = _LABELS.get(type(value))
    dutch = labels.get(value) if labels else None
    if dutch is None:
        dutch = EXTRA_LABELS.get((type(value).__name__, str(value.value)), str(value.value))
    return QCoreApplication.translate(CATALOGUE_CONTEXT, dutch)


# Vocabularies without a label table in the model: their Dutch labels live here.
EXTRA_LABELS: dict[tuple[str, str], str] = {
    ("HouseholdStatus", "active"): "actief",
    ("HouseholdStatus", "closed"): "afgesloten",
    ("VisitStatus", "draft"): "concept",
    ("VisitStatus", "final"): "definitief",
    ("VisitStatus", "void"): "vervallen",
    ("GoalStatus", "active"): "actief",
    ("GoalStatus", "achieved"): "bereikt",
    ("GoalStatus", "stopped"): "gestopt",
    ("AgreementStatus", "open"): "open",
    ("AgreementStatus", "done"): "gedaan",
    ("AgreementStatus", "cancelled"): "vervallen",
    ("Gender", "female"): "vrouw",
    ("Gender", "male"): "man",
    ("Gender", "other"): "anders",
    ("Gender", "unknown"): "onbekend",
    ("AgreementOwnerKind", "member"): "gezinslid",
    ("AgreementOwnerKind", "network"): "netwerk",
    ("AgreementOwnerKind", "organisation"): "partner",
    ("AgreementOwnerKind", "worker"): "medewerker",
}


def all_catalogue_labels() -> list[str]:
    """Every Dutch catalogue label, for the translation source (`scripts/translations.py`)."""
    labels = [label for table in _LABELS.values() for label in table.values()]
    labels += list(EXTRA_LABELS.values()) + list(catalogues.CLOSENESS_LABELS.values())
    return list(dict.fromkeys(labels))


# -- dates and times --------------------------------------------------------------------------
def locale() -> QLocale:
    return QLocale()


def format_date(value: date | None, *, long: bool = False) -> str:
    """'22-11-2026' (short) or 'zondag 22 november 2026' (long), in the current language."""
    if value is None:
        return ""
    qdate = QDate(value.year, value.month, value.day)
    if long:
        return QLocale().toString(qdate, "dddd d MMMM yyyy")
    return QLocale().toString(qdate, "d MMM yyyy")


def format_day_month(value: date) -> str:
    """'3 maart' (this year) or '3 maart 2025' (another year), in the current language."""
    qdate = QDate(value.year, value.month, value.day)
    pattern = "d MMMM" if value.year == clock.today().year else "d MMMM yyyy"
    return QLocale().toString(qdate, pattern)


def format_datetime(value: datetime | None, *, with_day: bool = False) -> str:
    """A stored (UTC) moment in local time: 'zo 22 nov 2026 14:05'."""
    if value is None:
        return ""
    local = value.astimezone()
    qdt = QDateTime(QDate(local.year, local.month, local.day),
                    QDateTime.fromString(local.strftime("%H:%M"), "HH:mm").time())
    pattern = "ddd d MMM yyyy HH:mm" if with_day else "d MMM yyyy HH:mm"
    return QLocale().toString(qdt, pattern)


def format_time(value: datetime | None) -> str:
    if value is None:
        return ""
    return value.astimezone().strftime("%H:%M")
