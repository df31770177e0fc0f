"""A KPI report asked for again is reused only while nothing was committed to the file."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from desktop.core import demo
from desktop.core.db import Database, open_database
from desktop.core.kpi import MonthRange
from desktop.core.services.companies import CompanyData, create_company, get_company, update_company
from desktop.core.services.kpi import kpi_report

YEAR = MonthRange.fiscal_year(2026)
TODAY = date(2026, 11, 26)


def _names(db: Database) -> list[str]:
    return sorted(name for _id, name in kpi_report(db, YEAR, None, TODAY).companies)


def test_the_same_question_with_nothing_committed_is_the_same_report(db: Database) -> None:
    demo.load_small(db)
    first = kpi_report(db, YEAR, None, TODAY)
    assert kpi_report(db, YEAR, None, TODAY) is first
    assert kpi_report(db, YEAR, None, date(2026, 11, 27)) is not first  # another day: built again
    assert kpi_report(db, MonthRange.fiscal_year(2025), None, TODAY) is not first


def test_a_write_of_this_app_is_seen_at_once(db: Database) -> None:
    demo.load_small(db)
    before = _names(db)
    create_company(db, CompanyData(name="龍の里"))
    assert _names(db) == sorted([*before, "龍の里"])


def test_a_write_by_another_program_is_seen_too(db: Database) -> None:
    """E.g. the command line importing while the window is open: another connection entirely."""
    demo.load_small(db)
    company_id = kpi_report(db, YEAR, None, TODAY).companies[0][0]
    _names(db)
    other = open_database(db.path)
    try:
        update_company(other, replace(get_company(other, company_id), name="改名した会社"))
    finally:
        other.close()
    assert "改名した会社" in _names(db)


def test_another_open_of_the_same_file_never_reuses_a_report(db: Database) -> None:
    """After a restore the file is reopened: its reports are built from the restored data."""
    demo.load_small(db)
    report = kpi_report(db, YEAR, None, TODAY)
    again = open_database(db.path)
    try:
        assert again.instance != db.instance
        assert kpi_report(again, YEAR, None, TODAY) is not report
        assert kpi_report(again, YEAR, None, TODAY) == report  # same data, same figures
    finally:
        again.close()
