"""Doubled and late refresh requests (issue 18): the laptop stays signed in, a copy is still caught.

A proxy may deliver `POST /v1/token` twice (the laptop keeps one of the two answers), or deliver
it late, after the laptop timed out and its retry already succeeded. Neither may revoke the token
the laptop holds. A refresh token used from elsewhere must still revoke every token of the device.
The server's clock is the test's FakeClock: "within the grace window" is 30 s, "beyond" 10 min.
"""

from __future__ import annotations

import pytest
from sqlalchemy import select

from testsupport_server import Server, bearer
from voordeur.server.schema import audit, refresh_token

WITHIN = 30  # seconds: a doubled or late request arrives within this
BEYOND = 600  # seconds: far beyond any network delay
ACCESS_TTL = 900


def _refresh(server: Server, token: str, device_id: str):
    return server.client.post("/v1/token", json={"refresh_token": token, "device_id": device_id})


def _exchange(server: Server, token: str, device_id: str) -> str:
    """One refresh that must succeed, and a request with its access token; the new refresh token."""
    response = _refresh(server, token, device_id)
    assert response.status_code == 200, response.text
    pair = response.json()
    assert server.client.get("/v1/pull", headers=bearer(pair["access_token"])).status_code == 200
    return str(pair["refresh_token"])


def _keeps_working(server: Server, token: str, device_id: str, rounds: int = 4) -> str:
    """Later syncs, each after the access token expired: every refresh must succeed."""
    for _ in range(rounds):
        server.clock.advance(ACCESS_TTL + 1)
        token = _exchange(server, token, device_id)
    return token


def _outcomes(server: Server) -> list[str]:
    db = server.client.app.state.db  # type: ignore[attr-defined]
    with db.read() as conn:
        return [r.outcome for r in conn.execute(select(audit).where(audit.c.action == "refresh"))]


def _live_tokens(server: Server, device_id: str) -> int:
    db = server.client.app.state.db  # type: ignore[attr-defined]
    with db.read() as conn:
        return len(conn.execute(select(refresh_token.c.id).where(
            refresh_token.c.device_id == device_id, refresh_token.c.revoked_at.is_(None),
            refresh_token.c.spent_at.is_(None))).all())


def _assert_all_revoked(server: Server, device_id: str, *tokens: str) -> None:
    for token in tokens:
        response = _refresh(server, token, device_id)
        assert response.status_code == 401
        assert response.json()["detail"]["code"] == "refresh_invalid"
    assert "token_reuse" in _outcomes(server)
    assert _live_tokens(server, device_id) == 0


# -- a doubled or late request never logs the laptop out ------------------------------------------
@pytest.mark.parametrize("kept", [0, 1], ids=["keeps-first-answer", "keeps-second-answer"])
def test_doubled_request_keeps_the_laptop_signed_in(server: Server, kept: int) -> None:
    session = server.login("anna")
    server.clock.advance(ACCESS_TTL + 1)
    answers = [_exchange(server, session.refresh, session.device_id) for _ in range(2)]
    _keeps_working(server, answers[kept], session.device_id)
    assert "token_reuse" not in _outcomes(server)


def test_eighteen_doubled_requests_in_a_row(server: Server) -> None:
    session = server.login("anna")
    token = session.refresh
    for round_ in range(18):  # as in the attack: every refresh doubled, either answer kept
        server.clock.advance(ACCESS_TTL + 1)
        first = _exchange(server, token, session.device_id)
        server.clock.advance(round_ % 5)  # the copy arrives 0-4 s later
        second = _exchange(server, token, session.device_id)
        token = (first, second)[round_ % 2]
    _keeps_working(server, token, session.device_id)
    assert "token_reuse" not in _outcomes(server)


def test_late_request_after_the_retry_succeeded(server: Server) -> None:
    """The first request hangs in the network, the laptop times out and retries; the retry is
    answered, then the first request arrives."""
    session = server.login("anna")
    server.clock.advance(ACCESS_TTL + 1)
    retried = _exchange(server, session.refresh, session.device_id)
    server.clock.advance(WITHIN)
    assert _refresh(server, session.refresh, session.device_id).status_code == 200  # nobody hears
    _keeps_working(server, retried, session.device_id)
    assert "token_reuse" not in _outcomes(server)


