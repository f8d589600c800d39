"""Login, throttling, token rotation and revocation."""

from __future__ import annotations

import logging

import pytest
from sqlalchemy import delete, func, select

from testsupport_server import PASSWORD, Server, bearer
from voordeur.model.ids import new_id
from voordeur.server import admin
from voordeur.server.schema import audit, membership


def _login(server: Server, username: str, password: str, device_id: str | None = None):
    return server.client.post("/v1/login", json={
        "username": username, "password": password, "device_id": device_id or new_id()})


def _refresh(server: Server, token: str, device_id: str):
    return server.client.post("/v1/token", json={"refresh_token": token, "device_id": device_id})


def _audit_actions(server: Server) -> list[tuple[str, str]]:
    db = server.client.app.state.db  # type: ignore[attr-defined]
    with db.read() as conn:
        return [(r.action, r.outcome) for r in conn.execute(select(audit).order_by(audit.c.id))]


def test_login_registers_the_device_and_answers_tokens(server: Server) -> None:
    device_id = new_id()
    response = server.client.post("/v1/login", json={
        "username": " Anna ", "password": PASSWORD, "device_id": device_id,
        "device_name": "laptop 1"})
    assert response.status_code == 200
    body = response.json()
    assert body["worker"] == {"id": server.workers["anna"], "name": "Anna", "username": "anna"}
    assert body["teams"] == [{"id": server.team_a, "name": "Team A"}]
    assert body["device_id"] == device_id and body["expires_in"] == 900
    devices = admin.list_devices(server.url)
    assert [(d.id, d.worker_id, d.name, d.status) for d in devices] == [
        (device_id, server.workers["anna"], "laptop 1", "active")]
    # Logging in again from the same laptop re-uses the device.
    assert _login(server, "anna", PASSWORD, device_id).status_code == 200
    assert len(admin.list_devices(server.url)) == 1


def test_bad_login_is_refused_and_logged_without_names(
        server: Server, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="voordeur.server")
    for username, password in (("anna", "wrong password"), ("nobody", PASSWORD)):
        response = _login(server, username, password)
        assert response.status_code == 401
        assert response.json() == {"detail": {
            "code": "bad_credentials", "message": "user name or password is wrong",
            "wipe": False}}
    assert _audit_actions(server) == [("login", "bad_credentials")] * 2
    assert "anna" not in caplog.text and "nobody" not in caplog.text
    assert server.workers["anna"] in caplog.text  # ids only


def test_failed_logins_wait_longer_and_longer(server: Server) -> None:
    for _ in range(4):  # three free failures, the 4th starts the delay
        assert _login(server, "anna", "wrong password").status_code == 401
    delays = []
    for _ in range(10):
        response = _login(server, "anna", PASSWORD)  # even the right password must wait
        assert response.status_code == 429
        assert response.json()["detail"]["code"] == "throttled"
        delay = int(response.headers["Retry-After"])
        delays.append(delay)
        server.clock.advance(delay - 0.5)
        assert _login(server, "anna", "wrong password").status_code == 429
        server.clock.advance(0.5)
        assert _login(server, "anna", "wrong password").status_code == 401
    assert delays == [1, 2, 4, 8, 16, 32, 64, 128, 256, 300]
    # Another user name is not affected; a success clears the delay.
    assert _login(server, "ben", PASSWORD).status_code == 200
    server.clock.advance(300)
    assert _login(server, "anna", PASSWORD).status_code == 200
    assert _login(server, "anna", "wrong password").status_code == 401
    assert _login(server, "anna", PASSWORD).status_code == 200
    assert ("login", "throttled") in _audit_actions(server)


def test_at_most_100_failures_an_hour(server: Server) -> None:
    # Successes in between clear the delay, but not the hourly count.
    for i in range(100):
        assert _login(server, "anna", "wrong password").status_code == 401, i
        if i % 3 == 2:
            assert _login(server, "anna", PASSWORD).status_code == 200
        server.clock.advance(10)
    response = _login(server, "anna", PASSWORD)
    assert response.status_code == 429
    assert int(response.headers["Retry-After"]) == 3600 - 1000
    server.clock.advance(3600 - 1000)
    assert _login(server, "anna", PASSWORD).status_code == 200


def test_refresh_rotates_tokens(server: Server) -> None:
    session = server.login("anna")
    first = session.refresh
    response = _refresh(server, first, session.device_id)
    assert response.status_code == 200
    second = response.json()["refresh_token"]
    assert second != first and response.json()["expires_in"] == 900
    response = _refresh(server, second, session.device_id)
    assert response.status_code == 200
    assert server.client.get("/v1/pull", headers=bearer(response.json()["access_token"])
                             ).status_code == 200
    # Another device cannot use the token.
    assert _refresh(server, response.json()["refresh_token"], new_id()).status_code == 401
    assert _refresh(server, "not a token", session.device_id).json()["detail"]["code"] == \
        "refresh_invalid"


