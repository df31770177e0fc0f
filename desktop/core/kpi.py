"""The value dashboard's KPIs as pure functions: economic and social value side by side.

Everything here works on plain facts (:class:`KpiInputs`) that :mod:`desktop.core.services.kpi`
loads from the database; nothing here reads the database. Each figure is a :class:`Figure` with
its value, the codes of what is missing when it cannot be computed (``value`` None: "not enough
data", never 0 for unknown) or was computed from part of the data (``partial``), and the rows
behind it (:class:`Evidence`) for the drill-down. The definition of every figure, its formula and
its rules are in ``docs/kpi.md``; the constants below are the choices it explains.

Periods are whole months (:class:`MonthRange`). State figures (local jobs, retention) are taken
"as of" the period's last day, or today when the period has not ended yet; hours count up to that
day, and monthly averages divide by the part of the period elapsed by then (in months).
"""

from __future__ import annotations

import calendar
import functools
import re
import statistics
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from desktop.core import inventory
from desktop.core.suitability import CANDIDATE_CATEGORIES
from desktop.core.workforce import Period

ECONOMIC = "economic"
SOCIAL = "social"

ECONOMIC_KEYS = (
    "inventoried_hours",
    "ecrs_saved_hours",
    "outsourceable_hours",
    "outsourced_hours",
    "internal_cost_yen",
    "outsourced_cost_yen",
    "monthly_saving_yen",
    "roi",
    "yen_paid_local",
    "yen_earned_from_outside",
)
SOCIAL_KEYS = (
    "local_jobs",
    "workers_by_kind",
    "trainees_paid_within_90_rate",
    "trainees_paid_median_days",
    "retention_90",
    "retention_180",
    "procedures_written",
    "companies_engaged",
)
KEYS = ECONOMIC_KEYS + SOCIAL_KEYS

MAX_MONTHS = 120
"""The longest period a report covers (ten years)."""
LOCAL_JOB_MIN_HOURS = 10
"""Planned hours a month (over the worker's running operator assignments) that count as regular work."""
PAID_GOAL_DAYS = 90
"""Days from the end of the course by which a trainee should have paid work (DESIGN section 1)."""
RETENTION_MARKS = (90, 180)
ACTIVE_WINDOW_DAYS = 30
"""Hours recorded in the last this-many days up to a retention mark count as still working."""
PROCEDURE_MIN_STEPS = 3
"""Shareable (not internal-only) procedure steps that make a procedure "written"."""
OUTSIDE_KINDS = ("local", "urban")
"""Kinds of worker whose hours are outsourced work; "staff" (社内) is the company's own people."""
LOCAL = "local"
STAFF = "staff"
OPERATOR = "operator"
IMPROVEMENTS = tuple(code for code in inventory.ECRS if code not in ("undecided", "keep"))
"""ECRS decisions that change the work; only they save hours."""
DISCONTINUED = "discontinued"

# --- periods ------------------------------------------------------------------------------------

_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")


