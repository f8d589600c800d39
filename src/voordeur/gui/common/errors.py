"""Plain Dutch messages for what can go wrong, shown in the app (the CLI says it in English).

The message says what happened, that nothing saved before is lost, and what to do. Exception
texts are never shown verbatim when they might hold personal data; the English detail of a
domain rule (ServiceError) is safe and is added for the helpdesk.
"""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QCoreApplication

from voordeur.services.ecogram_queries import SnapshotDamaged
from voordeur.services.households import ServiceError
from voordeur.store import vault
from voordeur.store.device_secret import DeviceSecretError
from voordeur.store.disk import is_disk_full
from voordeur.store.engine import StoreCorrupt, StoreUnreadable
from voordeur.store.store import StoreError, StoreLocked


def _t(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("Errors", text, None, n)


def describe_error(exc: BaseException) -> str:
    """One or two sentences in the current language for the worker."""
    # First: a full disk can surface as any of the errors below (opening, the vault, a save),
    # and must never be called damage.
    if is_disk_full(exc):
        return _t("De schijf is vol. Wat al was opgeslagen blijft bewaard; maak ruimte vrij en "
                  "probeer het opnieuw.")
    if isinstance(exc, vault.WrongPassphrase):
        return _t("Die wachtwoordzin klopt niet.")
    if isinstance(exc, StoreLocked):
        seconds = max(1, round(exc.seconds))
        if seconds == 1:
            return _t("Te vaak een verkeerde wachtwoordzin. Probeer het over 1 seconde opnieuw.")
        return _t("Te vaak een verkeerde wachtwoordzin. Probeer het over %n seconden opnieuw.",
                  seconds)
    if isinstance(exc, vault.WeakPassphrase):
        return _t("Deze wachtwoordzin is te kort of te eenvoudig.")
    if isinstance(exc, DeviceSecretError):
        return _t("De sleutelhanger van het systeem gaf de sleutel van deze laptop niet vrij. "
                  "Ontgrendel de sleutelhanger (log opnieuw in) en probeer het nog eens.")
    if isinstance(exc, vault.VaultMissing):
        return _t("De sleutelkluis van deze gegevensmap ontbreekt. Zet hem terug uit een back-up; "
                  "er wordt geen nieuwe, lege opslag gemaakt.")
    if isinstance(exc, vault.VaultCorrupt | StoreCorrupt):
        return _t("De opslag of de sleutelkluis is beschadigd. Er is niets gewist; zet een "
                  "back-up terug of neem contact op met de helpdesk.")
    if isinstance(exc, StoreUnreadable):
        return _t("De opslag kon niet worden gelezen. Er is niets gewist; controleer de schijf "
                  "en probeer het opnieuw.")
    if isinstance(exc, StoreError):
        return _t("De opslag kon niet worden geopend. Er is niets gewist; neem contact op met de "
                  "helpdesk.")
    if isinstance(exc, SnapshotDamaged):
        return _t("Deze momentopname van het ecogram is beschadigd en kan niet worden getoond. "
                  "Er is niets gewist; verwijder de momentopname of maak een nieuwe.")
    if isinstance(exc, ServiceError):
        return _t("Dit kan zo niet worden opgeslagen.") + f" ({exc})"
    if isinstance(exc, sqlite3.Error) or type(exc).__module__.startswith("sqlcipher3"):
        return _t("Opslaan lukte niet door een probleem met de opslag. Wat al was opgeslagen "
                  "blijft bewaard; probeer het opnieuw.")
    return _t("Er ging iets mis. Wat al was opgeslagen blijft bewaard; probeer het opnieuw.")
