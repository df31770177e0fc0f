"""The value dashboard's KPIs loaded from the database (the figures themselves: :mod:`desktop.core.kpi`).

:func:`kpi_report` reads one scope (one company, or every company of this database for the
partner's view) in about a dozen queries whatever the data size (see docs/kpi.md, Performance):

* tasks with their effective suitability category (scored with the company's weights; scores are
  cached per task content, so changing the period does not score again);
* assignments, worker cards and, on a partner's PC, the pool's workers and training stages;
* hours: time entries are summed in SQL by assignment and month (for the partner's view on a second
  connection in a helper thread, while the tasks are read); only the days that carry a correction
  are loaded and resolved with :func:`desktop.core.services.hours.resolve_day`, and their simple
  sum swapped for the resolved value. Retention loads the hours of the few workers whose
  assignments do not already decide it, and of their windows only.

The programme costs (for the ROI) are a synced :class:`~desktop.core.models.Setting` with key
``kpi.program_costs`` of a scope (the partner, or a company).
"""

from __future__ import annotations

import contextlib
import functools
import gc
import json
import threading
from collections import defaultdict
from collections.abc import Collection, Iterator, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import replace
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, String, and_, case, func, select, type_coerce
from sqlalchemy.orm import Session

from desktop.core import ids, inventory, kpi
from desktop.core.db import Database
from desktop.core.errors import FieldError, NotFound, ValidationError
from desktop.core.inventory import Frequency
from desktop.core.kpi import (
    AssignmentFacts,
    CompanyFacts,
    KpiInputs,
    KpiReport,
    MonthRange,
    ProgramCosts,
    TaskFacts,
    TraineeFacts,
    WorkerFacts,
)
from desktop.core.models import (
    Assignment,
    Company,
    Partner,
    Setting,
    Task,
    TaskStep,
    TimeEntry,
    TrainingStage,
    Worker,
    WorkerCard,
)
from desktop.core.services.hours import EntryFacts, resolve_day
from desktop.core.services.partners import current_partner_id
from desktop.core.services.pipeline import AlertSettings, trainee_card
from desktop.core.services.settings import put_setting
from desktop.core.services.suitability import WEIGHTS_KEY, weights_setting_id
from desktop.core.suitability import CATEGORY_FIELDS, DEFAULT_WEIGHTS, CategoryScorer, Weights
from desktop.core.workforce import Period

__all__ = [
    "COST_FIELDS",
    "MAX_COST_YEN",
    "PROGRAM_COSTS_KEY",
    "ProgramCosts",
    "kpi_report",
    "load_inputs",
    "load_program_costs",
    "program_costs_setting_id",
    "save_program_costs",
    "validate_program_costs",
]

PROGRAM_COSTS_KEY = "kpi.program_costs"
COST_FIELDS = ("training_yen_per_trainee", "setup_yen_per_company", "other_yen")
MAX_COST_YEN = 100_000_000_000  # 1,000億円: far above any local programme
_CHUNK = 400  # ids per IN (...) list, well under SQLite's variable limit


# --- programme costs ---------------------------------------------------------------------------------


def program_costs_setting_id(scope_id: str) -> str:
    """The id of a scope's programme-costs setting (derived: two devices setting it make one row)."""
    return ids.derived_id("setting", scope_id, PROGRAM_COSTS_KEY)


def _cost_error(value: object) -> tuple[str, int | None] | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        return ("invalid", None)
    if value < 0:
        return ("negative", None)
    if value > MAX_COST_YEN:
        return ("out_of_range", MAX_COST_YEN)
    return None


def _costs_of(value: object) -> ProgramCosts | None:
    """The costs stored in a setting's JSON object (a bad entry reads as not set); None when the
    value is no object at all."""
    if not isinstance(value, Mapping):
        return None
    return ProgramCosts(**{k: (v if _cost_error(v := value.get(k)) is None else None) for k in COST_FIELDS})


def _stored_costs(session: Session, scope_id: str) -> ProgramCosts | None:
    row = session.get(Setting, program_costs_setting_id(scope_id))
    return None if row is None or row.deleted else _costs_of(row.value)


def load_program_costs(db: Database, scope_id: str) -> ProgramCosts:
    """The programme costs stored for a scope (a partner or a company); every field None when unset."""
    with db.read() as session:
        return _stored_costs(session, scope_id) or ProgramCosts()


