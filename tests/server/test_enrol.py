"""Enrolment: a one-time code becomes a device token for the code's scope."""

from __future__ import annotations

import base64
import re

import httpx
from sqlalchemy import select, update

from server.core.security import CODE_ALPHABET, canonical_code, new_enrol_code, sha256_hex
from server.models import AuditLog, Company, Device, EnrolCode
from tests.server.support import ENROL, SCHEMA, World, error_of


def _enrol(world: World, code: str, schema_version: int = SCHEMA) -> httpx.Response:
    body = {"code": code, "device_name": "社長のPC", "schema_version": schema_version}
    response: httpx.Response = world.client.post(ENROL, json=body)
    return response


def test_codes_are_grouped_and_unambiguous() -> None:
    for _ in range(200):
        code = new_enrol_code()
        assert re.fullmatch(r"[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}", code)
        assert not set(code) & set("0O1I")
        assert set(code.replace("-", "")) <= set(CODE_ALPHABET)
    assert canonical_code(" abcd efgh-jkmn ") == "ABCD-EFGH-JKMN"
    assert canonical_code("ABCD-EFGH-JKL0") is None
    assert canonical_code("ABCD-EFGH") is None


def test_company_device_enrols_for_its_company(world: World) -> None:
    code = world.code(world.company_a)
    response = _enrol(world, code.lower().replace("-", " "))
    assert response.status_code == 200, response.text
    body = response.json()
    assert set(body) == {"device_id", "token", "scopes", "bundle_key", "server_time_ms"}
    assert body["scopes"] == [{"id": world.company_a, "kind": "company", "name": "山里茶園"}]
    assert len(base64.b64decode(body["bundle_key"])) == 32
    assert len(base64.urlsafe_b64decode(body["token"] + "=")) == 32
    with world.sessions() as session:
        device = session.get(Device, body["device_id"])
        assert device is not None
        assert device.token_hash == sha256_hex(body["token"])
        assert (device.kind, device.scope_id, device.name) == ("company", world.company_a, "社長のPC")
        company = session.get(Company, world.company_a)
        assert company is not None and company.bundle_key == body["bundle_key"]
        row = session.get(EnrolCode, sha256_hex(code))
        assert row is not None and row.used_by == device.id and row.used_ms is not None
        audit = session.scalars(select(AuditLog).where(AuditLog.action == "enrol")).one()
        assert audit.device_id == device.id
        assert body["token"] not in audit.detail and code not in audit.detail


def test_partner_device_gets_the_pool_and_every_company(world: World) -> None:
    device = world.enrol(world.partner_id, "パートナーのノートPC")
    assert device.scopes[0] == {
        "id": world.partner_id,
        "kind": "partner",
        "name": "さとやまテレワークセンター",
    }
    companies = {s["id"]: s["kind"] for s in device.scopes[1:]}
    assert companies == {world.company_a: "company", world.company_b: "company"}


def test_a_code_is_single_use(world: World) -> None:
    code = world.code(world.company_a)
    assert _enrol(world, code).status_code == 200
    response = _enrol(world, code)
    assert response.status_code == 410
    assert error_of(response) == "code_used"


def test_an_expired_code_is_refused(world: World) -> None:
    code = world.code(world.company_a)
    with world.sessions() as session:
        session.execute(update(EnrolCode).values(expires_ms=EnrolCode.created_ms - 1))
        session.commit()
    response = _enrol(world, code)
    assert response.status_code == 410
    assert error_of(response) == "code_expired"


def test_unknown_and_malformed_codes(world: World) -> None:
    unknown = _enrol(world, "ABCD-EFGH-JKMN")
    assert unknown.status_code == 404 and error_of(unknown) == "not_found"
    malformed = _enrol(world, "0000-1111-IIII")
    assert malformed.status_code == 400 and error_of(malformed) == "bad_request"
    with world.sessions() as session:
        refusals = session.scalars(select(AuditLog.detail).where(AuditLog.action == "enrol_refused")).all()
    assert len(refusals) == 2


def test_too_old_a_client_is_told_to_update_and_keeps_its_code(world: World) -> None:
    code = world.code(world.company_a)
    response = _enrol(world, code, schema_version=0)
    assert response.status_code == 426
    assert response.json()["error"] == "client_too_old"
    assert response.json()["min_schema_version"] == 1
    assert _enrol(world, code).status_code == 200


def test_failed_enrolment_attempts_are_rate_limited_per_address(world: World) -> None:
    for _ in range(12):  # a whole office enrols from one address
        world.enrol(world.company_a, "事務所のPC")
    for _ in range(10):
        assert _enrol(world, "ABCD-EFGH-JKMN").status_code == 404
    good = world.code(world.company_a)
    response = _enrol(world, good)
    assert response.status_code == 429
    body = response.json()
    assert body["error"] == "rate_limited"
    assert 0 < body["retry_after_s"] <= 600
    other = world.client.post(
        ENROL,
        json={"code": good, "device_name": "PC", "schema_version": SCHEMA},
        headers={"X-Forwarded-For": "203.0.113.9"},
    )
    assert other.status_code == 429  # the header is only trusted from a proxy, not from anyone


def test_enrol_body_is_validated(world: World) -> None:
    for body in (
        {},
        {"code": "ABCD-EFGH-JKMN", "device_name": "", "schema_version": SCHEMA},
        {"code": "ABCD-EFGH-JKMN", "device_name": "x" * 201, "schema_version": SCHEMA},
        {"code": "ABCD-EFGH-JKMN", "device_name": "a\x00b", "schema_version": SCHEMA},
        {"code": 12, "device_name": "PC", "schema_version": SCHEMA},
        {"code": "ABCD-EFGH-JKMN", "device_name": "PC", "schema_version": "one"},
    ):
        response = world.client.post(ENROL, json=body)
        assert response.status_code == 400, (body, response.text)
        assert error_of(response) == "bad_request"
