"""Alembic environment: always run on a connection handed in by :mod:`desktop.core.db`."""

from __future__ import annotations

from alembic import context

from desktop.core.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through desktop.core.db.open_database")

context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