def validate_program_costs(costs: ProgramCosts) -> None:
    """Each cost empty (None) or a whole number of yen 0..:data:`MAX_COST_YEN`; else
    :class:`ValidationError` with the field's code (``invalid``, ``negative``, ``out_of_range``)."""
    errors = [
        FieldError(name, found[0], found[1])
        for name in COST_FIELDS
        if (found := _cost_error(getattr(costs, name))) is not None
    ]
    if errors:
        raise ValidationError(errors)


def save_program_costs(db: Database, scope_id: str, costs: ProgramCosts) -> None:
    """Store the programme costs of a scope (the partner for its whole programme, or one company).
    Only a changed value is written; :class:`NotFound` when the scope is no live partner or company."""
    validate_program_costs(costs)
    value = {name: getattr(costs, name) for name in COST_FIELDS}
    setting_id = program_costs_setting_id(scope_id)
    with db.write() as session:
        partner, company = session.get(Partner, scope_id), session.get(Company, scope_id)
        if not any(row is not None and not row.deleted for row in (partner, company)):
            raise NotFound(scope_id)
        put_setting(session, setting_id, scope_id, PROGRAM_COSTS_KEY, value)


# --- loading -----------------------------------------------------------------------------------------


def _chunks(items: Sequence[str]) -> Iterator[Sequence[str]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]


def _month_of(iso: str) -> date:
    return date(int(iso[:4]), int(iso[5:7]), 1)


@functools.lru_cache(maxsize=4096)
def _monthly_hours(frequency: str, minutes: int) -> float | None:
    """Hours a month, or None when minutes or frequency are not usable (a draft task)."""
    if not 1 <= minutes <= inventory.MAX_MINUTES:
        return None
    try:
        parsed = Frequency.parse(frequency)
    except ValueError:
        return None
    return None if parsed.error(minutes) else inventory.monthly_hours(parsed, minutes)


@functools.lru_cache(maxsize=64)
def _scorer(weights: Weights) -> CategoryScorer:
    """The category scorer of ``weights`` (its tables of points are built once)."""
    return CategoryScorer(weights)


_CATEGORY_CACHE: dict[tuple[CategoryScorer, tuple[Any, ...]], str] = {}
_CACHE_LIMIT = 50_000


def _category(scorer: CategoryScorer, values: tuple[Any, ...]) -> str:
    """The effective suitability category of a task whose :data:`CATEGORY_FIELDS` are ``values``
    (the override as stored JSON text). Cached: the key is those fields and the scorer (one per
    weights), so an edited task or changed weights simply score again."""
    key = (scorer, values)
    found = _CATEGORY_CACHE.get(key)
    if found is None:
        (frequency, minutes, medium, onsite, confidentiality, personal_data, single_person, documented,
         seasonality, deadline, decision, status, override) = values  # fmt: skip
        found = scorer(
            frequency, minutes, medium, onsite, confidentiality, personal_data, single_person, documented,
            seasonality, deadline, decision, status, None if override is None else json.loads(override),
        )  # fmt: skip
        if len(_CATEGORY_CACHE) >= _CACHE_LIMIT:
            _CATEGORY_CACHE.clear()
        _CATEGORY_CACHE[key] = found
    return found


def _weights(session: Session, companies: Sequence[tuple[CompanyFacts, str | None]]) -> dict[str, Weights]:
    """Each company's suitability weights: its setting over its partner's over the defaults (as
    :func:`desktop.core.services.suitability.load_weights`), in one query."""
    query = select(Setting.id, Setting.scope_id, Setting.value).where(
        Setting.key == WEIGHTS_KEY, Setting.deleted.is_(False)
    )
    stored = {
        scope: value for sid, scope, value in session.execute(query) if sid == weights_setting_id(scope)
    }
    out: dict[str, Weights] = {}
    for company, partner_id in companies:
        weights = DEFAULT_WEIGHTS
        if partner_id:
            weights = weights.merged(stored.get(partner_id))
        out[company.id] = weights.merged(stored.get(company.id))
    return out


def _scope_filter(company_id: str | None) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = [Company.deleted.is_(False)]
    if company_id is not None:
        conditions.append(Company.id == company_id)
    return conditions


