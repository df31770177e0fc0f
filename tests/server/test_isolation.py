"""Isolation: a device of company A can neither write nor read anything of company B or of the
partner's pool, whatever ids or scopes it forges."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import select

from server.models import AuditLog
from tests.server.support import Device, World, error_of


def _refused(world: World, device: Device, forged: dict[str, Any]) -> None:
    good = device.change(world.company_a, str(uuid.uuid4()), "name", "正当な変更")
    # The valid change comes first (lower device_seq): it must not be applied either.
    good["device_seq"], forged["device_seq"] = forged["device_seq"], good["device_seq"]
    response = world.push(device, [good, forged])
    assert response.status_code == 403, response.text
    assert response.json()["error"] == "out_of_scope"
    assert response.json()["change_id"] == forged["change_id"]


def test_a_company_device_cannot_write_another_company_or_the_pool(world: World) -> None:
    a = world.enrol(world.company_a)
    before = [(c.tbl, c.row_id, c.col, c.value) for c in world.cells()]
    _refused(world, a, a.change(world.company_b, str(uuid.uuid4()), "name", "乗っ取り"))
    _refused(world, a, a.change(world.partner_id, str(uuid.uuid4()), "name", "乗っ取り"))
    _refused(world, a, a.change(str(uuid.uuid4()), str(uuid.uuid4()), "name", "存在しないスコープ"))
    # Company and partner rows are their own scope.
    _refused(world, a, a.change(world.company_a, world.company_b, "name", "乗っ取り", tbl="company"))
    _refused(world, a, a.change(world.company_a, world.company_a, "name", "偽パートナー", tbl="partner"))
    assert [(c.tbl, c.row_id, c.col, c.value) for c in world.cells()] == before == []
    with world.sessions() as session:
        refusals = session.scalars(select(AuditLog.detail).where(AuditLog.action == "push_refused")).all()
    assert len(refusals) == 5 and all("out_of_scope" in detail for detail in refusals)


def test_a_row_of_another_scope_cannot_be_reached_through_ones_own_scope(world: World) -> None:
    b = world.enrol(world.company_b, "川辺のPC")
    a = world.enrol(world.company_a)
    task_b = str(uuid.uuid4())
    assert world.push(b, [b.change(world.company_b, task_b, "name", "B社の業務")]).status_code == 200
    _refused(world, a, a.change(world.company_a, task_b, "name", "上書き"))
    _refused(world, a, a.change(world.company_a, task_b, "note", "新しい列"))
    assert {(c.scope_id, c.value) for c in world.cells()} == {(world.company_b, '"B社の業務"')}


def test_a_row_keeps_one_scope_within_a_batch(world: World) -> None:
    partner = world.enrol(world.partner_id, "パートナーPC")
    row = str(uuid.uuid4())
    first = partner.change(world.company_a, row, "name", "A")
    second = partner.change(world.company_b, row, "note", "B")
    response = world.push(partner, [first, second])
    assert response.status_code == 403
    assert response.json()["change_id"] == second["change_id"]
    assert world.cells() == []


def test_a_company_device_never_reads_other_scopes(world: World) -> None:
    a = world.enrol(world.company_a)
    b = world.enrol(world.company_b, "川辺のPC")
    partner = world.enrol(world.partner_id, "パートナーPC")
    assert world.push(a, [a.change(world.company_a, str(uuid.uuid4()), "name", "A社")]).status_code == 200
    assert world.push(b, [b.change(world.company_b, str(uuid.uuid4()), "name", "B社")]).status_code == 200
    pool_row = str(uuid.uuid4())
    assert (
        world.push(partner, [partner.change(world.partner_id, pool_row, "name", "プール")]).status_code == 200
    )
    assert {c["scope_id"] for c in world.pull_all(a)} == {world.company_a}
    assert {c["scope_id"] for c in world.pull_all(b)} == {world.company_b}
    assert {c["scope_id"] for c in world.pull_all(partner)} == {
        world.company_a,
        world.company_b,
        world.partner_id,
    }
    # A forged cursor naming other scopes changes nothing.
    from server.cursor import encode

    forged = encode({world.company_b: 0, world.partner_id: 0})
    page = world.pull(a, forged).json()
    assert {c["scope_id"] for c in page["cells"]} == {world.company_a}


def test_unknown_missing_and_revoked_tokens_are_refused(world: World) -> None:
    a = world.enrol(world.company_a)
    for headers in ({}, {"Authorization": "Bearer nope"}, {"Authorization": f"Basic {a.token}"}):
        response = world.client.get("/api/v1/sync/pull", headers=headers)
        assert response.status_code == 401
        assert error_of(response) == "unauthorized"
        assert response.headers["www-authenticate"] == "Bearer"
    assert world.pull(a).status_code == 200
    with world.sessions() as session:
        from server.crud import devices

        device = devices.get(session, a.device_id)
        assert device is not None and devices.revoke(session, device)
        session.commit()
    for response in (
        world.pull(a),
        world.push(a, []),
        world.client.post("/api/v1/devices/fork", headers=a.headers),
    ):
        assert response.status_code == 401
        assert error_of(response) == "unauthorized"
    with world.sessions() as session:
        failures = session.scalars(select(AuditLog).where(AuditLog.action == "auth_failed")).all()
        assert len(failures) == 6
        assert sum(1 for f in failures if f.device_id == a.device_id) == 3
        assert all(a.token not in f.detail for f in failures)
