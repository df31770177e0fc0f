"""Hours worked: insert-only time entries, their correction chains, the weekly grid and its alert.

A time entry is never changed. Changing a day's hours inserts *corrections*: new rows whose
``corrects_id`` names the entry they replace. What a day is worth is derived from its entries alone,
so every replica computes the same value whatever order the rows arrived in:

* the entries of one (assignment, day) form trees by ``corrects_id`` (a correction whose target is
  not there, or that names itself, is a root);
* the *live* entries are the leaves: those no other row corrects;
* where two corrections name the same entry (two devices corrected offline) only the newest by
  ``(entered_at_ms, id)`` goes on counting, with everything that corrects it in turn; the leaves of
  the other branch are live but not counted. While such a losing leaf still holds hours the day is
  flagged :data:`CONCURRENT` (shown to the user, never hidden); setting the day again settles it;
* live entries of separate trees (two devices each made a first entry for the day) are all counted
  and the day is flagged :data:`SEVERAL` while more than one of them holds hours;
* the day's value is the sum of the counted live entries (a tombstoned entry counts 0); a day
  without entries is None, distinct from 0.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Protocol

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session

from desktop.core import ids, workforce
from desktop.core.db import Database
from desktop.core.errors import FieldError, ValidationError
from desktop.core.models import Assignment, CellClock, Company, Task, TimeEntry, WorkerCard
from desktop.core.services import assignments
from desktop.core.sync.hlc import system_ms
from desktop.core.workforce import MAX_DAY_MINUTES, Period

GRID_STATUSES = ("planned", "active", "paused")
CONCURRENT = "concurrent"
"""Day flag: two devices corrected the same entry; the newest correction counts."""
SEVERAL = "several"
"""Day flag: entries made separately (on several devices) hold hours and are added up."""
MAX_DAY_HOURS = MAX_DAY_MINUTES // 60
_CHUNK = 500  # ids per IN (...) list, well under SQLite's variable limit


# --- chain semantics ------------------------------------------------------------------------------


class EntryLike(Protocol):
    @property
    def id(self) -> str: ...
    @property
    def minutes(self) -> int: ...
    @property
    def corrects_id(self) -> str | None: ...
    @property
    def entered_at_ms(self) -> int: ...
    @property
    def deleted(self) -> bool: ...


@dataclass(frozen=True)
class EntryFacts:
    """The cells of a time entry the day's value depends on."""

    id: str
    minutes: int
    corrects_id: str | None
    entered_at_ms: int
    deleted: bool = False


@dataclass(frozen=True)
class DayState:
    """What the entries of one (assignment, day) add up to.

    ``live``: the entries nothing corrects, the counted ones first (those holding hours first, newest
    first), then the others.
    """

    minutes: int | None
    flag: str | None
    live: tuple[str, ...]
    counted: frozenset[str]
    live_minutes: tuple[int, ...]

    @property
    def is_empty(self) -> bool:
        return self.minutes is None


EMPTY_DAY = DayState(None, None, (), frozenset(), ())


def _order(entry: EntryLike) -> tuple[int, str]:
    return (entry.entered_at_ms, entry.id)


def _worth(entry: EntryLike) -> int:
    return 0 if entry.deleted else entry.minutes