_TASK_COLUMNS = ("id", "company_id", "name", "ecrs_saved_minutes", *CATEGORY_FIELDS)
_TASK_CACHE: dict[tuple[CategoryScorer, Any, int], TaskFacts] = {}


def _task_facts(scorer: CategoryScorer, row: Any, shareable_steps: int) -> TaskFacts:
    """The facts of a task from its :data:`_TASK_COLUMNS` row."""
    task_id, owner, name, saved, *values = row
    frequency, minutes, _m, _o, _c, _p, single_person, documented, _s, _d, decision, status, _x = values
    return TaskFacts(
        task_id,
        owner,
        name,
        _monthly_hours(frequency, minutes),
        _category(scorer, tuple(values)),
        status,
        decision,
        saved or 0,
        bool(single_person),
        documented,
        shareable_steps,
    )


def _tasks(session: Session, company_id: str | None, weights: Mapping[str, Weights]) -> tuple[TaskFacts, ...]:
    # Only the columns the figures and the category need (no free text). The override stays JSON
    # text: it is part of the category cache's key, and parsed on a miss only.
    columns = [
        type_coerce(Task.suitability_override, String)
        if name == "suitability_override"
        else getattr(Task, name)
        for name in _TASK_COLUMNS
    ]
    live_tasks = (
        select(Task.id)
        .join(Company, Company.id == Task.company_id)
        .where(Task.deleted.is_(False), *_scope_filter(company_id))
    )
    query = (
        select(*columns)
        .join(Company, Company.id == Task.company_id)
        .where(Task.deleted.is_(False), *_scope_filter(company_id))
        .order_by(Task.id)  # the order the hours are summed in
    )
    one_person = live_tasks.where(Task.single_person.is_(True)).scalar_subquery()
    steps_query = (
        select(TaskStep.task_id, func.count())
        .where(
            TaskStep.task_id.in_(one_person), TaskStep.deleted.is_(False), TaskStep.internal_only.is_(False)
        )
        .group_by(TaskStep.task_id)
    )
    connection = session.connection()  # Core rows: plain columns need no ORM loading
    steps = {task_id: int(count) for task_id, count in connection.execute(steps_query)}
    scorers = {company: _scorer(w) for company, w in weights.items()}
    tasks = []
    for row in connection.execute(query).all():
        # The facts of a task whose row, weights and steps are unchanged are the ones built last
        # time (immutable): a lookup costs a fraction of building them again.
        key = (scorers[row[1]], row, steps.get(row[0], 0))
        facts = _TASK_CACHE.get(key)
        if facts is None:
            facts = _task_facts(*key)
            if len(_TASK_CACHE) >= _CACHE_LIMIT:
                _TASK_CACHE.clear()
            _TASK_CACHE[key] = facts
        tasks.append(facts)
    return tuple(tasks)


def _parse_period(text: str) -> Period | None:
    try:
        return Period.parse(text)
    except ValueError:
        return None


_parsed_period = functools.lru_cache(maxsize=8192)(_parse_period)
""":func:`_parse_period` remembered (a :class:`Period` is immutable; many assignments share one)."""


def _assignments(session: Session, company_id: str | None) -> tuple[AssignmentFacts, ...]:
    query = (
        select(
            Assignment.id,
            Task.company_id,
            Assignment.task_id,
            Task.name,
            Assignment.worker_id,
            Assignment.role,
            Assignment.period,
            Assignment.rate_yen,
            Assignment.planned_hours,
            Assignment.status,
        )
        .join(Task, Task.id == Assignment.task_id)
        .join(Company, Company.id == Task.company_id)
        .where(Assignment.deleted.is_(False), Task.deleted.is_(False), *_scope_filter(company_id))
    )
    return tuple(
        AssignmentFacts(
            id=assignment_id,
            company_id=owner,
            task_id=task_id,
            task_name=task_name,
            worker_id=worker_id,
            role=role,
            period=_parsed_period(period),
            rate_yen=rate_yen,
            planned_hours=planned_hours or 0,
            status=status,
        )
        for (
            assignment_id,
            owner,
            task_id,
            task_name,
            worker_id,
            role,
            period,
            rate_yen,
            planned_hours,
            status,
        ) in session.connection().execute(query)
    )


