"""A full disk in the app: the worker reads, in Dutch, that the disk is full and that nothing
saved before is lost; never that the store is damaged. The store lives on a small tmpfs."""

from __future__ import annotations

from pathlib import Path

import pytest
from gui_windows import make_screen, make_window, type_and_unlock, unlock
from pytestqt.qtbot import QtBot
from sqlmodel import select

from testsupport import PASSPHRASE
from testsupport_disk import SmallDisk, small_disk  # noqa: F401
from voordeur.gui.common.app_settings import AppSettings
from voordeur.model import Household
from voordeur.model.catalogues import AccessAction
from voordeur.services.households import create_household
from voordeur.services.unit_of_work import unit_of_work
from voordeur.store import access_log
from voordeur.store.store import Store

FULL = "De schijf is vol"


@pytest.fixture
def store_dir(small_disk: SmallDisk) -> Path:  # noqa: F811
    data_dir = small_disk.root / "store"
    with Store.create(data_dir, PASSPHRASE, worker_name="Test Medewerker") as store, \
            unit_of_work(store) as uow:
        create_household(uow, "Familie Vonk", neighbourhood="Zwolle-Zuid")
    return data_dir


def test_unlocking_at_zero_bytes_free_says_the_disk_is_full(
    qtbot: QtBot, settings: AppSettings, store_dir: Path, small_disk: SmallDisk,  # noqa: F811
) -> None:
    small_disk.fill(0)
    screen = make_screen(qtbot, settings, store_dir)
    type_and_unlock(qtbot, screen, PASSPHRASE)
    qtbot.waitUntil(lambda: screen.message != "", timeout=10_000)
    assert FULL in screen.message and "blijft bewaard" in screen.message
    assert "beschadigd" not in screen.message
    small_disk.free_up()
    with qtbot.waitSignal(screen.unlocked, timeout=10_000) as blocker:
        type_and_unlock(qtbot, screen, PASSPHRASE)
    store = blocker.args[0]
    try:
        with store.session() as session:
            assert access_log.verify(session).ok
    finally:
        store.close()
        screen.shutdown()


def test_a_background_save_on_a_full_disk_shows_it_in_the_status_bar(
    qtbot: QtBot, settings: AppSettings, store_dir: Path, small_disk: SmallDisk,  # noqa: F811
) -> None:
    window = make_window(qtbot, settings, store_dir)
    unlock(qtbot, window)
    ctx = window.ctx
    assert ctx is not None
    qtbot.waitUntil(lambda: ctx.runner.pending == 0, timeout=10_000)
    small_disk.fill(0)
    # A background write with no error callback of its own: the window shows what went wrong.
    ctx.runner.submit(lambda: ctx.store.log(AccessAction.SEARCH, detail="x" * 20_000))
    qtbot.waitUntil(lambda: FULL in window.statusBar().currentMessage(), timeout=10_000)
    assert "blijft bewaard" in window.statusBar().currentMessage()
    small_disk.free_up()
    window.shutdown()
    with Store.open(store_dir, PASSPHRASE) as store, store.session() as session:
        assert access_log.verify(session).ok
        assert len(session.exec(select(Household)).all()) == 1
