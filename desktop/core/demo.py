"""Demo data: the small tea-farm dataset (from a bundled JSON file) and the large benchmark shape.

``load_small`` reads ``resources/demo/tea_farm.json``, which has this structure::

    {
      "format": "machishigoto-demo",         # fixed marker
      "version": 1,                          # structure version
      "partner": {"name": str, "contact": str},
      "company": {
        "name": str, "name_kana": str, "prefecture": str, "municipality": str, "industry": str,
        "employees": int, "contact_person": str, "phone": str, "email": str,
        "hourly_cost_yen": int, "outsource_rate_yen": int, "note": str
      },
      "departments": [                       # in display order (becomes Department.position)
        {
          "name": str,
          "tasks": [
            {
              "name": str, "description": str,
              "frequency": "COUNT/UNIT",     # UNIT in day|week|month|year, e.g. "2/week"
              "minutes_per_occurrence": int, # 1..6000, COUNT * minutes <= minutes of the unit
              "performer": str, "skills": str, "tools": str,
              "medium": "paper|digital|mixed",
              "onsite": "none|sometimes|required",
              "confidentiality": "public|internal|confidential",
              "personal_data": bool, "single_person": bool,
              "documented": "none|partial|full",
              "seasonality": "none|month_end|seasonal|irregular",
              "deadline": "flexible|days|same_day|realtime",
              "ecrs_decision": "undecided|eliminate|combine|rearrange|simplify|keep",
              "ecrs_note": str,
              "status": "active|under_review|outsourced|discontinued",
              "note": str,
              "steps": [{"text": str, "internal_only": bool}, ...]   # in order, may be empty
            }
          ]
        }
      ]
    }

Every task key except ``name`` may be left out; a missing key takes the model's default. Values
are checked against the codes above while loading, so a broken file fails before anything is
written (the whole small dataset is one transaction). The partner's pool of workers, their
assignments on the tea farm's tasks, the worker cards and some weeks of hours come from
``resources/demo/tea_farm_workers.json`` (structure described above :func:`load_small_pool`),
with dates placed relative to the ``today`` the loader is given.

``load_large`` builds the benchmark shape (1 partner, 50 fictional companies, 6-10 departments
each, 100 tasks per company, 0-4 steps per task; 1,000 workers, 2,500 assignments, 100,000 time
entries) deterministically from ``random.Random(seed)`` (and ``today`` for the dates of the pool),
one company per transaction so progress can be reported and a cancel honoured between companies.
All data is fictional.

Every row is inserted through the ordinary write path: the capture triggers turn it into outbox
cells in the same transaction, so demo data syncs like anything a person typed. Assignments,
cards and the ids of skills, worker skills and stages use the deterministic ids of
:mod:`desktop.core.workforce`.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from typing import Any, TypeVar, cast

from sqlalchemy import insert
from sqlalchemy.orm import Session

from desktop.core import ids, inventory, workforce
from desktop.core.db import Database
from desktop.core.errors import Cancelled
from desktop.core.models import (
    Assignment,
    Company,
    Department,
    Partner,
    Skill,
    Synced,
    Task,
    TaskStep,
    TimeEntry,
    TrainingStage,
    Worker,
    WorkerCard,
    WorkerSkill,
)
from desktop.core.paths import resource_path
from desktop.core.workforce import Period

Progress = Callable[[int, int], None]
IsCancelled = Callable[[], bool]

DEMO_FORMAT = "machishigoto-demo"
DEMO_VERSION = 1

# --- value codes of task fields --------------------------------------------------------------------

MEDIUMS = inventory.MEDIUMS
ONSITE = inventory.ONSITE
CONFIDENTIALITY = inventory.CONFIDENTIALITY
DOCUMENTED = inventory.DOCUMENTED
SEASONALITY = inventory.SEASONALITY
DEADLINES = inventory.DEADLINES
ECRS_DECISIONS = inventory.ECRS
STATUSES = inventory.STATUSES

TASK_ENUMS: dict[str, tuple[str, ...]] = {
    "medium": MEDIUMS,
    "onsite": ONSITE,
    "confidentiality": CONFIDENTIALITY,
    "documented": DOCUMENTED,
    "seasonality": SEASONALITY,
    "deadline": DEADLINES,
    "ecrs_decision": ECRS_DECISIONS,
    "status": STATUSES,
}
TASK_TEXTS = ("description", "performer", "skills", "tools", "ecrs_note", "note")
TASK_FLAGS = ("personal_data", "single_person")


@dataclass(frozen=True)
class DemoSummary:
    """How many rows a demo load inserted."""

    companies: int
    departments: int
    tasks: int
    steps: int
    workers: int = 0
    assignments: int = 0
    time_entries: int = 0


def frequency_ok(frequency: str, minutes: int) -> bool:
    """Whether ``frequency`` ("COUNT/UNIT") is well formed and fits ``minutes`` per occurrence."""
    try:
        parsed = inventory.Frequency.parse(frequency)
    except ValueError:
        return False
    return 1 <= minutes <= inventory.MAX_MINUTES and parsed.error(minutes) is None


# --- small dataset ----------------------------------------------------------------------------------


class DemoDataError(ValueError):
    """The bundled demo file does not have the documented structure."""


def load_small(
    db: Database,
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
    today: date | None = None,
) -> DemoSummary:
    """Insert the small tea-farm demo (1 partner, 1 company, the partner's pool of workers with
    their assignments and hours) in one transaction. Dates of the pool are placed relative to
    ``today`` (default: the current date), so the pipeline and the hours look current."""
    today = today or date.today()
    path = resource_path("demo", "tea_farm.json")
    with path.open(encoding="utf-8") as fh:
        raw: object = json.load(fh)
    if progress is not None:
        progress(0, 1)
    if cancelled is not None and cancelled():
        raise Cancelled()
    root = _obj(raw, "root")
    if root.get("format") != DEMO_FORMAT or root.get("version") != DEMO_VERSION:
        raise DemoDataError(f"{path}: not a {DEMO_FORMAT} v{DEMO_VERSION} file")

    partner_data = _obj(root.get("partner"), "partner")
    partner_id = ids.new_id()
    partner = Partner(
        id=partner_id,
        scope_id=partner_id,
        name=_text(partner_data, "name", "partner", required=True),
        contact=_text(partner_data, "contact", "partner"),
    )
    company_data = _obj(root.get("company"), "company")
    company_id = ids.new_id()
    company = Company(
        id=company_id,
        scope_id=company_id,
        partner_id=partner_id,
        name=_text(company_data, "name", "company", required=True),
        name_kana=_text(company_data, "name_kana", "company"),
        prefecture=_text(company_data, "prefecture", "company"),
        municipality=_text(company_data, "municipality", "company"),
        industry=_text(company_data, "industry", "company"),
        employees=_opt_int(company_data, "employees", "company"),
        contact_person=_text(company_data, "contact_person", "company"),
        phone=_text(company_data, "phone", "company"),
        email=_text(company_data, "email", "company"),
        hourly_cost_yen=_opt_int(company_data, "hourly_cost_yen", "company"),
        outsource_rate_yen=_opt_int(company_data, "outsource_rate_yen", "company"),
        note=_text(company_data, "note", "company"),
    )

    departments: list[Department] = []
    tasks: list[Task] = []
    steps: list[TaskStep] = []
    for d_pos, d_raw in enumerate(_list(root.get("departments"), "departments")):
        d_where = f"departments[{d_pos}]"
        d_data = _obj(d_raw, d_where)
        department = Department(
            id=ids.new_id(),
            scope_id=company_id,
            company_id=company_id,
            name=_text(d_data, "name", d_where, required=True),
            position=d_pos,
        )
        departments.append(department)
        for t_pos, t_raw in enumerate(_list(d_data.get("tasks", []), f"{d_where}.tasks")):
            t_where = f"{d_where}.tasks[{t_pos}]"
            t_data = _obj(t_raw, t_where)
            task = Task(
                id=ids.new_id(),
                scope_id=company_id,
                company_id=company_id,
                department_id=department.id,
                name=_text(t_data, "name", t_where, required=True),
                **_task_fields(t_data, t_where),
            )
            tasks.append(task)
            for s_pos, s_raw in enumerate(_list(t_data.get("steps", []), f"{t_where}.steps")):
                s_where = f"{t_where}.steps[{s_pos}]"
                s_data = _obj(s_raw, s_where)
                steps.append(
                    TaskStep(
                        id=ids.new_id(),
                        scope_id=company_id,
                        task_id=task.id,
                        position=s_pos,
                        text=_text(s_data, "text", s_where, required=True),
                        internal_only=_flag(s_data, "internal_only", s_where),
                    )
                )

    work = load_small_pool(partner_id, company_id, [(t.id, t.name) for t in tasks], today)

    with db.write() as session:
        _insert_levels(session, [[partner], [company], departments, tasks, steps])
        work.insert(session)
    if progress is not None:
        progress(1, 1)
    return DemoSummary(
        companies=1,
        departments=len(departments),
        tasks=len(tasks),
        steps=len(steps),
        workers=len(work.workers),
        assignments=len(work.assignments),
        time_entries=len(work.time_entries),
    )


def _task_fields(data: dict[str, object], where: str) -> dict[str, Any]:
    """The checked task cells present in ``data`` (absent ones keep the model defaults)."""
    fields: dict[str, Any] = {}
    for key in TASK_TEXTS:
        if key in data:
            fields[key] = _text(data, key, where)
    for key in TASK_FLAGS:
        if key in data:
            fields[key] = _flag(data, key, where)
    for key, codes in TASK_ENUMS.items():
        if key in data:
            value = _text(data, key, where)
            if value not in codes:
                raise DemoDataError(f"{where}.{key}: {value!r} is not one of {codes}")
            fields[key] = value
    frequency = _text(data, "frequency", where) if "frequency" in data else "1/month"
    minutes = _opt_int(data, "minutes_per_occurrence", where)
    minutes = 30 if minutes is None else minutes
    if not frequency_ok(frequency, minutes):
        raise DemoDataError(f"{where}: frequency {frequency!r} with {minutes} min is not allowed")
    fields["frequency"] = frequency
    fields["minutes_per_occurrence"] = minutes
    return fields


def _obj(value: object, where: str) -> dict[str, object]:
    if not isinstance(value, dict):
        raise DemoDataError(f"{where}: expected an object")
    return cast(dict[str, object], value)


def _list(value: object, where: str) -> list[object]:
    if not isinstance(value, list):
        raise DemoDataError(f"{where}: expected a list")
    return cast(list[object], value)


def _text(data: dict[str, object], key: str, where: str, required: bool = False) -> str:
    value = data.get(key)
    if value is None and not required:
        return ""
    if not isinstance(value, str) or (required and not value.strip()):
        raise DemoDataError(f"{where}.{key}: expected {'a non-empty' if required else 'a'} string")
    return value


def _flag(data: dict[str, object], key: str, where: str) -> bool:
    value = data.get(key, False)
    if not isinstance(value, bool):
        raise DemoDataError(f"{where}.{key}: expected true or false")
    return value


def _opt_int(data: dict[str, object], key: str, where: str) -> int | None:
    value = data.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise DemoDataError(f"{where}.{key}: expected an integer")
    return value


def _insert_levels(session: Session, levels: Sequence[Sequence[object]]) -> None:
    """Add rows parents first, flushing each level so foreign keys always point at existing rows."""
    for level in levels:
        session.add_all(level)
        session.flush()


# --- the partner's pool, assignments and hours --------------------------------------------------------
#
# ``resources/demo/tea_farm_workers.json`` holds the small dataset's pool::
#
#     {
#       "format": "machishigoto-demo-workers", "version": 1,
#       "reference_monday": "YYYY-MM-DD",   # a Monday; every date in the file is written as if the
#                                           # current week started then, and is moved by whole weeks
#                                           # on loading so that week becomes the week of ``today``
#       "skills": [{"name": str, "expert": bool}, ...],
#       "workers": [
#         {"key": str,                      # how assignments refer to the worker (not stored)
#          "name": str, "name_kana": str, "kind": "local|urban|staff", "municipality": str,
#          "hours_per_week": int, "time_windows": [{"days": [0-6...], "start": "HH:MM", "end": "HH:MM"}],
#          "onsite_days_per_month": int, "hourly_rate_yen": int|null,
#          "clearance": "public|internal|confidential", "phone": str, "email": str,
#          "consent_on": "YYYY-MM-DD"|"",   # contact and private constraints need consent
#          "private_constraints": str, "status": "active|paused|left", "note": str,
#          "skills": {SKILL_NAME: LEVEL (1-3), ...},
#          "stages": {"course|ojt|small_job|regular": "START/END" (END may be empty)}}
#       ],
#       "assignments": [
#         {"task": TASK_NAME, "worker": KEY, "role": "operator|supervisor", "period": "START/END",
#          "rate_yen": int, "planned_hours": int, "status": "planned|active|paused|ended", "note": str,
#          "hours": [{"days": ["mon", ...], "minutes": int | [int, ...], "weeks": [-6, ..., 0]}]}
#       ],
#       "corrections": [{"task": TASK_NAME, "worker": KEY, "role": ROLE, "week": int, "day": "mon",
#                        "minutes": int, "note": str}]
#     }
#
# Hours are written as a weekly pattern: for each listed week (0 = the current week, -1 the week
# before; by default the six weeks before this one and this one) and day, one time entry of
# ``minutes`` (a list is cycled for some variation), on days inside the assignment's period and
# before ``today``. A correction is a new row (``corrects_id``) replacing the entry of that week
# and day.

WORKERS_FORMAT = "machishigoto-demo-workers"
WORKERS_VERSION = 1
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
DEFAULT_WEEKS = (-6, -5, -4, -3, -2, -1, 0)
CLEARANCES = inventory.CONFIDENTIALITY
JST = timezone(timedelta(hours=9))


def card_row(company_id: str, worker: dict[str, Any], skills: Iterable[tuple[str, int]]) -> dict[str, Any]:
    """The WorkerCard row an assignment of ``worker`` (a worker row as a dict) to one of
    ``company_id``'s tasks makes: name, kind, skills summary and agreed contact, nothing else."""
    return {
        "id": workforce.worker_card_id(company_id, worker["id"]),
        "scope_id": company_id,
        "deleted": False,
        "company_id": company_id,
        "worker_id": worker["id"],
        "name": worker["name"],
        "kind": worker["kind"],
        "skills_summary": workforce.card_skills_summary(skills),
        "contact": workforce.card_contact(worker["email"], worker["phone"], worker["consent_on"]),
    }


