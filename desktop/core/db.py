"""Opening a database: checks, pragmas, migrations with a backup first, and the device identity."""

from __future__ import annotations

import itertools
import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool

from desktop.core import ids
from desktop.core.backup import backup_database, rotate, timestamped_backup_path
from desktop.core.errors import DatabaseOpenError
from desktop.core.revision import HEAD_REVISION as HEAD_REVISION
from desktop.core.revision import SCHEMA_VERSIONS as SCHEMA_VERSIONS
from desktop.core.sync.capture import SYNC_STATE_KEY, ConnectionState, SyncContext, register_functions
from desktop.core.sync.hlc import system_ms

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")
SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000

SCHEMA_VERSION = SCHEMA_VERSIONS[HEAD_REVISION]


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    """The head revision as Alembic sees it in the migrations folder."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


_INSTANCES = itertools.count(1)


@dataclass
class Database:
    """An open, migrated database. Sessions made here see ``expire_on_commit=False`` objects."""

    path: Path
    engine: Engine
    sessions: sessionmaker[Session]
    sync: SyncContext
    backup_made: Path | None = None
    # Unique to this open (never reused, unlike id()): what was computed from another open of the
    # same path, before a restore say, is never taken for this one's.
    instance: int = field(default_factory=lambda: next(_INSTANCES), init=False, repr=False, compare=False)
    _watch: sqlite3.Connection | None = field(default=None, init=False, repr=False, compare=False)
    _watch_lock: threading.Lock = field(default_factory=threading.Lock, init=False, repr=False, compare=False)

    def data_version(self) -> int:
        """A number that changes whenever anything was committed to the file since the last call:
        by this app (its sessions use other connections), by a command-line run or a restore.
        SQLite's ``PRAGMA data_version`` on a connection of its own that never writes; cheap
        enough to ask before reusing anything computed from the data."""
        with self._watch_lock:
            if self._watch is None:
                self._watch = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            return int(self._watch.execute("PRAGMA data_version").fetchone()[0])

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A session in one transaction, committed on success and rolled back on error.

        A write the file cannot take (disk full, read-only, locked by another program) raises
        :class:`DatabaseOpenError` with that code after the rollback: nothing of it is kept, and
        everything written before stays as it was."""
        try:
            with self.sessions.begin() as session:
                yield session
        except OperationalError as exc:
            raise _classify(exc, self.path) from exc

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only unit of work."""
        with self.sessions() as session:
            yield session

    @staticmethod
    def connection_state(session: Session) -> ConnectionState:
        """The capture flag of the connection ``session`` is using."""
        state = session.connection().info[SYNC_STATE_KEY]
        assert isinstance(state, ConnectionState)
        return state

    def close(self) -> None:
        with self._watch_lock:
            if self._watch is not None:
                self._watch.close()
                self._watch = None
        self.engine.dispose()


def open_database(path: Path, migrate: bool = True) -> Database:
    """Open (creating if needed) the database at ``path``, ready for use.

    Anything that would put the file at risk raises :class:`DatabaseOpenError` before a single
    byte is written: a file that is not SQLite, another program's SQLite file, a schema newer than
    this app, a read-only location, a lock held by someone else.
    """
    path = Path(path).expanduser().resolve()
    _check_location(path)
    ctx = SyncContext(schema_version=SCHEMA_VERSION)
    engine = _make_engine(path, ctx)
    try:
        backup = _migrate(engine, path) if migrate else None
        _load_device(engine, ctx)
    except DatabaseOpenError:
        engine.dispose()
        raise
    except OperationalError as exc:
        engine.dispose()
        raise _classify(exc, path) from exc
    except DBAPIError as exc:
        engine.dispose()
        raise DatabaseOpenError("not_a_database", path, str(exc.orig)) from exc
    sessions = sessionmaker(engine, expire_on_commit=False)
    return Database(path, engine, sessions, ctx, backup)


def _check_location(path: Path) -> None:
    if path.exists():
        if not path.is_file():
            raise DatabaseOpenError("not_a_database", path, "not a file")
        try:
            with path.open("rb") as fh:
                header = fh.read(len(SQLITE_HEADER))
        except OSError as exc:
            raise DatabaseOpenError("io_error", path, str(exc)) from exc
        if header and header != SQLITE_HEADER:
            raise DatabaseOpenError("not_a_database", path)
        if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
            raise DatabaseOpenError("read_only", path)
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseOpenError("read_only", path, str(exc)) from exc
    if not os.access(path.parent, os.W_OK):
        raise DatabaseOpenError("read_only", path)


def _make_engine(path: Path, ctx: SyncContext) -> Engine:
    engine = create_engine(f"sqlite:///{path}", poolclass=NullPool if os.name == "nt" else None)

    @event.listens_for(engine, "connect")
    def on_connect(dbapi_conn: sqlite3.Connection, record: Any) -> None:
        # Manage transactions ourselves (the pysqlite default delays BEGIN and breaks savepoints).
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA journal_mode = WAL")
        cur.execute("PRAGMA synchronous = FULL")
        cur.execute("PRAGMA foreign_keys = ON")
        cur.close()
        record.info[SYNC_STATE_KEY] = register_functions(dbapi_conn, ctx)

    @event.listens_for(engine, "begin")
    def on_begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN")

    return engine


def _classify(exc: OperationalError, path: Path) -> DatabaseOpenError:
    message = str(exc.orig).lower()
    if "disk is full" in message or "database or disk is full" in message:
        return DatabaseOpenError("disk_full", path, message)
    if "locked" in message or "busy" in message:
        return DatabaseOpenError("locked", path, message)
    if "readonly" in message or "read-only" in message:
        return DatabaseOpenError("read_only", path, message)
    if "not a database" in message or "malformed" in message:
        return DatabaseOpenError("not_a_database", path, message)
    return DatabaseOpenError("io_error", path, message)


def _stored_revision(conn: Any) -> str | None:
    has_table = conn.execute(
        text("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'")
    ).scalar_one()
    if not has_table:
        return None
    value = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    return str(value) if value is not None else None


def _migrate(engine: Engine, path: Path) -> Path | None:
    """Upgrade to the head revision; back the file up first whenever it already holds data."""
    with engine.connect() as conn:
        current = _stored_revision(conn)
    if current == HEAD_REVISION:
        return None
    from alembic import command
    from alembic.script import ScriptDirectory

    cfg = alembic_config()
    script = ScriptDirectory.from_config(cfg)
    head = script.get_current_head()
    with engine.connect() as conn:
        tables = conn.execute(
            text(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table'"
                " AND name NOT IN ('alembic_version', 'sqlite_sequence')"
            )
        ).scalar_one()
    if current == head:
        return None
    known = {rev.revision for rev in script.walk_revisions()}
    if current is not None and current not in known:
        raise DatabaseOpenError("newer_schema", path, current)
    if current is None and tables:
        raise DatabaseOpenError("not_machishigoto", path)
    backup = None
    if current is not None:
        backup = backup_database(path, timestamped_backup_path(path, f"before-upgrade-{current}"))
        rotate(path, "before-upgrade")
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    return backup


def _load_device(engine: Engine, ctx: SyncContext) -> None:
    with engine.begin() as conn:
        device = conn.execute(text("SELECT device_id FROM sync_device")).scalar()
        if device is None:
            device = ids.new_id()
            conn.execute(
                text("INSERT INTO sync_device (device_id, created_ms) VALUES (:d, :t)"),
                {"d": device, "t": system_ms()},
            )
        last = conn.execute(text("SELECT max(hlc) FROM sync_cell")).scalar()
    ctx.device_id = str(device)
    ctx.clock.observe(int(last or 0))


def current_revision(db: Database) -> str | None:
    """The Alembic revision the file is at."""
    with db.engine.connect() as conn:
        return _stored_revision(conn)