def _month_end(day: date) -> date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def _next_month(first: date) -> date:
    return date(first.year + first.month // 12, first.month % 12 + 1, 1)


def _parse_month(text: str) -> date:
    match = _MONTH.match(text.strip())
    if match is None:
        raise ValueError(f"not a month (YYYY-MM): {text!r}")
    year, month = int(match.group(1)), int(match.group(2))
    if not 1 <= month <= 12 or year < 1900:
        raise ValueError(f"not a month (YYYY-MM): {text!r}")
    return date(year, month, 1)


def fiscal_year_of(day: date) -> int:
    """The Japanese fiscal year (年度, April to March) a day lies in: 2027-03-31 → 2026."""
    return day.year if day.month >= 4 else day.year - 1


@dataclass(frozen=True)
class MonthRange:
    """A period of whole months, e.g. fiscal year 2026 = 2026-04..2027-03.

    ``first`` is the first day of the first month, ``last`` the last day of the last month;
    anything else (or more than :data:`MAX_MONTHS` months) is a ValueError.
    """

    first: date
    last: date

    def __post_init__(self) -> None:
        if self.first.day != 1:
            raise ValueError(f"a period starts on the first of a month, not {self.first}")
        if self.last != _month_end(self.last):
            raise ValueError(f"a period ends on the last day of a month, not {self.last}")
        if self.last < self.first:
            raise ValueError("a period cannot end before it starts")
        count = (self.last.year - self.first.year) * 12 + self.last.month - self.first.month + 1
        if count > MAX_MONTHS:
            raise ValueError(f"a period has at most {MAX_MONTHS} months")

    @classmethod
    def parse(cls, text: str) -> MonthRange:
        """``"2026-04..2027-03"`` or one month ``"2026-04"`` (full-width digits and spaces are
        fine); ValueError on anything else, including an end before the start."""
        raw = unicodedata.normalize("NFKC", text).strip()
        start, sep, end = raw.partition("..")
        first = _parse_month(start)
        last_month = _parse_month(end) if sep else first
        return cls(first, _month_end(last_month))

    @classmethod
    def fiscal_year(cls, year: int) -> MonthRange:
        """The Japanese fiscal year (年度) ``year``: April ``year`` to March ``year + 1``."""
        return cls(date(year, 4, 1), date(year + 1, 3, 31))

    def months(self) -> list[date]:
        """The first day of each month, in order."""
        out: list[date] = []
        month = self.first
        while month <= self.last:
            out.append(month)
            month = _next_month(month)
        return out

    def contains(self, day: date) -> bool:
        return self.first <= day <= self.last

    def __str__(self) -> str:
        return f"{self.first:%Y-%m}..{self.last:%Y-%m}"


def elapsed_months(period: MonthRange, as_of: date) -> float:
    """How many months of ``period`` have passed by ``as_of`` (included): whole months, plus the
    elapsed share of ``as_of``'s month (its day ÷ the days of that month). 0 before the period."""
    total = 0.0
    for month in period.months():
        end = _month_end(month)
        if end <= as_of:
            total += 1.0
        elif month <= as_of:
            total += as_of.day / end.day
    return total


# --- results --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Evidence:
    """One row behind a figure (the drill-down).

    ``kind`` is "task", "assignment", "worker", "company", "kind" (``id``: a worker kind code) or
    "cost" (``id``: "training", "setup", "other" or "saving"); ``value`` is its contribution in
    the figure's unit (None: this row lacks an input, see the figure's ``missing``)."""

    kind: str
    id: str
    label: str
    value: float | None
    detail: str = ""


@dataclass(frozen=True)
class Figure:
    """One KPI. ``value`` None = not enough data, with ``missing`` saying what; ``partial`` = computed
    from the rows that had their inputs, ``missing`` saying what the others lacked."""

    key: str
    group: str
    unit: str
    value: float | None
    missing: tuple[str, ...]
    evidence: tuple[Evidence, ...]
    partial: bool = False


@dataclass(frozen=True)
class MonthPoint:
    """One month of the trend: hours of outside workers (not staff), yen paid for them, the part
    paid to local workers, and local workers who recorded hours. Yen is None for a month after
    the report's as-of day, or when hours were recorded but no rate is known."""

    month: date
    hours_outsourced: float
    yen_paid: float | None
    yen_paid_local: float | None
    local_workers_active: int


@dataclass(frozen=True)
class CompanyFigures:
    """A few figures of one company (partner view)."""

    company_id: str
    name: str
    inventoried_hours: float | None
    outsourced_hours: float | None
    monthly_saving_yen: float | None
    local_workers: int


@dataclass(frozen=True)
class KpiReport:
    period: MonthRange
    scope: str
    company_id: str | None
    companies: tuple[tuple[str, str], ...]
    figures: tuple[Figure, ...]
    trend: tuple[MonthPoint, ...]
    per_company: tuple[CompanyFigures, ...]
    as_of: date | None = None

    def figure(self, key: str) -> Figure:
        """The figure ``key``; KeyError when there is none."""
        for figure in self.figures:
            if figure.key == key:
                return figure
        raise KeyError(key)


@dataclass(frozen=True)
class ProgramCosts:
    """What the programme costs, for the ROI; None = not set. Stored as a synced setting."""

    training_yen_per_trainee: int | None = None
    setup_yen_per_company: int | None = None
    other_yen: int | None = None

    @property
    def is_set(self) -> bool:
        return any(
            v is not None for v in (self.training_yen_per_trainee, self.setup_yen_per_company, self.other_yen)
        )


# --- inputs ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CompanyFacts:
    id: str
    name: str
    municipality: str = ""
    prefecture: str = ""
    hourly_cost_yen: int | None = None
    outsource_rate_yen: int | None = None


@dataclass(frozen=True)
class TaskFacts:
    """A live task. ``monthly_hours`` None: its minutes or frequency are not usable; ``category``:
    the effective suitability category (owner's override, else computed)."""

    id: str
    company_id: str
    name: str
    monthly_hours: float | None
    category: str
    status: str = "active"
    ecrs_decision: str = "undecided"
    ecrs_saved_minutes: int = 0
    single_person: bool = False
    documented: str = "none"
    shareable_steps: int = 0


@dataclass(frozen=True)
class AssignmentFacts:
    """A live assignment of a live task. ``rate_yen`` None or < 1: no usable rate; ``period`` None:
    a malformed cell."""

    id: str
    company_id: str
    task_id: str
    task_name: str
    worker_id: str
    role: str
    period: Period | None
    rate_yen: int | None
    planned_hours: int
    status: str


@dataclass(frozen=True)
class WorkerFacts:
    """What is known of a worker: from the partner's pool, else from the company's worker card.
    ``municipality`` None: unknown here (an owner's PC has no pool); "" = not filled in."""

    id: str
    name: str
    kind: str
    municipality: str | None = None


@dataclass(frozen=True)
class TraineeFacts:
    """A worker of the pool with training stages: when the course started and ended, when paid
    work (the first paid stage) began, and the period of the "regular" stage, if any."""

    worker_id: str
    name: str
    course_start: date | None
    course_end: date | None
    paid_on: date | None
    regular: Period | None = None


@dataclass(frozen=True)
class KpiInputs:
    """Everything the KPIs of one scope need, as plain facts.

    ``minutes`` maps (assignment id, first day of a month) to the minutes the assignment's days of
    that month are worth (correction chains resolved), for every month with at least one time
    entry up to the as-of day (a month whose entries add up to 0 is present with 0).
    ``worked_days`` maps an assignment id to days with hours; it must hold at least the days inside
    the windows :func:`retention_windows` asks for. ``trainees`` is None where the partner's pool
    is not on this PC (an owner's PC); then ``pool`` is False and worker municipalities are unknown.
    """

    scope: str
    company_id: str | None
    companies: tuple[CompanyFacts, ...]
    tasks: tuple[TaskFacts, ...]
    assignments: tuple[AssignmentFacts, ...]
    workers: Mapping[str, WorkerFacts]
    minutes: Mapping[tuple[str, date], int]
    worked_days: Mapping[str, frozenset[date]] = field(default_factory=dict)
    trainees: tuple[TraineeFacts, ...] | None = None
    costs: ProgramCosts | None = None

    @property
    def pool(self) -> bool:
        return self.trainees is not None


# --- helpers --------------------------------------------------------------------------------------


def as_of_day(period: MonthRange, today: date) -> date:
    """The day state figures are taken on: the period's last day, or today if that is earlier."""
    return min(period.last, today)


def running_on(a: AssignmentFacts, day: date) -> bool:
    """Whether an assignment was running on ``day``: started (not "planned"), its period contains
    the day, and not "ended" with an open end (its end date is then unknown)."""
    if a.status == "planned" or a.period is None or not a.period.contains(day):
        return False
    return not (a.status == "ended" and a.period.end is None)


def _overlaps(a: AssignmentFacts, first: date, last: date) -> bool:
    if a.status == "planned" or a.period is None:
        return False
    return a.period.start <= last and (a.period.end is None or a.period.end >= first)


def _rate(a: AssignmentFacts) -> int | None:
    return a.rate_yen if a.rate_yen is not None and a.rate_yen >= 1 else None


@functools.lru_cache(maxsize=1024)  # rates and costs repeat across thousands of rows
def _yen(value: float) -> str:
    return f"¥{round(value):,}"


def _hours(value: float) -> str:
    return f"{value:,.1f}h"


_PREFECTURE = re.compile(r"^(北海道|東京都|京都府|大阪府|\S{2,3}県)")


@functools.lru_cache(maxsize=4096)
def _place(text: str) -> tuple[str, str]:
    """A place split into its leading prefecture (or "") and the rest, spaces removed (NFKC)."""
    key = re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))
    match = _PREFECTURE.match(key)
    return (match.group(1), key[match.end() :]) if match else ("", key)


