"""Hours: insert-only time entries, correction chains (concurrent, out of order), validation that
writes nothing, the weekly grid and its no-hours alert, day history, and lookup by short code."""

from __future__ import annotations

import itertools
import random
from dataclasses import dataclass
from datetime import date, timedelta

import pytest
from sqlalchemy import event, func, select, text

from desktop.core import ids, workforce
from desktop.core.db import Database
from desktop.core.errors import ValidationError
from desktop.core.models import Assignment, Task, TimeEntry, WorkerCard
from desktop.core.services import hours
from desktop.core.services.companies import CompanyData, create_company
from desktop.core.services.hours import (
    CONCURRENT,
    SEVERAL,
    EntryFacts,
    HoursError,
    check_days,
    day_history,
    day_state,
    find_assignment_by_code,
    plan_corrections,
    resolve_day,
    set_day,
    set_days,
    week_grid,
)
from desktop.core.services.tasks import TaskFields, create_task
from desktop.core.sync.capture import capture_suspended

MONDAY = date(2026, 11, 23)  # the week 2026年11月23日〜29日
SUNDAY = MONDAY + timedelta(days=6)

# --- fixtures shared with the import and GUI tests -------------------------------------------------


@dataclass(frozen=True)
class Made:
    id: str
    code: str
    company_id: str
    task_id: str
    worker_id: str


def make_company(db: Database, name: str) -> str:
    return create_company(db, CompanyData(name=name)).id


def make_task(db: Database, company_id: str, name: str) -> str:
    return create_task(db, company_id, TaskFields(name=name)).id


def make_assignment(
    db: Database,
    task_id: str,
    worker_id: str,
    worker_name: str,
    *,
    period: str = "2026-10-01/",
    status: str = "active",
    role: str = "operator",
    planned_hours: int = 40,
    rate_yen: int = 1200,
) -> Made:
    """An assignment (and the worker's card) inserted as ORM rows, the way assign() stores them."""
    assignment_id = workforce.assignment_id(task_id, worker_id, role)
    with db.write() as session:
        task = session.get(Task, task_id)
        assert task is not None
        company_id = task.company_id
        card_id = workforce.worker_card_id(company_id, worker_id)
        if session.get(WorkerCard, card_id) is None:
            session.add(
                WorkerCard(
                    id=card_id, scope_id=company_id, deleted=False, company_id=company_id,
                    worker_id=worker_id, name=worker_name,
                )
            )  # fmt: skip
        session.add(
            Assignment(
                id=assignment_id, scope_id=company_id, deleted=False, task_id=task_id, worker_id=worker_id,
                role=role, period=period, rate_yen=rate_yen, planned_hours=planned_hours, status=status,
                code=workforce.short_code(assignment_id),
            )
        )  # fmt: skip
    return Made(assignment_id, workforce.short_code(assignment_id), company_id, task_id, worker_id)


@dataclass(frozen=True)
class World:
    farm: str
    inn: str
    sato_invoices: Made  # 佐藤 at the farm
    suzuki_invoices: Made  # 鈴木 at the farm
    sato_inn: Made  # 佐藤 again, at the inn (same person, other company)


def build_world(db: Database) -> World:
    """Two companies; 佐藤 works at both, 鈴木 supervises at the farm (periods from 2026-10-01)."""
    farm = make_company(db, "テスト茶園")
    inn = make_company(db, "山の宿")
    invoices = make_task(db, farm, "請求書の発行")
    bookings = make_task(db, inn, "予約の受付")
    sato, suzuki = ids.new_id(), ids.new_id()
    return World(
        farm,
        inn,
        make_assignment(db, invoices, sato, "佐藤 花子"),
        make_assignment(db, invoices, suzuki, "鈴木 一郎", role="supervisor"),
        make_assignment(db, bookings, sato, "佐藤 花子"),
    )


@pytest.fixture
def world(db: Database) -> World:
    return build_world(db)


def outbox_count(db: Database) -> int:
    with db.read() as session:
        return int(session.execute(text("SELECT count(*) FROM sync_outbox")).scalar_one())


def entry_count(db: Database) -> int:
    with db.read() as session:
        return int(session.execute(select(func.count()).select_from(TimeEntry)).scalar_one())