def resolve_day(entries: Iterable[EntryLike]) -> DayState:
    """The value of a day from all its entries (any order, duplicates allowed); see the module doc."""
    by_id: dict[str, EntryLike] = {e.id: e for e in entries}
    if len(by_id) == 1:  # the usual day: one entry, never corrected
        (single,) = by_id.values()
        if single.deleted:
            return EMPTY_DAY
        return DayState(single.minutes, None, (single.id,), frozenset({single.id}), (single.minutes,))
    if not by_id or all(e.deleted for e in by_id.values()):
        return EMPTY_DAY
    children: dict[str, list[EntryLike]] = defaultdict(list)
    roots: list[EntryLike] = []
    for entry in by_id.values():
        target = entry.corrects_id
        if target is not None and target != entry.id and target in by_id:
            children[target].append(entry)
        else:
            roots.append(entry)
    counted: list[EntryLike] = []
    losing: list[EntryLike] = []
    # Walk every tree from its root (iteratively: a chain may be long). Entries caught in a
    # corrects_id cycle have no root, are never reached, and count for nothing.
    stack: list[tuple[EntryLike, bool]] = [(root, True) for root in roots]
    while stack:
        node, winning = stack.pop()
        kids = children.get(node.id)
        if not kids:
            (counted if winning else losing).append(node)
            continue
        best = max(kids, key=_order)
        stack.extend((kid, winning and kid is best) for kid in kids)
    # The counted entry a new value corrects comes first: one that holds hours, the newest.
    counted.sort(key=lambda e: (_worth(e) != 0, _order(e)), reverse=True)
    losing.sort(key=_order, reverse=True)
    flag = None
    if any(_worth(e) for e in losing):
        flag = CONCURRENT
    elif sum(1 for e in counted if _worth(e)) > 1:
        flag = SEVERAL
    live = counted + losing
    return DayState(
        minutes=sum(_worth(e) for e in counted),
        flag=flag,
        live=tuple(e.id for e in live),
        counted=frozenset(e.id for e in counted),
        live_minutes=tuple(_worth(e) for e in live),
    )


def plan_corrections(state: DayState, minutes: int | None) -> list[tuple[str | None, int]]:
    """The entries to insert so the day is worth ``minutes`` (None: cleared), as (corrects_id,
    minutes) pairs; empty when nothing needs to change.

    A day without entries gets a fresh entry (``0`` too: an explicit zero). Otherwise the first
    counted live entry is corrected to the new value and every other live entry that holds hours to
    0, so the day equals what the user typed and a concurrent-correction flag is settled.
    """
    if state.minutes is None or not state.live:
        return [] if minutes is None else [(None, minutes)]
    target = minutes or 0
    if state.minutes == target and state.flag is None:
        return []
    plan: list[tuple[str | None, int]] = []
    first = state.live[0] if state.counted else None
    for entry_id, worth in zip(state.live, state.live_minutes, strict=True):
        wanted = target if entry_id == first else 0
        if worth != wanted:
            plan.append((entry_id, wanted))
    if first is None and target:
        plan.append((None, target))  # nothing counted (only a broken chain): start afresh
    return plan


# --- writing --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class HoursError(FieldError):
    """A refused day of :func:`set_days`; ``row`` is its position in the list given (0-based)."""

    row: int = 0


@dataclass(frozen=True)
class DayChange:
    """A day whose value changed: before and after (None: no entries)."""

    assignment_id: str
    day: date
    old: int | None
    new: int | None


DayInput = tuple[str, date, int | None] | tuple[str, date, int | None, str]


@dataclass(frozen=True)
class _Target:
    id: str
    scope_id: str
    worker_id: str
    period: str
    deleted: bool


def _chunks(items: Sequence[str]) -> Iterator[Sequence[str]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]


def _load_targets(session: Session, assignment_ids: Collection[str]) -> dict[str, _Target]:
    found: dict[str, _Target] = {}
    for chunk in _chunks(sorted(assignment_ids)):
        query = select(
            Assignment.id, Assignment.scope_id, Assignment.worker_id, Assignment.period, Assignment.deleted
        ).where(Assignment.id.in_(chunk))
        for row in session.execute(query):
            found[row.id] = _Target(row.id, row.scope_id, row.worker_id, row.period, row.deleted)
    return found


