"""Helpers shared by the query modules."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any, TypeVar

from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from desktop.core.sync.hlc import system_ms
from server.models import Base

T = TypeVar("T")
CHUNK = 500  # ids per IN (...) list


def now_ms() -> int:
    return system_ms()


def chunks(items: Sequence[T], size: int = CHUNK) -> Iterator[Sequence[T]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def insert_missing(session: Session, model: type[Base], rows: list[dict[str, Any]]) -> None:
    """INSERT rows, leaving the ones whose primary key exists alone (race-free on both databases)."""
    if not rows:
        return
    if session.get_bind().dialect.name == "postgresql":
        session.execute(postgresql.insert(model).values(rows).on_conflict_do_nothing())
    else:
        session.execute(sqlite.insert(model).values(rows).on_conflict_do_nothing())
