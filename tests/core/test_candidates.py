"""Outsourcing candidates report: hours and yen per category by hand, missing rates, prerequisites."""

from __future__ import annotations

from dataclasses import replace

import pytest

from desktop.core.db import Database
from desktop.core.errors import NotFound
from desktop.core.models import Company, Task
from desktop.core.services.companies import CompanyData, create_company
from desktop.core.services.suitability import candidates
from desktop.core.services.tasks import TaskFields, create_task, get_task, update_task

BOOKKEEPING = TaskFields(  # 20 working days x 30 min = 10 h a month; suitable
    name="記帳", frequency="1/day", minutes_per_occurrence=30, medium="digital", documented="full"
)
TEA_PICKING = TaskFields(  # 2 x 180 min = 6 h a month; on site: internal
    name="茶摘み", frequency="2/month", minutes_per_occurrence=180, onsite="required"
)
PAPER_INVOICES = TaskFields(  # 1 h a month; conditional
    name="紙の請求書整理",
    frequency="1/month",
    minutes_per_occurrence=60,
    medium="paper",
    documented="none",
    single_person=True,
)
FAX = TaskFields(  # 0.5 h a month; to be eliminated
    name="FAXの一斉送信", frequency="1/month", minutes_per_occurrence=30, ecrs_decision="eliminate"
)


def _company(db: Database, cost: int | None, rate: int | None) -> tuple[str, dict[str, str]]:
    company = create_company(db, CompanyData(name="山里茶園", hourly_cost_yen=cost))
    tasks = {
        t.name: create_task(db, company.id, t).id for t in (BOOKKEEPING, TEA_PICKING, PAPER_INVOICES, FAX)
    }
    with db.write() as session:
        row = session.get(Company, company.id)
        assert row is not None
        row.outsource_rate_yen = rate
        for name, minutes in (("記帳", 90), ("FAXの一斉送信", 30)):
            task = session.get(Task, tasks[name])
            assert task is not None
            task.ecrs_saved_minutes = minutes
        # A draft that came in through sync without its minutes: flagged, never scored as 0 hours.
        draft = Task(id="draft", scope_id=company.id, company_id=company.id, name="下書き")
        draft.minutes_per_occurrence = 0
        session.add(draft)
    return company.id, tasks


def test_totals_and_yen_per_category_match_a_hand_calculation(db: Database) -> None:
    company_id, _ = _company(db, cost=2000, rate=1500)
    report = candidates(db, company_id)
    assert report.missing == ()
    by_name = {c.row.fields.name: c for c in report.items}
    assert {n: c.category for n, c in by_name.items()} == {
        "記帳": "suitable",
        "茶摘み": "internal",
        "紙の請求書整理": "conditional",
        "FAXの一斉送信": "eliminate",
        "下書き": "incomplete",
    }
    assert by_name["下書き"].monthly_hours is None and by_name["下書き"].internal_yen is None
    assert by_name["記帳"].monthly_hours == pytest.approx(10)
    assert (by_name["記帳"].internal_yen, by_name["記帳"].outsourced_yen) == (20_000, 15_000)

    expected = {  # category: (tasks, tasks without hours, hours, internal yen, outsourced yen)
        "suitable": (1, 0, 10.0, 20_000, 15_000),
        "conditional": (1, 0, 1.0, 2_000, 1_500),
        "internal": (1, 0, 6.0, 12_000, 9_000),
        "incomplete": (1, 1, 0.0, 0, 0),
        "eliminate": (1, 0, 0.5, 1_000, 750),
        "discontinued": (0, 0, 0.0, 0, 0),
    }
    for category, (count, unknown, hours, internal, outsourced) in expected.items():
        total = report.total(category)
        assert (total.tasks, total.unknown_hours) == (count, unknown)
        assert (total.internal_yen, total.outsourced_yen) == (internal, outsourced)
        assert total.hours == pytest.approx(hours)
    assert (report.candidates.tasks, report.candidates.hours) == (2, pytest.approx(11.0))
    assert (report.candidates.internal_yen, report.candidates.outsourced_yen) == (22_000, 16_500)
    assert report.ecrs_saved_hours == pytest.approx(2.0)  # (90 + 30) minutes a month
    assert report.ecrs_saved_yen == 4_000

    needs = {n.code: [(t.name, t.hours) for t in n.tasks] for n in report.prerequisites}
    assert needs == {
        "digitise": [("紙の請求書整理", 1.0)],
        "write_procedure": [("紙の請求書整理", 1.0)],
        "share_knowledge": [("紙の請求書整理", 1.0)],
    }


def test_missing_rates_give_not_enough_data_never_zero(db: Database) -> None:
    company_id, _ = _company(db, cost=None, rate=None)
    report = candidates(db, company_id)
    assert report.missing == ("hourly_cost_yen", "outsource_rate_yen")
    assert report.candidates.hours == pytest.approx(11.0)
    assert report.candidates.internal_yen is None and report.candidates.outsourced_yen is None
    assert all(c.internal_yen is None and c.outsourced_yen is None for c in report.items)
    assert report.ecrs_saved_yen is None


def test_only_the_outsourced_rate_missing(db: Database) -> None:
    company_id, _ = _company(db, cost=1800, rate=None)
    report = candidates(db, company_id)
    assert report.missing == ("outsource_rate_yen",)
    assert report.total("suitable").internal_yen == 18_000
    assert report.total("suitable").outsourced_yen is None


def test_an_override_moves_a_task_between_categories(db: Database) -> None:
    company_id, tasks = _company(db, cost=2000, rate=1500)
    row = get_task(db, tasks["紙の請求書整理"])
    override = {"category": "internal", "reason": "取引先の事情で社内に残す"}
    update_task(db, row.id, replace(row.fields, suitability_override=override))
    report = candidates(db, company_id)
    assert report.total("conditional").tasks == 0
    assert report.total("internal").hours == pytest.approx(7.0)
    assert report.prerequisites == ()  # no candidate waits for anything any more
    item = next(c for c in report.items if c.row.id == row.id)
    assert item.effective.computed == "conditional" and item.effective.overridden


def test_unknown_company_is_not_found(db: Database) -> None:
    with pytest.raises(NotFound):
        candidates(db, "nope")
