"""Devices and their tokens, and the server's own device identity."""

from __future__ import annotations

from typing import cast

from sqlalchemy import Table, bindparam, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from desktop.core import ids
from server.core.security import new_token, sha256_hex
from server.crud.common import insert_missing, now_ms
from server.models import Device, ServerIdentity

DEVICE_TABLE = cast(Table, Device.__table__)
BY_TOKEN = select(Device).where(Device.token_hash == bindparam("token_hash"))
LOCK_ACKED = (
    select(DEVICE_TABLE.c.acked_seq, DEVICE_TABLE.c.seen_floor)
    .where(DEVICE_TABLE.c.id == bindparam("device_id"))
    .with_for_update()
)
RECORD_PUSH = (
    update(DEVICE_TABLE)
    .where(DEVICE_TABLE.c.id == bindparam("device_id"))
    .values(acked_seq=bindparam("new_acked_seq"), last_seen_ms=bindparam("new_last_seen_ms"))
)


def by_token(session: Session, token: str) -> Device | None:
    """The device holding ``token`` (revoked or not); tokens are looked up by their hash only."""
    return session.scalars(BY_TOKEN, {"token_hash": sha256_hex(token)}).first()


def get(session: Session, device_id: str) -> Device | None:
    return session.get(Device, device_id)


def lock_acked(session: Session, device_id: str) -> tuple[int, int]:
    """Lock the device row until the transaction ends (one push per device at a time; a prune of
    its seen change ids waits too) and return the device_seq it was acknowledged through and its
    ``seen_floor``. One Core statement, no ORM refresh."""
    acked, floor = session.connection().execute(LOCK_ACKED, {"device_id": device_id}).one()
    return int(acked), int(floor)


def record_push(session: Session, device: Device, acked_seq: int, at_ms: int) -> None:
    """Store a push's acknowledgement and time on the device row (locked by :func:`lock_acked`), and
    on the loaded ``device`` as already saved, so the session does not write it again."""
    params = {"device_id": device.id, "new_acked_seq": acked_seq, "new_last_seen_ms": at_ms}
    session.connection().execute(RECORD_PUSH, params)
    set_committed_value(device, "acked_seq", acked_seq)
    set_committed_value(device, "last_seen_ms", at_ms)


def create(
    session: Session, name: str, kind: str, scope_id: str, forked_from: str | None = None
) -> tuple[Device, str]:
    """A new device and its token (returned once, never stored)."""
    token = new_token()
    device = Device(
        id=ids.new_id(),
        token_hash=sha256_hex(token),
        name=name,
        kind=kind,
        scope_id=scope_id,
        created_ms=now_ms(),
        acked_seq=0,
        forked_from=forked_from,
    )
    session.add(device)
    session.flush()
    return device, token


def list_all(session: Session) -> list[Device]:
    return list(session.scalars(select(Device).order_by(Device.created_ms, Device.id)))


def revoke(session: Session, device: Device) -> bool:
    """Revoke a device; False when it already was."""
    if device.revoked_ms is not None:
        return False
    device.revoked_ms = now_ms()
    return True


def server_device_id(session: Session) -> str:
    """The server's device id, made on first use."""
    insert_missing(session, ServerIdentity, [{"id": 1, "device_id": ids.new_id(), "created_ms": now_ms()}])
    identity = session.get(ServerIdentity, 1)
    assert identity is not None
    return identity.device_id
