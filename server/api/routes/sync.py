"""Push and pull of cells (docs/sync-protocol.md)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response

from server.api.deps import CurrentDevice, SessionDep, SyncDep, record_refusal
from server.api.routes.responses import errors
from server.core.config import DEFAULT_PULL_LIMIT, MAX_PULL_LIMIT
from server.errors import ApiError
from server.schemas import PullOut, PushIn, PushOut

router = APIRouter(prefix="/sync", tags=["sync"])


@router.post("/push", response_model=PushOut, responses=errors(401, 403, 409, 413, 426))
def push(body: PushIn, device: CurrentDevice, session: SessionDep, sync: SyncDep) -> Response:
    device_id = device.id
    try:
        text = sync.push(session, device, body)
    except ApiError as exc:
        record_refusal(session, "push_refused", device_id, exc, batch_id=body.batch_id)
        raise
    # The stored text itself, so a retried batch gets exactly the same bytes.
    return Response(content=text, media_type="application/json")


@router.get("/pull", response_model=PullOut, responses=errors(401))
def pull(
    device: CurrentDevice,
    session: SessionDep,
    sync: SyncDep,
    cursor: Annotated[str, Query(max_length=16384, description="as returned by the last pull")] = "",
    limit: Annotated[int, Query(ge=1, le=MAX_PULL_LIMIT)] = DEFAULT_PULL_LIMIT,
) -> PullOut:
    return PullOut.model_validate(sync.pull(session, device, cursor, limit))
