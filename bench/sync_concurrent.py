"""Measurements of the concurrent-push rows: 20 devices pushing at once to a PostgreSQL server.

Every device has its batches ready before the clock starts: change dicts of ``task`` rows (10 text
cells a row, 50 rows a batch, so 500 changes, or 5 rows for the 50-change batches of the small-batch
row; fresh UUIDs, increasing ``device_seq``, stamps of now) already encoded as the JSON body
``HttpTransport`` would send, so the bench process spends
almost nothing on the client side and the 2 processes that matter (uvicorn, PostgreSQL) get the
machine. Each push is a new HTTP/1.1 connection (``http.client``, as urllib does in the app).

A scenario: every device pushes one unmeasured warm-up batch at the same time (the connection pool
fills up), then all 20 threads pass one barrier and push ``BATCHES`` batches each, back to back.
Throughput is all measured cells over the wall time from the barrier to the last answer; latency
is each push's request-to-answer time as its device sees it.
"""

from __future__ import annotations

import http.client
import json
import threading
import time
import urllib.parse
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from desktop.core.sync.hlc import HybridClock
from desktop.core.sync.transport import HttpTransport

DEVICES = 20
BATCHES = 5
BATCH = 500  # the app's push batch: what a device catching up on a backlog sends
# The small-batch row: a push of a few edits, as most pushes are.
SMALL_BATCHES = 25
SMALL_BATCH = 50
# 10 cells a row
COLUMNS: tuple[str, ...] = ("name", "description", "performer", "skills", "tools", "note")
COLUMNS += ("ecrs_note", "frequency", "medium", "status")
PUSH_PATH = "/api/v1/sync/push"


@dataclass(frozen=True)
class Device:
    device_id: str
    token: str
    scope_id: str
    bodies: list[bytes]  # bodies[0] is the warm-up batch
    cells: list[list[dict[str, Any]]]  # the changes of each body, for the baseline


@dataclass(frozen=True)
class ScenarioResult:
    cells: int
    wall_s: float
    latencies_s: list[float]

    @property
    def cells_per_s(self) -> float:
        return self.cells / self.wall_s

    def percentile(self, p: float) -> float:
        """Nearest-rank percentile of the push latencies."""
        ordered = sorted(self.latencies_s)
        rank = max(1, -(-len(ordered) * p // 100))
        return ordered[int(rank) - 1]


def enrol_device(
    transport: HttpTransport,
    code: str,
    name: str,
    scope_id: str,
    batch: int = BATCH,
    batches: int = BATCHES,
) -> Device:
    """A device enrolled over HTTP (no local database: the bench only pushes for it), with a warm-up
    batch and ``batches`` measured batches of ``batch`` changes."""
    body = {"code": code, "device_name": name, "schema_version": 1}
    answer = transport.request("POST", "/api/v1/enrol", body=body)
    if answer.status != 200:
        raise RuntimeError(f"enrolment failed: {answer.status} {answer.body}")
    return _with_batches(str(answer.body["device_id"]), str(answer.body["token"]), scope_id, batch, batches)


def _with_batches(device_id: str, token: str, scope_id: str, batch: int, batches: int) -> Device:
    clock = HybridClock()
    seq = 0
    bodies: list[bytes] = []
    changes_of: list[list[dict[str, Any]]] = []
    for batch_no in range(batches + 1):
        changes: list[dict[str, Any]] = []
        for row in range(batch // len(COLUMNS)):
            row_id = str(uuid.uuid4())
            for col in COLUMNS:
                seq += 1
                value = json.dumps(f"ベンチ {batch_no}-{row} {col}", ensure_ascii=False)
                changes.append(
                    {
                        "change_id": str(uuid.uuid4()),
                        "device_seq": seq,
                        "tbl": "task",
                        "row_id": row_id,
                        "scope_id": scope_id,
                        "col": col,
                        "value": value,
                        "hlc": clock.now(),
                        "base_hlc": None,
                        "schema_version": 1,
                    }
                )
        body = {"device_id": device_id, "batch_id": str(uuid.uuid4()), "schema_version": 1}
        body["changes"] = changes
        bodies.append(json.dumps(body, ensure_ascii=False).encode())
        changes_of.append(changes)
    return Device(device_id, token, scope_id, bodies, changes_of)


def _push(base: str, device: Device, body: bytes) -> float:
    """One push on a new connection; seconds from connecting to the whole answer read."""
    netloc = urllib.parse.urlsplit(base).netloc
    headers = {
        "Content-Type": "application/json",
        "Accept": "application/json",
        "Authorization": f"Bearer {device.token}",
        "Connection": "close",
    }
    started = time.perf_counter()
    conn = http.client.HTTPConnection(netloc, timeout=60)
    try:
        conn.request("POST", PUSH_PATH, body=body, headers=headers)
        response = conn.getresponse()
        payload = response.read()
    finally:
        conn.close()
    elapsed = time.perf_counter() - started
    if response.status != 200:
        raise RuntimeError(f"push answered {response.status}: {payload[:300]!r}")
    return elapsed


def _run_all(base: str, devices: Sequence[Device], first: int, last: int) -> tuple[float, list[float]]:
    """Every device pushes bodies[first:last] in its own thread; (wall seconds, latencies)."""
    barrier = threading.Barrier(len(devices) + 1)
    latencies: list[list[float]] = [[] for _ in devices]
    errors: list[BaseException] = []

    def work(index: int) -> None:
        barrier.wait()
        try:
            for body in devices[index].bodies[first:last]:
                latencies[index].append(_push(base, devices[index], body))
        except BaseException as exc:  # reported by the main thread
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(i,), daemon=True) for i in range(len(devices))]
    for thread in threads:
        thread.start()
    barrier.wait()
    started = time.perf_counter()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - started
    if errors:
        raise RuntimeError(f"{len(errors)} devices failed; first: {errors[0]}")
    return wall, [value for per_device in latencies for value in per_device]


def run_scenario(base: str, devices: Sequence[Device]) -> ScenarioResult:
    """Warm-up batch of every device at once, then the measured batches."""
    _run_all(base, devices, 0, 1)
    wall, latencies = _run_all(base, devices, 1, max(len(device.bodies) for device in devices))
    cells = sum(len(batch) for device in devices for batch in device.cells[1:])
    return ScenarioResult(cells, wall, latencies)
