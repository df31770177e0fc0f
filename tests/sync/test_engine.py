"""The sync engine against the real server in process: rounds, skewed clocks, copied databases."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop.core.db import open_database
from desktop.core.services.companies import CompanyData, create_company
from desktop.core.services.conflicts import list_conflicts
from desktop.core.services.tasks import TaskFields, create_task, get_task, list_tasks, update_task
from desktop.core.sync.engine import SyncEngine, SyncError, enrol
from desktop.core.sync.hlc import system_ms
from tests.sync.inprocess import SERVER_URL, InProcessTransport, PartnerServer


class Device:
    def __init__(self, server: PartnerServer, path: Path, code: str) -> None:
        self.path = path
        self.db = open_database(path)
        self.transport = InProcessTransport(server.client, server)
        self.token = enrol(self.db, self.transport, SERVER_URL, code, path.stem).token
        self.engine = SyncEngine(self.db, self.transport, self.token, push_batch=5, pull_page=9)

    def round(self) -> None:
        self.engine.round()


@pytest.fixture
def company_id(server_app: PartnerServer) -> str:
    return server_app.create_company(server_app.create_partner(), "山里茶園")


@pytest.fixture
def devices(server_app: PartnerServer, company_id: str, tmp_path: Path) -> Iterator[list[Device]]:
    made = [
        Device(server_app, tmp_path / f"pc{i}.sqlite3", server_app.enrol_code(company_id)) for i in range(2)
    ]
    create_company(made[0].db, CompanyData(id=company_id, name="山里茶園"))
    made[0].round()
    made[1].round()
    yield made
    for d in made:
        d.db.close()


def test_two_devices_converge_and_conflicts_reach_both(devices: list[Device], company_id: str) -> None:
    owner, partner = devices
    task = create_task(owner.db, company_id, TaskFields(name="記帳"))
    owner.round()
    partner.round()
    assert get_task(partner.db, task.id).fields.name == "記帳"
    update_task(owner.db, task.id, TaskFields(name="記帳（社長）"))
    update_task(partner.db, task.id, TaskFields(name="記帳（パートナー）"))
    owner.round()
    partner.round()
    owner.round()
    assert get_task(owner.db, task.id).fields == get_task(partner.db, task.id).fields
    for d in devices:
        conflicts = list_conflicts(d.db)
        assert len(conflicts) == 1
        assert {conflicts[0].winner_value, conflicts[0].loser_value} == {"記帳（社長）", "記帳（パートナー）"}


def test_outbox_sequence_numbers_are_never_reused(devices: list[Device], company_id: str) -> None:
    owner, _ = devices
    with owner.db.read() as s:
        before = s.execute(text("SELECT seq FROM sqlite_sequence WHERE name = 'sync_outbox'")).scalar()
    create_task(owner.db, company_id, TaskFields(name="x"))
    with owner.db.read() as s:
        assert s.execute(text("SELECT min(device_seq) FROM sync_outbox")).scalar() > before


def test_fast_clock_is_restamped_and_nothing_is_lost(devices: list[Device], company_id: str) -> None:
    owner, partner = devices
    owner.db.sync.clock._wall = lambda: system_ms() + 3_600_000  # an hour fast
    task = create_task(owner.db, company_id, TaskFields(name="時計が進んだPC"))
    result = owner.engine.round()
    assert result.clock_skew_ms is not None and result.clock_skew_ms > 3_000_000
    partner.round()
    assert get_task(partner.db, task.id).fields.name == "時計が進んだPC"


def test_copied_database_becomes_a_new_device(
    devices: list[Device], company_id: str, server_app: PartnerServer, tmp_path: Path
) -> None:
    owner, partner = devices
    owner.db.close()
    copy_path = tmp_path / "copy.sqlite3"
    shutil.copy(owner.path, copy_path)
    owner.db = open_database(owner.path)
    owner.engine = SyncEngine(owner.db, owner.transport, owner.token, push_batch=5, pull_page=9)
    copy = open_database(copy_path)
    copy_engine = SyncEngine(copy, owner.transport, owner.token, push_batch=5, pull_page=9)
    a = create_task(owner.db, company_id, TaskFields(name="original"))
    b = create_task(copy, company_id, TaskFields(name="copy"))
    owner.round()
    result = copy_engine.round()
    assert result.forked
    assert copy.sync.device_id != owner.db.sync.device_id
    partner.round()
    names = {t.name for t in (x.fields for x in list_tasks(partner.db))}
    assert {"original", "copy"} <= names
    assert get_task(partner.db, a.id) and get_task(partner.db, b.id)
    copy.close()


def test_client_too_old_keeps_working_offline(devices: list[Device], company_id: str) -> None:
    owner, _ = devices
    owner.db.sync.schema_version = 0
    create_task(owner.db, company_id, TaskFields(name="古いアプリ"))
    with pytest.raises(SyncError) as info:
        owner.round()
    assert info.value.code == "client_too_old"
    with owner.db.read() as s:
        assert s.execute(text("SELECT count(*) FROM sync_outbox")).scalar() > 0  # kept


def test_retried_push_after_lost_answer_changes_nothing(
    devices: list[Device], company_id: str, server_app: PartnerServer
) -> None:
    from tests.sync.faults import FaultyTransport

    owner, partner = devices
    faulty = FaultyTransport(owner.transport)
    engine = SyncEngine(owner.db, faulty, owner.token, push_batch=500, pull_page=9)
    create_task(owner.db, company_id, TaskFields(name="一度だけ"))
    faulty.load(["drop_response"])
    with pytest.raises(Exception, match="drop_response"):
        engine.round()
    engine.round()
    partner.round()
    assert [t.fields.name for t in list_tasks(partner.db)] == ["一度だけ"]
