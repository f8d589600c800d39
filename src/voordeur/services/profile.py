"""The worker's profile: name, organisation, team, wijk, phone and e-mail.

The wizard asks for the name (team and wijk may wait); the profile changes all of them later, in
Instellingen and with `voordeur profile`. Documents end with who to contact and how
(`contact_line`). In a store linked to a team server the team is the server's: it cannot be
renamed here, and the worker's own record is the server's too, so the profile's other fields stay
on this laptop (sync's pull leaves them alone).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError

from voordeur.model import StoreMeta, Team, Worker
from voordeur.services.households import ServiceError
from voordeur.services.unit_of_work import UnitOfWork
from voordeur.store.store import META_SYNC_LINKED, META_TEAM, Store

PROFILE_FIELDS = ("name", "organisation", "team", "neighbourhood", "phone", "email")
_WORKER_FIELDS = ("name", "organisation", "neighbourhood", "phone", "email")



@dataclass(frozen=True)
class Profile:
    worker_id: str
    name: str
    organisation: str = ""
    team: str = ""
    neighbourhood: str = ""
    phone: str = ""
    email: str = ""
    linked: bool = False  # linked to a team server: the team is the server's


def read_profile(store: Store) -> Profile:
    with store.session() as session:
        return profile_of(session, store.actor.worker_id)


def profile_of(session: Any, worker_id: str) -> Profile:
    worker = session.get(Worker, worker_id)
    if worker is None:
        raise ServiceError("this store has no worker of its own")
    team = session.get(Team, worker.team_id) if worker.team_id else None
    linked = session.get(StoreMeta, META_SYNC_LINKED)
    return Profile(worker_id=worker.id, name=worker.name, organisation=worker.organisation,
                   team=team.name if team and team.deleted_at is None else "",
                   neighbourhood=worker.neighbourhood, phone=worker.phone, email=worker.email,
                   linked=bool(linked and linked.value == "1"))


def save_profile(uow: UnitOfWork, **fields: str) -> Profile:
    """Change some of the profile's fields (`PROFILE_FIELDS`); returns the profile as saved."""
    unknown = set(fields) - set(PROFILE_FIELDS)
    if unknown:
        raise ServiceError(f"not part of the profile: {', '.join(sorted(unknown))}")
    values = {k: str(v).strip() for k, v in fields.items()}
    if "name" in values and not values["name"]:
        raise ServiceError("the profile needs a name")
    worker = uow.session.get(Worker, uow.actor.worker_id)
    if worker is None:
        raise ServiceError("this store has no worker of its own")
    current = profile_of(uow.session, worker.id)
    try:
        if "team" in values and values["team"] != current.team:
            _set_team(uow, worker, values["team"], current)
        uow.update(worker, **{k: v for k, v in values.items() if k in _WORKER_FIELDS})
    except ValidationError as exc:
        field = str(exc.errors()[0]["loc"][0]) if exc.errors() else "a field"
        raise ServiceError(f"{field}: {exc.errors()[0]['msg']}") from None
    uow.session.flush()
    return profile_of(uow.session, worker.id)


def _set_team(uow: UnitOfWork, worker: Worker, name: str, current: Profile) -> None:
    if current.linked:
        raise ServiceError("the team is set by the team server; ask its administrator")
    team = uow.session.get(Team, worker.team_id) if worker.team_id else None
    if not name:  # no team: new households have none either
        uow.update(worker, team_id=None)
        _write_meta(uow, META_TEAM, "")
    elif team is not None and team.deleted_at is None:
        uow.update(team, name=name)
    else:
        team = uow.add(Team(name=name))
        uow.update(worker, team_id=team.id)
        _write_meta(uow, META_TEAM, team.id)


def _write_meta(uow: UnitOfWork, key: str, value: str) -> None:
    row = uow.session.get(StoreMeta, key) or StoreMeta(key=key)
    row.value = value
    uow.session.add(row)


def contact_line(profile: Profile | None, *, family: bool) -> str:
    """The closing line of family and partner documents: who to contact and how ("Vragen? Bel of
    app Noor Verbeek, Gro-up, 06-12345678."); the family reads "jullie". The phone and e-mail
    only when filled in; empty when the profile has no name."""
    if profile is None or not profile.name:
        return ""
    ask = "Hebben jullie een vraag?" if family else "Vragen?"
    who = ", ".join(p for p in (profile.name, profile.organisation) if p)
    if profile.phone:
        mail = f" of mail naar {profile.email}" if profile.email else ""
        return f"{ask} Bel of app {who}, {profile.phone}{mail}."
    if profile.email:
        return f"{ask} Mail {who}, {profile.email}."
    return f"{ask} Neem contact op met {who}."
