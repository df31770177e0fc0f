"""Partners and companies: the scopes devices sync."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core import ids
from server.core.security import new_bundle_key
from server.crud.common import insert_missing, now_ms
from server.models import Company, Device, Partner, ScopeSeq

COMPANY = "company"
PARTNER = "partner"


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


def scope_names(session: Session) -> dict[str, str]:
    """Every scope id with its name (for listings)."""
    names = {p.id: p.name for p in session.scalars(select(Partner))}
    names.update({c.id: c.name for c in session.scalars(select(Company))})
    return names
