"""The background runner: results on the GUI thread, order kept, stale results dropped."""

from __future__ import annotations

import threading

import pytest
from pytestqt.qtbot import QtBot

from voordeur.gui.common.runner import BackgroundRunner


@pytest.fixture
def runner() -> BackgroundRunner:
    r = BackgroundRunner()
    yield r
    r.close()


def test_result_arrives_on_the_gui_thread(qtbot: QtBot, runner: BackgroundRunner) -> None:
    gui_thread = threading.get_ident()
    seen: dict[str, int] = {}

    def work() -> int:
        seen["worker"] = threading.get_ident()
        return 42

    got: list[int] = []

    def done(value: int) -> None:
        seen["callback"] = threading.get_ident()
        got.append(value)

    runner.submit(work, done)
    qtbot.waitUntil(lambda: got == [42])
    assert seen["worker"] != gui_thread
    assert seen["callback"] == gui_thread


def test_tasks_run_in_the_order_submitted(qtbot: QtBot, runner: BackgroundRunner) -> None:
    order: list[int] = []
    for i in range(50):
        runner.submit(lambda i=i: order.append(i))
    assert runner.wait_idle()
    assert order == list(range(50))


def test_errors_go_to_the_error_callback(qtbot: QtBot, runner: BackgroundRunner) -> None:
    errors: list[BaseException] = []

    def fail() -> None:
        raise ValueError("boom")

    runner.submit(fail, lambda _v: None, errors.append)
    qtbot.waitUntil(lambda: len(errors) == 1)
    assert isinstance(errors[0], ValueError)


def test_a_newer_task_with_the_same_key_drops_the_older_result(
    qtbot: QtBot, runner: BackgroundRunner
) -> None:
    gate = threading.Event()
    got: list[str] = []
    runner.submit(lambda: gate.wait(5) and "old", got.append, key="search")
    runner.submit(lambda: "new", got.append, key="search")
    gate.set()
    qtbot.waitUntil(lambda: runner.pending == 0)
    assert got == ["new"]


def test_run_now_waits_for_earlier_tasks(qtbot: QtBot, runner: BackgroundRunner) -> None:
    order: list[str] = []
    runner.submit(lambda: order.append("autosave"))
    assert runner.run_now(lambda: order.append("lock") or "locked") == "locked"
    assert order == ["autosave", "lock"]


def test_close_finishes_pending_work(qtbot: QtBot) -> None:
    r = BackgroundRunner()
    done: list[int] = []
    for i in range(5):
        r.submit(lambda i=i: i, done.append)
    r.close()
    assert sorted(done) == [0, 1, 2, 3, 4]
    assert r.closed
    with pytest.raises(RuntimeError):
        r.submit(lambda: None)