def same_municipality(worker_place: str, company: CompanyFacts) -> bool:
    """Whether a worker living in ``worker_place`` (e.g. "榛原郡川根本町千頭" or
    "静岡県榛原郡川根本町") lives in the company's municipality: prefectures (when both are known)
    agree, and without them one place names a part of the other (a district of the town)."""
    worker_prefecture, worker = _place(worker_place)
    town_prefecture, town = _place(company.municipality)
    town_prefecture = town_prefecture or _place(company.prefecture)[0]
    if worker_prefecture and town_prefecture and worker_prefecture != town_prefecture:
        return False
    if not worker or not town:
        return False
    return worker.startswith(town) or town.startswith(worker)


def _figure(
    key: str,
    unit: str,
    value: float | None,
    missing: Iterable[str] = (),
    evidence: Iterable[Evidence] = (),
    partial: bool = False,
) -> Figure:
    group = ECONOMIC if key in ECONOMIC_KEYS else SOCIAL
    codes = tuple(dict.fromkeys(missing))
    ordered = sorted(evidence, key=lambda e: (e.value is None, -(e.value or 0.0), e.label, e.id))
    return Figure(
        key, group, unit, value, codes, tuple(ordered), partial and value is not None and bool(codes)
    )


# --- the rows of hours ------------------------------------------------------------------------------


@dataclass(slots=True)
class _Row:
    """An assignment with what the hours figures need: its company, its worker, its minutes over
    the period up to the as-of day (``recorded``: it has time entries there) and per month."""

    a: AssignmentFacts
    company: CompanyFacts
    worker: WorkerFacts
    minutes: int
    recorded: bool
    by_month: tuple[tuple[date, int], ...]
    hours: float
    hours_text: str  # the hours as evidence details write them
    rate: int | None  # the assignment's usable rate (_rate)
    cost: int | None  # the company's in-house hourly cost
    outside: bool  # not the company's own staff
    local: bool
    label: str


def _row(
    a: AssignmentFacts, company: CompanyFacts, worker: WorkerFacts, by_month: tuple[tuple[date, int], ...]
) -> _Row:
    minutes = sum(m for _, m in by_month)
    hours = minutes / 60
    return _Row(
        a=a,
        company=company,
        worker=worker,
        minutes=minutes,
        recorded=bool(by_month),
        by_month=by_month,
        hours=hours,
        hours_text=_hours(hours),
        rate=_rate(a),
        cost=company.hourly_cost_yen,
        outside=worker.kind != STAFF,
        local=worker.kind == LOCAL,
        label=f"{a.task_name} / {worker.name}",
    )


def _worker(inputs: KpiInputs, worker_id: str) -> WorkerFacts:
    return inputs.workers.get(worker_id) or WorkerFacts(worker_id, "", "")


def _rows(inputs: KpiInputs, period: MonthRange, as_of: date) -> list[_Row]:
    companies = {c.id: c for c in inputs.companies}
    months = {month for month in period.months() if month <= as_of}
    per: dict[str, list[tuple[date, int]]] = {}
    for (assignment_id, month), minutes in inputs.minutes.items():
        if month in months:
            found = per.get(assignment_id)
            if found is None:
                per[assignment_id] = [(month, minutes)]
            else:
                found.append((month, minutes))
    workers = inputs.workers
    rows = []
    for a in inputs.assignments:
        company = companies.get(a.company_id)
        if company is None:
            continue
        worker = workers.get(a.worker_id) or WorkerFacts(a.worker_id, "", "")
        by_month = per.get(a.id)
        rows.append(_row(a, company, worker, tuple(sorted(by_month)) if by_month else ()))
    return rows


# --- economic figures -------------------------------------------------------------------------------


