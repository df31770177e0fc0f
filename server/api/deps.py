"""Dependencies of the routes: a database session, the settings, the sync service and the device
of the bearer token."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated, Any, NoReturn

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.orm import Session

from server.core.config import Settings
from server.crud import audit
from server.crud import devices as devices_crud
from server.errors import ApiError, unauthorized
from server.models import Device
from server.sync import SyncService


def get_db(request: Request) -> Iterator[Session]:
    """A session for one request; whatever it did not commit is rolled back."""
    with request.app.state.sessions() as session:
        yield session


# Plain attribute reads, so ``async``: FastAPI runs a sync dependency in its thread pool, a thread
# hop per request for nothing.
async def get_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


async def get_sync(request: Request) -> SyncService:
    service: SyncService = request.app.state.sync
    return service


SessionDep = Annotated[Session, Depends(get_db)]
SettingsDep = Annotated[Settings, Depends(get_settings)]
SyncDep = Annotated[SyncService, Depends(get_sync)]

bearer = HTTPBearer(auto_error=False, description="the device token received at enrolment")


def client_address(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def record_refusal(
    session: Session, action: str, device_id: str | None, exc: ApiError, **detail: Any
) -> None:
    """Audit a refused request in its own transaction (the request's work is rolled back)."""
    session.rollback()
    audit.record(session, action, device_id, error=exc.code, **detail)
    session.commit()


def current_device(
    request: Request,
    session: SessionDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
) -> Device:
    """The device whose token is in ``Authorization: Bearer``; 401 when missing, unknown or revoked."""
    if credentials is None or not credentials.credentials:
        _refuse(request, session, None, "missing")
    device = devices_crud.by_token(session, credentials.credentials)
    if device is None:
        _refuse(request, session, None, "unknown")
    if device.revoked_ms is not None:
        _refuse(request, session, device.id, "revoked")
    return device


def _refuse(request: Request, session: Session, device_id: str | None, reason: str) -> NoReturn:
    exc = unauthorized()
    record_refusal(session, "auth_failed", device_id, exc, reason=reason, address=client_address(request))
    raise exc


CurrentDevice = Annotated[Device, Depends(current_device)]