def insert_entries(db: Database, assignment: Made, day: date, entries: list[EntryFacts]) -> None:
    """Rows as they might arrive through sync, in the order given (no service involved)."""
    with db.write() as session:
        for e in entries:
            session.add(
                TimeEntry(
                    id=e.id, scope_id=assignment.company_id, deleted=e.deleted, assignment_id=assignment.id,
                    work_date=day.isoformat(), minutes=e.minutes, corrects_id=e.corrects_id, source="app",
                    entered_at_ms=e.entered_at_ms,
                )
            )  # fmt: skip
            session.flush()


# --- chain semantics -------------------------------------------------------------------------------


def test_an_empty_day_is_none_and_a_single_entry_is_its_value() -> None:
    assert resolve_day([]).minutes is None
    state = resolve_day([EntryFacts("a", 180, None, 1)])
    assert (state.minutes, state.flag, state.live) == (180, None, ("a",))


def test_a_chain_of_corrections_counts_only_its_last_entry() -> None:
    entries = [EntryFacts("a", 180, None, 1), EntryFacts("b", 240, "a", 2), EntryFacts("c", 90, "b", 3)]
    state = resolve_day(entries)
    assert (state.minutes, state.flag, state.live) == (90, None, ("c",))


def test_two_corrections_of_one_entry_count_the_newest_and_flag_the_day() -> None:
    entries = [EntryFacts("a", 180, None, 1), EntryFacts("b", 240, "a", 5), EntryFacts("c", 300, "a", 7)]
    state = resolve_day(entries)
    assert state.minutes == 300
    assert state.flag == CONCURRENT
    assert state.counted == {"c"}
    assert set(state.live) == {"b", "c"}  # the losing correction is still shown, never hidden


def test_a_tie_on_time_is_broken_by_id() -> None:
    entries = [EntryFacts("a", 60, None, 1), EntryFacts("x", 120, "a", 5), EntryFacts("y", 240, "a", 5)]
    assert resolve_day(entries).minutes == 240  # "y" > "x"


def test_the_losing_branch_stays_out_even_when_corrected_again() -> None:
    # Device 1 corrected a→b, then b→d; device 2 corrected a→c (newer than b). c wins at the fork.
    entries = [
        EntryFacts("a", 60, None, 1),
        EntryFacts("b", 120, "a", 5),
        EntryFacts("c", 180, "a", 6),
        EntryFacts("d", 600, "b", 9),
    ]
    state = resolve_day(entries)
    assert (state.minutes, state.flag) == (180, CONCURRENT)


def test_first_entries_made_separately_are_added_up_and_flagged() -> None:
    state = resolve_day([EntryFacts("a", 60, None, 1), EntryFacts("b", 120, None, 2)])
    assert (state.minutes, state.flag) == (180, SEVERAL)


def test_a_correction_arriving_before_its_target_gives_the_same_value_once_both_are_there() -> None:
    entries = [EntryFacts("a", 180, None, 1), EntryFacts("b", 240, "a", 2), EntryFacts("c", 30, "a", 3)]
    expected = resolve_day(entries)
    for order in itertools.permutations(entries):
        assert resolve_day(order) == expected
    # with only the correction there, it counts by itself (its target is not known yet)
    assert resolve_day([entries[1]]).minutes == 240


def test_cycles_and_self_corrections_never_loop() -> None:
    assert resolve_day([EntryFacts("a", 60, "b", 1), EntryFacts("b", 60, "a", 2)]).minutes == 0
    assert resolve_day([EntryFacts("a", 60, "a", 1)]).minutes == 60


def test_a_long_chain_is_resolved_without_recursion() -> None:
    entries = [EntryFacts("e0", 1, None, 0)]
    entries += [EntryFacts(f"e{i}", i % 600, f"e{i - 1}", i) for i in range(1, 5000)]
    assert resolve_day(entries).minutes == 4999 % 600


def test_rows_inserted_in_any_order_give_the_same_day_on_every_replica(db: Database, world: World) -> None:
    """Out-of-order arrival: the same rows stored in every order on different days (one replica
    each) give the same value and flag."""
    a = world.sato_invoices
    entries = [
        EntryFacts(ids.new_id(), 180, None, 1_000),
        EntryFacts(ids.new_id(), 0, None, 1_500),
    ]
    root = entries[0].id
    b = EntryFacts(ids.new_id(), 240, root, 2_000)
    c = EntryFacts(ids.new_id(), 300, root, 3_000)  # concurrent with b, newer
    d = EntryFacts(ids.new_id(), 60, b.id, 4_000)  # b corrected again on its device
    entries += [b, c, d]
    orders = list(itertools.permutations(entries))
    random.Random(7).shuffle(orders)
    days = [MONDAY + timedelta(days=i) for i in range(24)]
    for day, order in zip(days, orders[:24], strict=True):
        # fresh ids per day (ids are primary keys), same structure
        mapping = {e.id: ids.new_id() for e in entries}
        moved = [
            EntryFacts(mapping[e.id], e.minutes, mapping.get(e.corrects_id or ""), e.entered_at_ms)
            for e in order
        ]
        insert_entries(db, a, day, moved)
    states = {day_state(db, a.id, day) for day in days}
    assert {(s.minutes, s.flag) for s in states} == {(300, CONCURRENT)}


