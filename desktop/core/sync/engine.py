"""The client side of sync: enrolment and push/pull rounds against the partner server.

A round pushes the outbox (oldest first, bounded batches) and then pulls pages until the server has
nothing more. Every step is safe to interrupt: a push batch has a stable id, so a retry after a lost
answer gets the stored answer; a pulled page and its cursor are committed together.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from desktop.core import ids
from desktop.core.db import Database
from desktop.core.models import SyncState
from desktop.core.sync import outbox
from desktop.core.sync.apply import RemoteCell, apply_cells
from desktop.core.sync.capture import capture_suspended
from desktop.core.sync.hlc import system_ms
from desktop.core.sync.merge import Change
from desktop.core.sync.transport import JSON, Response, Transport

PUSH_BATCH = 500
PULL_PAGE = 1000
# The page size once the server has said there is more (a new device's bootstrap, a device back after
# a long time offline): fewer requests and commits for the backlog, while routine rounds keep short
# write transactions. At most the server's limit (server.core.config.MAX_PULL_LIMIT, 5000).
BACKLOG_PAGE = 5000
API = "/api/v1"


class SyncError(Exception):
    """Sync stopped; ``code`` says why (``unauthorized``, ``client_too_old``, ``out_of_scope``,
    ``rejected``, ``server_error``, ``not_connected``). Local data is untouched and kept."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


@dataclass
class RoundResult:
    pushed: int = 0
    pulled: int = 0
    conflicts: int = 0
    clock_skew_ms: int | None = None
    forked: bool = False
    server_time_ms: int | None = None
    waiting: int = 0


@dataclass(frozen=True)
class Enrolment:
    device_id: str
    token: str
    scopes: list[dict[str, Any]]
    bundle_key: str


def load_state(session: Session) -> SyncState:
    """The single sync state row (created on first use)."""
    state = session.get(SyncState, 1)
    if state is None:
        state = SyncState(id=1, cursor="", acked_seq=0, sent_seq=0, scopes="[]")
        session.add(state)
        session.flush()
    return state


def push_scopes(state: SyncState) -> list[str] | None:
    """The scopes whose changes this device sends: an owner's PC sends its company's only; a
    partner's laptop sends everything (its companies grow on the server as the partner adds them)."""
    scopes = json.loads(state.scopes or "[]")
    if not scopes or any(scope.get("kind") == "partner" for scope in scopes):
        return None
    return [str(scope["id"]) for scope in scopes]


def adopt_device_id(db: Database, session: Session, device_id: str) -> None:
    """Make ``device_id`` this database's identity (after enrolment or a fork)."""
    old = db.sync.require_device()
    if old == device_id:
        return
    session.execute(text("UPDATE sync_device SET device_id = :n"), {"n": device_id})
    session.execute(
        text("UPDATE sync_cell SET device_id = :n WHERE device_id = :o"), {"n": device_id, "o": old}
    )
    db.sync.device_id = device_id


def enrol(db: Database, transport: Transport, server_url: str, code: str, device_name: str) -> Enrolment:
    """Exchange a one-time enrolment code for a device token; the caller stores the token."""
    body = {
        "code": code.strip().upper(),
        "device_name": device_name,
        "schema_version": db.sync.schema_version,
    }
    answer = _expect_ok(transport.request("POST", f"{API}/enrol", body=body))
    enrolment = Enrolment(
        device_id=str(answer["device_id"]),
        token=str(answer["token"]),
        scopes=list(answer.get("scopes", [])),
        bundle_key=str(answer.get("bundle_key", "")),
    )
    with db.write() as session:
        adopt_device_id(db, session, enrolment.device_id)
        state = load_state(session)
        state.server_url = server_url
        state.scopes = json.dumps(enrolment.scopes, ensure_ascii=False)
        state.cursor = ""
        state.acked_seq = 0
        state.sent_seq = 0
        state.blocked = None
    db.sync.clock.receive(int(answer.get("server_time_ms", 0)) << 16)
    return enrolment


def _expect_ok(response: Response) -> JSON:
    if response.status == 200:
        return response.body
    code = str(response.body.get("error", "server_error"))
    if response.status >= 500:
        code = "server_error"
    raise SyncError(code, str(response.body.get("message", response.status)))


