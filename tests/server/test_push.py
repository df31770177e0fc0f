"""Push: cells stored with per-scope sequence numbers, retries answered identically, copies caught."""

from __future__ import annotations

import json
import uuid
from typing import Any

from fastapi import FastAPI
from sqlalchemy import event, func, select

from server.models import AuditLog, ChangeSeen, Device, PushBatch
from tests.server.support import PUSH, World, error_of


def test_a_batch_is_stored_with_increasing_sequence_numbers_per_scope(world: World) -> None:
    a = world.enrol(world.company_a)
    partner = world.enrol(world.partner_id, "パートナーPC")
    task = str(uuid.uuid4())
    changes = [
        a.change(world.company_a, task, col, value) for col, value in (("name", "請求書"), ("deleted", 0))
    ]
    changes.append(a.change(world.company_a, task, "minutes_per_occurrence", 45))
    response = world.push(a, changes)
    assert response.status_code == 200, response.text
    assert response.json() | {"server_time_ms": 0} == {
        "acked_through": 3,
        "applied": 3,
        "skipped": 0,
        "conflicts": 0,
        "server_time_ms": 0,
    }
    pool = str(uuid.uuid4())
    assert (
        world.push(partner, [partner.change(world.partner_id, pool, "name", "共有メモ")]).status_code == 200
    )
    more = [a.change(world.company_a, task, "note", "月末")]
    assert world.push(a, more).status_code == 200
    cells = world.cells()
    by_scope: dict[str, list[int]] = {}
    for cell in cells:
        by_scope.setdefault(cell.scope_id, []).append(cell.seq)
    assert by_scope == {world.company_a: [1, 2, 3, 4], world.partner_id: [1]}
    stored = {(c.row_id, c.col): c.value for c in cells}
    assert stored[(task, "name")] == '"請求書"'
    assert stored[(task, "minutes_per_occurrence")] == "45"
    assert all(c.device_id == a.device_id for c in cells if c.scope_id == world.company_a)
    with world.sessions() as session:
        device = session.get(Device, a.device_id)
        assert device is not None and device.acked_seq == 4 and device.last_seen_ms is not None


def test_a_retried_batch_gets_the_same_answer_and_changes_nothing(world: World) -> None:
    a = world.enrol(world.company_a)
    task = str(uuid.uuid4())
    body = a.batch(
        [a.change(world.company_a, task, "name", "検品"), a.change(world.company_a, task, "deleted", 0)]
    )
    first = world.client.post(PUSH, json=body, headers=a.headers)
    assert first.status_code == 200
    before = [(c.tbl, c.row_id, c.col, c.value, c.hlc, c.seq) for c in world.cells()]
    again = world.client.post(PUSH, json=body, headers=a.headers)
    assert again.status_code == 200
    assert again.content == first.content
    assert [(c.tbl, c.row_id, c.col, c.value, c.hlc, c.seq) for c in world.cells()] == before
    with world.sessions() as session:
        assert session.scalar(select(func.count()).select_from(PushBatch)) == 1
        assert session.scalar(select(func.count()).where(AuditLog.action == "push_retry")) == 1


def test_changes_already_seen_are_skipped_in_a_new_batch(world: World) -> None:
    a = world.enrol(world.company_a)
    task = str(uuid.uuid4())
    changes = [
        a.change(world.company_a, task, "name", "棚卸し"),
        a.change(world.company_a, task, "deleted", 0),
    ]
    assert world.push(a, changes).json()["applied"] == 2
    before = [(c.col, c.seq) for c in world.cells()]
    response = world.push(a, changes)
    assert response.status_code == 200
    assert (response.json()["applied"], response.json()["skipped"], response.json()["acked_through"]) == (
        0,
        2,
        2,
    )
    assert [(c.col, c.seq) for c in world.cells()] == before