def test_a_lost_answer_is_forgiven_once_the_successor_is_unused(server: Server) -> None:
    session = server.login("anna")
    lost = _refresh(server, session.refresh, session.device_id).json()["refresh_token"]
    server.clock.advance(600)  # beyond the grace window: not a doubled or late request
    retry = _refresh(server, session.refresh, session.device_id)  # the answer never arrived
    assert retry.status_code == 200
    current = retry.json()["refresh_token"]
    assert _refresh(server, lost, session.device_id).status_code == 401  # replaced by the retry
    # ... and presenting a replaced token means a copy: every token of the device is revoked.
    assert _refresh(server, current, session.device_id).status_code == 401


def test_reuse_of_a_spent_token_revokes_the_device_tokens(server: Server) -> None:
    session = server.login("anna")
    second = _refresh(server, session.refresh, session.device_id).json()["refresh_token"]
    third = _refresh(server, second, session.device_id).json()["refresh_token"]  # second used
    server.clock.advance(600)  # beyond the grace window for doubled and late requests
    reuse = _refresh(server, session.refresh, session.device_id)
    assert reuse.status_code == 401
    assert reuse.json()["detail"]["code"] == "refresh_invalid"
    assert _refresh(server, third, session.device_id).status_code == 401
    assert ("refresh", "token_reuse") in _audit_actions(server)
    # Logging in again with the password works.
    assert _login(server, "anna", PASSWORD, session.device_id).status_code == 200


def test_expired_access_token_is_401(server: Server) -> None:
    session = server.login("anna")
    server.clock.advance(899)
    assert server.client.get("/v1/pull", headers=session.headers).status_code == 200
    server.clock.advance(2)
    response = server.client.get("/v1/pull", headers=session.headers)
    assert response.status_code == 401
    assert response.json()["detail"]["code"] == "token_invalid"
    pair = _refresh(server, session.refresh, session.device_id).json()
    assert server.client.get("/v1/pull", headers=bearer(pair["access_token"])).status_code == 200
    for headers in ({}, bearer("garbage"), {"Authorization": "Basic abc"}):
        response = server.client.get("/v1/pull", headers=headers)
        assert response.status_code == 401
        assert response.json()["detail"]["code"] == "token_invalid"


@pytest.mark.parametrize("wipe", [False, True])
def test_revoked_device_is_told_so(server: Server, wipe: bool) -> None:
    session = server.login("anna")
    other = server.login("anna")  # the worker's second laptop keeps working
    admin.revoke_device(server.url, session.device_id, wipe=wipe)
    expected = {"code": "device_revoked", "wipe": wipe}
    for response in (
        server.client.get("/v1/pull", headers=session.headers),
        server.client.post("/v1/push", json={"changes": []}, headers=session.headers),
        _refresh(server, session.refresh, session.device_id),
        _login(server, "anna", PASSWORD, session.device_id),
    ):
        assert response.status_code == 403
        assert {k: response.json()["detail"][k] for k in expected} == expected
    assert server.client.get("/v1/pull", headers=other.headers).status_code == 200
    assert [d.status for d in admin.list_devices(server.url) if d.id == session.device_id] == [
        "revoked (wipe)" if wipe else "revoked"]
    assert ("request", "device_revoked") in _audit_actions(server)


def test_a_device_belongs_to_one_worker(server: Server) -> None:
    session = server.login("anna")
    response = _login(server, "ben", PASSWORD, session.device_id)
    assert response.status_code == 403
    assert response.json()["detail"]["code"] == "device_unknown"


def test_worker_without_team_is_refused(server: Server) -> None:
    session = server.login("ben")
    db = server.client.app.state.db  # type: ignore[attr-defined]
    with db.write() as conn:
        conn.execute(delete(membership).where(membership.c.worker_id == session.worker_id))
    response = server.client.get("/v1/pull", headers=session.headers)
    assert response.status_code == 403
    assert response.json()["detail"]["code"] == "no_team"


def test_bad_requests_answer_the_error_envelope(server: Server) -> None:
    session = server.login("anna")
    secret_note = "Marker-7f3a de kinderen slapen slecht"
    response = server.client.post("/v1/push", headers=session.headers, json={"changes": [
        {"change_id": "short", "table": "visit", "notes": secret_note}]})
    assert response.status_code == 422
    detail = response.json()["detail"]
    assert detail["code"] == "bad_request" and detail["wipe"] is False
    assert "change_id" in detail["message"] and "Marker-7f3a" not in detail["message"]
    response = server.client.get("/v1/pull", params={"limit": 1001}, headers=session.headers)
    assert response.status_code == 422 and response.json()["detail"]["code"] == "bad_request"


def test_health_and_openapi(server: Server) -> None:
    assert server.client.get("/v1/health").json() == {"status": "ok", "api": 1,
                                                     "version": "0.1.0"}
    spec = server.client.get("/v1/openapi.json").json()
    assert {"/v1/login", "/v1/token", "/v1/push", "/v1/pull", "/v1/health"} <= set(spec["paths"])
    assert server.client.get("/v1/docs").status_code == 200


def test_audit_rows_hold_ids_only(server: Server) -> None:
    _login(server, "anna", "wrong password")
    db = server.client.app.state.db  # type: ignore[attr-defined]
    with db.read() as conn:
        assert conn.scalar(select(func.count()).select_from(audit)) == 1
        row = conn.execute(select(audit)).one()
    assert row.worker_id == server.workers["anna"] and "anna" not in row.detail