# --- set_day --------------------------------------------------------------------------------------


def test_set_day_inserts_then_corrects_and_never_updates(db: Database, world: World) -> None:
    a = world.sato_invoices
    change = set_day(db, a.id, MONDAY, 180)
    assert change is not None and (change.old, change.new) == (None, 180)
    set_day(db, a.id, MONDAY, 210)
    history = day_history(db, a.id, MONDAY)
    assert [h.minutes for h in history] == [180, 210]
    assert history[1].corrects_id == history[0].id
    assert history[0].this_device and history[1].source == "grid"
    assert [h.counted for h in history] == [False, True]
    assert day_state(db, a.id, MONDAY).minutes == 210
    # nothing was ever updated: every outbox change of time_entry belongs to an insert (one per row)
    with db.read() as session:
        rows = session.execute(
            text(
                "SELECT row_id, count(*) FROM sync_outbox"
                " WHERE tbl = 'time_entry' AND col = 'minutes' GROUP BY row_id"
            )
        ).all()
    assert len(rows) == 2 and all(n == 1 for _, n in rows)


def test_clearing_writes_a_zero_correction_and_unchanged_writes_nothing(db: Database, world: World) -> None:
    a = world.sato_invoices
    set_day(db, a.id, MONDAY, 180)
    before = outbox_count(db)
    assert set_day(db, a.id, MONDAY, 180) is None
    assert set_day(db, a.id, MONDAY + timedelta(days=1), None) is None  # clearing an empty day
    assert outbox_count(db) == before
    change = set_day(db, a.id, MONDAY, None)
    assert change is not None and change.new == 0
    assert day_state(db, a.id, MONDAY).minutes == 0
    assert entry_count(db) == 2
    after = outbox_count(db)
    assert set_day(db, a.id, MONDAY, None) is None  # already cleared
    assert outbox_count(db) == after


def test_setting_a_flagged_day_settles_it_to_exactly_what_was_typed(db: Database, world: World) -> None:
    a = world.sato_invoices
    root = EntryFacts(ids.new_id(), 180, None, 1_000)
    insert_entries(
        db,
        a,
        MONDAY,
        [root, EntryFacts(ids.new_id(), 240, root.id, 2_000), EntryFacts(ids.new_id(), 300, root.id, 3_000)],
    )
    assert (day_state(db, a.id, MONDAY).minutes, day_state(db, a.id, MONDAY).flag) == (300, CONCURRENT)
    # the same value again is not "unchanged" while the day is flagged: it settles the conflict
    set_day(db, a.id, MONDAY, 300)
    state = day_state(db, a.id, MONDAY)
    assert (state.minutes, state.flag) == (300, None)
    set_day(db, a.id, MONDAY, 120)
    assert (day_state(db, a.id, MONDAY).minutes, day_state(db, a.id, MONDAY).flag) == (120, None)


def test_several_first_entries_are_corrected_so_the_day_equals_the_typed_value(
    db: Database, world: World
) -> None:
    a = world.sato_invoices
    insert_entries(
        db, a, MONDAY, [EntryFacts(ids.new_id(), 60, None, 1), EntryFacts(ids.new_id(), 90, None, 2)]
    )
    assert day_state(db, a.id, MONDAY).flag == SEVERAL
    set_day(db, a.id, MONDAY, 45)
    state = day_state(db, a.id, MONDAY)
    assert (state.minutes, state.flag) == (45, None)


def test_plan_corrections_writes_only_what_changes() -> None:
    state = resolve_day([EntryFacts("a", 60, None, 1), EntryFacts("b", 0, None, 2)])
    assert plan_corrections(state, 90) == [("a", 90)]  # "b" already holds 0
    assert plan_corrections(state, 60) == []
    assert plan_corrections(hours.EMPTY_DAY, 0) == [(None, 0)]  # an explicit zero
    assert plan_corrections(hours.EMPTY_DAY, None) == []


