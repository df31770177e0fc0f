"""The 90-day training pipeline: moving on and back, exact undo, the board and every alert."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from desktop.core import ids, workforce
from desktop.core.db import Database
from desktop.core.errors import NotFound, ValidationError
from desktop.core.models import Partner, Setting, TrainingStage
from desktop.core.services.pipeline import (
    AlertSettings,
    StageState,
    advance,
    alert_setting_id,
    board,
    list_stages,
    load_alert_settings,
    restore_stages,
    retreat,
    save_alert_settings,
    set_stage_deleted,
    set_stage_period,
    start_course,
)
from desktop.core.services.workers import WorkerFields, create_worker, list_workers, update_worker
from desktop.core.workforce import Period

COURSE_START = date(2026, 4, 1)
COURSE_END = date(2026, 4, 30)


def codes(info: pytest.ExceptionInfo[ValidationError]) -> set[tuple[str, str]]:
    return {(e.field, e.code) for e in info.value.errors}


@pytest.fixture
def partner(db: Database) -> str:
    partner_id = ids.new_id()
    with db.write() as session:
        session.add(Partner(id=partner_id, scope_id=partner_id, name="川根テレワーク"))
    return partner_id


def worker(db: Database, partner: str, name: str = "山田花子", **kw: object) -> str:
    return create_worker(db, partner, WorkerFields(name=name, **kw)).id  # type: ignore[arg-type]


def periods(db: Database, worker_id: str) -> dict[str, str]:
    return {s.stage: s.period for s in list_stages(db, worker_id)}


def stage_rows(db: Database) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(TrainingStage)) or 0)


# --- moving on and back ----------------------------------------------------------------------------


def test_course_then_advance_closes_the_open_stage(db: Database, partner: str) -> None:
    w = worker(db, partner)
    change = start_course(db, w, COURSE_START)
    assert change.after == (
        StageState(workforce.training_stage_id(w, "course"), w, "course", "2026-04-01/", False),
    )
    advance(db, w, "ojt", date(2026, 5, 1))
    assert periods(db, w) == {"course": "2026-04-01/2026-05-01", "ojt": "2026-05-01/"}
    # A stage with a planned end keeps it; the new stage opens on the day.
    set_stage_period(db, workforce.training_stage_id(w, "ojt"), Period(date(2026, 5, 1), date(2026, 5, 31)))
    advance(db, w, "regular", date(2026, 6, 10))  # small jobs skipped
    assert periods(db, w) == {
        "course": "2026-04-01/2026-05-01",
        "ojt": "2026-05-01/2026-05-31",
        "regular": "2026-06-10/",
    }
    assert list_workers(db, partner)[0].stage == "regular"


def test_advance_refuses_a_stage_not_after_the_current_one(db: Database, partner: str) -> None:
    w = worker(db, partner)
    start_course(db, w, COURSE_START, COURSE_END)
    advance(db, w, "small_job", date(2026, 5, 10))
    for stage in ("course", "ojt", "small_job"):
        with pytest.raises(ValidationError) as info:
            advance(db, w, stage, date(2026, 6, 1))
        assert codes(info) == {("stage", "invalid")}
    with pytest.raises(ValidationError) as info:
        advance(db, w, "regular", date(2026, 5, 9))  # before the current stage began
    assert codes(info) == {("period", "ends_before_start")}
    with pytest.raises(ValidationError):
        advance(db, w, "graduated", date(2026, 6, 1))
    assert periods(db, w) == {"course": "2026-04-01/2026-04-30", "small_job": "2026-05-10/"}


def test_start_course_rules(db: Database, partner: str) -> None:
    w = worker(db, partner)
    with pytest.raises(ValidationError) as info:
        start_course(db, w, COURSE_END, COURSE_START)
    assert codes(info) == {("period", "ends_before_start")}
    start_course(db, w, COURSE_START)
    with pytest.raises(ValidationError) as info:
        start_course(db, w, COURSE_START)
    assert codes(info) == {("stage", "duplicate")}
    with pytest.raises(NotFound):
        start_course(db, ids.new_id(), COURSE_START)


def test_retreat_reopens_the_previous_stage_and_undo_is_exact(db: Database, partner: str) -> None:
    w = worker(db, partner)
    start_course(db, w, COURSE_START)
    advance(db, w, "ojt", date(2026, 5, 1))
    moved = advance(db, w, "small_job", date(2026, 5, 20))
    back = retreat(db, w)
    assert back.stage == "ojt"
    assert periods(db, w) == {"course": "2026-04-01/2026-05-01", "ojt": "2026-05-01/"}
    restore_stages(db, back.before)  # undo the move back
    assert periods(db, w) == {
        "course": "2026-04-01/2026-05-01",
        "ojt": "2026-05-01/2026-05-20",
        "small_job": "2026-05-20/",
    }
    restore_stages(db, moved.before)  # undo the advance itself
    assert periods(db, w) == {"course": "2026-04-01/2026-05-01", "ojt": "2026-05-01/"}
    restore_stages(db, moved.after)  # redo
    assert periods(db, w)["small_job"] == "2026-05-20/"
    assert stage_rows(db) == 3  # tombstones and restores, never a second row for a stage


def test_retreat_to_a_named_stage_and_refusals(db: Database, partner: str) -> None:
    w = worker(db, partner)
    start_course(db, w, COURSE_START, COURSE_END)
    with pytest.raises(ValidationError):
        retreat(db, w)  # nothing before the course
    advance(db, w, "ojt", date(2026, 5, 1))
    advance(db, w, "regular", date(2026, 6, 1))
    change = retreat(db, w, "course")
    assert periods(db, w) == {"course": "2026-04-01/2026-04-30"}  # the planned end is kept
    assert {s.stage for s in change.after if s.deleted} == {"ojt", "regular"}
    with pytest.raises(ValidationError):
        retreat(db, w, "ojt")


def test_undo_of_start_course_tombstones_and_redo_restores(db: Database, partner: str) -> None:
    w = worker(db, partner)
    change = start_course(db, w, COURSE_START)
    restore_stages(db, change.before)
    assert list_stages(db, w) == []
    assert stage_rows(db) == 1
    restore_stages(db, change.after)
    assert periods(db, w) == {"course": "2026-04-01/"}


def test_stage_period_corrections(db: Database, partner: str) -> None:
    w = worker(db, partner)
    start_course(db, w, COURSE_START)
    advance(db, w, "ojt", date(2026, 5, 1))
    ojt_id = workforce.training_stage_id(w, "ojt")
    with pytest.raises(ValidationError) as info:
        set_stage_period(db, ojt_id, Period(date(2026, 3, 1)))  # before the course began
    assert codes(info) == {("period", "invalid")}
    with pytest.raises(ValidationError) as info:
        set_stage_period(db, ojt_id, Period(date(2026, 5, 10), date(2026, 5, 1)))
    assert codes(info) == {("period", "ends_before_start")}
    set_stage_period(db, ojt_id, Period(date(2026, 5, 2)))
    assert periods(db, w)["ojt"] == "2026-05-02/"
    set_stage_deleted(db, ojt_id, True)
    assert set(periods(db, w)) == {"course"}
    with pytest.raises(NotFound):
        set_stage_period(db, ojt_id, Period(date(2026, 5, 2)))


# --- alert settings --------------------------------------------------------------------------------


def test_alert_settings_default_save_validate(db: Database, partner: str) -> None:
    assert load_alert_settings(db, partner) == AlertSettings(30, 60, 90)
    save_alert_settings(db, partner, AlertSettings(20, 45, 80))
    save_alert_settings(db, partner, AlertSettings(21, 45, 80))  # an update, not a second row
    assert load_alert_settings(db, partner) == AlertSettings(21, 45, 80)
    with db.read() as session:
        rows = session.scalars(select(Setting).where(Setting.scope_id == partner)).all()
        assert [(r.id, r.key) for r in rows] == [(alert_setting_id(partner), workforce.PIPELINE_SETTING)]
    with pytest.raises(ValidationError) as info:
        save_alert_settings(db, partner, AlertSettings(0, 60, 400))
    assert codes(info) == {("ojt_by_day", "out_of_range"), ("goal_days", "out_of_range")}
    with pytest.raises(ValidationError) as info:
        save_alert_settings(db, partner, AlertSettings(70, 60, 50))
    assert codes(info) == {("ojt_by_day", "out_of_range"), ("paid_by_day", "out_of_range")}
    assert load_alert_settings(db, partner) == AlertSettings(21, 45, 80)


def test_a_bad_stored_value_falls_back_to_the_default(db: Database, partner: str) -> None:
    with db.write() as session:
        session.add(
            Setting(
                id=alert_setting_id(partner),
                scope_id=partner,
                key=workforce.PIPELINE_SETTING,
                value={"ojt_by_day": "soon", "paid_by_day": 50, "extra": 1},
            )
        )
    assert load_alert_settings(db, partner) == AlertSettings(30, 50, 90)


# --- the board -------------------------------------------------------------------------------------


def on_board(db: Database, partner: str, today: date, worker_id: str):  # type: ignore[no-untyped-def]
    card = board(db, partner, today).card(worker_id)
    assert card is not None
    return card


def test_board_columns_and_only_trainees(db: Database, partner: str) -> None:
    a = worker(db, partner, "受講中")
    b = worker(db, partner, "OJT中")
    c = worker(db, partner, "定期")
    worker(db, partner, "研修なし")
    left = worker(db, partner, "退会")
    for w in (a, b, c, left):
        start_course(db, w, COURSE_START, COURSE_END)
    advance(db, b, "ojt", date(2026, 5, 5))
    advance(db, c, "regular", date(2026, 6, 1))
    update_worker(db, left, WorkerFields(name="退会", status="left"))
    result = board(db, partner, date(2026, 6, 10))
    assert [(stage, [card.name for card in cards]) for stage, cards in result.columns] == [
        ("course", ["受講中"]),
        ("ojt", ["OJT中"]),
        ("small_job", []),
        ("regular", ["定期"]),
    ]
    assert result.settings == AlertSettings()


def test_card_while_in_the_course(db: Database, partner: str) -> None:
    w = worker(db, partner)
    start_course(db, w, COURSE_START, COURSE_END)
    card = on_board(db, partner, date(2026, 4, 20), w)  # the course has not ended yet
    assert card.stage == "course" and card.stage_since == COURSE_START
    assert card.course_end == COURSE_END
    assert (card.days_since_course, card.days_left_to_goal, card.paid_within_goal) == (None, None, None)
    assert card.alerts == ()
    open_ended = worker(db, partner, "終了日未定")
    start_course(db, open_ended, COURSE_START)
    card = on_board(db, partner, date(2026, 9, 1), open_ended)
    assert card.course_end is None and card.days_since_course is None and card.alerts == ()


@pytest.mark.parametrize(
    ("days", "expected"),
    [
        (0, ()),
        (30, ()),  # "no OJT by day 30": day 30 itself is still in time
        (31, ("no_ojt",)),
        (60, ("no_ojt",)),
        (61, ("no_ojt", "no_paid_work")),
        (90, ("no_ojt", "no_paid_work")),
        (91, ("no_ojt", "no_paid_work", "goal_missed")),
    ],
)
def test_alerts_of_a_trainee_still_waiting_for_ojt(
    db: Database, partner: str, days: int, expected: tuple[str, ...]
) -> None:
    w = worker(db, partner)
    start_course(db, w, COURSE_START, COURSE_END)
    card = on_board(db, partner, COURSE_END + timedelta(days=days), w)
    assert card.days_since_course == days
    assert card.days_left_to_goal == 90 - days
    assert card.alerts == expected
    assert card.paid_within_goal is (False if days > 90 else None)


def test_ojt_started_late_clears_no_ojt_but_not_no_paid_work(db: Database, partner: str) -> None:
    w = worker(db, partner)
    start_course(db, w, COURSE_START, COURSE_END)
    advance(db, w, "ojt", COURSE_END + timedelta(days=40))
    card = on_board(db, partner, COURSE_END + timedelta(days=65), w)
    assert card.stage == "ojt" and card.stage_since == COURSE_END + timedelta(days=40)
    assert card.alerts == ("no_paid_work",)
    assert board(db, partner, COURSE_END + timedelta(days=65)).at_risk == [card]


def test_paid_work_within_the_goal(db: Database, partner: str) -> None:
    w = worker(db, partner)
    start_course(db, w, COURSE_START, COURSE_END)
    advance(db, w, "ojt", date(2026, 5, 10))
    advance(db, w, "small_job", COURSE_END + timedelta(days=75))  # late for day 60, but within 90
    advance(db, w, "regular", COURSE_END + timedelta(days=120))
    card = on_board(db, partner, COURSE_END + timedelta(days=200), w)
    assert card.paid_on == COURSE_END + timedelta(days=75)  # the first paid stage counts
    assert card.paid_within_goal is True
    assert card.days_left_to_goal is None  # goal reached: no countdown
    assert card.alerts == ()


def test_paid_work_after_the_goal_is_recorded_as_missed(db: Database, partner: str) -> None:
    w = worker(db, partner)
    start_course(db, w, COURSE_START, COURSE_END)
    advance(db, w, "small_job", COURSE_END + timedelta(days=95))
    card = on_board(db, partner, COURSE_END + timedelta(days=100), w)
    assert card.paid_within_goal is False
    assert card.alerts == ()  # in paid work now: no longer at risk


def test_course_closed_by_advance_counts_from_the_move(db: Database, partner: str) -> None:
    w = worker(db, partner)
    start_course(db, w, COURSE_START)  # no planned end
    advance(db, w, "ojt", date(2026, 5, 1))
    card = on_board(db, partner, date(2026, 7, 5), w)
    assert card.course_end == date(2026, 5, 1)
    assert card.days_since_course == 65
    assert card.alerts == ("no_paid_work",)


def test_configured_thresholds_change_the_alerts(db: Database, partner: str) -> None:
    w = worker(db, partner)
    start_course(db, w, COURSE_START, COURSE_END)
    today = COURSE_END + timedelta(days=25)
    assert on_board(db, partner, today, w).alerts == ()
    save_alert_settings(db, partner, AlertSettings(ojt_by_day=14, paid_by_day=21, goal_days=60))
    card = on_board(db, partner, today, w)
    assert card.alerts == ("no_ojt", "no_paid_work")
    assert card.days_left_to_goal == 35


def test_paused_workers_have_no_alerts_and_the_board_orders_risk_first(db: Database, partner: str) -> None:
    calm = worker(db, partner, "あ順調")
    risky = worker(db, partner, "ん要注意")
    paused = worker(db, partner, "休止中")
    start_course(db, calm, date(2026, 6, 1), date(2026, 6, 30))
    for w in (risky, paused):
        start_course(db, w, COURSE_START, COURSE_END)
    update_worker(db, paused, WorkerFields(name="休止中", status="paused"))
    result = board(db, partner, COURSE_END + timedelta(days=45))
    assert [c.name for c in result.column("course")] == ["ん要注意", "休止中", "あ順調"]
    assert [c.name for c in result.at_risk] == ["ん要注意"]


def test_board_takes_two_queries_and_a_setting(db: Database, partner: str) -> None:
    from sqlalchemy import event

    for n in range(10):
        start_course(db, worker(db, partner, f"受講者{n}"), COURSE_START, COURSE_END)
    statements: list[str] = []

    def record(*args: object) -> None:
        statements.append(str(args[2]))

    event.listen(db.engine, "before_cursor_execute", record)
    try:
        result = board(db, partner, date(2026, 6, 1))
    finally:
        event.remove(db.engine, "before_cursor_execute", record)
    assert len(result.column("course")) == 10
    assert 1 <= len([s for s in statements if s.lstrip().upper().startswith("SELECT")]) <= 3
