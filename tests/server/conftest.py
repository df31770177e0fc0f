"""Fixtures of the server tests: every test runs on SQLite (a temporary file) and on PostgreSQL.

PostgreSQL comes from ``MACHISHIGOTO_TEST_PG`` (``make test`` starts a local cluster with
``.ci/postgres.sh`` and sets it). Each test session works in a fresh schema, dropped at the end, and
every test starts from empty tables. Without a reachable server the PostgreSQL variants skip, except
under ``CI=true``, where they fail: CI must run them.
"""

from __future__ import annotations

import warnings

# Starlette's TestClient still works on httpx; it only announces a future switch to httpx2.
warnings.filterwarnings("ignore", message=".*httpx2.*")

import os  # noqa: E402
import uuid  # noqa: E402
from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from fastapi import FastAPI  # noqa: E402
from fastapi.testclient import TestClient  # noqa: E402
from sqlalchemy import create_engine, make_url  # noqa: E402
from sqlalchemy.exc import SQLAlchemyError  # noqa: E402
from sqlalchemy.orm import Session, sessionmaker  # noqa: E402
from sqlalchemy.pool import NullPool  # noqa: E402

from server.core.config import Settings, normalise_database_url  # noqa: E402
from server.db import make_engine, upgrade  # noqa: E402
from server.main import create_app  # noqa: E402
from server.models import Base  # noqa: E402
from tests.server.support import World  # noqa: E402

PG_ENV = "MACHISHIGOTO_TEST_PG"


def _unavailable(reason: str) -> None:
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"{reason} (CI=true: the PostgreSQL tests must run)")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def pg_url() -> Iterator[str]:
    """A migrated, empty schema of its own in the test PostgreSQL database."""
    base = os.environ.get(PG_ENV)
    if not base:
        _unavailable(f"{PG_ENV} is not set")
    assert base is not None
    base = normalise_database_url(base)
    schema = f"test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base, poolclass=NullPool, connect_args={"connect_timeout": 5})
    try:
        with admin.begin() as conn:
            conn.exec_driver_sql(f"CREATE SCHEMA {schema}")
    except SQLAlchemyError as exc:
        admin.dispose()
        reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
        _unavailable(f"PostgreSQL at {PG_ENV} is unavailable: {reason}")
    url = make_url(base).update_query_dict({"options": f"-csearch_path={schema}"})
    rendered = url.render_as_string(hide_password=False)
    engine = make_engine(rendered)
    upgrade(engine)
    engine.dispose()
    try:
        yield rendered
    finally:
        with admin.begin() as conn:
            conn.exec_driver_sql(f"DROP SCHEMA {schema} CASCADE")
        admin.dispose()


def _empty_tables(url: str) -> None:
    engine = create_engine(url, poolclass=NullPool)
    names = ", ".join(table.name for table in Base.metadata.sorted_tables)
    with engine.begin() as conn:
        conn.exec_driver_sql(f"TRUNCATE {names} RESTART IDENTITY CASCADE")
    engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A migrated, empty database of each kind."""
    if request.param == "sqlite":
        url = f"sqlite:///{(tmp_path / 'server.sqlite3').as_posix()}"
        engine = make_engine(url)
        upgrade(engine)
        engine.dispose()
        return url
    url = str(request.getfixturevalue("pg_url"))
    _empty_tables(url)
    return url


@pytest.fixture
def settings(database_url: str) -> Settings:
    return Settings(database_url=database_url)


@pytest.fixture
def app(settings: Settings) -> Iterator[FastAPI]:
    application = create_app(settings)
    yield application
    application.state.engine.dispose()


@pytest.fixture
def client(app: FastAPI) -> TestClient:
    return TestClient(app)


@pytest.fixture
def sessions(app: FastAPI) -> sessionmaker[Session]:
    factory: sessionmaker[Session] = app.state.sessions
    return factory


@pytest.fixture
def world(client: TestClient, sessions: sessionmaker[Session]) -> World:
    """A partner with two companies, A and B."""
    return World.create(client, sessions)
