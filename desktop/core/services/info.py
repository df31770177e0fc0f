"""What ``machishigoto info`` and the status bar report about a database."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from desktop.core.db import Database, current_revision
from desktop.core.models import SYNCED_MODELS
from desktop.core.sync import outbox
from desktop.core.sync.engine import load_state, push_scopes


@dataclass(frozen=True)
class DatabaseInfo:
    path: Path
    revision: str | None
    schema_version: int
    device_id: str
    live_rows: dict[str, int]
    pending_changes: int


def pending_changes(db: Database) -> int:
    """Cell changes recorded locally and not yet acknowledged by a server (those this device
    sends: an owner's PC never sends rows of another scope)."""
    with db.write() as session:
        return outbox.count(session, push_scopes(load_state(session)))


def database_info(db: Database) -> DatabaseInfo:
    counts: dict[str, int] = {}
    with db.read() as session:
        for model in SYNCED_MODELS:
            table = model.__table__  # type: ignore[attr-defined]
            counts[table.name] = (
                session.scalar(select(func.count()).select_from(table).where(table.c.deleted.is_(False))) or 0
            )
    return DatabaseInfo(
        path=db.path,
        revision=current_revision(db),
        schema_version=db.sync.schema_version,
        device_id=db.sync.require_device(),
        live_rows=counts,
        pending_changes=pending_changes(db),
    )
