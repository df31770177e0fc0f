"""The schema revision this app writes, known without importing SQLAlchemy or Alembic."""

from __future__ import annotations

# The newest migration. Known without importing Alembic, so opening an up-to-date database (every
# start but the first after an update) costs no Alembic import; a test checks it is Alembic's head.
HEAD_REVISION = "0004"
# Sync schema version carried by every change, per Alembic revision. A new migration that changes
# synced columns adds a row here; tests check the head revision has one.
SCHEMA_VERSIONS: dict[str, int] = {"0001": 1, "0002": 2, "0003": 3, "0004": 4}
