"""Assignments: validation that writes nothing, deterministic ids, the WorkerCard and its privacy,
deletion and restore, short codes."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from desktop.core import workforce
from desktop.core.db import Database, open_database
from desktop.core.errors import NotFound, ValidationError
from desktop.core.models import Assignment, Company, OutboxChange, Task, WorkerCard
from desktop.core.services.assignments import (
    TeamValidationError,
    assign,
    assign_team,
    end_assignment,
    find_by_code,
    get_assignment,
    get_card,
    list_assignments,
    set_assignment_deleted,
    update_assignment,
)
from desktop.core.workforce import Period
from tests.core.test_matching import Pool

APRIL = Period(date(2026, 4, 1), date(2026, 6, 30))
PRIVATE = "子育て中・火曜は通院"


@pytest.fixture
def pool(db: Database) -> Pool:
    pool = Pool.create(db)
    pool.skill("Excel")
    pool.skill("簿記", expert=True)
    pool.skill("電話対応")
    return pool


@pytest.fixture
def hanako(pool: Pool) -> str:
    return pool.worker(
        "田中 花子",
        skills={"Excel": 2, "簿記": 3, "電話対応": 1},
        municipality="川根本町",
        rate=1350,
        phone="090-1234-5678",
        email="hanako@example.jp",
        consent_on="",
        private_constraints=PRIVATE,
        note="平日午前のみ希望",
    )


def outbox_count(db: Database) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(OutboxChange)) or 0)


def codes(info: pytest.ExceptionInfo[ValidationError]) -> set[tuple[str, str]]:
    return {(e.field, e.code) for e in info.value.errors}


def test_assign_makes_a_deterministic_row_in_the_company_scope_and_a_card(pool: Pool, hanako: str) -> None:
    task_id = pool.task(skills="Excel、簿記")
    row = assign(pool.db, task_id, hanako, "operator", APRIL, 1300, 9, note=" 月末締め ")
    expected_id = workforce.assignment_id(task_id, hanako, "operator")
    assert row.id == expected_id and row.code == workforce.short_code(expected_id)
    assert row.display_code == f"{row.code[:3]}-{row.code[3:]}"
    assert (row.company_id, row.task_name, row.worker_name) == (pool.company_id, "月次の記帳", "田中 花子")
    assert (row.role, row.period, row.rate_yen, row.planned_hours, row.status, row.note) == (
        "operator", APRIL, 1300, 9, "active", "月末締め",
    )  # fmt: skip
    with pool.db.read() as session:
        stored = session.get(Assignment, expected_id)
        assert (
            stored is not None
            and stored.scope_id == pool.company_id
            and stored.period == "2026-04-01/2026-06-30"
        )
    card = get_card(pool.db, pool.company_id, hanako)
    assert card.id == workforce.worker_card_id(pool.company_id, hanako)
    assert (card.name, card.kind, card.contact) == ("田中 花子", "local", "")  # no consent: no contact
    assert card.skills_summary == "簿記（指導可）、Excel（実務可）"  # level 1 (learning) is not shown


def test_contact_reaches_the_card_only_with_consent(pool: Pool) -> None:
    with_consent = pool.worker(
        "同意あり", email="a@example.jp", phone="0547-00-0000", consent_on="2026-03-01"
    )
    phone_only = pool.worker("電話のみ", phone="0547-11-1111", consent_on="2026-03-01")
    task_id = pool.task()
    assign(pool.db, task_id, with_consent, "operator", APRIL, 1200, 8)
    assign(pool.db, task_id, phone_only, "supervisor", APRIL, 2500, 2)
    assert get_card(pool.db, pool.company_id, with_consent).contact == "a@example.jp"
    assert get_card(pool.db, pool.company_id, phone_only).contact == "0547-11-1111"


def test_nothing_private_of_the_pool_reaches_the_company_scope(pool: Pool, hanako: str) -> None:
    from desktop.core.services.companies import CompanyData, create_company

    # The worker's rate in another company must not reach this one either.
    other = create_company(pool.db, CompanyData(name="川根観光", partner_id=pool.partner_id))
    assign(pool.db, pool.task("予約受付", company_id=other.id), hanako, "operator", APRIL, 1777, 5)
    task_id = pool.task(skills="Excel")
    with pool.db.read() as session:
        start = session.scalar(select(func.max(OutboxChange.device_seq))) or 0
    assign(pool.db, task_id, hanako, "operator", APRIL, 1300, 9)
    with pool.db.read() as session:
        changes = session.execute(
            select(OutboxChange.tbl, OutboxChange.col, OutboxChange.value, OutboxChange.scope_id).where(
                OutboxChange.device_seq > start
            )
        ).all()
    assert changes and {c.scope_id for c in changes} == {pool.company_id}
    assert {c.tbl for c in changes} == {"assignment", "worker_card"}
    card_columns = {c.col for c in changes if c.tbl == "worker_card"}
    assert card_columns <= {
        "id",
        "scope_id",
        "deleted",
        "company_id",
        "worker_id",
        "name",
        "kind",
        "skills_summary",
        "contact",
    }
    assert {"name", "kind", "skills_summary"} <= card_columns
    ids = {"id", "scope_id", "company_id", "worker_id", "task_id", "code"}
    values = " ".join(str(c.value) for c in changes if c.col not in ids)
    for secret in (
        PRIVATE,
        "川根本町",
        "1350",
        "1777",
        "090-1234-5678",
        "hanako@example.jp",
        "平日午前",
        "10:00",
    ):
        assert secret not in values


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        ({"rate_yen": 0}, {("rate_yen", "positive")}),
        ({"rate_yen": -5}, {("rate_yen", "positive")}),
        ({"rate_yen": None}, {("rate_yen", "required")}),
        ({"rate_yen": workforce.MAX_RATE_YEN + 1}, {("rate_yen", "out_of_range")}),
        ({"planned_hours": -1}, {("planned_hours", "negative")}),
        ({"planned_hours": workforce.MAX_PLANNED_HOURS + 1}, {("planned_hours", "out_of_range")}),
        ({"period": Period(date(2026, 5, 1), date(2026, 4, 1))}, {("period", "ends_before_start")}),
        ({"period": "2026-13-01/"}, {("period", "not_a_date")}),
        ({"period": "2026-05-01/2026-04-30"}, {("period", "ends_before_start")}),
        ({"period": ""}, {("period", "required")}),
        ({"role": "boss"}, {("role", "invalid")}),
        ({"status": "done"}, {("status", "invalid")}),
        ({"worker_id": "00000000-0000-4000-8000-0000000000ff"}, {("worker_id", "unknown")}),
        ({"note": "x" * 2001}, {("note", "too_long")}),
        ({"rate_yen": 0, "planned_hours": -3}, {("rate_yen", "positive"), ("planned_hours", "negative")}),
    ],
)
def test_bad_input_is_refused_and_nothing_is_written(
    pool: Pool, hanako: str, kwargs: dict[str, object], expected: set[tuple[str, str]]
) -> None:
    task_id = pool.task()
    before = outbox_count(pool.db)
    values: dict[str, Any] = {"worker_id": hanako, "role": "operator", "period": APRIL}
    values.update({"rate_yen": 1200, "planned_hours": 8, **kwargs})
    with pytest.raises(ValidationError) as info:
        assign(pool.db, task_id, **values)
    assert codes(info) == expected
    assert outbox_count(pool.db) == before
    assert list_assignments(pool.db, include_deleted=True) == []
    with pytest.raises(NotFound):
        get_card(pool.db, pool.company_id, hanako)


def test_a_worker_who_left_or_of_another_partner_cannot_be_assigned(pool: Pool, db: Database) -> None:
    left = pool.worker("退会した人", status="left")
    task_id = pool.task()
    with pytest.raises(ValidationError) as info:
        assign(db, task_id, left, "operator", APRIL, 1200, 8)
    assert codes(info) == {("worker_id", "invalid")}
    stranger_pool = Pool(db, "00000000-0000-4000-8000-00000000bb02", pool.company_id)
    with db.write() as session:
        from desktop.core.models import Partner

        session.add(
            Partner(id=stranger_pool.partner_id, scope_id=stranger_pool.partner_id, name="別の事業者")
        )
    stranger = stranger_pool.worker("他社の人")
    with pytest.raises(ValidationError) as info:
        assign(db, task_id, stranger, "operator", APRIL, 1200, 8)
    assert codes(info) == {("worker_id", "unknown")}


def test_a_worker_without_the_clearance_cannot_be_assigned_a_confidential_task(pool: Pool) -> None:
    task_id = pool.task("給与の振込データ作成", confidentiality="confidential")
    internal = pool.worker("社外秘まで", clearance="internal")
    before = outbox_count(pool.db)
    with pytest.raises(ValidationError) as info:
        assign(pool.db, task_id, internal, "operator", APRIL, 1200, 8)
    assert codes(info) == {("worker_id", "clearance")}
    assert outbox_count(pool.db) == before
    cleared = pool.worker("機密も可", clearance="confidential")
    assert assign(pool.db, task_id, cleared, "operator", APRIL, 1200, 8).worker_id == cleared


def test_a_deleted_task_cannot_get_assignments(pool: Pool, hanako: str) -> None:
    from desktop.core.services.tasks import set_task_deleted

    task_id = pool.task()
    set_task_deleted(pool.db, task_id, True)
    with pytest.raises(NotFound):
        assign(pool.db, task_id, hanako, "operator", APRIL, 1200, 8)


def test_assigning_twice_overlaps_and_keeps_one_row(pool: Pool, hanako: str) -> None:
    task_id = pool.task()
    first = assign(pool.db, task_id, hanako, "operator", APRIL, 1200, 8)
    before = outbox_count(pool.db)
    with pytest.raises(ValidationError) as info:
        assign(pool.db, task_id, hanako, "operator", Period(date(2026, 6, 1)), 1300, 8)
    assert codes(info) == {("period", "overlap")}
    assert outbox_count(pool.db) == before
    assert [r.id for r in list_assignments(pool.db)] == [first.id]
    # The same person as supervisor of the same task at the same time: refused too.
    with pytest.raises(ValidationError) as info:
        assign(pool.db, task_id, hanako, "supervisor", Period(date(2026, 6, 1)), 2000, 2)
    assert codes(info) == {("period", "overlap")}


def test_an_ended_assignment_is_reopened_with_the_new_period(pool: Pool, hanako: str) -> None:
    task_id = pool.task()
    first = assign(pool.db, task_id, hanako, "operator", APRIL, 1200, 8)
    ended = end_assignment(pool.db, first.id, date(2026, 5, 15))
    assert ended.status == "ended" and ended.period == Period(date(2026, 4, 1), date(2026, 5, 15))
    again = assign(pool.db, task_id, hanako, "operator", Period(date(2026, 5, 1)), 1400, 10)
    assert again.id == first.id
    assert (again.period, again.rate_yen, again.status) == (Period(date(2026, 5, 1)), 1400, "active")
    assert len(list_assignments(pool.db, include_deleted=True)) == 1


def test_two_offline_devices_assigning_the_same_person_make_the_same_row(tmp_path: Path) -> None:
    made = []
    for name in ("owner-pc", "partner-laptop"):
        db = open_database(tmp_path / f"{name}.sqlite3")
        try:
            pool = Pool.create(db)
            with db.write() as session:  # the same company and task ids on both (as after a sync)
                company = session.get(Company, pool.company_id)
                assert company is not None
            task_id = "00000000-0000-4000-8000-00000000cc03"
            with db.write() as session:
                session.add(
                    Task(id=task_id, scope_id=pool.company_id, company_id=pool.company_id, name="記帳")
                )
            worker = pool.worker("田中 花子")
            row = assign(db, task_id, worker, "operator", APRIL, 1200, 8)
            made.append((row.id, row.code, worker))
        finally:
            db.close()
    (id_a, code_a, worker_a), (id_b, code_b, worker_b) = made
    assert worker_a == worker_b and id_a == id_b and code_a == code_b


def test_update_writes_only_changed_cells_and_checks_like_assign(pool: Pool, hanako: str) -> None:
    task_id = pool.task()
    row = assign(pool.db, task_id, hanako, "operator", APRIL, 1200, 8)
    with pool.db.read() as session:
        start = session.scalar(select(func.max(OutboxChange.device_seq))) or 0
    updated = update_assignment(pool.db, row.id, APRIL, 1250, 8, "active", "")
    assert updated.rate_yen == 1250
    with pool.db.read() as session:
        cols = session.scalars(select(OutboxChange.col).where(OutboxChange.device_seq > start)).all()
    assert list(cols) == ["rate_yen"]
    before = outbox_count(pool.db)
    with pytest.raises(ValidationError) as info:
        update_assignment(pool.db, row.id, "2026-04-01/2026-03-01", 0, 8, "active", "")
    assert codes(info) == {("period", "ends_before_start"), ("rate_yen", "positive")}
    supervisor = pool.worker("指導役", kind="urban", municipality="東京都")
    other = assign(pool.db, task_id, supervisor, "supervisor", Period(date(2026, 7, 1)), 2500, 2)
    assign(pool.db, task_id, supervisor, "operator", APRIL, 1200, 4)
    with pytest.raises(ValidationError) as info:
        update_assignment(pool.db, other.id, Period(date(2026, 6, 1)), 2500, 2, "active", "")
    assert codes(info) == {("period", "overlap")}
    assert outbox_count(pool.db) > before  # only the two assigns above wrote
    set_assignment_deleted(pool.db, row.id, True)
    with pytest.raises(NotFound):
        update_assignment(pool.db, row.id, APRIL, 1200, 8, "active", "")


def test_assign_team_writes_both_or_neither(pool: Pool, hanako: str) -> None:
    task_id = pool.task(skills="Excel、簿記")
    expert = pool.worker("都市の佐藤", kind="urban", municipality="東京都", skills={"簿記": 3}, rate=3000)
    before = outbox_count(pool.db)
    with pytest.raises(TeamValidationError) as info:
        assign_team(pool.db, task_id, hanako, expert, APRIL, 1300, 0, 9, 2)
    assert info.value.role == "supervisor" and codes(info) == {("rate_yen", "positive")}
    assert outbox_count(pool.db) == before and list_assignments(pool.db, include_deleted=True) == []
    with pytest.raises(TeamValidationError) as info:
        assign_team(pool.db, task_id, hanako, hanako, APRIL, 1300, 3000, 9, 2)
    assert codes(info) == {("worker_id", "duplicate")}
    operator, supervisor = assign_team(pool.db, task_id, hanako, expert, APRIL, 1300, 3000, 9, 2)
    assert (operator.role, operator.worker_id, supervisor.role, supervisor.worker_id) == (
        "operator", hanako, "supervisor", expert,
    )  # fmt: skip
    assert [r.role for r in list_assignments(pool.db, company_id=pool.company_id)] == [
        "operator",
        "supervisor",
    ]
    assert get_card(pool.db, pool.company_id, expert).skills_summary == "簿記（指導可）"


def test_deleting_the_last_assignment_in_a_company_tombstones_the_card_and_restore_brings_it_back(
    pool: Pool, hanako: str
) -> None:
    first = assign(pool.db, pool.task("記帳"), hanako, "operator", APRIL, 1200, 8)
    second = assign(pool.db, pool.task("請求書"), hanako, "operator", APRIL, 1200, 4)
    set_assignment_deleted(pool.db, first.id, True)
    assert not get_card(pool.db, pool.company_id, hanako).deleted  # still assigned to the other task
    assert [r.id for r in list_assignments(pool.db)] == [second.id]
    set_assignment_deleted(pool.db, second.id, True)
    assert get_card(pool.db, pool.company_id, hanako).deleted
    assert list_assignments(pool.db) == []
    assert get_assignment(pool.db, first.id).deleted
    set_assignment_deleted(pool.db, first.id, False)
    assert not get_card(pool.db, pool.company_id, hanako).deleted
    assert [r.id for r in list_assignments(pool.db)] == [first.id]
    with pool.db.read() as session:  # tombstones, never erased
        assert session.scalar(select(func.count()).select_from(WorkerCard)) == 1
        assert session.scalar(select(func.count()).select_from(Assignment)) == 2


def test_list_works_on_an_owners_pc_with_cards_only(db: Database) -> None:
    company_id = "00000000-0000-4000-8000-00000000dd04"
    worker_id = "00000000-0000-4000-8000-00000000dd05"  # a pool id this PC never holds
    task_id = "00000000-0000-4000-8000-00000000dd06"
    assignment_id = workforce.assignment_id(task_id, worker_id, "operator")
    with db.write() as session:  # what sync delivers to an owner's PC
        session.add(Company(id=company_id, scope_id=company_id, name="山里茶園"))
        session.flush()  # no ORM relationships: parents first
        session.add(Task(id=task_id, scope_id=company_id, company_id=company_id, name="記帳"))
        session.flush()
        session.add(
            WorkerCard(
                id=workforce.worker_card_id(company_id, worker_id),
                scope_id=company_id,
                company_id=company_id,
                worker_id=worker_id,
                name="田中 花子",
                kind="local",
                skills_summary="Excel（実務可）",
            )
        )
        session.add(
            Assignment(
                id=assignment_id,
                scope_id=company_id,
                task_id=task_id,
                worker_id=worker_id,
                role="operator",
                period="2026-04-01/",
                rate_yen=1200,
                planned_hours=8,
                code=workforce.short_code(assignment_id),
            )
        )
    (row,) = list_assignments(db, company_id=company_id)
    assert (row.worker_name, row.task_name, row.company_name, row.period) == (
        "田中 花子", "記帳", "山里茶園", Period(date(2026, 4, 1)),
    )  # fmt: skip
    assert list_assignments(db, worker_id=worker_id) == [row]
    assert find_by_code(db, row.code) == row


def test_find_by_code_accepts_codes_as_people_type_them(pool: Pool, hanako: str) -> None:
    row = assign(pool.db, pool.task(), hanako, "operator", APRIL, 1200, 8)
    typed = [
        row.code,
        row.display_code,
        row.display_code.lower(),
        row.display_code.translate(
            str.maketrans(
                "0123456789ABCDEFGHJKMNPQRSTVWXYZ-",
                "０１２３４５６７８９ＡＢＣＤＥＦＧＨＪＫＭＮＰＱＲＳＴＶＷＸＹＺ－",
            )
        ),
        f"  {row.code[:3]} {row.code[3:]} ",
    ]
    for text in typed:
        assert find_by_code(pool.db, text).id == row.id, text
    unknown_code = next(c for c in ("0000000", "1111111", "2222222") if c != row.code)
    for bad in ("", "ABC", "ABC-DEFGH", "AB!-DEFG", unknown_code):
        with pytest.raises(ValidationError) as info:
            find_by_code(pool.db, bad)
        assert codes(info) == {("code", "unknown_code")}, bad
    set_assignment_deleted(pool.db, row.id, True)
    with pytest.raises(ValidationError):
        find_by_code(pool.db, row.code)


def test_end_sets_the_end_date_and_status(pool: Pool, hanako: str) -> None:
    open_ended = assign(pool.db, pool.task("記帳"), hanako, "operator", Period(date(2026, 4, 1)), 1200, 8)
    ended = end_assignment(pool.db, open_ended.id, date(2026, 4, 20))
    assert ended.status == "ended" and ended.period == Period(date(2026, 4, 1), date(2026, 4, 20))
    future = assign(pool.db, pool.task("請求書"), hanako, "operator", Period(date(2026, 9, 1)), 1200, 8)
    assert end_assignment(pool.db, future.id, date(2026, 4, 20)).period == Period(
        date(2026, 9, 1), date(2026, 9, 1)
    )