def _live_tasks(tasks: Iterable[TaskFacts]) -> list[TaskFacts]:
    return [t for t in tasks if t.status != DISCONTINUED]


def ecrs_saved_hours(task: TaskFacts) -> float:
    """Hours a month a task's ECRS decision saves: its saved minutes when the decision changes the
    work (E, C, R, S), never more than the task's own hours; 0 for "keep" and "undecided"."""
    if task.ecrs_decision not in IMPROVEMENTS:
        return 0.0
    saved = max(task.ecrs_saved_minutes, 0) / 60
    return saved if task.monthly_hours is None else min(saved, task.monthly_hours)


def inventoried_hours(tasks: Sequence[TaskFacts]) -> Figure:
    key, unit = "inventoried_hours", "hours_per_month"
    live = _live_tasks(tasks)
    if not live:
        return _figure(key, unit, None, ["no_tasks"])
    known = [t for t in live if t.monthly_hours is not None]
    unknown = [t for t in live if t.monthly_hours is None]
    evidence = [Evidence("task", t.id, t.name, t.monthly_hours) for t in known]
    evidence += [Evidence("task", t.id, t.name, None) for t in unknown]
    if not known:
        return _figure(key, unit, None, ["task_hours"], evidence)
    value = sum(t.monthly_hours or 0.0 for t in known)
    return _figure(key, unit, value, ["task_hours"] if unknown else [], evidence, partial=bool(unknown))


def ecrs_saved(tasks: Sequence[TaskFacts]) -> Figure:
    key, unit = "ecrs_saved_hours", "hours_per_month"
    live = _live_tasks(tasks)
    if not live:
        return _figure(key, unit, None, ["no_tasks"])
    evidence = [
        Evidence("task", t.id, t.name, saved, t.ecrs_decision)
        for t in live
        if (saved := ecrs_saved_hours(t)) > 0
    ]
    return _figure(key, unit, float(sum(e.value or 0.0 for e in evidence)), [], evidence)


def outsourceable_hours(tasks: Sequence[TaskFacts]) -> Figure:
    key, unit = "outsourceable_hours", "hours_per_month"
    live = _live_tasks(tasks)
    if not live:
        return _figure(key, unit, None, ["no_tasks"])
    evidence: list[Evidence] = []
    unknown = False
    for t in live:
        if t.category not in CANDIDATE_CATEGORIES:
            continue
        if t.monthly_hours is None:
            unknown = True
            evidence.append(Evidence("task", t.id, t.name, None, t.category))
            continue
        saved = ecrs_saved_hours(t)
        detail = f"{_hours(t.monthly_hours)} − {_hours(saved)}" if saved else _hours(t.monthly_hours)
        evidence.append(Evidence("task", t.id, t.name, max(t.monthly_hours - saved, 0.0), detail))
    known = [e for e in evidence if e.value is not None]
    if unknown and not known:
        return _figure(key, unit, None, ["task_hours"], evidence)
    value = sum(e.value or 0.0 for e in known)
    return _figure(key, unit, value, ["task_hours"] if unknown else [], evidence, partial=unknown)


def _no_hours(rows: Sequence[_Row], months: float) -> tuple[str, ...]:
    """Why hours figures cannot be computed at all, or () when they can."""
    if not rows:
        return ("no_assignments",)
    if months <= 0 or not any(r.recorded for r in rows):
        return ("no_time_entries",)
    return ()


def outsourced_hours(rows: Sequence[_Row], months: float) -> Figure:
    key, unit = "outsourced_hours", "hours_per_month"
    outside = [r for r in rows if r.outside]
    if missing := _no_hours(outside, months):
        return _figure(key, unit, None, missing)
    evidence = [
        Evidence("assignment", r.a.id, r.label, r.hours / months, r.hours_text)
        for r in outside
        if r.minutes > 0
    ]
    return _figure(key, unit, sum(r.hours for r in outside) / months, [], evidence)


def _priced(
    key: str,
    unit: str,
    rows: Sequence[_Row],
    months: float,
    price: Callable[[_Row], int | None],
    missing_code: str,
    divisor: float,
) -> Figure:
    """The hours of ``rows`` × each row's ``price`` (yen an hour), summed and divided by
    ``divisor`` (the months for a monthly figure, 1 for the period's total). A row without a price
    is in the evidence without a value, and the figure is partial with ``missing_code``."""
    if missing := _no_hours(rows, months):
        return _figure(key, unit, None, missing)
    evidence, lacking = [], False
    for r in rows:
        if r.minutes == 0:
            continue
        yen = price(r)
        if yen is None:
            lacking = True
            evidence.append(Evidence("assignment", r.a.id, r.label, None, r.hours_text))
        else:
            value = r.hours * yen / divisor
            evidence.append(Evidence("assignment", r.a.id, r.label, value, f"{r.hours_text} × {_yen(yen)}"))
    return _sum_figure(key, unit, evidence, [missing_code] if lacking else [])


def internal_cost(rows: Sequence[_Row], months: float) -> Figure:
    """Hours of outside workers × the company's in-house hourly cost, a month."""
    outside = [r for r in rows if r.outside]
    return _priced(
        "internal_cost_yen", "yen_per_month", outside, months,
        lambda r: r.cost, "company_hourly_cost", months,
    )  # fmt: skip


def _sum_figure(key: str, unit: str, evidence: list[Evidence], missing: list[str]) -> Figure:
    known = [e.value for e in evidence if e.value is not None]
    if missing and not known:
        return _figure(key, unit, None, missing, evidence)
    return _figure(key, unit, float(sum(known)), missing, evidence, partial=bool(missing))


