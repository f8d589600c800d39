"""Increasing delay after wrong passphrases, tested with an injected clock (no sleeping)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from testsupport import PASSPHRASE
from voordeur.store import vault
from voordeur.store.store import Store, StoreLocked
from voordeur.store.throttle import MAX_DELAY_SECONDS, THROTTLE_FILE, UnlockThrottle, delay_after

WRONG = "this is not the passphrase"


class Clock:
    def __init__(self, now: float = 1_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def test_delay_doubles_and_is_capped() -> None:
    assert [delay_after(n) for n in range(9)] == [0, 1, 2, 4, 8, 16, 32, 60, 60]
    assert delay_after(-3) == 0
    assert delay_after(100) == MAX_DELAY_SECONDS == 60


def test_throttle_with_injected_clock(tmp_path: Path) -> None:
    clock = Clock()
    throttle = UnlockThrottle(tmp_path, clock=clock)
    assert throttle.failures == 0
    assert throttle.seconds_to_wait() == 0
    for expected in (1, 2, 4, 8):
        assert throttle.record_failure() == expected
        assert throttle.seconds_to_wait() == expected
        clock.now += expected / 2
        assert throttle.seconds_to_wait() == expected / 2
        clock.now += expected / 2
        assert throttle.seconds_to_wait() == 0
    assert throttle.failures == 4
    # The state lives in a file: a new throttle (a restarted app) sees the same count.
    assert UnlockThrottle(tmp_path, clock=clock).failures == 4
    throttle.record_success()
    assert throttle.failures == 0
    assert not (tmp_path / THROTTLE_FILE).exists()
    assert throttle.record_failure() == 1  # counting starts over


@pytest.mark.parametrize("content", ["", "{", "[]", '{"failures": "x"}', '{"failures": 1}'])
def test_damaged_counter_file_does_not_lock_out(tmp_path: Path, content: str) -> None:
    (tmp_path / THROTTLE_FILE).write_text(content)
    throttle = UnlockThrottle(tmp_path, clock=Clock())
    assert throttle.seconds_to_wait() == 0
    assert throttle.record_failure() == 1


def test_wait_never_exceeds_the_maximum_when_the_clock_goes_back(tmp_path: Path) -> None:
    clock = Clock(now=2_000_000_000.0)
    throttle = UnlockThrottle(tmp_path, clock=clock)
    throttle.record_failure()
    clock.now = 1_000_000.0  # the laptop's clock was corrected backwards
    assert throttle.seconds_to_wait() <= MAX_DELAY_SECONDS


def test_large_failure_count_does_not_crash(tmp_path: Path) -> None:
    assert delay_after(5000) == MAX_DELAY_SECONDS
    (tmp_path / THROTTLE_FILE).write_text(json.dumps({"failures": 5000, "last_failure": 0}))
    assert UnlockThrottle(tmp_path, clock=Clock()).seconds_to_wait() == 0


# -- through Store.open ------------------------------------------------------------------------

def _backdate(data_dir: Path, seconds: float = 1000) -> None:
    """Pretend the last failure was long ago (instead of sleeping through the delay)."""
    path = data_dir / THROTTLE_FILE
    state = json.loads(path.read_text())
    state["last_failure"] -= seconds
    path.write_text(json.dumps(state))


def test_store_open_is_throttled_and_success_resets(data_dir: Path) -> None:
    Store.create(data_dir, PASSPHRASE, worker_name="Medewerker").close()

    for failures, delay in enumerate((1, 2, 4), start=1):
        with pytest.raises(vault.WrongPassphrase) as wrong:
            Store.open(data_dir, WRONG)
        assert f"next try is possible in {delay} seconds" in str(wrong.value)
        assert UnlockThrottle(data_dir).failures == failures
        # An immediate retry, even with the right passphrase, must wait.
        with pytest.raises(StoreLocked) as locked:
            Store.open(data_dir, PASSPHRASE)
        assert delay - 1 < locked.value.seconds <= delay
        assert "try again in" in str(locked.value)
        # Locked-out tries are not counted and do not extend the wait.
        with pytest.raises(StoreLocked):
            Store.open(data_dir, WRONG)
        assert UnlockThrottle(data_dir).failures == failures
        _backdate(data_dir)

    with Store.open(data_dir, PASSPHRASE) as store:
        assert store.meta("worker_id")
    assert UnlockThrottle(data_dir).failures == 0
    assert not (data_dir / THROTTLE_FILE).exists()

    with pytest.raises(vault.WrongPassphrase) as wrong:
        Store.open(data_dir, WRONG)
    assert "1 seconds" in str(wrong.value)  # the counter really started over


def test_store_open_waits_out_the_delay_with_a_patched_clock(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    Store.create(data_dir, PASSPHRASE, worker_name="Medewerker").close()
    with pytest.raises(vault.WrongPassphrase):
        Store.open(data_dir, WRONG)
    with pytest.raises(StoreLocked):
        Store.open(data_dir, PASSPHRASE)
    real_init = UnlockThrottle.__init__
    later = Clock(now=json.loads((data_dir / THROTTLE_FILE).read_text())["last_failure"] + 1.5)

    def init_with_clock(self: UnlockThrottle, path: Path, clock: object = None) -> None:
        real_init(self, path, clock=later)

    monkeypatch.setattr(UnlockThrottle, "__init__", init_with_clock)
    with Store.open(data_dir, PASSPHRASE) as store:
        assert store.meta("device_id")
    assert not (data_dir / THROTTLE_FILE).exists()