# --- validation: a clear code, nothing written -----------------------------------------------------


def _refused(db: Database, call: object) -> list[HoursError]:
    before_outbox, before_entries = outbox_count(db), entry_count(db)
    with pytest.raises(ValidationError) as caught:
        call()  # type: ignore[operator]
    assert outbox_count(db) == before_outbox
    assert entry_count(db) == before_entries
    return caught.value.errors  # type: ignore[return-value]


def test_negative_absurd_outside_and_unknown_are_refused_without_writing(db: Database, world: World) -> None:
    a = world.sato_invoices
    set_day(db, a.id, MONDAY, 60)
    cases = {
        ("minutes", "negative"): (a.id, MONDAY, -30),
        ("minutes", "too_many_hours"): (a.id, MONDAY, 25 * 60),
        ("work_date", "outside_period"): (a.id, date(2026, 9, 30), 60),
        ("code", "unknown"): ("no-such-assignment", MONDAY, 60),
    }
    for (field, code), (assignment_id, day, minutes) in cases.items():
        errors = _refused(db, lambda a=assignment_id, d=day, m=minutes: set_day(db, a, d, m))
        assert [(e.field, e.code) for e in errors] == [(field, code)]
    assert day_state(db, a.id, MONDAY).minutes == 60


def test_a_deleted_assignment_is_unknown(db: Database, world: World) -> None:
    with db.write() as session:
        row = session.get(Assignment, world.suzuki_invoices.id)
        assert row is not None
        row.deleted = True
    errors = _refused(db, lambda: set_day(db, world.suzuki_invoices.id, MONDAY, 60))
    assert [(e.field, e.code) for e in errors] == [("code", "unknown")]


def test_a_person_has_24_hours_across_all_assignments_and_companies(db: Database, world: World) -> None:
    set_day(db, world.sato_invoices.id, MONDAY, 20 * 60)
    errors = _refused(db, lambda: set_day(db, world.sato_inn.id, MONDAY, 5 * 60))
    assert [(e.field, e.code, e.limit) for e in errors] == [("minutes", "too_many_hours", 24)]
    set_day(db, world.sato_inn.id, MONDAY, 4 * 60)  # exactly 24 hours is allowed
    set_day(db, world.suzuki_invoices.id, MONDAY, 10 * 60)  # another person is not concerned
    # lowering one assignment makes room for the other, in one batch
    set_days(db, [(world.sato_invoices.id, MONDAY, 10 * 60), (world.sato_inn.id, MONDAY, 14 * 60)])
    assert day_state(db, world.sato_inn.id, MONDAY).minutes == 14 * 60


def test_set_days_is_all_or_nothing_and_reports_every_bad_row(db: Database, world: World) -> None:
    items = [
        (world.sato_invoices.id, MONDAY, 180),
        (world.sato_invoices.id, MONDAY + timedelta(days=1), -5),
        (world.suzuki_invoices.id, date(2020, 1, 1), 60),
        (world.sato_invoices.id, MONDAY, 60),
    ]
    errors = _refused(db, lambda: set_days(db, items))
    assert [(e.row, e.field, e.code) for e in errors] == [
        (1, "minutes", "negative"),
        (2, "work_date", "outside_period"),
        (3, "work_date", "duplicate"),
    ]
    assert all(isinstance(e, HoursError) for e in errors)
    assert day_state(db, world.sato_invoices.id, MONDAY).minutes is None


def test_check_days_tells_what_would_change_without_writing(db: Database, world: World) -> None:
    set_day(db, world.sato_invoices.id, MONDAY, 180)
    before = outbox_count(db)
    check = check_days(
        db, [(world.sato_invoices.id, MONDAY, 180), (world.sato_invoices.id, MONDAY + timedelta(days=1), 60)]
    )
    assert check.errors == () and check.changes == (False, True)
    assert outbox_count(db) == before


# --- the weekly grid --------------------------------------------------------------------------------


