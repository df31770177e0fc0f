"""Conflicts: the server records a losing value as a row of table ``conflict`` in the row's scope."""

from __future__ import annotations

import json
import uuid
from typing import Any

from desktop.core.sync.merge import CellKey, CellValue, ConflictRecord, Stamp, conflict_id_for
from desktop.core.sync.schema import CELLS
from server.conflicts import conflict_cells
from tests.server.support import Device, World


def _conflict_rows(cells: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    rows: dict[str, dict[str, Any]] = {}
    for cell in cells:
        if cell["tbl"] == "conflict":
            rows.setdefault(cell["row_id"], {})[cell["col"]] = json.loads(cell["value"])
    return rows


def _server_device(world: World) -> str:
    return str(world.client.app.state.sync.server_device_id)  # type: ignore[attr-defined]


def _two_devices(world: World) -> tuple[Device, Device]:
    return world.enrol(world.company_a, "社長のPC"), world.enrol(world.company_a, "事務所のPC")


def test_conflict_cells_cover_every_column_encoded_like_the_app() -> None:
    record = ConflictRecord(
        conflict_id="c",
        key=CellKey("task", "r", "name"),
        scope_id="s",
        winner=CellValue(Stamp(20, "d2"), '"新"'),
        loser=CellValue(Stamp(10, "d1"), '"旧"'),
        loser_change_id="x",
        reason="concurrent_edit",
    )
    cells = conflict_cells(record)
    assert set(cells) == CELLS["conflict"]
    assert cells["winner_value"] == json.dumps('"新"', ensure_ascii=False)
    assert (cells["winner_hlc"], cells["loser_device"], cells["reason"]) == (
        "20",
        '"d1"',
        '"concurrent_edit"',
    )
    assert (cells["resolved"], cells["deleted"]) == ("0", "0")


def test_a_concurrent_edit_keeps_the_losing_value(world: World) -> None:
    owner, office = _two_devices(world)
    task = str(uuid.uuid4())
    created = owner.change(world.company_a, task, "name", "請求書")
    assert world.push(owner, [created]).status_code == 200
    # The office PC edited the same cell offline, on top of an older state (no base).
    edit = office.change(world.company_a, task, "name", "請求書発行", hlc=created["hlc"] + 5)
    response = world.push(office, [edit])
    assert response.json()["conflicts"] == 1 and response.json()["applied"] == 1
    cells = world.pull_all(owner)
    conflicts = _conflict_rows(cells)
    conflict_id = conflict_id_for(created["change_id"])  # the losing change names the conflict
    assert set(conflicts) == {conflict_id}
    row = conflicts[conflict_id]
    assert set(row) == CELLS["conflict"]
    assert row | {"winner_hlc": 0, "loser_hlc": 0} == {
        "tbl": "task",
        "row_id": task,
        "col": "name",
        "winner_value": '"請求書発行"',
        "winner_hlc": 0,
        "winner_device": office.device_id,
        "loser_value": '"請求書"',
        "loser_hlc": 0,
        "loser_device": owner.device_id,
        "reason": "concurrent_edit",
        "resolved": 0,
        "deleted": 0,
    }
    assert (row["winner_hlc"], row["loser_hlc"]) == (edit["hlc"], created["hlc"])
    conflict_cells_ = [c for c in cells if c["tbl"] == "conflict"]
    assert {(c["scope_id"], c["device_id"]) for c in conflict_cells_} == {
        (world.company_a, _server_device(world))
    }
    assert all(c["hlc"] > edit["hlc"] for c in conflict_cells_)
    assert all(c["change_id"] is None for c in conflict_cells_)
    name = next(c for c in cells if c["tbl"] == "task" and c["col"] == "name")
    assert (name["value"], name["change_id"]) == ('"請求書発行"', edit["change_id"])


def test_a_late_losing_edit_is_kept_as_a_conflict(world: World) -> None:
    owner, office = _two_devices(world)
    task = str(uuid.uuid4())
    newer = owner.change(world.company_a, task, "name", "新しい名前")
    assert world.push(owner, [newer]).status_code == 200
    stale = office.change(world.company_a, task, "name", "古い名前", hlc=newer["hlc"] - 1)
    response = world.push(office, [stale])
    assert (response.json()["applied"], response.json()["conflicts"]) == (0, 1)
    row = _conflict_rows(world.pull_all(office))[conflict_id_for(stale["change_id"])]
    assert (row["winner_value"], row["loser_value"]) == ('"新しい名前"', '"古い名前"')


def test_an_edit_made_on_the_current_value_is_no_conflict(world: World) -> None:
    owner, office = _two_devices(world)
    task = str(uuid.uuid4())
    created = owner.change(world.company_a, task, "name", "元")
    assert world.push(owner, [created]).status_code == 200
    edit = office.change(world.company_a, task, "name", "次", base_hlc=created["hlc"], hlc=created["hlc"] + 1)
    assert world.push(office, [edit]).json()["conflicts"] == 0
    assert _conflict_rows(world.pull_all(owner)) == {}


def test_an_edit_of_a_deleted_row_is_a_deleted_row_conflict(world: World) -> None:
    owner, office = _two_devices(world)
    task = str(uuid.uuid4())
    name = owner.change(world.company_a, task, "name", "廃止する業務")
    alive = owner.change(world.company_a, task, "deleted", 0)
    assert world.push(owner, [name, alive]).status_code == 200
    tombstone = owner.change(world.company_a, task, "deleted", 1, base_hlc=alive["hlc"])
    assert world.push(owner, [tombstone]).status_code == 200
    edit = office.change(
        world.company_a, task, "name", "続ける", base_hlc=name["hlc"], hlc=tombstone["hlc"] + 1
    )
    response = world.push(office, [edit])
    assert response.json()["conflicts"] == 1
    # The edit is newer, so it takes the cell; the value it replaced is the one kept for review.
    row = _conflict_rows(world.pull_all(owner))[conflict_id_for(name["change_id"])]
    assert (row["reason"], row["winner_value"], row["loser_value"]) == (
        "deleted_row",
        '"続ける"',
        '"廃止する業務"',
    )


def test_a_conflict_row_already_there_is_not_written_again(world: World) -> None:
    owner, office = _two_devices(world)
    task = str(uuid.uuid4())
    created = owner.change(world.company_a, task, "name", "A")
    assert world.push(owner, [created]).status_code == 200
    edit = office.change(world.company_a, task, "name", "B", hlc=created["hlc"] + 3)
    # The office PC met the same conflict importing a sync bundle and pushes its conflict row first.
    conflict_id = conflict_id_for(created["change_id"])
    found = [
        office.change(world.company_a, conflict_id, col, "x" if col != "resolved" else 0, tbl="conflict")
        for col in sorted(CELLS["conflict"])
    ]
    assert world.push(office, found).status_code == 200
    response = world.push(office, [edit])
    assert response.json()["conflicts"] == 1
    conflict_cells_ = [c for c in world.cells() if c.tbl == "conflict"]
    assert len(conflict_cells_) == len(CELLS["conflict"])
    assert {c.device_id for c in conflict_cells_} == {office.device_id}


def test_a_late_copy_of_the_base_of_the_current_value_is_history_not_a_rival(world: World) -> None:
    owner, office = _two_devices(world)
    task = str(uuid.uuid4())
    base = owner.change(world.company_a, task, "name", "第一版")
    on_top = office.change(world.company_a, task, "name", "第二版", base_hlc=base["hlc"], hlc=base["hlc"] + 1)
    # The edit made on top of `base` reaches the server first (e.g. through a sync bundle).
    assert world.push(office, [on_top]).json()["conflicts"] == 0
    late = world.push(owner, [base])
    assert (late.json()["applied"], late.json()["conflicts"]) == (0, 0)
    assert _conflict_rows(world.pull_all(owner)) == {}