def _workers(
    session: Session, company_id: str | None, partner_id: str | None, wanted: Collection[str]
) -> dict[str, WorkerFacts]:
    """Workers of the scope's assignments (and, on a partner's PC, the whole pool): name and kind
    from the pool when it is here, else from the company's worker card (a live card first)."""
    cards = (
        select(WorkerCard.worker_id, WorkerCard.name, WorkerCard.kind, WorkerCard.deleted)
        .join(Company, Company.id == WorkerCard.company_id)
        .where(*_scope_filter(company_id))
        .order_by(WorkerCard.deleted.desc())  # live cards last, so they win
    )
    found: dict[str, WorkerFacts] = {}
    connection = session.connection()
    for worker_id, name, kind, _deleted in connection.execute(cards):
        if worker_id in wanted:
            found[worker_id] = WorkerFacts(worker_id, name, kind, None)
    if partner_id is not None:
        pool = select(Worker.id, Worker.name, Worker.kind, Worker.municipality).where(
            Worker.partner_id == partner_id, Worker.deleted.is_(False)
        )
        for worker_id, name, kind, municipality in connection.execute(pool):
            found[worker_id] = WorkerFacts(worker_id, name, kind, municipality or "")
    return found


def _trainees(
    session: Session, partner_id: str, company_id: str | None, assigned: Collection[str], as_of: date
) -> tuple[TraineeFacts, ...]:
    """The pool's trainees (workers with live training stages); for one company's view, those who
    have an assignment there. Course end and first paid day as the pipeline board reads them."""
    query = (
        select(TrainingStage.worker_id, TrainingStage.stage, TrainingStage.period, Worker.name)
        .join(Worker, Worker.id == TrainingStage.worker_id)
        .where(Worker.partner_id == partner_id, Worker.deleted.is_(False), TrainingStage.deleted.is_(False))
    )
    stages: dict[str, dict[str, Period]] = defaultdict(dict)
    names: dict[str, str] = {}
    for worker_id, stage, text, name in session.execute(query):
        if company_id is not None and worker_id not in assigned:
            continue
        period = _parse_period(text)
        if period is not None:
            stages[worker_id][stage] = period
            names[worker_id] = name
    settings = AlertSettings(goal_days=kpi.PAID_GOAL_DAYS)
    trainees = []
    for worker_id, periods in stages.items():
        card = trainee_card(worker_id, names[worker_id], "", "", periods, as_of, settings, alerts_on=False)
        if card is None:
            continue
        course = periods.get("course")
        trainees.append(
            TraineeFacts(
                worker_id=worker_id,
                name=names[worker_id],
                course_start=course.start if course is not None else None,
                course_end=card.course_end,
                paid_on=card.paid_on,
                regular=periods.get("regular"),
            )
        )
    return tuple(sorted(trainees, key=lambda t: (t.name, t.worker_id)))


_SPAN_ENTRIES_SQL = (
    "WITH span(a, low, high) AS (VALUES {rows}) "
    "SELECT e.id, e.assignment_id, e.work_date, e.minutes, e.corrects_id, e.entered_at_ms, e.deleted "
    "FROM span JOIN time_entry AS e "
    "ON e.assignment_id = span.a AND e.work_date BETWEEN span.low AND span.high"
)


