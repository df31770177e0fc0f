"""What the GUI and the CLI call to connect and sync: state, token storage and the engine together."""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from desktop.core.db import Database
from desktop.core.models import Conflict
from desktop.core.services.companies import list_companies
from desktop.core.sync import bundle, outbox
from desktop.core.sync.bundle import BundleError
from desktop.core.sync.credentials import TokenStore, account_for
from desktop.core.sync.engine import (
    BACKLOG_PAGE,
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
    waiting: int | None  # None when not counted (a count of a long outbox takes a while)
    last_sync_ms: int | None
    open_conflicts: int
    blocked: str | None
    clock_warning_ms: int | None
    scopes: list[dict[str, str]]

    @property
    def connected(self) -> bool:
        return self.server_url is not None


def sync_status(db: Database, count_waiting: bool = True) -> SyncStatus:
    """Where this database syncs and how it stands; ``count_waiting=False`` skips counting the
    outbox (a scan of every waiting change), for a quick first paint."""
    with db.write() as session:
        state = load_state(session)
        conflicts = session.scalar(
            select(func.count())
            .select_from(Conflict)
            .where(Conflict.resolved.is_(False), Conflict.deleted.is_(False))
        )
        return SyncStatus(
            server_url=state.server_url,
            waiting=outbox.count(session, push_scopes(state)) if count_waiting else None,
            last_sync_ms=state.last_sync_ms,
            open_conflicts=int(conflicts or 0),
            blocked=state.blocked,
            clock_warning_ms=state.clock_warning_ms,
            scopes=list(json.loads(state.scopes or "[]")),
        )


def bundle_account(scope_id: str) -> str:
    """Where a scope's bundle key is kept in the credential store."""
    return f"bundle-key#{scope_id}"


def _bundle_keys(enrolment: Enrolment) -> dict[str, str]:
    keys = {str(s["id"]): str(s["bundle_key"]) for s in enrolment.scopes if s.get("bundle_key")}
    if enrolment.bundle_key and enrolment.scopes:
        keys.setdefault(str(enrolment.scopes[0]["id"]), enrolment.bundle_key)
    return keys


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
        for scope_id, key in _bundle_keys(enrolment).items():
            self.tokens.set(bundle_account(scope_id), key)
        return enrolment

    # --- sync bundles (no network at all) -----------------------------------------------------

    def bundle_keys(self) -> dict[str, bytes]:
        """The bundle keys this device holds, per scope (from the credential store)."""
        keys: dict[str, bytes] = {}
        for scope in sync_status(self.db).scopes:
            stored = self.tokens.get(bundle_account(str(scope["id"])))
            if stored:
                keys[str(scope["id"])] = base64.b64decode(stored)
        return keys

    def _bundle_scopes(self) -> set[str]:
        scopes = {str(s["id"]) for s in sync_status(self.db).scopes}
        if any(s.get("kind") == "partner" for s in sync_status(self.db).scopes):
            scopes |= {c.id for c in list_companies(self.db)}
        return scopes

    def export_bundle(self, path: Path, company_id: str | None = None) -> int:
        """Write this device's changes and cells of one company to the new file ``path``."""
        keys = self.bundle_keys()
        companies = [s for s in self._bundle_scopes() if s in keys and s != self._partner_scope()]
        scope = company_id or (companies[0] if len(companies) == 1 else None)
        if scope is None or scope not in keys:
            raise BundleError("no_key")
        return bundle.export_bundle(self.db, path, scope, keys[scope], {scope})

    def import_bundle(self, path: Path) -> bundle.ImportResult:
        """Merge a bundle made by another device of the same company."""
        return bundle.import_bundle(self.db, path, self.bundle_keys(), self._bundle_scopes())

    def _partner_scope(self) -> str | None:
        return next((str(s["id"]) for s in sync_status(self.db).scopes if s.get("kind") == "partner"), None)

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

        engine = SyncEngine(
            self.db,
            self.transport_factory(server_url),
            token,
            on_new_token=store_new,
            backlog_page=BACKLOG_PAGE,
        )
        return engine.round()