def _day_states(
    session: Session, worker_ids: Collection[str], days: Collection[date]
) -> tuple[dict[tuple[str, date], DayState], dict[tuple[str, date], list[str]]]:
    """The state of every (assignment, day) of the workers on ``days`` (all their assignments,
    every company in this database), and which assignments each (worker, day) has entries on."""
    if not worker_ids or not days:
        return {}, {}
    wanted = {d.isoformat() for d in days}
    low, high = min(wanted), max(wanted)
    worker_of: dict[str, str] = {}
    for chunk in _chunks(sorted(worker_ids)):
        owners = select(Assignment.id, Assignment.worker_id).where(Assignment.worker_id.in_(chunk))
        worker_of.update({row.id: row.worker_id for row in session.execute(owners)})
    grouped: dict[tuple[str, str], list[EntryFacts]] = defaultdict(list)
    for chunk in _chunks(sorted(worker_of)):
        query = select(
            TimeEntry.id,
            TimeEntry.assignment_id,
            TimeEntry.work_date,
            TimeEntry.minutes,
            TimeEntry.corrects_id,
            TimeEntry.entered_at_ms,
            TimeEntry.deleted,
        ).where(TimeEntry.assignment_id.in_(chunk), TimeEntry.work_date.between(low, high))
        for r in session.execute(query):
            if r.work_date in wanted:
                facts = EntryFacts(r.id, r.minutes, r.corrects_id, r.entered_at_ms, r.deleted)
                grouped[(r.assignment_id, r.work_date)].append(facts)
    states: dict[tuple[str, date], DayState] = {}
    by_worker_day: dict[tuple[str, date], list[str]] = defaultdict(list)
    for (assignment_id, iso), entries in grouped.items():
        day = date.fromisoformat(iso)
        states[(assignment_id, day)] = resolve_day(entries)
        by_worker_day[(worker_of[assignment_id], day)].append(assignment_id)
    return states, by_worker_day


def _period_of(target: _Target) -> Period | None:
    try:
        return Period.parse(target.period)
    except ValueError:
        return None


@dataclass(frozen=True)
class _Checked:
    errors: list[HoursError]
    targets: dict[str, _Target]
    states: dict[tuple[str, date], DayState]


def _check(session: Session, items: Sequence[DayInput]) -> _Checked:
    """Every problem of ``items`` (with its position), their assignments, the state of their days."""
    errors: list[HoursError] = []
    targets = _load_targets(session, {item[0] for item in items})
    seen: dict[tuple[str, date], int] = {}
    valid: list[int] = []
    for row, item in enumerate(items):
        assignment_id, day, minutes = item[0], item[1], item[2]
        target = targets.get(assignment_id)
        problems: list[tuple[str, str, int | None]] = []
        if target is None or target.deleted:
            problems.append(("code", "unknown", None))
        if minutes is not None:
            if isinstance(minutes, bool) or not isinstance(minutes, int):
                problems.append(("minutes", "invalid", None))
            elif minutes < 0:
                problems.append(("minutes", "negative", None))
            elif minutes > MAX_DAY_MINUTES:
                problems.append(("minutes", "too_many_hours", MAX_DAY_HOURS))
        if not isinstance(day, date):
            problems.append(("work_date", "not_a_date", None))
        elif target is not None and not target.deleted:
            period = _period_of(target)
            if period is None or not period.contains(day):
                problems.append(("work_date", "outside_period", None))
        if isinstance(day, date):
            key = (assignment_id, day)
            if key in seen:
                problems.append(("work_date", "duplicate", None))
            else:
                seen[key] = row
        errors.extend(HoursError(field, code, limit, row) for field, code, limit in problems)
        if not problems:
            valid.append(row)
    workers = {targets[items[r][0]].worker_id for r in valid}
    days = {items[r][1] for r in valid}
    states, by_worker_day = _day_states(session, workers, days)
    # A person has 24 hours a day, whichever assignments (and companies) they are spread over.
    batch: dict[tuple[str, date], dict[str, tuple[int, int]]] = defaultdict(dict)
    for r in valid:
        assignment_id, day, minutes = items[r][0], items[r][1], items[r][2]
        batch[(targets[assignment_id].worker_id, day)][assignment_id] = (minutes or 0, r)
    for key, typed in batch.items():
        stored = sum(states[(a, key[1])].minutes or 0 for a in by_worker_day.get(key, ()) if a not in typed)
        if stored + sum(m for m, _ in typed.values()) > MAX_DAY_MINUTES:
            for minutes, r in typed.values():
                if minutes:
                    errors.append(HoursError("minutes", "too_many_hours", MAX_DAY_HOURS, r))
    errors.sort(key=lambda e: e.row)
    return _Checked(errors, targets, states)


@dataclass(frozen=True)
class DaysCheck:
    """What :func:`set_days` would do with a list of days: the refused ones, and which would change."""

    errors: tuple[HoursError, ...]
    changes: tuple[bool, ...]