def test_week_grid_rows_days_totals_and_names(db: Database, world: World) -> None:
    farm_task = world.sato_invoices.task_id
    ended = make_assignment(db, farm_task, ids.new_id(), "終了 さん", status="ended")
    later = make_assignment(db, farm_task, ids.new_id(), "来月 さん", period="2026-12-01/2026-12-31")
    partial = make_assignment(db, farm_task, ids.new_id(), "途中 さん", period="2026-11-25/2026-11-27")
    set_days(
        db, [(world.sato_invoices.id, MONDAY, 180), (world.sato_invoices.id, MONDAY + timedelta(days=2), 90)]
    )
    set_day(db, world.sato_invoices.id, MONDAY + timedelta(days=7), 60)  # next week: not counted here
    grid = week_grid(db, world.farm, MONDAY, today=MONDAY)
    shown = {r.assignment_id for r in grid.rows}
    assert world.sato_invoices.id in shown and world.suzuki_invoices.id in shown and partial.id in shown
    assert ended.id not in shown and later.id not in shown and world.sato_inn.id not in shown
    row = grid.row_of(world.sato_invoices.id)
    assert row is not None
    assert row.days == (180, None, 90, None, None, None, None)
    assert row.total_minutes == 270
    assert (row.worker_name, row.task_name, row.company_name, row.code) == (
        "佐藤 花子",
        "請求書の発行",
        "テスト茶園",
        world.sato_invoices.code,
    )
    assert row.planned_hours == 40
    partial_row = grid.row_of(partial.id)
    assert partial_row is not None
    assert partial_row.in_period == (False, False, True, True, True, False, False)
    everyone = week_grid(db, None, MONDAY, today=MONDAY)
    assert world.sato_inn.id in {r.assignment_id for r in everyone.rows}
    assert [r.company_name for r in everyone.rows] == sorted(r.company_name for r in everyone.rows)


def test_concurrent_days_are_flagged_in_the_grid(db: Database, world: World) -> None:
    a = world.sato_invoices
    root = EntryFacts(ids.new_id(), 180, None, 1_000)
    insert_entries(
        db,
        a,
        MONDAY,
        [root, EntryFacts(ids.new_id(), 240, root.id, 2_000), EntryFacts(ids.new_id(), 300, root.id, 3_000)],
    )
    row = week_grid(db, world.farm, MONDAY, today=MONDAY).row_of(a.id)
    assert row is not None
    assert row.days[0] == 300 and row.flags[0] == CONCURRENT and row.flags[1] is None


def test_no_hours_alert_depends_on_today_status_and_hours(db: Database, world: World) -> None:
    paused = make_assignment(db, world.sato_invoices.task_id, ids.new_id(), "休止 さん", status="paused")
    planned = make_assignment(db, world.sato_invoices.task_id, ids.new_id(), "予定 さん", status="planned")
    weekend = make_assignment(
        db, world.sato_invoices.task_id, ids.new_id(), "週末 さん", period="2026-11-28/"
    )
    set_day(db, world.suzuki_invoices.id, MONDAY + timedelta(days=1), 60)
    friday, saturday = MONDAY + timedelta(days=4), MONDAY + timedelta(days=5)

    def alerted(today: date) -> set[str]:
        return {r.assignment_id for r in hours.assignments_without_hours(db, world.farm, MONDAY, today)}

    assert alerted(MONDAY) == set()
    assert alerted(friday) == set()  # the week is not over for the alert until Friday has passed
    assert alerted(saturday) == {world.sato_invoices.id}
    assert alerted(SUNDAY + timedelta(days=30)) == {world.sato_invoices.id}
    assert paused.id not in alerted(saturday) and planned.id not in alerted(saturday)
    assert weekend.id not in alerted(saturday)  # no working day of the week in its period
    # a cleared day is still no hours
    set_day(db, world.sato_invoices.id, MONDAY, 60)
    set_day(db, world.sato_invoices.id, MONDAY, None)
    assert alerted(saturday) == {world.sato_invoices.id}
    set_day(db, world.sato_invoices.id, MONDAY, 30)
    assert alerted(saturday) == set()
    assert week_grid(db, world.farm, MONDAY, today=saturday).alert_count == 0


def test_week_grid_takes_at_most_three_queries(db: Database, world: World) -> None:
    set_day(db, world.sato_invoices.id, MONDAY, 60)
    statements: list[str] = []

    def count(conn: object, cursor: object, statement: str, *args: object) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        week_grid(db, None, MONDAY, today=MONDAY)
    finally:
        event.remove(db.engine, "before_cursor_execute", count)
    assert len(statements) <= 3


