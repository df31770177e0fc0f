"""Opening databases: pragmas, migrations agree with the models, backups before upgrades, and clear
refusals for files that must not be touched."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from desktop.core.db import (
    HEAD_REVISION,
    SCHEMA_VERSION,
    SCHEMA_VERSIONS,
    Database,
    head_revision,
    open_database,
)
from desktop.core.errors import DatabaseOpenError
from desktop.core.models import Base
from desktop.core.paths import DB_ENV, resolve_db_path


def test_pragmas(db: Database) -> None:
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_models_and_migrations_agree(db: Database) -> None:
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


def test_head_revision_constant_matches_alembic_and_has_a_sync_schema_version() -> None:
    assert head_revision() == HEAD_REVISION
    assert SCHEMA_VERSIONS[HEAD_REVISION] == SCHEMA_VERSION


def test_every_synced_table_has_capture_triggers(db: Database) -> None:
    from desktop.core.models import SYNCED_MODELS

    with db.engine.connect() as conn:
        names = {r[0] for r in conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'"))}
    for model in SYNCED_MODELS:
        table = model.__table__  # type: ignore[attr-defined]
        cells = {c.name for c in table.columns} - {"id", "scope_id"}
        expected = {f"sync_ins_{table.name}", f"sync_nodel_{table.name}", f"sync_fixed_{table.name}"}
        expected |= {f"sync_upd_{table.name}_{c}" for c in cells}
        assert expected <= names, expected - names


UPGRADE_NEXT = """
revision = "{next}"
down_revision = "{head}"
branch_labels = None
depends_on = None

from alembic import op


def upgrade() -> None:
    op.create_index("ix_test_task_name", "task", ["name"])


def downgrade() -> None:
    op.drop_index("ix_test_task_name", "task")
"""


def test_upgrade_takes_a_backup_first_and_keeps_data(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import desktop.core.db as dbmod
    from desktop.core.services.companies import CompanyData, create_company, list_companies

    db = open_database(db_path)
    create_company(db, CompanyData(name="川根の茶園"))
    db.close()
    newer = tmp_path / "migrations"
    shutil.copytree(dbmod.MIGRATIONS, newer)
    head = dbmod.HEAD_REVISION
    following = f"{int(head) + 1:04d}"
    (newer / "versions" / f"{following}_test.py").write_text(UPGRADE_NEXT.format(next=following, head=head))
    monkeypatch.setattr(dbmod, "MIGRATIONS", newer)
    monkeypatch.setitem(dbmod.SCHEMA_VERSIONS, following, dbmod.SCHEMA_VERSIONS[head] + 1)
    monkeypatch.setattr(dbmod, "HEAD_REVISION", following)

    upgraded = open_database(db_path)
    try:
        assert upgraded.backup_made is not None and upgraded.backup_made.exists()
        assert [c.name for c in list_companies(upgraded)] == ["川根の茶園"]
        assert dbmod.current_revision(upgraded) == following
    finally:
        upgraded.close()
    with sqlite3.connect(upgraded.backup_made) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (head,)
        assert conn.execute("SELECT name FROM company").fetchall() == [("川根の茶園",)]
    # Opening again needs no upgrade and makes no second backup.
    again = open_database(db_path)
    assert again.backup_made is None
    again.close()


def test_database_of_a_newer_app_is_not_touched(db_path: Path) -> None:
    open_database(db_path).close()
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'f999'")
    before = db_path.read_bytes()
    with pytest.raises(DatabaseOpenError) as info:
        open_database(db_path)
    assert info.value.code == "newer_schema"
    assert db_path.read_bytes() == before


def test_not_a_database_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_bytes("これはデータベースではありません".encode() * 100)
    before = path.read_bytes()
    with pytest.raises(DatabaseOpenError) as info:
        open_database(path)
    assert info.value.code == "not_a_database"
    assert path.read_bytes() == before


def test_other_programs_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
    with pytest.raises(DatabaseOpenError) as info:
        open_database(path)
    assert info.value.code == "not_machishigoto"
    with sqlite3.connect(path) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    assert tables == ["customers"]


@pytest.mark.skipif(os.name == "nt" or os.geteuid() == 0, reason="root ignores file permissions")
def test_read_only_location(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(DatabaseOpenError) as info:
            open_database(folder / "db.sqlite3")
        assert info.value.code == "read_only"
    finally:
        folder.chmod(0o700)


def test_read_only_file_as_root_too(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = open_database(tmp_path / "db.sqlite3")
    db.close()
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode: False if mode == os.W_OK else real_access(p, mode))
    with pytest.raises(DatabaseOpenError) as info:
        open_database(tmp_path / "db.sqlite3")
    assert info.value.code == "read_only"


def test_locked_database(db_path: Path) -> None:
    db = open_database(db_path)
    db.close()
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        import desktop.core.db as dbmod

        original = dbmod.BUSY_TIMEOUT_MS
        dbmod.BUSY_TIMEOUT_MS = 50
        try:
            with pytest.raises(DatabaseOpenError) as info:
                open_database(db_path)
        finally:
            dbmod.BUSY_TIMEOUT_MS = original
        assert info.value.code == "locked"
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_db_path_resolution(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(DB_ENV, str(tmp_path / "env.sqlite3"))
    assert resolve_db_path("/x/cli.sqlite3") == Path("/x/cli.sqlite3")
    assert resolve_db_path(None) == tmp_path / "env.sqlite3"
    monkeypatch.delenv(DB_ENV)
    assert resolve_db_path(None).name == "machishigoto.sqlite3"


def test_upgrade_from_0002_keeps_data_and_captures_the_new_cells(db_path: Path) -> None:
    """A database of the previous version upgrades in place; its rows keep every value, and the
    cells added by 0003 are captured for sync like the old ones."""
    from alembic import command

    import desktop.core.db as dbmod
    from desktop.core.services.tasks import get_task
    from desktop.core.sync.capture import SyncContext

    ctx = SyncContext(schema_version=2)
    engine = dbmod._make_engine(db_path, ctx)
    cfg = dbmod.alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0002")
    dbmod._load_device(engine, ctx)
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO company (id, scope_id, name) VALUES ('c1', 'c1', '旧版の会社')"))
        conn.execute(
            text("INSERT INTO task (id, scope_id, company_id, name) VALUES ('t1', 'c1', 'c1', '旧版の業務')")
        )
    engine.dispose()

    db = open_database(db_path)
    try:
        assert db.backup_made is not None
        assert get_task(db, "t1").fields.name == "旧版の業務"
        with db.write() as s:
            s.execute(text("UPDATE task SET ecrs_saved_minutes = 90 WHERE id = 't1'"))
            s.execute(
                text("INSERT INTO task (id, scope_id, company_id, name) VALUES ('t2', 'c1', 'c1', '新版')")
            )
        with db.read() as s:
            cells = {(r.row_id, r.col) for r in s.execute(text("SELECT row_id, col FROM sync_outbox"))}
        assert ("t1", "ecrs_saved_minutes") in cells
        assert {("t2", "ecrs_saved_minutes"), ("t2", "template_key"), ("t2", "name")} <= cells
    finally:
        db.close()
