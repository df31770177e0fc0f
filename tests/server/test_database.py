"""The schema: migrations agree with the models; settings and engines per database."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy.orm import Session, sessionmaker

from desktop.core.sync.hlc import pack, system_ms
from server.core.config import Settings, default_database_url, normalise_database_url
from server.db import current_revision, head_revision, make_engine
from server.main import create_app
from server.models import Base, Cell


def test_models_and_migrations_agree(database_url: str) -> None:
    engine = make_engine(database_url)
    try:
        assert current_revision(engine) == head_revision() == "0002"
        with engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
        assert diff == []
    finally:
        engine.dispose()


def test_sqlite_runs_in_wal_mode_with_foreign_keys(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'deep' / 'server.sqlite3'}")
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    engine.dispose()


def test_settings_come_from_the_environment() -> None:
    assert Settings.from_env({}).database_url == default_database_url()
    assert default_database_url().startswith("sqlite:///") and default_database_url().endswith(
        "/machishigoto-server.sqlite3"
    )
    env = {"DATABASE_URL": "postgresql://u:p@db:5432/machishigoto"}
    assert Settings.from_env(env).database_url == "postgresql+psycopg://u:p@db:5432/machishigoto"
    assert Settings.from_env(env, database_url="sqlite:///x.db").database_url == "sqlite:///x.db"
    assert normalise_database_url("postgres://h/d") == "postgresql+psycopg://h/d"
    assert normalise_database_url("postgresql+psycopg://h/d") == "postgresql+psycopg://h/d"


def test_the_server_clock_starts_past_every_stored_stamp(settings: Settings, database_url: str) -> None:
    future = pack(system_ms() + 86_400_000)
    engine = make_engine(database_url)
    sessions: sessionmaker[Session] = sessionmaker(engine)
    with sessions.begin() as session:
        session.add(
            Cell(
                tbl="task",
                row_id="r",
                col="name",
                scope_id="s",
                value='"x"',
                hlc=future,
                device_id="d",
                seq=1,
            )
        )
    engine.dispose()
    app = create_app(settings)
    try:
        assert app.state.sync.clock.now() > future
        again = create_app(settings)
        assert again.state.sync.server_device_id == app.state.sync.server_device_id
        again.state.engine.dispose()
    finally:
        app.state.engine.dispose()


def test_create_app_refuses_an_empty_database(tmp_path: Path) -> None:
    from server.db import DatabaseNotReady

    with pytest.raises(DatabaseNotReady):
        create_app(Settings(database_url=f"sqlite:///{tmp_path / 'empty.sqlite3'}"))
