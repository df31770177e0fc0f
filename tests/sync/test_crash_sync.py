"""SIGKILL of a syncing desktop process: while it applies a pulled page, and right after a push was
answered (before or while the acknowledgement is recorded).

The child process syncs with the real server over HTTP (uvicorn on 127.0.0.1) and reports each
answer it received on stdout; the test kills it at a seeded random point. Afterwards the database
is sound, nothing committed is lost (every local task is there, every change is either still in the
outbox or on the server, a page and its cursor were committed together), and the next round, run
here, converges with the other device. The token reaches the child through its environment only.
"""

from __future__ import annotations

import contextlib
import math
import os
import queue
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

import pytest
from sqlalchemy import func, select, text

from desktop.core import ids
from desktop.core.db import Database, open_database
from desktop.core.services.companies import CompanyData, create_company
from desktop.core.services.tasks import TaskFields, create_task, get_task
from desktop.core.sync.engine import SyncEngine, enrol
from desktop.core.sync.transport import HttpTransport
from server import cursor as cursors
from server.models import Cell, ChangeSeen
from tests.sync.proxy import LiveServer, live_server, loopback_only, loopback_only_environment

pytestmark = pytest.mark.skipif(os.name == "nt", reason="SIGKILL is POSIX")

TOKEN_ENV = "MACHISHIGOTO_TEST_SYNC_TOKEN"
COMPANY_ID = ids.derived_id("test", "crash-sync-company")
LINE_TIMEOUT_S = 30.0
PULL_PAGE = 50
OTHER_TASKS = 150  # waiting on the server for the child: about 70 pages

CHILD = textwrap.dedent(
    """
    import os
    import sys
    from pathlib import Path

    from desktop.core.db import open_database
    from desktop.core.sync.engine import SyncEngine
    from desktop.core.sync.transport import HttpTransport


    class Announcing:
        # Says on stdout that an answer arrived, before the engine handles it.
        def __init__(self, inner):
            self.inner = inner
            self.pulls = 0
            self.pushes = 0

        def request(self, method, path, token=None, body=None, params=None):
            response = self.inner.request(method, path, token, body, params)
            if path.endswith("/sync/pull"):
                self.pulls += 1
                print("pull", self.pulls, len(response.body.get("cells", [])), flush=True)
            elif path.endswith("/sync/push"):
                self.pushes += 1
                print("pushed", self.pushes, response.body.get("acked_through"), flush=True)
            return response


    db_path, url, push_batch, pull_page = sys.argv[1:5]
    token = os.environ.pop("MACHISHIGOTO_TEST_SYNC_TOKEN")
    db = open_database(Path(db_path))
    transport = Announcing(HttpTransport(url, timeout_s=10.0))
    engine = SyncEngine(db, transport, token, push_batch=int(push_batch), pull_page=int(pull_page))
    engine.round()
    print("done", flush=True)
    sys.stdin.read()  # stay alive until the test is over
    """
)


@dataclass
class Peer:
    """A desktop database enrolled on the server, synced in this process; ``made`` collects the
    ids of the changes it made (read from its outbox before each round)."""

    path: Path
    token: str
    db: Database
    made: set[str] = field(default_factory=set)

    def round(self, url: str) -> None:
        self.made |= self.outbox_ids()
        transport = HttpTransport(url, timeout_s=10.0)
        SyncEngine(self.db, transport, self.token, push_batch=500, pull_page=PULL_PAGE).round()

    def outbox_ids(self) -> set[str]:
        with self.db.read() as s:
            return {str(x) for x in s.execute(text("SELECT change_id FROM sync_outbox")).scalars()}


def enrolled_peer(live: LiveServer, path: Path) -> Peer:
    db = open_database(path)
    code = live.partner.enrol_code(COMPANY_ID)
    token = enrol(db, HttpTransport(live.url, timeout_s=10.0), live.url, code, path.stem).token
    return Peer(path, token, db)


