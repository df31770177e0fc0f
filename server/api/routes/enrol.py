"""Enrolment: a one-time code becomes a device token."""

from __future__ import annotations

from fastapi import APIRouter, Request

from server import enrolment
from server.api.deps import SessionDep, SettingsDep, client_address
from server.api.routes.responses import errors
from server.crud import audit
from server.errors import ApiError
from server.schemas import EnrolIn, EnrolOut

router = APIRouter(tags=["enrol"])


@router.post("/enrol", response_model=EnrolOut, responses=errors(404, 410, 426, 429))
def enrol(body: EnrolIn, request: Request, session: SessionDep, settings: SettingsDep) -> EnrolOut:
    address = client_address(request)
    enrolment.check_rate(session, settings, address)
    try:
        return EnrolOut.model_validate(enrolment.enrol(session, body))
    except ApiError as exc:
        session.rollback()
        enrolment.count_failure(session, settings, address)
        audit.record(session, "enrol_refused", None, error=exc.code, address=address)
        session.commit()
        raise
