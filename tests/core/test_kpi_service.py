"""The KPI service on a database: a tiny hand-made one whose figures are computed by hand below,
an owner's PC (no pool), the programme-costs setting, and the small demo data.

The tiny database (period April-June 2026, today 2026-07-15: as of 06-30, 3 months):

    C1 山里茶園 榛原郡川根本町 (in-house ¥2,000/h)    C2 川根旅館 島田市 (no in-house cost)
    T1 C1 10/month × 60 min = 10 h, override "suitable", ECRS simplify −60 min, one-person, documented
    T2 C1  5/month × 60 min =  5 h, override "internal", one-person, 3 steps of which 1 internal only
    T3 C2  2/month × 90 min =  3 h, override "conditional"
    W1 local 榛原郡川根本町千頭: course 01-05..02-27, small job from 04-01 (paid after 33 days)
    W2 local 島田市川根町家山 · W3 urban 東京都世田谷区 · W4 local 榛原郡川根本町徳山
    A1 T1 W1 operator ¥1,100, 12 h planned, from 04-01
         04-06: 120 corrected to 60 · 04-07: 180 · 05-11: 90 voided (0)
         06-01: 120 corrected twice concurrently (30 older, 90 newer: the newer counts)
         03-31: 600 and 07-01: 60 (outside the period and after the as-of day)
         → April 240, May 0, June 90 minutes = 5.5 h
    A2 T3 W2 operator ¥1,000, 4 h planned, from 04-01
         06-10: 240 · 06-11: 30 and 45 entered separately on two devices (both count)
         → June 315 minutes = 5.25 h
    A3 T1 W3 supervisor ¥3,000, from 04-01 · 05-12: 60 → 1 h
    A4 T2 W4 operator ¥1,000, ended 2026-01-01..2026-03-31 · 03-20: 60 voided (0)
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.core import ids, kpi, workforce
from desktop.core.db import Database, open_database
from desktop.core.demo import load_small
from desktop.core.errors import NotFound, ValidationError
from desktop.core.models import (
    Assignment,
    Company,
    OutboxChange,
    Partner,
    Setting,
    Task,
    TimeEntry,
    Worker,
    WorkerCard,
)
from desktop.core.services import kpi as service
from desktop.core.services.assignments import assign
from desktop.core.services.hours import EntryFacts, resolve_day, set_day
from desktop.core.services.kpi import (
    MAX_COST_YEN,
    ProgramCosts,
    kpi_report,
    load_inputs,
    load_program_costs,
    program_costs_setting_id,
    save_program_costs,
)
from desktop.core.services.pipeline import advance, start_course
from desktop.core.services.tasks import TaskFields, add_step, create_task, get_task, update_task
from desktop.core.services.workers import WorkerFields, create_worker

PERIOD = kpi.MonthRange.parse("2026-04..2026-06")
TODAY = date(2026, 7, 15)
APR, MAY, JUN = date(2026, 4, 1), date(2026, 5, 1), date(2026, 6, 1)


def override(category: str) -> dict[str, str]:
    return {"category": category, "reason": "テスト"}


class Tiny:
    """Ids of the tiny database."""

    def __init__(self, db: Database) -> None:
        self.partner = ids.new_id()
        self.c1, self.c2 = ids.new_id(), ids.new_id()
        with db.write() as session:
            session.add(Partner(id=self.partner, scope_id=self.partner, name="川根テレワーク"))
            session.flush()
            session.add(
                Company(id=self.c1, scope_id=self.c1, partner_id=self.partner, name="山里茶園",
                        prefecture="静岡県", municipality="榛原郡川根本町", hourly_cost_yen=2000)
            )  # fmt: skip
            session.add(
                Company(id=self.c2, scope_id=self.c2, partner_id=self.partner, name="川根旅館",
                        prefecture="静岡県", municipality="島田市")
            )  # fmt: skip
        self.t1 = create_task(
            db, self.c1,
            TaskFields(name="記帳", frequency="10/month", minutes_per_occurrence=60, ecrs_decision="simplify",
                       ecrs_saved_minutes=60, single_person=True, documented="full",
                       suitability_override=override("suitable")),
        ).id  # fmt: skip
        self.t2 = create_task(
            db, self.c1,
            TaskFields(name="請求書", frequency="5/month", minutes_per_occurrence=60, single_person=True,
                       suitability_override=override("internal")),
        ).id  # fmt: skip
        for text, internal in (("開く", False), ("入力する", False), ("社長に確認", True)):
            add_step(db, self.t2, text, internal)
        self.t3 = create_task(
            db, self.c2,
            TaskFields(name="予約台帳", frequency="2/month", minutes_per_occurrence=90,
                       suitability_override=override("conditional")),
        ).id  # fmt: skip

        def worker(name: str, kind: str, town: str) -> str:
            return create_worker(db, self.partner, WorkerFields(name=name, kind=kind, municipality=town)).id

        self.w1 = worker("大石 美穂", "local", "榛原郡川根本町千頭")
        self.w2 = worker("鈴木 香織", "local", "島田市川根町家山")
        self.w3 = worker("高橋 誠", "urban", "東京都世田谷区")
        self.w4 = worker("森 由美子", "local", "榛原郡川根本町徳山")
        start_course(db, self.w1, date(2026, 1, 5), date(2026, 2, 27))
        advance(db, self.w1, "small_job", date(2026, 4, 1))
        self.a1 = assign(db, self.t1, self.w1, "operator", "2026-04-01/", 1100, 12).id
        self.a2 = assign(db, self.t3, self.w2, "operator", "2026-04-01/", 1000, 4).id
        self.a3 = assign(db, self.t1, self.w3, "supervisor", "2026-04-01/", 3000, 1).id
        self.a4 = assign(db, self.t2, self.w4, "operator", "2026-01-01/2026-03-31", 1000, 10, "ended").id
        self.add_days(db)

    def add_days(self, db: Database) -> None:
        set_day(db, self.a1, date(2026, 4, 6), 120)
        set_day(db, self.a1, date(2026, 4, 6), 60)  # a correction
        set_day(db, self.a1, date(2026, 4, 7), 180)
        set_day(db, self.a1, date(2026, 5, 11), 90)
        set_day(db, self.a1, date(2026, 5, 11), 0)  # a void
        set_day(db, self.a1, date(2026, 7, 1), 60)  # after the as-of day
        set_day(db, self.a2, date(2026, 6, 10), 240)
        set_day(db, self.a3, date(2026, 5, 12), 60)
        set_day(db, self.a4, date(2026, 3, 20), 60)
        set_day(db, self.a4, date(2026, 3, 20), 0)
        # 06-01 of A1: an entry corrected on two devices while offline (the newer counts), and two
        # first entries of A2 on 06-11 made separately (both count).
        original, older, newer = ids.new_id(), ids.new_id(), ids.new_id()
        with db.write() as session:
            for entry_id, minutes, corrects, at in (
                (original, 120, None, 1_000),
                (older, 30, original, 2_000),
                (newer, 90, original, 3_000),
            ):
                session.add(entry(self.c1, self.a1, "2026-06-01", minutes, corrects, at, entry_id))
            session.add(entry(self.c2, self.a2, "2026-06-11", 30, None, 1_000))
            session.add(entry(self.c2, self.a2, "2026-06-11", 45, None, 1_500))
            # Before the period (typed before the assignment's period was corrected, say).
            session.add(entry(self.c1, self.a1, "2026-03-31", 600, None, 1_000))


def entry(
    scope: str, assignment_id: str, day: str, minutes: int, corrects: str | None, at: int, entry_id: str = ""
) -> TimeEntry:
    return TimeEntry(
        id=entry_id or ids.new_id(),
        scope_id=scope,
        deleted=False,
        assignment_id=assignment_id,
        work_date=day,
        minutes=minutes,
        corrects_id=corrects,
        source="app",
        entered_at_ms=at,
    )


@pytest.fixture
def tiny(db: Database) -> Tiny:
    return Tiny(db)


def values(figure: kpi.Figure) -> dict[str, float | None]:
    return {e.id: e.value for e in figure.evidence}


# --- the tiny database ----------------------------------------------------------------------------


def test_hours_are_summed_by_month_with_corrections_resolved(db: Database, tiny: Tiny) -> None:
    inputs = load_inputs(db, PERIOD, None, TODAY)
    # A1: April 60 + 180 = 240, May 0 (voided, still a month with entries), June 90 (newer correction).
    # A2: June 240 + 30 + 45 = 315. A3: May 60. Nothing before April or after June 30th.
    assert dict(inputs.minutes) == {
        (tiny.a1, APR): 240,
        (tiny.a1, MAY): 0,
        (tiny.a1, JUN): 90,
        (tiny.a2, JUN): 315,
        (tiny.a3, MAY): 60,
    }
    # One company's view reads the same hours for its assignments.
    own = load_inputs(db, PERIOD, tiny.c1, TODAY)
    assert dict(own.minutes) == {k: v for k, v in inputs.minutes.items() if k[0] != tiny.a2}


def test_partner_view_figures(db: Database, tiny: Tiny) -> None:
    report = kpi_report(db, PERIOD, None, TODAY)
    assert report.scope == "partner" and report.company_id is None
    assert {name for _, name in report.companies} == {"山里茶園", "川根旅館"}
    f = report.figure
    assert f("inventoried_hours").value == pytest.approx(18.0)  # 10 + 5 + 3
    assert f("ecrs_saved_hours").value == pytest.approx(1.0)  # T1 −60 min
    assert f("outsourceable_hours").value == pytest.approx(12.0)  # T1 10 − 1 + T3 3 (T2 in-house)
    # A1 5.5 h + A2 5.25 h + A3 1 h = 11.75 h over 3 months.
    assert f("outsourced_hours").value == pytest.approx(11.75 / 3)
    # A1 5.5 h × 2,000 = 11,000 + A3 1 h × 2,000; A2's company has no cost → partial.
    internal = f("internal_cost_yen")
    assert internal.value == pytest.approx(13_000 / 3) and internal.missing == ("company_hourly_cost",)
    # A1 5.5 × 1,100 = 6,050 + A2 5.25 × 1,000 = 5,250 + A3 1 × 3,000 = 14,300.
    assert f("outsourced_cost_yen").value == pytest.approx(14_300 / 3)
    # A1 11,000 − 6,050 = 4,950; A3 2,000 − 3,000 = −1,000; A2 unknown → 3,950 over the period.
    saving = f("monthly_saving_yen")
    assert saving.value == pytest.approx(3_950 / 3) and saving.partial
    assert f("roi").value is None and f("roi").missing == ("company_hourly_cost", "program_costs")
    assert f("yen_paid_local").value == pytest.approx(11_300)  # 6,050 + 5,250
    # W1 works in her own town, W2 in hers (島田市): nothing earned outside — a known 0.
    assert f("yen_earned_from_outside").value == 0.0 and f("yen_earned_from_outside").missing == ()
    assert f("local_jobs").value == 1  # W1: 12 h planned; W2 only 4 h
    assert values(f("workers_by_kind")) == {"local": 2, "urban": 1}
    assert f("trainees_paid_within_90_rate").value == 1.0  # W1 after 33 days, decided 04-01
    assert f("trainees_paid_median_days").value == 33
    # W1, W2, W3 still run their assignments on 06-30; W4's ended 03-31 and the 03-20 hours were
    # voided, so nothing in 03-03..04-01: 3 of 4.
    assert f("retention_90").value == pytest.approx(0.75)
    assert values(f("retention_90"))[tiny.w4] == 0.0
    # 180 days: only W4 (01-01 → 06-30), with nothing running and no hours in June.
    assert f("retention_180").value == 0.0 and values(f("retention_180")) == {tiny.w4: 0.0}
    assert values(f("procedures_written")) == {tiny.t1: 1.0, tiny.t2: 0.0}  # T2: 2 shareable steps
    assert f("companies_engaged").value == 2
    by_id = {c.company_id: c for c in report.per_company}
    assert by_id[tiny.c1].inventoried_hours == pytest.approx(15.0)
    assert by_id[tiny.c1].monthly_saving_yen == pytest.approx(3_950 / 3)  # 4,950 − 1,000, complete
    assert by_id[tiny.c2].monthly_saving_yen is None
    assert [p.hours_outsourced for p in report.trend] == pytest.approx([4.0, 1.0, 1.5 + 5.25])


def test_hours_in_a_retention_window_keep_a_worker(db: Database, tiny: Tiny) -> None:
    set_day(db, tiny.a4, date(2026, 3, 24), 45)  # within 90 days of 01-01 minus 30
    report = kpi_report(db, PERIOD, None, TODAY)
    assert report.figure("retention_90").value == 1.0


def test_company_view(db: Database, tiny: Tiny) -> None:
    report = kpi_report(db, PERIOD, tiny.c1, TODAY)
    assert report.scope == "company" and report.companies == ((tiny.c1, "山里茶園"),)
    assert report.per_company == ()
    assert report.figure("inventoried_hours").value == pytest.approx(15.0)
    assert report.figure("monthly_saving_yen").value == pytest.approx(3_950 / 3)
    assert not report.figure("monthly_saving_yen").partial
    assert report.figure("companies_engaged").value == 1
    # Trainees with work at this company: W1.
    assert report.figure("trainees_paid_within_90_rate").value == 1.0


def test_unknown_company(db: Database, tiny: Tiny) -> None:
    with pytest.raises(NotFound):
        kpi_report(db, PERIOD, "nope", TODAY)
    with db.write() as session:
        company = session.get(Company, tiny.c2)
        assert company is not None
        company.deleted = True
    with pytest.raises(NotFound):
        kpi_report(db, PERIOD, tiny.c2, TODAY)
    assert kpi_report(db, PERIOD, None, TODAY).companies == ((tiny.c1, "山里茶園"),)


def test_an_edited_task_is_scored_again(db: Database, tiny: Tiny) -> None:
    assert kpi_report(db, PERIOD, None, TODAY).figure("outsourceable_hours").value == pytest.approx(12.0)
    fields = get_task(db, tiny.t2).fields
    update_task(db, tiny.t2, TaskFields(**{**fields.__dict__, "suitability_override": override("suitable")}))
    # T2 now a candidate: 9 + 5 + 3.
    assert kpi_report(db, PERIOD, None, TODAY).figure("outsourceable_hours").value == pytest.approx(17.0)
    update_task(
        db, tiny.t2, TaskFields(**{**fields.__dict__, "suitability_override": None, "onsite": "required"})
    )
    assert kpi_report(db, PERIOD, None, TODAY).figure("outsourceable_hours").value == pytest.approx(12.0)


def test_an_empty_period(db: Database, tiny: Tiny) -> None:
    report = kpi_report(db, kpi.MonthRange.parse("2025-04..2025-06"), None, TODAY)
    assert report.figure("outsourced_hours").missing == ("no_time_entries",)
    assert report.figure("inventoried_hours").value == pytest.approx(18.0)  # the inventory is today's


# --- programme costs ------------------------------------------------------------------------------


def test_program_costs_drive_the_roi(db: Database, tiny: Tiny) -> None:
    assert load_program_costs(db, tiny.partner) == ProgramCosts(None, None, None)
    save_program_costs(db, tiny.partner, ProgramCosts(50_000, 100_000, None))
    assert load_program_costs(db, tiny.partner) == ProgramCosts(50_000, 100_000, None)
    # Partner: no course started in the period; setup 2 engaged companies × 100,000 = 200,000.
    # ROI = (3,950 − 200,000) / 200,000 = −0.98025, partial like the saving.
    roi = kpi_report(db, PERIOD, None, TODAY).figure("roi")
    assert roi.value == pytest.approx(-0.98025) and roi.partial
    # C1 without its own costs: the partner's setup for 1 company; saving 3,950 (complete).
    roi = kpi_report(db, PERIOD, tiny.c1, TODAY).figure("roi")
    assert roi.value == pytest.approx((3_950 - 100_000) / 100_000) and not roi.partial
    # C1's own costs win: setup 30,000 + other 10,000.
    save_program_costs(db, tiny.c1, ProgramCosts(None, 30_000, 10_000))
    roi = kpi_report(db, PERIOD, tiny.c1, TODAY).figure("roi")
    assert roi.value == pytest.approx((3_950 - 40_000) / 40_000)


def outbox(db: Database) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(OutboxChange)) or 0)


def test_program_costs_are_a_synced_setting_written_only_when_changed(db: Database, tiny: Tiny) -> None:
    costs = ProgramCosts(50_000, None, 0)
    save_program_costs(db, tiny.partner, costs)
    with db.read() as session:
        row = session.get(Setting, program_costs_setting_id(tiny.partner))
        assert row is not None and row.scope_id == tiny.partner and row.key == "kpi.program_costs"
        assert row.value == {
            "training_yen_per_trainee": 50_000,
            "setup_yen_per_company": None,
            "other_yen": 0,
        }
    before = outbox(db)
    save_program_costs(db, tiny.partner, costs)
    assert outbox(db) == before
    with db.write() as session:
        tombstoned = session.get(Setting, program_costs_setting_id(tiny.partner))
        assert tombstoned is not None
        tombstoned.deleted = True
    assert load_program_costs(db, tiny.partner) == ProgramCosts()
    save_program_costs(db, tiny.partner, costs)
    assert load_program_costs(db, tiny.partner) == costs


@pytest.mark.parametrize(
    ("costs", "field", "code"),
    [
        (ProgramCosts(-1, None, None), "training_yen_per_trainee", "negative"),
        (ProgramCosts(None, MAX_COST_YEN + 1, None), "setup_yen_per_company", "out_of_range"),
        (ProgramCosts(None, None, True), "other_yen", "invalid"),  # a bool is an int to mypy, not to us
        (ProgramCosts(None, None, 1.5), "other_yen", "invalid"),  # type: ignore[arg-type]
    ],
)
def test_bad_program_costs_write_nothing(
    db: Database, tiny: Tiny, costs: ProgramCosts, field: str, code: str
) -> None:
    before = outbox(db)
    with pytest.raises(ValidationError) as info:
        save_program_costs(db, tiny.partner, costs)
    assert [(e.field, e.code) for e in info.value.errors] == [(field, code)]
    assert outbox(db) == before
    with pytest.raises(NotFound):
        save_program_costs(db, "nobody", ProgramCosts(1, 1, 1))


def test_a_bad_stored_value_reads_as_not_set(db: Database, tiny: Tiny) -> None:
    with db.write() as session:
        session.add(
            Setting(id=program_costs_setting_id(tiny.c1), scope_id=tiny.c1, key="kpi.program_costs",
                    value={"training_yen_per_trainee": "many", "setup_yen_per_company": 5, "x": 1})
        )  # fmt: skip
    assert load_program_costs(db, tiny.c1) == ProgramCosts(None, 5, None)


# --- an owner's PC: the company's scope only --------------------------------------------------------


@pytest.fixture
def owner_db(tmp_path: Path) -> Iterator[tuple[Database, str, str]]:
    """A company with one task, one worker card and an assignment with hours, as sync delivers them
    to the owner's PC (no partner row, no pool)."""
    db = open_database(tmp_path / "owner.sqlite3")
    company, worker = ids.new_id(), ids.new_id()
    with db.write() as session:
        session.add(Company(id=company, scope_id=company, name="山里茶園", municipality="榛原郡川根本町",
                            hourly_cost_yen=1800))  # fmt: skip
    task = create_task(
        db, company, TaskFields(name="記帳", frequency="4/month", minutes_per_occurrence=60)
    ).id
    assignment = workforce.assignment_id(task, worker, "operator")
    with db.write() as session:
        card_id = workforce.worker_card_id(company, worker)
        session.add(WorkerCard(id=card_id, scope_id=company, company_id=company, worker_id=worker,
                               name="大石 美穂", kind="local"))  # fmt: skip
        session.add(Assignment(id=assignment, scope_id=company, task_id=task, worker_id=worker,
                               role="operator", period="2026-04-01/", rate_yen=1100, planned_hours=12,
                               status="active", code=workforce.short_code(assignment)))  # fmt: skip
        session.add(entry(company, assignment, "2026-05-07", 180, None, 1_000))
    yield db, company, assignment
    db.close()