def outsourced_cost(rows: Sequence[_Row], months: float) -> Figure:
    """All hours of outside workers (operators and supervisors) × each assignment's rate, a month."""
    outside = [r for r in rows if r.outside]
    return _priced(
        "outsourced_cost_yen", "yen_per_month", outside, months, lambda r: r.rate, "worker_rate", months
    )


@dataclass(frozen=True)
class _Saving:
    """The saving over the period (total yen) with its evidence per assignment (also totals)."""

    total: float | None
    missing: tuple[str, ...]
    evidence: tuple[Evidence, ...]
    partial: bool


def _saving(rows: Sequence[_Row], months: float, with_evidence: bool = True) -> _Saving:
    outside = [r for r in rows if r.outside]
    if missing := _no_hours(outside, months):
        return _Saving(None, missing, (), False)
    evidence: list[Evidence] = []
    lacking: list[str] = []
    known: list[float] = []
    for r in outside:
        if r.minutes == 0:
            continue
        rate, cost = r.rate, r.cost
        if rate is None:
            lacking.append("worker_rate")
        if cost is None:
            lacking.append("company_hourly_cost")
        if rate is None or cost is None:
            if with_evidence:
                evidence.append(Evidence("assignment", r.a.id, r.label, None, r.hours_text))
            continue
        saved = r.hours * (cost - rate)
        known.append(saved)
        if with_evidence:
            detail = f"{r.hours_text} × ({_yen(cost)} − {_yen(rate)})"
            evidence.append(Evidence("assignment", r.a.id, r.label, saved, detail))
    codes = tuple(dict.fromkeys(lacking))
    if codes and not known:
        return _Saving(None, codes, tuple(evidence), False)
    return _Saving(float(sum(known)), codes, tuple(evidence), bool(codes))


def monthly_saving(saving: _Saving, months: float) -> Figure:
    """What the outside hours would have cost in-house minus what they cost, a month."""
    key, unit = "monthly_saving_yen", "yen_per_month"
    evidence = [
        Evidence(e.kind, e.id, e.label, None if e.value is None else e.value / months, e.detail)
        for e in saving.evidence
    ]
    value = None if saving.total is None else saving.total / months
    return _figure(key, unit, value, saving.missing, evidence, saving.partial)


@dataclass(frozen=True)
class _Costs:
    total: float | None
    missing: tuple[str, ...]
    evidence: tuple[Evidence, ...]
    partial: bool


def programme_costs(costs: ProgramCosts | None, trainees: int | None, companies: int) -> _Costs:
    """Training per trainee who started a course in the period + setup per engaged company + other.

    ``trainees`` None: unknown here (no pool). A cost left unset while it applies (trainees or
    companies to count) leaves that part out, marked missing ("program_costs"); unknown trainees
    with a training cost set are marked "training_records". Nothing set at all: None.
    """
    if costs is None or not costs.is_set:
        return _Costs(None, ("program_costs",), (), False)
    parts: list[Evidence] = []
    missing: list[str] = []
    per_trainee = costs.training_yen_per_trainee
    if trainees is None:
        if per_trainee:
            missing.append("training_records")
    elif trainees:
        if per_trainee is None:
            missing.append("program_costs")
        else:
            parts.append(
                Evidence(
                    "cost",
                    "training",
                    "training",
                    float(per_trainee * trainees),
                    f"{trainees} × {_yen(per_trainee)}",
                )
            )
    per_company = costs.setup_yen_per_company
    if companies:
        if per_company is None:
            missing.append("program_costs")
        else:
            parts.append(
                Evidence(
                    "cost",
                    "setup",
                    "setup",
                    float(per_company * companies),
                    f"{companies} × {_yen(per_company)}",
                )
            )
    if costs.other_yen is not None:
        parts.append(Evidence("cost", "other", "other", float(costs.other_yen), _yen(costs.other_yen)))
    total = float(sum(e.value or 0.0 for e in parts))
    if total <= 0:
        return _Costs(None, tuple(dict.fromkeys([*missing, "program_costs"])), tuple(parts), False)
    codes = tuple(dict.fromkeys(missing))
    return _Costs(total, codes, tuple(parts), bool(codes))


def roi(saving: _Saving, costs: _Costs) -> Figure:
    """(Saving over the period − programme costs) ÷ programme costs, as a ratio (1.0 = 100 %)."""
    key, unit = "roi", "ratio"
    evidence = list(costs.evidence)
    if saving.total is not None:
        evidence.append(Evidence("cost", "saving", "saving", saving.total, _yen(saving.total)))
    missing = [*saving.missing, *costs.missing]
    if saving.total is None or costs.total is None:
        return _figure(key, unit, None, missing, evidence)
    value = (saving.total - costs.total) / costs.total
    return _figure(key, unit, value, missing, evidence, saving.partial or costs.partial)


def yen_paid_local(rows: Sequence[_Row], months: float) -> Figure:
    """Yen paid over the period for the hours of local workers (地域内還流), both roles."""
    local = [r for r in rows if r.local]
    return _priced("yen_paid_local", "yen", local, months, lambda r: r.rate, "worker_rate", 1)


