"""Companies and their areas of work (部署・業務領域)."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.core import ids
from desktop.core.db import Database
from desktop.core.errors import NotFound
from desktop.core.models import Company, Department, Partner, Task
from desktop.core.validation import EMAIL, PHONE, Checker


@dataclass(frozen=True)
class CompanyData:
    """A company's profile. ``id`` is empty for one not created yet."""

    name: str
    id: str = ""
    partner_id: str | None = None
    name_kana: str = ""
    prefecture: str = ""
    municipality: str = ""
    industry: str = ""
    employees: int | None = None
    contact_person: str = ""
    phone: str = ""
    email: str = ""
    hourly_cost_yen: int | None = None
    outsource_rate_yen: int | None = None
    note: str = ""


@dataclass(frozen=True)
class CompanySummary:
    id: str
    name: str
    municipality: str
    task_count: int


@dataclass(frozen=True)
class DepartmentData:
    id: str
    company_id: str
    name: str
    position: int


_EDITABLE = [f.name for f in fields(CompanyData) if f.name not in ("id", "partner_id")]


def validate_company(data: CompanyData) -> None:
    """Raise :class:`ValidationError` listing every invalid field of ``data``."""
    check = Checker()
    check.text("name", data.name, 200, required=True)
    check.text("name_kana", data.name_kana, 200)
    check.text("prefecture", data.prefecture, 20)
    check.text("municipality", data.municipality, 100)
    check.text("industry", data.industry, 100)
    check.number("employees", data.employees, 0, 100_000)
    check.text("contact_person", data.contact_person, 100)
    check.text("phone", data.phone, 40)
    check.pattern("phone", data.phone, PHONE)
    check.text("email", data.email, 200)
    check.pattern("email", data.email, EMAIL)
    check.number("hourly_cost_yen", data.hourly_cost_yen, 0, 1_000_000)
    check.number("outsource_rate_yen", data.outsource_rate_yen, 0, 1_000_000)
    check.text("note", data.note, 10_000)
    check.raise_if_any()


def _normalised(data: CompanyData) -> CompanyData:
    stripped = {
        name: getattr(data, name).strip() for name in _EDITABLE if isinstance(getattr(data, name), str)
    }
    return replace(data, **stripped)


def _to_data(row: Company) -> CompanyData:
    return CompanyData(id=row.id, partner_id=row.partner_id, **{n: getattr(row, n) for n in _EDITABLE})


def _live_company(session: Session, company_id: str) -> Company:
    row = session.get(Company, company_id)
    if row is None or row.deleted:
        raise NotFound(company_id)
    return row


def create_company(db: Database, data: CompanyData) -> CompanyData:
    """Create a company; its id becomes its sync scope."""
    data = _normalised(data)
    validate_company(data)
    company_id = data.id or ids.new_id()
    with db.write() as session:
        if data.partner_id is not None and session.get(Partner, data.partner_id) is None:
            raise NotFound(data.partner_id)
        row = Company(id=company_id, scope_id=company_id, partner_id=data.partner_id)
        for name in _EDITABLE:
            setattr(row, name, getattr(data, name))
        session.add(row)
        session.flush()
        return _to_data(row)


def update_company(db: Database, data: CompanyData) -> CompanyData:
    """Save a company's profile; only fields that changed become sync changes."""
    data = _normalised(data)
    validate_company(data)
    with db.write() as session:
        row = _live_company(session, data.id)
        for name in _EDITABLE:
            if getattr(row, name) != getattr(data, name):
                setattr(row, name, getattr(data, name))
        session.flush()
        return _to_data(row)


def get_company(db: Database, company_id: str) -> CompanyData:
    with db.read() as session:
        return _to_data(_live_company(session, company_id))


def list_companies(db: Database) -> list[CompanySummary]:
    """Live companies by name, with their number of live tasks."""
    counts = (
        select(Task.company_id, func.count().label("n"))
        .where(Task.deleted.is_(False))
        .group_by(Task.company_id)
        .subquery()
    )
    query = (
        select(Company.id, Company.name, Company.municipality, func.coalesce(counts.c.n, 0))
        .outerjoin(counts, counts.c.company_id == Company.id)
        .where(Company.deleted.is_(False))
        .order_by(Company.name, Company.id)
    )
    with db.read() as session:
        return [CompanySummary(*row) for row in session.execute(query)]


def list_departments(db: Database, company_id: str) -> list[DepartmentData]:
    query = (
        select(Department)
        .where(Department.company_id == company_id, Department.deleted.is_(False))
        .order_by(Department.position, Department.name)
    )
    with db.read() as session:
        return [DepartmentData(d.id, d.company_id, d.name, d.position) for d in session.scalars(query)]


def _validate_department_name(name: str) -> str:
    check = Checker()
    check.text("name", name, 100, required=True)
    check.raise_if_any()
    return name.strip()


def create_department(db: Database, company_id: str, name: str) -> DepartmentData:
    """Add an area of work at the end of the company's list."""
    name = _validate_department_name(name)
    with db.write() as session:
        _live_company(session, company_id)
        last = session.scalar(
            select(func.max(Department.position)).where(Department.company_id == company_id)
        )
        row = Department(
            id=ids.new_id(), scope_id=company_id, company_id=company_id, name=name, position=(last or 0) + 1
        )
        session.add(row)
        session.flush()
        return DepartmentData(row.id, row.company_id, row.name, row.position)


def rename_department(db: Database, department_id: str, name: str) -> DepartmentData:
    name = _validate_department_name(name)
    with db.write() as session:
        row = session.get(Department, department_id)
        if row is None or row.deleted:
            raise NotFound(department_id)
        row.name = name
        session.flush()
        return DepartmentData(row.id, row.company_id, row.name, row.position)


def set_department_deleted(db: Database, department_id: str, deleted: bool) -> None:
    """Tombstone (or restore) an area of work; its tasks keep their data and show no area."""
    with db.write() as session:
        row = session.get(Department, department_id)
        if row is None:
            raise NotFound(department_id)
        row.deleted = deleted
