"""Push and pull, exactly as docs/sync-protocol.md describes them.

The server keeps one hybrid logical clock that receives every accepted stamp and starts past the
greatest stamp stored, so the conflict rows it writes are stamped after what they record.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from desktop.core.sync.hlc import HybridClock, system_ms
from server import cursor as cursors
from server.core.config import Settings
from server.crud import audit, pushes, scopes
from server.crud import cells as cells_crud
from server.crud import changes as changes_crud
from server.crud import devices as devices_crud
from server.errors import bad_request, out_of_scope
from server.models import Cell, Device
from server.push import BatchMerge, validate
from server.schemas import PushIn


@dataclass
class SyncService:
    settings: Settings
    server_device_id: str
    clock: HybridClock = field(default_factory=HybridClock)
    wall: Callable[[], int] = system_ms

    @classmethod
    def start(cls, sessions: sessionmaker[Session], settings: Settings) -> SyncService:
        """The service for a migrated database: its server identity, and a clock past every stamp."""
        with sessions.begin() as session:
            server_device_id = devices_crud.server_device_id(session)
            last = cells_crud.max_hlc(session)
        clock = HybridClock()
        clock.observe(last)
        return cls(settings=settings, server_device_id=server_device_id, clock=clock)

    def push(self, session: Session, device: Device, body: PushIn) -> str:
        """Apply a batch in one transaction; returns the response JSON, which retries get verbatim."""
        if body.device_id != device.id:
            raise out_of_scope("device_id is not the device of the token")
        acked_before, seen_floor = devices_crud.lock_acked(session, device.id)
        stored = changes_crud.batch_response(session, device.id, body.batch_id)
        if stored is not None:
            audit.record(session, "push_retry", device.id, batch_id=body.batch_id)
            session.commit()
            return stored
        now = self.wall()
        validate(body, scopes.scope_kinds(session, device), now, self.settings.max_clock_skew_ms)
        merge = BatchMerge(session, device.id, self.clock, self.server_device_id, body.changes, seen_floor)
        outcome = merge.run()
        acked = max([acked_before, *(ch.device_seq for ch in body.changes)])
        response = json.dumps(
            {
                "acked_through": acked,
                "applied": outcome.applied,
                "skipped": outcome.skipped,
                "conflicts": outcome.conflicts,
                "server_time_ms": self.wall(),
            },
            separators=(",", ":"),
        )
        detail = {
            "batch_id": body.batch_id,
            "changes": len(body.changes),
            "applied": outcome.applied,
            "skipped": outcome.skipped,
            "conflicts": outcome.conflicts,
        }
        pushes.finish(session, device, merge.writes, acked, now, body.batch_id, response, detail)
        session.commit()
        return response

    def pull(self, session: Session, device: Device, cursor: str, limit: int) -> dict[str, Any]:
        """One page of current cells above the cursor, for every scope of the device."""
        try:
            after = cursors.decode(cursor)
        except ValueError as exc:
            raise bad_request("invalid cursor", {"cursor": "not a cursor given by this server"}) from exc
        scope_ids = sorted(scope.id for scope in scopes.scopes_of(session, device))
        positions = {scope_id: after.get(scope_id, 0) for scope_id in scope_ids}
        last = cells_crud.last_seqs(session, scope_ids)
        wanted = limit + 1  # one more than asked tells whether there is more
        cells: list[dict[str, Any]] = []
        for scope_id in scope_ids:
            if last.get(scope_id, 0) <= positions[scope_id]:
                continue
            cells += _cells_after(session, scope_id, positions[scope_id], wanted - len(cells))
            if len(cells) >= wanted:
                break
        has_more = len(cells) > limit
        cells = cells[:limit]
        for cell in cells:
            positions[cell["scope_id"]] = cell["seq"]
        device.last_seen_ms = self.wall()
        audit.record(session, "pull", device.id, cells=len(cells), has_more=has_more)
        session.commit()
        return {
            "cells": cells,
            "cursor": cursors.encode(positions),
            "has_more": has_more,
            "server_time_ms": self.wall(),
        }


_PULL_NAMES = tuple(column.key for column in cells_crud.PULL_COLUMNS)


def _cells_after(session: Session, scope_id: str, after_seq: int, limit: int) -> list[dict[str, Any]]:
    """What ``cells_crud.cells_after`` returns, read as plain Core rows: a pull page is up to
    thousands of rows, and the ORM's per-row mapping objects cost more than the query itself."""
    stmt = (
        select(*cells_crud.PULL_COLUMNS)
        .where(Cell.scope_id == scope_id, Cell.seq > after_seq)
        .order_by(Cell.seq)
        .limit(limit)
    )
    return [dict(zip(_PULL_NAMES, row, strict=True)) for row in session.connection().execute(stmt)]
