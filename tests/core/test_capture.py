"""Every write to a synced table becomes outbox cells in the same transaction (DESIGN section 4)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import delete, insert, select, text, update
from sqlalchemy.exc import IntegrityError

from desktop.core.db import Database, open_database
from desktop.core.models import Company, OutboxChange, Task
from desktop.core.services.companies import CompanyData, create_company
from desktop.core.services.tasks import TaskFields, create_task, set_task_deleted, update_task
from desktop.core.sync.capture import capture_suspended


def outbox(db: Database) -> list[OutboxChange]:
    with db.read() as s:
        return list(s.scalars(select(OutboxChange).order_by(OutboxChange.device_seq)))


def cell_clock(db: Database, tbl: str, row_id: str, col: str) -> int | None:
    with db.read() as s:
        return s.execute(
            text("SELECT hlc FROM sync_cell WHERE tbl = :t AND row_id = :r AND col = :c"),
            {"t": tbl, "r": row_id, "c": col},
        ).scalar()


@pytest.fixture
def company(db: Database) -> CompanyData:
    return create_company(db, CompanyData(name="山里茶園"))


def test_insert_produces_every_cell(db: Database, company: CompanyData) -> None:
    changes = [c for c in outbox(db) if c.row_id == company.id]
    columns = {c.name for c in Company.__table__.columns} - {"id", "scope_id"}
    assert {c.col for c in changes} == columns
    assert all(c.scope_id == company.id and c.base_hlc is None for c in changes)
    assert json.loads(next(c.value for c in changes if c.col == "name") or "") == "山里茶園"
    # Each cell clock holds the stamp of its outbox change.
    for c in changes:
        assert cell_clock(db, "company", company.id, c.col) == c.hlc


def test_update_of_one_field_produces_exactly_that_cell(db: Database, company: CompanyData) -> None:
    task = create_task(db, company.id, TaskFields(name="請求書の発行"))
    before = len(outbox(db))
    old_stamp = cell_clock(db, "task", task.id, "minutes_per_occurrence")
    update_task(db, task.id, TaskFields(name="請求書の発行", minutes_per_occurrence=45))
    new = outbox(db)[before:]
    assert [(c.tbl, c.row_id, c.col, c.value) for c in new] == [
        ("task", task.id, "minutes_per_occurrence", "45")
    ]
    assert new[0].base_hlc == old_stamp
    assert cell_clock(db, "task", task.id, "minutes_per_occurrence") == new[0].hlc > (old_stamp or 0)


def test_saving_unchanged_values_produces_nothing(db: Database, company: CompanyData) -> None:
    task = create_task(db, company.id, TaskFields(name="在庫確認"))
    before = len(outbox(db))
    update_task(db, task.id, task.fields)
    assert len(outbox(db)) == before


def test_delete_and_restore_are_tombstone_changes(db: Database, company: CompanyData) -> None:
    task = create_task(db, company.id, TaskFields(name="日報の集計"))
    before = len(outbox(db))
    set_task_deleted(db, task.id, True)
    set_task_deleted(db, task.id, False)
    new = outbox(db)[before:]
    assert [(c.col, c.value) for c in new] == [("deleted", "1"), ("deleted", "0")]
    assert new[1].hlc > new[0].hlc
    assert new[1].base_hlc == new[0].hlc


def test_bulk_update_is_captured_per_row(db: Database, company: CompanyData) -> None:
    ids = [create_task(db, company.id, TaskFields(name=f"作業{i}")).id for i in range(5)]
    before = len(outbox(db))
    with db.write() as s:
        s.execute(update(Task).where(Task.company_id == company.id).values(status="under_review"))
    new = outbox(db)[before:]
    assert sorted(c.row_id for c in new) == sorted(ids)
    assert {(c.col, c.value) for c in new} == {("status", '"under_review"')}


def test_core_insert_is_captured(db: Database, company: CompanyData) -> None:
    with db.write() as s:
        s.execute(insert(Task).values(id="t-raw", scope_id=company.id, company_id=company.id, name="生SQL"))
    assert {c.col for c in outbox(db) if c.row_id == "t-raw"} >= {"name", "frequency", "deleted"}


def test_hard_delete_is_impossible(db: Database, company: CompanyData) -> None:
    create_task(db, company.id, TaskFields(name="消せない"))
    with pytest.raises(IntegrityError, match="tombstoned"), db.write() as s:
        s.execute(delete(Task))
    with pytest.raises(IntegrityError, match="tombstoned"), db.write() as s:
        s.execute(text("DELETE FROM company"))


def test_scope_never_changes(db: Database, company: CompanyData) -> None:
    with pytest.raises(IntegrityError, match="never change"), db.write() as s:
        s.execute(update(Company).values(scope_id="elsewhere"))


def test_rolled_back_transaction_leaves_no_outbox_rows(db: Database, company: CompanyData) -> None:
    before = len(outbox(db))
    with pytest.raises(RuntimeError), db.write() as s:
        s.execute(update(Company).values(note="書きかけ"))
        s.add(Task(id="t-x", scope_id=company.id, company_id=company.id, name="途中"))
        s.flush()
        raise RuntimeError("power cut")
    assert len(outbox(db)) == before
    with db.read() as s:
        assert s.get(Task, "t-x") is None


def test_applying_remote_changes_creates_no_outbox_rows(db: Database, company: CompanyData) -> None:
    before = len(outbox(db))
    with db.write() as s, capture_suspended(Database.connection_state(s)):
        s.execute(update(Company).values(note="from the partner's laptop"))
    assert len(outbox(db)) == before
    # Capture is back on afterwards.
    with db.write() as s:
        s.execute(update(Company).values(note="local again"))
    assert len(outbox(db)) == before + 1


def test_stamps_follow_device_identity_and_survive_reopen(
    db_path: Path, db: Database, company: CompanyData
) -> None:
    last = max(c.hlc for c in outbox(db))
    device = db.sync.device_id
    db.close()
    again = open_database(db_path)
    try:
        assert again.sync.device_id == device
        task = create_task(again, company.id, TaskFields(name="再起動後"))
        assert min(c.hlc for c in outbox(again) if c.row_id == task.id) > last
    finally:
        again.close()
