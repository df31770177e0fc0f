"""The KPIs as pure functions, on small datasets whose every figure is computed by hand below.

The main fixture (period April-June 2026, as of 2026-06-30, so 3 whole months):

    companies  C1 川根本町 (in-house ¥1,800/h)     C2 島田市 (no in-house cost set)
    tasks      t1 C1 10 h/month suitable, ECRS simplify −120 min, one-person, documented in full
               t2 C1  4 h/month conditional, ECRS keep (60 min typed: ignored), one-person, 3 steps
               t3 C1  6 h/month internal, one-person, documented partially, 2 steps
               t4 C1  hours unknown (draft, "incomplete")
               t5 C1  8 h/month suitable but discontinued (left out everywhere)
               t6 C2  5 h/month suitable, ECRS eliminate −600 min (capped at its 5 h)
    workers    w1 local 榛原郡川根本町千頭 · w2 local 島田市川根町家山 · w3 urban · w4 staff
    assignments (minutes a month: Apr / May / Jun)
               a1 t1 w1 operator   ¥1,100, 12 h planned, from 04-01       600 / 720 / 480  = 30 h
               a2 t1 w3 supervisor ¥3,500,               from 04-01        60 /  60 /   0  =  2 h
               a3 t2 w2 operator   ¥1,000, ended 05-01..06-15                  / 300 / 180  =  8 h
               a4 t6 w2 operator   ¥1,000, 5 h planned (C2), from 04-01            /     / 360  =  6 h
               a5 t3 w4 operator (staff) ¥1,200                           600 /     /       = 10 h
               a6 t1 w10 operator, ended 2025-11-01..2025-12-31 (no hours in the period)
               a7 t2 w11 operator, ended 2026-01-01..2026-03-31, worked 2026-03-25
               (a1 also has 600 minutes in March, outside the period)
"""

from __future__ import annotations

from datetime import date

import pytest

from desktop.core import kpi
from desktop.core.kpi import (
    AssignmentFacts,
    CompanyFacts,
    KpiInputs,
    MonthRange,
    ProgramCosts,
    TaskFacts,
    TraineeFacts,
    WorkerFacts,
    build_report,
)
from desktop.core.workforce import Period

APR, MAY, JUN, MAR = date(2026, 4, 1), date(2026, 5, 1), date(2026, 6, 1), date(2026, 3, 1)
PERIOD = MonthRange.parse("2026-04..2026-06")
TODAY = date(2026, 7, 15)  # after the period: as of 2026-06-30, 3 whole months

C1 = CompanyFacts("c1", "山里茶園", "榛原郡川根本町", "静岡県", hourly_cost_yen=1800, outsource_rate_yen=1400)
C2 = CompanyFacts("c2", "川根旅館", "島田市", "静岡県", hourly_cost_yen=None)

TASKS = (
    TaskFacts("t1", "c1", "記帳", 10.0, "suitable", ecrs_decision="simplify", ecrs_saved_minutes=120,
              single_person=True, documented="full"),
    TaskFacts("t2", "c1", "請求書", 4.0, "conditional", ecrs_decision="keep", ecrs_saved_minutes=60,
              single_person=True, documented="none", shareable_steps=3),
    TaskFacts("t3", "c1", "給与計算", 6.0, "internal", single_person=True, documented="partial",
              shareable_steps=2),
    TaskFacts("t4", "c1", "下書き", None, "incomplete"),
    TaskFacts("t5", "c1", "FAX送信", 8.0, "suitable", status="discontinued"),
    TaskFacts("t6", "c2", "予約台帳", 5.0, "suitable", ecrs_decision="eliminate", ecrs_saved_minutes=600),
)  # fmt: skip

WORKERS = {
    "w1": WorkerFacts("w1", "大石", "local", "榛原郡川根本町千頭"),
    "w2": WorkerFacts("w2", "鈴木", "local", "島田市川根町家山"),
    "w3": WorkerFacts("w3", "高橋", "urban", "東京都世田谷区"),
    "w4": WorkerFacts("w4", "山本", "staff", "榛原郡川根本町千頭"),
    "w10": WorkerFacts("w10", "森", "local", "榛原郡川根本町徳山"),
    "w11": WorkerFacts("w11", "増田", "local", "榛原郡川根本町東藤川"),
}


