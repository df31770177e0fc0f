"""Outbox compaction and re-stamping, and applying remote cells between two real databases."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop.core.db import Database, open_database
from desktop.core.services.companies import CompanyData, create_company, create_department, list_departments
from desktop.core.services.tasks import TaskFields, add_step, create_task, get_task, list_steps, update_task
from desktop.core.sync import outbox
from desktop.core.sync.apply import RemoteCell, apply_cells
from desktop.core.sync.capture import capture_suspended, cell_value_sql
from desktop.core.sync.hlc import pack, wall_ms

JSON_COLUMNS = {"suitability_override"}


@pytest.fixture
def other(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "other.sqlite3")
    yield database
    database.close()


def local_cells(db: Database) -> list[RemoteCell]:
    """Every winning cell of ``db`` as another device would receive it (value from the row)."""
    cells = []
    with db.read() as s:
        clocks = s.execute(text("SELECT tbl, row_id, col, hlc, device_id FROM sync_cell ORDER BY hlc")).all()
        for c in clocks:
            value = cell_value_sql(c.col, c.col in JSON_COLUMNS).replace("NEW.", "")
            row = s.execute(
                text(f"SELECT scope_id, {value} AS v FROM {c.tbl} WHERE id = :i"), {"i": c.row_id}
            ).one()
            cells.append(RemoteCell(c.tbl, c.row_id, row.scope_id, c.col, row.v, c.hlc, c.device_id))
    return cells


def transfer(src: Database, dest: Database, cells: list[RemoteCell] | None = None) -> int:
    with dest.write() as s, capture_suspended(Database.connection_state(s)):
        return apply_cells(s, cells if cells is not None else local_cells(src))


def outbox_rows(db: Database) -> list[tuple[int, str, str, int, int | None]]:
    with db.read() as s:
        return [
            tuple(r) for r in s.execute(text("SELECT device_seq, col, value, hlc, base_hlc FROM sync_outbox"))
        ]  # type: ignore[misc]


def test_compaction_keeps_newest_value_and_oldest_base(db: Database) -> None:
    company = create_company(db, CompanyData(name="A"))
    task = create_task(db, company.id, TaskFields(name="v1"))
    with db.read() as s:
        sent = int(s.execute(text("SELECT max(device_seq) FROM sync_outbox")).scalar_one())
    first_base = next(r[3] for r in outbox_rows(db) if r[2] == '"v1"')
    update_task(db, task.id, TaskFields(name="v2"))
    update_task(db, task.id, TaskFields(name="v3"))
    update_task(db, task.id, TaskFields(name="v3", minutes_per_occurrence=10))
    with db.write() as s:
        removed = outbox.compact(s, after_seq=sent)
    assert removed == 1
    after = [r for r in outbox_rows(db) if r[0] > sent]
    assert [(r[1], r[2]) for r in after] == [("name", '"v3"'), ("minutes_per_occurrence", "10")]
    assert after[0][4] == first_base  # the base the edits were made on
    # Nothing that may have been sent was touched.
    assert len([r for r in outbox_rows(db) if r[0] <= sent]) == sent


def test_restamp_keeps_order_and_chains(db: Database) -> None:
    company = create_company(db, CompanyData(name="A"))
    task = create_task(db, company.id, TaskFields(name="v1"))
    update_task(db, task.id, TaskFields(name="v2"))
    server_ms = wall_ms(db.sync.clock.last) - 3_600_000  # our clock is an hour fast
    with db.write() as s:
        outbox.restamp(s, server_ms, db.sync.require_device())
    rows = outbox_rows(db)
    stamps = [r[3] for r in rows]
    assert stamps == sorted(stamps) and len(set(stamps)) == len(stamps)
    assert all(pack(server_ms) < h < pack(server_ms + 1000) for h in stamps)
    names = [r for r in rows if r[2] in ('"v1"', '"v2"')]
    assert names[1][4] == names[0][3]  # v2 still says it was made on v1
    with db.read() as s:
        clock = s.execute(
            text("SELECT hlc FROM sync_cell WHERE tbl='task' AND row_id=:r AND col='name'"), {"r": task.id}
        ).scalar()
    assert clock == names[1][3]


def test_apply_creates_rows_parents_first_whatever_the_order(db: Database, other: Database) -> None:
    company = create_company(db, CompanyData(name="山里茶園"))
    dept = create_department(db, company.id, "経理")
    task = create_task(
        db, company.id, TaskFields(name="記帳", department_id=dept.id, minutes_per_occurrence=40)
    )
    add_step(db, task.id, "伝票を集める")
    cells = list(reversed(local_cells(db)))  # children before parents
    # Deliver in two partial pages: nothing can be made from the first, everything after the second.
    half = len(cells) // 2
    transfer(db, other, cells[:half])
    transfer(db, other, cells[half:])
    copy = get_task(other, task.id)
    assert copy.fields == get_task(db, task.id).fields
    assert copy.department_name == "経理"
    assert [s.text for s in list_steps(other, task.id)] == ["伝票を集める"]
    with other.read() as s:
        assert s.execute(text("SELECT count(*) FROM sync_stash")).scalar() == 0
        assert s.execute(text("SELECT count(*) FROM sync_outbox")).scalar() == 0  # applying is not editing


def test_apply_is_idempotent_and_last_writer_wins(db: Database, other: Database) -> None:
    company = create_company(db, CompanyData(name="A"))
    task = create_task(db, company.id, TaskFields(name="old"))
    transfer(db, other)
    assert transfer(db, other) == 0  # the same cells again change nothing
    update_task(other, task.id, TaskFields(name="newer, made on the other device"))
    update_task(db, task.id, TaskFields(name="older"))  # db's clock may be behind: compare stamps
    transfer(db, other)
    transfer(other, db)
    assert get_task(db, task.id).fields.name == get_task(other, task.id).fields.name


def test_unknown_columns_are_kept_not_dropped(db: Database) -> None:
    company = create_company(db, CompanyData(name="A"))
    future = RemoteCell("task", "t-future", company.id, "carbon_footprint", '"12kg"', pack(10**12), "dev-z")
    unknown_table = RemoteCell("robot", "r1", company.id, "name", '"x"', pack(10**12), "dev-z")
    with db.write() as s, capture_suspended(Database.connection_state(s)):
        apply_cells(s, [future, unknown_table])
    with db.read() as s:
        kept = s.execute(text("SELECT tbl, col, value FROM sync_stash ORDER BY tbl")).all()
    assert [tuple(k) for k in kept] == [("robot", "name", '"x"'), ("task", "carbon_footprint", '"12kg"')]


def test_foreign_key_to_a_row_not_yet_arrived_waits(db: Database, other: Database) -> None:
    company = create_company(db, CompanyData(name="A"))
    task = create_task(db, company.id, TaskFields(name="x"))
    transfer(db, other)
    dept = create_department(db, company.id, "出荷")
    update_task(db, task.id, TaskFields(name="x", department_id=dept.id))
    cells = local_cells(db)
    dept_cells = [c for c in cells if c.tbl == "department"]
    task_cells = [c for c in cells if c.tbl == "task"]
    transfer(db, other, task_cells)  # the department has not arrived: the task keeps its old value
    assert get_task(other, task.id).fields.department_id is None
    transfer(db, other, dept_cells)
    assert get_task(other, task.id).fields.department_id == dept.id
    assert [d.name for d in list_departments(other, company.id)] == ["出荷"]


@pytest.mark.parametrize(
    ("col", "value"),
    [("minutes_per_occurrence", str(2**70)), ("minutes_per_occurrence", "1e400"), ("name", "12"),
     ("personal_data", "7"), ("name", "null"), ("minutes_per_occurrence", "not json")],
)  # fmt: skip
def test_a_poison_cell_is_kept_aside_and_never_blocks_a_page(
    db: Database, other: Database, col: str, value: str
) -> None:
    """A value that does not fit its column (a buggy or hostile peer) waits in the stash; the rest
    of the page is applied and sync goes on."""
    company = create_company(db, CompanyData(name="A"))
    task = create_task(db, company.id, TaskFields(name="ok", minutes_per_occurrence=30))
    transfer(db, other)
    poison = RemoteCell(
        "task", task.id, company.id, col, value, pack(wall_ms(db.sync.clock.last) + 1), "dev-bad"
    )
    good = RemoteCell(
        "task",
        task.id,
        company.id,
        "note",
        '"still applied"',
        pack(wall_ms(db.sync.clock.last) + 1),
        "dev-bad",
    )
    transfer(db, other, [poison, good])
    copy = get_task(other, task.id)
    assert copy.fields.note == "still applied"
    assert getattr(copy.fields, col) == getattr(get_task(db, task.id).fields, col)  # unchanged
    with other.read() as s:
        assert s.execute(text("SELECT value FROM sync_stash WHERE col = :c"), {"c": col}).scalar() == value
