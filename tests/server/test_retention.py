"""Retention: old bookkeeping is pruned, retention boundaries hold, and pruning never makes a change
count twice or vanish (every test runs on SQLite and on PostgreSQL)."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, update

from server import cli
from server.core.config import ConfigError, Retention, Settings
from server.crud.common import now_ms
from server.models import AuditLog, ChangeSeen, Device, PushBatch
from server.retention import DAY_MS, claim_daily_run, prune, prune_if_due
from tests.server.support import PUSH, World, error_of
from tests.server.support import Device as Client

RETENTION = Retention()
YEARS_AGO = 3 * 365 * DAY_MS


def _age(world: World, by_ms: int, device_id: str | None = None) -> None:
    """Make every push answer, seen change id and audit row (of one device) ``by_ms`` older."""
    with world.sessions.begin() as session:
        batches = update(PushBatch).values(created_ms=PushBatch.created_ms - by_ms)
        seen = update(ChangeSeen).values(seen_ms=ChangeSeen.seen_ms - by_ms)
        audits = update(AuditLog).values(at_ms=AuditLog.at_ms - by_ms)
        if device_id is not None:
            batches = batches.where(PushBatch.device_id == device_id)
            seen = seen.where(ChangeSeen.device_id == device_id)
            audits = audits.where(AuditLog.device_id == device_id)
        for stmt in (batches, seen, audits):
            session.execute(stmt)


def _count(world: World, model: Any, *where: Any) -> int:
    with world.sessions() as session:
        return int(session.scalar(select(func.count()).select_from(model).where(*where)) or 0)


def _snapshot(world: World) -> list[tuple[Any, ...]]:
    return [(c.tbl, c.row_id, c.col, c.value, c.hlc, c.device_id, c.change_id, c.seq) for c in world.cells()]


def _floor(world: World, device_id: str) -> int:
    with world.sessions() as session:
        device = session.get(Device, device_id)
        assert device is not None
        return device.seen_floor


def _pushed(world: World, device: Client, body: dict[str, Any]) -> dict[str, Any]:
    response = world.client.post(PUSH, json=body, headers=device.headers)
    assert response.status_code == 200, response.text
    answer: dict[str, Any] = response.json()
    return answer


def test_prune_deletes_what_is_past_each_retention_and_keeps_the_boundary(world: World) -> None:
    a = world.enrol(world.company_a)
    task = str(uuid.uuid4())
    for col in ("name", "note", "status"):
        _pushed(world, a, a.batch([a.change(world.company_a, task, col, col)]))
    now = now_ms()
    batch_cut = now - RETENTION.push_batch_days * DAY_MS
    seen_cut = now - RETENTION.change_seen_days * DAY_MS
    audit_cut = now - RETENTION.audit_days * DAY_MS
    with world.sessions.begin() as session:
        batches = list(session.scalars(select(PushBatch).order_by(PushBatch.created_ms, PushBatch.batch_id)))
        seen = list(session.scalars(select(ChangeSeen).order_by(ChangeSeen.device_seq)))
        pushes = select(AuditLog).where(AuditLog.action == "push").order_by(AuditLog.id)
        audits = list(session.scalars(pushes))
        assert (len(batches), len(seen), len(audits)) == (3, 3, 3)
        # One row a millisecond past each cutoff, one exactly on it (kept), one recent.
        batches[0].created_ms, batches[1].created_ms = batch_cut - 1, batch_cut
        seen[0].seen_ms, seen[1].seen_ms = seen_cut - 1, seen_cut
        audits[0].at_ms, audits[1].at_ms = audit_cut - 1, audit_cut
        kept_batches = {b.batch_id for b in batches[1:]}
        kept_audits = {row.id for row in audits[1:]}

    counts = prune(world.sessions, RETENTION, now=now)

    assert (counts.push_batch, counts.change_seen, counts.devices, counts.audit_log) == (1, 1, 1, 1)
    with world.sessions() as session:
        assert set(session.scalars(select(PushBatch.batch_id))) == kept_batches
        assert list(session.scalars(select(ChangeSeen.device_seq).order_by(ChangeSeen.device_seq))) == [2, 3]
        pushes = set(session.scalars(select(AuditLog.id).where(AuditLog.action == "push")))
        assert pushes == kept_audits
        assert session.scalar(select(func.count()).where(AuditLog.action == "prune")) == 1
    assert _floor(world, a.device_id) == 1


def test_the_floor_stops_below_the_first_change_id_still_inside_the_retention(world: World) -> None:
    a = world.enrol(world.company_a)
    task = str(uuid.uuid4())
    cols = ("name", "description", "performer", "note", "status")
    _pushed(world, a, a.batch([a.change(world.company_a, task, col, col) for col in cols]))
    now = now_ms()
    with world.sessions.begin() as session:
        # Seen long ago except device_seq 4, so 5 stays too: what is kept stays one range.
        session.execute(update(ChangeSeen).values(seen_ms=now - YEARS_AGO))
        session.execute(update(ChangeSeen).where(ChangeSeen.device_seq == 4).values(seen_ms=now))

    assert prune(world.sessions, RETENTION, now=now, dry_run=True).change_seen == 3
    assert _count(world, ChangeSeen) == 5
    assert prune(world.sessions, RETENTION, now=now).change_seen == 3

    with world.sessions() as session:
        assert list(session.scalars(select(ChangeSeen.device_seq).order_by(ChangeSeen.device_seq))) == [4, 5]
    assert _floor(world, a.device_id) == 3
    assert prune(world.sessions, RETENTION, now=now).change_seen == 0


def test_a_batch_retried_after_pruning_changes_nothing(world: World) -> None:
    a = world.enrol(world.company_a)
    task = str(uuid.uuid4())
    body = a.batch([a.change(world.company_a, task, col, col) for col in ("name", "note", "status")])
    first = _pushed(world, a, body)
    assert (first["applied"], first["acked_through"]) == (3, 3)
    before = _snapshot(world)
    _age(world, YEARS_AGO)

    counts = prune(world.sessions, RETENTION)

    assert (counts.push_batch, counts.change_seen) == (1, 3)
    assert _count(world, PushBatch) == _count(world, ChangeSeen) == 0
    assert _floor(world, a.device_id) == 3
    again = _pushed(world, a, body)
    assert (again["applied"], again["skipped"], again["conflicts"], again["acked_through"]) == (0, 3, 0, 3)
    assert _snapshot(world) == before
    assert _count(world, ChangeSeen) == 0  # skipped ids are not remembered again


def test_a_copy_reusing_a_pruned_sequence_number_is_refused_and_changes_nothing(world: World) -> None:
    a = world.enrol(world.company_a)
    task = str(uuid.uuid4())
    _pushed(world, a, a.batch([a.change(world.company_a, task, col, col) for col in ("name", "note")]))
    _age(world, YEARS_AGO)
    prune(world.sessions, RETENTION)
    before = _snapshot(world)
    copy = a.change(world.company_a, task, "name", "コピーの編集")
    copy["device_seq"] = 2  # a copied database numbering on from an old state

    response = world.client.post(PUSH, json=a.batch([copy]), headers=a.headers)

    assert response.status_code == 409 and error_of(response) == "duplicate_device"
    assert _snapshot(world) == before


def test_a_late_resend_of_a_pruned_change_that_lost_since_is_refused_not_merged(world: World) -> None:
    a = world.enrol(world.company_a)
    b = world.enrol(world.company_a, "事務所のPC")
    task = str(uuid.uuid4())
    old = a.change(world.company_a, task, "name", "古い名前")
    _pushed(world, a, a.batch([old]))
    newer = b.change(world.company_a, task, "name", "新しい名前", hlc=old["hlc"] + 1000, base_hlc=old["hlc"])
    _pushed(world, b, b.batch([newer]))
    _age(world, YEARS_AGO, a.device_id)
    assert prune(world.sessions, RETENTION).change_seen == 1
    before = _snapshot(world)

    response = world.client.post(PUSH, json=a.batch([old]), headers=a.headers)

    # The server cannot tell it from a copy's change any more: the client forks and re-sends.
    assert response.status_code == 409 and error_of(response) == "duplicate_device"
    assert _snapshot(world) == before
    assert {(c.col, c.value) for c in world.cells()} == {("name", '"新しい名前"')}


def test_new_changes_after_pruning_are_merged_and_remembered(world: World) -> None:
    a = world.enrol(world.company_a)
    task = str(uuid.uuid4())
    first = a.change(world.company_a, task, "name", "一")
    _pushed(world, a, a.batch([first]))
    _age(world, YEARS_AGO)
    prune(world.sessions, RETENTION)
    edit = a.change(world.company_a, task, "name", "二", base_hlc=first["hlc"])
    answer = _pushed(world, a, a.batch([edit]))
    assert (answer["applied"], answer["conflicts"], answer["acked_through"]) == (1, 0, 2)
    assert {(c.col, c.value) for c in world.cells()} == {("name", '"二"')}
    with world.sessions() as session:
        assert list(session.scalars(select(ChangeSeen.device_seq))) == [2]


def test_the_daily_prune_runs_once_a_day_across_processes(world: World) -> None:
    now = now_ms()
    assert claim_daily_run(world.sessions, now)
    assert not claim_daily_run(world.sessions, now + DAY_MS - 1)
    assert claim_daily_run(world.sessions, now + DAY_MS)
    # The claim above is a day ahead of the wall clock: not due now.
    assert prune_if_due(world.sessions, RETENTION) is None


def test_the_daily_prune_prunes_when_due(world: World) -> None:
    a = world.enrol(world.company_a)
    _pushed(world, a, a.batch([a.change(world.company_a, str(uuid.uuid4()), "name", "x")]))
    _age(world, YEARS_AGO)
    counts = prune_if_due(world.sessions, RETENTION)
    assert counts is not None and (counts.push_batch, counts.change_seen) == (1, 1)
    assert prune_if_due(world.sessions, RETENTION) is None


def test_prune_command_counts_in_a_dry_run_then_deletes(
    world: World, settings: Settings, capsys: pytest.CaptureFixture[str]
) -> None:
    a = world.enrol(world.company_a)
    _pushed(world, a, a.batch([a.change(world.company_a, str(uuid.uuid4()), "name", "x")]))
    _age(world, YEARS_AGO)
    audits = _count(world, AuditLog)
    url = settings.database_url

    assert cli.main(["--database-url", url, "prune", "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "push_batch: would delete 1 " in out
    assert "change_seen: would delete 1 " in out and "(1 devices)" in out
    assert f"audit_log: would delete {audits} " in out
    assert _count(world, PushBatch) == _count(world, ChangeSeen) == 1
    assert _count(world, AuditLog) == audits

    assert cli.main(["prune", "--database-url", url, "--audit-days", "3650"]) == 0
    out = capsys.readouterr().out
    assert "push_batch: deleted 1 " in out and "audit_log: deleted 0 rows older than 3650 days" in out
    assert _count(world, PushBatch) == _count(world, ChangeSeen) == 0
    assert _count(world, AuditLog) == audits + 1  # kept, plus the prune's own row


def test_prune_command_refuses_a_retention_below_the_minimum(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    assert cli.main(["--database-url", url, "db", "upgrade"]) == 0
    capsys.readouterr()
    assert cli.main(["--database-url", url, "prune", "--change-seen-days", "30"]) == 2
    assert "change-seen-days must be between 366" in capsys.readouterr().err


def test_retention_comes_from_the_environment_and_is_checked() -> None:
    env = {"DATABASE_URL": "sqlite:///x.sqlite3", "MACHISHIGOTO_RETAIN_AUDIT_DAYS": "1825"}
    settings = Settings.from_env(env)
    assert settings.retention == Retention(audit_days=1825)
    assert settings.auto_prune
    assert not Settings.from_env(env | {"MACHISHIGOTO_AUTO_PRUNE": "0"}).auto_prune
    with pytest.raises(ConfigError, match="whole number"):
        Settings.from_env(env | {"MACHISHIGOTO_RETAIN_PUSH_BATCH_DAYS": "a month"})
    with pytest.raises(ConfigError, match="audit-days"):
        Retention(audit_days=30)
    with pytest.raises(ConfigError, match="push-batch-days"):
        Retention(push_batch_days=500, change_seen_days=400)