def yen_earned_from_outside(rows: Sequence[_Row], months: float, pool: bool) -> Figure:
    """Yen local workers earned over the period from companies outside their own municipality."""
    key, unit = "yen_earned_from_outside", "yen"
    local = [r for r in rows if r.local]
    if missing := _no_hours(local, months):
        return _figure(key, unit, None, missing)
    if not pool:
        return _figure(key, unit, None, ["worker_municipality"])
    evidence: list[Evidence] = []
    lacking: list[str] = []
    for r in local:
        if r.minutes == 0:
            continue
        place = r.worker.municipality or ""
        if not place.strip():
            lacking.append("worker_municipality")
        if not r.company.municipality.strip():
            lacking.append("company_municipality")
        if not place.strip() or not r.company.municipality.strip():
            evidence.append(Evidence("assignment", r.a.id, r.label, None, r.hours_text))
            continue
        if same_municipality(place, r.company):
            continue
        rate = r.rate
        detail = f"{place} → {r.company.municipality}"
        if rate is None:
            lacking.append("worker_rate")
            evidence.append(Evidence("assignment", r.a.id, r.label, None, detail))
        else:
            evidence.append(
                Evidence(
                    "assignment",
                    r.a.id,
                    r.label,
                    r.hours * rate,
                    f"{detail}: {r.hours_text} × {_yen(rate)}",
                )
            )
    return _sum_figure(key, unit, evidence, list(dict.fromkeys(lacking)))


# --- social figures ---------------------------------------------------------------------------------


def _stage_trainees(inputs: KpiInputs) -> tuple[TraineeFacts, ...]:
    """Trainees whose stages count as work facts: the partner view's only. A company's view uses
    its own assignments alone, so it shows the same on the owner's PC and on the partner's."""
    return (inputs.trainees or ()) if inputs.scope == "partner" else ()


def local_jobs(inputs: KpiInputs, as_of: date) -> Figure:
    """Local workers with regular work on the as-of day: running operator assignments planned at
    :data:`LOCAL_JOB_MIN_HOURS` h a month or more in total, or (partner view) in the "regular"
    training stage."""
    key, unit = "local_jobs", "people"
    trainees = _stage_trainees(inputs)
    if not inputs.assignments and not trainees:
        return _figure(key, unit, None, ["no_assignments"])
    planned: dict[str, int] = defaultdict(int)
    for a in inputs.assignments:
        if a.role == OPERATOR and running_on(a, as_of) and _worker(inputs, a.worker_id).kind == LOCAL:
            planned[a.worker_id] += max(a.planned_hours, 0)
    regular = {t.worker_id for t in trainees if t.regular is not None and t.regular.contains(as_of)}
    evidence = []
    for worker_id in sorted(set(planned) | regular):
        worker = _worker(inputs, worker_id)
        if worker.kind != LOCAL:
            continue
        hours = planned.get(worker_id, 0)
        if worker_id in regular or hours >= LOCAL_JOB_MIN_HOURS:
            detail = "regular" if worker_id in regular else f"{hours}h"
            evidence.append(Evidence("worker", worker_id, worker.name, 1.0, detail))
    return _figure(key, unit, float(len(evidence)), [], evidence)


def workers_by_kind(rows: Sequence[_Row], months: float) -> Figure:
    """Workers who recorded hours in the period, by kind (the value is the total)."""
    key, unit = "workers_by_kind", "people"
    if missing := _no_hours(rows, months):
        return _figure(key, unit, None, missing)
    kinds: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        if r.minutes > 0:
            kinds[r.worker.kind or "unknown"].add(r.a.worker_id)
    evidence = [Evidence("kind", kind, kind, float(len(ids)), "") for kind, ids in kinds.items()]
    return _figure(key, unit, float(sum(len(ids) for ids in kinds.values())), [], evidence)


@dataclass(frozen=True)
class TraineeOutcome:
    """A trainee's result: days from the end of the course to paid work (None: not paid by the
    as-of day), whether that was within the goal, and the day the result became known."""

    trainee: TraineeFacts
    days: int | None
    within: bool
    decided_on: date


def trainee_outcome(t: TraineeFacts, as_of: date, goal: int = PAID_GOAL_DAYS) -> TraineeOutcome | None:
    """The outcome of a trainee by ``as_of``, or None while undecided (course not ended, or ended
    less than ``goal`` days ago without paid work). Decided on the day paid work began (not before
    the course's end) when within the goal, else on the day after the goal ran out."""
    if t.course_end is None or t.course_end > as_of:
        return None
    paid = t.paid_on if t.paid_on is not None and t.paid_on <= as_of else None
    days = None if paid is None else max((paid - t.course_end).days, 0)
    missed_on = t.course_end + timedelta(days=goal + 1)
    if days is not None and days <= goal:
        return TraineeOutcome(t, days, True, max(paid or t.course_end, t.course_end))
    if missed_on > as_of:
        return None
    return TraineeOutcome(t, days, False, missed_on)


def _trainee_cohort(
    trainees: Sequence[TraineeFacts], period: MonthRange, as_of: date
) -> list[TraineeOutcome]:
    outcomes = [o for t in trainees if (o := trainee_outcome(t, as_of)) is not None]
    return [o for o in outcomes if period.first <= o.decided_on <= as_of]


def trainees_paid_within_90(
    trainees: Sequence[TraineeFacts] | None, period: MonthRange, as_of: date
) -> Figure:
    key, unit = "trainees_paid_within_90_rate", "ratio"
    if trainees is None:
        return _figure(key, unit, None, ["training_records"])
    cohort = _trainee_cohort(trainees, period, as_of)
    if not cohort:
        return _figure(key, unit, None, ["no_trainees"])
    evidence = [
        Evidence(
            "worker",
            o.trainee.worker_id,
            o.trainee.name,
            1.0 if o.within else 0.0,
            f"{o.trainee.course_end} → {o.trainee.paid_on if o.days is not None else ''}",
        )
        for o in cohort
    ]
    return _figure(key, unit, sum(o.within for o in cohort) / len(cohort), [], evidence)


