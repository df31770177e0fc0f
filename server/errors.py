"""Errors of the wire contract: every 4xx is ``{"error": CODE, "message": TEXT, ...extra}``."""

from __future__ import annotations

from typing import Any


class ApiError(Exception):
    """A refusal the client is told about, with the contract's status, code and extra fields."""

    def __init__(self, status: int, code: str, message: str, **extra: Any) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.extra = extra

    def body(self) -> dict[str, Any]:
        return {"error": self.code, "message": self.message, **self.extra}


def bad_request(message: str, detail: Any = None) -> ApiError:
    return ApiError(400, "bad_request", message, detail=detail if detail is not None else message)


def unauthorized(message: str = "missing, unknown or revoked token") -> ApiError:
    return ApiError(401, "unauthorized", message)


def out_of_scope(message: str, change_id: str | None = None) -> ApiError:
    extra = {"change_id": change_id} if change_id is not None else {}
    return ApiError(403, "out_of_scope", message, **extra)


def not_found(message: str = "not found") -> ApiError:
    return ApiError(404, "not_found", message)


def too_large(message: str, limit: int) -> ApiError:
    return ApiError(413, "too_large", message, limit=limit)


def client_too_old(min_version: int) -> ApiError:
    return ApiError(
        426,
        "client_too_old",
        f"schema version too old; this server accepts {min_version} or newer: update the app",
        min_schema_version=min_version,
    )
