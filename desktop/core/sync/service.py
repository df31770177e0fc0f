"""What the GUI and the CLI call to connect and sync: state, token storage and the engine together."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import func, select

from desktop.core.db import Database
from desktop.core.models import Conflict
from desktop.core.sync import outbox
from desktop.core.sync.credentials import TokenStore, account_for
from desktop.core.sync.engine import (
    Enrolment,
    RoundResult,
    SyncEngine,
    SyncError,
    enrol,
    load_state,
    push_scopes,
)
from desktop.core.sync.transport import HttpTransport, Transport

TransportFactory = Callable[[str], Transport]


@dataclass(frozen=True)
class SyncStatus:
    """Everything the status bar shows about sync."""

    server_url: str | None
    waiting: int
    last_sync_ms: int | None
    open_conflicts: int
    blocked: str | None
    clock_warning_ms: int | None
    scopes: list[dict[str, str]]

    @property
    def connected(self) -> bool:
        return self.server_url is not None


def sync_status(db: Database) -> SyncStatus:
    with db.write() as session:
        state = load_state(session)
        conflicts = session.scalar(
            select(func.count())
            .select_from(Conflict)
            .where(Conflict.resolved.is_(False), Conflict.deleted.is_(False))
        )
        return SyncStatus(
            server_url=state.server_url,
            waiting=outbox.count(session, push_scopes(state)),
            last_sync_ms=state.last_sync_ms,
            open_conflicts=int(conflicts or 0),
            blocked=state.blocked,
            clock_warning_ms=state.clock_warning_ms,
            scopes=list(json.loads(state.scopes or "[]")),
        )


class SyncClient:
    """Connect a database to a partner server and run sync rounds.

    The token lives only in ``tokens`` (the OS credential store, or this session's memory).
    """

    def __init__(
        self, db: Database, tokens: TokenStore, transport_factory: TransportFactory = HttpTransport
    ) -> None:
        self.db = db
        self.tokens = tokens
        self.transport_factory = transport_factory

    def connect(self, server_url: str, code: str, device_name: str) -> Enrolment:
        """Enrol with a one-time code; afterwards :meth:`sync` works."""
        server_url = server_url.strip().rstrip("/")
        transport = self.transport_factory(server_url)
        enrolment = enrol(self.db, transport, server_url, code, device_name)
        self.tokens.set(account_for(server_url, enrolment.device_id), enrolment.token)
        return enrolment

    def _account(self) -> tuple[str, str]:
        status = sync_status(self.db)
        if status.server_url is None:
            raise SyncError("not_connected")
        return status.server_url, account_for(status.server_url, self.db.sync.require_device())

    def has_token(self) -> bool:
        try:
            _, account = self._account()
        except SyncError:
            return False
        return self.tokens.get(account) is not None

    def sync(self) -> RoundResult:
        """One full round. Raises :class:`SyncError` (with a code) or ``TransportError`` (offline)."""
        server_url, account = self._account()
        token = self.tokens.get(account)
        if token is None:
            raise SyncError("no_token")

        def store_new(device_id: str, new_token: str) -> None:
            self.tokens.set(account_for(server_url, device_id), new_token)

        engine = SyncEngine(self.db, self.transport_factory(server_url), token, on_new_token=store_new)
        return engine.round()
