"""Engine, sessions and migrations.

SQLite (the default, for a partner's small box) runs in WAL mode with foreign keys on and takes the
write lock when a transaction begins (``BEGIN IMMEDIATE``), so concurrent pushes queue instead of
failing on a lock upgrade. PostgreSQL gets a connection pool; pushes serialise per scope with row
locks (see :mod:`server.crud.cells`).

The pool keeps as many connections as the sync routes usually have in flight: a connection returned
to a full pool is closed, so a pool smaller than the concurrency opens a new PostgreSQL backend (and
runs its password exchange) for a large share of requests. psycopg sends Python lists (the batch
arrays of :func:`server.crud.common.unnest_select` and ``= ANY(...)``) in binary, which costs a
fraction of the text format's per-element quoting.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.orm import Session, sessionmaker

from server.core.config import sqlite_path

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")
SQLITE_BUSY_TIMEOUT_MS = 30_000
# Connections kept open per server process, and how many more it may open under a burst. Starlette
# runs the sync routes in a pool of 40 threads, so 40 is the most one process can use at once.
POOL_SIZE = 20
MAX_OVERFLOW = 20


class DatabaseNotReady(Exception):
    """The database has no schema or an old one: ``machishigoto-server db upgrade`` is needed."""


def make_engine(url: str) -> Engine:
    """An engine for ``url``; a SQLite file's folder is created when missing."""
    if url.startswith("sqlite"):
        return _sqlite_engine(url)
    engine = create_engine(
        url, pool_size=POOL_SIZE, max_overflow=MAX_OVERFLOW, pool_pre_ping=True, pool_recycle=1800
    )
    if engine.dialect.driver == "psycopg":
        event.listen(engine, "connect", _binary_lists)
    return engine


def _binary_lists(dbapi_conn: Any, record: Any) -> None:
    """Send list parameters as binary arrays (no per-element quoting; same values)."""
    from psycopg.types.array import ListBinaryDumper

    dbapi_conn.adapters.register_dumper(list, ListBinaryDumper)


def _sqlite_engine(url: str) -> Engine:
    path = sqlite_path(url)
    if path is not None:
        path.expanduser().parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, connect_args={"check_same_thread": False})

    @event.listens_for(engine, "connect")
    def on_connect(dbapi_conn: Any, record: Any) -> None:
        dbapi_conn.isolation_level = None  # transactions are begun by on_begin below
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA journal_mode = WAL")
        cur.execute("PRAGMA synchronous = FULL")
        cur.execute("PRAGMA foreign_keys = ON")
        cur.close()

    @event.listens_for(engine, "begin")
    def on_begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def make_sessions(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine) -> tuple[str | None, str]:
    """Apply every migration; returns (revision before, revision after)."""
    from alembic import command

    before = current_revision(engine)
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    return before, head_revision()


def check_ready(engine: Engine) -> None:
    """Raise :class:`DatabaseNotReady` unless the schema is at the head revision."""
    current = current_revision(engine)
    if current != head_revision():
        tables = inspect(engine).get_table_names()
        state = "empty" if not tables else f"at revision {current}"
        raise DatabaseNotReady(f"the database is {state}; run `machishigoto-server db upgrade` first")
