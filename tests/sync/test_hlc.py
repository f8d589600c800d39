"""Hybrid logical clock stamps: ordering as text, monotonic issue, receive, clamping."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from voordeur.sync.hlc import MAX_COUNTER, MAX_DRIFT_MS, HybridClock, Stamp, clamp

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


def test_a_stamp_far_in_the_future_is_clamped() -> None:
    now = 1_700_000_000_000
    future = Stamp(now + 10 * MAX_DRIFT_MS, 3, DEVICE_B)
    assert clamp(future, now) == Stamp(now + MAX_DRIFT_MS, 3, DEVICE_B)
    near = Stamp(now + 1000, 0, DEVICE_B)
    assert clamp(near, now) == near
    clock = HybridClock(DEVICE_A)
    clock.receive(future, wall=now)
    assert clock.now(wall=now).millis <= now + MAX_DRIFT_MS