def test_owner_pc_has_no_pool_facts(owner_db: tuple[Database, str, str]) -> None:
    db, company, assignment = owner_db
    report = kpi_report(db, PERIOD, company, TODAY)
    assert report.figure("outsourced_hours").value == pytest.approx(1.0)  # 3 h over 3 months
    assert report.figure("yen_paid_local").value == pytest.approx(3_300)  # the card says "local"
    assert report.figure("yen_earned_from_outside").missing == ("worker_municipality",)
    assert report.figure("trainees_paid_within_90_rate").missing == ("training_records",)
    assert report.figure("local_jobs").value == 1
    assert report.figure("roi").missing == ("program_costs",)
    assert values(report.figure("outsourced_hours")) == pytest.approx({assignment: 1.0})
    assert [name for _, name in report.companies] == ["山里茶園"]


def test_owner_pc_with_a_rate_of_zero(owner_db: tuple[Database, str, str]) -> None:
    db, company, assignment = owner_db
    with db.write() as session:
        row = session.get(Assignment, assignment)
        assert row is not None
        row.rate_yen = 0  # as a broken peer might send it
    cost = kpi_report(db, PERIOD, company, TODAY).figure("outsourced_cost_yen")
    assert cost.value is None and cost.missing == ("worker_rate",)


# --- the small demo data --------------------------------------------------------------------------


