"""The 90-day training pipeline: 講座 → OJT → 小規模案件 → 定期案件, with dates and alerts.

Each stage of a worker is one :class:`~desktop.core.models.TrainingStage` row whose id derives from
worker and stage (:func:`workforce.training_stage_id`), and whose period is one cell
(:class:`workforce.Period`). A trainee only moves forward; moving back tombstones the later stages.

The goal (DESIGN: the course is designed so that a trainee has real work experience within 90 days)
is counted from the day the course ended. The alert thresholds are a synced setting of the partner
(:data:`workforce.PIPELINE_SETTING`), defaulting to :data:`workforce.PIPELINE_DEFAULTS`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core import ids, workforce
from desktop.core.db import Database
from desktop.core.errors import FieldError, NotFound, ValidationError
from desktop.core.models import Partner, Setting, TrainingStage, Worker
from desktop.core.services.settings import put_setting
from desktop.core.workforce import PAID_STAGES, STAGES, Period

ALERTS = ("no_ojt", "no_paid_work", "goal_missed")
MAX_ALERT_DAY = 365
# Workers who left the pool are not trainees any more: they leave the board.
_OFF_BOARD_STATUSES = frozenset({"left"})


# --- stage rows ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class StageState:
    """One training stage row as stored: the unit that undo and redo write back."""

    id: str
    worker_id: str
    stage: str
    period: str
    deleted: bool = False

    @property
    def parsed(self) -> Period:
        return Period.parse(self.period)


@dataclass(frozen=True)
class StageChange:
    """What a pipeline move changed: the touched rows before and after. Writing ``before`` back
    with :func:`restore_stages` undoes the move exactly; writing ``after`` redoes it."""

    worker_id: str
    stage: str
    before: tuple[StageState, ...]
    after: tuple[StageState, ...]


def _state(row: TrainingStage) -> StageState:
    return StageState(row.id, row.worker_id, row.stage, row.period, bool(row.deleted))


def _rank(stage: str) -> int:
    return STAGES.index(stage) if stage in STAGES else -1


def _period(row: TrainingStage | StageState) -> Period | None:
    try:
        return Period.parse(row.period)
    except ValueError:  # a malformed cell from an old sync peer
        return None


def _live_worker(session: Session, worker_id: str) -> Worker:
    worker = session.get(Worker, worker_id)
    if worker is None or worker.deleted:
        raise NotFound(worker_id)
    return worker


def _live_stages(session: Session, worker_id: str) -> list[TrainingStage]:
    query = select(TrainingStage).where(
        TrainingStage.worker_id == worker_id, TrainingStage.deleted.is_(False)
    )
    return sorted(session.scalars(query), key=lambda r: _rank(r.stage))


def list_stages(db: Database, worker_id: str) -> list[StageState]:
    """A worker's live stages in pipeline order."""
    with db.read() as session:
        return [_state(r) for r in _live_stages(session, worker_id)]