def assignment(
    id_: str,
    company: str,
    task: str,
    worker: str,
    role: str,
    period: str,
    rate: int | None,
    planned: int = 0,
    status: str = "active",
) -> AssignmentFacts:
    return AssignmentFacts(
        id_, company, task, task, worker, role, Period.parse(period), rate, planned, status
    )


ASSIGNMENTS = (
    assignment("a1", "c1", "t1", "w1", "operator", "2026-04-01/", 1100, 12),
    assignment("a2", "c1", "t1", "w3", "supervisor", "2026-04-01/", 3500, 2),
    assignment("a3", "c1", "t2", "w2", "operator", "2026-05-01/2026-06-15", 1000, 8, "ended"),
    assignment("a4", "c2", "t6", "w2", "operator", "2026-04-01/", 1000, 5),
    assignment("a5", "c1", "t3", "w4", "operator", "2026-04-01/", 1200, 10),
    assignment("a6", "c1", "t1", "w10", "operator", "2025-11-01/2025-12-31", 1000, 10, "ended"),
    assignment("a7", "c1", "t2", "w11", "operator", "2026-01-01/2026-03-31", 1000, 10, "ended"),
)
MINUTES = {
    ("a1", MAR): 600,  # before the period: ignored
    ("a1", APR): 600,
    ("a1", MAY): 720,
    ("a1", JUN): 480,
    ("a2", APR): 60,
    ("a2", MAY): 60,
    ("a2", JUN): 0,  # entries that add up to nothing (a void)
    ("a3", MAY): 300,
    ("a3", JUN): 180,
    ("a4", JUN): 360,
    ("a5", APR): 600,
    ("a7", MAR): 900,
}
WORKED_DAYS = {"a7": frozenset({date(2026, 3, 25)})}

TRAINEES = (
    # Course ended 02-27, paid 04-01: 33 days, within 90; decided 04-01 (in the period).
    TraineeFacts(
        "w2", "鈴木", date(2026, 1, 5), date(2026, 2, 27), date(2026, 4, 1), Period(date(2026, 6, 1))
    ),
    # Course ended 03-10, never paid: the goal ran out, decided 03-10 + 91 days = 06-09 (in the period).
    TraineeFacts("w5", "中村", date(2026, 2, 1), date(2026, 3, 10), None),
    # Course started 04-10 (counts for the training cost), ended 05-20: undecided until 08-19.
    TraineeFacts("w6", "小松", date(2026, 4, 10), date(2026, 5, 20), None),
    # Course ended 2025-11-30, paid 04-20 (141 days): decided 2026-03-01, before the period.
    TraineeFacts("w7", "杉山", date(2025, 10, 1), date(2025, 11, 30), date(2026, 4, 20)),
    # Course ended 03-31, paid 07-01 (after the as-of day): the goal ran out on 06-30, decided then.
    TraineeFacts("w8", "望月", date(2026, 3, 1), date(2026, 3, 31), date(2026, 7, 1)),
    # Course started 04-01 (training cost), ended 04-30, paid 05-20: 20 days, within; decided 05-20.
    TraineeFacts("w9", "青木", date(2026, 4, 1), date(2026, 4, 30), date(2026, 5, 20)),
)
COSTS = ProgramCosts(training_yen_per_trainee=50_000, setup_yen_per_company=100_000, other_yen=20_000)


def partner_inputs(**changes: object) -> KpiInputs:
    values: dict[str, object] = {
        "scope": "partner",
        "company_id": None,
        "companies": (C1, C2),
        "tasks": TASKS,
        "assignments": ASSIGNMENTS,
        "workers": WORKERS,
        "minutes": MINUTES,
        "worked_days": WORKED_DAYS,
        "trainees": TRAINEES,
        "costs": COSTS,
    }
    values.update(changes)
    return KpiInputs(**values)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def report() -> kpi.KpiReport:
    return build_report(partner_inputs(), PERIOD, TODAY)


def evidence_values(figure: kpi.Figure) -> dict[str, float | None]:
    return {e.id: e.value for e in figure.evidence}


