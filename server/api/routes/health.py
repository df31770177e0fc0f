"""Health: is the server up, and which schema versions does it accept."""

from __future__ import annotations

from fastapi import APIRouter

from desktop.core.sync.hlc import system_ms
from desktop.core.sync.schema import SUPPORTED_VERSIONS
from server.schemas import HealthOut

router = APIRouter(tags=["health"])


@router.get("/health", response_model=HealthOut)
def health() -> HealthOut:
    return HealthOut(status="ok", schema_versions=sorted(SUPPORTED_VERSIONS), server_time_ms=system_ms())
