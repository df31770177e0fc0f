"""Row identities: random UUIDs made on the device, or deterministic ones for set members.

A set member (a worker's skill, an assignment of task+worker+role, a conflict of a losing change)
gets an id derived from what it is, so two offline devices that do the same thing make the same row
and converge instead of duplicating.
"""

from __future__ import annotations

import uuid

# Fixed namespace of Machishigoto's derived ids; never change it, or ids stop converging.
NAMESPACE = uuid.UUID("5d0f4a4e-8a53-4c1e-9a8e-6d2f2d4c0b11")


def new_id() -> str:
    """A fresh random row id."""
    return str(uuid.uuid4())


def derived_id(kind: str, *parts: str) -> str:
    """A deterministic id for the member ``kind`` identified by ``parts``."""
    if not parts:
        raise ValueError("a derived id needs at least one part")
    return str(uuid.uuid5(NAMESPACE, "\x1f".join((kind, *parts))))