def independent_minutes(db: Database, first: date, last: date) -> dict[str, int]:
    """Minutes per assignment between two days, resolved day by day from every entry."""
    days: dict[tuple[str, str], list[EntryFacts]] = defaultdict(list)
    with db.read() as session:
        for e in session.scalars(select(TimeEntry)):
            days[(e.assignment_id, e.work_date)].append(
                EntryFacts(e.id, e.minutes, e.corrects_id, e.entered_at_ms, e.deleted)
            )
    totals: dict[str, int] = defaultdict(int)
    for (assignment_id, iso), entries in days.items():
        if first.isoformat() <= iso <= last.isoformat():
            totals[assignment_id] += resolve_day(entries).minutes or 0
    return totals


def ids_of(db: Database, model: type[Task] | type[Assignment] | type[Worker] | type[Company]) -> set[str]:
    with db.read() as session:
        return set(session.scalars(select(model.id)))


def test_small_demo(db: Database) -> None:
    today = date(2026, 6, 10)
    load_small(db, today=today)
    period = kpi.MonthRange.fiscal_year(2026)
    report = kpi_report(db, period, None, today)
    figures = {f.key: f for f in report.figures}
    positive = ("inventoried_hours", "outsourceable_hours", "outsourced_hours", "internal_cost_yen",
                "outsourced_cost_yen", "yen_paid_local", "yen_earned_from_outside", "local_jobs",
                "workers_by_kind", "retention_90", "procedures_written", "companies_engaged")  # fmt: skip
    for key in positive:
        assert figures[key].value is not None and figures[key].value > 0, key  # type: ignore[operator]
        assert not figures[key].partial, key
    saving = figures["monthly_saving_yen"]
    assert saving.value is not None and not saving.partial
    internal, paid = figures["internal_cost_yen"].value, figures["outsourced_cost_yen"].value
    assert saving.value == pytest.approx(internal - paid)  # type: ignore[operator]
    assert figures["roi"].missing == ("program_costs",)
    # 小松 (島田市) works for the tea farm in 川根本町: money earned from outside her town.
    assert any(e.label.endswith("小松 早苗") for e in figures["yen_earned_from_outside"].evidence)
    # Every evidence row names a row of the database.
    known = {
        "task": ids_of(db, Task),
        "assignment": ids_of(db, Assignment),
        "worker": ids_of(db, Worker),
        "company": ids_of(db, Company),
    }
    for figure in report.figures:
        for e in figure.evidence:
            if e.kind in known:
                assert e.id in known[e.kind], (figure.key, e)
    # The hours match a day-by-day resolution of every entry (the demo has a correction and a void).
    months = kpi.elapsed_months(period, today)
    expected = independent_minutes(db, period.first, today)
    for e in figures["outsourced_cost_yen"].evidence:
        assert e.value is not None
    outsourced = {e.id: e.value for e in figures["outsourced_hours"].evidence}
    for assignment_id, value in outsourced.items():
        assert value is not None
        assert value * months * 60 == pytest.approx(expected[assignment_id])
    assert len(report.trend) == 12
    assert sum(p.hours_outsourced for p in report.trend) == pytest.approx(
        figures["outsourced_hours"].value * months  # type: ignore[operator]
    )
    # The owner's view of the same company gives the same hours.
    company_id = report.companies[0][0]
    own = kpi_report(db, period, company_id, today)
    assert own.figure("outsourced_hours").value == pytest.approx(figures["outsourced_hours"].value)


