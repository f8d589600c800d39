"""`voordeur login` and `voordeur sync` on a full disk: named as such (exit 2, no traceback),
and after freeing space every change the laptop acknowledged reaches the team."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from laptops import Team
from sqlmodel import select
from test_cli_sync import LiveServer, live  # noqa: F401

from testsupport import PASSPHRASE
from testsupport_disk import SmallDisk, assert_disk_full, on_disk, small_disk  # noqa: F401
from testsupport_disk import run_cli as run
from testsupport_server import PASSWORD, fast_password_hashing, server_db_url  # noqa: F401
from voordeur.cli import EXIT_OK
from voordeur.model import Household
from voordeur.store.disk import DiskFull
from voordeur.store.store import Store
from voordeur.sync.account import login
from voordeur.sync.engine import SyncEngine
from voordeur.sync.status import sync_status


def households_the_team_has(server: LiveServer, folder: Path) -> int:
    """What a colleague's laptop receives from the team server."""
    other = Store.create(folder, PASSPHRASE, worker_name="Ben")
    try:
        with httpx.Client() as http:
            login(other, server.url, "ben", PASSWORD, http=http)
            engine = SyncEngine(other, http=http)
            try:
                engine.run_once()
            finally:
                engine.close()
        with other.session() as session:
            return len(session.exec(select(Household)).all())
    finally:
        other.close()


def test_login_and_sync_name_a_full_disk_and_lose_nothing(
    live: LiveServer, on_disk: SmallDisk,  # noqa: F811
    tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    assert run(capsys, "demo", "--households", "2", "--seed", "8")[0] == EXIT_OK
    on_disk.fill(0)
    assert_disk_full(run(capsys, "login", "--server", live.url, "--user", "anna"), on_disk)
    on_disk.free_up()
    code, out, err = run(capsys, "login", "--server", live.url, "--user", "anna")
    assert code == EXIT_OK and "Linked to" in out, err

    acknowledged = 2
    for leave in (0, 16 * 1024, 64 * 1024):
        on_disk.free_up()
        code, _, err = run(capsys, "demo", "--households", "1")
        assert code == EXIT_OK, err
        acknowledged += 1
        on_disk.fill(leave)
        result = run(capsys, "sync")
        if result[0] != EXIT_OK:
            assert_disk_full(result, on_disk)
        elif leave == 0:
            pytest.fail("sync worked at 0 bytes free")
    on_disk.free_up()
    code, out, err = run(capsys, "sync")
    assert code == EXIT_OK and ", conflicts 0" in out, err
    assert run(capsys, "log", "--verify")[0] == EXIT_OK
    assert households_the_team_has(live, tmp_path / "ben") == acknowledged


def test_a_round_stopped_by_a_full_disk_records_that_not_an_internal_error(
    team: Team, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What the status widget shows later as the last round's error names the full disk."""
    laptop = team.laptop("a")

    def full(*_args: object) -> None:
        raise DiskFull(laptop.store.data_dir)

    monkeypatch.setattr(laptop.engine, "_pull", full)
    with pytest.raises(DiskFull):
        laptop.sync()
    last_error = sync_status(laptop.store).last_error
    assert "the disk is full" in last_error and "internal" not in last_error