# --- periods --------------------------------------------------------------------------------------


def test_month_range_parses_ranges_and_single_months() -> None:
    assert MonthRange.parse("2026-04..2027-03") == MonthRange(date(2026, 4, 1), date(2027, 3, 31))
    assert MonthRange.parse(" 2026-4 ") == MonthRange(date(2026, 4, 1), date(2026, 4, 30))
    assert MonthRange.parse("２０２６－０２") == MonthRange(date(2026, 2, 1), date(2026, 2, 28))  # full-width
    assert MonthRange.parse("2028-02").last == date(2028, 2, 29)  # leap year
    assert str(MonthRange.parse("2026-04")) == "2026-04..2026-04"
    assert MonthRange.parse(str(PERIOD)) == PERIOD


def test_fiscal_year_is_april_to_march() -> None:
    fy = MonthRange.fiscal_year(2026)
    assert (fy.first, fy.last) == (date(2026, 4, 1), date(2027, 3, 31))
    assert str(fy) == "2026-04..2027-03"
    assert len(fy.months()) == 12
    assert fy.months()[0] == date(2026, 4, 1) and fy.months()[-1] == date(2027, 3, 1)
    assert fy.months()[9] == date(2027, 1, 1)  # across the year end
    assert kpi.fiscal_year_of(date(2027, 3, 31)) == 2026
    assert kpi.fiscal_year_of(date(2027, 4, 1)) == 2027


@pytest.mark.parametrize(
    "text",
    ["", "2026", "2026-13", "2026-00", "26-04", "2026/04", "2026-04..", "..2026-04", "2027-03..2026-04",
     "2026-04..2026-05..2026-06", "abc", "1800-01", "2000-01..2015-01"],
)  # fmt: skip
def test_month_range_refuses_bad_input(text: str) -> None:
    with pytest.raises(ValueError):
        MonthRange.parse(text)


def test_month_range_needs_whole_months() -> None:
    with pytest.raises(ValueError):
        MonthRange(date(2026, 4, 2), date(2026, 4, 30))
    with pytest.raises(ValueError):
        MonthRange(date(2026, 4, 1), date(2026, 4, 29))
    with pytest.raises(ValueError):
        MonthRange(date(2026, 5, 1), date(2026, 4, 30))


def test_elapsed_months_count_the_started_month_by_its_days() -> None:
    assert kpi.elapsed_months(PERIOD, date(2026, 6, 30)) == 3.0
    # April and May whole, then 16 of June's 30 days.
    assert kpi.elapsed_months(PERIOD, date(2026, 6, 16)) == pytest.approx(2 + 16 / 30)
    assert kpi.elapsed_months(PERIOD, date(2026, 3, 31)) == 0.0
    assert kpi.as_of_day(PERIOD, date(2026, 5, 10)) == date(2026, 5, 10)
    assert kpi.as_of_day(PERIOD, TODAY) == date(2026, 6, 30)


# --- economic figures -----------------------------------------------------------------------------


def test_inventoried_hours_is_partial_when_a_task_has_no_hours(report: kpi.KpiReport) -> None:
    figure = report.figure("inventoried_hours")
    # t1 10 + t2 4 + t3 6 + t6 5 = 25 h a month; t4 unknown, t5 discontinued.
    assert figure.value == pytest.approx(25.0)
    assert figure.partial and figure.missing == ("task_hours",)
    assert figure.unit == "hours_per_month" and figure.group == "economic"
    assert evidence_values(figure) == {"t1": 10.0, "t2": 4.0, "t3": 6.0, "t6": 5.0, "t4": None}


def test_ecrs_saved_hours_counts_improvements_only_and_caps_them(report: kpi.KpiReport) -> None:
    figure = report.figure("ecrs_saved_hours")
    # t1 simplify 120 min = 2 h; t2 "keep" saves nothing; t6 eliminate 600 min capped at its 5 h.
    assert figure.value == pytest.approx(7.0)
    assert evidence_values(figure) == {"t1": 2.0, "t6": 5.0}
    assert not figure.partial and figure.missing == ()


