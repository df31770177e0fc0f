"""Pruning of the bookkeeping that would otherwise grow forever (docs/security.md, "Retention").

- ``push_batch``: stored answers older than the batch retention are deleted. A batch retried later
  is merged again: every change id in it is still in ``change_seen`` (kept much longer), so it is
  skipped and nothing changes; only the answer is made anew (same ``acked_through``).
- ``change_seen``: per device, the rows older than the seen retention are deleted up to a floor
  (``device.seen_floor``) below which every row was old, so a device's remembered numbers stay one
  contiguous range above its floor. A push meeting an unknown change id at or below the floor skips
  it when the stored cell still holds it, else refuses the batch as a copy (409 duplicate_device;
  see :class:`server.push.BatchMerge`): nothing is ever merged twice, nor dropped silently.
- ``audit_log``: rows older than the audit retention (two years by default) are deleted.

Each device's rows are pruned in a transaction of their own that holds the device's row lock, the
lock a push of that device takes first, so a push sees either the rows or the raised floor.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from typing import cast

from sqlalchemy import ColumnElement, Table, and_, case, delete, func, or_, select, update
from sqlalchemy.orm import Session, sessionmaker

from server.core.config import Retention
from server.crud import audit
from server.crud.common import now_ms
from server.models import AuditLog, ChangeSeen, Device, PushBatch, ServerIdentity

DAY_MS = 86_400_000
CHECK_EVERY_S = 3600.0  # how often a running server looks whether a day has passed
log = logging.getLogger(__name__)

SEEN = cast(Table, ChangeSeen.__table__)
BATCH = cast(Table, PushBatch.__table__)
AUDIT = cast(Table, AuditLog.__table__)
DEVICE = cast(Table, Device.__table__)
IDENTITY = cast(Table, ServerIdentity.__table__)


@dataclass(frozen=True)
class PruneCounts:
    """Rows deleted (or, in a dry run, that would be)."""

    push_batch: int
    change_seen: int
    devices: int  # devices whose seen floor rises
    audit_log: int


@dataclass(frozen=True)
class Cutoffs:
    """Rows stamped before these times (ms since the epoch) are old enough to go."""

    push_batch_ms: int
    change_seen_ms: int
    audit_ms: int

    @classmethod
    def at(cls, now: int, retention: Retention) -> Cutoffs:
        return cls(
            now - retention.push_batch_days * DAY_MS,
            now - retention.change_seen_days * DAY_MS,
            now - retention.audit_days * DAY_MS,
        )


def seen_floors(session: Session, cutoff_ms: int, device_id: str | None = None) -> dict[str, int]:
    """Each device's new floor: the greatest device_seq such that every remembered change of the
    device up to it was seen before ``cutoff_ms`` (devices with nothing to prune are absent)."""
    old = func.max(case((SEEN.c.seen_ms < cutoff_ms, SEEN.c.device_seq)))
    young = func.min(case((SEEN.c.seen_ms >= cutoff_ms, SEEN.c.device_seq)))
    stmt = select(SEEN.c.device_id, old, young).group_by(SEEN.c.device_id)
    if device_id is not None:
        stmt = stmt.where(SEEN.c.device_id == device_id)
    floors: dict[str, int] = {}
    for owner, old_max, young_min in session.execute(stmt):
        if old_max is None:
            continue
        floor = int(old_max) if young_min is None else min(int(old_max), int(young_min) - 1)
        if floor > 0:
            floors[owner] = floor
    return floors


def _seen_below(device_id: str, floor: int) -> ColumnElement[bool]:
    return and_(SEEN.c.device_id == device_id, SEEN.c.device_seq <= floor)


def prune(
    sessions: sessionmaker[Session], retention: Retention, now: int | None = None, dry_run: bool = False
) -> PruneCounts:
    """Delete what the retention allows (or only count it, ``dry_run``); returns the counts."""
    cut = Cutoffs.at(now_ms() if now is None else now, retention)
    old_batches = BATCH.c.created_ms < cut.push_batch_ms
    old_audits = AUDIT.c.at_ms < cut.audit_ms
    with sessions() as session:
        floors = seen_floors(session, cut.change_seen_ms)
        if dry_run:
            seen = sum(_count(session, SEEN, _seen_below(device_id, f)) for device_id, f in floors.items())
            return PruneCounts(
                _count(session, BATCH, old_batches), seen, len(floors), _count(session, AUDIT, old_audits)
            )
    seen = devices = 0
    for device_id in sorted(floors):
        deleted = _prune_device(sessions, device_id, cut.change_seen_ms)
        seen += deleted
        devices += 1 if deleted else 0
    with sessions.begin() as session:
        batches = session.connection().execute(delete(BATCH).where(old_batches)).rowcount
        audits = session.connection().execute(delete(AUDIT).where(old_audits)).rowcount
        counts = PruneCounts(int(batches), seen, devices, int(audits))
        audit.record(
            session,
            "prune",
            None,
            push_batch=counts.push_batch,
            change_seen=counts.change_seen,
            devices=counts.devices,
            audit_log=counts.audit_log,
        )
    return counts


def _count(session: Session, table: Table, where: ColumnElement[bool]) -> int:
    return int(session.scalar(select(func.count()).select_from(table).where(where)) or 0)


def _prune_device(sessions: sessionmaker[Session], device_id: str, cutoff_ms: int) -> int:
    """Delete one device's old seen change ids and raise its floor, under the device's row lock
    (the floor is worked out again under it: a push may have come in since the first look)."""
    with sessions.begin() as session:
        lock = select(DEVICE.c.seen_floor).where(DEVICE.c.id == device_id).with_for_update()
        current = session.execute(lock).scalar()
        floor = seen_floors(session, cutoff_ms, device_id).get(device_id, 0)
        if current is None or int(current) >= floor:
            return 0  # no such device (rows of a device unknown here), or nothing old any more
        deleted = session.connection().execute(delete(SEEN).where(_seen_below(device_id, floor))).rowcount
        session.execute(update(DEVICE).where(DEVICE.c.id == device_id).values(seen_floor=floor))
        return int(deleted)


def claim_daily_run(sessions: sessionmaker[Session], now: int) -> bool:
    """Whether this process should prune now: true at most once a day across every server process
    on the database (the claim is one conditional UPDATE of the server identity row)."""
    with sessions.begin() as session:
        stmt = (
            update(IDENTITY)
            .where(IDENTITY.c.id == 1)
            .where(or_(IDENTITY.c.last_pruned_ms.is_(None), IDENTITY.c.last_pruned_ms <= now - DAY_MS))
            .values(last_pruned_ms=now)
        )
        return session.connection().execute(stmt).rowcount == 1


def prune_if_due(sessions: sessionmaker[Session], retention: Retention) -> PruneCounts | None:
    """Prune when no process did for a day; None when it was not due."""
    if not claim_daily_run(sessions, now_ms()):
        return None
    return prune(sessions, retention)


class DailyPrune:
    """A background thread of a running server: prunes when due, then looks again every hour."""

    def __init__(self, sessions: sessionmaker[Session], retention: Retention) -> None:
        self.sessions = sessions
        self.retention = retention
        self.stopping = threading.Event()
        self.thread = threading.Thread(target=self._run, name="machishigoto-prune", daemon=True)

    def start(self) -> None:
        self.thread.start()

    def stop(self, timeout_s: float = 30.0) -> None:
        self.stopping.set()
        if self.thread.is_alive():
            self.thread.join(timeout_s)

    def _run(self) -> None:
        while not self.stopping.is_set():
            try:
                counts = prune_if_due(self.sessions, self.retention)
            except Exception:  # a failed prune must never stop the server; it is tried again later
                log.exception("pruning the server's bookkeeping failed")
            else:
                if counts is not None:
                    log.info("pruned %s", counts)
            self.stopping.wait(CHECK_EVERY_S)
