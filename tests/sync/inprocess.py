"""The real partner server in process: a transport over FastAPI's TestClient, and setup helpers.

The desktop sync engine talks to :class:`InProcessTransport` exactly as it talks over HTTPS, so the
tests exercise the wire contract end to end without a socket.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from fastapi import FastAPI
from fastapi.testclient import TestClient

from desktop.core.sync.transport import JSON, Response, TransportError
from server.core.config import Settings
from server.crud import enrol as enrol_crud
from server.crud import scopes
from server.db import make_engine, upgrade
from server.main import create_app

SERVER_URL = "https://partner.test"


class InProcessTransport:
    """A :class:`desktop.core.sync.transport.Transport` that calls the app in this process."""

    def __init__(self, client: TestClient, server: PartnerServer | None = None) -> None:
        self.client = client
        self.server = server
        self.requests: list[tuple[str, str]] = []

    def request(
        self,
        method: str,
        path: str,
        token: str | None = None,
        body: JSON | None = None,
        params: dict[str, str] | None = None,
    ) -> Response:
        if self.server is not None and not self.server.online:
            raise TransportError("the test network is down")
        self.requests.append((method, path))
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        answer = self.client.request(method, path, headers=headers, json=body, params=params)
        try:
            payload = answer.json()
        except ValueError:
            payload = {}
        return Response(answer.status_code, payload if isinstance(payload, dict) else {"value": payload})


class OfflineTransport:
    """A transport whose every request finds no network."""

    def request(
        self,
        method: str,
        path: str,
        token: str | None = None,
        body: JSON | None = None,
        params: dict[str, str] | None = None,
    ) -> Response:
        raise TransportError("no network")


@dataclass
class PartnerServer:
    """The partner server on its own SQLite file, with the setup its CLI offers."""

    app: FastAPI
    client: TestClient
    url: str = SERVER_URL
    online: bool = True
    urls_seen: list[str] = field(default_factory=list)

    def transport(self, base_url: str) -> InProcessTransport:
        """A :data:`TransportFactory`: every address reaches this server (the address is recorded)."""
        self.urls_seen.append(base_url)
        return InProcessTransport(self.client, self)

    def create_partner(self, name: str = "まちしごとパートナー", partner_id: str | None = None) -> str:
        with self.app.state.sessions() as session:
            partner = scopes.create_partner(session, name, partner_id)
            session.commit()
            return partner.id

    def create_company(self, partner_id: str, name: str, company_id: str | None = None) -> str:
        with self.app.state.sessions() as session:
            company = scopes.create_company(session, name, partner_id, company_id)
            session.commit()
            return company.id

    def enrol_code(self, scope_id: str, hours: float = 1.0) -> str:
        """A one-time enrolment code for a company or partner scope."""
        with self.app.state.sessions() as session:
            scope = scopes.find_scope(session, scope_id)
            assert scope is not None, scope_id
            code, _ = enrol_crud.create_code(session, scope.id, scope.kind, hours)
            session.commit()
            return code

    def close(self) -> None:
        self.client.close()
        self.app.state.engine.dispose()


def start_server(database: Path) -> PartnerServer:
    """A migrated server database at ``database`` and the app on it."""
    url = f"sqlite:///{database.as_posix()}"
    engine = make_engine(url)
    try:
        upgrade(engine)
    finally:
        engine.dispose()
    app = create_app(Settings(database_url=url))
    return PartnerServer(app, TestClient(app))