def test_outsourceable_hours_after_ecrs(report: kpi.KpiReport) -> None:
    figure = report.figure("outsourceable_hours")
    # Candidates (suitable, conditional): t1 10 − 2 = 8, t2 4 − 0 = 4, t6 5 − 5 = 0 → 12 h a month.
    assert figure.value == pytest.approx(12.0)
    assert evidence_values(figure) == {"t1": 8.0, "t2": 4.0, "t6": 0.0}


def test_outsourced_hours_are_hours_of_outside_workers_a_month(report: kpi.KpiReport) -> None:
    figure = report.figure("outsourced_hours")
    # a1 30 h + a2 2 h (supervising) + a3 8 h + a4 6 h = 46 h over 3 months; a5 is the company's staff.
    assert figure.value == pytest.approx(46 / 3)
    assert evidence_values(figure) == pytest.approx({"a1": 10.0, "a2": 2 / 3, "a3": 8 / 3, "a4": 2.0})


def test_internal_cost_is_partial_when_a_company_has_no_cost(report: kpi.KpiReport) -> None:
    figure = report.figure("internal_cost_yen")
    # a1 30 h × 1,800 = 54,000 + a2 2 h × 1,800 = 3,600 + a3 8 h × 1,800 = 14,400 → 72,000 / 3
    # = 24,000 a month; a4 (C2) unknown.
    assert figure.value == pytest.approx(24_000)
    assert figure.partial and figure.missing == ("company_hourly_cost",)
    assert evidence_values(figure) == pytest.approx({"a1": 18_000, "a2": 1_200, "a3": 4_800, "a4": None})


def test_outsourced_cost_counts_every_paid_hour(report: kpi.KpiReport) -> None:
    figure = report.figure("outsourced_cost_yen")
    # a1 30 × 1,100 = 33,000 + a2 2 × 3,500 = 7,000 + a3 8 × 1,000 + a4 6 × 1,000 = 54,000 → 18,000 a month.
    assert figure.value == pytest.approx(18_000)
    assert not figure.partial


def test_monthly_saving_and_roi(report: kpi.KpiReport) -> None:
    saving = report.figure("monthly_saving_yen")
    # a1 30 × (1,800 − 1,100) = 21,000; a2 2 × (1,800 − 3,500) = −3,400; a3 8 × (1,800 − 1,000)
    # = 6,400; a4 unknown (C2 has no cost). 24,000 over the period → 8,000 a month, partial.
    assert saving.value == pytest.approx(8_000)
    assert saving.partial and saving.missing == ("company_hourly_cost",)
    assert evidence_values(saving) == pytest.approx(
        {"a1": 7_000, "a2": -3_400 / 3, "a3": 6_400 / 3, "a4": None}
    )
    roi = report.figure("roi")
    # Costs: training 2 trainees started a course in the period (w6 04-10, w9 04-01) × 50,000 = 100,000
    # + setup 2 engaged companies × 100,000 = 200,000 + other 20,000 = 320,000.
    # ROI = (24,000 − 320,000) / 320,000 = −0.925, partial like the saving.
    assert roi.value == pytest.approx(-0.925)
    assert roi.unit == "ratio" and roi.partial and roi.missing == ("company_hourly_cost",)
    assert evidence_values(roi) == {"training": 100_000, "setup": 200_000, "other": 20_000, "saving": 24_000}


def test_yen_paid_local_and_yen_earned_from_outside(report: kpi.KpiReport) -> None:
    paid = report.figure("yen_paid_local")
    # Local workers: a1 33,000 + a3 8,000 + a4 6,000 = 47,000 yen over the period.
    assert paid.value == pytest.approx(47_000) and paid.unit == "yen"
    earned = report.figure("yen_earned_from_outside")
    # w1 lives in 川根本町 (C1's town); w2 lives in 島田市: a3 (C1, 川根本町) is outside → 8,000;
    # a4 (C2, 島田市) is her own town.
    assert earned.value == pytest.approx(8_000)
    assert evidence_values(earned) == {"a3": 8_000}


