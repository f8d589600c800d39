"""Linking a store to a team server (`voordeur login`) and removing a revoked laptop's store.

Login registers this laptop (the store's device id) for the worker, then, in ONE local
transaction that bypasses the outbox:
- the local worker id becomes the server's id of the worker everywhere (every worker reference of
  the synced tables and store_meta), and households and organisations without a server team
  join the chosen team; the local-only team and worker rows go;
- the sync state is saved (server, username, refresh token, cursor 0, linked);
- every record of the store is queued as a "create" (tombstones as create + delete), parents
  first, so the first sync hands the server everything this laptop did offline.

Logging in again on a linked store with the same account only renews the tokens; a store linked
to another account or server is refused (one store syncs with one account).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

import httpx
from sqlalchemy import delete, or_, select, update
from sqlmodel import Session, col

from voordeur.model import (
    ENTITY_TYPES,
    HOUSEHOLD_PARENTS,
    SYNCED_TYPES,
    Agreement,
    Household,
    Organisation,
    StoreMeta,
    Team,
    Worker,
    utcnow,
)
from voordeur.model.catalogues import AccessAction, AgreementOwnerKind
from voordeur.store import access_log
from voordeur.store.store import META_TEAM, META_WORKER, Actor, Store
from voordeur.sync import state
from voordeur.sync.client import SyncClient, normalise_url
from voordeur.sync.errors import SyncRefused
from voordeur.sync.outbox import seed_rows
from voordeur.sync.protocol import SERVER_OWNED_TABLES, LoginRequest, LoginResponse, TeamInfo


@dataclass(frozen=True)
class LoginResult:
    server_url: str
    username: str
    worker_id: str
    worker_name: str
    team_id: str
    team_name: str
    queued: int  # changes queued for the first push (0 when only the tokens were renewed)
    renewed: bool  # the store was already linked to this account: only the tokens changed


def login(
    store: Store,
    server_url: str,
    username: str,
    password: str,
    *,
    team_name: str | None = None,
    http: httpx.Client | None = None,
    device_name: str = "",
) -> LoginResult:
    """Log in and link the store. Raises Unreachable, SyncRefused (bad_credentials, throttled,
    device_unknown, no_team, choose_team, already_linked, bad_url) or DeviceRevoked."""
    try:
        url = normalise_url(server_url)
    except ValueError as exc:
        raise SyncRefused(str(exc), "bad_url") from None
    with store.session() as session:
        meta = state.read(session)
    linked = meta[state.LINKED] == "1"
    if linked and (meta[state.SERVER_URL] != url or meta[state.USERNAME] != username):
        raise SyncRefused(
            f"this store is already linked to {meta[state.SERVER_URL]} as "
            f"{meta[state.USERNAME]}; a store syncs with one account on one server",
            "already_linked",
        )
    client = SyncClient(url, http)
    try:
        answer = client.login(LoginRequest(username=username, password=password,
                                           device_id=store.actor.device_id,
                                           device_name=device_name[:200]))
    finally:
        client.close()
    # The sync clock runs on the server's time from the first stamp on (sync/hlc.py).
    offset = {state.CLOCK_OFFSET: str(client.server_offset_ms or 0)}
    if linked:
        if answer.worker.id != meta[state.WORKER]:
            raise SyncRefused("this store is linked to another worker's account; it was not "
                              "changed", "already_linked")
        with store.session() as session:
            state.write(session, {state.REFRESH_TOKEN: answer.refresh_token, state.REVOKED: "",
                                  **offset})
            session.commit()
        team = next((t for t in answer.teams if t.id == meta[state.TEAM]), None)
        return LoginResult(url, username, answer.worker.id, answer.worker.name,
                           meta[state.TEAM], team.name if team else "", 0, True)
    team = _choose_team(answer.teams, team_name)
    with store.session() as session:
        state.write(session, offset)
        queued = _link(session, store, url, username, answer, team)
        session.commit()
    store.actor = Actor(worker_id=answer.worker.id, device_id=store.actor.device_id)
    store.sync_linked = True
    return LoginResult(url, username, answer.worker.id, answer.worker.name, team.id, team.name,
                       queued, False)


def _choose_team(teams: list[TeamInfo], wanted: str | None) -> TeamInfo:
    if not teams:
        raise SyncRefused("this account is in no team on the server; ask the administrator",
                          "no_team")
    names = ", ".join(sorted(t.name for t in teams))
    if wanted:
        for team in teams:
            if team.name.casefold() == wanted.strip().casefold():
                return team
        raise SyncRefused(f"this account is not in a team named {wanted!r} (its teams: {names})",
                          "choose_team")
    if len(teams) > 1:
        raise SyncRefused(f"this account is in several teams ({names}); choose one with --team",
                          "choose_team")
    return teams[0]


def _link(session: Session, store: Store, url: str, username: str, answer: LoginResponse,
          team: TeamInfo) -> int:
    old_worker = store.actor.worker_id
    new_worker = answer.worker.id
    server_teams = {t.id for t in answer.teams}
    now = utcnow()
    local = session.get(Worker, old_worker)
    if session.get(Team, team.id) is None:
        session.add(Team(id=team.id, name=team.name, created_at=now, updated_at=now))
    if session.get(Worker, new_worker) is None:
        session.add(Worker(id=new_worker, name=answer.worker.name, team_id=team.id,
                           neighbourhood=local.neighbourhood if local else "",
                           organisation=local.organisation if local else "",
                           phone=local.phone if local else "", email=local.email if local else "",
                           created_at=now, updated_at=now))
    session.flush()
    if old_worker != new_worker:
        _remap_worker(session, old_worker, new_worker)
        session.execute(delete(Worker).where(col(Worker.id) == old_worker))
    for cls in (Household, Organisation, Worker):
        team_col = col(cls.team_id)  # type: ignore[attr-defined]
        session.execute(update(cls).where(or_(team_col.is_(None), team_col.not_in(server_teams)))
                        .values(team_id=team.id))
    session.execute(delete(Team).where(col(Team.id).not_in(server_teams)))
    for key, value in {META_WORKER: new_worker, META_TEAM: team.id}.items():
        row = session.get(StoreMeta, key) or StoreMeta(key=key)
        row.value = value
        session.add(row)
    state.write(session, {
        state.SERVER_URL: url, state.USERNAME: username, state.WORKER: new_worker,
        state.TEAM: team.id, state.CURSOR: "0", state.REFRESH_TOKEN: answer.refresh_token,
        state.LINKED: "1", state.REVOKED: "", state.LAST_ERROR: "",
    })
    session.flush()
    queued = seed_rows(session, store.actor.device_id, _records_to_push(session))
    access_log.append(session, worker_id=new_worker, device_id=store.actor.device_id,
                      action=AccessAction.CHANGE,
                      detail=f"linked to a team server: {queued} changes queued")
    return queued


def _remap_worker(session: Session, old: str, new: str) -> None:
    """Every reference to the local worker id now points at the server's id."""
    for cls in SYNCED_TYPES:
        table = cls.__table__  # type: ignore[attr-defined]
        for column in table.columns:
            if column.name.endswith("worker_id"):
                session.execute(update(table).where(column == old).values({column.name: new}))
    session.execute(
        update(Agreement)
        .where(col(Agreement.owner_kind) == AgreementOwnerKind.WORKER,
               col(Agreement.owner_id) == old)
        .values(owner_id=new)
    )


def _records_to_push(session: Session) -> Iterator[tuple[str, Mapping[str, Any], str | None]]:
    """(table, column values, household id) of every record of the pushable tables, parents
    first (ENTITY_TYPES order)."""
    via: dict[str, tuple[str, dict[str, str]]] = {}  # table → (parent field, parent → household)
    for child, (field_name, parent) in HOUSEHOLD_PARENTS.items():
        rows = session.execute(select(parent.id, parent.household_id))  # type: ignore[attr-defined]
        via[str(child.__tablename__)] = (field_name, {i: h for i, h in rows})
    for cls in ENTITY_TYPES:
        name = str(cls.__tablename__)
        if name in SERVER_OWNED_TABLES:
            continue
        table = cls.__table__  # type: ignore[attr-defined]
        for row in session.execute(select(table).order_by(table.c.id)):
            values = row._mapping
            if name == "household":
                household = values["id"]
            elif name in via:
                field_name, households = via[name]
                household = households.get(values[field_name])
            else:
                household = values.get("household_id")
            yield name, values, household


def wipe_store(store: Store) -> None:
    """Close the store and remove its files and keyring secret (a revoked laptop with "wipe")."""
    store.destroy()
