"""Which tables and cells sync, per sync schema version (shared by the app and the server)."""

from __future__ import annotations

from desktop.core.models import SYNCED_MODELS

# Cells of each synced table (every column but the primary key; scope_id travels with each change).
CELLS: dict[str, frozenset[str]] = {
    model.__table__.name: frozenset(c.name for c in model.__table__.columns) - {"id", "scope_id"}  # type: ignore[attr-defined]
    for model in SYNCED_MODELS
}

# Tables a client of each schema version knows. Version 2 added the conflict table; version 3 the
# setting table (and new cells of company and task, which older clients keep in their stash); version 4
# the worker pool, assignments, worker cards and time entries.
TABLES_BY_VERSION: dict[int, frozenset[str]] = {
    1: frozenset({"partner", "company", "department", "task", "task_step"}),
    2: frozenset({"partner", "company", "department", "task", "task_step", "conflict"}),
    3: frozenset({"partner", "company", "department", "task", "task_step", "conflict", "setting"}),
    4: frozenset(CELLS),
}
SUPPORTED_VERSIONS = frozenset(TABLES_BY_VERSION)
MIN_VERSION = min(SUPPORTED_VERSIONS)

# Order in which rows can be created: parents before children.
TABLE_ORDER: tuple[str, ...] = tuple(model.__table__.name for model in SYNCED_MODELS)  # type: ignore[attr-defined]


def is_known(version: int, tbl: str, col: str) -> bool:
    """Whether a client of ``version`` may write cell ``tbl.col``."""
    return tbl in TABLES_BY_VERSION.get(version, frozenset()) and col in CELLS.get(tbl, frozenset())
