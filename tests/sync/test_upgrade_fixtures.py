"""Databases made by every earlier schema version (committed fixtures, see
tests/fixtures/schemas/make.py) upgrade in place with all their data, and the changes they made
before the upgrade, still waiting in the outbox under their old schema number, sync afterwards."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop.core.db import HEAD_REVISION, current_revision, open_database
from desktop.core.services.companies import get_company, list_departments
from desktop.core.services.suitability import load_weights
from desktop.core.services.tasks import list_steps, list_tasks
from desktop.core.sync.engine import SyncEngine, enrol
from tests.fixtures.schemas.make import COMPANY, INVOICES, VERSIONS, path_for
from tests.sync.inprocess import SERVER_URL, InProcessTransport, PartnerServer


@pytest.mark.parametrize("revision", sorted(VERSIONS))
def test_old_database_upgrades_with_all_its_data_and_its_outbox_syncs(
    revision: str, tmp_path: Path, server_app: PartnerServer
) -> None:
    old = tmp_path / "owner.sqlite3"
    shutil.copyfile(path_for(revision), old)
    version = VERSIONS[revision]

    db = open_database(old)
    try:
        assert current_revision(db) == HEAD_REVISION
        assert db.backup_made is not None and db.backup_made.exists()  # taken before the upgrade
        assert get_company(db, COMPANY).name == "旧版の茶園"
        assert [d.name for d in list_departments(db, COMPANY)] == ["経理"]
        tasks = {t.fields.name: t for t in list_tasks(db, COMPANY)}
        assert tasks["月末の請求書発行"].fields.minutes_per_occurrence == 90
        assert tasks["通販の受注処理"].fields.frequency == "5/week"
        steps = list_steps(db, INVOICES)
        expected_steps = [("売上表を開く", False), ("社長の印鑑の場所", True)]
        assert [(s.text, s.internal_only) for s in steps] == expected_steps
        if version >= 3:
            assert get_company(db, COMPANY).hourly_cost_yen == 1800
            assert load_weights(db, COMPANY).onsite == 40.0
        with db.read() as session:
            query = text("SELECT DISTINCT schema_version FROM sync_outbox")
            versions = {v for (v,) in session.execute(query)}
        assert versions == {version}  # nothing re-stamped: the old changes travel as they were made

        # The owner enrols now and the changes made under the old version reach the server...
        partner = server_app.create_partner()
        server_app.create_company(partner, "旧版の茶園", COMPANY)
        transport = InProcessTransport(server_app.client, server_app)
        token = enrol(db, transport, SERVER_URL, server_app.enrol_code(COMPANY), "owner-pc").token
        SyncEngine(db, transport, token).round()
        with db.read() as session:
            assert session.execute(text("SELECT count(*) FROM sync_outbox")).scalar_one() == 0
    finally:
        db.close()

    # ...and a second device of the company receives every one of them.
    laptop = open_database(tmp_path / "laptop.sqlite3")
    try:
        transport = InProcessTransport(server_app.client, server_app)
        token = enrol(laptop, transport, SERVER_URL, server_app.enrol_code(COMPANY), "laptop").token
        SyncEngine(laptop, transport, token).round()
        assert get_company(laptop, COMPANY).name == "旧版の茶園"
        received = {t.fields.name: t.fields.minutes_per_occurrence for t in list_tasks(laptop, COMPANY)}
        assert received == {"月末の請求書発行": 90, "通販の受注処理": 20}
        assert [s.text for s in list_steps(laptop, INVOICES)] == ["売上表を開く", "社長の印鑑の場所"]
        if version >= 3:
            assert load_weights(laptop, COMPANY).onsite == 40.0
    finally:
        laptop.close()


def test_every_earlier_revision_has_a_fixture() -> None:
    """A new migration must come with the fixture of the version before it."""
    earlier = {f"{n:04d}" for n in range(1, int(HEAD_REVISION))}
    assert set(VERSIONS) == earlier
    assert all(path_for(r).exists() for r in VERSIONS)