def test_late_request_after_the_laptop_already_used_its_new_token(server: Server) -> None:
    """Quick syncs in a row (every CLI sync refreshes): the late copy of the first refresh
    arrives after the laptop already exchanged its successor, twice."""
    session = server.login("anna")
    retried = _exchange(server, session.refresh, session.device_id)
    server.clock.advance(5)
    current = _exchange(server, retried, session.device_id)
    server.clock.advance(5)
    current = _exchange(server, current, session.device_id)
    server.clock.advance(WITHIN)
    late = _refresh(server, session.refresh, session.device_id)
    assert late.status_code == 401  # nothing is handed out for it ...
    _keeps_working(server, current, session.device_id)  # ... and nothing is revoked
    assert "token_reuse" not in _outcomes(server)


def test_lost_answers_are_forgiven_while_no_successor_was_used(server: Server) -> None:
    """Answers lost for a long time (a car in a dead zone): the laptop still holds its old token."""
    session = server.login("anna")
    for _ in range(5):
        server.clock.advance(BEYOND)
        assert _refresh(server, session.refresh, session.device_id).status_code == 200  # lost
    server.clock.advance(BEYOND)
    current = _exchange(server, session.refresh, session.device_id)
    _keeps_working(server, current, session.device_id)
    assert "token_reuse" not in _outcomes(server)


def test_a_doubled_request_of_a_lost_answers_retry(server: Server) -> None:
    session = server.login("anna")
    _exchange(server, session.refresh, session.device_id)  # the answer was lost
    server.clock.advance(BEYOND)
    retry = [_exchange(server, session.refresh, session.device_id) for _ in range(2)]  # doubled
    _keeps_working(server, retry[0], session.device_id)
    assert "token_reuse" not in _outcomes(server)


def test_repeats_are_bounded(server: Server) -> None:
    session = server.login("anna")
    answers = [_refresh(server, session.refresh, session.device_id) for _ in range(40)]
    issued = [a.json()["refresh_token"] for a in answers if a.status_code == 200]
    assert 2 <= len(issued) <= 10
    assert all(a.json()["detail"]["code"] == "refresh_invalid" for a in answers
               if a.status_code != 200)
    assert _live_tokens(server, session.device_id) == len(issued)
    _keeps_working(server, issued[0], session.device_id)


# -- a copy is still caught ---------------------------------------------------------------------
def test_stolen_token_used_beyond_the_grace_window_revokes(server: Server) -> None:
    """The laptop refreshed but has not used its new token yet; a copy of the old one shows up
    later. The server cannot tell it from a lost answer, so it answers, and the laptop's next
    refresh finds its token replaced: every token of the device is revoked."""
    session = server.login("anna")
    laptop = _exchange(server, session.refresh, session.device_id)
    server.clock.advance(BEYOND)
    thief = _exchange(server, session.refresh, session.device_id)
    server.clock.advance(ACCESS_TTL)
    _assert_all_revoked(server, session.device_id, laptop, thief)


def test_stolen_token_used_after_the_laptop_used_its_successor(server: Server) -> None:
    session = server.login("anna")
    current = _exchange(server, session.refresh, session.device_id)
    current = _keeps_working(server, current, session.device_id, rounds=1)
    server.clock.advance(BEYOND)
    _assert_all_revoked(server, session.device_id, session.refresh, current)


def test_repeat_beyond_the_grace_window_of_a_used_successor_revokes(server: Server) -> None:
    """A repeated request that arrives long after the chain moved on can only be a copy."""
    session = server.login("anna")
    successor = _exchange(server, session.refresh, session.device_id)
    server.clock.advance(WITHIN)
    current = _exchange(server, successor, session.device_id)
    server.clock.advance(BEYOND)
    _assert_all_revoked(server, session.device_id, session.refresh, current)


@pytest.mark.parametrize("thief_first", [True, False])
def test_a_copy_used_within_the_grace_window_is_caught_at_the_second_use(
        server: Server, thief_first: bool) -> None:
    """Within the window a copy gets an answer like a doubled request does; the two answers are
    siblings, and whichever is used second shows the copy."""
    session = server.login("anna")
    laptop = _exchange(server, session.refresh, session.device_id)
    server.clock.advance(WITHIN)
    thief = _exchange(server, session.refresh, session.device_id)
    first, second = (thief, laptop) if thief_first else (laptop, thief)
    server.clock.advance(ACCESS_TTL)
    newest = _exchange(server, first, session.device_id)
    server.clock.advance(ACCESS_TTL)
    _assert_all_revoked(server, session.device_id, second, newest)


def test_a_spent_token_of_a_login_replaced_session_stays_refused(server: Server) -> None:
    session = server.login("anna")
    again = server.login("anna", session.device_id)  # a new login replaces the earlier tokens
    assert _refresh(server, session.refresh, session.device_id).status_code == 401
    _keeps_working(server, again.refresh, session.device_id, rounds=2)
