"""Devices: a database found to be a copy registers as a new device."""

from __future__ import annotations

from fastapi import APIRouter

from server import enrolment
from server.api.deps import CurrentDevice, SessionDep
from server.api.routes.responses import errors
from server.schemas import ForkOut

router = APIRouter(prefix="/devices", tags=["devices"])


@router.post("/fork", response_model=ForkOut, responses=errors(401))
def fork(device: CurrentDevice, session: SessionDep) -> ForkOut:
    return ForkOut.model_validate(enrolment.fork(session, device))