def test_small_demo_months_before_today_only(db: Database) -> None:
    today = date(2026, 6, 10)
    load_small(db, today=today)
    report = kpi_report(db, kpi.MonthRange.fiscal_year(2026), None, today)
    future = [p for p in report.trend if p.month > today]
    assert len(future) == 9 and all(p.yen_paid is None and p.hours_outsourced == 0 for p in future)
    assert report.as_of == today
    last_month = kpi_report(db, kpi.MonthRange.parse("2026-05"), None, today)
    assert last_month.as_of == date(2026, 5, 31)
    assert last_month.figure("outsourced_hours").value is not None


def test_the_category_cache_is_bounded(monkeypatch: pytest.MonkeyPatch, db: Database, tiny: Tiny) -> None:
    monkeypatch.setattr(service, "_CACHE_LIMIT", 2)
    service._CATEGORY_CACHE.clear()
    report = kpi_report(db, PERIOD, None, TODAY)
    assert len(service._CATEGORY_CACHE) <= 2
    assert report.figure("outsourceable_hours").value == pytest.approx(12.0)


def test_days_are_resolved_like_the_hours_page(db: Database, tiny: Tiny) -> None:
    # Every day of the tiny database resolved one by one, up to the as-of day (06-30), adds up to
    # the report's months: A1 240 + 0 + 90, A2 315, A3 60.
    expected = independent_minutes(db, PERIOD.first, date(2026, 6, 30))
    inputs = load_inputs(db, PERIOD, None, TODAY)
    by_assignment: dict[str, int] = defaultdict(int)
    for (assignment_id, _month), minutes in inputs.minutes.items():
        by_assignment[assignment_id] += minutes
    assert by_assignment == expected == {tiny.a1: 330, tiny.a2: 315, tiny.a3: 60}
