"""The partner whose pool this database holds (a partner's laptop), if any.

An owner's PC holds only its company's scope: no partner row, so no worker pool."""

from __future__ import annotations

from sqlalchemy import select

from desktop.core.db import Database
from desktop.core.models import Partner


def current_partner_id(db: Database) -> str | None:
    """The id (and pool scope) of the live partner in this database; None on an owner's PC.
    With several partners (rare: a shared test database) the first by name is taken."""
    with db.read() as session:
        query = select(Partner.id).where(Partner.deleted.is_(False)).order_by(Partner.name, Partner.id)
        return session.scalars(query.limit(1)).first()