def check_days(db: Database, items: Sequence[DayInput]) -> DaysCheck:
    """Check ``items`` as :func:`set_days` would, without writing: its errors, and for each item
    whether it would change its day (False: the day already has that value)."""
    with db.read() as session:
        checked = _check(session, items)
    changes = tuple(
        bool(plan_corrections(checked.states.get((item[0], item[1]), EMPTY_DAY), item[2])) for item in items
    )
    return DaysCheck(tuple(checked.errors), changes)


def set_days(db: Database, items: Sequence[DayInput], source: str = "grid") -> list[DayChange]:
    """Set each (assignment, day) to its minutes (None clears) in one transaction.

    All or nothing: every refused item is reported in one :class:`ValidationError` of
    :class:`HoursError` (with its ``row``) and nothing is written. An item may carry a note as a
    fourth element (kept on the entries it writes). Returns the days that changed.
    """
    if source not in workforce.TIME_SOURCES:
        raise ValueError(f"unknown time entry source: {source!r}")
    if not items:
        return []
    changes: list[DayChange] = []
    with db.write() as session:
        checked = _check(session, items)
        if checked.errors:
            raise ValidationError(list(checked.errors))
        now = system_ms()
        for item in items:
            assignment_id, day, minutes = item[0], item[1], item[2]
            note = item[3] if len(item) > 3 else ""
            state = checked.states.get((assignment_id, day), EMPTY_DAY)
            plan = plan_corrections(state, minutes)
            if not plan:
                continue
            for corrects_id, value in plan:
                session.add(
                    TimeEntry(
                        id=ids.new_id(),
                        scope_id=checked.targets[assignment_id].scope_id,
                        deleted=False,
                        assignment_id=assignment_id,
                        work_date=day.isoformat(),
                        minutes=value,
                        corrects_id=corrects_id,
                        source=source,
                        entered_at_ms=now,
                        note=str(note or "")[:1000],
                    )
                )
            changes.append(DayChange(assignment_id, day, state.minutes, minutes or 0))
    return changes


def set_day(
    db: Database, assignment_id: str, day: date, minutes: int | None, source: str = "grid", note: str = ""
) -> DayChange | None:
    """Set one day's hours (None clears it); None when nothing had to be written.

    Raises :class:`ValidationError` (field codes ``negative``, ``too_many_hours`` — also across
    the worker's other assignments that day —, ``outside_period``, ``unknown``); nothing is written.
    """
    changes = set_days(db, [(assignment_id, day, minutes, note)], source)
    return changes[0] if changes else None


# --- reading: the weekly grid ---------------------------------------------------------------------


@dataclass(frozen=True)
class GridRow:
    """One assignment in the weekly grid. ``days``: minutes Monday..Sunday (None: no entries);
    ``flags``: :data:`CONCURRENT`, :data:`SEVERAL` or None per day; ``in_period``: whether each
    day lies in the assignment's period (only those can take hours)."""

    assignment_id: str
    code: str
    company_id: str
    company_name: str
    task_name: str
    worker_name: str
    role: str
    status: str
    period: str
    days: tuple[int | None, ...]
    flags: tuple[str | None, ...]
    in_period: tuple[bool, ...]
    total_minutes: int
    planned_hours: int
    no_hours_alert: bool


@dataclass(frozen=True)
class WeekGrid:
    monday: date
    rows: tuple[GridRow, ...]

    @property
    def days(self) -> list[date]:
        return workforce.week_days(self.monday)

    @property
    def alert_count(self) -> int:
        return sum(r.no_hours_alert for r in self.rows)

    def row_of(self, assignment_id: str) -> GridRow | None:
        return next((r for r in self.rows if r.assignment_id == assignment_id), None)


def _grid_conditions(company_id: str | None, monday: date) -> list[ColumnElement[bool]]:
    """Live assignments (of a company) whose period overlaps the week, in SQL (ISO dates compare as
    text; the end of an open period is empty). Needs Task and Company joined."""
    sunday = monday + timedelta(days=6)
    conditions = [
        Assignment.deleted.is_(False),
        Task.deleted.is_(False),
        Company.deleted.is_(False),
        Assignment.status.in_(GRID_STATUSES),
        func.substr(Assignment.period, 1, 10) <= sunday.isoformat(),
        or_(
            func.length(Assignment.period) <= 11, func.substr(Assignment.period, 12, 10) >= monday.isoformat()
        ),
    ]
    if company_id is not None:
        conditions.append(Task.company_id == company_id)
    return conditions