def _span_entries(
    session: Session, spans: Sequence[tuple[str, str, str]]
) -> dict[tuple[str, str], list[EntryFacts]]:
    """Every time entry of the (assignment, first ISO day, last ISO day) spans, by (assignment, day).

    A VALUES list joined on the (assignment_id, work_date) index: one index range per span. Plain
    SQL, because a row-value IN makes SQLite scan the whole table, and binding a thousand values
    through SQLAlchemy's compiler costs more than the query itself."""
    grouped: dict[tuple[str, str], list[EntryFacts]] = defaultdict(list)
    for start in range(0, len(spans), _CHUNK // 3):
        chunk = spans[start : start + _CHUNK // 3]
        sql = _SPAN_ENTRIES_SQL.format(rows=",".join(["(?, ?, ?)"] * len(chunk)))
        params = tuple(value for span in chunk for value in span)
        for (
            entry_id,
            assignment_id,
            work_date,
            minutes,
            corrects_id,
            entered_at_ms,
            deleted,
        ) in session.connection().exec_driver_sql(sql, params):
            grouped[(assignment_id, work_date)].append(
                EntryFacts(entry_id, minutes, corrects_id, entered_at_ms, bool(deleted))
            )
    return grouped


def _month_sums_query(first: date, last: date, chunk: Sequence[str] | None = None) -> Select[Any]:
    """Per (assignment, "YYYY-MM"): the minutes of entries no correction touches, and the days that
    carry a correction (comma-separated), for time entries of ``first``..``last``."""
    month = func.substr(TimeEntry.work_date, 1, 7)
    simple = func.sum(
        case(
            (and_(TimeEntry.corrects_id.is_(None), TimeEntry.deleted.is_(False)), TimeEntry.minutes), else_=0
        )
    )
    corrected_days = func.group_concat(case((TimeEntry.corrects_id.is_not(None), TimeEntry.work_date)))
    query = (
        select(TimeEntry.assignment_id, month, simple, corrected_days)
        .where(TimeEntry.work_date.between(first.isoformat(), last.isoformat()))
        .group_by(month, TimeEntry.assignment_id)  # month first: a table scan, not 100,000 index lookups
    )
    return query if chunk is None else query.where(TimeEntry.assignment_id.in_(chunk))


def _all_month_sums(db: Database, first: date, last: date) -> list[Any]:
    """The month sums of every assignment, in a session of its own (run beside the other reads)."""
    with db.read() as session:
        return list(session.connection().execute(_month_sums_query(first, last)).all())


def _minutes(
    session: Session,
    scope: Collection[str],
    company_id: str | None,
    first: date,
    last: date,
    every_sum: Future[list[Any]] | None = None,
) -> dict[tuple[str, date], int]:
    """(assignment, month) → minutes its days of ``first``..``last`` are worth, for every month with
    time entries. Summed in SQL; days with a correction are resolved by :func:`resolve_day`.
    ``every_sum``: the sums of every assignment, already being read (the partner view)."""
    if last < first or not scope:
        return {}
    rows: list[Any] = []
    if every_sum is not None:
        rows = [r for r in every_sum.result() if r[0] in scope]
    else:
        for chunk in _chunks(sorted(scope)):
            rows += session.connection().execute(_month_sums_query(first, last, chunk)).all()
    minutes: dict[tuple[str, date], int] = {}
    days: dict[str, set[str]] = defaultdict(set)  # assignment -> days that carry a correction
    months: dict[str, date] = {}  # "YYYY-MM" -> its first day (a dozen months, 10,000 rows)
    for assignment_id, month_text, total, corrected in rows:
        month = months.get(month_text)
        if month is None:
            month = months[month_text] = _month_of(month_text)
        minutes[(assignment_id, month)] = int(total or 0)
        if corrected:
            days[assignment_id].update(corrected.split(","))
    # Days with a correction: their entries' simple sum is replaced by the resolved value.
    spans = sorted((a, d, d) for a, found in days.items() for d in found)
    for (assignment_id, iso), entries in _span_entries(session, spans).items():
        resolved = resolve_day(entries).minutes or 0
        counted_simply = sum(e.minutes for e in entries if e.corrects_id is None and not e.deleted)
        month = months.get(iso[:7]) or _month_of(iso)
        key = (assignment_id, month)
        minutes[key] = minutes.get(key, 0) - counted_simply + resolved
    return minutes


def _worked_days(
    session: Session, inputs: KpiInputs, windows: Mapping[tuple[str, int], tuple[date, date]]
) -> dict[str, frozenset[date]]:
    """Days with hours of the assignments of the workers in ``windows``, inside those windows."""
    if not windows:
        return {}
    mine: dict[str, list[str]] = defaultdict(list)
    for a in inputs.assignments:
        mine[a.worker_id].append(a.id)
    spans = sorted(
        {
            (assignment_id, low.isoformat(), high.isoformat())
            for (worker_id, _mark), (low, high) in windows.items()
            for assignment_id in mine[worker_id]
        }
    )
    worked: dict[str, set[date]] = defaultdict(set)
    for (assignment_id, iso), entries in _span_entries(session, spans).items():
        if resolve_day(entries).minutes:
            worked[assignment_id].add(date.fromisoformat(iso))
    return {a: frozenset(d) for a, d in worked.items()}


def _scope_costs(
    session: Session, company_id: str | None, partner_id: str | None, company_partner: str | None
) -> ProgramCosts | None:
    """The partner's costs for its view; a company's own costs for the company's view, else its
    partner's per-trainee and per-company costs (the partner's "other" costs are programme-wide)."""
    if company_id is None:
        return _stored_costs(session, partner_id) if partner_id else None
    own = _stored_costs(session, company_id)
    if own is not None and own.is_set:
        return own
    shared = _stored_costs(session, company_partner) if company_partner else None
    return None if shared is None else replace(shared, other_yen=None)


def load_inputs(db: Database, period: MonthRange, company_id: str | None, today: date) -> KpiInputs:
    """Everything :func:`desktop.core.kpi.build_report` needs for one scope (``company_id`` None:
    every company of this database). :class:`NotFound` for an unknown or tombstoned company."""
    partner_id = current_partner_id(db)
    as_of = kpi.as_of_day(period, today)
    with contextlib.ExitStack() as stack:
        every_sum: Future[list[Any]] | None = None
        if company_id is None and period.first <= as_of:
            # The partner view sums every time entry: SQLite sorts them while this thread reads the
            # tasks (the sqlite3 module lets go of the GIL while a query runs).
            pool = stack.enter_context(ThreadPoolExecutor(max_workers=1, thread_name_prefix="kpi-hours"))
            every_sum = pool.submit(_all_month_sums, db, period.first, as_of)
        session = stack.enter_context(db.read())
        company_query = select(
            Company.id,
            Company.name,
            Company.municipality,
            Company.prefecture,
            Company.hourly_cost_yen,
            Company.outsource_rate_yen,
            Company.partner_id,
        ).where(*_scope_filter(company_id))
        found = [
            (
                CompanyFacts(
                    r.id, r.name, r.municipality, r.prefecture, r.hourly_cost_yen, r.outsource_rate_yen
                ),
                r.partner_id,
            )
            for r in session.execute(company_query.order_by(Company.name, Company.id))
        ]
        if company_id is not None and not found:
            raise NotFound(company_id)
        companies = tuple(c for c, _ in found)
        tasks = _tasks(session, company_id, _weights(session, found))
        assignments = _assignments(session, company_id)
        wanted = {a.worker_id for a in assignments}
        workers = _workers(session, company_id, partner_id, wanted)
        trainees = None
        if partner_id is not None:
            trainees = _trainees(session, partner_id, company_id, wanted, as_of)
        minutes = _minutes(session, {a.id for a in assignments}, company_id, period.first, as_of, every_sum)
        company_partner = found[0][1] if company_id is not None else None
        inputs = KpiInputs(
            scope="partner" if company_id is None else "company",
            company_id=company_id,
            companies=companies,
            tasks=tasks,
            assignments=assignments,
            workers=workers,
            minutes=minutes,
            trainees=trainees,
            costs=_scope_costs(session, company_id, partner_id, company_partner),
        )
        windows = kpi.retention_windows(inputs, period, today)
        return replace(inputs, worked_days=_worked_days(session, inputs, windows))


@contextlib.contextmanager
def _collection_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while a report is built.

    A report allocates some 100,000 short-lived tuples and rows; the collector would walk them over
    and over as they survive its generations (about a fifth of the time on the large dataset).
    Reference counting still frees everything; the collector runs again right after."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


_REPORTS: dict[tuple[int, int, MonthRange, str | None, date], KpiReport] = {}
_REPORTS_KEPT = 8
_REPORTS_LOCK = threading.Lock()


def kpi_report(db: Database, period: MonthRange, company_id: str | None, today: date) -> KpiReport:
    """The KPI report of one company (its owner's view) or, with ``company_id`` None, of every
    company in this database (the partner's view, with per-company figures).
    :class:`NotFound` for an unknown or tombstoned company.

    A report is a pure function of the file's contents, the period, the scope and the day, so one
    asked for again while nothing was committed to the file (``Database.data_version``) is the
    report already built (the dashboard reopened, the view switched back and forth). The version
    is read before the inputs: a commit landing while the report is built makes the next call
    build again."""
    key = (db.instance, db.data_version(), period, company_id, today)
    with _REPORTS_LOCK:
        found = _REPORTS.get(key)
    if found is not None:
        return found
    with _collection_paused():
        report = kpi.build_report(load_inputs(db, period, company_id, today), period, today)
    with _REPORTS_LOCK:
        if len(_REPORTS) >= _REPORTS_KEPT:
            _REPORTS.pop(next(iter(_REPORTS)))  # the oldest
        _REPORTS[key] = report
    return report