def add_tasks(db: Database, prefix: str, n: int) -> list[str]:
    made = []
    for i in range(n):
        row_id = ids.derived_id("test", "crash-sync", prefix, str(i))
        create_task(
            db, COMPANY_ID, TaskFields(name=f"{prefix} {i}", minutes_per_occurrence=5 + i % 40), row_id
        )
        made.append(row_id)
    return made


class LineReader:
    """The child's stdout, line by line, with a timeout on every wait."""

    def __init__(self, stream: IO[str]) -> None:
        self.lines: queue.Queue[str | None] = queue.Queue()
        self.thread = threading.Thread(target=self._pump, args=(stream,), daemon=True)
        self.thread.start()

    def _pump(self, stream: IO[str]) -> None:
        for line in stream:
            self.lines.put(line.strip())
        self.lines.put(None)

    def wait_for(self, wanted: str) -> list[str]:
        """Every line up to and including the first that starts with ``wanted``."""
        seen: list[str] = []
        while True:
            line = self.lines.get(timeout=LINE_TIMEOUT_S)
            assert line is not None, f"the child ended before {wanted!r}: {seen[-5:]}"
            seen.append(line)
            assert line != "done", f"the child finished before {wanted!r}"
            if line.startswith(wanted):
                return seen


@pytest.fixture
def live(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[LiveServer]:
    with loopback_only(monkeypatch), live_server(tmp_path / "server.sqlite3") as server:
        server.partner.create_company(server.partner.create_partner(), "強制終了試験", COMPANY_ID)
        yield server


@pytest.fixture
def peers(live: LiveServer, tmp_path: Path) -> Iterator[tuple[Peer, Peer]]:
    """The other device, which made the company, and the child's database, which received it."""
    other = enrolled_peer(live, tmp_path / "other.sqlite3")
    create_company(other.db, CompanyData(id=COMPANY_ID, name="強制終了試験"))
    other.round(live.url)
    child = enrolled_peer(live, tmp_path / "child.sqlite3")
    child.round(live.url)
    yield other, child
    for peer in (other, child):
        peer.db.close()


def run_and_kill(live: LiveServer, peer: Peer, push_batch: int, kill_after: str) -> list[str]:
    """Sync ``peer`` in a child process and SIGKILL it right after the line ``kill_after``."""
    peer.made |= peer.outbox_ids()
    peer.db.close()
    env = loopback_only_environment()
    env[TOKEN_ENV] = peer.token
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(peer.path), live.url, str(push_batch), str(PULL_PAGE)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).parents[2],
        env=env,
    )
    try:
        assert proc.stdout is not None
        seen = LineReader(proc.stdout).wait_for(kill_after)
        os.kill(proc.pid, signal.SIGKILL)
        assert proc.wait(timeout=LINE_TIMEOUT_S) == -signal.SIGKILL
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=LINE_TIMEOUT_S)
        for stream in (proc.stdin, proc.stdout):
            if stream is not None:
                stream.close()
    with contextlib.closing(sqlite3.connect(peer.path)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    peer.db = open_database(peer.path)
    return seen


def server_seen(live: LiveServer) -> set[str]:
    with live.app.state.sessions() as s:
        return set(s.scalars(select(ChangeSeen.change_id)))


def check_nothing_lost(live: LiveServer, peer: Peer, sent: set[str], own_tasks: list[str]) -> None:
    """Every local task is there; every change is still waiting or reached the server; nothing
    acknowledged is still waiting."""
    for row_id in own_tasks:
        assert not get_task(peer.db, row_id).deleted
    waiting = peer.outbox_ids()
    assert sent <= waiting | server_seen(live)
    with peer.db.read() as s:
        acked = int(s.execute(text("SELECT acked_seq FROM sync_state")).scalar_one())
        oldest = s.execute(text("SELECT min(device_seq) FROM sync_outbox")).scalar()
    assert oldest is None or oldest > acked


def cursor_position(db: Database) -> int:
    """How far the stored pull cursor reaches in the company's scope (a test may read it)."""
    with db.read() as s:
        cursor = str(s.execute(text("SELECT cursor FROM sync_state")).scalar_one())
    return cursors.decode(cursor).get(COMPANY_ID, 0)


def converge(live: LiveServer, peers: list[Peer]) -> None:
    """Rounds here until both databases hold the same data; the server has every change once."""
    for peer in (*peers, peers[0]):
        peer.round(live.url)
    dumps = [_dump(p.db) for p in peers]
    assert dumps[0] == dumps[1]
    for peer in peers:
        assert peer.outbox_ids() == set()
    assert server_seen(live) == peers[0].made | peers[1].made  # every change reached it once


def _dump(db: Database) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    with db.read() as s:
        tasks = [tuple(r) for r in s.execute(text("SELECT * FROM task ORDER BY id"))]
        conflicts = [tuple(r) for r in s.execute(text("SELECT * FROM conflict ORDER BY id"))]
    return tasks, conflicts


@pytest.mark.timeout(90)
@pytest.mark.parametrize("seed", [1, 2])
def test_sigkill_while_applying_a_pulled_page(live: LiveServer, peers: tuple[Peer, Peer], seed: int) -> None:
    other, child = peers
    add_tasks(other.db, "other", OTHER_TASKS)
    other.round(live.url)

    own = add_tasks(child.db, "child", 3)
    child_changes = child.outbox_ids()
    start = cursor_position(child.db)
    with live.app.state.sessions() as s:
        waiting = s.scalar(select(func.count()).select_from(Cell).where(Cell.seq > start)) or 0
    pages = math.ceil((waiting + len(child_changes)) / PULL_PAGE)  # the child's cells come back too
    page = random.Random(seed).randrange(2, pages - 1)

    seen = run_and_kill(live, child, push_batch=500, kill_after=f"pull {page} ")
    assert [line.split()[0] for line in seen] == ["pushed"] + ["pull"] * page

    check_nothing_lost(live, child, child_changes, own)
    # A page and its cursor were committed together: the local cell clocks hold exactly the cells
    # up to the stored cursor, which ends a page, at the earliest the one before the kill's.
    with live.app.state.sessions() as s:
        cells = list(
            s.execute(
                select(Cell.seq, Cell.tbl, Cell.row_id, Cell.col, Cell.hlc, Cell.device_id).order_by(Cell.seq)
            )
        )
    with child.db.read() as s:
        local = {tuple(r) for r in s.execute(text("SELECT tbl, row_id, col, hlc, device_id FROM sync_cell"))}
    position = cursor_position(child.db)
    pulled = [c.seq for c in cells if c.seq > start]
    page_ends = [pulled[min(j * PULL_PAGE, len(pulled)) - 1] for j in range(1, pages + 1)]
    assert len(pulled) == waiting + len(child_changes)
    assert position in page_ends
    assert position >= page_ends[page - 2]
    own_device = child.db.sync.require_device()
    for seq, *stamp in cells:
        if stamp[-1] != own_device:
            assert (tuple(stamp) in local) == (seq <= position), (seq, position)

    converge(live, [child, other])
    assert len(_dump(child.db)[0]) == OTHER_TASKS + 3


@pytest.mark.timeout(90)
@pytest.mark.parametrize("seed", [1, 2])
def test_sigkill_right_after_a_push_was_answered(
    live: LiveServer, peers: tuple[Peer, Peer], seed: int
) -> None:
    other, child = peers
    add_tasks(other.db, "other", 20)
    other.round(live.url)

    own = add_tasks(child.db, "child", 30)
    child_changes = child.outbox_ids()
    push_batch = 40
    batches = math.ceil(len(child_changes) / push_batch)
    batch = random.Random(seed).randrange(1, batches)

    seen = run_and_kill(live, child, push_batch=push_batch, kill_after=f"pushed {batch} ")
    assert [line.split()[0] for line in seen] == ["pushed"] * batch

    check_nothing_lost(live, child, child_changes, own)
    on_server = server_seen(live) & child_changes
    # The answered batches (and maybe the next one, if it went out before the kill landed).
    assert len(on_server) >= batch * push_batch
    assert child.outbox_ids() >= child_changes - on_server

    converge(live, [child, other])
    assert len(_dump(other.db)[0]) == 50