_NOTHING: tuple[None, ...] = (None,) * 7
_WHOLE_WEEK: tuple[bool, ...] = (True,) * 7


def _alert(status: str, period: Period, monday: date, total: int, today: date) -> bool:
    """An active assignment with no hours in a week whose Friday is past (or that has ended), when
    at least one working day of that week lies in its period."""
    friday = monday + timedelta(days=4)
    if status != "active" or total > 0 or today <= friday:
        return False
    return any(period.contains(monday + timedelta(days=i)) for i in range(5))


def week_grid(
    db: Database,
    company_id: str | None,
    monday: date,
    today: date | None = None,
    only: Collection[str] | None = None,
) -> WeekGrid:
    """The weekly grid: one row per live assignment (planned, active, paused) whose period overlaps
    the week of ``monday``, of one company or of all (None); ``only`` limits it to some assignments
    (to refresh the rows just written). Two queries whatever the data size."""
    monday = workforce.week_start(monday)
    today = today or date.today()
    sunday = monday + timedelta(days=6)
    days = workforce.week_days(monday)
    isos = [d.isoformat() for d in days]
    conditions = _grid_conditions(company_id, monday)
    if only is not None:
        conditions.append(Assignment.id.in_(sorted(only)))
    rows_query = (
        select(
            Assignment.id,
            Assignment.code,
            Task.company_id,
            Company.name.label("company_name"),
            Task.name.label("task_name"),
            WorkerCard.name.label("worker_name"),
            Assignment.role,
            Assignment.status,
            Assignment.period,
            Assignment.planned_hours,
        )
        .join(Task, Task.id == Assignment.task_id)
        .join(Company, Company.id == Task.company_id)
        .outerjoin(
            WorkerCard,
            and_(
                WorkerCard.company_id == Task.company_id,
                WorkerCard.worker_id == Assignment.worker_id,
                WorkerCard.deleted.is_(False),
            ),
        )
        .where(*conditions)
    )
    ids_query = (
        select(Assignment.id)
        .join(Task, Task.id == Assignment.task_id)
        .join(Company, Company.id == Task.company_id)
        .where(*conditions)
    )
    entries_query = select(
        TimeEntry.id,
        TimeEntry.assignment_id,
        TimeEntry.work_date,
        TimeEntry.minutes,
        TimeEntry.corrects_id,
        TimeEntry.entered_at_ms,
        TimeEntry.deleted,
    ).where(
        TimeEntry.assignment_id.in_(ids_query.scalar_subquery()),
        TimeEntry.work_date.between(monday.isoformat(), sunday.isoformat()),
    )
    with db.read() as session:
        found = session.execute(rows_query).all()
        grouped: dict[str, dict[str, list[EntryFacts]]] = defaultdict(lambda: defaultdict(list))
        for e in session.execute(entries_query):
            facts = EntryFacts(e.id, e.minutes, e.corrects_id, e.entered_at_ms, e.deleted)
            grouped[e.assignment_id][e.work_date].append(facts)
    rows: list[GridRow] = []
    no_entries: dict[str, list[EntryFacts]] = {}
    seen: set[str] = set()
    for r in found:
        if r.id in seen:
            continue  # a duplicate worker card: one row per assignment
        seen.add(r.id)
        try:
            period = Period.parse(r.period)
        except ValueError:
            continue
        by_day = grouped.get(r.id, no_entries)
        if by_day:
            states = [resolve_day(by_day[iso]) if iso in by_day else EMPTY_DAY for iso in isos]
            values: tuple[int | None, ...] = tuple(s.minutes for s in states)
            flags: tuple[str | None, ...] = tuple(s.flag for s in states)
        else:
            values, flags = _NOTHING, _NOTHING
        total = sum(v for v in values if v)
        if period.start <= monday and (period.end is None or period.end >= sunday):
            in_period = _WHOLE_WEEK
        else:
            in_period = tuple(period.contains(d) for d in days)
        rows.append(
            GridRow(
                assignment_id=r.id,
                code=r.code,
                company_id=r.company_id,
                company_name=r.company_name,
                task_name=r.task_name,
                worker_name=r.worker_name or "",
                role=r.role,
                status=r.status,
                period=r.period,
                days=values,
                flags=flags,
                in_period=in_period,
                total_minutes=total,
                planned_hours=r.planned_hours,
                no_hours_alert=_alert(r.status, period, monday, total, today),
            )
        )
    rows.sort(key=lambda g: (g.company_name, g.task_name, g.worker_name, g.role, g.assignment_id))
    return WeekGrid(monday, tuple(rows))


