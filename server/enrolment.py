"""Enrolment (a one-time code for a device token), its rate limit, and forks of copied devices."""

from __future__ import annotations

import math
from typing import Any

from sqlalchemy.orm import Session

from desktop.core.sync.hlc import system_ms
from desktop.core.sync.schema import MIN_VERSION
from server.core.config import Settings
from server.core.security import canonical_code
from server.crud import audit, scopes
from server.crud import devices as devices_crud
from server.crud import enrol as enrol_crud
from server.errors import ApiError, bad_request, client_too_old, not_found
from server.models import Device
from server.schemas import EnrolIn


def check_rate(session: Session, settings: Settings, address: str) -> None:
    """Refuse with 429 when ``address`` failed to enrol too often lately (a code has 60 random bits;
    this keeps guessing hopeless). Successful enrolments do not count: a partner may enrol a whole
    office from one address."""
    now = system_ms()
    window_ms = settings.enrol_window_s * 1000
    count, oldest = enrol_crud.attempts_since(session, address, now - window_ms)
    if count >= settings.enrol_attempts:
        retry_after = max(1, math.ceil(((oldest or now) + window_ms - now) / 1000))
        raise ApiError(
            429, "rate_limited", "too many enrolment attempts; try again later", retry_after_s=retry_after
        )


def count_failure(session: Session, settings: Settings, address: str) -> None:
    """Count a failed attempt (in the caller's transaction), forgetting those too old to matter."""
    now = system_ms()
    enrol_crud.record_attempt(session, address, now, forget_before_ms=now - settings.enrol_window_s * 1000)


def enrol(session: Session, body: EnrolIn) -> dict[str, Any]:
    """Exchange a code for a new device and its token."""
    if body.schema_version < MIN_VERSION:
        raise client_too_old(MIN_VERSION)
    code = canonical_code(body.code)
    if code is None:
        raise bad_request("not an enrolment code", {"code": "expected XXXX-XXXX-XXXX"})
    row = enrol_crud.lock_code(session, code)
    if row is None:
        raise not_found("unknown enrolment code")
    now = system_ms()
    if row.used_ms is not None:
        raise ApiError(410, "code_used", "this enrolment code was already used")
    if row.expires_ms <= now:
        raise ApiError(410, "code_expired", "this enrolment code has expired")
    primary = scopes.find_scope(session, row.scope_id)
    if primary is None or primary.kind != row.kind:
        raise not_found("the scope of this enrolment code no longer exists")
    device, token = devices_crud.create(session, body.device_name, row.kind, row.scope_id)
    row.used_ms = now
    row.used_by = device.id
    held = scopes.scopes_of(session, device)
    audit.record(session, "enrol", device.id, kind=row.kind, scope_id=row.scope_id, name=body.device_name)
    session.commit()
    return {
        "device_id": device.id,
        "token": token,
        # Every scope's bundle key: a partner's laptop and an owner's PC share their company's key,
        # so sync bundles on a USB stick between them can be verified.
        "scopes": [{"id": s.id, "kind": s.kind, "name": s.name, "bundle_key": s.bundle_key} for s in held],
        "bundle_key": primary.bundle_key,
        "server_time_ms": system_ms(),
    }


def fork(session: Session, device: Device) -> dict[str, Any]:
    """A new device with the same scopes, for a database found to be a copy (409 duplicate_device)."""
    new, token = devices_crud.create(
        session, device.name, device.kind, device.scope_id, forked_from=device.id
    )
    audit.record(session, "fork", new.id, forked_from=device.id)
    session.commit()
    return {"device_id": new.id, "token": token}
