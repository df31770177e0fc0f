"""The error responses of each route, for the OpenAPI document."""

from __future__ import annotations

from typing import Any

from server.schemas import ErrorOut


def errors(*statuses: int) -> dict[int | str, dict[str, Any]]:
    return {status: {"model": ErrorOut} for status in (400, *statuses)}