def test_same_municipality_reads_districts_and_prefixes() -> None:
    assert kpi.same_municipality("榛原郡川根本町千頭", C1)
    assert kpi.same_municipality("静岡県榛原郡川根本町", C1)
    assert not kpi.same_municipality("島田市川根町家山", C1)
    assert kpi.same_municipality("島田市川根町家山", C2)
    assert not kpi.same_municipality("", C1)
    komagane = CompanyFacts("k", "駒ヶ根の会社", "駒ヶ根市")
    assert kpi.same_municipality("長野県駒ヶ根市赤穂", komagane)
    assert not kpi.same_municipality(
        "長野県駒ヶ根市赤穂", CompanyFacts("k", "同名の町", "駒ヶ根市", "静岡県")
    )
    assert kpi.same_municipality("長野県駒ヶ根市", CompanyFacts("k", "会社", "長野県駒ヶ根市"))


# --- social figures -------------------------------------------------------------------------------


def test_local_jobs_by_planned_hours_or_regular_stage(report: kpi.KpiReport) -> None:
    figure = report.figure("local_jobs")
    # On 06-30: w1 runs a1 planned 12 h ≥ 10; w2 runs a4 planned 5 h only, but is in the regular
    # stage since 06-01. a3 ended 06-15; w4 is staff.
    assert figure.value == 2
    assert {e.id: e.detail for e in figure.evidence} == {"w1": "12h", "w2": "regular"}


def test_workers_by_kind_counts_workers_with_hours(report: kpi.KpiReport) -> None:
    figure = report.figure("workers_by_kind")
    # With hours in the period: w1, w2 (local), w3 (urban), w4 (staff).
    assert figure.value == 4
    assert evidence_values(figure) == {"local": 2, "urban": 1, "staff": 1}


def test_trainees_paid_within_90_days(report: kpi.KpiReport) -> None:
    rate = report.figure("trainees_paid_within_90_rate")
    # Decided in the period: w2 (33 days ✓), w5 (goal ran out 06-09 ✗), w8 (ran out 06-30 ✗),
    # w9 (20 days ✓). w6 is undecided, w7 was decided in March. 2 of 4.
    assert rate.value == pytest.approx(0.5)
    assert evidence_values(rate) == {"w2": 1.0, "w5": 0.0, "w8": 0.0, "w9": 1.0}
    median = report.figure("trainees_paid_median_days")
    # Paid by the as-of day among them: 33 and 20 days → median 26.5.
    assert median.value == pytest.approx(26.5) and median.unit == "days"
    assert evidence_values(median) == {"w2": 33.0, "w9": 20.0}


def test_trainee_outcome_on_the_goal_day() -> None:
    paid_on_day_90 = TraineeFacts("x", "x", None, date(2026, 3, 31), date(2026, 6, 29))
    outcome = kpi.trainee_outcome(paid_on_day_90, date(2026, 6, 30))
    assert outcome is not None and outcome.within and outcome.days == 90
    waiting = TraineeFacts("y", "y", None, date(2026, 3, 31), None)
    assert kpi.trainee_outcome(waiting, date(2026, 6, 29)) is None  # the 90th day is not over
    missed = kpi.trainee_outcome(waiting, date(2026, 6, 30))
    assert missed is not None and not missed.within and missed.decided_on == date(2026, 6, 30)


def test_retention_at_90_and_180_days(report: kpi.KpiReport) -> None:
    r90 = report.figure("retention_90")
    # First paid work: w1, w2, w3 on 04-01 → 90 days on 06-30, their assignments still run: kept.
    # w10 from 2025-11-01 → 2026-01-30: a6 ended 12-31, no hours 01-01..01-30: not kept.
    # w11 from 2026-01-01 → 04-01: a7 ended 03-31 but worked 03-25 (within 03-03..04-01): kept.
    # 4 of 5.
    assert r90.value == pytest.approx(0.8)
    assert evidence_values(r90) == {"w1": 1.0, "w2": 1.0, "w3": 1.0, "w10": 0.0, "w11": 1.0}
    r180 = report.figure("retention_180")
    # 180 days by 06-30: w10 (04-30) and w11 (06-30), neither running nor with hours then: 0 of 2.
    assert r180.value == 0.0
    assert evidence_values(r180) == {"w10": 0.0, "w11": 0.0}