class _Recorder:
    """Collects the before and after state of every stage row a move touches."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.before: dict[str, StageState] = {}
        self.rows: dict[str, TrainingStage] = {}

    def touch(self, row: TrainingStage) -> TrainingStage:
        if row.id not in self.before:
            self.before[row.id] = _state(row)
            self.rows[row.id] = row
        return row

    def open_stage(self, worker: Worker, stage: str, period: Period) -> TrainingStage:
        """The stage row made live with ``period`` (created, or restored when tombstoned)."""
        row_id = workforce.training_stage_id(worker.id, stage)
        row = self.session.get(TrainingStage, row_id)
        if row is None:
            row = TrainingStage(
                id=row_id,
                scope_id=worker.scope_id,
                worker_id=worker.id,
                stage=stage,
                period=str(period),
                deleted=False,
            )
            self.session.add(row)
            self.session.flush()
            # Absent before: undo tombstones it (a synced row is never erased).
            self.before[row.id] = StageState(row.id, worker.id, stage, str(period), deleted=True)
            self.rows[row.id] = row
            return row
        self.touch(row)
        if row.period != str(period):
            row.period = str(period)
        if row.deleted:
            row.deleted = False
        return row

    def change(self, worker_id: str, stage: str) -> StageChange:
        self.session.flush()
        after = tuple(_state(self.rows[i]) for i in self.before)
        return StageChange(worker_id, stage, tuple(self.before.values()), after)


def _period_error(start: date, end: date | None) -> None:
    if end is not None and end < start:
        raise ValidationError([FieldError("period", "ends_before_start")])


def start_course(db: Database, worker_id: str, start: date, end: date | None = None) -> StageChange:
    """Put a worker in the course (講座) from ``start`` (to ``end``, if known).

    Refused (``stage``/``duplicate``) when the worker already has a live stage: a trainee's
    pipeline starts once; moving back is :func:`retreat`."""
    _period_error(start, end)
    with db.write() as session:
        worker = _live_worker(session, worker_id)
        if _live_stages(session, worker_id):
            raise ValidationError([FieldError("stage", "duplicate")])
        recorder = _Recorder(session)
        recorder.open_stage(worker, "course", Period(start, end))
        return recorder.change(worker_id, "course")


def advance(db: Database, worker_id: str, to_stage: str, on: date) -> StageChange:
    """Move a trainee on to ``to_stage`` from ``on`` (stages may be skipped).

    The current stage, if still open, is closed at ``on``. Refused with ``stage``/``invalid`` when
    ``to_stage`` is not after the current stage, and ``period``/``ends_before_start`` when ``on``
    is before the current stage began."""
    if to_stage not in STAGES:
        raise ValidationError([FieldError("stage", "invalid")])
    with db.write() as session:
        worker = _live_worker(session, worker_id)
        stages = _live_stages(session, worker_id)
        recorder = _Recorder(session)
        if stages:
            current = stages[-1]
            if _rank(to_stage) <= _rank(current.stage):
                raise ValidationError([FieldError("stage", "invalid")])
            period = _period(current)
            if period is not None and on < period.start:
                raise ValidationError([FieldError("period", "ends_before_start")])
            if period is not None and period.end is None:
                recorder.touch(current).period = str(Period(period.start, on))
        recorder.open_stage(worker, to_stage, Period(on))
        return recorder.change(worker_id, to_stage)


def retreat(db: Database, worker_id: str, to_stage: str | None = None) -> StageChange:
    """Move a trainee back to ``to_stage`` (default: the live stage before the current one).

    The later stages are tombstoned, and ``to_stage`` is opened again when it had been closed on
    the day the next stage began (as :func:`advance` does). Refused with ``stage``/``invalid`` when
    there is nothing to go back to."""
    with db.write() as session:
        _live_worker(session, worker_id)
        stages = _live_stages(session, worker_id)
        if len(stages) < 2:
            raise ValidationError([FieldError("stage", "invalid")])
        if to_stage is None:
            target = stages[-2]
        else:
            found = [r for r in stages[:-1] if r.stage == to_stage]
            if not found:
                raise ValidationError([FieldError("stage", "invalid")])
            target = found[0]
        recorder = _Recorder(session)
        later = stages[stages.index(target) + 1 :]
        for row in later:
            recorder.touch(row).deleted = True
        period, next_period = _period(target), _period(later[0])
        if period is not None and next_period is not None and period.end == next_period.start:
            recorder.touch(target).period = str(Period(period.start))
        return recorder.change(worker_id, target.stage)


def set_stage_period(db: Database, stage_id: str, period: Period) -> StageChange:
    """Correct the dates of one stage. Refused when the end is before the start, or when the stage
    would start before the previous live stage or after the next one (``period``/``invalid``)."""
    _period_error(period.start, period.end)
    with db.write() as session:
        row = session.get(TrainingStage, stage_id)
        if row is None or row.deleted:
            raise NotFound(stage_id)
        stages = _live_stages(session, row.worker_id)
        position = [r.id for r in stages].index(row.id)
        neighbours = (stages[position - 1] if position else None, stages[position + 1 : position + 2])
        previous = _period(neighbours[0]) if neighbours[0] is not None else None
        following = _period(neighbours[1][0]) if neighbours[1] else None
        if (previous is not None and period.start < previous.start) or (
            following is not None and period.start > following.start
        ):
            raise ValidationError([FieldError("period", "invalid")])
        recorder = _Recorder(session)
        if row.period != str(period):
            recorder.touch(row).period = str(period)
        return recorder.change(row.worker_id, row.stage)


def set_stage_deleted(db: Database, stage_id: str, deleted: bool) -> None:
    """Tombstone one stage row (or restore it); nothing is ever erased."""
    with db.write() as session:
        row = session.get(TrainingStage, stage_id)
        if row is None:
            raise NotFound(stage_id)
        if row.deleted != deleted:
            row.deleted = deleted


def restore_stages(db: Database, states: Sequence[StageState]) -> None:
    """Write stage rows back to ``states`` (the ``before`` or ``after`` of a :class:`StageChange`)
    in one transaction; only cells that differ are written."""
    with db.write() as session:
        for state in states:
            row = session.get(TrainingStage, state.id)
            if row is None:
                if state.deleted:
                    continue
                worker = _live_worker(session, state.worker_id)
                session.add(
                    TrainingStage(
                        id=state.id,
                        scope_id=worker.scope_id,
                        worker_id=state.worker_id,
                        stage=state.stage,
                        period=state.period,
                        deleted=False,
                    )
                )
                continue
            if row.period != state.period:
                row.period = state.period
            if row.deleted != state.deleted:
                row.deleted = state.deleted


# --- alert settings --------------------------------------------------------------------------------


@dataclass(frozen=True)
class AlertSettings:
    """Days after the course ended by which a trainee should be in OJT, in paid work, and the
    goal itself (90 days by default)."""

    ojt_by_day: int = workforce.PIPELINE_DEFAULTS["ojt_by_day"]
    paid_by_day: int = workforce.PIPELINE_DEFAULTS["paid_by_day"]
    goal_days: int = workforce.PIPELINE_DEFAULTS["goal_days"]

    def to_json(self) -> dict[str, int]:
        return {"ojt_by_day": self.ojt_by_day, "paid_by_day": self.paid_by_day, "goal_days": self.goal_days}


_SETTING_KEYS = tuple(workforce.PIPELINE_DEFAULTS)


def alert_setting_id(partner_id: str) -> str:
    """The id of a partner's alert setting (derived, so two devices setting it make one row)."""
    return ids.derived_id("setting", partner_id, workforce.PIPELINE_SETTING)


