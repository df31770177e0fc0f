"""Concurrent pushes: sequence numbers follow commit order, so a puller running alongside misses nothing.

Eight devices push twenty batches each at the same time (partner devices write three scopes in one
batch, so scope locks are taken in several orders of arrival); a ninth device pulls small pages all the
while. If a number could become visible before a lower one of the same scope, the puller's cursor
would pass the lower one and never see it.
"""

from __future__ import annotations

import threading
import uuid
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from fastapi import FastAPI
from fastapi.testclient import TestClient

from tests.server.support import PULL, PUSH, Device, World

BATCHES = 20
CHANGES_PER_BATCH = 25


def _pusher(
    app: FastAPI, device: Device, scopes: list[str], start: threading.Barrier
) -> dict[tuple[str, str], str]:
    client = TestClient(app)
    pushed: dict[tuple[str, str], str] = {}
    start.wait()
    for batch in range(BATCHES):
        changes = []
        for i in range(CHANGES_PER_BATCH):
            row, value = str(uuid.uuid4()), f"{device.device_id[:8]}-{batch}-{i}"
            changes.append(device.change(scopes[i % len(scopes)], row, "name", value))
            pushed[(row, "name")] = f'"{value}"'
        response = client.post(PUSH, json=device.batch(changes), headers=device.headers)
        assert response.status_code == 200, response.text
        assert response.json()["applied"] == CHANGES_PER_BATCH
    return pushed


def _puller(app: FastAPI, device: Device, done: threading.Event) -> tuple[dict[tuple[str, str], str], str]:
    client = TestClient(app)
    seen: dict[tuple[str, str], str] = {}
    last_seq: dict[str, int] = {}
    cursor = ""
    while True:
        finished = done.is_set()  # read before the page: after it, one full drain follows
        page: dict[str, Any] = client.get(
            PULL, params={"cursor": cursor, "limit": 40}, headers=device.headers
        ).json()
        for cell in page["cells"]:
            assert cell["seq"] > last_seq.get(cell["scope_id"], 0)
            last_seq[cell["scope_id"]] = cell["seq"]
            seen[(cell["row_id"], cell["col"])] = cell["value"]
        cursor = page["cursor"]
        if finished and not page["has_more"]:
            return seen, cursor


def test_concurrent_pushes_number_cells_in_commit_order(app: FastAPI, world: World) -> None:
    company_c = world.add_company("森の工房")
    companies = [world.company_a, world.company_b, company_c]
    pushers: list[tuple[Device, list[str]]] = []
    for company in companies:
        pushers += [(world.enrol(company, f"{company[:4]}-{n}"), [company]) for n in range(2)]
    pushers += [
        (world.enrol(world.partner_id, f"partner-{n}"), [world.partner_id, *companies[n:]]) for n in range(2)
    ]
    assert len(pushers) == 8
    reader = world.enrol(world.partner_id, "reader")
    start, done = threading.Barrier(len(pushers)), threading.Event()
    with ThreadPoolExecutor(max_workers=len(pushers) + 1) as pool:
        puller = pool.submit(_puller, app, reader, done)
        futures = [pool.submit(_pusher, app, device, scopes, start) for device, scopes in pushers]
        pushed: dict[tuple[str, str], str] = {}
        try:
            for future in futures:
                pushed |= future.result(timeout=90)
        finally:
            done.set()
        incremental, _ = puller.result(timeout=90)

    assert len(pushed) == 8 * BATCHES * CHANGES_PER_BATCH
    everything = {(c["row_id"], c["col"]): c["value"] for c in world.pull_all(reader, limit=5000)}
    assert everything == pushed
    assert incremental == pushed  # the concurrent puller missed nothing
    by_scope: dict[str, list[int]] = {}
    for cell in world.cells():
        by_scope.setdefault(cell.scope_id, []).append(cell.seq)
    for scope_id, seqs in by_scope.items():
        assert seqs == list(range(1, len(seqs) + 1)), scope_id  # unique, and no gaps: every cell written once