def test_retention_windows_name_only_what_assignments_leave_open() -> None:
    windows = kpi.retention_windows(partner_inputs(), PERIOD, TODAY)
    assert windows == {
        ("w10", 90): (date(2026, 1, 1), date(2026, 1, 30)),
        ("w10", 180): (date(2026, 4, 1), date(2026, 4, 30)),
        ("w11", 90): (date(2026, 3, 3), date(2026, 4, 1)),
        ("w11", 180): (date(2026, 6, 1), date(2026, 6, 30)),
    }


def test_procedures_written(report: kpi.KpiReport) -> None:
    figure = report.figure("procedures_written")
    # One-person tasks: t1 documented in full ✓, t2 3 shareable steps ✓, t3 partial with 2 steps ✗.
    assert figure.value == 2 and figure.unit == "tasks"
    assert evidence_values(figure) == {"t1": 1.0, "t2": 1.0, "t3": 0.0}


def test_companies_engaged(report: kpi.KpiReport) -> None:
    figure = report.figure("companies_engaged")
    assert figure.value == 2
    assert [e.id for e in figure.evidence] == ["c1", "c2"]


def test_figures_come_in_the_contract_order(report: kpi.KpiReport) -> None:
    assert tuple(f.key for f in report.figures) == kpi.KEYS
    assert [f.group for f in report.figures[:10]] == ["economic"] * 10
    assert [f.group for f in report.figures[10:]] == ["social"] * 8
    with pytest.raises(KeyError):
        report.figure("nope")


# --- trend and per company ------------------------------------------------------------------------


def test_trend_has_one_point_per_month(report: kpi.KpiReport) -> None:
    # Apr: a1 10 h + a2 1 h; paid a1 11,000 + a2 3,500; local a1; local workers w1.
    # May: a1 12 h + a2 1 h + a3 5 h; paid 13,200 + 3,500 + 5,000; local 13,200 + 5,000; w1, w2.
    # Jun: a1 8 h + a3 3 h + a4 6 h; paid 8,800 + 3,000 + 6,000 (a2 0); all local; w1, w2.
    assert report.trend == (
        kpi.MonthPoint(APR, 11.0, 14_500.0, 11_000.0, 1),
        kpi.MonthPoint(MAY, 18.0, 21_700.0, 18_200.0, 2),
        kpi.MonthPoint(JUN, 17.0, 17_800.0, 17_800.0, 2),
    )


def test_trend_leaves_months_after_today_unknown() -> None:
    early = build_report(partner_inputs(), PERIOD, date(2026, 5, 31))
    assert [p.month for p in early.trend] == [APR, MAY, JUN]
    assert early.trend[2] == kpi.MonthPoint(JUN, 0.0, None, None, 0)
    # Up to 05-31 (2 months): a1 10 + 12 h, a2 1 + 1 h and a3 5 h → 29 h / 2.
    assert early.figure("outsourced_hours").value == pytest.approx(29 / 2)


def test_per_company_figures(report: kpi.KpiReport) -> None:
    c1, c2 = report.per_company
    # C1: tasks 10 + 4 + 6 = 20 h; a1 30 + a2 2 + a3 8 = 40 h / 3; saving 24,000 / 3; w1 and w2.
    assert (c1.company_id, c1.inventoried_hours, c1.local_workers) == ("c1", 20.0, 2)
    assert c1.outsourced_hours == pytest.approx(40 / 3)
    assert c1.monthly_saving_yen == pytest.approx(8_000)
    # C2: 5 h; a4 6 h / 3; no in-house cost → saving unknown; w2.
    assert (c2.company_id, c2.inventoried_hours, c2.outsourced_hours) == ("c2", 5.0, 2.0)
    assert (c2.monthly_saving_yen, c2.local_workers) == (None, 1)


# --- a company's own view (an owner's PC: no pool) -----------------------------------------------