def assignments_without_hours(
    db: Database, company_id: str | None, monday: date, today: date | None = None
) -> list[GridRow]:
    """The grid rows of the week that carry the no-hours alert."""
    return [r for r in week_grid(db, company_id, monday, today).rows if r.no_hours_alert]


# --- reading: one day's history -------------------------------------------------------------------


@dataclass(frozen=True)
class HistoryEntry:
    """One entry of a day, for the cell's tooltip: who (the device), when, from where, and its part
    in the day's value (``live``: nothing corrects it; ``counted``: it adds to the value)."""

    id: str
    minutes: int
    corrects_id: str | None
    source: str
    entered_at_ms: int
    note: str
    device_id: str
    this_device: bool
    live: bool
    counted: bool
    deleted: bool


def day_history(db: Database, assignment_id: str, day: date) -> list[HistoryEntry]:
    """Every entry of the day, oldest first."""
    query = (
        select(TimeEntry, CellClock.device_id)
        .outerjoin(
            CellClock,
            and_(CellClock.tbl == "time_entry", CellClock.row_id == TimeEntry.id, CellClock.col == "minutes"),
        )
        .where(TimeEntry.assignment_id == assignment_id, TimeEntry.work_date == day.isoformat())
    )
    with db.read() as session:
        found = [(entry, device or "") for entry, device in session.execute(query)]
    state = resolve_day(entry for entry, _ in found)
    live = set(state.live)
    this = db.sync.device_id or ""
    history = [
        HistoryEntry(
            id=e.id,
            minutes=e.minutes,
            corrects_id=e.corrects_id,
            source=e.source,
            entered_at_ms=e.entered_at_ms,
            note=e.note,
            device_id=device,
            this_device=bool(device) and device == this,
            live=e.id in live,
            counted=e.id in state.counted,
            deleted=e.deleted,
        )
        for e, device in found
    ]
    history.sort(key=lambda h: (h.entered_at_ms, h.id))
    return history


def day_state(db: Database, assignment_id: str, day: date) -> DayState:
    """The current value of one day."""
    query = select(TimeEntry).where(
        TimeEntry.assignment_id == assignment_id, TimeEntry.work_date == day.isoformat()
    )
    with db.read() as session:
        return resolve_day(session.scalars(query).all())


# --- short codes ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class CodeMatch:
    """The assignment a short code names; ``monday_hint`` is the week to show it in (today's week,
    moved into the assignment's period)."""

    assignment_id: str
    code: str
    company_id: str
    status: str
    period: str
    monday_hint: date | None


def _hint(period: Period | None, today: date) -> date | None:
    if period is None:
        return None
    day = today
    if day < period.start:
        day = period.start
    elif period.end is not None and day > period.end:
        day = period.end
    return workforce.week_start(day)


def find_assignment_by_code(db: Database, text: str, today: date | None = None) -> CodeMatch:
    """The live assignment whose short code is ``text`` as typed or scanned (any case, full-width,
    hyphens, O for 0), with the week to show it in; :class:`ValidationError` ``code``/
    ``unknown_code`` when there is none (see :func:`assignments.find_by_code`)."""
    row = assignments.find_by_code(db, text)
    period = "" if row.period is None else str(row.period)
    return CodeMatch(
        row.id, row.code, row.company_id, row.status, period, _hint(row.period, today or date.today())
    )
