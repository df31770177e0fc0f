"""Outsourcing candidates (外注・テレワーク候補) of a company, and the suitability weights settings.

The weights are a synced :class:`~desktop.core.models.Setting` with key ``suitability_weights``:
the company's setting overrides its partner's, which overrides :data:`DEFAULT_WEIGHTS`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core import ids
from desktop.core.db import Database
from desktop.core.errors import FieldError, NotFound, ValidationError
from desktop.core.models import Company, Setting, Task
from desktop.core.services.settings import put_setting
from desktop.core.services.tasks import TaskRow, list_tasks
from desktop.core.suitability import (
    CANDIDATE_CATEGORIES,
    CATEGORIES,
    DEFAULT_WEIGHTS,
    PREREQUISITES,
    EffectiveCategory,
    Suitability,
    Weights,
    effective_category,
    score,
    weight_error,
)

WEIGHTS_KEY = "suitability_weights"


def weights_setting_id(scope_id: str) -> str:
    """The id of a scope's weights setting (derived, so two devices setting it make one row)."""
    return ids.derived_id("setting", scope_id, WEIGHTS_KEY)


def _setting_value(session: Session, scope_id: str) -> object:
    row = session.get(Setting, weights_setting_id(scope_id))
    return None if row is None or row.deleted else row.value


def _live_company(session: Session, company_id: str) -> Company:
    company = session.get(Company, company_id)
    if company is None or company.deleted:
        raise NotFound(company_id)
    return company


def _weights(session: Session, company: Company) -> Weights:
    weights = DEFAULT_WEIGHTS
    if company.partner_id:
        weights = weights.merged(_setting_value(session, company.partner_id))
    return weights.merged(_setting_value(session, company.id))


def load_weights(db: Database, company_id: str) -> Weights:
    """The weights that score ``company_id``'s tasks: company setting > partner setting > defaults.

    Unknown keys are ignored and a bad value falls back to the layer below for that key.
    """
    with db.read() as session:
        return _weights(session, _live_company(session, company_id))


def save_weights(db: Database, scope_id: str, weights: Weights) -> None:
    """Store ``weights`` for a scope (a company id, or a partner id for all its companies)."""
    value = weights.to_json()
    errors = [FieldError(k, code) for k, v in value.items() if (code := weight_error(k, v)) is not None]
    if weights.internal_below > weights.suitable_from:
        errors.append(FieldError("internal_below", "out_of_range"))
    if errors:
        raise ValidationError(errors)
    setting_id = weights_setting_id(scope_id)
    with db.write() as session:
        put_setting(session, setting_id, scope_id, WEIGHTS_KEY, value)


# --- candidates ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Candidate:
    """One task with its score, the category that counts, and its monthly hours and yen.

    ``monthly_hours`` is None for an incomplete task; a yen figure is None when the rate is missing.
    """

    row: TaskRow
    suitability: Suitability
    effective: EffectiveCategory
    monthly_hours: float | None
    internal_yen: int | None
    outsourced_yen: int | None
    ecrs_saved_hours: float

    @property
    def category(self) -> str:
        return self.effective.category


@dataclass(frozen=True)
class CategoryTotal:
    """Tasks and monthly hours (and yen a month) of one effective category.

    ``unknown_hours`` counts its tasks whose hours are unknown (incomplete), left out of ``hours``.
    """

    category: str
    tasks: int
    hours: float
    internal_yen: int | None
    outsourced_yen: int | None
    unknown_hours: int = 0


@dataclass(frozen=True)
class PrerequisiteTask:
    task_id: str
    name: str
    hours: float | None


@dataclass(frozen=True)
class PrerequisiteNeed:
    """One thing that must happen first (a prerequisite code) and the candidate tasks waiting on it."""

    code: str
    tasks: tuple[PrerequisiteTask, ...]

    @property
    def hours(self) -> float:
        return sum(t.hours or 0.0 for t in self.tasks)


@dataclass(frozen=True)
class CandidateReport:
    """A company's outsourcing candidates as plain data.

    ``missing`` names the company fields the yen figures need ("hourly_cost_yen",
    "outsource_rate_yen"): a yen figure that cannot be computed is None, never 0.
    """

    company_id: str
    company_name: str
    hourly_cost_yen: int | None
    outsource_rate_yen: int | None
    weights: Weights
    items: tuple[Candidate, ...]
    totals: tuple[CategoryTotal, ...]
    candidates: CategoryTotal
    ecrs_saved_hours: float
    ecrs_saved_yen: int | None
    prerequisites: tuple[PrerequisiteNeed, ...]
    missing: tuple[str, ...]

    def total(self, category: str) -> CategoryTotal:
        return next(t for t in self.totals if t.category == category)


def _yen(hours: float | None, rate: int | None) -> int | None:
    return None if hours is None or rate is None else round(hours * rate)


def _total(category: str, items: Iterable[Candidate], cost: int | None, rate: int | None) -> CategoryTotal:
    chosen = list(items)
    hours = sum(c.monthly_hours or 0.0 for c in chosen)
    unknown = sum(c.monthly_hours is None for c in chosen)
    return CategoryTotal(category, len(chosen), hours, _yen(hours, cost), _yen(hours, rate), unknown)


def candidates(db: Database, company_id: str) -> CandidateReport:
    """Every live task of the company scored, with totals per category, yen, ECRS savings and
    what must happen first (prerequisite -> candidate tasks needing it)."""
    with db.read() as session:
        company = _live_company(session, company_id)
        weights = _weights(session, company)
        name, cost, rate = company.name, company.hourly_cost_yen, company.outsource_rate_yen
        saved_query = select(Task.id, Task.ecrs_saved_minutes).where(Task.company_id == company_id)
        saved_minutes = {task_id: minutes or 0 for task_id, minutes in session.execute(saved_query)}
    items = []
    for row in list_tasks(db, company_id):
        result = score(row.fields, weights)
        hours = None if result.missing else row.monthly_hours
        items.append(
            Candidate(
                row=row,
                suitability=result,
                effective=effective_category(row.fields, result),
                monthly_hours=hours,
                internal_yen=_yen(hours, cost),
                outsourced_yen=_yen(hours, rate),
                ecrs_saved_hours=saved_minutes.get(row.id, 0) / 60,
            )
        )
    totals = tuple(_total(c, (i for i in items if i.category == c), cost, rate) for c in CATEGORIES)
    chosen = [i for i in items if i.category in CANDIDATE_CATEGORIES]
    needs = tuple(
        PrerequisiteNeed(
            code,
            tuple(
                PrerequisiteTask(i.row.id, i.row.fields.name, i.monthly_hours)
                for i in chosen
                if code in i.suitability.prerequisites
            ),
        )
        for code in PREREQUISITES
    )
    saved_hours = sum(i.ecrs_saved_hours for i in items)
    missing = tuple(k for k, v in (("hourly_cost_yen", cost), ("outsource_rate_yen", rate)) if v is None)
    return CandidateReport(
        company_id=company_id,
        company_name=name,
        hourly_cost_yen=cost,
        outsource_rate_yen=rate,
        weights=weights,
        items=tuple(items),
        totals=totals,
        candidates=_total("candidates", chosen, cost, rate),
        ecrs_saved_hours=saved_hours,
        ecrs_saved_yen=_yen(saved_hours, cost),
        prerequisites=tuple(n for n in needs if n.tasks),
        missing=missing,
    )