def test_company_view_without_the_pool() -> None:
    inputs = partner_inputs(
        scope="company",
        company_id="c1",
        companies=(C1,),
        tasks=tuple(t for t in TASKS if t.company_id == "c1"),
        assignments=tuple(a for a in ASSIGNMENTS if a.company_id == "c1"),
        workers={k: WorkerFacts(v.id, v.name, v.kind, None) for k, v in WORKERS.items()},
        trainees=None,
        costs=ProgramCosts(setup_yen_per_company=100_000),
    )
    report = build_report(inputs, PERIOD, TODAY)
    assert report.scope == "company" and report.per_company == ()
    assert report.figure("yen_earned_from_outside").value is None
    assert report.figure("yen_earned_from_outside").missing == ("worker_municipality",)
    for key in ("trainees_paid_within_90_rate", "trainees_paid_median_days"):
        assert report.figure(key).missing == ("training_records",)
    # Stages do not count in a company's view: only w1 (a1 planned 12 h).
    assert report.figure("local_jobs").value == 1
    # Saving C1: 21,000 − 3,400 + 6,400 = 24,000; costs: setup 1 company × 100,000.
    # ROI = (24,000 − 100,000) / 100,000 = −0.76, complete.
    roi = report.figure("roi")
    assert roi.value == pytest.approx(-0.76) and not roi.partial
    assert report.figure("companies_engaged").value == 1


# --- not enough data ------------------------------------------------------------------------------


def test_empty_period_shows_what_is_missing_never_zero() -> None:
    report = build_report(partner_inputs(minutes={}, worked_days={}), PERIOD, TODAY)
    for key in ("outsourced_hours", "internal_cost_yen", "outsourced_cost_yen", "monthly_saving_yen",
                "yen_paid_local", "yen_earned_from_outside", "workers_by_kind"):  # fmt: skip
        figure = report.figure(key)
        assert figure.value is None and figure.missing == ("no_time_entries",), key
    roi = report.figure("roi")
    assert roi.value is None and "no_time_entries" in roi.missing
    assert all(p.hours_outsourced == 0 and p.yen_paid == 0 for p in report.trend)


def test_a_future_period_has_no_hours() -> None:
    report = build_report(partner_inputs(), MonthRange.parse("2026-08..2026-09"), TODAY)
    assert report.figure("outsourced_hours").missing == ("no_time_entries",)
    assert all(p.yen_paid is None for p in report.trend)


def test_no_assignments_and_no_tasks() -> None:
    report = build_report(partner_inputs(tasks=(), assignments=(), minutes={}, trainees=()), PERIOD, TODAY)
    assert report.figure("outsourced_hours").missing == ("no_assignments",)
    assert report.figure("inventoried_hours").missing == ("no_tasks",)
    assert report.figure("outsourceable_hours").value is None
    assert report.figure("procedures_written").missing == ("no_tasks",)
    assert report.figure("local_jobs").missing == ("no_assignments",)
    assert report.figure("retention_90").missing == ("no_workers",)
    assert report.figure("trainees_paid_within_90_rate").missing == ("no_trainees",)
    assert report.figure("companies_engaged").value == 0  # the companies exist: none took part
    assert build_report(partner_inputs(companies=()), PERIOD, TODAY).figure("companies_engaged").missing == (
        "no_companies",
    )


def test_workers_without_rates() -> None:
    no_rate = tuple(
        AssignmentFacts(a.id, a.company_id, a.task_id, a.task_name, a.worker_id, a.role, a.period,
                        None if a.id == "a3" else a.rate_yen, a.planned_hours, a.status)
        for a in ASSIGNMENTS
    )  # fmt: skip
    report = build_report(partner_inputs(assignments=no_rate), PERIOD, TODAY)
    cost = report.figure("outsourced_cost_yen")
    # Without a3 (8 h): 33,000 + 7,000 + 6,000 = 46,000 → 15,333.33 a month, partial.
    assert cost.value == pytest.approx(46_000 / 3)
    assert cost.partial and cost.missing == ("worker_rate",)
    assert evidence_values(cost)["a3"] is None
    saving = report.figure("monthly_saving_yen")
    # a1 21,000 − 3,400 (a2); a3 and a4 unknown → 17,600 / 3.
    assert saving.value == pytest.approx(17_600 / 3)
    assert saving.missing == ("worker_rate", "company_hourly_cost")
    paid = report.figure("yen_paid_local")
    assert paid.value == pytest.approx(39_000) and paid.missing == ("worker_rate",)  # 33,000 + 6,000
    assert report.trend[1].yen_paid == pytest.approx(16_700)  # May without a3: 13,200 + 3,500
    # A rate of 0 is no rate either; with every rate missing the figure is unknown, not 0.
    zero = tuple(
        AssignmentFacts(a.id, a.company_id, a.task_id, a.task_name, a.worker_id, a.role, a.period, 0,
                        a.planned_hours, a.status)
        for a in ASSIGNMENTS
    )  # fmt: skip
    report = build_report(partner_inputs(assignments=zero), PERIOD, TODAY)
    assert report.figure("outsourced_cost_yen").value is None
    assert report.figure("outsourced_cost_yen").missing == ("worker_rate",)
    assert report.trend[0].yen_paid is None


