"""All routes of API v1."""

from __future__ import annotations

from fastapi import APIRouter

from server.api.routes import devices, enrol, health, sync

API_PREFIX = "/api/v1"

api_router = APIRouter()
api_router.include_router(health.router)
api_router.include_router(enrol.router)
api_router.include_router(sync.router)
api_router.include_router(devices.router)
