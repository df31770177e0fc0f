"""Devices and their tokens, and the server's own device identity."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core import ids
from server.core.security import new_token, sha256_hex
from server.crud.common import insert_missing, now_ms
from server.models import Device, ServerIdentity


def by_token(session: Session, token: str) -> Device | None:
    """The device holding ``token`` (revoked or not); tokens are looked up by their hash only."""
    return session.scalar(select(Device).where(Device.token_hash == sha256_hex(token)))


def get(session: Session, device_id: str) -> Device | None:
    return session.get(Device, device_id)


def lock(session: Session, device_id: str) -> Device:
    """The device row, locked until the transaction ends (one push per device at a time)."""
    stmt = (
        select(Device)
        .where(Device.id == device_id)
        .with_for_update()
        .execution_options(populate_existing=True)
    )
    return session.scalars(stmt).one()


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