def trainees_paid_median_days(
    trainees: Sequence[TraineeFacts] | None, period: MonthRange, as_of: date
) -> Figure:
    key, unit = "trainees_paid_median_days", "days"
    if trainees is None:
        return _figure(key, unit, None, ["training_records"])
    cohort = _trainee_cohort(trainees, period, as_of)
    if not cohort:
        return _figure(key, unit, None, ["no_trainees"])
    paid = [o for o in cohort if o.days is not None]
    if not paid:
        return _figure(key, unit, None, ["no_paid_trainees"])
    evidence = [Evidence("worker", o.trainee.worker_id, o.trainee.name, float(o.days or 0)) for o in paid]
    return _figure(key, unit, float(statistics.median(o.days or 0 for o in paid)), [], evidence)


def first_paid_work(inputs: KpiInputs, as_of: date) -> dict[str, date]:
    """Outside workers (not staff) and the day their first paid work began, on or before ``as_of``:
    the earliest start of their started assignments, or (partner view) of their first paid stage."""
    first: dict[str, date] = {}
    for a in inputs.assignments:
        if a.status != "planned" and a.period is not None and a.period.start <= as_of:
            day = first.get(a.worker_id)
            first[a.worker_id] = a.period.start if day is None else min(day, a.period.start)
    for t in _stage_trainees(inputs):
        if t.paid_on is not None and t.paid_on <= as_of:
            day = first.get(t.worker_id)
            first[t.worker_id] = t.paid_on if day is None else min(day, t.paid_on)
    return {w: d for w, d in first.items() if _worker(inputs, w).kind != STAFF}


def _by_worker(assignments: Iterable[AssignmentFacts]) -> dict[str, list[AssignmentFacts]]:
    out: dict[str, list[AssignmentFacts]] = defaultdict(list)
    for a in assignments:
        out[a.worker_id].append(a)
    return out


def retention_windows(
    inputs: KpiInputs, period: MonthRange, today: date
) -> dict[tuple[str, int], tuple[date, date]]:
    """(worker, mark) → the days whose hours would keep the worker counted as still working at
    that mark, for the workers no running assignment keeps: :func:`build_report` needs
    ``inputs.worked_days`` for these windows only (the service loads just those days)."""
    as_of = as_of_day(period, today)
    first = first_paid_work(inputs, as_of)
    by_worker = _by_worker(inputs.assignments)
    windows: dict[tuple[str, int], tuple[date, date]] = {}
    for worker_id, start in first.items():
        for mark in RETENTION_MARKS:
            day = start + timedelta(days=mark)
            if day > as_of or any(running_on(a, day) for a in by_worker[worker_id]):
                continue
            windows[(worker_id, mark)] = (day - timedelta(days=ACTIVE_WINDOW_DAYS - 1), day)
    return windows


def retention(
    inputs: KpiInputs,
    as_of: date,
    mark: int,
    first: Mapping[str, date] | None = None,
    by_worker: Mapping[str, list[AssignmentFacts]] | None = None,
) -> Figure:
    """Of the outside workers whose first paid work began at least ``mark`` days before the as-of
    day, the share still working ``mark`` days after it began: an assignment running that day, or
    hours in the :data:`ACTIVE_WINDOW_DAYS` days up to it. ``first`` and ``by_worker``: the
    results of :func:`first_paid_work` and of grouping the assignments by worker, when the caller
    has them already (both marks use the same)."""
    key, unit = f"retention_{mark}", "ratio"
    if first is None:
        first = first_paid_work(inputs, as_of)
    if by_worker is None:
        by_worker = _by_worker(inputs.assignments)
    evidence = []
    for worker_id, start in first.items():
        day = start + timedelta(days=mark)
        if day > as_of:
            continue
        mine = by_worker.get(worker_id, ())
        kept = any(running_on(a, day) for a in mine)
        if not kept:
            low = day - timedelta(days=ACTIVE_WINDOW_DAYS - 1)
            kept = any(low <= d <= day for a in mine for d in inputs.worked_days.get(a.id, ()))
        worker = _worker(inputs, worker_id)
        evidence.append(Evidence("worker", worker_id, worker.name, 1.0 if kept else 0.0, f"{start} → {day}"))
    if not evidence:
        return _figure(key, unit, None, ["no_workers"])
    return _figure(key, unit, sum(e.value or 0.0 for e in evidence) / len(evidence), [], evidence)


def procedure_written(task: TaskFacts) -> bool:
    """A one-person task's procedure is written when it is documented in full, or has at least
    :data:`PROCEDURE_MIN_STEPS` steps a worker may see."""
    return task.documented == "full" or task.shareable_steps >= PROCEDURE_MIN_STEPS


def procedures_written(tasks: Sequence[TaskFacts]) -> Figure:
    """Tasks marked 属人化 (only one person knows them) whose procedure is now written."""
    key, unit = "procedures_written", "tasks"
    single = [t for t in _live_tasks(tasks) if t.single_person]
    if not single:
        return _figure(key, unit, None, ["no_tasks" if not _live_tasks(tasks) else "no_single_person_tasks"])
    evidence = [
        Evidence(
            "task",
            t.id,
            t.name,
            1.0 if procedure_written(t) else 0.0,
            t.documented if t.documented == "full" else f"{t.shareable_steps}/{PROCEDURE_MIN_STEPS}",
        )
        for t in single
    ]
    return _figure(key, unit, sum(e.value or 0.0 for e in evidence), [], evidence)