def test_companies_without_costs() -> None:
    no_cost = CompanyFacts("c1", "山里茶園", "榛原郡川根本町", "静岡県", hourly_cost_yen=None)
    report = build_report(partner_inputs(companies=(no_cost, C2)), PERIOD, TODAY)
    internal = report.figure("internal_cost_yen")
    assert internal.value is None and internal.missing == ("company_hourly_cost",)
    saving = report.figure("monthly_saving_yen")
    assert saving.value is None and saving.missing == ("company_hourly_cost",)
    assert report.figure("outsourced_cost_yen").value == pytest.approx(18_000)  # rates are all there


def test_missing_municipalities() -> None:
    workers = dict(WORKERS, w2=WorkerFacts("w2", "鈴木", "local", ""))
    report = build_report(partner_inputs(workers=workers), PERIOD, TODAY)
    earned = report.figure("yen_earned_from_outside")
    # w1's only assignment (a1) is in her own town; w2's are unknown → nothing known, not 0.
    assert earned.value is None and earned.missing == ("worker_municipality",)
    town_less = CompanyFacts("c2", "川根旅館", "", "静岡県")
    report = build_report(partner_inputs(companies=(C1, town_less)), PERIOD, TODAY)
    earned = report.figure("yen_earned_from_outside")
    assert earned.value == pytest.approx(8_000) and earned.partial  # a3 known, a4 not
    assert earned.missing == ("company_municipality",)


def test_programme_costs_rules() -> None:
    # Not set at all: ROI is unknown.
    report = build_report(partner_inputs(costs=None), PERIOD, TODAY)
    assert report.figure("roi").value is None and report.figure("roi").missing == (
        "company_hourly_cost",
        "program_costs",
    )
    # Setup set, training not set although two trainees started: partial.
    costs = kpi.programme_costs(ProgramCosts(setup_yen_per_company=100_000), trainees=2, companies=2)
    assert (costs.total, costs.partial, costs.missing) == (200_000, True, ("program_costs",))
    # All zero: nothing to divide by.
    zero = kpi.programme_costs(ProgramCosts(0, 0, 0), trainees=2, companies=2)
    assert zero.total is None and zero.missing == ("program_costs",)
    # Training cost set but the trainees cannot be known here (no pool).
    blind = kpi.programme_costs(ProgramCosts(50_000, 100_000, None), trainees=None, companies=1)
    assert (blind.total, blind.missing) == (100_000, ("training_records",))


def test_running_on_reads_period_and_status() -> None:
    active = assignment("x", "c1", "t1", "w1", "operator", "2026-04-01/2026-04-30", 1000)
    assert kpi.running_on(active, date(2026, 4, 30)) and not kpi.running_on(active, date(2026, 5, 1))
    planned = assignment("x", "c1", "t1", "w1", "operator", "2026-04-01/", 1000, status="planned")
    assert not kpi.running_on(planned, date(2026, 4, 10))
    ended_open = assignment("x", "c1", "t1", "w1", "operator", "2026-04-01/", 1000, status="ended")
    assert not kpi.running_on(ended_open, date(2026, 4, 10))  # its end is unknown
    paused = assignment("x", "c1", "t1", "w1", "operator", "2026-04-01/", 1000, status="paused")
    assert kpi.running_on(paused, date(2026, 4, 10))
