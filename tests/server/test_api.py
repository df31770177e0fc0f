"""The HTTP surface: health, OpenAPI, error bodies, and no 500 for any input."""

from __future__ import annotations

import json
import uuid
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.core.sync.hlc import system_ms
from desktop.core.sync.schema import SUPPORTED_VERSIONS
from tests.server.support import ENROL, PULL, PUSH, Device, World, error_of


def test_health_needs_no_token(client: TestClient) -> None:
    body = client.get("/api/v1/health").json()
    assert body["status"] == "ok" and body["schema_versions"] == sorted(SUPPORTED_VERSIONS)
    assert abs(body["server_time_ms"] - system_ms()) < 60_000


def test_openapi_describes_every_route(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    assert {
        "/api/v1/enrol",
        "/api/v1/sync/push",
        "/api/v1/sync/pull",
        "/api/v1/devices/fork",
        "/api/v1/health",
    } <= set(spec["paths"])
    assert "HTTPBearer" in json.dumps(spec["components"]["securitySchemes"])
    assert client.get("/docs").status_code == 200


def test_unknown_routes_and_methods_have_the_error_body(client: TestClient) -> None:
    assert error_of(client.get("/api/v1/nothing")) == "not_found"
    response = client.get(PUSH)
    assert response.status_code == 405 and error_of(response) == "method_not_allowed"


def test_the_audit_log_never_holds_a_token(world: World) -> None:
    from sqlalchemy import select

    from server.models import AuditLog

    a = world.enrol(world.company_a)
    assert world.push(a, [a.change(world.company_a, str(uuid.uuid4()), "name", "x")]).status_code == 200
    assert world.pull(a).status_code == 200
    fork = world.client.post("/api/v1/devices/fork", headers=a.headers).json()
    world.client.get(PULL, headers={"Authorization": "Bearer guessed-token"})
    with world.sessions() as session:
        rows = session.scalars(select(AuditLog)).all()
    actions = {row.action for row in rows}
    assert {"enrol", "push", "pull", "fork", "auth_failed"} <= actions
    text = " ".join(row.detail for row in rows)
    assert a.token not in text and fork["token"] not in text and "guessed-token" not in text


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=8,
)
ids = st.one_of(st.uuids().map(str), st.text(max_size=40), json_values)
stamps = st.one_of(st.integers(min_value=-(2**64), max_value=2**64), json_values)
changes = st.fixed_dictionaries(
    {
        "change_id": ids,
        "device_seq": stamps,
        "tbl": st.sampled_from(["task", "company", "partner", "conflict", "nope", ""]) | st.text(max_size=5),
        "row_id": ids,
        "scope_id": ids,
        "col": st.sampled_from(["name", "deleted", "resolved", "x"]) | st.text(max_size=5),
        "value": st.one_of(json_values.map(json.dumps), st.text(), json_values),
        "hlc": stamps,
        "base_hlc": stamps,
        "schema_version": st.one_of(st.integers(min_value=-3, max_value=5), json_values),
    },
    optional={"extra": json_values},
)


def _no_server_error(client: TestClient, method: str, url: str, **kw: Any) -> None:
    response = client.request(method, url, **kw)
    assert response.status_code < 500, response.text
    if response.status_code >= 400:
        assert {"error", "message"} <= set(response.json())


@pytest.fixture
def partner_device(world: World) -> Device:
    return world.enrol(world.partner_id, "fuzz")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    batch=st.fixed_dictionaries({"changes": st.lists(changes, max_size=4)}), raw=json_values, data=st.data()
)
def test_no_input_makes_a_500(
    app: FastAPI, world: World, partner_device: Device, batch: dict[str, Any], raw: Any, data: st.DataObject
) -> None:
    client = TestClient(app, raise_server_exceptions=False)
    device = partner_device
    batch |= {"device_id": data.draw(st.sampled_from([device.device_id, "x"])), "batch_id": str(uuid.uuid4())}
    batch["schema_version"] = data.draw(st.sampled_from([2, 1, 0, "2"]))
    for change in batch["changes"]:
        if data.draw(st.booleans()):
            change["scope_id"] = data.draw(st.sampled_from([world.company_a, world.partner_id]))
    headers = {**device.headers, "Content-Type": "application/json"}
    _no_server_error(client, "POST", PUSH, content=json.dumps(batch), headers=headers)
    _no_server_error(client, "POST", PUSH, content=json.dumps(raw), headers=headers)
    _no_server_error(
        client, "POST", ENROL, content=json.dumps(raw), headers={"Content-Type": "application/json"}
    )
    params = {"cursor": data.draw(st.text(max_size=30)), "limit": data.draw(st.text(max_size=6))}
    _no_server_error(client, "GET", PULL, params=params, headers=device.headers)