def engaged_companies(rows: Sequence[_Row], period: MonthRange, as_of: date) -> list[CompanyFacts]:
    """Companies with an assignment running in the period (up to the as-of day) or hours in it."""
    found: dict[str, CompanyFacts] = {}
    for r in rows:
        if r.minutes > 0 or _overlaps(r.a, period.first, as_of):
            found[r.company.id] = r.company
    return sorted(found.values(), key=lambda c: (c.name, c.id))


def companies_engaged(companies: Sequence[CompanyFacts], engaged: Sequence[CompanyFacts]) -> Figure:
    key, unit = "companies_engaged", "companies"
    if not companies:
        return _figure(key, unit, None, ["no_companies"])
    evidence = [Evidence("company", c.id, c.name, 1.0) for c in engaged]
    return _figure(key, unit, float(len(engaged)), [], evidence)


# --- trend and per company --------------------------------------------------------------------------


def trend(rows: Sequence[_Row], period: MonthRange, as_of: date) -> tuple[MonthPoint, ...]:
    hours: dict[date, float] = defaultdict(float)
    paid: dict[date, float] = defaultdict(float)
    paid_local: dict[date, float] = defaultdict(float)
    unpriced: dict[date, float] = defaultdict(float)
    unpriced_local: dict[date, float] = defaultdict(float)
    local_workers: dict[date, set[str]] = defaultdict(set)
    for r in rows:
        if not r.outside:
            continue
        rate = r.rate
        for month, minutes in r.by_month:
            if minutes <= 0:
                continue
            h = minutes / 60
            hours[month] += h
            if rate is None:
                unpriced[month] += h
            else:
                paid[month] += h * rate
            if r.local:
                local_workers[month].add(r.a.worker_id)
                if rate is None:
                    unpriced_local[month] += h
                else:
                    paid_local[month] += h * rate
    points = []
    for month in period.months():
        future = month > as_of
        yen = None if future or (unpriced[month] and not paid[month]) else paid[month]
        local_yen = None if future or (unpriced_local[month] and not paid_local[month]) else paid_local[month]
        points.append(MonthPoint(month, hours[month], yen, local_yen, len(local_workers[month])))
    return tuple(points)


def _company_figures(
    company: CompanyFacts, tasks: Sequence[TaskFacts], rows: Sequence[_Row], months: float
) -> CompanyFigures:
    """The same values as the report's figures, restricted to one company (without evidence)."""
    known = [t.monthly_hours for t in _live_tasks(tasks) if t.monthly_hours is not None]
    outside = [r for r in rows if r.outside]
    saving = _saving(rows, months, with_evidence=False).total
    return CompanyFigures(
        company_id=company.id,
        name=company.name,
        inventoried_hours=float(sum(known)) if known else None,
        outsourced_hours=None if _no_hours(outside, months) else sum(r.hours for r in outside) / months,
        monthly_saving_yen=None if saving is None else saving / months,
        local_workers=len({r.a.worker_id for r in rows if r.local and r.minutes > 0}),
    )


# --- the report -------------------------------------------------------------------------------------


def build_report(inputs: KpiInputs, period: MonthRange, today: date) -> KpiReport:
    """Every KPI of ``inputs`` over ``period`` (state figures as of its last day, or ``today``)."""
    as_of = as_of_day(period, today)
    months = elapsed_months(period, as_of)
    rows = _rows(inputs, period, as_of)
    engaged = engaged_companies(rows, period, as_of)
    saving = _saving(rows, months)
    if inputs.trainees is None:
        started: int | None = None
    else:
        started = sum(
            1
            for t in inputs.trainees
            if t.course_start is not None and period.first <= t.course_start <= as_of
        )
    costs = programme_costs(inputs.costs, started, len(engaged))
    first, by_worker = first_paid_work(inputs, as_of), _by_worker(inputs.assignments)
    figures = (
        inventoried_hours(inputs.tasks),
        ecrs_saved(inputs.tasks),
        outsourceable_hours(inputs.tasks),
        outsourced_hours(rows, months),
        internal_cost(rows, months),
        outsourced_cost(rows, months),
        monthly_saving(saving, months),
        roi(saving, costs),
        yen_paid_local(rows, months),
        yen_earned_from_outside(rows, months, inputs.pool),
        local_jobs(inputs, as_of),
        workers_by_kind(rows, months),
        trainees_paid_within_90(inputs.trainees, period, as_of),
        trainees_paid_median_days(inputs.trainees, period, as_of),
        *(retention(inputs, as_of, mark, first, by_worker) for mark in RETENTION_MARKS),
        procedures_written(inputs.tasks),
        companies_engaged(inputs.companies, engaged),
    )
    per_company: tuple[CompanyFigures, ...] = ()
    if inputs.scope == "partner":
        tasks_of: dict[str, list[TaskFacts]] = defaultdict(list)
        rows_of: dict[str, list[_Row]] = defaultdict(list)
        for t in inputs.tasks:
            tasks_of[t.company_id].append(t)
        for r in rows:
            rows_of[r.company.id].append(r)
        per_company = tuple(
            _company_figures(c, tasks_of[c.id], rows_of[c.id], months)
            for c in sorted(inputs.companies, key=lambda c: (c.name, c.id))
        )
    return KpiReport(
        period=period,
        scope=inputs.scope,
        company_id=inputs.company_id,
        companies=tuple((c.id, c.name) for c in inputs.companies),
        figures=figures,
        trend=trend(rows, period, as_of),
        per_company=per_company,
        as_of=as_of,
    )
