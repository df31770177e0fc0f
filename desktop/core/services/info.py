"""What ``machishigoto info`` and the status bar report about a database."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from desktop.core.db import Database, current_revision
from desktop.core.models import SYNCED_MODELS, OutboxChange


@dataclass(frozen=True)
class DatabaseInfo:
    path: Path
    revision: str | None
    schema_version: int
    device_id: str
    live_rows: dict[str, int]
    pending_changes: int


def pending_changes(db: Database) -> int:
    """Cell changes recorded locally and not yet acknowledged by a server."""
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(OutboxChange)) or 0


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
