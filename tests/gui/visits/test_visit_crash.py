"""Kill the app mid-typing: at most the last two seconds of typing are lost.

A driver process (typing_driver.py) types into a visit editor on a real encrypted store, one
character every ~30 ms, and reports each character with its time. The test kills it with
SIGKILL after ~4 s of typing — no chance to flush or close anything — and then opens the store:
the notes must be exactly what was typed, up to at least what had been typed 2 s before the kill.
"""

from __future__ import annotations

import importlib.util
import os
import queue
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from testsupport import PASSPHRASE
from voordeur.model import Visit
from voordeur.services import households as hs
from voordeur.services import visits as vs
from voordeur.services.unit_of_work import unit_of_work
from voordeur.store.store import Store

DRIVER = Path(__file__).with_name("typing_driver.py")
TYPING_SECONDS = 4.0
MAX_LOSS_SECONDS = 2.0


def _driver_module():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("typing_driver", DRIVER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _read_lines(stream, out: queue.Queue[str | None]) -> None:  # type: ignore[no-untyped-def]
    for line in stream:
        out.put(line.strip())
    out.put(None)


@pytest.mark.slow
def test_kill_while_typing_loses_at_most_two_seconds(data_dir: Path) -> None:
    # The store is made here, with the tests' fast key derivation; the driver only opens it.
    with (Store.create(data_dir, PASSPHRASE, worker_name="Test Medewerker") as store,
          unit_of_work(store) as uow):
        household = hs.create_household(uow, "Gezin Kok")
        visit_id = vs.start_visit(uow, household).id

    env = dict(os.environ, VOORDEUR_TEST_PASSPHRASE=PASSPHRASE, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.Popen(
        [sys.executable, str(DRIVER), str(data_dir), visit_id],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env,
    )
    lines: queue.Queue[str | None] = queue.Queue()
    reader = threading.Thread(target=_read_lines, args=(proc.stdout, lines), daemon=True)
    reader.start()
    typed: list[tuple[int, float]] = []
    try:
        deadline = time.monotonic() + 30
        ready_at: float | None = None
        while True:
            remaining = deadline - time.monotonic()
            assert remaining > 0, "the driver did not start typing in time"
            line = lines.get(timeout=remaining)
            assert line is not None, f"the driver stopped (exit code {proc.poll()})"
            if line.startswith("ready"):
                ready_at = time.monotonic()
            elif line.startswith("typed"):
                _, count, at = line.split()
                typed.append((int(count), float(at)))
                if ready_at is not None and time.monotonic() - ready_at >= TYPING_SECONDS:
                    break
        proc.send_signal(signal.SIGKILL)
        killed_at = time.monotonic()
        proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=10)
    reader.join(timeout=5)
    while True:  # lines printed before the kill that the reader had not handed over yet
        try:
            line = lines.get_nowait()
        except queue.Empty:
            break
        if line and line.startswith("typed"):
            _, count, at = line.split()
            typed.append((int(count), float(at)))

    assert proc.returncode == -signal.SIGKILL
    last_count = typed[-1][0]
    assert last_count >= 60, "the driver typed too little to judge"
    must_have = max((count for count, at in typed if at <= killed_at - MAX_LOSS_SECONDS),
                    default=0)
    assert must_have > 0

    with Store.open(data_dir, PASSPHRASE) as reopened, reopened.session() as session:
        saved = session.get(Visit, visit_id).notes
    print(f"typed {last_count}, saved {len(saved)}, needed {must_have}")
    expected = _driver_module().typed_text(last_count)
    assert expected.startswith(saved), "the saved notes are not what was typed"
    assert len(saved) >= must_have, (
        f"lost more than {MAX_LOSS_SECONDS} s: saved {len(saved)} of {last_count} characters, "
        f"{must_have} had been typed {MAX_LOSS_SECONDS} s before the kill")
