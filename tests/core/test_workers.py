"""The worker pool: validation (APPI consent, rates), deterministic skill rows, listing."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from desktop.core import ids, workforce
from desktop.core.db import Database
from desktop.core.errors import NotFound, ValidationError
from desktop.core.models import OutboxChange, Partner, Skill, Worker, WorkerSkill
from desktop.core.services import pipeline
from desktop.core.services.workers import (
    SkillInput,
    WorkerFields,
    create_worker,
    ensure_skill,
    get_worker,
    list_skills,
    list_workers,
    set_skill_deleted,
    set_skill_expert,
    set_worker_deleted,
    set_worker_skill,
    set_worker_skills,
    update_worker,
)
from desktop.core.workforce import TimeWindow

TODAY = date(2026, 5, 20)
WEEKDAYS_10_15 = TimeWindow((0, 1, 2, 3, 4), "10:00", "15:00")


def codes(info: pytest.ExceptionInfo[ValidationError]) -> set[tuple[str, str]]:
    return {(e.field, e.code) for e in info.value.errors}


def add_partner(db: Database, name: str = "川根テレワーク") -> str:
    partner_id = ids.new_id()
    with db.write() as session:
        session.add(Partner(id=partner_id, scope_id=partner_id, name=name))
    return partner_id


@pytest.fixture
def partner(db: Database) -> str:
    return add_partner(db)


def count(db: Database, model: type[Worker] | type[Skill] | type[WorkerSkill]) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def outbox_cells(db: Database, row_id: str) -> list[str]:
    with db.read() as session:
        query = (
            select(OutboxChange.col).where(OutboxChange.row_id == row_id).order_by(OutboxChange.device_seq)
        )
        return list(session.scalars(query))


# --- validation ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (WorkerFields(name="  "), {("name", "required")}),
        (WorkerFields(name="あ" * 101), {("name", "too_long")}),
        (WorkerFields(name="x", kind="robot"), {("kind", "invalid")}),
        (WorkerFields(name="x", status="retired"), {("status", "invalid")}),
        (WorkerFields(name="x", clearance="secret"), {("clearance", "invalid")}),
        (WorkerFields(name="x", hours_per_week=-1), {("hours_per_week", "out_of_range")}),
        (WorkerFields(name="x", hours_per_week=81), {("hours_per_week", "out_of_range")}),
        (WorkerFields(name="x", onsite_days_per_month=32), {("onsite_days_per_month", "out_of_range")}),
        (WorkerFields(name="x", hourly_rate_yen=0), {("hourly_rate_yen", "positive")}),
        (WorkerFields(name="x", hourly_rate_yen=-900), {("hourly_rate_yen", "positive")}),
        (WorkerFields(name="x", hourly_rate_yen=100_001), {("hourly_rate_yen", "out_of_range")}),
        (WorkerFields(name="x", consent_on="2026/05/01"), {("consent_on", "not_a_date")}),
        (WorkerFields(name="x", consent_on="2026-02-30"), {("consent_on", "not_a_date")}),
        (WorkerFields(name="x", consent_on="2026-05-21"), {("consent_on", "future")}),
        (
            WorkerFields(name="x", time_windows=(TimeWindow((0,), "15:00", "10:00"),)),
            {("time_windows", "invalid")},
        ),
        (
            WorkerFields(name="x", time_windows=(TimeWindow((7,), "10:00", "11:00"),)),
            {("time_windows", "invalid")},
        ),
        (
            WorkerFields(name="x", consent_on="2026-04-01", phone="電話ください", email="taro@"),
            {("phone", "invalid"), ("email", "invalid")},
        ),
    ],
)
def test_worker_validation(
    db: Database, partner: str, data: WorkerFields, expected: set[tuple[str, str]]
) -> None:
    with pytest.raises(ValidationError) as info:
        create_worker(db, partner, data, today=TODAY)
    assert codes(info) == expected
    assert count(db, Worker) == 0


def test_personal_data_needs_consent_and_every_error_comes_at_once(db: Database, partner: str) -> None:
    data = WorkerFields(
        name="",
        hourly_rate_yen=0,
        phone="090-1234-5678",
        email="hanako@example.jp",
        private_constraints="子育て中（15時まで）",
    )
    with pytest.raises(ValidationError) as info:
        create_worker(db, partner, data, today=TODAY)
    assert codes(info) == {
        ("name", "required"),
        ("hourly_rate_yen", "positive"),
        ("phone", "consent_required"),
        ("email", "consent_required"),
        ("private_constraints", "consent_required"),
    }
    assert count(db, Worker) == 0
    # With the date of consent the same data is kept.
    row = create_worker(
        db,
        partner,
        WorkerFields(
            **{**data.__dict__, "name": "山田花子", "hourly_rate_yen": 1100, "consent_on": "2026-05-20"}
        ),
        today=TODAY,
    )
    assert row.fields.private_constraints == "子育て中（15時まで）"
    assert row.fields.consent_on == "2026-05-20"


def test_withdrawn_consent_refuses_keeping_contact(db: Database, partner: str) -> None:
    row = create_worker(
        db, partner, WorkerFields(name="佐藤", consent_on="2026-04-01", phone="0547-00-0000"), today=TODAY
    )
    with pytest.raises(ValidationError) as info:
        update_worker(db, row.id, WorkerFields(name="佐藤", phone="0547-00-0000"), today=TODAY)
    assert codes(info) == {("phone", "consent_required")}
    assert get_worker(db, row.id).fields.consent_on == "2026-04-01"
    cleared = update_worker(db, row.id, WorkerFields(name="佐藤"), today=TODAY)  # contact removed with it
    assert (cleared.fields.phone, cleared.fields.consent_on) == ("", "")


def test_create_update_round_trip_writes_only_changed_cells(db: Database, partner: str) -> None:
    data = WorkerFields(
        name=" 山田 花子 ",
        name_kana="やまだ はなこ",
        municipality="川根本町",
        hours_per_week=15,
        time_windows=(TimeWindow((4, 0, 1, 2, 3, 3), "10:00", "15:00"),),
        onsite_days_per_month=2,
        hourly_rate_yen=1100,
        consent_on="2026-04-01",
        email="hanako@example.jp",
    )
    row = create_worker(db, partner, data, today=TODAY)
    assert row.fields.name == "山田 花子"
    assert row.fields.time_windows == (WEEKDAYS_10_15,)  # days sorted, duplicates gone
    assert row.partner_id == partner and row.stage is None and not row.deleted
    with db.read() as session:
        stored = session.get(Worker, row.id)
        assert stored is not None
        assert stored.scope_id == partner  # the pool's scope, never a company's
        assert stored.time_windows == [{"days": [0, 1, 2, 3, 4], "start": "10:00", "end": "15:00"}]

    before = len(outbox_cells(db, row.id))
    update_worker(db, row.id, WorkerFields(**{**row.fields.__dict__, "hours_per_week": 20}), today=TODAY)
    assert outbox_cells(db, row.id)[before:] == ["hours_per_week"]
    update_worker(db, row.id, get_worker(db, row.id).fields, today=TODAY)
    assert len(outbox_cells(db, row.id)) == before + 1  # saving unchanged values writes nothing


def test_create_needs_a_live_partner(db: Database) -> None:
    with pytest.raises(NotFound):
        create_worker(db, ids.new_id(), WorkerFields(name="誰か"))


def test_delete_is_a_tombstone_and_restorable(db: Database, partner: str) -> None:
    row = create_worker(db, partner, WorkerFields(name="鈴木"))
    set_worker_deleted(db, row.id, True)
    assert list_workers(db, partner) == []
    assert get_worker(db, row.id).deleted
    assert count(db, Worker) == 1
    set_worker_deleted(db, row.id, False)
    assert [w.id for w in list_workers(db, partner)] == [row.id]
    with pytest.raises(NotFound):
        update_worker(db, ids.new_id(), WorkerFields(name="x"))


# --- skills ----------------------------------------------------------------------------------------


def test_skill_ids_are_deterministic_and_names_normalised(db: Database, partner: str) -> None:
    first = ensure_skill(db, partner, "Excel")
    again = ensure_skill(db, partner, " ＥＸＣＥＬ ")  # full width, other case, spaces: the same skill
    assert first.id == again.id == workforce.skill_id(partner, "excel")
    assert again.name == "Excel"  # the first spelling stays
    assert [s.name for s in list_skills(db, partner)] == ["Excel"]
    other_partner = add_partner(db, "別のセンター")
    assert ensure_skill(db, other_partner, "Excel").id != first.id  # catalogues are per partner


def test_recreating_a_tombstoned_skill_restores_it_and_expert_is_kept(db: Database, partner: str) -> None:
    skill = ensure_skill(db, partner, "税務申告", expert=True)
    set_skill_deleted(db, skill.id, True)
    assert list_skills(db, partner) == []
    restored = ensure_skill(db, partner, "税務申告")
    assert restored.id == skill.id and not restored.deleted
    assert restored.expert  # ensure without a flag never clears it
    set_skill_expert(db, skill.id, False)
    assert not list_skills(db, partner)[0].expert
    assert count(db, Skill) == 1
    with pytest.raises(ValidationError) as info:
        ensure_skill(db, partner, "   ")
    assert codes(info) == {("skill", "required")}


def test_two_creates_of_the_same_worker_skill_converge(db: Database, partner: str) -> None:
    worker = create_worker(db, partner, WorkerFields(name="田中"))
    skill = ensure_skill(db, partner, "データ入力")
    set_worker_skill(db, worker.id, skill.id, 2)
    set_worker_skill(db, worker.id, skill.id, 2)  # the same thing done twice (or on two devices)
    assert count(db, WorkerSkill) == 1
    with db.read() as session:
        row = session.get(WorkerSkill, workforce.worker_skill_id(worker.id, skill.id))
        assert row is not None and row.level == 2 and row.scope_id == partner
    set_worker_skill(db, worker.id, skill.id, None)  # taken away: a tombstone
    assert get_worker(db, worker.id).skills == ()
    set_worker_skill(db, worker.id, skill.id, 3)  # given again: the same row comes back
    assert count(db, WorkerSkill) == 1
    assert [(s.name, s.level) for s in get_worker(db, worker.id).skills] == [("データ入力", 3)]
    with pytest.raises(ValidationError) as info:
        set_worker_skill(db, worker.id, skill.id, 4)
    assert codes(info) == {("level", "invalid")}


def test_a_skill_of_another_partner_is_refused(db: Database, partner: str) -> None:
    worker = create_worker(db, partner, WorkerFields(name="田中"))
    foreign = ensure_skill(db, add_partner(db, "他所"), "経理")
    with pytest.raises(NotFound):
        set_worker_skill(db, worker.id, foreign.id, 2)


def test_set_worker_skills_replaces_the_whole_set(db: Database, partner: str) -> None:
    worker = create_worker(
        db,
        partner,
        WorkerFields(name="高橋"),
        skills=[SkillInput("Excel", 2), SkillInput("簿記", 3, expert=True)],
    )
    assert [(s.name, s.level, s.expert) for s in worker.skills] == [("簿記", 3, True), ("Excel", 2, False)]
    assert worker.skills_summary == "簿記 3, Excel 2"

    before = count(db, WorkerSkill)
    result = set_worker_skills(db, worker.id, [SkillInput("excel", 3), SkillInput("SNS運用", 1)])
    assert [(s.name, s.level) for s in result] == [("Excel", 3), ("SNS運用", 1)]
    assert count(db, WorkerSkill) == before + 1  # 簿記 tombstoned, not erased; SNS運用 added
    assert {s.name for s in list_skills(db, partner)} == {"Excel", "簿記", "SNS運用"}

    with pytest.raises(ValidationError) as info:
        set_worker_skills(db, worker.id, [SkillInput("Excel", 2), SkillInput(" excel", 1), SkillInput("", 9)])
    assert codes(info) == {("skill", "duplicate"), ("skill", "required"), ("level", "invalid")}
    assert [(s.name, s.level) for s in get_worker(db, worker.id).skills] == [("Excel", 3), ("SNS運用", 1)]


def test_update_with_skills_is_one_transaction(db: Database, partner: str) -> None:
    worker = create_worker(db, partner, WorkerFields(name="伊藤"), skills=[SkillInput("Excel", 1)])
    with pytest.raises(ValidationError):
        update_worker(db, worker.id, WorkerFields(name="伊藤 改"), skills=[SkillInput("Excel", 0)])
    assert get_worker(db, worker.id).fields.name == "伊藤"  # nothing written when the skills are bad


# --- listing ---------------------------------------------------------------------------------------


def test_list_workers_content(db: Database, partner: str) -> None:
    other = add_partner(db, "別のセンター")
    create_worker(db, other, WorkerFields(name="他所の人"))
    hanako = create_worker(
        db,
        partner,
        WorkerFields(name="山田花子", name_kana="やまだはなこ", kind="local", hours_per_week=15),
        skills=[SkillInput("Excel", 2), SkillInput("簿記", 1)],
    )
    ken = create_worker(
        db,
        partner,
        WorkerFields(name="青木健", name_kana="あおきけん", kind="urban"),
        skills=[SkillInput("簿記", 3)],
    )
    gone = create_worker(db, partner, WorkerFields(name="退会者", name_kana="ん"))
    set_worker_deleted(db, gone.id, True)
    pipeline.start_course(db, hanako.id, date(2026, 4, 1), date(2026, 4, 30))
    pipeline.advance(db, hanako.id, "ojt", date(2026, 5, 7))
    # A deleted catalogue skill disappears from every worker.
    set_skill_deleted(db, workforce.skill_id(partner, "Excel"), True)

    rows = list_workers(db, partner)
    assert [r.fields.name for r in rows] == ["青木健", "山田花子"]  # by kana; other partner and deleted out
    by_name = {r.fields.name: r for r in rows}
    assert by_name["山田花子"].stage == "ojt"
    assert by_name["山田花子"].skills_summary == "簿記 1"
    assert by_name["青木健"].stage is None
    assert by_name["青木健"].fields.kind == "urban"
    assert by_name["青木健"].skills[0].level == 3
    assert get_worker(db, ken.id) == by_name["青木健"]


def test_list_workers_uses_at_most_three_queries(db: Database, partner: str) -> None:
    for n in range(20):
        worker = create_worker(db, partner, WorkerFields(name=f"作業者{n}"), skills=[SkillInput("Excel", 2)])
        pipeline.start_course(db, worker.id, date(2026, 4, 1))
    statements: list[str] = []

    from sqlalchemy import event

    def count_statement(*args: object) -> None:
        statements.append(str(args[2]))

    event.listen(db.engine, "before_cursor_execute", count_statement)
    try:
        rows = list_workers(db, partner)
    finally:
        event.remove(db.engine, "before_cursor_execute", count_statement)
    assert len(rows) == 20
    selects = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    assert 1 <= len(selects) <= 3
