"""Hybrid logical clock stamps: ordering as text, monotonic issue, server time, receive, and the
server's re-timing of a clock that runs ahead."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from voordeur.sync.hlc import MAX_COUNTER, MAX_DRIFT_MS, HybridClock, Stamp, correct

DEVICE_A = "01900000-0000-7000-8000-00000000000a"
DEVICE_B = "01900000-0000-7000-8000-00000000000b"

stamps = st.builds(
    Stamp,
    st.integers(min_value=0, max_value=9_999_999_999_999),
    st.integers(min_value=0, max_value=MAX_COUNTER),
    st.sampled_from([DEVICE_A, DEVICE_B]),
)


@given(stamps, stamps)
def test_text_order_is_clock_order(a: Stamp, b: Stamp) -> None:
    assert (str(a) < str(b)) == (a < b)
    assert Stamp.parse(str(a)) == a


@pytest.mark.parametrize("text", ["", "1.2.x", "123.0000.d", "abcdefghijklm.0000.d",
                                  "1700000000000.00x0.d", "1700000000000.0000."])
def test_parse_refuses_anything_else(text: str) -> None:
    with pytest.raises(ValueError):
        Stamp.parse(text)


def test_now_is_strictly_increasing_even_when_the_wall_clock_stands_still() -> None:
    clock = HybridClock(DEVICE_A)
    issued = [clock.now(wall=1000) for _ in range(MAX_COUNTER + 3)]
    assert all(a < b for a, b in itertools.pairwise(issued))
    assert issued[0] == Stamp(1000, 0, DEVICE_A)
    assert issued[-1].millis == 1001  # the counter ran out: moved on a millisecond
    # A wall clock set back does not make stamps go back.
    assert clock.now(wall=10) > issued[-1]


def test_receive_moves_past_a_remote_stamp() -> None:
    clock = HybridClock(DEVICE_A)
    clock.now(wall=1000)
    clock.receive(Stamp(5000, 7, DEVICE_B), wall=1000)
    mine = clock.now(wall=1000)
    assert mine > Stamp(5000, 7, DEVICE_B)
    assert mine.device_id == DEVICE_A


def test_a_slow_laptop_moves_past_what_it_received() -> None:
    """Two hours behind: a stamp from the server is still passed, so the next edit is later.
    (The engine sets the offset it measured on the very answer that brought the stamp.)"""
    server_now = 1_700_000_000_000
    clock = HybridClock(DEVICE_A, offset_ms=2 * 3600_000)
    clock.receive(Stamp(server_now, 0, DEVICE_B), wall=server_now - 2 * 3600_000)
    mine = clock.now(wall=server_now - 2 * 3600_000 + 60_000)
    assert mine > Stamp(server_now, 0, DEVICE_B)


def test_the_clock_runs_on_server_time() -> None:
    server_now = 1_700_000_000_000
    fast = HybridClock(DEVICE_A, offset_ms=-3 * 86400_000)  # the laptop is 3 days ahead
    assert fast.now(wall=server_now + 3 * 86400_000).millis == server_now


def test_a_rogue_stamp_far_beyond_the_servers_time_is_bounded() -> None:
    now = 1_700_000_000_000
    clock = HybridClock(DEVICE_A, offset_ms=7200_000)
    clock.receive(Stamp(now + 10 * 86400_000, 3, DEVICE_B), wall=now - 7200_000)
    assert clock.now(wall=now - 7200_000).millis <= now + MAX_DRIFT_MS


def test_the_server_re_times_a_stamp_of_a_clock_that_runs_ahead() -> None:
    now = 1_700_000_000_000
    three_days = 3 * 86400_000
    edit = Stamp(now - 30_000 + three_days, 2, DEVICE_B)  # made 30 s ago on a fast laptop
    assert correct(edit, now, three_days) == (Stamp(now - 30_000, 2, DEVICE_B), True)
    # Without the laptop's clock, a future stamp becomes the server's now, never later.
    assert correct(edit, now, None) == (Stamp(now, 2, DEVICE_B), True)
    near = Stamp(now + 1000, 0, DEVICE_B)
    assert correct(near, now, None) == (near, False)
