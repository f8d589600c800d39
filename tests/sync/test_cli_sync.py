"""`voordeur login`, `voordeur sync` and `voordeur conflicts` against a real HTTP server."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
import uvicorn
from sqlmodel import select

from testsupport import PASSPHRASE
from testsupport_server import PASSWORD
from voordeur import clock
from voordeur.cli import EXIT_OK, EXIT_REFUSED, EXIT_UNREACHABLE, EXIT_USAGE, main
from voordeur.model import Visit
from voordeur.server import admin
from voordeur.server.app import create_app
from voordeur.services import visits as vs
from voordeur.services.unit_of_work import unit_of_work
from voordeur.store.store import Store
from voordeur.sync.account import login
from voordeur.sync.engine import SyncEngine

NOTE = "Eerste alinea.\n\nTweede alinea.\n"


class LiveServer:
    """The team server on a loopback port, in a thread (uvicorn), stoppable mid-test."""

    def __init__(self, db_url: str) -> None:
        self.db_url = db_url
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        # The server has a clock of its own: a test that sets the laptop's clock
        # (`voordeur.clock.use`) must not move the server's, which shares this process.
        app = create_app(self.db_url, clock=lambda: datetime.now(UTC))
        config = uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning",
                                lifespan="on")
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, daemon=True)
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._server.started:
            assert time.monotonic() < deadline, "the server did not start"
            time.sleep(0.02)

    def stop(self) -> None:
        if self._server is not None and self._thread is not None:
            self._server.should_exit = True
            self._thread.join(10)
            self._server = self._thread = None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def live(server_db_url: str, fast_password_hashing: None) -> Iterator[LiveServer]:
    admin.add_team(server_db_url, "Team Noord")
    admin.add_worker(server_db_url, "anna", "Team Noord", PASSWORD, name="Anna")
    admin.add_worker(server_db_url, "ben", "Team Noord", PASSWORD, name="Ben")
    server = LiveServer(server_db_url)
    server.start()
    yield server
    server.stop()


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    data_dir = tmp_path / "store"
    monkeypatch.setenv("VOORDEUR_DATA_DIR", str(data_dir))
    monkeypatch.setenv("VOORDEUR_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("VOORDEUR_PASSWORD", PASSWORD)
    return data_dir


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_login_sync_conflicts_and_a_server_that_went_away(
        live: LiveServer, env: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "demo", "--households", "2", "--seed", "21")[0] == EXIT_OK
    code, out, err = run(capsys, "login", "--server", live.url, "--user", "anna")
    assert code == EXIT_OK, err
    assert "Linked to" in out and "team Team Noord" in out and "changes are queued" in out
    code, out, err = run(capsys, "sync")
    assert code == EXIT_OK, err
    assert out.startswith("pushed ") and ", conflicts 0" in out
    code, out, _ = run(capsys, "conflicts")
    assert code == EXIT_OK and "No open note conflicts." in out

    # A second laptop (Ben's) and A rewrite the same sentence of one visit.
    with Store.open(env, PASSPHRASE) as store, unit_of_work(store) as uow:
        visit = uow.session.exec(select(Visit)).first()
        vs.edit_visit(uow, visit, notes=NOTE)
        visit_id = visit.id
    assert run(capsys, "sync")[0] == EXIT_OK
    other = Store.create(tmp_path / "ben", PASSPHRASE, worker_name="Ben")
    with httpx.Client() as http:
        login(other, live.url, "ben", PASSWORD, http=http)
        engine = SyncEngine(other, http=http)
        engine.run_once()
        with unit_of_work(other) as uow:
            vs.edit_visit(uow, uow.get(Visit, visit_id), notes="Eerste alinea van Ben.\n\n"
                          "Tweede alinea.\n")
        engine.run_once()
    other.close()
    with Store.open(env, PASSPHRASE) as store, unit_of_work(store) as uow:
        vs.edit_visit(uow, uow.get(Visit, visit_id), notes="Eerste alinea van Anna.\n\n"
                      "Tweede alinea.\n")
    code, out, _ = run(capsys, "sync")
    assert code == EXIT_OK and "conflicts 1" in out and "voordeur conflicts" in out
    code, out, _ = run(capsys, "conflicts")
    assert code == EXIT_OK and "1 open conflict." in out and "field notes" in out
    assert "Eerste alinea van Anna." in out and "Eerste alinea van Ben." in out
    conflict_id = out.split()[0]
    assert run(capsys, "conflicts", "--resolve", conflict_id)[0] == EXIT_USAGE
    merged = tmp_path / "merged.txt"
    merged.write_text("Eerste alinea van Anna en Ben.\n\nTweede alinea.\n", encoding="utf-8")
    code, out, _ = run(capsys, "conflicts", "--resolve", conflict_id, "--text-file", str(merged))
    assert code == EXIT_OK and "resolved" in out
    assert run(capsys, "conflicts", "--resolve", conflict_id, "--keep", "mine")[0] == EXIT_REFUSED
    assert run(capsys, "sync")[0] == EXIT_OK
    with Store.open(env, PASSPHRASE) as store, store.session() as session:
        assert session.get(Visit, visit_id).notes.startswith("Eerste alinea van Anna en Ben.")

    # The server goes away: exit 3, and the changes wait.
    live.stop()
    with Store.open(env, PASSPHRASE) as store, unit_of_work(store) as uow:
        vs.edit_visit(uow, uow.get(Visit, visit_id), location="Offline")
    code, _, err = run(capsys, "sync")
    assert code == EXIT_UNREACHABLE
    assert "nothing lost: 1 change stay queued" in err and "Traceback" not in err
    live.start()
    code, out, _ = run(capsys, "sync")
    assert code == EXIT_OK and out.startswith("pushed 1,")


def test_wrong_password_and_revoked_laptop_with_wipe(
        live: LiveServer, env: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    assert run(capsys, "init", "--worker", "Anna")[0] == EXIT_OK
    assert run(capsys, "sync")[0] == EXIT_REFUSED  # not linked yet
    monkeypatch.setenv("VOORDEUR_PASSWORD", "not the password")
    code, _, err = run(capsys, "login", "--server", live.url, "--user", "anna")
    assert code == EXIT_REFUSED and "Traceback" not in err
    monkeypatch.setenv("VOORDEUR_PASSWORD", PASSWORD)
    assert run(capsys, "login", "--server", live.url, "--user", "anna")[0] == EXIT_OK
    assert run(capsys, "sync")[0] == EXIT_OK
    [device] = admin.list_devices(live.db_url)
    admin.revoke_device(live.db_url, device.id, wipe=True)
    code, _, err = run(capsys, "sync")
    assert code == EXIT_REFUSED and "revoked" in err and "was removed" in err
    assert not (env / "voordeur.db").exists() and not (env / "vault.json").exists()


def test_sync_tells_a_worker_whose_clock_is_hours_behind(
        live: LiveServer, env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    behind = timedelta(hours=2)
    with clock.use(lambda: datetime.now(UTC) - behind):
        assert run(capsys, "demo", "--households", "1", "--seed", "21")[0] == EXIT_OK
        assert run(capsys, "login", "--server", live.url, "--user", "anna")[0] == EXIT_OK
        code, out, err = run(capsys, "sync")
    assert code == EXIT_OK and out.startswith("pushed ")
    assert "this laptop's clock is 2 hours behind the team server's" in err
    code, _, err = run(capsys, "sync")  # right again: nothing to say
    assert code == EXIT_OK and "clock" not in err
