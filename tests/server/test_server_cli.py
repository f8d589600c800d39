"""`voordeur-server`: administration in-process through main(argv), and `serve` as a process."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from testsupport_server import PASSWORD, login
from voordeur.server import admin
from voordeur.server.app import create_app
from voordeur.server.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_add_team_and_workers(server_db_url: str, capsys: pytest.CaptureFixture[str],
                              monkeypatch: pytest.MonkeyPatch) -> None:
    db = ("--db", server_db_url)
    code, out, _ = run(capsys, *db, "add-team", "Wijkteam Zuid")
    assert code == 0 and out.startswith("Team 'Wijkteam Zuid' created (id ")
    assert run(capsys, *db, "add-team", "Wijkteam Zuid")[0] == 2

    monkeypatch.setenv("VOORDEUR_SERVER_PASSWORD", PASSWORD)
    code, out, _ = run(capsys, *db, "add-worker", "Anna", "--team", "Wijkteam Zuid",
                       "--name", "Anna de Vries")
    assert code == 0 and "'anna' added to team 'Wijkteam Zuid'" in out
    code, _, err = run(capsys, *db, "add-worker", "anna", "--team", "Wijkteam Zuid")
    assert (code, err.strip()) == (2, "voordeur-server: error: the user name 'anna' is taken")
    code, _, err = run(capsys, *db, "add-worker", "ben", "--team", "Noord")
    assert code == 2 and "no team named 'Noord'" in err
    monkeypatch.setenv("VOORDEUR_SERVER_PASSWORD", "short")
    code, _, err = run(capsys, *db, "add-worker", "ben", "--team", "Wijkteam Zuid")
    assert code == 2 and "at least 10 characters" in err
    monkeypatch.delenv("VOORDEUR_SERVER_PASSWORD")
    code, _, err = run(capsys, *db, "add-worker", "ben", "--team", "Wijkteam Zuid")
    assert code == 1 and "VOORDEUR_SERVER_PASSWORD" in err  # no terminal to ask in

    with TestClient(create_app(server_db_url)) as client:
        answer = login(client, "anna")
    assert answer["worker"]["name"] == "Anna de Vries"
    assert [t["name"] for t in answer["teams"]] == ["Wijkteam Zuid"]


def test_devices_and_revoke(server_db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    db = ("--db", server_db_url)
    assert run(capsys, *db, "devices")[1] == "No devices registered yet.\n"
    admin.add_team(server_db_url, "T")
    admin.add_worker(server_db_url, "anna", "T", PASSWORD)
    with TestClient(create_app(server_db_url)) as client:
        device_id = login(client, "anna", device_name="Laptop Anna")["device_id"]
        code, out, _ = run(capsys, *db, "devices")
        header, row = out.splitlines()
        assert header.split() == ["ID", "WORKER", "NAME", "REGISTERED", "LAST", "SEEN", "STATUS"]
        assert row.startswith(device_id) and "anna" in row and "Laptop Anna" in row
        assert row.endswith("active")

        code, out, _ = run(capsys, *db, "revoke-device", device_id, "--wipe")
        assert code == 0 and "revoked" in out
        assert run(capsys, *db, "devices")[1].splitlines()[1].endswith("revoked (wipe)")
        response = client.post("/v1/login", json={"username": "anna", "password": PASSWORD,
                                                  "device_id": device_id})
        assert response.status_code == 403 and response.json()["detail"]["wipe"] is True
    code, _, err = run(capsys, *db, "revoke-device", "no-such-device")
    assert code == 2 and "no device with id" in err


def test_usage_and_unusable_databases(capsys: pytest.CaptureFixture[str],
                                      tmp_path: Path) -> None:
    assert run(capsys, "frobnicate")[0] == 1
    assert run(capsys, "add-worker", "anna")[0] == 1  # --team missing
    code, _, err = run(capsys, "--db", f"sqlite:///{tmp_path}", "serve", "--tls-cert", "c.pem")
    assert code == 1 and "both --tls-cert and --tls-key" in err
    code, _, err = run(capsys, "--db", "postgresql+psycopg://u:secret@127.0.0.1:1/x", "devices")
    assert code == 2 and err.startswith("voordeur-server: error: cannot use the database")
    assert "secret" not in err and "Traceback" not in err
    code, _, err = run(capsys, "--db", "nosuchdb://x", "devices")
    assert code == 2 and "not a usable database URL" in err


def test_data_dir_holds_the_default_database(tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str],
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("VOORDEUR_SERVER_DB", raising=False)
    monkeypatch.setenv("VOORDEUR_SERVER_DATA_DIR", str(tmp_path / "env-dir"))
    assert run(capsys, "add-team", "T")[0] == 0
    assert (tmp_path / "env-dir" / "server.db").is_file()
    assert run(capsys, "--data-dir", str(tmp_path / "flag-dir"), "add-team", "T")[0] == 0
    assert (tmp_path / "flag-dir" / "server.db").is_file()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.mark.slow
def test_serve_answers_health(server_db_url: str, tmp_path: Path) -> None:
    port = _free_port()
    env = {**os.environ, "VOORDEUR_SERVER_DB": server_db_url}
    log = (tmp_path / "serve.log").open("w")
    process = subprocess.Popen(
        [sys.executable, "-m", "voordeur.server", "serve", "--port", str(port)],
        env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                response = httpx.get(f"http://127.0.0.1:{port}/v1/health", timeout=1)
                break
            except httpx.TransportError:
                assert process.poll() is None, (tmp_path / "serve.log").read_text()
                assert time.monotonic() < deadline, "server did not start"
                time.sleep(0.1)
        assert response.json()["status"] == "ok"
    finally:
        process.terminate()
        process.wait(timeout=10)
        log.close()