def test_week_grid_with_100000_entries_uses_the_index_and_few_queries(db: Database, world: World) -> None:
    """100,000 time entries over 500 assignments and a year; the grid of one week for all companies."""
    tasks = [make_task(db, world.farm, f"業務{i}") for i in range(10)]
    assignments: list[dict[str, object]] = []
    for i in range(500):
        task_id, worker_id = tasks[i % 10], ids.new_id()
        assignment_id = workforce.assignment_id(task_id, worker_id, "operator")
        assignments.append(
            {
                "id": assignment_id,
                "scope_id": world.farm,
                "deleted": False,
                "task_id": task_id,
                "worker_id": worker_id,
                "role": "operator",
                "period": "2026-01-01/",
                "rate_yen": 1000,
                "planned_hours": 20,
                "status": "active",
                "code": workforce.short_code(assignment_id),
                "note": "",
            }
        )
    start = date(2026, 1, 1)
    entries = [
        {
            "id": ids.new_id(),
            "scope_id": world.farm,
            "deleted": False,
            "assignment_id": assignments[n % 500]["id"],
            "work_date": (start + timedelta(days=n // 500 * 2 % 360)).isoformat(),
            "minutes": 60 + n % 300,
            "corrects_id": None,
            "source": "app",
            "entered_at_ms": n,
            "note": "",
        }
        for n in range(100_000)
    ]
    with db.write() as session, capture_suspended(Database.connection_state(session)):
        session.execute(Assignment.__table__.insert(), assignments)
        session.execute(TimeEntry.__table__.insert(), entries)
    assert entry_count(db) >= 100_000
    monday = workforce.week_start(date(2026, 6, 10))
    week_grid(db, None, monday, today=monday)  # warm the page cache once
    grid = week_grid(db, None, monday, today=monday)
    company = week_grid(db, world.farm, monday, today=monday)
    assert len(grid.rows) == len(company.rows) == 500
    assert sum(r.total_minutes for r in grid.rows) > 0
    with db.read() as session:
        plan = " ".join(
            str(r[-1])
            for r in session.execute(
                text(
                    "EXPLAIN QUERY PLAN SELECT id FROM time_entry WHERE assignment_id IN "
                    "(SELECT id FROM assignment) AND work_date BETWEEN '2026-06-08' AND '2026-06-14'"
                )
            )
        )
    assert "ix_time_entry_assignment_date" in plan


# --- history and codes ------------------------------------------------------------------------------


def test_day_history_lists_every_entry_with_its_part(db: Database, world: World) -> None:
    a = world.sato_invoices
    set_day(db, a.id, MONDAY, 60, source="csv", note="紙の日報")
    set_day(db, a.id, MONDAY, 90)
    history = day_history(db, a.id, MONDAY)
    assert [(h.minutes, h.source, h.live, h.counted) for h in history] == [
        (60, "csv", False, False),
        (90, "grid", True, True),
    ]
    assert history[0].note == "紙の日報"
    assert all(h.device_id == db.sync.device_id for h in history)


def test_find_assignment_by_code_accepts_every_way_of_typing_it(db: Database, world: World) -> None:
    a = world.sato_invoices
    code = a.code
    forms = [code, code.lower(), workforce.display_code(code), workforce.display_code(code).lower()]
    forms.append("".join(chr(ord(c) + 0xFEE0) for c in code))  # full-width
    forms.append(" " + workforce.display_code(code).replace("-", "－") + " ")
    for form in forms:
        found = find_assignment_by_code(db, form, today=MONDAY)
        assert (found.assignment_id, found.company_id) == (a.id, world.farm), form
        assert found.monday_hint == MONDAY
    # O typed for 0: make an assignment whose code has a 0 in it
    task = a.task_id
    worker = next(
        w
        for w in (f"worker-{n}" for n in itertools.count())
        if "0" in workforce.short_code(workforce.assignment_id(task, w, "operator"))
    )
    zero = make_assignment(db, task, worker, "零 さん", period="2027-01-04/2027-03-31")
    found = find_assignment_by_code(db, zero.code.replace("0", "O").lower(), today=MONDAY)
    assert found.assignment_id == zero.id
    assert found.monday_hint == date(2027, 1, 4)  # the week it starts, since today is before it


@pytest.mark.parametrize("typed", ["", "ABC", "ZZZZZZZ", "12345678", "あいうえおかき"])
def test_unknown_codes_are_refused_with_unknown_code(db: Database, world: World, typed: str) -> None:
    with pytest.raises(ValidationError) as caught:
        find_assignment_by_code(db, typed)
    assert [(e.field, e.code) for e in caught.value.errors] == [("code", "unknown_code")]