def test_acked_through_never_goes_back(world: World) -> None:
    a = world.enrol(world.company_a)
    task = str(uuid.uuid4())
    assert (
        world.push(a, [a.change(world.company_a, task, "name", "x") for _ in range(3)]).json()[
            "acked_through"
        ]
        == 3
    )
    assert world.push(a, []).json()["acked_through"] == 3


def test_a_copied_database_is_caught_and_nothing_of_its_batch_applied(world: World) -> None:
    a = world.enrol(world.company_a)
    task = str(uuid.uuid4())
    original = [
        a.change(world.company_a, task, "name", "原本"),
        a.change(world.company_a, task, "deleted", 0),
    ]
    assert world.push(a, original).status_code == 200
    # The copy was made before those changes: it numbers its own changes from the same place.
    a.seq = 0
    copy_changes = [a.change(world.company_a, str(uuid.uuid4()), "name", "コピー") for _ in range(2)]
    copy_changes[0]["device_seq"] = 0  # new and unique: would apply, but the whole batch must roll back
    response = world.push(a, copy_changes)
    assert response.status_code == 409
    assert error_of(response) == "duplicate_device"
    assert {c.value for c in world.cells()} == {'"原本"', "0"}
    with world.sessions() as session:
        assert session.scalar(select(func.count()).select_from(ChangeSeen)) == 2

    # The copy forks into a new device and renumbers its unacknowledged changes.
    fork = world.client.post("/api/v1/devices/fork", headers=a.headers)
    assert fork.status_code == 200
    new_id, new_token = fork.json()["device_id"], fork.json()["token"]
    assert new_id != a.device_id and new_token != a.token
    renumbered = [dict(ch, device_seq=i + 1) for i, ch in enumerate([original[0], *copy_changes])]
    body = {"device_id": new_id, "batch_id": str(uuid.uuid4()), "schema_version": 2, "changes": renumbered}
    retried = world.client.post(PUSH, json=body, headers={"Authorization": f"Bearer {new_token}"})
    assert retried.status_code == 200, retried.text
    assert (retried.json()["applied"], retried.json()["skipped"]) == (2, 1)
    with world.sessions() as session:
        forked = session.get(Device, new_id)
        assert forked is not None
        assert (forked.forked_from, forked.kind, forked.scope_id) == (a.device_id, "company", world.company_a)
        audit = session.scalars(select(AuditLog).where(AuditLog.action == "fork")).one()
        assert json.loads(audit.detail) == {"forked_from": a.device_id}
        assert new_token not in audit.detail


def test_the_body_device_must_be_the_token_device(world: World) -> None:
    a = world.enrol(world.company_a)
    other = world.enrol(world.company_a, "事務所PC")
    body = a.batch([a.change(world.company_a, str(uuid.uuid4()), "name", "x")])
    response = world.client.post(PUSH, json=body, headers=other.headers)
    assert response.status_code == 403
    assert error_of(response) == "out_of_scope"
    assert world.cells() == []


def test_a_push_runs_the_same_statements_whatever_its_size(world: World, app: FastAPI) -> None:
    """The merge is set-based: no statement a change, on either database."""
    a = world.enrol(world.company_a)
    statements: list[str] = []

    def count(conn: Any, cursor: Any, sql: str, params: Any, context: Any, executemany: bool) -> None:
        statements.append(sql)

    def push_rows(rows: int) -> list[str]:
        statements.clear()
        changes = []
        for _ in range(rows):
            task = str(uuid.uuid4())
            changes += [a.change(world.company_a, task, col, col) for col in ("name", "note", "status")]
        response = world.push(a, changes)
        assert response.status_code == 200, response.text
        assert response.json()["applied"] == 3 * rows
        return list(statements)

    event.listen(app.state.engine, "before_cursor_execute", count)
    try:
        small, large = push_rows(1), push_rows(100)
    finally:
        event.remove(app.state.engine, "before_cursor_execute", count)
    assert len(small) == len(large) <= 16
    assert len(world.cells()) == 3 * 101
