"""The ``machishigoto-server`` command, run in process."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from server import cli
from server.core.config import Settings
from server.db import make_engine, make_sessions
from server.main import create_app
from server.models import AuditLog, Company, Device
from tests.server.support import ENROL, PULL


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _setup(capsys: pytest.CaptureFixture[str], url: str) -> tuple[str, str]:
    code, partner_id, _ = run(
        capsys, "--database-url", url, "partner", "create", "さとやまテレワークセンター"
    )
    assert code == 0
    offline_id = "3f6c1a52-4a43-4d4e-9c4b-3e3f1b0c2d7e"
    code, company_id, err = run(
        capsys,
        "company",
        "create",
        "山里茶園",
        "--partner",
        partner_id.strip(),
        "--id",
        offline_id,
        "--database-url",
        url,
    )
    assert code == 0, err
    assert company_id.strip() == offline_id
    return partner_id.strip(), offline_id


def test_db_upgrade_creates_and_then_keeps_the_schema(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    url = f"sqlite:///{tmp_path / 'new' / 'server.sqlite3'}"
    code, out, _ = run(capsys, "--database-url", url, "db", "upgrade")
    assert code == 0 and "was empty" in out
    code, out, _ = run(capsys, "db", "upgrade", "--database-url", url)
    assert (code, out.strip()) == (0, "database at revision 0002")


def test_commands_refuse_a_database_that_was_not_upgraded(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, out, err = run(capsys, "--database-url", f"sqlite:///{tmp_path / 'x.sqlite3'}", "device", "list")
    assert code == 2 and out == ""
    assert "db upgrade" in err and "Traceback" not in err


def test_database_url_comes_from_the_environment(
    capsys: pytest.CaptureFixture[str], database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DATABASE_URL", database_url)
    code, out, _ = run(capsys, "partner", "create", "環境変数の組合")
    assert code == 0 and re.fullmatch(r"[0-9a-f-]{36}\n", out)


def test_enrol_code_prints_the_code_last_and_it_enrols(
    capsys: pytest.CaptureFixture[str], database_url: str
) -> None:
    partner_id, company_id = _setup(capsys, database_url)
    code, out, _ = run(capsys, "--database-url", database_url, "enrol-code", company_id, "--hours", "2")
    assert code == 0
    lines = out.strip().splitlines()
    assert len(lines) == 2 and "山里茶園" in lines[0]
    enrol_code = lines[-1]
    assert re.fullmatch(r"[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}", enrol_code)
    app = create_app(Settings(database_url=database_url))
    try:
        client = TestClient(app)
        response = client.post(
            ENROL, json={"code": enrol_code, "device_name": "社長のPC", "schema_version": 2}
        )
        assert response.status_code == 200
        device_id, token = response.json()["device_id"], response.json()["token"]

        code, out, _ = run(capsys, "--database-url", database_url, "device", "list")
        assert code == 0 and device_id in out and "社長のPC" in out and "active" in out
        code, out, _ = run(capsys, "--database-url", database_url, "device", "revoke", device_id)
        assert code == 0 and device_id in out
        assert client.get(PULL, headers={"Authorization": f"Bearer {token}"}).status_code == 401
        code, out, _ = run(capsys, "--database-url", database_url, "device", "list")
        assert "revoked" in out
        code, out, _ = run(capsys, "--database-url", database_url, "device", "revoke", device_id)
        assert code == 0 and "already" in out
    finally:
        app.state.engine.dispose()
    engine = make_engine(database_url)
    with make_sessions(engine)() as session:
        device = session.get(Device, device_id)
        assert device is not None and device.revoked_ms is not None
        assert session.scalars(select(AuditLog.device_id).where(AuditLog.action == "revoke")).all() == [
            device_id
        ]
        company = session.get(Company, company_id)
        assert company is not None and company.partner_id == partner_id
    engine.dispose()


@pytest.mark.parametrize(
    "argv",
    [
        ["company", "create", "X", "--partner", "no-such-partner"],
        ["company", "create", "X", "--partner", "{partner}", "--id", "not-a-uuid"],
        ["company", "create", "X", "--partner", "{partner}", "--id", "{company}"],
        ["company", "create", "   ", "--partner", "{partner}"],
        ["enrol-code", "no-such-scope"],
        ["enrol-code", "{company}", "--hours", "0"],
        ["enrol-code", "{company}", "--hours", "many"],
        ["device", "revoke", "no-such-device"],
        ["device", "burn"],
        ["serve", "--certfile", "cert.pem"],
        ["serve", "--certfile", "missing.pem", "--keyfile", "missing.key"],
        ["serve", "--port", "70000"],
        [],
    ],
)
def test_bad_input_exits_2_with_a_message(
    capsys: pytest.CaptureFixture[str], database_url: str, argv: list[str]
) -> None:
    partner_id, company_id = _setup(capsys, database_url)
    args = [a.format(partner=partner_id, company=company_id) for a in argv]
    code, _, err = run(capsys, "--database-url", database_url, *args)
    assert code == 2
    assert err.strip() and "Traceback" not in err


def test_a_bad_database_url_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    for url in ("nosuchdb://x", "postgresql://u:secret@127.0.0.1:1/none"):
        code, _, err = run(capsys, "--database-url", url, "device", "list")
        assert code == 2 and err.startswith("error: database") and "secret" not in err


def test_serve_runs_uvicorn_with_tls(
    capsys: pytest.CaptureFixture[str], database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import uvicorn

    calls: list[tuple[Any, dict[str, Any]]] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: calls.append((app, kw)))
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    cert.write_text("cert")
    key.write_text("key")
    argv = ["serve", "--host", "0.0.0.0", "--port", "8443", "--certfile", str(cert), "--keyfile", str(key)]
    code, _, err = run(capsys, "--database-url", database_url, *argv)
    assert code == 0, err
    ((app, kwargs),) = calls
    assert kwargs | {"forwarded_allow_ips": None} == {
        "host": "0.0.0.0",
        "port": 8443,
        "ssl_certfile": str(cert),
        "ssl_keyfile": str(key),
        "proxy_headers": True,
        "forwarded_allow_ips": None,
    }
    app.state.engine.dispose()


def test_serve_refuses_a_database_that_was_not_upgraded(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, _, err = run(capsys, "--database-url", f"sqlite:///{tmp_path / 'x.sqlite3'}", "serve")
    assert code == 2 and "db upgrade" in err
