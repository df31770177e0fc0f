"""The partner server for the sync rows: a migrated database and a real uvicorn on loopback.

The server always runs as its own process (``python -m uvicorn server.main:create_app --factory
--host 127.0.0.1 --port P --workers 1 --no-access-log``, ``DATABASE_URL`` in its environment), so
the bench process, which plays the devices, never shares a GIL with it. Set-up (partner, companies,
enrolment codes) goes straight to the same database through :class:`tests.sync.inprocess.PartnerServer`.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from desktop.core.sync.transport import JSON, HttpTransport, Response, TransportError
from server.core.config import Settings
from server.db import make_engine, upgrade
from tests.sync.inprocess import PartnerServer, start_server

REPO = Path(__file__).resolve().parents[1]
READY_TIMEOUT_S = 30.0
PG_ENV = "MACHISHIGOTO_BENCH_PG"
PG_DEFAULT = "postgresql+psycopg://machishigoto:machishigoto@127.0.0.1:5432/machishigoto_bench"
UVICORN_HOW = (
    "`python -m uvicorn server.main:create_app --factory --host 127.0.0.1 --workers 1"
    " --no-access-log` (one process, one event loop; the sync routes are plain `def`, so they run"
    " in Starlette's thread pool of 40 threads; SQLAlchemy pool 20 + 20 overflow)"
)


class TimedTransport(HttpTransport):
    """:class:`HttpTransport` that adds up the time spent waiting in requests (server + loopback)."""

    def __init__(self, base_url: str) -> None:
        super().__init__(base_url)
        self.waited_s = 0.0

    def request(
        self,
        method: str,
        path: str,
        token: str | None = None,
        body: JSON | None = None,
        params: dict[str, str] | None = None,
    ) -> Response:
        started = time.perf_counter()
        try:
            return super().request(method, path, token, body, params)
        finally:
            self.waited_s += time.perf_counter() - started


def sqlite_admin(path: Path) -> tuple[str, PartnerServer]:
    """A migrated SQLite server database at ``path``: its URL and a set-up handle on it."""
    admin = start_server(path)
    return f"sqlite:///{path.as_posix()}", admin


def pg_url() -> str:
    return os.environ.get(PG_ENV, PG_DEFAULT)


def pg_admin(url: str) -> PartnerServer:
    """Empty the PostgreSQL database of ``url`` (creating it first if root can), migrate it, and
    return a set-up handle on it. Raises when PostgreSQL cannot be reached."""
    import psycopg
    from fastapi.testclient import TestClient

    from server.main import create_app

    settings = Settings(database_url=url)
    raw = settings.database_url.replace("postgresql+psycopg://", "postgresql://", 1)
    try:
        conn = psycopg.connect(raw, connect_timeout=5)
    except psycopg.OperationalError as exc:
        if "does not exist" not in str(exc):
            raise
        _create_database(raw.rsplit("/", 1)[1], raw.split("://", 1)[1].split(":", 1)[0])
        conn = psycopg.connect(raw, connect_timeout=5)
    with conn:
        conn.execute("DROP SCHEMA IF EXISTS public CASCADE")
        conn.execute("CREATE SCHEMA public")
    engine = make_engine(settings.database_url)
    try:
        upgrade(engine)
    finally:
        engine.dispose()
    app = create_app(settings)
    return PartnerServer(app, TestClient(app))


def _create_database(name: str, owner: str) -> None:
    """CREATE DATABASE as the postgres superuser (needs root and runuser, as .ci/postgres.sh)."""
    sql = f'CREATE DATABASE "{name}" OWNER "{owner}"'
    subprocess.run(
        ["runuser", "-u", "postgres", "--", "psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-c", sql],
        cwd="/",
        check=True,
        capture_output=True,
    )


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def running(database_url: str) -> Iterator[str]:
    """Run uvicorn on ``database_url`` until the block ends; yields its base URL."""
    port = _free_port()
    env = dict(os.environ, DATABASE_URL=database_url)
    cmd = [sys.executable, "-m", "uvicorn", "server.main:create_app", "--factory"]
    cmd += ["--host", "127.0.0.1", "--port", str(port), "--workers", "1"]
    cmd += ["--no-access-log", "--log-level", "warning"]
    with tempfile.TemporaryFile("w+") as errors:
        proc = subprocess.Popen(cmd, cwd=REPO, env=env, stdin=subprocess.DEVNULL, stderr=errors)
        try:
            base = f"http://127.0.0.1:{port}"
            _wait_ready(base, proc)
            yield base
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
            errors.seek(0)
            tail = errors.read()[-3000:].strip()
            if tail:
                sys.stderr.write(f"[bench] uvicorn stderr:\n{tail}\n")


def _wait_ready(base: str, proc: subprocess.Popen[bytes]) -> None:
    transport = HttpTransport(base, timeout_s=2.0)
    deadline = time.monotonic() + READY_TIMEOUT_S
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"uvicorn exited with {proc.returncode}")
        try:
            if transport.request("GET", "/api/v1/health").status == 200:
                return
        except TransportError:
            pass
        time.sleep(0.1)
    raise RuntimeError(f"uvicorn not ready after {READY_TIMEOUT_S:.0f} s")
