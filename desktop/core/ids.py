"""Row identities: random UUIDs made on the device, or deterministic ones for set members.

A set member (a worker's skill, an assignment of task+worker+role, a conflict of a losing change)
gets an id derived from what it is, so two offline devices that do the same thing make the same row
and converge instead of duplicating.
"""

from __future__ import annotations

import os
import threading
import time
import uuid

# Fixed namespace of Machishigoto's derived ids; never change it, or ids stop converging.
NAMESPACE = uuid.UUID("5d0f4a4e-8a53-4c1e-9a8e-6d2f2d4c0b11")


def new_id() -> str:
    """A fresh random row id."""
    return str(uuid.uuid4())


_order_lock = threading.Lock()
_order_state = [0, 0]  # last milliseconds, counter within them


def time_ordered_id() -> str:
    """A fresh random id whose leading bits are the time (UUID version 7 layout: milliseconds, a
    12-bit counter, 62 random bits). Ids made one after another sort together, so bulk inserts
    (the outbox, time entries) append to the end of their indexes instead of landing all over them."""
    now = time.time_ns() // 1_000_000
    with _order_lock:
        last, counter = _order_state
        if now > last:
            last, counter = now, 0
        else:
            counter += 1
            if counter > 0xFFF:
                last, counter = last + 1, 0
        _order_state[:] = [last, counter]
    value = (last & (2**48 - 1)) << 80 | 0x7 << 76 | counter << 64 | 0b10 << 62
    return str(uuid.UUID(int=value | int.from_bytes(os.urandom(8), "big") >> 2))


def derived_id(kind: str, *parts: str) -> str:
    """A deterministic id for the member ``kind`` identified by ``parts``."""
    if not parts:
        raise ValueError("a derived id needs at least one part")
    return str(uuid.uuid5(NAMESPACE, "\x1f".join((kind, *parts))))
