"""What a task is as lists and forms show it, free of the database layer: the window's first view
(:mod:`desktop.core.first_view`) builds these rows before SQLAlchemy is even imported."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

from desktop.core import inventory
from desktop.core.inventory import Frequency


@dataclass(frozen=True)
class TaskFields:
    """Everything a user edits about a task (the inventory columns)."""

    name: str
    department_id: str | None = None
    description: str = ""
    frequency: str = "1/month"
    minutes_per_occurrence: int = 30
    performer: str = ""
    skills: str = ""
    tools: str = ""
    medium: str = "digital"
    onsite: str = "none"
    confidentiality: str = "internal"
    personal_data: bool = False
    single_person: bool = False
    documented: str = "none"
    seasonality: str = "none"
    deadline: str = "days"
    ecrs_decision: str = "undecided"
    ecrs_note: str = ""
    ecrs_saved_minutes: int = 0
    template_key: str = ""
    suitability_override: dict[str, Any] | None = None
    status: str = "active"
    note: str = ""


FIELD_NAMES = tuple(f.name for f in fields(TaskFields))


@dataclass(frozen=True)
class TaskRow:
    """A task as lists and forms show it."""

    id: str
    company_id: str
    company_name: str
    department_name: str
    fields: TaskFields
    deleted: bool = False

    @property
    def monthly_hours(self) -> float:
        return inventory.monthly_hours(
            Frequency.parse(self.fields.frequency), self.fields.minutes_per_occurrence
        )
