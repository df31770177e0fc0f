"""Schemathesis against the server's own OpenAPI document: no request, however malformed, gets a
5xx answer.

Every operation is fuzzed with data that fits its schema and with data that does not, without a
token and with a valid device token. Pushes and pulls also get "steered" cases: generated data with
the device's own id, its scopes, known tables and columns and JSON values (pushes) or cursors this
server could have made (pulls), so the fuzzing reaches the merge and the paging instead of stopping
at the first refusal. Runs on SQLite and PostgreSQL like every server test; examples are derived
deterministically (``derandomize``). ``MACHISHIGOTO_LONG=1`` runs ten times as many.
"""

from __future__ import annotations

import hashlib
import json
import os
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis import Case, GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.core.result import Ok
from schemathesis.specs.openapi.schemas import OpenApiSchema

from desktop.core.sync.hlc import pack, system_ms
from desktop.core.sync.schema import CELLS
from server import cursor as cursors
from tests.server.support import SCHEMA, Device, World

LONG = os.environ.get("MACHISHIGOTO_LONG") == "1"
MAX_EXAMPLES = 400 if LONG else 40

HEALTH = "GET /api/v1/health"
ENROL = "POST /api/v1/enrol"
PUSH = "POST /api/v1/sync/push"
PULL = "GET /api/v1/sync/pull"
FORK = "POST /api/v1/devices/fork"
OPERATIONS = (HEALTH, ENROL, PUSH, PULL, FORK)
AUTHENTICATED = (PUSH, PULL, FORK)

# (operation, generation, token): every operation both ways (health takes no input at all, so no
# data can fail its schema), the authenticated ones with and without a token, and the steered
# pushes and pulls.
VARIANTS = [
    *(
        (op, mode, False)
        for op in OPERATIONS
        for mode in ("positive", "negative")
        if (op, mode) != (HEALTH, "negative")
    ),
    *((op, mode, True) for op in AUTHENTICATED for mode in ("positive", "negative")),
    (PUSH, "steered", True),
    (PULL, "steered", True),
]
AnyCase = Case[Any]
KNOWN_CELLS = sorted((tbl, col) for tbl, cols in CELLS.items() for col in cols)


@dataclass
class Target:
    world: World
    schema: OpenApiSchema
    device: Device
    scope_ids: list[str]
    rows: list[str]


@pytest.fixture
def target(world: World) -> Target:
    device = world.enrol(world.partner_id, "パートナーのノートPC")  # holds the partner and its companies
    schema = schemathesis.openapi.from_asgi("/openapi.json", world.client.app)
    scope_ids = [scope["id"] for scope in device.scopes] + ["0" * 36]  # and one that is nobody's
    rows = [scope_ids[0], scope_ids[1], "row-a", "row-b", "row-c"]  # few rows: changes meet
    return Target(world, schema, device, scope_ids, rows)


def _crc(text: object) -> int:
    return zlib.crc32(repr(text).encode("utf-8", "surrogatepass"))


def _is_json(text: str) -> bool:
    try:
        json.loads(text)
    except (ValueError, RecursionError):
        return False
    return True


def steer_push(case: AnyCase, target: Target) -> None:
    """Make a generated batch the device's own, on known cells of its scopes, with JSON values and
    stamps not ahead of the server clock."""
    body = case.body
    if not isinstance(body, dict):
        return
    body["device_id"] = target.device.device_id
    body["schema_version"] = SCHEMA
    changes = body.get("changes")
    if not isinstance(changes, list):
        return
    now = pack(system_ms())
    for change in changes:
        if not isinstance(change, dict):
            continue
        h = _crc(change.get("change_id"))
        change["scope_id"] = target.scope_ids[h % len(target.scope_ids)]
        change["row_id"] = target.rows[(h >> 4) % len(target.rows)]
        change["tbl"], change["col"] = KNOWN_CELLS[(h >> 8) % len(KNOWN_CELLS)]
        change["schema_version"] = SCHEMA
        value = change.get("value")
        if not isinstance(value, str) or not _is_json(value):
            change["value"] = json.dumps(value, ensure_ascii=False)
        stamp = change.get("hlc")
        if isinstance(stamp, int) and not isinstance(stamp, bool):
            change["hlc"] = stamp % now


def steer_pull(case: AnyCase, target: Target) -> None:
    """Replace the generated cursor by one this server could have made: positions of the device's
    scopes (and of others), from zero to far beyond any 64-bit number."""
    query = dict(case.query or {})
    seed = hashlib.sha256(repr(query.get("cursor")).encode("utf-8", "surrogatepass")).digest()
    size = seed[0] % 14
    positions = {
        scope_id: int.from_bytes(seed[1 + i : 1 + i + size], "big")
        for i, scope_id in enumerate(target.scope_ids)
    }
    query["cursor"] = cursors.encode(positions)
    case.query = query


STEERING: dict[str, Callable[[AnyCase, Target], None]] = {PUSH: steer_push, PULL: steer_pull}


def fuzz(target: Target, label: str, mode: str, with_token: bool) -> int:
    """Run the examples; returns how many requests were made."""
    method, path = label.split(" ", 1)
    operation = target.schema[path][method]
    generation = GenerationMode.NEGATIVE if mode == "negative" else GenerationMode.POSITIVE
    headers = target.device.headers if with_token else None
    steer = STEERING.get(label) if mode == "steered" else None
    calls: list[int] = []

    @given(case=operation.as_strategy(generation_mode=generation))
    @settings(
        max_examples=MAX_EXAMPLES,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    def check(case: AnyCase) -> None:
        if steer is not None:
            steer(case, target)
        response = case.call(headers=headers)
        calls.append(response.status_code)
        case.validate_response(response, checks=[not_a_server_error])
        assert response.status_code < 500, (response.status_code, response.text)

    check()
    return len(calls)


def test_every_operation_is_fuzzed(target: Target) -> None:
    labels = set()
    for result in target.schema.get_all_operations():
        assert isinstance(result, Ok), result  # the document itself is valid
        labels.add(result.ok().label)
    assert labels == set(OPERATIONS)


@pytest.mark.timeout(600 if LONG else 120)
@pytest.mark.parametrize(("label", "mode", "with_token"), VARIANTS)
def test_no_server_error(target: Target, label: str, mode: str, with_token: bool) -> None:
    assert fuzz(target, label, mode, with_token) > 0
    if (label, mode) == (PUSH, "steered"):
        assert target.world.cells(), "the steering should let some changes reach the merge"