def epoch_ms(day: date, hour: int, minute: int = 0) -> int:
    """Milliseconds since the epoch of ``day`` at ``hour:minute`` in Japan."""
    return int(datetime.combine(day, time(hour, minute), JST).timestamp() * 1000)


@dataclass
class WorkRows:
    """Rows of the pool (partner scope) and of its use in companies (company scopes), as dicts
    with every column, inserted parents first with Core ``insert`` executemany (the capture
    triggers turn them into outbox cells like any other local write)."""

    skills: list[dict[str, Any]] = field(default_factory=list)
    workers: list[dict[str, Any]] = field(default_factory=list)
    worker_skills: list[dict[str, Any]] = field(default_factory=list)
    stages: list[dict[str, Any]] = field(default_factory=list)
    assignments: list[dict[str, Any]] = field(default_factory=list)
    cards: list[dict[str, Any]] = field(default_factory=list)
    time_entries: list[dict[str, Any]] = field(default_factory=list)

    def insert(self, session: Session) -> None:
        order: list[tuple[type[Synced], list[dict[str, Any]]]] = [
            (Skill, self.skills),
            (Worker, self.workers),
            (WorkerSkill, self.worker_skills),
            (TrainingStage, self.stages),
            (Assignment, self.assignments),
            (WorkerCard, self.cards),
            (TimeEntry, self.time_entries),
        ]
        for model, rows in order:
            if rows:
                session.execute(insert(model), rows)


def _shifted(day_text: str, delta: timedelta, where: str) -> date:
    try:
        return date.fromisoformat(day_text) + delta
    except ValueError as exc:
        raise DemoDataError(f"{where}: {day_text!r} is not a date") from exc


def _period(data: dict[str, object], key: str, where: str, delta: timedelta) -> Period:
    text = _text(data, key, where, required=True)
    try:
        period = Period.parse(text)
    except ValueError as exc:
        raise DemoDataError(f"{where}.{key}: {text!r} is not a period") from exc
    return Period(period.start + delta, period.end + delta if period.end else None)


def _code(data: dict[str, object], key: str, where: str, codes: Sequence[str]) -> str:
    value = _text(data, key, where, required=True)
    if value not in codes:
        raise DemoDataError(f"{where}.{key}: {value!r} is not one of {tuple(codes)}")
    return value


def _int_in(data: dict[str, object], key: str, where: str, low: int, high: int) -> int:
    value = _opt_int(data, key, where)
    if value is None or not low <= value <= high:
        raise DemoDataError(f"{where}.{key}: expected an integer in {low}..{high}")
    return value


