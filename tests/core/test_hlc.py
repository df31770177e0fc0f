from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop.core.sync.hlc import COUNTER_MASK, HybridClock, counter, pack, wall_ms


def test_pack_roundtrip() -> None:
    stamp = pack(1_700_000_000_000, 42)
    assert wall_ms(stamp) == 1_700_000_000_000
    assert counter(stamp) == 42


def test_monotonic_when_wall_clock_goes_backwards() -> None:
    walls = iter([5_000, 5_000, 4_000, 3_000, 5_000, 6_000])
    clock = HybridClock(wall=lambda: next(walls))
    stamps = [clock.now() for _ in range(6)]
    assert stamps == sorted(stamps)
    assert len(set(stamps)) == 6
    # Going backwards, the wall part stays at the highest time seen and only the counter moves.
    assert wall_ms(stamps[3]) == 5_000
    assert wall_ms(stamps[5]) == 6_000


def test_counter_overflow_bumps_wall_time() -> None:
    clock = HybridClock(last=pack(1_000, COUNTER_MASK), wall=lambda: 1_000)
    stamp = clock.now()
    assert wall_ms(stamp) == 1_001
    assert counter(stamp) == 0


def test_receive_advances_past_remote() -> None:
    clock = HybridClock(wall=lambda: 1_000)
    remote = pack(9_000, 7)
    assert clock.receive(remote) > remote
    assert clock.now() > remote


@given(
    st.lists(
        st.one_of(
            st.tuples(st.just("now"), st.integers(0, 10**9)),
            st.tuples(st.just("recv"), st.integers(0, 2**47)),
        ),
        max_size=60,
    )
)
def test_every_issued_stamp_is_greater_than_everything_before(ops: list[tuple[str, int]]) -> None:
    wall = [0]
    clock = HybridClock(wall=lambda: wall[0])
    seen_max = 0
    for op, value in ops:
        if op == "now":
            wall[0] = value
            stamp = clock.now()
        else:
            stamp = clock.receive(value)
            seen_max = max(seen_max, value)
        assert stamp > seen_max
        seen_max = stamp
