"""Helpers of the server tests: a small world of scopes, enrolled devices and changes."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from typing import Any

import httpx
from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from desktop.core.sync.hlc import HybridClock
from server.crud import enrol as enrol_crud
from server.crud import scopes
from server.models import Cell

SCHEMA = 2
PUSH = "/api/v1/sync/push"
PULL = "/api/v1/sync/pull"
ENROL = "/api/v1/enrol"


@dataclass
class Device:
    """An enrolled device as a client sees it: its token, scopes and next sequence number."""

    device_id: str
    token: str
    scopes: list[dict[str, str]]
    bundle_key: str
    seq: int = 0
    clock: HybridClock = field(default_factory=HybridClock)

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}

    def change(
        self,
        scope_id: str,
        row_id: str,
        col: str,
        value: Any,
        *,
        tbl: str = "task",
        hlc: int | None = None,
        base_hlc: int | None = None,
        raw_value: str | None = None,
        schema_version: int = SCHEMA,
    ) -> dict[str, Any]:
        """A change with the next device_seq and a fresh stamp; ``value`` is JSON-encoded."""
        self.seq += 1
        return {
            "change_id": str(uuid.uuid4()),
            "device_seq": self.seq,
            "tbl": tbl,
            "row_id": row_id,
            "scope_id": scope_id,
            "col": col,
            "value": raw_value if raw_value is not None else json.dumps(value, ensure_ascii=False),
            "hlc": hlc if hlc is not None else self.clock.now(),
            "base_hlc": base_hlc,
            "schema_version": schema_version,
        }

    def batch(
        self, changes: list[dict[str, Any]], batch_id: str | None = None, **extra: Any
    ) -> dict[str, Any]:
        return {
            "device_id": self.device_id,
            "batch_id": batch_id or str(uuid.uuid4()),
            "schema_version": SCHEMA,
            "changes": changes,
            **extra,
        }


@dataclass
class World:
    client: TestClient
    sessions: sessionmaker[Session]
    partner_id: str
    company_a: str
    company_b: str

    @classmethod
    def create(cls, client: TestClient, sessions: sessionmaker[Session]) -> World:
        with sessions() as session:
            partner = scopes.create_partner(session, "さとやまテレワークセンター")
            a = scopes.create_company(session, "山里茶園", partner.id)
            b = scopes.create_company(session, "川辺製材所", partner.id)
            session.commit()
            return cls(client, sessions, partner.id, a.id, b.id)

    def add_company(self, name: str) -> str:
        with self.sessions() as session:
            company = scopes.create_company(session, name, self.partner_id)
            session.commit()
            return company.id

    def code(self, scope_id: str, hours: float = 168) -> str:
        with self.sessions() as session:
            scope = scopes.find_scope(session, scope_id)
            assert scope is not None
            code, _ = enrol_crud.create_code(session, scope.id, scope.kind, hours)
            session.commit()
            return code

    def enrol(self, scope_id: str, name: str = "社長のPC") -> Device:
        response = self.client.post(
            ENROL, json={"code": self.code(scope_id), "device_name": name, "schema_version": SCHEMA}
        )
        assert response.status_code == 200, response.text
        body = response.json()
        return Device(body["device_id"], body["token"], body["scopes"], body["bundle_key"])

    def push(self, device: Device, changes: list[dict[str, Any]], **kw: Any) -> httpx.Response:
        response: httpx.Response = self.client.post(
            PUSH, json=device.batch(changes, **kw), headers=device.headers
        )
        return response

    def pull(self, device: Device, cursor: str = "", limit: int = 1000) -> httpx.Response:
        response: httpx.Response = self.client.get(
            PULL, params={"cursor": cursor, "limit": limit}, headers=device.headers
        )
        return response

    def pull_all(self, device: Device, limit: int = 1000) -> list[dict[str, Any]]:
        cells: list[dict[str, Any]] = []
        cursor = ""
        while True:
            response = self.pull(device, cursor, limit)
            assert response.status_code == 200, response.text
            page = response.json()
            cells += page["cells"]
            cursor = page["cursor"]
            if not page["has_more"]:
                return cells

    def cells(self) -> list[Cell]:
        with self.sessions() as session:
            return list(session.scalars(select(Cell).order_by(Cell.scope_id, Cell.seq)))


def error_of(response: httpx.Response) -> str:
    body = response.json()
    assert set(body) >= {"error", "message"}, body
    return str(body["error"])
