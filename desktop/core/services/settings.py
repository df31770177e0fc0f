"""Synced settings (suitability weights, pipeline thresholds, programme costs): one row a scope and
key, whose value is a JSON cell."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from desktop.core.models import Setting


def put_setting(session: Session, setting_id: str, scope_id: str, key: str, value: Any) -> None:
    """Store ``value`` in the setting ``setting_id``: created if missing, written only if it
    changed (so only a real change becomes a sync change), brought back if it was deleted."""
    row = session.get(Setting, setting_id)
    if row is None:
        session.add(Setting(id=setting_id, scope_id=scope_id, key=key, value=value))
        return
    if row.value != value:
        row.value = value
    if row.deleted:
        row.deleted = False
