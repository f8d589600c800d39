"""What the team-server login reads and does in the background, apart from any widget: the store's
link to a team (`TeamLink`, `read_team_link`), the login itself, the server address as typed made
complete, and the Dutch text for a failed login."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from voordeur.gui.common.errors import describe_error
from voordeur.model import Team
from voordeur.sync import errors, state

if TYPE_CHECKING:
    from voordeur.store.store import Store


HTTPS = "https://"


def _t(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("TeamLogin", text, None, n)


# -- what the background reads and does ----------------------------------------------------
@dataclass(frozen=True)
class TeamLink:
    """Whether this store is linked to a team server, and to which account and team."""

    linked: bool
    server_url: str = ""
    username: str = ""
    team_name: str = ""
    revoked: bool = False


def read_team_link(store: Store) -> TeamLink:
    """Runs in the background: the sync state in store_meta and the team's name."""
    with store.session() as session:
        meta = state.read(session)
        team = session.get(Team, meta[state.TEAM]) if meta[state.TEAM] else None
    return TeamLink(linked=meta[state.LINKED] == "1", server_url=meta[state.SERVER_URL],
                    username=meta[state.USERNAME], team_name=team.name if team else "",
                    revoked=bool(meta[state.REVOKED]))


def default_login(*args: Any, **kwargs: Any) -> Any:
    from voordeur.sync.account import login  # httpx only when someone logs in

    return login(*args, **kwargs)


def server_address(text: str) -> str:
    """What the worker typed, as an address: https:// added when no scheme was typed, and a
    pasted address after the suggested "https://" taken as it is."""
    text = text.strip()
    for scheme in (HTTPS, "http://"):
        if text.startswith(HTTPS + scheme) and len(text) > len(HTTPS + scheme):
            text = text[len(HTTPS):]
    if text and "://" not in text:
        text = HTTPS + text
    return text


def team_names(message: str) -> list[str]:
    """The team names a "choose_team" refusal lists: "… several teams (A, B); …" or
    "… (its teams: A, B)". Empty when there are none (the worker types the name)."""
    found = re.search(r"\((?:its teams: )?(.*)\)", message)
    if not found:
        return []
    return [name.strip() for name in found.group(1).split(", ") if name.strip()]


def describe_login_error(exc: BaseException) -> str:
    """Plain Dutch for a failed login; the server's code added only where the worker needs
    the helpdesk (never an exception's text, which may quote a name)."""
    if isinstance(exc, errors.Unreachable):
        return _t("De teamserver is niet bereikbaar. Controleer het adres en de "
                  "internetverbinding en probeer het opnieuw. Je gegevens blijven gewoon op "
                  "deze laptop.")
    if isinstance(exc, errors.DeviceRevoked) or getattr(exc, "code", "") == "device_revoked":
        return _t("Deze laptop is afgemeld bij de teamserver en kan niet meer aanmelden. Vraag "
                  "je beheerder wat je moet doen.")
    if not isinstance(exc, errors.SyncRefused):
        return describe_error(exc)
    code = exc.code
    if code == "bad_credentials":
        return _t("De gebruikersnaam of het wachtwoord klopt niet.")
    if code == "throttled":
        seconds = max(1, math.ceil(exc.retry_after or 60))
        if seconds == 1:
            return _t("Te vaak een verkeerd wachtwoord. Probeer het over 1 seconde opnieuw.")
        return _t("Te vaak een verkeerd wachtwoord. Probeer het over %n seconden opnieuw.",
                  seconds)
    if code == "bad_url":
        return _t("Het adres van de teamserver moet beginnen met https://.")
    if code == "already_linked":
        return _t("De gegevens op deze laptop zijn al gekoppeld aan een andere teamserver of "
                  "een ander account. Eén laptop synchroniseert met één account; vraag je "
                  "beheerder om hulp.")
    if code == "device_unknown":
        return _t("Deze laptop is al aangemeld door een andere medewerker. Vraag je beheerder "
                  "om hulp.")
    if code == "no_team":
        return _t("Je account hoort nog bij geen enkel team. Vraag je beheerder om je aan je "
                  "team toe te voegen.")
    if code == "choose_team":
        return _t("Je account hoort bij meer dan één team. Kies het team waarmee deze laptop "
                  "synchroniseert en meld je opnieuw aan.")
    return _t("De teamserver weigerde de aanmelding. Vraag je beheerder om hulp.") + f" ({code})"