@dataclass
class SyncEngine:
    """One database's sync with one server, over ``transport`` with ``token``.

    ``on_new_token(device_id, token)`` is called when the server made this copy a new device.
    The first pull request of a round asks for ``pull_page`` cells; when the server has more, the
    following ones ask for ``backlog_page`` (None: ``pull_page`` throughout).
    """

    db: Database
    transport: Transport
    token: str
    on_new_token: Callable[[str, str], None] = field(default=lambda device_id, token: None)
    push_batch: int = PUSH_BATCH
    pull_page: int = PULL_PAGE
    backlog_page: int | None = None

    def round(self) -> RoundResult:
        """Push everything, then pull everything."""
        result = RoundResult()
        self.push(result)
        self.pull(result)
        with self.db.write() as session:
            state = load_state(session)
            state.last_sync_ms = system_ms()
            result.waiting = outbox.count(session, push_scopes(state))
        return result

    # --- push -----------------------------------------------------------------------------------

    def push(self, result: RoundResult) -> None:
        with self.db.write() as session:
            state = load_state(session)
            if state.blocked:
                raise SyncError(state.blocked)
            outbox.compact(session, state.sent_seq)
        skew_retries = 0
        while True:
            device_id = self.db.sync.require_device()
            with self.db.write() as session:
                state = load_state(session)
                changes = outbox.pending(session, device_id, self.push_batch, push_scopes(state))
                if not changes:
                    return
                state.sent_seq = max(state.sent_seq, changes[-1].device_seq)
            batch = {
                "device_id": device_id,
                # Derived from the content: a retry of the same changes reuses it (and gets the stored
                # answer), while a copied database's different changes can never match it.
                "batch_id": ids.derived_id("batch", device_id, *(c.change_id for c in changes)),
                "schema_version": self.db.sync.schema_version,
                "changes": [_change_json(c) for c in changes],
            }
            response = self.transport.request("POST", f"{API}/sync/push", token=self.token, body=batch)
            error = response.body.get("error")
            if response.status == 409 and error == "clock_skew" and skew_retries < 2:
                skew_retries += 1
                self._restamp(int(response.body["server_time_ms"]), result)
                continue
            if response.status == 409 and error == "duplicate_device" and not result.forked:
                self._fork(result)
                continue
            if response.status == 426:
                self._block("client_too_old")
            answer = _expect_ok(response)
            acked = int(answer["acked_through"])
            with self.db.write() as session:
                outbox.acknowledge(session, acked)
                state = load_state(session)
                state.acked_seq = max(state.acked_seq, acked)
            result.pushed += len(changes)
            result.conflicts += int(answer.get("conflicts", 0))
            result.server_time_ms = int(answer.get("server_time_ms", 0)) or None

    def _restamp(self, server_time_ms: int, result: RoundResult) -> None:
        result.clock_skew_ms = self.db.sync.clock.wall_now() - server_time_ms
        with self.db.write() as session:
            outbox.restamp(session, server_time_ms, self.db.sync.require_device())
            load_state(session).clock_warning_ms = result.clock_skew_ms

    def _fork(self, result: RoundResult) -> None:
        answer = _expect_ok(self.transport.request("POST", f"{API}/devices/fork", token=self.token, body={}))
        new_device, new_token = str(answer["device_id"]), str(answer["token"])
        with self.db.write() as session:
            adopt_device_id(self.db, session, new_device)
            state = load_state(session)
            state.acked_seq = 0
            state.sent_seq = 0
        self.token = new_token
        self.on_new_token(new_device, new_token)
        result.forked = True

    def _block(self, code: str) -> None:
        with self.db.write() as session:
            load_state(session).blocked = code
        raise SyncError(code)

    # --- pull -----------------------------------------------------------------------------------

    def pull(self, result: RoundResult) -> None:
        with self.db.write() as session:
            cursor = load_state(session).cursor
        page = self.pull_page
        while True:
            params = {"cursor": cursor, "limit": str(page)}
            answer = _expect_ok(
                self.transport.request("GET", f"{API}/sync/pull", token=self.token, params=params)
            )
            cells = _remote_cells(answer.get("cells", []))
            next_cursor = str(answer.get("cursor", cursor))
            if cells or next_cursor != cursor:  # else nothing to store (an idle round): no write
                with self.db.write() as session, capture_suspended(Database.connection_state(session)):
                    if cells:
                        # Past the greatest stamp of the page is past every stamp of it.
                        self.db.sync.clock.receive(max(cell.hlc for cell in cells))
                    result.pulled += apply_cells(session, cells)
                    session.execute(
                        text("UPDATE sync_state SET cursor = :c WHERE id = 1"), {"c": next_cursor}
                    )
            # Only this engine moves the cursor: the next page starts from the one just stored.
            cursor = next_cursor
            if not answer.get("has_more"):
                return
            page = max(page, self.backlog_page or 0)


def _change_json(change: Change) -> JSON:
    return {
        "change_id": change.change_id,
        "device_seq": change.device_seq,
        "tbl": change.tbl,
        "row_id": change.row_id,
        "scope_id": change.scope_id,
        "col": change.col,
        "value": change.value,
        "hlc": change.hlc,
        "base_hlc": change.base_hlc,
        "schema_version": change.schema_version,
    }


def _remote_cells(raws: list[JSON]) -> list[RemoteCell]:
    """The cells of a pull answer, with their types forced (the answer is JSON from a peer)."""
    return [
        RemoteCell(
            str(raw["tbl"]),
            str(raw["row_id"]),
            str(raw["scope_id"]),
            str(raw["col"]),
            str(raw["value"]),
            int(raw["hlc"]),
            str(raw["device_id"]),
            str(change) if (change := raw.get("change_id")) else None,
        )
        for raw in raws
    ]