def load_small_pool(
    partner_id: str, company_id: str, tasks: Sequence[tuple[str, str]], today: date
) -> WorkRows:
    """The small dataset's pool, assignments, cards and hours (read from
    ``resources/demo/tea_farm_workers.json``) for ``tasks`` (id, name) of ``company_id``, with
    dates placed relative to ``today``. Raises :class:`DemoDataError` on a broken file."""
    path = resource_path("demo", "tea_farm_workers.json")
    with path.open(encoding="utf-8") as fh:
        raw: object = json.load(fh)
    root = _obj(raw, "root")
    if root.get("format") != WORKERS_FORMAT or root.get("version") != WORKERS_VERSION:
        raise DemoDataError(f"{path}: not a {WORKERS_FORMAT} v{WORKERS_VERSION} file")
    reference = _shifted(_text(root, "reference_monday", "root", required=True), timedelta(0), "root")
    if reference.weekday() != 0:
        raise DemoDataError("root.reference_monday: not a Monday")
    # Whole weeks, so weekdays (and "no hours this week") stay as written.
    delta = workforce.week_start(today) - reference
    rows = WorkRows()

    skill_ids: dict[str, str] = {}
    for pos, s_raw in enumerate(_list(root.get("skills"), "skills")):
        where = f"skills[{pos}]"
        s_data = _obj(s_raw, where)
        name = _text(s_data, "name", where, required=True)
        skill_id = workforce.skill_id(partner_id, name)
        if skill_id in skill_ids.values():
            raise DemoDataError(f"{where}: skill {name!r} is listed twice")
        skill_ids[name] = skill_id
        rows.skills.append(
            {
                "id": skill_id,
                "scope_id": partner_id,
                "deleted": False,
                "partner_id": partner_id,
                "name": name,
                "expert": _flag(s_data, "expert", where),
            }
        )

    workers: dict[str, dict[str, Any]] = {}
    worker_skills: dict[str, list[tuple[str, int]]] = {}
    for pos, w_raw in enumerate(_list(root.get("workers"), "workers")):
        where = f"workers[{pos}]"
        key, worker, skills = _small_worker(_obj(w_raw, where), where, partner_id, delta)
        if key in workers:
            raise DemoDataError(f"{where}.key: {key!r} is used twice")
        workers[key] = worker
        worker_skills[key] = []
        rows.workers.append(worker)
        for name, level in skills.items():
            if name not in skill_ids:
                raise DemoDataError(f"{where}.skills: {name!r} is not in the skill list")
            worker_skills[key].append((name, level))
            rows.worker_skills.append(
                {
                    "id": workforce.worker_skill_id(worker["id"], skill_ids[name]),
                    "scope_id": partner_id,
                    "deleted": False,
                    "worker_id": worker["id"],
                    "skill_id": skill_ids[name],
                    "level": level,
                }
            )
        stages = _obj(_obj(w_raw, where).get("stages", {}), f"{where}.stages")
        for stage in stages:
            if stage not in workforce.STAGES:
                raise DemoDataError(f"{where}.stages: {stage!r} is not one of {workforce.STAGES}")
            period = _period(stages, stage, f"{where}.stages", delta)
            rows.stages.append(
                {
                    "id": workforce.training_stage_id(worker["id"], stage),
                    "scope_id": partner_id,
                    "deleted": False,
                    "worker_id": worker["id"],
                    "stage": stage,
                    "period": str(period),
                }
            )

    task_ids: dict[str, list[str]] = {}
    for task_id, name in tasks:
        task_ids.setdefault(name, []).append(task_id)

    def task_of(data: dict[str, object], where: str) -> str:
        name = _text(data, "task", where, required=True)
        found = task_ids.get(name, [])
        if len(found) != 1:
            raise DemoDataError(f"{where}.task: {name!r} names {len(found)} tasks, not one")
        return found[0]

    def worker_of(data: dict[str, object], where: str) -> str:
        key = _text(data, "worker", where, required=True)
        if key not in workers:
            raise DemoDataError(f"{where}.worker: no worker {key!r}")
        return key

    this_monday = workforce.week_start(today)
    entries: dict[tuple[str, date], dict[str, Any]] = {}
    day_minutes: dict[tuple[str, date], int] = {}
    carded: set[str] = set()
    for pos, a_raw in enumerate(_list(root.get("assignments"), "assignments")):
        where = f"assignments[{pos}]"
        a_data = _obj(a_raw, where)
        task_id, key = task_of(a_data, where), worker_of(a_data, where)
        worker = workers[key]
        role = _code(a_data, "role", where, workforce.ROLES)
        assignment_id = workforce.assignment_id(task_id, worker["id"], role)
        if any(a["id"] == assignment_id for a in rows.assignments):
            raise DemoDataError(f"{where}: the same task, worker and role twice")
        period = _period(a_data, "period", where, delta)
        rows.assignments.append(
            {
                "id": assignment_id,
                "scope_id": company_id,
                "deleted": False,
                "task_id": task_id,
                "worker_id": worker["id"],
                "role": role,
                "period": str(period),
                "rate_yen": _int_in(a_data, "rate_yen", where, 1, workforce.MAX_RATE_YEN),
                "planned_hours": _int_in(a_data, "planned_hours", where, 0, workforce.MAX_PLANNED_HOURS),
                "status": _code(a_data, "status", where, workforce.ASSIGNMENT_STATUSES),
                "code": workforce.short_code(assignment_id),
                "note": _text(a_data, "note", where),
            }
        )
        if key not in carded:
            carded.add(key)
            rows.cards.append(card_row(company_id, worker, worker_skills[key]))
        for h_pos, h_raw in enumerate(_list(a_data.get("hours", []), f"{where}.hours")):
            h_where = f"{where}.hours[{h_pos}]"
            h_data = _obj(h_raw, h_where)
            minutes = _minutes_pattern(h_data, h_where)
            weeks_raw = h_data.get("weeks", list(DEFAULT_WEEKS))
            weeks = [_week(w, h_where) for w in _list(weeks_raw, f"{h_where}.weeks")]
            days = [_weekday(d, h_where) for d in _list(h_data.get("days"), f"{h_where}.days")]
            for week in weeks:
                for weekday in days:
                    day = this_monday + timedelta(weeks=week, days=weekday)
                    if day >= today or not period.contains(day):
                        continue
                    if (assignment_id, day) in entries:
                        raise DemoDataError(f"{h_where}: two entries on {day} for one assignment")
                    value = minutes[(week * 7 + weekday) % len(minutes)]
                    worked = day_minutes.get((key, day), 0) + value
                    if worked > workforce.MAX_DAY_MINUTES:
                        raise DemoDataError(f"{h_where}: more than 24 hours on {day} for {key!r}")
                    day_minutes[(key, day)] = worked
                    keyed_in = day + timedelta(days=7 - weekday)  # the next Monday, from the sheet
                    entries[(assignment_id, day)] = {
                        "id": ids.new_id(),
                        "scope_id": company_id,
                        "deleted": False,
                        "assignment_id": assignment_id,
                        "work_date": day.isoformat(),
                        "minutes": value,
                        "corrects_id": None,
                        "source": "sheet",
                        "entered_at_ms": epoch_ms(min(keyed_in, today), 10, len(entries) % 60),
                        "note": "",
                    }
    rows.time_entries = sorted(entries.values(), key=lambda e: (e["work_date"], e["assignment_id"]))

    by_id = {a["id"]: a for a in rows.assignments}
    for pos, c_raw in enumerate(_list(root.get("corrections", []), "corrections")):
        where = f"corrections[{pos}]"
        c_data = _obj(c_raw, where)
        task_id, key = task_of(c_data, where), worker_of(c_data, where)
        assignment_id = workforce.assignment_id(
            task_id, workers[key]["id"], _code(c_data, "role", where, workforce.ROLES)
        )
        if assignment_id not in by_id:
            raise DemoDataError(f"{where}: no such assignment")
        day = this_monday + timedelta(
            weeks=_week(c_data.get("week"), where), days=_weekday(c_data.get("day"), where)
        )
        original = entries.get((assignment_id, day))
        if original is None:
            raise DemoDataError(f"{where}: no time entry on {day} to correct")
        fixed = _int_in(c_data, "minutes", where, 0, workforce.MAX_DAY_MINUTES)
        worked = day_minutes[(key, day)] - original["minutes"] + fixed
        if worked > workforce.MAX_DAY_MINUTES:
            raise DemoDataError(f"{where}: more than 24 hours on {day} for {key!r}")
        day_minutes[(key, day)] = worked
        rows.time_entries.append(
            {
                **original,
                "id": ids.new_id(),
                "minutes": fixed,
                "corrects_id": original["id"],
                "entered_at_ms": original["entered_at_ms"] + 2 * 86_400_000,
                "note": _text(c_data, "note", where),
            }
        )
    return rows


def _small_worker(
    data: dict[str, object], where: str, partner_id: str, delta: timedelta
) -> tuple[str, dict[str, Any], dict[str, int]]:
    """A worker of the JSON file: its key, its row and its skills (name → level)."""
    key = _text(data, "key", where, required=True)
    consent = _text(data, "consent_on", where)
    consent_on = _shifted(consent, delta, f"{where}.consent_on").isoformat() if consent else ""
    windows_raw = data.get("time_windows", [])
    try:
        windows = [w.as_json() for w in workforce.parse_windows(windows_raw)]
    except ValueError as exc:
        raise DemoDataError(f"{where}.time_windows: {exc}") from exc
    rate = _opt_int(data, "hourly_rate_yen", where)
    if rate is not None and not 1 <= rate <= workforce.MAX_RATE_YEN:
        raise DemoDataError(f"{where}.hourly_rate_yen: out of range")
    worker: dict[str, Any] = {
        "id": ids.new_id(),
        "scope_id": partner_id,
        "deleted": False,
        "partner_id": partner_id,
        "name": _text(data, "name", where, required=True),
        "name_kana": _text(data, "name_kana", where),
        "kind": _code(data, "kind", where, workforce.KINDS),
        "municipality": _text(data, "municipality", where),
        "hours_per_week": _int_in(data, "hours_per_week", where, 0, workforce.MAX_HOURS_PER_WEEK),
        "time_windows": windows,
        "onsite_days_per_month": _int_in(data, "onsite_days_per_month", where, 0, 31),
        "hourly_rate_yen": rate,
        "clearance": _code(data, "clearance", where, CLEARANCES),
        "phone": _text(data, "phone", where),
        "email": _text(data, "email", where),
        "consent_on": consent_on,
        "private_constraints": _text(data, "private_constraints", where),
        "status": _code(data, "status", where, workforce.WORKER_STATUSES) if "status" in data else "active",
        "note": _text(data, "note", where),
    }
    if not consent_on and (worker["phone"] or worker["email"] or worker["private_constraints"]):
        raise DemoDataError(f"{where}: contact or private constraints without consent")
    skills: dict[str, int] = {}
    for name, level in _obj(data.get("skills", {}), f"{where}.skills").items():
        if isinstance(level, bool) or level not in workforce.LEVELS:
            raise DemoDataError(f"{where}.skills.{name}: level must be one of {workforce.LEVELS}")
        skills[name] = level
    return key, worker, skills


def _minutes_pattern(data: dict[str, object], where: str) -> list[int]:
    value = data.get("minutes")
    values = value if isinstance(value, list) else [value]
    if not values or any(
        isinstance(v, bool) or not isinstance(v, int) or not 0 < v <= workforce.MAX_DAY_MINUTES
        for v in values
    ):
        raise DemoDataError(f"{where}.minutes: expected minutes (1..1440) or a list of them")
    return cast(list[int], values)


