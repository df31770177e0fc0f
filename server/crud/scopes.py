"""Partners and companies: the scopes devices sync."""

from __future__ import annotations

from dataclasses import dataclass
from typing import cast

from sqlalchemy import Executable, Table, bindparam, literal, select, union_all
from sqlalchemy.orm import Session

from desktop.core import ids
from server.core.security import new_bundle_key
from server.crud.common import insert_missing, now_ms
from server.models import Company, Device, Partner, ScopeSeq

COMPANY = "company"
PARTNER = "partner"
COMPANY_TABLE = cast(Table, Company.__table__)
PARTNER_TABLE = cast(Table, Partner.__table__)
# A device's scope ids and kinds, by the device's kind. The companies' foreign key names their
# partner: without the partner row there are none.
SCOPE_KINDS: dict[str, Executable] = {
    COMPANY: select(COMPANY_TABLE.c.id, literal(COMPANY)).where(COMPANY_TABLE.c.id == bindparam("scope_id")),
    PARTNER: union_all(
        select(PARTNER_TABLE.c.id, literal(PARTNER)).where(PARTNER_TABLE.c.id == bindparam("scope_id")),
        select(COMPANY_TABLE.c.id, literal(COMPANY)).where(
            COMPANY_TABLE.c.partner_id == bindparam("scope_id")
        ),
    ),
}


@dataclass(frozen=True)
class Scope:
    id: str
    kind: str  # "company" | "partner"
    name: str
    bundle_key: str


class ScopeError(Exception):
    """A partner or company cannot be created as asked (the message says why)."""


def create_partner(session: Session, name: str, partner_id: str | None = None) -> Partner:
    partner_id = partner_id or ids.new_id()
    if find_scope(session, partner_id) is not None:
        raise ScopeError(f"the id {partner_id} is already in use")
    partner = Partner(id=partner_id, name=name, bundle_key=new_bundle_key(), created_ms=now_ms())
    session.add(partner)
    session.flush()
    insert_missing(session, ScopeSeq, [{"scope_id": partner_id, "last_seq": 0}])
    return partner


def create_company(session: Session, name: str, partner_id: str, company_id: str | None = None) -> Company:
    if session.get(Partner, partner_id) is None:
        raise ScopeError(f"no partner with id {partner_id}")
    company_id = company_id or ids.new_id()
    if find_scope(session, company_id) is not None:
        raise ScopeError(f"the id {company_id} is already in use")
    company = Company(
        id=company_id, partner_id=partner_id, name=name, bundle_key=new_bundle_key(), created_ms=now_ms()
    )
    session.add(company)
    session.flush()
    insert_missing(session, ScopeSeq, [{"scope_id": company_id, "last_seq": 0}])
    return company


def find_scope(session: Session, scope_id: str) -> Scope | None:
    """The company or partner with this id."""
    company = session.get(Company, scope_id)
    if company is not None:
        return Scope(company.id, COMPANY, company.name, company.bundle_key)
    partner = session.get(Partner, scope_id)
    if partner is not None:
        return Scope(partner.id, PARTNER, partner.name, partner.bundle_key)
    return None


def scopes_of(session: Session, device: Device) -> list[Scope]:
    """A device's scopes, primary scope first. A partner's companies are looked up now, so
    companies created after enrolment are included."""
    primary = find_scope(session, device.scope_id)
    if primary is None or primary.kind != device.kind:
        return []
    if device.kind == COMPANY:
        return [primary]
    companies = session.scalars(
        select(Company).where(Company.partner_id == device.scope_id).order_by(Company.id)
    )
    return [primary, *(Scope(c.id, COMPANY, c.name, c.bundle_key) for c in companies)]


def scope_kinds(session: Session, device: Device) -> dict[str, str]:
    """The ids of a device's scopes with their kinds, as :func:`scopes_of` finds them, in one query
    (what a push needs: no names, no keys, no ORM objects)."""
    stmt = SCOPE_KINDS.get(device.kind)
    if stmt is None:
        return {}
    rows = session.connection().execute(stmt, {"scope_id": device.scope_id})
    return {scope_id: kind for scope_id, kind in rows}


def scope_names(session: Session) -> dict[str, str]:
    """Every scope id with its name (for listings)."""
    names = {p.id: p.name for p in session.scalars(select(Partner))}
    names.update({c.id: c.name for c in session.scalars(select(Company))})
    return names
