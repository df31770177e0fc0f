"""Request and response bodies of the wire contract (docs/sync-protocol.md)."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints, field_validator
from pydantic_core import PydanticCustomError

from server.core.config import MAX_BATCH_CHANGES

MAX_INT64 = 2**63 - 1
TOO_LARGE = "too_large"


def _storable(text: str) -> str:
    """Refuse what no database column can hold: NUL characters and lone surrogates."""
    if "\x00" in text:
        raise ValueError("NUL characters are not allowed")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise ValueError("text is not valid Unicode") from exc
    return text


Text = Annotated[str, AfterValidator(_storable)]
Name = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200), AfterValidator(_storable)
]
# Row, scope, device, change and batch ids: UUIDs made by devices (any short plain token is accepted).
Id = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9_-]{1,36}$")]
Stamp = Annotated[int, Field(ge=0, le=MAX_INT64)]
Version = Annotated[int, Field(ge=0, le=1_000_000)]


class ChangeIn(BaseModel):
    change_id: Id
    device_seq: Stamp
    tbl: Annotated[Text, StringConstraints(max_length=40)]
    row_id: Id
    scope_id: Id
    col: Annotated[Text, StringConstraints(max_length=60)]
    value: Text = Field(description="the cell's value as JSON text")
    hlc: Stamp
    base_hlc: Stamp | None = None
    schema_version: Version


class PushIn(BaseModel):
    device_id: Id
    batch_id: Id
    schema_version: Version
    changes: list[ChangeIn] = Field(description=f"in increasing device_seq; at most {MAX_BATCH_CHANGES}")

    @field_validator("changes", mode="before")
    @classmethod
    def _not_too_many(cls, value: Any) -> Any:
        if isinstance(value, list) and len(value) > MAX_BATCH_CHANGES:
            raise PydanticCustomError(TOO_LARGE, "batch over {limit} changes", {"limit": MAX_BATCH_CHANGES})
        return value


class PushOut(BaseModel):
    acked_through: int
    applied: int
    skipped: int
    conflicts: int
    server_time_ms: int


class CellOut(BaseModel):
    tbl: str
    row_id: str
    scope_id: str
    col: str
    value: str
    hlc: int
    device_id: str
    change_id: str | None = Field(description="the change that wrote the value (null: written by the server)")
    seq: int


class PullOut(BaseModel):
    cells: list[CellOut]
    cursor: str
    has_more: bool
    server_time_ms: int


class EnrolIn(BaseModel):
    code: Annotated[Text, StringConstraints(max_length=40)]
    device_name: Name
    schema_version: Version


class ScopeOut(BaseModel):
    id: str
    kind: Literal["company", "partner"]
    name: str


class EnrolOut(BaseModel):
    device_id: str
    token: str
    scopes: list[ScopeOut]
    bundle_key: str
    server_time_ms: int


class ForkOut(BaseModel):
    device_id: str
    token: str


class HealthOut(BaseModel):
    status: Literal["ok"]
    schema_versions: list[int]
    server_time_ms: int


class ErrorOut(BaseModel):
    """Every 4xx body; some codes add fields (``detail``, ``change_id``, ``limit``, ...)."""

    model_config = ConfigDict(extra="allow")

    error: str
    message: str