def _week(value: object, where: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not -60 <= value <= 0:
        raise DemoDataError(f"{where}: a week is an offset from -60 to 0")
    return value


def _weekday(value: object, where: str) -> int:
    if value not in WEEKDAYS:
        raise DemoDataError(f"{where}: a day is one of {WEEKDAYS}")
    return WEEKDAYS.index(value)


# --- large (benchmark) dataset -----------------------------------------------------------------------


@dataclass(frozen=True)
class _Area:
    """One area of work with the task names and the field tendencies typical for it."""

    name: str
    tasks: tuple[str, ...]
    performers: tuple[str, ...]
    tools: tuple[str, ...]
    skills: tuple[str, ...]
    medium: tuple[int, int, int]  # weights of paper, digital, mixed
    onsite: tuple[int, int, int]  # weights of none, sometimes, required
    personal_rate: float
    month_end_rate: float


_AREAS: tuple[_Area, ...] = (
    _Area(
        "経理・会計",
        (
            "売上伝票の記帳",
            "仕入伝票の記帳",
            "月末の請求書発行",
            "売掛金の入金確認・消込",
            "買掛金の支払(振込)",
            "小口現金の管理",
            "経費精算",
            "領収書・インボイスの保存",
            "月次試算表の確認",
            "決算資料の準備(税理士提出)",
            "消費税申告の資料作成",
            "給与の振込",
            "固定資産台帳の更新",
            "借入金返済の管理",
        ),
        ("奥さん(専務)", "社長", "経理担当 高橋", "事務パート 佐藤"),
        ("freee会計", "弥生会計", "Excel", "ネットバンキング", "電卓, 紙の伝票", "Misoca"),
        ("簿記3級程度", "会計ソフトの操作", "ネットバンキングの操作", ""),
        (3, 4, 5),
        (6, 3, 1),
        0.1,
        0.45,
    ),
    _Area(
        "総務・人事",
        (
            "勤怠(タイムカード)の集計",
            "給与計算",
            "社会保険の手続き",
            "年末調整",
            "季節アルバイトの募集・採用",
            "雇用契約書の作成",
            "健康診断の手配",
            "備品・消耗品の購入",
            "車両の車検・保険の管理",
            "安全衛生委員会の記録",
            "従業員名簿の更新",
            "来客・電話の取次ぎ",
        ),
        ("奥さん(専務)", "社長", "総務担当 山口", "事務パート 佐藤"),
        ("Excel", "タイムレコーダー", "e-Gov", "紙の届出書", "年調ソフト", "アスクル"),
        ("社会保険の知識", "Excel", "年末調整の知識", ""),
        (5, 3, 4),
        (4, 4, 2),
        0.6,
        0.3,
    ),
    _Area(
        "営業・顧客対応",
        (
            "電話・FAXでの注文受付",
            "見積書の作成",
            "得意先への定期訪問",
            "お客様からの問い合わせ対応",
            "顧客名簿の更新",
            "DM・案内状の発送",
            "クレーム対応の記録",
            "新規取引先の開拓",
            "ギフト注文の取りまとめ",
            "展示会・商談会への出展準備",
            "通販サイトの受注処理",
            "売上実績の集計",
        ),
        ("社長", "営業 田中", "奥さん(専務)", "通販担当パート 増田"),
        ("電話, FAX", "Excel", "Gmail", "カラーミーショップ", "紙の注文票", "名刺管理アプリ"),
        ("商品知識", "電話応対", "長年の取引関係", "Excel"),
        (4, 4, 4),
        (4, 4, 3),
        0.5,
        0.15,
    ),
    _Area(
        "広報・SNS・Web",
        (
            "Instagramの投稿",
            "ホームページのお知らせ更新",
            "商品写真の撮影",
            "チラシ・ポスターの作成",
            "Googleの口コミへの返信",
            "LINE公式アカウントの配信",
            "通販サイトの商品ページ更新",
            "地元紙・観光協会への情報提供",
            "ブログ記事の作成",
            "イベント告知の作成",
        ),
        ("息子(後継者)", "広報担当 中村", "事務パート 佐藤", "社長"),
        ("Instagram", "WordPress", "Canva", "LINE公式アカウント", "スマートフォン", "ミラーレスカメラ"),
        ("写真撮影", "文章作成", "デザイン", "SNSの運用"),
        (1, 8, 2),
        (7, 3, 1),
        0.05,
        0.05,
    ),
    _Area(
        "受発注・在庫",
        (
            "在庫数の確認(棚卸し)",
            "資材の発注",
            "仕入先への発注書作成",
            "入荷品の検品",
            "在庫表の更新",
            "賞味期限・ロットの管理",
            "出荷指示書の作成",
            "返品の処理",
            "発注点の見直し",
            "仕入価格の比較",
        ),
        ("工場長", "倉庫担当 伊藤", "事務パート 佐藤", "奥さん(専務)"),
        ("Excel", "FAX", "在庫表(紙)", "ハンディターミナル", "発注システム"),
        ("商品知識", "Excel", ""),
        (5, 3, 4),
        (2, 4, 5),
        0.05,
        0.35,
    ),
    _Area(
        "製造・現場",
        (
            "現場作業の段取り",
            "作業日報の記入",
            "機械の点検・清掃",
            "原材料の受入れ",
            "品質のばらつきの確認",
            "安全点検の記録",
            "作業手順書の更新",
            "新人への作業指導",
            "設備の修理手配",
            "現場写真の整理",
            "製造計画の作成",
            "廃棄物の処理記録",
        ),
        ("工場長", "現場リーダー 渡辺", "社長", "パート 鈴木"),
        ("紙の日報", "点検表(紙)", "工具", "Excel", "タブレット"),
        ("現場経験", "機械の扱い", "資格(フォークリフト等)", ""),
        (7, 2, 3),
        (1, 2, 8),
        0.05,
        0.1,
    ),
    _Area(
        "配送・物流",
        (
            "配送ルートの作成",
            "送り状の作成",
            "商品の梱包・発送",
            "配達の実施",
            "運送会社への集荷依頼",
            "配送料金の確認",
            "車両の日常点検",
            "不在・再配達の対応",
        ),
        ("配送担当 小松", "パート 鈴木", "社長", "通販担当パート 増田"),
        ("軽トラ", "B2クラウド", "ゆうパックプリントR", "地図アプリ", "紙の配送表"),
        ("運転免許", "地理に詳しい", ""),
        (5, 3, 4),
        (2, 3, 7),
        0.6,
        0.1,
    ),
    _Area(
        "観光・体験",
        (
            "体験の予約受付",
            "宿泊予約の管理",
            "体験当日の受付・案内",
            "団体予約の調整",
            "参加者へのお礼メール",
            "アンケートの集計",
            "旅行サイトの在庫・料金更新",
            "体験用保険の加入手続き",
            "外国人客への案内文作成",
        ),
        ("女将", "体験担当 小林", "奥さん(専務)", "フロント 井上"),
        ("電話", "予約台帳(紙)", "Googleフォーム", "じゃらんnet管理画面", "楽天トラベル管理画面"),
        ("接客", "英語少し", "電話応対"),
        (4, 4, 4),
        (3, 4, 5),
        0.7,
        0.05,
    ),
    _Area(
        "店舗・接客",
        (
            "開店準備・閉店作業",
            "レジ締め",
            "売場の陳列替え",
            "POPの作成",
            "ポイントカードの管理",
            "店頭での注文受付",
            "売上日報の作成",
            "釣銭の準備",
        ),
        ("店長 森", "パート 杉山", "奥さん(専務)", "アルバイト 村松"),
        ("POSレジ", "手書きPOP", "Excel", "ポイントカード"),
        ("接客", "商品知識", ""),
        (6, 3, 3),
        (1, 2, 9),
        0.3,
        0.1,
    ),
    _Area(
        "品質管理・衛生",
        (
            "温度管理記録の記入",
            "HACCPの記録の確認",
            "衛生点検の実施",
            "検査機関への検体送付",
            "成分表示ラベルの確認",
            "異物混入の記録",
            "保健所への届出書類の作成",
            "害虫防除の手配",
        ),
        ("品質担当 加藤", "工場長", "奥さん(専務)"),
        ("記録表(紙)", "温度計", "Excel", "ラベルプリンター"),
        ("食品衛生責任者", "HACCPの知識", ""),
        (6, 2, 4),
        (2, 3, 6),
        0.05,
        0.25,
    ),
    _Area(
        "情報システム",
        (
            "パソコン・プリンターの不具合対応",
            "データのバックアップ",
            "パスワード・アカウントの管理",
            "ソフトの更新",
            "複合機のリース管理",
            "ホームページのサーバー契約管理",
        ),
        ("息子(後継者)", "社長", "事務パート 佐藤"),
        ("Windows", "NAS", "Microsoft 365", "Google Workspace"),
        ("パソコンに詳しい", ""),
        (1, 8, 2),
        (5, 4, 2),
        0.1,
        0.1,
    ),
)

_SITE_AREA = "製造・現場"  # named after the business type, e.g. 「客室・調理」 for a 旅館
_BASE_AREAS = ("経理・会計", "総務・人事", "営業・顧客対応", _SITE_AREA)

# (kanji, kana, romaji) of fictional place-name parts of company names
_PLACES: tuple[tuple[str, str, str], ...] = (
    ("山里", "ヤマザト", "yamazato"),
    ("奥沢", "オクサワ", "okusawa"),
    ("峰岡", "ミネオカ", "mineoka"),
    ("杉ノ原", "スギノハラ", "suginohara"),
    ("北浦", "キタウラ", "kitaura"),
    ("栃尾谷", "トチオダニ", "tochiodani"),
    ("大滝", "オオタキ", "ootaki"),
    ("白石川", "シロイシガワ", "shiroishigawa"),
    ("青葉台", "アオバダイ", "aobadai"),
    ("梅ヶ谷", "ウメガヤ", "umegaya"),
    ("柿ノ木", "カキノキ", "kakinoki"),
    ("桜川", "サクラガワ", "sakuragawa"),
    ("竹ノ内", "タケノウチ", "takenouchi"),
    ("松尾", "マツオ", "matsuo"),
    ("高森", "タカモリ", "takamori"),
    ("水窪沢", "ミサクボザワ", "misakubozawa"),
    ("小川原", "オガワラ", "ogawara"),
    ("朝日", "アサヒ", "asahi"),
    ("宮ノ下", "ミヤノシタ", "miyanoshita"),
    ("岩見", "イワミ", "iwami"),
    ("鹿ノ湯", "カノユ", "kanoyu"),
    ("霧島台", "キリシマダイ", "kirishimadai"),
    ("若葉", "ワカバ", "wakaba"),
    ("石楠花", "シャクナゲ", "shakunage"),
    ("千草", "チグサ", "chigusa"),
    ("滝見", "タキミ", "takimi"),
    ("星野沢", "ホシノザワ", "hoshinozawa"),
    ("雲井", "クモイ", "kumoi"),
    ("深山", "ミヤマ", "miyama"),
    ("紅葉谷", "モミジダニ", "momijidani"),
)

# (kanji, kana, industry, romaji, name of the on-site department) of business types
_KINDS: tuple[tuple[str, str, str, str, str], ...] = (
    ("製材所", "セイザイショ", "林業・製材業", "seizai", "製材・現場"),
    ("旅館", "リョカン", "宿泊業", "ryokan", "客室・調理"),
    ("農園", "ノウエン", "農業", "farm", "農作業・現場"),
    ("酒造", "シュゾウ", "酒類製造業", "shuzo", "醸造・蔵"),
    ("建設", "ケンセツ", "建設業", "kensetsu", "工事・現場"),
    ("運送", "ウンソウ", "運送業", "unso", "運行管理・現場"),
    ("商店", "ショウテン", "小売業", "shoten", "仕入れ・売場"),
    ("工務店", "コウムテン", "建設業(住宅)", "komuten", "工事・現場"),
    ("醤油醸造", "ショウユジョウゾウ", "食品製造業", "shoyu", "醸造・製造"),
    ("観光農園", "カンコウノウエン", "農業・観光業", "kanko", "農作業・現場"),
    ("牧場", "ボクジョウ", "畜産業", "ranch", "飼育・現場"),
    ("味噌店", "ミソテン", "食品製造小売業", "miso", "仕込み・製造"),
    ("印刷所", "インサツジョ", "印刷業", "print", "印刷・製本"),
    ("自動車整備", "ジドウシャセイビ", "自動車整備業", "auto", "整備工場"),
    ("ケアサービス", "ケアサービス", "介護事業", "care", "介護・訪問"),
    ("茶園", "チャエン", "農業(茶)", "tea", "茶園・製茶"),
    ("水産加工", "スイサンカコウ", "水産食料品製造業", "suisan", "加工場"),
    ("民宿", "ミンシュク", "宿泊業", "minshuku", "客室・調理"),
    ("菓子舗", "カシホ", "菓子製造小売業", "kashi", "製菓・製造"),
    ("木工所", "モッコウショ", "家具・木工品製造業", "mokko", "木工・製造"),
)

# (legal form, kana) — "" is a sole proprietorship (屋号のみ)
_FORMS: tuple[tuple[str, str], ...] = (
    ("株式会社", "カブシキガイシャ"),
    ("有限会社", "ユウゲンガイシャ"),
    ("合同会社", "ゴウドウガイシャ"),
    ("", ""),
)

# (prefecture, fictional municipality, phone area code)
_TOWNS: tuple[tuple[str, str, str], ...] = (
    ("北海道", "白樺町", "01658"),
    ("岩手県", "奥杉村", "0193"),
    ("秋田県", "雪見町", "0186"),
    ("山形県", "月岡町", "0237"),
    ("福島県", "峰川村", "0241"),
    ("新潟県", "雪里町", "0257"),
    ("長野県", "木曽野町", "0264"),
    ("長野県", "星ヶ原村", "0265"),
    ("岐阜県", "飛騨川町", "0577"),
    ("静岡県", "茶ノ木町", "0547"),
    ("三重県", "熊野台町", "0597"),
    ("奈良県", "吉野沢村", "0746"),
    ("和歌山県", "紀の山町", "0735"),
    ("鳥取県", "大山里町", "0859"),
    ("島根県", "出雲谷町", "0854"),
    ("岡山県", "美作原町", "0868"),
    ("広島県", "備北町", "0824"),
    ("徳島県", "祖谷川村", "0883"),
    ("高知県", "四万川町", "0880"),
    ("愛媛県", "久万野町", "0892"),
    ("大分県", "九重原町", "0973"),
    ("熊本県", "阿蘇野村", "0967"),
    ("宮崎県", "椎葉谷村", "0982"),
    ("鹿児島県", "霧島野町", "0995"),
)

_SURNAMES = ("山本", "鈴木", "佐藤", "田中", "渡辺", "望月", "小林", "中村", "伊藤", "加藤", "大石", "石川")
_CONTACT_ROLES = ("社長", "専務", "事務長", "総務担当")

_STEP_TEXTS = (
    "前回の記録と関係書類を用意する",
    "内容を確認し、分からない点を担当者に聞く",
    "Excelまたは業務システムに入力する",
    "結果を印刷して所定のファイルに綴じる",
    "社長に報告して確認をもらう",
    "関係先に電話またはメールで連絡する",
    "控えをスキャンして共有フォルダに保存する",
    "次回の予定をカレンダーに書き込む",
)
_INTERNAL_STEP_TEXTS = (
    "ネットバンキングにログインする(パスワードは金庫のメモ)",
    "顧客の住所・電話番号を台帳から写す",
    "共用アカウントでログインする(パスワードは事務所のノート)",
    "従業員のマイナンバーと口座番号を確認する",
)
_ECRS_NOTES: dict[str, tuple[str, ...]] = {
    "eliminate": ("誰も見ていない資料なので作成をやめる。", "二重に記録しているので片方をやめる。"),
    "combine": ("似た作業と同じ日にまとめる。", "書式を一つに統一する。"),
    "rearrange": ("担当者を替え、社長は確認だけにする。", "外部パートナーに任せる候補。"),
    "simplify": ("テンプレートを作って手順を減らす。", "CSV取込で手入力をなくす。"),
    "keep": ("会社の中心となる仕事なので残す。",),
}
_UNIT_WEIGHTS = (("day", 25), ("week", 30), ("month", 30), ("year", 15))
_COUNTS: dict[str, tuple[int, ...]] = {
    "day": (1, 1, 1, 2, 3),
    "week": (1, 1, 2, 3, 5),
    "month": (1, 1, 2, 4),
    "year": (1, 2, 4, 12),
}
_MINUTES = (5, 10, 15, 20, 30, 30, 45, 60, 60, 90, 120, 180, 240, 480)
_DUPLICATE_QUALIFIERS = ("(本店分)", "(支店分)", "(繁忙期)", "(臨時)", "(取引先別)", "(パート分)")

_T = TypeVar("_T")


def _remote_ready(task: Task) -> bool:
    """Whether a task may go to a remote worker: in use, and none of the suitability knockouts
    (on site always, real-time deadline, confidential with personal data)."""
    return (
        task.status in ("active", "outsourced")
        and task.onsite != "required"
        and task.deadline != "realtime"
        and not (task.confidentiality == "confidential" and task.personal_data)
    )


def _weighted(rng: random.Random, values: Sequence[_T], weights: Sequence[int]) -> _T:
    return rng.choices(values, weights=weights)[0]


def load_large(
    db: Database,
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
    companies: int = 50,
    tasks_per_company: int = 100,
    seed: int = 7,
    workers: int | None = None,
    time_entries: int | None = None,
    today: date | None = None,
) -> DemoSummary:
    """Insert the benchmark shape: 1 partner and ``companies`` companies, one transaction each.

    The partner's pool (``workers``, default 20 per company: ≈70% local, 20% urban, 10% staff, ~5
    skills each, pipeline stages for ~30% of them) comes with the first company; each company
    brings its assignments (≈2.5 per worker over all companies, on a quarter of its tasks), their
    worker cards and its share of ``time_entries`` (default 2,000 per company) spread over the
    year before ``today``. Companies and tasks do not depend on the pool's numbers (the pool draws
    from its own random stream), so ``workers=0`` gives the same companies without any pool.

    ``progress(done, total)`` is called with the number of committed companies; ``cancelled()`` is
    checked before each company and raises :class:`Cancelled` (committed companies stay).
    """
    n_workers = WORKERS_PER_COMPANY * companies if workers is None else workers
    n_entries = ENTRIES_PER_COMPANY * companies if time_entries is None else time_entries
    if companies < 0 or tasks_per_company < 0 or n_workers < 0 or n_entries < 0:
        raise ValueError("companies, tasks_per_company, workers and time_entries must not be negative")
    rng = random.Random(seed)
    partner_id = ids.new_id()
    partner = Partner(
        id=partner_id,
        scope_id=partner_id,
        name="一般社団法人 さとやまテレワークセンター",
        contact="事務局 / 0120-00-0000 / center@example.jp",
    )
    staffing = _Staffing(
        random.Random(seed + 1_000_003), partner_id, n_workers, n_entries, companies, today or date.today()
    )
    names = _company_names(rng, companies)
    totals = [0, 0, 0, 0, 0, 0]
    if progress is not None:
        progress(0, companies)
    for index in range(companies):
        if cancelled is not None and cancelled():
            raise Cancelled()
        rows = _make_company(rng, index, names[index], partner_id, tasks_per_company)
        work = staffing.company_work(index, rows)
        with db.write() as session:
            if index == 0:
                _insert_levels(session, [[partner]])
                staffing.pool.insert(session)
            _insert_levels(session, [[rows.company], rows.departments, rows.tasks, rows.steps])
            work.insert(session)
        totals[0] += 1
        totals[1] += len(rows.departments)
        totals[2] += len(rows.tasks)
        totals[3] += len(rows.steps)
        totals[4] += len(work.assignments)
        totals[5] += len(work.time_entries)
        if progress is not None:
            progress(index + 1, companies)
    return DemoSummary(
        companies=totals[0],
        departments=totals[1],
        tasks=totals[2],
        steps=totals[3],
        workers=len(staffing.pool.workers) if companies else 0,
        assignments=totals[4],
        time_entries=totals[5],
    )


@dataclass(frozen=True)
class _CompanyRows:
    company: Company
    departments: list[Department]
    tasks: list[Task]
    steps: list[TaskStep]


@dataclass(frozen=True)
class _CompanyName:
    name: str
    kana: str
    industry: str
    romaji: str
    site_department: str


def _company_names(rng: random.Random, count: int) -> list[_CompanyName]:
    """``count`` distinct fictional company names (place part + business type + legal form)."""
    combos = [(place, kind) for place in _PLACES for kind in _KINDS]
    picked = rng.sample(combos, min(count, len(combos)))
    names: list[_CompanyName] = []
    for index in range(count):
        place, kind = picked[index % len(picked)]
        round_no = index // len(picked)
        form, form_kana = _weighted(rng, _FORMS, (4, 4, 1, 2))
        base = f"{place[0]}{kind[0]}" + (f"{round_no + 1}号" if round_no else "")
        name = f"{form} {base}" if form else base
        kana = " ".join(part for part in (form_kana, f"{place[1]}{kind[1]}") if part)
        names.append(_CompanyName(name, kana, kind[2], f"{place[2]}-{kind[3]}", kind[4]))
    return names


def _make_company(
    rng: random.Random, index: int, cname: _CompanyName, partner_id: str, task_count: int
) -> _CompanyRows:
    prefecture, municipality, area_code = rng.choice(_TOWNS)
    company_id = ids.new_id()
    company = Company(
        id=company_id,
        scope_id=company_id,
        partner_id=partner_id,
        name=cname.name,
        name_kana=cname.kana,
        prefecture=prefecture,
        municipality=municipality,
        industry=cname.industry,
        employees=rng.randint(3, 40),
        contact_person=f"{rng.choice(_SURNAMES)}({rng.choice(_CONTACT_ROLES)})",
        phone=f"{area_code}-00-{rng.randint(0, 9999):04d}",
        email=f"info@{cname.romaji}.example.jp",
        hourly_cost_yen=rng.choice((1500, 1600, 1800, 2000, 2200, 2500)),
        outsource_rate_yen=rng.choice((1300, 1400, 1500, 1600)),
        note=f"架空の会社です(ベンチマーク用デモデータ No.{index + 1})。",
    )

    extra = [area.name for area in _AREAS if area.name not in _BASE_AREAS]
    chosen = set(_BASE_AREAS) | set(rng.sample(extra, rng.randint(6, 10) - len(_BASE_AREAS)))
    areas = [area for area in _AREAS if area.name in chosen]
    departments = [
        Department(
            id=ids.new_id(),
            scope_id=company_id,
            company_id=company_id,
            name=cname.site_department if area.name == _SITE_AREA else area.name,
            position=pos,
        )
        for pos, area in enumerate(areas)
    ]

    # Each department draws its task names from a shuffled pool, reusing them with a qualifier
    # only once the pool is used up, so a company rarely lists the same task twice.
    pools: list[list[str]] = []
    for area in areas:
        pool = list(area.tasks)
        rng.shuffle(pool)
        pools.append(pool)
    used = [0] * len(areas)

    tasks: list[Task] = []
    steps: list[TaskStep] = []
    for _ in range(task_count):
        slot = rng.randrange(len(areas))
        area = areas[slot]
        pool = pools[slot]
        name = pool[used[slot] % len(pool)]
        if used[slot] >= len(pool):
            name += _DUPLICATE_QUALIFIERS[(used[slot] // len(pool) - 1) % len(_DUPLICATE_QUALIFIERS)]
        used[slot] += 1
        task = _make_task(rng, area, name, company_id, departments[slot].id)
        tasks.append(task)
        internal_ok = task.personal_data or task.confidentiality == "confidential"
        texts = rng.sample(_STEP_TEXTS, rng.randint(0, 4))
        for pos, text in enumerate(texts):
            internal = internal_ok and rng.random() < 0.25
            steps.append(
                TaskStep(
                    id=ids.new_id(),
                    scope_id=company_id,
                    task_id=task.id,
                    position=pos,
                    text=rng.choice(_INTERNAL_STEP_TEXTS) if internal else text,
                    internal_only=internal,
                )
            )
    return _CompanyRows(company, departments, tasks, steps)


def _make_task(rng: random.Random, area: _Area, name: str, company_id: str, department_id: str) -> Task:
    unit = _weighted(rng, [u for u, _ in _UNIT_WEIGHTS], [w for _, w in _UNIT_WEIGHTS])
    count = rng.choice(_COUNTS[unit])
    minutes = rng.choice(_MINUTES)
    while count * minutes > inventory.UNIT_MINUTES[unit] and minutes > 1:
        minutes //= 2
    personal = rng.random() < area.personal_rate
    confidentiality = (
        _weighted(rng, CONFIDENTIALITY, (0, 3, 7)) if personal else _weighted(rng, CONFIDENTIALITY, (2, 6, 2))
    )
    single = rng.random() < 0.25
    documented = _weighted(rng, DOCUMENTED, (8, 2, 0) if single else (4, 4, 2))
    if rng.random() < area.month_end_rate:
        seasonality = "month_end"
    else:
        seasonality = _weighted(rng, SEASONALITY, (65, 0, 20, 15))
    ecrs = _weighted(rng, ECRS_DECISIONS, (70, 5, 6, 7, 8, 4))
    ecrs_note = "" if ecrs == "undecided" else rng.choice(_ECRS_NOTES[ecrs])
    return Task(
        id=ids.new_id(),
        scope_id=company_id,
        company_id=company_id,
        department_id=department_id,
        name=name,
        description=rng.choice(("", "", f"{area.name}の定型業務。", "手順は担当者の頭の中にある。")),
        frequency=f"{count}/{unit}",
        minutes_per_occurrence=minutes,
        performer=rng.choice(area.performers),
        skills=rng.choice(area.skills),
        tools=", ".join(rng.sample(area.tools, rng.randint(1, min(2, len(area.tools))))),
        medium=_weighted(rng, MEDIUMS, area.medium),
        onsite=_weighted(rng, ONSITE, area.onsite),
        confidentiality=confidentiality,
        personal_data=personal,
        single_person=single,
        documented=documented,
        seasonality=seasonality,
        deadline=_weighted(rng, DEADLINES, (20, 55, 18, 7)),
        ecrs_decision=ecrs,
        ecrs_note=ecrs_note,
        status=_weighted(rng, STATUSES, (85, 8, 4, 3)),
        note="",
    )


# --- the large dataset's pool, assignments and hours ---------------------------------------------------

WORKERS_PER_COMPANY = 20
ENTRIES_PER_COMPANY = 2_000
ASSIGNMENTS_PER_WORKER = 2.5
TRAINEE_SHARE = 0.3
DAY_CAP_MINUTES = 8 * 60  # a demo worker works at most 8 hours a day over all assignments
MAX_ACTIVE_PER_WORKER = 6
_EPOCH_ORDINAL = date(1970, 1, 1).toordinal()
_DAY_MS = 86_400_000

_LARGE_SKILLS: tuple[tuple[str, bool], ...] = (
    ("簿記", False),
    ("会計ソフト入力", False),
    ("税務・決算", True),
    ("給与計算", True),
    ("社会保険手続き", True),
    ("年末調整", True),
    ("Excel", False),
    ("データ入力", False),
    ("文書作成", False),
    ("メール対応", False),
    ("電話応対", False),
    ("請求書・見積書作成", False),
    ("在庫管理", False),
    ("受発注処理", False),
    ("ネットショップ運営", False),
    ("梱包・発送", False),
    ("SNS運用", False),
    ("写真撮影", False),
    ("画像編集", False),
    ("動画編集", False),
    ("Webデザイン", True),
    ("HTML・CSS", False),
    ("英語対応", True),
    ("予約管理", False),
    ("顧客管理", False),
    ("議事録作成", False),
    ("労務管理", True),
    ("補助金申請", True),
)
_EXPERT_SKILLS = tuple(name for name, expert in _LARGE_SKILLS if expert)
_PLAIN_SKILLS = tuple(name for name, expert in _LARGE_SKILLS if not expert)

_WORKER_SURNAMES = (
    "佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤",
    "吉田", "山田", "佐々木", "山口", "松本", "井上", "木村", "林", "斎藤", "清水",
    "山崎", "森", "池田", "橋本", "阿部", "石川", "望月", "大石", "杉山", "増田",
    "小松", "村松", "青木", "藤原", "岡田", "後藤", "長谷川", "村上", "近藤", "石井",
)  # fmt: skip
_GIVEN_NAMES = (
    "美穂", "香織", "由美子", "綾", "早苗", "恵", "直美", "裕子", "真理", "玲奈",
    "さくら", "陽子", "智子", "明美", "愛", "千尋", "舞", "奈々", "久美子", "幸子",
    "翔太", "健", "大輔", "誠", "拓也", "健太郎", "浩二", "和也", "隆", "修",
    "亮", "剛", "直樹", "達也", "勇気", "蓮", "悠人", "茂", "実", "学",
)  # fmt: skip
_CITIES = (
    "東京都世田谷区", "東京都杉並区", "東京都練馬区", "東京都江東区", "横浜市港北区", "川崎市中原区",
    "さいたま市浦和区", "千葉市美浜区", "名古屋市千種区", "大阪市北区", "京都市左京区", "神戸市東灘区",
    "福岡市中央区", "札幌市中央区", "仙台市青葉区", "静岡市葵区",
)  # fmt: skip
_PRIVATE_CONSTRAINTS = (
    "子育て中。平日10-15時のみ。",
    "子育て中（保育園の送迎あり）。",
    "親の介護（週2回通院の付き添い）。",
    "介護中。急に休むことがある。",
    "通院のため月1回休み。",
)
_WEEKDAYS_ALL = (0, 1, 2, 3, 4)


def _windows(*spans: tuple[tuple[int, ...], str, str]) -> list[dict[str, Any]]:
    return [{"days": list(days), "start": start, "end": end} for days, start, end in spans]


_LOCAL_WINDOWS = (
    _windows((_WEEKDAYS_ALL, "10:00", "15:00")),
    _windows((_WEEKDAYS_ALL, "09:00", "17:00")),
    _windows(((0, 2, 4), "09:00", "14:00")),
    _windows(((1, 3), "09:00", "12:00"), ((0, 2, 4), "13:00", "16:00")),
    _windows((_WEEKDAYS_ALL, "13:00", "18:00"), ((5,), "09:00", "12:00")),
    _windows((_WEEKDAYS_ALL, "20:00", "22:00")),
)
_URBAN_WINDOWS = (
    _windows((_WEEKDAYS_ALL, "20:00", "23:00")),
    _windows((_WEEKDAYS_ALL, "20:00", "22:00"), ((5,), "09:00", "12:00")),
    _windows(((5, 6), "09:00", "17:00")),
    _windows(((1, 3), "19:00", "22:00"), ((5,), "13:00", "17:00")),
)
_STAFF_WINDOWS = (
    _windows((_WEEKDAYS_ALL, "08:30", "17:30")),
    _windows((_WEEKDAYS_ALL, "09:00", "15:00")),
)
_ENTRY_MINUTES = (15, 30, 30, 45, 60, 60, 60, 90, 90, 120, 150, 180, 240)
_SOURCES = ("sheet", "grid", "app", "csv")
_SOURCE_WEIGHTS = (50, 25, 15, 10)


@dataclass(eq=False)
class _Person:
    """A worker of the large pool with what assigning needs to know about them."""

    row: dict[str, Any]
    kind: str
    town: str
    skills: list[tuple[str, int]]
    expert: bool
    paid_from: date | None  # the first day of paid work (small job), None while still in training
    active: int = 0


@dataclass
class _Planned:
    """An assignment row and the days on which hours may fall (ordinals, both ends included)."""

    row: dict[str, Any]
    person: _Person
    first: int
    last: int
    weight: float


class _Staffing:
    """The pool of the large dataset and, company by company, its assignments, cards and hours."""

    def __init__(
        self,
        rng: random.Random,
        partner_id: str,
        workers: int,
        entries: int,
        companies: int,
        today: date,
    ) -> None:
        self.rng = rng
        self.today = today
        self.companies = companies
        self.pool = WorkRows()
        self.people: list[_Person] = []
        self.assignments_total = round(ASSIGNMENTS_PER_WORKER * workers)
        self.entries_total = entries
        self.assignments_made = 0
        self.entries_made = 0
        self.day_minutes: dict[tuple[str, int], int] = {}
        self.iso: dict[int, str] = {}
        self._make_pool(partner_id, workers)
        self.locals = [p for p in self.people if p.kind == "local" and p.row["status"] == "active"]
        self.urban_experts = [
            p for p in self.people if p.kind == "urban" and p.expert and p.row["status"] == "active"
        ]
        self.by_town: dict[str, list[_Person]] = {}
        for person in self.people:
            if person.kind != "urban" and person.row["status"] == "active":
                self.by_town.setdefault(person.town, []).append(person)

    def next_id(self) -> str:
        """A fresh time-ordered row id: 100,000 entries land at the end of the indexes."""
        return ids.time_ordered_id()

    # --- the pool ---------------------------------------------------------------------------------

    def _make_pool(self, partner_id: str, count: int) -> None:
        rng = self.rng
        skill_ids = {name: workforce.skill_id(partner_id, name) for name, _ in _LARGE_SKILLS}
        self.pool.skills = [
            {"id": skill_ids[name], "scope_id": partner_id, "deleted": False, "partner_id": partner_id,
             "name": name, "expert": expert}
            for name, expert in _LARGE_SKILLS
        ]  # fmt: skip
        n_local, n_urban = round(count * 0.7), round(count * 0.2)
        kinds = ["local"] * n_local + ["urban"] * n_urban + ["staff"] * (count - n_local - n_urban)
        rng.shuffle(kinds)
        combos = [(s, g) for s in _WORKER_SURNAMES for g in _GIVEN_NAMES]
        names = rng.sample(combos, min(count, len(combos)))
        trainees = round(count * TRAINEE_SHARE)
        for index, kind in enumerate(kinds):
            surname, given = names[index % len(names)]
            person = self._make_worker(partner_id, index, kind, f"{surname} {given}")
            if kind == "local" and trainees > 0:
                trainees -= 1
                person.paid_from = self._make_stages(partner_id, person)
            self.people.append(person)
            self.pool.workers.append(person.row)
            for name, level in person.skills:
                self.pool.worker_skills.append(
                    {
                        "id": workforce.worker_skill_id(person.row["id"], skill_ids[name]),
                        "scope_id": partner_id,
                        "deleted": False,
                        "worker_id": person.row["id"],
                        "skill_id": skill_ids[name],
                        "level": level,
                    }
                )

    def _make_worker(self, partner_id: str, index: int, kind: str, name: str) -> _Person:
        rng = self.rng
        prefecture, municipality, _ = rng.choice(_TOWNS)
        town = f"{prefecture}{municipality}"
        if kind == "local":
            place, windows = town, rng.choice(_LOCAL_WINDOWS)
            hours, onsite = rng.choice((8, 10, 12, 15, 20, 20, 25, 30)), rng.randint(0, 8)
            rate: int | None = rng.choice((950, 1000, 1000, 1050, 1100, 1200))
            clearance = _weighted(rng, CLEARANCES, (1, 6, 3))
        elif kind == "urban":
            place, windows = rng.choice(_CITIES), rng.choice(_URBAN_WINDOWS)
            hours, onsite = rng.choice((4, 5, 6, 8, 10)), rng.randint(0, 2)
            rate = rng.choice((2500, 3000, 3000, 3500, 4000, 5000))
            clearance = _weighted(rng, CLEARANCES, (0, 5, 5))
        else:
            place, windows = town, rng.choice(_STAFF_WINDOWS)
            hours, onsite = rng.choice((10, 20, 30, 40)), rng.randint(15, 22)
            rate = None
            clearance = _weighted(rng, CLEARANCES, (0, 4, 6))
        consented = rng.random() < 0.95
        private = ""
        if consented and rng.random() < {"local": 0.15, "urban": 0.03, "staff": 0.05}[kind]:
            private = rng.choice(_PRIVATE_CONSTRAINTS)
        picked = rng.sample(_PLAIN_SKILLS, rng.randint(4, 6))
        if kind == "urban":
            picked[: rng.randint(1, 2)] = rng.sample(_EXPERT_SKILLS, 2)[: rng.randint(1, 2)]
        elif rng.random() < 0.1:
            picked.append(rng.choice(_EXPERT_SKILLS))
        skills: list[tuple[str, int]] = []
        for skill in dict.fromkeys(picked):
            if kind == "urban":
                level = 3 if skill in _EXPERT_SKILLS else rng.choice((2, 3))
            elif kind == "staff":
                level = rng.choice((2, 2, 3))
            else:
                level = rng.choice((1, 2, 2, 3)) if skill not in _EXPERT_SKILLS else rng.choice((1, 2))
            skills.append((skill, level))
        row = {
            "id": ids.new_id(),
            "scope_id": partner_id,
            "deleted": False,
            "partner_id": partner_id,
            "name": name,
            "name_kana": "",
            "kind": kind,
            "municipality": place,
            "hours_per_week": hours,
            "time_windows": windows,
            "onsite_days_per_month": onsite,
            "hourly_rate_yen": rate,
            "clearance": clearance,
            "phone": f"090-{9000 + index // 10000:04d}-{index % 10000:04d}" if consented else "",
            "email": f"worker{index + 1:04d}@example.jp" if consented else "",
            "consent_on": (self.today - timedelta(days=rng.randint(30, 900))).isoformat()
            if consented
            else "",
            "private_constraints": private,
            "status": _weighted(rng, workforce.WORKER_STATUSES, (92, 5, 3)),
            "note": "架空の人物です(ベンチマーク用デモデータ)。",
        }
        expert = any(level == workforce.EXPERT_LEVEL and s in _EXPERT_SKILLS for s, level in skills)
        return _Person(row, kind, town, skills, expert, paid_from=date.min)

    def _make_stages(self, partner_id: str, person: _Person) -> date | None:
        """Pipeline stages of a trainee; returns the first day of paid work, if reached."""
        rng, today = self.rng, self.today
        course_end = today + timedelta(days=rng.randint(-400, 20))
        course_start = course_end - timedelta(days=rng.randint(28, 56))
        starts = [("course", course_start)]
        if course_end < today:
            stall = rng.random()
            ojt = course_end + timedelta(days=rng.randint(3, 45))
            paid = ojt + timedelta(days=rng.randint(14, 60))
            regular = paid + timedelta(days=rng.randint(20, 120))
            for stage, start, reached in (
                ("ojt", ojt, stall >= 0.12),
                ("small_job", paid, stall >= 0.25),
                ("regular", regular, stall >= 0.35),
            ):
                if reached and start <= today:
                    starts.append((stage, start))
        paid_from: date | None = None
        for pos, (stage, start) in enumerate(starts):
            if pos + 1 < len(starts):
                end: date | None = starts[pos + 1][1] - timedelta(days=1)
            else:
                end = course_end if stage == "course" and course_end < today else None
            if stage in workforce.PAID_STAGES and paid_from is None:
                paid_from = start
            self.pool.stages.append(
                {
                    "id": workforce.training_stage_id(person.row["id"], stage),
                    "scope_id": partner_id,
                    "deleted": False,
                    "worker_id": person.row["id"],
                    "stage": stage,
                    "period": str(Period(start, end)),
                }
            )
        return paid_from

    # --- one company's assignments, cards and hours -----------------------------------------------

    def company_work(self, index: int, rows: _CompanyRows) -> WorkRows:
        work = WorkRows()
        if not self.people or not self.companies:
            return work
        share = round(self.assignments_total * (index + 1) / self.companies) - self.assignments_made
        planned = self._assign(rows, share)
        self.assignments_made += len(planned)
        work.assignments = [p.row for p in planned]
        company_id = rows.company.id
        seen: set[str] = set()
        for p in planned:
            if p.person.row["id"] not in seen:
                seen.add(p.person.row["id"])
                work.cards.append(card_row(company_id, p.person.row, p.person.skills))
        quota = round(self.entries_total * (index + 1) / self.companies) - self.entries_made
        work.time_entries = self._hours(company_id, planned, quota)
        self.entries_made += len(work.time_entries)
        return work

    def _assign(self, rows: _CompanyRows, quota: int) -> list[_Planned]:
        rng, today = self.rng, self.today
        company = rows.company
        town = f"{company.prefecture}{company.municipality}"
        candidates = [t for t in rows.tasks if _remote_ready(t)]
        rng.shuffle(candidates)
        made: list[_Planned] = []
        for task in candidates:
            if len(made) >= quota:
                break
            operator = self._pick_local(town, today - timedelta(days=7))
            if operator is None:
                continue
            monthly = inventory.monthly_hours(
                inventory.Frequency.parse(task.frequency), task.minutes_per_occurrence
            )
            hours = max(1, min(160, round(monthly)))
            start = max(operator.paid_from or today, today - timedelta(days=rng.randint(7, 330)))
            draw = rng.random()
            status = "planned" if draw < 0.05 else "paused" if draw < 0.1 else "active"
            if status == "planned":
                start = today + timedelta(days=rng.randint(3, 30))
            end = today + timedelta(days=rng.randint(14, 180)) if rng.random() < 0.15 else None
            period = Period(start, end)
            made.append(self._planned(task.id, company.id, operator, "operator", period, status, hours))
            if len(made) < quota and rng.random() < (0.8 if task.confidentiality == "confidential" else 0.4):
                supervisor = self._pick(self.urban_experts, set())
                if supervisor is not None:
                    made.append(
                        self._planned(
                            task.id, company.id, supervisor, "supervisor", period, status, max(1, hours // 8)
                        )
                    )
            if len(made) < quota and start <= today - timedelta(days=60) and rng.random() < 0.5:
                prev_start = today - timedelta(days=rng.randint(300, 365))
                prev_end = start - timedelta(days=rng.randint(1, 30))
                previous = self._pick_local(town, prev_start, exclude={operator.row["id"]})
                if previous is not None and prev_end >= prev_start + timedelta(days=14):
                    made.append(
                        self._planned(
                            task.id,
                            company.id,
                            previous,
                            "operator",
                            Period(prev_start, prev_end),
                            "ended",
                            hours,
                        )
                    )
        return made

    def _pick_local(self, town: str, ready_by: date, exclude: set[str] | None = None) -> _Person | None:
        """An operator for a company in ``town``: mostly someone living there (local or its staff),
        otherwise any local worker; paid-work ready by ``ready_by`` and not overloaded."""
        here = self.by_town.get(town, [])
        for _ in range(8):
            pool = here if here and self.rng.random() < 0.7 else self.locals
            person = self._pick(pool, exclude or set())
            if person is not None and person.paid_from is not None and person.paid_from <= ready_by:
                return person
        return None

    def _pick(self, pool: Sequence[_Person], exclude: set[str]) -> _Person | None:
        for _ in range(8):
            if not pool:
                return None
            person = self.rng.choice(pool)
            if person.row["id"] not in exclude and person.active < MAX_ACTIVE_PER_WORKER:
                return person
        return None

    def _planned(
        self,
        task_id: str,
        company_id: str,
        person: _Person,
        role: str,
        period: Period,
        status: str,
        hours: int,
    ) -> _Planned:
        assignment_id = workforce.assignment_id(task_id, person.row["id"], role)
        if status != "ended":
            person.active += 1
        rate = person.row["hourly_rate_yen"] or 1200
        row = {
            "id": assignment_id,
            "scope_id": company_id,
            "deleted": False,
            "task_id": task_id,
            "worker_id": person.row["id"],
            "role": role,
            "period": str(period),
            "rate_yen": rate,
            "planned_hours": hours,
            "status": status,
            "code": workforce.short_code(assignment_id),
            "note": "",
        }
        yesterday = self.today.toordinal() - 1
        first = max(period.start.toordinal(), yesterday - 364)
        last = min(period.end.toordinal() if period.end else yesterday, yesterday)
        if status == "planned":
            last = first - 1
        return _Planned(row, person, first, last, hours * max(0, last - first + 1))

    def _hours(self, company_id: str, planned: list[_Planned], quota: int) -> list[dict[str, Any]]:
        """``quota`` time entries (corrections included) on the working days of ``planned``
        assignments, in proportion to their planned hours, at most one entry per assignment and
        day and at most :data:`DAY_CAP_MINUTES` per worker and day."""
        rng = self.rng
        usable = [p for p in planned if p.last >= p.first and p.weight > 0]
        entries: list[dict[str, Any]] = []
        if not usable or quota <= 0:
            return entries
        total = sum(p.weight for p in usable)
        used: dict[str, set[int]] = {p.row["id"]: set() for p in usable}
        share = 0.0
        for p in usable:
            before = round(share)
            share += quota * p.weight / total
            want = round(share) - before
            days = [
                d for d in range(p.first, p.last + 1) if (d - 1) % 7 < (6 if p.person.kind == "urban" else 5)
            ]
            for day in rng.sample(days, min(want, len(days))):
                self._entry(company_id, p, day, entries, used, quota)
        attempts = 0
        while len(entries) < quota and attempts < 20 * quota:  # top up what caps and short periods left
            attempts += 1
            p = rng.choice(usable)
            self._entry(company_id, p, rng.randint(p.first, p.last), entries, used, quota)
        return entries

    def _entry(
        self,
        company_id: str,
        planned: _Planned,
        day: int,
        entries: list[dict[str, Any]],
        used: dict[str, set[int]],
        quota: int,
    ) -> None:
        rng = self.rng
        assignment_id = planned.row["id"]
        if day in used[assignment_id] or len(entries) >= quota:
            return
        key = (planned.person.row["id"], day)
        worked = self.day_minutes.get(key, 0)
        minutes = min(rng.choice(_ENTRY_MINUTES), DAY_CAP_MINUTES - worked)
        if minutes < 15:
            return
        used[assignment_id].add(day)
        iso = self.iso.get(day)
        if iso is None:
            iso = self.iso[day] = date.fromordinal(day).isoformat()
        source = rng.choices(_SOURCES, _SOURCE_WEIGHTS)[0]
        keyed = day + (7 - (day - 1) % 7 if source == "sheet" else 1)  # sheets are keyed in on Mondays
        entry = {
            "id": self.next_id(),
            "scope_id": company_id,
            "deleted": False,
            "assignment_id": assignment_id,
            "work_date": iso,
            "minutes": minutes,
            "corrects_id": None,
            "source": source,
            "entered_at_ms": (keyed - _EPOCH_ORDINAL) * _DAY_MS + rng.randint(0, 36_000_000),
            "note": "",
        }
        entries.append(entry)
        worked += minutes
        if rng.random() < 0.01 and len(entries) < quota:
            fixed = 0 if rng.random() < 0.3 else max(15, minutes + rng.choice((-30, -15, 15, 30)))
            if worked + fixed <= DAY_CAP_MINUTES:
                worked += fixed
                note = "取消(記入ミス)" if fixed == 0 else "時間の訂正"
                entries.append(
                    {**entry, "id": self.next_id(), "minutes": fixed, "corrects_id": entry["id"],
                     "entered_at_ms": entry["entered_at_ms"] + 2 * _DAY_MS, "note": note}
                )  # fmt: skip
        self.day_minutes[key] = worked
