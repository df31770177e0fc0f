"""Hybrid Logical Clock packed into an int64: ``wall_ms << 16 | counter``.

Packing makes the clock a single integer, so "advance" is plain arithmetic: adding one to a stamp
whose counter is full carries into the wall-time bits, which is exactly "counter overflow bumps the
wall time by 1 ms". Ties between equal stamps are broken by device id (see :mod:`.merge`).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

COUNTER_BITS = 16
COUNTER_MASK = (1 << COUNTER_BITS) - 1


def pack(wall_ms: int, counter: int = 0) -> int:
    """Pack a wall time in milliseconds and a counter into one stamp."""
    if not 0 <= counter <= COUNTER_MASK:
        raise ValueError("counter out of range")
    return (wall_ms << COUNTER_BITS) | counter


def wall_ms(stamp: int) -> int:
    """The wall-clock part of a stamp, in milliseconds since the epoch."""
    return stamp >> COUNTER_BITS


def counter(stamp: int) -> int:
    """The logical counter part of a stamp."""
    return stamp & COUNTER_MASK


def system_ms() -> int:
    return time.time_ns() // 1_000_000


class HybridClock:
    """A thread-safe HLC. ``now()`` never returns the same or a smaller stamp twice.

    ``wall`` is injectable so tests can move the wall clock backwards.
    """

    def __init__(self, last: int = 0, wall: Callable[[], int] = system_ms) -> None:
        self._last = last
        self._wall = wall
        self._lock = threading.Lock()

    @property
    def last(self) -> int:
        return self._last

    def wall_now(self) -> int:
        """This clock's idea of the wall time, in milliseconds (the PC clock, possibly wrong)."""
        return self._wall()

    def now(self) -> int:
        """A new local stamp, greater than every stamp this clock has issued or received."""
        with self._lock:
            self._last = max(self._last + 1, pack(self._wall()))
            return self._last

    def receive(self, remote: int) -> int:
        """Advance past a remote stamp; returns the new local stamp."""
        with self._lock:
            self._last = max(self._last + 1, remote + 1, pack(self._wall()))
            return self._last

    def observe(self, stamp: int) -> None:
        """Make sure later stamps are greater than ``stamp`` without issuing one."""
        with self._lock:
            self._last = max(self._last, stamp)