def _good_day(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= MAX_ALERT_DAY


def _merged(value: object) -> AlertSettings:
    """Stored values over the defaults; unknown keys ignored, a bad value falls back to its default,
    and an order that makes no sense (OJT after paid work) falls back to the defaults."""
    values = dict(workforce.PIPELINE_DEFAULTS)
    if isinstance(value, Mapping):
        values.update({k: v for k, v in value.items() if k in values and _good_day(v)})
    settings = AlertSettings(**values)
    if _order_errors(settings):
        return AlertSettings()
    return settings


def _order_errors(settings: AlertSettings) -> list[FieldError]:
    errors = []
    if settings.ojt_by_day > settings.paid_by_day:
        errors.append(FieldError("ojt_by_day", "out_of_range", settings.paid_by_day))
    if settings.paid_by_day > settings.goal_days:
        errors.append(FieldError("paid_by_day", "out_of_range", settings.goal_days))
    return errors


def _load_settings(session: Session, partner_id: str) -> AlertSettings:
    row = session.get(Setting, alert_setting_id(partner_id))
    return _merged(None if row is None or row.deleted else row.value)


def load_alert_settings(db: Database, partner_id: str) -> AlertSettings:
    """The partner's pipeline alert thresholds (stored setting over the defaults)."""
    with db.read() as session:
        return _load_settings(session, partner_id)


def validate_alert_settings(values: AlertSettings) -> None:
    """Each threshold 1..365 days, and OJT by ≤ paid work by ≤ goal."""
    errors = [
        FieldError(key, "out_of_range", MAX_ALERT_DAY)
        for key in _SETTING_KEYS
        if not _good_day(getattr(values, key))
    ]
    if not errors:
        errors = _order_errors(values)
    if errors:
        raise ValidationError(errors)


def save_alert_settings(db: Database, partner_id: str, values: AlertSettings) -> None:
    """Store the partner's thresholds as a synced setting (only a changed value is written)."""
    validate_alert_settings(values)
    value = values.to_json()
    setting_id = alert_setting_id(partner_id)
    with db.write() as session:
        partner = session.get(Partner, partner_id)
        if partner is None or partner.deleted:
            raise NotFound(partner_id)
        put_setting(session, setting_id, partner_id, workforce.PIPELINE_SETTING, value)


# --- the board -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class TraineeCard:
    """One trainee on the board.

    ``days_since_course`` is None while the course has not ended; ``days_left_to_goal`` counts down
    to the goal until paid work starts (then None; negative once the goal has passed);
    ``paid_within_goal`` is True/False once decided (paid work started, or the goal passed without
    it) and None before. ``alerts`` are codes of :data:`ALERTS`."""

    worker_id: str
    name: str
    kind: str
    municipality: str
    stage: str
    stage_since: date | None
    course_end: date | None
    days_since_course: int | None
    days_left_to_goal: int | None
    paid_on: date | None
    paid_within_goal: bool | None
    alerts: tuple[str, ...] = ()


@dataclass(frozen=True)
class Board:
    """The pipeline on ``today``: one tuple of cards per stage, in :data:`workforce.STAGES` order."""

    today: date
    settings: AlertSettings
    columns: tuple[tuple[str, tuple[TraineeCard, ...]], ...]

    def column(self, stage: str) -> tuple[TraineeCard, ...]:
        return dict(self.columns)[stage]

    @property
    def cards(self) -> list[TraineeCard]:
        return [card for _stage, cards in self.columns for card in cards]

    @property
    def at_risk(self) -> list[TraineeCard]:
        """Cards with alerts, most urgent (longest since the course) first."""
        risky = [c for c in self.cards if c.alerts]
        return sorted(risky, key=lambda c: (-(c.days_since_course or 0), c.name, c.worker_id))

    def card(self, worker_id: str) -> TraineeCard | None:
        return next((c for c in self.cards if c.worker_id == worker_id), None)


def trainee_card(
    worker_id: str,
    name: str,
    kind: str,
    municipality: str,
    stages: Mapping[str, Period],
    today: date,
    settings: AlertSettings,
    alerts_on: bool = True,
) -> TraineeCard | None:
    """The card of a worker with live ``stages`` (stage -> period) on ``today``; None without any."""
    ordered = [s for s in STAGES if s in stages]
    if not ordered:
        return None
    stage = ordered[-1]
    course = stages.get("course")
    course_end = course.end if course is not None else None
    if course_end is None and course is not None and len(ordered) > 1:
        course_end = stages[ordered[1]].start  # the course ran until the next stage began
    ended = course_end is not None and course_end <= today
    days = (today - course_end).days if ended and course_end is not None else None
    paid_starts = [stages[s].start for s in PAID_STAGES if s in stages]
    paid_on = min(paid_starts) if paid_starts else None
    reached_ojt = any(_rank(s) >= _rank("ojt") for s in ordered)
    goal = settings.goal_days
    within: bool | None = None
    if paid_on is not None and course_end is not None:
        within = (paid_on - course_end).days <= goal
    elif paid_on is None and days is not None and days > goal:
        within = False
    alerts: list[str] = []
    if alerts_on and days is not None and paid_on is None:
        if not reached_ojt and days > settings.ojt_by_day:
            alerts.append("no_ojt")
        if days > settings.paid_by_day:
            alerts.append("no_paid_work")
        if days > goal:
            alerts.append("goal_missed")
    return TraineeCard(
        worker_id=worker_id,
        name=name,
        kind=kind,
        municipality=municipality,
        stage=stage,
        stage_since=stages[stage].start,
        course_end=course_end,
        days_since_course=days,
        days_left_to_goal=goal - days if days is not None and paid_on is None else None,
        paid_on=paid_on,
        paid_within_goal=within,
        alerts=tuple(alerts),
    )


def board(db: Database, partner_id: str, today: date) -> Board:
    """Every live trainee of the partner (a worker with at least one live stage, who has not left)
    on ``today``, by stage. Within a column: cards with alerts first, then longest in the stage."""
    worker_query = select(Worker.id, Worker.name, Worker.kind, Worker.municipality, Worker.status).where(
        Worker.partner_id == partner_id, Worker.deleted.is_(False)
    )
    stage_query = (
        select(TrainingStage.worker_id, TrainingStage.stage, TrainingStage.period)
        .join(Worker, Worker.id == TrainingStage.worker_id)
        .where(Worker.partner_id == partner_id, TrainingStage.deleted.is_(False))
    )
    with db.read() as session:
        settings = _load_settings(session, partner_id)
        workers = session.execute(worker_query).all()
        periods: dict[str, dict[str, Period]] = {}
        for worker_id, stage, text in session.execute(stage_query):
            try:
                periods.setdefault(worker_id, {})[stage] = Period.parse(text)
            except ValueError:
                continue
    columns: dict[str, list[TraineeCard]] = {s: [] for s in STAGES}
    for worker_id, name, kind, municipality, status in workers:
        if status in _OFF_BOARD_STATUSES or worker_id not in periods:
            continue
        card = trainee_card(
            worker_id,
            name,
            kind,
            municipality,
            periods[worker_id],
            today,
            settings,
            alerts_on=status == "active",
        )
        if card is not None:
            columns[card.stage].append(card)
    for cards in columns.values():
        cards.sort(key=lambda c: (not c.alerts, c.stage_since or today, c.name, c.worker_id))
    return Board(today, settings, tuple((s, tuple(columns[s])) for s in STAGES))
