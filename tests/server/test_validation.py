"""Refusals of malformed or unacceptable pushes: nothing of a refused batch is ever applied."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator

import pytest

from desktop.core.sync.hlc import pack, system_ms
from tests.server.support import PUSH, Device, World, error_of


@pytest.fixture
def a(world: World) -> Device:
    return world.enrol(world.company_a)


def _bad(world: World, device: Device, change: dict[str, object]) -> dict[str, object]:
    good = device.change(world.company_a, str(uuid.uuid4()), "name", "正しい")
    # The valid change comes first (lower device_seq): it must not be applied either.
    good["device_seq"], change["device_seq"] = change["device_seq"], good["device_seq"]
    # json.dumps escapes what httpx cannot encode (lone surrogates), as a hostile client could send it.
    body = json.dumps(device.batch([good, change]))
    response = world.client.post(
        PUSH, content=body, headers={**device.headers, "Content-Type": "application/json"}
    )
    assert response.status_code == 400, response.text
    assert error_of(response) == "bad_request"
    assert "detail" in response.json()
    assert world.cells() == []
    return dict(response.json())


def test_unknown_tables_and_columns(world: World, a: Device) -> None:
    row = str(uuid.uuid4())
    _bad(world, a, a.change(world.company_a, row, "name", "x", tbl="sync_outbox"))
    _bad(world, a, a.change(world.company_a, row, "password", "x"))
    _bad(world, a, a.change(world.company_a, row, "id", "x"))
    _bad(world, a, a.change(world.company_a, row, "scope_id", "x"))
    # The conflict table arrived with schema version 2.
    _bad(world, a, a.change(world.company_a, row, "reason", "x", tbl="conflict", schema_version=1))
    _bad(world, a, a.change(world.company_a, row, "name", "x", schema_version=99))


def test_values_must_be_json(world: World, a: Device) -> None:
    row = str(uuid.uuid4())
    for raw in ("請求書", "", "NaN", "[1,", "{'a': 1}", "1 2", "[" * 100_000):
        _bad(world, a, a.change(world.company_a, row, "name", None, raw_value=raw))


def test_fields_are_typed_and_storable(world: World, a: Device) -> None:
    row = str(uuid.uuid4())
    for field, value in (
        ("value", 45),
        ("value", None),
        ("value", '"a\x00b"'),
        ("value", '"\ud800"'),
        ("hlc", -1),
        ("hlc", 2**63),
        ("hlc", "soon"),
        ("device_seq", 1.5),
        ("row_id", "x" * 37),
        ("row_id", "a b"),
        ("change_id", ""),
        ("tbl", None),
    ):
        change = a.change(world.company_a, row, "name", "x")
        change[field] = value
        _bad(world, a, change)
    change = a.change(world.company_a, row, "name", "x")
    del change["hlc"]
    _bad(world, a, change)


def test_changes_must_come_in_increasing_device_seq(world: World, a: Device) -> None:
    row = str(uuid.uuid4())
    first, second = a.change(world.company_a, row, "name", "x"), a.change(world.company_a, row, "note", "y")
    response = world.push(a, [second, first])
    assert response.status_code == 400
    assert world.cells() == []


def test_malformed_bodies(world: World, a: Device) -> None:
    for content in (b"", b"{", b"[]", b'{"changes": 5}', b"\xff\xfe", b'"text"', b"null"):
        response = world.client.post(
            PUSH, content=content, headers={**a.headers, "Content-Type": "application/json"}
        )
        assert response.status_code == 400, (content, response.text)
        assert error_of(response) == "bad_request"


def test_a_stamp_too_far_ahead_is_refused_with_the_server_time(world: World, a: Device) -> None:
    row = str(uuid.uuid4())
    ahead = pack(system_ms() + 10 * 60_000)
    fine = a.change(world.company_a, row, "name", "x")
    response = world.push(a, [fine, a.change(world.company_a, row, "note", "y", hlc=ahead)])
    assert response.status_code == 409
    body = response.json()
    assert body["error"] == "clock_skew"
    assert abs(body["server_time_ms"] - system_ms()) < 60_000
    assert world.cells() == []
    slightly_ahead = pack(system_ms() + 4 * 60_000)
    assert world.push(a, [a.change(world.company_a, row, "name", "z", hlc=slightly_ahead)]).status_code == 200


def test_too_old_a_client_gets_426(world: World, a: Device) -> None:
    row = str(uuid.uuid4())
    response = world.push(a, [a.change(world.company_a, row, "name", "x")], schema_version=0)
    assert response.status_code == 426
    assert response.json() | {"message": ""} == {
        "error": "client_too_old",
        "message": "",
        "min_schema_version": 1,
    }
    response = world.push(a, [a.change(world.company_a, row, "name", "x", schema_version=0)])
    assert response.status_code == 426
    assert world.cells() == []


def test_a_batch_over_1000_changes_is_too_large(world: World, a: Device) -> None:
    changes = [a.change(world.company_a, str(uuid.uuid4()), "name", i) for i in range(1001)]
    response = world.push(a, changes)
    assert response.status_code == 413
    assert response.json()["error"] == "too_large"
    assert response.json()["limit"] == 1000
    assert world.push(a, changes[:1000]).status_code == 200


def test_a_body_over_4_mib_is_too_large(world: World, a: Device) -> None:
    huge = b'{"pad": "' + b"x" * (4 * 1024 * 1024) + b'"}'
    declared = world.client.post(
        PUSH, content=huge, headers={**a.headers, "Content-Type": "application/json"}
    )
    assert declared.status_code == 413
    assert declared.json() == {
        "error": "too_large",
        "message": declared.json()["message"],
        "limit": 4 * 1024 * 1024,
    }

    def chunks() -> Iterator[bytes]:  # no Content-Length: the bytes received are counted
        for start in range(0, len(huge), 65536):
            yield huge[start : start + 65536]

    streamed = world.client.post(
        PUSH, content=chunks(), headers={**a.headers, "Content-Type": "application/json"}
    )
    assert streamed.status_code == 413
    assert streamed.json()["error"] == "too_large"


def test_a_value_just_under_the_body_limit_is_accepted(world: World, a: Device) -> None:
    value = "あ" * (1024 * 1024)  # 3 MiB of UTF-8
    response = world.push(a, [a.change(world.company_a, str(uuid.uuid4()), "note", value)])
    assert response.status_code == 200, response.text
