"""Sync bundles on a USB stick: merge both ways, idempotent, refused when damaged or foreign."""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core.db import Database, open_database
from desktop.core.services.companies import CompanyData, create_company
from desktop.core.services.conflicts import list_conflicts
from desktop.core.services.tasks import TaskFields, create_task, get_task, list_tasks, update_task
from desktop.core.sync.bundle import BundleError, export_bundle, import_bundle

KEY = b"k" * 32


@pytest.fixture
def laptop(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "laptop.sqlite3")
    yield database
    database.close()


def carry(src: Database, dest: Database, path: Path, scope: str, key: bytes = KEY) -> int:
    export_bundle(src, path, scope, KEY, {scope})
    return import_bundle(dest, path, {scope: key}, {scope}).cells_applied


def test_round_trip_and_idempotent(db: Database, laptop: Database, tmp_path: Path) -> None:
    company = create_company(db, CompanyData(name="山里茶園"))
    task = create_task(db, company.id, TaskFields(name="請求書の発行"))
    assert carry(db, laptop, tmp_path / "a.mshg", company.id) > 0
    assert get_task(laptop, task.id).fields == get_task(db, task.id).fields
    # The same file again changes nothing.
    result = import_bundle(laptop, tmp_path / "a.mshg", {company.id: KEY}, {company.id})
    assert result.cells_applied == 0 and result.conflicts == 0
    # And back: the laptop's edit reaches the owner's PC.
    update_task(laptop, task.id, TaskFields(name="請求書の発行（月末）"))
    carry(laptop, db, tmp_path / "b.mshg", company.id)
    assert get_task(db, task.id).fields.name == "請求書の発行（月末）"


def test_concurrent_edits_are_kept_as_a_conflict(db: Database, laptop: Database, tmp_path: Path) -> None:
    company = create_company(db, CompanyData(name="A"))
    task = create_task(db, company.id, TaskFields(name="v0"))
    carry(db, laptop, tmp_path / "1.mshg", company.id)
    update_task(db, task.id, TaskFields(name="owner's edit"))
    update_task(laptop, task.id, TaskFields(name="partner's edit"))
    carry(db, laptop, tmp_path / "2.mshg", company.id)
    conflicts = list_conflicts(laptop)
    assert len(conflicts) == 1
    assert {conflicts[0].winner_value, conflicts[0].loser_value} == {"owner's edit", "partner's edit"}
    assert get_task(laptop, task.id).fields.name == conflicts[0].winner_value


@pytest.mark.parametrize("damage", ["truncate", "flip_payload", "edit_header", "not_json"])
def test_damaged_or_tampered_files_are_refused(
    db: Database, laptop: Database, tmp_path: Path, damage: str
) -> None:
    company = create_company(db, CompanyData(name="A"))
    create_task(db, company.id, TaskFields(name="x"))
    path = tmp_path / "x.mshg"
    export_bundle(db, path, company.id, KEY, {company.id})
    raw = path.read_text()
    if damage == "truncate":
        path.write_text(raw[: len(raw) // 2])
    elif damage == "not_json":
        path.write_bytes(b"\x89PNG\r\n")
    else:
        envelope = json.loads(raw)
        if damage == "flip_payload":
            payload = bytearray(base64.b64decode(envelope["payload"]))
            payload[len(payload) // 2] ^= 0xFF
            envelope["payload"] = base64.b64encode(bytes(payload)).decode()
        else:
            envelope["header"] = envelope["header"].replace(company.id, "f" * 36)
        path.write_text(json.dumps(envelope))
    with pytest.raises(BundleError):
        import_bundle(laptop, path, {company.id: KEY}, {company.id})
    assert list_tasks(laptop) == []


def test_foreign_key_or_scope_is_refused(db: Database, laptop: Database, tmp_path: Path) -> None:
    company = create_company(db, CompanyData(name="A"))
    path = tmp_path / "x.mshg"
    export_bundle(db, path, company.id, KEY, {company.id})
    with pytest.raises(BundleError) as info:
        import_bundle(laptop, path, {company.id: b"other key" * 4}, {company.id})
    assert info.value.code == "tampered"
    with pytest.raises(BundleError) as info:
        import_bundle(laptop, path, {company.id: KEY}, {"another-scope"})
    assert info.value.code == "foreign"


def test_export_never_overwrites(db: Database, tmp_path: Path) -> None:
    company = create_company(db, CompanyData(name="A"))
    path = tmp_path / "exists.mshg"
    path.write_text("keep me")
    with pytest.raises(FileExistsError):
        export_bundle(db, path, company.id, KEY, {company.id})
    assert path.read_text() == "keep me"
